#!/usr/bin/env python3
"""Regenerate ``tests/practice4/``: the labelled corpus of Lumora Learning support.

A support mailbox of a fictional online language school and professional-course provider
(enrolment and course access, subscriptions, live classes, certificates and exams, refunds
and cooling-off, corporate invoices and purchase orders, app login, payment plans, tutor
changes), written without looking at the detection heuristics or at the other corpora, with
many customer questions - answered in varied ways and left unanswered in realistic ways.
Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults, support domain
``lumora.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, unanswered questions, the number of
questions that were answered). The script recomputes status and every rule count from those
facts and the dates, and refuses to write when they disagree with the hand-written case
labels, or when a labelled question is not verbatim in the customer's own text of the case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice4_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
RESPONSE_TARGET = timedelta(hours=24)
FOLLOW_UP_WINDOW = timedelta(days=2)
CLOSE_AFTER = timedelta(days=7)
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "lumora.example"
SUPPORT = "Lumora Learning Support <support@lumora.example>"
RULES = mailcraft.RULES
CET = timezone(timedelta(hours=1))

AGENTS = {
    "grace": ("Grace Whitfield <grace@lumora.example>", "gmail", """-- 
Grace Whitfield
Learner Support | Lumora Learning
Help centre: https://help.lumora.example/?lang=en&src=sig"""),
    "anja": ("Anja Vogel <anja@lumora.example>", "thunderbird_de", """-- 
Anja Vogel
Lernendenbetreuung DACH | Lumora Learning
https://lumora.example/de/hilfe?ref=signatur"""),
    "camille": ("Camille Roux <camille@lumora.example>", "apple_fr", """-- 
Camille Roux
Service apprenants France | Lumora Learning
https://lumora.example/fr/aide?utm_source=email"""),
    "javier": ("Javier Ortega <javier@lumora.example>", "gmail_es", """-- 
Javier Ortega
Atención al alumno | Lumora Learning
+34 91 555 0188"""),
    "rachel": ("Rachel Adeyemi <rachel@lumora.example>", "outlook", """-- 
Rachel Adeyemi
Billing & Corporate Accounts | Lumora Learning
This e-mail and any attachment are confidential and intended only for the addressee."""),
    "tomasz": ("Tomasz Nowak <tomasz@lumora.example>", "thunderbird", """-- 
Tomasz Nowak
Technical Support | Lumora Learning
Status page: https://status.lumora.example/?view=app"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Lumora Learning. This is an automatic confirmation:
your request has been logged as ticket {ref}. Our learner support team
works Monday to Friday, 8:00-18:00 UK time, and we will reply within 24 hours.

Please do not reply to this message.

Lumora Learning Support
https://help.lumora.example/tickets?id={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Lumora Learning. Dies ist eine automatische
Eingangsbestätigung: Ihre Anfrage hat die Nummer {ref}. Wir antworten
werktags innerhalb von 24 Stunden.

Bitte antworten Sie nicht auf diese E-Mail.

Lumora Learning Support""",
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
    "helpdesk": ["X-Mailer: Lumora Desk 3.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="lu.", outlook_server="VI1PR0")

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack | auto (customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime | None, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)
    answered: int = 0  # customer questions in this message that support answers
    note: str = ""


@dataclass
class Case:
    name: str
    lang: str
    status: str
    rules: dict[str, int]
    story: str
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        return [q for m in sorted(self.msgs, key=lambda m: (m.date, m.key)) for q in m.uq]

    @property
    def customer(self) -> str:
        return next(mailcraft.addr_of(m.frm)[1] for m in self.msgs if m.role == "customer")

    @property
    def client(self) -> str:
        return next(m.client for m in self.msgs if m.role == "customer")


CASES: list[Case] = []
BY_KEY: dict[str, Msg] = {}


def case(name: str, lang: str, status: str, rules: dict[str, int], story: str) -> Case:
    """Start a labelled case; the following messages belong to it."""
    c = Case(name, lang, status, rules, story)
    CASES.append(c)
    return c


def at(day: int, hm: str, tz=UTC) -> datetime:
    """A date in November 2026."""
    hh, mm = hm.split(":")
    return datetime(2026, 11, day, int(hh), int(mm), tzinfo=tz)


def eod(day: int, tz=UTC) -> datetime:
    """The end of a November 2026 day: the deadline of a promise "by that day"."""
    return datetime(2026, 11, day, 23, 59, tzinfo=tz)


def reply_subject(client: str, subject: str) -> str:
    """The subject of a reply as ``client`` writes it."""
    base = subject
    for prefix in ("Re: ", "RE: ", "AW: ", "Aw: "):
        while base.startswith(prefix):
            base = base[len(prefix):]
    if client in ("outlook", "owa", "android"):
        return "RE: " + base
    if client == "outlook_de":
        return "AW: " + base
    return "Re: " + base


def _add(c: Case, m: Msg) -> Msg:
    if m.key in BY_KEY:
        raise ValueError(f"duplicate key {m.key}")
    BY_KEY[m.key] = m
    c.msgs.append(m)
    return m


def cust(c: Case, key: str, who: str, client: str, date: datetime, body: str, *,
         parent: str | None = None, subject: str | None = None, **kw) -> Msg:
    """A customer message (a reply when ``parent`` is given)."""
    if subject is None:
        subject = reply_subject(client, BY_KEY[parent].subject)
    return _add(c, Msg(key=key, case=c.name, role=kw.pop("role", "customer"), client=client,
                       frm=who, to=SUPPORT, subject=subject, date=date, body=body,
                       parent=parent, **kw))


def agent(c: Case, key: str, who: str, date: datetime, body: str, *, parent: str,
          quote: bool = True, **kw) -> Msg:
    """A support reply by agent ``who``: the body, the agent's signature (where the body puts
    ``{sig}``, else at the end) and the quoted parent below, unless ``quote`` is False (an
    inline reply that quotes by hand)."""
    frm, client, sig = AGENTS[who]
    p = BY_KEY[parent]
    text = body.replace("{sig}", sig) if "{sig}" in body else body.rstrip("\n") + "\n\n" + sig
    if quote and "{quote}" not in text:
        text += "\n\n{quote}"
    return _add(c, Msg(key=key, case=c.name, role="agent", agent=who, client=kw.pop("client", client),
                       frm=frm, to=p.frm, subject=kw.pop("subject", reply_subject(client, p.subject)),
                       date=date, body=text, parent=parent, **kw))


def ack(c: Case, key: str, date: datetime, parent: str, ref: str, lang: str = "en") -> Msg:
    """The helpdesk robot's automatic acknowledgement of ``parent``."""
    p = BY_KEY[parent]
    return _add(c, Msg(key=key, case=c.name, role="ack", client="helpdesk", kind="alt",
                       frm=SUPPORT, to=p.frm, subject=f"[Ticket {ref}] " + reply_subject("gmail", p.subject),
                       date=date, body=ACK[lang].format(ref=ref), parent=parent))


# --------------------------------------------------------------------------------------
# Facts -> labels
# --------------------------------------------------------------------------------------


def facts(c: Case) -> tuple[str, dict[str, int]]:
    """The status and rule counts that the messages' facts and dates imply."""
    msgs = sorted(c.msgs, key=lambda m: (m.date, m.key))
    real = [m for m in msgs if m.role == "customer" and not m.thanks_only]
    replies = [m for m in msgs if m.role == "agent"]
    last_real = real[-1].date if real else None
    last_reply = replies[-1].date if replies else None
    rules: dict[str, int] = {}
    if last_real and (last_reply is None or last_real > last_reply):
        status = "open"
        if AS_OF - last_real > RESPONSE_TARGET:
            rules["awaiting-reply"] = 1
    elif any(m.closes for m in replies if last_real is None or m.date > last_real):
        status = "closed"
    else:
        status = "closed" if AS_OF - last_reply >= CLOSE_AFTER else "pending"
    first = next(m for m in msgs if m.role == "customer")
    first_reply = next((m.date for m in replies if m.date > first.date), None)
    if first_reply and first_reply - first.date > RESPONSE_TARGET:
        rules["slow-first-response"] = 1
    closes = [m.date for m in replies if m.closes]
    if closes and any(m.date > closes[0] for m in real):
        rules["reopened"] = 1
    if len({m.agent for m in replies}) > HANDOFF_LIMIT:
        rules["many-handoffs"] = 1
    missed = 0
    for m in replies:
        for deadline, kept_by in m.promises:
            deadline = deadline or m.date + FOLLOW_UP_WINDOW
            if deadline >= AS_OF:
                continue
            keeper = BY_KEY[kept_by] if kept_by else None
            if keeper is not None and keeper.role != "agent":
                raise SystemExit(f"{c.name}: promise kept by non-support message {kept_by}")
            if keeper is None or keeper.date > deadline:
                missed += 1
    if missed:
        rules["missed-follow-up"] = missed
    chased = sum(1 for m in msgs if m.chase)
    if chased:
        rules["customer-chased"] = chased
    if c.uq:
        rules["unanswered-question"] = len(c.uq)
    return status, {r: rules[r] for r in RULES if r in rules}


def check(c: Case) -> None:
    """Refuse a case whose labels disagree with its facts or whose labelled questions are not
    in a customer's own text followed by a support reply."""
    status, rules = facts(c)
    if status != c.status:
        raise SystemExit(f"{c.name}: status {c.status}, facts say {status}")
    labelled = {r: n for r, n in c.rules.items() if n}
    if labelled != rules:
        raise SystemExit(f"{c.name}: rules {labelled}, facts say {rules}")
    for m in c.msgs:
        for q in m.uq:
            own = m.body.replace("{quote}", "")
            if m.role != "customer" or q not in own:
                raise SystemExit(f"{c.name}: question {q!r} is in no customer message's own text")
            if not any(r.role == "agent" and r.date > m.date for r in c.msgs):
                raise SystemExit(f"{c.name}: question {q!r} has no support reply after it")


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

c = case("l01-evening-spanish-b1", "en", "closed", {},
         "Two questions answered in one paragraph in reverse order; the customer thanks.")
cust(c, "l01a", "Hannah Price <hannah.price@example.com>", "gmail", at(3, "08:12"), """Hi there,

I've just finished A2 Spanish with you and would like to carry on. Can I still join the B1
evening course that starts on Monday 9 November? And is the textbook included in the course
fee, or do I need to buy it separately?

Thanks,
Hannah""", subject="Joining B1 Spanish evening course", answered=2)
agent(c, "l01b", "grace", at(3, "10:40"), """Hi Hannah,

The textbook comes as an e-book with the course, so there's nothing extra to buy, and yes -
there are still three places left on the Monday B1 group. I've enrolled you; you'll find the
class in your timetable from this afternoon.

Best wishes,
Grace""", parent="l01a")
cust(c, "l01c", "Hannah Price <hannah.price@example.com>", "gmail", at(3, "11:02"), """Brilliant, thank you so much Grace!

Hannah

{quote}""", parent="l01b", thanks_only=True)

c = case("l02-renewal-billing-address", "en", "pending", {"unanswered-question": 1},
         "Renewal question answered; the billing-address change asked in passing is ignored.")
cust(c, "l02a", "Callum Reid <callum.reid@example.org>", "thunderbird", at(16, "09:05"), """Hello,

Will my annual subscription renew automatically on 1 December? I'd like to keep it, I just
want to know whether I have to do anything.

Also, please update our billing address to 14 Harbour Lane, Leith, EH6 6QR - we moved in
October.

Kind regards,
Callum Reid""", subject="Annual subscription renewal", answered=1,
     uq=["please update our billing address to 14 Harbour Lane, Leith, EH6 6QR"])
agent(c, "l02b", "grace", at(16, "11:30"), """Hi Callum,

Nothing to do on your side: the plan renews by itself on 1 December and the card ending 4417
will be charged £189. You'll get a receipt by email the same day.

Best wishes,
Grace""", parent="l02a")

c = case("l03-po-number-cost-centres", "en", "pending", {"unanswered-question": 2},
         "Corporate invoice: the PO reissue is answered with an attachment and payment terms in a "
         "number; the split between cost centres and the remittance contact are skipped.")
cust(c, "l03a", "Priya Shah <p.shah@brightwell.example>", "outlook", at(17, "08:47"), """Dear Lumora team,

We have received invoice LUM-2026-1184 for the Business English B2 programme (12 seats).
Our accounts payable team cannot process it without a purchase order number.

1. Could you reissue invoice LUM-2026-1184 with our PO number 4500-88217 on it?
2. Can you split the cost between our two cost centres, Sales (CC-210) and Customer Success (CC-340), 6 seats each?
3. What are your payment terms for corporate accounts?
4. Who should our accounts payable team contact if a remittance advice needs to be sent?

Many thanks,
Priya Shah
People Development Lead | Brightwell Logistics Ltd""", subject="Invoice LUM-2026-1184 - PO number needed",
     answered=2, uq=["Can you split the cost between our two cost centres, Sales (CC-210) and Customer Success (CC-340), 6 seats each?",
                     "Who should our accounts payable team contact if a remittance advice needs to be sent?"])
agent(c, "l03b", "rachel", at(17, "14:20"), """Dear Priya,

Please find the reissued invoice attached - it now carries PO 4500-88217. Corporate
accounts are on 30 days net from the invoice date.

Kind regards,
Rachel""", parent="l03a", attach=[("application/pdf", "LUM-2026-1184-rev1.pdf",
                                   mailcraft.pdf(["Lumora Learning - Invoice LUM-2026-1184 rev 1",
                                                  "PO 4500-88217", "12 seats Business English B2",
                                                  "Total GBP 5,880.00 - 30 days net"]))])

c = case("l04-app-login-inline", "en", "pending", {},
         "App login problem; the agent answers both questions inline under the quoted text; thanks.")
cust(c, "l04a", "Oliver Grant <oliver.grant@example.net>", "apple", at(18, "07:55"), """Hi,

The Lumora app on my iPhone keeps saying "session expired" every time I open it, even
right after I log in. Is there an outage at the moment? Do I need to reinstall the app?

Oliver

Sent from my iPhone""", subject="App keeps saying session expired", answered=2)
agent(c, "l04b", "tomasz", at(18, "09:10"), """Hi Oliver,

> Is there an outage at the moment?

No, all systems are green this morning. The message comes from an old login token that
iOS kept after the 4.2 update.

> Do I need to reinstall the app?

Not quite - please go to Settings > Lumora > Reset login data, then sign in once more.
That clears the old token without losing your downloaded lessons.

Tomasz
{sig}""", parent="l04a", quote=False)
cust(c, "l04c", "Oliver Grant <oliver.grant@example.net>", "apple", at(18, "09:41"), """That worked, thanks Tomasz!

{quote}""", parent="l04b", thanks_only=True)

c = case("l05-reschedule-template", "en", "pending", {"unanswered-question": 1},
         "Templated reply explains how to reschedule but not the late-change fee that was asked.")
cust(c, "l05a", "Sofia Marin <sofia.marin@example.com>", "gmail", at(16, "18:02"), """Hello,

Can I move my Thursday 6pm conversation class to Friday at the same time? Something came up
at work. Is there a fee for rescheduling with less than 24 hours' notice? The class is
tomorrow, so I'm a bit late.

Thanks
Sofia""", subject="Moving my Thursday class", answered=1,
     uq=["Is there a fee for rescheduling with less than 24 hours' notice?"])
agent(c, "l05b", "grace", at(17, "08:30"), """Dear learner,

Thank you for your message. To reschedule a live class, open the Lumora app or website, go
to My Classes, choose the class and tap "Reschedule". You will see all free slots with your
tutor and can pick a new time in one step.

We hope this helps and wish you a great lesson!

Lumora Learner Support""", parent="l05a")

c = case("l06-certificate-resend-chase", "en", "closed",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "Certificate resent only after the customer chased; the middle-name request is ignored.")
cust(c, "l06a", "Daniel Okoro <daniel.okoro@example.org>", "gmail", at(9, "10:15"), """Hi,

Could you send me my B2 English certificate again? I deleted the email by mistake and I
need it for a job application this week. Also, can the certificate show my full middle name
(Chukwuemeka) rather than just the initial?

Thanks,
Daniel Okoro""", subject="Certificate copy", answered=1,
     uq=["can the certificate show my full middle name\n(Chukwuemeka) rather than just the initial?"])
cust(c, "l06b", "Daniel Okoro <daniel.okoro@example.org>", "gmail", at(11, "16:40"), """Hello again - I haven't heard back about my certificate and the deadline for the
application is Friday. Could someone please look at this?

Daniel

{quote}""", parent="l06a", chase=True, answered=1)
agent(c, "l06c", "grace", at(12, "09:05"), """Hi Daniel,

So sorry for the wait. Your B2 certificate is attached as a PDF - good luck with the
application!

Grace""", parent="l06b", attach=[("application/pdf", "Lumora-B2-certificate-Okoro.pdf",
                                  mailcraft.pdf(["Lumora Learning", "Certificate of achievement",
                                                 "Daniel C. Okoro - English B2", "Issued 2 October 2026"]))])

c = case("l07-mock-exam-results", "en", "closed", {"missed-follow-up": 1},
         "Result date question deferred with a promise by Wednesday that nobody keeps.")
cust(c, "l07a", "Emma Lindqvist <emma.lindqvist@example.com>", "thunderbird", at(9, "12:20"), """Hello Lumora,

I sat the IELTS-prep mock exam on 31 October. When will the results be published? My
university application closes soon and I want to know whether to book the real test.

Best,
Emma""", subject="Mock exam results", answered=1)
agent(c, "l07b", "grace", at(9, "14:05"), """Hi Emma,

Good question - the marking for the 31 October sitting was split between two examiners.
I'll check with them and get back to you by Wednesday with a date.

Best wishes,
Grace""", parent="l07a", promises=[(eod(11), None)])

c = case("l08-cooling-off-refund-late", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Refund within the cooling-off period confirmed a day after the promised day, after a chase.")
cust(c, "l08a", "Lewis Hart <lewis.hart@example.net>", "outlook", at(10, "09:30"), """Hello,

I signed up for the Project Management Essentials course on 6 November and would like to
cancel within the 14-day cooling-off period. I haven't started any lessons. Can I get a full
refund?

Regards,
Lewis Hart""", subject="Cancellation within cooling-off period", answered=1)
agent(c, "l08b", "rachel", at(10, "11:00"), """Dear Lewis,

You are well within the cooling-off period. I'll confirm the refund amount and the date it
reaches your card tomorrow.

Kind regards,
Rachel""", parent="l08a", promises=[(eod(11), "l08d")])
cust(c, "l08c", "Lewis Hart <lewis.hart@example.net>", "outlook", at(12, "10:05"), """Hi Rachel,

Just following up - I still haven't received the confirmation you mentioned.

Lewis

{quote}""", parent="l08b", chase=True, answered=1)
agent(c, "l08d", "rachel", at(12, "13:15"), """Dear Lewis,

Apologies for the delay. A full refund of £349.00 was issued today; it should show on your
card within 5 working days. Your enrolment is cancelled.

Kind regards,
Rachel""", parent="l08c")

c = case("l09-morning-tutor", "en", "pending", {},
         "Tutor change: promise to come back tomorrow, kept on time; thanks-only close.")
cust(c, "l09a", "Aisha Rahman <aisha.rahman@example.com>", "gmail", at(16, "07:40"), """Hi,

I'd like to switch tutors for my German A2 one-to-one lessons. Could I have someone who
teaches before 9am? My current evening slot no longer works with my shifts.

Aisha""", subject="Changing tutor", answered=1)
agent(c, "l09b", "grace", at(16, "10:10"), """Hi Aisha,

Of course. Let me check which German tutors have early slots and I'll come back to you
tomorrow.

Grace""", parent="l09a", promises=[(eod(17), "l09c")])
agent(c, "l09c", "grace", at(17, "11:25"), """Hi Aisha,

Good news: Lena Brück can take you on Tuesdays and Thursdays at 7:30am UK time from next
week. I've moved your remaining 8 lessons to her.

Grace""", parent="l09b")
cust(c, "l09d", "Aisha Rahman <aisha.rahman@example.com>", "gmail", at(17, "12:02"), """Perfect, thank you!

{quote}""", parent="l09c", thanks_only=True)

c = case("l10-instalments-colleague", "en", "pending", {},
         "Payment plan promised by a colleague and delivered by her; a follow-up question gets a bare 'Yes.'")
cust(c, "l10a", "Marcus Bell <marcus.bell@example.org>", "thunderbird", at(13, "15:10"), """Hi,

Is it possible to pay the £1,200 Business English Intensive in instalments? Paying it all
at once before Christmas is difficult.

Marcus""", subject="Paying in instalments", answered=1)
agent(c, "l10b", "grace", at(13, "16:00"), """Hi Marcus,

I've passed this to my colleague Rachel in billing - she'll be in touch about the
instalment options.

Grace""", parent="l10a", promises=[(None, "l10c")])
agent(c, "l10c", "rachel", at(14, "10:20"), """Dear Marcus,

We can split the fee into three monthly instalments of £400, interest free; I've switched
your account to the instalment plan.

Kind regards,
Rachel""", parent="l10b")
cust(c, "l10d", "Marcus Bell <marcus.bell@example.org>", "thunderbird", at(14, "11:00"), """That's great. Can the first instalment be taken on 1 December?

Marcus

{quote}""", parent="l10c", answered=1)
agent(c, "l10e", "rachel", at(14, "12:30"), """Yes.

Rachel""", parent="l10d")

c = case("l11-offline-videos-after-fix", "en", "pending", {"unanswered-question": 1},
         "Module access fixed; a new question in the thanks mail gets a friendly sign-off only.")
cust(c, "l11a", "Freya Collins <freya.collins@example.com>", "gmail", at(16, "13:00"), """Hello,

I can't see Module 4 of the Project Management course - it just says "locked" although I
finished Module 3 last week. Could you unlock it?

Freya""", subject="Module 4 locked", answered=1)
agent(c, "l11b", "tomasz", at(16, "14:30"), """Hi Freya,

Fixed - the completion of the Module 3 quiz hadn't synced. Module 4 is open now.

Tomasz""", parent="l11a")
cust(c, "l11c", "Freya Collins <freya.collins@example.com>", "gmail", at(16, "15:10"), """Thanks, it's there now! One more thing: is there a way to download the videos for
offline viewing on the train? The signal on my commute is terrible.

Freya

{quote}""", parent="l11b", uq=["is there a way to download the videos for\noffline viewing on the train?"])
agent(c, "l11d", "tomasz", at(16, "16:45"), """Hi Freya,

Glad it's working now! Let us know if anything else comes up, and enjoy Module 4.

Tomasz""", parent="l11c")

c = case("l12-quote-vat-awaiting", "en", "open", {"awaiting-reply": 1},
         "Quote sent; the customer's follow-up questions about VAT and named seats wait unanswered.")
cust(c, "l12a", "Ruth Adams <ruth.adams@northpeak.example>", "owa", at(16, "10:00"), """Hello,

Please send us a quote for 12 seats on the Business English B2 course starting in January.

Ruth Adams
Learning & Development, Northpeak Engineering""", subject="Quote for 12 seats", answered=1)
agent(c, "l12b", "rachel", at(16, "15:30"), """Dear Ruth,

Our quote Q-2026-311 for 12 seats is attached.

Kind regards,
Rachel""", parent="l12a", attach=[("application/pdf", "Q-2026-311.pdf",
                                   mailcraft.pdf(["Quote Q-2026-311", "12 seats Business English B2",
                                                  "GBP 5,880.00"]))])
cust(c, "l12c", "Ruth Adams <ruth.adams@northpeak.example>", "owa", at(18, "09:20"), """Thanks Rachel. Could you confirm whether the quote includes VAT, and whether the seats
can be assigned to named employees later rather than now?

Ruth

{quote}""", parent="l12b")

c = case("l13-c1-intake-pleasantries", "en", "closed", {},
         "Pleasantry, rhetorical question, a self-answered question and a '?' URL in the "
         "signature; the one real question is answered with a date.")
cust(c, "l13a", "Nadia Petrova <nadia.petrova@example.com>", "gmail", at(4, "19:30"), """Hi Grace,

Hope you had a lovely weekend? I just wanted to say how much I enjoyed the B2 course - who
knew the subjunctive could be fun? Where do I find my final grade, by the way? Oh, never
mind, it's under Progress > Results.

Could you tell me when the next C1 intake starts?

All the best,
Nadia
--
Nadia Petrova | Translator
Need a quote? https://nadiatranslates.example/quote?lang=en""", subject="Next C1 intake", answered=1)
agent(c, "l13b", "grace", at(5, "09:15"), """Hi Nadia,

Thank you, that's lovely to hear! The next C1 group starts on 11 January; enrolment opens
on 1 December.

Best wishes,
Grace""", parent="l13a")

c = case("l14-password-reopened", "en", "pending", {"reopened": 1},
         "Login issue marked resolved; the customer comes back eleven days later with a new failure.")
cust(c, "l14a", "George Whitaker <george.whitaker@example.net>", "thunderbird", at(4, "08:00"), """Hello,

I can't log in on the website - it says my account is locked. Can you unlock it?

George""", subject="Account locked", answered=1)
agent(c, "l14b", "tomasz", at(4, "10:30"), """Hi George,

Your account was locked after five failed attempts; I've unlocked it. I'll mark this ticket
as resolved - just reply if anything else goes wrong.

Tomasz""", parent="l14a", closes=True)
cust(c, "l14c", "George Whitaker <george.whitaker@example.net>", "thunderbird", at(16, "18:20"), """Hi Tomasz,

It's happened again: the app logged me out and now says my password is wrong, although I
haven't changed it. Can you reset it please?

George

{quote}""", parent="l14b", answered=1)
agent(c, "l14d", "tomasz", at(17, "08:50"), """Hi George,

I've sent a reset link to your address; it's valid for one hour. The lock came from an
old password saved in your browser - please remove it there after the reset.

Tomasz""", parent="l14c")

c = case("l15-sso-three-agents", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
         "Corporate SSO onboarding passes through three agents; the admin guide PDF request is never addressed.")
cust(c, "l15a", "Ines Varga <ines.varga@kestrel.example>", "outlook", at(16, "09:00"), """Hello,

We're rolling out Lumora to 40 staff next month. Can our employees sign in with our
Microsoft Entra single sign-on instead of separate passwords? Also, can you send me the
admin guide as a PDF so I can share it with IT?

Ines Varga
IT Service Manager, Kestrel Insurance""", subject="Single sign-on for our staff", answered=1,
     uq=["can you send me the\nadmin guide as a PDF so I can share it with IT?"])
agent(c, "l15b", "grace", at(16, "10:00"), """Hi Ines,

Thanks for choosing Lumora! SSO is a technical set-up, so I've handed this to Tomasz in
our technical team.

Best wishes,
Grace""", parent="l15a")
agent(c, "l15c", "tomasz", at(16, "14:00"), """Hi Ines,

Yes, we support Entra ID via SAML 2.0. Our metadata URL is
https://sso.lumora.example/saml/metadata - your IT team can add us as an enterprise app.

Tomasz""", parent="l15b")
cust(c, "l15d", "Ines Varga <ines.varga@kestrel.example>", "outlook", at(17, "09:30"), """Thanks Tomasz. Is SSO included in our corporate plan, or is it an extra charge?

Ines

{quote}""", parent="l15c", answered=1)
agent(c, "l15e", "rachel", at(17, "12:00"), """Dear Ines,

SSO is included at no extra cost in corporate plans from 25 seats, so your 40-seat plan
covers it.

Kind regards,
Rachel""", parent="l15d")

c = case("l16-pause-html", "en", "closed", {},
         "HTML-only mail from a customer; the pause is granted with a plain yes and dates.")
cust(c, "l16a", "Chloe Bennett <chloe.bennett@example.com>", "apple", at(2, "20:00"), """Hi,

Can I pause my subscription for the month of December while I travel? I won't have
reliable internet.

Chloe""", subject="Pausing my subscription", kind="html", answered=1)
agent(c, "l16b", "grace", at(3, "09:00"), """Hi Chloe,

Yes - I've paused it from 1 to 31 December. You won't be charged for that month and your
progress is kept.

Grace""", parent="l16a")

c = case("l17-company-name-chase", "en", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Promise without deadline to look into a wrong company name; never kept; the chase waits too.")
cust(c, "l17a", "Tariq Hussain <t.hussain@fernmoor.example>", "outlook", at(12, "09:10"), """Hello,

The invoice for our team's French course shows "Fernmore Ltd" instead of "Fernmoor
Holdings Ltd". Could you correct it? Our auditors will query it.

Tariq Hussain
Finance, Fernmoor Holdings""", subject="Wrong company name on invoice", answered=1)
agent(c, "l17b", "rachel", at(12, "10:40"), """Dear Tariq,

Thanks for spotting that. I'll look into why the company name was changed and let you know.

Kind regards,
Rachel""", parent="l17a", promises=[(None, None)])
cust(c, "l17c", "Tariq Hussain <t.hussain@fernmoor.example>", "outlook", at(17, "14:00"), """Hi Rachel,

Any update on this? Our finance team is still waiting for the corrected invoice.

Tariq

{quote}""", parent="l17b", chase=True)

c = case("l18-corrected-certificate-ahead", "en", "pending", {},
         "Promise with a deadline still ahead at audit time (Monday 23 November).")
cust(c, "l18a", "Ben Morley <ben.morley@example.org>", "gmail", at(19, "08:30"), """Hi,

My certificate for the Spanish A2 course gives the wrong completion date (2025 instead of
2026). Could you issue a corrected one?

Ben""", subject="Wrong date on certificate", answered=1)
agent(c, "l18b", "grace", at(19, "11:15"), """Hi Ben,

Sorry about that. The certificate team re-issues on Mondays, so I'll send you the corrected
certificate by Monday 23 November.

Best wishes,
Grace""", parent="l18a", promises=[(eod(23), None)])

c = case("l19-results-logistics", "en", "pending", {},
         "Process information and a conditional offer, neither a promise; the customer does not reply.")
cust(c, "l19a", "Laura Kent <laura.kent@example.net>", "iphone", at(17, "07:15"), """Hi, when do the results of the November business writing exam come out? And can I book
the resit already?

Laura

Sent from my iPhone""", subject="Exam results and resit", answered=2)
agent(c, "l19b", "grace", at(17, "09:40"), """Hi Laura,

The exam board releases results on 27 November and you'll get an email automatically
when yours is ready. Resits can be booked now: if you'd like, reply with your preferred
date in December and I'll book it for you.

Best wishes,
Grace""", parent="l19a")

c = case("l20-ack-slow-first-response", "en", "pending",
         {"unanswered-question": 1, "slow-first-response": 1},
         "Helpdesk acknowledgement, first human reply after three days; the second question is skipped.")
cust(c, "l20a", "Mei Chen <mei.chen@example.com>", "gmail", at(12, "09:00"), """Hello,

I enrolled in Italian for Beginners yesterday but the course isn't showing in my dashboard.
Could you check my enrolment? I was also wondering whether I can add my partner to the same
booking at the couples' rate.

Thank you,
Mei Chen""", subject="Course not in dashboard", answered=1,
     uq=["I was also wondering whether I can add my partner to the same\nbooking at the couples' rate."])
ack(c, "l20b", at(12, "09:01"), "l20a", "LU-48213")
agent(c, "l20c", "grace", at(16, "10:00"), """Hi Mei,

Sorry for the slow reply. Your payment was held by your bank's security check; it has now
gone through and Italian for Beginners is in your dashboard.

Best wishes,
Grace""", parent="l20a")

c = case("l21-customer-out-of-office", "en", "pending", {},
         "Answered question; the customer's out-of-office reply is automatic mail, not a new message.")
cust(c, "l21a", "Harriet Moss <harriet.moss@example.org>", "outlook", at(18, "16:00"), """Hello,

How many live classes per week are included in the Premium plan?

Harriet""", subject="Premium plan live classes", answered=1)
agent(c, "l21b", "grace", at(19, "09:00"), """Hi Harriet,

Premium includes up to three live group classes a week plus one one-to-one session a
month.

Best wishes,
Grace""", parent="l21a")
cust(c, "l21c", "Harriet Moss <harriet.moss@example.org>", "outlook", at(19, "09:01"), """I am out of the office until Monday 23 November with limited access to email.
For urgent matters please contact office@example.org.

Harriet Moss""", parent="l21b", role="auto", subject="Automatic reply: RE: Premium plan live classes")

c = case("l22-wrong-question-answered", "en", "pending", {"unanswered-question": 2},
         "The agent answers a question about retaking the placement test that was not asked.")
cust(c, "l22a", "Ryan Doyle <ryan.doyle@example.com>", "gmail", at(17, "12:00"), """Hi,

I got 62 on the placement test. Which level should I book if I scored 62? The website
mentions B1 and B1+ and I can't tell which one fits. And can my employer pay the course
directly instead of me paying and claiming it back?

Cheers,
Ryan""", subject="Placement test score", uq=["Which level should I book if I scored 62?",
                                                "can my employer pay the course\ndirectly instead of me paying and claiming it back?"])
agent(c, "l22b", "grace", at(17, "15:00"), """Hi Ryan,

Thanks for taking the placement test! You can retake it once for free within 30 days if you
feel the result doesn't reflect your level - just use the link in your dashboard.

Best wishes,
Grace""", parent="l22a")

c = case("l23-resend-invoice-copy", "en", "closed",
         {"customer-chased": 1, "slow-first-response": 1},
         "The customer resends the same request as a new mail three days later; answered then.")
cust(c, "l23a", "Patrick Nolan <patrick.nolan@example.net>", "thunderbird", at(10, "08:30"), """Hello,

Please send me a copy of my invoice for the October one-to-one lessons; I need it for my
expenses claim.

Patrick Nolan""", subject="Invoice copy for October", answered=1)
cust(c, "l23b", "Patrick Nolan <patrick.nolan@example.net>", "thunderbird", at(13, "09:00"), """Resending my email below in case it got lost.

-------- Forwarded Message --------
Please send me a copy of my invoice for the October one-to-one lessons; I need it for my
expenses claim.

Patrick Nolan""", subject="Invoice copy for October", chase=True, parent="l23a", thread=False)
agent(c, "l23c", "rachel", at(13, "11:00"), """Dear Patrick,

Apologies for missing your first mail - the October invoice is attached.

Kind regards,
Rachel""", parent="l23b", attach=[("application/pdf", "LUM-2026-1021.pdf",
                                   mailcraft.pdf(["Invoice LUM-2026-1021", "October one-to-one lessons",
                                                  "GBP 240.00"]))])

c = case("l24-partial-refund", "en", "closed", {"unanswered-question": 1},
         "Partial answer: the amount is given, where the money goes is not.")
cust(c, "l24a", "Zoe Fletcher <zoe.fletcher@example.com>", "gmail", at(5, "11:00"), """Hi,

I need to stop my one-to-one lessons because of a new job. How much will I get back if I
cancel the remaining 6 lessons? Will the refund go to my card or to my Lumora credit
balance?

Zoe""", subject="Cancelling remaining lessons", answered=1,
     uq=["Will the refund go to my card or to my Lumora credit\nbalance?"])
agent(c, "l24b", "rachel", at(5, "15:00"), """Dear Zoe,

Congratulations on the new job! The remaining 6 lessons come to £180, which will be
refunded in full. I've cancelled the bookings.

Kind regards,
Rachel""", parent="l24a")

c = case("l25-three-in-one-paragraph", "en", "closed", {},
         "Three questions answered out of order in one paragraph.")
cust(c, "l25a", "Samuel Ortiz <samuel.ortiz@example.org>", "gmail", at(6, "09:00"), """Hello Lumora,

A few questions before I sign up for Business German:
- How long is each live class?
- Are the classes recorded if I miss one?
- Do you offer a discount for NHS staff?

Thanks!
Sam""", subject="Questions before signing up", answered=3)
agent(c, "l25b", "grace", at(6, "10:30"), """Hi Sam,

NHS staff get 15% off with the code NHS15; every class is recorded and stays in your
library for 30 days; and the live sessions run for 60 minutes, with an optional 15-minute
Q&A afterwards.

Best wishes,
Grace""", parent="l25a")

c = case("l26-remove-email-done", "en", "pending", {},
         "A request answered with a bare 'Done.'; the customer thanks.")
cust(c, "l26a", "Jack Turner <jack.turner@example.com>", "gmail", at(18, "13:00"), """Hi,

Please remove my old work address jack.turner@oldcompany.example from my account - I
don't have access to it any more.

Jack""", subject="Remove old email address", answered=1)
agent(c, "l26b", "tomasz", at(18, "13:40"), """Done.

Tomasz""", parent="l26a")
cust(c, "l26c", "Jack Turner <jack.turner@example.com>", "gmail", at(18, "14:00"), """Cheers!

{quote}""", parent="l26b", thanks_only=True)

c = case("l27-attendance-reports", "en", "pending", {"unanswered-question": 1},
         "Corporate mail (multipart/alternative): training dates answered, monthly attendance "
         "reports requested in passing are not.")
cust(c, "l27a", "Helen Ward <helen.ward@corbridge.example>", "outlook", at(17, "08:00"), """Hi Rachel,

Our second cohort of 15 starts the Presentation Skills course soon. Can you confirm the
start date for the cohort? We'd also need the attendance reports sent to our HR inbox
(hr@corbridge.example) every month.

Best regards,
Helen Ward
HR Business Partner, Corbridge Retail""", subject="Second cohort - Presentation Skills", kind="alt",
     answered=1, uq=["We'd also need the attendance reports sent to our HR inbox\n(hr@corbridge.example) every month."])
agent(c, "l27b", "rachel", at(17, "10:30"), """Dear Helen,

The second cohort starts on Monday 30 November at 9:30; the joining links go to each
participant a week before.

Kind regards,
Rachel""", parent="l27a")

c = case("l28-hello-anyone-there", "en", "pending",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "Login chased with 'Is anyone there?'; the fix ignores the question about the recording.")
cust(c, "l28a", "Ella Hughes <ella.hughes@example.net>", "gmail", at(16, "09:00"), """Hi,

I can't log in on the web - after entering my password the page just reloads. Could you
check my account? Also, could you tell me whether the recording of last Tuesday's
pronunciation workshop is available?

Ella""", subject="Can't log in on the website", answered=1,
     uq=["could you tell me whether the recording of last Tuesday's\npronunciation workshop is available?"])
cust(c, "l28b", "Ella Hughes <ella.hughes@example.net>", "gmail", at(17, "14:00"), """Hello? Is anyone there? I still can't log in and my class starts tomorrow morning.

{quote}""", parent="l28a", chase=True, answered=1)
agent(c, "l28c", "tomasz", at(17, "15:00"), """Hi Ella,

Sorry for the wait. Your browser was blocking our login cookie; I've reset your session on
our side. Please clear cookies for lumora.example and log in again - it works now.

Tomasz""", parent="l28b")

c = case("l29-device-question-quoted", "en", "pending", {},
         "Support's own question quoted back inline by the customer; the answer follows.")
cust(c, "l29a", "Amelia Ross <amelia.ross@example.com>", "gmail", at(18, "10:00"), """Hi,

Audio in the live classes cuts out every few minutes. Can you help?

Amelia""", subject="Audio cutting out", answered=1)
agent(c, "l29b", "tomasz", at(18, "11:00"), """Hi Amelia,

Which device and browser are you using? Are you on Wi-Fi or mobile data?

Tomasz""", parent="l29a")
cust(c, "l29c", "Amelia Ross <amelia.ross@example.com>", "gmail", at(18, "11:30"), """> Which device and browser are you using?

An iPad Air with Safari.

> Are you on Wi-Fi or mobile data?

Wi-Fi at home.

Amelia""", parent="l29b")
agent(c, "l29d", "tomasz", at(18, "13:00"), """Hi Amelia,

Thanks. Safari on iPad drops the audio when Low Power Mode is on - please switch it off, or
use the Lumora app, which keeps the stream alive.

Tomasz""", parent="l29c")

c = case("l30-surname-printed-copy", "en", "closed", {"unanswered-question": 1},
         "Name corrected with an attachment; the printed-copy question is skipped.")
cust(c, "l30a", "Niamh O'Sullivan <niamh.osullivan@example.ie>", "gmail", at(6, "14:00"), """Hello,

Can you correct the spelling of my surname on the certificate to Ó Súilleabháin? It's
printed as "O Sullivan". Is it possible to get a printed copy posted to Ireland as well?

Go raibh maith agat,
Niamh""", subject="Certificate spelling", answered=1,
     uq=["Is it possible to get a printed copy posted to Ireland as well?"])
agent(c, "l30b", "grace", at(6, "16:30"), """Hi Niamh,

I've corrected your name - the new PDF certificate is attached.

Best wishes,
Grace""", parent="l30a", attach=[("application/pdf", "certificate-OSuilleabhain.pdf",
                                  mailcraft.pdf(["Lumora Learning", "Certificate of achievement",
                                                 "Niamh O Suilleabhain - Irish for Beginners"]))])

c = case("l31-abo-kuendigung-gutschrift", "de", "pending", {"unanswered-question": 1},
         "Kündigung bestätigt und Rechnungen angehängt; die Frage nach einer Gutschrift bleibt offen.")
cust(c, "l31a", "Jonas Keller <jonas.keller@example.de>", "gmail_de", at(16, "08:15", CET), """Guten Tag,

ich möchte mein Abo zum 31. Dezember kündigen. Bekomme ich für den Rest des Monats eine
Gutschrift, wenn ich im Dezember gar nicht mehr lerne? Außerdem: Können Sie mir die
Rechnungen für 2026 gesammelt als PDF schicken?

Viele Grüße
Jonas Keller""", subject="Kündigung meines Abos", answered=2,
     uq=["Bekomme ich für den Rest des Monats eine\nGutschrift, wenn ich im Dezember gar nicht mehr lerne?"])
agent(c, "l31b", "anja", at(16, "11:20", CET), """Hallo Herr Keller,

ich habe Ihr Abo zum 31. Dezember gekündigt; bis dahin können Sie alle Kurse wie gewohnt
nutzen. Ihre Rechnungen für 2026 finden Sie gesammelt im Anhang.

Viele Grüße
Anja Vogel""", parent="l31a", attach=[("application/pdf", "Rechnungen-2026-Keller.pdf",
                                       mailcraft.pdf(["Lumora Learning - Rechnungen 2026", "Jonas Keller",
                                                      "LUM-2026-0112 ... LUM-2026-1093"]))])

c = case("l32-terminverschiebung-freitag", "de", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "'Ich melde mich bis Freitag' nicht gehalten; nach der Erinnerung kommt der neue Termin, "
         "die Frage nach dem Lehrbuch bleibt offen.")
cust(c, "l32a", "Sabine Hoffmann <sabine.hoffmann@example.de>", "outlook_de", at(3, "09:00", CET), """Hallo,

meine Prüfungsvorbereitung Englisch C1 am 12. November fällt auf eine Dienstreise. Können
Sie den Termin auf die Woche danach verschieben? Und brauche ich für den Kurs noch das
gedruckte Lehrbuch, oder reicht die digitale Version?

Mit freundlichen Grüßen
Sabine Hoffmann""", subject="Terminverschiebung Prüfungsvorbereitung", answered=1,
     uq=["Und brauche ich für den Kurs noch das\ngedruckte Lehrbuch, oder reicht die digitale Version?"])
agent(c, "l32b", "anja", at(3, "16:00", CET), """Hallo Frau Hoffmann,

ich kläre das mit der Trainerin und melde mich bis Freitag bei Ihnen.

Viele Grüße
Anja Vogel""", parent="l32a", promises=[(eod(6, CET), "l32d")])
cust(c, "l32c", "Sabine Hoffmann <sabine.hoffmann@example.de>", "outlook_de", at(10, "08:30", CET), """Hallo Frau Vogel,

ich warte immer noch auf eine Antwort wegen der Terminverschiebung - der 12. rückt näher.

Gruß
Sabine Hoffmann

{quote}""", parent="l32b", chase=True, answered=1)
agent(c, "l32d", "anja", at(10, "11:45", CET), """Hallo Frau Hoffmann,

entschuldigen Sie bitte die Verzögerung. Ihre Prüfungsvorbereitung ist jetzt auf Donnerstag,
19. November, 18:00 Uhr verschoben; der Zugangslink bleibt gleich.

Viele Grüße
Anja Vogel""", parent="l32c")

c = case("l33-firmenkurs-inline-ja", "de", "pending", {},
         "Outlook-Antwort mit AW:; die Agentin antwortet inline mit 'Ja.' und einem Datum.")
cust(c, "l33a", "Markus Brandl <m.brandl@alpenwerk.example>", "outlook_de", at(17, "10:00", CET), """Guten Tag Frau Vogel,

wir möchten für fünf Mitarbeitende den Kurs Business Englisch B2 buchen.

Ist eine Rechnung auf Firmennamen möglich?
Wann beginnt der nächste Kurs?

Mit freundlichen Grüßen
Markus Brandl
Alpenwerk GmbH""", subject="Firmenbuchung Business Englisch", answered=2)
agent(c, "l33b", "anja", at(17, "13:00", CET), """Guten Tag Herr Brandl,

> Ist eine Rechnung auf Firmennamen möglich?

Ja.

> Wann beginnt der nächste Kurs?

Am 11. Januar, montags und mittwochs um 17:30 Uhr.

Viele Grüße
Anja Vogel
{sig}""", parent="l33a", quote=False)

c = case("l34-tutorwechsel-pruefungsgebuehr", "de", "pending", {"unanswered-question": 1},
         "Tutorwechsel erledigt; die indirekte Frage nach der telc-Prüfungsgebühr wird übergangen.")
cust(c, "l34a", "Lea Schubert <lea.schubert@example.at>", "thunderbird_de", at(18, "19:00", CET), """Liebe Lumora-Betreuung,

ich würde gern zu einer anderen Tutorin wechseln, da meine jetzige Tutorin nur noch
vormittags unterrichtet. Könnten Sie mir bitte mitteilen, ob die Prüfungsgebühr für telc B2
im Kurspreis enthalten ist?

Danke und liebe Grüße
Lea""", subject="Tutorwechsel", answered=1,
     uq=["Könnten Sie mir bitte mitteilen, ob die Prüfungsgebühr für telc B2\nim Kurspreis enthalten ist?"])
agent(c, "l34b", "anja", at(19, "09:30", CET), """Liebe Lea,

kein Problem: Ab nächster Woche unterrichtet Sie Frau Katrin Lenz, dienstags und
donnerstags um 19 Uhr. Ihre bisherigen Notizen übernimmt sie.

Viele Grüße
Anja""", parent="l34a")

c = case("l35-ticket-geschlossen-reopened", "de", "pending", {"reopened": 1},
         "Die Agentin schließt das Ticket ausdrücklich; die Kundin meldet sich mit einem neuen Problem.")
cust(c, "l35a", "Petra Lang <petra.lang@example.de>", "gmail_de", at(2, "09:00", CET), """Hallo,

in meinem Zertifikat steht das falsche Geburtsdatum (03.07. statt 07.03.). Können Sie das
korrigieren?

Petra Lang""", subject="Falsches Geburtsdatum im Zertifikat", answered=1)
agent(c, "l35b", "anja", at(2, "14:00", CET), """Hallo Frau Lang,

das korrigierte Zertifikat ist im Anhang. Damit ist Ihre Anfrage erledigt - ich schließe
das Ticket hiermit.

Viele Grüße
Anja Vogel""", parent="l35a", closes=True, attach=[("application/pdf", "Zertifikat-Lang.pdf",
                                                    mailcraft.pdf(["Lumora Learning", "Zertifikat Deutsch C1",
                                                                   "Petra Lang, geb. 07.03.1990"]))])
cust(c, "l35c", "Petra Lang <petra.lang@example.de>", "gmail_de", at(16, "20:10", CET), """Hallo Frau Vogel,

leider lässt sich das neue Zertifikat nicht mehr über den Prüfungslink verifizieren - der
Arbeitgeber bekommt die Meldung "Dokument ungültig". Was kann ich tun?

Petra Lang

{quote}""", parent="l35b", answered=1)
agent(c, "l35d", "anja", at(17, "09:15", CET), """Hallo Frau Lang,

der Verifizierungscode wurde beim Korrigieren neu erzeugt. Der neue Link lautet
https://verify.lumora.example/c/7KQ2-M9 - bitte geben Sie diesen Ihrem Arbeitgeber.

Viele Grüße
Anja Vogel""", parent="l35c")

c = case("l36-delf-attestation", "fr", "closed", {"unanswered-question": 1},
         "Question indirecte sur le cours en ligne répondue ; la demande d'attestation est oubliée.")
cust(c, "l36a", "Julie Moreau <julie.moreau@example.fr>", "apple_fr", at(4, "18:00", CET), """Bonjour,

Je voudrais savoir si je peux suivre le cours de préparation au DELF B2 entièrement en
ligne. Pourriez-vous aussi m'envoyer une attestation d'inscription pour mon employeur ?

Merci d'avance,
Julie Moreau""", subject="Préparation DELF B2", answered=1,
     uq=["Pourriez-vous aussi m'envoyer une attestation d'inscription pour mon employeur ?"])
agent(c, "l36b", "camille", at(5, "09:30", CET), """Bonjour Julie,

Oui, tout le parcours DELF B2 se fait à distance : cours en direct sur Zoom, exercices sur
la plateforme et examen blanc en ligne.

Bien à vous,
Camille""", parent="l36a")

c = case("l37-relance-acces", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "« Je me permets de vous relancer » après deux jours sans réponse ; accès rétabli.")
cust(c, "l37a", "Thomas Girard <thomas.girard@example.fr>", "gmail", at(9, "08:00", CET), """Bonjour,

Depuis hier je n'ai plus accès à mon cours de communication professionnelle : la page
affiche « abonnement expiré » alors que j'ai payé jusqu'en mars. Pouvez-vous vérifier ?

Cordialement,
Thomas Girard""", subject="Accès au cours bloqué", answered=1)
cust(c, "l37b", "Thomas Girard <thomas.girard@example.fr>", "gmail", at(11, "08:30", CET), """Bonjour,

Je me permets de vous relancer concernant mon message ci-dessous, toujours pas d'accès.

Thomas

{quote}""", parent="l37a", chase=True, answered=1)
agent(c, "l37c", "camille", at(11, "10:00", CET), """Bonjour Thomas,

Toutes nos excuses. Votre paiement de septembre avait été enregistré sur un ancien compte ;
j'ai fusionné les deux, votre accès est rétabli jusqu'au 31 mars.

Bien cordialement,
Camille""", parent="l37b")

c = case("l38-reviens-jeudi", "fr", "pending", {},
         "« Je reviens vers vous d'ici jeudi » tenu le jeudi ; la cliente remercie.")
cust(c, "l38a", "Claire Dubois <claire.dubois@example.be>", "apple_fr", at(17, "09:00", CET), """Bonjour Camille,

Mon fils voudrait passer du groupe A2 au groupe B1 d'anglais pour ados. Est-ce possible en
cours de trimestre ?

Claire""", subject="Changement de groupe", answered=1)
agent(c, "l38b", "camille", at(17, "11:00", CET), """Bonjour Claire,

Je vérifie avec la professeure s'il reste une place en B1 et je reviens vers vous d'ici
jeudi.

Camille""", parent="l38a", promises=[(eod(19, CET), "l38c")])
agent(c, "l38c", "camille", at(19, "15:00", CET), """Bonjour Claire,

C'est bon : votre fils rejoint le groupe B1 dès lundi, mêmes horaires.

Camille""", parent="l38b")
cust(c, "l38d", "Claire Dubois <claire.dubois@example.be>", "apple_fr", at(19, "16:00", CET), """Merci beaucoup, c'est parfait !

Claire

{quote}""", parent="l38c", thanks_only=True)

c = case("l39-opco-session-certificats", "fr", "pending", {"unanswered-question": 2},
         "Formation entreprise : la facture OPCO est confirmée, le report de session et le délai "
         "des certificats ne sont pas traités.")
cust(c, "l39a", "Antoine Leroy <a.leroy@vallee-conseil.example>", "outlook", at(16, "14:00", CET), """Bonjour,

Nous avons inscrit six collaborateurs à la formation « Anglais des affaires ».
- Pouvez-vous établir la facture au nom de notre OPCO ?
- Est-il possible de décaler la session du 24 novembre au 1er décembre ?
- Quel est le délai pour recevoir les certificats après la formation ?

Cordialement,
Antoine Leroy
Responsable formation, Vallée Conseil""", subject="Formation Anglais des affaires - 6 collaborateurs",
     answered=1, uq=["Est-il possible de décaler la session du 24 novembre au 1er décembre ?",
                     "Quel est le délai pour recevoir les certificats après la formation ?"])
agent(c, "l39b", "camille", at(17, "10:00", CET), """Bonjour Antoine,

Oui, nous facturons directement votre OPCO : envoyez-nous simplement l'accord de prise en
charge et ses coordonnées.

Bien à vous,
Camille""", parent="l39a")

c = case("l40-cloture-merci", "fr", "closed", {},
         "Clôture explicite ; le merci de la cliente ne rouvre pas le dossier.")
cust(c, "l40a", "Sophie Martin <sophie.martin@example.fr>", "gmail", at(17, "12:00", CET), """Bonjour,

Comment puis-je télécharger ma facture du mois d'octobre ? Je ne la trouve pas dans mon
espace.

Sophie""", subject="Facture d'octobre", answered=1)
agent(c, "l40b", "camille", at(17, "14:00", CET), """Bonjour Sophie,

Elle se trouve dans Mon compte > Paiements > Historique ; je vous la joins aussi ici. Je
clôture ce ticket, n'hésitez pas à nous écrire si besoin.

Camille""", parent="l40a", closes=True, attach=[("application/pdf", "facture-octobre.pdf",
                                                 mailcraft.pdf(["Facture LUM-2026-1005", "Octobre 2026",
                                                                "29,00 EUR"]))])
cust(c, "l40c", "Sophie Martin <sophie.martin@example.fr>", "gmail", at(17, "15:00", CET), """Merci beaucoup !

{quote}""", parent="l40b", thanks_only=True)

c = case("l41-clase-certificado-horas", "es", "pending", {"unanswered-question": 1},
         "Cambio de clase resuelto; la pregunta indirecta sobre las horas del certificado no.")
cust(c, "l41a", "Lucía Fernández <lucia.fernandez@example.es>", "gmail_es", at(18, "09:00", CET), """Hola,

¿Puedo cambiar mi clase en vivo del martes al miércoles a la misma hora? Quisiera saber
si el certificado final incluye las horas lectivas, porque mi empresa me lo pide.

Gracias,
Lucía""", subject="Cambio de clase y certificado", answered=1,
     uq=["Quisiera saber\nsi el certificado final incluye las horas lectivas"])
agent(c, "l41b", "javier", at(18, "12:00", CET), """Hola Lucía:

Hecho, desde la semana que viene tu clase es los miércoles a las 19:00.

Un saludo,
Javier""", parent="l41a")

c = case("l42-novedad-lunes", "es", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "'Le escribo el lunes' incumplido; tras '¿Hay alguna novedad?' llega la respuesta, sin "
         "tratar el plan de pagos.")
cust(c, "l42a", "Carlos Ruiz <carlos.ruiz@example.es>", "outlook", at(4, "10:00", CET), """Buenos días:

Me cobraron dos veces la mensualidad de noviembre (2 x 39 €). ¿Me pueden devolver el cargo
duplicado? Y ya que estamos, ¿es posible pasar a pago trimestral?

Saludos,
Carlos Ruiz""", subject="Cobro duplicado noviembre", answered=1,
     uq=["¿es posible pasar a pago trimestral?"])
agent(c, "l42b", "javier", at(5, "09:00", CET), """Buenos días, Carlos:

Lo reviso con el departamento de facturación y le escribo el lunes.

Un saludo,
Javier""", parent="l42a", promises=[(eod(9, CET), "l42d")])
cust(c, "l42c", "Carlos Ruiz <carlos.ruiz@example.es>", "outlook", at(11, "09:30", CET), """Hola Javier:

¿Hay alguna novedad? Sigo esperando la devolución.

Carlos

{quote}""", parent="l42b", chase=True, answered=1)
agent(c, "l42d", "javier", at(11, "12:00", CET), """Hola Carlos:

Disculpe el retraso. Hemos devuelto los 39 € del cargo duplicado; lo verá en su cuenta en
3-5 días hábiles.

Un saludo,
Javier""", parent="l42c")

c = case("l43-desistimiento", "es", "closed", {},
         "Desistimiento en 14 días respondido con otras palabras.")
cust(c, "l43a", "Marta Gómez <marta.gomez@example.es>", "gmail_es", at(5, "17:00", CET), """Hola,

Me apunté ayer al curso de alemán A1 pero he cambiado de idea. ¿Todavía puedo anularlo y
recuperar el dinero?

Marta""", subject="Anular curso de alemán", answered=1)
agent(c, "l43b", "javier", at(6, "09:00", CET), """Hola Marta:

Tienes 14 días de desistimiento desde la compra, así que he anulado la matrícula y te
devolvemos los 149 € íntegros a la tarjeta.

Un saludo,
Javier""", parent="l43a")

c = case("l44-factura-nif", "es", "pending", {"unanswered-question": 1},
         "Pregunta sobre el examen respondida; la petición de la factura con NIF, de pasada, no.")
cust(c, "l44a", "Pablo Navarro <pablo.navarro@example.com>", "gmail_es", at(17, "20:00", CET), """Hola Javier,

¿Cuándo es el próximo examen oficial de inglés B2 que se puede hacer con vosotros? Por
cierto, envíenme la factura de noviembre con mi NIF 12345678Z, la necesito para la
empresa.

Gracias,
Pablo""", subject="Examen B2 y factura", answered=1,
     uq=["envíenme la factura de noviembre con mi NIF 12345678Z, la necesito para la\nempresa."])
agent(c, "l44b", "javier", at(18, "10:00", CET), """Hola Pablo:

La próxima convocatoria es el 12 de diciembre en modalidad online; la inscripción cierra
el 1 de diciembre.

Un saludo,
Javier""", parent="l44a")

c = case("l45-mixed-spanglish", "es", "pending", {},
         "Mensaje mezclando español e inglés; ambas preguntas respondidas.")
cust(c, "l45a", "Diego Alvarez <diego.alvarez@example.net>", "gmail", at(18, "15:00", CET), """Hola! Sorry for mixing languages - mi inglés es mejor escrito.

¿El curso de Business English tiene clases los sábados? And can I use the app on two
devices at the same time, phone and tablet?

Gracias,
Diego""", subject="Clases sábado / two devices", answered=2)
agent(c, "l45b", "javier", at(18, "17:00", CET), """Hola Diego:

Sí, hay un grupo los sábados a las 10:00. And yes - you can be signed in on up to three
devices; your progress syncs between them.

Un saludo,
Javier""", parent="l45a")


c = case("l46-group-booking-android", "en", "pending", {},
         "Five questions from a phone, base64 body; a colleague answers them all in a numbered list.")
cust(c, "l46a", "Kwame Mensah <kwame.mensah@example.com>", "android", at(18, "07:30"), """Hi, a few questions for our staff language club (8 people):
Do you do group discounts? Can we mix levels in one group? Is there a minimum contract
length? Can the classes be at lunchtime, 12:30 UK time? And what's the cancellation
notice for a single session?

Thanks
Kwame

Get Outlook for Android""", subject="Staff language club", cte="base64", answered=5)
agent(c, "l46b", "grace", at(18, "08:15"), """Hi Kwame,

Thanks - I've asked Rachel, who looks after group bookings, to pick this up.

Best wishes,
Grace""", parent="l46a")
agent(c, "l46c", "rachel", at(18, "10:45"), """Dear Kwame,

1. Groups of 6 or more get 20% off.
2. We recommend one level per group; a spread of one level (A2/B1) works.
3. No minimum - groups run month by month.
4. 12:30 is fine, we have tutors free at lunchtime on all weekdays.
5. 24 hours' notice for a single session.

Kind regards,
Rachel""", parent="l46b")

c = case("l47-bildungsurlaub-ack", "de", "pending", {},
         "Deutsche Eingangsbestätigung; drei Fragen zum Bildungsurlaub in einem Absatz beantwortet.")
cust(c, "l47a", "Florian Weiß <florian.weiss@example.de>", "thunderbird_de", at(18, "08:00", CET), """Hallo,

ist Ihr Intensivkurs Spanisch B1 als Bildungsurlaub in NRW anerkannt? Wie viele
Unterrichtsstunden hat der Kurs pro Tag? Und bekomme ich eine Teilnahmebestätigung für
meinen Arbeitgeber?

Gruß
Florian Weiß""", subject="Bildungsurlaub Spanisch", cte="quoted-printable", answered=3)
ack(c, "l47b", at(18, "08:01", CET), "l47a", "LU-48377", lang="de")
agent(c, "l47c", "anja", at(18, "14:00", CET), """Hallo Herr Weiß,

ja, der Kurs ist in NRW als Bildungsurlaub anerkannt (Az. BU-2026-4471); die Bestätigung
für Ihren Arbeitgeber schicken wir nach der Anmeldung automatisch mit, und unterrichtet
wird täglich sechs Stunden à 45 Minuten.

Viele Grüße
Anja Vogel""", parent="l47a")


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


def headers(m: Msg) -> list[tuple[str, str]]:
    """The header lines of ``m`` before the client's own headers."""
    out = [("From", m.frm), ("To", m.to), ("Subject", m.subject),
           ("Date", email.utils.format_datetime(m.date))]
    if m.role == "ack":
        out += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    if m.role == "auto":
        out += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("Precedence", "auto_reply")]
    return out


def render() -> tuple[bytes, list[tuple[datetime, bytes, bool]]]:
    """The mbox bytes and the Maildir entries of the whole corpus, in date order."""
    msgs = sorted((m for c in CASES for m in c.msgs), key=lambda m: (m.date, m.key))
    inbox, sent = [], []
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE)
        raw = mailcraft.build(m, headers(m), BY_KEY, PROFILE,
                              received=[f"Return-Path: <{mailcraft.addr_of(m.frm)[1]}>"])
        if m.role in ("customer", "auto"):
            inbox.append((mailcraft.addr_of(m.frm)[1], m.date, raw))
        else:
            sent.append((m.date, raw, m.role == "agent"))
    return mailcraft.mbox_bytes(inbox), sent


def validate(out: Path) -> None:
    """Refuse a written mailbox that does not parse back cleanly or loses text."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    problems = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: p for p in inbox + sent}
    for m in BY_KEY.values():
        if m.kind == "html":
            continue  # no plain part to compare; parse_problems has decoded its HTML
        problem = mailcraft.round_trip_problem(m, by_id[m.message_id], m.role in ("customer", "auto"))
        if problem:
            problems.append(problem)
    if problems:
        raise SystemExit("\n".join(problems))


def write(out: Path) -> None:
    """Check every case's labels against its facts, then write the corpus to ``out``."""
    for c in CASES:
        check(c)
    mbox, sent = render()
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp)
        (stage / "mailbox").mkdir()
        (stage / "mailbox" / "inbox.mbox").write_bytes(mbox)
        mailcraft.write_maildir(stage / "mailbox" / "Sent", sent, host="mx1.lumora.example")
        validate(stage)
        labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
        (stage / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        rows = [(c.name, c.lang, c.customer, c.client, len(c.msgs), c.status,
                 {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in CASES]
        (stage / "CASES.md").write_text(
            mailcraft.cases_table("Practice4 corpus: Lumora Learning - cases", "make_practice4_corpus.py", rows),
            encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        if (out / "mailbox").exists():
            shutil.rmtree(out / "mailbox")
        shutil.copytree(stage / "mailbox", out / "mailbox")
        for name in ("labels.json", "CASES.md"):
            shutil.copy2(stage / name, out / name)


def summary() -> str:
    """Counts for the README: cases, messages, languages, statuses, findings, questions."""
    msgs = [m for c in CASES for m in c.msgs]
    roles = {r: sum(1 for m in msgs if m.role == r) for r in ("customer", "auto", "agent", "ack")}
    langs = {lang: sum(1 for c in CASES if c.lang == lang) for lang in ("en", "de", "fr", "es")}
    statuses = {s: sum(1 for c in CASES if c.status == s) for s in ("open", "pending", "closed")}
    findings = {r: sum(c.rules.get(r, 0) for c in CASES) for r in RULES}
    clean = sum(1 for c in CASES if not c.rules)
    answered = sum(m.answered for m in msgs)
    uq_cases = sum(1 for c in CASES if c.uq)
    return (f"{len(CASES)} cases, {len(msgs)} messages {roles}; clean {clean}; {langs}; {statuses}; "
            f"findings {findings}; unanswered questions {len([q for c in CASES for q in c.uq])} "
            f"in {uq_cases} cases; answered questions {answered}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice4")
    ap.add_argument("--summary", action="store_true", help="print the counts for the README")
    args = ap.parse_args()
    write(args.out)
    if args.summary:
        print(summary())


if __name__ == "__main__":
    main()
