"""Whether a customer had to chase: chasing sentences ("Any update?", "ich warte noch"), pleas
for any reply, and resends of an earlier request, in English, German, French, Spanish and Dutch.

Pure functions over precompiled regexes, each behind a cheap pre-check; sentences and
keywords come from text.py. The question finder uses ``only_nudges`` to tell a chaser that
still asks something from one that only nudges.
"""

from __future__ import annotations

import re
from functools import lru_cache

from happyaudit.audit.guards import Hint, word_start_alternatives, word_start_guarded
from happyaudit.audit.text import (
    _GREETING_PREFIX,
    _SENTENCE_CACHE,
    _TEXT_CACHE,
    _sentences_of,
    split_sentences,
)
from happyaudit.audit.words import keywords_of, stem

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
        r"\bgibt\s+es\s+(?:(?:da|denn|inzwischen|mittlerweile|schon|bereits|etwas|was)\s+){0,4}neu(?:es|igkeiten)\b|"
        r"\b(?:y\s+a-t-il|avez-vous)\s+du\s+nouveau\b|\bich\s+warte\s+(?:leider\s+|aber\s+|jedoch\s+)?(?:immer\s+)?noch\b|"
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
    r"\bpetit\s+rappel\b|\bsorry\s+to\s+(?:chase|nag|bother\s+you\s+again|keep\s+asking|ask\s+again)\b|"
    r"\b(?:second|third)\s+time\s+of\s+asking\b|"
    r"\bnochmals?\s+nachfragen\b|\bfrage\s+(?:noch\s*mal|nochmals|erneut)\s+nach\b|\bkurze\s+erinnerung\b|"
    r"\balguna\s+noticia\b|\bhay\s+noticias\b|\bescrib(?:o|imos)\s+(?:otra\s+vez|de\s+nuevo|nuevamente)\b|"
    r"\b(?:han|ha)\s+podido\s+(?:revisar|mirar|ver|comprobar|hablar|consultar|preguntar)\b|"
    r"\bhave\s+you\s+(?:had\s+(?:a|any)\s+chance|been\s+able)\s+to\s+(?:look|check|review|speak|talk|ask)\b|"
    r"\bavez-vous\s+pu\s+(?:en\s+)?(?:regarder|v[ée]rifier|avancer|parler|demander|voir)\b|"
    r"\bhaben\s+sie\s+(?:schon\s+|bereits\s+)?(?:etwas\s+)?(?:herausgefunden|erfahren)\b|"
    r"\bis\s+(?:anyone|anybody|someone|somebody)\s+(?:there\b(?!\s+who)|reading\s+(?:this|these|my)\b)|"
    r"\bwhen\s+(?:can|will|may|should)\s+(?:i|we)\s+expect\s+(?:a|an|your|some)\s+(?:reply|response|answer)\b|"
    r"\bavez-vous\s+du\s+nouveau\b|"
    # "I've had no reply to this", "I haven't had anything back about this", "¿Alguien ha leído esto?"
    r"\b(?:i|we)(?:'ve|\s+have)\s+had\s+no\s+(?:reply|response|answer)\b|\bhaven't\s+had\s+anything\s+back\b|"
    r"\b(?:has|did)\s+(?:anyone|anybody|someone|somebody)\s+(?:read|seen|looked\s+at)\s+(?:this|my)\b|"
    r"\balguien\s+ha\s+le[íi]do\b",
    re.IGNORECASE,
)
"""More ways to chase, in their own pattern behind their own pre-check (rarer words), so the
common sentences that pass ``_CHASE_HINT`` do not pay for them."""

