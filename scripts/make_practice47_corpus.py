#!/usr/bin/env python3
"""Regenerate ``tests/practice47/``: a labelled corpus of Ferncastle Cycles.

A support mailbox of a fictional bicycle shop in the town of Ferncastle: a repair workshop
(service slots, punctures, gears, brakes, wheel builds), an e-bike dealer (test rides,
quotes, finance, battery and frame warranty claims), a hire desk (day and week rentals,
trailers, tandems, group bookings), parts orders shipped in the UK and abroad, and trade-in
and part-exchange quotes. Written without looking at the detection heuristics. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``ferncastlecycles.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and a customer's out-of-office reply (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions it
asks). The script recomputes status and every rule count from those facts and the dates, and
refuses to write when they disagree with the hand-written case labels, or when a labelled
question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice47_corpus.py [--out DIR]
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
NAME = "practice47"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "ferncastlecycles.example"
DESK = "Ferncastle Cycles <hello@ferncastlecycles.example>"
RULES = mailcraft.RULES
YEAR = 2026
SIG_DASH = "-- "  # the signature separator, trailing space included

AGENTS = {
    "gwen": ("Gwen Hartley <gwen@ferncastlecycles.example>", "thunderbird",
             SIG_DASH + "\nGwen Hartley\nWorkshop Bookings | Ferncastle Cycles\n"
             "14 Mill Lane, Ferncastle FC3 2QT | 01632 960 412\n"
             "Booking a service? https://ferncastlecycles.example/workshop/book?src=email"),
    "ravi": ("Ravi Chaudhry <ravi@ferncastlecycles.example>", "outlook",
             "Ravi Chaudhry\nE-bike Sales & Warranty | Ferncastle Cycles\n"
             "Thinking of going electric? Book a free test ride: "
             "https://ferncastlecycles.example/test-ride?ref=sig"),
    "maddie": ("Maddie Ross <maddie@ferncastlecycles.example>", "apple",
               "Maddie Ross\nHire Desk | Ferncastle Cycles\n"
               "https://ferncastlecycles.example/hire?utm_source=email&utm_medium=sig"),
    "finn": ("Finn Oakes <finn@ferncastlecycles.example>", "owa",
             "Finn Oakes\nParts, Orders & Trade-ins | Ferncastle Cycles\n"
             "This email and any attachments are confidential and intended solely for the "
             "addressee. If you have received it in error, please let us know and delete it."),
    "tobias": ("Tobias Brandt <tobias@ferncastlecycles.example>", "thunderbird_de",
               SIG_DASH + "\nTobias Brandt\nKundenservice (deutschsprachig) | Ferncastle Cycles\n"
               "https://ferncastlecycles.example/de?ref=signatur"),
    "celine": ("Céline Aubert <celine@ferncastlecycles.example>", "apple_fr",
               "Céline Aubert\nService client (francophone) | Ferncastle Cycles\n"
               "https://ferncastlecycles.example/fr/location?src=mail"),
    "pilar": ("Pilar Ortega <pilar@ferncastlecycles.example>", "gmail_es",
              "--\nPilar Ortega\nAtención al cliente | Ferncastle Cycles\n+44 1632 960 418"),
}

ACK = """Hi,

Thanks for getting in touch with Ferncastle Cycles. This is an automatic reply to let
you know we have your message (reference {ref}). The shop and workshop desk are open
Monday to Saturday, 8:30am-5:30pm (until 7pm on Fridays), and we aim to answer every
email within one working day.

Need to cancel a workshop slot at short notice? Please call 01632 960 412.

