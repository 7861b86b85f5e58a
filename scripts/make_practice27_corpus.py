#!/usr/bin/env python3
"""Regenerate ``tests/practice27/``: a labelled corpus of Spokesmith Cycles.

The support mailbox of a fictional Bristol bicycle repair workshop and e-bike shop (services
and repairs, e-bike batteries and motors, warranty claims, quotes for cargo and fleet bikes,
rentals, storage, gift vouchers), written without looking at the detection heuristics, with
many customer questions answered in the agents' own words. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``spokesmith.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), the helpdesk's
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it holds, with its figures.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice27_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "spokesmith.example"
DESK = "Spokesmith Cycles <workshop@spokesmith.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "niamh": ("Niamh Calloway <niamh@spokesmith.example>", "thunderbird", """-- 
Niamh Calloway
Workshop Bookings | Spokesmith Cycles
14 Gloucester Road, Bristol BS7 | 0117 496 0718
Book a service: https://spokesmith.example/workshop?ref=sig"""),
    "dev": ("Dev Raman <dev@spokesmith.example>", "outlook", """Dev Raman
E-bikes & Sales | Spokesmith Cycles
Thinking about an e-bike? Book a test ride: https://spokesmith.example/test-ride?src=email"""),
    "gus": ("Gus Pemberton <gus@spokesmith.example>", "apple", """Gus Pemberton
Workshop Manager | Spokesmith Cycles"""),
    "priya": ("Priya Olufemi <priya@spokesmith.example>", "owa", """Priya Olufemi
Accounts & Warranty | Spokesmith Cycles

Spokesmith Cycles Ltd, registered in England no. 09817342. This e-mail and any attachments
are confidential; if it reached you in error, please tell us and delete it."""),
    "lukas": ("Lukas Brenner <lukas@spokesmith.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenservice Deutsch | Spokesmith Cycles
https://spokesmith.example/de?ref=signatur"""),
    "camille": ("Camille Roux <camille@spokesmith.example>", "apple_fr", """Camille Roux
Service client (FR) | Spokesmith Cycles
https://spokesmith.example/fr?utm_source=email"""),
    "alba": ("Alba Serrano <alba@spokesmith.example>", "gmail_es", """--
Alba Serrano
Atención al cliente (ES) | Spokesmith Cycles
+44 117 496 0722"""),
}

ACK_TEXT = """Hello,

Thanks for contacting Spokesmith Cycles. This is an automatic confirmation that your
message has reached us (reference {ref}). The workshop desk is staffed Monday to
Saturday, 8:30am-5:30pm, and we will reply within 24 hours.

Broken down on the road? Call 0117 496 0718 for same-day help.

Spokesmith Cycles - Workshop Desk
https://spokesmith.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Spokesmith Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="sp.", outlook_server="CWLP12")
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
    """A reply by support agent ``who`` at ``when`` (Bristol time, UTC in November)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str) -> Spec:
    """The helpdesk's automatic acknowledgement of the message before it."""
    return Spec("ack", when, ACK_TEXT, {})


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
    """The end of ``day`` ("MM-DD") in Bristol: a promise "by Wednesday" is kept on Wednesday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

CARGO_QUOTE_PDF = mailcraft.pdf(["Spokesmith Cycles - Quotation Q-26-1187",
                                 "Larkhaul Family (long box), rain canopy, 2 x child seat",
                                 "Supplied, built and fitted: GBP 6,140.00 incl. VAT",
                                 "Valid until 4 December 2026"])
FLEET_QUOTE_PDF = mailcraft.pdf(["Spokesmith Cycles - Quotation Q-26-1140",
                                 "6 x Voltaro Cargo 750, fleet discount 12 %",
                                 "Quarterly servicing GBP 45 per bike per visit, loan bike included",
                                 "Valid until 31 December 2026"])
C2W_INVOICE_PDF = mailcraft.pdf(["Spokesmith Cycles - Invoice SP-3904",
                                 "19 September 2026 - Marin Fairfax 2 hybrid, size M",
                                 "Paid by Cycle to Work voucher CW-55102",
                                 "Total GBP 695.00 incl. VAT"])
FORK_INVOICE_PDF = mailcraft.pdf(["Spokesmith Cycles - Invoice SP-4471",
                                  "Fox 34 lower-leg service: seals, foam rings, oil",
                                  "Labour and parts GBP 65.00 incl. VAT",
                                  "Paid by card 5 November 2026"])
GRUPO_PDF = mailcraft.pdf(["Spokesmith Cycles - Presupuesto P-26-0412",
                           "Shimano 105 R7100 12v (llanta), montaje y ajuste",
                           "Total GBP 1,090.00 IVA incl.",
                           "Valido hasta el 31 de diciembre de 2026"])
LOCK_INVOICE_PDF = mailcraft.pdf(["Spokesmith Cycles - Facture SP-4398",
                                  "Antivol Abus Granit X-Plus 540",
                                  "Total GBP 94.99 TTC",
                                  "Payee par carte le 28 octobre 2026"])
CRACK_PNG = mailcraft.png(10, 10, lambda x, y: (30 + 20 * (x == y), 30, 35))
WOBBLE_PNG = mailcraft.png(12, 6, lambda x, y: (180, 180 - 10 * y, 190))
BALANCE_PNG = mailcraft.png(16, 8, lambda x, y: (20, 150 + 5 * x, 140 - 6 * y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------


CASES: list[Case] = [
    C("s01-croix-de-fer-service", "en", "closed", {},
      "Tom Aldous <tom.aldous@gmail.example>", "gmail", "Service + mudguards",
      "Three questions (price, same-day, fitting his own mudguards) answered in a single sentence; thanks-only reply.",
      cu("11-02 08:12", """Hi Spokesmith,

My commuter (a 2021 Genesis Croix de Fer) is well overdue a proper going-over. How much is a full service these days? If I drop it off on my way to work, will it be ready the same evening? And while it's in, could you fit a pair of full-length mudguards - I've had some SKS ones sitting in the box since last winter.

Cheers,
Tom"""),
      ag("niamh", "11-02 09:40", """Morning Tom,

£95 for the full service, back with you by 5:30 if it's here before 9, and bring the SKS set along - fitting them while it's on the stand costs nothing extra.

Niamh"""),
      cu("11-02 10:05", """Ha, perfect. See you Wednesday morning.

Tom""", thanks=True)),

    C("s02-voltaro-battery-fade", "en", "closed", {"unanswered-question": 1},
      "Helen Marsh <h.marsh@fenwicklowe.example>", "outlook", "Battery range dropped a lot",
      "Numbered list of three questions; diagnostic and warranty answered, the spare charger is not; thanks-only close.",
      cu("11-03 13:05", """Hello,

My Voltaro Trail 500 (bought from you in September last year) has gone from about 60 km on a full charge to maybe 25. A few questions:

1. Can you run a diagnostic on the battery?
2. Would this be covered under warranty, given the bike is 14 months old?
3. Do you sell a second charger? I'd like to keep one at the office.

Regards,
Helen Marsh
Project Coordinator | Fenwick & Lowe Architects
T: 0117 496 0231""", uq=1),
      ag("dev", "11-03 15:20", """Hi Helen,

That's a steep drop for 14 months. Bring the bike and both keys in any morning this week and we'll put the battery on the tester - it takes about an hour and there's no charge. Voltaro guarantee the cells for two years, so if the test shows a capacity fault the replacement is on them rather than you.

Best regards,
Dev"""),
      cu("11-03 15:41", """Brilliant, thank you - I'll bring it in Thursday.

Helen""", thanks=True)),

    C("s03-gravel-tubeless-inline", "en", "closed", {},
      "Rhys Pryce <rhys@pryce-family.example>", "thunderbird", "Tubeless setup + tyres",
      "Three questions answered inline under each quoted line: 'Yep' with a price, a stock count, a duration.",
      cu("11-04 19:30", """Evening all,

Three quick ones before I book:

Can you set up my gravel wheels tubeless? They're DT Swiss G1800, should be tubeless-ready.
Do you have 650b tyres in stock, ideally around 47 mm?
If I bring it in on Saturday, can I wait for it?

Thanks,
Rhys"""),
      ag("gus", "11-05 08:50", """Hi Rhys,

> Can you set up my gravel wheels tubeless? They're DT Swiss G1800, should be tubeless-ready.

Yep, £25 the pair including sealant and valves.

> Do you have 650b tyres in stock, ideally around 47 mm?

WTB Byway 650x47, four on the wall as of this morning.

> If I bring it in on Saturday, can I wait for it?

Allow 45 minutes. The coffee place two doors up is good.

Gus""", quote=False)),

    C("s04-larkhaul-cargo-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Ana Okafor <ana.okafor@icloud.example>", "iphone", "Cargo bike quote",
      "Quote promised by Wednesday arrives Thursday after the customer asks for news: kept late, missed.",
      cu("11-13 12:15", """Hi, we're looking at a Larkhaul Family cargo bike (the long one with the box) for the school run. Could you quote for one with the rain cover and two child seats? And roughly how long is delivery at the moment?

Thanks, Ana

Sent from my iPhone"""),
      ag("dev", "11-13 16:40", """Hi Ana,

Thanks for thinking of us. Delivery on the long-box model is running at three to four weeks. The canopy and seat bundle changed price this month, so let me check with Larkhaul's UK distributor first - I'll send you the full quote by Wednesday.

Best,
Dev""", promises=[("11-18", 4)]),
      cu("11-19 09:30", """Hi Dev, any news on that quote? We'd like to order before Christmas if we can.

Ana

Sent from my iPhone""", chase=True),
      ag("dev", "11-19 14:10", """Hi Ana,

Sorry - the distributor only got back to me last night. Quote attached: £6,140 with the canopy and both seats, built and fitted. Order by 4 December and it'll be here before Christmas.

Best,
Dev""", attach=[("application/pdf", "Q-26-1187-Larkhaul.pdf", CARGO_QUOTE_PDF)])),

    C("s05-hofmann-kassette", "de", "closed", {"unanswered-question": 1},
      "Stefan Hofmann <stefan.hofmann@gmail.example>", "gmail_de", "Kette und Kassette tauschen",
      "Appointment and price answered in two sentences; the invoice made out to his company, asked in passing, is ignored.",
      cu("11-02 18:20", """Hallo zusammen,

an meinem Rennrad (Canyon Endurace, Shimano 105) springt die Kette seit ein paar Tagen auf den kleinen Ritzeln. Vermutlich sind Kette und Kassette durch. Hätten Sie nächste Woche einen Termin frei? Was würde der Tausch ungefähr kosten, inklusive Teile?

Außerdem bräuchte ich die Rechnung auf meine Firma (Hofmann Grafikdesign, Cotham Hill 22, Bristol), da ich das Rad überwiegend beruflich nutze.

Viele Grüße
Stefan Hofmann""", uq=1),
      ag("lukas", "11-03 09:15", """Hallo Herr Hofmann,

Dienstag, 10. November, ab 8:30 Uhr ist noch frei - ich habe Sie eingetragen. Kette und 105er-Kassette zusammen liegen bei etwa 85 £ inklusive Montage; die Kettenblätter schauen wir uns bei der Gelegenheit gleich mit an.

Viele Grüße
Lukas Brenner"""),
      cu("11-03 10:40", """Super, danke! Bis Dienstag.

Stefan Hofmann""", thanks=True), tz=1),

    C("s06-foldgo-hub-noise", "en", "open", {"awaiting-reply": 1},
      "Graham Peel <graham.peel@harbourline.example>", "owa", "Grinding noise from rear hub motor",
      "A new request acknowledged by the helpdesk robot only; nobody has answered after two days.",
      cu("11-18 10:02", """Hello,

The rear hub motor on my Fold&Go E7 has started making a grinding noise under load - worst on the hill up from Temple Meads. Is this something you can look at, and how soon could you fit it in? I rely on the bike to get to the station every day.

Best,
Graham Peel"""),
      ack("11-18 10:03")),

    C("s07-balance-bike-grow-on", "en", "closed", {},
      "Leila Haddad <leila.haddad@gmail.example>", "gmail", "Balance bike for a 3 year old",
      "Two questions answered in reverse order, the stock question through a photo of the bikes.",
      cu("11-05 20:45", """Hi there!

My daughter turns 3 in December and we'd like to get her a balance bike. Do you have any in stock in a small size? I also heard you do some kind of trade-in for kids' bikes when they outgrow them - how does that work?

Thanks,
Leila"""),
      ag("niamh", "11-06 09:10", """Hi Leila,

Our Grow-On scheme gives you 40% of the price back as credit towards the next size up, as long as the bike comes back in one piece (scuffs are fine - they're kids' bikes!). And there are three 12-inch balance bikes in at the moment; photo of the line-up attached, the teal one is the lightest.

Niamh""", attach=[("image/png", "balance-bikes.png", BALANCE_PNG)])),

    C("s08-dupont-rayon", "fr", "closed", {"unanswered-question": 1},
      "Mathilde Dupont <mathilde.dupont@orange.example>", "apple_fr", "Rayon cassé",
      "Delay and price answered in one sentence; the question about Ortlieb panniers is skipped; thanks-only reply.",
      cu("11-04 09:30", """Bonjour,

Un rayon de ma roue arrière a cassé hier soir en rentrant du travail (vélo de ville Gazelle, roue de 28 pouces). Est-ce que vous pouvez le remplacer rapidement ? Je voudrais aussi savoir combien ça coûte à peu près.

Pourriez-vous également me dire si vous vendez des sacoches Ortlieb ? Les miennes sont en train de rendre l'âme.

Merci d'avance,
Mathilde Dupont""", uq=1),
      ag("camille", "11-04 11:05", """Bonjour Mathilde,

Déposez-la quand vous voulez avant midi et elle sera prête le soir même : comptez 20 £ pour le rayon, dévoilage compris.

Bonne journée,
Camille"""),
      cu("11-04 12:30", """Parfait, merci beaucoup !

Mathilde""", thanks=True), tz=1),

    C("s09-arcadia-frame-crack", "en", "closed", {"missed-follow-up": 1},
      "Owen Hartley <owen.hartley@outlook.example>", "owa", "Crack in frame - warranty",
      "Warranty decision promised by Friday comes the following Tuesday (late = missed); thanks-only reply.",
      cu("11-03 08:55", """Hi Priya,

I've found a hairline crack next to the bottom bracket on the Arcadia CR frame I bought from you in March - photo attached. What happens next with a warranty claim? Do I need to bring the bike in?

Thanks,
Owen Hartley""", attach=[("image/png", "bb-crack.png", CRACK_PNG)]),
      ag("priya", "11-03 11:30", """Hi Owen,

Sorry to see that - please don't ride it until it has been looked at. No need to bring it in yet: I've sent your photo and the purchase record to Arcadia's warranty team, and I'll update you by Friday with their decision.

Kind regards,
Priya""", promises=[("11-06", 3)]),
      ag("priya", "11-10 14:00", """Hi Owen,

Apologies for the wait - Arcadia replied this morning. They've approved a replacement frame, same size and colour, and we'll move your parts across at no charge. The frame is due with us around 20 November and Gus will build it up the same week.

Kind regards,
Priya""", parent=2),
      cu("11-10 15:12", """That's great news, thanks Priya.

Owen""", thanks=True)),

    C("s10-garcia-alquiler", "es", "closed", {},
      "Javier García <javigarcia@correo.example>", "gmail_es", "Alquiler de bicis eléctricas",
      "Rental questions answered with a bare 'Sí' and two figures; a booking request answered with 'Hecho'.",
      cu("11-06 18:40", """Hola,

Vamos a estar en Bristol del 14 al 16 de noviembre con mi pareja. ¿Alquiláis bicis eléctricas por días? ¿Cuánto cuesta y hay que dejar fianza?

Gracias,
Javier García"""),
      ag("alba", "11-07 09:20", """Hola Javier:

Sí. 35 £ por bici y día, y 150 £ de fianza que os devolvemos al entregarlas.

Si queréis, os las aparto para el sábado 14; solo tenéis que decírmelo.

Un saludo,
Alba"""),
      cu("11-07 11:05", """¡Genial! Sí, apártanos dos para el sábado 14 a las 10, por favor. Yo mido 1,80 y ella 1,65.

Javier"""),
      ag("alba", "11-07 11:30", """Hecho: una L y una S, sábado 14 a las 10:00. ¡Hasta entonces!

Alba"""), tz=1),

    C("s11-brake-squeal-reopened", "en", "closed", {"reopened": 1},
      "Dominic Fry <domfry@gmail.example>", "gmail", "Squealing front brake after service",
      "Squeal fixed, thanks, agent marks the ticket resolved; five days later a new brake problem reopens it.",
      cu("10-27 17:30", """Hi,

I picked my bike up from its service on Saturday and the front disc brake squeals like a dying seagull every time I touch it. Is that normal with new pads? Can I bring it back in?

Thanks,
Dominic"""),
      ag("gus", "10-28 09:00", """Hi Dominic,

New pads can sing a bit until they bed in, but that sounds like more than that. Yes, bring it back - any time tomorrow morning, and it'll be sorted while you wait.

Gus"""),
      cu("10-29 13:15", """Sorted - silent as anything now. Thanks Gus!

Dominic""", thanks=True),
      ag("gus", "10-29 13:40", """Glad to hear it. I'll mark this ticket as resolved - shout if the noise comes back.

Gus""", closes=True),
      cu("11-03 08:20", """Hi Gus,

Sorry to reopen this. No squeal any more, but the front disc is now rubbing on every turn of the wheel. Could I drop it in this Saturday morning?

Dominic"""),
      ag("gus", "11-03 10:00", """Of course - Saturday from 8:30, and there's no charge for it.

Gus""")),

    C("s12-bafang-conversion-paragraph", "en", "pending", {"unanswered-question": 2},
      "Marcus Webb <marcus.webb@protonmail.example>", "gmail", "Converting my tourer to electric",
      "Five questions in one long paragraph; three answered out of order, road legality and insurance are not.",
      cu("11-16 21:10", """Hi,

I've been going back and forth for months about whether to buy an e-bike or convert the old Dawes tourer I already love, and I think conversion wins, so I was wondering whether you fit the mid-drive conversion kits (the Bafang BBS ones seem to be what everyone recommends) and, if you do, what sort of range I could realistically expect on hilly Bristol commutes with a 14 Ah battery. I'd also need to know how long you'd need the bike for, since it's my only way to work. Is a converted bike still road-legal here if the motor is 250 W? And could you let me know whether you can arrange insurance for it, or whether that's something I sort myself?

Thanks in advance,
Marcus Webb""", uq=2),
      ag("dev", "11-17 10:30", """Hi Marcus,

On Bristol hills with a 14 Ah pack you should see 50-60 km with sensible assist. We fit both the BBS02 and the BBS HD; on a tourer like yours it's a two-day job, so drop it on a Monday and ride it home on the Wednesday. Kit, battery and fitting come to about £1,150 all in.

Best,
Dev""")),

    C("s13-c2w-invoice-html", "en", "closed", {},
      "Jo Whitfield <jo.whitfield@avonmouthfreight.example>", "owa", "Invoice copy for Cycle to Work",
      "HTML-only request for an invoice copy, answered by one word and the PDF; signature holds a '?' line and a URL with '?'.",
      cu("11-05 11:20", """Hello,

Could you please send me a copy of the invoice for the Marin hybrid I bought on 19 September? Our Cycle to Work provider needs it by the end of the month.

Many thanks,
Jo Whitfield
HR Assistant, Avonmouth Freight Ltd
Cycle to work? Find out more at https://avonmouthfreight.example/benefits?tab=cycle""", kind="html"),
      ag("priya", "11-05 14:00", """Hi Jo,

Attached.

Priya""", attach=[("application/pdf", "SP-3904.pdf", C2W_INVOICE_PDF)]),
      cu("11-05 14:30", """Got it, thank you!

Jo""", kind="html", thanks=True)),

    C("s14-becker-akku", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Andrea Becker <a.becker@t-online.example>", "outlook_de", "Ersatzakku Voltaro City 400",
      "Price answered; warranty check promised by Monday; customer asks for news on Wednesday and gets the answer then (late = missed).",
      cu("11-10 08:40", """Sehr geehrte Damen und Herren,

der Akku meines E-Bikes (Voltaro City 400, im Mai 2024 bei Ihnen gekauft) lädt seit letzter Woche nicht mehr über 40 %. Können Sie mir einen Ersatzakku bestellen, und was kostet der?

Mit freundlichen Grüßen
Andrea Becker"""),
      ag("lukas", "11-10 10:15", """Sehr geehrte Frau Becker,

ein neuer 400-Wh-Akku kostet 520 £. Bevor wir bestellen, frage ich bei Voltaro nach, ob das nicht noch unter die Garantie fällt - ich melde mich bis Montag bei Ihnen.

Viele Grüße
Lukas Brenner""", promises=[("11-16", 4)]),
      cu("11-18 09:05", """Sehr geehrter Herr Brenner,

gibt es schon etwas Neues wegen des Akkus? Ich habe bisher nichts von Ihnen gehört.

Mit freundlichen Grüßen
Andrea Becker""", chase=True),
      ag("lukas", "11-18 11:20", """Sehr geehrte Frau Becker,

entschuldigen Sie bitte die Verspätung. Voltaro übernimmt den Akku auf Garantie - er ist bestellt, kommt voraussichtlich am 27. November, und Sie zahlen nichts.

Viele Grüße
Lukas Brenner"""), tz=1),
]

