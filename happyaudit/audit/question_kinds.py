"""What kind of answer a customer's question asks for, and the options of a choice question.

A reply is judged partly by whether it gives the kind of answer asked for (when -> a date or a
time, how much -> an amount, can you -> yes/no/done), so each question carries that kind.
English, German, French, Spanish and Dutch question words; pure functions over precompiled
regexes.
"""

from __future__ import annotations

import re

from happyaudit.audit.guards import word_start_guarded
from happyaudit.audit.text import _LEAD_IN

SPANISH_HOW_LONG = (r"\bcu[áa]nto\s+(?:tiempo\s+)?(?:(?:se|suelen?|pueden?|podr[íi]an?|van?\s+a)\s+)?(?:tard\w*|demor\w*)\b"
                    r"|\bcu[áa]nto\s+tiempo\b")
"""Spanish asking how long, with its verb of lasting and the "usually" or "may" it often carries: "¿Cuánto tarda?",
"¿Cuánto suelen tardar?", "¿Cuánto tiempo puede demorar?"."""

_HOW_FAR = r"\bhow\s+far\b|\bwhat\s+distance\b|\b[àa]\s+quelle\s+distance\b|\ba\s+qu[ée]\s+distancia\b|\bhoe\s+ver\b"
"""Asking a distance ("How far is it from the car park?", "¿A qué distancia está?"); not German "wie weit", which as
often asks how far along a job is."""
_HOW_BIG = (r"\bhow\s+(?:wide|tall|high|deep|big|heavy|thick)\b|\bwie\s+(?:breit|gro[ßs]s?|schwer|hoch|tief)\b|"
            r"\bcu[áa]nto\s+(?:mide|miden|pesa|pesan)\b|\bcombien\s+(?:mesure|p[èe]se)\b|"
            # by the measure's name: "what's the total weight of the four radiators?", "Quelles sont les dimensions ?"
            r"\bwhat(?:'s|s|\s+is|\s+are|\s+would\s+be)\s+(?:the|its|their)\s+(?:(?:total|overall|exact|rough|"
            r"approximate)\s+)?(?:weight|width|height|depth|dimensions|measurements)\b"
            r"(?!\s+(?:limit|restriction|allowance))|"
            r"\bquel(?:le)?s?\s+(?:est|sont|serait)\s+(?:le|la|les)\s+"
            r"(?:poids|largeur|hauteur|profondeur|dimensions)\b|"
            r"\bcu[áa]l(?:es)?\s+(?:es|son|ser[íi]a)\s+(?:el|la|las|los)\s+(?:peso|ancho|anchura|altura|profundidad|"
            r"medidas|dimensiones)\b|\bwie\s+viel\s+wieg(?:t|en)\b")
