"""Per-case facts the rules share: the real customer messages, closings, status and timings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from happyaudit.audit.language import (
    is_acknowledgement_only,
    is_closing_label,
    is_closing_statement,
    is_customer_close,
    subject_closing_tag,
)
from happyaudit.config import AuditConfig
from happyaudit.model import Case, CaseMessage, Role, Status


@dataclass(frozen=True, slots=True)
class Closing:
    """An explicit close: the support message that closed the case, and how."""

    message: CaseMessage
    how: str
    """``statement``, ``tag`` or ``label``."""


@dataclass(frozen=True, slots=True)
class CaseMetrics:
    """What a case's timeline says, computed once and read by every rule."""

    real_customer: tuple[CaseMessage, ...]
    """Customer messages that ask or report something (not only thanks), in time order."""
    support: tuple[CaseMessage, ...]
    """Human support messages, in time order."""
    closings: tuple[Closing, ...]
    status: Status
    closed_by: str | None
    opened_at: datetime | None
    first_response: CaseMessage | None
    first_response_seconds: int | None
    resolution_seconds: int | None


def is_real_customer_message(cm: CaseMessage) -> bool:
    """A customer message that needs support's attention: not only a thank-you."""
    return cm.role is Role.CUSTOMER and not is_acknowledgement_only(cm.message.new_text)


def customer_close(case: Case) -> CaseMessage | None:
    """The customer's latest message when it closes the case themselves ("you can close the ticket").

    Only the latest counts: a close the customer wrote again after is no longer the last word.
    """
    customer = [cm for cm in case.messages if cm.role is Role.CUSTOMER]
    if customer and is_customer_close(customer[-1].message.new_text):
        return customer[-1]
    return None


def explicit_closings(case: Case, config: AuditConfig = AuditConfig()) -> list[Closing]:
    """Every explicit close in the case, in time order.

    A closing statement or a ``[Resolved]``-style subject tag in a support message, or the
    customer's own close in their latest message ("you can close the ticket"), closes at that
    message. A closed/resolved label or keyword says the case was closed but not when, so it
    closes at support's last message.
    """
    closings: list[Closing] = []
    support = [cm for cm in case.messages if cm.role is Role.SUPPORT]
    if (closed_by_customer := customer_close(case)) is not None:
        closings.append(Closing(closed_by_customer, "statement"))
    for cm in support:
        if is_closing_statement(cm.message.new_text) or _has_phrase(cm.message.new_text, config.closing_phrases):
            closings.append(Closing(cm, "statement"))
        elif subject_closing_tag(cm.message.subject) or _has_phrase(cm.message.subject, config.closing_tags):
            closings.append(Closing(cm, "tag"))
    labelled = any(is_closing_label(label) for cm in case.messages for label in cm.message.labels)
    if labelled and support and not any(c.message is support[-1] for c in closings):
        closings.append(Closing(support[-1], "label"))
    return sorted(closings, key=lambda closing: closing.message.message.date)


def _has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether one of the team's own closing phrases or tags appears, ignoring case."""
    folded = text.casefold()
    return any(phrase.casefold() in folded for phrase in phrases)


def compute_metrics(case: Case, config: AuditConfig, as_of: datetime) -> CaseMetrics:
    """Status, first response and resolution as the report contract defines them."""
    closed_by_customer = customer_close(case)
    real_customer = tuple(cm for cm in case.messages if cm is not closed_by_customer and is_real_customer_message(cm))
    support = tuple(cm for cm in case.messages if cm.role is Role.SUPPORT)
    closings = tuple(explicit_closings(case, config))
    opened_at = real_customer[0].message.date if real_customer else None

    first_response = None
    if opened_at is not None:
        first_response = next((cm for cm in support if cm.message.date > opened_at), None)
    first_response_seconds = _seconds(config, opened_at, first_response.message.date if first_response else None)

    last_customer = real_customer[-1].message.date if real_customer else None
    last_support = support[-1].message.date if support else None
    last_closing = closings[-1] if closings else None

    if last_customer is None and last_support is None:
        status, closed_by, closed_at = Status.CLOSED, "nothing-asked", None
    elif last_customer is not None and (last_support is None or last_customer >= last_support):
        status, closed_by, closed_at = Status.OPEN, None, None
    elif last_closing is not None and (last_customer is None or last_closing.message.message.date >= last_customer):
        status, closed_by, closed_at = Status.CLOSED, last_closing.how, last_closing.message.message.date
    elif last_support is not None and config.elapsed(last_support, as_of) >= config.close_after:
        status, closed_by, closed_at = Status.CLOSED, "quiet", last_support
    else:
        status, closed_by, closed_at = Status.PENDING, None, None

    return CaseMetrics(
        real_customer=real_customer,
        support=support,
        closings=closings,
        status=status,
        closed_by=closed_by,
        opened_at=opened_at,
        first_response=first_response,
        first_response_seconds=first_response_seconds,
        resolution_seconds=_seconds(config, opened_at, closed_at),
    )


def _seconds(config: AuditConfig, start: datetime | None, end: datetime | None) -> int | None:
    """Whole seconds between two instants, in working time when business hours are set."""
    if start is None or end is None:
        return None
    return int(config.elapsed(start, end).total_seconds())
