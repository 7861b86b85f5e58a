"""Measures a question asks for by its wording, and the reply sentences that give one: a distance ("How far is the
car park?" - "15 metres", "a five-minute walk"), a length of time ("combien de temps faut-il prévoir ?" - "dix à
douze semaines"), a size ("Wie hoch ist der Kratzbaum?" - "165 cm"), the colours there are ("What colours do they
come in?" - "White, black and anthracite grey"), a number asked for by name ("What's your VAT number?" - "GB 284
5571 90"), a level ("What level are the units kept at?" - "between 45 and 60%"), a time before ("How early must we
be at the harbour?" - "30 minutes before departure") or what to wear ("What should she wear?" - "leggings and a
t-shirt"). An answer so particular that a sentence giving it answers the question without repeating its words. Pure
functions over precompiled patterns, for ``answers.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from happyaudit.audit.question_kinds import asks_how_big, asks_how_far, asks_how_long
from happyaudit.audit.questions import Question
from happyaudit.audit.text import _SENTENCE_CACHE

_NUMBER = (r"(?:\d+(?:[.,]\d+)?|a\s+few|a\s+couple\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"fifteen|twenty|thirty|forty|fifty|sixty|ein(?:e[nm]?)?|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|zehn|zw[öo]lf|"
           r"vierzehn|zwanzig|dreißig|une|deux|trois|quatre|cinq|sept|huit|dix|douze|quinze|vingt|trente|"
           r"uno?|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte|treinta)")
"""A count in figures or in words (English, German, French, Spanish)."""
_RANGE = rf"{_NUMBER}(?:\s*(?:-|–|to|or|à|a|bis|o|ou)\s*{_NUMBER})?"
_DISTANCE = re.compile(rf"\b{_RANGE}\s*(?:m|km|metres?|meters?|kilometres?|kilometers?|miles?|yards?|feet|ft|metros?|"
                       r"kil[óo]metros?|m[èe]tres|kilom[èe]tres|meter|kilometer)\b|"
                       r"\b[\w-]+[\s-]minutes?['’]?\s+(?:walk|drive|stroll|ride|cycle)\b|"
                       rf"\b{_RANGE}\s+(?:minutes?|minuten|minutos|min)\s+(?:on\s+foot|by\s+car|zu\s+fu[ßs]|mit\s+dem\s+auto|"
                       r"[àa]\s+pied|en\s+voiture|a\s+pie|andando|caminando|en\s+coche)\b|\bgehminuten\b", re.IGNORECASE)
"""A distance given: "15 metres", "2 km", "a five-minute walk", "10 Minuten zu Fuß"."""
_DURATION = re.compile(rf"\b(?:{_RANGE}|an?|un)\s+(?:(?:working|business|clear|full|whole)\s+)?(?:minutes?|hours?|days?|"
                       r"weeks?|months?|years?|nights?|minuten|stunden|tag(?:e|en)?|wochen|monaten?|jahren?|heures?|jours?|"
                       r"journ[ée]es?|demi-journ[ée]es?|nuits?|semaines?|mois|ans|minutos|horas?|d[íi]as?|noches?|semanas?|"
                       r"meses|mes|años?)\b(?!['’]s\b)", re.IGNORECASE)
"""A length of time given: "two to three working days", "dix à douze semaines", "48 hours", "comptez une journée",
"about an hour" (an article counts one only here: "a" before a unit of size would read "I am" as a size); not a
possessive, which names a thing ("A week's canoe rental is EUR 240")."""
_SIZE = re.compile(rf"\b{_RANGE}\s*(?:mm|cm|m|metres?|meters?|m[èe]tres?|metros?|meter|millimetres?|millimeters?|"
                   r"centimetres?|centimeters?|cent[íi]metros?|zentimeter|inch(?:es)?|feet|foot|ft|kg|g|kilos?|"
                   r"kilograms?|kilogrammes?|kilogramos?|kilogramm|gramm?|grams?|grammes?|gramos?|lbs?|ounces?|oz)(?![\w'’])|"
                   r"\b\d+(?:[.,]\d+)?\s*(?:x|×|by)\s*\d+", re.IGNORECASE)
"""A size or a weight given: "165 cm", "1,20 m", "12 kg", "140 x 190"."""


_COLOURS_ASKED = re.compile(r"\b(?:what|which)\s+colou?rs?\b|\bcolou?r\s+(?:options|choices|range)\b|\bwelche[nmr]?\s+farben?\b|"
                            r"\bquelles?\s+couleurs?\b|\bqu[ée]\s+colou?r(?:es)?\b|\bcu[áa]les\s+colores\b",
                            re.IGNORECASE)
"""Asking which colours there are ("What colours do they come in?", "Welche Farben gibt es?")."""
_COLOUR = re.compile(r"\b(?:white|black|grey|gray|red|blue|green|yellow|brown|beige|cream|ivory|anthracite|silver|gold|"
                     r"pink|purple|orange|navy|charcoal|oak|walnut|wei(?:ß|ss)|schwarz|grau|rot|blau|gr[üu]n|gelb|braun|"
                     r"anthrazit|blanc|blanche|noir|noire|gris|grise|rouge|bleu|vert|verte|jaune|marron|blanco|negro|"
                     r"rojo|azul|verde|amarillo|marr[óo]n|antracita)\b", re.IGNORECASE)
"""A colour's name in English, German, French or Spanish."""
_COLOURS_NAMED = 2
"""Colours a sentence must name to answer which there are: one may be said of something else."""


