"""IMAP helpers for ImapSource: failure wording, the literal-size guard, the per-folder plan and
the FETCH calls (sizes, flags with or without CONDSTORE, bodies) that each take a connected client.
"""

from __future__ import annotations

import imaplib
import ssl
from dataclasses import dataclass, field
from datetime import datetime, timezone

from imapclient import IMAPClient
from imapclient.exceptions import LoginError, ProtocolError

from happyaudit.sources.cache import CachedMessage

BODY_ITEMS = ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"]
HEADER_ITEMS = ["BODY.PEEK[HEADER]", "FLAGS", "INTERNALDATE"]
FLAGS_BATCH = 1000
MAX_MESSAGE_SIZE = 64 * 1024 * 1024
LITERAL_SLACK = 1024 * 1024
"""A literal may exceed the message limit by this much (RFC822.SIZE and the literal can differ)."""


class LiteralTooLarge(Exception):
    """The server announced a literal above the limit; nothing of it was read or allocated."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the server announced a {size:,}-byte literal, above the {limit_text(limit)} limit")
        self.size = size


def limit_text(limit: int) -> str:
    """A byte limit for people: ``64 MB``, or exact bytes below a megabyte."""
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit:,} bytes"


def guard_literals(client: IMAPClient, limit: int) -> None:
    """Make the connection refuse literals above ``limit`` before reading (or allocating) them.

    imaplib reads a ``{N}`` literal with ``file.read(N)``, which allocates N bytes up front; a
    hostile or broken server announcing ``{2000000000}`` would cost 2 GB. imapclient keeps its
    imaplib connection in ``_imap``; the guard replaces that one object's ``read``.
    """
    imap = getattr(client, "_imap", None)
    if imap is None or getattr(imap, "_happyaudit_guarded", False):
        return
    plain_read = imap.read

    def read(size: int) -> bytes:
        if size > limit + LITERAL_SLACK:
            raise LiteralTooLarge(size, limit)
        return plain_read(size)

    imap.read = read
    imap._happyaudit_guarded = True


def is_protocol_garbage(exc: BaseException) -> bool:
    """Whether the server sent something that is not IMAP (no point in retrying)."""
    if isinstance(exc, ProtocolError):
        return True
    return isinstance(exc, imaplib.IMAP4.error) and "unexpected" in str(exc) and "response" in str(exc)


def describe_failure(exc: BaseException, timeout: float) -> str:
    """A short, secret-free reason for a connection or protocol failure."""
    if isinstance(exc, LoginError):
        return f"login refused ({server_text(exc)})"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate rejected ({exc.verify_message}); use --ca-file for a private CA"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or exc})"
    if isinstance(exc, ConnectionRefusedError):
        return "cannot connect (connection refused)"
    if isinstance(exc, TimeoutError):
        return f"no answer within {timeout:g} s (timed out)"
    if isinstance(exc, LiteralTooLarge):
        return f"{exc}; stopped reading"
    if is_protocol_garbage(exc):
        return f"the server sent an invalid IMAP response ({server_text(exc, 80)})"
    if isinstance(exc, imaplib.IMAP4.abort):
        return f"connection dropped ({server_text(exc)})"
    if isinstance(exc, OSError):
        return f"cannot connect ({exc.strerror or type(exc).__name__})"
    text = server_text(exc)
    if "doesn't exist" in text or "NONEXISTENT" in text:
        return f"no such folder ({text})"
    return f"server error ({text})"


def server_text(exc: BaseException, limit: int = 200) -> str:
    """The server's words from an imaplib/imapclient exception, without the ``b'…'`` wrapper."""
    text = str(exc.args[0] if exc.args else exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text[:limit]


@dataclass
class FolderPlan:
    """What one folder needs, worked out before any body is fetched (so the total is known)."""

    folder: str
    uids: list[int]
    """UIDs the search selected, ascending."""
    cached: set[int]
    """Of those, the ones whose body is in the cache."""
    all_cached: list[int]
    """Every UID the cache holds for the folder (flags are refreshed for all of them)."""
    sizes: dict[int, int] = field(default_factory=dict)
    """RFC822.SIZE of each UID to fetch."""
    cached_bytes: int = 0
    folder_id: int | None = None
    modseq: int | None = None
    """HIGHESTMODSEQ when the folder was selected for this run (None without CONDSTORE)."""
    stored_modseq: int | None = None
    """HIGHESTMODSEQ the cache's flags are current as of."""

    @property
    def missing(self) -> list[int]:
        """The folder's UIDs whose bodies the cache does not hold: the ones to fetch."""
        return [uid for uid in self.uids if uid not in self.cached]

    def total_bytes(self, limit: int) -> int:
        """Bytes the audit will read from this folder (cached plus to fetch), for the progress bar;
        messages over ``limit`` are fetched as headers only, so they do not count."""
        return self.cached_bytes + sum(size for size in self.sizes.values() if size <= limit)


def fetch_sizes(client: IMAPClient, uids: list[int]) -> dict[int, int]:
    """RFC822.SIZE for ``uids`` (one FETCH; call with at most FLAGS_BATCH)."""
    response = client.fetch(uids, ["RFC822.SIZE"])
    wanted = set(uids)
    return {uid: int(data.get(b"RFC822.SIZE") or 0) for uid, data in response.items() if uid in wanted}


def fetch_flags(client: IMAPClient, uids: list[int], changed_since: int | None) -> dict[int, tuple[str, ...]]:
    """FLAGS of ``uids``; with ``changed_since`` only those changed after that MODSEQ (CONDSTORE)."""
    modifiers = [f"CHANGEDSINCE {changed_since}"] if changed_since is not None else None
    response = client.fetch(uids, ["FLAGS"], modifiers=modifiers)
    wanted = set(uids)
    return {uid: flag_names(data[b"FLAGS"]) for uid, data in response.items() if uid in wanted and b"FLAGS" in data}


def fetch_bodies(client: IMAPClient, uids: list[int], header_only: bool, limit: int) -> list[CachedMessage]:
    """The messages ``uids`` in UID order; ``header_only`` for those above the size limit."""
    response = client.fetch(uids, HEADER_ITEMS if header_only else BODY_ITEMS)
    messages = []
    for uid in uids:
        data = response.get(uid)
        if data is None:
            continue  # expunged meanwhile
        if header_only:
            body = b"[happyaudit: body not fetched: the message is larger than the %s limit]\r\n" % (
                limit_text(limit).encode())
            raw = bytes(data.get(b"BODY[HEADER]") or b"") + body
        else:
            raw = bytes(data.get(b"BODY[]") or b"")
        messages.append(cached_form(uid, raw, data))
    return messages


def cached_form(uid: int, raw: bytes, data: dict) -> CachedMessage:
    """A fetched message as the cache keeps it (INTERNALDATE in UTC, flags lower-cased)."""
    internaldate = data.get(b"INTERNALDATE")
    if isinstance(internaldate, datetime):
        internaldate = internaldate.astimezone(timezone.utc) if internaldate.tzinfo else None
    else:
        internaldate = None
    return CachedMessage(uid=uid, data=raw, internaldate=internaldate, flags=flag_names(data.get(b"FLAGS", ())))


def flag_names(flags) -> tuple[str, ...]:
    """IMAP flags as lower-case strings, without the session-local ``\\Recent``."""
    names = []
    for flag in flags:
        name = (flag.decode("utf-8", "replace") if isinstance(flag, bytes) else str(flag)).lower()
        if name != "\\recent":
            names.append(name)
    return tuple(names)
