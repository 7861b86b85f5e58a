"""How customers ask: the sentence forms of indirect questions, requests, wishes and asides.

``questions.py`` decides whether a sentence asks something; these are the forms it knows besides a
question mark, in English, German, French, Spanish and Dutch, and the cheap word hints that rule most
sentences out before the forms are tried. Only regexes: no state, no I/O.
"""

from __future__ import annotations

import re

from happyaudit.audit.guards import Hint, word_start_alternatives, word_start_guarded

_NOTHING_MORE_ASKED = (r"(?!\s*(?:[.!]|$|(?:before|by|as\s+soon|asap|soon|in\s+advance|beforehand|first|now|today|"
                       r"please|thanks|thank\s+you)\b))")
"""What keeps "I'd like to know" an asking: it goes on to say what. "I'd like to know before I start." only presses the
question before it."""

INDIRECT = re.compile(
    r"\b(?:i|we)\s+(?:was|were|am|are)\s+(?:also\s+|just\s+|still\s+)?wondering|\b(?:i|we)(?:\s+(?:was|were|am|are)|'m|'re)\s+hoping\s+"
    r"(?:you\s+(?:could|can|might|would)|someone\s+(?:could|can)|to\s+find\s+out)\b|\b(?:i|we)\s+(?:also\s+|just\s+|still\s+)?wonder(?:ed)?\s+(?:if|whether|when|how|what|why|where|which)|"
    # the subject left out after "and": "we're getting married in October and wondered if you're allowed to…"
    r"\band\s+(?:also\s+|just\s+)?wonder(?:ed|ing)\s+(?:if|whether|when|how|what|why|where|which)\b|"
    r"\b(?:could|can|would|will)\s+(?:you|someone)\s+(?:please\s+)?(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|advise|"
    r"confirm|explain|clarify|check\s+(?:if|whether))|"
    r"\b(?:please\s+)?let\s+(?:me|us)\s+know\s+(?!if\s+you|whether\s+you\s+need|when\s+you)|"
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|just\s+|really\s+|then\s+)?(?:like|love|need)\s+to\s+(?:know|find\s+out|understand|hear)"
    + _NOTHING_MORE_ASKED + r"|\b(?:i|we)\s+(?:also\s+|still\s+|really\s+|just\s+)?(?:want|need)\s+to\s+know" + _NOTHING_MORE_ASKED + r"|"
    r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:also\s+|still\s+|just\s+)?(?:curious|not\s+sure)\s+(?:about\s+)?"
    r"(?:whether|if|about|how|what|when|which)|"
    # asking for someone else: "Also they want to know if there's a green room", "My husband would like to know if …",
    # "The committee also asked me to check whether your engineers hold DBS certificates"
    # "She'd also like to know whether the wording can be agreed now"
    r"\b(?:wants?|(?:would|['’]d)\s+(?:also\s+|really\s+)?like|asked\s+me|has\s+asked\s+me)\s+to\s+(?:know|check|find\s+out|ask)\s+"
    r"(?:if|whether|what|when|how|which|who|where)\b|\bdo\s+you\s+know\s+(?:if|whether|when|how|what|where|which|why)|"
    # "The other thing I must ask is whether the studio is accessible"
    r"\b(?:asks?|asked|asking)\s+(?:me\s+)?(?:is\s+)?(?:whether|if)\b|"
    # "can you tell me whether…" in German, French and Spanish: a question, not a request for action
    r"\b(?:k[öo]nnen|k[öo]nnten)\s+sie\s+(?:mir|uns)\s+(?:bitte\s+)?(?:sagen|mitteilen|erkl[äa]ren)\b|"
    r"\b(?:pourriez|pouvez)-vous\s+(?:me\s+|m['’]|nous\s+)(?:dire|indiquer|expliquer|pr[ée]ciser)\b|"
    r"\b(?:(?:pueden|podr[íi]an|puede|podr[íi]a)\s+(?:decirme|dec[íi]rnos|indicarme|ind[íi]carnos|explicarme)|"
    r"me\s+(?:pueden|podr[íi]an|puede|podr[íi]a)\s+(?:decir|indicar|explicar))\b|"
    # asking in the past or conditional tense: "I wanted to ask whether…", "Ich wollte fragen, ob…"
    # not the announcement that ends on "about": "Couple of extras I wanted to ask about."
    r"\b(?:i|we)\s+(?:just\s+)?wanted\s+to\s+(?:ask|know|check|find\s+out)\s+(?:you\s+)?(?:(?:if|whether|how|when|what|"
    r"where|which|why)\b|about\s+\w)|\b(?:i|we)(?:'d|\s+would)\s+like\s+to\s+ask\b|"
    r"\b(?:i'm|i\s+am|we're|we\s+are)\s+trying\s+to\s+find\s+out\s+(?:if|whether|how|when|what|where|which|why)\b|"
    r"\b(?:ich|wir)\s+(?:wollte|wollten|m[öo]chte|m[öo]chten)\s+(?:\w+\s+){0,3}?(?:fragen|wissen|nachfragen)\s*,?\s+"
    r"(?:ob|wann|wie|was|wo|welche[rsnm]?|warum)\b|\bmich\s+w[üu]rde\s+interessieren\b|"
    r"\b(?:ich\s+)?(?:w[üu]rden?|m[öo]chten?)\s+(?:\w+\s+)?gerne?\s+wissen|\bich\s+frage\s+mich|"
    # "Außerdem wüsste ich gern, ob …", "Ich wüsste außerdem gern, ob …", "Außerdem interessiert mich, ob …"
    r"\bw[üu]ssten?\s+(?:ich|wir)\s+gerne?\b|"
    r"\b(?:ich|wir)\s+w[üu]ssten?\s+(?:\w+\s+)?gerne?\s*,?\s+(?:ob|wann|wie|was|wo|welche[rsnm]?)\b|"
    r"\binteressiert\s+(?:mich|uns)\s*,?\s+(?:auch\s+|noch\s+)?(?:ob|wann|wie|was|wo)\b|"
    # "Außerdem wäre es wichtig zu wissen, ob …", "it would help to know whether …"
    r"\b(?:w[äa]re|ist)\s+es\s+(?:(?:auch|noch|sehr|f[üu]r\s+uns|f[üu]r\s+mich)\s+)*(?:wichtig|gut|hilfreich|interessant)\s+zu\s+"
    r"wissen\s*,?\s+(?:ob|wann|wie|was|wo|welche[rsnm]?)\b|\bit\s+would\s+(?:also\s+|really\s+)?(?:help|be\s+(?:good|useful|helpful))\s+to\s+know\s+"
    r"(?:if|whether|when|how|what|where|which)\b|"
    r"\b(?:j'aimerais|nous\s+aimerions)\s+(?:\w+\s+)?(?:savoir|conna[îi]tre)|\bje\s+voudrais\s+(?:\w+\s+)?(?:savoir|conna[îi]tre)|"
    r"\bje\s+me\s+demande|"
    r"\b(?:je|nous)\s+(?:voulais|voulions|souhaite|souhaiterais|souhaitons|souhaiterions)\s+(?:vous\s+)?(?:savoir|demander)\b|"
    r"\bj'aurais\s+(?:voulu|aim[ée])\s+savoir\b|"
    r"\b(?:me|nos)\s+gustar[íi]a\s+(?:\w+\s+)?(?:saber|conocer)|\bquisi(?:era|[ée]ramos)\s+(?:\w+\s+)?(?:saber|conocer)|"
    r"\bquer(?:r)?[íi]a(?:mos)?\s+(?:\w+\s+)?(?:saber|conocer)|\b(?:me|nos)\s+interesa\s+(?:\w+\s+)?saber\b|"
    r"\b(?:quer[íi]a|quisiera|quiero|me\s+gustar[íi]a|desear[íi]a|necesito)\s+(?:preguntar(?:les|le|te|os)?|consultar(?:les|le|te|os)?|"
    r"saber)\b|"
    r"\bik\s+(?:zou\s+graag\s+willen\s+weten|vroeg\s+me\s+af)|"
    # "Außerdem würde mich interessieren, ob …", "Me interesaría saber si …", "Je serais curieux de savoir si …"
    r"\bw[üu]rde\s+(?:es\s+)?mich\s+(?:\w+\s+)?interessieren\b|\bme\s+interesar[íi]a\s+saber\b|"
    r"\bje\s+serais\s+curieu(?:x|se)\s+de\s+savoir\b",
    re.IGNORECASE,
)
REQUEST_VERBS = (
    r"(?:send|re-?send|resend|email|forward|confirm|let|advise|check|cancel|change|update|refund|tell|provide|arrange|"
    r"call|contact|process|ship|deliver|issue|re-?issue|correct|fix|add|remove|replace|exchange|swap|copy|book|reserve|"
    r"share|look\s+into|set\s+(?:\w+\s+)?up|sign\s+(?:\w+\s+)?up|help|make\s+sure|ensure|return|reply|respond|explain|clarify|amend|adjust|credit|quote|"
    r"prepare|give|put|mark|delete|close|unsubscribe|ring|repair|investigate|organise|organize|sort|"
    # by post: "Please post it rather than email it"
    r"post|"
    # off a list: "please take me off the newsletter list", "please take my name off your mailing list"
    r"take\s+(?:[^\s.!?]+\s+){1,7}?off\b|"
    # leaving something as it is: "Please keep the direct debit on the 1st of the month" (not "keep me posted")
    r"keep(?!\s+(?:me|us)\s+(?:posted|updated|informed|in\s+the\s+loop))|"
    # changes to an account or a service: "please switch my bill to paper-free", "please turn on 2FA"
    r"switch|turn\s+(?:on|off)|move|transfer|upgrade|downgrade|enable|disable|activate|deactivate|extend|renew|"
    r"pause|reset|unlock|waive|port|"
    # a habit to start or give up: "please start putting our PO numbers on the invoices", "please stop sending
    # the paper catalogue"
    r"(?:start|stop)\s+\w+ing|"
    # putting something in with the order or on file: "please include a gift receipt", "please attach the report"
    r"include|enclose|attach|record|register|"
    # how to bill: "Finally, please invoice the school rather than the PTA", "Please address the invoice to our
    # treasurer", "Please make the invoice out to Stourhead Estate Trading Ltd"
    r"invoice|bill|charge|address|make\s+(?:[\w-]+\s+){0,4}?out\b)"
)
WANTED_ACTIONS = (
    r"(?:cancel|change|return(?!\s+(?:to|home|from|the\s+favou?r)\b)|exchange|book|reserve|update(?!\s+(?:you|u)\b)|amend|swap|request|arrange|"
    r"upgrade|downgrade|pause|stop(?!\s+(?:at|by|in)\b)|renew|switch|unsubscribe|reopen|claim|reschedule|postpone|"
    r"send\s+back|apply\s+for|make\s+a\s+(?:claim|complaint|return)|complain\b|report\s+(?:a|an|the)\s+(?:problem|"
    r"fault|defect|issue|damage))"
)
"""What a customer wants done when they write "I'd like to …" / "I need to …". Not "I'd like to thank
you", and not buying ("We want to buy 12 sleeping bags"): that sets the scene for the questions after it."""
NEED_STATED = re.compile(
    # a thing needed, named with its article: a quantity ("We'd need 2,000 in four designs.") asks nothing at all
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+|then\s+)?(?:need|require|want)\s+"
    r"(?:a|an|the|some|our|my|your)\b|"
    # in the future only a document: "We will need an invoice made out to the school" (not "we'll need a stage at
    # the far end", the plan the questions are about)
    r"\b(?:i|we)(?:'ll|\s+will)\s+(?:also\s+|still\s+)?(?:need|require)\s+(?:a|an|the|some|our|my|your)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:invoice|receipt|copy|certificate|quote|quotation)s?\b|"
    # "we would also need a …", as German, French and Spanish say it
    r"\b(?:(?:wir|ich)\s+(?:br[äa]uchten|br[äa]uchte|ben[öo]tigen|ben[öo]tigten)|"
    r"(?:br[äa]uchten|ben[öo]tigen|ben[öo]tigten)\s+wir)\s+(?:[\w-]+\s+){0,6}?(?:die|den|das|eine|einen|ein|noch)\b|"
    # not needing to know, which asks ("Necesitaríamos saber el precio"), nor needing them to do it ("… que nos envíen")
    r"\b(?:il\s+nous\s+faudrait|nous\s+aurions\s+besoin|j'aurais\s+besoin)\b"
    r"(?!\s+(?:de\s+|d')?(?:savoir|conna[îi]tre|que)\b)|"
    r"\b(?:necesitar[íi]amos|necesitar[íi]a|nos\s+har[íi]a\s+falta)\b(?!\s+(?:saber|conocer|que)\b)",
    re.IGNORECASE)
