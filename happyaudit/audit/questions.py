"""What a customer asked: questions and explicit requests, and questions later withdrawn.

Pure functions over precompiled regexes, linear in the text; English first, then German,
French, Spanish and Dutch question marks and common request forms. Sentences, keywords
and entities come from text.py; chasing (and the chasers that ask nothing new) from chasing.py;
the kind of answer each question asks for from question_kinds.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from happyaudit.audit.chasing import only_nudges
from happyaudit.audit.question_kinds import expected_answer, options_of
from happyaudit.audit.text import (
    _DISCLAIMER,
    _GREETING_PREFIX,
    _LEAD_IN,
    _SENTENCE_CACHE,
    _TEXT_CACHE,
    _URL,
    Hint,
    content_sentence,
    paragraphs_of_sentences,
    unsigned,
    word_start_alternatives,
    word_start_guarded,
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


_PLEASANTRY = re.compile(
    r"^(?:how\s+(?:are|r)\s+(?:you|u|things)|how(?:'s|\s+is)\s+(?:it\s+going|(?:your|the)\s+(?:day|week|weekend)|everything|"
    r"life)|how\s+(?:was|were)\s+(?:your|the)\s+(?:weekend|holidays?|trip|day|week)|how\s+have\s+you\s+been|"
    r"(?:i\s+)?hope\s+(?:you|this|that|all|everything|your|things|life|the\s+(?:day|week|weekend|month|year))|hope\s+so|hope\s+that\s+makes\s+sense|"
    r"wie\s+geht(?:'s|\s+es)|comment\s+(?:allez|vas|ça\s+va)|[çc]a\s+va|¿?\s*qu[ée]\s+tal|¿?\s*c[óo]mo\s+(?:est[áa]s?|le\s+va|te\s+va)|"
    r"hoe\s+gaat\s+het|alles\s+goed|does\s+that\s+make\s+sense|makes\s+sense|right|ok(?:ay)?|anyone|hello|"
    r"who\s+knows|what\s+else\s+is\s+new|guess\s+what|you\s+know\s+what)\b",
    re.IGNORECASE,
)
_RHETORICAL = re.compile(
    # "?!" and "!?" are outbursts; a doubled "??" is an insistent real question ("what time do you close??")
    r"\?\s*!|!\s*\?|\bwho\s+knew\b|^(?:seriously|really|why\s+me|are\s+you\s+(?:serious|kidding)|is\s+this\s+a\s+joke|"
    # a chaser's outburst: "Hello?? Is anyone reading these?"
    r"is\s+(?:anyone|anybody|someone|somebody)\s+(?:there|out\s+there|reading\s+(?:these|this|my)|listening|home)|"
    r"what\s+(?:is|'s)\s+going\s+on|what\s+the\s+(?:hell|heck)|how\s+hard\s+can\s+it\s+be|"
    r"how\s+is\s+(?:this|that)\s+(?:acceptable|possible|ok)|who\s+does\s+that|what\s+were\s+you\s+thinking|"
    r"c'est\s+une\s+blague|ist\s+das\s+(?:ihr\s+)?ernst|en\s+serio)\b|"
    # a complaint that something keeps happening: "Why is it always the Wi-Fi?", "Warum ist es immer…?"
    r"^(?:why\s+(?:is|must)\s+(?:it|this|that)\s+always|(?:warum|wieso)\s+(?:ist|muss)\s+(?:es|das)\s+immer|"
    r"pourquoi\s+(?:c'est|faut-il)\s+toujours|por\s+qu[ée]\s+siempre\s+(?:es|tiene|tengo))\b|"
    # a wh-question that asks for agreement answers itself: "who reads release notes for fun, right?"
    r"\b(?:who|what|how|why)\b[^?]*,\s*(?:right|eh|huh)\s*\?\s*$",
    re.IGNORECASE,
)
_SELF_ANSWER = re.compile(
    r"\b(?:anyway|anyhow|never\s*mind|nevermind|found\s+(?:it|the\s+answer|out)|figured\s+(?:it\s+)?out|"
    r"i\s+(?:just\s+)?(?:saw|see)\s+(?:now\s+)?that|scratch\s+that|ignore\s+(?:that|this|my)|answered\s+my\s+own|"
    r"hat\s+sich\s+erledigt|schon\s+gefunden|laissez\s+tomber|j'ai\s+trouv[ée]|ya\s+lo\s+encontr[ée]|olv[íi]dalo|"
    r"laat\s+maar|al\s+gevonden)\b",
    re.IGNORECASE,
)
_WITHDRAWAL = re.compile(
    r"\b(?:never\s*mind|nevermind|found\s+(?:it|the\s+answer)|figured\s+(?:it\s+)?out|sorted\s+it|no\s+longer\s+need|"
    r"(?:please\s+)?(?:ignore|disregard)\s+my\s+(?:last|previous|earlier)|forget\s+(?:my|the|that)\s+question|"
    r"hat\s+sich\s+erledigt|laissez\s+tomber|ya\s+no\s+hace\s+falta|laat\s+maar)\b",
    re.IGNORECASE,
)

_INDIRECT = re.compile(
    r"\b(?:i|we)\s+(?:was|were|am|are)\s+(?:also\s+|just\s+|still\s+)?wondering|\b(?:i|we)(?:\s+(?:was|were|am|are)|'m|'re)\s+hoping\s+"
    r"(?:you\s+(?:could|can|might|would)|someone\s+(?:could|can)|to\s+find\s+out)\b|\bi\s+wonder(?:ed)?\s+(?:if|whether|when|how|what|why|where|which)|"
    r"\b(?:could|can|would|will)\s+(?:you|someone)\s+(?:please\s+)?(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|advise|"
    r"confirm|explain|clarify|check\s+(?:if|whether))|"
    r"\b(?:please\s+)?let\s+(?:me|us)\s+know\s+(?!if\s+you|whether\s+you\s+need|when\s+you)|"
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?:know|find\s+out|understand|hear)|"
    r"\b(?:i|we)\s+(?:want|need)\s+to\s+know|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:curious|not\s+sure)\s+"
    r"(?:whether|if|about|how|what|when|which)|\bdo\s+you\s+know\s+(?:if|whether|when|how|what|where|which|why)|"
    r"\b(?:asks?|asked|asking)\s+(?:me\s+)?(?:whether|if)\b|"
    # "can you tell me whether…" in German, French and Spanish: a question, not a request for action
    r"\b(?:k[öo]nnen|k[öo]nnten)\s+sie\s+(?:mir|uns)\s+(?:bitte\s+)?(?:sagen|mitteilen|erkl[äa]ren)\b|"
    r"\b(?:pourriez|pouvez)-vous\s+(?:me|nous)\s+(?:dire|indiquer|expliquer|pr[ée]ciser)\b|"
    r"\b(?:(?:pueden|podr[íi]an|puede|podr[íi]a)\s+(?:decirme|dec[íi]rnos|indicarme|ind[íi]carnos|explicarme)|"
    r"me\s+(?:pueden|podr[íi]an|puede|podr[íi]a)\s+(?:decir|indicar|explicar))\b|"
    # asking in the past or conditional tense: "I wanted to ask whether…", "Ich wollte fragen, ob…"
    r"\b(?:i|we)\s+(?:just\s+)?wanted\s+to\s+(?:ask|know|check|find\s+out)\s+(?:you\s+)?(?:if|whether|how|when|what|"
    r"where|which|why|about)\b|\b(?:i|we)(?:'d|\s+would)\s+like\s+to\s+ask\b|"
    r"\b(?:i'm|i\s+am|we're|we\s+are)\s+trying\s+to\s+find\s+out\s+(?:if|whether|how|when|what|where|which|why)\b|"
    r"\b(?:ich|wir)\s+(?:wollte|wollten|m[öo]chte|m[öo]chten)\s+(?:\w+\s+){0,3}?(?:fragen|wissen|nachfragen)\s*,?\s+"
    r"(?:ob|wann|wie|was|wo|welche[rsnm]?|warum)\b|\bmich\s+w[üu]rde\s+interessieren\b|"
    r"\b(?:ich\s+)?(?:w[üu]rde|m[öo]chte)\s+(?:\w+\s+)?gerne?\s+wissen|\bich\s+frage\s+mich|"
    r"\bj'aimerais\s+(?:\w+\s+)?(?:savoir|conna[îi]tre)|\bje\s+voudrais\s+(?:\w+\s+)?(?:savoir|conna[îi]tre)|"
    r"\bje\s+me\s+demande|"
    r"\b(?:je|nous)\s+(?:voulais|voulions|souhaite|souhaiterais|souhaitons|souhaiterions)\s+(?:vous\s+)?(?:savoir|demander)\b|"
    r"\bj'aurais\s+(?:voulu|aim[ée])\s+savoir\b|"
    r"\bme\s+gustar[íi]a\s+(?:\w+\s+)?(?:saber|conocer)|\bquisiera\s+(?:\w+\s+)?(?:saber|conocer)|"
    r"\bquer[íi]a\s+(?:\w+\s+)?(?:saber|conocer)|"
    r"\b(?:quer[íi]a|quisiera|quiero|me\s+gustar[íi]a|desear[íi]a|necesito)\s+(?:preguntar(?:les|le)?|consultar(?:les|le)?|"
    r"saber)\b|"
    r"\bik\s+(?:zou\s+graag\s+willen\s+weten|vroeg\s+me\s+af)",
    re.IGNORECASE,
)
_REQUEST_VERBS = (
    r"(?:send|re-?send|resend|email|forward|confirm|let|advise|check|cancel|change|update|refund|tell|provide|arrange|"
    r"call|contact|process|ship|deliver|issue|re-?issue|correct|fix|add|remove|replace|exchange|swap|copy|book|reserve|"
    r"share|look\s+into|set\s+(?:\w+\s+)?up|sign\s+(?:\w+\s+)?up|help|make\s+sure|ensure|return|reply|respond|explain|clarify|amend|adjust|credit|quote|"
    r"prepare|give|put|mark|delete|close|unsubscribe|ring|repair|investigate|organise|organize|sort|"
    # leaving something as it is: "Please keep the direct debit on the 1st of the month" (not "keep me posted")
    r"keep(?!\s+(?:me|us)\s+(?:posted|updated|informed|in\s+the\s+loop))|"
    # changes to an account or a service: "please switch my bill to paper-free", "please turn on 2FA"
    r"switch|turn\s+(?:on|off)|move|transfer|upgrade|downgrade|enable|disable|activate|deactivate|extend|renew|"
    r"pause|reset|unlock|waive|port|"
    # putting something in with the order or on file: "please include a gift receipt", "please attach the report"
    r"include|enclose|attach|record|register)"
)
_WANTED_ACTIONS = (
    r"(?:cancel|change|return(?!\s+(?:to|home|from|the\s+favou?r)\b)|exchange|book|reserve|update(?!\s+(?:you|u)\b)|amend|swap|request|arrange|"
    r"upgrade|downgrade|pause|stop(?!\s+(?:at|by|in)\b)|renew|switch|unsubscribe|reopen|claim|reschedule|postpone|"
    r"send\s+back|apply\s+for|make\s+a\s+(?:claim|complaint|return)|complain\b|report\s+(?:a|an|the)\s+(?:problem|"
    r"fault|defect|issue|damage))"
)
"""What a customer wants done when they write "I'd like to …" / "I need to …". Not "I'd like to thank
you", and not buying ("We want to buy 12 sleeping bags"): that sets the scene for the questions after it."""
_WANTED_THINGS = (
    r"(?:refund|replacement|invoice|receipt|quote|quotation|copy|credit\s+note|discount|call\s*back|"
    r"confirmation|label|estimate|catalogue|catalog|brochure|price\s+list|repair|appointment)"
)
"""What a customer asks for when they write "I'd like a …" / "I'd appreciate a …"."""
_REQUEST = re.compile(
    word_start_alternatives(
        rf"(?:^|[,;:]\s+)(?:(?:and|also|so|but)\s+)?(?:please|kindly|pls|plz)\s*,?\s+(?:(?:could|can|would)\s+you\s+)?"
        rf"(?:(?:also|just|now|still|urgently|again|either|then)\s+)?{_REQUEST_VERBS}\b|"
        # not a quantity, which sets the scene for the questions around it: "We'd need 2,000 in four designs."
        rf"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+|then\s+)?(?:need|require|want)\s+"
        rf"(?:a|an|the|some|our|my|your)\b|"
        rf"^(?:(?:and|also|so|but)\s+)?{_REQUEST_VERBS}\s+(?:\w+\s+){{0,6}}?(?:please|asap|as\s+soon\s+as\s+possible)\b|"
        # a want that ends in "please": "Our procurement team also needs your W-9 form, please."
        r"^(?:\S+\s+){2,}?\S+,\s*(?:please|bitte|s'il\s+vous\s+pla[îi]t|por\s+favor)\s*[.!]?$|"
        rf"^(?:(?:and|also|so|but)\s+)?(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|also\s+)*{_REQUEST_VERBS}\b|"
        # asking to be given something, typed without its "?": "and can i get a second key card for my husband."
        r"^(?:(?:and|also|so|but)\s+)?(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|also\s+)*(?:get|have)\s+"
        r"(?:a|an|another|the|some|my|our|one|two|\d+)\b|"
        rf"\b(?:i|we)(?:'d|\s+would)\s+(?:be\s+grateful|appreciate\s+it)\s+if\s+you\s+(?:could|would|can)\b|"
        rf"\b(?:i|we)(?:'d|\s+would)\s+like\s+you\s+to\b|"
        rf"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+)?(?:like|appreciate)\s+(?:a|an|the|some|my|our)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_WANTED_THINGS}\b|"
        r"\bit\s+would\s+be\s+(?:great|good|helpful|nice|wonderful|appreciated)\s+if\s+you\s+(?:could|can|would)\b|"
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+writing\s+to\s+(?:request|ask\s+(?:for|whether|if)|enquire|inquire)\b|"
        rf"\b(?:i|we)\s+(?:really\s+|urgently\s+|still\s+|also\s+)?need\s+(?:you\s+to\b|(?:the|a|an|my|our|this|that)\s+"
        rf"(?:[\w-]+\s+){{0,4}}?(?:re-?issued|re-?sent|resent|sent|changed|corrected|updated|cancelled|canceled|fixed|"
        rf"replaced|refunded|amended)\b|(?:a|an)\s+(?:refund|replacement|invoice|receipt|quote|return\s+label|"
        rf"credit\s+note|new\s+\w+|copy\s+of)\b)|"
        # German
        r"^(?:bitte\s+(?:senden|schicken|bestätigen|best[äa]tigen|teilen|geben|stornieren|ändern|[äa]ndern|"
        r"erstatten|prüfen|pr[üu]fen|rufen|kontaktieren|korrigieren|tauschen|ersetzen)|"
        r"(?:senden|schicken|bestätigen|best[äa]tigen|teilen|geben|stornieren|[äa]ndern)\s+sie\s+(?:[\w-]+\s+){0,4}?bitte)\b|"
        # the polite imperative with any verb: "Bitte tragen Sie unsere Kostenstelle ein", "Bitte aktualisieren Sie …";
        # not the courtesies "Bitte entschuldigen Sie …", "Bitte beachten Sie …", "Bitte zögern Sie nicht …"
        r"(?:^|[,;:]\s+)(?:(?:und|auch|au(?:ß|ss)erdem)\s+)?bitte\s+(?!entschuldigen|verzeihen|beachten|z[öo]gern|haben\b)"
        r"\w+(?:en|ern|eln)\s+sie\b|"
        r"\bich\s+(?:brauche|ben[öo]tige)\s+(?:noch\s+|dringend\s+|bitte\s+)?(?:die|den|das|eine|einen|ein)\b|"
        # wanting a thing, as "I'd like an invoice": "Außerdem hätte ich gern eine Rechnung"
        r"\b(?:(?:ich|wir)\s+h[äa]tten?|h[äa]tten?\s+(?:ich|wir))\s+(?:\w+\s+)?gerne?\s+(?:noch\s+)?"
        r"(?:eine|einen|ein|die|den|das)\b|"
        # "we would also need a …", as German, French and Spanish say it
        r"\b(?:(?:wir|ich)\s+(?:br[äa]uchten|br[äa]uchte|ben[öo]tigen|ben[öo]tigten)|(?:br[äa]uchten|ben[öo]tigen|ben[öo]tigten)\s+wir)\s+"
        r"(?:[\w-]+\s+){0,6}?(?:die|den|das|eine|einen|ein|noch)\b|"
        r"\b(?:il\s+nous\s+faudrait|nous\s+aurions\s+besoin|j'aurais\s+besoin)\b|"
        r"\b(?:necesitar[íi]amos|necesitar[íi]a|nos\s+har[íi]a\s+falta)\b|"
        r"\bich\s+bitte\s+(?:sie\s+)?um\b|\b(?:ich\s+bitte\s+sie|bitte\s+ich\s+sie)\s*,\s+(?:\S+\s+){1,8}?zu\s+\w+|\bw[äa]ren\s+sie\s+so\s+(?:nett|freundlich)\b|\bich\s+w[äa]re\s+(?:ihnen\s+)?(?:sehr\s+)?dankbar\b|"
        r"\b(?:k[öo]nnten|k[öo]nnen|w[üu]rden)\s+sie\s+(?:mir|uns)?\s*(?:bitte\s+)?\w+|"
        # French
        r"\b(?:pourriez|pouvez)-vous\b|^merci\s+(?:de\s+|d')(?!votre|vos|ta|tes|ton|la\s+r[ée]ponse|avance)(?:bien\s+vouloir\s+)?"
        r"(?:m'|me\s+|nous\s+|l'|le\s+|la\s+|les\s+)?\w+|^veuillez\b|\bje\s+vous\s+prie\s+de\b|"
        # "Je vous demande aussi de me rembourser le cadenas", "Les pido que me devuelvan el importe"
        r"\bje\s+vous\s+demande\s+(?:aussi\s+|également\s+|donc\s+)?(?:de|d')\b|\b(?:les|le)\s+pido\s+(?:tambi[ée]n\s+)?que\b|"
        r"\bj'aimerais\s+que\s+vous\b|"
        r"\bje\s+vous\s+serais\s+reconnaissante?\b|"
        # Spanish
        r"^(?:por\s+favor,?\s+\w+|¿?\s*(?:podr[íi]an|podr[íi]a|pueden|puede)\s+(?:usted(?:es)?\s+)?\w+)|"
        r"\ble[s]?\s+agradecer[íi]a\s+(?:que|si)\b|"
        r"\bnecesito\s+(?:que|la|el|los|las|una?)\b|"
        r"^(?:env[íi]en(?:me|nos)?|m[áa]nden(?:me|nos)?|conf[íi]rmen(?:me|nos)?|ind[íi]quen(?:me|nos)?)\b|"
        # any verb asked of "ustedes" with "por favor": "actualicen por favor mi dirección", "cámbienlo, por favor"
        r"(?:^|[,;]\s+)(?:(?:y|tambi[ée]n|adem[áa]s)\s+)?\w+(?:en|an)(?:me|nos|lo|la|los|las|le|les)?,?\s+"
        r"(?:tambi[ée]n\s+)?por\s+favor\b|"
        r"\bj'ai\s+besoin\s+(?:de\s+la|du|des|d'une?|de\s+l')\b|"
        # Dutch
        r"^(?:(?:kunt|kan|wilt|zou)\s+(?:u|je|jij)\b|graag\s+ontvang\s+ik\b|stuur\s+(?:me|mij|ons)\b)"
    ),
    re.IGNORECASE,
)
_WISH = re.compile(
    rf"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+|now\s+)?like\s+to\s+{_WANTED_ACTIONS}\b|"
    rf"\b(?:i|we)\s+(?:also\s+|still\s+|now\s+)?(?:want|need|wish)\s+to\s+{_WANTED_ACTIONS}\b|"
    # German
    r"\b(?:ich|wir)\s+h[äa]tten?\s+gerne?\b|"
    r"\b(?:ich\s+m[öo]chte|wir\s+m[öo]chten)\s+(?:gerne?\s+)?(?:\w+\s+){0,5}?(?:stornieren|[äa]ndern|zur[üu]ckgeben|"
    r"zur[üu]cksenden|umtauschen|tauschen|k[üu]ndigen|reklamieren|buchen|verschieben|pausieren|retournieren|"
    r"abbestellen)\b|"
    # French
    r"\b(?:je\s+souhaite(?:rais)?|nous\s+souhait(?:ons|erions)|j'aimerais|nous\s+aimerions|je\s+voudrais|nous\s+voudrions)\s+"
    r"(?:\w+\s+){0,2}?(?:annuler|changer|modifier|retourner|renvoyer|r[ée]server|[ée]changer|r[ée]silier|suspendre|"
    r"(?:un|une|le|la|les|des)\s+(?:remboursement|[ée]change|facture|devis|avoir|duplicata|copie|remplacement|"
    r"rendez-vous|r[ée]paration|[ée]tiquette))\b|"
    # Spanish
    r"\b(?:me\s+gustar[íi]a|quisiera|quisi[ée]ramos|quer[íi]a|quiero|queremos|deseo|desear[íi]a)\s+"
    r"(?:\w+\s+){0,2}?(?:cancelar|cambiar|modificar|devolver|reservar|anular|(?:una?|el|la|los|las)\s+"
    r"(?:reembolso|cambio|factura|presupuesto|copia|recibo|reemplazo|cita|reparaci[óo]n|etiqueta|devoluci[óo]n))\b|"
    # Dutch
    r"\b(?:ik|wij|we)\s+(?:wil|willen|zou|zouden)\s+graag\b",
    re.IGNORECASE,
)
"""A wish stated without a question mark ("I'd like to cancel my subscription", "Ich möchte die
Bestellung stornieren", "Quisiera cambiar la talla"). It is the request only when the message
asks nothing else: next to a question it sets the scene for it ("I'd like to return the jacket.
How do I get a label?"), and support answers the question."""
_OFFER = re.compile(
    r"\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))\s+if\s+you\s+(?:need|have|want|require|would)|"
    r"\bif\s+you\s+(?:need|have|want|require)\s+(?:any|anything|more|further)|"
    r"\b(?:feel\s+free|don't\s+hesitate|do\s+not\s+hesitate)\b|\bplease\s+(?:find|see|note|excuse|forgive|ignore|disregard)\b|"
    r"\bthank\s+you\s+for\b|\bmerci\s+(?:pour|de\s+votre|d'avance)",
    re.IGNORECASE,
)

