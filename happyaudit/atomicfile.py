"""Report files written completely or not at all, even when the run is interrupted."""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from pathlib import Path

from happyaudit.errors import ReportError


class atomic_output:
    """Write a report file completely or not at all: a temp file renamed into place.

    While the temp file exists, SIGTERM exits with 143 through ``SystemExit`` instead of
    killing the process outright, so the temp file is removed on the way out.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.previous_sigterm = None

    def __enter__(self):
        directory = self.path.parent if str(self.path.parent) else Path(".")
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL):
            self.previous_sigterm = signal.signal(signal.SIGTERM, exit_on_sigterm)
        try:
            fd, self.temp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=directory)
        except OSError as exc:
            self._restore_sigterm()
            raise ReportError(f"{self.path}: cannot write report ({exc.strerror})") from None
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.handle

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            self.handle.close()
            if exc is None:
                try:
                    os.replace(self.temp, self.path)
                except OSError as err:
                    os.unlink(self.temp)
                    raise ReportError(f"{self.path}: cannot write report ({err.strerror})") from None
            else:
                os.unlink(self.temp)
        finally:
            self._restore_sigterm()
        return False

    def _restore_sigterm(self) -> None:
        if self.previous_sigterm is not None:
            signal.signal(signal.SIGTERM, self.previous_sigterm)
            self.previous_sigterm = None


def exit_on_sigterm(signum, frame) -> None:
    """SIGTERM while a report file is being written: unwind (removing the temp file), exit 143."""
    raise SystemExit(128 + signal.SIGTERM)
