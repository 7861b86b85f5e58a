#!/usr/bin/env python3
"""Regenerate ``tests/practice65/``: a labelled corpus of Saltcote Boat Hire.

A support mailbox of a fictional self-drive canal and river boat hire company (narrowboat
holidays and short breaks, day boats, deposits and balances, damage waivers, pets, handover
training, moorings and routes, winter stoppages, accessible boats, gift vouchers, group and
school trips, invoices), written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``saltcoteboathire.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice65_corpus.py [--out DIR]
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
NAME = "practice65"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "saltcoteboathire.example"
BOOKINGS = "Saltcote Boat Hire <bookings@saltcoteboathire.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "bryony": ("Bryony Catchpole <bryony@saltcoteboathire.example>", "gmail", """-- 
Bryony Catchpole
Bookings | Saltcote Boat Hire
Saltcote Wharf, Canal Lane, Saltcote | 01632 960 118
Check availability: https://saltcoteboathire.example/availability?src=email"""),
    "gareth": ("Gareth Ellery <gareth@saltcoteboathire.example>", "outlook", """Gareth Ellery
Boatyard & Handovers | Saltcote Boat Hire
Trouble on the water? Our breakdown line is open 24/7 on 01632 960 412."""),
    "nell": ("Nell Ashdown <nell@saltcoteboathire.example>", "apple", """Nell Ashdown
Accounts & Deposits | Saltcote Boat Hire
This email and any attachments are confidential. If you received it in error, please let us know and delete it."""),
    "dev": ("Dev Mistry <dev@saltcoteboathire.example>", "owa", """Dev Mistry
Duty Manager | Saltcote Boat Hire
Any questions about your hire? https://saltcoteboathire.example/faq?topic=hire"""),
    "tobias": ("Tobias Brenner <tobias@saltcoteboathire.example>", "thunderbird_de", """-- 
Tobias Brenner
Buchungen (Deutsch) | Saltcote Boat Hire
https://saltcoteboathire.example/de/boote?ref=signatur"""),
    "celine": ("Céline Roux <celine@saltcoteboathire.example>", "apple_fr", """Céline Roux
Réservations (français) | Saltcote Boat Hire
https://saltcoteboathire.example/fr/?utm_source=email&utm_medium=signature"""),
    "lucia": ("Lucía Ferrer <lucia@saltcoteboathire.example>", "gmail_es", """--
Lucía Ferrer
Reservas (español) | Saltcote Boat Hire
+44 1632 960 127"""),
}

