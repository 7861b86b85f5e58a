"""Words as the audit compares them: tokens, light stems, support words grouped across
languages ("refund", "Erstattung", "remboursement" -> one group, listed in vocabulary.py),
content keywords, and the entities a question names (order numbers, prices, quantities, products).

Pure and cached per token or sentence; sentences themselves come from text.py.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from happyaudit.audit.guards import Hint, first_letter_guarded, word_start_guarded
from happyaudit.audit.text import _SENTENCE_CACHE, _URL, may_hold_url
from happyaudit.audit.vocabulary import (
    AVAILABLE_GROUP,
    PRICE_GROUP,
    RELATED_GROUPS,
    STOP_WORDS,
)

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[#]?[\w][\w'’&/-]*[\w]|[\w]", re.UNICODE)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_FRENCH_INVERSION = re.compile(r"(?<=\w)-(?:t-)?(?:vous|nous|je|tu|ils?|elles?|on)$")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A light, language-agnostic stem: accents folded, common English suffixes off, cut to 6 letters.

    The 6 letters make "inspection" meet "inspect"; "-ction" gives a shorter verb its noun ("erect" and
    "erection", "evict" and "eviction")."""
    # A French verb asked by inversion is the verb: "Livrez-vous…?" meets "livrer", as "fermez" meets "fermé".
    word = _FRENCH_INVERSION.sub("", _fold(word.lower().strip("'’-")))
    if word.isdigit() or any(ch.isdigit() for ch in word):
        return word
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("sses", "ss"), ("shes", "sh"),
                                ("ches", "ch"), ("xes", "x"), ("able", ""), ("ible", ""), ("s", ""), ("ly", ""),
                                ("ment", ""), ("ation", ""), ("ction", "ct"), ("ez", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word[:6]


def tokens(text: str) -> list[str]:
    """The words, numbers and codes of a text, as written."""
    return _TOKEN.findall(text or "")


def _stop_words_by_stem() -> dict[str, tuple[str, ...]]:
    """The function words (accents folded) under each of their stems."""
    found: dict[str, list[str]] = {}
    for word in sorted(STOP_WORDS):
        found.setdefault(stem(word), []).append(_fold(word))
    return {key: tuple(words) for key, words in found.items()}


_STOP_WORDS_OF_STEM = _stop_words_by_stem()
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "ment", "ally")
"""What English adds to a word without making another one: "checked" is "check", "getting" "get"."""
_UNINFLECTED_BY = ("s", "ing", "ly")
"""The endings a function word listed in its inflected form drops: "wondering" is "wonder", "normally" "normal"."""


_VOWELS = frozenset("aeiou")
_SHORT_CLOSED_SYLLABLE = re.compile(r"[^aeiou][aeiou][^aeiouwxy]")
"""A word of one short closed syllable ("get", "let", "wir"), whose last consonant English doubles before an ending
that starts with a vowel ("getting")."""


def _inflects(word: str, stop_word: str) -> bool:
    """Whether one of two words is the other with an English ending ("checked", "needs", "getting"):
    the same function word. A light stem also meets unrelated words: "interessieren" ends where
    "interest" does, and "missing" would be Spanish "mis", "passed" French "pas", "loss" Spanish "los"."""
    if len(word) < len(stop_word):
        # the function word is itself an inflected form ("wondering", "usually", "questions"); "interest"
        # is no form of "interested"
        return stop_word.startswith(word) and stop_word[len(word):] in _UNINFLECTED_BY
    if not word.startswith(stop_word):
        return False
    rest = word[len(stop_word):]
    if rest.startswith("s") and stop_word.endswith("s"):
        return False  # English does not double an "s" to inflect, nor add one to a word ending in "s"
    if len(rest) > 1 and rest[0] == stop_word[-1] and rest[1:] in _INFLECTIONS:
        rest = rest[1:]  # "getting", "letting": the last consonant doubled
    elif rest[:1] in _VOWELS and _SHORT_CLOSED_SYLLABLE.fullmatch(stop_word):
        return False  # nor is it left single: "wired" and "wiring" are no forms of German "wir"
    return rest == "" or rest in _INFLECTIONS


