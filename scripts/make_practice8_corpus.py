#!/usr/bin/env python3
"""Regenerate ``tests/practice8/``: the labelled corpus of Tidewell Removals & Storage support.

A support mailbox of a fictional home-removals and self-storage company in Manchester
(moving quotes and home surveys, packing service, moving dates, insurance and damage claims,
storage units and access hours, invoices and deposits, international moves to Germany, France
and Spain, pianos and fragile items, parking permits, keys), written without looking at the
detection heuristics or at the other corpora, with many customer questions - answered in
varied ways and left unanswered in realistic ways. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults, support domain ``tidewell.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, unanswered questions, the number of its
questions that support answered). The script recomputes status and every rule count from
those facts and the dates, and refuses to write when they disagree with the hand-written case
labels, when a labelled question is not verbatim in the customer's own text, or when a
labelled question has no support reply after it.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice8_corpus.py [--out DIR] [--summary]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
CONTRACT = mailcraft.Contract(as_of=AS_OF)
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = CONTRACT.handoff_limit
SUPPORT_DOMAIN = "tidewell.example"
SUPPORT = "Tidewell Removals & Storage <moves@tidewell.example>"
RULES = mailcraft.RULES
UK = UTC
CET = timezone(timedelta(hours=1))
YEAR = 2026

AGENTS = {
    "hannah": ("Hannah Pryce <hannah.pryce@tidewell.example>", "gmail", UK, """-- 
Hannah Pryce
Move Coordinator | Tidewell Removals & Storage
0161 555 0142 | https://tidewell.example/moves?src=sig"""),
    "owen": ("Owen Mackie <owen.mackie@tidewell.example>", "outlook", UK, """Owen Mackie
Surveys & Quotes | Tidewell Removals & Storage
This email and any attachments are confidential. If you have received it in error, please
let us know and delete it."""),
    "priya": ("Priya Natarajan <priya.natarajan@tidewell.example>", "thunderbird", UK, """-- 
Priya Natarajan
Claims & Insurance | Tidewell Removals & Storage
Track a claim: https://tidewell.example/claims?ref=email"""),
    "dale": ("Dale Foster <dale.foster@tidewell.example>", "owa", UK, """Dale Foster
Storage Centre Manager | Tidewell Self Storage, Salford
Open 7 days, 06:00-22:00"""),
    "lukas": ("Lukas Brenner <lukas.brenner@tidewell.example>", "thunderbird_de", CET, """-- 
Lukas Brenner
Internationale Umzüge | Tidewell Removals & Storage
https://tidewell.example/de/umzug?ref=signatur"""),
    "margaux": ("Margaux Lefèvre <margaux.lefevre@tidewell.example>", "apple_fr", CET, """-- 
Margaux Lefèvre
Déménagements internationaux | Tidewell Removals & Storage
https://tidewell.example/fr/demenagement?utm_source=email"""),
    "ines": ("Inés Calvo <ines.calvo@tidewell.example>", "gmail_es", CET, """-- 
Inés Calvo
Mudanzas internacionales | Tidewell Removals & Storage
+44 161 555 0190"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Tidewell Removals & Storage. This is an automatic
confirmation: your message has been logged as reference {ref}. Our move
coordinators work Monday to Saturday, 8:00-18:00, and we will reply within
24 hours.

Please do not reply to this message.

Tidewell Removals & Storage
https://tidewell.example/help?ticket={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Tidewell Removals & Storage. Dies ist eine
automatische Eingangsbestätigung mit der Referenz {ref}. Wir antworten
werktags innerhalb von 24 Stunden.

Bitte antworten Sie nicht auf diese E-Mail.

Tidewell Removals & Storage""",
}

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
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Tidewell Desk 2.9"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="tw.", outlook_server="AM6PR0")

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
    uq: list[str] = field(default_factory=list)
    answered: int = 0  # customer questions/requests in this message that support answers
    note: str = ""
    extra: list[tuple[str, str]] = field(default_factory=list)
    raw: bytes = b""


@dataclass
class Case:
    """A labelled case: the hand-written labels and the messages whose facts must agree."""

    name: str
    lang: str
    customer: str
    client: str
    subject: str
    status: str
    rules: dict[str, int]
    story: str
    tz: timezone
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The labelled unanswered questions, in message order."""
        return [q for m in sorted(self.msgs, key=lambda m: m.date) for q in m.uq]


CASES: list[Case] = []
BY_KEY: dict[str, Msg] = {}


def at(when: str, tz: timezone) -> datetime:
    """``"MM-DD HH:MM"`` in 2026 in time zone ``tz``."""
    day, hm = when.split()
    month, dom = map(int, day.split("-"))
    hour, minute = map(int, hm.split(":"))
    return datetime(YEAR, month, dom, hour, minute, tzinfo=tz)


def end_of(day: str) -> datetime:
    """The end of the named day ``"MM-DD"`` (UTC): the deadline of "by Friday" and the like."""
    month, dom = map(int, day.split("-"))
    return datetime(YEAR, month, dom, 23, 59, 59, tzinfo=UK)


def reply_subject(subject: str, client: str) -> str:
    """The subject a client puts on a reply."""
    bare = subject
    for prefix in ("Re: ", "RE: ", "AW: ", "Aw: "):
        bare = bare.removeprefix(prefix)
    if client == "outlook_de":
        return "AW: " + bare
    if client in mailcraft.OUTLOOK_CLIENTS:
        return "RE: " + bare
    return "Re: " + bare


def case(name: str, lang: str, customer: str, client: str, subject: str, status: str,
         rules: dict[str, int], story: str) -> None:
    """Start a new case; the messages that follow belong to it."""
    tz = UK if lang == "en" else CET
    CASES.append(Case(name, lang, customer, client, subject, status, rules, story, tz))


def _add(m: Msg) -> Msg:
    if m.key in BY_KEY:
        raise ValueError(f"duplicate key {m.key}")
    BY_KEY[m.key] = m
    CASES[-1].msgs.append(m)
    return m


def _subject(parent: str | None, client: str, subject: str | None) -> str:
    if subject is not None:
        return subject
    if parent is None:
        return CASES[-1].subject
    return reply_subject(BY_KEY[parent].subject, client)


def cust(key: str, when: str, body: str, parent: str | None = None, *, quote: bool = True,
         subject: str | None = None, client: str | None = None, answered: int = 0,
         uq: tuple[str, ...] = (), chase: bool = False, thanks_only: bool = False,
         **kw) -> Msg:
    """A customer message of the current case (replying to ``parent`` if given)."""
    c = CASES[-1]
    client = client or c.client
    tz = kw.pop("tz", c.tz)
    if parent and quote:
        body = body.rstrip("\n") + "\n\n{quote}"
    return _add(Msg(key=key, case=c.name, role="customer", client=client, frm=c.customer,
                    to=SUPPORT, subject=_subject(parent, client, subject),
                    date=at(when, tz), body=body, parent=parent,
                    answered=answered, uq=list(uq), chase=chase, thanks_only=thanks_only, **kw))


def agent(key: str, who: str, when: str, body: str, parent: str, *, quote: bool = True,
          promises: tuple[tuple[str | None, str | None], ...] = (), closes: bool = False,
          subject: str | None = None, sig: bool = True, **kw) -> Msg:
    """A support reply by agent ``who``. ``promises`` are ``(deadline day or None for the
    follow-up window, key of the message that keeps it or None)``."""
    c = CASES[-1]
    frm, client, tz, signature = AGENTS[who]
    client = kw.pop("client", client)
    date = at(when, tz)
    text = body.rstrip("\n") + ("\n\n" + signature if sig else "")
    if quote:
        text += "\n\n{quote}"
    kept = [(end_of(d) if d else date + FOLLOW_UP_WINDOW, k) for d, k in promises]
    to = BY_KEY[parent].frm if BY_KEY[parent].role == "customer" else c.customer
    return _add(Msg(key=key, case=c.name, role="agent", agent=who, client=client, frm=frm,
                    to=to, subject=_subject(parent, client, subject), date=date, body=text,
                    parent=parent, promises=kept, closes=closes, **kw))


def ack(key: str, when: str, parent: str, lang: str = "en") -> Msg:
    """The helpdesk robot's acknowledgement of ``parent``."""
    c = CASES[-1]
    ref = "TW-" + mailcraft.h(key, 6).upper()
    return _add(Msg(key=key, case=c.name, role="ack", client="helpdesk", kind="alt", frm=SUPPORT,
                    to=c.customer, subject=f"[{ref}] " + reply_subject(c.subject, "gmail"),
                    date=at(when, UK), body=ACK[lang].format(ref=ref), parent=parent,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))


def auto(key: str, when: str, body: str, parent: str, subject: str) -> Msg:
    """A customer's own out-of-office reply to a support message."""
    c = CASES[-1]
    return _add(Msg(key=key, case=c.name, role="auto", client="outlook", frm=c.customer,
                    to=BY_KEY[parent].frm, subject=subject, date=at(when, c.tz), body=body,
                    parent=parent, extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                                          ("Precedence", "auto_reply")]))


PHOTO = mailcraft.png(24, 16, lambda x, y: (120 + 4 * x, 90 + 3 * y, 60))


# --------------------------------------------------------------------------------------
# Cases (English)
# --------------------------------------------------------------------------------------

case("t01-video-survey-didsbury", "en", "Rachel Dunmore <rachel.dunmore@example.com>", "gmail",
     "Survey for our move to Sale", "closed", {},
     "Three survey questions answered in one paragraph, out of order; a choice confirmed; thanks-only.")
