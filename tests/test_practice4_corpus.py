"""The practice4 corpus (tests/practice4/) is reproducible from its generator and well formed.

A labelled corpus rich in customer questions (Lumora Learning, an online language school):
no accuracy floors here, only the promises that make its figure trustworthy - the committed
files are exactly what the script writes, and the labels describe the mailbox that is there.
"""

from __future__ import annotations

import email
import email.policy
import importlib.util
import json
import mailbox
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice4"
SCRIPT = ROOT / "scripts" / "make_practice4_corpus.py"
RULES = {"unanswered-question", "missed-follow-up", "customer-chased", "awaiting-reply",
         "slow-first-response", "reopened", "many-handoffs"}


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != "README.md"}


@pytest.fixture(scope="module")
def labels() -> dict:
    return json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def messages() -> list[email.message.EmailMessage]:
    box = mailbox.mbox(str(CORPUS / "mailbox" / "inbox.mbox"), create=False)
    inbox = [email.message_from_bytes(box.get_bytes(k), policy=email.policy.default)
             for k in box.iterkeys()]
    box.close()
    sent_root = CORPUS / "mailbox" / "Sent"
    sent = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for sub in ("cur", "new") for p in sorted((sent_root / sub).iterdir())]
    return inbox + sent


def test_regenerating_reproduces_the_committed_files_byte_for_byte(tmp_path):
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path)], check=True,
                   capture_output=True, cwd=ROOT)
    assert _files(tmp_path) == _files(CORPUS)


def test_corpus_has_enough_cases_messages_and_clean_cases(labels, messages):
    cases = labels["cases"]
    clean = [c for c in cases if not c["rules"]]
    assert len(cases) >= 40
    assert len(messages) >= 120
    assert 3 * len(clean) >= len(cases)


def test_corpus_holds_many_unanswered_questions_in_many_cases(labels):
    with_questions = [c for c in labels["cases"] if c["unanswered_questions"]]
    assert sum(len(c["unanswered_questions"]) for c in with_questions) >= 22
    assert len(with_questions) >= 16


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
        texts = [by_id[i].get_body(("plain", "html")).get_content() for i in c["message_ids"]
                 if not by_id[i]["From"].addresses[0].domain.endswith(labels["support_domain"])]
        for q in c["unanswered_questions"]:
            assert any(q in t for t in texts), (c["name"], q)


def test_corpus_is_mostly_english_with_four_cases_each_in_german_french_and_spanish(labels):
    langs = Counter(c["lang"] for c in labels["cases"])
    assert 10 * langs["en"] >= 6 * len(labels["cases"])
    assert min(langs["de"], langs["fr"], langs["es"]) >= 4


def test_audit_time_and_settings_are_the_contract_defaults(labels):
    assert labels["as_of"] == "2026-11-20T17:00:00+00:00"
    assert labels["support_domain"] == "lumora.example"
    assert labels["settings"] == {"response_target_hours": 24, "follow_up_window_days": 2,
                                  "close_after_days": 7, "handoff_limit": 2}


def _fresh_generator(monkeypatch):
    """A private copy of the generator module, so tests can corrupt its labels."""
    spec = importlib.util.spec_from_file_location("make_practice4_corpus_fresh", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = _fresh_generator(monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_rule_count_that_contradicts_the_facts(tmp_path, monkeypatch):
    gen = _fresh_generator(monkeypatch)
    gen.CASES[0].rules = {"customer-chased": 1}
    with pytest.raises(SystemExit, match="facts say"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = _fresh_generator(monkeypatch)
    gen.BY_KEY["l02a"].uq = ["Do you offer a student discount?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_labelled_in_the_latest_unreplied_message(tmp_path, monkeypatch):
    gen = _fresh_generator(monkeypatch)
    gen.BY_KEY["l12c"].uq = ["Could you confirm whether the quote includes VAT"]
    case = next(c for c in gen.CASES if c.name == "l12-quote-vat-awaiting")
    case.rules = {"unanswered-question": 1, "awaiting-reply": 1}
    with pytest.raises(SystemExit, match="no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
