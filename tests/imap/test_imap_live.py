"""The IMAP source against a real Dovecot: same audit as files, nothing written, cache, errors, secrets."""

from __future__ import annotations

import imaplib
import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from imapclient import IMAPClient
from typer.testing import CliRunner

from happyaudit.cli import app
from happyaudit.errors import SourceError
from happyaudit.secrets import Credentials, Secret
from happyaudit.sources.imap import ImapSettings, ImapSource, parse_imap_spec
from tests.conftest import ROOT, SAMPLE_MAILBOX
from tests.imap.conftest import ImapServer, generated_message, sample_mailbox_messages

pytestmark = pytest.mark.live_imap

AUDIT_ARGS = ["--as-of", "2026-11-20T17:00Z", "--support-domain", "acme.example", "-f", "json"]
CANARY = "canary-Pa55-XYZ"


def invoke(args: list[str], expect_code: int = 0, env: dict | None = None):
    """Run the CLI in-process; a crash is re-raised instead of passing as an exit code."""
    result = CliRunner().invoke(app, args, env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == expect_code, (result.exit_code, result.stdout, result.stderr)
    return result


@pytest.fixture
def sample_user(imap_server: ImapServer, imap_user) -> tuple[str, str]:
    """A user whose INBOX and Sent hold sample_mailbox/ (mbox → INBOX, Maildir → Sent)."""
    user, _ = imap_user
    for folder, messages in sample_mailbox_messages().items():
        imap_server.seed(user, folder, messages)
    return imap_user


def _env(password: str) -> dict[str, str]:
    return {"HAPPYAUDIT_IMAP_PASSWORD": password}


def _source(server: ImapServer, user: str, tmp_path: Path | None, **settings) -> ImapSource:
    options = ImapSettings(ca_file=server.cafile, cache_dir=tmp_path, backoff=0.01, timeout=10, **settings)
    return ImapSource(parse_imap_spec(server.url(user), options), options, credentials=_login(server, user))


def _login(server: ImapServer, user: str) -> Credentials:
    return Credentials(user, password=Secret(server.users[user]))


def _all_flags(server: ImapServer, user: str) -> dict[str, dict[int, tuple]]:
    snapshot = {}
    with server.client(user) as client:
        for _, _, folder in client.list_folders():
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            flags = client.fetch(uids, ["FLAGS"]) if uids else {}
            snapshot[folder] = {uid: tuple(sorted(d[b"FLAGS"])) for uid, d in flags.items()}
    return snapshot


def _unseen(server: ImapServer, user: str, folder: str) -> list[int]:
    with server.client(user) as client:
        client.select_folder(folder, readonly=True)
        return sorted(client.search(["UNSEEN"]))


def test_imap_audit_gives_the_same_cases_and_findings_as_the_file_audit(imap_server, sample_user, tmp_path):
    user, password = sample_user
    from_files = json.loads(invoke(["audit", str(SAMPLE_MAILBOX), *AUDIT_ARGS]).stdout)
    from_imap = json.loads(invoke(
        ["audit", imap_server.url(user, "imaps"), "--ca-file", str(imap_server.cafile),
         "--cache-dir", str(tmp_path / "cache"), *AUDIT_ARGS], env=_env(password)).stdout)
    assert from_imap["sources"] == [f"imaps://{user}@127.0.0.1:{imap_server.tls_port}/INBOX,Sent"]
    assert from_imap["summary"] == from_files["summary"]
    assert from_imap["cases"] == from_files["cases"]
    assert from_files["summary"]["cases"] > 20


def test_an_audit_changes_no_flag_on_the_server(imap_server, sample_user, tmp_path):
    user, password = sample_user
    before, unseen_before = _all_flags(imap_server, user), _unseen(imap_server, user, "INBOX")
    assert unseen_before, "the sample inbox should hold unseen mail"
    for cache in (["--no-cache"], ["--cache-dir", str(tmp_path)], ["--cache-dir", str(tmp_path)]):
        invoke(["audit", imap_server.url(user), "--ca-file", str(imap_server.cafile), *cache, *AUDIT_ARGS],
               env=_env(password))
    assert _all_flags(imap_server, user) == before
    assert _unseen(imap_server, user, "INBOX") == unseen_before


def test_a_second_run_fetches_no_cached_body_and_a_new_message_only_once(imap_server, sample_user, tmp_path):
    user, _ = sample_user
    first = _source(imap_server, user, tmp_path)
    total = len(list(first.iter_raw()))
    assert first.stats["bodies_fetched"] == total and first.stats["cache_hits"] == 0
    imap_server.seed(user, "INBOX", [{"msg": generated_message(1), "flags": ["$Closed"]}])
    second = _source(imap_server, user, tmp_path)
    raws = list(second.iter_raw())
    assert (second.stats["bodies_fetched"], second.stats["cache_hits"]) == (1, total)
    assert len(raws) == total + 1
    assert any("$closed" in raw.flags for raw in raws)
    assert oct((tmp_path / "imap-cache.sqlite3").stat().st_mode & 0o777) == "0o600"
    assert oct(tmp_path.stat().st_mode & 0o777) == "0o700"


def test_flags_changed_on_the_server_reach_cached_messages(imap_server, imap_user, tmp_path):
    user, _ = imap_user
    imap_server.seed(user, "INBOX", [{"msg": generated_message(7)}])
    assert list(_source(imap_server, user, tmp_path).iter_raw())[0].flags == ()
    with imap_server.client(user) as client:
        client.select_folder("INBOX")
        client.add_flags(client.search(["ALL"]), ["$Closed"])
    again = _source(imap_server, user, tmp_path)
    assert list(again.iter_raw())[0].flags == ("$closed",) and again.stats["bodies_fetched"] == 0


def test_since_searches_the_server_minus_the_lookback(imap_server, imap_user):
    user, _ = imap_user
    imap_server.seed(user, "INBOX", [
        {"msg": generated_message(1), "date": datetime(2026, 1, 5, tzinfo=timezone.utc)},
        {"msg": generated_message(2), "date": datetime(2026, 10, 20, tzinfo=timezone.utc)},
        {"msg": generated_message(3), "date": datetime(2026, 11, 18, tzinfo=timezone.utc)},
    ])
    source = _source(imap_server, user, None, search_since=datetime(2026, 10, 25, tzinfo=timezone.utc))
    raws = list(source.iter_raw())
    assert sorted(r.envelope_date.day for r in raws) == [18]
    assert raws[0].origin.startswith(f"imap://{user}@127.0.0.1:{imap_server.port}/INBOX#")


def test_a_closed_folder_labels_its_messages_closed_and_answered_is_only_recorded(imap_server, imap_user):
    user, _ = imap_user
    imap_server.seed(user, "Support/Resolved", [{"msg": generated_message(1), "flags": ["\\Answered"]}])
    raws = list(_source(imap_server, user, None, folders=("Support/Resolved",)).iter_raw())
    assert raws[0].flags == ("\\answered", "closed")


def test_a_dropped_connection_is_resumed_from_the_next_unfetched_uid(imap_server, imap_user):
    user, _ = imap_user
    imap_server.seed(user, "INBOX", [{"msg": generated_message(i)} for i in range(5)])
    calls = {"fetch": 0}

    class DroppingClient(IMAPClient):
        def fetch(self, messages, data, modifiers=None):
            calls["fetch"] += 1
            if calls["fetch"] == 2:
                self.shutdown()
                raise imaplib.IMAP4.abort("socket error: EOF")
            return super().fetch(messages, data, modifiers)

    settings = ImapSettings(ca_file=imap_server.cafile, batch_size=2, backoff=0.01, timeout=10)
    source = ImapSource(parse_imap_spec(imap_server.url(user), settings), settings, client_factory=DroppingClient,
                        credentials=_login(imap_server, user))
    raws = list(source.iter_raw())
    assert len(raws) == 5 and len({r.origin for r in raws}) == 5
    assert source.stats["reconnects"] == 1


def test_a_server_that_keeps_dropping_gives_a_clear_error(imap_server, imap_user):
    user, _ = imap_user
    imap_server.seed(user, "INBOX", [{"msg": generated_message(1)}])

    class AlwaysDropping(IMAPClient):
        def fetch(self, messages, data, modifiers=None):
            raise imaplib.IMAP4.abort("socket error: EOF")

    settings = ImapSettings(ca_file=imap_server.cafile, retries=2, backoff=0.01, timeout=10)
    source = ImapSource(parse_imap_spec(imap_server.url(user), settings), settings, client_factory=AlwaysDropping,
                        credentials=_login(imap_server, user))
    with pytest.raises(SourceError, match=r"/INBOX: connection dropped .*gave up after 2 reconnects"):
        list(source.iter_raw())


@pytest.mark.parametrize(("case", "expected"), [
    ("wrong-password", "login refused"),
    ("wrong-ca", "TLS certificate rejected"),
    ("closed-port", "cannot connect (connection refused)"),
    ("missing-folder", "/NoSuchFolder: no such folder"),
])
def test_connection_failures_are_one_line_errors_with_exit_3(imap_server, imap_user, case, expected):
    user, password = imap_user
    url, extra = imap_server.url(user, "imaps"), ["--ca-file", str(imap_server.cafile)]
    if case == "wrong-password":
        password = "not-the-password"
    elif case == "wrong-ca":
        extra = []
    elif case == "closed-port":
        url = f"imaps://{user}@127.0.0.1:{_closed_port()}"
    else:
        url += "/NoSuchFolder"
    result = invoke(["audit", url, *extra, "--no-cache", *AUDIT_ARGS], expect_code=3, env=_env(password))
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("happyaudit: error: imaps://"), result.stderr
    assert "127.0.0.1" in lines[0] and expected in lines[0] and result.stdout == ""


def test_a_password_in_the_url_is_a_usage_error_that_does_not_repeat_it(imap_server):
    result = invoke(["audit", f"imaps://alice:{CANARY}@127.0.0.1:{imap_server.tls_port}"], expect_code=2)
    assert "password in the URL" in result.stderr and CANARY not in result.stdout + result.stderr


def test_insecure_is_explicit_and_warns(imap_server, imap_user):
    user, password = imap_user
    result = invoke(["audit", imap_server.url(user, "imaps"), "--insecure", "--no-cache", *AUDIT_ARGS],
                    env=_env(password))
    assert "warning: --insecure" in result.stderr and json.loads(result.stdout)["summary"]["cases"] == 0


def test_the_canary_password_never_shows_in_output_cache_or_debug_traceback(imap_server, tmp_path):
    user, _ = imap_server.add_user(CANARY)
    imap_server.seed(user, "INBOX", [{"msg": generated_message(1)}])
    cache = tmp_path / "cache"
    common = ["--ca-file", str(imap_server.cafile), "--cache-dir", str(cache), *AUDIT_ARGS]
    ok = invoke(["audit", imap_server.url(user), *common], env=_env(CANARY))
    command = f"{sys.executable} -c \"print('{CANARY}')\""
    via_command = invoke(["audit", imap_server.url(user), *common, "--password-command", command])
    runs = [ok.stdout + ok.stderr, via_command.stdout + via_command.stderr]
    env = {**os.environ, "HAPPYAUDIT_IMAP_PASSWORD": CANARY + "-wrong", "PYTHONPATH": str(ROOT)}
    for args in (["--debug"], ["--debug", "--folder", "Missing"], []):
        done = subprocess.run([sys.executable, "-m", "happyaudit", "audit", imap_server.url(user), *common, *args],
                              capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode != 0
        runs.append(done.stdout + done.stderr)
    assert "Traceback" in runs[2] and "login refused" in runs[2]
    for text in runs:
        assert CANARY not in text
    for path in cache.iterdir():
        assert CANARY.encode() not in path.read_bytes()


def _closed_port() -> int:
    from tests.imap.dovecot_sandbox import free_port

    return free_port()
