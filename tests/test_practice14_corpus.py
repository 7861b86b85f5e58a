"""The Fernbrook Veterinary Group corpus (tests/practice14/) is reproducible and describes itself.

A question-heavy labelled corpus: no accuracy floors here, only the promises that make its
figure trustworthy - the committed files are exactly what the script writes, the labels
describe the mailbox that is actually there, and the generator refuses labels that contradict
its messages. The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
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
CORPUS = ROOT / "tests" / "practice14"
SCRIPT = ROOT / "scripts" / "make_practice14_corpus.py"
SUPPORT_DOMAIN = "fernbrookvets.example"


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


def test_corpus_has_48_cases_147_messages_and_19_clean_cases(labels, messages):
    cases = labels["cases"]
    assert len(cases) == 48
    assert len(messages) == 147
    assert sum(1 for c in cases if not c["rules"]) == 19


def test_corpus_is_mostly_english_with_five_cases_each_in_german_french_and_spanish(labels):
    assert Counter(c["lang"] for c in labels["cases"]) == {"en": 33, "de": 5, "fr": 5, "es": 5}


def test_corpus_labels_23_unanswered_questions_in_19_cases_and_every_other_rule(labels):
    findings = Counter()
    for c in labels["cases"]:
        findings.update(c["rules"])
    assert findings == {"unanswered-question": 23, "missed-follow-up": 11, "customer-chased": 9,
                        "awaiting-reply": 3, "slow-first-response": 3, "reopened": 1,
                        "many-handoffs": 1}
    assert sum(1 for c in labels["cases"] if c["unanswered_questions"]) == 19


def test_case_names_are_numbered_f01_to_f48_in_order(labels):
    assert [c["name"][:3] for c in labels["cases"]] == [f"f{i:02d}" for i in range(1, 49)]


def test_every_labelled_message_is_in_the_mailbox_exactly_once(labels, messages):
    in_mailbox = Counter(m["Message-ID"].strip("<>") for m in messages)
    labelled = Counter(i for c in labels["cases"] for i in c["message_ids"])
    assert labelled == in_mailbox
    assert set(labelled.values()) == {1}


def test_customer_mail_is_in_the_inbox_and_support_mail_in_sent_with_acks_unread():
    box = mailbox.mbox(str(CORPUS / "mailbox" / "inbox.mbox"), create=False)
    inbox = [email.message_from_bytes(box.get_bytes(k), policy=email.policy.default)
             for k in box.iterkeys()]
    box.close()
    sent = {sub: [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
                  for p in sorted((CORPUS / "mailbox" / "Sent" / sub).iterdir())]
            for sub in ("cur", "new")}
    assert all(m["From"].addresses[0].domain != SUPPORT_DOMAIN for m in inbox)
    assert all(m["From"].addresses[0].domain == SUPPORT_DOMAIN for m in sent["cur"] + sent["new"])
    assert [m["Auto-Submitted"] for m in sent["new"]] == ["auto-replied", "auto-replied"]
    assert not any(m["Auto-Submitted"] for m in sent["cur"])


def test_every_labelled_question_is_verbatim_in_a_customer_message_of_its_case(labels, messages):
    by_id = {m["Message-ID"].strip("<>"): m for m in messages}
    for c in labels["cases"]:
        texts = [readable_text(by_id[i]) for i in c["message_ids"]
                 if not by_id[i]["From"].addresses[0].domain.endswith(SUPPORT_DOMAIN)]
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
    gen.CASES[4].rules = {"missed-follow-up": 1, "awaiting-reply": 1}
    with pytest.raises(SystemExit, match="f05-health-plan-double-debit: rules"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["f01-vetmedin-repeat-orchard-row"] = ["Can you deliver on Saturdays?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_support_never_replied_to(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["f26-pesto-new-kitten"] = ["What do we need to bring to the first appointment?"]
    gen.CASES[25].rules = {"unanswered-question": 1}
    with pytest.raises(SystemExit, match="has no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
