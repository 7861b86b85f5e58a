"""The audit with a live progress bar on stderr: messages and MB read with their rates,
then the cases being audited. Separate from the CLI so the bar's wording can be tested."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from happyaudit.config import AuditConfig
from happyaudit.model import AuditResult
from happyaudit.pipeline import audit_sources
from happyaudit.sources import Source


def reading_rate(messages: int, size: int, elapsed: float) -> str:
    """How fast mail is being read, for a support lead watching a long audit."""
    elapsed = max(elapsed, 1e-6)
    return f"{messages / elapsed:,.0f} msg/s · {size / 1e6 / elapsed:.1f} MB/s"


def audit_with_progress(sources: Sequence[Source], config: AuditConfig, as_of: datetime, console: Console, *,
                        workers: int, keep_notes: bool = True) -> AuditResult:
    """``audit_sources`` while a transient progress bar on ``console`` shows how far it got."""
    total = sum(source.size_hint() or 0 for source in sources) or None
    columns = [
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[messages]:,} messages · {task.fields[mb]:.1f} MB"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("reading mail", total=total, messages=0, mb=0.0, rate="")
        started = time.monotonic()

        def read(messages: int, size: int) -> None:
            bar.update(task, completed=size, messages=messages, mb=size / 1e6,
                       rate=reading_rate(messages, size, time.monotonic() - started))

        def audited(done: int, cases: int) -> None:
            bar.update(task, description="auditing cases", total=cases, completed=done,
                       rate=f"{done:,}/{cases:,} cases")

        return audit_sources(sources, config, as_of, progress=read, workers=workers, case_progress=audited,
                             keep_notes=keep_notes)
