#!/usr/bin/env python3
"""Regenerate ``tests/practice74/``: a labelled corpus of Clearpane Window & Gutter Cleaning.

A support mailbox of a fictional window and gutter cleaning firm on the Sussex coast
(Brighton, Hove and around): domestic window cleaning rounds, commercial contracts for
offices, shops, hotels, schools and blocks of flats, conservatory roofs and skylights, gutter
and downpipe clearing, direct debits, invoices and insurance paperwork. Written without
looking at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``clearpanewindows.example``.

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

Usage: python scripts/make_practice74_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "clearpanewindows.example"
OFFICE = "Clearpane Office <office@clearpanewindows.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice74"

AGENTS = {
    "bryony": ("Bryony Tate <bryony@clearpanewindows.example>", "thunderbird", """-- 
Bryony Tate
Office & Rounds | Clearpane Window & Gutter Cleaning
01273 555 014 | Book or move a clean: https://clearpanewindows.example/book?src=email"""),
    "callum": ("Callum Reid <callum@clearpanewindows.example>", "outlook", """Callum Reid
Commercial Accounts Manager | Clearpane Window & Gutter Cleaning
Need a site survey? Just reply to this email and we'll book one in.

This email and any attachments are confidential and intended solely for the addressee.
Clearpane Cleaning Ltd, registered in England and Wales no. 09912345."""),
    "nadia": ("Nadia Osei <nadia@clearpanewindows.example>", "owa", """Nadia Osei
Accounts | Clearpane Window & Gutter Cleaning
Pay an invoice online: https://clearpanewindows.example/pay?ref=sig"""),
    "gareth": ("Gareth Pryce <gareth@clearpanewindows.example>", "iphone", """Gareth Pryce
Field Supervisor - Gutters & Conservatory Roofs
Clearpane Window & Gutter Cleaning

Sent from my iPhone"""),
    "sabine": ("Sabine Krüger <sabine@clearpanewindows.example>", "thunderbird_de", """-- 
Sabine Krüger
Kundenbetreuung (deutschsprachig) | Clearpane Window & Gutter Cleaning
Tel. +44 1273 555 016 | https://clearpanewindows.example/de?ref=signatur"""),
    "amelie": ("Amélie Roux <amelie@clearpanewindows.example>", "apple_fr", """Amélie Roux
Clientèle francophone | Clearpane Window & Gutter Cleaning
+44 1273 555 017 - https://clearpanewindows.example/fr?utm_source=email"""),
    "lucia": ("Lucía Moreno <lucia@clearpanewindows.example>", "gmail_es", """--
Lucía Moreno
Atención al cliente en español | Clearpane Window & Gutter Cleaning
+44 1273 555 018"""),
}

