#!/usr/bin/env python3
"""Regenerate ``tests/practice86/``: a labelled corpus of Hivecroft Beekeeping Supplies.

A support mailbox of a fictional beekeeping supplier in Wiltshire that sells hives, frames
and foundation, protective suits, extractors and honey-processing kit, nucleus colonies and
queens, and runs beekeeping courses at its training apiary. Written without looking at the
detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``hivecroftbees.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains, with its figures.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice86_corpus.py [--out DIR]
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
NAME = "practice86"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "hivecroftbees.example"
HELPDESK = "Hivecroft Support <help@hivecroftbees.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "morwenna": ("Morwenna Tregear <morwenna@hivecroftbees.example>", "thunderbird", """-- 
Morwenna Tregear
Orders & Dispatch | Hivecroft Beekeeping Supplies
Unit 3, Long Barn, Devizes SN10 | 01380 960 214
Track a parcel: https://hivecroftbees.example/track?ref=sig"""),
    "callum": ("Callum Ashby <callum@hivecroftbees.example>", "outlook", """Callum Ashby
Workshop & Woodware | Hivecroft Beekeeping Supplies
Custom build enquiries? Reply with a sketch and your measurements."""),
    "priya": ("Priya Natarajan <priya@hivecroftbees.example>", "gmail", """--
Priya Natarajan
Livestock - nucs & queens | Hivecroft Beekeeping Supplies
https://hivecroftbees.example/nucs?season=2027"""),
    "edwin": ("Edwin Fairclough <edwin@hivecroftbees.example>", "apple", """Edwin Fairclough
Courses & Training Apiary | Hivecroft
https://hivecroftbees.example/courses?utm_source=email"""),
    "hazel": ("Hazel Dunmore <hazel@hivecroftbees.example>", "owa", """Hazel Dunmore
Accounts | Hivecroft Beekeeping Supplies Ltd, company no. 08815532
This email and any attachments are confidential. If you have received it in error, please delete it and let us know."""),
    "ulrike": ("Ulrike Brandstetter <ulrike@hivecroftbees.example>", "thunderbird_de", """-- 
Ulrike Brandstetter
Kundenservice Deutschland / Österreich / Schweiz
Hivecroft Beekeeping Supplies
https://hivecroftbees.example/de?ref=signatur"""),
    "amelie": ("Amélie Rousseau <amelie@hivecroftbees.example>", "apple_fr", """Amélie Rousseau
Service client francophone | Hivecroft
https://hivecroftbees.example/fr/?utm_source=mail"""),
    "nerea": ("Nerea Olabarria <nerea@hivecroftbees.example>", "gmail_es", """--
Nerea Olabarria
Atención al cliente | Hivecroft Beekeeping Supplies
+44 1380 960 219"""),
}

ACK = """Hello,

Thanks for getting in touch with Hivecroft Beekeeping Supplies. This is an automatic
reply to let you know your message has reached us - your reference is {ref}.

Our office is open Monday to Friday, 8:30am-4:30pm, and we aim to reply within one
working day. Orders placed before 1pm on a weekday are dispatched the same day.

Hivecroft Beekeeping Supplies
https://hivecroftbees.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Hivecroft Helpdesk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hv.", outlook_server="CWLP265")
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

QUOTE_STOW_PDF = mailcraft.pdf(["Hivecroft Beekeeping Supplies - Quotation Q-26-1187",
                                "Stow Vale Beekeepers - apiary at Stowe Vale Farm, GL54 2QT",
                                "3 x Poly nuc box (National) GBP 41.50",
                                "10 x SN4 super frames with foundation, pack of 10 GBP 18.81",
                                "Total incl. VAT GBP 312.60 - delivery free - valid to 31/01/2027"])
RETURN_LABEL_PDF = mailcraft.pdf(["RETURN - Hivecroft Beekeeping Supplies, Unit 3 Long Barn",
                                  "Devizes SN10 - collection booked, ref RC-88124",
                                  "Contents: ventilated full suit, size M, unworn"])
SHELTER_PDF = mailcraft.pdf(["Hivecroft Workshop - Oak bee shelter for 4 WBC hives",
                             "Plan, front and side elevation (drawing HW-417 rev B)",
                             "Width 2400 mm, depth 1300 mm, ridge height 2100 mm",
                             "Footings: 4 pads 450 x 450 mm, stone or concrete"])
FACTURA_PDF = mailcraft.pdf(["Hivecroft Beekeeping Supplies - Factura rectificativa R-26-0311",
                             "Cooperativa Miel de Sanabria, CIF F49218833",
                             "Avenida de Galicia 12, 49300 Puebla de Sanabria (Zamora)",
                             "Extractor electrico 12 cuadros - total GBP 1,386.00"])
CABINET_PDF = mailcraft.pdf(["Hivecroft two-bucket warming cabinet - user manual",
                             "Page 4: wiring diagram, 230 V, 2 x 60 W heater, thermostat 25-55 C",
                             "Holds two 30 lb (13.6 kg) buckets side by side"])
ROOF_PNG = mailcraft.png(14, 10, lambda x, y: (150 + 6 * x, 150 + 5 * y, 160))
LOGO_PNG = mailcraft.png(12, 12, lambda x, y: (40 + 10 * (x % 3), 120 + 8 * y, 60))
LID_PNG = mailcraft.png(10, 10, lambda x, y: (200 - 9 * y, 200 - 9 * x, 205))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("b01-ashdown-nuc-preorder", "en", "closed", {},
      "Jo Whitlock <jo.whitlock@ashdownmeadow.example>", "gmail", "Nuc for next spring",
      "Four questions about reserving a 2027 nucleus colony answered in one paragraph, out of order; the reservation request that follows is done.",
      cu("11-02 09:12", """Hello,

I lost my colony to wasps in September (heartbreaking, they were doing so well) so I'd like to get my name down for a nucleus for next year.

When would the 2027 nucs actually be ready - is it May or more like June? I've seen both on your website. How much of a deposit do you take to reserve one, and is that refundable if the weather is awful and I change my mind? Also, I'm only about 40 minutes from you so I'd rather collect than have bees sent by courier, if that's an option.

Many thanks,
Jo Whitlock"""),
      ag("priya", "11-02 11:40", """Hi Jo,

So sorry to hear about the wasps - it's been a terrible autumn for them everywhere.

Collecting is absolutely fine, and honestly it's what we prefer: we run collection mornings at the apiary here in Devizes. Nucs are usually ready in the second half of May, but it depends on the spring, so we give everyone a two-week window in April once we can see how the colonies are building up. It's £50 to reserve (the balance of £185 is paid on collection) and the £50 comes back in full if you cancel any time before 1 April.

Best wishes,
Priya"""),
      cu("11-02 12:10", """That all sounds perfect. Collection it is, then - please put me down for one. I'm happy to pay the deposit today.

Jo"""),
      ag("priya", "11-02 14:30", """Hi Jo,

Done: you're booked in as NUC27-0098. The £50 payment link is in a separate email from our shop system.

Best wishes,
Priya""")),

    C("b02-marsh-lane-suit-size", "en", "closed", {"unanswered-question": 1},
      "Dev Bhattacharya <dev@marshlanebees.example>", "iphone", "Full suit - which size?",
      "Sizing and veil answered in the agent's own words; whether gloves are included is skipped; thanks-only close.",
      cu("11-03 19:48", """Hi, I'm after one of your ventilated full suits before the spring inspections start. I'm 6'2 and about 15 stone, quite broad in the shoulders - would the XL or the XXL be better? Does it come with the fencing veil or the round one? I much prefer fencing. And could you tell me if gloves are included or do I need to order them separately?

Cheers
Dev

Sent from my iPhone""", uq=1),
      ag("morwenna", "11-04 09:05", """Morning Dev,

For your height I'd go XXL - the ventilated suits come up a little short in the body, and the extra length stops the legs riding up when you crouch at the hive. You get both veils in the bag: it ships with the fencing veil fitted and the round hat veil as a spare, and they zip on and off in a minute.

Kind regards,
Morwenna"""),
      cu("11-04 12:30", """Brilliant, XXL it is. Ordered just now, thanks Morwenna!

Dev

Sent from my iPhone""", thanks=True)),

    C("b03-greenfield-observation-hive", "en", "pending", {"unanswered-question": 2},
      "Harriet Osei <h.osei@greenfieldprimary.example>", "outlook", "Observation hive for Year 4",
      "A teacher's numbered list of three questions plus an invoicing need; the reply answers safety and price, not the talk or the invoice.",
      cu("11-16 10:20", """Dear Hivecroft team,

Our Year 4 science topic next summer term is pollinators and the PTA has kindly raised money towards an observation hive for the classroom. I have a few questions before I take it to the head:

1. Is the glass-sided observation hive safe to have in a room with 28 children, and how do the bees get in and out?
2. What is the total price with the floor stand?
3. Would one of your team be able to come and give a short talk to the children when the bees arrive?

We will need an invoice made out to Greenfield Primary School rather than to me personally, as the school cannot pay by card.

Kind regards,
Harriet Osei
Year 4 Teacher & Science Lead
Greenfield Primary School
Please consider the environment before printing this email.""", uq=2),
      ack("11-16 10:21"),
      ag("edwin", "11-17 08:50", """Dear Harriet,

What a lovely project. The observation hive is very safe indoors: the glass is double-glazed and screwed shut, and the bees come and go through a clear tube to a vent we fit in the window frame, so they never get into the classroom itself. With the oak floor stand it comes to £465 including VAT and delivery.

Warm regards,
Edwin""", kind="alt")),

    C("b04-thornbury-inline-frames", "en", "closed", {},
      "Alun Pritchard <alun@thornburyhoney.example>", "thunderbird", "Frames for next season",
      "Three frame questions answered inline under the quoted lines, one with a bare 'They are'; thanks-only close.",
      cu("11-05 20:15", """Evening,

Working out my winter order. Three things:

Are your DN4 brood frames the right size for a standard National?
Do you sell them ready assembled or only flat?
What's the minimum order to get the 50-pack price?

