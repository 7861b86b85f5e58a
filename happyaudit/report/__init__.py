"""Report formats: the enum ``--format`` offers, the writer of each, and the format a file name implies."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from happyaudit.report.files import to_csv, to_html, to_json, to_junit, to_markdown


class OutputFormat(str, enum.Enum):
    """The formats ``--format`` accepts."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    HTML = "html"
    JUNIT = "junit"


FILE_WRITERS: dict[OutputFormat, Callable[..., str]] = {
    OutputFormat.JSON: to_json,
    OutputFormat.CSV: to_csv,
    OutputFormat.MARKDOWN: to_markdown,
    OutputFormat.HTML: to_html,
    OutputFormat.JUNIT: to_junit,
}
"""Formats rendered from the contract records to a string; ``table`` is drawn on a Console."""

_BY_EXTENSION = {
    ".json": OutputFormat.JSON, ".csv": OutputFormat.CSV, ".md": OutputFormat.MARKDOWN,
    ".markdown": OutputFormat.MARKDOWN, ".html": OutputFormat.HTML, ".htm": OutputFormat.HTML,
    ".xml": OutputFormat.JUNIT, ".txt": OutputFormat.TABLE,
}


def format_for_path(path: Path | None) -> OutputFormat:
    """The format an ``--output`` file's extension asks for; ``table`` when it says nothing."""
    if path is None:
        return OutputFormat.TABLE
    return _BY_EXTENSION.get(path.suffix.lower(), OutputFormat.TABLE)
