"""Header values as the audit reads them: decoded text, addresses, message ids, the date the
message was written, and labels; guarded against hostile lengths and bytes.

Shared by both parse paths (``parse`` with the stdlib parser, ``fastparse``'s byte scan),
which hand over the raw first value of each wanted header.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.header import decode_header, make_header
from email.utils import getaddresses
from functools import lru_cache

from happyaudit.dates import as_utc, parse_mail_date
from happyaudit.fastparse import CONTROL_CHARS as _CONTROL_CHARS

MAX_HEADER_VALUE = 16_384
"""Longest header value read; a 20,000-id References header is cut, not choked on."""
EARLIEST_PLAUSIBLE = datetime(1990, 1, 1, tzinfo=timezone.utc)
LATEST_PLAUSIBLE = datetime(2200, 1, 1, tzinfo=timezone.utc)
"""A Date after this is a broken clock or a forgery (and year 9999 overflows date arithmetic)."""
FUTURE_TOLERANCE = timedelta(days=1)

_ID_IN_BRACKETS = re.compile(r"<([^<>\s]{1,998})>")
_BARE_ID = re.compile(r"[^\s<>,;\"]+@[^\s<>,;\"]+")

Headers = dict[str, str]
"""Lower-case name → raw value of the first header of that name (``WANTED_HEADERS`` only)."""


def raw_header(headers: Headers, name: str) -> str:
    """The header's raw text (unfolded), with raw 8-bit bytes read as UTF-8 (RFC 6532).

    Both parsers hand 8-bit header bytes over as surrogate escapes; left in, they would
    reach the reports as lone surrogates that no encoder can write. Bytes that are not
    UTF-8 become U+FFFD.
    """
    text = headers.get(name)
    if not text:
        return ""
    if not text.isascii():
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text.replace("\r", "").replace("\n", " ")[:MAX_HEADER_VALUE]


def decoded_header(headers: Headers, name: str) -> str:
    """Header text with RFC 2047 words decoded and control characters removed."""
    raw = raw_header(headers, name)
    if not raw:
        return ""
    if "=?" not in raw:
        text = raw  # decode_header finds no encoded word, and make_header gives ``raw`` back
    else:
        try:
            text = str(make_header(decode_header(raw)))
        except Exception:  # bad encoded words or unknown charsets: keep the raw text
            text = raw
    return " ".join(_CONTROL_CHARS.sub("", text).split())


def first_address(headers: Headers, name: str) -> tuple[str, str]:
    """(display name, lower-case address) of the header's first address, ``("", "")`` if none."""
    pairs = _address_pairs(headers, name)
    return pairs[0] if pairs else ("", "")


def addresses(headers: Headers, name: str) -> tuple[str, ...]:
    """Every lower-case address in the header, in order, without duplicates."""
    return tuple(dict.fromkeys(addr for _, addr in _address_pairs(headers, name)))


def _address_pairs(headers: Headers, name: str) -> tuple[tuple[str, str], ...]:
    raw = raw_header(headers, name)
    return _parsed_addresses(raw) if raw else ()


@lru_cache(maxsize=8192)
def _parsed_addresses(raw: str) -> tuple[tuple[str, str], ...]:
    """(display name, lower-case address) pairs of one header value; cached, since the same
    To/From values recur across a mailbox and ``getaddresses`` is slow."""
    try:
        pairs = getaddresses([raw])
    except Exception:  # getaddresses is lenient, but be total for hostile input
        return ()
    result = []
    for display, addr in pairs:
        addr = addr.strip().lower()
        if "@" not in addr:
            continue
        try:
            display = str(make_header(decode_header(display))) if display else ""
        except Exception:
            pass
        result.append((" ".join(_CONTROL_CHARS.sub("", display).split()), addr))
    return tuple(result)


def first_id(raw: str) -> str | None:
    """The first message id in the value, or ``None``."""
    found = ids(raw)
    return found[0] if found else None


def ids(raw: str) -> tuple[str, ...]:
    """Message ids in a Message-ID / In-Reply-To / References value, brackets removed.

    Falls back to bare ``local@domain`` tokens, which some clients write without brackets.
    """
    if not raw:
        return ()
    found = _ID_IN_BRACKETS.findall(raw) or _BARE_ID.findall(raw)
    return tuple(dict.fromkeys(found))


def message_date(headers: Headers, envelope: datetime | None) -> tuple[datetime | None, str]:
    """The time the message was written, from Date, else the envelope, else Received.

    A Date before 1990 or more than a day after the envelope date is absurd (a broken
    clock or a forged header) and loses to the envelope.
    """
    header_date = parse_mail_date(raw_header(headers, "date"))
    envelope = as_utc(envelope) if envelope else None
    if header_date is not None and _plausible(header_date, envelope):
        return header_date, "header"
    if envelope is not None and envelope >= EARLIEST_PLAUSIBLE:
        return envelope, "envelope"
    received = _received_date(headers)
    if received is not None:
        return received, "received"
    if header_date is not None and EARLIEST_PLAUSIBLE <= header_date < LATEST_PLAUSIBLE:
        return header_date, "header"
    return None, ""


def _plausible(date: datetime, envelope: datetime | None) -> bool:
    if not EARLIEST_PLAUSIBLE <= date < LATEST_PLAUSIBLE:
        return False
    return envelope is None or date <= envelope + FUTURE_TOLERANCE


def _received_date(headers: Headers) -> datetime | None:
    """Date of the newest ``Received`` header (the one the receiving server added)."""
    text = headers.get("received", "")
    if ";" in text:
        return parse_mail_date(text.rsplit(";", 1)[1])
    return None


def labels(headers: Headers, flags: tuple[str, ...]) -> tuple[str, ...]:
    """Lower-case labels and keywords from Gmail exports, X-Keywords and the source's flags."""
    labels: list[str] = []
    for name in ("x-gmail-labels", "x-keywords", "keywords", "x-label"):
        value = decoded_header(headers, name)
        if value:
            separator = "," if "," in value else None
            labels.extend(p.strip().strip('"') for p in (value.split(separator)))
    labels.extend(flags)
    return tuple(dict.fromkeys(label.lower() for label in labels if label))