Regards
Alun Pritchard
Thornbury Honey - raw honey from the Severn vale"""),
      ag("morwenna", "11-06 08:30", """Hi Alun,

> Are your DN4 brood frames the right size for a standard National?

They are - DN4 is the National deep.

> Do you sell them ready assembled or only flat?

Both. Assembled and wired adds £1.10 a frame.

> What's the minimum order to get the 50-pack price?

One pack of 50, and you can mix DN4 and SN4 within it.

Kind regards,
Morwenna""", quote=False),
      cu("11-06 09:02", """Cheers Morwenna, that's all I needed.

Alun""", thanks=True)),

    C("b05-kestrel-extractor-price", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Graham Lusk <graham.lusk@kestrelapiaries.example>", "gmail", "9 frame radial extractor",
      "Stock answered, price deferred 'by Wednesday'; the customer chases the next Monday and gets it then: kept late = missed.",
      cu("11-09 08:05", """Hi,

After this year's crop I've decided hand-cranking is no longer for me. Could you let me know the price of the 9-frame radial extractor with the motor and the leg stand? Your site says "price on request" for the motorised version.

Also, is there a waiting list or are they in stock?

Thanks
Graham"""),
      ag("callum", "11-09 10:30", """Morning Graham,

We've two of the motorised 9-frame radials in the warehouse, so no waiting list at the moment. The price says "on request" because the manufacturer is putting prices up for 2027 and we haven't had their new list yet. I'll chase them today and come back to you with a firm figure by Wednesday.

Regards,
Callum""", promises=[("11-11", 4)]),
      cu("11-16 07:55", """Hi Callum,

Any news on the price? I'd like to get it ordered before one of those two goes.

Graham""", chase=True),
      ag("callum", "11-16 11:10", """Hi Graham,

Apologies - their new list only landed on Friday afternoon. The motorised 9-frame with leg stand is £1,140 including VAT, and I've put one aside with your name on it until Friday while you decide.

Regards,
Callum""")),

    C("b06-hollybrook-course-voucher", "en", "closed", {},
      "Fiona Abernethy <fiona.abernethy@hollybrook.example>", "apple", "Gift voucher - beginners course",
      "Three questions about a Christmas course voucher answered in reverse order; HTML alternative reply; thanks-only close.",
      cu("11-06 13:40", """Hello there,

My husband has been talking about keeping bees for about three years, so this Christmas I'm going to force the issue! I'd like to buy him a place on your Beginners' Weekend.

Can the voucher be sent as a proper card in the post rather than an email? And how long is it valid for - I don't want him to miss the spring courses if he dithers (he will). I'd also love to know which weekends you're running next year so I can drop a hint.

Thank you!
Fiona

Sent from my iPad"""),
      ag("edwin", "11-06 15:15", """Hi Fiona,

Ha - a very good plan. The 2027 Beginners' Weekends are 17-18 April, 8-9 May and 5-6 June. Vouchers are valid for 18 months, so even a dithering husband could make one in 2028 if he must. And yes, we post them in a card - just put his name and your address in the order notes when you buy it online.

All the best,
Edwin""", kind="alt"),
      cu("11-06 16:02", """Perfect - bought! Thank you Edwin.

Fiona""", thanks=True)),

    C("b07-fenwick-fondant", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Tom Fenwick <tomfenwick@fenwickfarm.example>", "gmail", "Fondant order HC-48812 not arrived",
      "Missing fondant order: acknowledgement only, the customer chases under his own mail two days later; no human reply.",
      cu("11-16 09:30", """Hello,

I ordered 4 x 12.5kg bakers fondant on the 9th (order HC-48812) and it still hasn't turned up. The tracking hasn't moved since Wednesday. With this cold snap I really need to get it on the hives - could you find out where it is, or send another lot out?

Tom Fenwick"""),
      ack("11-16 09:31"),
      cu("11-18 14:10", """Still no fondant and I've heard nothing back apart from the automatic email. Can someone please look at this? It's been well over a week now.

Tom""", chase=True, parent=1)),

    C("b08-imkerei-lindner-beuten", "de", "closed", {"unanswered-question": 1},
      "Matthias Lindner <info@imkerei-lindner.example>", "gmail_de", "Anfrage Langstroth-Beuten mit Versand nach Deutschland",
      "German professional beekeeper: shipping, cost and duties answered; the invoice with VAT number, asked in passing, is ignored.",
      cu("11-04 08:15", """Sehr geehrte Damen und Herren,

wir sind eine kleine Berufsimkerei im Allgäu und stellen gerade einen Teil unserer Völker auf Langstroth um. Bei Ihnen haben wir die Beuten aus Western Red Cedar gesehen.

Liefern Sie auch nach Deutschland, und wenn ja, wie hoch wären die Versandkosten für vier komplette Beuten? Fallen dabei Zoll oder Einfuhrumsatzsteuer an, oder ist das bei Ihnen schon eingepreist?

Außerdem bräuchten wir die Rechnung auf die Imkerei ausgestellt, mit unserer USt-IdNr. DE318842907.

Mit freundlichen Grüßen
Matthias Lindner
Imkerei Lindner GbR · Kempten (Allgäu)""", uq=1),
      ag("ulrike", "11-04 10:50", """Sehr geehrter Herr Lindner,

vielen Dank für Ihre Anfrage. Ja, wir versenden regelmäßig nach Deutschland. Vier komplette Langstroth-Beuten gehen als Palette per Spedition, das kostet 145 £. Wir liefern verzollt (DDP), Zoll und Einfuhrumsatzsteuer übernehmen also wir – auf Sie kommen keine weiteren Kosten zu.

Mit freundlichen Grüßen
Ulrike Brandstetter""")),

    C("b09-rucher-des-tilleuls", "fr", "pending", {},
      "Bernard Coustou <b.coustou@rucherdestilleuls.example>", "apple_fr", "Essaim sur cadres / reine",
      "French hobbyist asks about shipping a nucleus to France or fetching it by ferry; both answered (no, and why), with an alternative.",
      cu("11-17 09:30", """Bonjour,

J'ai un petit rucher dans la Manche et je passe souvent en Angleterre. Est-ce que vous pouvez expédier un essaim sur cadres en France au printemps ? Et si ce n'est pas possible, est-ce que je pourrais venir le chercher moi-même et le ramener en voiture par le ferry ?

Merci d'avance,
Bernard Coustou""", tz=1),
      ag("amelie", "11-17 11:45", """Bonjour Monsieur Coustou,

Malheureusement, nous n'envoyons pas d'abeilles vivantes hors du Royaume-Uni : depuis le Brexit, chaque colonie doit avoir un certificat sanitaire officiel, et les transporteurs refusent les essaims. Pour la même raison, un essaim dans votre coffre serait bloqué à la frontière, donc le ferry n'est pas une solution non plus, je suis désolée.

En revanche, nous pouvons vous envoyer tout le matériel (ruches, cadres, cire gaufrée) sans aucun problème.

Bien cordialement,
Amélie""")),

    C("b10-colmenar-gredos-cera", "es", "closed", {"missed-follow-up": 1},
      "Jaime Herrero <jaime@colmenargredos.example>", "gmail_es", "Precio lámina de cera por cantidad",
      "Spanish beekeeper: delivery time answered, the bulk price promised for 'mañana' never comes.",
      cu("11-03 10:05", """Hola:

Tenemos unas 180 colmenas Langstroth en la Sierra de Gredos y este año queremos probar la lámina de cera estampada que venden ustedes. ¿Qué precio tendrían 50 kg? ¿Y cuánto tardarían en llegar a Ávila?

Un saludo,
Jaime Herrero
Colmenar Sierra de Gredos""", tz=1),
      ag("nerea", "11-03 12:30", """Hola, Jaime:

Gracias por escribirnos. El envío a Ávila suele tardar entre 4 y 6 días laborables por mensajería. Para 50 kg tenemos un precio especial que depende del lote de cera que quede en almacén, así que lo consulto con el almacén y mañana le confirmo el precio.

Un saludo,""", promises=[("11-04", None)], cte="base64")),

    C("b11-riverside-smoker-reopen", "en", "closed", {"reopened": 1},
      "Sunita Rao <sunita.rao@riversideallotments.example>", "outlook", "Wrong nozzle for smoker",
      "Wrong part replaced and the ticket marked resolved; a week later the customer comes back about the bellows, answered.",
      cu("11-02 14:30", """Hi,

The replacement nozzle I ordered for my stainless smoker (order HC-47390) doesn't fit - it's the one for the small 3" smoker and mine is the 4". Can you send the right one please? Happy to post the wrong one back.

Sunita Rao
Riverside Allotments Association - bee group"""),
      ag("morwenna", "11-02 16:05", """Hi Sunita,

Sorry - the two nozzles sit side by side on the shelf and the wrong one was picked. The 4" nozzle went out this afternoon first class, and there's no need to send the small one back; pass it on to someone in your group. I'll mark this ticket as resolved.

Kind regards,
Morwenna""", closes=True),
      cu("11-09 10:10", """Hi Morwenna,

The new nozzle arrived, thank you, but now that I've tried it the bellows turn out to be the real problem - they've split along the seam so it won't puff properly. Do you sell replacement bellows for that model, and how much are they?

Sunita"""),
      ag("morwenna", "11-09 13:20", """Hi Sunita,

Ah, that explains a lot. We do: bellows for the 4" stainless smoker are £14.50 and they simply screw onto the body, no glue. I've emailed you a payment link separately, and they'll be posted the day it's paid.

Kind regards,
Morwenna""")),

    C("b12-wren-cottage-mouse-guards", "en", "open", {},
      "Eleanor Marsh <eleanor.marsh@wrencottage.example>", "gmail", "Mouse guards",
      "Fresh question on the audit day, only the helpdesk acknowledgement so far (inside the response target); same subject as b18, another customer.",
      cu("11-20 10:45", """Hi,

Help! I've just seen a mouse run out from under my hive and realised I never fitted mouse guards this autumn. I have a WBC hive - do your standard metal guards fit the WBC entrance, or is there a different one? Could you send two by the quickest post?

