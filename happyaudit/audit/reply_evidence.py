"""Which sentences of a support reply can be an answer, and which say nothing to the point.

A reply's own sentences, cut where a promise to come back or a hand-over begins (a deferral is no
answer), without questions back, apologies and thanks; its paragraphs; the answers it writes
under quoted lines ("> Can I record two channels?" - "Up to four"); and the pleasantries ("Glad it's
sorted! Have a great week.") that answer nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from happyaudit.audit.answer_kinds import (
    AFFIRMATION_OPENING,
    DONE_OPENING,
    proposes_a_time,
    says_yes_no_or_done,
)
from happyaudit.audit.commitments import promise_start
from happyaudit.audit.guards import Hint
from happyaudit.audit.sign_off import without_signature_block
from happyaudit.audit.text import (
    content_sentence,
    paragraphs_of_sentences,
    split_sentences,
)

_HANDOFF = re.compile(
    r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:passed|handed|forwarded|escalated|referred|sent)\s+(?:this|it|your\s+\w+)"
    r"(?:\s+on|\s+over)?\s+to\b|\b(?:i've|i\s+have|we've|we\s+have)\s+asked\s+(?:our|the|my)\b",
    re.IGNORECASE,
)
"""A hand-over to a colleague: the question moves on, it is not answered."""
_HANDOFF_HINT = Hint("passed handed forwarded escalated referred sent asked")
"""A cheap necessary condition for ``_HANDOFF``: each alternative holds one of these verbs. Same
flags; checked in tests."""
_WHOLE_MESSAGE_HANDED_OVER = re.compile(
    r"\b(?:passed|handed|forwarded|sent|transferred|given)\s+(?:your|the)\s+(?:e-?mail|message|enquiry|inquiry|"
    r"request|questions?|query|queries|mail|note)\s+(?:on\s+|over\s+)?to\b|"
    r"\b(?:ihre|deine|die)\s+(?:anfrage|e-?mail|mail|nachricht|fragen)\s+(?:\w+\s+){0,4}?(?:weitergeleitet|weitergegeben)|"
    r"\b(?:transmis|transf[ée]r[ée]|fait\s+suivre)\s+(?:votre|ton)\s+(?:message|mail|e-?mail|courriel|demande|questions?)|"
    r"\b(?:pasado|reenviado|trasladado|enviado)\s+(?:su|tu)\s+(?:correo|mensaje|consulta|solicitud|e-?mail|preguntas?)\b",
    re.IGNORECASE,
)
"""A hand-over of the customer's whole message to a colleague ("I've passed your email to her and she'll be in
touch by Friday", "J'ai transmis votre demande"): every question of it moves on with the promise."""


def hands_over_whole_message(text: str) -> bool:
    """Whether a reply hands the customer's whole message on to a colleague."""
    return _WHOLE_MESSAGE_HANDED_OVER.search(text) is not None


_COURTESY = re.compile(
    r"^\W*(?:(?:i'm|i\s+am|we're|we\s+are|so|very|really)\s+)*(?:sorry|apologies|my\s+apologies|thanks|thank\s+you|"
    r"many\s+thanks|great\s+question|good\s+question|happy\s+to\s+help|glad\s+to\s+hear)\b",
    re.IGNORECASE,
)
"""Apologies and thanks: about the topic, but no answer unless they also say yes/no or done."""
_COURTESY_CLAUSE = re.compile(r"[;:]|,\s+|\s[-\u2013\u2014]\s")
"""Where the rest of a sentence begins after an opening apology or thanks."""
_COURTESY_REST_MIN_WORDS = 3
_MORE_THANKS = re.compile(r"^\W*(?:and|und|et|y)\s+(?:also\s+)?(?:for|f[üu]r|pour|por)\b", re.IGNORECASE)
"""The thanks or apology going on after its clause ("Thank you for being so understanding, and for three years with
the club"): still courtesy, though it repeats what the customer said."""
_OFFER_AFTER_STATEMENT = re.compile(
    r"\s[-\u2013\u2014]\s+(?=(?:shall|should|would|do|can|could|want|which)\b[^-\u2013\u2014]*\?\W*$)|"
    r";\s+(?=(?:shall|should|would|do|can|could|want|which)\b[^;]*\?\W*$)", re.IGNORECASE)
