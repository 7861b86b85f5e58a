"""Mail dates read by the one-regex path for the common shapes are exactly what the stdlib reads.

``parse_mail_date`` takes ``Tue, 23 Jun 2026 13:52:56 -0400`` and mbox ``From `` line dates
(``Tue Jun 23 17:53:03 2026``) without the stdlib's general parser; for every such text, valid
or not, the result must be the stdlib's (``as_utc(parsedate_to_datetime(...))``, or its
fallback), value and zone alike.
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser
from hypothesis import given
from hypothesis import strategies as st

from happyaudit import dates
from happyaudit.dates import (
    ZONE_ABBREVIATIONS,
    as_utc,
    parse_from_line_date,
    parse_mail_date,
)

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _without_fast_path(text: str):
    """What ``parse_mail_date`` gives without its fast path: the stdlib, then dateutil."""
    text = text.strip()
    try:
        return as_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return as_utc(dateutil_parser.parse(text[:200], fuzzy=True, tzinfos=ZONE_ABBREVIATIONS))
    except (ValueError, OverflowError, TypeError):
        return None


def _same(text: str) -> None:
    got, expected = parse_mail_date(text), _without_fast_path(text)
    assert got == expected, text
    if got is not None:
        assert got.tzinfo is timezone.utc and expected.tzinfo is timezone.utc, text


two_digits = st.integers(0, 99).map(lambda n: f"{n:02d}")


@given(
    day_name=st.sampled_from(("", *[f"{d}, " for d in DAYS])),
    day=st.integers(0, 40).map(str) | two_digits,
    month=st.sampled_from(MONTHS),
    year=st.integers(1000, 9999),
    hour=two_digits, minute=two_digits, second=two_digits,
    sign=st.sampled_from("+-"),
    zone=st.integers(0, 2500).map(lambda n: f"{n:04d}") | st.sampled_from(("0000", "2359", "2400", "0099")),
    comment=st.sampled_from(("", " (UTC)", " (EDT)  x", "  ")),
)
def test_rfc_5322_dates_read_as_the_stdlib_reads_them(day_name, day, month, year, hour, minute, second,
                                                       sign, zone, comment):
    _same(f"{day_name}{day} {month} {year} {hour}:{minute}:{second} {sign}{zone}{comment}")


@given(
    day_name=st.sampled_from(DAYS), month=st.sampled_from(MONTHS),
    day=st.integers(0, 40), pad=st.sampled_from((" ", "  ")),
    year=st.integers(1000, 9999), hour=two_digits, minute=two_digits, second=two_digits,
)
def test_from_line_dates_read_as_the_stdlib_reads_them(day_name, month, day, pad, year, hour, minute, second):
    _same(f"{day_name} {month}{pad}{day} {hour}:{minute}:{second} {year}")


def test_a_from_line_date_is_the_delivery_time_in_utc():
    moment = parse_from_line_date(b"From jane@example.org Tue Jun 23 17:53:03 2026")
    assert moment == as_utc(parsedate_to_datetime("Tue Jun 23 17:53:03 2026"))
    assert moment.tzinfo is timezone.utc


def test_a_date_outside_the_common_shapes_still_takes_the_stdlib_then_dateutil():
    for text in ("23 Jun 2026 13:52:56 GMT", "tue, 23 jun 2026 13:52:56 +0000", "2026-06-23T13:52:56Z",
                 "Tue, 23 Jun 26 13:52:56 +0000", "Tuesday 23 June 2026 1:52 pm"):
        assert dates._common_date(text) is None
        _same(text)


def test_an_impossible_common_date_falls_back_instead_of_failing():
    assert dates._common_date("Tue, 31 Feb 2026 13:52:56 +0000") is None
    assert dates._common_date("Tue, 23 Jun 2026 13:52:56 +2400") is None


def test_an_unknown_zone_name_is_read_as_utc_without_a_warning(recwarn):
    assert parse_mail_date("2026-11-03 10:00 C") == datetime(2026, 11, 3, 10, 0, tzinfo=timezone.utc)
    assert not recwarn.list