ACK = """Hello,

Thanks for getting in touch with Clearpane Window & Gutter Cleaning. This is an
automatic reply to let you know your message has arrived; its reference is {ref}.

Our office is open Monday to Friday, 8am to 5pm, and we will reply within one
working day. If your clean is booked for today or tomorrow and you need to change
it, please ring 01273 555 014 instead.

Clearpane Window & Gutter Cleaning
https://clearpanewindows.example/help?ref={ref}"""

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
    "helpdesk": ["X-Mailer: Clearpane Helpdesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="cp.", outlook_server="CWLP12")
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

QUOTE_LINDENHOF_PDF = mailcraft.pdf(["Clearpane Window & Gutter Cleaning - Angebot A-2611-031",
                                     "Lindenhof Sprachschule, Ditchling Road, Brighton",
                                     "46 Fenster innen und aussen, alle 6 Wochen: GBP 240",
                                     "Glasdach Eingang: GBP 45 zusaetzlich je Reinigung"])
PRICE_LIST_PDF = mailcraft.pdf(["Clearpane Window & Gutter Cleaning - Commercial price list 2026/27",
                                "Offices, shops, care homes and schools - prices ex VAT",
                                "Ground floor shopfront from GBP 12 | Upper floors from GBP 8 per floor",
                                "Gutter clearing from GBP 60 | Conservatory roofs from GBP 65"])
RISK_PDF = mailcraft.pdf(["Clearpane Cleaning Ltd - Risk assessment RA-07 (care settings)",
                          "Water-fed poles from ground level only; no ladders near exits",
                          "Residents' areas: staff sign in, DBS-checked, no unsupervised access",
                          "Reviewed October 2026"])
INVOICE_PDF = mailcraft.pdf(["Clearpane Window & Gutter Cleaning - Invoice CP-41188",
                             "Hurst & Gale Architects, 5 Dyke Road, Brighton",
                             "Monthly external clean, October 2026: GBP 54.00 + VAT",
                             "Total GBP 64.80 - paid with thanks"])
CONTRACT_PDF = mailcraft.pdf(["Clearpane Cleaning Ltd (company no. 09912345) - Service agreement",
                              "Crossley Motors, Old Shoreham Road",
                              "Showroom glazing inside and out, fortnightly: GBP 85 + VAT",
                              "Workshop roof lights, twice yearly: GBP 140 + VAT"])
FLATS_PDF = mailcraft.pdf(["Neumann Immobilienverwaltung - Objekt Sussex Square",
                           "Wohnungen 1, 2, 4, 5, 7, 9, 10, 12",
                           "Fensterreinigung aussen ab Januar 2027",
                           "Ansprechpartnerin: Petra Neumann"])
HOSTEL_PDF = mailcraft.pdf(["Clearpane Window & Gutter Cleaning - Presupuesto P-2611-019",
                            "Hostel Mar, Madeira Place, Brighton",
                            "Ventanas de 4 plantas, interior y exterior: GBP 210",
                            "Fecha propuesta: martes 17 de noviembre, desde las 8:00"])
PANEL_PNG = mailcraft.png(14, 10, lambda x, y: (180 + 5 * x, 190 + 4 * y, 200 if (x + y) % 5 else 120))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("c01-hollis-new-round", "en", "closed", {},
      "Imogen Hollis <imogen.hollis@example.com>", "gmail", "Windows at 14 Wilbury Crescent",
      "New homeowner asks frequency, price and access; one reply answers all three out of order; thanks-only close.",
      cu("11-02 19:40", """Hi there,

We've just moved into 14 Wilbury Crescent (3-bed semi, two storeys plus a loft window at the back) and the previous owners said you did their windows. A few questions before we sign up:

How often do you come round - is it monthly, or could we go every 8 weeks?
What would it cost for front and back?
Do we need to be in? The side gate is usually bolted from the inside.

Thanks,
Imogen Hollis"""),
      ag("bryony", "11-03 09:10", """Hi Imogen,

Welcome to Wilbury Crescent! Nobody needs to be home - if you can leave the bolt off on the morning of a clean, that's all we need.

The previous owners paid £24 for outside front and back including the loft window, and that carries over to you. Your road is on our Tuesday round every four weeks; eight-weekly is fine too, you'd just be on every other visit. I've pencilled you in for Tuesday 10 November.

Best wishes,
Bryony"""),
      cu("11-03 10:02", """Lovely, thank you Bryony - see you on the 10th!

Imogen""", thanks=True)),

    C("c02-marlowe-court-offices", "en", "closed", {"unanswered-question": 1},
      "Helen Ashdown <facilities@marlowecourt.example>", "outlook", "Window cleaning contract - Marlowe Court",
      "Office building asks for a quote, the access method and the insurance certificate; quote and method answered, the certificate request is skipped.",
      cu("11-04 10:20", """Good morning,

I manage the facilities at Marlowe Court, a four-storey office building on Queens Road (roughly 180 windows, all fixed panes apart from the ground floor). Our current contractor is retiring at the end of the year.

Could you quote for a monthly external clean, with the inside of the ground-floor reception glazing every fortnight? I'd also like to understand how you would reach the upper floors, as the landlord won't allow anything to be bolted to the roof. Please could you also send over a copy of your public liability insurance certificate - our insurers ask for it before any contractor comes on site.

Many thanks,
Helen Ashdown
Facilities Manager, Marlowe Court
T 01273 555 290""", uq=1),
      ag("callum", "11-04 15:45", """Dear Helen,

Thank you for thinking of us. For Marlowe Court I'd suggest:

- External, all elevations, monthly: £310 + VAT per visit
- Reception glazing inside and out, fortnightly: £45 + VAT per visit

Everything up to the fourth floor is within reach of our water-fed poles from the pavement and the rear car park, so nothing gets fixed to the roof and there's no cradle or rope work. We'd do the external clean on a Sunday morning when the car park is empty.

If you'd like to go ahead, I can start you from January.

Kind regards,
Callum""")),

    C("c03-penrose-conservatory-inline", "en", "closed", {},
      "Alan Penrose <alan.penrose@fastmail.example>", "thunderbird", "Conservatory roof",
      "Three questions answered inline, one with just a price; the booking request answered with a date.",
      cu("11-05 08:15", """Hello,

Our conservatory roof has gone green along the bottom edge and I'd like it cleaned before the winter. Some questions:

Do you clean polycarbonate roofs, or only glass ones?
Will your man need to come through the house?
Roughly what would it cost for a lean-to about 4m by 3m?

Regards,
Alan Penrose"""),
      ag("bryony", "11-05 11:30", """Hello Alan,

> Do you clean polycarbonate roofs, or only glass ones?

Both. On polycarbonate we only use soft brushes, never a pressure washer, so the sheets don't scratch.

> Will your man need to come through the house?

No, the side passage is fine - we just need the outside tap.

> Roughly what would it cost for a lean-to about 4m by 3m?

£85, including the conservatory gutter.

Bryony""", quote=False),
      cu("11-05 12:40", """Sounds good. Please book me in - any weekday except Fridays.

Alan"""),
      ag("bryony", "11-05 14:05", """Hi Alan,

You're booked for Wednesday 11 November, in the morning. Gareth's team text about half an hour before they arrive.

Bryony""")),

    C("c04-kettering-saltdean-gutters", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Rob Kettering <rkettering@example.com>", "gmail", "Overflowing gutter - Saltdean",
      "Supervisor promises a price 'by Friday' after a look on Thursday; the customer chases the next Tuesday and gets it then (late = missed).",
      cu("11-02 12:10", """Hi,

After the weekend's storm the gutter over our back door is overflowing like a waterfall - I think there's a tennis ball's worth of moss in the downpipe. Can you clear the gutters on a detached chalet bungalow in Saltdean, and what would that cost? Ideally before the next lot of rain, though I appreciate everyone's probably asking the same thing.

Rob Kettering
22 Founthill Avenue"""),
      ag("gareth", "11-02 17:50", """Hi Rob, yes we can. I need to see the downpipe before I price it, the bungalows up there often run into a soakaway. I'm in Saltdean on Thursday so I'll have a look from the road and send you a price by Friday.

Gareth""", promises=[("11-06", 4)]),
      cu("11-10 08:30", """Hi Gareth,

Did you manage to have a look on Thursday? I haven't had a price through yet and it's raining again.

Rob""", chase=True),
      ag("bryony", "11-10 11:15", """Hi Rob,

Apologies - Gareth's been out on storm call-outs all week. He did look on Thursday: clearing all the gutters and rodding the rear downpipe comes to £95, and we can do it this Friday, 13 November.

Bryony""")),

    C("c05-ravenscroft-no-show", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Priya Ravenscroft <priya.r@example.net>", "iphone", "Cleaner didn't come today",
      "Missed clean, refund or rebooking asked; acknowledgement only, the customer chases two days later; no human reply.",
      cu("11-16 18:05", """Hello,

Your cleaner didn't turn up today even though I'd left the gate open and moved the car off the drive as asked. The direct debit of £28 came out on Friday. Could you either refund it or rebook for this week please?

Priya

Sent from my iPhone"""),
      ack("11-16 18:06"),
      cu("11-18 20:10", """Hi, I'm still waiting to hear back about this. Nobody has been round and nobody has replied.

Priya

Sent from my iPhone""", chase=True)),

    C("c06-lange-marine-parade", "de", "closed", {"unanswered-question": 1},
      "Kerstin Lange <kerstin.lange@lange-immobilien.example>", "outlook_de", "Fensterreinigung Marine Parade 61",
      "German owner of holiday flats (writing from Hamburg): price, rhythm for the sea-facing doors and invoicing answered; whether the cleaners need a key is not.",
      cu("11-04 09:30", """Sehr geehrte Damen und Herren,

ich bin Eigentümerin des Hauses Marine Parade 61 (sechs Ferienwohnungen auf vier Etagen) und wohne in Hamburg. Meine bisherige Reinigungsfirma hat leider aufgegeben.

Könnten Sie die Fenster außen einmal im Monat reinigen, und was würde das kosten? Die Balkontüren zur Meerseite sind durch das Salz besonders schnell verschmiert, vielleicht ist da ein anderer Rhythmus sinnvoll. Brauchen Ihre Mitarbeiter einen Schlüssel, oder kommen sie von außen an alle Fenster heran? Vor Ort ist leider niemand, der aufschließen könnte.

Die Rechnungen gehen bitte an die Lange Immobilien GmbH, Umsatzsteuer-ID DE284551907.

Mit freundlichen Grüßen
Kerstin Lange""", uq=1),
      ag("sabine", "11-04 13:20", """Sehr geehrte Frau Lange,

vielen Dank für Ihre Anfrage. Die Marine Parade kennen wir gut, wir reinigen dort schon mehrere Häuser.

Für alle Fenster außen berechnen wir 96 £ im Monat. Die Balkontüren zur Meerseite würden wir alle zwei Wochen mitnehmen, das kostet 22 £ zusätzlich pro Besuch - bei der Seeluft lohnt sich das. Die Rechnungen stellen wir selbstverständlich auf die Lange Immobilien GmbH mit Ihrer USt-ID aus.

Der erste Termin wäre Montag, der 16. November.

Mit freundlichen Grüßen
Sabine Krüger"""), tz=1),

    C("c07-marchetti-vitrine", "fr", "closed", {},
      "Julien Marchetti <julien@boulangerie-marchetti.example>", "apple_fr", "Nettoyage vitrine boulangerie",
      "French bakery asks whether shopfronts are done, before 7:30, and the weekly price; all answered in two sentences; thanks-only reply.",
      cu("11-09 07:05", """Bonjour,

J'ai ouvert une boulangerie sur Church Road à Hove il y a deux mois et la vitrine est déjà dans un état lamentable (farine à l'intérieur, embruns à l'extérieur…).

Est-ce que vous faites le nettoyage de vitrines pour les commerces, intérieur et extérieur ? Il faudrait que ce soit avant 7h30, on ouvre à 8h. Et ça coûterait combien par semaine ?

Merci d'avance,
Julien Marchetti
Boulangerie Marchetti – 112 Church Road, Hove"""),
      ag("amelie", "11-09 10:40", """Bonjour Julien,

Oui : notre tournée des commerces passe sur Church Road tous les mardis à partir de 6h30, vous seriez parmi les premiers, donc bien avant l'ouverture. Pour la vitrine intérieur et extérieur plus la porte, comptez 18 £ par semaine.

Nous pouvons commencer mardi 17 si cela vous convient.

Bien cordialement,
Amélie"""),
      cu("11-09 11:15", """Parfait, merci beaucoup ! À mardi.

Julien""", thanks=True)),

    C("c08-alhambra-toldos", "es", "closed", {"missed-follow-up": 1},
      "Rocío Fernández <rocio.fdez@correo.example>", "gmail_es", "Limpieza de cristales y letrero",
      "Spanish tapas bar: the awnings question is answered with a referral; the price is deferred with 'le escribo el martes', never sent.",
      cu("11-05 16:20", """Hola, buenas tardes:

Tengo un bar de tapas en Ship Street y necesitamos que alguien limpie los cristales de la fachada y el letrero, que está lleno de cacas de gaviota. ¿Cuánto nos cobrarían por una limpieza cada quince días? ¿También limpian los toldos?

Muchas gracias,
Rocío Fernández
Taberna La Alhambra"""),
      ag("lucia", "11-06 09:30", """Hola, Rocío:

Gracias por escribirnos. Los toldos no los limpiamos nosotros, pero le recomiendo Sussex Canopy Care (01273 555 877), que trabajan muy bien y están al lado.

Para el precio de la fachada y el letrero tengo que preguntarle a mi compañero Gareth si el letrero necesita escalera; le escribo el martes con el presupuesto.

Un saludo,
Lucía""", promises=[("11-10", None)])),

    C("c09-abernethy-rooflight", "en", "closed", {},
      "Tom Abernethy <tom.abernethy@example.org>", "apple", "Rooflight",
      "A rhetorical question and a question the customer answers himself; the real request and its price are answered.",
      cu("11-10 13:00", """Hi,

Who knew a pair of pigeons could make such a mess of a skylight? Ours is now more or less opaque.

It's a flat rooflight on the single-storey kitchen extension, about 1.2m square. Where do I find my customer number, by the way? Ah, ignore that, it's on the last invoice: CP-20871.

Can you add the rooflight to our next regular clean, and is there an extra charge for it?

Thanks,
Tom"""),
      ag("bryony", "11-10 15:20", """Hi Tom,

Poor you - pigeons are the worst. The rooflight is on your next visit, Thursday 26 November, at £6 on top of your usual £22.

Best wishes,
Bryony""")),

    C("c10-harbourside-blocks", "en", "closed", {"unanswered-question": 2},
      "Diane Whitlock <d.whitlock@harboursidelettings.example>", "outlook", "Anchor House, Sextant Court and the Old Ropeworks",
      "Block manager's long paragraph with four asks (cc a colleague); separate invoices and stairwells answered, the same-day visit and the cherry picker question not.",
      cu("11-11 09:45", """Hi Callum,

Following our call last week, I've now got sign-off to move our blocks over to you from January. To recap where we are: there are three blocks - Anchor House (5 floors, 40 flats), Sextant Court (3 floors, 18 flats) and the Old Ropeworks (converted warehouse, lots of very tall arched windows on the canal side, which the previous contractor used to do by abseil). I was wondering whether you could do all three on the same day each month, so the residents only get the one notice. The Ropeworks arched windows are the other worry: would they need a cherry picker? If so we'll need to get the towpath closure arranged with the council well in advance. We'll also need the communal stairwell windows done inside, which I don't think were in your original figures. And could you invoice each block separately, as they sit on different service charge budgets?

Best regards,
Diane Whitlock
Block Manager | Harbourside Lettings
Resident portal: https://harboursidelettings.example/residents?block=all""", uq=2,
         cc="Mark Ellis <m.ellis@harboursidelettings.example>"),
      ag("callum", "11-11 14:30", """Hi Diane,

Great news, thank you. Separate invoices per block are no problem - each will go to the address on its service charge account.

I've added the inside of the communal stairwell windows on all three blocks: £140 + VAT a month in total, on top of the figures I sent.

Kind regards,
Callum""")),

    C("c11-okonjo-post-render", "en", "pending", {},
      "Sarah Okonjo <sarahokonjo@example.com>", "gmail", "Clean after scaffolding comes down",
      "Render-splash question answered at once; the date is promised 'by Wednesday' and confirmed on Tuesday.",
      cu("11-16 08:50", """Morning!

We're having the house rendered and the scaffolding comes down on the 27th. Could you do a one-off clean of all the windows, frames and sills straight after? They're going to be covered in dust and splashes. Also - is render splatter something you can get off glass, or do we need a specialist?

Sarah"""),
      ag("bryony", "11-16 10:05", """Hi Sarah,

Render splashes usually come off with a scraper and plenty of water as long as they haven't been left for months - we do it after building work all the time, no specialist needed.

The team diary for the week of the 30th is being finalised today; I'll confirm a date for you by Wednesday.

Bryony""", promises=[("11-18", 3)]),
      ag("bryony", "11-17 16:20", """Hi Sarah,

You're down for Tuesday 1 December, first job of the day. The post-build clean, inside and out with frames and sills, is £65.

Bryony""", parent=1)),

    C("c12-fairlight-dental-reopened", "en", "closed", {"reopened": 1},
      "Graham Fairlight <graham@fairlight-dental.example>", "thunderbird", "Rear windows not done",
      "Missed rear windows redone and the ticket marked resolved; a week later the customer reports streaks on the door in the same thread.",
      cu("11-03 09:00", """Hello,

Our monthly clean was due yesterday but the rear windows weren't done - the ones facing the car park. Could someone come back and finish them?

Graham Fairlight
Practice Manager, Fairlight Dental"""),
      ag("callum", "11-03 11:40", """Hi Graham,

Apologies - the car park was full when the team arrived, so they couldn't get the poles in. They'll be back tomorrow at 7am, before your first patients.

Kind regards,
Callum"""),
      ag("callum", "11-04 15:10", """Hi Graham,

The team confirmed the rear windows were done this morning. I'll mark this ticket as resolved - just reply if anything doesn't look right.

Kind regards,
Callum""", closes=True),
      cu("11-12 10:30", """Hi Callum,

The rear windows look great, thanks. Something else while I have you: there are streaks all over the glass door at reception after this month's visit, and the afternoon sun shows up every one of them. Could the team have another go at it on their next visit, or sooner if they're passing?

Graham"""),
      ag("callum", "11-12 14:00", """Hi Graham,

Sorry about that - it was the water filter on that van, the resin has now been changed. The team are in Portslade on Monday and will call in to redo the door, at no charge.

Kind regards,
Callum""")),

    C("c13-seaview-hotel-handoffs", "en", "closed", {"many-handoffs": 1},
      "Oliver Nash <oliver.nash@seaviewhotel.example>", "owa", "Monthly cleans and invoices",
      "Hotel's questions handled by three agents (rounds, accounts, commercial): every question answered, 'she'll be in touch' kept the same day; a References gap on the last reply.",
      cu("11-12 09:15", """Hi,

We're the Seaview Hotel on Marine Parade. We'd like to move from quarterly to monthly window cleaning from December, and the invoices should now go to our new accountant at accounts@seaviewhotel.example rather than to me. Can you do both?

Oliver Nash
General Manager, Seaview Hotel"""),
      ag("bryony", "11-12 10:30", """Hi Oliver,

Monthly from December is fine - I've moved you onto the first-Monday round, starting 7 December. I've passed the invoice change to Nadia in accounts; she'll be in touch.

Bryony""", promises=[("window", 3)]),
      ag("nadia", "11-12 14:05", """Dear Oliver,

From the December invoice onwards everything will go to accounts@seaviewhotel.example.

Regards,
Nadia""", parent=1),
      cu("11-13 08:40", """Thanks both. One more - the glass balustrade on the penthouse balcony. Can that go on the monthly clean too?

Oliver"""),
      ag("callum", "11-13 12:10", """Hi Oliver,

Callum here, I look after our commercial accounts. Yes - the balustrade panels can be done from the balcony itself; I've added them at £15 a visit.

Kind regards,
Callum""", refs=[1, 4])),

    C("c14-delaney-weekend-slow", "en", "pending", {"slow-first-response": 1},
      "Mark Delaney <mark.delaney@example.com>", "gmail", "Windows and gutters quote",
      "Friday-evening enquiry answered on Monday afternoon (slow first response); every question answered.",
      cu("11-13 16:45", """Hello,

We had one of your leaflets through the door. Do you do gutter clearing as well as windows, and could you quote for both on a three-storey townhouse? The gutters are at the top of the third storey so I'm guessing ladders won't reach.

Mark Delaney
9 Withdean Rise"""),
      ag("gareth", "11-16 15:30", """Hi Mark, sorry for the slow reply, the office is shut at weekends.

We do both. Gutters are cleared from the ground with a vacuum on carbon poles, good for up to four storeys, so no ladders. For a three-storey townhouse: windows £32, gutters £80, or £100 if you book them together.

Gareth""")),

    C("c15-beck-sash-card", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Lauren Beck <lauren.beck@example.org>", "gmail", "Back windows and paying by card",
      "Numbered list of two: the sash question deferred with 'come back to you tomorrow' (never kept); the switch to card payment ignored.",
      cu("11-09 11:20", """Hi,

Two things about our windows:

1. The second-floor sash windows at the back are stuck shut, so your cleaner couldn't do the outsides last time - can they be done from a ladder instead, or would that cost more?
2. Please can you switch our payment from cash to card? I'm never in when your man comes to collect.

Thanks
Lauren""", uq=1),
      ag("bryony", "11-09 14:10", """Hi Lauren,

A ladder isn't safe at that height on your side of the street, with the basement lightwell right below. I'll ask Gareth whether our longer poles reach over the lightwell and come back to you tomorrow.

Bryony""", promises=[("11-10", None)])),

    C("c16-lindenhof-angebot", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Bernd Schäfer <b.schaefer@lindenhof-sprachschule.example>", "thunderbird_de", "Angebot Fensterreinigung Lindenhof",
      "German language school: quote promised 'bis Mittwoch, den 11. November', sent on the 16th after 'gibt es schon Neuigkeiten'; the start date answered at once.",
      cu("11-05 10:00", """Hallo Frau Krüger,

wie am Telefon besprochen hier die Eckdaten für unser Schulgebäude in der Ditchling Road: drei Etagen, 46 Fenster, dazu das Glasdach über dem Eingang. Wir hätten gern ein Angebot für eine Reinigung alle sechs Wochen, innen und außen. Wann könnten Sie frühestens anfangen?

Viele Grüße
Bernd Schäfer
Lindenhof Sprachschule Brighton"""),
      ag("sabine", "11-05 14:30", """Hallo Herr Schäfer,

vielen Dank. Anfangen könnten wir frühestens in der Woche ab dem 23. November. Das Glasdach muss sich vorher unser Vorarbeiter Gareth ansehen, er ist am Montag in der Gegend. Das Angebot schicke ich Ihnen bis Mittwoch, den 11. November.

Viele Grüße
Sabine Krüger""", promises=[("11-11", 4)]),
      cu("11-16 09:20", """Hallo Frau Krüger,

gibt es schon Neuigkeiten zu unserem Angebot? Wir müssten das Budget diese Woche freigeben lassen.

Viele Grüße
Bernd Schäfer""", chase=True),
      ag("sabine", "11-16 12:45", """Hallo Herr Schäfer,

entschuldigen Sie bitte die Verzögerung. Im Anhang finden Sie das Angebot: 240 £ pro Reinigung innen und außen, das Glasdach 45 £ zusätzlich. Wenn Sie bis Donnerstag zusagen, fangen wir am 23. November an.

Viele Grüße
Sabine Krüger""", attach=[("application/pdf", "Angebot-A-2611-031.pdf", QUOTE_LINDENHOF_PDF)])),

    C("c17-dubreuil-syndic", "fr", "closed", {"unanswered-question": 1},
      "Hélène Dubreuil <helene.dubreuil@courriel.example>", "gmail", "Fenêtres appartement 3e étage",
      "French family in a third-floor flat: whether it can be done and the price answered; whether the managing agent must agree is not.",
      cu("11-12 18:30", """Bonjour,

Nous habitons au 3e étage d'un immeuble d'Adelaide Crescent et le syndic ne fait nettoyer que les parties communes. Est-ce que vous pouvez nettoyer les fenêtres d'un appartement privé à cette hauteur, depuis l'extérieur ? Ce sont des fenêtres à guillotine, impossible de faire l'extérieur nous-mêmes.

Et si oui, est-ce qu'il faut l'accord du syndic ?

Cordialement,
Hélène Dubreuil""", uq=1),
      ag("amelie", "11-13 09:10", """Bonjour Madame Dubreuil,

Oui, nous nettoyons déjà plusieurs appartements d'Adelaide Crescent ; au 3e étage nous travaillons avec des perches télescopiques depuis le trottoir. Pour un appartement avec des fenêtres à guillotine en façade, comptez 26 £ par passage.

Bien cordialement,
Amélie""")),

    C("c18-ruiz-regency-square", "es", "pending", {},
      "Javier Ruiz Soto <javier.ruizsoto@correo.example>", "gmail_es", "Limpieza de ventanas - piso en Regency Square",
      "Spanish owner of a holiday let, writing from Madrid (base64 body): frequency, price and paying from abroad all answered; thanks-only reply.",
      cu("11-17 10:15", """Buenos días:

Tengo un piso de alquiler vacacional en Regency Square (primera planta, cuatro ventanas grandes a la calle y dos balcones). Quisiera saber si ustedes podrían limpiar los cristales por fuera una vez al mes, y cuánto costaría. Como vivo en Madrid, ¿se puede pagar con tarjeta o por transferencia sin estar allí?

Un saludo cordial,
Javier Ruiz Soto""", cte="base64"),
      ag("lucia", "11-17 12:30", """Buenos días, Javier:

Claro que sí. Las cuatro ventanas y los dos balcones por fuera, una vez al mes, son 20 £. No hace falta que esté usted: después de cada limpieza le mandamos la factura por correo electrónico y puede pagarla con tarjeta desde el enlace de la propia factura, o por transferencia si lo prefiere.

La primera limpieza podría ser el jueves 26 de noviembre.

Un saludo,
Lucía"""),
      cu("11-17 14:00", """Perfecto, muchas gracias. Quedamos así.

Javier""", thanks=True), tz=1),

    C("c19-cedars-care-home-docs", "en", "pending", {},
      "Janet Morley <admin@cedarscarehome.example>", "outlook", "Contractor review - window cleaning",
      "Care home asks for a price list, a risk assessment and the DBS policy; answered with two PDF attachments and a link, nothing else.",
      cu("11-18 11:00", """Hello,

We are reviewing our contractors at The Cedars. Please could you send us your current price list for commercial window cleaning, and a copy of your risk assessment for working around vulnerable residents. Is there also somewhere on your website where we can read your DBS checking policy?

Kind regards
Janet Morley
Administrator, The Cedars Care Home"""),
      ag("callum", "11-18 14:40", """Dear Janet,

Both documents are attached. The DBS policy: https://clearpanewindows.example/policies/dbs

Kind regards,
Callum""", attach=[("application/pdf", "Clearpane-commercial-prices-2026.pdf", PRICE_LIST_PDF),
                      ("application/pdf", "RA-07-care-settings.pdf", RISK_PDF)])),

    C("c20-mallory-fascias", "en", "pending", {"unanswered-question": 1},
      "Chris Mallory <chris.mallory@example.com>", "gmail", "Change of day",
      "Day change done; ten days later a follow-up asks about fascias and e-mailed receipts, and only the receipts are answered.",
      cu("11-04 09:30", """Hi,

Can we move our clean from Thursday to Friday? Thursdays the dog walker is in and out of the side gate all morning.

Chris"""),
      ag("bryony", "11-04 10:45", """Hi Chris,

No problem - you're on the Friday round from now on, next visit 13 November.

Bryony"""),
      cu("11-13 17:20", """Thanks, they came today and the windows look great. While I think of it, do you also clean fascias and soffits? Ours have gone a bit green. Also could you send receipts by email instead of paper through the door?

Chris""", uq=1),
      ag("bryony", "11-16 09:15", """Hi Chris,

Glad they look good! I've switched you to email receipts - they'll come from accounts@clearpanewindows.example after each visit.

Bryony""")),

    C("c21-doyle-patcham-fresh", "en", "open", {},
      "Kieran Doyle <kdoyle@example.net>", "android", "Gutters and a loose downpipe - Patcham",
      "Fresh enquiry on the audit morning with only the helpdesk acknowledgement: inside the response target, nothing fires.",
      cu("11-20 08:40", """Hi, can you quote for clearing the gutters and downpipes on a semi in Patcham? One of the downpipes has come away from the wall as well - is that something you fix, or do I need a roofer?

Kieran

Get Outlook for Android"""),
      ack("11-20 08:41")),

    C("c22-gallagher-rottingdean", "en", "open", {"awaiting-reply": 1},
      "Fiona Gallagher <fiona.gallagher@example.org>", "apple", "Window cleaning - Rottingdean bungalow",
      "Price answered; the customer's follow-up questions a week later get no reply: awaiting reply, not unanswered.",
      cu("11-10 12:00", """Hi,

How much would you charge to clean the windows on a two-bed bungalow in Rottingdean?

Fiona"""),
      ag("bryony", "11-10 14:30", """Hi Fiona,

£18 for the outside every four weeks, or £30 inside and out.

Bryony"""),
      cu("11-17 19:45", """Thanks Bryony. Would it be possible to start before Christmas? And do I need to be home for the inside clean, or can I leave a key with my neighbour?

Fiona""")),

    C("c23-hurst-gale-invoice-copy", "en", "pending", {},
      "Rebecca Hurst <rebecca.hurst@hurstandgale.example>", "outlook", "Copy of invoice CP-41188",
      "Invoice copy sent as a PDF; the customer's signature carries 'Thinking of extending?' and a '?' URL; thanks-only reply.",
      cu("11-16 09:05", """Hello,

Could you send me a copy of invoice CP-41188? Our finance system lost it in the migration.

Many thanks,
Rebecca Hurst
Office Manager | Hurst & Gale Architects
Thinking of extending? Book a free design chat: https://hurstandgale.example/consult?utm=email"""),
      ag("nadia", "11-16 10:20", """Dear Rebecca,

Please find a copy of CP-41188 attached.

Regards,
Nadia""", attach=[("application/pdf", "CP-41188.pdf", INVOICE_PDF)]),
      cu("11-16 10:35", """Got it, thank you!

Rebecca Hurst
Office Manager | Hurst & Gale Architects
Thinking of extending? Book a free design chat: https://hurstandgale.example/consult?utm=email""", thanks=True)),

    C("c24-malhotra-broken-pot", "en", "closed", {"missed-follow-up": 1},
      "Dev Malhotra <dev.malhotra@example.com>", "gmail", "Damage after today's clean",
      "A cracked pot and dented lawn edging; the agent apologises and will 'get back to you' (no deadline: 2-day window) and never does.",
      cu("11-11 20:10", """Hi,

Your team cleaned our windows today and one of the ladders left two dents in the lawn edging and cracked the terracotta pot by the back door. Not the end of the world, but the pot was a present from my mum. What do you normally do in these situations?

Dev"""),
      ag("bryony", "11-12 09:00", """Hi Dev,

I'm really sorry about the pot. I'll speak to the team who were out yesterday and get back to you.

Bryony""", promises=[("window", None)])),

    C("c25-haddad-yoga-filtered", "en", "pending", {"customer-chased": 2, "slow-first-response": 1},
      "Samira Haddad <s.haddad@brightonyogaloft.example>", "owa", "Booking window cleaning for the studio",
      "Booking request unanswered for a week; the customer chases twice ('just following up', 'third time I'm writing'); then booked with an apology.",
      cu("11-09 09:10", """Hello,

You quoted us in September for the studio's front windows (£35 a month) and we'd now like to go ahead. Can you let me know the first available date?

Samira Haddad
Studio Manager, Brighton Yoga Loft"""),
      cu("11-12 08:50", """Hi again,

Just following up on the email below - we'd still like to book.

Samira""", chase=True),
      cu("11-16 09:00", """Hello,

This is the third time I'm writing. Is anyone reading this inbox? We're happy to book, I just need a date.

Samira""", chase=True),
      ag("callum", "11-16 11:30", """Dear Samira,

I'm so sorry - your emails were caught by a filter meant for newsletters. You're booked for Tuesday 24 November at 7:30, before your first class, at the £35 we quoted.

Kind regards,
Callum""")),

    C("c26-wagner-lansdowne-inline", "de", "pending", {},
      "Thomas Wagner <t.wagner@wagner-hausverwaltung.example>", "outlook_de", "Objekt Lansdowne Place 8",
      "German property manager's three questions answered inline under the quoted lines, the last with a bare 'Ja.'",
      cu("11-17 08:30", """Guten Morgen Frau Krüger,

für das Objekt Lansdowne Place 8 (Mehrfamilienhaus, vier Etagen) vor der Beauftragung noch ein paar Fragen:

Reinigen Sie auch die Oberlichter im Treppenhaus?
Wie lange im Voraus müssen wir die Mieter informieren?
Ist die Anfahrt im Preis enthalten?

Mit freundlichen Grüßen
Thomas Wagner
Wagner Hausverwaltung"""),
      ag("sabine", "11-17 11:10", """Guten Morgen Herr Wagner,

> Reinigen Sie auch die Oberlichter im Treppenhaus?

Von innen ja, mit der Teleskopstange. Von außen nur nach Absprache, weil man dafür aufs Dach muss.

> Wie lange im Voraus müssen wir die Mieter informieren?

Eine Woche genügt. Zwei Tage vorher hängen wir zusätzlich einen Aushang in den Hausflur.

> Ist die Anfahrt im Preis enthalten?

Ja.

Mit freundlichen Grüßen
Sabine Krüger""", quote=False)),

    C("c27-perrin-verriere", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Mathieu Perrin <m.perrin@galerie-perrin.example>", "apple_fr", "Devis nettoyage verrière",
      "French gallery: Monday working answered; the quote promised 'd'ici mardi prochain' comes on Friday after 'Je me permets de revenir vers vous'.",
      cu("11-04 14:00", """Bonjour,

Notre galerie de Gardner Street a une verrière d'environ 20 m² qui n'a pas été nettoyée depuis des années. Pourriez-vous me faire un devis ? Est-il possible d'intervenir un lundi, jour de fermeture de la galerie ?

Bien à vous,
Mathieu Perrin
Galerie Perrin"""),
      ag("amelie", "11-04 16:30", """Bonjour Monsieur Perrin,

Le lundi ne pose aucun problème, c'est même l'idéal pour une verrière. Pour le devis, notre chef d'équipe Gareth doit d'abord vérifier l'accès au toit ; il passe vendredi et je reviens vers vous d'ici mardi prochain avec un prix.

Bien cordialement,
Amélie""", promises=[("11-10", 4)]),
      cu("11-13 11:00", """Bonjour Amélie,

Je me permets de revenir vers vous au sujet du devis pour la verrière, je n'ai toujours rien reçu. Avez-vous pu avancer ?

Cordialement,
Mathieu Perrin""", chase=True),
      ag("amelie", "11-13 15:20", """Bonjour Monsieur Perrin,

Toutes mes excuses pour ce retard. Gareth a pu monter vendredi : le nettoyage de la verrière, intérieur et extérieur, revient à 180 £ HT. Nous pouvons intervenir le lundi 23 novembre au matin.

Bien cordialement,
Amélie""")),

    C("c28-ortega-invernadero", "es", "closed", {"unanswered-question": 1},
      "Carmen Ortega <carmen.ortega@correo.example>", "gmail_es", "Limpieza antes de Navidad",
      "Spanish family going away: the December clean is brought forward; the greenhouse question is ignored.",
      cu("11-12 10:00", """Hola:

Les escribo porque nos vamos a España del 10 de diciembre al 6 de enero. ¿Podrían hacer la limpieza de diciembre antes de que nos vayamos, por ejemplo el día 8 o el 9? Y otra cosa: ¿pueden limpiar también los cristales del invernadero del jardín? Es pequeño, de unos 2 x 3 metros.

Gracias,
Carmen Ortega""", uq=1),
      ag("lucia", "11-12 12:45", """Hola, Carmen:

Sin problema, les adelantamos la limpieza de diciembre al miércoles 9 por la mañana.

¡Buen viaje!
Lucía""")),

    C("c29-whitaker-forwarded-tenant", "en", "pending", {},
      "Paul Whitaker <paul@whitakerestates.example>", "gmail", "Fwd: Windows",
      "HTML-only forward of a tenant's complaint full of questions; the landlord's own request is answered (the return visit is logistics, not a promise).",
      cu("11-18 09:30", """Hi Bryony,

See below from my tenant at 4 Clifton Hill. Can you send someone back to redo the top-floor windows this week? Put it on my account if there's a charge.

Paul

---------- Forwarded message ---------
From: Anna Lindqvist <anna.lindqvist@example.net>
Date: Tue, 17 Nov 2026 at 21:12
Subject: Windows
To: Paul Whitaker <paul@whitakerestates.example>

Hi Paul, the window cleaners came today but the top-floor windows are still dirty - did they actually do them? Can you ask them to come back? Also, is there any news on the boiler service?
Thanks, Anna""", kind="html"),
      ag("bryony", "11-18 11:40", """Hi Paul,

Sorry about this - the top floor at Clifton Hill was missed because the back lane was blocked by a skip. The team will redo it on Thursday morning, no charge.

Bryony""")),

    C("c30-forsyth-beech-template", "en", "pending", {"unanswered-question": 2},
      "Neil Forsyth <neil.forsyth@example.org>", "outlook", "Gutters full again",
      "Three bulleted questions; a templated price-list reply covers the cost only: gutter guards and the roof valley are skipped.",
      cu("11-16 13:10", """Hello,

There's a big beech tree next door and our gutters are full again two months after you cleared them. A few questions:

- Do you fit gutter guards, and are they worth it with beech leaves?
- How much would it cost to clear them again now? It's a semi.
- Could you also check the valley between the two roofs while you're up there? I think that's where the leak in the back bedroom is coming from.

Neil Forsyth""", uq=2),
      ag("bryony", "11-16 15:00", """Dear Customer,

Thank you for your enquiry about gutter clearing. Our current prices are:

Terraced house: £60
Semi-detached: £75
Detached: £90
Extensions and conservatories: from £20

You can book online at https://clearpanewindows.example/gutters or reply to this email with your preferred date.

Kind regards,
Bryony
Clearpane Window & Gutter Cleaning""", sig=False)),

    C("c31-price-hove-saturday-ooo", "en", "closed", {},
      "Hannah Price <hannah.price@pricehovelaw.example>", "gmail", "Window cleaning day",
      "Move to a Saturday answered; the customer's out-of-office fires on the reply; her later thanks-only mail does not reopen.",
      cu("11-05 09:00", """Hi,

Could you clean our office windows (ground-floor shopfront, 3 Western Road) on a Saturday instead of a Wednesday from now on? Clients keep walking into the ladder.

Hannah Price
Price & Co Solicitors"""),
      ag("callum", "11-05 13:20", """Hi Hannah,

Ha - we'd rather that didn't happen either. You're on the Saturday morning round from now on, the first one this Saturday, the 7th.

Kind regards,
Callum"""),
      auto("11-05 13:21", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact reception@pricehovelaw.example or call 01273 555 402.

Hannah Price""", quote=False, subject="Automatic reply: RE: Window cleaning day"),
      cu("11-09 09:15", """Thanks Callum, Saturday worked well.

Hannah""", thanks=True)),

    C("c32-bennett-cafe-ahead", "en", "pending", {},
      "Oscar Bennett <oscar@bennettscafe.example>", "gmail", "Café canopy and flat upstairs",
      "Invoicing answered; a combined quote promised 'by Tuesday 24th' - still ahead at audit time, so nothing fires.",
      cu("11-18 15:00", """Hi Callum,

Hope you survived last week's storm! Our landlord wants the café's canopy glass and the windows of the flat upstairs done on one contract. Could you quote for both together? The flat is on the first floor, right above the café. We'd need the invoices made out to the café, not to the landlord.

Oscar
Bennett's Café"""),
      ag("callum", "11-19 09:30", """Hi Oscar,

Invoicing the café is fine. For the canopy I need to check whether it will take a ladder - Gareth will look at it on Monday and I'll send you a combined quote by Tuesday 24th.

Kind regards,
Callum""", promises=[("11-24", None)])),

    C("c33-stone-tuesday-logistics", "en", "closed", {},
      "Rachel Stone <rachel.stone@example.net>", "iphone", "Tuesday",
      "Two short practical questions answered in one sentence each; the arrival window is logistics.",
      cu("11-12 07:30", """Morning, what time will the team be here on Tuesday? I need to move the car and shut the dog in. And do you need water from us or do you bring your own?

Rachel

Sent from my iPhone"""),
      ag("bryony", "11-12 09:00", """Morning Rachel! They'll be with you between 8 and 10, and they bring their own purified water in the van, so nothing needed from you.

Bryony""")),

    C("c34-crossley-contract-late", "en", "closed", {"missed-follow-up": 1},
      "Ian Crossley <ian.crossley@crossleymotors.example>", "outlook", "Contract for showroom glazing",
      "Company number answered at once; 'he'll send the contract over tomorrow' is kept by a colleague two days late (missed).",
      cu("11-09 10:00", """Hello,

We need a contract for the showroom glass (inside and out, fortnightly) plus the workshop roof lights twice a year. Can you send us a formal contract to sign? Our head office also needs your company registration number on file.

Ian Crossley
Crossley Motors, Old Shoreham Road"""),
      ag("bryony", "11-09 12:00", """Hi Ian,

Thanks - Callum looks after our commercial contracts and he'll send it over tomorrow. Our company number is 09912345 (Clearpane Cleaning Ltd).

Bryony""", promises=[("11-10", 3)]),
      ag("callum", "11-12 16:40", """Dear Ian,

Apologies for the delay. The agreement for the showroom glazing and the workshop roof lights is attached; if you sign and return page 3 we'll start on Monday 23 November.

Kind regards,
Callum""", parent=1, attach=[("application/pdf", "Clearpane-service-agreement-Crossley.pdf", CONTRACT_PDF)])),

    C("c35-harrington-house-sale", "en", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Lucy Harrington <lucy.harrington@example.com>", "gmail", "One-off clean before house photos",
      "No reply for three days, customer chases ('I haven't heard back'); the reply prices windows and conservatory roof but not the solar panels.",
      cu("11-10 19:00", """Hello,

I'd like to book a one-off clean of all the windows inside and out before we put the house on the market - the photos are being taken on the 30th. It's a 4-bed detached with a conservatory. Could you tell me the price, and whether you'd be able to do the conservatory roof on the same visit? Also, would you be able to clean the solar panels on the garage roof?

Lucy Harrington""", uq=1),
      cu("11-13 12:30", """Hi, I haven't heard back about the below - could someone let me know before the weekend please? The photographer's booked and I'm running out of time.

Lucy""", chase=True),
      ag("bryony", "11-13 14:45", """Hi Lucy,

Apologies for the wait. All the windows inside and out plus the conservatory roof on the same visit comes to £165, and we can do Friday 27th so everything's sparkling for the photos.

Bryony""")),

    C("c36-cole-double-charge", "en", "pending", {},
      "Martin Cole <martin.cole@example.org>", "gmail", "Charged twice",
      "Double charge passed to accounts with 'she'll be in touch today', kept by the colleague the same afternoon; '3-5 working days' is process information.",
      cu("11-17 09:00", """Hi,

I've been charged twice for the clean on 12 November - £26 on the 13th and again on the 16th. Can you refund one of them please?

Martin Cole
Account CP-30567"""),
      ag("bryony", "11-17 09:40", """Hi Martin,

Sorry about that - I've passed it to Nadia in accounts and she'll be in touch today.

Bryony""", promises=[("11-17", 3)]),
      ag("nadia", "11-17 14:15", """Dear Martin,

You're right, the card payment was taken twice by mistake. I've refunded £26 to the same card today; refunds normally show within 3-5 working days.

Regards,
Nadia""", parent=1)),

    C("c37-neumann-sussex-square", "de", "pending", {"unanswered-question": 1},
      "Petra Neumann <p.neumann@neumann-verwaltung.example>", "outlook_de", "Fensterreinigung Sussex Square ab Januar",
      "Berlin property manager sends a list of eight flats (PDF): the round is confirmed; the quarterly combined invoice is not answered.",
      cu("11-16 14:20", """Sehr geehrte Frau Krüger,

anbei die Liste der Wohnungen am Sussex Square, für die wir ab Januar die Fensterreinigung beauftragen möchten. Bitte bestätigen Sie mir kurz, dass alle acht Wohnungen in Ihre Montagstour passen.

Können Sie uns für das gesamte Objekt eine Sammelrechnung pro Quartal schicken statt acht Einzelrechnungen? Das würde unserer Buchhaltung viel Arbeit ersparen.

Mit freundlichen Grüßen
Petra Neumann
Neumann Immobilienverwaltung, Berlin""", uq=1,
         attach=[("application/pdf", "Sussex-Square-Wohnungen.pdf", FLATS_PDF)]),
      ag("sabine", "11-17 10:00", """Sehr geehrte Frau Neumann,

vielen Dank für die Liste. Alle acht Wohnungen liegen an unserer Montagstour, das passt. Die erste Reinigung wäre am Montag, den 4. Januar.

Mit freundlichen Grüßen
Sabine Krüger"""), tz=1),

    C("c38-lemaire-veranda", "fr", "pending", {},
      "Sophie Lemaire <sophie.lemaire@courriel.example>", "apple_fr", "Nettoyage des vitres - Wilbury Road",
      "French newcomers ask the round frequency and about the conservatory; answered in reverse order; 'Merci et bonne soirée' is a pleasantry.",
      cu("11-18 20:30", """Bonjour,

Nous venons d'emménager à Hove, dans Wilbury Road, et la voisine nous a donné votre nom. Vous passez à quelle fréquence dans la rue ? Et est-ce que vous faites aussi les vérandas ? La nôtre a un toit en verre qui est assez sale.

Merci et bonne soirée,
Sophie Lemaire"""),
      ag("amelie", "11-19 09:15", """Bonjour Madame Lemaire,

Bienvenue à Hove ! Pour la véranda, oui, nous nettoyons les toits en verre comme en polycarbonate - comptez environ 75 £ selon la taille. Dans Wilbury Road, notre équipe passe toutes les quatre semaines, le mercredi ; la prochaine tournée est le 25 novembre.

Bien cordialement,
Amélie""")),

    C("c39-beltran-hostel-mar", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Marisa Beltrán <marisa@hostelmar.example>", "gmail_es", "Limpieza de ventanas antes de la inspección",
      "Spanish-run hostel: 'mañana le confirmo' kept two days late after '¿Hay alguna novedad?'; the invoice in the company's name is never addressed.",
      cu("11-09 10:00", """Hola, buenos días:

Soy la encargada del Hostel Mar, en Madeira Place. Necesitamos limpiar las ventanas de las cuatro plantas, por dentro y por fuera, antes de la inspección del ayuntamiento del día 25. ¿Tienen disponibilidad la semana del 16? ¿Nos podrían mandar un presupuesto? Necesitaríamos también que la factura salga a nombre de la empresa, Mar Hostels Brighton Ltd, no a mi nombre.

Gracias,
Marisa Beltrán""", uq=1),
      ag("lucia", "11-09 13:00", """Hola, Marisa:

Gracias por escribirnos. Tengo que mirar el calendario de los equipos para esa semana; mañana le confirmo la disponibilidad y le mando el presupuesto.

Un saludo,
Lucía""", promises=[("11-10", 4)]),
      cu("11-12 09:30", """Hola, Lucía:

¿Hay alguna novedad? Seguimos sin noticias del presupuesto y la inspección se acerca.

Saludos,
Marisa""", chase=True),
      ag("lucia", "11-12 12:00", """Hola, Marisa:

Perdone el retraso. Le adjunto el presupuesto: 210 £ por las cuatro plantas, por dentro y por fuera. Podemos ir el martes 17 a partir de las 8:00.

Un saludo,
Lucía""", attach=[("application/pdf", "presupuesto-P-2611-019.pdf", HOSTEL_PDF)])),

    C("c40-st-judes-numbered", "en", "pending", {"unanswered-question": 1},
      "Moira Kendal <moira.kendal@stjudeschurch.example>", "owa", "Cleaning the church windows",
      "A numbered list of four from a parish council; the reply answers 1, 2 and 4 by number and skips the insurance confirmation.",
      cu("11-16 10:30", """Good morning,

St Jude's parish council met last night and asked me to write with the following:

1. Are you able to clean leaded and stained glass, or is that specialist work?
2. Could the clean be done on a weekday morning, as we have services at the weekend?
3. Please confirm you hold insurance for working at height on listed buildings.
4. What would a clean of the nave windows (eight tall lancets, external only) cost?

With thanks and best wishes,
Moira Kendal
Parish Secretary, St Jude's Church""", uq=1),
      ag("callum", "11-16 15:20", """Dear Moira,

Thank you for your email. Taking your points in turn:

1. We clean leaded lights regularly, with pure water and soft brushes only - which is what conservation officers recommend. No scraping, no chemicals.
2. Yes, weekday mornings suit us well.
4. £120 for the eight lancets, external only.

Kind regards,
Callum""")),

    C("c41-simmonds-annexe", "en", "closed", {},
      "Derek Simmonds <derek.simmonds@example.net>", "thunderbird", "My mother's annexe",
      "Two questions buried in a rambling paragraph after 'How are you keeping?'; one sentence answers both ('yes to both').",
      cu("11-11 16:00", """Hello Bryony,

How are you keeping? Just a quick one, or two really. My mother is moving into the annexe at the back of our house next month and she can't reach any of her windows herself, and I'm certainly not going up a ladder at my age, so could her windows simply be added to our usual clean? It's only four small windows and a glass door. And can it all go on the same bill as ours, rather than a separate account with its own direct debit?

Best regards,
Derek Simmonds"""),
      ag("bryony", "11-11 17:10", """Hi Derek,

All well here, thank you! Yes to both - the annexe will be done on your usual visit from December, and your bill goes up by £8.

Bryony""")),

    C("c42-ashby-revised-quote", "en", "closed", {"missed-follow-up": 1},
      "Jennifer Ashby <j.ashby@ashbyflowers.example>", "outlook", "RE: Quote for the shop",
      "Florist asks for a cheaper re-quote; 'I'll send you the revised quote tomorrow' and nothing follows.",
      cu("11-12 11:00", """Hi Callum,

Thanks for the quote for the shop. Would you be able to drop the inside clean of the back office and re-quote just for the shopfront and the display windows? We're trying to keep costs down before Christmas.

Jennifer Ashby
Ashby Flowers"""),
      ag("callum", "11-12 15:30", """Hi Jennifer,

Of course - I'll send you the revised quote tomorrow.

Kind regards,
Callum""", promises=[("11-13", None)])),

    C("c43-okafor-cancel-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Stephen Okafor <stephen.okafor@example.com>", "gmail", "Cancel window cleaning from December",
      "Cancellation request acknowledged by the robot only; resent as a new mail with the same subject four days later; no reply.",
      cu("11-13 10:00", """Hello,

We're moving out of 31 Stanford Avenue on 30 November. Please cancel our window cleaning from December and stop the direct debit.

Stephen Okafor"""),
      ack("11-13 10:01"),
      cu("11-17 08:15", """Sending this again as I've had nothing back apart from the automatic reply:

We're moving out of 31 Stanford Avenue on 30 November. Please cancel our window cleaning from December and stop the direct debit.

Stephen Okafor""", chase=True, parent=0)),

    C("c44-cross-panel-photo", "en", "pending", {},
      "Amelia Cross <amelia.cross@example.org>", "iphone", "Cracked conservatory panel",
      "A second mail adds a photo twenty minutes later, before any reply (not a chase); the question is answered with price and date.",
      cu("11-16 12:00", """Hi, there's a crack in one of the conservatory roof panels. Can you replace a single polycarbonate panel, or do you only clean them?

Amelia

Sent from my iPhone"""),
      cu("11-16 12:20", """Here's a photo of the panel, it's the third one from the left.

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", PANEL_PNG)]),
      ag("gareth", "11-16 17:40", """Hi Amelia, thanks for the photo. That's 16mm polycarbonate and yes, we can swap a single panel - £140 fitted, and we'll clean the rest of the roof while we're up there. I could do Friday 27th.

Gareth""")),

    C("c45-mcbride-velux", "en", "pending", {"unanswered-question": 1},
      "Ryan McBride <ryan.mcbride@example.net>", "android", "Velux windows and Saturdays",
      "Asked whether the insides of new roof windows are cleaned, the reply prices the outsides (a neighbouring answer); Saturday answered.",
      cu("11-17 18:20", """Hi there,

We've just had a loft conversion done and now have three Velux windows on the back slope of the roof. Do you clean the inside of them as well? The ceiling is too high for us to reach them without a proper ladder. And can you come on a Saturday? We both work weekdays.

Ryan

Get Outlook for Android""", uq=1),
      ag("bryony", "11-18 09:30", """Hi Ryan,

Roof windows are £5 each on the outside, so £15 on top of your usual clean. We do a Saturday round every other week - I've put you on the next one, Saturday 28 November.

Bryony""")),

    C("c46-navarro-hanover-canalon", "es", "closed", {},
      "Pilar Navarro <pilar.navarro@correo.example>", "gmail_es", "Canalón atascado",
      "Spanish customer: come soon, price, need to be home - all answered in one paragraph; thanks-only reply.",
      cu("11-13 11:00", """Hola:

Con las lluvias de esta semana se nos ha atascado el canalón de la fachada y el agua cae directamente sobre la puerta de entrada. ¿Podrían venir a limpiarlo pronto? Es una casa adosada de dos plantas en Hanover. Me gustaría saber también cuánto cuesta y si tengo que estar en casa.

Gracias,
Pilar Navarro"""),
      ag("lucia", "11-13 14:20", """Hola, Pilar:

Le mando un equipo el martes 17 por la mañana. Para una casa adosada de dos plantas son 75 £, bajantes incluidas, y no hace falta que esté en casa: se trabaja todo desde fuera con la aspiradora de pértiga.

Un saludo,
Lucía"""),
      cu("11-13 15:00", """¡Genial, muchas gracias! Hasta el martes.

Pilar""", thanks=True)),

    C("c47-albers-wintergarten", "de", "pending", {},
      "Jürgen Albers <juergen.albers@posteo.example>", "gmail_de", "Glasdach Wintergarten",
      "German customer's conservatory roof: 'ich melde mich morgen mit einem Preis' kept the next day; thanks-only reply.",
      cu("11-17 08:00", """Hallo,

unser Wintergarten hat ein Glasdach, auf dem seit dem Sommer Blätter und Moos liegen. Könnten Sie das reinigen, und was würde das ungefähr kosten? Die Fläche ist etwa 5 x 4 Meter.

Viele Grüße
Jürgen Albers"""),
      ag("sabine", "11-17 10:30", """Hallo Herr Albers,

danke für Ihre Anfrage. Bei Glasdächern mit Moos kläre ich kurz mit unserem Vorarbeiter, ob wir die Rinne am Wintergarten gleich mitmachen sollten; ich melde mich morgen mit einem Preis bei Ihnen.

Viele Grüße
Sabine Krüger""", promises=[("11-18", 3)]),
      ag("sabine", "11-18 11:45", """Hallo Herr Albers,

für das Glasdach (ca. 20 m²) einschließlich der Rinne am Wintergarten berechnen wir 110 £. Ein Termin wäre am Dienstag, den 24. November, möglich.

Viele Grüße
Sabine Krüger""", parent=1),
      cu("11-18 19:00", """Danke, der 24. passt uns gut.

Viele Grüße
Jürgen Albers""", thanks=True)),

    C("c48-garnier-verre-depoli", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Émilie Garnier <emilie@spa-lumiere.example>", "iphone", "Nouvelles vitres de l'institut",
      "French beauty salon: the frosted-glass question deferred with 'je vous réponds demain', never kept; the request to e-mail invoices ignored.",
      cu("11-10 09:40", """Bonjour Amélie,

Nous avons changé les vitres de la devanture de l'institut, elles sont désormais en verre dépoli en partie basse. Est-ce que vous pouvez toujours les nettoyer de la même façon ? J'aimerais aussi recevoir les factures par e-mail à compta@spa-lumiere.example plutôt que par courrier.

Merci,
Émilie Garnier
Spa Lumière

Envoyé de mon iPhone""", uq=1),
      ag("amelie", "11-10 12:15", """Bonjour Émilie,

Pour le verre dépoli, je préfère vérifier avec notre chef d'équipe que l'eau pure convient à ce type de finition ; je vous réponds demain.

Belle journée,
Amélie""", promises=[("11-11", None)])),

    C("c49-riley-lost-threading", "en", "pending", {},
      "Gordon Riley <gordon.riley@rileyaccounts.example>", "outlook", "Quote for 17 Ship Street",
      "The customer's reply lost its threading headers (RE: subject and Outlook header block only); the follow-up question is answered.",
      cu("11-18 08:30", """Hello,

Could you quote for cleaning the windows at our new office, 17 Ship Street? First and second floors only - the ground floor is a shop and not ours.

Gordon Riley
Riley & Partners Accountants"""),
      ag("callum", "11-18 12:00", """Dear Gordon,

For the first and second floors at 17 Ship Street it would be £38 a month outside only, or £70 inside and out.

Kind regards,
Callum"""),
      cu("11-18 14:10", """Thanks Callum. Inside and out please, starting in December. Can the clean be done before 9am? We have clients in from 9.

Gordon""", thread=False),
      ag("callum", "11-18 16:20", """Dear Gordon,

Yes - the Ship Street team starts at 7, so you'll be done well before 9. First clean Wednesday 2 December.

Kind regards,
Callum""")),

    C("c50-marina-walk-rams", "en", "closed", {"unanswered-question": 1},
      "Lorraine Webb <lorraine.webb@marinawalk.example>", "outlook", "Atrium roof glazing",
      "Shopping arcade adds its atrium roof: price and timing answered; the request for RAMS, written without a question mark, is skipped.",
      cu("11-13 09:00", """Hi Callum,

We'd like to add the atrium roof glazing at Marina Walk to your contract, cleaned twice a year - ideally once in spring and once before Christmas. What would that add to our monthly fee?

We'd also need your RAMS (risk assessment and method statement) for the atrium roof before anyone goes up there, as it's fragile glazing and our insurers are very strict about it.

Thanks,
Lorraine Webb
Centre Manager, Marina Walk""", uq=1),
      ag("callum", "11-13 14:30", """Hi Lorraine,

Happy to. Twice-yearly atrium cleaning adds £65 a month to your fee, spread over the year; the first clean could be in the week of 7 December so it looks its best for the Christmas shoppers.

Kind regards,
Callum""")),

    C("c51-dunlop-no-message-id", "en", "pending", {},
      "Maurice Dunlop <maurice.dunlop@example.org>", "oldclient", "Inside windows",
      "Elderly customer on an old mail client; his reply has no Message-ID; both rounds of questions answered.",
      cu("11-16 10:00", """Dear Sirs,

I am 84 and can no longer manage the inside of my windows. Do you do insides as well as outsides, and would the cleaner be one of your regular men? I would rather not have strangers in the house.

Yours faithfully,
Maurice Dunlop"""),
      ag("bryony", "11-16 11:30", """Dear Mr Dunlop,

We certainly do - insides are £15 extra on your usual visit. It would be Dean, who has done your outsides for the last three years, so a face you know. Would you like us to start on the next visit, 1 December?

Best wishes,
Bryony"""),
      cu("11-16 15:00", """Dear Bryony,

Yes please, the 1st of December will be fine. Do I pay Dean on the day as usual, or will it go on the account?

Yours sincerely,
Maurice Dunlop""", msgid=False,
         note="Maurice Dunlop's reply of 16 Nov 15:00 (old mail client, no Message-ID): accepts 1 December, asks how to pay"),
      ag("bryony", "11-17 09:10", """Dear Mr Dunlop,

Lovely, you're booked in. It goes on your account as before - nothing to pay on the day.

Best wishes,
Bryony""")),

    C("c52-ferris-gym-mezzanine", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Nick Ferris <nick@ferrisgym.example>", "gmail", "Mezzanine windows",
      "'Come back to you early next week' said on a Thursday (deadline Tuesday) is never kept; the customer checks in a week later and hears nothing.",
      cu("11-05 11:00", """Hi Callum,

With the new lease we now have the mezzanine windows too - 12 large panes, inside only, about 4m up. Can you add them to our contract and let me know the new monthly price?

Nick Ferris
Ferris Gym"""),
      ag("callum", "11-05 15:00", """Hi Nick,

I need to check that our inside poles reach 4m safely over the gym equipment - let me talk to the team and come back to you early next week.

Kind regards,
Callum""", promises=[("11-10", None)]),
      cu("11-17 10:00", """Hi Callum, just checking in on the mezzanine windows - any news?

Nick""", chase=True)),

    C("c53-gould-vets-end-of-day", "en", "pending", {"missed-follow-up": 1},
      "Tessa Gould <tessa.gould@gouldvets.example>", "owa", "Cleaning dates for the practice calendar",
      "'I'll send you the dates by end of day' delivered the next morning (late = missed); the dates answer the question.",
      cu("11-17 09:30", """Hi,

Can you send me the dates of our cleans for December and January? I need to put them in the practice calendar so we can keep the car park clear.

Thanks,
Tessa Gould
Practice Manager, Gould Veterinary Surgery"""),
      ag("callum", "11-17 11:00", """Hi Tessa,

The winter schedule is being finalised this morning - I'll send you the dates by end of day.

Kind regards,
Callum""", promises=[("11-17", 3)]),
      ag("callum", "11-18 09:20", """Hi Tessa,

Sorry, a day later than promised: your cleans are on Monday 7 December and Monday 4 January (and then Monday 1 February).

Kind regards,
Callum""", parent=1)),

    C("c54-lanes-boutique-christmas", "en", "pending", {"unanswered-question": 2},
      "Alistair Grant <agrant@lanesboutiquehotel.example>", "outlook", "Christmas extras",
      "Hotel asks four things in one paragraph after a pleasantry; the extra clean and the canopy are answered together, the Christmas lights and the separate invoice line are not.",
      cu("11-16 16:00", """Hi Callum,

How's the busy season treating you? Ahead of our Christmas party season, a few things. Could we have an extra clean of the restaurant's front glazing on 18 December, on top of the usual monthly one? We've got the Christmas lights going up in the windows on the 1st - will your team be able to work around them without moving anything? I'd also like the glass canopy over the entrance done on the same visit if possible. Finally, can the extra clean go on the December invoice as its own line? Head office reconciles events costs separately.

Cheers,
Alistair Grant
Operations Manager, The Lanes Boutique Hotel""", uq=2),
      ag("callum", "11-17 10:20", """Hi Alistair,

18 December is booked in for the restaurant glazing, and the entrance canopy will be done on the same visit - £45 + VAT for the two together.

Kind regards,
Callum""")),

    C("c55-carrow-edging-trim", "en", "closed", {"unanswered-question": 1},
      "Beth Carrow <beth.carrow@example.com>", "apple", "Conservatory roof in winter?",
      "First question answered; the follow-up asks about cracked edging trim and how long a clean takes - only the duration is answered.",
      cu("11-11 10:00", """Hi,

Do you clean conservatory roofs in the winter or only in summer?

Beth"""),
      ag("gareth", "11-11 13:00", """Hi Beth, all year round. Winter's actually a good time, the moss lifts more easily when it's damp.

Gareth"""),
      cu("11-11 14:30", """Great. The roof has a few cracked bits of plastic edging trim - is that something you'd replace while you're up there, or do we need a conservatory company? And how long does a clean take? I work from home and will need to plan my calls around the noise.

Beth""", uq=1),
      ag("gareth", "11-11 18:10", """About two hours for an average roof, and it's fairly quiet - brushes and water, no pressure washer.

Gareth""")),

    C("c56-marsh-still-overflowing", "en", "closed", {"unanswered-question": 2},
      "Wendy Marsh <wendy.marsh@example.net>", "gmail", "Gutter still overflowing",
      "A complaint in one long paragraph: the return visit is booked (logistics), the charge question and the moss left on the path are not answered.",
      cu("11-12 21:40", """Hello,

Your team cleared our gutters last Thursday and I'm afraid the one at the front is still overflowing whenever it rains - I stood and watched it this evening, it's pouring over the corner above the bay window exactly as before. I'm not sure whether the downpipe is blocked lower down or whether the gutter has dropped and now slopes the wrong way, but either way it isn't fixed. Can someone come back and look at it? I'd also like to know if there's a charge for the return visit, since I paid £75 for the original job. And is it normal for the team to leave moss on the front path? There was quite a pile when I got home.

Wendy Marsh""", uq=2),
      ag("gareth", "11-13 08:45", """Hi Wendy, sorry to hear that. I've booked the team back for Monday morning - if the downpipe's blocked lower down they'll rod it there and then, and they'll check the fall on the front gutter.

Gareth""")),

    C("c57-whitfield-airbnb", "en", "pending", {"unanswered-question": 1},
      "Jade Whitfield <jade.whitfield@example.com>", "gmail", "Cleans between Airbnb guests",
      "Host of two short-let flats: short-notice booking and the key safe answered; the cancellation policy question is not.",
      cu("11-18 13:00", """Hi!

I run two Airbnb flats in Kemptown and want the windows done between guests. Is it possible to book a clean at short notice, say 2 days ahead, when I get a changeover? There's a key safe for the inside clean - I'd send the code on the day. Also, what's your cancellation policy if a guest extends their stay?

Jade""", uq=1),
      ag("bryony", "11-18 15:30", """Hi Jade,

Yes - in Kemptown we can usually fit a changeover in with 48 hours' notice, as a team is on Eastern Road every day. Just text the office number with the date and we'll slot you in. Sending the key safe code on the day is fine.

Bryony""")),

    C("c58-hollingbury-primary", "en", "pending", {"unanswered-question": 1},
      "Sunita Rao <bursar@hollingburyprimary.example>", "outlook", "Window cleaning tender - Hollingbury Primary",
      "School asks price, timing, DBS checks and about leaking roof domes; everything answered except the repairs question.",
      cu("11-17 12:00", """Dear Clearpane,

Hollingbury Primary is looking for a new window cleaning contractor from January. Could you give me a price for termly cleans (three a year), inside and out, for a single-storey building with about 120 windows? All work would have to be done in the holidays or after 4pm, and everyone on site would need an enhanced DBS check - can you confirm your staff have these? We also have a flat roof with two domed skylights that leak a little; do you do any minor repairs, or just cleaning?

Yours sincerely,
Sunita Rao
School Business Manager""", uq=1),
      ag("callum", "11-18 10:00", """Dear Sunita,

Thank you for your enquiry. For a single-storey school of that size, inside and out, we would charge £360 + VAT per termly clean, done during the school holidays. Every member of our team holds an enhanced DBS check, renewed every three years.

Kind regards,
Callum""")),
]

UNANSWERED: dict[str, list[str]] = {
    "c02-marlowe-court-offices": [
        "Please could you also send over a copy of your public liability insurance certificate - our insurers ask for it before any contractor comes on site."],
    "c06-lange-marine-parade": [
        "Brauchen Ihre Mitarbeiter einen Schlüssel, oder kommen sie von außen an alle Fenster heran?"],
    "c10-harbourside-blocks": [
        "I was wondering whether you could do all three on the same day each month, so the residents only get the one notice.",
        "The Ropeworks arched windows are the other worry: would they need a cherry picker?"],
    "c15-beck-sash-card": [
        "Please can you switch our payment from cash to card?"],
    "c17-dubreuil-syndic": [
        "Et si oui, est-ce qu'il faut l'accord du syndic ?"],
    "c20-mallory-fascias": [
        "While I think of it, do you also clean fascias and soffits?"],
    "c28-ortega-invernadero": [
        "¿pueden limpiar también los cristales del invernadero del jardín?"],
    "c30-forsyth-beech-template": [
        "Do you fit gutter guards, and are they worth it with beech leaves?",
        "Could you also check the valley between the two roofs while you're up there?"],
    "c35-harrington-house-sale": [
        "Also, would you be able to clean the solar panels on the garage roof?"],
    "c37-neumann-sussex-square": [
        "Können Sie uns für das gesamte Objekt eine Sammelrechnung pro Quartal schicken statt acht Einzelrechnungen?"],
    "c39-beltran-hostel-mar": [
        "Necesitaríamos también que la factura salga a nombre de la empresa, Mar Hostels Brighton Ltd, no a mi nombre."],
    "c40-st-judes-numbered": [
        "Please confirm you hold insurance for working at height on listed buildings."],
    "c45-mcbride-velux": [
        "Do you clean the inside of them as well?"],
    "c48-garnier-verre-depoli": [
        "J'aimerais aussi recevoir les factures par e-mail à compta@spa-lumiere.example plutôt que par courrier."],
    "c50-marina-walk-rams": [
        "We'd also need your RAMS (risk assessment and method statement) for the atrium roof before anyone goes up there, as it's fragile glazing and our insurers are very strict about it."],
    "c54-lanes-boutique-christmas": [
        "We've got the Christmas lights going up in the windows on the 1st - will your team be able to work around them without moving anything?",
        "Finally, can the extra clean go on the December invoice as its own line?"],
    "c55-carrow-edging-trim": [
        "The roof has a few cracked bits of plastic edging trim - is that something you'd replace while you're up there, or do we need a conservatory company?"],
    "c56-marsh-still-overflowing": [
        "I'd also like to know if there's a charge for the return visit, since I paid £75 for the original job.",
        "And is it normal for the team to leave moss on the front path?"],
    "c57-whitfield-airbnb": [
        "Also, what's your cancellation policy if a guest extends their stay?"],
    "c58-hollingbury-primary": [
        "We also have a flat roof with two domed skylights that leak a little; do you do any minor repairs, or just cleaning?"],
}

README_TEMPLATE = """# Practice corpus 74: Clearpane Window & Gutter Cleaning support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen. Generated by `scripts/make_practice74_corpus.py` (this file too).

- Company: **Clearpane Window & Gutter Cleaning**, a window and gutter cleaning firm in
  Brighton, Hove and along the Sussex coast: domestic window cleaning rounds, commercial
  contracts (offices, shops, hotels, a care home, schools, a church, blocks of flats),
  conservatory roofs, skylights and roof windows, gutter and downpipe clearing, direct debits,
  invoices, insurance and risk paperwork. Support address `office@clearpanewindows.example`;
  agents Bryony Tate (office and rounds), Callum Reid (commercial accounts), Nadia Osei
  (accounts), Gareth Pryce (field supervisor, gutters and conservatory roofs, writes from his
  iPhone), Sabine Krüger (German-speaking customers), Amélie Roux (French-speaking) and Lucía
  Moreno (Spanish-speaking), all `@clearpanewindows.example`. A helpdesk robot
  (`office@clearpanewindows.example`, `Auto-Submitted: auto-replied`) acknowledges a few mails
  with "we will reply within one working day" - service-hours text, not a commitment.
- Customers are householders, landlords, holiday-let owners, office, shop, hotel, school and
  care-home managers on `example.com/.org/.net` and `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain clearpanewindows.example`.

```
python scripts/make_practice74_corpus.py                     # regenerate (deterministic, stdlib only)
python scripts/make_practice74_corpus.py --out /tmp/p74      # ... into another folder
python scripts/evaluate.py --corpus tests/practice74         # accuracy of the current tool
python -m pytest -q tests/test_practice74_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): questions and explicit requests in the customer's own text; answered
means addressed by a later support reply in any words; a question deferred with a promise
counts only as that promise; one `customer-chased` per chasing message. `CASES.md` is the
generated per-case table. Do not edit generated files; edit the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them,
and refuses to write when they disagree with the hand-written case labels, when a labelled
question is not verbatim in a customer's own text of the case (quotes excluded), or when the
written mail does not parse back and round-trip.

## Contents

- {cases} cases, {messages} messages: {inbox} in the inbox ({inbox_customer} customer mails,
  {inbox_auto} customer out-of-office reply), {agent} support replies, {acks} helpdesk acknowledgements.
- Clean cases (no rule fires): {clean} ({clean_pct} %).
- Languages: {langs} ({en_pct} % English).
- Statuses: {statuses}.
- Expected findings: {rules}.

Answered questions (not labelled) come in many shapes: one paragraph answering three
questions out of order (c01, c38), inline under the quoted questions with a bare price or a
bare "Ja." (c03, c26), a figure only ("£18 for the outside every four weeks", c22), two
attachments and a link (c19), an invoice PDF (c23), "Yes to both" for two questions buried
in a rambling paragraph (c41), a numbered reply (c40), by a colleague after a hand-over
(c13, c34, c36), after a chase (c04, c16, c25, c27, c35, c39), and across a reply whose
threading headers were lost (c49) or that has no Message-ID (c51).

Unanswered questions are the realistic kind: a secondary request skipped while the main one
is handled (c02 insurance certificate, c06 whether a key is needed, c37 quarterly combined
invoice, c39 invoice in the company's name, c48 invoices by e-mail, c50 RAMS written without
a question mark, c58 minor repairs), two of four asks in a long paragraph (c10, c54), a
templated price-list reply to three bulleted questions (c30), a numbered list answered 1, 2
and 4 (c40), a neighbouring question answered instead of the one asked (c45: the price of
the outsides for "Do you clean the inside of them as well?"), questions in a follow-up after
the case seemed done (c20, c55), a complaint whose side questions are ignored (c56), and a
question lost while a promise is made about the other one (c15, c48).

Not questions (must not be flagged): a rhetorical question and one the customer answers
himself (c09); pleasantries ("How are you keeping?", "How's the busy season treating you?",
"Merci et bonne soirée", "Hope you survived last week's storm!"); questions inside a
forwarded tenant's mail in an HTML-only message (c29); a customer signature "Thinking of
extending?" with a `?` URL (c23) and a `?` URL in c10's; support signatures "Need a site
survey?" and `?` URLs; thanks-only mails (c01, c07, c18, c23, c31, c46, c47); questions in
the customer's latest unanswered mail are `awaiting-reply`, never `unanswered-question`
(c22, c52).

Commitments: kept on time ("by Wednesday" c11, "she'll be in touch" kept the same day by a
colleague c13 and c36, "ich melde mich morgen" c47), kept late = missed ("by Friday" ->
the next Tuesday after a chase c04, "bis Mittwoch, den 11. November" -> the 16th c16, "d'ici
mardi prochain" -> Friday c27, "he'll send it over tomorrow" -> two days late by a colleague
c34, "mañana le confirmo" -> two days late c39, "by end of day" -> next morning c53), never
kept ("le escribo el martes" c08, "come back to you tomorrow" c15, "get back to you" with no
deadline = 2-day window c24, "tomorrow" c42, "je vous réponds demain" c48, "early next week"
said on a Thursday c52), and a deadline still ahead at audit time ("by Tuesday 24th", c32).
Not commitments: visits and arrival windows ("They'll be back tomorrow at 7am" c12, "The
team will redo it on Thursday morning" c29, "between 8 and 10" c33, "I've booked the team
back for Monday morning" c56), a conditional offer ("If you'd like to go ahead, I can start
you from January", c02), "refunds normally show within 3-5 working days" (c36) and the
acknowledgement's service-hours text (c05, c21, c43).

Chasing in varied wording and languages: "Did you manage to have a look on Thursday? I
haven't had a price through yet", "I'm still waiting to hear back", "Just following up on
the email below" and "This is the third time I'm writing" (c25, two chases), "gibt es schon
Neuigkeiten zu unserem Angebot?", "Je me permets de revenir vers vous", "I haven't heard
back about the below", "¿Hay alguna novedad?", a resend as a new mail with the same subject
(c43) and "just checking in ... - any news?" (c52). Not chasing: a second mail that only adds
a photo before any reply (c44).

Status and timing: awaiting reply (c05, c22, c43, c52), a fresh case inside the response
target with only the acknowledgement (c21), slow first responses (Friday evening answered on
Monday afternoon c14; unanswered for days until a chase c25, c35), an explicit close "I'll
mark this ticket as resolved" followed a week later by a new problem in the same thread
(c12), three agents on one case (c13).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone (a customer's "Envoyé de mon iPhone", the supervisor's "Sent from
my iPhone"), Thunderbird (en/de), an old Eudora client whose reply has no Message-ID (c51);
customers writing from UTC+1 (c06, c18, c37); top-posted and inline replies; plain 7bit,
quoted-printable, base64 (c18), multipart/alternative (acknowledgements) and HTML-only (c29);
PDF and PNG attachments (quotes, price list, risk assessment, invoice, contract, a list of
flats, a photo of a cracked panel); a Cc'd colleague (c10); a References header with a gap
(c13); a customer's out-of-office reply with `X-Autoreply` (c31); a customer replying to their
own mail to chase (c05).

## Judgement calls

- **c13**: Bryony passes the invoice question on ("she'll be in touch") and Nadia answers it
  the same afternoon: the promise is kept and the question answered; three distinct agents
  make it `many-handoffs`.
- **c15, c48**: one question is deferred with a promise that is never kept (labelled only as
  `missed-follow-up`); the other question of the same mail is never touched (labelled
  `unanswered-question`).
- **c30**: the templated price list answers "How much would it cost to clear them again now?
  It's a semi." (the semi-detached price is in it); it answers neither the gutter guards nor
  the roof valley.
- **c45**: "Roof windows are £5 each on the outside" does not answer whether the insides are
  cleaned: labelled.
- **c54**: "£45 + VAT for the two together" prices the extra clean and the canopy; whether the
  December invoice shows it as its own line is not answered.
- **c56**: "I've booked the team back for Monday morning" answers "Can someone come back and
  look at it?" (and is a visit, not a promise to write); the charge for the return visit and
  the moss on the path are not addressed.
- **c29**: the landlord's own request is answered; the tenant's questions are in forwarded
  text and are not the customer's.
- **c49**: the customer's reply lost In-Reply-To/References; it still belongs to the case.
- **c51**: "Yes please, the 1st of December will be fine." accepts an offer and asks how to
  pay; it is a real customer message (not thanks-only), answered the next morning.

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py and
tests/test_practice24_corpus.py (structure only; customers, wording and stories are new), and
the usage docstring of scripts/evaluate.py.
Not opened: anything under `happyaudit/`, the README's method, accuracy and weak-points
sections, any other test file, corpus or generator. All labels were fixed before the single
evaluation run and none was changed after it.
"""

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"CLR-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
                  "refs": [f"{case.name}.{k}" for k in refs] if refs is not None else None}
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=OFFICE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", OFFICE),
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
    """Give every message its Message-ID (none when ``msgid`` is False, as an old client
    sends it) and its raw bytes, parents first (mailcraft.render_corpus plus the missing id)."""
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
        if len(c.uq) != c.rules.get("unanswered-question", 0):
            out.append(f"{c.name}: {len(c.uq)} labelled questions for unanswered-question x{c.rules.get('unanswered-question', 0)}")
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
    return mailcraft.cases_table("Practice corpus 74: Clearpane Window & Gutter Cleaning - cases",
                                 "make_practice74_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the conventions and the corpus's figures (computed)."""
    msgs = [m for c in cases for m in c.msgs]
    inbox = [m for m in msgs if m.role in ("customer", "auto")]
    agent = [m for m in msgs if m.role == "agent"]
    acks = [m for m in msgs if m.role == "ack"]
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    asking = [c for c in cases if c.uq]
    lang_text = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in langs.most_common())
    status_text = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items(), key=lambda x: -x[1]))
    rules_text = ", ".join(f"{r} {found[r]}" + (f" (in {len(asking)} cases)" if r == "unanswered-question" else "")
                           for r in RULES if found[r])
    return README_TEMPLATE.format(
        cases=len(cases), messages=len(msgs), inbox=len(inbox),
        inbox_customer=sum(1 for m in inbox if m.role == "customer"),
        inbox_auto=sum(1 for m in inbox if m.role == "auto"),
        agent=len(agent), acks=len(acks), clean=len(clean),
        clean_pct=round(100 * len(clean) / len(cases)),
        en_pct=round(100 * langs["en"] / len(cases)), langs=lang_text, statuses=status_text,
        rules=rules_text)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.clearpanewindows.example")
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
    if sum(1 for p in inbox + sent if not p["Message-ID"]) > 1:
        found.append("more than one message without Message-ID")
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
    """Command line: regenerate tests/practice74 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
