"""The sealed corpus (tests/sealed/) is reproducible from its generator and well formed.

It is the project's unseen accuracy estimate, so there are no accuracy floors here, only the
promises that make its figure trustworthy: the committed files are exactly what the script
writes, the corpus is as large and question-heavy as its README says, and the labels describe
the mailbox that is actually there.

The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels

ROOT = Path(__file__).resolve().parent.parent
SEALED = ROOT / "tests" / "sealed"
SCRIPT = ROOT / "scripts" / "make_sealed_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(SEALED)


def test_corpus_labels_enough_missed_follow_ups_and_chases(labels):
    totals = Counter()
    for c in labels["cases"]:
        totals.update(c["rules"])
    assert totals["missed-follow-up"] >= 10
    assert totals["customer-chased"] >= 8


def test_case_names_are_unique_and_numbered_in_order(labels):
    names = [c["name"] for c in labels["cases"]]
    assert len(set(names)) == len(names)
    assert [int(n[1:3]) for n in names] == list(range(1, len(names) + 1))


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
    gen.UNANSWERED["s04-labrador-fence"] = ["Do you provide dog beds?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_an_unanswered_question_with_no_support_reply_after_it(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["s14-baby-equipment-waiting"] = [
        "Can you provide a high chair and a stair gate?"]
    gen.CASES[13].rules = {"awaiting-reply": 1, "unanswered-question": 1}
    with pytest.raises(SystemExit, match="without a later support reply"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
