#!/usr/bin/env python3
"""Regenerate ``tests/practice93/``: a labelled corpus of Rookhaven Mobile Tyre Fitting.

A support mailbox of a fictional mobile tyre fitter in the Thames Valley (vans that come to
homes, offices, yards and depots): tyre quotes and bookings, puncture repairs, locking wheel
nuts and TPMS sensors, winter and all-season tyres, seasonal tyre storage, and fleet accounts
(monthly invoicing, credit terms, tread-depth reports, on-call cover). Written without
looking at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``rookhaventyres.example``.

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

Usage: python scripts/make_practice93_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "rookhaventyres.example"
HELP = "Rookhaven Tyres Help <help@rookhaventyres.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "callum": ("Callum Brightwell <callum@rookhaventyres.example>", "thunderbird", """-- 
Callum Brightwell
Bookings | Rookhaven Mobile Tyre Fitting
0118 496 0720 | Vans out 7am-6pm, Mon-Sat
Book online: https://rookhaventyres.example/book?src=email"""),
    "nadia": ("Nadia Okonjo <nadia@rookhaventyres.example>", "outlook", """Nadia Okonjo
Fleet Accounts Manager | Rookhaven Mobile Tyre Fitting
Running a fleet? Ask us about monthly invoicing.
This email and any attachments are confidential and intended solely for the addressee."""),
    "gethin": ("Gethin Pryce <gethin@rookhaventyres.example>", "iphone", """Gethin Pryce
Senior Technician | Rookhaven Mobile Tyre Fitting

Sent from my iPhone"""),
    "priya": ("Priya Raman <priya@rookhaventyres.example>", "owa", """Priya Raman
Customer Support | Rookhaven Mobile Tyre Fitting
Questions about your booking? Reply to this email or call 0118 496 0720."""),
    "saskia": ("Saskia Lorenz <saskia@rookhaventyres.example>", "outlook_de", """Saskia Lorenz
Flottenbetreuung (DE/AT/CH) | Rookhaven Mobile Tyre Fitting
https://rookhaventyres.example/de/flotten?ref=signatur"""),
    "amelie": ("Amélie Roux <amelie@rookhaventyres.example>", "apple_fr", """Amélie Roux
Service clients francophones | Rookhaven Mobile Tyre Fitting
https://rookhaventyres.example/fr?utm_source=email&utm_medium=signature"""),
    "lucia": ("Lucía Serrano <lucia@rookhaventyres.example>", "gmail_es", """--
Lucía Serrano
Atención al cliente | Rookhaven Mobile Tyre Fitting
+44 118 496 0726 · ¿Dudas? https://rookhaventyres.example/es/ayuda?ref=firma"""),
}

ACK = """Hello,

Thanks for contacting Rookhaven Mobile Tyre Fitting. This is an automatic reply:
your message has been logged as ticket {ref}. Our bookings team is in the office
Monday to Saturday, 7am-6pm, and we aim to reply within one working day.

Stuck at the roadside? Call the emergency line on 0118 496 0799.

Rookhaven Mobile Tyre Fitting
https://rookhaventyres.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: Microsoft Outlook Express 6.00.2900.5512"],
    "helpdesk": ["X-Mailer: Rookhaven Desk 4.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="rk.", outlook_server="AM6PR1")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: ",
                "oldclient": "RE: "}

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

SCREW_PNG = mailcraft.png(12, 9, lambda x, y: (40 + 3 * x, 40 + 2 * y, 45))
SIDEWALL_PNG = mailcraft.png(10, 10, lambda x, y: (30 + 4 * y, 30 + 4 * y, 35 + x))
ACCOUNT_FORM_PDF = mailcraft.pdf(["Rookhaven Mobile Tyre Fitting - Fleet account application",
                                  "Company name, registered number, VAT number",
                                  "Vehicles (registration, make, model, tyre size)",
                                  "Two trade references - terms: 30 days from invoice"])
RECEIPT_SPORTAGE_PDF = mailcraft.pdf(["Rookhaven Mobile Tyre Fitting - Receipt RT-48077",
                                      "2 x Hankook Kinergy Eco2 225/60 R17, fitted and balanced",
                                      "Paid by card 09/11/2026: GBP 168.00 incl. VAT"])
DEVIS_PDF = mailcraft.pdf(["Rookhaven Mobile Tyre Fitting - Devis D-2611-017",
                           "Locavan UK - 6 x Renault Master",
                           "24 x Continental VanContact Eco 225/65 R16C",
                           "Pose, equilibrage, valves, recyclage: GBP 2,664.00 HT"])
INVOICE_MAZDA_PDF = mailcraft.pdf(["Rookhaven Mobile Tyre Fitting - Invoice RT-INV-30544",
                                   "RV21 PLK Mazda CX-5 - 2 x Bridgestone Turanza 6 225/65 R17",
                                   "Fitted 28/10/2026 - Total GBP 262.00 incl. VAT"])
PRICE_LIST_PDF = mailcraft.pdf(["Rookhaven Mobile Tyre Fitting - Price list November 2026",
                                "Page 1: 4x4 and SUV tyres, fitted prices incl. VAT",
                                "Page 2: Car, van and trailer tyres; puncture repair GBP 25",
                                "Callout: weekday free in area, Saturday emergency GBP 45"])
RECEIPT_JAZZ_PDF = mailcraft.pdf(["Rookhaven Mobile Tyre Fitting - Receipt RT-48160",
                                  "2 x Goodyear EfficientGrip Performance 2 185/55 R16",
                                  "Paid by card 05/11/2026: GBP 164.00 incl. VAT"])
ANGEBOT_PDF = mailcraft.pdf(["Rookhaven Mobile Tyre Fitting - Angebot A-2611-009",
                             "Hoffmann Elektrotechnik UK Ltd - 3 x VW Crafter",
                             "12 Kompletraeder: Stahlfelge 6.5x16, VanContact Winter 235/65 R16C",
                             "inkl. TPMS-Sensoren und Montage: GBP 2,976.00 netto"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("r01-hendry-business-park", "en", "closed", {},
      "Fiona Hendry <fiona.hendry@example.com>", "gmail", "Two front tyres - can you come to my work?",
      "Three questions (price, fitting in an office car park, disposal) answered in one paragraph out of order; booking confirmed with 'Done'.",
      cu("11-02 08:12", """Hi,

My Golf's front tyres are down to about 2mm (the garage flagged it at the MOT). I work in Theale and the car sits in the office car park all day, so a few questions:

How much would two Continental PremiumContact 6 in 225/45 R17 be, fitted?
Would your fitter be able to do it in the car park at Arlington Business Park, or do you need me at home?
And do you take the old ones away?

Thanks,
Fiona"""),
      ag("callum", "11-02 10:40", """Hi Fiona,

Business parks are most of our work - as long as the car is in a flat bay with a bit of room on each side, the fitter doesn't need you there at all, just the keys left at reception. Getting rid of the old pair is included, and two PremiumContact 6s come to £238 fitted and balanced, with new valves.

I've got Wednesday 4th, 9am-1pm free. Shall I book it?

Callum"""),
      cu("11-02 11:05", """Yes please, book it in. Keys will be at reception under Hendry.

Fiona"""),
      ag("callum", "11-02 11:30", """Done - Wednesday 4th, 9am-1pm, Arlington Business Park. The fitter texts you about half an hour before he arrives.

Callum""")),

    C("r02-kestrel-couriers-screw", "en", "closed", {"unanswered-question": 1},
      "Marek Nowak <marek@kestrelcouriers.example>", "outlook", "Screw in tyre - WR19 KXT",
      "Photo of a screw in a van tyre: repair refused (shoulder), replacement booked; the request to check the spare is skipped; acknowledgement-only close.",
      cu("11-03 07:35", """Morning,

One of our Transits (WR19 KXT) has picked up a screw in the rear nearside tyre, photo attached. It's sitting at the depot in Calcot. Is it repairable or does it need a new tyre? Could you also let me know if your fitter can check the spare while he's there, as I've no idea when anyone last looked at it.

Regards,
Marek Nowak
Transport Supervisor, Kestrel Couriers""", uq=1, attach=[("image/png", "IMG_4471.png", SCREW_PNG)]),
      ag("gethin", "11-03 09:10", """Hi Marek,

From the photo the screw is right on the shoulder, so it's outside the area we're allowed to repair, sorry - it'll need a new tyre. I've got 215/65 R16C on the van: a Continental VanContact is £118 fitted. I can be at Calcot between 1 and 3 today.

Gethin"""),
      cu("11-03 09:25", """1-3 is fine, the van will be in bay 4. Cheers.

Marek""", thanks=True)),

    C("r03-brightwater-fleet-enquiry", "en", "pending", {"unanswered-question": 2},
      "Ellie Marsh <ellie@brightwaterdelivery.example>", "gmail", "Fleet account for 8 vans",
      "Numbered list of four fleet questions; invoicing, terms and the form are answered (form attached), stock and driver self-booking are not.",
      cu("11-16 10:02", """Hello,

We run eight Ford Transit Customs for grocery deliveries around Newbury and Thatcham and I'm looking at moving away from taking them to a depot every time. A few questions before we commit:

1. Do you offer monthly invoicing for fleets, and on what terms?
2. Do you keep 215/65 R16C in stock, or would every job need ordering in?
3. Can our drivers book jobs directly, or does it all have to go through me?
4. Please send over whatever application form we need to open an account.

Many thanks,
Ellie Marsh
Operations, Brightwater Delivery Co.""", uq=2),
      ag("nadia", "11-16 14:20", """Hi Ellie,

Thank you for getting in touch. Yes - fleet accounts are invoiced once a month, itemised per registration, and payable 30 days from the invoice date. The account form is attached; once it's back with two trade references, approval usually takes three or four working days.

Kind regards,
Nadia""", attach=[("application/pdf", "Rookhaven-fleet-account-application.pdf", ACCOUNT_FORM_PDF)])),

    C("r04-ashdown-runflats", "en", "closed", {},
      "Robert Ashdown <rob.ashdown@example.net>", "thunderbird", "Run-flats on a BMW",
      "Three questions answered inline under the quotes (a short yes, 'Included.', a no with an alternative); booking confirmed with the total.",
      cu("11-05 19:40", """Hello,

Thinking of booking you for the BMW. Three questions before I do:

Do you fit run-flat tyres?
Is resetting the tyre pressure warning included, or extra?
Can your fitter come after 6pm on a weekday? I don't get home till 5:45.

Rob"""),
      ag("callum", "11-06 08:15", """Hi Rob,