"""Where a statement ends and a question offering the next step begins, after a dash or a semicolon
("… is free - shall I put you down for that one?", "… in stock; would you like me to reserve one?", "I've still got
Monday 21 December at 9:30 or Tuesday 22nd at 2pm - which would you like?")."""
_TOPIC_LEAD = re.compile(
    r"^\W*(?:as\s+(?:for|to|regards)|regarding|concerning|with\s+regard\s+to|about|on|for|re|pour|quant\s+[àa]|"
    r"concernant|en\s+ce\s+qui\s+concerne|au\s+sujet\s+d[eu']|para|en\s+cuanto\s+a|sobre|respecto\s+a|"
    r"con\s+respecto\s+a|zu|zum|zur|bez[üu]glich|hinsichtlich|wegen|f[üu]r|was)\b(?:\s+[^\s,.!?;:]+){1,6}\s*,\s*$",
    re.IGNORECASE)
"""What is left of a sentence before its promise when it only names the subject ("As for the refund,", "Pour la
stérilisation de Mina,", "Was die Rechnung betrifft,"): the subject is deferred, not answered."""


@lru_cache(maxsize=512)
def evidence_sentences(text: str, keep_promises: bool = False, courtesy_rests: bool = True) -> tuple[str, ...]:
    """The reply's own sentences, each cut where a promise to come back begins (a deferral is no answer).

    ``courtesy_rests``: keep what follows an opening apology or thanks ("Sorry for the wait - it
    leaves tomorrow"); without them, the sentences that are to the point from their first word.
    """
    return tuple(sentence for sentence, rest, _ in _evidence_parts(text, keep_promises) if courtesy_rests or not rest)


@lru_cache(maxsize=512)
def deferring_sentences(text: str) -> frozenset[str]:
    """The evidence sentences of a reply that were cut where a promise or a hand-over began: what is
    left of them ("Workshop bookings sit with Tariq, so") says why the question moves on, not the answer."""
    return frozenset(sentence for sentence, _, cut in _evidence_parts(text, False) if cut)


@lru_cache(maxsize=512)
def _evidence_parts(text: str, keep_promises: bool) -> tuple[tuple[str, bool, bool], ...]:
    """``evidence_sentences`` with each sentence marked when it is the rest after an apology or thanks,
    and when it was cut where a promise or a hand-over began."""
    evidence = []
    # The signature under the sign-off is no answer: its address and phone lines made short replies look long.
    for sentence in split_sentences(without_signature_block(text)):
        sentence = content_sentence(sentence)
        if sentence.rstrip("\"')").endswith("?") and not proposes_a_time(sentence):
            # A question back is no answer; a day offered is ("Would Wednesday at 2pm suit you?"), and so is what a
            # sentence states before it offers the next step: "Thursday 26 November at 6:30 is free - shall I put
            # you down for that one?"
            statement = _OFFER_AFTER_STATEMENT.split(sentence, maxsplit=1)
            if len(statement) < 2 or len(statement[0].split()) < _SENTENCE_MIN_WORDS or "?" in statement[0]:
                continue
            sentence = statement[0]
        start = None if keep_promises else promise_start(sentence)
        cut = start is not None
        if start is not None:
            sentence = sentence[:start]
        if _HANDOFF_HINT.search(sentence) and (match := _HANDOFF.search(sentence)):
            sentence = sentence[: match.start()]
            cut = True
        if cut and _TOPIC_LEAD.match(sentence):
            continue  # "Pour la stérilisation de Mina, je vérifie…": it names what is deferred
        rest = False
        if _COURTESY.match(sentence) and not says_yes_no_or_done(sentence):
            # "Sorry for the wait - your lock leaves tomorrow": the apology is no answer, the rest may be.
            sentence = _COURTESY_CLAUSE.split(sentence, maxsplit=1)[1] if _COURTESY_CLAUSE.search(sentence) else ""
            if len(sentence.split()) < _COURTESY_REST_MIN_WORDS or _MORE_THANKS.match(sentence):
                continue
            rest = True
        if sentence.strip(" ,;:-–—"):
            evidence.append((sentence, rest, cut))
    return tuple(evidence)


