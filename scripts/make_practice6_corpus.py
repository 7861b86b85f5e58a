#!/usr/bin/env python3
"""Regenerate ``tests/practice6/``: the labelled corpus of Brigade Trade Supply.

The trade-support mailbox of a fictional B2B wholesaler of restaurant and catering equipment
and consumables (trade accounts, wholesale price lists and quotes, bulk orders, delivery slots,
damaged pallets, credit notes, payment terms, spec sheets, spare parts). Written without
looking at the detection heuristics or at the other corpora, with many customer questions, so
that the `unanswered-question` figure rests on more than a handful of cases. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``brigadetrade.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, the questions it leaves unanswered and how
many it asks that are answered). The script recomputes status and every rule count from those
facts and the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in the customer's own text, or when no support reply
follows it.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice6_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
CONTRACT = mailcraft.Contract(as_of=AS_OF)
HANDOFF_LIMIT = CONTRACT.handoff_limit
SUPPORT_DOMAIN = "brigadetrade.example"
SUPPORT = "Brigade Trade Supply <trade@brigadetrade.example>"
HELPDESK = "Brigade Trade Desk <trade@brigadetrade.example>"
RULES = mailcraft.RULES
UK, CET = 0, 1

AGENTS = {
    "nadia": ("Nadia Brooks <nadia.brooks@brigadetrade.example>", "thunderbird", UK, """-- 
Nadia Brooks
Trade Accounts | Brigade Trade Supply
Unit 9, Pomona Trade Park, Manchester M16 0TT | 0161 555 0148
Price lists: https://brigadetrade.example/trade/prices?src=mail"""),
    "owen": ("Owen Achebe <owen.achebe@brigadetrade.example>", "outlook", UK, """Kind regards,
Owen Achebe
Orders & Deliveries | Brigade Trade Supply
Book a delivery slot: https://brigadetrade.example/slots?ref=sig"""),
    "ruth": ("Ruth Lindqvist <ruth.lindqvist@brigadetrade.example>", "outlook", UK, """Best regards,
Ruth Lindqvist
Credit Control | Brigade Trade Supply
This e-mail and any attachments are confidential. If you received it in error,
please tell us and delete it. Questions about an invoice? https://brigadetrade.example/billing?faq=1"""),
    "sam": ("Sam Patel <sam.patel@brigadetrade.example>", "thunderbird", UK, """-- 
Sam Patel
Spare Parts & Technical | Brigade Trade Supply
Parts finder: https://brigadetrade.example/parts?model=&src=mail"""),
    "katrin": ("Katrin Vogel <katrin.vogel@brigadetrade.example>", "thunderbird_de", CET, """-- 
Katrin Vogel
Großkundenbetreuung DACH | Brigade Trade Supply
https://brigadetrade.example/de/handel?ref=signatur"""),
    "camille": ("Camille Roux <camille.roux@brigadetrade.example>", "apple_fr", CET, """Camille Roux
Service clients professionnels France | Brigade Trade Supply
https://brigadetrade.example/fr/pro?utm_source=email"""),
    "javier": ("Javier Ortega <javier.ortega@brigadetrade.example>", "gmail_es", CET, """--
Javier Ortega
Atención a clientes profesionales | Brigade Trade Supply
Tel. +34 93 555 0190 | https://brigadetrade.example/es/profesional"""),
}

ACK = {
    "en": """Hello,

Thanks for writing to Brigade Trade Supply. This is an automatic receipt:
your message is logged as ticket {ref}. Our trade desk works Monday to
Friday, 7am-5pm, and we will reply within one working day.

Please keep the ticket number in the subject if you write again.

Brigade Trade Supply - Trade Desk
https://brigadetrade.example/help?ticket={ref}""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-MS-Exchange-Organization-SCL: -1"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Brigade Desk 3.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bts.", outlook_server="LO2PR0")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: ",
                "thunderbird_de": "AW: ", "gmail_de": "Re: "}

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack | auto (a customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)  # questions of this message left unanswered
    answered: int = 0  # questions/requests of this message that support does answer
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""


def at(day: int, hm: str, tz: int = UK) -> datetime:
    """A November 2026 time, written in the sender's local offset (hours from UTC)."""
    hour, minute = map(int, hm.split(":"))
    return datetime(2026, 11, day, hour, minute, tzinfo=timezone(timedelta(hours=tz)))


def end_of(day: int, tz: int = UK) -> datetime:
    """The deadline "by <day>": the end of that November day in the promiser's time zone."""
    return at(day, "23:59", tz)


@dataclass
class Case:
    """One labelled conversation: hand-written labels plus the messages that must bear them out."""

    name: str
    lang: str
    status: str  # hand-written label, checked against the facts
    rules: dict[str, int]  # hand-written label, checked against the facts
    customer: str
    client: str
    subject: str
    story: str
    tz: int = UK
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The labelled unanswered questions, in message order."""
        return [q for m in sorted(self.msgs, key=lambda m: m.date) for q in m.uq]

    def _key(self, n: int | None) -> str | None:
        return None if n is None else f"{self.name}/{n}"

    def _reply_subject(self, client: str) -> str:
        return REPLY_PREFIX.get(client, "Re: ") + self.subject

    def _add(self, m: Msg) -> Msg:
        self.msgs.append(m)
        return m

    def cust(self, day: int, hm: str, body: str, *, parent: int | None | str = "last",
             client: str | None = None, frm: str | None = None, subject: str | None = None,
             quote: bool = True, **facts) -> Msg:
        """A customer message; a reply quotes its parent below the text unless ``quote`` is off."""
        n = len(self.msgs) + 1
        p = (n - 1 if n > 1 else None) if parent == "last" else parent
        client = client or self.client
        subj = subject or (self.subject if p is None else self._reply_subject(client))
        text = body.rstrip("\n") + ("\n\n{quote}\n" if p is not None and quote else "\n")
        return self._add(Msg(key=self._key(n), case=self.name, role="customer", client=client,
                             frm=frm or self.customer, to=SUPPORT, subject=subj,
                             date=at(day, hm, self.tz), body=text, parent=self._key(p), **facts))

    def agent(self, who: str, day: int, hm: str, body: str, *, parent: int | None | str = "last",
              quote: bool = True, promises: tuple = (), **facts) -> Msg:
        """A support reply by agent ``who``, signed, quoting its parent unless ``quote`` is off.

        ``promises`` are ``(deadline, number of the keeping message or None)``."""
        frm, client, tz, sig = AGENTS[who]
        n = len(self.msgs) + 1
        p = n - 1 if parent == "last" else parent
        text = body.rstrip("\n") + "\n\n" + sig + ("\n\n{quote}\n" if quote else "\n")
        return self._add(Msg(key=self._key(n), case=self.name, role="agent", agent=who,
                             client=client, frm=frm, to=self.customer,
                             subject=self._reply_subject(client), date=at(day, hm, tz), body=text,
                             parent=self._key(p),
                             promises=[(d, self._key(k)) for d, k in promises], **facts))

    def ack(self, day: int, hm: str, ref: str, lang: str = "en") -> Msg:
        """The helpdesk robot's acknowledgement of the previous message."""
        n = len(self.msgs) + 1
        return self._add(Msg(key=self._key(n), case=self.name, role="ack", client="helpdesk",
                             frm=HELPDESK, to=self.customer,
                             subject=f"[{ref}] Re: {self.subject}", date=at(day, hm, UK),
                             body=ACK[lang].format(ref=ref) + "\n", parent=self._key(n - 1),
                             extra=[("Auto-Submitted", "auto-replied"),
                                    ("X-Auto-Response-Suppress", "All")]))

    def auto(self, day: int, hm: str, body: str) -> Msg:
        """The customer's out-of-office answer to the previous (support) message."""
        n = len(self.msgs) + 1
        return self._add(Msg(key=self._key(n), case=self.name, role="auto", client=self.client,
                             frm=self.customer, to=self.msgs[-1].frm,
                             subject="Automatic reply: " + self.msgs[-1].subject,
                             date=at(day, hm, self.tz), body=body.rstrip("\n") + "\n",
                             parent=self._key(n - 1),
                             extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]))


CASES: list[Case] = []


def case(name: str, lang: str, status: str, rules: dict[str, int], customer: str, client: str,
         subject: str, story: str, tz: int = UK) -> Case:
    """Register a new labelled case."""
    c = Case(name, lang, status, rules, customer, client, subject, story, tz)
    CASES.append(c)
    return c


def png_photo() -> bytes:
    """A small photo-like PNG (a crushed brown pallet corner on grey)."""
    return mailcraft.png(16, 12, lambda x, y: (120, 84, 40) if x + y < 14 else (150, 150, 155))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

c = case("w01-trade-account-copper-pot", "en", "closed", {},
         "Tomasz Wrona <tomasz@copperpotbistro.example>", "gmail",
         "Trade account for our second site",
         "Three questions about a new trade account, answered in one paragraph out of order; thanks.")
