"""What a customer asked: questions and explicit requests, and questions later withdrawn.

Pure functions over precompiled regexes, linear in the text; English first, then German,
French, Spanish and Dutch question marks; the request forms come from asking.py. Sentences, keywords
and entities come from text.py; chasing (and the chasers that ask nothing new) from chasing.py;
the kind of answer each question asks for from question_kinds.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from happyaudit.audit.asked_words import asked_keywords
from happyaudit.audit.asking import (
    ADDITION,
    IN_PASSING,
    INDIRECT,
    LIST_INTRO,
    LIST_OF_WANTS,
    MODAL_ASKED,
    MODAL_HINT,
    NEED_STATED,
    NEEDED_DOCUMENT,
    OFFER,
    OPEN_POSSIBILITY,
    POSSIBILITY_HINT,
    QUESTION_HINT,
    REQUEST,
    UNPUNCTUATED_HINT,
    UNPUNCTUATED_QUESTION,
    WANTED_THING,
    WH_ASKED_OF_YOU,
    WISH,
)
from happyaudit.audit.chasing import only_nudges
from happyaudit.audit.guards import Hint
from happyaudit.audit.question_kinds import expected_answer, options_of
from happyaudit.audit.sign_off import without_signature_block
from happyaudit.audit.text import (
    _GREETING_PREFIX,
    _LEAD_IN,
    _SENTENCE_CACHE,
    _TEXT_CACHE,
    content_sentence,
    paragraphs_of_sentences,
)
from happyaudit.audit.words import _TOKEN, entities_of, keywords_of

# --- questions -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Question:
    """One question or explicit request the customer wrote."""

    text: str
    """The sentence as written, trimmed."""
    kind: str
    """``direct`` (a "?" question), ``indirect`` ("I was wondering whether…") or ``request``."""
    expects: str
    """when | how_much | how_many | yes_no | where | which | how | why | what | other."""
    keywords: frozenset[str]
    entities: frozenset[str]
    context: frozenset[str] = frozenset()
    """Keywords of the statements around it in its paragraph ("It's broken. Can you swap it?")."""
    details: frozenset[str] = frozenset()
    """Keywords of the statement right after it, which spells out what it asks ("Can I change the
    address? It's 4 Harbour Road."): a part of ``context`` that belongs to this question alone."""
    topic: frozenset[str] = frozenset()
    """Keywords of the whole message, for questions with no content of their own ("What can I do?")."""
    single: bool = False
    """Whether it is the only question of its message."""
    options: frozenset[str] = frozenset()
    """The alternatives of a choice question ("the M or the L" → M, L), as written."""
    first: bool = True
    """Whether it is the first question of its message (a reply answers in the order asked)."""
    earlier: frozenset[str] = frozenset()
    """Keywords of the message's sentences before it, questions included: the words a later question
    repeats from them ("We need 24 trays. Can you deliver Thursday? And send the trays' data sheet?")
    name the case's subject, not what this question asks."""
    number: str = ""
    """The number or letter of the list item it was asked in ("2) Do you offer a student discount?" → "2"), so a
    reply that answers point by point under the same numbers can be read; ``""`` outside a numbered list."""
    listed: bool = False
    """Whether it was asked as an item of a list, numbered or bulleted ("- Is there any sibling discount?"): the
    customer set out the points one by one, and a reply's sentences say which of them they take up."""


_PLEASANTRY = re.compile(
    r"^(?:how\s+(?:are|r)\s+(?:you|u|things|everyone|everybody|all\s+of\s+you)|how(?:'s|\s+is)\s+(?:it\s+going|"
    r"(?:your|the)\s+(?:day|week|weekend)|everything|everyone|everybody|the\s+team|life)|"
    r"how\s+(?:was|were)\s+(?:your|the)\s+(?:weekend|holidays?|trip|day|week)|how\s+have\s+you\s+been|"
    r"(?:i\s+)?hope\s+(?:you|this|that|all|everything|your|things|life|the\s+(?:day|week|weekend|month|year))|hope\s+so|hope\s+that\s+makes\s+sense|"
    # hoping the business is well: "I hope the shop is surviving the run-up to Christmas?"
    r"(?:i\s+)?hope\s+(?:the|your)\s+(?:shop|store|business|team|office|staff|family|season|holidays?)\s+"
    r"(?:is|are|was|were|has|have)\b|"
    # hoping an event went well: "Hope the Beaujolais evening went well last night?"
    r"(?:i\s+)?hope\s+(?:the|your)\s+(?:[\w'-]+\s+){1,4}?(?:went|was|were|goes|is\s+going)\s+"
    r"(?:well|ok|okay|fine|smoothly|to\s+plan|great|good)\b|"
    r"wie\s+geht(?:'s|\s+es)|comment\s+(?:allez|vas|ça\s+va)|[çc]a\s+va|¿?\s*qu[ée]\s+tal|¿?\s*c[óo]mo\s+(?:est[áa]s?|le\s+va|te\s+va)|"
    r"hoe\s+gaat\s+het|alles\s+goed|"
    # hoping all is well, in German, French and Spanish: "ich hoffe, bei Ihnen an der Küste ist alles gut?"
    r"(?:ich|wir)\s+hoffen?,?\s+(?:(?:dass\s+)?(?:es\s+)?(?:ihnen|euch|dir|bei\s+(?:ihnen|euch))\b.*\balles\s+gut|"
    r"(?:dass\s+)?(?:es\s+)?(?:ihnen|euch|dir)\s+gut\s+geht)|j'esp[èe]re\s+que\s+(?:vous\s+allez|tout\s+va)|"
    r"espero\s+que\s+(?:est[ée]n?\s+bien|todo\s+(?:vaya|est[ée]|bien))|does\s+that\s+make\s+sense|makes\s+sense|right|ok(?:ay)?|anyone|hello|"
    r"who\s+knows|what\s+else\s+is\s+new|guess\s+what|you\s+know\s+what)\b",
    re.IGNORECASE,
)
_RHETORICAL = re.compile(
    # "?!" and "!?" are outbursts; a doubled "??" is an insistent real question ("what time do you close??")
    r"\?\s*!|!\s*\?|\bwho\s+knew\b|"
    # wonder at good news: "Who'd have thought we'd be generating anything in November?"
    r"^(?:who(?:'d|\s+would)\s+have\s+(?:thought|guessed|believed)|wer\s+h[äa]tte\s+(?:das\s+)?gedacht|"
    r"qui\s+l'e[uû]t\s+cru|qui\s+aurait\s+(?:cru|pens[ée])|qui[ée]n\s+(?:lo\s+)?(?:iba\s+a\s+decir|hubiera\s+dicho|dir[íi]a))\b|"
    r"^(?:seriously|really|why\s+me|are\s+you\s+(?:serious|kidding)|is\s+this\s+a\s+joke|"
    # wonder shared, not asked: "Can you believe it's nearly summer again?", "Is it just me, or …?"
    r"(?:can|could|would)\s+you\s+believe|is\s+it\s+(?:just|only)\s+me\b|"
    # a chaser's outburst: "Hello?? Is anyone reading these?"
    r"is\s+(?:anyone|anybody|someone|somebody)\s+(?:there|out\s+there|reading\s+(?:these|this|my)|listening|home)|"
    r"(?:est-ce\s+(?:que\s+|qu')|y\s+a-t-il\s+)?(?:il\s+y\s+a\s+)?quelqu'un\s+(?:qui\s+)?(?:lit|r[ée]pond|est\s+l[àa])|"
    r"(?:liest|antwortet)\s+(?:hier\s+)?(?:[üu]berhaupt\s+)?(?:jemand|wer)|ist\s+(?:da\s+)?(?:[üu]berhaupt\s+)?jemand\s+da|"
    r"¿?\s*(?:hay\s+)?alguien\s+(?:que\s+)?(?:lee|leyendo|responde|ah[íi])|"
    r"what\s+(?:is|'s)\s+going\s+on|what\s+the\s+(?:hell|heck)|how\s+hard\s+can\s+it\s+be|"
    r"how\s+is\s+(?:this|that)\s+(?:acceptable|possible|ok)|who\s+does\s+that|what\s+were\s+you\s+thinking|"
    r"c'est\s+une\s+blague|ist\s+das\s+(?:ihr\s+)?ernst|en\s+serio)\b|"
    # an exasperated "who" about what was done: "Honestly, who sends a sofa out without the feet?"
    r"^(?:honestly|seriously|come\s+on|i\s+mean)\W+(?:who\s+(?:on\s+earth\s+|in\s+their\s+right\s+mind\s+)?\w+s|"
    r"what\s+kind\s+of\s+\w+\s+\w+s)\b|"
    # a complaint that something keeps happening: "Why is it always the Wi-Fi?", "Warum ist es immer…?"
    r"^(?:why\s+(?:is|must)\s+(?:it|this|that)\s+always|why\s+(?:do|does|must)\s+(?:these|those|such)\s+things\s+always|"
    r"(?:warum|wieso)\s+(?:ist|muss)\s+(?:es|das)\s+immer|"
    r"pourquoi\s+(?:c'est|faut-il)\s+toujours|por\s+qu[ée]\s+siempre\s+(?:es|tiene|tengo))\b|"
    # regret, wherever it stands: "Finally got the leylandii down (why did we ever let the last owner plant them?)"
    r"\bwhy\s+(?:on\s+earth\s+)?(?:did|do|would)\s+(?:i|we)\s+ever\b|"
    r"\b(?:warum|wieso)\s+(?:habe\s+ich|haben\s+wir)\s+(?:blo[ßs]|nur|jemals)\b|"
    # a wh-question that asks for agreement answers itself: "who reads release notes for fun, right?"
    r"\b(?:who|what|how|why)\b[^?]*,\s*(?:right|eh|huh)\s*\?\s*$",
    re.IGNORECASE,
)
_SELF_ANSWER = re.compile(
    r"\b(?:anyway|anyhow|never\s*mind|nevermind|found\s+(?:it|the\s+answer|out)|figured\s+(?:it\s+)?out|"
    r"i\s+(?:just\s+)?(?:saw|see)\s+(?:now\s+)?that|(?:i've|i\s+have)\s+just\s+(?:seen|found|spotted)\s+it\b|"
    r"scratch\s+that|ignore\s+(?:that|this|my|me)\b|answered\s+my\s+own|just\s+kidding|only\s+joking|"
    # taking it back at once: "I'd need an order reference for that, wouldn't I? Actually no - holds go under a surname"
    r"^actually\W+(?:no|nope|not)\b(?!\s+(?:rush|hurry|problem|worries))|"
    r"hat\s+sich\s+erledigt|schon\s+gefunden|laissez\s+tomber|j'ai\s+trouv[ée]|ya\s+lo\s+encontr[ée]|olv[íi]dalo|"
    r"laat\s+maar|al\s+gevonden|"
    # seeing the answer already given: "Can the covers go in the washing machine? Ah - you already said, 30 degrees."
    # telling oneself not to bother: "What size did I have last time? Ah, don't worry, it's on my receipt"
    r"^(?:oh|ah|aha|wait)\W+(?:(?:don't|do\s+not)\s+worry|no\s+worries)|"
    r"(?:ah|oh|oops|sorry)\W+(?:i\s+see\s+)?(?:you|u)\s+(?:already|just)\s+(?:said|told\s+me|answered|mentioned|wrote|explained))\b|"
    # having it to hand after all: "¿Dónde puse yo el número de la tumba? Ah, ya lo tengo: es el F 208."
    r"^(?:oh|ah|aha|ach|vale)\W+(?:ya\s+lo\s+tengo|lo\s+tengo|got\s+it|here\s+it\s+is|je\s+l['’]ai|"
    r"(?:ich\s+)?hab['’]?s|ich\s+habe\s+es)\b|"
    # finding it while writing: "Where would I find my booking reference? Oh wait, it's at the top of the confirmation"
    r"^(?:oh|ah|aha)?\W*wait\W+(?:it's|it\s+is|here\s+it\s+is|there\s+it\s+is|found\s+it)\b|"
    # catching oneself out: "Where do I find my candidate number? Oh, it is in the confirmation email, sorry."
    # (not "Oh, and sorry to be a pain: please also …", which adds a request)
    r"^(?:oh|ah|aha|ach|wait|oops)\b(?!\W*(?:and|also|plus|one\s+more|by\s+the\s+way|und|et|y)\b)[^.!?]*"
    r"\b(?:sorry|my\s+bad|my\s+mistake|silly\s+me|pardon|d[ée]sol[ée]e?|perd[óo]n|entschuldigung)\b",
    re.IGNORECASE,
)
_WITHDRAWAL = re.compile(
    r"\b(?:never\s*mind|nevermind|found\s+(?:it|the\s+answer)|figured\s+(?:it\s+)?out|sorted\s+it|no\s+longer\s+need|"
    r"(?:please\s+)?(?:ignore|disregard)\s+my\s+(?:last|previous|earlier)|forget\s+(?:my|the|that)\s+question|"
    r"hat\s+sich\s+erledigt|laissez\s+tomber|ya\s+no\s+hace\s+falta|laat\s+maar)\b",
    re.IGNORECASE,
)


_FIRST_PERSON_STATEMENT = re.compile(
    r"(?:i|i've|i'm|i'll|we|we've|we're|we'll|ich|wir|je|j'ai|nous|yo|nosotros)\s", re.IGNORECASE)
"""A list item that opens as the customer's own statement ("I've run out of domes.", "Wir überlegen, …"): what
they say about themselves, not a thing they ask for."""
_LIST_MARKER = re.compile(r"^(?:[-*•·–]|\(?(\d{1,2})[.)]|\(?([a-z])\))\s+")
"""A list item's marker ("- ", "2) ", "b) "): a request in a bulleted list begins after it."""


def _may_be_question(sentence: str) -> bool:
    """False only for a sentence ``_question_kind`` can never call a question.

    ``_question_kind`` returns a kind only for a "?"/"¿" question, an ``INDIRECT`` or ``REQUEST``
    match, or an ``UNPUNCTUATED_QUESTION`` ending in a letter or digit (or in a full stop after an
    ``OPEN_POSSIBILITY``, or as a ``WH_ASKED_OF_YOU``, whose "you" is a ``QUESTION_HINT`` word, or as a
    ``MODAL_ASKED``, which ``MODAL_HINT`` finds); its ``body`` is a
    substring of ``sentence`` (the greeting and lead-in are cut from the front, then it is
    stripped), so these checks on the whole sentence are necessary conditions.
    """
    if "?" in sentence or "¿" in sentence or QUESTION_HINT.search(sentence):
        return True
    end = sentence.rstrip()[-1:]
    return ((end.isalnum() and UNPUNCTUATED_HINT.search(sentence))
            or (end == "." and (POSSIBILITY_HINT.search(sentence) or MODAL_HINT.search(sentence))))


def _added_point(sentence: str) -> bool:
    """Whether a sentence adds a point of its own to what its message asked ("Lastly, …", "I'd also like to …"), as
    a customer marks an addition or an aside (``asides.marked_as_addition``)."""
    return IN_PASSING.match(sentence) is not None or ADDITION.search(sentence) is not None


@lru_cache(maxsize=_SENTENCE_CACHE)
def _question_kind(sentence: str) -> str | None:
    """``direct``, ``indirect``, ``request``, ``wish``, ``need`` or ``want`` for a real question, else ``None``."""
    if not _may_be_question(sentence):
        return None
    return _full_question_kind(sentence)



def _full_question_kind(sentence: str) -> str | None:
    """``_question_kind`` without the pre-check."""
    body = _LEAD_IN.sub("", _LIST_MARKER.sub("", _GREETING_PREFIX.sub("", sentence).lstrip())).strip()
    if not body or _PLEASANTRY.match(body.lstrip("¿¡ ")):
        return None
    is_question_mark = body.rstrip("\"'”’) ").endswith("?") or body.startswith("¿")
    if is_question_mark and _RHETORICAL.search(body):
        return None
    if len(_TOKEN.findall(body)) < 2 and is_question_mark:
        return None  # "Seriously?", "Hello?"
    if OFFER.search(body) and not is_question_mark:
        return None
    if INDIRECT.search(body):
        return "indirect"
    if is_question_mark:
        return "direct"
    if REQUEST.search(body):
        return "request"
    if WISH.search(body):
        return "wish"
    if NEED_STATED.search(body):
        # a document needed is asked for, whatever else the message asks: "We'd need a receipt for the deposit."
        return "want" if WANTED_THING.search(body) or NEEDED_DOCUMENT.search(body) else "need"
    if WANTED_THING.search(body):
        return "want"
    if UNPUNCTUATED_QUESTION.match(body) and (body[-1:].isalnum() or (
            body[-1:] == "." and (OPEN_POSSIBILITY.match(body) or WH_ASKED_OF_YOU.match(body)
                                  or MODAL_ASKED.match(body)))):
        return "direct"  # "Also, what's the weight" typed without its "?"
    return None


_ALTERNATIVE = re.compile(
    r"^\W*(?:or|oder|ou|o)\s|^\W*(?:(?:falls|wenn|si)\s+n(?:icht|o)\s*,|(?:if\s+not|otherwise|failing\s+that|"
    r"if\s+(?:that's|that\s+is|it's|it\s+is)\s+not\s+possible|ansonsten|andernfalls|sinon|"
    r"si\s+ce\s+n'est\s+pas\s+possible|de\s+lo\s+contrario|si\s+no\s+es\s+posible)\b)",
    re.IGNORECASE)
"""A question that starts with "or" offers another answer to the question before it; one that starts with "if not"
("If not, could I put the value towards a buoyancy aid?", "Si no, ¿podríamos cambiarlo a primavera?") asks for a
second best: a reply that grants either has answered."""


def extract_questions(text: str) -> list[Question]:
    """Every question and explicit request in a customer's new text, in order.

    Skips quoted lines, disclaimers, pleasantries ("How are you?"), rhetorical outbursts
    ("What is going on?!"), a question the customer answers right away ("Do I need a
    receipt? I've attached it anyway."), "?" inside URLs, and pure chasers ("Any update?"),
    which are the customer-chased rule's business.
    """
    # Fresh objects, as before the cache: a caller may tell questions apart by identity.
    return [replace(question) for question in _questions_of(text)]


def _introduces_list(sentence: str, next_sentence: str) -> bool:
    """Whether a question only announces the list of questions or items after it: those are what it asks, each
    answered or not on its own, so it is no question of its own that a reply could leave out."""
    return (bool(next_sentence) and LIST_INTRO.search(sentence) is not None
            and (_LIST_MARKER.match(next_sentence) is not None or _question_kind(next_sentence) is not None))


@lru_cache(maxsize=_TEXT_CACHE)
def _questions_of(text: str) -> tuple[Question, ...]:
    paragraphs = paragraphs_of_sentences(without_signature_block(text))
    topic = keywords_of(" ".join(content_sentence(s) for p in paragraphs for s in p))
    found: list[tuple[str, str, frozenset[str], frozenset[str], frozenset[str]]] = []
    said: list[str] = []  # the sentences so far; their keywords are read only for a question (most have none)
    list_lead: str | None = None  # "I need:" before a bulleted list, which each of its items completes
    flat = [sentence for sentences in paragraphs for sentence in sentences]  # an announced list may start a paragraph
    for sentences in paragraphs:
        last_statement: str | None = None
        in_list = False  # past an item of a list: a sentence after it goes on with that item
        for index, sentence in enumerate(sentences):
            said.append(sentence)
            kind = _question_kind(sentence)
            item = _LIST_MARKER.match(sentence) is not None
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            if (kind is None and item and list_lead
                    and not (following and not _LIST_MARKER.match(following) and _question_kind(following))):
                # "I need: / - to know whether payroll journals can be shown summarised,"; not the item's statement
                # before its own question ("1. I've run out of domes. Are mine the 8mm or the 10mm?")
                kind = _question_kind(f"{list_lead[:-1]} {_LIST_MARKER.sub('', sentence)}")
                if kind in ("wish", "need"):
                    kind = "request"  # "Necesitaría lo siguiente: / 3. Que nos confirmen si …": an item is asked for
                if (kind is None and LIST_OF_WANTS.search(list_lead)
                        and not _FIRST_PERSON_STATEMENT.match(_LIST_MARKER.sub("", sentence))):
                    # "…and need a few bits from you: / - your 2027 prices for private tutoring"
                    kind = "request"
            if not item and not in_list:
                list_lead = sentence if kind is None and sentence.endswith(":") else None
            elif item:
                in_list = True
                last_statement = None  # what the items before said is theirs, not this one's context
            if kind is None:
                last_statement = sentence
                continue
            if (kind == "want" and following
                    and (_question_kind(following) is not None or LIST_INTRO.search(following))
                    and not _LIST_MARKER.match(following) and not _added_point(sentence)):
                # "We'd like a family session. A couple of questions: …": the wish sets the scene for what is asked;
                # not one added to the message's questions ("Außerdem bräuchten wir eine Kopie des Angebots.")
                last_statement = sentence
                continue
            if following and _SELF_ANSWER.search(following):
                continue
            if only_nudges(sentence):
                continue
            if _introduces_list(sentence, flat[len(said)] if len(said) < len(flat) else ""):
                # "Could you help with the following? / 1. A price for 10 cases": each item is what it asks
                last_statement = list_lead = sentence
                continue
            before = frozenset().union(*(keywords_of(content_sentence(s)) for s in said[:-1]))
            context = keywords_of(last_statement) if last_statement else frozenset()
            details = frozenset()
            if following and _question_kind(following) is None and not _LIST_MARKER.match(following):
                # "What size should I order? I'm 180 cm."; the next item of a list is no detail of this one
                details = keywords_of(following)
                context |= details
            if index and found and found[-1][0] == sentences[index - 1] and _ALTERNATIVE.match(sentence):
                # "Is it the valve? Or is the tube punctured?": one question with two alternatives.
                previous, previous_kind, previous_context, previous_details, previous_before = found.pop()
                found.append((f"{previous} {sentence}", previous_kind, previous_context | context,
                              previous_details | details, previous_before))
                continue
            found.append((sentence, kind, context, details, before))
    asked = [position for position, (_, kind, _, _, _) in enumerate(found) if kind not in ("wish", "need")]
    if asked:
        # A wish sets the scene for the questions after it ("I'd like to return the jacket. How do I get a label?"),
        # but one added after them all ("Lastly, I'd like to change the email address on our account") is a
        # request of its own; so is a need stated after them all ("We'd need the invoice to go to our purchasing
        # team rather than to me").
        found = [item for position, item in enumerate(found)
                 if item[1] not in ("wish", "need") or (position > asked[-1] and (
                     item[1] == "need" or _added_point(item[0])))]
    questions = []
    for position, (sentence, kind, context, details, before) in enumerate(found):
        kind = "request" if kind in ("wish", "want", "need") else kind
        unmarked = _GREETING_PREFIX.sub("", sentence).strip()
        marker = _LIST_MARKER.match(unmarked)
        text_ = _LIST_MARKER.sub("", unmarked)
        keywords, occasion = asked_keywords(text_)
        questions.append(Question(
            text=text_,
            kind=kind,
            expects=expected_answer(text_, kind),
            keywords=keywords,
            entities=entities_of(text_),
            context=context | occasion,
            details=details,
            topic=topic,
            single=len(found) == 1,
            first=position == 0,
            options=options_of(text_),
            earlier=before,
            number=(marker.group(1) or marker.group(2) or "") if marker else "",
            listed=marker is not None,
        ))
    return tuple(questions)


_WITHDRAWAL_HINT = Hint("mind found figured sorted longer ignore disregard forget erledigt tomber falta laat")
"""A cheap necessary condition for ``_WITHDRAWAL``: each of its alternatives must match one of these
words. Same flags; checked against ``_WITHDRAWAL`` in tests."""


@lru_cache(maxsize=_TEXT_CACHE)
def withdraws(text: str) -> bool:
    """Whether a customer's later text withdraws an earlier question ("never mind, found it")."""
    return _WITHDRAWAL_HINT.search(text or "") and _WITHDRAWAL.search(text) is not None
