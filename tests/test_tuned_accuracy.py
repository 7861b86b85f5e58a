"""Accuracy floors on the corpora the rules are tuned on by cause (tests/practice, practice2, practice3,
practice5, practice6, practice7, practice8, practice10, practice11, practice12, practice13, practice14, practice15,
practice18, practice23, practice24, practice25, practice26, practice27, practice28, practice29, practice30, practice32,
practice33, practice36), so that a change
tuned on one corpus cannot quietly undo what another reached. Each floor is just under what the tool reaches there; raise them. Lower one only for a
trade measured on every corpus and said so in the commit (practice2's precision: one false flag for six questions
found elsewhere; practice18's recall: the customer's thanks settling plain questions, 8 false flags fewer for 3 found
on the unseen corpora; practice32's precision: a request to e-mail certificates that no reply sent is now found, in a
case whose price question was already a false flag, so the case counts two findings for one).
The unseen corpora have no floors: a floor would invite tuning on them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tests.test_evaluation import _load_evaluate

TESTS = Path(__file__).resolve().parent
JUDGEMENT_RULES = ("unanswered-question", "missed-follow-up", "customer-chased")
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "practice": {"unanswered-question": (0.90, 0.95), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.95)},
    "practice2": {"unanswered-question": (0.90, 0.95), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.95)},
    "practice3": {"unanswered-question": (0.85, 0.85), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.95)},
    "practice5": {"unanswered-question": (0.90, 0.85), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.95)},
    "practice6": {"unanswered-question": (0.95, 0.85), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.85)},
    "practice7": {"unanswered-question": (0.90, 0.75), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.75)},
    "practice8": {"unanswered-question": (0.95, 0.90), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.95)},
    "practice10": {"unanswered-question": (0.90, 0.70), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.95)},
    "practice12": {"unanswered-question": (0.85, 0.90), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.85)},
    "practice11": {"unanswered-question": (0.95, 0.85), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.95)},
    "practice13": {"unanswered-question": (0.85, 0.85), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.95)},
    "practice14": {"unanswered-question": (0.90, 0.80), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.95)},
    "practice15": {"unanswered-question": (0.90, 0.90), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.95)},
    "practice18": {"unanswered-question": (0.90, 0.50), "missed-follow-up": (0.95, 0.80), "customer-chased": (0.95, 0.95)},
    "practice23": {"unanswered-question": (0.75, 0.80), "missed-follow-up": (0.85, 0.85), "customer-chased": (0.95, 0.95)},
    "practice24": {"unanswered-question": (0.80, 0.70), "missed-follow-up": (0.95, 0.90), "customer-chased": (0.95, 0.95)},
    "practice25": {"unanswered-question": (0.80, 0.85), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.75, 0.75)},
    "practice26": {"unanswered-question": (0.85, 0.70), "missed-follow-up": (0.95, 0.80), "customer-chased": (0.95, 0.90)},
    "practice27": {"unanswered-question": (0.70, 0.85), "missed-follow-up": (0.95, 0.90), "customer-chased": (0.95, 0.95)},
    "practice28": {"unanswered-question": (0.80, 0.80), "missed-follow-up": (0.95, 0.90), "customer-chased": (0.95, 0.95)},
    "practice29": {"unanswered-question": (0.85, 0.70), "missed-follow-up": (0.95, 0.90), "customer-chased": (0.85, 0.85)},
    "practice30": {"unanswered-question": (0.65, 0.60), "missed-follow-up": (0.95, 0.80), "customer-chased": (0.95, 0.85)},
    "practice32": {"unanswered-question": (0.65, 0.70), "missed-follow-up": (0.95, 0.75), "customer-chased": (0.95, 0.95)},
    "practice33": {"unanswered-question": (0.70, 0.85), "missed-follow-up": (0.90, 0.95), "customer-chased": (0.95, 0.80)},
    "practice36": {"unanswered-question": (0.75, 0.60), "missed-follow-up": (0.95, 0.95), "customer-chased": (0.95, 0.85)},
}
MISSED_FOLLOW_UP_ONLY = {"practice17": (0.95, 0.95)}
"""practice17 was read for its missed follow-ups only (session 10): a floor on that rule, none on the others."""
QUESTION_RECALL_FLOORS = {"practice": 0.95, "practice2": 0.90, "practice3": 0.85, "practice5": 0.85, "practice6": 0.85,
                          "practice7": 0.75, "practice8": 0.90, "practice10": 0.60, "practice11": 0.85, "practice12": 0.85,
                          "practice13": 0.85, "practice14": 0.80, "practice15": 0.85, "practice18": 0.45,
                          "practice23": 0.75, "practice24": 0.70, "practice25": 0.80, "practice26": 0.70,
                          "practice27": 0.80, "practice28": 0.75, "practice29": 0.70,
                          "practice30": 0.60, "practice32": 0.60, "practice33": 0.80, "practice36": 0.60}
"""Share of each corpus's labelled unanswered questions that a finding names, one by one."""


@cache
def result_of(corpus: str) -> dict:
    """The evaluation of one corpus, run once for all of its tests."""
    return _load_evaluate().evaluate(TESTS / corpus)


@pytest.mark.parametrize(("corpus", "rule"), [(corpus, rule) for corpus in FLOORS for rule in JUDGEMENT_RULES])
def test_judgement_accuracy_on_a_tuned_corpus_meets_its_floor(corpus, rule):
    precision, recall = FLOORS[corpus][rule]
    figures = result_of(corpus)["rules"][rule]
    assert figures["expected"] > 0
    assert (figures["precision"] or 0.0) >= precision, figures
    assert (figures["recall"] or 0.0) >= recall, figures


@pytest.mark.parametrize("corpus", list(QUESTION_RECALL_FLOORS))
def test_unanswered_questions_of_a_tuned_corpus_are_found_one_by_one(corpus):
    questions = result_of(corpus)["questions"]
    assert (questions["recall"] or 0.0) >= QUESTION_RECALL_FLOORS[corpus], questions


@pytest.mark.parametrize("corpus", list(MISSED_FOLLOW_UP_ONLY))
def test_missed_follow_ups_of_a_corpus_read_for_them_meet_their_floor(corpus):
    precision, recall = MISSED_FOLLOW_UP_ONLY[corpus]
    figures = result_of(corpus)["rules"]["missed-follow-up"]
    assert figures["expected"] > 0
    assert (figures["precision"] or 0.0) >= precision, figures
    assert (figures["recall"] or 0.0) >= recall, figures
