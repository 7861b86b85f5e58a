"""The promises of one support message that its delivery left out, each judged on its own.

A message's promises share one delivery (its next support message); judgement.py judges them by it. A promise of
the same message due on a later day, on a matter that delivery does not mention ("I'll send the invoice today and
I'll confirm the refund by Wednesday", and only the invoice came), is kept only by a later support message on its
matter. Pure functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from happyaudit.audit.commitments import Commitment, promise_parts, promised_object
from happyaudit.audit.deadlines import parse_deadline
from happyaudit.audit.words import keywords_of
from happyaudit.model import CaseMessage


@dataclass(frozen=True, slots=True)
class PromiseJudgement:
    """One support message's promise to come back, its effective deadline and what became of it."""

    message: CaseMessage
    commitment: Commitment
    deadline: datetime
    outcome: str
    """``kept``, ``late``, ``missed``, ``pending`` or ``withdrawn``."""
    by: CaseMessage | None = None


_PROMISE_WORDS = keywords_of("get back come touch follow update let know confirm check double-check find out look into "
                             "send e-mail email call ring reply respond answer sort arrange prepare provide share "
                             "chase ask speak talk news week weekend morning afternoon evening day end latest early "
                             "bis spätestens avant d'ici antes para voor uiterlijk")
"""The words any promise to come back or its deadline uses: what is left of a promise without them is its matter."""


def left_out_promises(cm: CaseMessage, deadline: datetime, delivery: CaseMessage, support: Sequence[CaseMessage],
                       withdrawals: list[datetime], as_of: datetime) -> list[PromiseJudgement]:
    """The promises of ``cm`` due on a later day than ``deadline`` whose matter ``delivery`` does not
    mention, each judged by the first later support message that does."""
    sent = cm.message.date
    delivered = keywords_of(delivery.message.new_text)
    judgements = []
    for part in promise_parts(cm.message.new_text, sent):
        if part.deadline is None or part.deadline.date() <= deadline.date():
            continue
        matter = _matter(part.text, sent)
        if not matter or matter & delivered:
            continue
        by = next((s for s in support if s.message.date > sent and matter & keywords_of(s.message.new_text)), None)
        if by is not None and by.message.date <= part.deadline:
            outcome = "kept"
        elif withdrawals and withdrawals[-1] > sent:
            outcome = "withdrawn"
        elif by is not None:
            outcome = "late"
        else:
            outcome = "pending" if as_of < part.deadline else "missed"
        judgements.append(PromiseJudgement(cm, part, part.deadline, outcome, by))
    return judgements


def _matter(promise: str, sent: datetime) -> frozenset[str]:
    """What a promise is about: the keywords after its promising phrase, without the words of its deadline."""
    words = " ".join(word for word in promised_object(promise).split() if parse_deadline(word, sent) is None)
    return keywords_of(words) - _PROMISE_WORDS
