"""Support's promises to come back ("I'll get back to you by Friday") and their deadlines.

Pure functions over precompiled regexes. When a promise is due is read by deadlines.py,
relative to when the promise was sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from itertools import pairwise

from happyaudit.audit.deadlines import parse_deadline
from happyaudit.audit.guards import Hint, word_start_alternatives, word_start_guarded
from happyaudit.audit.sign_off import without_signature_block
from happyaudit.audit.text import _SENTENCE_CACHE, _TEXT_CACHE, _sentences_of


@dataclass(frozen=True, slots=True)
class Commitment:
    """A promise to come back, and by when (``None``: no deadline stated)."""

    text: str
    deadline: datetime | None


_FUTURE = (r"(?:'ll|\s+will|\s+shall|\s+am\s+going\s+to|'m\s+going\s+to|\s+are\s+going\s+to|'re\s+going\s+to|"
           r"\s+should(?!\s+have\s+(?:been|come|gone|done|got|gotten|sent|written|told|said|given|rung|\w+ed)\b)|"
           r"(?:'ll|\s+will)?\s+(?:hope|aim|expect|plan|intend|try)\s+to)")
"""The future, and the softer ways support states it ("I should have news", "we aim to reply"); not a
regret about the past ("I should have come back to you on Tuesday")."""
_NAMED_PERSON = (r"\b(?-i:[A-Z][a-z\u00e0-\u00ff]+)(?<!\bThis)(?<!\bThat)(?<!\bIt)(?<!\bThere)(?<!\bHermes)(?<!\bEvri)"
                 r"(?<!\bPost)(?<!\bCorreos)(?<!\bColissimo)(?<!\bChronopost)(?<!\bSeur)(?<!\bFedEx)"
                 r"(?:\s+(?:from|at|in|of|on)\s+(?:our|the|my)\s+[\w-]+(?:\s+(?:team|department))?)?")
"""A colleague named by first name ("Tariq", "Marta from our workshop"); not a carrier ("Hermes will call")."""
_COME_BACK = (
    r"(?:get\s+back|come\s+back|be\s+(?:back\s+)?in\s+touch|follow\s+up|let\s+you\s+know|update\s+you|"
    r"keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|confirm|check|double-check|find\s+out|look\s+into|"
    r"investigate|send|post\s+(?:[\w-]+\s+){0,3}?to\s+you|sort\s+out|e-?mail\s+(?:you|it|them|this|that|these|those)|"
    # the thing e-mailed named: "I'll email the written quote tomorrow"
    r"e-?mail\s+(?:over\s+)?(?:the|your|a|an)\s+(?:[\w-]+\s+){0,2}?(?:quote|quotation|estimate|invoice|receipt|price|"
    r"prices|figures?|details|link|confirmation|photos?|pictures?|documents?|paperwork|form|contract|report|"
    r"certificate|proof|drawings?|plans?|brochure|catalogue|price\s+list)\b|"
    r"call\s+you|ring\s+you|phone\s+you|contact\s+you|reach\s+out|revert|"
    r"ask|chase|forward|arrange|prepare|write\s+(?:to\s+)?you|reply|respond|answer|have\s+(?:an?\s+)?(?:answer|update|"
    r"reply|news)|see\s+what\s+(?:i|we)\s+can\s+do|talk\s+to|speak\s+(?:to|with)|escalate|pass\s+(?:this|it)\s+on|"
    r"come\s+back\s+to\s+you|dig\s+into|review|verify|provide|share|work\s+out|put\s+together|draw\s+up|work\s+on|"
    # bringing the answer over: "I'll look at it then and get a price to you early next week"
    r"get\s+(?:the|a|an|your|it|them|this|that)\s+(?:[\w-]+\s+){0,4}?(?:over\s+|out\s+)?to\s+you)"
)
_PROMISE = re.compile(
    word_start_alternatives(
        rf"\b(?:i|we){_FUTURE}\s+(?:(?:\w+|be\s+sure\s+to|make\s+sure\s+to|definitely|also|then|now|personally)\s+){{0,3}}?"
        rf"{_COME_BACK}\b|"
        rf"\band\s+(?:will|'ll)\s+(?:(?:\w+)\s+){{0,2}}?{_COME_BACK}\b|"
        # a first step, then the come-back: "I'll have a look and get back to you", "I'll tidy it up and send it",
        # with an aside in brackets: "I'll put a package together with our caterer (they do …) and send you the quote"
        rf"\b(?:i|we){_FUTURE}\s+(?:(?:[\w'-]+|\([^()]{{1,80}}\))\s+){{1,16}}?and\s+(?:then\s+)?{_COME_BACK}\b|"
        # the subject left out, as in a quick reply: "Will get back to you tomorrow."
        r"^\W*will\s+(?:get\s+back|come\s+back|be\s+in\s+touch|follow\s+up|let\s+you\s+know|update\s+you|revert|"
        r"send\s+you|e-?mail\s+you|call\s+you)\b|"
        # delivering something to the customer: "we'll have the estimate for you", "I'll get the proof to you"
        rf"\b(?:i|we){_FUTURE}\s+(?:\w+\s+)?(?:have|get)\s+(?:the|a|an|your|it|them|this|that)\s+(?:[\w-]+\s+){{0,4}}?"
        rf"(?:(?:ready\s+)?for|over\s+to|out\s+to|to)\s+you\b|"
        rf"\blet\s+me\s+(?:just\s+)?(?:check|find\s+out|look\s+into|ask|see|confirm|verify|investigate|double-check|talk\s+to|"
        rf"speak\s+(?:to|with)|get\s+back|come\s+back|chase|dig\s+into)\b|"
        rf"(?:\b(?:he|she|they|someone|somebody|(?:a|one\s+of\s+our|our|the|my)\s+(?:[\w-]+\s+){{0,2}}?(?:colleagues?|team|"
        rf"department|specialists?|managers?|technicians?|experts?|engineers?|billing|warehouse|agent))|{_NAMED_PERSON})"
        rf"(?:,?\s+who)?(?:\s+will|'ll|\s+is\s+going\s+to)"
        rf"\s+(?:\w+\s+){{0,2}}?(?:be\s+in\s+touch|get\s+(?:back|in\s+touch)|contact\s+you|reach\s+out|call\s+you|e-?mail\s+you|"
        rf"follow\s+up|come\s+back|let\s+you\s+know|send|reply|respond|write\s+to\s+you|update\s+you|"
        # what a colleague will find out and tell: "Tom will confirm your last payment date by Wednesday"
        rf"confirm\s+(?:your|the|whether|when|if|with\s+you))\b|"
        rf"\byou(?:'ll|\s+will|\s+should)\s+hear\s+(?:back\s+)?from\s+(?:us|me|him|her|them|our)\b|"
        rf"\bexpect\s+to\s+hear\s+(?:back\s+)?from\s+(?:us|me)\b|"
        # the answer as something the customer will have: "you'll have an answer from me by Friday"
        rf"\byou(?:'ll|\s+will|\s+should)\s+(?:have|get|receive)\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:full\s+|proper\s+|"
        rf"final\s+|definite\s+)?(?:answer|reply|response|update|news|word|feedback)\b|"
        rf"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:currently\s+|now\s+)?(?:checking|looking\s+into|investigating|chasing|"
        rf"discussing|finding\s+out|waiting\s+(?:for|on)\s+(?:an?\s+)?(?:answer|reply|update|confirmation))\b|"
        # German
        # the subject may be left out after "und": "ich prüfe das und melde mich morgen"
        r"\b(?:melde\s+mich|wir\s+melden\s+uns|melde\s+ich\s+mich|melden\s+wir\s+uns|(?:ich\s+)?gebe\s+(?:ihnen|dir|euch)\s+"
        r"(?:\w+\s+){0,3}?bescheid|wir\s+geben\s+(?:ihnen|dir|euch)\s+(?:\w+\s+){0,3}?bescheid|"
        r"sie\s+(?:h[öo]ren|erhalten|bekommen)\s+(?:\w+\s+){0,3}?(?:von\s+(?:uns|mir)|(?:eine\s+|unsere\s+|meine\s+)?"
        r"(?:antwort|r[üu]ckmeldung|nachricht|bescheid))|(?:ich|wir)\s+(?:werde|werden)\s+"
        r"(?:\w+\s+){0,4}?(?:pr[üu]fen|kl[äa]ren|nachfragen|melden|schicken|senden|zusenden|informieren|r[üu]ckmelden|"
        r"kontaktieren)|(?:ich|wir)\s+(?:pr[üu]fe|pr[üu]fen|kl[äa]re|kl[äa]ren|frage|fragen)\s+(?:das|dies|es|gerne|kurz|"
        r"intern|nach|beim|bei)|ich\s+k[üu]mmere\s+mich|wir\s+k[üu]mmern\s+uns)\b|"
        # French
        r"\b(?:je\s+reviens|nous\s+revenons|je\s+reviendrai|nous\s+reviendrons)\s+vers\s+vous\b|"
        r"\b(?:je|nous)\s+vous\s+(?:recontacte|recontacterai|recontacterons|tiens|tiendrai|tiendrons|tenons|r[ée]pondrai|"
        r"r[ée]pondrons|confirmerai|confirmerons|ferai\s+(?:un\s+)?(?:retour|signe)|ferons\s+(?:un\s+)?(?:retour|signe))\b|"
        r"\bvous\s+aurez\s+(?:une\s+|notre\s+|ma\s+|des\s+)?(?:r[ée]ponse|retour|nouvelles)\b|"
        r"\b(?:je\s+vais|nous\s+allons)\s+(?:\w+\s+){0,2}?(?:v[ée]rifier|voir|me\s+renseigner|nous\s+renseigner|"
        r"vous\s+envoyer|revenir|vous\s+r[ée]pondre|vous\s+recontacter|vous\s+confirmer|demander|contr[ôo]ler)\b|"
        r"\bje\s+(?:v[ée]rifie|me\s+renseigne)\b|"
        # Spanish
        r"\b(?:le|te|les)\s+(?:responder[ée]|responderemos|escribir[ée]|escribiremos|contactar[ée]|contactaremos|"
        r"confirmar[ée]|confirmaremos|informar[ée]|informaremos|avisar[ée]|avisaremos|aviso(?!\s+(?:que|de)\b)|enviar[ée]|enviaremos|"
        r"mantendr[ée]|mantendremos|dar[ée]|daremos|dir[ée]|diremos|comunicar[ée]|comunicaremos)\b|"
        r"\b(?:me\s+pondr[ée]|nos\s+pondremos)\s+en\s+contacto\b|"
        r"\b(?:tendr[áa]|recibir[áa])\s+(?:una\s+|nuestra\s+|mi\s+)?(?:respuesta|noticias)\b|"
        r"\b(?:voy|vamos)\s+a\s+(?:revisar|comprobar|consultar|verificar|averiguar|mirar)\b|"
        r"\b(?:le|te|les)\s+(?:llamar[ée]|llamaremos|llamar[áa]|escribir[áa]|contactar[áa]|"
        r"responder[áa]|avisar[áa]|enviar[áa])\b|\bse\s+pondr[áa]\s+en\s+contacto\b|"
        # someone else on support's side, in German, French and Dutch ("der Techniker meldet sich")
        # not the carrier, whose call before a delivery is logistics: "Die Spedition ruft Sie zwei Tage vorher an"
        r"\b(?:er|sie|(?:der|die|mein(?:e)?|unser(?:e)?)\s+(?!(?:spedition|spediteur|fahrer(?:in)?|kurier|paketdienst|"
        r"zusteller(?:in)?|post|lieferdienst|transporteur)\b)\w+|(?:herr|frau)\s+\w+)\s+(?:meldet\s+sich|wird\s+sich\s+(?:\w+\s+){0,3}?melden|"
        r"ruft\s+sie\s+(?:\w+\s+){0,3}?an)\b|"
        rf"(?:\b(?:il|elle|notre\s+(?!(?:livreur|transporteur|chauffeur|coursier)\b)\w+|mon\s+coll[èe]gue|ma\s+coll[èe]gue)|"
        rf"{_NAMED_PERSON})\s+vous\s+(?:contactera|appellera|rappellera|"
        r"[ée]crira|r[ée]pondra|recontactera)\b|\b(?:je|nous)\s+vous\s+(?:"
        r"appellerai|rappellerai|[ée]crirai|enverrai|enverrons)\b|"
        r"\b(?:hij|zij|ze|onze\s+\w+|mijn\s+collega)\s+(?:neemt\s+(?:\w+\s+){0,3}?contact|belt\s+(?:u|je)|"
        r"laat\s+(?:u|je)\s+(?:\w+\s+)?weten)\b|"
        # Dutch
        r"\b(?:ik\s+kom|wij\s+komen|we\s+komen)\s+(?:er\s+)?(?:\w+\s+)?(?:bij\s+(?:u|je|jou)\s+)?(?:op\s+terug|terug)\b|"
        r"\b(?:ik\s+laat|wij\s+laten|we\s+laten)\s+(?:het\s+)?(?:u|je|jou)\s+(?:\w+\s+)?weten\b|"
        r"\b(?:ik\s+ga|we\s+gaan)\s+(?:het|dit|dat)\s+(?:\w+\s+)?na\b|\bwij\s+nemen\s+contact\b|\bwe\s+nemen\s+contact\b"
    ),
    re.IGNORECASE,
)
_INFORMATION_WORD = (r"(?:presupuesto|factura|respuesta|informaci[óo]n|detalles|confirmaci[óo]n|oferta|enlace|"
                     r"datos|devis|facture|r[ée]ponse|confirmation|informations?|d[ée]tails|offre|lien|angebot|rechnung|"
                     r"antwort|best[äa]tigung|informationen|details|link|kostenvoranschlag|"
                     r"contrato|documentos?|contrat|documents?|vertrag|unterlagen|dokumente?|"
                     r"pdf|datei(?:en)?|archivos?|fichiers?|entwurf|borrador|fotos?|photos?|bilder|"
                     # a drawing or a proof to approve, samples to choose from, a price list
                     r"dessins?|[ée]preuves?|maquettes?|zeichnung(?:en)?|dibujos?|[ée]chantillons?|muestras?|muster|"
                     r"preisliste|listes?\s+de\s+prix|tarifs|lista\s+de\s+precios|katalog|catalogues?|cat[áa]logos?)\b")
"""What support sends that answers (a quote, an invoice, the details, the contract, a file, a draft, the photos, a
drawing, samples, a price list): sending goods is logistics."""
_INFORMATION = rf"(?:\w+\s+){{0,4}}?{_INFORMATION_WORD}"
"""The thing sent, after its article and an adjective or two, or when it is to come ("le devis corrigé", "die
Rechnung", "bis Freitag ein aktualisiertes Angebot")."""
_DATED_PROMISE = re.compile(
    # "se lo confirmo mañana": the indirect object before "lo/la", as Spanish puts a thing and a person together
    r"\b(?:le|te|les|os|se\s+l[oa]s?|te\s+l[oa]s?|os\s+l[oa]s?)\s+(?:confirmo|confirmamos|digo|decimos|doy|damos|comunico|comunicamos|escribimos|llamamos|"
    r"contestamos|respondemos|informo|informamos|llamo|escribo|contesto|respondo)\b(?!\s+(?:de\s+)?que\b)|"
    rf"\b(?:le|te|les|os)\s+(?:env[íi]o|enviamos|mando|mandamos)\s+{_INFORMATION}|"
    # the thing already named, as a pronoun: "El certificado se lo envío mañana"
    r"\b(?:se|te|os)\s+l[oa]s?\s+(?:env[íi]o|enviamos|mando|mandamos)\b|"
    r"\b(?:je|nous)\s+vous\s+(?:confirme|confirmons|r[ée]ponds|r[ée]pondons|[ée]cris|[ée]crivons|appelle|appelons|"
    r"rappelle|rappelons|"
    r"fais\s+(?:un\s+)?retour|faisons\s+(?:un\s+)?retour)\b(?!\s+que\b)|"
    rf"\b(?:je|nous)\s+vous\s+(?:envoie|envoyons)\s+{_INFORMATION}|"
    # the thing named before it, then as a pronoun: "Je prépare le devis avec Helen et je vous l'envoie demain" (not
    # goods: "vos lunettes sont prêtes, je vous les envoie demain" is logistics)
    rf"\b{_INFORMATION_WORD}[^.!?]{{0,80}}?\b(?:je|nous)\s+vous\s+l(?:'|es\s+|e\s+|a\s+)(?:envoie|envoyons|transmets|transmettons|"
    r"renvoie|renvoyons)\b|"
    r"\b(?:ich|wir)\s+(?:best[äa]tige|best[äa]tigen)\s+ihnen\b(?!\s*,?\s*dass\b)|"
    r"\b(?:ich|wir)\s+(?:rufe|rufen)\s+sie\s+(?:\w+\s+){0,3}?an\b|\b(?:ich\s+schreibe|wir\s+schreiben)\s+ihnen\b|"
    # the subject left out after "und", or the thing as a pronoun: "Ich stelle das Angebot zusammen und schicke es
    # Ihnen bis Freitag"
    rf"\b(?:ich|wir|und)\s+(?:sende|schicke|senden|schicken|maile|mailen)\s+(?:(?:es|sie|das|dies|diese[sn]?)\s+ihnen\b|"
    rf"ihnen\s+{_INFORMATION})|"
    # the same with the verb before its subject, as German puts it after a fronted time or object: "Morgen rufe
    # ich Sie an", "Die korrigierte Rechnung schicke ich Ihnen bis Freitag"
    r"\b(?:best[äa]tige\s+ich|best[äa]tigen\s+wir)\s+ihnen\b(?!\s*,?\s*dass\b)|"
    r"\b(?:rufe\s+ich|rufen\s+wir)\s+sie\s+(?:\w+\s+){0,3}?an\b|\b(?:schreibe\s+ich|schreiben\s+wir)\s+ihnen\b|"
    rf"\b(?:(?:sende|schicke|maile)\s+ich|(?:senden|schicken|mailen)\s+wir)\s+ihnen\s+{_INFORMATION}|"
    rf"\b{_INFORMATION_WORD}(?:\s+[\w-]+){{0,5}}?\s+(?:(?:sende|schicke|maile)\s+ich|(?:senden|schicken|mailen)\s+wir)\s+ihnen\b",
    re.IGNORECASE,
)
"""A promise in the present tense, as French, Spanish and German state the near future ("le confirmo
el jueves", "je vous envoie le devis demain"): a promise only when it names when; without a
time it is a statement ("je vous envoie ci-joint la facture")."""
_DEADLINE_PROBE_DATE = datetime(2000, 1, 3, 12, 0)
"""Any fixed date: a sentence states a deadline when ``parse_deadline`` finds one relative to it."""
_NOT_A_PROMISE = re.compile(
    r"\b(?:if|once|when|whenever|as\s+soon\s+as|after|unless|should)\s+you\b|\blet\s+(?:me|us)\s+know\s+(?:if|whether|when)\b|"
    r"\b(?:feel\s+free|don't\s+hesitate|do\s+not\s+hesitate|happy\s+to\s+help|glad\s+to\s+help)\b|"
    r"\b(?:i|we)\s+(?:won't|will\s+not|can't|cannot|am\s+not\s+able|are\s+not\s+able)\b|"
    r"\b(?:wenn|falls|sobald)\s+sie\b|\bsi\s+vous\b|\bsi\s+(?:usted|necesita)\b|\bals\s+u\b|"
    r"\b(?:i|we)(?:'ll|\s+will)\s+(?:mark|close|resolve)\b",
    re.IGNORECASE,
)
_ON_EVENT = re.compile(
    r"\b(?:when|once|as\s+soon\s+as|after)\s+(?:it|they|your\s+[\w-]+|the\s+[\w-]+|this|that)(?:'s|\s+(?:is|are|has|have|"
    r"gets?|goes|go|leaves?|ships?|arrives?|comes?)\b)(?:\s+(?:been|back|now))?\s*(?:ready|dispatched|shipped|sent|"
    r"available|in\s+stock|back|out|through|processed|packed|delivered|on\s+its\s+way|ships?|leaves?|arrives?)\b|"
    # the event alone: "our data-centre team will email you when the drives arrive", "when the hire ends"
    r"\b(?:when|once|as\s+soon\s+as|after)\s+(?:it|they|your\s+[\w-]+|the\s+[\w-]+|this|that)\s+(?:arrives?|lands?|"
    r"ships?|leaves?|comes?\s+(?:in|back)|clears?\s+customs|sells?|ends?|finish(?:es)?|expires?)\b|"
    r"\b(?:d[èe]s\s+(?:l'exp[ée]dition|que\s+(?:votre|la|le)\s+\w+\s+(?:est|sera)\s+(?:pr[êe]te?|exp[ée]di[ée]e?)))|"
    r"\bsobald\s+(?:sie|es|die\s+\w+|das\s+\w+|der\s+\w+)\s+(?:versandt|verschickt|fertig|verf[üu]gbar|unterwegs)\b|"
    r"\ben\s+cuanto\s+(?:se\s+env[íi]e|est[ée]\s+(?:list[oa]|disponible))|\bzodra\s+(?:het|hij|ze)\s+"
    r"(?:verzonden|klaar|binnen)\b|"
    # on the day of a booked visit, delivery or move: "Our surveyor will send you the video link on the day"
    r"\bon\s+the\s+day\b(?!\s+(?:after|before))|\bon\s+the\s+(?:morning|day)\s+of\s+(?:the|your)\b|"
    r"\bam\s+tag\s+(?:selbst|des|der)\b|\ble\s+jour\s+(?:m[êe]me|j|du|de\s+(?:votre|la|le))\b|"
    r"\bel\s+(?:mismo\s+)?d[íi]a\s+de\s+(?:la|su|tu)\b",
    re.IGNORECASE,
)
"""A notice tied to an event of the order ("we'll email you when it's ready", "the driver will ring you on
the day"): how the process works, not a promise to come back by some time."""
_WHILE_WITH_US = re.compile(
    r"\bwhile\s+(?:it|they)(?:'s|'re|\s+is|\s+are)\s+(?:open|apart|here|in|with\s+us|in\s+the\s+workshop)\b|"
    r"\bwhile\s+we\s+have\s+(?:it|them)\b",
    re.IGNORECASE,
)
"""Work done while the thing is with support, said before the "we'll" ("while it's open we'll check the board for
any tea that got further in"): part of the job, not a promise to come back."""
_CONDITION_BEFORE = re.compile(
    r"\b(?:if|unless|provided|in\s+case|wenn|falls|sofern|si(?!\s*,)|zodra)\b|^\W*should\s+(?:it|you|that|this|they|the)\b|"
    r"\b(?:once|when|whenever|as\s+soon\s+as|after|sobald|d[èe]s\s+que|en\s+cuanto|cuando)\s+(?:you|your|sie|vous|usted|"
    r"nos\s+(?:env[íi]e|mande|confirme|diga|indique))\b",
    re.IGNORECASE,
)
"""A condition the promise after it hangs on ("If that suits, I'll book the courier", "Si le parece
bien, le enviaré el enlace"): whether support comes back depends on the customer or on chance."""
_WHETHER = re.compile(
    r"\b(?:check(?:ing)?|ask(?:ing)?|see|find\s+out|know|wonder(?:ing)?|vérifier|verifier|demander|voir|savoir|"
    r"pregunt\w*|saber|ver|comprobar|consultar|mirar|averiguar)\s+(?:\w+\s+){0,4}?(?:if|si)\b",
    re.IGNORECASE,
)
"""An "if" that means "whether" ("tengo que preguntarle a mi compañero si el letrero necesita escalera; le
escribo el martes", "I'm checking if the part is in stock and I'll ring you tomorrow"): what support is
finding out, not a condition on the promise."""
_CUSTOMER_ACTION_FIRST = re.compile(
    r"^\W*(?:(?:just|simply|please|kindly|you\s+can|you\s+may|you're\s+welcome\s+to)\s+)*(?:reply|respond|answer|send|"
    r"e-?mail|forward|tell|let\s+(?:me|us)\s+know|register|subscribe|apply|sign\s+up|"
    r"confirm|pick|choose|select|click|tap|fill\s+in|fill\s+out|sign|complete|upload|attach|share|return|drop|pop|"
    r"print|post|mark|tick|text|call|ring|phone|say|book|pay|measure|take|snap|check|try|"
    r"schicken\s+sie|senden\s+sie|antworten\s+sie|best[äa]tigen\s+sie|sagen\s+sie|geben\s+sie\s+(?:mir|uns)\s+bescheid|"
    r"envoyez|r[ée]pondez|indiquez|confirmez|dites|faites|transmettez|renvoyez|choisissez|cliquez|remplissez|"
    r"signez|appelez|[ée]crivez|pr[ée]cisez|"
    r"env[íi]en?|m[áa]nden?|d[íi]ga|conf[íi]rme|ind[íi]que|resp[óo]nda|cont[ée]ste|escr[íi]ba|ll[áa]me|el[íi]ja|"
    r"rell[ée]ne|f[íi]rme|p[úu]lse|env[íi]a|m[áa]nda|dime|conf[íi]rma|ind[íi]ca|resp[óo]nde|escr[íi]be)"
    r"(?:me|nos|-moi|-nous|-le|-la|-les)?\b",
    re.IGNORECASE,
)
"""A sentence that opens by asking the customer to do something ("Reply yes and I'll send the link",
"Envoyez-moi une photo et je vous répondrai", "You can register here and we'll e-mail you"): the promise
after it is an offer that waits on them.
Not "Leave it with me and I'll check" or "Bear with me": those ask the customer only to wait."""


_PROMISE_HINT = Hint(
    "'ll will shall going let checking looking investigating chasing discussing finding waiting "
    "meld bescheid werde prüf pruf kläre klare frage mmer ruft rufe schreibe "
    "vous vais allons rifie renseigne "
    "respond escrib contact confirmar informar avis enviar mantendr llam contest pondr voy vamos "
    "belt laat terug weten expect hören horen erhalten bekommen dar dir comunic tendr recibir "
    "confirm digo decimos env mand doy damos inform ihnen",
    r"ga(?:an)?\s+(?:het|dit|dat)\s|(?:i|we|you)\s+(?:should|hope|aim|expect|plan|intend|try)",
)
"""A cheap necessary condition for ``_PROMISE`` and ``_DATED_PROMISE``: every one of their
alternatives must match one of these pieces ("'ll"/"will"/"shall"/"going" for the future forms,
"let" for "let me check", "we should"/"we aim", the -ing verbs after "I'm", the verbs and pronouns
of the German, French, Spanish and Dutch forms). Same flags, so a sentence without any of them can
never match either;
tests/test_prechecks.py checks this on every sentence of the sample and evaluation mailboxes."""

_PROMISE, _DATED_PROMISE, _NOT_A_PROMISE = (
    word_start_guarded(pattern) for pattern in (_PROMISE, _DATED_PROMISE, _NOT_A_PROMISE))
"""The patterns above behind look-aheads for the first characters of their words (``word_start_guarded``):
the same matches, faster."""


@lru_cache(maxsize=_SENTENCE_CACHE)
def promise_start(sentence: str) -> int | None:
    """Where a promise to come back begins in one sentence of support's text, or ``None``.

    Questions and conditional offers ("if you send a photo, I'll check it") promise nothing.
    """
    flat = sentence.replace("\u2019", "'")
    if not _PROMISE_HINT.search(flat):
        return None  # _PROMISE cannot match: no promise, whatever else the sentence says
    return _promise_start(flat)


def _promise_start(flat: str) -> int | None:
    """``promise_start`` without the pre-check, on the sentence with "’" already flattened."""
    if flat.rstrip().endswith("?") or _NOT_A_PROMISE.search(flat):
        return None
    for spans in _promise_spans(flat):
        for start, end in spans:
            if _stands(flat, start, end):
                return start
    return None


def _stands(flat: str, start: int, end: int) -> bool:
    """Whether the promise phrase at ``flat[start:end]`` stands: not tied to an event of the order or done
    while the thing is with support, not an offer waiting on a condition."""
    clause = _CLAUSE_END.split(flat[end:], maxsplit=1)[0]
    event = _ON_EVENT.search(clause)
    # "I'll let you know a completion date on Thursday once it's through quality control": a day named before the
    # event keeps the promise to it
    if event and not _GOODS_MOVE.search(event.group(0)) and parse_deadline(clause[:event.start()],
                                                                          _DEADLINE_PROBE_DATE) is not None:
        event = None
    return (not event and not _WHILE_WITH_US.search(_CLAUSE_END.split(flat[:start])[-1])
            and not _conditional(flat[:start]))


_GOODS_MOVE = re.compile(r"ship|dispatch|sent|leave|arriv|deliver|way|land|customs|versandt|verschickt|unterwegs|"
                         r"exp[ée]di|env[íi]|verzonden", re.IGNORECASE)
"""An event that is goods on the move ("when it ships"): a note sent then is logistics, whatever day it names."""


def _conditional(before: str) -> bool:
    """Whether the text before a promise in its sentence makes it an offer that waits on a condition."""
    return bool(before.strip()) and (_CONDITION_BEFORE.search(_WHETHER.sub(" ", before)) is not None
                                      or _CUSTOMER_ACTION_FIRST.match(before) is not None)


@lru_cache(maxsize=_SENTENCE_CACHE)
def _promise_spans(flat: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Where the future-form promise phrases and the dated ones are, each in order; cached, as a
    promise sentence's start and its deadline segments are both read from them."""
    return tuple(m.span() for m in _PROMISE.finditer(flat)), tuple(m.span() for m in _dated_promises(flat))


def _dated_promises(flat: str) -> list[re.Match[str]]:
    """The present-tense promise phrases of a sentence that names when ("le confirmo el jueves")."""
    if _DATED_PROMISE.search(flat) is None or parse_deadline(flat, _DEADLINE_PROBE_DATE) is None:
        return []
    return list(_DATED_PROMISE.finditer(flat))


def _promise_starts(flat: str) -> list[int]:
    """Where every promise phrase in the sentence starts, in order: future forms, and present ones that name when."""
    future, dated = _promise_spans(flat)
    return sorted(start for start, _ in (*future, *dated))


_CLAUSE_END = re.compile(r"[;:.!?]|,\s+(?:and|but|so|or)\b|\s[-\u2013\u2014]\s")


def _promise_segments(sentence: str) -> list[str]:
    """A sentence cut at each promise in it, so that each deadline is read next to its own promise.

    "I'm checking which slots we have next week and I'll get back to you tomorrow": "next week"
    belongs to the slots, "tomorrow" to the promise; the text before the first promise goes
    with it ("Tomorrow I'll send it").
    """
    flat = sentence.replace("\u2019", "'")
    starts = _promise_starts(flat)
    if not starts:
        return [sentence]
    bounds = starts + [len(sentence)]
    return [sentence[a:b] for a, b in pairwise(bounds) if sentence[a:b].strip()]


def _sentence_deadline(sentence: str, sent_at: datetime) -> datetime | None:
    """The earliest deadline the sentence's promises state, each read from the promise on; only
    when none does, a deadline written before the promise ("Tomorrow I'll send it") counts."""
    deadlines = [d for d in (parse_deadline(part, sent_at) for part in _promise_segments(sentence)) if d is not None]
    return min(deadlines) if deadlines else parse_deadline(sentence, sent_at)


def is_promise(sentence: str) -> bool:
    """Whether one sentence of support's text promises to come back (no conditional offer)."""
    return promise_start(sentence) is not None


def extract_commitments(text: str, sent_at: datetime) -> list[Commitment]:
    """Support's promises to come back in ``text``, each with its deadline relative to ``sent_at``.

    Not promises: logistics about third parties ("the courier collects on Wednesday",
    "the refund will appear in 3-5 days"), conditional offers ("let me know if you need
    anything else", "if you send a photo I'll check it") and questions.
    """
    return [Commitment(sentence, _sentence_deadline(sentence, sent_at)) for sentence in promise_sentences(text)]


def promise_parts(text: str, sent_at: datetime) -> list[Commitment]:
    """Each promise of ``text`` on its own, with the deadline it states, in order.

    "I'll send the invoice today and I'll confirm the refund amount by Wednesday" is two promises
    due on two days; ``extract_commitments`` gives the sentence once, with the earlier deadline.
    A promise's text runs to the next promise; the first one of a sentence that states no deadline
    of its own takes the sentence's ("Tomorrow I'll send it").
    """
    parts: list[Commitment] = []
    for sentence in promise_sentences(text):
        flat = sentence.replace("\u2019", "'")
        standing = {start for spans in _promise_spans(flat) for start, end in spans if _stands(flat, start, end)}
        starts = _promise_starts(flat)
        for index, (start, end) in enumerate(pairwise([*starts, len(sentence)])):
            if start not in standing or not sentence[start:end].strip():
                continue
            due = parse_deadline(sentence[start:end], sent_at)
            if due is None and index == 0:
                due = parse_deadline(sentence, sent_at)
            parts.append(Commitment(sentence[start:end].strip(), due))
    return parts


def promised_object(promise: str) -> str:
    """The text of a promise after its promising phrase: "I'll confirm the refund amount by Wednesday"
    gives "the refund amount by Wednesday", what is promised and when."""
    flat = promise.replace("\u2019", "'")
    ends = [end for spans in _promise_spans(flat) for start, end in spans if start == 0] or [0]
    return promise[max(ends):]


@lru_cache(maxsize=_TEXT_CACHE)
def promise_sentences(text: str) -> tuple[str, ...]:
    """The sentences of ``text`` that promise to come back, in order (``extract_commitments`` without deadlines).

    Only the text above the sign-off counts: a signature's service line ("We will get back to
    you within 24 hours on working days") is in every mail and promises nothing about this case.
    """
    return tuple(sentence for sentence in _sentences_of(without_signature_block(text)) if is_promise(sentence))
