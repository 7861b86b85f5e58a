"""Text heuristics the audit rules share: explicit closes and thanks-only replies.

Pure functions over precompiled, linear-time regexes; English, German, French, Spanish, Dutch.
"""

from __future__ import annotations

import re
from functools import lru_cache

from happyaudit.audit.chasing import find_chase, find_reply_plea
from happyaudit.audit.guards import Hint, first_letter_guarded, word_start_guarded
from happyaudit.audit.questions import extract_questions
from happyaudit.audit.sign_off import without_signature_block
from happyaudit.audit.text import _TEXT_CACHE

# --- closing statements -------------------------------------------------------------------

_CASE_NOUN_EN = r"(?:ticket|case|request|issue|inquiry|enquiry|query|conversation|support\s+request)"
_CASE_NOUN_DE = r"(?:ticket|anfrage|fall|vorgang|supportanfrage|support-anfrage)"
_CASE_NOUN_FR = r"(?:ticket|demande|dossier|requ[êe]te|incident)"
_CASE_NOUN_ES = r"(?:ticket|caso|incidencia|incidente|solicitud|consulta)"
_CASE_NOUN_NL = r"(?:ticket|verzoek|melding|case|aanvraag|vraag)"
_CLOSED_EN = r"(?:resolved|closed|solved|done|complete|completed)"