c.cust(2, "09:14", """Hello,

We're opening a second site (The Copper Pot, 22 Lever Street, Manchester) in December
and would like to buy from you on account rather than by card.

Could you open a trade account for us? What are your payment terms for new accounts?
And is there a minimum order value for free delivery?

Company number and VAT number are below.

Thanks,
Tomasz Wrona
Head Chef & Co-owner, The Copper Pot
Company no. 10488213 | VAT GB 312 4471 09""", answered=3)
c.agent("nadia", 2, "11:40", """Hi Tomasz,

Free delivery starts at £150 ex VAT per drop; below that there's a £12.50 delivery
charge. New accounts run on 30 days from invoice once the credit check clears, which
usually takes a day. I've started the application for you - account number BT-20931 -
and the form to sign is here: https://brigadetrade.example/trade/apply?acc=BT-20931

Best wishes,""")
c.cust(3, "08:05", "Brilliant, signed and sent back. Thanks Nadia!", thanks_only=True)

c = case("w02-containers-billing-address", "en", "closed", {"unanswered-question": 1},
         "Grace Pennock <grace@saltandsails.example>", "outlook",
         "Kraft containers - price for 400",
         "Price and lid fit answered; the billing-address change asked in passing is ignored.")
c.cust(3, "10:02", """Hi,

We need to restock takeaway packaging before the half-term rush. What would 400 of the
750ml kraft containers cost, and do the lids from the 500ml range fit them too?

Also, please update our billing address to 14 Harbour Row, Whitby YO21 3PU - we moved
the office last month.

Many thanks
Grace Pennock
Salt & Sails Fish Bar""", answered=2,
       uq=["please update our billing address to 14 Harbour Row, Whitby YO21 3PU"])
c.agent("owen", 3, "13:30", """Hi Grace,

400 x 750ml kraft containers come to £96.00 ex VAT (8 sleeves of 50 at £12.00). The
500ml lids won't fit, I'm afraid - the 750ml has a wider rim, so you'd need the KL-750
lids at £4.10 per 50.

If you order by 3pm tomorrow I can put both on Thursday's van.""")
c.cust(3, "14:10", "Perfect, order placed on the portal. Thanks Owen.", thanks_only=True)

c = case("w03-damaged-pallet-glassware", "en", "pending",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Ben Okoro <ben.okoro@thegranaryhotel.example>", "gmail",
         "Damaged pallet - order SO-88412",
         "Crushed pallet; replacements answered, the claim promised 'by Thursday' only comes after a chase.")
c.cust(10, "08:20", """Morning,

This morning's delivery (order SO-88412) arrived with the pallet crushed on one corner -
photo attached. 36 of the Hi-ball tumblers are broken, the rest look fine. Can you send
replacements for the broken tumblers before our Saturday wedding? We need them by Friday
at the latest.

I signed the driver's sheet as "damaged".

Ben Okoro
F&B Manager, The Granary Hotel""", answered=1, attach=[("image/png", "pallet.png", png_photo())])
c.agent("owen", 10, "10:05", """Hi Ben,

Sorry about that. 36 replacement Hi-ball tumblers are booked on tomorrow's van
(Wednesday, AM slot) at no charge.

For the pallet itself I'll check with the haulier and get back to you by Thursday about
the claim and the credit for the damaged goods.""", promises=[(end_of(12), 4)])
c.cust(16, "09:12", """Hi Owen,

The tumblers arrived, thanks. Any news on the pallet claim? I haven't heard anything since
last Tuesday and our accounts team keeps asking about the credit.

Ben""", chase=True, answered=1)
c.agent("owen", 16, "15:40", """Hi Ben,

Apologies for the silence - the haulier has accepted the claim. Credit note CN-7712 for
£118.80 ex VAT is attached and will show on your next statement.""",
        attach=[("application/pdf", "CN-7712.pdf",
                 mailcraft.pdf(["Brigade Trade Supply - Credit note CN-7712",
                                "The Granary Hotel, order SO-88412", "GBP 118.80 ex VAT"]))])

c = case("w04-datenblatt-kombidaempfer", "de", "pending", {"unanswered-question": 1},
         "Markus Heller <m.heller@gasthaus-linde.example>", "outlook_de",
         "Ersatzdichtung Kombidämpfer CS-10",
         "Teilenummer und Preis beantwortet, das Datenblatt als PDF nicht.", tz=CET)
c.cust(16, "08:45", """Guten Morgen Frau Vogel,

an unserem Kombidämpfer CS-10 ist die Türdichtung undicht. Welche Artikelnummer hat die
passende Ersatzdichtung und was kostet sie?
Können Sie uns außerdem das Datenblatt des CS-10 als PDF schicken? Unser Techniker
braucht die Anschlusswerte.

Mit freundlichen Grüßen
Markus Heller
Küchenchef, Gasthaus zur Linde""", answered=1,
       uq=["Können Sie uns außerdem das Datenblatt des CS-10 als PDF schicken?"])
c.agent("katrin", 16, "11:20", """Guten Tag Herr Heller,

die Türdichtung für den CS-10 hat die Artikelnummer ET-CS10-044 und kostet 68,50 € netto.
Sie ist vorrätig; wenn Sie bis 14 Uhr bestellen, geht sie heute noch raus.

Viele Grüße""")

c = case("w05-livraison-brasserie", "fr", "closed", {},
         "Hélène Marchetti <helene@brasserie-lacloche.example>", "apple_fr",
         "Créneau de livraison le mardi",
         "Deux questions de livraison, réponses en ligne sous chaque question ; remerciements.", tz=CET)
c.cust(4, "07:50", """Bonjour,

Nous passons commande chaque semaine (compte BT-18820). Est-ce que vous pouvez livrer
avant 10h le mardi ? Je voudrais aussi savoir si le chauffeur peut monter les cartons au
premier étage, notre réserve est à l'étage.

Bien cordialement,
Hélène Marchetti
Brasserie La Cloche, Lyon""", answered=2)
c.agent("camille", 4, "09:30", """Bonjour Madame Marchetti,

Mes réponses sous vos questions :

> Est-ce que vous pouvez livrer avant 10h le mardi ?

Oui, le créneau 7h-9h30 est disponible le mardi pour Lyon. Je l'ai enregistré sur
votre compte.

> Je voudrais aussi savoir si le chauffeur peut monter les cartons au premier étage,
> notre réserve est à l'étage.

C'est possible jusqu'à 20 cartons par livraison ; au-delà, ils restent au rez-de-chaussée.

Bonne journée,""", quote=False)
c.cust(4, "10:05", "Parfait, merci beaucoup !", thanks_only=True)

c = case("w06-tarifa-sartenes", "es", "closed", {"unanswered-question": 1},
         "Lucía Ferrer <lucia@casaferrer-catering.example>", "gmail_es",
         "Tarifa mayorista 2027",
         "La tarifa llega como adjunto sin más; la pregunta del descuento por volumen queda sin respuesta.",
         tz=CET)
c.cust(5, "10:15", """Hola,

Somos una empresa de catering en Valencia y queremos renovar las sartenes antes de la
temporada de Navidad. ¿Me pueden enviar la lista de precios mayoristas de 2027?
¿Hacen descuento por volumen a partir de 50 unidades?

Un saludo,
Lucía Ferrer
Casa Ferrer Catering""", answered=1,
       uq=["¿Hacen descuento por volumen a partir de 50 unidades?"])
c.agent("javier", 5, "12:02", """Hola Lucía:

Adjunto la tarifa mayorista 2027 en PDF.

Saludos,""", attach=[("application/pdf", "tarifa-2027.pdf",
                       mailcraft.pdf(["Brigade Trade Supply - Tarifa mayorista 2027",
                                      "Sartenes, cazos, cubetas GN"]))])

c = case("w07-spec-sheet-range", "en", "pending", {},
         "Aaron Blake <aaron@emberandoak.example>", "apple",
         "Spec sheet - Brigade Pro 6-burner range",
         "Spec sheet, gas connection and width answered in one paragraph plus a PDF; thanks.")
c.cust(17, "16:30", """Hi there,

We're replacing the range in our kitchen in January. Do you have the spec sheet for the
Brigade Pro 6-burner range? What gas connection does it need? And how wide is it - will
it fit a 1200mm gap between the fryer and the wall?

Cheers,
Aaron
Ember & Oak""", answered=3)
c.agent("sam", 18, "09:10", """Hi Aaron,

Spec sheet attached. Short version: it's 1100mm wide, so it fits your 1200mm gap with
50mm either side for the side panels, and it takes a 3/4" BSP natural gas connection
(an LPG conversion kit is available).

Regards,""", attach=[("application/pdf", "BP6-spec.pdf",
                       mailcraft.pdf(["Brigade Pro 6-burner range", "W 1100 D 800 H 900 mm",
                                      "Gas: 3/4in BSP, 36 kW"]))])