"""Asking a size or a weight ("How wide is the mattress?", "Wie hoch ist der Kratzbaum?", "¿Cuánto pesa?", "What's
the total weight?")."""
_HOW_BIG_ASKED = re.compile(_HOW_BIG, re.IGNORECASE)
_EXPECTS = (
    # "How much" asks a price, unless it asks how much of a thing to get or is a duration: "I'm not sure how much to
    # buy", "How much fabric would I need?", "How much notice do you need?"
    ("how_much", re.compile(r"\bhow\s+much\b(?!\s+(?:longer|time|notice|fabric|material|paint|wood|timber|space|room|"
                            r"storage|data|luggage|baggage|water|soil|gravel)\b|\s+to\s+(?:buy|order|get)\b|"
                            r"\s+(?:do|would|will|should)\s+(?:i|we)\s+(?:need|buy|order|get)\b(?!\s+to\s+(?:pay|spend|budget)))|"
                            r"\bwhat\s+(?:is|are|would\s+be|will\s+be|'s)\s+the\s+(?:price|cost|fee)|"
                            r"\b(?:price|costs?|quote)\b|"
                            # asking for a price in German, French and Spanish: "Quel est le tarif mensuel ?", "Pourriez-vous
                            # me donner un prix ?", "¿Me podrían decir el precio aproximado?", "Können Sie mir einen Preis nennen?"
                            r"\bquel(?:le)?\s+(?:est|serait|sera|seraient|sont)\s+(?:le|la|les|votre|vos)\s+"
                            r"(?:prix|tarifs?|co[ûu]ts?|montant)\b|"
                            r"\b(?:donner|indiquer|communiquer|faire|envoyer|dire|proposer)\s+(?:\w+\s+)?(?:un|le|votre|vos|des|les)\s+"
                            r"(?:prix|tarifs?|devis)\b|\bcu[áa]l\s+(?:es|ser[íi]a|ser[áa]|son)\s+(?:el|la|los|las)\s+"
                            r"(?:precios?|tarifas?|presupuestos?|costes?|costos?|importes?)\b|"
                            r"\b(?:dar|decir|indicar|enviar|mandar|hacer|pasar)(?:me|nos)?\s+(?:\w+\s+)?(?:un|el|los|una|la)\s+"
                            r"(?:precios?|presupuesto|tarifa)\b|\b(?:einen|den|ihren|ein)\s+(?:preis|kostenvoranschlag|angebot)\s+"
                            r"(?:nennen|geben|sagen|mitteilen|machen|schicken|senden|zusenden)\b|"
                            # a rate asked as what it is: "What's the overtime rate if we run past 10pm?"
                            r"\bwhat(?:'s|s|\s+is|\s+are|\s+would\s+be)\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?rates?\b|"
                            r"\bwas\s+kostet|\bwie\s+viel\s+kostet|\bwie\s+teuer\b|\bcombien\s+(?:co[ûu]te|"
                            r"ça\s+co[ûu]te)|\b(?:co[ûu]te(?:nt)?|c'est|ça\s+fait)\s+combien\b|"
                            r"\bcu[áa]nto\s+(?:(?:me|nos|le|les|te|os)\s+)?(?:cuest\w*|cost\w*|val\w*|sal\w*|cobr\w*|es|ser[íi]a|ser[áa])\b|"
                            # the price asked as which one: "¿Qué precio tendría?", "Quel prix pour 50 ?"
                            r"\bqu[ée]\s+precio\b|\bquel\s+prix\b|\bwelchen\s+preis\b|"
                            # what to budget: "Et combien faut-il prévoir ?", "¿Cuánto hay que pagar?"
                            r"\bcombien\s+(?:faut-il|dois-je|devons-nous|doit-on|devrais-je|devrions-nous)\s+"
                            r"(?:pr[ée]voir|compter|payer|budg[ée]ter)\b|\bcu[áa]nto\s+(?:hay\s+que|debo|debemos|tengo\s+que|"
                            r"tenemos\s+que)\s+(?:pagar|presupuestar|contar|calcular)\b|"
                            # the conditional and future forms: "combien coûterait…", "was würde das kosten?"
                            r"\bcombien\s+(?:(?:me|nous|vous)\s+)?co[ûu]t\w*|\bwas\s+(?:w[üu]rde|wird)\b[^?]*\bkosten\b|"
                            r"\bwat\s+kost|\bhoeveel\s+kost|"
                            # the price asked as what is charged: "What do you charge to fit a door gasket?", and as
                            # the object of an asking ("I'd like to know what you charge for collection")
                            r"\bwhat\s+(?:(?:do|does|did|would|will)\s+)?(?:you|it|they|that|you'd|they'd)\s+"
                            r"(?:would\s+|might\s+)?(?:charges?|costs?)\b|"
                            # whether there is one, which a sum answers: "Is there a charge for the tasting?"
                            r"\b(?:is|are)\s+there\s+(?:a|an|any)\s+(?:extra\s+|additional\s+|separate\s+)?(?:charges?|fees?)\b",
                            re.IGNORECASE)),
    ("how_many", re.compile(r"\bhow\s+(?:many|much)\b|\bwie\s+viele\b|\bcombien\s+(?:de\b|d')(?!\s+temps)|\bcu[áa]nt[oa]s\b|\bhoeveel\b|"
                            # a frequency, a count per period: "¿Cada cuánto hay que hacer la revisión?" - "Una vez al año"
                            r"\bhow\s+often\b|\bwie\s+oft\b|\b[àa]\s+quelle\s+fr[ée]quence\b|\btous\s+les\s+combien\b|"
                            r"\bcada\s+cu[áa]nto\b|\bcon\s+qu[ée]\s+frecuencia\b|\bhoe\s+vaak\b|"
                            # a count asked as a thing: "What's the capacity of the main room?"
                            r"\bwhat(?:'s|s|\s+is|\s+are)\s+the\s+(?:capacity|maximum\s+number|minimum\s+number|number\s+of)\b|"
                            # a distance, answered by a figure: "How far will I be from the school?" - "15-25 minutes"
                            + _HOW_FAR + "|"
                            # a size or a weight, also a figure: "And how wide is the mattress?" - "140 x 190cm"
                            + _HOW_BIG,
                            re.IGNORECASE)),
    ("when", re.compile(r"\bwhen\b|\bwhat\s+time\b|\bopening\s+(?:hours|times)\b|\b[öo]ffnungszeiten\b|\bhoraires?\b|"
                        r"\bhorarios?\b|\bhow\s+(?:long|soon|early|late)\b|\bwie\s+(?:fr[üu]h|sp[äa]t)\b|"
                        r"\bcombien\s+de\s+temps\s+(?:avant|à\s+l'avance)\b|\bcon\s+cu[áa]nta\s+antelaci[óo]n\b|\blead\s+time\b|"
                        # a date or an hour asked as a thing: "À quelles dates tombent les mensualités ?", "¿A qué hora?"
                        r"\b(?:what|which)\s+(?:dates?|days?|evenings?|mornings?|afternoons?|nights?|weekdays?)\b|\bquel(?:le)?s?\s+(?:dates?|jours?|heure)\b|"
                        # the limit of a date: "And what's the latest date I can confirm numbers?"
                        r"\bwhat(?:'s|s|\s+is|\s+would\s+be|\s+will\s+be)\s+the\s+(?:latest|earliest|last|first|next|soonest)\s+"
                        r"(?:possible\s+)?(?:date|day)\b|"
                        r"\bwelche[nmrs]?\s+(?:datum|tag|tage|termine?)\b|\bqu[ée]\s+(?:fechas?|d[íi]as?|hora)\b|"
                        # a period asked as a thing: "What is the notice period?", "Quel est le délai ?"
                        r"\b(?:notice|waiting|processing|delivery|turnaround|cooling[\s-]off)\s+(?:period|time)s?\b|\bturnaround\b|"
                        r"\b(?:k[üu]ndigungs|liefer|bearbeitungs)frist\b|\blieferzeit\b|\bd[ée]lai\b|\bpr[ée]avis\b|\bplazo\b|"
                        r"\bby\s+when\b|\bwann\b|\bbis\s+wann\b|\bwie\s+lange?\b|\bquand\b|\bcombien\s+de\s+temps\b|"
                        r"\bcu[áa]ndo\b|" + SPANISH_HOW_LONG + r"|\bwanneer\b|\bhoe\s+lang\b",
                        re.IGNORECASE)),
    ("where", re.compile(r"\bwhere\b|\bwo(?:hin)?\b|\boù\b|\bd[óo]nde\b|\bwaar\b", re.IGNORECASE)),
    ("which", re.compile(r"\bwhich\b|\bwelche[rsnm]?\b|\bquel(?:le)?s?\b|\bcu[áa]l(?:es)?\b|\bwelke?\b", re.IGNORECASE)),
    ("why", re.compile(r"\bwhy\b|\bwarum\b|\bwieso\b|\bpourquoi\b|\bpor\s+qu[ée]\b|\bwaarom\b", re.IGNORECASE)),
    # Spanish asks with an accent: "cómo", "qué"; without one, "como" and "que" say "as" and "that" ("así que", the
    # fabric "terciopelo Como"), unless they open the question.
    ("how", re.compile(r"\bhow\b|\bwie\b|\bcomment\b|\bcómo\b|^como\b|\bhoe\b", re.IGNORECASE)),
    ("what", re.compile(r"\bwhats?\b|^was\b|\bwas\s+(?:ist|sind|kostet|kann|muss|soll)\b|^que\b|\bqué\b|\bwat\b", re.IGNORECASE)),
)
_YES_NO_START = re.compile(
    r"^(?:(?:and|also|so|but|or)\s+)?(?:is|are|was|were|do|does|did|can|could|would|will|should|shall|may|might|must|"
    r"have|has|had|isn't|aren't|don't|doesn't|didn't|can't|won't|kann|kannst|k[öo]nnen|k[öo]nnte|k[öo]nnten|ist|sind|"
    r"gibt|haben|hat|habe|liefern|bieten|muss|m[üu]ssen|soll|sollte|w[üu]rde|w[üu]rden|d[üu]rfen|est-ce|pouvez|"
    r"pourriez|puis-je|avez|[êe]tes|est-il|y\s+a-t-il|faut-il|¿?\s*(?:puedo|puede|pueden|podr[íi]a|podr[íi]an|tienen|"
    r"tiene|hay|es|est[áa]|son|hacen|env[íi]an)|kan|kunt|kun|is|zijn|heeft|hebben|wordt|mag|moet)\b",
    re.IGNORECASE,
)
_WH_CLAUSE = re.compile(
    r"\b(?:how|when|whats?|where|which|why|who|wann|wie|wo|warum|welche|quand|comment|o[ùu]|quel|quelle|pourquoi|"
    r"cu[áa]ndo|cómo|d[óo]nde|cu[áa]l|cu[áa]nt[oa]s?|qué|wanneer|hoe|waar|welke|waarom)\b",
    re.IGNORECASE,
)


