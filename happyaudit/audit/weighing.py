"""The last word on each question (with ``--weigh``): the rules' verdict weighed with what the rest of the case shows.

The answer rules each read one kind of evidence: shared words, the kind of answer, an opening "yes", the
customer's thanks. Each is right most of the time and each is fooled in its own way. A flag on the first
question of a message, what the customer wrote in about, is often an answer in words the rules cannot read;
a flag on a question marked as an addition ("Also, …") is rarely false. How much each such sign counts is not
guessed: a logistic model, trained on the labelled corpora by ``scripts/train_weighing.py`` (weights in
``weights.py``), turns the rules' verdict and a few plain measurements of the case into the likelihood that
the question went unanswered.

Only structure is measured (how much of the question comes back in the replies, where it sits in its
message, what it asks for, whether the customer chased), never a phrase, so the weights carry over to a
mailbox nobody has read. Checked corpus by corpus (each weighed by a model trained without it), weighing
removes about a third of the rules' false flags for a few more misses. It also clears some flags on main
questions that really were ignored, which is why it is off by default.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from happyaudit.audit.answer_kinds import asks_for_action
from happyaudit.audit.answers import AnswerVerdict
from happyaudit.audit.asides import asked_in_passing, marked_as_addition
from happyaudit.audit.chasing import is_chaser
from happyaudit.audit.questions import Question
from happyaudit.audit.reply_evidence import (
    asks_something_back,
    deferring_sentences,
    evidence_sentences,
)
from happyaudit.audit.rivals import distinct_keywords
from happyaudit.audit.weights import INTERCEPT, MEANS, WEIGHTS
from happyaudit.audit.words import keywords_of
from happyaudit.model import Case, CaseMessage, Role

FLAG_AT = 0.6
"""The likelihood of being unanswered from which a question is flagged. Above an even 0.5 because a false
flag costs more than a miss: a support lead who finds one stops trusting the rest."""

FLAGGED = "flagged"
"""The rules' verdict, as a feature, for a question they found no answer for."""


@dataclass(frozen=True, slots=True)
class Weighing:
    """How likely a question is to be unanswered, and the signs that counted most."""

    likelihood: float
    reasons: tuple[str, ...]
    features: dict[str, float]
    """The measurements weighed (see ``question_features``), for training and for a closer look."""


def is_flagged(likelihood: float, rules_flagged: bool, only_question: bool) -> bool:
    """Whether a weighed question is flagged: its likelihood of being unanswered reaches ``FLAG_AT``, or the
    rules flagged the only question of its message. Weighing never clears that flag: the customer wrote in for
    that alone, an ignored one is the worst miss there is, and the labelled corpora hold too few such flags."""
    return likelihood >= FLAG_AT or (rules_flagged and only_question)


def likelihood_of(features: dict[str, float], intercept: float = INTERCEPT,
                  weights: dict[str, float] = WEIGHTS) -> float:
    """The likelihood that a question with these measurements went unanswered, by the shipped weights or by
    the ones given (training weighs with weights it has just fitted)."""
    score = intercept + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-score))


