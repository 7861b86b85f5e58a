"""How a customer marks a question as an aside or an addition to the message's main matter ("By the way, …",
"Could you also …", "Por cierto, …"): the question agents skip, and so the one the customer's thanks, a short
reply or a leftover reply sentence is least likely to have answered."""

from __future__ import annotations

import re

from happyaudit.audit.questions import Question

_IN_PASSING = re.compile(
    r"^\W*(?:also|and\s+also|plus|by\s+the\s+way|btw|separately|one\s+more\s+thing|while\s+I'm\s+at\s+it|"
    # "I was also wondering whether …", "I also wanted to ask …", "Ich wollte noch fragen, ob …"
    r"(?:i|we)\s+(?:was|were)\s+also\s+wondering|(?:i|we)\s+also\s+wanted\s+to\s+ask|"
    r"(?:ich|wir)\s+(?:wollte|wollten|m[öo]chte|m[öo]chten)\s+noch\s+(?:kurz\s+)?(?:fragen|wissen)|"
    r"au(?:ß|ss)erdem|[üu]brigens|zudem|noch\s+etwas|par\s+ailleurs|au\s+fait|de\s+plus|en\s+plus|"
    r"por\s+cierto|adem[áa]s|otra\s+cosa|trouwens|verder)\b", re.IGNORECASE)
"""A question that says it comes in passing ("Also, please update our billing address", "By the way, …",
"Par ailleurs, …", "Por cierto, …"): the message has another matter, which a short reply speaks to."""


def asked_in_passing(question: Question) -> bool:
    """Whether a question is marked as an aside to the message's main matter."""
    return _IN_PASSING.match(question.text) is not None


_ADDITION = re.compile(
    r"\b(?:also|as\s+well|in\s+addition|additionally|one\s+more\s+thing|another\s+thing|second(?:ly)?|third(?:ly)?|"
    r"finally|lastly|p\.?\s?s|au(?:ß|ss)erdem|zus[äa]tzlich|auch|noch\s+eine?|aussi|[ée]galement|autre\s+chose|"
    r"de\s+plus|en\s+outre|adem[áa]s|tambi[ée]n|otra\s+cosa|por\s+otro\s+lado|ook|verder)\b",
    re.IGNORECASE,
)
"""A word anywhere in a question that presents it as an addition ("Pourriez-vous aussi …", "Could you also …"):
``_IN_PASSING`` knows only the asides that open a question ("By the way, …", "Por cierto, …")."""


def marked_as_addition(question: Question) -> bool:
    """Whether the customer presents the question as an addition or an aside to the message's main matter: the
    question an agent skips and a customer forgets in the glow of the main answer, so neither the customer's
    thanks, nor their carrying on, nor a reply sentence left over makes its answer likely."""
    return asked_in_passing(question) or _ADDITION.search(question.text) is not None
