#!/usr/bin/env python3
"""Regenerate ``tests/practice48/``: a labelled corpus of Marlowe & Finch, sofa makers.

A support mailbox of a fictional made-to-order sofa and upholstery workshop in Macclesfield
that also reupholsters customers' own furniture (fabric swatches, lead times, delivery slots,
fire-safety labels, damaged legs and cushions, 0 % finance, trade accounts for interior
designers, customer's-own-material jobs, deliveries to Germany, France, Spain and
Switzerland), written without looking at the detection heuristics. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up
window 2 days, close-after 7 days, handoff limit 2), support domain
``marlowefinch.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains by design.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions it
asks). The script recomputes status and every rule count from those facts and the dates, and
refuses to write when they disagree with the hand-written case labels, or when a labelled
question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice48_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "marlowefinch.example"
CARE = "Marlowe & Finch Customer Care <care@marlowefinch.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice48"

AGENTS = {
    "imogen": ("Imogen Hartley <imogen@marlowefinch.example>", "gmail", """--
Imogen Hartley
Customer Care | Marlowe & Finch
Made to order in Macclesfield since 1994
Showroom open Tue-Sat: https://marlowefinch.example/visit?utm_source=email"""),
    "callum": ("Callum Reid <callum@marlowefinch.example>", "outlook", """Callum Reid
Deliveries & Logistics | Marlowe & Finch
Our vans run Tuesday to Saturday. Need to rearrange? Call 0161 496 0732."""),
    "priya": ("Priya Nandakumar <priya@marlowefinch.example>", "apple", """Priya Nandakumar
Trade & Design Studio Accounts | Marlowe & Finch
https://marlowefinch.example/trade?utm_source=signature"""),
    "fergus": ("Fergus Doyle <fergus@marlowefinch.example>", "thunderbird", """-- 
Fergus Doyle
Workshop Manager, Reupholstery | Marlowe & Finch
Unit 4, Ropewalk Mill, Macclesfield SK11 6HL | 0161 496 0745"""),
    "niamh": ("Niamh Kearney <niamh@marlowefinch.example>", "owa", """Niamh Kearney
Accounts & Finance | Marlowe & Finch
Marlowe & Finch Ltd, registered in England No. 08812345. This e-mail is confidential and
intended only for the addressee. Finance is provided by Hallam Retail Finance, subject to status."""),
    "sabine": ("Sabine Krüger <sabine@marlowefinch.example>", "outlook_de", """Sabine Krüger
Kundenservice Deutschland / Österreich / Schweiz | Marlowe & Finch
https://marlowefinch.example/de?ref=signatur"""),
    "lucie": ("Lucie Marchetti <lucie@marlowefinch.example>", "apple_fr", """Lucie Marchetti
Service clients France & Belgique | Marlowe & Finch
https://marlowefinch.example/fr?utm_source=email"""),
    "alvaro": ("Álvaro Peña <alvaro@marlowefinch.example>", "gmail_es", """--
Álvaro Peña
Atención al cliente (España) | Marlowe & Finch
+44 161 496 0751"""),
}

ACK = """Hello,

Thanks for getting in touch with Marlowe & Finch. This is an automatic
confirmation that your message has reached us as ticket {ref}.

Our customer care team works Monday to Friday, 8.30am-5.30pm, and we aim to
reply within one working day. If your delivery is tomorrow and you need to
change it, please call 0161 496 0732.

Marlowe & Finch Customer Care
https://marlowefinch.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Finchdesk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="mf.", outlook_server="AM6PR0")
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

LEG_PNG = mailcraft.png(10, 14, lambda x, y: (150 + 4 * x, 110 + 3 * y, 70))
CHAIR_PNG = mailcraft.png(14, 12, lambda x, y: (120, 90 + 5 * x, 80 + 6 * y))
CHAIR_SIDE_PNG = mailcraft.png(12, 12, lambda x, y: (110 + 3 * y, 95, 70 + 5 * x))
CUSHION_PNG = mailcraft.png(16, 10, lambda x, y: (200 - 4 * y, 180, 160 + 2 * x))
SCRATCH_PNG = mailcraft.png(12, 9, lambda x, y: (170, 130 + 6 * y, 90 + 3 * x))
FLOORPLAN_PDF = mailcraft.pdf(["Flat 3, 19 Cavendish Court - lounge floor plan",
                               "Front door 81cm, hall 104cm wide, lounge door 72cm",
                               "Stair turn: 95cm clear at landing",
                               "Alcove for sofa: 290 x 165cm"])
QUAYLE_QUOTE_PDF = mailcraft.pdf(["Marlowe & Finch - Reupholstery quotation RQ-1174",
                                  "2 dining chairs, seats and backs, Harlow linen union Natural",
                                  "Window seat cushion 5cm HD foam, piped, Harlow Natural",
                                  "Total GBP 640.00 incl. VAT - collection and return included"])
TRADE_LIST_PDF = mailcraft.pdf(["Marlowe & Finch - Trade price list 2027",
                                "Clementine armchair, COM: GBP 735 trade, 2.4m fabric",
                                "Elsworth snuggler, COM: GBP 1,120 trade, 5.1m fabric",
                                "Prices ex VAT, valid 1 January - 31 December 2027"])
CONFIRM_PDF = mailcraft.pdf(["Marlowe & Finch - Order confirmation MF-20351 (revised)",
                             "Aldous 3-seater, Harlow linen union - Oatmeal, oak legs",
                             "Estimated delivery: week commencing 4 January 2027"])
INVOICE_PDF = mailcraft.pdf(["Marlowe & Finch Ltd - Invoice INV-20244",
                             "Andrew Kerr, 14 Beech Grove, Chester CH2 3LT",
                             "Fenwick sofa bed, Bute wool Heather, memory-foam mattress",
                             "Total GBP 1,690.00 incl. VAT - paid in full 02/10/2026"])
LOWE_QUOTE_PDF = mailcraft.pdf(["Marlowe & Finch - Trade quotation TQ-3318",
                                "2 x Dorrington 3-seater in COM (12.5m required)",
                                "GBP 2,980 trade each, ex VAT",
                                "Fixed delivery 18/12/2026 if COM received by 16/11/2026"])
CH_PDF = mailcraft.pdf(["Marlowe & Finch - Reparaturen fuer Kunden in der Schweiz",
                        "Abholung, Ausfuhr UK und Einfuhr CH durch unsere Spedition",
                        "Schweizer MWST nur auf den Arbeitswert",
                        "Dauer ca. 7 Wochen von Abholung bis Rueckgabe"])
MORAN_QUOTE_PDF = mailcraft.pdf(["Marlowe & Finch - Trade quotation Q-2290-B",
                                 "2 x Elsworth snuggler, Como velvet Ink",
                                 "GBP 3,980 trade, ex VAT, delivery included"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("m01-ashworth-swatches", "en", "closed", {},
      "Hannah Ashworth <hannah.ashworth@example.com>", "gmail", "Fabric swatches please",
      "Four swatches requested in a numbered list plus two questions; one reply covers all of it, out of order.",
      cu("11-02 09:12", """Hi there,

We're finally replacing the sofa the dog destroyed, and I'd love to see some fabrics in person before we order. Could you send swatches of:

1. Como velvet in Moss
2. Como velvet in Ink
3. Harlow linen union in Oatmeal
4. Kelso bouclé in Chalk

Are the swatches free? And roughly how long do they take to arrive - we're in Harrogate.

Thanks so much,
Hannah Ashworth"""),
      ag("imogen", "11-02 11:40", """Hi Hannah,

There's no charge for up to six, and all four went in this afternoon's first-class post, so Harrogate should see them by Wednesday.

Sorry to hear about the old sofa - for what it's worth, the Kelso bouclé copes surprisingly well with claws.

Best wishes,
Imogen""")),

    C("m02-holloway-velvet-care", "en", "closed", {"unanswered-question": 1},
      "Robert Holloway <r.holloway@holloway-family.example>", "outlook", "Aldous in Rust - before I order",
      "Lead time and walnut legs answered; the request for the velvet's care instructions is skipped; thanks-only order confirmation.",
      cu("11-03 13:05", """Hello,

I'm close to ordering the Aldous 3-seater in Como velvet (Rust) and have a few last questions before I do.

What is the current lead time? We're hoping to have it in before my parents come for Christmas. Can I have the legs in walnut rather than the standard oak? I'd also like the care instructions for the velvet before I commit - I've heard it marks easily.

Many thanks,
Robert Holloway""", uq=1),
      ag("imogen", "11-03 15:20", """Hi Robert,

Made-to-order sofas are running at 7-8 weeks at the moment, so an order placed this week would reach you in the week of 21 December - just in time. Walnut is no problem: it's a £45 upgrade, under 'Leg finish' at checkout.

Kind regards,
Imogen"""),
      cu("11-03 18:30", """Great, order placed (MF-20388). Thanks Imogen.

Robert""", thanks=True)),

    C("m03-pemberton-saturday-slot", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Tom Pemberton <tompemberton84@example.net>", "gmail", "Delivery for order MF-20211",
      "Slot confirmation promised 'by Wednesday' comes the next Tuesday after a chase; the request to take away the old two-seater is never addressed.",
      cu("11-09 08:50", """Hi,

We got the email saying our Bexley corner sofa (order MF-20211) is finished - exciting! Can we book a Saturday delivery, ideally the 21st or the 28th? We both work weekdays.

Also, could your team take away our old two-seater when they come? Happy to pay for it.

Cheers,
Tom Pemberton""", uq=1),
      ag("callum", "11-09 10:30", """Hi Tom,

Good news that it's ready. Saturday rounds are planned separately from the weekday vans, so let me check with the planner which of the two Saturdays has space and I'll confirm your slot by Wednesday.

Regards,
Callum""", promises=[("11-11", 4)]),
      cu("11-16 19:10", """Hi Callum,

Any news on the delivery slot? We haven't heard anything since last Monday and the 21st is this Saturday.