def _is_stop_form(lowered: str, stemmed: str) -> bool:
    """Whether a word is a form of a function word (see ``_inflects``)."""
    stop_words = _STOP_WORDS_OF_STEM.get(stemmed)
    if not stop_words:
        return False
    if "-" in lowered or "/" in lowered:
        return True  # "Pouvez-vous", "est-ce": a compound that starts as a function word; its parts count on their own
    folded = _fold(lowered)
    return any(_inflects(folded, stop_word) for stop_word in stop_words)


_GROUP_OF_STEM = {stem(word): group for group, words in RELATED_GROUPS.items() for word in words}
_GROUP_WORDS = frozenset(word for words in RELATED_GROUPS.values() for word in words)
"""Every word a group lists, as written: "indica" says what something means though its stem is a stop word's
("indicar", the frame of "¿Me puede indicar…?")."""
_NOT_IN_GROUP = frozenset(("termination", "terminate", "terminated", "terminating", "terminal", "terminals",
                           "customer", "customers", "custom", "customise", "customised", "customize", "customized",
                           "customisation", "customization", "customary", "montag", "montags"))
"""Words whose six-letter stem is a group's word without being one: a contract's termination is no appointment
("termin", German), a customer or a custom colour no customs duty ("custom"), a Monday ("Montag") no fitting."""


_SPACED_THOUSANDS = re.compile(
    r"\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=\s?(?:[€£$]|(?:eur|gbp|usd|chf|euros?|pounds?|livres?|dollars?)\b))",
    re.IGNORECASE)
"""An amount with its thousands set apart by spaces, as French writes them ("7 500 £"): one number, not a 7 and a
500 that would meet "garantie 7 ans"."""


def joined_thousands(text: str) -> str:
    """The text with each amount whose thousands are set apart by spaces written as one number ("7500 £")."""
    if not _SPACED_THOUSANDS.search(text):
        return text
    return _SPACED_THOUSANDS.sub(lambda match: "".join(match.group(0).split()), text)


@lru_cache(maxsize=_SENTENCE_CACHE)
def keywords_of(text: str) -> frozenset[str]:
    """Content words as normalised stems, related support words mapped to one group ("~ship").

    Cached per text: the answer rules compare the same reply sentences with every question.
    """
    text = joined_thousands(text or "")
    # Each distinct whitespace-free chunk once, through a cache, gathered by C-level map and
    # union: a long text (a whole message's topic) repeats most of its words, and the words of
    # a mailbox recur from message to message.
    result = set().union(*map(_chunk_keywords, set(text.split())))
    if text and _SEND_BACK_HINT.search(text):
        if sent_back := _SEND_BACK.findall(text):
            result.add("~return")
            # "Could I send it back and swap it?": the return is the word, not the particle, which would meet "We're
            # hoping to be back on the French oil in the spring"
            if len(sent_back) == len(_BACK_WORD.findall(text)):
                result.discard("back")
        if _MONEY_BACK.search(text):
            result.add("~refund")
    if text and _COSTS_NOTHING_HINT.search(text) and (_COSTS_NOTHING.search(text) or _CHARGE_AS_PRICE.search(text)):
        result.add(PRICE_GROUP)
    if text and _FREE_HINT.search(text) and _FREE_ON_A_DATE.search(text):
        result.add(AVAILABLE_GROUP)
    if text and _SQUARE_METRE_HINT.search(text) and _SQUARE_METRE.search(text):
        result.add(SQUARE_METRE)
    return frozenset(result)


SQUARE_METRE = "m2"
"""The keyword of "m²" (folded to "m2"), which every spelling of a square metre also has."""
_SQUARE_METRE = re.compile(r"\bsquare\s+met(?:re|er)s?\b|\bsq\.?\s?m\b|\bsqm\b|\bm[èe]tres?\s+carr[ée]s?\b|"
                           r"\bmetros?\s+cuadrados?\b|\bquadratmeter", re.IGNORECASE)
