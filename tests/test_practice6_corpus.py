"""The practice6 corpus (tests/practice6/) labels enough promises and chases, and refuses bad labels.

Brigade Trade Supply, a catering wholesaler's trade desk. Its accuracy floors are in
tests/test_tuned_accuracy.py (it was tuned on after its first-sight figure). These tests hold its
promised missed follow-ups and chases, and that its generator refuses labels its own messages
contradict. The checks every generated corpus
shares (byte-for-byte regeneration, ids, verbatim questions, settings, and the question-heavy
corpora's size and language mix) are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice6"
SCRIPT = ROOT / "scripts" / "make_practice6_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


def findings(labels: dict, rule: str) -> int:
    return sum(c["rules"].get(rule, 0) for c in labels["cases"])


def test_corpus_labels_ten_missed_follow_ups_and_eight_chases(labels):
    assert findings(labels, "missed-follow-up") >= 10
    assert findings(labels, "customer-chased") >= 8


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_rule_count_the_facts_do_not_give(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].rules = {"customer-chased": 1}
    with pytest.raises(SystemExit, match="w01-trade-account-copper-pot: rules"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[1].msgs[0].uq = ["Do the lids come in black?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_an_unanswered_question_that_no_reply_follows(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    waiting = next(c for c in gen.CASES if c.name == "w54-trolley-wheels-waiting")
    waiting.msgs[0].uq = ["Do you stock replacement wheels for the Brigade GN trolleys (TR-15)?"]
    with pytest.raises(SystemExit, match="has no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
