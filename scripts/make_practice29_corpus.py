#!/usr/bin/env python3
"""Regenerate ``tests/practice29/``: a labelled corpus of Moorgate Pianos, Bristol.

The support mailbox of a fictional piano shop and workshop in Bristol: new and used piano
sales, rentals with rent-to-buy, tuning visits, repairs and restoration, removals (pianos up
and down stairs, across town and abroad), digital pianos, referrals to teachers, warranty
claims and finance. Written without looking at the detection heuristics, with many customer
questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``moorgatepianos.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions
it asks). The script recomputes status and every rule count from those facts and the dates,
and refuses to write when they disagree with the hand-written case labels, or when a labelled
question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice29_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
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
SUPPORT_DOMAIN = "moorgatepianos.example"
HELP = "Moorgate Pianos <help@moorgatepianos.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "eleanor": ("Eleanor Hartley <eleanor@moorgatepianos.example>", "gmail", """-- 
Eleanor Hartley
Sales, Rentals & Finance | Moorgate Pianos
14 Moorgate Street, Bristol BS1 | 0117 496 0712
Browse our used pianos: https://moorgatepianos.example/used?sort=newest&src=sig"""),
    "tom": ("Tom Ashby <tom@moorgatepianos.example>", "outlook", """Tom Ashby
Workshop Manager | Moorgate Pianos
Repairs, regulation and restoration since 1987

This email and any attachments are confidential and may be privileged. If you are not the
intended recipient, please tell the sender and delete it."""),
    "priya": ("Priya Nair <priya@moorgatepianos.example>", "apple", """Priya Nair
Tuning & Home Visits | Moorgate Pianos
Need a tuning? Book a slot online: https://moorgatepianos.example/tuning?src=email"""),
    "gareth": ("Gareth Pryce <gareth@moorgatepianos.example>", "thunderbird", """-- 
Gareth Pryce
Removals & Deliveries | Moorgate Pianos
Two-person crews, stair-climbers, fully insured. 0117 496 0715"""),
    "lukas": ("Lukas Brenner <lukas@moorgatepianos.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenberatung auf Deutsch | Moorgate Pianos, Bristol
https://moorgatepianos.example/de?ref=signatur"""),
    "camille": ("Camille Roussel <camille@moorgatepianos.example>", "apple_fr", """Camille Roussel
Conseil clientèle en français | Moorgate Pianos, Bristol
https://moorgatepianos.example/fr?utm_source=email&utm_medium=signature"""),
    "lucia": ("Lucía Ortega <lucia@moorgatepianos.example>", "gmail_es", """--
Lucía Ortega
Atención al cliente en español | Moorgate Pianos, Bristol
+44 117 496 0719"""),
}