"""What the customer would need, said as a statement ("We'd need the coach with us in Belgium for all three days",
"Il nous faudrait un car côté anglais", "benötigen wir einen Transfer vom Flughafen"): like a wish, it sets the scene
for what the message asks ("Could you quote …?", "Est-ce faisable ?") and is the request only when nothing else is
asked."""
NEEDED_DOCUMENT = re.compile(
    r"\b(?:invoice|receipt|copy|certificate|quote|quotation|rechnung|kopie|quittung|bescheinigung|angebot|facture|copie|"
    r"devis|re[çc]u|attestation|factura|copia|recibo|presupuesto|certificado)\b", re.IGNORECASE)
"""A document named in a stated need ("Außerdem bräuchten wir eine Kopie des Angebots"): asked for, whatever else the
message asks."""
WANTED_THINGS = (
    r"(?:refund|replacement|invoice|receipt|quote|quotation|copy|credit\s+note|discount|call\s*back|"
    r"confirmation|label|estimate|catalogue|catalog|brochure|price\s+list|repair|appointment|"
    # what only support can send: "I'd also like the care instructions for the velvet before I commit"
    r"instructions|guide|manual|certificate|paperwork|documentation|breakdown|bank\s+details|statement)"
)
"""What a customer asks for when they write "I'd like a …" / "I'd appreciate a …"."""
GERMAN_WISH_FOR_A_THING = (r"\b(?:(?:ich|wir)\s+h[äa]tten?|h[äa]tten?\s+(?:ich|wir))\s+(?:\w+\s+)?gerne?\s+(?:noch\s+)?"
                           r"(?:[\w-]+\s+){0,4}?(?:eine|einen|ein|die|den|das)")