_CLOSING_PATTERNS = re.compile(
    "|".join(
        (
            # EN: "I'll mark this ticket as resolved", "we will now close this case"
            rf"\b(?:i|we)(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|\s+are\s+going\s+to|'re\s+going\s+to)?"
            rf"\s+(?:now\s+|go\s+ahead\s+and\s+)?(?:mark|set|flag)\s+(?:this|the|your)\s+(?:\w+\s+)?{_CASE_NOUN_EN}"
            rf"\s+(?:as\s+)?{_CLOSED_EN}\b",
            # "I'll mark this as resolved": the case noun left out
            r"\b(?:i|we)(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|\s+are\s+going\s+to|'re\s+going\s+to)?"
            r"\s+(?:now\s+|go\s+ahead\s+and\s+)?(?:mark|set|flag)\s+(?:this|it)\s+as\s+(?:resolved|closed|solved)\b",
            r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:now\s+)?marking\s+(?:this|it)\s+as\s+(?:resolved|closed|solved)\b",
            rf"\b(?:i|we)(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|\s+are\s+going\s+to|'re\s+going\s+to)?"
            rf"\s+(?:now\s+|go\s+ahead\s+and\s+)?(?:close|resolve)\s+(?:this|the|your)\s+(?:\w+\s+)?{_CASE_NOUN_EN}\b",
            rf"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:now\s+)?(?:closing|resolving)\s+(?:this|the|your)\s+"
            rf"(?:\w+\s+)?{_CASE_NOUN_EN}\b",
            rf"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:now\s+)?marking\s+(?:this|the|your)\s+(?:\w+\s+)?{_CASE_NOUN_EN}"
            rf"\s+(?:as\s+)?{_CLOSED_EN}\b",
            rf"^\W*(?:closing|resolving)\s+(?:this|the|your)\s+(?:\w+\s+)?{_CASE_NOUN_EN}\b",
            rf"\b(?:this|the|your)\s+(?:\w+\s+)?{_CASE_NOUN_EN}\s+(?:has\s+(?:now\s+)?been|is\s+now|was|will\s+now\s+be)"
            rf"\s+(?:marked\s+as\s+)?{_CLOSED_EN}\b",
            # DE: "ich schließe das Ticket", "das Ticket ist geschlossen"
            rf"\b(?:ich|wir)\s+schlie(?:ß|ss)(?:e|en)\s+(?:\w+\s+)?(?:das|dieses|ihr|den|diesen|die|diese)\s+"
            rf"(?:\w+\s+)?{_CASE_NOUN_DE}\b",
            rf"\bschlie(?:ß|ss)(?:e|en)\s+(?:ich|wir)\s+(?:\w+\s+)?(?:das|dieses|ihr|den|diesen|die|diese)\s+"
            rf"(?:\w+\s+)?{_CASE_NOUN_DE}\b",
            rf"\b{_CASE_NOUN_DE}\s+(?:ist|wurde|wird\s+(?:hiermit|jetzt|nun))\s+(?:\w+\s+)?"
            rf"(?:geschlossen|gel[öo]st|erledigt|abgeschlossen)\b",
            rf"\b(?:ich|wir)\s+(?:markiere|markieren|setze|setzen)\s+(?:das|dieses|ihr|den|die)\s+{_CASE_NOUN_DE}\s+"
            rf"(?:als|auf)\s+(?:gel[öo]st|geschlossen|erledigt)\b",
            # FR: "je clôture le ticket", "la demande est résolue"
            rf"\b(?:je|nous)\s+(?:cl[ôo]ture|cl[ôo]turons|ferme|fermons|cl[ôo]s|marque|marquons)\s+"
            rf"(?:le|la|ce|cette|votre|ton|ta)\s+{_CASE_NOUN_FR}\b",
            rf"\b(?:le|la|ce|cette|votre)\s+{_CASE_NOUN_FR}\s+(?:est|a\s+[ée]t[ée])\s+(?:maintenant\s+|d[ée]sormais\s+)?"
            rf"(?:cl[ôo]tur[ée]e?|ferm[ée]e?|r[ée]solue?|clos(?:e)?)\b",
            # ES: "cerramos el ticket", "el caso ha sido cerrado"
            rf"\b(?:cerramos|cierro|procedo\s+a\s+cerrar|procedemos\s+a\s+cerrar|voy\s+a\s+cerrar|vamos\s+a\s+cerrar)\s+"
            rf"(?:el|este|su|la|esta|tu)\s+{_CASE_NOUN_ES}\b",
            rf"\b(?:el|este|su|la|esta|tu)\s+{_CASE_NOUN_ES}\s+(?:ha\s+sido|est[áa]|queda|fue)\s+(?:\w+\s+)?"
            rf"(?:cerrad[oa]|resuelt[oa])\b",
            # "doy por cerrada la consulta": declaring the case closed
            rf"\b(?:doy|damos)\s+por\s+(?:cerrad[oa]|resuelt[oa])\s+(?:el|este|su|la|esta|tu)\s+{_CASE_NOUN_ES}\b",
            rf"\b(?:doy|damos)\s+(?:el|este|su|la|esta|tu)\s+{_CASE_NOUN_ES}\s+por\s+(?:cerrad[oa]|resuelt[oa])\b",
            # NL: "ik sluit dit ticket", "het ticket is gesloten"
            rf"\b(?:ik|wij|we)\s+(?:sluit|sluiten)\s+(?:\w+\s+)?(?:dit|deze|het|uw|je|jouw)\s+{_CASE_NOUN_NL}\b",
            rf"\b(?:dit|deze|het|uw|je|jouw)\s+{_CASE_NOUN_NL}\s+(?:is|wordt|werd)\s+(?:nu\s+|bij\s+deze\s+)?"
            rf"(?:gesloten|opgelost|afgesloten|afgehandeld)\b",
        )
    ),
    re.IGNORECASE,
)
"""An explicit, present or immediate close of the case in one sentence."""

_CONDITIONAL_OR_TENTATIVE = re.compile(
    r"\b(?:if|unless|before|once|when|whenever|after|as\s+soon\s+as|should|shall\s+we|can\s+we|could\s+we|may\s+we|"
    r"let\s+me\s+know|otherwise|"
    r"wenn|falls|sofern|sobald|bevor|nachdem|k[öo]nnen\s+wir|d[üu]rfen\s+wir|sonst|"
    r"si|s'il|avant\s+de|d[èe]s\s+que|lorsque|quand|pouvons-nous|sinon|"
    r"antes\s+de|cuando|una\s+vez|en\s+cuanto|podemos|de\s+lo\s+contrario|"
    r"indien|zodra|voordat|mogen\s+we|kunnen\s+we|anders)\b",
    re.IGNORECASE,
)
"""Words that turn a close into a condition or an offer ("if you have no further questions…")."""

