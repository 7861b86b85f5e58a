"""Business time: how much of an interval falls inside the team's working hours.

A reply on Monday 09:30 to a mail from Friday 18:00 took 30 business minutes, not 63.5
hours; every target (response, follow-up, close-after) is measured on this clock when
business hours are configured.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from happyaudit.errors import ConfigError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class BusinessHours:
    """Working days, daily opening hours, a time zone and holidays."""

    days: frozenset[int]
    """Weekday numbers, Monday = 0."""
    start: time
    end: time
    zone: tzinfo
    holidays: frozenset[date] = frozenset()

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        """Working time between two aware instants (zero if ``end`` is not after ``start``)."""
        if end <= start:
            return timedelta(0)
        local_start, local_end = start.astimezone(self.zone), end.astimezone(self.zone)
        total = timedelta(0)
        day = local_start.date()
        while day <= local_end.date():
            if day.weekday() in self.days and day not in self.holidays:
                opens = datetime.combine(day, self.start, self.zone)
                closes = datetime.combine(day, self.end, self.zone)
                overlap = min(closes, local_end) - max(opens, local_start)
                if overlap > timedelta(0):
                    total += overlap
            day += timedelta(days=1)
        return total

    def add(self, start: datetime, amount: timedelta) -> datetime:
        """The instant when ``amount`` of working time has passed after ``start``."""
        remaining = amount
        cursor = start.astimezone(self.zone)
        for _ in range(3660):  # ten years of days: a bound, not a limit anyone reaches
            day = cursor.date()
            if day.weekday() in self.days and day not in self.holidays:
                opens = datetime.combine(day, self.start, self.zone)
                closes = datetime.combine(day, self.end, self.zone)
                begin = max(opens, cursor)
                if begin < closes:
                    available = closes - begin
                    if remaining <= available:
                        return (begin + remaining).astimezone(timezone.utc)
                    remaining -= available
            cursor = datetime.combine(day + timedelta(days=1), time(0), self.zone)
        raise ConfigError("business hours: no working time found within ten years (check days and holidays)")


def parse_business_hours(settings: dict, key: str = "business_hours") -> BusinessHours:
    """Business hours from config settings: ``days``, ``hours``, ``timezone``, ``holidays``.

    Example: ``{days = ["mon", "tue", "wed", "thu", "fri"], hours = "09:00-17:30",
    timezone = "Europe/Berlin", holidays = ["2026-12-25"]}``.
    """
    unknown = set(settings) - {"days", "hours", "timezone", "holidays"}
    if unknown:
        raise ConfigError(f"{key}.{sorted(unknown)[0]}: unknown setting (expected days, hours, timezone, holidays)")
    days_setting = settings.get("days", ["mon", "tue", "wed", "thu", "fri"])
    if not isinstance(days_setting, list) or not days_setting:
        raise ConfigError(f"{key}.days: expected a list such as [\"mon\", \"tue\"]")
    days = set()
    for name in days_setting:
        if not isinstance(name, str) or name.strip().lower()[:3] not in WEEKDAYS:
            raise ConfigError(f"{key}.days: {name!r} is not a weekday (mon … sun)")
        days.add(WEEKDAYS.index(name.strip().lower()[:3]))
    hours = settings.get("hours", "09:00-17:00")
    try:
        opening, closing = (time.fromisoformat(part.strip()) for part in str(hours).split("-"))
    except ValueError:
        raise ConfigError(f"{key}.hours: {hours!r} is not a range like \"09:00-17:00\"") from None
    if closing <= opening:
        raise ConfigError(f"{key}.hours: {hours!r} closes before it opens")
    zone_name = settings.get("timezone", "UTC")
    try:
        zone = ZoneInfo(str(zone_name))
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{key}.timezone: {zone_name!r} is not a known time zone (e.g. Europe/Berlin)") from None
    holidays = set()
    for value in settings.get("holidays", []):
        try:
            holidays.add(value if isinstance(value, date) else date.fromisoformat(str(value)))
        except ValueError:
            raise ConfigError(f"{key}.holidays: {value!r} is not a date like 2026-12-25") from None
    return BusinessHours(frozenset(days), opening, closing, zone, frozenset(holidays))
