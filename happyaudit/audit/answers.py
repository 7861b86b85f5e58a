"""Whether a later human support reply addressed a customer's question, and why we think so.

Signals, strongest first: the reply quotes the question inline and writes an answer under it;
the reply's own sentences share the question's keywords and entities (stemmed, with related
support words grouped), ideally in a sentence that also has the expected kind of answer (a
date for "when", an amount for "how much", a yes/no or "done" for a request). Sentences that
only promise to come back ("I'll check on the shipping question") never count as an answer.
Tuned for precision of the unanswered flag: when in doubt, a question counts as answered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from happyaudit.audit.commitments import promise_start
from happyaudit.audit.questions import Question, without_signature_block
from happyaudit.audit.text import (
    _SENTENCE_CACHE,
    Hint,
    content_sentence,
    paragraphs_of_sentences,
    split_sentences,
)
from happyaudit.audit.words import keywords_of, tokens
from happyaudit.model import CaseMessage, Message


@dataclass(frozen=True, slots=True)
class AnswerVerdict:
    """The support message that answered a question, and a one-line human reason."""

    message_id: str
    reason: str
    how: str
    """``inline``, ``topical``, ``yes-no``, ``short-reply``, ``whole-message``, ``chaser`` (the reply that followed
    a chaser's question), ``deferred`` (a promise took it up) or ``in-doubt`` (not shown to be answered, but a
    reply sentence nothing else accounts for may answer it in other words: not flagged)."""


_INLINE_MIN_OVERLAP = 0.7
"""Share of the question's words a quoted line must contain to be that question."""
_SHORT_REPLY_WORDS = 30
_GENERIC_MIN_MATCHES = 1
_GENERIC_MIN_WORDS = 6
_CONTEXT_WEIGHT = 0.5
_CONTEXT_CAP = 1.5
_CLAIM_MARGIN = 0.1
"""How much better another question must fit a reply sentence to take it away (when in doubt: answered)."""

