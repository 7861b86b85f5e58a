#!/usr/bin/env python3
"""Regenerate ``tests/practice96/``: a labelled corpus of Mossgate Plant & Tool Hire.

A support mailbox of a fictional plant and tool hire depot that hires mini diggers, dumpers,
access towers, scissor lifts and everyday tools to builders, landscapers, other trades and
DIYers, with delivery and collection (quotes, bookings, breakdowns and swaps, off-hires and
collections, deposits, damage and cleaning charges, trade accounts and invoices), written
without looking at the detection heuristics, with many customer questions. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``mossgatehire.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice96_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
import json
import shutil
import sys
import tempfile
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
SUPPORT_DOMAIN = "mossgatehire.example"
DESK = "Mossgate Hire Desk <hire@mossgatehire.example>"
RULES = mailcraft.RULES
YEAR = 2026
CORPUS_NAME = "practice96"

AGENTS = {
    "nia": ("Nia Blackwood <nia@mossgatehire.example>", "thunderbird", """-- 
Nia Blackwood
Hire Desk | Mossgate Plant & Tool Hire
Mill Lane Trading Estate, Mossgate | 01632 960 417
Book online: https://mossgatehire.example/book?src=email"""),
    "craig": ("Craig Ellery <craig@mossgatehire.example>", "outlook", """Craig Ellery
Workshop & Breakdowns | Mossgate Plant & Tool Hire
Broken down on site? Ring the breakdown line on 01632 960 420 (7am-6pm, 7 days)."""),
    "priya": ("Priya Raman <priya@mossgatehire.example>", "owa", """Priya Raman
Accounts & Credit Control | Mossgate Plant & Tool Hire
This email and any attachments are confidential. If you have received it in error, please
let us know and delete it. Mossgate Plant & Tool Hire Ltd, registered in England 08812345."""),
    "tom": ("Tom Ashworth <tom@mossgatehire.example>", "apple", """Tom Ashworth
Delivery & Collections | Mossgate Plant & Tool Hire
Track your delivery: https://mossgatehire.example/delivery?ref=sig"""),
    "lena": ("Lena Hartmann <lena@mossgatehire.example>", "thunderbird_de", """-- 
Lena Hartmann
Kundenbetreuung Deutsch | Mossgate Plant & Tool Hire
https://mossgatehire.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@mossgatehire.example>", "apple_fr", """Amélie Roussel
Service client francophone | Mossgate Plant & Tool Hire
https://mossgatehire.example/fr?utm_source=email"""),
    "javier": ("Javier Ortega <javier@mossgatehire.example>", "gmail_es", """--
Javier Ortega
Atención al cliente | Mossgate Plant & Tool Hire
+44 1632 960 433"""),
}

