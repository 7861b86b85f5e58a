"""Audit history in SQLite and the weekly trend drawn from it (terminal, SVG and HTML)."""

from __future__ import annotations

import io
import os
import sqlite3
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

import pytest
from rich.console import Console

from happyaudit import history
from happyaudit.errors import ConfigError
from happyaudit.history import SCHEMA_VERSION, HistoryPoint, load_history, record_audit
from happyaudit.report.charts import trend_chart_svg
from happyaudit.report.files import to_html
from happyaudit.report.trend import render_trend, sparkline, weekly_trend
from tests.conftest import ROOT

AS_OF = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)


def _records(as_of: datetime | str = AS_OF, *, cases: int = 10, flagged: int = 3, chased: int = 2) -> dict:
    agents = ["sam@acme.example", "priya@acme.example"]
    case_list = [
        {"case_id": f"c{i}", "subject": "s", "status": "closed", "customer": f"c{i}@example.org",
         "agents": [agents[i % 2]] if i < cases - 1 else [], "message_ids": [f"m{i}@x"],
         "opened_at": "2026-11-16T09:00:00+00:00", "first_response_seconds": 3600 * (i + 1),
         "resolution_seconds": None,
         "findings": [{"rule": "customer-chased", "severity": "warning", "message_id": f"m{i}@x", "detail": ""}]
         if i < flagged else []}
        for i in range(cases)
    ]
    return {
        "schema_version": 1, "tool": {"name": "happyaudit", "version": "0.1.0"}, "sources": ["inbox.mbox"],
        "as_of": as_of if isinstance(as_of, str) else as_of.isoformat(),
        "summary": {"cases": cases, "flagged_cases": flagged,
                    "findings_by_rule": {"unanswered-question": 0, "customer-chased": chased},
                    "median_first_response_seconds": 5400, "median_resolution_seconds": None},
        "cases": case_list,
    }


def _point(as_of: datetime, cases: int, flagged: int, **rules: int) -> HistoryPoint:
    return HistoryPoint(as_of=as_of, cases=cases, flagged_cases=flagged, median_first_response_seconds=3600,
                        median_resolution_seconds=None, findings_by_rule=dict(rules))


# --- history ---------------------------------------------------------------------------------


def test_history_records_overall_rule_and_agent_figures(tmp_path):
    db = tmp_path / "history.db"
    record_audit(db, _records())
    [point] = load_history(db)
    assert point.as_of == AS_OF
    assert (point.cases, point.flagged_cases, point.flagged_rate) == (10, 3, 0.3)
    assert point.median_first_response_seconds == 5400 and point.median_resolution_seconds is None
    assert point.findings_by_rule == {"unanswered-question": 0, "customer-chased": 2}
    agents = {a.agent: (a.cases, a.flagged_cases) for a in point.agents}
    assert agents == {"sam@acme.example": (5, 2), "priya@acme.example": (4, 1)}


def test_history_is_ordered_by_audit_time_whatever_the_offset_or_recording_order(tmp_path):
    db = tmp_path / "history.db"
    record_audit(db, _records(AS_OF))
    record_audit(db, _records((AS_OF - timedelta(days=7)).astimezone(timezone(timedelta(hours=-8)))))
    record_audit(db, _records("2026-11-13T23:00:00+09:00"))        # 14:00 UTC, earlier than 17:00 UTC minus 7 days
    times = [p.as_of for p in load_history(db)]
    assert times == sorted(times) and len(times) == 3
    assert all(t.utcoffset() == timedelta(0) for t in times)


def test_history_rerun_of_the_same_audit_time_replaces_it(tmp_path):
    db = tmp_path / "history.db"
    record_audit(db, _records(flagged=3))
    record_audit(db, _records(AS_OF.astimezone(timezone(timedelta(hours=1))), flagged=5, chased=4))
    [point] = load_history(db)
    assert (point.flagged_cases, point.findings_by_rule["customer-chased"]) == (5, 4)
    assert {a.agent: a.flagged_cases for a in point.agents} == {"sam@acme.example": 3, "priya@acme.example": 2}


def test_history_file_is_owner_only(tmp_path):
    db = tmp_path / "history.db"
    old_umask = os.umask(0)        # a permissive umask must not widen the file
    try:
        record_audit(db, _records())
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_history_leaves_its_directory_alone(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    record_audit(folder / "history.db", _records())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert sorted(p.name for p in folder.iterdir()) == ["history.db"]


def test_history_in_a_missing_directory_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="nowhere"):
        record_audit(tmp_path / "nowhere" / "history.db", _records())


