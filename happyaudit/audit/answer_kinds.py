"""What kind of answer a reply sentence gives, and whether it is the kind a question asks for.

A date for "when", an amount for "how much", a yes or no for a yes/no question, a "done" for a
request (an opening in the question's own terms, "Is that normal?" - "That's…", is mirrored.py's): the answer-kind
patterns and the checks the answer rules and the doubt rules ask of one sentence at a time.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from happyaudit.audit.guards import word_start_guarded
from happyaudit.audit.measures import gives_measure_asked
from happyaudit.audit.questions import Question
from happyaudit.audit.text import _SENTENCE_CACHE
from happyaudit.audit.time_words import (
    BARE_SLOT,
    POINT_IN_TIME,
    SLOT_ASKED,
    SOON_DAY,
    SUITS_YOU,
    TIME_BOUND,
    WHEN,
)
from happyaudit.audit.words import COSTS_NOTHING_WORDS, keywords_of

_NO_OBJECTION = (
    r"no\s+(?:need|problem)|not\s+(?:necessary|needed|required)|pas\s+(?:besoin|n[ée]cessaire)|aucun\s+(?:souci|"
    r"probl[èe]me)|sans\s+probl[èe]me|(?:ist\s+)?nicht\s+(?:n[öo]tig|notwendig|erforderlich)|kein\s+problem|"
    r"no\s+(?:hace\s+falta|es\s+necesario)|sin\s+problema|ning[úu]n\s+problema"
)
"""Saying there is nothing against it ("no problem", "no need", "sin problema"): an answer wherever it stands."""
_YES_NO = re.compile(
    r"^\W*(?:yes|yeah|yep|sure|of\s+course|certainly|absolutely|definitely|indeed|correct|no|nope|unfortunately|sadly|"
    r"i'm\s+afraid|afraid\s+not|good\s+news|ja|jawohl|nein|leider|nat[üu]rlich|selbstverst[äa]ndlich|gerne|klar|"
    r"oui|non|bien\s+s[ûu]r|malheureusement|tout\s+[àa]\s+fait|s[íi]|claro|lamentablemente|por\s+supuesto|"
    r"desde\s+luego|jazeker|nee|helaas|natuurlijk|zeker|"
    r"plenty)\b|"  # "Do you have any 700x28 inner tubes?" - "Plenty - £6.50 each"
    r"\b(?:we|you|it|they|this|that|i|there)\s+(?:(?:certainly|definitely|absolutely|indeed|really|still|also|only|"
    r"usually|normally|always|never|unfortunately)\s+)?(?:can|can't|cannot|do|don't|does|doesn't|will|won't|is|isn't|are|"
    r"aren't|need\s+not|don't\s+need|needn't|should|shouldn't)\b|\b(?:it's|that's|there's|they're)\b|"
    # what there is, or a regretful no, anywhere in the sentence ("Den Tisch gibt es leider nur in Weiß")
    r"\b(?:gibt\s+es|es\s+gibt|unfortunately|leider|malheureusement|lamentablemente|helaas)\b|"
    r"\byou(?:'re|\s+are)\s+(?:very\s+|more\s+than\s+)?welcome\s+to\b|"
    # someone else who may come: "Can we bring my mum along?" - "Mums are very welcome" (not a thanks returned, nor
    # "there are welcome drinks")
    r"\b(?:(?!you\b)[a-z]+\s+(?:is|are)|they're|(?:he|she)'s)\s+(?:very\s+|more\s+than\s+|most\s+|always\s+|also\s+)?"
    r"welcome(?=\s*(?:[.,;:!)\u2013\u2014-]|$|(?:to|too|along|as|at|in|on|with|any|here|there)\b))|"
    r"\b(?:est|sont)\s+(?:les?|la)\s+bienvenue?s?\b|\b(?:es|son)\s+bienvenid[oa]s?\b|"
    rf"\b(?:{_NO_OBJECTION})\b|"
    r"\b(?:c'est|il\s+est|elle\s+est|ils\s+sont|elles\s+sont|nous\s+(?:pouvons|avons|livrons|exp[ée]dions|acceptons)|"
    r"vous\s+(?:pouvez|pourrez)|es\s+ist|das\s+ist|er\s+ist|sie\s+ist|"
    r"wir\s+(?:k[öo]nnen|haben|liefern|versenden|akzeptieren)|"
    r"sie\s+(?:k[öo]nnen|d[üu]rfen)|usted\s+puede|puede\s+usted|"
    r"(?:s[íi]\s+)?(?:la|lo|las|los)\s+tenemos|(?:tenemos|podemos|enviamos|aceptamos|hacemos))\b",
    re.IGNORECASE,
)
AFFIRMATION_OPENING = re.compile(
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
DONE_OPENING = re.compile(
    r"^\W*(?:(?:all\s+)?done|(?:all\s+)?sorted|taken\s+care\s+of|erledigt|c'est\s+fait|voil[àa]|listo|hecho|gedaan|klaar)\b",
    re.IGNORECASE,
)
"""A reply sentence that opens by reporting the request done ("Done - the transfer is booked", "Erledigt:"):
the answer to the one request it follows, whatever words come after."""
_DEED_OPENING = re.compile(r"^\W*([a-z]{3,}ed)\s*(?:[-\u2013\u2014:.!]|$)", re.IGNORECASE)
"""A reply sentence that opens with the deed in one word ("Renewed - the new certificate is valid until …")."""


CONSENT = re.compile(
    rf"\b(?:{_NO_OBJECTION}|of\s+course|by\s+all\s+means|por\s+supuesto|bien\s+s[ûu]r|selbstverst[äa]ndlich|"
    # what was asked said to be fine: "Thursday 3 December at Loseley is fine"
    r"(?:is|are|'s)\s+(?:absolutely\s+|perfectly\s+|totally\s+)?(?:fine|possible|doable)|ist\s+(?:m[öo]glich|machbar)|"
    r"c'est\s+possible|(?:es|est[áa])\s+posible)\b",
    re.IGNORECASE)
"""A consent said anywhere in a clause ("the pedals you can bring, no problem", "Thursday at Loseley is fine"): a yes
to what the clause names."""


ASKING_VERB = re.compile(r"^\W*(?:(?:and|also|so|but|first(?:ly)?)\W+)?(do|can|could|will|would)\s+you\b",
                          re.IGNORECASE)
"""A question asked with "do / can / will … you", whose answer may say the verb back."""
_VERB_ANSWERED = {"do": "do", "don't": "do", "can": "can", "can't": "can", "could": "can", "will": "will",
                  "won't": "will", "would": "will"}
"""The asking verb each verb of a reply's yes or no (``AFFIRMATION_OPENING``: "We do", "I can't") says back."""