@lru_cache(maxsize=512)
def evidence_paragraphs(text: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """A reply's evidence sentences (see ``evidence_sentences``) paragraph by paragraph, each marked when
    it was cut where a promise or a hand-over began: which sentence follows which tells an elaboration
    ("The file arrives by email within minutes") from a new point."""
    paragraphs = paragraphs_of_sentences(without_signature_block(text))
    return tuple(parts for paragraph in paragraphs
                 if (parts := tuple((sentence, cut) for sentence, _, cut in _evidence_parts(" ".join(paragraph), False))))


@lru_cache(maxsize=512)
def inline_blocks(text: str) -> tuple[tuple[str, str], ...]:
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
        if blocks:
            blocks[-1][1].append(line.strip())
    # The blank lines stay: under the last quote, the sign-off and signature are told from the answer by them.
    return tuple((quote, "\n".join(answer).strip()) for quote, answer in blocks)


def without_inline_answers(text: str, answered_elsewhere: Callable[[str], bool]) -> str:
    """A reply's text without its quoted lines and without the answers written under the quotes that
    ``answered_elsewhere`` says are another question's: under "> What time is check-in?", "8 to 11am"
    answers the check-in, not a question the reply never quoted ("Will he be walked with other dogs?").
    An answer is the paragraph right under its quote; a later paragraph may take up anything."""
    kept: list[str] = []
    quote: list[str] = []
    claimed = answering = False
    for line in text.splitlines():
        if line.lstrip().startswith(">"):
            quote.append(line.lstrip()[1:].strip())
            kept.append("")
            continue
        if quote:
            claimed, answering = answered_elsewhere(" ".join(quote)), False
            quote = []
        if not line.strip():
            claimed = claimed and not answering
        else:
            answering = True
        kept.append("" if claimed else line)
    return "\n".join(kept)


def outside_inline_answers(text: str) -> str:
    """A reply's text without its inline part: from the first quoted line on, what it writes answers the
    quoted lines above it ("> Can I record two channels?" - "Up to four")."""
    if not inline_blocks(text):
        return text
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.lstrip().startswith(">"))
    return "\n".join(lines[:first])


