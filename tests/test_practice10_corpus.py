"""What is the practice10 corpus's own (Wrenfield Car & Van Hire): its rule counts and its generator's refusals.

tests/test_labelled_corpora.py runs the checks every labelled corpus shares (byte-for-byte regeneration, labels
that describe the mailbox, contract settings, size and language mix)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpusfiles import (
    fresh_generator,
    load_labels,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice10"
SCRIPT = ROOT / "scripts" / "make_practice10_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)



def findings(labels: dict, rule: str) -> int:
    return sum(c["rules"].get(rule, 0) for c in labels["cases"])










def test_corpus_holds_enough_missed_follow_ups_and_chases(labels):
    assert findings(labels, "missed-follow-up") >= 10
    assert findings(labels, "customer-chased") >= 8


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_rule_count_that_contradicts_the_facts(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].rules = {"customer-chased": 1}
    with pytest.raises(SystemExit, match="facts say {}"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["r05-one-way-luton-bristol"] = ["Can I return the van with an empty tank?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_that_no_support_reply_follows(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["r30-second-driver-no-reply"] = [
        "Can you confirm whether my booking WH-53007 includes a second driver?"]
    with pytest.raises(SystemExit, match="has no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
