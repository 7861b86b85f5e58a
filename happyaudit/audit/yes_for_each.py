"""A yes or a no for every yes/no question a customer asked: "Do you deliver to Belgium? And is assembly
included?" - "Oui et oui !". One yes answers the first yes/no question only; a yes for each (or "Neither costs
extra", "Yes to both") answers them all, whichever sentence each stands in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

YES_OR_NO = r"(?:yes|no|ja|nein|oui|non|s[íi])"
"""A bare yes or no in the languages replies are read in."""
_EVERY_QUESTION_AFFIRMED = re.compile(
    # "Yes to both", "Yes on both counts" (not "Yes, for all the dates you listed", which says one thing of many)
    r"^\W*(?:(?:yes|no)\s*,?\s+(?:to|on|for)\s+(?:both|all|each|everything)\b(?!\s+(?:of\s+)?(?:the|your|our)\b)|"
    r"(?:oui|non)\s+aux\s+deux|(?:ja|nein)\s*,?\s+zu\s+(?:beidem|allem)|"
    r"s[íi]\s*,?\s+a\s+(?:ambas|ambos|las\s+dos|los\s+dos|todo)|"
    rf"{YES_OR_NO}(?:\W+(?:and|und|et|y|&)\s*{YES_OR_NO})+|"
    # one word for the two things asked about, as a pronoun: "Do the vegan meals cost extra? And is there a
    # surcharge for gluten-free?" - "Neither costs a penny more"; not "Both frames are set aside", which speaks of
    # two things one question asked about
    r"(?:neither|both|les\s+deux|ambos|ambas)(?=\s*[,.!:;\u2013\u2014-]|\s+(?:of\s+them|is|are|costs?|does|do|has|have|"
    r"will|would|can|comes?|needs?|includes?|sont|co[ûu]tent|ont|son|est[áa]n|cuestan|tienen)\b)|"
    r"beides|keins?\s+von\s+beiden|aucun\s+des\s+deux|ni\s+l'un\s+ni\s+l'autre|ninguno\s+de\s+los\s+dos|"
    r"ninguna\s+de\s+las\s+dos)\b",
    re.IGNORECASE,
)
"""A reply opening with a yes or no for every question ("Yes to all of it:", "Oui et oui !", "Ja zu beidem",
"Neither costs extra")."""
_YES_OR_NO_OPENING = re.compile(
    r"^\W*(?:yes|yeah|yep|no|nope|ja|nein|oui|non|s[íi]|nee|"
    r"(?:we|i)\s+(?:do|can|will|don't|can't|won't)(?=\s*(?:[,.!:;\u2013\u2014-]|$)))\b", re.IGNORECASE)
"""A sentence opening with a plain yes or no ("Yes, …", "We do: …"), not a softer "no problem" or "happy to", nor
a statement of what support can do ("I can give you a firm figure once I have it on the bench")."""
_YES_OR_NO_CLAUSE = re.compile(
    rf"(?:[,;:\u2013\u2014-]\s*|\s)(?:and|but|und|aber|et|mais|y|pero)\s+{YES_OR_NO}\s*[,.!:;\u2013\u2014-]",
    re.IGNORECASE)
"""A yes or no that opens a later clause of a sentence ("… orderable online - and yes, 30 degrees")."""


def answers_every_yes_no(yes_no_questions: int, evidence: Sequence[str]) -> str | None:
    """The yeses and noes of a reply that gives one for each of the ``yes_no_questions`` open ("Do you deliver
    to Belgium? And is assembly included?" - "Oui et oui !"; "We do: … - and yes, 30 degrees"), shown as written;
    else ``None``: it answers them all. One yes among several questions is only the first question's."""
    if yes_no_questions < 2:
        return None
    every = next((match for match in map(_EVERY_QUESTION_AFFIRMED.match, evidence) if match), None)
    if every is not None:
        return every.group(0).strip()
    openings = [match.group(0).strip() for match in map(_YES_OR_NO_OPENING.match, evidence) if match]
    clauses = [match.group(0).strip(" ,.!:;-\u2013\u2014") for sentence in evidence
               for match in _YES_OR_NO_CLAUSE.finditer(sentence)]
    given = openings + clauses
    return ", ".join(given) if len(given) >= yes_no_questions else None
