"""IMAP pieces that need no server: URLs, secrets, the cache, and fault paths via fake clients."""

from __future__ import annotations

import pickle
import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from happyaudit.cli import app
from happyaudit.errors import ConfigError, SourceError
from happyaudit.secrets import Credentials, Secret, resolve_credentials, run_secret_command
from happyaudit.sources.cache import CachedMessage, MessageCache, clear_cache
from happyaudit.sources.imap import ImapSettings, ImapSource, is_loopback, parse_imap_spec

WHEN = datetime(2026, 11, 1, 9, tzinfo=timezone.utc)


def test_a_secret_never_prints_and_cannot_be_pickled():
    secret = Secret("hunter2")
    assert "hunter2" not in f"{secret} {secret!r} {[secret]}"
    assert "hunter2" not in repr(Credentials("a", password=secret))
    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_the_url_gives_scheme_host_port_user_and_folder():
    account = parse_imap_spec("imaps://support%40acme.example@mail.acme.example/Support/Closed", ImapSettings())
    assert (account.scheme, account.host, account.port) == ("imaps", "mail.acme.example", 993)
    assert account.user == "support@acme.example" and account.folders == ("Support/Closed",)
    assert account.where("INBOX") == "imaps://support@acme.example@mail.acme.example/INBOX"


def test_host_user_and_folders_missing_from_the_url_come_from_the_settings():
    account = parse_imap_spec("imap://", ImapSettings(host="h.example", user="u", folders=("A", "B")))
    assert (account.host, account.port, account.user, account.folders) == ("h.example", 143, "u", ("A", "B"))
    with pytest.raises(ConfigError, match="no IMAP host"):
        parse_imap_spec("imaps://", ImapSettings())


def test_a_password_in_the_url_is_refused_without_repeating_it():
    with pytest.raises(ConfigError) as caught:
        parse_imap_spec("imaps://u:s3cret-canary@h.example", ImapSettings())
    assert "s3cret-canary" not in str(caught.value)


@pytest.mark.parametrize(("host", "loopback"), [("localhost", True), ("127.0.0.1", True), ("::1", True),
                                                ("10.0.0.1", False), ("mail.example", False)])
def test_loopback_hosts(host, loopback):
    assert is_loopback(host) is loopback


def test_credentials_come_from_command_then_env_then_netrc_then_prompt(tmp_path: Path):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine h.example login from-netrc password netrc-pw\n")
    netrc.chmod(0o600)
    command = f"{sys.executable} -c \"print('cmd-pw')\""
    env = {"HAPPYAUDIT_IMAP_PASSWORD": "env-pw"}

    def resolve(**kwargs):
        creds = resolve_credentials("h.example", kwargs.pop("user", None), netrc_file=netrc, **kwargs)
        return creds.user, (creds.password or creds.oauth2_token).reveal()

    assert resolve(password_command=command, environ=env) == ("from-netrc", "cmd-pw")
    assert resolve(environ=env, user="me") == ("me", "env-pw")
    assert resolve(environ={}) == ("from-netrc", "netrc-pw")
    assert resolve(environ={}, user="other", prompt=lambda text: "typed") == ("other", "typed")
    oauth = resolve_credentials("h.example", "me", oauth2_token_command=command, environ={}, netrc_file=netrc)
    assert oauth.oauth2_token.reveal() == "cmd-pw" and oauth.password is None
    with pytest.raises(ConfigError, match="no IMAP password for other@h.example"):
        resolve(environ={}, user="other")


def test_a_failing_secret_command_does_not_echo_its_output():
    command = f"{sys.executable} -c \"import sys; print('leaky-secret'); sys.exit(4)\""
    with pytest.raises(ConfigError) as caught:
        run_secret_command(command, "--password-command")
    assert "status 4" in str(caught.value) and "leaky-secret" not in str(caught.value)


def _message(uid: int, flags=("\\seen",)) -> CachedMessage:
    return CachedMessage(uid=uid, data=b"Subject: x\r\n\r\nbody %d\r\n" % uid, internaldate=WHEN, flags=flags)


def test_the_cache_round_trips_and_a_new_uidvalidity_drops_the_folder(tmp_path: Path):
    cache = MessageCache(tmp_path / "c")
    folder = cache.folder("h", "u", "INBOX", 100)
    cache.store(folder, [_message(1), _message(2, ())])
    assert list(cache.messages(folder, [2, 1])) == [_message(1), _message(2, ())]
    cache.update_flags(folder, {1: ("$closed",)})
    assert next(cache.messages(folder, [1])).flags == ("$closed",)
    assert cache.folder("h", "u", "INBOX", 100) == folder and cache.uids(folder) == {1, 2}
    assert cache.uids(cache.folder("h", "u", "INBOX", 200)) == set()
    cache.close()


