"""The Kestrel Connect corpus (tests/practice2/) is reproducible from its generator and well formed.

It is a question-heavy labelled corpus for the rule authors: no accuracy floors here, only the
promises that make its figure trustworthy - the committed files are exactly what the script
writes, and the labels describe the mailbox that is actually there.

The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels, load_messages

ROOT = Path(__file__).resolve().parent.parent
PRACTICE2 = ROOT / "tests" / "practice2"
SCRIPT = ROOT / "scripts" / "make_practice2_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(PRACTICE2)


@pytest.fixture(scope="module")
def messages() -> list[email.message.EmailMessage]:
    return load_messages(PRACTICE2)


def test_corpus_has_enough_cases_messages_and_clean_cases(labels, messages):
    cases = labels["cases"]
    clean = [c for c in cases if not c["rules"]]
    assert len(cases) >= 40
    assert len(messages) >= 120
    assert 3 * len(clean) >= len(cases)


def test_corpus_labels_many_unanswered_questions_across_many_cases(labels):
    with_questions = [c for c in labels["cases"] if c["unanswered_questions"]]
    assert sum(len(c["unanswered_questions"]) for c in with_questions) >= 22
    assert len(with_questions) >= 16


def test_corpus_is_mostly_english_with_four_cases_each_in_german_french_and_spanish(labels):
    langs = Counter(c["lang"] for c in labels["cases"])
    assert min(langs["de"], langs["fr"], langs["es"]) >= 4
    assert 10 * langs["en"] >= 6 * len(labels["cases"])


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[1].msgs[0].uq = ["Could you also send me a paper bill?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_rule_count_that_contradicts_the_promises(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[3].rules["missed-follow-up"] = 2
    with pytest.raises(SystemExit, match="facts say"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
