"""Whether a later human support reply addressed a customer's question, and why we think so.

Signals, strongest first: the reply quotes the question inline and writes an answer under it;
the reply's own sentences share the question's keywords and entities (stemmed, with related
support words grouped), ideally in a sentence that also has the expected kind of answer (a
date for "when", an amount for "how much", a yes/no or "done" for a request). Sentences that
only promise to come back ("I'll check on the shipping question") never count as an answer.
Tuned for precision of the unanswered flag: when in doubt, a question counts as answered.

The kinds of answer a sentence gives are in answer_kinds.py; which sentences of a reply count as
evidence, in reply_evidence.py; which of several open questions a reply sentence speaks to, in
rivals.py; whether a file or link a reply hands over is the document asked for, in documents.py; which questions
one kind of sentence answers whatever its words, in any_words.py; the topical rule (shared words and names), in
topical.py. This module runs the rules in turn, strongest evidence first: which reply answers which question, and
why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from happyaudit.audit.answer_kinds import (
    AFFIRMATION_OPENING,
    DONE_OPENING,
    TYPED_ANSWERS,
    asks_for_action,
    echoes_asking_verb,
    gives_sum,
    kind_of_answer,
    opens_with_deed_asked,
)
from happyaudit.audit.any_words import answered_in_any_words
from happyaudit.audit.asides import asked_in_passing
from happyaudit.audit.documents import (
    LINK,
    attachment_answers,
    files_handed_over,
    leaves_document_out,
    link_answers,
    links_what_was_asked,
    says_document_sent,
)
from happyaudit.audit.measures import asks_measure, gives_measure_asked
from happyaudit.audit.mirrored import mirrored_opening
from happyaudit.audit.question_kinds import asks_price, asks_yes_or_no
from happyaudit.audit.questions import Question
from happyaudit.audit.reply_evidence import (
    asks_something_back,
    evidence_sentences,
    inline_blocks,
    is_canned_reply,
    is_pleasantry,
    item_under_number,
    only_pleasantries,
    without_inline_answers,
)
from happyaudit.audit.rivals import (
    distinct_keywords,
    is_thin,
    only_one_asks_for_it,
    own_clauses,
    restates,
    taken_elsewhere,
)
from happyaudit.audit.text import shown_sentence
from happyaudit.audit.time_words import MONTHS
from happyaudit.audit.topical import money_back_left_out, topical_answer
from happyaudit.audit.verdicts import (
    AnswerVerdict,
    Reading,
    display_keywords,
    join_words,
    matched_words,
)
from happyaudit.audit.vocabulary import PRICE_GROUP, STOP_WORDS
from happyaudit.audit.words import compound_readings, keywords_of, tokens
from happyaudit.audit.yes_for_each import answers_every_yes_no
from happyaudit.model import CaseMessage, Message

_INLINE_MIN_OVERLAP = 0.7
"""Share of the question's words a quoted line must contain to be that question."""
_SHORT_REPLY_WORDS = 30
_GENERIC_MIN_MATCHES = 1
_GENERIC_MIN_WORDS = 6


def _words(text: str) -> set[str]:
    return {token.lower() for token in tokens(text)}


def _quotes(quote: str, question_words: set[str]) -> bool:
    """Whether a quoted line of an inline reply is the question of these words."""
    return bool(question_words) and len(question_words & _words(quote)) / len(question_words) >= _INLINE_MIN_OVERLAP


_BARE_VALUE_WORDS = 2
"""A reply sentence with at most this many words beside its numbers and links ("240.", "£45 a head",
"https://…/floorplan.pdf") is a bare value: it answers whichever question asks for its kind."""
_WORD = re.compile(r"[^\W\d_]{2,}")


def _is_bare_value(sentence: str) -> bool:
    """Whether a reply sentence is a value with hardly a word around it (a number, an amount, a date, a link)."""
    words = _WORD.findall(LINK.sub(" ", sentence))
    return sum(1 for word in words if word.lower() not in STOP_WORDS) <= _BARE_VALUE_WORDS