On 11/5/26 7:40 PM, Robert Ashdown wrote:
> Do you fit run-flat tyres?

We do - the vans carry the kit for them.

> Is resetting the tyre pressure warning included, or extra?

Included.

> Can your fitter come after 6pm on a weekday? I don't get home till 5:45.

Weekday visits finish at 6, so no, I'm afraid. Saturdays we work 8 till 2, if that helps.

Callum""", quote=False),
      cu("11-06 08:40", """Saturday at 10 then please. Michelin Pilot Sport 4 runflat, 245/40 R18, two of them (rears).

Rob"""),
      ag("callum", "11-06 09:05", """Booked: Saturday 14th at 10am, two Pilot Sport 4 runflats in 245/40 R18 - £412 in total, payable on the day.

Callum""")),

    C("r05-lewis-xc60-winters", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Gareth Lewis <gareth.lewis@example.org>", "iphone", "Winter tyres for XC60",
      "Winter-tyre quote promised 'by Wednesday' arrives the next Monday after a chase (late = missed); the question about pressure gauges is never answered.",
      cu("11-09 12:30", """Hi there,

Could you quote me for four winter tyres for a 2021 Volvo XC60 (235/60 R18)? We're driving to the Alps at Christmas and I'd rather be on proper winters. Do you also sell tyre pressure gauges? Mine gave up last week.

Gareth

Sent from my iPhone""", uq=1),
      ag("priya", "11-09 15:05", """Hi Gareth,

Winters in 235/60 R18 go quickly at this time of year, so I need to check what our supplier still has before I can give you a price. I'll send the quote over by Wednesday.

Kind regards,
Priya""", promises=[("11-11", 4)]),
      cu("11-16 08:50", """Hi Priya, any news on the winter tyre quote? Getting a bit tight for Christmas now.

Gareth

Sent from my iPhone""", chase=True),
      ag("priya", "11-16 11:30", """Hi Gareth,

Apologies for the delay. Nokian Snowproof 2 SUV: £186 each fitted, £744 for the four, and we can fit them any day from Thursday 19th. Just let me know which day suits.

Priya""")),

    C("r06-kessler-sprinter", "de", "closed", {},
      "Jürgen Albers <j.albers@kessler-logistik.example>", "outlook_de", "Ganzjahresreifen für fünf Sprinter",
      "German fleet manager: recommendation, price for five vans and invoicing to the head office in Bremen, all answered; thanks-only close.",
      cu("11-04 09:15", """Sehr geehrte Frau Lorenz,

unsere britische Niederlassung in Reading betreibt fünf Mercedes Sprinter, die bisher auf Sommerreifen fahren. Wir überlegen, auf Ganzjahresreifen umzustellen. Welches Modell würden Sie für die Sprinter empfehlen, und was würde das für alle fünf Fahrzeuge kosten?

Die Rechnung müsste bitte an unseren Hauptsitz in Bremen gehen, mit unserer USt-IdNr. DE 812 447 903. Ist das bei Ihnen möglich?

Mit freundlichen Grüßen
Jürgen Albers
Fuhrparkleitung
Kessler Logistik GmbH"""),
      ag("saskia", "11-04 11:40", """Sehr geehrter Herr Albers,

für Transporter dieser Größe setzen wir meistens den Michelin Agilis CrossClimate in 235/65 R16C ein - er hat das Schneeflockensymbol und hält bei Lieferfahrzeugen erfahrungsgemäß sehr lange. Für alle fünf Sprinter, also 20 Reifen, inklusive Montage, Auswuchten und Entsorgung der alten Reifen kämen Sie auf 3.480 £ netto.

Die Rechnung stellen wir gern auf Ihren Hauptsitz in Bremen aus, mit Ihrer USt-IdNr.

Mit freundlichen Grüßen
Saskia Lorenz"""),
      cu("11-04 13:05", """Vielen Dank, das hilft uns sehr weiter. Ich bespreche es intern und melde mich dann.

Jürgen Albers""", thanks=True), tz=1),

    C("r07-aldridge-vat-receipt", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Tom Aldridge <tom.aldridge@example.com>", "gmail", "VAT receipt please",
      "VAT receipt requested, auto-acknowledged, chased four days later by replying to his own mail; no human reply.",
      cu("11-12 18:20", """Hello,

Your fitter replaced a tyre on my Octavia on Monday (9th) and I paid by card, but I never got a receipt. Please could you email me a VAT receipt? I need it for my expenses claim.

Thanks
Tom Aldridge"""),
      ack("11-12 18:21"),
      cu("11-16 09:10", """Hi, just following up on this - still waiting for the VAT receipt, and my expenses deadline is Friday.

Tom""", chase=True)),

    C("r08-price-lost-locknut-key", "en", "closed", {"unanswered-question": 1},
      "Hannah Price <hannah.price@example.net>", "apple", "Slow puncture + lost locking nut key",
      "Returning customer: the lost locking-nut key and the cost are answered with prices and a slot; the question where to leave a review is skipped.",
      cu("11-06 13:00", """Hi!

You did my tyres last spring and were brilliant, so you're my first call again. Rear left has a slow puncture and I'm pumping it up every two days. Bad news: I can't find the locking wheel nut key anywhere (I suspect my son). Can you still do it without the key, and what would that cost on top? Also, is there somewhere I can leave you a review? I meant to last time and never did.

Hannah""", uq=1),
      ag("callum", "11-06 15:20", """Hi Hannah,

Nice to hear from you again. Missing keys happen all the time - the fitter has a removal kit, it's £20 extra, and he'll put a standard bolt in its place unless you'd like a new set of locking nuts (£35). The repair itself is £25 if the puncture is in the repairable area.

Monday 9th, 12-5 is the first free window. Want it?

Callum"""),
      cu("11-06 15:45", """Monday 12-5 is perfect, and a standard bolt is fine. Thank you!

Hannah"""),
      ag("callum", "11-06 16:02", """Booked - Monday 9th, 12-5pm, at your home address. The fitter will text when he's on his way.

Callum""")),

    C("r09-dumas-crevaison-slough", "fr", "pending", {},
      "Claire Dumas <claire.dumas@example.com>", "apple_fr", "Pneu crevé - intervention au bureau ?",
      "French: three questions (repair at her office in Slough, card payment on site, duration) all answered out of order; thanks-only reply.",
      cu("11-17 08:40", """Bonjour,

J'habite à Maidenhead et mon pneu avant droit est crevé (un clou, je pense). Est-ce que vous pourriez venir le réparer sur le parking de mon bureau à Slough, sur Bath Road ? Je voudrais aussi savoir si on peut payer par carte sur place, et combien de temps dure l'intervention en général.

Merci d'avance,
Claire Dumas"""),
      ag("amelie", "11-17 10:15", """Bonjour Claire,

Comptez une vingtaine de minutes pour une réparation, un peu plus s'il faut changer le pneu. Le technicien a un terminal de paiement, vous pourrez régler par carte ou sans contact. Et oui, Bath Road fait partie de notre zone : je vous propose jeudi 19 entre 9 h et 13 h, directement sur le parking.

Bien cordialement,
Amélie"""),
      cu("11-17 11:40", """Parfait, jeudi matin me convient très bien. Merci beaucoup !

Claire""", thanks=True), tz=1),

    C("r10-orchard-care-tread-report", "en", "closed", {"missed-follow-up": 1},
      "Sunita Bains <sunita.bains@orchardcare.example>", "outlook", "Tread depth report for insurer",
      "Fleet tread-depth report promised 'by Friday' is never sent; the customer does not chase.",
      cu("11-03 09:30", """Hi Nadia,

Thanks for fitting us in for the fleet check last Thursday. Could you send me the tread depth report for all 12 cars? Our insurer has asked for it as part of the renewal.

Best wishes,
Sunita Bains
Fleet & Facilities, Orchard Care Services"""),
      ag("nadia", "11-03 11:15", """Hi Sunita,

Of course - the technician's readings are still on his tablet, so I'll get them typed up and send you the full report by Friday.

Kind regards,
Nadia""", promises=[("11-06", None)])),

    C("r11-foster-woodley-nail", "en", "closed", {},
      "Dean Foster <deanfoster@example.com>", "android", "Flat tyre - tomorrow morning?",
      "A rhetorical question and a self-answered one (tyre size) before the real request, which is answered with a time window and prices.",
      cu("11-09 21:15", """Evening. Who knew one nail could wreck a whole week? Rear tyre on my Corsa is flat as a pancake and the spare is one of those skinny ones. What size do you need? Hang on, it's on the side - 195/55 R16. Can someone come tomorrow morning? I'll be in the car park of the Woodley Tesco from 8, I start work there at 8.30.

Dean

Sent from Outlook for Android"""),
      ag("callum", "11-10 07:50", """Morning Dean,

You're in luck - a fitter starts in Earley first thing, so he'll be with you between 8 and 9. If the nail's in the middle of the tread he'll repair it (£25); if not, a new 195/55 R16 is £74 fitted. Text him on 07700 900412 with your bay number when you've parked.

Callum"""),
      cu("11-10 12:40", """All sorted, repaired in 15 mins. Cheers!

Dean""", thanks=True)),

    C("r12-morales-autocaravana", "es", "closed", {"unanswered-question": 1},
      "Javier Morales <javi.morales@correo-iberico.example>", "gmail_es", "Pinchazo autocaravana - camping Wellington",
      "Spanish tourists with a punctured motorhome: visit and price answered; the request to check all tyre pressures (it pulls to the right) is skipped; thanks-only close.",
      cu("11-05 19:30", """Hola, buenas tardes:

Estamos viajando por Inglaterra con nuestra autocaravana (una Fiat Ducato con matrícula española) y esta tarde hemos pinchado la rueda delantera izquierda. Ahora estamos en el camping de Wellington Country Park, cerca de Riseley. ¿Pueden venir mañana por la mañana? ¿Cuánto cuesta reparar un pinchazo en una autocaravana? También necesitaría que revisaran la presión de todas las ruedas, porque desde ayer la autocaravana tira un poco hacia la derecha.

Muchas gracias,
Javier Morales""", uq=1),
      ag("lucia", "11-06 08:05", """Hola, Javier:

Sí, tenemos un técnico por la zona de Riseley esta mañana; llegará al camping entre las 10 y las 12. Reparar un pinchazo en una rueda de autocaravana cuesta 35 £, y si no se puede reparar le llevamos un neumático nuevo 225/75 R16C por 145 £ montado.

