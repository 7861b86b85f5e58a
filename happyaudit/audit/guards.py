"""Cheap pre-checks in front of the judgement's big regular expressions, the same matches faster.

``Hint`` tests for a word every match must hold before a pattern runs; ``word_start_guarded`` and
``first_letter_guarded`` put a look-ahead for the first characters a pattern's words can begin with in
front of it, read from ``re``'s own parse of the pattern. tests/test_prechecks.py checks each against the
pattern it guards on every sentence of the test corpora.
"""

from __future__ import annotations

import re

try:  # re's own parser (private, in every Python this project supports); without it nothing is guarded
    from re import _constants as _re_constants
    from re import _parser as _re_parser
except ImportError:  # pragma: no cover - a future Python; the patterns then run unguarded, as before
    _re_constants = _re_parser = None

from happyaudit.quote_patterns import first_letters


def word_start_alternatives(source: str) -> str:
    """``source`` with the leading ``\\b`` of its top-level alternatives factored into one group.

    Python's ``re`` tries every alternative at every position; with one ``\\b(?:…)`` in front of
    them all, a position inside a word fails once instead of once per alternative, several
    times faster on the big alternations. The same positions match: the anchored alternatives
    come first, in their order, then the word-start ones in theirs. Hand-written because no
    library rewrites a regex; it only splits at "|" outside groups and character classes.
    """
    alternatives = _top_level_alternatives(source)
    at_word = [alternative[2:] for alternative in alternatives if alternative.startswith(r"\b")]
    other = [alternative for alternative in alternatives if not alternative.startswith(r"\b")]
    return "|".join(other + ([r"\b(?:" + "|".join(at_word) + ")"] if at_word else []))


def _top_level_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex, split at "|" outside groups and character classes."""
    alternatives: list[str] = []
    depth, in_class, start, index = 0, False, 0, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 2 if source[index + 1:index + 3] == "^]" else 1 if source[index + 1:index + 2] == "]" else 0
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(source[start:index])
            start = index + 1
        index += 1
    alternatives.append(source[start:])
    return alternatives


def first_letter_guarded(alternation: str) -> str:
    """``(?:alternation)`` behind a look-ahead for the first letters of its alternatives, each of
    which must start with a literal letter (``first_letters`` checks).

    ``re`` tries the alternatives one by one at every position it reaches, and under
    IGNORECASE it has no quick test for their first letters of its own; the look-ahead is one
    character-class test, folded the same way, that lets it skip most positions at once (a big
    word list searched twice as fast). The same positions match, with the same groups.
    """
    return f"(?={first_letters(alternation)})(?:{alternation})"


def word_start_guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with each run of its top-level alternatives that start at a word (``\\b``)
    in one group behind a look-ahead for the characters they can begin with, as
    ``first_letter_guarded`` does for a plain word list: ``re`` then passes most word starts
    with one class test instead of trying every alternative there (two to four times faster on
    the big alternations). The same alternatives in the same order, so the same matches, spans
    and groups. ``pattern`` itself when no run's first characters can be told.
    """
    if pattern.flags & re.VERBOSE:
        return pattern  # whitespace and comments would be split as if they were the pattern
    runs: list[list[str]] = []
    for alternative in _top_level_alternatives(pattern.pattern):
        if alternative.startswith(r"\b") and runs and runs[-1][0].startswith(r"\b"):
            runs[-1].append(alternative)
        else:
            runs.append([alternative])
    parts: list[str] = []
    for run in runs:
        words = "|".join(alternative[2:] for alternative in run)
        first = _first_characters(words, pattern.flags) if run[0].startswith(r"\b") else None
        parts.append("|".join(run) if first is None else rf"\b(?={first})(?:{words})")
    source = "|".join(parts)
    if source == pattern.pattern:
        return pattern
    guarded = re.compile(source, pattern.flags)
    GUARDED_PATTERNS[guarded] = pattern
    return guarded


GUARDED_PATTERNS: dict[re.Pattern[str], re.Pattern[str]] = {}
"""Each pattern ``word_start_guarded`` made, with the one it stands for: tests/test_prechecks.py
checks that every pair finds its matches at the same places."""


_CLASS_ESCAPES = {} if _re_constants is None else {
    _re_constants.CATEGORY_DIGIT: r"\d", _re_constants.CATEGORY_WORD: r"\w", _re_constants.CATEGORY_SPACE: r"\s"}