"""Wanting a thing in German ("Außerdem hätte ich gern für meine Unterlagen eine", "ich hätte gern ein"), up to the
article before it: a request when the thing is one only support can give (``REQUEST``), else a want (``WANTED_THING``)."""

REQUEST = re.compile(
    word_start_alternatives(
        rf"(?:^|[,;:]\s+|\s[-\u2013\u2014]\s+)(?:(?:and|also|so|but)\s+)?(?:please|kindly|pls|plz)\s*,?\s+(?:(?:could|can|would)\s+you\s+)?"
        rf"(?:(?:also|just|now|still|urgently|again|either|then)\s+)?{REQUEST_VERBS}\b|"
        # what the customer wants of a thing, asked with "please could": "And please could the invoices for each site
        # go to that site's own email address"
        r"(?:^|[,;:]\s+|\s[-\u2013\u2014]\s+)(?:(?:and|also|so|but)\s+)?(?:please|kindly)\s*,?\s+(?:could|can|would)\s+"
        r"(?:the|my|our|this|that|these|those|all|each|every|it|they)\b|"
        rf"^(?:(?:and|also|so|but)\s+)?{REQUEST_VERBS}\s+(?:\w+\s+){{0,6}}?(?:please|asap|as\s+soon\s+as\s+possible)\b|"
        # a want that ends in "please": "Our procurement team also needs your W-9 form, please."
        r"^(?:\S+\s+){2,}?\S+,\s*(?:please|bitte|s'il\s+vous\s+pla[îi]t|por\s+favor)\s*[.!]?$|"
        # also after a dash or a comma that ends what led up to it: "Ofsted will want the earlier report - could you
        # send it to me again, I can't find it."
        rf"(?:^|[,;]\s+|\s[-\u2013\u2014]\s+)(?:(?:and|also|so|but)\s+)?(?:could|can|would|will)\s+you\s+"
        rf"(?:please\s+|kindly\s+|also\s+)*{REQUEST_VERBS}\b|"
        # asking to be given something, typed without its "?": "and can i get a second key card for my husband."
        r"^(?:(?:and|also|so|but)\s+)?(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|also\s+)*(?:get|have)\s+"
        r"(?:a|an|another|the|some|my|our|one|two|\d+)\b|"
        rf"\b(?:i|we)(?:'d|\s+would|\s+should)\s+(?:also\s+|really\s+)?(?:be\s+(?:very\s+|most\s+|so\s+)?grateful|"
        r"appreciate\s+it)\s+if\s+you\s+(?:could|would|can)\b|"
        # "I'd also love it if someone from the studio could come and talk to the children"
        r"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|really\s+)?(?:love|like)\s+it\s+if\b|"
        rf"\b(?:i|we)(?:'d|\s+would)\s+like\s+you\s+to\b|"
        # wanting something done to a thing: "We'd also like the Sunday night refunded"
        r"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+)?like\s+(?:the|my|our|this|that|it)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:refunded|re-?issued|re-?sent|resent|sent|changed|corrected|updated|cancelled|canceled|replaced|credited|"
        r"amended|removed|added|moved)\b|"
        # wanting something set up a certain way: "I'd also like a second person to approve invoices over £5,000"
        r"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+)?like\s+(?:a|an|the|some|my|our|all|each|every)\s+"
        r"(?:[\w-]+\s+){0,5}?to\s+(?!be\s+(?:honest|clear)\b)\w+|"
        rf"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+)?(?:like|appreciate)\s+(?:a|an|the|some|my|our)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{WANTED_THINGS}\b|"
        r"\bit\s+would\s+be\s+(?:great|good|helpful|nice|wonderful|appreciated)\s+if\s+you\s+(?:could|can|would)\b|"
        # as German, French and Spanish say it: "Außerdem wäre es schön, wenn Sie uns … empfehlen könnten"
        r"\b(?:es\s+)?w[äa]re\s+(?:es\s+)?(?:sehr\s+)?(?:sch[öo]n|toll|super|nett|gut|hilfreich|prima|klasse)\s*,?\s+"
        r"wenn\s+sie\b|\bce\s+serait\s+(?:tr[èe]s\s+)?(?:bien|super|gentil|parfait|id[ée]al|formidable)\s+(?:si\s+vous|que\s+vous)\b|"
        r"\bser[íi]a\s+(?:genial|estupendo|perfecto|ideal|fant[áa]stico)\s+(?:si|que)\s+(?:nos|me|ustedes|usted|pudieran|"
        r"pudiera|podr[íi]an)\b|"
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+writing\s+to\s+(?:request|ask\s+(?:for|whether|if)|enquire|inquire)\b|"
        rf"\b(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|urgently\s+|still\s+|also\s+)?need\s+(?:you\s+to\b|"
        rf"(?:the|a|an|my|our|this|that|every|each|all)\s+"
        rf"(?:[\w-]+\s+){{0,4}}?(?:re-?issued|re-?sent|resent|sent|changed|corrected|updated|cancelled|canceled|fixed|"
        # how a document is to be made out: "We'd also need every invoice addressed to Ellery Events"
        rf"replaced|refunded|amended|addressed|made\s+out)\b|(?:a|an)\s+(?:refund|replacement|invoice|receipt|quote|return\s+label|"
        rf"credit\s+note|new\s+\w+|copy\s+of)\b)|"
        # something only support has: "I need your VAT registration number for our paperwork", "We need your W-9"
        r"\b(?:i|we)\s+(?:really\s+|urgently\s+|still\s+|also\s+)?need\s+your\s+(?!help\b|advice\b)|"
        # German
        r"^(?:bitte\s+(?:senden|schicken|bestätigen|best[äa]tigen|teilen|geben|stornieren|ändern|[äa]ndern|"
        r"erstatten|prüfen|pr[üu]fen|rufen|kontaktieren|korrigieren|tauschen|ersetzen)|"
        r"(?:senden|schicken|bestätigen|best[äa]tigen|teilen|geben|stornieren|[äa]ndern)\s+sie\s+(?:[\w-]+\s+){0,4}?bitte)\b|"
        # any verb, the object first or not: "Nennen Sie uns bitte auch zwei Referenzobjekte", "Die Rechnung stellen
        # Sie bitte auf meine Firma aus"; not the courtesies "Entschuldigen Sie bitte", "Haben Sie bitte Verständnis"
        r"(?:^|[,;:]\s+)(?:(?:und|auch|au(?:ß|ss)erdem)\s+)?(?:(?:die|der|den|das|diese[nrs]?|meine[nr]?|unsere[nr]?|"
        r"ihre[nr]?)\s+[\w-]+\s+)?(?!entschuldigen|verzeihen|beachten|haben\b|seien\b)\w+(?:en|ern|eln)\s+sie\s+"
        r"(?:(?:mir|uns|auch|noch|doch)\s+){0,2}bitte\b|"
        # the polite imperative with any verb: "Bitte tragen Sie unsere Kostenstelle ein", "Bitte aktualisieren Sie …";
        # not the courtesies "Bitte entschuldigen Sie …", "Bitte beachten Sie …", "Bitte zögern Sie nicht …"
        r"(?:^|[,;:]\s+)(?:(?:und|auch|au(?:ß|ss)erdem)\s+)?bitte\s+(?!entschuldigen|verzeihen|beachten|z[öo]gern|haben\b)"
        r"\w+(?:en|ern|eln)\s+sie\b|"
        r"\bich\s+(?:brauche|ben[öo]tige)\s+(?:noch\s+|dringend\s+|bitte\s+)?(?:die|den|das|eine|einen|ein)\b|"
        # wanting a thing only support can give, as "I'd like an invoice": "Außerdem hätte ich gern eine Rechnung",
        # with what it is for in between: "Außerdem hätte ich gern für meine Unterlagen eine Rechnung"; not a thing to
        # buy ("ich hätte gern ein zweites Armband. Haben Sie so etwas vorrätig?"), which sets the scene (``WISH``)
        rf"{GERMAN_WISH_FOR_A_THING}\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:[\w-]*(?:rechnung|quittung|kopie|best[äa]tigung|angebot|kostenvoranschlag|gutschrift|erstattung|r[üu]ckruf|"
        r"termin|beleg|nachweis|zertifikat|bescheinigung|anleitung|liste|[üu]bersicht|auskunft|info\w*))\b|"
        # wanting to be sent something: "I'd also like to receive a copy", "J'aimerais aussi recevoir le relevé",
        # "Me gustaría recibir la factura", "Ich möchte eine Kopie des Vertrags erhalten"
        r"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+)?like\s+to\s+(?:receive|obtain)\s+"
        r"(?:a|an|the|some|my|our|copies|written)\b|"
        r"\b(?:j'aimerais|nous\s+aimerions|je\s+voudrais|nous\s+voudrions|je\s+souhaiterais|nous\s+souhaiterions)\s+"
        r"(?:aussi\s+|[ée]galement\s+|bien\s+)?(?:recevoir|obtenir)\b|"
        r"\b(?:me\s+gustar[íi]a|nos\s+gustar[íi]a|quisiera|quisi[ée]ramos)\s+(?:tambi[ée]n\s+)?(?:recibir|obtener)\b|"
        r"\b(?:ich|wir)\s+(?:m[öo]chten?|w[üu]rden?\s+(?:\w+\s+)?gerne?)\s+(?:[\w-]+\s+){0,8}?"
        r"(?:erhalten|bekommen|zugeschickt\s+bekommen|zugesandt\s+bekommen)\b|"
        # needing to know, or needing them to do it: "Necesitaríamos saber el precio", "j'aurais besoin que vous …"
        r"\b(?:il\s+nous\s+faudrait|nous\s+aurions\s+besoin|j'aurais\s+besoin)\s+(?:de\s+|d')?"
        r"(?:savoir|conna[îi]tre|que)\b|"
        r"\b(?:necesitar[íi]amos|necesitar[íi]a)\s+(?:saber|conocer|que)\b|"
        # a need stated with "bitte": "Die Rechnung muss bitte an unsere deutsche Zentrale gehen"
        r"\b(?:muss|m[üu]ssen|soll|sollte|sollten)\s+bitte\b|"
        # "Wir müssten außerdem wissen, ob Sie das Segel zurückschicken können"
        r"\b(?:(?:ich|wir)\s+m[üu]ssten?|m[üu]ssten?\s+(?:ich|wir))\s+(?:(?:noch|auch|au(?:ß|ss)erdem|bitte)\s+)*wissen\b|"
        # "Außerdem bitte ich um eine Gutschrift", "… bitte ich darum, die Rechnung auf meine Firma auszustellen"
        r"\b(?:ich\s+bitte|bitte\s+ich)\s+(?:sie\s+)?(?:(?:noch|auch|zudem|au(?:ß|ss)erdem)\s+)?(?:um\b|darum\b)"
        # not the courtesies "Ich bitte um Entschuldigung / Verständnis / Geduld"
        r"(?!\s+(?:ihr\s+)?(?:entschuldigung|verst[äa]ndnis|geduld|nachsicht)\b)|"
        r"\b(?:ich\s+bitte\s+sie|bitte\s+ich\s+sie)\s*,\s+(?:\S+\s+){1,14}?(?:zu\s+\w+|\w+zu\w{3,}en\b)|\bw[äa]ren\s+sie\s+so\s+(?:nett|freundlich)\b|"
        # "Ich wäre Ihnen dankbar, wenn …", "Außerdem wäre ich Ihnen dankbar, wenn Sie mir Stoffmuster zuschicken könnten"
        r"\b(?:ich\s+w[äa]re|w[äa]re\s+ich)\s+(?:ihnen\s+)?(?:auch\s+|au(?:ß|ss)erdem\s+)?(?:sehr\s+)?dankbar\b|"
        r"\b(?:k[öo]nnten|k[öo]nnen|w[üu]rden)\s+sie\s+(?:mir|uns)?\s*(?:bitte\s+)?\w+|"
        # French
        # the imperative with its object: "Envoyez-moi aussi un devis", "Dites-nous si …"; not "Excusez-moi"
        r"(?:^|[,;:]\s+)(?:(?:et|aussi|puis)\s+)?(?!excusez|pardonnez)\w+(?:ez|es)-(?:moi|nous)\b|"
        r"\b(?:pourriez|pouvez)-vous\b|(?:^|[,;:]\s+)merci\s+(?:aussi\s+|[ée]galement\s+|encore\s+)?(?:de\s+|d')(?!votre|vos|ta|tes|ton|la\s+r[ée]ponse|avance)(?:bien\s+vouloir\s+)?"
        r"(?:m'|me\s+|nous\s+|l'|le\s+|la\s+|les\s+)?\w+|^veuillez\b|\bje\s+vous\s+prie\s+de\b|"
        # "Je vous demande aussi de me rembourser le cadenas", "Les pido que me devuelvan el importe"
        r"\bje\s+vous\s+demande\s+(?:aussi\s+|également\s+|donc\s+)?(?:de|d')\b|\b(?:les?|os|te)\s+(?:pido|pedimos|ruego|rogamos)\s+(?:tambi[ée]n\s+)?que\b|"
        r"\b(?:pedir|rogar)(?:te|os|les?)\s+(?:tambi[ée]n\s+)?que\b|"
        r"\bj'aimerais\s+que\s+vous\b|"
        # "Je vous serais également reconnaissant de m'envoyer …", "Nous vous serions reconnaissants de …"
        r"\b(?:je\s+vous\s+serais|nous\s+vous\s+serions)\s+(?:[ée]galement\s+|aussi\s+|tr[èe]s\s+)?reconnaissante?s?\b|"
        # Spanish
        r"^(?:por\s+favor,?\s+\w+|¿?\s*(?:podr[íi]an|podr[íi]a|pueden|puede)\s+(?:usted(?:es)?\s+)?\w+)|"
        # to "ustedes", "vosotros" or "tú": "Por último, os agradecería que me hicierais la factura a nombre de …"
        r"\b(?:les?|os|te)\s+agradecer[íi](?:a|amos)\s+(?:adem[áa]s\s+|tambi[ée]n\s+)?(?:que|si)\b|"
        r"\bnecesito\s+(?:tambi[ée]n\s+|adem[áa]s\s+)?(?:que|la|el|los|las|una?)\b|\bnecesitamos\s+(?:tambi[ée]n\s+)?que\b|"
        # also after a condition: "Si es posible, envíenme también unas fotos de los esmaltes"
        r"(?:^|[,;]\s+)(?:(?:y|tambi[ée]n|adem[áa]s)\s+)?(?:env[íi]en(?:me|nos)?|m[áa]nden(?:me|nos)?|conf[íi]rmen(?:me|nos)?|"
        r"ind[íi]quen(?:me|nos)?)\b|"
        # any verb asked of "ustedes" with "por favor": "actualicen por favor mi dirección", "cámbienlo, por favor"
        r"(?:^|[,;]\s+)(?:(?:y|tambi[ée]n|adem[áa]s)\s+)?\w+(?:en|an)(?:me|nos|lo|la|los|las|le|les)?,?\s+"
        r"(?:tambi[ée]n\s+)?por\s+favor\b|"
        r"\bj'ai\s+besoin\s+(?:de\s+la|du|des|d'une?|de\s+l')\b|"
        # Dutch
        r"^(?:(?:kunt|kan|wilt|zou)\s+(?:u|je|jij)\b|graag\s+ontvang\s+ik\b|stuur\s+(?:me|mij|ons)\b)"
    ),
    re.IGNORECASE,
)
WISH = re.compile(
    rf"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+|now\s+)?like\s+to\s+{WANTED_ACTIONS}\b|"
    rf"\b(?:i|we)\s+(?:also\s+|still\s+|now\s+)?(?:want|need|wish)\s+to\s+{WANTED_ACTIONS}\b|"
    # German
    # not a thing wanted ("ich hätte gern ein zweites Armband"): ``WANTED_THING``
    rf"(?!{GERMAN_WISH_FOR_A_THING}\b)\b(?:ich|wir)\s+h[äa]tten?\s+gerne?\b|"
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
WANTED_THING = re.compile(
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|still\s+|really\s+)?like\s+(?:a|an)\s+(?!few\b|bit\b|little\b|word\b)\w+|"
    # the same in German, of a thing the message goes on to ask about: "ich hätte gern ein zweites Armband"
    rf"{GERMAN_WISH_FOR_A_THING}\b|"
    # needing a document named with what it is ("I need a VAT receipt for the deposit"), and the German need
    # after what it is for ("Außerdem bräuchte ich eine Rechnung", "Dafür brauche ich ein neues Zertifikat")
    rf"\b(?:i|we)\s+(?:really\s+|urgently\s+|still\s+|also\s+)?need\s+(?:a|an)\s+(?:[\w-]+\s+){{1,2}}?{WANTED_THINGS}\b|"
    r"\b(?:br[äa]uchte|brauche|ben[öo]tige|ben[öo]tigte)\s+ich\s+(?:[\w-]+\s+){0,6}?(?:die|den|das|eine|einen|ein|noch)\b|"
    # the same need in Spanish and French: "Necesitamos una factura proforma para poder tramitar el pago"
    r"\bnecesit(?:o|amos|ar[íi]a|ar[íi]amos)\s+(?:una?|el|la|los|las)\s+(?:[\w-]+\s+){0,2}?(?:factura|recibo|presupuesto|"
    r"certificado|justificante|copia|confirmaci[óo]n|proforma)s?\b|"
    r"\b(?:j'ai|nous\s+avons|j'aurais|nous\s+aurions)\s+(?:aussi\s+|encore\s+)?besoin\s+(?:d'une?|du|de\s+la|des)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:facture|re[çc]u|devis|attestation|certificat|copie|confirmation)s?\b",
    re.IGNORECASE,
)
"""Wanting a thing or a service, not one of the ``WANTED_THINGS`` ("We'd like a training session for two new
staff"): a request of its own, unless a question about it follows ("We'd like a 9-seater for the weekend. Is one
available?"), which support answers."""
OFFER = re.compile(
    r"\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))\s+if\s+you\s+(?:need|have|want|require|would)|"
    r"\bif\s+you\s+(?:need|have|want|require)\s+(?:any|anything|more|further)|"
    r"\b(?:feel\s+free|don't\s+hesitate|do\s+not\s+hesitate)\b|\bplease\s+(?:find|see|note|excuse|forgive|ignore|disregard)\b|"
    r"\bthank\s+you\s+for\b|\bmerci\s+(?:pour|de\s+votre|d'avance)",
    re.IGNORECASE,
)