cust("t01a", "11-02 09:14", """Hello,

We're moving from a 3-bed semi in Didsbury to Sale on 12 December. Could someone come
and do a survey next week? Is a video survey an option instead, as we both work full
time? And roughly how long does the survey take?

Many thanks,
Rachel Dunmore""", answered=3)
agent("t01b", "hannah", "11-02 11:30", """Hi Rachel,

A video survey works well for a 3-bed - it takes about 40 minutes on a phone or laptop,
and the surveyor walks you through each room and the loft. I can book you on Tuesday
10 November at 6pm or Wednesday 11 November at 12:30. If you'd rather have someone in
person, we do weekday evenings too.

Best wishes,
Hannah""", "t01a")
cust("t01c", "11-02 12:05", """Tuesday at 6pm is perfect, please book that one.

Rachel""", "t01b", answered=1)
agent("t01d", "hannah", "11-02 14:10", """Booked: Tuesday 10 November, 6pm. Our surveyor Callum will send you the video link
on the day.

Hannah""", "t01c")
cust("t01e", "11-02 14:30", """Thanks Hannah!""", "t01d", thanks_only=True)

case("t02-quote-wardrobes-vat", "en", "Mark Ellery <mark.ellery@ellery-design.example>", "outlook",
     "Quote Q-20931", "pending", {"unanswered-question": 1},
     "VAT question answered; the second question (fitted wardrobes) is skipped.")
cust("t02a", "11-16 10:02", """Hi,

Thanks for the quote (ref Q-20931). Two things before we book: is the £1,840 including
VAT? And does the price include dismantling and reassembling the two fitted wardrobes
in the main bedroom? We'd like to confirm by Friday.

Regards,
Mark Ellery
Ellery Design Ltd""", answered=1,
     uq=("does the price include dismantling and reassembling the two fitted wardrobes\nin the main bedroom?",))
agent("t02b", "owen", "11-16 15:20", """Hi Mark,

Yes - the £1,840 is the full price including VAT at 20 %. The quote is valid for 30
days, so there is no rush to decide.

Kind regards,""", "t02a")

case("t03-piano-second-floor", "en", "Fiona Gallagher <fiona.gallagher@example.org>", "apple",
     "Moving an upright piano", "closed", {},
     "Three piano questions answered inline under the quoted questions (a bare Yes./No. and a price).")
cust("t03a", "11-03 19:40", """Hello,

We have an upright piano (a Yamaha U1) that needs to go from our ground-floor flat to a
second-floor flat with a narrow staircase. Can your crew handle that? Would it need a
separate piano specialist? How much extra is it likely to cost?

Thank you,
Fiona""", answered=3)
agent("t03b", "owen", "11-04 09:15", """Hi Fiona,

Answers below.

> Can your crew handle that?

Yes.

> Would it need a separate piano specialist?

No - two of the Salford crew are trained piano movers and they bring a stair-climbing
trolley.

> How much extra is it likely to cost?

£165 on top of the move.

Kind regards,""", "t03a", quote=False)
cust("t03c", "11-04 10:02", """Brilliant, thanks Owen - that's a relief.

Fiona""", "t03b", thanks_only=True)

case("t04-parking-suspension-billing", "en", "Tom Adeyemi <tom.adeyemi@example.net>", "gmail",
     "Parking at the new house", "pending", {"unanswered-question": 1},
     "Parking suspension answered; the request in passing to update the billing address is not.")
cust("t04a", "11-17 08:55", """Hi there,

Our move is on 4 December and the street outside the new house (Ashgrove Road,
Stockport) is permit-only. Do you arrange the parking suspension with the council, or do
we have to? Also, please update the billing address on our account to 27 Ashgrove Road,
Stockport SK4 2LT - the invoice should go to the new place.

Cheers,
Tom""", answered=1,
     uq=("Also, please update the billing address on our account to 27 Ashgrove Road,\nStockport SK4 2LT",))
agent("t04b", "hannah", "11-17 13:40", """Hi Tom,

We apply for the parking suspension ourselves. Stockport needs ten working days' notice,
and the fee (£45) is passed on at cost on your invoice. There's nothing you need to do,
but it helps to tell your new neighbours that two bays will be coned off that morning.

Best wishes,
Hannah""", "t04a")

case("t05-sunday-access", "en", "Liam Corrigan <liam.corrigan@example.com>", "iphone",
     "Unit C-114", "closed", {},
     "A bare \"Yes.\" answers the access question; thanks-only.")
cust("t05a", "11-06 20:12", """Hi, quick one. Is my unit (C-114) accessible on Sundays?

Sent from my iPhone""", answered=1)
agent("t05b", "dale", "11-07 08:30", """Yes.""", "t05a")
cust("t05c", "11-07 08:41", """Cheers

Sent from my iPhone""", "t05b", thanks_only=True)

case("t06-scratched-table-claim", "en", "Sophie Lindqvist <sophie.lindqvist@example.org>", "gmail",
     "Damaged dining table", "pending", {"missed-follow-up": 1, "customer-chased": 1},
     "Claim with a photo; 'get back to you by Friday 13 November' kept only on the 16th after a chase.")
cust("t06a", "11-05 18:20", """Hello,

During our move on Tuesday the dining table got a deep scratch across the top and one of
the legs is now loose (photo attached). How do I make a claim? Do you need more photos?

Sophie Lindqvist""", answered=2, attach=[("image/png", "table_scratch.png", PHOTO)])
agent("t06b", "priya", "11-06 10:05", """Dear Sophie,

I'm sorry about the table. The photo you sent is enough to open a claim under the move's
goods-in-transit cover - no need for more. I'll ask our repairer for an estimate and get
back to you by Friday 13 November with the next steps.

Kind regards,
Priya""", "t06a", promises=(("11-13", "t06e"),))
cust("t06c", "11-06 10:30", """Thank you, that's helpful.""", "t06b", thanks_only=True)
cust("t06d", "11-16 09:12", """Hello Priya,

Any update on my claim? I was told I'd hear back by Friday.

Sophie""", "t06c", chase=True, answered=1)
agent("t06e", "priya", "11-16 11:47", """Dear Sophie,

Apologies for the delay. The repairer can refinish the top and fix the leg at your home;
the estimate is £280, which we cover in full. He can come on 24 or 25 November - which
suits you better?

Kind regards,
Priya""", "t06d")

case("t07-relocation-valencia", "en", "James Whitcombe <james.whitcombe@example.com>", "gmail",
     "International move Manchester - Valencia", "pending", {"unanswered-question": 2},
     "Numbered list of four: customs and transit time answered, car shipping and insurance skipped.")
cust("t07a", "11-16 14:30", """Hello Tidewell,

We're relocating from Chorlton to Valencia at the end of January (3-bed house, no
piano). A few questions before we ask for a survey:

1. What customs paperwork do we need, given that we're moving from the UK into the EU?
2. How long does the road transit take?
3. Can you ship our car in the same container, or does that have to go separately?
4. Is transit insurance included in the international quote or is it extra?

Thanks in advance,
James Whitcombe""", answered=2,
     uq=("Can you ship our car in the same container, or does that have to go separately?",
         "Is transit insurance included in the international quote or is it extra?"))
agent("t07b", "owen", "11-17 09:40", """Hi James,

For a move from the UK into Spain you need a transfer-of-residence (ToR) application,
proof of your Spanish address and a copy of your NIE; we prepare the inventory and the
customs declaration for you. Road transit is 4-6 days from collection. I've attached our
international moving checklist so you can get the documents ready early.

Kind regards,""", "t07a",
      attach=[("application/pdf", "Tidewell_international_checklist.pdf",
               mailcraft.pdf(["Tidewell Removals & Storage", "International moving checklist",
                              "1. Passport copies  2. NIE  3. Proof of address  4. ToR form"]))])

case("t08-deposit-refund-done", "en", "Eleanor Marsh <eleanor.marsh@example.net>", "thunderbird",
     "Deposit refund unit B-207", "closed", {},
     "A request answered with a bare \"Done.\".")
cust("t08a", "11-09 16:05", """Hello,

We've moved out of unit B-207 and handed the key card back on Saturday. Please refund
the £150 deposit to the card ending 4410.

Thanks,
Eleanor Marsh""", answered=1)
agent("t08b", "dale", "11-10 08:12", """Done.""", "t08a")

case("t09-wardrobe-boxes-template", "en", "Grace Okafor <grace.okafor@example.com>", "outlook",
     "Boxes", "pending", {"unanswered-question": 2},
     "A templated packing-service reply answers neither question (buying boxes, taking boxes back).")
cust("t09a", "11-17 12:20", """Hello,

We're packing ourselves but I'd like a few of your wardrobe boxes. Can I buy wardrobe
boxes without booking the packing service? Also, do you take back used boxes after the
move? We'd rather not throw 40 boxes away.

Regards,
Grace Okafor""",
     uq=("Can I buy wardrobe\nboxes without booking the packing service?",
         "do you take back used boxes after the\nmove?"))
ack("t09b", "11-17 12:21", "t09a")
agent("t09c", "hannah", "11-18 09:05", """Dear customer,

Thank you for your enquiry about our packing service. Our professional packers can pack
your whole home the day before your move, using double-walled boxes, acid-free paper
and bubble wrap. Packing is charged per packer per day; see
https://tidewell.example/packing for prices, and book it through your move coordinator.

Kind regards,
Tidewell Removals & Storage""", "t09a", sig=False)