"""A square metre in words: "le prix au mètre carré" meets "165 £ le m²", "per square metre" meets "£32/m²"."""
_SQUARE_METRE_HINT = Hint("square sq carr cuadrado quadratmeter")
"""A cheap necessary condition for ``_SQUARE_METRE``: each spelling has one of these. Checked in tests."""


_FREE_ON_A_DATE = re.compile(
    r"\b(?:free|frei)\s+(?:on|from|for|between|until|till|over|at|am|ab|vom|an)\s+(?:the\s+|all\s+|both\s+)?"
    r"(?:\d|mon|tue|wed|thu|fri|sat|sun|those|these|that|this|next|each|every|two|three|four|five|six|seven|dem|den|"
    r"diesem|jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec|christmas|new\s+year|easter|half[\s-]term|morning|afternoon|evening|night|week|weekend)",
    re.IGNORECASE)
"""Free on a date is available then: "Is anyone available for those dates?" meets "Ines is free from the 22nd
to the 29th"; not "free for orders over £50" or "free of charge"."""
_FREE_HINT = Hint("free frei")
"""A cheap necessary condition for ``_FREE_ON_A_DATE``. Same flags; checked in tests."""


_SEND_BACK = re.compile(r"\b" + first_letter_guarded(
    r"send|sends|sent|sending|ship|ships|shipped|shipping|post|posted|posting|bring|brings|bringing|brought|take|takes|"
    r"taking|took|mail|mailed|mailing")
                        + r"\s+(?:(?:it|them|this|that|these|those|the\s+[\w-]+|my\s+[\w-]+|your\s+[\w-]+)\s+)?back\b",
                        re.IGNORECASE)
"""Sending something back is returning it: "Should I send it back?" meets "no need to return it"."""
_BACK_WORD = re.compile(r"\bback\b", re.IGNORECASE)
_SEND_BACK_HINT = Hint("back")
"""A cheap necessary condition for ``_SEND_BACK``, which ends in "back". Same flags; checked in tests."""
_MONEY_BACK = re.compile(
    r"\bback\s+(?:to|on|onto|into)\s+(?:your|the\s+same|the|her|his)\s+(?:\w+\s+)?(?:card|account|bank)\b",
    re.IGNORECASE)
"""Money gone back to the card is a refund: "Please refund the second one" meets "The second £22 went back to your
card this morning". Behind ``_SEND_BACK_HINT`` too."""


COSTS_NOTHING_WORDS = (
    r"\bno\s+(?:extra\s+|additional\s+)?(?:charge|cost)\b|\bfree\s+of\s+charge\b|\bat\s+no\s+(?:extra\s+)?cost\b|"
    r"\b(?:costs?|charge)\s+(?:you\s+)?nothing\b|\bwithout\s+charge\b|\bsans\s+frais\b|"
    r"\bsin\s+(?:coste|costo|cargo)\b|\bohne\s+(?:aufpreis|kosten)\b|\bnothing\s+(?:extra\s+|more\s+)?to\s+pay\b|"
    # "Samples are on us", "the first coffee's on the house"; not a fault owned ("that's on us", "the mistake is on
    # us") nor a task ("it's on us to arrange")
    r"\b(?!(?:that|it|this|mistake|error|fault|delay|blame)\b)\w+(?:'s|\s+(?:is|are))\s+(?:always\s+)?on\s+"
    r"(?:us|the\s+house)\b(?!\s+to\b)")
"""Costing nothing, in words no price list files under the price: "Are the swatches free?" meets "There's no
charge for up to six" (not "charge" alone: French "prendre en charge" is taking something on). Also what a reply
answering "how much" may say instead of a sum (``answer_kinds``)."""
_COSTS_NOTHING = re.compile(COSTS_NOTHING_WORDS, re.IGNORECASE)
_CHARGE_AS_PRICE = re.compile(
    r"(?<!\bhold\s)(?<!\bholds\s)\b(?:a|an|any|the|no|extra|additional|small|separate|delivery|call[\s-]?out|"
    r"cancellation|booking|admin|service|travel)\s+charges?\b(?!\s+(?:of|up)\b)|\bcharge\s+(?:extra|more)\b",
    re.IGNORECASE)