IN_PASSING = re.compile(
    r"^\W*(?:also|and\s+also|plus|by\s+the\s+way|btw|separately|one\s+more\s+thing|while\s+I'm\s+at\s+it|"
    # "I was also wondering whether …", "I also wanted to ask …", "Ich wollte noch fragen, ob …"
    r"(?:i|we)\s+(?:was|were)\s+also\s+wondering|(?:i|we)\s+also\s+wanted\s+to\s+ask|"
    r"(?:ich|wir)\s+(?:wollte|wollten|m[öo]chte|m[öo]chten)\s+noch\s+(?:kurz\s+)?(?:fragen|wissen)|"
    r"au(?:ß|ss)erdem|[üu]brigens|zudem|noch\s+etwas|par\s+ailleurs|au\s+fait|de\s+plus|en\s+plus|"
    r"por\s+cierto|adem[áa]s|otra\s+cosa|trouwens|verder)\b", re.IGNORECASE)
"""A question that says it comes in passing ("Also, please update our billing address", "By the way, …",
"Par ailleurs, …", "Por cierto, …"): the message has another matter, which a short reply speaks to."""


ADDITION = re.compile(
    r"\b(?:also|as\s+well|in\s+addition|additionally|one\s+more\s+thing|another\s+thing|second(?:ly)?|third(?:ly)?|"
    r"finally|lastly|p\.?\s?s|au(?:ß|ss)erdem|zus[äa]tzlich|auch|noch\s+eine?|aussi|[ée]galement|autre\s+chose|"
    r"de\s+plus|en\s+outre|adem[áa]s|tambi[ée]n|otra\s+cosa|por\s+otro\s+lado|ook|verder)\b",
    re.IGNORECASE,
)
"""A word anywhere in a question that presents it as an addition ("Pourriez-vous aussi …", "Could you also …"):
``IN_PASSING`` knows only the asides that open a question ("By the way, …", "Por cierto, …")."""

