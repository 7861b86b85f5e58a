"""A real Dovecot on 127.0.0.1 for the IMAP tests, one per session, with a fresh user per test."""

from __future__ import annotations

import os
import shutil
import ssl
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.conftest import SAMPLE_MAILBOX
from tests.imap import dovecot_sandbox
from tests.imap.oauth2_server import IntrospectionServer

INSTALL_HINT = "apt-get install -y dovecot-imapd"
USER_POOL = 60


@dataclass
class ImapServer:
    """The running sandbox: ports, CA file, and helpers to add users and seed mail."""

    dir: Path
    port: int
    tls_port: int
    cafile: Path
    users: dict[str, str] = field(default_factory=dict)
    unused: list[str] = field(default_factory=list)
    oauth2: IntrospectionServer | None = None
    """The token-introspection endpoint Dovecot's oauth2 passdb asks about XOAUTH2 tokens."""

    def add_user(self, password: str | None = None) -> tuple[str, str]:
        """A login with an empty mailbox: per-test isolation without a restart.

        Users made at start are handed out first; Dovecot reloads its passwd file at most
        once a second, so a user added later is waited for until a LOGIN succeeds.
        """
        if password is None and self.unused:
            user = self.unused.pop()
            return user, self.users[user]
        user = f"u{uuid.uuid4().hex[:10]}"
        password = password or f"pw-{uuid.uuid4().hex[:8]}"
        dovecot_sandbox.add_user(self.dir, user, password)
        self.users[user] = password
        deadline = time.monotonic() + 5
        while True:
            try:
                self.client(user).logout()
                return user, password
            except LoginError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def ssl_context(self) -> ssl.SSLContext:
        """A context trusting the sandbox's self-signed certificate."""
        return ssl.create_default_context(cafile=str(self.cafile))

    def client(self, user: str) -> IMAPClient:
        """A logged-in read-write client over plain IMAP on loopback."""
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(user, self.users[user])
        client.normalise_times = False
        return client

    def seed(self, user: str, folder: str, messages: list[dict]) -> None:
        """Append ``{'msg': bytes, 'flags': [...], 'date': aware datetime}`` items with MULTIAPPEND."""
        with self.client(user) as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for start in range(0, len(messages), 200):
                client.multiappend(folder, messages[start:start + 200])

    def url(self, user: str, scheme: str = "imap", folder: str = "") -> str:
        """The happyaudit spec for ``user`` on the plain/STARTTLS or IMAPS port."""
        port = self.port if scheme == "imap" else self.tls_port
        return f"{scheme}://{user}@127.0.0.1:{port}" + (f"/{folder}" if folder else "")


# Read at import, before the autouse fixture clears HAPPYAUDIT_* variables for each test.
DOVECOT_REQUIRED = os.environ.get("CI", "").lower() == "true" or os.environ.get("HAPPYAUDIT_REQUIRE_DOVECOT") == "1"


@pytest.fixture(scope="session")
def imap_server():
    """Dovecot with plain+STARTTLS and IMAPS on free loopback ports, stopped by killpg at the end."""
    if shutil.which("dovecot") is None and shutil.which("dovecot", path="/usr/sbin:/sbin") is None:
        if DOVECOT_REQUIRED:
            pytest.fail(f"dovecot is not installed but CI requires the IMAP tests ({INSTALL_HINT})")
        pytest.skip(f"dovecot is not installed ({INSTALL_HINT})")
    directory = Path(tempfile.mkdtemp(prefix="ha-imap-", dir="/tmp"))
    directory.chmod(0o755)
    port, tls_port = dovecot_sandbox.free_port(), dovecot_sandbox.free_port()
    if "/usr/sbin" not in os.environ.get("PATH", ""):
        os.environ["PATH"] += ":/usr/sbin:/sbin"
    users = {f"pool{index}": f"pool-pw-{uuid.uuid4().hex[:8]}" for index in range(USER_POOL)}
    oauth2 = IntrospectionServer()
    try:
        dovecot_sandbox.start(directory, port, tls_port, users, oauth2_introspection_url=oauth2.url)
    except (RuntimeError, OSError) as exc:
        oauth2.close()
        shutil.rmtree(directory, ignore_errors=True)
        pytest.fail(f"dovecot sandbox failed to start: {exc}")
    yield ImapServer(dir=directory, port=port, tls_port=tls_port, cafile=directory / "tls" / "cert.pem",
                     users=dict(users), unused=sorted(users, reverse=True), oauth2=oauth2)
    dovecot_sandbox.stop(directory)
    oauth2.close()
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def imap_user(imap_server: ImapServer) -> tuple[str, str]:
    """A fresh user (name, password) with an empty mailbox."""
    return imap_server.add_user()


def sample_mailbox_messages() -> dict[str, list[dict]]:
    """sample_mailbox/ as IMAP appends: inbox.mbox → INBOX, Sent/ Maildir → Sent, dates and flags kept."""
    from happyaudit.sources.local import MaildirSource, MboxSource

    folders: dict[str, list[dict]] = {"INBOX": [], "Sent": []}
    for folder, source in (("INBOX", MboxSource(SAMPLE_MAILBOX / "inbox.mbox")),
                           ("Sent", MaildirSource(SAMPLE_MAILBOX / "Sent"))):
        for raw in source.iter_raw():
            item: dict = {"msg": raw.data, "flags": [_imap_flag(f) for f in raw.flags]}
            if raw.envelope_date is not None:
                item["date"] = raw.envelope_date
            folders[folder].append(item)
    return folders


def _imap_flag(name: str) -> str:
    return name[0] + name[1:].capitalize() if name.startswith("\\") else name


def generated_message(index: int, when: datetime | None = None) -> bytes:
    """A small customer message with a unique Message-ID."""
    when = when or datetime(2026, 11, 1, tzinfo=timezone.utc)
    return (
        f"From: Customer {index} <c{index}@example.org>\r\nTo: support@acme.example\r\n"
        f"Subject: Question {index}\r\nDate: {when:%a, %d %b %Y %H:%M:%S +0000}\r\n"
        f"Message-ID: <gen-{index}@example.org>\r\n\r\nIs item {index} in stock?\r\n"
    ).encode()
