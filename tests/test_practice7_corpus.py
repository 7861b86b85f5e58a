"""The practice7 corpus (tests/practice7/) labels enough promises and chases, and refuses bad labels.

Quillmark Print, a custom print shop. Its accuracy floors are in tests/test_tuned_accuracy.py
(it was tuned on after its first-sight figure). These tests hold its numbered cases, its promised
missed follow-ups and chases, and that its generator refuses labels its own messages contradict.
The checks every generated corpus shares (byte-for-byte regeneration, ids, verbatim questions,
settings, and the question-heavy corpora's size and language mix) are in
tests/test_labelled_corpora.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice7"
SCRIPT = ROOT / "scripts" / "make_practice7_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


def test_case_names_are_numbered_once_each(labels):
    numbers = [c["name"].split("-", 1)[0] for c in labels["cases"]]
    assert numbers == [f"k{i:02d}" for i in range(1, len(numbers) + 1)]


def test_corpus_labels_ten_missed_follow_ups_and_eight_chases(labels):
    assert sum(c["rules"].get("missed-follow-up", 0) for c in labels["cases"]) >= 10
    assert sum(c["rules"].get("customer-chased", 0) for c in labels["cases"]) >= 8


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say pending"):
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
    gen.BY_KEY["k02a"].uq = ["Do you offer a student discount?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_labelled_in_the_latest_unreplied_message(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.BY_KEY["k50c"].uq = ["Could you also do matching SOLD slip strips, 600 x 150 mm?"]
    case = next(c for c in gen.CASES if c.name.startswith("k50-"))
    case.rules = {**case.rules, "unanswered-question": 1}
    with pytest.raises(SystemExit, match="no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