_UNPUNCTUATED_QUESTION = re.compile(
    r"^(?:(?:and|also|so|but)\s*,?\s+)?(?:(?:what|when|where|which|why|how)(?:'s|\s+(?:is|are|do|does|did|can|could|"
    r"would|will|should|much|many|long))|(?:is|are|do|does|can|could|will|would)\s+(?:you|it|there|this|that|the|my)\b)",
    re.IGNORECASE,
)


_QUESTION_HINT = Hint(
    "wonder you someone know like love curious sure ask wissen frage savoir demande saber weten vroeg "
    "please kindly pls plz need require want asap soon grateful appreciate "
    "bitte sie vous merci veuillez favor podr puede agradecer necesito kunt kan wilt zou graag stuur "
    "brauche benötige benotige besoin envíen envien manden mánden confirmen confírmen indiquen indíquen "
    "wish writing möchte mochte dankbar souhait aimer aimons voudr reconnaissant gustar quisi quer quier deseo desear "
    "wanted trying wollte interessier voul aurais pregunt consult bräucht braucht benötig benotig faudrait necesit falta",
    r"would\s+be\s+(?:great|good|helpful|nice|wonderful|appreciated)|h[äa]tten?\s|w[äa]ren\s+sie|"
    r"(?:can|could|may)\s+(?:i|we)\s",
)
"""A cheap necessary condition for ``_INDIRECT``, ``_REQUEST`` or ``_WISH``: each of their alternatives
must match one of these words. Same flags; checked against the full patterns in tests."""
_UNPUNCTUATED_HINT = Hint("wh how", r"(?:is|are|do|does|can|could|will|would)\s+(?:you|it|there|this|that|the|my)")
"""A cheap necessary condition for ``_UNPUNCTUATED_QUESTION`` (anchors and word ends left out)."""


