#!/usr/bin/env python3
"""Regenerate ``tests/practice19/``: the labelled corpus of Kilnbrook Heat & Solar.

The shared support inbox of a fictional installer of heat pumps, solar panels and home
batteries, with customers (households and small businesses) in the UK, Germany, France and
Spain: site surveys, quotes, grant and subsidy paperwork, installation dates, commissioning,
servicing and warranty call-outs, the monitoring app. Written without looking at the detection
heuristics or at the other corpora's cases. It is question-heavy and promise-heavy: customers
ask several things at once, often in passing, and agents promise to come back in many ways -
inside a longer answer, on behalf of a named colleague, with relative and absolute deadlines in
four languages, to send a document, to check something first. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults, support domain ``kilnbrook.example``.

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

Usage: python scripts/make_practice19_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "kilnbrook.example"
SUPPORT = "Kilnbrook Heat & Solar <help@kilnbrook.example>"
HELPDESK = "Kilnbrook Heat & Solar <help@kilnbrook.example>"
RULES = mailcraft.RULES

AGENTS = {
    "hollie": ("Hollie Pritchard <hollie@kilnbrook.example>", "thunderbird", """-- 
Hollie Pritchard
Customer Care | Kilnbrook Heat & Solar
Unit 7, Canal Wharf, Leeds LS11 5PS | 0113 555 0190
Questions about your system? https://kilnbrook.example/help?src=sig"""),
    "sandra": ("Sandra Okoye <sandra@kilnbrook.example>", "outlook", """-- 
Sandra Okoye
Grants & Accounts | Kilnbrook Heat & Solar
sandra@kilnbrook.example | 0113 555 0194"""),
    "marek": ("Marek Nowak <marek@kilnbrook.example>", "outlook", """-- 
Marek Nowak
Installation Scheduling | Kilnbrook Heat & Solar
Book or move a visit: https://kilnbrook.example/schedule?ref=mail"""),
    "tom": ("Tom Ashby <tom@kilnbrook.example>", "thunderbird", """-- 
Tom Ashby
Service & Warranty Lead | Kilnbrook Heat & Solar
This e-mail and any attachment are confidential and intended only
for the addressee. If you received it by mistake, please tell us."""),
    "jonas": ("Jonas Vogel <jonas@kilnbrook.example>", "outlook_de", """-- 
Jonas Vogel
Kundenservice Deutschland | Kilnbrook Heat & Solar
Leopoldstraße 31, 80802 München | +49 89 5550 1270"""),
    "claire": ("Claire Dubois <claire@kilnbrook.example>", "apple_fr", """-- 
Claire Dubois
Service client France | Kilnbrook Heat & Solar
https://kilnbrook.example/fr/aide?utm_source=email"""),
    "lucia": ("Lucía Romero <lucia@kilnbrook.example>", "gmail_es", """-- 
Lucía Romero
Atención al cliente España | Kilnbrook Heat & Solar
https://kilnbrook.example/es/ayuda?ref=firma"""),
    "pablo": ("Pablo Serrano <pablo@kilnbrook.example>", "gmail_es", """-- 
Pablo Serrano
Servicio técnico | Kilnbrook Heat & Solar
+34 96 555 0148"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Kilnbrook Heat & Solar. This is an automatic
confirmation: your message is logged as ticket {ref}. Our customer care
team works Monday to Saturday, 8am-6pm, and we will reply within 24 hours.

If your system shows a fault code, you'll find first steps at
https://kilnbrook.example/help/faults?ticket={ref}

Kilnbrook Heat & Solar - Customer Care""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Kilnbrook Heat & Solar. Dies ist eine
automatische Eingangsbestätigung: Ihr Anliegen hat die Nummer {ref}.
Wir antworten innerhalb von 24 Stunden (Mo-Fr).

Kilnbrook Heat & Solar - Kundenservice""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-OriginatorOrg: outlook.com"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Kilnbrook Desk 3.2"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="kb.", outlook_server="LO2PR0")

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


def at(day: int, hm: str, tz: int = 0) -> datetime:
    """``day`` November 2026 at ``hm`` in UTC+``tz`` hours."""
    hh, mm = map(int, hm.split(":"))
    return datetime(2026, 11, day, hh, mm, tzinfo=timezone(timedelta(hours=tz)))


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
            frm, client_used, agent_sig, to = customer, s.get("client", client), "", SUPPORT
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
                thread=s.get("thread", True), msgid=True,
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

PHOTO = mailcraft.png(24, 18, lambda x, y: (40, 48, 60) if (x // 4 + y // 3) % 2 else (90, 110, 140))
METER = mailcraft.png(20, 12, lambda x, y: (20, 30, 20) if 3 < y < 9 and 2 < x < 18 else (210, 210, 200))


def doc(*lines: str) -> bytes:
    """A one-page PDF with ``lines`` of text (a quote, an invoice, a certificate)."""
    return mailcraft.pdf(list(lines))


def pdf_attachment(name: str, *lines: str) -> tuple[str, str, bytes]:
    """A PDF attachment called ``name``."""
    return ("application/pdf", name, doc(*lines))


def png_attachment(name: str, data: bytes = PHOTO) -> tuple[str, str, bytes]:
    """A PNG attachment called ``name`` (a phone photo)."""
    return ("image/png", name, data)




# --------------------------------------------------------------------------------------
# Cases: England and Wales
# --------------------------------------------------------------------------------------

case("c01-survey-booking-leeds", "en", "closed", {}, "Gareth Lloyd <gareth.lloyd@example.com>",
     "gmail", "Heat pump survey",
     "Three survey questions answered in one paragraph, out of order; the surveyor's text before "
     "arrival is logistics; thanks-only close.",
     cust("m1", at(2, "08:14"), """Hi there,

We'd like to book the site survey for an air source heat pump (3-bed semi in Headingley, currently gas).

A few practical things: How long does the survey take? Does someone need to be at home the whole time? We both work weekdays, so could you do a Saturday morning?

Thanks,""", aq=["How long does the survey take?", "Does someone need to be at home the whole time?",
                "could you do a Saturday morning?"]),
     agent("hollie", "r1", at(2, "11:02"), """Hi Gareth,

Thanks for getting in touch. We survey on the first and third Saturday of the month, so I've pencilled you in for Saturday 7 November at 9:30. An adult needs to let the surveyor in and be around at the end to go through the findings, but not for every minute in between - the visit itself is usually about two hours. The surveyor will text you 30 minutes before arriving.

Best wishes,
Hollie"""),
     cust("m2", at(2, "12:30"), "Perfect, thanks Hollie!", thanks=True),
     sig="Gareth")

UNANSWERED["c02-solar-quote-bird-mesh"] = ["Do you also fit bird mesh around the panels?"]
case("c02-solar-quote-bird-mesh", "en", "closed", {"unanswered-question": 1},
     "Fiona Marsh <fiona.marsh@example.org>", "outlook", "Solar panel quote",
     "The quote answers system size and scaffolding; the secondary bird-mesh question is skipped.",
     cust("m1", at(3, "19:40"), """Hello,

We're interested in solar panels for our house in Bath. The main roof faces south-west and is about 22 m2. What size system would fit?

Could you let me know whether the scaffolding is included in the price? Do you also fit bird mesh around the panels? We had pigeons nesting under our neighbour's array all summer.

Kind regards""", uq=["Do you also fit bird mesh around the panels?"],
          aq=["What size system would fit?", "Could you let me know whether the scaffolding is included in the price?"]),
     agent("hollie", "r1", at(4, "09:15"), """Dear Fiona,

Thank you for your enquiry. From the survey photos your roof takes ten panels, a 4.1 kWp system, which should produce around 3,600 kWh a year. Your quote is attached.

Scaffold is included - it's the line "Access equipment" on page 1.

Kind regards,
Hollie""", attach=[pdf_attachment("Kilnbrook-quote-Q-30412.pdf", "Kilnbrook Heat & Solar - Quote Q-30412",
                                   "10 x 410 W panels, 4.1 kWp", "Access equipment (scaffold): included",
                                   "Total: GBP 6,940 incl. 0% VAT")]),
     sig="Fiona Marsh\n07700 900412")

UNANSWERED["c03-bus-voucher-sandra-call"] = [
    "can you tell me whether the old oil tank will be removed as part of the job?"]
case("c03-bus-voucher-sandra-call", "en", "open",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
     "Dylan Harper <dylan.harper@example.net>", "iphone", "Going ahead - grant?",
     "Promise on behalf of a named colleague (Sandra will call on Thursday) never kept; the oil-tank "
     "question is skipped; the customer chases and waits.",
     cust("m1", at(9, "08:50"), """Morning,

We've had the survey and want to go ahead with the heat pump. What do I need to do for the Boiler Upgrade Scheme grant? Also, can you tell me whether the old oil tank will be removed as part of the job?

Dylan

Sent from my iPhone""", uq=["can you tell me whether the old oil tank will be removed as part of the job?"],
          aq=["What do I need to do for the Boiler Upgrade Scheme grant?"]),
     agent("hollie", "r1", at(9, "13:10"), """Hi Dylan,

Great news, thank you! For the Boiler Upgrade Scheme we apply for the GBP 7,500 voucher on your behalf. Ofgem will then email you to confirm you agreed to it - please answer that email within 14 days or the voucher lapses.

Sandra from our grants team will call you on Thursday to go through the application with you and check your EPC is still valid.

Best,
Hollie""", promises=[(eod(12), None)]),
     cust("m2", at(16, "18:05"), """Just following up - Sandra never called on Thursday and I haven't heard anything since. Has the voucher application actually gone in?

Dylan

Sent from my iPhone""", chase=True),
     )

case("c04-inverter-f23-kept-late", "en", "closed", {"missed-follow-up": 1},
     "Alan Whitcombe <alan.w@example.com>", "thunderbird", "Inverter error F23",
     "'I'll check the fault log remotely and get back to you tomorrow' - answered three days later; "
     "the warranty question is deferred by that promise, so it counts as addressed.",
     cust("m1", at(10, "07:45"), """Hello,

Our inverter is showing error F23 and the app says 0 kWh today, on a sunny morning. Is this covered under warranty? What should we do in the meantime?

Alan Whitcombe""", aq=["Is this covered under warranty?", "What should we do in the meantime?"]),
     agent("tom", "r1", at(10, "10:30"), """Hello Alan,

Please leave the DC isolator switched on and don't reset the inverter - a reset clears the log I need. I'll check the fault log remotely and get back to you tomorrow.

Regards,
Tom""", promises=[(eod(11), "r2")]),
     agent("tom", "r2", at(13, "09:20"), """Hello Alan,

Sorry for the delay. The log shows a failed insulation test on string 2 after the heavy rain on Monday, most likely a water-damaged connector on the roof. That is covered under the installation warranty, so there's no charge. The roofer is booked for
Wednesday 18 November at 9am; he works from the ladder, so you don't need to be home.

Regards,
Tom""", parent="r1"),
     cust("m2", at(13, "12:00"), "Thanks Tom, appreciated.\n\nAlan", thanks=True),
     )

case("c05-battery-questions-inline", "en", "closed", {},
     "Rachel Kim <rachel.kim@example.com>", "gmail", "Battery questions before we sign",
     "Four numbered questions answered inline under the quote; a follow-up answered with a bare 'Yes'.",
     cust("m1", at(11, "20:10"), """Hi,

Before we sign the battery quote, a few questions:

1) How many kWh is the battery you quoted?
2) Can it keep the fridge running in a power cut?
3) Does it charge from the grid on Octopus Go overnight?
4) How much space does it need in the garage?

