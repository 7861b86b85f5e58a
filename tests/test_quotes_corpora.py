"""Exact-match floors for split_reply on the shared reply-splitting corpora (set just under what is reached)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.corpus


def _scores(corpora: Path) -> dict:
    spec = importlib.util.spec_from_file_location("measure_quotes", ROOT / "scripts" / "measure_quotes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.score_all(corpora.parent)


_CACHE: dict[Path, dict] = {}


@pytest.fixture
def scores(corpora: Path) -> dict:
    """Scores of every corpus, computed once per session (the corpora are read-only)."""
    if corpora not in _CACHE:
        _CACHE[corpora] = _scores(corpora)
    return _CACHE[corpora]


def test_discourse_reply_trimmer_exact_rate(scores):
    assert scores["discourse-reply-trimmer"].exact_rate >= 0.74


def test_talon_exact_rate(scores):
    assert scores["talon"].exact_rate >= 0.67


def test_talon_signature_exact_rate(scores):
    assert scores["talon-signatures"].exact_rate >= 0.60


def test_crisp_exact_rate_and_checks(scores):
    assert scores["crisp-email-reply-parser"].exact_rate >= 0.68
    assert scores["crisp-email-reply-parser"].check_rate >= 0.92


def test_github_exact_rate_and_checks(scores):
    assert scores["github-email-reply-parser"].exact_rate >= 0.90
    assert scores["github-email-reply-parser"].check_rate >= 0.99


def test_mail_parser_reply_checks(scores):
    assert scores["mail-parser-reply"].check_rate >= 0.70
