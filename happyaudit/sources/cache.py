"""The IMAP message cache: raw bytes per (server, user, folder, UIDVALIDITY, UID) in SQLite.

Lets a second audit fetch only new UIDs. Holds mail, never credentials; 0600 files in a 0700 dir.
"""

from __future__ import annotations

import os
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from happyaudit.errors import SourceError

CACHE_FILE = "imap-cache.sqlite3"
SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS folders (
    folder_id INTEGER PRIMARY KEY,
    server TEXT NOT NULL, user TEXT NOT NULL, folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    highestmodseq INTEGER,
    UNIQUE (server, user, folder)
);
CREATE TABLE IF NOT EXISTS messages (
    folder_id INTEGER NOT NULL REFERENCES folders(folder_id) ON DELETE CASCADE,
    uid INTEGER NOT NULL,
    internaldate TEXT,
    flags TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (folder_id, uid)
) WITHOUT ROWID;
"""


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/happyaudit``, or ``~/.cache/happyaudit``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "happyaudit"


@dataclass(frozen=True, slots=True)
class CachedMessage:
    """One message as the cache holds it (flags as last read from the server)."""

    uid: int
    data: bytes
    internaldate: datetime | None
    flags: tuple[str, ...]


class MessageCache:
    """An open cache file; every write is one transaction, so an interrupted run leaves it whole."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / CACHE_FILE
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(directory, 0o700)
            if not self.path.exists():
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            os.chmod(self.path, 0o600)
            previous_umask = os.umask(0o077)  # WAL and SHM side files get 0600 too
            try:
                self._db = sqlite3.connect(self.path, isolation_level=None)
                self._db.execute("PRAGMA journal_mode=WAL")
            finally:
                os.umask(previous_umask)
            self._db.execute("PRAGMA foreign_keys=ON")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == 1:  # before CONDSTORE and sizes: it is only a cache, start afresh
                self._db.executescript("DROP TABLE IF EXISTS messages; DROP TABLE IF EXISTS folders;")
            elif version not in (0, SCHEMA_VERSION):
                raise SourceError(f"{self.path}: cache from another happyaudit version; run `happyaudit cache clear`")
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except (OSError, sqlite3.Error) as exc:
            raise SourceError(f"{self.path}: cannot open the IMAP cache ({exc})") from None

    def close(self) -> None:
        """Close the database (checkpointing the WAL)."""
        self._db.close()

    def folder(self, server: str, user: str, folder: str, uidvalidity: int) -> int:
        """The cache id of a folder; a changed UIDVALIDITY drops everything cached for it
        (and the HIGHESTMODSEQ its flags were current as of)."""
        with self._transaction():
            row = self._db.execute(
                "SELECT folder_id, uidvalidity FROM folders WHERE server=? AND user=? AND folder=?",
                (server, user, folder),
            ).fetchone()
            if row is None:
                cursor = self._db.execute(
                    "INSERT INTO folders (server, user, folder, uidvalidity) VALUES (?, ?, ?, ?)",
                    (server, user, folder, uidvalidity),
                )
                return int(cursor.lastrowid)
            folder_id, known_validity = row
            if known_validity != uidvalidity:
                self._db.execute("DELETE FROM messages WHERE folder_id=?", (folder_id,))
                self._db.execute("UPDATE folders SET uidvalidity=?, highestmodseq=NULL WHERE folder_id=?",
                                 (uidvalidity, folder_id))
            return int(folder_id)

    def uids(self, folder_id: int) -> set[int]:
        """UIDs cached for the folder."""
        return set(self.sizes(folder_id))

    def sizes(self, folder_id: int) -> dict[int, int]:
        """Size in bytes of every message cached for the folder, by UID."""
        return dict(self._db.execute("SELECT uid, size FROM messages WHERE folder_id=?", (folder_id,)))

    def modseq(self, folder_id: int) -> int | None:
        """The HIGHESTMODSEQ the cached flags of the folder are current as of (None: unknown)."""
        row = self._db.execute("SELECT highestmodseq FROM folders WHERE folder_id=?", (folder_id,)).fetchone()
        return row[0] if row else None

    def set_modseq(self, folder_id: int, modseq: int | None) -> None:
        """Record that every cached flag of the folder is current as of ``modseq``."""
        with self._transaction():
            self._db.execute("UPDATE folders SET highestmodseq=? WHERE folder_id=?", (modseq, folder_id))

    def messages(self, folder_id: int, uids: Iterable[int]) -> Iterator[CachedMessage]:
        """The cached messages for ``uids``, streamed in UID order."""
        wanted = sorted(uids)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT uid, internaldate, flags, data FROM messages WHERE folder_id=? AND uid IN ({marks}) "
                "ORDER BY uid", (folder_id, *chunk),
            ).fetchall()
            for uid, internaldate, flags, data in rows:
                yield CachedMessage(
                    uid=uid,
                    data=zlib.decompress(data),
                    internaldate=datetime.fromisoformat(internaldate) if internaldate else None,
                    flags=tuple(flags.split(" ")) if flags else (),
                )

    def store(self, folder_id: int, messages: Iterable[CachedMessage]) -> None:
        """Add a batch of fetched messages in one transaction."""
        rows = [
            (folder_id, m.uid, m.internaldate.isoformat() if m.internaldate else None, " ".join(m.flags),
             len(m.data), zlib.compress(m.data, 6))
            for m in messages
        ]
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO messages (folder_id, uid, internaldate, flags, size, data) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def update_flags(self, folder_id: int, flags: dict[int, tuple[str, ...]]) -> None:
        """Record flags re-read from the server, in one transaction."""
        with self._transaction():
            self._db.executemany(
                "UPDATE messages SET flags=? WHERE folder_id=? AND uid=?",
                [(" ".join(f), folder_id, uid) for uid, f in flags.items()],
            )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.db.execute("COMMIT" if exc is None else "ROLLBACK")
        return False


def clear_cache(directory: Path) -> int:
    """Delete the cache file (and its WAL side files); returns how many files were removed."""
    removed = 0
    for name in (CACHE_FILE, CACHE_FILE + "-wal", CACHE_FILE + "-shm"):
        try:
            (directory / name).unlink()
            removed += 1
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise SourceError(f"{directory / name}: cannot delete ({exc.strerror})") from None
    return removed
