"""The judgement behind the question, promise and chasing rules: which questions a case's
replies answered, deferred or left open, which promises were kept, and where the customer
chased. Worked out once per case and shared by the rules and ``show``'s notes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from happyaudit.audit.acknowledged import (
    moved_on_after_reply,
    settled_by_thanks,
    thanks_after_reply,
)
from happyaudit.audit.answer_kinds import asks_for_action
from happyaudit.audit.answers import (
    AnswerVerdict,
    judge_reply,
)
from happyaudit.audit.asides import (
    follows_on,
    follows_on_a_yes,
    prices_the_one_before,
)
from happyaudit.audit.chasing import (
    ASKS_AGAIN_WORDS,
    asks_for_status,
    find_awaited,
    find_chase,
    find_reply_plea,
    is_resend,
    tells_of_earlier_contact,
)
from happyaudit.audit.chasing import chases as sentence_chases
from happyaudit.audit.commitments import (
    extract_commitments,
)
from happyaudit.audit.deferrals import deferred_by_promise
from happyaudit.audit.documents import leaves_document_out
from happyaudit.audit.doubt import questions_in_doubt, unaccounted_points
from happyaudit.audit.metrics import CaseMetrics
from happyaudit.audit.promises import PromiseJudgement, left_out_promises
from happyaudit.audit.questions import (
    Question,
    extract_questions,
    withdraws,
)
from happyaudit.audit.reply_evidence import evidence_sentences
from happyaudit.audit.rivals import distinct_keywords, restates
from happyaudit.audit.weighing import Weighing, is_flagged, question_features, weigh
from happyaudit.audit.words import keywords_of
from happyaudit.config import AuditConfig
from happyaudit.model import Case, CaseMessage, Role


@dataclass(frozen=True, slots=True)
class QuestionJudgement:
    """One customer question and what became of it."""

    message: CaseMessage
    question: Question
    verdict: AnswerVerdict | None
    """What answered it, or why it is not flagged; ``None`` when it is flagged (or withdrawn)."""
    withdrawn: bool = False
    rules_verdict: AnswerVerdict | None = None
    """What the answer rules alone found, before weighing; ``None`` when they found no answer."""
    weighing: Weighing | None = None
    """The rules' verdict weighed with the rest of the case (see weighing.py); ``None`` for a withdrawn question
    and unless the audit weighs questions (``--weigh``)."""


class _CaseJudgement:
    """One case's question and promise judgements, each computed at most once.

    ``unanswered-question``, ``missed-follow-up`` and the ``show`` notes all read them;
    judging a case is pure, so computing it once per case gives the same results.
    """

    __slots__ = ("as_of", "case", "config", "metrics", "promises", "questions")

    def __init__(self, case: Case, metrics: CaseMetrics, config: AuditConfig | None, as_of: datetime | None) -> None:
        self.case, self.metrics, self.config, self.as_of = case, metrics, config, as_of
        self.questions: tuple[QuestionJudgement, ...] | None = None
        self.promises: tuple[PromiseJudgement, ...] | None = None


_last_judged: _CaseJudgement | None = None


def _judged(case: Case, metrics: CaseMetrics, config: AuditConfig | None, as_of: datetime | None) -> _CaseJudgement:
    """The judgement entry of the case being audited: one slot, matched by identity.

    ``audit_case`` runs the rules and the notes of one case one after another with the same
    objects; the entry holds references to them, so an identity match can never be a stale
    entry for another case whose objects reused the same ids.
    """
    global _last_judged
    entry = _last_judged
    if (entry is None or entry.case is not case or entry.metrics is not metrics or entry.config is not config
            or entry.as_of is not as_of):
        entry = _last_judged = _CaseJudgement(case, metrics, config, as_of)
    return entry


def judge_questions(case: Case, metrics: CaseMetrics, config: AuditConfig | None = None,
                    as_of: datetime | None = None) -> list[QuestionJudgement]:
    """Every question of a real customer message that some human support message came after.

    Questions of a message nobody from support has replied to yet are ``awaiting-reply``
    territory and are left out; so is an exact repeat of an earlier question (a resend).
    A question support deferred with a promise on its topic ("I've passed this to billing,
    she'll be in touch about the refund") is the promise's business while that promise is
    open, missed or late: one failure, one finding (``missed-follow-up``). Once the promise
    was kept, the question must have been answered like any other.
    """
    entry = _judged(case, metrics, config, as_of)
    if entry.questions is None:
        entry.questions = tuple(_judge_questions(case, metrics, config, as_of))
    return list(entry.questions)


def _judge_questions(case: Case, metrics: CaseMetrics, config: AuditConfig | None,
                     as_of: datetime | None) -> list[QuestionJudgement]:
    promises = judge_promises(case, metrics, config, as_of) if config is not None and as_of is not None else []
    judgements: list[QuestionJudgement] = []
    seen: set[str] = set()
    customer = [cm for cm in case.messages if cm.role is Role.CUSTOMER]
    asked: list[tuple[CaseMessage, Question]] = []
    for cm in metrics.real_customer:
        if not any(s.message.date > cm.message.date for s in metrics.support):
            continue
        names = _name_words(cm.message.from_name)
        for question in extract_questions(cm.message.new_text):
            key = " ".join(question.text.lower().split())
            if key not in seen:
                seen.add(key)
                if names & (question.topic | question.context):
                    question = replace(question, topic=question.topic - names, context=question.context - names)
                asked.append((cm, question))
    # Replies in time order, each judged against the questions still open when it was sent (a
    # sentence that fits one of them clearly better is not evidence for another) and against
    # those already answered (a sentence that only repeats an earlier answer - "Just to confirm:
    # your December delivery is paused" - does not answer the new question about January).
    verdicts: dict[int, AnswerVerdict] = {}
    chasers = [sentence_chases(question.text) for _, question in asked]
    for reply in metrics.support:
        date = reply.message.date
        open_now = [i for i, (cm, _) in enumerate(asked) if cm.message.date < date and i not in verdicts]
        settled = [asked[j][1] for j in verdicts]
        for i in open_now:
            cm, question = asked[i]
            first = not any(cm.message.date < s.message.date < date for s in metrics.support)
            # A question of another message on the same topic asks again; it does not compete. Nor does a chaser
            # ("Sending this again as I haven't heard anything - perhaps it went astray?"): any reply answers it, and
            # its words ("sending") are not the subject of the reply's sentences.
            rivals = [asked[j][1] for j in open_now
                      if j != i and (asked[j][0] is cm or not asked[j][1].keywords & question.keywords)
                      and not chasers[j]]
            verdict = judge_reply(question, reply.message, first_reply=first, rivals=rivals, settled=settled)
            if verdict is not None:
                verdicts[i] = verdict
    final: list[AnswerVerdict | None] = []
    withdrawn: list[bool] = []
    for i, (cm, question) in enumerate(asked):
        verdict = (verdicts.get(i) or deferred_by_promise(i, asked, verdicts, promises, metrics.support)
                   or _answered_restatement(i, asked, verdicts) or _answered_through_follow_up(i, asked, verdicts)
                   or _chaser_answered(cm, question, metrics.support) or _waits_on_deferred(i, asked, final))
        final.append(verdict)
        withdrawn.append(verdict is None and _withdrawn(question, cm, customer))
    doubts = questions_in_doubt(asked, final, withdrawn, metrics.support, metrics.real_customer)
    for i, (cm, question) in enumerate(asked):
        verdict = final[i] or doubts.get(i)
        if withdrawn[i]:
            judgements.append(QuestionJudgement(cm, question, None, True))
            continue
        if verdict is None and not _document_never_sent(cm, question, metrics.support):
            verdict = (_acknowledged(cm, question, case, metrics.support, _answered_by(asked, final))
                       or _moved_on(cm, question, case, metrics.support))
        if config is None or not config.weigh_questions:
            judgements.append(QuestionJudgement(cm, question, verdict, False, verdict))
            continue
        same_message = [other for asker, other in asked if asker is cm]
        weighing = weigh(question_features(question, cm, same_message, verdict, case, metrics.support))
        judgements.append(QuestionJudgement(cm, question, _weighed(question, verdict, weighing, cm, metrics.support),
                                            False, verdict, weighing))
    return judgements


def _weighed(question: Question, verdict: AnswerVerdict | None, weighing: Weighing, asked: CaseMessage,
             support: Sequence[CaseMessage]) -> AnswerVerdict | None:
    """The final verdict: the rules' one unless weighing overturns it (``None`` flags the question)."""
    if is_flagged(weighing.likelihood, verdict is None, question.single):
        return None
    if verdict is not None:
        return verdict
    reply = next(s for s in support if s.message.date > asked.message.date)
    signs = "; ".join(weighing.reasons) or "the case as a whole"
    return AnswerVerdict(reply.message.message_id,
                         f"not flagged: no rule found its answer, but weighed with the rest of the case it is more "
                         f"likely answered ({weighing.likelihood:.0%} likely unanswered: {signs})", "weighed")


def _document_never_sent(asked: CaseMessage, question: Question, support: Sequence[CaseMessage]) -> bool:
    """Whether a request for a document was left without it by every reply after it (see ``leaves_document_out``):
    the customer's thanks, or their moving on, cannot have answered it in other words."""
    return all(leaves_document_out(question, s.message) for s in support if s.message.date > asked.message.date)


def _answered_by(asked: list[tuple[CaseMessage, Question]],
                 verdicts: Sequence[AnswerVerdict | None]) -> dict[str, list[Question]]:
    """The questions each reply answered, by the reply's message id."""
    answered: dict[str, list[Question]] = {}
    for (_, question), verdict in zip(asked, verdicts):
        if verdict is not None:
            answered.setdefault(verdict.message_id, []).append(question)
    return answered


def _acknowledged(asked: CaseMessage, question: Question, case: Case, support: Sequence[CaseMessage],
                  answered: dict[str, list[Question]]) -> AnswerVerdict | None:
    """A plain question the customer's own thanks for the reply leaves in doubt (see acknowledged.py), with why.

    Not for a question of a list (numbered or bulleted) when every point the reply makes speaks to the other
    questions it answered, and none with a word of this one's own ("1. The veil has been added … 2. Yes, bank transfer is fine …" leaves "3.
    Does the balance include the steam?" out): the thanks are for those answers, and no sentence is left that could
    answer this one in other words. Outside a list, which question a sentence speaks to is less sure (measured: it
    cost more false flags than it found). ``answered``: the questions each reply answered, by its message id."""
    if not settled_by_thanks(question) or (thanked := thanks_after_reply(question, asked, case.messages, support)) is None:
        return None
    reply, thanks = thanked
    mid = reply.message.message_id
    if (question.listed and mid in answered and not _speaks_of(reply.message.new_text, question)
            and not unaccounted_points(reply.message.new_text, answered[mid], [question.keywords])):
        return None
    return AnswerVerdict(mid, f"not flagged: the customer only thanked for reply {mid} and asked nothing more "
                              f"({thanks.message.message_id}), so it may answer it in other words", "acknowledged")


def _speaks_of(text: str, question: Question) -> bool:
    """Whether a reply has a sentence with a word of the question's own, beyond the subject its message named:
    one that answers another question may answer this one too ("Your mum books whichever taster date suits her
    online, and the code is good for twelve months")."""
    own = distinct_keywords(question)
    return any(keywords_of(sentence) & own for sentence in evidence_sentences(text))


def _moved_on(asked: CaseMessage, question: Question, case: Case,
              support: Sequence[CaseMessage]) -> AnswerVerdict | None:
    """The main question the customer carried on from without asking it again (see acknowledged.py), with why."""
    if (moved := moved_on_after_reply(question, asked, case.messages, support)) is None:
        return None
    reply, next_message = moved
    mid = reply.message.message_id
    return AnswerVerdict(mid, f"not flagged: after reply {mid} the customer wrote again ({next_message.message.message_id}) "
                              "without asking it again, so the reply may answer it in other words", "moved-on")


def _name_words(display_name: str) -> frozenset[str]:
    """The customer's own name as keywords: their sign-off ("Nathan") and support's "Glad it worked,
    Nathan!" share it, but it is no topic. Support words are kept ("Nathan Price" is not about prices)."""
    if not display_name:
        return frozenset()
    return frozenset(word for word in keywords_of(display_name) if not word.startswith("~"))


def _waits_on_deferred(index: int, asked: list[tuple[CaseMessage, Question]],
                       earlier: Sequence[AnswerVerdict | None]) -> AnswerVerdict | None:
    """The deferral of the question before this one, when this one builds on its answer, else ``None``.

    "Has anyone handed them in? If so, could you keep them at the desk?" - "I'll go through the box this afternoon
    and let you know": the second waits on the answer the promise owes to the first; one promise, one finding.
    ``earlier``: the verdicts of the questions before this one, in order.
    """
    cm, question = asked[index]
    if not index or asked[index - 1][0] is not cm or not follows_on_a_yes(question):
        return None
    before = earlier[index - 1]
    if before is None or before.how != "deferred":
        return None
    return AnswerVerdict(before.message_id, f"builds on the question before it, which was {before.reason}", "deferred")


def _answered_restatement(index: int, asked: list[tuple[CaseMessage, Question]],
                          verdicts: dict[int, AnswerVerdict]) -> AnswerVerdict | None:
    """The verdict of an answered question that this one asks again in other words, else ``None``.

    A customer who chases often repeats the question ("Just following up: does the jacket run
    small?"); one answer, to either wording, answers both.
    """
    cm, question = asked[index]
    for other, verdict in verdicts.items():
        if other == index:
            continue
        again, asked_again = asked[other][1], asked[other][0]
        # A chaser that names the question's subject ("Just following up on the OpenAPI spec - could you
        # send it over?") asks it again, however it is worded.
        # In a message that chases, a plea with hardly a word of its own asks an earlier one again ("Wie ist
        # der Stand?" - "ich warte immer noch auf eine Antwort. Was ist mit meinem Handy?").
        chased = asked_again.message.date > cm.message.date and (
            (sentence_chases(again.text) and len(again.keywords & question.keywords) >= ASKS_AGAIN_WORDS)
            or (max(len(again.keywords), len(question.keywords)) <= _THIN_PLEA_WORDS
                and find_chase(asked_again.message.new_text) is not None))
        if chased or restates(again, question):
            return AnswerVerdict(verdict.message_id, f"asked again in other words; {verdict.reason}", verdict.how)
    return None


_THIN_PLEA_WORDS = 1
"""Words of its own a plea has at most ("Wie ist der Stand?", "What about my phone?"): a chaser's plea asks it again."""


def _answered_through_follow_up(index: int, asked: list[tuple[CaseMessage, Question]],
                                verdicts: dict[int, AnswerVerdict]) -> AnswerVerdict | None:
    """The verdict of the next question of the same message when it builds on this one's answer ("Any chance of
    a late check-out? And if so, what time could we stay until?" - "you can stay until 2pm") or asks what doing it
    would cost ("Can you replace it? Please let me know the price." - "£139 fitted"), else ``None``."""
    following = index + 1
    if following >= len(asked) or asked[following][0] is not asked[index][0] or following not in verdicts:
        return None
    if not (follows_on(asked[following][1]) or (
            prices_the_one_before(asked[following][1]) and asks_for_action(asked[index][1])
            and asked[index][1].expects == "yes_no")):
        return None
    verdict = verdicts[following]
    return AnswerVerdict(verdict.message_id, f"answered with the question built on it; {verdict.reason}", verdict.how)


def _chaser_answered(asked: CaseMessage, question: Question, support: Sequence[CaseMessage]) -> AnswerVerdict | None:
    """A chaser's own question ("Gibt es schon etwas Neues zu meiner Anfrage?"), a plea to hear where the matter
    stands ("Could you let me know where this stands?") or for any reply ("Pourriez-vous me répondre quand vous aurez
    un moment ?") is answered by the support reply that follows it: it asks for a reply, and the reply is the answer."""
    if not (sentence_chases(question.text) or asks_for_status(question.text) or find_reply_plea(question.text) is not None):
        return None
    reply = next((s for s in support if s.message.date > asked.message.date), None)
    if reply is None:
        return None
    mid = reply.message.message_id
    what = ("a chaser" if sentence_chases(question.text)
            else ("asks where the matter stands" if asks_for_status(question.text) else "asks for a reply"))
    return AnswerVerdict(mid, f"{what}, answered by the reply {mid} that follows it", "chaser")


def _withdrawn(question: Question, asked: CaseMessage, customer: list[CaseMessage]) -> bool:
    """Whether a later customer message takes the question back ("never mind, found it")."""
    for cm in customer:
        if cm.message.date <= asked.message.date or not withdraws(cm.message.new_text):
            continue
        text = cm.message.new_text
        if len(text.split()) <= 25 or question.keywords & keywords_of(text):
            return True
    return False


def judge_promises(case: Case, metrics: CaseMetrics, config: AuditConfig, as_of: datetime) -> list[PromiseJudgement]:
    """One judgement per human support message that promised to come back, and one more per
    promise of it that its delivery left out.

    A message's promises share one delivery (its next support message), so the earliest
    stated deadline stands for them all; without one, the follow-up window applies. Any
    later human support message by the deadline keeps it; after it, it came late. A promise
    of the same message due on a later day, on a matter that delivery does not mention ("I'll
    send the invoice today and I'll confirm the refund by Wednesday", and only the invoice came),
    is judged on its own: kept only by a later support message on its matter.
    """
    entry = _judged(case, metrics, config, as_of)
    if entry.promises is None:
        entry.promises = tuple(_judge_promises(case, metrics, config, as_of))
    return list(entry.promises)


def _judge_promises(case: Case, metrics: CaseMetrics, config: AuditConfig, as_of: datetime) -> list[PromiseJudgement]:
    judgements: list[PromiseJudgement] = []
    support_dates = [s.message.date for s in metrics.support]
    withdrawals = [cm.message.date for cm in case.messages
                   if cm.role is Role.CUSTOMER and withdraws(cm.message.new_text)]
    for cm in metrics.support:
        sent = cm.message.date
        promises = extract_commitments(cm.message.new_text, sent)
        if not promises:
            continue
        dated = [p for p in promises if p.deadline is not None]
        promise = min(dated, key=lambda p: p.deadline) if dated else promises[0]
        deadline = promise.deadline or config.after(sent, config.follow_up_window)
        after = bisect_right(support_dates, sent)
        delivery = metrics.support[after] if after < len(metrics.support) else None
        if delivery is not None and delivery.message.date <= deadline:
            outcome = "kept"
        elif withdrawals and withdrawals[-1] > sent:
            outcome = "withdrawn"
        elif delivery is not None:
            outcome = "late"
        elif as_of < deadline:
            outcome = "pending"
        else:
            outcome = "missed"
        judgements.append(PromiseJudgement(cm, promise, deadline, outcome, delivery))
        if delivery is not None and outcome in ("kept", "late"):
            judgements.extend(left_out_promises(cm, deadline, delivery, metrics.support, withdrawals, as_of))
    return judgements


_RESEND_MIN_GAP = timedelta(hours=1)
"""A repeat sent sooner than this after the first is a double send, not a chase."""


def chases(case: Case, metrics: CaseMetrics) -> list[tuple[CaseMessage, str]]:
    """Customer messages that chase, each with the evidence: the chasing sentence or the resent request.

    After a support reply, after an earlier mail still unanswered, or after a call the customer tells of, a customer
    saying what support owes has not come ("The voucher hasn't arrived yet", "Still no sign of the wine") chases too.
    A resend is a message repeating the previous real customer message (content words) with no human support reply
    in between (an automatic acknowledgement does not count as one), sent at least an hour later: a copy minutes
    after the first (a double send, a patch series, one mail delivered twice) is not a customer who waited.
    """
    found: list[tuple[CaseMessage, str]] = []
    support_dates = [s.message.date for s in metrics.support]
    previous: CaseMessage | None = None
    for cm in metrics.real_customer:
        sentence = find_chase(cm.message.new_text)
        replies_before = bisect_right(support_dates, cm.message.date)
        replied = previous is None or replies_before > bisect_right(support_dates, previous.message.date)
        waited = previous is not None and cm.message.date - previous.message.date >= _RESEND_MIN_GAP
        if sentence is None and (replies_before or (not replied and waited)
                                 or tells_of_earlier_contact(cm.message.new_text)):
            # "I still haven't received the invoice": after a reply, after a mail still unanswered, or after a call the
            # customer tells of, what support owes is late; in a first mail and nothing more, a complaint
            sentence = find_awaited(cm.message.new_text)
        if sentence is None and previous is not None:
            if not replied and waited and is_resend(cm.message.new_text, previous.message.new_text):
                sentence = f"resent the message of {previous.message.date:%Y-%m-%d %H:%M} UTC"
            elif not replied:
                sentence = find_reply_plea(cm.message.new_text)
        if sentence is not None:
            found.append((cm, sentence))
        previous = cm
    return found