case("t10-date-change-colleague", "en", "Daniel Hughes <daniel.hughes@example.org>", "gmail",
     "Change of moving date", "closed", {},
     "A handover ('he'll be in touch') kept the same day by a colleague who answers both questions.")
cust("t10a", "11-04 08:30", """Hi,

Our completion has slipped. Can we move the move from 13 November to 20 November? Will
there be a fee for changing the date?

Daniel Hughes""", answered=2)
agent("t10b", "hannah", "11-04 10:15", """Hi Daniel,

Owen manages the crew calendar, so I've passed your request to him - he'll be in touch
about the 20th.

Best wishes,
Hannah""", "t10a", promises=((None, "t10c"),))
agent("t10c", "owen", "11-04 15:40", """Hi Daniel,

Friday 20 November is free and I've moved your booking to that day. Because you gave us
more than seven days' notice, there's no charge for the change.

Kind regards,""", "t10b")
cust("t10d", "11-04 16:00", """Great, thank you both.""", "t10c", thanks_only=True)

case("t11-keys-neighbour-afterthought", "en", "Priyanka Shah <priyanka.shah@example.com>", "apple",
     "Move on 19 November", "pending", {"unanswered-question": 1},
     "After the arrival time is confirmed, a question in the thanks mail (keys with a neighbour) gets 'glad everything is sorted'.")
cust("t11a", "11-13 18:02", """Hi,

Our move to Altrincham is on Thursday 19 November. Could you confirm what time the crew
arrives?

Priyanka""", answered=1)
agent("t11b", "hannah", "11-14 09:10", """Hi Priyanka,

The crew will arrive between 8:00 and 8:30. The team leader is Marek and he'll phone
you when they set off from the depot.

Best wishes,
Hannah""", "t11a")
cust("t11c", "11-14 09:40", """Thanks, that's perfect. One more thing - can the crew leave the keys for the old flat
with our neighbour at no. 14? We'll have left for the new place by then.

Priyanka""", "t11b",
     uq=("can the crew leave the keys for the old flat\nwith our neighbour at no. 14?",))
agent("t11d", "hannah", "11-14 10:05", """Great, glad everything is sorted! Have a smooth move on Thursday.

Hannah""", "t11c")

case("t12-unit-size-mismatch", "en", "Oliver Brandt <oliver.brandt@example.net>", "gmail",
     "Storage while renovating", "pending", {"unanswered-question": 1},
     "The price question is answered; whether 50 sq ft fits a 2-bed flat is not.")
cust("t12a", "11-18 10:40", """Hi,

We're renovating and need to store the contents of a 2-bed flat for about three months.
Would a 50 sq ft unit be big enough for that, or do we need something larger? And what
is the monthly price for a 50 sq ft unit?

Thanks,
Oliver""", answered=1,
     uq=("Would a 50 sq ft unit be big enough for that, or do we need something larger?",))
agent("t12b", "dale", "11-18 15:15", """Hi Oliver,

A 50 sq ft unit at our Salford centre is £89 a month including VAT, and new customers
get the first month at half price. Access is 06:00-22:00, seven days a week.

Regards,""", "t12a")

case("t13-quote-chase-awaiting", "en", "Helen Price <helen.price@example.org>", "outlook",
     "Quote request: 1-bed flat Levenshulme to Leeds", "open",
     {"customer-chased": 1, "awaiting-reply": 1},
     "A quote request acknowledged by the robot only; the customer follows up and still waits.")
cust("t13a", "11-12 11:20", """Hello,

Could you please send me a quote for moving a 1-bed flat from Levenshulme to Leeds,
ideally on 5 or 6 December? Rough inventory: sofa, double bed, wardrobe, desk and about
25 boxes.

Kind regards,
Helen Price""")
ack("t13b", "11-12 11:21", "t13a")
cust("t13c", "11-17 09:30", """Hello again,

Just following up on my email below - I still haven't received a quote and I need to
book something this week.

Helen""", "t13a", chase=True)

case("t14-glass-cabinet-slow", "en", "Robert Kilbride <robert.kilbride@example.com>", "thunderbird",
     "Fragile items", "pending", {"slow-first-response": 1},
     "Two fragile-item questions answered fully, but only after a weekend (first reply after 61 h).")
cust("t14a", "11-13 21:10", """Good evening,

We have an antique glass-fronted display cabinet (about 1.9 m tall) and a collection of
Murano glass. Do you crate items like this, and is there an extra charge for
fragile-item packing?

Robert Kilbride""", answered=2)
agent("t14b", "owen", "11-16 10:30", """Hi Robert,

We do: for a cabinet of that height our packers build a made-to-measure wooden crate on
the day (£120). The glass pieces are wrapped individually in our fragile kit, which is
part of the full packing service at no extra cost.

Kind regards,""", "t14a")

case("t15-missing-box-reopened", "en", "Anna Kowalczyk <anna.kowalczyk@example.net>", "gmail",
     "Final invoice", "pending", {"reopened": 1},
     "Invoice question answered and the ticket marked resolved; twelve days later a missing box reopens it.")
cust("t15a", "11-03 17:00", """Hi,

The move went fine yesterday, thank you. The final invoice says £1,260 but the quote was
£1,190 - what's the extra £70 for?

Anna""", answered=1)
agent("t15b", "hannah", "11-04 09:20", """Hi Anna,

The £70 is the parking suspension that Stockport council charged for Heaton Moor Road,
as mentioned in the notes on your quote. I'll mark this ticket as resolved, but just
reply if anything else comes up.

Best wishes,
Hannah""", "t15a", closes=True)
cust("t15c", "11-16 19:45", """Hi Hannah,

Sorry to come back to this. We've now unpacked everything and one box is missing - it's
labelled "KITCHEN 14 - glasses" on the inventory. Could you check whether it was left on
the van or at the depot?

Anna""", "t15b", answered=1)
agent("t15d", "hannah", "11-17 10:10", """Hi Anna,

Found it: KITCHEN 14 was in the back of the van at Friday's clean-out. The crew can drop
it off on Thursday 19 November between 2 and 4pm - does that work?

Hannah""", "t15c")

case("t16-double-charge-handoffs", "en", "Peter Vance <peter.vance@vance-joinery.example>", "outlook",
     "Invoice INV-55810 charged twice", "closed", {"many-handoffs": 1},
     "A duplicate storage charge goes from the storage centre to the coordinator to claims; refunded.")
cust("t16a", "11-09 09:10", """Hello,

Our storage invoice INV-55810 for unit D-031 has been collected twice for November.
Could you refund the duplicate payment of £135? We pay by direct debit.

Peter Vance
Vance Joinery""", answered=1)
agent("t16b", "dale", "11-09 11:00", """Hi Peter,

I can see the second collection. Refunds are handled by the office, so I've forwarded
your email to Hannah.

Regards,""", "t16a")
agent("t16c", "hannah", "11-09 15:30", """Hi Peter,

The duplicate came from the direct-debit mandate being set up twice; I've cancelled the
second one. £6 of the charge is the contents-cover premium, which Priya in claims has to
refund, so she'll be in touch about the refund.

Best wishes,
Hannah""", "t16b", promises=((None, "t16d"),))
agent("t16d", "priya", "11-10 10:20", """Dear Peter,

The full £135 (storage £129 plus the duplicated £6 contents-cover premium) went back to
your bank account this morning.

Kind regards,
Priya""", "t16c")

case("t17-rocking-chair-never", "en", "Chloe Barrington <chloe.barrington@example.com>", "gmail",
     "Missing rocking chair", "closed", {"missed-follow-up": 1},
     "'Let me check with the warehouse ... and I'll come back to you' (no deadline) never kept.")
cust("t17a", "11-09 13:15", """Hi,

We stored our furniture with you last year (unit A-019, closed in October). My mother's
rocking chair wasn't in the delivery to our new house. Could you check whether it's still
somewhere in the warehouse?

Chloe Barrington""", answered=1)
agent("t17b", "dale", "11-10 09:00", """Hi Chloe,

Let me check with the warehouse team whether anything from A-019 was left in the
overflow bay, and I'll come back to you.

Regards,""", "t17a", promises=((None, None),))

case("t18-revised-quote-ahead", "en", "Marcus Reid <marcus.reid@example.org>", "outlook",
     "Revised quote after survey", "pending", {},
     "Start time answered; the revised quote is promised for Monday 23 November, still ahead at as_of.")
cust("t18a", "11-19 10:20", """Hello Owen,

After the survey we decided to take the garden furniture and the garage shelving as
well. Could you revise the quote? And could the move start at 7am instead of 8am?

Thanks,
Marcus Reid""", answered=2)
agent("t18b", "owen", "11-19 16:45", """Hi Marcus,

A 7am start is fine - I've noted it on the booking. I'll send you the revised quote
with the garden furniture and the shelving by Monday 23 November.

Kind regards,""", "t18a", promises=(("11-23", None),))

case("t19-crew-logistics", "en", "Yasmin Hale <yasmin.hale@example.net>", "gmail",
     "Thursday's move", "closed", {},
     "Logistics, a process description and a conditional offer - no promise to follow up; thanks-only.")
cust("t19a", "11-05 12:00", """Hi,

Just checking the arrangements for Thursday. What time will the crew arrive, and will we
get an inventory of what goes into storage?

Yasmin""", answered=2)
agent("t19b", "hannah", "11-05 15:00", """Hi Yasmin,

The crew will arrive between 8 and 9am on Thursday. Once everything is in the storage
container, the warehouse team emails you the inventory with photos - that usually
happens the same evening. If you'd like, I can also book our handyman to take down the
curtain poles; just say.

Best wishes,
Hannah""", "t19a")
cust("t19c", "11-05 15:30", """Lovely, thank you!""", "t19b", thanks_only=True)

