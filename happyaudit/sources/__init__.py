"""Where messages come from: a small Source interface and discovery of local mailboxes.

A Source yields ``RawMessage`` objects one at a time and knows nothing about parsing.
"""

from __future__ import annotations

import abc
import os
from collections.abc import Iterator
from pathlib import Path

from happyaudit.errors import InputError
from happyaudit.model import RawMessage

MAX_DISCOVERY_DEPTH = 8


class Source(abc.ABC):
    """A read-only origin of raw messages (a mailbox file, a Maildir, an IMAP folder)."""

    name: str
    """What the report lists under ``sources``."""

    @abc.abstractmethod
    def iter_raw(self) -> Iterator[RawMessage]:
        """Yield every message once, streaming; raise ``SourceError`` if reading fails."""

    def size_hint(self) -> int | None:
        """Bytes to read, if cheaply known, for the progress bar."""
        return None


def discover(spec: str, imap_settings=None) -> list[Source]:
    """The sources a command-line PATH names: a mailbox file, a Maildir, a folder of those,
    or an ``imap://`` / ``imaps://`` account (read with ``imap_settings``, an ImapSettings).

    A folder is searched for mbox files, Maildirs and ``.eml`` files (e.g. an export with
    an inbox mbox and a ``Sent`` Maildir). Files that are not mail (a README) are passed
    over inside folders but refused when named directly.
    """
    from happyaudit.sources.local import EmlFilesSource, MboxSource, sniff_file

    if spec.lower().startswith(("imap://", "imaps://")):
        from happyaudit.sources.imap import ImapSettings, open_imap_source

        return [open_imap_source(spec, imap_settings or ImapSettings())]
    path = Path(spec)
    if not path.exists():
        raise InputError(f"{spec}: no such file or directory")
    if path.is_file():
        kind = sniff_file(path)
        if kind == "mbox":
            return [MboxSource(path)]
        if kind == "eml":
            return [EmlFilesSource(path, [str(path)])]
        raise InputError(f"{spec}: not a mailbox (expected an mbox file, a Maildir, or .eml files)")
    if not path.is_dir():
        raise InputError(f"{spec}: not a file or directory")
    sources = _discover_dir(path, 0)
    if not sources:
        raise InputError(f"{spec}: no mailbox found (no mbox file, Maildir or .eml file inside)")
    return sources


def _discover_dir(path: Path, depth: int) -> list[Source]:
    # os.scandir rather than Path.iterdir: a folder of 100,000 .eml files is listed, typed and
    # sorted in a fraction of a second (the entries' types come with the listing, names sort
    # as plain strings), where Path objects took seconds and 40 MB before the audit began.
    from happyaudit.sources.local import EmlFilesSource, MaildirSource, MboxSource, is_maildir, sniff_file

    try:
        with os.scandir(path) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        raise InputError(f"{path}: cannot list directory ({exc.strerror})") from None
    sources: list[Source] = []
    if is_maildir(path):
        sources.append(MaildirSource(path))
        entries = [e for e in entries if e.name not in ("cur", "new", "tmp")]
    eml_files: list[str] = []
    for entry in entries:
        if entry.name.startswith(".") and not (entry.is_dir() and is_maildir(path / entry.name)):
            continue  # hidden, except Maildir++ sub-folders (".Name" Maildirs inside the parent)
        if entry.is_dir():
            if depth < MAX_DISCOVERY_DEPTH:
                sources.extend(_discover_dir(path / entry.name, depth + 1))
        elif entry.name.lower().endswith(".eml") and entry.is_file():
            eml_files.append(entry.path)  # not opened here: EmlFilesSource also reads mbox-shaped ones
        elif entry.is_file():
            kind = sniff_file(entry.path)
            if kind == "mbox":
                sources.append(MboxSource(Path(entry.path)))
            elif kind == "eml":
                eml_files.append(entry.path)
    if eml_files:
        sources.append(EmlFilesSource(path, eml_files))
    return sources