def _judge(question: Question, message: Message, first_reply: bool,
           rivals: Sequence[Question] = (), settled: Sequence[Question] = ()) -> AnswerVerdict | None:
    """``judge_reply``: the reply's form first (a quote answered inline, a numbered point, the file or link asked
    for), then its words, read by the stages below in turn, strongest evidence first."""
    mid = message.message_id
    blocks = inline_blocks(message.new_text)
    question_words = _words(question.text) if blocks else set()  # most replies quote nothing inline
    for quote, answer in blocks:
        if _quotes(quote, question_words):
            if answer and evidence_sentences(answer):
                return AnswerVerdict(mid, f"answered inline by {mid}", "inline")
            return None  # quoted and deferred: this reply does not answer it
    if question.number and (item := item_under_number(question.number, message.new_text)) is not None:
        return AnswerVerdict(mid, f"reply {mid} answers point by point: \"{shown_sentence(item)}\"", "inline")
    if attachment_answers(question, message, rivals):
        return AnswerVerdict(mid, f"reply {mid} hands over {join_words(files_handed_over(message)[:3])}, the document "
                                  "asked for", "attachment")
    reply_text = message.new_text
    if blocks and rivals:
        # The answers under the quotes of the other questions are theirs.
        rival_words = [_words(rival.text) for rival in rivals]
        reply_text = without_inline_answers(reply_text, lambda quote: any(_quotes(quote, words) for words in rival_words))
    whole_reply = evidence_sentences(reply_text)
    if link_answers(question, whole_reply, rivals) or links_what_was_asked(question, whole_reply, rivals):
        return AnswerVerdict(mid, f"reply {mid} gives a link, which the question asks for", "attachment")
    if (sent := says_document_sent(question, message, rivals)) is not None:
        return AnswerVerdict(mid, f"reply {mid} says the document was sent: \"{shown_sentence(sent)}\"", "attachment")
    if leaves_document_out(question, message):
        return None
    explicit_only = answered_only_explicitly(question, message.new_text)
    if not explicit_only and (found := answered_in_any_words(question, rivals, whole_reply)) is not None:
        says, sentence = found
        return AnswerVerdict(mid, f"reply {mid} {says}: \"{shown_sentence(sentence)}\"", "topical")
    evidence = _own_evidence(question, whole_reply, rivals, settled)
    if question.expects == "yes_no":
        # "Oui et oui !", "We do: … - and yes, 30 degrees": a yes or no for each question, whichever sentence it is in
        given = answers_every_yes_no(1 + sum(rival.expects == "yes_no" for rival in rivals), whole_reply)
        if given is not None:
            return AnswerVerdict(mid, f"reply {mid} answers each yes/no question: \"{given}\"", "yes-no")
    # The first reply opening with a yes or a no answers the message's first question, even when a later question
    # shares more of that sentence's words: "Is that right, and do I need to bring any proof? I was also wondering
    # whether the eye screening replaces the eye test" - "Yes - your NHS eye test is free; just bring…".
    first_yes_or_no = (lead_yes if question.expects == "yes_no" and question.first and first_reply and whole_reply
                       and (lead_yes := AFFIRMATION_OPENING.match(whole_reply[0])) and (
                           question.keywords & keywords_of(whole_reply[0]) or echoes_asking_verb(question, lead_yes))
                       else None)
    if not evidence and question.keywords:
        return _yes_no_verdict(mid, first_yes_or_no) if first_yes_or_no else None
    sentence_keywords = tuple(_with_value_named(question, keywords_of(sentence), sentence) for sentence in evidence)
    reading = Reading(question, message, first_reply, rivals, evidence, sentence_keywords,
                       frozenset().union(*sentence_keywords), explicit_only, first_yes_or_no)
    if ((question.expects in TYPED_ANSWERS or asks_measure(question))
            and (verdict := _typed_answer(reading)) is not None):
        return verdict
    if not question.keywords:
        return None if explicit_only else _plea_answered(reading)
    return (topical_answer(reading) or _yes_no_answer(reading) or _done_answer(reading)
            or _short_reply_answer(reading))


def _own_evidence(question: Question, whole_reply: tuple[str, ...], rivals: Sequence[Question],
                  settled: Sequence[Question]) -> tuple[str, ...]:
    """The reply's sentences that may speak to this question: not those another open question takes (save the
    clauses that are this one's), nor those that go back over a question an earlier reply answered."""
    if not ((rivals or settled) and question.keywords):
        return whole_reply
    competitors = [rival for rival in rivals if not restates(rival, question)]
    # "Could you fit a grab rail? Is that something you do, and roughly what would it cost?" - "Yes, we fit grab
    # rails: a 60 cm rail is £65": the amount is the price only one of them asks, after its yes. (A question
    # that asks the price alone is answered by an amount as its kind of answer, further down.)
    price_asked_alone = (question.expects != "how_much" and asks_price(question.text)
                         and not any(asks_price(rival.text) for rival in competitors))
    kept: list[str] = []
    for sentence in whole_reply:
        # So is a distance or a duration only this question asks for: "¿A qué distancia está el aparcamiento?" - "El
        # coche se deja a 15 metros de la puerta, y el camino es liso" is also the path's answer.
        if not taken_elsewhere(question, competitors, settled, sentence) or (
                price_asked_alone and gives_sum(sentence)) or (
                gives_measure_asked(question, sentence)
                and not any(gives_measure_asked(rival, sentence) for rival in competitors)):
            kept.append(sentence)
        else:
            kept.extend(own_clauses(question, [*competitors, *settled], sentence))
    return tuple(kept)