_REPLY_PLEA = re.compile(
    r"\b(?:could|can|would|will)\s+(?:someone|somebody|anyone|anybody|you)\s+(?:please\s+)?(?:get\s+back\s+to\s+me|"
    r"(?:reply|respond|answer)(?:\s+to\s+(?:me|my\s+\w+))?)\s*[?.!]|"
    r"\bplease\s+(?:just\s+)?(?:get\s+back\s+to\s+me|reply|respond|answer\s+(?:me|my\s+\w+))\s*[.!]|"
    # to be told, and nothing more: "I still haven't heard about a date. Could you let me know please?"
    r"^(?:so\s+)?(?:could|can|would|will)\s+(?:you|someone)\s+(?:please\s+)?let\s+(?:me|us)\s+know"
    r"(?:\s+(?:today|now|asap|soon|this\s+week))?(?:,?\s+please)?\s*\?|"
    r"\bkann\s+(?:mir\s+)?(?:bitte\s+)?(?:jemand|sich\s+jemand)\s+(?:bitte\s+)?(?:melden|antworten|zur[üu]ckmelden)|"
    r"\b(?:pouvez|pourriez)-vous\s+(?:me|nous)\s+r[ée]pondre\b|\b(?:k[öo]nnen|k[öo]nnten)\s+sie\s+(?:mir|uns)\s+(?:bitte\s+)?"
    r"(?:antworten|zur[üu]ckschreiben)\b|"
    # "Könnten Sie sich bitte kurz melden?": to hear back, and nothing more
    r"\b(?:k[öo]nnen|k[öo]nnten|w[üu]rden)\s+sie\s+sich\s+(?:bitte\s+)?(?:kurz\s+|bald\s+|nochmal\s+|zeitnah\s+)?"
    r"(?:bei\s+(?:mir|uns)\s+)?(?:zur[üu]ck)?melden\s*[?.!]|"
    r"\b(?:me|nos)\s+(?:pueden|podr[íi]an)\s+(?:responder|contestar)\b|"
    r"\bquelqu'un\s+peut-il\s+me\s+r[ée]pondre|\b(?:alguien|pueden)\s+(?:me\s+)?(?:puede\s+)?(?:responder|contestar)me?\b|"
    r"\bkan\s+iemand\s+(?:mij\s+)?(?:antwoorden|terugbellen|reageren)|"
    # "I'd like an answer today please.", "I would really appreciate a reply today."
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?(?:like|appreciate)\s+(?:an?\s+)?(?:answer|reply|response)"
    r"(?:\s+(?:today|now|asap|soon|please|this\s+week))*\s*[.!]|"
    # "Für eine kurze Rückmeldung wäre ich dankbar", "Ich wäre Ihnen für eine baldige Antwort dankbar"
    r"\bf[üu]r\s+(?:eine\s+|ihre\s+)?(?:kurze\s+|baldige\s+|schnelle\s+)?(?:r[üu]ckmeldung|antwort)\s+(?:w[äa]re|bin)\s+ich\b|"
    r"\bdankbar\s+f[üu]r\s+(?:eine\s+|ihre\s+)?(?:kurze\s+|baldige\s+|schnelle\s+)?(?:r[üu]ckmeldung|antwort)\b",
    re.IGNORECASE,
)
"""A plea for any reply at all ("Could someone please get back to me?"): a chase when an earlier
message of the customer is still waiting for support."""
_CHASE, _REPLY_PLEA = word_start_guarded(_CHASE), word_start_guarded(_REPLY_PLEA)
"""The patterns above behind look-aheads for the first characters of their words (``word_start_guarded``):
the same matches, faster."""


def find_reply_plea(text: str) -> str | None:
    """The sentence pleading for a reply ("Could someone please get back to me?"), or ``None``."""
    for sentence in split_sentences(text):
        if _REPLY_PLEA.search(sentence):
            return _GREETING_PREFIX.sub("", sentence).strip()
    return None


def _chase_remainder(sentence: str) -> frozenset[str]:
    """The keywords a chasing sentence has beyond the chase itself."""
    sentence = _GREETING_PREFIX.sub("", sentence)  # "Buenas, ¿alguna noticia?": the greeting is no content
    return keywords_of(_REPLY_PLEA.sub(" ", _CHASE_MORE.sub(" ", _CHASE.sub(" ", sentence)))) - _CONVERSATION_WORDS