_YES_NO = re.compile(
    r"^\W*(?:yes|yeah|yep|sure|of\s+course|certainly|absolutely|definitely|indeed|correct|no|nope|unfortunately|sadly|"
    r"i'm\s+afraid|afraid\s+not|good\s+news|ja|jawohl|nein|leider|nat[üu]rlich|selbstverst[äa]ndlich|gerne|klar|"
    r"oui|non|bien\s+s[ûu]r|malheureusement|tout\s+[àa]\s+fait|s[íi]|claro|lamentablemente|por\s+supuesto|"
    r"desde\s+luego|jazeker|nee|helaas|natuurlijk|zeker)\b|"
    r"\b(?:we|you|it|they|this|that|i|there)\s+(?:(?:certainly|definitely|absolutely|indeed|really|still|also|only|"
    r"usually|normally|always|never|unfortunately)\s+)?(?:can|can't|cannot|do|don't|does|doesn't|will|won't|is|isn't|are|"
    r"aren't|need\s+not|don't\s+need|needn't|should|shouldn't)\b|\b(?:it's|that's|there's|they're)\b|"
    # what there is, or a regretful no, anywhere in the sentence ("Den Tisch gibt es leider nur in Weiß")
    r"\b(?:gibt\s+es|es\s+gibt|unfortunately|leider|malheureusement|lamentablemente|helaas)\b|"
    r"\byou(?:'re|\s+are)\s+(?:very\s+|more\s+than\s+)?welcome\s+to\b|"
    r"\b(?:no\s+(?:need|problem)|not\s+(?:necessary|needed|required)|pas\s+(?:besoin|n[ée]cessaire)|aucun\s+(?:souci|"
    r"probl[èe]me)|sans\s+probl[èe]me|(?:ist\s+)?nicht\s+(?:n[öo]tig|notwendig|erforderlich)|kein\s+problem|"
    r"no\s+(?:hace\s+falta|es\s+necesario)|sin\s+problema|ning[úu]n\s+problema)\b|"
    r"\b(?:c'est|il\s+est|elle\s+est|ils\s+sont|elles\s+sont|nous\s+(?:pouvons|avons|livrons|exp[ée]dions|acceptons)|"
    r"es\s+ist|das\s+ist|er\s+ist|sie\s+ist|wir\s+(?:k[öo]nnen|haben|liefern|versenden|akzeptieren)|"
    r"(?:s[íi]\s+)?(?:la|lo|las|los)\s+tenemos|(?:tenemos|podemos|enviamos|aceptamos|hacemos))\b",
    re.IGNORECASE,
)
_AFFIRMATION_OPENING = re.compile(
    r"^\W*(?:yes|yeah|yep|sure|of\s+course|certainly|absolutely|definitely|indeed|no|nope|unfortunately|sadly|"
    r"i'm\s+afraid|afraid\s+not|good\s+news|no\s+problem|happy\s+to|you(?:'re|\s+are)\s+(?:very\s+)?welcome\s+to|"
    r"(?:we|i)\s+(?:certainly\s+|definitely\s+|"
    r"absolutely\s+)?(?:do|can|will|don't|can't|won't)\b|ja|jawohl|nein|leider|nat[üu]rlich|selbstverst[äa]ndlich|"
    r"gerne|klar|kein\s+problem|oui|non|bien\s+s[ûu]r|malheureusement|tout\s+[àa]\s+fait|avec\s+plaisir|"
    r"aucun\s+(?:souci|probl[èe]me)|s[íi]|claro|lamentablemente|por\s+supuesto|desde\s+luego|con\s+gusto|"
    r"sin\s+problema|jazeker|nee|helaas|natuurlijk|zeker|geen\s+probleem)\b",
    re.IGNORECASE,
)
"""A reply sentence that opens with a yes or a no ("We certainly do!", "Bien sûr", "Leider nicht"):
the answer to the one yes/no question it follows, whatever words come after."""
_DONE_OPENING = re.compile(
    r"^\W*(?:(?:all\s+)?done|(?:all\s+)?sorted|taken\s+care\s+of|erledigt|c'est\s+fait|voil[àa]|listo|hecho|gedaan|klaar)\b",
    re.IGNORECASE,
)
"""A reply sentence that opens by reporting the request done ("Done - the transfer is booked", "Erledigt:"):
the answer to the one request it follows, whatever words come after."""
_MODAL_STATEMENT = re.compile(
    r"\b(?:can|can't|cannot|could|should|shouldn't|must|mustn't|may|need(?:s)?\s+to|has\s+to|have\s+to)\s+"
    r"(?:not\s+|only\s+|also\s+|safely\s+|easily\s+|still\s+|just\s+)?(?!you\b|we\b|i\b)[a-z]+|"
    r"\b(?:k[öo]nnen|kann|sollten?|m[üu]ssen|muss|d[üu]rfen|darf|l[äa]sst\s+sich|lassen\s+sich)\b|"
    r"\b(?:peut|peuvent|pouvez|doit|doivent|devez|faut)\b|"
    r"\b(?:puede|pueden|puedes|debe|deben|hay\s+que|se\s+puede)\b|"
    r"\b(?:kan|kunnen|kunt|moet|moeten|mag|mogen)\b",
    re.IGNORECASE,
)
"""A statement of what can or must be done ("the lid can go in the dishwasher", "können Sie … wählen"):
the answer to a yes/no question that skips the yes or no."""
_COMPLETION = re.compile(
    # "we've noted / received / logged your request" acknowledges it; it does not do it
    r"\b(?:(?:i've|i\s+have|we've|we\s+have)(?!\s+(?:(?:now|also|just|already)\s+)?(?:noted|received|got|logged|"
    r"registered|seen|read|taken\s+note)\b)|has\s+been|have\s+been|is\s+now|are\s+now|went\s+out|is\s+on\s+its\s+way|"
    r"here\s+is|here's|here\s+are|attached|please\s+find|done|just\s+now|is\s+ready|are\s+ready|sent|updated|changed|"
    r"cancelled|canceled|refunded|arranged|issued|switched|copied|corrected|booked|processed|(?:all\s+)?sorted|"
    r"habe\s+ich|haben\s+wir|anbei|im\s+anhang|ist\s+unterwegs|erledigt|ci-joint|vous\s+trouverez|c'est\s+fait|j'ai|"
    r"nous\s+avons|adjunto|aqu[íi]\s+tiene|le\s+he|hemos|hecho|he\s+\w+(?:ado|ido)|bijgevoegd|hierbij|ik\s+heb|we\s+hebben)\b",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"\b(?:today|tomorrow|tonight|yesterday|now|already|asap|soon|next\s+week|this\s+week|morning|afternoon|evening|"
    r"within|business\s+days?|working\s+days?|days?|weeks?|hours?|months?|minutes?|seconds?|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|"
    r"\d{1,2}(?:st|nd|rd|th)|\d{1,2}:\d{2}|\d{1,2}\s*(?:am|pm)|\d{1,2}[/.]\d{1,2}|heute|morgen|tage?n?|werktage?n?|"
    r"woche|montag|dienstag|mittwoch|donnerstag|freitag|aujourd'hui|demain|jours?|semaine|lundi|mardi|mercredi|jeudi|"
    r"vendredi|hoy|ma[ñn]ana|d[íi]as?|semana|lunes|martes|mi[ée]rcoles|jueves|viernes|vandaag|dagen|week|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag)\b",
    re.IGNORECASE,
)
_HOW_MUCH = re.compile(
    r"(?:USD|EUR|AUD|GBP|CHF|CAD|\$|€|£)\s?\d|\d[\d,.]*\s?(?:USD|EUR|AUD|GBP|CHF|CAD|€|\$|£|%|percent|dollars?|euros?)|"
    r"\b(?:free|no\s+charge|free\s+of\s+charge|at\s+no\s+cost|kostenlos|gratis|gratuit(?:e|o)?|sin\s+coste)\b|"
    r"\b\d+[.,]\d{2}\b",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|a\s+few|several)\b",
                       re.IGNORECASE)
_WHY = re.compile(r"\b(?:because|due\s+to|since|the\s+reason|caused|means|as\s+a\s+result|weil|da|parce\s+que|car|"
                  r"porque|ya\s+que|omdat|doordat)\b", re.IGNORECASE)
_HOW = re.compile(r"^(?:first,?\s+|then\s+|just\s+|simply\s+|please\s+)?(?:hold|press|push|pull|turn|switch|open|"
                  r"remove|insert|unplug|plug|charge|try|tap|select|enter|log\s+in|sign\s+in|visit|wash|tighten|loosen|"
                  r"restart|reset|update|place|put|attach|slide|set|fill|print|drop|pack|send|return|reply|add|"
                  r"halten|dr[üu]cken|[öo]ffnen|tenez|appuyez|ouvrez|mantenga|pulse|abra)\b|"
                  r"\b(?:you\s+can|simply|just|step|follow|use|go\s+to|click|drop|print|bring|instructions|"
                  r"sie\s+k[öo]nnen|vous\s+pouvez|puede|kunt\s+u|je\s+kunt)\b|https?://|\b(?:here|link)\b", re.IGNORECASE)
