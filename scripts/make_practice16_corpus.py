#!/usr/bin/env python3
"""Regenerate ``tests/practice16/``: the labelled corpus of Hollinsmere Hall's events team.

The events mailbox of a fictional country-manor hotel (weddings, corporate away days and
private parties with in-house catering and 38 guest rooms), written without looking at the
detection heuristics or at the other corpora's cases. It is question-heavy: long planning
threads where couples and event planners ask about menus, dietary needs, headcounts, timings,
deposits and invoices, often in passing, and the events coordinators, the chef and accounts
hand the thread between them. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the
contract defaults, support domain ``hollinsmere.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, the questions it asked that were answered
and those that were not). The script recomputes status and every rule count from those facts
and the dates, and refuses to write when they disagree with the hand-written labels (``CASES``
status and rules, ``UNANSWERED``), or when a labelled question is not verbatim in the
customer's own text. It parses the written mail back and checks that every text part
round-trips.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice16_corpus.py [--out DIR]
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
CONTRACT = mailcraft.Contract(as_of=AS_OF)
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "hollinsmere.example"
EVENTS = "Hollinsmere Hall Events <events@hollinsmere.example>"
HELPDESK = "Hollinsmere Hall Events <events@hollinsmere.example>"
RULES = mailcraft.RULES

AGENTS = {
    "harriet": ("Harriet Cole <harriet@hollinsmere.example>", "thunderbird", """-- 
Harriet Cole
Events Coordinator | Hollinsmere Hall
Hollinsmere, Cumbria | 017687 555 210
Plan your day: https://hollinsmere.example/weddings?src=sig"""),
    "tomasz": ("Tomasz Wright <tomasz@hollinsmere.example>", "owa", """Kind regards,
Tomasz Wright
Senior Events Manager - Corporate & Private Dining
Hollinsmere Hall | https://hollinsmere.example/meetings"""),
    "marcus": ("Marcus Oyelaran <marcus@hollinsmere.example>", "apple", """Best,
Marcus
--
Marcus Oyelaran, Head Chef
Hollinsmere Hall Kitchen"""),
    "nadia": ("Nadia Fenwick <nadia@hollinsmere.example>", "outlook", """Many thanks,
Nadia Fenwick
Accounts | Hollinsmere Hall
This e-mail and any attachments are confidential. If you received it
in error, please tell us and delete it. Questions about an invoice?
https://hollinsmere.example/accounts?ref=mail"""),
    "jonas": ("Jonas Albrecht <jonas@hollinsmere.example>", "thunderbird_de", """-- 
Jonas Albrecht
Gästebetreuung & Veranstaltungen (DE/AT/CH)
Hollinsmere Hall | https://hollinsmere.example/de"""),
    "camille": ("Camille Roux <camille@hollinsmere.example>", "apple_fr", """--
Camille Roux
Coordinatrice événements | Hollinsmere Hall
https://hollinsmere.example/fr/mariages"""),
    "lucia": ("Lucía Ferrer <lucia@hollinsmere.example>", "gmail_es", """--
Lucía Ferrer
Coordinación de eventos | Hollinsmere Hall
https://hollinsmere.example/es"""),
}

