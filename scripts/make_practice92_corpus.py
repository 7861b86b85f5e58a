#!/usr/bin/env python3
"""Regenerate ``tests/practice92/``: a labelled corpus of Cedarwell Pottery Studio.

A support mailbox of a fictional pottery studio in Frome, Somerset, that runs classes
(tasters, evening courses, kids' club, open-studio membership, residential workshop weeks for
visitors from abroad), a kiln firing service for home potters and schools, and commissions
(tableware for restaurants, wedding sets, memorial pieces, wholesale for shops and cafés),
written without looking at the detection heuristics, with many customer questions. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``cedarwellpottery.example``.

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

Usage: python scripts/make_practice92_corpus.py [--out DIR]
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
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "cedarwellpottery.example"
STUDIO = "Cedarwell Pottery Studio <hello@cedarwellpottery.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice92"

AGENTS = {
    "hollis": ("Hollis Redfern <hollis@cedarwellpottery.example>", "thunderbird", """-- 
Hollis Redfern
Studio Manager | Cedarwell Pottery Studio
The Old Dairy, Mill Lane, Frome BA11 4HR | 01373 555 0192
https://cedarwellpottery.example/classes?ref=sig"""),
    "priya": ("Priya Naidoo <priya@cedarwellpottery.example>", "outlook", """Priya Naidoo
Kiln & Firing Service | Cedarwell Pottery Studio
Firing questions? Check the kiln calendar first: https://cedarwellpottery.example/kiln?view=calendar"""),
    "wren": ("Wren Abernethy <wren@cedarwellpottery.example>", "apple", """Wren Abernethy
Commissions | Cedarwell Pottery Studio
See what's in the kiln: https://cedarwellpottery.example/commissions?from=email"""),
    "lotte": ("Lotte Brenner <lotte@cedarwellpottery.example>", "thunderbird_de", """-- 
Lotte Brenner
Kursbetreuung für deutschsprachige Gäste | Cedarwell Pottery Studio
https://cedarwellpottery.example/de?ref=signatur"""),
    "solene": ("Solène Marchetti <solene@cedarwellpottery.example>", "apple_fr", """Solène Marchetti
Stages et accueil francophone | Cedarwell Pottery Studio
https://cedarwellpottery.example/fr/stages?utm_source=email"""),
    "pilar": ("Pilar Ondarra <pilar@cedarwellpottery.example>", "gmail_es", """--
Pilar Ondarra
Cursos y encargos (ES) | Cedarwell Pottery Studio
+44 1373 555 0195"""),
}