c.cust(18, "09:40", "Great, that's everything I needed. Cheers Sam", thanks_only=True)

c = case("w08-fitout-quote-never-sent", "en", "closed", {"missed-follow-up": 1},
         "Nisha Rao <nisha.rao@spicetrail.example>", "outlook",
         "Quote for smallwares - new Leeds restaurant",
         "Installation answered; the quote promised 'by Monday' never arrives.")
c.cust(11, "09:05", """Hello,

We're fitting out our new restaurant in Leeds (opening 5 December). Could you quote for
the smallwares on the attached list - about 60 lines, mostly GN pans, utensils and
storage? Do you offer installation for the dishwasher as well, or just supply?

Kind regards,
Nisha Rao
Purchasing, Spice Trail Restaurants Ltd""", answered=2,
       attach=[("text/csv", "smallwares.csv",
                b"item,qty\nGN 1/1 65mm,40\nGN 1/2 100mm,30\nTongs 300mm,24\n")])
c.agent("nadia", 11, "11:30", """Hi Nisha,

Thanks for the list. We supply only - for installation our customers usually use
Northfield Catering Engineers, and I'm happy to pass on their details.

I'll put the quote together and send it over by Monday.""", promises=[(end_of(16), None)])

c = case("w09-credit-note-chased-twice", "en", "closed",
         {"customer-chased": 2, "slow-first-response": 1},
         "Fiona Gallagher <accounts@thedockkitchen.example>", "outlook",
         "Credit note for INV-40213",
         "A credit note request chased once and then resent as a new mail; answered after three days.")
c.cust(2, "09:30", """Hello,

Invoice INV-40213 charged us for 12 cases of cling film that were returned on
28 October (return note RN-5518 signed by your driver). Could you send the credit note
for the returned cases?

Regards,
Fiona Gallagher
Accounts, The Dock Kitchen""", answered=1)
c.cust(4, "10:15", """Hello,

Just following up on my email below - we still haven't received the credit note and our
month-end is on Friday.

Fiona""", chase=True)
c.cust(5, "16:20", """Hello,

Resending my request from Monday: invoice INV-40213 charged us for 12 cases of cling film
that were returned on 28 October (return note RN-5518). Please send the credit note for
the returned cases.

Fiona Gallagher
Accounts, The Dock Kitchen""", parent=None, subject="Credit note for INV-40213", chase=True)
c.agent("ruth", 5, "17:05", """Dear Fiona,

I'm sorry for the delay - our returns team was short-staffed this week. Credit note
CN-7690 for the 12 cases (£142.80 ex VAT) is attached and has been applied to your
account.""", attach=[("application/pdf", "CN-7690.pdf",
                      mailcraft.pdf(["Brigade Trade Supply - Credit note CN-7690",
                                     "The Dock Kitchen, INV-40213", "GBP 142.80 ex VAT"]))])
c.cust(6, "08:30", "Received, thank you.", thanks_only=True)

c = case("w10-boning-knives-reopened", "en", "pending",
         {"reopened": 1, "missed-follow-up": 1},
         "Daniel Sousa <daniel@tidewater-grill.example>", "gmail",
         "Missing boning knives - SO-88105",
         "Closed as resolved; eleven days later a chipped knife reopens it and the promised tracking number never comes.")
c.cust(6, "11:00", """Hi,

Order SO-88105 arrived without the 3 boning knives - the packing slip lists them. Are
they on back order or were they missed?

Daniel Sousa
Sous Chef, Tidewater Grill""", answered=1)
c.agent("owen", 6, "13:20", """Hi Daniel,

They were missed at packing, sorry. The three boning knives went out this afternoon by
courier and will be with you tomorrow morning. I'll mark this ticket as resolved.""",
        closes=True)
c.cust(17, "10:30", """Hi Owen,

The knives came, thanks - but one of them has a chipped blade straight out of the box.
Can you swap it?

Daniel""", answered=1)
c.agent("owen", 17, "14:00", """Hi Daniel,

Yes of course - please keep the chipped one, a replacement is being picked now. I'll
e-mail you the courier tracking number tomorrow once it's collected.""",
        promises=[(end_of(18), None)])

c = case("w11-spuelkorb-lager", "de", "closed", {},
         "Sabine Krüger <einkauf@hotel-seeblick.example>", "gmail_de",
         "Spülmaschinenkörbe SK-5050 lieferbar?",
         "Zusage 'melde mich morgen' am nächsten Tag eingehalten; Dank.", tz=CET)
c.cust(9, "08:10", """Hallo zusammen,

wir brauchen dringend 10 Spülmaschinenkörbe 50x50 (Art. SK-5050). Ist der Korb wieder
lieferbar? Im Shop steht seit zwei Wochen "nicht vorrätig".

Danke und Gruß
Sabine Krüger
Einkauf, Hotel Seeblick""", answered=1)
c.agent("katrin", 9, "10:00", """Hallo Frau Krüger,

ich kläre das mit unserem Lager und melde mich morgen bei Ihnen.""",
        promises=[(end_of(10, CET), 3)])
c.agent("katrin", 10, "09:15", """Hallo Frau Krüger,

gute Nachricht: Die Körbe SK-5050 kommen am Donnerstag wieder rein. Ich habe 10 Stück für
Sie reserviert, Lieferung am Freitag mit Ihrer normalen Tour.""")
c.cust(10, "09:40", "Super, vielen Dank!", thanks_only=True)

c = case("w12-duplicata-facture-relance", "fr", "open",
         {"customer-chased": 1, "awaiting-reply": 1},
         "Julien Morel <julien.morel@bistrot-dupont.example>", "apple_fr",
         "Duplicata facture FA-2026-1187",
         "Demande de duplicata sans réponse, relance cinq jours plus tard, toujours rien.", tz=CET)
c.cust(12, "15:20", """Bonjour,

Pourriez-vous m'envoyer un duplicata de la facture FA-2026-1187 ? Notre comptable ne la
trouve pas.

Merci,
Julien Morel
Bistrot Dupont, Bordeaux""")
c.cust(17, "09:05", """Bonjour,

Je me permets de vous relancer au sujet du duplicata de facture ci-dessous. Nous en
avons besoin pour clôturer le mois.

Cordialement,
Julien Morel""", chase=True)

c = case("w13-cubetas-evento", "es", "pending", {"unanswered-question": 2},
         "Rafael Domínguez <compras@eventos-albahaca.example>", "gmail_es",
         "Pedido 24 cubetas GN 1/1",
         "Solo se contesta la fecha de entrega; el pago a 60 días y la ficha técnica quedan sin respuesta.",
         tz=CET)
c.cust(17, "09:30", """Buenos días,

Queremos pedir 24 cubetas GN 1/1 de policarbonato para un evento grande en diciembre.
¿Pueden entregar el jueves 3 de diciembre por la mañana? ¿Aceptan pago a 60 días para este pedido?
Por favor, envíennos también la ficha técnica de las cubetas, la pide nuestro cliente.

Gracias de antemano,
Rafael Domínguez
Compras, Eventos Albahaca""", answered=1,
       uq=["¿Aceptan pago a 60 días para este pedido?",
           "Por favor, envíennos también la ficha técnica de las cubetas, la pide nuestro cliente."])
c.agent("javier", 17, "12:45", """Hola Rafael:

Sí, el jueves 3 de diciembre tenemos reparto en Madrid entre las 8 y las 11. Le he
reservado las 24 cubetas GN 1/1; solo falta que confirme el pedido en el portal.

Un saludo,""")

c = case("w14-hotel-slot-html", "en", "closed", {},
         "Margaret Holt <m.holt@riversidehotels.example>", "owa",
         "Delivery Friday 6 Nov - PO 5521-77",
         "HTML-only mail: slot confirmation and an added item, answered 'Confirmed' and 'done'.")
c.cust(4, "14:00", """Hello Owen,

Can you confirm our delivery slot for Friday 6 November between 7 and 9am at the
Riverside Quay hotel? Please add 2 cases of 450mm cling film to that order (PO 5521-77).

Margaret Holt
Group Purchasing Manager, Riverside Hotels""", answered=2, kind="html")
c.agent("owen", 4, "15:10", """Hi Margaret,

Confirmed: Friday 6 November, 7-9am, Riverside Quay. Cling film added - done. The
updated order confirmation comes from the system automatically.""")

c = case("w15-new-site-three-agents", "en", "closed", {"many-handoffs": 1},
         "Kwame Mensah <kwame@harbourstreetkitchen.example>", "gmail",
         "New delivery address - Harbour Street",
         "Three requests handled by three agents on the same day (a handoff kept at once); thanks.")
c.cust(2, "10:00", """Hi,

Three things for our new Harbour Street site: can you add it as a delivery address to
account BT-17345? Can the first delivery be on Monday 9 November? And could the invoices
for that site go to accounts@harbourstreetkitchen.example instead of me?

Thanks,
Kwame Mensah
Harbour Street Kitchen""", answered=3)
c.agent("nadia", 2, "11:15", """Hi Kwame,

The new address is on your account now (delivery point 2). I've asked Owen to confirm the
first delivery and Ruth to change the invoice e-mail - they'll be in touch today.""",
        promises=[(end_of(2), 3)])