_NEGATION = re.compile(
    r"\b(?:not|never|won't|don't|can't|cannot|haven't|hasn't|isn't|wasn't|no\s+longer|"
    r"nicht|nie|kein|pas|jamais|no|nunca|niet|nooit|geen)\b",
    re.IGNORECASE,
)
_DEFERRED = re.compile(
    r"\b(?:in|within|after|nach|innerhalb|dans|sous|en|dentro\s+de|over|binnen)\s+(?:\d+|a|one|two|three|seven|"
    r"ein(?:em|er)?|zwei|drei|sieben|un|une|deux|trois|sept|uno|una|dos|tres|siete|een|twee|drie|zeven)\s+"
    r"(?:business\s+|working\s+)?(?:days?|hours?|weeks?|tage?n?|stunden|wochen?|jours?|heures?|semaines?|"
    r"d[íi]as?|horas?|semanas?|dagen|uur|weken)\b|\bautomatic(?:ally)?\b|\bautomatisch\b|\bautomatiquement\b|"
    r"\bautom[áa]ticamente\b",
    re.IGNORECASE,
)
"""A close scheduled for later or left to automation is not an explicit close."""

_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-\u2013\u2014]\s")
"""Where a clause after the close begins ("I'm closing this ticket, if you need anything…")."""
_SENTENCE = re.compile(r"[^.!?\r\n]+[.!?]*")
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)


def _unquoted(text: str) -> str:
    """``text`` without its quoted lines; a text without any ">" skips the line-by-line regex,
    which tries every position of it."""
    return _QUOTED_LINE.sub("", text) if ">" in text else text


_CLOSING_HINT = Hint(
    "clos solv done complete schlie schlossen gelöst gelost erledigt clôtur clotur ferm clôs marqu "
    "résolu resolu cerra cierro resuelt sluit gesloten opgelost afgehandeld"
)
"""A cheap necessary condition for ``_CLOSING_PATTERNS``: each alternative must match one of these
words (the closed/close verbs and participles of the five languages). Letters only, so it holds
for the whole text as well as for each sentence ``_sentences`` cuts from it (that only drops
quoted lines, turns "’" into "'" and joins wrapped lines with a space). Checked in tests."""


def is_closing_statement(text: str) -> bool:
    """Whether support's new text explicitly closes the case now.

    Counts present or immediate closes ("I'll mark this ticket as resolved", "closing this
    ticket", "das Ticket ist geschlossen"). Deliberately not: questions ("can we close
    this?"), conditions ("before we close the ticket…", "if you have no further questions
    we'll close it"), closes scheduled for later or left to automation ("we'll close it in
    7 days", "will be closed automatically") and negations — those leave the case to the
    close-after window, which already handles silence.
    """
    if not _CLOSING_HINT.search(text or ""):
        return False
    for sentence in _sentences(text):
        match = _CLOSING_PATTERNS.search(sentence)
        if match is None or sentence.rstrip().endswith("?"):
            continue
        same_clause = sentence[: match.end()] + _CLAUSE_BREAK.split(sentence[match.end() :], maxsplit=1)[0]
        if _CONDITIONAL_OR_TENTATIVE.search(same_clause) or _DEFERRED.search(same_clause):
            continue
        if _NEGATION.search(sentence[: match.end()]):
            continue
        return True
    return False


