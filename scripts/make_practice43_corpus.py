#!/usr/bin/env python3
"""Regenerate ``tests/practice43/``: a labelled corpus of Harbourline Freight.

A support mailbox of a fictional small freight forwarder for businesses (shipping quotes,
customs paperwork and commodity codes, pallet collections, container bookings, delays at
port, insurance claims, invoices) with B2B customers in the UK, Germany, France and Spain who
often write long mails with several numbered or inline questions. Written without looking at
the detection heuristics. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``harbourlinefreight.example``.

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

Usage: python scripts/make_practice43_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "harbourlinefreight.example"
DESK = "Harbourline Freight Desk <desk@harbourlinefreight.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "priya": ("Priya Ramsden <priya@harbourlinefreight.example>", "outlook", """Priya Ramsden
Quotes & Bookings | Harbourline Freight Ltd
Unit 4, Dock Road, Felixstowe IP11 3TW | +44 1394 600 214
Track a shipment: https://harbourlinefreight.example/track?ref=sig"""),
    "callum": ("Callum Hersey <callum@harbourlinefreight.example>", "thunderbird", """-- 
Callum Hersey
Customs & Compliance | Harbourline Freight Ltd
Not sure of a commodity code? Send us the spec sheet, not just the product name."""),
    "niamh": ("Niamh Doherty <niamh@harbourlinefreight.example>", "owa", """Niamh Doherty
Accounts & Claims | Harbourline Freight Ltd
This e-mail and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please notify the sender and delete it."""),
    "dev": ("Dev Mistry <dev@harbourlinefreight.example>", "apple", """Dev Mistry
Port & Haulage Operations | Harbourline Freight Ltd
Port status: https://harbourlinefreight.example/port-status?terminal=fxt"""),
    "tobias": ("Tobias Kranz <tobias@harbourlinefreight.example>", "outlook_de", """Tobias Kranz
Kundenbetreuung Deutschland/Österreich | Harbourline Freight Ltd
Tel. +44 1394 600 231 | https://harbourlinefreight.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@harbourlinefreight.example>", "apple_fr", """Amélie Roussel
Service clients France | Harbourline Freight Ltd
https://harbourlinefreight.example/fr/suivi?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@harbourlinefreight.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente España | Harbourline Freight Ltd
+44 1394 600 245"""),
}

ACK = """Hello,

Thank you for contacting Harbourline Freight. This is an automatic confirmation
that your message has been logged as ticket {ref}.

Our desk is staffed Monday to Friday, 8am-6pm UK time, and we will reply within
24 hours. For urgent port or customs holds outside these hours please call the
operations line on +44 1394 600 299.

Harbourline Freight Ltd - Customer Desk
https://harbourlinefreight.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Harbourline Desk 5.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hlf.", outlook_server="AM9PR0")
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

QUOTE_LYON_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Quotation Q-10311",
                                "4 pallets 120x100 Longton ST3 1PQ -> Lyon 69007, door to door",
                                "Tail-lift delivery included. Export and import clearance included.",
                                "Total GBP 1,140.00 - valid 30 days"])
C88_PDF = mailcraft.pdf(["Import declaration (copy) - Velocita Cycles Ltd",
                         "Commodity 8714 91 10 90 - carbon fibre frames, 120 pcs",
                         "Customs value GBP 31,460.00 (CIF)",
                         "Duty 4.7% GBP 1,478.62 - VAT postponed"])
SPEC_PDF = mailcraft.pdf(["Voltaic Lighting - component specification sheets",
                          "VL-DRV40: constant-current LED driver 40 W, PC housing",
                          "VL-HS120: extruded aluminium heatsink, anodised",
                          "VL-GK120: silicone gasket, 120 mm"])
DAMAGE_PNG = mailcraft.png(14, 10, lambda x, y: (150 + 6 * x, 110 + 4 * y, 70))
CREDIT_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Credit note HF-CN-2210",
                            "Ridgeway Print Solutions",
                            "Against invoice HF-INV-57640",
                            "Credit GBP 412.80"])
CREDIT2_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Credit note HF-CN-2214",
                             "Ridgeway Print Solutions",
                             "Against invoice HF-INV-57655 (replaces HF-CN-2210)",
                             "Credit GBP 412.80"])
VIETNAM_PDF = mailcraft.pdf(["Origin statement wording - UK-Vietnam FTA",
                             "The exporter of the products covered by this document",
                             "declares that, except where otherwise clearly indicated,",
                             "these products are of Vietnam preferential origin."])
DUBAI_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Quotation Q-10402",
                           "3 crates, 1.9 t, Castleford -> Jebel Ali port (FCA)",
                           "Sea freight via Felixstowe, weekly Thursday sailing",
                           "Total GBP 1,960.00"])
POD_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Proof of delivery",
                         "Consignment HF-D-71120 - Okafor Tiles -> Nottingham",
                         "Delivered 29/10/2026 11:05, 3 pallets, signed: K. Doyle",
                         "Remarks: none"])
KARACHI_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Quotation Q-10190-R1",
                             "2 x 20ft Felixstowe -> Karachi, sailing 14 November",
                             "USD 1,890 per container, THC origin included",
                             "Valid until 30 November 2026"])
BREMEN_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Angebot Q-10288",
                            "12 Paletten Bremen -> Birmingham, Abholung KW 46",
                            "inkl. Export- und Importverzollung",
                            "Gesamt EUR 2.640,00"])
ROUBAIX_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Devis Q-10417",
                             "5 palettes 120x80 Roubaix -> Manchester",
                             "Dedouanement export et import compris",
                             "Total EUR 1 140,00 HT"])
LAVANDE_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Facture HF-INV-58044-C",
                             "Lavande de Provence SARL",
                             "Transport Manosque -> Londres, 2 palettes",
                             "Total EUR 1 310,00 - TVA: hors champ"])
NJ_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Quotation Q-10455",
                        "6 pallets printed books, Norwich -> Edison NJ, door to door",
                        "Sea freight via Felixstowe - ISF filing included",
                        "Total USD 3,250.00"])
C79_PDF = mailcraft.pdf(["Import VAT certificates (C79) - Blake Audio Ltd",
                         "July 2026: GBP 2,114.40 (deferred, HF account)",
                         "August 2026: none",
                         "September 2026: GBP 3,806.00 (deferred, HF account)"])
KENDAL_PDF = mailcraft.pdf(["Harbourline Freight Ltd - Proof of delivery",
                            "Consignment HF-D-71006 - Lakeside Outdoor -> Kendal",
                            "Delivered 29/10/2026 10:42, signed: J. Birkett",
                            "Remarks: left in back store as instructed"])
