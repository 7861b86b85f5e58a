#!/usr/bin/env python3
"""Regenerate ``tests/practice71/``: a labelled corpus of Redwing Coaches.

A support mailbox of a fictional coach and minibus charter firm in Kent (school trips,
weddings, airport transfers, sports clubs, day trips to France and tours to Spain; quotes by
mileage, drivers' hours, wheelchair-lift vehicles, deposits, luggage limits, cancellations),
written without looking at the detection heuristics, with many customer questions. Audited
at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``redwingcoaches.example``.

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

Usage: python scripts/make_practice71_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
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
SUPPORT_DOMAIN = "redwingcoaches.example"
BOOKINGS = "Redwing Coaches Bookings <bookings@redwingcoaches.example>"
RULES = mailcraft.RULES
YEAR = 2026
CORPUS_NAME = "practice71"

AGENTS = {
    "gemma": ("Gemma Holloway <gemma@redwingcoaches.example>", "thunderbird", """-- 
Gemma Holloway
Bookings & Quotes | Redwing Coaches Ltd
Unit 3, Orbital Park, Ashford TN24 0GA | 01233 555 200
Get an instant estimate: https://redwingcoaches.example/quote?src=sig"""),
    "rob": ("Rob Kettering <rob@redwingcoaches.example>", "outlook", """Rob Kettering
Transport Planning | Redwing Coaches Ltd
Planning a long day out? Ask us about two-driver quotes.
01233 555 207"""),
    "priya": ("Priya Lall <priya@redwingcoaches.example>", "owa", """Priya Lall
Accounts | Redwing Coaches Ltd
accounts@redwingcoaches.example
Redwing Coaches Ltd is registered in England and Wales, no. 04417720. This e-mail and any
attachments are confidential and intended only for the addressee."""),
    "sian": ("Siân Pritchard <sian@redwingcoaches.example>", "apple", """Siân Pritchard
Schools & Accessible Travel | Redwing Coaches
https://redwingcoaches.example/accessible?from=email"""),
    "katrin": ("Katrin Vogel <katrin@redwingcoaches.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenbetreuung Deutschland/Österreich/Schweiz | Redwing Coaches
https://redwingcoaches.example/de?ref=signatur"""),
    "amelie": ("Amélie Rousseau <amelie@redwingcoaches.example>", "apple_fr", """Amélie Rousseau
Service clients France & Belgique | Redwing Coaches
+44 1233 555 214"""),
    "lucia": ("Lucía Ferrer <lucia@redwingcoaches.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente en español | Redwing Coaches
https://redwingcoaches.example/es?utm_source=email"""),
}

ACK = """Hello,

Thanks for contacting Redwing Coaches. This is an automatic reply to let you know
your enquiry has been logged as {ref}. Our bookings team works Monday to Friday,
8am-6pm, and we will reply within 24 hours.

If you are travelling with us in the next 24 hours, please call 01233 555 200.

Redwing Coaches - Bookings
https://redwingcoaches.example/help?enquiry={ref}"""

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
    "oldclient": ["X-Mailer: Windows Live Mail 16.4.3528.331"],
    "helpdesk": ["X-Mailer: Redwing Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="rw.", outlook_server="AM6PR1")
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

BOOKING_FORM_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Booking form",
                                  "Group name, organiser, date of travel, pick-up address",
                                  "Deposit 25 percent on booking, balance 14 days before travel",
                                  "Signed: ____________________"])
SIGNED_FORM_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Booking form",
                                 "Group: Barrington-Hale wedding, 12 December 2026",
                                 "Church of St Mary, Wye to Eastwell Manor, return 00:30",
                                 "Signed: C. Barrington"])
SEASON_QUOTE_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Quotation Q-26-1187",
                                  "Medway RFC 1st XV - 8 away fixtures Jan-Apr 2027",
                                  "35-seat coach, driver, tolls and parking",
                                  "Total GBP 5,180 incl. VAT after 10 percent block discount"])
CONFIRM_KESTREL_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Booking confirmation RC-48655",
                                     "Wed 2 Dec 2026 - Heathrow T5 05:40 BA074 to Canary Wharf",
                                     "24-seat midi-coach, 14 passengers, PO KA-44172",
                                     "GBP 310 + VAT, invoiced on 30 days"])
MINIBUS_SPEC_PDF = mailcraft.pdf(["Redwing Coaches - 16-seat accessible minibus",
                                  "Tail-lift 300 kg, 3 wheelchair spaces, 4-point restraints",
                                  "Lap and diagonal belts on every seat",
                                  "Layout drawing overleaf"])
DEVIS_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Devis D-26-0412",
                           "Lycee Colbert - Londres, jeudi 4 fevrier 2027",
                           "Car 49 places, Ashford 08:00 - Greenwich 19:00",
                           "Total GBP 895 TTC, ULEZ et stationnement compris"])
ANGEBOT_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Angebot A-26-0388",
                             "Deutscher Verein Kent e.V. - Lille, Samstag 12. Dezember",
                             "49-Sitzer, 2 Fahrer, Le Shuttle hin und zurueck",
                             "Gesamtpreis GBP 1.640"])
PRESUPUESTO_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Presupuesto P-26-0209",
                                 "Coro de Sarria - gira 8-12 de abril de 2027",
                                 "Autocar 49 plazas, conductor y alojamiento",
                                 "Total GBP 4.350"])
ACCESS_PDF = mailcraft.pdf(["Redwing Coaches - 33-seat accessible coach",
                            "Rear lift 350 kg, 4 wheelchair bays, power at each bay",
                            "Oxygen racks for up to 4 cylinders",
                            "Continental insurance and tachograph: EU and GB"])
INVOICE_MAYFIELD_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Invoice INV-26-3402",
                                      "Mayfield Lettings, 4 London Road, Sevenoaks TN13 1AJ",
                                      "VAT no. GB 123 4567 89 - booking RC-48510, 12 Dec 2026",
                                      "Total GBP 648.00 incl. VAT, due 28 November 2026"])
INVOICE_FOX_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Invoice INV-26-3317",
                                 "Fox Lane Brewery - brewery tour minibus, 31 October 2026",
                                 "16-seat minibus with driver, 18:00-00:00",
                                 "Total GBP 280.00 incl. VAT - PAID"])
RUNNING_ORDER_PDF = mailcraft.pdf(["Redwing Coaches - Running order RC-48302",
                                   "Nordvale conference, Kent Event Centre, 2-3 December",
                                   "Two 57-seat coaches, loop Maidstone East - Detling",
                                   "07:30-10:00 and 16:30-19:00, every 7-8 minutes"])
RECHNUNG_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Rechnung INV-26-3188",
                              "Kaiser Maschinenbau GmbH - Buchung RC-47612",
                              "Transfer Gatwick - Ashford, 21. Oktober 2026",
                              "Betrag GBP 240,00"])
TWICKENHAM_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Quotation Q-26-1142",
                                "Ellery Print Solutions - Twickenham, Sat 13 March 2027",
                                "Executive coach GBP 1,150 + buffet lunch 30 x GBP 24",
                                "Total GBP 1,870 incl. VAT"])
CONFIRM_HOLT_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Booking confirmation RC-48650",
                                  "Holt Engineering - Tonbridge to Gatwick North 9 Dec, 04:45",
                                  "Gatwick North to Tonbridge 11 Dec, flight landing 19:40",
                                  "8-seat executive minibus, GBP 330"])
CONFIRM_HALE_PDF = mailcraft.pdf(["Redwing Coaches Ltd - Booking confirmation RC-48071",
                                  "Hale & Partners LLP - Leeds Castle away day, Fri 27 Nov",
                                  "57-seat executive coach, 1 London Bridge Street 08:45",
                                  "GBP 1,095 + VAT"])
