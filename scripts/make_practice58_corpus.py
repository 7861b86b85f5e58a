#!/usr/bin/env python3
"""Regenerate ``tests/practice58/``: a labelled corpus of Tansy Lane Cakes.

The support mailbox of a fictional cake studio in Cheltenham that makes wedding and
celebration cakes (tastings, designs and sketches, dietary requirements and allergens,
delivery and set-up at venues, deposits, balances and invoices), written without looking at
the detection heuristics. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``tansylanecakes.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions
it asks). The script recomputes status and every rule count from those facts and the dates,
and refuses to write when they disagree with the hand-written case labels, when a labelled
question is not verbatim in the customer's own text of that case, or when a labelled
question has no support reply after it (that would be awaiting-reply territory).

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice58_corpus.py [--out DIR]
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
NAME = "practice58"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "tansylanecakes.example"
STUDIO = "Tansy Lane Cakes <hello@tansylanecakes.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "poppy": ("Poppy Marsh <poppy@tansylanecakes.example>", "thunderbird", """-- 
Poppy Marsh
Enquiries & Orders | Tansy Lane Cakes
14 Tansy Lane, Cheltenham GL50 2QT | 01242 960 417
Book a tasting: https://tansylanecakes.example/tastings?src=sig"""),
    "fern": ("Fern Adeyemi <fern@tansylanecakes.example>", "apple", """Fern Adeyemi
Head of Design | Tansy Lane Cakes
Our latest work: https://tansylanecakes.example/gallery?utm_medium=email&utm_source=fern"""),
    "dominic": ("Dominic Price <dominic@tansylanecakes.example>", "outlook", """Dominic Price
Delivery & Set-up | Tansy Lane Cakes
Planning the set-up? Send us the venue's floor plan and access times."""),
    "bridget": ("Bridget Langley <bridget@tansylanecakes.example>", "owa", """Bridget Langley
Accounts | Tansy Lane Cakes
Tansy Lane Cakes Ltd, registered in England no. 10447291, VAT GB 281 4409 17.
This email is confidential. If it reached you by mistake, please delete it."""),
    "lukas": ("Lukas Brenner <lukas@tansylanecakes.example>", "thunderbird_de", """-- 
Lukas Brenner
Beratung auf Deutsch | Tansy Lane Cakes, Cheltenham
https://tansylanecakes.example/de/hochzeitstorten?ref=signatur"""),
    "camille": ("Camille Roux <camille@tansylanecakes.example>", "apple_fr", """Camille Roux
Conseil en français | Tansy Lane Cakes
Des questions sur nos gâteaux ? https://tansylanecakes.example/fr?utm_source=email"""),
    "nuria": ("Nuria Ferrer <nuria@tansylanecakes.example>", "gmail_es", """--
Nuria Ferrer
Atención en español | Tansy Lane Cakes
+44 1242 960 419"""),
}

