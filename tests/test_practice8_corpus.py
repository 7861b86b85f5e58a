"""The practice8 corpus (tests/practice8/) holds answered questions beside the unanswered ones, and
refuses bad labels.

Tidewell Removals & Storage, a home-removals and self-storage company. No accuracy floors: the
corpus is an unseen measurement, and a floor would invite tuning on it. The checks every generated
corpus shares (byte-for-byte regeneration, ids, verbatim questions, settings, and the
question-heavy corpora's size and language mix) are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "make_practice8_corpus.py"


def test_corpus_holds_seventy_answered_questions_beside_the_unanswered_ones(monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    assert gen.summary(gen.CASES)["answered questions"] >= 70


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
    gen.BY_KEY["t02a"].uq = ["Do you offer a discount for weekday moves?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_labelled_in_the_latest_unreplied_message(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.BY_KEY["t31c"].uq = ["Could you confirm whether the\ndiscounted quote includes VAT?"]
    case = next(c for c in gen.CASES if c.name == "t31-charity-vat-awaiting")
    case.rules = {"unanswered-question": 1, "awaiting-reply": 1}
    with pytest.raises(SystemExit, match="no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