LIST_OF_WANTS = re.compile(
    r"\b(?:i|we)(?:'d|\s+would)?\s+(?:also\s+|still\s+|really\s+)?(?:need|require)\b|\b(?:and|also)\s+need\b|"
    r"\bfrom\s+you\b|\bquestions?\b|\bqueries\b|\b(?:could|can|would)\s+you\b|\bplease\b(?!\s+(?:find|see|note)\b)|"
    r"\b(?:ich|wir)\s+(?:brauche|brauchen|br[äa]uchten?|ben[öo]tige|ben[öo]tigen)\b|\bfragen\b|\bbesoin\b|"
    r"\bnecesito\b|\bnecesitamos\b|\bpreguntas\b", re.IGNORECASE)
"""A line before a list that says its items are wanted or asked ("We need a few bits from you:", "A few questions:"),
so that each item is a request even as a bare noun ("- a sample lesson plan, if you have one"). Not what the
customer would like ("Here's what we'd like for the summer day:"), which lists what they order."""

_ANNOUNCED_ITEMS = (
    r"\b(?:the\s+following|a\s+few\s+(?:things|questions|points|queries)|(?:some|several|a\s+couple\s+of)\s+(?:things|"
    r"questions|points|queries)|these\s+(?:questions|points)|"
    # counted: "two things", "dos cosas", "zwei Fragen", "deux questions"
    r"(?:two|three|2|3|dos|tres|zwei|drei|deux|trois)\s+(?:(?:quick|small|little|short|kleine|petites|peque[ñn]as)\s+)?"
    r"(?:things|questions|points|queries|cosas|preguntas|dudas|fragen|punkte|dinge|choses)|"
    r"varias\s+(?:cosas|preguntas|dudas)|algunas\s+(?:cosas|preguntas|dudas)|lo\s+siguiente|"
    r"plusieurs\s+(?:choses|questions|points)|quelques\s+(?:questions|points)|ce\s+qui\s+suit|"
    r"(?:folgende|folgenden|einige|ein\s+paar|mehrere)\s+(?:fragen|punkte|dinge)|folgendes)")
