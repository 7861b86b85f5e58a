"""Split a plain-text mail body into what the sender wrote, the quoted history, and the signature
(found by signatures.py).

Hand-written rather than wrapping a library: on scripts/measure_quotes.py, mail-parser-reply 1.36
reached 33% exact on the discourse-reply-trimmer set, email-reply-parser 0.5.12 44% and
quotequail 0.5.4 13%, and none keeps the quoted line an inline answer replies to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress

from happyaudit.body_lines import code_block_mask, is_quote, scan, split_lines
from happyaudit.quote_patterns import (
    ADDRESS_ATTRIBUTION,
    ATTRIBUTION_END,
    ATTRIBUTION_OPENER,
    EMBEDDED_OPENER,
    HAS_DATE_OR_ADDRESS,
    HEADER_FROM,
    HEADER_OTHER,
    HISTORY_SEPARATOR,
    HISTORY_SEPARATOR_START,
    MAX_SCANNED_CHARS,
)
from happyaudit.signatures import signature_start, split_signature

_QUOTE_MARKERS = re.compile(r"^(?:[ \t]*>)+[ \t]?")
_HEADER_BLOCK_WINDOW = 8
_ATTRIBUTION_MAX_LINES = 3


@dataclass(frozen=True, slots=True)
class ReplySplit:
    """One message body, split: new_text keeps "> line" above each inline answer."""

    new_text: str
    quoted_lines: int
    signature: str
    inline: bool


def split_reply(text: str) -> ReplySplit:
    """Split a body into the sender's new text, the count of history lines removed, and the signature.

    The auditor must judge only what this sender wrote, so quoted history (">" quotes with their
    attribution, Outlook header blocks, forwards) and signatures are taken out; for an inline
    reply, the quoted lines directly above each answer are kept so the answer still reads in context.
    """
    lines = split_lines(text)
    in_code = code_block_mask(lines)
    if "[" in text and (answered_below := _answers_marked_in_history(lines, in_code)) is not None:
        lines = answered_below
        in_code = code_block_mask(lines)
    kept_lines, folded = _fold_quoted_tail(lines, in_code)
    if folded:
        return _split_lines_of(lines[:kept_lines], in_code[:kept_lines], folded)
    return _split_lines_of(lines, in_code)


_ANSWER_MARK = re.compile(r"^[ \t]*\[([A-Z]{2,4})\][ \t]*[:\-\u2013]?[ \t]*(?=\S)")
"""An answer marked with its writer's initials under a question of the history: "[DR] Friday 20th, between 8 and 10."."""
_ANSWER_MARKS_MIN = 2
_RULE_LINE = re.compile(r"^[ \t]*[_\-=*]{5,}[ \t]*$")
"""A line drawn across above the history ("________________________________")."""


def _answers_marked_in_history(lines: list[str], in_code: list[bool]) -> list[str] | None:
    """The lines with answers written into the history below an Outlook header block ("Answers below." over the
    customer's mail, each answer marked "[DR] ..."), rewritten as a ">"-quoted inline reply; else ``None``.

    Outlook quotes without ">" markers, so answers typed into the history (often in colour, lost in plain text)
    would be cut away with it. Only initials in brackets, the same ones at least twice and in the first block of
    history (not in the history of a mail quoted below it), tell an answer from the customer's own lines.
    """
    if sum(1 for line in lines if "[" in line[:8] and _ANSWER_MARK.match(line)) < _ANSWER_MARKS_MIN:
        return None
    cut = _history_start(lines, in_code, _attribution_ends(lines))
    if cut >= len(lines):
        return None
    start = next((index for index in range(cut, len(lines)) if not lines[index].strip()), len(lines))
    end = _history_start(lines[start:], in_code[start:], _attribution_ends(lines[start:])) + start
    marks = [match.group(1) for line in lines[start:end] if (match := _ANSWER_MARK.match(line))]
    if len(marks) < _ANSWER_MARKS_MIN or len(set(marks)) != 1:
        return None
    above = cut
    while above and (not lines[above - 1].strip() or _RULE_LINE.match(lines[above - 1])):
        above -= 1
    rewritten = list(lines[:above])
    answering = False
    for line in lines[start:end]:
        if (match := _ANSWER_MARK.match(line)) is not None:
            rewritten.append(line[match.end():])
            answering = True
        elif not line.strip():
            rewritten.append(line)
            answering = False
        else:
            rewritten.append(line if answering else f"> {line}")
    return rewritten + [f"> {line}" if line.strip() else line for line in lines[end:]]


