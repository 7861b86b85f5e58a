"""Business time: targets measured in working hours when the team configures them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from happyaudit.businesshours import parse_business_hours
from happyaudit.errors import ConfigError

BERLIN_WEEK = parse_business_hours({"days": ["mon", "tue", "wed", "thu", "fri"], "hours": "09:00-17:00",
                                    "timezone": "Europe/Berlin", "holidays": ["2026-12-25"]})


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def test_friday_evening_to_monday_morning_is_half_an_hour_of_business_time():
    friday_evening = utc(2026, 11, 20, 17, 0)   # 18:00 in Berlin, after closing
    monday_morning = utc(2026, 11, 23, 8, 30)   # 09:30 in Berlin
    assert BERLIN_WEEK.elapsed(friday_evening, monday_morning) == timedelta(minutes=30)


def test_time_within_one_working_day_counts_fully():
    assert BERLIN_WEEK.elapsed(utc(2026, 11, 18, 9, 0), utc(2026, 11, 18, 12, 0)) == timedelta(hours=3)


def test_holidays_do_not_count():
    christmas_eve_close = utc(2026, 12, 24, 16, 0)  # 17:00 Berlin, Thursday
    after_christmas = utc(2026, 12, 28, 9, 0)       # Monday 10:00 Berlin; Friday 25th is a holiday
    assert BERLIN_WEEK.elapsed(christmas_eve_close, after_christmas) == timedelta(hours=1)


def test_adding_business_time_skips_the_weekend():
    friday_afternoon = utc(2026, 11, 20, 15, 0)     # 16:00 Berlin
    assert BERLIN_WEEK.add(friday_afternoon, timedelta(hours=2)) == utc(2026, 11, 23, 9, 0)  # Mon 10:00 Berlin


def test_adding_and_measuring_agree():
    start = utc(2026, 11, 19, 14, 17)
    end = BERLIN_WEEK.add(start, timedelta(hours=11, minutes=5))
    assert BERLIN_WEEK.elapsed(start, end) == timedelta(hours=11, minutes=5)


@pytest.mark.parametrize("settings, key", [
    ({"days": ["funday"]}, "business_hours.days"),
    ({"hours": "9 to 5"}, "business_hours.hours"),
    ({"hours": "17:00-09:00"}, "business_hours.hours"),
    ({"timezone": "Mars/Olympus"}, "business_hours.timezone"),
    ({"holidays": ["Christmas"]}, "business_hours.holidays"),
    ({"lunch": "12:00-13:00"}, "business_hours.lunch"),
])
def test_bad_business_hours_name_the_key(settings, key):
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        parse_business_hours(settings)


def test_holidays_accept_toml_dates():
    hours = parse_business_hours({"holidays": [date(2026, 12, 25)]})
    assert date(2026, 12, 25) in hours.holidays