Tom""", chase=True),
      ag("callum", "11-17 08:45", """Hi Tom,

Apologies for the silence. The 21st is full, but you're booked for Saturday 28 November between 8am and 12pm. The crew will ring about half an hour before they arrive.

Regards,
Callum""")),

    C("m04-okafor-grandmothers-chair", "en", "closed", {},
      "Adaeze Okafor <adaeze.okafor@example.org>", "thunderbird", "Reupholstering a 1930s armchair",
      "Three questions on their own lines (fire label, horsehair, estimate visit) answered inline under each quoted line.",
      cu("11-04 20:15", """Good evening,

I've inherited my grandmother's armchair (we think 1930s, sprung seat, horsehair stuffing) and I'd like it reupholstered in one of your wools. A few questions:

Does it need a fire label once it's redone?
Can you keep the original horsehair, or does it all have to be replaced?
What does the estimate visit cost? We're in Stockport.

Photos attached.

Regards,
Adaeze Okafor""", attach=[("image/png", "chair-front.png", CHAIR_PNG),
                        ("image/png", "chair-side.png", CHAIR_SIDE_PNG)]),
      ag("fergus", "11-05 09:30", """Hello Adaeze,

Thank you for the photos - she's a lovely chair.

> Does it need a fire label once it's redone?

No. Furniture made before 1950 is outside the fire regulations, so it won't carry a label. We can still fit a flame-retardant interliner under the wool if you'd like the extra protection (£40).

> Can you keep the original horsehair, or does it all have to be replaced?

We keep it. It gets teased out, cleaned and topped up where it's thin - horsehair outlasts any foam.

> What does the estimate visit cost? We're in Stockport.

Nothing within 20 miles of the workshop, and Stockport is well inside that. Slots are here: https://marlowefinch.example/reupholstery/visit?area=SK

Best,
Fergus""", quote=False)),

    C("m05-verity-lang-trade", "en", "pending", {"unanswered-question": 2},
      "Verity Lang <verity@verityinteriors.example>", "apple", "Opening a trade account",
      "Interior designer asks four things in one paragraph; discount and samples-to-clients answered with the application link, payment terms and COM requirements skipped.",
      cu("11-16 10:20", """Hi Priya,

I run a small interior design studio in Bath and I've been recommending your sofas to clients for a while, so it's about time I opened a trade account. Before I fill in the form, what is your trade discount? I was also wondering whether you offer 30-day payment terms once an account is approved. It would help enormously if fabric samples could go straight to my clients' addresses rather than to the studio. Could you also send me your COM requirements? I have a client who wants to use a Pierre Frey linen.