_NAMED_THING = re.compile(r"(?<=\w)\s+(?:[A-ZÀ-Ý][\w-]*[a-zà-ÿ][\w-]*|[A-Za-z]+[-\s]?\d+[A-Za-z]*)\b")
"""A product or other named thing past the first word ("our Entkalker Pro sachets", "the V60"):
the answer to a "which" question."""
_WHERE = re.compile(r"\b(?:at|in|to|from|near)\s+(?:our\s+|the\s+|your\s+)?[A-Z]|\baddress\b|https?://", re.UNICODE)


_HANDOFF = re.compile(
    r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:passed|handed|forwarded|escalated|referred|sent)\s+(?:this|it|your\s+\w+)"
    r"(?:\s+on|\s+over)?\s+to\b|\b(?:i've|i\s+have|we've|we\s+have)\s+asked\s+(?:our|the|my)\b",
    re.IGNORECASE,
)
"""A hand-over to a colleague: the question moves on, it is not answered."""
_HANDOFF_HINT = Hint("passed handed forwarded escalated referred sent asked")
"""A cheap necessary condition for ``_HANDOFF``: each alternative holds one of these verbs. Same
flags; checked in tests."""
_COURTESY = re.compile(
    r"^\W*(?:(?:i'm|i\s+am|we're|we\s+are|so|very|really)\s+)*(?:sorry|apologies|my\s+apologies|thanks|thank\s+you|"
    r"many\s+thanks|great\s+question|good\s+question|happy\s+to\s+help|glad\s+to\s+hear)\b",
    re.IGNORECASE,
)
"""Apologies and thanks: about the topic, but no answer unless they also say yes/no or done."""
_COURTESY_CLAUSE = re.compile(r"[;:]|,\s+|\s[-\u2013\u2014]\s")
"""Where the rest of a sentence begins after an opening apology or thanks."""
_COURTESY_REST_MIN_WORDS = 3


@lru_cache(maxsize=4096)
def _says(pattern: re.Pattern[str], sentence: str) -> bool:
    """Whether a reply sentence has one kind of answer; cached, as each sentence meets many questions."""
    return pattern.search(sentence) is not None


_SPECIFIC_ANSWERS: dict[str, tuple[re.Pattern[str], str]] = {
    "when": (_WHEN, "a date or time"),
    "how_much": (_HOW_MUCH, "an amount"),
    "how_many": (_HOW_MANY, "a number"),
    "why": (_WHY, "a reason"),
    "how": (_HOW, "instructions"),
    "where": (_WHERE, "a place"),
    "which": (_NAMED_THING, "a named choice"),
}
"""The answer a question of each kind asks for, and how ``show`` names it."""


@lru_cache(maxsize=_SENTENCE_CACHE)
def _fits(question: Question, sentence: str) -> str | None:
    """What kind of answer ``sentence`` gives, when it fits the question; else ``None``.

    Cached: each reply sentence is weighed against every open question, and again as each one's rival.
    """
    expects = question.expects
    if _names_option(question, sentence):
        return "one of the options"
    specific = _SPECIFIC_ANSWERS.get(expects)
    if specific is not None and _says(specific[0], sentence):
        return specific[1]
    if (expects in ("yes_no", "other") or question.kind == "request") and _says(_YES_NO, sentence):
        return "a yes/no"
    if expects == "yes_no" and question.kind != "request" and _says(_MODAL_STATEMENT, sentence):
        return "a yes/no"
    if expects not in ("when", "how_much", "how_many") and _says(_COMPLETION, sentence):
        return "a done"
    return None


def _names_option(question: Question, sentence: str) -> bool:
    for option in question.options:
        flags = 0 if len(option) <= 2 else re.IGNORECASE
        if re.search(rf"(?<!\w){re.escape(option)}(?!\w)", sentence, flags):
            return True
    return False


@lru_cache(maxsize=512)
def _evidence_sentences(text: str, keep_promises: bool = False, courtesy_rests: bool = True) -> tuple[str, ...]:
    """The reply's own sentences, each cut where a promise to come back begins (a deferral is no answer).

    ``courtesy_rests``: keep what follows an opening apology or thanks ("Sorry for the wait - it
    leaves tomorrow"); without them, the sentences that are to the point from their first word.
    """
    return tuple(sentence for sentence, rest, _ in _evidence_parts(text, keep_promises) if courtesy_rests or not rest)


@lru_cache(maxsize=512)
def _deferring_sentences(text: str) -> frozenset[str]:
    """The evidence sentences of a reply that were cut where a promise or a hand-over began: what is
    left of them ("Workshop bookings sit with Tariq, so") says why the question moves on, not the answer."""
    return frozenset(sentence for sentence, _, cut in _evidence_parts(text, False) if cut)