Ferncastle Cycles - Workshop, E-bikes & Hire
https://ferncastlecycles.example/help?ref={ref}"""

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
    "oldclient": ["X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9"],
    "helpdesk": ["X-Mailer: Ferncastle Helpdesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="fc.", outlook_server="AM6P19")
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
    """A reply by support agent ``who`` at ``when`` (Ferncastle time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Ferncastle: a promise "by Wednesday" is kept on Wednesday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

FRAME_PNG = mailcraft.png(16, 10, lambda x, y: (40 + 6 * x, 44 + 5 * y, 52))
CRACK_PNG = mailcraft.png(14, 10, lambda x, y: (200 - 9 * abs(x - y), 190 - 4 * y, 180))
BIKE_PNG = mailcraft.png(12, 9, lambda x, y: (30, 90 + 8 * x, 160 + 6 * y))
QUOTE_PDF = mailcraft.pdf(["Ferncastle Cycles - Quotation Q-26-1187",
                           "Voltreck City 300 (M) with full mudguards and rear rack",
                           "Sold Secure Gold D-lock",
                           "Total GBP 2,286.00 incl. VAT - valid 30 days",
                           "VAT reg. GB 417 2290 63"])
INVOICE_PDF = mailcraft.pdf(["Ferncastle Cycles - Factura / Invoice FC-20877",
                             "Voltreck Tour 500, frame no. VT5-0822-4471",
                             "Fecha / Date: 14 August 2026",
                             "Total GBP 2,349.00 incl. VAT"])
FLEET_PDF = mailcraft.pdf(["Ferncastle Cycles - Fleet maintenance proposal",
                           "SwiftDrop Couriers: 6 x Voltreck Cargo 2",
                           "Monthly depot visit GBP 240.00 + parts at trade price",
                           "Start date 4 January 2027"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("f01-hollis-full-service", "en", "closed", {},
      "Imogen Hollis <imogen.hollis@example.com>", "gmail", "Full service before winter",
      "Three questions (slot, same-day, pads included?) answered in one paragraph in reverse order; thanks-only reply.",
      cu("11-03 18:20", """Hi,

I'd like to get my road bike properly serviced before the weather turns - it's an aluminium frame, about six years old, nothing fancy. Have you got a full service slot at some point next week? I work in town so any weekday is fine as long as I can drop it off before 8.30.

Also, do I need to leave it overnight or is it usually a same-day thing? And is replacing the brake pads included in the full service price or charged on top? The rear ones are squealing like mad.

Thanks very much,
Imogen"""),
      ag("gwen", "11-04 09:10", """Hi Imogen,

Pads are on top of the service - £16 a pair fitted, and from the sound of it you'll want the rears done. The full service itself is £95, and if you drop the bike off by 8.30 you'll have it back the same evening (we close at 5.30). I've pencilled you in for Tuesday 10th; if another day suits better, just say.

Gwen"""),
      cu("11-04 12:40", """Tuesday's perfect, thanks Gwen!

Imogen""", thanks=True)),

    C("f02-okafor-battery-range", "en", "closed", {"unanswered-question": 1},
      "Daniel Okafor <dokafor@example.net>", "outlook", "Battery range dropped - Voltreck Tour 500",
      "Battery warranty: covered? bring the charger? both answered; the request for a loan battery during the test is skipped.",
      cu("11-02 08:05", """Hello,

I bought a Voltreck Tour 500 from you in May last year (order FC-20931). Over the last month the range has dropped from about 70 km to barely 25 km on the same commute, same assist level. The battery is charged overnight with the original charger and stored indoors.

Is this covered under the battery warranty? If I bring it in for testing, do I need to bring the charger as well, or just the battery? Could you also let me know whether you can lend me a battery while mine is being tested - I rely on the bike to get to work.

Regards,
Daniel Okafor""", uq=1),
      ag("ravi", "11-02 11:30", """Hi Daniel,

Sorry to hear that. Voltreck's battery warranty runs for two years or 500 full charge cycles, whichever comes first, and it covers a loss of capacity below 60 % - from what you describe you're very likely inside that. We'd need to run a capacity test in the shop, which takes about 48 hours.

Please bring the charger along with the battery: the manufacturer wants both checked before they'll approve a claim.

Best regards,
Ravi"""),
      cu("11-02 12:15", """Thank you, I'll drop both in on Thursday.

Daniel""", thanks=True)),

    C("f03-pemberton-family-hire", "en", "closed", {},
      "Sophie Pemberton <sophie.pemberton@example.org>", "apple", "Bikes for Saturday 7th",
      "A numbered list of four hire questions, each answered inline under the quoted line; thanks-only reply.",
      cu("11-02 20:45", """Hi there,

We're visiting family in Ferncastle and would love to take the kids out on the canal path on Saturday 7th. A few questions:

1. Do you have two adult hybrids available for the whole day? (I'm 5'4", my husband is 6'1")
2. Can you fit a child seat to one of them? Our youngest is 3.
3. Our 9-year-old has her own bike - could we borrow a helmet for her, or should we bring one?
4. What time could we pick up?

Thank you!
Sophie"""),
      ag("maddie", "11-03 09:30", """Hi Sophie,

Answers below - sounds like a lovely day out.

> 1. Do you have two adult hybrids available for the whole day? (I'm 5'4", my husband is 6'1")

Yes - I've reserved a small and an XL for you, £28 each for the day.

> 2. Can you fit a child seat to one of them? Our youngest is 3.

We'll have a rear seat on the XL before you arrive (£6).

> 3. Our 9-year-old has her own bike - could we borrow a helmet for her, or should we bring one?

Helmets are included for everyone, kids' sizes too.

> 4. What time could we pick up?

From 8.30 on Saturday; bring them back by 5.30.

Maddie""", quote=False),
      cu("11-03 10:02", """Brilliant, see you Saturday morning!

Sophie""", thanks=True)),

    C("f04-drummond-trade-in", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Callum Drummond <callum.drummond@example.com>", "iphone", "Trade in my old road bike?",
      "Trade-in figure promised 'by Wednesday' arrives the next Monday after the customer checks in: kept late = missed.",
      cu("11-09 08:50", """Hi,

I'm looking at the Voltreck City 300 you have in the window and wondered whether you take trade-ins. My current bike is a 2017 carbon road bike, 56cm, Ultegra groupset, ridden but looked after. Photos attached.

What sort of figure would you give me for it against the City 300? And would you need to see it in person before you commit to a price?

Callum

Sent from my iPhone""", attach=[("image/png", "IMG_4417.png", FRAME_PNG), ("image/png", "IMG_4418.png", BIKE_PNG)]),
      ag("finn", "11-09 11:20", """Hi Callum,

Yes, we take trade-ins against any new bike, and the photos are a good start - we'd only need a quick look in person once you've agreed a figure, to check the frame for damage. Let me run the details past our used-bike buyer and I'll send you a trade-in figure by Wednesday.

Kind regards,
Finn""", promises=[("11-11", 4)]),
      cu("11-13 17:40", """Hi Finn, just checking in on the trade-in figure - still keen on the City 300 if the numbers work.

Callum

Sent from my iPhone""", chase=True),
      ag("finn", "11-16 10:05", """Hi Callum,

Apologies for the wait, our buyer was off last week. We can offer £450 against the City 300, subject to a look at the frame, which would bring the bike down to £1,749.

Kind regards,
Finn""")),

    C("f05-weber-mietraeder", "de", "closed", {},
      "Jana Weber <jana.weber@example.de>", "gmail_de", "E-Bikes für vier Personen, 12.-14. November",
      "German tourists: availability, insurance and a station drop-off - all answered, the last one with a no.",
      cu("11-04 19:30", """Hallo,

wir sind vom 12. bis 14. November zu viert in der Gegend und würden gern drei Tage lang E-Bikes mieten, um die Hügel rund um Ferncastle zu erkunden. Haben Sie in diesem Zeitraum vier E-Bikes frei? Zwei von uns sind recht groß (1,90 m).

Ist eine Versicherung im Mietpreis enthalten, oder müssen wir die extra abschließen? Und wäre es möglich, die Räder am letzten Tag am Bahnhof abzugeben statt bei Ihnen im Laden?

Viele Grüße
Jana Weber""", tz=1),
      ag("tobias", "11-05 09:15", """Hallo Frau Weber,

vielen Dank für Ihre Anfrage. Für den 12. bis 14. November habe ich vier E-Bikes für Sie reserviert, zwei davon in Rahmengröße XL - das passt bei 1,90 m gut. Drei Tage kosten 105 £ pro Rad, Diebstahl- und Schadensversicherung sind schon dabei.

Eine Rückgabe am Bahnhof bieten wir leider nicht an, die Räder müssen zurück in den Laden. Der liegt aber nur fünf Minuten zu Fuß vom Bahnhof entfernt.

Viele Grüße
Tobias Brandt""")),

    C("f06-lindqvist-punctures", "en", "pending", {},
      "Erik Lindqvist <erik.lindqvist@example.com>", "thunderbird", "Another puncture",
      "Repeat punctures: a rhetorical 'what are the odds?', a free fix offered; follow-up 'book or just turn up?' answered.",
      cu("11-16 07:55", """Hello,

You fixed a puncture on my rear wheel on 2 November and I've now had two more in the same wheel, both on the inside of the tube, facing the rim. Three in a fortnight - what are the odds?

Could you have another look, and is this something you'd charge for again given it's the same problem?

Erik"""),
      ag("gwen", "11-16 09:40", """Hi Erik,

Punctures on the rim side almost always mean the rim tape has shifted and a spoke hole is rubbing the tube - that's on us for not spotting it. Bring the wheel or the bike in any morning this week and we'll replace the rim tape and the tube free of charge.

Gwen"""),
      cu("11-16 12:10", """Thanks Gwen, that's good of you. Do I need to book, or can I just turn up on Wednesday?

Erik"""),
      ag("gwen", "11-16 13:00", """Just turn up - before 10 if you can and it'll be ready by lunchtime.

Gwen""")),

    C("f07-ashworth-parts", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Harriet Ashworth <harriet@ashworth-family.example>", "outlook", "Parts for a mountain bike rebuild",
      "Cassette and chain put aside; the hanger is deferred to 'tomorrow' and never confirmed; the price-match question is ignored.",
      cu("11-02 13:20", """Hi,

I'm rebuilding my son's old mountain bike over the winter and need a few bits. Do you have an 11-speed 11-46 cassette and a matching chain in stock? If so please put them aside for me, I can collect on Saturday.

I'll also need a derailleur hanger for a 2021 Trek Marlin 6 - could you order one in? And one more thing: do you price-match the big online shops? The cassette is quite a bit cheaper on some sites.

Thanks,
Harriet Ashworth""", uq=1),
      ag("finn", "11-02 15:45", """Hi Harriet,

Both in stock - the cassette is £52 and the chain £24, and they're behind the counter with your name on them for Saturday.

Hangers are a bit of a lottery for that year, the design changed mid-season. I'll check with the distributor which one fits and let you know tomorrow.

Kind regards,
Finn""", promises=[("11-03", None)])),

    C("f08-moreau-location", "fr", "pending", {"unanswered-question": 1},
      "Agnès Moreau <agnes.moreau@example.fr>", "apple_fr", "Location de vélos électriques en décembre",
      "French couple: weekly price and Christmas opening answered; the request to deliver the bikes to their holiday cottage is skipped.",
      cu("11-15 21:10", """Bonjour,

Nous serons à Ferncastle avec mon mari du 19 au 26 décembre et nous aimerions louer deux vélos électriques pour toute la semaine. Quel serait le tarif à la semaine ? Est-ce que vous fermez entre Noël et le Nouvel An, ou est-ce que le magasin reste ouvert ?

Je voudrais aussi savoir si vous pouvez nous livrer les vélos à notre location, c'est un gîte à environ 6 km du centre.

Merci d'avance,
Agnès Moreau""", tz=1, uq=1),
      ag("celine", "11-16 10:30", """Bonjour Madame Moreau,

Merci pour votre message. La location à la semaine revient à 190 £ par vélo électrique, casques et antivols compris. Le magasin est fermé le 25 et le 26 décembre : vous pourrez donc venir chercher les vélos le 19 et les rapporter le 24, ou bien les garder jusqu'au 27 au même tarif.

Bien cordialement,
Céline Aubert""")),

    C("f09-quinn-hub-service", "en", "open", {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Aidan Quinn <aidan.quinn@example.net>", "android", "Job 4471 - rear hub service",
      "Overdue repair: 'I'll get back to you later today' never kept; the customer chases twice and is still waiting.",
      cu("11-10 09:15", """Hi,

I dropped my bike off last Tuesday for a rear hub service (job 4471). It was supposed to be ready by Friday but I haven't heard anything. When will it be ready? The estimate was £60 but someone on the phone mentioned new bearings - will that change the price?

Aidan

Sent from Outlook for Android"""),
      ag("gwen", "11-10 11:00", """Hi Aidan,

Sorry about that. The mechanic who has your bike is in this afternoon; let me check with him where he's got to and I'll get back to you later today.

Gwen""", promises=[("11-10", None)]),
      cu("11-12 16:30", """Any news? I still don't know when I can collect it or what it will cost.

Aidan

Sent from Outlook for Android""", chase=True),
      cu("11-17 08:05", """This is my third email about job 4471. I'm still waiting to hear when my bike will be ready. Please could someone just reply.

Aidan

Sent from Outlook for Android""", chase=True)),

    C("f10-garcia-bateria", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Lucía García <lucia.garcia@example.es>", "gmail_es", "La batería no carga",
      "Spanish customer abroad: the warranty still applies; the local service centre promised for Thursday comes the next Monday after a chase, with the invoice attached.",
      cu("11-02 10:20", """Hola:

Les compré una bicicleta eléctrica Voltreck Tour 500 en agosto, mientras vivía en Ferncastle. Ahora estoy en Valencia y desde hace una semana la batería no carga: el cargador se pone en verde y no pasa nada. ¿Esto lo cubre la garantía aunque ya no esté en el Reino Unido? ¿Tendría que mandarles la batería o hay algún servicio técnico aquí en España?

Un saludo,
Lucía García""", tz=1),
      ag("pilar", "11-02 12:40", """Hola, Lucía:

Siento mucho el problema. La garantía sigue siendo válida aunque ya no viva en el Reino Unido, eso no es ningún inconveniente. Lo que no sé es si Voltreck tiene un servicio técnico autorizado en Valencia; lo consulto con el fabricante y le escribo el jueves con lo que me digan.

Un saludo,""", promises=[("11-05", 4)]),
      cu("11-09 09:00", """Hola, Pilar:

¿Hay alguna novedad? Sigo sin poder usar la bici y ya ha pasado una semana.

Gracias,
Lucía""", tz=1, chase=True),
      ag("pilar", "11-09 11:15", """Hola, Lucía:

Disculpe el retraso. Voltreck trabaja en España con Talleres Ruiz, en la calle Cuba 14 de Valencia: lleve allí la batería y el cargador junto con la factura que le adjunto, y ellos tramitan la garantía directamente.

Un saludo,""", attach=[("application/pdf", "factura-FC-20877.pdf", INVOICE_PDF)])),

    C("f11-ng-commuter-quote", "en", "closed", {},
      "Wei Ng <wei.ng@example.org>", "gmail", "Quote for a commuter e-bike",
      "Delivery answered at once; the written quote promised for 'tomorrow morning' arrives on time as a PDF.",
      cu("11-04 12:30", """Hi Ravi,

Thanks for the test ride on Saturday, I've decided the City 300 is the one. Before I commit, could you put together a written quote with mudguards, a rear rack and a decent lock? My employer runs a cycle-to-work scheme and they need a formal quote with your company details on it. I was also wondering whether you do home delivery or if I need to collect.

Cheers,
Wei""", to="Ravi Chaudhry <ravi@ferncastlecycles.example>"),
      ag("ravi", "11-04 14:10", """Hi Wei,

Great choice! We deliver free within 10 miles, so no need to come in. I'll put the quote together with the accessories and send it over tomorrow morning - it'll be on our letterhead with the VAT number your scheme will ask for.

Best regards,
Ravi""", promises=[("11-05", 3)]),
      ag("ravi", "11-05 09:20", """Hi Wei,

Quote attached: City 300 with mudguards, rack and a Sold Secure Gold D-lock, £2,286 in total.

Best regards,
Ravi""", attach=[("application/pdf", "Q-26-1187.pdf", QUOTE_PDF)])),

    C("f12-brennan-club-service", "en", "pending", {"unanswered-question": 2},
      "Niamh Brennan <secretary@ferncastle-wheelers.example>", "owa", "Club service day - 8 bikes",
      "HTML-only mail from a cycling club: the day and the group discount are answered; the club invoice and the collection from the clubhouse are not.",
      cu("11-16 19:05", """Hi Gwen,

I'm the secretary of Ferncastle Wheelers. Before the winter league starts, a few of our members would like their bikes serviced together - eight bikes in total, mostly road bikes, two with hydraulic discs.

Would you be able to do all eight on a single day, ideally Saturday 28 November? We'd also like to know if there's any sort of club discount for a group booking like this.

Please send the invoice to the club rather than to the individual members - our treasurer settles it and claims it back from them. Could you also collect the bikes from the clubhouse on Hatch Road, or do we need to bring them to you?

Many thanks,
Niamh Brennan
Hon. Secretary, Ferncastle Wheelers CC
Fancy riding with us? https://ferncastle-wheelers.example/join?utm=email""", kind="html", uq=2),
      ag("gwen", "11-17 09:15", """Hi Niamh,

Saturday 28th works - I've blocked out the whole day for the Wheelers, with two mechanics on it. For a group of eight we knock 15 % off the full service, so £80.75 a bike instead of £95, and any hydraulic bleeds get the same discount.

Gwen""")),

    C("f13-fischer-versand", "de", "closed", {"unanswered-question": 1},
      "Markus Fischer <m.fischer@example.de>", "outlook_de", "Bremsscheiben - Versand nach Deutschland?",
      "German customer orders brake discs: shipping and cost answered, payment link sent; the request for an invoice showing VAT is never picked up.",
      cu("11-03 08:30", """Sehr geehrte Damen und Herren,

ich war im Sommer bei Ihnen im Urlaub und habe damals ein Rad gemietet. Jetzt suche ich für mein eigenes Rad zwei Bremsscheiben (Centerlock, 160 mm), die ich hier nirgends bekomme - Sie hatten sie aber im Laden.

Versenden Sie auch nach Deutschland, und was würde der Versand kosten? Außerdem bräuchte ich eine Rechnung mit ausgewiesener Mehrwertsteuer, da ich die Teile über meine Firma abrechne.

Mit freundlichen Grüßen
Markus Fischer""", tz=1, uq=1),
      ag("tobias", "11-03 11:00", """Sehr geehrter Herr Fischer,

schön, wieder von Ihnen zu hören. Ja, wir verschicken nach Deutschland: Zwei Scheiben (160 mm, Centerlock) kosten zusammen 58 £, der Versand mit DHL 14,50 £. Die Lieferzeit beträgt etwa fünf Werktage; eventuell kommen bei der Einfuhr noch Zollgebühren hinzu.

Wenn Sie einverstanden sind, schicke ich Ihnen einen Zahlungslink.

Mit freundlichen Grüßen
Tobias Brandt"""),
      cu("11-03 13:00", """Vielen Dank, einverstanden. Bitte schicken Sie mir den Link.

Mit freundlichen Grüßen
Markus Fischer""", tz=1),
      ag("tobias", "11-03 14:20", """Sehr geehrter Herr Fischer,

hier ist der Zahlungslink: https://pay.ferncastlecycles.example/l/8KQ2?lang=de
Die Scheiben gehen nach Zahlungseingang noch am selben Tag raus.

Mit freundlichen Grüßen
Tobias Brandt""")),

    C("f14-patel-gears", "en", "closed", {"reopened": 1},
      "Anjali Patel <anjali.patel@example.com>", "gmail", "Gears skipping",
      "Worn chain and cassette replaced and the case marked resolved; five days later the gears slip again and the customer writes back.",
      cu("11-02 17:30", """Hi,

Since the weekend my gears jump about whenever I push hard on the pedals, mostly in the middle of the cassette. Could you take a look this week? I can drop the bike off any morning.

Thanks,
Anjali"""),
      ag("gwen", "11-03 08:50", """Hi Anjali,

Bring it in tomorrow (Wednesday) morning and we'll look at it the same day.

Gwen"""),
      ag("gwen", "11-04 16:45", """Hi Anjali,

Your bike's ready. The chain was worn past the limit and had started to wear the middle sprockets, so we replaced the chain and cassette (£71 including labour) and re-indexed the gears. It's shifting cleanly now. I'll mark this as resolved - pop in any time before 5.30 to collect.

Gwen""", closes=True),
      cu("11-09 08:10", """Hi Gwen,

I'm afraid it's started again - on the climb up Castle Hill this morning it slipped twice in the same gear. Can I bring it back in, and will there be another charge?

Anjali"""),
      ag("gwen", "11-09 09:30", """Hi Anjali,

Sorry about this. It's covered - any adjustment within 30 days of the work is free. Drop it in today or tomorrow and we'll check the hanger alignment, which is the usual culprit after a new cassette.

Gwen""")),

    C("f15-dubois-cadre", "fr", "closed", {"missed-follow-up": 1},
      "Julien Dubois <julien.dubois@example.fr>", "apple_fr", "Fissure sur le cadre - garantie ?",
      "Frame crack with photos: stop riding (answered); the manufacturer's warranty answer promised 'd'ici vendredi' never comes.",
      cu("11-02 18:40", """Bonjour,

En nettoyant mon vélo électrique (un Voltreck Trail 700 acheté chez vous en mars, pendant mon séjour), j'ai remarqué une fine fissure au niveau de la soudure sous le boîtier de pédalier. Je joins deux photos.

Est-ce que c'est couvert par la garantie du cadre ? Et en attendant, est-ce que je peux continuer à rouler avec, ou c'est dangereux ?

Cordialement,
Julien Dubois""", tz=1, attach=[("image/png", "fissure-1.png", CRACK_PNG), ("image/png", "fissure-2.png", FRAME_PNG)]),
      ag("celine", "11-03 10:20", """Bonjour Monsieur Dubois,

Merci pour les photos. Par prudence, je vous conseille de ne plus utiliser le vélo tant que le cadre n'a pas été examiné : une fissure à cet endroit peut s'agrandir rapidement.

Pour la garantie, je transmets vos photos au fabricant et je reviens vers vous d'ici vendredi avec sa réponse.

Bien cordialement,
Céline Aubert""", promises=[("11-06", None)]),
      cu("11-03 12:05", """Merci beaucoup, je le laisse au garage en attendant.

Julien Dubois""", tz=1, thanks=True)),

    C("f16-harrow-fleet", "en", "pending", {"many-handoffs": 1},
      "Tom Harrow <ops@swiftdrop-couriers.example>", "outlook", "Maintenance for our cargo bikes",
      "Courier fleet: battery price from sales, contract quote from parts (kept within the window, by a colleague), visit logistics from the workshop - three agents.",
      cu("11-12 10:00", """Hello,

SwiftDrop runs six electric cargo bikes out of our depot on Brewery Street and we're looking for a local shop to take over their maintenance from January. Could you quote for a monthly service visit at our depot? We'd also need to know what you'd charge for a replacement battery (they're Voltreck Cargo 2 models, 2024).

Thanks,
Tom Harrow
Operations Manager, SwiftDrop Couriers"""),
      ag("ravi", "11-12 12:30", """Hi Tom,

Thanks for thinking of us. A Cargo 2 battery is £640 fitted, and we keep two in stock. The maintenance side is Finn's area - I've copied him in and he'll come back to you with a contract quote.

Best regards,
Ravi""", cc="Finn Oakes <finn@ferncastlecycles.example>", promises=[("window", 3)]),
      ag("finn", "11-13 09:45", """Hi Tom,

For six bikes we'd suggest one depot visit a month at £240, covering brakes, drivetrain, tyres and a software check on each bike. Parts are charged at trade price. The proposal is attached; we could start on 4 January.

Kind regards,
Finn""", attach=[("application/pdf", "SwiftDrop-maintenance.pdf", FLEET_PDF)]),
      cu("11-16 08:30", """Thanks both, that looks good. One practical question: on the visit day, do the bikes need to be off the road for the whole day, or can you work through them one at a time?

Tom"""),
      ag("gwen", "11-16 11:00", """Hi Tom,

Gwen from the workshop here - I'll be the one doing the depot visits. I work through them one at a time, roughly 45 minutes a bike, so you'd only ever have one off the road.

Gwen""")),

    C("f17-ortiz-alquiler", "es", "closed", {},
      "Javier Ortiz <javi.ortiz@example.com>", "gmail_es", "Alquiler de bicis de carretera",
      "Spanish friends hire four road bikes (base64 bodies): availability, price and their own pedals answered; heights sent, fitting confirmed.",
      cu("11-04 22:15", """Hola, buenas noches:

Somos cuatro amigos y vamos a Ferncastle el fin de semana del 7 de noviembre. Queremos alquilar bicis de carretera el sábado para hacer la ruta de los embalses (unos 90 km). ¿Tenéis cuatro bicis de carretera libres ese día? ¿Qué precio tendría el día completo? Y otra cosa: ¿podemos llevar nuestros propios pedales automáticos?

Muchas gracias,
Javi""", tz=1, cte="base64"),
      ag("pilar", "11-05 09:30", """¡Hola, Javi!

Sí, os he apartado cuatro bicis de carretera para el sábado 7, en tallas M y L; si me decís cuánto medís, os las dejo ajustadas. El día completo son 35 £ por bici, y los pedales podéis traerlos sin problema: os los montamos en el momento.

Un saludo,""", cte="base64"),
      cu("11-05 11:05", """Medimos 1,72, 1,78, 1,80 y 1,85. ¡Gracias!

Javi""", tz=1, cte="base64"),
      ag("pilar", "11-05 11:20", """Perfecto, quedan ajustadas. ¡Buena ruta!

Un saludo,""")),

    C("f18-carver-double-charge", "en", "pending", {"unanswered-question": 1},
      "Rachel Carver <rachel.carver@example.org>", "gmail", "Fwd: Your Ferncastle Cycles order FC-31877",
      "A forwarded order confirmation (with its own '?' lines) and a double charge: explained and refunded; the added bottle cage is ignored.",
      cu("11-17 13:20", """Hi,

I've been charged twice for this order - see below, my bank shows two payments of £38.97 on the 15th. Can you tell me what happened? Please cancel the second one and refund it, I only wanted one set of lights.

While you're at it, could you add a bottle cage to the order? The black aluminium one, £8.

Thanks,
Rachel

---------- Forwarded message ---------
From: Ferncastle Cycles <orders@ferncastlecycles.example>
Date: Sun, 15 Nov 2026 at 19:02
Subject: Your Ferncastle Cycles order FC-31877
To: <rachel.carver@example.org>

Thanks for your order!

1 x Lumen 400 front & rear light set    £34.99
Delivery (Royal Mail 2nd class)          £3.98
Total                                   £38.97

Questions about your order? Just reply to this email or visit https://ferncastlecycles.example/orders?id=FC-31877
Need it faster? Choose next-day delivery at checkout next time.""", uq=1),
      ag("finn", "11-17 15:00", """Hi Rachel,

Sorry about that - the payment page timed out and our card processor took the payment a second time. I've refunded the duplicate £38.97 this afternoon; it usually shows on a statement within three to five working days. Your light set went out this morning.

Kind regards,
Finn""")),

    C("f19-yates-winter-offer", "en", "open", {"awaiting-reply": 1},
      "Graham Yates <g.yates@example.net>", "outlook", "Winter service offer",
      "Two questions about a poster offer; only the helpdesk acknowledgement replies.",
      cu("11-18 09:40", """Hello,

I saw the poster in your window about the winter service offer. Does the £75 price apply to e-bikes too, or only to ordinary bikes? And how far ahead are you booked up at the moment?

Regards,
Graham Yates"""),
      ack("11-18 09:41")),

    C("f20-lowe-tandem", "en", "open", {},
      "Beth Lowe <bethlowe@example.com>", "iphone", "Tandem hire?",
      "A fresh enquiry on the audit day: only the acknowledgement so far, still inside the response target.",
      cu("11-20 09:30", """Hi! Do you hire out tandems? My parents' 40th anniversary is on the 5th of December and we'd love to surprise them with a ride along the river. If you do, how much is it for a morning?

Beth

Sent from my iPhone"""),
      ack("11-20 09:31")),

    C("f21-schmidt-akku", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Stefan Schmidt <stefan.schmidt@example.de>", "thunderbird_de", "Akku lädt nur noch bis 80 %",
      "German expat: warranty case confirmed, the test duration deferred with 'ich melde mich morgen' (never kept); the request for a quote for a second battery is ignored.",
      cu("11-04 20:15", """Hallo Herr Brandt,

mein E-Bike (Voltreck Tour 500, gekauft im Juni 2025) lädt seit ein paar Tagen nur noch bis 80 %, danach springt die Anzeige auf 78 zurück und bleibt dort stehen. Ist das ein Fall für die Garantie? Wie lange dauert so eine Prüfung ungefähr, falls ich das Rad bei Ihnen abgeben muss?

Und könnten Sie mir bei der Gelegenheit ein Angebot für einen zweiten Akku machen? Für längere Touren wäre das praktisch.

Viele Grüße
Stefan Schmidt""", uq=1, to="Tobias Brandt <tobias@ferncastlecycles.example>"),
      ag("tobias", "11-05 09:00", """Hallo Herr Schmidt,

das klingt nach einem Fehler im Batteriemanagement und ist sehr wahrscheinlich ein Garantiefall - die Garantie auf den Akku läuft zwei Jahre. Wie lange der Hersteller für die Prüfung braucht, kann ich Ihnen gerade nicht sagen; ich frage dort nach und melde mich morgen bei Ihnen.

Viele Grüße
Tobias Brandt""", promises=[("11-06", None)])),

    C("f22-rahman-trailer", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Farah Rahman <farah.rahman@example.com>", "gmail", "Child trailer hire",
      "A request caught in the spam filter is resent word for word four days later as a new mail; answered in full after the resend.",
      cu("11-12 12:05", """Hello,

We're planning a family ride on Sunday 22nd. Do you hire out child trailers (two-seater) as well as bikes? If so, could you reserve one for us with two adult bikes, and let me know the total?

Thanks,
Farah Rahman"""),
      ack("11-12 12:06"),
      cu("11-16 08:45", """Hello,

We're planning a family ride on Sunday 22nd. Do you hire out child trailers (two-seater) as well as bikes? If so, could you reserve one for us with two adult bikes, and let me know the total?

Thanks,
Farah Rahman""", chase=True, parent=0, quote=False),
      ag("maddie", "11-16 10:30", """Hi Farah,

Sorry for the silence - your first email ended up in our spam folder. Yes, we have a two-seater trailer, and I've booked it for Sunday 22nd together with two adult hybrids. That's £18 for the trailer and £28 per bike, so £74 for the day.

Maddie""")),

    C("f23-murphy-2027-models", "en", "pending", {},
      "Sean Murphy <sean.murphy@example.net>", "outlook", "2027 e-MTB models",
      "Demo rides and finance answered, arrival date given; the spec sheet is promised for Tuesday 24 November - a deadline still ahead at audit time.",
      cu("11-17 11:10", """Hi Ravi,

I'm after a full-suspension e-MTB in the spring and I hear the 2027 Voltreck Trail models are out soon. When will you have them in the shop? Would I be able to take one out on a demo ride before buying? And do you do finance?

Thanks,
Sean"""),
      ag("ravi", "11-17 15:20", """Hi Sean,

Demo rides are free - you can take a bike out for a couple of hours on the Castle Woods trails. Finance is available over 12 to 36 months through Halcyon Finance, at 0 % over 12 months on anything above £2,000.

The 2027 Trail range lands in the first week of December. The spec sheets aren't public yet; I'll email you the full spec sheet on Tuesday 24 November, when Voltreck releases it.

Best regards,
Ravi""", promises=[("11-24", None)])),

    C("f24-kowalski-chain", "en", "closed", {},
      "Piotr Kowalski <piotr.k@example.com>", "gmail", "Snapped chain",
      "A rhetorical question and a self-answered one ('Do you open on Sundays? ... scratch that'); the real request is answered with times and prices.",
      cu("11-06 19:30", """Hi,

Who knew a chain could snap on a dead flat road at 15 mph? Not me, until this evening. Luckily I was close to home.

Do you open on Sundays? Actually, scratch that - just found the opening hours on your site, you don't. Could you fit a new chain on Saturday morning and have a look at the cassette while you're at it? If the cassette needs replacing too, go ahead, I'd rather get it all done in one go.

Piotr"""),
      ag("gwen", "11-07 08:40", """Morning Piotr,

Glad you weren't hurt. Bring it in this morning and we'll fit the chain while you wait, about 20 minutes. If the cassette's worn we'll swap it at the same time: £24 for the chain, £38 for a 10-speed cassette, plus £12 labour.

Gwen""")),
]

