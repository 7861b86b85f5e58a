"""Audit figures per group of cases (agent, ISO week, customer domain), from the contract records.

Pure functions over the JSON report dict, plus renderers for the terminal, JSON, Markdown
and CSV, so every format shows the same groups in the same order.
"""

from __future__ import annotations

import csv
import enum
import io
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from happyaudit.errors import ConfigError
from happyaudit.report.files import _csv_safe, _md
from happyaudit.report.table import safe
from happyaudit.report.trend import UNKNOWN, iso_week
from happyaudit.timefmt import human_duration

NO_REPLY = "(no reply)"
"""The group of cases no human support agent replied to (``--group-by agent``)."""


class GroupBy(str, enum.Enum):
    """What ``--group-by`` can group cases by."""

    AGENT = "agent"
    WEEK = "week"
    CUSTOMER_DOMAIN = "customer-domain"


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One group's figures: how many cases, how many flagged, and the median times."""

    group: str
    cases: int
    flagged_cases: int
    median_first_response_seconds: int | None
    median_resolution_seconds: int | None

    @property
    def flagged_rate(self) -> float:
        """Share of the group's cases with at least one finding (0.0 to 1.0)."""
        return self.flagged_cases / self.cases if self.cases else 0.0


def group_cases(records: dict, by: str) -> list[GroupRow]:
    """The report's cases grouped ``by`` agent, ISO week of opening, or customer domain.

    A case counts once for every agent in its ``agents`` (so agent rows can add up to
    more than the case total); cases no agent replied to form the ``(no reply)`` group.
    Weeks are ISO weeks of ``opened_at`` in UTC (``2026-W45``) in time order; agents and
    domains come busiest first, then by name. Placeholder groups come last.
    """
    try:
        key = GroupBy(by)
    except ValueError:
        choices = ", ".join(g.value for g in GroupBy)
        raise ConfigError(f"cannot group by {by!r}: choose one of {choices}") from None
    groups: dict[str, list[dict]] = {}
    for case in records["cases"]:
        for name in _group_names(case, key):
            groups.setdefault(name, []).append(case)
    rows = [_row(name, cases) for name, cases in groups.items()]
    placeholder = (NO_REPLY, UNKNOWN)
    if key is GroupBy.WEEK:
        rows.sort(key=lambda r: (r.group in placeholder, r.group))
    else:
        rows.sort(key=lambda r: (r.group in placeholder, -r.cases, r.group))
    return rows


def _group_names(case: dict, key: GroupBy) -> Iterable[str]:
    if key is GroupBy.AGENT:
        # dict.fromkeys: a case lists each agent once, but be safe against repeats.
        return list(dict.fromkeys(case.get("agents") or ())) or [NO_REPLY]
    if key is GroupBy.WEEK:
        return [iso_week(case.get("opened_at"))]
    return [customer_domain(case.get("customer") or "")]


def customer_domain(address: str) -> str:
    """The lower-cased domain of a customer address; ``(unknown)`` when it has none."""
    _, at, domain = address.strip().strip("<>").rpartition("@")
    domain = domain.strip().lower()
    return domain if at and domain else UNKNOWN


def _row(name: str, cases: list[dict]) -> GroupRow:
    return GroupRow(
        group=name,
        cases=len(cases),
        flagged_cases=sum(1 for c in cases if c["findings"]),
        median_first_response_seconds=_median(c.get("first_response_seconds") for c in cases),
        median_resolution_seconds=_median(c.get("resolution_seconds") for c in cases),
    )


def _median(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return int(statistics.median(known)) if known else None


def groups_records(rows: Sequence[GroupRow]) -> list[dict]:
    """The groups for the JSON report (a ``groups`` sibling of ``summary``); rates to 4 places."""
    return [
        {
            "group": row.group,
            "cases": row.cases,
            "flagged_cases": row.flagged_cases,
            "flagged_rate": round(row.flagged_rate, 4),
            "median_first_response_seconds": row.median_first_response_seconds,
            "median_resolution_seconds": row.median_resolution_seconds,
        }
        for row in rows
    ]


_HEADINGS = {GroupBy.AGENT: "Agent", GroupBy.WEEK: "Week", GroupBy.CUSTOMER_DOMAIN: "Customer domain"}


def render_groups_table(rows: Sequence[GroupRow], console: Console, *, by: str | None = None) -> None:
    """Print the groups as a rich table; group names are mail text, shown as plain Text."""
    if not rows:
        console.print(Text("No cases to group.", style="green"))
        return
    heading = _HEADINGS[GroupBy(by)] if by else "Group"
    table = Table(title=f"Cases by {heading.lower()}", title_justify="left", box=box.SIMPLE_HEAVY,
                  pad_edge=False, expand=False)
    table.add_column(heading, no_wrap=True, overflow="ellipsis", max_width=48)
    table.add_column("Cases", justify="right", no_wrap=True)
    table.add_column("Flagged", justify="right", no_wrap=True)
    table.add_column("Rate", justify="right", no_wrap=True)
    table.add_column("Median 1st resp.", justify="right", no_wrap=True)
    table.add_column("Median resolution", justify="right", no_wrap=True)
    for row in rows:
        table.add_row(
            Text(safe(row.group, 80)),
            str(row.cases),
            Text(str(row.flagged_cases), style="bold red" if row.flagged_cases else "green"),
            f"{row.flagged_rate:.0%}",
            human_duration(row.median_first_response_seconds),
            human_duration(row.median_resolution_seconds),
        )
    console.print(table)


def groups_markdown(rows: Sequence[GroupRow], *, by: str | None = None) -> str:
    """The groups as a Markdown table (for a CI job summary), group names escaped."""
    heading = _HEADINGS[GroupBy(by)] if by else "Group"
    lines = [f"| {heading.lower()} | cases | flagged | rate | median first response | median resolution |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    lines += [
        f"| {_md(row.group)} | {row.cases} | {row.flagged_cases} | {row.flagged_rate:.0%} | "
        f"{human_duration(row.median_first_response_seconds)} | {human_duration(row.median_resolution_seconds)} |"
        for row in rows
    ]
    return "\n".join(lines) + "\n"


GROUP_CSV_COLUMNS = ("group", "cases", "flagged_cases", "flagged_rate",
                     "median_first_response_seconds", "median_resolution_seconds")


def groups_csv(rows: Sequence[GroupRow]) -> str:
    """The groups as CSV, one row per group; a name cannot start a spreadsheet formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(GROUP_CSV_COLUMNS)
    for record in groups_records(rows):
        writer.writerow([_csv_safe(record["group"])] + [
            "" if record[column] is None else record[column] for column in GROUP_CSV_COLUMNS[1:]])
    return out.getvalue()