ACK = """Hello,

Thanks for contacting Moorgate Pianos. This is an automatic reply to let you know
we have your message (reference {ref}). The shop and workshop are open Tuesday to
Saturday, 9:30am-5:30pm, and we will reply within 24 hours.

For a piano emergency during a move or a concert, please ring 0117 496 0712.

Moorgate Pianos
https://moorgatepianos.example/help?ref={ref}"""

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
    "helpdesk": ["X-Mailer: Moorgate Desk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="mp.", outlook_server="AM6PR0")
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
    """A reply by support agent ``who`` at ``when`` (Bristol time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Bristol: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

RESTORATION_PDF = mailcraft.pdf(["Moorgate Pianos - Quotation Q-1126-031",
                                 "Bechstein model A (1912), full restoration",
                                 "New hammers, dampers, strings; action rebuilt",
                                 "Option: keep original ivory keytops, less GBP 640",
                                 "Total GBP 11,800 incl. VAT - about 14 weeks"])
SCHOOL_CONTRACT_PDF = mailcraft.pdf(["Moorgate Pianos - Annual care contract",
                                     "St Werburgh's School: 6 uprights, 1 grand",
                                     "Two tunings a year per instrument",
                                     "GBP 1,050 a year incl. 10% school discount"])
TUNING_INVOICE_PDF = mailcraft.pdf(["Moorgate Pianos - Invoice MP-T-7734",
                                    "Tenby & Partners LLP, 9 Queen Square, Bristol BS1 4JQ",
                                    "Tuning, 2 November 2026: GBP 85.00"])
K300_PDF = mailcraft.pdf(["Kawai K-300 - specification", "Height 122 cm, width 149 cm, depth 61 cm",
                          "Weight 227 kg. Finishes: ebony, white, walnut"])
U1_PDF = mailcraft.pdf(["Yamaha U1 - specification", "Height 121 cm, width 153 cm, depth 61 cm",
                        "Weight 228 kg. Finishes: ebony, white, walnut"])
IBACH_PDF = mailcraft.pdf(["Moorgate Pianos - Kostenvoranschlag KV-1126-08",
                           "Ibach-Fluegel (1928): Resonanzboden ausspaenen, Rippen nachleimen",
                           "Lackierung Resonanzboden, Neuintonation Bass",
                           "Gesamt GBP 3.800 - ca. 8 Wochen Werkstatt"])
SEILER_PNG = mailcraft.png(14, 10, lambda x, y: (92 + 4 * x, 58 + 3 * y, 40))
KEY_PNG = mailcraft.png(16, 6, lambda x, y: (250, 250, 245) if (x + y) % 4 else (20, 20, 20))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("m01-clifton-walnut-u1", "en", "closed", {},
      "Harriet Quayle <harriet.quayle@quaylefamily.example>", "gmail", "Walnut Yamaha U1 in the window",
      "Three questions about a used upright (tuning included? Clifton stairs and price? warranty) answered in one paragraph, out of order and in other words; thanks-only reply.",
      cu("11-02 19:40", """Hi there,

We came in on Saturday and my daughter fell in love with the walnut Yamaha U1 by the window (I think the ticket said £3,450). A few questions before we commit:

Does the price include a tuning once it's settled in at home?
We're on the second floor of a Georgian house in Clifton with a fairly narrow turn on the stairs - can your team manage that, and what would delivery cost?
And how long is the warranty on a used instrument?

Thanks very much,
Harriet"""),
      ag("eleanor", "11-03 09:25", """Hi Harriet,

Lovely to hear from you - it's a very nice U1 (1989, restrung by Tom in 2022). It comes with five years' parts-and-labour cover, and the first tuning at home is on us, about four weeks after delivery once it has acclimatised. Gareth's crew do Clifton stairs most weeks; two floors with a tight turn is £185, stair-climber included.

If you'd like to go ahead, a £300 deposit holds it for 14 days.

Best wishes,
Eleanor"""),
      cu("11-03 12:50", """Brilliant, thank you Eleanor - that's all really clear.

Harriet""", thanks=True)),

    C("m02-redland-tuning-sticky-g", "en", "pending", {"unanswered-question": 1},
      "Oliver Baptiste <oliver@baptiste-home.example>", "apple", "Tuning visit - Redland",
      "Tuning booked with date, tuner and price; the sticking-key question in the second paragraph is not touched.",
      cu("11-16 08:05", """Morning,

Our piano hasn't been tuned since we moved in last spring, so it's well overdue. Could we book a tuning some time in the week of the 23rd? Any weekday after 1pm works for us.

While the tuner is here - the G above middle C has started sticking and comes back up really slowly. Is that something they can sort out during the same visit, or will it need a separate repair appointment?

We're at 41 Belvoir Road, Redland BS6.

Thanks,
Oliver""", uq=1),
      ag("priya", "11-16 11:30", """Hi Oliver,

You're booked in for Wednesday 25 November, 2-3pm, with Dan. A standard tuning is £85, payable on the day by card or bank transfer.

Kind regards,
Priya""")),

    C("m03-kawai-rent-to-buy-inline", "en", "closed", {},
      "Femi Adeyemi <femi.adeyemi@northfieldmail.example>", "thunderbird", "Rent-to-buy on the Kawai K-200",
      "Three rent-to-buy questions answered inline under the quoted lines: 'All of it...', 'Yes - ...', 'Six months.'",
      cu("11-04 21:10", """Hello,

I'm looking at the rent-to-buy scheme for the Kawai K-200 for my son, who's just started grade 2. Before I sign anything:

How much of the rent comes off the price if we decide to buy?
If he sticks with it, can we swap up to a grand later on without losing what we've paid?
What's the minimum rental period?

Regards,
Femi Adeyemi"""),
      ag("eleanor", "11-05 10:02", """Hi Femi,

> How much of the rent comes off the price if we decide to buy?

All of it for the first twelve months, then half after that.

> If he sticks with it, can we swap up to a grand later on without losing what we've paid?

Yes - whatever you've built up transfers to any instrument in the showroom, grands included.

> What's the minimum rental period?

Six months.

The agreement itself is at https://moorgatepianos.example/rent-to-buy?model=k200 if you'd like to read it through first.

Best wishes,
Eleanor""", quote=False)),

    C("m04-bechstein-restoration-quote", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Ruth Kingsley <ruth.kingsley@kingsleyarch.example>", "outlook", "Restoration of 1912 Bechstein",
      "Written restoration quote promised 'by Friday' (6 Nov); the customer asks after it on the 11th and it arrives on the 12th as a PDF: kept late = missed, and chased.",
      cu("11-02 12:15", """Dear Mr Ashby,

Following your visit last Thursday, I would be grateful for a written quotation for the restoration of my grandmother's 1912 Bechstein model A. Please include the option of keeping the original ivory keytops, which we discussed, and an estimate of how long the piano would be in the workshop.

Yours sincerely,
Ruth Kingsley"""),
      ag("tom", "11-02 15:40", """Dear Ms Kingsley,

Thank you - it was a pleasure to see such a well-kept instrument. I am waiting on a price from our supplier for the hammers and dampers; I'll send you the full written quotation, with both keytop options and the timescale, by Friday.

Kind regards,
Tom""", promises=[("11-06", 4)]),
      cu("11-11 09:20", """Dear Mr Ashby,

I hope all is well. I haven't yet received the quotation - could you let me know when I might expect it? I'd like to talk it over with my brother at the weekend.

Yours sincerely,
Ruth Kingsley""", chase=True),
      ag("tom", "11-12 14:05", """Dear Ms Kingsley,

My apologies for the delay; the supplier took far longer than they said. The quotation is attached: £11,800 for the full restoration with new hammers and dampers, or £640 less if we keep and re-glue the original ivory keytops. The piano would be with us for about fourteen weeks.

Kind regards,
Tom""", attach=[("application/pdf", "Q-1126-031-Bechstein.pdf", RESTORATION_PDF)])),

    C("m05-stokes-croft-broadwood-move", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Danny Whitcombe <danny@whitcombe-studio.example>", "gmail", "Moving an upright Stokes Croft to Bedminster",
      "Removal enquiry gets only the helpdesk acknowledgement; the customer replies to his own mail two days later that he is still waiting.",
      cu("11-16 10:30", """Hi,

I need to move an upright piano (a Broadwood, roughly 1930s, very heavy) from my flat in Stokes Croft to a studio in Bedminster. The flat is on the first floor with a straight staircase and the studio is ground floor. Could you give me a price, and do you have anything free on the 28th or 29th?

Cheers,
Danny"""),
      ack("11-16 10:31"),
      cu("11-18 16:45", """Hi again - I'm still waiting to hear back about this. If the 28th has gone, the first week of December would also be OK.

Danny""", chase=True, parent=1)),

    C("m06-de-digitalpiano-mietkauf", "de", "closed", {"unanswered-question": 1},
      "Sabine Krüger <sabine.krueger@krueger-bristol.example>", "gmail_de", "Digitalpiano zur Miete für unsere Tochter",
      "German family new in Bristol: models, monthly rent and headphones answered in German; the request for a German-speaking teacher is ignored.",
      cu("11-03 20:15", """Hallo Herr Brenner,

wir sind vor zwei Monaten aus Hamburg nach Bristol gezogen, und unsere Tochter (9) möchte unbedingt weiter Klavier spielen. Für den Anfang würden wir gern ein Digitalpiano mieten, am liebsten mit Option auf Kauf.

Welche Modelle haben Sie dafür im Angebot, und was kostet die Miete ungefähr im Monat? Kann man die Geräte auch mit Kopfhörern spielen? Wir wohnen in einer Doppelhaushälfte, und die Nachbarn sind sehr ruhig.

Außerdem wäre es schön, wenn Sie uns eine Klavierlehrerin empfehlen könnten, die auch Deutsch spricht – das würde ihr den Einstieg sehr erleichtern.

Viele Grüße
Sabine Krüger""", uq=1),
      ag("lukas", "11-04 09:40", """Guten Tag Frau Krüger,

herzlich willkommen in Bristol! Für Mietkauf bieten wir zurzeit das Roland HP704 (32 £ im Monat) und das Kawai CA401 (27 £ im Monat) an; die Mieten der ersten zwölf Monate werden beim Kauf voll angerechnet. Beide Instrumente haben zwei Kopfhörerausgänge, Ihre Tochter kann also ganz ungestört üben.

Die Lieferung innerhalb von Bristol ist kostenlos.

Viele Grüße
Lukas Brenner""")),

    C("m07-fr-ecole-deux-pianos", "fr", "pending", {},
      "Delphine Aubert <d.aubert@ecole-bilingue-bristol.example>", "apple_fr", "Accord de nos deux pianos",
      "Bilingual school asks for a Wednesday-afternoon visit and a two-piano rate; the reply offers a date and the reduced price in one sentence.",
      cu("11-17 13:20", """Bonjour Madame Roussel,

Nous avons deux pianos droits à l'école (un Yamaha et un vieux Challen dans la salle de musique) qui n'ont pas été accordés depuis la rentrée. Pourriez-vous nous proposer un passage un mercredi après-midi, quand les élèves sont partis ?

J'aimerais aussi savoir si vous faites un tarif pour deux pianos accordés le même jour.

Bien cordialement,
Delphine Aubert
Directrice, École bilingue de Bristol"""),
      ag("camille", "11-18 08:50", """Bonjour Madame Aubert,

Le mercredi 2 décembre à 14 h vous conviendrait-il ? Notre accordeur Dan peut faire les deux pianos l'un après l'autre, et pour deux instruments au même endroit nous comptons 150 £ au lieu de 170 £.

Bien à vous,
Camille""")),

    C("m08-es-traslado-valencia", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Teresa Villalba <teresa.villalba@villalba-moreno.example>", "gmail_es", "Llevar el piano a Valencia",
      "Moving a piano back to Spain: the price is deferred to 'mañana' and never sent; the tuning question is answered; the request for the transport insurance terms is ignored.",
      cu("11-04 18:30", """Hola Lucía:

Nos volvemos a Valencia en enero y queremos llevarnos el piano (un Kemble vertical que les compramos a ustedes en 2019). ¿Hacen ustedes traslados internacionales o trabajan con alguna empresa? Necesitaríamos saber el precio aproximado puerta a puerta.

Otra cosa: ¿tiene sentido afinarlo antes de que se lo lleven?

Y por favor, mándenme las condiciones del seguro durante el transporte, porque mi marido está un poco preocupado.

Muchas gracias,
Teresa Villalba""", uq=1),
      ag("lucia", "11-05 10:15", """Hola, Teresa:

¡Qué pena que se vayan! Sí, trabajamos con una empresa de mudanzas especializada que lleva pianos a España todos los meses. Estoy esperando su tarifa para Valencia y le confirmo el precio mañana.

Afinarlo antes no merece la pena: con el viaje y el cambio de clima se desafina igualmente. Lo mejor es que lo afinen allí tres o cuatro semanas después de la entrega.

Un saludo,
Lucía""", promises=[("11-06", None)])),

    C("m09-k300-pedal-warranty", "en", "closed", {"reopened": 1},
      "Graham Pell <graham.pell@pellassociates.example>", "outlook", "Sustain pedal squeaking - under warranty",
      "Warranty visit arranged (logistics), then 'I'll mark this one as resolved'; the customer comes back four days later because the pedal still sticks.",
      cu("11-05 09:10", """Hello,

The sustain pedal on the Kawai K-300 we bought from you in June has started squeaking badly and now sometimes doesn't come back up fully. It's still under warranty. Can someone come and look at it?

Graham Pell"""),
      ag("priya", "11-05 11:45", """Hi Graham,

Sorry to hear that - it's covered by your warranty, so there's no charge. Dan is in Clifton on Monday and will come by between 10 and 12.

Kind regards,
Priya"""),
      ag("priya", "11-09 16:20", """Hi Graham,

Dan tells me he replaced the pedal spring and lubricated the trapwork this morning, so all should be quiet now. I'll mark this one as resolved - just reply if anything else comes up.

Kind regards,
Priya""", closes=True),
      cu("11-13 08:50", """Hi Priya,

Sorry to be back so soon. The squeak has gone, but the pedal still stays down about one time in five, especially in the mornings when the room is cold. Could Dan have another look?

Graham"""),
      ag("priya", "11-13 10:05", """Hi Graham,

Thanks for letting me know. That sounds like the pedal rod guide rather than the spring. Dan is back in your area on Tuesday 17th and will come by at 9:30 with a replacement guide.

Kind regards,
Priya""")),

    C("m10-bishopston-uprights-today", "en", "open", {},
      "Megan Lloyd <megan.lloyd@lloydfamily.example>", "iphone", "Second-hand uprights under 2k?",
      "Two short questions sent from a phone on the audit day; only the acknowledgement so far (inside the response target).",
      cu("11-20 11:40", """Hi, do you have any second-hand uprights under £2,000 at the moment? And can we come and try them this Saturday morning?

Megan

Sent from my iPhone"""),
      ack("11-20 11:41")),

    C("m11-anchorage-grand-for-december", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
      "Imogen Farrah <imogen@the-anchorage-bristol.example>", "gmail", "Baby grand for December",
      "Restaurant writes on a Saturday morning, answered on Monday afternoon (slow); hire and access answered, the tuning on the morning of the first night is not.",
      cu("11-07 10:20", """Hello,

I manage The Anchorage, a restaurant on Hotwells Road. We'd like to have a baby grand in the dining room for December - live music on Friday and Saturday nights.

Do you do short-term rentals for something like this, and roughly what would a month cost including delivery and collection? The piano would have to come through a double door and across a wooden floor, no steps.

Could you also tune it on the morning of 4 December, before our first night? Our pianist is fussy.

Thanks,
Imogen Farrah
The Anchorage""", uq=1),
      ag("eleanor", "11-09 14:30", """Dear Imogen,

Yes, we do - December is our busiest month for event rentals, so I'm glad you've asked early. A Kawai GE-30 baby grand for the month would be £520, including delivery, collection and public liability cover. Ground-floor access with no steps is straightforward.

I've pencilled it in for delivery on Thursday 3 December; just reply to confirm.

Best wishes,
Eleanor""")),

    C("m12-duet-stool-repair", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Colin Hathaway <colin.hathaway@hathawaydental.example>", "owa", "Loose leg on antique duet stool",
      "'I'll get back to you with a price' without a date; after the two-day window the customer follows up and adds a re-covering request; the price comes, the re-covering is ignored.",
      cu("11-09 12:30", """Hi,

The leg on our antique duet stool (the one that matches the Blüthner you restored for us in 2021) has come loose and the joint is cracked. Is this something your workshop repairs, and roughly what would it cost?

Thanks,
Colin Hathaway"""),
      ag("tom", "11-09 15:10", """Hi Colin,

Yes, we can usually save those. I need to ask our cabinet maker whether the joint wants a new dowel or just re-gluing; I'll get back to you with a price.

Kind regards,
Tom""", promises=[("window", 4)]),
      cu("11-16 09:05", """Hi Tom,

Just following up on the stool - did your cabinet maker have a view?

And while it's with you, please could you re-cover the seat as well? The leather has cracked right across.

Colin""", chase=True, uq=1),
      ag("tom", "11-16 12:40", """Hi Colin,

Apologies, I should have come back to you last week. It's a re-glue with a new dowel: £65, and about a week in the workshop. Drop it in any weekday between 9 and 5.

Kind regards,
Tom""")),

    C("m13-portishead-c3-grand-move", "en", "pending", {},
      "Agnieszka Nowak <a.nowak@nowak-design.example>", "thunderbird", "Moving a grand from Portishead",
      "'He'll email you tomorrow with a price and the dates' - kept the next morning by the colleague, who answers both questions.",
      cu("11-17 09:15", """Hello,

We bought a Yamaha C3 grand privately and need it moved from Portishead to our house in Westbury-on-Trym (three steps up to the front door, then a level hallway). How much would that be, and could it be done before Christmas?

Best regards,
Agnieszka Nowak"""),
      ag("priya", "11-17 10:00", """Hi Agnieszka,

Grand moves are planned by Gareth, our removals manager, so I've passed your details on. He'll email you tomorrow with a price and the dates he has free.

Kind regards,
Priya""", promises=[("11-18", 3)]),
      ag("gareth", "11-18 11:30", """Hello Agnieszka,

For a C3 from Portishead to Westbury-on-Trym with three front steps it's £395, including legs off and on, the grand board and insurance. Before Christmas is no problem: I have Tuesday 8 and Friday 18 December free.

Regards,
Gareth""", parent=1)),

    C("m14-fr-reglage-pleyel", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Laurent Mercier <laurent.mercier@mercier-conseil.example>", "apple_fr", "Devis réglage mécanique Pleyel",
      "'Je reviens vers vous d'ici vendredi avec le devis' kept on the following Wednesday after 'Je me permets de vous relancer': missed and chased.",
      cu("11-03 18:40", """Bonjour,

Suite à l'accord de la semaine dernière, votre accordeur m'a conseillé de faire régler la mécanique de mon Pleyel (plusieurs notes répètent mal dans les aigus). Pourriez-vous m'envoyer un devis pour ce réglage ?

Cordialement,
Laurent Mercier"""),
      ag("camille", "11-04 09:30", """Bonjour Monsieur Mercier,

Merci pour votre message. Je vois avec Tom, notre chef d'atelier, le temps à prévoir pour un Pleyel de cet âge, et je reviens vers vous d'ici vendredi avec le devis.

Bien à vous,
Camille""", promises=[("11-06", 4)]),
      cu("11-10 17:55", """Bonjour Madame Roussel,

Je me permets de vous relancer au sujet du devis pour le réglage de mon Pleyel. Avez-vous pu en parler avec M. Ashby ?

Cordialement,
Laurent Mercier""", chase=True),
      ag("camille", "11-11 09:15", """Bonjour Monsieur Mercier,

Toutes mes excuses pour ce retard. Pour un réglage complet de la mécanique, Tom prévoit une journée de travail sur place : 360 £, accord compris. Il a un créneau le jeudi 26 novembre si cela vous convient.

Bien à vous,
Camille""")),

    C("m15-finance-forward-html", "en", "closed", {},
      "Nadia Rahman <nadia.rahman@rahman-family.example>", "gmail", "Fwd: Your application AR-558102",
      "HTML-only mail forwarding the finance company's message (with its own questions and a '?' URL); the customer's two questions in one sentence are both answered.",
      cu("11-05 13:00", """Hi Eleanor,

I got the email below from the finance company this morning. Does this mean the application has gone through, and is the first payment taken before or after the piano is delivered?

Nadia

---------- Forwarded message ---------
From: Arden Retail Finance <no-reply@ardenfinance.example>
Date: Thu, 5 Nov 2026 at 08:12
Subject: Your application AR-558102
To: <nadia.rahman@rahman-family.example>

Dear Ms Rahman,

Thank you for applying for interest-free credit with Arden Retail Finance. Your application is now in final review.

Have you uploaded your proof of address? You can do this at https://ardenfinance.example/upload?app=AR-558102

Questions about your agreement? Call us on 0345 555 0199.

Arden Retail Finance Ltd is authorised and regulated by the Financial Conduct Authority.""", kind="html"),
      ag("eleanor", "11-05 14:20", """Hi Nadia,

Not quite yet - "final review" means they're waiting for your proof of address, which you can upload through the link in their email. Once that's in, approval usually comes through the same day. The first instalment is collected a month after delivery, so nothing leaves your account before the piano arrives.

Best wishes,
Eleanor""")),

    C("m16-steinway-o-hammers", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Peter Halloran <p.halloran@halloranmusic.example>", "outlook", "Steinway O - pedal and hammers",
      "Numbered list: the hammer price is answered, the una corda question gets an answer about the other pedal, and 'confirm a Monday by Wednesday' is never kept.",
      cu("11-06 08:30", """Hi Tom,

Two things about my Steinway O (serviced by you in 2023):

1. The una corda pedal has become very heavy - is that a sign that something is worn, or does it just need adjusting?
2. I'd like a price for replacing the hammers; several pupils have said the tone has gone very bright.

I teach from home, so ideally any work would happen on a Monday.

Thanks,
Peter""", uq=1),
      ag("tom", "11-06 10:50", """Hi Peter,

A new set of Renner hammers for a model O, fitted and voiced in our workshop, is £2,450. We'd collect the action on a Monday and bring it back the following Monday. On the pedals: we replaced the sustain pedal felts in 2023, so that side should be fine for years.

I'll check what we have in stock and confirm a Monday by Wednesday.

Kind regards,
Tom""", promises=[("11-11", None)])),

    C("m17-de-stimmung-hauskonzert", "de", "closed", {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
      "Jürgen Haas <juergen.haas@haas-engineering.example>", "outlook_de", "Stimmtermin Flügel",
      "German customer asks for a tuning and a look at a squeaking pedal, chases two days later; the reply books the tuning, the pedal is not mentioned.",
      cu("11-02 08:10", """Guten Morgen,

ich hätte gern einen Stimmtermin für unseren Flügel (Grotrian-Steinweg, ca. 1975) in Clifton. Hätten Sie in der Woche ab dem 9. November etwas frei? Vormittags wäre uns am liebsten.

Könnte der Stimmer bei der Gelegenheit auch nach dem linken Pedal schauen? Es quietscht seit dem Sommer.

Mit freundlichen Grüßen
Jürgen Haas""", uq=1),
      cu("11-04 12:30", """Hallo nochmal,

ich habe noch keine Antwort bekommen – ist meine Mail überhaupt angekommen? Der Termin ist uns wichtig, weil wir am 14. ein Hauskonzert geben.

Gruß
Jürgen Haas""", chase=True, parent=1),
      ag("lukas", "11-04 15:00", """Guten Tag Herr Haas,

entschuldigen Sie bitte die späte Antwort, Ihre Mail war bei uns im falschen Ordner gelandet. Unser Stimmer Dan kommt am Dienstag, 10. November, um 10 Uhr zu Ihnen – damit ist der Flügel rechtzeitig vor dem Hauskonzert gestimmt. Die Stimmung kostet 95 £.

Viele Grüße
Lukas Brenner""")),

    C("m18-es-banqueta-pago", "es", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Marta Gil <marta.gil@gil-arquitectos.example>", "gmail_es", "Banqueta regulable",
      "Adjustable stool question answered; the customer's follow-up about how to pay gets no reply, and five days later '¿hay alguna novedad? Sigo esperando'.",
      cu("11-10 19:00", """Hola:

Quisiera saber si venden banquetas regulables en altura. Mi hijo tiene ocho años y con la banqueta normal no llega bien al teclado.

Gracias,
Marta Gil"""),
      ag("lucia", "11-11 09:20", """Hola, Marta:

Sí, tenemos varias. La más práctica para niños es la banqueta regulable Gewa, en negro o en nogal, a 139 £; sube de 46 a 56 cm, así que le servirá muchos años. Puede verla en la tienda o se la llevamos a casa por 15 £.

Un saludo,
Lucía"""),
      cu("11-12 20:10", """Perfecto, la queremos en nogal y con entrega a casa. ¿Cómo la pago? ¿Les puedo hacer una transferencia o tengo que pasar por la tienda?

Marta"""),
      cu("11-17 21:30", """Hola Lucía, ¿hay alguna novedad? Sigo esperando la respuesta sobre el pago de la banqueta.

Marta""", chase=True, parent=3)),

    C("m19-lx6-delivery-casio", "en", "closed", {"unanswered-question": 1},
      "Howard Finch <howard.finch@finchandco.example>", "gmail", "Delivery of order MP-40817",
      "Delivery date answered; a follow-up mail that lost its threading headers asks whether the crew can take an old keyboard away - the reply confirms the date only.",
      cu("11-05 10:00", """Hello,

I ordered a Roland LX-6 in rosewood on your website on Sunday (order MP-40817). When will it be delivered? I work from home on Tuesdays and Thursdays, if that helps.

Howard Finch"""),
      ag("eleanor", "11-05 11:30", """Hi Howard,

Thanks for your order. It arrives from Roland on Monday, so we can bring it to you on Thursday 12 November, between 8am and 1pm.

Best wishes,
Eleanor"""),
      cu("11-05 12:10", """Thursday works, thank you. One more thing - we have an old Casio keyboard we no longer need. Would your delivery team be able to take it away for recycling?

Howard""", thread=False, uq=1),
      ag("eleanor", "11-05 12:40", """Hi Howard,

Great, Thursday 12th it is - the crew ring about 30 minutes before they arrive.

Best wishes,
Eleanor""")),

    C("m20-humidity-rhetorical", "en", "closed", {},
      "Bethan Morgan <bethan@morganbakes.example>", "apple", "After Dan's visit",
      "A rhetorical question and a self-answered one around a real humidifier question, which is answered; thanks-only reply.",
      cu("11-09 20:30", """Hi Priya,

Who knew a piano could sound this different after one tuning? My husband keeps saying it's like a new instrument.

I wanted to book the next one - where's the link for online booking again? Oh, never mind, it's in your signature.

My real question: Dan mentioned the air in our living room is quite dry. Would an ordinary room humidifier help, or should we get one of those systems that fit inside the piano?

Thanks,
Bethan"""),
      ag("priya", "11-10 09:15", """Hi Bethan,

So glad you're both enjoying it! For one room, a decent room humidifier set to 45-50% is usually enough and costs far less. The in-piano Dampp-Chaser system (£420 fitted) is only worth it if the room swings a lot with the heating, and Dan didn't think yours does.

Kind regards,
Priya"""),
      cu("11-10 09:40", """That's really helpful, thank you!

Bethan""", thanks=True)),
]
CASES += [
    C("m21-st-werburghs-contract", "en", "pending",
      {"missed-follow-up": 1, "unanswered-question": 1, "many-handoffs": 1},
      "Andrew Colley <bursar@st-werburghs-school.example>", "outlook", "Piano care contract and moving the grand",
      "School bursar: Priya quotes the tuning contract and says Gareth will send the move price tomorrow (he sends it two days late); Eleanor sends the contract; nobody takes up the invoicing request. Three agents.",
      cu("11-10 09:00", """Dear Moorgate Pianos,

St Werburgh's is reviewing its piano care. We have six uprights and a Yamaha grand in the hall. Could you quote for an annual contract covering two tunings a year for all seven instruments?

We also need to move the grand from the hall to the new music block in January (ground floor to ground floor, about 80 metres across the playground). Please include this in the quote if possible.

Finally, please invoice the school rather than the PTA - our purchase order number is SW-2291.

Kind regards,
Andrew Colley
Bursar""", uq=1, cc="Jo Marsh <music@st-werburghs-school.example>"),
      ag("priya", "11-10 11:20", """Dear Andrew,

Thank you. For seven instruments on one site, two tunings a year comes to £1,050 a year, which includes our 10% school discount. Gareth looks after moves; he'll send you the price for moving the grand tomorrow.

Kind regards,
Priya""", promises=[("11-11", 3)]),
      ag("gareth", "11-13 14:00", """Dear Andrew,

Moving the grand across the playground to the music block is £240, on a weekday after 4pm or during the holidays. We'll need the route dry and clear of equipment on the day.

Regards,
Gareth""", parent=1),
      cu("11-16 10:10", """Thank you both. We'd like to go ahead with the contract and with the move on Monday 4 January. Could someone send the contract for signature?

Andrew"""),
      ag("eleanor", "11-16 14:30", """Dear Andrew,

Wonderful, thank you - Gareth has the move on Monday 4 January in his diary. The contract is attached; please sign and return it by email.

Best wishes,
Eleanor""", attach=[("application/pdf", "Moorgate-care-contract-StWerburghs.pdf", SCHOOL_CONTRACT_PDF)],
         refs=[1, 4])),

    C("m22-fr-schimmel-bath", "fr", "closed", {"missed-follow-up": 1},
      "Élise Fontaine <elise.fontaine@fontaine-traduction.example>", "apple_fr", "Piano Schimmel d'occasion",
      "Availability and delivery to Bath answered; payment in three instalments deferred ('je vous réponds lundi') and never answered.",
      cu("11-06 12:40", """Bonjour,

Je suis passée au magasin samedi et j'ai beaucoup aimé le petit Schimmel d'occasion (120 cm, noir brillant). Est-il toujours disponible ?

Je voudrais aussi savoir si vous livrez à Bath, et à quel prix. J'habite au rez-de-chaussée.

Enfin, serait-il possible de régler en trois fois sans frais ?

Merci beaucoup,
Élise Fontaine"""),
      ag("camille", "11-06 15:10", """Bonjour Madame Fontaine,

Bonne nouvelle : le Schimmel est toujours là, et je peux vous le réserver jusqu'à samedi prochain. Nous livrons à Bath sans problème ; au rez-de-chaussée, c'est 95 £, avec un accord à domicile un mois après la livraison.

Pour le paiement en trois fois, je me renseigne auprès de notre service financement et je vous réponds lundi.

Bien cordialement,
Camille""", promises=[("11-09", None)])),

    C("m23-es-clases-adultos", "es", "closed", {},
      "Javier Ruiz <javier.ruiz@ruiz-torres.example>", "gmail_es", "Clases para adultos y piano digital",
      "Adult beginner asks for a teacher in Southville and a cheap digital piano; both answered with a name, contact and a model; thanks-only reply.",
      cu("11-03 21:05", """Buenas noches:

Tengo 52 años y siempre he querido aprender a tocar el piano. ¿Me podrían recomendar algún profesor o profesora por la zona de Southville que dé clases a adultos principiantes? Si puede ser en español, mejor, aunque mi inglés es bastante bueno.

También me gustaría saber si tienen algún piano digital sencillo para empezar, sin gastar demasiado.

Un saludo,
Javier Ruiz"""),
      ag("lucia", "11-04 10:30", """Buenas, Javier:

¡Nunca es tarde! Le recomiendo a Carmen Delgado, que da clases a adultos en su casa de Southville, en español o en inglés: carmen.delgado@pianolessons-bristol.example, teléfono 07700 900412. Ya le he dicho que a lo mejor la llama.

Para empezar, el Yamaha P-145 (459 £ con soporte y banqueta) es una muy buena opción: teclado contrapesado y ocupa poco.

Un saludo,
Lucía"""),
      cu("11-04 11:15", """¡Mil gracias, Lucía! Muy amable.

Javier""", thanks=True)),

    C("m24-u3-silent-revised-quote", "en", "pending", {},
      "Samuel Okafor <sam.okafor@okafor-studios.example>", "gmail", "Quote for the Yamaha U3",
      "Revised quote promised for Tuesday 24 November - still ahead at audit time, so not missed.",
      cu("11-18 14:00", """Hi Eleanor,

Thanks for the quote for the Yamaha U3. Before I decide, could you revise it to include the matching adjustable stool and a silent system fitted in your workshop? I record late at night and the neighbours are close.

Sam"""),
      ag("eleanor", "11-19 09:30", """Hi Sam,

Good plan for late-night sessions. The silent kit comes from Yamaha's UK distributor and I'm waiting for their new price list, which they've promised for Monday. I'll send you the revised quote, stool included, on Tuesday 24 November.

Best wishes,
Eleanor""", promises=[("11-24", None)])),

    C("m25-floor-sanding-storage", "en", "closed", {},
      "Fiona MacLeod <fiona.macleod@macleod-interiors.example>", "thunderbird", "Storage while floors are sanded",
      "Two weeks' storage: yes, price, and the collection and return dates - logistics, not promises.",
      cu("11-03 10:15", """Hello Gareth,

We're having the floors sanded at the end of the month. Could you take our upright into storage for a fortnight from 23 November? And what would that cost, including taking it away and bringing it back?

Thanks,
Fiona MacLeod""", to="Gareth Pryce <gareth@moorgatepianos.example>"),
      ag("gareth", "11-03 14:40", """Hi Fiona,

Yes - our storage room is kept at a steady temperature and humidity, so it'll be quite safe. Two weeks' storage plus both journeys is £210. The van collects the piano on Monday 23 November between 8 and 10am, and the crew bring it back on Monday 7 December.

Regards,
Gareth""")),

    C("m26-tenby-invoice-ooo", "en", "closed", {},
      "Richard Tenby <richard.tenby@tenby-partners.example>", "outlook", "Invoice for tuning on 2 November",
      "Invoice request answered with the PDF; the customer's Outlook out-of-office answers the reply.",
      cu("11-04 08:55", """Hello,

Could you send me an invoice for the tuning on 2 November? The piano is in our reception, so it goes through office expenses. Please address it to Tenby & Partners LLP, 9 Queen Square, Bristol BS1 4JQ.

Richard Tenby"""),
      ag("priya", "11-04 10:20", """Hi Richard,

Here it is, made out to Tenby & Partners LLP at Queen Square.

Kind regards,
Priya""", attach=[("application/pdf", "MP-T-7734.pdf", TUNING_INVOICE_PDF)]),
      auto("11-04 10:21", """I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact reception on 0117 496 0300.

Richard Tenby""", subject="Automatic reply: RE: Invoice for tuning on 2 November", quote=False)),

    C("m27-de-seiler-inzahlung", "de", "closed", {"unanswered-question": 1},
      "Theresa Lindner <theresa.lindner@lindner-bath.example>", "gmail_de", "Yamaha b3 und Inzahlungnahme",
      "Part-exchange of an old Seiler: a range, a request for photos, the photos (new information, not a chase) and a firm figure; the 24-month finance question is never answered.",
      cu("11-05 19:30", """Hallo Herr Brenner,

ich interessiere mich für das neue Yamaha b3 aus Ihrem Schaufenster. Mein altes Klavier, ein Seiler von 1985, würde ich dafür gern in Zahlung geben. Nehmen Sie so etwas überhaupt an, und mit welchem Betrag könnte ich ungefähr rechnen?

Und bieten Sie auch eine Finanzierung über 24 Monate an?

Herzliche Grüße aus Bath
Theresa Lindner""", uq=1),
      ag("lukas", "11-06 09:45", """Liebe Frau Lindner,

ja, Inzahlungnahmen machen wir regelmäßig, und Seiler-Klaviere sind bei uns sehr gefragt. Je nach Zustand liegt ein Seiler dieses Alters erfahrungsgemäß zwischen 1.200 und 2.000 £. Für eine genauere Schätzung schicken Sie mir bitte ein paar Fotos (Gehäuse, geöffneter Deckel, Tastatur) und die Seriennummer – sie steht meist innen auf der Gussplatte.

Viele Grüße
Lukas Brenner"""),
      cu("11-06 17:20", """Hallo Herr Brenner,

anbei die Fotos. Die Seriennummer ist 104 772.

Viele Grüße
Theresa Lindner""", attach=[("image/png", "seiler-gehaeuse.png", SEILER_PNG)]),
      ag("lukas", "11-09 10:10", """Liebe Frau Lindner,

vielen Dank für die Fotos – das Klavier ist in sehr gutem Zustand. Wir würden es mit 1.750 £ auf das b3 anrechnen; damit blieben 3.240 £ zu zahlen.

Viele Grüße
Lukas Brenner""")),

    C("m28-casio-receipt-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Kieran Doyle <kieran.doyle@doyle-plumbing.example>", "android", "Receipt for digital piano",
      "Receipt request with no reply; five days later the customer sends the same request again as a new mail with the same subject.",
      cu("11-12 07:50", """Hi, can you send me a copy of the receipt for the Casio digital piano I bought in August? It was £649, paid by card. I need it for the home insurance claim after the leak.

Thanks
Kieran

Sent from Outlook for Android"""),
      cu("11-17 07:40", """Hi, can you send me a copy of the receipt for the Casio digital piano I bought in August? It was £649, paid by card. I need it for the home insurance claim after the leak - the insurer wants it by the end of the month.

Thanks
Kieran

Sent from Outlook for Android""", chase=True, parent=0)),

    C("m29-carol-concert-template", "en", "pending", {"unanswered-question": 2},
      "Lorna Beckett <lorna@bristol-harmony.example>", "gmail", "Grand piano for carol concert 12 Dec",
      "Templated event-hire reply gives the package price and a booking link; the interval touch-up and the insurance certificate are not addressed.",
      cu("11-16 18:20", """Hello,

Bristol Harmony Choir is giving a carol concert at St Mary Redcliffe on Saturday 12 December, and we'd like to hire a grand piano for the evening.

What would it cost to hire, deliver and tune a grand for one evening? The church has a step-free side entrance on Redcliffe Way.

Can your tuner come back at the interval to touch it up? Our accompanist is very particular.

Could you send a copy of your public liability insurance certificate with the quote? The church insists on it.

With thanks,
Lorna Beckett
Concert secretary, Bristol Harmony Choir""", uq=2),
      ag("eleanor", "11-17 09:00", """Dear Lorna,

Thank you for your enquiry about concert hire.

Our concert package includes a Kawai GX-2 or Yamaha C3 grand, delivery and collection within Bristol, and a concert tuning on the day. For one evening the package is £450 + VAT.

You can check availability and book online at https://moorgatepianos.example/events?type=concert

Best wishes,
Eleanor
Moorgate Pianos Events""")),

    C("m30-rtb-settlement-end-of-day", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Priyanka Shah <priyanka.shah@shah-accountancy.example>", "owa", "Buying our rental piano outright (RTB-2217)",
      "Stool question answered; the settlement figure promised 'by the end of the day' never comes; the request to send the invoice to the work address is ignored.",
      cu("11-09 11:10", """Hello,

We're on the rent-to-buy plan for the Yamaha b1 (agreement RTB-2217) and would now like to buy it outright. Could you tell me the settlement figure?

Also, is the stool included in the purchase, or was it only part of the rental?

And please send the final invoice to my work address rather than home - it's Shah Accountancy, 3 Victoria Street, Bristol BS1 6AA.

Thanks,
Priyanka Shah""", uq=1),
      ag("eleanor", "11-09 12:30", """Hi Priyanka,

Congratulations, that's great news. The stool is yours to keep either way - it's included in the agreement. I need to confirm the exact rent paid to date with our finance team, and I'll email you the settlement figure by the end of the day.

Best wishes,
Eleanor""", promises=[("11-09", None)])),

    C("m31-fr-erard-lyon", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
      "Bernard Lefèvre <bernard.lefevre@lefevre-lyon.example>", "apple_fr", "Piano Érard 1890",
      "Buyer near Lyon (UTC+1) asks about a restored Érard, relaunches four days later; the reply gives price and delivery to France but not the extra photos of the action.",
      cu("11-05 10:30", """Bonjour,

J'ai vu sur votre site le piano droit Érard de 1890 restauré dans votre atelier. Est-il toujours à vendre ? Et pourriez-vous me dire si vous organisez la livraison en France, près de Lyon ?

Avez-vous d'autres photos du piano, notamment de la mécanique ?

Cordialement,
Bernard Lefèvre""", uq=1),
      cu("11-09 09:15", """Bonjour,

Je me permets de vous relancer concernant le piano Érard. Je n'ai pas eu de réponse à mon message de jeudi dernier.

Cordialement,
Bernard Lefèvre""", chase=True, parent=1),
      ag("camille", "11-09 11:40", """Bonjour Monsieur Lefèvre,

Je vous prie de nous excuser pour ce silence. L'Érard est toujours disponible, au prix de 6 900 £. Nous le livrons en France avec notre transporteur partenaire : pour la région lyonnaise, comptez 1 150 £ de plus, emballage et assurance compris, et environ trois semaines de délai.

Bien à vous,
Camille Roussel"""), tz=1),

    C("m32-es-ronisch-presupuesto", "es", "pending",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Ana Beltrán <ana.beltran@beltran-casa.example>", "gmail_es", "Piano de mi abuela",
      "Repair estimate promised for Thursday ('le escribo el jueves') arrives the next Tuesday after a chase; the chase also asks for a loan piano, which the reply ignores.",
      cu("11-09 20:00", """Hola Lucía:

Mi abuela me ha dejado su piano, un Rönisch de los años 60, y está bastante mal: varias teclas no suenan y una pata está suelta. Me gustaría saber cuánto costaría repararlo, más o menos, antes de decidir si merece la pena.

¿Pueden venir a verlo a casa o tengo que llevarlo yo al taller? Vivo en Easton.

Un abrazo,
Ana Beltrán"""),
      ag("lucia", "11-10 09:30", """Hola, Ana:

Siento mucho lo de su abuela. Nuestro técnico, Dan, puede pasar a verlo a su casa este miércoles a las 17:00, sin coste. Después lo hablo con Tom en el taller y le escribo el jueves con el presupuesto.

Un saludo,
Lucía""", promises=[("11-12", 4)]),
      cu("11-16 19:45", """Hola Lucía, ¿hay alguna novedad con el presupuesto? Dan vino el miércoles, pero no he vuelto a saber nada.

Otra cosa: si al final lo arreglamos, ¿me podrían prestar un piano mientras tanto? Mi hija no quiere dejar de practicar.

Un abrazo,
Ana""", chase=True, uq=1),
      ag("lucia", "11-17 10:00", """Hola, Ana:

Perdone el retraso. Tom ha revisado las notas de Dan: cambiar los fieltros y apagadores dañados, arreglar las teclas que no suenan y volver a encolar la pata sale por unos 1.450 £, con recogida y entrega incluidas. El piano estaría unas seis semanas en el taller.

Un saludo,
Lucía""")),

    C("m33-alcove-dimensions", "en", "closed", {},
      "Grace Whitaker <grace.whitaker@whitaker-home.example>", "iphone", "K-300 or U1 for the alcove",
      "Dimensions of two models sent as attached spec sheets plus the figures; 'White polish: yes, to order'.",
      cu("11-04 17:30", """Hi, we're deciding between the Kawai K-300 and the Yamaha U1 and need to check which one fits the alcove next to the fireplace. Could you send me the exact dimensions of both? And is the K-300 available in white?

Grace

Sent from my iPhone"""),
      ag("eleanor", "11-05 09:10", """Hi Grace,

Spec sheets for both attached - the K-300 is 149 x 122 x 61 cm and the U1 153 x 121 x 61 cm, so the Kawai is the narrower by 4 cm. White polish: yes, to order, about three weeks.

Best wishes,
Eleanor""", attach=[("application/pdf", "Kawai-K-300.pdf", K300_PDF),
                    ("application/pdf", "Yamaha-U1.pdf", U1_PDF)])),

    C("m34-rental-dead-key-resolved", "en", "closed", {"reopened": 1},
      "Tobias Grant <tobias.grant@grant-lettings.example>", "gmail", "Dead key on rental piano",
      "Rental swap arranged and confirmed under a '[Resolved]' subject tag; the customer replies to it with a new question (buying the rental), answered by a colleague.",
      cu("11-02 09:30", """Hi,

Our rental digital piano (RT-3109) has a dead key - the F sharp two octaves above middle C makes no sound at all. Can you swap it or send someone?

Tobias"""),
      ag("priya", "11-02 11:00", """Hi Tobias,

Sorry about that. Gareth's crew will swap it for an identical model on Wednesday between 9 and 12 - no charge, it's covered by the rental agreement.

Kind regards,
Priya"""),
      ag("priya", "11-04 15:30", """Hi Tobias,

Just confirming the swap was done this morning and the faulty one is back in our workshop. Glad that's sorted.

Kind regards,
Priya""", closes=True, subject="[Resolved] Dead key on rental piano", parent=2),
      cu("11-10 20:00", """Hi Priya,

The new one is working perfectly, thanks. While I have you: the rental has been running for ten months now and we're thinking of keeping it. How much would it cost to buy it outright?

Tobias"""),
      ag("eleanor", "11-11 10:00", """Hi Tobias,

Priya passed this on to me. Your ten months of rent (£350 so far) count in full, so buying it outright today would cost £449.

Best wishes,
Eleanor""")),

    C("m35-de-umzug-cardiff", "de", "open", {"awaiting-reply": 1},
      "Markus Becker <markus.becker@becker-it.example>", "outlook_de", "Klavierumzug nach Cardiff",
      "Move to Cardiff priced with free dates; the customer picks a date and asks about tuning after the move - no reply for two days (awaiting reply, not an unanswered question).",
      cu("11-12 12:00", """Hallo,

wir möchten unser Klavier (Schimmel, Baujahr 1990) von Bristol nach Cardiff umziehen lassen. Was würde das kosten? Im neuen Haus muss es in den ersten Stock, die Treppe ist gerade.

Beste Grüße
Markus Becker"""),
      ag("lukas", "11-12 15:30", """Hallo Herr Becker,

für Bristol–Cardiff mit gerader Treppe in den ersten Stock berechnen wir 340 £ inklusive Versicherung. Freie Termine habe ich noch am 1., 3. und 4. Dezember.

Viele Grüße
Lukas Brenner"""),
      cu("11-18 09:20", """Hallo Herr Brenner,

der 3. Dezember passt uns gut. Kann das Klavier nach dem Umzug gleich gestimmt werden, oder sollte man damit ein paar Wochen warten?

Beste Grüße
Markus Becker""")),

    C("m36-keynsham-move-colleague", "en", "closed", {},
      "Hannah Croft <hannah.croft@croft-studio.example>", "thunderbird", "Another move!",
      "Mail to the removals manager, answered by a colleague while he is on leave; a pleasantry question opens the mail.",
      cu("11-05 14:00", """Hi Gareth,

How are you all? Hope the new van is behaving itself.

You moved our piano last year. We're moving again (sorry!), from Totterdown to Keynsham on 27 November. Can you do that date, and is the price the same as last time?

Hannah""", to="Gareth Pryce <gareth@moorgatepianos.example>"),
      ag("eleanor", "11-05 16:10", """Hi Hannah,

Gareth is on leave this week, so I've looked at his diary for him: the 27th is free, and the price is unchanged at £220 - Totterdown's steps are the tricky part, and Keynsham looks easy from the address on file. I've booked you in for the morning.

Best wishes,
Eleanor""")),

    C("m37-challen-inheritance", "en", "closed", {"unanswered-question": 2},
      "Martin Ellery <martin.ellery@ellery-works.example>", "gmail", "Inherited Challen - worth saving?",
      "One long paragraph with five questions; the reply covers the inspection and its cost, the number of tunings and the outside wall; moth damage and buying/part exchange are skipped.",
      cu("11-06 22:40", """Hello,

I inherited my father's upright last month - it's a Challen from, I think, the 1950s, and it sat in his front room in Weston-super-Mare for years without being played. I've had it moved to my house in Knowle and I'm trying to work out whether it's worth doing anything with it or whether I'd be better off selling it and buying something newer for my two kids, who are both keen. I suppose my first question is whether you'd be able to come and give me an honest opinion on its condition, and what that would cost? If it's worth keeping, I imagine it will need a lot more than one tuning after all that time, so I'd also like to know roughly how many tunings it would take to get it back to pitch. I noticed there's some moth damage to the felts under the keys too. Do you treat moth damage, or does it mean replacing all the felts? And in case I do decide to sell, would you buy it from me or take it in part exchange? Lastly, is it safe to leave it against an outside wall in the meantime?

Many thanks for any help,
Martin Ellery""", uq=2),
      ag("priya", "11-07 10:30", """Hi Martin,

Yes, Dan can do an inspection visit - £60, and if you book a tuning with us within a month that's deducted. After years without tuning it usually takes two or three tunings, a few weeks apart, to bring a piano back up to pitch safely. And don't worry about the outside wall for now - just keep it away from the radiator.

Dan has Thursday 12th at 2pm free in Knowle if that suits.

Kind regards,
Priya""")),

    C("m38-care-guide-links", "en", "pending", {},
      "Yusuf Karim <yusuf.karim@karim-pharmacy.example>", "owa", "Care guide and warranty form",
      "Two 'where can I find' questions answered with two links only; the customer's signature has a question and a '?' URL.",
      cu("11-17 12:45", """Hi,

Where can I find the care guide you mentioned when the piano was delivered? And do you have the warranty registration form online somewhere?

Yusuf Karim
Karim Pharmacy, Easton
Need a repeat prescription? https://karim-pharmacy.example/repeat?src=email""", kind="alt"),
      ag("priya", "11-17 14:00", """Hi Yusuf,

https://moorgatepianos.example/care-guide
https://moorgatepianos.example/warranty/register?ref=email

Kind regards,
Priya""")),

    C("m39-fr-location-janvier", "fr", "pending", {"unanswered-question": 1},
      "Claire Dubois-Martin <claire.dubois@dubois-martin.example>", "apple_fr", "Location d'un piano à partir de janvier",
      "Family moving from Paris (UTC+1): delivery date and tuning answered, the direct debit from a French bank account is not.",
      cu("11-16 21:10", """Bonjour Madame Roussel,

Nous nous installons à Bristol début janvier (à Redland) avec nos deux enfants, qui jouent tous les deux du piano. Nous aimerions louer un piano droit dès notre arrivée, idéalement livré le 6 ou le 7 janvier.

Est-ce que la location comprend l'accord ? Et le prélèvement mensuel peut-il se faire sur un compte bancaire français, le temps que nous ouvrions un compte au Royaume-Uni ?

Merci d'avance et bonne soirée,
Claire Dubois-Martin""", uq=1),
      ag("camille", "11-17 10:20", """Bonjour Madame Dubois-Martin,

Bienvenue à Bristol, avec un peu d'avance ! Un accord par an est compris dans la location ; le premier se fait environ un mois après la livraison. Pour le 7 janvier, c'est noté : je vous ai réservé un Yamaha b3, à 45 £ par mois.

Bien cordialement,
Camille"""), tz=1),

    C("m40-de-ibach-resonanzboden", "de", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Friederike Wolf <f.wolf@wolf-architektur.example>", "gmail_de", "Risse im Resonanzboden",
      "'Den Kostenvoranschlag schicke ich Ihnen bis Freitag' kept on Monday with a PDF; the request for a loan grand during the repair is never addressed.",
      cu("11-02 10:00", """Sehr geehrter Herr Brenner,

bei unserem Ibach-Flügel (Baujahr 1928) haben sich im Resonanzboden zwei Risse gebildet, und der Bass klingt seitdem deutlich schwächer. Könnten Sie uns einen Kostenvoranschlag für die Reparatur machen?

Außerdem würde mich interessieren, ob Sie während der Reparatur einen Leihflügel stellen können – meine Tochter bereitet sich auf die Aufnahmeprüfung an der Musikhochschule vor.

Mit freundlichen Grüßen
Friederike Wolf""", uq=1),
      ag("lukas", "11-02 14:20", """Sehr geehrte Frau Wolf,

vielen Dank für Ihre Anfrage. Risse im Resonanzboden muss sich Tom, unser Werkstattleiter, vor Ort ansehen; er kommt am Mittwochvormittag bei Ihnen vorbei. Den Kostenvoranschlag schicke ich Ihnen dann bis Freitag.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-06", 3)]),
      ag("lukas", "11-09 11:00", """Sehr geehrte Frau Wolf,

entschuldigen Sie die Verzögerung. Anbei der Kostenvoranschlag: Die Risse werden ausgespänt, die Rippen nachgeleimt und der Resonanzboden neu lackiert, insgesamt 3.800 £. Der Flügel wäre etwa acht Wochen in unserer Werkstatt.

Mit freundlichen Grüßen
Lukas Brenner""", attach=[("application/pdf", "KV-1126-08-Ibach.pdf", IBACH_PDF)], parent=2)),
]
CASES += [
    C("m41-move-inline-figures", "en", "closed", {},
      "Owen Pritchard <owen.pritchard@pritchard-joinery.example>", "gmail", "Move next week - quick ones",
      "Three practical questions answered inline: 'Two.', 'No, 78cm is plenty...', loading on the yellow lines; thanks-only reply.",
      cu("11-03 16:00", """Gareth,

Quick ones about the move next week:

How many of your crew will come?
Do I need to take the front door off its hinges? It's 78cm wide.
Will you need parking? There are yellow lines outside.

Owen""", to="Gareth Pryce <gareth@moorgatepianos.example>"),
      ag("gareth", "11-03 17:20", """Hi Owen,

> How many of your crew will come?

Two.

> Do I need to take the front door off its hinges? It's 78cm wide.

No, 78cm is plenty for an upright.

> Will you need parking? There are yellow lines outside.

Loading on yellow lines is allowed, so the van can stop right outside.

Regards,
Gareth""", quote=False),
      cu("11-03 18:05", """Perfect, cheers Gareth.

Owen""", thanks=True)),

    C("m42-ashcombe-barn-white-grand", "en", "pending", {"unanswered-question": 2},
      "Rebecca Thorne <r.thorne@ashcombe-barn.example>", "outlook", "White baby grand for our barn",
      "Bulleted list of four questions: stock and deposit/March delivery answered together; the cold-barn question and the venue tuning plan are skipped.",
      cu("11-18 09:45", """Hi,

We run wedding receptions at Ashcombe Barn near Nailsea and are looking at buying a white baby grand for the main hall. A few questions:

- Do you have any white baby grands in stock, new or reconditioned?
- Would a piano cope with a barn that is only heated on event days? It can drop to 8 degrees in winter.
- Can we pay a deposit now and take delivery in March?
- Do you offer an annual tuning plan for venues?

Thanks,
Rebecca Thorne
Venue Manager, Ashcombe Barn""", uq=2),
      ag("eleanor", "11-18 15:10", """Hi Rebecca,

How lovely. We have a reconditioned white Kawai KG-1 (1985, 150 cm) at £8,950 and a new Yamaha GB1K in polished white at £13,499. Either can be reserved with a 10% deposit and delivered in March.

You're very welcome to come and play them - we're open Tuesday to Saturday, 9:30-5:30.

Best wishes,
Eleanor""", kind="alt")),

    C("m43-es-cn201-entrega", "es", "closed", {"unanswered-question": 1},
      "Pilar Navarro <pilar.navarro@navarro-fishponds.example>", "gmail_es", "Entrega del Kawai CN201",
      "Base64-encoded mail: the delivery day is answered, the request to take the packaging away is not.",
      cu("11-04 13:15", """Buenas tardes:

El sábado compramos en la tienda un piano digital Kawai CN201 para mi hija (pedido MP-40788). ¿Cuándo nos lo pueden traer? Estamos en Fishponds y por las mañanas siempre hay alguien en casa.

¿Podrían además llevarse la caja y el embalaje? No tenemos dónde guardarlos.

Muchas gracias,
Pilar Navarro""", cte="base64", uq=1),
      ag("lucia", "11-04 16:00", """Buenas tardes, Pilar:

Se lo llevamos el jueves 5 por la mañana, entre las 9 y las 12; el montaje está incluido y el repartidor le enseñará a conectar los auriculares.

Un saludo,
Lucía""")),

    C("m44-knight-stuck-key-photo", "en", "closed", {},
      "Jack Sutherland <jack.sutherland@sutherland-family.example>", "gmail", "Stuck key",
      "A second mail with the key name and a photo before any reply (new information, not a chase); the reply answers both questions.",
      cu("11-10 08:30", """Hi,

One of the keys on our piano (a Knight K10) is stuck down and won't come back up. Is this something you can fix on a home visit, and how much would it cost?

Jack"""),
      cu("11-10 08:52", """Forgot to say - it's the B flat just below middle C. Photo attached of what it looks like with the lid open, in case it helps.

Jack""", attach=[("image/png", "IMG_2231.png", KEY_PNG)], parent=1),
      ag("priya", "11-10 11:05", """Hi Jack,

Thanks for the photo - it looks like a pencil or something similar has dropped between the keys, which is very common. Dan can sort it on a home visit: £55 call-out, which covers any small adjustments while he's there. He has Thursday at 11 free.

Kind regards,
Priya""")),

    C("m45-hospice-plaque-proof", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Diane Fletcher <diane.fletcher@fletcher-trust.example>", "apple", "Piano for St Peter's Hospice",
      "Memorial plaque: a proof of the wording is promised 'by Wednesday' and never sent; the follow-up's invoicing request is ignored while delivery is booked.",
      cu("11-02 10:40", """Hello Eleanor,

Following our chat in the shop, we'd like to go ahead with the reconditioned Yamaha U1 for St Peter's Hospice, in memory of my husband. Could you arrange a small plaque on the fallboard reading "In memory of Alan Fletcher, who loved to play"?

Diane Fletcher"""),
      ag("eleanor", "11-02 14:00", """Dear Diane,

What a lovely way to remember Alan. Yes, our engraver can do a plaque in brass or silver; I'll email you a proof of the wording by Wednesday so you can check it before it's engraved.

Warm regards,
Eleanor""", promises=[("11-04", None)]),
      cu("11-03 09:15", """Thank you, Eleanor. Brass, please. Could the invoice be made out to the Fletcher Family Trust rather than to me personally? It's for their records.

Diane""", uq=1),
      ag("eleanor", "11-03 11:20", """Dear Diane,

Brass it is - I've let the engraver know. Delivery to the hospice is booked for Friday 13 November at 10am; they'll have someone on the front desk to show our crew where it goes.

Warm regards,
Eleanor""")),

    C("m46-lx5-finance-chase", "en", "closed",
      {"customer-chased": 1, "slow-first-response": 1, "missed-follow-up": 1},
      "Chloe Hammond <chloe.hammond@hammond-vet.example>", "gmail", "Finance application for the Roland LX-5",
      "Finance status question unanswered for two days, customer chases; the reply explains and promises an email 'tomorrow' that never comes.",
      cu("11-11 13:00", """Hi,

I applied for the 0% finance on the Roland LX-5 last week (application AR-559310) and haven't heard anything from you or the finance company. Could you check whether it has been approved?

Chloe"""),
      cu("11-13 10:30", """Hello again - just chasing this up, as I'd really like the piano in before my daughter's birthday on the 5th.

Chloe""", chase=True, parent=1),
      ag("eleanor", "11-13 12:00", """Hi Chloe,

So sorry for the wait. I can see the application on Arden's portal, but it's still showing as "referred", which usually means they want one more document. I'll ring their broker desk this afternoon and email you tomorrow with what they need.

Best wishes,
Eleanor""", promises=[("11-14", None)])),

    C("m47-finance-options", "en", "closed", {},
      "Simon Blake <simon.blake@blake-surveyors.example>", "owa", "Finance on a new piano",
      "Finance options, deposit and 36 months answered with figures and a link to the representative example.",
      cu("11-06 13:20", """Hi,

What are the finance options on a new piano of around £6,000? Is there a deposit, and can it be spread over 36 months?

Simon Blake"""),
      ag("eleanor", "11-06 15:00", """Hi Simon,

For a £6,000 piano you can choose 0% over 12 or 24 months, or 9.9% APR over 36 months (£193.27 a month). All of them need a 10% deposit, so £600 upfront.

Representative example and eligibility: https://moorgatepianos.example/finance?amount=6000

Best wishes,
Eleanor""")),

    C("m48-castor-cups-old-client", "en", "closed", {},
      "Reginald Pike <reg.pike@pike-home.example>", "oldclient", "Castor cups",
      "Formal enquiry from an old mail client that sends no Message-ID; answered with the price.",
      cu("11-04 11:02", """Dear Sirs,

Would you be so kind as to let me know whether you still supply the small brass castor cups for upright pianos? I require four, as our old ones have cracked.

Yours faithfully,
R. Pike""", msgid=False, note="R. Pike's castor-cup enquiry, sent by an old client without a Message-ID"),
      ag("priya", "11-04 14:30", """Dear Mr Pike,

We do - solid brass castor cups are £9.50 each, so £38 for four. I've put a set aside for you at the shop counter under your name.

Kind regards,
Priya""")),

    C("m49-horfield-rogers-disposal", "en", "pending", {"unanswered-question": 1},
      "Ryan Coles <ryan.coles@coles-electrical.example>", "android", "Old piano left in our new house",
      "Disposal service and price answered; 'is it worth anything at all?' is not.",
      cu("11-17 18:50", """Hi there, we've just bought a house in Horfield and the previous owners left an old upright behind. We'd like it gone - do you take pianos away for disposal, and how much? Also is it worth anything at all? It says Rogers on the front.

Ryan

Sent from Outlook for Android""", uq=1),
      ag("gareth", "11-18 09:40", """Hi Ryan,

Yes, we do. Collection and responsible disposal of an upright from a ground floor is £150; if it's upstairs, add £40.

Regards,
Gareth""")),

    C("m50-de-stimmung-samstag", "de", "pending", {},
      "Anja Hoffmann <anja.hoffmann@hoffmann-physio.example>", "gmail_de", "Stimmung am Samstag?",
      "Price and Saturday visits answered with a proposed date; the customer asks to book it and gets 'Erledigt'.",
      cu("11-18 19:30", """Hallo,

könnten Sie mir sagen, was eine Stimmung bei Ihnen kostet und ob Sie auch samstags kommen? Unser Klavier steht in Bishopston.

Danke und liebe Grüße
Anja Hoffmann"""),
      ag("lukas", "11-19 09:10", """Hallo Frau Hoffmann,

eine Stimmung kostet 85 £. Samstags sind wir jeden zweiten Samstag im Monat unterwegs – der nächste freie Termin in Bishopston wäre Samstag, 28. November, um 10 Uhr. Soll ich ihn für Sie eintragen?

Viele Grüße
Lukas Brenner"""),
      cu("11-19 12:15", """Ja, bitte tragen Sie mich ein. Danke!

Anja Hoffmann"""),
      ag("lukas", "11-19 13:00", """Hallo Frau Hoffmann,

erledigt: Samstag, 28. November, 10 Uhr.

Viele Grüße
Lukas Brenner""")),
]

UNANSWERED: dict[str, list[str]] = {
    "m02-redland-tuning-sticky-g": [
        "Is that something they can sort out during the same visit, or will it need a separate repair appointment?"],
    "m06-de-digitalpiano-mietkauf": [
        "Außerdem wäre es schön, wenn Sie uns eine Klavierlehrerin empfehlen könnten, die auch Deutsch spricht – das würde ihr den Einstieg sehr erleichtern."],
    "m08-es-traslado-valencia": [
        "Y por favor, mándenme las condiciones del seguro durante el transporte, porque mi marido está un poco preocupado."],
    "m11-anchorage-grand-for-december": [
        "Could you also tune it on the morning of 4 December, before our first night?"],
    "m12-duet-stool-repair": [
        "And while it's with you, please could you re-cover the seat as well?"],
    "m16-steinway-o-hammers": [
        "The una corda pedal has become very heavy - is that a sign that something is worn, or does it just need adjusting?"],
    "m17-de-stimmung-hauskonzert": [
        "Könnte der Stimmer bei der Gelegenheit auch nach dem linken Pedal schauen?"],
    "m19-lx6-delivery-casio": [
        "Would your delivery team be able to take it away for recycling?"],
    "m21-st-werburghs-contract": [
        "Finally, please invoice the school rather than the PTA - our purchase order number is SW-2291."],
    "m27-de-seiler-inzahlung": [
        "Und bieten Sie auch eine Finanzierung über 24 Monate an?"],
    "m29-carol-concert-template": [
        "Can your tuner come back at the interval to touch it up?",
        "Could you send a copy of your public liability insurance certificate with the quote?"],
    "m30-rtb-settlement-end-of-day": [
        "And please send the final invoice to my work address rather than home - it's Shah Accountancy, 3 Victoria Street, Bristol BS1 6AA."],
    "m31-fr-erard-lyon": [
        "Avez-vous d'autres photos du piano, notamment de la mécanique ?"],
    "m32-es-ronisch-presupuesto": [
        "si al final lo arreglamos, ¿me podrían prestar un piano mientras tanto?"],
    "m37-challen-inheritance": [
        "Do you treat moth damage, or does it mean replacing all the felts?",
        "And in case I do decide to sell, would you buy it from me or take it in part exchange?"],
    "m39-fr-location-janvier": [
        "Et le prélèvement mensuel peut-il se faire sur un compte bancaire français, le temps que nous ouvrions un compte au Royaume-Uni ?"],
    "m40-de-ibach-resonanzboden": [
        "Außerdem würde mich interessieren, ob Sie während der Reparatur einen Leihflügel stellen können – meine Tochter bereitet sich auf die Aufnahmeprüfung an der Musikhochschule vor."],
    "m42-ashcombe-barn-white-grand": [
        "Would a piano cope with a barn that is only heated on event days?",
        "Do you offer an annual tuning plan for venues?"],
    "m43-es-cn201-entrega": [
        "¿Podrían además llevarse la caja y el embalaje?"],
    "m45-hospice-plaque-proof": [
        "Could the invoice be made out to the Fletcher Family Trust rather than to me personally?"],
    "m49-horfield-rogers-disposal": [
        "Also is it worth anything at all?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"MP-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts."""
    msgs: list[Msg] = []
    last_human: str | None = None
    for i, spec in enumerate(case.specs, 1):
        o = dict(spec.opts)
        key = f"{case.name}.{i}"
        parent_no = o.pop("parent", None)
        parent = f"{case.name}.{parent_no}" if parent_no else (None if parent_no == 0 else last_human)
        extra = list(o.pop("extra", []))
        refs = o.pop("refs", None)
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True),
                  "refs": [f"{case.name}.{n}" for n in refs] if refs else None}
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=HELP, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", HELP),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if not m.subject:
            prefix = REPLY_PREFIX.get(m.client, "Re: ")
            m.subject = o.pop("subject", prefix + case.subject if parent else case.subject)
        if parent and o.pop("quote", True) and "{quote}" not in body:
            body = body.rstrip("\n") + "\n\n{quote}"
        o.pop("quote", None)
        o.pop("subject", None)
        if o:
            raise ValueError(f"{key}: unknown options {sorted(o)}")
        m.body = body
        m.extra = extra
        if spec.role in ("customer", "agent"):
            last_human = key
        msgs.append(m)
    return msgs


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none when the client sends none) and raw bytes,
    parents first (mailcraft.render_corpus, plus messages without a Message-ID)."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to)]
        if m.cc:
            headers.append(("Cc", m.cc))
        headers += [("Subject", m.subject), ("Date", email.utils.format_datetime(m.date))]
        m.raw = mailcraft.build(m, headers + m.extra, by_key, PROFILE)


