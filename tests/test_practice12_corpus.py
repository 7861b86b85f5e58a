"""The practice12 corpus (tests/practice12/, Copperkite Hosting) holds what it was written for.

It is kept unseen to estimate accuracy on new mail: no accuracy floors here, only this
corpus's own promises - enough broken promises and chasers to measure those rules, its case
numbering, and a generator that refuses labels its facts contradict.

The checks every generated corpus shares (byte-for-byte regeneration, labels consistent with
the mailbox, contract settings, size and language mix) are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice12"
SCRIPT = ROOT / "scripts" / "make_practice12_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


def rule_total(labels: dict, rule: str) -> int:
    return sum(c["rules"].get(rule, 0) for c in labels["cases"])


def test_corpus_labels_at_least_ten_missed_follow_ups(labels):
    assert rule_total(labels, "missed-follow-up") >= 10


def test_corpus_labels_at_least_eight_chasers_in_four_languages(labels):
    chased = [c for c in labels["cases"] if c["rules"].get("customer-chased")]
    assert rule_total(labels, "customer-chased") >= 8
    assert {c["lang"] for c in chased} >= {"en", "de", "fr", "es"}


def test_cases_are_numbered_h01_onwards_without_gaps(labels):
    numbers = [int(re.match(r"h(\d\d)-", c["name"]).group(1)) for c in labels["cases"]]
    assert numbers == list(range(1, len(numbers) + 1))


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_rule_count_that_contradicts_the_facts(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[2].rules = {"missed-follow-up": 1}
    with pytest.raises(SystemExit, match="h03-slow-wordpress-site: rules"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["h02-mailbox-quota-bounce"] = ["Do you offer Exchange mailboxes?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_an_unanswered_question_that_no_support_reply_follows(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["h38-double-charge-waiting"] = ["Can you refund one of them?"]
    with pytest.raises(SystemExit, match="no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
