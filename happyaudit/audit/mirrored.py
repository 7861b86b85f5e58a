"""A yes/no question answered in its own terms: "Is that a known problem?" - "That's a casting flaw", "Ist das
normal?" - "Das ist bei neuen Geräten so". The reply names the question's subject and goes on with a statement,
which answers as a yes or a no would."""

from __future__ import annotations

import re
from functools import lru_cache

from happyaudit.audit.questions import Question
from happyaudit.audit.text import _SENTENCE_CACHE

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
Not the people ("Can you…?" - "I'll…"): what support will do is a promise or a yes, judged elsewhere."""


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


def mirrored_opening(question: Question, sentence: str) -> str | None:
    """The opening of a reply sentence that answers a yes/no question in its own terms ("Is that a known
    problem?" - "That's a casting flaw"), else ``None``."""
    pattern = _answer_opening(question.text)
    match = pattern.match(sentence) if pattern is not None else None
    return match.group(0).strip() if match else None