Best,
Verity Lang
Verity Lang Interiors
Planning a project? https://verityinteriors.example/contact?src=email""", uq=2),
      ag("priya", "11-16 14:05", """Hi Verity,

Lovely to hear from you - and thank you for the recommendations! Trade accounts get 15% off list prices on sofas, chairs and reupholstery. Samples can be posted directly to clients: just put the client's address in the notes field when you order them on the trade portal.

The application form is here: https://marlowefinch.example/trade/apply?ref=VLI

Warm regards,
Priya""")),

    C("m06-brennan-split-leg", "en", "closed", {},
      "Ciara Brennan <ciarabrennan@example.com>", "iphone", "Leg split on new snuggler",
      "Photo of a split leg; the reply covers replacement, fitting and using the sofa meanwhile; thanks-only close.",
      cu("11-02 18:40", """Hi, our Elsworth snuggler arrived Saturday and it's gorgeous but one of the back legs has split along the grain (photo attached). Can you send a replacement or does someone need to come out to fit it? And is it ok to sit on in the meantime?

Thanks
Ciara Brennan

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", LEG_PNG)]),
      ag("imogen", "11-03 09:10", """Hi Ciara,

So sorry about that - a bad piece of oak slipped past us. A new leg went out by Royal Mail Tracked 24 this morning (RM448291507GB). It screws in by hand, so nobody needs to visit. Until it arrives the sofa is fine to use, just avoid perching on that back corner.

Best wishes,
Imogen"""),
      cu("11-04 17:02", """Leg arrived and fitted in two minutes. Thank you!!

Ciara

Sent from my iPhone""", thanks=True)),

    C("m07-darby-finance", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Graham Darby <graham.darby@example.org>", "gmail", "0% finance on a sofa bed",
      "Deposit answered, eligibility deferred with 'I'll get back to you tomorrow' and never resolved; the customer chases twice (once replying to their own chaser).",
      cu("11-10 12:30", """Hello,

We'd like to order the Fenwick sofa bed and the matching footstool (about £2,300 together). Your website mentions 0% finance - does that apply to made-to-order pieces as well? And how much deposit would we need to put down?

Thanks,
Graham Darby"""),
      ack("11-10 12:31"),
      ag("niamh", "11-10 15:45", """Dear Graham,

Thank you for your interest. The deposit on finance orders is 10%, so about £230 on your basket. Made-to-order pieces are normally covered, but the lender has just changed its list for footstools and accessories, so let me check with our finance partner whether the whole basket qualifies and I'll get back to you tomorrow.

Kind regards,
Niamh""", promises=[("11-11", None)]),
      cu("11-16 09:05", """Hi Niamh,

Just following up on the finance question - we'd like to get the order in before your price rise in December.

Graham""", chase=True),
      cu("11-18 20:20", """Hello again - still waiting to hear back about the 0% finance. Is there someone else I should be speaking to?

Graham Darby""", chase=True)),

    C("m08-vidal-funda-valencia", "es", "closed", {"unanswered-question": 1},
      "Lorena Vidal <lorena.vidal@example.net>", "gmail_es", "Sofá Aldous con funda lavable",
      "Spanish customer in Valencia: washing the loose cover and the price of a spare cover answered, delivery to Spain skipped.",
      cu("11-04 10:15", """Hola:

Estoy mirando el sofá Aldous con funda desenfundable en lino Harlow. Tengo dos niños pequeños y un perro, así que para mí es importante: ¿la funda se puede lavar en la lavadora? ¿Y cuánto costaría una segunda funda de repuesto en el mismo color?

Vivo en Valencia. ¿Hacen envíos a España y cuánto tarda la entrega?

Un saludo,
Lorena Vidal""", uq=1),
      ag("alvaro", "11-04 12:30", """Hola, Lorena:

Sí, la funda del Aldous se lava a 30 °C con programa delicado; mejor sin secadora, y ponerla todavía un poco húmeda para que no encoja. Una segunda funda en lino Harlow cuesta 395 £ (unos 455 €) y se confecciona a medida junto con el sofá.

Un saludo,
Álvaro"""), tz=1),

    C("m09-albers-hamburg", "de", "pending", {},
      "Jens Albers <jens.albers@albers-hamburg.example>", "outlook_de", "Lieferung nach Hamburg",
      "German customer: delivery time to Hamburg, carrying up three floors and paying on invoice - all answered, the last with a no.",
      cu("11-16 08:10", """Sehr geehrte Damen und Herren,

wir interessieren uns für das Sofa Dorrington (Chesterfield, 3-Sitzer) in Bute-Wolle, Farbe Heather. Wie lange dauert die Lieferung nach Hamburg? Ist der Aufbau im Preis enthalten, oder müssen wir das Sofa selbst in die Wohnung tragen (3. Stock, kein Aufzug)? Außerdem würden wir gern auf Rechnung bezahlen - ist das möglich?

Mit freundlichen Grüßen
Jens Albers"""),
      ag("sabine", "11-16 11:30", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage. Das Dorrington fertigen wir in etwa acht Wochen; für den Transport nach Hamburg kommen rund zwei Wochen mit unserer Spedition dazu. Zwei Monteure tragen das Sofa bis in die Wohnung, auch in den 3. Stock ohne Aufzug, und bauen es dort auf - das ist im Preis enthalten.

Kauf auf Rechnung bieten wir leider nicht an: Sie zahlen 25 % bei der Bestellung und den Rest vor der Auslieferung, per Überweisung oder Karte.

Mit freundlichen Grüßen
Sabine Krüger"""), tz=1),

    C("m10-girard-devis-lyon", "fr", "closed", {"missed-follow-up": 1},
      "Mathilde Girard <mathilde.girard@example.org>", "apple_fr", "Deux canapés sur mesure",
      "French customer: swatches sent the same day, the quote for a longer size promised 'd'ici jeudi' never arrives.",
      cu("11-02 14:00", """Bonjour,

Nous rénovons un appartement à Lyon et nous aimerions commander deux canapés Aldous sur mesure (210 cm de long au lieu de 190). Pourriez-vous m'envoyer des échantillons du velours Como en Moss et en Ink ? Et quel serait le prix pour cette longueur, livraison comprise ?

Bien cordialement,
Mathilde Girard"""),
      ag("lucie", "11-02 16:30", """Bonjour Madame Girard,

Les deux échantillons sont partis aujourd'hui par La Poste ; comptez environ une semaine. Pour le prix en 210 cm, je dois faire chiffrer la longueur par l'atelier : je reviens vers vous d'ici jeudi avec un devis complet, livraison à Lyon comprise.

Bien à vous,
Lucie Marchetti""", promises=[("11-05", None)]), tz=1),

    C("m11-fairbairn-doorway", "en", "pending", {},
      "Alan Fairbairn <alan.fairbairn@example.com>", "outlook", "Will the Bexley fit?",
      "Floor plan attached; the reply answers the doorway and the left-hand chaise in two sentences.",
      cu("11-17 07:55", """Hi,

Before we commit to the Bexley corner sofa I need to be sure it will get into our flat. The narrowest point is the doorway into the lounge at 72cm, and there's a tight turn at the top of the stairs. Floor plan attached with the measurements.

Will the Bexley fit through, and is there a version where the chaise is on the left instead of the right?

Regards,
Alan Fairbairn""", attach=[("application/pdf", "floorplan-cavendish-court.pdf", FLOORPLAN_PDF)]),
      ag("callum", "11-17 10:10", """Hi Alan,

Thanks for the plan - very clear. The Bexley comes in two sections and the bigger one is 66cm deep with the legs off, so the 72cm door is fine, and our crews have managed worse stairs than yours. Left- or right-hand chaise is your choice at no extra cost; pick 'Left-hand chaise' when you order.

Regards,
Callum""")),

    C("m12-nash-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Eleanor Nash <eleanor.nash@example.net>", "gmail", "Delivery date for MF-20177",
      "Only the acknowledgement answers; four days later the customer resends the same request as a new mail with the same subject.",
      cu("11-12 21:30", """Hello,

I ordered the Clementine armchair in Kelso bouclé (order MF-20177) back in September and the confirmation said 8 weeks. Could you tell me when it's likely to be delivered? I need to arrange to be at home.

Thanks,
Eleanor Nash"""),
      ack("11-12 21:31"),
      cu("11-16 08:15", """Resending this as I haven't had a reply.

Hello,

I ordered the Clementine armchair in Kelso bouclé (order MF-20177) back in September and the confirmation said 8 weeks. Could you tell me when it's likely to be delivered? I need to arrange to be at home.

Thanks,
Eleanor Nash""", chase=True, parent=0)),

    C("m13-quayle-written-quote", "en", "closed", {},
      "Martin Quayle <martin@quayle-home.example>", "thunderbird", "Written quote after your visit",
      "Quote promised 'by Friday' sent on Thursday as a PDF; the customer's closing note only acknowledges.",
      cu("11-02 10:00", """Hi Fergus,

Following your visit last week - please could you send the written quote for the two dining chairs and the window seat cushion? We'd like the Harlow linen union in Natural for all three.

Thanks,
Martin Quayle"""),
      ag("fergus", "11-02 12:15", """Hi Martin,

Good to meet you both on Thursday. I'm waiting on the foam price for the window seat from our supplier, so I'll have the full quote over to you by Friday.

Best,
Fergus""", promises=[("11-06", 3)]),
      ag("fergus", "11-05 16:40", """Hi Martin,

Quote attached: £640 in total for the two dining chairs (seats and backs) and a new window seat cushion in 5cm high-density foam, all in Harlow linen union, Natural. Turnaround is four weeks from collection.

Best,
Fergus""", attach=[("application/pdf", "RQ-1174.pdf", QUAYLE_QUOTE_PDF)]),
      cu("11-05 18:00", """Thanks Fergus, that all looks good. We'll be in touch after the weekend to book the collection.

Martin""", thanks=True)),

    C("m14-studio-arden-quayside", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
      "Oliver Sandhu <oliver.sandhu@studioarden.example>", "owa", "Six Clementines for The Quayside, Liverpool",
      "Designer's three requests go to three agents: the price list promised for 'tomorrow' arrives a day late, delivery and placing answered, the invoice-to-client request never addressed.",
      cu("11-09 09:30", """Good morning,

We're specifying six Clementine armchairs for a hotel lobby refurbishment (The Quayside, Liverpool). The client will supply the fabric (a Designers Guild wool, already tested to BS 5852 Crib 5). A few questions:

- Please send us your trade price list for 2027 so we can cost the job.
- Can you deliver straight to the hotel and place the chairs, rather than kerbside?
- Can the invoice be made out to our client, The Quayside Hotel Group, rather than to the studio?

Kind regards,
Oliver Sandhu
Senior Designer | Studio Arden
This e-mail and any files transmitted with it are confidential and intended solely for the addressee.""", uq=1),
      ag("imogen", "11-09 11:00", """Hi Oliver,

Thanks for thinking of us for The Quayside. I've passed this to Priya, who looks after our trade accounts - she'll send you the 2027 trade price list tomorrow.

Best wishes,
Imogen""", promises=[("11-10", 4)]),
      ag("callum", "11-09 14:20", """Hi Oliver,

Imogen forwarded your note. Yes - on contract jobs a two-person crew carries the chairs in, places them where you want them and takes the packaging away. For a hotel we just need the loading bay times and a contact for the day.

Regards,
Callum""", parent=1),
      ag("priya", "11-11 10:30", """Hi Oliver,

Sorry for the wait - the 2027 trade price list is attached. The Clementine in COM is on page 4; allow 2.4 metres per chair, plus 5% if the wool has a pattern repeat.

Warm regards,
Priya""", parent=1, attach=[("application/pdf", "marlowe-finch-trade-2027.pdf", TRADE_LIST_PDF)])),

    C("m15-whitlock-sage-to-moss", "en", "pending", {},
      "Jo Whitlock <jo.whitlock@example.net>", "gmail", "Change of colour",
      "Rhetorical opener and a self-answered question about the order number; the fabric switch and delivery date are both answered.",
      cu("11-16 13:10", """Hi Imogen,

Who knew choosing a green could take three weeks? Anyway, we've finally decided: Moss rather than Sage for the Aldous. Where's my order number... ah, it's on the confirmation - MF-20402.

Is it too late to switch the fabric from Sage to Moss? And if not, does the delivery date change?

Thanks,
Jo"""),
      ag("imogen", "11-16 14:25", """Hi Jo,

Not too late at all - your fabric hadn't been cut yet, so MF-20402 is now Como velvet in Moss. Same price, and your delivery week stays as it was (w/c 14 December).

Best wishes,
Imogen""")),

    C("m16-lowther-footstool", "en", "closed", {"slow-first-response": 1},
      "Fiona Lowther <fiona.lowther@example.org>", "outlook", "Adding a footstool to MF-20299",
      "Friday-evening mail answered fully on Monday morning (over the response target).",
      cu("11-06 17:45", """Hello,

We'd like to add a matching footstool to our order MF-20299 (Dorrington, Bute wool in Heather). Can it be delivered together with the sofa, and what would it cost?

Regards,
Fiona Lowther"""),
      ag("imogen", "11-09 10:20", """Hi Fiona,

The Gilbert footstool in Bute wool Heather is £345, and it's now on MF-20299, so it travels on the same van as the sofa. The payment is simply added to your balance before delivery.

Best wishes,
Imogen""")),

    C("m17-castellan-cushions", "en", "pending", {"reopened": 1},
      "Ruth Castellan <ruth.castellan@example.com>", "gmail", "Torn seat cushion",
      "A warranty repair marked resolved; a week later the customer reports a broken zip on another cushion.",
      cu("11-02 11:00", """Hi,

The seat cushion on our Aldous has a small tear by the piping - photo attached. Can you repair it, and do we need to send the whole cushion back?

Ruth Castellan""", attach=[("image/png", "cushion-tear.png", CUSHION_PNG)]),
      ag("fergus", "11-02 14:30", """Hi Ruth,

Yes, and only the cover: unzip it and post it to us in the prepaid bag that's in today's post. Repairs like this take about a week from when the cover arrives, and there's no charge as the sofa is under warranty.

Best,
Fergus"""),
      ag("fergus", "11-10 09:00", """Hi Ruth,

Your cover is repaired and on its way back (Royal Mail tracked, due tomorrow). I'll mark this ticket as resolved - thanks for your patience.

Best,
Fergus""", closes=True),
      cu("11-16 19:30", """Hi Fergus,

The cover came back perfect, thank you. But now the zip on the other seat cushion has come off its track and won't close at all. Is that something you can fix the same way?

Ruth"""),
      ag("fergus", "11-17 08:50", """Hi Ruth,

It is - same routine as before, another prepaid bag went out this morning. A new zip is a ten-minute job and it's covered by the warranty too.

Best,
Fergus""")),

    C("m18-engel-cocktailsessel", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Katharina Engel <k.engel@example.net>", "gmail_de", "Zwei Cocktailsessel neu beziehen",
      "German customer in Manchester: free collection answered, the estimate promised 'bis Mittwoch' after the photos comes only after 'ich warte immer noch'.",
      cu("11-05 19:20", """Hallo Frau Krüger,

wir haben zwei alte Cocktailsessel aus den 50er-Jahren, die neu bezogen werden müssen. Die Federn sind in Ordnung, nur der Stoff ist durch. Was würde das ungefähr kosten, wenn wir Ihren Samt Como nehmen? Und holen Sie die Sessel bei uns in Didsbury ab?

Viele Grüße
Katharina Engel"""),
      ag("sabine", "11-06 09:15", """Hallo Frau Engel,

ja, Didsbury liegt in unserem Abholgebiet, die Abholung ist kostenlos. Für den Preis brauche ich die Einschätzung unserer Werkstatt - schicken Sie mir bitte zwei, drei Fotos der Sessel, dann melde ich mich bis Mittwoch mit einem Kostenvoranschlag.

Viele Grüße
Sabine Krüger""", promises=[("11-11", 5)]),
      cu("11-06 12:40", """Hallo Frau Krüger,

anbei die Fotos, einmal von vorne und einmal von der Seite.

Viele Grüße
Katharina Engel""", attach=[("image/png", "sessel-vorne.png", CHAIR_PNG),
                          ("image/png", "sessel-seite.png", CHAIR_SIDE_PNG)]),
      cu("11-16 08:30", """Hallo Frau Krüger,

ich warte immer noch auf den Kostenvoranschlag für die beiden Sessel. Gibt es da schon etwas Neues?

Viele Grüße
Katharina Engel""", chase=True),
      ag("sabine", "11-16 11:45", """Hallo Frau Engel,

entschuldigen Sie bitte die Verzögerung. Die Werkstatt hat sich die Fotos angesehen: Für beide Sessel in Como-Samt liegen wir bei 780 £ inklusive Stoff, Abholung und Rücklieferung. Die Arbeit dauert etwa fünf Wochen.

Viele Grüße
Sabine Krüger""")),

    C("m19-lefebvre-pieds-rayes", "fr", "closed", {"unanswered-question": 1},
      "Antoine Lefèbvre <antoine.lefebvre@lefebvre-paris.example>", "apple_fr", "Pieds rayés à la livraison",
      "French customer: new legs sent with tracking; the request to collect the packaging left behind is skipped.",
      cu("11-03 09:40", """Bonjour,

Notre canapé Elsworth a été livré hier, mais deux des pieds en chêne sont profondément rayés (photos jointes). Pouvez-vous nous envoyer deux pieds neufs ?

Par ailleurs, le livreur est reparti sans emporter les cartons et la palette. Je voudrais savoir si quelqu'un peut repasser les récupérer, nous n'avons pas de place pour les stocker.

Cordialement,
Antoine Lefèbvre""", uq=1, attach=[("image/png", "pieds.png", SCRATCH_PNG)]),
      ag("lucie", "11-03 13:10", """Bonjour Monsieur Lefèbvre,

Toutes nos excuses pour ces rayures. Deux pieds neufs, en chêne vernis naturel, sont partis ce matin en Colissimo (suivi 6A24481930271). Ils se vissent à la main : il suffit de dévisser les anciens.

Bien à vous,
Lucie Marchetti"""), tz=1),

    C("m20-ortega-financiacion", "es", "pending", {},
      "Javier Ortega <javier.ortega.r@example.com>", "gmail_es", "Financiación sin intereses",
      "Spanish speaker in London: months, deposit and approval speed answered in two sentences (one with the figures only).",
      cu("11-17 13:00", """Hola, ¿qué tal?

Quería preguntarles por la financiación sin intereses. Si pido el sofá cama Fenwick (1.480 £), ¿a cuántos meses se puede pagar? ¿Y tengo que pagar algo por adelantado?

También me gustaría saber si la aprobación es inmediata, porque me mudo el mes que viene.

Muchas gracias,
Javier Ortega"""),
      ag("alvaro", "11-17 16:20", """Hola, Javier:

12 meses sin intereses, unos 111 £ al mes, tras una entrada del 10 % (148 £). La solicitud se hace en línea al pagar y casi siempre la respuesta llega en un par de minutos.

Un saludo,
Álvaro""")),
]