Thanks!
Rachel""", kind="alt", aq=["How many kWh is the battery you quoted?", "Can it keep the fridge running in a power cut?",
                "Does it charge from the grid on Octopus Go overnight?",
                "How much space does it need in the garage?"]),
     agent("hollie", "r1", at(12, "08:40"), """Hi Rachel,

Answers below.

On Wed, 11 Nov 2026 at 20:10, Rachel Kim <rachel.kim@example.com> wrote:
> 1) How many kWh is the battery you quoted?

10.2 kWh usable.

> 2) Can it keep the fridge running in a power cut?

Yes - the quote includes the backup gateway, which powers a separate circuit with the fridge, lights and router.

> 3) Does it charge from the grid on Octopus Go overnight?

It does; we set the charge window to 00:30-05:30 at commissioning.

> 4) How much space does it need in the garage?

About 60 cm wide, 20 cm deep and 1.2 m tall, wall mounted.

Hollie""", quote=False),
     cust("m2", at(12, "09:30"), """Brilliant, that's really clear. And can it be expanded later if we get an EV?

Rachel""", aq=["can it be expanded later if we get an EV?"]),
     agent("hollie", "r2", at(12, "10:05"), """Yes.

Hollie"""),
     )

case("c06-mcs-certificate-eod", "en", "pending", {"missed-follow-up": 1},
     "Nigel Sutton <nigel@suttonfarm.example>", "outlook", "Commissioning paperwork",
     "Promise to send two documents 'by end of day' inside an answer about supplier registration; "
     "never sent.",
     cust("m1", at(16, "09:00"), """Good morning,

The commissioning on Friday went fine, many thanks to the team - they left the plant room tidier than they found it.

Could you send me the MCS certificate and the commissioning report? Do I need to register the heat pump with my energy supplier myself?

Regards,
Nigel Sutton
Sutton Farm Holidays""", aq=["Could you send me the MCS certificate and the commissioning report?",
                             "Do I need to register the heat pump with my energy supplier myself?"]),
     agent("hollie", "r1", at(16, "11:20"), """Dear Nigel,

Thank you - the team will be delighted to hear it.

No, you don't need to register anything: the installation is lodged on the MCS database, and your supplier picks it up from there. I'll email both documents over by end of day.

Kind regards,
Hollie""", promises=[(eod(16), None)]),
     )

UNANSWERED["c07-move-install-date"] = [
    "Will it be the same engineers as on the survey?",
    "please update our billing address to 14 Mill Lane, Otley LS21 1AB"]
case("c07-move-install-date", "en", "pending", {"unanswered-question": 2},
     "Imogen Baxter <imogen.baxter@example.com>", "gmail", "Changing our install date",
     "The date is moved; the question about the engineers and the billing address change made in "
     "passing are not handled.",
     cust("m1", at(16, "21:15"), """Hi,

Is there any chance we could move our installation from 24 November to 1 December? My mother-in-law is staying with us that week and it'll be chaos. Will it be the same engineers as on the survey? Oh and also, please update our billing address to 14 Mill Lane, Otley LS21 1AB - we moved last month.

Cheers,
Imogen""", uq=["Will it be the same engineers as on the survey?",
               "please update our billing address to 14 Mill Lane, Otley LS21 1AB"],
          aq=["Is there any chance we could move our installation from 24 November to 1 December?"]),
     agent("marek", "r1", at(17, "10:05"), """Hi Imogen,

No problem - I've moved you to Tuesday 1 December, arrival 8-9am, two-day install. The scaffolders will come on Monday 30 November in the afternoon.

Thanks,
Marek"""),
     cust("m2", at(17, "10:40"), "Thank you so much!\n\nImogen", thanks=True),
     )

case("c08-app-login-slow", "en", "closed",
     {"customer-chased": 1, "slow-first-response": 1},
     "Owen Rees <owen.rees@example.org>", "owa", "Can't log in to Kilnbrook Live",
     "Only the helpdesk acknowledges; the customer chases after 28 hours and the first human reply "
     "comes after 30.",
     cust("m1", at(3, "08:30"), """Hello,

I can't log in to the Kilnbrook Live app since yesterday's update - it says "account not found". Can you reset my account?

Owen Rees""", aq=["Can you reset my account?"]),
     ack("a1", at(3, "08:31"), "KB-118204"),
     cust("m2", at(4, "12:15"), """Any update on this? Still can't see my generation data and it's been over a day.

Owen""", chase=True, parent="m1"),
     agent("hollie", "r1", at(4, "14:20"), """Hello Owen,

Sorry for the wait. The update moved all accounts to e-mail login, and yours was still linked to your old username. I've re-linked it: please use "Forgot password" with owen.rees@example.org and the app will show your data again.

Kind regards,
Hollie"""),
     )

case("c09-noise-three-agents", "en", "closed", {"many-handoffs": 1},
     "Harriet Cole <harriet.cole@example.net>", "gmail", "Humming noise from outdoor unit",
     "Hollie hands over to Tom, Tom to Marek; both promises are kept by the colleague on time "
     "(no missed follow-up) but three agents handle the case.",
     cust("m1", at(9, "07:30"), """Hello,

The outdoor unit of our heat pump has started making a loud humming noise at night - you can hear it in the bedroom with the windows shut. Is that normal? Can someone come and have a look?

Harriet""", aq=["Is that normal?", "Can someone come and have a look?"]),
     agent("hollie", "r1", at(9, "09:10"), """Hi Harriet,

That's not normal once the unit has settled in. I've passed this to Tom, our service lead, who'll look at the unit's data today and be in touch.

Hollie""", promises=[(eod(9), "r2")]),
     agent("tom", "r2", at(9, "15:00"), """Hello Harriet,

The data shows the fan running at full speed during defrost cycles at night, and the unit sits on the wall bracket without anti-vibration mounts. We'd like to fit rubber feet and rebalance the fan. Marek will be in touch tomorrow to book the visit.

Tom""", promises=[(eod(10), "r3")]),
     agent("marek", "r3", at(10, "10:00"), """Hi Harriet,

Could we come on Thursday 12 November between 10 and 12?

Marek""", parent="r2"),
     cust("m2", at(10, "11:15"), "Thursday works, see you then.\n\nHarriet"),
     agent("marek", "r4", at(10, "11:40"), "Booked in - thanks Harriet.\n\nMarek"),
     )

UNANSWERED["c10-revised-quote-late"] = [
    "do you offer finance on the whole package, or would we need to pay upfront?"]
case("c10-revised-quote-late", "en", "closed",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
     "Sebastian Hale <seb.hale@example.com>", "apple", "Quote Q-30377",
     "'I'll send the revised quote tomorrow' kept five days later after a chase; the finance "
     "question is never answered.",
     cust("m1", at(3, "18:00"), """Hi Hollie,