_CONVERSATION_WORDS = frozenset(stem(word) for word in (
    "update", "follow", "previous", "last", "week", "news", "waiting", "heard",
    # the conversation itself ("zu meiner Anfrage unten", "my request below"): no topic of its own
    "request", "enquiry", "inquiry", "query", "ticket", "below", "above", "earlier", "anfrage", "nachricht", "unten",
    "oben", "demande", "ci-dessous", "solicitud", "consulta", "abajo", "anterior", "aanvraag", "neues", "nouvelles",
    "novedad", "noticias",
))
"""Words a chaser uses about the wait and the conversation, not about what was asked."""


_CHASE_HINT = Hint(
    "update news progress word feedback follow checking still heard reply response answer did reminder bump "
    "resending again case twice times status neu warte keine nachfragen nouvelles nouveau relanc toujours immer "
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
    "herausgefunden erfahren anyone anybody someone somebody expect nouveau had haven't alguien"
)
"""The same for ``_CHASE_MORE``."""


_NEWS_YET = (r"\b(?:do|does)\s+(?:you|anyone)\s+know\s+(?:anything|any\s+more)\s+(?:yet|more)\b|"
             r"\b(?:saben|sab[ée]is|sabe)\s+(?:ya\s+)?algo\b|"
             r"\bwissen\s+sie\s+(?:schon|inzwischen|mittlerweile)\s+(?:etwas|was|mehr)\b|"
             r"\bsavez-vous\s+(?:d[ée]j[àa]\s+|enfin\s+)?quelque\s+chose\b")
"""Asking whether there is news yet ("¿Saben ya algo del ramo?", "Do you know anything more yet?"): where a matter
stands, and once support has written, a chase (see ``_AWAITED``)."""
_STATUS_PLEA = re.compile(
    (r"\bwhere\s+(?:this|things|it|that|we|matters)\s+(?:stands?|(?:is|are)\s+at)\b|\bo[ùu]\s+en\s+(?:est|sont|sommes)\b|"
    r"\bwie\s+(?:ist\s+)?der\s+(?:aktuelle\s+)?stand\b|\bstand\s+der\s+dinge\b|"
    # "Wie sieht es denn aus?", not "Wie sieht es mit der Lieferung nach Österreich aus?"
    r"\bwie\s+sieht\s+(?:es|das)\s+(?:(?:denn|jetzt|nun|inzwischen|mittlerweile|aktuell)\s+)*aus\b|"
    r"\ben\s+qu[ée]\s+(?:punto|estado)\s+(?:est[áa]|se\s+encuentra|va)\b|"
    + _NEWS_YET + "|"
    # asking to be told as it moves: "Merci de me tenir au courant", "Please keep me posted"
    r"\bkeep\s+(?:me|us)\s+(?:posted|updated|informed|in\s+the\s+loop)\b|\b(?:me|nous)\s+tenir\s+au\s+courant\b|"
    r"\b(?:mich|uns)\s+(?:bitte\s+)?auf\s+dem\s+laufenden\b|\bmant[ée]n(?:ga)?(?:n)?(?:me|nos)\s+informad[oa]s?\b"
    ),
    re.IGNORECASE,
)
"""Asking where a matter stands ("Could you let me know where this stands?", "Wie ist der Stand?", "Où en est mon
dossier ?"): not a chase by itself - a first message may ask it of a repair in the workshop - but whatever support
writes next is its answer."""


_AWAITED_THING = (r"(?:invoices?|receipts?|quotes?|quotation|estimate|price|prices|figure|refund|credit(?:\s+note)?|vouchers?|"
                  r"links?|e-?mails?|confirmation|codes?|forms?|proofs?|documents?|reports?|certificates?|money|payment|"
                  r"photos?|pictures?|call(?:\s*back)?|slot|date|contract|statement|labels?|tracking|parcel|package|"
                  r"replacement|paperwork|details|brochure|samples?|catalogue|figures)")