@lru_cache(maxsize=512)
def _evidence_parts(text: str, keep_promises: bool) -> tuple[tuple[str, bool, bool], ...]:
    """``_evidence_sentences`` with each sentence marked when it is the rest after an apology or thanks,
    and when it was cut where a promise or a hand-over began."""
    evidence = []
    # The signature under the sign-off is no answer: its address and phone lines made short replies look long.
    for sentence in split_sentences(without_signature_block(text)):
        sentence = content_sentence(sentence)
        if sentence.rstrip("\"')").endswith("?"):
            continue  # a question back is no answer
        start = None if keep_promises else promise_start(sentence)
        cut = start is not None
        if start is not None:
            sentence = sentence[:start]
        if _HANDOFF_HINT.search(sentence) and (match := _HANDOFF.search(sentence)):
            sentence = sentence[: match.start()]
            cut = True
        rest = False
        if _COURTESY.match(sentence) and not (_says(_YES_NO, sentence) or _says(_COMPLETION, sentence)):
            # "Sorry for the wait - your lock leaves tomorrow": the apology is no answer, the rest may be.
            sentence = _COURTESY_CLAUSE.split(sentence, maxsplit=1)[1] if _COURTESY_CLAUSE.search(sentence) else ""
            if len(sentence.split()) < _COURTESY_REST_MIN_WORDS:
                continue
            rest = True
        if sentence.strip(" ,;:-–—"):
            evidence.append((sentence, rest, cut))
    return tuple(evidence)


@lru_cache(maxsize=512)
def evidence_paragraphs(text: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """A reply's evidence sentences (see ``_evidence_sentences``) paragraph by paragraph, each marked when
    it was cut where a promise or a hand-over began: which sentence follows which tells an elaboration
    ("The file arrives by email within minutes") from a new point."""
    paragraphs = paragraphs_of_sentences(without_signature_block(text))
    return tuple(parts for paragraph in paragraphs
                 if (parts := tuple((sentence, cut) for sentence, _, cut in _evidence_parts(" ".join(paragraph), False))))


def outside_inline_answers(text: str) -> str:
    """A reply's text without its inline part: from the first quoted line on, what it writes answers the
    quoted lines above it ("> Can I record two channels?" - "Up to four")."""
    if not _inline_blocks(text):
        return text
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.lstrip().startswith(">"))
    return "\n".join(lines[:first])


def opens_with_yes_or_no(sentence: str) -> bool:
    """Whether a reply sentence opens with a yes or a no ("Yes, both", "Ja, das geht problemlos")."""
    return _AFFIRMATION_OPENING.match(sentence) is not None


_SENTENCE_MIN_WORDS = 3
"""Shorter lines of a reply are a name or a sign-off ("Rachel"), not what it says."""
_PLEASANTRY_MAX_WORDS = 10
"""A shorter exclamation is a pleasantry ("You're welcome, glad it's sorted!", "Happy birthday to her!")."""
_GOOD_WISHES = re.compile(r"^\W*(?:have\s+a\s+(?:great|good|nice|lovely|wonderful)|enjoy\s+(?:your|the)|all\s+the\s+best|"
                          r"take\s+care|get\s+well|best\s+of\s+luck|good\s+luck)\b", re.IGNORECASE)
"""A good wish ("Have a great week.", "Enjoy your stay."): a pleasantry however it ends."""


def is_pleasantry(sentence: str) -> bool:
    """Whether a reply sentence is a short exclamation that opens with no yes, no or done, or a good wish: a
    pleasantry, not an answer ("Glad it's sorted! Have a great week." is no answer to "What's the cheapest
    way to call Poland?")."""
    if len(sentence.split()) >= _PLEASANTRY_MAX_WORDS:
        return False
    return _GOOD_WISHES.match(sentence) is not None or (
        sentence.rstrip().endswith("!") and not _AFFIRMATION_OPENING.match(sentence) and not _DONE_OPENING.match(sentence))


def _only_pleasantries(text: str) -> bool:
    """Whether all a reply says is pleasantries ("You're welcome, glad it's sorted! Have a great week.")."""
    said = [sentence for sentence in _evidence_sentences(text) if len(sentence.split()) >= _SENTENCE_MIN_WORDS]
    return bool(said) and all(is_pleasantry(sentence) for sentence in said)


def fit_strength(question: Question, sentence: str) -> int:
    """How specifically a sentence answers a question by its kind alone, no words shared: 2 for the kind of
    answer the question asks for (a date for "when", a done for a request, a yes or no for a yes/no
    question), 1 for a looser fit (a done after a question about how things are), 0 for none."""
    fit = _fits(question, sentence)
    if fit is None:
        return 0
    if fit == "a done" and not asks_for_action(question):
        return 1
    return 2


def _words(text: str) -> set[str]:
    return {token.lower() for token in tokens(text)}


@lru_cache(maxsize=512)
def _inline_blocks(text: str) -> tuple[tuple[str, str], ...]:
    """(quoted text, answer text below it) for each "> " block of an inline reply."""
    blocks: list[tuple[str, list[str]]] = []
    quoted: list[str] = []
    for line in (text or "").splitlines():
        if line.lstrip().startswith(">"):
            quoted.append(line.lstrip()[1:].strip())
            continue
        if quoted:
            blocks.append((" ".join(quoted), []))
            quoted = []
        if blocks and line.strip():
            blocks[-1][1].append(line.strip())
    return tuple((quote, "\n".join(answer)) for quote, answer in blocks)


def _matched_words(text: str, found: set[str] | frozenset[str]) -> list[str]:
    """The words of ``text`` behind the matched keywords, as written, for the reason line."""
    words: list[str] = []
    for token in tokens(text):
        for keyword in keywords_of(token):
            if keyword in found and token.lower() not in words:
                words.append(token.lower())
    return words


def _entity_in(entity: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(entity)}(?!\w)", text) is not None