Thanks for the quote. Could you redo it with the 5 kWh battery instead of the 10? And do you offer finance on the whole package, or would we need to pay upfront?

Seb""", kind="alt", uq=["do you offer finance on the whole package, or would we need to pay upfront?"],
          aq=["Could you redo it with the 5 kWh battery instead of the 10?"]),
     agent("hollie", "r1", at(4, "09:00"), """Hi Seb,

Of course - I'll send you the revised quote with the 5 kWh battery tomorrow.

Hollie""", promises=[(eod(5), "r2")]),
     cust("m2", at(7, "10:30"), """Hi Hollie, I was expecting the revised quote on Thursday - has it been sent? Nothing has come through yet.

Seb""", chase=True),
     agent("hollie", "r2", at(9, "08:45"), """Hi Seb,

Apologies, here it is - the 5 kWh option brings the total down by GBP 1,850.

Hollie""", attach=[pdf_attachment("Kilnbrook-quote-Q-30377-rev1.pdf", "Quote Q-30377 revision 1",
                                   "4.5 kWp solar + 5.0 kWh battery", "Total: GBP 9,120")]),
     )

case("c11-grid-connection-process", "en", "closed", {},
     "Margaret Doyle <m.doyle@example.org>", "thunderbird", "Next steps after signing",
     "A pleasantry question; the DNO process ('we'll forward their approval when it arrives') is a "
     "process description, not a promise with a deadline; thanks-only close.",
     cust("m1", at(5, "10:00"), """Dear Kilnbrook team,

How's everyone holding up with the winter rush? We've signed the contract and sent the deposit.

What happens next with the grid connection - do we have to apply to the network operator ourselves?

With best wishes,
Margaret Doyle""", aq=["do we have to apply to the network operator ourselves?"]),
     agent("hollie", "r1", at(5, "13:30"), """Dear Margaret,

We're busy but cheerful, thank you for asking!

No - we submit the G99 application to Northern Powergrid for you. For a 6 kW system they usually reply within 45 working days, and we'll forward their approval when it arrives. Once it's in, Marek books your installation.

Kind regards,
Hollie"""),
     cust("m2", at(5, "14:00"), "Thanks Hollie, very helpful.\n\nMargaret", thanks=True),
     )

UNANSWERED["c12-low-output-shading"] = [
    "Could you also send me the shading report from the survey"]
case("c12-low-output-shading", "en", "pending", {"unanswered-question": 1},
     "Tariq Hussain <tariq.h@example.com>", "android", "Low generation",
     "The worry about low November output is answered at length; the request for the shading "
     "report is not.",
     cust("m1", at(13, "17:30"), """Hi

Our panels only made 2.1 kWh yesterday, in summer it was 25+ most days. Is this normal for this time of year? Could you also send me the shading report from the survey, I'd like to see how much the chimney affects things.

Tariq

Get Outlook for Android""", uq=["Could you also send me the shading report from the survey"],
          aq=["Is this normal for this time of year?"]),
     agent("hollie", "r1", at(14, "09:10"), """Hi Tariq,

Yes, completely normal. In November the sun is low and the days are short, so a system like yours typically makes 10-15 % of its July output, and a grey day can easily be under 3 kWh. Your system's total for October is in line with our estimate.

Hollie"""),
     )

UNANSWERED["c13-battery-reserve-mode"] = [
    "is there a way to get the app to show the battery percentage on the home screen widget?"]
case("c13-battery-reserve-mode", "en", "closed",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
     "Chloe Bennett <chloe.bennett@example.com>", "gmail", "Battery not discharging",
     "'Let me check with the manufacturer and I'll come back to you' (no deadline, 2-day window) "
     "is kept six days later after a chase; the widget question is skipped.",
     cust("m1", at(5, "19:00"), """Hi,

Our battery stopped discharging in the evenings - it sits at 100% and we import from the grid at peak rate. Could this be a firmware issue? Also, is there a way to get the app to show the battery percentage on the home screen widget?

Chloe""", uq=["is there a way to get the app to show the battery percentage on the home screen widget?"],
          aq=["Could this be a firmware issue?"]),
     agent("tom", "r1", at(6, "10:00"), """Hi Chloe,

It looks like the battery switched to backup-reserve mode after last week's firmware push. Let me check with the manufacturer whether that's expected and I'll come back to you.

Tom""", promises=[(window(6, "10:00"), "r2")]),
     cust("m2", at(12, "08:15"), """I haven't heard back about the battery. It's been almost a week and we're paying peak rates every evening.

Chloe""", chase=True),
     agent("tom", "r2", at(12, "11:00"), """Hi Chloe,

Apologies. The manufacturer confirmed the update reset some systems to backup-reserve. I've switched yours back to self-consumption remotely - it will discharge again this evening.

Tom"""),
     )

UNANSWERED["c14-landlord-three-flats"] = ["Do you offer a discount for doing all three at once?"]
case("c14-landlord-three-flats", "en", "closed", {"unanswered-question": 1},
     "Victor Amadi <victor@amadilettings.example>", "outlook", "Solar for three rental flats",
     "A small landlord asks three things: invoicing and lead time are answered, the bulk "
     "discount is not; a follow-up request is answered with 'Done'.",
     cust("m1", at(10, "11:00"), """Hello,

I let three flats in the same block in Harrogate and I'm looking at solar for each. Can you invoice each property separately? Do you offer a discount for doing all three at once? What's your lead time for installs in January?

Regards,
Victor Amadi
Amadi Lettings Ltd""", uq=["Do you offer a discount for doing all three at once?"],
          aq=["Can you invoice each property separately?",
              "What's your lead time for installs in January?"]),
     agent("hollie", "r1", at(10, "15:40"), """Dear Victor,

Yes, three separate invoices are no problem; just tell us the billing name for each. Our lead time is currently five to six weeks, so January is fine - we have slots from 11 January.

Kind regards,
Hollie"""),
     cust("m2", at(10, "16:05"), """Great. Could you send the quotes to my accountant as well, at accounts@amadilettings.example?

Victor""", aq=["Could you send the quotes to my accountant as well"]),
     agent("hollie", "r2", at(11, "09:00"), "Done.\n\nHollie"),
     )


# --------------------------------------------------------------------------------------
# Cases: Germany, France, Spain
# --------------------------------------------------------------------------------------

UNANSWERED["c15-de-beg-foerderung-laerm"] = [
    "Können Sie mir außerdem sagen, wie laut die Außeneinheit in 3 Metern Abstand ist?"]
case("c15-de-beg-foerderung-laerm", "de", "closed", {"unanswered-question": 1},
     "Katrin Höfler <katrin.hoefler@example.com>", "gmail_de", "Angebot Wärmepumpe",
     "Die Förderfrage wird beantwortet, die Frage nach der Lautstärke der Außeneinheit nicht.",
     cust("m1", at(9, "20:00", 1), """Guten Abend,

vielen Dank für das Angebot für die Luft-Wasser-Wärmepumpe. Ist die BEG-Förderung im Angebot schon abgezogen? Können Sie mir außerdem sagen, wie laut die Außeneinheit in 3 Metern Abstand ist? Unser Nachbar ist da etwas empfindlich.

Viele Grüße
Katrin Höfler""", uq=["Können Sie mir außerdem sagen, wie laut die Außeneinheit in 3 Metern Abstand ist?"],
          aq=["Ist die BEG-Förderung im Angebot schon abgezogen?"]),
     agent("jonas", "r1", at(10, "09:30", 1), """Guten Tag Frau Höfler,

nein, der Zuschuss ist im Angebot nicht abgezogen: Die KfW zahlt ihn nach der Inbetriebnahme direkt an Sie aus. Wichtig ist, dass Sie den Antrag stellen, bevor Sie den Auftrag unterschreiben - den Link zum Portal finden Sie auf Seite 3 des Angebots.

Mit freundlichen Grüßen
Jonas Vogel"""),
     cust("m2", at(10, "10:00", 1), "Danke für die schnelle Antwort!\n\nK. Höfler", thanks=True),
     )

UNANSWERED["c16-de-termin-bis-mittwoch"] = [
    "Bitte schicken Sie die Rechnung künftig an buchhaltung@kaltenbach-metallbau.example."]
case("c16-de-termin-bis-mittwoch", "de", "pending",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
     "Bernd Kaltenbach <b.kaltenbach@kaltenbach-metallbau.example>", "outlook_de",
     "PV-Anlage Werkhalle - Auftrag",
     "'Ich melde mich bis Mittwoch mit einem Installationstermin' - erst nach Nachfrage am Montag "
     "darauf eingehalten; die neue Rechnungsadresse wird übergangen.",
     cust("m1", at(9, "08:00", 1), """Sehr geehrte Damen und Herren,

anbei der unterschriebene Auftrag für die PV-Anlage auf unserer Werkhalle. Wann können Sie installieren? Bitte schicken Sie die Rechnung künftig an buchhaltung@kaltenbach-metallbau.example.