_PREFERENCE = r"rather\s+than|instead\s+of|plut[ôo]t\s+que|(?:an)?statt|en\s+lugar\s+de|en\s+vez\s+de"
"""The words that prefer one option to another ("Can I pay by card rather than transfer?")."""
_CHOICE = re.compile(r"\b([\w-]+)\s*,?\s+(?:or|oder|ou|o|" + _PREFERENCE + r")\s+"
                     # "the soundcheck, or only the lounge": the adverb belongs to the choice, not to the option
                     r"(?:(?:only|just|also|even|rather|maybe|perhaps|nur|auch|eher|seulement|plut[ôo]t|solo|s[óo]lo)\s+)?"
                     # "…on the corner sofa, or only on beds?": the option is the thing, not its preposition
                     r"(?:(?:on|in|at|for|to|by|with|from|via|auf|mit|f[üu]r|pour|avec|en|sur|por|para|con)\s+)?"
                     r"(?:the\s+|a\s+|an\s+|die\s+|der\s+|das\s+|la\s+|le\s+|el\s+|"
                     r"de\s+|het\s+|een\s+)?([\w-]+)", re.IGNORECASE)
_PREFERRED = re.compile(rf"\b(?:{_PREFERENCE})\b", re.IGNORECASE)
_NOT_OPTIONS = frozenset(["not", "is", "are", "do", "does", "should", "would", "can", "could", "will", "i", "we", "it", "you", "something", "anything", "so", "else", "nicht", "ist", "sind", "pas", "est", "no", "es", "niet",
                          # "is the steam room affected too, or only the pool?": both, or one
                          "too", "also", "both", "auch", "aussi", "también", "tambien", "ook",
                          # "with other dogs, or on his own?", "or be on its own?": a pronoun or a verb names no option
                          # a reply could pick
                          "his", "her", "him", "its", "their", "them", "our", "us", "my", "me", "your", "own", "be",
                          # "double-sided, or only one side?": "the premium one" picks nothing
                          "one", "ones", "other", "another", "either", "neither", "none"])


