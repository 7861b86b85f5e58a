#!/usr/bin/env python3
"""Regenerate ``tests/practice88/``: a labelled corpus of Pellow Farm Veg Boxes.

A support mailbox of a fictional organic farm in mid-Cornwall that delivers weekly vegetable
boxes (subscriptions, box sizes, pauses for holidays, substitutions and "never send" lists,
delivery days, rounds and safe places, fruit bags and eggs, gift subscriptions, holiday-let
welcome boxes, trade accounts, direct debits, refunds and credits, Christmas boxes and
farm-shop click-and-collect orders), written without looking at the detection heuristics,
with many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the
contract defaults (response target 24 h, follow-up window 2 days, close-after 7 days,
handoff limit 2), support domain ``pellowfarmbox.example``.

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

Usage: python scripts/make_practice88_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "pellowfarmbox.example"
HELLO = "Pellow Farm Veg Boxes <hello@pellowfarmbox.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "kerensa": ("Kerensa Trewin <kerensa@pellowfarmbox.example>", "thunderbird", """-- 
Kerensa Trewin
Box Subscriptions | Pellow Farm Veg Boxes
Pellow Farm, Ladock, Truro TR2 4PL | 01872 555 0142
What's in this week's box? https://pellowfarmbox.example/this-week?ref=sig"""),
    "jory": ("Jory Pascoe <jory@pellowfarmbox.example>", "outlook", """Jory Pascoe
Deliveries & Rounds | Pellow Farm Veg Boxes
Not in when we call? Tell us where to leave your box: https://pellowfarmbox.example/account/safe-place?src=email"""),
    "morwenna": ("Morwenna Hicks <morwenna@pellowfarmbox.example>", "owa", """Morwenna Hicks
Accounts | Pellow Farm Veg Boxes
Pellow Farm Ltd, registered in England & Wales no. 08812345. This email and any attachments
are confidential and intended solely for the addressee."""),
    "demelza": ("Demelza Rowe <demelza@pellowfarmbox.example>", "apple", """Demelza Rowe
Farm Shop & Christmas Orders
Pellow Farm Veg Boxes
https://pellowfarmbox.example/shop?from=mail"""),
    "anneliese": ("Anneliese Kraft <anneliese@pellowfarmbox.example>", "thunderbird_de", """-- 
Anneliese Kraft
Kundenservice (Deutsch) | Pellow Farm Veg Boxes
https://pellowfarmbox.example/de?ref=signatur"""),
    "gwen": ("Gwenaëlle Le Bihan <gwenaelle@pellowfarmbox.example>", "apple_fr", """Gwenaëlle Le Bihan
Service client (français) | Pellow Farm Veg Boxes
https://pellowfarmbox.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@pellowfarmbox.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente | Pellow Farm Veg Boxes
+44 1872 555 0147"""),
}