Mit freundlichen Grüßen
Bernd Kaltenbach
Kaltenbach Metallbau GmbH""", uq=["Bitte schicken Sie die Rechnung künftig an buchhaltung@kaltenbach-metallbau.example."],
          aq=["Wann können Sie installieren?"],
          attach=[pdf_attachment("Auftrag_unterschrieben.pdf", "Auftragsbestaetigung A-2291",
                                 "PV 29,7 kWp Werkhalle", "Unterschrift: B. Kaltenbach")]),
     ack("a1", at(9, "08:01", 1), "KB-118930", "de"),
     agent("jonas", "r1", at(9, "11:00", 1), """Sehr geehrter Herr Kaltenbach,

vielen Dank für den Auftrag! Ich kläre gerade die Kapazitäten mit unserem Montageteam und melde mich bis Mittwoch mit einem Installationstermin bei Ihnen.

Mit freundlichen Grüßen
Jonas Vogel""", promises=[(eod(11, 1), "r2")]),
     cust("m2", at(16, "09:15", 1), """Sehr geehrter Herr Vogel,

ich warte immer noch auf eine Rückmeldung zum Installationstermin. Können Sie mir bitte Bescheid geben?

Mit freundlichen Grüßen
Bernd Kaltenbach""", chase=True),
     agent("jonas", "r2", at(16, "13:00", 1), """Sehr geehrter Herr Kaltenbach,

entschuldigen Sie die Verzögerung. Die Montage ist für Montag, 7. Dezember, geplant; das Gerüst wird am 4. Dezember gestellt.

Mit freundlichen Grüßen
Jonas Vogel"""),
     )

case("c17-de-speicher-inline", "de", "closed", {},
     "Ute Brenner <ute.brenner@example.net>", "thunderbird_de", "Batteriespeicher nachrüsten",
     "Drei Fragen inline beantwortet; 'Ich schicke Ihnen morgen das Datenblatt' wird am nächsten Tag "
     "eingehalten; Dank zum Schluss.",
     cust("m1", at(4, "19:00", 1), """Hallo,

ich interessiere mich für einen Batteriespeicher zu unserer bestehenden PV-Anlage (8 kWp, Baujahr 2019).
Passt Ihr Speicher zu unserem Wechselrichter (SMA Sunny Boy 5.0)?
Brauche ich einen neuen Zähler?
Und wie lange dauert die Installation?

Gruß
Ute Brenner""", aq=["Passt Ihr Speicher zu unserem Wechselrichter (SMA Sunny Boy 5.0)?",
                     "Brauche ich einen neuen Zähler?", "wie lange dauert die Installation?"]),
     agent("jonas", "r1", at(5, "09:00", 1), """Hallo Frau Brenner,

Am 04.11.26 um 19:00 schrieb Ute Brenner:
> Passt Ihr Speicher zu unserem Wechselrichter (SMA Sunny Boy 5.0)?

Ja, wir koppeln ihn AC-seitig, der Wechselrichter bleibt.

> Brauche ich einen neuen Zähler?

Nein, Ihr Zweirichtungszähler reicht.

> Und wie lange dauert die Installation?

Einen Tag. Ich schicke Ihnen morgen das Datenblatt.

Viele Grüße
Jonas Vogel""", quote=False, promises=[(eod(6, 1), "r2")]),
     agent("jonas", "r2", at(6, "10:00", 1), """Hallo Frau Brenner,

anbei wie versprochen das Datenblatt des Speichers.

Viele Grüße
Jonas Vogel""", parent="r1",
           attach=[pdf_attachment("Datenblatt_Speicher_10kWh.pdf", "Kilnbrook Home Battery 10",
                                  "Nutzbare Kapazitaet 10,2 kWh", "AC-gekoppelt, 230 V")]),
     cust("m2", at(6, "11:00", 1), "Vielen Dank, Herr Vogel!\n\nUte Brenner", thanks=True),
     )

case("c18-de-wartung-abwesenheit", "de", "pending", {},
     "Heinz Mertens <h.mertens@example.org>", "outlook_de", "Jährliche Wartung",
     "Ein Wartungstermin wird angeboten; die Abwesenheitsnotiz des Kunden zählt nicht; der "
     "Kunde bestätigt, der Rückruf des Technikers am Vortag ist Logistik.",
     cust("m1", at(12, "08:30", 1), """Guten Morgen,

die jährliche Wartung unserer Wärmepumpe steht an. Haben Sie im Dezember noch einen Termin frei? Vormittags wäre uns lieber.

Mit freundlichen Grüßen
Dr. Heinz Mertens""", aq=["Haben Sie im Dezember noch einen Termin frei?"]),
     agent("jonas", "r1", at(12, "11:00", 1), """Guten Tag Herr Dr. Mertens,

ja - wir können Ihnen Dienstag, 8. Dezember, 9 Uhr anbieten. Passt Ihnen das?

Mit freundlichen Grüßen
Jonas Vogel"""),
     auto("o1", at(12, "11:01", 1), """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15.11. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 16.11. bin ich wieder erreichbar.

Heinz Mertens""", [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
          subject="Automatische Antwort: AW: Jährliche Wartung"),
     cust("m2", at(16, "09:00", 1), """Guten Morgen Herr Vogel,

der 8. Dezember um 9 Uhr passt uns gut.

Mit freundlichen Grüßen
Heinz Mertens""", parent="r1"),
     agent("jonas", "r2", at(16, "10:00", 1), """Guten Tag Herr Dr. Mertens,

prima, der Termin ist eingetragen. Der Techniker ruft Sie am Vortag an.

Mit freundlichen Grüßen
Jonas Vogel"""),
     )

UNANSWERED["c19-de-zaehler-kollege"] = [
    "gibt es eine Möglichkeit, den Einspeisevertrag digital zu unterschreiben?"]
case("c19-de-zaehler-kollege", "de", "closed",
     {"unanswered-question": 1, "missed-follow-up": 1},
     "Stefan Gruber <stefan.gruber@example.com>", "gmail_de", "Zweirichtungszähler fehlt",
     "'Mein Kollege Herr Brandl meldet sich morgen per E-Mail' - nie eingehalten; die Frage nach "
     "der digitalen Unterschrift bleibt offen.",
     cust("m1", at(10, "07:30", 1), """Hallo,

die Anlage läuft seit einer Woche, der Netzbetreiber hat aber noch keinen Zweirichtungszähler eingebaut. Wer kümmert sich um die Zählerumstellung? Wann bekomme ich die Schlussrechnung? Und gibt es eine Möglichkeit, den Einspeisevertrag digital zu unterschreiben?

Danke und Gruß
Stefan Gruber""", uq=["gibt es eine Möglichkeit, den Einspeisevertrag digital zu unterschreiben?"],
          aq=["Wer kümmert sich um die Zählerumstellung?", "Wann bekomme ich die Schlussrechnung?"]),
     agent("jonas", "r1", at(10, "10:15", 1), """Hallo Herr Gruber,

die Schlussrechnung erstellt unsere Buchhaltung nach der Abnahme und schickt sie Ihnen per Post; das dauert erfahrungsgemäß zwei bis drei Wochen.

Um die Zählerumstellung kümmern wir uns: Mein Kollege Herr Brandl aus der Technik meldet sich morgen per E-Mail bei Ihnen mit dem Stand beim Netzbetreiber.

Viele Grüße
Jonas Vogel""", promises=[(eod(11, 1), None)]),
     )

case("c20-fr-devis-pac-relance", "fr", "closed",
     {"missed-follow-up": 1, "customer-chased": 1},
     "Sylvie Marchetti <sylvie.marchetti@example.com>", "apple_fr", "Devis pompe à chaleur",
     "« je reviens vers vous d'ici vendredi » avec le devis : envoyé le mardi suivant, après une "
     "relance.",
     cust("m1", at(2, "18:00", 1), """Bonjour,

Suite à la visite technique, pourriez-vous m'envoyer le devis définitif pour la pompe à chaleur air-eau ? Je voudrais savoir aussi si l'entretien annuel est inclus la première année.

Cordialement,
Sylvie Marchetti""", aq=["pourriez-vous m'envoyer le devis définitif pour la pompe à chaleur air-eau ?",
                          "Je voudrais savoir aussi si l'entretien annuel est inclus la première année."]),
     agent("claire", "r1", at(3, "09:30", 1), """Bonjour Madame Marchetti,

Oui, l'entretien de la première année est compris dans le prix. Je finalise le devis avec notre bureau d'études et je reviens vers vous d'ici vendredi.

Bien cordialement,
Claire Dubois""", promises=[(eod(6, 1), "r2")]),
     cust("m2", at(9, "10:00", 1), """Bonjour,

Je me permets de vous relancer concernant le devis : je n'ai toujours rien reçu.

Cordialement,
Sylvie Marchetti""", chase=True),
     agent("claire", "r2", at(10, "11:00", 1), """Bonjour Madame Marchetti,

Toutes mes excuses pour ce retard. Veuillez trouver le devis en pièce jointe.

