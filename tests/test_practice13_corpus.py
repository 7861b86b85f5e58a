"""The practice13 corpus (tests/practice13/, Alder & Oak Home) is as large as asked and its
generator refuses labels that the mail does not bear out.

No accuracy floors here. Byte-for-byte regeneration, message/label agreement and the contract
settings are checked for every generated corpus in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels, load_messages

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice13"
SCRIPT = ROOT / "scripts" / "make_practice13_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


@pytest.fixture(scope="module")
def messages() -> list[email.message.EmailMessage]:
    return load_messages(CORPUS)


def rule_total(labels: dict, rule: str) -> int:
    return sum(c["rules"].get(rule, 0) for c in labels["cases"])


def test_corpus_has_forty_cases_a_hundred_and_twenty_messages_and_a_third_clean(labels, messages):
    cases = labels["cases"]
    assert len(cases) >= 40
    assert len(messages) >= 120
    assert 3 * sum(1 for c in cases if not c["rules"]) >= len(cases)


def test_case_names_are_numbered_once_each_in_order(labels):
    numbers = [int(re.match(r"a(\d\d)-", c["name"]).group(1)) for c in labels["cases"]]
    assert numbers == list(range(1, len(numbers) + 1))


def test_corpus_is_mostly_english_with_four_cases_each_in_german_french_and_spanish(labels):
    languages = Counter(c["lang"] for c in labels["cases"])
    assert 10 * languages["en"] >= 6 * len(labels["cases"])
    assert min(languages["de"], languages["fr"], languages["es"]) >= 4


def test_corpus_labels_22_unanswered_questions_in_16_cases(labels):
    asking = [c for c in labels["cases"] if c["unanswered_questions"]]
    assert sum(len(c["unanswered_questions"]) for c in asking) >= 22
    assert len(asking) >= 16


def test_corpus_labels_ten_missed_follow_ups_and_eight_chases(labels):
    assert rule_total(labels, "missed-follow-up") >= 10
    assert rule_total(labels, "customer-chased") >= 8


def test_corpus_holds_seventy_answered_customer_questions(monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    assert sum(len(m.aq) for c in gen.CASES for m in c.msgs) >= 70


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_rule_count_that_contradicts_the_facts(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].rules = {"customer-chased": 1}
    with pytest.raises(SystemExit, match="facts say"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    asker = next(m for m in gen.CASES[1].msgs if m.uq)
    asker.uq = ["Do you also sell bunk beds?"]
    with pytest.raises(SystemExit, match="not verbatim"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_an_unanswered_question_that_is_only_in_quoted_text(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    chase = next(m for c in gen.CASES if c.name.startswith("a31-") for m in c.msgs if m.key.endswith("/q2"))
    chase.uq = ["Does the conversion kit to turn it into a toddler bed come"]
    with pytest.raises(SystemExit, match="not verbatim"):
        gen.write(tmp_path)
    assert chase.uq[0] in chase.text
    assert not (tmp_path / "labels.json").exists()
