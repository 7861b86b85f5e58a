"""Whether a reply takes up a question in its own words: the topical answer rule.

A reply answers a question topically when its sentences share the question's own keywords and names (stemmed, with
related support words grouped), enough of them or beside the kind of answer the question asks for (a date for
"when", an amount for "how much", a yes, a no or a done for a request); when it picks one of a choice's options;
when a form letter says it in so many words; or when one of its sentences speaks to this question and to none of the
others open. The strongest of the rules that read a reply's words, and the one most questions are answered by.
"""

from __future__ import annotations

from collections.abc import Sequence

from happyaudit.audit.answer_kinds import (
    TYPED_ANSWERS,
    asks_for_action,
    kind_of_answer,
    names_option,
)
from happyaudit.audit.asides import asked_in_passing
from happyaudit.audit.question_kinds import asks_how_long
from happyaudit.audit.questions import Question
from happyaudit.audit.reply_evidence import deferring_sentences
from happyaudit.audit.rivals import (
    CONTEXT_CAP,
    CONTEXT_WEIGHT,
    distinct_keywords,
    entity_in,
    exclusive_sentence,
    restates,
)
from happyaudit.audit.text import shown_sentence
from happyaudit.audit.verdicts import (
    AnswerVerdict,
    Reading,
    display_keywords,
    join_words,
    matched_words,
)
from happyaudit.audit.vocabulary import SENDING
from happyaudit.audit.words import keywords_of

_MANY_OWN_WORDS = 4
"""A question with this many words of its own or more is answered by a reply that shares but one of them only when
the fitting kind of answer stands beside that word, not anywhere in the reply."""


def topical_answer(reading: Reading) -> AnswerVerdict | None:
    """A reply that takes up the question's own words and names (with the kind of answer it asks for, when it
    shares few), picks one of its options, says it in so many words, or has a sentence on it and on no other."""
    question, mid, evidence = reading.question, reading.mid, reading.evidence
    sentence_keywords, all_keywords, explicit_only = reading.sentence_keywords, reading.all_keywords, reading.explicit_only
    lowered = [sentence.lower().replace("#", "") for sentence in evidence]
    distinct = distinct_keywords(question)
    own = distinct & all_keywords
    entities = {e for e in question.entities if any(entity_in(e, s) for s in lowered)}
    # The statements around the questions of a paragraph speak for its first question, which a reply takes
    # up first; a later one ("Und bekomme ich eine Gutschrift?") needs a word or a name of its own. The
    # words it repeats from before it count like the statements around it, and so only beside one of its own:
    # "I still have four sessions left. Do they expire? Could I transfer the four sessions to my husband?" -
    # "your four sessions are fine until June" has not taken up the transfer.
    context = ((question.context - question.keywords) | (question.keywords - distinct)) & all_keywords \
        if own - {SENDING} or entities or question.first else frozenset()
    score = len(own) + 0.5 * len(entities) + min(CONTEXT_CAP, CONTEXT_WEIGHT * len(context))
    coverage = len(own) / len(distinct)
    fit = None
    for index, keywords in enumerate(sentence_keywords):
        near = keywords | (sentence_keywords[index - 1] if index else frozenset())
        if near & (question.keywords | question.context):
            fit = fit or kind_of_answer(question, evidence[index])
    if question.options and any(names_option(question, sentence) for sentence in evidence):
        return AnswerVerdict(mid, f"reply {mid} picks one of the options ({join_words(sorted(question.options))})", "topical")
    # A "why" is answered by a reason (or a done), not by its own figures said back: "Why has the monthly price gone
    # up from GBP 16.00 to GBP 19.50?" - "Your next payments of GBP 19.50 will be collected on 1 December".
    # So is a "how long" by a length of time or a date: "And how long would that take for three doors?" - "£85 a door,
    # so £255 for the three" gives the price.
    reason_owed = (question.expects == "why" or (question.expects == "how_much" and question.kind != "request")
                   or (question.expects == "when" and asks_how_long(question.text)))
    # One shared word and a fitting kind of answer do. When the word is one of five or more of the question's own, the
    # answer must stand beside it: "Can we also get the instruments delivered directly to the school rather than to the
    # office?" is not answered by "Our scheme supplies … to more than 140 schools" and a "Please find our brochure
    # attached", but "¿podemos llevar nuestra propia tarta de cumpleaños casera?" is by "la tarta podéis traerla sin
    # problema".
    # Nor is "Könnten Sie uns auch die Beschläge (Bänder, Riegel, Bodenanschlag) mitliefern?" by "Lieferung nach
    # Salcombe inklusive": sending is how the things come, not what they are.
    fit_counts = fit is not None and (len(distinct) < _MANY_OWN_WORDS or any(
        (keywords & own) - {SENDING} and kind_of_answer(question, sentence)
        for sentence, keywords in zip(evidence, sentence_keywords, strict=True)))
    if (not explicit_only and (score >= 2 or (score >= 1 and (fit_counts or coverage >= 0.5))) and (fit or not reason_owed)
            and not money_back_left_out(question, all_keywords) and not _request_met_in_passing(
                question, own, entities, evidence, sentence_keywords)):
        mentioned = (matched_words(question.text, own) or sorted(entities)
                     or matched_words(" ".join(evidence), context) or sorted(display_keywords(context | own)))
        reason = f"reply {mid} mentions {join_words(mentioned[:4])}"
        return AnswerVerdict(mid, reason + (f" and gives {fit}" if fit else ""), "topical")
    if explicit_only and len(distinct) >= 2:
        # A form letter answers what one of its sentences says back in full, as a yes, a no or a done: "Can I
        # book online?" - "You can book any workshop job online at https://…".
        spelled = next((sentence for sentence, keywords in zip(evidence, sentence_keywords, strict=True)
                        if distinct <= keywords and kind_of_answer(question, sentence)), None)
        if spelled is not None:
            return AnswerVerdict(mid, f"reply {mid} says it in so many words: \"{shown_sentence(spelled)}\"", "topical")
    if own and reading.rivals and not explicit_only and not asks_for_action(question):
        exclusive = exclusive_sentence(question, [r for r in reading.rivals if not restates(r, question)], evidence,
                                       sentence_keywords, deferring_sentences(reading.message.new_text))
        if exclusive is not None and (not (reason_owed or question.expects in TYPED_ANSWERS)
                                      or kind_of_answer(question, exclusive)):
            shown = join_words(matched_words(exclusive, question.keywords)[:3] or ["its subject"])
            return AnswerVerdict(mid, f"reply {mid} has a sentence on {shown} and on none of the other questions",
                                 "topical")
    return None