case("t20-signature-with-question", "en", "Ben Thackeray <ben@thackeray-studio.example>", "thunderbird",
     "Cancellation policy", "closed", {},
     "A cancellation question answered; the thanks mail's signature asks 'Need a new website?'.")
cust("t20a", "11-06 10:00", """Hello,

Could you tell me what your cancellation policy is if our completion date falls through?

Ben

-- 
Ben Thackeray | Thackeray Studio
Need a new website? https://thackeray-studio.example/?ref=mail""", answered=1)
agent("t20b", "hannah", "11-06 12:30", """Hi Ben,

You can cancel free of charge up to seven days before the move; after that we keep the
£100 booking deposit. If the completion date only moves, we re-book you at no cost.

Best wishes,
Hannah""", "t20a")
cust("t20c", "11-06 13:00", """Thank you, that's reassuring.

-- 
Ben Thackeray | Thackeray Studio
Need a new website? https://thackeray-studio.example/?ref=mail""", "t20b", thanks_only=True)

case("t21-pleasantries-washing-machine", "en", "Nadia Fernhill <nadia.fernhill@example.com>", "gmail",
     "Washing machine", "closed", {},
     "A pleasantry, a rhetorical question and a self-answered question around one real question, answered.")
cust("t21a", "11-03 20:30", """Hi Hannah,

Hope you had a good weekend? Moving house - who would do this for fun, eh? Where do I
find my booking reference? Oh, never mind, it's at the top of the confirmation email.

What I actually need to know: can the crew disconnect the washing machine, or do I need
a plumber?

Nadia""", answered=1)
agent("t21b", "hannah", "11-04 08:50", """Hi Nadia,

The crew disconnect and reconnect washing machines with standard fittings at no extra
charge - just drain it the night before. You'd only need a plumber if the new place has
no valve fitted yet.

Best wishes,
Hannah""", "t21a")

case("t22-office-move-inline-answers", "en", "Gareth Llewellyn <gareth.llewellyn@quaysdigital.example>",
     "outlook", "Office move Salford Quays", "closed", {},
     "The customer answers support's own questions inline (quoted back); the quote follows.")
cust("t22a", "11-02 10:00", """Hello,

I'd like a quote to move our office (six desks, a server rack, filing cabinets) within
Salford Quays. Can you do it on a weekend?

Gareth Llewellyn
Quays Digital""", answered=1)
agent("t22b", "owen", "11-02 14:00", """Hi Gareth,

Yes, we move offices at weekends at no surcharge. To quote accurately:

Which floor is the new office on, and is there a goods lift?
Do you need the server rack disconnected by us or by your IT company?

Kind regards,""", "t22a")
cust("t22c", "11-02 16:20", """Hi Owen, answers inline.

> Which floor is the new office on, and is there a goods lift?

4th floor, and yes, there's a goods lift (1,000 kg).

> Do you need the server rack disconnected by us or by your IT company?

Our IT company will disconnect it.

Gareth""", "t22b", quote=False)
agent("t22d", "owen", "11-03 09:30", """Thanks Gareth - quote attached: £2,350 + VAT for a Saturday move, including crates
for the filing cabinets.

Kind regards,""", "t22c",
      attach=[("application/pdf", "Quote_Q-21077.pdf",
               mailcraft.pdf(["Tidewell Removals & Storage", "Quote Q-21077 - Quays Digital",
                              "Office move, Saturday: GBP 2,350 + VAT"]))])

case("t23-forwarded-landlord-questions", "en", "Isla McBride <isla.mcbride@example.com>", "gmail",
     "Fwd: Move-out", "closed", {},
     "A forwarded landlord mail full of questions; the customer's own request (insurance certificate) is answered with an attachment.")
cust("t23a", "11-10 11:00", """Hi,

See below from my landlord. The only thing I need from you: can you send me a
certificate of your public liability insurance for the building manager?

Isla

---------- Forwarded message ---------
From: Simon Carr <simon.carr@carrlettings.example>
Date: Mon, 9 Nov 2026 at 17:42
Subject: Move-out
To: Isla McBride <isla.mcbride@example.com>

Hi Isla,

When are the movers coming? Will they use the lift or the stairs? Can you make sure
they protect the hallway carpet?

Simon""", answered=1)
agent("t23b", "hannah", "11-10 14:00", """Hi Isla,

Certificate attached (valid until March 2027).

Best wishes,
Hannah""", "t23a",
      attach=[("application/pdf", "Tidewell_public_liability_2026.pdf",
               mailcraft.pdf(["Certificate of insurance", "Tidewell Removals & Storage Ltd",
                              "Public liability GBP 5,000,000 - valid to 31 March 2027"]))])

case("t24-html-crew-and-certificate", "en", "Laura Pemberton <laura.pemberton@example.org>", "apple",
     "Move on 2 December", "pending", {"unanswered-question": 1},
     "HTML-only mail: crew size answered; the request to send the certificate to the concierge is not.")
cust("t24a", "11-18 09:30", """Hello,

We've booked the move for 2 December. How many crew members will there be?

Our new building asks for a copy of your insurance certificate - can you email it to
them directly at concierge@riverside-lofts.example?

Thanks,
Laura""", kind="html", answered=1,
     uq=("can you email it to\nthem directly at concierge@riverside-lofts.example?",))
agent("t24b", "hannah", "11-18 13:00", """Hi Laura,

There will be four crew members and a 7.5-tonne lorry.

Best wishes,
Hannah""", "t24a")

case("t25-numbered-practical-questions", "en", "Victoria Ashdown <victoria.ashdown@example.com>", "outlook",
     "Practical questions - move 11 December", "pending", {"unanswered-question": 1},
     "Multipart mail with four numbered questions; three answered, the mattress disposal skipped.")
cust("t25a", "11-17 16:10", """Dear Tidewell team,

We've accepted your quote for the move on 11 December and have a few practical
questions:

1. Do we need to empty the chest of drawers, or can clothes stay in?
2. Will you take the beds apart?
3. Can you dispose of our old mattress, and what would that cost?
4. What time should we expect you?

Best regards,
Victoria Ashdown""", kind="alt", answered=3,
     uq=("Can you dispose of our old mattress, and what would that cost?",))
agent("t25b", "hannah", "11-18 10:00", """Dear Victoria,

Clothes can stay in the drawers as long as nothing heavy is in there. The crew take
apart and reassemble all the beds, and they'll be with you between 8 and 8:30.

Best wishes,
Hannah""", "t25a")

case("t26-mirror-claim-form", "en", "Callum Rhodes <callum.rhodes@example.net>", "gmail",
     "Broken mirror frame", "pending", {},
     "Claim form sent as an attachment only; a repairer visit promised by Wednesday and confirmed on time.")
cust("t26a", "11-16 08:20", """Hello,

The frame of our hallway mirror was cracked during Saturday's move - photo attached.
Could you send me the claim form?

Callum Rhodes""", answered=1, attach=[("image/png", "mirror.png", PHOTO)])
agent("t26b", "priya", "11-16 11:00", """Form attached.

Priya""", "t26a",
      attach=[("application/pdf", "Tidewell_claim_form.pdf",
               mailcraft.pdf(["Tidewell Removals & Storage - damage claim form",
                              "Name / Move date / Item / Description of damage"]))])
cust("t26c", "11-16 19:30", """Filled in and attached. Will someone come to look at the frame, or do you only need
the photos?

Callum""", "t26b", answered=1,
     attach=[("application/pdf", "claim_form_rhodes.pdf",
              mailcraft.pdf(["Damage claim - Callum Rhodes", "Hallway mirror, frame cracked"]))])
agent("t26d", "priya", "11-17 09:30", """Thanks Callum. Our repairer will want to see the frame; I'll confirm his visit by
Wednesday 18 November.

Priya""", "t26c", promises=(("11-18", "t26e"),))
agent("t26e", "priya", "11-18 14:00", """Hi Callum,

Confirmed: our repairer, Dave Hollis, will visit on Monday 23 November between 10am and
12pm.

Priya""", "t26d")

case("t27-resend-smaller-unit", "en", "Megan Thorpe <megan.thorpe@example.com>", "gmail",
     "Switching to a smaller unit", "closed", {"customer-chased": 1, "slow-first-response": 1},
     "No reply for three days; the customer resends the request as a new unthreaded mail; then answered.")
cust("t27a", "11-09 10:00", """Hello,

I rent unit B-112. Could you tell me whether I can switch to a smaller unit (25 sq ft)
from December, and what the new monthly price would be?

Megan Thorpe""", answered=2)
cust("t27b", "11-12 08:45", """Resending my email below in case it got lost - I'd like an answer before the end of
the month.""", "t27a", thread=False, chase=True, subject="Switching to a smaller unit")
agent("t27c", "dale", "11-12 10:30", """Hi Megan,

Sorry for the slow reply. Yes, you can move to a 25 sq ft unit from 1 December; it's
£52 a month. We'll carry your things across for free if you're there to let us in.

Regards,""", "t27b")

case("t28-storage-cover-own-insurance", "en", "Ryan Gillespie <ryan.gillespie@example.org>", "android",
     "Contents cover", "pending", {"unanswered-question": 1},
     "The cover limit is answered; whether home insurance can replace it is not.")
cust("t28a", "11-19 07:50", """Hi, what's the maximum value your storage contents cover goes up to? Can I use my own
home insurance instead of yours?

Ryan

Sent from Outlook for Android""", answered=1,
     uq=("Can I use my own\nhome insurance instead of yours?",))
