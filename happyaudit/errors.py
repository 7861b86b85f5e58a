"""Errors the CLI maps to documented exit codes; one base class per subsystem."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """Process exit codes, documented in the README and pinned by tests."""

    OK = 0
    THRESHOLD = 1
    USAGE = 2
    SOURCE = 3


class HappyAuditError(Exception):
    """Base of every error happyaudit reports as a one-line message."""

    exit_code: ExitCode = ExitCode.USAGE


class ConfigError(HappyAuditError):
    """A flag, setting or input path is wrong: the user must change the command."""

    exit_code = ExitCode.USAGE


class InputError(HappyAuditError):
    """An input path is missing, unreadable or not a mailbox."""

    exit_code = ExitCode.USAGE


class SourceError(HappyAuditError):
    """A source could be opened but not read to the end (I/O failure, server error)."""

    exit_code = ExitCode.SOURCE


class ReportError(HappyAuditError):
    """The report could not be written."""

    exit_code = ExitCode.USAGE


class WorkerError(HappyAuditError):
    """A worker process died mid-audit (killed, out of memory): the audit cannot be completed."""

    exit_code = ExitCode.USAGE