def _may_be_question(sentence: str) -> bool:
    """False only for a sentence ``_question_kind`` can never call a question.

    ``_question_kind`` returns a kind only for a "?"/"¿" question, an ``_INDIRECT`` or ``_REQUEST``
    match, or an ``_UNPUNCTUATED_QUESTION`` ending in a letter or digit; its ``body`` is a
    substring of ``sentence`` (the greeting and lead-in are cut from the front, then it is
    stripped), so these checks on the whole sentence are necessary conditions.
    """
    if "?" in sentence or "¿" in sentence or _QUESTION_HINT.search(sentence):
        return True
    return sentence.rstrip()[-1:].isalnum() and _UNPUNCTUATED_HINT.search(sentence)


@lru_cache(maxsize=_SENTENCE_CACHE)
def _question_kind(sentence: str) -> str | None:
    """``direct``, ``indirect``, ``request`` or ``wish`` for a real question, else ``None``."""
    if not _may_be_question(sentence):
        return None
    return _full_question_kind(sentence)

_OFFER, _INDIRECT, _REQUEST, _WISH = (word_start_guarded(pattern) for pattern in (_OFFER, _INDIRECT, _REQUEST, _WISH))
"""The patterns above behind look-aheads for the first characters of their words (``word_start_guarded``):
the same matches, faster."""


