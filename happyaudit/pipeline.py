"""The whole audit as one call: sources → messages → threads → cases → results.

No printing here: progress and warnings go through callbacks the CLI supplies.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import datetime

from happyaudit.audit import run_audit
from happyaudit.cases import build_cases
from happyaudit.config import AuditConfig
from happyaudit.model import (
    AuditResult,
    Case,
    CaseResult,
    Message,
    RawMessage,
    Skipped,
)
from happyaudit.parallel import Workers
from happyaudit.parse import parse_message_row
from happyaudit.roles import SupportSide, configured_support, infer_support
from happyaudit.sources import Source
from happyaudit.threads import Thread, build_threads

ProgressCallback = Callable[[int, int], None]
"""Called with (messages parsed so far, bytes parsed so far)."""
CaseProgressCallback = Callable[[int, int], None]
"""Called with (cases audited so far, cases in all)."""

PARSE_BATCH_MESSAGES = 256
PARSE_BATCH_BYTES = 1 << 20
"""A parse batch ends at whichever limit comes first: big enough that a worker's round trip
is small next to its work, small enough to keep the progress bar moving and queues short."""
AUDIT_BATCH_CASES = 64


@dataclass(frozen=True)
class LoadedMailbox:
    """Every usable message of the sources, de-duplicated, and what had to be skipped."""

    messages: list[Message]
    skipped: list[Skipped]
    duplicates: int


def load_messages(
    sources: Sequence[Source], progress: ProgressCallback | None = None, workers: Workers | None = None
) -> LoadedMailbox:
    """Read and parse every message once, streaming; drop copies of the same message.

    The same Message-ID with the same content and threading headers in two sources (inbox and
    an archive, say) is one message; the same id otherwise is kept twice for threading to
    sort out. Parsing runs in ``workers`` when given; the result does not depend on it.
    """
    messages: list[Message] = []
    skipped: list[Skipped] = []
    seen: set[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = set()
    duplicates = 0
    count = 0
    size = 0
    values: dict = {}
    for batch_size, parsed_batch in (workers or Workers(1)).map(parse_batch, _raw_batches(sources)):
        for parsed in parsed_batch:
            if isinstance(parsed, Skipped):
                skipped.append(parsed)
                continue
            # Copies alike in identity and body may still differ in threading headers (a client that sent it again
            # with In-Reply-To added): those are two messages, or which one is kept would depend on the input order.
            key = (parsed[_MESSAGE_ID], parsed[_CONTENT_HASH], parsed[_IN_REPLY_TO], parsed[_REFERENCES])
            if key in seen:
                duplicates += 1
            else:
                seen.add(key)
                messages.append(_sharing_values(parsed, values))
        count += len(parsed_batch)
        size += batch_size
        if progress is not None:
            progress(count, size)
    return LoadedMailbox(messages, skipped, duplicates)


_FIELD_INDEX = {item.name: index for index, item in enumerate(fields(Message))}
_MESSAGE_ID = _FIELD_INDEX["message_id"]
_CONTENT_HASH = _FIELD_INDEX["content_hash"]
_IN_REPLY_TO = _FIELD_INDEX["in_reply_to"]
_REFERENCES = _FIELD_INDEX["references"]
_SHARED_STRINGS = tuple(_FIELD_INDEX[name] for name in ("message_id", "subject", "from_addr", "from_name",
                                                        "date_source"))
_SHARED_TUPLES = tuple(_FIELD_INDEX[name] for name in ("to_addrs", "cc_addrs", "reply_to", "in_reply_to",
                                                       "references"))


def _sharing_values(row: tuple, values: dict) -> Message:
    """The message of a ``message_row``, with one shared copy of each recurring value.

    Ids, addresses and subjects recur across a mailbox (every reply repeats its thread's
    ids in References, every mail to support the same To:), but each message parsed in a
    worker arrives with its own copies. One shared copy each saves about a quarter of the
    memory the messages take (18.4 -> 13.7 MB at 10k messages), with equal values. The
    message is built once, from its row, with the shared values in place.
    """
    share = values.setdefault
    items = list(row)
    for index in _SHARED_STRINGS:
        value = items[index]
        items[index] = share(value, value)
    for index in _SHARED_TUPLES:
        value = items[index]
        if value:
            value = tuple([share(item, item) for item in value])
            items[index] = share(value, value)
    return Message(*items)


def parse_batch(batch: list[RawMessage]) -> tuple[int, list[tuple | Skipped]]:
    """The batch's size in bytes and each of its messages parsed, as a ``message_row`` (run in
    a worker; a plain tuple pickles and unpickles several times faster than the dataclass)."""
    return sum(len(raw.data) for raw in batch), list(map(parse_message_row, batch))


def audit_batch(job: tuple[list[Case], AuditConfig, datetime, bool]) -> list[CaseResult | None]:
    """Each case's result, or ``None`` for a case outside the --since/--until window (run in
    a worker). The result carries no case: the caller has it already, and sending every
    message back through a pipe would cost more than the audit saves. Notes (what
    ``show`` explains) are dropped unless asked for: a report never prints them."""
    cases, config, as_of, keep_notes = job
    results: list[CaseResult | None] = []
    for case in cases:
        audited = run_audit([case], config, as_of)
        if not audited:
            results.append(None)
        elif keep_notes:
            results.append(replace(audited[0], case=None))
        else:
            results.append(replace(audited[0], case=None, notes=()))
    return results


def _raw_batches(sources: Sequence[Source]) -> Iterator[list[RawMessage]]:
    batch: list[RawMessage] = []
    size = 0
    for source in sources:
        for raw in source.iter_raw():
            batch.append(raw)
            size += len(raw.data)
            if len(batch) >= PARSE_BATCH_MESSAGES or size >= PARSE_BATCH_BYTES:
                yield batch
                batch, size = [], 0
    if batch:
        yield batch


def audit_cases(cases: Sequence[Case], config: AuditConfig, as_of: datetime, workers: Workers | None = None,
                progress: CaseProgressCallback | None = None, keep_notes: bool = True) -> list[CaseResult]:
    """``run_audit`` over the cases, in ``workers`` when given, with the same result."""
    batches = ((list(cases[start:start + AUDIT_BATCH_CASES]), config, as_of, keep_notes)
               for start in range(0, len(cases), AUDIT_BATCH_CASES))
    results: list[CaseResult] = []
    position = 0
    for batch_results in (workers or Workers(1)).map(audit_batch, batches):
        for result in batch_results:
            if result is not None:
                results.append(replace(result, case=cases[position]))
            position += 1
        if progress is not None:
            progress(position, len(cases))
    return results


def cases_of(messages: Sequence[Message], config: AuditConfig) -> tuple[list[Case], SupportSide]:
    """The support cases in the messages, and the support side they were told apart by.

    The threads are only a step: their reply maps are let go once the cases hold what the
    audit needs (about a tenth of the parent process's memory on a big mailbox).
    """
    threads = build_threads(messages, subject_window=config.subject_window)
    support = support_side(config, threads)
    cases, _ = build_cases(threads, support)
    return cases, support


def support_side(config: AuditConfig, threads: Sequence[Thread]) -> SupportSide:
    """The configured support side, or one inferred from the conversations."""
    if config.support_addresses or config.support_domains:
        return configured_support(config.support_addresses, config.support_domains)
    return infer_support(thread.messages for thread in threads)


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Run the block without Python's cyclic garbage collector, then turn it back on.

    Loading and threading build hundreds of thousands of long-lived, acyclic objects
    (messages, their tuples and strings, thread indexes); every so often the collector
    walks all of them to find no cycle: a third of the time of threading 100k messages
    (2.9 s of CPU against 2.0 s without it). Reference counting still frees everything else.
    Everything alive at the end is then frozen (``gc.freeze``, never walked again; reference
    counting still frees it): the messages and cases live as long as the audit, and the
    first collection after the pause would otherwise walk them all once more (0.2 s at 100k
    messages, with the workers idle). The paused phases leave no cyclic garbage behind.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def audit_sources(
    sources: Sequence[Source],
    config: AuditConfig,
    as_of: datetime,
    progress: ProgressCallback | None = None,
    workers: int = 1,
    case_progress: CaseProgressCallback | None = None,
    keep_notes: bool = True,
) -> AuditResult:
    """Audit the given sources as of ``as_of`` and return everything a report needs.

    ``workers`` processes parse and audit in parallel; the result is the same for any number.
    ``keep_notes=False`` leaves out the explanations only ``show`` prints, to save memory.
    """
    with Workers(workers) as pool:
        with cycle_collection_paused():
            loaded = load_messages(sources, progress, pool)
            cases, support = cases_of(loaded.messages, config)
        results = audit_cases(cases, config, as_of, pool, case_progress, keep_notes)
    return AuditResult(
        as_of=as_of,
        sources=tuple(source.name for source in sources),
        cases=tuple(results),
        skipped=tuple(loaded.skipped),
        duplicates=loaded.duplicates,
        support_inferred=(f"{support.describe()} ({support.inferred_from})" if support.inferred_from else None),
        settings=config.settings(),
    )
