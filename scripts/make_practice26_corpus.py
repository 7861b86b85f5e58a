#!/usr/bin/env python3
"""Regenerate ``tests/practice26/``: a labelled corpus of Quayside Self-Storage.

A support mailbox of a fictional self-storage company with three sites (Harbourside,
Millbrook Road and Eastgate): unit sizes and prices, access hours and PIN codes, goods cover,
deposits and monthly invoices, moving in and out, van hire, packing supplies, mail handling
for business customers, climate-controlled units, late payment and lock-outs, notice
periods. Written without looking at the detection heuristics, with many customer questions.
Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target
24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``quaysidestorage.example``.

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

Usage: python scripts/make_practice26_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "quaysidestorage.example"
HELP = "Quayside Self-Storage <help@quaysidestorage.example>"
MX = "mx1.quaysidestorage.example"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "fiona": ("Fiona Gallacher <fiona@quaysidestorage.example>", "thunderbird", """-- 
Fiona Gallacher
Customer Desk | Quayside Self-Storage
Harbourside - Millbrook Road - Eastgate | 0117 496 0712
Find a unit: https://quaysidestorage.example/units?src=email"""),
    "dev": ("Dev Raman <dev.raman@quaysidestorage.example>", "outlook", """Kind regards,
Dev Raman
Accounts & Billing | Quayside Self-Storage
Questions about an invoice? Reply to this e-mail or call 0117 496 0715.
This e-mail and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please delete it and notify the sender."""),
    "connor": ("Connor Ashby <connor@quaysidestorage.example>", "apple", """Connor Ashby
Site Manager, Millbrook Road | Business Storage & Van Hire
Quayside Self-Storage
https://quaysidestorage.example/business?ref=sig"""),
    "sabine": ("Sabine Krüger <sabine.krueger@quaysidestorage.example>", "thunderbird_de", """-- 
Sabine Krüger
Kundenservice (Deutsch) | Quayside Self-Storage
Tel. +44 117 496 0718 | https://quaysidestorage.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@quaysidestorage.example>", "apple_fr", """Amélie Roussel
Service client (français) | Quayside Self-Storage
+44 117 496 0719"""),
    "lucia": ("Lucía Ferrer <lucia@quaysidestorage.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Quayside Self-Storage
https://quaysidestorage.example/es?utm_source=firma"""),
}