CASES += [
    C("f25-leroy-relance", "fr", "pending", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Nathalie Leroy <nathalie.leroy@example.fr>", "apple_fr", "Commande FC-31702 - toujours pas reçue",
      "Parcel to France stuck: the customer chases ('Je me permets de vous relancer'); the late reply explains the parcel but not whether a mudguard can still be added.",
      cu("11-10 09:30", """Bonjour,

J'ai commandé le 2 novembre une selle en cuir et deux chambres à air (commande FC-31702), avec livraison en France. Je n'ai toujours rien reçu et le suivi n'a pas bougé depuis le 5. Pouvez-vous me dire où en est le colis ?

Par ailleurs, serait-il possible d'ajouter un garde-boue arrière à la commande s'il n'est pas encore parti, ou faut-il passer une nouvelle commande ?

Merci,
Nathalie Leroy""", tz=1, uq=1),
      cu("11-12 18:00", """Bonjour,

Je me permets de vous relancer au sujet de mon message ci-dessous. Toujours pas de colis, et toujours pas de réponse.

Cordialement,
Nathalie Leroy""", tz=1, chase=True),
      ag("celine", "11-16 10:00", """Bonjour Madame Leroy,

Toutes mes excuses pour ce silence. Votre colis est bloqué au centre de tri de Roissy depuis le 5 novembre. Nous avons ouvert une réclamation auprès du transporteur, qui annonce maintenant une livraison entre le 17 et le 19 novembre.

Bien cordialement,
Céline Aubert""")),

    C("f26-bennett-collection", "en", "closed", {},
      "Olivia Bennett <olivia.bennett@example.com>", "outlook", "Collecting my bike - partner picking up",
      "Collection by a partner and payment by phone both answered; the customer's Outlook out-of-office replies to the answer.",
      cu("11-05 12:00", """Hi,

My bike's due to be ready on Friday but I'm away for work from tomorrow. Can my partner, Sam, collect it on my behalf? And can I pay over the phone beforehand so he doesn't have to?

Thanks,
Olivia Bennett
Senior Planner | Brightwater Homes
https://brightwater-homes.example/?utm_source=signature"""),
      ag("gwen", "11-05 14:30", """Hi Olivia,

No problem at all - Sam just needs to give your name and the job number, 4519. You can pay by phone on 01632 960 412 any time before then; the total is £112.

Gwen"""),
      auto("11-05 14:31", """Thank you for your email. I am out of the office from 5 to 13 November with limited access to email. For anything urgent please contact planning@brightwater-homes.example.

Olivia Bennett""", quote=False, to="Gwen Hartley <gwen@ferncastlecycles.example>",
           subject="Automatic reply: Collecting my bike - partner picking up")),

    C("f27-thornton-wheel", "en", "closed", {},
      "Lewis Thornton <lewis.thornton@example.org>", "thunderbird", "Wobbly rear wheel",
      "Truing price answered; the job is closed with a [Resolved] subject tag; the customer's thank-you after it does not reopen the case.",
      cu("11-06 10:20", """Hello,

My rear wheel has developed a wobble after I clipped a kerb. Can you true it, and roughly how much does that cost?

Lewis"""),
      ag("gwen", "11-06 12:00", """Hi Lewis,

Yes - truing is £15 if no spokes need replacing, plus £2.50 a spoke if they do. Drop the wheel in whenever suits and it'll be done within the day.

Gwen"""),
      cu("11-07 09:30", """Dropped it off this morning, thanks.

Lewis""", thanks=True),
      ag("gwen", "11-07 15:10", """Hi Lewis,

All trued and ready - one spoke replaced, £17.50 in total. I'm closing this one off; see you when you collect.

Gwen""", closes=True, subject="[Resolved] Re: Wobbly rear wheel"),
      cu("11-08 10:00", """Picked it up, runs perfectly. Cheers!

Lewis""", thanks=True, subject="Re: [Resolved] Re: Wobbly rear wheel")),

    C("f28-nakamura-test-ride", "en", "pending", {"unanswered-question": 1},
      "Yuki Nakamura <yuki.nakamura@example.com>", "iphone", "Test ride questions",
      "Four bullet questions before a test ride; the inline reply answers three and drops the charging-time one.",
      cu("11-16 20:10", """Hi Ravi,

My wife and I are thinking about getting two e-bikes to replace our second car. Before we come in:

- Can we test ride the City 300 and the Tour 500 on the same visit?
- Do you need a deposit or ID for a test ride?
- How long does the battery take to charge from empty?
- Is there a discount if we buy two?

Thanks,
Yuki

Sent from my iPhone""", uq=1),
      ag("ravi", "11-17 09:30", """Hi Yuki,

Replies below.

> - Can we test ride the City 300 and the Tour 500 on the same visit?

Of course - book an hour and you can swap between them as often as you like.

> - Do you need a deposit or ID for a test ride?

Just photo ID, no deposit.

> - Is there a discount if we buy two?

We'd take 10 % off the second bike and fit any accessories for free.

Best regards,
Ravi""", quote=False)),

    C("f29-hughes-respray", "en", "pending", {},
      "Martin Hughes <martin.hughes@example.net>", "gmail", "Frame respray",
      "In-house or outsourced, time and price all answered; courier days and 'we'll text you when it's back' are logistics, not promises; thanks-only reply.",
      cu("11-16 10:15", """Hi,

I'd like to get my old steel frame resprayed - it's a 1980s tourer I'm restoring. Do you do this in-house or send it out? Roughly how long would it take, and what would it cost for a single colour with no decals?

Martin"""),
      ag("finn", "11-16 12:40", """Hi Martin,

We send resprays to Castlegate Coatings, two villages over - they do a lovely job on old steel. A single-colour powder coat without decals is £140 including stripping, and it takes about two weeks.

If you want to go ahead, drop the frame in (forks too, if they're getting the same colour). Our courier runs to Castlegate every Wednesday, and we text you as soon as a frame is back in the shop.

Kind regards,
Finn"""),
      cu("11-17 09:00", """Great, I'll bring it in on Thursday with the forks. Thanks Finn.

Martin""", thanks=True)),

    C("f30-sanchez-tasacion", "es", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Carmen Sánchez <carmen.sanchez@example.com>", "gmail_es", "Cambiar mi bici por una eléctrica",
      "Trade-in valuation promised for 'mañana' never sent; the question whether children's bikes are taken too is ignored.",
      cu("11-15 21:30", """Hola, Pilar:

Tu compañero de la tienda me dijo que hablas español, así que te escribo a ti. Quiero cambiar mi bici de montaña (una Orbea de 2020, talla M) por una eléctrica de paseo y me gustaría saber cuánto me daríais por ella como parte del pago.

También tengo la bici de mi hija, que ya se le ha quedado pequeña. ¿Aceptáis también bicis de niño?

Gracias,
Carmen""", uq=1, to="Pilar Ortega <pilar@ferncastlecycles.example>"),
      ag("pilar", "11-16 10:00", """Hola, Carmen:

¡Claro que sí! He visto la ficha de tu Orbea en nuestro sistema, porque la compraste aquí. Las tasaciones las hace Finn; hablo con él y te envío el presupuesto mañana.

Un saludo,""", promises=[("11-17", None)])),

    C("f31-evans-wheel-build", "en", "closed", {},
      "Dylan Evans <dylan.evans@example.com>", "outlook", "Hand-built rear wheel",
      "Build time answered; the quote promised 'by Wednesday' on a colleague's behalf is sent by that colleague on Tuesday.",
      cu("11-02 09:00", """Hi,

Could you quote me for a hand-built rear wheel: 32 spokes, a DT 350 hub and a wide aluminium rim for 40 mm gravel tyres? I'd also like to know how long a wheel build usually takes.

Dylan"""),
      ag("gwen", "11-02 10:30", """Hi Dylan,

Wheel builds take about a week from when the parts arrive. The price depends on what Finn can get the hub for this month - he's in tomorrow and will email you the full quote by Wednesday.

Gwen""", promises=[("11-04", 3)]),
      ag("finn", "11-03 14:00", """Hi Dylan,

Gwen asked me to send you the wheel quote: DT 350 hub £189, spokes and nipples £45, rim £72, build £60 - £366 in total. The parts can be here by Friday.

Kind regards,
Finn""", parent=1)),

    C("f32-davies-creak", "en", "closed", {"missed-follow-up": 1},
      "Rhys Davies <rhys.davies@example.org>", "gmail", "Creaking bottom bracket - warranty?",
      "'Let me look into it and I'll get back to you' (no deadline: two-day window) kept six days later: missed.",
      cu("11-03 11:00", """Hi,

My e-bike (Tour 500, bought from you in April) has developed a loud creak from the bottom bracket area under load. Is this something the warranty would cover, or is it a wear item?

Rhys"""),
      ag("ravi", "11-03 15:00", """Hi Rhys,

It depends where the creak is coming from - on the Tour 500 it's often the motor mounting bolts rather than the bracket itself, and that would be a warranty job. Let me look into how Voltreck want these handled and I'll get back to you.

Best regards,
Ravi""", promises=[("window", 3)]),
      ag("ravi", "11-09 09:40", """Hi Rhys,

Voltreck have confirmed that creaks from the motor mount are covered, so there'll be no charge. Book a slot with the workshop and mention warranty job W-2217.

Best regards,
Ravi""")),

    C("f33-osei-hire", "en", "closed", {},
      "Kwame Osei <kwame.osei@example.com>", "gmail", "Rental enquiry",
      "Week-long road bike hire answered at once (same subject as f34, a different customer).",
      cu("11-04 08:00", """Hi,

Is it possible to hire a road bike for a week from Saturday 14 November? I'm 1.83 m and I'd bring my own pedals and saddle.

Kwame"""),
      ag("maddie", "11-04 10:00", """Hi Kwame,

Yes - I've put a 56 cm endurance road bike aside for 14-21 November, £120 for the week. Bring your pedals and saddle and we'll fit them when you collect.

Maddie""")),

    C("f34-fairbairn-hire", "en", "closed", {"unanswered-question": 1},
      "Moira Fairbairn <moira.fairbairn@example.org>", "outlook", "Rental enquiry",
      "Same subject as f33: e-bike price answered and dates booked; the request for a flat 40-mile route is never answered.",
      cu("11-04 13:30", """Hello,

My sister and I are coming to stay in Ferncastle in the second week of November and would like to hire two e-bikes for three days. How much would that be? Could you also recommend a route of about 40 miles that isn't too hilly? Neither of us is particularly fit!

Best wishes,
Moira Fairbairn""", uq=1),
      ag("maddie", "11-04 15:20", """Hi Moira,

Three days on an e-bike is £95 each, helmets and locks included. Let me know your dates and I'll reserve them.

Maddie"""),
      cu("11-04 17:00", """Thank you. We'd like them from Tuesday 10th to Thursday 12th, please.

Moira"""),
      ag("maddie", "11-05 09:00", """Done - two e-bikes reserved for 10-12 November. Collect any time after 8.30 on the Tuesday.

Maddie""")),

    C("f35-becker-werkstatt", "de", "closed", {},
      "Lena Becker <lena.becker@example.de>", "gmail_de", "Termin für Schaltung und Bremsen",
      "German student: four lines of questions answered inline, the last two together under both quoted lines.",
      cu("11-05 16:00", """Hallo Herr Brandt,

eine Kommilitonin hat mir erzählt, dass Sie Deutsch sprechen - das macht es für mich einfacher. Mein Fahrrad braucht dringend eine Wartung:

Können Sie die Schaltung neu einstellen? Sie springt ständig.
Die Bremsbeläge vorne sind, glaube ich, runter - können Sie die tauschen?
Was kostet das ungefähr zusammen?
Gibt es einen Studentenrabatt?

Danke und viele Grüße
Lena Becker""", to="Tobias Brandt <tobias@ferncastlecycles.example>"),
      ag("tobias", "11-06 09:00", """Hallo Frau Becker,

gern, meine Antworten stehen direkt unter Ihren Fragen:

> Können Sie die Schaltung neu einstellen? Sie springt ständig.

Ja, das ist meistens in 20 Minuten erledigt.

> Die Bremsbeläge vorne sind, glaube ich, runter - können Sie die tauschen?

Ja, wir schauen sie uns an und tauschen sie, wenn nötig.

> Was kostet das ungefähr zusammen?
> Gibt es einen Studentenrabatt?

Einstellen 20 £, Beläge 16 £ inkl. Montage - mit Studentenausweis ziehen wir 10 % ab, also 32,40 £. Kommen Sie einfach an einem Vormittag vorbei.

Viele Grüße
Tobias Brandt""", quote=False)),

    C("f36-hale-tag-along", "en", "closed", {},
      "Jenny Hale <jenny.hale@example.net>", "apple", "Tag-along again?",
      "A pleasantry ('Hope you all had a good weekend?') and two real questions, both answered.",
      cu("11-08 17:45", """Hi Maddie,

Hope you all had a good weekend? We had a fab time with the tag-along last month, the kids are still talking about it.

We'd like to hire it again for next Saturday (14th). Is it free, and can we collect it on Friday evening so we can get an early start?

Jenny x"""),
      ag("maddie", "11-09 09:10", """Hi Jenny,

So glad they loved it! It's yours for Saturday, and Friday evening is fine - we're open until 7 on Fridays, and there's no extra charge for collecting the night before.

Maddie""")),

    C("f37-price-tubeless", "en", "pending", {"unanswered-question": 1},
      "Owen Price <owen.price@example.com>", "thunderbird", "Tubeless conversion",
      "Asked the cost of a tubeless conversion, the reply answers the tyre question and quotes the sealant top-up price instead.",
      cu("11-14 10:00", """Hi,

I've had four punctures this month on the gravel bike and I'm tempted to go tubeless. How much would it cost to convert both wheels? The rims are tubeless-ready according to the manufacturer, the tyres I'm not sure about (700x40 WTB Riddlers). Would those tyres work, or would I need new ones?

Cheers,
Owen""", uq=1),
      ag("gwen", "11-14 12:15", """Hi Owen,

The Riddlers come in both versions - if the sidewall says TCS they're tubeless-ready and will seal fine; if not, you'd need new tyres. We top up sealant in tubeless setups for £8 a wheel, which most people have done every three months or so.

Gwen""")),

    C("f38-wright-battery", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Chloe Wright <chloe.wright@example.com>", "android", "Battery collection",
      "Replacement battery approved; shipping date promised 'by end of day', given two days later after a chase; thanks-only close.",
      cu("11-09 08:20", """Hi, my battery was sent off for a warranty test two weeks ago (ref W-2180). Has it come back yet? I'm lost without the bike.

Chloe

Sent from Outlook for Android"""),
      ag("ravi", "11-09 10:15", """Hi Chloe,

It's been tested and Voltreck have approved a replacement; I'm just waiting for the courier to confirm when the new one ships. I'll let you know by end of day.

Best regards,
Ravi""", promises=[("11-09", 4)]),
      cu("11-11 12:30", """Hi Ravi, any update on when the new battery ships?

Chloe

Sent from Outlook for Android""", chase=True),
      ag("ravi", "11-11 14:00", """Hi Chloe,

Sorry for the delay. The new battery arrives here on Friday 13th and you can collect it from 2pm.

Best regards,
Ravi"""),
      cu("11-13 16:00", """Collected - thank you!

Chloe

Sent from Outlook for Android""", thanks=True)),

    C("f39-ferreira-despedida", "es", "pending", {},
      "Andrés Ferreira <andres.ferreira@example.com>", "gmail_es", "Bicis eléctricas para una despedida",
      "Stag party of ten: availability, group discount and guided ride answered in one paragraph; 'contestadme y lo dejo reservado' is an offer, not a promise.",
      cu("11-16 13:00", """Hola:

Estoy organizando una despedida de soltero en Ferncastle para el 5 de diciembre y somos diez. ¿Tenéis diez bicis eléctricas disponibles ese sábado? Nos gustaría hacer una ruta guiada, si existe esa opción. ¿Hay descuento para grupos?

Gracias,
Andrés""", tz=1),
      ag("pilar", "11-16 15:30", """Hola, Andrés:

¡Enhorabuena al novio! Para el 5 de diciembre os puedo reservar diez eléctricas; a partir de ocho bicis hacemos un 15 % de descuento, así que os quedaría en 28 £ por persona el día completo. Ruta guiada también tenemos: Finn hace la de los castillos, unos 45 km con parada en un pub, por 120 £ el grupo.

Si os encaja, contestadme y lo dejo reservado.

Un saludo,""")),

    C("f40-girard-cargo", "fr", "closed", {},
      "Élise Girard <elise.girard@example.com>", "apple_fr", "Révision vélo cargo",
      "French parent living locally: slot, drop-off Monday / pick-up Tuesday and the motor noise all answered; price given unasked.",
      cu("11-03 19:00", """Bonjour Céline,

Mon vélo cargo électrique a besoin d'une révision complète avant l'hiver (freins, chaîne, et le moteur fait un petit bruit en montée). Est-ce que vous avez un créneau la semaine prochaine ? Est-ce que je peux le déposer le lundi matin et le récupérer le mardi soir ? Je ne peux pas m'en passer plus longtemps, je m'en sers pour emmener les enfants à l'école.

Merci beaucoup,
Élise"""),
      ag("celine", "11-04 09:30", """Bonjour Élise,

C'est noté : dépôt le lundi 9 novembre au matin, retour le mardi 10 avant 17 h 30. L'atelier regardera aussi le bruit du moteur ; si c'est une pièce sous garantie, vous n'aurez rien à payer de ce côté-là. La révision complète d'un cargo coûte 120 £.

Bien à vous,
Céline""")),

    C("f41-holt-brake-bleed", "en", "closed", {},
      "Ben Holt <ben.holt@example.org>", "outlook", "Brake bleed",
      "Brake bleed questions answered; the customer's follow-up lost its threading headers (RE: subject only) and is answered too.",
      cu("11-05 08:15", """Hello,

My rear hydraulic brake has gone spongy and pulls almost to the bar. Do you bleed brakes while you wait, or do I need to leave the bike? And is it the same price for front and rear?

Ben Holt"""),
      ag("gwen", "11-05 09:45", """Hi Ben,

A bleed takes about half an hour, so you can wait - or grab a coffee next door. It's £25 a brake, front or rear, mineral oil or DOT.

Gwen"""),
      cu("11-05 11:30", """Thanks Gwen. Is Saturday morning OK, or do I need to book a time for that?

Ben""", thread=False),
      ag("gwen", "11-05 12:10", """Saturday's fine, no need to book - first come, first served from 8.30.

Gwen""")),

    C("f42-simmons-tricycle", "en", "closed", {},
      "Arthur Simmons <arthur.simmons@example.net>", "oldclient", "Tricycle for my wife",
      "An old mail client; the customer's second mail has no Message-ID. Trying, delivery and the Thursday visit all answered.",
      cu("11-02 10:00", """Dear Sir or Madam,

My wife has poor balance these days and is missing her cycling. Do you sell adult tricycles, and is it possible to try one before buying? We live in Hatherley, about four miles out - would you deliver?

Yours faithfully,
Arthur Simmons"""),
      ag("ravi", "11-02 12:00", """Dear Mr Simmons,

We do - we keep two adult tricycles in the shop, an ordinary one and an electric one, and your wife is very welcome to try both in the quiet yard behind the shop. Delivery to Hatherley is free.

Best regards,
Ravi"""),
      cu("11-02 18:30", """Dear Ravi,

Thank you, that is very kind. Would Thursday afternoon be convenient for us to come and try them?

Arthur Simmons""", msgid=False, note="Arthur Simmons asks whether Thursday afternoon suits (old client, no Message-ID)"),
      ag("ravi", "11-03 09:00", """Dear Mr Simmons,

Thursday afternoon is perfect - both will be ready for you at 2pm.

Best regards,
Ravi""")),

    C("f43-desai-labour-rate", "en", "closed", {},
      "Priya Desai <priya.desai@example.com>", "gmail", "Workshop hourly rate?",
      "One question answered with a bare figure.",
      cu("11-06 12:00", """Hi, quick one - what's your hourly labour rate for jobs that aren't on the price list? I'm building up a vintage bike and want to budget.

Priya"""),
      ag("finn", "11-06 13:00", """£48 an hour, billed in 15-minute steps.

Finn""")),

    C("f44-kaur-dad-ebike", "en", "pending", {"unanswered-question": 2},
      "Simran Kaur <simran.kaur@example.org>", "gmail", "Buying an e-bike for my dad",
      "One long paragraph with four questions and requests (multipart/alternative); motor type and gift vouchers answered, keeping the bike until the birthday and a first-ride lesson skipped.",
      cu("11-17 21:40", """Hi there,

I'm looking to buy an e-bike for my dad's 70th birthday in January and I'm a bit lost, so sorry in advance for the long email. He's about 5'7", has a bad knee and lives at the top of a steep hill, so I think he needs something with a step-through frame and quite a lot of power, but I don't know whether a hub motor or a mid-drive would suit him better for hills. I was also wondering whether you'd be able to keep the bike at the shop until the week of his birthday, since I don't have anywhere to hide it. He's never ridden an e-bike before, so is there any chance one of your staff could give him a short lesson when he picks it up? Budget-wise we're thinking around £2,000 but could stretch a bit for the right bike. Finally, do you offer gift vouchers, in case I decide to let him choose himself?

Thanks so much,
Simran""", kind="alt", uq=2),
      ag("ravi", "11-18 10:00", """Hi Simran,

What a lovely present. For a steep hill and a bad knee I'd steer him towards a mid-drive - it uses the bike's gears, so it climbs far better than a hub motor of the same power. The Voltreck City 300 Step-Through (£1,999) would be my pick, or the Tour 500 ST (£2,349) if he'd like a bigger battery.

We also sell gift vouchers for any amount, in the shop or online: https://ferncastlecycles.example/gift-vouchers?src=email

Best regards,
Ravi""")),

    C("f45-lloyd-callback", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Gareth Lloyd <gareth.lloyd@example.com>", "gmail", "Callback about my e-bike motor",
      "Chases a callback promised by phone ('I'm still waiting for that call'); only the acknowledgement replies.",
      cu("11-18 11:00", """Hi,

I rang on Monday about the motor on my Trail 700 cutting out, and the chap I spoke to said someone from the e-bike team would call me back the same day. I'm still waiting for that call. Could somebody get in touch, please? Ideally by email, as I'm in meetings most of the day.

Gareth Lloyd""", chase=True),
      ack("11-18 11:01")),
]

