"""Machine and shareable report formats, each built from the contract records and escaped for its syntax.

Every writer takes the dict from ``records.build_records`` so all formats agree.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from happyaudit.report.charts import bar_chart_svg, histogram_svg, trend_chart_svg
from happyaudit.report.jsontext import dumps_indented
from happyaudit.report.trend import weekly_trend
from happyaudit.timefmt import human_duration

if TYPE_CHECKING:
    from happyaudit.history import HistoryPoint

CSV_COLUMNS = (
    "case_id", "customer", "subject", "status", "opened_at", "first_response_seconds",
    "resolution_seconds", "agents", "rule", "severity", "message_id", "detail",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def to_json(records: dict, *, show_all: bool = False) -> str:
    """The JSON report exactly as ``../shared/report-contract.md`` defines it."""
    return "".join(iter_json(records)) + "\n"


def iter_json(document: dict) -> Iterator[str]:
    """``json.dumps(document, indent=2, ensure_ascii=False)`` in pieces, a list element at a time.

    The stdlib encoder cannot stream from a lazy sequence (the report's case records), so
    each top-level value and each list element is encoded on its own and indented to its
    depth; JSON strings hold no raw newline, so re-indenting lines is exact.
    """
    yield "{"
    separator = "\n  "
    for key, value in document.items():
        yield f"{separator}{json.dumps(key, ensure_ascii=False)}: "
        separator = ",\n  "
        if isinstance(value, Sequence) and not isinstance(value, (str, tuple)) and value:
            element_separator = "[\n    "
            for element in value:
                yield element_separator + _json_at_depth(element, "    ")
                element_separator = ",\n    "
            yield "\n  ]"
        else:
            yield _json_at_depth(list(value) if isinstance(value, Sequence) and not isinstance(value, str) else value,
                                 "  ")
    yield "\n}" if document else "}"


def _json_at_depth(value, indent: str) -> str:
    return dumps_indented(value, indent)


def to_csv(records: dict, *, show_all: bool = False) -> str:
    """One row per finding with its case's columns; with ``show_all`` clean cases get a row too.

    Cells a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) are
    prefixed with ``'`` so a hostile subject cannot execute anything.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for case in records["cases"]:
        base = [
            case["case_id"], case["customer"], case["subject"], case["status"], case["opened_at"] or "",
            _cell(case["first_response_seconds"]), _cell(case["resolution_seconds"]), ";".join(case["agents"]),
        ]
        if case["findings"]:
            for finding in case["findings"]:
                writer.writerow([_csv_safe(v) for v in base + [
                    finding["rule"], finding["severity"], finding["message_id"], finding["detail"]]])
        elif show_all:
            writer.writerow([_csv_safe(v) for v in base + ["", "", "", ""]])
    return out.getvalue()


def _cell(value) -> str:
    return "" if value is None else str(value)