""""Charge" named as what something costs ("Is there a charge for the tasting?", "Do you charge extra for that?"),
which an amount names; not a battery's charge ("it won't hold a charge"), being in charge or "prise en charge". Not
the verb alone either ("What do you charge per month?"): ``question_kinds`` already hears the price asked there, and
as a keyword it drew to that question the sums that answer the questions beside it."""
_COSTS_NOTHING_HINT = Hint("charge cost frais coste costo cargo aufpreis kosten pay", r"on\s+(?:us|the\s+house)")
"""A cheap necessary condition for ``_COSTS_NOTHING`` and ``_CHARGE_AS_PRICE``: each of their phrases holds one of
these words, or says "on us" / "on the house" (a fragment: the bare "us" is in half the words of any text)."""


_TOKEN_CACHE = 1 << 14
"""Entries of the per-token and per-chunk caches: a mailbox's vocabulary (words, names, order
numbers) outgrows the per-sentence size, and each entry is a short string and a tuple of stems."""


@lru_cache(maxsize=_TOKEN_CACHE)
def _chunk_keywords(chunk: str) -> tuple[str, ...]:
    """The keywords of one piece of text between whitespace ("order", "#4411,", "www.shop.example/x").

    The same as that piece's share of the whole text's: no token and no URL or address
    (``_URL``) holds whitespace, and a chunk's edges meet ``\\b`` as the whitespace around
    it does, so the text's tokens are its chunks' tokens (checked in tests/test_prechecks.py).
    """
    masked = _URL.sub(" ", chunk) if may_hold_url(chunk) else chunk
    return tuple(keyword for token in _TOKEN.findall(masked) for keyword in _token_keywords(token))


@lru_cache(maxsize=_TOKEN_CACHE)
def _token_keywords(token: str) -> tuple[str, ...]:
    """The keywords one token stands for (none, its own, and its hyphen/slash parts'), in order."""
    result: list[str] = []
    lowered = token.lower().lstrip("#")
    if len(token) == 2 and token.isupper() and token.isalpha() and lowered != "ok":
        # a size, a country or a code written in capitals ("XL", "UK", "EU"), or initials that stand for a
        # support word ("PO")
        result.append(_GROUP_OF_STEM.get(lowered, lowered))
    _add_keyword(result, lowered)
    if "-" in lowered or "/" in lowered:
        # A compound written with a hyphen ("02-filters", "Kvarn-Mühlen", "pick-up") also
        # stands for its parts, so "filters for the V60 02" meets "the V60 02-filters".
        parts = re.split(r"[-/]", lowered)
        for index, part in enumerate(parts):
            # "-free" says without ("step-free", "gluten-free"), not free of charge
            if not (part == "free" and index and "-" in lowered):
                _add_keyword(result, part)
    elif len(lowered) >= _COMPOUND_MIN and lowered.isalpha():
        head = _compound_head(lowered)
        if head is not None and head not in result:
            result.append(head)
    return tuple(result)


_COMPOUND_MIN = 9
"""Shorter words are rarely closed compounds."""
_HEAD_MIN = 5
"""The shortest last part that may name the compound's thing ("adresse", "kosten")."""


def _compound_head(word: str) -> str | None:
    """The support-word group a closed compound ends in: "Herstellergarantie" is a warranty,
    "Lieferadresse" an address (German and Dutch write compounds as one word, and their last
    part names the thing). Only the related-word groups count: any other head would meet
    unrelated words by chance."""
    for start in range(3, len(word) - _HEAD_MIN + 1):
        head = stem(word[start:])
        # a stem of three letters ends too many words by chance: "typically" does not end in "call"
        group = _GROUP_OF_STEM.get(head) if len(head) > 3 else None
        if group is not None:
            return group
    return None