def _sentences(text: str) -> list[str]:
    """The sentences of the unquoted text: split on punctuation and line breaks, and also with
    soft line breaks joined, so a statement wrapped across lines ("I'll mark this ticket as\n
    resolved.") is read whole."""
    unquoted = _unquoted((text or "").replace("\u2019", "'"))
    by_line = [sentence.strip() for sentence in _SENTENCE.findall(unquoted) if sentence.strip()]
    joined = _WRAPPED_LINE.sub(" ", unquoted)
    wrapped = [sentence.strip() for sentence in _SENTENCE.findall(joined) if sentence.strip()]
    return by_line + [sentence for sentence in wrapped if sentence not in by_line]


_WRAPPED_LINE = re.compile(r"(?<=[^\s.!?:,;])[ \t]*\r?\n(?=[ \t]*[a-z0-9])")
"""A line break inside a sentence: no end punctuation before it and a lower-case word after it."""


# --- acknowledgement-only replies -------------------------------------------------------------

_GREETING_LINE = re.compile(
    r"^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr\s+geehrte[rs]?|"
    r"guten\s+(?:morgen|tag|abend)|moin|servus|bonjour|bonsoir|salut|cher|ch[èe]re|hola|buenos\s+d[íi]as|"
    r"buenas\s+tardes|estimad[oa]|hoi|beste|geachte|goedemorgen|goedemiddag)\b[^\r\n]{0,40}$",
    re.IGNORECASE,
)
_SIGN_OFF_LINE = re.compile(
    r"^(?:best|best\s+regards|kind\s+regards|regards|warm\s+regards|all\s+the\s+best|sincerely|yours|"
    r"mit\s+freundlichen\s+gr[üu](?:ß|ss)en|freundliche\s+gr[üu](?:ß|ss)e|viele\s+gr[üu](?:ß|ss)e|"
    r"beste\s+gr[üu](?:ß|ss)e|lg|mfg|gru(?:ß|ss)|cordialement|bien\s+[àa]\s+vous|bonne\s+journ[ée]e|"
    r"salutations|saludos|un\s+saludo|atentamente|met\s+vriendelijke\s+groet(?:en)?|groet(?:en|jes)?|mvg)"
    r"[\s,.!]*$",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(r"^[A-ZÀ-Ý][\w'.-]*(?:\s+[A-ZÀ-Ý][\w'.-]*){0,2}[\s,.]*$")
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_ACKNOWLEDGING_WORDS = frozenset(
    """
    thanks thank thx ty you so very much many a lot lots great perfect awesome excellent wonderful brilliant
    fantastic cool ok okay k got it cheers that that's works worked helps helped helpful sounds good noted
    understood received appreciate appreciated all the for your help quick fast reply response answer support
    again really super nice fine alright all-right much-appreciated amazing lovely will do this is it's makes
    sense clear team kind of yes sorted glad to hear tons
    danke vielen dank dankeschön schön sehr super perfekt alles klar prima toll herzlichen besten funktioniert
    jetzt passt verstanden für die ihre deine hilfe schnelle antwort rückmeldung nochmals erhalten top das ist
    ok okay gut großartig
    merci beaucoup parfait génial d'accord c'est bon noté reçu pour votre ta aide réponse rapide mille fois
    top ça marche fonctionne très bien encore super entendu
    gracias muchas mil perfecto genial vale de acuerdo entendido recibido por su tu ayuda respuesta funciona
    excelente todo bien muy rápida rápido
    bedankt dank je u wel hartelijk super perfect prima top helder duidelijk ontvangen voor de hulp snelle
    reactie antwoord werkt het nu oké fijn heel veel goed geregeld
    """.split()
)
"""Every word a thanks-only reply is made of; any other word means the customer says more."""
_ACKNOWLEDGING_CORE = re.compile(
    r"\b" + first_letter_guarded(
        r"thanks?|thx|ty|cheers|appreciated?|perfect|great|got\s+it|noted|understood|works|sorted|"
        r"danke|dank|perfekt|verstanden|passt|merci|parfait|not[ée]|gracias|perfecto|entendido|"
        r"bedankt|prima|helder|top|ok|okay|oké") + r"\b",
    re.IGNORECASE,
)
_MAX_ACKNOWLEDGEMENT_WORDS = 60
# Anything that asks, requests or reports a problem makes a thank-you a real message.
_REQUEST_OR_PROBLEM = re.compile(
    r"\b" + first_letter_guarded(
        r"please|pls|plz|can\s+(?:you|u|we|i)|could\s+(?:you|we|i)|would\s+you|will\s+you|need|want|"
        r"let\s+me\s+know|tell\s+me|how|when|what|where|why|which|whether|wonder(?:ing)?|"
        r"still|not|no|never|n't|nothing|problem|issue|wrong|broken|damaged|missing|faulty|defect(?:ive)?|"
        r"refund|cancel|return|but|however|although|though|unfortunately|again|"
        r"attach(?:ed|ing|ment)?|here\s+(?:is|are)|enclosed|anbei|angehängt|ci-joint|adjunto|bijgevoegd|bijlage|"
        r"bitte|können|könnten|würden|brauche|benötige|noch|nicht|kein|keine|problem|falsch|kaputt|defekt|aber|leider|wann|wie|warum|"
        r"s'il|svp|pouvez|pourriez|besoin|pas|mais|probl[èe]me|malheureusement|quand|comment|pourquoi|"
        r"por\s+favor|puede|podr[íi]a|necesito|pero|problema|desafortunadamente|cu[áa]ndo|c[óo]mo|"
        r"alstublieft|graag|kunt|zou|nodig|niet|geen|maar|probleem|helaas|wanneer|hoe|waarom"
    ) + r"\b",
    re.IGNORECASE,
)


def is_acknowledgement_only(text: str) -> bool:
    """Whether the customer's new text only thanks or acknowledges and asks for nothing.

    It must thank or acknowledge ("Great, thanks Priya! Dropping it off tomorrow.",
    "Danke!", "Merci beaucoup") and contain no question, request or problem: any of
    "but", "still", "please", "can you", a question mark, a fault or any question or request
    the audit finds in it ("Merci. Je voudrais savoir si…") makes it a real message, so a
    doubtful reply reopens rather than silently closes a case.
    """
    content = _customer_content(text)
    if not content or "?" in content or not _ACKNOWLEDGING_CORE.search(content):
        return False
    words = _WORD.findall(content)
    if not words or len(words) > _MAX_ACKNOWLEDGEMENT_WORDS:
        return False
    if all(word.lower() in _ACKNOWLEDGING_WORDS for word in words):
        return True
    # A chase is never a thank-you, whatever it thanks for or would appreciate: "This is the third time I've written. I
    # would really appreciate a reply today.", "Just following up - I'd like to get the date sorted."
    return ((not _REQUEST_OR_PROBLEM.search(content) or not _REQUEST_OR_PROBLEM.search(_NO_RUSH.sub(" ", content)))
            and not extract_questions(text) and find_chase(content) is None and find_reply_plea(content) is None)


def _customer_content(text: str) -> str:
    """The customer's own words: no quote, greeting, sign-off or signature."""
    lines = [line.strip() for line in _unquoted(without_signature_block(
        (text or "").replace("\u2019", "'"))).splitlines()]
    return " ".join(_without_sign_off([line for line in lines if line and not _GREETING_LINE.match(line)]))


_NO_RUSH = re.compile(
    r"\b(?:no\s+(?:rush|hurry|worries|stress)|not\s+(?:urgent|in\s+a\s+hurry)|keine\s+(?:eile|hektik|sorge)|"
    r"kein\s+stress|eilt\s+nicht|pas\s+(?:de\s+souci|d'urgence|press[ée])|rien\s+ne\s+presse|sin\s+prisa|"
    r"no\s+hay\s+prisa|no\s+corre\s+prisa|geen\s+haast|geen\s+zorgen)\b",
    re.IGNORECASE,
)
"""Telling support there is no hurry: kindness, not a problem ("Thanks, no rush.")."""

_CUSTOMER_CLOSE = re.compile(
    r"\b(?:you\s+can|feel\s+free\s+to|please)\s+(?:go\s+ahead\s+and\s+)?close\s+(?:this|the|my)\s+(?:\w+\s+)?"
    r"(?:ticket|case|request|query|enquiry|inquiry|issue)\b|"
    r"\bconsider\s+(?:this|the|my)\s+(?:\w+\s+)?(?:closed|resolved|sorted)\b|"
    r"\b(?:this|the|my)\s+(?:ticket|case|request|query|enquiry|inquiry|issue)\s+(?:is|can\s+be)\s+(?:now\s+)?"
    r"(?:closed|resolved)\b|"
    r"\b(?:ticket|anfrage|fall|vorgang)\s+(?:kann|k[öo]nnen)\s+(?:\w+\s+)?geschlossen\s+werden\b|"
    r"\b(?:sie\s+k[öo]nnen|bitte)\s+(?:das|die|den|mein(?:e|en)?)\s+(?:ticket|anfrage|vorgang|fall)\s+"
    r"(?:\w+\s+)?(?:schlie(?:ß|ss)en|abschlie(?:ß|ss)en)\b|"
    r"\bdamit\s+ist\s+(?:die|meine|der|das|mein)\s+(?:anfrage|fall|sache|ticket|vorgang)\s+(?:\w+\s+)?erledigt\b|"
    r"\bvous\s+pouvez\s+(?:cl[ôo]turer|fermer|clore)\s+(?:le|la|ce|cette|ma|mon)\s+(?:ticket|demande|dossier)\b|"
    r"\bje\s+consid[èe]re\s+(?:la|ma|cette|le|mon)\s+(?:demande|question|dossier)\s+comme\s+"
    r"(?:r[ée]solue?|close?|cl[ôo]tur[ée]e?)\b|"
    r"\bdoy\s+por\s+(?:cerrad[oa]|resuelt[oa]|zanjad[oa])\b|"
    r"\bpueden?\s+cerrar\s+(?:el|la|mi|este|esta)\s+(?:caso|ticket|consulta|incidencia|solicitud)\b|"
    r"\b(?:el|la|mi)\s+(?:caso|consulta|incidencia|solicitud)\s+(?:queda|est[áa])\s+(?:cerrad[oa]|resuelt[oa])\b",
    re.IGNORECASE,
)
"""The customer closing the case themselves ("you can close this ticket", "doy por cerrada la consulta")."""
_CUSTOMER_CLOSE_HINT = Hint("closed resolved sorted geschlossen schließen schliessen erledigt fermer clore "
                            "considère considere cerrad resuelt zanjad cerrar clôturer cloturer",
                            r"close\s+(?:this|the|my)|go\s+ahead\s+and\s+close")
"""A cheap necessary condition for ``_CUSTOMER_CLOSE``: each alternative holds one of these words."""


@lru_cache(maxsize=_TEXT_CACHE)
def is_customer_close(text: str) -> bool:
    """Whether the customer's new text closes the case: an explicit close, and nothing more asked.

    "Problem solved, you can close the ticket" closes; "You can close the ticket, but could you
    first send the invoice?" is a real message. Cached per text: the metrics read the customer's
    last message for the case's status and again for its closes.
    """
    if not _CUSTOMER_CLOSE_HINT.search(text or "") or not _CUSTOMER_CLOSE.search(text.replace("\u2019", "'")):
        return False
    content = _customer_content(text)
    match = _CUSTOMER_CLOSE.search(content)
    if match is None or "?" in content:
        return False
    rest = content[: match.start()] + ". " + content[match.end():]
    return not _CLOSE_BUT.search(rest) and not extract_questions(rest)


_CLOSE_BUT = re.compile(r"\b(?:but|however|first|before|aber|jedoch|zuerst|vorher|mais|cependant|d'abord|avant|"
                        r"pero|sin\s+embargo|primero|antes)\b", re.IGNORECASE)
"""A close with a reservation ("…, but first send me the invoice") is no close."""
_NO_RUSH, _CUSTOMER_CLOSE, _CLOSE_BUT = (
    word_start_guarded(pattern) for pattern in (_NO_RUSH, _CUSTOMER_CLOSE, _CLOSE_BUT))
"""The patterns above behind look-aheads for the first characters of their words (``word_start_guarded``):
the same matches, faster."""


def _without_sign_off(lines: list[str]) -> list[str]:
    """Drop a sign-off line and the signature under it, or a trailing bare name line."""
    for index, line in enumerate(lines):
        if index > 0 and _SIGN_OFF_LINE.match(line):
            return lines[:index]
    if len(lines) > 1 and _NAME_LINE.match(lines[-1]) and not _ACKNOWLEDGING_CORE.search(lines[-1]):
        return lines[:-1]
    return lines


# --- subject tags and labels ------------------------------------------------------------------

CLOSING_SUBJECT_TAGS: dict[str, str] = {
    "resolved": "resolved",
    "solved": "resolved",
    "gelöst": "resolved",
    "erledigt": "resolved",
    "résolu": "resolved",
    "resolu": "resolved",
    "resuelto": "resolved",
    "solucionado": "resolved",
    "opgelost": "resolved",
    "closed": "closed",
    "geschlossen": "closed",
    "fermé": "closed",
    "ferme": "closed",
    "clos": "closed",
    "clôturé": "closed",
    "cerrado": "closed",
    "gesloten": "closed",
}
"""Closing words a helpdesk puts in a subject tag, mapped to ``resolved`` or ``closed``."""

_TAG_WORDS = "|".join(sorted((re.escape(word) for word in CLOSING_SUBJECT_TAGS), key=len, reverse=True))
_BRACKETED_TAG = re.compile(rf"[\[(]\s*({_TAG_WORDS})\s*[\])]", re.IGNORECASE)
_STATUS_PREFIX = re.compile(rf"^\s*(?:\[[^\]\r\n]{{0,200}}\]\s*)*({_TAG_WORDS})\s*:", re.IGNORECASE)


def subject_closing_tag(subject: str) -> str | None:
    """The normalised closing tag (``resolved`` / ``closed``) a subject carries, else ``None``.

    Recognises bracketed tags anywhere ("[Resolved]", "(closed)", "[Gelöst]") and a
    ticket system's status prefix after its ticket tag (RT: "[host #33575] Resolved: …").
    """
    flat = (subject or "").replace("\r", " ").replace("\n", " ")
    match = _BRACKETED_TAG.search(flat) or _STATUS_PREFIX.match(flat)
    return CLOSING_SUBJECT_TAGS[match.group(1).lower()] if match else None


_CLOSING_LABELS = frozenset(
    {
        "closed", "resolved", "solved", "done", "complete", "completed",
        "geschlossen", "gelöst", "erledigt", "abgeschlossen",
        "fermé", "clos", "clôturé", "résolu", "terminé",
        "cerrado", "resuelto", "solucionado",
        "gesloten", "opgelost", "afgehandeld",
    }
)
_LABEL_SEPARATORS = re.compile(r"[/:.]")


def is_closing_label(label: str) -> bool:
    """Whether a label or keyword marks the case closed ("closed", "$Closed", "Support/Closed").

    IMAP system flags such as ``\\Answered`` or ``\\Seen`` say nothing about closing; only
    the last segment of a hierarchical label is read, so "Closed/Archive" does not count.
    """
    last_segment = _LABEL_SEPARATORS.split((label or "").strip())[-1]
    return last_segment.strip().lstrip("$\\").lower() in _CLOSING_LABELS
