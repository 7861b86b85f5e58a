"""Report formats: the enum ``--format`` offers, the writer of each, and the format a file name implies."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from happyaudit.report.breakdowns import GroupRow, groups_csv, groups_markdown, groups_records
from happyaudit.report.files import iter_json, to_csv, to_html, to_json, to_junit, to_markdown


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


def render_text(records: dict, output_format: OutputFormat, *, show_all: bool = False,
                groups: list[GroupRow] | None = None, group_by: str | None = None,
                history: list | None = None) -> str:
    """A machine or shareable report as text, with breakdowns and trend where the format carries them.

    Breakdowns go under ``groups`` in JSON, as a second table in Markdown, and replace
    the per-finding rows in CSV (one table per file); the HTML report charts the history.
    """
    if groups is not None and output_format is OutputFormat.CSV:
        return groups_csv(groups)
    if groups is not None and output_format is OutputFormat.JSON:
        records = {**records, "groups": groups_records(groups)}
    if output_format is OutputFormat.HTML:
        return to_html(records, show_all=show_all, history=history)
    text = FILE_WRITERS[output_format](records, show_all=show_all)
    if groups is not None and output_format is OutputFormat.MARKDOWN:
        text += "\n" + groups_markdown(groups, by=group_by)
    return text


def write_report(handle: TextIO, records: dict, output_format: OutputFormat, *, show_all: bool = False,
                 groups: list[GroupRow] | None = None, group_by: str | None = None,
                 history: list | None = None) -> None:
    """Write ``render_text``'s report to ``handle``, the same text, streamed where it is large.

    A JSON report of a big mailbox is tens of MB: it is written a case at a time instead of
    holding every case record, the whole text and the encoder's list of pieces at once.
    """
    if output_format is OutputFormat.JSON:
        document = {**records, "groups": groups_records(groups)} if groups is not None else records
        for piece in iter_json(document):
            handle.write(piece)
        handle.write("\n")
        return
    handle.write(render_text(records, output_format, show_all=show_all, groups=groups, group_by=group_by,
                             history=history))
