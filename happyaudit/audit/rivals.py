"""Which of a customer's open questions one reply sentence speaks to, when several are open.

One sentence of a reply usually answers one question. A sentence is weighed against each open
question by the question's own words, names and details, and by the kind of answer it gives;
another question that fits clearly better takes it away, and a sentence that only goes back over
an answered question is no evidence for a new one. answers.py asks this of every reply sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from happyaudit.audit.answer_kinds import (
    AFFIRMATION_OPENING,
    CONSENT,
    gives_typed_answer,
    kind_of_answer,
    says_kind,
)
from happyaudit.audit.measures import gives_measure_asked
from happyaudit.audit.mirrored import mirrored_opening
from happyaudit.audit.question_kinds import asks_price
from happyaudit.audit.questions import Question
from happyaudit.audit.text import _SENTENCE_CACHE
from happyaudit.audit.vocabulary import PRICE_GROUP
from happyaudit.audit.words import keywords_of
from happyaudit.audit.yes_for_each import YES_OR_NO

CONTEXT_WEIGHT = 0.5
"""What one word of the statements around a question counts for, against one of its own words."""
CONTEXT_CAP = 1.5
"""The most the statements around a question can count for, however many of their words a reply repeats."""
_CLAIM_MARGIN = 0.1
"""How much better another question must fit a reply sentence to take it away (when in doubt: answered)."""


def entity_in(entity: str, text: str) -> bool:
    """Whether a reply text (lower-cased) names an entity of a question as a whole word."""
    # The pattern is the entity itself between word edges, without flags: text without it as a
    # substring can never match (tests/test_prechecks.py), and most texts name no entity.
    return entity in text and re.search(rf"(?<!\w){re.escape(entity)}(?!\w)", text) is not None


@lru_cache(maxsize=_SENTENCE_CACHE)
def _entities_named(entities: frozenset[str], lowered: str) -> int:
    """How many of a question's entities a reply sentence (lower-cased, without "#") names; cached,
    as each sentence is weighed against every open question, and again as each one's rival."""
    return sum(1 for e in entities if entity_in(e, lowered))


def _alignment(question: Question, keywords: frozenset[str], lowered: str, sentence: str,
               shared_context: frozenset[str] = frozenset(), loose_fits_count: bool = True) -> float:
    """How well one reply sentence fits one question: its share of the question's words, plus its fit.

    ``shared_context``: statements around both questions being compared ("Can I change the address?
    It's 4 Harbour Road. Could you add a bell?") speak for neither, so they are left out.
    ``loose_fits_count``: whether a yes/no or a done counts as a fit (see ``_LOOSE_FITS``).
    """
    if not question.keywords:
        return 0.0
    own = len(question.keywords & keywords)
    context = min(CONTEXT_CAP, CONTEXT_WEIGHT * len((question.context - question.keywords - shared_context) & keywords))
    entities = _entities_named(question.entities, lowered) if question.entities else 0
    score = (own + 0.5 * entities + context) / len(question.keywords)
    if (own or context) and (fit := kind_of_answer(question, sentence)) and (loose_fits_count or fit not in _LOOSE_FITS):
        score += 1.0
    return score


def _claimed_by_rival(question: Question, competitors: Sequence[Question], sentence: str,
                      loose_fits_count: bool = True) -> bool:
    """Whether a reply sentence answers another question of the customer better than this one.

    One sentence of a reply usually answers one question: "EUR 945 including delivery" answers
    "What would it cost?", not "Can you include a brewing guide?" although it shares "include".
    A sentence that covers at least half of this question's own words stays evidence for it.
    ``competitors``: the rivals that do not restate this question. ``loose_fits_count``: see ``_alignment``.
    """
    if not competitors or not question.keywords:
        return False
    keywords = keywords_of(sentence)
    if len(question.keywords & keywords) * 2 >= len(question.keywords):
        return False
    lowered = sentence.lower().replace("#", "")
    # A rival claims a sentence through its own words, its names or the specific kind of answer it asks
    # for ("EUR 945" for "What would that cost?"); the statements around both questions speak for
    # neither, on either side of the comparison.
    return any((rival.keywords & keywords or _entities_named(rival.entities, lowered)
                or gives_typed_answer(rival, sentence))
               and _alignment(rival, keywords, lowered, sentence, question.context, loose_fits_count)
               > _alignment(question, keywords, lowered, sentence, rival.context, loose_fits_count) + _CLAIM_MARGIN
               for rival in competitors)


