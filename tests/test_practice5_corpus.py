"""The practice5 corpus (tests/practice5/, Marquee Lane Tickets) has enough of each finding and refuses bad labels.

A labelled event-ticketing mailbox written to measure above all the question rule: no accuracy
floors here, only the promises that make its figure worth having - enough promises, chases
and answered questions, and a generator that will not write labels its own facts contradict.

The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels

ROOT = Path(__file__).resolve().parent.parent
PRACTICE5 = ROOT / "tests" / "practice5"
SCRIPT = ROOT / "scripts" / "make_practice5_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(PRACTICE5)


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