ACK = """Hello,

Thanks for contacting Mossgate Plant & Tool Hire. This is an automatic reply to let you
know we have received your email (reference {ref}). The hire desk is open Monday to Friday
7am-5pm and Saturday 7:30am-12pm, and we aim to reply within one working day.

Broken down on site? Please ring 01632 960 420 rather than emailing.

Mossgate Plant & Tool Hire
https://mossgatehire.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: Pegasus Mail for Windows (4.80)"],
    "helpdesk": ["X-Mailer: Mossgate HireDesk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="mg.", outlook_server="CWXP26")
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
    """A reply by support agent ``who`` at ``when`` (UK time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in the UK: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

TOWER_PDF = mailcraft.pdf(["Mossgate Plant & Tool Hire - Aluminium tower 1.45 x 2.5 m",
                           "Platform height 5.2 m, working height 7.2 m",
                           "Components: 4 x base frames, 6 x span frames, 2 x platforms",
                           "4 x stabilisers, toe boards. Max platform load 275 kg"])
CREDIT_PDF = mailcraft.pdf(["Mossgate Plant & Tool Hire - Credit note CN-6120",
                            "Priory Builders Ltd - against INV-30377",
                            "Plate compactor, 7 days overcharged",
                            "GBP 58.80 + VAT"])
QUOTE_PDF = mailcraft.pdf(["Mossgate Plant & Tool Hire - Quotation Q-11-2026-118",
                           "Trent Valley Civils - Ashby Retail Park, from 4 January 2027",
                           "2 x 1.5t mini digger, 1 x 3t swivel dumper, 2 x 4.2m tower",
                           "13 weeks incl. delivery and collection: GBP 7,860 + VAT"])
VAT_PDF = mailcraft.pdf(["Mossgate Plant & Tool Hire - VAT invoice INV-30455",
                         "Fitzgerald Joinery - Sliding mitre saw 305mm, 3-5 Nov 2026",
                         "GBP 66.00 + VAT 13.20 = 79.20",
                         "VAT reg. GB 123 4567 89"])
EXT_PDF = mailcraft.pdf(["Mossgate Plant & Tool Hire - Invoice INV-30561",
                         "Greaves Roofing - 4.2m tower, 12 Chestnut Avenue",
                         "Hire 9-23 November 2026 (extended)",
                         "GBP 190.00 + VAT"])
COPY_PDF = mailcraft.pdf(["Mossgate Plant & Tool Hire - Invoice INV-30418 (COPY)",
                          "Ingram Facilities Ltd - Scissor lift 6m, 12-16 Oct 2026",
                          "GBP 240.00 + VAT. PAID 2 Nov 2026",
                          "Account balance GBP 0.00"])
BREAKER_PNG = mailcraft.png(10, 8, lambda x, y: (200 - 12 * y, 60 + 9 * x, 30))
LASER_PNG = mailcraft.png(12, 6, lambda x, y: (20 + 15 * x, 180, 40 + 20 * y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("m01-rookery-lane-digger", "en", "closed", {},
      "Gareth Pym <gareth.pym@rookerymail.example>", "gmail", "Mini digger for a week",
      "DIYer asks three questions in a list and asks for a booking; one reply answers all of them out of order.",
      cu("11-02 07:45", """Hi there,

I'm putting in a soakaway and digging the footings for a garden room next week, so I'm looking at your 1.5 tonne mini digger. A few questions:

- How much is it for a full week, Monday to Friday?
- Does it come with a few buckets or do I need to ask for particular sizes?
- Do I need any kind of licence or ticket to use it on my own property?

If all that works out, please book it in for delivery on Monday 9th to 27 Rookery Lane, Mossgate - there's a gravel drive it can sit on.

Cheers,
Gareth Pym"""),
      ag("nia", "11-02 09:20", """Hi Gareth,

No ticket needed on your own land - the driver gives you a proper handover when he drops it off, and it's worth asking him to show you the quick-hitch. It comes with 300 mm and 600 mm digging buckets plus a 1.2 m ditching bucket, which covers a soakaway and footings nicely.

A week is £395 + VAT, and delivery/collection to Rookery Lane is £45 each way. You're booked in for Monday 9 November, first drop of the day (7:30-9:00).

Thanks,
Nia""")),

    C("m02-ashby-floor-sander", "en", "closed", {"unanswered-question": 1},
      "Hannah Ashby <hannah.ashby@icloudmail.example>", "iphone", "Floor sander this weekend",
      "Which sander and how much paper are answered; the request to put an edging sander aside is not; thanks-only close.",
      cu("11-03 19:10", """Hi,

We're finally tackling the living room floorboards (about 18 square metres, old pine, paint splashes round the edges). Which sander would you recommend, the big drum one or the orbital? And how many sheets of sandpaper should I expect to get through - are they charged per sheet or is it a set price?

I'll pop in to collect on Saturday morning, please could you also put an edging sander aside for me as well.

Thanks so much
Hannah

Sent from my iPhone""", uq=1),
      ag("nia", "11-04 08:05", """Morning Hannah,

For old pine with paint on it, the drum sander every time - the orbital is lovely for a final finish but it would take you all weekend. Paper is £2.50 a sheet and you only pay for what you use; for 18 m² allow roughly 6 x 24 grit, 4 x 40 and 4 x 80, and bring back whatever's left over.

We're open from 7:30 on Saturday.

Nia"""),
      cu("11-04 08:30", """Perfect, thank you!

Hannah

Sent from my iPhone""", thanks=True)),

    C("m03-kestrel-roofing-tower", "en", "pending", {},
      "Rhys Maddox <rhys@kestrelroofing.example>", "outlook", "Tower for gable end - Hadley Road",
      "Roofer asks which tower, the weekly price and a Wednesday delivery; answered with a spec sheet PDF, a price and a slot.",
      cu("11-16 07:20", """Morning,

We've got a gable end to repoint on a two-storey semi in Hadley Road, ridge is roughly 7 m off the ground. Which of your towers would we need to reach that comfortably? Could you let me know the weekly price, and whether you can deliver on Wednesday 18th?

Our lads are PASMA trained so we'll put it up ourselves.

Regards
Rhys Maddox
Kestrel Roofing Ltd
07700 900 318"""),
      ag("nia", "11-16 08:40", """Hi Rhys,

The 5.2 m platform height gives you 7.2 m working height - spec sheet attached with the component list and the stabiliser layout. It's £165 + VAT for the week, and Wednesday 18th is booked on the morning run, 8-10am.

Thanks,
Nia""", attach=[("application/pdf", "tower-5.2m-spec.pdf", TOWER_PDF)])),

    C("m04-oakfield-deposit", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Dominic Shaw <dom.shaw@oakfieldmail.example>", "android", "Deposit refund",
      "Deposit refund: 'come back to you by Thursday' kept the next Monday, after the customer chases; the 3-5 working days is how refunds work, no promise.",
      cu("11-02 18:20", """Hello,

I hired a pressure washer from you last week and brought it back on Saturday (31st). The £50 deposit still hasn't gone back on my card. Can you check what's happened to it?

Receipt number is MG-77410.

Dominic"""),
      ag("priya", "11-03 09:15", """Dear Dominic,

Thank you for getting in touch. I can see the pressure washer was checked back in on the 31st with no issues, so the deposit should have been released. I'll chase our card processor and come back to you by Thursday.

Kind regards,
Priya""", promises=[("11-05", 4)]),
      cu("11-09 08:05", """Hi Priya,

It's now Monday and I haven't heard anything back, and there's still nothing on my card. Is the refund actually on its way?

Dominic""", chase=True),
      ag("priya", "11-09 10:40", """Dear Dominic,

I'm sorry for the silence last week. The processor had held the release; I pushed it through manually this morning and the £50 is on its way back to the card ending 4471 (ref RF-20931). Your bank usually shows it within 3-5 working days.

Kind regards,
Priya""")),

    C("m05-brennan-groundworks-account", "en", "closed", {"unanswered-question": 2},
      "Siobhan Brennan <siobhan@brennangroundworks.example>", "outlook", "Trade account application",
      "Four questions about a new trade account; credit limit and insurance certificate answered, authorised hirers and monthly statement skipped.",
      cu("11-05 08:30", """Hello,

Brennan Groundworks would like to open a trade account with you - we've got three housing sites starting in the new year and will be hiring regularly.

Could you tell me what sort of credit limit we'd be looking at to start with? Please also set up our two site managers, Dean Parry and Shaun Lowe, as authorised hirers on the account. Do you need a copy of our public liability certificate for the application? And can the invoices be consolidated into one statement a month rather than one per hire?

Many thanks,
Siobhan Brennan
Office Manager
Brennan Groundworks Ltd | www.brennangroundworks.example""", uq=2),
      ag("priya", "11-05 11:10", """Dear Siobhan,

Thanks for thinking of us. New trade accounts usually start between £2,500 and £7,500 depending on the credit check, and we review the limit after three months of trading. The application form is here: https://mossgatehire.example/trade-account?form=new

Yes please - attach the PL certificate to the form (and the employer's liability one too, if it's handy) and that's everything we need from you.

Kind regards,
Priya""")),

    C("m06-fenwick-flood-dehumidifiers", "en", "pending", {},
      "Alan Fenwick <alan.fenwick@fenwickfamily.example>", "thunderbird", "URGENT - flooded kitchen, need dehumidifiers",
      "Four rushed questions after a flood, each answered inline under the quoted line; the drop-off is logistics, not a promise.",
      cu("11-17 07:05", """Hello,

Our washing machine hose split overnight and the kitchen and hallway are soaked - the kitchen floor is about 4 x 5 m plus the hall. Sorry for the questions in a rush:

How many dehumidifiers would we need for that?
Can they be left running overnight while we're asleep?
How much power do they draw? The kitchen sockets are all on one ring.
Can someone bring them today?

Alan Fenwick
12 Pennine Way"""),
      ag("tom", "11-17 08:10", """Hi Alan,

Sorry to hear that.

> How many dehumidifiers would we need for that?

Two of the LGR units, plus an air mover for the hall if the carpet's wet.

> Can they be left running overnight while we're asleep?

Yes, they switch themselves off if the tank fills or they get knocked over.

> How much power do they draw? The kitchen sockets are all on one ring.

About 3 A each, so fine on one ring - just don't run them off an extension reel.

> Can someone bring them today?

They're on Darren's van this afternoon, between 1 and 3.

Tom""", quote=False)),

    C("m07-marsh-lane-breaker", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Kieran Doyle <kieran@marshlanebuild.example>", "android", "Breaker not working H-48213",
      "Broken breaker with a photo, only the acknowledgement comes back; the builder chases the next morning and is still waiting.",
      cu("11-17 08:10", """Hi,

The 110v breaker we hired on Friday (hire no. H-48213) has stopped hammering - the motor runs but the chisel just sits there. Photo attached. We're at 5 Marsh Lane breaking out an old concrete base. Can you swap it today please?

Kieran Doyle
Marsh Lane Building""", attach=[("image/png", "breaker.png", BREAKER_PNG)]),
      ack("11-17 08:11"),
      cu("11-18 07:50", """Still waiting to hear about a swap for this breaker. The lads have been stood around since yesterday morning - can someone ring me on 07700 900 552?

Kieran""", chase=True)),

    C("m08-wickham-stump-grinder", "en", "closed", {"missed-follow-up": 1},
      "Fiona Wickham <fiona.wickham@example.org>", "gmail", "Stump grinder",
      "Price answered; whether the grinder fits the 80 cm gate is deferred ('check with the workshop and come back to you tomorrow') and never answered.",
      cu("11-04 12:30", """Hello,

We've got three old conifer stumps to get rid of at the bottom of the garden. How much is the stump grinder for a day? The only way in is through the side gate, which is 80 cm wide - will the machine fit through it?

Best wishes
Fiona"""),
      ag("nia", "11-04 14:05", """Hi Fiona,

The stump grinder is £95 + VAT for a day, and that includes a spare set of teeth.

It's 78 cm across the wheels on the spec sheet, but I want to be sure with the guards on, so I'll check with the workshop and come back to you tomorrow.

Thanks,
Nia""", promises=[("11-05", None)])),

    C("m09-thornbury-school-heaters", "en", "closed", {},
      "Karen Lister <bursar@thornbury-primary.example>", "owa", "Heater hire for Christmas fair",
      "Indirect questions (which type, the cost, a Friday-to-Monday hire) answered in two sentences; the booking confirmation promised for tomorrow arrives the next morning.",
      cu("11-09 10:00", """Good morning,

Our PTA's Christmas fair is in the school hall on Saturday 28 November and the heating in the hall is temperamental, so we'd like to hire four heaters for the day.

I was wondering which type you would recommend for an indoor space with children about - we'd rather not have anything with fumes. Also, could you let me know the cost, and whether we could collect on the Friday afternoon and bring them back on the Monday without paying for three days?

Kind regards,
Karen Lister
School Business Manager, Thornbury Primary School"""),
      ag("nia", "11-09 11:30", """Dear Karen,

For a school hall I'd go for our 3 kW electric fan heaters - no fumes, cool-touch casings and tip-over cut-outs. Weekend hires are charged as a single day, so collecting Friday after 2pm and returning Monday morning is £18 + VAT per heater, £72 + VAT for the four.

I'll reserve them and send the booking confirmation over by tomorrow.

Kind regards,
Nia""", promises=[("11-10", 3)]),
      ag("nia", "11-10 09:15", """Dear Karen,

Here's your booking: 4 x 3 kW fan heaters, collect Friday 27 November after 2pm, return Monday 30 November by 10am. Reference MG-81552 - just quote it at the counter.

Kind regards,
Nia""", parent=2)),

    C("m10-dufour-echafaudage", "fr", "closed", {"unanswered-question": 1},
      "Julien Dufour <julien.dufour@orange-mail.example>", "apple_fr", "Location échafaudage roulant",
      "French: price and delivery answered in one sentence; the question about stabilisers on a sloping garden is skipped.",
      cu("11-05 18:40", """Bonjour,

Je refais l'enduit de la façade arrière de notre maison et j'aurais besoin d'un échafaudage roulant pour environ deux semaines, à partir du 16 novembre. La hauteur à atteindre est d'à peu près 6 mètres.

Pouvez-vous me dire combien coûte la location pour deux semaines ? Est-ce que la livraison est comprise ? J'aimerais aussi savoir s'il faut des stabilisateurs supplémentaires, parce que le jardin est en pente assez nette.

Merci d'avance,
Julien Dufour""", uq=1),
      ag("amelie", "11-06 09:20", """Bonjour Monsieur Dufour,

Pour 6 mètres, la tour de 4,2 m de plateforme suffit largement. Pour deux semaines, c'est 290 £ HT, livraison et reprise comprises. Je vous la réserve à partir du lundi 16 novembre, livraison le matin.

Bien cordialement,
Amélie""")),

    C("m11-hoffmann-minibagger", "de", "pending", {"missed-follow-up": 1},
      "Matthias Hoffmann <m.hoffmann@hoffmann-galabau.example>", "gmail_de", "Anfrage Minibagger mit Hydraulikhammer",
      "German landscaper: availability and price answered; the driver question deferred with 'melde mich bis Mittwoch', never answered.",
      cu("11-16 09:30", """Guten Tag Frau Hartmann,

wir legen ab Ende November bei einem Kunden in Mossgate einen Garten an und brauchen dafür einen 3-Tonnen-Minibagger mit Hydraulikhammer, voraussichtlich ab dem 30. November für zwei Wochen.

Ist der Hammer in dem Zeitraum frei, und was würde das insgesamt kosten? Außerdem wüsste ich gern, ob Sie uns auch einen Fahrer stellen können - unser eigener Maschinist ist erst ab der zweiten Woche vor Ort.

Mit freundlichen Grüßen
Matthias Hoffmann
Hoffmann Garten- und Landschaftsbau GmbH"""),
      ag("lena", "11-16 11:05", """Guten Tag Herr Hoffmann,

vielen Dank für Ihre Anfrage. Bagger und Hammer sind ab dem 30.11. frei; für zwei Wochen kommen Sie auf 1.140 £ netto, An- und Abtransport inklusive.

Ob wir in der ersten Woche einen Fahrer stellen können, kläre ich mit unserer Disposition und melde mich bis Mittwoch bei Ihnen.

Viele Grüße
Lena Hartmann""", promises=[("11-18", None)]), tz=1),

    C("m12-garcia-hormigonera", "es", "closed", {},
      "Lucía García <lucia.garcia@correo.example>", "gmail_es", "Alquiler hormigonera fin de semana",
      "Spanish DIYer (base64 mail): weekend price, Friday delivery and an extension lead, all answered.",
      cu("11-06 09:15", """Hola, buenos días:

Vamos a hacer la solera de una caseta en el jardín este fin de semana. ¿Cuánto cuesta alquilar la hormigonera el sábado y el domingo? ¿Me la pueden llevar el viernes por la tarde a Ashgrove Road 41? Y quisiera saber si necesito un alargador o si ya viene con cable suficiente.

Muchas gracias,
Lucía""", cte="base64"),
      ag("javier", "11-06 10:30", """Hola, Lucía:

El fin de semana se cobra como un solo día: 22 £ más IVA, y la entrega y recogida en Ashgrove Road son 30 £ en total. Se la llevamos el viernes entre las 14:00 y las 17:00.

La hormigonera trae 5 metros de cable; si el enchufe le queda más lejos, le ponemos un alargador de exterior sin coste.

Un saludo,
Javier""")),

    C("m13-priory-builders-invoice", "en", "closed", {"reopened": 1},
      "Neil Hutchins <accounts@priorybuilders.example>", "outlook", "Invoice INV-30377 - incorrect hire period",
      "Overcharge credited (PDF) and 'I'll mark this as resolved'; the customer comes back about a refuelling charge in a reply that lost its threading headers.",
      cu("11-03 10:10", """Hi,

Invoice INV-30377 charges us for 14 days on the plate compactor, but it was off-hired on 21 October (off-hire no. OH-54018), so it should be 7 days. Please can you correct it and send us a credit note?

Regards
Neil Hutchins
Accounts, Priory Builders Ltd"""),
      ag("priya", "11-03 13:40", """Dear Neil,

You're quite right - the off-hire was logged but the collection was entered a week late. Credit note CN-6120 for £58.80 + VAT is attached, and INV-30377 now stands correctly at 7 days. I'll mark this as resolved.

Kind regards,
Priya""", closes=True, attach=[("application/pdf", "CN-6120.pdf", CREDIT_PDF)]),
      cu("11-05 09:00", """Hi Priya,

Thanks for sorting that. While I'm going through the October invoices: INV-30412 has a £24 refuelling charge on the 3 t dumper, but the lads filled it up before it went back. Could you take that off too?

Neil""", thread=False),
      ag("priya", "11-05 11:20", """Dear Neil,

The driver's check-in sheet shows the dumper came back at about three-quarters full, which is why the charge went on. As it was close, though, I've spoken to the depot and we've removed it - credit note CN-6131 for £24 + VAT will be on your next statement.

Kind regards,
Priya""")),

    C("m14-sefton-warehouse-lift", "en", "pending", {"unanswered-question": 2},
      "Gemma Sefton <gemma.sefton@seftonlogistics.example>", "outlook", "Scissor lift or boom for warehouse relamping",
      "Five points in one long paragraph; scissor-vs-boom, IPAF category and notice are answered, the price difference and harnesses are not.",
      cu("11-17 09:45", """Hi,

We're re-lamping the warehouse at Unit 4, Canal Side and need something to get the lads up to the lights, which are roughly 9 m up over a level concrete floor. I was wondering whether your 10 m scissor lift would get us there or whether we'd need a boom. What would the price difference be for a week? Our two electricians have IPAF 3a cards but not 3b, so hopefully that isn't an issue. Do you supply harnesses as well, or do we bring our own? We'd like it from Monday 30 November if possible, so could you let me know how much notice you need for delivery.

Thanks,
Gemma Sefton
Facilities Manager | Sefton Logistics""", uq=2, kind="alt"),
      ag("nia", "11-17 11:20", """Hi Gemma,

The scissor will do it - the 10 m model gives a 12 m working height, so there's no need for a boom, and 3a is exactly the category your electricians need for it. We only need 48 hours' notice for delivery, so Monday 30th is no problem; I've pencilled it in for 8am.

Thanks,
Nia""")),

    C("m15-caldwell-wallpaper-steamer", "en", "closed", {},
      "Beth Caldwell <bethcaldwell@example.net>", "gmail", "Wallpaper steamer",
      "A pleasantry with a question mark, two short questions answered, thanks-only reply.",
      cu("11-05 20:15", """Hi there, hope you're all keeping well?

Do you have a wallpaper steamer free this Saturday? And how much is it for the weekend? Three layers of woodchip in the back bedroom, wish me luck!

Beth"""),
      ag("nia", "11-06 07:55", """Hi Beth,

Yes - one is reserved for you for Saturday. It's £16 for a day or £24 for the whole weekend (bring it back Monday morning), and we'll throw in a scraper.

Good luck with the woodchip!
Nia"""),
      cu("11-06 08:20", """Brilliant, thank you! See you Saturday.

Beth""", thanks=True)),

    C("m16-brightwater-collection", "en", "closed", {"missed-follow-up": 1},
      "Sam Okoro <sam@brightwaterplumbing.example>", "apple", "Off-hire - 14 Alder Close",
      "Off-hire number given straight away; 'I'll confirm the collection slot by the end of the day' is kept the next morning (late).",
      cu("11-10 08:15", """Morning,

We've finished with the pipe threader and the 110v transformer at 14 Alder Close. Please collect them, they're off-hire from today. Can you give me an off-hire number for our records?

Thanks
Sam Okoro
Brightwater Plumbing & Heating"""),
      ag("tom", "11-10 09:00", """Hi Sam,

Off-hire number is OH-55120, dated today. I'll confirm the collection slot by the end of the day once Darren's route is set.

Tom""", promises=[("11-10", 3)]),
      ag("tom", "11-11 08:40", """Hi Sam,

Sorry, this should have come yesterday - collection is Thursday 12th between 8 and 12. If nobody's in, just leave them by the side door.

Tom""", parent=2)),

    C("m17-villiers-mixer-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Paul Villiers <pvilliers@example.com>", "gmail", "Belle mixer",
      "No reply for two days, so the customer sends the same mail again word for word as a new message; answered after the resend.",
      cu("11-10 09:00", """Hello,

Do you hire out a Belle mixer on a stand, and is it 110v or 240v? I need one for Saturday to lay the bedding for a block paved drive.

Paul Villiers"""),
      cu("11-12 08:30", """Hello,

Do you hire out a Belle mixer on a stand, and is it 110v or 240v? I need one for Saturday to lay the bedding for a block paved drive.

Paul Villiers""", chase=True, parent=0),
      ag("nia", "11-12 09:15", """Hi Paul,

Sorry you had to send this twice - the first one ended up in our spam folder. We've got the Belle on a stand in both voltages; for a driveway go for the 240v, it plugs straight into a household socket. It's £19 + VAT a day and I've put one aside for you for Saturday.

Nia""")),

    C("m18-kaminski-tile-saw", "en", "closed", {},
      "Marta Kaminski <marta.kaminski@example.org>", "outlook", "Tile saw for large format tiles",
      "HTML-only mail: two questions about a wet saw, both answered in different words.",
      cu("11-06 12:10", """Hello,

I'm tiling our kitchen floor with 1200 x 600 porcelain tiles. Will your wet tile saw cut that size in one pass? And do I need to bring anything for the water, or does it have its own tank?

Thanks,
Marta""", kind="html"),
      ag("nia", "11-06 13:00", """Hi Marta,

The bridge saw takes tiles up to 1250 mm long, so your 1200s go through in one pass. It has its own pump and tray - just fill it from a bucket, no hose needed. £35 + VAT a day, and the blade is charged on wear.

Nia""")),

    C("m19-moreau-nettoyeur", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Claire Moreau <claire.moreau@example.net>", "apple_fr", "Devis nettoyeur de moquette + déshumidificateur",
      "French landlord abroad: cleaning product answered, the quote promised 'demain' arrives two days late after she chases.",
      cu("11-16 10:00", """Bonjour,

Je suis propriétaire d'une maison de location à Mossgate (14 Church Row) et les derniers locataires ont laissé la moquette dans un état lamentable. Un ami sur place pourrait s'en occuper samedi.

Pourriez-vous me faire un devis pour un nettoyeur de moquette et un déshumidificateur pour le week-end du 21 novembre, livrés et repris à l'adresse ? Est-ce que le produit nettoyant est fourni ?

Bien cordialement,
Claire Moreau"""),
      ag("amelie", "11-16 10:20", """Bonjour Madame Moreau,

Le produit est fourni : un bidon de 5 litres est compris dans la location, et vous ne payez que ce que vous utilisez en plus.

Pour le devis, je dois d'abord vérifier qu'il nous reste un déshumidificateur ce week-end-là ; je reviens vers vous demain avec les prix.

Bien cordialement,
Amélie""", promises=[("11-17", 4)]),
      cu("11-18 18:30", """Bonjour Amélie,

Je me permets de revenir vers vous au sujet du devis, je n'ai toujours rien reçu. Mon ami doit savoir d'ici vendredi s'il peut compter sur les machines.

Merci,
Claire Moreau""", chase=True),
      ag("amelie", "11-19 08:45", """Bonjour Madame Moreau,

Toutes mes excuses pour ce retard. Voici le devis : nettoyeur de moquette 28 £, déshumidificateur 32 £, livraison et reprise à Church Row 40 £, soit 100 £ HT pour le week-end. Livraison vendredi 20 dans l'après-midi, reprise lundi 23 au matin. Si cela vous convient, répondez-moi simplement et je confirme la réservation.

Bien cordialement,
Amélie""")), 

    C("m20-patel-generator", "en", "pending", {"unanswered-question": 1},
      "Ravi Patel <ravi@chaiandchips.example>", "gmail", "Generator for Christmas market",
      "Street-food trader: generator size and an evening pick-up answered, the fuel question skipped; his signature has a '?' and a URL.",
      cu("11-18 13:20", """Hi,

I run a street food stall and I've got the Christmas market on the green from 27 November. What size generator would I need to run two hot water urns (3 kW each) and a string of LED lights? Is it returned full, or do you charge for the diesel used? And could I collect it on the Thursday evening after 5?

Thanks
Ravi
Chai & Chips
Hungry? See where we are this week: https://chaiandchips.example/where?src=email""", uq=1),
      ag("nia", "11-18 14:30", """Hi Ravi,

Two 3 kW urns plus lights is about 6.5 kW, so you want the 8 kVA silenced generator - it'll run both urns flat out without tripping. We close at 5 on weekdays, but I can leave it with the gatehouse at the Mill Lane estate for you to pick up any time until 8pm on Thursday 26th.

Nia""")),

    C("m21-hargreaves-digger-breakdown", "en", "closed", {"many-handoffs": 1},
      "Lee Hargreaves <lee@hargreavesdrainage.example>", "android", "Hydraulic leak on 3t digger - Beck Farm",
      "Breakdown handled by three people: the hire desk hands over ('he'll be in touch this morning', kept), the workshop sends an engineer, dispatch swaps the machine.",
      cu("11-04 07:20", """Hi,

The 3t digger on our job at Beck Farm (hire H-47902) is leaking hydraulic oil from the boom ram, quite a lot of it. We've stopped using it. Can you get someone out this morning?

Lee Hargreaves
Hargreaves Drainage"""),
      ag("nia", "11-04 07:40", """Hi Lee,

Thanks for stopping it straight away. I've passed this to Craig in the workshop - he'll be in touch this morning to arrange an engineer.

Nia""", promises=[("11-04", 3)]),
      ag("craig", "11-04 08:25", """Lee,

Engineer (Marek) is on his way to Beck Farm, ETA about 10:30. If it's the ram seal he can change it on site; if it's the hose or the ram itself it'll need a swap.

Craig"""),
      cu("11-04 12:15", """Craig, Marek says the ram is scored and it needs to go back to your workshop. When can we get a replacement machine? We've got a trench open.

Lee"""),
      ag("tom", "11-04 12:50", """Hi Lee,

Darren is loading a replacement 3 t now and will be with you by 3pm; he'll take the broken one back on the same trip. Same hire number, no charge for the swap.

Tom"""),
      cu("11-04 16:05", """Replacement is here and working. Thanks all.

Lee""", thanks=True)),

    C("m22-schulz-rollgeruest", "de", "closed", {"unanswered-question": 1},
      "Andreas Schulz <a.schulz@malerbetrieb-schulz.example>", "outlook_de", "Rollgerüst für Treppenhaus",
      "German painter: tower size and whether training is needed answered; the Saturday collection request is skipped.",
      cu("11-09 08:00", """Guten Morgen,

wir müssen nächste Woche eine Treppenhauswand streichen, Deckenhöhe ca. 6,50 m. Welches Rollgerüst würden Sie dafür empfehlen? Braucht man für den Aufbau eine Einweisung oder einen Nachweis?

Wir würden das Gerüst gern am Montag, den 16. November, abholen. Können Sie es am Samstag, den 21. November, bei uns wieder abholen? Unser Transporter ist dann schon auf einer anderen Baustelle.

Viele Grüße
Andreas Schulz
Malerbetrieb Schulz""", uq=1),
      ag("lena", "11-09 09:40", """Hallo Herr Schulz,

für 6,50 m Deckenhöhe reicht das Gerüst mit 4,7 m Plattformhöhe (Arbeitshöhe 6,7 m). Einen Nachweis brauchen Sie nicht; beim Abholen zeigen wir Ihnen den Aufbau, und die Anleitung liegt jedem Gerüst bei. Ab Montag, 16.11., steht es für Sie bereit.

Viele Grüße
Lena Hartmann""")),

    C("m23-navarro-placa", "es", "closed", {"missed-follow-up": 1},
      "Sergio Navarro <sergio.navarro@reformasnavarro.example>", "gmail_es", "Placa vibrante",
      "Spanish paver: three-day price answered; whether a plate with a rubber mat is free is deferred to Monday and never confirmed.",
      cu("11-05 08:50", """Buenos días:

Estoy haciendo un patio de adoquines en Ferncliffe Road y necesito una placa vibrante para la semana que viene. ¿Qué precio tiene por tres días? ¿Tienen alguna con almohadilla de goma para no marcar los adoquines?

Gracias,
Sergio Navarro
Reformas Navarro"""),
      ag("javier", "11-05 10:15", """Hola, Sergio:

La placa vibrante son 28 £ al día más IVA, así que los tres días le salen por 84 £ más IVA.

Almohadillas de goma tenemos para dos de las placas, pero una está en el taller. Le confirmo el lunes si la otra está libre para esos días.

Un saludo,
Javier""", promises=[("11-09", None)])),

    C("m24-greenacre-landscapes-po", "en", "pending", {"unanswered-question": 1},
      "Josh Greenacre <josh@greenacrelandscapes.example>", "outlook", "1.5t digger w/c 23rd",
      "Availability answered; in his booking mail the landscaper asks for a PO number on the invoice and a grading bucket - only the booking and bucket are confirmed.",
      cu("11-12 10:30", """Hi Nia,

Have you got a 1.5 t digger free from Monday 23rd for a week? It'd be going to a back garden in Harrowby Crescent, access is via a 1 m side passage.

Josh"""),
      ag("nia", "11-12 11:10", """Hi Josh,

Yes - the 1.5 t with retractable tracks narrows to 980 mm, so it'll go down the passage. £395 + VAT for the week plus £45 each way for delivery.

Nia"""),
      cu("11-16 08:20", """Great, please book it. Can you put PO GL-2290 on the invoice? Our accounts team won't pay anything without one. And do you have the 1.2 m grading bucket for that week too?

Josh""", uq=1),
      ag("nia", "11-16 09:05", """Hi Josh,

All booked for Monday 23rd, first drop (7:30-9:00), and the grading bucket will be on the trailer with it at no extra charge.

Nia""")),

    C("m25-rowe-carpet-cleaner", "en", "closed", {},
      "Claire Rowe <clairerowe@example.com>", "iphone", "Carpet cleaner extension",
      "A question the customer answers herself and a rhetorical one; the extension request is answered; thanks-only.",
      cu("11-07 10:40", """Hi,

Where do I find the hire number on my receipt? Oh hang on, top right corner, found it - H-48077.

Could I keep the carpet cleaner until Tuesday instead of bringing it back on Monday? Who knew two children and a labrador could make this much mess?!

Claire

Sent from my iPhone"""),
      ag("nia", "11-07 11:05", """Hi Claire,

No problem - H-48077 is extended to Tuesday 10th, back by 5pm please. The extra day is £14 and I've added it to the hire, so you can pay when you drop it off.

Nia"""),
      cu("11-07 11:12", """Thank you!!

Sent from my iPhone""", thanks=True)),

    C("m26-trent-valley-long-hire", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Martin Ellwood <m.ellwood@trentvalleycivils.example>", "outlook", "Quote request - Ashby Retail Park",
      "Damage waiver answered; 'send the revised quote tomorrow' is kept six days later, after two chases (the second reply has a References gap).",
      cu("11-09 14:00", """Hello,

We've won the car park extension at Ashby Retail Park and will need the following on site from 4 January for roughly three months:

- 2 x 1.5 t mini diggers
- 1 x 3 t swivel dumper
- 2 x aluminium towers, 4.2 m

Please can you send a quote at your long-term rates? Can you also tell me whether the rates include the damage waiver?

Regards,
Martin Ellwood
Contracts Manager, Trent Valley Civils"""),
      ag("nia", "11-10 09:10", """Dear Martin,

Thanks for the enquiry, and congratulations on the contract. The damage waiver is added on top of the hire rates at 12 %, or you can cover the machines on your own plant insurance and send us the certificate.

For three months we can do better than the standard rates, so I'll get a long-term price from our hire manager and send the revised quote tomorrow.

Regards,
Nia""", promises=[("11-11", 5)]),
      cu("11-13 10:05", """Hi Nia,

Any news on the quote?

Martin""", chase=True),
      cu("11-17 08:30", """Nia,

Still waiting on this. We need to place the orders by Thursday, so if I haven't got your prices by then we'll have to go with another supplier.

Martin""", chase=True),
      ag("nia", "11-17 10:20", """Dear Martin,

I'm very sorry - the quote was sitting with our manager for sign-off. It's attached: 13 weeks, delivery and collection included, £7,860 + VAT in total, valid until 31 December.

Regards,
Nia""", kind="alt", refs=[1, 4], attach=[("application/pdf", "Q-11-2026-118.pdf", QUOTE_PDF)])),

    C("m27-lambert-patio-heaters", "en", "open", {},
      "Ollie Lambert <ollie.lambert@example.net>", "gmail", "Patio heaters for a party",
      "Fresh enquiry this morning with only the acknowledgement so far - inside the response target.",
      cu("11-20 10:05", """Hi,

We're having a party in a marquee for my dad's 70th on Saturday 5 December. Do you hire patio heaters, and how many would you suggest for about 40 people? Are they gas, and if so is the bottle included?

Ollie"""),
      ack("11-20 10:06")),

    C("m28-nowak-narrow-tower", "en", "closed", {"unanswered-question": 1},
      "Piotr Nowak <piotr.nowak@example.org>", "thunderbird", "Tower for stairwell",
      "Numbered questions answered inline; the agent drops the third one (adjustable legs on their own) from her reply.",
      cu("11-06 16:30", """Hi,

A few questions about towers before I book - I'm decorating the stairwell in a 1930s semi:

1. Will the 4.2 m tower fit through a 750 mm doorway?
2. If not, do you have a narrow version?
3. Can I hire the adjustable legs on their own, for the stairs?

Thanks,
Piotr""", uq=1),
      ag("nia", "11-06 17:05", """Hi Piotr,

> 1. Will the 4.2 m tower fit through a 750 mm doorway?

Not the standard one - it's 1.45 m wide.

> 2. If not, do you have a narrow version?

Yes, the 0.7 m narrow-span tower. The frames go through any normal doorway and it builds to the same heights. £95 + VAT a week.

Nia""", quote=False)),

    C("m29-mercier-ponceuse", "fr", "pending", {},
      "Sophie Mercier <sophie.mercier@example.net>", "apple_fr", "Location ponceuse à parquet",
      "French: whether they hire belt sanders, the day rate and a Saturday-to-Monday hire, answered in a few lines.",
      cu("11-18 19:30", """Bonsoir,

Nous venons d'acheter une maison à Mossgate et le parquet de l'entrée est à poncer (environ 12 m²). Je voudrais savoir si vous louez des ponceuses à bande et quel est le tarif pour une journée. Est-il possible de la récupérer le samedi matin et de la rendre le lundi ?

Merci et bonne soirée,
Sophie Mercier"""),
      ag("amelie", "11-19 08:30", """Bonjour Madame Mercier,

Oui, et c'est la bonne machine pour un parquet : 30 £ HT la journée, abrasifs facturés à l'usage. Le week-end compte pour une seule journée : vous passez la prendre samedi entre 7h30 et 12h et vous la rapportez lundi matin.

Bien cordialement,
Amélie""")),

    C("m30-richter-anhaenger", "de", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Uwe Richter <uwe.richter@example.com>", "gmail_de", "Minibagger mit eigenem Anhänger abholen",
      "German DIYer asks about towing a digger on his own trailer; only the acknowledgement; he chases on Tuesday and still has no answer.",
      cu("11-13 15:10", """Hallo,

ich möchte am Samstag, 21. November, einen Minibagger für einen Tag mieten und ihn mit meinem eigenen Anhänger abholen. Mein Anhänger hat 2,7 t zulässiges Gesamtgewicht - reicht das für Ihren 1,5-t-Bagger? Und was kostet der Bagger für den Tag?

Gruß
Uwe Richter"""),
      ack("11-13 14:11"),
      cu("11-17 09:20", """Hallo,

leider habe ich auf meine Mail vom Freitag noch keine Antwort bekommen. Der Samstag rückt näher - kann ich den Bagger nun mit meinem Anhänger abholen oder nicht?

Gruß
Uwe Richter""", chase=True), tz=1),
]
CASES += [
    C("m31-delgado-andamio", "es", "pending", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Carmen Delgado <carmen.delgado@example.org>", "gmail_es", "Torre de andamio para fachada",
      "Spanish restaurant owner waits four days and chases; the reply gives price and delivery but not whether a council permit is needed.",
      cu("11-12 11:00", """Hola:

Tenemos un restaurante en Market Street y queremos pintar la fachada antes de Navidad. ¿Cuánto costaría alquilar una torre de andamio durante una semana? ¿Hace falta algún permiso del ayuntamiento para ponerla en la acera?

Un saludo,
Carmen Delgado
Restaurante La Encina""", uq=1),
      ack("11-12 11:01"),
      cu("11-16 10:30", """Hola de nuevo:

¿Han podido ver mi correo? Todavía no he recibido respuesta y el pintor quiere empezar la semana que viene.

Carmen""", chase=True),
      ag("javier", "11-16 12:15", """Hola, Carmen:

Disculpe la demora. La torre de 4,2 m para una semana sale por 95 £ más IVA, y la entrega y recogida en Market Street son 40 £. Podemos llevarla el lunes 23 a primera hora.

Un saludo,
Javier""", cte="base64")),

    C("m32-ruiz-desbrozadora", "es", "closed", {},
      "Andrés Ruiz <andres.ruiz@example.net>", "gmail_es", "Desbrozadora sábado",
      "Spanish: availability on Saturday and whether a normal brush cutter handles thick brambles, answered with a price.",
      cu("11-03 17:45", """Buenas tardes:

Quisiera saber si tienen desbrozadora de gasolina para alquilar este sábado. El terreno tiene zarzas bastante gruesas, ¿sirve una desbrozadora normal o necesito algo más potente?

Gracias,
Andrés"""),
      ag("javier", "11-04 08:20", """Buenas, Andrés:

Sí, le reservo una para el sábado. Para zarzas gruesas le ponemos el disco de tres puntas en lugar del hilo, que corta tallos de hasta 2 cm sin problema. Son 26 £ al día más IVA, con arnés y pantalla incluidos.

Un saludo,
Javier""")),

    C("m33-whitcombe-tower-collection", "en", "pending", {},
      "Harriet Whitcombe <harriet.w@example.com>", "gmail", "Tower collection - 3 Chapel Walk",
      "Early off-hire: collection day and charging answered; the driver's collection and the automatic final invoice are logistics and process, not promises.",
      cu("11-16 12:00", """Hello,

We've finished with the tower at 3 Chapel Walk a few days early. Can you collect it on Wednesday? And will I get a refund for the days we don't use, or is it charged for the full fortnight regardless?

Harriet"""),
      ag("tom", "11-16 13:20", """Hi Harriet,

Wednesday's fine - the driver collects from Chapel Walk in the afternoon, between 12 and 4, and you don't need to be in if it's in the front garden. The hire stops on the day you called it off, so you're only charged to today; the final invoice is emailed to you automatically once the tower is back in the yard.

Tom""")),

    C("m34-okafor-church-lights", "en", "pending", {},
      "Chidi Okafor <c.okafor@stmarks-church.example>", "owa", "Access to church roof lights",
      "Both questions answered; a promise to confirm the recommendation 'on Monday' (23 November) is still ahead at audit time.",
      cu("11-19 09:00", """Dear Sir/Madam,

St Mark's would like to hire a cherry picker or tower to replace two bulbs in the church roof lights, about 8 m up, on a weekday in early December. Is that something you could help with, and roughly what would it cost?

With thanks,
Chidi Okafor
Churchwarden, St Mark's Church"""),
      ag("nia", "11-19 11:30", """Dear Chidi,

Yes, we can. For a one-off job like that an 8 m tower is the cheapest option at £85 + VAT for a week including delivery; a small cherry picker would be around £210 for the day but needs an operator with an IPAF card.

I'd like to check the church floor notes with our depot manager before recommending the tower, so I'll confirm which one we'd suggest and a date on Monday.

Kind regards,
Nia""", promises=[("11-23", None)])),

    C("m35-fitzgerald-vat-invoice", "en", "closed", {},
      "Dermot Fitzgerald <dermot@fitzgeraldjoinery.example>", "thunderbird", "VAT invoice needed",
      "The hire desk promises a colleague will send the VAT invoice by tomorrow; accounts sends it (PDF) the next morning.",
      cu("11-10 13:00", """Hi,

Can I get a proper VAT invoice for the mitre saw hire last week? The till receipt doesn't show your VAT number and my accountant has sent it back.

Dermot Fitzgerald
Fitzgerald Joinery"""),
      ag("nia", "11-10 13:25", """Hi Dermot,

Sorry about that - the till receipts don't carry it. I've asked Priya in accounts and she'll email you a full VAT invoice by tomorrow.

Nia""", promises=[("11-11", 3)]),
      ag("priya", "11-11 10:10", """Dear Dermot,

Please find attached VAT invoice INV-30455 for the mitre saw hire (3-5 November), showing our VAT number.

Kind regards,
Priya""", attach=[("application/pdf", "INV-30455.pdf", VAT_PDF)])),

    C("m36-marlowe-lark-rise", "en", "pending", {"unanswered-question": 2},
      "Stuart Marlowe <stuart@marlowehomes.example>", "outlook", "Lark Rise - plant for groundworks",
      "Four things in one paragraph; the price and the delivery day are answered, the hire terms and the welfare-unit discount are not.",
      cu("11-18 08:05", """Morning Nia,

We're starting groundworks on the eight plots at Lark Rise on Monday 7 December and I'd like to get the kit sorted before everyone disappears for Christmas. We'll need a 3 t digger and a 1 t high-tip dumper for about six weeks - what would that come to at your weekly rate, delivered? Please send over your standard hire terms and the damage waiver wording as well, since our new QS wants to read them before we sign anything. We'll also want a welfare unit and a bowser on site for the same period; is there any discount if we take those from you too? And can you deliver on the Monday itself or would it need to be the Friday before?

Cheers,
Stuart Marlowe
Marlowe Homes""", uq=2),
      ag("nia", "11-18 10:30", """Hi Stuart,

Monday 7th is fine - we'll have both machines on site by 8am. For six weeks the 3 t digger is £1,650 and the high-tip dumper £990, so £2,640 + VAT all in, delivery and collection included.

Nia""")),

    C("m37-hale-drain-camera", "en", "pending", {},
      "Rob Hale <rob@halesplumbing.example>", "gmail", "Drain camera",
      "Two questions answered in reverse order; the plumber's signature has 'Blocked drain?' and a URL with '?'.",
      cu("11-17 14:40", """Hi,

Do you have a drain camera I could hire for a morning? I need to survey a collapsed run under a patio. And do you sell drain rods or just hire them?

Rob Hale
Hale's Plumbing & Drainage
Blocked drain? Book online: https://halesplumbing.example/book?ref=email-sig"""),
      ag("nia", "11-17 15:10", """Hi Rob,

We hire rods only - £12 a day for a set of ten. The camera is £65 + VAT (a morning is charged as a day) and it records to a USB stick, so you can send the footage on to your customer.

Nia""")),

    C("m38-stokes-dene-road", "en", "pending", {},
      "Jenny Stokes <j.stokes@stokesproperty.example>", "outlook", "Blocked drain at Dene Road",
      "Recommendation and delivery area answered; the customer's Outlook out-of-office answers the reply and changes nothing.",
      cu("11-16 09:00", """Hello,

We manage a block of flats on Dene Road and need to clear a blocked communal drain. Could you let me know what you'd recommend and whether you deliver to Dene Road?

Regards,
Jenny Stokes
Stokes Property Management"""),
      ag("nia", "11-16 10:00", """Hello Jenny,

For a communal drain I'd go for the electric drain cleaner with the spiral sets - £45 + VAT a day - and yes, Dene Road is inside our free delivery area for hires over £40.

Regards,
Nia"""),
      auto("11-16 10:01", """Thank you for your email. I am out of the office until Monday 23 November with no access to email. For urgent property matters please call our office on 01632 960 888.

Jenny Stokes""", quote=False, subject="Automatic reply: RE: Blocked drain at Dene Road")),

    C("m39-pearce-cleaning-fee", "en", "closed", {"unanswered-question": 1},
      "Anna Pearce <anna.pearce@example.com>", "gmail", "Cleaning charge on my invoice",
      "Accounts explains why the cleaning charge stands; the request for a VAT receipt is ignored.",
      cu("11-10 17:30", """Hello,

I've just seen my final invoice for the cement mixer and there's a £35 cleaning charge on it. We hosed it out before we brought it back, so why has that been added? Could you also send me a VAT receipt for the whole hire? My husband is claiming it through his business.

Thanks,
Anna Pearce""", uq=1),
      ag("priya", "11-11 09:40", """Dear Anna,

When the mixer came back there was set concrete around the drum opening and on the paddles, which the workshop had to chip off - there are photos on the check-in sheet. The cleaning charge covers that time, so I'm afraid it stands.

Kind regards,
Priya""")),

    C("m40-lefebvre-betonniere", "fr", "pending", {"unanswered-question": 2},
      "Thierry Lefebvre <thierry.lefebvre@example.org>", "thunderbird", "Bétonnière et disqueuse - extension",
      "French: the multi-week discount is answered with prices; whether the cut-off saw handles 20 cm blocks and the request for the hire terms are skipped.",
      cu("11-17 09:10", """Bonjour,

Je fais construire une extension et mon maçon a besoin d'une bétonnière et d'une disqueuse à partir du lundi 30 novembre, pour trois semaines.

Pourriez-vous me dire si vous faites un tarif dégressif à partir de deux semaines ? La disqueuse doit pouvoir couper des parpaings de 20 cm, est-ce que la vôtre en est capable ? Merci de m'envoyer aussi vos conditions de location, mon assureur me les demande.

Cordialement,
Thierry Lefebvre""", uq=2),
      ag("amelie", "11-17 11:00", """Bonjour Monsieur Lefebvre,

Oui : au-delà de deux semaines, la troisième semaine est à moitié prix. Pour trois semaines, la bétonnière revient donc à 95 £ HT et la disqueuse à 120 £ HT, livraison comprise le lundi 30 novembre.

Bien cordialement,
Amélie""")),

    C("m41-becker-vertikutierer", "de", "closed", {},
      "Sabine Becker <sabine.becker@example.net>", "thunderbird_de", "Vertikutierer mieten",
      "German DIYer: scarifier price and grass box answered; a thanks-only reply with her plan to collect.",
      cu("11-02 16:00", """Hallo,

ich möchte im Garten das Moos aus dem Rasen holen und anschließend neu einsäen. Haben Sie einen Vertikutierer zu vermieten, und was kostet der pro Tag? Gibt es auch einen Fangkorb dazu, oder muss ich das Moos hinterher zusammenrechen?

Viele Grüße
Sabine Becker"""),
      ag("lena", "11-03 08:30", """Hallo Frau Becker,

ja, wir haben einen Benzin-Vertikutierer für 32 £ am Tag (zzgl. MwSt.). Ein Fangkorb ist dabei, bei viel Moos müssen Sie ihn allerdings öfter leeren.

Viele Grüße
Lena Hartmann"""),
      cu("11-03 09:00", """Vielen Dank, dann hole ich ihn am Samstag ab.

Sabine Becker""", thanks=True)),

    C("m42-quinn-dumper-monday", "en", "closed", {"unanswered-question": 1},
      "Aidan Quinn <aidan@quinnbuild.example>", "outlook", "Dumper Holloway Road",
      "Asked to bring the dumper on Monday instead of Tuesday, the agent confirms Tuesday's slot and answers the driver question only.",
      cu("11-06 11:00", """Hi Tom,

Could you bring the 3 t dumper for the Holloway Road job on Monday instead of Tuesday? The concrete pour's been brought forward. Also, does the driver need the site contact's number, or will he just turn up?

Cheers
Aidan Quinn
Quinn Build""", uq=1),
      ag("tom", "11-06 11:45", """Hi Aidan,

Tuesday's delivery is booked for 8am, and Darren rings the number on the hire form half an hour before he arrives, so he just needs someone there to sign.

Tom""")),

    C("m43-harlow-invoice-query", "en", "closed", {"missed-follow-up": 1},
      "Rachel Harlow <rachel.harlow@harlowlettings.example>", "owa", "INV-30398 query",
      "'I'll look into it and get back to you' with no deadline (2-day window) - never followed up.",
      cu("11-06 09:30", """Hi,

Our invoice INV-30398 shows three weeks' hire on the carpet cleaner, but we only had it from 19 to 23 October. Could you check it please?

Rachel Harlow
Harlow Lettings"""),
      ag("priya", "11-06 12:00", """Dear Rachel,

Thanks - I can see what you mean. I'll look into why the system has it down as three weeks and get back to you.

Kind regards,
Priya""", promises=[("window", None)])),

    C("m44-nash-board-lifter", "en", "closed", {"slow-first-response": 1},
      "Ben Nash <ben.nash@example.net>", "gmail", "Plasterboard lifter",
      "Friday evening enquiry answered fully on Monday morning: slow first response only.",
      cu("11-06 18:40", """Hi,

Do you hire plasterboard lifters? I'm boarding a kitchen ceiling on my own next weekend. What height does it go to, and how much is it for the weekend?

Ben"""),
      ag("nia", "11-09 08:10", """Hi Ben,

Sorry for the slow reply, we don't pick up emails over the weekend. Yes - the board lifter reaches 3.3 m, plenty for a kitchen ceiling, and takes full 2.4 m boards. It's £24 + VAT for the weekend.

Nia""")),

    C("m45-ellison-forwarded-booking", "en", "pending", {},
      "Mark Ellison <mark.ellison@ellisonbuild.example>", "outlook", "FW: Booking confirmation MG-81301",
      "HTML-only forward of a booking confirmation (its boilerplate has questions and a '?' URL); the customer's one question is answered.",
      cu("11-17 08:00", """Hi,

See the booking below. Can you confirm the delivery address has been changed to the site compound? The address on the original was our office.

Mark

________________________________
From: Mossgate Hire Desk <hire@mossgatehire.example>
Sent: Thursday, November 12, 2026 2:14 PM
To: Mark Ellison <mark.ellison@ellisonbuild.example>
Subject: Booking confirmation MG-81301

Booking MG-81301: 1 x 1 t high-tip dumper, 1 x 4.2 m tower.
Delivery: Thursday 19 November, AM, to Ellison Build Ltd, 7 Station Yard.
Need to change something? Reply to this email or call 01632 960 417.
Want cover for accidental damage? See https://mossgatehire.example/waiver?b=MG-81301""", kind="html"),
      ag("nia", "11-17 08:45", """Hi Mark,

Yes, that's changed now - Thursday's delivery goes to the Millbrook site compound, Gate 3, off Moss Lane. The driver will ring the site number 30 minutes before.

Nia""")),

    C("m46-carver-laser-level", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Lucy Carver <lucy.carver@example.org>", "apple", "Laser level out of calibration",
      "'Let me check with the workshop and I'll come back to you early next week' (Thursday; due Tuesday) answered on Wednesday after 'Just following up'.",
      cu("11-05 09:30", """Hello,

We hired the rotating laser level (H-47988) for a patio last week and I think it was out of calibration - the falls came out nearly 10 mm wrong over 4 m and we had to relay a section. Photo of the readings attached. Could you get it checked? If it was faulty, I'd like the hire charge refunded.

Lucy Carver""", attach=[("image/png", "laser-readings.png", LASER_PNG)]),
      ag("craig", "11-05 11:00", """Hi Lucy,

Sorry to hear that. Let me check with the workshop - they'll put it on the calibration bench - and I'll come back to you early next week.

Craig""", promises=[("11-10", 4)]),
      cu("11-11 09:00", """Hi Craig,

Just following up - did the workshop get a chance to check the laser?

Lucy""", chase=True),
      ag("craig", "11-11 10:30", """Hi Lucy,

Apologies for the delay. The workshop found it 6 mm out at 30 m, beyond tolerance, so you were right. I've asked accounts to refund the £48 hire charge to your card, and the level is out of the fleet until it's been recalibrated.

Craig""")),

    C("m47-dawson-rubble-chutes", "en", "open", {},
      "Kate Dawson <kate.dawson@example.com>", "gmail", "Rubble chutes",
      "First questions answered; the customer's booking mail with two new questions came this morning - inside the response target.",
      cu("11-18 12:00", """Hi, do you hire rubble chutes? We're stripping a roof next month. How many sections would we need for a two-storey house?

Kate"""),
      ag("nia", "11-18 13:10", """Hi Kate,

We do - £3 per section per week, each section is 1 m. For a two-storey eaves height of around 5.5 m you'd want six sections plus the hopper, and the chain and bracket to fix it to the scaffold.

Nia"""),
      cu("11-20 09:30", """Thanks Nia. Can we have them from Monday 7 December for two weeks, delivered to 18 Sycamore Drive? And is there a deposit?

Kate""")),

    C("m48-greaves-tower-extension", "en", "pending", {"customer-chased": 1},
      "Harry Greaves <harry@greavesroofing.example>", "iphone", "Tower extension Chestnut Avenue",
      "Extension confirmed but the updated invoice is not sent; the roofer chases 'Still waiting for the updated invoice' and accounts sends it.",
      cu("11-16 07:30", """Hi,

Can we keep the tower at Chestnut Avenue for another week, until the 23rd? Please send me an updated invoice with the extension on, I need it for the customer.

Harry

Sent from my iPhone"""),
      ag("nia", "11-16 08:15", """Hi Harry,

No problem, the tower at Chestnut Avenue is extended to Monday 23rd.

Nia"""),
      cu("11-18 12:40", """Thanks Nia. Still waiting for the updated invoice though - could you send it over today? The customer's on at me about it.

Harry

Sent from my iPhone""", chase=True),
      ag("priya", "11-18 14:05", """Dear Harry,

Nia passed this over to me - the updated invoice INV-30561 is attached, covering the tower to 23 November.

Kind regards,
Priya""", attach=[("application/pdf", "INV-30561.pdf", EXT_PDF)])),

    C("m49-brook-farm-towers", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Fran Oduya <fran.oduya@brookfarmdev.example>", "outlook", "Towers for Brook Farm plots 3 & 4",
      "Price answered; erection by the depot team deferred 'by Friday' and never confirmed; the method statement request is ignored.",
      cu("11-04 10:00", """Hello,

We need two 6.2 m towers on the Brook Farm site for the fascia and soffit work on plots 3 and 4, from Monday 16 November for two weeks.

What would that cost? Can your team erect and dismantle them for us, as our joiners aren't PASMA trained? Please send your method statement for tower erection too, our H&S advisor needs it before anyone goes up.

Thanks,
Fran Oduya
Site Manager, Brook Farm Developments""", uq=1),
      ag("nia", "11-04 11:30", """Hi Fran,

Two 6.2 m towers for two weeks come to £420 + VAT, delivered.

Erection is done by Craig's crew and they're booked up most of that week, so I'll check with him whether they can fit you in on the 16th and come back to you by Friday.

Thanks,
Nia""", promises=[("11-06", None)])),

    C("m50-sutherland-chainsaw", "en", "closed", {"unanswered-question": 2},
      "Iain Sutherland <iain.sutherland@example.net>", "gmail", "Chainsaw hire",
      "Four questions on separate lines; price and safety gear answered in one sentence, the certificate and chain-sharpening questions skipped.",
      cu("11-09 19:20", """Hi there,

A storm brought an ash tree down across our paddock and I'd like to cut it up myself. A few questions:

Do you hire chainsaws to people without a certificate? I've used one for years but never done the course.
Does it come with trousers, gloves and a helmet, or do I need my own?
Could you tell me if you sharpen the chain before each hire?
What's the price for two days?

Thanks,
Iain""", uq=2),
      ag("nia", "11-10 08:45", """Hi Iain,

Two days is £58 + VAT for the 18" saw, and we lend chainsaw trousers, gloves and a visor helmet with it free of charge - you just need your own boots.

Nia""")),

    C("m51-ingram-invoice-copy", "en", "closed", {},
      "Tessa Ingram <purchase.ledger@ingramfacilities.example>", "owa", "Copy invoice INV-30418",
      "A request without a question mark and a balance question, answered with a PDF and one line.",
      cu("11-03 14:00", """Good afternoon,

Please send a copy of invoice INV-30418 - the original went to a colleague who has since left. Could you also confirm whether anything is still outstanding on our account?

Kind regards,
Tessa Ingram
Purchase Ledger, Ingram Facilities Ltd"""),
      ag("priya", "11-03 15:10", """Dear Tessa,

Copy attached. Nothing outstanding - INV-30418 was paid on 2 November and the account balance is £0.00.

Kind regards,
Priya""", attach=[("application/pdf", "INV-30418-copy.pdf", COPY_PDF)])),

    C("m52-kerr-tracked-dumper", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Callum Kerr <callum.kerr@example.org>", "gmail", "Tracked dumper",
      "Steps question answered; the two-week price deferred to 'tomorrow' and never sent; the second-key request skipped.",
      cu("11-16 13:00", """Hi,

I'm landscaping my back garden over the next couple of weeks and I'm looking at the 1 t tracked dumper. Will it climb the three steps up to the lawn if I put boards down? Is there a discount for two weeks? Please also add a second ignition key to the hire, my brother-in-law will be using it too.

Callum""", uq=1),
      ag("nia", "11-16 14:20", """Hi Callum,

On boards it'll manage three steps fine - the tracks grip well, just take it straight on rather than at an angle.

I'll find out from our hire manager tomorrow what we can do on a two-week price and let you know.

Nia""", promises=[("11-17", None)])),

    C("m53-abbott-core-drill", "en", "closed", {},
      "Glenn Abbott <glenn@abbottelectrical.example>", "thunderbird", "Core drill today?",
      "'How was your weekend?' is a pleasantry; the one real question is answered with a yes and a price.",
      cu("11-09 07:30", """Morning Nia, how was your weekend?

Quick one - have you got a core drill with a 117 mm bit free today? I need to put a hole through a cavity wall for a kitchen extract.

Glenn
Abbott Electrical"""),
      ag("nia", "11-09 07:50", """Morning Glenn!

Yes - the diamond core drill and a 117 mm bit are on the shelf with your name on. £38 + VAT a day, bit charged on wear; collect any time before 5.

Nia""")),

    C("m54-drummond-digger-towing", "en", "pending", {"unanswered-question": 2},
      "Ewan Drummond <ewan.drummond@example.com>", "android", "Digger depth + towing",
      "Dig depth answered (with advice to take the bigger machine); towing on a car licence and a cleaning charge are not.",
      cu("11-17 18:00", """Hi,

How deep will the 1.5 t digger dig? Need to get down about 2.2 m for a septic tank. Can I tow it on your plant trailer behind my Land Rover with a normal car licence, I passed my test in 2002? And do you charge extra if it comes back caked in clay? Everything round here is clay.

Ewan""", uq=2),
      ag("nia", "11-18 08:10", """Hi Ewan,

The 1.5 t reaches 2.3 m maximum dig depth, so 2.2 m is doable but right at the limit. For a septic tank I'd honestly go for the 3 t, which gets you to 2.8 m and has more reach to put the spoil where you want it.

Nia""")),

    C("m55-carter-hedge-trimmer", "en", "closed", {},
      "Olivia Carter <olivia.carter@example.net>", "apple", "Hedge trimmer charger",
      "Lost charger sorted and the ticket closed with a [Resolved] tag; the customer's thank-you after the close does not reopen it.",
      cu("11-12 10:00", """Hi,

I've lost the charger for the cordless hedge trimmer I hired on Monday. Can I buy a replacement from you, or do you have a spare I could borrow? I'll bring the trimmer back on Friday.

Olivia"""),
      ag("nia", "11-12 10:40", """Hi Olivia,

Don't worry - I've put a spare charger at the front desk for you to pick up, no charge. If the original turns up, just bring it back with the trimmer. I'm closing this ticket now.

Nia""", subject="[Resolved] Re: Hedge trimmer charger", closes=True),
      cu("11-12 11:00", """Thank you, that's really kind!

Olivia""", thanks=True, subject="Re: [Resolved] Re: Hedge trimmer charger")),

    C("m56-pickering-post-hole-borer", "en", "closed", {},
      "Derek Pickering <derek.pickering@example.org>", "oldclient", "Post hole borer",
      "Formal enquiry from an old mail client without a Message-ID; answered and booked.",
      cu("11-04 15:00", """Dear Sirs,

Please advise whether you have a post hole borer for hire, and the daily charge. I require it on Wednesday next for fencing at my allotment.

Yours faithfully,
D. Pickering""", msgid=False, note="Derek Pickering's post hole borer enquiry (old mail client, no Message-ID)"),
      ag("nia", "11-04 15:40", """Dear Mr Pickering,

We do - the one-man petrol auger with a 150 mm bit, £36 + VAT a day. I've reserved it for you for Wednesday 11 November; we open at 7am.

Kind regards,
Nia""")),

    C("m57-perrin-groupe-electrogene", "fr", "closed", {},
      "Margaux Perrin <margaux.perrin@example.com>", "apple_fr", "Groupe électrogène pour un mariage",
      "French wedding in a barn: three questions answered inline under the quoted lines.",
      cu("11-03 11:00", """Bonjour,

Nous organisons un mariage dans une grange près de Mossgate le 12 décembre et il n'y a pas d'électricité sur place. Quelques questions :

Quelle puissance faut-il pour une sono, l'éclairage et deux chauffages d'appoint ?
Le groupe électrogène est-il bruyant ? Les invités seront juste à côté.
Pouvez-vous le livrer la veille ?

Merci beaucoup,
Margaux Perrin"""),
      ag("amelie", "11-03 14:20", """Bonjour Madame Perrin,

> Quelle puissance faut-il pour une sono, l'éclairage et deux chauffages d'appoint ?

Comptez environ 8 kVA : les deux chauffages de 3 kW représentent l'essentiel.

> Le groupe électrogène est-il bruyant ? Les invités seront juste à côté.

Le nôtre est insonorisé (62 dB à 7 m), à peu près le niveau d'une conversation. Placez-le derrière la grange et personne ne l'entendra.

> Pouvez-vous le livrer la veille ?

Oui, le vendredi 11 décembre dans l'après-midi, avec 25 m de câble.

Bien cordialement,
Amélie""", quote=False)),

    C("m58-koenig-haecksler", "de", "pending", {"unanswered-question": 1},
      "Jürgen König <j.koenig@example.org>", "outlook_de", "Häcksler mieten",
      "German: branch diameter and weekend price answered; the request to send the manual in advance as a PDF is not.",
      cu("11-18 10:15", """Sehr geehrte Damen und Herren,

nach einem Baumschnitt müssen wir einen großen Haufen Äste loswerden. Bis zu welchem Astdurchmesser schafft Ihr Häcksler das? Was kostet er für ein Wochenende? Bitte schicken Sie mir auch die Bedienungsanleitung vorab als PDF, damit ich mich einlesen kann.

Mit freundlichen Grüßen
Jürgen König""", uq=1),
      ag("lena", "11-18 12:40", """Sehr geehrter Herr König,

unser Benzin-Häcksler verarbeitet Äste bis 10 cm Durchmesser, am besten frisches Holz. Am Wochenende (Abholung Samstag, Rückgabe Montag früh) kostet er 85 £ zzgl. MwSt.

Mit freundlichen Grüßen
Lena Hartmann""")),

    C("m59-vidal-martillo", "es", "closed", {},
      "Marina Vidal <marina.vidal@example.net>", "gmail_es", "Martillo picador para quitar baldosas",
      "Spanish owner abroad: price answered, leaving the breaker with a neighbour deferred to 'mañana' and answered the next morning (kept).",
      cu("11-09 10:00", """Hola:

Tengo una casa en Mossgate y en diciembre quiero cambiar el suelo de la cocina. ¿Alquilan martillos picadores para levantar baldosas? ¿Y me lo podrían dejar en la casa aunque yo no esté, con las llaves del vecino?

Gracias,
Marina Vidal"""),
      ag("javier", "11-09 10:30", """Hola, Marina:

Sí, para baldosas lo mejor es el martillo SDS-max con el cincel ancho: 28 £ al día más IVA.

Lo de dejarlo con el vecino lo tengo que consultar con el encargado de reparto; le escribo mañana con la respuesta.

Un saludo,
Javier""", promises=[("11-10", 3)]),
      ag("javier", "11-10 09:00", """Hola de nuevo, Marina:

Ya lo he consultado: no hay problema, el repartidor puede dejarlo con su vecino si nos manda por escrito su nombre y dirección, y el vecino firma el albarán.

Un saludo,
Javier""", parent=2), tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "m02-ashby-floor-sander": [
        "please could you also put an edging sander aside for me as well."],
    "m05-brennan-groundworks-account": [
        "Please also set up our two site managers, Dean Parry and Shaun Lowe, as authorised hirers on the account.",
        "And can the invoices be consolidated into one statement a month rather than one per hire?"],
    "m10-dufour-echafaudage": [
        "J'aimerais aussi savoir s'il faut des stabilisateurs supplémentaires, parce que le jardin est en pente assez nette."],
    "m14-sefton-warehouse-lift": [
        "What would the price difference be for a week?",
        "Do you supply harnesses as well, or do we bring our own?"],
    "m20-patel-generator": [
        "Is it returned full, or do you charge for the diesel used?"],
    "m22-schulz-rollgeruest": [
        "Können Sie es am Samstag, den 21. November, bei uns wieder abholen?"],
    "m24-greenacre-landscapes-po": [
        "Can you put PO GL-2290 on the invoice?"],
    "m28-nowak-narrow-tower": [
        "Can I hire the adjustable legs on their own, for the stairs?"],
    "m31-delgado-andamio": [
        "¿Hace falta algún permiso del ayuntamiento para ponerla en la acera?"],
    "m36-marlowe-lark-rise": [
        "Please send over your standard hire terms and the damage waiver wording as well, since our new QS wants to read them before we sign anything.",
        "We'll also want a welfare unit and a bowser on site for the same period; is there any discount if we take those from you too?"],
    "m39-pearce-cleaning-fee": [
        "Could you also send me a VAT receipt for the whole hire?"],
    "m40-lefebvre-betonniere": [
        "La disqueuse doit pouvoir couper des parpaings de 20 cm, est-ce que la vôtre en est capable ?",
        "Merci de m'envoyer aussi vos conditions de location, mon assureur me les demande."],
    "m42-quinn-dumper-monday": [
        "Could you bring the 3 t dumper for the Holloway Road job on Monday instead of Tuesday?"],
    "m49-brook-farm-towers": [
        "Please send your method statement for tower erection too, our H&S advisor needs it before anyone goes up."],
    "m50-sutherland-chainsaw": [
        "Do you hire chainsaws to people without a certificate?",
        "Could you tell me if you sharpen the chain before each hire?"],
    "m52-kerr-tracked-dumper": [
        "Please also add a second ignition key to the hire, my brother-in-law will be using it too."],
    "m54-drummond-digger-towing": [
        "Can I tow it on your plant trailer behind my Land Rover with a normal car licence, I passed my test in 2002?",
        "And do you charge extra if it comes back caked in clay?"],
    "m58-koenig-haecksler": [
        "Bitte schicken Sie mir auch die Bedienungsanleitung vorab als PDF, damit ich mich einlesen kann."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket reference for the message ``key`` (stable, derived from the key)."""
    return f"MG-T{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
        body = spec.body
        refs = o.pop("refs", None)
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True),
                  "refs": [f"{case.name}.{n}" for n in refs] if refs is not None else None}
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
                extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", DESK),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
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


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none where the client sends none) and raw bytes,
    parents first (mailcraft.render_corpus, plus messages without a Message-ID)."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to), ("Subject", m.subject),
                   ("Date", email.utils.format_datetime(m.date))]
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
        if sum(1 for m in c.msgs if not m.msgid) and not all(m.note for m in c.msgs if not m.msgid):
            out.append(f"{c.name}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 96: Mossgate Plant & Tool Hire - cases",
                                 "make_practice96_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.mossgatehire.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {}
    for p in inbox + sent:
        ident = p["Message-ID"] or (p["Subject"], p["Date"])
        if ident in by_id:
            found.append(f"two messages read back as {ident}")
        by_id[ident] = (p, any(p is q for q in inbox))
    for m in (m for c in cases for m in c.msgs):
        ident = m.message_id or (m.subject, email.utils.format_datetime(m.date))
        if ident not in by_id:
            found.append(f"{m.key}: not found in the written mailbox")
            continue
        parsed, in_mbox = by_id[ident]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice96 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
