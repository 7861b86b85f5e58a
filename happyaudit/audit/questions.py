"""What a customer asked and whether they had to chase: questions, explicit requests and chasers.

Pure functions over precompiled regexes, linear in the text; English first, then German,
French, Spanish and Dutch question marks and common request forms. Sentences, keywords
and entities come from text.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from happyaudit.audit.text import (
    Hint,
    _GREETING_PREFIX,
    _LEAD_IN,
    _SENTENCE_CACHE,
    _TEXT_CACHE,
    _TOKEN,
    _URL,
    _sentences_of,
    content_sentence,
    entities_of,
    keywords_of,
    paragraphs_of_sentences,
    split_sentences,
    stem,
    unsigned,
    word_start_alternatives,
)


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


_PLEASANTRY = re.compile(
    r"^(?:how\s+(?:are|r)\s+(?:you|u|things)|how(?:'s|\s+is)\s+(?:it\s+going|your\s+(?:day|week|weekend)|everything|"
    r"life)|how\s+(?:was|were)\s+(?:your|the)\s+(?:weekend|holidays?|trip|day|week)|how\s+have\s+you\s+been|"
    r"(?:i\s+)?hope\s+(?:you|this|that|all|everything|your)|hope\s+so|hope\s+that\s+makes\s+sense|"
    r"wie\s+geht(?:'s|\s+es)|comment\s+(?:allez|vas|ça\s+va)|[çc]a\s+va|¿?\s*qu[ée]\s+tal|¿?\s*c[óo]mo\s+(?:est[áa]s?|le\s+va|te\s+va)|"
    r"hoe\s+gaat\s+het|alles\s+goed|does\s+that\s+make\s+sense|makes\s+sense|right|ok(?:ay)?|anyone|hello|"
    r"who\s+knows|what\s+else\s+is\s+new|guess\s+what|you\s+know\s+what)\b",
    re.IGNORECASE,
)
_RHETORICAL = re.compile(
    r"[?!]\s*[!?]|^(?:seriously|really|why\s+me|are\s+you\s+(?:serious|kidding)|is\s+this\s+a\s+joke|"
    r"what\s+(?:is|'s)\s+going\s+on|what\s+the\s+(?:hell|heck)|how\s+hard\s+can\s+it\s+be|"
    r"how\s+is\s+(?:this|that)\s+(?:acceptable|possible|ok)|who\s+does\s+that|what\s+were\s+you\s+thinking|"
    r"c'est\s+une\s+blague|ist\s+das\s+(?:ihr\s+)?ernst|en\s+serio)\b",
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
    r"\b(?:i|we)\s+(?:was|were|am|are)\s+wondering|\bi\s+wonder(?:ed)?\s+(?:if|whether|when|how|what|why|where|which)|"
    r"\b(?:could|can|would|will)\s+(?:you|someone)\s+(?:please\s+)?(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|advise|"
    r"confirm|explain|clarify|check\s+(?:if|whether))|"
    r"\b(?:please\s+)?let\s+(?:me|us)\s+know\s+(?!if\s+you|whether\s+you\s+need|when\s+you)|"
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?:know|find\s+out|understand|hear)|"
    r"\b(?:i|we)\s+(?:want|need)\s+to\s+know|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:curious|not\s+sure)\s+"
    r"(?:whether|if|about|how|what|when|which)|\bdo\s+you\s+know\s+(?:if|whether|when|how|what|where|which|why)|"
    r"\b(?:asks?|asked|asking)\s+(?:me\s+)?(?:whether|if)\b|"
    r"\b(?:ich\s+)?(?:w[üu]rde|m[öo]chte)\s+gerne?\s+wissen|\bich\s+frage\s+mich|"
    r"\bj'aimerais\s+savoir|\bje\s+voudrais\s+savoir|\bje\s+me\s+demande|"
    r"\bme\s+gustar[íi]a\s+saber|\bquisiera\s+saber|\bquer[íi]a\s+saber|"
    r"\bik\s+(?:zou\s+graag\s+willen\s+weten|vroeg\s+me\s+af)",
    re.IGNORECASE,
)
_REQUEST_VERBS = (
    r"(?:send|re-?send|resend|email|forward|confirm|let|advise|check|cancel|change|update|refund|tell|provide|arrange|"
    r"call|contact|process|ship|deliver|issue|re-?issue|correct|fix|add|remove|replace|exchange|swap|copy|book|reserve|"
    r"share|look\s+into|set\s+(?:\w+\s+)?up|sign\s+(?:\w+\s+)?up|help|make\s+sure|ensure|return|reply|respond|explain|clarify|amend|adjust|credit|quote|"
    r"prepare|give|put|mark|delete|close|unsubscribe|ring|repair|investigate|organise|organize|sort)"
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
        rf"(?:^|[,;]\s+)(?:(?:and|also|so|but)\s+)?(?:please|kindly|pls|plz)\s*,?\s+(?:(?:could|can|would)\s+you\s+)?"
        rf"(?:(?:also|just|now|still|urgently|again|either|then)\s+)?{_REQUEST_VERBS}\b|"
        rf"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+|then\s+)?(?:need|require|want)\s+"
        rf"(?:a|an|the|some|our|my|your|one|two|\d+)\b|"
        rf"^(?:(?:and|also|so|but)\s+)?{_REQUEST_VERBS}\s+(?:\w+\s+){{0,6}}?(?:please|asap|as\s+soon\s+as\s+possible)\b|"
        rf"^(?:(?:and|also|so|but)\s+)?(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|also\s+)*{_REQUEST_VERBS}\b|"
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
        r"\bich\s+(?:brauche|ben[öo]tige)\s+(?:noch\s+|dringend\s+|bitte\s+)?(?:die|den|das|eine|einen|ein)\b|"
        r"\bich\s+bitte\s+(?:sie\s+)?um\b|\bw[äa]ren\s+sie\s+so\s+(?:nett|freundlich)\b|\bich\s+w[äa]re\s+(?:ihnen\s+)?(?:sehr\s+)?dankbar\b|"
        r"\b(?:k[öo]nnten|k[öo]nnen|w[üu]rden)\s+sie\s+(?:mir|uns)?\s*(?:bitte\s+)?\w+|"
        # French
        r"\b(?:pourriez|pouvez)-vous\b|^merci\s+(?:de\s+|d')(?!votre|vos|ta|tes|ton|la\s+r[ée]ponse|avance)(?:bien\s+vouloir\s+)?"
        r"(?:m'|me\s+|nous\s+|l'|le\s+|la\s+|les\s+)?\w+|^veuillez\b|\bje\s+vous\s+prie\s+de\b|"
        r"\bj'aimerais\s+que\s+vous\b|"
        r"\bje\s+vous\s+serais\s+reconnaissante?\b|"
        # Spanish
        r"^(?:por\s+favor,?\s+\w+|¿?\s*(?:podr[íi]an|podr[íi]a|pueden|puede)\s+(?:usted(?:es)?\s+)?\w+)|"
        r"\ble[s]?\s+agradecer[íi]a\s+(?:que|si)\b|"
        r"\bnecesito\s+(?:que|la|el|los|las|una?)\b|"
        r"^(?:env[íi]en(?:me|nos)?|m[áa]nden(?:me|nos)?|conf[íi]rmen(?:me|nos)?|ind[íi]quen(?:me|nos)?)\b|"
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

_CHASE = re.compile(
    word_start_alternatives(
        # "Any update?" asks; "we aren't making any progress" does not: at the start or in a question
        r"^\W*(?:[^\W\d_][\w' ]{0,40}?[,!:\-–]\s*)?(?:(?:so|and|ok|okay|hi|hello)\s*,?\s+)?any\s+(?:update|news|progress|"
        r"word|feedback)s?\b|\bany\s+(?:update|news|progress|word|feedback)s?\b[^.!?]*\?|"
        # following up on my mail: not thanks for support's follow-up, not a promise of one, not a
        # follow-up question or visit, not following up with the courier
        r"\b(?<!for\s)(?<!the\s)(?<!will\s)(?<!'ll\s)(?:just\s+)?follow(?:ing)?[\s-]+up\b(?!\s+with\s+(?!you\b|u\b))"
        r"(?![\s-]+(?:questions?|orders?|appointments?|visits?|repairs?|treatments?|purchases?)\b)|\bjust\s+checking\s+in\b|"
        r"\bchecking\s+in\s+(?:on|about|again)\b|"
        # still waiting: the customer is, not the parcel at the depot or the machine in the shop
        r"\b(?:i|we)(?:'m|'re|\s+am|\s+are|'ve\s+been|\s+have\s+been)?\s+still\s+(?:waiting|awaiting)\b|"
        r"^\W*(?:[^\W\d_][\w' ]{0,40}?[,!:\-–]\s*)?still\s+(?:waiting|awaiting)\b|\bstill\s+(?:haven't|have\s+not|not)\s+(?:heard|had|received\s+"
        r"(?:a|any)\s+(?:reply|response|answer))|\b(?:haven't|have\s+not|hasn't|has\s+not)\s+heard\s+(?:back|from\s+you|anything)|"
        r"\b(?:haven't|have\s+not)\s+(?:had|received|gotten|got)\s+(?:a|any)\s+(?:reply|response|answer|update)|"
        r"\bno\s+(?:reply|response|answer)\s+(?:yet|so\s+far)\b|\bdid\s+you\s+(?:get|receive|see)\s+my\s+(?:e-?mail|message|"
        r"last|previous|request)|(?<!your\s)\b(?:gentle|friendly|quick|kind)\s+reminder\b|\bbump(?:ing)?\s+(?:this|this\s+up|my)\b|"
        r"^bump\b|\bresending\b|\bsending\s+(?:this|it|my\s+\w+)\s+again\b|\bin\s+case\s+my\s+(?:previous|last|earlier)\s+"
        r"(?:e-?mail|message)|\b(?:i|we)\s+(?:have\s+|'ve\s+)?(?:already\s+)?(?:written|emailed|asked|contacted\s+you)\s+"
        r"(?:you\s+)?(?:twice|three\s+times|several\s+times|multiple\s+times)\b|\bwhat\s+is\s+the\s+status\b|"
        r"\bgibt\s+es\s+(?:schon\s+|bereits\s+)?(?:etwas\s+)?neu(?:es|igkeiten)\b|\bich\s+warte\s+(?:immer\s+)?noch\b|"
        r"\bwarten?\s+immer\s+noch\b|\bnoch\s+keine\s+(?:antwort|r[üu]ckmeldung)\b|\bich\s+wollte\s+nachfragen\b|"
        r"\bdes\s+nouvelles\b|\b(?:je\s+)?(?:me\s+permets\s+de\s+)?(?:vous\s+)?relanc(?:e|er|es)\b|\bj'attends\s+toujours\b|"
        # "still nothing received": waiting for news, not a fault that persists ("still no hot water")
        r"\btoujours\s+(?:pas\s+de|aucune?|rien)\s+(?:[\w']+\s+){0,3}?(?:re[çc]us?|nouvelles?|r[ée]ponse|suivi|retour)\b|"
        r"\bimmer\s+noch\s+(?:nichts|kein\w*\s+\w+)\s+(?:erhalten|bekommen|geh[öo]rt)\b|"
        r"\bstill\s+(?:no\s+(?:news|word|reply|response|answer|update)\b|(?:nothing|no\s+\w+)\s+(?:received|arrived|yet)\b)|"
        r"\bis\s+er\s+(?:al\s+)?(?:nieuws|iets\s+bekend)\b|\bnog\s+steeds\s+(?:niets|geen\s+\w+)\s+"
        r"(?:ontvangen|gehoord|gekregen)\b|\btodav[íi]a\s+(?:nada|sin\s+noticias)\b|\balguna\s+novedad\b|\bhay\s+novedades\b|\bsigo\s+esperando\b|"
        r"\btodav[íi]a\s+no\s+(?:he\s+recibido|tengo)\s+(?:respuesta|noticias)\b|\bnog\s+(?:geen\s+(?:antwoord|reactie)|nieuws)\b|"
        r"\bik\s+wacht\s+nog\b"
    ),
    re.IGNORECASE,
)
_CHASE_MORE = re.compile(
    r"\bcircl(?:e|ing)\s+back\b|\btouch(?:ing)?\s+base\b|\bchecking\s+back\b|\bchasing\s+(?:this|my|up|again)\b|"
    r"\b(?:i'm|i\s+am)\s+writing\s+(?:to\s+you\s+)?again\b|\b(?:second|third|fourth)\s+(?:time\s+i(?:'m|\s+am|\s+have|'ve)|"
    r"e-?mail|message|request|attempt)\b|\b(?:as\s+per|further\s+to|following)\s+my\s+(?:previous|earlier)\s+"
    r"(?:e-?mail|message|request)\b|\b(?:nobody|no\s+one|no-one)\s+has\s+(?:replied|responded|answered)\b|"
    r"\bi(?:'ve|\s+have)\s+heard\s+nothing\b|"
    r"\bwarte(?:n)?\s+(?:jetzt\s+|nun\s+|schon\s+|bereits\s+)*seit\b|\bbisher\s+(?:noch\s+)?keine\s+(?:antwort|"
    r"r[üu]ckmeldung|reaktion)\b|\bhake\s+(?:\w+\s+)?nach\b|\bnachhaken\b|\b(?:schreibe|melde)\s+(?:mich\s+)?(?:ihnen\s+)?"
    r"(?:nochmals|erneut|noch\s+einmal)\b|\b(?:noch\s+)?nichts\s+(?:mehr\s+)?(?:von\s+ihnen\s+)?geh[öo]rt\b|"
    r"\bje\s+me\s+permets\s+de\s+revenir\b|\b(?:toujours\s+)?sans\s+(?:aucune\s+)?(?:nouvelles|r[ée]ponse)\b|"
    r"\bje\s+n'ai\s+(?:toujours\s+)?(?:pas|aucune?|jamais)\s+(?:eu\s+|re[çc]u\s+)?(?:de\s+|d')?(?:r[ée]ponse|nouvelles|retour)\b|"
    r"\b(?:les|le|te|os)\s+escribo\s+(?:otra\s+vez|de\s+nuevo|nuevamente)\b|\bvuelvo\s+a\s+escribir|"
    r"\b(?:todav[íi]a\s+|a[úu]n\s+)?no\s+(?:he|hemos)\s+(?:recibido|tenido)\s+(?:ninguna\s+)?(?:respuesta|noticias)\b|"
    r"\b(?:a[úu]n|sigo|seguimos)\s+sin\s+(?:ninguna\s+)?(?:respuesta|noticias)\b|\bllev(?:o|amos)\s+(?:\w+\s+){0,3}?esperando\b|"
    r"\b(?:perdonen|disculpen|perdone|disculpe|perd[óo]n\s+por)\s+(?:la|mi)\s+insistencia\b|\breitero\b|"
    r"\bde\s+nuevo\s+(?:les|le)\s+(?:pregunto|escribo)\b|\brecordatorio\b|\bd[ée]sol[ée]e?\s+d'insister\b|"
    r"\bpetit\s+rappel\b|\bsorry\s+to\s+(?:chase|bother\s+you\s+again|keep\s+asking|ask\s+again)\b|"
    r"\bnochmals?\s+nachfragen\b|\bfrage\s+(?:noch\s*mal|nochmals|erneut)\s+nach\b|\bkurze\s+erinnerung\b|"
    r"\balguna\s+noticia\b|\bhay\s+noticias\b|\bescrib(?:o|imos)\s+(?:otra\s+vez|de\s+nuevo|nuevamente)\b|"
    r"\b(?:han|ha)\s+podido\s+(?:revisar|mirar|ver|comprobar)\b|"
    r"\bhave\s+you\s+(?:had\s+(?:a|any)\s+chance|been\s+able)\s+to\s+(?:look|check|review)\b|"
    r"\bavez-vous\s+pu\s+(?:regarder|v[ée]rifier|avancer)\b|"
    r"\bhaben\s+sie\s+(?:schon\s+|bereits\s+)?(?:etwas\s+)?(?:herausgefunden|erfahren)\b|"
    r"\bis\s+(?:anyone|anybody|someone|somebody)\s+(?:there\b(?!\s+who)|reading\s+(?:this|my)\b)|"
    r"\bwhen\s+(?:can|will|may|should)\s+(?:i|we)\s+expect\s+(?:a|an|your|some)\s+(?:reply|response|answer)\b|"
    r"\bavez-vous\s+du\s+nouveau\b",
    re.IGNORECASE,
)
"""More ways to chase, in their own pattern behind their own pre-check (rarer words), so the
common sentences that pass ``_CHASE_HINT`` do not pay for them."""

_EXPECTS = (
    ("how_much", re.compile(r"\bhow\s+much\b|\bwhat\s+(?:is|are|would\s+be|will\s+be|'s)\s+the\s+(?:price|cost|fee)|"
                            r"\b(?:price|cost|quote)\b|\bwas\s+kostet|\bwie\s+viel\s+kostet|\bcombien\s+(?:co[ûu]te|"
                            r"ça\s+co[ûu]te)|\bcu[áa]nto\s+(?:cuesta|vale|cuestan)|\bwat\s+kost|\bhoeveel\s+kost", re.IGNORECASE)),
    ("how_many", re.compile(r"\bhow\s+many\b|\bwie\s+viele\b|\bcombien\s+de\b|\bcu[áa]nt[oa]s\b|\bhoeveel\b", re.IGNORECASE)),
    ("when", re.compile(r"\bwhen\b|\bwhat\s+time\b|\bwhat\s+date\b|\bhow\s+(?:long|soon)\b|\blead\s+time\b|"
                        r"\bby\s+when\b|\bwann\b|\bbis\s+wann\b|\bquand\b|\bcu[áa]ndo\b|\bwanneer\b|\bhoe\s+lang\b", re.IGNORECASE)),
    ("where", re.compile(r"\bwhere\b|\bwo(?:hin)?\b|\boù\b|\bd[óo]nde\b|\bwaar\b", re.IGNORECASE)),
    ("which", re.compile(r"\bwhich\b|\bwelche[rsnm]?\b|\bquel(?:le)?s?\b|\bcu[áa]l(?:es)?\b|\bwelke?\b", re.IGNORECASE)),
    ("why", re.compile(r"\bwhy\b|\bwarum\b|\bwieso\b|\bpourquoi\b|\bpor\s+qu[ée]\b|\bwaarom\b", re.IGNORECASE)),
    ("how", re.compile(r"\bhow\b|\bwie\b|\bcomment\b|\bc[óo]mo\b|\bhoe\b", re.IGNORECASE)),
    ("what", re.compile(r"\bwhat\b|^was\b|\bwas\s+(?:ist|sind|kostet|kann|muss|soll)\b|^que\b|\bqu[ée]\b|\bwat\b", re.IGNORECASE)),
)
_YES_NO_START = re.compile(
    r"^(?:(?:and|also|so|but|or)\s+)?(?:is|are|was|were|do|does|did|can|could|would|will|should|shall|may|might|must|"
    r"have|has|had|isn't|aren't|don't|doesn't|didn't|can't|won't|kann|kannst|k[öo]nnen|k[öo]nnte|k[öo]nnten|ist|sind|"
    r"gibt|haben|hat|habe|liefern|bieten|muss|m[üu]ssen|soll|sollte|w[üu]rde|w[üu]rden|d[üu]rfen|est-ce|pouvez|"
    r"pourriez|puis-je|avez|[êe]tes|est-il|y\s+a-t-il|faut-il|¿?\s*(?:puedo|puede|pueden|podr[íi]a|podr[íi]an|tienen|"
    r"tiene|hay|es|est[áa]|son|hacen|env[íi]an)|kan|kunt|kun|is|zijn|heeft|hebben|wordt|mag|moet)\b",
    re.IGNORECASE,
)
_WH_CLAUSE = re.compile(
    r"\b(?:how|when|what|where|which|why|who|wann|wie|wo|warum|welche|quand|comment|o[ùu]|quel|quelle|pourquoi|"
    r"cu[áa]ndo|c[óo]mo|d[óo]nde|cu[áa]l|qu[ée]|wanneer|hoe|waar|welke|waarom)\b",
    re.IGNORECASE,
)


_CHOICE = re.compile(r"\b([\w-]+)\s*,?\s+(?:or|oder|ou|o)\s+(?:the\s+|a\s+|an\s+|die\s+|der\s+|das\s+|la\s+|le\s+|el\s+|"
                     r"de\s+|het\s+|een\s+)?([\w-]+)", re.IGNORECASE)
_NOT_OPTIONS = frozenset(["not", "is", "are", "do", "does", "should", "would", "can", "could", "will", "i", "we", "it", "you", "something", "anything", "so", "else", "nicht", "ist", "sind", "pas", "est", "no", "es", "niet"])


def _options(sentence: str) -> frozenset[str]:
    """The two alternatives of a choice question, when it offers some."""
    match = _CHOICE.search(sentence)
    if not match or {match.group(1).lower(), match.group(2).lower()} & _NOT_OPTIONS:
        return frozenset()
    return frozenset((match.group(1), match.group(2)))


def _expects(sentence: str, kind: str) -> str:
    body = _LEAD_IN.sub("", sentence.lstrip("¿¡ "))
    if _YES_NO_START.match(body) and kind == "direct":
        lead = _EXPECTS[0][1].search(body) if re.search(r"\bhow\s+much\b", body, re.IGNORECASE) else None
        if lead is None:
            for name, pattern in _EXPECTS[:3]:
                if name != "how_much" and pattern.search(body):
                    return name
            return "yes_no"
    if kind == "indirect":
        choice = re.search(r"\b(?:if|whether|ob|si|of)\b", body, re.IGNORECASE)
        if choice and not _WH_CLAUSE.search(body[: choice.start()]):
            return "yes_no"
    for name, pattern in _EXPECTS:
        if pattern.search(body):
            return name
    if kind == "direct" and not _WH_CLAUSE.search(body):
        return "yes_no"  # a "?" question without any question word, in any language: "Lässt sich … ändern?"
    return "other"


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
    "wish writing möchte mochte dankbar souhait aimer aimons voudr reconnaissant gustar quisi quer quier deseo desear",
    r"would\s+be\s+(?:great|good|helpful|nice|wonderful|appreciated)|h[äa]tten?\s+gern|w[äa]ren\s+sie",
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


_REPLY_PLEA = re.compile(
    r"\b(?:could|can|would|will)\s+(?:someone|somebody|anyone|anybody|you)\s+(?:please\s+)?(?:get\s+back\s+to\s+me|"
    r"(?:reply|respond|answer)(?:\s+to\s+(?:me|my\s+\w+))?)\s*[?.!]|"
    r"\bplease\s+(?:just\s+)?(?:get\s+back\s+to\s+me|reply|respond|answer\s+(?:me|my\s+\w+))\s*[.!]|"
    r"\bkann\s+(?:mir\s+)?(?:bitte\s+)?(?:jemand|sich\s+jemand)\s+(?:bitte\s+)?(?:melden|antworten|zur[üu]ckmelden)|"
    r"\bquelqu'un\s+peut-il\s+me\s+r[ée]pondre|\b(?:alguien|pueden)\s+(?:me\s+)?(?:puede\s+)?(?:responder|contestar)me?\b|"
    r"\bkan\s+iemand\s+(?:mij\s+)?(?:antwoorden|terugbellen|reageren)",
    re.IGNORECASE,
)
"""A plea for any reply at all ("Could someone please get back to me?"): a chase when an earlier
message of the customer is still waiting for support."""


def find_reply_plea(text: str) -> str | None:
    """The sentence pleading for a reply ("Could someone please get back to me?"), or ``None``."""
    for sentence in split_sentences(text):
        if _REPLY_PLEA.search(sentence):
            return _GREETING_PREFIX.sub("", sentence).strip()
    return None


def _chase_remainder(sentence: str) -> frozenset[str]:
    """The keywords a chasing sentence has beyond the chase itself."""
    sentence = _GREETING_PREFIX.sub("", sentence)  # "Buenas, ¿alguna noticia?": the greeting is no content
    return keywords_of(_REPLY_PLEA.sub(" ", _CHASE_MORE.sub(" ", _CHASE.sub(" ", sentence)))) - {stem("update"), stem("follow"), stem("previous"), stem("last"),
                                                      stem("week"), stem("news"), stem("waiting"), stem("heard")}


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
    lines = unsigned(text or "").splitlines()
    content = [i for i, line in enumerate(lines) if (stripped := line.strip()) and stripped[0] != ">"]  # not _QUOTED
    # Only a sign-off with at most eight content lines below it can start the block: look no higher.
    for position in range(max(1, len(content) - 1 - _SIGNATURE_BLOCK_MAX_LINES), len(content)):
        index = content[position]
        line = lines[index].strip()
        if not (_SIGN_OFF_ONLY.match(line) or _BARE_NAME.match(line) and _SIGN_OFF_ONLY.match(lines[content[position - 1]]
                                                                                               .strip()) is None):
            continue
        rest = [lines[i] for i in content[position + 1:]]
        if len(rest) <= _SIGNATURE_BLOCK_MAX_LINES and all(
                len(_URL.sub("", line).split()) <= _SIGNATURE_LINE_MAX_WORDS for line in rest):
            return "\n".join(lines[: index + 1])
    return text


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
    found: list[tuple[str, str, frozenset[str], frozenset[str]]] = []
    for sentences in paragraphs:
        last_statement: str | None = None
        for index, sentence in enumerate(sentences):
            kind = _question_kind(sentence)
            if kind is None:
                last_statement = sentence
                continue
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            if following and _SELF_ANSWER.search(following):
                continue
            if (_chases(sentence) or _REPLY_PLEA.search(sentence)) and len(_chase_remainder(sentence)) < 2:
                continue
            context = keywords_of(last_statement) if last_statement else frozenset()
            details = frozenset()
            if following and _question_kind(following) is None:
                details = keywords_of(following)  # "What size should I order? I'm 180 cm."
                context |= details
            if index and found and found[-1][0] == sentences[index - 1] and _ALTERNATIVE.match(sentence):
                # "Is it the valve? Or is the tube punctured?": one question with two alternatives.
                previous, previous_kind, previous_context, previous_details = found.pop()
                found.append((f"{previous} {sentence}", previous_kind, previous_context | context,
                              previous_details | details))
                continue
            found.append((sentence, kind, context, details))
    if any(kind != "wish" for _, kind, _, _ in found):
        found = [item for item in found if item[1] != "wish"]
    questions = []
    for position, (sentence, kind, context, details) in enumerate(found):
        kind = "request" if kind == "wish" else kind
        text_ = _GREETING_PREFIX.sub("", sentence).strip()
        questions.append(Question(
            text=text_,
            kind=kind,
            expects=_expects(text_, kind),
            keywords=keywords_of(_LEAD_IN.sub("", text_)),
            entities=entities_of(text_),
            context=context,
            details=details,
            topic=topic,
            single=len(found) == 1,
            first=position == 0,
            options=_options(text_),
        ))
    return tuple(questions)


_CHASE_HINT = Hint(
    "update news progress word feedback follow checking still heard reply response answer did reminder bump "
    "resending again case twice times status neu warte keine nachfragen nouvelles relanc toujours immer "
    "nieuws bekend steeds todav novedad esperando geen wacht"
)
"""A cheap necessary condition for ``_CHASE``: each of its alternatives must match one of these
words. Letters only, so it holds for a whole text as well as for each of its sentences
(sentence splitting only joins lines with spaces, tightens spaces before "?!;:" and turns
"’" into "'"). Same flags; checked against ``_CHASE`` in tests."""
_CHASE_MORE_HINT = Hint(
    "circl chasing nobody no-one heard warte bisher hake nichts permets escrib respuesta noticias insist "
    "reitero recordatorio rappel nachfrag erinnerung base writing second third fourth sorry schreibe melde frage sans "
    "n'ai nuevo previous earlier replied responded answered llev noticia escrib podido chance able avez-vous "
    "herausgefunden erfahren anyone anybody someone somebody expect nouveau"
)
"""The same for ``_CHASE_MORE``."""


def _chases(sentence: str) -> bool:
    """Whether one sentence of a customer chases (both patterns, each behind its pre-check)."""
    return _matches_chase(sentence) or _matches_chase_more(sentence)


@lru_cache(maxsize=_SENTENCE_CACHE)
def _matches_chase(sentence: str) -> bool:
    """Whether ``_CHASE`` matches one sentence, behind its pre-check; cached, as ``find_chase``
    and the question finder both ask it of the same customer sentences."""
    return bool(_CHASE_HINT.search(sentence) and _CHASE.search(sentence))


@lru_cache(maxsize=_SENTENCE_CACHE)
def _matches_chase_more(sentence: str) -> bool:
    """The same for ``_CHASE_MORE``."""
    return bool(_CHASE_MORE_HINT.search(sentence) and _CHASE_MORE.search(sentence))


@lru_cache(maxsize=_TEXT_CACHE)
def find_chase(text: str) -> str | None:
    """The sentence in which a customer chases ("Any update?", "Just following up…"), or ``None``."""
    common, more = _CHASE_HINT.search(text or ""), _CHASE_MORE_HINT.search(text or "")
    if not (common or more):
        return None
    for sentence in _sentences_of(text):
        if common and _matches_chase(sentence) or more and _matches_chase_more(sentence):
            return _GREETING_PREFIX.sub("", sentence).strip()
    return None


def is_chaser(text: str) -> bool:
    """Whether the customer's new text chases an earlier message ("Any update?", "ich warte noch")."""
    return find_chase(text) is not None


_RESEND_MIN_WORDS = 6
_RESEND_JACCARD = 0.6


def is_resend(text: str, previous_text: str) -> bool:
    """Whether ``text`` repeats ``previous_text``: content-word Jaccard ≥ 0.6, with enough words to judge."""
    current, previous = keywords_of(" ".join(_sentences_of(text))), keywords_of(" ".join(_sentences_of(previous_text)))
    if len(current) < _RESEND_MIN_WORDS or len(previous) < _RESEND_MIN_WORDS:
        return False
    return len(current & previous) / len(current | previous) >= _RESEND_JACCARD


_WITHDRAWAL_HINT = Hint("mind found figured sorted longer ignore disregard forget erledigt tomber falta laat")
"""A cheap necessary condition for ``_WITHDRAWAL``: each of its alternatives must match one of these
words. Same flags; checked against ``_WITHDRAWAL`` in tests."""


@lru_cache(maxsize=_TEXT_CACHE)
def withdraws(text: str) -> bool:
    """Whether a customer's later text withdraws an earlier question ("never mind, found it")."""
    return _WITHDRAWAL_HINT.search(text or "") and _WITHDRAWAL.search(text) is not None