def echoes_asking_verb(question: Question, affirmation: re.Match[str]) -> bool:
    """Whether a reply's opening yes or no (an ``AFFIRMATION_OPENING`` match) says back the verb a "do you / can
    you" question asked with ("Do you offer winter storage?" - "We do - £15 a bike per month"): an answer in the
    question's own grammar, which needs none of its words."""
    asked = ASKING_VERB.match(question.text)
    said = affirmation.group(0).split()[-1].lower()
    return asked is not None and _VERB_ANSWERED.get(said) == _VERB_ANSWERED[asked.group(1).lower()]


def opens_with_deed_asked(question: Question, sentence: str) -> bool:
    """Whether a reply sentence opens by naming, in one word, the very deed a request asked for ("Please renew the
    SSL cert" - "Renewed - …"): it reports that request done. Another deed ("Booked -") reports another request."""
    match = _DEED_OPENING.match(sentence)
    return match is not None and bool(keywords_of(match.group(1)) & question.keywords)


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
_YOURSELF = re.compile(r"\b(?:yourself|yourselves|selbst|vous-m[êe]me|usted\s+mism[oa]|ustedes\s+mism[oa]s|t[úu]\s+mism[oa]|"
                       r"zelf)\b", re.IGNORECASE)
"""The customer doing it themselves ("You can do that yourself under Settings", "Puede hacerlo usted mismo")."""
_COMPLETION = re.compile(
    # "we've noted / received / logged your request" acknowledges it; it does not do it
    r"\b(?:(?:i've|i\s+have|we've|we\s+have)(?!\s+(?:(?:now|also|just|already)\s+)?(?:noted|received|got|logged|"
    r"registered|seen|read|taken\s+note)\b)|has\s+been|have\s+been|is\s+now|are\s+now|went\s+(?:out|back)|is\s+on\s+its\s+way|"
    r"here\s+is|here's|here\s+are|attached|please\s+find|done|just\s+now|is\s+ready|are\s+ready|sent|updated|changed|"
    r"cancelled|canceled|refunded|arranged|issued|switched|copied|corrected|booked|processed|(?:all\s+)?sorted|"
    # a place taken for the customer: "You're in for Sunday 22nd", "I've put you down for the 9:30"
    r"you're\s+(?:in|down|on\s+the\s+list)\s+for|"
    # money back, done or decided, as other languages say it: "wird Ihnen gutgeschrieben", "sera remboursé"
    r"(?:zur[üu]ck)?erstattet|gutgeschrieben|[üu]berwiesen|rembours[ée]e?s?|cr[ée]dit[ée]e?s?|reembolsad[oa]s?|abonad[oa]s?|"
    r"habe\s+ich|haben\s+wir|anbei|im\s+anhang|als\s+anhang|in\s+der\s+anlage|ist\s+unterwegs|erledigt|ci-joint|"
    r"en\s+pi[èe]ce\s+jointe|vous\s+trouverez|c'est\s+fait|j'ai|"
    r"nous\s+avons|adjunto|adjunta|adjuntamos|aqu[íi]\s+tiene|le\s+he|hemos|hecho|he\s+\w+(?:ado|ido)|bijgevoegd|hierbij|ik\s+heb|we\s+hebben)\b",
    re.IGNORECASE,
)


