"""Local mailboxes: mbox files, Maildir folders and .eml files, opened strictly read-only."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

from happyaudit.dates import parse_from_line_date
from happyaudit.errors import InputError, SourceError
from happyaudit.model import RawMessage
from happyaudit.sources import Source

MBOX_CHUNK = 1 << 20
"""Bytes read at once from an mbox file: large enough to make reading cheap, small enough
that the buffer (at most one chunk plus one message, briefly twice) stays well below a
big mailbox's size."""
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:")
_MAILDIR_FLAG_NAMES = {
    "D": "\\draft", "F": "\\flagged", "P": "$forwarded", "R": "\\answered",
    "S": "\\seen", "T": "\\deleted",
}


def sniff_file(path: str | os.PathLike[str]) -> str | None:
    """``"mbox"``, ``"eml"`` or ``None`` judged from the file's first bytes and name."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(512)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    suffix = os.path.splitext(path)[1].lower()
    if head.startswith(b"From "):
        return "mbox"
    if suffix in (".mbox", ".mbx") and not head.strip():
        return "mbox"
    if suffix == ".eml":
        return "eml"
    if _HEADER_LINE.match(head.lstrip(b"\r\n")):
        return "eml"
    return None


def is_maildir(path: Path) -> bool:
    """A Maildir has ``cur`` and ``new`` sub-directories (``tmp`` may be missing in exports)."""
    return (path / "cur").is_dir() and (path / "new").is_dir()


class MboxSource(Source):
    """One mbox file, opened read-only and split at ``From `` lines, never locked or created."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = str(path)

    def size_hint(self) -> int | None:
        """The file's size in bytes."""
        try:
            return self.path.stat().st_size
        except OSError:
            return None

    def iter_raw(self) -> Iterator[RawMessage]:
        """Each message with its ``From `` line date as the envelope date."""
        try:
            handle = open(self.path, "rb")  # noqa: SIM115 - closed in the finally below
        except OSError as exc:
            raise SourceError(f"{self.path}: cannot open mbox ({_reason(exc)})") from None
        try:
            yield from _mbox_messages(handle, str(self.path))
        except OSError as exc:
            raise SourceError(f"{self.path}: read failed ({_reason(exc)})") from None
        finally:
            handle.close()


def _mbox_messages(handle: BinaryIO, origin: str) -> Iterator[RawMessage]:
    for index, data in enumerate(split_mbox(handle)):
        from_line, _, message = data.partition(b"\n")
        yield RawMessage(data=message, origin=f"{origin}#{index + 1}",
                         envelope_date=parse_from_line_date(from_line))


def split_mbox(handle: BinaryIO, chunk_size: int = MBOX_CHUNK) -> Iterator[bytes]:
    """Each message of an mbox stream, its ``From `` line included, exactly as
    ``mailbox.mbox(...).get_bytes(key, from_=True)`` gives it, in file order.

    The stdlib reads the whole file line by line to build its table of contents, then
    seeks back for each message. Here the file is read in large chunks and split in one
    pass, with the stdlib's rules: every line starting with ``From `` starts a message
    (text before the first is ignored), and a message ends before that line, or before
    the blank line (exactly ``\\n``) that precedes it; at the end of the file likewise.
    Memory stays bounded by the largest message plus one chunk.
    """
    buffer = b"\n"  # a virtual empty line, so a ``From `` line at offset 0 is found like any other
    start = -1  # where the current message's From line starts in ``buffer``; -1 before the first
    search = 0
    eof = False
    while True:
        found = buffer.find(b"\nFrom ", search)
        if found >= 0:
            if start >= 0:
                # The line before this From line is empty iff it is just the \n at ``found``.
                yield buffer[start:found if buffer[found - 1] == 10 else found + 1]
            start = found + 1
            search = start
            continue
        if eof:
            break
        keep = start if start >= 0 else max(0, len(buffer) - 5)
        chunk = handle.read(chunk_size)
        if not chunk:
            eof = True
        searched = len(buffer) - keep
        buffer = buffer[keep:] + chunk
        start = min(0, start)
        search = max(0, searched - 5)  # "\nFrom " may straddle the old end
    if start >= 0:
        yield buffer[start:len(buffer) - 1 if buffer.endswith(b"\n\n") else len(buffer)]


class MaildirSource(Source):
    """One Maildir folder (``cur`` and ``new``); never moves ``new`` mail or changes flags.

    The stdlib ``mailbox.Maildir`` on Python 3.11 offers no way to read a message's info
    flags or file time without parsing it, so the two directories are listed directly;
    the format is just one file per message.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = str(path)

    def iter_raw(self) -> Iterator[RawMessage]:
        """Each message file, with its Maildir flags and mtime as the envelope date."""
        for sub in ("cur", "new"):
            directory = self.path / sub
            try:
                names = sorted(e.name for e in os.scandir(directory) if not e.name.startswith("."))
            except OSError as exc:
                raise SourceError(f"{directory}: cannot list Maildir ({_reason(exc)})") from None
            for name in names:
                file_path = os.path.join(directory, name)
                try:
                    with open(file_path, "rb") as handle:
                        data = handle.read()
                        mtime = os.fstat(handle.fileno()).st_mtime
                except FileNotFoundError:
                    continue  # delivered elsewhere or expunged while we read: not ours to keep
                except OSError as exc:
                    raise SourceError(f"{file_path}: cannot read ({_reason(exc)})") from None
                yield RawMessage(
                    data=data,
                    origin=file_path,
                    envelope_date=datetime.fromtimestamp(mtime, tz=timezone.utc),
                    flags=_maildir_flags(name),
                )


class EmlFilesSource(Source):
    """Single-message files (``.eml``) found in one folder, or one named on the command line."""

    def __init__(self, folder: Path, files: list[str]) -> None:
        self.path = folder
        self.files = files
        self.name = str(folder)

    def iter_raw(self) -> Iterator[RawMessage]:
        """Each file's bytes; no envelope date, since a file's mtime says when it was saved.

        A file that starts with an mbox ``From `` line (a message saved with its envelope,
        or an mbox named ``.eml``) is read as the mbox it is.
        """
        for file_path in self.files:
            try:
                with open(file_path, "rb") as handle:
                    data = handle.read()
            except OSError as exc:
                raise SourceError(f"{file_path}: cannot read ({_reason(exc)})") from None
            if data.startswith(b"From "):
                yield from _mbox_messages(io.BytesIO(data), file_path)
            else:
                yield RawMessage(data=data, origin=file_path)


def _maildir_flags(name: str) -> tuple[str, ...]:
    _, sep, info = name.rpartition(":2,")
    if not sep:
        return ()
    return tuple(_MAILDIR_FLAG_NAMES[c] for c in info if c in _MAILDIR_FLAG_NAMES)


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