def _full_question_kind(sentence: str) -> str | None:
    """``_question_kind`` without the pre-check."""
    body = _LEAD_IN.sub("", _GREETING_PREFIX.sub("", sentence)).strip()
    if not body or _PLEASANTRY.match(body.lstrip("¿¡ ")):
        return None
    is_question_mark = body.rstrip("\"'”’) ").endswith("?") or body.startswith("¿")
    if is_question_mark and _RHETORICAL.search(body):
        return None
    if len(_TOKEN.findall(body)) < 2 and is_question_mark:
        return None  # "Seriously?", "Hello?"
    if _OFFER.search(body) and not is_question_mark:
        return None
    if _INDIRECT.search(body):
        return "indirect"
    if is_question_mark:
        return "direct"
    if _REQUEST.search(body):
        return "request"
    if _WISH.search(body):
        return "wish"
    if body[-1:].isalnum() and _UNPUNCTUATED_QUESTION.match(body):
        return "direct"  # "Also, what's the weight" typed without its "?"
    return None


_SIGN_OFF_ONLY = re.compile(
    r"^(?:best|best\s+regards|kind\s+regards|regards|warm\s+regards|best\s+wishes|all\s+the\s+best|cheers|thanks|"
    r"thank\s+you|many\s+thanks|thanks\s+again|sincerely|yours(?:\s+sincerely|\s+truly)?|"
    r"mit\s+freundlichen\s+gr[üu](?:ß|ss)en|freundliche\s+gr[üu](?:ß|ss)e|viele\s+gr[üu](?:ß|ss)e|beste\s+gr[üu](?:ß|ss)e|"
    r"gru(?:ß|ss)|lg|mfg|cordialement|bien\s+cordialement|bien\s+[àa]\s+vous|salutations|merci|saludos|un\s+saludo|"
    r"atentamente|gracias|met\s+vriendelijke\s+groet(?:en)?|groet(?:en|jes)?|mvg|bedankt)[\s,.!]*$",
    re.IGNORECASE,
)
_BARE_NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'-]+(?:\s+[A-ZÀ-Ý][\w'.-]*){0,2}[,.]?$")
"""A line with only a name ("Maria", "Maria Lopez"): a sign-off of its own."""
_SIGNATURE_BLOCK_MAX_LINES = 8
_SIGNATURE_LINE_MAX_WORDS = 12