def test_history_schema_is_versioned_in_a_meta_table(tmp_path):
    db = tmp_path / "history.db"
    record_audit(db, _records())
    with sqlite3.connect(db) as conn:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta == {"application": "happyaudit-history", "schema_version": str(SCHEMA_VERSION)}


class _FailingConnection:
    """A connection that is interrupted (Ctrl-C) when the per-agent rows are written."""

    def __init__(self, conn):
        self.conn = conn

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def executemany(self, sql, rows):
        if "agent_figures" in sql:
            raise KeyboardInterrupt
        return self.conn.executemany(sql, rows)


def test_history_write_interrupted_midway_keeps_the_previous_state(tmp_path, monkeypatch):
    db = tmp_path / "history.db"
    record_audit(db, _records(flagged=3))
    real_connect = history._connect

    def failing(path, **kwargs):
        class _Wrapped:
            def __enter__(self):
                self.cm = real_connect(path, **kwargs)
                return _FailingConnection(self.cm.__enter__())

            def __exit__(self, *exc):
                return self.cm.__exit__(*exc)
        return _Wrapped()

    monkeypatch.setattr(history, "_connect", failing)
    with pytest.raises(KeyboardInterrupt):
        record_audit(db, _records(flagged=7))
    with pytest.raises(KeyboardInterrupt):
        record_audit(db, _records(AS_OF + timedelta(days=7)))
    monkeypatch.undo()
    [point] = load_history(db)
    assert point.flagged_cases == 3 and len(point.agents) == 2


def test_history_write_killed_before_commit_keeps_the_previous_state(tmp_path):
    db = tmp_path / "history.db"
    record_audit(db, _records(flagged=3))
    # A real crash: the process dies inside the transaction, no Python cleanup runs.
    script = (
        "import os, sqlite3, sys\n"
        "from happyaudit import history\n"
        "from tests.test_history import _records\n"
        "real = sqlite3.Connection.execute\n"
        "class Dying(sqlite3.Connection):\n"
        "    def execute(self, sql, *args):\n"
        "        if sql == 'COMMIT':\n"
        "            os._exit(9)\n"
        "        return real(self, sql, *args)\n"
        "orig = sqlite3.connect\n"
        "sqlite3.connect = lambda *a, **k: orig(*a, factory=Dying, **k)\n"
        "history.record_audit(history.Path(sys.argv[1]), _records(flagged=8))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(db)], cwd=ROOT, capture_output=True, text=True, check=False,
                          timeout=60)
    assert proc.returncode == 9, proc.stderr
    [point] = load_history(db)
    assert point.flagged_cases == 3


def test_corrupt_history_is_a_config_error(tmp_path):
    db = tmp_path / "history.db"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    for action in (lambda: load_history(db), lambda: record_audit(db, _records())):
        with pytest.raises(ConfigError, match="history.db"):
            action()


def test_text_file_as_history_is_a_config_error_and_left_untouched(tmp_path):
    db = tmp_path / "notes.txt"
    db.write_text("not a database\n" * 100)
    with pytest.raises(ConfigError, match="notes.txt"):
        record_audit(db, _records())
    assert db.read_text() == "not a database\n" * 100


def test_foreign_sqlite_database_is_a_config_error_and_left_untouched(tmp_path):
    db = tmp_path / "app.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE users (name TEXT)")
    conn.close()
    for action in (lambda: load_history(db), lambda: record_audit(db, _records())):
        with pytest.raises(ConfigError, match="app.db: an SQLite database, but not a happyaudit history"):
            action()
    with sqlite3.connect(db) as conn:
        assert [n for (n,) in conn.execute("SELECT name FROM sqlite_master")] == ["users"]
    conn.close()


def test_history_from_a_newer_schema_is_a_config_error(tmp_path):
    db = tmp_path / "history.db"
    record_audit(db, _records())
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.close()
    with pytest.raises(ConfigError, match="upgrade happyaudit"):
        load_history(db)


def test_missing_history_file_is_a_config_error_and_is_not_created(tmp_path):
    with pytest.raises(ConfigError, match="no such history file"):
        load_history(tmp_path / "history.db")
    assert not (tmp_path / "history.db").exists()


# --- trend -----------------------------------------------------------------------------------


