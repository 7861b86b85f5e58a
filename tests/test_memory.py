"""Streaming: memory follows what the audit keeps per message, not the mailbox's size."""

from __future__ import annotations

import base64
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

from happyaudit.config import AuditConfig
from happyaudit.pipeline import audit_sources
from happyaudit.sources import discover

ATTACHMENT = base64.encodebytes(bytes(range(256)) * 1200).decode()  # ~300 KB base64 per message


def _message_with_attachment(index: int) -> str:
    date = datetime(2026, 11, 2, tzinfo=timezone.utc) + timedelta(minutes=index)
    return (
        f"From customer{index}@example.org {date:%a %b %d %H:%M:%S %Y}\n"
        f"From: customer{index}@example.org\nTo: support@acme.example\nSubject: Photos {index}\n"
        f"Date: {date:%a, %d %b %Y %H:%M:%S +0000}\nMessage-ID: <p{index}@example.org>\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\nHere are the photos of the damage. Can you replace it?\n"
        '--b\nContent-Type: image/jpeg; name="damage.jpg"\nContent-Transfer-Encoding: base64\n'
        f'Content-Disposition: attachment; filename="damage.jpg"\n\n{ATTACHMENT}\n--b--\n\n'
    )


def test_peak_memory_stays_far_below_the_mailbox_size(tmp_path: Path):
    path = tmp_path / "big.mbox"
    with path.open("w") as handle:
        for index in range(120):
            handle.write(_message_with_attachment(index))
    size = path.stat().st_size
    tracemalloc.start()
    try:
        result = audit_sources(discover(str(path)), AuditConfig(support_domains=frozenset({"acme.example"})),
                               datetime(2026, 11, 20, tzinfo=timezone.utc))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(result.cases) == 120
    assert result.cases[0].case.messages[0].message.attachments == ("damage.jpg",)
    assert size > 35_000_000
    assert peak < size / 4, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB mailbox"
