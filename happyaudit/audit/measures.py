"""Measures a question asks for by its wording, and the reply sentences that give one: a distance ("How far is the
car park?" - "15 metres", "a five-minute walk"), a length of time ("combien de temps faut-il prévoir ?" - "dix à
douze semaines") or a size ("Wie hoch ist der Kratzbaum?" - "165 cm"). An answer so particular that a sentence giving it answers the question without repeating its
words. Pure functions over precompiled patterns, for ``answers.py``.
"""

from __future__ import annotations

import re

from happyaudit.audit.question_kinds import asks_how_big, asks_how_far, asks_how_long
from happyaudit.audit.questions import Question

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
_DURATION = re.compile(rf"\b{_RANGE}\s+(?:(?:working|business|clear|full|whole)\s+)?(?:minutes?|hours?|days?|weeks?|months?|"
                       r"years?|minuten|stunden|tagen?|wochen|monaten?|jahren?|heures?|jours?|semaines?|mois|ans|minutos|horas?|"
                       r"d[íi]as?|semanas?|meses|mes|años?)\b", re.IGNORECASE)
"""A length of time given: "two to three working days", "dix à douze semaines", "48 hours"."""
_SIZE = re.compile(rf"\b{_RANGE}\s*(?:mm|cm|m|metres?|meters?|m[èe]tres?|metros?|meter|millimetres?|millimeters?|"
                   r"centimetres?|centimeters?|cent[íi]metros?|zentimeter|inch(?:es)?|feet|foot|ft|kg|g|kilos?|"
                   r"kilograms?|kilogrammes?|kilogramos?|kilogramm|gramm?|grams?|grammes?|gramos?|lbs?|ounces?|oz)(?![\w'’])|"
                   r"\b\d+(?:[.,]\d+)?\s*(?:x|×|by)\s*\d+", re.IGNORECASE)
"""A size or a weight given: "165 cm", "1,20 m", "12 kg", "140 x 190"."""


def gives_measure_asked(question: Question, sentence: str) -> str | None:
    """The measure ("a distance", "a duration", "a size") a question asks for and a reply sentence gives, else ``None``."""
    if asks_how_far(question.text) and _DISTANCE.search(sentence):
        return "a distance"
    if asks_how_long(question.text) and _DURATION.search(sentence):
        return "a duration"
    if asks_how_big(question.text) and _SIZE.search(sentence):
        return "a size"
    return None