@lru_cache(maxsize=_SENTENCE_CACHE)
def compound_readings(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The ways the closed compounds of a text read as two words, each part as its keywords ("Hunderegeln": "hunde"
    and "regeln", among chance splits): a reply that writes as one word what a question wrote as two ("Ihre Regeln
    für Hunde" - "Unsere Hunderegeln") names both. Only a reading whose two parts are both the question's words
    counts, which chance splits seldom are. Cached per text, as each reply sentence meets every open question."""
    return tuple(reading for token in tokens(text) for reading in _token_compound_readings(token))


@lru_cache(maxsize=_TOKEN_CACHE)
def _token_compound_readings(token: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """``compound_readings`` of one word."""
    lowered = token.lower()
    if len(lowered) < _COMPOUND_MIN or not lowered.isalpha():
        return ()
    readings = []
    for split in range(_PART_MIN, len(lowered) - _PART_MIN + 1):
        left, right = keywords_of(lowered[:split]), keywords_of(lowered[split:])
        if left and right:
            readings.append((left, right))
    return tuple(readings)


_PART_MIN = 4
"""The shortest part of a compound that may be a word of its own ("hund", "raum")."""


_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\w)")
"""French elided articles and pronouns: "l'adresse" is "adresse", "d'expédition" is "expédition", "d'à-nouveaux"
is "à-nouveaux"."""


_POSSESSIVE = re.compile(r"['’]s?$")
"""An English possessive or contraction's "'s" ("Bear's", "the customers'", "he's"): the word is its owner."""


def _add_keyword(result: list[str], lowered: str) -> None:
    lowered = _POSSESSIVE.sub("", _ELISION.sub("", lowered))
    if not lowered or lowered in STOP_WORDS or (len(lowered) < 3 and not any(ch.isdigit() for ch in lowered)):
        return
    stemmed = stem(lowered)
    if lowered not in _GROUP_WORDS and _is_stop_form(lowered, stemmed):
        return
    result.append(stemmed if lowered in _NOT_IN_GROUP else _GROUP_OF_STEM.get(stemmed, stemmed))


# --- entities -------------------------------------------------------------------------------

_ENTITY_PATTERNS = re.compile(
    r"#\s?[A-Z]{0,4}-?\d{3,}|\b[A-Z]{1,5}-\d{3,}(?:-\d+)*\b|\b[A-Z]{2,}-[A-Z]{2,}-\d+\b"  # order and document numbers
    r"|\b(?:order|bestellung|commande|pedido|bestelling)\s+(?:number\s+|no\.?\s*|nr\.?\s*|n[°º]\s*)?\d{4,}\b"
    r"|(?:USD|EUR|AUD|GBP|CHF|CAD|\$|€|£)\s?\d[\d,.]*|\d[\d,.]*\s?(?:USD|EUR|AUD|GBP|CHF|CAD|€|\$|£)"  # prices
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+\d+[A-Za-z]{0,2}\b"  # products: "Summit 45L", "Lumen 400"
    r"|\b\d+(?:[.,]\d+)?\s?(?:units?|pcs|pieces|packs?|x|kg|g|cm|mm|m|l|litres?|liters?)\b",  # quantities
)
_ENTITY_PATTERNS = word_start_guarded(_ENTITY_PATTERNS)
"""The same matches behind look-aheads for the first characters of its words, faster (``word_start_guarded``)."""
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÄÖÜÉ][\wäöüéèáíóúñ]+(?:\s+[A-ZÄÖÜÉ][\wäöüéèáíóúñ]+)*")
_NOT_ENTITIES = frozenset(
    ["i", "i'm", "i'd", "i've", "i'll", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "thanks", "please", "hi", "hello", "dear", "ok"]
)


def entities_of(sentence: str) -> frozenset[str]:
    """Order numbers, prices, quantities, product names and capitalised terms, lower-cased."""
    found = {" ".join(m.group(0).lower().replace("#", "").split()) for m in _ENTITY_PATTERNS.finditer(sentence)}
    for match in _CAPITALISED.finditer(sentence):
        term = match.group(0).lower()
        if term not in _NOT_ENTITIES and term not in STOP_WORDS:
            found.add(term)
    cleaned = (term.strip(" .,") for term in found)
    return frozenset(term for term in cleaned if len(term) >= 3 or any(ch.isdigit() for ch in term))
