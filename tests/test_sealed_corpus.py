"""The sealed corpus (tests/sealed/) is reproducible from its generator and well formed.

It is the project's unseen accuracy estimate, so there are no accuracy floors here, only the
promises that make its figure trustworthy: the committed files are exactly what the script
writes, the corpus is as large and question-heavy as its README says, and the labels describe
the mailbox that is actually there.

The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels, load_messages

ROOT = Path(__file__).resolve().parent.parent
SEALED = ROOT / "tests" / "sealed"
SCRIPT = ROOT / "scripts" / "make_sealed_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(SEALED)


@pytest.fixture(scope="module")
def messages() -> list[email.message.EmailMessage]:
    return load_messages(SEALED)


def test_corpus_has_enough_cases_messages_and_clean_cases(labels, messages):
    cases = labels["cases"]
    clean = [c for c in cases if not c["rules"]]
    assert len(cases) >= 40
    assert len(messages) >= 120
    assert 3 * len(clean) >= len(cases)


def test_corpus_labels_many_unanswered_questions_across_many_cases(labels):
    asking = [c for c in labels["cases"] if c["unanswered_questions"]]
    assert sum(len(c["unanswered_questions"]) for c in asking) >= 22
    assert len(asking) >= 16


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


def test_corpus_is_mostly_english_with_four_cases_each_in_german_french_and_spanish(labels):
    langs = Counter(c["lang"] for c in labels["cases"])
    assert min(langs["de"], langs["fr"], langs["es"]) >= 4
    assert 10 * langs["en"] >= 6 * len(labels["cases"])


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