Bien cordialement,
Claire Dubois""", kind="alt", attach=[pdf_attachment("Devis_D-7731.pdf", "Devis D-7731 - PAC air-eau 8 kW",
                                           "Entretien premiere annee inclus", "Total TTC : 11 480 EUR")]),
     cust("m3", at(10, "12:00", 1), "Merci beaucoup !\n\nS. Marchetti", thanks=True),
     )

UNANSWERED["c21-fr-attestation-tva"] = [
    "Pouvez-vous aussi m'indiquer si MaPrimeRénov' est compatible avec l'éco-prêt à taux zéro ?"]
case("c21-fr-attestation-tva", "fr", "closed",
     {"unanswered-question": 1, "missed-follow-up": 1},
     "Julien Roux <julien.roux@example.net>", "gmail", "Attestation TVA",
     "« Je vous envoie l'attestation dès demain » jamais tenu ; la question sur MaPrimeRénov' et "
     "l'éco-PTZ est ignorée.",
     cust("m1", at(12, "08:00", 1), """Bonjour,

Pour mon dossier de prêt, j'ai besoin de l'attestation de TVA à taux réduit signée. Pouvez-vous aussi m'indiquer si MaPrimeRénov' est compatible avec l'éco-prêt à taux zéro ?

Merci d'avance,
Julien Roux""", uq=["Pouvez-vous aussi m'indiquer si MaPrimeRénov' est compatible avec l'éco-prêt à taux zéro ?"],
          aq=["j'ai besoin de l'attestation de TVA à taux réduit signée"]),
     agent("claire", "r1", at(12, "10:00", 1), """Bonjour Monsieur Roux,

Bien reçu. Je vous envoie l'attestation dès demain, signée par notre gérant.

Bien cordialement,
Claire Dubois""", promises=[(eod(13, 1), None)]),
     )

case("c22-fr-nettoyage-panneaux", "fr", "closed", {},
     "Hélène Garnier <helene.garnier@example.org>", "iphone", "Nettoyage des panneaux",
     "Deux questions répondues en d'autres termes ; une offre conditionnelle (« si vous le "
     "souhaitez, je peux ») n'est pas une promesse ; remerciements.",
     cust("m1", at(4, "14:00", 1), """Bonjour,

Nos panneaux sont couverts de feuilles et de poussière. Faut-il les nettoyer ? Est-ce que vous proposez ce service ?

Hélène

Envoyé de mon iPhone""", aq=["Faut-il les nettoyer ?", "Est-ce que vous proposez ce service ?"]),
     agent("claire", "r1", at(4, "16:00", 1), """Bonjour Madame Garnier,

La pluie suffit en général : avec une inclinaison de 30°, les feuilles glissent d'elles-mêmes et la perte reste inférieure à 3 %. Nous ne faisons pas de nettoyage ponctuel, mais si vous le souhaitez, je peux vous proposer un contrat d'entretien avec une inspection annuelle.

Bien cordialement,
Claire Dubois"""),
     cust("m2", at(4, "17:00", 1), "Merci, bonne soirée !\n\nHélène", thanks=True),
     )

UNANSWERED["c23-fr-chauffe-eau-e4"] = [
    "Est-ce que la panne est couverte par la garantie ?",
    "je voudrais savoir si l'on peut utiliser le mode boost en attendant."]
case("c23-fr-chauffe-eau-e4", "fr", "pending", {"unanswered-question": 2},
     "Marc Lefebvre <marc.lefebvre@example.com>", "owa", "Chauffe-eau thermodynamique code E4",
     "Réponse type : le passage du technicien est fixé, la garantie et le mode boost restent sans "
     "réponse.",
     cust("m1", at(16, "07:00", 1), """Bonjour,

Notre chauffe-eau thermodynamique (boulangerie Lefebvre, Villeurbanne) affiche le code E4 depuis ce matin et l'eau est tiède. Pouvez-vous envoyer un technicien cette semaine ? Est-ce que la panne est couverte par la garantie ? Et je voudrais savoir si l'on peut utiliser le mode boost en attendant.

Marc Lefebvre""", uq=["Est-ce que la panne est couverte par la garantie ?",
                       "je voudrais savoir si l'on peut utiliser le mode boost en attendant."],
          aq=["Pouvez-vous envoyer un technicien cette semaine ?"]),
     agent("claire", "r1", at(16, "09:00", 1), """Bonjour,

Merci pour votre message. Un technicien passera le jeudi 19 novembre entre 8 h et 12 h.

Pour toute autre question, consultez notre FAQ : https://kilnbrook.example/fr/faq?src=mail

Bien cordialement,
Claire Dubois"""),
     )

case("c24-fr-appli-reouverture", "fr", "closed", {"reopened": 1},
     "Aurélie Petit <aurelie.petit@example.net>", "apple_fr", "Application sans données",
     "Promesse « je reviens vers vous demain » tenue, ticket clôturé ; le problème revient dix "
     "jours plus tard : réouverture.",
     cust("m1", at(2, "09:00", 1), """Bonjour,

L'application Kilnbrook Live n'affiche plus la production depuis hier. Que faut-il faire ?

Aurélie Petit""", aq=["Que faut-il faire ?"]),
     agent("claire", "r1", at(2, "11:00", 1), """Bonjour Madame Petit,

Le boîtier Wi-Fi de l'onduleur a perdu la connexion. Débranchez-le trente secondes puis rebranchez-le. Je reviens vers vous demain pour vérifier que les données remontent.

Bien cordialement,
Claire Dubois""", promises=[(eod(3, 1), "r2")]),
     agent("claire", "r2", at(3, "10:00", 1), """Bonjour Madame Petit,

Les données remontent à nouveau depuis hier soir. Je clôture ce ticket.

Bien cordialement,
Claire Dubois""", parent="r1", closes=True),
     cust("m2", at(13, "08:00", 1), """Bonjour,

Le problème est revenu ce matin : plus aucune donnée depuis 3 heures. Pouvez-vous regarder ?

Aurélie Petit""", aq=["Pouvez-vous regarder ?"]),
     agent("claire", "r3", at(13, "09:30", 1), """Bonjour Madame Petit,

J'ai redémarré le boîtier à distance et mis à jour son logiciel ; il est de nouveau en ligne.

Bien cordialement,
Claire Dubois"""),
     )

case("c25-es-presupuesto-bateria", "es", "closed", {"missed-follow-up": 1},
     "Javier Ortega <javier.ortega@example.com>", "gmail_es", "Batería para mi instalación",
     "«Le envío el presupuesto mañana»: llega dos días tarde, sin que el cliente reclame.",
     cust("m1", at(2, "10:00", 1), """Buenos días,

Quisiera saber cuánto costaría añadir una batería de 10 kWh a mi instalación de 5 kWp. ¿Sería compatible con mi inversor Huawei?

Un saludo,
Javier Ortega""", aq=["Quisiera saber cuánto costaría añadir una batería de 10 kWh",
                       "¿Sería compatible con mi inversor Huawei?"]),
     agent("lucia", "r1", at(2, "12:00", 1), """Hola Javier:

Sí, es compatible con su inversor (Huawei SUN2000) sin cambiar nada. Le envío el presupuesto mañana.

Un saludo,
Lucía""", promises=[(eod(3, 1), "r2")]),
     agent("lucia", "r2", at(5, "09:00", 1), """Hola Javier:

Disculpe el retraso. Le adjunto el presupuesto: 6.350 € con IVA e instalación incluidos.

Un saludo,
Lucía""", parent="r1", attach=[pdf_attachment("Presupuesto_P-5120.pdf", "Presupuesto P-5120",
                                                 "Bateria 10 kWh + instalacion", "Total: 6.350 EUR IVA incl.")]),
     cust("m2", at(5, "10:00", 1), "¡Muchas gracias!\n\nJavier", thanks=True),
     )

UNANSWERED["c26-es-subvencion-ibi"] = [
    "quisiera saber si el ayuntamiento ofrece bonificación en el IBI por instalar placas",
    "¿Y cuánto tiempo tarda la instalación desde que firmamos?"]
case("c26-es-subvencion-ibi", "es", "closed", {"unanswered-question": 2},
     "Marta Jiménez <marta.jimenez@example.org>", "outlook", "Placas solares en Majadahonda",
     "Se responde a la subvención; la bonificación del IBI y el plazo de instalación quedan sin "
     "respuesta.",
     cust("m1", at(10, "17:00", 1), """Hola,

Estamos pensando en poner placas solares en nuestro chalet de Majadahonda. ¿Nos ayudan a tramitar la subvención? También quisiera saber si el ayuntamiento ofrece bonificación en el IBI por instalar placas. ¿Y cuánto tiempo tarda la instalación desde que firmamos?

Saludos,
Marta Jiménez""", uq=["quisiera saber si el ayuntamiento ofrece bonificación en el IBI por instalar placas",
                       "¿Y cuánto tiempo tarda la instalación desde que firmamos?"],
          aq=["¿Nos ayudan a tramitar la subvención?"]),
     agent("lucia", "r1", at(11, "09:00", 1), """Hola Marta:

