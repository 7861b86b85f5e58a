"""The bundled demo mailbox: golden reports at a fixed audit time, and what each case must show."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from happyaudit.cli import app
from tests.conftest import ROOT, SAMPLE_MAILBOX

GOLDEN = ROOT / "tests" / "golden"
AS_OF = "2026-11-20T17:00:00Z"


def _audit(*extra: str) -> str:
    result = CliRunner().invoke(app, ["audit", str(SAMPLE_MAILBOX.relative_to(ROOT)), "--as-of", AS_OF, *extra])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _compare(name: str, text: str, update: bool) -> None:
    path = GOLDEN / name
    if update:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; rerun with --update-golden if intended"


def test_sample_json_report_matches_the_golden_file(update_golden: bool, monkeypatch):
    monkeypatch.chdir(ROOT)
    _compare("sample.json", _audit("--format", "json"), update_golden)


@pytest.mark.parametrize("fmt, name", [("csv", "sample.csv"), ("markdown", "sample.md"),
                                       ("html", "sample.html"), ("junit", "sample.junit.xml")])
def test_sample_report_in_each_format_matches_its_golden_file(fmt: str, name: str, update_golden: bool, monkeypatch):
    monkeypatch.chdir(ROOT)
    _compare(name, _audit("--format", fmt), update_golden)


def test_sample_table_matches_the_golden_file(update_golden: bool, monkeypatch):
    monkeypatch.chdir(ROOT)
    _compare("sample.table.txt", _audit("--all"), update_golden)


def _report(monkeypatch) -> dict:
    monkeypatch.chdir(ROOT)
    return json.loads(_audit("--format", "json"))


def test_sample_has_about_25_cases_and_a_third_clean(monkeypatch):
    report = _report(monkeypatch)
    cases = report["cases"]
    assert 22 <= len(cases) <= 30
    assert sum(1 for c in cases if not c["findings"]) >= len(cases) / 3


def test_sample_shows_every_status(monkeypatch):
    assert set(_report(monkeypatch)["summary"]["cases_by_status"]) == {"open", "pending", "closed"}


def test_sample_demonstrates_every_rule_that_runs(monkeypatch):
    counts = _report(monkeypatch)["summary"]["findings_by_rule"]
    assert all(count > 0 for count in counts.values()), counts


def test_two_customers_asking_question_stay_two_cases(monkeypatch):
    cases = [c for c in _report(monkeypatch)["cases"] if c["subject"] == "Question"]
    assert len({c["customer"] for c in cases}) == len(cases) == 2


def test_auto_acknowledgement_is_not_a_first_response(monkeypatch):
    case = next(c for c in _report(monkeypatch)["cases"] if c["customer"] == "kenji.mori@example.org")
    assert case["first_response_seconds"] is None
    assert [f["rule"] for f in case["findings"]] == ["awaiting-reply"]


def test_reply_that_lost_its_headers_stays_in_its_case(monkeypatch):
    cases = [c for c in _report(monkeypatch)["cases"] if c["customer"] == "m.lynch@lynchhale.example.com"]
    assert len(cases) == 1 and len(cases[0]["message_ids"]) >= 3


def test_message_without_message_id_gets_a_synthetic_id(monkeypatch):
    case = next(c for c in _report(monkeypatch)["cases"] if c["customer"] == "felix.hartmann@example.com")
    assert any(mid.endswith("@happyaudit.invalid") for mid in case["message_ids"])


def test_quick_start_audit_runs_as_a_real_subprocess():
    env = {k: v for k, v in os.environ.items() if not k.startswith("HAPPYAUDIT_")}
    proc = subprocess.run([sys.executable, "-m", "happyaudit", "audit", "sample_mailbox/", "--as-of", AS_OF],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Summary" in proc.stdout and "flagged" in proc.stdout
    assert "support side inferred: domain acme.example" in proc.stderr