PACKING_PDF = mailcraft.pdf(["Solent Marine Supplies - Packing list SMS-8810",
                             "Outboard spares, 4 cartons, 86 kg",
                             "Shipment HF-E-32871, claim HF-CL-0912"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("f01-kilnworks-lyon-quote", "en", "closed", {},
      "Harriet Oduya <harriet.oduya@kilnworks-ceramics.example>", "gmail", "Quote - 4 pallets Stoke to Lyon",
      "A pleasantry, three numbered questions and a fourth about insurance, all answered in two paragraphs and a PDF quote, out of order; thanks-only reply.",
      cu("11-02 09:20", """Hi Priya,

Hope you had a good weekend?

We've got our first proper order from a shop in Lyon and I need to get it costed before I confirm with them. It's 4 pallets of glazed tableware, 120x100 cm, about 1.4 m high, roughly 380 kg each, collection from our unit in Longton (ST3 1PQ).

1. What would it cost to get these to Lyon (69007), door to door?
2. How long does it usually take?
3. The shop doesn't have a forklift - is that a problem, or can the driver bring a tail-lift?

Also, the pottery is fragile, obviously. Do you recommend extra insurance or is the standard cover enough?

Thanks,
Harriet
Kilnworks Ceramics Ltd"""),
      ag("priya", "11-02 11:05", """Hi Harriet,

Congratulations on the Lyon order! Quote attached: £1,140 all-in for the four pallets, valid 30 days. We'd book a tail-lift vehicle for the delivery end (that's included), and you're looking at 4-5 working days from collection, with the customs clearance at both ends done by us.

On cover: standard CMR liability is limited by weight (roughly £15 per kg), which for tableware is well below what it's worth, so I'd take our all-risks cover at 0.6% of the invoice value. Just tick the box on the booking form.

Best regards,
Priya""", attach=[("application/pdf", "Q-10311.pdf", QUOTE_LYON_PDF)]),
      cu("11-02 11:40", """Brilliant, thank you Priya - I'll send the booking form over once they've paid the deposit.

Harriet""", thanks=True)),

    C("f02-velocita-carbon-frames", "en", "closed", {"unanswered-question": 1},
      "Owen Pask <owen@velocita-cycles.example>", "outlook", "Commodity code for carbon frames + C88",
      "Commodity code confirmed and the entry copy attached with an explanation of the duty basis; the anti-dumping question in the same paragraph is not addressed.",
      cu("11-03 14:10", """Hi Callum,

Two things on the Ningbo shipment that landed last week (our ref VC-PO-7719).

Can you confirm which commodity code you declared the carbon fibre frames under? Our accountant thinks it should be 8714 91 10 but the duty on the C88 looks higher than she expected. Does anti-dumping duty apply to bicycle frames from China, or is that only for complete bikes? And please send me a copy of the C88 for our records, I can't find it in the portal.

Thanks
Owen Pask
Operations Manager, Velocità Cycles""", uq=1),
      ag("callum", "11-03 16:20", """Hi Owen,

They went in under 8714 91 10 90, so your accountant is right. Copy of the entry attached.

The duty line on it is 4.7% of the CIF value, which includes the sea freight and insurance and not just the invoice value - that's usually why it looks higher than people expect.

Callum""", attach=[("application/pdf", "C88-VC-PO-7719.pdf", C88_PDF)])),

    C("f03-brightwater-collection-inline", "en", "pending", {},
      "Graham Pelling <goods.in@brightwater-brewing.example>", "thunderbird", "Collection Thursday - a few questions",
      "First-time customer asks three questions on separate lines; each is answered inline under the quoted line, in other words.",
      cu("11-16 10:30", """Hello,

We've booked 6 pallets of kegs for collection on Thursday (booking HF-C-40271). A few questions before then as it's the first time we've used you:

Will the driver bring a pallet truck, or do we need to load from the dock?
What's your cut-off for booking same-day collections? Sometimes we have last-minute orders.
Do the pallets need to be shrink-wrapped, or are strapped kegs OK?

Regards,
Graham Pelling
Warehouse, Brightwater Brewing Co."""),
      ag("dev", "11-16 12:15", """Hi Graham,

> Will the driver bring a pallet truck, or do we need to load from the dock?

The vehicle has a tail-lift and a pump truck, so either works - the dock is quicker.

> What's your cut-off for booking same-day collections?

Midday, for anywhere within 40 miles of our Ipswich depot.

> Do the pallets need to be shrink-wrapped, or are strapped kegs OK?

Strapped is fine, as long as the kegs are banded to the pallet and nothing overhangs.

Dev""", quote=False)),

    C("f04-lumen-ningbo-40hc", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Sasha Bright <sasha.bright@lumenhome.example>", "gmail", "40HC from Ningbo - December sailing",
      "Booking and rate promised 'by Thursday' arrive the following Tuesday after 'any news?': kept late = missed, and chased.",
      cu("11-09 08:45", """Hi Priya,

Our supplier in Ningbo says the next order (lamps and shades, roughly 62 cbm) will be ready on 1 December. Could you get us space on a 40HC sailing the first week of December, and what's the all-in rate to our warehouse in Daventry at the moment?

Sasha
Lumen Home"""),
      ag("priya", "11-09 10:30", """Hi Sasha,

Rates are moving every few days with the pre-Christmas rush, so I don't want to give you a figure off the top of my head. I'm asking our Ningbo office for space on the 3 and 5 December sailings and I'll confirm the booking and the all-in rate by Thursday.

Best regards,
Priya""", promises=[("11-12", 4)]),
      cu("11-16 09:10", """Hi Priya, any news on the December space? Our supplier is asking for the booking number so they can plan the loading.

Sasha""", chase=True),
      ag("priya", "11-17 08:30", """Hi Sasha,

Apologies for the wait - Ningbo only came back to me yesterday. You're on the 4 December sailing, booking NGB2612044. All-in to Daventry is £3,480, including UK haulage and customs clearance. Your supplier should quote the booking number when they order the empty container.

Best regards,
Priya""")),

    C("f05-schaller-ddp-leeds", "de", "closed", {"unanswered-question": 1},
      "Jürgen Schaller <j.schaller@schaller-maschinenbau.example>", "outlook_de", "DDP-Lieferung nach Leeds – Einfuhrumsatzsteuer",
      "German machine builder: import VAT under DDP and transit time answered; the request for a commercial-invoice template is not.",
      cu("11-04 09:30", """Sehr geehrter Herr Kranz,

wir liefern im Dezember zum ersten Mal eine Verpackungsmaschine (ca. 2,8 t, eine Kiste) an einen Kunden in Leeds, und zwar DDP.

Dazu zwei Fragen: Können Sie bei DDP die britische Einfuhrumsatzsteuer für uns verauslagen, oder müssen wir uns dafür in Großbritannien registrieren? Und wie lange dauert der Transport ab Reutlingen normalerweise?

Bitte schicken Sie uns außerdem eine Vorlage für die Handelsrechnung, damit die Angaben für den britischen Zoll vollständig sind.

Mit freundlichen Grüßen
Jürgen Schaller
Versandleitung | Schaller Maschinenbau GmbH
Gutenbergstraße 12, 72766 Reutlingen""", uq=1),
      ag("tobias", "11-04 11:45", """Sehr geehrter Herr Schaller,

vielen Dank für Ihre Anfrage. Die Einfuhrumsatzsteuer können wir im Rahmen unseres DDP-Service vorstrecken und stellen sie Ihnen anschließend mit einer Bearbeitungsgebühr von 2,5 % in Rechnung; eine eigene Registrierung ist dafür nicht nötig, wir treten als indirekter Vertreter auf.

Ab Reutlingen rechnen Sie bitte mit vier bis fünf Werktagen bis Leeds, die Verzollung in Dover eingeschlossen.

Mit freundlichen Grüßen
Tobias Kranz"""), tz=1),

    C("f06-parfums-estoublon", "fr", "pending", {},
      "Mathilde Aubanel <m.aubanel@parfums-estoublon.example>", "apple_fr", "Envoi de parfums vers Londres",
      "French perfumer: dangerous-goods status, documents and a collection date, all answered in French, one paragraph each.",
      cu("11-17 10:15", """Bonjour Amélie,

Nous devons expédier 3 palettes de parfums (eau de parfum, flacons de 50 ml) de Grasse vers un grand magasin à Londres avant le 4 décembre.

Est-ce que les parfums sont considérés comme marchandises dangereuses pour le transport routier ? De quels documents avez-vous besoin de notre part ? Et pourriez-vous faire l'enlèvement mardi prochain, le 24 ?

Merci d'avance et belle journée,
Mathilde Aubanel
Responsable logistique – Parfums d'Estoublon"""),
      ag("amelie", "11-17 11:30", """Bonjour Mathilde,

Oui : l'eau de parfum voyage sous le numéro ONU 1266, classe 3. Mais en flacons de 50 ml, vous êtes en quantités limitées, ce qui simplifie beaucoup les choses – pas besoin d'un véhicule ADR complet.

Il nous faudra la fiche de données de sécurité, la facture commerciale, la liste de colisage et votre numéro EORI.

L'enlèvement du mardi 24 est réservé, entre 8 h et 12 h ; livraison à Londres prévue le vendredi 27.

Bien cordialement,
Amélie"""), tz=1),

    C("f07-sierra-magina-grupaje", "es", "closed", {"missed-follow-up": 1},
      "Antonio Quesada <aquesada@aceites-sierramagina.example>", "gmail_es", "Cotización camión completo Jaén - Manchester",
      "Spanish olive-oil mill: the excise question is answered, the full-truck price is promised for Monday ('le envío la cotización el lunes') and never sent.",
      cu("11-05 10:00", """Buenos días, Lucía:

Queremos enviar 22 palets de aceite de oliva virgen extra (garrafas de 5 litros) desde nuestra almazara en Jódar a un distribuidor de Manchester. ¿Nos podrían dar precio para un camión completo? ¿Y necesitan que les mandemos documentos de impuestos especiales, o el aceite no lleva?

Un saludo,
Antonio Quesada
Aceites Sierra Mágina S.L."""),
      ag("lucia", "11-05 12:30", """Buenos días, Antonio:

El aceite de oliva no está sujeto a impuestos especiales, así que con la factura comercial, la lista de bultos y el certificado de origen es suficiente.

Para el camión completo estoy esperando la tarifa de nuestro transportista de Andalucía; le envío la cotización el lunes.

Un saludo,
Lucía""", promises=[("11-09", None)]), tz=1),

    C("f08-harlow-rolled-vessel", "en", "closed", {},
      "Kwame Asante <kwame.asante@harlowhomewares.example>", "owa", "Container TGHU 884120 - where is it?",
      "Container late at port: what happened, when it arrives and demurrage answered in two paragraphs without repeating the questions; thanks-only reply.",
      cu("11-05 08:10", """Morning,

Our container TGHU 884120 was due into Felixstowe on Monday and the tracking still says 'on vessel'. What's going on? When can we expect it at our DC, and are we going to be hit with demurrage if it sits at the port?

We've got a promotion starting on the 16th so I need to know today if possible.

Kwame Asante
Supply Chain Manager | Harlow Homewares"""),
      ag("dev", "11-05 10:40", """Hi Kwame,

The vessel was held off Felixstowe for two days by the gales at the weekend and only berthed last night; discharge is under way now. Your box should be available from tomorrow afternoon and we've booked haulage for Monday 9th, so it'll be at your DC well before the 16th.

You get 7 free days at the terminal from discharge, so no demurrage on that plan.

Dev"""),
      cu("11-05 11:02", """Thanks Dev, that's a relief.

Kwame""", thanks=True)),

    C("f09-oakridge-damaged-pallet", "en", "pending", {"unanswered-question": 2},
      "Fiona Gale <fiona.gale@oakridge-furniture.example>", "gmail", "Damaged pallet - delivery to Bristol 12 Nov",
      "Damage claim with a photo: the claim process is explained, but the question about full value versus the CMR limit and the request for the signed POD are skipped.",
      cu("11-16 09:20", """Hi Niamh,

One of the two pallets we sent to Aldridge Interiors in Bristol on Thursday arrived with a corner smashed in - photo attached, and the driver noted it on the delivery sheet. Two oak sideboards are damaged beyond repair.

What do we need to do to make a claim? Will the claim be for the full invoice value (£2,360) or only the CMR limit? I've heard that can be much less. Please also send me the signed POD with the driver's note on it, the customer is asking for it.

Thanks,
Fiona Gale
Oakridge Furniture Ltd
Follow us: https://oakridge-furniture.example/?utm_source=email""", uq=2,
         attach=[("image/png", "pallet-corner.png", DAMAGE_PNG)]),
      ag("niamh", "11-16 14:05", """Hi Fiona,

Sorry to see that - the photo is clear enough. To start the claim, please fill in the form at https://harbourlinefreight.example/claims?type=damage and attach the commercial invoice and the photos. The claim needs to reach us within 7 days of delivery, so you're well in time, and the claims team normally gives a decision within 30 days.

Kind regards,
Niamh""")),

    C("f10-crestway-surcharge", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Tom Brierley <accounts@crestway-engineering.example>", "outlook", "Invoice HF-INV-58102 - port congestion surcharge",
      "Invoice query acknowledged by the helpdesk only; the customer replies to their own mail five days later 'still waiting'. No human reply.",
      cu("11-12 11:00", """Hello,

Invoice HF-INV-58102 includes a 'port congestion surcharge' of £180 that wasn't on your quote (Q-10277). Can you explain what this is for and whether it can be removed? We can't approve the invoice with a charge we didn't agree to.

Regards,
Tom Brierley
Purchase Ledger, Crestway Engineering Ltd""", kind="alt"),
      ack("11-12 11:01"),
      cu("11-17 10:15", """Hello,

I'm still waiting for a reply on the below. The invoice is now showing as overdue on our system because of this.

Tom Brierley
Purchase Ledger, Crestway Engineering Ltd""", kind="alt", chase=True, parent=1)),

    C("f11-voltaic-hs-codes", "en", "closed", {},
      "Rebecca Yiu <rebecca@voltaic-lighting.example>", "apple", "HS codes for the new product range",
      "Three commodity codes and the duty for each asked in one long sentence; answered as a three-line list.",
      cu("11-03 13:00", """Hi Callum,

We're bringing three new components in from Shenzhen from January and I'm updating our product master. I've had a go myself but would appreciate a second opinion before the first shipment: the LED drivers (constant-current, 40 W, in a plastic housing), the extruded aluminium heatsinks (machined, anodised, no electronics) and the silicone gaskets that go between them. Which commodity codes would you use for each, and is there any duty we should budget for? Spec sheets attached.

Many thanks,
Rebecca

Rebecca Yiu
Purchasing | Voltaic Lighting Ltd""", attach=[("application/pdf", "VL-spec-sheets.pdf", SPEC_PDF)]),
      ag("callum", "11-03 15:40", """Hi Rebecca,

Thanks for the spec sheets, that makes it much easier.

- LED drivers: 8504 40 83 00 - no duty
- Heatsinks: 7616 99 90 90 - 6%
- Gaskets: 4016 93 00 90 - 2.5%

Import VAT at 20% on all three as usual.

Callum""")),

    C("f12-ashdown-bond-hamburg", "en", "closed", {},
      "Rupert Ashdown <rupert@ashdown-tea.example>", "thunderbird", "Two pallets from bond to Hamburg",
      "Numbered questions (collection date, commodity code, tail-lift cost) answered in one running paragraph; thanks-only reply.",
      cu("11-04 08:30", """Hello Dev,

We have two pallets of Darjeeling sitting in the bonded warehouse at Felixstowe (your ref HF-W-2209) that need to go to a customer in Hamburg.

1. Would a collection next week be possible?
2. Do you need the commodity code from us, or do you have it from when it went into bond?
3. The customer in Hamburg has no loading dock. What's the surcharge for a tail-lift delivery?

Best wishes,
Rupert Ashdown
Ashdown & Sons Tea Merchants"""),
      ag("dev", "11-04 10:15", """Hi Rupert,

Collection is planned for Tuesday 10 November with delivery in Hamburg expected on Friday the 13th; we already have 0902 30 00 on file from the bond entry, so nothing needed there, and the tail-lift is £38 per consignment.

Dev"""),
      cu("11-04 10:40", """Perfect, many thanks!

Rupert""", thanks=True)),

    C("f13-pennant-consolidation", "en", "pending", {"missed-follow-up": 1},
      "Marcus Ferreira <marcus@pennant-toys.example>", "gmail", "Consolidating two suppliers in Shenzhen",
      "'Let me check with them and I'll come back to you' with no date; nothing follows within the two-day window.",
      cu("11-16 08:50", """Hi Priya,

We've got two suppliers in Shenzhen with orders ready around the same time - about 18 cbm and 24 cbm. Is it possible to consolidate both into one 40ft rather than paying for LCL twice? And who would handle the loading? Both factories are in Longgang, about 20 minutes apart.

Cheers,
Marcus
Pennant Toys"""),
      ag("priya", "11-16 10:20", """Hi Marcus,

In principle yes, we do this quite often, but it depends on whether our Shenzhen office can get both suppliers into their warehouse on the same day. Let me check with them and I'll come back to you.

Best regards,
Priya""", promises=[("window", None)])),

    C("f14-marlowe-vietnam-tents", "en", "pending", {},
      "Jenna Marlowe <jenna@marlowe-outdoor.example>", "iphone", "New tents range - duty",
      "'He'll be in touch tomorrow' kept by the colleague the next day, with an attachment.",
      cu("11-17 07:55", """Hi Priya, we've just signed with a new supplier in Vietnam for tents and sleeping bags, first shipment end of Jan. Could someone tell me what the duty rates will be, and whether we can use the UK-Vietnam trade deal to pay less?

Jenna

Sent from my iPhone"""),
      ag("priya", "11-17 09:10", """Hi Jenna,

Good news on the new supplier! I've passed this to Callum in our customs team - he'll be in touch tomorrow with the codes and rates.

Best regards,
Priya""", promises=[("11-18", 3)]),
      ag("callum", "11-18 11:30", """Hi Jenna,

Priya passed me your question. Tents go under 6306 22 00 (12%) and sleeping bags under 9404 40 90 (3.7%), but both come in at 0% under the UK-Vietnam agreement as long as your supplier puts an origin statement on the invoice. The wording they need to use is attached.

Callum""", parent=1, attach=[("application/pdf", "origin-statement-vn.pdf", VIETNAM_PDF)])),

    C("f15-ridgeway-duplicate-invoice", "en", "closed", {"reopened": 1},
      "Lorraine Webb <l.webb@ridgeway-print.example>", "outlook", "Duplicate invoice HF-INV-57640",
      "Duplicate invoice credited and the ticket closed ('I'll close this ticket now'); the customer comes back because the credit note references the wrong invoice.",
      cu("11-04 10:00", """Hi,

We've been invoiced twice for the same collection on 28 October - HF-INV-57640 and HF-INV-57655 are identical. Please cancel one of them.

Lorraine Webb
Accounts Payable, Ridgeway Print Solutions"""),
      ag("niamh", "11-04 14:30", """Hi Lorraine,

You're quite right, 57655 was a duplicate. I've cancelled it and issued a credit note against it (attached). As that's all sorted, I'll close this ticket now.

Kind regards,
Niamh""", closes=True, attach=[("application/pdf", "HF-CN-2210.pdf", CREDIT_PDF)]),
      cu("11-10 09:45", """Hi Niamh,

Sorry, but the credit note has come through against 57640, not 57655, so our system has now matched it to the wrong invoice. Could you reissue it against the right number?

Lorraine"""),
      ag("niamh", "11-10 15:00", """Hi Lorraine,

Apologies, a typo on my side. The reissued credit note HF-CN-2214 is attached, referencing HF-INV-57655; please disregard HF-CN-2210.

Kind regards,
Niamh""", attach=[("application/pdf", "HF-CN-2214.pdf", CREDIT2_PDF)])),

    C("f16-chateau-lescure-edimbourg", "fr", "closed", {"unanswered-question": 1},
      "Bertrand Lescure <b.lescure@chateau-lescure.example>", "outlook", "Expédition de vin vers Édimbourg",
      "French wine estate: price and transit time answered; the question on the electronic excise document and bonded receiver ('Par ailleurs...') is not.",
      cu("11-05 16:00", """Bonjour Madame Roussel,

Un caviste d'Édimbourg vient de nous passer commande : 2 palettes de vin rouge, 1 200 bouteilles au total.

Pourriez-vous m'indiquer le prix du transport jusqu'à Édimbourg, ainsi que le délai ? Par ailleurs, est-ce que vous vous occupez du DAE électronique et des formalités d'accises à l'arrivée, ou faut-il que notre client passe par un entrepositaire agréé ?

Cordialement,
Bertrand Lescure
Château Lescure – Côtes de Bourg""", uq=1),
      ag("amelie", "11-06 09:20", """Bonjour Monsieur Lescure,

Pour deux palettes au départ de Bourg, le transport jusqu'à Édimbourg revient à 890 € HT, assurance marchandise comprise. Comptez 5 à 6 jours ouvrés à partir de l'enlèvement.

Bien cordialement,
Amélie"""), tz=1),

    C("f17-muebles-turia-aduana", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Carmen Llorens <carmen.llorens@mueblesturia.example>", "gmail_es", "Contenedor retenido en Southampton",
      "Spanish furniture maker: reason for the customs hold given, details promised 'mañana', delivered three days later after '¿Hay alguna novedad?'.",
      cu("11-03 09:00", """Hola Lucía:

Nuestro contenedor MRKU 5521874 con las sillas para el cliente de Birmingham lleva desde el viernes retenido en la aduana de Southampton. ¿Sabéis por qué lo han parado? El cliente nos pregunta cada día cuándo lo va a recibir.

Gracias,
Carmen Llorens
Exportación – Muebles Turia"""),
      ag("lucia", "11-03 10:30", """Hola, Carmen:

Lo han seleccionado para una revisión documental: la aduana ha pedido la declaración de origen de la madera. Estoy hablando con nuestro agente en Southampton y te escribo mañana con lo que necesitan exactamente y una fecha estimada de entrega.

Un saludo,
Lucía""", promises=[("11-04", 4)]),
      cu("11-06 08:45", """Hola Lucía:

¿Hay alguna novedad? Seguimos sin saber nada y el cliente empieza a ponerse nervioso.

Carmen""", chase=True),
      ag("lucia", "11-06 11:00", """Hola, Carmen:

Perdona el retraso. La aduana necesita el certificado FSC o la declaración del proveedor de la madera (haya de origen europeo). Si me lo mandas hoy, el contenedor puede salir el martes y llegar a Birmingham el miércoles 11.

Un saludo,
Lucía"""), tz=1),

    C("f18-thornbury-storage", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Ian McAllister <ian@thornbury-garden.example>", "gmail", "Collection Tuesday + storage",
      "Friday-afternoon mail answered on Monday (slow): the collection is booked; the week of storage and its cost are not mentioned.",
      cu("11-06 15:30", """Hi there,

Can you collect 2 pallets of garden planters from us (Thornbury, BS35 2AA) on Tuesday the 10th for delivery to our customer in Glasgow? Both are 120x80, about 300 kg each.

The customer can't take them until the 19th though. Could you hold them in your warehouse for a week or so, and what would that cost?

Thanks,
Ian
Thornbury Garden Supplies""", uq=1),
      ag("priya", "11-09 09:15", """Hi Ian,

Sorry for the slow reply, your mail came in just after we'd closed for the weekend. The collection is booked for Tuesday 10 November, morning slot, booking HF-C-40155. The driver will call 30 minutes before he arrives.

Best regards,
Priya""")),

    C("f19-hollis-forwarded-advice", "en", "closed", {},
      "Deborah Hollis <deborah@hollis-textiles.example>", "gmail", "Fwd: Shipping advice - PO 4471 ready for collection",
      "HTML-only forward of a supplier's shipping advice full of questions to the buyer; the customer's one request is confirmed.",
      cu("11-04 11:20", """Hi Priya,

Can you book the collection for this one please? Same delivery address as last time (our Leicester warehouse).

Deborah

---------- Forwarded message ---------
From: Anjali Textiles Export <export@anjali-textiles.example>
Date: Tue, 3 Nov 2026 at 16:05
Subject: Shipping advice - PO 4471 ready for collection
To: <deborah@hollis-textiles.example>

Dear Madam,

Goods for PO 4471 (14 cartons, 312 kg) are packed and ready at our Tiruppur warehouse.
Could you please confirm your forwarder's name and contact?
Will you require a certificate of origin for this consignment?

Awaiting your kind reply.
Export Department, Anjali Textiles""", kind="html"),
      ag("priya", "11-04 13:50", """Hi Deborah,

Booked. Our agent in Chennai collects from Anjali on Friday, and I've sent Anjali our details directly, including the request for a certificate of origin so you get the preferential rate. Delivery to Leicester as before.

Best regards,
Priya""")),

    C("f20-castleford-dubai-handoffs", "en", "pending", {"many-handoffs": 1},
      "Samir Haddad <samir.haddad@castleford-pumps.example>", "outlook", "Export to Dubai - quote, docs and payment terms",
      "Three numbered questions split across three agents (quote, documents, credit terms): every promise to pass it on is kept, but three agents replied.",
      cu("11-16 09:00", """Hello,

We have our first export order to the UAE: 3 crates of industrial pumps (1.9 t in total) from Castleford to a customer in Jebel Ali. Could you help with the following:

1) A quote for sea freight to Jebel Ali port, FCA our premises.
2) Which export documents do you need from us - an EUR.1 or a certificate of origin?
3) Can we have 30-day credit terms on your invoices rather than pro-forma?

Regards,
Samir Haddad
Export Sales, Castleford Pumps Ltd

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete it.""", kind="alt"),
      ag("priya", "11-16 11:30", """Hi Samir,

Quote for 1) attached: £1,960 to Jebel Ali port, sailing from Felixstowe every Thursday, 24 days at sea.

Callum from our customs team will answer the documents question this afternoon, and Niamh will come back to you on the credit terms.

Best regards,
Priya""", promises=[("11-16", 3), ("window", 4)], attach=[("application/pdf", "Q-10402.pdf", DUBAI_PDF)]),
      ag("callum", "11-16 14:10", """Hi Samir,

For the UAE you need a certificate of origin - the EUR.1 is only for preferential trade with Europe. The chamber of commerce issues it and we can apply on your behalf for £45. Besides that: commercial invoice, packing list and your EORI number.

Callum""", parent=2),
      ag("niamh", "11-17 10:00", """Hi Samir,

I've set your account up on 30-day terms with a £10,000 limit, so there's no need for pro-forma on this shipment.

Kind regards,
Niamh""", parent=2)),

    C("f21-sunfield-reefer-valencia", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Alison Trent <alison.trent@sunfield-foods.example>", "owa", "Reefer container for January",
      "Rate given and a booking confirmation promised 'by end of day' (never sent); the request for the standard trading conditions is ignored.",
      cu("11-05 09:40", """Hi Priya,

We need a 40ft reefer from Valencia to our cold store in Wisbech for the week of 11 January - about 20 tonnes of citrus. Can you book it and let me have the rate? Also, could you send me a copy of your standard trading conditions? Our new insurer wants to see them before we renew.

Alison Trent
Procurement, Sunfield Foods""", uq=1),
      ag("priya", "11-05 11:10", """Hi Alison,

The week of 11 January is fine, we have reefer space with our Valencia partner most weeks. The rate is €2,150 port to door, plus genset and UK customs clearance. I'm putting the booking in now and I'll send you the booking confirmation by end of day.

Best regards,
Priya""", promises=[("11-05", None)])),

    C("f22-kelso-samples-ncv", "en", "closed", {},
      "Duncan Kerr <duncan@kelso-tweeds.example>", "thunderbird", "Samples to New York - paperwork",
      "A rhetorical question and a self-answered one ('never mind, found it') around two real questions, both answered in one paragraph.",
      cu("11-09 14:00", """Hi Callum,

Who knew a box of fabric swatches could need so much paperwork? Our US agent says the last parcel sat at JFK for a week.

We're sending another 8 kg of samples next week. What was our EORI number again... never mind, found it on your last invoice.

What I actually need to know: can the samples go as 'no commercial value' so there's no duty, and do we need to mark the swatches in any particular way?

Thanks,
Duncan
Kelso Tweeds"""),
      ag("callum", "11-09 16:10", """Hi Duncan,

They can go as NCV if they're marked or cut so they can't be sold: for swatches, a hole punched through each one or 'SAMPLE - NOT FOR RESALE' stamped on the back, and US Customs then treats them as duty-free. Put the same wording on the pro-forma invoice with a nominal value.

Callum""")),

    C("f23-gruber-zollwert", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Martina Gruber <m.gruber@gruber-sanitaer.example>", "outlook_de", "Zollwert Sendung HF-E-33017",
      "German exporter: one question answered, the other deferred with 'melde mich morgen', never kept; 'ich warte immer noch' gets no reply.",
      cu("11-12 10:00", """Guten Tag Herr Kranz,

für die Sendung HF-E-33017 (Armaturen an unseren Kunden in Birmingham) hat der britische Zoll den Zollwert um 4.300 £ höher angesetzt als auf unserer Rechnung. Können Sie herausfinden, woran das liegt? Und müssen wir die Differenz selbst bezahlen, oder geht das an den Empfänger?

Mit freundlichen Grüßen
Martina Gruber
Exportabteilung, Gruber Sanitär GmbH"""),
      ag("tobias", "11-12 13:00", """Guten Tag Frau Gruber,

ich habe die Zollanmeldung beim Kollegen in Birmingham angefordert und melde mich morgen bei Ihnen, sobald ich sie vorliegen habe.

Zu Ihrer zweiten Frage: Bei DAP trägt der Empfänger die Einfuhrabgaben, also auch eine eventuelle Nachzahlung.

Mit freundlichen Grüßen
Tobias Kranz""", promises=[("11-13", None)]),
      cu("11-17 09:30", """Guten Tag Herr Kranz,

ich warte immer noch auf Ihre Rückmeldung zum Zollwert. Unser Kunde in Birmingham fragt inzwischen täglich nach.

Mit freundlichen Grüßen
Martina Gruber""", chase=True), tz=1),

    C("f24-atelier-brodeur-devis", "fr", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Laure Brodeur <laure@atelier-brodeur.example>", "apple_fr", "Devis enlèvement Roubaix – Manchester",
      "French quote request unanswered for three days; 'Je me permets de revenir vers vous' brings the first reply (slow) with the quote.",
      cu("11-10 09:00", """Bonjour,

Pourriez-vous nous faire un devis pour l'enlèvement de 5 palettes de linge de maison à Roubaix, avec livraison à Manchester ? Il nous faudrait un enlèvement la semaine du 23 novembre. Les palettes font 120x80, 250 kg chacune.

Merci,
Laure Brodeur
Atelier Brodeur"""),
      cu("11-13 14:00", """Bonjour,

Je me permets de revenir vers vous concernant ma demande de devis de mardi, restée sans réponse.

Laure Brodeur""", chase=True, parent=1),
      ag("amelie", "11-16 09:00", """Bonjour Madame Brodeur,

Toutes mes excuses, votre demande s'était perdue dans notre boîte générale. Pour 5 palettes Roubaix – Manchester : 1 140 € HT, dédouanement export et import compris, trois jours de transit. L'enlèvement peut se faire le lundi 23 ou le mardi 24, à votre choix.

Bien cordialement,
Amélie""", attach=[("application/pdf", "devis-Q-10417.pdf", ROUBAIX_PDF)]), tz=1),

    C("f25-brightline-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Neil Porter <neil.porter@brightline-signs.example>", "outlook", "Collection request - 3 crates to Dublin",
      "Collection request never answered; five days later the customer sends it again as a new mail with the same subject (a resend = a chase).",
      cu("11-11 10:00", """Hello,

Please book a collection of 3 crates (illuminated signage, 480 kg in total, the longest is 2.1 m) from our Wakefield unit for delivery to Dublin, any day next week. Let me know the cost and the day.

Neil Porter
Logistics, Brightline Signs Ltd"""),
      cu("11-16 08:30", """Hello,

Please book a collection of 3 crates (illuminated signage, 480 kg in total, the longest is 2.1 m) from our Wakefield unit for delivery to Dublin, this week if at all possible. Let me know the cost and the day.

Neil Porter
Logistics, Brightline Signs Ltd""", chase=True, parent=0)),

    C("f26-fernhill-slot-monday", "en", "pending", {},
      "Zoe Lindqvist <zoe.lindqvist@fernhill-lighting.example>", "apple", "Delivery slot for the Gdynia container",
      "The delivery day is booked and the exact time promised 'on Monday' - a deadline still ahead at audit time.",
      cu("11-19 10:00", """Hi Dev,

Our container from Gdynia (FHL-PO-2290) lands at Tilbury next Wednesday. Can you book the delivery into our warehouse for Thursday 26th, and what time should we expect the haulier?

Zoe
Fernhill Lighting"""),
      ag("dev", "11-19 13:30", """Hi Zoe,

Thursday 26th is booked with the haulier. They only issue their time slots on Monday mornings, so I'll confirm the exact time on Monday.

Dev""", promises=[("11-23", None)])),

    C("f27-okafor-pallets-pod", "en", "closed", {},
      "Paul Okafor <paul@okafor-tiles.example>", "gmail", "Empty pallets + POD",
      "Two numbered requests answered in two sentences, in reverse order, with the POD attached; the pallet pick-up is logistics, not a promise.",
      cu("11-05 08:00", """Hi,

Quick ones:
1. Is it possible for your driver to take back the 12 empty Euro pallets from our yard when he delivers on Monday?
2. Please send the POD for last week's delivery to Nottingham (HF-D-71120).

Paul Okafor
Okafor Tiles"""),
      ag("dev", "11-05 09:30", """Hi Paul,

POD attached. The driver takes the empty pallets on Monday when he drops off - just have them stacked by the gate.

Dev""", attach=[("application/pdf", "POD-HF-D-71120.pdf", POD_PDF)])),

    C("f28-baptiste-rotterdam-ooo", "en", "closed", {},
      "Helen Baptiste <helen.baptiste@baptiste-cosmetics.example>", "outlook", "Pallet to Rotterdam - quote",
      "Quote answered; the customer's out-of-office replies to it; after her return she books, and the booking is confirmed.",
      cu("11-03 10:00", """Hi Priya,

Could you quote for 1 pallet of cosmetics (non-hazardous, 220 kg, 120x80) from Luton to Rotterdam, for delivery by 13 November?

Thanks,
Helen Baptiste
Baptiste Cosmetics"""),
      ag("priya", "11-03 12:00", """Hi Helen,

£385 door to door - collection on Friday 6th, delivery Wednesday 11th. Just reply to book.

Best regards,
Priya"""),
      auto("11-03 12:01", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For urgent orders please contact orders@baptiste-cosmetics.example.

Helen Baptiste""", quote=False, subject="Automatic reply: RE: Pallet to Rotterdam - quote"),
      cu("11-09 09:10", """Hi Priya,

Back from leave - yes please, book it. Any collection day this week is fine now.

Helen"""),
      ag("priya", "11-09 10:00", """Hi Helen,

Booked: collection Wednesday 11th, delivery in Rotterdam on Friday 13th, booking HF-C-40188. Same price.

Best regards,
Priya""")),

    C("f29-iberfruta-caquis", "es", "pending", {},
      "Jorge Martín <jmartin@iberfruta.example>", "outlook", "Preguntas sobre el envío de caquis",
      "Spanish fruit exporter (base64 body): three questions answered with a figure, a link and a duration, the first one under the quoted question.",
      cu("11-17 09:00", """Buenos días:

Tres preguntas rápidas antes de confirmar el pedido de caquis para Londres. ¿A qué temperatura viajará el camión? ¿Tienen seguimiento del camión en tiempo real? ¿Cuál es el plazo desde Valencia hasta New Covent Garden?

Saludos,
Jorge Martín
Iberfruta S.A.""", cte="base64"),
      ag("lucia", "11-17 10:30", """Buenos días, Jorge:

> ¿A qué temperatura viajará el camión?

A 2 °C, con registrador de temperatura.

Seguimiento: https://harbourlinefreight.example/track?lang=es (el código le llega al cargar).

Plazo: 48 horas.

Un saludo,
Lucía""", quote=False), tz=1),

    C("f30-wexford-northern-ireland", "en", "pending", {"unanswered-question": 1},
      "Gráinne Walsh <grainne@wexford-woollens.example>", "gmail", "Deliveries to Belfast",
      "Irish customer asks about customs for goods to Northern Ireland; the reply explains declarations for Great Britain instead (a neighbouring question) and answers the combined-truck question.",
      cu("11-16 11:00", """Hi,

We're based in Wexford and we've started selling to a couple of shops in Belfast as well as our usual customers in England. Do we need to do a customs declaration for goods going from here to Northern Ireland? And can you put the Belfast deliveries on the same truck as our GB ones?

Gráinne Walsh
Wexford Woollens""", uq=1),
      ag("priya", "11-16 13:20", """Hi Gráinne,

Goods going on to Great Britain need a full export and import declaration, which we lodge for you as part of the service.

Yes, the Belfast drops can ride on the same trailer: it goes Rosslare - Dublin - Belfast and then over to Cairnryan, so we just add the stops.

Best regards,
Priya""")),

    C("f31-dunmore-resolved-thanks", "en", "closed", {},
      "Ruth Ainsley <ruth@dunmore-distillery.example>", "apple", "Unlabelled pallet - HF-D-71388",
      "Answered and closed with a [Resolved] subject tag; the customer's thanks (signature with '?' and a URL) does not reopen it.",
      cu("11-16 08:00", """Hi Dev,

The pallet that arrived this morning had no label and our goods-in nearly sent it back. Could you check whose it is? It's 6 cases of glassware, the consignment note says HF-D-71388 but the driver had no paperwork.

Ruth"""),
      ag("dev", "11-16 10:00", """Hi Ruth,

It's yours - the balance of the Portugal order (cases 6 of 6). I'll mark this ticket as resolved.

Dev""", subject="[Resolved] Re: Unlabelled pallet - HF-D-71388", closes=True),
      cu("11-16 10:30", """Thanks Dev, much appreciated!

Ruth
--
Dunmore Distillery | Fancy a visit? Book a tour at https://dunmore-distillery.example/tours?src=email""",
         thanks=True, subject="Re: [Resolved] Re: Unlabelled pallet - HF-D-71388")),

    C("f32-alpenblick-vier-fragen", "de", "pending", {"unanswered-question": 2},
      "Stefan Moser <s.moser@alpenblick-moebel.example>", "gmail_de", "Mehrere Fragen zu unseren UK-Sendungen",
      "Four numbered German questions; 'zu 1' and 'zu 4' are answered, the transit time and the storage offer are not.",
      cu("11-16 09:30", """Hallo Herr Kranz,

ich hätte ein paar Fragen zu unseren regelmäßigen Sendungen nach Großbritannien:

1. Können wir die Rechnung künftig monatlich als Sammelrechnung statt pro Sendung bekommen?
2. Welche Transitzeit gilt ab Januar für Rosenheim – London, ändert sich da etwas durch die neuen Grenzkontrollen?
3. Wir überlegen, ein kleines Lager in England zu nutzen. Bieten Sie auch Lagerung an, und zu welchen Konditionen?
4. Brauchen wir für Massivholzmöbel ein Pflanzengesundheitszeugnis?

Danke und viele Grüße
Stefan Moser
Alpenblick Möbel GmbH & Co. KG""", uq=2),
      ag("tobias", "11-16 14:00", """Hallo Herr Moser,

zu 1: Ja, das stellen wir ab Dezember um – Sie bekommen dann am Monatsende eine Sammelrechnung.

zu 4: Für Möbel aus verarbeitetem, behandeltem Massivholz nicht; das gilt nur für unbehandeltes Holz und für Holzverpackungen (die Paletten müssen IPPC-gestempelt sein).

Viele Grüße
Tobias Kranz"""), tz=1),

    C("f33-hartley-como-html", "en", "closed", {},
      "Victoria Hartley <v.hartley@hartley-interiors.example>", "owa", "Lead time for pallets from Italy",
      "HTML-only mail with two questions, answered in reverse order.",
      cu("11-04 13:00", """Hi Priya,

How long does a pallet from Como to our showroom in Harrogate take at the moment? And do you have a weekly groupage service from northern Italy?

Thanks,
Victoria Hartley
Hartley Interiors""", kind="html"),
      ag("priya", "11-04 15:00", """Hi Victoria,

Every Wednesday from our Milan hub, and Como is a standard collection point for it. Door to door it's 6-7 working days at the moment.

Best regards,
Priya""")),

    C("f34-greenleaf-karachi-revised", "en", "closed", {"missed-follow-up": 1},
      "Omar Siddiqui <omar@greenleaf-packaging.example>", "gmail", "Revised quote - 2 x 20ft to Karachi",
      "'We'll send the revised quote tomorrow' - it arrives a day late, unprompted: kept late = missed.",
      cu("11-02 10:00", """Hi Priya,

The customer has cut the order from 3 containers to 2. Can you revise the quote (Q-10190) for 2 x 20ft Felixstowe to Karachi?

Thanks,
Omar
Greenleaf Packaging"""),
      ag("priya", "11-02 11:30", """Hi Omar,

No problem - the per-container rate goes up a little on two boxes, so I need to re-check it with the line. We'll send the revised quote tomorrow.

Best regards,
Priya""", promises=[("11-03", 3)]),
      ag("priya", "11-04 16:00", """Hi Omar,

Revised quote Q-10190-R1 attached: $1,890 per 20ft, sailing 14 November. Sorry this took a day longer than I said.

Best regards,
Priya""", parent=2, attach=[("application/pdf", "Q-10190-R1.pdf", KARACHI_PDF)])),

    C("f35-solent-claim-chased-twice", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Bethan Rees <bethan.rees@solent-marine.example>", "outlook", "Insurance claim HF-CL-0912",
      "Claim update promised 'by Friday'; the customer sends the packing list asked for, then chases twice ('Just following up', 'third time I'm asking') before the answer comes ten days late.",
      cu("11-02 09:00", """Hi Niamh,

We submitted the claim for the water-damaged outboard parts (HF-CL-0912) on 20 October with all the photos and invoices. Could you tell me where it's got to and roughly when we'll get a decision?

Bethan Rees
Solent Marine Supplies"""),
      ag("niamh", "11-02 13:00", """Hi Bethan,

It's with the underwriters' loss adjuster, who has asked for the packing list - could you send it over? I'll chase the adjuster for a decision date and let you know by Friday.

Kind regards,
Niamh""", promises=[("11-06", 6)]),
      cu("11-02 14:10", """Packing list attached.

Bethan""", attach=[("application/pdf", "packing-list-SMS-8810.pdf", PACKING_PDF)]),
      cu("11-10 10:00", """Hi Niamh,

Just following up - did you hear back from the adjuster?

Bethan""", chase=True),
      cu("11-16 09:00", """Niamh,

This is now the third time I'm asking. We're still out of pocket by £6,400 on these parts. Can someone please give me an update?

Bethan Rees
Solent Marine Supplies""", chase=True),
      ag("niamh", "11-16 15:00", """Hi Bethan,

I'm very sorry - I was off sick last week and your mails weren't picked up by anyone else, which shouldn't have happened. The adjuster accepted the claim on Friday: £5,980 (the invoice value less the £420 excess), paid to you within 14 days.

Kind regards,
Niamh""", refs=[1, 2, 5])),

    C("f36-dwyer-collection-booking", "en", "closed", {},
      "Liam Dwyer <liam@dwyer-steel.example>", "gmail", "Collection booking",
      "Same subject as f37 from another customer on the same morning: its own case, answered in full.",
      cu("11-05 09:00", """Hi,

Can you collect 4 bundles of steel tube (6 m long, 1.2 t in total) from our Kettering yard on Monday, for delivery to Peterborough?

Liam
Dwyer Steel Stockholders"""),
      ag("dev", "11-05 10:00", """Hi Liam,

Booked for Monday 9th on a flatbed - 6 m won't go in a curtain-sider - booking HF-C-40161, £210 + VAT.

Dev""")),

    C("f37-grant-collection-booking", "en", "closed", {"unanswered-question": 1},
      "Sophie Grant <sophie.grant@grant-labels.example>", "outlook", "Collection booking",
      "Same subject as f36, another customer: the collection is booked, the hazardous-goods question added with 'Could you also let me know' is not answered.",
      cu("11-05 09:20", """Morning,

Please arrange a collection of 2 pallets from our Corby site on Tuesday for delivery to Leeds. Could you also let me know if you can take hazardous goods - we have some adhesive drums coming up next month.

Sophie Grant
Grant Labels Ltd""", uq=1),
      ag("priya", "11-05 11:00", """Hi Sophie,

Collection booked for Tuesday 10th, booking HF-C-40163, delivery in Leeds on Wednesday.

Best regards,
Priya""")),

    C("f38-mistral-batteries", "fr", "closed", {},
      "Julien Faure <julien.faure@ateliers-mistral.example>", "outlook", "Classement douanier – batteries de vélo",
      "French: 'Je reviens vers vous d'ici jeudi' kept on Wednesday with the code and the dangerous-goods answer.",
      cu("11-09 10:00", """Bonjour Madame Roussel,

Nous allons exporter des batteries pour vélos électriques vers le Royaume-Uni. Pourriez-vous me confirmer le code SH à utiliser, et me dire si ces batteries doivent voyager en marchandises dangereuses ?

Cordialement,
Julien Faure
Ateliers Mistral"""),
      ag("amelie", "11-09 11:00", """Bonjour Monsieur Faure,

Pour des batteries lithium-ion, je préfère faire valider le classement par notre service douane à Felixstowe. Je reviens vers vous d'ici jeudi.

Bien cordialement,
Amélie""", promises=[("11-12", 3)]),
      ag("amelie", "11-11 15:00", """Bonjour Monsieur Faure,

Le code à utiliser est le 8507 60 00. Et oui, elles voyagent en classe 9 (UN3480), avec un emballage homologué et l'étiquette lithium ; nous pouvons organiser le transport ADR.

Bien cordialement,
Amélie""", parent=2), tz=1),

    C("f39-pacific-rim-five-points", "en", "closed", {"unanswered-question": 2},
      "Daniel Whitaker <d.whitaker@pacificrim-imports.example>", "outlook", "Several things ahead of our review",
      "Five numbered points; three answered in a reply that does not follow the numbering, the agent's documentation fee and the shipment list are skipped.",
      cu("11-03 09:15", """Hi Priya,

Ahead of our annual review next month I've collected a few things from the team:

1. Can we move to monthly invoicing instead of per shipment?
2. Our Shanghai supplier keeps getting charged a 'documentation fee' by your agent there - is that something we can stop?
3. Is there a discount for committing to 20+ containers next year?
4. Please send a list of all our 2026 shipments with the container numbers, our auditors have asked for it.
5. Who should we contact out of hours if a container is held at the port? Last month nobody picked up.

Thanks in advance,
Daniel Whitaker
Head of Logistics, Pacific Rim Imports Ltd""", uq=2, kind="alt"),
      ag("priya", "11-03 14:40", """Hi Daniel,

Thanks for pulling these together.

Monthly invoicing is fine from December - I've asked accounts to switch you over. For 20+ containers we'd offer 5% off the ocean rate. Out of hours, please call the ops line on 01394 600 299: it now diverts to the duty manager's mobile, which it didn't last month - sorry about that.

Best regards,
Priya""")),

    C("f40-hanse-werkzeuge-angebot", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Frank Petersen <f.petersen@hanse-werkzeuge.example>", "thunderbird_de", "Angebot: 12 Paletten Bremen – Birmingham",
      "German quote request; 'gibt es schon etwas Neues?' two days later, answered (slow) with the quote.",
      cu("11-02 08:00", """Guten Morgen,

bitte senden Sie uns ein Angebot für 12 Paletten Handwerkzeuge (je ca. 600 kg) von Bremen nach Birmingham, Abholung in KW 46.

Gruß
Frank Petersen
Hanse Werkzeuge GmbH"""),
      cu("11-04 08:30", """Hallo,

gibt es schon etwas Neues zu unserem Angebot? Wir müssen bis Freitag entscheiden.

Gruß
F. Petersen""", chase=True, parent=1),
      ag("tobias", "11-04 10:00", """Guten Tag Herr Petersen,

entschuldigen Sie die Verzögerung. Für 12 Paletten Bremen – Birmingham: 2.640 € inkl. Export- und Importverzollung, Laufzeit 3–4 Tage. Eine Abholung in KW 46 ist möglich. Das Angebot finden Sie im Anhang.

Freundliche Grüße
Tobias Kranz""", attach=[("application/pdf", "Angebot-Q-10288.pdf", BREMEN_PDF)]), tz=1),

    C("f41-valdeoja-londres", "es", "closed", {"unanswered-question": 1},
      "Elena Sáenz <elena@bodegas-valdeoja.example>", "gmail_es", "Envío de vino a Londres",
      "Spanish winery, three indirect questions ('Quería saber si...', 'me gustaría saber si...'); bonded delivery and price answered, the label question is not.",
      cu("11-04 10:00", """Hola Lucía:

Tenemos un pedido de 600 cajas para un importador de Londres. Quería saber si el importador tiene que tener un depósito fiscal en el Reino Unido o si podemos enviarlo con los impuestos pagados. También me gustaría saber si hay que cambiar las etiquetas para el mercado británico, por lo de la dirección del importador. ¿Y cuánto costaría el transporte desde Haro?

Gracias,
Elena Sáenz
Bodegas Valdeoja""", uq=1),
      ag("lucia", "11-04 12:00", """Hola, Elena:

Lo más habitual es entregar en el depósito fiscal del importador; si no tiene, podemos despachar nosotros con los impuestos pagados y facturárselos a él.

El transporte de las 600 cajas (unos 11 palets) desde Haro hasta Londres sale por 1.980 € en grupaje, con 5-6 días de tránsito.

Un saludo,
Lucía"""), tz=1),

    C("f42-thistle-stock-count", "en", "pending", {},
      "Eilidh Fraser <eilidh@thistle-knitwear.example>", "apple", "Stock held in your warehouse",
      "'I'll come back to you early next week' said on Thursday, kept on Monday.",
      cu("11-12 10:00", """Hi,

Could you tell me how many cartons of ours are still in your warehouse from the October container? Our system says 46, but the shop in Inverness says they've only had 30 of the 80.

Eilidh Fraser
Thistle Knitwear"""),
      ag("dev", "11-12 12:00", """Hi Eilidh,

The warehouse team will need to do a physical count, so let me check with them and I'll come back to you early next week.

Dev""", promises=[("11-17", 3)]),
      ag("dev", "11-16 11:20", """Hi Eilidh,

Count done: 48 cartons on the shelf. Two more went to Inverness on a separate delivery on 30 October (HF-D-70988), so the shop should have 32 - worth asking them to look for that second delivery.

Dev""", parent=2)),

    C("f43-rademacher-rohkaffee", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Anke Rademacher <a.rademacher@bremer-roesterei.example>", "outlook_de", "Rohkaffee-Import über Felixstowe",
      "German roastery: the customs-and-delivery quote is promised 'bis Montag' and never sent; the sampling question is ignored.",
      cu("11-05 09:00", """Sehr geehrter Herr Kranz,

wir wollen ab Januar Rohkaffee über Felixstowe für unsere neue Rösterei in Bristol beziehen. Können Sie uns ein Angebot für Verzollung und Zustellung pro Container machen? Und übernehmen Sie auch die Probenahme für die Lebensmittelkontrolle?

Mit freundlichen Grüßen
Anke Rademacher
Bremer Rösterei GmbH""", uq=1),
      ag("tobias", "11-05 11:00", """Sehr geehrte Frau Rademacher,

vielen Dank für Ihre Anfrage. Das Angebot für Verzollung und Zustellung stelle ich gerade zusammen und schicke es Ihnen bis Montag.

Mit freundlichen Grüßen
Tobias Kranz""", promises=[("11-09", None)]), tz=1),

    C("f44-holt-site-delivery", "en", "closed", {},
      "Gavin Holt <gavin@holt-joinery.example>", "android", "Delivery to a site without a postcode",
      "Outlook for Android; the customer's follow-up lost its threading headers (subject only); both rounds answered.",
      cu("11-03 07:30", """Hi,

We need a delivery to a new build site outside Crowborough that doesn't have a postcode yet. Can your driver use what3words?

Gavin Holt
Holt Joinery

Get Outlook for Android"""),
      ag("dev", "11-03 09:00", """Hi Gavin,

Yes - just put the three words in the delivery instructions with a site contact number.

Dev"""),
      cu("11-03 09:20", """Great. Is there an extra charge for a site delivery? And will it be a small enough vehicle for a single-track lane?

Gavin

Get Outlook for Android""", thread=False),
      ag("dev", "11-03 10:10", """Hi Gavin,

No extra charge, and we'll send a 7.5-tonner with a tail-lift, which is fine on single-track lanes.

Dev""")),

    C("f45-lavande-facture-tva", "fr", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Sophie Marchetti <s.marchetti@lavande-provence.example>", "apple_fr", "Facture HF-INV-58044 – erreur de TVA",
      "French: corrected invoice promised 'demain', sent six days later after 'Je me permets de vous relancer'; the new invoice address is never acknowledged.",
      cu("11-10 09:00", """Bonjour Amélie,

Sur la facture HF-INV-58044, vous avez appliqué la TVA britannique à 20 % sur le transport, alors que nous sommes une société française et que la prestation ne devrait pas être soumise à la TVA britannique. Pouvez-vous nous envoyer une facture corrigée ? Et pourriez-vous à l'avenir envoyer les factures à compta@lavande-provence.example plutôt qu'à moi ?

Merci,
Sophie Marchetti
Lavande de Provence SARL""", uq=1),
      ag("amelie", "11-10 11:00", """Bonjour Sophie,

Vous avez raison, la TVA n'aurait pas dû être appliquée. Je demande la correction à notre service comptable et je vous envoie la facture corrigée demain.

Bien à vous,
Amélie""", promises=[("11-11", 4)]),
      cu("11-16 09:00", """Bonjour Amélie,

Je me permets de vous relancer : nous n'avons toujours pas reçu la facture corrigée.

Sophie""", chase=True),
      ag("amelie", "11-16 10:30", """Bonjour Sophie,

Toutes mes excuses pour ce retard ! Voici la facture corrigée, sans TVA.

Bien à vous,
Amélie""", attach=[("application/pdf", "HF-INV-58044-C.pdf", LAVANDE_PDF)]), tz=1),

    C("f46-birchwood-gdp-quoted", "en", "closed", {},
      "Nadia Rahman <nadia@birchwood-pharma.example>", "outlook", "Temperature-controlled pallets to Dublin",
      "The follow-up quotes the whole earlier exchange (with its questions) under one new question; every question answered.",
      cu("11-04 10:00", """Hi Priya,

Do you run temperature-controlled groupage to Dublin (15-25 °C)? And how often?

Nadia Rahman
Birchwood Pharma Supplies"""),
      ag("priya", "11-04 11:30", """Hi Nadia,

Yes - temperature-controlled trailers (15-25 °C) leave our Coventry hub for Dublin every Tuesday and Thursday.

Best regards,
Priya"""),
      cu("11-04 12:15", """Thanks. Do you need a GDP certificate from us, or is it enough that you're GDP-certified for the transport?

Nadia"""),
      ag("priya", "11-04 15:00", """Hi Nadia,

We hold the GDP licence for the transport leg, so nothing extra is needed from you - just state the temperature range on the booking.

Best regards,
Priya""")),

    C("f47-mercia-brake-discs", "en", "closed", {"unanswered-question": 2},
      "Chris Dyer <chris@mercia-auto-parts.example>", "gmail", "Brake discs from Turkey",
      "Duty rate answered; the follow-up mail asks three things and only the road-versus-sea comparison is answered (deferment account and registration skipped).",
      cu("11-02 10:00", """Hi Callum,

We're starting to import brake discs from a supplier in Bursa. What's the duty rate on them?

Chris
Mercia Auto Parts"""),
      ag("callum", "11-02 11:30", """Hi Chris,

8708 30 91 - 3% under the UK-Turkey agreement with an origin statement on the invoice, 4.5% without.

Callum"""),
      cu("11-04 09:00", """Thanks Callum.

The supplier's asking whether they should send by truck or by sea - which is cheaper for 4 pallets, and how long does each take? Also, could you set us up so we can pay the duty through your deferment account? And do we need to register for anything before the first shipment arrives?

Chris""", uq=2),
      ag("callum", "11-04 11:00", """Hi Chris,

For 4 pallets, road is the better option: around £1,150 door to door and 6 days. Sea looks cheaper on paper, but you pay LCL handling at both ends and it takes three weeks.

Callum""")),

    C("f48-shaw-preserves-new", "en", "open", {},
      "Megan Shaw <megan@shaw-preserves.example>", "gmail", "New account - exporting jams to Germany",
      "A new enquiry on the audit day, only the helpdesk acknowledgement so far (inside the response target).",
      cu("11-20 09:00", """Hello,

We're a small preserves company in Herefordshire and we've just signed our first stockist in Germany. Do you handle groupage pallets to Germany from the West Midlands? And what paperwork would we need for food products - is there anything beyond the usual export declaration?

Many thanks,
Megan Shaw
Shaw's Preserves"""),
      ack("11-20 09:01")),

    C("f49-mallory-rouen-po", "en", "pending", {"unanswered-question": 1},
      "Keith Mallory <keith.mallory@mallory-agri.example>", "outlook", "Tractor parts to Rouen - T1?",
      "The transit-document question is answered (and the agent asks one back); the request to put the PO number on the invoice is not acknowledged.",
      cu("11-17 14:00", """Hi,

We're sending a pallet of tractor parts to a dealer in Rouen next week. Do we need a T1 transit document, or can it go straight through? Also, please can you put our PO number MA-5523 on the invoice this time - last month's got rejected by our finance team.

Keith Mallory
Mallory Agricultural""", uq=1),
      ag("priya", "11-17 15:30", """Hi Keith,

No T1 needed: we lodge the export declaration here and the import declaration in France, so it goes straight through Calais.

Collection next Tuesday as usual?

Best regards,
Priya""")),

    C("f50-castells-terrassa", "es", "closed", {},
      "Núria Castells <nuria@textils-castells.example>", "gmail_es", "Recogida en Terrassa",
      "Spanish (base64 body): collection date and price confirmed, the price question answered with 'sigue igual' and a figure.",
      cu("11-06 09:00", """Hola Lucía:

¿Podéis recoger 3 palets en Terrassa el martes 10? Van a Leicester, como siempre. ¿Me confirmas también el precio? Creo que ha cambiado desde octubre.

Gracias,
Núria
Tèxtils Castells""", cte="base64"),
      ag("lucia", "11-06 10:30", """Hola, Núria:

Martes 10 confirmado, entre las 9 y las 13. El precio sigue igual que en octubre: 540 € los tres palets.

Un saludo,
Lucía"""), tz=1),

    C("f51-westmoor-singapore", "en", "closed", {"missed-follow-up": 1},
      "Ava Fitzgerald <ava@westmoor-spirits.example>", "iphone", "20ft of whisky to Singapore",
      "Space held and the booking confirmation with cut-off times promised 'by Tuesday'; never sent.",
      cu("11-05 11:00", """Hi Priya,

Could we book a 20ft for 1,100 cases of whisky to Singapore, loading from our bonded warehouse in Falkirk around 20 November?

Ava

Sent from my iPhone"""),
      ag("priya", "11-05 13:00", """Hi Ava,

That should be fine - I'm holding space on the 24 November sailing from Grangemouth. I'll email you the booking confirmation and the cut-off times by Tuesday.

Best regards,
Priya""", promises=[("11-10", None)])),

    C("f52-corn-exchange-new-jersey", "en", "pending", {},
      "Imogen Clarke <imogen.clarke@cornexchange-books.example>", "gmail", "Books to the US - a few questions",
      "Three questions inside one long paragraph ('I was wondering whether', 'Could you let me know'), answered out of order with a PDF quote.",
      cu("11-18 10:00", """Hi Priya,

We've agreed to supply a distributor in New Jersey with 6 pallets of hardbacks in January, and I have to admit I've never shipped to the US before, so forgive the basic questions. I was wondering whether books are duty-free going into the US, or whether there's some tariff I should know about. Could you let me know roughly what sea freight would cost door to door, and how long it takes? The distributor also mentioned an 'ISF filing' - is that something you do, or do they?

Many thanks,
Imogen Clarke
Production Manager, Corn Exchange Books""", kind="alt"),
      ag("priya", "11-18 12:30", """Hi Imogen,

Not basic at all! The ISF is ours to do - we file it 24 hours before loading, as long as we have your supplier details and the commodity codes. Printed books (4901) go into the US duty-free. For six pallets from Norwich to New Jersey door to door, the quote is attached: $3,250, about four weeks.

Best regards,
Priya""", attach=[("application/pdf", "Q-10455.pdf", NJ_PDF)])),

    C("f53-lakeside-pod-chase", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Rob Tennant <rob@lakeside-outdoor.example>", "thunderbird", "POD for HF-D-71006",
      "POD request chased from an old webmail client that sends no Message-ID; answered (slow) with the POD attached.",
      cu("11-03 09:00", """Hi,

Please send the proof of delivery for consignment HF-D-71006 (delivered to Kendal on 29 October). Our customer says it never arrived.

Rob Tennant
Lakeside Outdoor"""),
      cu("11-04 15:30", """Hi again,

Still waiting for the POD below - the customer is now threatening to cancel the order.

Rob""", chase=True, parent=1, client="oldclient", msgid=False,
         note="Rob's chaser of 4 Nov sent from an old webmail client without a Message-ID"),
      ag("dev", "11-04 16:20", """Hi Rob,

POD attached - signed by 'J. Birkett' at 10:42 on 29 October, left in the back store as instructed.

Dev""", attach=[("application/pdf", "POD-HF-D-71006.pdf", KENDAL_PDF)])),

    C("f54-gatehouse-template", "en", "closed", {"unanswered-question": 2},
      "Hannah Gatehouse <hannah@gatehouse-gin.example>", "gmail", "3 pallets of gin to Sardinia",
      "A templated reply points to the instant-quote form (the quote request counts as answered); the islands and euro-invoicing questions are not addressed.",
      cu("11-09 13:00", """Hello,

Could you quote for 3 pallets of gin (duty suspended, 1,900 bottles) to a distributor in Cagliari, Sardinia? Do you deliver to the islands at all, or only mainland Italy? And can we be invoiced in euros, as the distributor is paying us in euros?

Thanks,
Hannah Gatehouse
Gatehouse Gin Distillery""", uq=2),
      ag("priya", "11-09 14:30", """Hi Hannah,

Thank you for your enquiry. You can get an instant price for pallets to Europe at https://harbourlinefreight.example/quote?src=desk - just enter the postcodes, pallet sizes and weights. For alcohol, please state on the form whether the goods travel duty-paid or under bond.

Best regards,
Priya""")),

    C("f55-verdier-connaissement", "fr", "pending", {"unanswered-question": 2},
      "Paul Verdier <paul.verdier@maison-verdier.example>", "outlook", "Plusieurs questions – conteneur de Marseille",
      "Four French bullet points; delivery mode and insurance answered, the bill-of-lading copy and the free days at port are not.",
      cu("11-16 09:00", """Bonjour Amélie,

Quelques questions au sujet de notre conteneur de savons qui part de Marseille le 27 :

- Le conteneur sera-t-il dépoté à Felixstowe ou livré complet à Birmingham ?
- Est-ce que l'assurance ad valorem est incluse dans votre offre ?
- Nous aurions besoin d'une copie du connaissement dès qu'il sera émis.
- Enfin, combien de jours de franchise avons-nous au port ?

Merci d'avance,
Paul Verdier
Maison Verdier – Savonnerie de Marseille""", uq=2),
      ag("amelie", "11-16 11:00", """Bonjour Paul,

Le conteneur sera livré complet à Birmingham, avec déchargement à quai chez vous.

L'assurance ad valorem n'est pas incluse : elle est proposée en option, à 0,35 % de la valeur CIF.

Bien à vous,
Amélie"""), tz=1),

    C("f56-blake-c79-cc", "en", "closed", {},
      "Andrew Blake <andrew.blake@blake-audio.example>", "outlook", "Import VAT certificates for Q3",
      "C79 request (finance team in Cc) answered with the certificates attached and a long explanation of where the postponed-VAT statements are.",
      cu("11-09 10:00", """Hi Callum,

Our accountants are finalising the Q3 VAT return and have asked for the import VAT certificates (C79) for July to September. Please send them over when you can. They also asked whether you can download the postponed VAT statements for us, or whether that has to be us.

Thanks,
Andrew Blake
Finance Director, Blake Audio Ltd""", cc="Blake Audio Finance <finance@blake-audio.example>"),
      ag("callum", "11-09 12:00", """Hi Andrew,

The C79s we have for you are attached - but note that since you use postponed VAT accounting on most entries, they only cover the two shipments (July and September) where the VAT was deferred through our account; there is nothing for August.

The monthly postponed import VAT statements sit in your own Customs Declaration Service account, and only someone with your Government Gateway login (you, or your accountants as your agent) can download them. It's under Financial accounts > Import VAT statements once you're logged in.

Callum""", cc="Blake Audio Finance <finance@blake-audio.example>",
         attach=[("application/pdf", "C79-Q3-2026.pdf", C79_PDF)])),

    C("f57-pemberton-customs-hold", "en", "closed", {"unanswered-question": 1},
      "Jack Pemberton <jack@pemberton-tyres.example>", "gmail", "Container on customs hold - options?",
      "Reason for the hold and the delivery date given; the question about collecting with their own haulier is not answered.",
      cu("11-10 08:00", """Morning Dev,

Container CAIU 7730215 has been showing 'customs hold' at Southampton for three days now. What's the hold for and when will it be released? We're down to our last few sets of winter tyres. Can we collect it from the port with our own haulier to save time?

Jack Pemberton
Pemberton Tyres""", uq=1),
      ag("dev", "11-10 10:30", """Hi Jack,

It was a routine X-ray scan - Border Force released it at 09:14 this morning. It's on our haulage plan for tomorrow morning, so you'll have it in Swindon by midday.

Dev""")),

    C("f58-fjord-gdynia-christmas", "en", "pending", {},
      "Greta Lind <greta.lind@fjord-interiors.example>", "apple", "Next container from Gdynia",
      "A weather pleasantry and two questions answered with a date and 'yes' plus a figure.",
      cu("11-18 14:00", """Hi Priya,

How are things down in Felixstowe - still blowing a gale?

We've got another container coming from Gdynia in December. When's the last sailing that still gets it delivered before Christmas? And is the rate the same as October's?

Greta
Fjord Interiors"""),
      ag("priya", "11-18 15:10", """Hi Greta,

Blowing a gale, as ever! 11 December is the last one, and yes - £2,240, same as October.

Best regards,
Priya""")),
]

UNANSWERED: dict[str, list[str]] = {
    "f02-velocita-carbon-frames": [
        "Does anti-dumping duty apply to bicycle frames from China, or is that only for complete bikes?"],
    "f05-schaller-ddp-leeds": [
        "Bitte schicken Sie uns außerdem eine Vorlage für die Handelsrechnung, damit die Angaben für den britischen Zoll vollständig sind."],
    "f09-oakridge-damaged-pallet": [
        "Will the claim be for the full invoice value (£2,360) or only the CMR limit?",
        "Please also send me the signed POD with the driver's note on it, the customer is asking for it."],
    "f16-chateau-lescure-edimbourg": [
        "Par ailleurs, est-ce que vous vous occupez du DAE électronique et des formalités d'accises à l'arrivée, ou faut-il que notre client passe par un entrepositaire agréé ?"],
    "f18-thornbury-storage": [
        "Could you hold them in your warehouse for a week or so, and what would that cost?"],
    "f21-sunfield-reefer-valencia": [
        "Also, could you send me a copy of your standard trading conditions?"],
    "f30-wexford-northern-ireland": [
        "Do we need to do a customs declaration for goods going from here to Northern Ireland?"],
    "f32-alpenblick-vier-fragen": [
        "Welche Transitzeit gilt ab Januar für Rosenheim – London, ändert sich da etwas durch die neuen Grenzkontrollen?",
        "Bieten Sie auch Lagerung an, und zu welchen Konditionen?"],
    "f37-grant-collection-booking": [
        "Could you also let me know if you can take hazardous goods - we have some adhesive drums coming up next month."],
    "f39-pacific-rim-five-points": [
        "Our Shanghai supplier keeps getting charged a 'documentation fee' by your agent there - is that something we can stop?",
        "Please send a list of all our 2026 shipments with the container numbers, our auditors have asked for it."],
    "f41-valdeoja-londres": [
        "También me gustaría saber si hay que cambiar las etiquetas para el mercado británico, por lo de la dirección del importador."],
    "f43-rademacher-rohkaffee": [
        "Und übernehmen Sie auch die Probenahme für die Lebensmittelkontrolle?"],
    "f45-lavande-facture-tva": [
        "Et pourriez-vous à l'avenir envoyer les factures à compta@lavande-provence.example plutôt qu'à moi ?"],
    "f47-mercia-brake-discs": [
        "Also, could you set us up so we can pay the duty through your deferment account?",
        "And do we need to register for anything before the first shipment arrives?"],
    "f49-mallory-rouen-po": [
        "Also, please can you put our PO number MA-5523 on the invoice this time - last month's got rejected by our finance team."],
    "f54-gatehouse-template": [
        "Do you deliver to the islands at all, or only mainland Italy?",
        "And can we be invoiced in euros, as the distributor is paying us in euros?"],
    "f55-verdier-connaissement": [
        "Nous aurions besoin d'une copie du connaissement dès qu'il sera émis.",
        "Enfin, combien de jours de franchise avons-nous au port ?"],
    "f57-pemberton-customs-hold": [
        "Can we collect it from the port with our own haulier to save time?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"HF-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
    """Give every message its Message-ID (none where the client sends none) and raw bytes,
    parents first (mailcraft.render_corpus, plus messages without a Message-ID)."""
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
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 43: Harbourline Freight - cases",
                                 "make_practice43_corpus.py", rows)


README_HEAD = """# Practice corpus 43: Harbourline Freight support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`), its tests or any other corpus's cases, so its figure is an
unseen one. Use it to measure, not to tune: once the heuristics have been changed because of
its cases, it is no longer unseen.

- Company: **Harbourline Freight Ltd**, a small freight forwarder in Felixstowe for
  businesses: shipping quotes, customs paperwork and commodity (HS) codes, pallet
  collections, container bookings, delays and holds at port, insurance claims, invoices and
  credit notes. Support address `desk@harbourlinefreight.example`; agents Priya Ramsden
  (quotes and bookings), Callum Hersey (customs and compliance), Niamh Doherty (accounts and
  claims), Dev Mistry (port and haulage operations), Tobias Kranz (German-speaking
  customers), Amélie Roussel (French-speaking customers) and Lucía Ferrer (Spanish-speaking
  customers), all `@harbourlinefreight.example`. A helpdesk robot
  (`desk@harbourlinefreight.example`, `Auto-Submitted: auto-replied`) acknowledges a few
  tickets with "we will reply within 24 hours" - service-hours text, not a commitment.
- Customers are importers, exporters, manufacturers and merchants in the UK, Ireland,
  Germany, France and Spain on `*.example` domains, who often write long mails with several
  numbered, bulleted or inline questions. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain harbourlinefreight.example`.

```
python scripts/make_practice43_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice43_corpus.py --out /tmp/p43         # ... into another folder
python scripts/evaluate.py --corpus tests/practice43            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice43_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. Every file here, this one included, is written by the script: edit
the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.
"""

README_BODY = """
## What the corpus contains by design

Answered questions (not labelled) are answered the way agents really write: in different
words (f08 "What's going on?" - the gales held the vessel off), in one paragraph covering
three numbered questions out of order (f01, f12), inline under the quoted question (f03, f29),
as a bare list of codes (f11), a date and a figure (f58 "11 December ... and yes - £2,240"), a
link (f29 tracking, f54's instant-quote form), an attachment (f01, f02, f27, f40, f52, f56), by
colleagues after a hand-over (f14, f20), after the customer's follow-up lost its threading
headers (f44), and in a reply to a follow-up that quotes the whole earlier exchange (f46).

Unanswered questions are the realistic kind: the reply handles the main point and skips a
secondary question in the same paragraph (f02, f16, f21, f43, f57), a request without a
question mark ("Bitte schicken Sie uns außerdem eine Vorlage ...", "Please also send me the
signed POD ...", "Nous aurions besoin d'une copie du connaissement ..." in f55, "please can you put our PO
number ..."), indirect questions ("Could you also let me know if ...", "También me gustaría
saber si ..."), numbered lists of four or five points with two skipped (f32, f39), a follow-up
mail with three questions and one answered (f47), a templated reply (f54), and an agent who
answers a neighbouring question instead (f30: customs for Great Britain instead of Northern
Ireland).

Not questions (must not be flagged): pleasantries ("Hope you had a good weekend?", "How are
things down in Felixstowe - still blowing a gale?"), a rhetorical question ("Who knew a box of
fabric swatches could need so much paperwork?") and a self-answered one ("What was our EORI
number again... never mind, found it") in f22, questions inside a forwarded supplier mail of
an HTML-only message (f19), a customer signature with a `?` URL (f09) and a thanks-only mail
whose signature has "Fancy a visit?" and a `?` URL (f31), agents' signatures with "Not sure of
a commodity code?" and `?` URLs, quoted history (f46), questions in the customer's latest
unanswered mail (awaiting-reply territory: f10, f23, f25, f48).

Commitments: kept on time ("he'll be in touch tomorrow" kept by a colleague, f14; "this
afternoon" / "Niamh will come back to you" kept by two colleagues, f20; "je reviens vers vous
d'ici jeudi" kept on Wednesday, f38; "early next week" said on Thursday, kept on Monday, f42),
kept late = missed ("by Thursday" -> next Tuesday, f04; "te escribo mañana" -> three days
later, f17; "We'll send the revised quote tomorrow" -> a day late, f34; "let you know by
Friday" -> ten days late, f35; "je vous envoie la facture corrigée demain" -> six days later,
f45), never kept ("le envío la cotización el lunes", f07; "Let me check with them and I'll come
back to you" without a date = two-day window, f13; "by end of day", f21; "melde mich morgen",
f23; "bis Montag", f43; "by Tuesday", f51), and a deadline still ahead at audit time ("I'll
confirm the exact time on Monday", f26). Non-promises: logistics ("The driver takes the empty
pallets on Monday", "The driver will call 30 minutes before he arrives", "livraison à Londres
prévue le vendredi 27"), process ("the claims team normally gives a decision within 30 days",
"el código le llega al cargar"), an offer ("Just reply to book"), and the acknowledgement's
"we will reply within 24 hours".

Chasing in varied wording and languages: "any news on the December space?", "I'm still
waiting for a reply on the below", "Just following up - did you hear back ...?", "This is now
the third time I'm asking" (f35 chases twice), "Still waiting for the POD below", "ich warte
immer noch auf Ihre Rückmeldung", "gibt es schon etwas Neues ...?", "Je me permets de revenir
vers vous", "Je me permets de vous relancer", "¿Hay alguna novedad? Seguimos sin saber nada",
and a word-for-word resend of an unanswered request as a new mail with the same subject (f25).
Not chasing: a customer sending the document support asked for (f35's packing list).

Status and timing: awaiting reply (f10, f23, f25), a fresh case inside the response target
with only the acknowledgement (f48), slow first responses (a Friday-afternoon mail answered on
Monday, f18; first replies that only came after a chase, f24, f40, f53), an explicit close
("I'll close this ticket now") followed by a new problem in the same thread (f15), a
`[Resolved]` subject tag followed by a thanks-only mail (f31, stays closed), three agents on one
case (f20), a customer's out-of-office reply with `X-Autoreply` (f28), two customers using the
same subject "Collection booking" on the same morning (f36, f37).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old webmail client that sends no
Message-ID (f53); top-posted and inline replies; plain 7bit, quoted-printable (non-ASCII and
long lines), base64 (f29, f50), multipart/alternative (f10, f20, f39, f52, acknowledgements)
and HTML-only (f19, f33); PDF and PNG attachments (quotes, an import entry, credit notes,
PODs, a packing list, C79 certificates, a photo of a damaged pallet); a Cc'd finance team
(f56); a References header with a gap (f35); a reply that lost In-Reply-To/References (f44);
a resend without threading headers (f25); customers in UTC+1 (de/fr/es).

## Judgement calls

- **Deferral is not an unanswered question.** A question answered with a promise (f04, f07's
  price, f13, f17's details, f23's customs value, f26's time slot, f38, f42, f43's quote, f45,
  f51) counts as addressed; a broken promise is labelled only as `missed-follow-up`.
- **f02**: the reply explains why the duty on the entry looks high (CIF basis) but says
  nothing about anti-dumping duty: labelled unanswered.
- **f30**: "Goods going on to Great Britain need a full export and import declaration" does
  not tell the customer whether goods to Northern Ireland need one: labelled unanswered.
- **f54**: the templated reply's link to the instant-quote form is taken as answering "Could
  you quote for 3 pallets ...?"; it does not address the islands or euro invoicing (two
  findings). A reader who wants a real quote would add a third.
- **f39**: "I've asked accounts to switch you over" is an action already taken, not a promise
  to come back.
- **f35**: the customer's packing-list mail asks nothing and is not a chase; the two later
  mails are (two findings). Niamh's answer arrives ten days after "by Friday": missed.
- **f20**: Priya's "Callum ... will answer the documents question this afternoon, and Niamh
  will come back to you on the credit terms" are two promises, both kept by colleagues in
  time; the case's only finding is `many-handoffs`.
- **f49**: the agent's own question back ("Collection next Tuesday as usual?") leaves the case
  pending; the customer's PO-number request is not acknowledged: labelled unanswered.
- **f53**: the chaser without a Message-ID is `null` in `message_ids`, described in
  `null_id_notes`.

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py and
tests/test_practice24_corpus.py (structure only), plus the function names of
tests/corpusfiles.py and of scripts/evaluate.py (to call them). Not opened: `happyaudit/`,
the project README, any other test file, any other corpus or generator. All labels were fixed
before the single evaluation run (without `-v`) and none was changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md: the hand-written description plus figures computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    inbox_customer = sum(1 for m in msgs if m.role == "customer")
    inbox_auto = sum(1 for m in msgs if m.role == "auto")
    replies = sum(1 for m in msgs if m.role == "agent")
    acks = sum(1 for m in msgs if m.role == "ack")
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    statuses = Counter(c.status for c in cases)
    findings = Counter()
    for c in cases:
        findings.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    n = len(cases)
    lang_text = ", ".join(f"{names[k]} {v} ({100 * v // n} %)" if k == "en" else f"{names[k]} {v}"
                          for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    rule_text = ", ".join(f"{r} {findings[r]}" + (f" (in {uq_cases} cases)" if r == "unanswered-question" else "")
                          for r in RULES if findings[r])
    figures = (f"\n## Contents\n\n{n} cases, {len(msgs)} messages: {inbox_customer + inbox_auto} in the inbox "
               f"({inbox_customer} customer mails and {inbox_auto} customer out-of-office reply), "
               f"{replies} support replies, {acks} helpdesk acknowledgements. {clean} clean cases "
               f"({100 * clean // n} %). Languages: {lang_text}. Statuses: {statuses['closed']} closed, "
               f"{statuses['pending']} pending, {statuses['open']} open.\n\n"
               f"Expected findings: {rule_text}.\n")
    return README_HEAD + figures + README_BODY


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.harbourlinefreight.example")
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
    without_id = [p for p in inbox + sent if p["Message-ID"] is None]
    if len(without_id) > 1:
        found.append("more than one message without a Message-ID")
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
        raise SystemExit("refusing to write tests/practice43:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice43:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice43 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice43")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
