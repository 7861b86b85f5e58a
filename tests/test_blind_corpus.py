"""The blind corpus (tests/blind/) is reproducible from its generator and well formed.

It is the held-out accuracy corpus: no accuracy floors here, only the promises that make its
figure trustworthy - the committed files are exactly what the script writes, and the labels
describe the mailbox that is actually there.

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
BLIND = ROOT / "tests" / "blind"
SCRIPT = ROOT / "scripts" / "make_blind_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(BLIND)


@pytest.fixture(scope="module")
def messages() -> list[email.message.EmailMessage]:
    return load_messages(BLIND)


def test_corpus_has_enough_cases_messages_and_clean_cases(labels, messages):
    cases = labels["cases"]
    clean = [c for c in cases if not c["rules"]]
    assert len(cases) >= 30
    assert len(messages) >= 90
    assert 3 * len(clean) >= len(cases)


def test_corpus_covers_german_french_and_spanish_with_three_cases_each(labels):
    langs = Counter(c["lang"] for c in labels["cases"])
    assert min(langs["de"], langs["fr"], langs["es"]) >= 3


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["b02-dining-set-questions"] = ["Do the chairs come with cushions?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