@lru_cache(maxsize=_SENTENCE_CACHE)
def _entities_named(entities: frozenset[str], lowered: str) -> int:
    """How many of a question's entities a reply sentence (lower-cased, without "#") names; cached,
    as each sentence is weighed against every open question, and again as each one's rival."""
    return sum(1 for e in entities if _entity_in(e, lowered))


def _alignment(question: Question, keywords: frozenset[str], lowered: str, sentence: str,
               shared_context: frozenset[str] = frozenset()) -> float:
    """How well one reply sentence fits one question: its share of the question's words, plus its fit.

    ``shared_context``: statements around both questions being compared ("Can I change the address?
    It's 4 Harbour Road. Could you add a bell?") speak for neither, so they are left out.
    """
    if not question.keywords:
        return 0.0
    own = len(question.keywords & keywords)
    context = min(_CONTEXT_CAP, _CONTEXT_WEIGHT * len((question.context - question.keywords - shared_context) & keywords))
    entities = _entities_named(question.entities, lowered) if question.entities else 0
    score = (own + 0.5 * entities + context) / len(question.keywords)
    if (own or context) and _fits(question, sentence):
        score += 1.0
    return score


def _claimed_by_rival(question: Question, competitors: Sequence[Question], sentence: str) -> bool:
    """Whether a reply sentence answers another question of the customer better than this one.

    One sentence of a reply usually answers one question: "EUR 945 including delivery" answers
    "What would it cost?", not "Can you include a brewing guide?" although it shares "include".
    A sentence that covers at least half of this question's own words stays evidence for it.
    ``competitors``: the rivals that do not restate this question.
    """
    if not competitors or not question.keywords:
        return False
    keywords = keywords_of(sentence)
    if len(question.keywords & keywords) * 2 >= len(question.keywords):
        return False
    lowered = sentence.lower().replace("#", "")
    # A rival claims a sentence through its own words, its names or the specific kind of answer it asks
    # for ("EUR 945" for "What would that cost?"); the statements around both questions speak for
    # neither, on either side of the comparison.
    return any((rival.keywords & keywords or _entities_named(rival.entities, lowered)
                or gives_typed_answer(rival, sentence))
               and _alignment(rival, keywords, lowered, sentence, question.context)
               > _alignment(question, keywords, lowered, sentence, rival.context) + _CLAIM_MARGIN
               for rival in competitors)


_RESTATED_MIN_WORDS = 2
"""Words of an earlier question a sentence must repeat to go back over it ("Replacement sent" does
not restate "Can you ship?")."""
_LOOSE_FITS = frozenset(("a yes/no", "a done"))
"""Fits any statement of what is or was done: too weak to tell a new answer from a repeated one."""


def _repeats_earlier_answer(question: Question, settled: Sequence[Question], keywords: frozenset[str], lowered: str,
                            sentence: str) -> bool:
    """Whether a reply sentence goes back over a question answered before rather than this one.

    "Just to confirm: your subscription is paused for December" fits the earlier "Can I pause it
    for December?" better than the new "Can the January bag be ground for a moka pot?". It still
    answers the new question when it gives the specific kind of answer that one asks for (a
    date, an amount, a name, a place).
    """
    restated = [earlier for earlier in settled if len(earlier.keywords & keywords) >= _RESTATED_MIN_WORDS]
    if not restated or _fits(question, sentence) not in _LOOSE_FITS | {None}:
        return False
    return _claimed_by_rival(question, [earlier for earlier in restated if not restates(earlier, question)], sentence)


def _taken_elsewhere(question: Question, competitors: Sequence[Question], settled: Sequence[Question],
                     sentence: str) -> bool:
    """Whether a reply sentence answers another open question better, or only goes back over an answered one.

    ``competitors``: the open rivals that do not restate this question.
    """
    if _claimed_by_rival(question, competitors, sentence) and not (
            len(question.keywords) <= _THIN_QUESTION_WORDS and _only_one_asks_for_it(question, competitors, sentence)):
        return True
    if not settled:
        return False
    return _repeats_earlier_answer(question, settled, keywords_of(sentence), sentence.lower().replace("#", ""), sentence)


def _only_one_asks_for_it(question: Question, competitors: Sequence[Question], sentence: str) -> bool:
    """Whether a sentence gives the specific kind of answer this question asks for (a date, an amount, a
    number, a place) and no other open question asks for that kind: "Can I upgrade to VIP? If so, how
    much extra is it?" - "Of course - the upgrade is EUR 45": the amount is the second question's.
    Only for a question with hardly a word of its own: a fuller one must also be named."""
    return (gives_typed_answer(question, sentence)
            and not any(rival.expects == question.expects for rival in competitors))


def gives_typed_answer(question: Question, sentence: str) -> bool:
    """Whether a sentence gives the specific kind of answer the question asks for (a date, an amount,
    a number, a place); checked before the looser fits, as it is asked of every rival."""
    return question.expects in _TYPED_ANSWERS and _says(_SPECIFIC_ANSWERS[question.expects][0], sentence)


_TYPED_ANSWERS = frozenset(("when", "how_much", "how_many", "where"))
"""Kinds of answer specific enough to tell which question a sentence answers."""
_THIN_QUESTION_WORDS = 1
"""A question with at most this many words of its own ("How much extra is it?") is told by the kind of
answer it asks for more than by its words."""


_CLAUSE = re.compile(r";\s*|,\s+(?:and|but|while|plus|und|aber|et|mais|y|pero|maar)\s+|\s[-\u2013\u2014]\s")
"""Where one coordinated clause of a reply sentence ends and the next begins ("…go to 14 Temple Quay,
and I've split the order - …")."""