CASES += [
    C("f46-mueller-lieferung", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Sabine Müller <sabine.mueller@example.at>", "outlook_de", "Bestellung FC-31650 - Lieferzeit",
      "Austrian customer asks where her parcel is, chases two days later ('gibt es schon etwas Neues?'); answered with tracking link the next morning.",
      cu("11-09 08:00", """Sehr geehrte Damen und Herren,

ich habe am 28. Oktober einen Kindersitz und einen Gepäckträger für unser Lastenrad bestellt (Bestellung FC-31650, Lieferung nach Salzburg). Laut Bestätigung sollte die Lieferung 5-7 Werktage dauern. Können Sie mir sagen, wann ich mit dem Paket rechnen kann?

Mit freundlichen Grüßen
Sabine Müller""", tz=1),
      cu("11-11 19:00", """Sehr geehrte Damen und Herren,

gibt es schon etwas Neues zu meiner Bestellung? Ich habe bisher leider keine Antwort erhalten.

Mit freundlichen Grüßen
Sabine Müller""", tz=1, chase=True),
      ag("tobias", "11-12 09:15", """Sehr geehrte Frau Müller,

entschuldigen Sie bitte die späte Antwort. Ihr Paket lag beim Zoll in Wien und ist inzwischen freigegeben. Die Sendungsnummer lautet AT4471920GB, verfolgen können Sie es hier: https://track.example/dhl?id=AT4471920GB&lang=de - laut DHL wird es am Montag zugestellt.

Mit freundlichen Grüßen
Tobias Brandt""")),

    C("f47-roux-casque", "fr", "closed", {"unanswered-question": 1},
      "Antoine Roux <antoine.roux@example.be>", "thunderbird", "Commande casque et antivol",
      "Belgian customer (English-language Thunderbird): delivery and lead time answered and a payment link sent; whether the helmet takes a clip-on rear light is not.",
      cu("11-03 14:00", """Bonjour,

Je souhaite commander le casque Urban Pro en taille L (gris) et l'antivol en U que vous proposez sur votre site. Livrez-vous en Belgique ? Si oui, en combien de temps ?

J'aimerais aussi savoir si le casque est compatible avec un éclairage arrière à clipser, parce que je roule beaucoup de nuit.

Merci d'avance,
Antoine Roux
Bruxelles""", tz=1, uq=1),
      ag("celine", "11-03 16:30", """Bonjour Monsieur Roux,

Oui, nous livrons en Belgique : comptez quatre à six jours ouvrés, pour 12 £ de frais de port. Je vous ai préparé la commande (casque Urban Pro L gris et antivol en U, 94 £ au total) ; il ne vous reste qu'à la régler via ce lien : https://pay.ferncastlecycles.example/l/R7T1?lang=fr

Bien cordialement,
Céline Aubert""")),

    C("f48-moreno-revision", "es", "closed", {"unanswered-question": 1},
      "Diego Moreno <diego.moreno@example.com>", "gmail_es", "Revisión y una duda sobre el cambio",
      "Spanish speaker living locally: slot and the hub-gear click answered together; the wicker basket question is skipped.",
      cu("11-05 18:30", """Hola, Pilar:

Quería pedir cita para una revisión básica de mi bici de ciudad. ¿Tenéis hueco este sábado? Otra cosa: el cambio interno de la rueda trasera (un Nexus de 7 velocidades) hace un clic raro en la 4ª, ¿lo podéis mirar en la misma revisión o es un trabajo aparte?

Además, quisiera saber si vendéis cestas delanteras de mimbre, que la mía se ha roto.

Gracias,
Diego""", uq=1),
      ag("pilar", "11-06 09:30", """Hola, Diego:

Te he apuntado para el sábado 7 a las 9:00. La revisión básica son 55 £ e incluye ajustar el cambio interno, así que el clic de la 4ª lo miramos sin coste extra (si hubiera que abrir el buje, te avisamos antes con el precio).

Un saludo,""")),

    C("f49-adeyemi-storage", "en", "closed", {},
      "Tunde Adeyemi <tunde.adeyemi@example.com>", "owa", "Winter storage for two bikes",
      "Storage, monthly price and a spring service answered in two sentences.",
      cu("11-02 14:00", """Hi,

I'm moving flats at the end of the month and won't have anywhere to keep our two bikes until February. Do you offer winter storage? If so, what does it cost per month, and could you give them both a service before we pick them up in the spring?

Thanks,
Tunde"""),
      ag("finn", "11-02 16:30", """Hi Tunde,

We do - £15 a bike per month, kept indoors and insured. Add a spring service (£75 a bike for storage customers instead of £95) and they'll be ready to ride the day you collect. Bring them in any time from the 28th.

Kind regards,
Finn""")),

    C("f50-cole-wheels", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Marcus Cole <marcus.cole@example.com>", "gmail", "Upgrading my wheels",
      "Wheel recommendation and cassette fit answered; the part-exchange answer promised 'by end of day Monday' never comes; the customer chases and waits.",
      cu("11-13 10:00", """Hi Finn,

I'm thinking about upgrading the wheels on my road bike to something lighter, budget around £600. What would you recommend? Would you take my current wheels in part exchange? They're the stock ones that came with the bike, barely used. Also, please check whether my cassette (11-speed, 11-32) will fit on whatever you suggest.

Marcus""", to="Finn Oakes <finn@ferncastlecycles.example>"),
      ag("finn", "11-13 14:00", """Hi Marcus,

For £600 I'd look at the Arden Aero 38 or the Keel All-Road - both much lighter than stock and tough enough for winter. Your 11-32 cassette fits either, they both have standard 11-speed freehubs.

For the part exchange I need to see what our used stock looks like first - I'll confirm by end of day Monday.

Kind regards,
Finn""", promises=[("11-16", None)]),
      cu("11-18 09:00", """Hi Finn, any word on the part exchange? I'd like to order the wheels this week if possible.

Marcus""", chase=True)),

    C("f51-pryce-nursery-cargo", "en", "pending", {},
      "Hannah Pryce <hannah.pryce@example.net>", "thunderbird", "Cargo bike for the nursery",
      "'I'll come back to you early next week' said on Thursday, kept on Monday; the demo booking follows; a delivery date later on is logistics.",
      cu("11-12 09:30", """Hello,

I run a small nursery in Ferncastle and we're looking at an electric cargo bike that can carry four toddlers for short trips to the park. Do you sell anything like that? It would need to take a rain cover and, ideally, a seatbelt for each child.

Best,
Hannah Pryce
Little Acorns Nursery"""),
      ag("ravi", "11-12 11:00", """Hi Hannah,

We don't stock a four-seater at the moment, but Voltreck's Cargo 4 Kids does exactly that - four harnessed seats and a full rain canopy. I'm checking with them whether we can get a demo bike in for you to try, and I'll come back to you early next week.

Best regards,
Ravi""", promises=[("11-17", 3)]),
      ag("ravi", "11-16 10:00", """Hi Hannah,

Good news: Voltreck can lend us a Cargo 4 Kids demo for a week from 30 November, so you could borrow it for a couple of days. It's £4,650 to buy, with 10 % off for nurseries and schools.

Best regards,
Ravi"""),
      cu("11-16 12:00", """Yes please! Could we have it from Monday 30th to Wednesday 2nd?

Hannah"""),
      ag("ravi", "11-16 13:30", """Booked for you - I'll bring it round on the Monday morning.

Best regards,
Ravi""")),

    C("f52-barker-commute", "en", "closed", {"unanswered-question": 1},
      "Louise Barker <louise.barker@example.org>", "outlook", "Puncture-proof tyres and a new saddle",
      "Tyre recommendation and fitting plus the appointment time answered (out of order); the women's saddle trial is skipped.",
      cu("11-09 12:30", """Hi,

I commute 12 miles each way and I'm fed up with punctures. Which puncture-resistant tyres would you recommend for a hybrid with 700x35 tyres? Please fit them when I bring the bike in for its service on Thursday.

I also need a more comfortable saddle - I was wondering whether you have any women's saddles I could try before buying. And can you tell me if my service booking on Thursday is still at 8.30? I got a text saying 9.

Thanks,
Louise""", uq=1),
      ag("gwen", "11-09 15:00", """Hi Louise,

The text is right: you're booked in at 9, we moved the early slots back half an hour this month. For commuting I'd go for the Ironclad 700x35 (£34 each) - a bit heavier, but very hard to puncture. I've added a pair to your job sheet so they'll go on during the service.

Gwen""")),

    C("f53-vogel-gruppenreise", "de", "pending", {"unanswered-question": 2},
      "Thomas Vogel <t.vogel@radreisen-vogel.example>", "outlook_de", "Gruppenanfrage April 2027: 12 Trekkingräder",
      "German tour operator: availability and trade terms answered; roadside mechanic and luggage transport not. Company registration lines in the signature.",
      cu("11-16 10:00", """Sehr geehrter Herr Brandt,

wir planen für April 2027 eine geführte Radreise durch Ihre Region mit zwölf Teilnehmern (20. bis 25. April). Hätten Sie für diesen Zeitraum zwölf Trekkingräder, davon vier mit Elektroantrieb? Welche Konditionen können Sie uns als Reiseveranstalter anbieten?

Außerdem wäre es wichtig zu wissen, ob Sie im Pannenfall während der Tour einen Mechaniker vorbeischicken können. Und bieten Sie auch einen Gepäcktransport zwischen den Unterkünften an, oder sollen wir dafür einen anderen Anbieter suchen?

Mit freundlichen Grüßen
Thomas Vogel
Radreisen Vogel GmbH
Geschäftsführer: Thomas Vogel | Amtsgericht Freiburg HRB 70412""", tz=1, uq=2),
      ag("tobias", "11-16 14:30", """Sehr geehrter Herr Vogel,

vielen Dank für Ihre Anfrage. Für den 20. bis 25. April können wir Ihnen zwölf Trekkingräder reservieren, vier davon mit Motor. Als Reiseveranstalter erhalten Sie 20 % auf unsere Tagespreise, das sind 22,40 £ pro Rad und Tag für die normalen Trekkingräder und 42 £ für die E-Bikes. Eine Anzahlung wird erst im Februar fällig.

Mit freundlichen Grüßen
Tobias Brandt""")),

    C("f54-navarro-bateria", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Elena Navarro <elena.navarro@example.es>", "gmail_es", "Batería de repuesto para Sevilla",
      "Spare battery to Spain: price and road shipping answered, the exact lead time promised for Monday never sent; the manual in Spanish is ignored.",
      cu("11-03 11:00", """Buenos días:

Tengo una Voltreck City 300 que compré en su tienda hace un año y medio, y ahora vivo en Sevilla. Me gustaría tener una segunda batería para los trayectos largos. ¿Me la pueden enviar a España? ¿Cuánto costaría con el envío?

También necesito el manual de la bici en español; por favor, mándenmelo en PDF si lo tienen.

Muchas gracias,
Elena Navarro""", tz=1, kind="alt", uq=1),
      ag("pilar", "11-03 13:30", """Buenos días, Elena:

Las baterías de litio no pueden ir en avión, pero sí por carretera: la batería de 500 Wh para la City 300 cuesta 520 £ y el envío por transporte terrestre a Sevilla, 85 £. El plazo exacto depende del transportista; se lo confirmo el lunes.

Un saludo,""", promises=[("11-09", None)])),

    C("f55-fox-lights", "en", "pending", {"unanswered-question": 1},
      "Nina Fox <nina.fox@example.com>", "iphone", "Lights for country lanes",
      "A light recommended and put aside; in the follow-up the matching rear light is answered, paying online in advance is not.",
      cu("11-13 18:00", """Hi, do you have any rechargeable front lights bright enough for unlit country lanes? Something that lasts a 50-minute ride on full.

Nina

Sent from my iPhone"""),
      ag("finn", "11-14 09:00", """Hi Nina,

The Lumen 1200 (£69) is what most of our lane commuters use - 1200 lumens, about 1h40 on full, USB-C charging. We have three in stock.

Finn"""),
      cu("11-14 10:30", """Perfect, please put one aside and I'll pick it up Monday. Do you have a matching rear light? And can I pay for it online now so I can just grab it?

Nina

Sent from my iPhone""", uq=1),
      ag("finn", "11-14 11:15", """Done - it's behind the counter with your name on it. The matching rear is the Lumen R100, £24.

Finn""")),

    C("f56-walsh-used-ebike", "en", "closed", {"unanswered-question": 2},
      "Declan Walsh <declan.walsh@example.net>", "gmail", "Used Tour 500 on your website",
      "Three questions about a used e-bike get a general paragraph about used bikes: the service question is covered, charge cycles and holding it until Saturday are not.",
      cu("11-05 21:00", """Hi,

I saw the second-hand Tour 500 listed on your website for £1,350. How many charge cycles does the battery have on it? Has it had a service since it was traded in? And would you hold it for me until Saturday? I can't get over before then.

Declan""", uq=2),
      ag("finn", "11-06 10:00", """Hi Declan,

Thanks for your interest in our used bikes. Every second-hand e-bike we sell gets a full workshop service and a battery health check before it goes on sale, and comes with a six-month warranty. You're welcome to view and test ride it during opening hours.

Kind regards,
Finn""")),

    C("f57-hussain-refund", "en", "closed", {"customer-chased": 1},
      "Zara Hussain <zara.hussain@example.com>", "gmail", "Refund for cancelled hire",
      "Refund confirmed with '3-5 working days' (how refunds work, not a promise); a week later the customer follows up and the stuck refund is pushed through.",
      cu("11-02 09:00", """Hi,

I cancelled my e-bike hire for 31 October a week in advance (booking H-5521), so I understand I'm due a full refund. Could you confirm when it'll be processed?

Zara"""),
      ag("maddie", "11-02 11:00", """Hi Zara,

Yes, cancellations more than 48 hours ahead are refunded in full. I've processed the £45 today; card refunds take 3-5 working days to appear.

Maddie"""),
      cu("11-10 10:00", """Hi Maddie,

Just following up on this - it's been over a week and there's still nothing on my card. Could you check it actually went through?

Zara""", chase=True),
      ag("maddie", "11-10 12:30", """Hi Zara,

You're right, it hadn't: the payment system queued it but never sent it. I've pushed it through by hand this afternoon - the processor's reference is RF-88213-FC. Sorry about that.

Maddie""")),

    C("f58-lambert-velo-enfant", "fr", "pending", {"unanswered-question": 1},
      "Hugo Lambert <hugo.lambert@example.com>", "apple_fr", "Vélo d'occasion pour mon fils",
      "French parent: size advice, used bikes in stock and the trade-in of the old bike answered; repair classes for teenagers not.",
      cu("11-17 17:30", """Bonjour Céline,

Mon fils de 11 ans a besoin d'un vélo plus grand (il mesure 1,48 m). Est-ce que vous avez des vélos enfants d'occasion en 24 ou 26 pouces ? Et est-ce que vous reprenez son vélo actuel, un 20 pouces en bon état ?

Autre question : faites-vous des cours de réparation pour les ados ? Il adore bricoler.

Merci,
Hugo""", uq=1),
      ag("celine", "11-18 09:45", """Bonjour Hugo,

À 1,48 m, un 26 pouces en taille XS lui ira mieux qu'un 24 : nous en avons deux d'occasion en ce moment, à 140 et 165 £. Son 20 pouces, nous le reprenons volontiers, en général entre 30 et 50 £ selon l'état.

Bien à vous,
Céline""")),
]