def _split_lines_of(lines: list[str], in_code: list[bool], folded: int = 0) -> ReplySplit:
    """``split_reply`` of the text made of these lines (``in_code`` is their code-block mask),
    with ``folded`` quoted lines below them (``_fold_quoted_tail``)."""
    ends = _attribution_ends(lines)
    cut = _history_start(lines, in_code, ends)
    history_lines = sum(1 for line in lines[cut:] if line.strip())
    head = lines[:cut]
    kinds = _classify(head, in_code, ends)
    kept, dropped, inline = _assemble(head, kinds, in_code[:cut])
    body, signature = split_signature(kept)
    return ReplySplit(
        new_text="\n".join(body).strip("\n").rstrip(),
        quoted_lines=history_lines + dropped + folded,
        signature="\n".join(signature).strip(),
        inline=inline,
    )


def _fold_quoted_tail(lines: list[str], in_code: list[bool]) -> tuple[int, int]:
    """(how many lines to split, how many quoted lines to count without reading them).

    Most replies end in their quoted history: a run of ">" lines and blank lines down to the
    end, often half of the body, which every pass of the split used to read line by line.
    No such line can start a history cut, an attribution or a signature, or be a header line
    or text; what the lines above them learn from the run is only that the next non-blank
    line is a quote, and that a quote below the last text answers nothing. Both still hold
    when the run is cut after its first quote, so the split of the lines down to there equals
    the split of all of them, except that each further quote line is one more quoted line
    (history, or a dropped quote). Not done where the text has a code block, whose lines are
    content whatever they start with. tests/test_quotes_linear.py compares the two splits.
    """
    if True in in_code:
        return len(lines), 0
    quotes, from_end = 0, 0
    for below, line in enumerate(reversed(lines)):
        if line.startswith(">") or line.lstrip(" \t").startswith(">"):  # most quote lines: one call
            quotes += 1
            from_end = below
        elif line.strip():
            break
    if quotes < 2:
        return len(lines), 0
    return len(lines) - from_end, quotes - 1


def _attribution_length(lines: list[str], start: int) -> int:
    """How many lines (1–3) an attribution starting at `start` spans, or 0 when there is none."""
    first = scan(lines[start]).strip()
    if not first or is_quote(first):
        return 0
    if not _may_end_attribution(first, lines, start):
        return 0
    joined = first
    for span in range(1, _ATTRIBUTION_MAX_LINES + 1):
        if span > 1:
            extra = start + span - 1
            if extra >= len(lines) or not lines[extra].strip() or is_quote(lines[extra]):
                return 0
            joined = f"{joined} {scan(lines[extra]).strip()}"
        if not HAS_DATE_OR_ADDRESS.search(joined):
            continue
        opener = ATTRIBUTION_OPENER.match(joined) is not None
        if not opener and EMBEDDED_OPENER.search(joined):
            return 0
        # Both end patterns need the (stripped) joined text to end in one of these: test that
        # first, since ATTRIBUTION_END searches slowly through a long line.
        if joined.endswith(_ATTRIBUTION_ENDINGS):
            if (opener or "@" in joined or span == 1) and ATTRIBUTION_END.search(joined):
                return span
            if (opener or span == 1) and ADDRESS_ATTRIBUTION.search(joined):
                return span
        if span > 1 and not opener:
            return 0
    return 0


_ATTRIBUTION_ENDINGS = (":", "：", "--")