@lru_cache(maxsize=_TEXT_CACHE)
def without_signature_block(text: str) -> str:
    """The text above a sign-off ("Kind regards,") when what follows it looks like a signature.

    A signature without the "-- " delimiter still starts under the sign-off: the name, a title,
    a phone number, a tagline ("Questions about our projects? Visit …"). Up to eight short
    lines below a sign-off that is not the first line are dropped; anything longer is text.
    """
    unsigned_text = unsigned(text or "")
    lines = unsigned_text.splitlines()
    content = [i for i, line in enumerate(lines) if (stripped := line.strip()) and stripped[0] != ">"]  # not _QUOTED
    # Only a sign-off with at most eight content lines below it can start the block: look no higher.
    for position in range(max(1, len(content) - 1 - _SIGNATURE_BLOCK_MAX_LINES), len(content)):
        index = content[position]
        line = lines[index].strip()
        if not (_SIGN_OFF_ONLY.match(line) or _BARE_NAME.match(line) and _SIGN_OFF_ONLY.match(lines[content[position - 1]]
                                                                                               .strip()) is None):
            continue
        # A disclaimer under the signature ("If you received it in error, …") is no text of the message.
        rest = [lines[i] for i in content[position + 1:] if not _DISCLAIMER.search(lines[i])]
        if len(rest) <= _SIGNATURE_BLOCK_MAX_LINES and all(
                len(_URL.sub("", line).split()) <= _SIGNATURE_LINE_MAX_WORDS for line in rest):
            return "\n".join(lines[: index + 1])
    return unsigned_text