def proposes_a_time(sentence: str) -> bool:
    """Whether a reply's question offers a day or a time: an offer that answers a request for an appointment,
    not a question back."""
    return POINT_IN_TIME.search(sentence) is not None and (
        SUITS_YOU.search(sentence) is not None or BARE_SLOT.match(sentence) is not None)


# A sum with its currency written out ("180 libras", "180 pounds") counts too; a weight in pounds reads as one as well.
_SUM = (r"(?:USD|EUR|AUD|GBP|CHF|CAD|\$|€|£)\s?\d|\d[\d,.]*\s?(?:USD|EUR|AUD|GBP|CHF|CAD|€|\$|£|%|"
        r"(?:percent|dollars?|euros?|pounds?|libras?|livres?|pfund)\b)|"
        r"\b\d+[.,]\d{2}\b")
_HOW_MUCH = re.compile(
    _SUM + r"|\b(?:free|kostenlos|gratis|gratuit(?:e|o)?)\b|" + COSTS_NOTHING_WORDS + "|"
    # and nothing to pay said of the fee: "There's no fee for the visit as long as…", "Das kostet nichts"
    r"\b(?:no\s+(?:extra\s+|additional\s+)?(?:fees?|charges|costs)|keine\s+(?:geb[üu]hr|kosten)|"
    r"kostet\s+nichts)\b",
    re.IGNORECASE,
)
_A_SUM = re.compile(_SUM, re.IGNORECASE)


def gives_sum(sentence: str) -> bool:
    """Whether a sentence gives a sum of money or a rate ("£65 including fitting", "EUR 18.50", "10 %"): the
    figure of a price, where "free" may speak of something else ("we run free demos")."""
    return _A_SUM.search(sentence) is not None