agent("t28b", "priya", "11-19 12:10", """Dear Ryan,

Our storage contents cover goes up to £50,000 per unit, at £1.50 per £1,000 of value
per month.

Kind regards,
Priya""", "t28a")

case("t29-written-quote-chased-twice", "en", "Olivia Sandford <olivia.sandford@example.com>", "gmail",
     "Written quote after survey", "closed", {"missed-follow-up": 1, "customer-chased": 2},
     "Quote promised by Wednesday 4 November, sent on the 11th after two chasers.")
cust("t29a", "11-02 09:00", """Hi,

We had our survey on Friday. When will we receive the written quote?

Olivia""", answered=1)
agent("t29b", "owen", "11-02 11:00", """Hi Olivia,

The surveyor's notes came in this morning; I'll email you the written quote by
Wednesday 4 November.

Kind regards,""", "t29a", promises=(("11-04", "t29e"),))
cust("t29c", "11-06 10:00", """Hi Owen, any news on the quote? We're comparing three companies.

Olivia""", "t29b", chase=True)
cust("t29d", "11-10 17:30", """This is the third time I'm writing about our quote. Is anyone actually dealing with
this?

Olivia Sandford""", "t29c", chase=True)
agent("t29e", "owen", "11-11 09:00", """Olivia, I'm very sorry - I was off sick last week and your quote stayed in my drafts.
Here it is: £2,980 including VAT and full packing.

Kind regards,""", "t29d",
      attach=[("application/pdf", "Quote_Q-20877.pdf",
               mailcraft.pdf(["Quote Q-20877 - Sandford", "3-bed house, full packing: GBP 2,980 incl. VAT"]))])

case("t30-quote-kept-by-colleague", "en", "Simon Ashworth <simon.ashworth@example.net>", "outlook",
     "Updated quote with packing", "closed", {},
     "'I'll send the updated quote tomorrow' kept the next day by a colleague, answering both requests.")
cust("t30a", "11-05 14:00", """Hi,

Could you resend the quote with the packing service added? Also, can you price the loft
separately?

Simon""", answered=2)
agent("t30b", "owen", "11-05 16:00", """Hi Simon,

Will do - I'll send the updated quote tomorrow.

Kind regards,""", "t30a", promises=(("11-06", "t30c"),))
agent("t30c", "hannah", "11-06 10:30", """Hi Simon,

Owen is out on surveys today, so here's the updated quote: £1,640 with full packing.
The loft is priced separately at £140.

Best wishes,
Hannah""", "t30b")

case("t31-charity-vat-awaiting", "en", "Kate Emberton <kate.emberton@riverbank-trust.example>", "gmail",
     "Charity discount", "open", {"awaiting-reply": 1},
     "The discount question is answered; the customer's follow-up about VAT has waited two days.")
cust("t31a", "11-10 10:00", """Hi,

We're a small charity moving offices in January. Do you offer a charity discount?

Kate Emberton
Riverbank Trust""", answered=1)
agent("t31b", "owen", "11-10 13:00", """Hi Kate,

We do: 10 % off for registered charities - just quote your charity number when you
book.

Kind regards,""", "t31a")
cust("t31c", "11-18 11:00", """Thanks Owen - our charity number is 1187342. Could you confirm whether the
discounted quote includes VAT? We can't reclaim it.

Kate""", "t31b")

case("t32-grand-piano-fresh", "en", "Hugo Latimer <hugo.latimer@example.com>", "apple",
     "Grand piano to Edinburgh", "open", {},
     "A question from this morning, acknowledged by the robot: open, not yet overdue.")
cust("t32a", "11-20 09:40", """Hello,

Do you move grand pianos to Scotland? We need a Steinway model O moved from Bowdon to
Edinburgh in January.

Best,
Hugo Latimer""")
ack("t32b", "11-20 09:41", "t32a")

case("t33-invoice-finance-ooo", "en", "Jennifer Osei <jennifer.osei@osei-partners.example>", "outlook",
     "Final invoice for finance", "closed", {},
     "The request is done at once; the customer's out-of-office answers; her later thanks.")
cust("t33a", "11-03 09:00", """Hello,

Please could you send the final invoice for our move on 30 October to our finance team
as well (accounts@osei-partners.example)? They need it for the relocation allowance.

Jennifer Osei""", answered=1)
agent("t33b", "hannah", "11-03 11:00", """Hi Jennifer,

Sent to accounts@osei-partners.example just now - the invoice is attached here too.

Best wishes,
Hannah""", "t33a",
      attach=[("application/pdf", "Invoice_INV-55702.pdf",
               mailcraft.pdf(["Invoice INV-55702", "Move 30 October 2026: GBP 1,975.00 incl. VAT"]))])
auto("t33c", "11-03 11:01", """Thank you for your email. I am out of the office until Monday 9 November with
limited access to email. For anything urgent please contact office@osei-partners.example.

Jennifer Osei""", "t33b", "Automatic reply: RE: Final invoice for finance")
cust("t33d", "11-09 09:15", """Thank you Hannah, finance confirmed they have it.

Jennifer""", "t33b", thanks_only=True)

case("t34-deposit-return-partial", "en", "Aidan Mulvey <aidan.mulvey@example.net>", "gmail",
     "Storage deposit", "pending", {"unanswered-question": 1},
     "Partial answer: the deposit amount, not when it is returned.")
cust("t34a", "11-16 18:00", """Hi,

I'm about to rent a 35 sq ft unit. How much is the deposit? When do I get it back after
I move out?

Aidan""", answered=1, uq=("When do I get it back after\nI move out?",))
agent("t34b", "dale", "11-17 08:45", """Hi Aidan,

The deposit is one month's rent (£64 for a 35 sq ft unit), payable when you sign the
agreement. You can sign online or at the centre.

Regards,""", "t34a")

case("t35-added-piano-before-reply", "en", "Zoe Carrick <zoe.carrick@example.com>", "gmail",
     "Move Salford to Bolton", "closed", {},
     "A second mail adds a piano question before any reply (not a chase); one reply answers both.")
cust("t35a", "11-09 20:00", """Hi,

Can you move a 2-bed flat from Salford to Bolton on Saturday 28 November?

Zoe""", answered=1)
cust("t35b", "11-09 20:45", """Sorry, forgot to add: there's also a small upright piano. Do you move pianos too?

Zoe""", "t35a", answered=1)
agent("t35c", "hannah", "11-10 09:30", """Hi Zoe,

Saturday 28 November is free, and the upright is no problem - it adds £95 for a
ground-floor to ground-floor move. If you'd like to go ahead, reply with both addresses
and I'll book a survey.

Best wishes,
Hannah""", "t35b")

case("t36-price-and-link-only", "en", "Matthew Crossley <matthew.crossley@example.org>", "thunderbird",
     "100 sq ft unit", "closed", {},
     "One question answered with a price only, the other with a link only.")
cust("t36a", "11-05 10:20", """Hello,

What would a 100 sq ft unit cost for three months? And where can I read your storage
terms?

Matthew Crossley""", answered=2)
agent("t36b", "dale", "11-05 12:00", """£387 in total (£129 a month, VAT included).

https://tidewell.example/storage/terms""", "t36a")

case("t37-typos-second-keycard", "en", "Kerry Naylor <kerry.naylor@example.com>", "iphone",
     "storage", "pending", {"unanswered-question": 1},
     "Lower-case mail with typos: Saturday hours answered, the second key card request skipped.")
cust("t37a", "11-18 21:05", """hiya, wat time does the storage place close on saturdays?? and can i get a second key
card for my husband, hes going to be collecting stuff while im away. thx kerry

Sent from my iPhone""", answered=1,
     uq=("can i get a second key\ncard for my husband",))
agent("t37b", "dale", "11-19 08:10", """Hi Kerry,

We're open 06:00-22:00 every day, Saturdays included.

Regards,""", "t37a")

case("t38-roller-door-reopened", "en", "Leon Fairbanks <leon.fairbanks@example.net>", "gmail",
     "Key card pick-up", "pending", {"unanswered-question": 1, "reopened": 1},
     "Closed after the key-card question; two weeks later a new problem reopens it and the second question is skipped.")
cust("t38a", "11-02 15:00", """Hi,

Can I collect my storage key card from reception instead of having it posted?

Leon""", answered=1)
agent("t38b", "dale", "11-02 17:00", """Hi Leon,

Yes, of course - it'll be waiting for you at reception. I'm closing this ticket now;
if you have any further questions, just reply.

Regards,""", "t38a", closes=True)
cust("t38c", "11-17 10:00", """Hi Dale,

Got the card, thanks. Now a new problem: the roller door on unit C-041 is sticking and
only opens halfway. Can someone fix it? And could I move to a unit on the ground floor
in the meantime?

Leon""", "t38b", answered=1,
     uq=("could I move to a unit on the ground floor\nin the meantime?",))
agent("t38d", "dale", "11-17 13:20", """Hi Leon,

Our maintenance contractor will fix the roller door on Thursday morning; you won't need
to be there.

Regards,""", "t38c")

case("t39-outbuildings-late", "en", "Alison Whitaker <alison.whitaker@example.com>", "outlook",
     "Quote for move to Harrogate", "pending", {"missed-follow-up": 1, "customer-chased": 1},
     "'I'll confirm on Wednesday 11 November' - the customer checks in on the 13th, the answer comes on the 16th.")
