"""Issue 7 (IMAP): a fault-injecting proxy between happyaudit and the real Dovecot, a UIDVALIDITY
change, and SIGKILL in the middle of a cached fetch. After each fault the cache is intact and the
next normal run uses it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from happyaudit.cli import app
from happyaudit.secrets import Credentials, Secret
from happyaudit.sources.cache import CACHE_FILE
from happyaudit.sources.imap import ImapSettings, ImapSource, parse_imap_spec
from tests.conftest import ROOT
from tests.imap.conftest import ImapServer, generated_message
from tests.imap.faultproxy import FaultProxy

pytestmark = pytest.mark.live_imap

AUDIT_ARGS = ["--as-of", "2026-11-20T17:00Z", "--support-domain", "acme.example", "-f", "json", "--no-progress"]


def source(server: ImapServer, user: str, port: int, cache_dir: Path | None, **settings) -> ImapSource:
    options = ImapSettings(cache_dir=cache_dir, backoff=0.01, timeout=5, **settings)
    url = f"imap://{user}@127.0.0.1:{port}"
    return ImapSource(parse_imap_spec(url, options), options,
                      credentials=Credentials(user, password=Secret(server.users[user])))


def integrity(cache_dir: Path) -> str:
    with sqlite3.connect(cache_dir / CACHE_FILE) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def cached_count(cache_dir: Path) -> int:
    with sqlite3.connect(cache_dir / CACHE_FILE, timeout=5) as db:
        return db.execute("SELECT count(*) FROM messages").fetchone()[0]


@pytest.fixture
def proxy(imap_server):
    """A proxy to Dovecot passing everything through until a test calls ``inject``."""
    with FaultProxy(imap_server.port, "none") as running:
        yield running


@pytest.fixture
def ten_cached_ten_new(imap_server, imap_user, proxy, tmp_path):
    """A user with 20 messages in INBOX, of which a first run through the proxy cached 10."""
    user, _ = imap_user
    imap_server.seed(user, "INBOX", [{"msg": generated_message(i)} for i in range(10)])
    assert len(list(source(imap_server, user, proxy.port, tmp_path).iter_raw())) == 10
    imap_server.seed(user, "INBOX", [{"msg": generated_message(i)} for i in range(10, 20)])
    return user


def test_a_connection_dropped_mid_fetch_is_resumed(imap_server, ten_cached_ten_new, proxy, tmp_path):
    user = ten_cached_ten_new
    proxy.inject("drop", faulty_connections=1, drop_after=700)
    run = source(imap_server, user, proxy.port, tmp_path, batch_size=4)
    raws = list(run.iter_raw())
    assert proxy.faults_injected == 1 and run.stats["reconnects"] == 1
    assert len({raw.origin for raw in raws}) == 20
    assert (run.stats["cache_hits"], run.stats["bodies_fetched"]) == (10, 10)
    assert integrity(tmp_path) == "ok" and cached_count(tmp_path) == 20


@pytest.mark.parametrize(("fault", "expected", "max_seconds"), [
    ("drop", "connection dropped (command: FETCH => socket error: ", 5),
    ("garbage", "the server sent an invalid IMAP response (command: FETCH => unexpected response", 5),
    ("huge-literal", "the server announced a 2,000,000,000-byte literal, above the 64 MB limit; stopped reading",
     2.5),
    ("stall", "no answer within 1 s (timed out)", 4),
])
def test_a_faulty_server_is_one_line_exit_3_and_the_cache_stays_usable(
        imap_server, ten_cached_ten_new, proxy, tmp_path, monkeypatch, fault, expected, max_seconds):
    user = ten_cached_ten_new
    monkeypatch.setattr("happyaudit.sources.imap._sleep", lambda seconds: None)
    proxy.inject(fault)
    started = time.monotonic()
    result = CliRunner().invoke(
        app, ["audit", f"imap://{user}@127.0.0.1:{proxy.port}", "--cache-dir", str(tmp_path),
              "--imap-timeout", "1s", *AUDIT_ARGS], env={"HAPPYAUDIT_IMAP_PASSWORD": imap_server.users[user]})
    elapsed = time.monotonic() - started
    assert proxy.faults_injected >= 1
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 3, (result.exception, result.stderr)
    assert len(lines) == 1 and "Traceback" not in result.stderr and result.stdout == ""
    assert lines[0].startswith(f"happyaudit: error: imap://{user}@127.0.0.1:{proxy.port}/INBOX: ")
    assert expected in lines[0], lines[0]
    assert fault != "drop" or lines[0].endswith(") (gave up after 3 reconnects)")
    assert elapsed < max_seconds, elapsed
    assert integrity(tmp_path) == "ok"
    proxy.inject("none")
    after = source(imap_server, user, proxy.port, tmp_path)
    assert len(list(after.iter_raw())) == 20
    assert after.stats["cache_hits"] >= 10 and after.stats["cache_hits"] + after.stats["bodies_fetched"] == 20


def test_a_new_uidvalidity_drops_the_folders_cache_and_refetches(imap_server, imap_user, tmp_path):
    user, _ = imap_user
    imap_server.seed(user, "Queue", [{"msg": generated_message(i)} for i in range(3)])
    first = source(imap_server, user, imap_server.port, tmp_path, folders=("Queue",), ca_file=imap_server.cafile)
    assert [b"Question 0" in raw.data for raw in first.iter_raw()] == [True, False, False]
    with imap_server.client(user) as client:
        old_validity = client.folder_status("Queue", ["UIDVALIDITY"])[b"UIDVALIDITY"]
        client.delete_folder("Queue")
    imap_server.seed(user, "Queue", [{"msg": generated_message(i)} for i in (7, 8, 9)])  # same UIDs 1-3
    with imap_server.client(user) as client:
        assert client.folder_status("Queue", ["UIDVALIDITY"])[b"UIDVALIDITY"] != old_validity
    second = source(imap_server, user, imap_server.port, tmp_path, folders=("Queue",), ca_file=imap_server.cafile)
    raws = list(second.iter_raw())
    assert [raw.origin.rsplit("#", 1)[1] for raw in raws] == ["1", "2", "3"]
    assert all(b"Question %d" % n in raw.data for n, raw in zip((7, 8, 9), raws, strict=True))
    assert (second.stats["bodies_fetched"], second.stats["cache_hits"]) == (3, 0)
    assert integrity(tmp_path) == "ok" and cached_count(tmp_path) == 3


def test_sigkill_in_the_middle_of_a_cached_fetch_leaves_a_usable_cache(imap_server, imap_user, tmp_path):
    user, password = imap_user
    total = 3000
    imap_server.seed(user, "INBOX", [{"msg": generated_message(i) + b"z" * 1500} for i in range(total)])
    env = {**os.environ, "HAPPYAUDIT_IMAP_PASSWORD": password, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "happyaudit", "audit", imap_server.url(user), "--ca-file", str(imap_server.cafile),
         "--cache-dir", str(tmp_path), *AUDIT_ARGS], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if (tmp_path / CACHE_FILE).exists() and cached_count(tmp_path) > 0:
                    break
            except sqlite3.OperationalError:
                pass  # the schema is not there yet
            time.sleep(0.01)
        time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        assert process.wait(10) == -signal.SIGKILL, process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    kept = cached_count(tmp_path)
    assert integrity(tmp_path) == "ok" and 0 < kept < total, kept
    after = source(imap_server, user, imap_server.port, tmp_path, ca_file=imap_server.cafile)
    assert len(list(after.iter_raw())) == total
    assert (after.stats["cache_hits"], after.stats["bodies_fetched"]) == (kept, total - kept)
    assert integrity(tmp_path) == "ok" and cached_count(tmp_path) == total