ACK = """Hello,

Thanks for getting in touch with Cedarwell Pottery Studio - this is an automatic
reply to let you know your email has arrived (reference {ref}).

We're a small team, mostly at the wheel or the kiln during the day, and we aim to
answer every email within two working days. If you need to change a class booking
for today or tomorrow, please ring the studio on 01373 555 0192.

Cedarwell Pottery Studio
The Old Dairy, Mill Lane, Frome
https://cedarwellpottery.example/faq?src=autoreply"""

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
    "helpdesk": ["X-Mailer: Kilnhouse Helpdesk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="cw.", outlook_server="CWLP265")
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

WEDDING_PDF = mailcraft.pdf(["Cedarwell Pottery Studio - Commission quote C-2611-07",
                             "Dinner set for eight, speckled oatmeal glaze:",
                             "8 dinner plates 27cm, 8 side plates 19cm, 8 pasta bowls 22cm",
                             "Total GBP 1,140.00 - deposit 30% to book a making slot"])
LAB_PDF = mailcraft.pdf(["Somerset Materials Lab - Leach test report 2026-117",
                         "Client: Cedarwell Pottery Studio",
                         "Lead: not detected (< 0.01 mg/l). Cadmium: not detected.",
                         "Samples: 6 glazes fired to 1240 C, tested to BS EN 1388-1."])
PO_PDF = mailcraft.pdf(["Selwood Academy - Purchase Order PO-ART-0419",
                        "Supplier: Cedarwell Pottery Studio",
                        "Kiln firing of student tiles (bisque and glaze), 30 pieces",
                        "Invoice to: Finance Office, Selwood Academy, Frome"])
SKETCH_PNG = mailcraft.png(14, 10, lambda x, y: (150 + 6 * x, 30 + 3 * y, 40 + 2 * x))
DISH_PNG = mailcraft.png(12, 9, lambda x, y: (205 - 4 * y, 190 - 3 * x, 160))
ANGEBOT_PDF = mailcraft.pdf(["Cedarwell Pottery Studio - Angebot A-2611-03",
                             "36 Speiseteller 27 cm, Glasur Moorland, je GBP 36",
                             "Summe GBP 1.296, Versand per Spedition GBP 85",
                             "Lieferzeit ca. 10 Wochen ab Auftrag"])
TARIFS_PDF = mailcraft.pdf(["Cedarwell Pottery Studio - Tarifs cuisson 2026",
                            "Biscuit (1000 C): etagere entiere GBP 14, demi GBP 8",
                            "Email gres cone 6 (1240 C): etagere GBP 22, demi GBP 12",
                            "Cone 10 reduction: etagere GBP 26"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("c01-taster-voucher-for-mum", "en", "closed", {},
      "Imogen Tull <imogen.tull@example.com>", "gmail", "Taster session voucher",
      "Three numbered questions about a gift voucher answered in one paragraph, in reverse order; thanks-only close.",
      cu("11-02 09:14", """Hi there,

My mum has been hinting about pottery for about two years now so I think it's finally time! A few questions about the taster session vouchers:

1. How long is a voucher valid for once it's bought?
2. Can she pick her own date or does it have to be a specific session?
3. Is it possible to have it posted in a card? I'd rather give her something she can open on the day than an email.

Thanks so much,
Imogen"""),
      ag("hollis", "11-02 11:40", """Hi Imogen,

What a lovely present. We can post it - it goes out as a printed card in a kraft envelope, second class unless you ask for first (£1 extra). Your mum books whichever taster date suits her online with the code on the card, and the code is good for twelve months from purchase.

Best wishes,
Hollis"""),
      cu("11-02 12:05", """Perfect, ordering now. Thank you!

Imogen""", thanks=True)),

    C("c02-kiln-commercial-glazes", "en", "closed", {"unanswered-question": 1},
      "Fergus Lyle <fergus.lyle@ashgrove-makers.example>", "outlook", "Cone 6 glaze firing - price per shelf",
      "Home potter asks price, commercial glazes and next firing date; the reply gives price and date and skips the commercial-glaze question.",
      cu("11-03 19:22", """Hello,

I've got about a shelf and a half of stoneware mugs and bowls ready for glaze firing. Could you tell me what you charge per shelf for a cone 6 firing? Do you accept pieces glazed with commercial glazes like Amaco Potter's Choice, or only your own studio glazes?

Please also let me know when the next cone 6 firing is, as I'd like these back before a craft fair on the 28th.

Regards,
Fergus Lyle
Ashgrove Makers""", uq=1),
      ag("priya", "11-04 09:10", """Hi Fergus,

A full shelf at cone 6 is £22 and half shelves are £12, so £34 for what you describe. The next glaze firing goes on Tuesday 10th and is unloaded on Thursday 12th - plenty of time for the 28th. Drop-off is any weekday 10-4 at the side door.

Thanks,
Priya"""),
      cu("11-04 09:35", """Brilliant, thanks Priya - I'll drop them in on Monday.

Fergus""", thanks=True)),

    C("c03-wedding-dinner-set", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Saoirse Brennan <saoirse@brennan-whyte.example>", "iphone", "Dinner set for our wedding",
      "Drawings and quote promised 'by Wednesday' arrive the next Monday after a gentle chase (kept late = missed); the initials request is never addressed.",
      cu("11-05 20:41", """Hi Wren,

My fiancé and I saw your speckled oatmeal range at the Bath Christmas market and completely fell for it. We'd love a dinner set for eight as our wedding present to ourselves - dinner plates, side plates and pasta bowls. The wedding is 12 June.

Is that something you'd take on as a commission, and roughly what would it cost? We'd also love our initials stamped on the underside of each piece, if that's possible.

Thanks!
Saoirse

Sent from my iPhone""", uq=1),
      ag("wren", "11-06 10:02", """Hi Saoirse,

Congratulations! Yes, very happy to make that for you - June gives us plenty of time. Twenty-four pieces in the oatmeal is a decent kiln load, so I want to price it properly rather than guess: I'll sketch the three shapes and send you drawings and a full quote by Wednesday.

Warmly,
Wren""", promises=[("11-11", 4)]),
      cu("11-16 08:15", """Hi Wren, just checking in on the drawings and quote - no rush if you're busy, but we're meeting our caterer on Thursday and would love to have an idea of the budget by then.

Saoirse

Sent from my iPhone""", chase=True),
      ag("wren", "11-16 14:30", """Hi Saoirse,

Sorry - last week's firing ran away with me. Drawings and quote attached: £1,140 for the set of 24, with a 30% deposit to book a slot in the spring making schedule.

Warmly,
Wren""", attach=[("application/pdf", "Cedarwell-quote-C-2611-07.pdf", WEDDING_PDF)])),

    C("c04-kids-clay-club-inline", "en", "closed", {},
      "Martin Oyelaran <martin.oyelaran@example.net>", "thunderbird", "Saturday kids' clay club",
      "Three questions answered inline under the quoted lines: a bare figure, advice, and a 'not quite' with the reason.",
      cu("11-03 21:05", """Hello,

My daughter (9) is keen to join the Saturday kids' clay club. Before I book:

Is there a minimum age?
Does she need to bring an apron or old clothes?
Will she be able to bring her pieces home the same day?

Thanks,
Martin"""),
      ag("hollis", "11-04 09:30", """Hi Martin,

answers below.

> Is there a minimum age?

Eight, so she's fine.

> Does she need to bring an apron or old clothes?

We have aprons, but clay does find its way onto sleeves - old clothes are wise.

> Will she be able to bring her pieces home the same day?

Not quite: everything has to dry and go through two firings, so they're ready about three weeks later. We text parents when they're on the shelf.

Best,
Hollis""", quote=False)),

    C("c05-open-studio-membership", "en", "pending", {"unanswered-question": 2},
      "Anjali Roberts <anjali.roberts@example.com>", "gmail", "Open studio membership - a few things",
      "Four questions in one paragraph-style mail; hours and clay answered, rack storage and pausing the membership skipped.",
      cu("11-16 12:48", """Hi Hollis,

I've been on the monthly open studio membership since September and I'm loving it. A few practical things have come up.

What are the open studio hours on Sundays now that the clocks have gone back? Is clay still included in the membership, or do I need to buy my own bags from now on? I've noticed a few members leave their work on the racks between sessions - am I allowed to store a couple of bowls there while they dry?

And I'd also like to pause my membership for January while I'm away in Kerala. Is that possible, or do I need to cancel and rejoin?

Many thanks,
Anjali""", uq=2),
      ag("hollis", "11-16 16:20", """Hi Anjali,

Glad you're enjoying it! Sundays are 10 till 3 through the winter. Clay's still included - one 12.5 kg bag of the buff or the red each month, just ask at the desk and we'll tick it off.

Best,
Hollis""")),

    C("c06-larch-restaurant-plates", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Tomasz Wieczorek <tomasz@thelarchkitchen.example>", "owa", "Side plates and soup bowls for The Larch",
      "Restaurant asks for a quote, dishwasher durability and lead time; lead time given, quote promised 'by Friday' never sent, dishwasher question skipped.",
      cu("11-02 15:30", """Hi,

I run The Larch, a 40-cover restaurant in Bruton. We're replacing our side plates and soup bowls in the new year and would rather buy from someone local than from a catalogue.

Could you quote for 60 side plates (around 18cm) and 40 soup bowls? Would they stand up to a commercial dishwasher running at 80 degrees? I'd also need to know the lead time, because we reopen on 14 January.

Best,
Tomasz Wieczorek
Head Chef / Owner, The Larch""", uq=1),
      ag("wren", "11-03 10:15", """Hi Tomasz,

Thanks for thinking of us. An order that size takes about eight weeks, so if we agree things before the end of November you'd have everything in the first week of January. Let me go through the clay costs with Hollis and I'll send you a proper quote by Friday.

Best,
Wren""", promises=[("11-06", None)])),

    C("c07-cracked-vase", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Rhona Gilchrist <rhona.gilchrist@example.org>", "gmail", "Vase cracked in the firing",
      "A vase came back cracked; only the helpdesk acknowledgement answers; the customer replies to her own mail four days later.",
      cu("11-13 17:50", """Hello,

I collected my pieces from the firing shelf today and the tall vase has a crack right through the base. It wasn't there when I dropped it off - I checked it carefully because it's for my sister. Can you tell me what might have happened? And will I be charged for that piece's firing?

Rhona"""),
      ack("11-13 17:51"),
      cu("11-17 10:12", """Hi again,

I haven't heard anything back about the cracked vase. Could someone get back to me please?

Rhona""", chase=True)),

    C("c08-bisque-collection", "en", "pending", {},
      "Dev Sharma <dev.sharma@example.net>", "android", "Bisque pieces - ready when?",
      "When will pieces be ready and can the partner collect: answered with kiln logistics (not promises); thanks-only reply.",
      cu("11-16 07:55", """Morning,

Dropped off 6 pieces for bisque last Tuesday (name Sharma). Any idea when they'll be ready? I'm working away next week - can my partner pick them up for me?

Dev

Sent from Outlook for Android"""),
      ag("priya", "11-16 11:05", """Hi Dev,

Your bisque load comes out of the kiln on Wednesday and will be on the collection shelf from Thursday 10am. Anyone can collect as long as they give your surname at the desk.

Priya"""),
      cu("11-16 11:30", """Cheers Priya, she'll pop in on Thursday.

Dev

Sent from Outlook for Android""", thanks=True)),

    C("c09-january-wheel-course-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Harriet Quarrie <harriet.q@example.com>", "apple", "Six-week evening wheel course (January)",
      "Four questions about the January course get no reply; six days later the customer resends the same mail as a new message.",
      cu("11-12 13:20", """Hello,

I'd like to sign up for the six-week evening wheel course starting in January. Could you tell me the start date and which evening it runs? How much does it cost, and does that include firing and clay? I've never sat at a wheel before, so I'm also wondering whether it's suitable for complete beginners.

Best wishes,
Harriet"""),
      cu("11-18 09:05", """Hello,

Sending this again in case it went astray.

I'd like to sign up for the six-week evening wheel course starting in January. Could you tell me the start date and which evening it runs? How much does it cost, and does that include firing and clay? I've never sat at a wheel before, so I'm also wondering whether it's suitable for complete beginners.

Best wishes,
Harriet""", chase=True, parent=0)),

    C("c10-glaze-safety", "en", "closed", {},
      "Neil Ashdown <n.ashdown@example.org>", "thunderbird", "Are your glazes lead-free?",
      "Lead-free / food-safe / data sheets: answered with a statement, a lab report attachment and a link with '?'; thanks-only reply.",
      cu("11-05 10:02", """Dear Cedarwell team,

We bought two of your mugs at the Frome Independent market. My wife is pregnant and we'd like to be careful: are your glazes lead-free, and are they food safe for hot drinks? If you have safety data sheets for the glazes, could you send them over?

Thanks,
Neil Ashdown"""),
      ag("wren", "11-05 14:40", """Dear Neil,

Congratulations to you both. None of our glazes contain any lead - we don't keep lead compounds in the studio at all - and the mugs are fired to 1240°C, where the glaze is fully melted, so they're food safe for hot drinks. An outside lab tests them for leaching every year. The latest lab report is attached, and the data sheets for every glaze we use are here: https://cedarwellpottery.example/glazes/safety?range=all

Kind regards,
Wren""", attach=[("application/pdf", "leach-test-2026-117.pdf", LAB_PDF)]),
      cu("11-05 15:30", """That's really reassuring, thank you Wren.

Neil""", thanks=True)),

    C("c11-hen-party-painting", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Bryony Clarke <bryony.clarke@example.com>", "gmail", "Hen do pottery painting - 5 Dec",
      "Hen party: prosecco and price answered, posting to different addresses skipped; the booking link promised for 'tomorrow' never comes.",
      cu("11-06 21:14", """Hiya!

I'm organising my best friend's hen do and a pottery painting afternoon would be perfect. There'd be ten of us on Saturday 5 December, ideally 2pm-ish.

Can we bring a few bottles of prosecco? What's the price per head? And because half the group live up north, could the finished pieces be posted to different addresses afterwards?

Thanks so much!!
Bryony xx""", uq=1),
      ag("hollis", "11-07 10:20", """Hi Bryony,

How fun! Bring the prosecco by all means - we'll even lend you glasses. The painting afternoon is £32 per person including the bisque piece, glazes and firing, and 2pm on the 5th is free at the moment. I'll pencil you in and send over the booking link tomorrow so you can pay the deposit.

Best,
Hollis""", promises=[("11-08", None)]),
      cu("11-07 10:41", """Amazing, thank you!! x""", thanks=True)),

    C("c12-paw-print-dish", "en", "closed", {"missed-follow-up": 1},
      "Gordon Fairlie <gordon.fairlie@example.net>", "outlook", "Paw print dish",
      "Memorial dish: price and lettering answered at once; the vet's-impression question deferred 'early next week' (Thursday -> Tuesday) and answered on Wednesday.",
      cu("11-05 08:30", """Hello Wren,

Our old spaniel Biscuit died last month and my wife would love something to remember him by. I saw on your Instagram that you've made dishes with a dog's paw print pressed into them. We have a clay impression the vet took - could you use that, or do you need the actual paw (which obviously isn't possible now)? What would a small dish cost? Could it say his name round the rim too?

Many thanks,
Gordon Fairlie"""),
      ag("wren", "11-05 12:10", """Dear Gordon,

I'm so sorry about Biscuit. A small dish is £45, and we can add his name around the rim at no extra cost. I haven't worked from a vet's impression before, so let me talk it through with Priya, who's done the casting work here, and I'll come back to you early next week.

With best wishes,
Wren""", promises=[("11-10", 3)]),
      ag("wren", "11-11 16:45", """Dear Gordon,

Good news - Priya says we can take a plaster cast from the vet's impression and press that into the clay, so the print will be Biscuit's own. If you drop the impression in or post it to the studio, we'll start as soon as it arrives.

With best wishes,
Wren""")),

    C("c13-expired-voucher", "en", "closed", {},
      "Lucy Penrose <lucypenrose@example.com>", "iphone", "Expired voucher",
      "A pleasantry with a question mark, then one request (extend an expired voucher), done; thanks-only reply.",
      cu("11-03 18:40", """Hi,

Hope you're all well and not too buried in Christmas orders?

Slightly embarrassing one: I was given a wheel taster voucher last Christmas and completely forgot about it. It expired at the end of October (code CW-T-4471). Is there any way you could extend it?

Lucy

Sent from my iPhone"""),
      ag("hollis", "11-04 09:12", """Hi Lucy,

We're surviving, thanks! Happens more than you'd think. I've extended CW-T-4471 to 31 March 2027 - it'll work on the booking page straight away.

Best,
Hollis"""),
      cu("11-04 09:40", """You're a star, thank you!

Lucy

Sent from my iPhone""", thanks=True)),

    C("c14-school-tiles", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Joanna Whitcombe <j.whitcombe@selwoodacademy.example>", "outlook", "Firing Year 9 tiles",
      "School with a broken kiln: price and drop-off answered, drop-off slot to be confirmed 'by Wednesday' (never), invoicing the school skipped; PO attached, disclaimer.",
      cu("11-16 10:25", """Dear Cedarwell,

Our Year 9 group have made 30 earthenware tiles for a mural and our own kiln has just failed its inspection. Would you be able to fire them for us? What would it cost for a bisque and then a glaze firing? We could drop them off on Monday 23rd. Could you also invoice the school rather than me personally? Our purchase order is attached.

Kind regards,
Joanna Whitcombe
Head of Art, Selwood Academy

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
         uq=1, attach=[("application/pdf", "PO-ART-0419.pdf", PO_PDF)]),
      ack("11-16 10:26"),
      ag("priya", "11-16 14:50", """Dear Joanna,

Happy to help. Thirty tiles of that size fit on two shelves, so it's £28 for the bisque and £34 for the glaze firing at earthenware temperature. Monday 23rd should work, but I'll confirm the drop-off slot by Wednesday once next week's kiln plan is sorted.

Kind regards,
Priya""", promises=[("11-18", None)])),

    C("c15-team-afternoon-three-agents", "en", "pending", {"many-handoffs": 1},
      "Callum Reid <callum.reid@brightwater-insurance.example>", "owa", "Team afternoon for 24 + logo mugs",
      "Corporate group: classes (Hollis), logo mugs (Wren, 'she'll be in touch later today' kept), delivery of fired pieces (Priya): three agents, everything answered.",
      cu("11-16 09:00", """Hello,

We're looking at a team afternoon for 24 people in early December. Could you let me know if you can host a group that size, and what the options are? Someone also suggested we could get mugs made with our logo as Christmas gifts for the wider team (about 80) - is that something you do?

Thanks,
Callum Reid
Office Manager, Brightwater Insurance"""),
      ag("hollis", "11-16 11:30", """Hi Callum,

Twenty-four is our maximum and fits nicely if we split into two groups: half on the wheels, half handbuilding, swapping at the break. That's £55 per person for three hours, tea and cake included. Thursday 3 or Friday 4 December afternoon are both free.

The logo mugs are Wren's department - I've passed your email on and she'll be in touch later today.

Best,
Hollis""", promises=[("11-16", 3)]),
      ag("wren", "11-16 15:20", """Hi Callum,

Wren here, I look after commissions. We can do 80 mugs with your logo as an underglaze transfer; they'd be £19 each and ready by 18 December if we have the artwork by 20 November. Vector files (PDF or SVG) are best.

Best,
Wren"""),
      cu("11-17 08:45", """Thanks both. Friday 4th please for the team afternoon. One thing the team asked: when would the pieces they make on the day be ready, and could you deliver them to our office in Trowbridge rather than everyone coming back to collect?

Callum"""),
      ag("priya", "11-17 12:00", """Hi Callum,

I'm Priya, I run the kiln side. Hollis has put you in for Friday 4th at 1pm. Pieces from the afternoon will be glaze fired by 18 December and we can drop them at your Trowbridge office on the 19th for a flat £15.

Priya""")),

    C("c16-missing-bowl-reopened", "en", "closed", {"reopened": 1},
      "Ellie Marchbank <ellie.marchbank@example.org>", "gmail", "Missing bowl from collection shelf",
      "Missing bowl 'found' and the case marked resolved; the customer comes back because the bowl is not hers; resolved properly.",
      cu("11-02 16:10", """Hi,

I came to collect my glaze-fired bowls today but only three of the four were on the shelf. The missing one is a wide serving bowl with a tenmoku glaze and my initials EM scratched in the foot. Could you have a look?

Ellie"""),
      ag("priya", "11-03 09:40", """Hi Ellie,

Found it - it had been put on the commission shelf by mistake. It's now with the others on the collection shelf under M. Sorry for the wasted trip. I'll mark this as resolved.

Priya""", closes=True),
      cu("11-05 18:20", """Hi Priya,

I've collected it, thanks - but I'm afraid it isn't mine. It's a similar shape but the glaze is a celadon and there are no initials on the foot. Could you check again? Mine is quite distinctive.

Ellie"""),
      ag("priya", "11-06 10:30", """Hi Ellie,

You're right, and I'm sorry. Your tenmoku bowl was in another member's box - the two got swapped at unloading. It's at the desk with your name on it; if you bring the celadon one back whenever you're next passing, we'll return it to its owner.

Priya""")),

    C("c17-private-lesson-weekend", "en", "closed", {"slow-first-response": 1},
      "Patrick Oduya <patrick.oduya@example.com>", "thunderbird", "Private wheel lesson for my mum's 70th",
      "Friday-afternoon mail answered on Monday morning (slow first response); both questions answered.",
      cu("11-06 16:30", """Hi,

I'd like to give my mum a one-to-one wheel lesson for her 70th. Do you offer private lessons? She'd be coming from Westbury by train - how far is the studio from Frome station?

Thanks,
Patrick"""),
      ag("hollis", "11-09 10:15", """Hi Patrick,

Sorry for the slow reply, nobody's on email at the weekend. Yes - private lessons are £85 for two hours and we can fit around her. The studio's a twelve-minute walk from the station, mostly flat, or a £6 taxi.

Best,
Hollis""")),

    C("c18-bag-of-clay", "en", "closed", {},
      "Sam Hebden <sam.hebden@example.net>", "android", "Buying clay",
      "Terse mobile mail with three questions answered with a price and the Saturday hours; thanks-only reply.",
      cu("11-09 12:02", """Hi do you sell clay to non members? After a bag of the buff stoneware you use on the courses. How much and can I grab it Saturday?

Sam

Sent from Outlook for Android"""),
      ag("hollis", "11-09 14:30", """Hi Sam,

£18 a 12.5 kg bag. Saturdays we're open 10-4, so come by whenever - just ask at the desk.

Hollis"""),
      cu("11-09 14:52", """Sound, cheers

Sent from Outlook for Android""", thanks=True)),

    C("c19-swap-session", "en", "pending", {},
      "Fiona Strachan <fiona.strachan@example.com>", "gmail", "Swapping my Thursday session",
      "A self-answered question and a rhetorical one around one real request (swap a session), done.",
      cu("11-17 20:30", """Hi Hollis,

Where do I find my booking reference? Oh, ignore me - it's at the top of the confirmation email, CW-20931.

Work has thrown a late meeting at me on Thursday 26th, so could I swap my handbuilding session that evening for the Tuesday one on 1 December? Who knew adult life would get in the way of making wonky pinch pots?

Thanks,
Fiona"""),
      ag("hollis", "11-18 09:05", """Hi Fiona,

All done - you're now on Tuesday 1 December, 6.30pm, same table by the window. Wonky pinch pots are the best kind.

Hollis""")),

    C("c20-forwarded-booking-html", "en", "closed", {"unanswered-question": 1},
      "Margaret Ellery <m.ellery@example.org>", "owa", "FW: Your booking: Handbuilding Saturday, 14 November",
      "HTML-only forward of a booking confirmation (whose text has its own '?' lines); transfer to the sister done, parking question skipped.",
      cu("11-04 10:15", """Hello,

I booked this for myself but I've sprained my wrist. Can I transfer the booking to my sister, Ruth Ellery? Also, is there parking near the studio? She'll be driving from Shepton Mallet.

Margaret Ellery

________________________________
From: Cedarwell Pottery Studio <hello@cedarwellpottery.example>
Sent: Saturday, October 24, 2026 3:12 PM
To: Margaret Ellery <m.ellery@example.org>
Subject: Your booking: Handbuilding Saturday, 14 November

Thank you for booking! Your place on Handbuilding Saturday (14 November, 10am-1pm) is confirmed. Booking reference CW-20544.

Questions about your booking? Just reply to this email or call 01373 555 0192.
Can't make it? You can move your booking up to 72 hours before: https://cedarwellpottery.example/bookings?ref=CW-20544""", uq=1, kind="html"),
      ag("hollis", "11-04 12:20", """Dear Margaret,

Sorry to hear about your wrist - I hope it mends quickly. I've put the 14 November booking in Ruth's name; she doesn't need to do anything, just give her name at the desk.

Best wishes,
Hollis""")),

    C("c21-mugs-chased-twice", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 2},
      "Owain Pryce <owain.pryce@example.net>", "apple", "Mugs and teapot in the glaze firing",
      "'I'll email you on Friday' not kept; two chases (the second with a References gap); answered the next Wednesday; the December half-shelf request never addressed.",
      cu("11-09 08:50", """Hi Priya,

I dropped off eight mugs and a teapot for glaze firing on 26 October. When are they likely to be done? Could you also put me down for a half shelf in the December firing? I'll have a batch of bowls ready by then.

Cheers,
Owain""", uq=1),
      ag("priya", "11-09 11:20", """Hi Owain,

Your pieces are in Thursday's glaze firing. I'll email you on Friday once it's unloaded and I've had a look at everything.

Priya""", promises=[("11-13", 5)]),
      cu("11-16 09:10", """Hi Priya, any news on my mugs? I was expecting to hear on Friday.

Owain""", chase=True),
      cu("11-18 08:30", """Hello again - still waiting to hear whether the mugs and teapot came out OK. Could someone let me know?

Owain""", chase=True, refs=[1, 3]),
      ag("priya", "11-18 13:40", """Hi Owain,

Really sorry - I was off sick at the end of last week and the emails piled up. Everything came out of the kiln fine, the mugs look great, and they're all on the collection shelf under P.

Priya""")),

    C("c22-ruby-anniversary-bowl", "en", "pending", {},
      "Theo Blakeney <theo.blakeney@example.com>", "gmail", "Ruby wedding fruit bowl",
      "Red glaze answered at once; sizes and prices promised 'by Wednesday' and sent on Wednesday with a sketch.",
      cu("11-16 19:40", """Hi Wren,

I'm after a large fruit bowl as an anniversary present for my parents - it's their ruby wedding, so something with a deep red glaze would be perfect. Is a red glaze something you can do? And roughly what size and price are we talking for a statement piece? It would need to be ready by 9 January.

Thanks,
Theo"""),
      ag("wren", "11-17 09:30", """Hi Theo,

What a lovely idea. Red is doable - we have a copper red that goes a deep ruby in reduction, and 9 January is fine. I'll sketch a couple of shapes and send them over with prices by Wednesday.

Best,
Wren""", promises=[("11-18", 3)]),
      ag("wren", "11-18 16:10", """Hi Theo,

Two ideas attached: a wide, shallow bowl about 36 cm across (£140) or a taller footed bowl, 30 cm across and 14 cm high (£125). Both in the copper red, with a paler rim where the glaze breaks.

Best,
Wren""", attach=[("image/png", "ruby-bowl-sketches.png", SKETCH_PNG)])),

    C("c23-deli-wholesale-ahead", "en", "pending", {},
      "Hugh Tennant <hugh@tennantandfield.example>", "outlook", "Stocking your pottery in our deli",
      "Consignment and margins answered; the 2027 wholesale list promised for Tuesday 24th - still ahead at audit time; thanks-only reply.",
      cu("11-18 11:00", """Good morning,

We're opening a small deli in Wells in February and would like to sell a range of your pieces - mainly mugs, small jugs and butter dishes. Do you work on a consignment basis, or wholesale only? What sort of margins do stockists usually work with?

Regards,
Hugh Tennant
Tennant & Field"""),
      ag("wren", "11-19 09:40", """Dear Hugh,

Wholesale only these days - consignment got too hard to keep track of. Most stockists double our wholesale price, so they work on about 50%. I'm finishing the 2027 wholesale list at the moment and will send you the new prices on Tuesday 24th.

Best,
Wren""", promises=[("11-24", None)]),
      cu("11-19 10:05", """Thanks Wren, that's helpful - I'll look out for it on Tuesday.

Hugh""", thanks=True)),

    C("c24-porcelain-colleague-keeps", "en", "pending", {},
      "Imran Qureshi <imran.q@example.org>", "thunderbird", "Cone 10 porcelain firing",
      "Hollis answers the first question and hands over ('She'll be in touch tomorrow'); Priya gives slot and price the next morning.",
      cu("11-17 14:20", """Hello,

I've finished a set of 12 porcelain cups at home and would like them glaze fired to cone 10. Do you fire that high? If so, when's the next slot and what's the cost for a single shelf?

Imran"""),
      ag("hollis", "11-17 15:05", """Hi Imran,

We do - the big kiln goes to cone 10 in reduction. Priya runs the kiln schedule and the high-fire pricing, so I've forwarded this to her. She'll be in touch tomorrow with a slot.

Hollis""", promises=[("11-18", 3)]),
      ag("priya", "11-18 10:20", """Hi Imran,

Hollis passed your email on. Next cone 10 firing is Friday 27 November - drop the cups in by Wednesday 25th. A shelf is £26 at cone 10.

Priya""")),

    C("c25-retired-teacher-long-mail", "en", "closed", {"unanswered-question": 2},
      "Dorothy Pengelly <dot.pengelly@example.net>", "outlook", "Enquiry about classes",
      "Four questions inside one long paragraph; space and tools answered, accessibility and making up a missed week skipped.",
      cu("11-04 11:45", """Dear Sir or Madam,

I retired in the summer after thirty-eight years of teaching and my daughter has been nagging me to find a hobby, so I am writing to ask about your classes. I did a little pottery at school, a very long time ago, and enjoyed it, and I wondered whether the Tuesday morning handbuilding class still has space for the spring term, as mornings suit me best. I would also like to know if I need to bring my own tools or whether these are provided, since I have nothing of the kind at home. The other thing I must ask is whether the studio is accessible, as I use a walking stick and stairs are rather difficult for me these days. Finally, if I have to miss a week because of a hospital appointment, is it possible to make up the session another time?

With thanks and kind regards,
Dorothy Pengelly""", uq=2),
      ag("hollis", "11-04 14:30", """Dear Dorothy,

Congratulations on your retirement! There are still four places on the Tuesday morning handbuilding class, which starts on 12 January and runs for ten weeks (£240). Tools, aprons and clay are all included, so you needn't bring a thing.

If you'd like one of the places, just reply and I'll send you a booking link.

Kind regards,
Hollis""")),

    C("c26-refund-chase-newsletter", "en", "pending", {"unanswered-question": 1, "customer-chased": 1},
      "Naomi Adeyemi <naomi.adeyemi@example.com>", "gmail", "Cancelling my Wednesday course",
      "Refund done with '5-10 working days' (process, not a promise); the customer chases the money and also asks to leave the newsletter, which the reply ignores.",
      cu("11-03 09:30", """Hi,

Sadly I need to cancel my place on the Wednesday evening course (booking CW-20377) - I've been offered a job in Leeds and move at the end of the month. Can I get a refund for the remaining four sessions?

Thanks,
Naomi"""),
      ag("hollis", "11-03 12:10", """Hi Naomi,

Congratulations on the job! Yes - I've refunded the four remaining sessions, £96. It goes back to the card you paid with and normally takes 5-10 working days to appear.

Best of luck in Leeds,
Hollis"""),
      cu("11-18 18:05", """Hi Hollis,

I still haven't seen the £96 on my card - it's been over two weeks now. Could you check it went through? And while you're at it, please take me off the newsletter list, I won't be able to come to any events from Leeds.

Naomi""", chase=True, uq=1),
      ag("hollis", "11-19 10:30", """Hi Naomi,

Sorry about this. Our card terminal shows the refund went through on 3 November, reference RF-88213; sometimes the bank holds it a few extra days. If it's still not there on Monday, send me a screenshot of your statement and I'll take it up with our card provider.

Hollis""")),

    C("c27-drum-cafe-mugs", "en", "closed", {},
      "Rosie Tamblyn <rosie@thedrumcafe.example>", "outlook", "Mugs for the café",
      "Wholesale price and lead time answered; an offer to drop the mugs round is no promise; thanks-only reply whose signature asks 'Fancy a flat white?' with a '?' URL.",
      cu("11-02 14:05", """Hi Wren,

We'd like to stock some of your mugs on the shelf behind the counter - maybe 40 to start with, in the grey speckle. What would the wholesale price be? And how long would it take you to make them?

Thanks,
Rosie Tamblyn
The Drum Café, Frome
Fancy a flat white? https://thedrumcafe.example/menu?src=email"""),
      ag("wren", "11-02 17:30", """Hi Rosie,

£14 each wholesale for the grey speckle, and 40 would take about four weeks from the go-ahead. Happy to drop them round myself when they're done - it's only across the road.

Best,
Wren"""),
      cu("11-03 08:40", """Lovely, thanks Wren - I'll talk to my business partner and let you know.

Rosie Tamblyn
The Drum Café, Frome
Fancy a flat white? https://thedrumcafe.example/menu?src=email""", thanks=True)),

    C("c28-intensive-instalments-ooo", "en", "pending", {"unanswered-question": 1},
      "Gavin Lockhart <gavin.lockhart@example.com>", "outlook", "February wheel intensive",
      "Deposit answered with a payment link; paying in instalments skipped; the customer's Outlook out-of-office answers the reply.",
      cu("11-16 09:40", """Hi there,

I'd like to book the five-day wheel intensive in February (9-13 Feb). How much is the deposit to hold a place? And is it possible to pay the balance in instalments rather than all at once?

Regards,
Gavin Lockhart""", uq=1),
      ag("hollis", "11-16 13:50", """Hi Gavin,

The deposit is £100, and the rest (£395) is due four weeks before the course starts. I've held a place for you until Friday - the payment link is here: https://cedarwellpottery.example/pay?booking=CW-21007

Best,
Hollis"""),
      auto("11-16 13:51", """I'm out of the office until Monday 23 November with limited access to email. For anything urgent please call the office on 0117 496 0455.

Gavin Lockhart""", quote=False, subject="Automatic reply: Re: February wheel intensive")),

    C("c29-big-handles-neighbour", "en", "closed", {"unanswered-question": 1},
      "Ken Whitlock <ken.whitlock@example.net>", "iphone", "Mug with bigger handle",
      "Asked for bigger handles for arthritic hands, the reply answers a neighbouring question (the biggest mug's capacity) and the price.",
      cu("11-05 17:20", """Hello,

My dad has bad arthritis in his hands and struggles with normal mugs. Could you make the handles bigger than the ones on your website, so he can get three or four fingers through? He drinks a lot of tea so he'd want quite a big mug. How much would two cost?

Ken

Sent from my iPhone""", uq=1),
      ag("wren", "11-06 09:25", """Hi Ken,

Our largest mug holds 450 ml - a proper builder's tea size - and it's the one most people go for when they want something generous. Two would be £52 including postage.

Best,
Wren""")),

    C("c30-wreath-plate-fresh", "en", "open", {},
      "Zara Whitfield <zara.whitfield@example.org>", "gmail", "Christmas wreath-plate workshop",
      "Fresh this morning: only the helpdesk acknowledgement so far, inside the response target.",
      cu("11-20 09:12", """Hello,

Do you have any places left on the Christmas wreath-plate workshop on 12 December? There'd be two of us. If it's full, is there a waiting list?

Thanks,
Zara"""),
      ack("11-20 09:13")),

    C("c31-december-dropoff-unthreaded-chase", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Lewis Barrow <lewis.barrow@example.com>", "owa", "Kiln drop-off over Christmas",
      "No reply for four days; the chase lost its threading headers (RE: subject and quote only) and adds a question; both answered, the voucher one with only a link.",
      cu("11-13 11:00", """Hi,

I'm planning to drop off some bisqueware before Christmas. What are the kiln service drop-off days over December? Are you closed between Christmas and New Year?

Thanks,
Lewis"""),
      cu("11-17 10:30", """Hi,

I emailed on Friday about kiln drop-off days in December but haven't heard back - can someone let me know? Also, do you do gift vouchers for the kiln service? My partner's been asking what I want for Christmas.

Lewis""", chase=True, thread=False),
      ag("priya", "11-17 14:00", """Hi Lewis,

Apologies for the wait. December drop-offs are Tuesdays and Thursdays 10-4 until the 17th; after that we're closed until 5 January, and anything dropped on the 17th will be fired and waiting when we reopen.

Kiln vouchers: https://cedarwellpottery.example/vouchers?type=kiln

Priya""")),

    C("c32-invoice-end-of-day", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Carys Penhale <carys@penhale-ceramics.example>", "thunderbird", "Invoice INV-6612 - one shelf too many",
      "Corrected invoice promised 'by end of day' never sent; the card-payments question skipped.",
      cu("11-04 09:20", """Hi Priya,

The invoice for last month's firings (INV-6612) has four full shelves on it, but I only had three in the October 20th firing - the fourth was in my friend Meg's name and she's paid for it herself. Could you send me a corrected invoice? And can you tell me whether you'll start taking card payments at the desk? I'd rather not keep doing bank transfers.

Thanks,
Carys""", uq=1),
      ag("priya", "11-04 11:30", """Hi Carys,

You're right, sorry about that - Meg's shelf got booked to you. I'll send you a corrected invoice by end of day.

Priya""", promises=[("11-04", None)])),

    C("c33-pinholes-couple-of-days", "en", "pending", {},
      "Bethan Morgan <bethan.morgan@example.com>", "apple", "Pinholes in my glaze",
      "'I'll ... get back to you in the next couple of days' kept the next afternoon with the cause and a fix.",
      cu("11-16 16:00", """Hi,

Two of my pieces from the last glaze firing have pinholes all over the glaze - the others in the same glaze were fine. Was anything different about that firing? Is there any way of fixing them?

Bethan"""),
      ag("priya", "11-17 09:15", """Hi Bethan,

Sorry to hear that. I'll check the firing log for that load and look at your pieces with Hollis, and get back to you in the next couple of days.

Priya""", promises=[("window", 3)]),
      ag("priya", "11-18 15:40", """Hi Bethan,

The log shows that load climbed about 40 degrees an hour faster than usual near the top - the controller had been reset - which is the most likely cause. Pinholes usually heal if you dab a little more glaze into them and refire; we'll do the refire free since it was our firing.

Priya""")),

    C("c34-casserole-lid-second-mail", "en", "pending", {},
      "Alfie Brooke <alfie.brooke@example.net>", "gmail", "Replacement lid for an old casserole dish",
      "A second mail twelve minutes later adds a photo and the size (not a chase); one reply answers.",
      cu("11-17 12:30", """Hi Wren,

Is it possible to commission a matching lid for a casserole dish you made for my grandmother years ago? The original lid broke in a house move.

Alfie"""),
      cu("11-17 12:42", """Sorry, should have said - here's a photo of the dish. It's 24 cm across the rim, and there's a Cedarwell stamp on the bottom with 2009 next to it.

Alfie""", attach=[("image/png", "casserole.png", DISH_PNG)]),
      ag("wren", "11-18 10:00", """Hi Alfie,

What a nice piece to see again - that's one of Hollis's early ones. Yes, we can make a lid. We throw it slightly oversized and trim it to fit, so we'd need the dish in the studio for a day. It'd be £38.

Best,
Wren""")),

    C("c35-own-glaze-follow-up", "en", "pending", {"unanswered-question": 1},
      "Megan Harcourt <megan.harcourt@example.com>", "iphone", "Open studio next Saturday",
      "First two questions answered; a 'one more thing' question in the thank-you mail gets only 'see you Saturday!'.",
      cu("11-14 10:10", """Hi, quick one - is Saturday's open studio still on next week even with the Christmas market in town? And do I need to book?

Megan

Sent from my iPhone"""),
      ag("hollis", "11-14 11:30", """Hi Megan,

Yes, it's on as normal, 10 till 4. No need to book for open studio, just turn up.

Hollis"""),
      cu("11-14 12:05", """Great, thank you! Oh, one more thing - can I bring my own glaze to use on my pieces, or do I have to use the studio ones?

Megan

Sent from my iPhone""", uq=1),
      ag("hollis", "11-14 15:20", """You're welcome - see you Saturday!

Hollis""")),

    C("c36-sold-out-waiting-list", "en", "closed", {},
      "Priti Lal <priti.lal@example.org>", "gmail", "Thursday evening course",
      "Sold-out course: answered with an offer of the waiting list ('just say the word', no promise) and another evening; thanks-only reply.",
      cu("11-05 13:00", """Hi,

Is the Thursday evening wheel course in January full? I tried to book but the page says sold out.

Priti"""),
      ag("hollis", "11-05 15:10", """Hi Priti,

I'm afraid it is - it filled in two days. If you'd like, I can put you on the waiting list; just say the word. The Monday evening group still has two places if that works for you.

Hollis"""),
      cu("11-05 17:00", """Thanks Hollis, I'll have a think about Mondays.

Priti""", thanks=True)),

    C("c37-de-toepferwoche-mai", "de", "closed", {"unanswered-question": 1},
      "Sabine Köhler <sabine.koehler@example.com>", "gmail_de", "Töpferwoche im Mai",
      "German couple: dates, price and what is included answered; the request for accommodation tips skipped.",
      cu("11-03 19:30", """Liebe Frau Brenner,

wir (mein Mann und ich) planen für nächsten Mai eine Reise nach Somerset und würden gern an Ihrer Töpferwoche teilnehmen. Wir haben beide schon ein paar Kurse an der Drehscheibe gemacht.

Könnten Sie mir sagen, welche Termine es im Mai gibt und was die Woche pro Person kostet? Sind Mittagessen und Material im Preis enthalten? Und können Sie uns eine Unterkunft in der Nähe empfehlen, gern etwas Ruhiges auf dem Land?

Viele Grüße aus Freiburg
Sabine Köhler""", uq=1),
      ag("lotte", "11-04 09:45", """Liebe Frau Köhler,

wie schön, dass Sie zu uns kommen möchten! Im Mai gibt es zwei Töpferwochen: 10.-14. Mai und 24.-28. Mai. Die Woche kostet 690 £ pro Person; Ton, Glasuren, Brände und ein einfaches Mittagessen sind inklusive.

Mit Ihrer Erfahrung an der Scheibe passen Sie beide gut in die Gruppe.

Herzliche Grüße
Lotte Brenner"""),
      tz=1),

    C("c38-de-schruehbrand-morgen", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Jürgen Hartmann <j.hartmann@example.net>", "outlook_de", "Schrühbrand für Privatleute?",
      "German-speaking home potter in Bath: 'melde mich morgen' with a firing date, never; he chases on Thursday and is still waiting.",
      cu("11-13 10:15", """Guten Tag Frau Brenner,

ich wohne seit dem Sommer in Bath und habe zu Hause eine Drehscheibe, aber keinen Brennofen. Bieten Sie auch Schrühbrände für Privatleute an? Ich hätte etwa zwölf Schalen aus Steinzeugton.

Mit freundlichen Grüßen
Jürgen Hartmann"""),
      ag("lotte", "11-13 14:30", """Guten Tag Herr Hartmann,

ja, das machen wir - den Brennservice können alle nutzen, nicht nur Kursteilnehmer. Ich frage Priya, wann der nächste Schrühbrand mit freiem Platz ist, und melde mich morgen bei Ihnen.

Viele Grüße
Lotte Brenner""", promises=[("11-14", None)]),
      cu("11-19 09:20", """Guten Tag Frau Brenner,

ich warte immer noch auf Ihre Nachricht wegen des Brenntermins. Können Sie mir bitte Bescheid geben? Die Schalen sind inzwischen knochentrocken.

Mit freundlichen Grüßen
Jürgen Hartmann""", chase=True)),

    C("c39-de-gutschein-schwester", "de", "pending", {},
      "Claudia Neumeier <claudia.neumeier@example.org>", "thunderbird_de", "Gutschein für meine Schwester",
      "Voucher from Munich: a German-language voucher and paying from Germany, both answered without repeating the questions' words.",
      cu("11-17 20:10", """Hallo,

meine Schwester lebt in Frome und töpfert leidenschaftlich gern. Ich würde ihr gern einen Gutschein für einen Drehscheibenkurs zu Weihnachten schenken. Kann man den Gutschein auch auf Deutsch ausstellen? Und wie bezahle ich am besten aus Deutschland - geht PayPal?

Danke und liebe Grüße
Claudia Neumeier"""),
      ag("lotte", "11-18 09:30", """Hallo Frau Neumeier,

PayPal haben wir leider nicht, aber auf unserer Website können Sie ganz normal mit Kreditkarte zahlen, auch mit einer deutschen Karte. Beim Bestellen gibt es ein Feld „Grußtext“ - wenn Sie dort „bitte auf Deutsch“ eintragen, drucke ich den Gutschein zweisprachig für Sie aus.

Viele Grüße
Lotte Brenner"""),
      tz=1),

    C("c40-de-gasthaus-teller", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Florian Weidinger <florian@gasthaus-weidinger.example>", "gmail_de", "Speiseteller für unser Gasthaus",
      "Inn in Bavaria: an offer promised 'bis Freitag' arrives on Monday (late = missed); shipping answered, who pays customs and import VAT never.",
      cu("11-02 09:00", """Sehr geehrte Damen und Herren,

ich betreibe ein kleines Gasthaus im Allgäu und habe im Urlaub in Frome Ihre Keramik gesehen. Wir suchen 36 Speiseteller (ca. 27 cm) in einer ruhigen, erdigen Glasur.

Wäre so ein Auftrag für Sie machbar, und was würde er ungefähr kosten? Versenden Sie auch nach Deutschland? Und wer kümmert sich dann um Zoll und Einfuhrumsatzsteuer - Sie oder wir?

Mit freundlichen Grüßen
Florian Weidinger
Gasthaus Weidinger, Oberstaufen""", uq=1),
      ag("lotte", "11-02 14:20", """Sehr geehrter Herr Weidinger,

vielen Dank für Ihr Interesse! Ja, das machen wir gern - Wren, unsere Keramikerin für Auftragsarbeiten, hat schon öfter Geschirr für Restaurants gefertigt. Ich bespreche Menge und Glasur mit ihr und schicke Ihnen bis Freitag ein Angebot mit Preis und Lieferzeit.

Mit freundlichen Grüßen
Lotte Brenner""", promises=[("11-06", 3)]),
      ag("lotte", "11-09 11:10", """Sehr geehrter Herr Weidinger,

entschuldigen Sie die Verspätung, Wren war letzte Woche auf einer Messe. Anbei unser Angebot: 36 Speiseteller in der Glasur „Moorland“ für 1.296 £ (36 £ pro Stück), Lieferzeit etwa zehn Wochen. Nach Deutschland schicken wir per Spedition, gut verpackt auf einer Palette, für 85 £.

Mit freundlichen Grüßen
Lotte Brenner""", attach=[("application/pdf", "Angebot-A-2611-03.pdf", ANGEBOT_PDF)]),
      tz=1),

    C("c41-fr-stage-juillet", "fr", "pending", {},
      "Camille Rousseau <camille.rousseau@example.com>", "apple_fr", "Stage de tournage en juillet",
      "Three dashed questions (beginners, language, what is included) answered in one paragraph; thanks-only reply.",
      cu("11-16 18:20", """Bonjour,

Je suis en train d'organiser mes vacances d'été et votre stage de tournage de juillet me tente beaucoup. J'ai quelques questions :

- Le stage est-il accessible aux débutants complets ?
- Est-ce que l'enseignement se fait uniquement en anglais ? Je me débrouille, mais sans plus.
- Le matériel et les cuissons sont-ils compris dans le prix ?

Merci d'avance et belle soirée,
Camille"""),
      ag("solene", "11-17 10:05", """Bonjour Camille,

Avec plaisir ! Le stage de juillet est pensé pour les débutants, aucune expérience n'est nécessaire. Je serai là toute la semaine et je traduis volontiers les explications en français. Terre, émaux et cuissons sont inclus ; seule l'expédition de vos pièces en France est en supplément si vous ne pouvez pas les emporter.

Bien à vous,
Solène"""),
      cu("11-17 12:30", """Merci beaucoup, c'est parfait ! Je vais réserver ce week-end.

Camille""", thanks=True),
      tz=1),

    C("c42-fr-service-a-the-relance", "fr", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Mathilde Perrin <mathilde.perrin@example.net>", "owa", "Service à thé Estuaire",
      "Former workshop guest: delivery to France answered, price promised 'd'ici jeudi' given on Monday after 'Je me permets de vous relancer'; the forgotten apron never mentioned.",
      cu("11-09 14:30", """Bonjour Solène,

Nous avons passé une semaine merveilleuse au stage d'octobre, merci encore ! J'aimerais commander un service à thé dans l'émail bleu « Estuaire » que vous utilisiez pendant le stage : une théière et six tasses. Est-ce possible, et quel en serait le prix ? Pourriez-vous également me dire si vous livrez en France ?

Enfin, j'ai oublié mon tablier à l'atelier le dernier jour - pourriez-vous me le renvoyer avec la commande ?

Amitiés,
Mathilde""", uq=1),
      ag("solene", "11-10 09:40", """Bonjour Mathilde,

Quel plaisir d'avoir de vos nouvelles ! Oui, nous livrons en France, par Colissimo international, en une semaine environ. Pour le service à thé, je dois voir avec Wren s'il lui reste assez d'émail Estuaire, et je reviens vers vous d'ici jeudi avec un prix.

Bien à vous,
Solène""", promises=[("11-12", 4)]),
      cu("11-16 09:00", """Bonjour Solène,

Je me permets de vous relancer au sujet du service à thé : avez-vous pu en parler avec Wren ?

Amitiés,
Mathilde""", chase=True),
      ag("solene", "11-16 11:30", """Bonjour Mathilde,

Toutes mes excuses pour ce retard. Bonne nouvelle : Wren a de quoi faire le service complet. La théière et les six tasses reviennent à 210 £, plus 38 £ de port pour la France, et elle peut le réaliser pour la mi-janvier.

Bien à vous,
Solène"""),
      tz=1),

    C("c43-fr-cuisson-porcelaine", "fr", "closed", {"unanswered-question": 2},
      "Bruno Lefèvre <bruno.lefevre@example.org>", "gmail", "Cuissons pour un céramiste amateur",
      "Four questions from a French potter living nearby; temperature answered, price list attached, porcelain and watching the kiln unloading skipped.",
      cu("11-05 08:45", """Bonjour,

Je suis céramiste amateur, installé à Bradford-on-Avon depuis peu, et je cherche un four pour mes cuissons. J'aurais plusieurs questions.

Jusqu'à quelle température montez-vous pour les cuissons de grès ? Est-ce que vous acceptez la porcelaine ? Pourriez-vous m'envoyer votre grille tarifaire ? Je voudrais aussi savoir s'il est possible d'assister au défournement, par curiosité.

Merci beaucoup,
Bruno Lefèvre""", uq=2),
      ag("solene", "11-05 13:15", """Bonjour Bruno,

Pour le grès, nous cuisons à 1240 °C (cône 6) en oxydation. Vous trouverez nos tarifs en pièce jointe.

Bien cordialement,
Solène""", attach=[("application/pdf", "tarifs-cuisson-2026.pdf", TARIFS_PDF)])),

    C("c44-fr-bols-chawan-base64", "fr", "closed", {},
      "Élise Fontaine <elise.fontaine@example.com>", "apple_fr", "Bols à thé pour Noël",
      "Four odd chawan as a Christmas present: feasibility, price and timing answered; base64 mail; thanks-only reply.",
      cu("11-06 16:00", """Bonjour,

J'ai vu sur votre site les bols à thé façon chawan. Est-ce que vous en feriez quatre, dans des émaux différents, pour un cadeau ? Quel serait le délai ? Nous aimerions les offrir pour Noël.

Merci,
Élise Fontaine""", cte="base64"),
      ag("solene", "11-06 17:20", """Bonjour Élise,

Bien sûr - Wren adore faire des séries dépareillées. Comptez 48 £ le bol, soit 192 £ les quatre ; ils partiront de l'atelier le 11 décembre, à temps pour Noël.

Bien à vous,
Solène"""),
      cu("11-06 18:30", """Parfait, merci beaucoup ! Je passe commande ce week-end.

Élise""", thanks=True, cte="base64"),
      tz=1),

    C("c45-es-intensivo-marzo", "es", "pending", {"unanswered-question": 1},
      "Lucía Ferrer <lucia.ferrer@example.com>", "gmail_es", "Curso intensivo de torno en marzo",
      "Spanish couple: dates and price answered, the discount for two skipped.",
      cu("11-16 21:00", """Hola Pilar:

Mi pareja y yo queremos hacer el curso intensivo de torno de cinco días en marzo. ¿Qué fechas tenéis? ¿Cuánto cuesta por persona? ¿Hay algún descuento si venimos dos personas?

Un saludo,
Lucía""", uq=1),
      ag("pilar", "11-17 09:50", """Hola, Lucía:

¡Qué bien! En marzo hay dos semanas de intensivo: del 2 al 6 y del 16 al 20. Son 495 £ por persona, con el barro, los esmaltes y las cocciones incluidos.

Un abrazo,
Pilar"""),
      tz=1),

    C("c46-es-cuencos-valencia", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Javier Montes <javier@casamontes.example>", "gmail_es", "Encargo de cuencos para restaurante",
      "Restaurant in Valencia: feasibility and shipping answered, price and lead time deferred with 'le escribo el lunes' (never); the glaze photos request ignored.",
      cu("11-05 10:30", """Buenos días:

Tengo un restaurante en Valencia y me gustaría encargar 50 cuencos para arroz, de unos 15 cm, con un esmalte verde o azul. ¿Podrían hacerlo? Quisiera saber también el precio aproximado y el plazo de entrega. ¿Hacen envíos a España? Si es posible, envíenme también unas fotos de los esmaltes que tienen.

Saludos cordiales,
Javier Montes
Casa Montes""", uq=1),
      ag("pilar", "11-05 15:40", """Buenos días, Javier:

Sí, podemos hacerlo: Wren ya ha hecho cuencos de ese tamaño para otros restaurantes y tenemos un verde celadón que quedaría muy bien. Enviamos a España sin problema. Le pregunto a Wren por el precio y el plazo y le escribo el lunes.

Un saludo,
Pilar""", promises=[("11-09", None)]),
      tz=1),

    C("c47-es-cumple-infantil-alt", "es", "pending", {},
      "Marta Iglesias <marta.iglesias@example.org>", "apple", "Fiesta de cumpleaños en el taller",
      "Spanish mother in Frome: party questions answered; a booking plus a new question answered too; multipart/alternative replies.",
      cu("11-17 19:15", """Hola:

Mi hija cumple diez años el 12 de diciembre y le encantaría celebrar una fiesta en vuestro taller con unas ocho amigas. ¿Hacéis fiestas infantiles los sábados por la tarde? ¿Qué incluye y cuánto cuesta?

Gracias,
Marta"""),
      ag("pilar", "11-18 10:20", """Hola, Marta:

¡Claro que sí! Las fiestas infantiles son los sábados de 14:00 a 16:00: cada niña decora un plato o una taza, hay merienda y las piezas cocidas se recogen dos semanas después. Son 22 £ por niña, y el sábado 12 de diciembre por la tarde está libre.

Un saludo,
Pilar""", kind="alt"),
      cu("11-18 12:00", """¡Perfecto! Reservadnos el 12 entonces, seremos nueve con ella. ¿Las niñas tienen que traer algo, tipo babi o ropa vieja?

Marta"""),
      ag("pilar", "11-18 15:05", """Hola, Marta:

Reservado: sábado 12 de diciembre, de 14:00 a 16:00, nueve niñas. No hace falta que traigan nada, les ponemos delantales; eso sí, la pintura de cerámica mancha un poco, así que mejor no venir de fiesta.

Un saludo,
Pilar""", kind="alt")),

    C("c48-es-piezas-madrid", "es", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Andrés Salgado <andres.salgado@example.net>", "gmail_es", "Mis piezas del taller de fin de semana",
      "Pieces to be posted to Madrid: '¿Hay alguna novedad? Sigo esperando' after two days; answered five days after the first mail.",
      cu("11-11 12:00", """Hola:

El mes pasado hice el taller de fin de semana y dejé cuatro piezas para la cocción del esmalte. ¿Ya están listas? Vivo en Madrid, así que querría que me las enviaran. ¿Cuánto costaría el envío?

Gracias,
Andrés Salgado"""),
      cu("11-13 18:00", """Hola de nuevo:

¿Hay alguna novedad sobre mis piezas? Sigo esperando respuesta.

Andrés""", chase=True),
      ag("pilar", "11-16 10:00", """Hola, Andrés:

Perdona la tardanza, la semana pasada estuve fuera. Tus cuatro piezas ya están cocidas y han quedado preciosas. El envío a Madrid, bien embalado, cuesta 24 £; aquí tienes el enlace de pago: https://cedarwellpottery.example/pay?envio=ES-2611

Un saludo,
Pilar"""),
      tz=1),
]

# The labelled unanswered questions, verbatim from the customer's own text.
UNANSWERED: dict[str, list[str]] = {
    "c02-kiln-commercial-glazes": [
        "Do you accept pieces glazed with commercial glazes like Amaco Potter's Choice, or only your own studio glazes?"],
    "c03-wedding-dinner-set": [
        "We'd also love our initials stamped on the underside of each piece, if that's possible."],
    "c05-open-studio-membership": [
        "I've noticed a few members leave their work on the racks between sessions - am I allowed to store a couple of bowls there while they dry?",
        "And I'd also like to pause my membership for January while I'm away in Kerala. Is that possible, or do I need to cancel and rejoin?"],
    "c06-larch-restaurant-plates": [
        "Would they stand up to a commercial dishwasher running at 80 degrees?"],
    "c11-hen-party-painting": [
        "And because half the group live up north, could the finished pieces be posted to different addresses afterwards?"],
    "c14-school-tiles": [
        "Could you also invoice the school rather than me personally?"],
    "c20-forwarded-booking-html": [
        "Also, is there parking near the studio?"],
    "c21-mugs-chased-twice": [
        "Could you also put me down for a half shelf in the December firing?"],
    "c25-retired-teacher-long-mail": [
        "The other thing I must ask is whether the studio is accessible, as I use a walking stick and stairs are rather difficult for me these days.",
        "Finally, if I have to miss a week because of a hospital appointment, is it possible to make up the session another time?"],
    "c26-refund-chase-newsletter": [
        "And while you're at it, please take me off the newsletter list, I won't be able to come to any events from Leeds."],
    "c28-intensive-instalments-ooo": [
        "And is it possible to pay the balance in instalments rather than all at once?"],
    "c29-big-handles-neighbour": [
        "Could you make the handles bigger than the ones on your website, so he can get three or four fingers through?"],
    "c32-invoice-end-of-day": [
        "And can you tell me whether you'll start taking card payments at the desk?"],
    "c35-own-glaze-follow-up": [
        "can I bring my own glaze to use on my pieces, or do I have to use the studio ones?"],
    "c37-de-toepferwoche-mai": [
        "Und können Sie uns eine Unterkunft in der Nähe empfehlen, gern etwas Ruhiges auf dem Land?"],
    "c40-de-gasthaus-teller": [
        "Und wer kümmert sich dann um Zoll und Einfuhrumsatzsteuer - Sie oder wir?"],
    "c42-fr-service-a-the-relance": [
        "Enfin, j'ai oublié mon tablier à l'atelier le dernier jour - pourriez-vous me le renvoyer avec la commande ?"],
    "c43-fr-cuisson-porcelaine": [
        "Est-ce que vous acceptez la porcelaine ?",
        "Je voudrais aussi savoir s'il est possible d'assister au défournement, par curiosité."],
    "c45-es-intensivo-marzo": [
        "¿Hay algún descuento si venimos dos personas?"],
    "c46-es-cuencos-valencia": [
        "Si es posible, envíenme también unas fotos de los esmaltes que tienen."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"CW-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
    unknown = set(UNANSWERED) - set(names)
    if unknown:
        out.append(f"UNANSWERED names unknown cases {sorted(unknown)}")
    for c in cases:
        dates = [m.date for m in c.msgs]
        if dates != sorted(dates):
            out.append(f"{c.name}: messages are not listed in date order")
        if any(d > AS_OF for d in dates):
            out.append(f"{c.name}: a message is dated after the audit time")
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
    return mailcraft.cases_table("Practice corpus 92: Cedarwell Pottery Studio - cases",
                                 "make_practice92_corpus.py", rows)


def readme(cases: list[Case]) -> str:
    """README.md: the company, how to regenerate, and the corpus's figures and design."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    clean = sum(1 for c in cases if not c.rules)
    totals = Counter()
    for c in cases:
        totals.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    lang_names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    lang_text = ", ".join(f"{lang_names[k]} {n}" for k, n in langs.most_common())
    status_text = ", ".join(f"{n} {k}" for k, n in statuses.most_common())
    rule_text = ", ".join(f"{r} {totals[r]}" for r in RULES if totals[r])
    return f"""# Practice corpus 92: Cedarwell Pottery Studio support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Cedarwell Pottery Studio**, The Old Dairy, Frome (Somerset): pottery classes
  (tasters and gift vouchers, evening courses, a Saturday kids' club, open-studio membership,
  private lessons, parties, residential workshop weeks for visitors from Germany, France and
  Spain), a kiln firing service for home potters and schools (bisque, cone 6, cone 10) and
  commissions (restaurant tableware, wedding and anniversary pieces, memorial dishes,
  wholesale for cafés and shops). Support address `hello@cedarwellpottery.example`; agents
  Hollis Redfern (studio manager, classes), Priya Naidoo (kiln and firing service), Wren
  Abernethy (commissions), Lotte Brenner (German-speaking guests), Solène Marchetti
  (French-speaking guests) and Pilar Ondarra (Spanish-speaking guests), all
  `@cedarwellpottery.example`. A helpdesk robot acknowledges a few mails ("we aim to answer
  every email within two working days" - service-hours text, not a commitment).
- Customers use example.com/.org/.net and `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain cedarwellpottery.example`.

```
python scripts/make_practice92_corpus.py                  # regenerate (deterministic, stdlib only)
python scripts/evaluate.py --corpus tests/practice92      # accuracy of the current tool
python -m pytest -q tests/test_practice92_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md). `CASES.md` is the generated per-case table. This README is generated
too: edit the script, not the files. The script recomputes status and every rule count from
each message's facts and dates and refuses to write when they disagree with the hand-written
labels, when a labelled question is not verbatim in a customer's own text, or when the
written mail does not parse back and round-trip.

## Contents

{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox
({roles['customer']} customer mails, {roles['auto']} customer out-of-office reply),
{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. {clean} clean
cases ({100 * clean // len(cases)} %). Languages: {lang_text}. Statuses: {status_text}.

Expected findings: {rule_text}; the {totals['unanswered-question']} unanswered questions are
in {uq_cases} cases.

By design:

- Customers ask two to four things in one mail: numbered and dashed lists, one question per
  line, questions inside one long paragraph (c25), indirect ones ("I wondered whether",
  "Could you let me know", "Je voudrais aussi savoir s'il", "Quisiera saber"), requests without
  a question mark ("Please also let me know...", "please take me off the newsletter list",
  "envíenme también unas fotos").
- Replies answer in their own words, out of order (c01), several questions in one sentence,
  inline under the quoted questions (c04), with just a figure (c18), a link (c31), an
  attachment (c10, c22, c40, c43), by a colleague after a hand-over (c15, c24).
- Unanswered questions are secondary ones the reply skips, a neighbouring question answered
  instead (c29: capacity for "bigger handles"), a "one more thing" in a thank-you mail
  (c35), a request inside a chase (c26), a skipped question in a forwarded HTML-only mail
  (c20).
- Not questions: a pleasantry ("Hope you're all well and not too buried in Christmas
  orders?"), a self-answered and a rhetorical question (c19), the forwarded confirmation's
  "Questions about your booking?" (c20), signatures with "?" and URLs, thanks-only mails.
- Promises: kept (c22 "by Wednesday", c33 "in the next couple of days"), kept by a colleague
  (c15, c24), kept late (c03, c12 "early next week", c21, c40 "bis Freitag", c42 "d'ici
  jeudi"), never kept (c06, c11, c14, c32 "by end of day", c38 "melde mich morgen", c46 "le
  escribo el lunes"), still ahead at audit time (c23). Not promises: kiln logistics (c08),
  refund processing times (c26), offers ("just say the word", "Happy to drop them round").
- Chasing: "just checking in", "any news?", "still waiting", a chase that lost its threading
  headers (c31), a resend as a new message (c09), two chases in one case (c21), "ich warte
  immer noch", "Je me permets de vous relancer", "¿Hay alguna novedad? Sigo esperando". Not a
  chase: a second mail that adds a photo before any reply (c34).
- Status and timing: open and waiting (c07, c09, c38), fresh with only the acknowledgement
  (c30), slow first responses (c17, c31, c48), an explicit close followed by a new problem
  (c16), three agents on one case (c15), a customer's out-of-office (c28).
- Mail: Gmail (en/de/es), Outlook desktop and web, Outlook for Android, Outlook (de), Apple
  Mail (en/fr), iPhone, Thunderbird (en/de); plain, quoted-printable, base64 (c44),
  multipart/alternative (c47, acknowledgements), HTML-only (c20); PDF and PNG attachments; a
  References gap (c21).

## Judgement calls

- A question deferred with a promise counts only as that promise (c03 quote, c06 quote, c12
  vet's impression, c21, c40, c42, c46).
- c21: the reply reports the pieces are fired and on the shelf; the December half-shelf
  request is never addressed - labelled.
- c40: shipping to Germany is answered (by freight, £85); who handles customs and import VAT
  is a separate question and is not - labelled.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.cedarwellpottery.example")
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
    """Command line: regenerate tests/practice92 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