_EITHER_OR_BOTH = re.compile(r"\b([\w-]+)\s*,\s+(?:the\s+|a\s+|an\s+)?([\w-]+)\s*,?\s+or\s+(?:both|either)\b",
                             re.IGNORECASE)
"""A choice that offers both as a third answer: "is it the oils, the postage, or both?" - "It's both, honestly: olive
oil has nearly doubled" picks them."""


def options_of(sentence: str) -> frozenset[str]:
    """The two alternatives of a choice question, when it offers some; the wanted one alone of a preference."""
    if (both := _EITHER_OR_BOTH.search(sentence)) and not {both.group(1).lower(), both.group(2).lower()} & _NOT_OPTIONS:
        return frozenset((both.group(1), both.group(2)))
    match = _CHOICE.search(sentence)
    if not match or {match.group(1).lower(), match.group(2).lower()} & _NOT_OPTIONS:
        return frozenset()
    # Of "the Friday rather than the Thursday" only the one wanted is a reply's pick: naming the day it was
    # ("Le jeudi, nos chauffeurs passent…") grants nothing.
    if _PREFERRED.search(match.group(0)):
        return frozenset((match.group(1),))
    return frozenset((match.group(1), match.group(2)))


_DURATION = re.compile(r"\blead\s+time\b|\bhow\s+long\b|\bhow\s+much\s+(?:longer|time|notice)\b|\bwie\s+lange?\b|\bcombien\s+de\s+temps\b|"
                       # when a place is open: "¿Qué horario tenéis en invierno?"
                       r"\bopening\s+(?:hours|times)\b|\b[öo]ffnungszeiten\b|\bhoraires?\b|\bhorarios?\b|"
                       # a length of time asked as a thing: "Quelle est la durée de la garantie ?"
                       r"\bduration\b|\bdur[ée]e\b|\bduraci[óo]n\b|\bdauer\b|"
                       r"\b(?:notice|waiting|processing|delivery|turnaround|cooling[\s-]off)\s+(?:period|time)s?\b|\bturnaround\b|"
                       r"\b(?:k[üu]ndigungs|liefer|bearbeitungs)frist\b|\blieferzeit\b|\bd[ée]lai\b|\bpr[ée]avis\b|\bplazo\b|"
                       + SPANISH_HOW_LONG + r"|\bhoe\s+lang\b", re.IGNORECASE)
