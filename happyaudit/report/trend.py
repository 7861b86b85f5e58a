"""Week-over-week trend of recorded audits: figures per ISO week, direction, and a sparkline.

Pure over ``history.HistoryPoint``s; ``render_trend`` draws it on a Console passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from happyaudit.report.table import safe
from happyaudit.timefmt import human_duration

if TYPE_CHECKING:
    from happyaudit.history import HistoryPoint

UP, DOWN, FLAT = "↑", "↓", "→"
BETTER, WORSE, SAME = "better", "worse", "same"
SPARKS = "▁▂▃▄▅▆▇█"
RATE_TOLERANCE = 0.005
"""A flagged rate moving by less than half a percentage point counts as unchanged."""
TREND_RULE_WEEKS = 8
"""How many recent weeks the per-rule table in the terminal shows."""
UNKNOWN = "(unknown)"
"""A week (or other group) that cannot be known: a case without an opening time."""


@dataclass(frozen=True)
class TrendRow:
    """One ISO week: the figures of its latest audit, and how the flagged rate moved."""

    week: str
    as_of: datetime
    cases: int
    flagged_cases: int
    flagged_rate: float | None
    median_first_response_seconds: int | None
    findings_by_rule: dict[str, int] = field(default_factory=dict)
    direction: str = ""
    """``↑``, ``↓`` or ``→`` for the flagged rate against the previous recorded week; ``""`` for the first."""
    verdict: str = ""
    """``better`` (the flagged rate fell), ``worse`` (it rose), ``same``; ``""`` when not comparable."""


def iso_week(timestamp: str | datetime | None) -> str:
    """The ISO week (``2026-W45``) of a time, in UTC; ``(unknown)`` without one."""
    if timestamp is None:
        return UNKNOWN
    when = datetime.fromisoformat(timestamp) if isinstance(timestamp, str) else timestamp
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    year, week, _ = when.astimezone(timezone.utc).isocalendar()
    return f"{year}-W{week:02d}"


def weekly_trend(points: Sequence[HistoryPoint]) -> list[TrendRow]:
    """One row per ISO week that has an audit, oldest first, each compared with the week before it.

    An audit is a snapshot, so a week with several audits is represented by its latest
    one (figures are never summed across audits). Weeks without an audit are left out,
    and the comparison is with the previous week that has one. A lower flagged rate is
    better.
    """
    latest: dict[str, HistoryPoint] = {}
    for point in sorted(points, key=lambda p: p.as_of):
        latest[iso_week(point.as_of)] = point
    rows: list[TrendRow] = []
    previous: float | None = None
    for week in sorted(latest):
        point = latest[week]
        rate = point.flagged_cases / point.cases if point.cases else None
        direction, verdict = _compare(previous, rate) if rows else ("", "")
        rows.append(TrendRow(
            week=week, as_of=point.as_of, cases=point.cases, flagged_cases=point.flagged_cases,
            flagged_rate=rate, median_first_response_seconds=point.median_first_response_seconds,
            findings_by_rule=dict(point.findings_by_rule), direction=direction, verdict=verdict,
        ))
        previous = rate
    return rows


def _compare(previous: float | None, current: float | None) -> tuple[str, str]:
    if previous is None or current is None:
        return "", ""
    if abs(current - previous) < RATE_TOLERANCE:
        return FLAT, SAME
    return (UP, WORSE) if current > previous else (DOWN, BETTER)


def sparkline(values: Sequence[float | None]) -> str:
    """One block character per value, scaled between the smallest and largest; a gap for ``None``."""
    known = [v for v in values if v is not None]
    if not known:
        return " " * len(values)
    low, high = min(known), max(known)
    span = high - low
    out = []
    for value in values:
        if value is None:
            out.append(" ")
        elif span == 0:
            out.append(SPARKS[len(SPARKS) // 2 - 1])
        else:
            out.append(SPARKS[round((value - low) / span * (len(SPARKS) - 1))])
    return "".join(out)


_VERDICT_STYLE = {BETTER: "green", WORSE: "bold red", SAME: "dim"}
_PHRASE = {BETTER: "better than the week before", WORSE: "worse than the week before",
           SAME: "about the same as the week before"}


def render_trend(rows: Sequence[TrendRow], console: Console) -> None:
    """Print the weekly trend: a table of weeks, findings per rule, and a flagged-rate sparkline."""
    if not rows:
        console.print(Text("No audits recorded yet: record one with --history to start a trend."))
        return
    table = Table(title="Weekly trend", title_justify="left", box=box.SIMPLE_HEAVY, pad_edge=False, expand=False)
    table.add_column("Week", no_wrap=True)
    table.add_column("Audit", no_wrap=True, style="dim")
    table.add_column("Cases", justify="right", no_wrap=True)
    table.add_column("Flagged", justify="right", no_wrap=True)
    table.add_column("Rate", justify="right", no_wrap=True)
    table.add_column("vs prev.", no_wrap=True)
    table.add_column("Median 1st resp.", justify="right", no_wrap=True)
    for row in rows:
        change = Text(f"{row.direction} {row.verdict}".strip() or "—", style=_VERDICT_STYLE.get(row.verdict, ""))
        table.add_row(row.week, f"{row.as_of:%Y-%m-%d %H:%M}", str(row.cases), str(row.flagged_cases),
                      _percent(row.flagged_rate), change, human_duration(row.median_first_response_seconds))
    console.print(table)
    recent = list(rows)[-TREND_RULE_WEEKS:]
    rules = list(dict.fromkeys(rule for row in recent for rule in row.findings_by_rule))
    if rules:
        weeks = recent[0].week if len(recent) == 1 else f"{recent[0].week} to {recent[-1].week}"
        per_rule = Table(title=f"Findings per rule, {weeks}", title_justify="left", box=box.SIMPLE_HEAVY,
                         pad_edge=False, expand=False)
        per_rule.add_column("Rule", no_wrap=True)
        for row in recent:
            per_rule.add_column(row.week[-3:], justify="right", no_wrap=True)
        for rule in rules:
            per_rule.add_row(Text(safe(rule, 40)), *(str(row.findings_by_rule.get(rule, "—")) for row in recent))
        console.print(per_rule)
    line = Text("Flagged rate ")
    line.append(sparkline([row.flagged_rate for row in rows]), style="bold")
    line.append(f"  {_percent(rows[0].flagged_rate)} ({rows[0].week}) → {_percent(rows[-1].flagged_rate)}"
                f" ({rows[-1].week})")
    if rows[-1].verdict:
        line.append(f", {rows[-1].direction} {_PHRASE[rows[-1].verdict]}", style=_VERDICT_STYLE[rows[-1].verdict])
    console.print(line)


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"