def _may_end_attribution(first: str, lines: list[str], start: int) -> bool:
    """A cheap necessary condition for ``_attribution_length`` to find an attribution.

    It returns a span only when ``ATTRIBUTION_END`` or ``ADDRESS_ATTRIBUTION`` matches the
    joined lines, and both end in ":", "：" or "--" before trailing space. The joined text of a
    span ends as its last (scanned, stripped) line does, and a span stops at a blank or quoted
    line, so one of the up to three lines before the first such line must end that way.
    """
    if first.endswith(_ATTRIBUTION_ENDINGS):
        return True
    for extra in range(start + 1, min(start + _ATTRIBUTION_MAX_LINES, len(lines))):
        line = lines[extra]
        if not _continues_attribution(line):
            return False
        if scan(line).rstrip().endswith(_ATTRIBUTION_ENDINGS):
            return True
    return False


def _attribution_ends(lines: list[str]) -> list[bool]:
    """For each line, whether it ends the way the last line of an attribution must: in ":", "："
    or "--" (see ``_may_end_attribution``). Worked out once per body for ``_may_start_attribution``."""
    # rstrip, not strip: both leave the same last characters. Without a line longer than the
    # scanned slice, the lines need no slicing.
    scanned = lines if max(map(len, lines), default=0) <= MAX_SCANNED_CHARS else [scan(line) for line in lines]
    return [line.rstrip().endswith(_ATTRIBUTION_ENDINGS) for line in scanned]


def _may_start_attribution(lines: list[str], ends: list[bool], count: int) -> list[bool]:
    """``_may_end_attribution`` for each of the first ``count`` lines at once (``ends`` from
    ``_attribution_ends``): the loops over every line call ``_attribution_length`` only where it holds.

    Worked out from the few lines that end like an attribution: such a line ends one starting
    there, or one or two lines above it when the lines in between are neither blank nor quoted.
    """
    may_start = [False] * count
    for last in compress(range(count), ends[:count]):
        may_start[last] = True
        if last >= 1 and _continues_attribution(lines[last]):
            may_start[last - 1] = True
            if last >= 2 and _continues_attribution(lines[last - 1]):
                may_start[last - 2] = True
    return may_start


def _continues_attribution(line: str) -> bool:
    """Whether a line can be the second or third line of an attribution: neither blank nor quoted."""
    return bool(line.strip()) and not is_quote(line)


