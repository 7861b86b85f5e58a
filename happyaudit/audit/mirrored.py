"""A yes/no question answered in its own terms: "Is that a known problem?" - "That's a casting flaw", "Ist das
normal?" - "Das ist bei neuen Geräten so". The reply names the question's subject and goes on with a statement,
which answers as a yes or a no would."""

from __future__ import annotations

import re
from functools import lru_cache

from happyaudit.audit.answer_kinds import ASKING_VERB
from happyaudit.audit.questions import Question
from happyaudit.audit.text import _SENTENCE_CACHE
from happyaudit.audit.words import stem

_QUESTION_SUBJECT = re.compile(
    r"^\W*(?:(?:and|also|so|but|or)\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have)(?:n't)?\s+"
    r"(that|this|it|there|they|(?:the|my|your|our|this|that)\s+[\w-]+)\b|"
    r"^\W*(?:(?:und|also)\s+)?(?:ist|war|gibt)\s+(das|es|dies)\b|^\W*(?:et\s+)?(?:est-ce\s+que\s+)?(c'est|c'était)\b",
    re.IGNORECASE,
)
"""The thing a yes/no question asks about ("Is *that* a known problem?", "Ist *das* normal?")."""
_ANSWER_SUBJECTS = {
    "that": "that|this|it", "this": "that|this|it", "it": "that|this|it", "there": "there", "they": "they|these|those",
    "das": "das|es|dies", "es": "das|es|dies", "dies": "das|es|dies",
    "c'est": r"c'est|ce\s+n'est|c'était|ce\s+n'était", "c'était": r"c'est|ce\s+n'est|c'était|ce\s+n'était",
}
"""Who answers for the thing a yes/no question asks about: "Is that…?" - "That's…", "Ist das…?" - "Das ist…".
Not the people ("Can you…?" - "I'll…"): what support will do is a promise or a yes, judged elsewhere; only what it
says it does as a rule, in the very verb asked about (``_states_deed_asked``)."""


@lru_cache(maxsize=_SENTENCE_CACHE)
def _answer_opening(question_text: str) -> re.Pattern[str] | None:
    """The statement opening that answers a yes/no question in its own terms, for its subject."""
    match = _QUESTION_SUBJECT.match(question_text)
    if match is None:
        return None
    subject = next(group for group in match.groups() if group).lower()
    named = ""
    if " " in subject:
        # "Is the yoga mat non-slip?" - "It grips well on wood"; "Is the PD on the prescription?" - "The PD isn't…"
        named = r"|(?:the|your|my|our)\s+" + re.escape(subject.split()[1])
        subject = "they" if subject.endswith("s") else "it"
    verbs = r"(?:'s|'re|'ll|\s+[a-z]+(?:n't)?)\b"  # "That's a casting flaw", "It grips well on wood"
    if subject in ("das", "es", "dies"):
        verbs = r"\s+(?:ist|war|gibt|wird|kann|muss|sollte)\b"
    elif subject.startswith("c'"):
        verbs = r""
    opening = r"^\W*(?:(?:yes|no|well|actually|sadly|unfortunately),?\s+)?"
    return re.compile(rf"{opening}(?:{_ANSWER_SUBJECTS[subject]}{named}){verbs}", re.IGNORECASE)


_DEED_AFTER_ASKING = re.compile(r"\s+(?:(?:also|still|usually|normally|then|always)\s+)?([a-z]+(?:-[a-z]+)?)\b",
                                re.IGNORECASE)
"""The deed a "do you / can you / will you" question (``ASKING_VERB``) asks about, right after its "you": "Will you
pressure-test it afterwards?", "Do you deliver to Skye?"."""
_DEED_STATED = re.compile(
    r"^\W*(?:(?:and|yes|yep)\W+)?(?:we|i)\s+(?:(?:always|also|usually|normally|routinely|then|only|still)\s+)?"
    r"([a-z]+)\b", re.IGNORECASE)
"""A reply clause that says what support does ("We test every diver to 30 bar"), without a modal: "We'll test it"
promises, "We can test it" offers."""


@lru_cache(maxsize=_SENTENCE_CACHE)
def _deed_asked(question_text: str) -> frozenset[str]:
    """The stems of the deed a "do you / can you / will you" question asks about ("pressure-test": "pressu",
    "test"), else none; cached, as every reply sentence is held against it."""
    asking = ASKING_VERB.match(question_text)
    deed = _DEED_AFTER_ASKING.match(question_text, asking.end()) if asking else None
    return frozenset(stem(part) for part in deed.group(1).lower().split("-")) if deed else frozenset()


def _states_deed_asked(question_text: str, sentence: str) -> str | None:
    """The opening of a reply sentence that says support does (or did) the very deed a "do you / can you / will you"
    question asked about, in the same verb: "Will you pressure-test it afterwards?" - "We test every diver to 30
    bar"."""
    asked = _deed_asked(question_text)
    stated = _DEED_STATED.match(sentence) if asked else None
    if stated is None:
        return None
    said = stated.group(1).lower()
    if said in _NOT_DEEDS or stem(said) not in asked:
        return None
    return stated.group(0).strip()


_NOT_DEEDS = frozenset(("do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might",
                        "must", "have", "has", "had", "am", "was", "were", "are", "is"))
"""Auxiliaries and modals: what follows them is an offer, a promise or a past, not what support does."""


def mirrored_opening(question: Question, sentence: str) -> str | None:
    """The opening of a reply sentence that answers a yes/no question in its own terms ("Is that a known
    problem?" - "That's a casting flaw"; "Will you pressure-test it?" - "We test every diver"), else ``None``."""
    pattern = _answer_opening(question.text)
    match = pattern.match(sentence) if pattern is not None else None
    if match:
        return match.group(0).strip()
    return _states_deed_asked(question.text, sentence)
