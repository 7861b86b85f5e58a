"""How a customer marks a question's place in the message: as an aside or an addition to its main matter ("By the
way, …", "Could you also …", "Por cierto, …"), the question agents skip, and so the one the customer's thanks, a
short reply or a leftover reply sentence is least likely to have answered; or as built on the answer to the question
before it ("And if so, …")."""

from __future__ import annotations

import re

from happyaudit.audit.asking import ADDITION, IN_PASSING
from happyaudit.audit.questions import Question


def asked_in_passing(question: Question) -> bool:
    """Whether a question is marked as an aside to the message's main matter."""
    return IN_PASSING.match(question.text) is not None


def marked_as_addition(question: Question) -> bool:
    """Whether the customer presents the question as an addition or an aside to the message's main matter: the
    question an agent skips and a customer forgets in the glow of the main answer, so neither the customer's
    thanks, nor their carrying on, nor a reply sentence left over makes its answer likely."""
    return asked_in_passing(question) or ADDITION.search(question.text) is not None


_FOLLOWS_ON = re.compile(
    r"^\W*(?:(?:and|but|also|und|et|mais|y|pero)\W+)?(?:if\s+(?:so|not|yes|that's\s+the\s+case|you\s+do|you\s+can)|"
    r"falls\s+(?:ja|nicht|doch|so)|wenn\s+(?:ja|nicht|doch)|si\s+(?:oui|non|c'est\s+le\s+cas)|"
    r"en\s+caso\s+(?:afirmativo|contrario)|de\s+ser\s+as[íi]|si\s+es\s+as[íi])\b",
    re.IGNORECASE)
"""A question opening on the answer to the one before ("And if so, …", "Falls ja, …", "Si oui, …", "De ser así, …")."""


def follows_on(question: Question) -> bool:
    """Whether a question builds on the answer to the one before it ("Any chance of a late check-out? And if so,
    what time could we stay until?", "Si oui, comment se passe l'envoi ?"): a reply that answers it has taken
    the answer to that one for granted, and so given it."""
    return not question.first and _FOLLOWS_ON.search(question.text) is not None
