"""The practice5 corpus (tests/practice5/, Marquee Lane Tickets) is large enough and refuses bad labels.

A labelled event-ticketing mailbox written to measure above all the question rule: no accuracy
floors here, only the promises that make its figure worth having - enough cases, questions
and languages, and a generator that will not write labels its own facts contradict.

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
PRACTICE5 = ROOT / "tests" / "practice5"
SCRIPT = ROOT / "scripts" / "make_practice5_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(PRACTICE5)


@pytest.fixture(scope="module")
def messages() -> list[email.message.EmailMessage]:
    return load_messages(PRACTICE5)


def test_corpus_has_enough_cases_messages_and_clean_cases(labels, messages):
    cases = labels["cases"]
    clean = [c for c in cases if not c["rules"]]
    assert len(cases) >= 40
    assert len(messages) >= 120
    assert 3 * len(clean) >= len(cases)


def test_corpus_is_mostly_english_with_four_german_french_and_spanish_cases_each(labels):
    langs = Counter(c["lang"] for c in labels["cases"])
    assert 10 * langs["en"] >= 6 * len(labels["cases"])
    assert min(langs["de"], langs["fr"], langs["es"]) >= 4


def test_corpus_labels_at_least_22_unanswered_questions_in_16_cases(labels):
    with_questions = [c for c in labels["cases"] if c["unanswered_questions"]]
    assert sum(len(c["unanswered_questions"]) for c in with_questions) >= 22
    assert len(with_questions) >= 16


def test_corpus_labels_ten_missed_follow_ups_and_eight_chases(labels):
    totals = Counter()
    for c in labels["cases"]:
        totals.update(c["rules"])
    assert totals["missed-follow-up"] >= 10
    assert totals["customer-chased"] >= 8


def test_corpus_counts_at_least_70_answered_questions(monkeypatch):
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
    gen.CASES[2].rules = {"customer-chased": 1}
    with pytest.raises(SystemExit, match="facts say"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[1].msgs[0].uq = ["Do you sell programmes in advance?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_an_unanswered_question_with_no_support_reply_after_it(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    waiting = next(c for c in gen.CASES if c.name == "p07-hearing-loop-waiting")
    waiting.msgs[0].uq = ["Which rows are covered by the hearing loop?"]
    with pytest.raises(SystemExit, match="no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
