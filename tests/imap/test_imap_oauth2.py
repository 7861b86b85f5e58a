"""XOAUTH2 against the real Dovecot: an oauth2 passdb asks a local introspection endpoint."""

from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

from happyaudit.cli import app
from tests.imap.conftest import generated_message

pytestmark = pytest.mark.live_imap

AUDIT_ARGS = ["--as-of", "2026-11-20T17:00Z", "--support-domain", "acme.example", "-f", "json", "--no-progress"]


def _audit(server, user: str, token: str, cache_dir) -> object:
    command = f"{sys.executable} -c \"print('{token}')\""
    return CliRunner().invoke(app, ["audit", server.url(user, "imaps"), "--ca-file", str(server.cafile),
                                    "--oauth2-token-command", command, "--cache-dir", str(cache_dir), *AUDIT_ARGS],
                              env={"HAPPYAUDIT_IMAP_PASSWORD": ""})


def test_an_oauth2_token_logs_in_with_xoauth2_and_never_shows(imap_server, imap_user, tmp_path):
    user, _ = imap_user
    imap_server.seed(user, "INBOX", [{"msg": generated_message(1)}])
    token = imap_server.oauth2.issue(user)
    asked = imap_server.oauth2.requests
    result = _audit(imap_server, user, token, tmp_path)
    assert result.exit_code == 0, (result.exception, result.stderr)
    assert json.loads(result.stdout)["summary"]["cases"] == 1
    assert imap_server.oauth2.requests > asked  # Dovecot checked the token with the endpoint
    assert f"user=<{user}>, method=XOAUTH2" in (imap_server.dir / "dovecot.log").read_text()
    assert token not in result.stdout + result.stderr
    for path in tmp_path.iterdir():
        assert token.encode() not in path.read_bytes()


def test_an_unknown_oauth2_token_is_refused_with_one_line_exit_3(imap_server, imap_user, tmp_path):
    user, _ = imap_user
    result = _audit(imap_server, user, "ya29.not-issued-canary", tmp_path)
    assert result.exit_code == 3, (result.exception, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "login refused" in lines[0] and lines[0].startswith("happyaudit: error: imaps://")
    assert "not-issued-canary" not in result.stdout + result.stderr