c.agent("owen", 2, "13:40", """Hi Kwame,

Monday 9 November works - you're on the 6-8am round for Harbour Street.""")
c.agent("ruth", 2, "15:05", """Dear Kwame,

Done - invoices for delivery point 2 now go to accounts@harbourstreetkitchen.example.""")
c.cust(3, "08:00", "Great teamwork, thanks all!", thanks_only=True)

c = case("w16-blast-chiller-trays", "en", "pending", {"unanswered-question": 1},
         "Yusuf Demir <yusuf@anatoliagrill.example>", "thunderbird",
         "BC-5 blast chiller",
         "Lead time answered with price and performance; the tray-size question is not.")
c.cust(16, "14:20", """Hello,

We are looking at the BC-5 blast chiller. Does it take 1/1 GN trays, or only 600x400 bakery trays?
How long is the lead time at the moment?

Regards
Yusuf Demir
Anatolia Grill""", answered=1, uq=["Does it take 1/1 GN trays, or only 600x400 bakery trays?"])
c.agent("sam", 16, "16:05", """Hi Yusuf,

The BC-5 is in stock at the moment, so lead time is 2-3 working days. It's £2,450 ex VAT
including delivery and it chills 18 kg from +70 to +3 in 90 minutes.

Regards,""")

c = case("w17-chopping-boards-afterthought", "en", "closed", {"unanswered-question": 1},
         "Emma Clarke <emma@littlefig.example>", "iphone",
         "Order SO-88320 not arrived",
         "Late order sorted; the question in the 'all arrived' mail gets only a friendly sign-off.")
c.cust(9, "07:40", """Hi, our order SO-88320 hasnt arrived yet - it was due yesterday. Can you check where it is?
Emma

Sent from my iPhone""", answered=1)
c.agent("owen", 9, "08:30", """Hi Emma,

It was held at the depot because the van was full - it's on this morning's run and the
driver has you down for 10-11am.""")
c.cust(9, "12:10", """All arrived, thanks Owen. By the way, are the colour-coded chopping boards in that order dishwasher safe? The labels are only in Italian.
Emma

Sent from my iPhone""",
       uq=["are the colour-coded chopping boards in that order dishwasher safe?"])
c.agent("owen", 9, "13:00", """Hi Emma,

Great to hear it all arrived - have a good week!""")

c = case("w18-napkins-return-template", "en", "closed", {"unanswered-question": 2},
         "Peter Novak <peter@novakdeli.example>", "gmail",
         "Return of 6 cases of napkins",
         "A templated 'use the portal' reply that answers neither return question.")
c.cust(5, "09:00", """Hello,

We ordered 6 cases of white 3-ply napkins by mistake (we wanted the black ones, order
SO-88190). They're unopened. Can we return the 6 cases?
Would you refund to card or issue a credit note?

Peter Novak
Novak's Deli""", uq=["Can we return the 6 cases?",
                     "Would you refund to card or issue a credit note?"])
c.agent("owen", 5, "10:30", """Dear Customer,

Thank you for contacting Brigade Trade Supply. To add items to an order or change a
delivery slot, please use the trade portal at
https://brigadetrade.example/portal?tab=orders - changes made before 2pm are included in
the next day's delivery.

We appreciate your business.""")

c = case("w19-stockpot-no-deadline", "en", "closed", {"missed-follow-up": 1},
         "Olivia Hart <olivia@parkgatecafe.example>", "outlook",
         "SP-20 stock pot back in stock?",
         "'Let me check with the warehouse and I'll come back to you' - no deadline, never kept.")
c.cust(10, "11:00", """Hi,

Is the 20L stock pot (SP-20) coming back into stock before Christmas? We need two.

Olivia Hart
Parkgate Café""", answered=1)
c.agent("owen", 10, "12:30", """Hi Olivia,

Good question - let me check with the warehouse and I'll come back to you.""",
        promises=[(at(10, "12:30") + timedelta(days=2), None)])

c = case("w20-price-list-next-week", "en", "pending", {},
         "Harriet Lowe <harriet.lowe@fenwickcatering.example>", "outlook",
         "2027 price list",
         "A promise 'by Tuesday 24 November' whose deadline is still ahead at audit time.")
c.cust(19, "09:00", """Hi Nadia,

Could you send us the revised price list for 2027 when it's ready? We're setting menu
prices for January.

Thanks
Harriet""", answered=1)
c.agent("nadia", 19, "10:20", """Hi Harriet,

The 2027 list is being signed off this week - I'll send it to you by Tuesday
24 November.""", promises=[(end_of(24), None)])

c = case("w21-afternoon-slot-colleague", "en", "closed", {},
         "George Whitfield <george@thequaybar.example>", "gmail",
         "Afternoon delivery slot on Thursdays",
         "Owen promises an answer by tomorrow; Nadia delivers it the next morning; thanks.")
c.cust(9, "15:00", """Hi,

Can we have a late delivery slot (after 2pm) on Thursdays from now on? Mornings are chaos
with our brunch service.

George Whitfield
The Quay Bar""", answered=1)
c.agent("owen", 9, "16:10", """Hi George,

I need to check the afternoon routes with our transport planner - I'll get back to you by
tomorrow.""", promises=[(end_of(10), 3)])
c.agent("nadia", 10, "10:30", """Hi George,

Owen is out today, so I've picked this up: yes, from Thursday 12 November you're on the
2-4pm route.""")
c.cust(10, "11:00", "Perfect, cheers Nadia.", thanks_only=True)

c = case("w22-rear-entrance-logistics", "en", "closed", {},
         "Amira Haddad <amira@cedarhouse-restaurant.example>", "apple",
         "Delivery tomorrow - rear entrance",
         "Two delivery questions answered with logistics statements (driver calls ahead), not promises.")
c.cust(11, "10:00", """Hello,

Our kitchen entrance is at the back on Mill Lane, not the front door. Could the driver
use that entrance tomorrow? Also, does the driver need someone to sign, or can he leave
it if we're closed?

Amira Haddad
Cedar House""", answered=2)
c.agent("owen", 11, "11:30", """Hi Amira,

I've added "rear entrance, Mill Lane" to your delivery notes. The driver will call
30 minutes before arrival. Chilled goods always need a signature, so someone will need to
be there - ambient goods he can leave in a safe place if you tell us where.""")

c = case("w23-standing-order-offer", "en", "pending", {},
         "Tom Brennan <tom@brennansbakery.example>", "thunderbird",
         "Same order every week",
         "A conditional offer to set up a standing order; the customer will think about it.")
c.cust(16, "10:00", """Hi,

We order the same 10 sacks of flour and 4 cases of baking parchment every week. Is there
a way to make that automatic?

Tom Brennan
Brennan's Bakery""", answered=1)
c.agent("nadia", 16, "11:00", """Hi Tom,

Yes - that's a standing order. If you'd like one, just reply with the day you want it
delivered and I'll set it up; you can pause it any time in the portal.""")
c.cust(16, "12:00", "Thanks Nadia, we'll have a think and let you know.", thanks_only=True)

c = case("w24-pizza-station-ack", "en", "pending", {},
         "Rosa Bianchi <rosa@trattoriabianchi.example>", "gmail",
         "First order - pizza station",
         "Helpdesk acknowledgement, then a human answer with a process description.")
c.cust(18, "07:30", """Hello,

We'd like to place our first order for the new pizza station: 4 perforated pizza peels
and 20 aluminium pizza trays (33cm). What's the cut-off time for next-day delivery to
Sheffield?

Rosa Bianchi
Trattoria Bianchi""", answered=1)
c.ack(18, "07:31", "BT-64012")
c.agent("owen", 18, "09:45", """Hi Rosa,

Orders placed by 2pm are delivered the next working day in Sheffield. Once you place the
order, you'll get a confirmation e-mail with your delivery slot. Both the peels and the
33cm trays are in stock.""", parent=1)

c = case("w25-room-service-trays-fresh", "en", "open", {},
         "Ian McAllister <ian@glenrosslodge.example>", "outlook",
         "Quote - room-service trays and cloches",
         "A quote request this morning, still inside the response target.")
c.cust(20, "10:15", """Hello,

Could you quote for 30 room-service trays and 60 cloches (stainless, 26cm)? We need them
by mid-December.

Ian McAllister
Glenross Lodge""")

c = case("w26-gloves-slow-answer", "en", "closed", {"slow-first-response": 1},
         "Chloe Martin <chloe@saltwaterkitchen.example>", "gmail",
         "Standard vs heavy-duty nitrile gloves",
         "Both questions answered well, but after 30 hours.")