"""Asking how long something takes, or when a place is open, wherever in the question: the answer is a date or a
time."""
_BOUND = re.compile(r"\b(?:minimum|maximum|m[íi]nimo|m[áa]ximo|mindest\w*|h[öo]chst\w*|"
                    r"(?:smallest|largest|biggest|fewest)\s+(?:[\w-]+\s+)?(?:orders?|quantity|quantities|amount|"
                    r"number|groups?|party|batch|run|spend))\b", re.IGNORECASE)
"""A bound asked as a thing ("What's the minimum order?", "What's the smallest order you'd accept?", "Quel est le
minimum de commande ?", "¿Cuál es el pedido mínimo?"), wherever it stands: a figure answers it, of money or of
things."""
_GERMAN_WHAT = re.compile(
    r"was\s+(?:ist|sind|war|wäre|w[üu]rde|wird|kostet|kosten|passiert|geschieht|bedeutet|brauche|brauchen|muss|müssen|kann|können|"
    r"soll|sollen|sollte|mache|machen|genau|gilt|fehlt|heißt)\b", re.IGNORECASE)
"""German "was" opening a question ("Was kostet ein Hausbesuch?", "Was passiert mit meinen Daten?"): it asks
what, where English "Was it delivered?" asks yes or no."""
_EMBEDDING = re.compile(
    r"\b(?:know|tell|check|confirm|say|advise|find\s+out|see|ask|remember|guess|estimate|wissen|sagen|pr[üu]fen|"
    r"savoir|dire|indiquer|v[ée]rifier|saber|decir|indicar|comprobar|weten|zeggen)\b",
    re.IGNORECASE,
)
"""A verb that asks for a fact as its object: "Can you check *when* it ships?" wants the date, while
"Does the grinder shut off *when* the hopper is empty?" wants a yes or no."""