UNANSWERED: dict[str, list[str]] = {
    "f02-okafor-battery-range": [
        "Could you also let me know whether you can lend me a battery while mine is being tested - I rely on the bike to get to work."],
    "f07-ashworth-parts": [
        "And one more thing: do you price-match the big online shops?"],
    "f08-moreau-location": [
        "Je voudrais aussi savoir si vous pouvez nous livrer les vélos à notre location, c'est un gîte à environ 6 km du centre."],
    "f12-brennan-club-service": [
        "Please send the invoice to the club rather than to the individual members - our treasurer settles it and claims it back from them.",
        "Could you also collect the bikes from the clubhouse on Hatch Road, or do we need to bring them to you?"],
    "f13-fischer-versand": [
        "Außerdem bräuchte ich eine Rechnung mit ausgewiesener Mehrwertsteuer, da ich die Teile über meine Firma abrechne."],
    "f18-carver-double-charge": [
        "While you're at it, could you add a bottle cage to the order?"],
    "f21-schmidt-akku": [
        "Und könnten Sie mir bei der Gelegenheit ein Angebot für einen zweiten Akku machen?"],
    "f25-leroy-relance": [
        "Par ailleurs, serait-il possible d'ajouter un garde-boue arrière à la commande s'il n'est pas encore parti, ou faut-il passer une nouvelle commande ?"],
    "f28-nakamura-test-ride": [
        "How long does the battery take to charge from empty?"],
    "f30-sanchez-tasacion": [
        "¿Aceptáis también bicis de niño?"],
    "f34-fairbairn-hire": [
        "Could you also recommend a route of about 40 miles that isn't too hilly?"],
    "f37-price-tubeless": [
        "How much would it cost to convert both wheels?"],
    "f44-kaur-dad-ebike": [
        "I was also wondering whether you'd be able to keep the bike at the shop until the week of his birthday, since I don't have anywhere to hide it.",
        "He's never ridden an e-bike before, so is there any chance one of your staff could give him a short lesson when he picks it up?"],
    "f47-roux-casque": [
        "J'aimerais aussi savoir si le casque est compatible avec un éclairage arrière à clipser, parce que je roule beaucoup de nuit."],
    "f48-moreno-revision": [
        "Además, quisiera saber si vendéis cestas delanteras de mimbre, que la mía se ha roto."],
    "f52-barker-commute": [
        "I also need a more comfortable saddle - I was wondering whether you have any women's saddles I could try before buying."],
    "f53-vogel-gruppenreise": [
        "Außerdem wäre es wichtig zu wissen, ob Sie im Pannenfall während der Tour einen Mechaniker vorbeischicken können.",
        "Und bieten Sie auch einen Gepäcktransport zwischen den Unterkünften an, oder sollen wir dafür einen anderen Anbieter suchen?"],
    "f54-navarro-bateria": [
        "También necesito el manual de la bici en español; por favor, mándenmelo en PDF si lo tienen."],
    "f55-fox-lights": [
        "And can I pay for it online now so I can just grab it?"],
    "f56-walsh-used-ebike": [
        "How many charge cycles does the battery have on it?",
        "And would you hold it for me until Saturday?"],
    "f58-lambert-velo-enfant": [
        "Autre question : faites-vous des cours de réparation pour les ados ?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"FC-T{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True)}
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
    """Give every message its Message-ID (none for ``msgid=False``) and raw bytes, parents
    first - :func:`mailcraft.render_corpus` with room for a client that sends no Message-ID."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to), *([("Cc", m.cc)] if m.cc else []),
                   ("Subject", m.subject), ("Date", email.utils.format_datetime(m.date))]
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
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 47: Ferncastle Cycles - cases",
                                 "make_practice47_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.ferncastlecycles.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip (a message without Message-ID is found by its subject)."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {(p["Message-ID"] or "noid:" + p["Subject"]): (p, p in inbox) for p in inbox + sent}
    for m in (m for c in cases for m in c.msgs):
        parsed, in_mbox = by_id[m.message_id or "noid:" + m.subject]
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
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice47 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
