"""Thread partitions on the shared corpora, at the figures scripts/measure_threads.py reaches."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.corpus

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "measure_threads.py"


def _measure():
    spec = importlib.util.spec_from_file_location("measure_threads", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measure():
    return _measure()


def assert_all_exact(item, threads: int, messages: int) -> None:
    assert (item.expected_threads, item.expected_messages) == (threads, messages)
    assert item.produced_threads == threads
    assert item.exact_threads == threads
    assert item.messages_in_exact == messages


@pytest.mark.parametrize("name, threads, messages", [
    ("default", 24, 52), ("lkml", 7, 176), ("threading", 3, 12),
    ("broken", 3, 4), ("duplicate", 3, 3)])
def test_notmuch_subcorpus_threads_are_all_exact(corpora, measure, name, threads, messages):
    scores = {s.corpus: s for s in measure.notmuch_scores(corpora.parent)}
    assert_all_exact(scores[f"notmuch/{name}"], threads, messages)


def test_fedora_devel_all_sixty_threads_are_exact(corpora, measure):
    assert_all_exact(measure.fedora_score(corpora.parent), 60, 292)


def test_ruby_mail_rfc2822_reply_thread_is_exact(corpora, measure):
    assert_all_exact(measure.ruby_mail_score(corpora.parent), 1, 3)


def test_discourse_incoming_thread_with_incomplete_references_is_exact(corpora, measure):
    assert_all_exact(measure.discourse_score(corpora.parent), 1, 4)
