#!/usr/bin/env python3
"""Regenerate ``tests/practice39/``: a labelled corpus of Gullhaven Marine.

A support mailbox of a fictional Cornish chandlery and boat-parts shop with a rigging loft and
an engine workshop (counter and mail orders, special-order parts, antifouling, sail and
canvas repairs, engine and outboard servicing slots, winter storage ashore, trade accounts,
shipping to marinas abroad), written without looking at the detection heuristics. Audited
at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``gullhavenmarine.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice39_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "gullhavenmarine.example"
SHOP = "Gullhaven Marine <shop@gullhavenmarine.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice39"

AGENTS = {
    "freya": ("Freya Haldane <freya@gullhavenmarine.example>", "thunderbird", """-- 
Freya Haldane
Chandlery counter & mail order | Gullhaven Marine
Harbour Road, Gullhaven, Cornwall TR11 9QX | 01326 960 412
Shop online: https://gullhavenmarine.example/shop?ref=mail"""),
    "callum": ("Callum Roskilly <callum@gullhavenmarine.example>", "outlook", """Callum Roskilly
Workshop Manager - engines & outboards | Gullhaven Marine
Need a service slot? Reply to this e-mail or call 01326 960 415."""),
    "wenna": ("Wenna Tregarthen <wenna@gullhavenmarine.example>", "apple", """Wenna Tregarthen
Rigging & Sail Loft | Gullhaven Marine
https://gullhavenmarine.example/rigging?from=email"""),
    "dev": ("Dev Okonkwo <dev@gullhavenmarine.example>", "owa", """Dev Okonkwo
Trade Accounts & Export Shipping | Gullhaven Marine
This e-mail and any attachments are confidential and intended for the addressee only.
Gullhaven Marine Ltd, registered in England and Wales No. 08811234."""),
    "ruth": ("Ruth Penberthy <ruth@gullhavenmarine.example>", "gmail", """--
Ruth Penberthy
Boatyard & Winter Storage | Gullhaven Marine
Lift-outs and storage: https://gullhavenmarine.example/yard?tab=winter&ref=sig"""),
    "pascoe": ("Pascoe Vingoe <pascoe@gullhavenmarine.example>", "android", """Pascoe Vingoe
Warehouse & Dispatch | Gullhaven Marine"""),
    "lukas": ("Lukas Brenner <lukas@gullhavenmarine.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenservice Deutschland/Österreich | Gullhaven Marine
https://gullhavenmarine.example/de?ref=signatur"""),
    "solene": ("Solène Kervella <solene@gullhavenmarine.example>", "apple_fr", """Solène Kervella
Service clients France | Gullhaven Marine
+44 1326 960 419"""),
    "nerea": ("Nerea Ugalde <nerea@gullhavenmarine.example>", "gmail_es", """--
Nerea Ugalde
Atención al cliente | Gullhaven Marine
https://gullhavenmarine.example/es?utm_source=correo"""),
}

ACK = """Hello,

Thanks for contacting Gullhaven Marine. This is an automatic reply to let you
know we have your message (reference {ref}). The shop and workshop desks answer
mail Monday to Saturday, 8:30-17:30, and we aim to reply within one working day.

For urgent haul-outs or breakdowns please call the yard on 01326 960 415.

Gullhaven Marine
https://gullhavenmarine.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Gullhaven Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="gm.", outlook_server="CWLP26")
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

TRADE_FORM_PDF = mailcraft.pdf(["Gullhaven Marine - Trade account application",
                                "Company name, address, VAT number",
                                "Two trade references with contact details",
                                "Signed by a director or the owner"])
STORAGE_QUOTE_PDF = mailcraft.pdf(["Gullhaven Marine - Winter storage quotation WS-2611-018",
                                   "Contessa 28, ashore 14 Dec 2026 - 31 Mar 2027",
                                   "Hard standing GBP 14.20 per ft per month, cradle included",
                                   "Mast unstep and store GBP 95, lift-out and relaunch GBP 180"])
CREDIT_NOTE_PDF = mailcraft.pdf(["Gullhaven Marine - Credit note CN-1184",
                                 "Polglase Marine Services, account PMS-0042",
                                 "Trade discount 15 pct on Lewmar winch service kit",
                                 "Credit GBP 17.85 against invoice 77310"])
ALU_SHEET_PDF = mailcraft.pdf(["Tidewall Alu-Safe antifouling - technical data 2026",
                               "Biocide: cuprous thiocyanate, no cuprous oxide",
                               "Coverage 9.5 m2 per litre per coat",
                               "Suitable for aluminium hulls over approved primer"])
FACTURE_PDF = mailcraft.pdf(["Gullhaven Marine - Invoice 77188 corrected",
                             "Morlaix Plaisance SARL, VAT FR 62 812 345 678",
                             "Cordage order of 29 October 2026",
                             "Total GBP 642.30"])
XMAS_HOURS_PDF = mailcraft.pdf(["Gullhaven Marine - Christmas and New Year hours",
                                "Yard gate: 24 Dec 8:30-12:00, closed 25-28 Dec",
                                "Open 29-31 Dec 9:00-16:00, closed 1 Jan",
                                "Normal hours from Saturday 2 January 2027"])
CHARGER_INVOICE_PDF = mailcraft.pdf(["Gullhaven Marine - Invoice 77402",
                                     "Victron Blue Smart IP22 12/25 charger GBP 169.00",
                                     "Postage to Mylor Yacht Harbour GBP 6.95",
                                     "Paid by card"])
VALUATION_PDF = mailcraft.pdf(["Gullhaven Marine - Valuation letter",
                               "Mercury 9.9 EFI four-stroke, serial 1B123456",
                               "Supplied new by Gullhaven Marine in April 2024",
                               "Replacement value GBP 1,650"])
TALLER_PDF = mailcraft.pdf(["Gullhaven Marine - Presupuesto taller P-2611-031",
                            "Bavaria 46, Volvo Penta D2-55",
                            "Revision anual y correa del alternador, aprox. 6 horas",
                            "Total GBP 845 IVA incluido"])
LAMP_PNG = mailcraft.png(9, 12, lambda x, y: (190 + 4 * x, 150 + 5 * y, 60))
SCUPPER_PNG = mailcraft.png(12, 10, lambda x, y: (40 + 10 * x, 40 + 10 * y, 45))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("g01-centaur-antifouling", "en", "closed", {},
      "Hugh Penrose <hugh.penrose@kelpmail.example>", "gmail", "Antifouling for a Centaur",
      "Quantity, barrier-coat and put-aside questions answered together in one reply, in a different order and in different words.",
      cu("11-02 09:12", """Hi there,

I'm hauling out my Westerly Centaur (26ft, twin keel) at the end of the month and want to get the antifouling sorted before the rush.

How many litres of Tidewall Eroding would I need for two coats? The hull was done with a hard antifoul about three years ago, so I was wondering whether I can go straight over it or need a barrier coat first. If it's in stock, please put aside whatever I need and I'll collect on Saturday.

Cheers,
Hugh"""),
      ag("freya", "11-02 11:40", """Hi Hugh,

Three 2.5 L tins are set aside for you under your name at the counter. That covers two coats on a Centaur with a bit spare for the keels and leading edges. Over an old hard antifoul you don't need a barrier coat - give it a good key with 80-grit wet-and-dry, wash it down and Tidewall goes straight on.

We're open 8:30-16:00 on Saturdays.

Freya""")),

    C("g02-kittiwake-impeller", "en", "closed", {"unanswered-question": 1},
      "Alistair Greaves <a.greaves@tamarsidemail.example>", "outlook", "Impeller for MD2030",
      "Impeller ordered and posted to the marina, payment by phone addressed; whether the kit includes the cover gasket is never said.",
      cu("11-03 08:05", """Morning,

I need a raw water pump impeller for a Volvo Penta MD2030 - the engine number is 2030-5103842 if that helps. Could you post it to me at Mylor Yacht Harbour, pontoon C, berth 14 (c/o the marina office)? Does the kit come with the cover gasket or do I need to order that separately?

Payment by card over the phone is fine, just tell me when to ring.

Regards,
Alistair Greaves
S/Y Kittiwake""", uq=1),
      ag("freya", "11-03 10:20", """Dear Alistair,

We have the impeller in stock (Volvo 21951346, £38.50). It goes out in tonight's post addressed to you c/o the Mylor Yacht Harbour marina office, pontoon C berth 14, and should be with them on Thursday.

Ring any time that suits for the payment - the counter line is 01326 960 412 and we're here until half five.

Best wishes,
Freya""")),

    C("g03-contessa-storage-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jenna Lowry <jenna.lowry@fastnetmail.example>", "iphone", "Winter storage for a Contessa 28",
      "Mast unstepping priced at once; the storage quote promised 'by Wednesday' only arrives the following Monday after 'any news?'.",
      cu("11-09 18:47", """Hi,

What would it cost to keep a 28ft Contessa ashore with you from mid December to the end of March? We'd want the mast taken down as well if you do that.

Thanks
Jenna

Sent from my iPhone"""),
      ag("ruth", "11-10 09:15", """Hi Jenna,

Yes, we unstep masts - £95 for a boat your size, including storing the mast on the rack under cover. The hard-standing price depends on where we can fit you this winter, so let me look at the yard plan and I'll send you a full quote by Wednesday.

