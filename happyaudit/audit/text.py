"""Text analysis the judgement shares: sentences and paragraphs, greetings and sign-offs. Words,
stems and entities are in words.py; the cheap pre-checks in front of the expensive patterns in
guards.py.

Pure functions over precompiled regexes, cached per text, linear in the text; used by
questions.py, the answer modules and commitments.py so each message is analysed once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from happyaudit.audit.guards import Hint
from happyaudit.signatures import without_signature

# --- sentences --------------------------------------------------------------------------------

_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", re.IGNORECASE)


def may_hold_url(text: str) -> bool:
    """False only for text ``_URL`` can never match: each of its matches holds "://", "@" or "www."
    in any case (only "w" and "W" match "w" under IGNORECASE; checked in tests)."""
    return "://" in text or "@" in text or "www." in text.lower()


_ABBREVIATIONS = frozenset(
    ["e.g", "i.e", "etc", "vs", "approx", "ca", "nr", "no", "nos", "mr", "mrs", "ms", "dr", "st", "incl", "excl", "max", "min", "tel", "fig", "ref", "dept", "z.b", "bzw", "d.h", "usw", "ggf", "inkl", "evtl", "u.a", "p.ex", "cf", "env", "sr", "sra", "srta", "ud", "uds", "p.ej", "aprox", "núm", "blz", "bijv", "o.a", "idnr"]
)
_SENTENCE_END = re.compile(r"(?=[.!?…])(?:[.!?…]+|[?!]\s*[?!]+)[\"'”’)\]]*(?=\s+|$)")
"""A sentence's end mark; the look-ahead for its first character (which both alternatives start
with) lets ``re`` pass every other character at once (the same matches, checked in tests)."""
_FRENCH_SPACED_MARK = re.compile(r"\s+([?!;:])(?=\s|$)")
_QUOTED = re.compile(r"^\s*>")
_GREETING_PREFIX = re.compile(
    r"^(?:hi|hiya|hello|hey|dear|good\s+(?:morning|afternoon|evening)|"
    # the time of day alone, before the people greeted or the comma: "Morning all, hope you're keeping warm?"
    r"(?:morning|afternoon|evening)(?=\s*(?:all|everyone|team|folks|there)?\s*[,!])|hallo|liebe[rs]?|sehr\s+geehrte[rs]?|"
    r"guten\s+(?:morgen|tag|abend)|moin|servus|bonjour|bonsoir|salut|cher|ch[èe]re|hola|buenos\s+d[íi]as|"
    r"buenas\s+(?:tardes|noches)|buenas(?=\s*[,!])|estimad[oa]s?|hoi|beste|geachte|goedemorgen|goedemiddag)\b[^,!:.\n]{0,40}[,!:]\s*"
    # the name after the greeting's comma, as Spanish and German write it: "Hola, Pablo:", "Hallo, Herr Korte,"
    # or before a Spanish question, which opens with its own mark: "Hola, Lucía, ¿qué tal?"
    r"(?:[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,2}\s*[:,]\s*(?:$|(?=¿)))?",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?:(?:and|also|oh|so|but|plus|ps|p\.s\.|great|perfect|lovely|excellent|brilliant|super|ok(?:ay)?|fine|"
    r"sounds\s+good|one\s+more\s+(?:question|thing)|another\s+(?:question|thing)|"
    r"also,?\s+one\s+more\s+thing|last(?:ly)?|finally|by\s+the\s+way|btw|incidentally|"
    # "by the way" in German, French and Spanish ("Por cierto, envíenme la factura …")
    r"[üu]brigens|au\s+fait|por\s+cierto|noch\s+eine\s+frage|autre\s+question|otra\s+pregunta|"
    # "finally" in German, French and Spanish: "Enfin, pourriez-vous nous conseiller un hébergement ?"
    r"enfin|pour\s+finir|zum\s+schluss|zuletzt|schlie(?:ß|ss)lich|por\s+[úu]ltimo|finalmente|"
    # "and" / "besides" in German, French, Spanish and Dutch ("Außerdem: gibt es…", "¿Y cuánto tarda?")
    r"und|au(?:ß|ss)erdem|zudem|et|aussi|de\s+plus|en\s+plus|par\s+ailleurs|y|adem[áa]s|tambi[ée]n|ook|verder|"
    # the questions announced before a colon: "Two quick questions: can I…?", "Deux petites questions : est-ce que…"
    r"(?:(?:a\s+)?(?:few|couple\s+of|two|three|some)|deux|trois|quelques|zwei|drei|ein\s+paar|dos|tres|unas|algunas|"
    r"twee|drie)\s+(?:(?:quick|small|little|short|petites?|kurze|kleine|peque[ñn]as|korte)\s+)?"
    r"(?:questions?|things|fragen|preguntas|vragen)(?:\s+(?:r[áa]pidas|for\s+you))?\s*:)"
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
    r"^enviado\s+desde\s+mi\b|^verzonden\s+(?:vanaf|vanuit|met)\b|"
    # the regulator's line of a firm's footer: "Hollis & Lowe LLP is authorised and regulated by the Solicitors
    # Regulation Authority."
    r"\bauthori[sz]ed\s+and\s+regulated\s+by\b|\bregistered\s+in\s+england(?:\s+and\s+wales)?\s+(?:no\b|number|under)",
    re.IGNORECASE,
)


_DISCLAIMER_HINT = Hint("intended error mistake erreur irrt confiden privileged liability vertraulich adressat destinat "
                        "regulated registered",
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


_BULLETS = ("- ", "* ", "• ", "· ")
"""How a bulleted list's item begins: each item is a sentence of its own, even after a comma ("I need:
- a bank reconciliation report for all four accounts as at 31 October," / "- and is there a way …?")."""
_NUMBERED_ITEM = re.compile(r"\(?\d{1,2}[.)]\s+\S")
"""How a numbered list's item begins ("2. service the boiler", "3) …"): a sentence of its own, like a bullet."""
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
              or (line[:1].isupper() and previous.rsplit(None, 1)[-1].startswith(_LINK_STARTS))
              or line[:2] in _BULLETS or _NUMBERED_ITEM.match(line)):
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
        quoted = [span.span() for span in _QUOTED_WORDS.finditer(chunk)] if ('"' in chunk or "“" in chunk
                                                                              or "«" in chunk) else []
        for match in _SENTENCE_END.finditer(chunk):
            end = match.end()
            if any(opening < match.start() and chunk[end:closing - 1].strip() for opening, closing in quoted):
                continue  # 'Could you write "Happy 40th! Love H x" inside the card?': the words quoted are one
            if match.group(0).startswith(".") and _is_abbreviation(chunk[max(0, match.start() - 40): match.start()],
                                                                   chunk[end: end + 16]):
                continue
            if match.group(0) == "." and _ITEM_NUMBER.match(chunk, start, match.start()):
                continue  # "1. A quote for two sofas.": the number of a list item, not a sentence
            pieces.append(_restore(paragraph, masked, chunk_start + start, chunk_start + end))
            start = end
        if start < len(chunk):
            pieces.append(_restore(paragraph, masked, chunk_start + start, chunk_start + len(chunk)))
        start = 0
    return [p for p in (" ".join(piece.split()) for piece in pieces) if p]


