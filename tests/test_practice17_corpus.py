"""The practice17 corpus (tests/practice17/, Harrowgate Music) is reproducible and well formed.

A question-heavy labelled corpus kept unseen: no accuracy floors here, only the promises that
make its figure trustworthy - the committed files are exactly what the script writes, the
labels describe the mailbox that is actually there, and the generator refuses labels that
contradict its own facts.

The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from pathlib import Path

import pytest

from tests.corpusfiles import (
    committed_files,
    fresh_generator,
    load_labels,
    load_messages,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice17"
SCRIPT = ROOT / "scripts" / "make_practice17_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


@pytest.fixture(scope="module")
def messages() -> list[email.message.EmailMessage]:
    return load_messages(CORPUS)


def test_regenerating_reproduces_the_committed_files_byte_for_byte(tmp_path, monkeypatch):
    fresh_generator(SCRIPT, monkeypatch).write(tmp_path)
    assert committed_files(tmp_path) == committed_files(CORPUS)


def test_corpus_has_forty_cases_a_hundred_and_twenty_messages_and_a_third_clean(labels, messages):
    cases = labels["cases"]
    clean = [c for c in cases if not c["rules"]]
    assert len(cases) >= 40
    assert len(messages) >= 120
    assert 3 * len(clean) >= len(cases)


def test_corpus_labels_22_unanswered_questions_in_16_cases(labels):
    asking = [c for c in labels["cases"] if c["unanswered_questions"]]
    assert sum(len(c["unanswered_questions"]) for c in asking) >= 22
    assert len(asking) >= 16


def test_corpus_is_mostly_english_with_four_cases_each_in_german_french_and_spanish(labels):
    langs = Counter(c["lang"] for c in labels["cases"])
    assert 10 * langs["en"] >= 6 * len(labels["cases"])
    assert min(langs["de"], langs["fr"], langs["es"]) >= 4


def test_corpus_labels_ten_missed_follow_ups_and_eight_chases(labels):
    totals = Counter()
    for c in labels["cases"]:
        totals.update(c["rules"])
    assert totals["missed-follow-up"] >= 10
    assert totals["customer-chased"] >= 8


def test_generator_records_seventy_answered_questions_verbatim_in_customer_mail(monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.attach_unanswered()
    gen.render_all()
    assert gen.problems() == []
    assert gen.summary()["answered_questions"] >= 70


def test_every_case_name_is_unique_and_numbered(labels):
    names = [c["name"] for c in labels["cases"]]
    assert len(set(names)) == len(names)
    assert all(n[0] == "h" and n[1:3].isdigit() for n in names)


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
    gen.UNANSWERED["h02-kawai-delivery-bench"] = ["Does the bench come with a cushion?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
