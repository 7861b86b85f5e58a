"""Audit history in a SQLite file: each audit's summary, keyed by its audit time, for trends.

One row per audit time (re-recording the same ``as_of`` replaces it), each write in one
transaction, the file created owner-only. A file that is not a happyaudit history is a
``ConfigError`` naming it, never a traceback.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from happyaudit.errors import ConfigError
from happyaudit.report.breakdowns import NO_REPLY, group_cases

SCHEMA_VERSION = 1
APPLICATION = "happyaudit-history"

_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE audits (
        as_of TEXT PRIMARY KEY,
        tool_version TEXT,
        cases INTEGER NOT NULL,
        flagged_cases INTEGER NOT NULL,
        median_first_response_seconds INTEGER,
        median_resolution_seconds INTEGER
    )""",
    """CREATE TABLE rule_counts (
        as_of TEXT NOT NULL REFERENCES audits(as_of) ON DELETE CASCADE,
        rule TEXT NOT NULL,
        findings INTEGER NOT NULL,
        PRIMARY KEY (as_of, rule)
    )""",
    """CREATE TABLE agent_figures (
        as_of TEXT NOT NULL REFERENCES audits(as_of) ON DELETE CASCADE,
        agent TEXT NOT NULL,
        cases INTEGER NOT NULL,
        flagged_cases INTEGER NOT NULL,
        median_first_response_seconds INTEGER,
        median_resolution_seconds INTEGER,
        PRIMARY KEY (as_of, agent)
    )""",
)


@dataclass(frozen=True, slots=True)
class AgentPoint:
    """One agent's figures in one audit."""

    agent: str
    cases: int
    flagged_cases: int
    median_first_response_seconds: int | None
    median_resolution_seconds: int | None


@dataclass(frozen=True)
class HistoryPoint:
    """One recorded audit: its time, overall figures, findings per rule and per agent figures."""

    as_of: datetime
    cases: int
    flagged_cases: int
    median_first_response_seconds: int | None
    median_resolution_seconds: int | None
    findings_by_rule: dict[str, int] = field(default_factory=dict)
    agents: tuple[AgentPoint, ...] = ()

    @property
    def flagged_rate(self) -> float | None:
        """Share of cases flagged; ``None`` for an audit without cases."""
        return self.flagged_cases / self.cases if self.cases else None


def record_audit(db_path: Path, records: dict) -> None:
    """Store one audit's summary (the contract records) in the history file at ``db_path``.

    The file is created owner-only (0600) when missing; its directory must exist and is
    left as it is. Re-recording the same audit time replaces that audit. Everything is
    written in one transaction, so an interrupted write leaves the previous history.
    """
    db_path = Path(db_path)
    as_of = _key(records.get("as_of"), db_path)
    summary = records["summary"]
    agents = [row for row in group_cases(records, "agent") if row.group != NO_REPLY]
    _create_owner_only(db_path)
    with _connect(db_path) as conn:
        try:
            conn.execute("BEGIN IMMEDIATE")
            _ensure_schema(conn, db_path)
            # Replacing the parent row cascades to its rule and agent rows.
            conn.execute("DELETE FROM audits WHERE as_of = ?", (as_of,))
            conn.execute(
                "INSERT INTO audits VALUES (?, ?, ?, ?, ?, ?)",
                (as_of, (records.get("tool") or {}).get("version"), summary["cases"], summary["flagged_cases"],
                 summary.get("median_first_response_seconds"), summary.get("median_resolution_seconds")),
            )
            conn.executemany(
                "INSERT INTO rule_counts VALUES (?, ?, ?)",
                [(as_of, rule, count) for rule, count in summary.get("findings_by_rule", {}).items()],
            )
            conn.executemany(
                "INSERT INTO agent_figures VALUES (?, ?, ?, ?, ?, ?)",
                [(as_of, a.group, a.cases, a.flagged_cases, a.median_first_response_seconds,
                  a.median_resolution_seconds) for a in agents],
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def load_history(db_path: Path) -> list[HistoryPoint]:
    """Every recorded audit, oldest first. A missing, corrupt or foreign file is a ``ConfigError``."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise ConfigError(f"{db_path}: no such history file")
    with _connect(db_path, read_only=True) as conn:
        if not _tables(conn):
            return []
        _check_meta(conn, db_path)
        rules: dict[str, dict[str, int]] = {}
        for as_of, rule, count in conn.execute("SELECT as_of, rule, findings FROM rule_counts ORDER BY rowid"):
            rules.setdefault(as_of, {})[rule] = count
        agents: dict[str, list[AgentPoint]] = {}
        for as_of, *figures in conn.execute(
                "SELECT as_of, agent, cases, flagged_cases, median_first_response_seconds, "
                "median_resolution_seconds FROM agent_figures ORDER BY as_of, cases DESC, agent"):
            agents.setdefault(as_of, []).append(AgentPoint(*figures))
        return [
            HistoryPoint(
                as_of=datetime.fromisoformat(as_of), cases=cases, flagged_cases=flagged,
                median_first_response_seconds=first, median_resolution_seconds=resolution,
                findings_by_rule=rules.get(as_of, {}), agents=tuple(agents.get(as_of, ())),
            )
            for as_of, cases, flagged, first, resolution in conn.execute(
                "SELECT as_of, cases, flagged_cases, median_first_response_seconds, median_resolution_seconds "
                "FROM audits ORDER BY as_of")
        ]


def _key(as_of: str | None, db_path: Path) -> str:
    """The audit time as stored: UTC, to the second, so text order is time order."""
    if not as_of:
        raise ConfigError(f"{db_path}: cannot record an audit without an audit time (as_of)")
    try:
        when = datetime.fromisoformat(as_of)
    except ValueError:
        raise ConfigError(f"{db_path}: cannot record an audit at {as_of!r}: not an ISO 8601 time") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")


def _create_owner_only(db_path: Path) -> None:
    """Create the file with mode 0600 before SQLite opens it (SQLite would use 0644)."""
    try:
        fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise ConfigError(f"{db_path}: cannot create history file ({exc.strerror})") from None
    os.close(fd)


@contextmanager
def _connect(db_path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection whose SQLite errors become one-line ``ConfigError``s naming the file."""
    uri = db_path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = None
    try:
        # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE … COMMIT).
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)
        conn.execute("PRAGMA foreign_keys = ON")
        yield conn
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"{db_path}: cannot use this history file ({exc})") from None
    finally:
        if conn is not None:
            conn.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _ensure_schema(conn: sqlite3.Connection, db_path: Path) -> None:
    """Create the schema in an empty database; otherwise check it is ours and not newer."""
    if not _tables(conn):
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.executemany("INSERT INTO meta VALUES (?, ?)",
                         [("application", APPLICATION), ("schema_version", str(SCHEMA_VERSION))])
        return
    _check_meta(conn, db_path)


def _check_meta(conn: sqlite3.Connection, db_path: Path) -> None:
    if "meta" not in _tables(conn):
        raise ConfigError(f"{db_path}: an SQLite database, but not a happyaudit history file")
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    if meta.get("application") != APPLICATION:
        raise ConfigError(f"{db_path}: an SQLite database, but not a happyaudit history file")
    version = meta.get("schema_version", "")
    if not version.isdigit() or int(version) > SCHEMA_VERSION:
        raise ConfigError(f"{db_path}: history schema version {version!r} is newer than this happyaudit "
                          f"understands ({SCHEMA_VERSION}); upgrade happyaudit")
