"""The whole audit as one call: sources → messages → threads → cases → results.

No printing here: progress and warnings go through callbacks the CLI supplies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from happyaudit.audit import run_audit
from happyaudit.cases import build_cases
from happyaudit.config import AuditConfig
from happyaudit.model import AuditResult, Message, Skipped
from happyaudit.parse import parse_message
from happyaudit.roles import SupportSide, configured_support, infer_support
from happyaudit.sources import Source
from happyaudit.threads import Thread, build_threads

ProgressCallback = Callable[[int, int], None]
"""Called with (messages read so far, bytes read so far)."""


@dataclass(frozen=True)
class LoadedMailbox:
    """Every usable message of the sources, de-duplicated, and what had to be skipped."""

    messages: list[Message]
    skipped: list[Skipped]
    duplicates: int


def load_messages(sources: Sequence[Source], progress: ProgressCallback | None = None) -> LoadedMailbox:
    """Read and parse every message once, streaming; drop copies of the same message.

    The same Message-ID with the same content in two sources (inbox and an archive, say)
    is one message; the same id with different content is kept twice for threading to
    sort out.
    """
    messages: list[Message] = []
    skipped: list[Skipped] = []
    seen: set[tuple[str, str]] = set()
    duplicates = 0
    count = 0
    size = 0
    for source in sources:
        for raw in source.iter_raw():
            count += 1
            size += len(raw.data)
            parsed = parse_message(raw)
            if isinstance(parsed, Skipped):
                skipped.append(parsed)
            else:
                key = (parsed.message_id, parsed.content_hash)
                if key in seen:
                    duplicates += 1
                else:
                    seen.add(key)
                    messages.append(parsed)
            if progress is not None and count % 200 == 0:
                progress(count, size)
    if progress is not None:
        progress(count, size)
    return LoadedMailbox(messages, skipped, duplicates)


def support_side(config: AuditConfig, threads: Sequence[Thread]) -> SupportSide:
    """The configured support side, or one inferred from the conversations."""
    if config.support_addresses or config.support_domains:
        return configured_support(config.support_addresses, config.support_domains)
    return infer_support(thread.messages for thread in threads)


def audit_sources(
    sources: Sequence[Source],
    config: AuditConfig,
    as_of: datetime,
    progress: ProgressCallback | None = None,
) -> AuditResult:
    """Audit the given sources as of ``as_of`` and return everything a report needs."""
    loaded = load_messages(sources, progress)
    threads = build_threads(loaded.messages, subject_window=config.subject_window)
    support = support_side(config, threads)
    cases, _ = build_cases(threads, support)
    results = run_audit(cases, config, as_of)
    return AuditResult(
        as_of=as_of,
        sources=tuple(source.name for source in sources),
        cases=tuple(results),
        skipped=tuple(loaded.skipped),
        duplicates=loaded.duplicates,
        support_inferred=(f"{support.describe()} ({support.inferred_from})" if support.inferred_from else None),
        settings=config.settings(),
    )
