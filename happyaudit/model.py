"""The records that flow through the pipeline: sources → messages → cases → audit result.

Frozen dataclasses with aware UTC datetimes and stdlib types only, so every stage is a
pure function of the previous one and results can be compared in tests.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields
from datetime import datetime
from operator import attrgetter


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One message's bytes as a source delivered them, before any parsing.

    ``origin`` names where it came from for error messages (``inbox.mbox#12``,
    ``Maildir/cur/1700000000.x:2,S``). ``envelope_date`` is what the container knows
    about delivery time (the mbox ``From `` line, IMAP INTERNALDATE, a Maildir file's
    mtime) and serves as the fallback for a missing or absurd ``Date:``. ``flags`` carries
    container flags and keywords (Maildir info letters, IMAP flags) as strings.
    """

    data: bytes
    origin: str
    envelope_date: datetime | None = None
    flags: tuple[str, ...] = ()

    def __reduce__(self):
        return RawMessage, (self.data, self.origin, self.envelope_date, self.flags)  # see Message.__reduce__


class Automatic(str, enum.Enum):
    """Why a message is machine-written rather than written by a person."""

    ACKNOWLEDGEMENT = "auto-acknowledgement"
    OUT_OF_OFFICE = "out-of-office"
    BOUNCE = "bounce"
    BULK = "bulk"
    AUTO_SUBMITTED = "auto-submitted"


@dataclass(frozen=True, slots=True)
class Message:
    """A parsed message: the headers the audit needs and the text its sender wrote.

    Deliberately keeps no raw body or attachment content, so memory grows with the
    number of messages, not with their size.
    """

    message_id: str
    """``Message-ID`` without angle brackets; synthetic (``synthetic_id``) when absent."""
    subject: str
    from_addr: str
    """Lower-cased address of the sender; ``""`` when the header is missing or unusable."""
    date: datetime
    """Aware UTC time the message was written (see ``date_source``)."""
    origin: str
    from_name: str = ""
    to_addrs: tuple[str, ...] = ()
    cc_addrs: tuple[str, ...] = ()
    reply_to: tuple[str, ...] = ()
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    synthetic_id: bool = False
    date_source: str = "header"
    """``header``, ``envelope`` (mbox From line / IMAP INTERNALDATE / mtime), ``received``."""
    new_text: str = ""
    """What the sender wrote in this message: quoted history and signature removed; for
    an inline reply, each quoted line that is answered is kept as ``> line`` above its
    answer."""
    quoted_lines: int = 0
    """How many lines of quoted history were folded away (the signature is dropped: no rule
    or report reads it, and it would be ~180 bytes a message)."""
    automatic: Automatic | None = None
    labels: tuple[str, ...] = ()
    """Lower-cased labels and keywords: X-Gmail-Labels, X-Keywords, source flags."""
    attachments: tuple[str, ...] = ()
    content_hash: str = ""
    """Hash of the raw bytes, to tell a true duplicate from an id collision."""
    defects: tuple[str, ...] = ()
    """Header or MIME problems survived while parsing, for ``show`` and debugging."""

    def __reduce__(self):
        # Pickled as the constructor and its fields in order (``message_row``): every message
        # crosses a process boundary twice (parsed, then audited in its case), and the
        # dataclass default (``fields()`` per object, one ``object.__setattr__`` per field in
        # a Python loop) cost about twice as much in both processes.
        return Message, message_row(self)


message_row = attrgetter(*(item.name for item in fields(Message)))
"""A message's fields as a tuple, in order: ``Message(*message_row(message)) == message``."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A message that could not be used, and why; reported, never fatal."""

    origin: str
    reason: str


class Role(str, enum.Enum):
    """Who wrote a message, from the support team's point of view."""

    CUSTOMER = "customer"
    SUPPORT = "support"
    AUTOMATIC = "automatic"


@dataclass(frozen=True, slots=True)
class CaseMessage:
    """A message inside a case, with the role of its sender and its thread parent."""

    message: Message
    role: Role
    parent_id: str | None = None

    def __reduce__(self):
        return CaseMessage, (self.message, self.role, self.parent_id)  # see Message.__reduce__


class Status(str, enum.Enum):
    """A case's status as the report contract defines it."""

    OPEN = "open"
    PENDING = "pending"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Case:
    """One conversation with one customer, its messages in time order."""

    case_id: str
    subject: str
    customer: str
    messages: tuple[CaseMessage, ...]

    @property
    def message_ids(self) -> tuple[str, ...]:
        """Every message id of the case, in time order."""
        return tuple(cm.message.message_id for cm in self.messages)


class Severity(str, enum.Enum):
    """How bad a finding is; drives colour in the table and thresholds in CI."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a case, pinned to the message it concerns."""

    rule: str
    severity: Severity
    message_id: str
    detail: str


@dataclass(frozen=True, slots=True)
class CaseResult:
    """A case with its computed metrics and findings."""

    case: Case
    status: Status
    opened_at: datetime | None
    first_response_seconds: int | None
    resolution_seconds: int | None
    closed_by: str | None
    """How the case was closed: ``statement``, ``tag``, ``label``, ``quiet`` or ``nothing-asked``."""
    agents: tuple[str, ...] = ()
    """Distinct human support senders, in the order they first replied."""
    findings: tuple[Finding, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    """Explanations for ``show``: (message_id, text), e.g. which reply answered what."""


@dataclass(frozen=True, slots=True)
class AuditResult:
    """Everything a report needs: the audited cases, skipped messages and settings."""

    as_of: datetime
    sources: tuple[str, ...]
    cases: tuple[CaseResult, ...]
    skipped: tuple[Skipped, ...] = ()
    duplicates: int = 0
    support_inferred: str | None = None
    settings: dict = field(default_factory=dict)
