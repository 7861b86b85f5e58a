"""Text analysis the judgement shares: sentences, keywords with stems and related words, entities.

Pure functions over precompiled regexes, cached per text, linear in the text; used by
questions.py, answers.py and commitments.py so each message is analysed once.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
_SENTENCE_END = re.compile(r"(?:[.!?…]+|[?!]\s*[?!]+)[\"'”’)\]]*(?=\s+|$)")
_FRENCH_SPACED_MARK = re.compile(r"\s+([?!;:])(?=\s|$)")
_QUOTED = re.compile(r"^\s*>")
_GREETING_PREFIX = re.compile(
    r"^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr\s+geehrte[rs]?|"
    r"guten\s+(?:morgen|tag|abend)|moin|servus|bonjour|bonsoir|salut|cher|ch[èe]re|hola|buenos\s+d[íi]as|"
    r"buenas\s+(?:tardes|noches)|buenas(?=\s*[,!])|estimad[oa]s?|hoi|beste|geachte|goedemorgen|goedemiddag)\b[^,!:.\n]{0,40}[,!:]\s*",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?:(?:and|also|oh|so|but|plus|ps|p\.s\.|great|perfect|lovely|excellent|brilliant|super|ok(?:ay)?|fine|"
    r"sounds\s+good|one\s+more\s+(?:question|thing)|another\s+(?:question|thing)|"
    r"also,?\s+one\s+more\s+thing|last(?:ly)?|finally|noch\s+eine\s+frage|autre\s+question|otra\s+pregunta)"
    r"\s*[,:;\-–—]?\s+)+",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"intended\s+(?:solely\s+|only\s+)?for\s+the\s+(?:named\s+|use\s+of\s+the\s+)?(?:recipient|addressee|individual)|"
    r"intended\s+for\s+the\s+addressee|not\s+the\s+intended\s+recipient|received\s+(?:this|it)\s+(?:e-?mail\s+|message\s+)?"
    r"in\s+error|confidentiality\s+notice|this\s+(?:e-?mail|message)\s+(?:and\s+any\s+attachments\s+)?"
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
    at_word = [alternative[2:] for alternative in alternatives if alternative.startswith(r"\b")]
    other = [alternative for alternative in alternatives if not alternative.startswith(r"\b")]
    return "|".join(other + ([r"\b(?:" + "|".join(at_word) + ")"] if at_word else []))


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


_DISCLAIMER_HINT = Hint("intended error confiden privileged liability vertraulich adressat destinat",
                        r"^(?:sent|get|von|envoy|enviado|verzonden)")
"""A necessary condition for ``_DISCLAIMER``: a word of each alternative (same "^" anchors)."""


def _is_disclaimer(paragraph: str) -> bool:
    return _DISCLAIMER_HINT.search(paragraph) and _DISCLAIMER.search(paragraph) is not None


_SHORT_LINE = 45
"""A line shorter than this without end punctuation, followed by a capitalised line, ends its sentence."""


_TEXT_CACHE = 1024
"""Entries of each per-text cache: the audit reads one case's messages many times over
(questions × replies), then moves on, so a thousand recent texts are plenty. Each entry
keeps a whole text alive: at 8,192 entries (and 65,536 per sentence) every worker grew to
~160 MB on 100k messages, for no measurable gain in speed; at these sizes ~66 MB."""
_SENTENCE_CACHE = 1 << 13
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
        elif current[-1] in ".!?…:" or (len(previous) < _SHORT_LINE and line[:1].isupper()
                                         and current[-1] not in ",;-("):
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
            if match.group(0).startswith(".") and _is_abbreviation(chunk[max(0, match.start() - 40): match.start()]):
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


def _is_abbreviation(before: str) -> bool:
    word = _word_before(before)
    if not word:
        return False
    word = word.lower().strip(".")
    if word.isdigit():
        return len(word) <= 2 and bool(re.search(r"\b(?:am|on|by|the|den|le|el|de)\s+\d+$", before, re.IGNORECASE))
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


# --- words, stems and related words -------------------------------------------------------

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[#]?[\w][\w'’&/-]*[\w]|[\w]", re.UNICODE)
STOP_WORDS = frozenset(
    (
        "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "of", "to", "in", "on", "at", "by", "for",
        "from", "with", "without", "about", "as", "into", "onto", "over", "under", "is", "are", "was", "were", "be",
        "been", "being", "am", "do", "does", "did", "done", "doing", "have", "has", "had", "having", "can", "could",
        "would", "should", "will", "shall", "may", "might", "must", "i", "me", "my", "mine", "we", "us", "our", "ours",
        "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "this",
        "that", "these", "those", "there", "here", "what", "when", "where", "which", "who", "whom", "whose", "why",
        "how", "whether", "also", "too", "very", "just", "still", "yet", "already", "not", "no", "yes", "any", "some",
        "all", "each", "every", "both", "either", "neither", "more", "most", "much", "many", "such", "only", "own",
        "same", "other", "another", "again", "please", "kindly", "thanks", "thank", "hi", "hello", "dear", "let",
        "know", "tell", "like", "want", "wondering", "wonder", "need", "get", "got", "sure", "ok", "okay", "maybe",
        "perhaps", "really", "actually", "anyway", "one", "ones", "thing", "things", "something", "anything",
        "question", "questions", "advise", "check", "confirm", "look", "help", "option", "options", "next", "step",
        "steps", "advice", "suggestion", "suggestions", "idea", "ideas", "solution", "per", "via", "itself", "myself",
        "yourself", "ourselves", "themselves", "possible", "able", "find", "give", "make", "made", "way", "go", "going",
        "use", "used", "e", "g", "ie", "eg", "etc", "order", "email", "mail", "message", "reply", "team", "regards",
        "best", "hope", "well", "would'd", "i'd", "i'm", "i've", "i'll", "we'd", "we're", "we've", "we'll", "it's",
        "that's", "there's", "what's", "where's", "when's", "how's", "who's", "don't", "doesn't", "can't", "won't", "isn't", "aren't", "didn't", "haven't", "der", "die",
        "das", "den", "dem", "des", "nach", "bei", "vom", "zum", "zur", "ein", "eine", "einen", "einem", "einer", "und",
        "oder", "aber", "wenn", "dann", "als", "von", "zu", "im", "in", "am", "an", "auf", "mit", "ohne", "für", "ist",
        "sind", "war", "waren", "sein", "haben", "hat", "hatte", "habe", "ich", "wir", "sie", "ihr", "ihnen", "ihre",
        "ihren", "mein", "meine", "mich", "mir", "uns", "unser", "unsere", "es", "bitte", "danke", "können", "könnten",
        "kann", "könnte", "würde", "würden", "möchte", "möchten", "gibt", "noch", "auch", "schon", "nicht", "kein",
        "keine", "was", "wann", "wie", "wo", "warum", "welche", "welcher", "welches", "ob", "dass", "sehr", "gerne",
        "le", "la", "les", "un", "une", "des", "et", "ou", "mais", "si", "de", "du", "au", "aux", "en", "dans", "sur",
        "avec", "sans", "pour", "est", "sont", "était", "être", "avoir", "ai", "avez", "a", "je", "nous", "vous", "il",
        "elle", "ils", "elles", "mon", "ma", "mes", "votre", "vos", "notre", "nos", "ce", "cet", "cette", "ces", "qui",
        "que", "quoi", "quand", "où", "comment", "pourquoi", "quel", "quelle", "quels", "quelles", "est-ce", "merci",
        "est-il", "est-elle", "sont-ils", "sont-elles", "a-t-il", "y", "peut-on", "puis-je", "faut-il", "contre",
        "pouvez", "pourriez", "peux", "puis", "pas", "ne", "plus", "aussi", "très", "bien", "el", "los", "las", "unos",
        "unas", "y", "o", "pero", "si", "del", "al", "con", "sin", "para", "por", "es", "son", "está", "están", "ser",
        "estar", "he", "ha", "han", "yo", "nosotros", "usted", "ustedes", "mi", "mis", "su", "sus", "nuestro",
        "nuestra", "me", "le", "les", "lo", "se", "que", "qué", "cuando", "cuándo", "donde", "dónde", "como", "cómo",
        "por", "qué", "cuál", "cuáles", "gracias", "puede", "pueden", "podría", "podrían", "puedo", "favor", "también",
        "muy", "hay", "het", "een", "en", "of", "maar", "als", "van", "te", "op", "aan", "met", "zonder", "voor", "is",
        "zijn", "was", "waren", "ben", "heb", "heeft", "hebben", "ik", "wij", "we", "jullie", "u", "je", "mijn", "ons",
        "onze", "uw", "dit", "dat", "deze", "die", "wat", "wanneer", "waar", "waarom", "hoe", "welke", "kan", "kunt",
        "kun", "kunnen", "zou", "zouden", "graag", "dank", "bedankt", "ook", "nog", "niet", "geen"
    )
)
"""Function words and support small talk in five languages: never a question's topic."""

