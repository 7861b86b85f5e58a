"""Which words of a question name what it asks: not its lead-in, the words that ask for a time, the reason the
customer gives for asking, the story they tell first, the occasion they state before a colon, a verb that only asks
to see to a matter named before, nor a phrase that asks for something alongside the main job. Worked out for
``questions.py``; pure functions over precompiled regexes."""

from __future__ import annotations

import re

from happyaudit.audit.question_kinds import SPANISH_HOW_LONG
from happyaudit.audit.text import _LEAD_IN
from happyaudit.audit.words import keywords_of

_TIME_ASKED = re.compile(
    r"\bopening\s+(?:hours|times)\b|\b[öo]ffnungszeiten\b|\bhoraires?\b|\bhorarios?\b|"
    r"\b(?:at\s+)?what\s+time\b|\bum\s+wie\s*viel\s+uhr\b|\b[àa]\s+quelle\s+heure\b|\ba\s+qu[ée]\s+hora\b|"
    r"\bhow\s+long\b|\bwie\s+lange(?:\s+(?:dauert|dauern|braucht|brauchen))?\b|"
    r"\bcombien\s+de\s+temps(?:\s+(?:prend|prendra|prendrait|faut-il|faudra-t-il))?\b|"
    + SPANISH_HOW_LONG,
    re.IGNORECASE)
"""How a question asks for a time or a duration ("What time should we expect you?", "How long does the survey
take?", "Wie lange dauert es?", "¿Cuánto tarda?"): the words of the asking and its verb of lasting, not of the
subject; "time" stays a word of "What is the delivery time?"."""
_REASON_GIVEN = re.compile(
    r"(?:,\s*car\s|(?:[,;]\s*|\s[-\u2013\u2014]\s|\s)(?:because|'cause|as\s+(?:i|we)(?:'m|'re|'ve)?\s|since\s+(?:i|we)\s|"
    # what the answer is for: "which weekends you're running next year so I can drop a hint"; and "as there's
    # nobody at the church during the week"
    r"so\s+(?:that\s+)?(?:i|we)\s+(?:can|could)\s|as\s+there(?:'s|\s+is|\s+are)\s|"
    r"weil|da\s+(?:ich|wir)\s|parce\s+qu|puisque|porque|ya\s+que|omdat)\b).*$",
    re.IGNORECASE | re.DOTALL)
"""The reason a customer gives for asking ("…help on the boat as well as in the pool, because the boat side is what I
really want to learn"): why they ask, not what. Its words are not the question's: a reply that takes up what was
asked need not take up the reason too."""
_ASKING_OPENS = (r"(?=(?:could|can|would|will|may|please|do|does|is|are|pourriez|pouvez|pourrez|est-ce|könnten|können|"
                 r"k[öo]nnten|podr[íi]an|pueden|podr[íi]a|puede)\b)")
"""The first word of a question that asks for something, after what the customer states before it."""
_REASON_BEFORE = re.compile(
    r"^[^?]*?[,;]\s*(?:so|therefore|donc|alors|deshalb|daher|as[íi]\s+que|por\s+eso)\s*,?\s+" + _ASKING_OPENS,
    re.IGNORECASE)
"""The reason a customer gives before a question that follows from it ("The tenants have all been told to expect
someone, so could you let me know when you could fit them in?"): not what the question asks either."""
_STORY_BEFORE = re.compile(
    r"^[^?]*?,\s*and\s+(?=(?:i|we)\s+(?:(?:was|were|am|are)\s+)?(?:also\s+|just\s+)?wonder(?:ed|ing)?\s+"
    r"(?:if|whether|when|how|what|which)\b)",
    re.IGNORECASE)
"""What a customer tells of themselves before they come to ask, in one sentence ("I did a little pottery at school, a
very long time ago, and enjoyed it, and I wondered whether the Tuesday class still has space"): not what is asked."""
_STATEMENT_BEFORE = re.compile(r"^[^?:\s]+\s[^?:]*:\s+" + _ASKING_OPENS, re.IGNORECASE)
"""A statement of several words before a colon and the question it leads to ("Nous déménageons le 1er décembre :
pourriez-vous envoyer les prochains colis au 7 rue des Tanneurs ?"): the occasion, not what is asked."""
_SAID_IN_FULL = 4
"""Keywords a question after a statement and a colon needs to say what it asks without the statement."""
_SEE_TO_IT = re.compile(
    r"\bsort\s+(?:this|it|that|things|everything)\s+out\b|\bsort\s+out\s+(?:this|it|that)\b|"
    r"\b(?:deal\s+with|take\s+care\s+of|resolve|fix)\s+(?:this|it|that)\b|\bdarum\s+k[üu]mmern\b|"
    r"\br[ée]gler\s+(?:[çc]a|cela)\b|\b(?:solucionar|arreglar)(?:lo|la)\b|\bbescheid\s+(?:zu\s+)?geben\b|"
    r"\bkeep\s+(?:an|a\s+close)\s+eye\s+(?:out|on\s+(?:it|them|this|that|things))(?:\s+for\s+(?:it|them|me|us|one))?",
    re.IGNORECASE)
"""Asking to see to a matter named before, by a pronoun ("Can you please sort this out?", "Könnten Sie sich bitte
darum kümmern?"), to be told of it ("Können Sie mir bitte Bescheid geben?") or to watch for it ("Could you keep an
eye out for them?", said of lost shoes): what it asks is that matter; the verb names none."""

_WHILE_AT_IT = re.compile(
    r"\bwhile\s+(?:you(?:'re|\s+are)\s+at\s+it|it(?:'s|\s+is)\s+(?:with\s+you|open|in))\b|"
    r"\bau\s+passage\b|\bbei\s+der\s+gelegenheit\b|\bgleich\s+mit\b|\bde\s+paso\b",
    re.IGNORECASE)
"""Asking for a thing to be done alongside the main job ("Est-ce que vous pourriez installer Windows en français au
passage ?", "Könnten Sie bei der Gelegenheit …"): the phrase names no topic, and "le passage au SSD" is no answer."""


def asked_keywords(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The keywords of what a question asks, and those of the occasion it states first.

    What it asks is without its lead-in, the words that ask for a time, the reason the customer gives for asking
    (unless the reason is all it has) or the story they tell before "and I wondered whether", nor the statement it
    opens with before a colon when what follows says in full what it asks: that occasion speaks for the question as
    the statements around it do. "Léa est végétarienne : est-ce que les familles peuvent en tenir compte ?" asks
    about the statement itself."""
    asked = _WHILE_AT_IT.sub(" ", _LEAD_IN.sub("", text))
    asked = _REASON_BEFORE.sub("", _SEE_TO_IT.sub(" ", _TIME_ASKED.sub(" ", asked)))
    asked = _STORY_BEFORE.sub("", asked)
    occasion = frozenset()
    if (match := _STATEMENT_BEFORE.match(asked)) and len(keywords_of(asked[match.end():])) >= _SAID_IN_FULL:
        occasion = keywords_of(match.group(0))
        asked = asked[match.end():]
    return keywords_of(_REASON_GIVEN.sub("", asked)) or keywords_of(asked), occasion
