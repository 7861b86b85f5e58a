"""How a customer marks a question as an aside or an addition to the message's main matter ("By the way, …",
"Could you also …", "Por cierto, …"): the question agents skip, and so the one the customer's thanks, a short
reply or a leftover reply sentence is least likely to have answered."""

from __future__ import annotations

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
