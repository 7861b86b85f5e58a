"""Whether the customer's own reaction to a reply leaves an unanswered-looking question in doubt.

The answer rules read shared words and the kind of answer; a reply that answers a plain question
in wholly other words ("What documents do I need?" - "Bring your licence and passport") slips
past them. The customer, though, knows whether they got their answer: when they write back only
to thank for the reply ("Brilliant, thanks Gemma") and ask nothing more, a plain question of
theirs was most likely answered, and a flag on it would accuse the agent on the rules' word alone.

Not every question is settled by thanks. One that asks for an amount, a date, a number or a place
is answered by one: a reply that gives none has not answered it in other words ("Was kostet ein
Hausbesuch?" - the dates of the next visits). A request is a deed to be done, and thanks for the
quote says nothing about the billing address to be changed. A question marked as an addition
("Also, could you tell me…", "Pourriez-vous aussi…", "Außerdem…") is the one a customer
forgets in the glow of the main answer. Both stay flagged.

The customer's next message speaks even when it is no thanks. The first question of a message is
what the customer wrote in about; one whose main question was ignored asks again or chases, and
does not write back about something else. A next message that does neither is their sign that
the main question was answered.
"""

from __future__ import annotations

from collections.abc import Sequence

from happyaudit.audit.answer_kinds import TYPED_ANSWERS, asks_for_action, says_kind
from happyaudit.audit.asides import marked_as_addition
from happyaudit.audit.chasing import ASKS_AGAIN_WORDS, find_reply_plea, is_chaser
from happyaudit.audit.language import is_acknowledgement_only
from happyaudit.audit.questions import Question
from happyaudit.audit.reply_evidence import deferring_sentences, evidence_sentences
from happyaudit.audit.words import keywords_of
from happyaudit.model import CaseMessage, Role


def settled_by_thanks(question: Question) -> bool:
    """Whether the customer's thanks for a reply can settle this question: a plain question, direct
    and asking for a fact, not a request for a deed and not marked as an addition."""
    return (question.kind == "direct" and not asks_for_action(question)
            and not marked_as_addition(question))


def thanks_after_reply(question: Question, asked: CaseMessage, messages: Sequence[CaseMessage],
                       support: Sequence[CaseMessage]) -> tuple[CaseMessage, CaseMessage] | None:
    """The customer's first message after a support reply to the question that only thanks and asks nothing
    more, and the support reply it thanks for (the last one before it), when the replies before the thanks
    give the kind of answer the question asks for, if it asks for a specific one; else ``None``."""
    replies = [reply for reply in support if reply.message.date > asked.message.date]
    if not replies:
        return None
    for message in messages:
        if (message.role is Role.CUSTOMER and message.message.date > replies[0].message.date
                and is_acknowledgement_only(message.message.new_text)):
            thanked = [reply for reply in replies if reply.message.date < message.message.date]
            if not _answers_something(thanked[-1].message.new_text):
                return None  # thanks for "I'll check and come back to you" waits for the answer; it has none yet
            if question.expects in TYPED_ANSWERS and not any(
                    says_kind(question.expects, sentence)
                    for reply in thanked for sentence in evidence_sentences(reply.message.new_text)):
                return None
            return thanked[-1], message
    return None


def _answers_something(text: str) -> bool:
    """Whether a reply says anything beyond a promise to come back or a hand-over."""
    deferring = deferring_sentences(text)
    return any(sentence not in deferring for sentence in evidence_sentences(text))


def moved_on_after_reply(question: Question, asked: CaseMessage, messages: Sequence[CaseMessage],
                         support: Sequence[CaseMessage]) -> tuple[CaseMessage, CaseMessage] | None:
    """The customer's first message after a support reply to the question, when it carries on without asking the
    question again, and the reply it follows; else ``None``. Only for the first question of its message, not marked
    as an addition, and only after a reply that says more than "I'll come back to you".

    A customer whose secondary question went unanswered often never notices (the failure the rule exists to find),
    but one whose main question was ignored does not write back about something else: a next message that neither
    chases nor repeats the question's words is their own sign that it was answered, in words the rules could not read.
    """
    if not question.first or marked_as_addition(question):
        return None
    replies = [reply for reply in support if reply.message.date > asked.message.date]
    if not replies:
        return None
    after = [message for message in messages
             if message.role is Role.CUSTOMER and message.message.date > replies[0].message.date]
    if not after:
        return None
    next_message = after[0]
    text = next_message.message.new_text
    last_reply = [reply for reply in replies if reply.message.date < next_message.message.date][-1]
    # Thanks alone counts here for a request too: thanks for the quote says nothing of the billing address asked
    # for in passing, but a customer thanks for a reply to the very thing they wrote in for only once it was done.
    if not _answers_something(last_reply.message.new_text):
        return None
    if is_chaser(text) or find_reply_plea(text) is not None:
        return None
    if len(question.keywords & keywords_of(text)) >= min(ASKS_AGAIN_WORDS, len(question.keywords) or 1):
        return None
    return last_reply, next_message