def build_cases() -> list[Case]:
    """Every case with its messages rendered (Message-IDs, raw bytes, own text) and the
    unanswered-question facts attached to the customer message that asks each question."""
    for case in CASES:
        case.msgs = materialise(case)
    render([m for c in CASES for m in c.msgs])
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
            if m.role in ("customer", "auto") and len(m.uq) != m.asks_unanswered:
                out.append(f"{m.key}: asks {m.asks_unanswered} unanswered questions, labels hold {len(m.uq)}")
            if m.role != "customer" and (m.chase or m.thanks_only or m.asks_unanswered):
                out.append(f"{m.key}: customer facts on a {m.role} message")
            if m.thanks_only and (m.chase or m.asks_unanswered):
                out.append(f"{m.key}: a thanks-only message cannot chase or ask")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 29: Moorgate Pianos - cases",
                                 "make_practice29_corpus.py", rows)


def statistics(cases: list[Case]) -> dict:
    """The figures README.md quotes, counted from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    rules = Counter()
    for c in cases:
        rules.update(c.rules)
    return {
        "cases": len(cases), "messages": len(msgs),
        "inbox": roles["customer"] + roles["auto"], "customer": roles["customer"], "auto": roles["auto"],
        "agent": roles["agent"], "ack": roles["ack"],
        "clean": sum(1 for c in cases if not c.rules),
        "langs": Counter(c.lang for c in cases),
        "status": Counter(c.status for c in cases),
        "rules": rules,
        "uq_cases": sum(1 for c in cases if c.uq),
    }


README = """# Practice corpus 29: Moorgate Pianos support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Moorgate Pianos**, a piano shop and workshop in Bristol: new and used piano
  sales, rentals with rent-to-buy, tuning visits, repairs and restoration, removals (pianos up
  stairs, across town, to Cardiff, Spain and France), digital pianos, referrals to teachers,
  warranty claims and finance. Support address `help@moorgatepianos.example`; agents Eleanor
  Hartley (sales, rentals and finance), Tom Ashby (workshop), Priya Nair (tuning and home
  visits), Gareth Pryce (removals), Lukas Brenner (German-speaking customers), Camille Roussel
  (French-speaking customers) and Lucía Ortega (Spanish-speaking customers), all
  `@moorgatepianos.example`. A helpdesk robot (`help@moorgatepianos.example`,
  `Auto-Submitted: auto-replied`) acknowledges two enquiries with "we will reply within 24
  hours" - service-hours text, not a commitment.