ACK = """Hello,

Thank you for contacting Quayside Self-Storage. This is an automatic message to
confirm that we have received your e-mail; it has been logged as ticket {ref}.

Our customer desk is open Monday to Friday 8:30-17:30 and Saturday 9:00-16:00,
and we aim to reply within one working day. If you are locked out of your unit
outside office hours, press the call button on the gate keypad.

Quayside Self-Storage
https://quaysidestorage.example/help?ticket={ref}"""

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-MS-TNEF-Correlator:", "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-Originating-IP: [198.51.100.44]"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "iphone": ["X-Mailer: iPhone Mail (22C152)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Eudora 7.1"],
    "helpdesk": ["X-Mailer: Quayside Helpdesk 5.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="qs.", outlook_server="CWLP123")
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

QUOTE_PDF = mailcraft.pdf(["Quayside Self-Storage - Quotation QS-Q-26-1187",
                           "Packright Home - Millbrook Road, unit M-250 (200 sq ft)",
                           "12 months at GBP 268.00 per month, ex VAT",
                           "Mail handling included free for months 1-3, then GBP 20.00"])
CLOSING_PDF = mailcraft.pdf(["Quayside Self-Storage - Closing statement",
                             "Unit H-207 (50 sq ft), Harbourside - vacated 7 Nov 2026",
                             "Rent paid to 30 Nov 2026. Balance: GBP 0.00",
                             "Deposit held: GBP 96.00 (refund pending inspection)"])
COVER_FR_PDF = mailcraft.pdf(["Quayside Self-Storage - Assurance des biens stockes",
                              "Conditions generales 2026",
                              "Section 4 : exclusions. Plafond par objet : 2 500 GBP",
                              "Franchise : 100 GBP par sinistre"])
ANGEBOT_PDF = mailcraft.pdf(["Quayside Self-Storage - Angebot QS-A-26-0412",
                             "Zimmermann Messebau GmbH - Millbrook Road, Einheit M-220",
                             "150 sq ft (ca. 14 m2), 215 GBP pro Monat zzgl. MwSt.",
                             "Vorauszahlung 4 Monate: 5 % Rabatt"])
MAILLOG_PDF = mailcraft.pdf(["Quayside Self-Storage - Mail log, Millbrook Road",
                             "Hughes Translation Ltd - 9 to 15 November 2026",
                             "1 Royal Mail letter (HMRC)  2 Parcel (Lingua Books)",
                             "3 Letter, Pennard Legal LLP (cheque)  4 Catalogue"])
TERMS_PDF = mailcraft.pdf(["Quayside Self-Storage - Business Storage Terms 2026",
                           "Section 3: weekly lets, minimum two weeks",
                           "Section 7: storage of third-party goods",
                           "Section 9: notice, 14 days"])
ACCESS_INVOICE_PDF = mailcraft.pdf(["Quayside Self-Storage - Invoice INV-56031",
                                    "Brightwater Events - unit M-180, Millbrook Road",
                                    "24-hour access, 1-31 December 2026: GBP 15.00",
                                    "Payment due 31 December 2026"])
DOOR_PNG = mailcraft.png(14, 10, lambda x, y: (150 + 6 * x, 155 + 4 * y, 160 - 3 * x))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("q01-bennett-flat-move", "en", "closed", {},
      "Holly Bennett <holly.bennett@fernmail.example>", "gmail", "Storage while we buy a house",
      "Three move-in questions (unit size, free van on a date, deposit) answered in one paragraph, out of order.",
      cu("11-02 09:12", """Hi there,

I'm moving out of my flat at the end of the month while our house purchase goes through, and I need somewhere to put everything for maybe three or four months. It's a two-bed flat: a sofa, a double bed, a wardrobe that comes apart, a dining table and chairs and probably 30-40 boxes.

What size unit would I need for all that? I saw on your website that you lend a van for free when you move in - could I have it on Saturday 28 November? And I was wondering how much the deposit is and whether I get it back at the end.

Thanks,
Holly"""),
      ag("fiona", "11-02 11:40", """Hi Holly,

The deposit is one month's rent and it goes back on your card within 10 working days of you handing the unit back empty. For a two-bed flat with that much furniture a 75 sq ft unit is usually right - roughly a large garden shed - and at Eastgate that's £128 a month. I've pencilled the van in for you on Saturday 28 November from 9am; just bring your driving licence.

Best wishes,
Fiona""")),

    C("q02-okafor-goods-cover", "en", "closed", {"unanswered-question": 1},
      "Daniel Okafor <d.okafor@okafor-family.example>", "outlook", "Goods cover on my invoice",
      "Flood question answered with a link to the policy summary; the request to swap to his own home insurance is skipped; thanks-only close.",
      cu("11-03 19:45", """Hello,

I've had the 50 sq ft unit at Harbourside since September (H-118) and I'm going through the goods cover on my invoice. Does the goods cover include flood damage? The unit is on the ground floor and very close to the water, so I'd like to be sure. Could you also let me know whether I can use my own home contents insurance instead and drop the cover from my bill?

Regards,
Daniel Okafor""", uq=1),
      ag("dev", "11-04 09:20", """Dear Mr Okafor,

Yes - flood and escape of water are both included, and that applies to ground-floor units too. The only exclusions are in section 4 of the policy summary: https://quaysidestorage.example/docs/goods-cover-summary.pdf

You're currently covered for £5,000, which costs £8.25 a week.
"""),
      cu("11-04 10:02", """Thanks Dev, that's reassuring.

Daniel""", thanks=True)),

    C("q03-packright-business-unit", "en", "pending", {"unanswered-question": 2},
      "Marcus Lindqvist <marcus@packright-ecom.example>", "gmail", "Business unit at Millbrook from January",
      "Numbered list of four questions from an online shop; the quote (PDF) and pallet truck are answered, 24-hour access and the loading bay height are not.",
      cu("11-16 10:05", """Hi,

We're an online homeware business and we've outgrown the garage. We're looking at Millbrook Road for stock and dispatch from January. A few questions:

1. Could you send us a quote for a 200 sq ft unit for 12 months, with mail handling?
2. Is there 24-hour access at Millbrook? Our courier collections are sometimes after 10pm.
3. Do you have a pallet truck we can use, or do we need to bring our own?
4. How high is the loading bay door? Our supplier delivers on a 7.5 tonne lorry.

Thanks,
Marcus Lindqvist
Packright Home | https://packright-ecom.example""", uq=2),
      ag("connor", "11-16 14:30", """Hi Marcus,

Quote attached for M-250 - 12 months, with mail handling thrown in free for the first three.

There's a pallet truck in the loading bay that any business customer can use at no charge; just sign it out at the office.

Cheers,
Connor""", attach=[("application/pdf", "QS-Q-26-1187.pdf", QUOTE_PDF)])),

    C("q04-hartley-pin-inline", "en", "closed", {},
      "Graham Hartley <g.hartley@kestrelnet.example>", "thunderbird", "PIN and access over Christmas",
      "Three access questions answered inline under the quoted lines, none repeating the question's words.",
      cu("11-05 08:30", """Morning,

Couple of things about my unit at Eastgate (E-042):

Can my son use my PIN to get in while I'm away in December?
Is the gate open on Christmas Day and Boxing Day?
If I forget the PIN when the office is shut, what do I do?

Graham"""),
      ag("fiona", "11-05 10:10", """Hi Graham,

> Can my son use my PIN to get in while I'm away in December?

Please don't share yours - add him as an authorised person and he'll get his own code. The form is here: https://quaysidestorage.example/forms/authorised-person?unit=E-042

> Is the gate open on Christmas Day and Boxing Day?

Shut both days; normal hours again from the 27th.

> If I forget the PIN when the office is shut, what do I do?

Press the call button on the keypad. It rings our out-of-hours line, and they can reset it once they've checked who you are.

Fiona""", quote=False)),

    C("q05-price-deposit-refund", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Nadia Price <nadiaprice@pigeonpost.example>", "iphone", "Deposit back for H-207",
      "Closing statement attached at once; the refund date promised 'by Friday' comes the next Tuesday after a chase: kept late = missed.",
      cu("11-09 18:20", """Hi, I moved out of H-207 on Saturday and left the disc lock key at the desk. When will I get my deposit back? It was £96. Also could you send me a final statement showing nothing else is owed, my landlord wants proof.

Nadia

Sent from my iPhone"""),
      ag("dev", "11-10 09:15", """Dear Ms Price,

Thanks for letting us know. I've attached the closing statement for H-207 - it shows a zero balance. The deposit can only be released once the site team have signed off the unit inspection; I'll confirm the refund date by Friday.
""", attach=[("application/pdf", "H-207-closing-statement.pdf", CLOSING_PDF)], promises=[("11-13", 4)]),
      cu("11-17 08:05", """Hi Dev, any news on the deposit? It's been over a week.

Nadia

Sent from my iPhone""", chase=True),
      ag("dev", "11-17 12:30", """Dear Ms Price,

Apologies for the silence. The inspection was signed off yesterday and £96 went back to the card ending 4417 this morning; it normally shows within 3-5 working days.
""")),

    C("q06-ellis-packing-supplies", "en", "closed", {},
      "Rhiannon Ellis <r.ellis@ellisdesign.example>", "owa", "Boxes and tape",
      "Packing-supply prices given as a bare list of figures; pre-delivery into the unit confirmed; thanks-only reply.",
      cu("11-04 13:00", """Hello,

I'm moving into my unit next week and I'd rather buy packing materials from you than online. What do you charge for medium and large boxes, and do you sell tape and bubble wrap too? Can I order in advance and have them waiting in the unit when I arrive?

Thanks,
Rhiannon Ellis"""),
      ag("fiona", "11-04 14:20", """Hi Rhiannon,

Medium box £2.40
Large box £3.10
Tape £1.80 a roll
Bubble wrap £12 (10 m roll)

Send me your list and the day you're coming and we'll put it all in the unit beforehand - it gets added to your first month.

Fiona"""),
      cu("11-04 15:02", """Lovely, thank you! I'll send the list over tomorrow.

Rhiannon""", thanks=True)),

    C("q07-sutton-lockout", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Lee Sutton <lee.sutton@sparkfixelectrical.example>", "android", "Locked out of E-115",
      "Tradesman locked out after paying an overdue invoice; only the acknowledgement, then 'Still waiting' a day later.",
      cu("11-17 07:10", """Hi my PIN isn't working at the Eastgate gate, keypad just says ACCESS DENIED. I paid the overdue invoice online last night (INV-55820). Can you unlock my account please, all my tools are in E-115 and I've got a job at 9.

Lee Sutton
Sparkfix Electrical

Get Outlook for Android"""),
      ack("11-17 07:11"),
      cu("11-18 07:30", """Still waiting for someone to get back to me. Still locked out, that's two days of work lost now. Please can somebody ring me on 07700 900412.

Lee

Get Outlook for Android""", chase=True)),

    C("q08-lehmann-klavier", "de", "closed", {"unanswered-question": 1},
      "Dr. Johannes Lehmann <j.lehmann@lehmann-kanzlei.example>", "outlook_de", "Klimatisierte Einheit für ein Klavier",
      "German family relocating: climate-controlled unit for a piano answered in detail; the request to invoice the law firm is ignored.",
      cu("11-04 09:30", """Sehr geehrte Damen und Herren,

im Dezember ziehen wir von Hamburg nach Bristol, unser neues Haus ist allerdings erst im März bezugsfertig. Wir suchen daher für etwa drei Monate eine Lagereinheit, unter anderem für ein Klavier. Haben Sie klimatisierte Einheiten, in denen Temperatur und Luftfeuchtigkeit konstant gehalten werden?

Außerdem bitte ich Sie, die Rechnungen nicht an mich privat, sondern an meine Kanzlei (Lehmann & Voss Rechtsanwälte, Hamburg) auszustellen.

Mit freundlichen Grüßen
Dr. Johannes Lehmann""", uq=1),
      ag("sabine", "11-04 11:05", """Sehr geehrter Herr Dr. Lehmann,

ja, in unserem Standort Harbourside gibt es ein klimatisiertes Stockwerk. Dort halten wir das ganze Jahr 16 bis 20 °C und unter 55 % relative Luftfeuchte - für ein Klavier ideal. Eine Einheit mit 50 sq ft (etwa 4,6 m²) kostet dort 115 £ im Monat. Für den Transport empfehlen wir eine Klavierspedition; unser Lastenaufzug trägt bis zu 1.000 kg.

Mit freundlichen Grüßen
Sabine Krüger"""), tz=1),

    C("q09-moreau-dimanche", "fr", "pending", {},
      "Camille Moreau <camille.moreau@atelier-moreau.example>", "apple_fr", "Accès le dimanche et stockage de vin",
      "Two French questions (Sunday evening access, storing wine) answered in French, the second with advice.",
      cu("11-17 20:15", """Bonjour,

Je loue le box E-027 à Eastgate depuis l'été. Deux petites questions : est-ce que je peux accéder à mon box le dimanche soir ? Je travaille en horaires décalés. Et je voulais savoir si on a le droit d'y stocker des bouteilles de vin (une quarantaine, dans leurs caisses).

Merci d'avance,
Camille"""),
      ag("amelie", "11-18 09:30", """Bonjour Camille,

Le portail d'Eastgate est ouvert tous les jours de 6h à 22h, dimanche compris : avec votre code, vous pouvez donc venir jusqu'à 22h.

Pour le vin, aucun problème tant qu'il s'agit de votre consommation personnelle et non de revente. Sachez seulement que les box d'Eastgate ne sont pas climatisés ; si ces bouteilles doivent vieillir, un box climatisé à Harbourside serait plus adapté.

Bien cordialement,
Amélie""")),

    C("q10-navarro-furgoneta", "es", "closed", {"missed-follow-up": 1},
      "Javier Navarro <javi.navarro@correo-sur.example>", "gmail_es", "Alquiler de furgoneta",
      "Spanish customer: van price answered, Saturday availability deferred to 'mañana' and never confirmed.",
      cu("11-03 17:40", """Hola:

Me mudo el sábado 14 y necesito una furgoneta para llevar las cosas al trastero de Millbrook Road. ¿Cuánto cuesta alquilar la furgoneta medio día? ¿Y está libre el sábado 14 por la mañana?

Gracias,
Javier Navarro"""),
      ag("lucia", "11-04 10:10", """Hola, Javier:

El alquiler de la furgoneta cuesta 45 £ medio día (hasta 4 horas) y 70 £ el día completo, el combustible aparte. Lo del sábado 14 lo tengo que mirar con el encargado de Millbrook, que es quien lleva las reservas; se lo confirmo mañana.

Un saludo,
Lucía""", promises=[("11-05", None)])),

    C("q11-whitlock-late-fee", "en", "closed", {"reopened": 1},
      "Sarah Whitlock <sarah.whitlock@amberlane.example>", "gmail", "Late payment fee on November invoice",
      "Wrong late fee removed and the ticket marked resolved; a week later the customer asks to move her direct debit date.",
      cu("11-03 10:15", """Hi,

My November invoice has a £15 late payment fee on it, but my direct debit went out on the 1st as it always does - I can see it on my bank statement. Please take the fee off.

Sarah Whitlock (M-031)"""),
      ag("dev", "11-03 14:00", """Dear Sarah,

You're quite right. The direct debit batch was processed a day late on our side and the system added the fee automatically. I've removed it, and your corrected invoice now shows £96.00.

I'll mark this ticket as resolved.
""", closes=True),
      cu("11-10 09:30", """Hi Dev,

Thanks for sorting that. A related one - could you move my direct debit date to the 15th of the month? I get paid mid-month now.

Sarah"""),
      ag("dev", "11-10 11:45", """Dear Sarah,

Done. From December the direct debit will be collected on the 15th. The invoice itself will still be dated the 1st, but nothing leaves your account until the 15th and no fee will be added.
""")),

    C("q12-quinn-small-unit", "en", "open", {},
      "Ellie Quinn <ellie.quinn@thimblemail.example>", "gmail", "Small unit for ceramics",
      "A new enquiry on the audit morning with only the helpdesk acknowledgement so far (inside the response target).",
      cu("11-20 10:20", """Hello,

I'm a ceramicist and I'm looking for somewhere to keep finished work and packaging between markets. Do you have small units (25 sq ft or less) at Harbourside, and could I come and see one on Saturday morning?

Ellie Quinn
https://elliequinnceramics.example/shop?ref=email"""),
      ack("11-20 10:21")),

    C("q13-ferris-mail-handling", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
      "Tom Ferris <tom@ferrisconsulting.example>", "owa", "Business address and post",
      "Friday-evening enquiry answered on Monday (slow) about the mail address and price; signing for parcels is skipped.",
      cu("11-06 16:45", """Hello,

I run a two-person consultancy from home and I'd like to stop putting my home address on the company's paperwork. Do you offer a business mailing address at Millbrook Road, and what does it cost per month? Can you also sign for parcels that need a signature when we're not there?

Best regards,
Tom Ferris
Director, Ferris Consulting Ltd
Please consider the environment before printing this e-mail.""", uq=1),
      ag("connor", "11-09 09:40", """Hi Tom,

We do. You'd use Unit 4, Millbrook Road Business Centre, Bristol BS3 9QX as your address. Mail handling is £20 a month: we log every item, email you a photo of the envelope the same day, and you either collect it or we forward it at cost. If you want the contents scanned, that's 50p an item.

Cheers,
Connor""")),

    C("q14-dobbs-condensation", "en", "pending", {"missed-follow-up": 1},
      "Patrick Dobbs <pdobbs@ravenmoor.example>", "apple", "Damp in H-034",
      "Condensation in a unit: both questions answered, then 'let me ask the site team ... and I'll get back to you' without a date; nothing follows within two days.",
      cu("11-16 11:30", """Hello,

When I opened my unit (H-034) on Sunday there was a musty smell and some condensation on the plastic sheet over my mattress. Is that normal at this time of year? Can I put a small dehumidifier in there, and is there a socket I could use?

Patrick"""),
      ag("fiona", "11-16 13:05", """Hi Patrick,

Sorry to hear that - condensation isn't something we'd expect in H-block. The standard units have no power, so a plug-in dehumidifier won't work, but moisture-absorber tubs are fine and we sell them at the desk for £4. Let me ask the site team to check the roof and the door seal on H-034, and I'll get back to you.

Fiona""", promises=[("window", None)])),

    C("q15-greaves-van-booking", "en", "pending", {},
      "Aisha Greaves <aisha.greaves@corvidmail.example>", "gmail", "Free van on 1 December",
      "Fiona answers half and says the site manager will confirm the van by tomorrow; he does, the next morning.",
      cu("11-16 19:40", """Hi,

I've booked a 35 sq ft unit at Millbrook Road from 1 December. Is the free van available that morning, and does it have to go back the same day?

Thanks,
Aisha"""),
      ag("fiona", "11-17 09:10", """Hi Aisha,

The move-in van is yours for the day you move in and goes back by 5pm that day. The van diary for Millbrook is kept by Connor, the site manager, so I've passed your request to him - he'll confirm by tomorrow.

Fiona""", promises=[("11-18", 3)]),
      ag("connor", "11-18 08:45", """Hi Aisha,

The van is booked for you on Tuesday 1 December from 8:30. Bring your driving licence and a card for the £100 refundable damage hold.

Cheers,
Connor""", parent=1)),

    C("q16-lefevre-humidite", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Bernard Lefèvre <b.lefevre@lefevre-antiquites.example>", "apple_fr", "Taux d'humidité dans le box H-305",
      "French antique dealer: 'je reviens vers vous d'ici mercredi' kept the next Monday after 'Je me permets de vous relancer'.",
      cu("11-02 10:00", """Bonjour,

Je suis antiquaire et je stocke des meubles anciens dans le box climatisé H-305 à Harbourside. Lors de mon passage samedi, l'hygromètre que j'ai laissé dans le box indiquait 68 % d'humidité, alors que votre contrat garantit moins de 55 %. Pourriez-vous faire vérifier l'installation et me dire depuis quand le taux est aussi élevé ?

Bien cordialement,
Bernard Lefèvre
Lefèvre Antiquités"""),
      ag("amelie", "11-02 13:20", """Bonjour Monsieur Lefèvre,

Merci de nous avoir prévenus. Je transmets tout de suite à l'équipe technique de Harbourside, qui va contrôler la climatisation de l'étage, et je reviens vers vous d'ici mercredi avec leurs relevés.

Bien à vous,
Amélie""", promises=[("11-04", 4)]),
      cu("11-09 09:15", """Bonjour Madame Roussel,

Je me permets de vous relancer : je n'ai toujours aucune nouvelle depuis lundi dernier, et mes meubles sont toujours dans ce box.

Cordialement,
B. Lefèvre""", chase=True),
      ag("amelie", "11-09 11:00", """Bonjour Monsieur Lefèvre,

Toutes mes excuses pour ce retard. Le déshumidificateur du troisième étage était en panne depuis le 27 octobre ; il a été remplacé jeudi et les relevés sont revenus à 48 %. En dédommagement, nous ne vous facturerons pas le loyer de novembre du box H-305.

Bien à vous,
Amélie"""), tz=1),

    C("q17-harrow-forwarded-invoice", "en", "closed", {},
      "Joanne Harrow <jo@harrowevents.example>", "gmail", "Fwd: Your invoice INV-55102",
      "HTML-only forward of an invoice whose boilerplate has a question and a '?' URL; the customer's own two points are answered.",
      cu("11-05 12:30", """Hi,

Can you check this is for our unit at Millbrook (M-210)? Our office manager has left and I can't tell from the invoice which unit it is for. The total also looks higher than usual.

Jo Harrow
Harrow Events

---------- Forwarded message ---------
From: Quayside Self-Storage Accounts <accounts@quaysidestorage.example>
Date: Sun, 1 Nov 2026 at 06:00
Subject: Your invoice INV-55102
To: <office@harrowevents.example>

Invoice INV-55102 - 1 November 2026
Storage, November 2026: GBP 268.00
Goods cover (GBP 10,000): GBP 28.60
Mail handling: GBP 20.00
Total due: GBP 316.60
Questions about your bill? Visit https://quaysidestorage.example/billing?acct=HE-2210&inv=55102""", kind="html"),
      ag("dev", "11-05 15:10", """Dear Jo,

Yes, INV-55102 is for M-210. It's higher than October because mail handling (£20 a month) started on 1 November, as your office manager asked on 12 October.
""")),
]
CASES += [
    C("q18-blake-downsizing", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Owen Blake <owen.blake@driftwoodmail.example>", "gmail", "Downsizing E-088",
      "The agent explains how a move to a smaller unit works instead of whether notice is payable on the old one; January prices promised by Thursday, never sent.",
      cu("11-16 12:00", """Hi,

I've got the 100 sq ft unit at Eastgate (E-088) and I'm only using about half of it now. Can I downsize to a 50 without paying the notice period on the bigger one? How does the move work - do I have to shift everything myself?

Also, you put the prices up in October; are they going up again in January?

Cheers,
Owen""", uq=1),
      ag("fiona", "11-16 15:30", """Hi Owen,

Moving to a smaller unit on the same site is easy. We give you the new unit's PIN the day before, you move your things across at your own pace over 48 hours, and we lock the old one after that. Trolleys are free to use at the gate.

The January prices haven't been set yet - I'll let you know by Thursday whether Eastgate is going up.

Fiona""", promises=[("11-19", None)])),

    C("q19-schubert-studentin", "de", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Monika Schubert <monika.schubert@posteo-mail.example>", "gmail_de", "Einlagerung für sechs Monate",
      "German mother waits four days after the acknowledgement, reminds ('leider habe ich ... noch keine Antwort'), then gets both questions answered.",
      cu("11-12 08:50", """Guten Tag,

meine Tochter geht im Januar für ein Auslandssemester nach Kanada, und wir möchten ihre Sachen für sechs Monate bei Ihnen einlagern. Gibt es einen Rabatt für Studierende? Und kann man die Miete für die sechs Monate im Voraus bezahlen?

Viele Grüße
Monika Schubert"""),
      ack("11-12 08:51"),
      cu("11-16 09:30", """Guten Tag,

leider habe ich auf meine Anfrage vom Donnerstag (unten) noch keine Antwort bekommen. Wir müssen uns bis Ende der Woche entscheiden.

Viele Grüße
M. Schubert""", chase=True),
      ag("sabine", "11-16 11:20", """Liebe Frau Schubert,

entschuldigen Sie bitte die lange Wartezeit. Studierende bekommen bei uns 15 % Nachlass, eine Immatrikulationsbescheinigung genügt. Wenn Sie alle sechs Monate im Voraus zahlen, ist zusätzlich ein Monat gratis - Sie zahlen dann also nur fünf Monatsmieten.

Viele Grüße
Sabine Krüger""")),

    C("q20-castillo-reserva", "es", "open", {"awaiting-reply": 1},
      "Marta Castillo <marta.castillo@buzonmail.example>", "gmail_es", "Trasteros en Harbourside",
      "Two Spanish questions answered; eight days later a booking request with a question, still without reply (awaiting reply, not unanswered-question).",
      cu("11-10 11:00", """Hola Lucía:

¿Los trasteros de Harbourside tienen luz dentro? ¿Y hay carros para subir las cajas a la primera planta?

Gracias,
Marta"""),
      ag("lucia", "11-10 12:30", """Hola, Marta:

Sí, todos tienen luz con sensor de movimiento. Los carros y el montacargas están junto a la entrada y no hace falta reservarlos.

Un saludo,
Lucía"""),
      cu("11-18 16:00", """Hola de nuevo, Lucía. Ya me he decidido: ¿me pueden reservar un trastero de 35 pies cuadrados en Harbourside a partir del 1 de diciembre? ¿Qué tengo que llevar el primer día?

Marta""")),

    C("q21-pryce-eastgate-drive-up", "en", "closed", {"unanswered-question": 1},
      "Gemma Pryce <gemma@pryceflorals.example>", "apple", "Drive-up units at Eastgate",
      "Drive-up availability answered; in her reply the florist asks what ID to bring and about green waste; only the ID is answered.",
      cu("11-02 10:30", """Hi,

Do you have any drive-up units free at Eastgate? I need to get the van right up to the door.

Gemma
Pryce Florals"""),
      ag("fiona", "11-02 11:50", """Hi Gemma,

Yes - E-160 and E-162 are both free, 75 sq ft, £128 a month, and you can park right in front of either. Shall I hold one for you until Friday?

Fiona"""),
      cu("11-03 08:15", """Yes please, hold E-160 - I'll come in on Thursday to sign. What ID do I need to bring? And is there anywhere to dispose of green waste on site? We end up with a lot of old stems and packaging after big weddings.

Gemma""", uq=1),
      ag("fiona", "11-03 09:40", """Hi Gemma,

E-160 is on hold for you until Friday 6th. Bring photo ID (passport or driving licence) and a proof of address from the last three months.

Fiona""")),

    C("q22-tanaka-second-keyholder", "en", "closed", {},
      "Ken Tanaka <ken.tanaka@mossgarden.example>", "thunderbird", "Second keyholder for H-221",
      "A rhetorical question and a question the customer answers himself, around one real request that is answered.",
      cu("11-05 18:30", """Hi Fiona,

Who knew one bookcase could weigh that much? Anyway, it's in. Where do I find the unit number for my contents insurer? Never mind, it's on the tag by the lock - H-221.

What I actually need: can I add my partner, Yui, as a second keyholder? She'll be the one fetching things while I'm travelling in the new year.

Ken"""),
      ag("fiona", "11-06 09:00", """Hi Ken,

Of course. She just needs to fill in the authorised-person form (https://quaysidestorage.example/forms/authorised-person?unit=H-221) and show photo ID at the desk the first time, and she'll get her own PIN.

Fiona""")),

    C("q23-marlowe-archive-move", "en", "pending",
      {"many-handoffs": 1, "unanswered-question": 1, "missed-follow-up": 1},
      "Victoria Marlowe <v.marlowe@marlowe-archive.example>", "outlook", "Consolidating our archive units",
      "Three agents handle a law firm's move into one unit; the move-day plan promised for tomorrow comes a day late; the invoicing request is never addressed.",
      cu("11-16 09:00", """Good morning,

Marlowe & Finch are consolidating our archive boxes at your Millbrook site. We currently have two units, M-104 and M-106. Could we move everything into one 200 sq ft unit from December, and could the two old units be closed at the end of November? Please also invoice the new unit to our finance team at finance@marlowe-archive.example rather than to me.

Victoria Marlowe
Office Manager, Marlowe & Finch LLP

This email and any attachments may be confidential and legally privileged. If you are not the intended recipient, please notify the sender and delete it. Marlowe & Finch LLP is authorised and regulated by the Solicitors Regulation Authority.""", uq=1),
      ag("fiona", "11-16 10:30", """Dear Victoria,

That's very doable: M-210 (200 sq ft) is free from 1 December. Connor, who manages Millbrook, will email you tomorrow with a move-day plan and book the pallet truck for you.

Fiona""", promises=[("11-17", 3)]),
      ag("connor", "11-18 08:10", """Dear Victoria,

Sorry this is a day later than Fiona said. Plan: Tuesday 1 December from 8am, pallet truck and two cages booked, M-210 unlocked for you from 7:45. M-104 and M-106 close as soon as they're empty - we'll check them on the 2nd.

Connor""", parent=1),
      cu("11-18 11:20", """Thanks Connor, that works. On the notice - do we owe anything for giving less than 14 days on M-104 and M-106?

Victoria"""),
      ag("dev", "11-18 15:30", """Dear Victoria,

No. When a customer moves into a larger unit on the same site we waive the notice on the old ones, so M-104 and M-106 are simply charged pro rata up to 2 December.
""")),

    C("q24-dubois-assurance", "fr", "pending", {"unanswered-question": 1},
      "Léa Dubois <lea.dubois@boitemail.example>", "gmail", "Conditions de l'assurance des biens",
      "French customer: the policy conditions are sent as a PDF; her indirect question about lowering the cover is not addressed.",
      cu("11-18 08:40", """Bonjour,

Pourriez-vous m'envoyer les conditions générales de l'assurance des biens ? Mon assureur me les demande avant de décider s'il couvre aussi le box.

Par ailleurs, j'aimerais savoir s'il est possible de réduire la couverture de 10 000 à 3 000 £ dès le mois prochain, puisque j'ai récupéré la plupart des meubles.

Merci,
Léa Dubois""", uq=1),
      ag("amelie", "11-18 11:00", """Bonjour Léa,

Vous trouverez en pièce jointe les conditions générales de notre assurance des biens (version 2026). Votre assureur y trouvera notamment les exclusions (section 4) et le plafond par objet, qui est de 2 500 £.

Bien cordialement,
Amélie""", attach=[("application/pdf", "assurance-biens-conditions-2026.pdf", COVER_FR_PDF)])),

    C("q25-romero-climatizado", "es", "closed", {},
      "Isabel Romero <isabel.romero@mensajeria-luz.example>", "gmail_es", "Trastero climatizado para cuadros",
      "Spanish customer: humidity and smallest climate-controlled size answered in one reply; thanks-only close.",
      cu("11-02 09:00", """Buenos días:

Tengo varios cuadros al óleo y dos guitarras que quiero guardar durante el invierno. ¿Los trasteros climatizados mantienen estable la humedad, o solo la temperatura? ¿Cuál es el tamaño más pequeño que tienen climatizado?

Un saludo,
Isabel Romero"""),
      ag("lucia", "11-02 11:30", """Buenos días, Isabel:

Las dos cosas: la planta climatizada de Harbourside se mantiene entre 16 y 20 °C y por debajo del 55 % de humedad relativa todo el año. El más pequeño mide 15 pies cuadrados (1,4 m² aprox.) y cuesta 52 £ al mes; para unos cuadros y un par de guitarras es perfecto.

Un saludo,
Lucía"""),
      cu("11-02 12:10", """¡Genial, muchísimas gracias por la información!

Isabel""", thanks=True)),

    C("q26-kovacs-third-unit", "en", "pending", {},
      "Peter Kovacs <peter.kovacs@kovacs-builders.example>", "owa", "Third unit for site equipment",
      "Both questions answered; the formal quote promised for Monday 23 November is still ahead at audit time.",
      cu("11-18 14:00", """Hello,

We keep our site equipment in M-140 and M-142. Is there any discount if we take a third unit for 12 months? And can all three go on one invoice?

Peter Kovacs
Kovacs Builders"""),
      ag("dev", "11-18 16:10", """Dear Peter,

Yes, all three would go on one monthly invoice. For a third unit on a 12-month term we normally give 10 % off all three units. I'll send you a formal quote on Monday 23 November, once Connor has confirmed which unit sizes are free.
""", promises=[("11-23", None)])),

    C("q27-ashworth-moving-out", "en", "closed", {},
      "Colin Ashworth <colin.ashworth@wrenfield.example>", "gmail", "Moving out of E-051",
      "Notice and returned kit answered; the trolley collection is logistics and the automatic deposit refund a process description - not promises.",
      cu("11-02 14:00", """Hi,

I'm moving out of E-051 at the end of the month. How much notice do I need to give, and how do I give it? Also, I borrowed two of your trolleys and a stack of flattened boxes - do you want them back?

Colin"""),
      ag("fiona", "11-02 16:00", """Hi Colin,

14 days, and this email counts as notice - I've logged your move-out for Monday 30 November. The yard team collect trolleys from outside the unit on the Friday before you leave, so just leave them by the door. The flattened boxes are yours to keep, or drop them in the recycling cage by the gate. Once the unit has been checked, the deposit is refunded automatically to the card we hold.

Fiona""")),

    C("q28-fenwick-power-socket", "en", "closed", {},
      "Harriet Fenwick <harriet@fenwickprints.example>", "outlook", "Unit with a power socket",
      "Question answered; the customer's own Outlook out-of-office reply lands in the thread.",
      cu("11-03 11:00", """Hi,

Do you have any units with a power socket? I'd like to keep a small chest freezer there for our print studio's ink stock.

Harriet Fenwick
Fenwick Prints"""),
      ag("connor", "11-03 13:30", """Hi Harriet,

A handful of the business units at Millbrook (M-301 to M-310) have a metered socket: £25 a month on top of the rent, plus the electricity at cost. M-304 is free now.

Cheers,
Connor"""),
      auto("11-03 13:31", """Thank you for your email. I'm at the Birmingham print fair until Monday 9 November with very limited access to email. For anything urgent please call the studio on 0117 496 0933.

Harriet""", quote=False, subject="Automatic reply: Re: Unit with a power socket",
           auto_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])),

    C("q29-zimmermann-messebau", "de", "closed", {"unanswered-question": 1},
      "Frank Zimmermann <f.zimmermann@zimmermann-messebau.example>", "thunderbird_de", "Angebot Lagerfläche Winter",
      "German exhibition builder: the quote arrives as a PDF; the door-height question for 2.60 m partition walls is skipped.",
      cu("11-04 10:00", """Hallo Frau Krüger,

wir bauen Messestände und brauchen über die Wintermonate Platz für ungefähr 40 Kisten und einige Stellwände. Können Sie mir ein Angebot für eine passende Einheit in Millbrook Road schicken? Und wie hoch sind die Türen der Einheiten dort? Die Stellwände sind 2,60 m hoch.

Viele Grüße
Frank Zimmermann
Zimmermann Messebau GmbH""", uq=1),
      ag("sabine", "11-04 12:20", """Hallo Herr Zimmermann,

anbei unser Angebot für die Einheit M-220 (150 sq ft, etwa 14 m²) für 215 £ im Monat. Wenn Sie die vier Wintermonate im Voraus bezahlen, gewähren wir 5 % Rabatt.

Viele Grüße
Sabine Krüger""", attach=[("application/pdf", "Angebot-QS-A-26-0412.pdf", ANGEBOT_PDF)]), tz=1),

    C("q30-nolan-invoice-copies", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Declan Nolan <declan.nolan@nolanplumbing.example>", "outlook", "Copies of invoices for M-077",
      "Request for invoice copies, resent two days later as a new mail with the same subject and one line on top; no reply.",
      cu("11-11 08:30", """Hello,

Please send me copies of the invoices for M-077 from April to October. Our accountant needs them for the year-end and they aren't in the customer portal.

Thanks,
Declan Nolan
Nolan Plumbing & Heating"""),
      cu("11-13 08:10", """Resending - I need these by Friday.

Please send me copies of the invoices for M-077 from April to October. Our accountant needs them for the year-end and they aren't in the customer portal.

Thanks,
Declan Nolan
Nolan Plumbing & Heating""", chase=True, parent=0)),

    C("q31-grant-access-log", "en", "pending", {"unanswered-question": 2},
      "Alasdair Grant <a.grant@grantcycles.example>", "outlook", "Access log, CCTV and PIN change",
      "A templated security reply explains how to change the PIN and ignores the access-log request and the CCTV question.",
      cu("11-17 07:40", """Good morning,

Three things about our storage at Eastgate (E-130 and E-131):

Could you send us the access log for E-130 for last weekend? We think someone used our code who shouldn't have.
Do you have CCTV covering the drive-up row, and if so how long do you keep the footage?
Please also change the PIN on both units as soon as possible.

Alasdair Grant
Grant Cycles""", uq=2),
      ag("fiona", "11-17 09:00", """Hi Alasdair,

Thanks for getting in touch. For security reasons a PIN can only be changed by the account holder, either in person at the desk or in the customer portal: https://quaysidestorage.example/portal/security?unit=E-130

Our office is open Monday to Friday 8:30-17:30 and Saturday 9:00-16:00.

Fiona""")),

    C("q32-mills-cancel-booking", "en", "closed", {"missed-follow-up": 1},
      "Becky Mills <becky.mills@larkspurmail.example>", "gmail", "Cancelling my booking",
      "Booking cancelled and refund explained; the confirmation promised 'by end of day' never comes.",
      cu("11-05 09:10", """Hi,

I need to cancel my booking for a 35 sq ft unit from 14 November - the house sale has fallen through. I paid a £74 reservation deposit. Can I have that back?

Becky"""),
      ag("dev", "11-05 10:30", """Dear Becky,

I'm sorry to hear that. I've cancelled the booking. Reservation deposits are refundable when the booking is cancelled more than 7 days before the start date, so you're fine: I'll process the refund and email you the confirmation by end of day.
""", promises=[("11-05", None)])),

    C("q33-osei-keypad", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Kwame Osei <kwame.osei@baobabmail.example>", "iphone", "Keypad keeps rejecting my code",
      "Friday-night problem, 'Hello? Still no reply' on Monday morning, then both the fault and the early-access request are dealt with.",
      cu("11-13 21:30", """Hi, the keypad at Harbourside rejected my code twice tonight and then locked me out for 30 minutes. Is there a problem with it? I also need to know if I can get in before 6am next Sunday (22nd), I'm driving up to Scotland.

Kwame

Sent from my iPhone"""),
      cu("11-16 07:45", """Hello? Still no reply to this. It did the same thing again this morning.

Kwame

Sent from my iPhone""", chase=True),
      ag("fiona", "11-16 09:30", """Hi Kwame,

Sorry for the wait. Your PIN was reset by mistake when the H-block keypads were updated on the 13th - I've restored it, so it will work again now. The gate is normally time-locked from 10pm to 6am, but I've set up a one-off early window for you from 5am on Sunday 22nd.

Fiona""")),

    C("q34-herrera-doble-cargo", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Andrés Herrera <andres@herrera-reformas.example>", "gmail_es", "Cargo duplicado de octubre",
      "Spanish builder charged twice: 'le escribo el jueves' kept the next Monday after '¿alguna novedad?'.",
      cu("11-02 09:30", """Hola Lucía:

Tengo un trastero en Eastgate (E-071) para el material de obra. El mes pasado me cobraron dos veces la factura de octubre, una por domiciliación y otra con la tarjeta. ¿Me pueden devolver el cargo duplicado?

Saludos,
Andrés Herrera
Herrera Reformas"""),
      ag("lucia", "11-02 12:00", """Hola, Andrés:

Tiene razón, veo los dos cargos de 128 £. Lo paso a contabilidad para que lo revisen y le escribo el jueves con la fecha de la devolución.

Un saludo,
Lucía""", promises=[("11-05", 4)]),
      cu("11-09 08:00", """Hola Lucía, ¿alguna novedad sobre la devolución? Sigo sin saber nada.

Andrés""", chase=True),
      ag("lucia", "11-09 10:20", """Hola, Andrés:

Disculpe el retraso. Contabilidad le ha devuelto hoy los 128 £ a la tarjeta; le llegarán en 3-5 días hábiles.

Un saludo,
Lucía""")),

    C("q35-brooks-numbered", "en", "closed", {},
      "Imogen Brooks <imogen.brooks@quillfeather.example>", "gmail", "Storing my things during a placement",
      "A student's numbered list of four questions answered point by point with figures (multipart/alternative).",
      cu("11-06 10:00", """Hello Quayside,

I'm going on a placement in Leeds from January and need to store my things from my student house until the summer. Some questions:

1) What's the smallest unit at Harbourside and how much is it?
2) Do you offer a student discount?
3) Can I pay monthly by card rather than direct debit?
4) If my placement gets extended, can I just keep the unit longer or do I need a new contract?

Thanks so much!
Imogen""", kind="alt"),
      ag("fiona", "11-06 11:30", """Hi Imogen,

1) 15 sq ft, £44 a month (not climate-controlled).
2) 15 % off with a valid student card.
3) Card is fine - we charge it on the 1st of each month.
4) Nothing new to sign: it rolls on monthly until you give us 14 days' notice.

Fiona""")),
]
CASES += [
    C("q36-pike-roller-door", "en", "closed", {"reopened": 1},
      "Stuart Pike <stu.pike@pikeandsons.example>", "thunderbird", "Roller door stuck on M-052",
      "Door fixed and the thread tagged [Closed]; a week later the customer asks for a PIN for a new driver in the same thread.",
      cu("11-03 08:00", """Hi,

The roller door on M-052 is stuck half open, I can't close it or lock it. Can someone look at it today?

Stuart
Pike & Sons Landscaping"""),
      ag("connor", "11-03 09:15", """Hi Stuart,

Our maintenance man freed the runner at 9 - the door shuts and locks properly again, and I've put your padlock back on. Closing this one off.

Cheers,
Connor""", subject="[Closed] Re: Roller door stuck on M-052", closes=True),
      cu("11-10 08:30", """Hi Connor,

Door's been fine since, thanks. Different thing: we've taken on a second van - can we have a second access PIN for the new driver?

Stuart""", subject="Re: [Closed] Re: Roller door stuck on M-052"),
      ag("connor", "11-10 10:00", """Hi Stuart,

Yes, no problem - send me the driver's name and I'll set one up. They'll need to show photo ID the first time they come in.

Cheers,
Connor""")),

    C("q37-keller-weinlager", "de", "pending", {"missed-follow-up": 1},
      "Anja Keller <a.keller@keller-weinhandel.example>", "outlook_de", "Gewerbliche Lagerung von Wein",
      "German wine importer: the yes/no question is answered, the business contract documents are promised 'bis Mittwoch' and never sent.",
      cu("11-16 09:00", """Sehr geehrte Frau Krüger,

wir importieren Weine aus der Pfalz und suchen in Bristol ein Lager für ca. 60 Kartons. Können Sie mir sagen, ob in Ihren klimatisierten Einheiten auch die gewerbliche Lagerung von Wein erlaubt ist? Falls ja, schicken Sie mir bitte die Vertragsunterlagen für Geschäftskunden.

Mit freundlichen Grüßen
Anja Keller
Keller Weinhandel UG (haftungsbeschränkt)"""),
      ag("sabine", "11-16 10:30", """Sehr geehrte Frau Keller,

grundsätzlich ja: Die gewerbliche Lagerung von Wein ist in den klimatisierten Einheiten erlaubt, solange Sie dort nicht verkaufen oder ausliefern. Die Vertragsunterlagen für Geschäftskunden schicke ich Ihnen bis Mittwoch, sobald unsere Rechtsabteilung die neue Fassung freigegeben hat.

Mit freundlichen Grüßen
Sabine Krüger""", promises=[("11-18", None)]), tz=1),

    C("q38-hale-props", "en", "closed", {},
      "Sophie Hale <sophie@halestudio.example>", "gmail", "100 sq ft at Millbrook",
      "Price and prepayment discount answered; a conditional offer to show her round is not a promise; 'we'll talk it over and let you know' is thanks-only.",
      cu("11-04 15:00", """Hi,

We're a photography studio looking for somewhere to keep props and backdrops. Is the 100 sq ft unit at Millbrook still £159 a month? Do you do a discount if we pay six months up front?

Sophie Hale
Hale Studio"""),
      ag("connor", "11-04 16:10", """Hi Sophie,

It is, £159. Paying six months up front gets you the sixth month free. If you'd like to see it first, reply with a day and I'll show you round.

Cheers,
Connor"""),
      cu("11-04 16:40", """Great, thanks Connor - we'll talk it over and let you know.

Sophie""", thanks=True)),

    C("q39-ruiz-vacaciones", "es", "closed", {},
      "Pilar Ruiz <pilar.ruiz@estudio-ruiz.example>", "gmail_es", "Me voy tres semanas",
      "Spanish pleasantry ('¿qué tal el fin de semana?') before two real questions, both answered, one with a link.",
      cu("11-03 10:00", """Hola Lucía, ¿qué tal el fin de semana?

Te escribo porque el mes que viene me voy tres semanas a Valencia. ¿Puedo dejar pagada la factura de diciembre antes de irme? Y si mi hermano necesita sacar algo del trastero mientras estoy fuera, ¿qué tiene que hacer?

Un abrazo,
Pilar"""),
      ag("lucia", "11-03 12:00", """¡Hola, Pilar! Muy bien, gracias.

Claro: diciembre lo puedes pagar ya desde el portal o por teléfono, y no se te cobrará nada más hasta enero. A tu hermano añádelo como persona autorizada con este formulario y recibirá su propio código: https://quaysidestorage.example/es/formularios/autorizado?unidad=H-412

Un abrazo,
Lucía""")),

    C("q40-stanton-house-clearance", "en", "closed", {"unanswered-question": 2},
      "Richard Stanton <richard.stanton@stantonauctions.example>", "gmail", "Short-term unit for a house clearance",
      "Five questions and requests inside one long paragraph; availability, price, cover and the conservator visit are answered, the lorry question and the terms request are not.",
      cu("11-09 11:00", """Hello,

We're an auction house and we've just been instructed on a house clearance - a lot of furniture, paintings and boxes of books that need to go somewhere for about six weeks before the sale in January. I had a look at your website and I think a 150 sq ft unit at Harbourside would do, but I'd be grateful if you could confirm whether a 150 is actually free there from Monday 16th, and what it costs a month. The porters will be bringing everything in on our own lorry, so I also need to know if your loading area can take a 12 metre rigid, or whether we should shuttle it with something smaller. The paintings are the valuable part (insured value about £60,000) and I'd like to know whether your goods cover goes that high, or whether we should rely on our own fine-art policy. Please also send me your terms and conditions, as our insurers will want to see them. Lastly, some of the paintings are on loan and the owners will want a condition report - do you allow us to bring a conservator in to inspect them in the unit?

Many thanks,
Richard Stanton
Stanton & Co Auctioneers""", uq=2),
      ag("fiona", "11-09 14:45", """Dear Richard,

H-240 (150 sq ft) is free from Monday 16th at £215 a month, charged pro rata for part months. Our goods cover goes up to £50,000 per unit, so for £60,000 of paintings you'd want to keep your own fine-art policy in place; we'd just need a copy of the certificate. Visitors, including a conservator, are welcome with you at any time during access hours as long as they sign in at the desk.

Best wishes,
Fiona""")),

    C("q41-ward-bare-answers", "en", "closed", {},
      "Tessa Ward <tessa@tinderbox-crafts.example>", "thunderbird", "Before I sign up for E-019",
      "Inline answers, one of them a bare 'Yes.'; thanks-only reply with 'See you Saturday'.",
      cu("11-10 09:15", """Hi,

Quick questions before I sign up for E-019:

Is the 14 days' notice the minimum term, or is there a minimum of a month?
Can I store a petrol lawnmower if I drain the tank?
Do I need my own padlock?

Tessa"""),
      ag("fiona", "11-10 10:00", """Hi Tessa,

> Is the 14 days' notice the minimum term, or is there a minimum of a month?

The minimum is one month, then 14 days' notice.

> Can I store a petrol lawnmower if I drain the tank?

Yes.

> Do I need my own padlock?

No - we fit a disc lock when you move in and it's yours to keep.

Fiona""", quote=False),
      cu("11-10 10:20", """Perfect, thanks! See you Saturday.

Tessa""", thanks=True)),

    C("q42-bonnet-prix", "fr", "closed", {},
      "Margaux Bonnet <margaux.bonnet@bonnet-deco.example>", "apple_fr", "Prix d'un box de 25 pieds carrés",
      "French price question answered with just a figure; she reserves and asks about the deposit, answered with a link.",
      cu("11-05 14:00", """Bonjour Amélie,

Combien coûte un box de 25 pieds carrés à Eastgate, par mois ?

Merci !
Margaux"""),
      ag("amelie", "11-05 14:30", """58 £ par mois, TVA comprise.

Amélie"""),
      cu("11-05 15:10", """Parfait, je le réserve à partir du 1er décembre. Faut-il verser un dépôt dès maintenant ?

Margaux"""),
      ag("amelie", "11-05 16:00", """C'est noté : le box E-012 est réservé à votre nom à partir du 1er décembre. Le dépôt (58 £, soit un mois de loyer) se règle en ligne ici : https://quaysidestorage.example/fr/reservation?box=E-012&etape=depot

Bien cordialement,
Amélie""")),

    C("q43-gil-estanterias", "es", "closed", {"unanswered-question": 1},
      "Elena Gil <elena.gil@gil-asociados.example>", "gmail_es", "Trastero para planos y maquetas",
      "Spanish architects (base64 body): shelving answered; the request to invoice the company with its VAT number is ignored.",
      cu("11-04 09:00", """Buenos días:

Somos un estudio de arquitectura y queremos guardar planos y maquetas en Millbrook Road. ¿Tienen trasteros con estanterías ya montadas? Les agradecería también que las facturas salieran a nombre de Gil & Asociados Ltd, con nuestro número de IVA GB 123 4567 89.

Atentamente,
Elena Gil
Gil & Asociados Arquitectura""", uq=1, cte="base64"),
      ag("lucia", "11-04 11:00", """Buenos días, Elena:

Sí. En Millbrook tenemos trasteros de 50 y 75 pies cuadrados con estanterías metálicas ya montadas (cinco baldas, 2 m de alto) por 10 £ más al mes. Para maquetas grandes le recomendaría el de 75.

Un saludo,
Lucía""")),

    C("q44-patel-dented-door", "en", "closed", {},
      "Ravi Patel <ravi.patel@sunmarkmail.example>", "gmail", "Dent in the door of H-166",
      "A second mail adds the forgotten photo before any reply (not a chase); both points are answered; the panel replacement date is logistics.",
      cu("11-06 18:30", """Hi,

When I got to my unit (H-166) this evening there was a dent at the bottom of the door, like something has been driven into it. It still locks fine. Could someone have a look, and let me know whether anything inside could have been damaged? I didn't see anything obvious.

Ravi"""),
      cu("11-06 18:42", """Forgot to attach the photo - here it is.

Ravi""", attach=[("image/png", "IMG_4471.png", DOOR_PNG)]),
      ag("fiona", "11-07 10:00", """Hi Ravi,

Thanks for the photo. The CCTV shows a neighbour's pallet truck clipping your door on Thursday afternoon. The site team checked it this morning: the frame isn't bent, the seal is intact and nothing inside was touched - it's only the outer panel. The panel replacement is booked for Wednesday 11th and you don't need to be there.

Fiona""")),

    C("q45-fraser-care-home", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Alison Fraser <alison.fraser@fraserfamily.example>", "outlook", "Unit for my mother's things",
      "Removal-firm contacts promised 'tomorrow' never sent; the customer's next mail lost its threading headers, and its payment question is skipped.",
      cu("11-12 13:00", """Hello,

My mother is moving into a care home and we have to clear her bungalow by 30 November. Can you hold a 100 sq ft unit at Eastgate for us from the 28th? Do you offer any help with the move itself - men and a van - or can you recommend someone?

Alison Fraser"""),
      ag("fiona", "11-12 15:00", """Dear Alison,

I'm sorry to hear about your mother - I hope the move goes smoothly. E-090 (100 sq ft) is held for you from 28 November. We don't have our own removal crews, though we do lend a free van on move-in day; two local firms our customers use a lot are Harbour Removals and Two Lads & A Van, and I'll email you their details and our customer discount codes tomorrow.

Fiona""", promises=[("11-13", None)]),
      cu("11-17 09:00", """Thanks Fiona. We found a firm through a neighbour in the end.

Can the unit be in my name rather than my mother's? She won't be able to deal with the paperwork. Also, could you tell me whether we can pay the first three months in one go?

Alison""", uq=1, thread=False),
      ag("fiona", "11-17 11:00", """Dear Alison,

Yes, the unit can be in your name: you'll be the account holder, and only you can authorise access. Please bring photo ID with you on the 28th.

Fiona""")),

    C("q46-cole-brewing-pallets", "en", "pending", {"unanswered-question": 2},
      "Nathan Cole <nathan@colebrewing.example>", "gmail", "40 pallets over Christmas",
      "Brewery after an open day: the price is worked out; the forklift question and the insurer's question about individually alarmed doors are skipped.",
      cu("11-17 10:00", """Hi Connor,

Following our chat at the open day: we'd like to store 40 pallets of bottled beer at Millbrook over Christmas, from 1 December to mid-January. What would that cost? Could we get the pallets off the lorry with your forklift, or do we need to bring our own? And our insurer wants to know whether the unit doors are alarmed individually.

Cheers,
Nathan Cole
Cole Brewing Co.
Thirsty? https://colebrewing.example/shop?utm_source=email&utm_medium=signature""", uq=2),
      ag("connor", "11-17 15:00", """Hi Nathan,

Good to hear from you. 40 pallets fit in two neighbouring 150s, M-231 and M-232. Together they're £430 a month, so pro rata for the six weeks it comes to about £645 plus VAT.

Cheers,
Connor""")),

    C("q47-lambert-resiliation", "fr", "closed",
      {"customer-chased": 2, "slow-first-response": 1},
      "Thomas Lambert <thomas.lambert@lambert-velos.example>", "apple_fr", "Résiliation du box E-044",
      "French cancellation: two reminders in four days after the acknowledgement, then the end date and the final amount are confirmed.",
      cu("11-09 09:00", """Bonjour,

Je souhaite résilier mon box E-044 à la fin du mois. Pouvez-vous me confirmer la date de fin et le montant de la dernière facture ?

Thomas Lambert"""),
      ack("11-09 09:01"),
      cu("11-11 08:30", """Bonjour,

Je n'ai toujours pas eu de réponse à mon message ci-dessous. Merci de me confirmer la résiliation.

T. Lambert""", chase=True),
      cu("11-13 09:00", """Bonjour,

Troisième message. Est-ce que quelqu'un lit cette boîte ? J'ai besoin d'une confirmation écrite avant le 30.

T. Lambert""", chase=True),
      ag("amelie", "11-13 11:30", """Bonjour Monsieur Lambert,

Toutes nos excuses pour ce silence. Votre résiliation est confirmée : dernier jour le lundi 30 novembre. Le loyer de novembre étant déjà réglé, vous ne recevrez plus de facture (montant : 0 £), et votre dépôt de 58 £ vous sera remboursé après l'état des lieux.

Bien cordialement,
Amélie""")),

    C("q48-hughes-mail-log", "en", "pending", {},
      "Carys Hughes <carys@hughestranslation.example>", "gmail", "Post from last week",
      "Mail-handling customer asks for last week's post; the answer is an attachment and one line.",
      cu("11-18 09:00", """Hi,

We use your mail handling at Millbrook. Could you send me the list of post that came in for us last week? I think a cheque from a client may have arrived.

Carys Hughes
Hughes Translation Ltd"""),
      ag("connor", "11-18 10:15", """Hi Carys,

Log attached - the cheque is item 3 (Pennard Legal, arrived Thursday) and it's in your pigeonhole.

Cheers,
Connor""", attach=[("application/pdf", "mail-log-9-15-nov.pdf", MAILLOG_PDF)])),

    C("q49-becker-sepa", "de", "closed", {},
      "Thomas Becker <thomas.becker@becker-umzuege.example>", "gmail_de", "Zahlung aus Deutschland",
      "German removals firm: both questions deferred 'bis Donnerstag' and answered on Thursday - a kept promise.",
      cu("11-10 08:00", """Guten Tag Frau Krüger,

wir sind ein kleines Umzugsunternehmen aus Köln und fahren regelmäßig nach Bristol. Wir würden gern dauerhaft eine Einheit als Zwischenlager bei Ihnen mieten. Welche Zahlungsmöglichkeiten gibt es für Firmen aus dem Ausland - können wir per SEPA-Überweisung in Euro zahlen? Und brauchen Sie von uns eine britische Umsatzsteuer-Nummer?

Mit freundlichen Grüßen
Thomas Becker
Becker Umzüge GmbH, Köln"""),
      ag("sabine", "11-10 10:00", """Guten Tag Herr Becker,

vielen Dank für Ihre Anfrage. Beide Punkte kläre ich mit unserer Buchhaltung, ich melde mich bis Donnerstag bei Ihnen.

Mit freundlichen Grüßen
Sabine Krüger""", promises=[("11-12", 3)]),
      ag("sabine", "11-12 15:00", """Guten Tag Herr Becker,

wie versprochen: Sie können per SEPA-Überweisung in Euro zahlen, wir rechnen zum Tageskurs um. Eine britische Umsatzsteuer-Nummer brauchen wir nicht, Ihre deutsche USt-IdNr. genügt.

Mit freundlichen Grüßen
Sabine Krüger""", parent=2), tz=1),

    C("q50-hammond-cheque", "en", "closed", {},
      "Geoffrey Hammond <ghammond@classicmail.example>", "oldclient", "Paying for 2027 in advance",
      "Elderly customer on an old mail client; his second mail has no Message-ID, and the reply to it therefore has no In-Reply-To. Everything answered.",
      cu("11-09 10:00", """Dear Sir or Madam,

I have been storing my late wife's belongings in H-019 for some years. I would like to pay for the whole of 2027 in advance by cheque. To whom should I make the cheque payable, and where should I send it?

Yours faithfully,
Geoffrey Hammond"""),
      ag("dev", "11-09 14:00", """Dear Mr Hammond,

Please make the cheque payable to "Quayside Self-Storage Ltd" and post it to Accounts, Quayside Self-Storage, Millbrook Road Business Centre, Bristol BS3 9QX, or hand it in at the Harbourside desk. Twelve months at your current rate would be £1,104, and paying a year in advance gives you 5 % off, so £1,048.80.
"""),
      cu("11-10 09:00", """Dear Mr Raman,

Thank you. I posted the cheque for £1,048.80 this morning. Would you be kind enough to send me a receipt by post when it arrives, as I do not print e-mails?

Yours sincerely,
G. Hammond""", msgid=False, note="Mr Hammond's second mail (cheque posted, asks for a postal receipt), sent without a Message-ID"),
      ag("dev", "11-12 10:00", """Dear Mr Hammond,

Your cheque arrived this morning and a receipt is in the post to you, first class.
""")),
]
CASES += [
    C("q51-carter-climate-transfer", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Lydia Carter <lydia.carter@hollyhockmail.example>", "gmail", "Moving to a climate-controlled unit",
      "Deposit question answered, the unit promised 'early next week' (said on a Thursday) arrives on the Wednesday; the question about help moving across is skipped.",
      cu("11-05 10:00", """Hi,

I'd like to move from my 50 sq ft unit at Eastgate (E-033) to a climate-controlled one at Harbourside. I've started keeping my grandfather's paintings in there and I'm worried about the damp over the winter. Is there a 50 free on the climate floor, and would I have to pay a new deposit? Is there any chance you could move the things across for me, or would I have to do it myself?

Lydia""", uq=1),
      ag("fiona", "11-05 12:00", """Hi Lydia,

No new deposit - we transfer the one you've paid and top it up by the difference in monthly rent. The climate floor is full just now, but two 50s are due back at the end of the month; I'll know which one early next week and will let you know then.

Fiona""", promises=[("11-10", 3)]),
      ag("fiona", "11-11 09:30", """Hi Lydia,

H-318 on the climate floor is yours from 1 December if you want it - £115 a month. Shall I book it?

Fiona""", parent=2)),

    C("q52-brightwater-separate-invoice", "en", "pending", {"unanswered-question": 1},
      "Gareth Howell <gareth.howell@brightwaterevents.example>", "outlook", "24-hour access for December",
      "24-hour access set up for an events company; the finance colleague (same organisation, in Cc) follows up with two requests, one of which is skipped.",
      cu("11-16 09:00", """Hello,

We keep our staging and lighting in M-180. Could we have 24-hour access added to our account for the run-up to Christmas? We have late get-outs from venues most nights in December.

Gareth Howell
Production Manager, Brightwater Events
Planning an event? https://brightwaterevents.example/enquire?src=email""", cc="Megan Price <megan.price@brightwaterevents.example>"),
      ag("connor", "11-16 11:00", """Hi Gareth,

Done: 24-hour access on M-180 from 1 to 31 December. It's £15 for the month and goes on the December invoice.

Cheers,
Connor""", cc="Megan Price <megan.price@brightwaterevents.example>"),
      cu("11-17 10:00", """Hi Connor,

Megan here from Brightwater's finance team. Thanks for sorting the access. Could the £15 go on a separate invoice so I can recharge it to our client? And is it possible to get the December invoice a few days early - before the 20th - because we close the books for Christmas?

Megan""", uq=1, frm="Megan Price <megan.price@brightwaterevents.example>",
         to="Connor Ashby <connor@quaysidestorage.example>",
         cc="Gareth Howell <gareth.howell@brightwaterevents.example>"),
      ag("connor", "11-17 12:00", """Hi Megan,

No problem - the 24-hour access is now a separate one-off invoice, INV-56031; it's attached.

Cheers,
Connor""", attach=[("application/pdf", "INV-56031.pdf", ACCESS_INVOICE_PDF)], to="Megan Price <megan.price@brightwaterevents.example>",
         cc="Gareth Howell <gareth.howell@brightwaterevents.example>")),

    C("q53-jensen-collection-codes", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Mark Jensen <mark.jensen@jensenfurniture.example>", "gmail", "Customer collections from our unit",
      "Furniture maker asks about one-time collection codes; 'I'll come back to you by Friday' is not kept; his 'just checking in' four days later is still unanswered.",
      cu("11-10 10:00", """Hi,

We make furniture to order and we'd like to use a unit at Millbrook to hold finished pieces for customers to collect. Can our customers collect from the unit when we're not there, if we give them a one-time code? What would that cost on top of the rent?

Mark Jensen
Jensen Furniture"""),
      ag("connor", "11-10 14:00", """Hi Mark,

Interesting idea - we've had a couple of requests like this. One-time visitor codes are technically possible, but I need to check with our insurers whether unsupervised third parties are allowed in. I'll come back to you by Friday, with the cost as well.

Cheers,
Connor""", promises=[("11-13", None)]),
      cu("11-17 09:00", """Hi Connor,

Just checking in on this - did you hear back from the insurers? We'd like to start offering collections in December.

Mark""", chase=True)),

    C("q54-simmons-new-bank", "en", "closed", {"unanswered-question": 1},
      "Chloe Simmons <chloe.simmons@peregrinemail.example>", "apple", "Direct debit failed",
      "Setting up the new direct debit is explained with a portal link; the agent talks about when it goes live instead of whether a late fee applies to a card payment.",
      cu("11-04 20:00", """Hi,

My direct debit failed this month because I changed banks. How do I set up the new one? And will I be charged the late fee if I pay by card this week instead?

Chloe (H-090)""", uq=1),
      ag("dev", "11-05 09:30", """Dear Chloe,

You can set up the new direct debit in the customer portal under Billing > Payment method: https://quaysidestorage.example/portal/billing?tab=dd

It takes about three working days to go live, and from December everything will be collected automatically again.
""")),

    C("q55-wright-weekly-lets", "en", "closed", {},
      "Helen Wright <h.wright@wrightlettings.example>", "owa", "Short-term storage for tenants' belongings",
      "Weekly lets answered; the business terms promised 'by end of day' arrive that afternoon as a PDF - a kept promise.",
      cu("11-06 09:00", """Hello,

We're a letting agency and now and then we need to store a tenant's abandoned belongings for the statutory period. Do you offer short-term units on a weekly basis? Could you send us your business terms?

Helen Wright
Wright Lettings"""),
      ag("dev", "11-06 10:00", """Dear Helen,

Yes - we do weekly lets on units up to 50 sq ft at Eastgate, for a minimum of two weeks, from £16 a week. I'll send our business terms over by end of day.
""", promises=[("11-06", 3)]),
      ag("dev", "11-06 16:20", """Dear Helen,

As promised, our business terms are attached; section 7 covers storing third-party goods.
""", attach=[("application/pdf", "Quayside-business-terms-2026.pdf", TERMS_PDF)], parent=2)),

    C("q56-ahmed-no-units-online", "en", "pending", {"customer-chased": 1},
      "Yusuf Ahmed <yusuf.ahmed@cedarpost.example>", "gmail", "Booking a 35 at Eastgate",
      "Booking questions answered; the online booking fails, the customer asks for a reservation and chases on his move-in day; the reply explains and offers an alternative.",
      cu("11-11 12:00", """Hi,

I want to rent a 35 sq ft unit at Eastgate from next week. Can I book online or do I need to come in? Do you need a deposit up front?

Yusuf"""),
      ag("fiona", "11-11 13:30", """Hi Yusuf,

Online is fine: https://quaysidestorage.example/book?site=eastgate&size=35 - the deposit is one month's rent (£74) and it's taken when you book.

Fiona"""),
      cu("11-12 19:00", """I tried to book but the page says "No units available for this date". Can you reserve one for me from Monday 16th?

Yusuf"""),
      cu("11-16 08:00", """Hi, I still haven't heard anything and I was meant to be moving in today. Can someone please reply?

Yusuf""", chase=True),
      ag("fiona", "11-16 10:00", """Hi Yusuf,

I'm so sorry. A business customer took all of Eastgate's 35s on the 12th, which is why the site showed none. I can give you E-064, a 50 sq ft, at the 35 price (£74 a month) until a 35 frees up, and it's ready today - I've reserved it in your name, so just come to the desk with photo ID.

Fiona""")),

    C("q57-oconnor-kiln", "en", "closed", {"unanswered-question": 2},
      "Siobhan O'Connor <siobhan@oconnorceramics.example>", "gmail", "Moving the studio into H-150",
      "A pleasantry and a bulleted list of four items; the lift and corridor points are answered, the floor loading question and the contract copy are not.",
      cu("11-09 09:30", """Hi Fiona, hope you're all well?

I'm moving my kiln and the rest of the studio stock into H-150 next week. Before I do:

- Is the goods lift big enough for a pallet (1.2 m x 1 m)?
- What's the weight limit per square metre on the first floor? The kiln is about 400 kg.
- Can I leave a pallet in the corridor for an hour while I unload?
- I'd also like a copy of my contract, I can't find mine.

Thanks!
Siobhan""", uq=2),
      ag("fiona", "11-09 11:00", """Hi Siobhan,

All well here, thanks! The goods lift takes a standard pallet with room to spare - the floor is 2.1 x 1.5 m and it carries up to 1,000 kg. A pallet in the corridor for an hour while you unload is fine, just keep the fire door clear.

Fiona""")),

    C("q58-bell-motorbike", "en", "closed", {"unanswered-question": 1},
      "Martin Bell <martin.bell@bellhousemail.example>", "apple", "Storing a motorbike over winter",
      "Two questions the customer answers himself, two that are answered (power, access), and a request for the vehicle addendum that is skipped.",
      cu("11-02 18:00", """Hi,

I'm thinking of storing my classic motorbike with you over the winter. Can I store a vehicle in a unit at all? Does it need to be taxed and insured? Actually, scratch that - I've just found the vehicle page on your website, and it says SORN is fine as long as it's insured.

So really it's: can I keep a battery conditioner plugged in? How do I get it in - is there a ramp at Eastgate? And could you send me the vehicle storage addendum so I can read it before signing?

Martin""", uq=1, kind="alt"),
      ag("fiona", "11-03 09:15", """Hi Martin,

Eastgate's drive-up units are at ground level with no step, so you can wheel it straight in - no ramp needed. There's no power in the standard units, I'm afraid, so the conditioner won't work there; most bike owners take the battery home for the winter.

Fiona""")),

    C("q59-ahn-unit-availability", "en", "closed", {},
      "Jiwoo Ahn <jiwoo.ahn@lanternmail.example>", "gmail", "Unit availability",
      "Short availability question answered (same subject as q60, a different customer: two cases).",
      cu("11-12 11:00", """Hello,

Do you have a 25 sq ft unit free at Harbourside from 1 December?

Jiwoo"""),
      ag("fiona", "11-12 12:00", """Hi Jiwoo,

Yes - H-044, £58 a month. You can book it here: https://quaysidestorage.example/book?site=harbourside&unit=H-044

Fiona""")),

    C("q60-nowak-unit-availability", "en", "closed", {},
      "Tomasz Nowak <tomasz.nowak@nowak-transport.example>", "android", "Unit availability",
      "Same subject as q59 from another customer on the same morning; answered by the site manager.",
      cu("11-12 11:30", """Hi, have you got anything around 150 sq ft at Millbrook for January? Needs to be ground floor.

Tomasz
Nowak Transport

Get Outlook for Android"""),
      ag("connor", "11-12 14:00", """Hi Tomasz,

M-115 - ground floor, 150 sq ft, free from 4 January at £215 a month.

Cheers,
Connor""")),
]

