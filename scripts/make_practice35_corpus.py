#!/usr/bin/env python3
"""Regenerate ``tests/practice35/``: a labelled corpus of Thornbury Tile & Stone.

A support mailbox of a fictional supplier of floor and wall tiles, natural stone and
adhesives to homeowners and small builders (samples, quotes by the square metre, pallet
delivery slots, breakages, returns of unopened boxes, trade accounts, fitting advice, colour
batch matching), written without looking at the detection heuristics. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``thornburytile.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, when a
labelled question is not verbatim in the customer's own text of that case, or when the
written mail does not parse back and round-trip.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice35_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "thornburytile.example"
HELP = "Thornbury Tile & Stone <help@thornburytile.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nell": ("Nell Ashworth <nell@thornburytile.example>", "thunderbird", """-- 
Nell Ashworth
Showroom & Samples | Thornbury Tile & Stone
Unit 4, Quarry Lane Trading Estate, Thornbury BS35 | 01454 860 212
Order samples online: https://thornburytile.example/samples?ref=sig"""),
    "gideon": ("Gideon Pryce <gideon@thornburytile.example>", "outlook", """Gideon Pryce
Deliveries & Returns | Thornbury Tile & Stone
Pallet deliveries Monday to Saturday. Need to move a slot? Call 01454 860 215."""),
    "farah": ("Farah Qureshi <farah@thornburytile.example>", "owa", """Farah Qureshi
Trade Accounts | Thornbury Tile & Stone
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell us and delete it."""),
    "callum": ("Callum Rees <callum@thornburytile.example>", "apple", """Callum Rees
Technical & Fitting Advice | Thornbury Tile & Stone
Fitting guides: https://thornburytile.example/guides?src=email"""),
    "lukas": ("Lukas Brenner <lukas@thornburytile.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenservice (Deutsch) | Thornbury Tile & Stone
https://thornburytile.example/de?ref=signatur"""),
    "solene": ("Solène Garnier <solene@thornburytile.example>", "apple_fr", """Solène Garnier
Service client (français) | Thornbury Tile & Stone
Livraisons en France : https://thornburytile.example/fr/livraison?utm_source=email"""),
    "paloma": ("Paloma Echeverría <paloma@thornburytile.example>", "gmail_es", """--
Paloma Echeverría
Atención al cliente (español) | Thornbury Tile & Stone
+44 1454 860 219"""),
}

ACK = """Hello,

Thanks for contacting Thornbury Tile & Stone. This is an automatic reply to
confirm that we have your email - your reference is {ref}. Our customer team
works Monday to Friday 8am-5.30pm and Saturday 8am-12pm, and we will reply
within one working day.

If your delivery is today and you need to change it, please ring 01454 860 215.

Thornbury Tile & Stone
https://thornburytile.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Thornbury Helpdesk 4.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="tts.", outlook_server="CWLP265")
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
    """The helpdesk's automatic acknowledgement (UTC)."""
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

QUOTE_HOLLIS_PDF = mailcraft.pdf(["Thornbury Tile & Stone - Quotation Q-4471",
                                  "Carrara Matt porcelain 600x600, 30 boxes (43.2 m2)",
                                  "Thornfix Rapid Set grey 20 kg x 12, Thornfix Grout Storm Grey 5 kg x 4",
                                  "Trade prices, valid 30 days. Delivery free over GBP 750."])
QUOTE_KAPOOR_PDF = mailcraft.pdf(["Thornbury Tile & Stone - Quotation Q-4398-R1",
                                  "Calacatta Matt wall tile 300x600, 18 boxes",
                                  "Floor tile Ash Grey 600x600, 20 boxes; white sanitary silicone x 2",
                                  "Total GBP 1,286.40 ex VAT"])
QUOTE_PRYOR_PDF = mailcraft.pdf(["Thornbury Tile & Stone - Quotation Q-4390-R2",
                                 "Nordic Oak Herringbone porcelain, 26 m2 + 15 % waste = 21 boxes",
                                 "Adhesive and grout as Q-4390"])
PROFORMA_PDF = mailcraft.pdf(["Thornbury Tile & Stone - Pro-forma invoice PF-1187",
                              "Castellan Homes Ltd - against quotation Q-4502",
                              "Two deliveries: 7 and 21 December 2026"])
ANGEBOT_PDF = mailcraft.pdf(["Thornbury Tile & Stone - Angebot A-2611-018",
                             "Jura Beige geschliffen 60x40, 126 m2",
                             "Thornfix Naturstein-Flex weiss, 24 Sack",
                             "Lieferung frei Baustelle 50667 Koeln"])
PRICE_LIST_PDF = mailcraft.pdf(["Thornbury Tile & Stone - Trade price list, wall tiles",
                                "November 2026 edition - prices per m2 ex VAT",
                                "Adhesive offer: 10 % off until 30 November"])
DEVIS_PDF = mailcraft.pdf(["Thornbury Tile & Stone - Devis D-2611-07",
                           "Carreau ciment Provence 20x20, 60 m2",
                           "Livraison 2 adresses, Etretat - total 3 412 EUR TTC"])
CARE_PDF = mailcraft.pdf(["Thornbury Tile & Stone - Care sheet: honed limestone",
                          "Clean with pH-neutral stone soap only.",
                          "No vinegar, lemon, bleach or steam mops. Reseal every 2-3 years."])
