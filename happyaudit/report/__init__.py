"""Report formats: one enum the CLI offers, one writer per machine format."""

from __future__ import annotations

import enum
import json
from collections.abc import Callable

from happyaudit.model import AuditResult
from happyaudit.report.records import build_records


class OutputFormat(str, enum.Enum):
    """The formats ``--format`` accepts."""

    TABLE = "table"
    JSON = "json"


def to_json(result: AuditResult, rule_names: list[str] | None = None) -> str:
    """The JSON report exactly as ``../shared/report-contract.md`` defines it."""
    return json.dumps(build_records(result, rule_names), indent=2, ensure_ascii=False) + "\n"


FILE_WRITERS: dict[OutputFormat, Callable[..., str]] = {
    OutputFormat.JSON: to_json,
}
"""Formats rendered to a string; ``table`` is drawn on a rich Console instead."""
