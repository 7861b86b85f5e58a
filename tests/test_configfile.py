"""The configuration file: precedence defaults < file < environment < flags, and errors naming the key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from happyaudit.configfile import find_config_file, load_file_settings
from happyaudit.errors import ConfigError
from tests.conftest import SAMPLE_MAILBOX
from tests.test_cli import invoke

RULE_NAMES = {"unanswered-question", "missed-follow-up", "customer-chased", "awaiting-reply",
              "slow-first-response", "reopened", "many-handoffs"}
AUDIT = ["audit", str(SAMPLE_MAILBOX), "--as-of", "2026-11-20T17:00:00Z", "-f", "json"]


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _settings(report: dict) -> dict:
    return report["settings"]


def test_happyaudit_toml_in_the_current_directory_sets_defaults(in_tmp: Path):
    (in_tmp / "happyaudit.toml").write_text('support_domains = ["acme.example"]\n[targets]\nresponse = "48h"\n')
    report = json.loads(invoke(AUDIT).stdout)
    assert _settings(report)["response_target_seconds"] == 48 * 3600
    assert report["support_inferred"] is None


def test_pyproject_tool_section_is_read(in_tmp: Path):
    (in_tmp / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.happyaudit.targets]\nhandoff_limit = 5\n')
    assert _settings(json.loads(invoke(AUDIT).stdout))["handoff_limit"] == 5


def test_environment_beats_the_file(in_tmp: Path, monkeypatch: pytest.MonkeyPatch):
    (in_tmp / "happyaudit.toml").write_text('[targets]\nresponse = "48h"\n')
    monkeypatch.setenv("HAPPYAUDIT_RESPONSE_TARGET", "12h")
    assert _settings(json.loads(invoke(AUDIT).stdout))["response_target_seconds"] == 12 * 3600


def test_a_flag_beats_the_environment_and_the_file(in_tmp: Path, monkeypatch: pytest.MonkeyPatch):
    (in_tmp / "happyaudit.toml").write_text('[targets]\nresponse = "48h"\n')
    monkeypatch.setenv("HAPPYAUDIT_RESPONSE_TARGET", "12h")
    report = json.loads(invoke([*AUDIT, "--response-target", "6h"]).stdout)
    assert _settings(report)["response_target_seconds"] == 6 * 3600


def test_explicit_config_option_names_the_file(in_tmp: Path):
    (in_tmp / "ci.toml").write_text('fail_on = ["awaiting-reply"]\n')
    invoke([*AUDIT, "--config", str(in_tmp / "ci.toml")], expect_code=1)


def test_missing_config_file_is_exit_2(in_tmp: Path):
    result = invoke([*AUDIT, "--config", "nope.toml"], expect_code=2)
    assert "nope.toml: no such configuration file" in result.stderr


@pytest.mark.parametrize("content, key", [
    ('targets.respnse = "1h"\n', "targets.respnse"),
    ('[targets]\nresponse = "soon"\n', "targets.response"),
    ('[targets]\nhandoff_limit = 0\n', "targets.handoff_limit"),
    ('max_flagged_rate = 3\n', "max_flagged_rate"),
    ('fail_on = ["no-such-rule"]\n', "fail_on"),
    ('[severities]\nreopened = "fatal"\n', "severities.reopened"),
    ('[severities]\nno-such-rule = "info"\n', "severities.no-such-rule"),
    ('[business_hours]\ntimezone = "Mars/Base"\n', "business_hours.timezone"),
    ('[closing]\nwords = ["done"]\n', "closing.words"),
    ('colour = "red"\n', "colour"),
], ids=lambda v: v if isinstance(v, str) and "\n" not in v else None)
def test_bad_settings_are_errors_naming_the_key(tmp_path: Path, content: str, key: str):
    path = tmp_path / "happyaudit.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        load_file_settings(path, RULE_NAMES)


def test_invalid_toml_is_a_one_line_usage_error(in_tmp: Path):
    (in_tmp / "happyaudit.toml").write_text("this is = = not toml\n")
    result = invoke(AUDIT, expect_code=2)
    assert "not valid TOML" in result.stderr and "Traceback" not in result.stderr


def test_configured_severity_replaces_the_rule_default(in_tmp: Path):
    (in_tmp / "happyaudit.toml").write_text('[severities]\nmany-handoffs = "error"\n')
    report = json.loads(invoke(AUDIT).stdout)
    severities = {f["severity"] for c in report["cases"] for f in c["findings"] if f["rule"] == "many-handoffs"}
    assert severities == {"error"}


def test_config_command_says_where_each_value_comes_from(in_tmp: Path, monkeypatch: pytest.MonkeyPatch):
    (in_tmp / "happyaudit.toml").write_text('[targets]\nresponse = "48h"\n')
    monkeypatch.setenv("HAPPYAUDIT_CLOSE_AFTER", "10d")
    monkeypatch.setenv("HAPPYAUDIT_IMAP_PASSWORD_COMMAND", "pass show secret-canary")
    output = invoke(["config"]).stdout
    lines = {line.split("│")[1].strip(): line for line in output.splitlines() if line.count("│") >= 3}
    assert "happyaudit.toml: targets.response" in lines["--response-target"]
    assert "environment HAPPYAUDIT_CLOSE_AFTER" in lines["--close-after"]
    assert "default" in lines["--handoff-limit"]
    assert "secret-canary" not in output


def test_no_file_means_defaults(in_tmp: Path):
    assert find_config_file(None, in_tmp) is None
    assert "none (defaults)" in invoke(["config"]).stdout


def test_workers_can_be_set_in_the_file_and_config_shows_the_default_count(in_tmp: Path):
    assert "(the usable CPUs)" in invoke(["config"]).stdout
    (in_tmp / "happyaudit.toml").write_text("workers = 3\n")
    lines = [line for line in invoke(["config"]).stdout.splitlines() if "--workers" in line]
    assert "3" in lines[0] and "happyaudit.toml: workers" in lines[0]


def test_zero_workers_in_the_file_is_an_error_naming_the_key(in_tmp: Path):
    (in_tmp / "happyaudit.toml").write_text("workers = 0\n")
    assert "workers" in invoke([*AUDIT], expect_code=2).output
