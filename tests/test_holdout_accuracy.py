"""Accuracy floors on the held-out corpus (tests/holdout), so a change tuned elsewhere cannot
quietly undo what generalised. Just under what the tool reaches; raise them, never lower.

The third corpus, tests/blind, has no floors on purpose: it is the one nobody tunes on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_evaluation import _load_evaluate

HOLDOUT = Path(__file__).resolve().parent / "holdout"
FLOORS: dict[str, tuple[float, float]] = {
    "unanswered-question": (0.85, 0.80),
    "missed-follow-up": (0.95, 0.95),
    "customer-chased": (0.95, 0.95),
    "awaiting-reply": (0.95, 0.95),
    "slow-first-response": (0.95, 0.95),
    "reopened": (0.95, 0.95),
    "many-handoffs": (0.95, 0.95),
}


@pytest.fixture(scope="module")
def result() -> dict:
    return _load_evaluate().evaluate(HOLDOUT)


def test_holdout_threads_and_statuses_meet_the_floor(result):
    assert result["threads"]["exact_match_rate"] >= 0.95, result["threads"]["unmatched"]
    assert result["status"]["accuracy"] >= 0.98, result["status"]["wrong"]


@pytest.mark.parametrize("rule", list(FLOORS))
def test_holdout_rule_accuracy_meets_the_floor(result, rule):
    precision, recall = FLOORS[rule]
    figures = result["rules"][rule]
    assert figures["expected"] > 0
    assert (figures["precision"] or 0.0) >= precision, figures
    assert (figures["recall"] or 0.0) >= recall, figures