ACK = """Hello,

Thanks for getting in touch with Tansy Lane Cakes. This is an automatic note to
say your email has arrived safely - your reference is {ref}.

The studio team reads every message and we will reply within 24 hours, Monday to
Saturday. If your celebration is in the next 48 hours, please ring us on
01242 960 417 instead.

Tansy Lane Cakes
https://tansylanecakes.example/faq?ref={ref}"""

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
    "helpdesk": ["X-Mailer: Crumb Desk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="tl.", outlook_server="CWLP12")
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

INVOICE_IBARRA_PDF = mailcraft.pdf(["Tansy Lane Cakes Ltd - Factura / Invoice TL-2271",
                                    "Ibarra Consulting S.L., CIF B-86412397",
                                    "Tarta de aniversario, 3 pisos - deposit received GBP 250.00",
                                    "Balance GBP 410.00 due 10 days before delivery"])
INVOICE_HOFFMANN_PDF = mailcraft.pdf(["Tansy Lane Cakes Ltd - Rechnung / Invoice TL-2288 (corrected)",
                                      "Hoffmann & Partner, USt-IdNr. DE298114605",
                                      "Jubilaeumstorte 4 Etagen: GBP 385.00, VAT 0% (zero-rated food)",
                                      "Delivery and set-up: GBP 45.00 + VAT 20%"])
INVOICE_HARCOURT_PDF = mailcraft.pdf(["Tansy Lane Cakes Ltd - Invoice TL-2315",
                                      "Victoria Harcourt, Harcourt House",
                                      "Wedding cake, 4 tiers, 7 November 2026",
                                      "Balance due GBP 520.00 - bank transfer or card"])
MENU_PDF = mailcraft.pdf(["Tansy Lane Cakes - Mini dessert menu 2027",
                          "Lemon posset pots (GF) - Salted caramel brownie bites",
                          "Raspberry frangipane tartlets - Vegan chocolate mousse cups (VG, GF)",
                          "Minimum 20 of a kind. Allergen cards supplied with every item."])
RECEIPT_PDF = mailcraft.pdf(["Tansy Lane Cakes Ltd - Refund receipt R-0912",
                             "Copper cake stand returned 2 November 2026",
                             "Stand deposit refunded to card: GBP 40.00"])
SKETCH_PNG = mailcraft.png(14, 10, lambda x, y: (200 + 3 * x, 120 + 6 * y, 60))
BLUSH_PNG = mailcraft.png(10, 14, lambda x, y: (236, 190 + 2 * y, 190 + 3 * x))
EDELWEISS_PNG = mailcraft.png(12, 12, lambda x, y: (250 - 4 * y, 250 - 2 * x, 245))
LOGO_PNG = mailcraft.png(16, 6, lambda x, y: (150 + 5 * x, 170, 140 + 10 * y))
PHOTO_PNG = mailcraft.png(12, 9, lambda x, y: (20 + 4 * y, 30 + 3 * x, 90 + 8 * y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("t01-hartley-tasting", "en", "closed", {},
      "Imogen Hartley <imogen.hartley@example.com>", "gmail", "Tasting before we book?",
      "Three tasting questions (Saturday slots, bringing mum, the charge) answered in one paragraph in the opposite order; the slot she picks is confirmed.",
      cu("11-02 19:40", """Hi there,

My fiancé Tom and I are getting married on 12 June next year at Sudeley Barn and we've completely fallen for your naked cakes on Instagram! Before we commit we'd love to come and try a few flavours.

I was wondering whether you have any tasting slots on a Saturday in late November or early December? Also, can we bring my mum along, or is it just the two of us? And is there a charge for the tasting?

Thanks so much,
Imogen"""),
      ag("poppy", "11-03 09:15", """Hi Imogen,

Congratulations to you both! A tasting is £35, and we take that off the cake price if you go on to book with us. Mums are very welcome - the studio table seats four. Saturday 28 November at 11:00 and Saturday 5 December at 14:30 are both free at the moment; just say which suits and I'll pencil you in.

Warm wishes,
Poppy"""),
      cu("11-03 10:02", """The 28th at 11 please! Mum is thrilled.

Imogen"""),
      ag("poppy", "11-03 11:30", """Lovely - you're booked in for Saturday 28 November at 11:00. The studio is at 14 Tansy Lane; there's free parking behind the florist next door.

Poppy""")),

    C("t02-sudeley-barn-setup", "en", "closed", {},
      "Harriet Lowe <events@sudeleybarn.example>", "outlook", "Cake set-up at the barn - Saturday 7 November",
      "Venue's three set-up questions answered inline under each quoted line, two of them in a few words.",
      cu("11-02 11:20", """Hello Dominic,

Ahead of the Fairbairn wedding on Saturday, three things from our side:

What time would your team like access to the Long Barn? We open the doors from 10am.
Do you need a table from us, or will you bring your own cake table?
Will you be collecting the cake stand on the night or the following morning?

Many thanks,
Harriet Lowe
Events Coordinator, Sudeley Barn
Tel 01242 960 881"""),
      ag("dominic", "11-02 14:05", """Hi Harriet,

Answers below.

> What time would your team like access to the Long Barn? We open the doors from 10am.

Half ten is perfect, we need about forty minutes.

> Do you need a table from us, or will you bring your own cake table?

Yours please - a round one, 75cm or so, near a socket if the couple want the fairy lights.

> Will you be collecting the cake stand on the night or the following morning?

Sunday morning, between 9 and 10.

Thanks,
Dominic""", quote=False)),

    C("t03-pemberton-dinosaur", "en", "pending", {},
      "Rachel Pemberton <rachel.pemberton@example.org>", "iphone", "Dinosaur cake for Alfie's 5th - nut allergy",
      "A parent's run-on iPhone mail (nut allergy, volcano design, a date and size) fully answered; thanks-only reply.",
      cu("11-16 21:10", """Hi, my son Alfie has a severe peanut and tree nut allergy so I need to be really careful. Is your kitchen nut free or do you handle nuts at all? He is obsessed with dinosaurs, could you do a green volcano one with a few toy dinos on top? We need it for his party on Saturday 28th, about 20 children. Thank you!! Rachel

Sent from my iPhone"""),
      ag("fern", "11-17 10:20", """Hi Rachel,

We do use almonds and hazelnuts in the studio, so I can't promise you a nut-free kitchen. What I can do for Alfie is bake his cake first thing on a Monday, straight after the weekly deep clean, from sealed packs and with separate tins and utensils. Plenty of allergy families are comfortable with that, but you know him best.

A volcano is a brilliant idea: a 9-inch chocolate sponge with a green drip, edible lava and four of his own toy dinosaurs on top will feed 20 children, £58. Saturday 28th is free - collection or delivery, whichever is easier for you.

Fern"""),
      cu("11-17 12:40", """That sounds perfect, thank you Fern. I'll talk to his dad about the Monday bake and let you know.

Rachel

Sent from my iPhone""", thanks=True)),

    C("t04-kessler-hochzeitstorte", "de", "closed", {},
      "Annika Keßler <annika.kessler@example.de>", "gmail_de", "Hochzeitstorte für unsere Hochzeit in Cheltenham",
      "German couple abroad: tasting boxes to Germany (no), a video tasting (yes, how), the booking lead time - all answered; base64 body.",
      cu("11-04 20:15", """Liebes Tansy-Lane-Team,

wir heiraten am 22. Mai 2027 in Cheltenham, wohnen aber in Freiburg und können deshalb nicht persönlich zur Verkostung kommen. Verschicken Sie Ihre Probierboxen auch nach Deutschland? Falls nicht, wäre eine Verkostung per Videoanruf denkbar?

Außerdem wüssten wir gern, wie lange im Voraus wir spätestens buchen sollten.

Viele Grüße aus dem Breisgau
Annika Keßler & Jonas Mertens""", cte="base64"),
      ag("lukas", "11-05 09:30", """Liebe Frau Keßler,

herzlichen Glückwunsch! Probierboxen verschicken wir leider nur innerhalb Großbritanniens, weil die Füllungen gekühlt reisen müssen. Per Video verkosten wir aber regelmäßig mit Paaren im Ausland: Die Box geht an eine britische Adresse Ihrer Wahl (Familie, Freunde, Ihr Hotel), und wir setzen uns zu einem vereinbarten Termin zusammen vor die Kamera.

Mai-Termine sind bei uns meist im Januar vergeben - sichern Sie sich den Tag am besten bis Ende Dezember mit der Anzahlung.

Herzliche Grüße
Lukas Brenner"""),
      tz=1),

    C("t05-morel-sans-gluten", "fr", "pending", {},
      "Élise Morel <elise.morel@example.fr>", "apple_fr", "Gâteau de mariage sans gluten ?",
      "French bride: a gluten-free tier and cross-contamination, buttercream under a marquee in July - both answered in French.",
      cu("11-16 18:45", """Bonjour,

Nous nous marions en juillet près de Bath et ma sœur est cœliaque. Est-ce que vous pouvez faire un étage entièrement sans gluten, et comment évitez-vous la contamination avec les autres étages ?

Je voudrais aussi savoir si le glaçage à la crème au beurre tient bien en extérieur : la réception aura lieu sous une tente.

Merci beaucoup,
Élise Morel"""),
      ag("camille", "11-17 10:05", """Bonjour Élise,

Oui. L'étage sans gluten est préparé un autre jour, avec des farines certifiées, et il est monté sur son propre support avec un disque séparateur : il ne touche jamais les autres étages. Le jour J, nous le découpons en premier, avec un couteau réservé.

Sous une tente en juillet, je vous déconseille la crème au beurre classique, qui glisse au-delà de 24 °C. Nous la remplaçons alors par une ganache au chocolat blanc, qui supporte bien la chaleur pour le même rendu.

Bien à vous,
Camille"""),
      tz=1),

    C("t06-ibarra-factura", "es", "closed", {},
      "Marta Ibarra <marta.ibarra@example.es>", "gmail_es", "Factura de la señal y saldo pendiente",
      "Spanish customer asks whether the deposit arrived and for a company invoice; both answered, the invoice attached; thanks-only.",
      cu("11-06 10:30", """Hola Nuria:

Ya hicimos la transferencia de la señal (250 £) el martes. ¿Me puedes confirmar que os ha llegado?

Y por favor, mándame la factura a nombre de Ibarra Consulting S.L., con el CIF B-86412397, que la tarta del aniversario la paga la empresa.

Gracias,
Marta"""),
      ag("nuria", "11-06 12:10", """Hola, Marta:

Sí, la transferencia entró el miércoles por la mañana. Te adjunto la factura a nombre de Ibarra Consulting S.L. con el CIF; el resto (410 £) se paga diez días antes de la entrega.

Un saludo,
Nuria""", attach=[("application/pdf", "factura-TL-2271.pdf", INVOICE_IBARRA_PDF)]),
      cu("11-06 13:40", """¡Perfecto, muchas gracias!

Marta""", thanks=True),
      tz=1),

    C("t07-oduya-launch-cupcakes", "en", "closed", {},
      "Kemi Oduya <kemi@brightleaf-studio.example>", "thunderbird", "Cupcakes for our studio launch",
      "A rhetorical question and a self-answered one around a quote request; quote given as figures; the go-ahead with a logo attachment is confirmed.",
      cu("11-05 09:50", """Hello Poppy,

Is there anything better than a cupcake tower at a launch party? I honestly don't think so.

We're opening Brightleaf Studio on Friday 13 November and I'd like 60 cupcakes in our colours (sage and a dusty pink - swatches on our website). Where's your order form, by the way? Ah, just spotted it under 'Celebrations', ignore me.

Please send me a quote for the 60 with our logo on a printed topper, delivered to 3 Regent Arcade before 4pm.

Kemi Oduya
Brightleaf Studio | https://brightleaf-studio.example/?utm_source=signature"""),
      ag("poppy", "11-05 11:40", """Hi Kemi,

Sixty cupcakes in sage and dusty pink with printed logo toppers come to £165, and delivery to Regent Arcade is £12, so £177 all in. Our driver can be with you by 3pm on the 13th.

Best,
Poppy"""),
      cu("11-05 12:15", """Lovely, please go ahead - logo file attached.

Kemi""", attach=[("image/png", "brightleaf-logo.png", LOGO_PNG)]),
      ag("poppy", "11-05 14:00", """Booked in for the 13th, and the logo prints beautifully. You can pay on the day or by bank transfer, whichever you prefer.

Poppy""")),

    C("t08-greaves-forward", "en", "closed", {},
      "Oliver Greaves <oliver.greaves@example.net>", "gmail", "Fwd: Your Tansy Lane booking TL-4471",
      "HTML-only forward of a booking confirmation full of boilerplate questions; the customer's one request (the delivery address) is answered.",
      cu("11-09 08:40", """Hi,

My partner forwarded me this. Could you confirm the cake is going to the Old Rectory in Winchcombe and not to my flat? The confirmation doesn't show an address at all.

Thanks,
Oliver

---------- Forwarded message ---------
From: Tansy Lane Cakes <hello@tansylanecakes.example>
Date: Fri, 6 Nov 2026 at 17:12
Subject: Your Tansy Lane booking TL-4471
To: <sam.greaves@example.net>

Thank you for booking with Tansy Lane Cakes!
Booking TL-4471 - three-tier wedding cake, Saturday 21 November 2026.
Need to change your design? Reply to this email at least 14 days before the day.
Questions about allergens? See https://tansylanecakes.example/allergens?booking=TL-4471""", kind="html"),
      ag("poppy", "11-09 10:30", """Hi Oliver,

It's the Old Rectory in Winchcombe - Dominic has it on his delivery sheet for 10:30 on the 21st.

Best,
Poppy""")),

    C("t09-carraway-setup-time", "en", "pending", {},
      "Sophie Carraway <sophie@carrawayweddings.example>", "owa", "Ellison/Burke wedding - set-up time at Whitcombe Manor",
      "Planner asks for the set-up time and van details; Poppy passes it to Dominic who 'will confirm by tomorrow' and he does, on time (cc).",
      cu("11-16 08:30", """Hi Poppy,

Could you confirm what time your team will arrive to set up the Ellison/Burke cake on Saturday 21st? The manor also needs names and a van registration for the gate list by Wednesday.

Thanks,
Sophie
Carraway Weddings"""),
      ag("poppy", "11-16 09:40", """Hi Sophie,

Dominic plans the Saturday runs, so I've handed this to him - he'll confirm the time, names and van reg by tomorrow.

Poppy""", promises=[("11-17", 3)]),
      ag("dominic", "11-17 08:15", """Hi Sophie,

We'll be at Whitcombe Manor at 11:30 on Saturday: me and Ellie Marsh in the white Transit, registration WX24 TLC.

Thanks,
Dominic""", parent=1, cc="Poppy Marsh <poppy@tansylanecakes.example>")),

    C("t10-ashworth-four-tiers", "en", "pending", {},
      "Gemma Ashworth <gemma.ashworth@example.com>", "apple", "Quote for 4 tiers instead of 3?",
      "US-based bride asks for a re-quote and about the stand; the stand is answered, the revised quote promised for Monday 23rd (still ahead at audit time).",
      cu("11-18 13:00", """Hi Fern,

Our guest list has crept up to 140 (help). Could you re-quote the lemon and raspberry design as four tiers rather than three? And would it still fit on the gold stand we chose, or do we need the bigger one?

Gemma"""),
      ag("fern", "11-19 09:30", """Hi Gemma,

The gold stand takes four tiers happily - the top plate is the same, we just stack higher. The price depends on whether the extra tier is sponge or fruit cake, so I'm costing both and I'll send you the revised quote on Monday.

Fern""", promises=[("11-23", None)]),
      tz=-5),

    C("t11-brindley-delivery", "en", "closed", {},
      "Neil Brindley <neil@brindleyfarm.example>", "gmail", "Collection or delivery for Saturday 12 Dec?",
      "Collect or deliver, and the price to Painswick: advice and a figure; van timing is logistics, not a promise; thanks-only close.",
      cu("11-04 08:10", """Morning,

Is it better to collect the cake ourselves or have you deliver it? It's the three-tier one. If you deliver, what does it cost out to Painswick?

Neil"""),
      ag("dominic", "11-04 11:00", """Hi Neil,

For three tiers I'd always have us deliver - stacked cakes don't love car boots. Painswick is £38 including set-up. On the day the van leaves the studio at 10am and the driver texts you when he's fifteen minutes away.

Dominic"""),
      cu("11-04 11:25", """Delivery it is then, cheers Dominic.

Neil""", thanks=True)),

    C("t12-lindqvist-christening", "en", "open", {},
      "Freya Lindqvist <freya.lindqvist@example.org>", "gmail", "Christening cake - 13 December",
      "A fresh enquiry on the audit day with only the helpdesk acknowledgement so far (inside the response target).",
      cu("11-20 10:15", """Hello,

We're christening our daughter on Sunday 13 December and would love a small cake for about 30 people, white with a little sugar lamb on top. Do you have space that weekend, and could it be delivered to St Mary's church hall in Charlton Kings?

Many thanks,
Freya"""),
      ack("11-20 10:16")),

    C("t13-pryce-prices", "en", "closed", {},
      "Daniel Pryce <dan.pryce@example.com>", "android", "Prices?",
      "Two terse questions from Outlook for Android answered with only a link and only a figure.",
      cu("11-10 07:20", """Hi do you have a price list for wedding cakes? And whats the deposit to hold a date.

Ta, Dan

Get Outlook for Android"""),
      ag("poppy", "11-10 09:05", """Hi Dan,

2027 price guide: https://tansylanecakes.example/files/wedding-price-guide-2027.pdf

£150, comes off the final balance.

Poppy""")),

    C("t14-whitlock-box", "en", "pending", {},
      "Aisha Whitlock <aisha.whitlock@example.net>", "android", "Tasting box delivery",
      "When will the box arrive? Answered with a date and a time only; thanks-only reply.",
      cu("11-18 07:55", """Morning, when will the tasting box arrive? I'm only working from home Thurs and Fri this week.

Aisha

Get Outlook for Android"""),
      ag("poppy", "11-18 09:10", """Hi Aisha,

Thursday 19th, before 1pm.

Poppy"""),
      cu("11-19 13:30", """Arrived safely, thank you - the salted caramel is dangerous!

Aisha

Get Outlook for Android""", thanks=True)),

    C("t15-hoffmann-ust-id", "de", "pending", {},
      "Dr. Stefan Hoffmann <s.hoffmann@hoffmann-partner.example>", "outlook_de", "Rechnung Firmenjubiläum - USt-IdNr.",
      "German firm asks for a corrected invoice with its VAT number and about the VAT rate; both handled (PDF attached, zero rating explained); thanks-only.",
      cu("11-16 09:00", """Sehr geehrter Herr Brenner,

für die Jubiläumstorte vom 7. November benötigt unsere Buchhaltung eine Rechnung mit unserer USt-IdNr. DE298114605. Können Sie die Rechnung bitte entsprechend neu ausstellen?

Mir ist zudem aufgefallen, dass auf der Rechnung keine Umsatzsteuer ausgewiesen ist. Wird die Torte nicht mit dem ermäßigten Satz abgerechnet?

Mit freundlichen Grüßen
Dr. Stefan Hoffmann
Hoffmann & Partner Steuerberatung"""),
      ag("lukas", "11-16 13:00", """Sehr geehrter Herr Dr. Hoffmann,

anbei die neu ausgestellte Rechnung mit Ihrer USt-IdNr.

Torten gelten in Großbritannien als Grundnahrungsmittel und sind vollständig von der Mehrwertsteuer befreit (zero-rated) - deshalb steht dort 0 %, nicht etwa ein ermäßigter Satz. Nur die Lieferung mit Aufbau trägt 20 %.

Mit freundlichen Grüßen
Lukas Brenner""", attach=[("application/pdf", "Rechnung-TL-2288-korrigiert.pdf", INVOICE_HOFFMANN_PDF)]),
      cu("11-16 15:00", """Vielen Dank, so passt es.

Mit freundlichen Grüßen
Stefan Hoffmann""", thanks=True),
      tz=1),

    C("t16-lemaire-photo", "fr", "closed", {},
      "Claire Lemaire <claire.lemaire@example.fr>", "apple_fr", "Gâteau d'anniversaire - modèle",
      "French customer asks, then sends the photo in a second mail before any reply (new information, not a chase); answered.",
      cu("11-09 08:20", """Bonjour,

Je voudrais commander un gâteau pour les 40 ans de mon mari, le samedi 21 novembre, pour 25 personnes. Pouvez-vous reproduire le modèle de la photo ? Je vous l'envoie dans un second mail, elle est trop lourde pour passer avec celui-ci.

Claire Lemaire"""),
      cu("11-09 08:31", """Voici la photo : c'est le gâteau bleu nuit avec les feuilles dorées.

Claire""", attach=[("image/png", "modele-bleu-nuit.png", PHOTO_PNG)]),
      ag("camille", "11-09 11:00", """Bonjour Claire,

Oui, nous pouvons tout à fait le reproduire : glaçage bleu nuit et feuilles d'or comestibles, sur trois étages de 15, 20 et 25 cm, ce qui fait bien 25 parts. Le tarif est de 145 £ et le samedi 21 novembre est encore libre - je vous le réserve dès réception de l'acompte de 50 £.

Bien à vous,
Camille"""),
      tz=1),

    C("t17-solis-boda-bristol", "es", "pending", {},
      "Javier Solís <javier@solis-eventos.example>", "iphone", "Tarta para una boda en Bristol",
      "Spanish event planner: a pleasantry, then portions and fresh flowers - both answered.",
      cu("11-17 11:00", """Hola Nuria, ¿qué tal todo por Cheltenham?

Te escribo por una boda que organizo en Bristol el 10 de abril. ¿Cuántas raciones salen de una tarta de tres pisos? Necesitaría también saber si trabajáis con flores naturales o solo de azúcar, porque la novia quiere peonías.

Un abrazo,
Javier Solís
Solís Eventos

Enviado desde mi iPhone"""),
      ag("nuria", "11-17 15:20", """Hola, Javier:

¡Todo bien por aquí, gracias! Una tarta de tres pisos (15, 20 y 25 cm) da unas 75 raciones de boda. Y sí, trabajamos con flores naturales: las peonías las preparamos con la florista de la novia, sin pesticidas y con el tallo sellado para que no toquen el bizcocho.

Un saludo,
Nuria"""),
      tz=1),

    C("t18-fairfax-retirement", "en", "closed", {},
      "Lucy Fairfax <lucy.fairfax@fairfaxlegal.example>", "outlook", "Retirement cake for our senior partner",
      "Questions answered; the customer's own out-of-office answers the reply; back at her desk she books and Poppy confirms.",
      cu("11-05 09:00", """Hi,

Before I disappear on leave this afternoon: our senior partner retires on Friday 20 November and we'd like a cake shaped like a stack of law books. Is that something you make? And how much notice would you need?

Kind regards,
Lucy Fairfax
Practice Manager | Fairfax Legal LLP"""),
      ag("poppy", "11-05 13:40", """Hi Lucy,

A stack of law books is a favourite of ours - we can even do the spines in the firm's colours with his name on the top volume. For a carved cake like this we like two weeks' notice, so you're fine for the 20th. For 30 people it's £140.

Best,
Poppy"""),
      auto("11-05 13:41", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email.

For urgent matters please contact reception on 01242 960 100.

Lucy Fairfax""", subject="Automatic reply: RE: Retirement cake for our senior partner", quote=False),
      cu("11-09 09:15", """Hi Poppy,

Back at my desk - that all sounds perfect. Please book it for Friday 20 November, 30 portions, delivered to our office at 2 Royal Crescent by 3pm.

Kind regards,
Lucy"""),
      ag("poppy", "11-09 10:00", """Hi Lucy,

All booked: law books for 30, at 2 Royal Crescent by 3pm on Friday 20th. I'll need the firm's colours and his name, but there's no rush until the 16th.

Best,
Poppy""")),

    C("t19-quinn-sketch", "en", "pending", {},
      "Hannah Quinn <hannah.quinn@example.com>", "gmail", "Design sketch - autumn leaves",
      "A sketch promised 'in the next couple of days' arrives the next day as a PNG; the colour question answered at once; thanks-only.",
      cu("11-16 10:30", """Hi Fern,

Could we see a sketch of the autumn leaves design before we pay the deposit? We'd also like to know whether the sugar leaves can be burnt orange rather than red - red clashes with the bridesmaids.

Thanks,
Hannah"""),
      ag("fern", "11-16 14:10", """Hi Hannah,

Burnt orange will look gorgeous, and it's an easy change - we colour the sugar paste ourselves. I'll draw the design up and send it over in the next couple of days.

Fern""", promises=[("window", 3)]),
      ag("fern", "11-17 16:45", """Hi Hannah,

Here's your sketch, with burnt orange and a little ochre on the leaves cascading down the left side. Let me know what you think.

Fern""", attach=[("image/png", "quinn-autumn-sketch.png", SKETCH_PNG)]),
      cu("11-17 18:05", """We love it! Thank you so much.

Hannah""", thanks=True)),

    C("t20-castellane-dessert-table", "en", "closed", {},
      "Priya Castellane <priya@castellane-events.example>", "outlook", "Dessert table for the Moreton wedding",
      "A numbered list of four requests answered in a different order, the dessert list as a PDF; the planner's signature has a '?' and a URL.",
      cu("11-10 10:00", """Hi Poppy,

For the Moreton wedding on 8 May, the couple would like:

1. A 2-tier cutting cake plus 80 mini desserts - can you do both?
2. What mini desserts do you offer? Is there a list?
3. We need everything labelled for allergens (one coeliac guest, two vegans).
4. Would you be able to have the dessert table set up by 5pm?

Best,
Priya Castellane | Castellane Events
Planning something special? https://castellane-events.example/enquire?ref=email-sig"""),
      ag("poppy", "11-10 12:30", """Hi Priya,

Set-up by 5 is no problem. Every item gets its own allergen card, and the gluten-free and vegan pieces sit on a separate tier with their own tongs. Our mini dessert menu is attached - most couples choose four kinds, twenty of each. And yes, we'll happily do the two-tier cutting cake alongside.

Best,
Poppy""", attach=[("application/pdf", "tansy-lane-mini-desserts-2027.pdf", MENU_PDF)], kind="alt")),
]
CASES += [
    C("t21-bellamy-enquiry", "en", "closed", {"unanswered-question": 1},
      "Tessa Bellamy <tessa.bellamy@example.com>", "gmail", "Wedding cake enquiry",
      "Flavour advice given generously; the question about a refundable deposit if the date moves is passed over. Same subject as t45 (another customer).",
      cu("11-03 13:20", """Hello,

We're getting married on 4 September 2027 at Hatherley Manor, about 110 guests, and we love the idea of three tiers with a different flavour in each. Which flavours would you recommend together? Could you also let me know whether the deposit is refundable if we have to postpone? My partner's brother is posted abroad and the date may still move.

Thanks,
Tessa""", uq=1),
      ag("fern", "11-03 16:00", """Hi Tessa,

How exciting! For 110 guests we'd do tiers of 6, 8 and 10 inches. My favourite trio is lemon and elderflower at the bottom, raspberry and white chocolate in the middle, and a rich chocolate with salted caramel on top - it goes from fresh to indulgent as the evening goes on. If you'd rather taste before deciding, our tasting box has all three.

Fern""")),

    C("t22-orchard-barn-paperwork", "en", "pending", {"unanswered-question": 2},
      "Martin Sayer <martin@orchardbarn.example>", "outlook", "Cakes at Orchard Barn - supplier paperwork",
      "Venue asks for an insurance certificate, about stands and knives, and the hygiene rating; only the stands and knives are answered. The venue's signature URL has a '?'.",
      cu("11-16 10:00", """Hi Dominic,

We're tidying up our approved-supplier list for 2027. A few bits we need from everyone who sets up on site:

Please send your public liability insurance certificate, we need a copy on file.
Does your team bring its own cake stands and knives, or do you rely on ours?
What food hygiene rating does your kitchen have?

Thanks
Martin Sayer
Venue Manager, Orchard Barn, Prestbury
Supplier guidelines: https://orchardbarn.example/suppliers?list=2027""", uq=2),
      ag("dominic", "11-16 15:30", """Hi Martin,

We bring everything ourselves - stands, cake knives and serving boards - and take it all away at the end of the night, so you'll never need to lend us yours.

Thanks,
Dominic""")),

    C("t23-garnett-golden-wedding", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Robert Garnett <rob.garnett@garnett-joinery.example>", "thunderbird", "Golden wedding cake - quote please",
      "Quote promised 'by Thursday' never sent; the egg-free question is passed over in the same reply.",
      cu("11-02 12:10", """Hello,

My parents' golden wedding anniversary is on 5 December. We'd like a two-tier cake for about 60 people with a gold "50" on top. Could you send me a quote?

Separately, my mother can't eat egg. Do you make egg-free sponges?

Regards,
Rob Garnett""", uq=1),
      ag("poppy", "11-02 15:00", """Hi Rob,

What a lovely thing to celebrate. The gold 50 is no problem - we hand-paint those. Fern is away until Wednesday, so I'll put the quote together with her and email it to you by Thursday.

Best,
Poppy""", promises=[("11-05", None)])),

    C("t24-dunmore-date-change", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Chloe Dunmore <chloe.dunmore@example.org>", "apple", "Can we change the date?",
      "'I'll confirm by Tuesday' kept on Wednesday, after the customer asks for news: kept late = missed, and a chase.",
      cu("11-13 09:00", """Hi Poppy,

Our venue has had to move us from 19 June to 26 June 2027. Can you move our booking to the 26th? Fingers crossed you're free!

Chloe"""),
      ag("poppy", "11-13 11:20", """Hi Chloe,

The 26th already has two cakes pencilled in, so I need to check with Dominic that we can cover a third delivery that day. I'll confirm by Tuesday.

Poppy""", promises=[("11-17", 4)]),
      cu("11-18 08:45", """Hi Poppy, any news on the 26th? The venue wants our final supplier list by Friday.

Chloe""", chase=True),
      ag("poppy", "11-18 10:30", """Hi Chloe,

Sorry for the wait - you're moved to Saturday 26 June 2027, and your deposit carries over as it is.

Poppy""")),

    C("t25-wagner-schwarzwaelder", "de", "closed", {"unanswered-question": 1},
      "Sabine Wagner <sabine.wagner@example.de>", "thunderbird_de", "Torte zum 60. Geburtstag meines Vaters",
      "German daughter orders a Black Forest gateau; the kirsch question is answered, the request to invoice her father is ignored; thanks-only.",
      cu("11-04 19:30", """Guten Abend Herr Brenner,

mein Vater feiert am 14. November in Tewkesbury seinen 60. Geburtstag, und wir hätten gern eine Schwarzwälder Kirschtorte für etwa 30 Personen. Geht das mit echtem Kirschwasser, oder verwenden Sie keinen Alkohol? Könnten Sie uns außerdem die Rechnung auf den Namen meines Vaters ausstellen? Er heißt Klaus Wagner und besteht darauf, selbst zu bezahlen.

Viele Grüße
Sabine Wagner""", uq=1),
      ag("lukas", "11-05 09:00", """Liebe Frau Wagner,

eine Schwarzwälder ist bei uns Chefsache - und ja, mit echtem Kirschwasser aus dem Schwarzwald, die Kinderportion ohne, wenn Sie möchten. Für 30 Personen machen wir zwei Torten à 26 cm, zusammen 96 £. Lieferung am Samstag, 14. November, bis 14 Uhr.

Viele Grüße
Lukas Brenner"""),
      cu("11-05 11:15", """Wunderbar, vielen Dank!

Sabine Wagner""", thanks=True),
      tz=1),

    C("t26-schaefer-edelweiss", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Moritz Schäfer <moritz.schaefer@example.at>", "gmail_de", "Entwurf für unsere Hochzeitstorte",
      "Austrian groom: price answered, the sketch promised 'bis Mittwoch' arrives Thursday after 'gibt es schon Neuigkeiten?'; the chase has a References gap.",
      cu("11-12 10:00", """Hallo Herr Brenner,

wir heiraten im Juni in Gloucestershire, meine Frau stammt aus der Gegend, ich aus Salzburg. Könnten Sie uns einen Entwurf mit Edelweiß aus Zucker schicken? Und was würde so eine Torte für rund 90 Gäste ungefähr kosten?

Liebe Grüße
Moritz Schäfer"""),
      ag("lukas", "11-12 14:00", """Hallo Herr Schäfer,

Edelweiß ist eine wunderschöne Idee für eine Hochzeit zwischen Salzburg und Gloucestershire. Für 90 Gäste rechnen Sie mit drei Etagen und etwa 480 £, je nach Zahl der Zuckerblüten.

Den Entwurf zeichnet unsere Designerin Fern; ich melde mich bis Mittwoch mit der Skizze bei Ihnen.

Viele Grüße
Lukas Brenner""", promises=[("11-18", 4)]),
      cu("11-19 09:10", """Hallo Herr Brenner,

gibt es schon Neuigkeiten zum Entwurf? Wir würden ihn am Wochenende gern meinen Schwiegereltern zeigen.

Liebe Grüße
Moritz Schäfer""", chase=True, refs=[1]),
      ag("lukas", "11-19 11:30", """Hallo Herr Schäfer,

entschuldigen Sie die Verspätung - anbei Ferns Skizze: drei Etagen in Elfenbein, die Edelweißblüten als Kaskade von oben links nach unten rechts.

Viele Grüße
Lukas Brenner""", attach=[("image/png", "entwurf-edelweiss.png", EDELWEISS_PNG)]),
      tz=1),

    C("t27-girard-piece-montee", "fr", "closed", {"unanswered-question": 1},
      "Mathieu Girard <m.girard@example.fr>", "thunderbird", "Pièce montée pour un baptême",
      "French father asks for a traditional croquembouche and whether delivery is included; the croquembouche is answered in detail, delivery not at all.",
      cu("11-05 14:00", """Bonjour,

Nous organisons le baptême de notre fille le 12 décembre à Cirencester, avec une quarantaine d'invités. Faites-vous des pièces montées traditionnelles en choux ? Pourriez-vous aussi me dire si la livraison est comprise dans le prix ?

Cordialement,
Mathieu Girard""", uq=1),
      ag("camille", "11-05 16:30", """Bonjour Monsieur Girard,

Oui, nous faisons des pièces montées en choux caramélisés, garnis de crème pâtissière à la vanille ou au praliné. Pour une quarantaine d'invités, comptez environ 120 choux, soit 190 £, avec dragées et nougatine ; nous pouvons ajouter le prénom de votre fille en sucre filé.

Bien à vous,
Camille"""),
      tz=1),

    C("t28-roussel-devis", "fr", "pending", {"missed-follow-up": 1},
      "Anaïs Roussel <anais.roussel@example.fr>", "apple_fr", "Devis révisé - mariage du 3 juillet",
      "French couple with fewer guests: the tier question answered, the revised quote promised 'demain matin' never comes.",
      cu("11-16 09:30", """Bonjour Camille,

Finalement nous serons 90 invités au lieu de 120. Pouvez-vous nous envoyer un devis révisé ? Est-ce qu'il faut garder quatre étages ou est-ce que trois suffisent ?

Merci et bonne journée,
Anaïs"""),
      ag("camille", "11-16 16:00", """Bonjour Anaïs,

Pour 90 personnes, trois étages suffisent largement (15, 20 et 25 cm), et si vous aimez les parts généreuses nous ajoutons un gâteau de service en cuisine. Je vous envoie le devis révisé demain matin.

Bien à vous,
Camille""", promises=[("11-17", None)]),
      tz=1),

    C("t29-navarro-plazos", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Lucía Navarro <lucia.navarro@example.es>", "gmail_es", "Pago del resto de la tarta",
      "Spanish bride: the signed contract promised 'mañana' never sent, the instalments question ignored; base64 body.",
      cu("11-03 10:00", """Hola Nuria:

Ya tenemos el diseño aprobado, ¡nos encanta! ¿Sería posible pagar el resto en dos plazos, uno en enero y otro en abril? Y otra cosa: ¿me podéis enviar el contrato firmado? No lo encuentro en mi correo.

Besos,
Lucía""", uq=1, cte="base64"),
      ag("nuria", "11-03 12:30", """Hola, Lucía:

¡Qué bien que os guste! El contrato firmado te lo reenvío mañana desde el ordenador de la oficina, que desde aquí no lo tengo.

Un saludo,
Nuria""", promises=[("11-04", None)]),
      tz=1),

    C("t30-ortega-quince", "es", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Diego Ortega <diego.ortega@example.com>", "gmail_es", "Tarta para los XV años de mi sobrina",
      "Spanish-speaking uncle asks about a quinceañera cake; only the acknowledgement; five days later '¿hay alguna novedad? ... sigo sin respuesta'.",
      cu("11-11 19:00", """Hola:

Mi sobrina cumple quince años el 12 de diciembre y la fiesta es en Gloucester, unos 100 invitados. ¿Hacéis tartas de varios pisos con figuras de azúcar? Queremos algo en rosa palo y dorado, con una corona arriba. ¿Qué precio tendría más o menos?

Gracias,
Diego Ortega"""),
      ack("11-11 19:01"),
      cu("11-16 10:00", """Hola, ¿hay alguna novedad? Os escribí el miércoles pasado y sigo sin respuesta. Tengo que cerrar la tarta esta semana.

Diego""", chase=True)),

    C("t31-hollis-fruit-tier", "en", "pending", {"unanswered-question": 1},
      "Georgie Hollis <georgie@hollisfamily.example>", "iphone", "Top tier for the christening",
      "Asked whether the top tier can be a fruit cake to keep for a christening, the designer answers how long sponges keep and freeze - a neighbouring question.",
      cu("11-17 20:30", """Hi Fern, silly question maybe but my gran swears by it - can the top tier be a proper fruit cake so we can save it for the baby's christening? The other two would stay vanilla and chocolate like we agreed.

Georgie x

Sent from my iPhone""", uq=1),
      ag("fern", "11-18 09:40", """Hi Georgie,

Not silly at all! Our vanilla and chocolate sponges keep for four or five days at room temperature, and they freeze well for up to three months if you wrap them tightly. Plenty of couples put the top tier in the freezer for their first anniversary.

Fern""")),

    C("t32-fenwick-essay", "en", "closed", {"unanswered-question": 2},
      "Eleanor Fenwick <eleanor.fenwick@example.org>", "gmail", "Our wedding - lots of questions, sorry!",
      "Three questions buried in one long paragraph with a pleasantry; the reply answers only the baking-schedule one.",
      cu("11-04 21:30", """Hi Poppy, hope you're well! So we've finally set a date, 17 April 2027 at Cowley Manor, and I've been going back and forth on cakes for weeks, which is why this email is so long. We loved the semi-naked style with fresh flowers but the florist says some flowers aren't safe on food, so do you work with the florist directly or do we have to coordinate it? We're also thinking of a cheese tower for the evening instead of a second cake, is that something you'd supply or would we need a cheesemonger? And how far in advance do you usually bake, is the cake fresh on the day? Sorry for the essay!

Ellie""", uq=2),
      ag("poppy", "11-05 09:00", """Hi Ellie,

Congratulations, and not an essay at all! We bake two days before the wedding and decorate the day before, so it's at its best on the day - sponges actually cut more neatly once they've had a day to settle.

Poppy""")),

    C("t33-ward-double-free", "en", "pending", {"missed-follow-up": 1},
      "Callum Ward <callum.ward@example.net>", "gmail", "Vegan AND gluten-free?",
      "'Let me check with Fern and come back to you' with no date; nothing within the two-day window.",
      cu("11-16 11:00", """Hi,

My girlfriend is vegan and also coeliac. Is it actually possible to make a birthday cake that's both, and does it still taste like cake?? Her birthday is 5 December.

Callum"""),
      ag("poppy", "11-16 12:30", """Hi Callum,

It's possible, and honestly our double-free chocolate cake is one of my favourites - nobody guesses. The sizes we can do in that recipe have changed since we moved ovens, so let me check with Fern and come back to you.

Poppy""", promises=[("window", None)])),

    C("t34-pike-paid-twice", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Judith Pike <judith.pike@pikeandco.example>", "outlook", "Invoice TL-2290 - paid twice?",
      "Double payment reported; acknowledgement only; five days later the same request is resent as a new mail with the same subject.",
      cu("11-12 10:00", """Hello,

I think we've paid invoice TL-2290 twice - once by card on your website and once by bank transfer on 9 November (£212.50 both times). Please could you check and refund one of the payments?

Kind regards,
Judith Pike
Office Manager, Pike & Co."""),
      ack("11-12 10:01"),
      cu("11-17 09:00", """Hello,

Sending this again as I haven't had a reply:

I think we've paid invoice TL-2290 twice - once by card on your website and once by bank transfer on 9 November (£212.50 both times). Please could you check and refund one of the payments?

Kind regards,
Judith Pike
Office Manager, Pike & Co.""", chase=True, parent=0)),

    C("t35-marlowe-tasting-rebook", "en", "closed", {"reopened": 1, "unanswered-question": 1},
      "Ben Marlowe <ben@marlowebrewing.example>", "gmail", "Refund for cancelled tasting",
      "Refund done and 'I'll mark this as resolved'; the customer returns to rebook with new questions; the pregnancy question is passed over.",
      cu("11-02 09:10", """Hi,

We had to cancel our tasting on 31 October (covid, sorry). Could you refund the £35 or move it to a new date? Either is fine.

Ben"""),
      ag("bridget", "11-02 14:00", """Dear Ben,

Sorry you were unwell. I've refunded the £35 to your card today; it usually shows within five working days. I'll mark this as resolved, but do book again whenever you're ready.

Kind regards,
Bridget""", closes=True),
      cu("11-10 09:30", """Hi Bridget,

The refund came through, thanks. We're ready to rebook - can we do a weekday evening? Anything in the week of 23 November? Also, my fiancée is pregnant, so are any of the tasting flavours off-limits for her (liqueurs etc.)?

Ben""", uq=1),
      ag("poppy", "11-10 11:00", """Hi Ben,

Glad you're both feeling better. Evening tastings are Tuesdays and Thursdays from 6pm, and Thursday 26 November at 6:30 is free - shall I put you down for that one?

Poppy""")),

    C("t36-quigley-engagement", "en", "pending", {"slow-first-response": 1, "unanswered-question": 1},
      "Niamh Quigley <niamh.quigley@example.com>", "gmail", "Surprise engagement party cake - 28 November",
      "Friday-evening enquiry, acknowledgement, human reply on Monday afternoon (slow); the evening-delivery question is skipped.",
      cu("11-13 18:20", """Hi!

We're throwing a surprise engagement party for my sister on Saturday 28 November. Could you do a two-tier cake for 50 with a champagne flavour? I'd also need to know if you can deliver to a private house in Charlton Kings on a Saturday evening, around 6pm, as she mustn't see it arrive!

Niamh""", uq=1),
      ack("11-13 18:21"),
      ag("poppy", "11-16 14:30", """Hi Niamh,

What a lovely surprise to plan. Pink champagne sponge with strawberry buttercream is one of our party favourites, and two tiers (6 and 8 inch) give 50 party portions. It's £125.

Poppy""")),
]
CASES += [
    C("t37-harcourt-final-invoice", "en", "closed", {"missed-follow-up": 1, "many-handoffs": 1},
      "Victoria Harcourt <v.harcourt@harcourthouse.example>", "owa", "Final invoice and delivery time for 7 November",
      "Three agents on one case; 'Bridget will send the final invoice tomorrow' is kept by Bridget a day late; thanks-only close.",
      cu("11-02 09:00", """Hi Poppy,

With the wedding on Saturday, could you send the final invoice so we can pay the balance this week? And please confirm the delivery time at Harcourt House.

Many thanks,
Victoria"""),
      ag("poppy", "11-02 10:30", """Hi Victoria,

Dominic has you down for 11:00 on Saturday. Bridget will send the final invoice tomorrow.

Poppy""", promises=[("11-03", 4)]),
      ag("dominic", "11-03 08:00", """Morning Victoria,

Just to add to Poppy's note: we'll come to the side entrance by the orangery at 11:00. Could someone be there to open the gate?

Thanks,
Dominic""", parent=1),
      ag("bridget", "11-04 09:15", """Dear Victoria,

Please find attached the final invoice, TL-2315, for the balance of £520.00. Apologies that it's a day later than Poppy said.

Kind regards,
Bridget""", parent=1, attach=[("application/pdf", "TL-2315.pdf", INVOICE_HARCOURT_PDF)]),
      cu("11-04 10:05", """Paid - thank you all! Our gardener will be at the gate.

Victoria""", thanks=True)),

    C("t38-ainsley-blush", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Rosie Ainsley <rosie.ainsley@example.org>", "gmail", "Revised design - blush instead of ivory",
      "Both requests answered, the revised design promised 'by end of day' arrives two days later after 'just following up'.",
      cu("11-17 09:00", """Hi Fern,

We've decided to swap the ivory for blush after all (sorry!!). Could you update the design with blush icing and send it over? And can we add a few pressed flowers to the middle tier?

Rosie"""),
      ag("fern", "11-17 11:00", """Hi Rosie,

No need to apologise - blush will look gorgeous with your bouquet. Pressed flowers on the middle tier are lovely too; I'd use violas and cornflowers from our grower, both edible. I'll get the revised design to you by end of day.

Fern""", promises=[("11-17", 4)]),
      cu("11-19 08:30", """Morning Fern, just following up on the revised design - we're seeing the florist tomorrow and wanted to show her.

Rosie""", chase=True),
      ag("fern", "11-19 10:00", """Sorry Rosie, Tuesday ran away from me. Here it is: blush all over, with the violas and cornflowers pressed across the middle tier.

Fern""", attach=[("image/png", "ainsley-blush-v2.png", BLUSH_PNG)])),

    C("t39-tennant-sesame", "en", "closed", {"unanswered-question": 1},
      "Amelia Tennant <amelia@tennant-interiors.example>", "apple", "Office Christmas party - cupcakes",
      "Order confirmed; in her reply the customer adds the delivery details and a sesame-allergy question; the booking is confirmed, the allergy is not mentioned.",
      cu("11-05 10:10", """Hi,

Could we order 40 cupcakes for our office party on Friday 11 December? A mix of mince pie and gingerbread flavours, please.

Amelia Tennant
Tennant Interiors"""),
      ag("poppy", "11-05 11:20", """Hi Amelia,

Of course - 20 mince pie and 20 gingerbread for Friday 11 December, £96. Would you like to collect from the studio, or shall we deliver (£10 within Cheltenham)?

Poppy"""),
      cu("11-05 14:20", """Thanks Poppy! Delivery please, to 8 Imperial Square, before noon. Oh, and one of the team is allergic to sesame - are the gingerbread ones safe for her?

Amelia""", uq=1),
      ag("poppy", "11-06 09:00", """Perfect, you're all booked: 40 cupcakes delivered to 8 Imperial Square by 12:00 on Friday 11 December.

Poppy""")),

    C("t40-yardley-village-hall", "en", "pending", {"slow-first-response": 1, "customer-chased": 1, "unanswered-question": 1},
      "Martha Yardley <martha.yardley@example.net>", "thunderbird", "Cake for the village hall's centenary",
      "Formal enquiry, 'just checking in - did my email reach you?' two days later, then a price only; the gluten-free question is skipped.",
      cu("11-16 10:00", """Dear Tansy Lane,

Our village hall turns 100 in January and the committee would like a large sheet cake with a photograph of the hall printed on it, to serve around 150. Could you give us a rough price? We'd also like to know whether you can make part of it gluten-free, as several of our regulars need that.

Yours sincerely,
Martha Yardley
Secretary, Leckhampton Village Hall Committee""", uq=1),
      cu("11-18 11:00", """Dear Tansy Lane,

Just checking in - did my email of Monday reach you? The committee meets on Thursday evening and I'd like to bring a figure.

Yours sincerely,
Martha Yardley""", chase=True),
      ag("poppy", "11-18 14:00", """Dear Martha,

Apologies - your first email was caught in our spam filter. A sheet cake for 150 with an edible print of the hall comes to £240.

Kind regards,
Poppy""")),

    C("t41-osei-inline", "en", "closed", {"unanswered-question": 2},
      "Kwame Osei <kwame.osei@example.com>", "gmail", "Questions about our booking TL-4502",
      "Inline reply that quotes and answers points 1 and 3, leaving out the favours discount and the P.S. request.",
      cu("11-09 12:00", """Hi Poppy,

A few things ahead of our wedding in March:

1) Can we move the tasting from 21 to 28 November?
2) Is there a discount if we also order the favours (100 mini biscuits)?
3) Does the cake price include the stand hire, or is that extra?

Thanks!
Kwame

P.S. Please send the receipt for the deposit to my wife's email as well - adwoa.osei@example.com.""", uq=2),
      ag("poppy", "11-09 15:00", """Hi Kwame,

> 1) Can we move the tasting from 21 to 28 November?

Done - Saturday 28 November, 11:00.

> 3) Does the cake price include the stand hire, or is that extra?

Included. You choose from the gold, silver or wooden stands at the tasting.

Poppy""", quote=False)),

    C("t42-becker-zwillinge", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Jana Becker <jana.becker@example.de>", "outlook_de", "Geburtstagstorte für unsere Zwillinge",
      "German mother: the half fire-engine, half unicorn idea is welcomed, a design with price promised 'bis Freitag' never comes; the lactose-free question is passed over.",
      cu("11-03 08:00", """Hallo Herr Brenner,

unsere Zwillinge werden am 21. November drei Jahre alt. Wir hätten gern eine Torte, die halb Feuerwehr, halb Einhorn ist (ja, wirklich). Ist so etwas machbar? Und gibt es die Möglichkeit, die Füllung laktosefrei zu machen? Unsere Tochter verträgt keine Milch.

Viele Grüße
Jana Becker""", uq=1),
      ag("lukas", "11-03 15:00", """Liebe Frau Becker,

das ist machbar und klingt nach einem sehr fröhlichen Fest! Wir teilen die Torte diagonal: rot mit Leiter und Blaulicht auf der einen Seite, Regenbogen und goldenes Horn auf der anderen. Ich bespreche die Details mit unserer Designerin und schicke Ihnen bis Freitag einen Entwurf mit Preis.

Viele Grüße
Lukas Brenner""", promises=[("11-06", None)]),
      tz=1),

    C("t43-dupont-relance", "fr", "pending", {"slow-first-response": 1, "customer-chased": 1},
      "Julien Dupont <julien.dupont@example.fr>", "apple_fr", "Gâteau pour nos dix ans de mariage",
      "French husband asks for a miniature of the 2016 wedding cake; acknowledgement; 'je me permets de vous relancer' on Tuesday; then both questions answered.",
      cu("11-13 19:00", """Bonjour,

Pour nos dix ans de mariage, le 12 décembre, je voudrais offrir à ma femme une version miniature de notre gâteau de mariage, que vous aviez réalisé en 2016. Auriez-vous encore la photo ou la fiche de ce gâteau ? Et quel serait le prix pour 8 personnes ?

Merci d'avance,
Julien Dupont"""),
      ack("11-13 18:01"),
      cu("11-17 08:30", """Bonjour,

Je me permets de vous relancer concernant ma demande de vendredi soir, ci-dessous.

Cordialement,
Julien Dupont""", chase=True, parent=1),
      ag("camille", "11-17 10:00", """Bonjour Monsieur Dupont,

Toutes nos excuses pour ce délai. Bonne nouvelle : nous avons gardé la fiche de votre gâteau de 2016 - citron et framboise, décor de roses anciennes. En version pour 8 personnes, sur un seul étage de 15 cm, il vous reviendrait à 62 £.

Bien à vous,
Camille"""),
      tz=1),

    C("t44-vidal-comunion", "es", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Carmen Vidal <carmen.vidal@example.es>", "gmail_es", "Mesa dulce para la comunión",
      "Spanish mother: cookies answered, the set-up question deferred to 'el jueves' and answered on Monday after a chase; the deposit question never answered.",
      cu("11-10 10:00", """Hola Nuria:

Para la comunión de mi hijo (6 de junio) queremos una mesa dulce para unos 60 invitados. ¿Podéis incluir galletas personalizadas con su nombre? Además, quisiera saber si la mesa se puede montar la víspera, porque la finca solo abre la tarde anterior. Y por último, ¿cuánto pedís de señal para reservar?

Gracias,
Carmen""", uq=1),
      ag("nuria", "11-10 11:30", """Hola, Carmen:

¡Claro que sí! Las galletas con el nombre de tu hijo las hacemos glaseadas, a juego con los colores que elijáis para la mesa.

Lo del montaje la víspera tengo que consultarlo con Dominic, que organiza los repartos; te lo confirmo el jueves.

Un saludo,
Nuria""", promises=[("11-12", 4)]),
      cu("11-16 09:00", """Hola Nuria, ¿sabéis ya algo del montaje? La finca me pide confirmación esta semana.

Carmen""", chase=True),
      ag("nuria", "11-16 12:00", """Hola, Carmen:

Perdona el retraso. Dominic dice que sí: montamos la mesa la víspera a partir de las 17:00 y dejamos todo tapado, y lo que lleve nata, en la nevera de la finca.

Un saludo,
Nuria"""),
      tz=1),

    C("t45-reddy-enquiry", "en", "pending", {"unanswered-question": 2},
      "Anjali Reddy <anjali.reddy@example.org>", "outlook", "Wedding cake enquiry",
      "Long dietary-requirements mail (eggless, sesame, diabetic grandmother, 180 guests); eggless and sesame answered, reduced sugar and the size question not. Same subject as t21.",
      cu("11-17 14:00", """Dear Tansy Lane team,

We are planning our wedding for 14 August 2027 at The Manor, Ablington, with around 180 guests. There are quite a few dietary requirements across our two families:

- about 30 guests are vegetarian and do not eat egg - can all the tiers be made eggless?
- two of the children have a severe sesame allergy
- my grandmother is diabetic

Could you tell us what you would suggest for the sesame allergy? Is a reduced-sugar option possible for my grandmother? I would also be grateful if you could let me know whether you can make a cake for 180 at all, or whether we should think about a display cake with kitchen sheet cakes.

With thanks,
Anjali Reddy""", uq=2),
      ag("fern", "11-18 10:00", """Dear Anjali,

Thank you for such a clear list - it makes planning much easier. Every one of our sponges can be made without egg, and I'd suggest making the whole cake eggless so nobody has to ask which tier is which. As for sesame: it never comes into our studio - we don't stock tahini, seeds or seeded flours of any kind. Our full allergen statement is here: https://tansylanecakes.example/allergens?v=2026-11

Warm regards,
Fern""", kind="alt")),

    C("t46-cartwright-po", "en", "closed", {"missed-follow-up": 1},
      "Simon Cartwright <simon@cartwright-motors.example>", "outlook", "Invoice for the showroom opening cake",
      "'I'll pop the invoice over first thing tomorrow' - never sent; the customer does not chase.",
      cu("11-09 16:00", """Hi,

Could we have an invoice for the cake you delivered on Saturday? Our accounts team needs our PO number CM-5512 on it before they can pay.

Thanks,
Simon Cartwright
Cartwright Motors"""),
      ag("bridget", "11-09 16:40", """Dear Simon,

Of course. I'll pop the invoice over first thing tomorrow with your PO number on it.

Kind regards,
Bridget""", promises=[("11-10", None)])),

    C("t47-holt-baby-shower", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1},
      "Jess Holt <jess.holt@example.com>", "iphone", "Baby shower cake",
      "The cake-pops question is skipped in the reply; the customer's next mail (reserve it, and how to pay) has had no reply for eight days.",
      cu("11-11 08:00", """Hi! Could you do a baby shower cake for 5 December, serving 25? Pale sage with little clouds. Do you also do matching cake pops?

Jess x

Sent from my iPhone""", uq=1),
      ag("poppy", "11-11 10:00", """Hi Jess,

Yes! A two-tier sage cake with clouds and a few gold stars serves 25, £95. Shall I reserve the 5th for you?

Poppy"""),
      cu("11-12 19:00", """Yes please reserve it! Can I pay the deposit by card over the phone or does it have to be a bank transfer?

Jess x

Sent from my iPhone""")),

    C("t48-fielding-gluten-free", "en", "pending", {"slow-first-response": 1, "customer-chased": 2},
      "Grace Fielding <grace.fielding@example.net>", "gmail", "Gluten-free cake for my mum's 70th",
      "Acknowledgement only; a chase that lost its threading headers, a second chase ('Still waiting'), then a full answer five days after the first mail.",
      cu("11-13 09:00", """Hello,

Do you make gluten-free celebration cakes? My mum has coeliac disease and turns 70 on 5 December. Ideally something like a lemon drizzle, for 15 people.

Grace Fielding"""),
      ack("11-13 09:01"),
      cu("11-16 09:30", """Hi, just following up on my email from Friday about a gluten-free birthday cake - I haven't heard anything yet.

Grace""", chase=True, thread=False, parent=1),
      cu("11-18 08:00", """Hello? Still waiting to hear back about this. If you can't do gluten-free that's fine, but I need to know so I can look elsewhere.

Grace""", chase=True),
      ag("poppy", "11-18 10:00", """Hi Grace,

I'm so sorry - your emails landed in a colleague's folder while she was on leave. Yes, we do: our gluten-free lemon drizzle is baked on a separate day with certified flour. A 7-inch, two-layer cake serves 15 and is £52, and 5 December is free.

Poppy""")),

    C("t49-kaur-stand-deposit", "en", "closed", {"reopened": 1, "unanswered-question": 1},
      "Simran Kaur <simran.kaur@example.com>", "gmail", "Cake stand deposit refund",
      "Stand deposit refunded with the receipt attached under a '[Resolved]' subject tag; the customer writes again with a new question; the referral-discount question is not answered.",
      cu("11-02 10:00", """Hi,

We returned the copper cake stand on Monday. When will the £40 stand deposit come back to us? And can you send a receipt for it?

Simran"""),
      ag("bridget", "11-02 12:00", """Dear Simran,

The stand arrived back safe and sound, and the £40 went back to your card this morning - receipt attached.

Kind regards,
Bridget""", closes=True, subject="[Resolved] RE: Cake stand deposit refund",
         attach=[("application/pdf", "receipt-R-0912.pdf", RECEIPT_PDF)]),
      cu("11-05 18:00", """Thank you! One more thing: our friends loved the cake and want to order one for their wedding next summer. Do you offer a discount for referrals?

Simran""", uq=1, subject="Re: [Resolved] RE: Cake stand deposit refund"),
      ag("poppy", "11-06 09:00", """Hi Simran,

How lovely of them to think of us! Please pass on our details - they can book a tasting online at https://tansylanecakes.example/tastings.

Poppy""")),

    C("t50-sterling-kingscote", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Louise Sterling <louise@sterlingweddings.example>", "owa", "Kingscote Barn - power for the cake lights?",
      "Lights answered; 'I'll ring the new manager and come back to you early next week' (said Thursday) never kept; the risk-assessment request is ignored.",
      cu("11-12 10:00", """Hi Dominic,

For the Ashby wedding on 19 December the couple want the cake lit with fairy lights. Does your team bring battery lights, or do you need a socket near the cake table? Also, could you send me your risk assessment for set-up? The barn is strict about it.

Best,
Louise Sterling
Sterling Weddings""", uq=1),
      ag("dominic", "11-12 15:00", """Hi Louise,

Our fairy lights run on batteries, so no socket needed. Kingscote has changed hands since we were last there, so I'll ring the new manager about unloading and come back to you early next week.

Thanks,
Dominic""", promises=[("11-17", None)])),

    C("t51-ebdon-topper", "en", "closed", {},
      "Harry Ebdon <harry.ebdon@example.org>", "gmail", "Missing cake topper",
      "Topper posted, 'I'll mark this as resolved now' closes the case; the customer's thanks does not reopen it.",
      cu("11-18 09:00", """Hi,

The cake for my daughter's party arrived on Saturday and it was brilliant, but the "8" topper wasn't in the box. Could you post it to us? We'd like to keep it.

Harry"""),
      ag("poppy", "11-18 11:00", """Hi Harry,

So sorry - it was still sitting on the packing bench. It went out first class this morning, so it should reach you on Thursday or Friday. I'll mark this as resolved now, but just reply if it doesn't turn up.

Poppy""", closes=True),
      cu("11-19 12:00", """It's arrived - thank you!

Harry""", thanks=True)),

    C("t52-mercer-cake-pops", "en", "pending", {},
      "Ian Mercer <ian.mercer@mercerfinance.example>", "outlook", "Corporate order - cake pops for a client event",
      "Two questions answered inline with 'No.' and 'Yes'; the customer's disclaimer asks the reader to notify the sender (not a question).",
      cu("11-17 10:00", """Hi,

Two quick ones before I raise a PO for 120 cake pops:

Do you need payment upfront for corporate orders?
Can the pops be individually wrapped so guests can take them home?

Regards,
Ian Mercer
Office Manager | Mercer Finance

This e-mail and any attachments are confidential. If you are not the intended recipient, please notify the sender immediately and delete it. Mercer Finance Ltd is authorised and regulated by the Financial Conduct Authority."""),
      ag("bridget", "11-17 11:30", """Hi Ian,

> Do you need payment upfront for corporate orders?

No. We invoice on delivery, 14 days.

> Can the pops be individually wrapped so guests can take them home?

Yes - cellophane bags tied with ribbon in your brand colour, no extra charge.

Bridget""", quote=False)),
]

UNANSWERED: dict[str, list[str]] = {
    "t21-bellamy-enquiry": [
        "Could you also let me know whether the deposit is refundable if we have to postpone?"],
    "t22-orchard-barn-paperwork": [
        "Please send your public liability insurance certificate, we need a copy on file.",
        "What food hygiene rating does your kitchen have?"],
    "t23-garnett-golden-wedding": [
        "Do you make egg-free sponges?"],
    "t25-wagner-schwarzwaelder": [
        "Könnten Sie uns außerdem die Rechnung auf den Namen meines Vaters ausstellen?"],
    "t27-girard-piece-montee": [
        "Pourriez-vous aussi me dire si la livraison est comprise dans le prix ?"],
    "t29-navarro-plazos": [
        "¿Sería posible pagar el resto en dos plazos, uno en enero y otro en abril?"],
    "t31-hollis-fruit-tier": [
        "can the top tier be a proper fruit cake so we can save it for the baby's christening?"],
    "t32-fenwick-essay": [
        "do you work with the florist directly or do we have to coordinate it?",
        "We're also thinking of a cheese tower for the evening instead of a second cake, is that something you'd supply or would we need a cheesemonger?"],
    "t35-marlowe-tasting-rebook": [
        "Also, my fiancée is pregnant, so are any of the tasting flavours off-limits for her (liqueurs etc.)?"],
    "t36-quigley-engagement": [
        "I'd also need to know if you can deliver to a private house in Charlton Kings on a Saturday evening, around 6pm, as she mustn't see it arrive!"],
    "t39-tennant-sesame": [
        "Oh, and one of the team is allergic to sesame - are the gingerbread ones safe for her?"],
    "t40-yardley-village-hall": [
        "We'd also like to know whether you can make part of it gluten-free, as several of our regulars need that."],
    "t41-osei-inline": [
        "Is there a discount if we also order the favours (100 mini biscuits)?",
        "Please send the receipt for the deposit to my wife's email as well - adwoa.osei@example.com."],
    "t42-becker-zwillinge": [
        "Und gibt es die Möglichkeit, die Füllung laktosefrei zu machen?"],
    "t44-vidal-comunion": [
        "Y por último, ¿cuánto pedís de señal para reservar?"],
    "t45-reddy-enquiry": [
        "Is a reduced-sugar option possible for my grandmother?",
        "I would also be grateful if you could let me know whether you can make a cake for 180 at all, or whether we should think about a display cake with kitchen sheet cakes."],
    "t47-holt-baby-shower": [
        "Do you also do matching cake pops?"],
    "t49-kaur-stand-deposit": [
        "Do you offer a discount for referrals?"],
    "t50-sterling-kingscote": [
        "Also, could you send me your risk assessment for set-up?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"TL-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts.

    Options of a spec: ``parent`` (number of the message replied to; 0 = none, a new mail),
    ``refs`` (numbers of the messages the References header lists, to make a gap), ``thread``
    (False: the client dropped the threading headers), ``quote`` (False: no quoted history
    appended), ``kind``, ``cte``, ``attach``, ``cc``, ``client``, ``subject``, ``tz``, ``frm``,
    ``to``, ``sig`` (agents), ``promises`` as (day or "window", number of the keeping message
    or None), ``closes``, ``chase``, ``thanks``, ``uq`` (how many labelled questions it asks)."""
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=STUDIO, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", STUDIO),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{k}" for k in refs]
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
            if m.uq and not any(a.role == "agent" and a.date > m.date for a in c.msgs):
                out.append(f"{m.key}: labelled question without a later support reply (awaiting-reply territory)")
            if (m.chase or m.thanks_only) and m.role != "customer":
                out.append(f"{m.key}: only customer messages chase or thank")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 58: Tansy Lane Cakes - cases",
                                 "make_practice58_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme_text(cases: list[Case]) -> str:
    """README.md of the corpus: the company, the figures (computed from the cases) and what
    the corpus contains by design."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    lang_line = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    rule_line = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    return f"""# Practice corpus 58: Tansy Lane Cakes support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the heuristics have been changed because of its cases, it is no
longer unseen.

- Company: **Tansy Lane Cakes**, a cake studio in Cheltenham: wedding and celebration cakes,
  tastings and tasting boxes, design sketches, dietary requirements and allergens (gluten,
  egg, nuts, sesame, vegan, lactose), delivery and set-up at venues, deposits, balances,
  refunds and invoices. Support address `hello@tansylanecakes.example`; agents Poppy Marsh
  (enquiries and orders, Thunderbird), Fern Adeyemi (design, Apple Mail), Dominic Price
  (delivery and set-up, Outlook), Bridget Langley (accounts, Outlook on the web), Lukas
  Brenner (German), Camille Roux (French) and Nuria Ferrer (Spanish), all
  `@tansylanecakes.example`. A helpdesk robot (`hello@tansylanecakes.example`,
  `Auto-Submitted: auto-replied`) acknowledges some mails with "we will reply within 24
  hours" - service-hours text, not a commitment.
- Customers are couples, parents, wedding planners, venue managers and office managers on
  `example.com/.org/.net` and `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain tansylanecakes.example`.

```
python scripts/make_practice58_corpus.py                   # regenerate (deterministic, stdlib only)
python scripts/make_practice58_corpus.py --out /tmp/p58    # ... into another folder
python scripts/evaluate.py --corpus tests/practice58       # accuracy of the current tool
python -m pytest -q tests/test_practice58_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions. `CASES.md` is the generated per-case table. This README is
generated too: edit the script and rerun it, never the files.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions it asks), recomputes status and every rule count from them and from
the dates, and refuses to write when they disagree with the hand-written labels, when a
labelled question is not verbatim in a customer's own text of the case (quotes excluded),
when a labelled question has no support reply after it, or when the written mail does not
parse back and round-trip.

## Figures

{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox ({roles['customer']} customer mails,
{roles['auto']} customer out-of-office reply), {roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements.
{clean} clean cases ({round(100 * clean / len(cases))} %). Languages: {lang_line}.
Statuses: {statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.

Expected findings: {rule_line}.
Unanswered questions are labelled in {asking} cases; {chased_cases} cases are chased.

## What the corpus contains by design

- **Several questions per mail**, in varied forms: direct questions, indirect ones ("I was
  wondering whether", "Could you also let me know whether", "Je voudrais aussi savoir si",
  "quisiera saber si", "wüssten wir gern"), requests without a question mark ("Please send
  your public liability insurance certificate, ...", "P.S. Please send the receipt ..."),
  numbered and unnumbered lists (t02, t20, t41, t45), questions buried in one long
  paragraph (t32), a run-on iPhone mail (t03).
- **Answers in the agents' own words**: three questions in one paragraph in reverse order
  (t01), inline under each quoted question (t02, t41, t52), only a link and a figure (t13),
  only a date (t14), an attachment (t06, t15, t20, t26), a colleague keeping a promise (t09),
  two questions in one sentence (t06, t17).
- **Unanswered questions**, the realistic kind: a secondary question skipped while the main
  point gets a warm, full answer (t21, t23, t25, t27, t36, t42), one skipped request in a
  list (t22, t41's P.S.), a neighbouring question answered instead (t31: asked whether the top
  tier can be a fruit cake, the reply explains how sponges keep and freeze), a question
  added to a follow-up or thank-you mail (t35, t39, t49), two of four dietary questions left
  (t45), a price given without the gluten-free part (t40), one of three questions dropped in
  a reply that defers another (t44).
- **Not questions**: a rhetorical question and a self-answered one (t07), a pleasantry
  ("¿qué tal todo por Cheltenham?", t17; "hope you're well!", t32), questions inside an
  HTML-only forwarded booking confirmation (t08), signatures and disclaimers with "?" and
  URLs (t07, t20, t22, t52, agents' signatures), thanks-only mails (t03, t06, t11, t14, t15,
  t19, t25, t37, t51), questions in the latest mail with no reply yet (t12 inside the target,
  t30, t34 and t47 awaiting reply).
- **Commitments**: kept on time by a colleague (t09 "he'll confirm ... by tomorrow"), kept
  within the window (t19 "in the next couple of days"), a deadline still ahead (t10 "on
  Monday"), kept late (t24 "by Tuesday", t26 "bis Mittwoch", t37 "tomorrow", t38 "by end of
  day", t44 "el jueves"), never kept (t23 "by Thursday", t28 "demain matin", t29 "mañana",
  t33 no deadline, t42 "bis Freitag", t46 "first thing tomorrow", t50 "early next week"
  said on a Thursday). Not commitments: van and post logistics (t11, t51), conditional
  offers ("just say which suits and I'll pencil you in", t01; "je vous le réserve dès
  réception de l'acompte", t16), the acknowledgement's 24-hour text.
- **Chasing**: "any news on the 26th?", "gibt es schon Neuigkeiten ...?", "¿hay alguna
  novedad? ... sigo sin respuesta", a word-for-word resend as a new mail (t34), "Just
  checking in - did my email ... reach you?", "Je me permets de vous relancer", "¿sabéis ya
  algo del montaje?", "just following up", and "Hello? Still waiting" (t48 chases twice).
  Not chasing: a second mail that only adds the photo before any reply (t16).
- **Status and timing**: explicit closes ("I'll mark this as resolved", t35 and t51; a
  `[Resolved]` subject tag, t49) with and without a real customer message after them, slow
  first responses behind acknowledgements (t36, t43, t48) and behind a spam filter (t40),
  three agents on one case (t37).
- **Mail variety**: Gmail (en/de/es), Outlook desktop (`RE:`/`AW:`, From:/Sent: and
  Von:/Gesendet: blocks), Outlook on the web, Outlook for Android, Apple Mail (en/fr),
  iPhone, Thunderbird (en/de); customers in UK, Central European and US Eastern time;
  plain 7bit, quoted-printable, base64 (t04, t29), multipart/alternative (t20, t45,
  acknowledgements), HTML-only (t08); PDF and PNG attachments; a customer's out-of-office
  reply (t18); a Cc (t09); a chase that lost its threading headers (t48), a References gap
  (t26), a resend without threading headers (t34), two customers with the same subject
  "Wedding cake enquiry" (t21, t45), customers replying to their own mail (t16, t40, t43, t48).

## Judgement calls

- **Deferral is not an unanswered question**: a question answered with a promise (t10 the
  revised quote, t24, t26, t28, t33, t44's set-up question, t50's unloading) counts only
  through `missed-follow-up` when the promise is broken.
- **t23**: the quote is deferred "by Thursday", but the egg-free question is not part of that
  promise and gets no answer: labelled.
- **t42**: the promised design "mit Preis" does not cover the lactose-free filling question:
  labelled, besides the broken promise.
- **t45**: "Could you tell us what you would suggest for the sesame allergy?" is answered
  by the statement that sesame never enters the studio; the reduced-sugar and the 180-guest
  questions are not.
- **t32**: the third question ("how far in advance do you usually bake, is the cake fresh on
  the day?") is answered; the florist and cheese-tower questions are not.
- **t35**: the customer's rebooking mail after "I'll mark this as resolved" reopens the
  case; the new tasting slot is answered, the pregnancy question is not.
- **t47**: the cake-pops question was skipped by the reply; the later mail (reserve it, card
  or transfer) has no reply at all, which is awaiting-reply, not unanswered-question.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.tansylanecakes.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme_text(cases), encoding="utf-8")


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
    """Command line: regenerate tests/practice58 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
