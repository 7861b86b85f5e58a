"""The practice11 corpus (tests/practice11/, Pulsefield Fitness) holds what it was written for.

It measures how well customer questions, promises and chases are judged on mail nobody tuned
for: no accuracy floors here, only its own minimums (enough labelled questions, promises and
chases for a figure to mean something) and the generator's refusal to write labels that
contradict its own messages. The checks every generated corpus shares - byte-for-byte
regeneration, labels matching the mailbox, contract settings, size and language mix - are in
tests/test_labelled_corpora.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice11"
SCRIPT = ROOT / "scripts" / "make_practice11_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


def rule_total(labels: dict, rule: str) -> int:
    return sum(c["rules"].get(rule, 0) for c in labels["cases"])


def test_corpus_labels_at_least_ten_missed_promises_and_eight_chases(labels):
    assert rule_total(labels, "missed-follow-up") >= 10
    assert rule_total(labels, "customer-chased") >= 8


def test_cases_are_numbered_in_order_without_gaps(labels):
    numbers = [int(re.match(r"p(\d\d)-", c["name"]).group(1)) for c in labels["cases"]]
    assert numbers == list(range(1, len(numbers) + 1))


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["p05-pt-sessions-expiry"] = ["Can my sessions be used at another club?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_rule_count_that_contradicts_the_promises(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    case = next(c for c in gen.CASES if c.name == "p27-corrected-invoice")
    case.rules = {"missed-follow-up": 1}
    with pytest.raises(SystemExit, match="facts say"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_labelled_question_without_a_reply_after_it(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    case = next(c for c in gen.CASES if c.name == "p24-po-number-awaiting")
    gen.UNANSWERED[case.name] = ["Could you reissue it with PO\n4500019832?"]
    case.rules = {**case.rules, "unanswered-question": 1}
    with pytest.raises(SystemExit, match="no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