Sí, nosotros tramitamos la subvención autonómica por ustedes; la gestión está incluida en el precio y solo necesitamos una copia del DNI y del último recibo de la luz.

Un saludo,
Lucía"""),
     )

UNANSWERED["c27-es-aerotermia-companera"] = [
    "¿Tengo que pagar el desplazamiento si está en garantía?"]
case("c27-es-aerotermia-companera", "es", "open",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
     "Andrés Molina <andres.molina@example.net>", "android", "Ruido en la aerotermia",
     "«Mi compañera Lucía le escribirá el viernes como muy tarde»: nunca escribe; el cliente "
     "reclama y sigue esperando; la pregunta del desplazamiento queda sin respuesta.",
     cust("m1", at(9, "09:00", 1), """Buenos días,

La aerotermia hace un ruido metálico al arrancar y la casa no pasa de 18 grados. ¿Pueden mandar a un técnico? ¿Tengo que pagar el desplazamiento si está en garantía?

Andrés Molina""", cte="base64", uq=["¿Tengo que pagar el desplazamiento si está en garantía?"],
          aq=["¿Pueden mandar a un técnico?"]),
     agent("pablo", "r1", at(10, "08:30", 1), """Hola Andrés:

Por lo que describe, parece el rodamiento del ventilador. Hay que cambiarlo, así que sí, iremos. Mi compañera Lucía le escribirá el viernes como muy tarde con la fecha de la visita.

Saludos,
Pablo""", promises=[(eod(13, 1), None)]),
     cust("m2", at(17, "18:00", 1), """¿Hay alguna novedad? Sigo esperando la fecha de la visita y la casa sigue fría.

Andrés""", chase=True),
     )

case("c28-es-fecha-instalacion", "es", "closed", {},
     "Lorena Castillo <lorena.castillo@example.com>", "gmail_es", "Fecha de instalación",
     "«Le confirmo la fecha el jueves» se cumple el jueves; la otra pregunta se responde en el "
     "mismo correo.",
     cust("m1", at(11, "12:00", 1), """Hola,

¿Podrían confirmarme la fecha de instalación de las placas? También necesito saber si tengo que estar en casa todo el día.

Gracias,
Lorena""", aq=["¿Podrían confirmarme la fecha de instalación de las placas?",
                "necesito saber si tengo que estar en casa todo el día"]),
     agent("lucia", "r1", at(11, "14:00", 1), """Hola Lorena:

Le confirmo la fecha el jueves, en cuanto el equipo cierre la planificación. No hace falta que esté todo el día: solo al principio, para abrir, y al final, para la puesta en marcha.

Un saludo,
Lucía""", promises=[(eod(12, 1), "r2")]),
     agent("lucia", "r2", at(12, "16:00", 1), """Hola Lorena:

La instalación será el lunes 23 de noviembre; el equipo llega a las 8:00.

Un saludo,
Lucía""", parent="r1"),
     cust("m2", at(12, "17:00", 1), "Perfecto, gracias.\n\nLorena", thanks=True),
     )

case("c29-es-factura-reenvio", "es", "pending", {"customer-chased": 1},
     "Raúl Navarro <raul.navarro@example.org>", "gmail_es", "Factura de la instalación",
     "El cliente reenvía su petición como correo nuevo con el mismo asunto (un reenvío cuenta como "
     "reclamación); la factura llega en la respuesta.",
     cust("m1", at(16, "18:00", 1), """Buenas tardes,

¿Me pueden enviar la factura de la instalación con mi NIF 12345678Z? La necesito para la deducción del IRPF.

Gracias,
Raúl Navarro""", aq=["¿Me pueden enviar la factura de la instalación con mi NIF 12345678Z?"]),
     cust("m2", at(17, "08:30", 1), """Buenos días,

Les reenvío mi consulta de ayer por si no les llegó: ¿me pueden enviar la factura de la instalación con mi NIF 12345678Z? La necesito para la deducción del IRPF.

Gracias,
Raúl Navarro""", parent=None, chase=True),
     agent("lucia", "r1", at(17, "10:00", 1), """Hola Raúl:

Le adjunto la factura F-2026-0877 a su nombre con el NIF 12345678Z.

Un saludo,
Lucía""", attach=[pdf_attachment("Factura_F-2026-0877.pdf", "Factura F-2026-0877",
                                   "NIF cliente: 12345678Z", "Total: 5.870 EUR")]),
     )


# --------------------------------------------------------------------------------------
# Cases: more of England, Scotland and Wales
# --------------------------------------------------------------------------------------

UNANSWERED["c30-bakery-flat-roof-html"] = [
    "Please put the invoice in the name of Crumb & Co Ltd rather than my own name.",
    "is there any way to get the panels in all-black to match the shopfront?"]
case("c30-bakery-flat-roof-html", "en", "closed", {"unanswered-question": 2},
     "Dana Whitfield <dana@crumbandco.example>", "owa", "Solar for the bakery",
     "HTML-only mail from a small business: the install day is answered, the invoice name and "
     "the all-black panels are not.",
     cust("m1", at(12, "14:00"), """Hello Kilnbrook,

We'd like solar on the bakery roof (flat, about 60 m2). Can the install happen on a Monday so we don't have to close the shop? Please put the invoice in the name of Crumb & Co Ltd rather than my own name. Also, is there any way to get the panels in all-black to match the shopfront?

Dana Whitfield
Crumb & Co - artisan bakery, Hebden Bridge""", kind="html",
          uq=["Please put the invoice in the name of Crumb & Co Ltd rather than my own name.",
              "is there any way to get the panels in all-black to match the shopfront?"],
          aq=["Can the install happen on a Monday so we don't have to close the shop?"]),
     agent("marek", "r1", at(12, "16:30"), """Hi Dana,

Monday installs are fine - the crew can start at 6am and work from the back yard, so the shop stays open. On a flat roof we use ballasted frames, so nothing is drilled through your membrane.

Thanks,
Marek"""),
     )

UNANSWERED["c31-ev-charger-different-answer"] = [
    "Can your engineer fit an EV charger on the same day as the battery?"]
case("c31-ev-charger-different-answer", "en", "pending", {"unanswered-question": 1},
     "Lewis Grant <lewis.grant@example.com>", "apple", "EV charger",
     "The agent answers a different question (charging the battery on an EV tariff) than the one "
     "asked (fitting a charger on the install day); the customer's 'Cheers' is thanks-only.",
     cust("m1", at(17, "08:00"), """Hi,

Can your engineer fit an EV charger on the same day as the battery? We're booked for 2 December and we pick up the car on the 5th.

Lewis""", uq=["Can your engineer fit an EV charger on the same day as the battery?"]),
     agent("hollie", "r1", at(17, "10:00"), """Hi Lewis,

Great question! Once you have the EV, switching to an EV tariff means your battery can also fill up overnight at the cheap rate, so you'll be running the house on 7p electricity most evenings. We set the charge window at commissioning.

Hollie"""),
     cust("m2", at(17, "10:30"), "Cheers.\n\nLewis", thanks=True),
     )

UNANSWERED["c32-radiators-followup-closed"] = [
    "can I adjust the weather compensation curve myself in the app, or does it have to be done by you?"]
case("c32-radiators-followup-closed", "en", "closed", {"unanswered-question": 1},
     "Eleanor Voss <eleanor.voss@example.org>", "gmail", "Upstairs radiators lukewarm",
     "After the problem is solved the customer adds a question; the agent's templated closing "
     "reply ignores it and closes the ticket.",
     cust("m1", at(2, "09:00"), """Hello,

The radiators upstairs are only lukewarm since the heat pump went in. Is that expected?

Eleanor""", aq=["Is that expected?"]),
     agent("tom", "r1", at(2, "12:00"), """Hello Eleanor,

Partly - a heat pump runs at a lower flow temperature than a boiler, so radiators feel warm rather than hot. Yours was set a little low for the upstairs radiator sizes, so I've raised the flow temperature to 45 degrees remotely. Give it a day.

Tom"""),
     cust("m2", at(4, "08:00"), """That's done the trick, the bedrooms are lovely now. One more thing - can I adjust the weather compensation curve myself in the app, or does it have to be done by you?

Eleanor""", uq=["can I adjust the weather compensation curve myself in the app, or does it have to be done by you?"]),
     agent("tom", "r2", at(4, "09:00"), """Hello Eleanor,

Glad to hear it's all working! I'll mark this ticket as resolved. Enjoy the warmth.

Tom""", closes=True),
     cust("m3", at(4, "09:30"), "Thanks Tom!\n\nEleanor", thanks=True),
     )

case("c33-service-question-fresh", "en", "open", {},
     "Ben Ashworth <ben.ashworth@example.com>", "gmail", "Annual service",
     "A fresh question on the audit day, acknowledged by the helpdesk only, still inside the "
     "response target: open but nothing to flag.",
     cust("m1", at(20, "09:10"), """Hi,

Does the heat pump need servicing every year to keep the warranty? When is ours due? We had it fitted in March.

