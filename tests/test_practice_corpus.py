"""The practice corpus (tests/practice/) is reproducible from its generator and well formed.

It is a labelled practice set for the question, promise and chase heuristics: no accuracy
floors here, only the promises that make its figure trustworthy - the committed files are
exactly what the script writes, and the labels describe the mailbox that is actually there.

The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels

ROOT = Path(__file__).resolve().parent.parent
PRACTICE = ROOT / "tests" / "practice"
SCRIPT = ROOT / "scripts" / "make_practice_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(PRACTICE)


def test_corpus_holds_at_least_seventy_answered_questions(monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    assert gen.counts()["answered"] >= 70


def _message(gen, key: str):
    return next(m for c in gen.CASES for m in c.msgs if m.key == key)


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
    asker = _message(gen, "p02-vat-invoice-address/q")
    asker.uq = ["Can you also send us a paper copy?"]
    with pytest.raises(SystemExit, match="not verbatim in the customer's text"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_an_unanswered_question_without_a_later_support_reply(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    chaser = _message(gen, "p07-factura-pesos/c")
    chaser.uq = ["¿hay alguna novedad sobre la factura en pesos?"]
    with pytest.raises(SystemExit, match="awaiting-reply territory"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