_OWN_CLAUSE_MIN_WORDS = 2
"""Words of a question, or of the details the customer gave right after it, that a clause must repeat
to be its own ("the money will be back on your card" shares only "back" with "When will it be back
in stock?")."""


def _own_clauses(question: Question, others: Sequence[Question], sentence: str) -> list[str]:
    """The clauses of a sentence another question took that speak to this question and to no other.

    One sentence can answer two requests in coordinated clauses ("The parcel will now go to 14
    Temple Quay, and I've split the order"): the sentence as a whole goes to the request it fits
    best, but a clause that repeats two or more words of this question or of the details given right
    after it ("It's 14 Temple Quay"), and shares none with the other questions, still speaks to it.
    """
    clauses = [clause for clause in _CLAUSE.split(sentence) if clause.strip()]
    if len(clauses) < 2:
        return []
    own = []
    for clause in clauses:
        keywords = keywords_of(clause)
        shared = len(keywords & (question.keywords | question.details))
        # One shared word is enough for a clause that opens with a yes or a no ("You're welcome to bring your
        # own bottle - corkage is GBP 10") or in the question's own terms ("They connect to any phone, iPhones
        # included, and …"); not for a passing word ("the money will be *back* on your card").
        if shared < _OWN_CLAUSE_MIN_WORDS and not (shared and (_AFFIRMATION_OPENING.match(clause)
                                                              or _mirrored_opening(question, clause))):
            continue
        lowered = clause.lower().replace("#", "")
        if all(_alignment(other, keywords, lowered, clause, question.context) <= 0 for other in others):
            own.append(clause)
    return own


def restates(rival: Question, question: Question) -> bool:
    """Whether two questions ask the same thing (a resend, a repeat in a chaser): they do not compete."""
    shared = len(rival.keywords & question.keywords)
    smaller = min(len(rival.keywords), len(question.keywords))
    return shared >= 2 and shared * 4 >= smaller * 3