def question_features(question: Question, asked: CaseMessage, same_message: Sequence[Question],
                      verdict: AnswerVerdict | None, case: Case, support: Sequence[CaseMessage]) -> dict[str, float]:
    """The measurements weighing reads for one question: the rules' verdict, how much of the question comes
    back in the replies, where it sits in its message, what it asks for, and whether the customer chased.

    ``same_message`` lists the questions of its message in order (``question`` among them); ``verdict`` is the
    rules' (``None`` when they found no answer); ``support`` the case's support replies in time order.
    """
    features = {f"how={verdict.how if verdict else FLAGGED}": 1.0, f"kind={question.kind}": 1.0,
                f"expects={question.expects}": 1.0}
    own = distinct_keywords(question) or question.keywords
    replies = [reply for reply in support if reply.message.date > asked.message.date]
    judged = next((reply for reply in replies if verdict and reply.message.message_id == verdict.message_id),
                  replies[0] if replies else None)
    if judged is not None:
        text = judged.message.new_text
        sentences = [keywords_of(sentence) for sentence in evidence_sentences(text)]
        said = frozenset().union(*sentences)
        around = question.context | question.details
        features["cov"] = _share(own, said)
        features["maxsent"] = max((_share(own, words) for words in sentences), default=0.0)
        features["ctx"] = _share(around, said)
        features["defers"] = float(bool(deferring_sentences(text)))
        features["asksback"] = float(asks_something_back(text))
        features["ans_is_first"] = float(judged is replies[0])
    features["cov_all"] = _share(own, frozenset().union(*(keywords_of(r.message.new_text) for r in replies)))
    later = [cm for cm in case.messages if cm.role is Role.CUSTOMER and cm.message.date > asked.message.date]
    features["chased"] = float(any(is_chaser(cm.message.new_text) for cm in later))
    features["msg_first"] = float(asked is next(cm for cm in case.messages if cm.role is Role.CUSTOMER))
    position = next(index for index, other in enumerate(same_message) if other is question)
    features["pos"] = position / (len(same_message) - 1) if len(same_message) > 1 else 0.0
    features["qwords"] = float(len(question.keywords))
    features["single"] = float(question.single)
    features["first"] = float(question.first)
    features["addition"] = float(marked_as_addition(question))
    features["passing"] = float(asked_in_passing(question))
    features["action"] = float(asks_for_action(question))
    return {name: value for name, value in features.items() if value}


def _share(wanted: frozenset[str], found: frozenset[str]) -> float:
    """The share of ``wanted`` in ``found``; 0 when nothing is wanted."""
    return len(wanted & found) / len(wanted) if wanted else 0.0


def weigh(features: dict[str, float]) -> Weighing:
    """The likelihood that a question with these measurements went unanswered, with the two signs that pushed
    it most towards the verdict (compared with a typical question), so ``show`` can say why."""
    likelihood = likelihood_of(features)
    towards = 1.0 if likelihood >= FLAG_AT else -1.0
    pushes = sorted(((towards * weight * (features.get(name, 0.0) - MEANS.get(name, 0.0)), name)
                     for name, weight in WEIGHTS.items() if not name.startswith("how=")), reverse=True)
    reasons = tuple(_describe(name, features.get(name, 0.0)) for push, name in pushes[:2] if push > 0)
    return Weighing(likelihood, tuple(reason for reason in reasons if reason), features)


def _describe(name: str, value: float) -> str:
    """A feature's value in words, for ``show``."""
    if "=" in name:
        kind, what = name.split("=", 1)
        if not value:
            return ""
        return {"kind": f"it is a {what} question", "expects": f"it asks for {_EXPECTED.get(what, what)}"}[kind]
    if name == "qwords":
        return f"it has {int(value)} word{'s' if value != 1 else ''} of its own"
    high = value >= 0.5 if name in _SHARES else bool(value)
    return _WORDS[name][0 if high else 1]


_SHARES = frozenset(("cov", "maxsent", "ctx", "cov_all", "pos"))
_EXPECTED = {"when": "a date or time", "how_much": "an amount", "how_many": "a number", "yes_no": "a yes or no",
             "where": "a place", "which": "a choice", "how": "a way", "why": "a reason", "what": "a fact",
             "other": "an answer"}
_WORDS = {
    "cov": ("most of its words come back in the reply", "few of its words come back in the reply"),
    "maxsent": ("one reply sentence carries most of its words", "no reply sentence carries most of its words"),
    "ctx": ("the reply takes up what the customer wrote around it",
            "the reply leaves aside what the customer wrote around it"),
    "cov_all": ("most of its words come back in the replies", "few of its words come back in the replies"),
    "chased": ("the customer chased", "the customer never chased"),
    "msg_first": ("it is in the customer's first message", "it came in a later message"),
    "pos": ("it comes late in its message", "it comes early in its message"),
    "single": ("it is the only question of its message", "its message asks other things too"),
    "first": ("it is the first question of its message", "it is not the first question of its message"),
    "addition": ("it is marked as an addition", "it is not marked as an addition"),
    "passing": ("it was asked in passing", "it was not asked in passing"),
    "action": ("it asks for something to be done", "it asks for information"),
    "ans_is_first": ("the first reply is the one weighed", "a later reply is the one weighed"),
    "defers": ("the reply puts something off", "the reply puts nothing off"),
    "asksback": ("the reply asks the customer something back", "the reply asks nothing back"),
}
