"""The progress bar a support lead watches during a long audit: rates, then cases, on stderr."""

from __future__ import annotations

import io
from datetime import datetime, timezone

from rich.console import Console

from happyaudit.config import AuditConfig
from happyaudit.progress import audit_with_progress, reading_rate
from happyaudit.sources import discover
from tests.conftest import SAMPLE_MAILBOX

AS_OF = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)


def test_reading_rate_shows_messages_and_megabytes_per_second():
    assert reading_rate(2000, 10_000_000, 2.0) == "1,000 msg/s · 5.0 MB/s"


def test_reading_rate_survives_a_zero_elapsed_time():
    assert "msg/s" in reading_rate(10, 1000, 0.0)


def test_progress_bar_shows_rates_and_cases_and_returns_the_audit():
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=160, color_system=None)
    config = AuditConfig(support_domains=frozenset({"acme.example"}))
    result = audit_with_progress(discover(str(SAMPLE_MAILBOX)), config, AS_OF, console, workers=1)
    assert len(result.cases) > 0
    shown = screen.getvalue()
    assert "messages" in shown and "MB" in shown
    assert "cases" in shown
