"""The practice4 corpus (tests/practice4/) is reproducible from its generator and well formed.

A labelled corpus rich in customer questions (Lumora Learning, an online language school):
no accuracy floors here, only the promises that make its figure trustworthy - the committed
files are exactly what the script writes, and the labels describe the mailbox that is there.

The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice4"
SCRIPT = ROOT / "scripts" / "make_practice4_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


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
    gen.BY_KEY["l02a"].uq = ["Do you offer a student discount?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_labelled_in_the_latest_unreplied_message(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.BY_KEY["l12c"].uq = ["Could you confirm whether the quote includes VAT"]
    case = next(c for c in gen.CASES if c.name == "l12-quote-vat-awaiting")
    case.rules = {"unanswered-question": 1, "awaiting-reply": 1}
    with pytest.raises(SystemExit, match="no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