cust("t39a", "11-09 11:00", """Hello,

We had a survey last week for our move to Harrogate. Could you confirm whether the quote
includes the shed contents and the garage?

Alison Whitaker""", answered=1)
agent("t39b", "owen", "11-09 15:00", """Hi Alison,

I'm waiting for the surveyor's notes on the outbuildings. I'll confirm on Wednesday
11 November.

Kind regards,""", "t39a", promises=(("11-11", "t39d"),))
cust("t39c", "11-13 09:00", """Hi Owen,

Just checking in on the quote - I haven't heard anything since Monday.

Alison""", "t39b", chase=True)
agent("t39d", "owen", "11-16 10:00", """Hi Alison,

Sorry for the wait. Yes: the shed and the garage are both included, and the quote stays
at £2,240.

Kind regards,""", "t39c")

case("t40-sofa-stairwell-early-next-week", "en", "Noah Pritchard <noah.pritchard@example.org>", "gmail",
     "Will our sofa fit?", "closed", {"missed-follow-up": 1},
     "'Get back to you early next week' said on Thursday 5 November (deadline Tuesday 10th), never kept.")
cust("t40a", "11-05 10:00", """Hi,

Could you check whether our sofa (2.3 m long) will fit through the stairwell at the new
flat? The building manager sent the measurements (attached).

Noah""", answered=1,
     attach=[("application/pdf", "stairwell_measurements.pdf",
              mailcraft.pdf(["Stairwell, 14 Canal Street", "Width 98 cm, landing 1.6 m x 1.1 m"]))])
agent("t40b", "owen", "11-05 14:30", """Hi Noah,

Thanks for the measurements. I'll ask our team leader to check them against the sofa
and get back to you early next week.

Kind regards,""", "t40a", promises=(("11-10", None),))


# --------------------------------------------------------------------------------------
# Cases (German, French, Spanish)
# --------------------------------------------------------------------------------------

case("t41-umzug-hamburg-angebot", "de", "Katrin Vossberg <katrin.vossberg@example.de>", "gmail_de",
     "Umzug Manchester - Hamburg", "pending", {"unanswered-question": 2},
     "Preis und Küchenmontage beantwortet; Samstagstermin und die Terminbestätigung für den Arbeitgeber nicht.")
cust("t41a", "11-16 19:20", """Guten Abend,

wir ziehen im Februar von Manchester nach Hamburg (3-Zimmer-Wohnung, 2. Stock ohne
Aufzug). Was würde der Umzug ungefähr kosten? Können Sie auch die Küche ab- und in
Hamburg wieder aufbauen? Und können Sie den Umzug an einem Samstag machen?

Außerdem bräuchten wir für die Firma meines Mannes eine schriftliche Bestätigung über den
Umzugstermin.

Viele Grüße
Katrin Vossberg""", answered=2,
     uq=("Und können Sie den Umzug an einem Samstag machen?",
         "Außerdem bräuchten wir für die Firma meines Mannes eine schriftliche Bestätigung über den\nUmzugstermin."))
agent("t41b", "lukas", "11-17 10:15", """Sehr geehrte Frau Vossberg,

für eine 3-Zimmer-Wohnung nach Hamburg liegen wir erfahrungsgemäß zwischen 6.800 und
7.900 Pfund, je nach Volumen; den genauen Preis nennen wir nach einer Videobesichtigung.
Den Ab- und Aufbau der Küche übernimmt unser Partnerbetrieb in Hamburg, das ist im
Angebot als eigene Position ausgewiesen.

Mit freundlichen Grüßen
Lukas Brenner""", "t41a")