CASES += [
    C("m21-rahman-forwarded-confirmation", "en", "closed", {},
      "Samira Rahman <samira.rahman@example.net>", "outlook", "FW: Your order MF-20351 is confirmed",
      "HTML-only mail forwarding the order confirmation (whose own 'Questions about your order?' lines are not the customer's); the colour mix-up is corrected with a revised PDF.",
      cu("11-04 12:10", """Hi,

See the confirmation below - it says the fabric is Harlow linen union in Natural, but I chose Oatmeal in the showroom last Saturday. Can you check which one is actually going on the sofa? Natural is far too yellow for our room.

Thanks,
Samira Rahman

________________________________
From: Marlowe & Finch <orders@marlowefinch.example>
Sent: Saturday, October 31, 2026 3:02 PM
To: Samira Rahman <samira.rahman@example.net>
Subject: Your order MF-20351 is confirmed

Thank you for your order!

Aldous 3-seater, Harlow linen union - Natural, oak legs
Estimated delivery: w/c 4 January 2027

Questions about your order? Visit https://marlowefinch.example/orders?id=MF-20351 or reply to this email.
Want to change something? You can amend fabric and legs until the cutting date.""", kind="html"),
      ag("imogen", "11-04 14:00", """Hi Samira,

You're right, and I'm sorry - the showroom keyed in the wrong colour. MF-20351 is now corrected to Harlow linen union in Oatmeal; the fabric hadn't been cut, so your delivery week doesn't move. The revised confirmation is attached.

Best wishes,
Imogen""", attach=[("application/pdf", "MF-20351-revised.pdf", CONFIRM_PDF)])),

    C("m22-greaves-cats", "en", "open", {},
      "Daniel Greaves <dgreaves@example.org>", "gmail", "Bouclé and cats",
      "A fresh question on the audit day, only the helpdesk acknowledgement so far (inside the response target).",
      cu("11-20 09:40", """Hello,

Is the Kelso bouclé suitable for a home with two cats? And do you sell it by the metre, for cushions or curtains?

Thanks,
Daniel Greaves"""),
      ack("11-20 09:41")),

    C("m23-sutcliffe-delayed-dorrington", "en", "pending", {},
      "George Sutcliffe <george.sutcliffe@example.com>", "apple", "Is our sofa delayed?",
      "Delay explained with its length; the promise to confirm the delivery date 'on Tuesday 24 November' is still ahead at audit time.",
      cu("11-18 10:00", """Hi,

Our Dorrington was due this week according to the original confirmation, but the tracking page still says 'in the workshop'. Is it delayed, and if so by how long?

Thanks,
George Sutcliffe"""),
      ag("callum", "11-18 12:30", """Hi George,

It is running about a week late: the Bute wool reached us from the mill a week behind schedule, so the frame went into upholstery on Monday instead of last Wednesday. It should be finished early next week, and I'll confirm your delivery date on Tuesday 24 November once it's through final inspection.

Regards,
Callum""", promises=[("11-24", None)])),

    C("m24-hale-old-sofa", "en", "pending", {},
      "Nadia Hale <nadia.hale@example.net>", "gmail", "Saturday delivery - old sofa",
      "Two questions answered; the reply's crew phone-ahead and recycling run are logistics, not promises.",
      cu("11-16 08:00", """Hi Callum,

Thanks for the delivery confirmation for Saturday. Will the crew take away the old sofa as we arranged, and do I need to empty the room first?

Cheers,
Nadia"""),
      ag("callum", "11-16 10:05", """Hi Nadia,

Yes - the disposal is on your job sheet, so the crew take the old sofa once the new one is in place. No need to empty the room, just clear a path from the front door. Our drivers phone about 30 minutes before they arrive, and old sofas go to our recycling partner in Salford on Mondays.

Regards,
Callum""")),

    C("m25-quinn-colleague-books", "en", "pending", {},
      "Liam Quinn <liam.quinn@example.net>", "gmail", "Delivery next week please - MF-20150",
      "'He'll be in touch tomorrow' said by one agent and kept the next morning by the colleague.",
      cu("11-16 15:00", """Hi,

Our sofa is finished (MF-20150) and we'd like it delivered next week, any weekday except Wednesday. Could you book that in?

Thanks,
Liam Quinn"""),
      ag("imogen", "11-16 16:10", """Hi Liam,

Lovely. Callum plans next week's vans tomorrow morning - he'll be in touch tomorrow with a day and a time slot for you.

Best wishes,
Imogen""", promises=[("11-17", 3)]),
      ag("callum", "11-17 10:40", """Hi Liam,

You're booked for Thursday 26 November, 12pm-4pm.

Regards,
Callum""", parent=1)),

    C("m26-vance-seat-height", "en", "closed", {},
      "Penelope Vance <p.vance@vance-partners.example>", "outlook", "Seat height of the Clementine",
      "Seat height and a taller leg answered together; the customer's out-of-office fires, then a thanks-only reply.",
      cu("11-03 11:00", """Hello,

Could you tell me the seat height of the Clementine armchair? It's for my mother, who struggles to get out of low chairs. Is a taller leg available?

Kind regards,
Penelope Vance"""),
      ag("imogen", "11-03 12:20", """Dear Penelope,

The Clementine's seat is 46cm high on its standard 13cm legs. We also make it on 18cm legs, which brings the seat up to 51cm - a popular choice for exactly that reason (£30 extra).

Best wishes,
Imogen"""),
      auto("11-03 12:21", """I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact Martin Ellis on martin.ellis@vance-partners.example.

Penelope Vance""", quote=False, subject="Automatic reply: Re: Seat height of the Clementine"),
      cu("11-09 09:30", """Thank you, that's very helpful - the taller legs it is.

Penelope""", thanks=True)),

    C("m27-marsh-partners-list", "en", "closed", {"unanswered-question": 2},
      "Becky Marsh <becky.marsh@example.com>", "gmail", "Bexley - finally ready!",
      "Four questions inside one long paragraph; firmer seats and loose back cushions answered, holding delivery until January and stain treatment skipped.",
      cu("11-05 22:10", """Hi there,

So we've been going back and forth on the Bexley for months and I think we're finally ready, but my partner has a list, so bear with me. We'd want it in the Como velvet in Ink, and I was wondering whether the seat cushions can be made a bit firmer than standard because he's tall and sinks into everything. He also wants to know if the back cushions are fixed or loose - loose would be better with the dog. On top of that we need to know whether you could hold the delivery until after 10 January, because we're having the floors done over Christmas and the room will be empty. Oh, and one last thing: could you tell me if the velvet is treated against stains, or is that something we'd need to do ourselves?

Thanks for your patience!
Becky Marsh""", uq=2),
      ag("imogen", "11-06 09:30", """Hi Becky,

No patience needed! Firmer seats are no problem - we'd use our high-resilience foam with a fibre wrap, which is noticeably firmer and costs nothing extra. The Bexley's back cushions are loose and reversible, easy to plump and to brush down if the dog gets up there.

Best wishes,
Imogen""")),

    C("m28-ferris-feather-backs", "en", "pending", {"unanswered-question": 1},
      "Isla Ferris <isla.ferris@example.org>", "iphone", "Elsworth cushions",
      "Asked about a feather wrap on the back cushions, the agent answers about seat-cushion firmness instead.",
      cu("11-17 20:00", """Hi, quick one - do you do a feather wrap on the back cushions of the Elsworth? Foam backs always feel a bit hard to me.

Thanks, Isla Ferris

Sent from my iPhone""", uq=1),
      ag("imogen", "11-18 08:40", """Hi Isla,

The Elsworth's seat cushions come in three firmnesses - soft, medium and firm - at no extra cost, and if you find foam hard the soft one is lovely and sinky. You can try all three at the Macclesfield showroom.

Best wishes,
Imogen""")),

    C("m29-pryor-recliner", "en", "closed", {"missed-follow-up": 1},
      "Dennis Pryor <dennis.pryor@example.net>", "thunderbird", "Stiff recliner mechanism",
      "'Let me look into it ... and come back to you' with no deadline; nothing within the two-day window or after.",
      cu("11-04 16:00", """Hello,

We have an old Parker Knoll recliner whose mechanism has gone very stiff. Do you repair mechanisms as part of a reupholstery job, or only the upholstery itself?

Regards,
Dennis Pryor"""),
      ag("fergus", "11-05 08:50", """Hello Dennis,

Good question - some of the older Parker Knoll mechanisms we can service in house and some we can't get parts for any more. Let me look into your model with our frame maker and come back to you.

Best,
Fergus""", promises=[("window", None)])),

    C("m30-ingram-flat-cushion", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Helen Ingram <helen.ingram@example.org>", "outlook", "One cushion much flatter than the others",
      "'Early next week' said on a Thursday (deadline Tuesday) kept on Thursday after 'Just checking in'.",
      cu("11-05 09:00", """Hi,

Our Aldous was delivered last month and one of the seat cushions has gone noticeably flatter than the other two after only four weeks. Is that normal settling, or is something wrong with the foam? Please let me know what can be done.

Regards,
Helen Ingram"""),
      ag("fergus", "11-05 11:30", """Hi Helen,

Some settling is normal in the first weeks, but one cushion going flatter than its neighbours isn't. Let me check the foam batch for your order with our supplier and I'll come back to you early next week.

Best,
Fergus""", promises=[("11-10", 4)]),
      cu("11-12 08:15", """Hi Fergus,

Just checking in on the cushion - have you heard anything from the supplier?

Helen""", chase=True),
      ag("fergus", "11-12 10:00", """Hi Helen,

Sorry, I should have written on Tuesday. The supplier has confirmed a faulty block in that batch, so we're replacing the cushion interior free of charge - it went in the post today. Just unzip the cover and swap it over.

Best,
Fergus""")),
]

