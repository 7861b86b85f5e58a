"""When a promise is due: the deadline a sentence names, relative to when it was sent.

"Tomorrow", "by Friday", "within 48 hours", "early next week", "on 16 November" and their German,
French, Spanish and Dutch forms; written dates through dateutil's parser, relative ones through
relativedelta. A deadline ends at the end of the day it names, or at the time of day it names ("by 2pm
today"). Pure functions.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from dateutil import parser as dateutil_parser
from dateutil.relativedelta import relativedelta

from happyaudit.audit.guards import word_start_guarded

_WEEKDAYS = {
    **dict.fromkeys(("monday", "montag", "lundi", "lunes", "maandag"), 0),
    **dict.fromkeys(("tuesday", "dienstag", "mardi", "martes", "dinsdag"), 1),
    **dict.fromkeys(("wednesday", "mittwoch", "mercredi", "miércoles", "miercoles", "woensdag"), 2),
    **dict.fromkeys(("thursday", "donnerstag", "jeudi", "jueves", "donderdag"), 3),
    **dict.fromkeys(("friday", "freitag", "vendredi", "viernes", "vrijdag"), 4),
    **dict.fromkeys(("saturday", "samstag", "samedi", "sábado", "sabado", "zaterdag"), 5),
    **dict.fromkeys(("sunday", "sonntag", "dimanche", "domingo", "zondag"), 6),
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
    "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "ein": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "uno": 1, "una": 1, "dos": 2, "tres": 3, "een": 1, "twee": 2, "drie": 3,
    "paar": 2, "quelques": 3, "unos": 3, "unas": 3, "enkele": 3,
}
_AMOUNT = r"(\d+|a\s+couple\s+of|couple\s+of|a\s+few|few|an?|one|two|three|four|five|six|seven|ten|ein(?:em|er)?|zwei|drei|" \
          r"ein\s+paar|un(?:e|o|a)?|deux|trois|quelques|dos|tres|unos|unas|een|twee|drie|enkele)"
_RELATIVE = re.compile(
    rf"\b(?:within|in|inside\s+of|over\s+the\s+next|innerhalb\s+(?:von\s+)?|in\s+den\s+n[äa]chsten|dans\s+(?:les\s+)?|"
    rf"sous|en\s+(?:los\s+pr[óo]ximos\s+)?|dentro\s+de|binnen|over)\s*{_AMOUNT}\s+(business\s+|working\s+)?"
    rf"(hours?|days?|weeks?|stunden|tage?n?|werktage?n?|wochen?|heures?|jours?(?:\s+ouvr[ée]s)?|semaines?|horas?|"
    rf"d[íi]as?(?:\s+h[áa]biles)?|semanas?|uur|dagen|werkdagen|weken)\b",
    re.IGNORECASE,
)
_END_OF_TODAY = re.compile(
    r"\b(?:later\s+today|today|this\s+(?:afternoon|evening)|tonight|end\s+of\s+(?:the\s+)?(?:day|business)|eod|cob|"
    r"in\s+an?\s+(?:hour|moment)|shortly|heute|noch\s+heute|heute\s+nachmittag|aujourd'hui|ce\s+soir|cet\s+apr[èe]s-midi|"
    r"hoy|esta\s+tarde|vandaag|vanmiddag|dans\s+la\s+journ[ée]e|fin\s+de\s+(?:la\s+)?journ[ée]e|"
    r"final\s+del\s+d[íi]a|fin\s+del\s+d[íi]a|tagesende|ende\s+des\s+tages|feierabend|"
    r"en\s+el\s+d[íi]a|a\s+lo\s+largo\s+del\s+d[íi]a|antes\s+del\s+cierre|im\s+laufe\s+des\s+tages|"
    r"(?:by|before)\s+close\s+of\s+(?:play|business))\b",
    re.IGNORECASE,
)
_TOMORROW = re.compile(
    r"\b(?:tomorrow|morgen|demain|(?<!la\s)(?<!esta\s)ma[ñn]ana)\b",
    re.IGNORECASE,
)
_EARLY_NEXT_WEEK = re.compile(r"\b(?:early|beginning\s+of)\s+next\s+week\b|\banfang\s+n[äa]chster\s+woche\b|"
                              r"\bd[ée]but\s+de\s+la\s+semaine\s+prochaine\b|\bprincipios\s+de\s+la\s+pr[óo]xima\s+semana\b|"
                              r"\bbegin\s+volgende\s+week\b", re.IGNORECASE)
# "next week's routes" names the routes, not when: no deadline
_END_OF_NEXT_WEEK = re.compile(r"\b(?:end\s+of\s+next\s+week|next\s+week(?!'s)|n[äa]chste[n]?\s+woche|la\s+semaine\s+prochaine|"
                               r"la\s+pr[óo]xima\s+semana|volgende\s+week)\b", re.IGNORECASE)
_END_OF_WEEK = re.compile(r"\b(?:end\s+of\s+(?:the|this)\s+week|by\s+the\s+weekend|before\s+the\s+weekend|this\s+week(?!'s)|"
                          r"ende\s+der\s+woche|diese\s+woche|fin\s+de\s+(?:la\s+)?semaine|cette\s+semaine|esta\s+semana|"
                          r"finales\s+de\s+semana|deze\s+week|eind\s+van\s+de\s+week)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_MONTHS = (r"(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]vrier|mar(?:ch|s)?|m[äa]rz|apr(?:il)?|avril|may|mai|"
           r"june?|juni|juin|july|juli|juillet|aug(?:ust)?|ao[ûu]t|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|octobre|"
           r"nov(?:ember)?|novembre|dec(?:ember)?|dez(?:ember)?|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|"
           r"agosto|septiembre|octubre|noviembre|diciembre)")
_WRITTEN_DATE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?({_MONTHS})\b|\b({_MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|"
    rf"\b(\d{{1,2}})[/.](\d{{1,2}})(?:[/.](\d{{2,4}}))?\b",
    re.IGNORECASE,
)
_MONTH_NAMES_EN = {
    "jan": 1, "feb": 2, "fév": 2, "fev": 2, "mar": 3, "mär": 3, "apr": 4, "avr": 4, "abr": 4, "may": 5, "mai": 5,
    "may ": 5, "jun": 6, "jui": 7, "jul": 7, "aug": 8, "aoû": 8, "aou": 8, "ago": 8, "sep": 9, "oct": 10, "okt": 10,
    "nov": 11, "dec": 12, "dez": 12, "déc": 12, "dic": 12, "ene": 1,
}
_CLOCK_TIME = re.compile(
    r"\b(?:by|before|until|no\s+later\s+than)\s+(?:(noon|midday)|(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?|"
    r"(\d{1,2}):(\d{2})\b)|"
    r"\b(?:bis|vor)\s+(?:um\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*uhr\b|\bavant\s+(\d{1,2})\s*h(?:(\d{2})|\b)|"
    r"\bantes\s+de\s+las\s+(\d{1,2})(?:[:.](\d{2}))?\b|\bvoor\s+(\d{1,2})(?:[:.](\d{2}))?\s*uur\b",
    re.IGNORECASE,
)
"""A time of day the promise is due by ("by 2pm", "by 14:00", "before noon", "bis 14 Uhr", "avant 14h",
"antes de las 14", "voor 14 uur"), read in UTC like the day ends: a mail's date keeps no sender's zone."""

_RELATIVE, _END_OF_TODAY, _TOMORROW, _EARLY_NEXT_WEEK, _END_OF_NEXT_WEEK, _END_OF_WEEK, _WEEKDAY, _WRITTEN_DATE = (
    word_start_guarded(pattern)
    for pattern in (_RELATIVE, _END_OF_TODAY, _TOMORROW, _EARLY_NEXT_WEEK, _END_OF_NEXT_WEEK, _END_OF_WEEK, _WEEKDAY,
                    _WRITTEN_DATE))
"""The patterns above behind look-aheads for the first characters of their words (``word_start_guarded``):
the same matches, faster."""


_DAY_END = time(23, 59, 59)


def _end_of_day(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), _DAY_END, tzinfo=moment.tzinfo)


def _amount(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


def _add_business_days(start: datetime, days: int) -> datetime:
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def parse_deadline(sentence: str, sent_at: datetime) -> datetime | None:
    """The deadline a promise states, relative to ``sent_at``, or ``None`` when it states none.

    "today"/"later today" → end of that day; "tomorrow" → end of the next day; "by Friday" →
    end of the next Friday after ``sent_at``; "within 48 hours" → exactly 48 hours later;
    "within 2 business days" → end of the second working day; "early next week" → end of
    next Tuesday; "next week" → end of next week's Friday; "end of the week" → end of this
    Friday; "on 16 November", "by 16/11" → end of the next such date on or after ``sent_at``.
    """
    text = sentence.replace("\u2019", "'")
    deadline = _day_deadline(text, sent_at)
    clock = _clock_time(text)
    if clock is None or (deadline is not None and deadline.time() != _DAY_END):
        return deadline
    if deadline is None:
        due = datetime.combine(sent_at.date(), clock, tzinfo=sent_at.tzinfo)
        return due if due > sent_at else due + timedelta(days=1)
    return datetime.combine(deadline.date(), clock, tzinfo=deadline.tzinfo)


def _clock_time(text: str) -> time | None:
    """The time of day a sentence says something is due by ("by 2pm"), or ``None``."""
    match = _CLOCK_TIME.search(text)
    if match is None:
        return None
    if match.group(1):
        return time(12, 0)
    if match.group(2):
        hour, minute = int(match.group(2)) % 12, int(match.group(3) or 0)
        hour += 12 if match.group(4).lower() == "p" else 0
    else:
        numbers = [group for group in match.groups()[4:] if group is not None]
        hour, minute = int(numbers[0]), int(numbers[1]) if len(numbers) > 1 else 0
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _day_deadline(text: str, sent_at: datetime) -> datetime | None:
    """``parse_deadline`` without the time of day: a day's end, or an exact moment ("within 48 hours")."""
    if match := _RELATIVE.search(text):
        amount, business, unit = _amount(match.group(1)), bool(match.group(2)), match.group(3).lower()
        if unit.startswith(("h", "st", "u")):
            return sent_at + timedelta(hours=amount)
        if unit.startswith(("w", "se")) and not unit.startswith("werk"):
            return _end_of_day(sent_at + timedelta(weeks=amount))
        if business or unit.startswith("werk") or "ouvr" in unit or "h\u00e1bil" in unit or "habil" in unit:
            return _end_of_day(_add_business_days(sent_at, amount))
        return _end_of_day(sent_at + timedelta(days=amount))
    if _EARLY_NEXT_WEEK.search(text):
        monday = sent_at + timedelta(days=7 - sent_at.weekday())
        return _end_of_day(monday + timedelta(days=1))
    if _END_OF_NEXT_WEEK.search(text):
        monday = sent_at + timedelta(days=7 - sent_at.weekday())
        return _end_of_day(monday + timedelta(days=4))
    if _END_OF_WEEK.search(text):
        days = (4 - sent_at.weekday()) % 7
        return _end_of_day(sent_at + timedelta(days=days))
    if match := _WRITTEN_DATE.search(text):
        parsed = _written_date(match, sent_at)
        if parsed is not None:
            return parsed
    if match := _WEEKDAY.search(text):
        target = _WEEKDAYS[match.group(1).lower()]
        days = (target - sent_at.weekday()) % 7 or 7
        return _end_of_day(sent_at + timedelta(days=days))
    if _TOMORROW.search(text):
        return _end_of_day(sent_at + timedelta(days=1))
    if _END_OF_TODAY.search(text):
        return _end_of_day(sent_at)
    return None


