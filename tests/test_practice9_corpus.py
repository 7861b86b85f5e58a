"""What is the practice9 corpus's own (Brackenridge Lettings, a lettings and property-management agency): its rule
counts, its case numbering and its generator's refusals.

tests/test_labelled_corpora.py runs the checks every labelled corpus shares (byte-for-byte regeneration, labels
that describe the mailbox, contract settings, size and language mix)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpusfiles import (
    fresh_generator,
    load_labels,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice9"
SCRIPT = ROOT / "scripts" / "make_practice9_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)



def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()





def test_corpus_labels_many_unanswered_questions_promises_and_chases(labels):
    totals = Counter()
    for c in labels["cases"]:
        totals.update(c["rules"])
    uq_cases = [c for c in labels["cases"] if c["rules"].get("unanswered-question")]
    assert totals["unanswered-question"] >= 22
    assert len(uq_cases) >= 16
    assert totals["missed-follow-up"] >= 10
    assert totals["customer-chased"] >= 8




def test_case_names_are_unique_and_numbered(labels):
    names = [c["name"] for c in labels["cases"]]
    assert len(set(names)) == len(names)
    assert all(re.match(r"r\d\d-", n) for n in names)



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
    gen.UNANSWERED["r02-deposit-return-checkout-report"] = ["Can I have my deposit in cash?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