Un saludo,
Lucía"""),
      cu("11-06 15:10", """Todo arreglado, muchísimas gracias por la rapidez.

Javier""", thanks=True), tz=1),

    C("r13-clarke-next-week", "en", "pending", {},
      "Imogen Clarke <imogen@clarke-family.example>", "apple", "Two rear tyres next week",
      "Price given; the day is deferred to a promise 'by Tuesday 24th' that is still ahead at audit time.",
      cu("11-19 10:20", """Hi, I'd like to book a tyre change for next week - two rear tyres for a Mini Countryman (225/55 R17). I'm at home in Sonning on Monday, Tuesday and Wednesday. Which day could you do, and what will it cost?

Imogen"""),
      ag("callum", "11-19 12:30", """Hi Imogen,

Two Bridgestone Turanza 6 in 225/55 R17 would be £252 fitted, old tyres taken away. Next week's rota is only finalised on Monday, so I'll confirm your day and time window by Tuesday 24th at the latest - Tuesday or Wednesday look the most likely.

Callum""", promises=[("11-24", None)])),

    C("r14-grant-tpms-reopened", "en", "closed", {"reopened": 1},
      "Oliver Grant <oliver.grant@example.org>", "gmail", "Front tyres for Sportage",
      "Fitting booked and done; 'I'll mark this job as resolved'; the customer comes back with a tyre-pressure warning, a technician books a sensor relearn.",
      cu("11-05 08:00", """Hello,

Can you replace both front tyres on my Kia Sportage (225/60 R17) at home in Earley on Monday? A budget option is fine.

Oliver"""),
      ag("callum", "11-05 09:20", """Hi Oliver,

Monday 9th, 8-12 window at your address. Two Hankook Kinergy Eco2 come to £168 fitted.

Callum"""),
      ag("callum", "11-09 13:10", """Hi Oliver,

The fitter tells me both tyres are on and you paid on the day - thank you. Your receipt is attached. I'll mark this job as resolved.

Callum""", closes=True, attach=[("application/pdf", "receipt-RT-48077.pdf", RECEIPT_SPORTAGE_PDF)]),
      cu("11-10 07:45", """Hi Callum,

The tyre pressure light came on this morning on the way to work. The pressures look fine when I check them at the garage. Could someone have a look at it - could a sensor have been knocked during fitting?

Oliver"""),
      ag("gethin", "11-10 10:30", """Hi Oliver,

Almost certainly the sensors just need relearning after the swap - on the Sportage that has to be done with the tool, the car won't do it by itself. I've booked you in for 8:30 tomorrow (Wednesday) at home; it's a five-minute job and there's no charge.

Gethin""")),

    C("r15-ogunleye-forwarded-booking", "en", "closed", {},
      "Rachel Ogunleye <r.ogunleye@thamesvalleydental.example>", "owa", "FW: Your booking RT-48213 is confirmed",
      "HTML-only Outlook on the web mail forwarding a booking confirmation (with its own questions and a ?-URL); the customer's one request is answered.",
      cu("11-09 12:05", """Hi,

Can I move this to Thursday instead? Something's come up on Wednesday. Same place, and the same time window is fine.

Rachel

________________________________
From: Rookhaven Bookings <help@rookhaventyres.example>
Sent: Friday, November 6, 2026 4:02 PM
To: Rachel Ogunleye <r.ogunleye@thamesvalleydental.example>
Subject: Your booking RT-48213 is confirmed

Your mobile tyre fitting is booked for Wednesday 11 November, 12:00-17:00, at Thames Valley Dental, 4 Kings Road, Reading.
Need to change something? Reply to this email or visit https://rookhaventyres.example/booking?ref=RT-48213
Will the fitter need anything from you? Only the locking wheel nut key, if you have one.""", kind="html"),
      ag("callum", "11-09 14:30", """Hi Rachel,

No problem - moved to Thursday 12th, 12-5, same address.

Callum""")),

    C("r16-hollybush-care-paragraph", "en", "pending", {"unanswered-question": 1},
      "Graham Whitcombe <g.whitcombe@hollybushhomecare.example>", "outlook", "Tyre care for our pool cars",
      "Three questions inside one long paragraph; quarterly checks and call-outs answered in two paragraphs, the invoice-fields question skipped.",
      cu("11-16 11:45", """Dear Rookhaven team,

I manage the pool cars for Hollybush Home Care - fourteen small hatchbacks, mostly Yaris and Fabia, used by our carers on their rounds around Wokingham and Bracknell. At the moment we deal with tyres as and when, which usually means a carer stuck by the roadside, so I'd like to set up something more organised. Would you be able to do a quarterly check of all fourteen cars at our office in Wokingham, and roughly what would that cost per car? I was also wondering whether you offer a call-out for carers who get a puncture mid-round, and how quickly you usually get there. Lastly, our finance team would need every invoice to show the car's registration and the carer's cost centre - is that something your system can do?

With thanks,
Graham Whitcombe
Office Manager, Hollybush Home Care""", uq=1, cte="quoted-printable"),
      ag("nadia", "11-16 15:30", """Dear Graham,

A quarterly visit is exactly what most of our care clients have: the technician checks tread, pressures and damage on every car in your car park and emails you a report the same day. It's £6 per car per visit, and any tyres needed are quoted before we fit them.

For punctures during rounds there's our emergency line (0118 496 0799). In Wokingham and Bracknell we're normally there within 90 minutes, and carers on an account don't pay anything on the day.

Kind regards,
Nadia""")),

    C("r17-weber-winterreifen", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Markus Weber <markus.weber@posteo-mail.example>", "gmail_de", "Winterreifen für Audi A4",
      "German expat: quote promised 'bis Donnerstag' never comes; he chases ('ich warte immer noch', 'Gibt es schon etwas Neues?'); no reply since.",
      cu("11-09 18:30", """Hallo,

ich bin beruflich für ein Jahr in Reading und fahre meinen eigenen Audi A4 Avant (deutsches Kennzeichen). Können Sie mir ein Angebot für vier Winterreifen 225/50 R17 inklusive Montage machen? Ich fahre über Weihnachten nach Hause, und in Deutschland gilt ja die situative Winterreifenpflicht.

Viele Grüße
Markus Weber"""),
      ag("saskia", "11-10 09:40", """Hallo Herr Weber,

danke für Ihre Anfrage. Ich frage bei unserem Großhändler nach, welche Winterreifen in 225/50 R17 noch lieferbar sind, und melde mich bis Donnerstag mit einem Angebot bei Ihnen.

Viele Grüße
Saskia Lorenz""", promises=[("11-12", None)]),
      cu("11-17 20:10", """Hallo Frau Lorenz,

ich warte immer noch auf das Angebot für die Winterreifen. Gibt es schon etwas Neues? Ich fahre am 19. Dezember los und möchte das rechtzeitig erledigt haben.

Viele Grüße
Markus Weber""", chase=True), tz=1),

    C("r18-stag-scaffolding-handoffs", "en", "closed", {"many-handoffs": 1},
      "Lee Harrington <lee@stagscaffolding.example>", "outlook", "8 tyres for the Hiluxes",
      "Bookings, fleet accounts and a technician each answer part of the case (three agents); every question answered.",
      cu("11-02 07:10", """Morning,

Two of our pickups (Hilux, 265/65 R17) need new tyres all round, they're at the yard in Theale. Can you do both on the same day this week? And what's the damage for 8 tyres? We'd want to pay on account if possible rather than card.

Lee Harrington
Stag Scaffolding Ltd"""),
      ag("callum", "11-02 09:00", """Hi Lee,

We can do both Hiluxes on Thursday 5th at the yard, one fitter, 8am start. BF Goodrich All-Terrain T/A KO2 are £205 each fitted, so £1,640 for the eight. I've copied in Nadia about the account.

Callum""", cc="Nadia Okonjo <nadia@rookhaventyres.example>"),
      ag("nadia", "11-02 11:30", """Hi Lee,

Paying on account is fine - I've set Stag Scaffolding up with a trade account on 30-day terms, so the fitter won't ask for a card on Thursday. The invoice will come to this address.

Kind regards,
Nadia"""),
      cu("11-05 16:30", """All done by lunchtime. One of the lads reckons the old front left had a bulge in it - was that why it was pulling?

Lee"""),
      ag("gethin", "11-05 17:45", """Hi Lee,

Yes - that was my job. There was a bulge on the inner sidewall, impact damage from a kerb or a pothole, and that would explain the pull. It's gone with the new tyres, but if it still pulls it's worth getting the alignment checked.

Gethin""")),

    C("r19-locavan-devis", "fr", "closed", {"unanswered-question": 1},
      "Sébastien Garnier <s.garnier@locavan-uk.example>", "outlook", "Devis pneus - 6 Renault Master",
      "French van-hire branch: quote sent as a PDF with the total in the mail; the question about winter-tyre storage is skipped; thanks-only close.",
      cu("11-03 10:00", """Bonjour Madame Roux,

Nous avons six utilitaires Renault Master dans notre agence de Slough dont les pneus arrivent en fin de vie. Pourriez-vous nous faire un devis pour le remplacement des quatre pneus de chaque véhicule (225/65 R16C) ? Pourriez-vous aussi nous indiquer si vous stockez les pneus d'hiver entre les saisons ? Nous pensons en équiper la flotte l'an prochain.

