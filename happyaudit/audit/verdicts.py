"""What the answer rules conclude about one question, and one reply as they read it for that question.

Shared by answers.py, which runs the rules in turn, and the modules holding single rules (topical.py), so that a
rule can be read and changed on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from happyaudit.audit.questions import Question
from happyaudit.audit.words import keywords_of, tokens
from happyaudit.model import Message


@dataclass(frozen=True, slots=True)
class AnswerVerdict:
    """The support message that answered a question, and a one-line human reason."""

    message_id: str
    reason: str
    how: str
    """``inline``, ``attachment`` (the reply carries the document or the link asked for, or says it was sent), ``topical``, ``yes-no``,
    ``short-reply``, ``whole-message``, ``chaser`` (the reply that followed a chaser's question), ``deferred`` (a promise took it up),
    ``in-doubt`` (not shown to be answered, but a reply sentence nothing else accounts for may answer it in other words:
    not flagged), ``acknowledged`` (not shown to be answered, but the customer only thanked for the reply and asked
    nothing more: not flagged) or ``moved-on`` (the message's main question, not shown to be answered, but the
    customer wrote again after the reply without asking it again: not flagged) or ``weighed`` (no rule found its answer,
    but weighed with the rest of the case it is more likely answered: not flagged; see weighing.py)."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One reply read for one question: the sentences that may speak to it, with their keywords, and what the
    stages of ``answers._judge`` after the first ones share."""

    question: Question
    message: Message
    first_reply: bool
    rivals: Sequence[Question]
    evidence: tuple[str, ...]
    """The reply's own sentences less those that answer another open question better (see rivals.py)."""
    sentence_keywords: tuple[frozenset[str], ...]
    all_keywords: frozenset[str]
    explicit_only: bool
    """The reply can answer the question only in so many words (see ``answers.answered_only_explicitly``)."""
    first_yes_or_no: re.Match[str] | None
    """The yes or no the first reply opens with, when it answers the message's first question."""

    @property
    def mid(self) -> str:
        """The reply's Message-ID, which every verdict and reason line names."""
        return self.message.message_id


def matched_words(text: str, found: set[str] | frozenset[str]) -> list[str]:
    """The words of ``text`` behind the matched keywords, as written, for the reason line."""
    words: list[str] = []
    for token in tokens(text):
        for keyword in keywords_of(token):
            if keyword in found and token.lower() not in words:
                words.append(token.lower())
    return words


def display_keywords(keywords: frozenset[str] | set[str]) -> list[str]:
    """Keywords as a reason line shows them, without the "~" that marks a word group."""
    return [keyword.lstrip("~") for keyword in keywords]


def join_words(words: list[str]) -> str:
    """Words joined for a reason line: "a", "a and b", "a, b and c"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