LIST_INTRO = re.compile(
    _ANNOUNCED_ITEMS + r"(?:\s+(?:for|about|on|regarding|from|with|sobre|de|sur|zu|über)\b[^.?!:]{0,40})?\W*[:?]\W*$|"
    # what the customer wants of them, before a colon: "A few things I'd like to understand before we go ahead:"
    # (not before a "?", which may end a question of its own: "I have a few questions, can you call me?")
    + _ANNOUNCED_ITEMS + r"\s[^.?!:]{0,80}:\W*$|"
    # a statement that there are things to ask, the asking still to come: "a few things have come up that I wanted to
    # ask about in one go", "I'd like to ask you about a couple of things."
    + _ANNOUNCED_ITEMS + r"\s[^.?!:]{0,60}\b(?:ask|raise|check|run\s+(?:past|by)\s+you|stellen|poser|demander|preguntar|"
    r"hacer)\b[^?!:]{0,60}$|\b(?:ask|raise|check|preguntar(?:le|les|te|os)?|consultar(?:le|les)?|vous\s+demander|"
    r"ihnen)\s+(?:you\s+)?(?:about\s+)?" + _ANNOUNCED_ITEMS + r"\b[^?!:]{0,60}$",
    re.IGNORECASE)
"""The end of a sentence that announces the questions after it ("Could you help with the following?", "me gustaría
saber varias cosas:", "A few things I need to know before I can take it to our finance director:"); not "the following
week", nor "J'aurais plusieurs questions : pouvez-vous … ?"."""

