"""The Kestrel Connect corpus (tests/practice2/) is reproducible from its generator and well formed.

It is a question-heavy labelled corpus for the rule authors: no accuracy floors here, only the
promises that make its figure trustworthy - the committed files are exactly what the script
writes, and the labels describe the mailbox that is actually there.

The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels

ROOT = Path(__file__).resolve().parent.parent
PRACTICE2 = ROOT / "tests" / "practice2"
SCRIPT = ROOT / "scripts" / "make_practice2_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(PRACTICE2)


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[1].msgs[0].uq = ["Could you also send me a paper bill?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_rule_count_that_contradicts_the_promises(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[3].rules["missed-follow-up"] = 2
    with pytest.raises(SystemExit, match="facts say"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