BROKEN_PNG = mailcraft.png(12, 9, lambda x, y: (150 + 6 * x, 180 - 5 * y, 150))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("t01-ashdown-samples", "en", "closed", {},
      "Harriet Ashdown <harriet.ashdown@postbox.example>", "gmail", "Samples - 3 floor tiles",
      "Three samples requested with two questions (cost, how long); all answered in two short paragraphs; thanks-only reply.",
      cu("11-02 09:12", """Hello,

We're redoing our downstairs loo and hallway and have narrowed it down to three floor tiles from your website: the Cotswold Honed Limestone, the Victorian Black & White Chequer and the Oxford Terracotta.

Could I order a sample of each? I was wondering whether samples are free or whether there's a charge, and roughly how long they take to arrive - we have the builder coming to measure up on the 12th and it would be lovely to have them by then.

Many thanks,
Harriet Ashdown
14 Mill Lane, Wotton-under-Edge GL12 7AB"""),
      ag("nell", "11-02 11:40", """Hi Harriet,

All three are in the post to Mill Lane this afternoon. Cut samples are free, up to five per household - we only charge for full-size tiles, and that's refunded if you go on to order.

Royal Mail second class normally takes two to three working days, so you'll have them well before the 12th.

Best wishes,
Nell"""),
      cu("11-02 12:05", """Brilliant, thank you Nell!

Harriet""", thanks=True)),

    C("t02-hollis-porcelain-quote", "en", "closed", {"unanswered-question": 1},
      "Dan Hollis <dan@hollisbuild.example>", "outlook", "Quote - Carrara Matt 60x60, Olveston job",
      "Builder's quote by the square metre sent as a PDF with adhesive and grout worked out; the 60x120 question is skipped; thanks-only reply.",
      cu("11-03 07:35", """Morning,

Pricing up a kitchen-diner extension in Olveston. Client has chosen the Carrara Matt porcelain in 60x60. Floor area is 38 m2 - please quote for that plus 10% waste, along with the adhesive and grout I'll need (grey grout, 3mm joints, going onto a new sand/cement screed).

Can you also tell me if the Carrara Matt comes in 60x120? Client likes the look of the big format in your showroom but I haven't seen it on the price list.

Cheers
Dan Hollis
Hollis Building Services
07700 900 412""", uq=1),
      ag("farah", "11-03 10:20", """Hi Dan,

Quote Q-4471 attached. 38 m2 plus 10 % comes to 30 boxes (1.44 m2 a box, 43.2 m2), with 12 bags of Thornfix Rapid Set grey and 4 x 5 kg of Thornfix Grout in Storm Grey - worked out for a 10 mm notched trowel and 3 mm joints on 600 x 600.

Trade prices are applied and the quote is valid for 30 days. Delivery to Olveston is free on orders over £750.

Kind regards,
Farah""", attach=[("application/pdf", "Q-4471.pdf", QUOTE_HOLLIS_PDF)]),
      cu("11-03 10:52", """Thanks Farah, got it. I'll run it past the client this week.

Dan""", thanks=True)),

    C("t03-pemberton-breakage", "en", "closed", {},
      "Jo Pemberton <jo.pemberton@northavonmail.example>", "iphone", "Broken boxes in today's delivery TT-55602",
      "Pallet arrives with three smashed boxes (photo attached); what to do with them and replacements before Thursday both answered; thanks.",
      cu("11-09 08:05", """Hi,

Our pallet came this morning (order TT-55602) and three boxes of the Sage Metro wall tiles are smashed - photo attached, you can see the corners have gone on all of them. The driver had left before I opened it.

What should I do with the broken boxes? And is there any way of getting replacements before Thursday? Our tiler starts on Friday and he needs the full quantity.

Jo

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", BROKEN_PNG)]),
      ag("gideon", "11-09 09:30", """Hi Jo,

Sorry about that, and thanks for the photo - that's all we need for the claim. Three replacement boxes of Sage Metro are on Wednesday's van to you, 8am-12pm. Just leave the damaged boxes by the door on Wednesday and the driver will take them back when he drops the new ones; no need to repack them.

Regards,
Gideon"""),
      cu("11-09 09:41", """Great, thanks for sorting it so quickly.

Jo

Sent from my iPhone""", thanks=True)),

    C("t04-marchetti-batch", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Luca Marchetti <luca@marchetti-interiors.example>", "gmail", "Fumo Grey - need 6 more boxes, batch B27",
      "Colour batch matching: the agent promises a warehouse answer 'tomorrow', the customer chases two days later and gets it then (kept late = missed).",
      cu("11-10 13:15", """Hi there,

I laid your Fumo Grey slate-effect tiles in a bathroom last month and I'm 6 boxes short for the en-suite next door. The boxes I had were batch B27, shade T3 (printed on the end of each box).

Do you still have any boxes from B27? If not, how far off is the current batch - is it something you'd notice side by side? And could you hold six boxes for me until Saturday? I can collect from Thornbury.

Thanks,
Luca Marchetti
Marchetti Interiors"""),
      ag("nell", "11-10 15:50", """Hi Luca,

Holding six boxes for you is no problem once we know which batch we're talking about. The shop-floor stock is B31, so I need the warehouse to look for any B27 at the back before I can say whether they'd match. Let me check with them and I'll come back to you tomorrow.

Best,
Nell""", promises=[("11-11", 4)]),
      cu("11-13 08:20", """Hi Nell,

Any news from the warehouse on the B27 boxes? I need to know today if I'm collecting tomorrow.

Luca""", chase=True),
      ag("nell", "11-13 09:05", """Hi Luca,

Sorry - I should have got back to you on Wednesday. The warehouse found four boxes of B27 T3; the other two would have to be B31, which is a touch warmer and would show next to B27 on a floor. The four B27 boxes are set aside in your name at the trade counter for Saturday morning.

Best,
Nell""")),

    C("t05-greaves-trade-account", "en", "pending", {},
      "Ryan Greaves <ryan@greavesandson.example>", "gmail", "Trade account",
      "Trade-account enquiry (how to apply, discount, credit terms) answered with a link, a figure and the terms after the helpdesk acknowledgement.",
      cu("11-16 07:50", """Hello,

I run a small building firm (3 of us) and we're putting more bathrooms through than we used to. How do I go about opening a trade account with you? Could you let me know what discount trade customers get, and whether you offer credit terms or it's all card on order?

Regards
Ryan Greaves
Greaves & Son Building Ltd"""),
      ack("11-16 07:51"),
      ag("farah", "11-16 11:15", """Hi Ryan,

Thanks for thinking of us. The application is a two-minute form: https://thornburytile.example/trade/apply?ref=email - have your company number and one trade reference to hand.

Trade accounts get 15 % off list on tiles and 10 % on adhesives and tools from day one. Card on order to begin with; after three months of trading we can move you onto a 30-day account, subject to a credit check.

Kind regards,
Farah""")),

    C("t06-okafor-underfloor", "en", "pending", {"unanswered-question": 2},
      "Chidi Okafor <chidi@okaforhome.example>", "apple", "Porcelain over underfloor heating on ply - adhesive?",
      "DIY fitting advice: adhesive and membrane answered; when to switch the heating on and the request to add two bags to an order are skipped.",
      cu("11-17 20:40", """Hello,

I'm doing our kitchen floor myself and want to get it right. It's 22 m2 of your Kensington porcelain (60x60) going onto an 18mm ply subfloor with electric underfloor heating mats.

Which of your adhesives should I be using for that? Do I need a decoupling membrane over the ply, or is the heating mat and a levelling compound enough? I've read conflicting things online. Also, once it's all grouted, how long do I have to wait before switching the heating on?

Please add two bags of whichever adhesive you recommend to my order TT-55821, which hasn't been delivered yet.

Thanks in advance,
Chidi Okafor""", uq=2),
      ag("callum", "11-18 09:25", """Hi Chidi,

On a timber subfloor with heating you want a flexible S1 adhesive - our Thornfix Flex S1 in grey is the one. And yes, I'd put a decoupling membrane down over the ply: timber moves with heat and moisture, and the membrane stops that movement cracking the tiles or the grout. A levelling compound on its own won't do that job.

The membrane we stock: https://thornburytile.example/products/decouple-membrane?src=email

Callum""")),

    C("t07-durand-normandie", "fr", "closed", {},
      "Claire Durand <claire.durand@lamaisonfleurie.example>", "apple_fr", "Tomettes hexagonales - livraison en Normandie ?",
      "French holiday-home owner: delivery to Normandy, its price and two samples, all answered; thanks-only reply.",
      cu("11-03 18:20", """Bonjour,

Nous rénovons une longère près de Honfleur et nous avons eu un coup de cœur pour vos tomettes hexagonales en terre cuite, vues au salon de Bristol.

Livrez-vous en Normandie et, si oui, combien coûte la livraison d'une palette ? Il nous faudrait environ 45 m². Je voudrais aussi recevoir un échantillon des tomettes naturelles et un des tomettes vieillies, pour comparer sur place.

Merci beaucoup,
Claire Durand""", tz=1),
      ag("solene", "11-04 09:10", """Bonjour Claire,

Oui : un camion part pour la Normandie et la Bretagne un jeudi sur deux, et Honfleur est sur son trajet. Une palette complète (jusqu'à 50 m² de tomettes) revient à 145 € TTC, livrée devant la maison.

Les deux échantillons, naturel et vieilli, sont partis ce matin par la poste ; comptez quatre à cinq jours.

Bien cordialement,
Solène"""),
      cu("11-04 10:35", """Merci beaucoup Solène, c'est parfait !

Claire""", tz=1, thanks=True)),

    C("t08-brandt-fugenfarbe", "de", "closed", {"unanswered-question": 1},
      "Jörg Brandt <j.brandt@brandt-fliesen.example>", "outlook_de", "Fugenfarbe Anthracite Slate / Rechnung TT-55417",
      "German tiler: grout colour advice given; the VAT number needed on the invoice is ignored.",
      cu("11-05 08:10", """Guten Morgen,

für ein Badprojekt in Freiburg verlegen wir Ihre Fliese "Anthracite Slate" im Format 30x60. Welche Fugenfarbe würden Sie dazu empfehlen – eher Anthrazit oder ein helleres Grau? Der Bauherr möchte, dass die Fläche möglichst ruhig wirkt.

Außerdem benötigen wir auf der Rechnung zur Bestellung TT-55417 unsere USt-IdNr. DE 287 114 903, sonst kann unsere Buchhaltung die Rechnung nicht verbuchen.

Mit freundlichen Grüßen
Jörg Brandt
Brandt Fliesen & Naturstein GmbH""", tz=1, uq=1),
      ag("lukas", "11-05 10:45", """Guten Morgen Herr Brandt,

für eine ruhige Fläche nehmen Sie am besten eine Fuge, die eine Spur dunkler ist als die Fliese selbst – unser Thornfix Grout "Graphite" passt sehr gut zur Anthracite Slate. Ein helleres Grau würde jede einzelne Fliese betonen und das Raster deutlich hervorheben.

Viele Grüße""")),

    C("t09-villalba-devolucion", "es", "closed", {"missed-follow-up": 1},
      "Marta Villalba <marta.villalba@correo-hogar.example>", "gmail_es", "Devolución de cajas sin abrir",
      "Spanish customer returning four unopened boxes: the collection is arranged (logistics), the refund amount promised for 'mañana' never comes.",
      cu("11-10 19:30", """Hola:

En septiembre les compré 22 cajas del porcelánico "Roble Natural" para el salón y me han sobrado 4 cajas sin abrir. ¿Puedo devolverlas? ¿Cómo funciona, las llevo yo a la tienda o vienen ustedes a recogerlas?

Y otra cosa: ¿me devuelven el importe completo o se descuenta algo?

Gracias,
Marta Villalba"""),
      ag("paloma", "11-11 10:15", """Hola, Marta:

Sí, las cajas sin abrir se pueden devolver hasta 90 días después de la entrega. No hace falta que las traiga: nuestro transportista pasa por su casa el jueves 19 por la mañana y se las lleva.

En cuanto al reembolso, depende de si su pedido entraba en la promoción de septiembre; lo compruebo con contabilidad y mañana le confirmo el importe exacto.

Un saludo,
Paloma""", promises=[("11-12", None)])),

    C("t10-fairweather-slot", "en", "pending", {},
      "Simon Fairweather <simon@fairweather-home.example>", "owa", "Delivery booking TT-55790",
      "Delivery slot booked with a one-word 'Booked:' line; tail-lift and back-garden questions answered together; thanks with information only.",
      cu("11-17 12:30", """Hi,

Our order TT-55790 (two pallets of Yorkstone-effect paving) is ready to book in. Could we have it on Tuesday 24th, morning if possible?

A couple of practical questions: does your lorry have a tail-lift, and could the driver wheel the pallets round to the back garden? It's a level path but it's about 20 metres from the road.

Thanks,
Simon Fairweather"""),
      ag("gideon", "11-17 14:05", """Hi Simon,

Booked: Tuesday 24 November, 7am-12pm.

All our lorries carry a tail-lift and a pallet truck, and the driver can take the pallets round as long as the path is hard and flat all the way - slabs or concrete are fine, gravel or lawn aren't, and each pallet weighs about 900 kg. If he isn't happy with it on the day, they'll be left on the drive.

Regards,
Gideon"""),
      cu("11-17 14:30", """That's great, thanks Gideon - it's paved all the way round.

Simon""", thanks=True)),

    C("t11-quinn-refund", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Bethan Quinn <bethan.quinn@riverbank.example>", "gmail", "Refund for returned boxes",
      "Refund question gets only the acknowledgement; five days later the customer chases from her phone, threading headers lost; no human reply.",
      cu("11-12 16:10", """Hello,

Your driver collected the four unopened boxes of Mocha Gloss from us on Monday (return ref RT-2231). Could you tell me when the refund will be made, and whether it goes back on the card I paid with?

Thanks,
Bethan Quinn"""),
      ack("11-12 16:11"),
      cu("11-17 08:45", """Hi, still waiting to hear about the refund for the Mocha Gloss boxes you collected on the 9th - it's been over a week now. Can someone please let me know?

Bethan

Sent from my iPhone""", client="iphone", chase=True, thread=False, quote=False, parent=1)),

    C("t12-lowther-greys", "en", "closed", {},
      "Imogen Lowther <imogen@lowtherstudio.example>", "thunderbird", "Dove Grey vs Storm Grey",
      "A rhetorical question and a self-answered one around two real requests (glaze, more samples), both answered; thanks-only reply.",
      cu("11-04 10:40", """Hi Nell,

Who knew choosing a grey could take three months? We're down to two: the Dove Grey and the Storm Grey zellige-style wall tiles, samples of which are propped up on my kitchen windowsill.

Do the Dove and Storm share the same glaze, i.e. will they have the same amount of shine? It's hard to tell from one tile each. Could you send me two more samples of the Storm so I can see the variation between tiles?

Where's the batch number printed, by the way? Ah - found it, on the back of the sample sticker.

Thanks,
Imogen"""),
      ag("nell", "11-04 14:20", """Hi Imogen,

Same glaze on both - a high-gloss crackle, so they'll catch the light the same way; the Storm only looks flatter because the darker colour hides the reflections. Two more Storm samples went in today's post, picked from different boxes so you'll see how much they vary.

Best,
Nell"""),
      cu("11-06 09:15", """They've arrived - thank you! Storm it is, I think.

Imogen""", thanks=True)),

    C("t13-kapoor-revised-quote", "en", "closed", {},
      "Anil Kapoor <anil@kapoorpropertycare.example>", "outlook", "Revise quote Q-4398",
      "Three changes to a quote; the agent promises the revised quote for tomorrow morning and sends it then (kept); thanks.",
      cu("11-05 09:00", """Hi Farah,

Following our chat at the trade counter yesterday - please revise quote Q-4398 to swap the Calacatta gloss wall tiles for the matt version, and drop the floor tile quantity from 24 to 20 boxes. Could you also include 2 tubes of the white silicone?

Thanks
Anil Kapoor
Kapoor Property Care"""),
      ag("farah", "11-05 11:30", """Hi Anil,

Of course. The matt Calacatta is in a different price band, so I need to re-run the whole quote - I'll send the revised version over tomorrow morning.

Kind regards,
Farah""", promises=[("11-06", 3)]),
      ag("farah", "11-06 09:40", """Hi Anil,

Revised quote Q-4398-R1 attached: Calacatta Matt on the walls, 20 boxes of floor tile and 2 x white sanitary silicone. The new total is £1,286.40 ex VAT, about £40 less than before.

Kind regards,
Farah""", attach=[("application/pdf", "Q-4398-R1.pdf", QUOTE_KAPOOR_PDF)]),
      cu("11-06 10:05", """Perfect, thanks Farah.

Anil""", thanks=True)),

    C("t14-whitcombe-slate-sealer", "en", "closed", {"slow-first-response": 1},
      "Ed Whitcombe <ed.whitcombe@cotswoldmail.example>", "gmail", "Sealing Welsh slate",
      "Friday-evening fitting question answered fully on Monday afternoon: slow first response only.",
      cu("11-06 18:35", """Hello,

We've just had a Welsh slate floor laid in the kitchen (bought from you in October). The fitter said to seal it before grouting but didn't leave any instructions. Which sealer do I need, and how many coats? The floor is about 16 m2.

Ed Whitcombe"""),
      ag("callum", "11-09 14:10", """Hi Ed,

For Welsh slate use Thornseal Impregnator - the colour-enhancing one if you like the wet look, the natural one if you don't. One coat before grouting so the grout can't stain the surface, then a second coat 24 hours after grouting. A litre does about 12-15 m2 per coat, so two litres will cover both coats on 16 m2.

Callum""")),

    C("t15-ferreira-webform", "en", "pending", {},
      "Sofia Ferreira <sofia.ferreira@lisbonbristol.example>", "owa", "Marrakech Blue tiles - wet room?",
      "HTML-only customer mail with two product questions, both answered in the agent's own words.",
      cu("11-18 13:05", """Hi,

I'm looking at the Marrakech Blue encaustic-look tiles for a small bathroom floor (3.5 m2). Are they suitable for a wet room where the floor is fully open to the shower? And are they porcelain or real cement tiles? The product page doesn't say.

Thanks,
Sofia""", kind="html"),
      ag("callum", "11-18 16:20", """Hi Sofia,

They're porcelain with a printed pattern rather than cement, so no sealing, and with an R10 slip rating they're fine on an open wet-room floor. Go for the 20 x 20 size rather than the 33 x 33 so the floor can fall to the drain.

Callum""")),

    C("t16-oduya-mosaic", "en", "pending", {"unanswered-question": 1},
      "Kemi Oduya <kemi@oduyadesign.example>", "gmail", "Verde hexagon mosaic",
      "Designer asks about shower-floor suitability and lead time; only the lead time is answered.",
      cu("11-16 10:20", """Hello,

I'm designing a shower room for a client and I'm keen on your Verde hexagon mosaic. Are the mesh-backed mosaic sheets suitable for a shower floor? And what's the lead time on the Verde - the website just says 'call for availability'.

Best,
Kemi Oduya
Oduya Design Studio
https://oduyadesign.example/portfolio?utm_source=signature""", uq=1),
      ag("nell", "11-16 12:05", """Hi Kemi,

The Verde hexagon comes in from our supplier near Bologna, so it's about three weeks from order to delivery at the moment. We keep a box in the showroom if your client would like to see it in person first.

Best,
Nell""")),

    C("t17-hargreaves-reopened", "en", "pending", {"reopened": 1},
      "Tom Hargreaves <tom@hargreaves-joinery.example>", "thunderbird", "Cracked tiles - order TT-55588",
      "Breakage replaced, customer thanks, the agent closes the ticket; the customer comes back because a replacement box is from another batch; answered.",
      cu("11-09 07:40", """Hi,

Two boxes of the Chalk White metro tiles in Saturday's delivery (order TT-55588) had cracked tiles in them - about half of each box. Please can you send two replacement boxes?

Tom Hargreaves"""),
      ag("gideon", "11-09 09:15", """Hi Tom,

Sorry about that. Two boxes of Chalk White are on Thursday's van to you, same address, and the driver will take the damaged ones away.

Regards,
Gideon"""),
      cu("11-12 13:10", """Replacements arrived this morning, all good. Thanks.

Tom""", thanks=True),
      ag("gideon", "11-12 13:40", """Hi Tom,

Glad they arrived safely. I'm closing this ticket now.

Regards,
Gideon""", closes=True),
      cu("11-16 08:30", """Hi Gideon,

Sorry, me again. We've started on the second wall and one of the replacement boxes is a visibly different shade - the box says batch C14 and all the others are C09. Can you swap it for a C09 box? The tiler has stopped on that wall until we sort it.

Tom"""),
      ag("gideon", "11-16 10:50", """Hi Tom,

Apologies, that one shouldn't have gone out. We have C09 in stock: a box is on tomorrow's van (Tuesday, 8am-12pm) and the driver will take the C14 back.

Regards,
Gideon""")),

    C("t18-castellan-three-agents", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Rachel Castellan <rachel@castellanhomes.example>", "outlook", "Meadowbrook, Yate - samples, deliveries, pro-forma",
      "A numbered list of four requests split between three agents (samples, split delivery, pro-forma PDF); nobody answers the volume-discount question.",
      cu("11-16 09:00", """Hello,

We're a small developer finishing four houses in Yate and I have a mixed bag of things:

1. Can you send samples of the Nordic Oak plank porcelain and the Ash Grey 60x60 to our site office?
2. We'll need the main floor tile order delivered in two drops - houses 1 & 2 on 7 December, houses 3 & 4 a fortnight later. Is that possible on one order?
3. Our accounts team needs a pro-forma invoice before they'll release payment. Could you raise one against quote Q-4502?
4. Do you offer any discount for using the same tile across all four houses?

Thanks,
Rachel Castellan
Castellan Homes Ltd
Site office: Plot 3, Meadowbrook, Yate BS37 4FF

This message is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.""", uq=1),
      ag("nell", "11-16 11:10", """Hi Rachel,

Samples of the Nordic Oak and the Ash Grey are on their way to the site office, addressed to you at Plot 3.

Best,
Nell"""),
      ag("gideon", "11-16 14:25", """Hi Rachel,

Nell passed me the delivery question. Yes, one order can go out in two drops: I've pencilled in Monday 7 December and Monday 21 December, both 7am-12pm. Each drop is charged as a separate delivery unless it's over £750 on its own.

Regards,
Gideon""", parent=1),
      ag("farah", "11-17 10:05", """Hi Rachel,

Pro-forma PF-1187 against Q-4502 is attached. Once payment lands the stock is allocated to you, so both December drops are safe.

Kind regards,
Farah""", parent=1, attach=[("application/pdf", "PF-1187.pdf", PROFORMA_PDF)])),

    C("t19-weber-liefertermin", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Sabine Weber <sabine.weber@weber-bau.example>", "gmail_de", "Liefertermin Aachen - Auftrag TT-55650",
      "Export pallets to Aachen: the call-ahead question is answered, the delivery date promised 'bis Mittwoch nächster Woche' arrives on Thursday after a chase.",
      cu("11-11 09:20", """Hallo Herr Brenner,

die zwei Paletten Cotswold-Kalkstein (Auftrag TT-55650) sind laut Ihrer Mail versandbereit. Wann genau kommen sie bei uns in Aachen an? Wir müssen den Stapler und zwei Leute auf der Baustelle einplanen.

Und: Kann die Spedition vorher anrufen, etwa eine Stunde vor Ankunft?

Viele Grüße
Sabine Weber
Weber Bau GmbH, Aachen""", tz=1),
      ag("lukas", "11-11 11:00", """Hallo Frau Weber,

ein Anruf eine Stunde vor Ankunft ist bei unserer Spedition Standard, die Telefonnummer der Baustelle habe ich schon weitergegeben. Den genauen Liefertag muss ich noch mit der Spedition klären, die Touren nach NRW werden gerade neu geplant – ich melde mich bis Mittwoch nächster Woche bei Ihnen.

Viele Grüße""", promises=[("11-18", 4)]),
      cu("11-19 08:15", """Hallo Herr Brenner,

ich warte immer noch auf Ihre Rückmeldung zum Liefertermin. Wir müssen heute den Stapler bestellen – gibt es schon etwas Neues?

Viele Grüße
Sabine Weber""", tz=1, chase=True),
      ag("lukas", "11-19 10:30", """Hallo Frau Weber,

entschuldigen Sie bitte die Verspätung. Die Paletten werden am Dienstag, 24. November, zwischen 8 und 12 Uhr in Aachen angeliefert; die Spedition ruft wie besprochen eine Stunde vorher an.

Viele Grüße""")),

    C("t20-leroux-compte-pro", "fr", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Antoine Leroux <antoine@leroux-renovation.example>", "apple_fr", "Ouverture d'un compte professionnel",
      "French renovation firm asks about a trade account; only the acknowledgement until the customer chases four days later; then every point answered.",
      cu("11-12 14:30", """Bonjour,

Je dirige une petite entreprise de rénovation à Boulogne-sur-Mer et nous achetons de plus en plus de carrelage chez vous (trois commandes cette année). Est-il possible d'ouvrir un compte professionnel pour une société française ? Si oui, pourriez-vous m'indiquer les conditions : remise, paiement à 30 jours, minimum de commande ?

Cordialement,
Antoine Leroux
Leroux Rénovation SARL""", tz=1),
      ack("11-12 13:31"),
      cu("11-16 09:10", """Bonjour,

Je me permets de revenir vers vous au sujet de ma demande d'ouverture de compte professionnel, envoyée jeudi dernier et restée sans réponse. Pourriez-vous me dire où en est le dossier ?

Cordialement,
Antoine Leroux""", tz=1, chase=True, parent=1),
      ag("solene", "11-16 11:40", """Bonjour Monsieur Leroux,

Toutes mes excuses pour ce délai. Oui, nous ouvrons des comptes professionnels aux sociétés françaises : il suffit de nous envoyer votre extrait Kbis et votre numéro de TVA intracommunautaire. La remise est de 15 % sur le carrelage, sans minimum de commande. Le paiement à 30 jours est possible après trois mois ; d'ici là, vous réglez à la commande.

Bien cordialement,
Solène""")),

    C("t21-moreno-hidraulico", "es", "closed", {"unanswered-question": 2},
      "Javier Moreno <javier@reformasmoreno.example>", "gmail_es", "Presupuesto baldosa hidráulica Sevilla",
      "Spanish tiler: price per m2 given with stock and delivery time; the volume discount and the adhesive data sheet are skipped.",
      cu("11-04 07:55", """Buenos días:

Estoy presupuestando un suelo de cocina para un cliente en Clifton y le gusta mucho su baldosa de efecto hidráulico "Sevilla" de 20x20. ¿Qué precio tiene por metro cuadrado? Serían unos 60 m², así que me gustaría saber si hay algún descuento por esa cantidad.

Por favor, mándenme también la ficha técnica del adhesivo C2TE que recomiendan para esta baldosa.

Saludos,
Javier Moreno
Reformas Moreno""", uq=2),
      ag("paloma", "11-04 10:30", """Buenos días, Javier:

La "Sevilla" de 20x20 está a 38,50 £ el metro cuadrado, IVA incluido. Tenemos existencias de sobra para 60 m², así que podríamos entregársela en Clifton en tres o cuatro días laborables.

Un saludo,
Paloma""")),

    C("t22-ainsley-inline", "en", "closed", {},
      "Megan Ainsley <megan.ainsley@hillcrest.example>", "gmail", "Few questions before I start tiling",
      "Four DIY questions answered inline under each quoted line, tersely ('2 mm'); thanks-only reply.",
      cu("11-05 20:15", """Hi Callum,

Thanks for the advice in the showroom on Saturday. I'm about to start tiling the bathroom walls and have a few last questions before I commit:

What joint width should I use for the 10x30 metro tiles?
Do I need to leave a gap where the tiles meet the bath, or just silicone it?
Are your chrome trims 10mm or 8mm?
Can I tile straight onto the new plasterboard or does it need priming first?

Thanks so much,
Megan"""),
      ag("callum", "11-06 08:50", """Morning Megan,

Answers below.

> What joint width should I use for the 10x30 metro tiles?

2 mm - the small cross spacers, not the 3 mm ones.

> Do I need to leave a gap where the tiles meet the bath, or just silicone it?

Leave 3-4 mm and fill it with silicone, never grout. Fill the bath with water before you silicone so it's sitting at its lowest.

> Are your chrome trims 10mm or 8mm?

We stock both. You'll want the 10 mm - tile plus adhesive will come out at about 10.

> Can I tile straight onto the new plasterboard or does it need priming first?

Straight on is fine in the dry areas as long as it hasn't been skimmed. Round the bath and in the shower, put a tanking kit on first.

Callum""", quote=False),
      cu("11-06 09:30", """Brilliant, that's exactly what I needed. Thank you!

Megan""", thanks=True)),

    C("t23-becker-angebot", "de", "pending", {},
      "Thomas Becker <t.becker@becker-innenausbau.example>", "thunderbird_de", "Anfrage Jura Beige 60x40 - Lieferung Köln",
      "German quote request answered with an attached PDF and a date for the delivery time; thanks-only reply.",
      cu("11-17 08:30", """Sehr geehrte Damen und Herren,

für einen Kunden in Köln benötigen wir 120 m² Ihres Natursteins "Jura Beige, geschliffen" im Format 60x40 sowie den passenden Naturstein-Flexkleber.

Bitte senden Sie uns ein Angebot inklusive Lieferung nach 50667 Köln. Wie lange ist die Lieferzeit?

Mit freundlichen Grüßen
Thomas Becker
Becker Innenausbau, Köln""", tz=1),
      ag("lukas", "11-17 11:20", """Sehr geehrter Herr Becker,

anbei unser Angebot A-2611-018 über 126 m² Jura Beige (inkl. 5 % Verschnitt), 24 Sack Thornfix Naturstein-Flex weiß und die Lieferung frei Baustelle Köln.

Die Ware ist vorrätig; anliefern können wir ab dem 1. Dezember.

Mit freundlichen Grüßen""", attach=[("application/pdf", "Angebot-A-2611-018.pdf", ANGEBOT_PDF)]),
      cu("11-17 12:45", """Vielen Dank, Herr Brenner – wir melden uns nach Rücksprache mit dem Kunden.

Thomas Becker""", tz=1, thanks=True)),

    C("t24-nakamura-weight", "en", "pending", {"unanswered-question": 1},
      "Aiko Nakamura <aiko.n@harbourview.example>", "apple", "Monolith Grey 60x120 - delivery to Bristol",
      "Three questions; delivery cost and pallet collection answered, the box weight answered with a neighbouring fact (coverage per box) instead.",
      cu("11-18 17:50", """Hello,

I'm interested in the Monolith Grey 60x120 slabs for our second-floor flat (about 30 m2). Before I order, a few things:

How much would delivery to Bristol BS1 cost?
Could you also tell me the weight of a full box? There's no lift in the building and I need to know whether two of us can carry them up.
Do you take the pallet away again?

Many thanks,
Aiko Nakamura""", uq=1),
      ag("gideon", "11-19 09:15", """Hi Aiko,

Delivery within BS1 is £45, or free on orders over £750 - 30 m2 of Monolith comes to more than that, so it would be free. Each box holds two slabs, 1.44 m2.

The driver can take the pallet back with him once it's unloaded; otherwise we pick pallets up on our next run to your area.

Regards,
Gideon""")),

    C("t25-pryor-revised-quote", "en", "closed", {"missed-follow-up": 1},
      "Gemma Pryor <gemma@pryorkitchens.example>", "gmail", "Q-4390 - change to herringbone",
      "Revised quote promised for tomorrow arrives a day late, with an apology (kept late = missed); thanks-only reply.",
      cu("11-03 15:20", """Hi Nell,

Client has changed her mind again (!) - she now wants the herringbone oak-effect in the kitchen instead of the 20x120 planks. Please can you requote Q-4390 with herringbone instead, same 26 m2?

Thanks
Gemma
Pryor Kitchens & Interiors"""),
      ag("nell", "11-03 16:45", """Hi Gemma,

Ha - it happens! Herringbone needs a bigger waste allowance, so let me rework the figures and I'll send the revised quote tomorrow.

Best,
Nell""", promises=[("11-04", 3)]),
      ag("nell", "11-05 16:30", """Hi Gemma,

Sorry this is a day later than I said. Revised quote Q-4390-R2 attached: 26 m2 plus 15 % waste for herringbone = 21 boxes of the Nordic Oak Herringbone, adhesive and grout unchanged.

Best,
Nell""", attach=[("application/pdf", "Q-4390-R2.pdf", QUOTE_PRYOR_PDF)]),
      cu("11-05 17:05", """Thanks Nell, no problem - will let you know once she's decided!

Gemma""", thanks=True)),

    C("t26-rowntree-castellon", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Philip Rowntree <philip.rowntree@bramleycottage.example>", "outlook", "Tuscan terracotta-effect - still available?",
      "Repeat customer: 'let me check with the factory and come back to you' (no deadline, never kept); the fading question is not addressed.",
      cu("11-10 10:05", """Good morning,

I bought 40 m2 of your Tuscan terracotta-effect porcelain two years ago (I still have the invoice, TT-31877) and we now want to run it through into the new conservatory. Is that range still made? If it is, I would need about 18 m2.

Also, a few tiles near the patio doors, where the sun hits them, seem to have faded - is that normal for a porcelain tile?

Regards,
Philip Rowntree""", uq=1),
      ag("nell", "11-10 14:30", """Dear Philip,

Good to hear from you. The Tuscan range is made in Castellón and the factory changed its colours last year, so I'm not sure the original shade is still available. Let me check with them and come back to you.

Best wishes,
Nell""", promises=[("window", None)])),

    C("t27-greenhalgh-upstand", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Neil Greenhalgh <neil.greenhalgh@brookhouse.example>", "gmail", "Kashmir White upstands",
      "Workshop cutting: 'come back to you early next week' (Thursday -> by Tuesday) not kept; the customer follows up on Wednesday and hears nothing.",
      cu("11-11 09:05", """Hi,

We bought the Kashmir White granite window sills from you in the summer and now want matching upstands behind the kitchen worktop: 3 pieces, 100mm high x 20mm, lengths 2.4m, 1.1m and 0.6m.

Can your workshop cut upstands to size from the same stone? And how much would it be, roughly?

Neil Greenhalgh"""),
      ag("callum", "11-12 08:40", """Hi Neil,

We do cut stone to size in the workshop, but Kashmir White varies a lot from slab to slab and I'd want to be sure we have one close to your sills before quoting. Let me check with the workshop what they have in and I'll come back to you early next week with a price.

Callum""", promises=[("11-17", None)]),
      cu("11-18 10:30", """Hi Callum,

Just following up on the upstands - did the workshop find a suitable slab? Our kitchen fitter is booked for the 30th.

Neil""", chase=True)),

    C("t28-dubois-plinthes", "fr", "closed", {},
      "Isabelle Dubois <isabelle.dubois@atelier-dubois.example>", "apple_fr", "Plinthes Pierre de Bourgogne",
      "French tiler: the agent promises an answer 'd'ici jeudi' and delivers on Wednesday (kept); thanks-only reply.",
      cu("11-02 10:15", """Bonjour Solène,

Nous avons posé chez un client le grès cérame « Pierre de Bourgogne » que vous nous avez livré en octobre. Existe-t-il des plinthes assorties dans la même teinte ? Il nous en faudrait une quarantaine de mètres linéaires.

Merci,
Isabelle Dubois
Atelier Dubois – Carrelage & Rénovation""", tz=1),
      ag("solene", "11-02 11:30", """Bonjour Isabelle,

Le fabricant propose des plinthes pour la plupart de ses teintes, mais je ne suis pas certaine que la Pierre de Bourgogne en fasse partie. Je me renseigne auprès de lui et je reviens vers vous d'ici jeudi.

Bien cordialement,
Solène""", promises=[("11-05", 3)]),
      ag("solene", "11-04 15:10", """Bonjour Isabelle,

Bonne nouvelle : les plinthes Pierre de Bourgogne existent bien, en 8 x 60 cm, à 9,40 € le mètre linéaire, et nous en avons assez en stock pour vos 40 mètres.

Bien cordialement,
Solène"""),
      cu("11-04 16:30", """Parfait, merci beaucoup pour la réactivité !

Isabelle""", tz=1, thanks=True)),

    C("t29-ortega-fecha", "es", "pending", {},
      "Lucía Ortega <lucia.ortega@casaortega.example>", "gmail_es", "Pedido TT-55862 - entrega",
      "Spanish customer: sealing question answered; the delivery date deferred to 'el lunes' (23 Nov), a deadline still ahead at audit time.",
      cu("11-19 08:40", """Hola Paloma:

Ya hemos pagado el pedido TT-55862 (el travertino para la terraza). ¿Sabes ya qué día nos lo podéis traer? Y otra pregunta: ¿el travertino viene ya sellado o tenemos que tratarlo nosotros antes de usar la terraza?

Gracias,
Lucía"""),
      ag("paloma", "11-19 12:10", """Hola, Lucía:

Gracias, el pago ya nos consta. El travertino viene sin sellar: después de colocarlo y rejuntarlo hay que darle un hidrofugante (el Thornseal Exterior va muy bien, un litro por cada 10 m²).

La fecha de entrega todavía no la tengo, porque el proveedor nos confirma las cargas de la semana que viene el lunes. Te escribo el lunes en cuanto la sepa.

Un saludo,
Paloma""", promises=[("11-23", None)])),

    C("t30-tennant-returns", "en", "closed", {},
      "Grace Tennant <grace@tennantlets.example>", "outlook", "Returning unused tiles - Keynsham flat",
      "Return of unopened boxes answered yes for tiles and no for adhesive; collection day and refund timing are logistics, not promises; thanks.",
      cu("11-05 14:00", """Hi,

We over-ordered on the flat refurb in Keynsham: 5 unopened boxes of the Ivory Gloss wall tile and 3 bags of adhesive are left. Can these go back? I'd rather you collected them than take them over myself.

Grace Tennant
Tennant Lettings"""),
      ag("gideon", "11-05 15:45", """Hi Grace,

The five boxes of Ivory Gloss can come back - unopened tiles are returnable within 90 days for a full refund less a £15 collection charge. Adhesive can't be returned, I'm afraid, because of its shelf life.

Our courier collects the boxes on Wednesday 11 November between 8am and 1pm; please leave them somewhere dry with the order number on top. Refunds go back to the card used for the order within five working days of the boxes arriving here.

Regards,
Gideon"""),
      cu("11-05 16:20", """That's fine, thank you. They'll be in the porch.

Grace""", thanks=True)),

    C("t31-sheldon-ooo", "en", "closed", {},
      "Martin Sheldon <martin@sheldonbathrooms.example>", "outlook", "Tile trims in stock?",
      "Stock question answered with quantity and price; the customer's Outlook automatic reply lands in the thread.",
      cu("11-09 11:30", """Hi,

Could you let me know whether the 45-degree aluminium tile trims in brushed steel are in stock? I need 14 lengths at 2.5 m for a job next week.

Martin Sheldon
Sheldon Bathrooms"""),
      ag("nell", "11-09 13:05", """Hi Martin,

Yes - there are 30 lengths of the 2.5 m brushed steel 45-degree trim on the shelf, £8.95 each at your trade price.

Best,
Nell"""),
      auto("11-09 13:06", """Thank you for your email. I am on site today with limited access to email. For anything urgent please call the office on 0117 496 0321.

Martin Sheldon
Sheldon Bathrooms""", quote=False, subject="Automatic reply: Re: Tile trims in stock?")),

    C("t32-ivanova-credit-note", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Elena Ivanova <elena.ivanova@lindenlettings.example>", "gmail", "Credit note for return RT-2190",
      "Credit note promised 'by Friday' and never sent; the restocking-fee question is not answered.",
      cu("11-03 12:10", """Hello,

We returned 6 unopened boxes of Pebble Beige floor tiles on 27 October (your driver took them, return note RT-2190). I haven't seen a credit note yet - could you send one please? Is there a restocking fee on the unopened boxes, and if so how much? I'd like to know before I reconcile our account.

Thanks,
Elena Ivanova
Accounts, Linden Lettings""", uq=1),
      ag("farah", "11-03 15:35", """Hi Elena,

The boxes have been checked back into stock, so the credit is approved. Credit notes come out of our accounts system in a weekly batch, and I'll have yours to you by Friday.

Kind regards,
Farah""", promises=[("11-06", None)])),

    C("t33-baxter-nosings", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Paul Baxter <paul@baxterstairs.example>", "android", "Replacement stair nosings",
      "A single mail from a phone chasing a price promised over the telephone; no reply.",
      cu("11-17 13:20", """Hi

Any news on the replacement stair nosings I asked about on the phone on Monday? Spoke to a lady on the trade counter who said someone would email me a price. Still waiting and the stairs are half done.

Paul Baxter
Baxter Stairs & Floors

Sent from Outlook for Android""", chase=True)),

    C("t34-mbeki-thanks-sig", "en", "closed", {},
      "Thandi Mbeki <thandi@mbekitiling.example>", "gmail", "Trade price list",
      "Price list sent as a PDF and the offer end date given; thanks-only reply whose signature asks 'Need a reliable tiler?' with a ?-URL.",
      cu("11-02 16:40", """Hi Nell,

Could you please send me your current trade price list for wall tiles? I'm pricing three bathrooms this week. Also, is the 10 % off adhesive offer still on until the end of November?

Thanks
Thandi Mbeki
Mbeki Tiling
Need a reliable tiler? https://mbekitiling.example/quote?from=email"""),
      ag("nell", "11-03 09:05", """Hi Thandi,

Price list attached (November edition). The adhesive offer runs to 30 November.

Best,
Nell""", attach=[("application/pdf", "trade-prices-wall-2026-11.pdf", PRICE_LIST_PDF)]),
      cu("11-03 09:30", """Got it, thank you!

Thandi Mbeki
Mbeki Tiling
Need a reliable tiler? https://mbekitiling.example/quote?from=email""", thanks=True)),

    C("t35-roth-travertin", "de", "closed", {"missed-follow-up": 1},
      "Andreas Roth <andreas.roth@roth-naturstein.example>", "outlook_de", "Travertin Classic Chiaro für Terrasse",
      "German price question answered; frost resistance and sealing deferred with 'ich melde mich morgen', never kept.",
      cu("11-05 09:40", """Guten Tag Herr Brenner,

wir interessieren uns für Ihren Travertin "Classic Chiaro" 40x60, gespachtelt und geschliffen, für eine Terrasse (ca. 35 m²) in Trier. Was kostet der Quadratmeter inklusive Lieferung nach Deutschland?

Außerdem wüsste ich gern, ob der Travertin frostsicher ist und ob Sie eine Imprägnierung für den Außenbereich empfehlen.

Mit freundlichen Grüßen
Andreas Roth""", tz=1),
      ag("lukas", "11-05 13:15", """Guten Tag Herr Roth,

der Classic Chiaro 40x60 kostet 64,90 € pro m², Lieferung nach Trier inklusive (ab 30 m²).

Wegen der Frostsicherheit und der passenden Imprägnierung frage ich bei unserem Techniker nach – ich melde mich morgen bei Ihnen.

Mit freundlichen Grüßen""", promises=[("11-06", None)])),

    C("t36-carvalho-long-paragraph", "en", "pending", {"unanswered-question": 1},
      "Joana Carvalho <joana@carvalhofamily.example>", "apple", "Bathroom tiles - a few questions",
      "Three requests buried in one long paragraph; the full-size tile and the extra-for-cuts questions are answered, the slipperiness question is not.",
      cu("11-16 21:50", """Hi there,

So we finally got the go-ahead from the landlord to redo the bathroom, and I've spent the weekend on your website - I think we're going with the Atlantic Blue gloss for the walls and the Pebble Grey for the floor, but I'm a bit worried the blue will look too dark in a room with no window, so I was wondering whether you could send a full-size tile rather than the little cut sample, which I'm happy to pay for. The bathroom is only 4 m2 on the floor and about 14 m2 of wall, and I've read that with small rooms you should order extra for cuts, so could you let me know how much extra you'd recommend? We're also not sure whether the Pebble Grey is slippery when wet, because my mum will be using the bathroom and she's had a fall before. Anyway, sorry for the essay!

Thanks,
Joana Carvalho""", uq=1),
      ag("nell", "11-17 09:30", """Hi Joana,

Not an essay at all! A full-size Atlantic Blue is in the post today - it's £3.20, and we'll take that off your order if you go ahead. For a small bathroom with lots of cuts I'd add 15 % on the walls and 10 % on the floor.

Best,
Nell""")),

    C("t37-lambert-devis", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Hélène Lambert <helene.lambert@gites-lambert.example>", "apple_fr", "Demande de devis - carreau ciment Provence",
      "Quote promised for 'demain' arrives eight days later after two French chasers; the agent's final reply has a References gap.",
      cu("11-09 10:00", """Bonjour,

Pour la rénovation de nos deux gîtes près d'Étretat, nous aimerions un devis pour 60 m² de votre carreau ciment « Provence » 20x20, livraison comprise. Pouvez-vous aussi nous préciser le délai de livraison ?

Bien à vous,
Hélène Lambert""", tz=1),
      ag("solene", "11-09 11:20", """Bonjour Madame Lambert,

Merci pour votre demande. Le Provence est en stock et pourrait partir avec le camion de Normandie du 26 novembre. Pour le devis, je dois recalculer le transport avec deux adresses de livraison ; je vous l'envoie demain.

Bien cordialement,
Solène""", promises=[("11-10", 5)]),
      cu("11-12 09:15", """Bonjour Solène,

Je me permets de vous relancer au sujet du devis pour le carreau Provence : nous n'avons encore rien reçu.

Bien à vous,
Hélène Lambert""", tz=1, chase=True),
      cu("11-16 17:40", """Bonjour,

Toujours aucun devis, une semaine après votre message. Notre artisan attend pour réserver ses dates : pourriez-vous nous l'envoyer rapidement ?

Hélène Lambert""", tz=1, chase=True),
      ag("solene", "11-17 09:00", """Bonjour Madame Lambert,

Je suis vraiment désolée pour ce retard. Voici le devis D-2611-07 : 60 m² de Provence 20x20, livraison aux deux adresses d'Étretat comprise, 3 412 € TTC. Le camion du 26 novembre reste possible si vous confirmez avant le 20.

Bien cordialement,
Solène""", refs=[1, 4], attach=[("application/pdf", "Devis-D-2611-07.pdf", DEVIS_PDF)])),

    C("t38-dalton-resolved", "en", "closed", {"reopened": 1},
      "Fiona Dalton <fiona@daltonhouse.example>", "gmail", "Invoice TT-55390 - 2 boxes short",
      "Invoice corrected under a [Resolved] subject tag; the customer then asks for two more boxes in the same thread; answered.",
      cu("11-02 10:30", """Hi,

Our invoice for order TT-55390 shows 14 boxes of Slate Grey but we only received 12 - the delivery note says 12 too. Please can you correct the invoice?

Fiona Dalton"""),
      ag("farah", "11-02 14:15", """Hi Fiona,

You're right - the invoice is corrected to 12 boxes and the difference (£63.80) has gone back to your card today.

Kind regards,
Farah""", closes=True, subject="[Resolved] RE: Invoice TT-55390 - 2 boxes short"),
      cu("11-04 11:00", """Hi Farah,

Thanks for that. As it turns out we do need 2 more boxes of the Slate Grey to finish the utility room. Can you put them on a new order and deliver them with the usual £25 charge, or is it cheaper to collect?

Fiona""", subject="Re: [Resolved] RE: Invoice TT-55390 - 2 boxes short"),
      ag("farah", "11-04 13:30", """Hi Fiona,

New order TT-55488 is set up for 2 boxes of Slate Grey (£63.80). Collection from the trade counter is free and they're ready now, so that works out £25 cheaper than delivery if you're passing.

Kind regards,
Farah""")),

    C("t39-forde-fresh", "en", "open", {},
      "Sam Forde <sam.forde@fordefamily.example>", "gmail", "Smoked Oak chevron - stock and deposit",
      "A fresh enquiry on the audit day with only the helpdesk acknowledgement: open, within the response target.",
      cu("11-20 10:05", """Hello,

Do you have the Herringbone Chevron in Smoked Oak in stock? I'd need 12 m2. And can I pay a deposit to reserve it until January when the builders start?

Sam Forde"""),
      ack("11-20 10:06")),

    C("t40-hughes-links", "en", "closed", {},
      "Lewis Hughes <lewis@hugheshandyman.example>", "thunderbird", "Large format on walls",
      "Two quick questions answered with a bare link and a bare figure.",
      cu("11-04 08:20", """Morning,

Two quick ones: have you got a fitting guide for large-format slabs on walls? And what's the coverage of a 20kg bag of the Thornfix Rapid Set with a 12mm trowel?

Lewis Hughes"""),
      ag("callum", "11-04 09:10", """Morning Lewis,

https://thornburytile.example/guides/large-format-walls?src=email

About 4 m2 a bag with a 12 mm notch - and back-butter the slabs too.

Callum""")),

    C("t41-navarro-lote", "es", "closed", {"unanswered-question": 1},
      "Álvaro Navarro <alvaro.navarro@navarro-obras.example>", "gmail_es", "Pizarra Rústica Negra - mismo lote",
      "Spanish builder (base64 body): same-batch stock confirmed with the price; the request to hold the boxes until Saturday is ignored.",
      cu("11-06 09:00", """Hola:

Hace un mes les compramos 40 m² de pizarra "Rústica Negra" (pedido TT-55301) y nos faltan unos 6 m² para terminar el patio. ¿Les queda algo del mismo lote? En las cajas pone lote R-118.

Además, ¿me pueden guardar las cajas hasta el sábado 14? El cliente no paga hasta entonces.

Gracias y saludos,
Álvaro Navarro
Navarro Obras y Reformas""", uq=1, cte="base64"),
      ag("paloma", "11-06 11:45", """Hola, Álvaro:

Del lote R-118 nos quedan 9 m² en el almacén, así que tiene de sobra. El precio es el mismo que en su pedido anterior, 41 £/m².

Un saludo,
Paloma""")),

    C("t42-pickering-one-sentence", "en", "pending", {},
      "Holly Pickering <holly.pickering@seasidemail.example>", "iphone", "Clay Pink zellige",
      "Two questions from a phone answered in one sentence; thanks-only reply.",
      cu("11-18 19:20", """Hi, is the Clay Pink zellige frost proof, and would it be OK on a kitchen splashback behind a gas hob?

Thanks
Holly

Sent from my iPhone"""),
      ag("callum", "11-19 08:35", """Hi Holly,

It isn't frost-proof, so keep it indoors - but behind a gas hob it's absolutely fine, glazed ceramic doesn't mind the heat.

Callum"""),
      cu("11-19 08:50", """Perfect, thank you!

Sent from my iPhone""", thanks=True)),

    C("t43-yilmaz-colleague", "en", "pending", {},
      "Deniz Yilmaz <deniz@yilmazbuild.example>", "outlook", "Commercial kitchen floor - adhesive and grout",
      "The first agent hands over ('he'll be in touch by tomorrow') and the colleague answers the next morning (kept by a colleague).",
      cu("11-16 15:30", """Hi,

We're tiling a commercial kitchen floor (restaurant, lots of grease and hot-water wash-downs). What adhesive and grout would you recommend for that? Is epoxy grout necessary or will a cementitious one cope?

Deniz Yilmaz
Yilmaz Build Ltd"""),
      ag("nell", "11-16 16:10", """Hi Deniz,

That's one for our technical adviser, Callum - I've passed your email to him and he'll be in touch by tomorrow.

Best,
Nell""", promises=[("11-17", 3)]),
      ag("callum", "11-17 10:20", """Hi Deniz,

In a commercial kitchen you need epoxy: a cementitious grout soaks up fat and breaks down under hot wash-downs within a year or two. Our Thornpoxy EP in Graphite or Grey is made for exactly this. For the adhesive, Thornfix Rapid Set S1 on the concrete slab - it lets you grout the same day, which helps if the kitchen has to reopen quickly.

Callum""", parent=1)),

    C("t44-whitfield-eod", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Laura Whitfield <laura@whitfielddesign.example>", "owa", "Invoice TT-55512 - PO number",
      "Reissued invoice promised 'by end of day' and never sent; the BACS question is ignored.",
      cu("11-06 10:10", """Hi Farah,

Please can you send me the invoice for order TT-55512 with our PO number (WD-2204) on it? Our client won't pay without the PO reference.

Also, do you accept payment by BACS for trade accounts, or only card?

Thanks,
Laura Whitfield
Whitfield Design""", uq=1),
      ag("farah", "11-06 11:30", """Hi Laura,

No problem - I'll reissue the invoice with WD-2204 on it and send it over by end of day.

Kind regards,
Farah""", promises=[("11-06", None)])),

    C("t45-schulz-gutschrift", "de", "pending", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Monika Schulz <monika.schulz@schulz-wohnbau.example>", "gmail_de", "Rücksendung Alpine White",
      "German return of unopened boxes: acknowledgement, a 'gibt es schon etwas Neues?' chase, then the pickup is arranged; the credit-note addressee request is skipped.",
      cu("11-16 09:00", """Guten Tag,

von der letzten Lieferung (Auftrag TT-55702) sind uns acht Kartons "Alpine White" übrig geblieben, alle noch originalverpackt. Wie können wir die zurückgeben? Holen Sie die ab oder sollen wir sie per Spedition schicken?

Können Sie die Gutschrift dann bitte auf unsere Firma, Schulz Wohnbau GmbH, ausstellen und nicht auf meinen Namen?

Mit freundlichen Grüßen
Monika Schulz""", tz=1, uq=1),
      ack("11-16 08:01"),
      cu("11-17 14:00", """Guten Tag,

gibt es schon etwas Neues zu unserer Anfrage von gestern? Die Kartons stehen im Weg und wir würden sie gern bald loswerden.

Mit freundlichen Grüßen
Monika Schulz""", tz=1, chase=True, parent=1),
      ag("lukas", "11-17 14:30", """Guten Tag Frau Schulz,

entschuldigen Sie die späte Antwort. Sie brauchen nichts zu verschicken: Unsere Spedition holt die acht Kartons am Montag, 23. November, bei Ihnen ab, zusammen mit den leeren Paletten. Legen Sie bitte einfach den Lieferschein obendrauf.

Mit freundlichen Grüßen""")),

    C("t46-okoye-lost-headers", "en", "pending", {},
      "Ifeoma Okoye <ifeoma@okoyeprojects.example>", "outlook", "Delivery slot for Bath",
      "Slot booked; the customer's follow-up question comes from Outlook on the web without threading headers; answered by switching to a smaller van.",
      cu("11-13 11:00", """Hi,

What's the earliest delivery slot you have for Bath next week? It's one pallet, order TT-55744.

Ifeoma Okoye
Okoye Projects"""),
      ag("gideon", "11-13 13:20", """Hi Ifeoma,

Earliest is Tuesday 17 November, 7am-12pm - I've booked that for you.

Regards,
Gideon"""),
      cu("11-16 08:10", """Thanks Gideon. One more thing - the site has a 3.5 tonne weight limit on the access road. Is your lorry under that, or will it need to be a smaller van?

Ifeoma""", client="owa", thread=False),
      ag("gideon", "11-16 09:45", """Hi Ifeoma,

Our lorries are 18 tonnes, so I've moved you onto one of our 3.5 t vans - same day and slot, Tuesday morning. The van has a tail-lift but only takes one pallet, which is all you need.

Regards,
Gideon""")),

    C("t47-gauthier-terrasse", "fr", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Marc Gauthier <marc.gauthier@mg-paysage.example>", "apple_fr", "Dalles 2 cm Ardoise Anthracite - terrasse",
      "French landscaper: frost question answered, the delivered price deferred 'd'ici vendredi' and never sent, the sample request ignored.",
      cu("11-04 08:30", """Bonjour,

Je suis paysagiste à Calais et je prépare une terrasse de 50 m² pour un client. Vos dalles en grès cérame de 2 cm « Ardoise Anthracite » sont-elles ingélives ? Quel est leur prix au m² pour cette surface, livraison à Calais comprise ?

Pourriez-vous aussi m'envoyer un échantillon de l'Ardoise Anthracite ? Le client voudrait voir la couleur en vrai.

Cordialement,
Marc Gauthier
MG Paysage""", tz=1, uq=1),
      ag("solene", "11-04 10:15", """Bonjour Monsieur Gauthier,

Oui, les dalles de 2 cm sont ingélives et antidérapantes (R11) : elles conviennent tout à fait à une terrasse dans le Pas-de-Calais. Pour le prix livré à Calais, je vérifie le tarif avec notre transporteur et je vous réponds d'ici vendredi.

Bien cordialement,
Solène""", promises=[("11-06", None)])),

    C("t48-ellery-no-msgid", "en", "closed", {},
      "George Ellery <g.ellery@ellerypost.example>", "oldclient", "Red quarry tiles",
      "An elderly customer's old mail client sends no Message-ID; both questions (still sold? price?) answered.",
      cu("11-05 15:00", """Dear Sir or Madam,

I have your red quarry tiles, the 150mm square ones, on my kitchen floor, laid by my late wife and I in 1998. Two have cracked. Do you still sell them, and at what price per tile? I only need four.

Yours faithfully,
George Ellery""", msgid=False, note="George Ellery's first mail about red quarry tiles, sent without a Message-ID"),
      ag("nell", "11-05 16:20", """Dear Mr Ellery,

We do - the red 150 mm quarry tile is still made by the same works in Staffordshire and we keep it in stock at 68p a tile, so four would be £2.72. We can post them to you, or you are very welcome to collect them from the trade counter.

Kind regards,""")),

    C("t49-fenwick-android", "en", "closed", {"unanswered-question": 2},
      "Craig Fenwick <craig@fenwickbuilders.example>", "android", "Alveston job",
      "Shorthand bullet list from site; the extra bags are added to tomorrow's van, the pot-life question and the invoice resend are skipped.",
      cu("11-05 07:10", """Morning, on site so keeping it short

- need 3 more bags of the grey Rapid Set for tomorrow, can they go on tomorrows van to the Alveston job (TT-55560)?
- what's the pot life once mixed, the lads keep mixing too much
- can you send the invoice for last months orders again, the one I had was missing the Wickwar delivery

Craig
Sent from Outlook for Android""", uq=2),
      ag("gideon", "11-05 09:20", """Hi Craig,

Three bags of Rapid Set grey added to tomorrow's Alveston drop, 7am-12pm.

Regards,
Gideon""")),

    C("t50-sutherland-christmas", "en", "pending", {"unanswered-question": 2},
      "Alison Sutherland <alison@sutherlandrenovations.example>", "gmail", "Christmas deliveries",
      "Christmas-period list: last delivery and restart dates answered in one sentence; opening between the holidays and holding a quote's price are skipped.",
      cu("11-18 11:40", """Hi Nell,

Planning ahead for the Christmas period, as we have three jobs finishing just before and after. Could you let me know:

- your last delivery date before Christmas,
- whether you're open between Christmas and New Year (even just the trade counter),
- and when deliveries start again in January?

I also need to know if quote Q-4466 can be held at the same price until mid-January, as the client won't sign off before then.

Thanks,
Alison Sutherland
Sutherland Renovations""", uq=2, kind="alt"),
      ag("nell", "11-18 14:05", """Hi Alison,

The last deliveries before Christmas go out on Wednesday 23 December, and the vans are back on the road from Monday 4 January.

Best,
Nell""")),

    C("t51-abernethy-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Morag Abernethy <morag@abernethyhomes.example>", "gmail", "Care sheet for honed limestone",
      "A request resent word for word three days later as a new mail with the same subject; answered with the PDF and a summary.",
      cu("11-02 09:30", """Hello,

Please could you send me a copy of the care and maintenance sheet for the honed limestone we bought in October (order TT-55231)? Our cleaner wants to know which products are safe to use on it.

Morag Abernethy"""),
      cu("11-05 08:45", """Hello,

Please could you send me a copy of the care and maintenance sheet for the honed limestone we bought in October (order TT-55231)? Our cleaner wants to know which products are safe to use on it.

Morag Abernethy""", chase=True, parent=0),
      ag("callum", "11-05 10:30", """Hi Morag,

Apologies for the slow reply - the care sheet is attached. In short: pH-neutral stone soap only, nothing with vinegar, lemon or bleach in it, and no steam mops.

Callum""", attach=[("application/pdf", "care-honed-limestone.pdf", CARE_PDF)])),

    C("t52-ramos-companera", "es", "pending", {},
      "Carmen Ramos <carmen.ramos@ramosinteriorismo.example>", "gmail_es", "Pedido TT-55811 - forma de pago",
      "Spanish payment question handed to a colleague ('te contesta mañana'), who answers in English the next morning (kept by a colleague).",
      cu("11-17 10:00", """Hola Paloma:

Te escribo por el pedido de la cuenta de empresa (TT-55811). ¿Nos podéis facturar el 30 % ahora y el resto a la entrega? Y si no es posible, ¿qué opciones de pago a plazos tenéis para cuentas profesionales?

Un saludo,
Carmen Ramos
Ramos Interiorismo"""),
      ag("paloma", "11-17 11:30", """Hola, Carmen:

Los pagos los lleva mi compañera Farah, de cuentas profesionales. Ya le he pasado tu correo y te contesta mañana (ella escribe en inglés, espero que no te importe).

Un saludo,
Paloma""", promises=[("11-18", 3)]),
      ag("farah", "11-18 10:15", """Hi Carmen,

Paloma passed me your question about order TT-55811. Yes, we can split it: I've raised invoice INV-20984 for a 30 % deposit (£1,142.10) now, and the balance will be invoiced on the delivery day on 30-day terms.

Kind regards,
Farah""", parent=1)),

    C("t53-ponsonby-followup", "en", "pending", {"unanswered-question": 1},
      "James Ponsonby <james@ponsonbyfarm.example>", "apple", "Delivery near Tetbury",
      "Delivery and price answered; the customer's follow-up books a week and asks about laying on sand - the reply books the slot and skips the question.",
      cu("11-13 10:30", """Hello,

Can you deliver 45 m2 of the Sandstone Buff 20mm outdoor porcelain to a farm address near Tetbury? Access is a farm track, but lorries get up it for the grain. Also, how much is it per m2?

James Ponsonby"""),
      ag("gideon", "11-13 12:00", """Hi James,

We can - our drivers are used to farm tracks. The Sandstone Buff 20 mm is £39.50/m2, so 45 m2 comes to £1,777.50 including delivery. Which week would suit you?

Regards,
Gideon"""),
      cu("11-16 16:45", """Thanks Gideon, great price. The week of the 30th would suit.

Oh, and one more thing - can the 20mm porcelain be laid straight onto compacted sand, or does it need a concrete base?

James""", uq=1),
      ag("gideon", "11-17 08:55", """Hi James,

Booked for Tuesday 1 December, 7am-12pm; the driver rings when he's half an hour away.

Regards,
Gideon""")),

    C("t54-dewhurst-grout-haze", "en", "closed", {"unanswered-question": 2},
      "Kate Dewhurst <kate.dewhurst@dewhurstfamily.example>", "thunderbird", "Grout haze on new floor",
      "Numbered list of four questions; the reply covers the first two in one paragraph and skips the grout sealer and the return of the half bag.",
      cu("11-09 19:00", """Hi,

We grouted our new kitchen floor (your Cement Grey porcelain) on Saturday and there's a whitish haze over the whole floor that won't come off with water. A few questions:

1. What's the best thing to get the haze off, and is it safe on porcelain?
2. How long should we wait after grouting before we do that?
3. Do you sell a sealer for the grout lines, and do we need one?
4. Can I return the half bag of grout we didn't use?

Kate Dewhurst""", uq=2),
      ag("callum", "11-10 08:45", """Hi Kate,

That's grout haze - very common, and it does come off. Give the grout 7-10 days to cure first, then use Thornclean Haze Remover diluted 1:5, scrub with a white pad and rinse; it's made for porcelain and won't harm it.

Callum""")),
]

UNANSWERED: dict[str, list[str]] = {
    "t02-hollis-porcelain-quote": [
        "Can you also tell me if the Carrara Matt comes in 60x120?"],
    "t06-okafor-underfloor": [
        "Also, once it's all grouted, how long do I have to wait before switching the heating on?",
        "Please add two bags of whichever adhesive you recommend to my order TT-55821, which hasn't been delivered yet."],
    "t08-brandt-fugenfarbe": [
        "Außerdem benötigen wir auf der Rechnung zur Bestellung TT-55417 unsere USt-IdNr. DE 287 114 903, sonst kann unsere Buchhaltung die Rechnung nicht verbuchen."],
    "t16-oduya-mosaic": [
        "Are the mesh-backed mosaic sheets suitable for a shower floor?"],
    "t18-castellan-three-agents": [
        "Do you offer any discount for using the same tile across all four houses?"],
    "t21-moreno-hidraulico": [
        "Serían unos 60 m², así que me gustaría saber si hay algún descuento por esa cantidad.",
        "Por favor, mándenme también la ficha técnica del adhesivo C2TE que recomiendan para esta baldosa."],
    "t24-nakamura-weight": [
        "Could you also tell me the weight of a full box?"],
    "t26-rowntree-castellon": [
        "Also, a few tiles near the patio doors, where the sun hits them, seem to have faded - is that normal for a porcelain tile?"],
    "t32-ivanova-credit-note": [
        "Is there a restocking fee on the unopened boxes, and if so how much?"],
    "t36-carvalho-long-paragraph": [
        "We're also not sure whether the Pebble Grey is slippery when wet, because my mum will be using the bathroom and she's had a fall before."],
    "t41-navarro-lote": [
        "Además, ¿me pueden guardar las cajas hasta el sábado 14?"],
    "t44-whitfield-eod": [
        "Also, do you accept payment by BACS for trade accounts, or only card?"],
    "t45-schulz-gutschrift": [
        "Können Sie die Gutschrift dann bitte auf unsere Firma, Schulz Wohnbau GmbH, ausstellen und nicht auf meinen Namen?"],
    "t47-gauthier-terrasse": [
        "Pourriez-vous aussi m'envoyer un échantillon de l'Ardoise Anthracite ?"],
    "t49-fenwick-android": [
        "what's the pot life once mixed, the lads keep mixing too much",
        "can you send the invoice for last months orders again, the one I had was missing the Wickwar delivery"],
    "t50-sutherland-christmas": [
        "whether you're open between Christmas and New Year (even just the trade counter)",
        "I also need to know if quote Q-4466 can be held at the same price until mid-January, as the client won't sign off before then."],
    "t53-ponsonby-followup": [
        "can the 20mm porcelain be laid straight onto compacted sand, or does it need a concrete base?"],
    "t54-dewhurst-grout-haze": [
        "Do you sell a sealer for the grout lines, and do we need one?",
        "Can I return the half bag of grout we didn't use?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"TTS-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
                  "refs": [f"{case.name}.{n}" for n in refs] if refs else None}
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
                extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
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


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none when ``msgid`` is False) and raw bytes,
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
    if set(UNANSWERED) - set(names):
        out.append(f"questions labelled for unknown cases: {sorted(set(UNANSWERED) - set(names))}")
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
    return mailcraft.cases_table("Practice corpus 35: Thornbury Tile & Stone - cases",
                                 "make_practice35_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the conventions and the corpus's figures (computed)."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    totals = Counter()
    for c in cases:
        totals.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    lang_text = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in langs.most_common())
    rule_text = ", ".join(f"{r} {totals[r]}" for r in RULES if totals[r])
    return f"""# Practice corpus 35: Thornbury Tile & Stone support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the heuristics have been changed because of its cases, it is no
longer unseen.

- Company: **Thornbury Tile & Stone**, a supplier of floor and wall tiles, natural stone and
  adhesives near Bristol, selling to homeowners and small builders: samples, quotes by the
  square metre, pallet delivery slots, breakages, returns of unopened boxes, trade accounts,
  fitting advice and colour batch matching, with export pallets to France and Germany.
  Support address `help@thornburytile.example`; agents Nell Ashworth (showroom and samples),
  Gideon Pryce (deliveries and returns), Farah Qureshi (trade accounts), Callum Rees
  (technical and fitting advice), Lukas Brenner (German), Solène Garnier (French) and Paloma
  Echeverría (Spanish), all `@thornburytile.example`. A helpdesk robot
  (`help@thornburytile.example`, `Auto-Submitted: auto-replied`) acknowledges some mail with
  "we will reply within one working day" - service-hours text, not a commitment.
- Customers are homeowners, tilers, builders, designers, landlords and developers on
  `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain thornburytile.example`.

```
python scripts/make_practice35_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice35_corpus.py --out /tmp/p35         # ... into another folder
python scripts/evaluate.py --corpus tests/practice35            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice35_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): a question deferred with a promise counts only as that promise; an
answer in other words, inline, by a link, a figure or an attachment, or by a colleague is an
answer; one `customer-chased` per chasing message. `CASES.md` is the generated per-case
table; this README is generated too. Edit the script, not the files.

## Contents

{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox
({roles['customer']} customer mails, {roles['auto']} customer out-of-office reply),
{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. {clean} clean cases
({round(100 * clean / len(cases))} %). Languages: {lang_text}. Statuses: {statuses['closed']}
closed, {statuses['pending']} pending, {statuses['open']} open.

Expected findings: {rule_text}. Labelled unanswered questions: {totals['unanswered-question']}
in {uq_cases} cases; chased cases: {chased_cases}.

By design:

- **Several questions per mail** in varied forms: direct, indirect ("I was wondering
  whether", "could you let me know", "me gustaría saber si", "wüsste ich gern, ob"),
  requests without a question mark ("Please add two bags ... to my order", "Por favor,
  mándenme también la ficha técnica"), numbered and bulleted lists, questions buried in one
  long paragraph (t36), shorthand from a building site (t49).
- **Answers in the agent's own words**: out of order, two in one sentence (t42, t50), a bare
  figure or link (t40), inline under quoted questions (t22), an attached quote, pro-forma or
  care sheet, a "Booked:" line, by a colleague after a hand-over (t43, t52), split between
  three agents (t18). Unanswered questions are the realistic kind: a secondary question
  skipped, a request made in passing, a neighbouring fact given instead (t24: coverage per box
  for "the weight of a full box"), a question in a follow-up mail (t53).
- **Not questions**: a rhetorical question and a self-answered one (t12), a signature "Need a
  reliable tiler?" with a `?` URL (t34), a confidentiality disclaimer (t18), thanks-only
  replies, a customer's out-of-office reply (t31); questions in the customer's latest
  unanswered mail are `awaiting-reply` territory (t11, t27, t33).
- **Commitments**: kept on time (t13 "tomorrow morning", t28 "d'ici jeudi"), kept by a
  colleague (t43, t52), kept late = missed (t04, t19, t25, t37), never kept (t09 "mañana",
  t26 no deadline, t27 "early next week", t32 "by Friday", t35 "ich melde mich morgen", t44
  "by end of day", t47 "d'ici vendredi"), a deadline still ahead (t29 "el lunes"). Logistics
  that are not promises: collection days, "the driver will take them back", refund timing
  (t03, t10, t30).
- **Chasing**: "Any news ...?", "Just following up", "still waiting", "ich warte immer noch",
  "gibt es schon etwas Neues?", "Je me permets de vous relancer / revenir vers vous", a second
  French chase (t37, two findings), a word-for-word resend as a new mail (t51), a chase about a
  telephone request (t33).
- **Mail variety**: Gmail (en/de/es), Outlook desktop (en/de), Outlook on the web, Outlook for
  Android, Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora client whose mail has
  no Message-ID (t48); plain 7bit, quoted-printable, base64 (t41), HTML-only (t15),
  multipart/alternative (t50, acknowledgements); PDF and PNG attachments; a chase without
  threading headers (t11), a follow-up that lost them (t46), a References gap (t37), an
  explicit close followed by a new problem (t17) and a `[Resolved]` subject tag (t38).

## Independence

Written from the corpus-author brief, /work/shared/report-contract.md, tests/eval/README.md,
scripts/mailcraft.py, scripts/make_practice24_corpus.py and tests/test_practice24_corpus.py
(structure only). Not opened: anything under `happyaudit/`, the README's method, accuracy or
weak-point sections, other corpora's cases, other tests. All labels were fixed before the
single evaluation run and none was changed after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.thornburytile.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip, messages missing or duplicated."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id: dict[str | None, tuple] = {}
    for p in inbox + sent:
        if p["Message-ID"] in by_id:
            found.append(f"Message-ID {p['Message-ID']} occurs twice")
        by_id[p["Message-ID"]] = (p, p in inbox)
    for m in (m for c in cases for m in c.msgs):
        if m.message_id not in by_id:
            found.append(f"{m.key}: not in the mailbox")
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
        raise SystemExit("refusing to write tests/practice35:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice35:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice35 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice35")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