def _request_met_in_passing(question: Question, own: frozenset[str], entities: set[str], evidence: Sequence[str],
                            sentence_keywords: Sequence[frozenset[str]]) -> bool:
    """Whether a reply meets a request made in passing only in passing: by the words around it, or by one of its
    words in a sentence that does not say it was done.

    "Also, please update the billing address to 27 Ashgrove Road - the invoice should go to the new place" - "the
    fee (£45) is passed on at cost on your invoice": one word of the request, said of something else, next to the
    street the customer named before. A request is taken up topically by two of its own words or names, or by one in
    a sentence that answers it (a done, a yes, a no); otherwise only the yes/no and done checks after can answer it.
    """
    if not (asks_for_action(question) and asked_in_passing(question)) or len(own) + 0.5 * len(entities) >= 2:
        return False
    return not any(keywords & own and kind_of_answer(question, sentence)
                   for sentence, keywords in zip(evidence, sentence_keywords, strict=True))


_MONEY_BACK = "~refund"
"""The keyword group of a refund in every language (refund, erstatten, rembourser, reembolso, …)."""
_MONEY_BACK_WORDS = frozenset().union(*(keywords_of(word) for word in (
    "refund", "credit", "gutschrift", "gutgeschrieben", "abono", "abonar", "waive", "tegoed")))
"""The keywords of a reply that speaks of money back in any form: a refund or a compensation (one word group), a
credit ("wird Ihnen gutgeschrieben", "abonaremos"), a waived charge."""


def money_back_left_out(question: Question, reply_keywords: frozenset[str]) -> bool:
    """Whether a request for money back meets a reply that never speaks of money back.

    "Can I get that fee refunded?" - "The booking fee covers card processing and is charged per
    order": a reply on the topic that explains the charge and leaves the refund undecided, the most
    common way a refund request goes unanswered. Such a reply answers it only with a yes, a no or a
    done, which the checks after the topical one still find.
    """
    return (_MONEY_BACK in question.keywords and asks_for_action(question)
            and not _MONEY_BACK_WORDS & reply_keywords)