def _written_date(match: re.Match[str], sent_at: datetime) -> datetime | None:
    """A written day and month as the next such date on or after ``sent_at``'s day."""
    try:
        if match.group(1):
            day, month = int(match.group(1)), _month_number(match.group(2))
        elif match.group(3):
            day, month = int(match.group(4)), _month_number(match.group(3))
        else:
            day, month = int(match.group(5)), int(match.group(6))
            if match.group(7):
                year = int(match.group(7))
                year = year + 2000 if year < 100 else year
                parsed = dateutil_parser.parse(f"{year}-{month:02d}-{day:02d}")
                return _end_of_day(parsed.replace(tzinfo=sent_at.tzinfo))
        if month is None:
            return None
        candidate = sent_at.replace(month=month, day=day)
    except ValueError:
        return None
    if candidate.date() < sent_at.date():
        candidate = candidate + relativedelta(years=1)
    return _end_of_day(candidate)


def _month_number(name: str) -> int | None:
    lowered = name.lower()
    if lowered.startswith(("juin", "jun")):
        return 6
    if lowered.startswith(("juil", "jul")):
        return 7
    key = lowered[:3]
    if key in _MONTH_NAMES_EN:
        return _MONTH_NAMES_EN[key]
    try:
        return dateutil_parser.parse(f"1 {name}").month
    except (ValueError, OverflowError):
        return None
