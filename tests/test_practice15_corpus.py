"""The practice15 corpus (tests/practice15/, LedgerLark payroll and bookkeeping) is
reproducible from its generator and well formed.

A question-heavy labelled corpus: most customers write long mails with several questions,
and replies answer some of them and skip others. No accuracy floors here, only the promises
that make its figure trustworthy - the committed files are exactly what the script writes,
and the labels describe the mailbox that is actually there.

The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

import email
import email.policy
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
CORPUS = ROOT / "tests" / "practice15"
SCRIPT = ROOT / "scripts" / "make_practice15_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


@pytest.fixture(scope="module")
def messages() -> list[email.message.EmailMessage]:
    return load_messages(CORPUS)


def test_regenerating_reproduces_the_committed_files_byte_for_byte(tmp_path):
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path)], check=True,
                   capture_output=True, cwd=ROOT)
    assert committed_files(tmp_path) == committed_files(CORPUS)


def test_corpus_has_46_cases_135_messages_and_17_clean_cases(labels, messages):
    cases = labels["cases"]
    assert len(cases) == 46
    assert len(messages) == 135
    assert sum(1 for c in cases if not c["rules"]) == 17


def test_corpus_is_mostly_english_with_five_or_more_cases_each_in_german_french_and_spanish(labels):
    langs = Counter(c["lang"] for c in labels["cases"])
    assert langs == {"en": 29, "de": 6, "es": 6, "fr": 5}


def test_corpus_labels_25_unanswered_questions_in_19_cases_and_every_other_rule(labels):
    totals = Counter()
    for c in labels["cases"]:
        totals.update(c["rules"])
    assert totals == {"unanswered-question": 25, "missed-follow-up": 11, "customer-chased": 9,
                      "slow-first-response": 6, "awaiting-reply": 2, "many-handoffs": 2,
                      "reopened": 2}
    assert sum(1 for c in labels["cases"] if c["unanswered_questions"]) == 19


def test_case_names_are_numbered_p15_01_to_p15_46_in_order(labels):
    numbers = [c["name"].split("-")[1] for c in labels["cases"]]
    assert numbers == [f"{n:02d}" for n in range(1, 47)]


def test_customer_mail_is_in_the_inbox_and_support_mail_in_sent_with_acks_unread():
    inbox = CORPUS / "mailbox" / "inbox.mbox"
    sent = CORPUS / "mailbox" / "Sent"
    assert b"From: " in inbox.read_bytes() and b"@ledgerlark.example>\nTo:" not in inbox.read_bytes()
    replies = sorted((sent / "cur").iterdir())
    acks = sorted((sent / "new").iterdir())
    assert all(p.name.endswith(":2,S") for p in replies)
    assert len(acks) == 1
    assert b"Auto-Submitted: auto-replied" in acks[0].read_bytes()


def test_every_labelled_question_is_verbatim_in_a_customer_message_of_its_case(labels, messages):
    by_id = {m["Message-ID"].strip("<>"): m for m in messages}
    for c in labels["cases"]:
        texts = [readable_text(by_id[i]) for i in c["message_ids"]
                 if by_id[i]["From"].addresses[0].domain != "ledgerlark.example"]
        for q in c["unanswered_questions"]:
            assert any(q in t for t in texts), (c["name"], q)


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_rule_count_that_contradicts_the_message_facts(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[5].rules = {"slow-first-response": 1}
    with pytest.raises(SystemExit, match="p15-06-rti-rejected: rules"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["p15-01-bakery-first-payroll"] = ["Do you offer a discount for charities?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_support_never_replied_to(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["p15-37-fresh-long-mail"] = ["Which plan do we need for payroll for nine employees?"]
    gen.CASES[36].rules = {"unanswered-question": 1}
    with pytest.raises(SystemExit, match="has no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