- Customers are families, teachers, a restaurant, a choir, a school, a wedding venue, a
  hospice donor and buyers abroad, on `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain moorgatepianos.example`.

```
python scripts/make_practice29_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice29_corpus.py --out /tmp/p29         # ... into another folder
python scripts/evaluate.py --corpus tests/practice29            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice29_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table; this README is generated too. Do not edit generated files; edit the
script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

- {cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and
  {auto} customer out-of-office reply), {agent} support replies, {ack} helpdesk acknowledgements.
- {clean} clean cases ({clean_pct} %).
- Languages: {langs}.
- Statuses: {statuses}.
- Expected findings: {findings}.
- Unanswered questions are in {uq_cases} cases.

Answered questions are answered in other words ("how long is the warranty" - "five years'
parts-and-labour cover", m01), out of order in one paragraph (m01, m37), inline under the
quoted question with "Six months." / "Two." (m03, m41), with only figures (m33, m47), only
links (m38), an attachment (m04, m26, m33, m40), by a colleague (m13, m34, m36), after a chase
(m04, m14, m17, m31, m32), and two questions in one sentence (m07, m15).

Unanswered questions are the realistic kind: a secondary question next to the main request
(m02, m11, m17, m31, m43, m49), a request made in passing ("Außerdem wäre es schön, wenn Sie
uns eine Klavierlehrerin empfehlen könnten", "Y por favor, mándenme las condiciones del
seguro", "Finally, please invoice the school rather than the PTA"), a templated reply (m29),
an answer about the neighbouring thing (m16: the sustain pedal for a question about the una
corda), a question in a follow-up mail (m19, m45), a question added to a chase (m12, m32),
five questions in one long paragraph with three answered (m37), a bulleted list with two of
four answered (m42).

Not questions (must not be flagged): a rhetorical question and a self-answered one ("where's
the link for online booking again? Oh, never mind", m20); a pleasantry ("How are you all?",
m36); questions inside a forwarded finance e-mail of an HTML-only mail (m15); a customer
signature "Need a repeat prescription?" with a `?` URL (m38); support's signature "Need a
tuning?" with a `?` URL; thanks-only mails (m01, m20, m23, m41); questions in the customer's
latest unanswered mail are `awaiting-reply`, never `unanswered-question` (m05, m18, m28, m35).

Commitments: kept on time by a colleague (m13 "He'll email you tomorrow"), kept late = missed
(m04 "by Friday" -> next Thursday; m12 no deadline = 2-day window -> a week later; m14 "d'ici
vendredi" -> Wednesday; m21 "tomorrow" -> two days later, by a colleague; m32 "le escribo el
jueves" -> Tuesday; m40 "bis Freitag" -> Monday), never kept (m08 "le confirmo el precio
mañana", m16 "confirm a Monday by Wednesday", m22 "je vous réponds lundi", m30 "by the end of
the day", m45 a proof "by Wednesday", m46 "email you tomorrow"), a deadline still ahead at the
audit (m24, Tuesday 24 November). Not commitments: logistics ("The van collects the piano on
Monday 23 November", m25; a visit "Dan ... will come by", m09; a swap "Gareth's crew
will swap it ... on Wednesday", m34; "the crew ring about 30 minutes before they arrive",
m19), offers ("a £300 deposit holds it for 14 days", m01; "I've
pencilled it in ... just reply to confirm", m11), and the acknowledgement's "we will reply
within 24 hours" (m05, m10).

Chasing in varied wording and languages: "could you let me know when I might expect it?"
after a missed date (m04), "I'm still waiting to hear back" (m05), "Just following up on the
stool" (m12), "ich habe noch keine Antwort bekommen – ist meine Mail überhaupt angekommen?"
(m17), "¿hay alguna novedad? Sigo esperando" (m18), "Je me permets de vous relancer" (m14,
m31), "¿hay alguna novedad con el presupuesto?" (m32), "just chasing this up" (m46), and a
word-for-word resend as a new mail with the same subject (m28). Not chasing: a second mail
with the key name and a photo before any reply (m44), photos sent on request (m27).

Status and timing: awaiting reply (m05, m18, m28, m35), a fresh enquiry inside the response
target with only the acknowledgement (m10), slow first responses (Saturday answered on
Monday afternoon, m11; chased cases m17, m31, m46), an explicit close "I'll mark this one as
resolved" followed by a new problem (m09) and a `[Resolved]` subject tag followed by a new
question in the same thread (m34), three agents on one case (m21).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old client that sends no Message-ID
(m48); top-posted and inline replies; plain 7bit, quoted-printable, base64 (m43),
multipart/alternative (m38, m42, acknowledgements) and HTML-only (m15); PDF and PNG
attachments (quotes, an invoice, spec sheets, a contract, photos); a customer's Outlook
out-of-office reply (m26); customers replying to their own mail to chase (m05, m17, m18, m31,
m46); a follow-up that lost its threading headers (m19); a reply whose References skip two
messages (m21); a Cc (m21); customers writing to an agent's own address (m25, m36, m41); two
customers abroad in UTC+1 (m31, m39).

## Judgement calls

- **Deferral is not an unanswered question** (m04, m08, m12, m14, m22, m30, m32, m40, m46):
  the question deferred with a promise is labelled only through `missed-follow-up` when the
  promise is broken. m08's price, m22's payment in three instalments and m30's settlement
  figure are such deferrals; their other skipped requests are labelled.
- **m16**: "is that a sign that something is worn, or does it just need adjusting?" about the
  una corda pedal gets a sentence about the sustain pedal felts - labelled unanswered.
- **m21**: Priya's "he'll send you the price for moving the grand tomorrow" is kept by Gareth
  two days late: missed. The invoicing request is never taken up by any of the three agents.
- **m45**: Eleanor's second mail (before the Wednesday deadline) books the delivery but does
  not deliver the promised proof, so the promise stays broken; it also ignores the
  invoicing request of the customer's second mail.
- **m29**: the templated reply's package price answers "What would it cost to hire, deliver
  and tune a grand for one evening?"; the interval touch-up and the insurance certificate are
  labelled.
- **m35**: the customer's latest mail (date chosen, tuning question) has had no reply for two
  days: `awaiting-reply` only.
- **m50**: "Ja, bitte tragen Sie mich ein." is a request (to book the slot), not thanks, and
  it is answered ("erledigt").
- **m37**: "is it safe to leave it against an outside wall" is answered by "don't worry about
  the outside wall for now"; the inspection question by the visit and its price.
- **m46**: "I'll ring their broker desk this afternoon" is about a call to a third party; the
  commitment to the customer is "email you tomorrow" (one promise, missed).

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py (as
a format example; its machinery is reused, its cases are not) and
tests/test_practice24_corpus.py. Not opened: anything under `happyaudit/`, the README's
sections on method, accuracy or weak points, any other test file or corpus. All labels were
fixed before the single evaluation run and none was changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the figures counted from the cases."""
    s = statistics(cases)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    langs = ", ".join(f"{names[k]} {v}" for k, v in sorted(s["langs"].items(), key=lambda kv: (-kv[1], kv[0])))
    statuses = ", ".join(f"{s['status'][k]} {k}" for k in ("closed", "pending", "open"))
    findings = ", ".join(f"{r} {s['rules'][r]}" for r in RULES if s["rules"][r])
    return README.format(cases=s["cases"], messages=s["messages"], inbox=s["inbox"],
                         customer=s["customer"], auto=s["auto"], agent=s["agent"], ack=s["ack"],
                         clean=s["clean"], clean_pct=round(100 * s["clean"] / s["cases"]),
                         langs=langs, statuses=statuses, findings=findings, uq_cases=s["uq_cases"])


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.moorgatepianos.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip, a Message-ID that is missing or present against the facts."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent}
    if sum(1 for p in inbox + sent if p["Message-ID"] is None) != sum(
            1 for c in cases for m in c.msgs if m.message_id is None):
        found.append("messages without Message-ID do not match the facts")
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
        raise SystemExit("refusing to write tests/practice29:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice29:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice29 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice29")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
