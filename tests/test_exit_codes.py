"""Every exit code the README documents, pinned: 0 ok, 1 threshold, 2 usage/input, 3 source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from happyaudit.errors import ExitCode
from tests.conftest import SAMPLE_MAILBOX
from tests.test_cli import invoke

SAMPLE = [str(SAMPLE_MAILBOX), "--as-of", "2026-11-20T17:00:00Z", "--support-domain", "acme.example"]


def test_exit_0_when_the_audit_ran_whatever_it_found():
    assert invoke(["audit", *SAMPLE, "-f", "json"], expect_code=ExitCode.OK).stdout


def test_exit_1_when_a_fail_on_rule_has_findings():
    result = invoke(["audit", *SAMPLE, "-f", "json", "--fail-on", "awaiting-reply"], expect_code=ExitCode.THRESHOLD)
    assert "threshold crossed: 2 awaiting-reply finding(s)" in result.stderr
    json.loads(result.stdout)


def test_exit_0_when_fail_on_rules_have_no_findings():
    invoke(["audit", *SAMPLE, "-f", "json", "--ignore", "awaiting-reply", "--fail-on", "awaiting-reply"],
           expect_code=ExitCode.OK)


def test_exit_1_when_the_flagged_rate_is_above_the_limit():
    result = invoke(["audit", *SAMPLE, "-f", "json", "--max-flagged-rate", "0.10"], expect_code=ExitCode.THRESHOLD)
    assert "above --max-flagged-rate 0.1" in result.stderr


def test_exit_0_when_the_flagged_rate_is_within_the_limit():
    invoke(["audit", *SAMPLE, "-f", "json", "--max-flagged-rate", "0.9"], expect_code=ExitCode.OK)


@pytest.mark.parametrize("args", [
    ["audit", "no/such/mailbox"],
    ["audit", str(SAMPLE_MAILBOX), "--fail-on", "no-such-rule"],
    ["audit", str(SAMPLE_MAILBOX), "--select", "typo-rule"],
    ["audit", str(SAMPLE_MAILBOX), "--max-flagged-rate", "1.5"],
    ["audit", str(SAMPLE_MAILBOX), "--as-of", "someday"],
    ["audit", str(SAMPLE_MAILBOX), "--format", "pdf"],
    ["show", "0000000000", str(SAMPLE_MAILBOX)],
], ids=["missing-path", "unknown-fail-on-rule", "unknown-select-rule", "rate-out-of-range", "bad-as-of",
        "unknown-format", "unknown-case"])
def test_exit_2_on_usage_or_input_errors(args):
    invoke(args, expect_code=ExitCode.USAGE)


def test_exit_3_when_strict_and_a_message_was_skipped(tmp_path: Path):
    from tests.mailfactory import raw_mail

    (tmp_path / "a.eml").write_bytes(raw_mail(message_id="a@example.org", sender="jane@example.org"))
    (tmp_path / "b.eml").write_bytes(raw_mail(message_id="b@example.org", sender="jane@example.org", date=None))
    invoke(["audit", str(tmp_path), "--strict"], expect_code=ExitCode.SOURCE)


def test_unknown_rule_error_names_the_rule_and_the_option():
    result = invoke(["audit", str(SAMPLE_MAILBOX), "--fail-on", "unanswered-question,no-such-rule"],
                    expect_code=ExitCode.USAGE)
    assert "--fail-on: unknown rule 'no-such-rule'" in result.stderr


def test_select_runs_only_the_named_rules():
    report = json.loads(invoke(["audit", *SAMPLE, "-f", "json", "--select", "reopened,many-handoffs"]).stdout)
    assert list(report["summary"]["findings_by_rule"]) == ["reopened", "many-handoffs"]
    assert {f["rule"] for c in report["cases"] for f in c["findings"]} == {"reopened", "many-handoffs"}


@pytest.mark.parametrize("name, marker", [
    ("report.json", '"schema_version": 1'), ("report.csv", "case_id,customer,subject"),
    ("report.md", "## happyaudit report"), ("report.html", "<!DOCTYPE html>"), ("report.xml", "<testsuite"),
    ("report.txt", "Summary"),
])
def test_output_extension_chooses_the_format(tmp_path: Path, name: str, marker: str):
    target = tmp_path / name
    invoke(["audit", *SAMPLE, "-o", str(target)])
    assert marker in target.read_text(encoding="utf-8")


def test_explicit_format_beats_the_output_extension(tmp_path: Path):
    target = tmp_path / "report.txt"
    invoke(["audit", *SAMPLE, "-o", str(target), "-f", "json"])
    json.loads(target.read_text(encoding="utf-8"))