"""What a customer waits for support to send: a document, a price, money, a call."""
_AWAITED = re.compile(word_start_alternatives(
    # "I still haven't received the credit note", "I haven't had a price through yet"
    r"\b(?:i|we)\s+(?:still\s+)?(?:haven't|have\s+not|havent)\s+(?:yet\s+|actually\s+)?(?:received|had|got|gotten|seen)\s+"
    r"(?:(?:(?:the|your|my|our|a|an|any|that|this|those)\s+)?(?:[\w-]+\s+){0,3}?" + _AWAITED_THING + r"|(?:it|them)(?=\s*[.,;!?]|\s+yet\b))\b|"
    # "The voucher hasn't arrived yet", "the £450 still hasn't reached my account", "has still not arrived"
    r"\b(?:still\s+)?(?:hasn't|has\s+not|haven't|have\s+not)\s+(?:yet\s+)?(?:arrived|come\s+through|reached\s+(?:me|us|my|our)|"
    r"turned\s+up|landed)\b|\b(?:has|have)\s+still\s+not\s+(?:arrived|come\s+through|reached)\b|"
    # "still no invoice I'm afraid", "Still no sign of the link", "still nothing on my card statement"
    r"\bstill\s+no\s+(?:sign\s+of\b|" + _AWAITED_THING + r"\b)|\bstill\s+nothing\s+(?:on|in|from)\b|^\W*still\s+nothing\b|"
    # "I got your automatic reply on Monday but nothing since", "It's been a couple of days", "Sigo sin confirmación"
    r"\bbut\s+nothing\s+since\b|\bit(?:'s|\s+has)\s+(?:now\s+)?been\s+(?:a\s+couple\s+of|a\s+few|two|three|four|five|"
    r"several|over\s+a|more\s+than\s+a)\s+(?:days?|weeks?)\b|\bsigo\s+sin\s+\w+|"
    r"\bnothing\s+has\s+(?:come|arrived)\s+(?:through\s+)?(?:yet|on|in)\b|"
    # "I didn't get the email with a revisit slot", "I don't seem to have received the booking form"
    r"\b(?:didn't|did\s+not|don't\s+seem\s+to\s+have|do\s+not\s+seem\s+to\s+have)\s+(?:get|got|receive|received)\s+"
    r"(?:the|your|an?|any)\s+(?:[\w-]+\s+){0,2}?" + _AWAITED_THING + r"\b|"
    r"\bdon't\s+think\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?" + _AWAITED_THING + r"\s+(?:came|has\s+come|went)\s+through\b|"
    # waiting on what support was to find out: "Did you manage to have a look on Thursday?", "any joy with the figure?"
    r"\bdid\s+you\s+(?:manage|get\s+a\s+chance|have\s+a\s+chance|get\s+round)\s+to\b|\bany\s+joy\s+(?:with|on)\b|"
    r"\bdid\s+you\s+(?:ever\s+)?hear\s+back\s+from\b|\bhave\s+you\s+heard\s+(?:back\s+)?from\s+(?!me\b|us\b)|"
    r"\b(?:i|we)\s+(?:still\s+)?(?:haven't|have\s+not)\s+heard\s+from\s+\w+\s+yet\b|"
    r"\bjust\s+checking\s+(?:that\s+)?you\s+(?:got|received|saw)\s+my\b|"
    r"\bhaben\s+sie\s+(?:schon\s+|inzwischen\s+|mittlerweile\s+)?(?:etwas\s+)?von\s+[\w-]+\s+geh[öo]rt\b|"
    r"\bnoch\s+(?:nicht|nichts|keine?n?\s+\w+)\s+(?:erhalten|bekommen|angekommen)\b|"
    r"\bn'ai\s+toujours\s+pas\s+(?:re[çc]u|eu)\b|\bfaute\s+de\s+nouvelles\b|"
    r"\bno\s+(?:he\s+)?(?:recibido|recib[íi])\s+(?:nada|todav[íi]a|a[úu]n)\b|\b(?:todav[íi]a|a[úu]n)\s+no\s+s[ée]\s+nada\b|"
    + _NEWS_YET),
    re.IGNORECASE,
)
"""A customer saying that what support was to send or find out has not come ("The voucher hasn't arrived yet - has
it been posted?", "Did you manage to have a look on Thursday?", "¿Saben ya algo de las fechas?"): a chase once support
has written, once an earlier mail has waited unanswered, or after a call the customer tells of; but in a first message
and nothing more a complaint ("I haven't received my order") or a question about a matter in the workshop."""
_AWAITED = word_start_guarded(_AWAITED)
_AWAITED_HINT = Hint(
    "have has still nothing since been sigo did seem think joy hear heard checking haben noch toujours faute recib "
    "nada algo wissen savez know"
)
"""A cheap necessary condition for ``_AWAITED`` (see ``_CHASE_HINT``); checked against it in tests."""


