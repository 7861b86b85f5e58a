"""Build small realistic raw messages and mailboxes for tests."""

from __future__ import annotations

import mailbox
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

SUPPORT = "support@acme.example"


def raw_mail(
    *,
    message_id: str | None,
    sender: str,
    to: str = SUPPORT,
    subject: str = "Order question",
    date: datetime | str | None = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc),
    body: str = "Hello,\n\nCan you ship to Melbourne?\n\nJane\n",
    in_reply_to: str | None = None,
    references: str | None = None,
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    """An RFC 5322 message as bytes, with only the headers given."""
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}"]
    if date is not None:
        lines.append(f"Date: {date if isinstance(date, str) else format_datetime(date)}")
    if message_id is not None:
        lines.append(f"Message-ID: <{message_id}>")
    if in_reply_to:
        lines.append(f"In-Reply-To: <{in_reply_to}>")
    if references:
        lines.append(f"References: {references}")
    for name, value in (extra_headers or {}).items():
        lines.append(f"{name}: {value}")
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", body]
    return "\r\n".join(lines).encode("utf-8")


def write_mbox(path: Path, messages: list[bytes]) -> Path:
    """An mbox file holding ``messages``, written by the stdlib like a mail client would."""
    box = mailbox.mbox(path)
    try:
        for data in messages:
            box.add(data)
        box.flush()
    finally:
        box.close()
    return path


def write_maildir(path: Path, messages: list[bytes]) -> Path:
    """A Maildir holding ``messages`` in cur/ with the seen flag."""
    box = mailbox.Maildir(path, create=True)
    for data in messages:
        msg = mailbox.MaildirMessage(data)
        msg.set_subdir("cur")
        msg.add_flag("S")
        box.add(msg)
    return path
