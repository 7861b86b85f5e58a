"""The practice3 corpus (tests/practice3/) is reproducible from its generator and well formed.

Its first evaluation was an unseen estimate: no accuracy floors here, only the promises that make its
figure trustworthy - the committed files are exactly what the script writes, and the labels
describe the mailbox that is actually there.
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
CORPUS = ROOT / "tests" / "practice3"
SCRIPT = ROOT / "scripts" / "make_practice3_corpus.py"
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


def test_corpus_covers_german_french_and_spanish_with_four_cases_each(labels):
    langs = Counter(c["lang"] for c in labels["cases"])
    assert min(langs["de"], langs["fr"], langs["es"]) >= 4
    assert 10 * langs["en"] >= 6 * len(labels["cases"])


def test_corpus_labels_at_least_22_unanswered_questions_in_16_cases(labels):
    with_questions = [c for c in labels["cases"] if c["unanswered_questions"]]
    assert sum(len(c["unanswered_questions"]) for c in with_questions) >= 22
    assert len(with_questions) >= 16


def test_audit_time_and_settings_are_the_contract_defaults(labels):
    assert labels["as_of"] == "2026-11-20T17:00:00+00:00"
    assert labels["settings"] == {"response_target_hours": 24, "follow_up_window_days": 2,
                                  "close_after_days": 7, "handoff_limit": 2}


def _fresh_generator(monkeypatch):
    """A private copy of the generator module, so tests can corrupt its labels."""
    spec = importlib.util.spec_from_file_location("make_practice3_corpus_fresh", SCRIPT)
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


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = _fresh_generator(monkeypatch)
    gen.UNANSWERED["v02-laptop-return-warranty-refund"] = ["Do you sell laptop sleeves?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_missed_follow_up_for_a_promise_a_colleague_kept(tmp_path, monkeypatch):
    gen = _fresh_generator(monkeypatch)
    case = next(c for c in gen.CASES if c.name == "v14-b2b-quote-colleague")
    case.rules = {"missed-follow-up": 1}
    with pytest.raises(SystemExit, match="facts say {}"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_with_no_support_reply_after_it(tmp_path, monkeypatch):
    gen = _fresh_generator(monkeypatch)
    case = next(c for c in gen.CASES if c.name == "v35-alarm-new-awaiting")
    case.rules = {"awaiting-reply": 1, "unanswered-question": 1}
    gen.UNANSWERED[case.name] = ["Could you send a replacement?"]
    with pytest.raises(SystemExit, match="no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