_LINK_WORD = r"(?:(?:and|also|so|but|first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|next|finally|lastly)\s*,?\s+)"
"""A word that ties a question to what came before, or numbers it as one point of a list ("Third, is there any
way to get the mirrored doors, we have changed our minds")."""
UNPUNCTUATED_QUESTION = re.compile(
    rf"^{_LINK_WORD}?(?:(?:what|when|where|which|why|how)(?:'s|(?:\s+(?:time|day|date))?\s+(?:is|are|do|does|did|can|could|"
    # "u" is "you" as phones write it: "also can u hold them for me till 6pm"
    r"would|will|should|much|many|long))|(?:is|are|do|does|can|could|will|would)\s+(?:you|u|it|there|this|that|the|my)\b)",
    re.IGNORECASE,
)


QUESTION_HINT = Hint(
    "wonder you someone know like love curious sure ask wissen frage savoir demande saber weten vroeg "
    "please kindly pls plz need require want asap soon grateful appreciate "
    "bitte sie vous moi nous merci veuillez favor podr puede agradecer necesito kunt kan wilt zou graag stuur "
    "brauche benötige benotige besoin envíen envien manden mánden confirmen confírmen indiquen indíquen "
    "wish writing möchte mochte dankbar souhait aimer aimons voudr reconnaissant gustar quisi quer quier deseo desear "
    "wanted trying wollte interessier voul aurais pregunt consult bräucht braucht benötig benotig faudrait necesit falta "
    "pido pedimos ruego rogamos pedir rogar sería seria wüsst wusst",
    r"would\s+be\s+(?:great|good|helpful|nice|wonderful|appreciated)|h[äa]tten?\s|w[äa]ren\s+sie|"
    r"(?:can|could|may)\s+(?:i|we)\s",
)
"""A cheap necessary condition for ``INDIRECT``, ``REQUEST`` or ``WISH``: each of their alternatives
must match one of these words. Same flags; checked against the full patterns in tests."""
WH_ASKED_OF_YOU = re.compile(
    rf"^{_LINK_WORD}?(?:what|when|where|which|how\s+(?:long|much|many|soon))(?:\s+(?:time|day|date))?\s+"
    r"(?:will|would|can|could|do|did|should)\s+you\b",
    re.IGNORECASE,
)
"""Asking support when, what or where they will do something: a question even when typed with a full stop ("Also
what time will you collect on the Monday, as we have to be out by 10."). Not "How could you …", an outburst."""
MODAL_ASKED = re.compile(
    rf"^{_LINK_WORD}?(?:(?:can|could|will|would)\s+(?:it|there|this|that|the|my)\b|"
    # asking support to do a thing, whatever the thing: "And could you oil the coupling rods too while it's apart, they
    # squeak a bit." (not "Can you believe it.")
    r"(?:can|could|would)\s+you\s+(?!believe\b|imagine\b)[a-z]+)",
    re.IGNORECASE,
)
"""Asking whether a thing can or will be so, the verb first, or asking support to do a thing: a question even when
typed with a full stop ("Can the visits be done before 11am - we open for lunch at 12.")."""
MODAL_HINT = Hint("", r"(?:can|could|will|would)\s+(?:it|there|this|that|the|my)|(?:can|could|would)\s+you")
"""A cheap necessary condition for ``MODAL_ASKED`` (its anchor and word ends left out): most sentences that end in a
full stop are statements, and the full patterns need not see them."""
UNPUNCTUATED_HINT = Hint("wh how", r"(?:is|are|do|does|can|could|will|would)\s+(?:you|u|it|there|this|that|the|my)")
"""A cheap necessary condition for ``UNPUNCTUATED_QUESTION`` (anchors and word ends left out)."""

OFFER, INDIRECT, REQUEST, WISH = (word_start_guarded(pattern) for pattern in (OFFER, INDIRECT, REQUEST, WISH))
"""The patterns above behind look-aheads for the first characters of their words (``word_start_guarded``):
the same matches, faster."""


OPEN_POSSIBILITY = re.compile(
    rf"^{_LINK_WORD}?is\s+(?:there\s+(?:any|a)\s+(?:way|chance|possibility)|it\s+possible)\b",
    re.IGNORECASE,
)
"""A question after a possibility, still one when typed with a full stop ("Third, is there any way to get the
mirrored doors instead, we have changed our minds.")."""
POSSIBILITY_HINT = Hint("way chance possib")
"""A cheap necessary condition for ``OPEN_POSSIBILITY``."""