_TIME_ASKED = re.compile(
    r"\b(?:at\s+)?what\s+time\b|\bum\s+wie\s*viel\s+uhr\b|\b[àa]\s+quelle\s+heure\b|\ba\s+qu[ée]\s+hora\b|"
    r"\bhow\s+long\b|\bwie\s+lange\b|\bcombien\s+de\s+temps\b|\bcu[áa]nto\s+tiempo\b",
    re.IGNORECASE)
"""How a question asks for a time or a duration ("What time should we expect you?", "How long does the survey
take?"): the words of the asking, not of the subject; "time" stays a word of "What is the delivery time?"."""
_ALTERNATIVE = re.compile(r"^\W*(?:or|oder|ou|o)\s", re.IGNORECASE)
"""A question that starts with "or" offers another answer to the question before it."""


def extract_questions(text: str) -> list[Question]:
    """Every question and explicit request in a customer's new text, in order.

    Skips quoted lines, disclaimers, pleasantries ("How are you?"), rhetorical outbursts
    ("What is going on?!"), a question the customer answers right away ("Do I need a
    receipt? I've attached it anyway."), "?" inside URLs, and pure chasers ("Any update?"),
    which are the customer-chased rule's business.
    """
    # Fresh objects, as before the cache: a caller may tell questions apart by identity.
    return [replace(question) for question in _questions_of(text)]