def _typed_answer(reading: Reading) -> AnswerVerdict | None:
    """The kind of answer only this question asks for ("How much is it?" - "Single earbuds are GBP 49")."""
    question, mid = reading.question, reading.mid
    # The amount is its answer when no other question asks for one. A fuller question is answered so only by a bare
    # value: "240." and a link under "What's the capacity? And where can I see a floor plan?"
    typed = next((sentence for sentence in reading.evidence
                  if (is_thin(question, distinct_keywords(question)) or _is_bare_value(sentence)
                      or gives_measure_asked(question, sentence))
                  and only_one_asks_for_it(question, reading.rivals, sentence)), None)
    if typed is None:
        return None
    kind = gives_measure_asked(question, typed) or kind_of_answer(question, typed)
    return AnswerVerdict(mid, f"reply {mid} gives {kind}, the kind of answer only this question asks for", "topical")


def _plea_answered(reading: Reading) -> AnswerVerdict | None:
    """A plea without content of its own ("What can I do?", "Could you look into it?"), answered by a substantive
    reply on the message's topic, a plan of action included."""
    question, message, mid = reading.question, reading.message, reading.mid
    plan = frozenset().union(*(keywords_of(s) for s in evidence_sentences(message.new_text, True)))
    topic = (question.topic | question.context) & plan
    if len(topic) >= _GENERIC_MIN_MATCHES and len(plan) >= _GENERIC_MIN_WORDS:
        shown = matched_words(message.new_text, topic)[:4] or sorted(display_keywords(topic))
        return AnswerVerdict(mid, f"reply {mid} takes up the message ({', '.join(shown)})", "whole-message")
    # The first reply after the plea that explains or advises in its own words ("That's the overheat protection:
    # unplug it…") answers it, unless it only asks back for more.
    if (reading.first_reply and len(reading.all_keywords) >= _GENERIC_MIN_WORDS
            and not asks_something_back(message.new_text)):
        return AnswerVerdict(mid, f"reply {mid} answers with advice of its own", "whole-message")
    return None


def _yes_no_answer(reading: Reading) -> AnswerVerdict | None:
    """A yes/no question answered by a reply sentence that opens with a yes or a no, or in the question's own terms
    ("Is the tent waterproof?" - "The tent is fully waterproof")."""
    question, message, mid, evidence = reading.question, reading.message, reading.mid, reading.evidence
    if question.expects != "yes_no" or not evidence:
        return None
    rivals = reading.rivals
    # A reply that opens with a yes or a no answers the one yes/no question open, or else the
    # first question of the message, which replies take up first. A request for a document the reply's
    # file answered ("Can you send the invoice? Is VAT shown on it?" - "Attached. Yes.") asks for no yes.
    # A request the reply reports done ("Can you cancel the add-on? And is the history kept?" - "Done - … Yes.")
    # has its answer: the yes is the other question's.
    done_given = not asks_for_action(question) and any(DONE_OPENING.match(sentence) for sentence in evidence)
    if not any(asks_yes_or_no(rival.text, rival.expects)
               and not attachment_answers(rival, message, [question, *rivals])
               and not (done_given and asks_for_action(rival)) for rival in rivals):
        # not a thanks returned with a goodbye: "Avec plaisir, à samedi prochain !"
        opening = next((sentence for sentence in evidence
                        if AFFIRMATION_OPENING.match(sentence) and not is_pleasantry(sentence)
                        and not _says_another_deed(question, sentence)), None)
    else:
        lead = _opening_sentence(evidence)
        opening = (lead if question.first and reading.first_reply and AFFIRMATION_OPENING.match(lead)
                   and not _says_another_deed(question, lead) else None)
    if opening is not None or reading.first_yes_or_no:
        return _yes_no_verdict(mid, AFFIRMATION_OPENING.match(opening) if opening is not None
                               else reading.first_yes_or_no)
    # The sentence is this question's when no other open question asks about a thing in the same terms,
    # or, when several do, it opens the first reply and this is the message's first question. A choice
    # ("Does it take GN trays, or only bakery trays?") is answered by naming an option, checked above:
    # "It's £2,450" speaks of the thing without choosing.
    mirrored = None if question.options or reading.explicit_only else next((
        sentence for index, sentence in enumerate(evidence) if mirrored_opening(question, sentence)
        and (not any(mirrored_opening(rival, sentence) for rival in rivals)
             or (index == 0 and question.first and reading.first_reply))), None)
    if mirrored is not None:
        return AnswerVerdict(mid, f"reply {mid} answers the yes/no question in its own terms: "
                                  f"\"{mirrored_opening(question, mirrored)}\"", "yes-no")
    return None


