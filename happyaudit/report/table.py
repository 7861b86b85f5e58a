"""The terminal report: a rich table of cases, a summary, and a case's conversation for ``show``.

Mail text is untrusted: it goes into ``rich.text.Text`` (never parsed as markup) after
control characters and bidi overrides are removed.
"""

from __future__ import annotations

import re

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from happyaudit.model import AuditResult, CaseResult, Role, Severity
from happyaudit.timefmt import human_duration

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
STATUS_STYLE = {"open": "bold", "pending": "", "closed": "dim"}
ROLE_STYLE = {Role.CUSTOMER: "bold blue", Role.SUPPORT: "bold green", Role.AUTOMATIC: "dim"}


def safe(text: str, limit: int | None = None) -> str:
    """Mail text made harmless for a terminal: no escapes, control or bidi characters."""
    cleaned = _UNSAFE.sub("", text.replace("\t", " "))
    if limit is not None and len(cleaned) > limit:
        return cleaned[: limit - 1] + "…"
    return cleaned


def render_table(result: AuditResult, summary: dict, console: Console, *, show_all: bool = False) -> None:
    """Print the flagged cases (every case with ``show_all``) and the report's ``summary``."""
    rows = [c for c in sorted(result.cases, key=_order) if show_all or c.findings]
    if rows:
        table = Table(title="Cases" if show_all else "Flagged cases", title_justify="left",
                      box=box.SIMPLE_HEAVY, pad_edge=False, expand=False)
        customer_width, subject_width = _flexible_widths(console.width)
        table.add_column("Case", no_wrap=True, style="dim", min_width=10)
        table.add_column("Customer", no_wrap=True, overflow="ellipsis", width=customer_width)
        table.add_column("Subject", no_wrap=True, overflow="ellipsis", width=subject_width)
        table.add_column("Status", no_wrap=True, min_width=7)
        table.add_column("Msgs", justify="right", no_wrap=True, min_width=4)
        table.add_column("1st resp.", justify="right", no_wrap=True, min_width=9)
        table.add_column("Findings", overflow="fold")
        for case_result in rows:
            table.add_row(
                case_result.case.case_id,
                Text(safe(case_result.case.customer, 60)),
                Text(safe(case_result.case.subject, 120)),
                Text(case_result.status.value, style=STATUS_STYLE[case_result.status.value]),
                str(len(case_result.case.messages)),
                human_duration(case_result.first_response_seconds),
                _findings_cell(case_result),
            )
        console.print(table)
    elif result.cases:
        console.print(Text("No flagged cases.", style="green"))
    render_summary(result, summary, console)


_FIXED_COLUMNS_WIDTH = 10 + 7 + 4 + 9 + 19 + 3 * 6 + 2
"""Case, status, messages, first response and findings, with the gaps between columns."""


def _flexible_widths(console_width: int) -> tuple[int, int]:
    """Widths for the customer and subject columns: what the fixed columns leave, shared."""
    budget = max(20, console_width - _FIXED_COLUMNS_WIDTH)
    customer = min(34, max(10, budget * 2 // 5))
    subject = min(60, max(10, budget - customer))
    return customer, subject


def _findings_cell(case_result: CaseResult) -> Text:
    cell = Text()
    for index, finding in enumerate(case_result.findings):
        if index:
            cell.append("\n")
        cell.append(finding.rule, style=SEVERITY_STYLE[finding.severity])
    return cell


def render_summary(result: AuditResult, summary: dict, console: Console) -> None:
    """The audit's headline figures (the contract's ``summary``), then what was skipped."""
    lines = Text()
    cases = summary["cases"]
    flagged = summary["flagged_cases"]
    rate = f" ({flagged / cases:.0%})" if cases else ""
    lines.append(f"{cases} cases, ")
    lines.append(f"{flagged} flagged{rate}", style="bold red" if flagged else "green")
    statuses = ", ".join(f"{n} {s}" for s, n in summary["cases_by_status"].items())
    if statuses:
        lines.append(f" · {statuses}")
    lines.append("\nMedian first response: ")
    lines.append(human_duration(summary["median_first_response_seconds"]), style="bold")
    lines.append(" · median resolution: ")
    lines.append(human_duration(summary["median_resolution_seconds"]), style="bold")
    for rule, count in summary["findings_by_rule"].items():
        if count:
            lines.append(f"\n  {rule}: {count}")
    if result.skipped:
        lines.append(f"\n{len(result.skipped)} message(s) skipped:", style="yellow")
        for skipped in result.skipped[:10]:
            lines.append(f"\n  {safe(skipped.origin, 80)}: {safe(skipped.reason, 120)}")
        if len(result.skipped) > 10:
            lines.append(f"\n  … and {len(result.skipped) - 10} more (see --format json)")
    if result.duplicates:
        lines.append(f"\n{result.duplicates} duplicate message(s) counted once")
    console.print(Panel(lines, title="Summary", title_align="left", expand=False))


def render_case(case_result: CaseResult, console: Console) -> None:
    """One case's conversation in order, who wrote what, and each finding at its message."""
    case = case_result.case
    header = Text()
    header.append(f"Case {case.case_id}", style="bold")
    header.append(f" · {safe(case.subject, 200)}\n")
    header.append(f"Customer {safe(case.customer, 100)} · status {case_result.status.value}")
    if case_result.closed_by:
        header.append(f" (closed by {case_result.closed_by})")
    header.append(f" · first response {human_duration(case_result.first_response_seconds)}")
    console.print(header)
    by_message: dict[str, list] = {}
    for finding in case_result.findings:
        by_message.setdefault(finding.message_id, []).append(finding)
    notes: dict[str, list[str]] = {}
    for message_id, note in case_result.notes:
        notes.setdefault(message_id, []).append(note)
    for cm in case.messages:
        message = cm.message
        title = Text()
        title.append(cm.role.value, style=ROLE_STYLE[cm.role])
        if message.automatic is not None:
            title.append(f" ({message.automatic.value})", style="dim")
        who = f"{message.from_name} <{message.from_addr}>" if message.from_name else message.from_addr
        title.append(f" · {safe(who, 100)} · {message.date:%Y-%m-%d %H:%M} UTC")
        body = Text(safe(message.new_text.strip()) or "(no new text)")
        extras = Text()
        if message.quoted_lines:
            extras.append(f"\n[{message.quoted_lines} quoted line(s) folded]", style="dim")
        if message.attachments:
            extras.append(f"\nattachments: {safe(', '.join(message.attachments), 200)}", style="dim")
        extras.append(f"\n<{safe(message.message_id, 200)}>", style="dim")
        parts = [body, extras]
        for note in notes.get(message.message_id, []):
            parts.append(Text(f"• {safe(note)}", style="italic"))
        for finding in by_message.get(message.message_id, []):
            flag = Text("⚑ ", style=SEVERITY_STYLE[finding.severity])
            flag.append(finding.rule, style=SEVERITY_STYLE[finding.severity])
            flag.append(f": {safe(finding.detail, 500)}")
            parts.append(flag)
        console.print(Panel(Group(*parts), title=title, title_align="left", border_style=ROLE_STYLE[cm.role]))
    orphans = [f for f in case_result.findings if f.message_id not in case.message_ids]
    for finding in orphans:
        console.print(Padding(Text(f"⚑ {finding.rule}: {safe(finding.detail, 500)}"), (0, 2)))


def _order(case_result: CaseResult) -> tuple:
    first = case_result.opened_at or case_result.case.messages[0].message.date
    return (first, case_result.case.case_id)