def test_a_failed_batch_leaves_the_cache_as_it_was(tmp_path: Path):
    cache = MessageCache(tmp_path)
    folder = cache.folder("h", "u", "INBOX", 1)
    cache.store(folder, [_message(1)])
    broken = CachedMessage(uid=object(), data=b"x", internaldate=WHEN, flags=())  # type: ignore[arg-type]
    with pytest.raises(sqlite3.Error):
        cache.store(folder, [_message(3), broken])
    assert cache.uids(folder) == {1}
    cache.close()
    assert sqlite3.connect(tmp_path / "imap-cache.sqlite3").execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_cache_clear_removes_the_cache(tmp_path: Path):
    MessageCache(tmp_path).close()
    result = CliRunner().invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0 and "cache cleared" in result.stderr
    assert not (tmp_path / "imap-cache.sqlite3").exists() and clear_cache(tmp_path) == 0


class _PlainOnlyClient:
    """A server on a remote host that offers no STARTTLS."""

    def __init__(self, *args, **kwargs) -> None:
        self.logged_in = False

    def has_capability(self, name: str) -> bool:
        return False

    def login(self, user, password):
        self.logged_in = True

    def logout(self):
        return None


def test_plain_imap_to_a_remote_host_without_starttls_is_refused_before_login():
    clients = []

    def factory(*args, **kwargs):
        clients.append(_PlainOnlyClient())
        return clients[-1]

    settings = ImapSettings()
    source = ImapSource(parse_imap_spec("imap://u@mail.example", settings), settings, client_factory=factory,
                        credentials=Credentials("u", password=Secret("pw")))
    with pytest.raises(SourceError, match=r"^imap://u@mail.example: the server offers no STARTTLS"):
        list(source.iter_raw())
    assert clients and not clients[0].logged_in


def test_a_version_1_cache_is_started_afresh_with_sizes_and_modseq(tmp_path: Path):
    db = sqlite3.connect(tmp_path / "imap-cache.sqlite3")
    db.executescript("CREATE TABLE folders (folder_id INTEGER PRIMARY KEY, server TEXT, user TEXT, folder TEXT, "
                     "uidvalidity INTEGER); PRAGMA user_version=1;")
    db.close()
    cache = MessageCache(tmp_path)
    folder = cache.folder("h", "u", "INBOX", 7)
    cache.store(folder, [_message(3)])
    assert cache.sizes(folder) == {3: len(_message(3).data)} and cache.modseq(folder) is None
    cache.set_modseq(folder, 42)
    assert cache.modseq(folder) == 42 and cache.modseq(cache.folder("h", "u", "INBOX", 8)) is None
    cache.close()


class _FakeImap:
    def __init__(self) -> None:
        self.asked: list[int] = []

    def read(self, size: int) -> bytes:
        self.asked.append(size)
        return b"x" * size


def test_the_literal_guard_refuses_a_huge_literal_before_reading_it():
    from happyaudit.sources.imap_fetch import LiteralTooLarge, describe_failure, guard_literals

    client = type("Client", (), {})()
    client._imap = _FakeImap()
    guard_literals(client, 1000)
    assert client._imap.read(10) == b"x" * 10
    with pytest.raises(LiteralTooLarge) as caught:
        client._imap.read(2_000_000_000)
    assert client._imap.asked == [10]  # the plain read (and its allocation) never happened
    assert describe_failure(caught.value, 30) == (
        "the server announced a 2,000,000,000-byte literal, above the 1,000 bytes limit; stopped reading")


def test_garbage_from_the_server_is_described_as_an_invalid_response_not_a_drop():
    import imaplib

    from happyaudit.sources.imap_fetch import describe_failure

    garbage = imaplib.IMAP4.abort("command: FETCH => unexpected response: b'\\x00\\xff'")
    assert describe_failure(garbage, 30).startswith("the server sent an invalid IMAP response (command: FETCH")
    assert describe_failure(imaplib.IMAP4.abort("socket error: EOF"), 30) == "connection dropped (socket error: EOF)"
    assert describe_failure(TimeoutError("timed out"), 2.5) == "no answer within 2.5 s (timed out)"
