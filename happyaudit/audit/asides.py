"""How a customer marks a question's place in the message: as an aside or an addition to its main matter ("By the
way, …", "Could you also …", "Por cierto, …"), the question agents skip, and so the one the customer's thanks, a
short reply or a leftover reply sentence is least likely to have answered; or as built on the answer to the question
before it ("And if so, …"); or as speaking, by a pronoun, of what the customer wrote just before it ("Has it been
picked up?")."""

from __future__ import annotations

import re

from happyaudit.audit.asking import ADDITION, IN_PASSING
from happyaudit.audit.questions import Question
from happyaudit.audit.rivals import THIN_QUESTION_WORDS
from happyaudit.audit.vocabulary import PRICE_GROUP


def asked_in_passing(question: Question) -> bool:
    """Whether a question is marked as an aside to the message's main matter."""
    return IN_PASSING.match(question.text) is not None


def marked_as_addition(question: Question) -> bool:
    """Whether the customer presents the question as an addition or an aside to the message's main matter: the
    question an agent skips and a customer forgets in the glow of the main answer, so neither the customer's
    thanks, nor their carrying on, nor a reply sentence left over makes its answer likely."""
    return asked_in_passing(question) or ADDITION.search(question.text) is not None


_FOLLOWS_ON_OPENING = r"^\W*(?:(?:and|but|also|und|et|mais|y|pero)\W+)?"
_ON_A_YES = (r"if\s+(?:so|yes|that's\s+the\s+case|you\s+do|you\s+can)|falls\s+(?:ja|doch|so)|wenn\s+(?:ja|doch)|"
             r"si\s+(?:oui|c'est\s+le\s+cas)|en\s+caso\s+afirmativo|de\s+ser\s+as[íi]|si\s+es\s+as[íi]")
"""Openings on a yes to the question before ("If so", "Falls ja", "Si oui", "De ser así")."""
_ON_A_NO = r"if\s+not|falls\s+nicht|wenn\s+nicht|si\s+non|en\s+caso\s+contrario"
"""Openings on a no to the question before, which ask for a second best ("If not, can Dr Patel prescribe the
2.5mg?")."""
_FOLLOWS_ON = re.compile(rf"{_FOLLOWS_ON_OPENING}(?:{_ON_A_YES}|{_ON_A_NO})\b", re.IGNORECASE)
"""A question opening on the answer to the one before ("And if so, …", "Falls ja, …", "Si oui, …", "De ser así, …")."""
_FOLLOWS_ON_A_YES = re.compile(rf"{_FOLLOWS_ON_OPENING}(?:{_ON_A_YES})\b", re.IGNORECASE)


def follows_on(question: Question) -> bool:
    """Whether a question builds on the answer to the one before it ("Any chance of a late check-out? And if so,
    what time could we stay until?", "Si oui, comment se passe l'envoi ?"): a reply that answers it has taken
    the answer to that one for granted, and so given it."""
    return not question.first and _FOLLOWS_ON.search(question.text) is not None


def prices_the_one_before(question: Question) -> bool:
    """Whether a question asks only what the one before it would cost ("Can you replace it? Please let me know the
    price."): an amount for it is an offer to do that one, which says yes to it."""
    return not question.first and question.expects == "how_much" and question.keywords <= {PRICE_GROUP}


def follows_on_a_yes(question: Question) -> bool:
    """Whether a question asks what follows from a yes to the one before it ("Has anyone handed them in? If so,
    could you keep them at the desk?"): it waits on that answer, where "If not, …" asks for something else."""
    return not question.first and _FOLLOWS_ON_A_YES.search(question.text) is not None


REFERS_BACK = re.compile(
    r"\b(?:it|them)\b|\b[ml]'(?:envoy|renvoy|transmet|adress|[ée]tabli|[ée]dit)|"
    r"\b(?:le|la|les)\s+(?:envoy|renvoy|transmet|adress|pr[ée]par|faire|[ée]tabli|r[ée]dig)|"
    # any infinitive after "pouvez-vous" and the like: "Est-ce que vous pouvez toujours les nettoyer ?", "¿Pueden
    # limpiarlos?", "¿Los pueden reparar?"
    r"\b(?:pouvez|pourriez|pourrez|pourrions|pouvons|pourrais|peux|peut)(?:-vous|-on|-je)?\s+(?:\w+\s+)?"
    r"(?:les|la|le|l')\s*\w+(?:er|ir|re)\b|\b(?:pueden|podr[íi]an|puede|podr[íi]a)\s+\w+(?:ar|er|ir)l[oa]s?\b|"
    r"\bl[oa]s?\s+(?:pueden|podr[íi]an|puede|podr[íi]a)\b|"
    r"\b(?:es|(?-i:sie)|ihn)\s+(?:mir|uns)\b|\b(?:mir|uns)\s+(?:es|(?-i:sie)|ihn)\b|\w+(?:mela|melo|noslo|nosla|nosle)\b|"
    # a demonstrative standing for the thing: "Könnten Sie uns diese bitte zuschicken?" (not "diese Unterlagen")
    r"\b(?:mir|uns)\s+(?:diese[ns]?|dies|die|das)\s+(?:bitte|auch|noch|gerne?|zu\w*|per|als|nochmals?|heute|morgen|bis)\b",
    re.IGNORECASE)
"""A question whose object is a pronoun ("e-mail *it*", "me *l'*envoyer", "me *la* préparer", "schicken Sie *sie* uns",
"envíe*mela*"): what it speaks of was named before it. Not the polite "Sie" ("Können *Sie mir* … schicken?")."""
_DUMMY_IT = re.compile(
    r"\b(?:is|was|would|will|could|might)\s+it\s+(?:be\s+|also\s+)?(?:possible|ok(?:ay)?|fine|necessary|worth)\b|"
    r"\bit\s+(?:would|will|might)\s+be\b|\bit(?:'s|\s+is)\s+(?:possible|ok(?:ay)?|fine|necessary|worth)\b|"
    r"\bhow\s+long\s+(?:does|will|would)\s+it\s+take\b",
    re.IGNORECASE)


def refers_back(question: Question) -> bool:
    """Whether a question speaks of what the customer wrote just before it by a pronoun ("HMRC sent a new tax code
    (1100L). Has LedgerLark picked it up automatically?"): that statement names its subject, so a promise on the tax
    code takes it up. "Is it possible", "how long does it take" name nothing. The message's first question, or a
    later one with a word of its own at most ("The October invoice has the wrong rate. Please correct it."): a
    fuller later question names its own subject."""
    return ((question.first or len(question.keywords) <= THIN_QUESTION_WORDS) and bool(question.context)
            and REFERS_BACK.search(_DUMMY_IT.sub(" ", question.text)) is not None)