CASES += [
    C("m31-haider-stoffmuster-wien", "de", "closed", {},
      "Markus Haider <markus.haider@haider-wien.example>", "thunderbird_de", "Stoffmuster nach Wien",
      "Austrian customer: three swatches and the postage question answered in one sentence.",
      cu("11-03 08:30", """Guten Tag,

könnten Sie mir bitte Stoffmuster vom Bouclé Kelso (Chalk und Oat) und von der Wolle Bute (Heather) nach Wien schicken? Fallen dafür Versandkosten an?

Besten Dank und schöne Grüße
Markus Haider"""),
      ag("sabine", "11-03 10:15", """Guten Tag Herr Haider,

die drei Muster sind heute kostenlos an Ihre Adresse in Wien gegangen, auch der Versand nach Österreich kostet Sie nichts. Rechnen Sie mit fünf bis sieben Werktagen.

Mit freundlichen Grüßen
Sabine Krüger"""), tz=1),

    C("m32-roux-quatrieme-etage", "fr", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Camille Roux <camille.roux@example.com>", "apple_fr", "Fauteuil Clementine avant Noël ?",
      "French customer: the Christmas question is answered; her follow-up about a fourth floor without a lift gets no reply, then 'Je me permets de vous relancer'.",
      cu("11-10 10:00", """Bonjour,

Je souhaite commander le fauteuil Clementine. Est-il possible de le recevoir avant Noël si je commande cette semaine ?

Merci d'avance,
Camille Roux"""),
      ag("lucie", "11-10 14:30", """Bonjour Madame Roux,

Oui : commandé cette semaine, le Clementine est fabriqué en quatre semaines (l'atelier a de la place en ce moment) et livré en France environ une semaine plus tard, donc vers le 15 décembre.

Bien à vous,
Lucie Marchetti"""),
      cu("11-13 11:20", """Merci beaucoup, j'ai passé la commande (MF-20431). Une dernière question : est-ce que le transporteur monte le fauteuil au 4e étage ? Il n'y a pas d'ascenseur.

Camille Roux"""),
      cu("11-17 09:00", """Bonjour,

Je me permets de vous relancer au sujet de la livraison au 4e étage sans ascenseur : je dois prévenir le syndic de l'immeuble.

Cordialement,
Camille Roux""", chase=True), tz=1),

    C("m33-puig-fecha-barcelona", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Núria Puig <nuria.puig@example.com>", "gmail_es", "Fecha de entrega pedido MF-20166",
      "Barcelona customer: 'Te escribo el lunes con el día de entrega' never kept; eleven days later '¿Hay alguna novedad?', still unanswered.",
      cu("11-06 10:30", """Buenos días, Álvaro:

El sofá Dorrington que pedimos en septiembre (pedido MF-20166) debería estar listo este mes. ¿Me puedes decir ya la fecha de entrega en Barcelona? Necesito organizarme con el trabajo.

Gracias,
Núria Puig"""),
      ag("alvaro", "11-06 12:00", """Hola, Núria:

El sofá sale del taller la semana que viene, pero el día exacto en Barcelona me lo tiene que dar la agencia de transporte. Te escribo el lunes con el día de entrega.

Un saludo,
Álvaro""", promises=[("11-09", None)]),
      cu("11-17 18:00", """Hola, Álvaro:

¿Hay alguna novedad sobre la entrega? Sigo esperando tu correo del lunes de la semana pasada y ya no sé si pedir el día libre o no.

Núria""", chase=True), tz=1),

    C("m34-kerr-invoice-copy", "en", "closed", {},
      "Andrew Kerr <andrew.kerr@example.com>", "gmail", "Invoice copy for insurance",
      "A request answered only with the attached invoice; thanks-only close.",
      cu("11-09 14:00", """Hi,

Please could you send me a copy of the invoice for order MF-20244? I need it for my home insurance.

Thanks,
Andrew Kerr"""),
      ag("niamh", "11-09 15:10", """Dear Andrew,

Attached.

Kind regards,
Niamh""", attach=[("application/pdf", "INV-20244.pdf", INVOICE_PDF)]),
      cu("11-09 15:30", """Perfect, thank you Niamh.

Andrew""", thanks=True)),

    C("m35-osei-chaise-inline", "en", "pending", {"unanswered-question": 1},
      "Kwame Osei <kwame.osei@example.net>", "thunderbird", "Chaise longue booking",
      "Three requests on separate lines; the inline reply answers two under their quotes and drops the third (re-gluing a loose leg joint).",
      cu("11-16 12:00", """Hi Fergus,

A few things about the reupholstery booking for our chaise longue:

Can you collect it on Friday 20th instead of Tuesday?
Is the Kelso bouclé hard-wearing enough for a piece that gets daily use?
Could you also re-glue the loose joint on the back left leg while it's with you?

Thanks,
Kwame Osei""", uq=1),
      ag("fergus", "11-16 15:40", """Hi Kwame,

> Can you collect it on Friday 20th instead of Tuesday?

Yes, the collection is moved to Friday 20th, morning.

> Is the Kelso bouclé hard-wearing enough for a piece that gets daily use?

It is - 60,000 rubs, well above what domestic seating needs.

Best,
Fergus""", quote=False)),

    C("m36-montes-cojines", "es", "closed", {},
      "Valeria Montes <valeria.montes@example.com>", "gmail_es", "Cojines en terciopelo Como",
      "Base64-encoded Spanish mail; cushions, price and lead time answered.",
      cu("11-04 09:00", """Hola:

¿Venden cojines decorativos sueltos en terciopelo Como? Me gustaría encargar dos de 45 x 45 cm en color Rust para el sofá que ya os compré. ¿Cuánto cuestan y cuánto tardan?

Saludos,
Valeria Montes""", cte="base64"),
      ag("alvaro", "11-04 11:15", """Hola, Valeria:

Sí, los hacemos a medida. Dos cojines de 45 x 45 en Como Rust con relleno de pluma salen a 58 £ cada uno, y se envían en unas dos semanas por correo, sin gastos de envío.

Saludos,
Álvaro""")),

    C("m37-pickering-drop-in-seats", "en", "closed", {},
      "Margaret Pickering <m.pickering@example.org>", "oldclient", "Dining chair seats",
      "An old mail client sends no Message-ID; the formal question is answered the same day.",
      cu("11-02 10:30", """Dear Sir or Madam,

Would you kindly tell me whether you re-cover drop-in dining chair seats, and what the charge would be for a set of six?

Yours faithfully,
Margaret Pickering (Mrs)""", msgid=False, note="m37 customer question from an old client without Message-ID"),
      ag("fergus", "11-02 13:00", """Dear Mrs Pickering,

We do, and drop-in seats are among the simplest jobs we take on. For six seats in one of our standard fabrics the charge is £270, including new wadding and a calico base.

Best,
Fergus""")),

    C("m38-booth-sofa-bed-mattress", "en", "pending", {},
      "Simon Booth <simon.booth@example.org>", "outlook", "Fenwick mattress",
      "The customer's follow-up lost its threading headers ('RE:' subject only); answered with a bare size.",
      cu("11-16 10:00", """Hi,

Do you make the Fenwick sofa bed with a memory-foam mattress? Ours will be slept on most nights for a while.

Thanks,
Simon Booth"""),
      ag("imogen", "11-16 11:20", """Hi Simon,

Yes - memory foam is a £120 upgrade on the Fenwick, and it's the one we'd recommend for nightly use.

Best wishes,
Imogen"""),
      cu("11-16 13:40", """Thanks. And how wide is the mattress? I need to buy sheets.

Simon""", thread=False),
      ag("imogen", "11-16 14:05", """Hi Simon,

140 x 190cm, a standard double.

Best wishes,
Imogen""")),

    C("m39-lyle-delivery-question", "en", "closed", {},
      "Harriet Lyle <harriet.lyle@example.org>", "gmail", "Delivery question",
      "One of two unrelated customers writing 'Delivery question' the same morning; Saturday delivery to Leeds answered.",
      cu("11-05 08:00", """Hi,

Do you deliver on Saturdays? We're in Leeds.

Harriet"""),
      ag("callum", "11-05 09:30", """Hi Harriet,

We do - the Yorkshire van runs every other Saturday, at no extra charge.

Regards,
Callum""")),

    C("m40-pritchard-delivery-question", "en", "closed", {"unanswered-question": 1},
      "Owen Pritchard <owen@pritchard-farm.example>", "outlook", "Delivery question",
      "The other 'Delivery question': carrying the sofa down a lane is answered, the farm-address charge is not.",
      cu("11-05 12:15", """Hello,

We live down a narrow lane that a large van can't get along. Can your team carry the sofa the last 100 metres from the main road? Also, is there a charge for delivering to a farm address?

Regards,
Owen Pritchard""", uq=1),
      ag("callum", "11-05 14:00", """Hi Owen,

Not a problem - the crew will park on the main road and carry it down. Just mention any gates or steps when we ring to book.

Regards,
Callum""")),
]