_RELATED_GROUPS: dict[str, tuple[str, ...]] = {
    "~ship": ("ship", "send", "sending", "sent", "shipping", "shipped", "shipment", "deliver", "delivery", "delivered", "dispatch", "dispatched",
              "post", "posted", "courier", "carrier", "freight", "arrive", "arrival", "liefern", "lieferung",
              "geliefert", "versand", "versenden", "versendet", "zustellung", "livrer", "livraison", "livré", "envoi",
              "expédier", "expédition", "enviar", "envío", "entrega", "entregar", "leveren", "levering", "verzenden",
              "verzending", "bezorgen", "bezorging"),
    "~price": ("price", "prices", "pricing", "priced", "cost", "costs", "quote", "quotation", "fee", "fees",
               "rate", "rates", "preis", "preise", "kosten", "kostet", "angebot", "prix", "coût", "coûte", "tarif",
               "devis", "precio", "precios", "cuesta", "cuestan", "coste", "presupuesto", "prijs", "kost", "offerte"),
    "~refund": ("refund", "refunded", "reimburse", "reimbursement", "money", "geld", "argent", "dinero", "erstattung", "erstatten", "rückerstattung",
                "remboursement", "rembourser", "remboursé", "reembolso", "reembolsar", "terugbetaling", "terugbetalen"),
    "~size": ("size", "sizes", "sizing", "fit", "fits", "größe", "grösse", "taille", "talla", "maat", "compatible",
              "compatibility", "kompatibel", "geeignet", "passt", "passen", "compatibilité", "compatibilidad",
              "compatibel"),
    # Not "issue": "the refund was issued" would be a problem. Not Dutch "storing": it stems like "store".
    "~problem": ("problem", "problems", "fault", "faults", "bug", "bugs", "error", "errors", "glitch",
                 "malfunction", "fehler", "störung", "problème", "problèmes", "panne", "problema",
                 "problemas", "fallo", "avería", "probleem", "fout"),
    "~include": ("include", "includes", "included", "including", "supplied", "provided", "enclosed", "enthalten",
                 "inklusive", "inbegriffen", "mitgeliefert", "beiliegend", "inclus", "incluse", "incluses", "fourni",
                 "fournie", "fournis", "fournies", "incluido", "incluida", "incluidos", "incluye", "inbegrepen",
                 "meegeleverd", "bijgeleverd"),
    "~pay": ("pay", "paying", "paid", "payment", "payments", "bezahlen", "bezahlt", "zahlung", "zahlen", "payer",
             "payé", "paiement", "pagar", "pago", "pagado", "betalen", "betaling", "betaald"),
    "~change": ("change", "changed", "changing", "amend", "amended", "modify", "modified", "ändern", "geändert",
                "änderung", "umstellen", "modifier", "modifié", "modifiée", "changer", "changé", "changement",
                "modificar", "modificado", "wijzigen", "gewijzigd", "aanpassen"),
    "~exchange": ("exchange", "swap", "replace", "replacement", "replaced", "umtausch", "umtauschen", "tauschen",
                  "austauschen", "ersatz", "échange", "échanger", "remplacer", "remplacement", "cambio", "cambiar",
                  "reemplazo", "ruilen", "omruilen", "vervangen", "vervanging"),
    "~return": ("return", "returns", "returned", "rücksendung", "retoure", "zurücksenden", "zurückschicken", "retour",
                "retourner", "renvoyer", "renvoi",
                "devolución", "devolver", "retourneren"),
    "~invoice": ("invoice", "invoices", "bill", "receipt", "rechnung", "quittung", "beleg", "facture",
                 "factura", "recibo", "factuur"),
    "~discount": ("discount", "discounts", "rebate", "reduction", "rabatt", "nachlass", "remise", "réduction",
                  "descuento", "korting"),
    "~track": ("tracking", "track", "trace", "sendungsnummer", "sendungsverfolgung", "suivi", "seguimiento",
               "volgnummer", "trackingnummer"),
    "~stock": ("stock", "available", "availability", "verfügbar", "disponible", "disponibilité",
               "existencias", "voorraad", "beschikbaar"),
    "~warranty": ("warranty", "guarantee", "garantie", "gewährleistung", "garantía", "garantia"),
    "~cancel": ("cancel", "cancelled", "canceled", "cancellation", "stornieren", "storno", "annuler", "annulation",
                "cancelar", "cancelación", "annuleren"),
    "~pickup": ("pickup", "pick", "collect", "collection", "abholen", "abholung", "retirer", "retrait", "recoger",
                "recogida", "ophalen"),
    "~address": ("address", "adresse", "anschrift", "dirección", "adres"),
    "~repair": ("repair", "fix", "fixed", "reparieren", "reparatur", "réparer", "réparation", "reparar",
                "reparación", "repareren", "reparatie"),
    "~broken": ("broken", "broke", "defect", "defective", "damaged", "faulty", "kaputt", "defekt", "beschädigt",
                "cassé", "défectueux", "endommagé", "roto", "defectuoso", "dañado", "kapot", "stuk", "beschadigd"),
}


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A light, language-agnostic stem: accents folded, common English suffixes off, cut to 6 letters."""
    word = _fold(word.lower().strip("'’-"))
    if word.isdigit() or any(ch.isdigit() for ch in word):
        return word
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("sses", "ss"), ("shes", "sh"),
                                ("ches", "ch"), ("xes", "x"), ("able", ""), ("ible", ""), ("s", ""), ("ly", ""),
                                ("ment", ""), ("ation", "")):
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


_STOP_STEMS = frozenset(stem(word) for word in STOP_WORDS)
_GROUP_OF_STEM = {stem(word): group for group, words in _RELATED_GROUPS.items() for word in words}


@lru_cache(maxsize=_SENTENCE_CACHE)
def keywords_of(text: str) -> frozenset[str]:
    """Content words as normalised stems, related support words mapped to one group ("~ship").

    Cached per text: the answer rules compare the same reply sentences with every question.
    """
    result = set()
    text = text or ""
    for token in _TOKEN.findall(_URL.sub(" ", text) if may_hold_url(text) else text):
        result.update(_token_keywords(token))
    if text and _SEND_BACK_HINT.search(text) and _SEND_BACK.search(text):
        result.add("~return")
    return frozenset(result)


_SEND_BACK = re.compile(r"\b(?:send|sent|sending|ship|post|bring|take|mail)\s+(?:(?:it|them|this|that|these|those|"
                        r"the\s+[\w-]+|my\s+[\w-]+|your\s+[\w-]+)\s+)?back\b", re.IGNORECASE)
"""Sending something back is returning it: "Should I send it back?" meets "no need to return it"."""
_SEND_BACK_HINT = Hint("back")
"""A cheap necessary condition for ``_SEND_BACK``, which ends in "back". Same flags; checked in tests."""


@lru_cache(maxsize=_SENTENCE_CACHE)
def _token_keywords(token: str) -> tuple[str, ...]:
    """The keywords one token stands for (none, its own, and its hyphen/slash parts'), in order."""
    result: list[str] = []
    lowered = token.lower().lstrip("#")
    _add_keyword(result, lowered)
    if "-" in lowered or "/" in lowered:
        # A compound written with a hyphen ("02-filters", "Kvarn-Mühlen", "pick-up") also
        # stands for its parts, so "filters for the V60 02" meets "the V60 02-filters".
        for part in re.split(r"[-/]", lowered):
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
        group = _GROUP_OF_STEM.get(stem(word[start:]))
        if group is not None:
            return group
    return None


_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\w{2})")
"""French elided articles and pronouns: "l'adresse" is "adresse", "d'expédition" is "expédition"."""


def _add_keyword(result: list[str], lowered: str) -> None:
    lowered = _ELISION.sub("", lowered)
    if not lowered or lowered in STOP_WORDS or (len(lowered) < 3 and not any(ch.isdigit() for ch in lowered)):
        return
    stemmed = stem(lowered)
    if stemmed in _STOP_STEMS:
        return
    result.append(_GROUP_OF_STEM.get(stemmed, stemmed))


# --- entities -------------------------------------------------------------------------------

_ENTITY_PATTERNS = re.compile(
    r"#\s?[A-Z]{0,4}-?\d{3,}|\b[A-Z]{1,5}-\d{3,}(?:-\d+)*\b|\b[A-Z]{2,}-[A-Z]{2,}-\d+\b"  # order and document numbers
    r"|\b(?:order|bestellung|commande|pedido|bestelling)\s+(?:number\s+|no\.?\s*|nr\.?\s*|n[°º]\s*)?\d{4,}\b"
    r"|(?:USD|EUR|AUD|GBP|CHF|CAD|\$|€|£)\s?\d[\d,.]*|\d[\d,.]*\s?(?:USD|EUR|AUD|GBP|CHF|CAD|€|\$|£)"  # prices
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+\d+[A-Za-z]{0,2}\b"  # products: "Summit 45L", "Lumen 400"
    r"|\b\d+(?:[.,]\d+)?\s?(?:units?|pcs|pieces|packs?|x|kg|g|cm|mm|m|l|litres?|liters?)\b",  # quantities
)
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