def _next_content(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _is_header_block(lines: list[str], start: int) -> bool:
    """An Outlook-style header block: a "From:" (or "Date:") line closely followed by two more header lines."""
    first = scan(lines[start])
    if ":" not in first and "：" not in first:
        return False  # both header patterns need a colon
    starts_with_from = HEADER_FROM.match(first) is not None
    if not starts_with_from and not HEADER_OTHER.match(first):
        return False
    window = [scan(line) for line in lines[start + 1 : start + 1 + _HEADER_BLOCK_WINDOW]]
    has_from = starts_with_from or any(HEADER_FROM.match(line) for line in window)
    return has_from and sum(1 for line in window if HEADER_OTHER.match(line) or HEADER_FROM.match(line)) >= 2


def _history_start(lines: list[str], in_code: list[bool], ends: list[bool]) -> int:
    """Index of the first line of unquoted history (header block, separator, forward, bare attribution).

    An attribution on the first line is not a cut: with nothing written above it, what follows is
    the sender's answer (HTML mail often loses the ">" markers), so only the attribution is dropped.
    """
    may_start = _may_start_attribution(lines, ends, len(lines))
    seen_content = False
    for index, line in enumerate(lines):
        if in_code[index] or not line.strip() or line.lstrip(" \t").startswith(">"):
            continue
        scanned = line[:MAX_SCANNED_CHARS]
        if HISTORY_SEPARATOR_START.match(scanned) and HISTORY_SEPARATOR.match(scanned):
            return index
        if (":" in scanned or "：" in scanned) and _is_header_block(lines, index):
            return index
        if seen_content and may_start[index] and _is_bare_attribution(lines, index):
            return index
        seen_content = True
    return len(lines)


def _is_bare_attribution(lines: list[str], index: int) -> bool:
    """An attribution not followed by ">" lines: the history below it was quoted without markers."""
    span = _attribution_length(lines, index)
    if not span:
        return False
    if not ATTRIBUTION_OPENER.match(scan(lines[index])) and "@" not in " ".join(lines[index : index + span]):
        return False
    following = _next_content(lines, index + span)
    return following >= len(lines) or not is_quote(lines[following])


def _classify(head: list[str], in_code: list[bool], ends: list[bool] | None = None) -> list[str]:
    """Label each line 'text', 'blank', 'quote' or 'attribution' (an attribution directly above a quote).

    ``ends`` is ``_attribution_ends`` of ``head`` or of lines that ``head`` begins.
    """
    may_start = _may_start_attribution(head, _attribution_ends(head) if ends is None else ends, len(head))
    kinds = ["blank" if not line.strip() else "quote" if not code and line.lstrip(" \t").startswith(">") else "text"
             for line, code in zip(head, in_code)]
    labelled_up_to = 0  # the lines of an attribution already labelled are not looked at again
    for index in compress(range(len(head)), may_start):  # elsewhere no attribution can start
        if index < labelled_up_to or kinds[index] != "text" or in_code[index]:
            continue
        span = _attribution_length(head, index)
        following = _next_content(head, index + span) if span else len(head)
        # Only look back for earlier content when there is an attribution (linear, not quadratic).
        if span and (not any(kind != "blank" for kind in kinds[:index])
                     or following < len(head) and kinds[following] == "quote"):
            kinds[index : index + span] = ["attribution"] * span
            labelled_up_to = index + span
    return kinds


def _assemble(head: list[str], kinds: list[str], in_code: list[bool]) -> tuple[list[str], int, bool]:
    """Keep the sender's text; for inline answers keep the quoted paragraph right above each answer.

    A signature written below the quotes ("-- " after a bottom quote) does not make the reply inline.
    """
    quote_positions = [i for i, kind in enumerate(kinds) if kind == "quote"]
    tail_signature = signature_start(head, in_code, quote_positions[-1] + 1) if quote_positions else None
    answer_end = len(head) if tail_signature is None else tail_signature
    text_positions = [i for i, kind in enumerate(kinds[:answer_end]) if kind == "text"]
    inline = bool(text_positions and quote_positions and text_positions[-1] > quote_positions[0])
    answered = _answered_lines(head, kinds) if inline else []
    kept: list[str] = []
    dropped = 0
    for index, line in enumerate(head):
        kind = kinds[index]
        if kind in ("text", "blank"):
            kept.append(line)
            continue
        if kind == "attribution" or not inline or not answered[index]:
            dropped += 1
            continue
        stripped = _QUOTE_MARKERS.sub("", line)
        if stripped.strip():
            kept.append(f"> {stripped}")
    return kept, dropped, inline


def _answered(head: list[str], kinds: list[str], index: int) -> bool:
    """A quote line is answered when it belongs to the last quoted paragraph right above some text."""
    position = index
    while position < len(kinds) and kinds[position] == "quote":
        if not _QUOTE_MARKERS.sub("", head[position]).strip():
            return False
        position += 1
    while position < len(kinds) and kinds[position] == "blank":
        position += 1
    return position < len(kinds) and kinds[position] == "text"


def _answered_lines(head: list[str], kinds: list[str]) -> list[bool]:
    """``_answered`` for every line at once, from the bottom up (one pass instead of one per quote line)."""
    count = len(kinds)
    answered = [False] * (count + 1)  # answered[p]: _answered's result with its scan starting at p
    text_after = [False] * (count + 1)  # text_after[p]: the first non-blank line from p on is text
    for position in range(count - 1, -1, -1):
        kind = kinds[position]
        text_after[position] = text_after[position + 1] if kind == "blank" else kind == "text"
        if kind == "quote":
            answered[position] = bool(_QUOTE_MARKERS.sub("", head[position]).strip()) and answered[position + 1]
        else:
            answered[position] = text_after[position]
    return answered