_SENTENCE_MIN_WORDS = 3
"""Shorter lines of a reply are a name or a sign-off ("Rachel"), not what it says."""
_PLEASANTRY_MAX_WORDS = 10
"""A shorter exclamation is a pleasantry ("You're welcome, glad it's sorted!", "Happy birthday to her!")."""
_GOOD_WISHES = re.compile(
    r"^\W*(?:have\s+a\s+(?:great|good|nice|lovely|wonderful)|enjoy\s+(?:your|the)|all\s+the\s+best|"
    r"take\s+care|get\s+well|best\s+of\s+luck|good\s+luck|(?:we|i)\s+hope\s+you\s+(?:enjoy|like|love|have\s+a)|"
    r"viel\s+(?:spa(?:ß|ss)|freude)|(?:wir\s+w[üu]nschen|ich\s+w[üu]nsche)\s+ihnen|"
    r"bonne\s+(?:journ[ée]e|soir[ée]e|semaine|continuation)|belle\s+journ[ée]e|(?:nous\s+vous|je\s+vous)\s+souhait|"
    r"profitez\s+bien|esperamos\s+que\s+(?:disfrute|le\s+guste|lo\s+disfrute)|que\s+(?:lo\s+)?disfrute|"
    # congratulations and delight at the customer's news: "Congratulations, that's great news.", "What a lovely idea."
    r"congratulations|congrats|what\s+(?:a\s+)?(?:lovely|wonderful|great|brilliant|nice|fantastic)|"
    r"herzlichen\s+gl[üu]ckwunsch|f[ée]licitations|enhorabuena|felicidades|felicitaciones|"
    # the thanks returned with a goodbye: "Avec plaisir, à samedi prochain !", "Gern geschehen, bis Montag!"
    # (not "no problem" or "with pleasure", which say yes to a request as often)
    r"(?:(?:it\s+was\s+)?(?:a\s+|my\s+)?pleasure|you(?:'re|\s+are)\s+welcome|avec\s+plaisir|"
    r"de\s+rien|je\s+vous\s+en\s+prie|gern(?:e|\s+geschehen)?|bitte\s+sch[öo]n|con\s+gusto|de\s+nada)\W+"
    r"(?:see\s+you|à\s+(?:bient[ôo]t|demain|tout\s+[àa]|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)|"
    r"bis\s+(?:bald|morgen|dann|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|n[äa]chste)|"
    r"hasta\s+(?:pronto|ma[ñn]ana|luego|el\s+\w+)))\b",
    re.IGNORECASE)
"""A good wish ("Have a great week.", "Esperamos que disfrute mucho de su nuevo colchón.") or congratulations
("Congratulations, that's great news."): a pleasantry however it ends."""


_GENERIC_SALUTATION = re.compile(
    r"^\W*(?:dear\s+(?:valued\s+)?(?:customer|client|sir\s+or\s+madam|sir/madam|all)|hello|hi|hi\s+there|hey|"
    r"good\s+(?:morning|afternoon|evening)|sehr\s+geehrte\s+(?:kundin|kunde|damen\s+und\s+herren)"
    r"(?:,\s+sehr\s+geehrter\s+kunde)?|liebe\s+kundin|lieber\s+kunde|guten\s+tag|hallo|ch[èe]re\s+cliente|"
    r"cher\s+client|madame,\s+monsieur|bonjour|estimad[oa]s?\s+client[ea]s?|hola|buenos\s+d[íi]as)\W*$",
    re.IGNORECASE,
)
"""A greeting that names nobody ("Dear customer,", "Hello,", "Sehr geehrte Damen und Herren,")."""
_THANKS_FOR = r"(?:thank\s+you|thanks|many\s+thanks)\s+for\s+"
"""How an English form letter opens its thanks, for the enquiry or for contacting the company."""
_THANKS_FOR_CONTACTING = re.compile(
    rf"\b{_THANKS_FOR}(?:contacting|getting\s+in\s+touch|reaching\s+out|your\s+(?:enquiry|inquiry|e-?mail|"
    r"message|request))\b|\bvielen\s+dank\s+f[üu]r\s+ihre\s+(?:anfrage|nachricht|e-?mail)\b|"
    r"\bmerci\s+(?:pour|de)\s+votre\s+(?:demande|message|e-?mail)\b|"
    r"\bgracias\s+por\s+(?:contactar|ponerse\s+en\s+contacto|su\s+(?:consulta|mensaje|correo))\b",
    re.IGNORECASE,
)
"""The opening of a form letter: "Thank you for contacting Brigade Trade Supply", "Thank you for your enquiry about…"."""
_THANKS_FOR_CONTACTING_US_BY_NAME = re.compile(
    rf"\b(?i:{_THANKS_FOR}(?:(?:contacting|getting\s+in\s+touch\s+with|reaching\s+out\s+to)\s+(?:the\s+)?|"
    r"your\s+interest\s+in\s+))[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w&-]*)+")
"""A form letter's thanks that names the company and its department ("Thanks for getting in touch with Pulsefield
Member Services", "Thank you for your interest in Alder & Oak finance"): an agent writing in person does not."""
_CANNED_OPENING_LINES = 2
"""How soon after the greeting a form letter thanks for the enquiry."""


