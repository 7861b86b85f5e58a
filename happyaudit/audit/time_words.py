"""How replies and questions name times: weekdays, months, points in time, limits and offers of a slot, in English,
German, French, Spanish and Dutch. The vocabulary that tells whether a reply gives a date or a time
(``answer_kinds``), kept apart from the other kinds of answer."""

from __future__ import annotations

import re

WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|sonnabend|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|"
    r"viernes|s[áa]bado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
"""The days of the week in English, German, French, Spanish and Dutch."""
MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"januar|februar|m[äa]rz|mai|juni|juli|oktober|dezember|janvier|f[ée]vrier|mars|avril|juin|juillet|ao[ûu]t|"
    r"septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
    r"octubre|noviembre|diciembre|januari|februari|maart|mei|augustus"
)
"""The months in English, German, French, Spanish and Dutch."""
_DAY_AND_MONTH = (r"(?<![£$€\d.,])\d{1,2}[/.]\d{1,2}(?!\s?(?:mm|cm|m|km|kg|g|ml|l|kw|w|v|in|ft|%|metres?|meters?|"
                  r"inch(?:es)?|litres?|liters?|kilos?)\b)")
"""A date by its figures ("4.12", "12/3"); not a measure ("4.2 m", "2.5 kg") nor a price ("£4.20")."""
WHEN = re.compile(
    r"\b(?:today|tomorrow|tonight|yesterday|now|already|asap|soon|next\s+week|this\s+week|morning|afternoon|evening|"
    r"within|business\s+days?|working\s+days?|days?|weeks?|hours?|months?|minutes?|seconds?|" + WEEKDAYS + "|"
    # a stretch of time told by its ends: "Keep the back door shut from dusk until I've been back"
    r"until|till|dusk|dawn|sunset|sunrise|overnight|"
    + MONTHS + r"|\d{1,2}(?:st|nd|rd|th)|\d{1,2}:\d{2}|\d{1,2}\s*(?:am|pm)|" + _DAY_AND_MONTH
    + r"|heute|morgen|tage?n?|"
    r"werktage?n?|wochen?|monate?n?|jahre?n?|stunden?|aujourd'hui|demain|jours?|semaines?|mois|ans|ann[ée]es?|heures?|"
    # the Spanish month after its article or a figure, as the bare word is the French "my" ("mes excuses")
    r"hoy|ma[ñn]ana|d[íi]as?|semanas?|(?:el|este|un|al|cada|por|del|pr[óo]ximo|otro|medio|\d+)\s+mes|meses|a[ñn]os?|"
    r"horas?|vandaag|dagen|week|\d{1,2}h\d{0,2}|\d{1,2}\s*uhr)\b",
    re.IGNORECASE,
)
"""Any word or figure of time ("soon", "three working days", "Thursday", "14:30"): the answer to a "when"."""
POINT_IN_TIME = re.compile(
    r"\b(?:\d{1,2}:\d{2}|\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|uhr)|\d{1,2}h\d{0,2}|"
    r"(?:before|after|by|until|till|from|at|vor|nach|bis|um|ab|avant|apr[èe]s|vers|antes\s+de|despu[ée]s\s+de|hasta|"
    r"a\s+las|voor|na|om|tot)\s+\d{1,2}|" + WEEKDAYS + "|" + MONTHS
    + r"|\d{1,2}(?:st|nd|rd|th)|" + _DAY_AND_MONTH + r")\b",
    re.IGNORECASE,
)
"""A day, a date or a clock time ("Saturday", "4 December", "6:40", "vers 6h45", "before 7"): narrower than
``WHEN``, which also takes "soon" and "days"."""
SUITS_YOU = re.compile(
    r"\b(?:suit|suits|work\s+for|be\s+convenient|conviendrai(?:t|ent)|vous\s+irait|passt|passen|w[äa]re\s+ihnen\s+recht|"
    r"(?:le|les)\s+(?:va|vendr[íi]a|viene)\s+bien|(?:le|les)\s+ir[íi]a\s+bien)\b", re.IGNORECASE)
"""Asking whether a time suits the customer ("Would Wednesday 2 December at 2pm suit you?", "Le mercredi 2 décembre à
14 h vous conviendrait-il ?")."""
BARE_SLOT = re.compile(
    rf"^\W*(?:(?:how|what)\s+about\s+|(?:and|or|otherwise)\s+)?(?:(?:this|next)\s+)?"
    rf"(?:{WEEKDAYS}|\d{{1,2}}(?:st|nd|rd|th)?\b)[^?]{{0,60}}\?\W*$", re.IGNORECASE)
"""A slot offered in a few words, without asking whether it suits: "Thursday 12th at 5.30pm at Ridgeway?", "How about
next Tuesday at 10?"."""
TIME_BOUND = re.compile(
    r"\b(?:before|by|until|till|no\s+later\s+than|earlier\s+than|avant|d'ici|jusqu'[àa]u?|vor|bis|sp[äa]testens|"
    r"antes\s+del?|hasta|voor|uiterlijk)\s+(?:(?:the|le|la|el|den|dem|het)\s+)?"
    r"(?:\d{1,2}(?:h\d{0,2}|:\d{2})?\b|tomorrow|demain|morgen|ma[ñn]ana|" + WEEKDAYS + "|" + MONTHS
    + r"|christmas|weihnachten|no[ëe]l|navidad|kerst|end\b|fin\b|ende\b|eind\b|final\b)",
    re.IGNORECASE,
)
"""A limit in time a question sets ("before 7", "by Friday", "avant 7h", "bis Freitag"): a reply that names a point
in time ("at 6:40", "Thursday") answers whether it can be met. Not any time a question names: "Can I bring over my
balances at 1 April?" is not answered by "Since April 2025 …", nor "on Monday instead of Tuesday" by "Tuesday at 7"."""
SLOT_ASKED = re.compile(
    r"\b(?:weekdays?|weekends?|evenings?|mornings?|afternoons?|slots?|(?:in\s+)?the\s+week\s+of|wochenende|abends?|"
    r"vormittags?|nachmittags?|termin(?:e|s)?|cr[ée]neaux?|soir(?:[ée]e)?s?|matin(?:[ée]e)?s?|week-end|"
    r"fin(?:es)?\s+de\s+semana|tardes?|ma[ñn]anas?|huecos?)\b", re.IGNORECASE)
"""A kind of time a yes/no question asks to be fitted in ("a weekday evening", "anything in the week of 23
November", "un créneau le soir"): a day or an hour named answers it."""
SOON_DAY = re.compile(r"\b(?:today|tomorrow|demain|morgen|ma[ñn]ana|hoy|heute|aujourd'hui)\b", re.IGNORECASE)
"""A day named by its distance from today."""