_CODE_ASKED = re.compile(
    r"^\W*(?:(?:and|also|und|et|y)\s+)?(?:what(?:'s|\s+is|\s+are)|which\s+is|wie\s+lautet|welche|was\s+ist|quel(?:le)?\s+est|"
    r"cu[áa]l\s+es)\s+(?:your|the|our|my|ihre?|die|der|unsere|votre|le|la|notre|su|el|nuestro)\s+[^?]{0,30}?"
    r"\b(?:number|code|reference|iban|postcode|nummer|kennung|(?:ust-)?idnr|num[ée]ro|r[ée]f[ée]rence|"
    r"c[óo]digo|n[úu]mero|referencia)\b",
    re.IGNORECASE)
"""Asking for a number or a code by name ("What's your VAT number?", "Quel est votre numéro de TVA ?", "Wie lautet
Ihre IBAN?")."""
_CODE_GIVEN = re.compile(r"(?:\d[\s-]?){4,}")
"""A number or code of four digits or more, spaced or not ("GB 284 5571 90")."""


_LEVEL_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:level|temperature|humidity|percentage|setting)\b|\bhow\s+(?:warm|cold|hot|humid|damp)\b|"
    r"\bwelche\s+(?:temperatur|luftfeuchtigkeit|stufe)\b|\bwie\s+(?:warm|kalt|feucht)\b|"
    r"\bquel(?:le)?\s+(?:niveau|temp[ée]rature|taux|pourcentage)\b|"
    r"\bqu[ée]\s+(?:nivel|temperatura|humedad|porcentaje)\b|\ba\s+qu[ée]\s+temperatura\b",
    re.IGNORECASE)
"""Asking for a level by name ("What level are the units kept at?", "Welche Temperatur hat der Raum?")."""
_LEVEL_GIVEN = re.compile(rf"\b{_RANGE}\s*(?:%|per\s*cent|percent|prozent|pour\s*cent|por\s*ciento|°\s*[cf]?|"
                          r"degrees?|grad|degr[ée]s|grados)(?![\w'’])", re.IGNORECASE)
"""A level given: "between 45 and 60%", "18 °C", "zwölf Grad"."""


_LEAD_TIME_ASKED = re.compile(
    r"\bhow\s+(?:early|far\s+in\s+advance|much\s+notice|long\s+before)\b|\bwie\s+fr[üu]h\b|"
    r"\bwie\s+(?:lange|viel\s+zeit)\s+(?:vorher|im\s+voraus)\b|\bcombien\s+de\s+temps\s+(?:[àa]\s+l'avance|avant)\b|"
    r"\bcon\s+cu[áa]nta\s+antelaci[óo]n\b|\bcu[áa]nto\s+(?:tiempo\s+)?antes\b",
    re.IGNORECASE)
