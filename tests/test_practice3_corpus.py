"""The practice3 corpus (tests/practice3/) is reproducible from its generator and well formed.

Its first evaluation was an unseen estimate: no accuracy floors here, only the promises that make its
figure trustworthy - the committed files are exactly what the script writes, and the labels
describe the mailbox that is actually there.

The checks every generated corpus shares are in tests/test_labelled_corpora.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpusfiles import fresh_generator, load_labels

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "practice3"
SCRIPT = ROOT / "scripts" / "make_practice3_corpus.py"


@pytest.fixture(scope="module")
def labels() -> dict:
    return load_labels(CORPUS)


def test_generator_refuses_a_status_label_that_contradicts_the_message_dates(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.CASES[0].status = "open"
    with pytest.raises(SystemExit, match="status open, facts say closed"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_the_customer_did_not_write(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    gen.UNANSWERED["v02-laptop-return-warranty-refund"] = ["Do you sell laptop sleeves?"]
    with pytest.raises(SystemExit, match="in no customer message"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_missed_follow_up_for_a_promise_a_colleague_kept(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    case = next(c for c in gen.CASES if c.name == "v14-b2b-quote-colleague")
    case.rules = {"missed-follow-up": 1}
    with pytest.raises(SystemExit, match="facts say {}"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()


def test_generator_refuses_a_question_with_no_support_reply_after_it(tmp_path, monkeypatch):
    gen = fresh_generator(SCRIPT, monkeypatch)
    case = next(c for c in gen.CASES if c.name == "v35-alarm-new-awaiting")
    case.rules = {"awaiting-reply": 1, "unanswered-question": 1}
    gen.UNANSWERED[case.name] = ["Could you send a replacement?"]
    with pytest.raises(SystemExit, match="no support reply after it"):
        gen.write(tmp_path)
    assert not (tmp_path / "labels.json").exists()
