"""Text analysis the judgement shares: sentences and paragraphs, greetings and sign-offs, and
the cheap pre-checks (``Hint``) in front of its expensive patterns. Words, stems and entities
are in words.py.

Pure functions over precompiled regexes, cached per text, linear in the text; used by
questions.py, the answer modules and commitments.py so each message is analysed once.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # re's own parser (private, in every Python this project supports); without it nothing is guarded
    from re import _constants as _re_constants
    from re import _parser as _re_parser
except ImportError:  # pragma: no cover - a future Python; the patterns then run unguarded, as before
    _re_constants = _re_parser = None

from happyaudit.quote_patterns import first_letters
from happyaudit.quotes import without_signature

# --- sentences --------------------------------------------------------------------------------

_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", re.IGNORECASE)


def may_hold_url(text: str) -> bool:
    """False only for text ``_URL`` can never match: each of its matches holds "://", "@" or "www."
    in any case (only "w" and "W" match "w" under IGNORECASE; checked in tests)."""
    return "://" in text or "@" in text or "www." in text.lower()


_ABBREVIATIONS = frozenset(
    ["e.g", "i.e", "etc", "vs", "approx", "ca", "nr", "no", "nos", "mr", "mrs", "ms", "dr", "st", "incl", "excl", "max", "min", "tel", "fig", "ref", "dept", "z.b", "bzw", "d.h", "usw", "ggf", "inkl", "evtl", "u.a", "p.ex", "cf", "env", "sr", "sra", "srta", "ud", "uds", "p.ej", "aprox", "núm", "blz", "bijv", "o.a"]
)
_SENTENCE_END = re.compile(r"(?=[.!?…])(?:[.!?…]+|[?!]\s*[?!]+)[\"'”’)\]]*(?=\s+|$)")
"""A sentence's end mark; the look-ahead for its first character (which both alternatives start
with) lets ``re`` pass every other character at once (the same matches, checked in tests)."""
_FRENCH_SPACED_MARK = re.compile(r"\s+([?!;:])(?=\s|$)")
_QUOTED = re.compile(r"^\s*>")
_GREETING_PREFIX = re.compile(
    r"^(?:hi|hiya|hello|hey|dear|good\s+(?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr\s+geehrte[rs]?|"
    r"guten\s+(?:morgen|tag|abend)|moin|servus|bonjour|bonsoir|salut|cher|ch[èe]re|hola|buenos\s+d[íi]as|"
    r"buenas\s+(?:tardes|noches)|buenas(?=\s*[,!])|estimad[oa]s?|hoi|beste|geachte|goedemorgen|goedemiddag)\b[^,!:.\n]{0,40}[,!:]\s*"
    # the name after the greeting's comma, as Spanish and German write it: "Hola, Pablo:", "Hallo, Herr Korte,"
    r"(?:[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,2}\s*[:,]\s*$)?",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?:(?:and|also|oh|so|but|plus|ps|p\.s\.|great|perfect|lovely|excellent|brilliant|super|ok(?:ay)?|fine|"
    r"sounds\s+good|one\s+more\s+(?:question|thing)|another\s+(?:question|thing)|"
    r"also,?\s+one\s+more\s+thing|last(?:ly)?|finally|by\s+the\s+way|btw|incidentally|"
    # "by the way" in German, French and Spanish ("Por cierto, envíenme la factura …")
    r"[üu]brigens|au\s+fait|por\s+cierto|noch\s+eine\s+frage|autre\s+question|otra\s+pregunta|"
    # "and" / "besides" in German, French, Spanish and Dutch ("Außerdem: gibt es…", "¿Y cuánto tarda?")
    r"und|au(?:ß|ss)erdem|zudem|et|aussi|de\s+plus|en\s+plus|par\s+ailleurs|y|adem[áa]s|tambi[ée]n|ook|verder)"
    r"\s*[,:;\-–—]?\s+)+",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"intended\s+(?:solely\s+|only\s+)?for\s+the\s+(?:named\s+|use\s+of\s+the\s+)?(?:recipient|addressee|individual)|"
    r"intended\s+for\s+the\s+addressee|not\s+the\s+intended\s+recipient|received\s+(?:this|it)\s+(?:e-?mail\s+|message\s+)?"
    r"(?:in\s+error|by\s+mistake)|re[çc]u\s+(?:ce|cet)\s+(?:message|e-?mail|courriel)\s+par\s+erreur|"
    r"irrt[üu]mlich\s+erhalten|recibido\s+(?:este|esta)\s+(?:mensaje|correo|comunicaci[óo]n)\s+por\s+error|"
    r"confidentiality\s+notice|this\s+(?:e-?mail|message)\s+(?:and\s+any\s+attachments\s+)?"
    r"(?:is|are|may\s+contain)\s+(?:confidential|privileged)|accepts?\s+no\s+liability|"
    r"vertraulich(?:e|en)?\s+informationen|nicht\s+der\s+richtige\s+adressat|destinataire\s+(?:exclusif|pr[ée]vu)|"
    r"destinatario\s+(?:exclusivo|previsto)|"
    # "Ce message et ses pièces jointes sont confidentiels … destinataire"
    r"\b(?:confidentiels?|confidentielles?|confidential|vertraulich\w*|confidencial(?:es)?)\b[^.]{0,80}?"
    r"\b(?:destinataires?|destinatarios?|empf[äa]nger\w*|recipients?|addressees?|adressat\w*)\b|^sent\s+from\s+my\b|^get\s+outlook\s+for\b|^von\s+meinem\b|^envoy[ée]\s+de\s+mon\b|"
    r"^enviado\s+desde\s+mi\b|^verzonden\s+(?:vanaf|vanuit|met)\b",
    re.IGNORECASE,
)


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


_DISCLAIMER_HINT = Hint("intended error mistake erreur irrt confiden privileged liability vertraulich adressat destinat",
                        r"^(?:sent|get|von|envoy|enviado|verzonden)")
"""A necessary condition for ``_DISCLAIMER``: a word of each alternative (same "^" anchors)."""


def _is_disclaimer(paragraph: str) -> bool:
    return _DISCLAIMER_HINT.search(paragraph) and _DISCLAIMER.search(paragraph) is not None


_SHORT_LINE = 45
"""A line shorter than this without end punctuation, followed by a capitalised line, ends its sentence."""


_TEXT_CACHE = 256
"""Entries of each per-text cache: the audit reads one case's messages many times over
(questions × replies), then moves on, so a few hundred recent texts are plenty. Each entry
keeps a whole text alive: at 8,192 entries (and 65,536 per sentence) every worker grew to
~160 MB on 100k messages; at 1,024 (and 8,192) to ~95 MB once the judgement had grown more
cached steps; at these sizes ~60-75 MB, and a 10k audit is 2 % faster, not slower."""
_SENTENCE_CACHE = 1 << 11
"""Entries of each per-sentence or per-token cache: enough for the recurring greetings,
sign-offs and boilerplate of a mailbox plus the sentences of the cases in hand."""


def split_sentences(text: str) -> list[str]:
    """The sentences of the unquoted text: paragraphs joined across soft line breaks, URLs masked.

    Lines starting with ">" (quoted context) are dropped; disclaimer and device-footer
    paragraphs are dropped; abbreviations ("e.g.", "Nr.", "No.") and decimals do not end a
    sentence; a short unpunctuated line ("Kind regards") ends one.
    """
    return list(_sentences_of(text))


@lru_cache(maxsize=_TEXT_CACHE)
def _sentences_of(text: str) -> tuple[str, ...]:
    """``split_sentences``, computed once per text (questions, promises, chasers and answers all read them)."""
    sentences: list[str] = []
    for paragraph in _paragraphs(text):
        sentences.extend(_paragraph_sentences(paragraph))
    return tuple(sentences)


def paragraphs_of_sentences(text: str) -> list[list[str]]:
    """Like ``split_sentences`` but grouped by paragraph, for neighbouring-sentence context."""
    return [
        list(sentences)
        for paragraph in _paragraphs(text)
        for sentences in [_paragraph_sentences(paragraph)]
        if sentences
    ]


@lru_cache(maxsize=_SENTENCE_CACHE)
def _paragraph_sentences(paragraph: str) -> tuple[str, ...]:
    """The sentences of one paragraph, none for a disclaimer; cached per paragraph, as greetings
    and sign-offs ("Best regards,", "Hi,") recur in most messages and every text is split twice
    (for its sentences and, without its signature block, for its questions)."""
    if _is_disclaimer(paragraph):
        return ()
    return tuple(_split_paragraph(paragraph))


@lru_cache(maxsize=_TEXT_CACHE)
def unsigned(text: str) -> str:
    """``without_signature``, cached per text: the sentence split and the question finder's
    signature-block cut both start from it, for the same texts."""
    return without_signature(text)


_LINK_STARTS = ("http://", "https://", "www.")
"""How a link begins: one that ends a line ends its sentence when the next line opens with a capital."""


def _paragraphs(text: str) -> list[str]:
    """Unquoted paragraphs, with soft line breaks joined and hard ones kept as sentence breaks."""
    result: list[str] = []
    current = previous = ""
    for raw in unsigned((text or "").replace("\r\n", "\n")).replace("\u2019", "'").split("\n"):
        line = raw.strip()
        if not line or line[0] == ">":  # _QUOTED: after leading whitespace, which strip() removes
            if current:
                result.append(current)
            current = ""
            continue
        if not current:
            current = line
        elif (current[-1] in ".!?…" or (current[-1] == ":" and not line[:1].islower())
              or (len(previous) < _SHORT_LINE and line[:1].isupper() and current[-1] not in ",;-(")
              or (line[:1].isupper() and previous.rsplit(None, 1)[-1].startswith(_LINK_STARTS))):
            # A colon ends a sentence before a list or a new sentence, not before the rest of its own
            # ("l'adresse e-mail de facturation :" / "compta@lemarronnier.example ?"). A link that ends a line
            # ends its sentence when a capital follows ("Registration: https://…" / "An induction is optional").
            current = f"{current}\n{line}"
        else:
            current = f"{current} {line}"
        previous = line
    if current:
        result.append(current)
    return result


def _split_paragraph(paragraph: str) -> list[str]:
    masked = _URL.sub(lambda m: "URL" + "_" * (len(m.group(0)) - 3), paragraph) if may_hold_url(paragraph) else paragraph
    pieces: list[str] = []
    start = 0
    for chunk_start, chunk in _hard_chunks(masked):
        for match in _SENTENCE_END.finditer(chunk):
            end = match.end()
            if match.group(0).startswith(".") and (_is_abbreviation(chunk[max(0, match.start() - 40): match.start()])
                                                   or _is_ordinal_date(chunk, match.start(), end)):
                continue
            pieces.append(_restore(paragraph, masked, chunk_start + start, chunk_start + end))
            start = end
        if start < len(chunk):
            pieces.append(_restore(paragraph, masked, chunk_start + start, chunk_start + len(chunk)))
        start = 0
    return [p for p in (" ".join(piece.split()) for piece in pieces) if p]


def _hard_chunks(masked: str) -> list[tuple[int, str]]:
    chunks, offset = [], 0
    for part in masked.split("\n"):
        chunks.append((offset, part))
        offset += len(part) + 1
    return chunks


def _restore(original: str, masked: str, start: int, end: int) -> str:
    """The original text of a span (URLs unmasked), with French spaced marks tightened."""
    piece = original[start:end]
    if "?" in piece or "!" in piece or ";" in piece or ":" in piece:  # _FRENCH_SPACED_MARK needs one
        piece = _FRENCH_SPACED_MARK.sub(r"\1", piece)
    return piece.strip()


_WORD_BEFORE = re.compile(r"([\w.]+)$")
"""The word (letters, digits, "_" and dots) a text ends with; ``_word_before`` finds the same."""


def _word_before(before: str) -> str:
    """``_WORD_BEFORE``'s match in a text without line breaks, by a walk back from its end: the
    regex search tries every start and backtracks over every word. ``\\w`` is ``str.isalnum()``
    and "_" (checked in tests)."""
    start = len(before)
    while start and (before[start - 1].isalnum() or before[start - 1] in "._"):
        start -= 1
    return before[start:]


_GERMAN_MONTH_AFTER = re.compile(
    r"\s+(?:Januar|J[äa]nner|Februar|M[äa]rz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b")


def _is_ordinal_date(chunk: str, dot: int, end: int) -> bool:
    """Whether a full stop is a German ordinal's in a date ("am Dienstag, 10. November, um 15 Uhr"), not an end."""
    return (chunk[dot:end] == "." and 0 < dot and chunk[dot - 1].isdigit() and not chunk[max(0, dot - 3): dot].isdigit()
            and _GERMAN_MONTH_AFTER.match(chunk, end) is not None)


