#!/usr/bin/env python3
"""Regenerate ``tests/practice30/``: a labelled corpus of Bluewater Dive Centre.

A support mailbox of a fictional scuba diving school and shop on the Cornish coast (PADI-style
courses, boat dive bookings, equipment hire and servicing, regulator servicing, drysuit
repairs, group and corporate bookings, medical forms, cancellations because of the weather,
gift vouchers, refunds), written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``bluewaterdive.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is, its variety and its judgement calls.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice30_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "bluewaterdive.example"
DESK = "Bluewater Dive Centre <dive@bluewaterdive.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice30"

AGENTS = {
    "kerensa": ("Kerensa Polglase <kerensa@bluewaterdive.example>", "thunderbird", """-- 
Kerensa Polglase
Courses & Bookings | Bluewater Dive Centre
The Slipway, Porthallow Quay, Cornwall TR12 6PN | 01326 555 214
Fancy a winter refresher? https://bluewaterdive.example/courses?season=winter&utm=sig"""),
    "jago": ("Jago Tremayne <jago@bluewaterdive.example>", "outlook", """Jago Tremayne
Boat Operations & Skipper | Bluewater Dive Centre
Boat dives run weather permitting - the go/no-go call is made by 6pm the evening before."""),
    "nell": ("Nell Rowse <nell@bluewaterdive.example>", "apple", """Nell Rowse
Workshop - regulators, drysuits, cylinders | Bluewater Dive Centre
Book a service: https://bluewaterdive.example/workshop?book=1"""),
    "priya": ("Priya Sandhu <priya@bluewaterdive.example>", "owa", """Priya Sandhu
Accounts, Vouchers & Group Bookings | Bluewater Dive Centre | 01326 555 216

This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error, please tell us and delete it. Bluewater Dive Centre Ltd,
registered in England and Wales no. 08812345."""),
    "lukas": ("Lukas Brenner <lukas@bluewaterdive.example>", "thunderbird_de", """-- 
Lukas Brenner
Tauchlehrer, deutschsprachige Gäste | Bluewater Dive Centre
https://bluewaterdive.example/de?ref=signatur"""),
    "solene": ("Solène Garnier <solene@bluewaterdive.example>", "apple_fr", """Solène Garnier
Monitrice de plongée - clients francophones | Bluewater Dive Centre
Une question sur nos sorties ? https://bluewaterdive.example/fr/sorties?src=mail"""),
    "alba": ("Alba Ferrer <alba@bluewaterdive.example>", "gmail_es", """--
Alba Ferrer
Instructora - atención en español | Bluewater Dive Centre
+44 1326 555 219"""),
}

ACK = """Hello,

Thanks for contacting Bluewater Dive Centre. This is an automatic reply to let
you know we have your message (ref {ref}). Over the winter the shop and office
are open 9am-5pm, Tuesday to Sunday, and a member of the team will reply within
one working day.

Is your question about tomorrow's boat dive? Check the board at
https://bluewaterdive.example/boat?status=today or call 01326 555 214.

Bluewater Dive Centre - The Slipway, Porthallow Quay"""

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"],
    "helpdesk": ["X-Mailer: Bluewater Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bw.", outlook_server="CWLP12")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str = ""
    role: str = "customer"  # customer | agent | ack | auto (customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    asks_unanswered: int = 0  # how many of the case's labelled unanswered questions it asks
    uq: list[str] = field(default_factory=list)  # those questions (filled in from UNANSWERED)
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    raw: bytes = b""


@dataclass
class Spec:
    """One message as a case lists it, before it knows its case (see :func:`cu`, :func:`ag`)."""

    role: str
    when: str
    body: str
    opts: dict


@dataclass
class Case:
    """A labelled case: hand-written labels plus the messages they must agree with."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    client: str
    subject: str
    story: str
    specs: list[Spec]
    tz: int = 0
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The case's labelled unanswered questions (hand-written, in UNANSWERED)."""
        return UNANSWERED.get(self.name, [])


def cu(when: str, body: str, **opts) -> Spec:
    """A customer message at ``when`` ("MM-DD HH:MM", the customer's local time)."""
    return Spec("customer", when, body, opts)


def ag(who: str, when: str, body: str, **opts) -> Spec:
    """A reply by support agent ``who`` at ``when`` (Cornwall time, UTC in November)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str) -> Spec:
    """The helpdesk's automatic acknowledgement."""
    return Spec("ack", when, ACK, {})


def auto(when: str, body: str, **opts) -> Spec:
    """The customer's own automatic reply (out of office)."""
    return Spec("auto", when, body, opts)


def at(when: str, tz: int = 0) -> datetime:
    """``when`` ("MM-DD HH:MM") in 2026 at UTC offset ``tz`` hours."""
    day, hm = when.split()
    month, dom = map(int, day.split("-"))
    hour, minute = map(int, hm.split(":"))
    return datetime(YEAR, month, dom, hour, minute, tzinfo=timezone(timedelta(hours=tz)))


def end_of(day: str) -> datetime:
    """The end of ``day`` ("MM-DD") in Cornwall: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

TEAM_QUOTE_PDF = mailcraft.pdf(["Bluewater Dive Centre - Quotation Q-2611-118",
                                "Tinworks Digital team day, March 2027, 12 people",
                                "Pool Discover Scuba x6, boat dives x6, kit hire, 3 instructors",
                                "Lunch at the Quay Cafe. Total GBP 1,460.00 incl. VAT"])
MEDICAL_FR_PDF = mailcraft.pdf(["Bluewater Dive Centre - Questionnaire medical / Medical form",
                                "Version bilingue francais / English",
                                "Page 1-2: questions au plongeur / diver questions",
                                "Page 3: avis du medecin / physician's evaluation"])
MEDICAL_EN_PDF = mailcraft.pdf(["Bluewater Dive Centre - Diver Medical Questionnaire",
                                "Pages 1-2: participant questionnaire",
                                "Page 3: medical examiner's evaluation form",
                                "Guidance for doctors: asthma, diabetes, ENT"])
CONSENT_PDF = mailcraft.pdf(["Bluewater Dive Centre - Young divers: parent/guardian consent",
                             "Seal Team / Bubblemaker (ages 8-14)",
                             "Medical statement, photo consent, emergency contact",
                             "Return one form per child before the pool session"])
VAT_RECEIPT_PDF = mailcraft.pdf(["Bluewater Dive Centre Ltd - VAT receipt R-2610-311",
                                 "Enriched Air (Nitrox) course, 31 October 2026",
                                 "Claire Fenwick - paid by card GBP 165.00 (VAT GBP 27.50)",
                                 "VAT reg. no. GB 294 1187 52"])
INVOICE_PDF = mailcraft.pdf(["Bluewater Dive Centre Ltd - Invoice BW-4398 (reissued)",
                             "To: Harbourside Lettings Ltd, 2 Quay Street, Falmouth",
                             "Team day 16 October 2026: 12 x GBP 95.00",
                             "Total GBP 1,140.00 - payment by BACS within 30 days"])
CUFF_PNG = mailcraft.png(14, 9, lambda x, y: (30 + 4 * x, 30 + 3 * y, 40))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("b01-pryce-junior-open-water", "en", "closed", {},
      "Hannah Pryce <hannah.pryce@kestrelmail.example>", "gmail", "Open Water for me and my son?",
      "Three questions (course format, minimum age, parent on the same course) answered in one reply, out of order and in other words; thanks-only close.",
      cu("11-02 19:40", """Hi there,

My son Alfie turns 12 in March and has been desperate to learn to dive since we snorkelled at Porthkerris this summer. I've had a look at the website but couldn't work out a few things.

Do you still run the Open Water course over two weekends, or is it all in one week now? What's the minimum age - is 12 old enough for the full course or would he get some kind of junior certificate? And I was wondering whether I could do the course alongside him, as I've never dived either.

Thanks so much,
Hannah Pryce"""),
      ag("kerensa", "11-03 09:10", """Hi Hannah,

Lovely to hear Alfie's keen! You'd both be very welcome on the same course - we often have a parent and child together, and you'd be buddied up for the sea dives.

At 12 he'd come out as a Junior Open Water Diver, which turns into the full card automatically when he's 15; until then he's limited to 18 metres and dives with a certified adult (that could be you).

The spring courses run across two weekends: 10-11 and 17-18 April, or 8-9 and 15-16 May, with the theory done online beforehand.

Best wishes,
Kerensa"""),
      cu("11-03 12:20", """Perfect, thank you Kerensa - I'll talk it over with his dad this week.

Hannah""", thanks=True)),

    C("b02-keverne-regulator-service", "en", "closed", {},
      "Tom Keverne <tkeverne@granitecoast.example>", "thunderbird", "Regulator service before Scapa",
      "A numbered list of three questions answered inline under each quoted line: a duration, a price sum, 'Sure'.",
      cu("11-04 08:55", """Hello,

Two regulator sets are due their annual service before a trip to Scapa Flow in
the new year. A few questions:

1. How long do you usually need them for?
2. What does it cost for two first stages, two second stages and an octopus
   (all Apeks)?
3. Can I drop them off on a Saturday? I work weekdays in Plymouth.

Regards,
Tom Keverne"""),
      ag("nell", "11-04 13:40", """Hi Tom,

> 1. How long do you usually need them for?

Ten working days at the moment, less if the parts are on the shelf.

> 2. What does it cost for two first stages, two second stages and an octopus
>    (all Apeks)?

£62 a first stage and £38 a second stage (the octopus counts as one), so £238 for the lot, plus the parts kits at cost - roughly £25 each.

> 3. Can I drop them off on a Saturday? I work weekdays in Plymouth.

Sure - we're open 9 till 5 on Saturdays. Leave them at the counter with your name and a phone number.

Nell""", quote=False),
      cu("11-04 18:02", """Great, thanks Nell. See you Saturday.

Tom""", thanks=True)),

    C("b03-ashworth-weather-credit", "en", "closed", {"unanswered-question": 1},
      "Dan Ashworth <dan.ashworth@fernlea-eng.example>", "outlook", "Tomorrow's boat dive",
      "Boat dive cancelled for swell: refund-or-credit is answered, the request to transfer the place to a friend is not.",
      cu("11-06 17:10", """Hi Jago,

Got the text about tomorrow's boat dive being cancelled - shame, but I'd rather not spend the morning being sick over the side in a 3 m swell!

Will I get the £55 back, or is it a credit? I'm away for most of December, so could my place be transferred to my friend Ellie Marsh instead? She's qualified and has dived with you before.

Cheers,
Dan Ashworth"""),
      ag("jago", "11-07 08:20", """Morning Dan,

Sorry again about today - the forecast was spot on and it's blowing a hooley out past the Manacles.

It's your choice: we can put the £55 back on your card, or keep it as a credit that's good for twelve months on any boat dive. Just let me know which you'd prefer.