c.cust(9, "08:00", """Hi,

What's the difference between your standard and heavy-duty nitrile gloves? Which would
you recommend for a busy fish prep section?

Chloe Martin
Saltwater Kitchen""", answered=2)
c.agent("sam", 10, "14:30", """Hi Chloe,

Sorry for the slow reply. The heavy-duty ones are 0.2mm thick instead of 0.1mm and have
a textured grip - for filleting and scaling I'd go heavy-duty, the standard ones tear on
fins.""")

c = case("w27-kuehlschrank-delle", "de", "closed",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Jens Albrecht <jens.albrecht@brauhaus-albrecht.example>", "thunderbird_de",
         "Kühlschrank RF-700 beschädigt geliefert",
         "'Melde mich morgen' erst nach vier Tagen und einer Nachfrage eingelöst.", tz=CET)
c.cust(9, "09:00", """Hallo Frau Vogel,

der heute gelieferte Kühlschrank RF-700 hat eine große Delle in der Seitenwand, der
Fahrer hat das auf dem Lieferschein vermerkt. Können Sie das Gerät austauschen oder
bekommen wir eine Gutschrift?

Viele Grüße
Jens Albrecht
Brauhaus Albrecht""", answered=1)
c.agent("katrin", 9, "11:00", """Hallo Herr Albrecht,

das tut mir leid. Ich spreche mit der Spedition und melde mich morgen bei Ihnen.""",
        promises=[(end_of(10, CET), 4)])
c.cust(13, "08:30", """Hallo Frau Vogel,

gibt es schon etwas Neues wegen des Kühlschranks? Ich warte immer noch auf eine Antwort.

Gruß
Jens Albrecht""", chase=True, answered=1)
c.agent("katrin", 13, "10:00", """Hallo Herr Albrecht,

entschuldigen Sie die Verzögerung. Wir tauschen das Gerät aus: Der neue RF-700 kommt am
Dienstag, 17. November, und der Fahrer nimmt den beschädigten gleich mit.""")

c = case("w28-kantine-inline", "de", "closed", {"unanswered-question": 1},
         "Petra Sommer <p.sommer@kantine-nordwerk.example>", "thunderbird_de",
         "Fragen zum Angebot AN-5521",
         "Drei nummerierte Fragen, zwei inline beantwortet, die dritte (zweiter Standort) übergangen.",
         tz=CET)
c.cust(5, "13:00", """Guten Tag,

wir betreiben eine Betriebskantine mit 400 Essen am Tag und haben drei Fragen zu Ihrem
Angebot AN-5521:

1. Gilt der Rahmenpreis für Einweghandschuhe auch, wenn wir monatlich statt wöchentlich
abrufen?
2. Können Sie die Ware palettiert anliefern?
3. Wäre auch eine Lieferung an unseren zweiten Standort in Bremen möglich?

Mit freundlichen Grüßen
Petra Sommer
Kantinenleitung, Nordwerk GmbH""", answered=2,
       uq=["Wäre auch eine Lieferung an unseren zweiten Standort in Bremen möglich?"])
c.agent("katrin", 5, "15:30", """Guten Tag Frau Sommer,

Am 05.11.26 um 13:00 schrieb Petra Sommer:
> 1. Gilt der Rahmenpreis für Einweghandschuhe auch, wenn wir monatlich statt
> wöchentlich abrufen?

Ja, der Preis gilt für die Jahresmenge, egal in welchem Rhythmus Sie abrufen.

> 2. Können Sie die Ware palettiert anliefern?

Ja, ab 20 Kartons liefern wir auf Euro-Palette.

Freundliche Grüße""", quote=False)

c = case("w29-backpapier-ja", "de", "closed", {},
         "Thomas Brandl <t.brandl@alpenhof-kitzbuehel.example>", "outlook_de",
         "Bestellung BS-30412 ergänzen",
         "Eine kurze Frage, beantwortet mit einem knappen 'Ja'; Dank.", tz=CET)
c.cust(3, "09:00", """Hallo Frau Vogel,

kurze Frage: Können wir die Bestellung BS-30412 noch um 2 Kartons Backpapier ergänzen,
bevor sie morgen rausgeht?

Danke und Grüße
Thomas Brandl
Alpenhof""", answered=1)
c.agent("katrin", 3, "09:20", "Ja, ist ergänzt.")
c.cust(3, "09:25", "Danke!", thanks_only=True)

c = case("w30-four-mixte-technique", "fr", "closed",
         {"missed-follow-up": 1, "unanswered-question": 1},
         "Antoine Lefèvre <antoine@lemarronnier.example>", "apple_fr",
         "Four mixte FM-6 - erreur E34",
         "Panne renvoyée au service technique avec promesse 'd'ici jeudi' jamais tenue ; le changement d'adresse de facturation est ignoré.",
         tz=CET)
c.cust(9, "10:00", """Bonjour Camille,

Notre four mixte FM-6 ne monte plus en température depuis ce matin (erreur E34 affichée).
Il est sous garantie, acheté chez vous en mars. Que devons-nous faire ?

Par ailleurs, pouvez-vous mettre à jour l'adresse e-mail de facturation :
compta@lemarronnier.example ?

Merci,
Antoine Lefèvre
Restaurant Le Marronnier, Nantes""", answered=1,
       uq=["pouvez-vous mettre à jour l'adresse e-mail de facturation"])
c.agent("camille", 9, "11:30", """Bonjour Antoine,

Désolée pour ce souci. L'erreur E34 concerne en général la sonde de température. Je
transmets votre dossier à notre service technique et je reviens vers vous d'ici jeudi avec
une date d'intervention.

Bien à vous,""", promises=[(end_of(12, CET), None)])

c = case("w31-devis-verres", "fr", "closed", {},
         "Sophie Garnier <s.garnier@traiteur-garnier.example>", "outlook",
         "Devis 300 verres à vin",
         "Devis en pièce jointe et délai de livraison ; remerciements.", tz=CET)
c.cust(6, "09:00", """Bonjour,

Nous sommes traiteur à Lille. Pourriez-vous nous faire un devis pour 300 verres à vin
empilables ? Quel est le délai de livraison ?

Cordialement,
Sophie Garnier
Traiteur Garnier""", answered=2)
c.agent("camille", 6, "10:30", """Bonjour Madame Garnier,

Vous trouverez le devis DV-2026-331 en pièce jointe : 300 verres empilables Stacko 25 cl
à 1,38 € HT pièce. Livraison sous 3 jours ouvrés à Lille.

Cordialement,""", attach=[("application/pdf", "DV-2026-331.pdf",
                           mailcraft.pdf(["Devis DV-2026-331", "300 verres Stacko 25 cl",
                                          "1,38 EUR HT / piece"]))])
c.cust(6, "11:00", "Merci pour la rapidité !", thanks_only=True)

c = case("w32-conditions-paiement-relance", "fr", "closed",
         {"customer-chased": 1, "slow-first-response": 1},
         "Marc Fontaine <marc@aubergefontaine.example>", "apple_fr",
         "Conditions de paiement compte pro",
         "Question restée deux jours sans réponse, relance, puis réponse avec excuses.", tz=CET)
c.cust(10, "08:00", """Bonjour,

Nous n'avons toujours pas reçu les conditions de paiement de notre compte pro (ouvert le
2 novembre). Quelles sont-elles ? 30 ou 45 jours ?

Marc Fontaine
Auberge Fontaine""", answered=1)
c.cust(12, "08:30", """Bonjour,

Toujours pas de réponse à mon message ci-dessous... Pouvez-vous me répondre s'il vous
plaît ?

Marc Fontaine""", chase=True, answered=1)
c.agent("camille", 12, "10:00", """Bonjour Monsieur Fontaine,

Toutes mes excuses pour ce retard. Votre compte est à 30 jours fin de mois, par virement ;
la confirmation écrite est jointe.

Cordialement,""", attach=[("application/pdf", "conditions.pdf",
                           mailcraft.pdf(["Auberge Fontaine - compte pro",
                                          "Paiement : 30 jours fin de mois, virement"]))])

c = case("w33-aceite-reabierto", "es", "pending", {"reopened": 1},
         "Carmen Vidal <carmen@bar-elfaro.example>", "gmail_es",
         "Faltan botellas de aceite - PE-22871",
         "Incidencia cerrada; trece días después la clienta vuelve con un cobro doble, que se resuelve.",
         tz=CET)
c.cust(3, "12:00", """Hola,

El pedido PE-22871 llegó sin las 6 botellas de aceite para freidora. ¿Las pueden mandar
con el próximo reparto?

Carmen Vidal
Bar El Faro""", answered=1)
c.agent("javier", 3, "13:30", """Hola Carmen:

Sí, van con el reparto del jueves. Doy por cerrada la incidencia.

Saludos,""", closes=True)
c.cust(16, "10:00", """Hola Javier,

Perdona que vuelva a escribir por aquí: el aceite llegó, pero ahora nos han cobrado dos
veces el reparto del jueves en la factura FV-9120. ¿Lo pueden revisar?

Carmen""", answered=1)
c.agent("javier", 16, "12:00", """Hola Carmen:

Tienes razón, es un error nuestro. Te hemos emitido un abono de 12,50 € que verás en la
próxima factura.

Saludos,""")