_DATE_REQUESTED = re.compile(
    r"\b(?:propose|suggest|offer|give|send|recommend|proposer|proposez|donner|sugg[ée]rer|indiquer|vorschlagen|"
    r"nennen|geben|anbieten|proponer|proponerme|proponernos|sugerir|darme|darnos|dar)\b(?:\s+\w+){0,2}?\s+"
    r"(?:a|an|some|one|une|un|quelques|einen|eine|ein|una|unas)\s+(?:(?:new|other|nouvelle|autre|neuen|nueva|otra)\s+)?"
    r"(?:dates?|times?|days?|slots?|appointments?|cr[ée]neaux?|rendez-vous|termine?|datum|fechas?|horas?|citas?|d[íi]as?)\b|"
    # German puts the verb last: "Können Sie mir einen neuen Termin vorschlagen?"
    r"\b(?:einen|eine|ein)\s+(?:neuen\s+|anderen\s+)?(?:termin|datum|zeitpunkt)\b.{0,30}\b(?:vorschlagen|nennen|geben|anbieten)\b",
    re.IGNORECASE)
"""A request for a date, which asks when as a "can you": "Pourriez-vous me proposer une date fin novembre ?" is
answered by "lundi 30 novembre à 9 h", not by a yes."""

_WHY = next(pattern for name, pattern in _EXPECTS if name == "why")
"""Asking for a reason: "Why has the monthly price gone up?" wants the reason, not the price."""

_EXPECTS = tuple((name, word_start_guarded(pattern)) for name, pattern in _EXPECTS)
_DURATION, _EMBEDDING, _WH_CLAUSE, _BOUND = (word_start_guarded(pattern)
                                             for pattern in (_DURATION, _EMBEDDING, _WH_CLAUSE, _BOUND))
"""The patterns above behind look-aheads for the first characters of their words (``word_start_guarded``):
the same matches, two to three times faster."""


_YES_NO_PART = re.compile(r"(?:^|\s[-\u2013\u2014]\s|[,;:]\s+)\W*(?:(?:and|also|so|but|or)\s+)?(?:do|does|can|could|would|will|"
                          r"is|are|kann|k[öo]nnen|pouvez|est-ce|puede|pueden|podr[íi]an?)\s+\w+|"
                          # German puts the verb first: "Nehmen Sie so etwas an, …?"
                          r"^\W*\w+en\s+sie\b", re.IGNORECASE)
"""A yes/no question opening a question that goes on to ask more ("We'd like it gone - do you take pianos away,
and how much?", "Nehmen Sie so etwas an, und mit welchem Betrag …?")."""


def asks_yes_or_no(text: str, expects: str) -> bool:
    """Whether a question asks yes or no, alone or before what it asks next: "Do you take pianos away for
    disposal, and how much?" is answered "Yes, we do. … £150"; its yes is not another question's."""
    return expects == "yes_no" or (_YES_NO_PART.search(_LEAD_IN.sub("", text.lstrip("¿¡ "))) is not None
                                   and "?" in text)


_HOW_FAR_ASKED = re.compile(_HOW_FAR, re.IGNORECASE)


def asks_how_far(text: str) -> bool:
    """Whether a question asks a distance: a distance answers it."""
    return _HOW_FAR_ASKED.search(text) is not None


def asks_how_big(text: str) -> bool:
    """Whether a question asks a size or a weight: a measure in its units answers it."""
    return _HOW_BIG_ASKED.search(text) is not None