_WE_CAN_DO = re.compile(r"^\W*(?:we|i)\s+(?:do|can|will|don't|can't|won't)\s+(?:usually\s+|normally\s+|also\s+|"
                        r"always\s+|often\s+|then\s+)*([a-z]+)", re.IGNORECASE)
"""A reply sentence that opens "We can …", "We do …" or "I will …" and goes on with a verb ("We can usually collect
within ten days")."""


def _says_another_deed(question: Question, sentence: str) -> bool:
    """Whether a sentence's "we can / we do" opening goes on with a deed the question did not ask about: "Do you
    buy second-hand pianos?" - "We can usually collect within ten days" says what else they do, not yes."""
    match = _WE_CAN_DO.match(sentence)
    # "We can have everything cleared by 10:30": the deed is what it has done, after "have" or "get"
    return (match is not None and (bool(keywords_of(match.group(1))) or match.group(1).lower() in ("have", "get"))
            and not keywords_of(sentence) & (question.keywords | question.context))


def _done_answer(reading: Reading) -> AnswerVerdict | None:
    """A request answered by a reply that opens with "Done" (the one request open, or else the message's first
    question) or with the deed asked for in one word ("Renewed - …")."""
    question, mid, evidence = reading.question, reading.mid, reading.evidence
    if not asks_for_action(question) or not evidence:
        return None
    if not any(asks_for_action(rival) for rival in reading.rivals):
        done = next((sentence for sentence in evidence if DONE_OPENING.match(sentence)), None)
    else:
        lead = _opening_sentence(evidence)
        done = lead if question.first and reading.first_reply and DONE_OPENING.match(lead) else None
    if done is None:
        done = next((sentence for sentence in evidence if opens_with_deed_asked(question, sentence)), None)
    if done is None:
        return None
    opening = DONE_OPENING.match(done) or re.match(r"\W*\w+", done)
    return AnswerVerdict(mid, f"reply {mid} reports the request done: \"{opening.group(0).strip()}\"", "yes-no")


def _short_reply_answer(reading: Reading) -> AnswerVerdict | None:
    """The first reply to a message with one question, short and to the point: it answers it when it gives the
    expected kind of answer, or takes up what the customer wrote without asking back for more (a question back
    means the answer is still to come)."""
    question, message, mid, evidence = reading.question, reading.message, reading.mid, reading.evidence
    to_the_point = set(evidence_sentences(message.new_text, courtesy_rests=False))
    if not (question.single and reading.first_reply and not reading.explicit_only
            and not only_pleasantries(message.new_text) and not asked_in_passing(question)
            and sum(len(s.split()) for s in evidence if s in to_the_point) <= _SHORT_REPLY_WORDS):
        return None
    fit = next((f for s in evidence if (f := kind_of_answer(question, s))), None)
    shared = question.topic & reading.all_keywords
    asks_back = asks_something_back(message.new_text)
    if not (fit or (shared and not asks_back and not money_back_left_out(question, reading.all_keywords))):
        return None
    what = f"gives {fit}" if fit else f"takes up {join_words(matched_words(' '.join(evidence), shared)[:3] or ['the message'])}"
    return AnswerVerdict(mid, f"short reply {mid} to the only question {what}", "short-reply")


def answered_only_explicitly(question: Question, reply_text: str) -> bool:
    """Whether a reply can answer a question only explicitly: a form letter (see is_canned_reply) to a yes/no
    question, a choice or a request. A form letter speaks of the topic in general; it may explain how things are
    ("Why was I charged a fee?" - "The processing fee covers payment handling"), but its words meet a "Can I
    buy the boxes without the packing service?" without answering it."""
    return ((question.expects == "yes_no" or bool(question.options) or asks_for_action(question))
            and is_canned_reply(reply_text))