_HOW_MANY = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|a\s+few|several|"
                       # the numbers written out in German, French and Spanish ("Il faut compter trois essayages"), not
                       # "ein", "un" or "uno", which are articles too
                       r"zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|zw[öo]lf|deux|trois|quatre|cinq|sept|huit|"
                       r"neuf|dix|douze|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|"
                       # a frequency: "once a year", "every six months", "einmal im Jahr", "une fois par an", "una vez al año"
                       # (not "every" or "cada" alone: "every room has a TV" counts nothing)
                       r"once|twice|annually|yearly|monthly|weekly|daily|einmal|zweimal|j[äa]hrlich|monatlich|"
                       r"une\s+fois|deux\s+fois|una\s+vez|dos\s+veces|eens|twee\s+keer|"
                       r"(?:every|cada|tous\s+les|toutes\s+les|alle|jede[ns]?)\s+(?:\w+\s+)?(?:days?|weeks?|fortnights?|"
                       r"months?|years?|d[íi]as?|semanas?|mes(?:es)?|a[ñn]os?|jours|semaines|mois|ans|tage?|wochen?|monate?|"
                       r"jahre?))\b",
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
_WHERE = re.compile(r"\b(?:at|in|to|from|near)\s+(?:our\s+|the\s+|your\s+)?[A-Z]|\baddress\b|https?://|"
                    # a place named by what it is: "vehicles load from the north berth", "at reception"
                    # or a room of the house: "boxed units are happiest in a dry, heated room"
                    r"(?i:\b(?:at|in|to|from|near|by|past|behind|outside|opposite|beside)\s+"
                    r"(?:our\s+|the\s+|your\s+|a\s+)?(?:[a-z]+,?\s+){0,2}?"
                    r"(?:room|lounge|bedroom|hallway|hall|garage|shed|loft|attic|cellar|basement|utility|porch|"
                    r"conservatory|driveway|garden|entrance|berth|terminal|lanes?|car\s+park|reception|front\s+desk|"
                    r"gate|door|yard|"
                    r"showroom|warehouse|depot|counter|dock|bay|platform|pier|harbour|port|quay|office|workshop|"
                    r"desk|foyer|lobby|car\s+deck|back|side|front)\b)", re.UNICODE)


def _says(pattern: re.Pattern[str], sentence: str) -> bool:
    """Whether a reply sentence has one kind of answer (or a question one kind of wording); cached, as each
    sentence meets many questions."""
    return _says_by_source(pattern.pattern, pattern.flags, sentence)


@lru_cache(maxsize=4096)
def _says_by_source(source: str, flags: int, sentence: str) -> bool:
    """``_says``, cached by the pattern's text and flags: a compiled pattern's hash reads all of its
    compiled code every time (4 µs for ``_YES_NO``), a string's is kept."""
    return _guarded(source, flags).search(sentence) is not None


@cache
def _guarded(source: str, flags: int) -> re.Pattern[str]:
    """The pattern behind a look-ahead for the first characters of its words (``word_start_guarded``):
    the same matches, two to four times faster."""
    return word_start_guarded(re.compile(source, flags))


def says_yes_no_or_done(sentence: str) -> bool:
    """Whether a reply sentence says yes, no or done anywhere: such a sentence answers even when it opens
    with an apology or thanks."""
    return _says(_YES_NO, sentence) or _says(_COMPLETION, sentence)


_DESCRIPTION = re.compile(
    r"^\W*(?:it's|it\s+is|they're|they\s+are|that's|that\s+is|c'est|ce\s+sont|il\s+s'agit|es\s+ist|das\s+ist|"
    r"das\s+sind|es\s+(?:un|una|el|la)|son\s+(?:unos|unas|los|las))\b", re.IGNORECASE)
"""A sentence that says what the thing is ("What's in the welcome drink?" - "It's our own elderflower and apple
pressé"): the answer to a "what" question, in whatever words."""
_SPECIFIC_ANSWERS: dict[str, tuple[re.Pattern[str], str]] = {
    "what": (_DESCRIPTION, "a description"),
    "when": (WHEN, "a date or time"),
    "how_much": (_HOW_MUCH, "an amount"),
    "how_many": (_HOW_MANY, "a number"),
    "why": (_WHY, "a reason"),
    "how": (_HOW, "instructions"),
    "where": (_WHERE, "a place"),
    "which": (_NAMED_THING, "a named choice"),
}
"""The answer a question of each kind asks for, and how ``show`` names it."""