@lru_cache(maxsize=512)
def is_canned_reply(text: str) -> bool:
    """Whether a support reply is a form letter: a greeting that names nobody, then thanks for the enquiry.

    A templated reply ("Dear customer, Thank you for your enquiry about our packing service. Our packers…")
    speaks of the topic in general: its words meet the customer's questions without answering them. Such a
    reply answers a question only explicitly - a yes or a no, a done, the kind of answer asked for, a file,
    a line under the quoted question - and leaves no doubt.
    """
    lines = [line.strip() for line in (text or "").splitlines() if line.strip() and not line.lstrip().startswith(">")]
    if not lines:
        return False
    opening = lines[1:1 + _CANNED_OPENING_LINES]
    if _GENERIC_SALUTATION.match(lines[0]):
        return any(_THANKS_FOR_CONTACTING.search(line) for line in opening)
    # a mail merge puts the customer's name in the greeting, and the company's in the thanks
    return any(_THANKS_FOR_CONTACTING_US_BY_NAME.search(line) for line in opening)


def is_pleasantry(sentence: str) -> bool:
    """Whether a reply sentence is a short exclamation that opens with no yes, no or done, or a good wish: a
    pleasantry, not an answer ("Glad it's sorted! Have a great week." is no answer to "What's the cheapest
    way to call Poland?")."""
    # a dash between two clauses is no word: "Great to hear it arrived - enjoy the new phone!" has nine
    if sum(1 for word in sentence.split() if any(ch.isalnum() for ch in word)) >= _PLEASANTRY_MAX_WORDS:
        return False
    return _GOOD_WISHES.match(sentence) is not None or (
        sentence.rstrip().endswith("!") and not AFFIRMATION_OPENING.match(sentence) and not DONE_OPENING.match(sentence))


def only_pleasantries(text: str) -> bool:
    """Whether all a reply says is pleasantries ("You're welcome, glad it's sorted! Have a great week.")."""
    said = [sentence for sentence in evidence_sentences(text) if len(sentence.split()) >= _SENTENCE_MIN_WORDS]
    return bool(said) and all(is_pleasantry(sentence) for sentence in said)


def asks_something_back(text: str) -> bool:
    """Whether a reply asks the customer something back (the answer is then still to come)."""
    return any(sentence.rstrip("\"')").endswith("?") for sentence in split_sentences(text))


__all__ = [
    "asks_something_back",
    "deferring_sentences",
    "evidence_paragraphs",
    "evidence_sentences",
    "inline_blocks",
    "is_canned_reply",
    "is_pleasantry",
    "only_pleasantries",
    "outside_inline_answers",
]


_NUMBERED_ITEM = re.compile(r"^\(?(\d{1,2}|[a-z])[.)]\s+(?=\S)", re.IGNORECASE)
"""A reply line that opens a numbered point ("2) 15 % off with a student card", "b. No, …")."""
_NUMBERED_ITEMS_MIN = 2
"""Numbered points a reply must make to be read as answering a numbered list point by point."""


def item_under_number(number: str, reply_text: str) -> str | None:
    """The point a reply makes under the number of a question asked in a numbered list, when the reply answers the
    list point by point ("1) What's the smallest unit? … 4) Can I keep it longer?" - "1) 15 sq ft, £44 a month. …
    4) Nothing new to sign"), else ``None``. What is left of a point after a promise or a hand-over is no answer."""
    numbered = {match.group(1).lower(): sentence for sentence in evidence_sentences(reply_text)
                if (match := _NUMBERED_ITEM.match(sentence))}
    if len(numbered) < _NUMBERED_ITEMS_MIN:
        return None
    item = numbered.get(number.lower())
    if item is None or item in deferring_sentences(reply_text) or not _NUMBERED_ITEM.sub("", item).strip(" ."):
        return None
    return item