JACKET_PNG = mailcraft.png(10, 14, lambda x, y: (20 + 2 * x, 30 + y, 80 + 3 * y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("r01-oakfield-year5-museum", "en", "closed", {},
      "Hannah Lowe <h.lowe@oakfieldprimary.example>", "outlook",
      "Coach for Year 5 trip to the Natural History Museum",
      "Four numbered questions answered in one reply, out of order and in other words; booking form attached; thanks-only close.",
      cu("11-02 09:12", """Dear Redwing Coaches,

I'm organising our Year 5 trip to the Natural History Museum on Thursday 10 December and our usual coach company has let us down, so I'm hoping you can help at fairly short notice.

There will be 58 children and 8 adults, leaving from the school (Oakfield Primary, Tovil Road, Maidstone ME15) at about 8.30, and we'd want to be back by 3.15 for pick-up. A few questions:

1. What would this cost?
2. Do all of your coaches have seatbelts on every seat?
3. Does the coach stay in London during the day or drop us and come back?
4. Is 8.30 early enough to get there for our 10.15 entry slot, or should we leave earlier?

Many thanks,
Hannah Lowe
Year 5 Lead, Oakfield Primary School
Tel 01622 555 014"""),
      ag("sian", "11-02 11:40", """Dear Hannah,

Thanks for thinking of us. For 66 you'd need our 70-seat double-decker (two smaller coaches would cost more), and the day comes to £745 including VAT, the driver's waiting time and the ULEZ charge.

Leaving at 8.30 is cutting it fine on a weekday - the A2 into town crawls after eight - so I'd set off at 8.00 to be safe for a 10.15 slot. The driver drops you on Exhibition Road, parks up at our partner's coach park in Vauxhall and comes back for you at whatever time you agree with him; if you leave South Kensington at 1.45 you'll be back at school well before 3.15.

Every seat on every Redwing vehicle has a three-point belt, upstairs on the double-decker too.

If you'd like to go ahead, the booking form is attached - a 25% deposit holds the date.

Kind regards,
Siân""", attach=[("application/pdf", "Redwing-booking-form.pdf", BOOKING_FORM_PDF)]),
      cu("11-02 15:05", """Thank you Siân, that's really helpful. I'll get the form signed by the head and send it back with the deposit this week.

Hannah""", thanks=True)),

    C("r02-barrington-wedding-guests", "en", "closed", {"unanswered-question": 1},
      "Chloe Barrington <chloebarrington@example.com>", "gmail", "Wedding guest coach - 12 December",
      "Four wedding questions; the reply covers the late return, drinks and deposit but never the ribbons; thanks-only close with the signed form.",
      cu("11-03 20:45", """Hi,

My fiancé and I are getting married on Saturday 12 December at St Mary's in Wye, with the reception at Eastwell Manor. We need a coach to take about 45 guests from the church to the manor at 2pm, and then back to Ashford station and a couple of hotels at the end of the night.

I was wondering whether it's possible to decorate the coach with white ribbons, as we'll have it in some of the photos? Also, what's the latest you can do the return run - the party finishes at midnight - and are guests allowed to take drinks on board? Our venue said some coach firms don't allow it.

Lastly, how much deposit do you need and when?

Thanks so much,
Chloe""", uq=1),
      ag("gemma", "11-04 09:20", """Hi Chloe,

Congratulations to you both!

A midnight finish is fine. The driver who does the 2pm run can't also do a 00:30 pick-up because of his duty limits, so we swap drivers at teatime - that's already in the price of £690.

Sealed bottles and soft drinks are OK; we don't allow open glasses or cans of alcohol on the coach, and there's a £75 cleaning charge if anything gets spilt or someone is unwell.

To secure 12 December we take 25% (£172.50) now and the rest 14 days before the wedding. Our booking form is attached.

Best wishes,
Gemma""", attach=[("application/pdf", "Redwing-booking-form.pdf", BOOKING_FORM_PDF)]),
      cu("11-04 12:10", """Brilliant, thank you Gemma! Signed form attached, deposit going over today.

Chloe""", thanks=True, attach=[("application/pdf", "booking-form-signed.pdf", SIGNED_FORM_PDF)])),

    C("r03-kestrel-heathrow-team", "en", "pending", {},
      "Marcus Oyelaran <marcus.oyelaran@kestrelanalytics.example>", "gmail",
      "Heathrow pick-up for visiting team, 2 Dec",
      "Four bulleted questions answered inline under each quoted line; the customer then asks to book and gets a confirmation PDF.",
      cu("11-16 10:02", """Hi there,

We have 14 colleagues flying in from Lagos on BA074, landing at Heathrow T5 at 05:40 on Wednesday 2 December, and they need to get to our office in Canary Wharf.

- Can your driver meet them in arrivals with a name board?
- Most will have a large suitcase plus a laptop bag - will that all fit?
- What happens if the flight is delayed?
- Can we pay on account? We have a PO ready.

Regards,
Marcus Oyelaran
Office Manager, Kestrel Analytics"""),
      ag("gemma", "11-16 12:30", """Hi Marcus,

My answers are under each of your points.

On 11/16/26 10:02 AM, Marcus Oyelaran wrote:
> - Can your driver meet them in arrivals with a name board?

Yes - he'll be by the Costa in T5 arrivals with a "Kestrel Analytics" board from 05:45.

> - Most will have a large suitcase plus a laptop bag - will that all fit?

For 14 we'd send a 24-seat midi-coach, which takes a big case per person in the boot and bags inside, so there's room to spare.

> - What happens if the flight is delayed?

We track the flight. The first hour of waiting is free; after that it's £30 per extra half hour.

> - Can we pay on account? We have a PO ready.

Yes - send me the PO number and we'll invoice after the job on 30 days.

Price: £310 + VAT.

Gemma""", quote=False),
      cu("11-16 14:15", """Perfect - the PO is KA-44172. Please go ahead and book it.

Marcus"""),
      ag("gemma", "11-16 15:00", """Hi Marcus,

All booked - confirmation attached. The driver's name and mobile number come by text the afternoon before.

Gemma""", attach=[("application/pdf", "RC-48655-confirmation.pdf", CONFIRM_KESTREL_PDF)])),

    C("r04-medway-rfc-season", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Dave Pollard <fixtures@medwayrfc.example>", "outlook",
      "Away fixtures - coach for the rest of the season",
      "Season quote promised 'by Friday' arrives the next Tuesday after 'any news on the season quote?': kept late = missed, and chased.",
      cu("11-09 19:40", """Hi,

Medway RFC 1st XV here. We've got 8 away games between January and April (list below) and we're looking for one firm to do all of them rather than booking each one separately.

Tonbridge Juddians - 9 Jan
Old Elthamians - 23 Jan
Canterbury - 6 Feb
Guernsey (coach to Portsmouth ferry) - 20 Feb
Hastings & Bexhill - 6 Mar
Westcombe Park - 20 Mar
Dorking - 3 Apr
Sevenoaks - 17 Apr

Squad plus coaches is normally 30-35. Could you quote us for the lot, and do you give a discount for a block booking? Also, the lads will want to stop for food on the way back from the longer ones - is that a problem?

Cheers,
Dave Pollard
Fixtures Secretary, Medway RFC"""),
      ag("gemma", "11-10 09:05", """Hi Dave,

Thanks for getting in touch - a whole season is just the sort of thing we like.

A food stop on the way home is no problem at all, just tell the driver where. The only thing to watch is the Portsmouth run: if the ferry is late back the driver may need his break before the drive home, but we plan for that.

I need to check the 35-seaters on those Saturdays with Rob, but I'll send you a full season quote, with the block discount shown, by Friday.

Best,
Gemma""", promises=[("11-13", 4)]),
      cu("11-17 08:15", """Morning Gemma, any news on the season quote? Committee meets Thursday and I'd like to have it in front of them.

Dave

Sent from my iPhone""", chase=True, client="iphone"),
      ag("gemma", "11-17 11:20", """Hi Dave,

Apologies - pinning down the Saturdays took longer than it should have. The season quote is attached: £5,180 for all eight, which includes 10% off for booking the block. Guernsey is priced as the return run to Portsmouth only.

Gemma""", attach=[("application/pdf", "Q-26-1187-Medway-RFC.pdf", SEASON_QUOTE_PDF)])),

    C("r05-sandhurst-wi-boulogne", "en", "closed", {},
      "Margaret Feltham <margaret.feltham@example.org>", "thunderbird", "Boulogne day trip for our WI",
      "Passports, tunnel or ferry, time ashore: all answered in two paragraphs; a rhetorical question; thanks-only close.",
      cu("10-29 10:30", """Good morning,

Sandhurst WI are planning a day trip to Boulogne in the spring, probably a Saturday in late April, for the market and lunch. There would be about 35 of us. Who doesn't love a French market?

I have a few questions before I put it to the committee. Does everyone need a passport, or is an identity card enough these days? Would we go on the ferry or through the tunnel, and does it make a difference to the price? And roughly how long would we have in Boulogne?

With kind regards,
Margaret Feltham
Secretary, Sandhurst WI"""),
      ag("rob", "10-29 15:10", """Dear Margaret,

Everyone will need a full passport - the old British visitor's cards and ID cards are no longer accepted - issued less than ten years ago and valid for at least three months after the trip.

For day trips we use Le Shuttle: it's quicker and passengers stay on the coach, which most groups prefer. The ferry is possible but adds about £6 a head and nearly three hours to the day. Leaving Sandhurst at 6.30 you'd be in Boulogne by 10.30 French time and we'd head back at 5pm, so six and a half hours for the market and lunch - we can't stretch it much further because of the driver's hours.

A 35-seater for the day comes to £1,240 including the crossing.

Regards,
Rob"""),
      cu("11-02 09:15", """Dear Rob,

Thank you, that is very clear. I shall report back to the committee.

Margaret Feltham""", thanks=True)),

    C("r06-brightwell-wheelchairs", "en", "pending", {"unanswered-question": 1},
      "Lorraine Achebe <lorraine.achebe@brightwellcentre.example>", "outlook",
      "Wheelchair accessible coach - Christmas lights trip",
      "Day centre: number of wheelchair bays and the lift's weight limit answered; whether drivers help members on and off is not.",
      cu("11-16 11:20", """Hello,

Brightwell Day Centre would like to take our members to see the Christmas lights in Canterbury on the afternoon of Tuesday 15 December. We would be 18 members, of whom 5 use wheelchairs (two are large electric chairs), plus 6 staff.

Could you let me know whether you have a vehicle that would take all five wheelchairs at once? If not, we could do two trips. I also need to know the weight limit of the lift, as one of the electric chairs with its user is quite heavy, around 210kg. And would your drivers help our members on and off the lift, or should we bring extra staff for that?

Thank you,
Lorraine Achebe
Activities Coordinator""", uq=1),
      ag("sian", "11-16 15:45", """Dear Lorraine,

Our largest accessible vehicle, a 33-seater with a rear lift, has four wheelchair bays, so five chairs means two vehicles or two runs. The simpler option is the 33-seater plus a 16-seat minibus with a tail-lift following it, so everyone arrives together: £585 for the afternoon.

The lift on the 33-seater is rated to 350kg and the minibus's to 300kg, so the heavier chair is fine on either.

Kind regards,
Siân""")),

    C("r07-schiller-gymnasium-heathrow", "de", "closed", {"unanswered-question": 1},
      "Dr. Ulrike Brandt <u.brandt@schiller-gymnasium.example>", "outlook_de",
      "Anfrage: Transfer Heathrow - Canterbury für Schülergruppe",
      "German school: transfer price and luggage answered; the day trip to Dover and Rye on 18 March is ignored; thanks-only close.",
      cu("11-04 14:10", """Sehr geehrte Damen und Herren,

wir planen vom 15. bis 21. März 2027 eine Studienfahrt nach Canterbury mit 42 Schülerinnen und Schülern (16-17 Jahre) und 4 Lehrkräften. Wir landen am 15. März um 11:20 Uhr in Heathrow (Terminal 2, Lufthansa) und fliegen am 21. März um 17:05 Uhr wieder ab.

Könnten Sie uns ein Angebot für beide Transfers machen? Außerdem würde ich gerne wissen, wie viel Gepäck pro Person erlaubt ist – die Schüler reisen mit je einem Koffer und einem Rucksack. Wir möchten außerdem am 18. März einen Tagesausflug nach Dover und Rye machen; bieten Sie das ebenfalls an?

Mit freundlichen Grüßen
Dr. Ulrike Brandt
Schiller-Gymnasium Offenburg
Fachbereich Englisch""", uq=1),
      ag("katrin", "11-05 09:30", """Sehr geehrte Frau Dr. Brandt,

vielen Dank für Ihre Anfrage. Für 46 Personen setzen wir einen 53-Sitzer ein; ein Koffer (bis 20 kg) und ein Rucksack pro Person passen problemlos in den Gepäckraum bzw. in den Innenraum.

Die beiden Flughafentransfers Heathrow – Canterbury – Heathrow kosten zusammen 1.180 £ inkl. MwSt. Wartezeit bei Verspätung ist bis 60 Minuten inbegriffen.

Mit freundlichen Grüßen
Katrin Vogel"""),
      cu("11-05 11:45", """Sehr geehrte Frau Vogel,

vielen Dank für die schnelle Antwort. Ich bespreche das Angebot mit der Schulleitung und melde mich dann.

Mit freundlichen Grüßen
Ulrike Brandt""", thanks=True)),

    C("r08-lycee-colbert-londres", "fr", "closed", {"missed-follow-up": 1},
      "Nathalie Bouvier <n.bouvier@lycee-colbert.example>", "apple_fr",
      "Devis sortie Londres - échange scolaire",
      "French school: the drop-off question is answered at once; 'je reviens vers vous d'ici jeudi avec le tarif' is kept the next Monday (missed), no chase.",
      cu("11-02 10:15", """Bonjour,

Dans le cadre de notre échange avec la Norton Knatchbull School d'Ashford, nous aimerions organiser une journée à Londres le jeudi 4 février pour 38 élèves et 4 accompagnateurs, au départ d'Ashford (vers 8h) avec retour vers 19h.

Pourriez-vous nous faire un devis ? Nous aimerions aussi savoir si le chauffeur peut nous déposer près du British Museum puis nous reprendre à Greenwich en fin d'après-midi.

Je vous remercie par avance,
Nathalie Bouvier
Professeure d'anglais, Lycée Colbert, Lorient"""),
      ag("amelie", "11-02 16:40", """Bonjour Madame Bouvier,

Merci pour votre message. C'est tout à fait possible : le chauffeur vous dépose à Bloomsbury, à deux pas du British Museum, puis vous attend à Greenwich, au parking des cars près du Cutty Sark, à l'heure convenue.

Pour le devis, je dois vérifier la disponibilité de nos 49 places ce jeudi-là auprès du planning ; je reviens vers vous d'ici jeudi avec le tarif.

Bien cordialement,
Amélie""", promises=[("11-05", 3)]),
      ag("amelie", "11-09 10:05", """Bonjour Madame Bouvier,

Veuillez m'excuser pour ce délai. Un 49 places est bien disponible le 4 février : le tarif est de 895 £ TTC pour la journée, péage urbain (ULEZ) et stationnement compris. Vous trouverez le devis détaillé en pièce jointe.

Bien cordialement,
Amélie""", parent=2, attach=[("application/pdf", "Devis-D-26-0412.pdf", DEVIS_PDF)])),

    C("r09-colegio-san-jorge-gatwick", "es", "pending", {},
      "Marta Ibáñez <mibanez@colegiosanjorge.example>", "gmail_es",
      "Traslado aeropuerto de Gatwick - grupo escolar",
      "Spanish school: price, passenger list and Spanish-speaking driver all answered (the last with a 'no, but'); thanks-only reply.",
      cu("11-16 09:30", """Hola, buenos días:

Somos un colegio de Zaragoza y en febrero viajamos a Inglaterra con 28 alumnos de 3º de ESO y 3 profesores. Llegamos a Gatwick el domingo 7 de febrero a las 13:50 (vuelo de Vueling desde Barcelona) y nos alojamos con familias en Folkestone.

Querría saber el precio del traslado de ida y vuelta (la vuelta sería el sábado 13 a las 10:00 desde Folkestone). ¿Necesitan los nombres de todos los pasajeros con antelación? Y otra cosa: ¿el conductor habla algo de español? Nuestros alumnos tienen un nivel de inglés bastante básico.

Un saludo,
Marta Ibáñez
Colegio San Jorge, Zaragoza"""),
      ag("lucia", "11-16 13:10", """Hola, Marta:

Gracias por escribirnos. Los dos traslados (Gatwick–Folkestone el 7 y Folkestone–Gatwick el 13) salen por 760 £ en total, con un autocar de 35 plazas.

No hace falta la lista de nombres: nos basta con el número de pasajeros y el número de vuelo. Nuestros conductores solo hablan inglés, pero el día 7 puedo ir yo misma en el autocar a recibiros, así que no tendréis ningún problema con el idioma al llegar.

Un saludo,
Lucía"""),
      cu("11-16 17:20", """¡Genial, muchas gracias, Lucía! Lo comento con la dirección y os digo algo.

Marta""", thanks=True)),

    C("r10-dartford-colts-u12", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Jason Mbeki <jason.mbeki@dartfordcolts.example>", "android", "Minibus for U12s tournament",
      "A price range and two clarifying questions; the customer answers them and asks for the exact price, then chases five days later ('still waiting'); no reply.",
      cu("11-10 18:30", """Hi, we need a minibus for our under-12s going to a tournament in Reading on Sunday 6 December. 14 kids and 2 coaches, leaving Dartford about 7am, back by 6pm. How much would that be?

Jason
Dartford Colts U12 manager"""),
      ag("gemma", "11-11 08:50", """Hi Jason,

Happy to help. For 16 we'd use one of our 16-seat minibuses with a driver, and a day like that is usually somewhere between £320 and £380. To give you an exact figure: is the tournament at the Bearwood training ground, or somewhere in the town? And do you want the driver to wait all day, or go away and come back? Waiting is usually cheaper on a day this length.

Best,
Gemma"""),
      cu("11-11 19:05", """Hi Gemma, it's at Bearwood, and waiting all day is fine. Can you send me the exact price and how to book?

Jason"""),
      cu("11-16 20:10", """Hi Gemma, still waiting to hear back on the price for the 6th - I need to tell the parents this week. Can you let me know?

Jason""", chase=True, parent=3)),
    C("r11-hale-partners-away-day", "en", "closed", {"unanswered-question": 2},
      "Fiona Carmichael <fiona.carmichael@haleandpartners.example>", "outlook",
      "Staff away day - Leeds Castle, 27 November",
      "Quote and storage for boxes answered; Wi-Fi/USB question and the PO-on-invoice request skipped; the booking request that follows is confirmed.",
      cu("11-02 13:25", """Hi,

We're booking transport for our staff away day at Leeds Castle on Friday 27 November: 52 people from our office at 1 London Bridge Street, leaving 8.45, and back in London for about 6pm.

Could you please send me a quote? I'd also like to know whether the coach has Wi-Fi and USB sockets - people will want to work on the way down. Our finance team needs the PO number (HP-20931) and our full company name on the invoice, so please make sure both are on it. And is there anywhere to put a couple of boxes of conference materials?

Thanks,
Fiona Carmichael
Events Manager | Hale & Partners LLP
This email is confidential. If you have received it in error please notify the sender and delete it.""", uq=2),
      ag("gemma", "11-02 16:30", """Hi Fiona,

Thank you - for 52 I'd send our 57-seat executive coach: £1,095 + VAT for the day, leaving London Bridge Street at 8.45 and back around 6pm, depending on the M20.

There's plenty of room in the luggage hold for your boxes, and the driver will help load them.

Kind regards,
Gemma"""),
      cu("11-03 09:10", """Thanks Gemma, please go ahead and book it. Signed form to follow this afternoon.

Fiona"""),
      ag("gemma", "11-03 11:00", """Hi Fiona,

Done - you're booked for the 27th, confirmation attached. The driver will be outside at 8.30.

Gemma""", attach=[("application/pdf", "RC-48071-confirmation.pdf", CONFIRM_HALE_PDF)])),

    C("r12-fairlight-house-whitstable", "en", "closed", {},
      "Brenda Okafor <activities@fairlighthouse.example>", "thunderbird", "Outing to Whitstable - wheelchair users",
      "Care home: vehicle and wheelchair securing answered with a spec sheet, price with exceptions; the booking request (sent without threading headers) is confirmed.",
      cu("11-05 10:40", """Dear Sir/Madam,

We are a residential care home in Herne Bay. We'd like to take 10 residents (3 in manual wheelchairs, 2 with walking frames) and 5 carers to Whitstable for fish and chips on a weekday afternoon in early December.

Could you tell me what kind of vehicle you would send and how the wheelchairs are secured? And please let me know the price for an afternoon, 1pm to 5pm.

Brenda Okafor
Activities Coordinator, Fairlight House"""),
      ag("sian", "11-05 14:20", """Dear Brenda,

What a lovely idea. We'd send our 16-seat minibus with a tail-lift: it has three wheelchair spaces with four-point restraints plus a lap-and-diagonal belt for the person in the chair, and the frames fold into the back. The attached sheet shows the layout and the lift.

1pm to 5pm is £240, on any weekday except the 8th and 9th.

Kind regards,
Siân""", attach=[("application/pdf", "16-seat-accessible-minibus.pdf", MINIBUS_SPEC_PDF)]),
      cu("11-05 16:00", """Dear Siân,

Could we book Thursday 3 December then? Same times, picking up from Fairlight House, 22 Beltinge Road, Herne Bay.

Brenda Okafor""", thread=False),
      ag("sian", "11-06 09:15", """Dear Brenda,

Booked for Thursday 3 December, 1pm from 22 Beltinge Road. The confirmation and the deposit invoice (£60) are on their way to this address.

Kind regards,
Siân""")),

    C("r13-seaview-golf-le-touquet", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Gareth Rhys-Evans <captain@seaviewgolfsociety.example>", "gmail",
      "Golf trip to Le Touquet - coach with trailer?",
      "Transfers priced; trailer price deferred 'by Wednesday' and never sent; the customs question about the clubs is never touched. Signature with a '?' URL.",
      cu("11-15 21:15", """Evening all,

Seaview Golf Society are off to Le Touquet for three nights in May (Thu 13 to Sun 16 May) - 24 golfers, so 24 sets of clubs plus weekend bags. Can you do it? We'd need the coach for the transfers only (Whitstable to Le Touquet and back), not during the stay.

With that much kit I assume we'd need a trailer - do you have one, and what does it add? Do we need to declare the clubs anywhere at the border? One of the lads swears you have to.

Cheers
Gareth
--
Seaview Golf Society - new members welcome! https://seaviewgolfsociety.example/join?src=email""", uq=1),
      ag("rob", "11-16 10:05", """Hi Gareth,

We can do it: a 33-seater leaving Whitstable on the 13th and collecting you on the 16th. As the coach comes home in between, it's two return runs - about £2,300 all in with the Le Shuttle crossings.

For 24 sets of clubs you'll need our luggage trailer. Let me check with the workshop whether it's free that weekend (it's booked a lot in May) and I'll come back to you by Wednesday with the trailer price.

Regards,
Rob""", promises=[("11-18", None)])),

    C("r14-deutscher-verein-lille", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Heike Lorenz <heike.lorenz@dv-kent.example>", "gmail_de", "Weihnachtsmarktfahrt nach Lille",
      "German club in Kent: Ashford pick-up answered; 'Ich melde mich bis Mittwoch' kept on Friday after 'gibt es schon Neuigkeiten?': missed and chased.",
      cu("11-02 11:00", """Liebes Redwing-Team,

unser Verein möchte am Samstag, 12. Dezember, mit rund 40 Mitgliedern zum Weihnachtsmarkt nach Lille fahren. Abfahrt wäre in Tunbridge Wells gegen 7 Uhr, Rückfahrt aus Lille gegen 18 Uhr Ortszeit.

Was würde das kosten? Und ist es möglich, unterwegs in Ashford noch ein paar Leute einzusammeln?

Viele Grüße
Heike Lorenz
Deutscher Verein Kent e.V."""),
      ag("katrin", "11-02 15:30", """Liebe Frau Lorenz,

schön, dass Sie an uns denken! Ein Zwischenstopp in Ashford ist kein Problem, das liegt ohnehin auf dem Weg zum Tunnel.

Für den Preis muss ich noch klären, ob wir am 12. Dezember einen zweiten Fahrer brauchen – mit Tunnel und Aufenthalt in Lille wird der Tag sehr lang. Ich melde mich bis Mittwoch mit dem genauen Angebot.

Viele Grüße
Katrin Vogel""", promises=[("11-04", 4)]),
      cu("11-06 10:20", """Liebe Frau Vogel,

gibt es schon Neuigkeiten zum Angebot für Lille? Wir möchten die Fahrt im nächsten Rundbrief ankündigen, und der geht Montag raus.

Viele Grüße
Heike Lorenz""", chase=True),
      ag("katrin", "11-06 14:00", """Liebe Frau Lorenz,

entschuldigen Sie bitte die Verzögerung. Mit zwei Fahrern (wegen der Lenkzeiten nötig) kostet die Fahrt mit einem 49-Sitzer 1.640 £, Tunnel inklusive. Das Angebot hängt an.

Viele Grüße
Katrin Vogel""", attach=[("application/pdf", "Angebot-A-26-0388.pdf", ANGEBOT_PDF)])),

    C("r15-pemberton-wedding-shuttle", "en", "closed", {"reopened": 1},
      "Olivia Pemberton <olivia.pemberton@example.org>", "iphone", "Shuttle for wedding guests - confirming times",
      "Times confirmed and the case explicitly marked resolved; after the wedding the customer writes again about a lost pashmina, answered.",
      cu("11-03 08:05", """Hi Gemma, just checking the times for Saturday's shuttle are still 1.15 from the Premier Inn and 1.30 from the George? And can the last run back be 11.45 instead of 11.30?

Thanks, Olivia

Sent from my iPhone"""),
      ag("gemma", "11-03 09:30", """Hi Olivia,

Yes, 1.15 and 1.30 as booked, and I've moved the last run to 11.45 at no extra charge. Have a wonderful day!

I'll mark this as resolved on our side, but just reply if anything else comes up.

Gemma""", closes=True),
      cu("11-10 12:40", """Hi Gemma, the wedding was wonderful and the driver was brilliant, thank you. One thing though - my aunt left a grey pashmina on the coach on the last run. Has it been handed in? Could you post it to her? 14 Orchard Close, Faversham ME13 8QP.

Olivia

Sent from my iPhone"""),
      ag("gemma", "11-10 15:55", """Hi Olivia,

So glad it all went well - I'll pass your kind words on to Mick. The pashmina turned up when the coach was cleaned, and it went in the post to your aunt this afternoon.

Gemma""")),

    C("r16-greenacre-ski-baqueira", "en", "pending", {"unanswered-question": 1},
      "Tom Ashworth <t.ashworth@greenacreacademy.example>", "outlook",
      "Ski trip to Baqueira - coach quote Feb half term",
      "School ski trip to the Spanish Pyrenees: drivers, skis, rough price and toilet answered; the deposit question is skipped; a firm quote promised for 24 November (still ahead).",
      cu("11-17 16:40", """Dear Redwing,

We're running our first school ski trip to Baqueira-Beret in the Spanish Pyrenees over February half term (out overnight on Friday 12 February, back Saturday 20 February) with 44 students and 5 staff, and we want to go by coach rather than fly.

A few questions:
- How many drivers would you need for a journey that long, and do they stay with us all week?
- Is there room for 49 pairs of skis and boots, or should we hire those out there?
- What's the price, roughly?
- And how much deposit would we need to pay to hold the dates?
- Would the coach have a toilet on board?

Thanks in advance,
Tom Ashworth
Head of PE, Greenacre Academy""", uq=1),
      ag("rob", "11-18 09:20", """Dear Tom,

Baqueira is around 1,250 miles from Kent, so we'd send two drivers, and they stay in the resort with you - they need their weekly rest there anyway, and it means the coach is on hand for the evening trip to the bowling alley most schools do. Their hotel is in our price.

All our continental coaches have a toilet and a fridge. Skis and boots are best hired in the resort: the hire shops deliver to the hotel and it saves taking a trailer.

Roughly £14,900 for the coach, two drivers, crossings and tolls. The firm figure depends on next year's tunnel fares, which are released this week - I'll have it to you by Tuesday 24 November.

Regards,
Rob""", promises=[("11-24", None)])),

    C("r17-tollhurst-cricket-minibus", "en", "closed", {},
      "Sanjay Mehta <sanjay@tollhurstcc.example>", "gmail", "Minibus quote - cricket trip to Canterbury",
      "Two questions answered inline with a bare price and a one-line yes.",
      cu("11-04 12:00", """Hi, what would a 16-seater with driver cost for a day at the St Lawrence Ground, Canterbury, leaving Tollhurst at 9am on Sunday 6 June? And can we put our kit bags in the back?

Sanjay
Tollhurst CC"""),
      ag("gemma", "11-04 13:10", """Hi Sanjay,

On 11/4/26 12:00 PM, Sanjay Mehta wrote:
> Hi, what would a 16-seater with driver cost for a day at the St Lawrence
> Ground, Canterbury, leaving Tollhurst at 9am on Sunday 6 June?

£385 incl. VAT.

> And can we put our kit bags in the back?

Yes, there's a rear boot that takes a team's kit.

Gemma""", quote=False)),

    C("r18-bramley-hen-brighton", "en", "pending", {"unanswered-question": 1},
      "Jess Bramley <jessbramley@example.net>", "iphone", "Hen do minibus Brighton",
      "Hen party: the itinerary and the music are answered; the question about prosecco on board is not.",
      cu("11-15 21:40", """Hiya! I'm organising my sister's hen do on Saturday 16 January - 15 of us going from Sevenoaks to Brighton for the day and night. Can we have a minibus that drops us at a cocktail class at 2, picks us up at 7 for dinner somewhere else, then brings us home about 1am? Is it ok to drink prosecco on the minibus on the way down?? And can we plug a phone in for music?

Thanks!! Jess xx

Sent from my iPhone""", uq=1),
      ag("gemma", "11-16 09:30", """Hi Jess,

Sounds like a brilliant day! We can do all of that: 2pm drop at the cocktail class, 7pm move to dinner, and home to Sevenoaks for 1am. As it's a long day the driver changes over at 6pm, which is included in the price of £640.

All our minibuses have a Bluetooth speaker system, so the playlist is sorted.

Gemma""")),

    C("r19-marchetti-gatwick-flight-change", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Paolo Marchetti <paolo.marchetti@marchettifoods.example>", "outlook",
      "Flight change - Gatwick pick-up on 25 November",
      "Pick-up moved to the later flight; 'I'll confirm the new details by end of day tomorrow' never kept; the request for a copy of the confirmation is ignored.",
      cu("11-16 08:50", """Hello Gemma,

Our sales team's flight back from Milan on 25 November has been moved from 16:10 to 21:55 (now EZY8196). Can you change the Gatwick pick-up accordingly? There will still be 9 of them, going to our office in Sittingbourne.

Also, could you send me a copy of the original booking confirmation? I can't find it anywhere.

Thanks,
Paolo Marchetti
Marchetti Foods UK""", uq=1),
      ag("gemma", "11-16 10:30", """Hi Paolo,

Thanks for letting me know - I've moved the booking to the later flight. The 16-seater that was allocated is on another job that evening, so I need to re-plan the driver and vehicle. I'll confirm the new details by end of day tomorrow.

The price doesn't change.

Gemma""", promises=[("11-17", None)])),

    C("r20-aubert-mariage-chilham", "fr", "pending", {"unanswered-question": 1},
      "Claire Aubert <claire.aubert@orange.example>", "apple_fr", "Navette mariage - 30 janvier, Chilham",
      "French couple marrying in Kent: price and paying from a French account answered; whether the coach stays all day for early leavers is not.",
      cu("11-17 13:30", """Bonjour,

Nous nous marions le samedi 30 janvier au château de Chilham, dans le Kent, et la plupart de nos invités (une cinquantaine) viennent de France et logent à Canterbury. Nous cherchons un car pour les emmener de Canterbury à Chilham vers 13h et les ramener vers minuit.

Pourriez-vous m'indiquer le tarif ? Le car peut-il rester sur place toute la journée au cas où certains invités voudraient rentrer plus tôt ? Enfin, est-il possible de régler par virement depuis un compte français, en euros ?

Merci d'avance et bonne journée,
Claire Aubert""", uq=1),
      ag("amelie", "11-18 09:00", """Bonjour Claire,

Toutes nos félicitations ! Pour une cinquantaine d'invités, nous proposons un 57 places : 780 £ pour l'aller à 13h et le retour à minuit, avec un changement de chauffeur en fin d'après-midi.

Nos factures sont en livres sterling, mais vous pouvez tout à fait régler par virement depuis un compte en France ; votre banque fera la conversion. Notre IBAN figure sur la facture d'acompte.

Bien cordialement,
Amélie""")),
    C("r21-coro-sarria-gira", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Jordi Puig <jordi.puig@corodesarria.example>", "gmail_es", "Gira del coro por Inglaterra - presupuesto autocar",
      "Barcelona choir tour: the digital piano question is answered at once; 'Le escribo el jueves con el precio' is kept the next Monday after '¿Hay alguna novedad?': missed and chased.",
      cu("11-02 17:20", """Buenas tardes:

Somos el Coro de Sarrià (Barcelona) y en abril hacemos una pequeña gira por el sur de Inglaterra: del 8 al 12 de abril, con conciertos en Canterbury, Rochester y Londres. Somos 36 personas y necesitaríamos un autocar con conductor durante los cinco días, desde la recogida en Heathrow hasta el regreso.

¿Podrían enviarnos un presupuesto? También quisiera saber si hay espacio para llevar un piano digital y unos atriles en el maletero.

Muchas gracias,
Jordi Puig
Coro de Sarrià"""),
      ag("lucia", "11-03 10:10", """Hola, Jordi:

¡Qué buen plan! El piano digital y los atriles caben sin problema en el maletero de un autocar de 49 plazas, siempre que el piano vaya en su funda.

Para el presupuesto tengo que ver cómo encajar los descansos del conductor con los conciertos de la noche. Le escribo el jueves con el precio.

Un saludo,
Lucía""", promises=[("11-05", 4)]),
      cu("11-09 09:45", """Hola, Lucía:

¿Hay alguna novedad sobre el presupuesto? Tenemos reunión de junta el miércoles y nos gustaría llevarlo.

Saludos,
Jordi""", chase=True),
      ag("lucia", "11-09 12:30", """Hola, Jordi:

Perdona el retraso. Te adjunto el presupuesto: 4.350 £ por los cinco días, con el conductor y su alojamiento incluidos. Para el concierto de Londres el conductor tiene que terminar antes de las 23:30, así que he contado con un segundo conductor esa última noche.

Un saludo,
Lucía""", attach=[("application/pdf", "Presupuesto-P-26-0209.pdf", PRESUPUESTO_PDF)])),

    C("r22-stanmore-u3a-lille", "en", "closed", {},
      "Peter Hargreaves <peter.hargreaves@stanmoreu3a.example>", "thunderbird",
      "Lille Christmas market - itinerary and booking?",
      "Where to see the itinerary and how to book: answered with two links only; thanks-only close.",
      cu("11-04 09:50", """Good morning,

I saw your advert for the Lille Christmas market day trips in the Kent Messenger. Our U3A group would like to join one of the public departures rather than hire a whole coach - we'd be 12 people. Where can I see the itinerary, and how do we book and pay for 12 places?

Regards,
Peter Hargreaves
Stanmore U3A travel group"""),
      ag("gemma", "11-04 10:35", """Dear Peter,

Itinerary for all four Saturdays: https://redwingcoaches.example/daytrips/lille-christmas-2026

Groups of up to 16 can book and pay by card here: https://redwingcoaches.example/book?trip=LIL26&group=1

Kind regards,
Gemma"""),
      cu("11-04 11:20", """Splendid, thank you - all booked for the 5th.

Peter""", thanks=True)),

    C("r23-crossways-deposit-receipt", "en", "closed", {"unanswered-question": 1},
      "Ruth Adeyemi <treasurer@crosswayschurch.example>", "outlook", "Deposit for Youth Weekend coach",
      "Church treasurer: receipt of the deposit confirmed and the balance date given; the request for a written receipt is ignored.",
      cu("11-05 14:00", """Hello,

I transferred the £250 deposit for the youth weekend coach (booking RC-47309, 19-21 February) on Monday from our church account. Could you confirm you've received it? Please also send me a receipt for it, as our auditors need one for every payment over £100.

When is the balance due?

Many thanks,
Ruth Adeyemi
Treasurer, Crossways Community Church""", uq=1),
      ag("priya", "11-06 09:40", """Dear Ruth,

Yes, the £250 arrived on Tuesday and is on booking RC-47309. The balance of £745 is due 14 days before departure, so by 5 February; you'll get a reminder a month before.

Kind regards,
Priya""")),

    C("r24-holt-gatwick-out-of-office", "en", "pending", {},
      "Simon Holt <simon.holt@holtengineering.example>", "outlook", "Gatwick transfer for 6 - 9 December",
      "Quote answered in an hour; the customer's out-of-office reply follows; back from leave a week later he books, and gets the confirmation.",
      cu("11-09 11:15", """Hi,

Could you quote for 6 people from our office in Tonbridge to Gatwick North Terminal on Wednesday 9 December, arriving by 06:00, and back on Friday 11 December from a 19:40 landing? Each will have one suitcase and a golf bag.

Simon Holt
Holt Engineering Ltd"""),
      ag("gemma", "11-09 12:20", """Hi Simon,

For 6 with golf bags we'd send an 8-seat executive minibus: £165 each way, so £330 in total including waiting time and parking at Gatwick. Pick-up from Tonbridge would be 04:45 on the 9th.

Gemma"""),
      auto("11-09 12:21", """Thank you for your email. I am out of the office until Monday 16 November with limited access to email. For anything urgent please contact reception@holtengineering.example or call 01732 555 300.

Simon Holt""", quote=False, subject="Automatic reply: Gatwick transfer for 6 - 9 December"),
      cu("11-16 09:05", """Hi Gemma,

Back from leave - that's fine, please book it. The PO will come from our accounts team.

Simon"""),
      ag("gemma", "11-16 09:40", """Hi Simon,

Booked - confirmation RC-48650 attached.

Gemma""", attach=[("application/pdf", "RC-48650-confirmation.pdf", CONFIRM_HOLT_PDF)])),

    C("r25-northgate-boat-club", "en", "pending", {"unanswered-question": 2},
      "Amelia Strand <rowing@northgateuniversity.example>", "gmail", "Coach + boat trailer for Head race",
      "University boat club: trailer towing (with a referral) and two drivers answered with a price; split invoice and student discount skipped.",
      cu("11-17 10:30", """Hi Redwing,

Northgate University Boat Club here. We're going to a head race at Holme Pierrepont (Nottingham) on Saturday 30 January and need to take 38 rowers and coxes plus our boat trailer.

Can your coach tow a boat trailer? It's a standard 8-boat trailer, about 12m long. If not, do you know anyone who can?

Also:
- We'd need to leave Canterbury at 5am - would that need two drivers?
- Could the invoice be split between the men's and women's squads (roughly 20/18)? They have separate budgets.
- Is there a discount for student clubs?

Thanks,
Amelia Strand
Club Captain, NUBC""", uq=2),
      ag("rob", "11-17 14:50", """Hi Amelia,

I'm afraid our coaches can't tow a trailer that size - a coach is only allowed a small luggage trailer. Most clubs we carry use Riverside Boat Transport in Henley for the boats; they know what they're doing with eights.

A 5am start for Nottingham and back the same evening is about a 16-hour day, so yes, two drivers. With both drivers included the price is £1,480.

Regards,
Rob""")),

    C("r26-whitlock-funeral", "en", "closed", {},
      "Karen Whitlock <karen.whitlock@example.com>", "apple", "Coach for my father's funeral",
      "A funeral at short notice: answered fully and gently, booked the same morning.",
      cu("11-03 19:10", """Hello,

My father's funeral is on Friday 13 November at Charing crematorium, with the wake afterwards at the Swan in Appledore. Many of his friends are elderly and don't drive, so we'd like a coach to take about 30 people from Appledore village hall to the crematorium at 11.15 and then on to the Swan afterwards.

Is this something you do, and what would it cost? I'm sorry for the short notice.

Karen Whitlock"""),
      ag("sian", "11-04 08:55", """Dear Karen,

I'm so sorry about your father. Yes, we do this often and we'd be glad to help. We'd send a 33-seater with a step-free entrance, collecting from the village hall at 11.15, waiting at the crematorium and taking everyone on to the Swan: £295 in total. The driver will be in a dark suit.

There's no deposit for a booking this close; we'll invoice afterwards, whenever suits you.

With sympathy,
Siân"""),
      cu("11-04 10:20", """Thank you, that's very kind. Please book it.

Karen"""),
      ag("sian", "11-04 11:00", """Dear Karen,

That's booked for Friday 13 November. If anything changes on the day, the drivers' office is on 01233 555 200.

Siân""")),

    C("r27-kraemer-betriebsausflug", "de", "pending", {},
      "Jens Bauer <jens.bauer@kraemer-logistik.example>", "thunderbird_de", "Betriebsausflug Team UK - Brighton",
      "Three numbered questions answered inline under each quoted question; thanks-only reply.",
      cu("11-16 14:20", """Hallo Frau Vogel,

Ihre Kollegin Frau Holloway hat mir Ihre Adresse gegeben, weil ich lieber auf Deutsch schreibe. Unser Team in Dartford (22 Personen) macht am Freitag, 11. Dezember, einen Ausflug nach Brighton. Abfahrt Dartford 9:00 Uhr, Rückfahrt ab Brighton 20:00 Uhr.

Dazu drei Fragen:
1. Was kostet das?
2. Können wir unterwegs einen Fotostopp an den Seven Sisters einlegen?
3. Brauchen Sie eine Anzahlung, und wenn ja, wie viel?

Beste Grüße
Jens Bauer
Krämer Logistik GmbH, Bremen"""),
      ag("katrin", "11-17 09:10", """Hallo Herr Bauer,

gern, meine Antworten stehen direkt unter Ihren Fragen.

Am 16.11.26 um 13:20 schrieb Jens Bauer:
> 1. Was kostet das?

Mit einem 29-Sitzer 720 £ inkl. MwSt.

> 2. Können wir unterwegs einen Fotostopp an den Seven Sisters einlegen?

Ja, am Birling Gap – eine halbe Stunde ist im Preis enthalten.

> 3. Brauchen Sie eine Anzahlung, und wenn ja, wie viel?

Normalerweise 25 % bei Buchung. Da der Ausflug aber weniger als vier Wochen entfernt ist, wird der ganze Betrag bei Buchung fällig.

Beste Grüße
Katrin Vogel""", quote=False),
      cu("11-17 11:00", """Vielen Dank, Frau Vogel, das klingt gut. Ich gebe Ihnen Anfang nächster Woche Bescheid.

J. Bauer""", thanks=True)),

    C("r28-sainte-famille-douvres", "fr", "open", {"awaiting-reply": 1},
      "Isabelle Marchand <i.marchand@ecole-sainte-famille.example>", "apple_fr",
      "Demande de devis - sortie scolaire à Douvres",
      "French primary school asks for a quote and about seatbelts; only the helpdesk acknowledgement answers, for more than two days.",
      cu("11-18 10:00", """Bonjour,

Notre école élémentaire de Boulogne-sur-Mer organise une sortie au château de Douvres le mardi 16 mars pour deux classes de CM2, soit 52 élèves et 6 adultes. Nous traverserons en ferry comme passagers piétons et aurions besoin d'un car au port de Douvres, de 10h à 16h (heure anglaise).

Pourriez-vous nous envoyer un devis ? Nous aurions aussi besoin de savoir si le car est équipé de ceintures pour tous les enfants.

Cordialement,
Isabelle Marchand
Directrice, École Sainte-Famille"""),
      ack("11-18 09:01")),

    C("r29-hadlow-bowls-cancellation", "en", "closed", {"missed-follow-up": 1},
      "Graham Woodley <graham.woodley@example.net>", "gmail", "Cancelling our booking RC-47755",
      "Cancellation: 'I'll confirm which it is by Friday' (refund or carry-forward) answered the following Tuesday; thanks-only close.",
      cu("11-02 10:00", """Hi,

I'm afraid we have to cancel our bowls club trip to Bath on 19 December (booking RC-47755) - not enough members signed up. We paid a £200 deposit in September. Your terms say cancellations more than 28 days before are free apart from the deposit - is there any way we could have the deposit back, or at least use it for a trip in the spring?

Graham Woodley
Hadlow Bowls Club"""),
      ag("priya", "11-02 14:30", """Dear Graham,

I'm sorry to hear that. I've cancelled RC-47755. The deposit is normally non-refundable, but we can certainly carry it forward to a spring trip; refunding it instead needs my manager's OK, so let me ask her and I'll confirm which it is by Friday.

Kind regards,
Priya""", promises=[("11-06", 3)]),
      ag("priya", "11-10 11:15", """Dear Graham,

Sorry for the wait on this. Good news: as it's your first cancellation with us in eleven years, we'll refund the £200 in full. It should reach the club account within 5 working days.

Kind regards,
Priya""", parent=2),
      cu("11-10 13:00", """That's very generous - thank you, Priya.

Graham""", thanks=True)),

    C("r30-ashby-youth-orchestra", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Nadia Ferris <nadia.ferris@ashbyyouthorchestra.example>", "gmail", "Coach for orchestra concert - instruments",
      "Unanswered for four days, the customer resends the same mail as a new message with the same subject; the reply answers everything. Signature with a '?' URL.",
      cu("11-12 08:30", """Hello,

The Ashby Youth Orchestra is playing at the Royal Festival Hall on 6 March and we need to get 62 players, 8 staff and all the instruments there from Ashford and back.

Our big question is the instruments: we have two double basses, a harp (in a flight case about 1.9m tall), timpani and lots of smaller cases. Can these go in the coach's hold, or do we need a separate van? And what would the whole thing cost?

Best wishes,
Nadia Ferris
Tour Manager
Support young musicians? https://ashbyyouthorchestra.example/donate?ref=email"""),
      cu("11-16 09:00", """Hello,

Resending this in case it went astray - we need to confirm transport by the end of the month.

The Ashby Youth Orchestra is playing at the Royal Festival Hall on 6 March and we need to get 62 players, 8 staff and all the instruments there from Ashford and back.

Our big question is the instruments: we have two double basses, a harp (in a flight case about 1.9m tall), timpani and lots of smaller cases. Can these go in the coach's hold, or do we need a separate van? And what would the whole thing cost?

Best wishes,
Nadia Ferris
Tour Manager
Support young musicians? https://ashbyyouthorchestra.example/donate?ref=email""", chase=True, parent=0),
      ag("gemma", "11-16 11:30", """Dear Nadia,

Sorry - your first email was caught by our spam filter.

The harp case is the tricky one: a double-decker's hold is only 1.1m high, so the harp and the timpani would travel in our 3.5-tonne van, which goes with the coach and has its own driver. The basses and everything else fit in the hold. For 70 people we'd use our 80-seat double-decker plus the van: £1,690 all in for the day.

Best wishes,
Gemma""")),
    C("r31-quayside-hotel-shuttle", "en", "closed", {},
      "Daniel Kerr <d.kerr@quaysidehotel.example>", "owa", "Weekly shuttle to Ebbsfleet for hotel guests",
      "Contract shuttle: passed to a colleague who 'will reply today' and does, answering price and drivers; thanks-only close.",
      cu("11-03 11:00", """Hi,

We're the Quayside Hotel in Gravesend. From January we'd like to run a shuttle for guests to Ebbsfleet International every weekday: 7:30 from the hotel, back at 18:15 from the station, roughly 10-16 guests each way. Could you quote for a 12-month contract, and would it be the same driver each day? Guests like a familiar face.

Daniel Kerr
Front Office Manager, Quayside Hotel"""),
      ag("gemma", "11-03 12:10", """Hi Daniel,

Thanks - that one is for Rob, who plans our contract work and looks after the drivers. I've copied him in and he'll reply today.

Gemma""", promises=[("11-03", 3)], cc="Rob Kettering <rob@redwingcoaches.example>"),
      ag("rob", "11-03 16:40", """Hi Daniel,

For a weekday contract like this we'd base a 16-seat minibus at our Gravesend outstation: £265 a day for both runs, so about £66,000 for the year. Two regular drivers would share it and cover each other's holidays, so your guests will always see one of the same two faces.

Regards,
Rob""", parent=1),
      cu("11-04 09:00", """Thanks Rob, that's very helpful - I'll take it to our GM.

Daniel""", thanks=True)),

    C("r32-mendez-boda-rochester", "es", "closed", {"unanswered-question": 1},
      "Carmen Méndez <carmen.mendez@correo.example>", "gmail_es", "Traslados invitados boda - Gatwick y Rochester",
      "Spanish wedding guests: price and flight delay answered; the extra church-to-banquet runs on the wedding day are not. Base64 body.",
      cu("11-05 19:30", """Hola:

Mi hermano se casa en Rochester el 20 de febrero y unos 30 invitados volamos desde Madrid a Gatwick el día 19. Querríamos contratar un autocar que nos recoja en el aeropuerto y nos lleve al hotel en Rochester, y el 21 de vuelta a Gatwick.

¿Cuánto costaría? ¿Puede el conductor esperarnos si el vuelo se retrasa? Y, por último, ¿podrían además llevarnos del hotel a la iglesia y de ahí al banquete el día 20? Está todo en Rochester, a unos 10 minutos.

Muchas gracias y un saludo,
Carmen Méndez""", uq=1, cte="base64"),
      ag("lucia", "11-06 09:15", """Hola, Carmen:

¡Enhorabuena a los novios! Los dos traslados Gatwick–Rochester–Gatwick con un autocar de 33 plazas cuestan 540 £ en total. Seguimos el vuelo en tiempo real y, si se retrasa, el conductor os espera sin coste hasta 60 minutos; a partir de ahí son 30 £ por cada media hora.

Un saludo,
Lucía""")),

    C("r33-sevenoaks-scouts-trailer", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Colin Barnes <gsl@14thsevenoaksscouts.example>", "thunderbird", "Minibus and trailer for scout camp",
      "Towing and price answered; 'I'll let you know tomorrow' about the tow-bar minibus never kept; leaving the trailer at the depot overnight never answered.",
      cu("11-16 19:50", """Hello,

14th Sevenoaks Scouts are going to winter camp at Broadstone Warren from Friday 29 January to Sunday 31 January: 14 scouts and 2 leaders.

We have our own equipment trailer (single axle, 750kg, 50mm ball hitch). Can your minibus tow it? If it can, can we leave the trailer at your depot on the Thursday night so it's hitched up and ready? And what would it cost for the Friday drop-off and Sunday pick-up?

Yours in Scouting,
Colin Barnes
Group Scout Leader""", uq=1),
      ag("rob", "11-17 08:40", """Hi Colin,

Our minibuses can tow up to 750kg, so your trailer is fine as long as it has a 13-pin plug. The Friday drop-off and Sunday pick-up come to £360.

I need to make sure the 16-seater with the tow bar isn't already out that weekend - I'll let you know tomorrow.

Regards,
Rob""", promises=[("11-18", None)])),

    C("r34-nordvale-conference-loop", "en", "pending", {"many-handoffs": 1},
      "Erik Lindqvist <erik.lindqvist@nordvale.example>", "outlook", "Conference shuttle 2-3 December",
      "Conference loop quoted by one agent, booked with signage by a second, and the PO question answered by a third: every question answered, three agents.",
      cu("11-16 09:15", """Hi,

Nordvale are hosting a conference at the Kent Event Centre in Detling on 2-3 December. We need a shuttle loop between Maidstone East station and the venue, 07:30-10:00 and 16:30-19:00 both days, for about 300 delegates. Could you quote, and tell me what size vehicles you'd use?

Erik Lindqvist
Event Operations, Nordvale"""),
      ag("gemma", "11-16 10:00", """Hi Erik,

A loop like this needs two 57-seaters running the 15-minute round trip continuously, which keeps the wait at the station under 10 minutes. Two coaches, both windows, both days: £2,260 + VAT.

Gemma"""),
      cu("11-16 14:30", """Thanks Gemma, that works - please book it. Who do I send the PO to? And will the coaches carry our signs if we provide them?

Erik"""),
      ag("rob", "11-16 16:05", """Hi Erik,

Booked, and the running order is attached. Yes, we'll put your A3 signs in the windscreens and side windows - please hand them to the drivers on the first morning.

Priya in accounts will sort out the PO with you.

Rob""", promises=[("window", 5)], attach=[("application/pdf", "RC-48302-running-order.pdf", RUNNING_ORDER_PDF)]),
      ag("priya", "11-17 09:20", """Dear Erik,

Please send the PO to accounts@redwingcoaches.example, quoting RC-48302. We invoice after the event, on 30 days.

Kind regards,
Priya""")),

    C("r35-hartley-broken-seatbelt", "en", "closed", {},
      "Joanne Hartley <jo.hartley@example.com>", "iphone", "Seatbelts on the school bus",
      "Parent's complaint: the fix and the checks both answered; 'Surely that's not allowed?' is rhetorical; thanks-only close.",
      cu("11-05 07:55", """Hi, my son travels on your school bus from Lenham to Valley Park School every day. He says the belt on his usual seat has been broken for a fortnight and the driver told them to just sit somewhere else. Surely that's not allowed? Can you get it fixed, and can you confirm all the belts are checked?

Joanne Hartley

Sent from my iPhone"""),
      ag("rob", "11-05 10:30", """Dear Mrs Hartley,

Thank you for telling us - a broken belt should have been reported and repaired straight away. The bus is route 7 (YX19 RCK); we took it off the road this morning, the belt was replaced by 10am, and it's back on the afternoon run.

Drivers check every belt in their walk-round each morning and our workshop checks them again at every six-weekly inspection. I've reminded the route 7 drivers that a faulty belt is reported the same day.

Regards,
Rob"""),
      cu("11-05 12:00", """Thank you for sorting it so quickly.

Jo

Sent from my iPhone""", thanks=True)),

    C("r36-fox-lane-brewery-resolved", "en", "closed", {"reopened": 1},
      "Ian Fox <ian@foxlanebrewery.example>", "gmail", "Brewery tour minibus - invoice",
      "Invoice resent under a [Resolved] subject tag; the customer then asks about a Christmas booking in the same thread, answered by a colleague.",
      cu("11-04 11:00", """Hi Priya, could you resend the invoice for the brewery tour minibus on the 31st (RC-47901)? I can't find it anywhere.

Ian Fox
Fox Lane Brewery"""),
      ag("priya", "11-04 11:45", """Hi Ian,

Here it is again - invoice INV-26-3317 attached.

Priya""", subject="[Resolved] RE: Brewery tour minibus - invoice", closes=True,
         attach=[("application/pdf", "INV-26-3317.pdf", INVOICE_FOX_PDF)]),
      cu("11-05 09:30", """Thanks. While I've got you - we want to do the same tour for our staff Christmas do on 19 December. Is the 16-seater free that evening, and is the price the same as last time?

Ian""", subject="Re: [Resolved] RE: Brewery tour minibus - invoice"),
      ag("gemma", "11-05 10:15", """Hi Ian,

Priya passed this to me. The 16-seater is free on the 19th, and the price is unchanged: £280 for 6pm to midnight. Shall I book it?

Gemma""", subject="Re: [Resolved] RE: Brewery tour minibus - invoice")),

    C("r37-tsv-hainfeld-turnier", "de", "closed", {"unanswered-question": 1},
      "Markus Weber <m.weber@tsv-hainfeld.example>", "gmail_de", "Jugendfußball-Turnier in Kent - Bus gesucht",
      "German youth football club: vehicle, price and leaving bags on board answered; the question about floodlit training pitches in Folkestone is ignored.",
      cu("11-03 20:30", """Hallo zusammen,

die C-Jugend des TSV Hainfeld (16 Spieler, 3 Betreuer) nimmt über Ostern an einem Turnier in Folkestone teil. Wir kommen mit der Fähre als Fußgänger in Dover an (Karfreitag, 2. April, ca. 11 Uhr) und müssen zu unserer Unterkunft in Hythe, dann jeden Tag zum Turnier und am Montag zurück nach Dover.

Ginge das mit einem Kleinbus von Ihnen, und was würde das ungefähr kosten? Dürfen die Jungs ihre Taschen im Bus lassen, während sie spielen? Übrigens: Wissen Sie, ob man in Folkestone Trainingsplätze mit Flutlicht mieten kann? Wir würden abends gern noch trainieren.

Viele Grüße
Markus Weber
Jugendleiter TSV Hainfeld""", uq=1),
      ag("katrin", "11-04 09:45", """Hallo Herr Weber,

das machen wir gern. Für 19 Personen mit Gepäck nehmen wir einen 24-Sitzer, ein 16-Sitzer wäre zu knapp. Abholung in Dover am 2. April, Transfer nach Hythe, an allen drei Turniertagen hin und zurück und am Montag wieder nach Dover: 1.350 £ insgesamt.

Die Taschen können während der Spiele im Bus bleiben; der Fahrer schließt ab und bleibt in der Nähe.

Viele Grüße
Katrin Vogel""")),

    C("r38-rando-amiens-falaises", "fr", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Bernard Leclerc <b.leclerc@randoclub-amiens.example>", "thunderbird",
      "Randonnée sur les falaises de Douvres - transport",
      "French hiking club: only the acknowledgement for four days, then 'Je me permets de vous relancer' as a reply to their own mail; the answer covers everything.",
      cu("11-12 09:00", """Bonjour,

Notre club de randonnée d'Amiens (32 marcheurs) prévoit un week-end dans le Kent les 24 et 25 avril. Nous traverserons à pied en ferry depuis Calais. Il nous faudrait un car côté anglais :
- le samedi : Douvres → St Margaret's at Cliffe le matin, puis récupération à Deal en fin d'après-midi ;
- le dimanche : Deal → Sandwich, puis retour à Douvres pour le ferry de 17h.

Est-ce faisable, et à quel prix ? Le chauffeur pourrait-il garder les sacs des randonneurs dans la soute pendant la marche ?

Cordialement,
Bernard Leclerc
Président, Rando Club Amiénois"""),
      ack("11-12 08:01"),
      cu("11-16 10:30", """Bonjour,

Je me permets de vous relancer au sujet de ma demande ci-dessous, restée sans réponse. Pourriez-vous me dire si c'est possible ?

Cordialement,
Bernard Leclerc""", chase=True, parent=1),
      ag("amelie", "11-16 14:00", """Bonjour Monsieur Leclerc,

Toutes nos excuses pour ce silence, votre message nous avait échappé.

C'est tout à fait faisable : un 35 places pour les deux jours, avec les trajets que vous décrivez, revient à 980 £. Les sacs restent dans la soute pendant vos randonnées, et le chauffeur vous attend à Deal le samedi et à Sandwich le dimanche.

Bien cordialement,
Amélie""")),

    C("r39-academia-britannia-dover", "es", "closed", {},
      "Lourdes Ortega <lortega@academiabritannia.example>", "gmail_es", "Excursión al castillo de Dover",
      "Spanish language school in Canterbury: availability and price answered; booking and card payment answered with a payment link. Greeting '¿qué tal?' is a pleasantry.",
      cu("11-05 18:40", """Hola, Lucía, ¿qué tal?

Me ha dado tu contacto la residencia. Estamos en Canterbury con 24 alumnos hasta el día 14 y queremos ir al castillo de Dover el jueves 12 por la mañana (salida 9:00, vuelta 14:00). ¿Tenéis un autocar libre ese día? ¿Y cuánto sería?

Gracias,
Lourdes Ortega
Academia Britannia, Sevilla"""),
      ag("lucia", "11-06 09:00", """Hola, Lourdes:

Sí, tenemos un autocar de 29 plazas libre el jueves 12. Salida a las 9:00 desde la residencia y vuelta a las 14:00: 310 £, IVA incluido. Si te parece bien, te lo reservo.

Un saludo,
Lucía"""),
      cu("11-06 10:15", """¡Perfecto! Resérvalo, por favor. Somos 24 alumnos y 2 profesoras. ¿Te puedo pagar con tarjeta?

Lourdes"""),
      ag("lucia", "11-06 11:30", """Hola, Lourdes:

Reservado. Sí, con tarjeta: aquí tienes el enlace de pago seguro https://redwingcoaches.example/pay?ref=RC-48421

Un saludo,
Lucía""")),

    C("r40-cobham-bowls-brighton", "en", "closed", {"unanswered-question": 1},
      "Dennis Whitcombe <dennis.whitcombe@example.org>", "oldclient", "Outing for our bowls club",
      "One long paragraph with three questions buried in it: the low step and price answered, the drop-off at the Pavilion itself not.",
      cu("11-02 15:30", """Dear Sirs,

I am writing on behalf of Cobham Bowls Club, of which I have been the social secretary for more years than I care to remember, to enquire about a coach for our annual outing, which this year the members have voted should be to the Royal Pavilion in Brighton on Wednesday 9 June next year, with lunch at a hotel on the seafront that I have yet to book. We shall be around 40, many of them in their eighties, so I should like to know whether your coaches have a low step or some other means of getting aboard for those who are not so steady on their feet, and I would also be grateful if you could tell me whether the driver is able to drop us at the Pavilion itself rather than at a coach park some distance away. The price, of course, is also of interest, and we would wish to leave Cobham at about half past nine and be home by six.

Yours faithfully,
Dennis Whitcombe""", uq=1),
      ag("sian", "11-03 10:00", """Dear Mr Whitcombe,

Thank you for your letter. All our coaches kneel at the front door to lower the first step and have a handrail on both sides, so your members should manage well, and the driver will help anyone who needs it.

For around 40 from Cobham to Brighton, leaving at half past nine and home by six, the price is £820.

Yours sincerely,
Siân""")),
    C("r41-parkside-nursery-panto", "en", "pending", {},
      "Amira Haddad <manager@parksidenursery.example>", "apple", "Minibus for nursery trip - car seats?",
      "The customer answers her own first question in the same mail; the real question (boosters) and the quote are both answered.",
      cu("11-17 13:15", """Hi there,

We're taking our pre-school room (12 children aged 3-4, plus 5 staff) to the pantomime at the Marlowe Theatre on Wednesday 9 December, 10am show.

What's the law on car seats in minibuses - do we need to bring booster seats for the children? Actually, scratch that, I've just found the government guidance and it says the operator has to provide child restraints or use the adult belts if none are fitted. So my real question is: do you provide the boosters, or should we bring our own? And could you quote for pick-up at 9.15 from Parkside Nursery, CT2 7NR, returning around 12.45?

Thanks,
Amira Haddad
Nursery Manager"""),
      ag("sian", "11-17 15:30", """Hi Amira,

We'll have 12 booster cushions with backs fitted before the driver collects you, so there's no need to bring any. For 17 we'd send a 24-seat midi-coach (a 16-seater is too tight once the boosters are in), which is £215 for the morning.

Kind regards,
Siân""")),

    C("r42-thornbury-gala-revised-quote", "en", "pending", {"missed-follow-up": 1},
      "Victoria Thornbury <victoria@thornburyevents.example>", "outlook", "Revised quote - charity gala 5 Dec",
      "Event planner asks for a revised quote; 'We'll send the revised quote tomorrow' is never kept.",
      cu("11-16 16:20", """Hi Gemma,

Following our call, the gala on 5 December now finishes at 1am instead of 11.30pm, and guests are staying at two hotels (the Hilton Maidstone and Tudor Park) rather than one. Could you revise the quote for the return runs?

Thanks,
Victoria Thornbury
Thornbury Events"""),
      ag("gemma", "11-17 09:30", """Hi Victoria,

Thanks - noted on both. The later finish means a relief driver for the second coach, so the figure will go up a little. We'll send the revised quote tomorrow.

Gemma""", promises=[("11-18", None)])),

    C("r43-avery-lost-jacket", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Ben Avery <ben.avery@example.com>", "gmail", "Lost jacket on Saturday's coach",
      "A second mail adds a photo before any reply (not a chase); 'I'll let you know by Wednesday' kept on Friday after 'just following up': missed and chased.",
      cu("11-09 09:30", """Hi, I was on the coach from Maidstone to the Chelsea v Spurs game on Saturday (the supporters' club booking) and left a navy North Face jacket on the overhead rack, about halfway down on the left. Has anyone found it? My car key is in the pocket!

Ben Avery
07700 900 412"""),
      cu("11-09 09:42", """Forgot to say - photo of the jacket attached so the cleaners know what they're looking for.

Ben""", parent=1, attach=[("image/png", "jacket.png", JACKET_PNG)]),
      ag("rob", "11-09 11:00", """Hi Ben,

Nothing's been handed in to the office yet, but the coach was out again on Sunday so the cleaners may not have got to it. I'll ask the driver and the cleaning team and let you know by Wednesday.

Rob""", promises=[("11-11", 5)]),
      cu("11-13 08:45", """Hi Rob, just following up on this - any luck with the jacket? I'm still using the spare key.

Ben""", chase=True),
      ag("rob", "11-13 10:20", """Hi Ben,

Sorry I didn't get back to you on Wednesday. Good news: the jacket's here with the key still in the pocket. You can collect it from the Maidstone depot (Unit 4, Parkwood Trading Estate) any weekday 8-6, or we can post it for £6.

Rob""")),

    C("r44-hopeful-hearts-disneyland", "en", "closed", {},
      "Sam Whitaker <sam@hopefulhearts.example>", "outlook", "Disneyland Paris trip - accessible coach",
      "Children's charity: four listed questions answered across three paragraphs of an HTML+text reply with the coach spec attached; thanks-only close. Signature with a '?' URL.",
      cu("11-03 10:10", """Hello,

Hopeful Hearts is a small charity for children with life-limiting conditions. We're planning a three-day trip to Disneyland Paris from 14 to 16 April with 10 children (3 of them wheelchair users), 10 parents and 6 nurses.

I need to know:
- whether you have a coach with a wheelchair lift that can go to France,
- whether the driver can stay with us and take us to and from the park each day,
- if there's space for medical equipment (oxygen cylinders, a suction machine, feeding pumps) - is oxygen even allowed on board?
- and the price, please, as we need to fundraise for it.

Many thanks,
Sam Whitaker
Trip Coordinator, Hopeful Hearts
Registered charity no. 1190000 | https://hopefulhearts.example/donate?utm=mail"""),
      ag("sian", "11-03 15:20", """Dear Sam,

What a wonderful trip to be planning. The spec sheet of our 33-seat accessible coach is attached: it has a rear lift and four wheelchair bays, and it's fitted and insured for continental work.

The driver stays in a hotel near yours for the three days and is yours for the runs to and from the park and anything else within his hours. Oxygen is allowed if the cylinders are secured in the racks we fit for them (up to four), and there's power at each wheelchair bay for the pumps and the suction machine.

For the three days, including Le Shuttle, tolls and the driver's hotel, it comes to £4,380. As a registered charity you get 10% off, so £3,942.

Warm regards,
Siân""", kind="alt", attach=[("application/pdf", "33-seat-accessible-coach.pdf", ACCESS_PDF)]),
      cu("11-03 17:00", """This is fantastic, thank you Siân. We'll be in touch once the fundraising is done!

Sam""", thanks=True)),

    C("r45-mayfield-invoice-address", "en", "pending", {"unanswered-question": 1},
      "Keith Mayfield <accounts@mayfieldlettings.example>", "owa", "Invoice for staff party transport",
      "Invoice sent with the VAT number as asked, but to the old address: the request to change the billing address is ignored.",
      cu("11-16 10:00", """Hello,

Please can you send the invoice for the coach to our Christmas party on 12 December (booking RC-48510)? Our VAT number is GB 123 4567 89 and it needs to be on the invoice. Also, we've moved offices - please change our billing address to Mayfield Lettings, 2nd Floor, 18 High Street, Sevenoaks TN13 1HX for this and any future invoices.

Keith Mayfield
Finance, Mayfield Lettings""", uq=1),
      ag("priya", "11-16 14:00", """Dear Keith,

Please find the invoice attached, with your VAT number shown. Payment is due by 28 November.

Kind regards,
Priya""", attach=[("application/pdf", "INV-26-3402.pdf", INVOICE_MAYFIELD_PDF)])),

    C("r46-hoffmann-reisen-stansted", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Sabine Hoffmann <s.hoffmann@hoffmann-reisen.example>", "outlook_de",
      "Transfer Stansted - Canterbury, Reisegruppe 14.-18. Januar",
      "German travel agency: low step answered, price deferred with 'Ich melde mich morgen' and never sent; 'ich warte immer noch' five days later, unanswered.",
      cu("11-12 10:30", """Sehr geehrte Frau Vogel,

für eine Seniorengruppe (31 Personen) benötigen wir einen Transfer vom Flughafen Stansted nach Canterbury am 14. Januar (Ankunft 12:35, Ryanair aus Memmingen) und zurück am 18. Januar (Abflug 13:10).

Bitte senden Sie uns ein Angebot. Einige Gäste sind gehbehindert – hat der Bus einen Lift oder zumindest eine niedrige Einstiegsstufe?

Mit freundlichen Grüßen
Sabine Hoffmann
Hoffmann Reisen, Kempten"""),
      ag("katrin", "11-12 13:45", """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Anfrage. Unsere Reisebusse lassen sich an der vorderen Tür absenken und haben Haltegriffe auf beiden Seiten; für Rollstuhlfahrer hätten wir auch ein Fahrzeug mit Lift.

Den Preis muss ich noch mit unserer Disposition abstimmen, weil am 18. Januar viele Schulfahrten laufen. Ich melde mich morgen mit dem Angebot bei Ihnen.

Mit freundlichen Grüßen
Katrin Vogel""", promises=[("11-13", None)]),
      cu("11-17 09:15", """Sehr geehrte Frau Vogel,

ich warte immer noch auf das Angebot für Stansted. Unsere Kunden möchten bis Ende der Woche buchen – können Sie mir bitte heute noch etwas schicken?

Mit freundlichen Grüßen
Sabine Hoffmann""", chase=True)),

    C("r47-duval-voyages-tarifs", "fr", "closed", {"unanswered-question": 1},
      "Pierre Duval <pierre.duval@duval-voyages.example>", "apple_fr", "Tarifs 2027 - excursions au départ de Douvres",
      "French tour operator: 2027 rates and how prices are worked out (per mile, minimum hours) answered together; the season framework contract is not.",
      cu("11-04 11:00", """Bonjour Madame Rousseau,

Nous sommes un petit voyagiste de Rouen et nous préparons notre brochure 2027. Nous aurions besoin d'autocars avec chauffeur pour des excursions d'une journée au départ de Douvres (Canterbury, Leeds Castle, Rye), de mai à septembre, environ deux fois par mois.

Pourriez-vous m'indiquer vos tarifs 2027 pour un 49 places à la journée ? J'aimerais également savoir comment vous calculez le prix : au kilomètre, à l'heure, ou au forfait ? Enfin, accepteriez-vous de signer un contrat-cadre pour la saison, avec des dates que nous confirmerions un mois à l'avance ?

Cordialement,
Pierre Duval
Duval Voyages, Rouen""", uq=1),
      ag("amelie", "11-05 09:20", """Bonjour Monsieur Duval,

Merci de votre intérêt. Nos prix sont calculés au mile (2,40 £ par mile parcouru), avec un minimum de huit heures de service par jour ; pour les excursions que vous citez au départ de Douvres, cela donne en pratique entre 690 et 820 £ la journée pour un 49 places en 2027.

Bien cordialement,
Amélie""")),

    C("r48-ng-fortieth-theatre", "en", "closed", {},
      "Grace Ng <grace.ng@example.com>", "apple", "Minibus for my 40th - theatre trip",
      "HTML-only request: transport and a bottle of fizz on board both answered; thanks-only reply from the phone.",
      cu("11-04 20:10", """Hi Redwing team,

For my 40th I'm taking 12 friends to see Les Mis in the West End on Saturday 23 January (7.30pm show). Could you take us from Tunbridge Wells to the Sondheim Theatre and bring us back afterwards, around 10.45pm? I'd also love to know if we can have a bottle of fizz on board on the way up.

Grace""", kind="html"),
      ag("gemma", "11-05 09:05", """Hi Grace,

Happy almost-40th! A 16-seater with driver, dropping at the Sondheim at 7pm and collecting you at 10.45, is £420. Fizz is fine on board - we'll even leave plastic flutes on the seats - just no glass.

Gemma"""),
      cu("11-05 09:40", """Amazing, thank you! I'll book online tonight x

Sent from my iPhone""", thanks=True, client="iphone")),

    C("r49-sutton-valley-ypres", "en", "closed", {"customer-chased": 2, "slow-first-response": 1},
      "Hugh Pennington <h.pennington@suttonvalleyschool.example>", "outlook", "Coach for Year 9 Battlefields trip - Ypres",
      "Only the acknowledgement, then 'Just following up on my enquiry below' and 'Still waiting to hear back' (two chases, the second with a References gap); the reply four days later answers both questions.",
      cu("11-09 09:00", """Dear Redwing,

Could you quote for a coach for our Year 9 Battlefields trip to Ypres, 11-13 May, 48 students and 5 staff, leaving from Sutton Valley? We'd need the coach with us in Belgium for all three days (Menin Gate, Tyne Cot, Passchendaele museum). Do your drivers know the Battlefields sites?

Hugh Pennington
Head of History, Sutton Valley School"""),
      ack("11-09 09:01"),
      cu("11-11 15:30", """Just following up on my enquiry below - could you let me know if you can do these dates?

Hugh Pennington""", chase=True, parent=1),
      cu("11-13 08:40", """Still waiting to hear back. We need to confirm our transport provider to the governors on Monday, so I'd be grateful for a reply today.

Hugh Pennington""", chase=True, refs=[1]),
      ag("rob", "11-13 11:30", """Dear Mr Pennington,

My apologies for the wait - your email came in while I was away and wasn't picked up, which shouldn't happen.

Yes, we can do 11-13 May: a 57-seater with the same driver for all three days, staying in Ypres with you. Three of our drivers do the Battlefields several times a year and know the sites well, and your driver will be one of them. The price is £4,680, including the crossings and the driver's hotel.

Regards,
Rob""")),

    C("r50-castleway-heathrow-luggage", "en", "pending", {"unanswered-question": 1},
      "Lauren Price <lauren@castlewaytours.example>", "gmail", "Luggage on the Canterbury-Heathrow run",
      "The earlier pick-up is done; the price of a second suitcase is answered with the luggage allowance instead. A forwarded airline notice with its own question is not the customer's.",
      cu("11-18 09:30", """Hi Gemma,

Two things for our group on the 3 December Heathrow run (booking RC-48377). Some of our guests are carrying two large suitcases each - how much extra is a second case? And can we bring the pick-up forward from 10:00 to 09:30? Their flight has moved earlier, see below.

Thanks,
Lauren
Castleway Tours

---------- Forwarded message ---------
From: British Airways <no-reply@ba-notices.example>
Date: Tue, 17 Nov 2026 at 18:02
Subject: Your flight time has changed - BA2163
To: <lauren@castlewaytours.example>

The departure of BA2163 on 3 December is now 13:25 (was 14:10).
Do you need to change your booking? Visit https://ba-notices.example/manage?ref=CWT884""", uq=1),
      ag("gemma", "11-18 11:15", """Hi Lauren,

Done - pick-up is now 09:30 from the Cathedral Lodge.

On luggage: the allowance is one large case (up to 23kg) and one piece of hand luggage per passenger. Anything over that needs agreeing with us beforehand so we can make sure there's room in the hold.

Gemma""")),
    C("r51-grupo-indalo-incentivo", "es", "pending", {"unanswered-question": 2},
      "Alberto Ramos <aramos@grupoindalo.example>", "gmail_es", "Autocar para grupo de incentivo - Londres y Canterbury",
      "Spanish incentive trip: four numbered items; the price and the Wi-Fi (without the USB sockets) are answered, the Spanish-speaking guide and the flight delay are not.",
      cu("11-17 12:00", """Buenos días:

Organizamos un viaje de incentivo para 40 empleados de nuestra empresa del 9 al 11 de marzo. Llegamos a Heathrow el día 9 por la mañana, pasamos dos noches en Londres y el día 10 queremos hacer una excursión a Canterbury y Leeds Castle.

Necesitaría lo siguiente:
1. Presupuesto para los traslados de aeropuerto y la excursión del día 10.
2. Saber si el autocar tiene wifi y enchufes USB.
3. Que nos confirmen si es posible contratar un guía que hable español para la excursión.
4. ¿Qué pasa si el vuelo llega con retraso?

Muchas gracias,
Alberto Ramos
Grupo Índalo, Almería""", uq=2),
      ag("lucia", "11-18 09:45", """Buenos días, Alberto:

Los dos traslados de Heathrow y la excursión del día 10 con un autocar de 49 plazas salen por 1.960 £ en total. Todos nuestros autocares de larga distancia llevan wifi gratuito.

Un saludo,
Lucía""")),

    C("r52-whitstable-yc-boat-show", "en", "closed", {"unanswered-question": 2},
      "Rachel Dunmore <secretary@whitstableyc.example>", "thunderbird", "Coach to the London Boat Show",
      "A bare price answers the quote; in the follow-up mail the card deposit is answered and the booking made, but the Herne Bay pick-up and the invoice name are not.",
      cu("11-02 09:00", """Hi, hope you're all well?

Could you quote for a 49-seater from Whitstable Yacht Club to ExCeL London for the Boat Show on Saturday 9 January? Leaving 8am, returning at 5pm from ExCeL.

Rachel Dunmore
Hon. Secretary, WYC"""),
      ag("gemma", "11-02 10:30", """Hi Rachel,

£720 for the day, including parking at ExCeL.

Gemma"""),
      cu("11-02 14:20", """Thanks Gemma, we'll take it. Can we pay the deposit by card over the phone? And would it be possible to add a pick-up at Herne Bay station on the way? A few members live there. Oh, and we'd like the invoice made out to the Whitstable Yacht Club Social Fund, please.

Rachel""", uq=2),
      ag("gemma", "11-02 16:00", """Hi Rachel,

Of course - ring 01233 555 200 any weekday and our accounts team will take the deposit by card. The coach is booked for 9 January.

Gemma""")),

    C("r53-okonjo-stag-lille", "en", "pending", {"unanswered-question": 1},
      "Chidi Okonjo <chidi.okonjo@example.net>", "android", "Stag do - Lille, 16 people",
      "Stag trip to Lille: price, timings and a supermarket stop answered; the passport question about two non-UK nationals is avoided.",
      cu("11-18 22:10", """Alright, looking at a minibus to Lille for a stag do, Sat 27 Feb, out in the morning and back late. 16 lads from Gravesend. A couple of them are on Nigerian passports with UK residence - is that going to be a problem at the tunnel? How much for the day? And can the driver stop at a supermarket in Calais on the way back so we can stock up?

Cheers
Chidi""", uq=1),
      ag("gemma", "11-19 09:15", """Hi Chidi,

A 16-seater to Lille and back is £890 for the day with Le Shuttle both ways. Leaving Gravesend at 7am you'd get about seven hours in Lille and be home around 11pm. And yes, the driver can stop at the Cité Europe hypermarket on the way back - allow 45 minutes.

Gemma""")),

    C("r54-ellery-twickenham-hospitality", "en", "closed", {},
      "Martin Ellery <martin.ellery@elleryprint.example>", "outlook", "Quote for client hospitality - Twickenham",
      "Catering question answered at once; 'I'll send it over by Thursday' kept on Thursday with the full quote.",
      cu("11-03 09:40", """Hi,

We're taking 30 clients to the England v France Six Nations match at Twickenham on Saturday 13 March. Could you quote for an executive coach from Maidstone, and is it possible to have a catered lunch on board?

Martin Ellery
Ellery Print Solutions"""),
      ag("gemma", "11-03 11:15", """Hi Martin,

Yes to a catered lunch - our partner caterer does a very good cold buffet served at the seats. I need their 2027 prices before I can give you the full figure; I'll send it over by Thursday.

Gemma""", promises=[("11-05", 3)]),
      ag("gemma", "11-05 10:20", """Hi Martin,

As promised: the executive coach (33 leather seats, tables, Wi-Fi) is £1,150 for the day, and the buffet with soft drinks is £24 a head, so £1,870 in total for 30. Quote attached.

Gemma""", parent=2, attach=[("application/pdf", "Q-26-1142-Twickenham.pdf", TWICKENHAM_PDF)])),

    C("r55-morel-noel-londres", "fr", "pending", {},
      "Sophie Morel <sophie.morel@laposte.example>", "apple_fr", "Minibus pour la famille - Noël à Canterbury",
      "French family at Christmas: whether they offer it, the price and a low step for an elderly mother, all answered; thanks-only reply.",
      cu("11-18 18:00", """Bonjour,

Nous serons 11 (famille et grands-parents) à Canterbury pour Noël et nous aimerions passer la journée à Londres le 28 décembre. Est-ce que vous proposez un minibus avec chauffeur pour ce genre de sortie ? Quel serait le prix, avec un départ à 9h de Canterbury et un retour vers 20h ? Ma mère a du mal à marcher : le minibus a-t-il une marche basse ?

Merci beaucoup,
Sophie Morel"""),
      ag("amelie", "11-19 09:30", """Bonjour Madame Morel,

Oui, bien sûr. Pour 11 personnes, nous vous proposons notre minibus 16 places avec chauffeur, de 9h à 20h le 28 décembre : 560 £, péage urbain compris. Il a une marche électrique qui se déploie à l'ouverture de la porte, et le chauffeur aidera votre mère à monter.

Bien cordialement,
Amélie"""),
      cu("11-19 12:10", """Parfait, merci beaucoup ! Je vous confirme dès que j'en ai parlé avec mon frère.

Sophie""", thanks=True)),

    C("r56-stour-valley-singers", "en", "pending", {},
      "Helen Marsh <helen.marsh@stourvalleysingers.example>", "gmail", "Coach for our concert at Rochester Cathedral",
      "Parking and storage answered in one sentence, then the price. Text+HTML mail; signature 'Come and sing with us?' with a '?' URL.",
      cu("11-17 20:20", """Hello,

The Stour Valley Singers are performing at Rochester Cathedral on Saturday 12 December. Could you take 41 singers from Wye village hall at 2pm and bring us back after the concert, at around 9.30pm? Will the coach be able to park near the cathedral, and is there somewhere safe for our music folders and a few concert dresses on hangers?

Helen Marsh
Concert Secretary
Come and sing with us? https://stourvalleysingers.example/join?from=mail""", kind="alt"),
      ag("sian", "11-18 10:05", """Dear Helen,

The driver will drop you at the cathedral's west door and park in the Corporation Street coach bays, five minutes' walk away, and the dresses can hang in the wardrobe behind the driver with the folders in the lockable racks above. 2pm to 9.30pm with a 49-seater is £540.

Kind regards,
Siân""")),

    C("r57-kaiser-rechnung", "de", "closed", {},
      "Thomas Kaiser <t.kaiser@kaiser-maschinenbau.example>", "outlook_de", "Rechnung für Transfer Gatwick 21.10.",
      "A request for a missing invoice answered with one line and the invoice attached.",
      cu("11-09 08:30", """Guten Tag Frau Vogel,

für unseren Transfer am 21. Oktober (Gatwick – Ashford, Buchung RC-47612) haben wir noch keine Rechnung erhalten. Könnten Sie uns diese bitte schicken? Unsere Buchhaltung braucht sie bis Monatsende.

Mit freundlichen Grüßen
Thomas Kaiser
Kaiser Maschinenbau GmbH"""),
      ag("katrin", "11-09 10:10", """Guten Tag Herr Kaiser,

anbei die Rechnung.

Mit freundlichen Grüßen
Katrin Vogel""", attach=[("application/pdf", "Rechnung-INV-26-3188.pdf", RECHNUNG_PDF)])),
]

# Customers writing from continental Europe date their mail in CET (UTC+1); the rest of the
# customers, and everyone at Redwing, are in the UK (UTC in November).
CET = {"r07-schiller-gymnasium-heathrow", "r08-lycee-colbert-londres", "r09-colegio-san-jorge-gatwick",
       "r20-aubert-mariage-chilham", "r21-coro-sarria-gira", "r27-kraemer-betriebsausflug",
       "r28-sainte-famille-douvres", "r32-mendez-boda-rochester", "r37-tsv-hainfeld-turnier",
       "r38-rando-amiens-falaises", "r46-hoffmann-reisen-stansted", "r47-duval-voyages-tarifs",
       "r51-grupo-indalo-incentivo", "r55-morel-noel-londres", "r57-kaiser-rechnung"}
for _case in CASES:
    if _case.name in CET:
        _case.tz = 1

UNANSWERED: dict[str, list[str]] = {
    "r02-barrington-wedding-guests": [
        "I was wondering whether it's possible to decorate the coach with white ribbons, as we'll have it in some of the photos?"],
    "r06-brightwell-wheelchairs": [
        "And would your drivers help our members on and off the lift, or should we bring extra staff for that?"],
    "r07-schiller-gymnasium-heathrow": [
        "Wir möchten außerdem am 18. März einen Tagesausflug nach Dover und Rye machen; bieten Sie das ebenfalls an?"],
    "r11-hale-partners-away-day": [
        "I'd also like to know whether the coach has Wi-Fi and USB sockets - people will want to work on the way down.",
        "Our finance team needs the PO number (HP-20931) and our full company name on the invoice, so please make sure both are on it."],
    "r13-seaview-golf-le-touquet": [
        "Do we need to declare the clubs anywhere at the border?"],
    "r16-greenacre-ski-baqueira": [
        "And how much deposit would we need to pay to hold the dates?"],
    "r18-bramley-hen-brighton": [
        "Is it ok to drink prosecco on the minibus on the way down??"],
    "r19-marchetti-gatwick-flight-change": [
        "Also, could you send me a copy of the original booking confirmation?"],
    "r20-aubert-mariage-chilham": [
        "Le car peut-il rester sur place toute la journée au cas où certains invités voudraient rentrer plus tôt ?"],
    "r23-crossways-deposit-receipt": [
        "Please also send me a receipt for it, as our auditors need one for every payment over £100."],
    "r25-northgate-boat-club": [
        "Could the invoice be split between the men's and women's squads (roughly 20/18)?",
        "Is there a discount for student clubs?"],
    "r32-mendez-boda-rochester": [
        "Y, por último, ¿podrían además llevarnos del hotel a la iglesia y de ahí al banquete el día 20?"],
    "r33-sevenoaks-scouts-trailer": [
        "If it can, can we leave the trailer at your depot on the Thursday night so it's hitched up and ready?"],
    "r37-tsv-hainfeld-turnier": [
        "Wissen Sie, ob man in Folkestone Trainingsplätze mit Flutlicht mieten kann?"],
    "r40-cobham-bowls-brighton": [
        "I would also be grateful if you could tell me whether the driver is able to drop us at the Pavilion itself rather than at a coach park some distance away."],
    "r45-mayfield-invoice-address": [
        "Also, we've moved offices - please change our billing address to Mayfield Lettings, 2nd Floor, 18 High Street, Sevenoaks TN13 1HX for this and any future invoices."],
    "r47-duval-voyages-tarifs": [
        "Enfin, accepteriez-vous de signer un contrat-cadre pour la saison, avec des dates que nous confirmerions un mois à l'avance ?"],
    "r50-castleway-heathrow-luggage": [
        "Some of our guests are carrying two large suitcases each - how much extra is a second case?"],
    "r51-grupo-indalo-incentivo": [
        "Que nos confirmen si es posible contratar un guía que hable español para la excursión.",
        "¿Qué pasa si el vuelo llega con retraso?"],
    "r52-whitstable-yc-boat-show": [
        "And would it be possible to add a pick-up at Herne Bay station on the way?",
        "Oh, and we'd like the invoice made out to the Whitstable Yacht Club Social Fund, please."],
    "r53-okonjo-stag-lille": [
        "A couple of them are on Nigerian passports with UK residence - is that going to be a problem at the tunnel?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's enquiry number for the message ``key`` (stable, derived from the key)."""
    return f"RW-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
    for name in UNANSWERED:
        if name not in names:
            out.append(f"{name}: unanswered questions labelled for an unknown case")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 71: Redwing Coaches - cases",
                                 "make_practice71_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.redwingcoaches.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


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
    """Command line: regenerate tests/practice71 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