_EARLIER_CONTACT = re.compile(
    r"\b(?:i|we)\s+(?:rang|phoned|called|spoke\s+to)\b|"
    r"\b(?:ich\s+habe|wir\s+haben)\s+(?:\w+\s+){0,4}?(?:angerufen|telefoniert)\b|\bj'ai\s+(?:appel[ée]|t[ée]l[ée]phon[ée])\b|"
    r"\b(?:llam[ée]|llamamos)\b", re.IGNORECASE)
"""A customer telling of an earlier call ("I rang on Monday and was told it would be emailed the same day"): a first
mail that says what was owed has not come chases that call. Not a promise made at the booking ("we were told the
deposit would come back within 14 days"), which a first mail asks after."""


def tells_of_earlier_contact(text: str) -> bool:
    """Whether a customer's mail tells of an earlier call, so that a first mail can chase it."""
    return _EARLIER_CONTACT.search(text) is not None


def find_awaited(text: str) -> str | None:
    """The sentence in which a customer says what support owes them has not come (see ``_AWAITED``), or ``None``."""
    if not _AWAITED_HINT.search(text or ""):
        return None
    for sentence in _sentences_of(text):
        if _AWAITED_HINT.search(sentence) and _AWAITED.search(sentence):
            return _GREETING_PREFIX.sub("", sentence).strip()
    return None


def asks_for_status(sentence: str) -> bool:
    """Whether a customer sentence asks where their matter stands, which any next reply answers."""
    return _STATUS_PLEA.search(sentence) is not None


def only_nudges(sentence: str) -> bool:
    """Whether a customer sentence chases or pleads for a reply and asks nothing beyond that
    ("Any update?" does; "Any update on the refund for order 4411?" still asks something)."""
    return (chases(sentence) or _REPLY_PLEA.search(sentence) is not None) and len(_chase_remainder(sentence)) < 2


def chases(sentence: str) -> bool:
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


ASKS_AGAIN_WORDS = 2
"""Words of an earlier question a later customer message must repeat to be asking it again ("the OpenAPI spec"):
how a chaser names what it chases, and how a message that carries on is told from one that asks again."""


_RESEND_MIN_WORDS = 6
_RESEND_JACCARD = 0.6


def is_resend(text: str, previous_text: str) -> bool:
    """Whether ``text`` repeats ``previous_text``: content-word Jaccard ≥ 0.6, with enough words to judge."""
    current, previous = keywords_of(" ".join(_sentences_of(text))), keywords_of(" ".join(_sentences_of(previous_text)))
    if len(current) < _RESEND_MIN_WORDS or len(previous) < _RESEND_MIN_WORDS:
        return False
    return len(current & previous) / len(current | previous) >= _RESEND_JACCARD