c = case("w34-abono-vasos-sin-respuesta", "es", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Álvaro Ruiz <alvaro.ruiz@hostal-lamar.example>", "gmail_es",
         "Abono factura FV-9088",
         "'Le escribo el lunes' no se cumple; el cliente pregunta si hay novedad y sigue esperando.",
         tz=CET)
c.cust(12, "09:00", """Buenos días,

En la factura FV-9088 nos han cobrado 4 cajas de vasos que llegaron rotas (lo anotó el
repartidor). ¿Me pueden hacer el abono?

Álvaro Ruiz
Hostal La Mar""", answered=1)
c.agent("javier", 12, "11:00", """Buenos días Álvaro:

Lo reviso con contabilidad y le escribo el lunes.

Saludos,""", promises=[(end_of(16, CET), None)])
c.cust(18, "09:30", """Hola Javier,

¿Hay alguna novedad? Sigo esperando el abono de las 4 cajas.

Álvaro""", chase=True)

c = case("w35-cuchilla-cortadora", "es", "closed", {"unanswered-question": 1},
         "Nuria Gómez <nuria@charcuteria-gomez.example>", "outlook",
         "Cuchilla de repuesto CF-300",
         "Se confirma la cuchilla y su precio; el coste del envío a Mallorca no se contesta.", tz=CET)
c.cust(4, "10:00", """Hola,

¿Tienen la cuchilla de repuesto para la cortadora CF-300? ¿Cuánto cuesta el envío a Mallorca?

Gracias,
Nuria Gómez
Charcutería Gómez, Palma""", answered=1, uq=["¿Cuánto cuesta el envío a Mallorca?"])
c.agent("javier", 4, "12:00", """Hola Nuria:

Sí, la cuchilla CF-300-B está en stock: 89 € + IVA. Puede pedirla en el portal con el
código CF-300-B.

Saludos,""")

c = case("w36-cups-non-questions", "en", "pending", {},
         "Lauren Hughes <lauren@thegreenfork.example>", "gmail",
         "Extra cups on Thursday",
         "A pleasantry, a rhetorical outburst, a self-answered question and a ?-URL signature around one real request.")
c.cust(17, "09:00", """Hi Owen,

Hope you had a good weekend!

Today's pallet was labelled for the wrong restaurant again - how hard can it be to print
the right name on a pallet?! Everything was there though, so no harm done.

Where do I find the lot number on the cup boxes for our allergen log? Never mind, just
found it on the side panel.

Could you send 2 extra cases of the 12oz compostable cups with Thursday's delivery?

Lauren Hughes
Operations, The Green Fork
Hungry? See our winter menu: https://thegreenfork.example/menu?season=winter&lang=en""",
       answered=1)
c.agent("owen", 17, "10:30", """Hi Lauren,

Apologies for the label mix-up - I've raised it with the warehouse team. Two extra cases
of 12oz cups are on Thursday's delivery.""")

c = case("w37-fryer-knob-serial", "en", "closed", {},
         "Mike Grant <mike@grantsfishandchips.example>", "thunderbird",
         "Fryer thermostat knob",
         "Support asks for the serial number; the customer answers under the quoted question; part found.")
c.cust(4, "08:00", """Hi,

Our fryer's thermostat knob snapped off. Do you stock a replacement?

Mike Grant
Grant's Fish & Chips""", answered=1)
c.agent("sam", 4, "09:00", """Hi Mike,

Probably - the knob differs between models. Could you send me the model and serial
number from the plate on the back of the fryer?""")
c.cust(4, "09:40", """Hi Sam,

It's an FR-2 twin tank, serial FR2-19-04417.

Mike""")
c.agent("sam", 4, "10:15", """Thanks Mike - that's knob KN-FR2, £7.80 ex VAT, in stock. Order it on the
portal before 2pm and it goes out today.""")

c = case("w38-forwarded-confirmation", "en", "closed", {},
         "Hannah Price <hannah@orchardtearooms.example>", "outlook",
         "FW: Your order confirmation SO-88233",
         "A forwarded order confirmation full of boilerplate questions; the one real request is done.")
c.cust(5, "11:00", """Hi,

See below - the confirmation says 12 boxes of scone cases but we ordered 12 boxes of the
large muffin cases. Can you correct the order before it's picked?

Hannah Price
Orchard Tea Rooms

________________________________
From: Brigade Trade Supply <noreply@brigadetrade.example>
Sent: Thursday, November 5, 2026 8:02 AM
To: Hannah Price <hannah@orchardtearooms.example>
Subject: Your order confirmation SO-88233

Thank you for your order!

12 x Scone cases, white (box of 500)
Delivery: Monday 9 November, 8-10am

Questions about your order? Reply to this e-mail or call 0161 555 0100.
Want to change your delivery slot? Visit https://brigadetrade.example/slots?order=SO-88233""",
       answered=1)
c.agent("owen", 5, "12:00", """Hi Hannah,

Corrected - SO-88233 now has 12 boxes of large muffin cases (tulip, brown) instead of the
scone cases. Delivery slot unchanged.""")

c = case("w39-gloves-partial-price", "en", "closed", {},
         "Dev Kapoor <dev@kapoorsbanquets.example>", "gmail",
         "Trade price nitrile gloves",
         "Asked for two price breaks, given one and told to ask for a quote on the other (partial answer counts).")
c.cust(6, "14:00", """Hello,

What's your trade price for blue nitrile gloves per case, at 20 cases and at 50 cases?
We go through a lot in wedding season.

Dev Kapoor
Kapoor's Banqueting""", answered=1)
c.agent("nadia", 6, "15:00", """Hi Dev,

At 20 cases the blue nitrile gloves (size M/L, 10 boxes of 100 per case) are £31.50 per
case ex VAT. For volumes like 50 cases we can usually do better - ask for a quote when
you're ready to order.

Best wishes,""")

c = case("w40-induction-crossed-mails", "en", "pending", {"customer-chased": 1},
         "Ruby Adeyemi <ruby@peppersoup.example>", "gmail",
         "SP-40 stockpot on induction?",
         "The answer and the customer's 'did you get my question?' cross in the mail.")
c.cust(16, "09:00", """Hi,

Is the 40L stockpot (SP-40) induction compatible? We're switching the whole line to
induction next month.

Ruby Adeyemi
Pepper Soup Kitchen""", answered=1)
c.agent("sam", 16, "11:00", """Hi Ruby,

Yes - the SP-40 has an encapsulated ferritic base and works on all commercial induction
hobs up to 5kW.""")
c.cust(16, "11:20", """Hi again,

Just checking you got my question below about the SP-40 and induction? We need to order
by Wednesday.

Ruby""", parent=1, chase=True, answered=1)
c.agent("sam", 16, "11:45", """Hi Ruby,

Our mails crossed - yes, it's induction compatible (see my reply from 11:00).""")

c = case("w41-corrected-invoice-early-next-week", "en", "pending", {},
         "Simon Parry <simon@parrysbutchers.example>", "outlook",
         "INV-41020 wrong price for vacuum bags",
         "'Early next week' said on Thursday, kept on Monday with the corrected invoice.")
c.cust(12, "09:00", """Hello Ruth,

Invoice INV-41020 has the vacuum bags at the old price (£18.20) instead of the agreed
£16.40 per box. Please send a corrected invoice.

Simon Parry
Parry's Butchers & Deli""", answered=1)
c.agent("ruth", 12, "11:00", """Dear Simon,

You're right, the new price wasn't loaded in time. I'll send the corrected invoice early
next week once this month's price file is updated.""", promises=[(end_of(17), 3)])
c.agent("ruth", 16, "10:00", """Dear Simon,

As promised, corrected invoice INV-41020-A is attached (vacuum bags at £16.40 per box).""",
        attach=[("application/pdf", "INV-41020-A.pdf",
                 mailcraft.pdf(["Brigade Trade Supply - Invoice INV-41020-A",
                                "Vacuum bags 200x300, GBP 16.40 per box"]))])

c = case("w42-statement-out-of-office", "en", "pending", {},
         "Patrick Doyle <patrick@doylescatering.example>", "outlook",
         "October statement",
         "Statement sent at once; the customer's out-of-office answers it.")
c.cust(18, "08:00", """Hi,

Please can you send me a copy of our October statement? I can't find it in the portal.

Patrick Doyle
Doyle's Catering""", answered=1)
c.agent("ruth", 18, "10:00", """Dear Patrick,

Your October statement is attached. In the portal it's under Account > Documents >
Statements.""", attach=[("application/pdf", "statement-oct.pdf",
                         mailcraft.pdf(["Doyle's Catering - statement October 2026",
                                        "Balance GBP 2,310.55"]))])