ACK = """Hello,

Thanks for contacting Saltcote Boat Hire. This is an automatic reply to let you
know we have received your message (reference {ref}).

Our bookings office is open 9am-5pm, Monday to Saturday, and we will reply
within 24 hours. If you are on one of our boats now and need help, please ring
the breakdown line on 01632 960 412 (24 hours).

Saltcote Boat Hire
https://saltcoteboathire.example/help?ticket={ref}"""

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "iphone": ["X-Mailer: iPhone Mail (22B83)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"],
    "helpdesk": ["X-Mailer: Saltcote Helpdesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="sbh.", outlook_server="AM6PR1")
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

QUOTE_PDF = mailcraft.pdf(["Saltcote Boat Hire - Quotation Q-2611-018",
                           "Lumen Analytics team day, Friday 16 April 2027",
                           "3 day boats (Dabchick, Grebe, Coot) x GBP 165 = GBP 495",
                           "24 picnic hampers x GBP 18 = GBP 432",
                           "Subtotal GBP 927.00  VAT 20% GBP 185.40  Total GBP 1,112.40",
                           "Valid until 31 January 2027"])
VOUCHER_PDF = mailcraft.pdf(["Saltcote Boat Hire - Gift voucher SV-4471",
                             "Value GBP 300 - any boat, any week",
                             "Valid until 18 November 2028"])
RECHNUNG_PDF = mailcraft.pdf(["Saltcote Boat Hire - Rechnung SB-R-1187-K (Korrektur)",
                              "Bauer Elektrotechnik GmbH, USt-IdNr. DE 214 778 390",
                              "2 Tagesboote, 24. Oktober 2026: GBP 330,00",
                              "Ersetzt Rechnung SB-R-1187"])
INVOICE_PDF = mailcraft.pdf(["Saltcote Boat Hire - Invoice SB-2311 (corrected)",
                             "Kestrel, 14-21 November 2026: GBP 1,090.00",
                             "Damage waiver (once): GBP 45.00",
                             "Total GBP 1,135.00 - refund of GBP 45.00 issued 2 Nov 2026"])
PRESUPUESTO_PDF = mailcraft.pdf(["Saltcote Boat Hire - Presupuesto P-2611-031",
                                 "Moorhen, 27 marzo - 3 abril 2027, 8 personas",
                                 "Alquiler GBP 2.150  Seguro GBP 95  Limpieza GBP 60",
                                 "Gasoil estimado (35 h) GBP 150  Total GBP 2.455"])
RISK_PDF = mailcraft.pdf(["Saltcote Boat Hire - Risk assessment: school groups on day boats",
                          "Hazards: falls into water, locks, trip hazards on the wharf",
                          "Controls: life jackets worn at all times, 2 adults per boat",
                          "Reviewed October 2026"])
CONFIRM_PDF = mailcraft.pdf(["Saltcote Boat Hire - Booking confirmation SB-2298",
                             "Mr D Quinn - Kingfisher, 23-27 October 2026",
                             "Paid in full: GBP 780.00"])
FACTURA_PDF = mailcraft.pdf(["Saltcote Boat Hire - Factura SB-F-2305",
                             "Estudio Pascual Arquitectura S.L. - CIF B-12345678",
                             "Calle del Carmen 14, 46003 Valencia",
                             "Kingfisher, 17-24 octubre 2026: GBP 1.260,00"])
QUOTE2_PDF = mailcraft.pdf(["Saltcote Boat Hire - Quotation Q-2611-027 (revised)",
                            "Blackwood Weddings - 3 July 2027",
                            "2 day boats x GBP 165 = GBP 330; 20 hampers x GBP 18 = GBP 360",
                            "Total GBP 690.00 + VAT"])
HEATER_PNG = mailcraft.png(10, 8, lambda x, y: (60 + 10 * x, 60 + 6 * y, 70))
SCRAPE_PNG = mailcraft.png(14, 9, lambda x, y: (30, 90 + 8 * y, 60 + 12 * (x % 4)))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("s01-hartley-may-week", "en", "closed", {},
      "Joanna Hartley <jo.hartley@example.com>", "gmail", "Kestrel in May - and a dog?",
      "Three questions in one paragraph (dates, dog, how far in a week) answered out of order in one reply; thanks-only close.",
      cu("11-02 19:40", """Hello,

We're a family of five (three kids aged 9, 12 and 15) hoping to do our first canal holiday next spring. I've been looking at the Kestrel on your website - is it free for the week of 15 to 22 May 2027? We'd want to bring our springer spaniel, Biscuit, if that's allowed. And realistically how far could we get in a week? My husband has his heart set on getting to Brackenford and back, but I don't want us rushing through every lock.

Thanks in advance,
Joanna Hartley"""),
      ag("bryony", "11-03 09:15", """Hi Joanna,

Brackenford and back is a very comfortable week - roughly nine hours' cruising each way with 14 locks, so you'd have time for a day or two moored up in the middle. Biscuit is very welcome: we take up to two well-behaved dogs per boat for a £40 cleaning fee, and there's a dog guard for the front deck. And yes, the Kestrel is free 15-22 May - I've put a provisional hold on it in your name until Monday 9 November, no deposit needed until then.

Best wishes,
Bryony"""),
      cu("11-03 12:30", """That's brilliant, thank you Bryony! I'll talk it through with Tom tonight.

Jo""", thanks=True)),

    C("s02-pemberton-deposit", "en", "closed", {"unanswered-question": 1},
      "Alan Pemberton <alan.pemberton@example.org>", "outlook", "Security deposit - Heron",
      "Deposit refund answered with the timescale; the question about a fleece left on board is not touched; thanks-only reply.",
      cu("11-02 10:05", """Good morning,

We brought the Heron back on Friday after a lovely week - thank you to Gareth and the team for a smooth handover.

Could you let me know when the £250 security deposit will be back on my card? It was taken on the Visa ending 4410.

Also, my wife thinks she left a grey fleece in the forward cabin, on the hook behind the door. Could someone check whether it was found when the boat was cleaned?

Regards,
Alan Pemberton""", uq=1),
      ag("nell", "11-02 15:20", """Dear Mr Pemberton,

Thank you - glad you enjoyed the week. The boat came back with no damage noted, so I released the full £250 this afternoon. Depending on your bank it takes three to five working days to show on the Visa ending 4410.

Kind regards,
Nell"""),
      cu("11-02 16:01", """Thank you Nell, much appreciated.

Alan Pemberton""", thanks=True)),

    C("s03-okonkwo-weekend", "en", "pending", {},
      "Chidi Okonkwo <chidi.okonkwo@example.net>", "apple", "Wren weekend 28-30 Nov",
      "Three practical questions on separate lines answered inline under each quoted line.",
      cu("11-16 20:10", """Hi,

Booking SB-2417, the Wren, 28-30 November. A few practical things before we come:

What time can we pick the boat up on the Saturday?
Is there somewhere we can leave the car for the weekend?
Do we need to bring our own towels and bedding?

Many thanks,
Chidi"""),
      ag("bryony", "11-17 08:50", """Hi Chidi,

> What time can we pick the boat up on the Saturday?

From 2pm. The handover takes about 45 minutes, so you'll be away by three with an hour of daylight left.

> Is there somewhere we can leave the car for the weekend?

The marina car park, free of charge - the barrier code is in your joining pack.

> Do we need to bring our own towels and bedding?

Bedding is on board and the beds will be made up. Towels you'll need to bring, or we can put a towel pack on the boat for £8 per person.

See you on the 28th,
Bryony""", quote=False)),

    C("s04-brandt-hausboot", "de", "closed", {"unanswered-question": 1},
      "Sabine Brandt <sabine.brandt@familie-brandt.example>", "gmail_de", "Hausbooturlaub August 2027",
      "German family: licence and bikes answered in detail, the question about getting there from Birmingham airport skipped.",
      cu("11-04 21:15", """Hallo,

wir (zwei Erwachsene, zwei Kinder) planen für August 2027 unseren ersten Hausbooturlaub in England und sind auf Ihre Seite gestoßen. Brauchen wir für Ihre Boote einen Bootsführerschein? Mein Mann hat nur einen normalen Autoführerschein.

Außerdem würden wir gern unsere Fahrräder mitnehmen, um unterwegs mal einkaufen zu fahren - ist dafür Platz an Bord?

Und wie kommt man am besten vom Flughafen Birmingham zu Ihnen - gibt es einen Shuttle, oder nimmt man ein Taxi?

Viele Grüße
Sabine Brandt""", uq=1),
      ag("tobias", "11-05 09:40", """Hallo Frau Brandt,

vielen Dank für Ihre Anfrage! Einen Bootsschein brauchen Sie bei uns nicht - auf den Kanälen reicht die Einweisung, die wir bei der Übergabe machen (etwa eine Stunde, inklusive einer Schleuse zum Üben). Der Autoführerschein Ihres Mannes genügt also völlig, und Sie dürfen natürlich auch steuern.

Fahrräder: Auf dem Dach ist Platz für bis zu vier Räder, Spanngurte geben wir Ihnen mit. Wenn Sie lieber keine eigenen mitbringen, vermieten wir auch Räder für 12 £ pro Tag.

Viele Grüße aus Saltcote
Tobias Brenner"""), tz=1),

    C("s05-ashworth-team-day", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Priya Ashworth <priya.ashworth@lumenanalytics.example>", "outlook", "Team day on the canal - 24 people",
      "Boats and lunch answered, the quote promised 'by Wednesday' arrives the next Monday after a chase; the wheelchair-access question is never answered.",
      cu("11-09 09:20", """Hi there,

I'm organising a team day for our company in spring and a day on the canal has won the vote! There will be 24 of us. We're looking at Friday 16 April 2027.

A few things I need to know before I can take it to our finance director:
- How many day boats would we need for 24 people, and what would it cost altogether?
- Can you arrange lunch, or do we bring our own?
- Is the wharf accessible for a colleague who uses a wheelchair?

Please send a formal quote with VAT shown separately if possible, as we need it for the PO.

Thanks,
Priya Ashworth
Office Manager | Lumen Analytics""", uq=1),
      ag("bryony", "11-09 13:05", """Hi Priya,

What a lovely choice! You'd need three of our 10-seater day boats (Dabchick, Grebe and Coot), and lunch is easy - the Lock Keeper's Kitchen next door delivers picnic hampers to the wharf, £18 a head, and we can add that to our invoice so you only have one bill.

I need to check the April rates with our manager as they change for 2027, so I'll put the full quote together and send it over by Wednesday.

Best wishes,
Bryony""", promises=[("11-11", 4)]),
      cu("11-13 10:45", """Hi Bryony,

Just checking in on the quote - our finance director wants to sign off the budget on Tuesday, so I'd really need it by Monday morning.

Thanks,
Priya""", chase=True),
      ag("bryony", "11-16 09:10", """Hi Priya,

Sorry this took longer than I said. The quote is attached: three day boats for Friday 16 April at £165 each plus 24 hampers at £18 - £927 in total, plus VAT of £185.40. It's valid until the end of January.

Best wishes,
Bryony""", attach=[("application/pdf", "Q-2611-018.pdf", QUOTE_PDF)])),

    C("s06-lefevre-report", "fr", "closed", {"missed-follow-up": 1},
      "Mathilde Lefèvre <m.lefevre@orange-mail.example>", "apple_fr", "Changement de dates - réservation SB-2288",
      "French customer: the deposit question is answered, the date change is deferred 'd'ici vendredi' and never followed up.",
      cu("11-04 18:30", """Bonjour,

Nous avons réservé le Heron (réservation SB-2288) du 5 au 12 juin 2027, mais mon fils vient d'apprendre que son examen de fin d'année tombe le 8 juin. Serait-il possible de décaler notre séjour d'une semaine, du 12 au 19 juin ?

Et si ce n'est pas possible, est-ce que l'acompte de 300 £ peut être reporté sur une autre date plus tard dans l'été ?

Merci d'avance et bonne soirée,
Mathilde Lefèvre"""),
      ag("celine", "11-05 10:15", """Bonjour Madame Lefèvre,

Pas d'inquiétude pour l'acompte : tant que le changement se fait plus de huit semaines avant le départ, il est reporté sans frais sur n'importe quelle date de la saison 2027.

Pour la semaine du 12 au 19 juin, le Heron est déjà réservé à partir du 13, mais le Kingfisher pourrait vous convenir. Je vérifie avec le chantier s'il sera sorti d'hivernage à temps et je reviens vers vous d'ici vendredi.

Bien cordialement,
Céline Roux""", promises=[("11-06", None)]), tz=1),

    C("s07-mcallister-heater", "en", "closed", {},
      "Fiona McAllister <fiona@mcallister-home.example>", "thunderbird", "Heater failed on the Bittern",
      "Complaint with a photo and a request for a partial refund; refund granted, ticket explicitly closed, thanks-only reply.",
      cu("11-03 08:30", """Hello,

We had the Bittern from 26 to 31 October. Overall a great trip, but the diesel heater stopped working on the second night and didn't come back on, despite us following the instructions in the boat manual (photo of the panel attached - it just flashed E4). It was 3 degrees on the Wednesday night and the kids slept in their coats. The breakdown line said an engineer could only come out on the Friday, by which time we were heading back anyway.

I don't want to make a huge fuss, but I do think some of the hire cost should be refunded for three cold nights. Could you look at that please?

Fiona McAllister""", attach=[("image/png", "heater-panel.png", HEATER_PNG)]),
      ag("gareth", "11-03 14:40", """Dear Fiona,

I'm really sorry - three nights at that temperature is not what you paid for. We found the fault when the boat came back: E4 is the glow plug, which had failed, and it's been replaced.

I've spoken to Nell in accounts and we're refunding £180 (three nights' share of the hire) to the card you paid with; you should see it within five working days. As that settles it, I'll mark this ticket as resolved - but do reply if anything else comes up.

Regards,
Gareth""", closes=True),
      cu("11-03 19:02", """Thank you Gareth, that's very fair. We'll be back next year!

Fiona""", thanks=True)),

    C("s08-dunmore-february", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Rob Dunmore <rob.dunmore@example.com>", "gmail", "February half term - is the canal open?",
      "Route question about winter stoppages; only the acknowledgement; the customer chases by replying to his own mail.",
      cu("11-16 12:40", """Hi,

We're hoping to take a boat out over February half term (13-20 Feb 2027). I've read that a lot of the canal closes for maintenance in winter. Would we still be able to get from Saltcote up to Kellington Junction that week, or are there stoppages on that stretch? If it's closed, what route would you suggest instead?

Thanks,
Rob Dunmore"""),
      ack("11-16 12:41"),
      cu("11-18 19:05", """Any news on this? I'd like to book before the half-term weeks go, and I can't really decide on dates until I know whether the route is open.

Rob""", chase=True, parent=1)),

    C("s09-ruiz-labrador", "es", "closed", {"unanswered-question": 1},
      "Marta Ruiz <martaruiz@correo-ruiz.example>", "gmail_es", "Escapada en barco en marzo",
      "Spanish couple: heating and price answered, the question about bringing a large dog skipped.",
      cu("11-05 22:10", """Hola,

Mi pareja y yo queremos hacer una escapada en barco en marzo, una semana, del 6 al 13 si puede ser. Tengo varias dudas:

¿Los barcos tienen calefacción? En marzo imagino que hará frío por las noches.
¿Cuánto costaría la semana para dos personas?
Tenemos un labrador de 35 kilos, ¿lo podemos traer?

Muchas gracias,
Marta""", uq=1),
      ag("lucia", "11-06 09:30", """Hola, Marta:

¡Gracias por escribirnos! Todos nuestros barcos llevan calefacción central de gasoil con radiadores en cada camarote, así que en marzo se está muy a gusto, incluso con heladas.

Para dos personas le recomiendo el Wren: la semana del 6 al 13 de marzo sale por 895 £, con la ropa de cama, el gas y el seguro incluidos. El gasoil se paga aparte al devolver el barco.

Un saludo,
Lucía"""), tz=1),

    C("s10-whitlock-voucher", "en", "pending", {},
      "Gill Whitlock <gill.whitlock@example.org>", "iphone", "Gift voucher",
      "Voucher purchase: validity, payment link and posting answered (link only for the payment); the card wording request done, voucher PDF attached.",
      cu("11-17 18:25", """Hello, I'd like to buy a £300 gift voucher for my parents' ruby wedding - they've always wanted to try a narrowboat. How long would it be valid for? They're not very good at planning! Please send me a link to pay and let me know if you can post it to them in a card.

Gill Whitlock

Sent from my iPhone"""),
      ag("bryony", "11-18 09:05", """Hi Gill,

What a lovely present. Here's your payment link: https://saltcoteboathire.example/vouchers/pay?ref=SV-4471

Vouchers are good for two years from the date of purchase and can be used on any boat, any week. Once the payment's gone through, just send me your parents' address and the name you'd like on the card - we print vouchers on thick card and post them first class in a gift envelope.

Best wishes,
Bryony"""),
      cu("11-18 12:10", """Paid! Their address is:
Mr and Mrs D Whitlock, 14 Orchard Rise, Thornbury Mill, TM4 2RS

Could the card say "Happy Ruby Wedding, with love from Gill and Mark x"?

Thanks so much,
Gill

Sent from my iPhone"""),
      ag("bryony", "11-18 14:30", """Hi Gill,

Payment received, thank you. Voucher SV-4471 is attached so you have a copy, and the card with exactly that message went out in this afternoon's post.

Best wishes,
Bryony""", attach=[("application/pdf", "voucher-SV-4471.pdf", VOUCHER_PDF)])),

    C("s11-harrington-accessible", "en", "closed", {"unanswered-question": 2},
      "Derek Harrington <derek.harrington@example.com>", "owa", "Adapted boat - some questions",
      "Four questions inside one long paragraph (multipart/alternative); the lift and the crew for the locks answered, the shower room and a carers' reduction not.",
      cu("11-05 11:00", """Dear Saltcote Boat Hire,

My brother-in-law uses a wheelchair and we've been told that you have a boat adapted for disabled guests. We would like to book it for four nights in late June 2027 for the two of us and our wives. Before we commit, I would be grateful for some details: how does he actually get on board, is there a lift or a ramp? I was also wondering whether the shower room is wide enough for a wheelchair to turn in, as this has been a problem on holidays before. Neither of us has done locks before, and I'm not sure we could manage them with him on board, so would one of your staff be able to come along for the first day? Finally, do you offer any reduction for carers, as some attractions do?

With thanks,
Derek Harrington""", uq=2, kind="alt"),
      ag("gareth", "11-05 15:45", """Dear Mr Harrington,

Thank you for getting in touch. The boat you've heard about is the Otter. She has a hydraulic lift platform at the stern, so your brother-in-law can roll straight from the towpath into the saloon without any steps.

One of our crew can certainly come with you for the first day to work the locks and show you how it's done - that's £95, and most people are confident by the afternoon.

Late June is popular, so I'd book soon if you can.

Regards,
Gareth""")),

    C("s12-novak-diesel", "en", "closed", {},
      "Tomasz Novak <tomasz.novak@example.net>", "gmail", "Diesel charge on final invoice",
      "Why the diesel charge, and is gas extra: both answered with the meter readings and the rate; thanks-only reply.",
      cu("11-04 17:20", """Hi,

Just looking at the final invoice for our trip on the Moorhen (31 Oct - 3 Nov). Why is the diesel £73.80 when we only had the engine on for about 18 hours? A friend who hired elsewhere paid about half that. Is the gas for the cooker included in that figure or is it extra on top?

Cheers,
Tomasz"""),
      ag("nell", "11-05 09:20", """Hi Tomasz,

The hour meter on the Moorhen read 1,204 when you left and 1,222 when you came back, so 18 hours, and we charge diesel at £4.10 per engine hour: 18 x £4.10 = £73.80. That rate also covers the fuel for the heating, which runs off the same tank, so it tends to look higher than firms that charge heating separately. Cooking gas is part of the hire price - nothing extra.

Best,
Nell"""),
      cu("11-05 10:02", """Makes sense, thanks for explaining.

T""", thanks=True)),

    C("s13-bauer-rechnung", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jürgen Bauer <j.bauer@bauer-elektrotechnik.example>", "outlook_de", "Rechnung SB-R-1187 - USt-IdNr. fehlt",
      "German company: corrected invoice promised 'morgen', sent five days later after 'ich warte leider immer noch'.",
      cu("11-10 09:15", """Sehr geehrte Damen und Herren,

vielen Dank für den gelungenen Betriebsausflug am 24. Oktober mit zwei Ihrer Tagesboote. Leider fehlt auf der Rechnung SB-R-1187 unsere Umsatzsteuer-Identifikationsnummer (DE 214 778 390), ohne die unsere Buchhaltung die Rechnung nicht verbuchen kann. Bitte stellen Sie uns eine korrigierte Rechnung aus.

Mit freundlichen Grüßen
Jürgen Bauer
Bauer Elektrotechnik GmbH"""),
      ag("tobias", "11-10 11:30", """Sehr geehrter Herr Bauer,

vielen Dank für Ihre Nachricht, und schön, dass Ihnen der Ausflug gefallen hat. Ich kläre das mit unserer Buchhaltung und schicke Ihnen die korrigierte Rechnung morgen zu.

Mit freundlichen Grüßen
Tobias Brenner""", promises=[("11-11", 4)]),
      cu("11-16 08:40", """Sehr geehrter Herr Brenner,

ich warte leider immer noch auf die korrigierte Rechnung. Unsere Buchhaltung schließt den Monat am Mittwoch ab - könnten Sie sich bitte darum kümmern?

Mit freundlichen Grüßen
Jürgen Bauer""", chase=True),
      ag("tobias", "11-16 10:05", """Sehr geehrter Herr Bauer,

entschuldigen Sie bitte die Verzögerung. Anbei die korrigierte Rechnung SB-R-1187-K mit Ihrer USt-IdNr.; die ursprüngliche Rechnung ist damit storniert.

Mit freundlichen Grüßen
Tobias Brenner""", attach=[("application/pdf", "SB-R-1187-K.pdf", RECHNUNG_PDF)]), tz=1),

    C("s14-greaves-moorings", "en", "closed", {},
      "Martin Greaves <mgreaves@example.org>", "thunderbird", "Route questions for our November week",
      "A numbered list of three route questions answered top-posted in reverse order, in the agent's own words.",
      cu("11-06 20:30", """Hello Gareth,

You did our handover last year and said to email with any route questions, so here goes. We've booked the Kingfisher from 20 November for a week (yes, we're mad, a November trip):

1. Can we moor overnight at Hobb's Bridge, or is it private?
2. Where's the first water point after we leave Saltcote?
3. Is there a pub near Marlham Lock that does food on a Monday? Last time everywhere was shut.

Thanks,
Martin""", to="Gareth Ellery <gareth@saltcoteboathire.example>"),
      ag("gareth", "11-07 10:15", """Hi Martin,

Not mad at all - November's the quietest month on the cut.

The Lock & Key at Marlham does food seven days a week through the winter now, new landlord. Water: there's a tap at Saltcote Junction about 40 minutes out, and the next one is at the top of the Marlham flight. Hobb's Bridge is fine - the towpath side is public visitor mooring, 48 hours max; just don't use the rings on the far bank, they belong to the farm.

Regards,
Gareth""")),

    C("s15-oyelaran-easter", "en", "pending", {"unanswered-question": 1},
      "Funmi Oyelaran <funmi.oyelaran@example.com>", "gmail", "Wren for a surprise birthday",
      "Availability and the 'don't send anything to the house' request handled; the early-booking discount question skipped.",
      cu("11-17 13:10", """Hi,

Is the Wren available from Friday 9 to Monday 12 April 2027? It's for my partner's birthday, so it's a surprise - please don't send anything to the house!

I saw on Instagram that you had an early booking offer last year. Is there a discount if we book before Christmas?

Thanks,
Funmi""", uq=1),
      ag("bryony", "11-17 16:40", """Hi Funmi,

Happy early birthday to your partner! The Wren is free for those three nights - I've held her for you until Friday, and the price for 9-12 April is £540.

We only ever write by email, so nothing will turn up at the house to give the game away.

Best wishes,
Bryony""")),

    C("s16-chaudhry-cancel", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Nasreen Chaudhry <n.chaudhry@example.net>", "android", "Cancellation SB-2391",
      "Cancellation request after an operation; only the acknowledgement; resent two days later as a new mail with the same subject.",
      cu("11-16 07:55", """Hello,

I'm sorry to say we need to cancel our booking SB-2391 (the Heron, 3-6 December). My husband had an emergency operation last week and won't be able to travel.

Please confirm the cancellation and let me know whether any of the £420 we've paid can be refunded, or whether we can move it to next year. We do have travel insurance if you need a letter for them.

Thank you,
Nasreen Chaudhry"""),
      ack("11-16 07:56"),
      cu("11-18 08:30", """Hello, I sent this on Monday but haven't had a reply yet.

I'm sorry to say we need to cancel our booking SB-2391 (the Heron, 3-6 December). My husband had an emergency operation last week and won't be able to travel.

Please confirm the cancellation and let me know whether any of the £420 we've paid can be refunded, or whether we can move it to next year. We do have travel insurance if you need a letter for them.

Thank you,
Nasreen Chaudhry""", chase=True, parent=0)),

    C("s17-garnier-permis", "fr", "closed", {},
      "Antoine Garnier <a.garnier@laposte-mail.example>", "apple_fr", "Location en juillet - questions",
      "French family: licence, Friday-evening boarding and life jackets for a 4-year-old all answered, out of order; thanks-only reply without quote.",
      cu("11-02 21:00", """Bonsoir,

Nous sommes une famille de quatre (deux enfants de 4 et 7 ans) et nous aimerions louer un bateau pour une semaine en juillet prochain. Avant de réserver, j'aurais quelques questions :

- Est-ce qu'il faut un permis bateau ?
- Peut-on embarquer le vendredi soir plutôt que le samedi, pour éviter la route le matin ?
- Avez-vous des gilets de sauvetage adaptés à un enfant de 4 ans ?

Merci beaucoup,
Antoine Garnier"""),
      ag("celine", "11-03 09:45", """Bonjour Monsieur Garnier,

Merci pour votre message ! Aucun permis n'est nécessaire : nous vous formons à la prise en main et au passage des écluses au départ, cela prend environ une heure.

Nous fournissons des gilets pour tous les âges, y compris des modèles enfants de 10 à 20 kg avec col flottant - il suffit de nous indiquer le poids des enfants à la réservation.

Pour l'embarquement, c'est possible dès le vendredi à 18 h moyennant un supplément de 60 £ ; vous dormez à bord au port et partez tranquillement le samedi matin.

Bien cordialement,
Céline Roux"""),
      cu("11-03 11:30", """Parfait, merci beaucoup pour ces réponses très claires !

Antoine""", thanks=True, quote=False), tz=1),

    C("s18-pryce-three-agents", "en", "pending", {"many-handoffs": 1},
      "Owain Pryce <owain.pryce@example.org>", "gmail", "Bittern 4-11 Dec - power and paying",
      "Bookings hands the two questions to the yard and to accounts, who both answer the same or next day: three agents, nothing unanswered.",
      cu("11-16 10:00", """Hello,

We've booked the Bittern for 4-11 December (SB-2402). Two things: can we pay the balance in two instalments rather than all at once? And I've read on a forum that the Bittern's inverter is a bit temperamental - can we charge laptops on board? I'll need to do a couple of hours' work each day.

Thanks,
Owain"""),
      ag("bryony", "11-16 11:30", """Hi Owain,

Good question on the power - I've asked Gareth in the yard, who knows the Bittern inside out, to reply on that one. Nell looks after payments and will be in touch about the instalments.

Best wishes,
Bryony""", promises=[("window", 3), ("window", 4)]),
      ag("gareth", "11-16 14:10", """Hi Owain,

The Bittern had a new 2 kW inverter fitted in September, so the old gremlins are gone. Laptops and phones are fine from the sockets in the saloon as long as the engine has run for a couple of hours a day - which it will, with you cruising.

Regards,
Gareth""", parent=1),
      ag("nell", "11-17 09:30", """Dear Owain,

Yes, that's fine. The balance is £760, so I've set it up as £380 taken from the card on file on 20 November and £380 on 27 November.

Kind regards,
Nell""", parent=1),
      cu("11-17 10:05", """Perfect, thanks all three of you!

Owain""", thanks=True)),

    C("s19-foster-train", "en", "closed", {"slow-first-response": 1},
      "Ruth Foster <ruth.foster@example.com>", "apple", "Arriving by train",
      "Friday-evening question answered fully on Monday morning: slow first response only.",
      cu("10-30 18:20", """Hello,

We're coming by train for our trip on 14 November and arrive at Saltcote station at 15:40. How long does the handover take, and is it walkable from the station with luggage? We don't want to be setting off in the dark.

Ruth"""),
      ag("dev", "11-02 10:30", """Hi Ruth,

It's a ten-minute walk, flat, along Canal Lane, but with bags I'd take a taxi - there's usually one waiting at the station. The handover takes 45 minutes to an hour, so you'd be ready to go at about 16:45, which is after sunset in mid-November. Most people in your position stay on the mooring for the first night and set off in the morning; there's no extra charge for that.

Dev""")),

    C("s20-kowalski-reopen", "en", "closed", {"reopened": 1},
      "Ewa Kowalski <ewa.kowalski@example.net>", "outlook", "Damage waiver charged twice",
      "Double charge refunded with a corrected invoice and the ticket marked resolved; four days later a new request in the same thread.",
      cu("11-02 09:10", """Hi,

Our invoice for booking SB-2311 shows the damage waiver twice (£45 x 2). We only took it once. Can this be corrected please?

Ewa Kowalski"""),
      ag("nell", "11-02 11:40", """Dear Ewa,

You're quite right, the waiver was added twice when the booking was amended. I've refunded the extra £45 to your card this morning and the corrected invoice is attached. I'll mark this ticket as resolved.

Kind regards,
Nell""", closes=True, attach=[("application/pdf", "SB-2311-corrected.pdf", INVOICE_PDF)]),
      cu("11-06 14:25", """Hi Nell,

Thanks for sorting that. One more thing while I have you - our daughter is coming along and bringing her dog, so we'd like to add a second dog to the booking. Is that possible and what's the extra?

Ewa"""),
      ag("nell", "11-06 16:00", """Hi Ewa,

Of course - we allow up to two dogs per boat, and the second one is £20 rather than £40. I've added it to the booking; it'll be paid with the balance.

Kind regards,
Nell""")),

    C("s21-haldane-cooker", "en", "closed", {},
      "Isobel Haldane <isobel@haldane-family.example>", "gmail", "Heron at Easter - oven and dinette",
      "Dinette answered at once; the oven question deferred 'by Thursday' and answered on Thursday by the same agent.",
      cu("11-04 12:00", """Hi Gareth,

We're booked on the Heron for Easter again. Last time the oven only really worked on the top shelf, which made the Sunday roast a challenge! Is that being fixed over the winter? And is it the same boat with the dinette that converts into a double, or has that been changed? We might bring my mum this time.

Isobel""", to="Gareth Ellery <gareth@saltcoteboathire.example>"),
      ag("gareth", "11-04 15:30", """Hi Isobel,

The dinette is still there and still makes up into a double - your mum's covered.

On the oven, the Heron's galley is on the refit list this winter, but I don't know yet whether that's a new cooker or just a service. Let me check with the yard foreman tomorrow and I'll come back to you by Thursday.

Regards,
Gareth""", promises=[("11-05", 3)]),
      ag("gareth", "11-05 11:15", """Hi Isobel,

As promised: the Heron is getting a brand-new cooker in January, so the roast should be plain sailing this time.

Regards,
Gareth""", parent=2)),

    C("s22-ibarra-semana-santa", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Ibarra <jibarra@telefonica-mail.example>", "gmail_es", "Barco para 8 en Semana Santa",
      "Spanish group: availability confirmed, the quote promised 'el lunes' arrives on Wednesday after '¿Hay alguna novedad?'.",
      cu("11-11 20:45", """Buenas tardes:

Somos un grupo de ocho amigos y nos gustaría alquilar un barco en Semana Santa de 2027, del 27 de marzo al 3 de abril. ¿Tienen algún barco para ocho personas libre esas fechas? Si es así, ¿podrían enviarme un presupuesto con todo incluido (gasoil, seguro, limpieza final)?

Gracias de antemano,
Javier Ibarra"""),
      ag("lucia", "11-12 10:20", """Hola, Javier:

Sí, el Moorhen (ocho plazas, cuatro camarotes) está libre esas fechas. Las tarifas de Semana Santa de 2027 todavía no están cargadas en el sistema; lo consulto con la oficina y le escribo el lunes con el presupuesto completo.

Un saludo,
Lucía""", promises=[("11-16", 4)]),
      cu("11-17 21:30", """Hola, Lucía:

¿Hay alguna novedad con el presupuesto? Mis amigos me preguntan cada día y no quiero que alguien se nos adelante con el barco.

Saludos,
Javier""", chase=True),
      ag("lucia", "11-18 09:40", """Hola, Javier:

Perdone la espera. Le adjunto el presupuesto: el Moorhen del 27 de marzo al 3 de abril son 2.150 £, y con el seguro de daños, la limpieza final y una estimación del gasoil (unas 35 horas de motor) el total queda en 2.455 £. Le mantengo el barco bloqueado hasta el 30 de noviembre.

Un saludo,
Lucía""", attach=[("application/pdf", "presupuesto-P-2611-031.pdf", PRESUPUESTO_PDF)]), tz=1),

    C("s23-winterbourne-school", "en", "closed", {"unanswered-question": 2},
      "Helen Marsh <h.marsh@winterbourne-primary.example>", "outlook", "Year 5 canal trip - June 2027",
      "School trip: risk assessment attached, life jackets and adult ratio answered; coach parking and the PTA invoice ignored. Signature with a '?' and a URL.",
      cu("11-03 15:30", """Dear Bookings team,

Winterbourne Primary would like to bring our Year 5 class (30 pupils plus 6 adults) on a day-boat trip in the week of 14 June 2027, as part of our local history topic on the canal.

For our trip paperwork I need a copy of your risk assessment for school groups. Are life jackets provided in children's sizes, or should we bring our own? What is the minimum number of adults you need per boat?

We will be coming by coach - is there anywhere near the wharf where a 40-seat coach can drop off and wait?

Lastly, please could the invoice be made out to Winterbourne Primary School PTA rather than the school, as the PTA is paying.

Kind regards,
Helen Marsh
Year 5 Teacher
Winterbourne Primary School | https://winterbourne-primary.example/contact?dept=office
Is your child absent? Call 01632 960 777 before 9am.""", uq=2),
      ag("bryony", "11-04 09:20", """Dear Mrs Marsh,

A canal trip for a history topic is a brilliant idea - the children always love the locks. Our school-group risk assessment is attached.

We have life jackets for every size from age 3, so there's no need to bring any. Each day boat takes 12 people and must have at least two adults on board, one of whom we teach to steer before you set off; so for 36 of you it would be three boats with two adults each.

Best wishes,
Bryony""", attach=[("application/pdf", "risk-assessment-school-groups.pdf", RISK_PDF)])),

    C("s24-moreau-ecluse", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Hélène Moreau <h.moreau@free-mail.example>", "apple_fr", "Écluse fermée - deux jours perdus",
      "French complaint about a lock closure: compensation referred to management 'en début de semaine prochaine', answered only after 'Je me permets de revenir vers vous'.",
      cu("11-04 19:20", """Bonjour,

Nous avons loué le Kestrel du 24 au 31 octobre (réservation SB-2330). Le mardi 27, l'écluse 9 de Marlham a été fermée pour une réparation urgente et nous sommes restés bloqués toute la journée, puis une deuxième journée à cause de la file d'attente. Personne ne nous a prévenus de votre côté, nous l'avons appris par d'autres plaisanciers.

Nous avons donc perdu presque deux jours de croisière sur sept. Pouvez-vous nous proposer un dédommagement ? Il nous semble normal qu'une partie de la location soit remboursée.

Cordialement,
Hélène Moreau"""),
      ag("celine", "11-05 10:40", """Bonjour Madame Moreau,

Je suis vraiment désolée pour ces deux journées perdues, et surtout que personne ne vous ait prévenus : l'avis de fermeture nous est arrivé le mardi matin et nous aurions dû appeler tous les bateaux en route.

Un geste commercial doit être validé par la direction. Je leur soumets votre dossier et je reviens vers vous en début de semaine prochaine.

Bien cordialement,
Céline Roux""", promises=[("11-10", 4)]),
      cu("11-12 08:15", """Bonjour Madame Roux,

Je me permets de revenir vers vous : nous sommes jeudi et je n'ai toujours pas de nouvelles concernant le dédommagement.

Cordialement,
Hélène Moreau""", chase=True),
      ag("celine", "11-12 11:30", """Bonjour Madame Moreau,

Toutes mes excuses pour ce retard. La direction a accepté de vous rembourser deux jours de location, soit 310 £, sur la carte utilisée pour la réservation ; le remboursement apparaîtra sous cinq jours ouvrés.

Bien cordialement,
Céline Roux"""), tz=1),
]

