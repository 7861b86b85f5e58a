"""Questions that one kind of reply sentence answers whatever its words.

Some questions are answered by what a sentence does rather than by the words it shares with them:
a recommendation answers "Which would you recommend?", the papers named answer "What do I need to
bring?", a visit booked for a day answers "Can you send someone?". answers.py asks this before it
weighs words, and only for a question no other open question asks the same way, as one such sentence
cannot tell two of them apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from happyaudit.audit.answer_kinds import (
    asks_for_advice,
    gives_advice,
    names_a_day,
    proposes_a_time,
)
from happyaudit.audit.documents import asks_which_papers, names_papers
from happyaudit.audit.questions import Question

_ASKS_VISIT = re.compile(
    r"\b(?:send|get)\s+(?:someone|somebody|an?\s+(?:engineer|technician|plumber|electrician|fitter|installer|"
    r"surveyor)|one\s+of\s+your\s+(?:engineers|technicians|team))\b(?!\s+(?:an?\s+)?(?:e-?mail|message|link|invoice))|"
    r"\b(?:can|could|would|will)\s+(?:you|someone|somebody|an?\s+engineer|a\s+technician)\s+(?:please\s+)?"
    r"(?:come\s+(?:out|round|over|and)|pop\s+(?:round|over|in))\b|"
    r"\b(?:jemanden|einen\s+(?:techniker|monteur|handwerker|installateur))\s+(?:\w+\s+){0,3}?(?:vorbei)?schicken\b|"
    r"\bvorbeikommen\b|\benvoyer\s+(?:quelqu'un|un\s+(?:technicien|plombier|chauffagiste|r[ée]parateur))\b|"
    r"\b(?:enviar|mandar)(?:nos|me)?\s+(?:a\s+)?(?:alguien|un\s+t[ée]cnico|un\s+fontanero)\b",
    re.IGNORECASE)
"""A request for a visit ("Can you send someone next week?", "Pourriez-vous envoyer quelqu'un cette semaine ?",
"Können Sie jemanden vorbeischicken?"), not for something to be sent."""
_BOOKS_VISIT = re.compile(
    r"\b(?:can|could|will|'ll)\s+(?:be\s+(?:with\s+you|there|round)|come(?!\s+back)|call\s+round|pop\s+(?:round|over|in)|"
    r"visit)\b|\bis\s+booked\s+(?:in|for)\b|\b(?:booked|book)\s+(?:you|him|her|them|\w+)\s+in\b|"
    r"\bje\s+vous\s+propose\b|\b(?:passera|viendra|interviendra)\b|\b(?:kommt|kommen)\s+(?:am|morgen|heute)\b|"
    # "kommt am Montag vorbei", not "die Saison ist vorbei"
    r"\b(?:kommt|kommen|komme|schaut|schauen)\s+(?:[\w.,]+\s+){0,5}?vorbei\b|"
    r"\b(?:ir[áa]n?|pasar[áa]n?|vendr[áa]n?)\s+(?:el|ma[ñn]ana|hoy|esta)\b",
    re.IGNORECASE)
"""A reply sentence that sends someone ("Tariq can come tomorrow", "Sam will be with you on Wednesday", "Je vous
propose mardi 17 novembre", "el técnico irá el martes"): with a day or time, it books the visit asked for."""


def asks_for_a_visit(question: Question) -> bool:
    """Whether a question asks support to send someone round."""
    return _ASKS_VISIT.search(question.text) is not None


def books_a_visit(sentence: str) -> bool:
    """Whether a reply sentence books someone to come at a day or time: the answer to a request for a visit,
    whatever its words."""
    # or offers the slot: "I could see your mare on Wednesday 11th at 2pm or Friday 13th at 10am - whichever suits."
    return (_BOOKS_VISIT.search(sentence) is not None or proposes_a_time(sentence)) and names_a_day(sentence)


_ANSWERED_IN_ANY_WORDS = (
    (asks_for_advice, gives_advice, "gives a recommendation, which only this question asks for"),
    (asks_which_papers, names_papers, "names the papers asked for"),
    (asks_for_a_visit, books_a_visit, "books the visit asked for"),
)
"""Each kind of question, the sentence that answers it, and what ``show`` says it did: advice ("Which would you
recommend for a fish prep section?" - "for filleting I'd go heavy-duty"), papers ("¿Qué documento tengo que
enseñar?" - "Basta con el carné universitario y el DNI") and visits ("Can you send someone next week?" - "Tariq can
come tomorrow, Tuesday 10th, between 12 and 2"). Such a sentence answers its question even when it also answers
another one."""


def answered_in_any_words(question: Question, rivals: Sequence[Question],
                          evidence: Sequence[str]) -> tuple[str, str] | None:
    """What a reply does for a question one kind of sentence answers, and the sentence that does it, when no rival
    asks the same way; else ``None``."""
    for asks, gives, says in _ANSWERED_IN_ANY_WORDS:
        if asks(question) and not any(asks(rival) for rival in rivals):
            sentence = next((sentence for sentence in evidence if gives(sentence)), None)
            if sentence is not None:
                return says, sentence
    return None
