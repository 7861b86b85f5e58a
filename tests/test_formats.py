"""Every report format: parseable by a standard parser, and mail text escaped for its syntax."""

from __future__ import annotations

import csv
import json
import io
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from html.parser import HTMLParser

import pytest

from happyaudit.config import AuditConfig
from happyaudit.pipeline import audit_sources
from happyaudit.report.files import CSV_COLUMNS, to_csv, to_html, to_json, to_junit, to_markdown
from happyaudit.report.records import build_records
from happyaudit.sources import discover
from tests.conftest import SAMPLE_MAILBOX
from tests.mailfactory import raw_mail

AS_OF = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)
HOSTILE_SUBJECT = '=HYPERLINK("http://evil.example","x") | <script>alert(1)</script> **bold** ]]>&'


@pytest.fixture(scope="module")
def sample_records() -> dict:
    result = audit_sources(discover(str(SAMPLE_MAILBOX)), AuditConfig(support_domains=frozenset({"acme.example"})), AS_OF)
    return build_records(result)


@pytest.fixture
def hostile_records(tmp_path) -> dict:
    (tmp_path / "h.eml").write_bytes(raw_mail(
        message_id="h@example.org", sender='"=cmd|\' /C calc\'!A0" <-mallory@example.org>', subject=HOSTILE_SUBJECT,
        date=datetime(2026, 11, 1, tzinfo=timezone.utc)))
    result = audit_sources(discover(str(tmp_path)), AuditConfig(support_domains=frozenset({"acme.example"})), AS_OF)
    records = build_records(result)
    assert records["cases"][0]["findings"], "the hostile case must be flagged to reach every format"
    return records


def test_csv_has_one_row_per_finding(sample_records):
    rows = list(csv.DictReader(io.StringIO(to_csv(sample_records))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == sum(len(c["findings"]) for c in sample_records["cases"])


def test_csv_with_all_lists_clean_cases_too(sample_records):
    rows = list(csv.DictReader(io.StringIO(to_csv(sample_records, show_all=True))))
    assert {r["case_id"] for r in rows} == {c["case_id"] for c in sample_records["cases"]}


def test_csv_cells_cannot_start_a_formula(hostile_records):
    for row in csv.reader(io.StringIO(to_csv(hostile_records))):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert "'=HYPERLINK" in to_csv(hostile_records)


def test_markdown_is_a_summary_and_a_table(sample_records):
    text = to_markdown(sample_records)
    assert text.startswith("## happyaudit report")
    flagged = [c for c in sample_records["cases"] if c["findings"]]
    assert sum(1 for line in text.splitlines() if line.startswith("| `") and "@" in line) == len(flagged)


def test_markdown_table_cells_escape_pipes_markup_and_html(hostile_records):
    text = to_markdown(hostile_records)
    row = next(line for line in text.splitlines() if "mallory" in line)
    assert row.count(" | ") == 5, row
    assert "<script>" not in text and "**bold**" not in text


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_self_contained_with_charts_and_expandable_evidence(sample_records):
    parser = _Collector()
    parser.feed(to_html(sample_records))
    assert parser.tags.count("svg") == 2
    assert "details" in parser.tags and "script" not in parser.tags
    assert "link" not in parser.tags and not any("http" in t for t in parser.text if "acme" not in t and "example" not in t)


def test_html_escapes_mail_text(hostile_records):
    page = to_html(hostile_records)
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags
    assert any("<script>alert(1)</script>" in t for t in parser.text)


def test_junit_has_a_testcase_per_case_and_a_failure_per_finding(sample_records):
    root = ET.fromstring(to_junit(sample_records))
    assert root.tag == "testsuite"
    assert len(root.findall("testcase")) == len(sample_records["cases"])
    assert len(root.findall("testcase/failure")) == sum(len(c["findings"]) for c in sample_records["cases"])


def test_junit_carries_hostile_text_as_data(hostile_records):
    root = ET.fromstring(to_junit(hostile_records))
    assert any(HOSTILE_SUBJECT in case.get("name") for case in root.findall("testcase"))


def test_every_format_has_a_writer_or_is_the_table():
    from happyaudit.report import FILE_WRITERS, OutputFormat

    assert {fmt for fmt in OutputFormat if fmt is not OutputFormat.TABLE} == set(FILE_WRITERS)


@pytest.mark.parametrize("output_format", ["json", "csv", "markdown", "html", "junit"])
def test_written_report_is_the_rendered_report(sample_records: dict, output_format: str):
    from happyaudit.report import OutputFormat, render_text, write_report
    from happyaudit.report.breakdowns import group_cases

    groups = group_cases(sample_records, "agent")
    for options in ({}, {"groups": groups, "group_by": "agent"}):
        handle = io.StringIO()
        write_report(handle, sample_records, OutputFormat(output_format), **options)
        assert handle.getvalue() == render_text(sample_records, OutputFormat(output_format), **options)


@pytest.mark.parametrize("document", [
    {"a": 1, "b": [], "c": {}, "d": [1, [2, {"e": "ü\n\"x\""}]], "f": None, "g": ["x", "y"]},
    {"cases": [{"findings": [], "agents": ["a@b"]}, {"findings": [{"detail": "Wo ist mein Paket?"}]}]},
    {"empty": ""},
])
def test_streamed_json_is_exactly_what_json_dumps_writes(document: dict):
    from happyaudit.report.files import iter_json

    assert "".join(iter_json(document)) == json.dumps(document, indent=2, ensure_ascii=False)


def test_case_records_read_like_the_list_of_dicts_they_stand_for(sample_records: dict):
    cases = sample_records["cases"]
    as_list = list(cases)
    assert len(cases) == len(as_list) and cases == as_list
    assert cases[0] == as_list[0] and cases[-1] == as_list[-1] and cases[1:3] == as_list[1:3]
    assert json.loads(to_json(sample_records))["cases"] == as_list