CASES += [
    C("s15-fox-fork-three-agents", "en", "closed", {"many-handoffs": 1},
      "Kit Danvers <kit@danvers-joinery.example>", "apple", "Fork leaking oil",
      "Booking, a technical follow-up and an invoice copy answered by three different agents; one reply lost its threading headers.",
      cu("11-02 10:00", """Hi,

My Fox 34 fork is leaking oil from the left stanchion seal. Can you do a lower-leg service, and what does it cost?

Cheers,
Kit"""),
      ag("niamh", "11-02 11:30", """Hi Kit,

It's £65 and I've put you in for Wednesday at 9.

Niamh"""),
      cu("11-04 16:00", """Hi again,

When I dropped it off, Gus mentioned the damper might need doing too. Is that a big job, and would I still have the bike for the weekend?

Kit"""),
      ag("gus", "11-04 17:10", """Hi Kit,

Good news - the damper's fine, it was only the seals and foam rings. The bike's done and waiting for you, so the weekend's safe.

Gus"""),
      cu("11-05 09:00", """Great, I'll collect at lunchtime. Could you email me the invoice as well? I paid by card in the shop but need a copy for my records.

Kit""", thread=False),
      ag("priya", "11-05 11:00", """Hi Kit,

Here you go - invoice SP-4471 attached.

Kind regards,
Priya""", attach=[("application/pdf", "SP-4471.pdf", FORK_INVOICE_PDF)])),

    C("s16-cables-and-sundays", "en", "closed", {"unanswered-question": 1},
      "Bridget Oyelaran <bridget.oy@gmail.example>", "gmail", "Gear cables + December opening",
      "A rhetorical question and a self-answered one (not questions); the cables request is answered, December Sundays are not.",
      cu("11-06 07:55", """Morning!

Who decided winter starts in the first week of November, eh? My gear cables have given up in the wet. Can you replace the inner and outer cables on my Trek FX when it comes in for its service next Tuesday? Where's the booking reference on your confirmation email? Ah, found it - SP-3318.

Could you also let me know whether you're open on Sundays in December? I'd like to bring my son's bike in for a check-up before Christmas.

Ta,
Bridget""", uq=1),
      ag("niamh", "11-06 09:30", """Hi Bridget,

A full cable set is £28 fitted, and I've added it to Tuesday's booking (SP-3318), so nothing else to do your end.

Niamh""")),

    C("s17-ruiz-presupuesto-105", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Pablo Ruiz <pablo.ruiz@gmail.example>", "gmail_es", "Presupuesto grupo 105",
      "Quote promised for the next day; customer chases four days later ('¿hay alguna novedad? Sigo esperando'), quote then sent: late = missed.",
      cu("11-11 12:00", """Hola Alba, ¿qué tal todo?

Tengo una Orbea de carretera de 2018 y quiero cambiarle el grupo completo a Shimano 105 de 12 velocidades. ¿Me podrías hacer un presupuesto con el montaje incluido?

Un saludo,
Pablo Ruiz"""),
      ag("alba", "11-11 13:30", """Hola Pablo:

¡Todo bien, gracias! Tengo que confirmar con el distribuidor si hay stock del grupo de disco o del de llanta, así que mañana te escribo con el presupuesto completo.

Un saludo,
Alba""", promises=[("11-12", 4)]),
      cu("11-16 10:15", """Hola Alba,

¿hay alguna novedad con el presupuesto? Sigo esperando y me gustaría dejar la bici antes de fin de mes.

Pablo""", chase=True),
      ag("alba", "11-16 12:40", """Hola Pablo:

Perdona el retraso. Te adjunto el presupuesto: 1.090 £ con montaje, grupo de llanta (el de disco no llega hasta enero). Puedes traer la bici cuando quieras a partir del lunes 23.

Un saludo,
Alba""", attach=[("application/pdf", "presupuesto-P-26-0412.pdf", GRUPO_PDF)]), tz=1),

    C("s18-di2-battery-kept", "en", "closed", {},
      "Peter Lindqvist <peter.lindqvist@fastmail.example>", "thunderbird", "Di2 internal battery",
      "Agent promises to come back tomorrow and does, with a price; the customer's go-ahead is confirmed.",
      cu("11-04 12:30", """Hello,

Can you get hold of a Di2 internal battery (BT-DN300)? Mine won't hold a charge any more.

Regards,
Peter Lindqvist"""),
      ag("gus", "11-04 14:00", """Hi Peter,

I'll check with Madison this afternoon and come back to you tomorrow with a price and lead time.

Gus""", promises=[("11-05", 3)]),
      ag("gus", "11-05 10:20", """Peter - £89, Madison have them, here Monday. Want me to order one?

Gus""", parent=2),
      cu("11-05 11:00", """Yes please, go ahead and order it.

Peter"""),
      ag("gus", "11-05 11:30", """Ordered. It'll be on the shelf Monday with your name on it.

Gus""")),

    C("s19-winter-storage-australia", "en", "pending", {"unanswered-question": 1},
      "Zoe Farrant <zoe.farrant@gmail.example>", "gmail", "Winter storage?",
      "Storage, price and a pre-collection service answered together in one sentence; collection from Clifton is not.",
      cu("11-15 17:20", """Hi!

I'm off to Australia from mid-December until March and don't have anywhere dry to keep my bike. Do you offer winter storage, and what does it cost per month? And is collection from Clifton an option, or do I need to ride it over myself? It would be great if you could give it a service before I pick it up in the spring, too.

— Zoe""", uq=1),
      ag("niamh", "11-16 09:45", """Hi Zoe,

We do: £15 a month, kept indoors and insured, and for another £60 we'll service it the week before you're back so it's ready to roll.

Niamh""")),

    C("s20-lefevre-reglage", "fr", "closed", {},
      "Julien Lefèvre <julien.lefevre@laposte.example>", "apple_fr", "Réglage des vitesses",
      "Two questions (walk-in? price?) answered by 'Oui' plus hours and a bare figure.",
      cu("11-05 12:10", """Bonjour,

Est-ce que vous faites le réglage des vitesses sans rendez-vous ? Et ça coûte combien ?

Merci,
Julien Lefèvre"""),
      ag("camille", "11-05 13:00", """Bonjour Julien,

Oui, du lundi au samedi avant 11 h - 15 £, et c'est fait pendant que vous attendez.

Camille"""), tz=1),

    C("s21-first-check-no-reply", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Sunil Mehta <sunil.mehta@outlook.example>", "android", "First 500 km check",
      "Booking request acknowledged by the robot only; the customer follows up on his own mail two days later; still no reply.",
      cu("11-16 08:05", """Hello,

I'd like to book my e-bike in for its first 500 km check (bought from you in August). What days do you have next week? Also, do I need to bring the charger?

Thanks,
Sunil Mehta"""),
      ack("11-16 08:06"),
      cu("11-18 19:40", """Just following up on my email below - I haven't heard anything back yet.

Sunil""", chase=True, parent=1)),

    C("s22-gift-voucher-leeds", "en", "closed", {},
      "Harriet Cole <harriet.cole@me.example>", "apple", "Gift voucher for my dad",
      "Three voucher questions answered in one sentence plus a link; a pleasantry that is not a question.",
      cu("11-09 18:30", """Hello, hope you're all surviving the rain?

I'm trying to sort a Christmas present for my dad, who's just got back into cycling. Do you sell gift vouchers? Can they be spent on servicing, or only on bikes and kit? He lives in Leeds, so could you post it to him directly?

Thanks so much,
Harriet Cole""", kind="alt"),
      ag("niamh", "11-10 09:15", """Hi Harriet,

What a lovely present. Ours are good for anything in the shop or the workshop, from £10 up, and we post them first class anywhere in the UK for free - order at https://spokesmith.example/vouchers?gift=1 and put your dad's address in the delivery box.

Niamh""")),

    C("s23-vogel-probefahrt", "de", "closed", {},
      "Jana Vogel <jana.vogel@web.example>", "thunderbird_de", "Probefahrt Lastenrad",
      "Test ride on Saturday and 'appointment or walk-in?' both answered by booking her in.",
      cu("11-06 14:30", """Hallo Herr Brenner,

wir überlegen, uns ein E-Lastenrad anzuschaffen, und würden gern vorher eins ausprobieren. Kann man bei Ihnen am Samstag eine Probefahrt machen? Muss ich dafür einen Termin vereinbaren oder kann ich einfach vorbeikommen?

Viele Grüße
Jana Vogel"""),
      ag("lukas", "11-06 16:00", """Hallo Frau Vogel,

ich habe Sie für Samstag um 10 Uhr eingetragen, dann steht das Larkhaul geladen bereit. Bringen Sie bitte einen Ausweis mit.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("s24-ribble-hanger-bar-tape", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Callum Reid <callum.reid@outlook.example>", "android", "How's my bike doing?",
      "Progress question answered; 'I'll email you tomorrow once it's fitted' never kept; the bar-tape request is ignored.",
      cu("11-09 08:30", """Hi Gus,

How's my bike coming along? It's the blue Ribble, dropped off Saturday for the rear mech. Also please replace the bar tape while it's in, black if you have it.

Thanks,
Callum""", uq=1),
      ag("gus", "11-09 12:00", """Hi Callum,

The new mech is on, but the hanger was bent so I've ordered a replacement - it's due in tomorrow and I'll email you tomorrow once it's fitted.

Gus""", promises=[("11-10", None)])),

    C("s25-wobble-photo-second-mail", "en", "closed", {},
      "Kate Summers <kate.summers@gmail.example>", "gmail", "Wobbly back wheel",
      "A second mail 20 minutes later adds the forgotten photo and bike model (not a chase); one reply settles it.",
      cu("11-04 17:10", """Hi,

My back wheel has developed a wobble (rim brakes, and you can see it rubbing the pad once per turn). Is it worth truing or am I looking at a new wheel?

Kate"""),
      cu("11-04 17:32", """Forgot the photo - attached. It's a 2019 Ribble CGR if that helps.

Kate""", attach=[("image/png", "IMG_4471.png", WOBBLE_PNG)]),
      ag("gus", "11-05 08:40", """Morning Kate,

From the photo that's a straightforward true - £18 while you wait, no new wheel needed.

Gus""")),

    C("s26-moreno-plazos", "es", "closed", {"unanswered-question": 1},
      "Lucía Moreno <lucia.moreno@icloud.example>", "iphone", "Voltaro Trail del escaparate",
      "Instalments answered with 'Sí' and terms, the reservation confirmed; the student discount question is skipped.",
      cu("11-07 11:20", """Hola,

Me interesa la Voltaro Trail 500 que tenéis en el escaparate. ¿Se puede pagar a plazos? ¿Hacéis descuento a estudiantes? Por favor, guardadme una talla M hasta el sábado que viene, que paso a verla.

¡Gracias!
Lucía Moreno

Enviado desde mi iPhone""", uq=1),
      ag("alba", "11-07 12:30", """Hola Lucía:

Sí, a 12 meses sin intereses (a partir de 500 £). Tienes una M apartada a tu nombre hasta el sábado 14 a las 17:00.

Un saludo,
Alba"""), tz=1),

    C("s27-earliest-slot-date-only", "en", "pending", {"unanswered-question": 1},
      "Ollie Brandt <ollie.brandt@gmail.example>", "gmail", "Earliest service slot",
      "Answer is a bare date and time; the wheel-truing question is left out.",
      cu("11-17 13:00", """Hi,

When's the earliest you could fit my hybrid in for a standard service? And does that include truing the wheels or is that extra?

Cheers,
Ollie""", uq=1),
      ag("niamh", "11-17 14:20", """Tues 24th, 8:30.

Niamh""")),

    C("s28-pool-bikes-out-of-office", "en", "closed", {},
      "Sanjay Kapoor <s.kapoor@harbourline.example>", "outlook", "Pool bike servicing",
      "Servicing price answered; the customer's Outlook out-of-office answers the reply automatically.",
      cu("11-02 15:00", """Dear Spokesmith,

Our office is setting up a pool bike scheme. Could you send us a price for servicing four bikes every three months?

Best wishes,
Sanjay Kapoor
Facilities Manager, Harbourline Insurance"""),
      ag("dev", "11-03 09:30", """Hi Sanjay,

On a quarterly plan it's £55 per bike per visit, and we come to you, so nobody has to ride them over. Happy to set it up whenever suits.

Best regards,
Dev"""),
      auto("11-03 09:31", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For urgent facilities matters please contact facilities@harbourline.example.

Sanjay Kapoor""", quote=False, subject="Automatic reply: RE: Pool bike servicing")),
]