Ruth""", promises=[("11-11", 4)]),
      cu("11-16 08:02", """Hi Ruth, any news on the storage quote? We need to decide this week whether we're staying in the water.

Jenna

Sent from my iPhone""", chase=True),
      ag("ruth", "11-16 12:30", """Hi Jenna,

Sorry - last week got away from me. Quote attached: £14.20 per foot per month on the hard, so about £1,590 for mid-December to the end of March, plus the £95 for the mast and £180 for lift-out and relaunch. The cradle is included.

Ruth""", attach=[("application/pdf", "WS-2611-018.pdf", STORAGE_QUOTE_PDF)])),

    C("g04-genoa-leech-inline", "en", "closed", {},
      "Martin Oakes <martin@oakesfamily.example>", "thunderbird", "Genoa repair",
      "Three sail-loft questions answered inline under each quoted line: 'Yes', a duration, the collection round.",
      cu("11-04 19:30", """Hello sail loft,

A couple of questions about my genoa, which has been flogging itself to bits in the autumn gales:

Can you restitch the leech? The stitching has gone along about two metres near the head.
How long does a job like that take at this time of year?
Do you collect from Mylor, or do I have to bring it over?

Thanks,
Martin Oakes"""),
      ag("wenna", "11-05 10:10", """Hi Martin,

On 4 Nov 2026, at 19:30, Martin Oakes <martin@oakesfamily.example> wrote:
> Can you restitch the leech? The stitching has gone along about two metres near the head.

Yes, no problem. If the UV strip is tired as well we'll tell you before doing anything extra.

> How long does a job like that take at this time of year?

About ten days. November is quiet for us.

> Do you collect from Mylor, or do I have to bring it over?

The van does Mylor and Falmouth Haven every Tuesday morning - leave it bagged and labelled at the marina office.

Wenna""", quote=False)),

    C("g05-rivermouth-outboard-service", "en", "pending", {"unanswered-question": 1},
      "Priya Castellan <priya@rivermouthsailing.example>", "owa", "100-hour service for club Yamaha F40",
      "Service slot and price answered; the request to look at the sticking tilt lock is passed over. Customer signature has a '?' and a URL.",
      cu("11-16 11:20", """Hello,

Our club safety boat's Yamaha F40 is due its 100-hour service. Could you fit it in before 5 December? We have our frostbite series starting on the 6th.

Also, what does a 100-hour service cost roughly for that engine, including the gearbox oil and anodes? And please have a look at the tilt lock while it's with you, it keeps sticking on the second notch.