Jago""")),

    C("b04-hosking-neck-seal", "en", "closed", {},
      "Gwen Hosking <gwen.h@porthmail.example>", "iphone", "Neck seal",
      "Seal price answered with two figures; the loan-suit question is deferred 'till tomorrow' and answered the next morning (promise kept).",
      cu("11-09 12:05", """Hi, neck seal on my drysuit split at the weekend (Otter, size ML). How much to replace it, and can you do silicone rather than latex? Also any chance of borrowing a suit for the 15th while mine's in with you? Gwen

Sent from my iPhone"""),
      ag("nell", "11-09 15:30", """Hi Gwen,

We fit silicone ones, yes - £118 fitted, against £68 for latex, and either takes about a week. Bring the suit in whenever suits you.

The loan suit for the 15th depends on what comes back from hire this week - let me see what's free and I'll let you know tomorrow.

Nell""", promises=[("11-10", 3)]),
      ag("nell", "11-10 11:45", """Hi Gwen,

Good news - an ML Northern Diver is free for the 15th and it's got your name on it. Pick it up when you drop yours off.

Nell""", parent=2),
      cu("11-10 12:10", """Brilliant, you're a star. See you Thursday x

Sent from my iPhone""", thanks=True)),

    C("b05-moyle-gift-voucher", "en", "pending", {},
      "Louise Moyle <louise.moyle@rosewarne-family.example>", "apple", "Gift voucher for a 40th",
      "Voucher possible / validity / posted card answered with a link, a figure and the checkout option; multipart/alternative reply.",
      cu("11-15 21:15", """Hello,

My husband's 40th is in January and I'd love to give him a Discover Scuba session with you. Is that something you do as a gift voucher? If so, how long would it be valid for? He's hopeless at organising things, so he may not get round to it until the summer!

Also, I'd much prefer a proper card I can wrap rather than a PDF - please let me know if you can post one.

Many thanks,
Louise Moyle"""),
      ag("priya", "11-16 10:05", """Dear Louise,

What a lovely present. You can buy it here: https://bluewaterdive.example/vouchers?item=discover-scuba (£89). Every voucher is valid for 18 months from the day you buy it, so next summer is no problem at all.

At checkout, pick "Printed card by post" (£2.50) and it goes out first class in a gift envelope.

Kind regards,
Priya""", kind="alt")),

    C("b06-tinworks-team-day", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Rob Lanyon <rob.lanyon@tinworks-digital.example>", "outlook", "Team day in March - 12 people",
      "PO invoicing and the mixed-group plan answered; the costed quote promised 'by Friday' arrives the next Tuesday after a chase (kept late = missed).",
      cu("11-02 09:30", """Hi,

I'm organising a team day for Tinworks Digital in early March - 12 people, about half of whom have never dived; the rest are qualified at various levels.

Could you put together a price for a day that works for both groups? Non-divers in the pool, divers on the boat, maybe everyone together for lunch? I'd also need to know whether you can invoice the company against a PO rather than us paying upfront.