CASES += [
    C("s29-pedal-post-quote-ahead", "en", "pending", {},
      "Mira Kovač <mira@pedalpost.example>", "thunderbird", "Quote for three cargo e-bikes",
      "Quote promised by Tuesday 24 November: the deadline is still ahead at audit time, so nothing is missed yet.",
      cu("11-18 16:00", """Hi,

We run a small courier co-op and want to move three riders onto e-cargo bikes in January. Could you put together a quote for three Larkhaul Pro with servicing included for the first year?

Thanks,
Mira Kovač
Pedal Post Co-op"""),
      ag("dev", "11-19 09:10", """Hi Mira,

Great to hear. I'm waiting on January pricing from Larkhaul, so I'll have the quote with you by Tuesday 24 November.

Best,
Dev""", promises=[("11-24", None)])),

    C("s30-magura-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Fergus Lane <fergus.lane@gmail.example>", "gmail", "Magura MT5 leak",
      "No reply for four days, so the customer sends the same request again as a new mail with the same subject; answered then.",
      cu("11-12 09:00", """Hello,

Do you fix hydraulic brake leaks on Magura MT5s? My rear lever goes all the way to the bar.

Thanks,
Fergus Lane"""),
      ack("11-12 09:01"),
      cu("11-16 08:15", """Hello,

Do you fix hydraulic brake leaks on Magura MT5s? My rear lever goes all the way to the bar.

(Sending this again as I didn't hear back last week.)

Thanks,
Fergus Lane""", chase=True, parent=0),
      ag("gus", "11-16 10:00", """Hi Fergus,

Sorry, your first one slipped through the net. Yes - it's usually a lever seal or a hose fitting; a bleed with new seals is £45. Bring it in any day this week.

Gus""")),

    C("s31-templated-carbon-chip", "en", "closed", {"unanswered-question": 2},
      "Amit Shah <amit.shah@hotmail.example>", "gmail", "Carbon frame chip + service",
      "A canned reply with booking and price links answers two of four questions; the carbon repair and warranty questions are left.",
      cu("11-05 10:00", """Hi,

A few things:

Do you repair carbon frames, or know someone who does? There's a chip in the top tube of my Cervélo where it fell against a railing.
And could you check whether the chip would void the frame warranty? It's only a year old and I bought it from you.
What does a full service cost?
Can I book online?

Thanks,
Amit""", uq=2),
      ag("niamh", "11-05 11:00", """Hi Amit,

Thanks for getting in touch with Spokesmith Cycles!

You can book any workshop job online at https://spokesmith.example/workshop?book=1 - pick a slot that suits you and drop the bike off before 9am. Our current service prices are listed at https://spokesmith.example/prices.

Happy riding,
The Spokesmith workshop team""", sig=False)),

    C("s32-krause-kinderraeder", "de", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Martin Krause <martin.krause@gmx.example>", "gmail_de", "Inspektion Kinderräder",
      "No reply over the weekend; 'ich warte immer noch auf eine Antwort'; the reply covers the inspection but not the stabilisers and pedals.",
      cu("11-13 10:00", """Guten Tag,

ich möchte die beiden Kinderräder meiner Jungs (16 und 20 Zoll) winterfest machen lassen. Machen Sie auch Inspektionen für Kinderräder, und was kostet das? Und könnten Sie bei der Gelegenheit am 16-Zoll-Rad die Stützräder abmontieren und die Pedale tauschen?

Freundliche Grüße
Martin Krause""", uq=1),
      cu("11-16 09:30", """Hallo,

ich warte immer noch auf eine Antwort auf meine Mail vom Freitag. Könnten Sie sich bitte kurz melden?

Gruß
Martin Krause""", chase=True, parent=1),
      ag("lukas", "11-16 14:00", """Hallo Herr Krause,

entschuldigen Sie die späte Antwort. Ja, die machen wir - 30 £ pro Rad, und Sie können beide gern am Samstag vorbeibringen.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("s33-bernard-code-erreur", "fr", "pending", {"missed-follow-up": 1},
      "Sophie Bernard <sophie.bernard@free.example>", "apple_fr", "Code erreur E-07",
      "Two questions: one answered, the other deferred 'je reviens vers vous d'ici jeudi'; the diagnosis comes on Monday (late = missed); thanks-only reply.",
      cu("11-09 10:00", """Bonjour Camille,

Mon vélo électrique (Voltaro City 400) affiche le code d'erreur E-07 depuis ce matin et l'assistance ne fonctionne plus. Savez-vous ce que ça veut dire ? Est-ce que je peux continuer à rouler sans assistance en attendant ?

Cordialement,
Sophie Bernard"""),
      ag("camille", "11-09 11:15", """Bonjour Sophie,

Oui, vous pouvez rouler sans assistance sans rien abîmer. Le code E-07 peut venir du capteur de vitesse comme du moteur : je transmets à notre atelier et je reviens vers vous d'ici jeudi avec un diagnostic.

Bien à vous,
Camille""", promises=[("11-12", 3)]),
      ag("camille", "11-16 10:00", """Bonjour Sophie,

Pardon pour ce retard. D'après Gus, c'est presque toujours l'aimant du capteur de roue qui s'est déplacé : passez quand vous voulez, ça prend cinq minutes et c'est gratuit.

Bien à vous,
Camille""", parent=2),
      cu("11-16 12:30", """Merci beaucoup, je passe demain matin.

Sophie""", thanks=True), tz=1),

    C("s34-brightwell-fleet-quote", "en", "closed", {},
      "Tamsin Greer <t.greer@brightwell-deliveries.example>", "outlook", "Fleet quote - 6 cargo e-bikes",
      "Three requests (quote, fleet discount, servicing contract) answered by a PDF and one sentence; a pleasantry; thanks-only reply.",
      cu("11-03 11:00", """Hi Dev,

Hope you had a good weekend?

Following our call, please send over a quote for six Voltaro Cargo 750s for our delivery riders. We'd want a fleet discount if there's one going, and a servicing contract so the bikes don't sit idle when something breaks.

Regards,
Tamsin Greer
Operations Lead, Brightwell Deliveries""", kind="alt"),
      ag("dev", "11-03 15:45", """Hi Tamsin,

Quote attached - it takes 12% off list across the six and adds quarterly servicing at £45 a bike, with a loan bike whenever one of yours is in the workshop. Valid until 31 December.

Best regards,
Dev""", attach=[("application/pdf", "Q-26-1140-Brightwell.pdf", FLEET_QUOTE_PDF)]),
      cu("11-04 08:30", """Perfect, thanks Dev - I'll take it to the directors on Monday.

Tamsin""", thanks=True)),

    C("s35-cube-rack-neighbour", "en", "pending", {"unanswered-question": 1},
      "Yusuf Demir <yusuf.demir@gmail.example>", "apple", "Rack + mudguards for my Cube",
      "Asked whether a rack can be fitted to a frame without mounts, the agent lists racks and prices instead; mudguards answered.",
      cu("11-16 12:40", """Hi there,

I've got a Cube hybrid with disc brakes and no rack mounts at the back. Can you fit a rear rack to it anyway? Also, how much would a pair of mudguards be, fitted?

Thanks,
Yusuf""", uq=1),
      ag("gus", "11-16 15:10", """Hi Yusuf,

We've got Tubus and Topeak racks in from £35, and mudguards are £32 fitted.

Gus""")),

    C("s36-bell-clamp-resolved-tag", "en", "closed", {"reopened": 1},
      "Nadia Petrova <nadia.petrova@yandex.example>", "thunderbird", "Bell fell off",
      "Replacement clamp posted and the case tagged [Resolved]; ten days later a new request in the same thread reopens it.",
      cu("10-30 10:00", """Hi,

I collected my bike yesterday and the bell you fitted has already fallen off somewhere on the Downs! Can you send me a replacement clamp, or should I bring the bike in?

— Nadia"""),
      ag("niamh", "10-30 11:30", """Hi Nadia,

Sorry about that! A new clamp (and a new bell, on us) goes in the post to you first class today - no need to come in.

Niamh""", subject="[Resolved] Re: Bell fell off", closes=True),
      cu("11-09 09:00", """Clamp arrived and the bell's back on, thanks. While I'm here - my kickstand has worked loose too. Is that something you can tighten if I pop by on Wednesday?

Nadia""", subject="Re: [Resolved] Re: Bell fell off"),
      ag("niamh", "11-09 10:10", """Hi Nadia,

Any time Wednesday - it's a two-minute job and there's no charge.

Niamh""")),

    C("s37-santos-casco-pendiente", "es", "open", {"awaiting-reply": 1},
      "Elena Santos <elena.santos@yahoo.example>", "gmail_es", "Casco para niño",
      "First question answered; a week later a new question about a free check-up gets no reply.",
      cu("11-09 16:00", """Hola,

¿Vendéis cascos de niño? Mi hijo tiene 6 años y la cabeza bastante grande.

Gracias,
Elena Santos"""),
      ag("alba", "11-10 09:30", """Hola Elena:

Tenemos varios en talla S (48-54 cm) desde 25 £. Lo mejor es que vengáis y se los pruebe.

Un saludo,
Alba"""),
      cu("11-17 18:00", """Hola Alba,

Fuimos el sábado y compramos el casco, ¡le encanta! Una pregunta más: ¿hacéis revisión gratuita de la bici del niño si la compramos en vuestra tienda? Fue en verano.

Gracias,
Elena"""), tz=1),

    C("s38-thule-seat-base64", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Greta Lindahl <greta.lindahl@gmail.example>", "gmail", "Fitting a child seat",
      "Base64 mail; 'do you fit seats bought elsewhere' and 'how long' answered in one line; the rack question is skipped and the promised fitting guide never sent.",
      cu("11-04 09:15", """Hi,

We've bought a Thule Yepp rear child seat online and would like it fitted to my Dawes. Do you fit seats that weren't bought from you? How long does it take? And please tell me if my rack is strong enough for it - it's the standard one the bike came with.

Thanks,
Greta""", uq=1, cte="base64"),
      ag("gus", "11-04 11:20", """Hi Greta,

We do, about half an hour, £20. I'll send you Thule's fitting guide tonight so you can see what's involved.

Gus""", promises=[("11-04", None)])),

    C("s39-puncture-self-answered", "en", "closed", {},
      "Ben Akintola <ben.akintola@icloud.example>", "iphone", "Puncture today?",
      "A question the customer answers himself, then 'can I just bring it?' answered in one line.",
      cu("11-06 12:00", """Hiya, what's your address again? Oh never mind, just found you on the map. Can I bring my bike in today for a puncture, or do I need to book?

Thanks, Ben

Sent from my iPhone"""),
      ag("niamh", "11-06 12:20", """Hi Ben,

Just bring it - punctures are walk-in, usually done inside the hour.

Niamh""")),

    C("s40-brompton-no-deadline", "en", "pending", {"missed-follow-up": 1},
      "Imogen Hart <imogen.hart@gmail.example>", "gmail", "Brompton hub slipping",
      "'Let me check with the workshop ... and I'll come back to you' with no date: the two-day window passes with nothing.",
      cu("11-15 20:00", """Hello,

My Brompton's 2-speed hub keeps jumping out of the top gear. Is this something you can fix, or does it have to go back to Brompton?

Thanks,
Imogen Hart"""),
      ag("gus", "11-16 09:20", """Hi Imogen,

Usually that's a fix we can do here rather than a trip back to Brompton - it's either the chain tensioner or the shifter cable. Let me check with the workshop whether we've got the spares and I'll come back to you.

Gus""", promises=[("window", None)])),

    C("s41-schmidt-fuenf-fragen", "de", "closed", {"unanswered-question": 2},
      "Dr. Katrin Schmidt <k.schmidt@uni-freiburg.example>", "outlook_de", "Anfrage Reiseräder April",
      "Five numbered questions; three answered in one sentence, theft insurance and one-way return to Cardiff not.",
      cu("11-03 08:00", """Sehr geehrtes Spokesmith-Team,

wir (vier Kolleginnen aus dem Institut) möchten im April eine Radreise durch Wales machen und überlegen, bei Ihnen Reiseräder zu mieten. Dazu einige Fragen:

1. Haben Sie im April Trekkingräder mit Gepäckträger für vier Personen?
2. Was kostet die Miete für zehn Tage?
3. Sind Packtaschen inklusive?
4. Gibt es eine Versicherung gegen Diebstahl, und was kostet sie?
5. Können wir die Räder auch in Cardiff zurückgeben?

Mit freundlichen Grüßen
Dr. Katrin Schmidt""", uq=2),
      ag("lukas", "11-03 10:30", """Sehr geehrte Frau Dr. Schmidt,

vielen Dank für Ihre Anfrage. Vier Trekkingräder (Größen S bis L) sind im April noch frei und kosten für zehn Tage je 180 £, Ortlieb-Taschen inklusive; ich habe sie bis Ende Januar unverbindlich für Sie vorgemerkt.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("s42-motor-cutout-colleague", "en", "pending", {},
      "Ruth Abernethy <ruth.abernethy@btinternet.example>", "owa", "Motor cutting out on hills",
      "Warranty question answered; 'he'll be in touch by tomorrow' kept by the colleague the next morning; acknowledgement-only reply.",
      cu("11-16 11:00", """Hello,

Since I had my e-bike serviced with you last month, the motor cuts out on steep hills. Can someone take a look? And is this covered, given it was only just serviced?

Regards,
Ruth Abernethy"""),
      ag("niamh", "11-16 12:30", """Hi Ruth,

Sorry to hear that. Anything that goes wrong within 30 days of a service is on us. I've passed your details to Gus, our workshop manager - he'll be in touch by tomorrow to arrange a time.

Niamh""", promises=[("11-17", 3)]),
      ag("gus", "11-17 09:45", """Hi Ruth,

Gus here. Can you bring it in Thursday at 9? My money's on the speed-sensor connector, which would be a 20-minute job.

Gus""", parent=2),
      cu("11-17 10:30", """Thursday at 9 is fine, see you then.

Ruth""", thanks=True)),
]

CASES += [
    C("s43-martin-relance-facture", "fr", "closed", {"customer-chased": 1},
      "Claire Martin <claire.martin@sfr.example>", "apple_fr", "Clé d'antivol perdue",
      "Spare key answered, invoice request skipped; 'je me permets de vous relancer' about the invoice, then both handled.",
      cu("11-02 09:00", """Bonjour,

J'ai acheté un antivol Abus chez vous fin octobre et j'ai déjà perdu une des deux clés. Est-ce possible d'en commander une nouvelle ? Et pourriez-vous me renvoyer la facture, je ne la retrouve plus.

Merci,
Claire Martin"""),
      ag("camille", "11-02 11:00", """Bonjour Claire,

Oui, Abus fabrique des doubles à partir du numéro gravé sur la clé qui vous reste : 12 £, environ dix jours. Envoyez-moi ce numéro et je passe la commande.

Bien à vous,
Camille"""),
      cu("11-04 10:00", """Bonjour Camille,

Le numéro est 4471-B. Je me permets de vous relancer pour la facture : j'en ai besoin pour mon assurance habitation.

Merci,
Claire""", chase=True),
      ag("camille", "11-04 11:30", """Bonjour Claire,

Toutes mes excuses ! La facture est en pièce jointe, et la clé est commandée.

Bien à vous,
Camille""", attach=[("application/pdf", "facture-SP-4398.pdf", LOCK_INVOICE_PDF)]), tz=1),

    C("s44-inner-tubes-hold", "en", "closed", {"unanswered-question": 1},
      "Jay Osei <jayosei99@gmail.example>", "iphone", "inner tubes",
      "Lower-case phone mail: stock and price answered with figures, the request to hold them until 6pm is not.",
      cu("11-05 07:30", """hey, do u have any 700x28 inner tubes with presta valves? need like 4. also can u hold them for me till 6pm, i finish work at 5:30

Sent from my iPhone""", uq=1),
      ag("niamh", "11-05 08:45", """Hi Jay,

Plenty - £6.50 each, or four for £22.

Niamh""")),

    C("s45-revised-quote-chased", "en", "open",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Rowan Ellery <rowan.ellery@gmail.example>", "gmail", "Revised quote - Trail 500",
      "Revised quote promised 'tomorrow' never sent; the black-frame price question is ignored; the customer's chase is unanswered.",
      cu("11-16 10:00", """Hi Dev,

Thanks for the quote for the Voltaro Trail 500 last week. Could you revise it with the 625 Wh battery instead of the 500, and with a suspension seatpost added? Also, is the price of the bike the same in the black frame?

Cheers,
Rowan""", uq=1),
      ag("dev", "11-16 14:30", """Hi Rowan,

No problem - I'll send the revised quote over tomorrow.

Best,
Dev""", promises=[("11-17", None)]),
      cu("11-19 10:15", """Hi Dev, any update on the revised quote? Keen to get the order in.

Rowan""", chase=True)),

    C("s46-frome-wheel-by-courier", "en", "closed", {},
      "Edmund Thorne <edmund.thorne@frome-online.example>", "thunderbird", "Wheel rebuild by post",
      "Price and payment answered; the courier collection and 'we'll email you when it's ready' are logistics and process, not promises; thanks-only reply.",
      cu("11-02 14:00", """Hello,

I live in Frome and the wheel-building options round here are nil. Can I send you my rear wheel by courier for a rebuild onto a new rim (DT Swiss RR 511)? And how would I pay?

Hope the shop is surviving the roadworks on Gloucester Road?

Regards,
Edmund Thorne"""),
      ag("gus", "11-03 09:00", """Hi Edmund,

Plenty of customers do exactly that. A rebuild onto an RR 511 is £120 including the rim and new spokes, paid by card over the phone once we've checked the hub. Our courier collects the wheel from you on Wednesday, and we'll email you when it's ready to go back.

Gus"""),
      cu("11-03 09:40", """Brilliant, thank you. The box is ready.

Edmund""", thanks=True)),

    C("s47-navarro-plato-lunes", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Diego Navarro <diego.navarro@outlook.example>", "gmail_es", "Ruido después del cambio de cadena",
      "Noise and free check answered; the invoice is deferred to 'el lunes' and never sent; the question about loose KMC chains is skipped.",
      cu("11-04 17:00", """Hola Alba,

El mes pasado me cambiasteis la cadena y ahora hace un ruido raro cuando pedaleo fuerte. ¿Puede ser que el plato también esté gastado? ¿Me lo miráis sin coste, ya que la reparación es reciente? Y por favor, enviadme otra vez la factura de octubre, que no me llegó al correo.

¿Y vendéis cadenas KMC de 11 velocidades sueltas? Me gustaría tener una de repuesto.

Saludos,
Diego Navarro""", uq=1),
      ag("alba", "11-05 09:30", """Hola Diego:

Puede ser el plato, sí; pásate por el taller y lo revisamos gratis. La factura se la pido a Priya y te la envío el lunes.

Un saludo,
Alba""", promises=[("11-09", None)]), tz=1),

    C("s48-city400-inline-yes-no", "en", "pending", {},
      "Anthony Price <anthony.price@sky.example>", "outlook", "Voltaro City 400 - before I order",
      "Four bulleted questions answered inline: 'Yes, ...', a bare 'Yes.', 'Of course' with hours, and 'No, ...'.",
      cu("11-17 09:00", """Good morning,

Before I order the Voltaro City 400 for my wife, a few questions:

- Does it come with lights fitted?
- Is the battery removable for charging indoors?
- Can we collect it on a Saturday?
- Is there a step-through version in the small size?

Kind regards,
Anthony Price"""),
      ag("niamh", "11-17 11:00", """Hi Anthony,

> - Does it come with lights fitted?

Yes, front and rear, running off the main battery.

> - Is the battery removable for charging indoors?

Yes.

> - Can we collect it on a Saturday?

Of course - we're open 8:30 to 5 on Saturdays.

> - Is there a step-through version in the small size?

No, the step-through starts at M (riders from about 160 cm).

Niamh""", quote=False)),

    C("s49-severnside-club-evening", "en", "closed", {"unanswered-question": 2},
      "Jim Calder <jim@severnsidewheelers.example>", "gmail", "Bike-check evening for the club?",
      "Five asks in one long paragraph; the evening, its cost and a club discount answered; the repair talk and the poster are not; thanks-only reply. Signature with a '?'.",
      cu("11-02 19:00", """Hi folks,

I organise the Wednesday night rides for the Severnside Wheelers (about 30 regulars) and a few of us were chatting after last week's ride about whether you'd run a bike-check evening for the club before the worst of the winter - a couple of mechanics in the shop for an evening doing quick safety checks on brakes and tyres. Would you be up for that, and what would it cost us? We'd obviously buy any parts from you on the night. I'd also like to know if you could do a short talk on roadside repairs while you're at it, since half the club can't change a tube. And is there any chance of a club discount on parts? The shop in Bath does 10% for their club. Finally, could you put a poster up in the shop for our January sportive?

Cheers,
Jim Calder
Severnside Wheelers
Fancy a ride? https://severnsidewheelers.example/join?ref=email""", uq=2),
      ag("niamh", "11-03 10:00", """Hi Jim,

We'd love to. Thursday 26 November from 6:30 works for us: two mechanics, free of charge, as long as we can put the kettle on and show off the new winter tyres. Wheelers get 10% off parts that night and afterwards - just mention the club at the till.

Niamh"""),
      cu("11-03 12:15", """Fantastic, I'll tell everyone. Thanks Niamh!

Jim""", thanks=True)),

    C("s50-weber-anleitung-link", "de", "pending", {},
      "Thomas Weber <thomas.weber@posteo.example>", "outlook_de", "Bedienungsanleitung Display",
      "Manual request answered with only a link, the mileage question with a menu path.",
      cu("11-16 15:00", """Guten Tag,

könnten Sie mir bitte die Bedienungsanleitung für das Display des Voltaro City 400 schicken? Ich finde sie nirgends. Und wo kann ich nachsehen, wie viele Kilometer der Akku schon gelaufen ist?

Mit freundlichen Grüßen
Thomas Weber"""),
      ag("lukas", "11-17 08:45", """Guten Tag Herr Weber,

https://spokesmith.example/docs/voltaro-city-400-display-de.pdf

Kilometer und Ladezyklen: Menü > Info > Akku (Seite 14 der Anleitung).

Viele Grüße
Lukas Brenner"""), tz=1),

    C("s51-bottom-bracket-two-chasers", "en", "pending",
      {"customer-chased": 2, "slow-first-response": 1},
      "Tomasz Nowak <tomasz.nowak@onet.example>", "owa", "Is my bike ready?",
      "Two chasers ('Any news?', 'This is my third email') before anyone answers on the fifth day.",
      cu("11-11 09:00", """Hi,

I left my bike with you on Monday for a new bottom bracket and was told it would be ready today. Is it done? I need it for Friday.

Regards,
Tomasz Nowak"""),
      cu("11-13 08:30", """Any news? I still haven't heard anything and I need the bike tomorrow morning.

Tomasz""", chase=True, parent=1),
      cu("11-16 08:00", """This is my third email. I'm still waiting for an answer about my bike - can somebody please reply?

Tomasz Nowak""", chase=True, parent=2),
      ag("gus", "11-16 10:30", """Tomasz,

I'm really sorry. Your emails went to a colleague who's been off sick and nobody picked them up. The bottom bracket was done on Wednesday as promised; the bike is by the door, and I've taken the labour off the bill for the trouble.

Gus""")),

    C("s52-sturmey-archer-no-message-id", "en", "closed", {},
      "Gordon Pike <gpike@pikefamily.example>", "oldclient", "Sturmey-Archer hub",
      "An old mail client sends no Message-ID, so the reply carries no threading headers; answered in full.",
      cu("11-03 20:00", """Dear Sir or Madam,

I have an old Raleigh three-speed from the 1970s with a Sturmey-Archer hub. Do you still service hubs of that age?

Yours faithfully,
Gordon Pike""", msgid=False, note="Gordon Pike's question about servicing a Sturmey-Archer hub"),
      ag("niamh", "11-04 09:00", """Dear Mr Pike,

We certainly do - Gus has a soft spot for Sturmey-Archers. A hub overhaul is £40 and usually takes two days.

Kind regards,
Niamh""")),

    C("s53-rousseau-housse-avion", "fr", "pending", {"unanswered-question": 1},
      "Antoine Rousseau <antoine.rousseau@wanadoo.example>", "apple_fr", "Révision avant voyage",
      "Slot answered with a date; a later mail asks about buying a hard case and dismantling; only the dismantling is answered.",
      cu("11-12 10:00", """Bonjour,

Je voudrais faire réviser mon vélo de route avant un voyage en Dordogne le mois prochain. Avez-vous un créneau la semaine prochaine ?

Cordialement,
Antoine Rousseau"""),
      ag("camille", "11-12 11:30", """Bonjour Antoine,

Mardi 17, 9 h : c'est noté.

Camille"""),
      cu("11-17 17:30", """Bonjour Camille,

J'ai déposé le vélo ce matin. Pourriez-vous aussi me vendre une housse de transport rigide pour l'avion ? Et est-ce que vous pouvez démonter le vélo pour le mettre dedans ?

Merci,
Antoine""", uq=1),
      ag("camille", "11-18 09:00", """Bonjour Antoine,

Pour le démontage et l'emballage, comptez 25 £ ; on le fait en même temps que la révision, vous n'aurez plus qu'à le mettre dans la voiture pour l'aéroport.

Camille"""), tz=1),

    C("s54-delivery-date-end-of-day", "en", "pending", {"missed-follow-up": 1},
      "Priti Shah <priti.shah@gmail.example>", "gmail", "Delivery date for my Trail 500",
      "'I'll confirm the delivery date by end of day' never followed up; the customer's reply only thanks.",
      cu("11-17 08:00", """Hi Dev,

I paid the deposit for the Voltaro Trail 500 in the shop yesterday. Do you know yet when it'll be delivered?

Thanks,
Priti"""),
      ag("dev", "11-17 10:00", """Hi Priti,

The warehouse is checking stock this morning - I'll confirm the delivery date by end of day.

Best,
Dev""", promises=[("11-17", None)]),
      cu("11-17 10:20", """Thanks Dev!""", thanks=True)),

    C("s55-motus-courtesy-bike", "en", "pending", {"unanswered-question": 1},
      "Fiona Gallagher <fiona.gallagher@eircom.example>", "thunderbird", "E-bike service + spare battery",
      "Three questions answered out of order with figures; the courtesy-bike question at the end is not.",
      cu("11-18 12:00", """Hi,

Couple of things about my Raleigh Motus e-bike. The display says it's due a service - what does an e-bike service include that a normal one doesn't? Can you update the motor firmware as part of it? And I'd like a quote for a second battery too, please.

Oh, and do you have a courtesy bike I could borrow while mine's in?

Thanks,
Fiona""", uq=1),
      ag("dev", "11-18 15:00", """Hi Fiona,

A spare 500 Wh Motus battery is £549. Firmware updates come with every e-bike service - £110, which is our standard service plus a motor and battery diagnostic and a check of the connectors.

Best,
Dev""")),
]

UNANSWERED: dict[str, list[str]] = {
    "s02-voltaro-battery-fade": [
        "Do you sell a second charger?"],
    "s05-hofmann-kassette": [
        "Außerdem bräuchte ich die Rechnung auf meine Firma (Hofmann Grafikdesign, Cotham Hill 22, Bristol), da ich das Rad überwiegend beruflich nutze."],
    "s08-dupont-rayon": [
        "Pourriez-vous également me dire si vous vendez des sacoches Ortlieb ?"],
    "s12-bafang-conversion-paragraph": [
        "Is a converted bike still road-legal here if the motor is 250 W?",
        "And could you let me know whether you can arrange insurance for it, or whether that's something I sort myself?"],
    "s16-cables-and-sundays": [
        "Could you also let me know whether you're open on Sundays in December?"],
    "s19-winter-storage-australia": [
        "And is collection from Clifton an option, or do I need to ride it over myself?"],
    "s24-ribble-hanger-bar-tape": [
        "Also please replace the bar tape while it's in, black if you have it."],
    "s26-moreno-plazos": [
        "¿Hacéis descuento a estudiantes?"],
    "s27-earliest-slot-date-only": [
        "And does that include truing the wheels or is that extra?"],
    "s31-templated-carbon-chip": [
        "Do you repair carbon frames, or know someone who does?",
        "And could you check whether the chip would void the frame warranty?"],
    "s32-krause-kinderraeder": [
        "Und könnten Sie bei der Gelegenheit am 16-Zoll-Rad die Stützräder abmontieren und die Pedale tauschen?"],
    "s35-cube-rack-neighbour": [
        "Can you fit a rear rack to it anyway?"],
    "s38-thule-seat-base64": [
        "And please tell me if my rack is strong enough for it - it's the standard one the bike came with."],
    "s41-schmidt-fuenf-fragen": [
        "Gibt es eine Versicherung gegen Diebstahl, und was kostet sie?",
        "Können wir die Räder auch in Cardiff zurückgeben?"],
    "s44-inner-tubes-hold": [
        "also can u hold them for me till 6pm, i finish work at 5:30"],
    "s45-revised-quote-chased": [
        "Also, is the price of the bike the same in the black frame?"],
    "s47-navarro-plato-lunes": [
        "¿Y vendéis cadenas KMC de 11 velocidades sueltas?"],
    "s49-severnside-club-evening": [
        "I'd also like to know if you could do a short talk on roadside repairs while you're at it, since half the club can't change a tube.",
        "Finally, could you put a poster up in the shop for our January sportive?"],
    "s53-rousseau-housse-avion": [
        "Pourriez-vous aussi me vendre une housse de transport rigide pour l'avion ?"],
    "s55-motus-courtesy-bike": [
        "Oh, and do you have a courtesy bike I could borrow while mine's in?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"SPK-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts.

    A message replies to the previous human message unless ``parent`` names another one
    (its 1-based number in the case) or is 0 (a new mail without threading)."""
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
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []),
                  "thread": o.pop("thread", True), "msgid": o.pop("msgid", True),
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=DESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", DESK),
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
    """Give every message its Message-ID (none for ``msgid=False``) and raw bytes, parents first."""
    ordered = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in ordered}
    for m in ordered:
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
            if m.thanks_only and "?" in m.own:
                out.append(f"{m.key}: a thanks-only message holds a question mark")
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 27: Spokesmith Cycles - cases",
                                 "make_practice27_corpus.py", rows)


def figures(cases: list[Case]) -> dict:
    """The corpus statistics the README states."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    findings = Counter()
    for c in cases:
        findings.update(c.rules)
    clean = sum(1 for c in cases if not c.rules)
    return {
        "cases": len(cases), "messages": len(msgs),
        "inbox": roles["customer"] + roles["auto"], "customer": roles["customer"],
        "auto": roles["auto"], "agent": roles["agent"], "ack": roles["ack"],
        "clean": clean, "clean_pct": round(100 * clean / len(cases)),
        "langs": Counter(c.lang for c in cases), "status": Counter(c.status for c in cases),
        "findings": findings,
        "uq_cases": sum(1 for c in cases if c.uq),
        "chased_cases": sum(1 for c in cases if c.rules.get("customer-chased")),
    }


README = """# Practice corpus 27: Spokesmith Cycles support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`), nor at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the heuristics have been changed because of its cases, it is no
longer unseen.

- Company: **Spokesmith Cycles**, a bicycle repair workshop and e-bike shop on Gloucester
  Road, Bristol: services and repairs, e-bike batteries, motors and error codes, warranty
  claims, quotes for cargo and fleet e-bikes, rentals, winter storage, gift vouchers, a club
  bike-check evening. Support address `workshop@spokesmith.example`; agents Niamh Calloway
  (workshop bookings, Thunderbird), Dev Raman (e-bikes and sales, Outlook), Gus Pemberton
  (workshop manager, Apple Mail), Priya Olufemi (accounts and warranty, Outlook on the web),
  Lukas Brenner (German-speaking customers), Camille Roux (French) and Alba Serrano
  (Spanish), all `@spokesmith.example`. A helpdesk robot (`workshop@spokesmith.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few mails with "we will reply within 24
  hours" - service-hours text, not a commitment.
- Customers are commuters, families, club riders, small businesses and visitors on invented
  `*.example` domains (gmail.example, outlook.example, icloud.example and company domains).
  Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain spokesmith.example`.

```
python scripts/make_practice27_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice27_corpus.py --out /tmp/p27         # ... into another folder
python scripts/evaluate.py --corpus tests/practice27            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice27_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. This README is written by the generator too; edit the script and
rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

- {cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails, {auto}
  customer out-of-office reply), {agent} support replies, {ack} helpdesk acknowledgements.
- {clean} clean cases ({clean_pct} %).
- Languages: {langs}.
- Statuses: {status}.
- Expected findings: {findings}.
- Labelled unanswered questions in {uq_cases} cases; {chased_cases} cases are chased.

Answered questions (not labelled) are answered the way a busy shop answers them: three
questions in one sentence (s01, s22, s41), out of order (s07, s12, s55), with only a figure
or a date (s03, s10, s27's "Tues 24th, 8:30."), with only a word and an attachment (s13
"Attached."), with only a link (s50, s31's booking and price links), with a bare "Yes." /
"No, ..." / "Yep" inline under the quoted question (s03, s48), by "Hecho" (s10), by booking
the customer in rather than answering "do I need an appointment?" (s23), by a colleague
(s15, s42), after a chase (s04, s14, s17, s30, s32, s43, s51).

Unanswered questions are the realistic kind: a secondary question skipped while the main
point is handled (s02, s08, s16, s19, s26, s27, s44, s53, s55), a request in passing (s05's
invoice to his company, s24's bar tape, s32's stabilisers), questions lost in a long paragraph
or list (s12, s41, s49), a canned reply (s31), a neighbouring answer instead of the question
asked (s35: rack prices for "can you fit a rack without mounts?"), a question next to a
deferred request (s38, s45, s47).

Not questions (must not be flagged): a rhetorical question and a self-answered one (s16,
s39), pleasantries ("hope you're all surviving the rain?", "Hope you had a good weekend?",
"¿qué tal todo?"), customer signatures with "Cycle to work?" / "Fancy a ride?" and `?` URLs
(s13, s49), support signatures with "Thinking about an e-bike?" and `?` URLs, thanks-only
mails, questions in a customer's latest unanswered mail (awaiting reply: s06, s21, s37, s45).

Commitments: kept on time (s18 "tomorrow"), kept by a colleague (s42 "he'll be in touch by
tomorrow"), kept late = missed (s04 by Wednesday -> Thursday, s09 by Friday -> Tuesday, s14
"bis Montag" -> Wednesday, s17 "mañana" -> four days later, s33 "d'ici jeudi" -> Monday),
never kept (s24 "tomorrow", s38 "tonight", s40 no deadline = two-day window, s45 "tomorrow",
s47 "el lunes", s54 "by end of day"), a deadline still ahead at audit time (s29, Tuesday 24
November). Not commitments: a courier collection and "we'll email you when it's ready to go
back" (s46), "Happy to set it up whenever suits" (s28), a conditional offer "Si queréis, os
las aparto" (s10), "Gus will build it up the same week" (s09), the acknowledgement's text.

Chasing: "any news on that quote?", "gibt es schon etwas Neues", "¿hay alguna novedad? Sigo
esperando", "Just following up on my email below", "ich warte immer noch auf eine Antwort",
"Je me permets de vous relancer", "any update on the revised quote?", two chasers in one case
(s51: count 2), and a word-for-word resend as a new mail with the same subject (s30). Not
chasing: a second mail 20 minutes later that adds the forgotten photo (s25).

Status and timing: awaiting reply (s06, s21, s37, s45), slow first responses (s30, s32, s51),
an explicit close "I'll mark this ticket as resolved" followed by a new problem (s11), a
`[Resolved]` subject tag followed by a new request in the same thread (s36), three agents on
one case (s15).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora without Message-ID (s52; its
reply has no threading headers); top-posted and inline replies; plain 7bit,
quoted-printable, base64 (s38), multipart/alternative (s22, s34, acknowledgements), HTML-only
(s13); PDF and PNG attachments; a customer's Outlook out-of-office (s28); a customer reply
that lost its threading headers (s15); customers replying to their own mail to chase (s21,
s32, s51).

## Judgement calls

- **s35**: "We've got Tubus and Topeak racks in from £35" does not say whether a rack can go
  on a frame without mounts: labelled unanswered. A reader who takes it as an implied yes
  would drop that one label.
- **s45, s47, s38**: the deferred request counts only as the promise (missed); the other
  question in the same mail that the reply never touches is labelled.
- **s53**: the reply prices dismantling and packing but never says whether they sell the hard
  case: labelled unanswered.
- **s23**: "Muss ich dafür einen Termin vereinbaren oder kann ich einfach vorbeikommen?" is
  answered by booking her in for Saturday at 10.
- **s42, s54**: "Thursday at 9 is fine, see you then." and "Thanks Dev!" ask nothing:
  thanks-only, so the case stays pending on support's reply.
- **s18**: "Yes please, go ahead and order it." is a request (answered "Ordered."), so it
  counts as a customer message.

## Independence

Written from the helper brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py and
tests/test_practice24_corpus.py (structure only). Not opened: `happyaudit/`, the README's
method and accuracy sections, any other test file or corpus. All labels were fixed before the
single evaluation run and none was changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the corpus's figures filled in."""
    f = figures(cases)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    langs = ", ".join(f"{names[k]} {v}" for k, v in sorted(f["langs"].items(), key=lambda kv: -kv[1]))
    status = ", ".join(f"{v} {k}" for k, v in sorted(f["status"].items(), key=lambda kv: -kv[1]))
    findings = ", ".join(f"{r} {f['findings'][r]}" for r in RULES if f["findings"][r])
    return README.format(**{**f, "langs": langs, "status": status, "findings": findings})


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.spokesmith.example")
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
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent if p["Message-ID"]}
    no_id = [p for p in inbox + sent if not p["Message-ID"]]
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed, in_mbox = by_id[m.message_id]
        else:
            same = [p for p in no_id if p["Subject"] == m.subject
                    and email.utils.parsedate_to_datetime(p["Date"]) == m.date]
            if len(same) != 1:
                found.append(f"{m.key}: not found once among the messages without Message-ID")
                continue
            parsed, in_mbox = same[0], same[0] in inbox
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit("refusing to write tests/practice27:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice27:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice27 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice27")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
