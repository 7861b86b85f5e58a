"""Documents and links a customer asks support to send, and whether the files a reply carries are those.

A reply's attachment does what a request for a document asks ("Can you send me the invoice?" - "Attached."),
whatever its words, and so does a link to the file; a link answers a request for a link. answers.py asks this
before weighing any words.
Only regexes and pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from happyaudit.audit.answer_kinds import asks_for_action
from happyaudit.audit.asides import REFERS_BACK
from happyaudit.audit.questions import Question
from happyaudit.audit.reply_evidence import evidence_sentences
from happyaudit.audit.vocabulary import SENDING
from happyaudit.audit.words import keywords_of
from happyaudit.model import Message

LINK = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
"""A web address in a reply."""

_DOCUMENT = re.compile(
    r"\b(?:invoices?|receipts?|bills?|quotes?|quotations?|pdf|copy|copies|reports?|forms?|labels?|documents?|files?|"
    r"contracts?|certificates?|statements?|credit\s+notes?|manuals?|instructions|datasheets?|photos?|pictures?|screenshots?|"
    r"rechnung(?:en)?|angebot|beleg|quittung|gutschrift|vertrag|formular|etikett|unterlagen|dokumente?|"
    r"(?:bedienungs|gebrauchs|montage)?anleitung(?:en)?|"
    r"factures?|devis|re[çc]us?|contrats?|formulaires?|[ée]tiquettes?|attestations?|mode\s+d'emploi|"
    r"facturas?|presupuestos?|recibos?|contratos?|formularios?|etiquetas?|justificantes?|instrucciones|"
    r"factuur|offerte|formulier|handleiding)\b",
    re.IGNORECASE,
)
"""What can be sent as a file: an invoice, a quote, a form, a label, a photo, in five languages."""
_SEND_AWAY_WORDS = (
    r"send|forward|resend|re-send|schicken|senden|zusenden|zuschicken|schickt|sendet|[üu]bermitteln|mailen|erhalten|"
    r"envoyer|envoyez|renvoyer|transmettre|transmettez|recevoir|enviar|env[íi]e|env[íi]en|mandar|m[áa]nde|remitir|"
    r"recibir|sturen|stuur|opsturen|ontvangen"
)
"""Verbs of sending a thing to the customer or of receiving it, in five languages (see ``_SEND_AWAY``)."""
_SEND = re.compile(
    rf"\b(?:{_SEND_AWAY_WORDS}|e-?mail|mail|attach|share|provide|get|have|bekommen|avoir|tener|krijgen|"
    # drawing a document up, which the reply then hands over: "Pourriez-vous me la préparer ?"
    r"prepare|(?:re-?)?issue\s+(?:me|us|him|her|them|it|a|an|another|new)|draw\s+up|pr[ée]parer|[ée]tablir|"
    r"ausstellen|erstellen|preparar|emitir)\b",
    re.IGNORECASE,
)
"""Asking for something to be sent, handed over or drawn up: "send", "e-mail", "Could I get…", "schicken", "envoyer",
"enviar", "issue me a…", "préparer"."""


def names_document(question: Question) -> bool:
    """Whether a question speaks of a document at all ("I need the quote re-issued", "Is VAT shown on the
    invoice?"): a file in the reply may be that one."""
    return _DOCUMENT.search(question.text) is not None


def asks_for_document(question: Question) -> bool:
    """Whether a question asks support to send a document ("Can you send me the invoice?", "Bitte schicken Sie
    mir das Angebot", "The invoice is missing. Can you e-mail it?"): a reply that carries a file does what it
    asks, whatever its words. Asking to change a document ("Can you add our VAT number to the invoice?") is
    not asking for it."""
    if not asks_for_action(question) or _SEND.search(question.text) is None:
        return False
    return names_document(question) or (bool(question.context & _DOCUMENT_KEYWORDS)
                                        and REFERS_BACK.search(question.text) is not None)


_DOCUMENT_KINDS = (
    ("invoice", re.compile(r"invoice|\bbill\b|rechnung|factur|factuur", re.IGNORECASE)),
    ("quote", re.compile(r"\bquot(?:e|ation)|angebot|kostenvoranschlag|\bdevis|presupuesto|offerte|estimate",
                         re.IGNORECASE)),
    ("receipt", re.compile(r"receipt|quittung|\bbeleg|re[çc]u\b|recibo|justificante", re.IGNORECASE)),
    ("credit note", re.compile(r"credit[\s_-]*note|gutschrift|\bavoir\b|abono", re.IGNORECASE)),
    ("contract", re.compile(r"contract|vertrag|contrat|contrato", re.IGNORECASE)),
    ("label", re.compile(r"label|etikett|[ée]tiquette|etiqueta", re.IGNORECASE)),
    ("certificate", re.compile(r"certifica(?:a?t|do)|zertifikat|bescheinigung|\battestation", re.IGNORECASE)),
    # a proof or mock-up to approve (not a proof of purchase or of postage, which is a receipt)
    ("proof", re.compile(r"\bproofs?\b(?!\s+of\b)|mock[\s_-]?up|\bartwork|[ée]preuve|\bmaquette|korrekturabzug|"
                         r"\bboceto", re.IGNORECASE)),
)
"""Kinds of document told apart in file names and requests, in five languages ("Angebot-Q-5530.pdf" is a quote)."""


def document_kinds(text: str) -> frozenset[str]:
    """The kinds of document a text or a file name names (an invoice, a quote, a receipt, …)."""
    return frozenset(kind for kind, pattern in _DOCUMENT_KINDS if pattern.search(text))


def other_document(question: Question, file_names: Sequence[str]) -> bool:
    """Whether the files a reply carries are named as another kind of document than the one a request asks for:
    "Bitte senden Sie uns die Rechnung" is not answered by "Angebot-Q-5530.pdf"."""
    asked = document_kinds(question.text)
    if not asked:
        return False
    named = [document_kinds(name) for name in file_names]
    return bool(named) and all(kinds and not kinds & asked for kinds in named)


_DOCUMENT_KEYWORDS = frozenset().union(*(keywords_of(word) for word in (
    "invoice", "receipt", "pdf", "report", "form", "label", "document", "contract", "certificate",
    "manual", "datasheet", "screenshot", "statement", "rechnung", "vertrag", "formular", "unterlagen", "facture",
    "contrat", "formulaire", "attestation", "bescheinigung", "factura", "recibo", "contrato", "formulario",
    "certificado", "factuur", "formulier")))
"""The keywords of the documents a customer may ask to be sent, for a request that names one only before it."""


_FILE_LINK = re.compile(r"https?://\S+/([^/\s?#]+\.(?:pdf|docx?|xlsx?|odt|ods|csv|zip|jpe?g|png))(?=[?#\s)>.,;]|$)",
                        re.IGNORECASE)
"""A link to a file ("https://…/docs/voltaro-city-400-display-de.pdf"), which hands the document over as an
attachment does."""


def linked_files(text: str) -> list[str]:
    """The names of the files a text links to: a reply that links the manual has sent it."""
    return [match.group(1) for match in _FILE_LINK.finditer(text)] if "://" in text else []


_LINK_ASKED = re.compile(r"\b(?:link|url|lien|enlace|v[íi]nculo)\b", re.IGNORECASE)


_DOWNLOAD = re.compile(r"\b(?:download|herunterladen|runterladen|t[ée]l[ée]charger|descargar|downloaden)\b", re.IGNORECASE)
"""Fetching a file from the web: "Where can I download the allergen matrix?" is answered by its address."""


_FOUND_ONLINE = re.compile(r"\b(?:where\s+(?:can|do|could|would)\s+(?:i|we)\s+find|point\s+(?:me|us)\s+(?:to|towards)|"
                           r"(?:have|find|see|get|read|available)\b[^.?!]{0,40}\b(?:online|on\s+your\s+(?:web)?site)|"
                           r"o[ùu]\s+(?:puis-je|peut-on|pourrais-je)\s+trouver|wo\s+finde\s+ich|wo\s+kann\s+ich\s+\w+\s+finden|"
                           r"d[óo]nde\s+(?:puedo|podemos)\s+encontrar)\b", re.IGNORECASE)
"""Asking where to find something or whether it is online ("Where can I find the care guide?", "Do you have the
warranty form online somewhere?", "Could you point me to the user manual?"): an address answers it."""


def asks_for_link(question: Question) -> bool:
    """Whether a question asks support to send a link ("Please send me the link to that webinar"), where to
    download something ("Where can I download the price list?") or where to find it online ("Do you have the
    registration form online somewhere?"): each is answered by an address."""
    if question.expects == "where" and _DOWNLOAD.search(question.text):
        return True
    if _FOUND_ONLINE.search(question.text):
        return True
    return asks_for_action(question) and _LINK_ASKED.search(question.text) is not None


_PAPERS_ASKED = re.compile(
    r"\b(?:(?:bring|show|send|need|present|provide|have)\b.{0,30}\b(?:any\s+)?(?:proof|id|identification|documents?|"
    r"documentation|paperwork|papers)|which\s+(?:documents?|id|papers)|what\s+(?:documents?|id|papers|proof)|"
    r"(?:documento|documentaci[óo]n|comprobante|identificaci[óo]n)s?\b.{0,20}\b(?:llevar|ense[ñn]ar|presentar|traer|"
    r"necesit\w*)|(?:llevar|ense[ñn]ar|presentar|traer|necesit\w*)\b.{0,30}\b(?:documento|documentaci[óo]n|comprobante|"
    r"identificaci[óo]n)|(?:apporter|pr[ée]senter|montrer|fournir|faut-il)\b.{0,30}\b(?:justificatifs?|pi[èe]ces?|"
    r"documents?|papiers)|(?:quels?|quelles?)\s+(?:justificatifs?|pi[èe]ces?|documents?|papiers)|"
    r"(?:mitbringen|vorlegen|vorzeigen|brauche|ben[öo]tige|zeigen)\b.{0,30}\b(?:nachweis|unterlagen|ausweis|dokumente?)|"
    r"(?:nachweis|unterlagen|ausweis|dokumente?)\b.{0,30}\b(?:mitbringen|vorlegen|vorzeigen|brauche|ben[öo]tige))",
    re.IGNORECASE,
)
"""Asking which papers to bring, show or send ("Do I need to bring any proof?", "¿Qué documento tengo que enseñar?",
"Welche Unterlagen muss ich mitbringen?")."""
_PAPERS_NAMED = re.compile(
    r"\b(?:passports?|id\s+cards?|identity\s+cards?|photo\s+id|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|"
    r"certificates?|statements?|letters?|(?:student|bank|benefits?|exemption|membership)\s+cards?|utility\s+bills?|"
    r"pasaportes?|dni|carn[ée]t?s?|permiso\s+de\s+conducir|certificados?|justificantes?|tarjetas?\s+\w+|"
    r"passeports?|carte\s+d'identit[ée]|pi[èe]ce\s+d'identit[ée]|permis\s+de\s+conduire|justificatifs?|attestations?|"
    r"certificats?|carte\s+(?:[ée]tudiante|vitale)|reisepass|personalausweis|ausweis|f[üu]hrerschein|bescheinigung|"
    r"nachweis|studentenausweis)\b",
    re.IGNORECASE,
)
"""Papers a reply can name as what to bring or show: an identity document, a licence, a certificate, a statement."""


def asks_which_papers(question: Question) -> bool:
    """Whether a question asks which papers the customer needs to bring, show or send: naming them answers it,
    in whatever words ("¿Qué documento tengo que enseñar?" - "Basta con el carné universitario y el DNI")."""
    return _PAPERS_ASKED.search(question.text) is not None


def names_papers(sentence: str) -> bool:
    """Whether a reply sentence names papers to bring or show (a passport, a licence, a certificate, a statement)."""
    return _PAPERS_NAMED.search(sentence) is not None


def link_answers(question: Question, evidence: Sequence[str], rivals: Sequence[Question]) -> bool:
    """Whether a reply gives the link a request asks for ("Someone mentioned an onboarding webinar. Please send me
    the link to that." - "The next onboarding session is on 10 November: https://…"), as a file answers a request
    for a document; only when the reply gives a link for each open question that asks for one, as one link cannot
    tell which it is."""
    if not asks_for_link(question):
        return False
    # as many addresses as questions asking for one: "Where can I find the care guide? And do you have the warranty
    # form online?" - two links, one for each
    links = {link for sentence in evidence for link in LINK.findall(sentence)}
    return len(links) > sum(asks_for_link(rival) for rival in rivals)


_ADDRESS_PARTS = re.compile(r"[/?=&_.#+-]+")
_SEND_ME = re.compile(
    r"\b(?:(?:could|can|would|will)\s+you\s+(?:please\s+|also\s+|kindly\s+)*(?:send|e-?mail|forward|share|post)|"
    r"please\s+(?:also\s+)?(?:send|e-?mail|forward|share)|send\s+(?:me|us)|(?:schicken|senden)\s+sie\s+(?:mir|uns)|"
    r"(?:m'|nous\s+)envoyer|envoyez-(?:moi|nous)|enviarme|enviarnos|env[íi]e(?:n)?me|m[áa]nde(?:n)?me)\b",
    re.IGNORECASE,
)
"""Asking support to send something to the customer ("Could you send me your price list?", "Schicken Sie mir…"), not
asking how things are sent ("do you only send one at a time?")."""


_ASKS_WHETHER_THERE_IS = re.compile(
    r"\b(?:is|are)\s+there\b|\bdo\s+you\s+(?:have|sell|stock)\b|\bhave\s+you\s+got\b|\bgibt\s+es\b|\by\s+a-t-il\b|"
    r"\bavez-vous\b|\bvendez-vous\b|\bverkaufen\s+sie\b|\bhay\b|\btienen\b|\bvenden\b|\bten[ée]is\b", re.IGNORECASE)
"""Asking whether a thing exists or is sold ("And is there a map of walks from the site anywhere?", "Have you got a
brew guide for it?", "Do you sell the paper filters?", "Y a-t-il un plan ?"): an address that names it shows it."""


def links_what_was_asked(question: Question, evidence: Sequence[str], rivals: Sequence[Question]) -> bool:
    """Whether a reply gives an address for what a request asks to be sent or a question asks whether there is, the
    address or its sentence naming it:
    "Could you send me your terms and conditions and the price list?" - "Here you go: https://…/terms
    https://…/prices"; "Could you send me the user manual?" - "You can download the user manuals from our support
    pages: https://…". So does a reply that is nothing but addresses, for a question its subject names (see
    ``_only_links``). Not when another open question shares more of those words."""
    asks_to_send = asks_for_action(question) and _SEND_ME.search(question.text) is not None
    only_links = _only_links(evidence)
    if not (asks_to_send or only_links or _ASKS_WHETHER_THERE_IS.search(question.text)):
        return False
    wanted = question.keywords - {SENDING}
    # With a page for each open question, a page may name one by what the customer said around it ("Picked up the
    # rolled sirloin. How long should I roast it?" - ".../cooking/rolled-sirloin"); with fewer, by its own words.
    page_each = only_links and _link_count(evidence) > sum(1 for rival in rivals if rival is not question)
    if len(wanted) <= 1 or page_each:
        # "I've lost the instructions for the turntable. Do you have a copy?": what the copy is of, the question
        # leaves to the sentence before it
        wanted |= question.context - {SENDING}
    for sentence in evidence:
        links = LINK.findall(sentence)
        if not links:
            continue
        words = LINK.sub(" ", sentence)
        # Each link on its own: two bare links on consecutive lines (the brew guide, the filters page) read as one
        # sentence, yet each names its own question.
        for link in links:
            path = _ADDRESS_PARTS.sub(" ", link.split("://", 1)[-1].partition("/")[2])
            named = keywords_of(f"{words} {path}") - {SENDING}
            if named & wanted and all(len(named & rival.keywords) <= len(named & wanted) for rival in rivals
                                      if rival is not question):
                return True
    return False


def _link_count(evidence: Sequence[str]) -> int:
    """How many addresses a reply's sentences give."""
    return sum(len(LINK.findall(sentence)) for sentence in evidence)


_LINK_LESS_WORDS = 3
"""The most words a sentence without a link may have in a reply that only gives addresses ("Enjoy it, Tom"); a
figure is an answer of its own ("180.")."""


def _only_links(evidence: Sequence[str]) -> bool:
    """Whether a reply answers with addresses alone, each page to read for an answer ("How long should I roast it? And
    can I cook it the night before?" - ".../cooking/rolled-sirloin .../cooking/resting-and-reheating"): a page that
    names what a question is about answers it, whatever it asked."""
    return any(LINK.search(sentence) for sentence in evidence) and all(
        not LINK.sub(" ", sentence).strip(" ,.;:-") or (not LINK.search(sentence)
                                                        and len(sentence.split()) <= _LINK_LESS_WORDS
                                                        and not any(ch.isdigit() for ch in sentence))
        for sentence in evidence)


def attachment_answers(question: Question, message: Message, rivals: Sequence[Question]) -> bool:
    """Whether the file a reply carries or links to does what the question asked: send a document ("Please send the
    invoice as a PDF" - "Attached."), unless its name says it is another one (a quote for an invoice). Only when
    no other open question speaks of a document: with two ("the quote re-issued" and "the invoice to our new
    address"), one file cannot tell which it is."""
    if not asks_for_document(question):
        return False
    files = files_handed_over(message)
    return (bool(files) and not _files_are_another_document(question, message, files)
            and not any(rival is not question and names_document(rival) for rival in rivals)
            and not _files_named_for_another(question, files, rivals))


def _files_named_for_another(question: Question, files: Sequence[str], rivals: Sequence[Question]) -> bool:
    """Whether the files' names say they are what another question asked for, in its words and none of this one's:
    "Calloway-trade-prices-2027.pdf" answers "Could you send us your 2027 trade price list?", not the request for a
    safety report beside it."""
    named = keywords_of(_ADDRESS_PARTS.sub(" ", " ".join(files)))
    if not named or named & (question.keywords | question.context):
        return False
    return any(len(named & rival.keywords) >= 2 for rival in rivals if rival is not question)


def _files_are_another_document(question: Question, message: Message, files: Sequence[str]) -> bool:
    """Whether the files a reply hands over are another kind of document than the one a request asks for, by
    their names or, when a bare code names none ("INV-7730.pdf"), by the reply's sentences that say what it
    sends ("your booking confirmation and invoice INV-7730 are attached" for an insurance certificate)."""
    if any(document_kinds(name) for name in files):
        return other_document(question, files)
    return other_document(question, [sentence for sentence in evidence_sentences(message.new_text)
                                     if _SENT.search(sentence)])


_SENT_WORDS = (
    r"sent|e-?mailed|forwarded|attached|enclosed|posted|resent|re-sent|uploaded|in\s+the\s+post|"
    r"on\s+(?:its|their)\s+way|anbei|im\s+anhang|beigef[üu]gt|geschickt|gesendet|zugeschickt|zugesandt|verschickt|"
    r"weitergeleitet|ci-jointe?s?|en\s+pi[èe]ces?\s+jointes?|envoy[ée]e?s?|adjunt[oa]s?|adjuntamos|enviad[oa]s?|"
    r"mandad[oa]s?|reenviad[oa]s?|bijgevoegd|verstuurd|gestuurd"
)
_SENT = re.compile(rf"\b(?:{_SENT_WORDS})\b", re.IGNORECASE)
"""A reply saying a thing was sent or is enclosed ("I've e-mailed it to you separately", "anbei", "ci-joint",
"adjunto"): the document went as this message's file or another way."""
_SENT_OR_DONE = re.compile(
    rf"\b(?:{_SENT_WORDS}|send(?:ing)?|attaching|here\s+(?:it\s+)?is|here's|here\s+are|voici|aqu[íi]\s+tiene|"
    r"hierbij|[üu]bermittelt|transmise?s?|"
    # reporting it done, the file having gone another way: "Done - you should have it now", "check your inbox"
    r"(?:all\s+)?done|sorted|erledigt|c'est\s+fait|hecho|listo|gedaan|"
    r"(?:should|will)\s+(?:now\s+)?(?:have|receive|get|see|find)\s+(?:it|them|a|an|the|one|that|this)|"
    r"(?:inbox|spam|junk|portal|account|posteingang|kundenkonto|bo[îi]te\s+de\s+r[ée]ception|espace\s+client|"
    r"bandeja\s+de\s+entrada|[áa]rea\s+de\s+cliente))\b",
    re.IGNORECASE,
)
"""``_SENT``, or any other word that the document may be on its way or in the customer's hands (a done, "here it
is", "in your account"): a reply saying any of them has not left the request out."""


_SEND_AWAY = re.compile(
    # "e-mail" or "post" as a verb, not "the e-mail address on the invoice"
    rf"\b(?:{_SEND_AWAY_WORDS}|(?:e-?mail|mail|post)(?!\s*(?:address|adresse|code|box|account|domain))|m[áa]nden)\b",
    re.IGNORECASE,
)
"""Asking for a document to be sent or received, not merely had ("Can we get a credit note?" asks for the money):
the request a reply without the document has not met, whatever its words."""


_CHANGE_ASKED = re.compile(
    r"\b(?:change|update|correct|amend|add|remove|include|re-?issue|[äa]ndern|korrigieren|aktualisieren|"
    r"erg[äa]nzen|modifier|corriger|ajouter|mettre|cambiar|corregir|a[ñn]adir|modificar|actualizar|poner)\b",
    re.IGNORECASE,
)
"""Asking for a document to be changed ("Can you add our VAT number to the invoice and send it again?"): the
change is its answer, which a reply can report in any words."""


def leaves_document_out(question: Question, message: Message) -> bool:
    """Whether a reply leaves a request for a document without it: no file or link, no word of sending, and the
    document asked for not named. Its other words cannot have answered the request: "Could you send me a copy of
    the commissioning certificate, which the supplier wants to see?" is not answered by "the supplier may be
    reading the wrong register"."""
    if (question.options or not asks_for_document(question) or _SEND_AWAY.search(question.text) is None
            or _CHANGE_ASKED.search(question.text)):
        return False
    # A file named as another document leaves it out wherever the request stands: "Could you send me a copy of the
    # guarantee certificate?" - "I've attached a copy of your original invoice".
    if files := files_handed_over(message):
        return _files_are_another_document(question, message, files)
    if question.first:
        return False
    evidence = " ".join(evidence_sentences(message.new_text))
    if _SENT_OR_DONE.search(evidence):
        return False
    asked = {match.group(0).lower() for match in _DOCUMENT.finditer(question.text)}
    named = {match.group(0).lower() for match in _DOCUMENT.finditer(evidence)}
    return not (frozenset().union(*map(keywords_of, asked)) & frozenset().union(*map(keywords_of, named)))


def says_document_sent(question: Question, message: Message, rivals: Sequence[Question]) -> str | None:
    """The sentence of a reply that says the document a request asks for was sent ("I've e-mailed it to you
    separately", "Die Rechnung ist unterwegs - anbei"), as a file would hand it over; else ``None``. Not a sentence
    naming another kind of document ("anbei das Angebot" for an invoice), and only when no other open question
    speaks of a document, as with a file: one "sent" cannot tell which it is, unless the sentence names it."""
    rival_documents = [rival for rival in rivals if rival is not question and names_document(rival)]
    if rival_documents:
        return _names_document_sent(question, message, rival_documents)
    if not asks_for_document(question) or _files_named_for_another(question, files_handed_over(message), rivals):
        return None
    # "anbei das Angebot" sends a quote, not the invoice asked for; "A new remote went in the post today" sends
    # what another question asked for ("Can you send a replacement remote?"), not the certificate
    others = frozenset().union(*(rival.keywords | rival.context for rival in rivals if rival is not question))
    return next((sentence for sentence in evidence_sentences(message.new_text)
                 if _SENT.search(sentence) and not other_document(question, [sentence])
                 and not _sends_what_another_asked(keywords_of(sentence), question, others)), None)


def _names_document_sent(question: Question, message: Message, rival_documents: Sequence[Question]) -> str | None:
    """With other documents asked for too, the sentence of a reply that says this one was sent by its name
    ("Statement and both September invoices attached." for "a statement of all jobs on account LL-0322"); else
    ``None``. The name tells which document went; a name the other requests share tells nothing."""
    if not asks_for_action(question):
        return None
    others = frozenset().union(*(_document_words(rival.text) for rival in rival_documents))
    named = _document_words(question.text)
    own = named - others
    # A document both name is told by this request's own words for it: "Our insurance certificate is attached"
    # sends "a copy of your public liability insurance certificate", not "the NPTC certificate" another asked about.
    told = question.keywords - frozenset().union(*(rival.keywords for rival in rival_documents)) - {SENDING}
    return next((sentence for sentence in evidence_sentences(message.new_text)
                 if _SENT.search(sentence) and (own & (keywords := keywords_of(sentence))
                                                or (told & keywords and named & _document_words(sentence)))), None)


def _document_words(text: str) -> frozenset[str]:
    """The keywords of the documents a text names ("the statement", "two invoices")."""
    return frozenset().union(*(keywords_of(match.group(0)) for match in _DOCUMENT.finditer(text)))


def _sends_what_another_asked(sent: frozenset[str], question: Question, others: frozenset[str]) -> bool:
    """Whether a sentence saying something was sent names only what the other questions spoke of (the words of
    sending aside, which every request to send shares)."""
    return not (sent & question.keywords) - {SENDING} and bool((sent & others) - {SENDING})


def files_handed_over(message: Message) -> list[str]:
    """The files a reply carries, and those its own sentences link to ("Here is the manual:
    https://…/display-de.pdf"): either way the customer has the document."""
    return [*message.attachments, *linked_files(" ".join(evidence_sentences(message.new_text)))]