Ben"""),
     ack("a1", at(20, "09:11"), "KB-119377"),
     )

case("c34-battery-move-house-waiting", "en", "open", {"awaiting-reply": 1},
     "Gwen Probert <gwen.probert@example.net>", "thunderbird", "Moving house - battery",
     "Only the helpdesk acknowledgement answers; two days later the case is still waiting.",
     cust("m1", at(18, "15:00"), """Hello,

We're moving house in January (Cardiff to Swansea). Can the battery come with us, and what would it cost to move it?

Gwen Probert"""),
     ack("a1", at(18, "15:01"), "KB-119250"),
     )

case("c35-grant-paperwork-monday", "en", "pending", {},
     "Rob Castle <rob.castle@example.org>", "outlook", "Grant paperwork",
     "'I'll send the grant paperwork for e-signature on Monday 23 November' - a deadline still "
     "ahead at audit time; the customer's next mail gives the EPC reference.",
     cust("m1", at(18, "10:00"), """Hi,

We've decided to go ahead with the heat pump. What paperwork do you need from us for the grant?

Rob Castle""", kind="alt", aq=["What paperwork do you need from us for the grant?"]),
     agent("sandra", "r1", at(18, "14:00"), """Hi Rob,

Lovely news. Just your EPC reference number and a copy of a recent council tax bill. I'll send the grant paperwork for e-signature on Monday 23 November, once the survey report is signed off.

Best regards,
Sandra""", promises=[(eod(23), None)]),
     cust("m2", at(18, "14:30"), """Here's the EPC reference: 0123-4567-8901-2345-6789. Council tax bill attached.

Rob""", attach=[png_attachment("council-tax-bill.png")]),
     agent("sandra", "r2", at(18, "15:00"), "Got both, thanks Rob.\n\nSandra"),
     )

UNANSWERED["c36-g99-and-scaffold"] = [
    "Could you also confirm whether the scaffold can go on the neighbour's side"]
case("c36-g99-and-scaffold", "en", "closed",
     {"unanswered-question": 1, "missed-follow-up": 2, "customer-chased": 1},
     "Peter Lang <peter.lang@example.com>", "outlook", "Booking the solar install",
     "Two promises in one reply ('I'll send it today', 'Marek will confirm by Wednesday') both "
     "kept only after a chase four days later; the neighbour's-side question is never answered.",
     cust("m1", at(9, "08:00"), """Hello Hollie,

We're ready to book the solar install. What do you need from us to apply to the DNO? Could you also confirm whether the scaffold can go on the neighbour's side - they've agreed in writing.

Thanks,
Peter Lang""", uq=["Could you also confirm whether the scaffold can go on the neighbour's side"],
          aq=["What do you need from us to apply to the DNO?"]),
     agent("hollie", "r1", at(9, "10:00"), """Hi Peter,

Nothing from you except a signed G99 form - I'll send it to you today for signature, and Marek will confirm the scaffold date by Wednesday.

Best,
Hollie""", promises=[(eod(9), "r2"), (eod(11), "r2")]),
     cust("m2", at(13, "09:00"), """Hi Hollie,

I'm still waiting for the G99 form and the scaffold date you mentioned on Monday.

Peter""", chase=True),
     agent("hollie", "r2", at(13, "11:00"), """Hi Peter,

Sorry - G99 form attached for signature, and Marek has you down for the scaffold on Thursday 26 November.

Best,
Hollie""", attach=[pdf_attachment("G99-form-Lang.pdf", "G99 application - P. Lang",
                                    "Export limit 3.68 kW", "Signature: ______")]),
     )

case("c37-competitor-quote-forward", "en", "closed", {},
     "Amir Shah <amir.shah@example.net>", "gmail", "Can you match this quote?",
     "A forwarded competitor quote full of marketing questions; only the customer's own question "
     "counts and is answered; thanks-only close.",
     cust("m1", at(10, "12:00"), """Hi, we've had another quote (forwarded below). Can you match it?

Amir

---------- Forwarded message ---------
From: Sunwise Solar <quotes@sunwise.example>
Date: Mon, 9 Nov 2026 at 16:02
Subject: Your solar quote SW-8812
To: <amir.shah@example.net>

Dear Amir,

Thank you for choosing Sunwise! Your 4.4 kWp system: GBP 5,990.

Why wait? Book before 30 November and save. Have questions? Just reply to this email or call 0800 555 0101.
Want to add a battery? Ask us about our bundle!

Sunwise Solar | https://sunwise.example/quote?id=SW-8812""", aq=["Can you match it?"]),
     agent("hollie", "r1", at(10, "15:00"), """Hi Amir,

We can't match that like for like: their quote uses 330 W panels and a 5-year workmanship warranty against our 410 W panels and 10 years. What we can do is take GBP 350 off our quote if you book by 30 November.

Hollie"""),
     cust("m2", at(10, "15:30"), "Thanks, we'll have a think.\n\nAmir", thanks=True),
     )

case("c38-service-from-alicante", "en", "closed", {},
     "Isabel Ferrer <isabel.ferrer@example.com>", "iphone", "Annual service",
     "A customer mixing Spanish into English; both questions answered in one sentence; thanks.",
     cust("m1", at(7, "11:00"), """Hola!

We're at the casa in Alicante until Christmas. Could the annual service of the heat pump in Cheltenham wait until enero? Or does it have to be done by the anniversary to keep the warranty? Mil gracias.

Isabel

Sent from my iPhone""", cte="base64", aq=["Could the annual service of the heat pump in Cheltenham wait until enero?",
                             "does it have to be done by the anniversary to keep the warranty?"]),
     agent("tom", "r1", at(7, "15:00"), """Hello Isabel,

No problem at all - the warranty allows three months' grace after the anniversary, so I've moved your service to Tuesday 12 January.

Tom"""),
     cust("m2", at(7, "16:00"), "¡Perfecto! Thanks Tom.\n\nIsabel", thanks=True),
     )

case("c39-warranty-registration-resend", "en", "closed",
     {"customer-chased": 1, "slow-first-response": 1},
     "Joanna Pike <joanna.pike@example.org>", "gmail", "Warranty registration",
     "No reply for two days; the customer resends the same request as a new mail with the same "
     "subject (a chase), and only then gets the answer.",
     cust("m1", at(2, "10:00"), """Hello,

Could you send me the warranty registration details for the Daikin unit? The manufacturer's site asks for an installer ID.

Joanna Pike""", aq=["Could you send me the warranty registration details for the Daikin unit?"]),
     cust("m2", at(4, "09:00"), """Hello,

Resending in case my email on Monday got lost: could you send me the warranty registration details for the Daikin unit? The manufacturer's site asks for an installer ID.

Joanna Pike""", parent=None, chase=True),
     agent("hollie", "r1", at(4, "11:00"), """Dear Joanna,

Apologies for the slow reply. Our installer ID is KB-22817, and to save you the trouble I've registered the unit for you - the manufacturer will email your certificate.

Kind regards,
Hollie"""),
     )

case("c40-hp-lock-rhetorical", "en", "pending", {},
     "Ray Donnelly <ray.donnelly@example.com>", "thunderbird", "HP-LOCK on the controller",
     "A rhetorical outburst and a self-answered question next to the real request, which is "
     "answered; the engineer's visit time is logistics; thanks.",
     cust("m1", at(16, "07:30"), """Why does everything break in the coldest week of the year?!

The heat pump is showing "HP-LOCK" on the controller. Where's the reset switch? Never mind, found it behind the side panel - but resetting didn't help. Can you send someone?

Ray Donnelly""", aq=["Can you send someone?"]),
     agent("tom", "r1", at(16, "09:00"), """Hello Ray,

Sorry to hear that. HP-LOCK is the low-pressure safety cut-out. An engineer can be with you tomorrow between 8 and 10am; in the meantime please top the system pressure up to 1.5 bar as shown in the attached guide, which often clears it.

Tom""", attach=[pdf_attachment("Topping-up-pressure.pdf", "Topping up system pressure",
                                 "1. Find the filling loop", "2. Open both valves until 1.5 bar")]),
     cust("m2", at(16, "09:30"), "Thanks Tom, see you tomorrow.\n\nRay", thanks=True),
     )

case("c41-meter-photo-kept", "en", "closed", {},
     "Kelly Brooks <kelly.brooks@example.net>", "android", "Generation meter stuck",
     "The agent asks for photos and promises to come back without a deadline; the customer's "
     "reply quotes that question back and attaches photos; the promise is kept the same day.",
     cust("m1", at(12, "18:00"), """Hi,

Our generation meter reading seems stuck on 4,812 kWh for days. Is the meter broken?

Kelly""", aq=["Is the meter broken?"]),
     agent("hollie", "r1", at(13, "09:00"), """Hi Kelly,

Could you send a photo of the meter display and of the inverter screen? I'll check the readings against the monitoring data and come back to you.

Hollie""", promises=[(window(13, "09:00"), "r2")]),
     cust("m2", at(13, "12:00"), "Here you go - both photos attached.\n\nKelly",
          attach=[png_attachment("meter.png", METER), png_attachment("inverter.png")]),
     agent("hollie", "r2", at(13, "15:00"), """Hi Kelly,

Thanks. The meter is fine - the display is showing the import register, which hasn't moved because the panels cover your daytime use. Press the red button twice to see the generation total.

Hollie"""),
     )