_QUOTED_WORDS = re.compile(r'(?:(?<=[\s(])|^)(?:"(?=\S)[^"\n]{1,120}?(?<=\S)"|“[^”\n]{1,120}”|«[^»\n]{1,120}»)(?!\w)')
"""Words in quotation marks within a line (a card's message, a sign's wording): not opened after a digit, as the
inches of '12" vinyl' are not a quote."""
_ITEM_NUMBER = re.compile(r"\s*\(?\d{1,2}\s*$")
"""A line that is so far only the number of a list item ("1", "12")."""


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
"""A German month after a day's ordinal: "am Dienstag, 10. November, um 15 Uhr" goes on past "10."."""


_CAPITAL_AFTER = re.compile(r"\s+[A-ZÄÖÜÀ-Þ]")
"""A capital after a number's full stop that is no German month: the next sentence begins."""
_NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{2,4})?")
_GOES_ON = re.compile(r"\s+[a-zäöüß]")


def _is_abbreviation(before: str, after: str = "") -> bool:
    """Whether a full stop after ``before`` (and before ``after``) ends a word, not a sentence: "Dr.", "z.B.",
    an initial, a day's ordinal ("am 10.", "10. November") or a date in figures the sentence goes on after ("der
    28.11. noch")."""
    word = _word_before(before)
    if not word:
        return False
    word = word.lower().strip(".")
    if _NUMERIC_DATE.fullmatch(word) and _GOES_ON.match(after):
        return True  # "Ist der 28.11. noch frei?": a date written in figures, the sentence going on in lower case
    if word.isdigit():
        # "am 10. fahren wir" goes on; "we have to be out by 10. And please …" ends at the capital
        return len(word) <= 2 and (_GERMAN_MONTH_AFTER.match(after) is not None
                                   or (bool(re.search(r"\b(?:am|on|by|the|den|le|el|de)\s+\d+$", before, re.IGNORECASE))
                                       and not _CAPITAL_AFTER.match(after)))
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


SHOWN_CHARS = 80
"""How much of a reply sentence a reason line quotes: enough to recognise it, short enough for one line."""


def shown_sentence(sentence: str) -> str:
    """A reply sentence as a reason line quotes it, cut at ``SHOWN_CHARS`` with an ellipsis."""
    return sentence if len(sentence) <= SHOWN_CHARS else sentence[:SHOWN_CHARS].rstrip() + "…"