def _is_abbreviation(before: str) -> bool:
    word = _word_before(before)
    if not word:
        return False
    word = word.lower().strip(".")
    if word.isdigit():
        return len(word) <= 2 and bool(re.search(r"\b(?:am|on|by|the|den|le|el|de)\s+\d+$", before, re.IGNORECASE))
    # A single letter is an initial ("J. Smith"), unless a number comes before it: "for 12 m. In shade…" ends on a unit.
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and not re.search(r"\d\s?\w$", before))


_SIGN_OFF = re.compile(
    r"^(?:best|best\s+regards|kind\s+regards|regards|warm\s+regards|cheers|thanks|thank\s+you|many\s+thanks|"
    r"thanks\s+in\s+advance|sincerely|yours|mit\s+freundlichen\s+gr[üu](?:ß|ss)en|viele\s+gr[üu](?:ß|ss)e|gru(?:ß|ss)|"
    r"danke|vielen\s+dank|cordialement|bien\s+cordialement|merci(?:\s+d'avance)?|saludos|un\s+saludo|gracias|"
    r"muchas\s+gracias|atentamente|groeten|met\s+vriendelijke\s+groet(?:en)?|bedankt)\b[\s,.!]*(?:\w+(?:[\s.]+|$)){0,3}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=_SENTENCE_CACHE)
def content_sentence(sentence: str) -> str:
    """A sentence without its greeting ("Hi Sam, …"); empty for a bare sign-off ("Thanks, Emma").

    Cached per sentence: greetings and sign-offs recur in most messages.
    """
    stripped = _GREETING_PREFIX.sub("", sentence).strip()
    return "" if _SIGN_OFF.match(stripped) else stripped


def normalise(text: str) -> str:
    """Lower-cased text with whitespace collapsed and "#" dropped, for entity look-ups."""
    return " ".join((text or "").lower().replace("#", "").split())