Cordialement,
Sébastien Garnier
Responsable d'agence, Locavan UK""", uq=1),
      ag("amelie", "11-03 14:20", """Bonjour Monsieur Garnier,

Veuillez trouver ci-joint notre devis pour les six Renault Master : 24 pneus Continental VanContact Eco 225/65 R16C, montage, équilibrage, valves et recyclage des anciens pneus compris, soit 2 664 £ HT. Nous pouvons intervenir directement sur le parking de l'agence, en deux matinées.

Bien cordialement,
Amélie""", attach=[("application/pdf", "Devis-D-2611-017.pdf", DEVIS_PDF)]),
      cu("11-03 15:50", """Merci beaucoup, je transmets à la direction.

Sébastien Garnier""", thanks=True), tz=1),

    C("r20-bodeguita-inline", "es", "pending", {},
      "Marta Ibáñez <marta@labodeguita-reading.example>", "gmail_es", "Ruedas de la furgoneta del restaurante",
      "Spanish restaurant owner: three questions answered inline under the quotes (yes with conditions, a bare price, a no with an alternative).",
      cu("11-17 16:00", """Hola:

Tengo la furgoneta del restaurante (una Citroën Berlingo) con las ruedas traseras bastante gastadas. Unas preguntas:

¿Pueden cambiarlas en la puerta del restaurante, en Market Place? No tenemos aparcamiento propio.
¿Cuánto costarían dos neumáticos 205/60 R16?
¿Trabajan los domingos? Es el único día que cerramos.

Gracias,
Marta"""),
      ag("lucia", "11-18 09:15", """Hola, Marta:

El mar, 17 nov 2026 a las 15:00, Marta Ibáñez (<marta@labodeguita-reading.example>) escribió:
> ¿Pueden cambiarlas en la puerta del restaurante, en Market Place? No tenemos aparcamiento propio.

Sí, siempre que la furgoneta esté bien aparcada y quede algo de espacio al lado para el técnico. En Market Place hay zona de carga y descarga hasta las 10.

> ¿Cuánto costarían dos neumáticos 205/60 R16?

92 £ los dos, montados y con válvulas nuevas.

> ¿Trabajan los domingos? Es el único día que cerramos.

Los domingos no salimos, lo siento. El lunes a primera hora sería la mejor opción.

Un saludo,
Lucía""", quote=False), tz=1),

    C("r21-whitfield-student-fiesta", "en", "closed", {"slow-first-response": 1},
      "Amy Whitfield <amywhitfield@example.com>", "gmail", "Tyres for daughter's Fiesta",
      "Friday-evening mail answered on Monday morning (slow first response); both questions answered, booking confirmed.",
      cu("11-06 17:40", """Hi,

My daughter's Fiesta needs two front tyres before she drives back to uni in Bristol on Sunday the 15th. Could you come to our house in Tilehurst next week? Weekday evenings after 4 or Saturday morning are best. And do you do mid-range tyres as well as the premium brands? She's a student, so the cheaper the better!

Amy"""),
      ag("priya", "11-09 10:15", """Hi Amy,

Sorry for the wait - the office doesn't answer email at weekends. We carry mid-range and budget tyres too: two Davanti DX390 in 195/55 R15 would be £118 fitted. Saturday 14th between 8 and 12 works for Tilehurst; shall I put her in?

Priya"""),
      cu("11-09 12:00", """Yes please, Saturday morning is perfect.

Amy"""),
      ag("priya", "11-09 12:30", """Done - Saturday 14th, 8-12, booked under Whitfield.

Priya""")),

    C("r22-barlow-valve-same-day-chase", "en", "pending", {"customer-chased": 1},
      "Keith Barlow <keith@barlowplumbing.example>", "outlook", "Leaking valve on Vivaro",
      "A plumber chases the same afternoon ('any news?'); the reply answers price and visit, the address he sends is acknowledged.",
      cu("11-16 08:30", """Hi,

I've a Vauxhall Vivaro (plumbing van) with a tyre that keeps losing air - I think it's the valve, it hisses when you press it. Can you replace the valve at my job in Lower Earley tomorrow? And how much is a valve?

Keith Barlow
Barlow Plumbing & Heating
07700 900588"""),
      cu("11-16 16:45", """Hi, any news? Need to know today really as I'm on site from 8 tomorrow.

Keith""", chase=True),
      ag("callum", "11-16 17:20", """Hi Keith,

Sorry - mad day. A new valve is £8 fitted, pressure checked. Send me the address of tomorrow's job and the fitter can do it there between 8 and 10.

Callum"""),
      cu("11-16 17:35", """22 Chalfont Close, RG6 5HZ. Van's on the drive.

Keith"""),
      ag("callum", "11-16 17:50", """Got it - booked for 8-10 tomorrow at Chalfont Close.

Callum""")),

    C("r23-chambers-defender-kept", "en", "closed", {},
      "Neil Chambers <neil.chambers@example.net>", "thunderbird", "BFG Mud-Terrains 235/85 R16",
      "An odd size: 'I'll email you tomorrow' kept the next morning with price and lead time; the order and booking follow.",
      cu("11-04 12:10", """Hello,

I have a 2008 Land Rover Defender on 235/85 R16 - an odd size, I know. Can you get hold of a set of BF Goodrich Mud-Terrains in that size, and how long would they take to arrive?

Regards,
Neil Chambers"""),
      ag("callum", "11-04 14:00", """Hi Neil,

Not a size we carry on the vans, so let me ring our supplier's depot this afternoon and I'll email you tomorrow with price and lead time.

Callum""", promises=[("11-05", 3)]),
      ag("callum", "11-05 10:30", """Hi Neil,

Good news: the depot has four BFG KM3 Mud-Terrains in 235/85 R16. £236 each fitted, and they'd be with us by Monday 9th if you want them.

Callum"""),
      cu("11-05 11:20", """Brilliant, go ahead and order them. Any day from the 10th works, I'm at home all week.

Neil"""),
      ag("callum", "11-05 12:00", """Ordered, and I've booked you for Tuesday 10th, 8-12.

Callum""")),

    C("r24-shah-lowprofile-ooo", "en", "closed", {},
      "Priyanka Shah <priyanka@shahaccountancy.example>", "gmail", "Puncture repair on low profile tyre?",
      "One question answered; the customer's own out-of-office reply lands in the thread.",
      cu("11-02 09:00", """Hi, do you do puncture repairs on alloy wheels with a low profile tyre (225/40 R18)? Two places have told me they won't touch it.

Priyanka"""),
      ag("priya", "11-02 11:00", """Hi Priyanka,

We do, as long as the puncture is in the central part of the tread and the tyre hasn't been driven on flat - the low profile makes no difference to the repair itself. It's £25.

Priya"""),
      auto("11-02 11:01", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please call the office on 0118 496 0311.

Priyanka Shah
Shah & Co Accountants""", quote=False, subject="Out of Office: RE: Puncture repair on low profile tyre?")),

    C("r25-lamb-underground-car-park", "en", "closed", {"missed-follow-up": 1},
      "Victoria Lamb <vlamb@lambpropertylets.example>", "apple", "Underground car park - 2.0m headroom",
      "'Let me check with Gethin ... and I'll come back to you' (no deadline: 2-day window), never kept.",
      cu("11-04 10:30", """Hello,

I park in the underground car park under our block in central Reading (Kings Point, Kings Road). The headroom is 2.0m. Can your van get in there to change a tyre, or would I need to bring the car up to the street?

Victoria"""),
      ag("callum", "11-04 12:15", """Hi Victoria,

Our vans are high-roof, so I'm not sure they'd clear 2.0m. Let me check with Gethin, who knows the exact height of his van, and I'll come back to you.

Callum""", promises=[("window", None)])),

    C("r26-schreiber-einlagerung", "de", "closed", {"unanswered-question": 1},
      "Anna Schreiber <anna.schreiber@example.org>", "thunderbird_de", "Wechsel auf Winterreifen",
      "German: swap back to stored winter tyres booked; the request for a copy of the spring invoice is ignored.",
      cu("11-05 07:50", """Guten Tag,

im Frühjahr haben Sie bei meinem Golf die Sommerreifen montiert und die Winterreifen bei Ihnen eingelagert. Können wir einen Termin für den Wechsel zurück auf die Winterreifen vereinbaren, am liebsten vormittags bei mir zu Hause in Wokingham? Bitte schicken Sie mir außerdem eine Kopie der Rechnung vom Frühjahr, ich finde sie nicht mehr.

Danke und viele Grüße
Anna Schreiber""", uq=1),
      ag("saskia", "11-05 10:00", """Guten Tag Frau Schreiber,

Ihre Winterreifen liegen bei uns im Lager (Satz 0412). Ich habe Sie für Montag, den 9. November, zwischen 8 und 12 Uhr in Wokingham eingeplant; der Techniker bringt die Winterreifen mit und nimmt die Sommerreifen zum Einlagern wieder mit. Der Wechsel kostet 40 £.

Viele Grüße
Saskia Lorenz"""), tz=1),

    C("r27-greenfield-invoice-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Daniel Okafor <daniel.okafor@greenfieldschool.example>", "outlook", "Copy of invoice RT-INV-30871",
      "A request for an invoice copy resent word for word four days later as a new mail with the same subject; no reply.",
      cu("11-12 10:15", """Hello,

Please send us a copy of invoice RT-INV-30871 (minibus tyres, October). Our finance office never received it and it is now showing as overdue on your statement.

Daniel Okafor
Bursar, Greenfield Preparatory School"""),
      cu("11-16 09:05", """Hello,

Please send us a copy of invoice RT-INV-30871 (minibus tyres, October). Our finance office never received it and it is now showing as overdue on your statement.

Daniel Okafor
Bursar, Greenfield Preparatory School""", chase=True, parent=0)),

    C("r28-brennan-links-figures", "en", "pending", {},
      "Leah Brennan <leah.brennan@example.com>", "gmail", "Do you cover Marlow?",
      "Two questions answered with a coverage-map link and a bare figure.",
      cu("11-18 13:00", """Hi,

Where can I see your coverage area? I'm in Marlow and not sure you go that far. And what's the callout charge for an emergency puncture on a Saturday?

Leah"""),
      ag("priya", "11-18 14:10", """Hi Leah,

Coverage map: https://rookhaventyres.example/areas?postcode=SL7 (Marlow is inside it).
Saturday emergency: £45, plus the repair or tyre.

Priya""")),
]

CASES += [
    C("r29-reeves-joinery-template", "en", "pending", {"unanswered-question": 2},
      "Colin Reeves <colin.reeves@reevesjoinery.example>", "outlook", "Fleet rates for 3 vans",
      "A templated reply with a rates link answers the first question and ignores Saturday fitting and the extra invoice recipient.",
      cu("11-17 07:30", """Good morning,

We've got three vans on the road (two Transits and a Vivaro). Could you let me know what your fleet rates are? Do you fit tyres on Saturdays at the workshop, since the vans are all in on a Saturday? And please can you add our office manager, Jan Price (jan@reevesjoinery.example), to any invoices you send.

Thanks,
Colin Reeves
Reeves Joinery""", uq=2),
      ag("nadia", "11-17 09:00", """Dear customer,

Thank you for your enquiry. Our fleet price list for 2026/27 is available here: https://rookhaventyres.example/fleet/rates?year=2026 - fleet accounts receive 12% off list prices on all tyres and labour.

Kind regards,
Rookhaven Fleet Team""", sig=False)),

    C("r30-delgado-presupuesto", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Rocío Delgado <rocio@delgado-reformas.example>", "gmail_es", "Neumáticos para tres furgonetas",
      "Spanish building firm: Saturday answered, the quote promised 'el lunes' arrives on Wednesday after '¿Hay alguna novedad?' (late = missed).",
      cu("11-05 10:30", """Buenos días:

Somos una pequeña empresa de reformas en Reading y tenemos tres furgonetas Peugeot Partner. Queríamos saber cuánto nos costaría cambiar los cuatro neumáticos de las tres (195/65 R15) y si podrían hacerlo un sábado en nuestro almacén de Southcote.

Un saludo,
Rocío Delgado"""),
      ag("lucia", "11-05 12:00", """Hola, Rocío:

Los sábados sí trabajamos, de 8 a 14 h, así que no hay problema en ir al almacén. Para el precio tengo que consultar con el proveedor qué marcas le quedan en esa medida; le escribo el lunes con el presupuesto.

Un saludo,
Lucía""", promises=[("11-09", 4)]),
      cu("11-11 09:20", """Hola, Lucía:

¿Hay alguna novedad con el presupuesto? Seguimos esperando para poder organizar el sábado.

Rocío"""
         , chase=True),
      ag("lucia", "11-11 10:40", """Hola, Rocío:

Disculpe el retraso. Doce neumáticos Michelin Agilis 3 en 195/65 R15: 1.116 £ en total, con montaje y reciclaje de los viejos. Si le parece bien, podemos ir el sábado 21 a las 8.

Un saludo,
Lucía"""), tz=1),

    C("r31-bernard-caravane-relance", "fr", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Nathalie Bernard <n.bernard@orange-mail.example>", "apple_fr", "Pneus de caravane",
      "French caravan owner chases ('Je me permets de vous relancer') after four days; the late first reply answers both questions.",
      cu("11-12 14:00", """Bonjour,

Mon mari et moi avons acheté une caravane d'occasion et les pneus ont l'air très anciens (il y a des craquelures sur les flancs). Est-ce que vous intervenez aussi sur les caravanes ? Elle est stationnée dans notre jardin à Henley. Et savez-vous comment on lit l'âge d'un pneu ?

Cordialement,
Nathalie Bernard"""),
      cu("11-16 09:30", """Bonjour,

Je me permets de vous relancer au sujet de ma demande de jeudi dernier concernant les pneus de notre caravane.

Cordialement,
Nathalie Bernard""", chase=True),
      ag("amelie", "11-16 11:00", """Bonjour Madame Bernard,

Toutes mes excuses pour ce délai. Oui, nous changeons aussi les pneus de caravane, directement dans votre jardin du moment que l'on peut accéder à la caravane. L'âge se lit grâce au code DOT sur le flanc : les quatre derniers chiffres donnent la semaine et l'année de fabrication (2318 = 23e semaine de 2018). Avec des craquelures, ou au-delà de cinq ou six ans, nous conseillons de les remplacer.

Bien cordialement,
Amélie"""), tz=1),

    C("r32-hollis-bare-figure", "en", "closed", {},
      "Ben Hollis <ben.hollis@example.org>", "iphone", "Puncture repair price",
      "One-line question answered with just the figures; thanks-only close with an emoji.",
      cu("11-06 08:15", """How much to repair a puncture on a Transit Connect?

Ben

Sent from my iPhone"""),
      ag("callum", "11-06 08:40", """Hi Ben,

£25, or £45 as a same-day emergency.

Callum"""),
      cu("11-06 08:50", """Cheers 👍

Sent from my iPhone""", thanks=True)),

    C("r33-quinn-florists-saturday", "en", "pending", {"unanswered-question": 1},
      "Harriet Quinn <harriet@quinnflorists.example>", "gmail", "Friday tyre appointment",
      "Asked to move the fitting to Saturday at the yard, the agent answers Friday's time window instead.",
      cu("11-18 09:20", """Hi Callum,

You've got us down for Friday 20th at the shop to do the van's tyres. Friday is our busiest day with weddings this weekend - can you fit the tyres at our yard on Saturday instead? Same van, same tyres.

Harriet
Quinn Florists""", uq=1),
      ag("callum", "11-18 10:05", """Hi Harriet,

For Friday the fitter's window is 8-12, and he'll ring you 30 minutes before so someone can move the van out of the loading bay.

Callum""")),

    C("r34-cole-resolved-tag", "en", "closed", {"reopened": 1},
      "Martin Cole <martin.cole@example.net>", "thunderbird", "Invoice copy for RV21 PLK",
      "Invoice copy sent under a [Resolved] subject tag; the customer replies with a new request (a slow puncture), which is booked.",
      cu("11-03 09:00", """Hi,

Please could you send me a copy of the invoice for the tyres you fitted on my Mazda on 28 October? Reg is RV21 PLK.

Martin Cole"""),
      ag("priya", "11-03 10:00", """Hi Martin,

Invoice RT-INV-30544 attached. I've marked this request as resolved.

Priya""", closes=True, subject="[Resolved] RE: Invoice copy for RV21 PLK",
         attach=[("application/pdf", "RT-INV-30544.pdf", INVOICE_MAZDA_PDF)]),
      cu("11-04 14:30", """Thanks Priya. While I've got you - the same car now has a slow puncture on the rear right. Can you book a repair at my office in Bracknell this week?

Martin""", subject="Re: [Resolved] RE: Invoice copy for RV21 PLK"),
      ag("callum", "11-04 16:00", """Hi Martin,

Booked for Friday 6th, 12-5, at your Bracknell office (Western Road, as on your account). The repair is £25.

Callum""")),

    C("r35-fenwick-minibus-colleague-late", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Stuart Fenwick <stuart@fenwickhire.example>", "outlook", "Trade account + twin rear wheels",
      "'Nadia will email you the outcome tomorrow' kept by Nadia the following Monday (late = missed); the monthly pressure-check question is never answered.",
      cu("11-04 09:40", """Hi,

We hire out minibuses and applied for a trade account last week (form sent to Nadia). Has it been approved yet? Also, do you fit tyres on Transit minibuses with twin rear wheels? And could you tell me whether you can do tyre pressure checks monthly as a separate service?

Stuart Fenwick
Fenwick Minibus Hire""", uq=1),
      ag("callum", "11-04 11:00", """Hi Stuart,

Twin rears are no problem, the vans carry the long sockets for the inner wheels. Your application is with Nadia in accounts; she'll email you the outcome tomorrow.

Callum""", promises=[("11-05", 3)]),
      ag("nadia", "11-09 10:20", """Hi Stuart,

I'm pleased to say the trade account for Fenwick Minibus Hire is approved: 30-day terms, credit limit £5,000, account number FMH-2241. Apologies that this took longer than Callum said.

Kind regards,
Nadia""")),

    C("r36-doyle-think-about-it", "en", "closed", {},
      "Gemma Doyle <gemma.doyle@example.com>", "apple", "Price match on CrossClimate 2?",
      "Price and 'anything extra?' answered in one sentence; a conditional offer to book; the customer will 'let you know' (thanks-only).",
      cu("11-02 19:00", """Hi,

I've been quoted £560 for four Michelin CrossClimate 2 in 205/55 R16 at a garage. What would you charge for the same? Is there anything extra for coming to the house?

Gemma"""),
      ag("priya", "11-03 09:10", """Hi Gemma,

Four CrossClimate 2 in 205/55 R16 91V come to £516 with us, and that already covers coming to you, fitting, balancing, new valves and disposal - nothing on top. If you'd like to go ahead, just reply with a couple of days that suit and I'll find you a slot.

Priya"""),
      cu("11-03 12:30", """Thanks Priya, that's really helpful. I'll talk to my husband and let you know.

Gemma""", thanks=True)),

    C("r37-pike-trailer-tyre", "en", "closed", {},
      "Andrew Pike <andrew.pike@example.org>", "gmail", "Trailer tyre",
      "A weather pleasantry ('isn't it?') around two real questions, both answered; the gate code is acknowledged.",
      cu("11-10 08:00", """Morning Callum,

Hope you're keeping dry out there - grim weather for working outside, isn't it? I need a tyre for the trailer we use for the garden business (155/70 R13, an ordinary car-type tyre). Do you fit trailer tyres, and can you do it with the trailer sitting at the back of my yard in Purley on Thames?

Cheers,
Andy"""),
      ag("callum", "11-10 09:30", """Morning Andy,

Wet, but we've had worse! Trailers are fine, and so is the back of the yard as long as the fitter can walk his kit up to it - the van doesn't need to be right next to it. A 155/70 R13 is £58 fitted. Wednesday 11th, 12-5?

Callum"""),
      cu("11-10 09:45", """Wednesday's good. Gate code is 4471.

Andy"""),
      ag("callum", "11-10 10:00", """Booked for tomorrow, 12-5 - gate code noted.

Callum""")),

    C("r38-vector-five-questions", "en", "closed",
      {"unanswered-question": 2, "missed-follow-up": 1},
      "Fiona MacLeod <fiona.macleod@vectorfacilities.example>", "outlook", "Account set-up questions",
      "Five numbered questions: two answered, a sample report promised 'early next week' never sent, two skipped.",
      cu("11-13 08:30", """Hi Nadia,

Following our call, some questions as we set up the account for our engineers' vans (22 vehicles, a mix of Transit Custom and VW Transporter):

1. Can you hold a small stock of our two most common sizes at your unit so jobs aren't held up?
2. Will each invoice show the vehicle reg and the driver's name?
3. Do you charge extra for fitting at our engineers' homes rather than at our depot?
4. What's your process if a tyre is damaged beyond repair on a weekend?
5. Please send us a sample of the monthly fleet report so our MD can see what we'd get.

Thanks,
Fiona MacLeod
Fleet Coordinator, Vector Facilities Services""", uq=2),
      ag("nadia", "11-13 12:00", """Hi Fiona,

Thank you for these. Every invoice line carries the registration and, if you give us a driver list, the driver's name as well. Fitting at an engineer's home costs the same as at your depot, anywhere inside our area.

I'll put together an anonymised sample of the monthly report and send it over early next week.

Kind regards,
Nadia""", promises=[("11-17", None)])),

    C("r39-lefevre-boulangerie-inline", "fr", "closed", {},
      "Pierre Lefèvre <p.lefevre@boulangerie-lefevre.example>", "outlook", "Camionnette de la boulangerie",
      "French bakery: three list questions answered inline ('Oui', a price, 'Bien sûr.'); thanks-only close.",
      cu("11-05 15:00", """Bonjour,

Trois questions rapides pour la camionnette de la boulangerie (Renault Kangoo) :
- Vous pouvez passer avant 7 h ? Nous livrons dès 7 h 30.
- Les pneus 4 saisons, vous en avez en 195/65 R15 ?
- On peut payer par virement sur facture ?

Merci,
Pierre Lefèvre
Boulangerie Lefèvre, Windsor"""),
      ag("amelie", "11-05 16:10", """Bonjour Monsieur Lefèvre,

> - Vous pouvez passer avant 7 h ? Nous livrons dès 7 h 30.

Oui, notre premier créneau commence à 6 h 30 (supplément de 15 £).

> - Les pneus 4 saisons, vous en avez en 195/65 R15 ?

Michelin CrossClimate 2 : 112 £ pièce, posé.

> - On peut payer par virement sur facture ?

Bien sûr.

Bien cordialement,
Amélie""", quote=False),
      cu("11-05 17:20", """Parfait, merci ! Je vous rappelle pour fixer la date.

Pierre""", thanks=True), tz=1),

    C("r40-castillo-catering-base64", "es", "closed", {"unanswered-question": 1},
      "Álvaro Castillo <alvaro@castillo-catering.example>", "gmail_es", "Revisiones y factura",
      "Spanish caterer (base64 body): quarterly checks answered and booked; the request to reissue the invoice to the company is skipped.",
      cu("11-04 09:00", """Buenos días, Lucía:

Le escribo por la furgoneta refrigerada del catering (una Iveco Daily). Ayer el técnico nos cambió las dos ruedas traseras y quedamos muy contentos, gracias. Dos cosas: ¿nos pueden hacer una revisión general de las ruedas cada tres meses? Y por favor, envíenme la factura de ayer a nombre de la empresa, Castillo Catering Ltd, con nuestro número de IVA (GB 318 4420 17), porque la que recibimos va a nombre particular.

Un saludo,
Álvaro Castillo
Castillo Catering Ltd""", uq=1, cte="base64"),
      ag("lucia", "11-04 10:30", """Hola, Álvaro:

Me alegra que quedaran contentos. Sí, hacemos revisiones trimestrales: el técnico comprueba dibujo, presiones y daños de todas las ruedas, incluida la de repuesto, por 12 £ la visita. Le he apuntado la primera para el 4 de febrero.

Un saludo,
Lucía"""), tz=1),

    C("r41-krueger-nachtrag", "de", "pending", {},
      "Thomas Krüger <thomas.krueger@example.org>", "gmail_de", "Flankenschaden am Vorderreifen",
      "German: a second mail adds registration, size and a photo before any reply (not a chase); answered; thanks-only acceptance.",
      cu("11-17 07:30", """Hallo,

an meinem Skoda Octavia ist der rechte Vorderreifen an der Flanke beschädigt (Bordstein). Kann man das reparieren, oder muss ein neuer Reifen her? Ich wohne in Bracknell.

Gruß
Thomas Krüger"""),
      cu("11-17 07:50", """Nachtrag: Kennzeichen BK70 TXR, Reifengröße 205/55 R16 91H. Foto anbei.

Thomas""", attach=[("image/png", "flanke.png", SIDEWALL_PNG)]),
      ag("saskia", "11-17 09:30", """Hallo Herr Krüger,

danke für das Foto. Flankenschäden dürfen wir leider nicht reparieren, der Reifen muss ersetzt werden. Ein Continental PremiumContact 7 in 205/55 R16 91H kostet 112 £ inklusive Montage. Wir könnten am Donnerstag, den 19. November, zwischen 12 und 17 Uhr in Bracknell sein - passt Ihnen das?

Viele Grüße
Saskia Lorenz"""),
      cu("11-17 10:40", """Donnerstag passt. Danke!

Thomas Krüger""", thanks=True), tz=1),

    C("r42-reid-pothole-photos", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Jason Reid <jason.reid@example.com>", "gmail", "Photos of damaged tyre for council claim",
      "Photos promised 'by Wednesday' never sent; the request for a job sheet stating the damage is skipped.",
      cu("11-02 17:00", """Hi,

Your fitter replaced the front tyres on my Focus this morning and said the old nearside one had a cut in the inner sidewall. Could you send me the photos he took? I want to show the council - it was a pothole on Shinfield Road and I'm going to claim. And is there a report or job sheet you can give me that says the tyre was damaged?

Jason Reid""", uq=1),
      ag("gethin", "11-03 08:20", """Hi Jason,

That was me - yes, I took a few pictures of the cut before the tyre went for disposal. They're on the work phone; I'll send them over by Wednesday.

Gethin""", promises=[("11-04", None)])),

    C("r43-walsh-hello-anyone", "en", "closed", {"customer-chased": 1},
      "Kirsty Walsh <kirsty.walsh@example.net>", "iphone", "Flat tyre Burghfield",
      "iPhone user chases her own mail the same day ('Hello? Is anyone there?'); the reply books a visit; thanks-only close.",
      cu("11-10 07:20", """Hi, I've got a flat on my Qashqai at home in Burghfield. Can someone come today or tomorrow? I need the car for the school run by Thursday.

Kirsty

Sent from my iPhone"""),
      cu("11-10 13:30", """Hello? Is anyone there? Really need to know today.

Sent from my iPhone""", chase=True),
      ag("priya", "11-10 14:05", """Hi Kirsty,

So sorry - the inbox was swamped this morning. A fitter can be with you tomorrow (Wednesday) between 8 and 12. If it's a simple puncture it's £25; if the tyre's damaged he'll have a replacement 215/60 R17 on the van.

Priya"""),
      cu("11-10 14:20", """Tomorrow morning is great, thank you!

Sent from my iPhone""", thanks=True)),

    C("r44-trent-estates-price-list", "en", "pending", {},
      "Simon Trent <simon.trent@trentestates.example>", "owa", "Price list and mower tyres",
      "Price list sent as a PDF; the mower/agricultural question answered in a line (multipart/alternative reply).",
      cu("11-18 11:00", """Hi,

We run a small estate with a few vehicles (a ride-on mower, two Land Rovers and a Ford Ranger). Please send me your current price list, and let me know if you handle agricultural or ride-on mower tyres.

Simon Trent
Estate Manager, Trent Estates"""),
      ag("priya", "11-18 12:30", """Hi Simon,

Price list attached - the Land Rovers and the Ranger are on page 1 under 4x4. Ride-on mower tyres yes; big agricultural tyres no, we'd point you to a specialist for those.

Priya""", kind="alt", attach=[("application/pdf", "Rookhaven-prices-Nov-2026.pdf", PRICE_LIST_PDF)])),

    C("r45-marchetti-contrat-jeudi", "fr", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Julien Marchetti <julien.marchetti@elegance-chauffeurs.example>", "apple_fr", "Contrat d'entretien pneus - 2 Classe E",
      "French chauffeur firm: contract proposal promised 'd'ici jeudi' never sent; the question about night-time work is skipped.",
      cu("11-16 08:30", """Bonjour Amélie,

Nous avons deux Mercedes Classe E pour nos transferts vers Heathrow. Pouvez-vous nous proposer un contrat d'entretien des pneus (contrôle mensuel et remplacement au besoin) ? Et est-ce qu'il est possible d'intervenir la nuit, entre 23 h et 5 h, quand les voitures ne roulent pas ?

Bien à vous,
Julien Marchetti
Élégance Chauffeurs, Windsor""", uq=1),
      ag("amelie", "11-16 10:00", """Bonjour Monsieur Marchetti,

Merci pour votre message. Pour le contrat d'entretien, je dois voir avec notre responsable des comptes flotte quelles conditions nous pouvons vous proposer pour deux véhicules ; je reviens vers vous d'ici jeudi avec une proposition.

Bien cordialement,
Amélie""", promises=[("11-19", None)]), tz=1),

    C("r46-jennings-front-tyres-miles", "en", "closed", {"unanswered-question": 1},
      "Sarah Jennings <sarah.jennings@example.org>", "gmail", "Rear tyres for Jazz in Goring",
      "Booking answered; in a later mail the receipt is sent but the question how many miles the fronts have left is skipped.",
      cu("11-02 10:00", """Hello, can you fit two new rear tyres on my Honda Jazz (185/55 R16) at my mum's house in Goring on Thursday? I'll be there all day.

Sarah"""),
      ag("callum", "11-02 11:30", """Hi Sarah,

Thursday 5th works - 12-5 window at Goring. Two Goodyear EfficientGrip Performance 2 come to £164 fitted.

Callum"""),
      cu("11-05 19:00", """Thanks for today, the fitter was lovely. He mentioned the front tyres are getting close too - roughly how many miles do you think I've got left on them? And please email me the receipt, I forgot to ask him for one.

Sarah""", uq=1),
      ag("callum", "11-06 08:30", """Hi Sarah,

Glad it went well! Receipt attached.

Callum""", attach=[("application/pdf", "receipt-RT-48160.pdf", RECEIPT_JAZZ_PDF)])),

    C("r47-navarro-estudiante", "es", "pending", {"unanswered-question": 1},
      "Beatriz Navarro <beatriz.navarro@example.com>", "gmail_es", "¿Neumáticos de invierno en Reading?",
      "Spanish student: the all-season recommendation is answered with two options and prices; the student-discount question is skipped.",
      cu("11-16 19:00", """Hola:

Me mudé a Reading hace poco y tengo un Seat León con neumáticos de verano. Me han dicho que aquí casi nadie pone neumáticos de invierno. ¿Ustedes qué me recomiendan para conducir todo el año por aquí? Y otra cosa: ¿hacen descuento a estudiantes? Estoy haciendo un máster en la universidad.

Gracias,
Beatriz""", uq=1),
      ag("lucia", "11-17 09:00", """Hola, Beatriz:

En esta zona lo más práctico es un neumático todo tiempo: agarra bien con frío y lluvia y no hay que cambiarlos en primavera. Para su León (225/45 R17) le recomendaría el Michelin CrossClimate 2, a 128 £ la unidad montado, o el Falken EuroAll Season AS210, a 94 £.

Los precios incluyen el desplazamiento hasta su casa.

Un saludo,
Lucía"""), tz=1),

    C("r48-hoffmann-kompletraeder", "de", "closed", {"missed-follow-up": 1, "customer-chased": 2},
      "Stefan Hoffmann <s.hoffmann@hoffmann-elektro.example>", "outlook_de", "Angebot Kompletträder VW Crafter",
      "German firm: offer promised 'bis Freitag' arrives the next Thursday after two chases ('gibt es schon etwas Neues', 'ich warte leider immer noch').",
      cu("11-03 10:00", """Sehr geehrte Frau Lorenz,

wir haben für unsere UK-Niederlassung drei VW Crafter angeschafft und brauchen für alle Fahrzeuge einen zweiten Satz Räder mit Winterreifen (235/65 R16C), komplett auf Stahlfelgen. Können Sie uns dafür ein Angebot machen?

Mit freundlichen Grüßen
Stefan Hoffmann
Hoffmann Elektrotechnik UK Ltd"""),
      ag("saskia", "11-03 14:00", """Sehr geehrter Herr Hoffmann,

vielen Dank für Ihre Anfrage. Die Stahlfelgen für den Crafter muss ich beim Großhändler anfragen; das Angebot schicke ich Ihnen bis Freitag.

Mit freundlichen Grüßen
Saskia Lorenz""", promises=[("11-06", 5)]),
      cu("11-10 09:00", """Sehr geehrte Frau Lorenz,

gibt es schon etwas Neues zu unserem Angebot?

Mit freundlichen Grüßen
Stefan Hoffmann""", chase=True),
      cu("11-12 08:30", """Sehr geehrte Frau Lorenz,

ich warte leider immer noch auf Ihr Angebot für die Kompletträder. Wir müssen die Fahrzeuge bis Ende November umrüsten.

Mit freundlichen Grüßen
Stefan Hoffmann""", chase=True),
      ag("saskia", "11-12 11:00", """Sehr geehrter Herr Hoffmann,

bitte entschuldigen Sie die Verzögerung, der Großhändler hat uns die Felgenpreise erst gestern bestätigt. Anbei unser Angebot: 12 Kompletträder (Stahlfelge 6,5x16, Continental VanContact Winter 235/65 R16C, mit TPMS-Sensoren) für 2.976 £ netto, Montage an Ihrem Standort inklusive. Lieferzeit fünf Werktage.

Mit freundlichen Grüßen
Saskia Lorenz""", attach=[("application/pdf", "Angebot-A-2611-009.pdf", ANGEBOT_PDF)]), tz=1),

    C("r49-hinds-corrected-invoice", "en", "closed", {"missed-follow-up": 1},
      "Paul Hinds <paul.hinds@hindsbuilders.example>", "android", "Overcharged for Transit tyre",
      "Billing error acknowledged and a corrected invoice promised 'by end of day today'; it never comes.",
      cu("11-05 07:45", """Morning, we were charged £145 for a tyre on the Transit last week but the quote said £128. Can you sort it out and send a corrected invoice?

Paul Hinds
Hinds Builders

Sent from Outlook for Android"""),
      ag("nadia", "11-05 09:30", """Hi Paul,

You're right - the fitter's invoice used the list price instead of your account price, apologies. I'll send you the corrected invoice by end of day today.

Kind regards,
Nadia""", promises=[("11-05", None)])),

    C("r50-fairbanks-vets-on-call", "en", "closed", {},
      "Lucy Fairbanks <lucy@fairbanksvets.example>", "apple", "Out-of-hours puncture cover for vets",
      "'I'll come back to you in the next couple of days' kept the next day with an offer; the customer's request is done; a References gap in the last reply.",
      cu("11-09 10:00", """Hi,

Our practice runs two vets' cars on call at night, and sometimes they're called out at 2am and get stuck with a puncture on a farm track. Is an out-of-hours puncture service something you offer, and what would it cost?

Lucy Fairbanks
Practice Manager, Fairbanks Veterinary Clinic"""),
      ag("nadia", "11-09 12:00", """Hi Lucy,

We don't run a night service as standard, but we've set up arrangements like this for a couple of other businesses. Let me talk it through with our operations lead and I'll come back to you in the next couple of days with what we can offer.

Kind regards,
Nadia""", promises=[("window", 3)]),
      ag("nadia", "11-10 16:00", """Hi Lucy,

As promised: we can put both cars on our on-call list, which means a fitter answers between 10pm and 6am and attends within two hours inside our area. It's £15 per car per month, plus £90 per night call-out and the repair or tyre. If that works for you I'll add the cars to your account.

Kind regards,
Nadia"""),
      cu("11-10 17:00", """That sounds ideal. Please add both cars - FV19 KLM and FV71 PRT.

Lucy"""),
      ag("nadia", "11-11 08:45", """Done - both cars are on the on-call list from today, and the on-call number is on your account page.

Nadia""", refs=[1, 4])),

    C("r51-redmond-farm-shop-list", "en", "pending", {"unanswered-question": 2},
      "Hugh Redmond <hugh@redmondfarmshop.example>", "thunderbird", "All-season tyres for two Boxers",
      "A four-item list without question marks: price and the shared visit answered, disposal and the split invoice skipped.",
      cu("11-18 08:00", """Hi there,

A few things for our two farm shop vans (Peugeot Boxer, 215/70 R15C):

- what would four all-season tyres cost per van
- can you do both vans on the same visit
- is the disposal of old tyres extra
- we'd like the invoice split per van please, as they're on different leases

Cheers,
Hugh Redmond
Redmond Farm Shop""", uq=2),
      ag("callum", "11-18 10:30", """Hi Hugh,

Four Nokian Seasonproof C in 215/70 R15C are £452 per van, fitted and balanced. Both vans in one visit is fine - it takes about two hours, so a morning window is best. Monday 23rd, 8-12?

Callum""")),

    C("r52-ashby-old-tyres", "en", "closed", {"unanswered-question": 1},
      "Eleanor Ashby <eleanor.ashby@example.com>", "apple", "Tyres on a car that has been laid up",
      "Apple Mail (multipart/alternative): inspection visit offered and accepted; 'how old is too old?' is not answered; thanks-only close.",
      cu("11-03 15:00", """Dear Sir or Madam,

My late husband's car (a 2012 Honda Civic) has been sitting in the garage for three years and I am going to sell it. Before I do, I would like the tyres looked at. Would you be able to come to Caversham and tell me whether they are still safe? I have read that tyres go bad with age even if they look fine - how old is too old?

Yours faithfully,
Eleanor Ashby""", uq=1, kind="alt"),
      ag("priya", "11-03 16:30", """Dear Mrs Ashby,

I'm sorry for your loss. Yes, we can come to you in Caversham - a safety inspection is £20, and if anything needs replacing that fee comes off the tyres. Our next free visit is Thursday 5th, 12-5. Would that suit?

Kind regards,
Priya"""),
      cu("11-03 17:10", """Thursday afternoon is fine. Thank you for being so kind.

Eleanor Ashby""", thanks=True, kind="alt")),

    C("r53-vega-clinica-clavo", "es", "closed", {},
      "Pilar Vega <pilar@vega-dental.example>", "gmail_es", "Clavo en la rueda del coche de la clínica",
      "Spanish pleasantry ('¿qué tal?') before the real request, which is booked; thanks-only close.",
      cu("11-09 11:00", """Hola, Lucía, ¿qué tal? ¡Cuánto tiempo!

El coche de la clínica (un Toyota Corolla híbrido) tiene un clavo en la rueda trasera derecha. ¿Podrían pasar el miércoles por la clínica de Caversham para repararlo? Aparcamos en la parte de atrás.

Un abrazo,
Pilar"""),
      ag("lucia", "11-09 12:30", """¡Hola, Pilar! Todo bien por aquí, gracias.

El miércoles 11 tenemos hueco de 8 a 12 en Caversham y ya se lo he reservado. Si el clavo está en la banda de rodadura, la reparación son 25 £.

Un abrazo,
Lucía"""),
      cu("11-11 14:00", """¡Arreglado! Muchas gracias 😊

Pilar""", thanks=True), tz=1),

    C("r54-rahman-locking-nuts", "en", "closed", {},
      "Mo Rahman <mo.rahman@example.com>", "android", "locking wheel nut",
      "Informal shorthand with two questions without question marks in places; both answered; 'will get back to u' is thanks-only.",
      cu("11-12 12:10", """Hi do u do locking wheel nut keys? lost mine. car is a 2019 Audi A3. also can u come to Green Park business park

Sent from Outlook for Android"""),
      ag("callum", "11-12 13:00", """Hi Mo,

We can't supply a replacement key, but we can take the locking nuts off and fit standard bolts or a new locking set (£20 for the removal, £35 for a new set). Green Park is on our patch - just tell me which day the car's there.

Callum"""),
      cu("11-12 13:20", """ok cheers will get back to u

Sent from Outlook for Android""", thanks=True)),

    C("r55-summers-lost-threading", "en", "closed", {},
      "Derek Summers <derek.summers@example.net>", "oldclient", "Slow puncture",
      "Elderly customer on an old client: his reply lost its threading headers (subject only); his follow-up question about bank details is answered.",
      cu("11-04 16:00", """Hello,

I am 78 and can't manage the spare wheel myself any more. My Yaris has a slow puncture. Could someone come to my house in Thatcham, and can I pay by cheque?

Derek Summers"""),
      ag("priya", "11-05 09:00", """Dear Mr Summers,

Of course. A fitter can come to you on Friday 6th between 12 and 5 - he'll do everything, you won't need to touch the spare. We don't take cheques, I'm afraid, but you can pay by card on the day, or by bank transfer once we email the invoice.

Kind regards,
Priya"""),
      cu("11-05 10:30", """Dear Priya,

Friday afternoon is fine. I'll pay by bank transfer. Which account details do I use?

Derek Summers""", thread=False),
      ag("priya", "11-05 11:15", """Dear Mr Summers,

Rookhaven Mobile Tyre Fitting Ltd, sort code 20-45-77, account 43819022 - please use the invoice number as the reference. They're also printed at the bottom of the invoice.

Kind regards,
Priya""")),

    C("r56-alcott-bulge-ack", "en", "pending", {"unanswered-question": 1},
      "Rosie Alcott <rosie@alcottdogwalking.example>", "gmail", "Bulge on van tyre",
      "Early-morning mail auto-acknowledged; the technician answers safety and timing but not the request to check the other three tyres.",
      cu("11-19 06:50", """Hi,

My van's front offside tyre has a big bubble on the side - spotted it this morning when loading the dogs. Is it safe to drive on until you can get to me? I'm in Pangbourne, any chance of today or tomorrow? And I was wondering whether you could check the other three while you're there, as they're all the same age.

Rosie
Alcott Dog Walking""", uq=1),
      ack("11-19 06:51"),
      ag("gethin", "11-19 08:10", """Hi Rosie,

Don't drive on it if you can avoid it - a bulge means the inside of the tyre is damaged and it can let go without warning. I'm doing Pangbourne and Whitchurch today, so I'll be with you between 1 and 3 with a replacement.

Gethin""")),
]

UNANSWERED: dict[str, list[str]] = {
    "r02-kestrel-couriers-screw": [
        "Could you also let me know if your fitter can check the spare while he's there, as I've no idea when anyone last looked at it."],
    "r03-brightwater-fleet-enquiry": [
        "Do you keep 215/65 R16C in stock, or would every job need ordering in?",
        "Can our drivers book jobs directly, or does it all have to go through me?"],
    "r05-lewis-xc60-winters": [
        "Do you also sell tyre pressure gauges?"],
    "r08-price-lost-locknut-key": [
        "Also, is there somewhere I can leave you a review?"],
    "r12-morales-autocaravana": [
        "También necesitaría que revisaran la presión de todas las ruedas, porque desde ayer la autocaravana tira un poco hacia la derecha."],
    "r16-hollybush-care-paragraph": [
        "Lastly, our finance team would need every invoice to show the car's registration and the carer's cost centre - is that something your system can do?"],
    "r19-locavan-devis": [
        "Pourriez-vous aussi nous indiquer si vous stockez les pneus d'hiver entre les saisons ?"],
    "r26-schreiber-einlagerung": [
        "Bitte schicken Sie mir außerdem eine Kopie der Rechnung vom Frühjahr, ich finde sie nicht mehr."],
    "r29-reeves-joinery-template": [
        "Do you fit tyres on Saturdays at the workshop, since the vans are all in on a Saturday?",
        "And please can you add our office manager, Jan Price (jan@reevesjoinery.example), to any invoices you send."],
    "r33-quinn-florists-saturday": [
        "can you fit the tyres at our yard on Saturday instead?"],
    "r35-fenwick-minibus-colleague-late": [
        "And could you tell me whether you can do tyre pressure checks monthly as a separate service?"],
    "r38-vector-five-questions": [
        "Can you hold a small stock of our two most common sizes at your unit so jobs aren't held up?",
        "What's your process if a tyre is damaged beyond repair on a weekend?"],
    "r40-castillo-catering-base64": [
        "Y por favor, envíenme la factura de ayer a nombre de la empresa, Castillo Catering Ltd, con nuestro número de IVA (GB 318 4420 17), porque la que recibimos va a nombre particular."],
    "r42-reid-pothole-photos": [
        "And is there a report or job sheet you can give me that says the tyre was damaged?"],
    "r45-marchetti-contrat-jeudi": [
        "Et est-ce qu'il est possible d'intervenir la nuit, entre 23 h et 5 h, quand les voitures ne roulent pas ?"],
    "r46-jennings-front-tyres-miles": [
        "roughly how many miles do you think I've got left on them?"],
    "r47-navarro-estudiante": [
        "¿hacen descuento a estudiantes?"],
    "r51-redmond-farm-shop-list": [
        "is the disposal of old tyres extra",
        "we'd like the invoice split per van please, as they're on different leases"],
    "r52-ashby-old-tyres": [
        "how old is too old?"],
    "r56-alcott-bulge-ack": [
        "And I was wondering whether you could check the other three while you're there, as they're all the same age."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"RT-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=HELP, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", HELP),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]
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
    return mailcraft.cases_table("Practice corpus 93: Rookhaven Mobile Tyre Fitting - cases",
                                 "make_practice93_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, how to regenerate, and the corpus figures (computed)."""
    msgs = [m for c in cases for m in c.msgs]
    inbox = sum(m.role in ("customer", "auto") for m in msgs)
    replies = sum(m.role == "agent" for m in msgs)
    acks = sum(m.role == "ack" for m in msgs)
    autos = sum(m.role == "auto" for m in msgs)
    clean = sum(not c.rules for c in cases)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found: Counter = Counter()
    for c in cases:
        found.update(c.rules)
    uq_cases = sum(bool(c.uq) for c in cases)
    lang_line = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in langs.most_common())
    rule_line = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    return f"""# Practice corpus 93: Rookhaven Mobile Tyre Fitting support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Rookhaven Mobile Tyre Fitting**, a Thames Valley mobile tyre fitter whose vans
  come to homes, offices, yards and depots: tyre quotes and bookings, puncture repairs, lost
  locking-wheel-nut keys, TPMS sensors, winter and all-season tyres, seasonal tyre storage,
  and fleet accounts (monthly invoicing, credit terms, tread-depth reports, on-call cover).
  Support address `help@rookhaventyres.example`; agents Callum Brightwell (bookings), Nadia
  Okonjo (fleet accounts), Gethin Pryce (senior technician, writes from his iPhone), Priya
  Raman (customer support), Saskia Lorenz (German-speaking customers), Amélie Roux
  (French-speaking customers) and Lucía Serrano (Spanish-speaking customers), all
  `@rookhaventyres.example`. A helpdesk robot (`help@rookhaventyres.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few tickets with "we aim to reply within one
  working day" - service-hours text, not a commitment.
- Customers are private drivers, tradespeople, small businesses and fleet managers on
  `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain rookhaventyres.example`.

```
python scripts/make_practice93_corpus.py                   # regenerate (deterministic, stdlib only)
python scripts/make_practice93_corpus.py --out /tmp/p93    # ... into another folder
python scripts/evaluate.py --corpus tests/practice93       # accuracy of the current tool
python -m pytest -q tests/test_practice93_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): a question deferred with a promise counts only as that promise; one
`customer-chased` per chasing message; a thanks- or acknowledgement-only customer message
asks nothing and does not open a case. `CASES.md` is the generated per-case table. This
README is generated too; do not edit generated files, edit the script and rerun it.

## Contents

{len(cases)} cases, {len(msgs)} messages: {inbox} in the inbox ({inbox - autos} customer mails
and {autos} customer out-of-office reply), {replies} support replies, {acks} helpdesk
acknowledgements. {clean} clean cases ({round(100 * clean / len(cases))} %). Languages:
{lang_line}. Statuses: {statuses['closed']} closed, {statuses['pending']} pending,
{statuses['open']} open.

Expected findings: {rule_line}; the unanswered questions sit in {uq_cases} cases.

By design the corpus contains:

- Customer mails asking two to five things: direct questions, indirect ones ("I was
  wondering whether", "could you let me know", "Pourriez-vous aussi nous indiquer si"),
  requests without a question mark ("Please send over whatever application form",
  "Bitte schicken Sie mir außerdem ...", "we'd like the invoice split per van please"),
  questions inside one long paragraph (r16), numbered and dashed lists (r03, r38, r39, r51),
  informal shorthand (r54).
- Replies that answer in their own words: out of order in one paragraph (r01, r09), inline
  under the quoted lines with "Included." / "Bien sûr." / a bare price (r04, r20, r39), with
  only figures or a link (r28, r32), with an attachment (r03, r19, r44, r46, r48), by a
  colleague (r18, r35). Skipped questions are the realistic kind: a secondary request in
  passing, a templated reply (r29), an answer to a neighbouring question (r33: Friday's window
  for "Saturday instead?"), a question in a later mail after the job seemed done (r46).
- Not questions: a rhetorical question and a self-answered one (r11), a weather pleasantry
  (r37), "¿qué tal?" (r53), questions inside a forwarded booking confirmation in an HTML-only
  mail (r15), signatures with "Questions about your booking?", "¿Dudas?" and ?-URLs,
  thanks-only mails, a question in a customer's last unanswered mail (`awaiting-reply`).
- Commitments kept on time (r23 "tomorrow", r50 "in the next couple of days"), kept late
  (r05, r30, r35 by a colleague, r48), never kept (r10, r17, r25 with no deadline, r38
  "early next week", r42, r45 "d'ici jeudi", r49 "by end of day"), one still ahead at audit
  time (r13, Tuesday 24th); bookings and process statements that are not promises.
- Chasing: "any news on ...?", "just following up ... still waiting", "Hello? Is anyone
  there?", "ich warte immer noch", "gibt es schon etwas Neues", "Je me permets de vous
  relancer", "¿Hay alguna novedad?", a word-for-word resend as a new mail (r27), two chases in
  one case (r48). Not chasing: a second mail adding the registration and a photo (r41).
- Status and timing: explicit closes ("I'll mark this job as resolved", a `[Resolved]`
  subject tag) followed by a new request (r14, r34), a slow first response over a weekend
  (r21) and after a chase (r31), three agents on one case (r18), open cases awaiting a reply
  (r07, r17, r27).
- Mail variety: Gmail (en/de/es), Outlook desktop (en/de), Outlook on the web, Outlook for
  Android, Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Outlook Express; plain 7bit,
  quoted-printable, base64 (r40), multipart/alternative (r44, r52, acknowledgements) and
  HTML-only (r15); PNG and PDF attachments; a reply that lost its threading headers (r55), a
  References gap (r50), customers replying to their own mail, a customer out-of-office (r24).

## Judgement calls

- **Deferral is not an unanswered question** (r05, r10, r13, r17, r30, r35, r38, r42, r45,
  r49): a question answered with a promise counts only through `missed-follow-up` when the
  promise is broken or kept late.
- **Visits and bookings are logistics, not commitments**: "I can be at Calcot between 1 and 3
  today" (r02), "he'll be with you between 8 and 9" (r11), "I've booked you in for 8:30
  tomorrow" (r14), "I'll be with you between 1 and 3 with a replacement" (r56), "the fitter
  texts you about half an hour before" (r01) promise a visit, not a message back.
- **Accepting a slot is acknowledgement-only** ("Thursday afternoon is fine. Thank you ...",
  "Donnerstag passt. Danke!", "1-3 is fine, the van will be in bay 4"); a mail that gives new
  instructions ("go ahead and order them", an address, a gate code, "Please add both cars")
  is a real message and gets a reply in every such case.
- **A list item without a question mark is a question** (r51: "is the disposal of old tyres
  extra"); "fitted and balanced" does not say whether disposal costs extra, so it stays
  unanswered.
- **r33**: Friday's time window does not answer "can you fit the tyres at our yard on
  Saturday instead?".
- **r35**: the account approval promised for "tomorrow" by Callum is delivered by Nadia two
  working days late: missed (a colleague's delivery counts, but only on time).
- **r22**: a chase sent the same afternoon, inside the response target, is still a chase.
  **r41**: a second mail adding the registration and a photo before any reply is not.
- **r38** goes quiet-closed (support's last mail on Friday 13th at 12:00, more than seven
  days before as_of) while its promise and two questions are still open.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.rookhaventyres.example")
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
        raise SystemExit("refusing to write tests/practice93:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice93:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice93 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice93")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