@lru_cache(maxsize=_SENTENCE_CACHE)
def kind_of_answer(question: Question, sentence: str) -> str | None:
    """What kind of answer ``sentence`` gives, when it fits the question; else ``None``.

    Cached: each reply sentence is weighed against every open question, and again as each one's rival.
    """
    expects = question.expects
    if names_option(question, sentence):
        return "one of the options"
    specific = _SPECIFIC_ANSWERS.get(expects)
    if specific is not None and _says(specific[0], sentence):
        return specific[1]
    if (expects in ("yes_no", "other") or question.kind == "request") and _says(_YES_NO, sentence):
        return "a yes/no"
    # "Can you deliver before 7 on Saturdays?" - "the Saturday van can reach you at 6:40": a yes/no question that
    # sets a limit in time is answered by a point in time, without a yes.
    # So is one that asks for a kind of slot: "Can we do a weekday evening?" - "Thursday 26 November at 6:30 is free".
    if (expects == "yes_no" and (_says(TIME_BOUND, question.text)
                                 or (_says(SLOT_ASKED, question.text) and not asks_for_action(question)))
            and _says(POINT_IN_TIME, sentence)):
        return "a date or time"
    # "Pourriez-vous nous proposer un passage un mercredi ?" - "Le mercredi 2 décembre à 14 h vous conviendrait-il ?"
    if expects == "yes_no" and proposes_a_time(sentence):
        return "a date or time"
    # What can be done answers how things are, not a request ("Could you send the invoice to our treasurer?" - "Past
    # invoices can be downloaded from the control panel"), unless it hands the deed to the customer ("Puede hacerlo
    # usted mismo").
    if (expects == "yes_no" and (not asks_for_action(question) or _says(_YOURSELF, sentence))
            and _says(_MODAL_STATEMENT, sentence)):
        return "a yes/no"
    if expects not in ("when", "how_much", "how_many") and _says(_COMPLETION, sentence):
        return "a done"
    if asks_for_advice(question) and _says(_GIVES_ADVICE, sentence):
        return "a recommendation"
    return gives_measure_asked(question, sentence)


def names_a_day(sentence: str) -> bool:
    """Whether a sentence names a day, a date or a clock time ("Thursday", "4 December", "tomorrow", "vers 9 h")."""
    return _says(POINT_IN_TIME, sentence) or _says(SOON_DAY, sentence)


def asks_for_advice(question: Question) -> bool:
    """Whether a question asks support to recommend something: advice in any words answers it."""
    return _says(_ASKS_ADVICE, question.text)


def gives_advice(sentence: str) -> bool:
    """Whether a reply sentence recommends something ("for filleting I'd go heavy-duty")."""
    return _says(_GIVES_ADVICE, sentence)


_ASKS_ADVICE = re.compile(
    r"\b(?:recommend|suggest|advise|advice|empfehlen|empfehlung|conseill\w*|recommand\w*|recomend\w*|"
    r"aconsej\w*|aanraden|adviseren)\b", re.IGNORECASE)
"""A question that asks for advice ("Which would you recommend for a fish prep section?")."""
_GIVES_ADVICE = re.compile(
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:go\s+(?:for|with)?|recommend|suggest|advise|choose|pick|take|look\s+at|try|"
    r"stick\s+with|opt\s+for|start\s+with)\b|"
    r"\b(?:i|we)\s+(?:recommend|suggest|advise)\b|\b(?:your\s+)?best\s+(?:bet|option|choice)\b|\bgo\s+for\b|"
    r"\b(?:ich|wir)\s+(?:w[üu]rden?\s+(?:\w+\s+){0,4}(?:nehmen|empfehlen|raten|w[äa]hlen)|empfehlen?|raten?)\b|"
    r"\bje\s+vous\s+(?:conseille|recommande)\b|"
    r"\bnous\s+(?:conseillons|recommandons)\b|\ble\s+(?:recomiendo|aconsejo)\b|\brecomendamos\b|"
    r"\bik\s+(?:zou|raad)\b", re.IGNORECASE)
"""A reply sentence that gives advice ("for filleting I'd go heavy-duty", "Ich würde das XL nehmen"), not a
courtesy ("Wir würden uns freuen")."""


def names_option(question: Question, sentence: str) -> bool:
    """Whether a reply sentence names one of the options a question offers ("Red or blue?" - "Blue is in
    stock"): picking one answers it."""
    for option in question.options:
        flags = 0 if len(option) <= 2 else re.IGNORECASE
        if re.search(rf"(?<!\w){re.escape(option)}(?!\w)", sentence, flags):
            return True
    return False


def opens_with_yes_or_no(sentence: str) -> bool:
    """Whether a reply sentence opens with a yes or a no ("Yes, both", "Ja, das geht problemlos")."""
    return AFFIRMATION_OPENING.match(sentence) is not None


