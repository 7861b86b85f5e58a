"""The README's promises: its Quick start commands are the ones CI and the tests run."""

from __future__ import annotations

import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands():
    assert len(_quick_start_commands()) == 2


def test_ci_runs_the_readme_test_command_verbatim():
    test_command = _quick_start_commands()[1]
    assert "pytest" in test_command
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_quick_start_audits_the_bundled_sample_mailbox():
    assert "happyaudit audit sample_mailbox/" in _quick_start_commands()[0]


def test_every_exit_code_is_documented():
    from happyaudit.errors import ExitCode

    for code in (ExitCode.OK, ExitCode.USAGE, ExitCode.SOURCE):
        assert re.search(rf"^\| {int(code)} \|", README, re.MULTILINE)
