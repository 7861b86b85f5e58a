"""Audit settings with the contract's defaults, and parsing of user-written times and durations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from dateutil import parser as dateutil_parser

from happyaudit.errors import ConfigError

if TYPE_CHECKING:
    from happyaudit.businesshours import BusinessHours

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|hours?|d|days?|w|weeks?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


@dataclass(frozen=True)
class AuditConfig:
    """Everything that shapes an audit's judgement; defaults are the report contract's."""

    support_addresses: frozenset[str] = frozenset()
    support_domains: frozenset[str] = frozenset()
    response_target: timedelta = timedelta(hours=24)
    follow_up_window: timedelta = timedelta(days=2)
    close_after: timedelta = timedelta(days=7)
    handoff_limit: int = 2
    subject_window: timedelta = timedelta(days=30)
    since: datetime | None = None
    until: datetime | None = None
    selected_rules: frozenset[str] | None = None
    ignored_rules: frozenset[str] = field(default_factory=frozenset)
    business_hours: BusinessHours | None = None
    """When set, targets count working time only (not yet applied by every rule)."""
    closing_phrases: tuple[str, ...] = ()
    """Extra phrases that close a case when support writes them."""
    closing_tags: tuple[str, ...] = ()
    """Extra subject tags that close a case."""
    severities: dict[str, str] = field(default_factory=dict)
    """Rule name → severity overriding the rule's default."""
    weigh_questions: bool = False
    """Whether each question's verdict is weighed with the rest of its case (see audit/weighing.py): off by
    default, so the contract's rules decide alone."""

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        """Time between two instants as targets count it: working time when business hours are set."""
        if self.business_hours is not None:
            return self.business_hours.elapsed(start, end)
        return max(end - start, timedelta(0))

    def after(self, start: datetime, span: timedelta) -> datetime:
        """When ``span`` of target time has passed after ``start`` (skipping closed hours if set)."""
        if self.business_hours is not None:
            return self.business_hours.add(start, span)
        return start + span

    def settings(self) -> dict:
        """The judgement settings as plain values, for the report and ``show``."""
        return {
            "response_target_seconds": int(self.response_target.total_seconds()),
            "follow_up_window_seconds": int(self.follow_up_window.total_seconds()),
            "close_after_seconds": int(self.close_after.total_seconds()),
            "handoff_limit": self.handoff_limit,
            "business_hours": self.business_hours is not None,
            "weigh_questions": self.weigh_questions,
        }


def parse_duration(text: str, option: str) -> timedelta:
    """``30m``, ``24h``, ``2d``, ``1w`` as a timedelta; anything else is a ``ConfigError``."""
    match = _DURATION.match(text or "")
    if not match:
        raise ConfigError(f"{option}: {text!r} is not a duration (use forms like 90m, 24h, 2d, 1w)")
    amount = float(match.group(1))
    unit = match.group(2)[0].lower()
    return timedelta(seconds=amount * _UNIT_SECONDS[unit])


def parse_moment(text: str, option: str, now: datetime) -> datetime:
    """An ISO date/time or a relative ``7d``/``2w``/``48h`` (before ``now``), as aware UTC.

    A date or time without an offset is taken as UTC so that runs are reproducible
    wherever the CI machine is.
    """
    text = (text or "").strip()
    if _DURATION.match(text):
        return now - parse_duration(text, option)
    try:
        value = dateutil_parser.isoparse(text)
    except (ValueError, OverflowError):
        try:
            value = dateutil_parser.parse(text)
        except (ValueError, OverflowError):
            raise ConfigError(
                f"{option}: {text!r} is not a date (use ISO 8601 like 2026-11-20 or 2026-11-20T17:00+01:00, or 7d)"
            ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)