case("c42-warranty-link-late", "en", "closed", {"missed-follow-up": 1},
     "Neil Fairbank <neil.fairbank@example.org>", "gmail", "Extended warranty certificate",
     "'I'll send you the link in the next couple of days' - sent on day four.",
     cust("m1", at(2, "14:00"), """Hello,

Where can I download the certificate for the 10-year extended warranty we paid for? Is the extended warranty transferable if we sell the house?

Neil Fairbank""", kind="alt", aq=["Where can I download the certificate for the 10-year extended warranty we paid for?",
                       "Is the extended warranty transferable if we sell the house?"]),
     agent("hollie", "r1", at(2, "16:00"), """Dear Neil,

Yes, it transfers with the property - the new owner just registers on the manufacturer's site. I'll send you the link to the certificate in the next couple of days, once the manufacturer has issued it.

Kind regards,
Hollie""", promises=[(window(2, "16:00"), "r2")]),
     agent("hollie", "r2", at(6, "10:00"), """Dear Neil,

Here is your certificate: https://kilnbrook.example/warranty/KB-5521?key=a71f

Kind regards,
Hollie""", parent="r1"),
     )

UNANSWERED["c43-survey-report-date"] = ["Could you recommend someone who does loft insulation?"]
case("c43-survey-report-date", "en", "closed",
     {"unanswered-question": 1, "missed-follow-up": 1},
     "Lydia Carr <lydia.carr@example.com>", "outlook", "Survey report",
     "'Our survey team will send your survey report on 11 November' - never sent; the loft "
     "insulation question is skipped.",
     cust("m1", at(4, "09:00"), """Good morning,

We had our survey last week. When will we get the survey report? The surveyor mentioned the loft might need more insulation first. Could you recommend someone who does loft insulation?

Regards,
Lydia Carr""", uq=["Could you recommend someone who does loft insulation?"],
          aq=["When will we get the survey report?"]),
     agent("hollie", "r1", at(4, "11:00"), """Dear Lydia,

Our survey team will send your survey report on 11 November, once the heat-loss calculation has been checked.

Kind regards,
Hollie""", promises=[(eod(11), None)]),
     )

UNANSWERED["c44-ct-clamp-48-hours"] = [
    "could you tell me whether the battery data from this week will be lost?"]
case("c44-ct-clamp-48-hours", "en", "open",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
     "Martin Oduya <martin.oduya@example.net>", "iphone", "CT clamp fell off",
     "'I'll confirm the engineer's visit slot within 48 hours' - never; the customer chases and "
     "waits; the question about lost data is skipped.",
     cust("m1", at(13, "08:00"), """Hi,

One of the CT clamps on our battery system fell off when the electrician was here for the kitchen. The app now shows house consumption as zero. Can you send an engineer to refit it? Also could you tell me whether the battery data from this week will be lost?

Martin

Sent from my iPhone""", uq=["could you tell me whether the battery data from this week will be lost?"],
          aq=["Can you send an engineer to refit it?"]),
     agent("marek", "r1", at(13, "10:00"), """Hi Martin,

Sorry about that. Yes, we'll refit it - I'll confirm the engineer's visit slot within 48 hours.

Marek""", promises=[(at(15, "10:00"), None)]),
     cust("m2", at(19, "10:00"), """Still no word on the visit slot. Could someone please get back to me?

Martin

Sent from my iPhone""", chase=True),
     )

case("c45-e5-reopened", "en", "pending", {"reopened": 1},
     "Fatima Begum <fatima.begum@example.com>", "gmail", "Error E5",
     "Solved and explicitly marked resolved; a week later the fault is back and the case reopens.",
     cust("m1", at(9, "08:00"), """Hello,

The heat pump showed error E5 overnight and the house was cold this morning. What does E5 mean?

Fatima""", aq=["What does E5 mean?"]),
     agent("tom", "r1", at(9, "10:00"), """Hello Fatima,

E5 is a low flow-rate fault, usually air in the system after the radiators have been worked on. Please bleed the upstairs radiators and restart the unit from the controller.

Tom"""),
     cust("m2", at(9, "18:00"), """I bled the radiators and restarted it, and it's been running all afternoon. Should I keep an eye on the pressure gauge?

Fatima""", aq=["Should I keep an eye on the pressure gauge?"]),
     agent("tom", "r2", at(10, "09:00"), """Hello Fatima,

Yes, it should stay between 1 and 2 bar. Great news that it's running - I'll mark this as resolved.

Tom""", closes=True),
     cust("m3", at(17, "07:45"), """Sorry, it's happened again - E5 was back this morning and the radiators are cold. Can someone come out?

Fatima""", aq=["Can someone come out?"]),
     agent("tom", "r3", at(17, "10:00"), """Hello Fatima,

Sorry about this. An engineer will be with you on Thursday 19 November between 8 and 10am to check the pump and the filter.

Tom"""),
     )

case("c46-itemised-invoice-colleague", "en", "closed", {},
     "Graham Pell <graham@pellgarage.example>", "outlook", "Invoice for our accounts",
     "'Sandra in accounts will send you the itemised invoice by Thursday' - kept by Sandra on "
     "Thursday morning.",
     cust("m1", at(10, "09:00"), """Hello,

We want to claim the full cost of the panels on our garage workshop in this year's accounts. Can you send an itemised invoice? Our year end is 30 November.

Graham Pell
Pell Motors""", aq=["Can you send an itemised invoice?"]),
     agent("hollie", "r1", at(10, "11:00"), """Dear Graham,

Of course. Sandra in accounts will send you the itemised invoice by Thursday.

Kind regards,
Hollie""", promises=[(eod(12), "r2")]),
     agent("sandra", "r2", at(12, "09:00"), """Dear Graham,

Please find attached the itemised invoice INV-44817.

Best regards,
Sandra""", parent="r1", attach=[pdf_attachment("INV-44817.pdf", "Invoice INV-44817 - Pell Motors",
                                                  "16 x 410 W panels", "Inverter 5 kW", "Labour")]),
     cust("m2", at(12, "10:00"), "Perfect, thanks both.\n\nGraham", thanks=True),
     )

case("c47-export-tariff-check", "en", "closed", {},
     "Klaus Richter <klaus.richter@example.com>", "gmail_de", "Export tariff",
     "A German customer writing English with a German word; 'let me check ... and I'll come back "
     "to you this afternoon' kept the same afternoon.",
     cust("m1", at(11, "19:00"), """Hello,

I have a question about the Einspeisevergütung - sorry, the export tariff. Which SEG tariff do you recommend for us? And must I send you the MPAN, or do you have it already?

Best regards
Klaus Richter""", aq=["Which SEG tariff do you recommend for us?",
                       "must I send you the MPAN, or do you have it already?"]),
     agent("hollie", "r1", at(12, "09:00"), """Hi Klaus,

We have your MPAN from the survey, so no need to send it. For the Smart Export Guarantee, a fixed outgoing tariff pays the most for customers without a battery, around 15p per kWh at the moment. Let me check whether your meter is already registered for export and I'll come back to you this afternoon.

Hollie""", promises=[(eod(12), "r2")]),
     agent("hollie", "r2", at(12, "15:30"), """Hi Klaus,

Checked - your meter has been export-registered since 3 November, so you can apply straight away.

Hollie""", parent="r1"),
     cust("m2", at(12, "16:00"), "Vielen Dank - many thanks!\n\nKlaus", thanks=True),
     )

case("c48-install-thanks-legionella", "en", "pending", {},
     "Helen Moss <helen.moss@example.org>", "apple", "Thank you - and a hot water question",
     "A long, warm mail with a request and a question; both handled in one reply.",
     cust("m1", at(15, "20:00"), """Dear all,

I just wanted to say how impressed we were with the installation last week. Dave and Priyanka were polite, tidy and patient with our many questions, and they even moved the log store back where it was. The house has never been this evenly warm, and the bills look better already - although it's early days, and we'll see what January brings.

Could you pass our thanks to Dave and Priyanka? Also, what's the best setting for the hot water cylinder to avoid legionella - does it need a weekly boost?

With warm regards,
Helen Moss""", aq=["Could you pass our thanks to Dave and Priyanka?",
                     "what's the best setting for the hot water cylinder to avoid legionella"]),
     agent("tom", "r1", at(16, "08:30"), """Dear Helen,

Thank you so much - I've passed your kind words on to Dave and Priyanka, it made their week. The system already runs a legionella cycle at 60 degrees every Sunday night, so there's nothing you need to set.

Tom"""),
     )


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
    return mailcraft.cases_table("Practice corpus 19: Kilnbrook Heat & Solar - cases",
                                 "make_practice19_corpus.py", rows)


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
                                 if m.role in ("agent", "ack")], "mx1.kilnbrook.example")
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
    """Regenerate the corpus into ``--out`` (default tests/practice19)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice19")
    args = parser.parse_args(argv)
    write(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