CASES += [
    C("s25-ellison-booking-enquiry", "en", "closed", {},
      "Kate Ellison <kate.ellison@example.org>", "gmail", "Booking enquiry",
      "Small boat for a May weekend and whether people set off on the first afternoon: both answered. Same subject as s26, another customer.",
      cu("11-06 09:00", """Hi,

Do you have anything for two people over the long weekend of 7-10 May 2027? We'd like something small and cosy rather than a big boat. Also, are trips possible on the first afternoon, or do most people just moor up near the marina?

Kate"""),
      ag("bryony", "11-06 11:20", """Hi Kate,

The Wren would be perfect - she's our smallest, a two-berth with a proper double and a little wood-burner - and she's free those dates, £520 for the three nights.

Most people set off the same afternoon: an hour and a half gets you to the Wheatsheaf at Hobb's Bridge, which is a lovely first-night mooring.

Best wishes,
Bryony""")),

    C("s26-taggart-booking-enquiry", "en", "pending", {"unanswered-question": 2},
      "Ian Taggart <ian@taggart-joinery.example>", "outlook", "Booking enquiry",
      "Boat for six tall adults answered with headroom and price; the barbecue and the name-swap policy are skipped. Same subject as s25.",
      cu("11-16 16:45", """Hello,

Looking to book a week for 6 adults in late August 2027, ideally 21-28 Aug. What boats do you have that would suit? Two of us are over six foot so headroom matters. Can we bring a small barbecue on board? And what's your policy if one of us has to drop out - can we swap names on the booking?

Regards,
Ian Taggart
Taggart Joinery Ltd | Registered in England No. 08812345""", uq=2),
      ag("gareth", "11-17 09:30", """Hi Ian,

For six adults the Bittern is the one: three separate cabins, and she has 6'4" headroom throughout, so your tall ones will be fine. She's free 21-28 August at £1,640.

Regards,
Gareth""")),

    C("s27-quinn-thanks-sig", "en", "closed", {},
      "Declan Quinn <declan@quinn-photography.example>", "gmail", "Copy of booking confirmation",
      "A copy of a confirmation requested and sent as a PDF; the thanks-only reply carries a signature with 'Need a photographer?' and a '?' URL.",
      cu("11-02 14:00", """Hi there,

Could you send me a copy of the booking confirmation for SB-2298? I've lost the original email and I need it for my expenses.

Thanks,
Declan Quinn
Quinn Photography | Weddings & Events
Need a photographer? https://quinn-photography.example/book?src=email"""),
      ag("nell", "11-02 15:15", """Hi Declan,

Here you go - a fresh copy is attached.

Best,
Nell""", attach=[("application/pdf", "SB-2298-confirmation.pdf", CONFIRM_PDF)]),
      cu("11-02 15:40", """Perfect, thanks Nell.

Declan Quinn
Quinn Photography | Weddings & Events
Need a photographer? https://quinn-photography.example/book?src=email""", thanks=True)),

    C("s28-yardley-lost-headers", "en", "pending", {},
      "Sam Yardley <sam.yardley@example.com>", "owa", "Bikes for our December trip",
      "Bike hire priced with a figure; the customer's reply lost its threading headers (RE: subject only) and asks about helmets, answered.",
      cu("11-16 11:00", """Hi,

We'd like to add the bike rack to our booking SB-2420 (Kestrel, 12-19 Dec) and hire two bikes. What does that come to?

Sam"""),
      ag("bryony", "11-16 12:30", """Hi Sam,

The roof rack is free; two bikes for the week are £168. Shall I add them?

Best wishes,
Bryony"""),
      cu("11-16 13:10", """Yes please, add both. Do you have helmets as well? One of us needs a medium, the other a large.

Sam""", thread=False),
      ag("bryony", "11-16 14:20", """Done - two bikes added. Helmets come with the bikes at no charge; I've noted one medium and one large.

Bryony""", sig=False)),

    C("s29-neumann-beschwerde", "de", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Klaus Neumann <k.neumann@gmx-mail.example>", "thunderbird_de", "Beschwerde - Moorhen 24.-30.10.",
      "German complaint sent on a Friday evening, answered on Monday: the cleaning fee is explained and refunded, the refund asked for the days with a broken toilet is met only with an apology.",
      cu("10-30 20:45", """Guten Abend,

wir sind heute von der Moorhen zurückgekommen und ich möchte mich über zwei Dinge beschweren.

Erstens lief die Toilettenpumpe ab Dienstag nur noch mit Mühe, und der Techniker, den wir angerufen haben, kam erst am Donnerstag. Zweitens wurden uns bei der Rückgabe 60 £ für eine Endreinigung berechnet, obwohl wir das Boot sauber übergeben haben. Warum wurde diese Gebühr erhoben? Davon stand nichts in unserer Buchungsbestätigung.

Außerdem bitte ich um eine Erstattung für die Tage mit defekter Toilette, wir waren schließlich sechs Personen an Bord.

Mit freundlichen Grüßen
Klaus Neumann""", uq=1),
      ag("tobias", "11-02 11:00", """Guten Tag Herr Neumann,

danke für Ihre offenen Worte, und es tut mir leid, dass es mit der Toilette solchen Ärger gab - der Techniker war an dem Tag leider mit zwei Notfällen beschäftigt. Die Pumpe wurde inzwischen komplett getauscht.

Die Endreinigung von 60 £ hätte Ihnen nicht berechnet werden dürfen: Bei Buchungen mit dem Sommerpaket ist sie bereits im Preis enthalten. Ich habe die 60 £ heute auf Ihre Karte zurückgebucht.

Mit freundlichen Grüßen
Tobias Brenner"""),
      cu("11-02 18:10", """Danke für die Rückbuchung der Reinigungsgebühr.

Klaus Neumann""", thanks=True), tz=1),

    C("s30-pascual-factura", "es", "closed", {},
      "Carmen Pascual <cpascual@estudio-pascual.example>", "gmail_es", "Factura a nombre de la empresa",
      "Spanish request (base64) for an invoice in the company's name, sent as a PDF; a pleasantry '¿cómo están por ahí?'; thanks-only reply.",
      cu("11-03 12:15", """Buenos días, Lucía, ¿cómo están por ahí?

Necesito la factura de nuestro alquiler del Kingfisher (reserva SB-2305, del 17 al 24 de octubre) a nombre de la empresa, porque el viaje fue un regalo para el equipo. Los datos son:

Estudio Pascual Arquitectura S.L.
CIF B-12345678
Calle del Carmen 14, 46003 Valencia

¿Me la podrían enviar en PDF a esta misma dirección?

Muchas gracias,
Carmen Pascual""", cte="base64"),
      ag("lucia", "11-03 15:00", """Hola, Carmen:

Aquí tiene la factura a nombre de Estudio Pascual Arquitectura S.L., con el CIF y la dirección que nos indica. Si necesita cualquier otro cambio, dígamelo.

Un saludo,
Lucía""", attach=[("application/pdf", "factura-SB-F-2305.pdf", FACTURA_PDF)]),
      cu("11-03 16:30", """¡Perfecto, muchas gracias!

Carmen""", thanks=True, cte="base64"), tz=1),

    C("s31-ridgeway-hen", "en", "pending", {"unanswered-question": 1},
      "Laura Ridgeway <laura@ridgeway-events.example>", "outlook", "Hen weekend on a narrowboat?",
      "HTML-only mail: hen parties allowed and boat and price for eight answered; the request to have the boat decorated is skipped.",
      cu("11-17 10:30", """Hi,

I'm organising a hen weekend for 8 in May 2027 and a narrowboat has been suggested - is this something you'd be happy with? We're not going to be wild, promise, but there will be prosecco! Could you let me know which boat would take 8 and roughly what two nights would cost?

We'd also love to have the boat decorated before we arrive (bunting, balloons etc.) - is that something you can do, or could we come early to do it ourselves?

Thanks!
Laura Ridgeway""", uq=1, kind="html"),
      ag("bryony", "11-17 14:10", """Hi Laura,

Hen parties are very welcome as long as everyone's sensible around the locks - the skipper has to stay off the prosecco while you're cruising! The Moorhen sleeps eight in four cabins; two nights in May are £690 midweek or £780 over a weekend.

Best wishes,
Bryony""")),

    C("s32-osei-out-of-office", "en", "closed", {},
      "Kwame Osei <kwame.osei@example.com>", "outlook", "Latest return time",
      "Return time answered with a paid late-return option ('let me know' is an offer); the customer's Outlook out-of-office answers the reply.",
      cu("11-05 13:00", """Hello,

Please can you tell me the latest time we can return the boat on the last day? Our booking (SB-2356) says 9am but we're hoping for a lie-in.

Kwame Osei"""),
      ag("gareth", "11-05 15:20", """Hi Kwame,

9am is the latest on a normal changeover day, as the boat has to be cleaned and turned round for the next hirers by 2pm. For £35 you can have a late return until 12 noon - let me know if you'd like it.

Regards,
Gareth"""),
      auto("11-05 15:21", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For anything urgent please call 01632 555 0190.

Kwame Osei""", quote=False, subject="Automatic reply: RE: Latest return time")),

    C("s33-lindqvist-rhetorical", "en", "closed", {},
      "Anna Lindqvist <anna.lindqvist@example.net>", "iphone", "Lost property - Switch case",
      "A rhetorical question and a question the customer answers herself, then one real question (post it, and what it costs) answered.",
      cu("11-09 19:45", """Hi Saltcote team,

Just back from our week on the Kingfisher - who knew five days of going 3 miles an hour could be so exhausting in the best possible way? The kids are already asking when we're going back.

One thing: our son left his blue Nintendo Switch case on the shelf above the bunks in the back cabin. Where would we find the lost property form on your website? Ah, ignore that, just found it under Help - I'll fill it in tonight. What I actually need to know is whether you can post it to us if it's found, and what that costs.

Anna

Sent from my iPhone"""),
      ag("dev", "11-10 09:00", """Hi Anna,

Good news - the cleaners found the Switch case and it's in our office with your booking number on it. Posting it recorded delivery is £4.50; I've texted you a payment link, and it goes out the day you pay.

So glad you all had a good week!

Dev""")),

    C("s34-fairbairn-fennick", "en", "closed", {"unanswered-question": 1},
      "Colin Fairbairn <colin.fairbairn@example.org>", "thunderbird", "Start from Fennick Lock instead?",
      "Asked whether a one-way start from the river base is possible; the reply talks about hiring from Fennick (tides, training) instead.",
      cu("11-03 10:10", """Hello,

We've booked the Heron from Saltcote for 10-17 April (SB-2371). Friends of ours live near your river base at Fennick Lock. Would it be possible to pick the boat up at Fennick instead and bring it back to Saltcote at the end of the week? It would make the trip a lot easier for us.

Best,
Colin""", uq=1),
      ag("gareth", "11-03 14:00", """Hi Colin,

Fennick Lock is a lovely base to start from. The river section down from Fennick is tidal below Wendmouth, so hirers from there have to be back on a mooring by 6pm each evening, and we add an extra half hour of river training at the handover.

Regards,
Gareth""")),

    C("s35-castellane-2027-prices", "en", "pending", {},
      "Martine Castellane <martine@castellane.example>", "apple", "2027 prices",
      "A 'how are you?' pleasantry; the 2027 prices promised by Tuesday 24 November, a deadline still ahead at audit time.",
      cu("11-18 09:30", """Hello Bryony, how are you? I hope the season finished well.

Are your 2027 prices out yet? We'd like to book the Kingfisher for the first two weeks of September and I need to know what to budget.

Martine"""),
      ag("bryony", "11-18 11:10", """Hi Martine,

All good here, thank you - a busy autumn! The 2027 price list is being signed off this week, so not quite yet. I'll email you the Kingfisher prices for 4-18 September by Tuesday 24 November at the latest, and I've pencilled the boat in for you meanwhile so nobody else takes it.

Best wishes,
Bryony""", promises=[("11-24", None)])),

    C("s36-drummond-battery", "en", "closed", {},
      "Alistair Drummond <a.drummond@example.com>", "gmail", "Flat batteries - Bittern at Hobb's Bridge",
      "Mid-hire problem: the engineer's visit that morning is logistics, not a promise to write; thanks-only afterwards.",
      cu("11-06 07:45", """Morning,

We're on the Bittern this week, moored at Hobb's Bridge. The leisure batteries were completely flat when we woke up - no lights, fridge off, and the heating won't start. The engine starts fine. Can someone come out to us?

Alistair Drummond"""),
      ag("gareth", "11-06 08:10", """Morning Alistair,

Sorry about that. Run the engine for now, it'll get the heating going. Phil, our engineer, is heading out to Hobb's Bridge with two new batteries and should be with you by about 11.

Regards,
Gareth"""),
      cu("11-06 12:30", """Phil's been and gone, all working again. Thanks for the quick response!

Alistair""", thanks=True)),

    C("s37-abara-joining", "en", "pending", {},
      "Ngozi Abara <ngozi.abara@example.net>", "gmail", "Deposit paid - what next?",
      "After the deposit: next steps and the balance answered with a figure and a date; the reminder and joining instructions are a process description.",
      cu("11-17 20:00", """Hi,

We've just paid the deposit for the Otter, 2-9 July 2027 (SB-2431). Is there anything we need to do now, or do you send information nearer the time? Also, could you tell me what the balance is and when it's due?

Thanks,
Ngozi"""),
      ag("nell", "11-18 10:15", """Hi Ngozi,

Thanks for booking! Nothing to do for now. £1,180, due 7 May (eight weeks before you go) - we send a reminder a fortnight before that. Joining instructions with directions, the parking code and a packing list go out by email two weeks before departure.

Best,
Nell""")),

    C("s38-vickers-window", "en", "closed", {"missed-follow-up": 1},
      "Penny Vickers <penny.vickers@example.org>", "oldclient", "Extra charge on my card",
      "An unexplained £100 on the card: 'let me go through the booking history ... and I'll get back to you' without a deadline, never followed up.",
      cu("11-09 11:30", """Hello,

We hired the Kestrel at the end of October and I've just noticed on my credit card statement that we were charged £1,240 rather than the £1,140 on our confirmation. Can you explain the extra £100?

Penny Vickers"""),
      ag("nell", "11-09 14:50", """Dear Mrs Vickers,

I'm sorry about the confusion. I can't see straight away where the extra £100 has come from, so let me go through the booking history and the card terminal records and I'll get back to you.

Kind regards,
Nell""", promises=[("window", None)])),

    C("s39-holloway-followup", "en", "closed", {"unanswered-question": 1},
      "Graham Holloway <graham.holloway@example.com>", "android", "Cancelling the Wren?",
      "Cancellation terms answered; the customer keeps the booking and asks about grab rails and steps for his father, which the reply does not answer.",
      cu("11-02 12:00", """Hi, what's the latest we can cancel the booking for the Wren (SB-2340, 19-22 Nov) and get our deposit back?

Graham"""),
      ag("bryony", "11-02 13:30", """Hi Graham,

Deposits are refundable up to 28 days before departure, so for you that was 22 October, I'm afraid. After that we can move you to other dates free of charge, as long as it's within 12 months.

Best wishes,
Bryony"""),
      cu("11-02 17:40", """Ah OK, that's fine then, we'll keep the booking. While I'm writing - my father is 84 and not very steady on his feet. Are there grab rails on the Wren, and would he be able to manage the steps down into the cabin?

Graham""", uq=1),
      ag("bryony", "11-03 09:00", """Hi Graham,

No problem at all - the booking stays as it is. I've added a note for Gareth to give your dad a bit of extra time at the handover.

Best wishes,
Bryony""")),

    C("s40-penrose-still-waiting", "en", "pending", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Lucy Penrose <lucy.penrose@example.net>", "gmail", "Day boat for Dad's 70th",
      "Day-boat booking with three questions, only the acknowledgement for four days; 'I'm still waiting'; the reply books the boat and answers the canopy but not the cake and fizz.",
      cu("11-13 13:20", """Hello,

I'd like to book a day boat for Sunday 29 November for my dad's 70th - there'll be 9 of us including two toddlers. Is the Dabchick free that day? Do you have a canopy in case it rains? And can we bring a birthday cake and a few bottles of fizz on board?

Lucy""", uq=1),
      ack("11-13 13:21"),
      cu("11-17 09:00", """Hello again, I'm still waiting to hear back about the 29th - could someone let me know today if possible? If the Dabchick's not free I need to sort something else out.

Lucy""", chase=True, parent=1),
      ag("dev", "11-17 10:30", """Hi Lucy,

Sorry for the wait - the office was short-staffed last week. The Dabchick is free on Sunday 29th and I've booked her for you, 10am to 4pm, £165. She has a full canopy that rolls out in about a minute, so rain won't spoil the day.

Dev""")),

    C("s41-kessler-wlan", "de", "pending", {},
      "Monika Kessler <m.kessler@web-mail.example>", "gmail_de", "Fragen zu unserer Buchung SB-2425",
      "German: shopping on the way and Wi-Fi answered out of order; the customer asks to reserve a router, done ('Erledigt'); the last reply's References skip a message.",
      cu("11-16 19:00", """Hallo Herr Brenner,

wir haben für Mai 2027 den Heron gebucht (SB-2425) und hätten noch zwei Fragen:

Kann man unterwegs irgendwo Lebensmittel einkaufen, oder sollten wir vorher für die ganze Woche einkaufen?
Und gibt es an Bord WLAN? Unsere Tochter muss leider an zwei Tagen ein paar Stunden für die Uni arbeiten.

Viele Grüße
Monika Kessler""", to="Tobias Brenner <tobias@saltcoteboathire.example>"),
      ag("tobias", "11-17 09:15", """Hallo Frau Kessler,

WLAN gibt es an Bord nicht, aber wir verleihen mobile Router mit 50 GB Datenvolumen für 25 £ pro Woche - das reicht für ein paar Stunden Uni-Arbeit locker. Soll ich einen für Sie reservieren?

Zum Einkaufen: In Marlham (Tag 2) gibt es einen großen Supermarkt direkt am Kanal, in Brackenford mehrere Läden. Für die ersten zwei Tage reicht also ein Grundeinkauf.

Viele Grüße
Tobias Brenner"""),
      cu("11-17 20:30", """Ja, bitte reservieren Sie einen Router für uns.

Viele Grüße
Monika Kessler"""),
      ag("tobias", "11-18 08:45", """Hallo Frau Kessler,

erledigt - der Router ist auf Ihre Buchung eingetragen und liegt bei der Übergabe an Bord.

Viele Grüße
Tobias Brenner""", refs=[1, 3]), tz=1),

    C("s42-brunet-chiens", "fr", "pending", {"unanswered-question": 1},
      "Claire Brunet <claire.brunet@sfr-mail.example>", "iphone", "Heron ou Kestrel avec deux chiens",
      "French: price difference and paying in euros answered; whether the dogs may sleep in the cabins skipped.",
      cu("11-16 22:00", """Bonjour,

Nous hésitons entre le Heron et le Kestrel pour une semaine fin août avec nos deux chiens (un beagle et un petit croisé d'environ 10 kg). Quelle est la différence de prix entre les deux bateaux ? Les chiens sont-ils acceptés dans les cabines ou seulement dans le salon ? J'aimerais aussi savoir s'il est possible de payer en euros.

Merci,
Claire Brunet

Envoyé de mon iPhone""", uq=1),
      ag("celine", "11-17 10:00", """Bonjour Madame Brunet,

Pour la dernière semaine d'août, le Heron est à 1 180 £ et le Kestrel à 1 420 £ ; le Kestrel a une cabine de plus et une douche séparée. Le paiement en euros est possible par carte : c'est votre banque qui fait la conversion, sans frais de notre côté.

Bien cordialement,
Céline Roux"""), tz=1),

    C("s43-soler-grupo", "es", "closed", {"unanswered-question": 2},
      "Andrés Soler <asoler@academia-horizonte.example>", "outlook", "Excursión en barco para un grupo escolar",
      "Spanish teacher: groups of minors and the price answered in one go; the toilet question and the invoice in the academy's name skipped; thanks-only reply.",
      cu("11-04 10:30", """Estimados señores:

Soy profesor en una academia de inglés de Valencia y en abril llevaremos a un grupo de 16 alumnos (de 16 y 17 años) a Inglaterra. Nos gustaría incluir una excursión de un día en barco por el canal.

Quisiera saber si aceptan grupos de menores acompañados por dos profesores, y cuánto costaría alquilar los barcos necesarios para un día. También me gustaría saber si los barcos tienen baño, porque serían unas seis horas a bordo.

Por último, necesitaríamos una factura a nombre de la academia con nuestro CIF para poder justificar el gasto.

Atentamente,
Andrés Soler
Academia Horizonte, Valencia""", uq=2),
      ag("lucia", "11-04 13:00", """Estimado Andrés:

Sí, aceptamos grupos de menores siempre que vayan al menos dos adultos responsables por barco. Para 18 personas necesitarían dos de nuestros barcos de día (10 plazas cada uno), a 165 £ por barco, es decir, 330 £ por el día completo.

Un saludo,
Lucía"""),
      cu("11-04 15:10", """Muchas gracias, Lucía. Lo hablo con la dirección y les digo algo.

Andrés Soler""", thanks=True), tz=1),

    C("s44-garside-cpap", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Hugh Garside <hugh.garside@example.com>", "thunderbird", "Running a CPAP machine overnight",
      "Which boat can run a CPAP all night: answer promised 'by Thursday' and never sent; the second-week discount question ignored.",
      cu("11-09 16:00", """Hello,

I use a CPAP machine at night for sleep apnoea, which draws about 40 watts for eight hours. Before we book a week in June, I need to be sure the boat can run it all night without the batteries going flat. Which of your boats would be best for this?

Separately, is there a discount for a second week if we like it so much we want to stay on?

Hugh Garside""", uq=1),
      ag("gareth", "11-10 09:30", """Hi Hugh,

Good that you asked in advance. 40 W for eight hours is about 320 Wh, which all our boats can supply on paper, but I'd like to check the actual battery capacity on the Heron and the Kingfisher, as they had new batteries this year. I'll confirm which one you should go for by Thursday.

Regards,
Gareth""", promises=[("11-12", None)])),

    C("s45-mensah-scooter", "en", "closed", {},
      "Abena Mensah <abena.mensah@example.org>", "apple", "Mobility scooter on the Otter?",
      "Scooter question deferred 'one of us will be in touch by tomorrow' and answered the next day by the colleague, with the charging question.",
      cu("11-04 09:00", """Hi,

We're thinking of booking the Otter for a family reunion next summer. My mum has MS and uses a mobility scooter. Will the scooter fit on board, and is there somewhere to charge it? It's a Pride Colt, about 110 cm long.

Abena"""),
      ag("bryony", "11-04 10:30", """Hi Abena,

The Otter is built for exactly this, but I want to be sure about the scooter's length on the lift - I'll ask Gareth, who looks after the Otter, and one of us will be in touch by tomorrow.

Best wishes,
Bryony""", promises=[("11-05", 3)]),
      ag("gareth", "11-05 11:20", """Hi Abena,

Bryony passed on your question. The Otter's stern lift platform is 140 cm by 90 cm, so a 110 cm Pride Colt fits with room to spare, and it can be parked in the saloon. There's a socket by the side door that's fine for charging it overnight.

Regards,
Gareth""", parent=1)),

    C("s46-rowntree-scrape", "en", "pending", {},
      "Ben Rowntree <ben.rowntree@example.net>", "iphone", "Bump on the day boat",
      "A question about the damage waiver, then a second mail with the booking ref and a photo before any reply (not a chase); answered.",
      cu("11-18 07:20", """Hi, we had a bit of a bump with the Grebe day boat on Saturday at Saltcote Junction - scraped the side on the bridge. Nobody hurt. Do I need to fill in a form for the damage waiver?

Ben

Sent from my iPhone"""),
      cu("11-18 07:45", """Forgot to say - booking ref SB-2444, and I've attached a photo of the scrape.

Ben

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", SCRAPE_PNG)], parent=1),
      ag("gareth", "11-18 10:00", """Hi Ben,

Thanks for the photo - that's paintwork only and it's covered by the waiver you took, so no form and nothing to pay. Glad nobody was hurt.

Regards,
Gareth""")),

    C("s47-carver-eod", "en", "open", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Stella Carver <stella@carverandco.example>", "outlook", "Invoice for deposit SB-2410",
      "Deposit invoice promised 'by end of day' and never sent; the BACS question skipped; the customer chases and has no reply. Confidentiality disclaimer.",
      cu("11-16 14:00", """Hi,

Can you send me an invoice for our deposit on booking SB-2410 (£350)? Our accountant needs it showing your VAT number. And could you confirm whether the balance can be paid by BACS? Our company card has a limit.

Stella Carver
Carver & Co

CONFIDENTIALITY: This email and any attachments are intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it.""", uq=1),
      ag("nell", "11-16 15:30", """Hi Stella,

Of course - I'll send the deposit invoice over by end of day once I've added your company details.

Kind regards,
Nell""", promises=[("11-16", None)]),
      cu("11-19 09:10", """Hi Nell, still no invoice I'm afraid - could you send it today please? Our accountant is closing the quarter.

Stella

CONFIDENTIALITY: This email and any attachments are intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it.""", chase=True)),

    C("s48-whitfield-fresh", "en", "open", {},
      "Joe Whitfield <joe.whitfield@example.com>", "gmail", "Day boat vouchers for Christmas",
      "A fresh question on the audit day with only the acknowledgement: inside the response target, nothing fires.",
      cu("11-20 09:30", """Hi,

Do you do gift vouchers for day boats, or only for holidays? And can they be emailed? I need one for Christmas.

Joe"""),
      ack("11-20 09:31")),

    C("s49-lambert-one-way", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Simon Lambert <simon.lambert@example.org>", "gmail", "One-way hire and cycling back",
      "One-way hire said to be possible, details promised 'early next week' (a Thursday: by Tuesday) and never sent; the towpath-surface question skipped; thanks-only reply.",
      cu("11-05 10:00", """Hi,

We're a group of keen cyclists and wondered about a one-way hire: boat from Saltcote to Brackenford, then cycling back along the towpath. Do you do one-way hires at all? If so, what does it cost to have the boat brought back? Also, is the towpath between Marlham and Brackenford surfaced, or is it mud?

Simon Lambert""", uq=1),
      ag("bryony", "11-05 12:40", """Hi Simon,

We do a handful of one-way hires each year, when the yard has a crew going that way anyway. I'll find out which weeks in 2027 they're planning a delivery run to Brackenford and what the repositioning charge would be, and come back to you early next week.

Best wishes,
Bryony""", promises=[("11-10", None)]),
      cu("11-05 13:00", """Great, thanks Bryony - look forward to hearing.

Simon""", thanks=True)),

    C("s50-adeyemi-anniversary", "en", "pending", {"unanswered-question": 2},
      "Tolu Adeyemi <tolu.adeyemi@example.com>", "gmail", "Tenth anniversary trip - Wendmouth ring",
      "Four questions inside one long paragraph (multipart/alternative); time needed and a boat with a bath answered together, the tidal stretch and the posted brochure not; thanks-only reply.",
      cu("11-16 21:10", """Hi there,

My wife and I did a weekend with you two years ago and loved it, so we're planning something longer for our tenth anniversary next September, probably ten days or so. We've got a few questions that I couldn't find answers to on the website. We're hoping to do the Wendmouth ring, which I gather is about 80 miles - is ten days enough, or would you say we need two weeks? I'm also curious about whether you allow boats onto the tidal stretch below Fennick, because I've heard mixed things. Our budget is around £1,800, and we'd like something a bit special, ideally with a proper bath rather than just a shower, if such a thing exists on a narrowboat! Finally, could you please send me your 2027 brochure by post - my wife likes to circle things in pen.

Thanks very much,
Tolu Adeyemi""", uq=2, kind="alt"),
      ag("bryony", "11-17 10:20", """Hi Tolu,

Lovely to hear from you again, and congratulations in advance! Ten days is plenty for the Wendmouth ring - it's around 60 hours' cruising, so you'd have a couple of lazy days too. And yes, such a thing exists: the Kingfisher has a full-size bath, and ten days in September come to about £1,750.

Best wishes,
Bryony"""),
      cu("11-17 11:00", """Brilliant, thanks Bryony!

Tolu""", thanks=True)),

    C("s51-blackwood-revised-quote", "en", "closed", {"missed-follow-up": 1},
      "Rachel Blackwood <rachel@blackwood-weddings.example>", "owa", "Wedding party boats - 3 July",
      "Revised quote promised 'tomorrow' and sent two days late with the PDF; no chase.",
      cu("11-10 10:00", """Hi Bryony,

Thanks for the quote for the wedding party boats on 3 July. The couple have now decided they want only two boats rather than three, and the hampers for 20 rather than 24. Could you send me a revised quote reflecting that?

Many thanks,
Rachel Blackwood
Blackwood Weddings"""),
      ag("bryony", "11-10 11:45", """Hi Rachel,

No problem at all - we'll send the revised quote tomorrow.

Best wishes,
Bryony""", promises=[("11-11", 3)]),
      ag("bryony", "11-13 09:30", """Hi Rachel,

Sorry for the delay - here's the revised quote: two day boats at £165 each and 20 hampers at £18, £690 plus VAT in total. I've kept 3 July on hold.

Best wishes,
Bryony""", parent=1, attach=[("application/pdf", "Q-2611-027.pdf", QUOTE2_PDF)])),

    C("s52-hoffmann-korb", "de", "open", {"missed-follow-up": 1, "customer-chased": 1},
      "Stefan Hoffmann <s.hoffmann@t-online-mail.example>", "outlook_de", "Lebensmittelkorb Pfingsten",
      "German: the food hamper on board before a late arrival confirmed, the lactose-free option promised 'bis Freitag' and never answered; 'gibt es schon etwas Neues?' is the latest mail, less than a day old.",
      cu("11-09 08:30", """Guten Morgen,

wir haben den Kestrel für die Pfingstwoche 2027 gebucht (SB-2362). Meine Frau hat eine Laktoseintoleranz - bieten Sie den Lebensmittelkorb auch laktosefrei an? Und wäre es möglich, den Korb schon am Anreisetag an Bord zu haben? Wir kommen erst gegen 17 Uhr an.

Mit freundlichen Grüßen
Stefan Hoffmann"""),
      ag("tobias", "11-09 10:45", """Guten Morgen Herr Hoffmann,

den Korb stellen wir Ihnen gern schon vor Ihrer Ankunft an Bord, auch bei später Anreise ist das kein Problem.

Ob unser Lieferant eine laktosefreie Variante anbietet, kläre ich noch und melde mich bis Freitag bei Ihnen.

Mit freundlichen Grüßen
Tobias Brenner""", promises=[("11-13", None)]),
      cu("11-19 19:30", """Guten Abend Herr Brenner,

gibt es schon etwas Neues wegen des laktosefreien Korbs?

Mit freundlichen Grüßen
Stefan Hoffmann""", chase=True), tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "s02-pemberton-deposit": [
        "Could someone check whether it was found when the boat was cleaned?"],
    "s04-brandt-hausboot": [
        "Und wie kommt man am besten vom Flughafen Birmingham zu Ihnen - gibt es einen Shuttle, oder nimmt man ein Taxi?"],
    "s05-ashworth-team-day": [
        "Is the wharf accessible for a colleague who uses a wheelchair?"],
    "s09-ruiz-labrador": [
        "Tenemos un labrador de 35 kilos, ¿lo podemos traer?"],
    "s11-harrington-accessible": [
        "I was also wondering whether the shower room is wide enough for a wheelchair to turn in, as this has been a problem on holidays before.",
        "Finally, do you offer any reduction for carers, as some attractions do?"],
    "s15-oyelaran-easter": [
        "Is there a discount if we book before Christmas?"],
    "s23-winterbourne-school": [
        "We will be coming by coach - is there anywhere near the wharf where a 40-seat coach can drop off and wait?",
        "Lastly, please could the invoice be made out to Winterbourne Primary School PTA rather than the school, as the PTA is paying."],
    "s26-taggart-booking-enquiry": [
        "Can we bring a small barbecue on board?",
        "And what's your policy if one of us has to drop out - can we swap names on the booking?"],
    "s29-neumann-beschwerde": [
        "Außerdem bitte ich um eine Erstattung für die Tage mit defekter Toilette, wir waren schließlich sechs Personen an Bord."],
    "s31-ridgeway-hen": [
        "We'd also love to have the boat decorated before we arrive (bunting, balloons etc.) - is that something you can do, or could we come early to do it ourselves?"],
    "s34-fairbairn-fennick": [
        "Would it be possible to pick the boat up at Fennick instead and bring it back to Saltcote at the end of the week?"],
    "s39-holloway-followup": [
        "Are there grab rails on the Wren, and would he be able to manage the steps down into the cabin?"],
    "s40-penrose-still-waiting": [
        "And can we bring a birthday cake and a few bottles of fizz on board?"],
    "s42-brunet-chiens": [
        "Les chiens sont-ils acceptés dans les cabines ou seulement dans le salon ?"],
    "s43-soler-grupo": [
        "También me gustaría saber si los barcos tienen baño, porque serían unas seis horas a bordo.",
        "Por último, necesitaríamos una factura a nombre de la academia con nuestro CIF para poder justificar el gasto."],
    "s44-garside-cpap": [
        "Separately, is there a discount for a second week if we like it so much we want to stay on?"],
    "s47-carver-eod": [
        "And could you confirm whether the balance can be paid by BACS?"],
    "s49-lambert-one-way": [
        "Also, is the towpath between Marlham and Brackenford surfaced, or is it mud?"],
    "s50-adeyemi-anniversary": [
        "I'm also curious about whether you allow boats onto the tidal stretch below Fennick, because I've heard mixed things.",
        "Finally, could you please send me your 2027 brochure by post - my wife likes to circle things in pen."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"SBH-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
                  "cc": o.pop("cc", None), "note": o.pop("note", ""),
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=BOOKINGS, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", BOOKINGS),
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
            if m.role in ("customer", "auto") and len(m.uq) != m.asks_unanswered:
                out.append(f"{m.key}: asks {m.asks_unanswered} unanswered questions, labels hold {len(m.uq)}")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 65: Saltcote Boat Hire - cases",
                                 "make_practice65_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}

README = """# Practice corpus 65: Saltcote Boat Hire support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Saltcote Boat Hire**, a self-drive canal and river boat hire firm with a canal
  base at Saltcote Wharf and a river base at Fennick Lock: narrowboat holidays and short
  breaks (Wren, Heron, Kestrel, Bittern, Moorhen, Kingfisher and the wheelchair-adapted
  Otter), 10-seater day boats, deposits and balances, damage waivers, dogs, handover
  training, moorings and routes, winter stoppages, gift vouchers, school and company groups,
  invoices. Support address `bookings@saltcoteboathire.example`; agents Bryony Catchpole
  (bookings), Gareth Ellery (boatyard and handovers), Nell Ashdown (accounts and deposits),
  Dev Mistry (duty manager), Tobias Brenner (German-speaking bookings), Céline Roux
  (French-speaking) and Lucía Ferrer (Spanish-speaking), all `@saltcoteboathire.example`. A
  helpdesk robot (`bookings@saltcoteboathire.example`, `Auto-Submitted: auto-replied`)
  acknowledges a few mails with "we will reply within 24 hours" - service-hours text, not a
  commitment.
- Customers are families, couples, groups of friends, teachers and small companies on
  `example.com/.org/.net` and `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain saltcoteboathire.example`.

```
python scripts/make_practice65_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice65_corpus.py --out /tmp/p65         # ... into another folder
python scripts/evaluate.py --corpus tests/practice65 [-v]       # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice65_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. This README is generated too (its figures are counted by the
script). Do not edit generated files; edit the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

{stats}

Answered questions (not labelled) are answered in the agent's own words (s01 "how far in a
week?" - "nine hours' cruising each way"), out of order and several in one sentence (s01,
s14, s17, s41), inline under each quoted line (s03), with only a figure or a date (s28
"£168", s37 "£1,180, due 7 May"), with a link (s10's payment link), with an attachment
(s23's risk assessment, s27's confirmation, s30's factura), by a colleague after a handover
(s18, s45), after a chase (s05, s13, s22, s24, s40), and by a "yes" to an indirect request
(s31 "is this something you'd be happy with?" - "Hen parties are very welcome"; s50 "ideally
with a proper bath ... if such a thing exists" - "such a thing exists: the Kingfisher has a
full-size bath").

Unanswered questions are the realistic kind: the reply handles the main point and skips a
secondary question (s02, s04, s09, s15, s42, s44, s49), several questions inside one long
paragraph with half of them answered (s11, s50), requests made in passing at the end of a
mail ("Lastly, please could the invoice be made out to ... PTA", "Por último, necesitaríamos
una factura ..."), a complaint whose refund request gets only an apology (s29), a reply about
a neighbouring topic (s34: hiring from Fennick, not a one-way start there), a question in a
follow-up mail after the first question was dealt with (s39), a question left out of a reply
that comes after a chase (s40), and a question next to one that was deferred (s05, s44, s47,
s49).

Not questions (must not be flagged): a rhetorical question and a question the customer
answers herself (s33: "who knew five days ... could be so exhausting ...?", "Where would we
find the lost property form ...? Ah, ignore that, just found it"); pleasantries "how are
you?" (s35) and "¿cómo están por ahí?" (s30); a school signature "Is your child absent? Call
..." with a `?` URL (s23); a signature "Need a photographer?" with a `?` URL on a thanks-only
mail (s27); support's signatures with "Trouble on the water?" / "Any questions about your
hire?" and `?` URLs; an agent's own question in quoted text (s28 "Shall I add them?"); a
question in the customer's latest unanswered mail is `awaiting-reply` territory, never
`unanswered-question` (s08, s16, s47, s52).

Commitments: kept on time by the same agent (s21 "by Thursday", kept on Thursday) and by
colleagues (s18 "I've asked Gareth ... to reply", "Nell ... will be in touch", both within
the window; s45 "one of us will be in touch by tomorrow"); kept late = missed (s05 "by
Wednesday" -> next Monday; s13 "morgen" -> five days later; s22 "le escribo el lunes" ->
Wednesday; s24 "en début de semaine prochaine" said on a Thursday -> the next Thursday; s51
"tomorrow" -> two days late); never kept (s06 "d'ici vendredi", s38 no deadline = the 2-day
window, s44 "by Thursday", s47 "by end of day", s49 "early next week", s52 "bis Freitag"); a
deadline still ahead at audit time (s35, Tuesday 24 November). Non-promises: an engineer's
visit (s36 "Phil ... should be with you by about 11"), process descriptions (s10 "we print
vouchers ... and post them first class", s37 reminder and joining instructions, s33 "it goes
out the day you pay"), offers ("let me know if you'd like it", s32; "Soll ich einen für Sie
reservieren?", s41), holds ("I've held her for you until Friday", s15), and the
acknowledgement's "we will reply within 24 hours" (s08, s16, s40, s48).

Chasing in varied wording and languages: "Just checking in on the quote", "Any news on
this?", "I'm still waiting to hear back", "still no invoice I'm afraid", "ich warte leider
immer noch", "gibt es schon etwas Neues ...?", "Je me permets de revenir vers vous ... je
n'ai toujours pas de nouvelles", "¿Hay alguna novedad con el presupuesto?", and a resend of
the whole request as a new mail with the same subject (s16). Customers chase by replying to
their own mail (s08, s40). Not chasing: a second mail that adds the booking reference and a
photo before any reply (s46).

Status and timing: awaiting reply (s08, s16, s47), a chase less than a day old (s52, open
but inside the response target), a fresh question on the audit day with only the
acknowledgement (s48), slow first responses (Friday evening answered on Monday, s19, s29; a
four-day wait, s40), an explicit close "I'll mark this ticket as resolved" followed by a
thanks-only mail (s07, stays closed) and by a new request (s20, reopened), three agents on
one case (s18).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Outlook Express; top-posted and
inline replies; plain 7bit, quoted-printable, base64 (s30), multipart/alternative (s11, s50,
acknowledgements) and HTML-only (s31); PDF and PNG attachments (quotes, invoices, a voucher,
a risk assessment, a photo of a heater panel, a photo of a scrape); a customer's Outlook
out-of-office reply (s32); a reply that lost its threading headers (s28), a References gap
(s41), a resend without threading headers (s16); two customers using the same subject
"Booking enquiry" (s25, s26); signatures with URLs and a confidentiality disclaimer (s47).

## Judgement calls

- **Deferral is not an unanswered question** (s05 price, s06 dates, s13, s22, s24, s38,
  s44, s47, s49, s52): a question answered with a promise counts only through
  `missed-follow-up` when the promise is broken.
- **s02**: "Could someone check whether it was found when the boat was cleaned?" (the
  fleece) is the labelled sentence; the preceding sentence says what "it" is.
- **s04, s39, s43**: one sentence asking two linked things ("wie kommt man ... - gibt es
  einen Shuttle, oder nimmt man ein Taxi?"; "Are there grab rails ..., and would he be able
  to manage the steps ...?") is one finding. s43's "Quisiera saber si aceptan grupos de
  menores ..., y cuánto costaría ..." is answered in both parts.
- **s11**: "without any steps" answers "is there a lift or a ramp?"; nothing in the reply
  speaks of the shower room or of a reduction for carers.
- **s29**: "es tut mir leid, dass es mit der Toilette solchen Ärger gab ... Die Pumpe wurde
  inzwischen komplett getauscht" is an apology, not an answer to the request for a refund
  for those days - labelled.
- **s39**: "I've added a note for Gareth to give your dad a bit of extra time at the
  handover" does not say whether there are grab rails or whether he can manage the steps -
  labelled.
- **s43**: "necesitaríamos una factura a nombre de la academia con nuestro CIF" is an
  explicit request (like "We'd also need a delivery note"), labelled although the invoice
  would only be due after a booking.
- **s15**: "please don't send anything to the house!" is a request, answered by "nothing
  will turn up at the house".
- **s18**: Nell's "I've set it up as £380 taken ... on 20 November and £380 on 27 November"
  describes payment instalments already arranged - logistics, not a promise to write.
- **s24**: "en début de semaine prochaine" said on Thursday 5 November: deadline Tuesday 10
  November; kept on Thursday 12 - missed. The refund "apparaîtra sous cinq jours ouvrés" is
  how refunds work, not a promise to write.
- **s52**: the chase is the customer's latest mail and under 24 hours old at audit time:
  `customer-chased` and the broken "bis Freitag" promise, no `awaiting-reply`.
- **s10**: the second customer mail asks for the card wording; the reply ("the card with
  exactly that message went out in this afternoon's post") answers it.

## Independence

Written from the brief, /work/shared/report-contract.md (rules and definitions),
tests/eval/README.md (format and conventions), scripts/mailcraft.py,
scripts/make_practice24_corpus.py and tests/test_practice24_corpus.py (structure only). Not
opened: `happyaudit/`, the README's sections on the method, accuracy and weak points, any
other test file, any other corpus's cases. All labels were fixed before the single
evaluation run and none was changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the corpus figures counted from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    inbox = [m for m in msgs if m.role in ("customer", "auto")]
    autos = sum(1 for m in msgs if m.role == "auto")
    replies = sum(1 for m in msgs if m.role == "agent")
    acks = sum(1 for m in msgs if m.role == "ack")
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found: Counter = Counter()
    for c in cases:
        found.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    lang_text = ", ".join(f"{LANG_NAMES[k]} {n}" + (f" ({100 * n // len(cases)} %)" if k == "en" else "")
                          for k, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    rule_text = ", ".join(f"{r} {found[r]}" + (f" (in {asking} cases)" if r == "unanswered-question" else "")
                          for r in RULES if found[r])
    stats = (f"{len(cases)} cases, {len(msgs)} messages: {len(inbox)} in the inbox "
             f"({len(inbox) - autos} customer mails and {autos} customer out-of-office reply), "
             f"{replies} support replies, {acks} helpdesk acknowledgements. {clean} clean cases "
             f"({100 * clean // len(cases)} %). Languages: {lang_text}. Statuses: "
             f"{statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.\n\n"
             f"Expected findings: {rule_text}.")
    return README.replace("{stats}", stats)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.saltcoteboathire.example")
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


OUTPUTS = ("mailbox", "labels.json", "CASES.md", "README.md")


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
        for name in OUTPUTS:
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice65 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