def _judge(question: Question, message: Message, first_reply: bool,
           rivals: Sequence[Question] = (), settled: Sequence[Question] = ()) -> AnswerVerdict | None:
    mid = message.message_id
    blocks = _inline_blocks(message.new_text)
    question_words = _words(question.text) if blocks else set()  # most replies quote nothing inline
    for quote, answer in blocks:
        if question_words and len(question_words & _words(quote)) / len(question_words) >= _INLINE_MIN_OVERLAP:
            if answer and _evidence_sentences(answer):
                return AnswerVerdict(mid, f"answered inline by {mid}", "inline")
            return None  # quoted and deferred: this reply does not answer it
    evidence = _evidence_sentences(message.new_text)
    if (rivals or settled) and question.keywords:
        competitors = [rival for rival in rivals if not restates(rival, question)]
        kept: list[str] = []
        for sentence in evidence:
            if not _taken_elsewhere(question, competitors, settled, sentence):
                kept.append(sentence)
            else:
                kept.extend(_own_clauses(question, [*competitors, *settled], sentence))
        evidence = tuple(kept)
    if not evidence and question.keywords:
        return None
    lowered = [sentence.lower().replace("#", "") for sentence in evidence]
    sentence_keywords = [keywords_of(sentence) for sentence in evidence]
    all_keywords = frozenset().union(*sentence_keywords)

    if not question.keywords:
        # A plea without content of its own ("What can I do?", "Could you look into it?") is
        # answered by a substantive reply on the message's topic, a plan of action included.
        plan = frozenset().union(*(keywords_of(s) for s in _evidence_sentences(message.new_text, True)))
        topic = (question.topic | question.context) & plan
        if len(topic) >= _GENERIC_MIN_MATCHES and len(plan) >= _GENERIC_MIN_WORDS:
            shown = _matched_words(message.new_text, topic)[:4] or sorted(_display(topic))
            return AnswerVerdict(mid, f"reply {mid} takes up the message ({', '.join(shown)})", "whole-message")
        # The first reply after the plea that explains or advises in its own words ("That's the
        # overheat protection: unplug it…") answers it, unless it only asks back for more.
        if first_reply and len(all_keywords) >= _GENERIC_MIN_WORDS and not _asks_back(message.new_text):
            return AnswerVerdict(mid, f"reply {mid} answers with advice of its own", "whole-message")
        return None

    own = question.keywords & all_keywords
    entities = {e for e in question.entities if any(_entity_in(e, s) for s in lowered)}
    context = (question.context - question.keywords) & all_keywords
    score = len(own) + 0.5 * len(entities) + min(_CONTEXT_CAP, _CONTEXT_WEIGHT * len(context))
    coverage = len(own) / len(question.keywords)
    fit = None
    for index, keywords in enumerate(sentence_keywords):
        near = keywords | (sentence_keywords[index - 1] if index else frozenset())
        if near & (question.keywords | question.context):
            fit = fit or _fits(question, evidence[index])
    if question.options and any(_names_option(question, sentence) for sentence in evidence):
        return AnswerVerdict(mid, f"reply {mid} picks one of the options ({_join(sorted(question.options))})", "topical")
    if score >= 2 or (score >= 1 and (fit or coverage >= 0.5)):
        mentioned = (_matched_words(question.text, own) or sorted(entities)
                     or _matched_words(" ".join(evidence), context) or sorted(_display(context | own)))
        reason = f"reply {mid} mentions {_join(mentioned[:4])}"
        return AnswerVerdict(mid, reason + (f" and gives {fit}" if fit else ""), "topical")
    if own and rivals and not asks_for_action(question):
        exclusive = _exclusive_sentence(question, [r for r in rivals if not restates(r, question)], evidence,
                                        sentence_keywords, _deferring_sentences(message.new_text))
        if exclusive is not None:
            shown = _join(_matched_words(exclusive, question.keywords)[:3] or ["its subject"])
            return AnswerVerdict(mid, f"reply {mid} has a sentence on {shown} and on none of the other questions",
                                 "topical")
    if len(question.keywords) <= _THIN_QUESTION_WORDS and question.expects in _TYPED_ANSWERS:
        typed = next((sentence for sentence in evidence if _only_one_asks_for_it(question, rivals, sentence)), None)
        if typed is not None:
            return AnswerVerdict(mid, f"reply {mid} gives {_fits(question, typed)}, the kind of answer only this "
                                      "question asks for", "topical")
    if question.expects == "yes_no" and evidence:
        # A reply that opens with a yes or a no answers the one yes/no question open, or else the
        # first question of the message, which replies take up first.
        if not any(rival.expects == "yes_no" for rival in rivals):
            opening = next((sentence for sentence in evidence if _AFFIRMATION_OPENING.match(sentence)), None)
        else:
            opening = evidence[0] if question.first and first_reply and _AFFIRMATION_OPENING.match(evidence[0]) else None
        if opening is not None:
            return AnswerVerdict(mid, f"reply {mid} answers the yes/no question: "
                                      f"\"{_AFFIRMATION_OPENING.match(opening).group(0).strip()}\"", "yes-no")
        # The sentence is this question's when no other open question asks about a thing in the same terms,
        # or, when several do, it opens the first reply and this is the message's first question.
        mirrored = next((sentence for index, sentence in enumerate(evidence) if _mirrored_opening(question, sentence)
                         and (not any(_mirrored_opening(rival, sentence) for rival in rivals)
                              or (index == 0 and question.first and first_reply))), None)
        if mirrored is not None:
            return AnswerVerdict(mid, f"reply {mid} answers the yes/no question in its own terms: "
                                      f"\"{_mirrored_opening(question, mirrored)}\"", "yes-no")
    if asks_for_action(question) and evidence:
        # A reply that opens with "Done" answers the one request open, or else the message's first question.
        if not any(asks_for_action(rival) for rival in rivals):
            done = next((sentence for sentence in evidence if _DONE_OPENING.match(sentence)), None)
        else:
            done = evidence[0] if question.first and first_reply and _DONE_OPENING.match(evidence[0]) else None
        if done is not None:
            return AnswerVerdict(mid, f"reply {mid} reports the request done: \"{_DONE_OPENING.match(done).group(0).strip()}\"",
                                 "yes-no")
    to_the_point = set(_evidence_sentences(message.new_text, courtesy_rests=False))
    if (question.single and first_reply and not _only_pleasantries(message.new_text)
            and sum(len(s.split()) for s in evidence if s in to_the_point) <= _SHORT_REPLY_WORDS):
        # The first reply to a message with one question, short and to the point, answers it
        # when it gives the expected kind of answer, or takes up what the customer wrote
        # without asking back for more (a question back means the answer is still to come).
        fit = next((f for s in evidence if (f := _fits(question, s))), None)
        shared = question.topic & all_keywords
        asks_back = _asks_back(message.new_text)
        if fit or (shared and not asks_back):
            what = f"gives {fit}" if fit else f"takes up {_join(_matched_words(' '.join(evidence), shared)[:3] or ['the message'])}"
            return AnswerVerdict(mid, f"short reply {mid} to the only question {what}", "short-reply")
    return None


_QUESTION_SUBJECT = re.compile(
    r"^\W*(?:(?:and|also|so|but|or)\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have)(?:n't)?\s+"
    r"(that|this|it|there|they|(?:the|my|your|our|this|that)\s+[\w-]+)\b|"
    r"^\W*(?:(?:und|also)\s+)?(?:ist|war|gibt)\s+(das|es|dies)\b|^\W*(?:et\s+)?(?:est-ce\s+que\s+)?(c'est|c'était)\b",
    re.IGNORECASE,
)
"""The thing a yes/no question asks about ("Is *that* a known problem?", "Ist *das* normal?")."""
_ANSWER_SUBJECTS = {
    "that": "that|this|it", "this": "that|this|it", "it": "that|this|it", "there": "there", "they": "they|these|those",
    "das": "das|es|dies", "es": "das|es|dies", "dies": "das|es|dies",
    "c'est": r"c'est|ce\s+n'est|c'était|ce\s+n'était", "c'était": r"c'est|ce\s+n'est|c'était|ce\s+n'était",
}
"""Who answers for the thing a yes/no question asks about: "Is that…?" - "That's…", "Ist das…?" - "Das ist…".
Not the people ("Can you…?" - "I'll…"): what support will do is a promise or a yes, judged elsewhere."""


@lru_cache(maxsize=_SENTENCE_CACHE)
def _answer_opening(question_text: str) -> re.Pattern[str] | None:
    """The statement opening that answers a yes/no question in its own terms, for its subject."""
    match = _QUESTION_SUBJECT.match(question_text)
    if match is None:
        return None
    subject = next(group for group in match.groups() if group).lower()
    if " " in subject:
        subject = "they" if subject.endswith("s") else "it"  # "Is the yoga mat non-slip?" - "It grips well on wood"
    verbs = r"(?:'s|'re|'ll|\s+[a-z]+(?:n't)?)\b"  # "That's a casting flaw", "It grips well on wood"
    if subject in ("das", "es", "dies"):
        verbs = r"\s+(?:ist|war|gibt|wird|kann|muss|sollte)\b"
    elif subject.startswith("c'"):
        verbs = r""
    opening = r"^\W*(?:(?:yes|no|well|actually|sadly|unfortunately),?\s+)?"
    return re.compile(rf"{opening}(?:{_ANSWER_SUBJECTS[subject]}){verbs}", re.IGNORECASE)