_RESTATED_MIN_WORDS = 2
"""Words of an earlier question a sentence must repeat to go back over it ("Replacement sent" does
not restate "Can you ship?")."""
_LOOSE_FITS = frozenset(("a yes/no", "a done"))
"""Fits any statement of what is or was done: too weak to tell a new answer from a repeated one."""


def _repeats_earlier_answer(question: Question, settled: Sequence[Question], keywords: frozenset[str], lowered: str,
                            sentence: str) -> bool:
    """Whether a reply sentence goes back over a question answered before rather than this one.

    "Just to confirm: your subscription is paused for December" fits the earlier "Can I pause it
    for December?" better than the new "Can the January bag be ground for a moka pot?". It still
    answers the new question when it gives the specific kind of answer that one asks for (a
    date, an amount, a name, a place).
    """
    restated = [earlier for earlier in settled if len(earlier.keywords & keywords) >= _RESTATED_MIN_WORDS]
    if not restated or kind_of_answer(question, sentence) not in _LOOSE_FITS | {None}:
        return False
    # A yes/no or a done fits any statement of what is or was done ("so there's nothing you need to do"): it tells
    # neither question by itself, so the words and names decide.
    return _claimed_by_rival(question, [earlier for earlier in restated if not restates(earlier, question)], sentence,
                             loose_fits_count=False)


def taken_elsewhere(question: Question, competitors: Sequence[Question], settled: Sequence[Question],
                     sentence: str) -> bool:
    """Whether a reply sentence answers another open question better, or only goes back over an answered one.

    ``competitors``: the open rivals that do not restate this question.
    """
    if _claimed_by_rival(question, competitors, sentence) and not (
            is_thin(question) and only_one_asks_for_it(question, competitors, sentence)):
        return True
    if not settled:
        return False
    return _repeats_earlier_answer(question, settled, keywords_of(sentence), sentence.lower().replace("#", ""), sentence)


def only_one_asks_for_it(question: Question, competitors: Sequence[Question], sentence: str) -> bool:
    """Whether a sentence gives the specific kind of answer this question asks for (a date, an amount, a
    number, a place) and no other open question asks for that kind: "Can I upgrade to VIP? If so, how
    much extra is it?" - "Of course - the upgrade is EUR 45": the amount is the second question's.
    Only for a question with hardly a word of its own: a fuller one must also be named."""
    # "How early must we be there?" - "45 minutes before departure", though another question asks when; not a
    # yes/no question that names a measure in passing ("Can I leave without paying the notice period?")
    if (question.expects != "yes_no" and (measure := gives_measure_asked(question, sentence)) is not None
            and not any(gives_measure_asked(rival, sentence) == measure for rival in competitors)):
        return True
    # A sum is the figure of the question that asks a price: "¿Qué precio tendría? ¿Y cuánto pesa?" - "El precio
    # sería de unas 1.850 £" does not say how heavy it is.
    if (question.expects == "how_many" and says_kind("how_much", sentence)
            and any(rival.expects == "how_much" or asks_price(rival.text) for rival in competitors)):
        return False
    return (gives_typed_answer(question, sentence)
            and not any(rival.expects == question.expects for rival in competitors))


