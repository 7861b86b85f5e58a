"""Breakdowns: cases grouped by agent, ISO week and customer domain, and each renderer."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rich.console import Console

from happyaudit.errors import ConfigError
from happyaudit.report.breakdowns import (
    NO_REPLY,
    GroupBy,
    group_cases,
    groups_csv,
    groups_markdown,
    groups_records,
    render_groups_table,
)
from happyaudit.report.trend import UNKNOWN

HOUR = 3600


def _case(case_id: str, *, customer: str = "jane@example.org", agents: tuple[str, ...] = ("sam@acme.example",),
          opened_at: str | None = "2026-11-10T09:00:00+00:00", flagged: bool = False,
          first_response: int | None = HOUR, resolution: int | None = None) -> dict:
    findings = [{"rule": "customer-chased", "severity": "warning", "message_id": f"{case_id}@x", "detail": "x"}]
    return {
        "case_id": case_id, "subject": "s", "status": "closed", "customer": customer, "agents": list(agents),
        "message_ids": [f"{case_id}@x"], "opened_at": opened_at, "first_response_seconds": first_response,
        "resolution_seconds": resolution, "findings": findings if flagged else [],
    }


def _records(*cases: dict) -> dict:
    return {"as_of": "2026-11-20T17:00:00+00:00", "summary": {}, "cases": list(cases)}


def _by_group(rows) -> dict:
    return {row.group: row for row in rows}


def test_agent_breakdown_counts_a_case_for_each_agent():
    rows = _by_group(group_cases(_records(
        _case("a", agents=("sam@acme.example", "priya@acme.example"), flagged=True),
        _case("b", agents=("sam@acme.example",)),
    ), "agent"))
    assert (rows["sam@acme.example"].cases, rows["sam@acme.example"].flagged_cases) == (2, 1)
    assert (rows["priya@acme.example"].cases, rows["priya@acme.example"].flagged_cases) == (1, 1)


def test_cases_without_an_agent_are_the_no_reply_group_listed_last():
    rows = group_cases(_records(_case("a", agents=()), _case("b"), _case("c", agents=())), "agent")
    assert [(r.group, r.cases) for r in rows] == [("sam@acme.example", 1), (NO_REPLY, 2)]


def test_week_breakdown_uses_the_utc_iso_week_of_opening_in_time_order():
    rows = group_cases(_records(
        _case("new-year", opened_at="2027-01-01T10:00:00+00:00"),        # a Friday in ISO week 2026-W53
        _case("sunday-utc", opened_at="2026-11-09T00:30:00+02:00"),      # Monday locally, Sunday in UTC
        _case("monday", opened_at="2026-11-09T08:00:00+00:00"),
        _case("unknown", opened_at=None),
    ), "week")
    assert [(r.group, r.cases) for r in rows] == [("2026-W45", 1), ("2026-W46", 1), ("2026-W53", 1), (UNKNOWN, 1)]


def test_customer_domain_breakdown_groups_by_lowercased_domain():
    rows = _by_group(group_cases(_records(
        _case("a", customer="jane@Example.ORG"), _case("b", customer="bob@example.org"),
        _case("c", customer="no-address"), _case("d", customer=""),
    ), "customer-domain"))
    assert rows["example.org"].cases == 2
    assert rows[UNKNOWN].cases == 2


def test_group_figures_are_flagged_rate_and_medians_of_known_times():
    row = group_cases(_records(
        _case("a", flagged=True, first_response=HOUR, resolution=None),
        _case("b", first_response=3 * HOUR, resolution=None),
        _case("c", first_response=None, resolution=None),
        _case("d", flagged=True, first_response=10 * HOUR, resolution=None),
    ), "agent")[0]
    assert (row.cases, row.flagged_cases, row.flagged_rate) == (4, 2, 0.5)
    assert row.median_first_response_seconds == 3 * HOUR
    assert row.median_resolution_seconds is None


def test_groups_come_busiest_first_then_by_name_whatever_the_input_order():
    cases = [_case("1", customer="a@zeta.example"), _case("2", customer="b@alpha.example"),
             _case("3", customer="c@mid.example"), _case("4", customer="d@mid.example")]
    forward = [r.group for r in group_cases(_records(*cases), "customer-domain")]
    backward = [r.group for r in group_cases(_records(*reversed(cases)), "customer-domain")]
    assert forward == backward == ["mid.example", "alpha.example", "zeta.example"]


def test_unknown_group_by_is_a_config_error_naming_the_choices():
    with pytest.raises(ConfigError, match="agent, week, customer-domain"):
        group_cases(_records(_case("a")), "subject")


def test_group_by_enum_matches_the_choices():
    assert [g.value for g in GroupBy] == ["agent", "week", "customer-domain"]


def test_groups_table_shows_mail_text_literally_not_as_markup():
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None)
    rows = group_cases(_records(_case("a", agents=("[bold red]x[/]@evil.example\x1b[2J",))), "agent")
    render_groups_table(rows, console, by="agent")
    text = out.getvalue()
    assert "[bold red]x[/]@evil.example" in text and "\x1b" not in text
    assert "Cases by agent" in text


def test_groups_records_are_json_ready_with_rates_to_four_places():
    rows = group_cases(_records(_case("a", flagged=True), _case("b"), _case("c")), "agent")
    records = json.loads(json.dumps(groups_records(rows)))
    assert records == [{"group": "sam@acme.example", "cases": 3, "flagged_cases": 1, "flagged_rate": 0.3333,
                        "median_first_response_seconds": HOUR, "median_resolution_seconds": None}]


def test_groups_csv_cells_cannot_start_a_formula():
    rows = group_cases(_records(_case("a", customer='x@=cmd|" /C calc"!A0')), "customer-domain")
    table = list(csv.reader(io.StringIO(groups_csv(rows))))
    assert table[0][0] == "group" and table[1][0].startswith("'=")


def test_groups_markdown_escapes_pipes_in_names():
    rows = group_cases(_records(_case("a", agents=("a|b@acme.example",))), "agent")
    row = groups_markdown(rows, by="agent").splitlines()[2]
    assert row.count(" | ") == 5 and "a\\|b" in row


def test_sample_agent_groups_cover_every_case(sample_records):
    rows = group_cases(sample_records, "agent")
    with_agents = sum(1 for c in sample_records["cases"] if c["agents"])
    no_reply = _by_group(rows).get(NO_REPLY)
    assert with_agents + (no_reply.cases if no_reply else 0) == len(sample_records["cases"])
    assert sum(r.cases for r in group_cases(sample_records, "week")) == len(sample_records["cases"])


@pytest.fixture(scope="module")
def sample_records() -> dict:
    from happyaudit.config import AuditConfig
    from happyaudit.pipeline import audit_sources
    from happyaudit.report.records import build_records
    from happyaudit.sources import discover
    from tests.conftest import AS_OF, SAMPLE_MAILBOX

    config = AuditConfig(support_domains=frozenset({"acme.example"}))
    return build_records(audit_sources(discover(str(SAMPLE_MAILBOX)), config, AS_OF))