Best regards,
Rob Lanyon
Operations Manager, Tinworks Digital
Need a website that actually works? https://tinworks-digital.example/?utm_source=signature"""),
      ag("priya", "11-02 14:10", """Hi Rob,

That sounds like a great day out. For companies we invoice against a PO on 30-day terms, so there's nothing to pay upfront.

Mixing the groups works well: the beginners do a Discover Scuba session in the pool in the morning while the qualified divers go out on the boat, and everyone meets up for lunch at the Quay Café. I'll put a full costed quote together and send it over by Friday.

Kind regards,
Priya""", promises=[("11-06", 4)]),
      cu("11-10 09:15", """Hi Priya,

Just following up on the quote for our team day - my director wants to sign it off at Thursday's meeting, so I'd really need it before then.

Thanks,
Rob""", chase=True),
      ag("priya", "11-10 15:40", """Hi Rob,

Apologies for the delay - we had a hectic end to last week with the boat out of the water. The quote's attached: £1,460 for the group, covering the pool, the boat, kit hire, three instructors and lunch.

Kind regards,
Priya""", attach=[("application/pdf", "Q-2611-118-Tinworks.pdf", TEAM_QUOTE_PDF)]),
      cu("11-11 08:50", """Thanks Priya, got it - I'll let you know after Thursday.

Rob""", thanks=True)),

    C("b07-vogel-advanced-de", "de", "closed", {},
      "Stefan Vogel <stefan.vogel@mailhaus.example>", "gmail_de", "Advanced Open Water im Mai",
      "Drei Fragen (Kurssprache, Attest, Trockenanzug-Verleih) in eigenen Worten beantwortet, die Attest-Frage ohne das Wort 'Attest'.",
      cu("11-05 20:30", """Hallo zusammen,

meine Frau und ich kommen im Mai für zwei Wochen nach Cornwall und möchten bei Ihnen den Advanced Open Water machen. Wir haben beide den OWD von 2019 und seitdem ungefähr 25 Tauchgänge, meist im Mittelmeer.

Ist der Kurs auch auf Deutsch möglich? Außerdem würde mich interessieren, ob wir ein ärztliches Attest brauchen - wir sind beide über 45. Und kann man bei Ihnen Trockentauchanzüge leihen, oder reicht im Mai ein 7-mm-Nassanzug?

Viele Grüße
Stefan Vogel""", tz=1),
      ag("lukas", "11-06 09:15", """Hallo Herr Vogel,

vielen Dank für Ihre Nachricht. Den Advanced-Kurs mache ich gern mit Ihnen beiden auf Deutsch - ich bin im Mai die ganze Zeit hier.

Einen Arzt brauchen Sie nur, wenn Sie im medizinischen Fragebogen eine Frage mit Ja beantworten; das Alter allein spielt keine Rolle. Den Fragebogen bekommen Sie mit der Buchungsbestätigung.

Das Wasser hat im Mai etwa 12 Grad. Mit 7 mm geht das, aber für fünf Tauchgänge in zwei Tagen empfehle ich einen Trocki. Wir verleihen sie für 35 £ pro Tag - allerdings nur an Taucher mit Trockentauch-Erfahrung oder zusammen mit dem Dry-Suit-Specialty.

Viele Grüße
Lukas Brenner""")),

    C("b08-lefevre-medical-fr", "fr", "closed", {"unanswered-question": 1},
      "Camille Lefèvre <camille.lefevre@courriel-breizh.example>", "apple_fr", "Formulaire médical - Open Water avril",
      "Question sur le formulaire médical traitée (avec PDF bilingue) ; la demande de facture au nom de l'association est ignorée.",
      cu("11-03 18:45", """Bonjour,

Je dois passer le niveau Open Water chez vous en avril avec mon club. Le formulaire médical que vous m'avez envoyé est en anglais : est-ce que mon médecin peut le remplir en français, ou faut-il un certificat de non contre-indication en plus ?

Par ailleurs, notre trésorier aurait besoin d'une facture au nom de l'association (Club Subaquatique de Lannion, 4 quai d'Aiguillon, 22300 Lannion) pour le remboursement.

Merci d'avance et bonne soirée,
Camille Lefèvre""", tz=1),
      ag("solene", "11-04 10:20", """Bonjour Camille,

Votre médecin peut tout à fait remplir le formulaire anglais et ajouter ses remarques en français. Nous acceptons aussi un certificat de non contre-indication français de moins d'un an : l'un ou l'autre suffit, pas besoin des deux.

Je vous joins la version bilingue du questionnaire, ce sera plus simple pour lui.

Bien à vous,
Solène""", attach=[("application/pdf", "questionnaire-medical-bilingue.pdf", MEDICAL_FR_PDF)])),

    C("b09-garcia-barco-es", "es", "closed", {"missed-follow-up": 1},
      "Iker García <iker.garcia@correo-bizkaia.example>", "gmail_es", "Salidas en barco a finales de diciembre",
      "Botellas de 15 l y reserva de equipo contestadas; las salidas en barco se aplazan con 'te escribo el lunes' y llegan el miércoles (promesa tardía).",
      cu("11-05 11:30", """Hola:

Somos cuatro buceadores de Bilbao (dos con Advanced y dos con Open Water) y queremos ir a Cornualles del 27 al 30 de diciembre. ¿Hacéis salidas en barco esos días? Nos interesa sobre todo algún pecio.

También quería saber si alquiláis botellas de 15 litros y si hay que reservar el equipo con antelación.

Un saludo,
Iker García""", tz=1),
      ag("alba", "11-05 14:00", """¡Hola, Iker!

Gracias por escribirnos. Sí, tenemos botellas de 15 litros (12 £ al día) y en esas fechas conviene reservar el equipo antes, porque la tienda funciona con poca gente.

Lo del barco: entre Navidad y Año Nuevo solo salimos si hay grupo suficiente y el tiempo acompaña. Tengo que hablarlo con Jago, nuestro patrón, que está fuera hasta el fin de semana. Te escribo el lunes con las fechas y los pecios que podríamos hacer.

Un saludo,
Alba""", promises=[("11-09", 3)]),
      ag("alba", "11-11 12:10", """Hola de nuevo, Iker:

Perdona el retraso. Jago confirma salidas el 28 y el 29 de diciembre si sois al menos seis; os podemos juntar con otro grupo. El 28 iríamos al Volnay (máx. 21 m, apto para todos) y el 29 al Mohegan, en los Manacles, que es más para los dos con Advanced.

Son 65 £ por persona y salida.

Un saludo,
Alba""", parent=2),
      cu("11-11 19:05", """¡Genial, muchas gracias! Lo hablo con el grupo.

Iker""", thanks=True, tz=1)),

    C("b10-penrose-no-reply", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Mark Penrose <markpenrose@tregonymail.example>", "android", "Scuba Review 28th - no confirmation",
      "Two questions, no reply; the customer replies to his own mail two days later asking for news. Chased and awaiting reply, nothing unanswered (no reply yet).",
      cu("11-16 07:45", """Hi,

Is the pool session for the Scuba Review on the 28th still going ahead? I booked it online but never got a confirmation email. Also can I bring my own regulator or do I have to use yours?

Thanks
Mark Penrose

Get Outlook for Android"""),
      cu("11-18 19:20", """Hi again - any news on this? Still no confirmation and I want to be sure I've actually got a place before I book the day off.

Mark

Get Outlook for Android""", chase=True)),

    C("b11-dunstan-hire-kit", "en", "closed", {},
      "Jess Dunstan <jess.dunstan@kernowclub.example>", "gmail", "Kit hire for the 21st",
      "Opening hours and Friday pick-up answered by Kerensa, who passes the XS BCD to Nell 'by the end of today'; Nell confirms that afternoon (kept by a colleague).",
      cu("11-10 10:30", """Hiya,

We're coming down the weekend of the 21st with two friends from our club and want to hire kit for a shore dive at Porthkerris on the Saturday. We'd need two BCDs (one XS, one L), two sets of regs and a 12L cylinder each. Do you have an XS in stock? And what time do you open on Saturdays? It'd be good to pick everything up the night before if that's possible.

Cheers,
Jess Dunstan"""),
      ag("kerensa", "11-10 11:05", """Hi Jess,

We open at 8 on Saturdays, and Friday collection is no problem - we're here until 5.

Nell looks after the hire stock, so I've asked her about the XS; she'll confirm by the end of today.

Kerensa""", promises=[("11-10", 3)]),
      ag("nell", "11-10 15:50", """Hi Jess,

Nell from the workshop - yes, there's an XS Hydros free that weekend and I've put it aside with the L and the rest of your list. £32 per person for the day, paid when you collect.

Nell""", parent=1)),

    C("b12-quiller-refund-medical", "en", "closed", {"unanswered-question": 2, "customer-chased": 1},
      "Margaret Quiller <m.quiller@stmawes-mail.example>", "gmail", "Withdrawing from the November course",
      "Refund granted at once; the request for a copy of the medical questionnaire and the eLearning question are never addressed, not even after the customer chases the late refund.",
      cu("11-03 13:00", """Dear Bluewater team,

I'm very sorry but I have to pull out of the Open Water course starting on 14 November - my GP has advised against diving until after a minor operation in the new year. I paid the full £450 in September.

Please could you refund me, or if that isn't possible, move me to a course in the spring? Could you also email me the medical questionnaire I filled in when I booked? My GP would like to see it and I can't find my copy. And could you let me know whether the eLearning I've already started will still be valid in the spring?

With thanks,
Margaret Quiller"""),
      ag("priya", "11-03 16:20", """Dear Margaret,

I'm sorry to hear that, and I hope the operation goes smoothly. As it's for medical reasons we'll refund you in full - I've put the £450 back on the card you paid with today. Refunds usually take 3-5 working days to show.

Kind regards,
Priya"""),
      cu("11-12 09:40", """Dear Priya,

I'm afraid the £450 still hasn't reached my account - it's now nine days since your email. Could you check that it went through?

Margaret""", chase=True),
      ag("priya", "11-12 11:30", """Dear Margaret,

I'm so sorry. I've checked with our card provider: the refund went through on 3 November, reference RF-22817. Some banks take up to ten working days, so it should be with you by Tuesday at the latest. If it isn't, please ring me on 01326 555 216 and I'll chase it from our end.

Kind regards,
Priya""")),

    C("b13-nance-cuttlefish", "en", "closed", {},
      "Rachel Nance <rachel.nance@lizardpoint.example>", "apple", "Thank you for Saturday!",
      "Rhetorical question and a question the customer answers herself; the two real ones (photos, Drysuit Specialty) answered with a link and a price.",
      cu("11-08 20:10", """Hi Kerensa,

What a day! Who knew November visibility off Falmouth could be ten metres? Thanks to you and Jago for a brilliant dive - the cuttlefish were the highlight.

A couple of things now I'm home. Where do I find my dive number for the logbook stamp? Oh hang on, it's printed on the receipt - ignore me. But I'd love to know whether you run the Drysuit Specialty over the winter, and what it costs. Also, could you send me the photos Jago took on the boat? I want one for the fridge.

All the best,
Rachel Nance"""),
      ag("kerensa", "11-09 10:00", """Hi Rachel,

So glad you enjoyed it - those cuttlefish were showing off for you.

Photos: https://bluewaterdive.example/gallery/2026-11-08?share=rn8

Drysuit Specialty - yes, all winter, on any weekend the boat's going out. £195 including suit hire for both dives.

Best,
Kerensa""")),

    C("b14-bray-din-conversion", "en", "closed", {"missed-follow-up": 1},
      "Steve Bray <steve.bray@carrickwater.example>", "outlook", "MK25 service - free-flow and DIN",
      "The free-flow is taken on; the DIN conversion price is deferred ('I'll ring their UK office and get back to you tomorrow') and never comes.",
      cu("11-10 14:00", """Hi Nell,

I dropped my Scubapro MK25/S620 in last week for its service. Before you start - the second stage has been free-flowing a bit in cold water, so could you look at that too? And is it worth converting the first stage to DIN while it's apart, or is that a big job?

Thanks,
Steve Bray"""),
      ag("nell", "11-11 09:30", """Hi Steve,

Thanks for the heads-up on the free-flow - I'll check the second stage properly on the bench; in cold water it's usually a worn seat or the venturi set too far to "dive".

The DIN conversion depends on whether Scubapro still supply the kit for that first stage. I'll ring their UK office and get back to you tomorrow with a price.

Nell""", promises=[("11-12", None)])),

    C("b15-trewin-zip-reopened", "en", "pending", {"reopened": 1},
      "Lowenna Trewin <lowenna@trewin-studio.example>", "gmail", "Drysuit zip repair",
      "Ready/payment answered and the case explicitly closed ('I'll mark this as resolved'); ten days later a leak at the new zip reopens it.",
      cu("11-05 16:00", """Hi,

Just checking whether my drysuit is ready yet (Trewin, left on 28 October for a new zip)? And can I pay by bank transfer when I collect it, or do you only take cards?

Lowenna"""),
      ag("nell", "11-06 09:00", """Hi Lowenna,

All done - new zip in and leak-tested. It's £145, and a transfer's fine: sort code 30-91-22, account 41022871, your surname as the reference.

I'll mark this as resolved, but shout if anything isn't right.

Nell""", closes=True),
      cu("11-16 18:30", """Hi Nell,

Took the suit out at Silver Steps on Sunday and I'm afraid there's a wet patch under the left arm, right where the new zip ends. Could you have another look? I can drop it in on Wednesday.

Lowenna"""),
      ag("nell", "11-17 08:45", """Hi Lowenna,

Sorry about that - it sounds like the end stop of the zip isn't fully sealed. Bring it in on Wednesday and we'll re-seal and test it free of charge; it's normally a two-day job.

Nell""")),

    C("b16-fusac-three-agents", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Ollie Chen <diving@fusac-students.example>", "owa", "Boat booking for FUSAC - 5 December",
      "University club booking touched by three agents (Kerensa, Jago, Priya): twin-sets, date, student discount answered; the quote for 20 cylinder fills never comes.",
      cu("11-09 12:30", """Hello,

I'm the diving officer for the Falmouth University Sub-Aqua Club. We'd like to book the boat for 10 divers on Saturday 5 December, two dives, ideally a wreck and a reef. Could you also tell me whether the boat can take twin-sets, and whether you do a student club discount? We'd want to fill cylinders at the centre too, so please quote air and nitrox fills for 20 cylinders.

Thanks,
Ollie Chen
Diving Officer, FUSAC"""),
      ag("kerensa", "11-09 14:00", """Hi Ollie,

Great to hear from FUSAC again! Twin-sets are fine - the boat has racking for eight, so as long as a couple of you are on singles you'll all fit.

Jago's out on the boat today; he'll check the diary for the 5th and email you tomorrow.

Kerensa""", promises=[("11-10", 3)]),
      ag("jago", "11-10 08:40", """Morning Ollie,

The 5th is yours. Plan is the Volnay in the morning and the Manacles reef after lunch, back on the slip by 3. Priya will sort the money side.

Jago""", parent=1),
      ag("priya", "11-10 11:15", """Dear Ollie,

Student clubs get 10% off the boat, so that's £52.20 per diver for the two dives instead of £58. I've reserved the boat under FUSAC; a £100 deposit by the end of the month confirms it, payable at https://bluewaterdive.example/pay?ref=FUSAC-0512.

Kind regards,
Priya""", parent=3)),

    C("b17-pascoe-weekend-slow", "en", "pending", {"slow-first-response": 1},
      "Andrew Pascoe <a.pascoe@helston-surveys.example>", "thunderbird", "Sunday boat 22 November",
      "Friday-evening mail gets only the helpdesk acknowledgement; the skipper answers on Sunday morning (slow first response); booking completed with a payment link.",
      cu("11-13 18:50", """Good evening,

Could you tell me whether the Sunday boat on 22 November still has space for
two? We're both Rescue Divers. And do we need to bring our own weights?

Kind regards,
Andrew Pascoe"""),
      ack("11-13 18:51"),
      ag("jago", "11-15 09:30", """Morning Andrew,

Two spaces left, so I've pencilled you both in. Weights are on the boat, plenty of them.

Jago"""),
      cu("11-15 12:00", """Thanks Jago - yes please, book us in properly. How do we pay?

Andrew"""),
      ag("jago", "11-15 14:00", """Here you go: https://bluewaterdive.example/pay?ref=BD-2211-PS - you're both confirmed once it's paid. 8.30 on the slip on the 22nd.

Jago""")),
]