c.auto(18, "10:01", """I'm out of the office until Monday 23 November with limited access to e-mail.
For urgent orders please contact kitchen@doylescatering.example.

Patrick Doyle""")

c = case("w43-bulk-order-two-hubs", "en", "pending", {"unanswered-question": 2},
         "Sarah Whitmore <s.whitmore@northernplates.example>", "outlook",
         "Consolidated purchasing from January",
         "Long mail with three requests; only the split delivery is answered.")
c.cust(17, "14:00", """Hi Nadia,

We're consolidating purchasing for all five Northern Plates restaurants from January and
I'd like to get a few things sorted before I send the first bulk order (roughly 3 pallets
a month of disposables and cleaning chemicals).

Could you split each delivery across our two hubs in Leeds and York?
Can you hold the 2026 prices until the end of January?
Please confirm whether the pallets will be shrink-wrapped - our York hub has an open loading bay.

Looking forward to working with you.

Sarah Whitmore
Head of Purchasing, Northern Plates Group""", answered=1,
       uq=["Can you hold the 2026 prices until the end of January?",
           "Please confirm whether the pallets will be shrink-wrapped"])
c.agent("nadia", 17, "16:00", """Hi Sarah,

Thanks for choosing us for the consolidation. Splitting deliveries is no problem: each
monthly order can be split across Leeds and York at no extra cost, as long as each drop
is over £150. I've set both hubs up as delivery points on your account.

Best wishes,""")

c = case("w44-delivery-time-android", "en", "pending", {"unanswered-question": 1},
         "Mo Iqbal <mo@saffronlounge.example>", "android",
         "Delivery on the 18th",
         "Asked to move the delivery to the afternoon; the reply only confirms the morning slot.")
c.cust(16, "08:00", """Hi, can the delivery on the 18th come after 2pm instead of the morning? Our chef is off till lunchtime that day.
Thanks
Mo Iqbal - Saffron Lounge

Get Outlook for Android""",
       uq=["can the delivery on the 18th come after 2pm instead of the morning?"])
c.agent("owen", 16, "09:30", """Hi Mo,

Your delivery on Wednesday 18 November is confirmed - order SO-88701, 14 items, 6-8am
slot.""")

c = case("w45-payment-terms-45-days", "en", "closed", {"unanswered-question": 1},
         "Keith Armstrong <keith@armstrongcontract.example>", "thunderbird",
         "Statement and payment terms",
         "The statement is sent; the request for 45-day terms is passed over.")
c.cust(13, "09:00", """Dear Ruth,

Please send us a statement of account for October - our auditors need it.

While I'm writing: we've been trading with you for three years now and spend around £8k
a month. Could we move from 30 to 45 days payment terms from January? It would help our
cash flow over the quiet months.

Kind regards,
Keith Armstrong
Finance Director, Armstrong Contract Catering""", answered=1,
       uq=["Could we move from 30 to 45 days payment terms from January?"])
c.agent("ruth", 13, "09:40", """Dear Keith,

Please find the October statement attached; it shows a balance of £7,912.40, all within
terms.""", attach=[("application/pdf", "statement-oct-armstrong.pdf",
                    mailcraft.pdf(["Armstrong Contract Catering - statement October 2026",
                                   "Balance GBP 7,912.40"]))])

c = case("w46-rechnungen-neue-adresse", "de", "closed", {"unanswered-question": 1},
         "Claudia Neumann <c.neumann@kochwerk-hamburg.example>", "gmail_de",
         "Bestellung BS-30588 verschieben",
         "Die Lieferverschiebung wird erledigt, die neue Rechnungsadresse nebenbei nicht.", tz=CET)
c.cust(10, "09:00", """Hallo Frau Vogel,

bitte liefern Sie die Bestellung BS-30588 nicht am Mittwoch, sondern erst am Freitag -
wir haben Mittwoch geschlossen.
Bitte schicken Sie uns künftig die Rechnungen an rechnung@kochwerk-hamburg.example statt an mich.

Danke!
Claudia Neumann
Kochwerk Hamburg""", answered=1,
       uq=["Bitte schicken Sie uns künftig die Rechnungen an rechnung@kochwerk-hamburg.example statt an mich."])
c.agent("katrin", 10, "10:30", """Hallo Frau Neumann,

erledigt: BS-30588 wird jetzt am Freitag, 13. November, zwischen 8 und 10 Uhr geliefert.

Viele Grüße""")

c = case("w47-assiettes-micro-ondes", "fr", "pending", {"unanswered-question": 1},
         "Isabelle Perrin <isabelle@cantine-perrin.example>", "outlook",
         "Devis 200 assiettes Bistro",
         "Devis envoyé ; la question micro-ondes reste sans réponse (message HTML et texte).", tz=CET)
c.cust(16, "10:00", """Bonjour,

Pourriez-vous nous envoyer un devis pour 200 assiettes plates 27 cm (gamme Bistro) ?
Est-ce que ces assiettes passent au micro-ondes ?

Merci d'avance,
Isabelle Perrin
Cantine Perrin, Grenoble""", answered=1, kind="alt",
       uq=["Est-ce que ces assiettes passent au micro-ondes ?"])
c.agent("camille", 16, "14:00", """Bonjour Madame Perrin,

Voici le devis DV-2026-347 : 200 assiettes plates Bistro 27 cm à 2,95 € HT pièce,
livraison offerte.

Bien cordialement,""", attach=[("application/pdf", "DV-2026-347.pdf",
                                mailcraft.pdf(["Devis DV-2026-347", "200 assiettes Bistro 27 cm",
                                               "2,95 EUR HT / piece"]))])

c = case("w48-abatidor-spanglish", "es", "pending", {"unanswered-question": 1},
         "Pablo Serrano <pablo@tapasbarserrano.example>", "gmail_es",
         "Abatidor BC-5 - voltaje",
         "Mensaje mezclado español/inglés: se contesta el voltaje, no el folleto en inglés.", tz=CET)
c.cust(17, "11:00", """Hola Javier,

Te escribo en spanglish, sorry - our new head chef is from London and he asked me to
check: ¿el abatidor BC-5 funciona a 230V monofásico?
Y también, ¿nos podéis enviar un folleto en inglés para él?

Gracias!
Pablo Serrano
Tapas Bar Serrano, Barcelona""", answered=1,
       uq=["¿nos podéis enviar un folleto en inglés para él?"])
c.agent("javier", 17, "13:00", """Hola Pablo:

Sí, el BC-5 funciona a 230 V monofásico con un enchufe normal de 16 A, no necesita
instalación trifásica.

Saludos,""")

c = case("w49-fridge-hinge", "en", "pending",
         {"unanswered-question": 2, "missed-follow-up": 1},
         "Gary Lewis <gary@lewisandsonbakers.example>", "thunderbird",
         "RF-700 door hinge cracked",
         "Part number given; the stock check promised by end of day comes next morning; diagram and warranty never answered.")
c.cust(17, "08:30", """Hi Sam,

The door hinge on our RF-700 fridge has cracked and the door drops. What's the part
number for the top hinge?
Can you also send an exploded diagram so our maintenance guy can see how it goes together?
And is the hinge covered under warranty - the fridge is only 10 months old?

Gary Lewis
Lewis & Son Bakers""", answered=1,
       uq=["Can you also send an exploded diagram so our maintenance guy can see how it goes together?",
           "is the hinge covered under warranty - the fridge is only 10 months old?"])
c.agent("sam", 17, "10:00", """Hi Gary,

The top hinge is part HG-RF700-T. I'll check whether we have it in stock and e-mail you
by end of day.""", promises=[(end_of(17), 3)])
c.agent("sam", 18, "09:30", """Hi Gary,

HG-RF700-T is in stock - £24.60 ex VAT. Order it on the portal and it ships the same
day.""")

c = case("w50-pizza-boxes-iphone", "en", "closed", {"unanswered-question": 1},
         "Jack Turner <jack@turnerspizza.example>", "iphone",
         "12 inch pizza boxes",
         "Short iPhone mail: the colour question is answered, the sample request is not.")
c.cust(5, "18:00", """Hi - do you do the 12 inch pizza boxes in brown kraft aswell as white? And can you send a sample of each before we order 5000?
Jack

Sent from my iPhone""", answered=1,
       uq=["can you send a sample of each before we order 5000?"])
c.agent("owen", 6, "08:30", """Hi Jack,

Yes, the 12" boxes come in brown kraft (PB-12K) and white (PB-12W), same price: £68 per
100 ex VAT.""")

c = case("w51-double-charge-colleague", "en", "closed", {"missed-follow-up": 1},
         "Laura Mitchell <laura@mitchellsbistro.example>", "gmail",
         "Charged twice for SO-88455",
         "'She'll be in touch about the refund' - credit control never writes.")