ACK = {
    "en": """Thank you for getting in touch with Hollinsmere Hall.

This is an automatic confirmation that your message has reached our
events team (reference {ref}). The team works Monday to Saturday,
9am-6pm, and we will reply within 24 hours.

Please keep the reference in the subject line if you write again.

Hollinsmere Hall Events
https://hollinsmere.example/events?ref={ref}""",
    "de": """Vielen Dank für Ihre Nachricht an Hollinsmere Hall.

Dies ist eine automatische Bestätigung (Vorgang {ref}). Unser Team
antwortet Ihnen innerhalb von 24 Stunden (Mo-Sa, 9-18 Uhr).

Hollinsmere Hall Events""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-OriginatorOrg: hollinsmere.example"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Hollinsmere Desk 3.2"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hh.", outlook_server="LO2PR0")

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack | auto (the customer's own out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)  # questions asked here that no reply addressed
    aq: list[str] = field(default_factory=list)  # questions asked here that a reply addressed
    note: str = ""
    extra: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Case:
    """One labelled conversation: the hand-written labels and the messages."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    client: str
    story: str
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The hand-written unanswered-question labels of this case."""
        return UNANSWERED.get(self.name, [])


CASES: list[Case] = []
UNANSWERED: dict[str, list[str]] = {}
"""Hand-written labels: each case's unanswered questions, verbatim, in order."""


def at(day: int, hm: str, tz: int = 0, month: int = 11) -> datetime:
    """``day`` November 2026 (or ``month``) at ``hm`` in UTC+``tz`` hours."""
    hh, mm = map(int, hm.split(":"))
    return datetime(2026, month, day, hh, mm, tzinfo=timezone(timedelta(hours=tz)))


def eod(day: int, tz: int = 0) -> datetime:
    """The end of ``day`` November 2026 where the promise was made (UTC+``tz``)."""
    return datetime(2026, 11, day, 23, 59, tzinfo=timezone(timedelta(hours=tz)))


def window(day: int, hm: str, tz: int = 0) -> datetime:
    """The deadline of a promise without a stated one: the 2-day follow-up window."""
    return at(day, hm, tz) + timedelta(days=2)


def reply_subject(subject: str, client: str) -> str:
    """The subject a client puts on a reply: one RE:/AW:/Re: prefix on the bare topic."""
    topic = subject
    for prefix in ("Re: ", "RE: ", "AW: ", "Aw: "):
        while topic.startswith(prefix):
            topic = topic[len(prefix):]
    if client in ("outlook", "owa", "android"):
        return "RE: " + topic
    if client == "outlook_de":
        return "AW: " + topic
    return "Re: " + topic


def case(name: str, lang: str, status: str, rules: dict[str, int], customer: str, client: str,
         subject: str, story: str, *specs: dict, sig: str = "") -> Case:
    """Add a case whose messages are ``specs`` (made by :func:`cust`, :func:`agent`,
    :func:`ack` and :func:`auto`), each replying to the previous human message unless it
    names its ``parent``; the customer's ``sig`` ends each of their messages."""
    c = Case(name, lang, status, rules, customer, client, story)
    last_human: str | None = None
    last_subject = subject
    for s in specs:
        key = f"{name}/{s['k']}"
        role = s["role"]
        parent = s.get("parent", "-")
        parent = (last_human if parent == "-" else (f"{name}/{parent}" if parent else None))
        if role == "agent":
            frm, client_used, agent_sig = AGENTS[s["who"]]
            to = customer
        elif role == "ack":
            frm, client_used, agent_sig, to = HELPDESK, "helpdesk", "", customer
        else:
            frm, client_used, agent_sig, to = customer, s.get("client", client), "", EVENTS
        client_used = s.get("client", client_used)
        if "subject" in s:
            subj = s["subject"]
        elif role == "ack":
            subj = f"[{s['subject_ref']}] " + reply_subject(last_subject, "thunderbird")
        elif parent is None:
            subj = subject
        else:
            subj = reply_subject(last_subject, client_used)
        body = s["body"].strip("\n")
        if role == "agent":
            body += "\n\n" + agent_sig
        elif role == "customer" and sig and not s.get("nosig"):
            body += "\n\n" + sig
        if parent and s.get("quote", True) and "{quote}" not in body:
            body += "\n\n{quote}"
        extra = list(s.get("extra", []))
        if role == "ack":
            extra = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
        m = Msg(key=key, case=name, role=role, agent=s.get("who"), client=client_used,
                kind=s.get("kind", "plain"), cte=s.get("cte"), frm=frm, to=s.get("to", to),
                cc=s.get("cc"), subject=subj, date=s["when"], body=body + "\n", parent=parent,
                thread=s.get("thread", True), msgid=s.get("msgid", True),
                attach=s.get("attach", []), thanks_only=s.get("thanks", False),
                closes=s.get("closes", False), chase=s.get("chase", False),
                promises=[(d, f"{name}/{k}" if k else None) for d, k in s.get("promises", [])],
                uq=s.get("uq", []), aq=s.get("aq", []), note=s.get("note", ""), extra=extra)
        c.msgs.append(m)
        if role in ("customer", "agent"):
            last_human = key
            last_subject = subj
    CASES.append(c)
    return c


def cust(k: str, when: datetime, body: str, **facts) -> dict:
    """A customer message."""
    return {"role": "customer", "k": k, "when": when, "body": body, **facts}


def agent(who: str, k: str, when: datetime, body: str, **facts) -> dict:
    """A support reply by agent ``who``."""
    return {"role": "agent", "who": who, "k": k, "when": when, "body": body, **facts}


def ack(k: str, when: datetime, ref: str, lang: str = "en") -> dict:
    """The helpdesk's automatic acknowledgement (not a response)."""
    return {"role": "ack", "k": k, "when": when, "body": ACK[lang].format(ref=ref),
            "quote": False, "subject_ref": ref}


def auto(k: str, when: datetime, body: str, extra: list[tuple[str, str]], **facts) -> dict:
    """The customer's own automatic reply (out-of-office): neither customer mail nor response."""
    return {"role": "auto", "k": k, "when": when, "body": body, "extra": extra, "quote": False,
            **facts}


# --------------------------------------------------------------------------------------
# Small attachments
# --------------------------------------------------------------------------------------

FLOOR_PLAN = mailcraft.png(24, 16, lambda x, y: (235, 230, 215) if (x // 6 + y // 4) % 2 else (120, 140, 110))
SEATING = mailcraft.png(16, 16, lambda x, y: (250, 250, 250) if (x - 8) ** 2 + (y - 8) ** 2 > 30 else (90, 60, 40))
INVOICE_PDF = mailcraft.pdf(["Hollinsmere Hall - Invoice HH-INV-30418", "Mr & Mrs T Ashby",
                             "2 Beck Cottages, Keswick CA12 5DJ", "Second deposit: GBP 2,500.00",
                             "Due: 30 November 2026"])
QUOTE_PDF = mailcraft.pdf(["Hollinsmere Hall - Quotation Q-1187", "Brightwell Consulting away day",
                           "40 delegates x GBP 68.00", "12 bedrooms B&B x GBP 145.00"])
VAT_PDF = mailcraft.pdf(["Hollinsmere Hall - VAT invoice HH-INV-30433", "Lambert Studio Ltd",
                         "VAT GB 284 5567 12", "Team dinner 30 October 2026"])
BUFFET_PDF = mailcraft.pdf(["Hollinsmere Hall - Party buffets", "Fell buffet GBP 26.00 pp",
                            "Lakeland buffet GBP 32.00 pp"])
DIETARY_PDF = mailcraft.pdf(["Dietary form - Marsh wedding 12 December", "Coeliac: 2",
                             "Nut allergy: 1 (table 4)", "Vegetarian: 9"])
MENU_PDF = mailcraft.pdf(["Pike wedding - revised menu", "Beef fillet, truffle mash",
                          "Chocolate delice, blood orange"])
BOOKING_PDF = mailcraft.pdf(["Hollinsmere Hall - Wedding booking form", "Date: Saturday 24 July 2027"])

# --------------------------------------------------------------------------------------
# Cases (English)
# --------------------------------------------------------------------------------------

case("h01-wedding-date-enquiry", "en", "closed", {},
     "Emma Whitlock <emma.whitlock@larchfield.example>", "gmail", "Wedding enquiry - June 2027",
     "Three questions answered in one paragraph, out of order; a conditional offer to pencil "
     "the date in is not a promise; thanks-only reply.",
     cust("c1", at(2, "10:12"), """Hi there,

My fiancé Joe and I are looking at venues for summer 2027 and Hollinsmere
looks perfect. Is Saturday 12 June 2027 still available? We're expecting
around 120 guests for the ceremony and wedding breakfast.

How many guest rooms do you have, and can we reserve all of them for the wedding party?
Also, what time does the evening reception have to finish?

Thanks so much,
Emma""", aq=["Is Saturday 12 June 2027 still available?",
             "How many guest rooms do you have, and can we reserve all of them for the wedding party?",
             "what time does the evening reception have to finish?"]),
     agent("harriet", "a1", at(2, "14:40"), """Hi Emma,

Lovely to hear from you! The evening celebrations run until midnight, with
the bar closing at 11.45pm. We have 38 bedrooms across the Hall and the
Coach House, and couples who take the Hall exclusively have all of them held
for their guests until eight weeks before the day. And the good news: 12 June
2027 is free at the moment. If you'd like, I can pencil it in for you for 14
days at no cost.

Warm wishes,
Harriet"""),
     cust("c2", at(3, "08:05"), """That's wonderful, thank you Harriet! We'll talk it over this weekend.

Emma""", thanks=True))

case("h02-tasting-and-own-wine", "en", "closed", {"unanswered-question": 1},
     "Priya Raman <priya.raman@fellgate.example>", "apple", "Menu tasting - 17 April 2027 (HH-2291)",
     "Tasting dates answered by the coordinator, the vegan main by the chef (promised by the "
     "coordinator, kept); the passing 'can we bring our own wine?' is never answered.",
     cust("c1", at(3, "19:20"), """Hello,

We've booked 17 April 2027 (booking HH-2291) and would love to come for the
menu tasting. Which dates do you have for tastings in January?

My partner Sam is vegan - could chef do a vegan version of the lamb main, not just the risotto?

Oh and can we bring our own wine? Sam's uncle has a small vineyard in the Douro.

Priya""", aq=["Which dates do you have for tastings in January?",
              "could chef do a vegan version of the lamb main, not just the risotto?"],
          uq=["Oh and can we bring our own wine?"]),
     agent("harriet", "a1", at(4, "09:30"), """Hi Priya,

How exciting! January tastings are on Thursday 14 and Thursday 28, both at
6pm - let me know which suits. I've copied in Marcus, our head chef, and he'll
reply to you about the vegan main.

Harriet""", promises=[(window(4, "09:30"), "a2")]),
     agent("marcus", "a2", at(4, "16:10"), """Hi Priya and Sam,

Absolutely. I do a slow-roast celeriac with the same salsa verde and a crispy
shallot and lentil crumb in place of the lamb - I'll put it on your tasting.
"""),
     cust("c2", at(5, "07:55"), """Brilliant, thank you both! We'll take Thursday 28 January please.

Priya""", aq=["We'll take Thursday 28 January please."]),
     agent("harriet", "a3", at(5, "10:00"), """Hi Priya,

Done - you're booked in for the tasting on Thursday 28 January at 6pm.

Harriet"""))

case("h03-away-day-quote-late", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
     "Daniel Okoro <d.okoro@brightwell-consulting.example>", "outlook", "Strategy away day - 21 January",
     "Quote promised by Wednesday, the customer chases on Thursday, the quote comes on Friday: "
     "kept late, so missed; the chase is answered by the quote.",
     cust("c1", at(2, "11:02"), """Hello,

We're planning a strategy away day for 40 people on Thursday 21 January.
Could you send a quote for your day delegate package with two breakout rooms?
We'd also want 12 bedrooms the night before. Does the day rate include parking and Wi-Fi?

Regards,
Daniel Okoro
Operations Manager, Brightwell Consulting""", kind="alt",
          aq=["Could you send a quote for your day delegate package with two breakout rooms?",
              "Does the day rate include parking and Wi-Fi?"]),
     agent("tomasz", "a1", at(2, "15:20"), """Dear Daniel,

Thank you for thinking of us. Parking and Wi-Fi are both included in the day
delegate rate. I'm confirming the breakout rooms with our operations team and
I'll send the full quote by Wednesday 4 November.""", promises=[(eod(4), "a2")]),
     cust("c2", at(5, "09:40"), """Hi Tomasz,

Any news on the quote? Our MD wants to sign it off this week.

Daniel""", chase=True, aq=["Any news on the quote?"]),
     agent("tomasz", "a2", at(6, "12:15"), """Dear Daniel,

Apologies for the delay. Please find the quote attached: 40 delegates at £68
per person with the Library and the Garden Room as breakout rooms, and 12
bedrooms at £145 bed and breakfast on 20 January. The date is held for you
until 20 November.""", attach=[("application/pdf", "Hollinsmere-Q-1187.pdf", QUOTE_PDF)]),
     cust("c3", at(6, "13:00"), """Thanks Tomasz, all received.

Daniel""", thanks=True))

case("h04-deposit-invoice-billing-address", "en", "closed", {"unanswered-question": 1},
     "Rachel Ashby <rachel.ashby@thornmoor.example>", "gmail", "Second deposit invoice",
     "Accounts sends the deposit invoice (PDF, still with the old address); the request in "
     "passing to update the billing address is ignored.",
     cust("c1", at(3, "20:45"), """Hi,

Could you please send us the invoice for the second deposit (£2,500) so we can pay it before the end of the month?
Also, please update our billing address to 14 Larkfield Road, Penrith CA11 8QT - we moved in September.

Thanks,
Rachel (and Tom)""",
          aq=["Could you please send us the invoice for the second deposit (£2,500) so we can pay it before the end of the month?"],
          uq=["please update our billing address to 14 Larkfield Road, Penrith CA11 8QT"]),
     agent("nadia", "a1", at(4, "10:05"), """Dear Rachel,

Please find attached invoice HH-INV-30418 for the second deposit of £2,500,
due by 30 November. Our bank details are at the foot of the invoice.""",
           attach=[("application/pdf", "HH-INV-30418.pdf", INVOICE_PDF)]),
     cust("c2", at(4, "10:30"), "Thanks Nadia!", thanks=True, nosig=True))

case("h05-orangery-floor-plan", "en", "closed", {},
     "Sophie Brennan <sophie@brennan-events.example>", "thunderbird", "Lowther-Hughes wedding: Orangery layout",
     "A wedding planner asks for a floor plan; promised for tomorrow and sent tomorrow (PNG).",
     cust("c1", at(4, "09:10"), """Hi Harriet,

For the Lowther-Hughes wedding on 5 June: could you send me the floor plan of the Orangery with 10 round tables of 8 and the top table along the windows?
I need it for the florist.

Thanks,
Sophie Brennan
Brennan Events""", aq=["could you send me the floor plan of the Orangery with 10 round tables of 8 and the top table along the windows?"]),
     agent("harriet", "a1", at(4, "11:25"), """Hi Sophie,

Of course - I'll draw it up this afternoon and send it over tomorrow morning.""",
           promises=[(eod(5), "a2")]),
     agent("harriet", "a2", at(5, "09:05"), """Morning Sophie,

Here's the Orangery plan: ten rounds of eight, the top table along the
windows and the cake table by the east doors. Happy to move things around.""",
           attach=[("image/png", "orangery-plan.png", FLOOR_PLAN)]),
     cust("c2", at(5, "09:30"), """Perfect, thank you!

Sophie""", thanks=True))

case("h06-headcount-change-yes", "en", "closed", {},
     "Jamie Lowe <jamie.lowe@ridgeway-mail.example>", "iphone", "Numbers",
     "Two questions answered with a bare 'Yes and yes'.",
     cust("c1", at(5, "21:14"), """Hi Harriet,

Final-ish numbers: we're now 96 adults and 8 children rather than 110.
Is it still ok to keep the Long Gallery for the wedding breakfast? And can the children have the kids' menu at half price?

Jamie

Sent from my iPhone""", aq=["Is it still ok to keep the Long Gallery for the wedding breakfast?",
                            "can the children have the kids' menu at half price?"]),
     agent("harriet", "a1", at(6, "09:02"), """Hi Jamie,

Yes and yes - I've updated the booking to 96 + 8."""))

case("h07-timings-inline", "en", "closed", {},
     "Mark Ellery <mark.ellery@quarrybank.example>", "thunderbird", "Timings for 27 March",
     "Four numbered timing questions answered inline under the quoted questions.",
     cust("c1", at(5, "10:00"), """Hi Harriet,

A few timing questions for our day (Saturday 27 March):

1. What time can the photographer and hair/make-up team get into the bridal suite?
2. How long does the drinks reception usually last before the wedding breakfast?
3. Can the band start setting up during the speeches?
4. When is the latest the cake can be delivered?

Cheers,
Mark""", aq=["What time can the photographer and hair/make-up team get into the bridal suite?",
             "How long does the drinks reception usually last before the wedding breakfast?",
             "Can the band start setting up during the speeches?",
             "When is the latest the cake can be delivered?"]),
     agent("harriet", "a1", at(5, "15:40"), """Hi Mark,

Answers below.

On 11/5/26 10:00 AM, Mark Ellery wrote:
> 1. What time can the photographer and hair/make-up team get into the bridal suite?

From 8am - the suite is yours from then.

> 2. How long does the drinks reception usually last before the wedding breakfast?

About 90 minutes: with a 2pm ceremony we ring the gong at 4pm.

> 3. Can the band start setting up during the speeches?

Yes, in the Ballroom, as long as the soundcheck waits until the speeches are over.

> 4. When is the latest the cake can be delivered?

Noon on the day.""", quote=False),
     cust("c2", at(5, "16:00"), """Brilliant, that's really helpful. Thanks!

Mark""", thanks=True))

case("h08-christmas-lunch-awaiting", "en", "open", {"awaiting-reply": 1},
     "Laura Kent <laura.kent@pennine-freight.example>", "outlook", "Christmas lunch for 30 - 18 December",
     "A new enquiry acknowledged by the helpdesk robot and never answered by a person.",
     cust("c1", at(17, "09:20"), """Hello,

We'd like to book a Christmas lunch for 30 staff on Friday 18 December. Do
you still have space in the Long Gallery, and could you send the festive menu
and prices?

Kind regards,
Laura Kent
Office Manager, Pennine Freight"""),
     ack("k1", at(17, "09:21"), "HH-40877"))

case("h09-birthday-dinner-fresh", "en", "open", {},
     "Owen Pryce <owen.pryce@slatehouse.example>", "gmail", "Private dining for 14",
     "A fresh enquiry on the audit day, still inside the response target.",
     cust("c1", at(20, "10:15"), """Hello,

I'd like to book private dining for 14 for my mum's 70th on Saturday 9
January. Is the Library free that evening, and what's the minimum spend?

Thanks,
Owen Pryce"""),
     ack("k1", at(20, "10:16"), "HH-40912"))

case("h10-product-launch-slow", "en", "closed", {"slow-first-response": 1},
     "Grace Mensah <grace.mensah@aldwych-pr.example>", "gmail", "Product launch venue",
     "First reply two days after the enquiry; both questions answered.",
     cust("c1", at(2, "08:30"), """Hello,

Could you tell me whether you host product launches for around 60 people, and whether you have AV for a presentation with a big screen?
We're looking at late February.

Grace Mensah
Aldwych PR""", aq=["Could you tell me whether you host product launches for around 60 people, and whether you have AV for a presentation with a big screen?"]),
     agent("tomasz", "a1", at(4, "11:50"), """Dear Grace,

Sorry for the slow reply - we've had a very busy week of weddings. Yes, we
regularly host launches: the Ballroom takes 60 theatre-style or 80 standing,
and the 4m screen, projector and two radio mics are included in the hire."""),
     cust("c2", at(4, "12:30"), """Thanks - very helpful.

Grace""", thanks=True))

case("h11-room-block-reopened", "en", "closed", {"reopened": 1},
     "Ben Taylor <ben.taylor@marlowgrove.example>", "apple", "Room block code",
     "Answered and explicitly marked resolved; the customer comes back a week later with a "
     "new question (dogs), answered.",
     cust("c1", at(3, "12:00"), """Hi,

We've got a room block for our wedding guests (booking HH-2307). How do guests book into it - is there a code?

Ben""", aq=["How do guests book into it - is there a code?"]),
     agent("harriet", "a1", at(3, "15:00"), """Hi Ben,

Guests just call reception on 017687 555 200 and quote HOLLINS-TAYLOR; the
rooms are held until 1 March. I'll mark this as resolved, but do shout if
anything else comes up.""", closes=True),
     cust("c2", at(10, "18:40"), """Hi Harriet,

Sorry, one more: a couple of guests are asking whether they can bring their dog.
Are any of the Coach House rooms dog-friendly?

Ben""", aq=["Are any of the Coach House rooms dog-friendly?"]),
     agent("harriet", "a2", at(11, "09:10"), """Hi Ben,

Coach House rooms 3 and 4 take dogs (£20 a night) - reception will sort it
when they call."""))

case("h12-wedding-menu-three-teams", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
     "Chloe Fairbairn <chloe.fairbairn@kirkstone-mail.example>", "gmail", "Autumn menu chosen!",
     "Coordinator hands the pudding to the chef and the deposit schedule to accounts (both "
     "promised by Friday, both kept); the cot in the bridal suite, asked in passing, is lost.",
     cust("c1", at(2, "19:00"), """Hi Harriet,

We've chosen the Autumn menu for our wedding on 16 October 2027!

Could chef swap the sticky toffee pudding for something lighter? And what's the deposit schedule from here - how much is due when?

Oh and is there a cot available in the bridal suite for our little one?

Chloe x""", aq=["Could chef swap the sticky toffee pudding for something lighter?",
                "what's the deposit schedule from here - how much is due when?"],
          uq=["Oh and is there a cot available in the bridal suite for our little one?"]),
     agent("harriet", "a1", at(3, "09:15"), """Hi Chloe,

Wonderful choice! I've passed the pudding question to Marcus and the deposit
question to Nadia in accounts - they'll both reply to you by Friday.

Harriet""", promises=[(eod(6), "a2"), (eod(6), "a3")]),
     agent("marcus", "a2", at(4, "14:00"), """Hi Chloe,

Happy to. A lemon posset with shortbread or a blackberry and apple pavlova
both work with that menu - let's try them at your tasting."""),
     agent("nadia", "a3", at(5, "10:30"), """Dear Chloe,

The schedule from here is: £1,000 on booking (received, thank you), 25% of
the estimate twelve months before the wedding, and the balance fourteen days
before, once your final numbers are in.""", parent="c1"),
     cust("c2", at(5, "11:00"), """Thank you all, that's really clear!

Chloe""", thanks=True))

case("h13-trustees-dinner-never-sent", "en", "open",
     {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
     "Fiona Grant <fiona.grant@cairnvale-trust.example>", "outlook", "Trustees' dinner 4 February - revised quote",
     "Revised quote promised by Friday and never sent; the customer chases twice, the second "
     "time with a deadline of her own, and is still waiting.",
     cust("c1", at(3, "10:00"), """Dear Tomasz,

Thank you for the quote for our trustees' dinner on 4 February. We'd like to
change it to 22 guests instead of 18, and add a wine pairing. Could you revise the quote accordingly?

Best wishes,
Fiona Grant
Cairnvale Trust""", kind="alt", aq=["Could you revise the quote accordingly?"]),
     agent("tomasz", "a1", at(3, "14:30"), """Dear Fiona,

Of course. I'll get back to you with the revised quote by Friday.""",
           promises=[(eod(6), None)]),
     cust("c2", at(10, "09:15"), """Dear Tomasz,

Just following up on my email below - is the revised quote ready?

Fiona""", chase=True),
     cust("c3", at(16, "08:50"), """Dear Tomasz,

I'm still waiting on the revised quote. Our board meets on Thursday and I
need to take figures to them. Could someone else help if you're away?

Fiona Grant""", chase=True))

case("h14-ballroom-layout-deadline-ahead", "en", "pending", {},
     "Aisha Malik <aisha.malik@northfold.example>", "gmail", "Ballroom layout with long tables",
     "One question answered, the other deferred with a promise whose deadline (Tuesday 24 "
     "November) is still ahead at audit time.",
     cust("c1", at(18, "20:00"), """Hi Harriet,

Could we see a layout of the Ballroom with a dance floor in the middle and long tables instead of rounds?
And would the long tables fit 130?

Aisha""", aq=["Could we see a layout of the Ballroom with a dance floor in the middle and long tables instead of rounds?",
              "would the long tables fit 130?"]),
     agent("harriet", "a1", at(19, "10:30"), """Hi Aisha,

Long tables will fit 130 if we run four rows of 32 plus a top table, but the
dance floor would then sit by the bar rather than in the middle. I'll draw
both options and send you the floor plans by Tuesday 24 November.""",
           promises=[(eod(24), None)]))

case("h15-vat-invoice-by-colleague", "en", "closed", {},
     "Hugo Lambert <hugo@lambert-studio.example>", "thunderbird", "VAT invoice please",
     "The coordinator promises that accounts will send the invoice tomorrow; accounts does.",
     cust("c1", at(5, "14:00"), """Hi,

Could I get a VAT invoice for our team dinner on 30 October? Our company name
is Lambert Studio Ltd, VAT GB 284 5567 12.

Thanks,
Hugo""", aq=["Could I get a VAT invoice for our team dinner on 30 October?"]),
     agent("harriet", "a1", at(5, "16:00"), """Hi Hugo,

Thanks - Nadia in accounts will send the VAT invoice over tomorrow.""",
           promises=[(eod(6), "a2")]),
     agent("nadia", "a2", at(6, "11:00"), """Dear Hugo,

Please find attached VAT invoice HH-INV-30433 for Lambert Studio Ltd.""",
           attach=[("application/pdf", "HH-INV-30433.pdf", VAT_PDF)]))

case("h16-sesame-allergy-no-deadline", "en", "closed", {"missed-follow-up": 1},
     "Imogen Hart <imogen.hart@wetherby-lane.example>", "gmail", "Severe sesame allergy",
     "'Let me check with Marcus ... and I'll come back to you' without a deadline; nothing "
     "follows within the 2-day window.",
     cust("c1", at(8, "17:30"), """Hi there,

Our son has a severe sesame allergy. Can the kitchen guarantee a sesame-free wedding breakfast for him, including the bread?

Imogen""", aq=["Can the kitchen guarantee a sesame-free wedding breakfast for him, including the bread?"]),
     agent("harriet", "a1", at(9, "09:40"), """Hi Imogen,

Thank you for letting us know. Let me check with Marcus and the kitchen team
about our bread supplier and I'll come back to you.""",
           promises=[(window(9, "09:40"), None)]))

case("h17-florist-logistics", "en", "closed", {},
     "Lucy Daventry <lucy.d@harrowdene.example>", "apple", "Florist access on the 19th",
     "Logistics, a process description and a conditional offer - none is a promise.",
     cust("c1", at(4, "18:00"), """Hi Harriet,

Couple of practical things for 19 December: what time can our florist get in to decorate the Orangery, and where should she park the van?
Also, when will we get the final invoice?

Lucy""", aq=["what time can our florist get in to decorate the Orangery, and where should she park the van?",
             "when will we get the final invoice?"]),
     agent("harriet", "a1", at(5, "09:00"), """Hi Lucy,

The Orangery is free from 8am on the 19th. The florist's van can unload at
the courtyard gate and then park in the staff car park behind the kitchen
garden. We'll email your final invoice once your final numbers are in,
fourteen days before the wedding. If you'd like, I can also send you the
details of the florist we usually work with - just say the word.

Harriet"""),
     cust("c2", at(5, "09:20"), """Lovely, thanks Harriet - no need, ours is all sorted!

Lucy""", thanks=True))

case("h18-accessible-room-templated", "en", "closed", {"unanswered-question": 2},
     "Margaret Doyle <margaret.doyle@bramblecote.example>", "outlook", "Accessible room for a wedding guest",
     "A grandmother's two specific questions get the templated brochure reply.",
     cust("c1", at(6, "11:00"), """Dear Sir or Madam,

My granddaughter is getting married at Hollinsmere next August and I am
organising the family's accommodation. I use a wheelchair.

Do you have an accessible bedroom with a level-access shower on the ground floor?
And if it rains, can the ceremony be moved indoors at short notice, or does that have to be decided in advance?

Yours faithfully,
Margaret Doyle""", uq=["Do you have an accessible bedroom with a level-access shower on the ground floor?",
                       "can the ceremony be moved indoors at short notice, or does that have to be decided in advance?"]),
     ack("k1", at(6, "11:01"), "HH-40611"),
     agent("harriet", "a1", at(6, "15:00"), """Dear Margaret,

Thank you for your interest in Hollinsmere Hall. Please find our wedding
brochure at https://hollinsmere.example/weddings/brochure.pdf, which includes
our packages, menus and accommodation rates. For wedding guests we recommend
booking rooms early, as the Hall is often fully booked in summer.

We look forward to welcoming you.

Harriet"""))

case("h19-discount-other-answer", "en", "closed", {"unanswered-question": 1},
     "Peter Lindqvist <peter.lindqvist@norse-analytics.example>", "outlook", "Offsite 11-12 February",
     "The coach question is answered; asked whether the discount covers the bedrooms, the "
     "agent gives the discount code instead.",
     cust("c1", at(9, "10:00"), """Hello Tomasz,

Two quick things for our offsite on 11-12 February:

Can the coach from Oxenholme station drop off at the front door?
Is the 10% corporate discount applied to the bedrooms as well, or only to the meeting package?

Thanks,
Peter""", aq=["Can the coach from Oxenholme station drop off at the front door?"],
          uq=["Is the 10% corporate discount applied to the bedrooms as well, or only to the meeting package?"]),
     agent("tomasz", "a1", at(9, "15:30"), """Dear Peter,

Yes, coaches can come right up the drive to the front steps - the turning
circle takes a full-size coach. Your discount code is CORP10: just add it on
the booking form when you confirm.""", kind="alt"),
     cust("c2", at(9, "16:00"), "Great, thanks.\n\nPeter", thanks=True))

case("h20-taxis-after-done", "en", "closed", {"unanswered-question": 1},
     "Nina Castell <nina.castell@greyfriars-mail.example>", "gmail", "Rehearsal on Friday 9 April",
     "Answered and thanked; four days later the customer writes again with two requests and "
     "only the first is handled.",
     cust("c1", at(2, "13:00"), """Hi Harriet,

Is there a rehearsal slot available on the Friday afternoon before our wedding (9 April)?

Nina""", aq=["Is there a rehearsal slot available on the Friday afternoon before our wedding (9 April)?"]),
     agent("harriet", "a1", at(2, "16:00"), """Hi Nina,

The Orangery is free from 4pm to 6pm on Friday 9 April - I've put you in for
4.30pm."""),
     cust("c2", at(2, "16:20"), "Perfect, thank you!\n\nNina", thanks=True),
     cust("c3", at(6, "09:45"), """Hi again Harriet,

Could we move the rehearsal dinner in the Library to 7pm rather than 6.30pm?
And could you send me a list of local taxi firms for the end of the night? Guests are already asking.

Thanks,
Nina""", aq=["Could we move the rehearsal dinner in the Library to 7pm rather than 6.30pm?"],
          uq=["could you send me a list of local taxi firms for the end of the night?"]),
     agent("harriet", "a2", at(6, "11:00"), """Hi Nina,

Done - rehearsal dinner moved to 7pm."""))

case("h21-pleasantries-self-answered", "en", "closed", {},
     "Tom Hargreaves <tom.hargreaves@bowfell-mail.example>", "thunderbird", "Tasting on Thursday",
     "A pleasantry, a rhetorical question and a self-answered question around one real "
     "question, which is answered.",
     cust("c1", at(10, "08:00"), """Hi Harriet,

Hope you all survived the storm last week? Who knew planning a wedding would
involve this many spreadsheets?!

Where do we park for the tasting on Thursday? Oh never mind, it's in the
confirmation email - the front car park.

One real question: can we bring my grandad's whisky for the top-table toast?

Tom""", aq=["can we bring my grandad's whisky for the top-table toast?"]),
     agent("harriet", "a1", at(10, "11:00"), """Hi Tom,

We did, thanks - a few branches down but the Hall is fine! A bottle for the
toast is no problem at all, and there's no corkage on it."""))

case("h22-forwarded-confirmation", "en", "closed", {},
     "Sarah Quinn <sarah.quinn@oakhollow.example>", "gmail", "Fwd: Your Hollinsmere booking confirmation HH-2334",
     "A forwarded booking confirmation full of boilerplate questions; the customer's own "
     "question is answered.",
     cust("c1", at(9, "12:00"), """Hi,

Forwarding this as I can't see the dinner time on it. What time is dinner served on our anniversary night (21 November)?

Sarah

---------- Forwarded message ---------
From: Hollinsmere Hall Reservations <reservations@hollinsmere.example>
Date: Mon, 26 Oct 2026 at 10:12
Subject: Your Hollinsmere booking confirmation HH-2334
To: <sarah.quinn@oakhollow.example>

Dear Ms Quinn,

Thank you for booking the Anniversary Escape for 21 November 2026.
Room: Skiddaw Suite, 1 night, dinner, bed and breakfast.

Need to change your booking? Reply to this email or call 017687 555 200.
Would you like to add flowers or champagne to your room? Visit
https://hollinsmere.example/extras?booking=HH-2334
Questions? We're here 9am-6pm every day.""",
          aq=["What time is dinner served on our anniversary night (21 November)?"]),
     agent("harriet", "a1", at(9, "14:00"), """Hi Sarah,

Dinner on the Anniversary Escape is served from 7pm in the dining room - I've
booked you a window table at 7.30pm. Have a wonderful stay."""))

case("h23-vegan-count-quoted-back", "en", "closed", {},
     "Kate Ormerod <kate.ormerod@lunesdale.example>", "gmail", "Retreat lunch for 24",
     "The chef's own question is quoted back in the customer's answer; a signature with a "
     "question and a '?' URL.",
     cust("c1", at(4, "09:00"), """Hello,

I'm organising a yoga retreat lunch for 24 on 14 March. Can the menu be fully vegetarian with a couple of vegan plates?""",
          aq=["Can the menu be fully vegetarian with a couple of vegan plates?"]),
     agent("marcus", "a1", at(4, "13:00"), """Hi Kate,

Definitely - a vegetarian sharing menu is easy for us, and winter veg from
the kitchen garden is lovely in March. Could you confirm how many of the 24
are vegan, and whether anyone is gluten-free?"""),
     cust("c2", at(4, "18:00"), "Hi Marcus,\n\n6 vegan and 2 gluten-free.\n\nKate"),
     agent("marcus", "a2", at(5, "08:30"), """Thanks Kate, noted - 6 vegan and 2 GF on the file for 14 March."""),
     sig="Kate Ormerod | Lunesdale Yoga\nFancy a retreat? https://lunesdale.example/retreats?utm=sig")

case("h24-training-day-av-wifi", "en", "closed", {"unanswered-question": 1},
     "Ravi Subramanian <ravi.s@meridian-pharma.example>", "outlook", "AV for training day 3 December",
     "HTML-only mail: the AV question is confirmed, the request for the Wi-Fi details is not.",
     cust("c1", at(10, "09:00"), """Hi Tomasz,

For our training day on 3 December we need a projector and two lapel microphones in the Ballroom. Can you confirm these are available?
Please also send the Wi-Fi details for the presenters in advance so they can test their laptops.

Thanks,
Ravi Subramanian
Meridian Pharma - Learning & Development""", kind="html",
          aq=["Can you confirm these are available?"],
          uq=["Please also send the Wi-Fi details for the presenters in advance so they can test their laptops."]),
     agent("tomasz", "a1", at(10, "13:00"), """Dear Ravi,

Confirmed - the Ballroom projector and two lapel mics are booked for you on
3 December, and our AV technician will be there from 8am."""))

case("h25-dietary-form-chase", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
     "Helen Marsh <helen.marsh@dalegarth.example>", "apple", "Dietary form - Marsh wedding 12 December",
     "A dietary form (PDF) goes unacknowledged for six days; the customer checks in and the "
     "reply answers both mails.",
     cust("c1", at(3, "10:00"), """Hi Harriet,

Attached is our dietary form for the wedding on 12 December. Could you confirm chef has everything he needs?

Helen""", attach=[("application/pdf", "dietary-form-marsh.pdf", DIETARY_PDF)],
          aq=["Could you confirm chef has everything he needs?"]),
     cust("c2", at(9, "09:30"), """Hi Harriet,

Just checking in on the dietary form I sent last week - has it reached the kitchen?

Helen""", chase=True, aq=["has it reached the kitchen?"]),
     agent("harriet", "a1", at(9, "11:00"), """Hi Helen,

So sorry - yes, it arrived safely and Marcus has it. He's happy with
everything: the two coeliac guests get the gluten-free menu and the nut
allergy is flagged on the seating plan for table 4."""))

case("h26-buffet-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
     "Gareth Jones <gareth.jones@tarnside.example>", "gmail", "Menu prices for a 50th birthday",
     "No reply in two days, so the customer sends the same request again as a new mail with "
     "the same subject (no threading headers); the reply answers it.",
     cust("c1", at(10, "20:00"), """Hi,

Could you send me your buffet menus and prices for a 50th birthday party for about 70 people on Saturday 6 March?

Thanks,
Gareth""", aq=["Could you send me your buffet menus and prices for a 50th birthday party for about 70 people on Saturday 6 March?"]),
     cust("c2", at(12, "21:00"), """Hi,

Could you send me your buffet menus and prices for a 50th birthday party for about 70 people on Saturday 6 March?

Thanks,
Gareth""", chase=True, parent=None, subject="Menu prices for a 50th birthday", quote=False,
          note="resend"),
     agent("tomasz", "a1", at(13, "09:30"), """Dear Gareth,

Apologies for missing your first mail. Our party buffets are attached: the
Fell buffet is £26 and the Lakeland buffet £32 per head, and the Library or
the Orangery would suit 70 guests nicely.""", attach=[("application/pdf", "party-buffets.pdf", BUFFET_PDF)]))

case("h27-buffet-price-partial", "en", "closed", {"unanswered-question": 1},
     "Alex Romero <alex.romero@kentmere-works.example>", "gmail", "Evening buffet for 150",
     "Partial answer: the per-head price is given, whether it includes staff and service is not.",
     cust("c1", at(11, "10:00"), """Hi,

For our evening reception we're expecting 150. What's the per-head price of the evening buffet?
Does that include staff and the service charge?

Alex""", aq=["What's the per-head price of the evening buffet?"],
          uq=["Does that include staff and the service charge?"]),
     agent("harriet", "a1", at(11, "12:00"), """Hi Alex,

The evening buffet is £24.50 per head for 150 guests, with a choice of hot
pork rolls or fish and chip cones."""),
     cust("c2", at(11, "12:10"), "Thanks!", thanks=True))

case("h28-number-and-link-only", "en", "closed", {},
     "Zoe Whitaker <zoe.whitaker@fellside-mail.example>", "iphone", "Quick questions",
     "Three questions answered with a number, a phrase and a link only.",
     cust("c1", at(12, "07:30"), """Hi! Quick ones: how many guest rooms do you have? What's the deadline for final numbers? And where can I see sample menus?

Zoe x

Sent from my iPhone""", aq=["how many guest rooms do you have?", "What's the deadline for final numbers?",
                            "where can I see sample menus?"]),
     agent("harriet", "a1", at(12, "09:00"), """Hi Zoe,

38.
14 days before.
https://hollinsmere.example/menus?season=winter"""))

case("h29-crossed-mails-chase", "en", "closed", {"customer-chased": 1},
     "Fraser Doig <fraser.doig@inverlochy-mail.example>", "thunderbird", "Corkage",
     "The answer and the customer's follow-up cross ten minutes apart; the follow-up is still "
     "a chase (judgement call), answered by the next reply.",
     cust("c1", at(4, "09:00"), """Hi,

Is there a corkage charge if we bring our own champagne for the toast?

Fraser""", aq=["Is there a corkage charge if we bring our own champagne for the toast?"]),
     agent("harriet", "a1", at(5, "08:30"), """Hi Fraser,

Corkage is £12 per 75cl bottle, and we'll chill and pour it for you."""),
     cust("c2", at(5, "08:40"), """Hi,

Just following up on my question below about corkage - any news?

Fraser""", chase=True, parent="c1", aq=["any news?"]),
     agent("harriet", "a2", at(5, "09:15"), """Hi Fraser,

Our mails crossed - I answered this morning: £12 per bottle, chilled and
poured by us."""))

case("h30-partners-lunch-out-of-office", "en", "closed", {},
     "Diane Foster <diane.foster@hartley-legal.example>", "outlook", "Partners' lunch 27 November",
     "Answered; the customer's out-of-office reply is automatic mail and changes nothing.",
     cust("c1", at(4, "13:00"), """Dear Tomasz,

Could you confirm the arrival time for our partners' lunch on 27 November - 12.30 for 1pm?

Diane Foster
Hartley Legal LLP""", aq=["Could you confirm the arrival time for our partners' lunch on 27 November - 12.30 for 1pm?"]),
     agent("tomasz", "a1", at(4, "15:00"), """Dear Diane,

Yes - drinks in the Library at 12.30pm and lunch served at 1pm in the Long
Gallery."""),
     auto("o1", at(4, "15:01"), """Thank you for your email. I am out of the office until Monday 9 November
with limited access to email. For anything urgent please contact
reception@hartley-legal.example.

Diane Foster""", [("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
          subject="Automatic reply: RE: Partners' lunch 27 November", parent="a1"))

case("h31-summer-party-two-promises", "en", "closed", {"missed-follow-up": 1},
     "Olivia Sefton <olivia.sefton@coniston-events.example>", "outlook", "Sefton & Wray summer party",
     "Two promises in one mail: the floor plan tomorrow (kept, PNG), the revised quote by "
     "Friday (never sent).",
     cust("c1", at(9, "11:00"), """Hi Tomasz,

For the Sefton & Wray summer party (22 July, 180 guests) we need the marquee
floor plan for the lawn, and a revised quote with the hog roast instead of the
BBQ. Can you send both this week?

Olivia Sefton
Coniston Events""", aq=["Can you send both this week?"]),
     agent("tomasz", "a1", at(9, "14:00"), """Dear Olivia,

Certainly. I'll send the marquee floor plan tomorrow and the revised quote
with the hog roast by Friday.""", promises=[(eod(10), "a2"), (eod(13), None)]),
     agent("tomasz", "a2", at(10, "10:00"), """Dear Olivia,

Here's the lawn plan with the 18 x 30m marquee, the hog roast station by the
ha-ha and the generator behind the kitchen garden.""",
           attach=[("image/png", "lawn-marquee-plan.png", FLOOR_PLAN)]),
     cust("c2", at(10, "10:30"), "Thanks Tomasz, the plan looks great.\n\nOlivia", thanks=True))

case("h32-evening-food-early-next-week", "en", "closed", {"missed-follow-up": 1},
     "Megan Tully <megan.tully@ambleside-mail.example>", "gmail", "Evening food option",
     "'Early next week' said on Thursday 5 November (deadline Tuesday 10); the chef's ideas "
     "come on Wednesday 11: kept late, so missed.",
     cust("c1", at(5, "10:00"), """Hi Harriet,

We'd love a second option for the evening food. Could chef suggest something vegetarian-friendly instead of the hog roast?

Megan""", aq=["Could chef suggest something vegetarian-friendly instead of the hog roast?"]),
     agent("harriet", "a1", at(5, "14:00"), """Hi Megan,

Good idea - I'll ask Marcus for a couple of ideas and get back to you early
next week.""", promises=[(eod(10), "a2")]),
     agent("marcus", "a2", at(11, "16:00"), """Hi Megan,

Sorry this took a few days. Two ideas: a wood-fired pizza station with a vegan
base option, or a halloumi and falafel wrap bar. Both are £16 per head."""),
     cust("c2", at(11, "17:00"), "Pizza please!\n\nMegan", aq=["Pizza please!"]),
     agent("harriet", "a3", at(12, "09:00"), """Hi Megan,

Lovely - the pizza station is on your booking."""))

case("h33-revised-menu-cheese-course", "en", "pending", {"unanswered-question": 1},
     "Edward Pike <edward.pike@helvellyn-mail.example>", "apple", "After the tasting",
     "The revised menu is promised for Monday and sent on Monday (PDF); the cheese-course "
     "question is never addressed.",
     cust("c1", at(12, "19:00"), """Hi Marcus,

Following the tasting, could you send the revised menu with the beef fillet and the chocolate delice?
Also, could the cheese course be served as a late-night snack instead of after dessert?

Edward""", aq=["could you send the revised menu with the beef fillet and the chocolate delice?"],
          uq=["could the cheese course be served as a late-night snack instead of after dessert?"]),
     agent("marcus", "a1", at(13, "10:00"), """Hi Edward,

Great to meet you both on Thursday. I'll send the revised menu on Monday.""",
           promises=[(eod(16), "a2")]),
     agent("marcus", "a2", at(16, "15:00"), """Hi Edward,

Revised menu attached: beef fillet with truffle mash, the chocolate delice
with blood orange, and the canapés you liked.""",
           attach=[("application/pdf", "pike-revised-menu.pdf", MENU_PDF)]))

case("h34-deposit-received-end-of-day", "en", "closed", {"missed-follow-up": 1},
     "Callum Reid <callum.reid@birkfell.example>", "gmail", "Second deposit paid",
     "Accounts will 'confirm by end of day' and never does.",
     cust("c1", at(12, "08:15"), """Hi Nadia,

We paid the second deposit on Monday by bank transfer (ref REID-HH2350). Could you confirm it's arrived?

Callum""", aq=["Could you confirm it's arrived?"]),
     agent("nadia", "a1", at(12, "11:00"), """Dear Callum,

Thank you. I'm just checking with our bank and will confirm by end of day.""",
           promises=[(eod(12), None)]))

case("h35-booking-terms-never", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
     "Jess Armitage <jess.armitage@sedbergh-mail.example>", "android", "Booking 24 July 2027!",
     "How to secure the date is answered (booking form attached), 'Nadia will be in touch' "
     "about the card payment never happens, and the terms and conditions are never sent.",
     cust("c1", at(9, "19:30"), """Hi Harriet,

We'd like to go ahead and book 24 July 2027! What do we need to do to secure the date, and can we pay the booking deposit by card?
Please send me the terms and conditions too.

Jess

Get Outlook for Android""", aq=["What do we need to do to secure the date, and can we pay the booking deposit by card?"],
          uq=["Please send me the terms and conditions too."]),
     agent("harriet", "a1", at(10, "09:00"), """Hi Jess,

Fantastic news! To secure 24 July we need the signed booking form (attached)
and the £1,000 booking deposit. Card is fine - Nadia from accounts will be in
touch to take the payment.""", attach=[("application/pdf", "booking-form.pdf", BOOKING_PDF)],
           promises=[(window(10, "09:00"), None)]))

case("h36-early-check-in-pleasantry-reply", "en", "closed", {"unanswered-question": 1},
     "Rosie Bell <rosie.bell@glenridding-mail.example>", "apple", "Welcome pack",
     "After a thank-you the customer asks 'one last thing'; the reply is only a pleasantry.",
     cust("c1", at(6, "10:00"), """Hi Harriet,

Could you send me the welcome pack for our guests as a PDF so I can add it to our wedding website?

Rosie""", aq=["Could you send me the welcome pack for our guests as a PDF so I can add it to our wedding website?"]),
     agent("harriet", "a1", at(6, "12:00"), """Hi Rosie,

Here it is - it has directions, parking, room check-in and the local taxi
numbers.""", attach=[("application/pdf", "welcome-pack.pdf", BOOKING_PDF)]),
     cust("c2", at(6, "13:00"), """Thanks so much Harriet, that's perfect! Just one last thing: can guests check in before 3pm on the wedding day?

Rosie""", uq=["can guests check in before 3pm on the wedding day?"]),
     agent("harriet", "a2", at(6, "14:30"), """You're very welcome, Rosie - we're all looking forward to it!

Harriet""", quote=False))

case("h37-conference-three-asks", "en", "closed", {"unanswered-question": 2},
     "Stuart Ncube <stuart.ncube@lakeland-housing.example>", "outlook", "Board away day 9 March - hold",
     "Three asks; the agent confirms the date hold and skips the split invoice and the vegan lunch.",
     cust("c1", at(11, "09:00"), """Dear Tomasz,

We'd like to hold Tuesday 9 March for our board away day (14 people). Can you hold the date for us until Christmas?
Can you invoice us in two parts, 50% now and 50% after the event?
Do you have a vegan option for the working lunch? Two of our board members are vegan.

Regards,
Stuart Ncube
Lakeland Housing Association""", kind="alt",
          aq=["Can you hold the date for us until Christmas?"],
          uq=["Can you invoice us in two parts, 50% now and 50% after the event?",
              "Do you have a vegan option for the working lunch?"]),
     agent("tomasz", "a1", at(11, "14:00"), """Dear Stuart,

Thank you - Tuesday 9 March is now held for Lakeland Housing until 24
December, with the Library as your main room."""))

case("h38-menu-choices-inline-skip", "en", "closed", {"unanswered-question": 1},
     "Anna Kowalczyk <anna.kowalczyk@rydal-mail.example>", "thunderbird", "Menu choices",
     "Three questions; two answered inline, the third left quoted without an answer.",
     cust("c1", at(9, "20:00"), """Hi Marcus,

Can we have the smoked trout starter for the vegetarians as a beetroot version?
Is the venison served pink?
Could the children's portions come out before the adults' mains?

Anna""", aq=["Can we have the smoked trout starter for the vegetarians as a beetroot version?",
             "Is the venison served pink?"],
          uq=["Could the children's portions come out before the adults' mains?"]),
     agent("marcus", "a1", at(10, "11:00"), """Hi Anna,

> On 9 Nov 2026, at 20:00, Anna Kowalczyk <anna.kowalczyk@rydal-mail.example> wrote:
>
> Can we have the smoked trout starter for the vegetarians as a beetroot version?

Yes - beetroot cured the same way, with horseradish cream.

> Is the venison served pink?

Pink as standard; we can do it medium for anyone who asks on the day.

> Could the children's portions come out before the adults' mains?""", quote=False))

case("h39-gift-voucher-base64", "en", "closed", {},
     "Paul Hendry <paul.hendry@crummock-mail.example>", "outlook", "Gift voucher for dinner",
     "A base64-encoded mail with one request, answered and thanked.",
     cust("c1", at(3, "16:00"), """Hello,

Could you post a dinner, bed and breakfast gift voucher for two to my parents
for their ruby anniversary? The address is 3 Mill Lane, Cockermouth CA13 9PU.
Please charge the card you have on file from our stay in June.

Paul Hendry""", cte="base64",
          aq=["Could you post a dinner, bed and breakfast gift voucher for two to my parents"]),
     agent("harriet", "a1", at(3, "17:30"), """Hi Paul,

What a lovely present. The voucher is in the post to Mill Lane today, charged
to the card from June (£295), and the receipt is in your inbox separately."""),
     cust("c2", at(3, "18:00"), "Many thanks.\n\nPaul", thanks=True))

# --------------------------------------------------------------------------------------
# Cases (German, French, Spanish)
# --------------------------------------------------------------------------------------

case("h40-hochzeit-anfrage", "de", "closed", {},
     "Katharina Vogel <k.vogel@isarblick.example>", "gmail_de", "Hochzeit im September 2027 - Anfrage",
     "German wedding enquiry from Munich: three questions answered in German in one reply.",
     cust("c1", at(3, "20:10", 1), """Hallo liebes Team,

wir (Katharina und Jan aus München) möchten im September 2027 in England
heiraten. Ist der Samstag, 18. September 2027 noch frei?
Können Sie eine freie Trauung im Garten ausrichten? Und gibt es eine Möglichkeit, vom Flughafen Manchester einen Transfer für ca. 40 Gäste zu organisieren?

Viele Grüße
Katharina Vogel""", aq=["Ist der Samstag, 18. September 2027 noch frei?",
                        "Können Sie eine freie Trauung im Garten ausrichten?",
                        "gibt es eine Möglichkeit, vom Flughafen Manchester einen Transfer für ca. 40 Gäste zu organisieren?"]),
     agent("jonas", "a1", at(4, "09:30"), """Liebe Frau Vogel,

herzlichen Glückwunsch zur Verlobung! Der 18. September 2027 ist noch frei.
Freie Trauungen richten wir gern im ummauerten Garten aus (bei Regen in der
Orangerie). Für den Transfer arbeiten wir mit einem Busunternehmen aus
Kendal zusammen: ein Reisebus für 49 Personen ab Manchester kostet ca. 650 £
pro Strecke.

Herzliche Grüße
Jonas Albrecht"""),
     cust("c2", at(4, "11:05", 1), "Vielen Dank, das klingt wunderbar!\n\nKatharina", thanks=True))

case("h41-firmenfeier-morgen", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
     "Stefan Huber <stefan.huber@alpenwerk.example>", "outlook_de", "Firmenfeier 25 Personen - Angebot",
     "'Ich melde mich morgen mit dem Angebot' on Monday; the customer chases on Thursday and "
     "the offer arrives on Thursday: late, so missed.",
     cust("c1", at(2, "10:00", 1), """Sehr geehrte Damen und Herren,

wir planen im März eine Firmenfeier mit 25 Personen inklusive zwei
Übernachtungen. Könnten Sie uns ein Angebot mit Abendessen, Zimmern und einem Tagungsraum schicken?

Mit freundlichen Grüßen
Stefan Huber
Alpenwerk GmbH""", aq=["Könnten Sie uns ein Angebot mit Abendessen, Zimmern und einem Tagungsraum schicken?"]),
     agent("jonas", "a1", at(2, "15:00"), """Sehr geehrter Herr Huber,

vielen Dank für Ihre Anfrage. Ich stimme die Zimmer noch mit der Rezeption ab
und melde mich morgen mit dem Angebot bei Ihnen.

Mit freundlichen Grüßen
Jonas Albrecht""", promises=[(eod(3), "a2")]),
     cust("c2", at(5, "09:00", 1), """Sehr geehrter Herr Albrecht,

ich warte immer noch auf eine Antwort zu unserem Angebot. Können Sie mir sagen, wann ich damit rechnen kann?

Mit freundlichen Grüßen
Stefan Huber""", chase=True, aq=["Können Sie mir sagen, wann ich damit rechnen kann?"]),
     agent("jonas", "a2", at(5, "11:30"), """Sehr geehrter Herr Huber,

entschuldigen Sie bitte die Verzögerung. Anbei unser Angebot: 25 Personen,
zwei Nächte mit Frühstück, Abendessen im Long Gallery und der Library als
Tagungsraum, insgesamt 9.850 £.

Mit freundlichen Grüßen
Jonas Albrecht""", attach=[("application/pdf", "Angebot-Alpenwerk.pdf", QUOTE_PDF)]))

case("h42-allergene-rechnung", "de", "closed", {"unanswered-question": 1},
     "Monika Brandl <m.brandl@seenland-reisen.example>", "outlook_de", "Gruppenreise: Allergene und Rechnung",
     "A German tour operator asks about allergen labelling (answered) and, in passing, for "
     "the invoice to go to the company address (ignored).",
     cust("c1", at(9, "08:30", 1), """Guten Tag,

für unsere Reisegruppe (32 Gäste, Abendessen am 14. April) habe ich zwei Anliegen.
Werden die Allergene auf dem Buffet gekennzeichnet? Einige Gäste haben Laktose- und Glutenunverträglichkeit.
Bitte schicken Sie die Rechnung außerdem an unsere Firmenadresse: Seenland Reisen GmbH, Hafenstraße 12, 88131 Lindau.

Freundliche Grüße
Monika Brandl
Seenland Reisen""", kind="alt", aq=["Werden die Allergene auf dem Buffet gekennzeichnet?"],
          uq=["Bitte schicken Sie die Rechnung außerdem an unsere Firmenadresse: Seenland Reisen GmbH, Hafenstraße 12, 88131 Lindau."]),
     agent("jonas", "a1", at(9, "13:00"), """Guten Tag Frau Brandl,

ja, jedes Gericht auf dem Buffet hat ein Kärtchen mit den 14 Hauptallergenen,
und für Gäste mit Laktose- oder Glutenunverträglichkeit bereitet unsere Küche
auf Wunsch eigene Teller vor.

Freundliche Grüße
Jonas Albrecht"""))

case("h43-hund-shuttle-vorlage", "de", "closed", {"unanswered-question": 2},
     "Thomas Keller <thomas.keller@rheinufer.example>", "thunderbird_de", "Zimmer für Hochzeitsgäste",
     "Two questions (dog, station shuttle) get a templated confirmation of the room booking.",
     cust("c1", at(10, "19:00", 1), """Hallo,

wir kommen als Gäste zur Hochzeit Fairbairn im Oktober und haben ein Zimmer
im Coach House gebucht (Buchung HH-R-7781).

Dürfen wir unseren Hund mitbringen? Gibt es einen Shuttle vom Bahnhof Oxenholme zum Hotel?

Danke und viele Grüße
Thomas Keller""", uq=["Dürfen wir unseren Hund mitbringen?",
                      "Gibt es einen Shuttle vom Bahnhof Oxenholme zum Hotel?"]),
     ack("k1", at(10, "18:01"), "HH-40702", lang="de"),
     agent("jonas", "a1", at(11, "09:00"), """Hallo Herr Keller,

vielen Dank für Ihre Buchung. Hiermit bestätigen wir Ihr Zimmer im Coach
House vom 15. bis 17. Oktober 2027 (Buchung HH-R-7781). Check-in ist ab 15
Uhr, Check-out bis 11 Uhr.

Wir freuen uns auf Ihren Besuch!

Viele Grüße
Jonas Albrecht"""))

case("h44-gemischt-inline", "de", "closed", {},
     "Lena Schulz <lena.schulz@elbpark.example>", "thunderbird_de", "Probeessen / tasting",
     "German-English mixed mail with a self-answered question; the real question is answered "
     "inline.",
     cust("c1", at(12, "18:00", 1), """Hallo Jonas,

sorry, my English fiancé is reading along, daher halb Deutsch, half English :)
Wo war nochmal der Parkplatz? Ah, steht in der Bestätigung, hat sich erledigt.
Können wir zum Probeessen unsere Trauzeugin mitbringen?

Liebe Grüße
Lena""", aq=["Können wir zum Probeessen unsere Trauzeugin mitbringen?"]),
     agent("jonas", "a1", at(13, "09:00"), """Hallo Lena,

Am 12.11.26 um 18:00 schrieb Lena Schulz:
> Können wir zum Probeessen unsere Trauzeugin mitbringen?

Ja, gern - bis zu vier Personen sind beim Probeessen dabei, die Trauzeugin
ist herzlich willkommen. Your fiancé too, of course!

Viele Grüße
Jonas""", quote=False))

case("h45-mariage-lyon", "fr", "closed", {},
     "Claire Dumas <claire.dumas@presquile.example>", "apple_fr", "Mariage - bloc de chambres",
     "French guests' questions on a room block, all answered in one reply.",
     cust("c1", at(4, "21:00", 1), """Bonjour,

Nous venons de Lyon pour le mariage de ma sœur en mai. Est-il possible de réserver un bloc de huit chambres pour la famille ?
Je voudrais savoir si le petit-déjeuner est inclus dans le tarif.

Merci beaucoup,
Claire Dumas""", aq=["Est-il possible de réserver un bloc de huit chambres pour la famille ?",
                     "Je voudrais savoir si le petit-déjeuner est inclus dans le tarif."]),
     agent("camille", "a1", at(5, "09:45"), """Bonjour Claire,

Oui, j'ai bloqué huit chambres à votre nom au Coach House du 21 au 23 mai,
petit-déjeuner anglais compris (165 £ la nuit).

Bien cordialement,
Camille"""),
     cust("c2", at(5, "11:30", 1), "Parfait, merci infiniment !\n\nClaire", thanks=True))

case("h46-seminaire-relance", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
     "Julien Moreau <julien.moreau@atelier-lumen.example>", "apple_fr", "Séminaire 18 personnes - devis",
     "'Je reviens vers vous d'ici jeudi' with the quote; the customer chases on Friday ('Je "
     "me permets de vous relancer') and the quote comes on Friday: late, so missed.",
     cust("c1", at(2, "11:00", 1), """Bonjour,

Nous organisons un séminaire de deux jours pour 18 personnes fin janvier.
Pourriez-vous nous faire parvenir un devis avec pension complète et une salle de réunion ?

Cordialement,
Julien Moreau
Atelier Lumen""", aq=["Pourriez-vous nous faire parvenir un devis avec pension complète et une salle de réunion ?"]),
     agent("camille", "a1", at(2, "16:00"), """Bonjour Julien,

Merci pour votre demande. Je vérifie les disponibilités avec mon collègue
Tomasz et je reviens vers vous d'ici jeudi avec le devis.

Bien cordialement,
Camille""", promises=[(eod(5), "a2")]),
     cust("c2", at(6, "09:30", 1), """Bonjour Camille,

Je me permets de vous relancer au sujet du devis, nous devons réserver avant la fin de la semaine prochaine.

Cordialement,
Julien""", chase=True),
     agent("camille", "a2", at(6, "14:00"), """Bonjour Julien,

Toutes mes excuses pour ce retard. Voici le devis : 18 personnes, deux nuits
en pension complète et la Library comme salle de réunion, soit 7 380 £ au
total. L'option est valable jusqu'au 30 novembre.

Bien cordialement,
Camille""", attach=[("application/pdf", "devis-atelier-lumen.pdf", QUOTE_PDF)]))

case("h47-menu-enfant-plan-de-table", "fr", "closed", {"unanswered-question": 1},
     "Sandrine Petit <sandrine.petit@bordelais.example>", "gmail", "Menu enfant et plan de table",
     "The children's menu is answered; the request for the seating-plan template is not.",
     cust("c1", at(10, "20:30", 1), """Bonjour Camille,

Pour notre mariage du 3 juillet, je voudrais savoir si un menu enfant est possible pour les six enfants (4 à 9 ans).
Pourriez-vous aussi nous envoyer le modèle de plan de table ?

Merci d'avance,
Sandrine""", aq=["je voudrais savoir si un menu enfant est possible pour les six enfants (4 à 9 ans)."],
          uq=["Pourriez-vous aussi nous envoyer le modèle de plan de table ?"]),
     agent("camille", "a1", at(11, "10:00"), """Bonjour Sandrine,

Bien sûr : le menu enfant (mini fish and chips ou pâtes, puis glace maison)
est à 22 £ par enfant, servi en même temps que l'entrée des adultes.

Bien cordialement,
Camille"""))

case("h48-parking-html", "fr", "closed", {"unanswered-question": 1},
     "Étienne Laurent <etienne.laurent@vignoble-sud.example>", "outlook", "Cocktail de fiançailles",
     "Multipart/alternative French mail: the canapés question is answered, the free parking "
     "question is not.",
     cust("c1", at(11, "09:00", 1), """Bonjour,

Nous organisons un cocktail de fiançailles pour 50 personnes le 13 février.
Avez-vous des canapés végétariens dans votre offre cocktail ?
Est-ce que le parking est gratuit pour les invités ?

Bien à vous,
Étienne Laurent""", kind="alt", aq=["Avez-vous des canapés végétariens dans votre offre cocktail ?"],
          uq=["Est-ce que le parking est gratuit pour les invités ?"]),
     agent("camille", "a1", at(11, "15:00"), """Bonjour Étienne,

Oui : notre offre cocktail comprend huit canapés par personne, dont trois
végétariens (tartelette au chèvre, arancini aux champignons, blinis de
betterave). Nous pouvons en ajouter d'autres sur demande.

Bien à vous,
Camille"""))

case("h49-boda-menu-precio", "es", "closed", {},
     "Marta Gil <marta.gil@alameda-correo.example>", "gmail_es", "Boda en mayo - precios del menú",
     "Spanish wedding enquiry: two questions answered in Spanish.",
     cust("c1", at(3, "21:00", 1), """Hola,

Nos casamos en mayo de 2027 y nos encanta Hollinsmere. ¿Cuál es el precio por persona del menú de boda de tres platos?
Quisiera saber si el precio incluye el vino de la comida.

Un saludo,
Marta""", aq=["¿Cuál es el precio por persona del menú de boda de tres platos?",
              "Quisiera saber si el precio incluye el vino de la comida."]),
     agent("lucia", "a1", at(4, "10:00"), """Hola Marta,

¡Enhorabuena! El menú de tres platos cuesta 78 £ por persona e incluye media
botella de vino de la casa por invitado y el cava para el brindis.

Un saludo,
Lucía"""))

case("h50-presupuesto-novedad", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
     "Javier Ortega <javier.ortega@costaverde.example>", "gmail_es", "Presupuesto cena de empresa",
     "'Le envío el presupuesto el lunes' (9 November) is not kept; the customer chases on "
     "Thursday ('¿Hay alguna novedad? Sigo esperando') and gets it that day: late, so missed.",
     cust("c1", at(5, "18:00", 1), """Hola,

Queremos organizar una cena de empresa para 35 personas el 22 de enero. ¿Podrían enviarnos un presupuesto con menú cerrado y barra libre de dos horas?

Saludos,
Javier Ortega""", aq=["¿Podrían enviarnos un presupuesto con menú cerrado y barra libre de dos horas?"]),
     agent("lucia", "a1", at(6, "10:00"), """Hola Javier,

Gracias por escribirnos. Tengo que confirmar la barra libre con el equipo de
eventos; le envío el presupuesto el lunes.

Un saludo,
Lucía""", promises=[(eod(9), "a2")]),
     cust("c2", at(12, "09:00", 1), """Hola Lucía,

¿Hay alguna novedad? Sigo esperando el presupuesto.

Javier""", chase=True, aq=["¿Hay alguna novedad?"]),
     agent("lucia", "a2", at(12, "12:00"), """Hola Javier,

Disculpe el retraso. Le adjunto el presupuesto: menú cerrado de tres platos y
dos horas de barra libre para 35 personas, 4.200 £ en total.

Un saludo,
Lucía""", attach=[("application/pdf", "presupuesto-costaverde.pdf", QUOTE_PDF)]))

case("h51-vino-propio", "es", "closed", {"unanswered-question": 1},
     "Carmen Vidal <carmen.vidal@huerta-correo.example>", "gmail_es", "Prueba de menú",
     "Tasting date confirmed; 'Quisiera saber si podemos traer nuestro propio vino' in "
     "passing is never answered.",
     cust("c1", at(9, "19:00", 1), """Hola Lucía,

¿Podemos hacer la prueba de menú el jueves 14 de enero?
Por cierto, quisiera saber si podemos traer nuestro propio vino de Rioja para la boda.

Gracias,
Carmen""", aq=["¿Podemos hacer la prueba de menú el jueves 14 de enero?"],
          uq=["quisiera saber si podemos traer nuestro propio vino de Rioja para la boda."]),
     agent("lucia", "a1", at(10, "09:30"), """Hola Carmen,

Perfecto, la prueba de menú queda reservada para el jueves 14 de enero a las
18:00.

Un saludo,
Lucía"""))

case("h52-reabierto-habitaciones", "es", "closed", {"reopened": 1, "unanswered-question": 2},
     "Diego Navarro <diego.navarro@sierra-mail.example>", "gmail_es", "Habitaciones para invitados",
     "Answered and marked resolved; the customer returns with three questions and only the "
     "first is answered.",
     cust("c1", at(2, "12:00", 1), """Hola,

¿Cuántas habitaciones quedan libres para la noche del 11 de junio?

Diego""", aq=["¿Cuántas habitaciones quedan libres para la noche del 11 de junio?"]),
     agent("lucia", "a1", at(2, "15:00"), """Hola Diego,

Quedan 12 habitaciones libres esa noche. Marco esta consulta como resuelta;
si necesita algo más, escríbanos.

Un saludo,
Lucía""", closes=True),
     cust("c2", at(9, "10:00", 1), """Hola Lucía,

Tengo más preguntas. ¿Pueden guardarnos las 12 habitaciones hasta marzo?
¿Hay cunas disponibles para dos bebés?
¿Se puede hacer el check-out a las 13:00 el día después de la boda?

Diego""", aq=["¿Pueden guardarnos las 12 habitaciones hasta marzo?"],
          uq=["¿Hay cunas disponibles para dos bebés?",
              "¿Se puede hacer el check-out a las 13:00 el día después de la boda?"]),
     agent("lucia", "a2", at(9, "16:00"), """Hola Diego,

Sí, las 12 habitaciones quedan reservadas a su nombre hasta el 1 de marzo.

Un saludo,
Lucía"""))

# The hand-written unanswered-question labels (checked against the messages' facts).
UNANSWERED.update({
    'h02-tasting-and-own-wine': [
        'Oh and can we bring our own wine?',
    ],
    'h04-deposit-invoice-billing-address': [
        'please update our billing address to 14 Larkfield Road, Penrith CA11 8QT',
    ],
    'h12-wedding-menu-three-teams': [
        'Oh and is there a cot available in the bridal suite for our little one?',
    ],
    'h18-accessible-room-templated': [
        'Do you have an accessible bedroom with a level-access shower on the ground floor?',
        'can the ceremony be moved indoors at short notice, or does that have to be decided in advance?',
    ],
    'h19-discount-other-answer': [
        'Is the 10% corporate discount applied to the bedrooms as well, or only to the meeting package?',
    ],
    'h20-taxis-after-done': [
        'could you send me a list of local taxi firms for the end of the night?',
    ],
    'h24-training-day-av-wifi': [
        'Please also send the Wi-Fi details for the presenters in advance so they can test their laptops.',
    ],
    'h27-buffet-price-partial': [
        'Does that include staff and the service charge?',
    ],
    'h33-revised-menu-cheese-course': [
        'could the cheese course be served as a late-night snack instead of after dessert?',
    ],
    'h35-booking-terms-never': [
        'Please send me the terms and conditions too.',
    ],
    'h36-early-check-in-pleasantry-reply': [
        'can guests check in before 3pm on the wedding day?',
    ],
    'h37-conference-three-asks': [
        'Can you invoice us in two parts, 50% now and 50% after the event?',
        'Do you have a vegan option for the working lunch?',
    ],
    'h38-menu-choices-inline-skip': [
        "Could the children's portions come out before the adults' mains?",
    ],
    'h42-allergene-rechnung': [
        'Bitte schicken Sie die Rechnung außerdem an unsere Firmenadresse: Seenland Reisen GmbH, Hafenstraße 12, 88131 Lindau.',
    ],
    'h43-hund-shuttle-vorlage': [
        'Dürfen wir unseren Hund mitbringen?',
        'Gibt es einen Shuttle vom Bahnhof Oxenholme zum Hotel?',
    ],
    'h47-menu-enfant-plan-de-table': [
        'Pourriez-vous aussi nous envoyer le modèle de plan de table ?',
    ],
    'h48-parking-html': [
        'Est-ce que le parking est gratuit pour les invités ?',
    ],
    'h51-vino-propio': [
        'quisiera saber si podemos traer nuestro propio vino de Rioja para la boda.',
    ],
    'h52-reabierto-habitaciones': [
        '¿Hay cunas disponibles para dos bebés?',
        '¿Se puede hacer el check-out a las 13:00 el día después de la boda?',
    ],
})

# --------------------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------------------


def render_all() -> list[Msg]:
    """Every message of every case with its Message-ID and raw bytes, in date order."""
    return mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)


def problems() -> list[str]:
    """Every disagreement between the hand-written labels and the messages' facts (call after
    :func:`render_all`, which fills in what each author wrote)."""
    out = []
    names = Counter(c.name for c in CASES)
    out += [f"{n}: case name used {k} times" for n, k in names.items() if k > 1]
    for c in CASES:
        msgs = sorted(c.msgs, key=lambda m: m.date)
        keys = {m.key for m in msgs}
        for m in msgs:
            for q in m.uq + m.aq:
                if m.role != "customer" or q not in m.own:
                    out.append(f"{c.name}: question {q!r} is not in the customer's own text of {m.key}")
            for _, kept in m.promises:
                if kept is not None and kept not in keys:
                    out.append(f"{c.name}: promise kept by unknown message {kept}")
            if m.parent and m.parent in keys and next(p for p in msgs if p.key == m.parent).date >= m.date:
                out.append(f"{c.name}: {m.key} is not later than the message it replies to")
        for q in c.uq:
            if not any(q in m.own for m in msgs if m.role == "customer"):
                out.append(f"{c.name}: labelled question {q!r} is in no customer message")
        facts_uq = [q for m in msgs for q in m.uq]
        if facts_uq != c.uq:
            out.append(f"{c.name}: UNANSWERED says {c.uq}, the messages' facts say {facts_uq}")
        status = mailcraft.contract_status(msgs, CONTRACT)
        if status != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(msgs, CONTRACT)
        if rules != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {rules}")
    return out


def labels() -> dict:
    """labels.json of the corpus (format of tests/eval/README.md)."""
    return mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)


def cases_md(lab: dict) -> str:
    """CASES.md: the per-case table generated from the labels."""
    by_name = {c.name: c for c in CASES}
    rows = [(e["name"], e["lang"], addr_of(by_name[e["name"]].customer)[1], by_name[e["name"]].client,
             len(e["message_ids"]), e["status"], e["rules"], e["story"]) for e in lab["cases"]]
    return mailcraft.cases_table("Practice corpus 16: Hollinsmere Hall events - cases",
                                 "make_practice16_corpus.py", rows)


def summary(msgs: list[Msg]) -> str:
    """One line of counts for the README: cases, messages, languages, statuses, findings,
    questions asked and answered."""
    langs = Counter(c.lang for c in CASES)
    statuses = Counter(c.status for c in CASES)
    findings = Counter()
    for c in CASES:
        findings.update(c.rules)
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in CASES if not c.rules)
    answered = sum(len(m.aq) for m in msgs)
    unanswered = sum(len(m.uq) for m in msgs)
    return (f"{len(CASES)} cases, {len(msgs)} messages ({roles['customer'] + roles['auto']} inbox, "
            f"{roles['agent']} replies, {roles['ack']} acks); clean {clean}; "
            f"langs {dict(langs)}; statuses {dict(statuses)}; findings {dict(findings)}; "
            f"questions answered {answered}, unanswered {unanswered} in "
            f"{sum(1 for c in CASES if c.uq)} cases")


def write(out: Path) -> None:
    """Write the mailbox, labels.json and CASES.md under ``out``; refuse (SystemExit, nothing
    written) when the labels disagree with the facts or the written mail does not read back."""
    msgs = render_all()
    found = problems()
    if found:
        raise SystemExit("refusing to write:\n" + "\n".join(found))
    lab = labels()
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp)
        inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
        (stage / "mailbox").mkdir()
        (stage / "mailbox" / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
        mailcraft.write_maildir(stage / "mailbox" / "Sent",
                                [(m.date, m.raw, m.role == "agent") for m in msgs
                                 if m.role in ("agent", "ack")], "mx1.hollinsmere.example")
        parsed_in, parsed_sent = mailcraft.read_back(stage / "mailbox" / "inbox.mbox",
                                                     stage / "mailbox" / "Sent")
        found = mailcraft.parse_problems(parsed_in + parsed_sent)
        by_id = {m.message_id: m for m in msgs}
        for p, in_mbox in [(p, True) for p in parsed_in] + [(p, False) for p in parsed_sent]:
            if by_id[p["Message-ID"]].kind == "html":  # no plain part to compare
                continue
            problem = mailcraft.round_trip_problem(by_id[p["Message-ID"]], p, in_mbox)
            if problem:
                found.append(problem)
        if found:
            raise SystemExit("refusing to write, the mail does not read back:\n" + "\n".join(found))
        (stage / "labels.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        (stage / "CASES.md").write_text(cases_md(lab), encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(out / "mailbox", ignore_errors=True)
        shutil.copytree(stage / "mailbox", out / "mailbox")
        for name in ("labels.json", "CASES.md"):
            shutil.copyfile(stage / name, out / name)
    print(summary(msgs))


def main(argv: list[str] | None = None) -> int:
    """Regenerate the corpus into ``--out`` (default tests/practice16)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice16")
    args = parser.parse_args(argv)
    write(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
