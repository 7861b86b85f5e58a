"""Which customer question a support promise took up ("I'll check the shipping to Melbourne and come back to you").

A deferred question is the promise's business while the promise is open, missed or late: one failure, one finding
(``missed-follow-up``), not an ``unanswered-question`` beside it. Worked out for ``judgement.py``; pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from happyaudit.audit.answers import AnswerVerdict
from happyaudit.audit.asides import refers_back
from happyaudit.audit.commitments import is_promise, promise_sentences
from happyaudit.audit.promises import PromiseJudgement
from happyaudit.audit.question_kinds import asks_price
from happyaudit.audit.questions import Question
from happyaudit.audit.reply_evidence import (
    deferring_sentences,
    evidence_sentences,
    hands_over_whole_message,
)
from happyaudit.audit.rivals import distinct_keywords
from happyaudit.audit.sign_off import without_signature_block
from happyaudit.audit.text import split_sentences
from happyaudit.audit.time_words import TIME_BOUND
from happyaudit.audit.vocabulary import PRICE_GROUP, SENDING
from happyaudit.audit.words import keywords_of, tokens
from happyaudit.model import CaseMessage


def deferred_by_promise(index: int, questions: list[tuple[CaseMessage, Question]], answered: dict[int, AnswerVerdict],
              promises: list[PromiseJudgement], support: Sequence[CaseMessage]) -> AnswerVerdict | None:
    """The verdict for a question a later support promise took up, else ``None``.

    A promise takes up a question when it names its topic ("I'll check the shipping to
    Melbourne"), or when it comes in the first reply after the question, names no other
    question's topic ("Let me check with the warehouse and get back to you", "Tariq will be in
    touch") and leaves no doubt which question it defers: the reply answers none of the
    message's questions, or all of them but this one. While that promise is open, missed or
    late, the question is the promise's business: one failure, one finding
    (``missed-follow-up``). Once it was kept, the question must have been answered like any other;
    so must one a promise that did not name it took up, once that promise was delivered, late or not
    ("I'll get back to you" - "The credit is applied" leaves "Could you confirm my end date?" open).
    """
    asked, question = questions[index]
    wanted = distinct_keywords(question) or (question.topic | question.context)
    if refers_back(question):
        wanted |= question.context
    # "If so, roughly how much would it add?" - "I'll come back to you with a price": asking what it costs
    # names the price it asks for without the word. A question with a price word of its own is judged by its
    # own words, which leave out the price when it repeats the message's earlier "quote".
    if asks_price(question.text) and PRICE_GROUP not in question.keywords:
        wanted |= {PRICE_GROUP}
    # So does asking when: "Quand est-ce que l'équipe pourrait passer ?" - "je vous confirme la date par mail demain",
    # "Wann hätten Sie Zeit?" - "Den Termin stimme ich mit dem Team ab".
    if question.expects == "when":
        wanted |= _THE_DATE
    # And asking how much: "How much will be refunded for the six nights?" - "I'll come back to you with the amount".
    if question.expects == "how_much":
        wanted |= _THE_AMOUNT
    first_reply = next((s for s in support if s.message.date > asked.message.date), None)
    siblings = [j for j, (cm, _) in enumerate(questions) if cm is asked and j != index]
    # A reply that is only the promise defers every question it leaves open; one that also speaks to the
    # matter ("L'erreur E34 concerne la sonde. Je transmets votre dossier…") follows up on that matter,
    # the message's first question, and leaves a request made in passing as open as it was.
    if first_reply is None:
        only_promise = True
    else:
        deferring = deferring_sentences(first_reply.message.new_text)
        only_promise = all(sentence in deferring for sentence in evidence_sentences(first_reply.message.new_text))
    unambiguous = all(j in answered for j in siblings) or (
        not any(j in answered for j in siblings) and (only_promise or question.first))
    for j in promises:
        promised_at = j.message.message.date
        if promised_at <= asked.message.date or j.outcome == "kept":
            continue
        promised = frozenset().union(*(keywords_of(_COMING_BACK.sub(" ", s))
                                       for s in promise_sentences(j.message.message.new_text)))
        mid = j.message.message.message_id
        if _names_same_matter(wanted, promised):
            return AnswerVerdict(mid, f"deferred by the promise in {mid} ({j.outcome}); judged as a follow-up",
                                 "deferred")
        # "I have a template that does this. I'll tidy it up and send it by Friday": the promise's "it" is
        # what the sentence before it spoke of, so that counts as what it names too.
        named = promised | _words_before_promises(j.message.message.new_text)
        if any(_TIMING.search(sentence) for sentence in promise_sentences(j.message.message.new_text)):
            named |= {_WHEN_MATTER}
        # A question with no words of its own ("What should we do?") is named by the statements around it.
        # One that asks when, or for a time limit, is named by a promise on the timing ("Would it be possible to get
        # someone in before Friday?" - "As for timing, let me see what the diaries look like and I'll get back to you").
        others = ((other.keywords or other.context) | ({_WHEN_MATTER} if _asks_when(other) else frozenset())
                  for cm, other in questions if other is not question and cm.message.date < promised_at)
        # A promise that came late was still delivered: the delivery is there to judge what it did not name.
        # A promise that names another question's matter is that one's, unless it hands the whole message on.
        promise_text = j.message.message.new_text
        if (j.outcome != "late" and j.message is first_reply and unambiguous
                and (_defers_the_rest(promise_text) or (
                    (hands_over_whole_message(promise_text) or not any(named & keywords for keywords in others))
                    and not _names_another_matter(promise_text, asked.message.new_text, question)))):
            return AnswerVerdict(mid, f"deferred by the promise in {mid} ({j.outcome}), the first reply after it; "
                                      "judged as a follow-up", "deferred")
    return None


_COMING_BACK = re.compile(r"\b(?:get|come|coming|getting|report|write|circle|be)\s+back\s+to\s+(?:you|u)\b", re.IGNORECASE)
"""How a promise says it will write again ("I'll come back to you by Wednesday"): its "back" names no matter, not
the pallets "taken back"."""
_THE_DATE = frozenset().union(*(keywords_of(word) for word in ("date", "datum", "fecha", "termin")))
"""The keywords of a date or an appointment in any language, which a promise names when it defers a "when"."""
_TIMING = re.compile(r"\b(?:timing|schedul\w*|diar(?:y|ies)|zeitplan\w*|calendrier|horarios?)\b", re.IGNORECASE)
"""Words for when something can happen, with which a promise defers a question of when ("As for timing, …")."""
_WHEN_MATTER = "~when"
"""The matter of a question of when, and of a promise on the timing, as one word they share."""


def _asks_when(question: Question) -> bool:
    """Whether a question asks when, or whether something can happen by a time ("before Friday's delivery")."""
    return question.expects == "when" or TIME_BOUND.search(question.text) is not None


_THE_AMOUNT = frozenset().union(*(keywords_of(word) for word in ("amount", "betrag", "montant", "importe")))
"""The keywords of a sum in any language, which a promise names when it defers a "how much"."""

_THE_REST = re.compile(
    r"\b(?:for|as\s+for|on)\s+the\s+rest\b(?!\s+of\b)|\beverything\s+else\b|\bthe\s+other\s+(?:points|questions|things|matters)\b|"
    r"\bpour\s+le\s+reste\b|\bf[üu]r\s+den\s+rest\b|\bzum\s+rest\b|\bf[üu]r\s+alles\s+andere\b|\bpara\s+lo\s+dem[áa]s\b|"
    r"\ben\s+cuanto\s+al\s+resto\b", re.IGNORECASE)
"""A promise that takes up what the reply left over ("For the rest I'd like to go through your data with our designer
and I'll come back to you"), whatever another question's words it names; not "the rest of your order"."""


def _defers_the_rest(text: str) -> bool:
    """Whether a reply's promise defers whatever the reply did not answer, by calling it the rest."""
    return any(_THE_REST.search(sentence) for sentence in promise_sentences(text))


def _names_same_matter(wanted: frozenset[str], promised: frozenset[str]) -> bool:
    """Whether a promise names what a question asks about: a word they share beyond sending itself, unless sending
    is all the question names ("Could you send a sample of a certified translation?" - "I'll send you a framework
    proposal early next week" promises the proposal, not the sample)."""
    shared = wanted & promised
    return bool(shared - {SENDING} or (shared and wanted <= {SENDING}))


def _names_another_matter(promise_text: str, asking_text: str, question: Question) -> bool:
    """Whether a reply's promise names a matter the customer raised around the question (its context), not in it.

    "Necesito renovar la receta de Toby (Vetoryl 30 mg). ¿Pueden enviarme las pastillas a casa?" - "He pasado la
    solicitud de Vetoryl al Dr. Patel; le escribo el lunes": the promise is about the renewal, not the delivery.
    Words are compared as written, not by their stems: two long compounds that begin alike ("Firmenfitness",
    "Firmenkunden-Abteilung") are no shared matter.
    """
    promised = _written_words(" ".join(promise_sentences(promise_text)))
    if not promised or promised & _written_words(question.text):
        return False
    around = question.context - question.keywords
    return any(keywords_of(word) & around for word in promised & _written_words(asking_text))


def _written_words(text: str) -> frozenset[str]:
    """The content words of a text as written, lower-cased: no function words, no word without keywords."""
    return frozenset(token.lower() for token in tokens(text) if keywords_of(token) and not token.isdigit())


def _words_before_promises(text: str) -> frozenset[str]:
    """The keywords of the sentence right before each promise of a support text: what the promise
    refers back to ("I have a template for that. I'll tidy *it* up and send it")."""
    sentences = split_sentences(without_signature_block(text))
    return frozenset().union(*(keywords_of(sentences[i - 1]) for i in range(1, len(sentences))
                               if is_promise(sentences[i])))
