"""Where a customer's or an agent's own words end: the sign-off ("Kind regards,") and the signature under it that
no "-- " delimiter marks (a name, a title, a phone number, a tagline). Questions, answers and promises are read
only above it."""

from __future__ import annotations

import re
from functools import lru_cache

from happyaudit.audit.text import _DISCLAIMER, _TEXT_CACHE, _URL, unsigned

_SIGN_OFF_ONLY = re.compile(
    r"^(?:best|best\s+regards|kind\s+regards|regards|warm\s+regards|best\s+wishes|all\s+the\s+best|cheers|thanks|"
    r"thank\s+you|many\s+thanks|thanks\s+again|sincerely|yours(?:\s+sincerely|\s+truly)?|"
    r"mit\s+freundlichen\s+gr[üu](?:ß|ss)en|freundliche\s+gr[üu](?:ß|ss)e|viele\s+gr[üu](?:ß|ss)e|beste\s+gr[üu](?:ß|ss)e|"
    r"gru(?:ß|ss)|lg|mfg|cordialement|bien\s+cordialement|bien\s+[àa]\s+vous|salutations|merci|saludos|un\s+saludo|"
    r"un\s+cordial\s+saludo|un\s+saludo\s+cordial|saludos\s+cordiales|cordiales\s+saludos|un\s+(?:fuerte\s+)?abrazo|"
    r"atentamente|gracias|met\s+vriendelijke\s+groet(?:en)?|groet(?:en|jes)?|mvg|bedankt)"
    # greetings from a place, and the name on the same line: "Viele Grüße aus Balnahard", "Un cordial saludo, Lucía"
    r"(?:\s+(?:aus|from|de)\s+(?-i:[A-ZÀ-Ý][\w'-]+))?(?:[\s,]+(?-i:[A-ZÀ-Ý][\w'-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w'-]+))?)?"
    r"[\s,.!]*$",
    re.IGNORECASE,
)
_BARE_NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'-]+(?:\s+[A-ZÀ-Ý][\w'.-]*){0,2}[,.]?$")
"""A line with only a name ("Maria", "Maria Lopez"): a sign-off of its own."""
_SIGNATURE_BLOCK_MAX_LINES = 8
_SIGNATURE_LINE_MAX_WORDS = 12
_SIGNATURE_TAGLINE_MAX_WORDS = 25


@lru_cache(maxsize=_TEXT_CACHE)
def without_signature_block(text: str) -> str:
    """The text above a sign-off ("Kind regards,") when what follows it looks like a signature.

    A signature without the "-- " delimiter still starts under the sign-off: the name, a title,
    a phone number, a tagline ("Questions about our projects? Visit …"). Up to eight short
    lines below a sign-off that is not the first line are dropped; anything longer is text.
    """
    unsigned_text = unsigned(text or "")
    lines = unsigned_text.splitlines()
    content = [i for i, line in enumerate(lines) if (stripped := line.strip()) and stripped[0] != ">"]  # not _QUOTED
    # Only a sign-off with at most eight content lines below it can start the block: look no higher.
    for position in range(max(1, len(content) - 1 - _SIGNATURE_BLOCK_MAX_LINES), len(content)):
        index = content[position]
        line = lines[index].strip()
        if not (_SIGN_OFF_ONLY.match(line) or _BARE_NAME.match(line) and _SIGN_OFF_ONLY.match(lines[content[position - 1]]
                                                                                               .strip()) is None):
            continue
        # A disclaimer under the signature ("If you received it in error, …") is no text of the message.
        rest = [lines[i] for i in content[position + 1:] if not _DISCLAIMER.search(lines[i])]
        longest = _SIGNATURE_TAGLINE_MAX_WORDS if _named_again(line, rest) else _SIGNATURE_LINE_MAX_WORDS
        if len(rest) <= _SIGNATURE_BLOCK_MAX_LINES and all(
                len(_URL.sub("", line).split()) <= longest for line in rest):
            return "\n".join(lines[: index + 1])
    return unsigned_text


def _named_again(line: str, rest: list[str]) -> bool:
    """Whether the lines under a sign-off or a name open with the name said again, as a signature does: "Callum" and
    then "Callum Reid / Parts Desk | …", or "Best regards, / Morwenna / Morwenna Hocking / …". Such a signature's
    tagline may be a sentence or two ("Not sure which part you need? Send us the model number from the rating
    plate.")."""
    if not rest:
        return False
    if _opens_with_name(rest[0], line):
        return True
    return len(rest) > 1 and _BARE_NAME.match(rest[0].strip()) is not None and _opens_with_name(rest[1], rest[0])


def _opens_with_name(later: str, earlier: str) -> bool:
    """Whether a line opens with the first word of the line above it, that word's comma or full stop aside
    ("Callum," and then "Callum Reid")."""
    return later.split()[0] == earlier.split()[0].rstrip(",.")