case("t42-einlagerung-morgen", "de", "Jörg Hallmann <joerg.hallmann@example.de>", "outlook_de",
     "Einlagerung während des Umzugs nach München", "open",
     {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
     "'Ich melde mich morgen' nie eingelöst; der Kunde wartet immer noch.")
cust("t42a", "11-10 14:05", """Hallo,

wir ziehen Ende Januar nach München, die neue Wohnung ist aber erst ab April frei. Ist
eine Einlagerung unserer Möbel für etwa drei Monate bei Ihnen möglich, und wie wird das
berechnet?

Mit freundlichen Grüßen
Jörg Hallmann""", answered=1)
agent("t42b", "lukas", "11-11 09:30", """Guten Tag Herr Hallmann,

das ist grundsätzlich möglich. Ich kläre die Details mit unserem Lager in Salford und
melde mich morgen bei Ihnen.

Viele Grüße
Lukas Brenner""", "t42a", promises=(("11-12", None),))
cust("t42c", "11-16 08:40", """Hallo Herr Brenner,

ich warte immer noch auf eine Antwort zu meiner Anfrage unten. Wir müssen bis Ende der
Woche entscheiden.

Jörg Hallmann""", "t42b", chase=True)

case("t43-klavier-inline-ja", "de", "Ute Brandstätter <ute.brandstaetter@example.at>", "thunderbird_de",
     "Klavier nach Graz", "closed", {},
     "Zwei Fragen inline beantwortet, eine mit einem bloßen \"Ja.\"; Dank.")
cust("t43a", "11-04 18:10", """Sehr geehrte Damen und Herren,

wir ziehen von Stockport nach Graz und haben ein Klavier (Petrof, 230 kg).
Transportieren Sie Klaviere auch ins Ausland? Wird das Klavier in Graz wieder
aufgestellt und muss es danach gestimmt werden?

Mit freundlichen Grüßen
Ute Brandstätter""", answered=2, cte="base64")
agent("t43b", "lukas", "11-05 09:00", """Sehr geehrte Frau Brandstätter,

> Transportieren Sie Klaviere auch ins Ausland?

Ja.

> Wird das Klavier in Graz wieder aufgestellt und muss es danach gestimmt werden?

Wir stellen es an den gewünschten Platz. Stimmen lassen sollten Sie es etwa zwei bis
drei Wochen nach dem Umzug, wenn es sich an das Raumklima gewöhnt hat.

Viele Grüße
Lukas Brenner""", "t43a", quote=False)
cust("t43c", "11-05 10:30", """Vielen Dank für die schnelle Antwort!

Ute Brandstätter""", "t43b", thanks_only=True)

case("t44-rechnung-bis-freitag", "de", "Matthias Korte <matthias.korte@example.de>", "gmail_de",
     "Rechnung mit Mehrwertsteuer", "pending", {"missed-follow-up": 1},
     "'Die korrigierte Rechnung schicke ich Ihnen bis Freitag' - geschickt erst am Montag danach.")
cust("t44a", "11-09 17:45", """Hallo,

können Sie mir die Rechnung für unseren Umzug mit ausgewiesener Mehrwertsteuer schicken?
Mein Arbeitgeber erstattet die Umzugskosten nur gegen eine ordentliche Rechnung.

Danke und Gruß
Matthias Korte""", answered=1)
agent("t44b", "lukas", "11-10 10:00", """Hallo Herr Korte,

natürlich - die korrigierte Rechnung mit ausgewiesener Mehrwertsteuer schicke ich Ihnen
bis Freitag.

Viele Grüße
Lukas Brenner""", "t44a", promises=(("11-13", "t44c"),))
agent("t44c", "lukas", "11-16 11:20", """Hallo Herr Korte,

anbei die korrigierte Rechnung. Entschuldigen Sie die Verzögerung.

Viele Grüße
Lukas Brenner""", "t44b",
      attach=[("application/pdf", "Rechnung_INV-55766.pdf",
               mailcraft.pdf(["Rechnung INV-55766", "Netto GBP 3.150,00 - MwSt 20 % GBP 630,00"]))])

case("t45-schluesseluebergabe", "de", "Sabine Oertel <sabine.oertel@example.de>", "outlook_de",
     "Schlüsselübergabe", "closed", {},
     "Frage zur Schlüsselübergabe mit anderen Worten beantwortet; Dank.")
cust("t45a", "11-03 08:15", """Guten Morgen,

am Umzugstag bin ich erst ab 10 Uhr in der alten Wohnung. Wie läuft die
Schlüsselübergabe mit Ihrem Team, wenn die Packer schon um 8 Uhr anfangen?

Sabine Oertel""", answered=1)
agent("t45b", "lukas", "11-03 11:40", """Guten Tag Frau Oertel,

kein Problem: Unser Teamleiter holt den Schlüssel am Vorabend bei Ihnen ab, oder Sie
hinterlegen ihn im Schlüsseltresor an der Haustür - der Code steht in Ihrer
Auftragsbestätigung.

Viele Grüße
Lukas Brenner""", "t45a")
cust("t45c", "11-03 12:00", """Perfekt, vielen Dank!""", "t45b", thanks_only=True)

case("t46-versicherung-oesterreich-langsam", "de", "Florian Haider <florian.haider@example.at>", "gmail_de",
     "Versicherung Umzug Wien", "pending", {"slow-first-response": 1},
     "Freitagnachmittag gefragt, automatisch bestätigt, beantwortet erst am Montag (beide Fragen).")
cust("t46a", "11-13 16:00", """Servus,

welche Versicherung ist bei einem Umzug von Manchester nach Wien enthalten? Und bis zu
welchem Wert sind unsere Sachen versichert?

Florian Haider""", answered=2)
ack("t46b", "11-13 15:01", "t46a", lang="de")
agent("t46c", "lukas", "11-16 09:30", """Hallo Herr Haider,

enthalten ist unsere Transportversicherung bis 40.000 Pfund Gesamtwert; wertvollere
Haushalte versichern wir auf Wunsch höher (0,8 % des zusätzlichen Werts).

Viele Grüße
Lukas Brenner""", "t46b")

case("t47-lieferdatum-parkgenehmigung", "de", "Nina Wendland <nina.wendland@example.de>", "thunderbird_de",
     "Liefertermin Berlin", "pending", {"unanswered-question": 1},
     "Liefertermin beantwortet; die Bitte um die Parkgenehmigung in Berlin übergangen.")
cust("t47a", "11-17 20:30", """Hallo Herr Brenner,

wann genau wird unser Umzugsgut in Berlin geliefert? Die Abholung ist am 1. Dezember.
Könnten Sie bitte auch die Halteverbotszone vor dem neuen Haus in der Kastanienallee
beantragen? Das Bezirksamt braucht zwei Wochen Vorlauf.

Gruß
Nina Wendland""", answered=1,
     uq=("Könnten Sie bitte auch die Halteverbotszone vor dem neuen Haus in der Kastanienallee\nbeantragen?",))
agent("t47b", "lukas", "11-18 09:10", """Hallo Frau Wendland,

nach der Abholung am 1. Dezember liefern wir am 4. Dezember zwischen 9 und 12 Uhr in
Berlin.

Viele Grüße
Lukas Brenner""", "t47a")

case("t48-demenagement-lyon", "fr", "Claire Moreau <claire.moreau@example.fr>", "apple_fr",
     "Déménagement Manchester - Lyon", "pending", {"unanswered-question": 2},
     "Délai de transport et emballage de la vaisselle répondus ; garde-meubles et liste des objets interdits ignorés.")
cust("t48a", "11-17 21:00", """Bonjour,

Nous déménageons de Manchester à Lyon en février (appartement de 4 pièces). Combien de
temps faut-il prévoir pour le transport ? Est-ce que vous pouvez emballer la vaisselle ?

Je voudrais savoir si vous pouvez garder une partie des meubles en garde-meubles à
Manchester pendant deux mois. Enfin, pourriez-vous nous envoyer la liste des objets
interdits dans le camion ?

Cordialement,
Claire Moreau""", answered=2,
     uq=("Je voudrais savoir si vous pouvez garder une partie des meubles en garde-meubles à\nManchester pendant deux mois.",
         "pourriez-vous nous envoyer la liste des objets\ninterdits dans le camion ?"))
agent("t48b", "margaux", "11-18 10:20", """Bonjour Madame Moreau,

Le transport entre Manchester et Lyon prend trois à cinq jours selon le groupage. Nos
emballeurs s'occupent volontiers de la vaisselle : elle est emballée la veille du
départ dans des cartons renforcés.

Bien cordialement,
Margaux Lefèvre""", "t48a", cte="base64")

case("t49-sinistre-relance", "fr", "Julien Bertrand <julien.bertrand@example.fr>", "apple_fr",
     "Commode abîmée", "pending", {"missed-follow-up": 1, "customer-chased": 1},
     "« Je reviens vers vous d'ici jeudi » : le client relance lundi, la réponse arrive mardi.")
cust("t49a", "11-09 19:00", """Bonjour,

Lors de notre déménagement à Bordeaux, un tiroir de la commode a été cassé. Comment
puis-je déclarer le sinistre ?

Julien Bertrand""", answered=1)
agent("t49b", "margaux", "11-10 09:45", """Bonjour Monsieur Bertrand,

Je suis désolée pour la commode. Je transmets votre dossier à notre service sinistres et
je reviens vers vous d'ici jeudi.

Bien cordialement,
Margaux Lefèvre""", "t49a", promises=(("11-12", "t49d"),))
cust("t49c", "11-16 18:30", """Bonjour,

Je me permets de vous relancer au sujet de ma déclaration de sinistre - je n'ai
toujours pas de nouvelles.

Julien Bertrand""", "t49b", chase=True)
agent("t49d", "margaux", "11-17 10:00", """Bonjour Monsieur Bertrand,

Toutes mes excuses pour ce retard. Le sinistre est enregistré sous le numéro CL-4471 :
notre réparateur partenaire à Bordeaux passe le lundi 23 novembre entre 9 h et 12 h
pour remplacer le tiroir, sans frais pour vous.

Bien cordialement,
Margaux Lefèvre""", "t49c")

case("t50-garde-meubles-horaires", "fr", "Élise Garnier <elise.garnier@example.fr>", "apple_fr",
     "Accès au garde-meubles", "closed", {},
     "Deux questions sur l'accès au box, répondues en d'autres termes ; remerciements.")
cust("t50a", "11-02 11:00", """Bonjour,

Nous avons un box chez vous à Salford pendant notre expatriation. Ma sœur pourra-t-elle
y accéder en notre absence ? Et faut-il prévenir avant de passer ?

Merci d'avance,
Élise Garnier""", answered=2)
agent("t50b", "margaux", "11-02 14:30", """Bonjour Madame Garnier,

Il suffit de nous envoyer par e-mail le nom de votre sœur et une copie de sa pièce
d'identité : nous l'ajoutons comme personne autorisée. Le centre est ouvert tous les
jours de 6 h à 22 h, sans rendez-vous.

Bien cordialement,
Margaux Lefèvre""", "t50a")
cust("t50c", "11-02 15:10", """Parfait, merci beaucoup !""", "t50b", thanks_only=True)

case("t51-devis-fin-de-journee", "fr", "Antoine Lemaire <antoine.lemaire@example.fr>", "apple_fr",
     "Devis corrigé", "closed", {"missed-follow-up": 1},
     "« Je vous envoie le devis corrigé avant la fin de la journée » - jamais envoyé.")
cust("t51a", "11-09 10:30", """Bonjour,

Le devis indique un déménagement au 3e étage, mais notre nouvel appartement à Nantes est
au rez-de-chaussée. Pouvez-vous le corriger ?

Antoine Lemaire""", answered=1)
agent("t51b", "margaux", "11-09 12:00", """Bonjour Monsieur Lemaire,

Merci de l'avoir signalé. Je vous envoie le devis corrigé avant la fin de la journée.

Bien cordialement,
Margaux Lefèvre""", "t51a", promises=(("11-09", None),))

case("t52-cloture-merci", "fr", "Sandrine Aubert <sandrine.aubert@example.fr>", "apple_fr",
     "Date de livraison à Lille", "closed", {},
     "Question répondue, ticket clôturé explicitement ; le « Merci beaucoup ! » ne le rouvre pas.")
cust("t52a", "11-05 09:00", """Bonjour,

Pouvez-vous me confirmer la date de livraison de nos meubles à Lille ?

Sandrine Aubert""", answered=1)
agent("t52b", "margaux", "11-05 11:15", """Bonjour Madame Aubert,

La livraison est prévue le mardi 17 novembre entre 8 h et 12 h. Je clôture ce ticket ;
n'hésitez pas à nous écrire si besoin.

Bien cordialement,
Margaux Lefèvre""", "t52a", closes=True)
cust("t52c", "11-05 11:40", """Merci beaucoup !""", "t52b", thanks_only=True)

case("t53-piano-assurance-telephone", "fr", "Hugo Mercier <hugo.mercier@example.fr>", "apple_fr",
     "Piano à queue - assurance", "pending", {"unanswered-question": 1},
     "La question sur l'assurance du piano est répondue ; la demande au passage (nouveau numéro de téléphone) non.")
cust("t53a", "11-18 08:30", """Bonjour Madame Lefèvre,

Notre piano à queue est estimé à 28 000 euros. Est-il couvert par l'assurance standard
du déménagement ou faut-il une assurance complémentaire ? Par ailleurs, merci de mettre à
jour mon numéro de téléphone dans le dossier : 06 12 34 56 78.

Hugo Mercier""", answered=1,
     uq=("Par ailleurs, merci de mettre à\njour mon numéro de téléphone dans le dossier : 06 12 34 56 78.",))
agent("t53b", "margaux", "11-18 14:00", """Bonjour Monsieur Mercier,

L'assurance standard couvre 5 000 euros par objet ; pour le piano, il faut une
extension de garantie à 0,6 % de la valeur déclarée, soit 168 euros.

Bien cordialement,
Margaux Lefèvre""", "t53a")

case("t54-mudanza-madrid-seguro", "es", "Lucía Romero <lucia.romero@example.es>", "gmail_es",
     "Mudanza Manchester - Madrid", "pending", {"unanswered-question": 1},
     "El plazo de transporte se responde; la pregunta indirecta sobre el seguro de objetos embalados por el cliente no.")
cust("t54a", "11-16 20:15", """Hola,

Nos mudamos de Manchester a Madrid en enero. ¿Cuánto tardaría el transporte? Quisiera
saber si el seguro cubre los objetos frágiles que embalamos nosotros mismos.

Un saludo,
Lucía Romero""", answered=1,
     uq=("Quisiera\nsaber si el seguro cubre los objetos frágiles que embalamos nosotros mismos.",))
agent("t54b", "ines", "11-17 09:50", """Hola, Lucía:

El transporte por carretera de Manchester a Madrid tarda entre cinco y siete días
desde la carga. Le adjunto la lista de documentos que necesitará para la aduana.

Un saludo,
Inés""", "t54a",
      attach=[("application/pdf", "Documentos_aduana_Espana.pdf",
               mailcraft.pdf(["Mudanza al Reino de Espana - documentos", "Pasaporte, NIE, inventario"]))])

case("t55-presupuesto-lunes", "es", "Carlos Medina <carlos.medina@example.es>", "gmail_es",
     "Presupuesto mudanza Sevilla", "closed", {"missed-follow-up": 1},
     "Pregunta respondida; 'le escribo el lunes con el presupuesto definitivo' nunca se cumple.")
cust("t55a", "11-05 12:30", """Buenos días:

Después de la visita de ayer, ¿el precio incluye el desmontaje de los armarios del
dormitorio? Necesitamos el presupuesto definitivo para decidir.

Saludos,
Carlos Medina""", answered=2)
agent("t55b", "ines", "11-05 16:00", """Hola, Carlos:

Sí, el desmontaje y montaje de los armarios está incluido. Le escribo el lunes con el
presupuesto definitivo.

Un saludo,
Inés""", "t55a", promises=(("11-09", None),))

case("t56-trastero-sigo-esperando", "es", "Marta Iglesias <marta.iglesias@example.es>", "iphone",
     "Trastero en Salford", "closed",
     {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
     "Sin respuesta en tres días; '¿Hay alguna novedad? Sigo esperando.'; la respuesta trata el precio y olvida el seguro.")
cust("t56a", "11-10 10:00", """Hola:

¿Tienen trasteros libres de unos 50 pies cuadrados en Salford a partir de diciembre?
¿Y el precio incluye algún seguro?

Marta

Enviado desde mi iPhone""", answered=1, uq=("¿Y el precio incluye algún seguro?",))
cust("t56b", "11-13 09:00", """¿Hay alguna novedad? Sigo esperando.

Marta

Enviado desde mi iPhone""", "t56a", chase=True)
agent("t56c", "ines", "11-13 12:00", """Hola, Marta:

Disculpe la demora. Sí, tenemos trasteros de 50 pies cuadrados libres desde el 1 de
diciembre, a 89 libras al mes con IVA.

Un saludo,
Inés""", "t56b")

case("t57-mixed-spanish-english", "es", "Pablo Herrera <pablo.herrera@example.com>", "gmail",
     "Moving to Barcelona / mudanza", "pending", {},
     "Mail en español e inglés con tres preguntas; una respuesta en un párrafo las cubre todas fuera de orden.")
cust("t57a", "11-18 13:00", """Hi Inés,

Sorry, I'll mix English and Spanish - my partner is copied and doesn't speak Spanish.

¿Pueden recoger también la moto? It's a 125cc Vespa. Also, how many days before the
move do you deliver the empty boxes? Y por último, ¿aceptan pago con tarjeta?

Gracias / thanks,
Pablo Herrera""", answered=3)
agent("t57b", "ines", "11-18 17:30", """Hola, Pablo:

Card payments are fine (Visa and Mastercard, no surcharge). We deliver the empty boxes
a week before the move, and yes - the Vespa can travel in the same lorry, strapped on a
pallet, for £180.

Un saludo,
Inés""", "t57a")

case("t58-factura-cif", "es", "Raquel Fuentes <raquel.fuentes@fuentes-arquitectos.example>", "gmail_es",
     "Mudanza oficina Valencia", "pending", {"unanswered-question": 1},
     "Fecha confirmada; la petición de pasada de la factura a nombre de la empresa se ignora.")
cust("t58a", "11-18 09:10", """Buenos días, Inés:

¿Nos confirman la recogida del mobiliario de la oficina el 9 de diciembre? Por cierto,
envíenme la factura a nombre de la empresa, Fuentes Arquitectos S.L., con el CIF
B12345678, la necesito para la contabilidad.

Gracias,
Raquel Fuentes""", answered=1,
     uq=("Por cierto,\nenvíenme la factura a nombre de la empresa, Fuentes Arquitectos S.L., con el CIF\nB12345678, la necesito para la contabilidad.",))
agent("t58b", "ines", "11-18 12:40", """Buenos días, Raquel:

Confirmado: recogemos el mobiliario el miércoles 9 de diciembre a las 8:00.

Un saludo,
Inés""", "t58a")

case("t59-trastero-acceso-clean", "es", "Andrés Villalba <andres.villalba@example.es>", "gmail_es",
     "Acceso al trastero", "closed", {},
     "Una cortesía ('¿Qué tal todo por allí?') y una pregunta real respondida; agradecimiento.")
cust("t59a", "11-04 17:00", """Hola, Inés:

¿Qué tal todo por allí? Una pregunta: ¿puedo dejar que un amigo recoja unas cajas de mi
trastero (C-220) mientras estoy en España?

Saludos,
Andrés""", answered=1)
agent("t59b", "ines", "11-05 09:10", """Hola, Andrés:

Todo bien, gracias. Sí, puede: envíenos el nombre de su amigo y él enseña su DNI o
pasaporte en la recepción.

Un saludo,
Inés""", "t59a")
cust("t59c", "11-05 09:30", """¡Muchas gracias!""", "t59b", thanks_only=True)

case("t60-van-size-crossed-mails", "en", "Dominic Searle <dominic.searle@example.com>", "thunderbird",
     "Van size for a studio flat", "pending", {"customer-chased": 1},
     "The question is answered minutes before the customer's chaser arrives (crossed mails); support points to its answer.")
cust("t60a", "11-18 16:40", """Hello,

I'm moving out of a studio flat in Ancoats on 5 December - not much furniture, maybe
15 boxes, a bed and a small sofa. Which van size would you send, and is one person
enough to help?

Dominic Searle""", answered=2)
agent("t60b", "hannah", "11-19 09:58", """Hi Dominic,

For a studio we send a 3.5-tonne Luton van with two movers - one person isn't enough for
the sofa on the stairs. The price is £295 for up to four hours.

Best wishes,
Hannah""", "t60a")
cust("t60c", "11-19 10:03", """Hi, just checking in on my question below about the van size - I need to book soon.

Dominic""", "t60a", chase=True)
agent("t60d", "hannah", "11-19 10:20", """Hi Dominic,

Our emails crossed - I replied at 09:58: a Luton van with two movers, £295 for up to
four hours.

Hannah""", "t60c", quote=False)


# --------------------------------------------------------------------------------------
# Checking and writing
# --------------------------------------------------------------------------------------


def fact_problems(cases: list[Case]) -> list[str]:
    """Where the hand-written labels disagree with the messages' facts (after rendering, so
    that each message's own text is known)."""
    problems = []
    for c in cases:
        status = mailcraft.contract_status(c.msgs, CONTRACT)
        if status != c.status:
            problems.append(f"{c.name}: status {c.status}, facts say {status}")
        facts = mailcraft.contract_rules(c.msgs, CONTRACT)
        if facts != c.rules:
            problems.append(f"{c.name}: rules {c.rules}, facts say {facts}")
        for m in c.msgs:
            for q in m.uq:
                if m.role != "customer" or q not in m.own:
                    problems.append(f"{c.name}: {q!r} is in no customer message's own text ({m.key})")
                elif not any(a.role == "agent" and a.date > m.date for a in c.msgs):
                    problems.append(f"{c.name}: {q!r} has no support reply after it (awaiting-reply)")
    return problems


def mail_problems(msgs: list[Msg], out: Path) -> list[str]:
    """Problems of the written mailbox read back: threading, dates, decoding, round trips."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    problems = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: p for p in inbox + sent}
    for m in (m for m in msgs if m.kind != "html"):
        problems.append(mailcraft.round_trip_problem(m, by_id[m.message_id], m.role in ("customer", "auto")))
    return [p for p in problems if p]


def summary(cases: list[Case]) -> dict:
    """The corpus's counts, as quoted in its README."""
    msgs = [m for c in cases for m in c.msgs]
    rules = Counter()
    for c in cases:
        rules.update(c.rules)
    return {
        "cases": len(cases), "messages": len(msgs),
        "roles": dict(Counter(m.role for m in msgs)),
        "clean": sum(1 for c in cases if not c.rules),
        "languages": dict(Counter(c.lang for c in cases)),
        "statuses": dict(Counter(c.status for c in cases)),
        "rules": {r: rules[r] for r in RULES if rules[r]},
        "cases with unanswered questions": sum(1 for c in cases if c.uq),
        "answered questions": sum(m.answered for m in msgs),
    }


def write(out: Path) -> None:
    """Render the corpus, check its labels against the facts and write it to ``out``; write
    nothing when a label disagrees."""
    msgs = mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)
    problems = fact_problems(CASES)
    if problems:
        raise SystemExit("refusing to write tests/practice8:\n" + "\n".join(problems))
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp)
        box = stage / "mailbox"
        box.mkdir()
        inbox = [m for m in msgs if m.role in ("customer", "auto")]
        (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (mailcraft.addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
        sent = [m for m in msgs if m.role in ("agent", "ack")]
        mailcraft.write_maildir(box / "Sent", ((m.date, m.raw, m.role == "agent") for m in sent),
                                "mx1.tidewell.example")
        problems = mail_problems(msgs, stage)
        if problems:
            raise SystemExit("refusing to write tests/practice8:\n" + "\n".join(problems))
        labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
        (stage / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        rows = [(c.name, c.lang, mailcraft.addr_of(c.customer)[0], c.client, len(c.msgs), c.status,
                 c.rules, c.story) for c in CASES]
        (stage / "CASES.md").write_text(mailcraft.cases_table(
            "Practice8 corpus: Tidewell Removals & Storage - cases", "make_practice8_corpus.py", rows),
            encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        if (out / "mailbox").exists():
            shutil.rmtree(out / "mailbox")
        shutil.copytree(box, out / "mailbox")
        for name in ("labels.json", "CASES.md"):
            shutil.copyfile(stage / name, out / name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice8")
    parser.add_argument("--summary", action="store_true", help="print the corpus's counts")
    args = parser.parse_args()
    write(args.out)
    if args.summary:
        print(json.dumps(summary(CASES), indent=1))


if __name__ == "__main__":
    main()