_DATE_WORD = "date"
"""The keyword of the word "date", which a calendar date names."""
_CALENDAR_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?:{MONTHS})\b|"
                            rf"\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE)
"""A calendar date with its month written out ("6 December", "March 3rd", "le 6 décembre", "5 de diciembre")."""


def _with_value_named(question: Question, keywords: frozenset[str], sentence: str) -> frozenset[str]:
    """A reply sentence's keywords, with "date" when the question asks about the date and the sentence gives one
    ("Is the date available?" - "6 December is free and I've reserved it for you"), and with the price when it
    asks what something costs and the sentence gives an amount. Only for the question that asks: a date in a
    sentence does not make it another question's."""
    keywords = keywords | _compound_of_question_words(question, keywords, sentence)
    if _DATE_WORD in question.keywords and _DATE_WORD not in keywords and _CALENDAR_DATE.search(sentence):
        return keywords | {_DATE_WORD}
    # "Can you send a replacement, and what does it cost?" - "A new remote went in the post today (£38)": the
    # sum names the price, beside another word of the question if it has one (not "£210 for the panels" for the
    # cover's quote)
    if (PRICE_GROUP in question.keywords and PRICE_GROUP not in keywords and asks_price(question.text)
            and (keywords & question.keywords or question.keywords <= {PRICE_GROUP}) and gives_sum(sentence)):
        return keywords | {PRICE_GROUP}
    return keywords


def _compound_of_question_words(question: Question, keywords: frozenset[str], sentence: str) -> frozenset[str]:
    """The two words of the question a reply sentence writes as one compound ("Regeln für Hunde" -
    "Hunderegeln"), when the sentence has not named them apart."""
    missing = question.keywords - keywords
    if not missing:
        return frozenset()
    found: set[str] = set()
    for left, right in compound_readings(sentence):
        named = (left | right) & question.keywords
        if left & question.keywords and right & question.keywords and len(named) >= 2 and named & missing:
            found |= named
    return frozenset(found)


def _opening_sentence(evidence: Sequence[str]) -> str:
    """The first sentence of a reply past its answers to small talk ("Très bien, merci ! Oui, nous …"): where a
    reply opens on the customer's first question."""
    return next((sentence for sentence in evidence if not is_pleasantry(sentence)), evidence[0])


def _yes_no_verdict(message_id: str, yes_or_no: re.Match[str]) -> AnswerVerdict:
    """The verdict for a yes/no question a reply answers with a yes or a no, quoting it."""
    return AnswerVerdict(message_id, f"reply {message_id} answers the yes/no question: \"{yes_or_no.group(0).strip()}\"",
                         "yes-no")


def find_answer(
    question: Question,
    question_message_date: datetime,
    later_support_messages: Sequence[Message | CaseMessage],
    rivals: Sequence[tuple[datetime, Question]] = (),
) -> AnswerVerdict | None:
    """The first later human support message that addressed ``question``, with a reason; else ``None``.

    Only messages written after ``question_message_date`` count. A reply that only defers
    ("I'll check on the shipping question") or is generic ("Thanks, we'll look into it")
    answers nothing; a short reply right after a single question ("Yes, we do.") does.
    ``rivals`` are the customer's other questions with when they were asked: a reply sentence
    that answers one of them (asked before the reply) better is not evidence for this one.
    """
    messages = [m.message if isinstance(m, CaseMessage) else m for m in later_support_messages]
    later = sorted((m for m in messages if m.date > question_message_date), key=lambda m: m.date)
    for index, message in enumerate(later):
        competing = [q for asked, q in rivals if asked < message.date and q is not question]
        verdict = _judge(question, message, first_reply=index == 0, rivals=competing)
        if verdict is not None:
            return verdict
    return None


def judge_reply(question: Question, message: Message, first_reply: bool,
                rivals: Sequence[Question] = (), settled: Sequence[Question] = ()) -> AnswerVerdict | None:
    """Whether one human support message answers ``question``, with a reason; else ``None``.

    ``first_reply``: it is the first support message after the question was asked. ``rivals``:
    the customer's other questions still open when it was sent; a sentence that answers one of
    them clearly better is not evidence for this one. ``settled``: the questions earlier replies
    answered; a sentence that only goes back over one of them is not evidence either.
    """
    return _judge(question, message, first_reply, rivals, settled)


__all__ = [
    "AnswerVerdict",
    "answered_only_explicitly",
    "find_answer",
    "judge_reply",
]
