"""Read-only for real: a full CLI audit leaves every source file byte- and mtime-identical and creates nothing."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

from typer.testing import CliRunner

from happyaudit.cli import app
from tests.conftest import SAMPLE_MAILBOX
from tests.mailfactory import SUPPORT, raw_mail, write_maildir, write_mbox

OLD_TIME = 1_700_000_000


def _snapshot(root: Path) -> dict[str, tuple[bytes | None, int, int]]:
    """Every file and folder under ``root``: content (files), mtime and mode, by relative path."""
    state = {}
    for path in sorted([root, *root.rglob("*")]):
        info = path.stat()
        content = path.read_bytes() if path.is_file() else None
        state[str(path.relative_to(root))] = (content, info.st_mtime_ns, info.st_mode)
    return state


def _age(root: Path) -> None:
    """Set every mtime to a fixed old time, so any write or touch would show."""
    for path in [root, *root.rglob("*")]:
        os.utime(path, (OLD_TIME, OLD_TIME))


def _audit(*paths: Path, extra: list[str] | None = None) -> None:
    result = CliRunner().invoke(app, ["audit", *map(str, paths), "--as-of", "2026-11-20T00:00:00Z", "--all",
                                      *(extra or [])])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.stderr


def _mail(index: int) -> bytes:
    return raw_mail(message_id=f"u{index}@example.org", sender=f"c{index}@example.org",
                    date=datetime(2026, 11, 2, 9, index, tzinfo=timezone.utc))


def test_mbox_maildir_and_eml_folder_are_unchanged_and_nothing_is_created(tmp_path: Path):
    root = tmp_path / "export"
    root.mkdir()
    write_mbox(root / "inbox.mbox", [_mail(0), _mail(1)])
    maildir = write_maildir(root / "Sent", [raw_mail(message_id="s@acme.example", sender=SUPPORT,
                                                     to="c0@example.org", subject="Re: Order question",
                                                     in_reply_to="u0@example.org")])
    (maildir / "new" / "1700000000.M1P1.host").write_bytes(_mail(2))
    (maildir / "tmp").mkdir(exist_ok=True)
    eml = root / "eml"
    eml.mkdir()
    (eml / "a.eml").write_bytes(_mail(3))
    (eml / "b.eml").write_bytes(_mail(4))
    _age(root)
    before = _snapshot(root)
    _audit(root, extra=["-f", "json"])
    _audit(root / "inbox.mbox", maildir, eml / "a.eml")
    after = _snapshot(root)
    assert after.keys() == before.keys(), "files were created or removed"
    assert after == before
    assert list((maildir / "new").iterdir()) == [maildir / "new" / "1700000000.M1P1.host"]


def test_the_sample_mailbox_is_unchanged_by_an_audit(tmp_path: Path):
    copy = tmp_path / "sample_mailbox"
    shutil.copytree(SAMPLE_MAILBOX, copy)
    _age(copy)
    before = _snapshot(copy)
    _audit(copy)
    _audit(copy, extra=["-f", "json"])
    assert _snapshot(copy) == before