ACK = """Hello,

Thanks for getting in touch with Pellow Farm. This is an automatic reply to let you
know your message reached us (reference {ref}). The office is open Monday to
Friday, 8am-4pm, and we will reply within one working day.

Need to change this week's box? Changes close at 9am two days before your delivery
day: https://pellowfarmbox.example/account?ticket={ref}

Pellow Farm Veg Boxes"""

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
    "helpdesk": ["X-Mailer: Pellow Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="pf.", outlook_server="CWXP26")
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
# Cases
# --------------------------------------------------------------------------------------

SCREENSHOT_PNG = mailcraft.png(14, 10, lambda x, y: (230 - 3 * y, 235, 240 - 5 * x))
JAR_PNG = mailcraft.png(10, 12, lambda x, y: (180 + 5 * x, 110 + 4 * y, 60))
TRADE_FORM_PDF = mailcraft.pdf(["Pellow Farm Ltd - Trade account application",
                                "Business name, address, contact, delivery day",
                                "Terms: first two orders paid on delivery, then 30 days",
                                "Return to accounts@pellowfarmbox.example"])
FS_CONFIRM_PDF = mailcraft.pdf(["Pellow Farm Shop - Click & collect FS-30851",
                                "Recogida / Collection: sabado 14/11/2026, 11:00-12:00",
                                "2 x butternut squash, 1 x eggs (12), 1 x apple juice 75cl",
                                "Paid by card GBP 14.60"])

CASES: list[Case] = [
    C("v01-trenance-first-box", "en", "closed", {},
      "Hannah Lidgey <hannah.lidgey@kernowmail.example>", "gmail", "Starting a box",
      "New subscriber's numbered list of three questions answered in reverse order in prose; a thanks-only reply.",
      cu("11-02 19:40", """Hi there,

We've just moved down to Trenance and a neighbour swears by your boxes, so we'd like to start one. A few questions before I sign up:

1. Which size would you recommend for two adults who cook most evenings (plus a toddler who mostly eats pasta)?
2. Is it possible to never get mushrooms? My partner can't stand them.
3. Do you deliver to Trenance, near Mawgan Porth, and if so which day?

Thanks very much,
Hannah""", kind="alt"),
      ag("kerensa", "11-03 09:10", """Hi Hannah,

Welcome to Cornwall! Mawgan Porth and Trenance are on our Friday Newquay round, usually somewhere between 8am and 1pm. Mushrooms can go on your "never send" list - tick them under Account > Preferences once you've signed up and the packers will leave them out for good.

For two keen cooks a medium box (£22) is usually right; people who start on the small one tend to run out by Thursday.

Best wishes,
Kerensa"""),
      cu("11-03 10:02", """Signed up for a medium from next Friday and ticked the mushrooms. Thanks so much, Kerensa!

Hannah""", thanks=True, kind="alt")),

    C("v02-roseland-cottages-welcome", "en", "closed", {"unanswered-question": 1},
      "Nick Tremayne <bookings@roselandcottages.example>", "outlook", "Welcome boxes for our cottages",
      "Holiday-let manager asks for Friday welcome boxes, monthly invoicing and a gluten-free bread add-on; the add-on is never mentioned.",
      cu("11-04 08:55", """Hello,

We manage three holiday cottages in St Mawes and want to offer guests a welcome veg box this winter. Could you deliver a small box to each cottage on Fridays, when we do changeovers, from 4 December to the end of January? We'd want you to invoice us once a month rather than per box, if that's possible. Also, do you do a gluten-free bread add-on? We get asked for it a lot.

The cottages are Quay View, Bosun's Loft and Little Polvarth, all on Polvarth Road.

Regards,
Nick Tremayne
Roseland Cottages""", uq=1),
      ag("jory", "11-04 11:30", """Hi Nick,

St Mawes is on our Friday Roseland run, so changeover Fridays work well - the van is usually in the village between 10 and 12. I've set up three small boxes every Friday from 4 December to 29 January, one per cottage, each labelled with the cottage name.

I've asked Morwenna in accounts to switch you to a monthly invoice; it goes out on the 1st of each month with 14 days to pay.

Kind regards,
Jory""")),

    C("v03-penryn-missing-eggs", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Ollie Carne <ollie@carnefamily.example>", "iphone", "Eggs missing from today's box",
      "Credit given at once, the cause promised 'by Friday'; the customer asks again the next Wednesday and gets the explanation the day after: kept late.",
      cu("11-11 18:20", """Hi, today's box came without the half dozen eggs and the leeks at the bottom had gone slimy. Could you credit the eggs please? The leeks I can live with but thought you should know.

Ollie

Sent from my iPhone"""),
      ag("kerensa", "11-12 08:45", """Hi Ollie,

Sorry about that. I've put a £3.20 credit on your account for the eggs and another £2 for the leeks - it comes off your next box automatically.

The eggs should have been packed at the end of the line, so something's gone wrong there. I'll find out from the packing shed what happened and let you know by Friday.

Kerensa""", promises=[("11-13", 4)]),
      cu("11-18 18:30", """Hi Kerensa, did you ever hear back from the packing shed? No eggs again today, which is why I'm asking.

Ollie

Sent from my iPhone""", chase=True),
      ag("kerensa", "11-19 09:00", """Hi Ollie,

I should have come back to you last week - apologies. The egg trays were being packed from an old list that still had you down as "no eggs" from your pause in October. That's fixed now, and I've credited today's eggs as well (another £3.20).

Kerensa""")),

    C("v04-carbis-bay-pause", "de", "closed", {},
      "Jürgen Wallner <j.wallner@wallner-ferien.example>", "gmail_de", "Lieferpause November",
      "German second-home owners: pause for three weeks and what to do with the empty boxes, both answered.",
      cu("11-05 20:15", """Hallo Frau Kraft,

wir fahren am Montag für drei Wochen zurück nach Freiburg. Können Sie unsere Lieferungen vom 9. bis einschließlich 27. November pausieren? Am 1. Dezember sind wir wieder da.

Und noch eine Frage: Wo sollen wir die leeren Kisten lassen, solange wir weg sind? Die stapeln sich schon im Flur.

Viele Grüße aus Carbis Bay
Jürgen Wallner"""),
      ag("anneliese", "11-06 08:40", """Hallo Herr Wallner,

erledigt - die Lieferungen am 10., 17. und 24. November fallen aus, ab Dienstag, dem 1. Dezember, liefern wir wieder wie gewohnt.

Die leeren Kisten stellen Sie einfach zusammengefaltet vor die Haustür; unser Fahrer nimmt sie am Dienstag mit, auch wenn er nichts Neues bringt.

Schöne Zeit in Freiburg!
Anneliese Kraft""")),

    C("v05-redruth-moving", "en", "closed", {"unanswered-question": 1},
      "Becca Hosking <becca.hosking@chywoon.example>", "gmail", "Moving house - keep the box going",
      "One long paragraph with four asks (round, new address, leave with neighbours, kale swap); the neighbours request is passed over.",
      cu("11-05 21:30", """Hiya,

Bit of a ramble, sorry. We're moving house at the end of the month (exchange finally happened, hurrah) from Perranporth to 7 Chapel Terrace in Redruth, and I'd really like to keep the box going through the chaos. Could you let me know whether Redruth is on one of your rounds, and which day? If it is, please move the deliveries to the new address from the first week of December. I was also wondering whether you could leave the box with our neighbours at no. 9 on the week of the 23rd, as we'll be back and forth with the van and might not be in. Oh, and last week's box had a big bag of kale in it that wasn't on the list - not complaining at all, but was that instead of the chard?

Thanks so much,
Becca""", uq=1),
      ag("kerensa", "11-06 10:05", """Hi Becca,

Congratulations on the move! The chard was flattened by last week's wind, so yes, the kale went in instead.

Redruth is on our Thursday round, so from Thursday 3 December your box goes to 7 Chapel Terrace - I've changed the address on your account with that start date. Until then nothing changes and you'll keep getting it on Tuesdays in Perranporth.

Best wishes,
Kerensa""")),

    C("v06-st-agnes-cooking-club", "en", "closed", {"unanswered-question": 2},
      "Fiona Jago <office@stagnes-primary.example>", "outlook", "Veg for our after-school cooking club",
      "School's bullet list of four: fortnightly box and farm visit answered, the school discount and the PO-number invoices skipped.",
      cu("11-03 13:20", """Dear Pellow Farm,

Our after-school cooking club would love a regular box of seasonal veg for the children to cook with. A few questions from our club leader and the bursar:

- Could we have a medium box every other week rather than weekly?
- Do you offer any discount for schools?
- Please send invoices to the school office with our purchase order number, SA-2291, on each one.
- Would it be possible for the club (about 14 children) to visit the farm in the spring term?

Many thanks,
Fiona Jago
School Business Manager, St Agnes Primary School""", uq=2, cc="Jenna Angwin <j.angwin@stagnes-primary.example>"),
      ag("demelza", "11-03 16:00", """Dear Fiona,

What a lovely idea. Fortnightly is no problem - I've set up a medium box every other Wednesday starting 11 November.

And yes, we'd love to have the children. We run school visits from April, usually on Tuesday mornings: they pull some carrots, meet the hens and see the polytunnels. The dates are at https://pellowfarmbox.example/visits?group=school - let me know which one suits.

Best wishes,
Demelza""", cc="Jenna Angwin <j.angwin@stagnes-primary.example>")),

    C("v07-falmouth-direct-debit", "en", "pending", {"missed-follow-up": 1},
      "Sam Wheeler <sam.wheeler@bosvena.example>", "thunderbird", "Direct debit failed?",
      "Screenshot of a payment the farm says failed; 'let me look into it ... and I'll get back to you' with no date and nothing after.",
      cu("11-16 09:30", """Hello,

I got an email on Saturday saying my direct debit for November failed, but the money has definitely left my account (screenshot attached). Can you check what's going on? I don't want to be charged twice.

Sam Wheeler""", attach=[("image/png", "bank-app.png", SCREENSHOT_PNG)]),
      ag("morwenna", "11-16 11:45", """Hi Sam,

Thanks for the screenshot. On our side the payment shows as "pending" rather than failed, which is odd - the payment provider sometimes sends that email by mistake when a bank is slow to confirm. Let me look into it with them and I'll get back to you. In the meantime please don't pay it again.

Kind regards,
Morwenna""", promises=[("window", None)])),

    C("v08-mevagissey-storm", "en", "pending", {},
      "Rosie Polglase <rosie@polglase.example>", "gmail", "Eggs + where to leave the box",
      "A storm pleasantry, a rhetorical question and a self-answered one around two real requests, both done.",
      cu("11-17 08:05", """Morning all!

How are you surviving the storm up at the farm? Half our fence is in the next field. Who'd live by the sea, eh?

Right, two things. Where do I update my card details - oh hang on, found it under Account > Payments, done. The actual reason I'm writing: please add half a dozen eggs to my box every week from now on. And could the driver leave it in the log store instead of the porch? The porch floods when it rains like this.

Cheers,
Rosie""", kind="alt"),
      ag("jory", "11-17 10:20", """Morning Rosie,

We're fine, thanks - a few polytunnel sheets to replace but nothing worse. Eggs are on your box every week from Thursday, and "log store, not porch" is on the driver's sheet.

Jory""")),

    C("v09-coverack-low-potassium", "en", "closed", {},
      "Graham Rule <g.rule@coverackmail.example>", "thunderbird", "Substitutions - low potassium diet",
      "Three substitution questions answered inline under each quoted line: a yes with the swap, a link and a deadline, 'Done.'",
      cu("11-09 17:45", """Hello Kerensa,

A few things about substitutions, as my wife is on a low-potassium diet now:

Can we swap potatoes for something else every week?
Is there a way to see what's in the box before it's packed, so we can make changes?
Would you be able to leave out bananas from the fruit bag for good?

Regards,
Graham Rule"""),
      ag("kerensa", "11-10 09:30", """Hello Graham,

> Can we swap potatoes for something else every week?

Yes - I've set a standing swap to extra carrots and greens.

> Is there a way to see what's in the box before it's packed, so we can make changes?

The list goes up every Friday at https://pellowfarmbox.example/this-week and you have until 9am Monday to change it for your Wednesday box.

> Would you be able to leave out bananas from the fruit bag for good?

Done.

Best wishes,
Kerensa""", quote=False)),

    C("v10-kynance-kitchen-trade", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Ellie Mabyn <ellie@kynancekitchen.example>", "owa", "Buying veg for our café",
      "Café's three questions passed between three agents: trade terms (PDF form) and delivery time answered, micro-herbs never mentioned; the hand-over promise is kept next morning.",
      cu("11-09 10:15", """Hi,

We run a small café in Lizard village and would like to buy veg from you for the kitchen rather than from the cash and carry. Is it possible to open a trade account with 30 days to pay? What's the earliest you could deliver on a Tuesday - we start prep at 8. Can you also supply micro-herbs, or only what's in the boxes?

Thanks,
Ellie Mabyn
Kynance Kitchen, Lizard""", uq=1),
      ag("kerensa", "11-09 12:00", """Hi Ellie,

Thanks for thinking of us! Trade accounts and delivery times are handled by my colleagues, so I've passed your email to Morwenna (accounts) and Jory (rounds). Morwenna will be in touch tomorrow about the account.

Best wishes,
Kerensa""", promises=[("11-10", 3)]),
      ag("morwenna", "11-10 09:15", """Hi Ellie,

Happy to set you up. Trade accounts are on 30-day terms once the first two orders have been paid on delivery; the application form is attached - send it back whenever you're ready.

Kind regards,
Morwenna""", parent=1, attach=[("application/pdf", "trade-account-application.pdf", TRADE_FORM_PDF)]),
      ag("jory", "11-10 14:40", """Hi Ellie,

The Lizard is at the far end of the Tuesday run, so realistically 9:30. If that's too late we could drop the veg at 4pm on Monday instead and you'd have it ready for the morning.

Jory""", parent=1)),

    C("v11-camborne-change-day", "en", "closed", {"unanswered-question": 1},
      "Dean Vivian <dean.vivian@treswithian.example>", "android", "Delivery day",
      "Asks to move from Wednesday to Thursday and why the box was late; the reply explains the lateness and offers a safe-place link instead of the day change.",
      cu("11-04 07:10", """Hi,

Can I change my delivery from Wednesday to Thursday from next week? I'm working from the office on Wednesdays now so nobody's in. Also my box came at nearly 2pm last week, is that normal?

Dean

Get Outlook for Android""", uq=1),
      ag("jory", "11-04 12:30", """Hi Dean,

Sorry it was so late last week - one of the vans had a puncture at Hayle and the whole Wednesday round ran two hours behind. Normally you're between 9 and 11.

If nobody's in on Wednesdays, just tell us where the box can go safely: https://pellowfarmbox.example/account/safe-place

Regards,
Jory""")),

    C("v12-liskeard-gift-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Margaret Opie <margaret.opie@btmail.example>", "apple", "Gift subscription for my mother",
      "Gift question unanswered for two days; the customer sends it again as a new mail with the same subject (no threading headers); answered in full after that.",
      cu("11-10 09:05", """Hello,

I'd like to give my mother a three-month veg box subscription for Christmas. She lives in Liskeard - do you go that far east? And can the first box start in January rather than straight away, with a card saying it's from me?

Thank you,
Margaret Opie"""),
      cu("11-12 08:50", """Sending this again as I haven't heard anything - perhaps it went astray?

I'd like to give my mother a three-month veg box subscription for Christmas. She lives in Liskeard - do you go that far east? And can the first box start in January rather than straight away, with a card saying it's from me?

Thank you,
Margaret Opie""", parent=0, chase=True),
      ag("demelza", "11-12 11:20", """Dear Margaret,

Apologies for the silence - your first message ended up in our spam folder along with a lot of Black Friday offers we never asked for.

Liskeard is the edge of our patch, but yes, we deliver there on Thursdays. A gift subscription can start whenever you like; I'd suggest Thursday 7 January, and the first box will carry a card saying "With love from Margaret" unless you'd like different words. Three months of small boxes is £192, payable here: https://pellowfarmbox.example/gift?months=3

Warm wishes,
Demelza""", parent=2)),

    C("v13-pentire-christmas-list", "en", "pending", {"unanswered-question": 2},
      "Tom Angove <tom.angove@pentirehouse.example>", "gmail", "Christmas veg for 11!",
      "Five Christmas questions, one per line: last delivery, sprouts and Christmas Eve answered; two boxes per household and the extra sack of potatoes not.",
      cu("11-16 20:40", """Hi Demelza,

Christmas planning time! We've got 11 people at ours this year so I'm getting organised early. Questions, in no particular order:

When's the last delivery before Christmas for the Friday round?
Can I order two large Christmas boxes, or is it one per household?
Do the Christmas boxes include sprouts on the stalk? The kids insist.
I'd also like a sack of Maris Pipers (the 10kg one from the farm shop) added to the same delivery.
And finally - is there any way of getting a delivery on Christmas Eve itself? We won't have fridge space before then.

Cheers,
Tom""", uq=2, kind="alt"),
      ag("demelza", "11-17 09:30", """Hi Tom,

Eleven - brave man! All the rounds go out on 21 and 22 December that week, and the Friday round's customers get theirs on Tuesday 22nd. We don't deliver on Christmas Eve, I'm afraid: the whole team is off from the 23rd. Sprouts come on the stalk in every Christmas box.

Christmas ordering opens on 23 November at https://pellowfarmbox.example/christmas.

Best wishes,
Demelza""")),

    C("v14-portreath-guesthouse", "en", "closed", {"unanswered-question": 1},
      "Lowenna Fry <stay@cliffsideportreath.example>", "owa", "Weekly order for our guesthouse",
      "HTML-only mail from a guesthouse (signature with a '?' line and URL): box and eggs set up, the before-8am delivery request ignored.",
      cu("11-05 10:00", """Hello,

We're a 6-room guesthouse in Portreath and we'd like a large box and a dozen eggs every Thursday for breakfasts. Could the eggs be the large ones rather than mixed sizes? Also, please could you deliver before 8am - breakfast service starts at 8:30 and I need the eggs before then.

Best regards,
Lowenna Fry
Cliffside Guesthouse | Portreath
Planning a stay? https://cliffsideportreath.example/book?src=email-sig""", uq=1, kind="html"),
      ag("kerensa", "11-05 14:10", """Hello Lowenna,

Lovely to hear from you. I've set up a large box and a dozen eggs every Thursday from 12 November. Our hens' eggs come ungraded, but for you the packers can pick out the large ones - graded eggs are 20p a dozen extra.

Best wishes,
Kerensa""")),

    C("v15-porthleven-invoice-name", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Chris Pengelly <chris@harbourkitchen-porthleven.example>", "outlook", "Invoice PF-4471 wrong company name",
      "Corrected invoice promised for 'tomorrow' never sent; the customer chases twice (the second time replying to his own chaser) and is still waiting.",
      cu("11-10 10:30", """Hi Morwenna,

Our October invoice (PF-4471) has the wrong business name on it - it says Harbourside Kitchen, we're Harbour Kitchen Ltd. Could you send a corrected copy? Our accountant won't accept it as it is.

Thanks,
Chris Pengelly
Harbour Kitchen Ltd, Porthleven"""),
      ag("morwenna", "11-10 13:00", """Hi Chris,

Sorry about that - the name came over wrong from the old system. I'll reissue it and send you the corrected invoice tomorrow.

Kind regards,
Morwenna""", promises=[("11-11", None)]),
      cu("11-16 09:15", """Hi Morwenna, just following up on the corrected invoice - nothing has come through yet. Can you send it today?

Chris""", chase=True),
      cu("11-18 16:40", """Morwenna, still waiting on this. Our accountant needs it by Friday.

Chris""", chase=True)),

    C("v16-moorview-price-rise", "en", "closed", {"missed-follow-up": 1},
      "Jenny Kitto <jenny.kitto@moorview.example>", "apple", "Box price",
      "Price rise explained in part; 'I'll check with Ben ... and come back to you early next week' (said Thursday) delivered on the Wednesday: late.",
      cu("11-05 08:30", """Hello,

I noticed my medium box went up from £21 to £22 this month. Was there an email about this that I missed? I'm not against it, I'd just like to understand why, and whether the small box has gone up as well - I might drop down a size.

Jenny Kitto"""),
      ag("kerensa", "11-05 11:15", """Hi Jenny,

There was a note in the October newsletter, but I realise not everyone reads those! The small box is still £16 for now. As for the reasons - it's mostly the compostable liners and fuel, but I'd rather give you the real figures, so I'll check with Ben our farm manager and come back to you early next week.

Best wishes,
Kerensa""", promises=[("11-10", 3)]),
      ag("kerensa", "11-11 15:20", """Hi Jenny,

Sorry this took a bit longer than I said. Ben's figures: the liners went up 30 % this year, diesel about 12 %, and the pickers' pay went up with the new minimum wage in October. The extra £1 covers roughly half of that; we're absorbing the rest.

Best wishes,
Kerensa""")),

    C("v17-falmouth-rote-bete", "de", "closed", {"missed-follow-up": 1},
      "Sabine Roth <sabine.roth@roth-mail.example>", "gmail_de", "Rote Bete trotz Ausschlussliste",
      "Beetroot despite the exclusion list: credit given at once, the check of the list promised 'bis Donnerstag' and never reported.",
      cu("11-03 18:10", """Hallo,

in der Kiste von heute war zum dritten Mal in Folge Rote Bete, obwohl ich sie auf meine Ausschlussliste gesetzt habe. Könnten Sie bitte nachsehen, ob die Liste überhaupt gespeichert ist? Ich möchte außerdem wissen, ob ich für die Rote Bete eine Gutschrift bekomme.

Danke und viele Grüße
Sabine Roth"""),
      ag("anneliese", "11-04 09:00", """Hallo Frau Roth,

das tut mir leid. Eine Gutschrift über 1,80 £ für die Rote Bete habe ich Ihnen schon gebucht, sie wird von der nächsten Kiste abgezogen. Warum die Ausschlussliste nicht greift, kläre ich mit unserer Packhalle - ich melde mich bis Donnerstag bei Ihnen.

Viele Grüße
Anneliese Kraft""", promises=[("11-05", None)])),

    C("v18-helford-away", "en", "pending", {},
      "Alan Dunstan <a.dunstan@helfordsailing.example>", "outlook", "Pausing my box",
      "Pause plus a fruit-bag-only question, both answered; the customer's Outlook out-of-office answers the reply.",
      cu("11-16 13:00", """Afternoon,

Please can you pause my box for the next two weeks (deliveries on the 19th and 26th)? I'm away on a course. Also, can I still get the fruit bag on its own while I'm away, for my son who's house-sitting?

Alan Dunstan"""),
      ag("jory", "11-16 15:30", """Hi Alan,

Your box is paused for 19 and 26 November and restarts on 3 December. The fruit bag can come on its own on those two Thursdays - it's £7 plus £1.50 delivery when there's no box with it. I've added it, so your son just needs to be in or leave the porch open.

Jory"""),
      auto("11-16 15:31", """I'm away on a course until 30 November with limited access to email.

For anything urgent about Helford Sailing Club please call the office on 01326 555 0190.

Alan Dunstan""", quote=False, subject="Automatic reply: Pausing my box")),

    C("v19-treloyhan-slot", "en", "closed", {},
      "Nadia Hart <nadia.hart@treloyhan.example>", "gmail", "Wrong collection slot",
      "A second mail twenty minutes later adds the order number (new information, not a chase); the slot is changed.",
      cu("11-12 12:30", """Hi,

I placed a click-and-collect order for Saturday but picked the wrong time slot - I need 2-3pm, not 10-11am. Can you change it for me? I can't see how to do it online.

Nadia"""),
      cu("11-12 12:52", """Sorry, forgot to say - the order number is FS-30877.

Nadia"""),
      ag("demelza", "11-12 14:15", """Hi Nadia,

Thanks - FS-30877 is now down for 2-3pm on Saturday. Once an order is paid only we can change the slot, so you did the right thing writing in.

See you Saturday,
Demelza""")),

    C("v20-lanyon-christmas-slot", "en", "pending", {},
      "Bryony Lanyon <bryony@lanyonhouse.example>", "outlook", "Christmas delivery a day early?",
      "Signature question answered; the day change deferred with 'I'll confirm your slot by Tuesday 24th' - a deadline still ahead at audit time.",
      cu("11-19 10:10", """Hello Jory,

We'd like our Christmas box delivered on Monday 21 December rather than Tuesday 22nd, as we're driving up to my sister's on the 22nd. Is that doable? And will the driver need someone in to sign, or can it go in the shed like normal?

Bryony"""),
      ag("jory", "11-19 14:45", """Hi Bryony,

No signature needed - the shed is fine, same as any other week.

The Christmas rota gets finalised on Monday, so I can't promise the 21st just yet, though it looks likely. I'll confirm your slot by Tuesday 24th.

Jory""", promises=[("11-24", None)])),

    C("v21-penzance-caisse-noel", "fr", "closed", {},
      "Maëlle Guivarc'h <maelle.guivarch@penn-ar-bed.example>", "apple_fr", "Caisse de Noël",
      "French customer asks about chestnuts and potato varieties; answered in the other order, with the chestnut add-on price.",
      cu("11-10 19:20", """Bonjour Gwenaëlle,

Nous aimerions commander la caisse de Noël cette année. Est-ce qu'elle contient des châtaignes ? Mon mari en fait une farce tous les ans.

Je voudrais aussi savoir quelles variétés de pommes de terre vous mettez dedans : il nous en faut qui tiennent bien à la cuisson pour le gratin.

Merci beaucoup et bonne soirée,
Maëlle"""),
      ag("gwen", "11-11 09:20", """Bonjour Maëlle,

Pour le gratin, pas d'inquiétude : nous mettons de la Charlotte, qui tient très bien à la cuisson, avec quelques Maris Piper pour les pommes de terre rôties. Les châtaignes ne font pas partie de la caisse, mais on peut les ajouter : 500 g de châtaignes cuites sous vide pour 4,50 £, à cocher au moment de la commande.

Bonne journée,
Gwenaëlle""")),

    C("v22-helston-espinacas", "es", "pending", {},
      "Carmen Ibáñez <carmen.ibanez@correo-sur.example>", "gmail_es", "Cambio de kale y dónde dejar la caja",
      "Spanish customer: a standing swap (question) and where to leave the box (request), both handled in two sentences.",
      cu("11-16 21:00", """Hola Lucía:

Te escribo por dos cosas. La primera: ¿podríais cambiarme la col rizada por espinacas cuando venga? A mi hija no le gusta nada. La segunda: el repartidor deja la caja en la puerta de la calle y el viernes pasado se mojó entera; por favor, que la deje en el patio de atrás, la puerta lateral siempre está abierta.

Muchas gracias,
Carmen""", kind="alt"),
      ag("lucia", "11-17 09:45", """Hola, Carmen:

Hecho: a partir de esta semana, cuando toque col rizada te ponemos espinacas (o acelgas si no hay espinacas). Y he añadido una nota para el repartidor: la caja va al patio de atrás, por la puerta lateral.

Un saludo,
Lucía""")),

    C("v23-sennen-cutoff", "en", "closed", {},
      "Zoe Trethewey <zoe@sennencovelets.example>", "owa", "Cut-off for Tuesday boxes",
      "One question answered with the time and an exception; thanks-only reply whose signature has a '?' and a URL with '?'.",
      cu("11-06 09:40", """Hi Kerensa,

Quick one: what's the cut-off for changing a Tuesday box? We sometimes get late bookings on a Sunday night and I'd like to add boxes for those cottages.

Thanks,
Zoe Trethewey
Sennen Cove Holiday Lets
Fancy a winter break by the sea? https://sennencovelets.example/winter?utm=sig"""),
      ag("kerensa", "11-06 11:05", """Hi Zoe,

9am on the Sunday for Tuesday deliveries - but for you I can squeeze extras in until 8pm on Sunday if you email me directly. Monday morning is too late, the boxes are packed by then.

Best wishes,
Kerensa"""),
      cu("11-06 11:30", """That's perfect, thank you!

Zoe Trethewey
Sennen Cove Holiday Lets
Fancy a winter break by the sea? https://sennencovelets.example/winter?utm=sig""", thanks=True)),

    C("v24-truro-birthday-box", "en", "closed", {},
      "Imogen Rowse <imogen.rowse@tregonning.example>", "apple", "Fwd: Your order PF-W-55120",
      "HTML-only mail forwarding a sister's order confirmation (whose questions are not the customer's); the one real request is done.",
      cu("11-12 16:20", """Hi,

My sister ordered this box for me as a birthday present and I'd like to move it to the week after instead - is that possible? The confirmation she forwarded is below.

Imogen

Begin forwarded message:

From: Pellow Farm Veg Boxes <hello@pellowfarmbox.example>
Subject: Your order PF-W-55120
Date: 9 November 2026 at 14:02:11 GMT
To: Clare Rowse <clare.rowse@tregonning.example>

Thanks for your order, Clare!

One-off large box with fruit bag, delivered Tuesday 17 November to Imogen Rowse, 3 Bosvean Gardens, Truro.

Want to add a message card? Need to change the date? Reply to this email or visit https://pellowfarmbox.example/account?order=PF-W-55120""", kind="html"),
      ag("kerensa", "11-13 08:50", """Hi Imogen,

Happy birthday! Your box has moved to Tuesday 24 November, same address. Nothing needs changing on Clare's side.

Best wishes,
Kerensa""")),

    C("v25-bolitho-boxes-back", "en", "pending", {},
      "Will Bolitho <will@bolithofamily.example>", "thunderbird", "Old boxes and Christmas hampers",
      "Returning boxes and hampers: answered with logistics ('the driver will take them') and a process ('we'll email all subscribers when it goes live') - neither is a promise.",
      cu("11-17 19:30", """Hi there,

I've got a stack of about ten of your cardboard boxes and the ice packs from the summer. Do you take them back? And will you be doing the Christmas hampers again? Last year's was lovely.

Will"""),
      ag("jory", "11-18 08:40", """Hi Will,

Yes please! Leave them flattened by the door on your next delivery day (Thursday) and the driver will take them back - the ice packs too, we reuse them.

The hampers are back: the Christmas shop opens on Monday 23 November and we'll email all subscribers when it goes live.

Jory""")),

    C("v26-chenoweth-fruit-bag", "en", "closed", {},
      "Peter Chenoweth <pchenoweth@oldmillhouse.example>", "oldclient", "Fruit bag",
      "A request from an old mail client that sends no Message-ID; the reply (unthreaded as a result) confirms and gives the new weekly price.",
      cu("11-04 10:45", """Dear Sir or Madam,

Please cancel the fruit bag on my order from this week. I will keep the small vegetable box. Could you confirm how much I will pay each week after this?

Yours faithfully,
P. Chenoweth""", msgid=False,
         note="Peter Chenoweth's request to cancel the fruit bag, sent without a Message-ID"),
      ag("morwenna", "11-04 13:30", """Dear Mr Chenoweth,

The fruit bag is cancelled from this Friday. From then on you'll pay £16 a week for the small box on its own.

Kind regards,
Morwenna Hicks""")),

    C("v27-glasney-regalo", "es", "closed", {},
      "Javier Morales <javier.morales@hispacorn.example>", "gmail_es", "Caja semanal para mi hija",
      "Father in Madrid buys a weekly box for his student daughter: Spanish card answered at once, the residence question promised for 'mañana' and answered the next morning.",
      cu("11-09 11:00", """Buenos días:

Mi hija estudia en la Universidad de Falmouth y me gustaría regalarle una caja pequeña cada semana hasta final de curso. ¿Es posible pagar desde España con una tarjeta española? ¿Y se puede entregar en una residencia de estudiantes (Glasney Village)?

Gracias de antemano,
Javier Morales""", tz=1),
      ag("lucia", "11-09 12:30", """Buenos días, Javier:

Sí, aceptamos tarjetas españolas sin problema; el cargo se hace en libras y su banco hace la conversión. Lo de la residencia lo consulto con mi compañero de reparto, que conoce las normas del campus, y le contesto mañana.

Un saludo,
Lucía""", promises=[("11-10", 3)]),
      ag("lucia", "11-10 10:15", """Hola de nuevo, Javier:

Ya lo he hablado con Jory: en Glasney Village las cajas se dejan en la recepción de la residencia, que abre hasta las 22:00, así que no hay problema. Solo necesitamos el número de habitación de su hija.

Un saludo,
Lucía""")),

    C("v28-truro-magasin", "fr", "closed", {},
      "Thibault Marchetti <t.marchetti@orange-mail.example>", "apple_fr", "Commande pour samedi",
      "Farm-shop pre-order and old gift vouchers, both answered in one short paragraph; thanks-only reply.",
      cu("11-13 09:15", """Bonjour,

Je passe au magasin de la ferme samedi. Est-ce que je peux commander à l'avance 5 kg de courges butternut et deux douzaines d'œufs, pour être sûr qu'il en reste ? Et vous acceptez les chèques-cadeaux de l'an dernier ?

Merci,
Thibault Marchetti"""),
      ag("gwen", "11-13 11:00", """Bonjour Thibault,

C'est noté : 5 kg de butternut et deux douzaines d'œufs vous attendront à la caisse samedi, au nom de Marchetti. Les chèques-cadeaux sont valables deux ans, donc ceux de l'an dernier passent sans problème.

Bon week-end,
Gwenaëlle"""),
      cu("11-13 11:20", """Parfait, merci beaucoup !

Thibault""", thanks=True)),

    C("v29-chacewater-upgrade", "en", "pending", {},
      "Mike Hendra <mike.hendra@chacewater.example>", "gmail", "Upgrading",
      "Price per month and last Christmas delivery answered with nothing but a figure and a date.",
      cu("11-18 12:00", """Hi,

Thinking of upgrading. How much would a large box plus the fruit bag come to per month? And when is the last delivery before Christmas on the Tuesday round?

Mike"""),
      ag("kerensa", "11-18 14:30", """Hi Mike,

£144 a month (four deliveries), and 22 December.

Kerensa""")),

    C("v30-mylor-extras", "en", "open", {},
      "Anna Rosevear <anna.rosevear@mylorharbour.example>", "iphone", "Extras next week",
      "Request on the audit day; only the helpdesk acknowledgement so far, inside the response target.",
      cu("11-20 11:30", """Hi, could I add a bag of onions and a dozen eggs to next Wednesday's box? Thanks, Anna

Sent from my iPhone"""),
      ack("11-20 11:31")),

    C("v31-polperro-ferienhaus", "de", "closed", {},
      "Matthias Ebner <m.ebner@ebner-ferienhaus.example>", "thunderbird_de", "Gemüsekiste für Feriengäste",
      "German holiday-let owner's three questions answered inline: 'Ja, donnerstags', both payment ways with a link, potatoes can be deselected.",
      cu("11-11 10:00", """Sehr geehrte Frau Kraft,

wir vermieten ab Dezember unser Ferienhaus in Polperro und möchten unseren Gästen eine Gemüsekiste anbieten. Drei Fragen dazu:

Liefern Sie auch nach Polperro?
Können die Gäste die Kiste selbst bezahlen, oder muss das über uns laufen?
Gibt es die Kiste auch ohne Kartoffeln? Viele Gäste reisen mit wenig Platz im Auto an.

Mit freundlichen Grüßen
Matthias Ebner""", tz=1),
      ag("anneliese", "11-11 13:30", """Sehr geehrter Herr Ebner,

> Liefern Sie auch nach Polperro?

Ja, donnerstags mit der Tour nach Looe.

> Können die Gäste die Kiste selbst bezahlen, oder muss das über uns laufen?

Beides geht. Am einfachsten ist ein Gästelink, den Sie mit der Buchungsbestätigung verschicken: https://pellowfarmbox.example/guest?host=ebner

> Gibt es die Kiste auch ohne Kartoffeln?

Ja, Kartoffeln lassen sich bei jeder Kiste abwählen.

Mit freundlichen Grüßen
Anneliese Kraft""", quote=False)),

    C("v32-goonhavern-fodmap", "en", "closed", {},
      "Lisa Pawley <lisa.pawley@goonhavern.example>", "android", "Box without onions?",
      "Allium-free box and the swaps explained; a conditional offer ('just say the word') is not a promise; the customer thanks and will think about it.",
      cu("11-06 13:10", """Hi, do you do a box without any alliums at all? No onions, leeks or garlic - my husband has IBS and follows a low-FODMAP diet. What would you put in instead?

Lisa

Get Outlook for Android"""),
      ag("kerensa", "11-06 15:40", """Hi Lisa,

We do - quite a few of our customers are low-FODMAP. We leave out all the alliums and the swaps are usually extra carrots, parsnips, spinach or squash, depending on the week; the weekly list at https://pellowfarmbox.example/this-week shows the swaps in green.

If you'd like to try one, I can add a bunch of chives and a bottle of garlic-infused oil to your first box for free - just say the word.

Best wishes,
Kerensa"""),
      cu("11-06 18:50", """Thanks Kerensa, that's really helpful. We'll have a think and let you know.

Lisa

Get Outlook for Android""", thanks=True)),

    C("v33-fowey-grosse-kiste", "de", "closed", {"unanswered-question": 1},
      "Heike Brandauer <heike.brandauer@posteo-mail.example>", "outlook_de", "Größere Kiste",
      "German family switches to the large box (answered with date and price); the request in passing to send invoices to her husband is not acted on.",
      cu("11-02 12:15", """Guten Tag,

ab sofort hätten wir gerne die große statt der mittleren Kiste, wir sind jetzt zu viert. Ist das schon ab dieser Woche möglich?

Außerdem bitte ich Sie, die Rechnungen künftig an meinen Mann zu schicken (klaus.brandauer@posteo-mail.example), er kümmert sich jetzt um die Haushaltsfinanzen.

Freundliche Grüße
Heike Brandauer""", uq=1),
      ag("anneliese", "11-02 15:00", """Guten Tag Frau Brandauer,

gerne! Die große Kiste kommt schon diesen Donnerstag, den 5. November. Sie kostet 29 £ statt 22 £; die Differenz wird mit der nächsten Abbuchung eingezogen.

Viele Grüße
Anneliese Kraft""")),

    C("v34-truro-kiste-verschwunden", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Florian Seidl <florian.seidl@seidl-net.example>", "gmail_de", "Kiste nicht angekommen",
      "Box marked delivered but missing: 'ich melde mich morgen' kept five days later after 'gibt es schon etwas Neues?'; the last reply's References skip a message.",
      cu("11-10 18:30", """Hallo zusammen,

die Kiste von heute stand nicht vor der Tür, laut Ihrer SMS wurde sie aber um 9:12 Uhr zugestellt. Können Sie bitte beim Fahrer nachfragen, wo er sie abgestellt hat? Bei den Nachbarn ist nichts.

Gruß
Florian Seidl"""),
      ag("anneliese", "11-11 08:50", """Hallo Herr Seidl,

das ist ärgerlich, entschuldigen Sie bitte. Ich kläre das mit dem Fahrer, er ist heute auf Tour, und melde mich morgen bei Ihnen. Falls die Kiste nicht mehr auftaucht, bekommen Sie den vollen Betrag gutgeschrieben.

Viele Grüße
Anneliese Kraft""", promises=[("11-12", 4)]),
      cu("11-16 20:10", """Hallo Frau Kraft,

gibt es schon etwas Neues vom Fahrer? Ich habe bisher weder eine Antwort noch eine Gutschrift gesehen.

Gruß
Florian Seidl""", chase=True),
      ag("anneliese", "11-17 09:30", """Hallo Herr Seidl,

entschuldigen Sie die Verspätung. Der Fahrer hat die Kiste versehentlich bei Hausnummer 14 statt 41 abgestellt; die Bewohner haben sie inzwischen zurückgegeben, sie war aber nicht mehr brauchbar. Die Gutschrift über 22 £ ist jetzt auf Ihrem Konto und wird mit der nächsten Lieferung verrechnet.

Viele Grüße
Anneliese Kraft""", refs=[1, 3])),

    C("v35-falmouth-vacances", "fr", "closed", {"unanswered-question": 1},
      "Sophie Le Goff <sophie.legoff@ker-mail.example>", "apple_fr", "Vacances de Noël",
      "Holiday pause and a Christmas box before leaving answered (the order link promised for 23 November, still ahead); the question about the neighbouring farm's milk is skipped.",
      cu("11-04 20:30", """Bonsoir,

Nous partons en Bretagne pour les vacances de Noël, du 19 décembre au 3 janvier. Pourriez-vous suspendre nos livraisons pendant cette période ? Et est-ce qu'il serait possible de recevoir une caisse de Noël quand même, livrée le 18 décembre avant notre départ ?

Je voudrais aussi savoir si vous livrez le lait de la ferme voisine, comme l'année dernière.

Bien cordialement,
Sophie Le Goff""", uq=1),
      ag("gwen", "11-05 09:10", """Bonjour Sophie,

C'est fait : aucune livraison entre le 19 décembre et le 3 janvier, reprise le mercredi 6 janvier. Pour la caisse de Noël, oui, nous pouvons vous la livrer le vendredi 18 décembre à la place de votre caisse habituelle ; les commandes ouvrent le 23 novembre et je vous enverrai le lien ce jour-là.

Bonne journée,
Gwenaëlle""", promises=[("11-23", None)])),

    C("v36-penryn-piso-compartido", "es", "closed", {"unanswered-question": 1},
      "Alba Rodríguez <alba.rodriguez@correo-uni.example>", "gmail_es", "Caja compartida",
      "Three flatmates (base64 body): payment and delivery day answered, the student-discount question skipped.",
      cu("11-09 14:20", """Hola:

Somos tres compañeras de piso en Penryn y queremos compartir una caja mediana. ¿Se puede pagar entre tres tarjetas distintas, o tiene que ser una sola? ¿Y podríamos recibirla los jueves en lugar de los miércoles? Los miércoles no hay nadie en casa.

Otra cosa: ¿tenéis descuento para estudiantes?

Gracias,
Alba""", uq=1, cte="base64"),
      ag("lucia", "11-09 16:00", """Hola, Alba:

Penryn está en la ruta del miércoles, pero el jueves pasamos muy cerca (por Mabe), así que os la podemos dejar el jueves por la mañana. En cuanto al pago, tiene que ir a una sola tarjeta; lo que hacen muchos pisos compartidos es que paga una y las demás le hacen una transferencia.

Un saludo,
Lucía""")),

    C("v37-taberna-navarro", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Pedro Navarro <pedro@tabernanavarro.example>", "owa", "Calabaza y kale para el menú de invierno",
      "Restaurant wants weekly kilos until February: kale confirmed, volume and prices promised for 'el jueves que viene' and never sent; the invoicing name is not taken up.",
      cu("11-05 11:00", """Hola Lucía:

Para el menú de invierno necesitaríamos unos 8 kg de calabaza y 5 kg de kale cada semana, además de la caja grande de siempre. ¿Podéis asumir ese volumen hasta febrero? Y si es así, ¿a qué precio por kilo?

¿Y nos podéis facturar a nombre de Navarro Hostelería S.L.? Lo pide la gestoría.

Saludos,
Pedro Navarro
Chef, Taberna Navarro, Truro""", uq=1),
      ag("lucia", "11-05 13:30", """Hola, Pedro:

El kale no es problema hasta febrero, tenemos de sobra en los túneles. La calabaza depende de lo que quede en el almacén después de Navidad; lo miro con Ben y te confirmo el jueves que viene (día 12) el volumen y los precios de las dos cosas.

Un saludo,
Lucía""", promises=[("11-12", None)])),

    C("v38-stithians-double-charge", "en", "pending", {"reopened": 1},
      "Karen Tonkin <karen.tonkin@stithians-mail.example>", "gmail", "Charged twice",
      "Double charge refunded and 'I'll mark this one as resolved'; a week later the customer is charged twice again and writes back.",
      cu("11-09 08:20", """Hi, I was charged twice for last week's box - two payments of £22 on the 2nd. Can you refund one of them please?

Karen"""),
      ag("morwenna", "11-09 10:40", """Hi Karen,

You're quite right, our card system retried a payment that had already gone through. I've refunded £22 to your card today; it usually shows within 3-5 working days. I'll mark this one as resolved.

Kind regards,
Morwenna""", closes=True),
      cu("11-16 19:05", """Hi Morwenna,

The refund came through, thanks - but now I've been charged twice again for this week! What's going on? Please refund the second one and make sure it doesn't happen a third time.

Karen"""),
      ag("morwenna", "11-17 09:50", """Hi Karen,

I'm so sorry. The retry setting had only been switched off for new payments, not for ones already scheduled - it's now off for every account. The second £22 went back to your card this morning.

Kind regards,
Morwenna""")),

    C("v39-lamorna-chutney", "en", "closed", {},
      "Gill Penrose <gill.penrose@lamorna-mail.example>", "apple", "Broken jar in my order",
      "Smashed chutney jar (photo): replacement promised on the next box, reply tagged [Resolved]; the customer's thanks does not reopen it.",
      cu("11-17 10:30", """Hello,

The jar of spiced apple chutney in my farm shop order (FS-30912) arrived smashed - the whole box smells of vinegar! Photo attached. Could you send a replacement with next week's veg box, or refund it?

Gill Penrose""", attach=[("image/png", "chutney.png", JAR_PNG)]),
      ag("demelza", "11-17 12:15", """Hi Gill,

Oh no, sorry! A new jar goes in your box on Tuesday 24th, wrapped properly this time, and there's nothing to pay. We're using more paper round the jars from now on.

Demelza""", subject="[Resolved] Re: Broken jar in my order", closes=True),
      cu("11-17 12:40", """Lovely, thank you Demelza.

Gill""", thanks=True, subject="Re: [Resolved] Re: Broken jar in my order")),

    C("v40-newlyn-mum", "en", "closed", {"unanswered-question": 1},
      "Dan Curnow <dan.curnow@newlynnet.example>", "gmail", "Organic?",
      "Organic question answered; the follow-up sets up a box for his mother and asks about the referral discount, which the reply leaves out.",
      cu("11-02 09:00", """Hi, is the veg all certified organic, or just some of it? Asking for my mum who's very particular.

Dan""", kind="alt"),
      ag("kerensa", "11-02 11:10", """Hi Dan,

All of it. We've been certified by the Soil Association since 2009, and anything we buy in from neighbouring farms to fill the gaps in spring is certified too.

Best wishes,
Kerensa"""),
      cu("11-02 12:30", """Great, thanks. In that case could you set her up with a small box every Friday from the 13th - address is 2 Trewarveneth Street, Newlyn, and she'll pay by card over the phone. And do you still do the £5 off the first box for referrals? I'm a subscriber myself.

Dan""", uq=1, kind="alt"),
      ag("kerensa", "11-02 14:45", """Hi Dan,

All set up: a small box every Friday from 13 November to 2 Trewarveneth Street. I've put a note on the account that she'll phone with her card details - the office number is 01872 555 0142.

Best wishes,
Kerensa""")),

    C("v41-trevaunance-leaflets", "en", "pending", {"unanswered-question": 1},
      "Josh Penberthy <josh@trevaunancefarmhouse.example>", "outlook", "Boxes for holiday guests",
      "B&B owner asks about holiday-let deliveries (answered with the ordering rule), then for leaflets (sent) and a referral code for guests (never answered).",
      cu("11-13 08:00", """Hi,

We've had a few guests ask whether your boxes can be delivered direct to holiday lets. Is that something you do? We're thinking of recommending you in our welcome pack.

Josh Penberthy
Trevaunance Farmhouse B&B, St Agnes"""),
      ag("kerensa", "11-13 10:00", """Hi Josh,

We do - lots of our winter deliveries go to holiday lets. Guests order at https://pellowfarmbox.example/holiday by 9am two days before they arrive, and the box is waiting for them.

Best wishes,
Kerensa"""),
      cu("11-13 11:15", """That's great. Could you send us a few of your printed leaflets for the rooms - about 30? And is there a referral code we could give guests so they get something off?

Josh""", uq=1),
      ag("kerensa", "11-16 09:20", """Hi Josh,

Leaflets are in the post today - I've sent 40 so you have spares.

Best wishes,
Kerensa""")),

    C("v42-portscatho-roadworks", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rachel Eddy <rachel.eddy@portscathomail.example>", "iphone", "Lane closed for 2 weeks",
      "Lane closed for building work: 'he'll email you tomorrow' kept by the colleague a day late (his reply lost its threading headers); the builders' eggs never mentioned.",
      cu("11-09 07:30", """Hiya, we've got building work starting next Monday and the lane will be closed to vans for two weeks. Is there anywhere else you could drop our box on those Tuesdays? Maybe the pub car park at the top? Also could you pop an extra dozen eggs in for the builders' teas, just for those two weeks?

Rachel

Sent from my iPhone""", uq=1),
      ag("kerensa", "11-09 09:40", """Hi Rachel,

Thanks for the warning! The pub car park might work, but I need to check the route with Jory - he'll email you tomorrow with where and when.

Best wishes,
Kerensa""", promises=[("11-10", 3)]),
      ag("jory", "11-11 16:00", """Hi Rachel,

Sorry for the delay. The Plume of Feathers have said yes: from Tuesday 17 November your box will be in the porch by the pub's side entrance between 9 and 10, for the two weeks of the works. After that it goes back to your door.

Jory""", parent=1, thread=False)),

    C("v43-hocking-vat-receipts", "en", "pending", {"missed-follow-up": 1},
      "Laura Hocking <laura@hockingstudio.example>", "outlook", "VAT receipts Aug-Oct",
      "Three VAT receipts needed ('I need ...'); the VAT-number question answered, the receipts promised 'by end of day' and never sent.",
      cu("11-18 09:00", """Hi Morwenna,

I need VAT receipts for my last three months of boxes (August, September and October) for my business expenses - I use part of each box for my food photography work. Does your VAT number appear on them?

Thanks,
Laura Hocking"""),
      ag("morwenna", "11-18 10:30", """Hi Laura,

Yes, our VAT number is on every receipt, though most of the veg is zero-rated so the VAT lines will mostly show £0.00. I'll pull the three receipts out of the system and email them over by end of day.

Kind regards,
Morwenna""", promises=[("11-18", None)])),

    C("v44-marazion-refund", "en", "pending", {"customer-chased": 1},
      "Joe Trudgeon <joe.trudgeon@marazionmail.example>", "android", "Refund for cancelled subscription",
      "'Refunds take 3-5 working days' is how refunds work, not a promise; the customer chases after nine days from a reply without threading headers; a conditional offer closes the answer.",
      cu("11-03 17:00", """Hi, I cancelled my subscription last week but was still charged £22 on Monday. Please refund it.

Joe

Get Outlook for Android"""),
      ag("morwenna", "11-04 09:15", """Hi Joe,

Sorry about that - your cancellation came in after the weekly payment run had started. I've refunded the £22 today; refunds take 3-5 working days to reach your account.

Kind regards,
Morwenna"""),
      cu("11-13 18:40", """Hi, just checking in on the refund - it's been over a week and nothing has shown up on my account yet.

Joe

Get Outlook for Android""", chase=True, thread=False),
      ag("morwenna", "11-16 09:05", """Hi Joe,

I've checked with the card processor: the refund left us on 4 November with reference RF-88120. Some banks are slow with refunds to debit cards - if it still isn't there by Wednesday, send me a screenshot of your statement and I'll chase it from our end.

Kind regards,
Morwenna""")),

    C("v45-gwinear-harvest-supper", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Sarah Nance <sarah.nance@hayle-mail.example>", "gmail", "Veg for our harvest supper",
      "Friday-afternoon order for a village-hall supper answered on Monday (slow) with quantities and a price; the invoice in the committee's name is not mentioned.",
      cu("11-06 14:00", """Hello,

We're hosting a harvest supper at the village hall on 28 November for about 60 people. Could you supply the veg - roughly 15kg potatoes, 8kg carrots, 6kg onions, 10 squashes and whatever greens you have? We'd collect from the farm on the Friday. Also, can you give us an invoice made out to Gwinear Village Hall Committee, as it's coming out of their funds?

Many thanks,
Sarah Nance""", uq=1),
      ag("demelza", "11-09 10:00", """Dear Sarah,

What a lovely event. Yes, we can do all of that: 15kg potatoes, 8kg carrots, 6kg onions, 10 butternut and crown prince squashes and about 4kg of kale and chard. It comes to £96.50 and will be boxed up in the farm shop for collection any time after 10am on Friday 27th.

Best wishes,
Demelza""")),

    C("v46-polzeath-downsize", "en", "open", {"awaiting-reply": 1},
      "Kate Penhale <kate.penhale@polzeathmail.example>", "apple", "Smaller box + sourdough",
      "Switch to a small box plus a loaf; acknowledged by the helpdesk, no human reply for two days.",
      cu("11-18 14:00", """Hello,

I'd like to switch from the medium box to the small one from next week, and add a loaf of the sourdough instead. What does that work out at per week?

Kate Penhale"""),
      ack("11-18 14:01")),

    C("v47-kea-coeliac", "en", "closed", {"unanswered-question": 1},
      "Tim Roskruge <tim.roskruge@kea-mail.example>", "thunderbird", "Coeliac - changes to our order",
      "Sourdough removed and the roots-heavy boxes explained; the stated need to take spelt flour off the standing order is not acted on.",
      cu("11-12 20:00", """Evening,

My partner has just been diagnosed coeliac so we're reorganising the kitchen. Your sourdough add-on obviously has to go - please take it off from next week. I need the spelt flour off the standing order as well.

While I'm here: the last two boxes have had a lot of potatoes and not much green. Is that just the time of year, or has the medium box changed?

Tim""", uq=1),
      ag("kerensa", "11-13 09:30", """Hi Tim,

Sorry to hear about the diagnosis - it takes a bit of getting used to. The sourdough is off from next Tuesday.

It's the time of year, I'm afraid: the medium box hasn't changed, but November is roots and squash season and the greens slow right down until the spring cabbage comes. If you'd like more green, the "extra greens" swap (potatoes out, greens in) is on the preferences page.

Best wishes,
Kerensa""")),

    C("v48-ponsanooth-annual", "en", "pending", {"unanswered-question": 1},
      "Helen Thomas <helen.thomas@ponsanooth.example>", "gmail", "Annual subscription questions",
      "Inline reply under two of three quoted questions; the summer-pause question is left out of the reply.",
      cu("11-16 08:30", """Hi,

Three things before I renew the annual subscription:

Is there a discount for paying for the year up front?
Can I pause for a couple of weeks over the summer without losing the annual price?
Will the box price be fixed for the year, or could it go up again?

Thanks,
Helen""", uq=1),
      ag("kerensa", "11-16 11:00", """Hi Helen,

> Is there a discount for paying for the year up front?

Yes, 5 % - so £1,086.80 for a year of medium boxes instead of £1,144.

> Will the box price be fixed for the year, or could it go up again?

Fixed for the twelve months from the day you pay.

Best wishes,
Kerensa""", quote=False)),

    C("v49-porthmeor-office-lunch", "en", "pending", {"unanswered-question": 2},
      "Aaron Laity <aaron.laity@porthmeorsurveys.example>", "outlook", "Christmas box for our office",
      "Office Christmas box: business address and card answered; the follow-up's invoice details and vegetarian add-on go unanswered while the reply confirms the date.",
      cu("11-12 09:00", """Hello,

I'm organising the Christmas staff lunch for our office (22 people) and would like a large Christmas box delivered to the office on Friday 18 December. Can you deliver to a business address in St Ives? Do you take payment by company card?

Aaron Laity
Office Manager, Porthmeor Surveys"""),
      ag("demelza", "11-12 11:30", """Hi Aaron,

Yes to both - business addresses are fine (reception is best) and we take all the major cards. Christmas orders open on 23 November; I've put a note on your account for the 18th so nothing gets missed.

Best wishes,
Demelza""", kind="alt"),
      cu("11-17 10:00", """Thanks Demelza. Two more from our director: could we have the invoice addressed to Porthmeor Surveys Ltd with our VAT number (GB 298 4471 02) on it? And is there a vegetarian alternative to the pigs in blankets add-on?

Aaron""", uq=2),
      ag("demelza", "11-17 15:20", """Hi Aaron,

Good news - I've checked with Jory and Friday the 18th is fine for St Ives; the van will be with you between 9 and 12, so the veg will be in good time for the lunch.

Best wishes,
Demelza""", kind="alt")),

    C("v50-mawnan-community-fridge", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Nina Carlyon <nina.carlyon@mawnanfridge.example>", "owa", "Surplus veg for the community fridge",
      "Community fridge asks three things: donations answered, the insurer's paperwork deferred without a date (nothing follows), mentioning the farm on Facebook skipped.",
      cu("11-02 15:00", """Hello,

I run the community fridge at Mawnan Smith and we wondered if you ever have surplus or wonky veg you could donate? We could collect from the farm on Mondays. Is there any paperwork you'd need from us? And could you let me know whether you'd be happy for us to mention you on our Facebook page?

Best,
Nina Carlyon
Mawnan Community Fridge (volunteer coordinator)""", uq=1),
      ag("demelza", "11-03 10:20", """Hi Nina,

We'd love to help. There's usually a crate or two of seconds on a Monday after the weekend farm shop, so Monday collections suit us well. I need to check with Ben what paperwork our insurer wants from you, and I'll come back to you on that.

Best wishes,
Demelza""", promises=[("window", None)])),

    C("v51-oeufs-casses", "fr", "open",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Aurélie Bescond <aurelie.bescond@laposte-mail.example>", "apple_fr", "Œufs cassés",
      "Cracked eggs: 'je reviens vers vous d'ici mercredi' never kept, the fortnightly change done but its price question skipped; the reminder is still unanswered.",
      cu("11-09 12:00", """Bonjour Gwenaëlle,

Depuis deux semaines, les œufs arrivent souvent fêlés (trois sur six la semaine dernière). Pourriez-vous vérifier l'emballage ? Par ailleurs, j'aimerais passer à une livraison tous les quinze jours à partir de décembre. Est-ce que le prix de la caisse reste le même dans ce cas ?

Merci d'avance,
Aurélie Bescond""", uq=1),
      ag("gwen", "11-09 15:30", """Bonjour Aurélie,

Désolée pour les œufs. Je vais voir avec l'équipe d'emballage ce qui se passe et je reviens vers vous d'ici mercredi. Pour décembre, c'est noté : une caisse tous les quinze jours à partir du mercredi 2 décembre.

Bien à vous,
Gwenaëlle""", promises=[("11-11", None)]),
      cu("11-16 19:00", """Bonjour,

Je me permets de revenir vers vous au sujet des œufs : je n'ai pas eu de nouvelles depuis lundi dernier, et cette semaine encore deux œufs étaient cassés.

Cordialement,
Aurélie Bescond""", chase=True)),

    C("v52-recogida-sabado", "es", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Marta Gil <marta.gil@gil-vazquez.example>", "iphone", "Confirmación del pedido FS-30851",
      "No confirmation for a paid click-and-collect order; the customer replies to her own mail two days later ('¿Alguien ha leído esto?') and gets the confirmation as a PDF.",
      cu("11-11 08:30", """Hola, el pedido de la tienda de la granja que hice el domingo (FS-30851) ya está cobrado pero no me ha llegado ningún correo de confirmación. ¿Me lo podéis reenviar? Lo necesito para saber la hora de recogida.

Marta

Enviado desde mi iPhone"""),
      cu("11-13 12:10", """¿Alguien ha leído esto? Sigo sin confirmación y la recogida es mañana.

Marta

Enviado desde mi iPhone""", chase=True),
      ag("lucia", "11-13 13:00", """Hola, Marta:

Perdona el retraso, estos días vamos un poco desbordados. Te reenvío la confirmación adjunta: la recogida es mañana sábado entre las 11:00 y las 12:00 en la tienda de la granja.

Un saludo,
Lucía""", attach=[("application/pdf", "FS-30851.pdf", FS_CONFIRM_PDF)])),

    C("v53-lostwithiel-new-flat", "en", "pending", {"customer-chased": 1},
      "Becky Truscott <becky.truscott@lostwithielmail.example>", "gmail", "New address + fruit",
      "Fortnightly fruit added but the address change overlooked; the customer asks again, still waiting, and the address is then changed.",
      cu("11-12 10:00", """Hi,

Two things about my account. I've moved to a new flat in Lostwithiel (14 Quay Street, first floor) - can you update the delivery address from next week? And I'd like to add the fruit bag every other week, if that's a thing you do.

Becky""", kind="alt"),
      ag("kerensa", "11-12 12:00", """Hi Becky,

Fortnightly fruit is very much a thing - I've added it from next week, on alternate Fridays.

Best wishes,
Kerensa"""),
      cu("11-17 08:15", """Hi Kerensa, I'm still waiting to hear about the address change - my account still shows the old flat and I don't want Friday's box going there.

Becky""", chase=True, kind="alt"),
      ag("kerensa", "11-17 10:05", """Hi Becky,

Sorry, I missed that bit! Updated now - Friday's box goes to 14 Quay Street, first floor.

Kerensa""")),

    C("v54-st-just-wrong-house", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Paul Rickard <paul.rickard@stjustmail.example>", "outlook", "Box left at the wrong house",
      "Third wrong-house delivery and a credit request, acknowledged by the helpdesk only; 'Any news on this?' two days later, still no reply.",
      cu("11-16 10:00", """Hello,

Our box was left at the wrong house again on Thursday (no. 3 instead of no. 5 Bosorne Terrace). It's the third time since September. Could you ask the driver to check the house number, and please credit us for the veg, which our neighbour had already started using!

Paul Rickard"""),
      ack("11-16 10:01"),
      cu("11-18 09:30", """Any news on this? Nobody has replied apart from the automatic email.

Paul""", chase=True, parent=1)),

    C("v55-feock-christmas-for-two", "en", "closed", {"unanswered-question": 1},
      "Emma Pollard <emma.pollard@feockmail.example>", "iphone", "Christmas box",
      "Three quick questions in one line: the small Christmas box and the delivery day answered, the extra parsnips not; a thanks-only reply.",
      cu("11-10 12:15", """Hi! Couple of questions about the Christmas veg - do you do a smaller Christmas box for two? What day would it come to Feock? Oh and can I order extra parsnips on top of the box?

Emma x

Sent from my iPhone""", uq=1),
      ag("demelza", "11-10 14:00", """Hi Emma,

There's a "Christmas for two" box this year at £32 - same goodies, smaller quantities. Feock is on the Tuesday round, so it would come on 22 December.

Demelza"""),
      cu("11-10 14:30", """Perfect, thank you!! x

Sent from my iPhone""", thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "v02-roseland-cottages-welcome": [
        "Also, do you do a gluten-free bread add-on?"],
    "v05-redruth-moving": [
        "I was also wondering whether you could leave the box with our neighbours at no. 9 on the week of the 23rd, as we'll be back and forth with the van and might not be in."],
    "v06-st-agnes-cooking-club": [
        "Do you offer any discount for schools?",
        "Please send invoices to the school office with our purchase order number, SA-2291, on each one."],
    "v10-kynance-kitchen-trade": [
        "Can you also supply micro-herbs, or only what's in the boxes?"],
    "v11-camborne-change-day": [
        "Can I change my delivery from Wednesday to Thursday from next week?"],
    "v13-pentire-christmas-list": [
        "Can I order two large Christmas boxes, or is it one per household?",
        "I'd also like a sack of Maris Pipers (the 10kg one from the farm shop) added to the same delivery."],
    "v14-portreath-guesthouse": [
        "Also, please could you deliver before 8am - breakfast service starts at 8:30 and I need the eggs before then."],
    "v33-fowey-grosse-kiste": [
        "Außerdem bitte ich Sie, die Rechnungen künftig an meinen Mann zu schicken (klaus.brandauer@posteo-mail.example), er kümmert sich jetzt um die Haushaltsfinanzen."],
    "v35-falmouth-vacances": [
        "Je voudrais aussi savoir si vous livrez le lait de la ferme voisine, comme l'année dernière."],
    "v36-penryn-piso-compartido": [
        "¿tenéis descuento para estudiantes?"],
    "v37-taberna-navarro": [
        "¿Y nos podéis facturar a nombre de Navarro Hostelería S.L.?"],
    "v40-newlyn-mum": [
        "And do you still do the £5 off the first box for referrals?"],
    "v41-trevaunance-leaflets": [
        "And is there a referral code we could give guests so they get something off?"],
    "v42-portscatho-roadworks": [
        "Also could you pop an extra dozen eggs in for the builders' teas, just for those two weeks?"],
    "v45-gwinear-harvest-supper": [
        "Also, can you give us an invoice made out to Gwinear Village Hall Committee, as it's coming out of their funds?"],
    "v47-kea-coeliac": [
        "I need the spelt flour off the standing order as well."],
    "v48-ponsanooth-annual": [
        "Can I pause for a couple of weeks over the summer without losing the annual price?"],
    "v49-porthmeor-office-lunch": [
        "could we have the invoice addressed to Porthmeor Surveys Ltd with our VAT number (GB 298 4471 02) on it?",
        "And is there a vegetarian alternative to the pigs in blankets add-on?"],
    "v50-mawnan-community-fridge": [
        "And could you let me know whether you'd be happy for us to mention you on our Facebook page?"],
    "v51-oeufs-casses": [
        "Est-ce que le prix de la caisse reste le même dans ce cas ?"],
    "v55-feock-christmas-for-two": [
        "Oh and can I order extra parsnips on top of the box?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"PF-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
                  "refs": [f"{case.name}.{n}" for n in refs] if refs is not None else None}
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=HELLO, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", HELLO),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if not m.subject:
            prefix = REPLY_PREFIX.get(m.client, "Re: ")
            m.subject = o.pop("subject", prefix + case.subject if parent else case.subject)
        o.pop("subject", None)
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
    first, as :func:`mailcraft.render_corpus` does."""
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
    for name in UNANSWERED:
        if name not in names:
            out.append(f"unanswered questions for unknown case {name}")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 88: Pellow Farm Veg Boxes - cases",
                                 "make_practice88_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.pellowfarmbox.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {(p["Message-ID"] or f"{p['Subject']}|{p['Date']}"): (p, p in inbox) for p in inbox + sent}
    for m in (m for c in cases for m in c.msgs):
        ident = m.message_id or f"{m.subject}|{email.utils.format_datetime(m.date)}"
        if ident not in by_id:
            found.append(f"{m.key}: not found in the written mailbox")
            continue
        parsed, in_mbox = by_id[ident]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit("refusing to write tests/practice88:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice88:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice88 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice88")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