def test_trend_has_one_row_per_iso_week_from_its_latest_audit():
    rows = weekly_trend([
        _point(datetime(2026, 11, 20, 17, tzinfo=timezone.utc), 10, 2),
        _point(datetime(2026, 11, 9, 8, tzinfo=timezone.utc), 10, 5),       # W46, Monday
        _point(datetime(2026, 11, 15, 20, tzinfo=timezone.utc), 10, 4),     # W46, Sunday: the latest of W46
        _point(datetime(2026, 10, 30, 9, tzinfo=timezone.utc), 8, 4),       # W44; W45 has no audit
    ])
    assert [(r.week, r.flagged_cases) for r in rows] == [("2026-W44", 4), ("2026-W46", 4), ("2026-W47", 2)]


def test_trend_direction_says_better_when_flagged_rate_drops():
    rows = weekly_trend([_point(AS_OF - timedelta(weeks=1), 10, 5), _point(AS_OF, 20, 6)])
    assert (rows[1].direction, rows[1].verdict) == ("↓", "better")


def test_trend_direction_says_worse_when_flagged_rate_rises():
    rows = weekly_trend([_point(AS_OF - timedelta(weeks=1), 20, 6), _point(AS_OF, 10, 5)])
    assert (rows[1].direction, rows[1].verdict) == ("↑", "worse")


def test_trend_direction_is_flat_when_the_rate_moves_less_than_half_a_point():
    rows = weekly_trend([_point(AS_OF - timedelta(weeks=1), 1000, 300), _point(AS_OF, 1000, 304)])
    assert (rows[1].direction, rows[1].verdict) == ("→", "same")


def test_first_trend_week_and_a_week_without_cases_have_no_direction():
    rows = weekly_trend([_point(AS_OF - timedelta(weeks=2), 10, 1), _point(AS_OF - timedelta(weeks=1), 0, 0),
                         _point(AS_OF, 10, 5)])
    assert [(r.direction, r.verdict, r.flagged_rate) for r in rows] == [("", "", 0.1), ("", "", None), ("", "", 0.5)]


def test_trend_keeps_per_rule_counts_and_median_first_response():
    [row] = weekly_trend([_point(AS_OF, 10, 3, **{"customer-chased": 2, "reopened": 1})])
    assert row.findings_by_rule == {"customer-chased": 2, "reopened": 1}
    assert row.median_first_response_seconds == 3600


def test_sparkline_scales_flagged_rates_between_lowest_and_highest():
    assert sparkline([0.1, 0.2, 0.5]) == "▁▃█"
    assert sparkline([0.2, None, 0.2]) == "▄ ▄"
    assert sparkline([]) == ""


def test_render_trend_shows_weeks_rules_sparkline_and_verdict():
    out = io.StringIO()
    rows = weekly_trend([_point(AS_OF - timedelta(weeks=2), 10, 6, **{"customer-chased": 4}),
                         _point(AS_OF - timedelta(weeks=1), 10, 5, **{"customer-chased": 3}),
                         _point(AS_OF, 10, 2, **{"customer-chased": 1})])
    render_trend(rows, Console(file=out, width=100, color_system=None))
    text = out.getvalue()
    assert "2026-W45" in text and "2026-W47" in text and "customer-chased" in text
    assert "█▆▁" in text and "60% (2026-W45) → 20% (2026-W47), ↓ better than the week before" in text


def test_render_trend_without_history_says_how_to_start_one():
    out = io.StringIO()
    render_trend([], Console(file=out, width=100, color_system=None))
    assert "--history" in out.getvalue()


def test_trend_chart_svg_plots_a_point_per_week_with_tooltips():
    rows = weekly_trend([_point(AS_OF - timedelta(weeks=w), 10, w + 1) for w in range(4)])
    svg = ET.fromstring(trend_chart_svg(rows))
    ns = {"s": "http://www.w3.org/2000/svg"}
    circles = svg.findall("s:circle", ns)
    assert len(circles) == 4 and len(svg.findall("s:polyline", ns)) == 1
    assert circles[-1].find("s:title", ns).text == "2026-W47: 10% flagged (1 of 10), ↓ better"
    # Higher rate, higher on the chart (smaller y).
    assert float(circles[0].get("cy")) < float(circles[-1].get("cy"))


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def test_html_report_shows_the_trend_chart_only_with_history():
    records = _records()
    without, empty = _Tags(), _Tags()
    without.feed(to_html(records))
    empty.feed(to_html(records, history=[]))
    assert without.tags.count("svg") == empty.tags.count("svg") == 2
    page = to_html(records, history=[_point(AS_OF - timedelta(weeks=1), 10, 5), _point(AS_OF, 10, 3)])
    with_history = _Tags()
    with_history.feed(page)
    assert with_history.tags.count("svg") == 3
    assert "<h2>Trend</h2>" in page and "2026-W47: 30% of 10 cases flagged (↓ better than 2026-W46)" in page