def distinct_keywords(question: Question) -> frozenset[str]:
    """The words that tell a question from the sentences before it in its message: all of the first
    question's, and a later question's own beyond the subject the message already named ("We need 24
    trays. Can you deliver Thursday? Please also send the trays' data sheet": "data sheet", not "trays").
    A reply that only repeats the subject ("I've reserved the 24 trays") has not taken the later
    question up. A question made only of earlier words keeps them all."""
    if question.first:
        return question.keywords
    # A number or code it repeats ("We'd need 12. What would the price be for 12?") is still its own: a
    # reply that gives the price "for 12" answers it.
    repeated = {word for word in question.keywords & question.earlier if not any(ch.isdigit() for ch in word)}
    return (question.keywords - repeated) or question.keywords


THIN_QUESTION_WORDS = 1
"""A question with at most this many words of its own ("How much extra is it?") is told by the kind of
answer it asks for more than by its words."""
_CLAUSE = re.compile(r";\s*|,\s+(?:and|but|while|plus|und|aber|et|mais|y|pero|maar)\s+|\s[-\u2013\u2014]\s|"
                     r"\s(?:and|but|und|aber|et|mais|y|pero)\s*,\s+")
"""Where one coordinated clause of a reply sentence ends and the next begins ("…go to 14 Temple Quay,
and I've split the order - …", "…a las 9:00 y, siendo tres pianos, …")."""


def is_thin(question: Question, words: frozenset[str] | None = None) -> bool:
    """Whether a question has at most THIN_QUESTION_WORDS words of its own (``words``, else all of its words),
    not counting the price a "how much" asks for: "¿Cuánto cuestan y cuánto tardan?" is as thin as "How long?"."""
    words = question.keywords if words is None else words
    if question.expects == "how_much":
        words = words - {PRICE_GROUP}
    return len(words) <= THIN_QUESTION_WORDS


_OWN_CLAUSE_MIN_WORDS = 2
"""Words of a question, or of the details the customer gave right after it, that a clause must repeat
to be its own ("the money will be back on your card" shares only "back" with "When will it be back
in stock?")."""


_BARE_AFFIRMATION = re.compile(
    rf"^\W*(?:and\s+|und\s+|et\s+|y\s+)?{YES_OR_NO}(?:\W*(?:and|und|et|y)?\s*{YES_OR_NO}|\s+to\s+both)?\W*$",
    re.IGNORECASE)
"""A clause that is only a yes or a no ("…before the move, and yes - the Vespa can travel…"), or one for each
question ("Yes and yes - Sundays 8 till 12, and the drop box is by the gate")."""


def _with_bare_answers_joined(clauses: list[str]) -> list[str]:
    """The clauses with a bare yes or no joined to the clause it opens: "yes - the Vespa can travel" is one answer."""
    joined: list[str] = []
    pending = ""
    for clause in clauses:
        if _BARE_AFFIRMATION.match(clause):
            pending += clause.strip() + " - "
        else:
            joined.append(pending + clause)
            pending = ""
    if pending:
        joined.append(pending.removesuffix(" - "))
    return joined


