"""Build cases from a compact timeline, for rule and metric tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from happyaudit.cases import case_id_for
from happyaudit.model import Automatic, Case, CaseMessage, Message, Role

START = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def msg(
    hours: float,
    role: Role,
    text: str,
    *,
    sender: str | None = None,
    name: str = "",
    subject: str = "Order question",
    labels: tuple[str, ...] = (),
    automatic: Automatic | None = None,
) -> CaseMessage:
    """A case message ``hours`` after START, written by ``role``."""
    default_sender = {
        Role.CUSTOMER: "jane@example.org",
        Role.SUPPORT: "sam@acme.example",
        Role.AUTOMATIC: "support@acme.example",
    }[role]
    sender = sender or default_sender
    message = Message(
        message_id=f"m{hours:g}-{sender}",
        subject=subject,
        from_addr=sender,
        from_name=name,
        date=START + timedelta(hours=hours),
        origin="test",
        new_text=text,
        labels=labels,
        automatic=automatic if role is not Role.AUTOMATIC else (automatic or Automatic.ACKNOWLEDGEMENT),
    )
    return CaseMessage(message=message, role=role)


def case(*messages: CaseMessage) -> Case:
    """A case of the given messages, in the order given."""
    return Case(case_id=case_id_for(messages[0].message.message_id), subject=messages[0].message.subject,
                customer="jane@example.org", messages=tuple(messages))


def at(hours: float) -> datetime:
    """START plus ``hours``: an audit time."""
    return START + timedelta(hours=hours)