def _mirrored_opening(question: Question, sentence: str) -> str | None:
    """The opening of a reply sentence that answers a yes/no question in its own terms ("Is that a known
    problem?" - "That's a casting flaw"), else ``None``."""
    pattern = _answer_opening(question.text)
    match = pattern.match(sentence) if pattern is not None else None
    return match.group(0).strip() if match else None


_ACTION_QUESTION = re.compile(
    r"(?:^|\s[-\u2013\u2014]\s|[,;:]\s)\W*(?:(?:and|also|so|but|or|und|et|y)\s+)?(?:(?:can|could|would|will|may)\s+(?:you|we|i|someone)|"
    r"(?:k[öo]nnen|k[öo]nnten|w[üu]rden)\s+(?:sie|wir|ich)|(?:pourriez|pouvez)-vous|(?:pouvons|pourrions)-nous|puis-je|"
    r"est-ce\s+que\s+(?:vous|nous|je)\s+(?:pouvez|pourriez|pouvons|pourrions|peux|pourrais)|"
    r"(?:puede|pueden|podr[íi]a|podr[íi]an|podemos|puedo)\s)\b",
    re.IGNORECASE,
)
"""A question that asks someone to do something or for something to be done ("Can you turn on…?",
"Can we get a refund?", "¿Pueden activar…?", "One chair wobbles - can I get a new foot?"): its answer says
yes, no, done or will."""


def asks_for_action(question: Question) -> bool:
    """Whether a question is a request for action rather than a question about how things are."""
    return question.kind == "request" or _ACTION_QUESTION.search(question.text) is not None


def _exclusive_sentence(question: Question, competitors: Sequence[Question], evidence: Sequence[str],
                        sentence_keywords: Sequence[frozenset[str]], deferring: frozenset[str]) -> str | None:
    """A reply sentence that names this question's subject and nothing another question asked about, else ``None``.

    Replies take a message's questions one by one: "Does the kettle switch off when it boils dry?
    And is the filter removable?" - "It does. The filter slides out for rinsing." The second
    sentence answers the filter question in other words ("slides out" for "removable"); that it
    speaks to no other question is what tells it from a passing mention. What is left of a sentence
    that hands the question on or promises to come back (``deferring``) is no such answer. Asked only
    for questions about how things are: a request for action ("Can we get a refund?") is not answered
    by a sentence that describes ("Refunds follow our refund policy"), only by a yes, no or done.
    """
    for sentence, keywords in zip(evidence, sentence_keywords, strict=True):
        if (question.keywords & keywords and sentence not in deferring
                and not any(rival.keywords & keywords for rival in competitors)):
            return sentence
    return None


def _asks_back(text: str) -> bool:
    """Whether a reply asks the customer something back (the answer is then still to come)."""
    return any(sentence.rstrip("\"')").endswith("?") for sentence in split_sentences(text))


def _display(keywords: frozenset[str] | set[str]) -> list[str]:
    return [keyword.lstrip("~") for keyword in keywords]


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def find_answer(
    question: Question,
    question_message_date: datetime,
    later_support_messages: Sequence[Message | CaseMessage],
    rivals: Sequence[tuple[datetime, Question]] = (),
) -> AnswerVerdict | None:
    """The first later human support message that addressed ``question``, with a reason; else ``None``.

    Only messages written after ``question_message_date`` count. A reply that only defers
    ("I'll check on the shipping question") or is generic ("Thanks, we'll look into it")
    answers nothing; a short reply right after a single question ("Yes, we do.") does.
    ``rivals`` are the customer's other questions with when they were asked: a reply sentence
    that answers one of them (asked before the reply) better is not evidence for this one.
    """
    messages = [m.message if isinstance(m, CaseMessage) else m for m in later_support_messages]
    later = sorted((m for m in messages if m.date > question_message_date), key=lambda m: m.date)
    for index, message in enumerate(later):
        competing = [q for asked, q in rivals if asked < message.date and q is not question]
        verdict = _judge(question, message, first_reply=index == 0, rivals=competing)
        if verdict is not None:
            return verdict
    return None


def judge_reply(question: Question, message: Message, first_reply: bool,
                rivals: Sequence[Question] = (), settled: Sequence[Question] = ()) -> AnswerVerdict | None:
    """Whether one human support message answers ``question``, with a reason; else ``None``.

    ``first_reply``: it is the first support message after the question was asked. ``rivals``:
    the customer's other questions still open when it was sent; a sentence that answers one of
    them clearly better is not evidence for this one. ``settled``: the questions earlier replies
    answered; a sentence that only goes back over one of them is not evidence either.
    """
    return _judge(question, message, first_reply, rivals, settled)


__all__ = [
    "AnswerVerdict",
    "asks_for_action",
    "evidence_paragraphs",
    "find_answer",
    "fit_strength",
    "gives_typed_answer",
    "is_pleasantry",
    "judge_reply",
    "opens_with_yes_or_no",
    "outside_inline_answers",
    "restates",
]
