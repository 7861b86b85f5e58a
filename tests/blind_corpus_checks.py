"""The checks every corpus written from tests/BLIND_CORPORA.md shares, as a class each corpus's test file subclasses.

No accuracy floors here, only the promises that make a blind corpus's figure trustworthy: the committed files
are exactly what the script writes, the labels describe the mailbox that is actually there and meet the brief's
minimum sizes, and the generator refuses labels that contradict the messages. A subclass names its corpus, its
support domain, and a case with an invented question for the refusal test; pytest collects it as ``Test…``.
"""

from __future__ import annotations

import email
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


class BlindCorpusChecks:
    """The shared checks; a subclass sets the four class attributes below."""

    name: str  # the corpus directory under tests/, e.g. "practice110"
    support_domain: str
    a_case: str  # a case of the corpus, for the refusal test
    invented_question: str  # a question the customer of ``a_case`` did not write

    @property
    def corpus(self) -> Path:
        return ROOT / "tests" / self.name

    @property
    def script(self) -> Path:
        return ROOT / "scripts" / f"make_{self.name}_corpus.py"

    @pytest.fixture(scope="class")
    @classmethod
    def labels(cls) -> dict:
        return load_labels(ROOT / "tests" / cls.name)

    @pytest.fixture(scope="class")
    @classmethod
    def messages(cls) -> list[email.message.EmailMessage]:
        return load_messages(ROOT / "tests" / cls.name)

    def test_regenerating_reproduces_the_committed_files_byte_for_byte(self, tmp_path):
        subprocess.run([sys.executable, str(self.script), "--out", str(tmp_path)], check=True,
                       capture_output=True, cwd=ROOT)
        assert committed_files(tmp_path) == committed_files(self.corpus)

    def test_every_labelled_message_is_in_the_mailbox_exactly_once(self, labels, messages):
        in_mailbox = Counter(m["Message-ID"].strip("<>") for m in messages)
        labelled = Counter(i for c in labels["cases"] for i in c["message_ids"])
        assert labelled == in_mailbox
        assert set(labelled.values()) == {1}

    def test_corpus_has_forty_five_cases_a_hundred_and_thirty_messages_and_a_third_clean(self, labels, messages):
        cases = labels["cases"]
        clean = [c for c in cases if not c["rules"]]
        assert len(cases) >= 45
        assert len(messages) >= 130
        assert 3 * len(clean) >= len(cases)

    def test_corpus_is_mostly_english_with_four_cases_each_in_german_french_and_spanish(self, labels):
        languages = Counter(c["lang"] for c in labels["cases"])
        assert 10 * languages["en"] >= 6 * len(labels["cases"])
        assert 5 * (len(labels["cases"]) - languages["en"]) >= len(labels["cases"])
        assert min(languages["de"], languages["fr"], languages["es"]) >= 4

    def test_corpus_labels_22_unanswered_questions_in_16_cases(self, labels):
        asking = [c for c in labels["cases"] if c["unanswered_questions"]]
        assert sum(len(c["unanswered_questions"]) for c in asking) >= 22
        assert len(asking) >= 16

    def test_corpus_labels_ten_missed_follow_ups_and_eight_chased_cases(self, labels):
        found = Counter()
        for c in labels["cases"]:
            found.update(c["rules"])
        assert found["missed-follow-up"] >= 10
        assert sum(1 for c in labels["cases"] if c["rules"].get("customer-chased")) >= 8

    def test_every_labelled_question_is_verbatim_in_a_customer_message_of_its_case(self, labels, messages):
        by_id = {m["Message-ID"].strip("<>"): m for m in messages}
        for c in labels["cases"]:
            texts = [readable_text(by_id[i]) for i in c["message_ids"]
                     if not by_id[i]["From"].addresses[0].domain.endswith(labels["support_domain"])]
            assert len(c["unanswered_questions"]) == c["rules"].get("unanswered-question", 0), c["name"]
            for q in c["unanswered_questions"]:
                assert any(q in t for t in texts), (c["name"], q)

    def test_audit_time_and_settings_are_the_contract_defaults(self, labels):
        assert labels["as_of"] == "2026-11-20T17:00:00+00:00"
        assert labels["support_domain"] == self.support_domain
        assert labels["settings"] == {"response_target_hours": 24, "follow_up_window_days": 2,
                                      "close_after_days": 7, "handoff_limit": 2}

    def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(self, tmp_path, monkeypatch):
        gen = fresh_generator(self.script, monkeypatch)
        gen.CASES[0].status = "open"
        with pytest.raises(SystemExit, match="status open, facts say closed"):
            gen.write(tmp_path)
        assert not (tmp_path / "labels.json").exists()

    def test_generator_refuses_a_rule_count_the_facts_do_not_give(self, tmp_path, monkeypatch):
        gen = fresh_generator(self.script, monkeypatch)
        gen.CASES[0].rules = {"customer-chased": 1}
        with pytest.raises(SystemExit, match="facts say"):
            gen.write(tmp_path)
        assert not (tmp_path / "labels.json").exists()

    def test_generator_refuses_a_question_the_customer_did_not_write(self, tmp_path, monkeypatch):
        gen = fresh_generator(self.script, monkeypatch)
        gen.UNANSWERED[self.a_case] = [self.invented_question]
        with pytest.raises(SystemExit, match="in no customer message"):
            gen.write(tmp_path)
        assert not (tmp_path / "labels.json").exists()
