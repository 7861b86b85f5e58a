"""Run the two costly stages (parsing messages, auditing cases) in worker processes.

Reading stays in the calling process (it is cheap: about 2 % of an audit) and so does
everything that needs the whole mailbox at once (de-duplication, threading, cases). Work
goes out in batches and comes back in submission order, so the caller sees the same list
in the same order as a single-process run, whatever the number of workers; the report is
therefore identical byte for byte.

Batches are submitted through a bounded window rather than ``Pool.imap``, whose feeder
thread would read the whole mailbox into the task queue ahead of the workers.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from happyaudit.errors import WorkerError

BatchIn = TypeVar("BatchIn")
BatchOut = TypeVar("BatchOut")

IN_FLIGHT_PER_WORKER = 3
"""Batches submitted but not yet collected, per worker: enough to keep every worker busy
while the caller reads ahead, few enough that at most a few MB of mail wait in queues."""
ORPHAN_CHECK_SECONDS = 0.5
"""How often a worker checks that the audit that started it is still there."""


def default_workers() -> int:
    """The CPUs this process may run on (respects taskset and container CPU sets)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class Workers:
    """A lazily started pool of worker processes with an order-preserving batch map.

    With one worker, or when a stage has a single batch, the work runs in this process and
    no pool is started: small mailboxes pay nothing for parallelism.
    """

    def __init__(self, count: int) -> None:
        self.count = max(1, count)
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, exc_type, exc, traceback) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=exc_type is None, cancel_futures=True)
            self._executor = None

    def map(self, function: Callable[[BatchIn], BatchOut], batches: Iterable[BatchIn]) -> Iterator[BatchOut]:
        """``function`` applied to every batch, results yielded in the batches' order.

        ``function`` must be a module-level function (it is pickled by name) and pure:
        the same batch gives the same result in any process.
        """
        batches = iter(batches)
        first = next(batches, None)
        if first is None:
            return
        second = next(batches, None)
        if self.count == 1 or second is None:
            yield function(first)
            if second is not None:
                yield function(second)
            for batch in batches:
                yield function(batch)
            return
        try:
            yield from self._map_in_pool(function, first, second, batches)
        except BrokenProcessPool:
            raise WorkerError(
                "a worker process stopped unexpectedly (killed, or out of memory?); "
                "run again with --workers 1 to audit in one process"
            ) from None

    def _map_in_pool(self, function: Callable[[BatchIn], BatchOut], first: BatchIn, second: BatchIn,
                     batches: Iterator[BatchIn]) -> Iterator[BatchOut]:
        executor = self._start()
        window: deque[Future] = deque([executor.submit(function, first), executor.submit(function, second)])
        limit = self.count * IN_FLIGHT_PER_WORKER
        for batch in batches:
            while len(window) >= limit:
                yield window.popleft().result()
            window.append(executor.submit(function, batch))
        while window:
            yield window.popleft().result()

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.count, mp_context=_context(), initializer=_prepare_worker
            )
        return self._executor


def _context() -> multiprocessing.context.BaseContext:
    # Linux: fork. The pool starts at the first batch, while this process is still small,
    # so starting a worker costs milliseconds, and the workers are this process's children,
    # which lets them notice when it dies (below); a forkserver's workers keep the server
    # alive and cannot. Fork is safe here although the progress bar runs a thread: the
    # workers only parse and audit and never touch the console or its lock. Elsewhere
    # (macOS, Windows) fork is unsafe or missing: spawn.
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def _prepare_worker() -> None:
    """Set up a worker process: it leaves interrupts to the parent and dies with it."""
    # A forked worker inherits the parent's collector state, and the parent pauses the
    # collector while it loads and threads (pipeline.cycle_collection_paused); a worker
    # parses and audits for the whole run and needs it on.
    gc.enable()
    # Ctrl-C reaches the whole process group; only the parent decides what it means, and it
    # shuts the pool down. A worker that died of it would turn a clean stop into a crash.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    # If the audit is killed (SIGTERM, SIGKILL) it cannot shut the pool down, and a worker
    # waiting for its next batch would wait forever, holding the terminal's or a CI job's
    # output pipes open. The pool's parent goes away with the audit, so a changed parent
    # pid means nobody is left to serve.
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_SECONDS)
    os._exit(1)