def _csv_safe(value: str) -> str:
    text = _CONTROL.sub("", str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_markdown(records: dict, *, show_all: bool = False) -> str:
    """A summary and a table of flagged cases, fit for a CI job summary or a pull-request comment."""
    summary = records["summary"]
    cases = summary["cases"]
    flagged = summary["flagged_cases"]
    lines = [
        "## happyaudit report",
        "",
        f"Audit as of {records['as_of']} · {cases} cases · **{flagged} flagged**"
        + (f" ({flagged / cases:.0%})" if cases else ""),
        "",
        f"Median first response: {human_duration(summary['median_first_response_seconds'])} · "
        f"median resolution: {human_duration(summary['median_resolution_seconds'])}",
        "",
        "| rule | findings |",
        "| --- | ---: |",
    ]
    lines += [f"| `{rule}` | {count} |" for rule, count in summary["findings_by_rule"].items()]
    rows = [c for c in records["cases"] if show_all or c["findings"]]
    if rows:
        lines += ["", "| case | customer | subject | status | first response | findings |",
                  "| --- | --- | --- | --- | ---: | --- |"]
        for case in rows:
            findings = "<br>".join(
                f"**{finding['rule']}**: {_md(finding['detail'])}" for finding in case["findings"]
            ) or "—"
            lines.append(
                f"| `{case['case_id']}` | {_md(case['customer'])} | {_md(case['subject'])} | {case['status']} | "
                f"{human_duration(case['first_response_seconds'])} | {findings} |"
            )
    if records.get("skipped"):
        lines += ["", f"{len(records['skipped'])} message(s) skipped:", ""]
        lines += [f"- {_md(s['origin'])}: {_md(s['reason'])}" for s in records["skipped"][:50]]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Mail text inside a Markdown table cell: no markup, no HTML, no line breaks, no pipes."""
    text = _CONTROL.sub("", " ".join(str(text).split()))
    text = html.escape(text, quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def to_junit(records: dict, *, show_all: bool = False) -> str:
    """JUnit XML: one testcase per case and a failure per finding, for CI dashboards."""
    suite = ET.Element("testsuite", {
        "name": "happyaudit",
        "tests": str(len(records["cases"])),
        "failures": str(sum(1 for c in records["cases"] if c["findings"])),
        "errors": "0",
        "skipped": str(len(records.get("skipped", []))),
        "timestamp": records["as_of"] or "",
    })
    for case in records["cases"]:
        testcase = ET.SubElement(suite, "testcase", {
            "classname": f"happyaudit.{_xml(case['customer'])}",
            "name": _xml(f"{case['case_id']} {case['subject']}"),
        })
        for finding in case["findings"]:
            failure = ET.SubElement(testcase, "failure", {
                "type": finding["rule"],
                "message": _xml(f"{finding['rule']}: {finding['detail']}"),
            })
            failure.text = _xml(
                f"{finding['severity']} in message <{finding['message_id']}>: {finding['detail']}"
            )
    for skipped in records.get("skipped", []):
        testcase = ET.SubElement(suite, "testcase", {"classname": "happyaudit.skipped",
                                                     "name": _xml(skipped["origin"])})
        ET.SubElement(testcase, "skipped", {"message": _xml(skipped["reason"])})
    ET.indent(suite)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


def _trend_section(history: Sequence[HistoryPoint] | None) -> str:
    """The HTML trend section; empty without history, so the page is unchanged."""
    if not history:
        return ""
    rows = weekly_trend(history)
    latest = rows[-1]
    rate = f"{latest.flagged_rate:.0%}" if latest.flagged_rate is not None else "—"
    change = ""
    if latest.verdict:
        comparison = "about the same as" if latest.verdict == "same" else f"{latest.verdict} than"
        change = f" ({latest.direction} {comparison} {rows[-2].week})"
    return (
        f"\n<h2>Trend</h2>\n<p class=meta>{len(rows)} week(s) recorded · {html.escape(latest.week)}: "
        f"{rate} of {latest.cases} cases flagged{html.escape(change)}</p>\n"
        f"<div class=charts>{trend_chart_svg(rows)}</div>"
    )


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(text: str) -> str:
    """Text XML 1.0 can carry; ElementTree escapes markup but not these characters."""
    return _XML_INVALID.sub("", str(text))


def to_html(records: dict, *, show_all: bool = False, history: Sequence[HistoryPoint] | None = None) -> str:
    """One self-contained page to share: figures, inline SVG charts, and cases whose evidence expands.

    With ``history`` (recorded audits, usually including this one: record it first), a
    trend section charts the flagged rate week by week.
    """
    summary = records["summary"]
    esc = html.escape
    rows = [c for c in records["cases"] if show_all or c["findings"]]
    rule_chart = bar_chart_svg(
        [(rule, count) for rule, count in summary["findings_by_rule"].items()], title="Findings per rule"
    )
    response_chart = histogram_svg(
        [c["first_response_seconds"] for c in records["cases"] if c["first_response_seconds"] is not None],
        title="First response time",
    )
    case_rows = []
    for case in rows:
        evidence = "".join(
            f'<li class="{esc(f["severity"])}"><strong>{esc(f["rule"])}</strong>: {esc(f["detail"])}'
            f' <code>&lt;{esc(f["message_id"])}&gt;</code></li>'
            for f in case["findings"]
        ) or "<li>no findings</li>"
        rules = ", ".join(esc(f["rule"]) for f in case["findings"]) or "—"
        case_rows.append(
            "<tr>"
            f"<td><code>{esc(case['case_id'])}</code></td><td>{esc(case['customer'])}</td>"
            f"<td>{esc(case['status'])}</td>"
            f"<td class=num>{esc(human_duration(case['first_response_seconds']))}</td>"
            f"<td><details><summary>{esc(case['subject'])} — {rules}</summary><ul>{evidence}</ul>"
            f"<p class=meta>{len(case['message_ids'])} messages · agents: {esc(', '.join(case['agents']) or '—')}</p>"
            "</details></td></tr>"
        )
    cases_total = summary["cases"]
    flagged = summary["flagged_cases"]
    rate = f"{flagged / cases_total:.0%}" if cases_total else "—"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>happyaudit report {esc(records['as_of'] or '')}</title>
<style>
body{{font-family:system-ui,sans-serif;margin:2rem;color:#1d2330;max-width:72rem}}
.figures{{display:flex;gap:1rem;flex-wrap:wrap}} .figure{{border:1px solid #d8dce5;border-radius:8px;padding:.8rem 1.2rem}}
.figure b{{display:block;font-size:1.6rem}} .charts{{display:flex;gap:2rem;flex-wrap:wrap;margin:1.5rem 0}}
table{{border-collapse:collapse;width:100%}} td,th{{border-bottom:1px solid #e3e6ec;padding:.4rem;text-align:left;vertical-align:top}}
.num{{text-align:right}} li.error strong{{color:#b3261e}} li.warning strong{{color:#9a6700}} li.info strong{{color:#0b6bcb}}
.meta{{color:#5b6272;font-size:.9em}} summary{{cursor:pointer}}
</style></head><body>
<h1>Support audit</h1>
<p class=meta>As of {esc(records['as_of'] or '')} · sources: {esc(', '.join(records['sources']))}</p>
<div class=figures>
<div class=figure><b>{cases_total}</b>cases</div>
<div class=figure><b>{flagged}</b>flagged ({rate})</div>
<div class=figure><b>{esc(human_duration(summary['median_first_response_seconds']))}</b>median first response</div>
<div class=figure><b>{esc(human_duration(summary['median_resolution_seconds']))}</b>median resolution</div>
</div>
<div class=charts>{rule_chart}{response_chart}</div>{_trend_section(history)}
<h2>{'Cases' if show_all else 'Flagged cases'}</h2>
<table><thead><tr><th>Case</th><th>Customer</th><th>Status</th><th>First response</th><th>Subject and evidence</th></tr></thead>
<tbody>{''.join(case_rows) or '<tr><td colspan=5>No flagged cases.</td></tr>'}</tbody></table>
</body></html>
"""