def _first_characters(source: str, flags: int) -> str | None:
    """A character class of every character a match of ``source`` can begin with, or ``None`` when
    that cannot be told (a match may be empty, or start with ".", a back-reference, a negated
    class, a group with flags of its own). Read from the parse ``re`` itself makes of the regex
    (``re._parser``), which walks nested groups, optional parts and repeats that a split of the
    text at "|" cannot; matched with the same flags, the class folds case as the literals do."""
    if _re_parser is None:
        return None
    items = _first_items(_re_parser.parse(source, flags).data)
    return None if items is None else "[" + "".join(sorted(items)) + "]"


def _first_items(sequence: list) -> set[str] | None:
    """The class items (a character, a range, a category) a match of a parsed sequence can begin with."""
    constants = _re_constants
    found: set[str] = set()
    for op, value in sequence:
        if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            continue  # zero-width: the first character is the next item's
        if op is constants.LITERAL:
            return found | {re.escape(chr(value))}
        if op is constants.IN:
            for item_op, item in value:
                if item_op is constants.LITERAL:
                    found.add(re.escape(chr(item)))
                elif item_op is constants.RANGE:
                    found.add(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
                elif item_op is constants.CATEGORY and item in _CLASS_ESCAPES:
                    found.add(_CLASS_ESCAPES[item])
                else:
                    return None
            return found
        if op is constants.SUBPATTERN:
            _, add_flags, del_flags, group = value
            inner = None if add_flags or del_flags else _first_items(group.data)
            return None if inner is None else found | inner
        if op is constants.BRANCH:
            for branch in value[1]:
                inner = _first_items(branch.data)
                if inner is None:
                    return None
                found |= inner
            return found
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            low, _, item = value
            inner = _first_items(item.data)
            if inner is None:
                return None
            found |= inner
            if low:
                return found
            continue  # optional: the next item may come first
        return None
    return None  # the whole sequence may match nothing


class Hint:
    """A cheap necessary condition in front of a big IGNORECASE regex: some word or fragment must occur.

    ``pattern`` is the words and fragments as one IGNORECASE regex. ``search`` gives
    ``pattern.search(text) is not None``, but it looks for the words in ``text.lower()`` with
    ``in``, several times faster than the regex alternation: IGNORECASE matching is case folding,
    save for "ſ", "ı" and "İ", which are folded by hand first. ``fragments`` (a regex, letters,
    whitespace classes and anchors only) is then run case-sensitively on the lowered ASCII text,
    or with IGNORECASE on any other text. Each hint's docstring says why it is necessary for
    its regex; tests/test_prechecks.py checks that on every sentence of the test corpora.
    """

    __slots__ = ("_fragment_pattern", "_lowered_fragments", "fragments", "pattern", "words")

    def __init__(self, words: str, fragments: str = "") -> None:
        self.words = tuple(words.split())
        for word in self.words:
            # Lower case, and none of the four letters IGNORECASE equates with an ASCII one
            # ("İ", "ı", "ſ", the Kelvin sign): the ASCII fast path relies on both.
            if word != word.lower() or any(ch in word for ch in "\u0130\u0131\u017f\u212a"):
                raise ValueError(f"hint word {word!r} must be lower case without İ, ı, ſ or K")
        self.fragments = fragments
        alternatives = [re.escape(word) for word in self.words] + ([fragments] if fragments else [])
        self.pattern = re.compile("|".join(alternatives), re.IGNORECASE)
        self._lowered_fragments = re.compile(fragments) if fragments else None
        self._fragment_pattern = re.compile(fragments, re.IGNORECASE) if fragments else None

    def search(self, text: str) -> bool:
        """Whether ``text`` holds one of the words or fragments (ignoring case)."""
        ascii_text = text.isascii()
        lowered = text.lower()
        if not ascii_text:
            # IGNORECASE also equates "ſ" with "s" and "ı", "İ" with "i"; lower() leaves the first
            # two be and makes "İ" an "i" with a combining dot.
            lowered = lowered.replace("\u017f", "s").replace("\u0131", "i").replace("i\u0307", "i")
        for word in self.words:
            if word in lowered:
                return True
        if self._lowered_fragments is None:
            return False
        if ascii_text:
            return self._lowered_fragments.search(lowered) is not None
        return self._fragment_pattern.search(text) is not None