Many thanks,
Priya Castellan
Boat Manager, Rivermouth Sailing Club
Questions about club membership? https://rivermouthsailing.example/join?src=email""", uq=1),
      ag("callum", "11-16 15:45", """Hi Priya,

I've booked the F40 in for Monday 30 November. If you can drop it at the workshop the Friday before, it will be ready to collect on Wednesday 2 December.

For that engine the 100-hour service comes to around £285 with gearbox oil, anodes, plugs, thermostat and impeller.

Callum""")),

    C("g06-schilksee-versand", "de", "closed", {},
      "Henrike Stolle <h.stolle@foerde-segler.example>", "outlook_de", "Versand nach Kiel",
      "German sailor asks about shipping to her marina, delivery time and PayPal; all answered in German. Base64 body.",
      cu("11-03 14:10", """Sehr geehrte Damen und Herren,

ich habe in Ihrem Onlineshop zwei Umlenkblöcke (Artikel GM-BL-4512) gesehen. Liefern Sie auch nach Deutschland, und zwar direkt an den Hafen? Die Adresse wäre Sporthafen Kiel-Schilksee, Steg 3, 24159 Kiel.

Mich würde außerdem interessieren, wie lange der Versand ungefähr dauert und ob ich per PayPal bezahlen kann.

Mit freundlichen Grüßen
Henrike Stolle""", cte="base64"),
      ag("lukas", "11-03 15:30", """Sehr geehrte Frau Stolle,

vielen Dank für Ihre Anfrage. Ja, wir versenden nach Deutschland, auch direkt an den Hafen; tragen Sie als Empfänger am besten „Henrike Stolle, c/o Hafenmeister Schilksee“ ein, damit das Paket angenommen wird. Mit DPD ist es in der Regel nach drei bis vier Werktagen da, der Versand kostet 14,50 £.

PayPal können Sie im Shop beim Bezahlen auswählen.

Mit freundlichen Grüßen
Lukas Brenner"""), tz=1),

    C("g07-tregear-trade-account", "en", "closed", {},
      "Owen Tregear <owen@tregearboatworks.example>", "gmail", "Trade account",
      "Trade account: discount, 30-day terms and the application form (attached PDF) all answered; thanks-only reply.",
      cu("11-02 16:05", """Hi,

We're a small boatbuilding and repair yard up the Helford and buy a fair bit of chandlery from you over the counter. I'd like to open a trade account. What discount do trade accounts get, and is it possible to have 30-day terms rather than paying at the till? Please send me whatever form we need to fill in.

Thanks
Owen Tregear
Tregear Boatworks"""),
      ag("dev", "11-03 09:40", """Hi Owen,

Thanks for getting in touch. The application form is attached - fill it in and email it back with two trade references.

Trade accounts get 15 % off chandlery and 10 % off engine parts, and once the account is approved you're on 30 days from the end of the month of invoice.

Regards,
Dev""", attach=[("application/pdf", "trade-account-application.pdf", TRADE_FORM_PDF)]),
      cu("11-03 10:02", """Brilliant, thanks Dev. Will get that back to you this week.

Owen""", thanks=True)),

    C("g08-moody-rig-survey", "en", "closed", {},
      "Graham Teague <graham.teague@harbourviewlets.example>", "outlook", "Rig survey for insurance",
      "Counter passes the survey request to the rigger ('she'll be in touch tomorrow'); the rigger writes next morning with price and dates; booked.",
      cu("11-04 12:15", """Good afternoon,

My insurer wants a rig survey before renewing in January (boat is a 1989 Moody 33, keel-stepped mast, original rigging as far as I know). Can you do that while she's still in the water at Port Pendennis? Please let me know the cost and when you could fit it in.

Graham Teague"""),
      ag("freya", "11-04 14:00", """Dear Graham,

Our rigger Wenna does the surveys. I've passed your mail to her - she'll be in touch tomorrow with dates and a price.

Kind regards,
Freya""", promises=[("11-05", 3)]),
      ag("wenna", "11-05 09:30", """Dear Graham,

A rig survey in the water at Port Pendennis is £165, including a written report your insurer will accept. I can do Thursday 12 or Friday 13 November; it takes about three hours including going aloft. Let me know which day suits.

Best,
Wenna"""),
      cu("11-05 10:45", """Thursday 12th please - I'll be aboard from 9.

Graham"""),
      ag("wenna", "11-05 11:20", """Booked for Thursday 12th at 9. See you then.

Wenna""")),

    C("g09-roscoff-grand-voile", "fr", "closed", {"unanswered-question": 1},
      "Yannick Le Goff <yannick.legoff@abers-nautisme.example>", "apple_fr", "Réparation grand-voile",
      "Mainsail tear from Roscoff: price and shipping by carrier answered in French; the cleaning and mildew question is skipped.",
      cu("11-05 17:40", """Bonjour,

Je suis à Roscoff et un ami m'a recommandé votre voilerie. Ma grand-voile (un First 31.7, Dacron, 2014) a une déchirure d'environ 40 cm près du deuxième ris. Combien coûterait la réparation ?

Est-ce que je peux vous l'envoyer par transporteur, ou faut-il passer par un intermédiaire pour la douane ? Je voudrais aussi savoir si vous faites le nettoyage et le traitement anti-moisissure, elle a quelques taches noires.

Cordialement,
Yannick Le Goff""", uq=1),
      ag("solene", "11-06 10:05", """Bonjour Monsieur Le Goff,

Pour une déchirure de 40 cm au niveau du deuxième ris, comptez entre 90 et 120 £ avec le renfort, selon l'état du tissu autour.

Pas besoin d'intermédiaire : envoyez-la directement par DHL ou UPS, avec la mention « voile usagée pour réparation, retour à l'expéditeur » et sa valeur sur la facture pro forma. Nous nous occupons des formalités pour le retour.

Cordialement,
Solène Kervella"""), tz=1),

    C("g10-coruna-envio-pintura", "es", "closed", {"missed-follow-up": 1},
      "Xoán Piñeiro <xoan.pineiro@rias-altas.example>", "gmail_es", "Antifouling para A Coruña",
      "Spanish owner asks whether antifouling can be shipped to Spain; yes, but the carrier cost is promised for Thursday and never sent.",
      cu("11-02 10:30", """Hola, buenos días:

Tengo el barco en la Marina Coruña y quiero encargarles dos botes de antifouling Tidewall Eroding de 2,5 litros, en azul oscuro. ¿Lo envían a España? He leído que la pintura va como mercancía peligrosa y que no todos los transportistas la aceptan.

Un saludo,
Xoán Piñeiro"""),
      ag("nerea", "11-02 12:10", """Hola, Xoán:

Sí, enviamos a España, pero la pintura tiene que ir con un transportista de mercancías peligrosas y el precio va por peso. Lo consulto con nuestro transportista y le escribo el jueves con el coste del envío a la Marina Coruña.

Un saludo,
Nerea""", promises=[("11-05", None)]), tz=1),

    C("g11-shaft-anode-reopened", "en", "closed", {"reopened": 1},
      "Sophie Kendrick <sophie.k@bluewatermail.example>", "gmail", "Wrong shaft anode - GM-44107",
      "Wrong anode replaced and marked resolved; the customer comes back because the grub screws are missing; sent; goes quiet.",
      cu("11-02 13:00", """Hello,

The shaft anode that arrived today (order GM-44107) is for a 25mm shaft but I ordered the 30mm one - the order confirmation says 30mm. Could you send the right one please? I'll post this one back.

Sophie Kendrick"""),
      ag("freya", "11-02 15:20", """Hi Sophie,

Apologies - it came out of the wrong bin. The 30mm anode went out first class this afternoon and I've emailed you a returns label for the 25mm one. I'll mark this as resolved.

Freya""", closes=True),
      cu("11-06 09:10", """Hi Freya,

The new anode came, thank you, but the grub screws are missing from the packet. Are they supposed to come with it? I can't fit it without them.

Sophie"""),
      ag("freya", "11-06 11:00", """Hi Sophie,

They should have been in the bag - sorry again. Two stainless grub screws plus a spare pair went in this morning's post.

Freya""")),

    C("g12-mooring-lines-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Rob Tamblyn <rob.tamblyn@quaysidemail.example>", "gmail", "Mooring lines made up",
      "Request for two spliced mooring lines gets only the acknowledgement; four days later the customer sends the same mail again as a new message. No reply.",
      cu("11-13 20:15", """Hi,

Could you make me up two mooring lines, 14mm three-strand nylon, 12 metres each with a 40cm spliced eye at one end? Please let me know the price and how long it would take.

Rob Tamblyn
Moored at Gullhaven inner harbour, buoy 31"""),
      ack("11-13 20:16"),
      cu("11-17 07:50", """Hi,

Could you make me up two mooring lines, 14mm three-strand nylon, 12 metres each with a 40cm spliced eye at one end? Please let me know the price and how long it would take.

Rob Tamblyn
Moored at Gullhaven inner harbour, buoy 31""", parent=0, chase=True)),

    C("g13-weekend-shackles", "en", "closed", {"slow-first-response": 1},
      "Tamsin Carne <tamsin.carne@pentirehouse.example>", "iphone", "8mm D shackles",
      "Saturday-morning iPhone mail answered on Monday (slow): stock, SWL and a link to the web shop; thanks-only reply.",
      cu("11-07 08:30", """Hi, do you have 8mm D-shackles in stainless, and what's the safe working load? I need six for a new mainsheet setup. Can I order them online or only in the shop?

Tamsin

Sent from my iPhone"""),
      ag("freya", "11-09 09:05", """Morning Tamsin,

Six in stock - 1,000 kg SWL each, £4.80 apiece. They're in the web shop under Shackles > D-shackles: https://gullhavenmarine.example/shop/shackles?size=8mm&type=d

Freya"""),
      cu("11-09 09:40", """Perfect, ordered. Thanks!

Sent from my iPhone""", thanks=True)),

    C("g14-polglase-three-agents", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Kerensa Polglase <accounts@polglase-marine.example>", "outlook", "Order GM-T-2291, invoice 77310, account users",
      "Numbered list of three items to a trade desk: dispatch and discount answered by two agents, a follow-up question by a third; adding an authorised buyer is never done.",
      cu("11-16 09:00", """Hello,

Three things from us this week, sorry to lump them together:

1. Our order GM-T-2291 (two Jabsco toilet rebuild kits and a Lewmar winch service kit) - has it been dispatched yet?
2. Invoice 77310 shows full price on the winch kit. Shouldn't our 15 % trade discount apply?
3. Please add our new workshop foreman, Jory Nance (jory@polglase-marine.example), as an authorised buyer on the account.

Thanks,
Kerensa Polglase
Accounts, Polglase Marine Services""", uq=1, cc="Jory Nance <jory@polglase-marine.example>"),
      ag("freya", "11-16 10:30", """Hi Kerensa,

GM-T-2291 left us on Friday with DPD - tracking 15501 3398 2201 7. The invoice I've handed to Dev in accounts.

Freya"""),
      ag("dev", "11-16 14:10", """Hi Kerensa,

You're right, the discount didn't pull through on the winch kit. Credit note CN-1184 for £17.85 is attached and comes off your November statement.

Dev""", attach=[("application/pdf", "CN-1184.pdf", CREDIT_NOTE_PDF)]),
      cu("11-17 08:40", """Thanks Dev. While I have you - is there a cut-off time for orders to go out with the same day's courier?

Kerensa"""),
      ag("pascoe", "11-17 11:15", """Hi Kerensa,

Anything ordered by 1pm goes the same day, Monday to Friday. Saturday orders go on Monday.

Pascoe""")),

    C("g15-gas-locker-drain", "en", "closed", {},
      "Nigel Bassett <nigel@bassett-home.example>", "thunderbird", "19mm bronze skin fitting",
      "A rhetorical opener and a question the customer answers himself around one real question, which is answered.",
      cu("11-05 21:10", """Evening all,

Who knew a gas locker drain could cause this much grief? The old plastic skin fitting on ours has cracked, and of course it's below the waterline when she heels.

Do you stock a 19mm bronze skin fitting with a hose tail to match? Where did I put the order number from last time... ah, found it: GM-43960, that was the seacock you supplied in the spring, same size.

Nigel"""),
      ag("freya", "11-06 09:15", """Hi Nigel,

We do - the 19mm bronze skin fitting is £24.60 and the matching 19mm hose tail £11.20, both on the shelf. Same thread as the seacock on GM-43960, so they'll mate up fine.

Freya""")),

    C("g16-skylark-palma-forward", "en", "closed", {},
      "Bryony Hext <bryony@hext-yachting.example>", "gmail", "Gypsy to Mallorca",
      "HTML-only mail forwarding a marina's reply (whose own questions are not the customer's); the shipping request is done.",
      cu("11-03 13:25", """Hi Gullhaven,

See below - the marina in Palma sent us this after we asked them to take in a parcel for us. Can you send the windlass gypsy (Lewmar V1, 8mm chain, your order GM-44130) to them using these details?

Bryony

---------- Forwarded message ---------
From: Recepción Marina Port Adriano <recepcion@marina-portadriano.example>
Date: Mon, 2 Nov 2026 at 17:02
Subject: Re: Parcel for yacht Skylark
To: Bryony Hext <bryony@hext-yachting.example>

Hello Bryony,

Yes, we can receive it. Please use: Yacht Skylark, c/o Marina Port Adriano, Reception, 07180 El Toro, Mallorca, Spain. Can you ask the sender to put the boat name first? Will you collect it yourself or should we take it to the boat?

Regards,
Recepción""", kind="html"),
      ag("dev", "11-03 15:50", """Hi Bryony,

Done - GM-44130 goes with UPS tomorrow, addressed exactly as the marina asked with the boat name first. UPS handles the customs paperwork into Spain and the duty is prepaid, so the marina won't be asked for anything on delivery. UPS emails the tracking automatically once the parcel is scanned.

Dev""")),

    C("g17-beiboot-winterlager", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Hauke Jensen <hauke.jensen@wattsegler.example>", "gmail_de", "Beiboot über den Winter",
      "German visitor asks to store his tender and winterise the outboard; offer promised 'bis Freitag', never sent; his chase a week later is unanswered.",
      cu("11-09 19:20", """Hallo zusammen,

wir liegen mit unserer Hallberg-Rassy noch bis Ende November in Gullhaven und fliegen dann zurück nach Bremen. Könnten Sie unser Beiboot (Schlauchboot, 2,9 m, mit 5-PS-Außenborder) über den Winter einlagern? Und was würde das kosten, wenn der Motor dabei gleich winterfest gemacht wird?

Viele Grüße
Hauke Jensen"""),
      ag("lukas", "11-10 09:40", """Hallo Herr Jensen,

das machen wir gern. Ob das Beiboot in die Halle kommt oder draußen unter Plane liegt, klärt gerade unsere Werft. Ich melde mich bis Freitag mit einem Angebot, dann auch mit dem Preis für das Einwintern des Außenborders.

Viele Grüße
Lukas Brenner""", promises=[("11-13", None)]),
      cu("11-19 08:15", """Hallo Herr Brenner,

gibt es schon etwas Neues wegen des Beiboots? Wir reisen am 28. ab und müssten vorher wissen, ob wir es bei Ihnen lassen können.

Viele Grüße
Hauke Jensen""", chase=True), tz=1),
]
CASES += [
    C("g18-ar-vag-vidange", "fr", "closed", {},
      "Claire Bodénès <claire.bodenes@iroise-croisiere.example>", "apple_fr", "Vidange moteur pendant l'escale",
      "French visiting yacht: oil change during the stopover and genuine Yanmar filters, both answered; thanks-only reply.",
      cu("11-12 08:30", """Bonjour,

Nous sommes en escale à Gullhaven avec notre Sun Odyssey 36i pour une dizaine de jours, en attendant une fenêtre météo pour rentrer à Brest. Le moteur (Yanmar 3YM30) arrive à 500 heures : pourriez-vous faire la vidange et changer les filtres pendant notre séjour ? Est-ce que vous avez les filtres Yanmar d'origine en stock ?

Merci d'avance,
Claire Bodénès
Voilier « Ar Vag »"""),
      ag("solene", "11-12 11:15", """Bonjour Madame Bodénès,

Bien sûr. Notre mécanicien peut passer à bord mardi 17 novembre à 9 h pour la vidange, le filtre à huile, le filtre à gasoil et le préfiltre ; nous avons les filtres Yanmar d'origine en stock. Comptez environ 210 £, pièces et main-d'œuvre.

Bien à vous,
Solène"""),
      cu("11-12 13:05", """Parfait, merci beaucoup ! À mardi.

Claire""", thanks=True), tz=1),

    C("g19-ovni-aluminio", "es", "pending", {},
      "Marta Olazábal <marta.olazabal@getxonautica.example>", "gmail_es", "Antifouling para casco de aluminio",
      "Spanish owner of an aluminium boat: product recommendation at once, quantity promised for 'mañana' and sent the next morning with a data sheet.",
      cu("11-16 10:05", """Buenas:

Tenemos un barco de aluminio (un Ovni 385) y nos han dicho que en aluminio no se puede usar cualquier antifouling por el cobre. ¿Qué nos recomiendan ustedes? ¿Y cuánto necesitaríamos para una eslora de 11,5 metros?

Gracias,
Marta Olazábal"""),
      ag("nerea", "11-16 12:30", """Hola, Marta:

Es así: en aluminio nada de óxido de cobre. Les recomendamos Tidewall Alu-Safe, que lleva tiocianato de cobre y está aprobado para cascos de aluminio. La cantidad tengo que confirmarla con el fabricante, porque el rendimiento de la versión 2026 ha cambiado; se lo confirmo mañana.

Un saludo,
Nerea""", promises=[("11-17", 3)]),
      ag("nerea", "11-17 09:50", """Hola de nuevo, Marta:

Ya tengo la respuesta del fabricante: para un Ovni 385 son 7,5 litros para dos manos, es decir, tres botes de 2,5 L. Le adjunto la ficha técnica.

Un saludo,
Nerea""", attach=[("application/pdf", "alu-safe-ficha-2026.pdf", ALU_SHEET_PDF)]), tz=1),

    C("g20-seago-liferaft", "en", "pending", {"unanswered-question": 2},
      "Duncan Whitlock <duncan@whitlock-sails.example>", "apple", "Liferaft service",
      "Four bulleted questions about a liferaft service; the reply covers where it goes and how long, not the cost or the grab bag.",
      cu("11-17 17:55", """Hello,

Our 6-person liferaft (a Seago Sea Master, last serviced March 2023) is overdue. A few questions before I bring it in:

- Do you service Seago rafts on site, or send them away?
- How long would we be without it?
- What does a service usually cost, roughly?
- Is it worth replacing the grab bag contents at the same time, or do you only do the raft itself?

Best regards,
Duncan Whitlock""", uq=2),
      ag("freya", "11-18 10:20", """Hi Duncan,

They go to the approved service station in Plymouth - we send them on the Monday van and they're usually back within a fortnight. Bring it in any time before Monday's collection.

Freya""")),

    C("g21-sadler-rigging-figure", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Lowenna Hosking <lowenna.hosking@hoskingfamily.example>", "gmail", "Standing rigging on a Sadler 29",
      "Rigger agrees to a mast-down re-rig and will 'get back to you with a figure' (no date); a week later 'any joy?'; the figure then arrives.",
      cu("11-04 18:30", """Hi Wenna,

The insurance survey says our standing rigging is 15 years old and has to be replaced before next season. Boat is a Sadler 29. Could you give me a ballpark for new wire and swage terminals throughout, and would you do it with the mast down in the yard this winter?

Thanks,
Lowenna""", to="Wenna Tregarthen <wenna@gullhavenmarine.example>"),
      ag("wenna", "11-05 09:20", """Hi Lowenna,

Yes, mast down in the yard is the best way to do it, and winter is the time. For the price I need the wire lengths from the original rig plan - let me dig out what we have on file for Sadler 29s and I'll get back to you with a figure.

Wenna""", promises=[("window", 4)]),
      cu("11-12 20:05", """Hi Wenna, any joy with the figure for the rigging? No rush as such, but I'd like to budget before Christmas.

Lowenna""", chase=True),
      ag("wenna", "11-13 09:00", """Hi Lowenna,

Sorry, I should have come back to you last week. Full replacement on a Sadler 29 in 1x19 stainless with new swage terminals and clevis pins is about £1,450 fitted, mast down. Lift-out and unstepping are extra if you're not already wintering with us.

Wenna""")),

    C("g22-morwenna-chain", "en", "closed", {},
      "Pete Rowse <pete.rowse@rowse-fishing.example>", "owa", "Re-galvanising chain",
      "Price question answered with a bare figure and turnaround; thanks-only reply.",
      cu("11-06 07:45", """Morning,

How much would you charge to re-galvanise 60m of 10mm anchor chain? It's rusty but not worn.

Pete
FV Morwenna"""),
      ag("freya", "11-06 09:30", """Hi Pete,

£2.40 a metre, so £144 for the 60m. Three weeks' turnaround.

Freya"""),
      cu("11-06 10:15", """Cheers Freya, I'll drop it in Monday.

Pete""", thanks=True)),

    C("g23-drascombe-new-today", "en", "open", {},
      "Imogen Faull <imogen.faull@seapink.example>", "gmail", "Service for a Honda 5hp",
      "A new enquiry on the audit morning with only the acknowledgement so far (inside the response target).",
      cu("11-20 09:30", """Hello,

I'm about to buy a Drascombe Lugger and would like to know what a basic service on a Honda 5hp outboard costs at your workshop, and whether you have any slots in January.

Best,
Imogen Faull"""),
      ack("11-20 09:31")),

    C("g24-saltash-belle-radio", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 2},
      "Barry Kitto <barry.kitto@kittoinvest.example>", "android", "VHF repair and service invoice",
      "Radio promised back 'by Friday at the latest' with news; two chases before it comes back the next Wednesday; the invoice request is never dealt with.",
      cu("11-09 10:00", """Hi

Any idea when my VHF will be back from repair? I handed it in at the counter on the 28th (Standard Horizon GX2400, job ticket 5521). Also please send me the invoice for last month's engine service on Saltash Belle, my accountant's asking for it.

Barry""", uq=1),
      ag("freya", "11-09 12:00", """Hi Barry,

The GX2400 is at Standard Horizon's repair centre and they've said it will come back to us this week. I'll let you know as soon as it lands - by Friday at the latest.

Freya""", promises=[("11-13", 5)]),
      cu("11-16 09:15", """Hi Freya, did the radio come back on Friday? Haven't heard anything.

Barry""", chase=True),
      cu("11-18 08:30", """Still waiting on the radio. I'm taking the boat out on Saturday and really need it - can someone tell me where things are?

Barry""", chase=True, refs=[1]),
      ag("freya", "11-18 10:45", """Hi Barry,

Sorry for the silence. It came back this morning, repaired under warranty (new PTT switch), so there's nothing to pay. It's at the counter for you - we're open until 17:30.

Freya""")),

    C("g25-sprayhood-windows", "en", "closed", {"unanswered-question": 1},
      "Ellie Marrack <ellie.marrack@marrackdesign.example>", "gmail", "Sprayhood windows",
      "Re-windowing the sprayhood priced; the cockpit-cover quote asked 'while you're at it' is never mentioned.",
      cu("11-03 12:40", """Hi,

The windows in our sprayhood have gone cloudy and one has cracked. Can you put new windows into the existing hood, or does it need a whole new one? It's a Jeanneau Sun Odyssey 32, 2008. I was also wondering if you could quote for a new cockpit cover while you're at it - ours blew away in Storm Ciarán, long story.

Ellie""", uq=1),
      ag("wenna", "11-04 09:50", """Hi Ellie,

If the canvas is still sound we can re-window it: £210 for the three panels in 40-gauge clear, about two weeks. Bring it in to the loft whenever you like and we'll check the stitching at the same time.

Wenna""")),

    C("g26-bavaria-ruderlager", "de", "pending", {"unanswered-question": 1},
      "Jörg Hansmann <joerg.hansmann@elbe-yachting.example>", "thunderbird_de", "Oberes Ruderlager Bavaria 34",
      "Rudder bearing found, sent and fitting tip given in German; the request for a VAT invoice for his company is ignored.",
      cu("11-16 20:45", """Guten Abend,

an meiner Bavaria 34 (Baujahr 2001) ist das obere Ruderlager ausgeschlagen, das Ruder hat deutlich Spiel. Können Sie mir ein passendes Lager (Jefa, 50 mm Schaft) schicken? Die Lieferadresse ist die gleiche wie bei meiner letzten Bestellung.

Bitte schicken Sie mir dazu auch eine Rechnung mit ausgewiesener Mehrwertsteuer, die brauche ich für meine Firma.

Danke und Gruß
Jörg Hansmann""", uq=1),
      ag("lukas", "11-17 09:10", """Guten Morgen Herr Hansmann,

das Jefa-Lager für 50 mm hatten wir vorrätig (86,00 £). Es ist heute früh an Ihre Adresse in Hamburg-Finkenwerder rausgegangen und sollte Anfang nächster Woche bei Ihnen sein. Beim Einbau unbedingt die alte Lagerschale komplett entfernen, sonst sitzt das neue Lager nicht sauber.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("g27-morlaix-facture", "fr", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Gwenaëlle Tanguy <g.tanguy@morlaix-plaisance.example>", "apple_fr", "Facture 77188 à corriger",
      "Corrected invoice promised for 'demain', sent eleven days later after 'Je me permets de revenir vers vous'; the 2027 catalogue request is never answered.",
      cu("11-05 09:30", """Bonjour,

Sur la facture n° 77188 (commande de cordages du 29 octobre), le nom de la société est mal orthographié : c'est « Morlaix Plaisance SARL » et non « Morlais Plaisance ». Pourriez-vous m'envoyer une facture corrigée ? Il manque aussi notre numéro de TVA intracommunautaire, FR 62 812 345 678.

Par ailleurs, est-ce que vous pouvez nous envoyer votre catalogue 2027 quand il sera disponible ?

Cordialement,
Gwenaëlle Tanguy
Morlaix Plaisance SARL""", uq=1),
      ag("solene", "11-05 11:00", """Bonjour Madame Tanguy,

Toutes nos excuses pour cette erreur. Je fais corriger la facture par notre comptabilité (raison sociale et numéro de TVA) et je vous la renvoie demain.

Cordialement,
Solène""", promises=[("11-06", 4)]),
      cu("11-16 14:20", """Bonjour Madame Kervella,

Je me permets de revenir vers vous : je n'ai toujours pas reçu la facture corrigée, et notre clôture comptable est à la fin du mois.

Cordialement,
Gwenaëlle Tanguy""", chase=True),
      ag("solene", "11-17 09:30", """Bonjour Madame Tanguy,

Je suis vraiment désolée pour ce retard. Vous trouverez ci-joint la facture n° 77188 corrigée, avec la bonne raison sociale et votre numéro de TVA.

Cordialement,
Solène""", attach=[("application/pdf", "facture-77188-corrigee.pdf", FACTURE_PDF)]), tz=1),

    C("g28-hondarribia-anodos", "es", "closed", {"unanswered-question": 2},
      "Iñaki Etxeberria <inaki.etxeberria@bidasoa-nautica.example>", "gmail_es", "Ánodos saildrive 130S",
      "Three things asked in informal Spanish after a small-talk opener; only the zinc-or-aluminium question (and the price) is answered. Base64 body.",
      cu("11-04 16:20", """Hola Nerea:

¿Cómo va el otoño por ahí? Aquí no para de llover.

Os escribo desde Hondarribia. Estoy pensando en pediros un juego de ánodos para un saildrive Volvo 130S, pero tengo dudas: ¿el de zinc o el de aluminio es mejor para un barco que está siempre en agua salobre, en la ría? ¿Cuánto tardaría en llegar aquí? Y quisiera saber si tenéis también el kit de juntas de la pata, porque aprovecho la varada para cambiarlas.

Gracias, un saludo,
Iñaki""", uq=2, cte="base64"),
      ag("nerea", "11-05 10:00", """Hola, Iñaki:

Para agua salobre, aluminio sin duda: el zinc se pasiva en agua poco salada y deja de proteger. El juego completo para el 130S cuesta 48 £.

Un saludo,
Nerea"""), tz=1),

    C("g29-marigold-liftout-date", "en", "pending", {},
      "Harriet Vosper <harriet.vosper@vosperlaw.example>", "outlook", "Lift-out for Marigold",
      "Pressure wash answered; the lift-out date is promised 'by Tuesday 24 November', a deadline still ahead at audit time.",
      cu("11-18 13:10", """Dear Ruth,

We'd like to have Marigold lifted out for the winter as soon as there's space after the storms. Could you let me know which dates you have in the next fortnight? And can we have the pressure wash done at the same time, or is that a separate booking?

Kind regards,
Harriet Vosper""", to="Ruth Penberthy <ruth@gullhavenmarine.example>"),
      ag("ruth", "11-18 16:00", """Dear Harriet,

The pressure wash is done on the hoist as part of every lift-out, so there's nothing extra to book.

For the date: the travel hoist is booked solid until the weekend and next week's tides are awkward. I'll confirm your lift-out date by Tuesday 24 November, once I've redone the yard plan.

Best,
Ruth""", promises=[("11-24", None)])),

    C("g30-beta-thermostat-ooo", "en", "closed", {},
      "Colin Jago <colin.jago@jagoengineering.example>", "gmail", "Thermostat for Beta 25",
      "Two parts put aside as asked; the customer's out-of-office answers the reply (automatic mail, not a customer message).",
      cu("11-04 11:00", """Hi Callum,

Do you have a thermostat and housing gasket for a Beta 25 in stock? If so please put them aside, I'll collect on Friday.

Colin""", to="Callum Roskilly <callum@gullhavenmarine.example>"),
      ag("callum", "11-04 13:40", """Hi Colin,

Both in stock and bagged up at the counter with your name on - £34.90 for the pair.

Callum"""),
      auto("11-04 13:41", """I'm away on site until Friday 6 November with limited signal. For anything urgent please call the office on 01872 555 0190.

Colin Jago
Jago Engineering""", to="Callum Roskilly <callum@gullhavenmarine.example>",
           subject="Automatic reply: RE: Thermostat for Beta 25", quote=False)),

    C("g31-shrimper-tiller-lost-headers", "en", "closed", {},
      "Roger Hicks <roger.hicks@hicksnet.example>", "thunderbird", "Tiller for Shrimper 19",
      "Tiller price answered; the customer's reply has lost its threading headers (subject only) and adds a tiller extension; both sent.",
      cu("11-02 14:00", """Hello,

I'd like to order a new tiller for my Cornish Shrimper 19. Do you have the laminated ash one in stock, and what does it cost?

Roger Hicks"""),
      ag("freya", "11-02 16:30", """Hi Roger,

Yes, one in stock - £189 for the laminated ash tiller, varnished. Would you like it posted, or will you collect?

Freya"""),
      cu("11-03 09:05", """Posted please, to the address on my account. Can you add a tiller extension as well - the 60cm one?

Roger""", thread=False),
      ag("freya", "11-03 11:20", """Hi Roger,

Both packed and going out today by Parcelforce: £189 plus £32 for the 60cm extension, postage free over £150. I've charged the card on your account.

Freya""")),

    C("g32-cabin-lamp-no-id", "en", "closed", {},
      "Maurice Tonkin <m.tonkin@tonkin-retired.example>", "oldclient", "Brass cabin lamps",
      "An old mail client sends no Message-ID; the lamp question is answered with a price and a photo.",
      cu("11-05 10:30", """Dear Sirs,

Please could you tell me whether you still sell the brass oil lamps for cabins (gimballed, as in your 2019 catalogue), and the price.

Yours faithfully,
Maurice Tonkin""", msgid=False, note="Maurice Tonkin's enquiry about gimballed brass cabin lamps (old client, no Message-ID)"),
      ag("freya", "11-05 14:00", """Dear Mr Tonkin,

We do - the gimballed brass cabin lamp is £74.50 and we have two left in the shop. The 2019 catalogue model has been replaced by a very similar one with a taller chimney; photo attached.

Kind regards,
Freya""", attach=[("image/png", "cabin-lamp.png", LAMP_PNG)])),

    C("g33-bolitho-bulk-antifouling", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Simon Bolitho <simon@bolithoyachtcare.example>", "owa", "20 tins Tidewall Eroding",
      "Trade bulk order: price and volume discount answered, a pro-forma promised for 'tomorrow' never comes, the delivery-date question is skipped.",
      cu("11-06 08:20", """Hi Dev,

We've got 14 boats to antifoul before Easter. Could you price 20 x 2.5L Tidewall Eroding in black on our trade account? Is there any extra discount at that volume over our usual 15 %? And when could you deliver to our shed at Penryn - we'd want it by the second week of January at the latest.

Cheers
Simon Bolitho
Bolitho Yacht Care""", uq=1, to="Dev Okonkwo <dev@gullhavenmarine.example>"),
      ag("dev", "11-06 11:50", """Hi Simon,

List price is £96 a tin; on your account with 15 % off that's £81.60. For 20 tins I can go to 20 %, so £76.80 a tin, £1,536 ex VAT. I'll send you a pro-forma tomorrow so you can lock in this year's price.

Dev""", promises=[("11-07", None)])),

    C("g34-seamaster-callout-chase", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Beth Nancarrow <beth@nancarrowcatering.example>", "gmail", "Engine call-out at Flushing",
      "Call-out enquiry gets only the acknowledgement; the customer writes again 'I'm still waiting to hear from you'; no human reply.",
      cu("11-13 10:30", """Hello,

We've just bought a 1970s Seamaster 23 and the engine hasn't run in years. Before we spend money on it, could someone from the workshop come and have a look at it on its mooring at Flushing? What would a call-out like that cost?

Beth Nancarrow"""),
      ack("11-13 10:31"),
      cu("11-17 09:45", """Hello again,

I sent the email below last Friday and I'm still waiting to hear from you. Is the workshop taking on call-outs at the moment? If not that's fine, but please let me know either way.

Beth""", chase=True, parent=1)),
]
CASES += [
    C("g35-calloway-storage-rules", "en", "pending", {},
      "Fergus Dawe <fergus.dawe@dawe-arch.example>", "apple", "Before Calloway comes ashore",
      "Three questions answered out of order: power in a sentence, staying aboard with a link to the yard rules, Christmas hours as an attachment. multipart/alternative.",
      cu("11-17 19:30", """Hello Ruth,

We've booked Calloway in for winter storage from 1 December. Before then:

Can we stay on board for the odd weekend while she's ashore, or is that not allowed?
What are the yard's opening hours over Christmas?
Is there power on the hard for a dehumidifier?

Thanks very much,
Fergus""", kind="alt", to="Ruth Penberthy <ruth@gullhavenmarine.example>"),
      ag("ruth", "11-18 09:10", """Hi Fergus,

Power: yes, every cradle bay has a metered 16A post, and a dehumidifier is fine as long as it's on an RCD.

Sleeping aboard ashore isn't allowed under our insurance, I'm afraid - the yard rules are here if you want the detail: https://gullhavenmarine.example/yard/rules?ref=mail#section-4

Christmas hours are on the attached notice.

Ruth""", attach=[("application/pdf", "christmas-hours-2026.pdf", XMAS_HOURS_PDF)])),

    C("g36-float-switch-resolved", "en", "pending", {"reopened": 1},
      "Kate Penhallow <kate.penhallow@penhallowfarm.example>", "outlook", "Missing float switch - GM-44290",
      "Missing part sent under a [Resolved] subject tag and 'I've closed this ticket'; a week later a new question in the same thread, answered.",
      cu("11-09 09:00", """Hi,

My order GM-44290 (a 12V bilge pump and float switch) arrived with the float switch missing. Please can you send it?

Kate Penhallow"""),
      ag("freya", "11-09 11:30", """Hi Kate,

Sorry about that - the float switch went out first class this morning. I've closed this ticket; just reply if anything else is wrong.

Freya""", closes=True, subject="[Resolved] Re: Missing float switch - GM-44290"),
      cu("11-16 18:20", """Hi Freya,

The switch arrived, thanks. Now that it's wired in, the pump runs on for a good 30 seconds after the float drops. Is that normal for this model or is the switch faulty?

Kate""", subject="RE: [Resolved] Re: Missing float switch - GM-44290"),
      ag("freya", "11-17 09:30", """Hi Kate,

That's normal for that pump - it has a built-in 30-second run-on so it clears the hose. If it ever runs on much longer than that, send it back and we'll swap it.

Freya""", subject="Re: RE: [Resolved] Re: Missing float switch - GM-44290")),

    C("g37-victron-charger-bracket", "en", "closed", {"unanswered-question": 1},
      "Tom Rescorla <tom.rescorla@rescorla-builders.example>", "gmail", "Battery charger size",
      "Charger size answered; in his second mail the customer orders it and asks about the mounting bracket - the order is dispatched, the bracket question never answered.",
      cu("11-02 08:15", """Hi,

Can you tell me what size of battery charger I need for two 110Ah leisure batteries? Shore power only, no generator.

Tom"""),
      ag("callum", "11-02 10:40", """Hi Tom,

For 220Ah of leisure batteries a 20-25A three-stage charger is about right - we have the Victron Blue Smart 12/25 at £169.

Callum"""),
      cu("11-02 11:30", """Great, I'll take the Victron. Can you send it to the boat at Mylor? Also, does it come with the mounting bracket, or is that an extra?

Tom""", uq=1),
      ag("callum", "11-02 14:20", """Hi Tom,

Done - it's on its way to the Mylor marina office and should be there tomorrow. £169 plus £6.95 postage, invoice attached.

Callum""", attach=[("application/pdf", "invoice-77402.pdf", CHARGER_INVOICE_PDF)])),

    C("g38-flensburg-vorstage", "de", "closed", {},
      "Ulrike Brandes <u.brandes@brandes-segelschule.example>", "outlook_de", "Zwei Vorstage 4 mm",
      "German sailing school: a small-talk question, then two forestays to be made by mid-December; can-do, price and shipping time answered.",
      cu("11-05 10:15", """Hallo Herr Brenner,

ich hoffe, Sie sind gut durch die Herbststürme gekommen?

Für unsere Segelschule bräuchten wir zwei neue Vorstage für unsere Jollenkreuzer: 4 mm 1x19 Edelstahl, je 6,85 m, oben Auge mit Kausch, unten Gabelterminal 6 mm. Können Sie die anfertigen? Wir bräuchten sie bis Mitte Dezember, spätestens zum 15.

Viele Grüße aus Flensburg
Ulrike Brandes
Segelschule Brandes"""),
      ag("lukas", "11-05 12:30", """Hallo Frau Brandes,

danke, wir haben alles gut überstanden!

Die beiden Vorstage kann unsere Riggwerkstatt ohne Weiteres bis dahin anfertigen, und der Versand nach Flensburg dauert drei bis vier Werktage - das reicht also locker bis zum 15. Dezember. Zusammen kosten sie 118 £ inklusive Versand.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("g39-sunfast-enrouleur", "fr", "pending", {"unanswered-question": 1},
      "Loïc Guéguen <loic.gueguen@pays-bigouden.example>", "gmail", "Enrouleur Furlex 204S",
      "French owner (Gmail in English): furler stock, price and cutting the forestay answered; whether prices include VAT for France is not.",
      cu("11-16 21:10", """Bonsoir,

Je prépare mon Jeanneau Sun Fast 32 pour la saison prochaine et je souhaite remplacer l'enrouleur de génois. Auriez-vous un enrouleur Furlex 204S en stock, et à quel prix ? Est-ce que vous pouvez aussi me fournir l'étai coupé à la bonne longueur si je vous donne la cote ?

Autre chose : vos tarifs sont-ils TTC ou HT pour une livraison en France ?

Merci,
Loïc Guéguen""", uq=1),
      ag("solene", "11-17 10:40", """Bonjour Monsieur Guéguen,

Oui, nous avons un Furlex 204S en stock, à 1 690 £. Envoyez-nous la cote entre axes et le diamètre de l'étai actuel : Wenna le coupera et le sertira avant l'expédition.

Cordialement,
Solène"""), tz=1),

    C("g40-costa-brava-revision", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Alejandro Roig <alejandro.roig@costabrava-charter.example>", "gmail_es", "Revisión motor Bavaria 46",
      "Charter skipper asks for a workshop slot and a written estimate: both deferred to 'el lunes' and delivered on Wednesday (late); the question on paying in euros is never answered.",
      cu("11-02 09:00", """Hola:

Tenemos un velero de chárter (un Bavaria 46) que pasa el invierno en Gullhaven antes de bajar al Mediterráneo en primavera. Necesitamos hacer la revisión anual del motor, un Volvo D2-55, y cambiar la correa del alternador. ¿Tienen hueco en el taller la semana del 16 de noviembre? ¿Podrían mandarme también un presupuesto por escrito? Lo necesito para el armador.

Una pregunta más: ¿se puede pagar por transferencia desde una cuenta española, en euros?

Saludos,
Alejandro Roig
Costa Brava Charter""", uq=1),
      ag("nerea", "11-02 11:45", """Hola, Alejandro:

Hablo con Callum, el jefe de taller, sobre el hueco de la semana del 16 y le escribo el lunes con la fecha y el presupuesto por escrito.

Un saludo,
Nerea""", promises=[("11-09", 3)]),
      ag("nerea", "11-11 10:20", """Hola, Alejandro:

Perdone el retraso. Callum tiene hueco el martes 17 de noviembre: revisión anual del D2-55 con cambio de correa del alternador, unas 6 horas de trabajo. Le adjunto el presupuesto.

Un saludo,
Nerea""", attach=[("application/pdf", "presupuesto-P-2611-031.pdf", TALLER_PDF)]), tz=1),

    C("g41-mercury-valuation-letter", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Philippa Grose <philippa.grose@grose-estates.example>", "outlook", "Valuation letter for insurance",
      "Valuation letter promised 'by end of day'; the customer checks in the next afternoon; it comes on Monday.",
      cu("11-12 09:30", """Hello,

My insurers need a written valuation of the Mercury 9.9 outboard you sold me in 2024, as I'm adding it to the policy. Can you provide one on headed paper? The serial number is 1B123456.

Many thanks,
Philippa Grose"""),
      ag("callum", "11-12 11:00", """Hi Philippa,

Yes, of course. I'll do the letter this afternoon and email it over by end of day.

Callum""", promises=[("11-12", 4)]),
      cu("11-13 15:20", """Hi Callum, just checking in on the valuation letter - the insurer chased me for it this morning.

Philippa""", chase=True),
      ag("callum", "11-16 08:45", """Hi Philippa,

Apologies, I was out on a breakdown all Friday. The valuation letter is attached on our headed paper - £1,650 replacement value.

Callum""", attach=[("application/pdf", "valuation-1B123456.pdf", VALUATION_PDF)])),

    C("g42-f5-fenders", "en", "closed", {},
      "Jago Trethewey <jago.t@trethewey-farm.example>", "iphone", "F5 fenders",
      "Stock question answered in a quarter of an hour; 'Cheers!' reply.",
      cu("11-06 17:10", """Hiya, are the big blue fenders on your website (F5 size) in stock in the shop? Want four for the new berth. Will pop in tomorrow if so

Sent from my iPhone"""),
      ag("freya", "11-06 17:25", """Hi Jago,

Yes, six F5s in navy on the shelf, £42 each. See you tomorrow - we open at 8:30.

Freya"""),
      cu("11-06 17:30", """Cheers!

Sent from my iPhone""", thanks=True)),

    C("g43-club-de-mar-autopilot", "en", "pending", {"unanswered-question": 1},
      "Andrew Colenso <andrew.colenso@colenso-yachts.example>", "outlook", "EV-200 drive to Palma",
      "Yacht manager needs a part in Palma by a date: feasibility and cost answered; the customs paperwork request is not. multipart/alternative, signature with '?' URL.",
      cu("11-17 10:00", """Hi Dev,

We need to ship a replacement autopilot drive unit (Raymarine EV-200 linear drive, your ref GM-T-2315) to a client's yacht in Palma, Club de Mar. The boat leaves for the Caribbean on 2 December, so it has to be there by the 30th at the latest.

Can you get it there in time by courier? What will it cost? And please let me know what customs paperwork the marina will need, since the UK is outside the EU - we had a shipment held in Mallorca for two weeks last year.

Regards,
Andrew Colenso
Colenso Yacht Management
Looking for delivery crew? https://colenso-yachts.example/crew?utm_source=signature""",
         uq=1, kind="alt", to="Dev Okonkwo <dev@gullhavenmarine.example>"),
      ag("dev", "11-17 14:30", """Hi Andrew,

Yes - UPS Express Saver gets it to Club de Mar in 3 working days, so if it goes tomorrow it'll be there on Monday 23rd. £96 on your trade account including the fuel surcharge.

Dev""")),

    C("g44-hunter-scupper-photo", "en", "closed", {},
      "Hannah Rowe <hannah.rowe@roweandpartners.example>", "gmail", "Cockpit drain fitting",
      "The customer's second mail adds a photo before any reply (not a chase); the fitting is identified and priced.",
      cu("11-03 08:00", """Hi,

The cockpit drain on our Hunter Horizon 26 keeps blocking. Do you sell a replacement drain fitting that takes a 38mm hose? I'm not sure of the make.

Hannah"""),
      cu("11-03 08:20", """Sorry, meant to attach a photo of the old one - here it is. There's some stamping on the flange that might say 'Marelon'.

Hannah""", attach=[("image/png", "IMG_4471.png", SCUPPER_PNG)]),
      ag("freya", "11-03 10:05", """Hi Hannah,

Thanks for the photo - that's a Marelon cockpit scupper, and the 38mm replacement is in stock at £27.40. I'd change the hose clips while you're at it, they look tired.

Freya""")),

    C("g45-tillerpilot-grinding", "en", "pending", {"missed-follow-up": 1},
      "Ian Chenoweth <ian@chenoweth-it.example>", "thunderbird", "ST2000+ grinding",
      "Repair-or-replace question deferred: 'I'll ask Callum ... and come back to you' (no date); nothing within the two-day window.",
      cu("11-16 20:00", """Hi,

My ST2000+ tillerpilot has started making a grinding noise and wandering off course. Is it worth repairing or should I just buy a new one? It's about 9 years old.

Ian"""),
      ag("freya", "11-17 09:30", """Hi Ian,

Grinding usually means the drive belt or the motor brushes. I'll ask Callum in the workshop whether they can still get parts for that generation and come back to you.

Freya""", promises=[("window", None)])),

    C("g46-achilles-long-paragraph", "en", "closed", {"unanswered-question": 2},
      "Sarah Lanyon <sarah.lanyon@lanyonpottery.example>", "gmail", "Our first boat - where to start?",
      "Four questions buried in one long paragraph: bracket and engine service answered; the old-sail recycling and the rigging visit are not.",
      cu("11-04 21:40", """Hello,

My husband and I have just bought our first boat, a 1982 Achilles 24 that's been sitting in a field near Truro for three years, and we're trying to get her ready for launching next spring, which is turning into quite a project. The previous owner left us a pile of rotten ropes, a seized outboard bracket and two old sails in the barn, and we've no idea what's worth keeping. Could you tell me whether you take old sails for recycling? I think the first job is the outboard: the bracket is completely seized and I wondered whether you sell a replacement that bolts onto the transom, or are they model-specific? We'd also like to book the engine itself (a Tohatsu 6hp, also ancient) in for a service before launch, if you take on engines that old. Our neighbour says we'll need to replace all the running rigging too; is there any chance of someone from your rigging loft coming out to look at the boat and tell us what we really need, or do you only work on boats in the yard? Sorry for the essay, and thanks in advance for any advice.

Sarah Lanyon""", uq=2),
      ag("callum", "11-05 10:15", """Hi Sarah,

Congratulations on the boat! A universal bracket is fine for a 6hp on an Achilles - we have a four-position one at £89 that bolts through the transom. The Tohatsu is no problem either; we service plenty of them and parts are still easy to get. Book it in for February and it'll be ready for launch.

Callum""")),

    C("g47-westwind-shore-power", "en", "pending", {},
      "Nick Hocking <nick.hocking@hockingelectrical.example>", "owa", "Shore power lead and isolator",
      "Three points answered inline under the quoted lines by the workshop manager.",
      cu("11-18 08:10", """Morning,

We're moving Westwind onto a berth at Gullhaven marina in December. The pedestals there are 16A, I believe - is that right? Our shore power lead is an old 10m one with a blue plug at one end and bare-ish wires at the other (long story). I'd like a new 25m lead made up. Also, do you sell galvanic isolators, and would you fit one?

Nick Hocking"""),
      ag("callum", "11-18 11:30", """Hi Nick,

> The pedestals there are 16A, I believe - is that right?

Yes, 16A on all the visitor and annual berths.

> I'd like a new 25m lead made up.

25m of 2.5mm² arctic cable with a 16A plug and inlet connector: £78, ready on Friday.

> Also, do you sell galvanic isolators, and would you fit one?

We stock the Victron 16A one at £119, and fitting is about an hour's labour (£68) - book it in with the lead if you like.

Callum""", quote=False)),

    C("g48-moody-diesel-heater", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Rachel Spargo <rachel.spargo@spargovets.example>", "android", "Diesel heater for Moody 31",
      "Heater price and warranty answered, fitting quote promised 'by Friday' and sent Tuesday after a chase; whether the ducting reaches the forecabin is never answered.",
      cu("11-09 12:30", """Hi,

We'd like a diesel heater fitted to our Moody 31 this winter so we can use her more in spring and autumn. What does an Eberspächer Airtronic D2 cost from you, and how much extra to have it fitted in the yard? Can the ducting reach the forecabin as well as the saloon? And how long is the warranty if you fit it?

Thanks
Rachel Spargo""", uq=1),
      ag("callum", "11-09 16:10", """Hi Rachel,

The Airtronic D2 marine kit is £1,045 and has a two-year warranty when we fit it (one year if you fit it yourself). For the fitting I need to work out where the exhaust can run on a Moody 31 - I'll send you a fitting quote by Friday.

Callum""", promises=[("11-13", 4)]),
      cu("11-17 08:00", """Hi Callum, just following up on the fitting quote for the heater - we're keen to get it booked in before Christmas.

Rachel""", chase=True),
      ag("callum", "11-17 12:20", """Hi Rachel,

Sorry for the wait. Fitting on a Moody 31 is £780 including the exhaust skin fitting, fuel pick-up and controller - about three days' work. I can start on 7 December.

Callum""")),

    C("g49-contessa-deck-list", "en", "closed", {"unanswered-question": 2},
      "Daniel Hendra <dan.hendra@hendrasurf.example>", "gmail", "Deck refit parts",
      "A numbered parts list plus two requests; winches, cleats, sealant and delivery answered, the organiser/backing-plate line and the written quote are not.",
      cu("11-05 13:15", """Hi Freya,

Refitting the deck on our Contessa 26 this winter. Could you let me know if you have / can get the following:

1. 2 x Lewmar 16 two-speed winches (or the nearest current model)
2. A pair of 6-hole stainless cleats, 150mm
3. New deck organiser for 4 lines - does it need backing plates?
4. What sealant do you recommend for bedding the deck fittings - Sikaflex 291 or something else?

Also I need a delivery date for all of it, ideally before Christmas. And can you send me a proper quote on paper so I can show the boss (my wife)?

Thanks
Dan""", uq=2, to="Freya Haldane <freya@gullhavenmarine.example>"),
      ag("freya", "11-06 09:00", """Hi Dan,

The Lewmar 16 two-speed has been replaced by the Lewmar 15 Evo - £395 each, two in stock. The 150mm cleats are £18.90 each and in stock too. For bedding deck fittings we'd steer you towards butyl tape rather than Sikaflex 291 - it stays flexible and you can take a fitting off again in ten years.

Everything can be with you next week.

Freya""")),

    C("g50-treloar-statement", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Carol Treloar <accounts@treloar-boatyard.example>", "outlook", "Unallocated payments on October statement",
      "Payments allocated at once; the corrected statement promised for Monday never comes; the change of remittance address is not acknowledged. Customer disclaimer.",
      cu("11-06 10:00", """Good morning,

Our October statement shows two payments as unallocated (£412.60 on 7 Oct and £88.00 on 21 Oct), so the account looks overdue when it isn't. Please allocate them to invoices 77012 and 77145 and send me a corrected statement.

Could you also change the email address for remittances to remittance@treloar-boatyard.example from December?

Regards,
Carol Treloar
Treloar Boatyard Ltd

This message and any attachments are confidential. If you have received it in error please tell the sender and delete it.""", uq=1),
      ag("dev", "11-06 15:00", """Good afternoon Carol,

Sorry about that - both payments are now allocated to 77012 and 77145 and the account shows nothing overdue. I'll send you the corrected statement on Monday, once the statement run is done.

Regards,
Dev""", promises=[("11-09", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "g02-kittiwake-impeller": [
        "Does the kit come with the cover gasket or do I need to order that separately?"],
    "g05-rivermouth-outboard-service": [
        "And please have a look at the tilt lock while it's with you, it keeps sticking on the second notch."],
    "g09-roscoff-grand-voile": [
        "Je voudrais aussi savoir si vous faites le nettoyage et le traitement anti-moisissure, elle a quelques taches noires."],
    "g14-polglase-three-agents": [
        "Please add our new workshop foreman, Jory Nance (jory@polglase-marine.example), as an authorised buyer on the account."],
    "g20-seago-liferaft": [
        "What does a service usually cost, roughly?",
        "Is it worth replacing the grab bag contents at the same time, or do you only do the raft itself?"],
    "g24-saltash-belle-radio": [
        "Also please send me the invoice for last month's engine service on Saltash Belle, my accountant's asking for it."],
    "g25-sprayhood-windows": [
        "I was also wondering if you could quote for a new cockpit cover while you're at it - ours blew away in Storm Ciarán, long story."],
    "g26-bavaria-ruderlager": [
        "Bitte schicken Sie mir dazu auch eine Rechnung mit ausgewiesener Mehrwertsteuer, die brauche ich für meine Firma."],
    "g27-morlaix-facture": [
        "Par ailleurs, est-ce que vous pouvez nous envoyer votre catalogue 2027 quand il sera disponible ?"],
    "g28-hondarribia-anodos": [
        "¿Cuánto tardaría en llegar aquí?",
        "Y quisiera saber si tenéis también el kit de juntas de la pata, porque aprovecho la varada para cambiarlas."],
    "g33-bolitho-bulk-antifouling": [
        "And when could you deliver to our shed at Penryn - we'd want it by the second week of January at the latest."],
    "g37-victron-charger-bracket": [
        "Also, does it come with the mounting bracket, or is that an extra?"],
    "g39-sunfast-enrouleur": [
        "Autre chose : vos tarifs sont-ils TTC ou HT pour une livraison en France ?"],
    "g40-costa-brava-revision": [
        "Una pregunta más: ¿se puede pagar por transferencia desde una cuenta española, en euros?"],
    "g43-club-de-mar-autopilot": [
        "And please let me know what customs paperwork the marina will need, since the UK is outside the EU - we had a shipment held in Mallorca for two weeks last year."],
    "g46-achilles-long-paragraph": [
        "Could you tell me whether you take old sails for recycling?",
        "is there any chance of someone from your rigging loft coming out to look at the boat and tell us what we really need, or do you only work on boats in the yard?"],
    "g48-moody-diesel-heater": [
        "Can the ducting reach the forecabin as well as the saloon?"],
    "g49-contessa-deck-list": [
        "New deck organiser for 4 lines - does it need backing plates?",
        "And can you send me a proper quote on paper so I can show the boss (my wife)?"],
    "g50-treloar-statement": [
        "Could you also change the email address for remittances to remittance@treloar-boatyard.example from December?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"GM-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=SHOP, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", SHOP),
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


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none when the client sends none) and raw bytes,
    parents first (as :func:`mailcraft.render_corpus`, which always adds a Message-ID)."""
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
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 39: Gullhaven Marine - cases",
                                 "make_practice39_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures (computed from the cases) and the design."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    asking = [c for c in cases if c.uq]
    chased = [c for c in cases if c.rules.get("customer-chased")]
    lang_line = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    status_line = ", ".join(f"{n} {k}" for k, n in sorted(statuses.items(), key=lambda kv: (-kv[1], kv[0])))
    rules_line = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    return f"""# Practice corpus 39: Gullhaven Marine support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the heuristics have been changed because of its cases, it is no
longer unseen.

- Company: **Gullhaven Marine**, a chandlery and boat-parts shop on a Cornish harbour with a
  rigging and sail loft, an engine and outboard workshop and a boatyard: counter and mail
  orders, special-order parts, antifouling, sail and canvas repairs, engine servicing slots,
  winter storage ashore, trade accounts, shipping to marinas abroad. Support address
  `shop@gullhavenmarine.example`; agents Freya Haldane (counter and mail order), Callum
  Roskilly (workshop), Wenna Tregarthen (rigging and sail loft), Dev Okonkwo (trade accounts
  and export shipping), Ruth Penberthy (boatyard and winter storage), Pascoe Vingoe
  (dispatch), Lukas Brenner (German-speaking customers), Solène Kervella (French-speaking)
  and Nerea Ugalde (Spanish-speaking), all `@gullhavenmarine.example`. A helpdesk robot
  (`shop@gullhavenmarine.example`, `Auto-Submitted: auto-replied`) acknowledges some mail
  with "we aim to reply within one working day" - service-hours text, not a commitment.
- Customers are yacht owners, visiting sailors, fishermen, clubs, boatyards and yacht
  managers on `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain gullhavenmarine.example`.

```
python scripts/make_practice39_corpus.py                   # regenerate (deterministic, stdlib only)
python scripts/make_practice39_corpus.py --out /tmp/p39    # ... into another folder
python scripts/evaluate.py --corpus tests/practice39       # accuracy of the current tool
python -m pytest -q tests/test_practice39_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): a question deferred with a promise counts only as that promise; one
`customer-chased` per chasing message. `CASES.md` is the generated per-case table. This
README is generated too. Do not edit generated files; edit the script and rerun it.

## Contents

{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox
({roles['customer']} customer mails, {roles['auto']} customer out-of-office reply),
{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. {len(clean)} clean
cases ({round(100 * len(clean) / len(cases))} %). Languages: {lang_line}. Statuses: {status_line}.

Expected findings: {rules_line}. Unanswered questions are in {len(asking)} cases; chasing in
{len(chased)} cases.

## Design

- Customers ask several things at once: bulleted and numbered lists, three questions on three
  lines, indirect questions ("I was wondering whether", "Mich würde außerdem interessieren",
  "Je voudrais aussi savoir si", "quisiera saber si"), requests without a question mark
  ("Please add our new workshop foreman ...", "Bitte schicken Sie mir ... eine Rechnung"),
  questions buried in one long paragraph.
- Replies answer in their own words, out of order, several questions in one sentence, with a
  bare figure, with a link or an attachment, inline under quoted lines, by a colleague.
  Unanswered questions are the secondary ones a busy desk skips: a gasket, a tilt lock, a VAT
  invoice, a catalogue, a customs question, a bracket asked in a second mail.
- Not questions: a rhetorical opener and a self-answered question, small talk in German and
  Spanish, questions inside a forwarded marina mail (HTML-only), signatures with "?" and `?`
  URLs, thanks-only replies, a customer's out-of-office.
- Commitments with deadlines ("by Wednesday", "tomorrow", "by end of day", "by Friday",
  "bis Freitag", "demain", "mañana", "el lunes", "on Monday", no deadline = 2-day window):
  kept on time, kept by a colleague, kept late, never kept, and one still ahead at audit time
  (Tuesday 24 November). Logistics ("goes out in tonight's post", "UPS emails the tracking
  automatically") are not commitments.
- Chasing: "any news on ...?", "any joy with ...?", "just checking in on", "just following up
  on", "Still waiting on ...", "I'm still waiting to hear from you", "gibt es schon etwas
  Neues", "Je me permets de revenir vers vous", a word-for-word resend as a new mail. Not a
  chase: a second mail adding a photo before any reply.
- Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
  Outlook for Android (header-block quotes, `RE:`/`AW:`), Apple Mail (en/fr), iPhone,
  Thunderbird (en/de), an old client without Message-ID; plain 7bit, quoted-printable,
  base64, multipart/alternative, HTML-only; PDF and PNG attachments; a reply that lost its
  threading headers, a References gap, a resend without threading headers, a Cc, a
  `[Resolved]` subject tag, an explicit "I'll mark this as resolved".

## Judgement calls

- A question answered by a promise (g03 storage price, g17, g19, g29, g40, g45, g48 fitting
  quote) is addressed; the promise alone decides `missed-follow-up`.
- g08: "she'll be in touch tomorrow" is kept by the colleague it names - not missed.
- g29: "I'll confirm your lift-out date by Tuesday 24 November" - deadline after the audit.
- g49: "Everything can be with you next week." answers the delivery-date request.
- g14: "The invoice I've handed to Dev" is followed by Dev's reply the same day.
- g47: "ready on Friday" is about the lead being made, and Friday is the audit day anyway.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.gullhavenmarine.example")
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
    by_id = {p["Message-ID"]: (p, any(p is q for q in inbox)) for p in inbox + sent}
    if len(by_id) != len(inbox) + len(sent):
        found.append("duplicate or missing Message-IDs in the written mailbox")
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
    """Command line: regenerate tests/practice39 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
