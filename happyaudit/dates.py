"""Lenient parsing of the dates found in mail headers and mbox ``From `` lines, always as aware UTC."""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser

# Zone abbreviations seen in real Date headers that dateutil does not know by itself.
ZONE_ABBREVIATIONS = {
    name: int(offset * 3600) for name, offset in {
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
        "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "CET": 1, "CEST": 2, "MET": 1, "MEST": 2,
        "EET": 2, "EEST": 3, "BST": 1, "IST": 5.5, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
    }.items()
}


def as_utc(value: datetime) -> datetime:
    """Aware UTC; a naive time (``-0000``, an unknown zone) is taken as UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def parse_mail_date(text: str) -> datetime | None:
    """An RFC 5322 date, or a sloppy one: the stdlib first, dateutil as the fallback."""
    text = text.strip()
    if not text:
        return None
    try:
        return as_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return as_utc(dateutil_parser.parse(text[:200], fuzzy=True, tzinfos=ZONE_ABBREVIATIONS))
    except (ValueError, OverflowError, TypeError):
        return None


def parse_from_line_date(line: bytes) -> datetime | None:
    """The delivery date on an mbox ``From sender Thu Nov  5 09:14:00 2026`` line."""
    parts = line.decode("ascii", errors="replace").split(None, 2)
    return parse_mail_date(parts[2]) if len(parts) == 3 else None
