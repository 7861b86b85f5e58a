"""How sure an "unanswered" verdict is: only flag a question when the replies leave no room for an
answer in other words.

The answer rules read shared words and the kind of answer; a reply that answers in wholly other
words ("Is there a washing machine?" - "The cabin has a washer-dryer") slips past them. What tells
a skipped question from such an answer is the rest of the reply: when every sentence to the point is
accounted for - it speaks to another question the customer asked, or carries on from a sentence
that does - nothing in the reply can be this question's answer, and the flag is safe. A sentence
nothing accounts for may be the answer, so the question is left unflagged: a false accusation
costs a support lead more than a skipped question does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from happyaudit.audit.answer_kinds import (
    POINT_KINDS,
    asks_for_action,
    fit_strength,
    gives_typed_answer,
    opens_with_yes_or_no,
    says_kind,
)
from happyaudit.audit.answers import AnswerVerdict, answered_only_explicitly
from happyaudit.audit.asides import marked_as_addition
from happyaudit.audit.documents import leaves_document_out
from happyaudit.audit.language import is_closing_statement
from happyaudit.audit.questions import Question
from happyaudit.audit.reply_evidence import (
    evidence_paragraphs,
    is_pleasantry,
    outside_inline_answers,
)
from happyaudit.audit.text import shown_sentence
from happyaudit.audit.words import keywords_of
from happyaudit.model import CaseMessage

_SUBSTANTIVE_WORDS = 4
"""Words a sentence needs to say something of its own ("Sure thing." and "Rachel" do not)."""

_THIN_QUESTION_WORDS = 1
"""A question with at most this many words of its own is answered by what the reply found, in any words."""

_ASIDE = re.compile(
    r"^\W*(?:by\s+the\s+way|btw|incidentally|p\.?\s?s\b|[üu]brigens|au\s+fait|par\s+ailleurs|por\s+cierto|overigens)\b",
    re.IGNORECASE,
)
"""A sentence that announces it is about something else ("By the way, our reading group meets…")."""
_FORMULA = re.compile(
    r"\b(?:let\s+(?:me|us)\s+know|feel\s+free|(?:don't|do\s+not)\s+hesitate|if\s+you(?:'d|\s+would)\s+like|"
    r"if\s+you(?:'re|\s+are)\s+interested|if\s+you\s+(?:need|have|want)\s+(?:any|anything|more|further|help)|"
    r"if\s+there(?:'s|\s+is)\s+anything\s+(?:else|more)|"
    r"happy\s+to\s+help|look(?:ing)?\s+forward|(?:i\s+|we\s+)?hope\s+(?:this|that|you|it|all)\b|have\s+a\s+(?:great|good|nice|lovely)|"
    r"enjoy\s+(?:your|the)|get\s+well|take\s+care|speak\s+soon|(?:best|warm|kind)\s+wishes|"
    r"(?:any|no)\s+(?:other|further|more)\s+questions|z[öo]gern\s+sie\s+nicht|melden\s+sie\s+sich\s+gerne|"
    r"n'h[ée]sitez\s+pas|au\s+plaisir|no\s+dude\s+en|quedo\s+a\s+su\s+disposici[óo]n|quedamos\s+a\s+su\s+disposici[óo]n)\b",
    re.IGNORECASE,
)
"""Offers and sign-off formulas ("Let me know if you'd like to compare", "N'hésitez pas…"): no answer."""
_SMALL_TALK = re.compile(
    # who is writing: "Dev from Technical here.", "Lucía asked me to look at this."
    r"^\W*(?:this\s+is\s+)?[A-ZÀ-Ý][\w'-]+(?:\s+from\s+(?:the\s+)?[\w&-]+(?:\s+[\w&-]+)?)?\s+here\b|"
    r"\basked\s+me\s+to\s+(?:look|take|have|pick)\b|\b(?:taking|took)\s+over\b|"
    # an apology for the wait in German, French and Spanish, as "Sorry for the wait"
    r"^\W*(?:entschuldigen\s+sie|bitte\s+entschuldigen|(?:je\s+suis\s+|nous\s+sommes\s+)?d[ée]sol[ée]e?s?|"
    r"veuillez\s+(?:nous\s+)?excuser|disculpe|perd[óo]n|lo\s+siento|sentimos)\b|"
    # a request to rate the service: "Votre avis compte: notez notre service…"
    r"\b(?:survey|feedback|rate\s+(?:our|us|your\s+experience)|notez|votre\s+avis|bewerten\s+sie|umfrage|"
    r"encuesta|val[óo]ren(?:os)?)\b|"
    # glad of the meeting: "Lovely to meet your mum.", "It was great to see you both on Tuesday."
    r"^\W*(?:it\s+was\s+)?(?:(?:so\s+|really\s+|very\s+)?(?:lovely|nice|great|good|wonderful|a\s+pleasure)\s+"
    r"(?:to\s+(?:meet|see|hear|speak\s+(?:to|with)|talk\s+(?:to|with))|meeting|seeing|speaking\s+(?:to|with)))\b|"
    # gladness at good news, and thanks passed on: "Lovely to hear the group is enjoying it.", "I'll pass them on to
    # the crew."
    r"^\W*(?:(?:so\s+|really\s+|very\s+)?(?:glad|delighted|pleased|happy)\s+to\s+hear)\b|"
    # gladness and sympathy said of the customer's news: "Glad it's running well.", "Ouch - sorry to hear it.",
    # "Schön, dass Sie mit dem Elan zufrieden sind.", "Don't apologise"; not "Glad to say we can" or "Sorry, we can't"
    r"^\W*(?:(?:i'm|we're|i\s+am|we\s+are|so|really|very)\s+)*glad\s+(?!to\s+(?:say|confirm|tell|report)\b)|"
    r"^\W*(?:(?:oh|ouch|oh\s+no)\W+)?(?:(?:i'm|i\s+am|we're|we\s+are|so|very|really|truly)\s+)*sorry\s+to\s+hear\b|"
    r"^\W*(?:don't|do\s+not|no\s+need\s+to)\s+apologi[sz]e\b|"
    r"^\W*(?:(?:wie\s+)?sch[öo]n|es\s+freut\s+(?:mich|uns)|freut\s+(?:mich|uns))\s*,?\s+(?:dass|zu\s+h[öo]ren)\b|"
    r"^\W*(?:(?:je\s+suis|nous\s+sommes)\s+)?ravie?s?\s+(?:d'apprendre|que)\b|^\W*(?:me|nos)\s+alegra\b|"
    # delight at the customer's plan: "This sounds like a great project.", "This is exactly the kind of work we like."
    r"\bsounds\s+like\s+(?:a|an|such\s+a)\s+(?:great|lovely|wonderful|fantastic|brilliant|fun|exciting|super)\b|"
    r"\bexactly\s+the\s+(?:kind|sort)\s+of\s+[\w\s-]{0,30}?\s(?:we|i)\s+(?:like|love|enjoy)\b|"
    # congratulations: "Congratulations to you both - the Dordogne in July is magical."
    r"^\W*(?:(?:many|huge|warm(?:est)?)\s+)?(?:congratulations|congrats|herzlichen\s+gl[üu]ckwunsch|f[ée]licitations|"
    r"enhorabuena|felicidades|felicitaciones)\b|"
    r"\bpass\s+(?:them|that|it|those|these|this|your\s+(?:kind\s+)?(?:words|thanks|compliments?|comments?))\s+on\b|"
    # gladness, then thanks: "That's brilliant news - thank you for giving us the till spot!", "Thank you - it's been
    # a good year with you."
    r"^\W*(?:that's|that\s+is|what)\s+(?:(?:such|really|very)\s+)?(?:a\s+)?(?:brilliant|great|lovely|wonderful|"
    r"fantastic|good|super)\s+news\b|"
    r"^\W*(?:it's|it\s+has)\s+been\s+(?:a\s+)?(?:(?:really|very|such\s+a)\s+)?(?:good|great|lovely|wonderful)\s+"
    r"(?:year|season|time)\b",
    re.IGNORECASE,
)
"""Who is writing, an apology for the wait, a request to rate the service, gladness of a meeting or at good news,
sympathy, delight at the customer's plan, congratulations, thanks passed on, good news and a good year: about the
exchange, not an answer."""


def _says_something(sentence: str) -> bool:
    """Whether a reply sentence has content that could answer a question: not an aside, a formula or a
    pleasantry."""
    if (_ASIDE.match(sentence) or _FORMULA.search(sentence) or _SMALL_TALK.search(sentence)
            or is_closing_statement(sentence)):
        return False
    return len(sentence.split()) >= _SUBSTANTIVE_WORDS and bool(keywords_of(sentence)) and not is_pleasantry(sentence)


def unaccounted_points(text: str, answered: Sequence[Question], in_doubt: Sequence[frozenset[str]] = (),
                       plea_context: Sequence[frozenset[str]] = (), doubt_kinds: frozenset[str] = frozenset(),
                       told_since: frozenset[str] = frozenset()) -> list[str]:
    """The points of a support reply that nothing the customer asked accounts for, in order, each as the
    sentence that makes it.

    ``answered``: the questions the reply (or an earlier one) answered. A sentence that repeats more of
    one of them - its words or the details given around it - than of any question in doubt
    (``in_doubt``, their words), or that gives the specific kind of answer one of them asks for (an
    amount for "What would that cost?"), speaks to that question. A point goes on through its
    paragraph ("For 6 kg a week we can do EUR 21.40 per kg. Everything is roasted to order…") until a
    sentence names a question in doubt or speaks to another answered one; a point nothing accounts for
    goes on the same way ("Puede hacerlo usted mismo: active «Exigir 2FA». Quien aún no la tenga…"). A sentence that opens with a
    yes or a no ("Ja, das geht problemlos.") speaks to an answered yes/no question. What a reply writes
    under a quoted question speaks to that question. What remains, when it says something, may answer a
    question in other words. ``told_since``: the words of what the customer wrote after the questions in doubt,
    none of theirs ("Thursdays at 11:00 please"), which account for the sentence that takes it up ("Booked:
    Thursday 12 November at 11:00") as an answered question does. ``plea_context``: the statements around the
    questions in doubt that have no words of their own ("What can I do?"), which account for nothing. ``doubt_kinds``: the specific kinds of
    answer the questions in doubt ask for (a date, an amount); a sentence that gives one of them that no answered
    question asks for, in none of their words, is a point of its own, not a carrying on ("They are compatible.
    Twelve ship in 2 working days." - the days answer "What's the lead time?"; "The quote is valid until 30
    November" still carries on from the price).
    """
    answered_kinds = frozenset(q.expects for q in answered)
    # The statements around a plea in doubt speak for neither ("The box shows E-204. What can I do? And do I
    # get a credit?"): the plea has no words of its own, so they are all it is about.
    shared_context = frozenset().union(*plea_context)
    accounted = [words for question in answered
                 for words in (question.keywords, question.keywords | (question.context - shared_context))]
    if told_since:
        accounted.append(told_since)
    # A word an answered question also speaks of names no question in doubt: "Is the £1,840 including VAT? And does
    # the price include dismantling the wardrobes?" - "The quote is valid for 30 days" goes on about the price.
    accounted_words = frozenset().union(*accounted)
    found = []
    for paragraph in evidence_paragraphs(outside_inline_answers(text)):
        point = "none"  # "none", "accounted" or "open" (a point of this paragraph already found)
        for sentence, deferring in paragraph:
            keywords = keywords_of(sentence)
            doubt = _share(keywords - accounted_words, in_doubt)
            typed = not _share(keywords, accounted) and any(says_kind(kind, sentence) for kind in doubt_kinds - answered_kinds)
            if typed and not deferring and _says_something(sentence):
                found.append(sentence)
                point = "open"
            # "I've booked him a trial day on Saturday. Trial days are free if you go on to board with us." goes on
            # about the trial day, not "Does he need to be neutered to board with you?": more of its words are the
            # answered question's, even where they are a smaller share of that question's many
            elif (_share(keywords, accounted) > doubt
                  or _most_shared(keywords, accounted) > _most_shared(keywords - accounted_words, in_doubt)
                  or (not doubt and any(
                    gives_typed_answer(q, sentence) or (q.expects == "yes_no" and opens_with_yes_or_no(sentence))
                    for q in answered))):
                point = "accounted"
            elif (doubt or point == "none") and not deferring and _says_something(sentence) and not _asks_back(sentence):
                found.append(sentence)
                point = "open"
    return found


_NEEDS_FROM_CUSTOMER = re.compile(
    r"\b(?:i|we)(?:'d|\s+would|\s+will|'ll)?\s+(?:still\s+|just\s+|also\s+)?need\b(?!\s+to\b)|"
    r"\b(?:br[äa]uchte[n]?|ben[öo]tige[n]?)\s+(?:ich|wir)\b|\b(?:ich|wir)\s+(?:br[äa]uchte[n]?|ben[öo]tige[n]?)\b|"
    r"\b(?:j'aurais|nous\s+aurions|il\s+me\s+faudrait|il\s+nous\s+faudrait)\b|"
    r"\b(?:necesitar[íi]a(?:mos)?|necesito|necesitamos)\b",
    re.IGNORECASE,
)
"""What support says it still needs from the customer ("For a quote I'd still need a floor plan", "bräuchte ich noch
den Grundriss"); not "I need to double-check", which is support's own step."""


def _asks_back(sentence: str) -> bool:
    """Whether a reply sentence asks the customer for something - a question and nothing more ("Could you send a
    photo of the label?") or what support still needs ("Für ein Angebot bräuchte ich noch den Grundriss") - so it
    answers nothing in other words: the customer's question waits on it. Not an offer put as a question ("I can come
    on Thursday 26th at 4pm - would that work for you?"), which may be the answer."""
    if sentence.rstrip("\"') ").endswith("?") and not _STATED_BEFORE_ASKING.search(sentence):
        return True
    return _NEEDS_FROM_CUSTOMER.search(sentence) is not None


_STATED_BEFORE_ASKING = re.compile(r"\s[-–—]\s|[:;]\s|,\s+(?:so|and)\s")
"""A statement joined to the question a sentence ends on."""


def _most_shared(keywords: frozenset[str], groups: Sequence[frozenset[str]]) -> int:
    """The most words a sentence repeats of one question's."""
    return max((len(keywords & words) for words in groups if words), default=0)


def _share(keywords: frozenset[str], groups: Sequence[frozenset[str]]) -> float:
    """The largest share of one question's words a sentence repeats ("the daily rate is EUR 18" repeats all of
    "Is there parking at the hotel?" it speaks to, and a third of "Is breakfast included in my rate?")."""
    return max((len(keywords & words) / len(words) for words in groups if words), default=0.0)


_LEAVE = re.compile(
    r"^\W*(?:(?:and|also|so|but|or)\s+)?(?:can|could|may)\s+(?:i|we)\s+(?!(?:please\s+|also\s+)*(?:get|have|receive|ask)\b)|"
    r"^\W*(?:(?:und|auch)\s+)?(?:kann|k[öo]nnen|darf|d[üu]rfen)\s+(?:ich|wir)\s+(?!(?:\w+\s+){0,3}?(?:bekommen|haben|erhalten)\b)|"
    r"^\W*(?:et\s+)?(?:puis-je|pouvons-nous|est-ce\s+que\s+(?:je|nous)\s+(?:peux|pouvons))\s+(?!avoir|recevoir|obtenir)|"
    r"^\W*¿?\s*(?:y\s+)?(?:puedo|podemos)\s+(?!tener|recibir|obtener|pedir)",
    re.IGNORECASE,
)
"""Asking whether the customer may or can do something ("Can I pay by PayPal on the website?", "Darf ich den Hund
mitbringen?"), not for something to be done or handed over: a point on the matter answers it as it answers any
question ("PayPal is back on the checkout now")."""


def _asks_leave(question: Question) -> bool:
    """Whether a question asks if the customer may or can do something rather than asks support to act."""
    return question.kind != "request" and _LEAVE.search(question.text) is not None


_TOLD_WORDS = 2
"""Words of what the customer told before a question a point must take up, half its words at least, to be about
that and not an answer to the question in other words."""


def _may_answer(question: Question, sentence: str, keywords: frozenset[str], others: frozenset[str]) -> bool:
    """Whether a point nothing accounts for may answer a question in other words.

    A question with hardly a word of its own is answered by what the reply found, in any words ("Can
    someone check it?" - "The test found a faulty joint"). A request for action is answered by a yes, a no
    or a done ("Please refund one payment" - "Your November box has left the roastery" is none). Any other
    question is not answered by a point on something the customer never raised ("Does the tent come with a
    footprint?" - "Your order ships today"): it must take up their message - more than another question in
    doubt (``others``, their words) - or give a kind of answer the question asks for.
    """
    if len(question.keywords) <= _THIN_QUESTION_WORDS:
        return True
    # A point that takes up what the customer told before the question, in none of its words, answers what they told
    # ("The invoice must be addressed to Harbourside Lettings Ltd. Please add our PO number." - "Please find the
    # reissued invoice attached, now made out to Harbourside Lettings Ltd").
    told = keywords & (question.earlier - question.context)
    if not keywords & question.keywords and len(told) >= _TOLD_WORDS and 2 * len(told) >= len(keywords):
        return False
    if asks_for_action(question) and not _asks_leave(question):
        return fit_strength(question, sentence) > 0
    return bool(keywords & ((question.topic - others) | question.context)) or fit_strength(question, sentence) > 0


def doubtful(candidates: Sequence[Question], text: str, answered: Sequence[Question],
             told_since: frozenset[str] = frozenset()) -> dict[int, str]:
    """Which of the questions a reply did not answer it may have answered in other words, each with the
    sentence that may be its answer (by position in ``candidates``).

    ``answered``: the questions this reply or an earlier one answered; ``told_since``: the words the customer wrote
    after them all (see ``unaccounted_points``).
    Each point nothing accounts for can answer one question in doubt: the one whose words it shares,
    else the one whose kind of answer it gives (a done for a request), else the first asked, as replies
    take questions in order.
    """
    sentences = unaccounted_points(text, answered, [question.keywords for question in candidates],
                                   [question.context for question in candidates if not question.keywords],
                                   frozenset(q.expects for q in candidates if q.expects in POINT_KINDS), told_since)
    found: dict[int, str] = {}
    for sentence in sentences:
        keywords = keywords_of(sentence)
        open_ = [i for i in range(len(candidates)) if i not in found and _may_answer(
            candidates[i], sentence, keywords, frozenset().union(*(c.keywords for c in candidates if c is not candidates[i])))]
        if not open_:
            continue
        best = max(open_, key=lambda i: (bool(candidates[i].keywords & keywords),
                                         fit_strength(candidates[i], sentence), -i))
        found[best] = sentence
    return found


def questions_in_doubt(asked: list[tuple[CaseMessage, Question]], verdicts: Sequence[AnswerVerdict | None],
                       withdrawn: Sequence[bool], support: Sequence[CaseMessage],
                       customer: Sequence[CaseMessage]) -> dict[int, AnswerVerdict]:
    """The unanswered questions a later reply may have answered in other words (see ``doubtful``), with why.

    For each reply, the questions asked before it that nothing answered are in doubt; the questions it or
    an earlier reply answered account for its sentences, and a reply that took up a whole message ("What
    happened?" - an account of the outage) accounts for all of them. Such a question is not flagged: its
    judgement says which sentence may answer it. A question marked as an addition ("Also, could you …") is
    never in doubt: it is the one agents skip, and a leftover sentence is more likely about the main matter. What
    the customer wrote after the questions in doubt accounts for the sentences that take it up ("Thursdays at 11:00
    please" - "Booked: Thursday 12 November at 11:00 with Monty.").
    """
    found: dict[int, AnswerVerdict] = {}
    answered_by = {s.message.message_id: s.message.date for s in support}
    for reply in support:
        date = reply.message.date
        mid = reply.message.message_id
        before = [i for i, (cm, _) in enumerate(asked) if cm.message.date < date]
        candidates = [i for i in before if verdicts[i] is None and not withdrawn[i] and i not in found]
        if not candidates:
            continue
        # Questions a later reply answered were still open here: they neither account for a sentence nor take one.
        answered = [i for i in before if verdicts[i] is not None and answered_by.get(verdicts[i].message_id, date) <= date]
        if any(verdicts[i].how == "whole-message" and verdicts[i].message_id == mid for i in answered):
            continue
        # A form letter answers a yes/no question, a choice or a request only explicitly: it leaves them no doubt;
        # an addition is the question agents skip, so a leftover sentence leaves it none either.
        candidates = [i for i in candidates if not answered_only_explicitly(asked[i][1], reply.message.new_text)
                      and not marked_as_addition(asked[i][1])]
        if not candidates:
            continue
        told = _told_since([asked[i] for i in candidates], customer, support, date)
        for position, sentence in doubtful([asked[i][1] for i in candidates], reply.message.new_text,
                                           [asked[i][1] for i in answered], told).items():
            # A request for a document takes a sentence of a reply that left the document out all the same: it is no
            # answer to it, whatever a later reply carries.
            if leaves_document_out(asked[candidates[position]][1], reply.message):
                continue
            shown = shown_sentence(sentence)
            found[candidates[position]] = AnswerVerdict(
                mid, f"not flagged: reply {mid} says \"{shown}\", which no other question accounts for and may "
                     "answer it in other words", "in-doubt")
    return found


def _told_since(candidates: Sequence[tuple[CaseMessage, Question]], customer: Sequence[CaseMessage],
                support: Sequence[CaseMessage], before: datetime) -> frozenset[str]:
    """The words of the customer's last message before a reply, when it answered an earlier reply sent after every
    question in doubt, less those questions' words: what the reply may be taking up instead of them. A second mail
    before any reply (more detail, a chase) is still about the questions."""
    latest = max((cm for cm in customer if cm.message.date < before), key=lambda cm: cm.message.date, default=None)
    if latest is None:
        return frozenset()
    last_asked = max(cm.message.date for cm, _ in candidates)
    if not any(last_asked < s.message.date < latest.message.date for s in support):
        return frozenset()
    asked_words = frozenset().union(*(question.keywords for _, question in candidates))
    return keywords_of(latest.message.new_text) - asked_words


__all__ = ["doubtful", "questions_in_doubt", "unaccounted_points"]
