"""The command line: exit codes, streams, options, and a few runs through a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from happyaudit.cli import app
from tests.conftest import ROOT
from tests.mailfactory import raw_mail, write_maildir, write_mbox

AS_OF = "2026-11-05T00:00:00Z"


def invoke(args: list[str], expect_code: int = 0):
    """Run the CLI in-process; a crash is re-raised instead of passing as an exit code."""
    result = CliRunner().invoke(app, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == expect_code, (result.exit_code, result.stdout, result.stderr)
    return result


@pytest.fixture
def mailbox_dir(tmp_path: Path) -> Path:
    from datetime import datetime, timezone

    write_mbox(tmp_path / "inbox.mbox", [
        raw_mail(message_id="a@example.org", sender="Jane <jane@example.org>"),
        raw_mail(message_id="q@example.com", sender="bob@example.com", subject="Question",
                 date=datetime(2026, 11, 3, 9, tzinfo=timezone.utc), body="Is the tent waterproof?"),
    ])
    write_maildir(tmp_path / "Sent", [raw_mail(
        message_id="b@acme.example", sender="Sam <sam@acme.example>", to="jane@example.org",
        subject="Re: Order question", in_reply_to="a@example.org", references="<a@example.org>",
        date=datetime(2026, 11, 2, 12, tzinfo=timezone.utc),
        body="Yes, we ship to Melbourne.\n\nOn Mon, Jane wrote:\n> Can you ship to Melbourne?\n",
    )])
    return tmp_path


def test_table_is_the_default_and_lists_flagged_cases(mailbox_dir: Path):
    result = invoke(["audit", str(mailbox_dir), "--as-of", AS_OF, "--support-domain", "acme.example"])
    assert "bob@example.com" in result.stdout and "awaiting-reply" in result.stdout
    assert "jane@example.org" not in result.stdout
    assert "Summary" in result.stdout


def test_all_lists_clean_cases_too(mailbox_dir: Path):
    result = invoke(["audit", str(mailbox_dir), "--as-of", AS_OF, "--support-domain", "acme.example", "--all"])
    assert "jane@example.org" in result.stdout


def test_json_goes_to_stdout_and_parses(mailbox_dir: Path):
    result = invoke(["audit", str(mailbox_dir), "--as-of", AS_OF, "--support-domain", "acme.example", "-f", "json"])
    report = json.loads(result.stdout)
    assert report["schema_version"] == 1 and report["summary"]["cases"] == 2


def test_inferred_support_side_is_announced_on_stderr(mailbox_dir: Path):
    result = invoke(["audit", str(mailbox_dir), "--as-of", AS_OF, "-f", "json"])
    assert "support side inferred: domain acme.example" in result.stderr
    assert "--support-domain" in result.stderr
    json.loads(result.stdout)


def test_output_file_receives_the_report(mailbox_dir: Path, tmp_path: Path):
    target = tmp_path / "report.json"
    result = invoke(["audit", str(mailbox_dir), "--as-of", AS_OF, "-f", "json", "-o", str(target)])
    assert result.stdout == ""
    assert json.loads(target.read_text())["summary"]["cases"] == 2


def test_failed_run_leaves_no_output_file(tmp_path: Path):
    target = tmp_path / "report.json"
    invoke(["audit", str(tmp_path / "missing.mbox"), "-f", "json", "-o", str(target)], expect_code=2)
    assert not target.exists()


def test_missing_path_is_a_one_line_error_with_exit_2(tmp_path: Path):
    result = invoke(["audit", str(tmp_path / "missing.mbox")], expect_code=2)
    assert result.stderr.strip().count("\n") == 0
    assert "missing.mbox" in result.stderr and "Traceback" not in result.stderr


def test_bad_duration_is_a_usage_error(mailbox_dir: Path):
    result = invoke(["audit", str(mailbox_dir), "--response-target", "soonish"], expect_code=2)
    assert "--response-target" in result.stderr


def test_unknown_format_is_a_usage_error(mailbox_dir: Path):
    invoke(["audit", str(mailbox_dir), "--format", "pdf"], expect_code=2)


def test_broken_message_is_skipped_and_named(tmp_path: Path):
    (tmp_path / "good.eml").write_bytes(raw_mail(message_id="g@example.org", sender="jane@example.org"))
    (tmp_path / "nodate.eml").write_bytes(raw_mail(message_id="n@example.org", sender="jane@example.org", date=None))
    result = invoke(["audit", str(tmp_path), "--as-of", AS_OF, "--support-domain", "acme.example", "-f", "json"])
    report = json.loads(result.stdout)
    assert report["summary"]["skipped_messages"] == 1
    assert report["skipped"][0]["origin"].endswith("nodate.eml")


def test_strict_makes_a_skipped_message_exit_3(tmp_path: Path):
    (tmp_path / "good.eml").write_bytes(raw_mail(message_id="g@example.org", sender="jane@example.org"))
    (tmp_path / "nodate.eml").write_bytes(raw_mail(message_id="n@example.org", sender="jane@example.org", date=None))
    result = invoke(["audit", str(tmp_path), "--as-of", AS_OF, "--support-domain", "acme.example", "--strict"], expect_code=3)
    assert "skipped" in result.stderr


def test_unreadable_mailbox_is_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from happyaudit.errors import SourceError
    from happyaudit.sources.local import MboxSource

    def fail(self):
        raise SourceError(f"{self.path}: read failed (Input/output error)")
        yield  # pragma: no cover - makes this a generator like the real one

    write_mbox(tmp_path / "inbox.mbox", [raw_mail(message_id="a@example.org", sender="jane@example.org")])
    monkeypatch.setattr(MboxSource, "iter_raw", fail)
    result = invoke(["audit", str(tmp_path / "inbox.mbox")], expect_code=3)
    assert "Input/output error" in result.stderr


def test_show_prints_the_conversation_with_roles(mailbox_dir: Path):
    report = json.loads(invoke(["audit", str(mailbox_dir), "--as-of", AS_OF, "-f", "json"]).stdout)
    jane = next(c for c in report["cases"] if c["customer"] == "jane@example.org")
    result = invoke(["show", jane["case_id"][:6], str(mailbox_dir), "--as-of", AS_OF])
    assert "customer" in result.stdout and "support" in result.stdout
    assert "Yes, we ship to Melbourne." in result.stdout
    assert "quoted line(s) folded" in result.stdout


def test_show_unknown_case_is_exit_2(mailbox_dir: Path):
    result = invoke(["show", "ffffffffff", str(mailbox_dir), "--as-of", AS_OF], expect_code=2)
    assert "no case" in result.stderr


def test_rules_lists_every_rule_with_its_description():
    from happyaudit.audit import RULES

    result = invoke(["rules"])
    for rule in RULES.values():
        assert rule.name in result.stdout


def test_version_flag():
    assert invoke(["--version"]).stdout.startswith("happyaudit 0.1.0")


def test_help_documents_exit_codes():
    result = invoke(["audit", "--help"])
    assert "Exit codes" in result.stdout


def _run_subprocess(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HAPPYAUDIT_")}
    return subprocess.run([sys.executable, "-m", "happyaudit", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def test_subprocess_json_audit_exits_0_with_clean_streams(mailbox_dir: Path):
    proc = _run_subprocess("audit", str(mailbox_dir), "--as-of", AS_OF, "--support-domain", "acme.example", "-f", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["cases"] == 2
    assert proc.stderr == ""


def test_subprocess_missing_path_exits_2_without_traceback(tmp_path: Path):
    proc = _run_subprocess("audit", str(tmp_path / "nope"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.startswith("happyaudit: error:")


def test_subprocess_no_arguments_prints_help():
    proc = _run_subprocess()
    assert "audit" in proc.stdout + proc.stderr


def _crash(*args, **kwargs):
    raise RuntimeError("boom")


def test_unexpected_error_is_one_line_without_debug(mailbox_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("happyaudit.cli.audit_sources", _crash)
    result = invoke(["audit", str(mailbox_dir)], expect_code=2)
    assert "internal error: RuntimeError: boom" in result.stderr and "--debug" in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_lets_the_traceback_through(mailbox_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("happyaudit.cli.audit_sources", _crash)
    with pytest.raises(RuntimeError, match="boom"):
        invoke(["audit", str(mailbox_dir), "--debug"])


def test_progress_bar_goes_to_stderr_and_keeps_stdout_clean(mailbox_dir: Path):
    result = invoke(["audit", str(mailbox_dir), "--as-of", AS_OF, "-f", "json", "--progress"])
    json.loads(result.stdout)


def test_markup_and_escape_sequences_in_mail_are_printed_literally(tmp_path: Path):
    hostile = raw_mail(message_id="h@example.org", sender='"[bold red]Mallory[/]" <mallory@example.org>',
                       subject="[link=https://evil.example]click[/link] \x1b]8;;https://evil.example\x07x\x1b[2J")
    (tmp_path / "h.eml").write_bytes(hostile)
    result = invoke(["audit", str(tmp_path), "--as-of", "2026-12-01", "--support-domain", "acme.example", "-f", "json"])
    case_id = json.loads(result.stdout)["cases"][0]["case_id"]
    table = invoke(["audit", str(tmp_path), "--as-of", "2026-12-01", "--support-domain", "acme.example"]).stdout
    shown = invoke(["show", case_id, str(tmp_path), "--as-of", "2026-12-01", "--support-domain", "acme.example"]).stdout
    assert "[link=https://evil" in table
    assert "[link=https://evil.example]click[/link]" in shown and "[bold red]Mallory[/]" in shown
    for output in (table, shown):
        assert "\x1b" not in output and "\x07" not in output
