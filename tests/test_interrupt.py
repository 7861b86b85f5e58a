"""Ctrl-C and SIGTERM during an audit leave no partial report and no temp file, and exit non-zero."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from happyaudit.atomicfile import atomic_output
from tests.conftest import ROOT

MESSAGES = 20000


def _big_mbox(path: Path) -> Path:
    """An mbox of many small conversations: several seconds of auditing, so the signal lands mid-run."""
    start = datetime(2026, 11, 1, tzinfo=timezone.utc)
    with path.open("w") as handle:
        for index in range(MESSAGES):
            date = start + timedelta(minutes=index)
            sender = "agent@acme.example" if index % 3 == 0 else f"customer{index % 500}@example.org"
            reply = f"In-Reply-To: <m{index - 1}@example.org>\n" if index % 3 == 0 and index else ""
            handle.write(
                f"From {sender} {date:%a %b %d %H:%M:%S %Y}\nFrom: {sender}\nTo: support@acme.example\n"
                f"Subject: Order {index // 3}\nDate: {date:%a, %d %b %Y %H:%M:%S +0000}\n"
                f"Message-ID: <m{index}@example.org>\n{reply}\n"
                "Hello,\n\nWhere is my order? Can you send the tracking number?\n\n> earlier text\n\nThanks\n\n"
            )
    return path


def _audit_command(mbox: Path, report: Path) -> list[str]:
    return [sys.executable, "-m", "happyaudit", "audit", str(mbox), "-f", "json", "-o", str(report),
            "--as-of", "2026-11-20T00:00:00Z", "--support-domain", "acme.example"]


def _interruptible() -> None:
    """In the audit's process before it starts: Ctrl-C does what it does by default, whatever the test run inherited."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupted_run(tmp_path: Path, signum: int) -> tuple[subprocess.CompletedProcess, Path]:
    """Audit the big mailbox, and send ``signum`` a third of the way through the run.

    How long a run takes is measured first, on this machine under its present load, with a report in another
    folder, so the signal lands mid-run however fast the machine is. The audit starts with Ctrl-C's default
    action: a test run started as a background job (``./.ci/run &``) has SIGINT ignored, the audit inherits that,
    and rightly ignores a Ctrl-C its caller chose to ignore.
    """
    mbox = _big_mbox(tmp_path / "BIG.mbox")
    measured = tmp_path / "measured"
    measured.mkdir()
    started = time.monotonic()
    subprocess.run(_audit_command(mbox, measured / "out.json"), cwd=ROOT, capture_output=True, check=True)
    whole_run = time.monotonic() - started
    shutil.rmtree(measured)
    out = tmp_path / "reports"
    out.mkdir()
    process = subprocess.Popen(_audit_command(mbox, out / "out.json"), cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, preexec_fn=_interruptible)
    time.sleep(whole_run / 3)
    assert process.poll() is None, "the audit finished before it could be interrupted; make the mailbox bigger"
    process.send_signal(signum)
    stdout, stderr = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr), out


@pytest.mark.slow
def test_ctrl_c_leaves_no_report_no_temp_file_and_exits_130_without_a_traceback(tmp_path: Path):
    result, out = _interrupted_run(tmp_path, signal.SIGINT)
    assert result.returncode == 130
    assert "Traceback" not in result.stderr
    assert "interrupted" in result.stderr
    assert list(out.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["BIG.mbox", "reports"]


@pytest.mark.slow
def test_sigterm_leaves_no_report_no_temp_file_and_exits_non_zero(tmp_path: Path):
    result, out = _interrupted_run(tmp_path, signal.SIGTERM)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def test_sigterm_while_the_report_is_written_removes_the_temp_file(tmp_path: Path):
    target = tmp_path / "out.json"
    with pytest.raises(SystemExit) as exit_info:
        with atomic_output(target) as handle:
            handle.write("{\"partial\": ")
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)
    assert exit_info.value.code == 143
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_ctrl_c_while_the_report_is_written_removes_the_temp_file(tmp_path: Path):
    target = tmp_path / "out.json"
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(target) as handle:
            handle.write("{\"partial\": ")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []
