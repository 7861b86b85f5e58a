"""Breakdowns, history and trend through the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.conftest import SAMPLE_MAILBOX
from tests.test_cli import invoke

SAMPLE = [str(SAMPLE_MAILBOX), "--support-domain", "acme.example"]


def test_group_by_agent_adds_groups_to_the_json_report():
    report = json.loads(invoke(["audit", *SAMPLE, "--as-of", "2026-11-20T17:00Z", "-f", "json",
                                "--group-by", "agent"]).stdout)
    groups = {g["group"]: g for g in report["groups"]}
    assert "priya@acme.example" in groups and groups["priya@acme.example"]["cases"] >= 1


def test_group_by_week_in_csv_is_one_row_per_week():
    text = invoke(["audit", *SAMPLE, "--as-of", "2026-11-20T17:00Z", "-f", "csv", "--group-by", "week"]).stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and all(row["group"].startswith("2026-W") for row in rows)


def test_group_by_customer_domain_in_markdown_adds_a_table():
    text = invoke(["audit", *SAMPLE, "--as-of", "2026-11-20T17:00Z", "-f", "markdown",
                   "--group-by", "customer-domain"]).stdout
    rows = [line for line in text.splitlines() if line.startswith("|") and "example.org" in line]
    assert any(line.split("|")[1].strip().strip("`") == "example.org" for line in rows), rows


def test_group_by_in_the_table_prints_a_breakdown():
    assert "Cases by agent" in invoke(["audit", *SAMPLE, "--as-of", "2026-11-20T17:00Z", "--group-by", "agent"]).stdout


def test_history_records_each_audit_and_trend_shows_weeks(tmp_path: Path):
    db = tmp_path / "history.db"
    for as_of in ("2026-11-06T17:00Z", "2026-11-13T17:00Z", "2026-11-20T17:00Z"):
        invoke(["audit", *SAMPLE, "--as-of", as_of, "-f", "json", "--history", str(db)])
    output = invoke(["trend", "--history", str(db)]).stdout
    for week in ("2026-W45", "2026-W46", "2026-W47"):
        assert week in output
    assert "Flagged rate" in output


def test_the_html_report_charts_the_trend_when_history_is_kept(tmp_path: Path):
    db = tmp_path / "history.db"
    invoke(["audit", *SAMPLE, "--as-of", "2026-11-13T17:00Z", "-f", "json", "--history", str(db)])
    page = invoke(["audit", *SAMPLE, "--as-of", "2026-11-20T17:00Z", "-f", "html", "--history", str(db)]).stdout
    assert page.count("<svg") == 3


def test_trend_without_recorded_audits_is_exit_2(tmp_path: Path):
    result = invoke(["trend", "--history", str(tmp_path / "missing.db")], expect_code=2)
    assert "missing.db" in result.stderr