def own_clauses(question: Question, others: Sequence[Question], sentence: str) -> list[str]:
    """The clauses of a sentence another question took that speak to this question and to no other.

    One sentence can answer two requests in coordinated clauses ("The parcel will now go to 14
    Temple Quay, and I've split the order"): the sentence as a whole goes to the request it fits
    best, but a clause that repeats two or more words of this question or of the details given right
    after it ("It's 14 Temple Quay"), and shares none with the other questions, still speaks to it.
    """
    # A yes or no before a colon is an answer of its own, what follows it the details: "Sí, hacemos eventos: un día
    # suelto sale por 220 £" answers "¿Alquiláis jacuzzis para eventos?" before the colon, the price after it.
    parts = sentence.split(":", 1) if ":" in sentence and AFFIRMATION_OPENING.match(sentence) else [sentence]
    clauses = _with_bare_answers_joined([clause for part in parts for clause in _CLAUSE.split(part) if clause.strip()])
    if len(clauses) < 2:
        return []
    own = []
    for clause in clauses:
        keywords = keywords_of(clause)
        shared = len(keywords & (question.keywords | question.details))
        if shared:
            # Two words of what the customer said just before asking count as one of the question's own: "Para un
            # huerto en otoño aquí, la más resistente es 'Meteor'" answers "¿Qué variedad me recomiendan para el clima
            # de aquí?" after "Tengo un huerto … en otoño", though it repeats only "aquí" of the question.
            shared += len(keywords & (question.context - question.keywords - question.details)) // 2
        # One shared word is enough for a clause that opens with a yes or a no ("You're welcome to bring your
        # own bottle - corkage is GBP 10"), in the question's own terms ("They connect to any phone, iPhones
        # included, and …") or with a consent anywhere ("y los pedales podéis traerlos sin problema"); not for a
        # passing word ("the money will be *back* on your card").
        # A clause that gives the kind of answer only this question asks for is its own when it shares a word with it,
        # or the question has hardly a word of its own: "The crew take apart the beds, and they'll be with you
        # between 8 and 8:30" - the time; "A video survey works well - it takes about 40 minutes" - how long.
        # So is one that gives it beside a word of this question and none of the others that ask for that kind:
        # "Term starts on 11 January, and the improvers meet on Wednesdays" - "Which evenings do the improvers meet?"
        alone = only_one_asks_for_it(question, others, clause)
        typed = ((bool(shared) or is_thin(question)) and alone) or (
            bool(shared) and gives_typed_answer(question, clause)
            and not any(other.expects == question.expects and keywords & other.keywords for other in others))
        affirmed = bool(shared) and bool(AFFIRMATION_OPENING.match(clause) or mirrored_opening(question, clause)
                                         or (question.expects == "yes_no" and CONSENT.search(clause)))
        if shared < _OWN_CLAUSE_MIN_WORDS and not typed and not affirmed:
            continue
        lowered = clause.lower().replace("#", "")
        # A clause that says yes or no about this question's thing, or repeats two of its words, is its own even
        # when another question shares a word with it, as long as it fits this one clearly better: "Updated
        # confirmation for 150 attached, and yes, your deposit arrived on 2 November" (arriving is sending too).
        strong = affirmed or shared >= _OWN_CLAUSE_MIN_WORDS
        mine = _alignment(question, keywords, lowered, clause) if strong else 0.0
        # A clause giving the kind of answer only a thin question asks for is its own, whatever words it shares with
        # the others: "Two cushions in Como Rust come to £58 each" answers "How much are they?", not "Do you sell
        # cushions in Como?"
        if (alone and is_thin(question)) or all(
                (theirs := _alignment(other, keywords, lowered, clause, question.context)) <= 0
                or (strong and mine > theirs + _CLAIM_MARGIN) for other in others):
            own.append(clause)
    return own


def restates(rival: Question, question: Question) -> bool:
    """Whether two questions ask the same thing (a resend, a repeat in a chaser): they do not compete."""
    shared = len(rival.keywords & question.keywords)
    smaller = min(len(rival.keywords), len(question.keywords))
    return shared >= 2 and shared * 4 >= smaller * 3


def exclusive_sentence(question: Question, competitors: Sequence[Question], evidence: Sequence[str],
                       sentence_keywords: Sequence[frozenset[str]], deferring: frozenset[str]) -> str | None:
    """A reply sentence that names this question's subject and nothing another question asked about, else ``None``.

    Replies take a message's questions one by one: "Does the kettle switch off when it boils dry?
    And is the filter removable?" - "It does. The filter slides out for rinsing." The second
    sentence answers the filter question in other words ("slides out" for "removable"); that it
    speaks to no other question is what tells it from a passing mention. What is left of a sentence
    that hands the question on or promises to come back (``deferring``) is no such answer. Asked only
    for questions about how things are: a request for action ("Can we get a refund?") is not answered
    by a sentence that describes ("Refunds follow our refund policy"), only by a yes, no or done.
    """
    distinct = distinct_keywords(question)
    for sentence, keywords in zip(evidence, sentence_keywords, strict=True):
        if (distinct & keywords and sentence not in deferring
                and not any(rival.keywords & keywords for rival in competitors)):
            return sentence
    return None
