"""From threads to support cases: one conversation with one customer, each message's role known."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from happyaudit.model import Case, CaseMessage, Role
from happyaudit.roles import SupportSide, role_of
from happyaudit.threads import Thread


def case_id_for(root_id: str) -> str:
    """A short id that stays the same across runs as long as the thread's root does."""
    return hashlib.blake2b(root_id.encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()


def build_cases(threads: Iterable[Thread], support: SupportSide) -> tuple[list[Case], int]:
    """Cases from threads, and how many threads were left out for having no customer.

    A thread with no customer message (a newsletter, a bounce on its own, support
    writing to a colleague) is not a support case and is not audited.
    """
    cases: list[Case] = []
    without_customer = 0
    for thread in threads:
        messages = tuple(
            CaseMessage(
                message=message,
                role=role_of(message, support),
                parent_id=thread.parent_of.get(message.message_id),
            )
            for message in thread.messages
        )
        customer = next((cm.message.from_addr for cm in messages if cm.role is Role.CUSTOMER), None)
        if customer is None:
            without_customer += 1
            continue
        first = next(cm.message for cm in messages if cm.role is Role.CUSTOMER)
        cases.append(
            Case(
                case_id=case_id_for(thread.root_id),
                subject=first.subject or messages[0].message.subject,
                customer=customer,
                messages=messages,
            )
        )
    return cases, without_customer
