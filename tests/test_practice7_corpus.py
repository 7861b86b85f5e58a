"""The practice7 corpus (tests/practice7/) is reproducible from its generator and well formed.

A labelled corpus rich in customer questions (Quillmark Print, a custom print shop): no
accuracy floors here, only the promises that make its figure trustworthy - the committed
files are exactly what the script writes, the labels describe the mailbox that is there, and
the generator refuses labels that contradict its messages.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.corpusfiles import (
    committed_files,
    fresh_generator,
    load_labels,
    load_messages,
    readable_text,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice7"
SCRIPT = ROOT / "scripts" / "make_practice7_corpus.py"
RULES = {"unanswered-question", "missed-follow-up", "customer-chased", "awaiting-reply",
         "slow-first-response", "reopened", "many-handoffs"}


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


@pytest.fixture(scope="module")
def messages() -> list:
    return load_messages(CORPUS)


def test_regenerating_reproduces_the_committed_files_byte_for_byte(tmp_path):
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path)], check=True,
                   capture_output=True, cwd=ROOT)
    assert committed_files(tmp_path) == committed_files(CORPUS)


def test_every_labelled_message_is_in_the_mailbox_exactly_once(labels, messages):
    in_mailbox = Counter(m["Message-ID"].strip("<>") for m in messages)
    labelled = Counter(i for c in labels["cases"] for i in c["message_ids"])
    assert labelled == in_mailbox
    assert set(labelled.values()) == {1}


def test_labels_use_only_contract_statuses_and_rules(labels):
    for c in labels["cases"]:
        assert c["status"] in {"open", "pending", "closed"}, c["name"]
        assert set(c["rules"]) <= RULES, c["name"]
        assert all(n > 0 for n in c["rules"].values()), c["name"]
        assert len(c["unanswered_questions"]) == c["rules"].get("unanswered-question", 0), c["name"]


def test_every_labelled_question_is_in_a_customer_message_of_its_case(labels, messages):
    by_id = {m["Message-ID"].strip("<>"): m for m in messages}
    for c in labels["cases"]:
        texts = [readable_text(by_id[i]) for i in c["message_ids"]
                 if not by_id[i]["From"].addresses[0].domain.endswith(labels["support_domain"])]
        for q in c["unanswered_questions"]:
            assert any(q in t for t in texts), (c["name"], q)


def test_audit_time_and_settings_are_the_contract_defaults(labels):
    assert labels["as_of"] == "2026-11-20T17:00:00+00:00"
    assert labels["support_domain"] == "quillmark.example"
    assert labels["settings"] == {"response_target_hours": 24, "follow_up_window_days": 2,
                                  "close_after_days": 7, "handoff_limit": 2}


def test_case_names_are_numbered_once_each(labels):
    numbers = [c["name"].split("-", 1)[0] for c in labels["cases"]]
    assert numbers == [f"k{i:02d}" for i in range(1, len(numbers) + 1)]


def test_corpus_has_forty_cases_a_hundred_and_twenty_messages_and_a_third_clean(labels, messages):
    clean = [c for c in labels["cases"] if not c["rules"]]
    assert len(labels["cases"]) >= 40
    assert len(messages) >= 120
    assert 3 * len(clean) >= len(labels["cases"])


def test_corpus_labels_22_unanswered_questions_in_16_cases(labels):
    asking = [c for c in labels["cases"] if c["unanswered_questions"]]
    assert sum(len(c["unanswered_questions"]) for c in asking) >= 22
    assert len(asking) >= 16


def test_corpus_is_mostly_english_with_four_cases_each_in_german_french_and_spanish(labels):
    languages = Counter(c["lang"] for c in labels["cases"])
    assert 10 * languages["en"] >= 6 * len(labels["cases"])
    assert min(languages["de"], languages["fr"], languages["es"]) >= 4


def test_corpus_labels_ten_missed_follow_ups_and_eight_chases(labels):
    total = Counter()
    for c in labels["cases"]:
        total.update(c["rules"])
    assert total["missed-follow-up"] >= 10
    assert total["customer-chased"] >= 8


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