def fit_strength(question: Question, sentence: str) -> int:
    """How specifically a sentence answers a question by its kind alone, no words shared: 2 for the kind of
    answer the question asks for (a date for "when", a done for a request, a yes or no for a yes/no
    question), 1 for a looser fit (a done after a question about how things are), 0 for none."""
    fit = kind_of_answer(question, sentence)
    if fit is None:
        return 0
    if fit == "a done" and not asks_for_action(question):
        return 1
    return 2


TYPED_ANSWERS = frozenset(("when", "how_much", "how_many", "where"))
"""Kinds of answer specific enough to tell which question a sentence answers."""


POINT_KINDS = TYPED_ANSWERS | {"how"}
"""Kinds of answer that make a reply sentence a point of its own when an open question asks for one: the
typed ones, and instructions ("How do I dispute this?" - "If you disagree, you can appeal to Claimwise")."""


def says_kind(expects: str, sentence: str) -> bool:
    """Whether a sentence gives the kind of answer named (``when``: a date or time, ``how_much``: an amount,
    ``how_many``: a number, ``where``: a place, ``how``: instructions), whichever question asks for it."""
    return expects in POINT_KINDS and _says(_SPECIFIC_ANSWERS[expects][0], sentence)


def gives_typed_answer(question: Question, sentence: str) -> bool:
    """Whether a sentence gives the specific kind of answer the question asks for (a date, an amount,
    a number, a place, or a measure its wording names); checked before the looser fits, as it is asked of every
    rival."""
    return says_kind(question.expects, sentence) or gives_measure_asked(question, sentence) is not None


_ACTION_QUESTION = re.compile(
    r"(?:^|\s[-\u2013\u2014]\s|[,;:]\s)\W*(?:(?:and|also|so|but|or|und|et|y)\s+)?(?:(?:please|kindly|bitte|por\s+favor),?\s+)?"
    r"(?:(?:can|could|may)\s+(?:you|we|i|someone)|(?:would|will)\s+(?:you|we|someone)|"
    r"(?:k[öo]nnen|k[öo]nnten|w[üu]rden)\s+(?:sie|wir|ich)|(?:pourriez|pouvez)-vous|(?:pouvons|pourrions)-nous|puis-je|"
    r"est-ce\s+que\s+(?:vous|nous|je)\s+(?:pouvez|pourriez|pouvons|pourrions|peux|pourrais)|"
    r"(?:puede|pueden|podr[íi]a|podr[íi]an|podemos|puedo)\s)\b",
    re.IGNORECASE,
)
"""A question that asks someone to do something or for something to be done ("Can you turn on…?",
"Can we get a refund?", "¿Pueden activar…?", "One chair wobbles - can I get a new foot?"): its answer says
yes, no, done or will. "Will I need an injection?" asks what will happen to the customer, not for a deed."""


_POSSIBLE = re.compile(
    r"\b(?:(?:is|would)\s+it\s+(?:be\s+)?possible|(?:est|serait)-il\s+possible|(?:ist|w[äa]re)\s+es\s+m[öo]glich|"
    r"(?:es|ser[íi]a)\s+posible|is\s+het\s+mogelijk)\b", re.IGNORECASE)
"""Asking whether something is possible: with a change asked for ("Est-il possible de changer la date du
prélèvement ?"), a request to make it."""


def asks_for_action(question: Question) -> bool:
    """Whether a question is a request for action rather than a question about how things are."""
    return (question.kind == "request" or _says(_ACTION_QUESTION, question.text)
            or ("~change" in question.keywords and _says(_POSSIBLE, question.text)))


__all__ = [
    "AFFIRMATION_OPENING",
    "ASKING_VERB",
    "CONSENT",
    "DONE_OPENING",
    "POINT_KINDS",
    "TYPED_ANSWERS",
    "asks_for_action",
    "asks_for_advice",
    "echoes_asking_verb",
    "fit_strength",
    "gives_advice",
    "gives_typed_answer",
    "kind_of_answer",
    "names_option",
    "opens_with_yes_or_no",
    "says_kind",
    "says_yes_no_or_done",
]