CASES += [
    C("b18-chen-voucher-fresh", "en", "open", {},
      "Mei Chen <mei.chen@lanternpost.example>", "gmail", "Using a voucher for Open Water",
      "Fresh mail this morning with only the helpdesk acknowledgement: open, inside the response target, nothing to flag.",
      cu("11-20 08:40", """Hello,

My sister gave me a voucher (BW-7731) last Christmas for a Discover Scuba session. Can I put it towards the Open Water course instead? And does it still count if it runs out in December but the course is in March?

Thanks,
Mei Chen"""),
      ack("11-20 08:41")),

    C("b19-kemp-nitrox-awaiting", "en", "open", {"awaiting-reply": 1},
      "Jo Kemp <jo@kemp-and-daughters.example>", "iphone", "Nitrox course 29th",
      "A question and a request acknowledged by the helpdesk robot only; no human reply for 33 hours.",
      cu("11-19 07:30", """Hi, booked the Nitrox course for the 29th - where do we meet, at the centre or down at the harbour? And please add my partner Sam to the booking, I'll pay for her on the day. Ta, Jo

Sent from my iPhone"""),
      ack("11-19 07:31")),

    C("b20-rowe-advanced-winter", "en", "closed", {"unanswered-question": 2},
      "Ben Rowe <ben.rowe@quaylane.example>", "outlook", "Advanced course over the winter",
      "Four bullet questions plus a request: three answered in two sentences and out of order; the returning-student discount and the winter timetable are skipped.",
      cu("11-04 11:15", """Hi,

I did my Open Water with you in August and I'm keen to keep going over the winter rather than forget everything. A few questions:

- Is the Advanced course possible in a wetsuit in December, or will I need a drysuit?
- How many dives do I need to have logged before I can do it?
- Could I do the Deep adventure dive as part of it? I'm hoping to go to Malta next year.
- Do you offer any discount for returning students?

Also, please send me your winter timetable - the website still shows the summer one.

Thanks,
Ben Rowe"""),
      ag("kerensa", "11-04 15:00", """Hi Ben,

Great to hear you're keeping it up! No extra dives needed - straight after Open Water is fine - and Deep is one of the five adventure dives most people choose, so it fits nicely with Malta.

Honestly, in December I'd steer you into a drysuit. The water's down to 11 degrees and five dives in a weekend gets cold; we can make the Drysuit adventure dive one of the five.

Kerensa""")),

    C("b21-hughes-cylinder-test", "en", "closed", {},
      "Peter Hughes <peter.hughes@oldmill-cottage.example>", "oldclient", "Cylinder test",
      "Old mail client; the customer's follow-up lost its threading headers (subject 'Re:' only) and asks a new question, answered with a figure.",
      cu("11-05 10:00", """Hello,

I have a 12 litre steel cylinder that was last tested in 2021. Do you do the
hydrostatic test on site, and what does it cost?

Regards,
Peter Hughes"""),
      ag("nell", "11-05 12:00", """Hi Peter,

The visual inspection we do here; the hydro test goes to our test station in Redruth and comes back within the week. £45 all in, visual included.

Nell"""),
      cu("11-06 09:30", """Thank you Nell. When it comes back, can it be filled with nitrox 32 and
what would that cost on top?

Peter""", thread=False),
      ag("nell", "11-06 11:00", """Yes - £12 for a 32% fill.

Nell""")),

    C("b22-sennen-lost-fins", "en", "closed", {},
      "Aidan Sennen <aidan.sennen@westpenwith.example>", "iphone", "Left my fins on the boat?",
      "Lost fins: 'found them, behind the counter with your name on' answers both whether they were found and whether they can be kept until Saturday.",
      cu("11-08 18:00", """Think I left my fins on the boat today - black Mares Avanti, yellow tape on the straps. Any chance someone found them? If so could you hang on to them till Saturday? Cheers, Aidan

Sent from my iPhone"""),
      ag("jago", "11-09 08:10", """Found them under the bench. They're behind the counter with your name on - no rush.

Jago"""),
      cu("11-09 08:25", """Legend, thanks!

Sent from my iPhone""", thanks=True)),

    C("b23-whitford-hen-do", "en", "open", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Chloe Whitford <chloe.whitford@brightmail.example>", "gmail", "Hen do try-dive, 12 December",
      "Group try-dive price answered, the fizz question skipped; the pool check promised 'by Wednesday' never comes; the customer's 'just checking in' gets no reply.",
      cu("11-13 20:00", """Hi!

I'm organising a hen do for my best friend on Saturday 12 December - there'll be 8 of us, none of us have ever dived (the bride is a massive Blue Planet fan, hence the idea!). Could we do a try-dive in the pool as a group? How much would it be per person, and can we bring a bottle of fizz for afterwards?

Thanks so much!
Chloe Whitford"""),
      ag("kerensa", "11-14 10:30", """Hi Chloe,

What a brilliant idea for a hen do! Our Discover Scuba pool session is £59 per person and takes about two hours; 8 is a perfect group, with two instructors.

The pool's at Penryn leisure centre and I need to check our slot is free on the 12th - I'll confirm by Wednesday.

Kerensa""", promises=[("11-18", None)]),
      cu("11-19 09:00", """Hi Kerensa, just checking in about the pool on the 12th - the girls keep asking and I'd love to get it booked! x Chloe""", chase=True)),

    C("b24-polkinghorne-bcd", "en", "closed", {},
      "Kate Polkinghorne <kate.p@roseland-vets.example>", "thunderbird", "BCD inflator sticking",
      "Service timing answered with logistics ('the technician comes in on Tuesdays') - not a promise; mouthpiece question answered with a price.",
      cu("11-11 09:00", """Hi,

My BCD inflator is sticking and the dump valve leaks a bit. Can you service it
before the 28th? I'm out on your boat that day. Also, do you sell the spare
mouthpieces for the inflator, or do I have to order them online?

Thanks,
Kate Polkinghorne"""),
      ag("nell", "11-11 13:20", """Hi Kate,

Easily. Scubapro's technician comes in on Tuesdays, so if it's with us by Monday evening it'll be done well before the 28th. The service is £40 plus parts.

Mouthpieces are on the shelf by the till, £6.50.

Nell""")),

    C("b25-mullion-scouts", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rhys Carter <gsl@mullion-scouts.example>", "owa", "Scout group - Seal Team in February",
      "DBS and consent forms answered (PDF); half-term dates deferred to a check with a colleague, no deadline, never sent (2-day window); the swimming-ability question is skipped.",
      cu("11-16 10:00", """Hello,

I'm the group scout leader for 1st Mullion Scouts. We'd like to bring 14 young people (aged 10-14) for a Seal Team session during February half term. Could you tell me which dates you have that week? For our safeguarding file I also need to know whether all your instructors are DBS checked, and please send us any consent forms the parents need to sign.

Also, do the young people need to be able to swim a certain distance? Some of our younger ones are not strong swimmers.

Many thanks,
Rhys Carter
Group Scout Leader, 1st Mullion"""),
      ag("priya", "11-16 15:00", """Dear Rhys,

Thank you for thinking of us. Every one of our instructors holds an enhanced DBS certificate, renewed every three years - I can give you the certificate numbers for your file if that helps. The parent consent form is attached (one per young person, to bring on the day).

I'll check the pool availability for half term with Kerensa and get back to you.

Kind regards,
Priya""", promises=[("window", None)], attach=[("application/pdf", "young-divers-consent.pdf", CONSENT_PDF)]),
      cu("11-17 08:30", """Thanks Priya, got the forms.

Rhys""", thanks=True)),

    C("b26-carne-peregrine", "en", "closed", {"unanswered-question": 1},
      "Jamie Carne <jamie@carne-joinery.example>", "apple", "Shearwater Peregrine TX",
      "Stock and price match answered together in two short sentences; the trade-in question is skipped.",
      cu("11-12 12:30", """Hi,

Do you have the Shearwater Peregrine TX in stock? I've seen it for £445 at one of the big online shops - would you match that? I'd much rather buy locally. I've also got an old Suunto Zoop I don't use any more; do you take trade-ins?

Thanks,
Jamie Carne"""),
      ag("nell", "11-12 16:10", """Hi Jamie,

Two in black on the shelf, and £445 it is. Pop in whenever and I'll set it up with your gas mixes before you leave.

Nell""")),

    C("b27-bauer-versand-de", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Markus Bauer <m.bauer@schwarzwald-netz.example>", "outlook_de", "Atemregler nach Deutschland schicken",
      "Revision fertig (beantwortet); Versandkosten 'bis Freitag' zugesagt, nach 'gibt es schon etwas Neues?' am Dienstag geliefert (zu spät); Zahlungslink auf Nachfrage (References ohne die Zwischennachrichten).",
      cu("11-03 09:00", """Sehr geehrte Damen und Herren,

ich habe Ende Oktober während unseres Urlaubs meinen Atemregler (Apeks XTX50, DIN) zur Revision bei Ihnen abgegeben und bin inzwischen wieder zu Hause in Freiburg. Ist die Revision schon erledigt? Und könnten Sie mir den Regler nach Deutschland schicken? Bitte teilen Sie mir mit, was der Versand kostet.

Mit freundlichen Grüßen
Markus Bauer""", tz=1),
      ag("lukas", "11-03 14:00", """Sehr geehrter Herr Bauer,

Ihr Regler ist fertig revidiert und liegt bei uns im Schrank. Verschicken können wir ihn natürlich. Die Kosten nach Deutschland muss ich wegen der Zollpapiere erst mit unserem Paketdienst klären - ich melde mich bis Freitag mit dem genauen Betrag.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-06", 4)]),
      cu("11-10 08:15", """Hallo Herr Brenner,

gibt es schon etwas Neues wegen des Versands? Ich hätte den Regler gern vor unserem Tauchurlaub im Dezember zurück.

Viele Grüße
Markus Bauer""", tz=1, chase=True),
      ag("lukas", "11-10 11:00", """Hallo Herr Bauer,

entschuldigen Sie bitte die Verzögerung. Mit DHL und Zollerklärung kostet der Versand 38 £, die Zustellung dauert etwa fünf Werktage. Wenn das für Sie passt, schicke ich Ihnen einen Zahlungslink.

Viele Grüße
Lukas Brenner"""),
      cu("11-10 12:30", """Ja, passt. Bitte schicken Sie mir den Link.

M. Bauer""", tz=1),
      ag("lukas", "11-10 13:05", """Hier ist er: https://bluewaterdive.example/pay?inv=BW-4471&lang=de

Sobald die Zahlung eingegangen ist, geht der Regler raus.

Lukas Brenner""", refs=[1, 5])),

    C("b28-moreau-bapteme-fr", "fr", "closed", {},
      "Aurélie Moreau <aurelie.moreau@famille-moreau.example>", "apple_fr", "Baptême de plongée en famille à Pâques",
      "Trois questions (âge minimum, piscine ou mer, parents dans le même groupe) traitées dans le désordre ; 'bon dimanche' n'est qu'une formule.",
      cu("11-08 15:30", """Bonjour,

Nous serons en Cornouailles pendant les vacances de Pâques avec nos deux enfants (10 et 13 ans), qui rêvent de faire un baptême de plongée. À partir de quel âge est-ce possible chez vous ? Le baptême se fait-il en piscine ou en mer ? Et est-ce que mon mari et moi pouvons le faire en même temps, dans le même groupe ?

Merci beaucoup, et bon dimanche !
Aurélie Moreau""", tz=1),
      ag("solene", "11-09 10:00", """Bonjour Aurélie,

Avec plaisir ! Vous pouvez tout à fait plonger tous les quatre ensemble : nous faisons souvent des baptêmes en famille, avec un moniteur pour deux personnes. En avril, cela se passe en piscine (la mer est encore à 10 °C), à Penryn, à un quart d'heure du centre. Quant à l'âge, c'est dès 10 ans, donc vos deux enfants peuvent venir.

Comptez 59 £ par personne, équipement compris.

Belle journée,
Solène""")),

    C("b29-girard-remboursement-fr", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Julien Girard <julien.girard@orange-pro.example>", "apple_fr", "Remboursement sortie bateau du 31 octobre",
      "Sortie annulée pour la météo : 'je reviens vers vous d'ici jeudi' sur le montant, rien avant la relance du lundi suivant ('Je me permets de vous relancer').",
      cu("11-02 08:30", """Bonjour Solène,

Suite à l'annulation de la sortie bateau du samedi 31 octobre à cause de la météo, je souhaiterais être remboursé plutôt que d'avoir un avoir, car nous ne reviendrons pas en Cornouailles avant longtemps. Pouvez-vous me confirmer le montant et le délai ?

Cordialement,
Julien Girard""", tz=1),
      ag("solene", "11-02 11:40", """Bonjour Julien,

Bien sûr, c'est tout à fait possible. Je vérifie le montant exact avec Priya, notre comptable (vous aviez aussi loué du matériel, il me semble), et je reviens vers vous d'ici jeudi.

Bien à vous,
Solène""", promises=[("11-05", 4)]),
      cu("11-09 09:00", """Bonjour Solène,

Je me permets de vous relancer concernant mon remboursement : je n'ai pas eu de nouvelles depuis la semaine dernière.

Cordialement,
Julien Girard""", tz=1, chase=True),
      ag("solene", "11-09 14:30", """Bonjour Julien,

Toutes mes excuses pour ce retard. Le remboursement de 87 £ (55 £ pour la sortie et 32 £ de location) a été fait aujourd'hui sur votre carte ; comptez 5 à 10 jours ouvrés selon votre banque.

Bien à vous,
Solène""")),

    C("b30-dumas-carte-cadeau-fr", "fr", "closed", {"unanswered-question": 1},
      "Hélène Dumas <helene.dumas@laposte-perso.example>", "owa", "Carte cadeau - erreur de prénom",
      "La question sur la plongée de nuit reçoit une réponse ; la demande de corriger le prénom sur la carte et de la renvoyer est oubliée.",
      cu("11-04 19:10", """Bonjour,

J'ai acheté hier sur votre site une carte cadeau « Plongée en bateau » pour mon frère, qui habite à Plymouth (commande n° 20418). Je me suis trompée dans son prénom : c'est Grégoire et non Grégory. Pourriez-vous corriger le nom sur la carte et me la renvoyer ?

Par ailleurs, je voudrais savoir si la carte est valable aussi pour une plongée de nuit, car il préfère ça.

Merci d'avance,
Hélène Dumas""", tz=1, kind="alt"),
      ag("solene", "11-05 09:30", """Bonjour Hélène,

Oui, la carte vaut pour n'importe quelle plongée encadrée, y compris de nuit : votre frère donnera simplement le code en réservant.

Belle journée,
Solène""")),

    C("b31-ruiz-focas-es", "es", "pending", {},
      "Lucía Ruiz <lucia.ruiz@correo-madrid.example>", "gmail_es", "Snorkel con focas en julio",
      "Tres preguntas (titulación, amigos que no nadan bien, precio) contestadas sin repetir las palabras; cierre con un agradecimiento.",
      cu("11-15 20:45", """Hola, buenas noches:

Somos seis amigos de Madrid y estamos pensando en ir a Cornualles en julio. Hemos visto que hacéis salidas de snorkel con focas. ¿Hace falta saber bucear? Dos del grupo no nadan muy bien... ¿es un problema? Y ¿cuánto cuesta por persona?

Mil gracias,
Lucía Ruiz""", tz=1),
      ag("alba", "11-16 10:30", """¡Hola, Lucía!

Qué buen plan. Para el snorkel no se necesita ninguna titulación: os damos neopreno de 7 mm, aletas, máscara y una boya, y el barco está siempre cerca. Quien no nade muy bien puede llevar un chaleco de flotación y quedarse a mi lado; eso sí, tiene que sentirse a gusto en el agua.

Son 45 £ por persona, unas dos horas y media en total.

Un abrazo,
Alba"""),
      cu("11-16 21:10", """¡Perfecto, muchísimas gracias, Alba! 😊""", tz=1, thanks=True)),

    C("b32-navarro-bono-es", "es", "closed", {"unanswered-question": 1},
      "Pablo Navarro <pablo.navarro@mailsur.example>", "iphone", "Bono regalo caducado",
      "La ampliación del bono caducado se concede; la petición de precio para una segunda persona queda sin respuesta. Cuerpo en base64.",
      cu("11-03 10:00", """Hola,

Mi pareja me regaló el año pasado un bono para un bautizo de buceo con vosotros, pero entre una cosa y otra se me pasó la fecha: caducó el 15 de octubre. ¿Hay alguna forma de ampliarlo? Iremos a Falmouth en marzo.

Además, me gustaría que viniera también mi hermana. Por favor, decidme cuánto costaría añadir una segunda persona.

Gracias,
Pablo Navarro

Enviado desde mi iPhone""", tz=1, cte="base64"),
      ag("alba", "11-03 12:40", """Hola, Pablo:

No te preocupes, pasa muchísimo. Te amplío el bono hasta el 30 de abril sin coste; el código sigue siendo el mismo (BW-5523).

Un saludo,
Alba""")),

    C("b33-molina-espera-es", "es", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Sergio Molina <sergio.molina@valencia-net.example>", "gmail_es", "Curso Open Water en español",
      "Solo el acuse automático; cinco días después '¿Hay alguna novedad? Sigo esperando'; la respuesta contesta ambas preguntas (primera respuesta lenta).",
      cu("11-12 18:00", """Buenas tardes:

Tengo reservado el curso Open Water del 5 al 7 de diciembre. Quería preguntaros si puedo hacer la parte teórica en español, y si el examen final también es en español.

Gracias,
Sergio Molina""", tz=1),
      ack("11-12 17:01"),
      cu("11-17 09:30", """Hola de nuevo:

¿Hay alguna novedad? Sigo esperando respuesta y el curso es dentro de tres semanas.

Sergio""", tz=1, chase=True, parent=1),
      ag("alba", "11-17 11:15", """Hola, Sergio:

Perdona la espera, la semana pasada estuve fuera. Sí a las dos cosas: ya te he cambiado el eLearning al español en tu cuenta, y el examen final también lo puedes hacer en español. Las sesiones de piscina y de mar las haré yo contigo.

Un saludo,
Alba""")),

    C("b34-schmitt-manschetten-de", "de", "closed", {"unanswered-question": 1},
      "Jana Schmitt <jana.schmitt@kuestenpost.example>", "thunderbird_de", "Manschetten Trockentauchanzug",
      "Foto der gerissenen Manschetten im Anhang; Preis, Termin und Versandadresse beantwortet, der Kostenvoranschlag für neue Füßlinge fehlt.",
      cu("11-05 19:00", """Hallo Bluewater-Team,

an meinem Trockentauchanzug (DUI, Größe L) sind beide Handgelenkmanschetten
eingerissen, Foto anbei. Ich bin ab dem 20. Dezember wieder in Falmouth. Können
Sie die Manschetten bis dahin tauschen, wenn ich den Anzug per Post schicke? Was
kostet das ungefähr?

Bitte schicken Sie mir auch einen Kostenvoranschlag für neue Füßlinge, die sind nämlich auch nicht mehr die jüngsten.

Danke und viele Grüße
Jana Schmitt""", tz=1, attach=[("image/png", "manschette.png", CUFF_PNG)]),
      ag("lukas", "11-06 10:00", """Hallo Frau Schmitt,

danke für das Foto - da ist wirklich nichts mehr zu retten. Zwei neue Latexmanschetten kosten 58 £ inklusive Einbau und Dichtheitstest, und das schaffen wir locker vor dem 20. Dezember. Schicken Sie den Anzug einfach an:

Bluewater Dive Centre, Workshop
The Slipway, Porthallow Quay
TR12 6PN, Großbritannien

Viele Grüße
Lukas Brenner""")),

    C("b35-hoffmann-verein-de", "de", "closed", {},
      "Thomas Hoffmann <tauchen@tsv-kassel.example>", "gmail_de", "Pfingsten 2027 - Vereinsfahrt",
      "Unterkunft mit Link beantwortet; Bootsplan 'melde mich morgen' zugesagt und am nächsten Tag geliefert (gehalten).",
      cu("11-09 20:15", """Hallo Lukas,

wir (Tauchsportverein Kassel, 8 Taucher) planen für Pfingsten 2027 eine Woche Cornwall. Hättet ihr vom 15. bis 22. Mai Platz auf dem Boot, zwei Ausfahrten täglich? Und könnt ihr uns eine günstige Unterkunft in der Nähe empfehlen?

Viele Grüße
Thomas Hoffmann
TSV Kassel, Abteilung Tauchen""", tz=1),
      ag("lukas", "11-10 09:30", """Hallo Thomas,

schön, von euch zu hören! Die meisten Gruppen wohnen im Helford Bunkhouse, zehn Minuten von uns, rund 30 £ pro Person und Nacht: https://helfordbunkhouse.example/gruppen?ref=bluewater

Den Bootsplan für Mai macht Jago - ich frage ihn heute und melde mich morgen bei dir.

Lukas""", promises=[("11-11", 3)]),
      ag("lukas", "11-11 12:00", """Hallo Thomas,

Jago sagt ja: Vom 15. bis 22. Mai ist das Boot für euch geblockt, zwei Ausfahrten am Tag, 58 £ pro Taucher und Tag. Mit 20 % Anzahlung bis Ende Januar ist es fest.

Viele Grüße
Lukas""", parent=2)),
]

CASES += [
    C("b36-okafor-asthma", "en", "pending", {},
      "Ngozi Okafor <ngozi.okafor@meadowbank.example>", "gmail", "Asthma and learning to dive",
      "HTML-only customer mail; 'is asthma going to stop me?' answered without a yes/no in its words, the form request answered with an attachment.",
      cu("11-17 21:05", """Hello,

I'd really like to book the Open Water course in April but I have mild asthma (I use a blue inhaler maybe once a month, usually when I've got a cold). Is that going to stop me diving? I'd rather know now before I get my heart set on it.

If I do need a doctor's letter, could you send me whatever form they'd need to fill in?

Thanks,
Ngozi Okafor""", kind="html"),
      ag("kerensa", "11-18 09:40", """Hi Ngozi,

Thanks for asking up front - it's exactly the right thing to do. Mild, well-controlled asthma doesn't automatically rule you out; plenty of our divers have it. It does mean you'll tick "yes" on the medical questionnaire, so a doctor has to look at it and sign you off before the pool sessions.

The questionnaire and the guidance notes for doctors are attached - your GP fills in page 3.

Kerensa""", attach=[("application/pdf", "diver-medical-questionnaire.pdf", MEDICAL_EN_PDF)])),

    C("b37-harvey-bubblemaker-party", "en", "closed", {"unanswered-question": 2},
      "Sophie Harvey <sophie.harvey@penrynmums.example>", "outlook", "Bubblemaker birthday party",
      "Four questions: age and group size answered with a price; whether parents can watch and whether a cake is allowed are skipped.",
      cu("11-06 12:40", """Hi,

My daughter Poppy turns 9 in January and she's mad about the sea. A friend said you do Bubblemaker parties in the pool. A few questions if that's OK:

Is 9 old enough? How many children can come - she wants to invite her whole class (about 12) but I'm guessing that's too many? Can parents watch from the side? And could we bring a birthday cake to have afterwards, or is food not allowed at the pool?

Thanks,
Sophie Harvey"""),
      ag("kerensa", "11-06 16:15", """Hi Sophie,

Happy early birthday to Poppy! Bubblemaker starts at 8, so she's just right. We take up to 8 children per session with two instructors, so for a class of 12 we'd run two back-to-back sessions of an hour each.

The party price is £240 per session including all the kit.

Kerensa""")),

    C("b38-lowry-efr-ahead", "en", "pending", {},
      "Dom Lowry <dom.lowry@tidewatch.example>", "thunderbird", "Rescue - EFR dates and card photo",
      "Photo question answered; EFR dates deferred with 'I'll confirm them by Tuesday 24th' - a deadline still ahead at audit time, so nothing is missed.",
      cu("11-18 10:20", """Hi Kerensa,

I've finished the Rescue eLearning. When are you running the next EFR (first
aid) day? I need it before I can do the in-water part. Also - the photo on my
Open Water card is awful. Can I send a new one for the Rescue card?

Cheers,
Dom Lowry"""),
      ag("kerensa", "11-19 08:50", """Hi Dom,

Well done on the eLearning! Just email a new photo (head and shoulders, plain background) and I'll use that for the card.

The EFR days for the new year depend on the instructor rota, which gets finalised this weekend - I'll confirm them by Tuesday 24th.

Kerensa""", promises=[("11-24", None)])),

    C("b39-sato-divemaster", "en", "closed", {"unanswered-question": 2, "missed-follow-up": 1},
      "Haruto Sato <haruto.sato@bristolmail.example>", "gmail", "Divemaster internship 2027",
      "Questions buried in one long paragraph: boat work and the other agency's card answered; cost and accommodation skipped; application form promised 'early next week' (Thursday) and never sent.",
      cu("11-05 08:10", """Dear Bluewater team,

I'm writing from Bristol, where I've been diving for about four years (Rescue Diver, 86 logged dives, mostly UK). I'd like to take a career break next year and do the Divemaster course properly rather than as a weekend thing, and your centre keeps coming up when I ask around. I saw on your website that you offer an internship from April to September. How much does the internship cost? Is accommodation included, or would I need to find my own place? I was also wondering whether interns get to help on the boat as well as in the pool, because the boat side is what I really want to learn. I should mention that my Rescue card is from a different agency - does that matter? Please send me the application form when you get a chance.

Many thanks,
Haruto Sato"""),
      ag("kerensa", "11-05 14:30", """Hi Haruto,

Thanks for thinking of us! Your Rescue card from the other agency is fine - we just check it and your log book on day one.

Interns spend most of the season on the boat: by July you'd be leading dives from it with a skipper alongside. I'll send you the application form early next week.

Kerensa""", promises=[("11-10", None)])),

    C("b40-fenwick-vat-receipt", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Claire Fenwick <claire.fenwick@truro-legal.example>", "android", "VAT receipt - Nitrox course",
      "A receipt request unanswered for three days is resent as a new mail with the same subject (chase); the reply to the resend attaches the receipt (slow first response).",
      cu("11-09 13:10", """Hello,

Please could you send me a VAT receipt for my Nitrox course on 31 October (£165, paid by card)? My employer reimburses training costs but only with a proper receipt showing your VAT number.

Thanks,
Claire Fenwick

Get Outlook for Android"""),
      cu("11-12 08:20", """Resending in case this went astray:

Please could you send me a VAT receipt for my Nitrox course on 31 October (£165, paid by card)? My employer reimburses training costs but only with a proper receipt showing your VAT number.

Thanks,
Claire Fenwick

Get Outlook for Android""", parent=0, chase=True),
      ag("priya", "11-12 10:45", """Dear Claire,

Sorry for the slow reply. The receipt is attached - the VAT number is at the bottom.

Kind regards,
Priya""", attach=[("application/pdf", "VAT-receipt-R-2610-311.pdf", VAT_RECEIPT_PDF)])),

    C("b41-ellis-night-dive-inline", "en", "pending", {},
      "Marcus Ellis <marcus.ellis@coastguard-volunteers.example>", "apple", "Night dives",
      "Four list questions answered inline: 'Shore - Porthkerris, meet at 5', '£8', '£30.' and a reasoned no.",
      cu("11-14 17:30", """Hi Jago,

Saw the post about the night dives starting again. Questions:

Is the one on the 27th from the shore or the boat?
Do I need my own torch, or can I hire one?
How much?
Can my girlfriend come along just to snorkel on the surface? (she's not qualified)

Marcus"""),
      ag("jago", "11-15 09:00", """Hi Marcus,

> Is the one on the 27th from the shore or the boat?

Shore - Porthkerris, meet at 5.

> Do I need my own torch, or can I hire one?

Hire's fine, £8 with a backup light.

> How much?

£30.

> Can my girlfriend come along just to snorkel on the surface? (she's not qualified)

Not at night I'm afraid - it's not safe on the surface in the dark with boats about. She's welcome to wait in the café with the other non-divers, though.

Jago""", quote=False),
      cu("11-15 10:12", """Cheers Jago, put me down for it.

Marcus"""),
      ag("jago", "11-15 11:05", """Done - you're on the list for the 27th. Pay on the night.

Jago""")),
]

CASES += [
    C("b42-ellery-date-change-ooo", "en", "pending", {},
      "Martin Ellery <martin.ellery@ellery-marine.example>", "outlook", "Change of boat dive date",
      "Date change and fee answered ('No fee ...', 'You're on the 6th now'); the customer's Outlook sends an automatic out-of-office reply to the answer.",
      cu("11-16 11:00", """Hello,

Could you move my boat dive on Sunday 22nd to Sunday 6 December? I've been called in to work. Is there a fee for changing?

Regards,
Martin Ellery
Ellery Marine Surveys Ltd"""),
      ag("jago", "11-16 14:20", """Hi Martin,

No fee when you give us more than 48 hours. You're on the 6th now - same time, 8.30 on the slip.

Jago"""),
      auto("11-16 14:21", """Thank you for your email. I am out of the office until Monday 23 November with limited access to email.

For urgent survey matters please contact ops@ellery-marine.example or call 01872 555 301.

Martin Ellery""", subject="Automatic reply: RE: Change of boat dive date", quote=False)),

    C("b43-treloar-mohegan-nitrox", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Sam Treloar <samtreloar@porthleven-post.example>", "gmail", "Today's Manacles trip",
      "Cancelled wreck trip: rebooking deferred with 'I'll email you tomorrow with the new date options' (never); the prepaid nitrox fill question is ignored.",
      cu("11-07 07:20", """Morning,

Just got the message that today's Manacles trip is off. Gutted but I understand. Could you move me onto the next trip out to the Mohegan? I'd also prepaid £14 for a nitrox fill for today - can I have that back or keep it for next time?

Thanks
Sam Treloar"""),
      ag("jago", "11-07 09:15", """Hi Sam,

Sorry - the swell's just too big out there today. The next Mohegan trip depends on the forecast; there might be a window midweek. I'll email you tomorrow with the new date options.

Jago""", promises=[("11-08", None)])),

    C("b44-rahman-forwarded-booking", "en", "closed", {},
      "Anita Rahman <anita.rahman@quaymail.example>", "owa", "FW: Booking confirmed: Scuba Review - 14 Nov 2026",
      "Forwarded booking confirmation whose own 'What do I need to bring?' and 'Questions?' lines are not the customer's; her switch-and-price question answered in one sentence each.",
      cu("11-10 09:00", """Hi,

See below - this is my confirmation for the Scuba Review on 14 November. I've just noticed it says 'pool', but I was hoping to do it in the sea, as it's three years since I last dived outdoors. Can I switch to the sea version, and is there a price difference?

Best,
Anita Rahman

________________________________
From: Bluewater Dive Centre <bookings@bluewaterdive.example>
Sent: Sunday, November 1, 2026 6:12 PM
To: Anita Rahman <anita.rahman@quaymail.example>
Subject: Booking confirmed: Scuba Review - 14 Nov 2026

Hi Anita,

Thanks for booking with Bluewater Dive Centre!

Course: Scuba Review (pool)
Date: Saturday 14 November 2026, 9:30am
Location: Penryn Leisure Centre pool
Paid: £75

What do I need to bring? Swimwear, a towel and your certification card.
Questions? Reply to this email or call 01326 555 214.
Manage your booking: https://bluewaterdive.example/booking?ref=SR-1411-07&action=manage"""),
      ag("kerensa", "11-10 11:30", """Hi Anita,

Of course - I've moved you to the sea Scuba Review at Porthkerris on the same day, starting at 10.

It's £20 more (£95 in total), and you can settle the difference on the day.

Kerensa"""),
      cu("11-10 12:01", """Lovely, thank you!

Anita""", thanks=True)),

    C("b45-harbourside-invoice", "en", "closed", {"unanswered-question": 2, "missed-follow-up": 1},
      "Denise Kitto <ap@harbourside-lettings.example>", "outlook", "Invoice BW-4398 - changes needed",
      "Numbered requests from an accounts department: BACS answered, reissue to the company promised 'tomorrow' and sent a day late (missed); the PO number and the no-show question are never dealt with. The late mail's References lack the thread root.",
      cu("11-04 10:00", """Dear Sir/Madam,

Re: invoice BW-4398 (Harbourside Lettings team day, 16 October)

Our accounts team needs the following before we can process payment:

1. The invoice must be addressed to Harbourside Lettings Ltd, not to Mr Kitto personally.
2. Please add our purchase order number HL-PO-2291.
3. We were charged for 12 people but only 10 attended. Could you confirm whether the two no-shows are chargeable under your terms?

Could you also let us know whether you accept payment by BACS?

Kind regards,
Denise Kitto
Accounts Payable, Harbourside Lettings Ltd
Harbourside Lettings Ltd is registered in England and Wales, no. 07712340. This email is confidential."""),
      ag("priya", "11-04 14:45", """Dear Denise,

Thank you. BACS is absolutely fine - our bank details are at the bottom of the invoice.

I'll reissue the invoice to Harbourside Lettings Ltd tomorrow.

Kind regards,
Priya""", promises=[("11-05", 3)]),
      ag("priya", "11-06 10:00", """Dear Denise,

Please find the reissued invoice attached, now made out to Harbourside Lettings Ltd.

Kind regards,
Priya""", parent=2, refs=[2], attach=[("application/pdf", "BW-4398-reissued.pdf", INVOICE_PDF)])),

    C("b46-quick-seal-snorkel", "en", "closed", {},
      "Fiona Quick <fiona.quick@moorlandmail.example>", "iphone", "Seal snorkelling in February?",
      "Base64-encoded iPhone mail with an emoji: 'summer only' answers the winter question, the teenagers' ages are answered for the summer, plus an alternative with a link.",
      cu("11-08 14:00", """Hi there! Do you run the seal snorkelling trips in winter, or is it a summer only thing? We're down for February half term with two teenagers (14 and 16) - would they be OK on it? Thanks! Fiona 🦭

Sent from my iPhone""", cte="base64"),
      ag("jago", "11-09 10:20", """Hi Fiona,

Summer only, I'm afraid - May to September, when the water's warm enough to stay in for an hour and the seals are hauled out on the rocks. 14 and 16 are fine for it then, with a parent on the trip.

In February half term we run a pool Discover Scuba that teenagers love, if that's any use: https://bluewaterdive.example/courses/discover?age=12plus

Jago""")),

    C("b47-jory-resolved-tag", "en", "closed", {},
      "Elin Jory <elin.jory@stives-arts.example>", "thunderbird", "Suunto D5 battery warning",
      "Both questions answered in the explanation; the agent closes with a [Resolved] subject tag and 'I'll close this ticket now'; the customer's later thanks-only mail does not reopen it.",
      cu("11-09 16:00", """Hi,

The battery warning has come on on my Suunto D5. Can you change the battery
while I wait, or does it have to go away? And roughly what does it cost?

Elin Jory"""),
      ag("nell", "11-10 09:10", """Hi Elin,

The D5 is rechargeable, so there's no battery to swap as such - the warning just means it wants a charge. Give it a full charge on its USB clip first. If it won't hold a charge any more, the battery replacement goes back to Suunto: about £90 and two to three weeks.

I'll close this ticket now - just reply if it doesn't take a charge.

Nell""", subject="[Resolved] Re: Suunto D5 battery warning", closes=True),
      cu("11-10 19:30", """Charged fine overnight - thanks Nell, I feel a bit daft!

Elin""", subject="Re: [Resolved] Re: Suunto D5 battery warning", thanks=True)),

    C("b48-tonkin-drysuit-chased", "en", "open", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Will Tonkin <will.tonkin@farnes-trip.example>", "gmail", "Drysuit seals and boot",
      "Repair timing answered; new braces skipped; 'I'll email you on Monday once it arrives' never kept; two chasers ('any update?', 'Still waiting') without reply.",
      cu("11-06 11:20", """Hi Nell,

Dropping the drysuit in on Saturday as discussed - both wrist seals have perished and the left boot has a pinhole. How long will it all take? I'm off to the Farnes on 5 December so I need it back by then. And can you put new braces on while it's in? The old ones have lost all their stretch.

Ta,
Will Tonkin"""),
      ag("nell", "11-07 10:30", """Hi Will,

Got it, thanks. Wrist seals and a boot patch are quick jobs - easily done before the 5th. The seals are on order from the supplier, and I'll email you on Monday once they arrive to confirm when you can collect.

Nell""", promises=[("11-09", None)]),
      cu("11-17 08:40", """Hi Nell, any update on the suit? Haven't heard anything since the 7th.

Will""", chase=True),
      cu("11-19 12:15", """Still waiting to hear about my drysuit - can someone let me know whether it'll be ready for the 5th please?

Will""", chase=True, parent=3)),

    C("b49-whitlock-club-week", "en", "pending", {"unanswered-question": 2, "missed-follow-up": 1},
      "Gareth Whitlock <expeditions@chilterndivers.example>", "owa", "Chiltern Divers - week in May 2027",
      "Five requests in one long paragraph: price and parking answered, holding the week promised 'by end of day' and confirmed next morning (late); Trimix and fill prices skipped.",
      cu("11-16 08:30", """Hi Jago,

Following our chat at the Dive Show, I'm putting together a week for our club from 22 to 28 May and I'd like to base most of it around your boat. We're 10 divers, mostly Sports Divers and a couple of Dive Leaders, and we'd want two boat dives a day for five days, wrecks if at all possible. Could you let me know what the daily boat price would be for that, and whether you'd hold the dates for us on a deposit? Two of the group are keen on doing their Trimix intro during the week - is that something one of your instructors can run? We'll be staying in Helford and driving over each morning, so I was also wondering whether there's secure parking for a trailer at the slip. The group will need cylinders filled every evening as well; please let me know what you charge for air and 32% fills.

Cheers,
Gareth Whitlock
Expeditions Officer, Chiltern Divers
New members always welcome - fancy a trip? https://chilterndivers.example/join?src=email"""),
      ag("jago", "11-16 12:00", """Hi Gareth,

Good to hear from you. Late May's a good shout for the wrecks. It's £58 per diver per day for two boat dives, and for a full week I'll knock 10% off.

I'll check the diary and confirm by end of day whether I can hold the whole week for you.

Jago""", promises=[("11-16", 3)]),
      ag("jago", "11-17 09:10", """Morning Gareth,

Sorry - got caught up on the slip yesterday. The week's yours: 22-28 May pencilled in, and a £300 deposit holds it. The slip car park takes trailers, £6 a day - no barrier, but it's covered by CCTV.

Jago""", parent=2)),

    C("b50-tamblyn-voucher-balance", "en", "pending", {},
      "Ruth Tamblyn <ruth.tamblyn@goldsithney.example>", "gmail", "Voucher balance",
      "Balance and online use answered with a figure and a pointer to the checkout box.",
      cu("11-18 13:05", """Hi,

Can you tell me how much is left on voucher BW-6620? And can I use it online or only in the shop?

Thanks,
Ruth"""),
      ag("priya", "11-18 15:30", """Dear Ruth,

£46.50. It works online too - type the code into the "Voucher or gift card" box at checkout.

Kind regards,
Priya""")),
]

UNANSWERED: dict[str, list[str]] = {
    "b03-ashworth-weather-credit": [
        "I'm away for most of December, so could my place be transferred to my friend Ellie Marsh instead?"],
    "b08-lefevre-medical-fr": [
        "Par ailleurs, notre trésorier aurait besoin d'une facture au nom de l'association (Club Subaquatique de Lannion, 4 quai d'Aiguillon, 22300 Lannion) pour le remboursement."],
    "b12-quiller-refund-medical": [
        "Could you also email me the medical questionnaire I filled in when I booked?",
        "And could you let me know whether the eLearning I've already started will still be valid in the spring?"],
    "b16-fusac-three-agents": [
        "We'd want to fill cylinders at the centre too, so please quote air and nitrox fills for 20 cylinders."],
    "b20-rowe-advanced-winter": [
        "Do you offer any discount for returning students?",
        "Also, please send me your winter timetable - the website still shows the summer one."],
    "b23-whitford-hen-do": [
        "can we bring a bottle of fizz for afterwards?"],
    "b25-mullion-scouts": [
        "Also, do the young people need to be able to swim a certain distance?"],
    "b26-carne-peregrine": [
        "I've also got an old Suunto Zoop I don't use any more; do you take trade-ins?"],
    "b30-dumas-carte-cadeau-fr": [
        "Pourriez-vous corriger le nom sur la carte et me la renvoyer ?"],
    "b32-navarro-bono-es": [
        "Por favor, decidme cuánto costaría añadir una segunda persona."],
    "b34-schmitt-manschetten-de": [
        "Bitte schicken Sie mir auch einen Kostenvoranschlag für neue Füßlinge, die sind nämlich auch nicht mehr die jüngsten."],
    "b37-harvey-bubblemaker-party": [
        "Can parents watch from the side?",
        "And could we bring a birthday cake to have afterwards, or is food not allowed at the pool?"],
    "b39-sato-divemaster": [
        "How much does the internship cost?",
        "Is accommodation included, or would I need to find my own place?"],
    "b43-treloar-mohegan-nitrox": [
        "I'd also prepaid £14 for a nitrox fill for today - can I have that back or keep it for next time?"],
    "b45-harbourside-invoice": [
        "Please add our purchase order number HL-PO-2291.",
        "Could you confirm whether the two no-shows are chargeable under your terms?"],
    "b48-tonkin-drysuit-chased": [
        "And can you put new braces on while it's in?"],
    "b49-whitlock-club-week": [
        "Two of the group are keen on doing their Trimix intro during the week - is that something one of your instructors can run?",
        "The group will need cylinders filled every evening as well; please let me know what you charge for air and 32% fills."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"BW-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts."""
    msgs: list[Msg] = []
    last_human: str | None = None
    for i, spec in enumerate(case.specs, 1):
        o = dict(spec.opts)
        key = f"{case.name}.{i}"
        parent_no = o.pop("parent", None)
        parent = f"{case.name}.{parent_no}" if parent_no else (None if parent_no == 0 else last_human)
        refs = o.pop("refs", None)
        extra = list(o.pop("extra", []))
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", "")}
        if spec.role == "agent":
            who = o.pop("who")
            frm, client, sig = AGENTS[who]
            client = o.pop("client", client)
            date = at(spec.when)
            if o.pop("sig", True):
                body = body.rstrip("\n") + "\n\n" + sig
            promises = [(date + FOLLOW_UP_WINDOW if day == "window" else end_of(day),
                         f"{case.name}.{kept}" if kept else None)
                        for day, kept in o.pop("promises", [])]
            m = Msg(**common, client=client, frm=frm, to=case.customer, date=date, agent=who,
                    promises=promises, closes=o.pop("closes", False))
        elif spec.role == "ack":
            date = at(spec.when)
            ref = ticket_ref(f"{case.name}.{i - 1}")
            body = body.format(ref=ref)
            extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=DESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", DESK),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]  # exactly these: a References gap
        if not m.subject:
            prefix = REPLY_PREFIX.get(m.client, "Re: ")
            m.subject = o.pop("subject", prefix + case.subject if parent else case.subject)
        if parent and o.pop("quote", True) and "{quote}" not in body:
            body = body.rstrip("\n") + "\n\n{quote}"
        o.pop("quote", None)
        if o:
            raise ValueError(f"{key}: unknown options {sorted(o)}")
        m.body = body
        m.extra = extra
        if spec.role in ("customer", "agent"):
            last_human = key
        msgs.append(m)
    return msgs


def build_cases() -> list[Case]:
    """Every case with its messages rendered (Message-IDs, raw bytes, own text) and the
    unanswered-question facts attached to the customer message that asks each question."""
    for case in CASES:
        case.msgs = materialise(case)
    mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)
    for case in CASES:
        for m in case.msgs:
            m.uq = []
        for q in case.uq:
            asking = next((m for m in case.msgs if m.role == "customer" and q in m.own), None)
            if asking is not None:
                asking.uq.append(q)
    return CASES


def problems(cases: list[Case]) -> list[str]:
    """Where the hand-written labels disagree with the messages' facts and dates."""
    out = []
    names = [c.name for c in cases]
    if len(set(names)) != len(names):
        out.append("duplicate case names")
    for c in cases:
        dates = [m.date for m in c.msgs]
        if dates != sorted(dates):
            out.append(f"{c.name}: messages are not listed in date order")
        status = mailcraft.contract_status(c.msgs, CONTRACT)
        if status != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(c.msgs, CONTRACT)
        if rules != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {rules}")
        for q in c.uq:
            if not any(q in m.own for m in c.msgs if m.role == "customer"):
                out.append(f"{c.name}: labelled question {q!r} is in no customer message")
        for m in c.msgs:
            if m.role == "customer" and m.uq:
                later = [r for r in c.msgs if r.role == "agent" and r.date > m.date]
                if not later:
                    out.append(f"{m.key}: a labelled unanswered question has no support reply after it")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 30: Bluewater Dive Centre - cases",
                                 "make_practice30_corpus.py", rows)


README = """# Practice corpus 30: Bluewater Dive Centre support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen. This file is generated by `scripts/make_practice30_corpus.py`.

- Company: **Bluewater Dive Centre**, a scuba diving school and shop on the Cornish coast
  (The Slipway, Porthallow Quay): PADI-style courses from Bubblemaker to Divemaster, boat
  dive bookings and weather cancellations, equipment hire and sales, regulator, BCD and
  cylinder servicing, drysuit repairs, group, club and corporate bookings, medical forms,
  gift vouchers, refunds and invoices. Support address `dive@bluewaterdive.example`; agents
  Kerensa Polglase (courses and bookings), Jago Tremayne (boat operations, skipper), Nell
  Rowse (workshop and hire), Priya Sandhu (accounts, vouchers, group bookings), Lukas Brenner
  (German-speaking customers), Solène Garnier (French-speaking customers) and Alba Ferrer
  (Spanish-speaking customers), all `@bluewaterdive.example`. A helpdesk robot
  (`dive@bluewaterdive.example`, `Auto-Submitted: auto-replied`) acknowledges some mail with
  "a member of the team will reply within one working day" - service-hours text, not a
  commitment.
- Customers are beginners, parents, club diving officers, scout leaders, company
  organisers and accounts departments, and visiting divers from Germany, France and Spain,
  all on invented `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain bluewaterdive.example`.

```
python scripts/make_practice30_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice30_corpus.py --out /tmp/p30         # ... into another folder
python scripts/evaluate.py --corpus tests/practice30            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice30_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. Do not edit generated files; edit the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, which labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

{cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and
{autos} customer out-of-office reply), {replies} support replies, {acks} helpdesk
acknowledgements. {clean} clean cases ({clean_pct} %). Languages: {languages}.
Statuses: {statuses}.

Expected findings: {findings}. Labelled unanswered questions: {uq} in {uq_cases} cases.

## What the corpus contains by design

- **Several questions per mail** in varied forms: direct questions, indirect ones ("I was
  wondering whether...", "Could you let me know...", "je voudrais savoir si...", "Quería
  preguntaros si...", "würde mich interessieren, ob..."), requests without a question mark
  ("Please send me your winter timetable", "Please add our purchase order number",
  "Bitte schicken Sie mir auch einen Kostenvoranschlag...", "Por favor, decidme cuánto
  costaría..."), bullet and numbered lists (b02, b20, b41, b45), questions buried in one long
  paragraph (b39, b49).
- **Answers in the agent's own words**: out of order and two in one sentence (b01, b20, b28),
  with only a figure or date ("£30.", "£46.50.", "Yes - £12 for a 32% fill"), only a link
  (b13 photos, b05 voucher shop), an attachment (b08 form, b36 questionnaire, b25 consent
  form, b40 receipt, b06 quote), inline under quoted questions (b02, b41), by a colleague
  (b11, b16), after a chase (b27, b29, b33, b40), and a deferral kept the next day (b04,
  b35).
- **Unanswered questions** of the realistic kind: the secondary question skipped after the
  main one is dealt with (b03, b08, b23, b26, b30, b32, b34, b43, b48), half of a list
  skipped (b20, b37, b45, b49), a refund handled but the request for a document ignored even
  after the customer writes again (b12), a club booking shared by three agents where nobody
  quotes the cylinder fills (b16), a long paragraph answered selectively (b39, b49).
- **Not questions** (must not be flagged): a rhetorical question ("Who knew November
  visibility off Falmouth could be ten metres?") and a question the customer answers herself
  ("Where do I find my dive number ...? Oh hang on, it's printed on the receipt - ignore
  me.") in b13; "bon dimanche !" (b28); questions in a forwarded booking confirmation ("What
  do I need to bring?", "Questions? Reply to this email...", b44); signatures with "?" and
  `?` URLs (agents' "Fancy a winter refresher?", "Une question sur nos sorties ?", customers'
  "Need a website that actually works?" and "fancy a trip?"); thanks-only mails (b01, b02,
  b04, b06, b09, b22, b25, b31, b44, b47); questions in the customer's latest mail with no
  reply after it are `awaiting-reply` territory, never `unanswered-question` (b10, b19, b23,
  b48).
- **Commitments**: kept on time (b04 "I'll let you know tomorrow", b11 "she'll confirm by the
  end of today" kept by a colleague, b16 "he'll ... email you tomorrow" kept by the skipper,
  b35 "ich melde mich morgen bei dir"); kept late = missed (b06 "by Friday" -> Tuesday, b09
  "te escribo el lunes" -> Wednesday, b27 "bis Freitag" -> Tuesday, b29 "d'ici jeudi" ->
  Monday, b45 "tomorrow" -> a day late, b49 "by end of day" -> next morning); never kept
  (b14 "get back to you tomorrow", b23 "by Wednesday", b25 no deadline = 2-day window, b39
  "early next week" said on a Thursday, b43 "I'll email you tomorrow", b48 "I'll email you on
  Monday"); a deadline still ahead at audit time (b38, Tuesday 24 November). Not
  commitments: logistics ("Scubapro's technician comes in on Tuesdays", b24; "Sobald die
  Zahlung eingegangen ist, geht der Regler raus", b27), a bank's timing ("it should be with
  you by Tuesday at the latest", b12; "comptez 5 à 10 jours ouvrés", b29), a conditional
  offer ("If it isn't, please ring me ... and I'll chase it", b12; "Wenn das für Sie passt,
  schicke ich Ihnen einen Zahlungslink", b27), the acknowledgement's service-hours text
  (b17, b18, b19, b33).
- **Chasing** in varied wording and languages: "Just following up on the quote", "any news
  on this?" (a reply to his own mail, b10), "I'm afraid the £450 still hasn't reached my
  account", "just checking in", "gibt es schon etwas Neues ...?", "Je me permets de vous
  relancer", "¿Hay alguna novedad? Sigo esperando", "any update on the suit?" followed by
  "Still waiting to hear" (b48, two findings), and a resend of an unanswered request as a new
  mail with the same subject (b40).
- **Status and timing**: fresh mail inside the response target with only the
  acknowledgement (b18), awaiting reply (b10, b19, b23, b48), slow first responses (Friday
  evening answered Sunday, b17; chased cases b33, b40), an explicit close ("I'll mark this as
  resolved") followed by a new problem (b15, reopened), a `[Resolved]` subject tag followed by
  a thanks-only mail (b47, not reopened), three agents on one case (b16).
- **Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web,
  Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
  Apple Mail (en/fr), iPhone, Thunderbird (en/de), Outlook Express; top-posted and inline
  replies; plain 7bit, quoted-printable, base64 (b32, b46), multipart/alternative (b05, b30,
  acknowledgements) and HTML-only (b36); PDF and PNG attachments; a customer's Outlook
  out-of-office reply (b42); a follow-up that lost In-Reply-To/References (b21); References
  gaps (b27 middle messages missing, b45 root missing); a resend without threading headers (b40); a forwarded confirmation (b44);
  emoji, accents and a German address block.

## Judgement calls

- **Deferral is not an unanswered question** (b04, b09, b11, b14, b16, b25, b27, b29, b35,
  b38, b39, b43, b45, b48, b49): a question answered with a promise to come back counts only
  through `missed-follow-up` when the promise is broken.
- **b12**: the refund is granted (the "refund or move me" request is answered); the request
  for a copy of the medical questionnaire and the eLearning-validity question are not touched
  in either of Priya's mails - two unanswered questions. "It should be with you by Tuesday at
  the latest" describes the bank, it is not a promise to write back.
- **b16**: Kerensa's "he'll check the diary for the 5th and email you tomorrow" is kept by
  Jago the next morning (kept by a colleague); Priya's reply gives the student discount but no
  fill prices - one unanswered request.
- **b22**: "They're behind the counter with your name on - no rush" answers both "Any chance
  someone found them?" and "could you hang on to them till Saturday?".
- **b25**: "Could you tell me which dates you have that week?" is deferred ("I'll check the
  pool availability for half term with Kerensa and get back to you", no deadline, never
  kept): one missed follow-up; the swimming-distance question is separately unanswered.
- **b36**: "Is that going to stop me diving?" is answered by "doesn't automatically rule you
  out" with the conditions - answered.
- **b45**: the reissued invoice delivers the change of addressee a day late (missed); the PO
  number (request 2) is not on it according to the mail, and the no-show question (3) is never
  addressed - two unanswered.
- **b46**: "would they be OK on it?" is answered for the summer trips the agent says are the
  only ones ("14 and 16 are fine for it then") - answered.
- **b47**: the customer's "Charged fine overnight - thanks Nell" after the `[Resolved]` close
  asks nothing: thanks-only, no reopen.
- **b49**: holding the week is deferred to "by end of day" and confirmed the next morning
  (late = missed); the price and trailer parking are answered; Trimix and fill prices are not.
- **Chase counting**: one `customer-chased` per chasing message (b48 has two).

## Independence

Written from the brief, /work/shared/report-contract.md (rule definitions), tests/eval/README.md
(format and conventions), scripts/mailcraft.py, and scripts/make_practice24_corpus.py with
tests/test_practice24_corpus.py as a format example (structure only; stories and wording are
new). Not opened: anything under `happyaudit/`, the README's sections on method, accuracy and
weak points, other tests and corpora. All labels were fixed before the single evaluation run
and none was changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the corpus statistics filled in."""
    msgs = [m for c in cases for m in c.msgs]
    langs = Counter(c.lang for c in cases)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    clean = sum(1 for c in cases if not c.rules)
    return README.format(
        cases=len(cases), messages=len(msgs),
        inbox=sum(1 for m in msgs if m.role in ("customer", "auto")),
        customer=sum(1 for m in msgs if m.role == "customer"),
        autos=sum(1 for m in msgs if m.role == "auto"),
        replies=sum(1 for m in msgs if m.role == "agent"),
        acks=sum(1 for m in msgs if m.role == "ack"),
        clean=clean, clean_pct=round(100 * clean / len(cases)),
        languages=", ".join(f"{names[k]} {n}" for k, n in langs.most_common()),
        statuses=", ".join(f"{n} {k}" for k, n in statuses.most_common()),
        findings=", ".join(f"{r} {found[r]}" for r in RULES if found[r]),
        uq=sum(len(c.uq) for c in cases), uq_cases=sum(1 for c in cases if c.uq))


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.bluewaterdive.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent}
    for m in (m for c in cases for m in c.msgs):
        parsed, in_mbox = by_id[m.message_id]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit(f"refusing to write tests/{NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice30 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