@lru_cache(maxsize=_TEXT_CACHE)
def _questions_of(text: str) -> tuple[Question, ...]:
    paragraphs = paragraphs_of_sentences(without_signature_block(text))
    topic = keywords_of(" ".join(content_sentence(s) for p in paragraphs for s in p))
    found: list[tuple[str, str, frozenset[str], frozenset[str], frozenset[str]]] = []
    said: list[str] = []  # the sentences so far; their keywords are read only for a question (most have none)
    for sentences in paragraphs:
        last_statement: str | None = None
        for index, sentence in enumerate(sentences):
            said.append(sentence)
            kind = _question_kind(sentence)
            if kind is None:
                last_statement = sentence
                continue
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            if following and _SELF_ANSWER.search(following):
                continue
            if only_nudges(sentence):
                continue
            before = frozenset().union(*(keywords_of(content_sentence(s)) for s in said[:-1]))
            context = keywords_of(last_statement) if last_statement else frozenset()
            details = frozenset()
            if following and _question_kind(following) is None:
                details = keywords_of(following)  # "What size should I order? I'm 180 cm."
                context |= details
            if index and found and found[-1][0] == sentences[index - 1] and _ALTERNATIVE.match(sentence):
                # "Is it the valve? Or is the tube punctured?": one question with two alternatives.
                previous, previous_kind, previous_context, previous_details, previous_before = found.pop()
                found.append((f"{previous} {sentence}", previous_kind, previous_context | context,
                              previous_details | details, previous_before))
                continue
            found.append((sentence, kind, context, details, before))
    if any(kind != "wish" for _, kind, _, _, _ in found):
        found = [item for item in found if item[1] != "wish"]
    questions = []
    for position, (sentence, kind, context, details, before) in enumerate(found):
        kind = "request" if kind == "wish" else kind
        text_ = _GREETING_PREFIX.sub("", sentence).strip()
        questions.append(Question(
            text=text_,
            kind=kind,
            expects=expected_answer(text_, kind),
            keywords=keywords_of(_TIME_ASKED.sub(" ", _LEAD_IN.sub("", text_))),
            entities=entities_of(text_),
            context=context,
            details=details,
            topic=topic,
            single=len(found) == 1,
            first=position == 0,
            options=options_of(text_),
            earlier=before,
        ))
    return tuple(questions)


_WITHDRAWAL_HINT = Hint("mind found figured sorted longer ignore disregard forget erledigt tomber falta laat")
"""A cheap necessary condition for ``_WITHDRAWAL``: each of its alternatives must match one of these
words. Same flags; checked against ``_WITHDRAWAL`` in tests."""


@lru_cache(maxsize=_TEXT_CACHE)
def withdraws(text: str) -> bool:
    """Whether a customer's later text withdraws an earlier question ("never mind, found it")."""
    return _WITHDRAWAL_HINT.search(text or "") and _WITHDRAWAL.search(text) is not None