CASES += [
    C("m41-aldridge-fire-label", "en", "pending", {"reopened": 1},
      "Poppy Aldridge <poppy.aldridge@example.com>", "gmail", "Fire label on sofa bed",
      "Fire-label question answered under a [Resolved] subject tag; the customer comes back about the mattress's missing label.",
      cu("11-09 10:00", """Hi,

The fire safety label on our new sofa bed says it must stay attached permanently, but it's huge and sticks out from under the cushion. Is it OK to cut it off?

Thanks,
Poppy Aldridge"""),
      ag("imogen", "11-09 11:30", """Hi Poppy,

Please don't cut off the permanent label - by law it has to stay on the furniture, and you'd need it if you ever sold the sofa bed or made an insurance claim. It can be tucked under the platform out of sight. The big swing ticket, on the other hand, is only a display label and can go in the bin.

Best wishes,
Imogen""", subject="[Resolved] Re: Fire label on sofa bed", closes=True),
      cu("11-18 19:00", """Hi Imogen,

Sorry, me again. The mattress in the sofa bed doesn't seem to have any label at all. Is that right, or should there be one on it as well?

Poppy""", subject="Re: [Resolved] Re: Fire label on sofa bed"),
      ag("imogen", "11-19 09:00", """Hi Poppy,

There should be one: it's sewn into the seam at the foot end, on the underside. If it really isn't there, that's our mistake and the mattress needs replacing - a photo of the underside is all we need from you to arrange that.

Best wishes,
Imogen""")),

    C("m42-lowe-ashby-marston-road", "en", "closed", {"unanswered-question": 2},
      "Sophie Lowe <sophie@loweashby.example>", "owa", "Marston Road - two Dorringtons in COM",
      "Designer's numbered list of four requests; the quote (PDF) and the fixed date are answered, the fire paperwork and the VAT question for a Jersey client are not.",
      cu("11-03 09:15", """Hi Priya,

For the Marston Road project I need the following, ideally by the end of the week:

1. A quote for two Dorrington sofas in the client's own fabric (COM, 14m available).
2. Confirmation that you can work to a fixed delivery date of 18 December.
3. Your fire certification paperwork for COM jobs, for the client's file.
4. Details of how you charge VAT on trade orders for a client outside the UK - the client is based in Jersey.

Thanks,
Sophie Lowe
Lowe & Ashby Design
https://loweashby.example/?utm_source=mail&utm_medium=signature""", uq=2),
      ag("priya", "11-03 15:30", """Hi Sophie,

Quote attached for the two Dorringtons in COM - 14m is plenty, you need 12.5m with the pattern repeat. And yes, we can commit to delivery on Friday 18 December as long as the fabric reaches us by 16 November.

Warm regards,
Priya""", attach=[("application/pdf", "TQ-3318.pdf", LOWE_QUOTE_PDF)])),

    C("m43-yates-deposit", "en", "pending", {},
      "Charlotte Yates <charlotte.yates@example.net>", "gmail", "Deposit not showing",
      "A pleasantry with a question mark; 'I'll come back to you by end of day' kept the same afternoon by a colleague in accounts.",
      cu("11-17 09:30", """Hi, hope you all had a lovely weekend?

I paid the deposit on the Bexley (MF-20440) on Saturday but the order still shows as 'awaiting payment' on my account. Has the payment gone through?

Thanks,
Charlotte Yates"""),
      ag("imogen", "11-17 10:15", """Hi Charlotte,

Let me check with Niamh in accounts - I'll come back to you by end of day.

Best wishes,
Imogen""", promises=[("11-17", 3)]),
      ag("niamh", "11-17 14:40", """Dear Charlotte,

Imogen asked me to look into this. Your deposit of £612 arrived on Saturday and is now matched to MF-20440, which shows 'in production' from today. Weekend card payments are matched by hand on Mondays, hence the confusion - sorry about that.

Kind regards,
Niamh""", parent=1)),

    C("m44-gallagher-before-the-move", "en", "closed",
      {"unanswered-question": 2, "slow-first-response": 1},
      "Brendan Gallagher <brendan.gallagher@example.com>", "outlook", "Reupholstery before we move",
      "Friday-afternoon mail answered on Monday: the waiting time is given, the seat-foam quote and delivery to the new address are skipped.",
      cu("11-06 16:30", """Hello,

We're moving house in January and would like our Aldous (bought from you in 2023) reupholstered before the move. What's the current waiting time for reupholstery? Could you also quote for replacing the seat foam at the same time? And please let me know whether you can deliver it to the new address rather than back to the old one.

Kind regards,
Brendan Gallagher""", uq=2),
      ag("fergus", "11-09 11:00", """Hello Brendan,

Thanks for coming back to us. Reupholstery is running at about four weeks from collection at the moment, so there's time before January if we collect in the next few weeks.

Best,
Fergus""")),

    C("m45-perrin-tissu-client", "fr", "pending", {},
      "Élise Perrin <elise.perrin@atelier-perrin.example>", "apple_fr", "Mon propre tissu pour un Clementine",
      "Swiss-French customer supplying her own fabric: yardage and fire certification both answered.",
      cu("11-16 15:00", """Bonjour Lucie,

J'ai un tissu Pierre Frey que j'aimerais utiliser pour le fauteuil Clementine. Combien de mètres faut-il prévoir ? Et le tissu doit-il avoir un certificat anti-feu, ou pouvez-vous le traiter ?

Merci et belle journée,
Élise Perrin"""),
      ag("lucie", "11-16 16:30", """Bonjour Élise,

Comptez 2,4 m en 140 cm de large, un peu plus si le motif a un grand raccord. Pas besoin de certificat : si le tissu n'est pas conforme, nous posons dessous une doublure ignifuge, pour 35 £.

Bien à vous,
Lucie"""), tz=1),

    C("m46-thorne-collection-date", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Amelia Thorne <amelia.thorne@example.org>", "gmail", "Quote Q-1187 accepted",
      "'I'll confirm the collection date tomorrow' kept five days later, after 'I haven't heard back'.",
      cu("11-10 08:30", """Hi Fergus,

We're happy with the quote for the two armchairs (Q-1187) and would like to go ahead. What happens next - when can you collect them?

Thanks,
Amelia Thorne"""),
      ag("fergus", "11-10 10:00", """Hi Amelia,

Great news, thank you. I'll confirm the collection date tomorrow once I've been through the van diary.

Best,
Fergus""", promises=[("11-11", 4)]),
      cu("11-13 12:00", """Hi Fergus,

I haven't heard back about the collection date - is everything OK?

Amelia""", chase=True),
      ag("fergus", "11-16 09:00", """Hi Amelia,

Sorry - one of the vans broke down and the diary went out of the window. We'll collect on Thursday 19 November between 9am and 1pm.

Best,
Fergus""")),

    C("m47-serrano-cif-factura", "es", "pending", {"unanswered-question": 1},
      "Pablo Serrano <pablo@serrano-estudio.example>", "gmail_es", "Factura y una costura del Bexley",
      "Madrid office: a loose seam is handled with a new cover; the invoice with the company tax number is not sent.",
      cu("11-16 11:00", """Hola, Álvaro:

Ya tenemos el Bexley en la oficina y estamos encantados. Dos cosas: ¿nos podríais mandar la factura con nuestro CIF (B87654321)? La necesitamos a nombre de la empresa. Y otra: el cojín de uno de los brazos tiene una costura un poco abierta; ¿es algo que podamos arreglar nosotros o preferís mandarnos uno nuevo?

Un abrazo,
Pablo Serrano""", uq=1),
      ag("alvaro", "11-16 13:30", """Hola, Pablo:

¡Nos alegra mucho que os guste! Lo de la costura no debería pasar: hoy os ha salido por mensajería una funda nueva para ese cojín, llega en tres o cuatro días. La vieja os la podéis quedar.

Un saludo,
Álvaro"""), tz=1),

    C("m48-brandt-rechnung", "de", "closed", {"missed-follow-up": 1},
      "Tobias Brandt <t.brandt@kessler-voigt.example>", "outlook_de", "Rechnung RE-20311 ohne USt-IdNr.",
      "Berlin office: German care guide answered with a link; the corrected invoice promised for 'morgen' never arrives.",
      cu("11-03 09:00", """Guten Tag Frau Krüger,

vielen Dank für die schnelle Lieferung der beiden Aldous-Sofas für unsere Lounge. Auf der Rechnung RE-20311 fehlt leider unsere USt-IdNr. (DE287654321), ohne die unsere Buchhaltung die Rechnung nicht verbuchen kann. Könnten Sie uns bitte eine korrigierte Rechnung schicken?

Außerdem: Gibt es für die Sofas eine Pflegeanleitung auf Deutsch?

Mit freundlichen Grüßen
Tobias Brandt
Office Management | Kessler & Voigt GmbH
Kessler & Voigt GmbH, Sitz Berlin, HRB 123456 B, Geschäftsführer: A. Kessler, M. Voigt"""),
      ag("sabine", "11-03 11:20", """Guten Tag Herr Brandt,

gern. Die Pflegeanleitung auf Deutsch finden Sie hier: https://marlowefinch.example/de/pflege?stoff=harlow

Die korrigierte Rechnung muss unsere Buchhaltung neu ausstellen; ich schicke sie Ihnen morgen zu.

Mit freundlichen Grüßen
Sabine Krüger""", promises=[("11-04", None)]), tz=1),

    C("m49-barlow-links", "en", "pending", {},
      "Leah Barlow <leah.barlow@example.com>", "gmail", "Elsworth dimensions",
      "Two questions answered with nothing but two links.",
      cu("11-18 14:00", """Hi,

Where can I find the full dimensions of the Elsworth snuggler? And do you have a fabric care guide I can download?

Thanks,
Leah Barlow"""),
      ag("imogen", "11-18 14:30", """Hi Leah,

https://marlowefinch.example/sofas/elsworth#dimensions
https://marlowefinch.example/care/fabric-guide.pdf

Best wishes,
Imogen""")),

    C("m50-simmons-alcove", "en", "pending", {"unanswered-question": 2},
      "Rhys Simmons <rhys.simmons@example.com>", "gmail", "Harlow in a darker grey?",
      "First question answered with a swatch link; a week later the customer orders and adds two requests (shorter length, bank details) that the reply does not touch. The follow-up's References skip the reply it answers.",
      cu("11-11 10:00", """Hi,

Is the Harlow linen union available in a darker grey? The Slate on your website looks almost blue on my screen.

Rhys Simmons"""),
      ag("imogen", "11-11 11:30", """Hi Rhys,

Slate is the darkest grey in the Harlow range, and it's a cool grey rather than a blue - screens tend to exaggerate that. A free swatch is one click away: https://marlowefinch.example/swatches?fabric=harlow-slate

Best wishes,
Imogen"""),
      cu("11-17 19:45", """Hi Imogen,

The swatch arrived and Slate is perfect, so I've ordered the Aldous in it (MF-20452). Two more things while I think of it: can the sofa be made 10cm shorter than standard to fit an alcove? And I'd like to pay the balance by bank transfer rather than card - please send me the bank details.

Thanks,
Rhys""", uq=2, refs=[1]),
      ag("imogen", "11-18 09:10", """Hi Rhys,

Great choice - the order has come through and it's booked into the workshop for the week of 11 January, with delivery the week after.

Best wishes,
Imogen""")),

    C("m51-okoro-vat-receipt", "en", "closed", {"unanswered-question": 1},
      "Chidi Okoro <chidi@okoro-architecture.example>", "outlook", "Deposit receipt for the Dorrington",
      "A request without a question mark ('I need a VAT receipt ...') is skipped; when the balance is due is answered.",
      cu("11-04 13:00", """Hello,

I run my practice from home and the Dorrington is for the client meeting room. I need a VAT receipt for the deposit addressed to Okoro Architecture Ltd, not to me personally. Also, when will the balance be due?

Regards,
Chidi Okoro
Okoro Architecture Ltd""", uq=1),
      ag("niamh", "11-04 15:00", """Dear Chidi,

The balance falls due seven days before delivery; the payment link goes out automatically once your delivery date is confirmed.

Kind regards,
Niamh""")),

    C("m52-dumont-housse-garantie", "fr", "closed", {"unanswered-question": 1},
      "Julien Dumont <julien.dumont@example.org>", "gmail", "Housse et garantie du Bexley",
      "Brussels customer: the frame warranty is answered, whether the seat covers are machine-washable is not.",
      cu("11-12 20:30", """Bonjour,

Nous avons reçu hier notre canapé d'angle Bexley, il est magnifique. Petite question : la housse des coussins d'assise est-elle déhoussable et lavable en machine ? Et pourriez-vous nous indiquer si une garantie couvre la structure, et pour combien d'années ?

Merci d'avance et bonne soirée,
Julien Dumont""", uq=1),
      ag("lucie", "11-13 09:40", """Bonjour Monsieur Dumont,

Merci pour votre message, ravie que le Bexley vous plaise ! La structure en hêtre massif est garantie 15 ans, la suspension 5 ans.

Bien à vous,
Lucie"""), tz=1),

    C("m53-baumann-chesterfield-zoll", "de", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Reto Baumann <reto.baumann@baumann-zh.example>", "gmail_de", "Chesterfield neu beziehen - Lieferung in die Schweiz",
      "Swiss customer: 'Ich melde mich Anfang nächster Woche' said on a Thursday, kept on Wednesday (late); the leather question is never answered.",
      cu("11-05 09:00", """Grüezi Frau Krüger

Wir möchten unser altes Chesterfield-Sofa bei Ihnen neu beziehen lassen und es danach wieder in die Schweiz liefern lassen. Ist das überhaupt möglich, mit dem Zoll und allem? Und können Sie uns sagen, ob Sie auch Leder verarbeiten?

Freundliche Grüsse
Reto Baumann""", uq=1),
      ag("sabine", "11-05 11:00", """Guten Tag Herr Baumann,

das ist grundsätzlich möglich, aber wie die Zollabwicklung für die Schweiz genau läuft, muss ich mit unserer Spedition klären. Ich melde mich Anfang nächster Woche bei Ihnen.

Freundliche Grüße
Sabine Krüger""", promises=[("11-10", 3)]),
      ag("sabine", "11-11 14:00", """Guten Tag Herr Baumann,

entschuldigen Sie die Verspätung. Unsere Spedition übernimmt die Ausfuhr aus Großbritannien und die Einfuhr in die Schweiz; bei Reparaturen fällt die Schweizer MWST nur auf den Arbeitswert an, nicht auf das ganze Sofa. Den Ablauf habe ich Ihnen im Anhang zusammengefasst.

Freundliche Grüße
Sabine Krüger""", attach=[("application/pdf", "reparatur-schweiz.pdf", CH_PDF)]), tz=1),

    C("m54-moran-revised-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Holly Moran <holly@moraninteriors.example>", "apple", "Q-2290 - swap to Elsworths",
      "Designer: a revised quote promised 'by end of day' arrives four days later, after 'Just following up'.",
      cu("11-12 09:00", """Hi Priya,

Could you revise quote Q-2290 to swap the two Clementines for Elsworth snugglers, same fabric? The client wants something deeper.

Thanks,
Holly Moran
Moran Interiors"""),
      ag("priya", "11-12 10:30", """Hi Holly,

Of course - I'll get the revised quote over to you by end of day.

Warm regards,
Priya""", promises=[("11-12", 4)]),
      cu("11-16 08:45", """Hi Priya,

Just following up on the revised quote - the client is asking for it and I'd like to present it on Wednesday.

Thanks,
Holly""", chase=True),
      ag("priya", "11-16 11:00", """Hi Holly,

So sorry, that slipped through the cracks. Revised quote Q-2290-B attached: two Elsworth snugglers in Como velvet Ink, £3,980 trade.

Warm regards,
Priya""", attach=[("application/pdf", "Q-2290-B.pdf", MORAN_QUOTE_PDF)])),

    C("m55-hughes-cut-label", "en", "closed", {"unanswered-question": 1},
      "Gemma Hughes <gemma.hughes@example.net>", "gmail", "Selling our sofa - fire label",
      "Whether a sofa can be sold privately without its label is answered; the request for a replacement label or a letter is not.",
      cu("11-03 19:00", """Hello,

We're selling our Aldous (bought from you in 2021) and a buyer has asked to see the fire safety label. I'm embarrassed to say I cut it off when we moved in - I didn't realise it mattered. Can we still sell it privately without the label? And could you send us a replacement label, or a letter confirming the sofa met the fire regulations when it was made?

Thanks,
Gemma Hughes""", uq=1),
      ag("imogen", "11-04 09:20", """Hi Gemma,

Don't worry, you're far from the first! The fire regulations apply to businesses that supply furniture, so as a private seller you can sell it without the label - though some buyers, and most charity shops, will be wary of a sofa that hasn't got one.

Best wishes,
Imogen""")),

    C("m56-park-delivery-damage", "en", "pending", {"unanswered-question": 1},
      "Jenny Park <jenny.park@example.org>", "android", "Damage during delivery",
      "Outlook for Android: the torn arm gets a repair visit; the question about paying to repaint the scuffed hallway is not answered.",
      cu("11-17 18:30", """Hi,

Our Dorrington was delivered today. Unfortunately the crew caught it on the door frame and there's a small tear in the wool on the front of the left arm, about 2cm. Can someone come and repair it, or does the sofa need to go back to the workshop? The crew also left a long black scuff down our hallway wall. Will you cover the cost of repainting it?

Sorry to be a pain, it's a beautiful sofa otherwise.

Jenny Park

Get Outlook for Android""", uq=1),
      ag("callum", "11-18 09:15", """Hi Jenny,

I'm really sorry - that shouldn't have happened. A tear that size can be invisibly mended in your home, so the sofa doesn't need to come back. Fergus, our workshop manager, has a repair visit free on Tuesday 24 November between 10 and 12 and I've pencilled you in; if that doesn't suit, reply with a better day.

Regards,
Callum""")),
]