UNANSWERED: dict[str, list[str]] = {
    "q02-okafor-goods-cover": [
        "Could you also let me know whether I can use my own home contents insurance instead and drop the cover from my bill?"],
    "q03-packright-business-unit": [
        "Is there 24-hour access at Millbrook?",
        "How high is the loading bay door?"],
    "q08-lehmann-klavier": [
        "Außerdem bitte ich Sie, die Rechnungen nicht an mich privat, sondern an meine Kanzlei (Lehmann & Voss Rechtsanwälte, Hamburg) auszustellen."],
    "q13-ferris-mail-handling": [
        "Can you also sign for parcels that need a signature when we're not there?"],
    "q18-blake-downsizing": [
        "Can I downsize to a 50 without paying the notice period on the bigger one?"],
    "q21-pryce-eastgate-drive-up": [
        "And is there anywhere to dispose of green waste on site?"],
    "q23-marlowe-archive-move": [
        "Please also invoice the new unit to our finance team at finance@marlowe-archive.example rather than to me."],
    "q24-dubois-assurance": [
        "Par ailleurs, j'aimerais savoir s'il est possible de réduire la couverture de 10 000 à 3 000 £ dès le mois prochain, puisque j'ai récupéré la plupart des meubles."],
    "q29-zimmermann-messebau": [
        "Und wie hoch sind die Türen der Einheiten dort?"],
    "q31-grant-access-log": [
        "Could you send us the access log for E-130 for last weekend?",
        "Do you have CCTV covering the drive-up row, and if so how long do you keep the footage?"],
    "q40-stanton-house-clearance": [
        "The porters will be bringing everything in on our own lorry, so I also need to know if your loading area can take a 12 metre rigid, or whether we should shuttle it with something smaller.",
        "Please also send me your terms and conditions, as our insurers will want to see them."],
    "q43-gil-estanterias": [
        "Les agradecería también que las facturas salieran a nombre de Gil & Asociados Ltd, con nuestro número de IVA GB 123 4567 89."],
    "q45-fraser-care-home": [
        "Also, could you tell me whether we can pay the first three months in one go?"],
    "q46-cole-brewing-pallets": [
        "Could we get the pallets off the lorry with your forklift, or do we need to bring our own?",
        "And our insurer wants to know whether the unit doors are alarmed individually."],
    "q51-carter-climate-transfer": [
        "Is there any chance you could move the things across for me, or would I have to do it myself?"],
    "q52-brightwater-separate-invoice": [
        "And is it possible to get the December invoice a few days early - before the 20th - because we close the books for Christmas?"],
    "q54-simmons-new-bank": [
        "And will I be charged the late fee if I pay by card this week instead?"],
    "q57-oconnor-kiln": [
        "What's the weight limit per square metre on the first floor?",
        "I'd also like a copy of my contract, I can't find mine."],
    "q58-bell-motorbike": [
        "And could you send me the vehicle storage addendum so I can read it before signing?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"QS-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
            m = Msg(**common, client=client, frm=frm, to=o.pop("to", case.customer), date=date,
                    agent=who, promises=promises, closes=o.pop("closes", False))
        elif spec.role == "ack":
            date = at(spec.when)
            ref = ticket_ref(f"{case.name}.{i - 1}")
            body = body.format(ref=ref)
            extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("Precedence", "auto_reply")]
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=HELP, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += o.pop("auto_headers", [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
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
        if o:
            raise ValueError(f"{key}: unknown options {sorted(o)}")
        m.body = body
        m.extra = extra
        if spec.role in ("customer", "agent"):
            last_human = key
        msgs.append(m)
    return msgs


def received_lines(m: Msg) -> list[str]:
    """Trace headers of mail that arrived at support from outside (customers' mail)."""
    if m.role not in ("customer", "auto"):
        return []
    _, addr = addr_of(m.frm)
    domain = addr.rpartition("@")[2]
    hx = mailcraft.h(m.key + "/rcv", 12).upper()
    ip = f"192.0.2.{int(mailcraft.h(domain, 2), 16) % 250 + 2}"
    stamp = email.utils.format_datetime(m.date.astimezone(timezone.utc) + timedelta(seconds=4))
    rcpt = addr_of(m.to)[1]
    return [f"Return-Path: <{addr}>",
            (f"Received: from mail.{domain} (mail.{domain} [{ip}])\n\tby {MX} with ESMTPS id {hx}\n"
             f"\tfor <{rcpt}>; {stamp}")]


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (unless it has none) and raw bytes, parents first."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to)]
        if m.cc:
            headers.append(("Cc", m.cc))
        headers += [("Subject", m.subject), ("Date", email.utils.format_datetime(m.date))]
        m.raw = mailcraft.build(m, headers + m.extra, by_key, PROFILE, received=received_lines(m))


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
    for name in UNANSWERED:
        if name not in names:
            out.append(f"{name}: unanswered questions labelled for an unknown case")
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
            if m.uq and not any(a.role == "agent" and a.date > m.date for a in c.msgs):
                out.append(f"{m.key}: a question with no support reply after it is awaiting-reply territory")
            if m.chase and m.role != "customer":
                out.append(f"{m.key}: only a customer message can chase")
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 26: Quayside Self-Storage - cases",
                                 "make_practice26_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, MX)
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip, a missing or extra message."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {}
    for p in inbox + sent:
        if p["Message-ID"] in by_id:
            found.append(f"{p['Message-ID']}: two messages share this id")
        by_id[p["Message-ID"]] = (p, p in inbox)
    msgs = [m for c in cases for m in c.msgs]
    if len(inbox) + len(sent) != len(msgs):
        found.append(f"mailbox holds {len(inbox) + len(sent)} messages, cases {len(msgs)}")
    for m in msgs:
        if m.message_id not in by_id:
            found.append(f"{m.key}: not in the written mailbox")
            continue
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
        raise SystemExit("refusing to write tests/practice26:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice26:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice26 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice26")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