"""Asking how long before something to come or to tell ("How early do we need to be at the port?", "Wie früh
müssen wir am Hafen sein?")."""
_LEAD_TIME_GIVEN = re.compile(
    _DURATION.pattern + r"[^.;]{0,12}?\b(?:before|beforehand|in\s+advance|ahead|prior|vor|vorher|im\s+voraus|avant|"
    r"[àa]\s+l'avance|antes|de\s+antelaci[óo]n)\b", re.IGNORECASE)
"""A time before given: "30 Minuten vor der Abfahrt", "48 hours in advance"."""


_CLOTHES_ASKED = re.compile(
    r"\bwhat\s+(?:\w+\s+){0,3}wear\b(?!\s+and\s+tear)|\bdress\s+code\b|\bwas\s+(?:\w+\s+){0,3}(?:anziehen|tragen)\b|"
    r"\bquoi\s+(?:porter|mettre)\b|\bque\s+(?:dois|doit|devons|doivent)[\w-]*\s+(?:porter|mettre)\b|"
    r"\bquelle\s+tenue\b|\bqu[ée]\s+ropa\b|\bqu[ée]\s+(?:\w+\s+){0,3}(?:ponerse|ponerme|vestir)\b",
    re.IGNORECASE)
"""Asking what to wear ("What should she wear for it?", "Was soll er anziehen?", "Quelle tenue faut-il ?"); not
"What kind of wear and tear is covered?"."""
_CLOTHES_NAMED = re.compile(
    r"\b(?:leggings|t-?shirts?|socks|trainers|trousers|jeans|shorts|jumpers?|hoodies?|jackets?|coats?|boots|shoes|"
    r"gloves|layers|waterproofs|sportswear|footwear|leotards?|tracksuits?|fleeces?|swimsuits?|goggles|helmets?|"
    r"socken|turnschuhe|hosen?|jacken?|schuhe|handschuhe|sportkleidung|chaussettes|baskets|pantalons?|vestes?|"
    r"chaussures|gants|calcetines|zapatillas|pantal[óo]n(?:es)?|chaquetas?|zapatos|guantes)\b",
    re.IGNORECASE)
"""A thing to wear named: "leggings and a t-shirt", "sturdy boots and waterproofs", "Turnschuhe"."""


def _names_colours(sentence: str) -> bool:
    """Whether a sentence names enough colours to say which there are."""
    return len({name.lower() for name in _COLOUR.findall(sentence)}) >= _COLOURS_NAMED


_MEASURES = (
    ("a distance", asks_how_far, _DISTANCE.search),
    ("a duration", asks_how_long, _DURATION.search),
    ("a size", asks_how_big, _SIZE.search),
    ("the colours", _COLOURS_ASKED.search, _names_colours),
    ("the number asked for", _CODE_ASKED.search, _CODE_GIVEN.search),
    ("a level", _LEVEL_ASKED.search, _LEVEL_GIVEN.search),
    ("a time before", _LEAD_TIME_ASKED.search, _LEAD_TIME_GIVEN.search),
    ("what to wear", _CLOTHES_ASKED.search, _CLOTHES_NAMED.search),
)
"""Each measure: its name, how a question asks for it, how a reply sentence gives it; in the order they are told."""


@lru_cache(maxsize=_SENTENCE_CACHE)
def _measures_asked(question_text: str) -> tuple[tuple[str, Callable[[str], object]], ...]:
    """The measures a question's wording asks for, each with how a sentence gives it: read once per question, as
    the answer rules ask it of every reply sentence and of every rival."""
    return tuple((name, given) for name, asked, given in _MEASURES if asked(question_text))


def asks_measure(question: Question) -> bool:
    """Whether a question asks for one of the measures or values above by its wording, whatever its kind."""
    return bool(_measures_asked(question.text))


def gives_measure_asked(question: Question, sentence: str) -> str | None:
    """The measure or value ("a distance", "a duration", "a size", "the colours", "the number asked for", "a level",
    "a time before", "what to wear") a question asks for and a reply sentence gives, else ``None``."""
    return next((name for name, given in _measures_asked(question.text) if given(sentence)), None)