Eleanor"""),
      ack("11-20 10:46")),

    C("b13-hartfield-bka-jackets", "en", "closed", {"slow-first-response": 1, "unanswered-question": 2},
      "Roger Penberthy <secretary@hartfieldbka.example>", "owa", "Bulk order of jackets for new members",
      "Association asks on a Friday afternoon, answered on Monday evening: discount answered, embroidery and the treasurer's invoice address skipped.",
      cu("11-06 15:20", """Good afternoon,

I'm secretary of the Hartfield & District Beekeepers' Association. We had a bumper intake at our autumn taster day and want to kit out twelve new members with smock-style jackets for the 2027 season.

What discount could you offer on twelve jackets, mixed sizes? We would also like our association logo embroidered on the chest - is that something you do? Please address the invoice to our treasurer, Mrs Pam Ellery, 14 Church Walk, Hartfield TN7 4AB.

With best wishes,
Roger Penberthy
Hon. Secretary, Hartfield & District BKA
Thinking of joining? https://hartfieldbka.example/join?src=email""", uq=2),
      ag("morwenna", "11-09 16:30", """Dear Roger,

Thank you for your patience - Friday afternoon is when the despatch van goes and the office empties. For twelve smock jackets we can do 15 % off, which brings them to £57.80 each including VAT, in any mix of sizes. If members send you their sizes, we'll pack each jacket in a bag with the member's name on it.

Kind regards,
Morwenna""")),

    C("b14-bramble-farm-tall-stand", "en", "pending", {"missed-follow-up": 1},
      "Kit Harrower <kit@bramblefarm.example>", "android", "Custom height hive stand",
      "Custom tall stand: feasibility answered, price deferred with 'I'll get back to you' and no date; nothing within the two-day window.",
      cu("11-16 07:40", """Hi there, I have a bad back and bending down to the brood box is becoming a problem. Could your workshop make a double hive stand 60cm high instead of the usual 40? Roughly what would that cost?
Thanks, Kit

Get Outlook for Android"""),
      ag("callum", "11-16 12:15", """Hi Kit,

Sorry to hear about the back - you're far from the only one, and a taller stand really does help. 60cm is doable, but at that height we'd need to add cross-bracing so it doesn't rack when the supers go on. Let me talk it through with Dave in the workshop and I'll get back to you with a price.

Regards,
Callum""", promises=[("window", None)])),

    C("b15-orchard-view-queens", "en", "pending", {},
      "Bridget Callaghan <bridget@orchardviewcider.example>", "gmail", "Queens for requeening next year",
      "Orders desk hands the queen questions to the livestock colleague 'tomorrow'; she answers all three the next morning.",
      cu("11-16 11:00", """Hello,

Our cider orchard has four colonies and two of them have been really defensive this year, so I'd like to requeen them in spring with something calmer. Do you sell mated queens, and which strain would you recommend for a gentle temper? And roughly when in the season are they available?

Bridget Callaghan
Orchard View Cider"""),
      ag("morwenna", "11-16 14:20", """Hi Bridget,

Priya runs all our livestock and she'll know which of this year's lines had the best temper, so I've passed your message to her. She's at the apiary today and will email you tomorrow.

Kind regards,
Morwenna""", promises=[("11-17", 3)]),
      ag("priya", "11-17 10:05", """Hi Bridget,

Morwenna passed your message on. Yes, we sell mated queens, and for calm colonies I'd go for our Buckfast-line queens - we've bred from our gentlest colonies for six years and they're very easy to handle. They go out from late May to the end of July, £48 each, marked and clipped if you'd like.

Best wishes,
Priya""", parent=1)),

    C("b16-ruche-bleue-manivelle", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Céline Marchetti <celine.marchetti@laruchebleue.example>", "apple_fr", "Pièce manquante - extracteur",
      "Missing crank handle: 'je reviens vers vous d'ici jeudi', the customer chases on Monday and only then gets a dispatch date: missed.",
      cu("11-02 18:20", """Bonjour,

J'ai reçu hier l'extracteur manuel 4 cadres (commande HC-47211), mais la manivelle ne se trouvait pas dans le carton. Tout le reste y est. Pouvez-vous me l'envoyer ?

Cordialement,
Céline Marchetti
La Ruche Bleue - miel de Bretagne""", tz=1),
      ag("amelie", "11-03 10:15", """Bonjour Madame Marchetti,

Toutes mes excuses pour cet oubli. Je vérifie avec l'entrepôt si la manivelle est disponible seule ou s'il faut la commander au fabricant, et je reviens vers vous d'ici jeudi avec une date d'envoi.

Bien cordialement,
Amélie""", promises=[("11-05", 4)]),
      cu("11-09 09:00", """Bonjour Amélie,

Je me permets de vous relancer : je n'ai toujours pas de nouvelles pour la manivelle, et j'aurais aimé extraire avant la fin du mois.

Cordialement,
Céline Marchetti""", tz=1, chase=True),
      ag("amelie", "11-09 11:30", """Bonjour Madame Marchetti,

Je suis vraiment désolée pour ce silence. La manivelle est partie ce matin en Colissimo international, numéro de suivi CB551288304GB ; comptez trois à cinq jours.

Bien cordialement,
Amélie""")),

    C("b17-stow-vale-forward", "en", "closed", {},
      "Neil Carver <neil.carver@stowvalebees.example>", "gmail", "Fwd: Apiary site - equipment list",
      "HTML-only forward of the treasurer's mail, whose own questions are for Neil; his one request (a quote) is answered with a PDF.",
      cu("11-05 12:10", """Hi Hivecroft,

See below from our treasurer. Could you put together a quote for the items on Jan's list (the three poly nucs and ten packs of super frames with foundation)? Delivery would be to the association apiary at Stowe Vale Farm, GL54 2QT.

Thanks
Neil

---------- Forwarded message ---------
From: Jan Whitcombe <treasurer@stowvalebees.example>
Date: Tue, 3 Nov 2026 at 21:47
Subject: Apiary site - equipment list
To: Neil Carver <neil.carver@stowvalebees.example>

Neil - the committee approved the spend. Can you get quotes for 3 x poly nuc boxes and 10 x packs of super frames with foundation? Did you ever find out whether the farm wants rent this year? And are we still on for the AGM on the 28th?
Jan""", kind="html"),
      ag("morwenna", "11-05 14:40", """Hi Neil,

Quote attached: the three poly nucs and ten packs of SN4 super frames with foundation come to £312.60 including VAT, and delivery to Stowe Vale Farm is free as it's over £150. It's valid until the end of January, so there's no rush if the committee would rather wait for the new year.

Kind regards,
Morwenna""", attach=[("application/pdf", "Q-26-1187.pdf", QUOTE_STOW_PDF)])),

    C("b18-ashgrove-mouse-guards", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Patrick Doyle <patrick.doyle@ashgrove.example>", "outlook", "Mouse guards",
      "Winter questions: guard hole size answered, board restock promised 'by Thursday' and never confirmed, the poly-roof question skipped.",
      cu("11-02 08:50", """Hello,

A couple of winter things for my three Nationals.

Firstly, are your mouse guards the 9.5mm hole type? I've read that the smaller ones knock the pollen off the bees' legs. Secondly, do you have the 50mm insulation boards in stock? They were showing as out of stock last week. And I'd like to know whether the poly roof can go straight on top of a wooden crown board or needs a rim.

Regards,
Patrick Doyle""", uq=1),
      ag("morwenna", "11-02 11:30", """Dear Patrick,

Yes - ours are the 9.5mm round-hole guards, for exactly that reason. The 50mm boards are still out of stock because our supplier's delivery is late; I'll find out when they're due and let you know by Thursday.

Kind regards,
Morwenna""", promises=[("11-05", None)])),

    C("b19-imkerverein-talblick", "de", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Sabine Krämer <s.kraemer@imkerverein-talblick.example>", "outlook_de", "Bestellung Rähmchen - Lieferzeit?",
      "German association asks on Thursday about Zander frames, chases on Monday ('ich warte leider immer noch'); answered after the chase.",
      cu("11-12 09:15", """Guten Tag,

wir möchten für unseren Verein 200 Rähmchen bestellen, sehen aber, dass Sie nur englische Maße führen. Stellen Sie auch Rähmchen im Zandermaß her, eventuell als Sonderanfertigung? Und falls ja, wie lange wäre die Lieferzeit?

Mit freundlichen Grüßen
Sabine Krämer
Imkerverein Talblick e. V. – Kassenwartin""", tz=1),
      cu("11-16 08:40", """Guten Tag,

ich warte leider immer noch auf eine Antwort auf meine Anfrage vom Donnerstag (siehe unten). Könnten Sie mir bitte kurz Bescheid geben?

Mit freundlichen Grüßen
Sabine Krämer""", tz=1, chase=True, parent=1),
      ag("ulrike", "11-16 11:20", """Sehr geehrte Frau Krämer,

entschuldigen Sie bitte die späte Antwort, ich war ein paar Tage auf einer Messe. Ja, unsere Werkstatt fertigt Rähmchen im Zandermaß auf Bestellung, aus Kiefer und unmontiert. Bei 200 Stück rechnen Sie mit etwa drei Wochen, Sie hätten sie also noch vor Weihnachten.

Mit freundlichen Grüßen
Ulrike Brandstetter""")),

    C("b20-miel-alcarria-traje-nino", "es", "open", {"awaiting-reply": 1},
      "Lucía Bermejo <lucia@mieldelaalcarria.example>", "gmail_es", "Traje de apicultura talla niño",
      "Spanish customer asks about a child's suit and shipping; two days without any reply.",
      cu("11-18 16:30", """Hola:

Mi hija de 9 años quiere acompañarme al colmenar la próxima primavera. ¿Tienen trajes completos de talla infantil? En la web solo veo tallas de adulto. Y si los tienen, ¿envían a España y cuánto cuesta el envío?

Muchas gracias,
Lucía Bermejo""", tz=1)),

    C("b21-sandford-honey-jars", "en", "closed", {"unanswered-question": 1},
      "Martin Oyelaran <m.oyelaran@sandfordhoney.example>", "gmail", "Honey jars - 1lb hex",
      "Jar stock answered; in a follow-up the lid colour is answered but the labelling-rules question is not.",
      cu("11-03 13:00", """Hi,

Do you still sell the 1lb hexagonal jars with gold lids? The product page just says "currently unavailable".

Martin"""),
      ag("morwenna", "11-03 15:45", """Hi Martin,

They're back - a pallet came in this morning and I've just updated the page. £39.60 for a tray of 72.

Kind regards,
Morwenna"""),
      cu("11-03 17:20", """Great, thanks. Two more while I have you: can I get them with plain lids instead of gold for the same price? And are your honey labels compliant with the new country-of-origin rules, or do I need to add a sticker myself?

Martin""", uq=1),
      ag("morwenna", "11-04 09:10", """Hi Martin,

White lids are the same price - just choose "white" in the lid option when you order.

Kind regards,
Morwenna""")),

    C("b22-cobbles-feeder", "en", "closed", {},
      "Josie Penrose <josie@cobblesbees.example>", "apple", "Feeder question",
      "A rhetorical question and a self-answered one around two real questions, both answered; thanks-only close.",
      cu("11-04 10:30", """Hi,

Honestly, who knew a wooden frame feeder could cause so much drama? One of mine has started leaking syrup down into the brood box. Where would I even find the date I ordered it? Oh, never mind - it's on the delivery note in the shed, 14 August.

Is it still under guarantee? And what's the best way to seal the seams for now - beeswax, or something else?

Josie"""),
      ag("callum", "11-04 12:05", """Hi Josie,

August is well inside our 12-month guarantee, and a new feeder went in this morning's post - please don't feed from the leaky one meanwhile. To rescue the old one, brush melted beeswax into the joints from the inside once it's bone dry; just avoid any sealant with a fungicide in it.

Regards,
Callum"""),
      cu("11-04 12:40", """Thank you Callum, you're a star.

Josie""", thanks=True)),

    C("b23-stourhead-bee-shelter", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
      "Rachel Imrie <rachel.imrie@stourheadestate.example>", "outlook", "Apiary for the estate - bee shelter and hives",
      "Three agents on one case: base answered, drawings promised 'tomorrow' arrive a day late from a colleague, accounts writes about deposits but not the invoice name and PO.",
      cu("11-16 09:10", """Good morning,

The estate is planning a demonstration apiary beside the walled garden for visitors, opening in May. We're interested in your oak bee shelter with four WBC hives inside.

Could you send us drawings with the dimensions, so that our heritage officer can check it against the listed wall? We'd also like to know whether the shelter needs a concrete base or can sit on pads. Please make the invoice out to Stourhead Estate Trading Ltd and put our PO number ST-20417 on it.

Best regards,
Rachel Imrie
Visitor Experience Manager""", uq=1, cc="Tobias Grant <heritage@stourheadestate.example>"),
      ag("morwenna", "11-16 11:00", """Dear Rachel,

What a lovely spot for it. The shelter sits on four stone or concrete pads, no slab needed - which usually goes down well with heritage officers. Callum in our workshop has the drawings and will send them over tomorrow.

Kind regards,
Morwenna""", promises=[("11-17", 4)]),
      ag("callum", "11-18 14:30", """Dear Rachel,

Apologies for the delay - drawings attached (plan, front and side elevations). The shelter is 2.4m wide, 1.3m deep and 2.1m to the ridge.

Regards,
Callum""", parent=1, attach=[("application/pdf", "HW-417-bee-shelter.pdf", SHELTER_PDF)]),
      ag("hazel", "11-19 10:15", """Dear Rachel,

I'm Hazel from accounts. Just so you know how it works: for orders over £2,000 we take a 30 % deposit with the order and the balance before dispatch, and we can hold a May delivery slot for you as soon as the deposit is in.

Kind regards,
Hazel Dunmore""", parent=1)),

    C("b24-apivexin-stage-reines", "fr", "pending", {"unanswered-question": 1},
      "Hélène Garnier <helene.garnier@apivexin.example>", "apple_fr", "Stage d'élevage de reines 2027",
      "French group: places and accommodation answered (with a link), whether the course can be given in French is not.",
      cu("11-17 20:10", """Bonjour,

Notre groupement d'apiculteurs du Vexin organise un voyage en Angleterre en juin prochain, et plusieurs d'entre nous aimeraient suivre votre stage « Élevage de reines » sur deux jours.

Reste-t-il des places pour la session de juin ? Nous serions huit. Est-ce que la formation est uniquement en anglais, ou est-ce qu'un de vos formateurs parle français ? Enfin, pourriez-vous nous conseiller un hébergement près de votre rucher-école ?

Bien cordialement,
Hélène Garnier
Groupement des Apiculteurs du Vexin""", tz=1, uq=1),
      ag("amelie", "11-18 09:40", """Bonjour Madame Garnier,

Avec plaisir ! La session de juin (12 et 13 juin 2027) a encore onze places, donc huit personnes, c'est tout à fait possible, et je peux vous les réserver jusqu'au 15 décembre sans acompte. Pour dormir, la plupart de nos stagiaires vont au Bear Hotel à Devizes ou dans les chambres d'hôtes de Potterne, à dix minutes du rucher : https://hivecroftbees.example/fr/stages/hebergement

Bien cordialement,
Amélie""")),

    C("b25-apimontes-guantes", "es", "closed", {},
      "Andrés Quintana <aquintana@apimontes.example>", "gmail_es", "Pedido guantes y velo",
      "Spanish order question (stock, PayPal) answered; thanks-only close.",
      cu("11-05 11:00", """Buenos días:

Quiero hacer un pedido de dos pares de guantes de piel de cabra (talla 9) y un velo redondo de repuesto. ¿Los tienen en stock? ¿Se puede pagar con PayPal?

Gracias y saludos,
Andrés Quintana""", tz=1),
      ag("nerea", "11-05 12:40", """Buenos días, Andrés:

Sí, tenemos ambas cosas, los guantes de cabra en talla 9 y el velo redondo, y salen del almacén en 24 horas. En la web puede pagar con tarjeta o con PayPal, como prefiera.

Un saludo,"""),
      cu("11-05 14:15", """Perfecto, ya he hecho el pedido. ¡Muchas gracias, Nerea!

Andrés""", tz=1, thanks=True)),

    C("b26-willowmere-hive-quote", "en", "pending", {},
      "Oliver Thackeray <oliver@willowmerehoney.example>", "gmail", "Quote for 20 hives - 2027 expansion",
      "Split delivery answered; the quote and discount promised for Tuesday 24th, still ahead at audit time.",
      cu("11-18 10:00", """Hi,

I'm expanding from 12 to 32 colonies next spring and would like a quote for 20 complete cedar Nationals (brood box, two supers, crown board, roof, open mesh floor), flat-pack. Could you include any volume discount, and let me know if you can deliver in two batches, February and April?

Thanks,
Oliver Thackeray
Willowmere Honey"""),
      ag("callum", "11-18 14:50", """Hi Oliver,

Good to hear you're growing. Delivering in February and April is no problem at all. The discount on 20 complete hives depends on how much cedar we get in the next shipment, which I'll know after the timber arrives on Monday - I'll send you the full quote on Tuesday 24th.

Regards,
Callum""", promises=[("11-24", None)])),
]
CASES += [
    C("b27-kingsdown-suit-return", "en", "closed", {},
      "Hannah Whitfield <hannah.whitfield@kingsdownvillage.example>", "thunderbird", "Returning an unused suit",
      "Return arranged with a label attached; the courier collection and refund timing are logistics, not promises; thanks-only close.",
      cu("11-02 19:30", """Hello,

I bought a full suit (size M) in October as a present for my son, but he's decided he'd rather have a jacket. It's unworn and still in its bag. How do I return it, and will I get the postage back?

Hannah"""),
      ag("morwenna", "11-03 09:25", """Hi Hannah,

No problem at all. I've booked a free collection: the courier comes on Thursday between 9 and 5, so just pop the suit in any box with the attached label on it. As the collection is free there's no postage to refund, and the money for the suit goes back to your card once it reaches us, normally within 3 working days of the collection.

Kind regards,
Morwenna""", attach=[("application/pdf", "return-label-RC-88124.pdf", RETURN_LABEL_PDF)]),
      cu("11-10 18:05", """Refund's come through this morning - thanks for making it so easy.

Hannah""", thanks=True)),

    C("b28-foxhole-excluders", "en", "closed", {},
      "Daniel Ortiz-Keane <daniel@foxholebees.example>", "gmail", "Queen excluders",
      "One-line question, one-line answer; the customer's out-of-office reply lands in the thread.",
      cu("11-04 09:20", """Hi,

Quick one: are your framed wire queen excluders the full National outer size, i.e. 460 x 460? I want them to sit flush with my poly boxes.

Daniel"""),
      ag("callum", "11-04 10:05", """Hi Daniel,

Yes, 460 x 460 - they'll sit flush on poly Nationals.

Regards,
Callum"""),
      auto("11-04 10:06", """Thanks for your email. I'm at the National Honey Show until Sunday 8 November with patchy signal and will reply when I'm back.

Daniel Ortiz-Keane""", quote=False, subject="Automatic reply: RE: Queen excluders")),

    C("b29-bienenfreunde-rheinau", "de", "closed", {"unanswered-question": 1},
      "Jürgen Albers <j.albers@bienenfreunde-rheinau.example>", "thunderbird_de", "Anfrage Kurs für Vereinsmitglieder",
      "German club trip: group day, price and dates answered; the request for attendance certificates is skipped.",
      cu("11-05 17:10", """Hallo Frau Brandstetter,

unser Verein plant im Mai eine Reise nach Südengland, und wir würden dabei gern einen Tag an Ihrem Lehrbienenstand verbringen. Wir wären etwa 15 Personen.

Bieten Sie so einen Tageskurs für Gruppen an, und was würde das kosten? Könnten Sie uns außerdem eine Teilnahmebescheinigung ausstellen? Die brauchen einige Mitglieder für die Fortbildungspunkte beim Landesverband.

Viele Grüße aus Rheinau
Jürgen Albers""", tz=1, uq=1),
      ag("ulrike", "11-06 09:30", """Hallo Herr Albers,

das machen wir sehr gern. Für Gruppen ab 10 Personen gibt es einen Praxistag am Lehrbienenstand (10 bis 16 Uhr, mit Mittagessen) für 65 £ pro Person. Im Mai sind noch der 15., 22. und 29. frei, und die Führung übernehme ich selbst auf Deutsch.

Viele Grüße
Ulrike Brandstetter""")),

    C("b30-elmstead-vat-receipt", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Geoff Bannister <geoff.bannister@elmsteadparish.example>", "outlook", "Invoice HC-INV-22871 - VAT receipt",
      "Request for a VAT receipt resent word for word three days later as a new mail with the same subject; no reply.",
      cu("11-10 10:30", """Hello,

Could you please send me a VAT receipt for invoice HC-INV-22871? The parish council needs one for the community apiary grant claim, and the order confirmation doesn't show your VAT number.

Regards,
Geoff Bannister
Clerk, Elmstead Parish Council"""),
      cu("11-13 11:00", """Hello,

Could you please send me a VAT receipt for invoice HC-INV-22871? The parish council needs one for the community apiary grant claim, and the order confirmation doesn't show your VAT number.

Regards,
Geoff Bannister
Clerk, Elmstead Parish Council""", chase=True, parent=0)),

    C("b31-harewood-starter", "en", "pending", {"unanswered-question": 2},
      "Imogen Fairweather <imogen@harewoodcommunitygarden.example>", "gmail", "Starting out - what do we need?",
      "Community garden's three questions get a templated reply with links: the starter kit is answered, poly vs wood and insurance are not.",
      cu("11-16 19:40", """Hi,

Our community garden has been offered a swarm by a local beekeeper next May, and none of us has kept bees before. We've read a lot and got a bit lost.

Do you sell a complete starter kit with everything for one hive? Is a poly hive or a wooden one better for a windy, exposed site like ours? We'd also need to know if there's any insurance we need for having bees on land the public can walk through.

Thanks so much,
Imogen
Harewood Community Garden - volunteers every Saturday, come and dig!""", uq=2),
      ack("11-16 19:41"),
      ag("morwenna", "11-17 09:05", """Hi Imogen,

Thank you for your enquiry. Our Complete Starter Kits include everything you need to get going: hive, frames and foundation, a smock, gloves, smoker, hive tool and our beginners' handbook. You can see the options here:
https://hivecroftbees.example/starter-kits?utm_source=support

We also recommend a beginners' course before your bees arrive:
https://hivecroftbees.example/courses?level=beginner

Kind regards,
Morwenna""")),

    C("b32-lavenham-invoice-vat", "en", "closed", {"missed-follow-up": 1},
      "Stuart McAllister <accounts@lavenhamhoneyfarm.example>", "owa", "Invoice HC-INV-22604 - wrong VAT",
      "Invoice error acknowledged, corrected invoice promised 'by end of day' and never sent.",
      cu("11-04 09:00", """Hi,

Invoice HC-INV-22604 charges the honey jars at the retail price, but the quote you sent us was on our trade terms and came to £64 less. Could you check and reissue it?

Stuart McAllister
Accounts, Lavenham Honey Farm"""),
      ag("hazel", "11-04 11:30", """Hi Stuart,

You're quite right - the invoice was raised from the retail price list instead of your trade account. I'll cancel it and send you the corrected invoice by end of day.

Kind regards,
Hazel""", promises=[("11-04", None)])),

    C("b33-rucher-ecole-monts-dor", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Thomas Vidal <t.vidal@rucherecole-montsdor.example>", "outlook", "Commande vareuses - délai ?",
      "French teaching apiary writes on Tuesday, chases on Friday ('Je me permets de revenir vers vous'); discount and delivery time answered after the chase.",
      cu("11-03 10:00", """Bonjour,

Nous sommes un rucher-école associatif près de Lyon et nous voudrions commander 15 vareuses ventilées pour les élèves de la saison prochaine, tailles S à XL. Quel serait le délai de livraison en France, et y a-t-il une remise à partir de 10 pièces ?

Cordialement,
Thomas Vidal
Rucher-École des Monts d'Or""", tz=1),
      cu("11-06 09:15", """Bonjour,

Je me permets de revenir vers vous au sujet de ma demande de mardi, restée sans réponse. Pourriez-vous au moins m'indiquer le délai ?

Cordialement,
Thomas Vidal""", tz=1, chase=True, parent=1),
      ag("amelie", "11-06 10:30", """Bonjour Monsieur Vidal,

Pardon pour ce délai, notre boîte francophone a été très chargée cette semaine. Pour 15 vareuses ventilées nous faisons 12 % de remise, soit 61,60 £ la pièce au lieu de 70 £. Elles partent sous cinq jours ouvrés et arrivent en France en une semaine environ, droits de douane compris.

Bien cordialement,
Amélie""")),

    C("b34-miel-sanabria-factura", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Rosa Fidalgo <rosa.fidalgo@mielsanabria.example>", "gmail_es", "Pedido de extractor – factura",
      "Corrected invoice promised for Monday ('le escribo el lunes'); the customer chases on Tuesday, it arrives on Wednesday as a PDF: missed.",
      cu("11-10 09:40", """Buenos días, Nerea:

Ya nos ha llegado el extractor eléctrico, todo perfecto. Una cosa: en la factura aparece la dirección antigua de la cooperativa. ¿Nos la pueden corregir? La dirección correcta es Avenida de Galicia 12, 49300 Puebla de Sanabria (Zamora); el CIF F49218833 no cambia.

Un saludo,
Rosa Fidalgo
Cooperativa Miel de Sanabria""", tz=1),
      ag("nerea", "11-10 13:15", """Hola, Rosa:

Me alegro de que haya llegado bien. La factura la tiene que corregir nuestro departamento de contabilidad; ya les he pasado la dirección nueva y le escribo el lunes con la factura rectificada.

Un saludo,""", promises=[("11-16", 4)]),
      cu("11-17 10:20", """Hola, Nerea:

¿Hay alguna novedad con la factura? Nuestra gestoría la necesita para cerrar el trimestre y seguimos esperando.

Gracias,
Rosa""", tz=1, chase=True),
      ag("nerea", "11-18 09:00", """Hola, Rosa:

Disculpe el retraso. Le adjunto la factura rectificada con la dirección de Puebla de Sanabria.

Un saludo,""", attach=[("application/pdf", "factura-rectificativa-R-26-0311.pdf", FACTURA_PDF)])),

    C("b35-puddletown-roof-cover", "en", "pending", {},
      "Wendy Carrow <wendy.carrow@puddletownwi.example>", "apple", "Damage to hive roof - photo",
      "Storm-damaged roof (photo, multipart/alternative): both questions answered with a price and two links.",
      cu("11-17 15:10", """Hi,

The storm on Sunday lifted the roof off one of my hives and dented the metal cover quite badly (photo attached). The bees are fine and I've strapped it back down. Do you sell the metal roof covers on their own, or do I have to buy a whole new roof? And is there a guide anywhere for fitting one?

Wendy""", kind="alt", attach=[("image/png", "IMG_4471.png", ROOF_PNG)]),
      ag("callum", "11-17 16:20", """Hi Wendy,

Glad the colony's OK. The covers are sold separately - National size is £18.50: https://hivecroftbees.example/shop/roof-cover-national?ref=support
Fitting guide with photos: https://hivecroftbees.example/guides/re-covering-a-roof

Regards,
Callum""")),

    C("b36-chalkpit-frames-resolved", "en", "closed", {"reopened": 1},
      "Ben Ashworth <ben@chalkpitlane.example>", "thunderbird", "Missing frames in delivery",
      "Missing pack re-sent and the subject tagged [Resolved]; a week later a new problem (split wedges) in the same thread, answered.",
      cu("11-03 08:20", """Morning,

My order HC-47802 arrived yesterday but there were only four packs of frames instead of five. Everything else was there. Could you send the missing pack?

Ben"""),
      ag("morwenna", "11-03 10:40", """Hi Ben,

Sorry about that. The fifth pack went out this morning on a 48-hour service, tracking 3JD44190021GB.

Kind regards,
Morwenna""", subject="[Resolved] Re: Missing frames in delivery", closes=True),
      cu("11-10 19:30", """Hi Morwenna,

Frames arrived, thanks. While assembling them I noticed the wedge bars on about half of them are split. Could you send some replacement wedges, or would you rather I sent the frames back?

Ben""", subject="Re: [Resolved] Re: Missing frames in delivery"),
      ag("morwenna", "11-11 09:15", """Hi Ben,

Keep the frames - I've posted you a bag of 60 spare wedge bars this morning, no charge.

Kind regards,
Morwenna""")),

    C("b37-imkerhof-sonnenberg-wachs", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Florian Weidinger <f.weidinger@imkerhof-sonnenberg.example>", "gmail_de", "Wachsumarbeitung – Termin?",
      "Wax conversion for a German customer: 'ich melde mich morgen' never kept; he chases a week later and is still waiting.",
      cu("11-09 08:30", """Hallo,

ich habe rund 25 kg eigenes Wachs und würde es gern bei Ihnen zu Mittelwänden (Langstroth) umarbeiten lassen. Machen Sie das auch für Kunden aus Deutschland, und wie lange dauert es ungefähr?

Schöne Grüße
Florian Weidinger""", tz=1),
      ag("ulrike", "11-09 10:40", """Hallo Herr Weidinger,

ja, die Umarbeitung bieten wir auch für Kunden aus Deutschland an. Wie lange es dauert, hängt davon ab, wie lang die Warteliste in unserer Wachsverarbeitung gerade ist – ich frage heute noch in der Werkstatt nach und melde mich morgen bei Ihnen.

Viele Grüße
Ulrike Brandstetter""", promises=[("11-10", None)]),
      cu("11-17 19:20", """Hallo Frau Brandstetter,

ich wollte nur nachhaken, von Ihnen kam leider nichts mehr. Wie lange würde die Umarbeitung denn nun dauern? Ich müsste das Wachs noch diese Woche verschicken.

Schöne Grüße
Florian Weidinger""", tz=1, chase=True)),

    C("b38-meadowsweet-wax", "en", "closed", {},
      "Lorna Bexley <lorna@meadowsweetcandles.example>", "gmail", "Beeswax blocks for candles",
      "Candle maker's two questions answered; the sample offer is conditional, not a promise; her 'I'll have a think' asks nothing.",
      cu("11-02 11:15", """Hello,

I make candles for craft fairs and I'm looking for a new beeswax supplier. Is your wax from your own hives or imported? And what's the price per kilo if I buy 10kg at a time?

Lorna Bexley
Meadowsweet Candles - hand-poured in Dorset
Fancy a candle-making workshop? https://meadowsweetcandles.example/workshops?ref=email"""),
      ag("morwenna", "11-02 14:00", """Hi Lorna,

Our blocks are all British wax, rendered from our own apiaries and from cappings our customers send in, and filtered twice. At 10kg it's £15.80 a kilo (£158), or £14.20 a kilo at 25kg. If you'd like to try it first, just say and I'll pop a 500g sample in the post.

Kind regards,
Morwenna"""),
      cu("11-02 16:30", """Thank you, that's really helpful - I'll have a think and order after the Christmas fairs.

Lorna""", thanks=True)),

    C("b39-pennycress-vaporiser", "en", "closed", {},
      "Arthur Hamblin <arthur.hamblin@pennycress.example>", "outlook", "Oxalic vaporiser - battery",
      "Pleasantry ('How are you all?') before one real question, answered with figures; thanks-only close.",
      cu("11-05 09:45", """Hello Hivecroft,

How are you all? I hope your bees are tucked up for the winter down there - mine are clustering nicely.

I bought the 12V oxalic vaporiser from you last year and I'd like to use it at my out-apiary this December, where there's no car access. Will a 12V leisure battery (the 17Ah kind) run it for three hives, or do I need something bigger?

Regards,
Arthur Hamblin"""),
      ag("callum", "11-05 11:20", """Hi Arthur,

All well here, thanks - ours are clustered too. A fully charged 17Ah leisure battery will do three hives comfortably: each treatment takes about two and a half minutes and uses well under 1Ah. Just keep the battery out of the wet on the way in.

Regards,
Callum"""),
      cu("11-05 12:05", """Splendid, that's a relief. Thank you.

Arthur""", thanks=True)),

    C("b40-longmead-farm-apiary", "en", "pending", {"unanswered-question": 2},
      "Caroline Stroud <caroline.stroud@longmeadfarm.example>", "gmail", "Farm apiary - lots of questions!",
      "Long mail with five questions; the reply answers siting, price and registration, not spraying or mentoring.",
      cu("11-16 21:05", """Hello,

We're a mixed farm near Frome and we've agreed to keep some bees by the new wildflower margins from next spring. I've been put in charge of it (lucky me!) so please bear with a long email.

First, how far from the farmyard would you put the hives? There are horses in the nearest paddock. Could you also send me a price for two complete hives with nucs, delivered? We'd want them to arrive in May, after the rape has finished flowering. What do we do when the contractor sprays the oilseed rape - do the hives need closing up? Do you do any sort of mentoring for first-year beekeepers, on site or by phone? And finally, please tell me if there's anything we must register with DEFRA or the council.

Many thanks,
Caroline Stroud
Longmead Farm""", uq=2),
      ack("11-16 21:06"),
      ag("priya", "11-17 11:30", """Hi Caroline,

Don't apologise - that's exactly the kind of email we like. With horses nearby I'd keep the hives at least 50 metres from the paddock with a hedge or hurdle in between, so the bees' flight path goes up and over rather than across the field.

Two complete cedar Nationals with nucs come to £1,090 delivered, and May is fine - we'd bring them in the second half of the month. On registration: nothing is compulsory, but do register the apiary on BeeBase, the National Bee Unit's free database, so the seasonal bee inspector knows you're there.

Best wishes,
Priya""")),

    C("b41-nettlebed-supers-inline", "en", "closed", {},
      "Reg Holloway <reg.holloway@nettlebed.example>", "oldclient", "national supers",
      "An old mail client sends no Message-ID; three catalogue questions answered inline, one with a bare 'We do.'",
      cu("11-04 16:40", """Dear Sirs

I have three questions regarding your catalogue.

Do you still make the cedar National supers with the hand holds cut in?
Are they sold with the frames?
Is there a discount for members of the BBKA?

Yours faithfully
R. Holloway""", msgid=False, note="the customer's first mail, sent from Eudora without a Message-ID"),
      ag("morwenna", "11-05 09:00", """Dear Mr Holloway,

> Do you still make the cedar National supers with the hand holds cut in?

We do.

> Are they sold with the frames?

No, boxes only - frames come separately in packs of 10.

> Is there a discount for members of the BBKA?

10 % with your membership number at checkout.

Kind regards,
Morwenna""", quote=False)),

    C("b42-ridgeway-orkney-delivery", "en", "closed", {},
      "Sam Okonjo <sam@ridgewayhoney.example>", "iphone", "Delivery charge to Orkney?",
      "Two questions answered in one line with a figure; thanks-only close.",
      cu("11-05 18:50", """Hi, what would delivery be for a flat-pack National to Kirkwall? Your checkout just says 'contact us' for my postcode. And is it Royal Mail or a courier?
Sam

Sent from my iPhone"""),
      ag("morwenna", "11-06 08:45", """Hi Sam,

£38.50 by courier, 5-7 working days.

Kind regards,
Morwenna"""),
      cu("11-06 10:20", """Ta, ordered.

Sent from my iPhone""", thanks=True)),

    C("b43-apicola-duero-alzas", "es", "pending", {"unanswered-question": 1},
      "Carmen Salvatierra <carmen@apicoladuero.example>", "outlook", "Pedido de 30 alzas",
      "Spanish company: unit price and delivery time answered; the request to ship to their new warehouse from now on is not acknowledged.",
      cu("11-16 12:00", """Buenos días:

Les escribo de parte de Apícola del Duero. Queremos pedir 30 alzas Langstroth de cedro sin montar para la próxima temporada. ¿Cuál sería el precio unitario para esa cantidad y en cuánto tiempo podrían enviarlas a Valladolid?

Por otra parte, les ruego que a partir de ahora envíen todos los pedidos a nuestra nave nueva: Polígono San Cristóbal, Calle Cobalto 7, 47012 Valladolid.

Atentamente,
Carmen Salvatierra
Apícola del Duero S.L.""", tz=1, uq=1),
      ag("nerea", "11-16 15:10", """Buenos días, Carmen:

Para 30 alzas Langstroth de cedro sin montar el precio es de 27,40 £ por unidad (822 £ en total). Van en palé y tardan unos siete días laborables.

Un saludo,""")),

    C("b44-honigwerk-deckel", "de", "pending", {},
      "Katharina Wolff <k.wolff@honigwerk-leipzig.example>", "apple", "Beschädigter Wachsschmelzer",
      "Damaged lid: a second mail with photos before any reply adds information, it is no chase; replacement sent with tracking.",
      cu("11-17 08:10", """Guten Morgen,

heute kam unser Paket (Bestellung HC-48530) an, leider ist der Deckel des Wachsschmelzers verbeult und schließt nicht mehr richtig. Können Sie uns einen neuen Deckel schicken, oder sollen wir das ganze Gerät zurückschicken?

Viele Grüße
Katharina Wolff
Honigwerk Leipzig""", tz=1),
      cu("11-17 08:25", """Nachtrag: anbei noch ein Foto vom Deckel. Der Karton war an einer Ecke schon eingedrückt, als er ankam.

K. Wolff""", tz=1, parent=1, attach=[("image/png", "deckel.png", LID_PNG)]),
      ag("ulrike", "11-17 11:00", """Guten Morgen Frau Wolff,

danke für das Foto, der Schaden ist eindeutig beim Transport entstanden. Sie müssen nichts zurückschicken: Ein neuer Deckel ist heute Vormittag per DHL an Sie rausgegangen, Sendungsnummer 00340434187222910.

Viele Grüße
Ulrike Brandstetter""")),

    C("b45-lydford-labels", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Nadia Holt <nadia@lydfordgorgehoney.example>", "gmail", "Custom jar labels",
      "Price and lead time answered, a proof promised 'by Wednesday' never arrives; the follow-up (sent without threading headers) about a batch-number space is not answered.",
      cu("11-02 10:00", """Hi,

We'd like 1,000 custom printed labels for our 227g jars with our logo (attached) in green and gold. What's the price, and how long from approving the proof to delivery?

Nadia
Lydford Gorge Honey""", attach=[("image/png", "lydford-logo.png", LOGO_PNG)]),
      ag("morwenna", "11-02 13:30", """Hi Nadia,

Lovely logo. 1,000 labels on gloss paper are £96 including VAT, and once you've approved the proof they're printed and with you in about 8 working days. Our designer will send you a proof by Wednesday.

Kind regards,
Morwenna""", promises=[("11-04", None)]),
      cu("11-03 09:15", """Thanks Morwenna. One more thing - can the labels have a space for a handwritten batch number and best-before date, or do those have to be printed?

Nadia""", uq=1, thread=False),
      ag("morwenna", "11-03 11:00", """Hi Nadia,

I've passed your artwork on and asked our designer to match the green in your logo rather than use our standard green.

Kind regards,
Morwenna""")),

    C("b46-st-johns-churchyard", "en", "closed", {"unanswered-question": 2},
      "Clare Hambly <clare.hambly@stjohnsbishopsteignton.example>", "outlook", "Bees in the churchyard",
      "Vicar's long paragraph with five requests: package, delivery and colour answered in one flowing reply; the formal quotation and paying after the grant are not.",
      cu("11-05 14:00", """Dear Hivecroft,

The PCC has agreed to have two hives in the old part of the churchyard, looked after by two parishioners who have done a course, and as I hold the church credit card I've been asked to sort out the equipment. I'd be grateful if you could let me know which of your starter packages would suit two hives looked after by two people. Would it be possible to have it delivered to the vicarage rather than the church, as there's nobody at the church during the week? We have a small grant from the diocese which needs a formal quotation on headed paper, so please send one. Could we pay by bank transfer once the grant money comes through in January? And does the poly hive come in any colour other than blue? The churchwardens are worried about how it will look against the old stone.

With thanks and blessings,
Clare Hambly
Vicar, St John's Bishopsteignton""", uq=2),
      ag("morwenna", "11-05 16:20", """Dear Clare,

For two hives and two beekeepers I'd suggest our Twin Starter Pack: two cedar Nationals with frames, two smocks and two pairs of gloves, plus one smoker and tool kit to share, £745 including VAT. The poly hives only come in blue, I'm afraid, but cedar weathers to a soft silver-grey that sits nicely against old stone - and delivering to the vicarage is no problem, just give that as the delivery address when you order.

Kind regards,
Morwenna""")),

    C("b47-glebe-varroa-boards", "en", "pending", {"customer-chased": 1},
      "Mike Tennant <mike.tennant@glebeapiary.example>", "gmail", "Varroa boards for OMF",
      "'Just checking in' the same evening before any reply; both questions answered the next morning.",
      cu("11-16 08:00", """Hi,

I've got five of your open mesh floors from 2022. Do the new varroa inspection boards fit them, or have the runners changed? And can I buy the boards individually rather than in a 5-pack?

Mike"""),
      cu("11-16 18:45", """Hi, just checking in on this one - I'd like to do a mite count this weekend if I can get the boards in time.

Mike""", chase=True, parent=1),
      ag("morwenna", "11-17 07:40", """Hi Mike,

Sorry for the wait. The runners haven't changed, so the new boards slide straight into your 2022 floors, and they're £6.20 each on their own - no need to buy the pack. Order before 1pm and they'll be with you by Thursday.

Kind regards,
Morwenna""")),

    C("b48-wyndham-veil", "en", "closed", {"unanswered-question": 1},
      "Aisha Rahman <aisha.rahman@wyndhamallotments.example>", "apple", "Veil to wear over a hijab",
      "Veil question answered with a recommendation and a link; the longer-sleeves question ('I was also wondering whether') is skipped.",
      cu("11-06 09:30", """Hello,

I wear a hijab and the hooded veil on my jacket presses it against my face, which is uncomfortable during a long summer inspection. Do you sell a veil with a roomier hood, or a hat-style veil that would sit over it? I was also wondering whether you make the jackets with longer sleeves, as mine ride up and leave my wrists exposed.

Thank you,
Aisha""", uq=1),
      ag("morwenna", "11-06 11:10", """Hi Aisha,

You're not the first to ask, and the fencing veil is usually the answer - it's held away from the face by a wire frame and there's plenty of room inside the hood. You can buy it on its own and it zips onto the jacket you already have: https://hivecroftbees.example/shop/fencing-veil?ref=support

Kind regards,
Morwenna""")),

    C("b49-ferncombe-nuc-delivery", "en", "pending", {"unanswered-question": 1},
      "Jon Pettifer <jon@ferncombehoney.example>", "thunderbird", "Nuc reservation NUC27-0142",
      "Asked to switch from collection to delivery, the agent gives the collection dates instead; paying early is answered.",
      cu("11-18 12:00", """Hi Priya,

I've got a nuc reserved for 2027 (ref NUC27-0142). Could I change from collection to delivery? We're moving house in the spring and won't be in the area any more. Also, can I pay the balance now rather than in May? I'd rather get it out of the way before the move.

Thanks,
Jon""", uq=1),
      ag("priya", "11-18 15:30", """Hi Jon,

Good luck with the move! Collections for the 2027 nucs start in the third week of May, and you'll get a choice of mornings by email in April. As for the balance, you can pay it whenever you like - I've sent you a payment link for the £185 in a separate email.

Best wishes,
Priya""")),

    C("b50-coldharbour-stands", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Greg Mallory <greg@coldharbourbees.example>", "owa", "Price for hive stands + assembly",
      "Current price answered, the December price promised 'by Friday' never confirmed; the assembly question is skipped.",
      cu("11-03 09:10", """Hi,

I need four of your double hive stands (the treated timber ones). Can you tell me if the price has gone up since the catalogue - £42? And do you offer an assembly service, or do they come ready made?

Greg Mallory""", uq=1),
      ag("callum", "11-03 11:45", """Hi Greg,

They're still £42 until the end of November. There's a rise coming on all treated timber in December and accounts haven't given me the new figure yet - I'll confirm the December price by Friday in case you'd rather wait.

Regards,
Callum""", promises=[("11-06", None)])),

    C("b51-tamar-gate-valve", "en", "closed", {},
      "Lowenna Jory <lowenna@tamarvalleyhoney.example>", "gmail", "Settling tank - gate valve",
      "'I'll come back to you tomorrow' kept the next morning with the answer from the workshop; thanks-only close.",
      cu("11-04 11:00", """Hello,

The plastic gate valve on my 50kg settling tank has cracked. Do you sell the valve on its own, and will the 40mm one in your shop fit a tank I bought from you in 2019?

Lowenna"""),
      ag("morwenna", "11-04 13:00", """Hi Lowenna,

We do sell them on their own. The tanks changed supplier in 2020, so I need to check the thread on the 2019 model with Callum before I say yes - I'll come back to you tomorrow.

Kind regards,
Morwenna""", promises=[("11-05", 3)]),
      ag("morwenna", "11-05 10:20", """Hi Lowenna,

Callum checked one of the 2019 tanks we keep in the workshop: it takes the same 40mm valve as today's tanks, so the one in the shop will fit, and it comes with a new seal.

Kind regards,
Morwenna""", parent=1),
      cu("11-05 12:00", """Thanks both - ordered.

Lowenna""", thanks=True)),

    C("b52-cheriton-warming-cabinet", "en", "pending", {"unanswered-question": 2},
      "Frances Lyle <frances.lyle@cheritonmanor.example>", "outlook", "Warming cabinet",
      "Four questions and requests in indirect forms; the reply answers the bucket size and attaches the manual, not the softening time or the Christmas opening hours.",
      cu("11-17 10:30", """Good morning,

I run a small honey business from the manor's walled garden and I'm going to invest in a warming cabinet this winter. I was wondering whether your two-bucket cabinet can take the 30lb buckets or only the smaller ones. It would also help to know how long it takes to soften set honey from cold - a few hours or overnight?

I'd like to come and see it before I buy, so could you let me know your shop's opening hours over the Christmas period? And I need the manual sent over as a PDF if you have one, as my husband wants to check the electrics.

Kind regards,
Frances Lyle
Cheriton Manor Honey""", uq=2),
      ack("11-17 10:31"),
      ag("callum", "11-17 13:40", """Good morning Frances,

The two-bucket cabinet takes two 30lb buckets side by side with room to spare. Manual attached - the wiring diagram is on page 4.

Regards,
Callum""", attach=[("application/pdf", "warming-cabinet-manual.pdf", CABINET_PDF)])),
]