UNANSWERED: dict[str, list[str]] = {
    "m02-holloway-velvet-care": [
        "I'd also like the care instructions for the velvet before I commit - I've heard it marks easily."],
    "m03-pemberton-saturday-slot": [
        "Also, could your team take away our old two-seater when they come?"],
    "m05-verity-lang-trade": [
        "I was also wondering whether you offer 30-day payment terms once an account is approved.",
        "Could you also send me your COM requirements?"],
    "m08-vidal-funda-valencia": [
        "¿Hacen envíos a España y cuánto tarda la entrega?"],
    "m14-studio-arden-quayside": [
        "Can the invoice be made out to our client, The Quayside Hotel Group, rather than to the studio?"],
    "m19-lefebvre-pieds-rayes": [
        "Je voudrais savoir si quelqu'un peut repasser les récupérer, nous n'avons pas de place pour les stocker."],
    "m27-marsh-partners-list": [
        "On top of that we need to know whether you could hold the delivery until after 10 January, because we're having the floors done over Christmas and the room will be empty.",
        "could you tell me if the velvet is treated against stains, or is that something we'd need to do ourselves?"],
    "m28-ferris-feather-backs": [
        "do you do a feather wrap on the back cushions of the Elsworth?"],
    "m35-osei-chaise-inline": [
        "Could you also re-glue the loose joint on the back left leg while it's with you?"],
    "m40-pritchard-delivery-question": [
        "Also, is there a charge for delivering to a farm address?"],
    "m42-lowe-ashby-marston-road": [
        "Your fire certification paperwork for COM jobs, for the client's file.",
        "Details of how you charge VAT on trade orders for a client outside the UK - the client is based in Jersey."],
    "m44-gallagher-before-the-move": [
        "Could you also quote for replacing the seat foam at the same time?",
        "And please let me know whether you can deliver it to the new address rather than back to the old one."],
    "m47-serrano-cif-factura": [
        "¿nos podríais mandar la factura con nuestro CIF (B87654321)?"],
    "m50-simmons-alcove": [
        "can the sofa be made 10cm shorter than standard to fit an alcove?",
        "And I'd like to pay the balance by bank transfer rather than card - please send me the bank details."],
    "m51-okoro-vat-receipt": [
        "I need a VAT receipt for the deposit addressed to Okoro Architecture Ltd, not to me personally."],
    "m52-dumont-housse-garantie": [
        "la housse des coussins d'assise est-elle déhoussable et lavable en machine ?"],
    "m53-baumann-chesterfield-zoll": [
        "Und können Sie uns sagen, ob Sie auch Leder verarbeiten?"],
    "m55-hughes-cut-label": [
        "And could you send us a replacement label, or a letter confirming the sofa met the fire regulations when it was made?"],
    "m56-park-delivery-damage": [
        "Will you cover the cost of repainting it?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"MF-T{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=CARE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", CARE),
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
    first (as :func:`mailcraft.render_corpus`, which always sets a Message-ID)."""
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
            if m.message_id is None and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 48: Marlowe & Finch - cases",
                                 "make_practice48_corpus.py", rows)


README = """# Practice corpus 48: Marlowe & Finch support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the tool has been changed because of its cases, it is no longer
unseen.

- Company: **Marlowe & Finch**, a made-to-order sofa and upholstery workshop in Macclesfield
  that also reupholsters customers' own furniture: fabric swatches, lead times, delivery
  slots and Saturday rounds, fire-safety labels, damaged legs and cushions, 0 % finance,
  trade accounts for interior designers, customer's-own-material (COM) jobs, deliveries to
  Germany, Austria, Switzerland, France, Belgium and Spain. Support address
  `care@marlowefinch.example`; agents Imogen Hartley (customer care), Callum Reid
  (deliveries), Priya Nandakumar (trade accounts), Fergus Doyle (reupholstery workshop),
  Niamh Kearney (accounts and finance), Sabine Krüger (German-speaking customers), Lucie
  Marchetti (French-speaking customers) and Álvaro Peña (Spanish-speaking customers), all
  `@marlowefinch.example`. A helpdesk robot (`care@marlowefinch.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few tickets with "we aim to reply within
  one working day" - service-hours text, not a commitment.
- Customers are households, a few small offices and interior-design studios on
  example.com/.org/.net and `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain marlowefinch.example`.

```
python scripts/make_practice48_corpus.py                     # regenerate (deterministic, stdlib only)
python scripts/make_practice48_corpus.py --out /tmp/p48      # ... into another folder
python scripts/evaluate.py --corpus tests/practice48         # accuracy of the current tool
python -m pytest -q tests/test_practice48_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): a question deferred with a promise counts only as that promise; a
question in the customer's latest unanswered mail is `awaiting-reply` territory; one
`customer-chased` per chasing message. `CASES.md` is the generated per-case table. Every file
here is generated; edit the script and rerun it.

## Contents

{stats}

## What the corpus contains by design

Answered questions (not labelled) are answered in the agent's own words: out of order in
one paragraph (m01), two questions in one sentence (m20, m31), inline under each quoted line
(m04), with a bare figure (m38 "140 x 190cm", m20), only links (m49), only an attachment
("Attached.", m34), a "no" with the alternative (m09 paying on invoice), by a colleague who
keeps another agent's promise (m25, m43), and after a chase (m03, m18, m30, m46, m54).

Unanswered questions are the realistic kind: a secondary request skipped while the main
point is handled (m02, m03, m08, m19, m40, m47, m51, m52, m53, m55, m56), two of four
questions inside one long paragraph (m27) or in a numbered list (m42), two skipped in a
Friday mail answered on Monday (m44), an inline reply that quotes and answers two lines and
drops the third (m35), an answer to a neighbouring question (m28: seat-cushion firmness for
"a feather wrap on the back cushions"), a request to three agents of which no one takes the
invoicing part (m14), new requests in a follow-up after the first question was settled
(m50). Requests without a question mark: "I need a VAT receipt ...", "please send me the
bank details", "I'd also like the care instructions ...", list items in m42.

Not questions: a rhetorical question and a self-answered one (m15), pleasantries with a
question mark ("hope you all had a lovely weekend?", m43; "Hola, ¿qué tal?", m20), the
questions of a forwarded order confirmation in an HTML-only mail (m21), a signature
"Planning a project?" with a `?` URL (m05) and support signatures with "Need to
rearrange?" and `?` URLs, thanks-only mails (m02, m06, m13, m26, m34), a customer's
out-of-office reply (m26).

Commitments: kept on time (m13 "by Friday" on Thursday; m25 "he'll be in touch tomorrow"
by the colleague; m43 "by end of day"), kept late = missed (m03 "by Wednesday" -> next
Tuesday; m14 "she'll send ... tomorrow" -> a day late; m18 "bis Mittwoch" -> the Monday
after; m30 "early next week" said on a Thursday -> the next Thursday; m46 "tomorrow" -> five
days; m53 "Anfang nächster Woche" -> Wednesday; m54 "by end of day" -> four days), never
kept (m07 "tomorrow"; m10 "d'ici jeudi"; m29 no deadline, so the 2-day window; m33 "Te
escribo el lunes"; m48 "ich schicke sie Ihnen morgen"), a promise whose deadline is still
ahead at audit time (m23, Tuesday 24 November). Not commitments: crew phone-ahead and a
recycling run (m24), a booked repair visit (m56), a process ("the payment link goes out
automatically once your delivery date is confirmed", m51), the acknowledgement's service
hours (m07, m12, m22).

Chasing: "Any news on the delivery slot?", "Just following up on the finance question",
"still waiting to hear back" (m07 chases twice, replying to its own chaser: count 2),
"Just checking in", "I haven't heard back", "ich warte immer noch", "Je me permets de vous
relancer", "¿Hay alguna novedad? Sigo esperando", and a word-for-word resend as a new mail
with the same subject (m12). Not chasing: a second mail with the photos that were asked for
(m18's second mail).

Status and timing: awaiting reply (m07, m12, m32, m33); a fresh mail on the audit day with
only the acknowledgement (m22); slow first responses over a weekend (m16, m44); an explicit
"I'll mark this ticket as resolved" followed by a new problem (m17) and a `[Resolved]`
subject tag followed by a new question in the same thread (m41); three agents on one case
(m14).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old client that sends no Message-ID
(m37); plain 7bit, quoted-printable, base64 (m36), multipart/alternative
(acknowledgements) and HTML-only (m21); PNG photos and PDF quotes, invoices, a price list,
a floor plan; a follow-up that lost its threading headers (m38), a References gap (m50), a
resend without threading headers (m12), two customers on the same subject "Delivery
question" the same morning (m39, m40).

## Judgement calls

- **Deferral is not an unanswered question.** m07's eligibility question is deferred with
  "I'll get back to you tomorrow" (missed-follow-up only); m10's price, m18's estimate, m30's
  foam question, m33's date, m48's corrected invoice, m53's customs question likewise.
  m03's separate request to take away the old sofa is not part of the deferral and is
  labelled.
- **m28**: an answer about seat cushions does not answer a question about back cushions.
- **m41**: the `[Resolved]` tag on the agent's subject is the explicit close; the customer's
  new question after it reopens the case, and the agent's answer (without the tag) leaves it
  pending.
- **m18**: the second mail only delivers the photos that were asked for; it is neither a
  chase nor a question.
- **m56**: "I've pencilled you in" for a visit on 24 November is a booking, not a promise to
  write back.

## Independence

Written from the helper brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py,
tests/test_practice24_corpus.py and tests/practice24/README.md (structure only; no wording
borrowed) and the docstring of scripts/evaluate.py. Not opened: anything under `happyaudit/`,
the README's method, accuracy and weak-point sections, any other test file or corpus. All
labels were fixed before the single evaluation run and none was changed after it.
"""


def corpus_stats(cases: list[Case]) -> str:
    """The Contents paragraph of README.md, computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    status = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    lang_names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    uq_cases = sum(1 for c in cases if c.uq)
    chase_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    return (f"{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox "
            f"({roles['customer']} customer mails, {roles['auto']} customer out-of-office reply), "
            f"{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. "
            f"{clean} clean cases ({round(100 * clean / len(cases))} %). Languages: "
            + ", ".join(f"{lang_names[k]} {v}" for k, v in langs.most_common())
            + f". Statuses: {status['closed']} closed, {status['pending']} pending, {status['open']} open.\n\n"
            f"Expected findings: unanswered-question {found['unanswered-question']} (in {uq_cases} cases), "
            f"missed-follow-up {found['missed-follow-up']}, customer-chased {found['customer-chased']} "
            f"(in {chase_cases} cases), awaiting-reply {found['awaiting-reply']}, "
            f"slow-first-response {found['slow-first-response']}, reopened {found['reopened']}, "
            f"many-handoffs {found['many-handoffs']}.")


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.marlowefinch.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(README.replace("{stats}", corpus_stats(cases)), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, any(p is q for q in inbox)) for p in inbox + sent}
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
    """Command line: regenerate tests/practice48 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