def asks_how_long(text: str) -> bool:
    """Whether a question asks for a length of time ("How long does it take?", "Quel est le délai ?", "¿Cuánto
    tarda?"): a duration answers it."""
    return _DURATION.search(text) is not None


def asks_price(text: str) -> bool:
    """Whether a question asks what something costs, alone or beside what it asks first ("Can you send a
    replacement, and what does it cost?"): an amount in a reply names the price it asks about."""
    return _EXPECTS[0][1].search(text) is not None or _PRICE_NOUN.search(text) is not None


_DASHED_QUESTION = re.compile(r"\s[-–—]\s+(?!.*\s[-–—]\s)(.+)$")
"""The last clause after a spaced dash: where a statement ends and the question begins."""
_PRICE_NOUN = re.compile(r"\b(?:preis|prix|tarifs?|devis|precios?|tarifas?|presupuesto|kostenvoranschlag)\b", re.IGNORECASE)
"""A price named in German, French or Spanish ("Pourriez-vous me donner un prix ?"): asked about, though the
question's form (a yes/no, as "Le prix comprend-il la livraison ?") decides the kind of answer it wants."""


def expected_answer(sentence: str, kind: str) -> str:
    """The kind of answer a question sentence asks for (``yes_no``, ``how_much``, ``how_many``, ``when``,
    ``where``, ``which``, ``why``, ``how``, ``what`` or ``other``), so that a reply can be judged by
    whether it gives that kind; ``kind`` is ``direct`` (a "?" question) or ``indirect``."""
    # Spanish opens the question itself with "¿": a statement before it ("Tengo dos niños, así que: ¿la funda se
    # puede lavar?") asks nothing.
    opening = sentence.find("¿")
    body = _LEAD_IN.sub("", (sentence[opening:] if opening > 0 else sentence).lstrip("¿¡ "))
    # So does English after a dash: "Our new sofa is going where the rug was - would you recommend a rug pad?" asks
    # yes or no; the "where" of the statement asks nothing.
    if kind == "direct" and not _YES_NO_START.match(body) and not _WH_CLAUSE.match(body):
        asked = _DASHED_QUESTION.search(body)
        if asked and _YES_NO_START.match(asked.group(1)):
            body = asked.group(1)
    if _YES_NO_START.match(body) and kind == "direct" and not _GERMAN_WHAT.match(body):
        lead = _EXPECTS[0][1].search(body) if re.search(r"\bhow\s+much\b", body, re.IGNORECASE) else None
        if lead is None:
            for name, pattern in _EXPECTS[:3]:
                if name != "how_much" and (match := pattern.search(body)) and _EMBEDDING.search(body[:match.start()]):
                    return name
            return "when" if _DATE_REQUESTED.search(body) else "yes_no"
    if kind == "indirect":
        choice = re.search(r"\b(?:if|whether|ob|si|of)\b|\bs'ils?\b", body, re.IGNORECASE)  # "savoir s'ils peuvent"
        if choice and not _WH_CLAUSE.search(body[: choice.start()]):
            return "yes_no"
    price = _EXPECTS[0][1].search(body)
    if price and not _WHY.search(body[: price.start()]):
        return "how_much"  # "What would it cost?": the price words decide wherever they stand, after a "why" none
    if _DURATION.search(body):
        return "when"  # "And what would the lead time be?"
    if _BOUND.search(body) and not _WHY.search(body):
        return "how_many"
    # Otherwise the question word that comes first: "What happens when we exceed it?" asks what, not when.
    found = [(match.start(), order, name) for order, (name, pattern) in enumerate(_EXPECTS[1:])
             if (match := pattern.search(body))]
    if found:
        return min(found)[2]
    if kind == "direct" and not _WH_CLAUSE.search(body):
        return "yes_no"  # a "?" question without any question word, in any language: "Lässt sich … ändern?"
    return "other"
