"""Find the signature at the end of a mail body: a "-- " block, a list-footer rule, a mobile footer.

``quotes.split_reply`` takes it off what the sender wrote; the audit strips, with a looser test,
a signature that only a link's "?" kept in the text (``without_signature``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from happyaudit.body_lines import code_block_mask, scan, split_lines
from happyaudit.quote_patterns import (
    MAX_SCANNED_CHARS,
    MOBILE_FOOTER,
    MOBILE_FOOTER_MAX_WORDS,
    MOBILE_FOOTER_START,
    SEPARATOR_ONLY,
    SIGNATURE_DELIMITER,
    SIGNATURE_FIRST_LINE,
    SIGNATURE_LATER_LINE,
    UNDERSCORE_RULE,
)

_SIGNATURE_MAX_LINES = 20
_FOOTER_TAIL_MAX_LINES = 4


@lru_cache(maxsize=4096)
def without_signature(text: str) -> str:
    """``text`` without a trailing "-- " signature, also when the signature holds a "?" only in a
    URL or in a tagline with a link ("Questions about our work? https://…").

    ``quotes.split_reply`` keeps such a block as written (a "?" below "--" may be a real question, and
    the reply-splitting corpora expect it kept); the audit, which must not read a question in a
    signature, strips it with this looser test.
    """
    if not may_hold_signature(text or ""):
        return text  # most texts: the parse took the signature off already
    lines = split_lines(text or "")
    in_code = code_block_mask(lines)
    start = signature_start(lines, in_code, 0, tolerant=True)
    return text if start is None else "\n".join(lines[:start]).rstrip()


def may_hold_signature(text: str) -> bool:
    """False only for text ``without_signature`` returns as it is: it cuts only at a line that
    starts with "--", with ten underscores or with a mobile footer, on lines split at "\\n"
    after "\\r\\n" and "\\r" became "\\n", as here (checked in tests/test_prechecks.py)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SIGNATURE_FIRST_LINE.match(text) is not None or SIGNATURE_LATER_LINE.search(text) is not None


def signature_start(lines: list[str], in_code: list[bool], first: int, tolerant: bool = False) -> int | None:
    """Where a trailing signature starts at or after `first`: "-- ", a list-footer rule, a mobile footer.

    ``tolerant`` is ``without_signature``'s looser test: a "?" only in a URL or in a tagline with a
    link below the delimiter does not keep the block as text."""
    end = len(lines)
    while end > first and SEPARATOR_ONLY.match(scan(lines[end - 1])) and not in_code[end - 1]:
        end -= 1
    # A line counts only below the first non-blank line; the non-blank lines after it are
    # listed only for a candidate line (a delimiter or a footer), so the scan stays linear.
    first_content = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    start = max(first, first_content + 1, 0)
    # Only a line that ``SIGNATURE_LATER_LINE`` finds at its start can be a candidate (the pre-check
    # of ``may_hold_signature``): one search finds the first such line, and no line above it is read.
    candidate = SIGNATURE_LATER_LINE.search("\n" + "\n".join(lines[start:end]))
    if candidate is None:
        return None
    for index in range(start + candidate.string.count("\n", 0, candidate.start()), end):
        if in_code[index] or lines[index].lstrip(" \t").startswith(">"):
            continue
        scanned = lines[index][:MAX_SCANNED_CHARS]
        rest: list[str] | None = None
        if (scanned.startswith("--") and SIGNATURE_DELIMITER.match(scanned)
                or "__________" in scanned and UNDERSCORE_RULE.match(scanned)):
            rest = [line for line in lines[index + 1 : end] if line.strip()]
            asks = (_asks(line, rest[n + 1] if n + 1 < len(rest) else "") if tolerant else "?" in line
                    for n, line in enumerate(rest))
            if len(rest) <= _SIGNATURE_MAX_LINES and not any(asks):
                return index
        if MOBILE_FOOTER_START.match(scanned) and _is_mobile_footer(scanned):
            if rest is None:
                rest = [line for line in lines[index + 1 : end] if line.strip()]
            if _footer_tail_is_small(rest):
                return index
    return None


def split_signature(kept: list[str]) -> tuple[list[str], list[str]]:
    """Take a trailing signature and trailing separator lines off the new text of ``split_reply``:
    (the text, the signature's lines). A signature is looked for only below the last quote kept."""
    last_quote = max((i for i, line in enumerate(kept) if line.startswith("> ")), default=-1)
    in_code = code_block_mask(kept)
    end = len(kept)
    while end > 0 and SEPARATOR_ONLY.match(scan(kept[end - 1])) and not in_code[end - 1]:
        end -= 1
    start = signature_start(kept[:end], in_code[:end], last_quote + 1)
    if start is None:
        return kept[:end], []
    return kept[:start], kept[start:end]


_LINK = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ()/.-]{6,}\d")


def _asks(line: str, next_line: str = "") -> bool:
    """Whether a line below a signature delimiter asks something, so it is text, not signature.

    A "?" inside a URL ("…/help?topic=x") asks nothing, and neither does a short tagline that
    comes with a link, address or phone number on its line or the next ("Questions? https://…",
    "Need help? Call +44 20 …"): that is a signature's call to action, not a question to the reader.
    """
    scanned = scan(line)
    if "?" not in _LINK.sub("", scanned):
        return False
    if _LINK.search(scanned):
        return False
    return not (len(scanned.split()) <= _TAGLINE_MAX_WORDS and _LINK.match(scan(next_line).strip()))


_TAGLINE_MAX_WORDS = 8


def _is_mobile_footer(line: str) -> bool:
    stripped = line.strip()
    return (
        MOBILE_FOOTER_START.match(stripped) is not None
        and len(stripped.split()) <= MOBILE_FOOTER_MAX_WORDS
        and "?" not in stripped
        and MOBILE_FOOTER.match(stripped) is not None
    )


def _footer_tail_is_small(rest: list[str]) -> bool:
    """What follows a mobile footer is signature too only if it is more footers or a few short lines."""
    footers = sum(1 for line in rest if _is_mobile_footer(scan(line)))
    if footers * 2 >= len(rest) and all(_is_short_statement(line) for line in rest):
        return True
    return len(rest) <= _FOOTER_TAIL_MAX_LINES and not any("?" in line for line in rest)


def _is_short_statement(line: str) -> bool:
    return len(line.split()) <= 12 and "?" not in line
