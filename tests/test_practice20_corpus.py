"""The Fablane Works corpus (tests/practice20/) is reproducible and well formed.

A question- and promise-heavy labelled corpus (a 3D-printing, CNC and laser-cutting bureau,
with mail in English, German, French and Spanish and a customer mixing two of them): no
accuracy floors here, only the promises that make its figure trustworthy - the committed files
are what the generator writes, its size and language mix, and a generator that refuses labels
which contradict the mail.
"""

from __future__ import annotations

import email
import email.policy
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
CORPUS = ROOT / "tests" / "practice20"
SCRIPT = ROOT / "scripts" / "make_practice20_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


@pytest.fixture(scope="module")
def messages() -> list[email.message.EmailMessage]:
    return load_messages(CORPUS)


def test_regenerating_into_another_folder_reproduces_the_committed_files(tmp_path, monkeypatch):
    fresh_generator(SCRIPT, monkeypatch).write(tmp_path)
    assert committed_files(tmp_path) == committed_files(CORPUS)


def test_corpus_has_forty_cases_a_hundred_and_twenty_messages_and_a_third_clean(labels, messages):
    cases = labels["cases"]
    clean = [c for c in cases if not c["rules"]]
    assert len(cases) >= 40
    assert len(messages) >= 120
    assert 3 * len(clean) >= len(cases)


def test_corpus_labels_22_unanswered_questions_in_16_cases(labels):
    asking = [c for c in labels["cases"] if c["unanswered_questions"]]
    assert sum(len(c["unanswered_questions"]) for c in asking) >= 22
    assert len(asking) >= 16


def test_corpus_labels_fourteen_missed_follow_ups_and_eight_chases(labels):
    found = Counter()
    for c in labels["cases"]:
        found.update(c["rules"])
    assert found["missed-follow-up"] >= 14
    assert found["customer-chased"] >= 8


def test_corpus_is_mostly_english_with_four_cases_each_in_german_french_and_spanish(labels):
    languages = Counter(c["lang"] for c in labels["cases"])
    assert 10 * languages["en"] >= 6 * len(labels["cases"])
    assert min(languages["de"], languages["fr"], languages["es"]) >= 4


def test_case_names_are_unique_and_numbered(labels):
    names = [c["name"] for c in labels["cases"]]
    assert len(set(names)) == len(names)
    assert all(n[0] == "f" and n[1:3].isdigit() for n in names)


def test_every_labelled_message_is_in_the_mailbox_exactly_once(labels, messages):
    in_mailbox = [m["Message-ID"].strip("<>") for m in messages]
    labelled = [i for c in labels["cases"] for i in c["message_ids"]]
    assert sorted(in_mailbox) == sorted(labelled)


def test_each_unanswered_question_is_in_the_readable_text_of_its_case(labels, messages):
    text_by_id = {m["Message-ID"].strip("<>"): readable_text(m) for m in messages}
    for c in labels["cases"]:
        case_text = "\n".join(text_by_id[i] for i in c["message_ids"])
        for question in c["unanswered_questions"]:
            assert question in case_text, (c["name"], question)


def test_helpdesk_acknowledgements_sit_unread_in_sent_new():
    new = sorted((CORPUS / "mailbox" / "Sent" / "new").iterdir())
    acks = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in new]
    assert acks
    assert all(a["Auto-Submitted"] == "auto-replied" for a in acks)


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_rule_count_that_contradicts_the_facts(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].rules = {"missed-follow-up": 1}
    with pytest.raises(SystemExit, match="facts say"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    first = gen.CASES[0].msgs[0]
    first.uq = ["Do you also print in titanium?"]
    gen.CASES[0].rules = {"unanswered-question": 1}
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_kept_promise_that_names_a_missing_message(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    reply = next(m for c in gen.CASES for m in c.msgs if m.promises)
    reply.promises = [(reply.promises[0][0], reply.case + "/z9")]
    with pytest.raises(SystemExit, match="kept by unknown message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