UNANSWERED: dict[str, list[str]] = {
    "b02-marsh-lane-suit-size": [
        "And could you tell me if gloves are included or do I need to order them separately?"],
    "b03-greenfield-observation-hive": [
        "Would one of your team be able to come and give a short talk to the children when the bees arrive?",
        "We will need an invoice made out to Greenfield Primary School rather than to me personally, as the school cannot pay by card."],
    "b08-imkerei-lindner-beuten": [
        "Außerdem bräuchten wir die Rechnung auf die Imkerei ausgestellt, mit unserer USt-IdNr. DE318842907."],
    "b13-hartfield-bka-jackets": [
        "We would also like our association logo embroidered on the chest - is that something you do?",
        "Please address the invoice to our treasurer, Mrs Pam Ellery, 14 Church Walk, Hartfield TN7 4AB."],
    "b18-ashgrove-mouse-guards": [
        "And I'd like to know whether the poly roof can go straight on top of a wooden crown board or needs a rim."],
    "b21-sandford-honey-jars": [
        "And are your honey labels compliant with the new country-of-origin rules, or do I need to add a sticker myself?"],
    "b23-stourhead-bee-shelter": [
        "Please make the invoice out to Stourhead Estate Trading Ltd and put our PO number ST-20417 on it."],
    "b24-apivexin-stage-reines": [
        "Est-ce que la formation est uniquement en anglais, ou est-ce qu'un de vos formateurs parle français ?"],
    "b29-bienenfreunde-rheinau": [
        "Könnten Sie uns außerdem eine Teilnahmebescheinigung ausstellen?"],
    "b31-harewood-starter": [
        "Is a poly hive or a wooden one better for a windy, exposed site like ours?",
        "We'd also need to know if there's any insurance we need for having bees on land the public can walk through."],
    "b40-longmead-farm-apiary": [
        "What do we do when the contractor sprays the oilseed rape - do the hives need closing up?",
        "Do you do any sort of mentoring for first-year beekeepers, on site or by phone?"],
    "b43-apicola-duero-alzas": [
        "Por otra parte, les ruego que a partir de ahora envíen todos los pedidos a nuestra nave nueva: Polígono San Cristóbal, Calle Cobalto 7, 47012 Valladolid."],
    "b45-lydford-labels": [
        "can the labels have a space for a handwritten batch number and best-before date, or do those have to be printed?"],
    "b46-st-johns-churchyard": [
        "We have a small grant from the diocese which needs a formal quotation on headed paper, so please send one.",
        "Could we pay by bank transfer once the grant money comes through in January?"],
    "b48-wyndham-veil": [
        "I was also wondering whether you make the jackets with longer sleeves, as mine ride up and leave my wrists exposed."],
    "b49-ferncombe-nuc-delivery": [
        "Could I change from collection to delivery?"],
    "b50-coldharbour-stands": [
        "And do you offer an assembly service, or do they come ready made?"],
    "b52-cheriton-warming-cabinet": [
        "It would also help to know how long it takes to soften set honey from cold - a few hours or overnight?",
        "I'd like to come and see it before I buy, so could you let me know your shop's opening hours over the Christmas period?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"HIVE-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
        cc = o.pop("cc", None)
        if cc:
            extra.insert(0, ("Cc", cc))
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": cc, "note": o.pop("note", ""), "msgid": o.pop("msgid", True)}
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=HELPDESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", HELPDESK),
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
    first (as :func:`mailcraft.render_corpus`, which always gives one)."""
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
            if m.role == "agent" and m.date > AS_OF:
                out.append(f"{m.key}: written after the audit time")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 86: Hivecroft Beekeeping Supplies - cases",
                                 "make_practice86_corpus.py", rows)


def figures(cases: list[Case]) -> dict:
    """The corpus's statistics, for README.md."""
    msgs = [m for c in cases for m in c.msgs]
    found = Counter()
    for c in cases:
        found.update(c.rules)
    langs = Counter(c.lang for c in cases)
    return {
        "cases": len(cases), "messages": len(msgs),
        "inbox": sum(m.role in ("customer", "auto") for m in msgs),
        "customer": sum(m.role == "customer" for m in msgs),
        "auto": sum(m.role == "auto" for m in msgs),
        "agent": sum(m.role == "agent" for m in msgs),
        "ack": sum(m.role == "ack" for m in msgs),
        "clean": sum(not c.rules for c in cases),
        "langs": langs,
        "status": Counter(c.status for c in cases),
        "found": found,
        "uq_cases": sum(bool(c.uq) for c in cases),
    }


README_DESIGN = """\
## What the corpus contains by design

**Questions.** Most customer mails ask two to five things, in varied forms: direct
questions, indirect ones ("I was wondering whether...", "It would also help to know...",
"could you let me know...", "I'd like to know whether...", "Könnten Sie uns außerdem...",
"pourriez-vous nous conseiller..."), requests without a question mark ("Please address the
invoice to our treasurer...", "We will need an invoice made out to...", "Außerdem bräuchten
wir die Rechnung...", "les ruego que a partir de ahora envíen..."), a numbered list (b03),
one-per-line lists (b04, b41) and questions buried in one long paragraph (b40, b46).

**Answers.** Support answers in its own words: out of order in one paragraph (b01, b06),
two questions in one sentence (b25, b42: "£38.50 by courier, 5-7 working days."), a bare
"They are" / "We do." / "Both." inline under the quoted question (b04, b41), links only
(b35), an attached quote, drawing, invoice or manual (b17, b23, b34, b52), by a colleague
after a hand-over (b15), or after a chase (b05, b19, b33, b47).

**Unanswered questions** are the realistic kind: a secondary question or a request made in
passing is skipped (b02, b08, b13, b18, b23, b29, b43, b48, b50), a templated reply with links
answers one of three (b31), long mails get three of five answered (b40, b46), a follow-up question after the case seemed settled (b21, b45), and an agent answers
the neighbouring question (b49: collection dates for "Could I change from collection to
delivery?").

**Not questions** (must not be flagged): a rhetorical question and a self-answered one
(b22: "who knew a wooden frame feeder could cause so much drama?", "Where would I even find
the date I ordered it? Oh, never mind - ..."), a pleasantry ("How are you all?", b39),
questions inside a forwarded mail in an HTML-only message (b17), signatures with "?" and
URLs with "?" (customers b13, b38; agents' signatures), thanks-only mails (b02, b04, b06, b22,
b25, b27, b38, b39, b42, b51), the latest unanswered mail's questions (awaiting-reply
territory: b07, b20, b30, b37).

**Commitments**: kept on time (b51 "I'll come back to you tomorrow"), kept by a colleague
(b15 "she ... will email you tomorrow"), kept late = missed (b05 "by Wednesday" -> Monday
after a chase; b16 "d'ici jeudi" -> Monday; b23 "tomorrow" -> a day late by another agent;
b34 "le escribo el lunes" -> Wednesday), never kept (b10 "mañana le confirmo el precio";
b14 "I'll get back to you with a price", no date = two-day window; b18 "let you know by
Thursday"; b32 "by end of day"; b37 "melde mich morgen"; b45 a proof "by Wednesday"; b50 "by
Friday"), a deadline still ahead at audit time (b26, Tuesday 24th). Not commitments:
courier collection and refund timing (b27), "they'll be posted the day it's paid" (b11), "Order
before 1pm and they'll be with you by Thursday" (b47), a conditional sample offer (b38),
holding a slot or an item (b05, b24), the acknowledgement's "we aim to reply within one
working day".

**Chasing**: "Any news on the price?", "Still no fondant and I've heard nothing back",
"just checking in on this one", "ich warte leider immer noch auf eine Antwort", "ich wollte
nur nachhaken", "Je me permets de vous relancer", "Je me permets de revenir vers vous",
"¿Hay alguna novedad con la factura? ... seguimos esperando", and a word-for-word resend as a
new mail with the same subject (b30). Not chasing: a second mail adding a photo before any
reply (b44).

**Status and timing**: awaiting reply (b07, b20, b30, b37), a fresh case inside the
response target with only the acknowledgement (b12), slow first responses (Friday afternoon
answered on Monday evening, b13; chased cases b19, b33), "I'll mark this ticket as resolved"
followed by a new problem (b11), a `[Resolved]` subject tag followed by a new request in the
thread (b36), three agents on one case (b23).

**Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web
and Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:`
subjects), Apple Mail (en/fr), iPhone/iPad, Thunderbird (en/de), an old Eudora client
without Message-ID (b41); Spanish and French written in English-language clients (b33,
b43); plain 7bit, quoted-printable, base64 (b10), multipart/alternative (b03, b06, b35,
acknowledgements) and HTML-only (b17); PDF and PNG attachments; a Cc (b23); a customer's
out-of-office reply (b28); a follow-up that lost its threading headers (b45); two customers
with the same subject "Mouse guards" (b12, b18); customers replying to their own mail to
chase or add information (b07, b19, b33, b44, b47).

## Judgement calls

- **Deferral is not an unanswered question** (b05, b10, b14, b16, b18's board stock, b26,
  b34, b37, b50's December price, b51): a question answered with a promise counts only through
  `missed-follow-up` if the promise is broken.
- **b45**: the second reply neither delivers the proof nor answers the batch-number space:
  one missed follow-up and one unanswered question.
- **b23**: Hazel's mail about deposits does not touch the invoice name and PO number, which
  stays unanswered; the drawings came a day after "tomorrow", from Callum: missed.
- **b43**: "Van en palé y tardan unos siete días laborables" answers the delivery time, not
  the standing request to ship to the new warehouse.
- **b46**: "The poly hives only come in blue" answers the colour question; neither the
  formal quotation nor paying after the grant is addressed.
- **b49**: the collection dates do not answer whether collection can become delivery.
- **b38**: "I'll have a think and order after the Christmas fairs" asks nothing:
  thanks-only, and the sample offer ("just say and I'll pop a 500g sample in the post") is
  conditional, not a promise.
- **b13** counts two unanswered items (embroidery; the treasurer's invoice address), each
  its own sentence.
"""


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures and what the corpus contains by design."""
    f = figures(cases)
    langs = ", ".join(f"{name} {f['langs'][code]}" for code, name in
                      (("en", "English"), ("de", "German"), ("fr", "French"), ("es", "Spanish")))
    rules = ", ".join(f"{r} {f['found'][r]}" for r in RULES if f["found"][r])
    status = ", ".join(f"{f['status'][s]} {s}" for s in ("closed", "pending", "open"))
    return f"""# Practice corpus 86: Hivecroft Beekeeping Supplies support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen
one. Use it to measure, not to tune: once the heuristics have been changed because of its
cases, it is no longer unseen.

- Company: **Hivecroft Beekeeping Supplies**, a beekeeping supplier near Devizes, Wiltshire:
  hives and woodware (Nationals, WBCs, Langstroth, custom builds from its workshop), frames
  and foundation, protective suits, jackets, veils and gloves, extractors and honey
  processing, winter feed and varroa kit, nucleus colonies and mated queens, and courses
  at its training apiary. Support address `help@hivecroftbees.example`; agents Morwenna
  Tregear (orders and dispatch), Callum Ashby (workshop and woodware), Priya Natarajan
  (livestock), Edwin Fairclough (courses), Hazel Dunmore (accounts), Ulrike Brandstetter
  (German-speaking customers), Amélie Rousseau (French-speaking) and Nerea Olabarria
  (Spanish-speaking), all `@hivecroftbees.example`. A helpdesk robot
  (`help@hivecroftbees.example`, `Auto-Submitted: auto-replied`) acknowledges some mails
  with "we aim to reply within one working day" - service-hours text, not a commitment.
- Customers are hobby and professional beekeepers, associations, schools, a parish council,
  a church, a farm, an estate, a candle maker, on `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain hivecroftbees.example`.

```
python scripts/make_practice86_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice86_corpus.py --out /tmp/p86         # ... into another folder
python scripts/evaluate.py --corpus tests/practice86            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice86_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions. `CASES.md` is the generated per-case table. This README is
generated too. Do not edit generated files; edit the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Figures

{f['cases']} cases, {f['messages']} messages: {f['inbox']} in the inbox ({f['customer']} customer
mails and {f['auto']} customer out-of-office reply), {f['agent']} support replies, {f['ack']}
helpdesk acknowledgements. {f['clean']} clean cases ({round(100 * f['clean'] / f['cases'])} %).
Languages: {langs}. Statuses: {status}.

Expected findings: {rules}; the unanswered questions are in {f['uq_cases']} cases.

{README_DESIGN}
## Independence

Written from the helper brief, /work/shared/report-contract.md (rules and status),
tests/eval/README.md (labels format and conventions), scripts/mailcraft.py, and
scripts/make_practice24_corpus.py with tests/test_practice24_corpus.py as a format example
(structure only; customers, stories and wording are new). Not opened: anything under
`happyaudit/`, the README's sections on method, accuracy and weak points, any other test
or corpus. All labels were fixed before the single evaluation run and none was changed after
it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.hivecroftbees.example")
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
    missing = [p for p in inbox + sent if not p["Message-ID"]]
    if len(missing) > 1:
        found.append("more than one message without Message-ID")
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
    """Command line: regenerate tests/practice86 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