c.cust(10, "09:30", """Hi,

We were charged twice for order SO-88455 - once by card on the portal and again on our
account invoice INV-40977. Could you refund the card payment?

Laura Mitchell
Mitchell's Bistro""", answered=1)
c.agent("owen", 10, "11:00", """Hi Laura,

Sorry about that - I can see both payments. I've passed this to Ruth in credit control;
she'll be in touch about the refund.""",
        promises=[(at(10, "11:00") + timedelta(days=2), None)])

c = case("w52-chafing-dishes-angebot", "de", "closed", {"missed-follow-up": 1},
         "Stefan Roth <s.roth@hotel-roth-muenchen.example>", "outlook_de",
         "Angebot Chafing Dishes",
         "Angebot 'bis Freitag' zugesagt und nie geschickt.", tz=CET)
c.cust(9, "08:00", """Sehr geehrte Damen und Herren,

für unseren Bankettbereich (bis 250 Gäste) suchen wir neue Warmhaltegeräte. Können Sie
uns ein Angebot für 40 Chafing Dishes GN 1/1 mit Brennpastenhaltern machen?

Mit freundlichen Grüßen
Stefan Roth
Einkauf, Hotel Roth München""", answered=1)
c.agent("katrin", 9, "10:00", """Sehr geehrter Herr Roth,

vielen Dank für Ihre Anfrage. Ich stelle das Angebot zusammen und schicke es Ihnen bis
Freitag.

Freundliche Grüße""", promises=[(end_of(13, CET), None)])

c = case("w53-wedding-linen-48h", "en", "pending",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Eleanor Shaw <eleanor@shawhallweddings.example>", "gmail",
         "Chair covers and round tablecloths for 5 Dec",
         "'Within 48 hours' kept only after five days and a chase.")
c.cust(11, "10:00", """Hello,

We need 400 chair covers and 40 round tablecloths (1.8m) for a wedding on 5 December. Can
you confirm availability and price?

Eleanor Shaw
Shaw Hall Weddings""", answered=1)
c.agent("nadia", 11, "12:00", """Hi Eleanor,

The chair covers are fine; the round cloths come from a different supplier, so let me
check availability and I'll come back to you within 48 hours with a full price.""",
        promises=[(at(11, "12:00") + timedelta(hours=48), 4)])
c.cust(16, "09:00", """Hi Nadia,

I haven't heard back about the tablecloths - could you let me know today? We need to
confirm with the couple.

Eleanor""", chase=True, answered=1)
c.agent("nadia", 16, "11:00", """Hi Eleanor,

Sorry for the wait. Both are available: 400 chair covers at £1.10 each and 40 round
cloths at £9.50 each, all ex VAT - £820 in total, delivered 2 December.

Best wishes,""")

c = case("w54-trolley-wheels-waiting", "en", "open", {"awaiting-reply": 1},
         "Paul Henderson <paul@hendersonsteakhouse.example>", "outlook",
         "Replacement wheels for TR-15 trolleys",
         "A spare-parts question with no reply after three days.")
c.cust(17, "15:00", """Hello,

Do you stock replacement wheels for the Brigade GN trolleys (TR-15)? Two of ours have
seized.

Paul Henderson
Henderson's Steakhouse""")

c = case("w55-envio-gratis-sevilla", "es", "closed", {},
         "Marta Iglesias <marta@restaurante-iglesias.example>", "gmail_es",
         "Pedido mínimo y bandejas GN",
         "Dos preguntas contestadas en un párrafo en orden inverso; agradecimiento.", tz=CET)
c.cust(2, "10:00", """Hola,

¿Cuál es el pedido mínimo para tener el envío gratis en Sevilla? Y otra cosa: quisiera
saber si las bandejas GN de acero son aptas para horno.

Gracias,
Marta Iglesias
Restaurante Iglesias""", answered=2)
c.agent("javier", 2, "11:30", """Hola Marta:

Sí, todas nuestras bandejas GN de acero inoxidable aguantan hasta 300 °C en horno, y el
envío es gratis a partir de 150 € sin IVA por pedido en Sevilla.

Saludos,""")
c.cust(2, "12:00", "¡Genial, muchas gracias!", thanks_only=True)

c = case("w56-facture-creperie-base64", "fr", "closed", {},
         "Nathalie Blanc <nathalie@creperie-blanc.example>", "apple_fr",
         "Facture manquante et garantie CP-40",
         "Message en base64 ; facture jointe et garantie confirmée d'un mot.", tz=CET)
c.cust(3, "16:00", """Bonjour,

Nous avons reçu notre commande mais il manque la facture dans le carton. Pouvez-vous me
l'envoyer par e-mail ? Et est-ce que les crêpières électriques CP-40 sont garanties deux
ans ?

Merci beaucoup,
Nathalie Blanc
Crêperie Blanc, Rennes""", answered=2, cte="base64")
c.agent("camille", 4, "09:00", """Bonjour Nathalie,

Facture en pièce jointe. Les CP-40 : oui, deux ans pièces et main-d'œuvre.

Belle journée,""", attach=[("application/pdf", "facture-creperie-blanc.pdf",
                            mailcraft.pdf(["Facture FA-2026-1203", "Creperie Blanc, Rennes"]))])

# --------------------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------------------


def fact_problems(cases: list[Case]) -> list[str]:
    """Where the hand-written labels disagree with the messages' facts and texts."""
    problems = []
    if len({c.name for c in cases}) != len(cases):
        problems.append("case names are not unique")
    for c in cases:
        msgs = sorted(c.msgs, key=lambda m: m.date)
        for m in msgs:
            if m.date > AS_OF:
                problems.append(f"{m.key}: dated after as_of")
            if m.parent and next(p for p in c.msgs if p.key == m.parent).date >= m.date:
                problems.append(f"{m.key}: not later than the message it replies to")
            for q in m.uq:
                if m.role != "customer" or q not in m.own:
                    problems.append(f"{c.name}: question {q!r} is in no customer message's own text")
                elif not any(a.role == "agent" and a.date > m.date for a in msgs):
                    problems.append(f"{c.name}: question {q!r} has no support reply after it")
        status = mailcraft.contract_status(msgs, CONTRACT)
        if status != c.status:
            problems.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(msgs, CONTRACT)
        if rules != c.rules:
            problems.append(f"{c.name}: rules {c.rules}, facts say {rules}")
    return problems


def mailbox_problems(out: Path, msgs: list[Msg]) -> list[str]:
    """What does not parse back cleanly from the written mailbox."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    problems = mailcraft.parse_problems(inbox + sent)
    parsed = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent}
    for m in msgs:
        if m.kind == "html":  # no plain part to compare
            continue
        p, in_mbox = parsed[m.message_id]
        problem = mailcraft.round_trip_problem(m, p, in_mbox)
        if problem:
            problems.append(problem)
    return problems


def summary(msgs: list[Msg]) -> dict:
    """Counts for the README: messages by kind, cases by language and status, findings by rule,
    and the answered and unanswered customer questions."""
    roles = Counter(m.role for m in msgs)
    findings = Counter()
    for c in CASES:
        findings.update(c.rules)
    return {
        "cases": len(CASES), "messages": len(msgs),
        "inbox": roles["customer"] + roles["auto"], "support replies": roles["agent"],
        "acknowledgements": roles["ack"], "clean": sum(1 for c in CASES if not c.rules),
        "languages": dict(Counter(c.lang for c in CASES).most_common()),
        "statuses": dict(Counter(c.status for c in CASES).most_common()),
        "findings": dict(findings.most_common()),
        "cases with unanswered questions": sum(1 for c in CASES if c.uq),
        "answered questions": sum(m.answered for m in msgs),
    }


def write(out: Path) -> dict:
    """Render, check and write the corpus into ``out``; refuse (SystemExit) before writing
    anything when the labels and the facts disagree. Returns the summary counts."""
    msgs = mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)
    problems = fact_problems(CASES)
    if problems:
        raise SystemExit("refusing to write tests/practice6:\n  " + "\n  ".join(problems))
    box = out / "mailbox"
    if box.exists():
        shutil.rmtree(box)
    box.mkdir(parents=True)
    inbox = [m for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(
        mailcraft.mbox_bytes((addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
    mailcraft.write_maildir(box / "Sent", [(m.date, m.raw, m.role == "agent")
                                           for m in msgs if m.role in ("agent", "ack")],
                            "mail.brigadetrade.example")
    labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if r in c.rules}, c.story) for c in CASES]
    (out / "CASES.md").write_text(
        mailcraft.cases_table("Practice6 corpus: Brigade Trade Supply", "make_practice6_corpus.py",
                              rows), encoding="utf-8")
    problems = mailbox_problems(out, msgs)
    if problems:
        raise SystemExit("the written mailbox does not read back:\n  " + "\n  ".join(problems))
    return summary(msgs)


def main(argv: list[str] | None = None) -> int:
    """Command line: write the corpus (default tests/practice6) and print its counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice6")
    args = ap.parse_args(argv)
    counts = write(args.out)
    print(json.dumps(counts, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
