#!/usr/bin/env python3
"""Regenerate ``tests/practice23/``: a question-heavy labelled corpus of Glenmoor Dental Group.

The patient-support mailbox of a fictional chain of three dental practices (check-ups,
hygienist, orthodontics and aligners, emergency appointments, payment plans, insurance claim
forms, records transfers), written without looking at the detection heuristics or at the other
corpora's cases. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support
domain ``glenmoordental.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - patients' mail and their automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts: role, date, thanks-only, explicit close, chase, the
promises it makes (deadline and the number of the message that kept it) and, for a patient's
message, each question or request it asks with the number of the support message that answered
it. The script recomputes the unanswered questions, the status and every rule count from those
facts and the dates, and refuses to write when they disagree with the hand-written case labels,
or when a question is not verbatim in the patient's own text.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice23_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "glenmoordental.example"
SUPPORT = "Glenmoor Dental Patient Support <patients@glenmoordental.example>"
HELPDESK = "Glenmoor Dental Group <patients@glenmoordental.example>"
RULES = mailcraft.RULES
CET = timezone(timedelta(hours=1))

AGENTS = {
    "fiona": ("Fiona McAllister <fiona@glenmoordental.example>", "outlook", """Kind regards,
Fiona

-- 
Fiona McAllister
Patient Support Lead | Glenmoor Dental Group
Abbeyfield - Harbour Street - Westmere
Book online: https://glenmoordental.example/book?practice=all&src=email"""),
    "rhys": ("Rhys Pritchard <rhys@glenmoordental.example>", "thunderbird", """Best wishes,
Rhys

-- 
Rhys Pritchard
Accounts & Payment Plans | Glenmoor Dental Group
This e-mail may contain confidential patient information. If you received
it in error, please tell us and delete it. Questions about your bill?
https://glenmoordental.example/billing?faq=1"""),
    "nadia": ("Nadia Hussain <nadia@glenmoordental.example>", "apple", """Warm regards,
Nadia

-- 
Nadia Hussain
Orthodontic Treatment Coordinator | Glenmoor Dental Westmere"""),
    "owen": ("Owen Gallagher <owen@glenmoordental.example>", "outlook", """Regards,
Owen

-- 
Owen Gallagher
Records & Insurance | Glenmoor Dental Group
records@glenmoordental.example | 01632 960 418"""),
    "callum": ("Callum Baird <callum@glenmoordental.example>", "thunderbird", """Cheers,
Callum

-- 
Callum Baird
Reception | Glenmoor Dental Harbour Street | 01632 960 233"""),
    "katrin": ("Katrin Vogel <katrin@glenmoordental.example>", "thunderbird_de", """Viele Grüße
Katrin Vogel

-- 
Katrin Vogel
Patientenservice (Deutsch) | Glenmoor Dental Group
https://glenmoordental.example/de?ref=signatur"""),
    "amelie": ("Amélie Dufresne <amelie@glenmoordental.example>", "apple_fr", """Bien cordialement,
Amélie

-- 
Amélie Dufresne
Accueil patients (français) | Glenmoor Dental Group"""),
    "lucia": ("Lucía Ferrer <lucia@glenmoordental.example>", "gmail_es", """Un saludo,
Lucía

-- 
Lucía Ferrer
Atención al paciente | Glenmoor Dental Group
https://glenmoordental.example/es?utm_source=firma"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Glenmoor Dental Group. This is an automatic
confirmation: your message has reached our patient support team as
reference {ref}. We will reply within 24 hours on working days.

If you are in severe pain, have facial swelling or bleeding that will not
stop, please call our emergency line on 01632 960 999 or NHS 111.

Glenmoor Dental Group - Patient Support
https://glenmoordental.example/help?ref={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Glenmoor Dental Group. Dies ist eine
automatische Eingangsbestätigung (Referenz {ref}). Wir antworten an
Werktagen innerhalb von 24 Stunden.

Bei starken Schmerzen rufen Sie bitte 01632 960 999 an.

Glenmoor Dental Group - Patientenservice""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-Originating-IP: [198.51.100.23]"],
    "android": ["Thread-Topic: {topic}", "X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Microsoft Outlook Express 6.00.2900.5512"],
    "helpdesk": ["X-Mailer: Glenmoor PatientDesk 3.2"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="gd.", outlook_server="LO2P265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    number: int  # position in its case, counted from 1 in the order written
    role: str  # customer | agent | ack | auto (the patient's own out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    asks: list[tuple[str, int | None]] = field(default_factory=list)  # question, answered by
    promises: list[tuple[datetime, int | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)  # recomputed from asks
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""


@dataclass
class Case:
    """One labelled conversation: the hand-written labels and the messages written into it."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    uq: list[str]
    customer: str
    client: str
    subject: str
    story: str
    msgs: list[Msg] = field(default_factory=list)

    def _add(self, parent: int | None, **kw) -> int:
        number = len(self.msgs) + 1
        p = self.msgs[parent - 1] if parent else None
        client = kw.get("client", self.client)
        subject = kw.pop("subject", None)
        if subject is None:
            subject = self.subject if p is None else REPLY_PREFIX.get(client, "Re: ") + self.subject
        self.msgs.append(Msg(key=f"{self.name}/{number}", case=self.name, number=number,
                             parent=p.key if p else None, subject=subject, **kw))
        return number

    def _last(self, role: str) -> int | None:
        return next((m.number for m in reversed(self.msgs) if m.role == role), None)

    def cust(self, date: datetime, body: str, *, parent: int | None = 0, **kw) -> int:
        """A patient's message; by default it replies to support's latest message."""
        if parent == 0:
            parent = self._last("agent")
        kw.setdefault("client", self.client)
        return self._add(parent, role="customer", frm=self.customer, to=SUPPORT, date=date,
                         body=body, **kw)

    def agent(self, who: str, date: datetime, body: str, *, parent: int | None = None,
              quote: bool = True, **kw) -> int:
        """A support reply by agent ``who``, signed, above the quoted message it answers."""
        frm, client, sig = AGENTS[who]
        parent = parent or len(self.msgs)
        text = body.rstrip("\n") + "\n\n" + sig + ("\n\n{quote}" if quote else "")
        kw.setdefault("client", client)
        return self._add(parent, role="agent", agent=who, frm=frm, to=self.customer, date=date,
                         body=text, **kw)

    def ack(self, date: datetime, ref: str, lang: str = "en") -> int:
        """The helpdesk's automatic acknowledgement of the patient's latest message."""
        return self._add(self._last("customer"), role="ack", client="helpdesk", frm=HELPDESK,
                         to=self.customer, date=date, body=ACK[lang].format(ref=ref),
                         extra=[("Auto-Submitted", "auto-replied")])

    def auto(self, date: datetime, body: str) -> int:
        """The patient's own out-of-office reply to support's latest message."""
        return self._add(self._last("agent"), role="auto", frm=self.customer, to=SUPPORT,
                         date=date, body=body, client="outlook",
                         subject="Automatic reply: " + self.subject,
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])


def d(day: int, hour: int, minute: int = 0, tz: timezone = UTC) -> datetime:
    """A moment in November 2026."""
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def eod(day: int) -> datetime:
    """The end of a named day in November 2026 (a promise "by Thursday" is kept that day)."""
    return datetime(2026, 11, day, 23, 59, 59, tzinfo=UTC)


def window(date: datetime) -> datetime:
    """The deadline of a promise that names none: the follow-up window."""
    return date + FOLLOW_UP_WINDOW


CASES: list[Case] = []


def case(name: str, lang: str, status: str, rules: dict[str, int], uq: list[str], customer: str,
         client: str, subject: str, story: str) -> Case:
    """A new labelled case, registered in ``CASES`` in the order the corpus lists them."""
    c = Case(name, lang, status, rules, uq, customer, client, subject, story)
    CASES.append(c)
    return c


PDF_CLAIM = ("application/pdf", "Heathervale_claim_form.pdf",
             mailcraft.pdf(["Heathervale Health - Dental claim form", "Member: 7781-0042",
                            "Section C: to be completed by the dentist"]))
PDF_INVOICE = ("application/pdf", "GD-invoice-31877.pdf",
               mailcraft.pdf(["Glenmoor Dental Group - itemised invoice 31877",
                              "Scale and polish 58.00", "Two bitewing X-rays 36.00",
                              "Total 94.00 GBP"]))
PDF_FORM_ES = ("application/pdf", "formulario_reembolso.pdf",
               mailcraft.pdf(["Aseguradora Marisol - Solicitud de reembolso",
                              "Datos del odontologo: completado"]))
PNG_CRACK = ("image/png", "IMG_4471.png",
             mailcraft.png(12, 8, lambda x, y: (230 - 6 * x, 220 - 4 * y, 210)))

# --------------------------------------------------------------------------------------
# English cases
# --------------------------------------------------------------------------------------

c = case("g01-new-patient-abbeyfield", "en", "closed", {}, [],
         "Hannah Lowther <hannah.lowther@example.com>", "gmail", "Registering as a new patient",
         "Three questions answered in one paragraph, out of order; a thanks-only reply.")
c.cust(d(2, 9, 12), """Hello,

We've just moved to Abbeyfield and I'd like to register with you.

Are you taking on new NHS patients at the Abbeyfield practice?
Do you have any evening appointments? I work until 5.
And is there parking nearby, or is it better to walk?
Do you see children at Abbeyfield too? Our two are 4 and 7.

Thanks,
Hannah Lowther
""", asks=[("Are you taking on new NHS patients at the Abbeyfield practice?", 2),
           ("Do you have any evening appointments?", 2),
           ("is there parking nearby, or is it better to walk?", 2),
           ("Do you see children at Abbeyfield too?", 2)], kind="alt")
c.agent("fiona", d(2, 11, 40), """Hi Hannah,

Welcome to Abbeyfield! There's a free car park behind the library two minutes away, so no
need to walk unless you fancy it. Abbeyfield opens until 7:30pm on Tuesdays and Thursdays,
which should suit you after work. And yes, we still have NHS places for adults there - the
registration form is at the link below and takes about five minutes - add the children on
the same form, we see all ages there.""")
c.cust(d(2, 12, 5), """Brilliant, thank you so much!

Hannah
{quote}""", thanks_only=True)

c = case("g02-hygienist-saturday", "en", "closed", {"unanswered-question": 1},
         ["Also, please update my address to 14 Larch Way, Westmere WM4 2PL - we moved in October."],
         "Martin Okoro <m.okoro@example.net>", "thunderbird", "Hygienist appointment",
         "Saturday hygienist slot booked; the address change asked in passing is skipped.")
c.cust(d(3, 19, 4), """Hi there,

Could I book a hygienist appointment for a Saturday morning, ideally the 14th or the 21st?
Also, please update my address to 14 Larch Way, Westmere WM4 2PL - we moved in October.

Martin Okoro
""", asks=[("Could I book a hygienist appointment for a Saturday morning, ideally the 14th or the 21st?", 2),
           ("Also, please update my address to 14 Larch Way, Westmere WM4 2PL - we moved in October.", None)])
c.agent("callum", d(4, 9, 15), """Hi Martin,

You're booked with Jess, our hygienist, on Saturday 14 November at 9:20 at Harbour Street.
Please arrive five minutes early.""")
c.cust(d(4, 9, 40), """Perfect, cheers.
{quote}""", thanks_only=True)

c = case("g03-cracked-molar-visitor", "en", "closed", {}, [],
         "Gareth Pryce <gareth.pryce@example.org>", "iphone", "Cracked tooth - visiting the area",
         "A visitor with a cracked molar: same-day slot, fee and directions (a link only).")
c.cust(d(5, 7, 48), """Hi, I'm on holiday in Portlaw this week and cracked a back tooth on a
cherry stone last night. Can you see me today? Will it cost a lot as I'm not registered with
you? And how do I get to Harbour Street from the train station?

Sent from my iPhone
""", asks=[("Can you see me today?", 2),
           ("Will it cost a lot as I'm not registered with you?", 2),
           ("how do I get to Harbour Street from the train station?", 2)],
       attach=[PNG_CRACK])
c.agent("callum", d(5, 8, 30), """Hi Gareth,

Sorry to hear that. We can see you at 11:40 today with Dr Anand. The emergency consultation
for non-registered patients is £65; any treatment is quoted before we start.

https://glenmoordental.example/find-us?practice=harbour-street""")
c.cust(d(5, 8, 41), """Thanks, see you at 11:40
{quote}""", thanks_only=True)

c = case("g04-aligner-payment-plan", "en", "closed", {"unanswered-question": 1},
         ["Can I pay the £400 deposit by card over the phone?"],
         "Priya Sandhu <priya.sandhu@example.com>", "gmail", "Aligner treatment - monthly payments",
         "Monthly cost and interest answered; paying the deposit by phone is skipped.")
c.cust(d(2, 20, 30), """Hi,

Dr Moreau quoted £3,200 for clear aligners. What would the monthly payment be over 12 months?
Is there any interest on top? Can I pay the £400 deposit by card over the phone?

Many thanks
Priya
""", asks=[("What would the monthly payment be over 12 months?", 2),
           ("Is there any interest on top?", 2),
           ("Can I pay the £400 deposit by card over the phone?", None)])
c.agent("rhys", d(3, 10, 5), """Hi Priya,

After the £400 deposit the balance is £2,800, so twelve payments of £233.33. Our aligner
plans are interest-free, so that's all you pay. Once you're happy we'll set the plan up at
your next visit.""")

c = case("g05-insurance-claim-form", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         ["Could you also note on my file that my surname is now Whitfield rather than Barnes?"],
         "Laura Whitfield <laura.whitfield@example.org>", "outlook", "Insurance claim form",
         "Claim form promised by Thursday, sent the next Monday after a chase; the surname "
         "change is never acknowledged.")
c.cust(d(9, 8, 55), """Good morning,

Please could you complete section C of the attached Heathervale Health claim form for my root
canal treatment on 28 October and email it back to me?
Could you also note on my file that my surname is now Whitfield rather than Barnes?

Thank you,
Laura Whitfield
""", asks=[("Please could you complete section C of the attached Heathervale Health claim form for my root canal treatment on 28 October and email it back to me?", 4),
           ("Could you also note on my file that my surname is now Whitfield rather than Barnes?", None)],
       attach=[PDF_CLAIM])
c.agent("owen", d(9, 14, 20), """Dear Laura,

Thanks for the form. Dr Anand needs to sign section C; I'll have it completed and emailed back
to you by Thursday.""", promises=[(eod(12), 4)])
c.cust(d(13, 9, 10), """Hello Owen,

Just following up on the claim form - Heathervale need it by the 20th. Has Dr Anand been able
to sign it?

Laura
{quote}""", chase=True, asks=[("Has Dr Anand been able to sign it?", 4)], parent=2)
c.agent("owen", d(16, 11, 2), """Dear Laura,

Apologies for the delay - the signed form is attached. You can send it straight to
Heathervale.""", attach=[PDF_CLAIM])

c = case("g06-records-transfer-pinehurst", "en", "closed", {"unanswered-question": 1},
         ["Is there a charge for a copy of my X-rays on a USB stick?"],
         "Stuart Kemp <stuart.kemp@example.com>", "gmail", "Transfer of my dental records",
         "Records transfer answered with a bare 'Done'; the X-ray copy charge is skipped.")
c.cust(d(4, 13, 2), """Hello,

I'm moving to York for work. Please transfer my dental records to Pinehurst Dental, 3 Minster
Row, York (pinehurst.records@example.org).

Is there a charge for a copy of my X-rays on a USB stick? I'd like one for myself.

Regards,
Stuart Kemp
DOB 17/03/1988
""", asks=[("Please transfer my dental records to Pinehurst Dental", 2),
           ("Is there a charge for a copy of my X-rays on a USB stick?", None)])
c.agent("owen", d(5, 10, 45), """Hi Stuart,

Done - sent securely to Pinehurst this morning. Good luck with the move.""")

c = case("g07-brace-referral-daughter", "en", "closed", {}, [],
         "Rachel Denholm <rachel.denholm@example.net>", "apple", "Brace for my daughter",
         "A parent's referral and timing questions, then a sibling's check-up added; all answered.")
c.cust(d(3, 16, 20), """Hello,

Our dentist in Leeds said our daughter Ella (11) will probably need a brace. Does she need a
referral letter, or can we book an assessment with you directly?

Are the brace checks done after school hours? She has exams next year.
Will the assessment be with Dr Moreau? A friend recommended her.

Thanks,
Rachel
""", asks=[("Does she need a referral letter, or can we book an assessment with you directly?", 2),
           ("Are the brace checks done after school hours?", 2),
           ("Will the assessment be with Dr Moreau?", 2)])
c.agent("nadia", d(4, 9, 5), """Hi Rachel,

You can book directly - no referral needed for a private assessment, though bring the Leeds
letter if you have it. Most of our brace checks are between 3:30 and 6pm, so after school
works well. Would Thursday 12 November at 4:00 with Dr Moreau suit Ella?""")
c.cust(d(4, 12, 30), """Thank you Nadia.

> Would Thursday 12 November at 4:00 with Dr Moreau suit Ella?

Yes, that's perfect.

One more thing - could her brother Sam have his check-up at the same visit?

Rachel
""", asks=[("could her brother Sam have his check-up at the same visit?", 4)])
c.agent("nadia", d(4, 14, 10), """Of course - Ella is booked at 4:00 and Sam at 4:30 with Dr Anand, right after her.""")

c = case("g08-lost-aligner-tray", "en", "pending",
         {"missed-follow-up": 1, "customer-chased": 1}, [],
         "Daniel Frost <dan.frost@example.com>", "gmail", "Lost aligner",
         "'I'll get back to you tomorrow' about a replacement tray, answered two days late by a "
         "colleague after the patient asks for news.")
c.cust(d(16, 8, 2), """Hi,

I lost my upper aligner (tray 7 of 20) on the train. Should I go back to tray 6 or skip ahead
to tray 8?

Dan Frost
""", asks=[("Should I go back to tray 6 or skip ahead to tray 8?", 2)])
c.agent("fiona", d(16, 9, 30), """Hi Dan,

Please wear tray 6 for now - don't jump ahead. I'll ask Dr Moreau whether the lab can make a
replacement tray 7 and get back to you tomorrow.""", promises=[(eod(17), 4)])
c.cust(d(18, 17, 45), """Hi Fiona, any news on the replacement tray? Tray 6 is getting quite loose.
{quote}""", chase=True, asks=[("any news on the replacement tray?", 4)])
c.agent("nadia", d(19, 10, 15), """Hi Dan,

Fiona passed this to me. Dr Moreau has ordered a new tray 7 from the lab; it will be at
Westmere on Tuesday and you can collect it any time that day.""")

c = case("g09-late-cancellation-fee", "en", "closed", {}, [],
         "Moira Tennant <moira.tennant@example.org>", "thunderbird", "Cancelling appointments",
         "A policy question answered in other words; a pleasantry and a rhetorical question.")
c.cust(d(6, 10, 0), """Hello,

Hope you're all well? I've got a check-up booked next month but my shifts keep changing.
Do you charge if I cancel with less than a day's notice? Who knew keeping teeth could be
this complicated! And can I move it online, or do I have to ring you?

Moira
""", asks=[("Do you charge if I cancel with less than a day's notice?", 2),
           ("can I move it online, or do I have to ring you?", 2)])
c.agent("callum", d(6, 11, 20), """Hi Moira,

We ask for 48 hours' notice; anything shorter carries a £25 fee, which we waive if you're ill
or it's an emergency. You can move your appointment online any time.""")

c = case("g10-half-term-family-checkups", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1},
         ["Do the children need to bring anything with them, like the records from their old dentist?"],
         "Joanne Ashby <joanne.ashby@example.com>", "owa", "Check-ups for the family",
         "HTML-only mail: slots offered with a promise to confirm a time 'tomorrow', never kept; "
         "what the children should bring is not answered.")
c.cust(d(2, 21, 15), """Hello,

We are a family of four and would like check-ups for all of us. Could we have four back-to-back slots during the Christmas holidays?
Do the children need to bring anything with them, like the records from their old dentist?

Kind regards,
Joanne Ashby
""", kind="html", asks=[("Could we have four back-to-back slots during the Christmas holidays?", 2),
                        ("Do the children need to bring anything with them, like the records from their old dentist?", None)])
c.agent("callum", d(3, 9, 40), """Hi Joanne,

The holidays are busy, but four slots together should be possible on 22 or 23 December in
the afternoon. I'll check with the dentists' diaries and confirm an exact time tomorrow.""",
        promises=[(eod(4), None)])

c = case("g11-hygiene-charge-template", "en", "open",
         {"unanswered-question": 2, "customer-chased": 1, "awaiting-reply": 1},
         ["Why was I charged £48 for the hygienist on 2 November when my payment plan covers two hygiene visits a year?",
          "Can you refund the £48 to my card?"],
         "Colin Maxwell <colin.maxwell@example.net>", "outlook", "Charged for hygienist visit",
         "A templated reply to a billing complaint; the patient writes again and is still "
         "waiting.")
c.cust(d(9, 12, 10), """Hello,

Why was I charged £48 for the hygienist on 2 November when my payment plan covers two hygiene visits a year?
This is my first visit this year. Can you refund the £48 to my card?

Colin Maxwell
Plan no. GP-22718
""")
c.msgs[-1].asks = [("Why was I charged £48 for the hygienist on 2 November when my payment plan covers two hygiene visits a year?", None),
                   ("Can you refund the £48 to my card?", None)]
c.agent("fiona", d(9, 15, 0), """Dear Patient,

Thank you for contacting Glenmoor Dental Group. Billing enquiries are handled by our accounts
team. Information about our payment plans, including what each plan covers, can be found at
https://glenmoordental.example/plans

We appreciate your patience.""")
c.cust(d(17, 8, 30), """I'm still waiting for an actual answer. I didn't ask what the plans cover, I asked why I was charged for something my plan includes. Can someone in accounts please look at it?

Colin
{quote}""", chase=True, asks=[("Can someone in accounts please look at it?", None)])

c = case("g12-toothbrush-step-free", "en", "closed", {}, [],
         "Ann Carvel <ann.carvel@example.com>", "apple", "Hygienist visit next week",
         "Two short questions, answered inline with 'Yes, please do!' and a one-liner.")
c.cust(d(4, 17, 0), """Hi,

A couple of quick things before my hygienist visit at Westmere next Tuesday:
Can I bring my own electric toothbrush so the hygienist can check how I use it?
Is the Westmere practice step-free? I'm on crutches after a knee operation.

Ann
""", asks=[("Can I bring my own electric toothbrush so the hygienist can check how I use it?", 2),
           ("Is the Westmere practice step-free?", 2)])
c.agent("nadia", d(5, 8, 50), """Hi Ann,

> Can I bring my own electric toothbrush so the hygienist can check how I use it?

Yes, please do!

> Is the Westmere practice step-free? I'm on crutches after a knee operation.

It is - use the ramp at the side entrance; the hygiene room is on the ground floor.""",
        quote=False)

c = case("g13-knocked-out-baby-tooth", "en", "closed", {"slow-first-response": 1}, [],
         "Phil Rourke <phil.rourke@example.org>", "android", "Son knocked out a tooth",
         "A Saturday-morning mail acknowledged by the helpdesk and answered on Monday.")
c.cust(d(7, 10, 25), """Hi, my son (6) knocked out a front tooth at rugby this moring. It's a baby tooth. Do we need to bring him in, and should we have kept the tooth?

Phil
Sent from Outlook for Android
""", asks=[("Do we need to bring him in, and should we have kept the tooth?", 3)])
c.ack(d(7, 10, 26), "GD-58213")
c.agent("fiona", d(9, 8, 40), """Hi Phil,

Sorry we only saw this on Monday morning. For a baby tooth there's no need to keep it or
put it back - that can damage the adult tooth underneath. If he has no pain or swelling, a
routine look within a couple of weeks is fine; we've got 3:45 on Thursday at Abbeyfield.""")
c.cust(d(9, 9, 5), """Thanks Fiona, Thursday is fine.
{quote}""", thanks_only=True)

c = case("g14-records-copy-three-agents", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1,
          "many-handoffs": 1},
         ["Can the copies be posted to my mother's address in Galway instead of mine?"],
         "Eoin Brannigan <eoin.brannigan@example.com>", "gmail", "Copy of my dental records",
         "Subject access request passed from Fiona to Owen to Rhys; Owen's 'by Friday' slips, "
         "the patient chases, and the postal address question is never answered.")
c.cust(d(2, 9, 30), """Hello,

I'd like a full copy of my dental records, including X-rays, for a dispute with my previous dentist.
Can the copies be posted to my mother's address in Galway instead of mine?

Eoin Brannigan
""", asks=[("I'd like a full copy of my dental records, including X-rays, for a dispute with my previous dentist.", 6)])
c.msgs[-1].asks.append(("Can the copies be posted to my mother's address in Galway instead of mine?", None))
c.agent("fiona", d(2, 11, 0), """Hi Eoin,

Of course - I've passed your request to Owen in our records team, who handles these.""")
c.agent("owen", d(3, 10, 10), """Dear Eoin,

I'm gathering your notes and X-rays from Abbeyfield and Westmere and will send them to you by
Friday.""", promises=[(eod(6), 6)])
c.cust(d(9, 9, 0), """Hi Owen, just checking in on my records - did they go out on Friday?

Eoin
{quote}""", chase=True, asks=[("did they go out on Friday?", 5)])
c.agent("rhys", d(9, 14, 30), """Hi Eoin,

Owen is off this week, so I've picked this up. Your records are copied and ready; there's no
fee for a subject access request. They go out tomorrow.""", promises=[(eod(10), 6)])
c.agent("owen", d(10, 12, 0), """Dear Eoin,

Back today - your records and X-rays were sent this morning by recorded delivery, reference
RD 4471 0932 GB.""", parent=5)

c = case("g15-denture-repair-reopened", "en", "pending", {"reopened": 1}, [],
         "Margaret Hollis <margaret.hollis@example.org>", "oldclient", "Denture repair",
         "Marked resolved after a repair; the patient writes again five days later and is "
         "answered.")
c.cust(d(5, 11, 0), """Dear Sir/Madam,

My lower denture has cracked down the middle. Can it be repaired, and how long would I be without it?

Yours faithfully
Margaret Hollis
""", asks=[("Can it be repaired, and how long would I be without it?", 2)])
c.agent("callum", d(5, 12, 30), """Dear Mrs Hollis,

Yes - bring it to Harbour Street before 10am and the lab will have it back to you by 4pm the
same day.""")
c.cust(d(9, 16, 0), """Dear Callum,

The repair was done on Friday but it rubs on the left side when I eat. Is that normal?

Margaret Hollis
{quote}""", asks=[("Is that normal?", 4)])
c.agent("callum", d(10, 9, 0), """Dear Mrs Hollis,

A little rubbing can happen for a few days after a repair; if it is still sore on Thursday,
call us and we'll ease it. I'll mark this as resolved for now.""", closes=True)
c.cust(d(15, 18, 20), """Dear Callum,

It is still rubbing and now I have a sore spot. Could I come in on Monday or Tuesday to have it eased?

Margaret Hollis
{quote}""", asks=[("Could I come in on Monday or Tuesday to have it eased?", 6)])
c.agent("callum", d(16, 8, 45), """Dear Mrs Hollis,

Sorry to hear that. Dr Anand can see you on Tuesday at 10:20.""")

c = case("g16-bridge-closed-thanks", "en", "closed", {}, [],
         "Kwame Boateng <kwame.boateng@example.com>", "gmail", "Bridge fitting date",
         "Answered, closed explicitly by support, then a thanks-only reply.")
c.cust(d(9, 13, 40), """Hi,

When will my bridge be ready to fit? The lab was waiting for the shade.
Will I need an injection for the fitting?

Kwame
""", asks=[("When will my bridge be ready to fit?", 2),
           ("Will I need an injection for the fitting?", 2)])
c.agent("fiona", d(9, 15, 5), """Hi Kwame,

The lab delivered it today - you're booked for fitting on Monday 16 November at 2pm at
Abbeyfield. Most bridges go on without any anaesthetic. I'm closing this ticket now; reply any time if you need to move it.""", closes=True)
c.cust(d(9, 15, 30), """Thanks, Fiona!
{quote}""", thanks_only=True)

c = case("g17-crown-estimate-ahead", "en", "pending", {}, [],
         "Sophie Marchbank <sophie.marchbank@example.net>", "apple", "Written estimate for crowns",
         "A written estimate promised 'by Monday 23 November' - the deadline is still ahead.")
c.cust(d(18, 10, 30), """Hi,

Could you send me a written estimate for the two crowns Dr Anand discussed? I need it for my
insurer.

Sophie Marchbank
""", asks=[("Could you send me a written estimate for the two crowns Dr Anand discussed?", 2)])
c.agent("rhys", d(18, 12, 0), """Hi Sophie,

Dr Anand needs to confirm the materials first. I'll send your written estimate by Monday
23 November.""", promises=[(eod(23), None)])

c = case("g18-plan-agreement-colleague", "en", "closed", {}, [],
         "Tom Ridley <tom.ridley@example.org>", "outlook", "Payment plan agreement",
         "'Rhys will email you the agreement tomorrow', kept by Rhys; the patient's "
         "out-of-office answers in between.")
c.cust(d(3, 9, 0), """Hello,

Could you send me the payment plan agreement for my implant? I need to sign it before the
appointment on the 12th. Can I sign it electronically?

Tom Ridley
""", asks=[("Could you send me the payment plan agreement for my implant?", 4),
           ("Can I sign it electronically?", 4)])
c.agent("fiona", d(3, 10, 30), """Dear Tom,

Rhys in accounts prepares the agreements - he'll email yours to you tomorrow.""",
        promises=[(eod(4), 4)])
c.auto(d(3, 10, 31), """I'm out of the office until 4 November with limited access to email.
For anything urgent, please call 01632 960 777.

Tom Ridley""")
c.agent("rhys", d(4, 11, 15), """Dear Tom,

Your payment plan agreement is attached. A typed or drawn e-signature on page 2 is fine -
just email it back before the 12th.""",
        parent=2, attach=[("application/pdf", "GD-plan-agreement-Ridley.pdf",
                           mailcraft.pdf(["Glenmoor Dental Group - Payment plan agreement",
                                          "Patient: Tom Ridley", "Implant - 12 instalments"]))])

c = case("g19-night-guard-lab-check", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1},
         ["I'd also like a spare, so please add a second guard to the order if it's not too expensive."],
         "Bethany Cole <bethany.cole@example.com>", "gmail", "Night guard",
         "'I'll check with the lab and come back to you' with no date, never kept; the spare "
         "guard request is ignored.")
c.cust(d(6, 14, 10), """Hi,

My night guard from last year has split. Is it still under warranty?
I'd also like a spare, so please add a second guard to the order if it's not too expensive.

Beth
""", asks=[("Is it still under warranty?", 2),
           ("I'd also like a spare, so please add a second guard to the order if it's not too expensive.", None)])
c.agent("callum", d(6, 16, 0), """Hi Beth,

Night guards have a two-year warranty, so yours is covered. Let me check with the lab how long a
remake takes and I'll come back to you.""", promises=[(window(d(6, 16, 0)), None)])

c = case("g20-retainer-logistics", "en", "pending", {}, [],
         "Amir Haddad <amir.haddad@example.net>", "thunderbird", "Retainer replacement",
         "Logistics, a process description and a conditional offer - none of them a promise.")
c.cust(d(16, 9, 20), """Hello,

My retainer cracked. How much is a replacement, and can the impression be taken this week?

Amir
""", asks=[("How much is a replacement, and can the impression be taken this week?", 2)])
c.agent("nadia", d(16, 11, 0), """Hi Amir,

A replacement retainer is £120. We can take the impression on Wednesday at 5:10 at Westmere.
The lab courier collects impressions on Thursdays, and we'll text you when the retainer
arrives back with us. If you'd like to spread the cost, I can send you the payment plan form.""")
c.cust(d(16, 11, 30), """Wednesday works, thanks. No need for the plan form.
{quote}""", thanks_only=True)

c = case("g21-xray-after-booking", "en", "pending", {"unanswered-question": 1}, [],
         "Laura Pettigrew <laura.pettigrew@example.com>", "gmail", "Check-up booking",
         "A follow-up after the case seemed done: the time is moved but the X-ray request is "
         "skipped.")
c.uq.append("Also, can you email me my latest X-ray so I can show it to my orthodontist in Lisbon?")
c.cust(d(10, 8, 10), """Hello, can I book a check-up at Abbeyfield next week? Is Dr Anand free?

Laura Pettigrew
""", asks=[("can I book a check-up at Abbeyfield next week?", 2), ("Is Dr Anand free?", 2)])
c.agent("fiona", d(10, 9, 0), """Hi Laura,

You're booked for Wednesday 18 November at 10:00 with Dr Anand.""")
c.cust(d(10, 9, 15), """Thank you!
{quote}""", thanks_only=True)
c.cust(d(13, 19, 0), """Hi again,

Sorry - could you move my appointment from 10:00 to later in the afternoon on the same day?
Also, can you email me my latest X-ray so I can show it to my orthodontist in Lisbon?

Laura
""", parent=2, asks=[("could you move my appointment from 10:00 to later in the afternoon on the same day?", 5),
                     ("Also, can you email me my latest X-ray so I can show it to my orthodontist in Lisbon?", None)])
c.agent("fiona", d(16, 8, 30), """Hi Laura,

No problem - I've moved you to 3:40pm on Wednesday 18 November.""")

c = case("g22-whitening-crowns", "en", "closed", {"unanswered-question": 1},
         ["Will the whitening gel also lighten my two front crowns, or will they stay darker?"],
         "Nicola Varga <nicola.varga@example.org>", "iphone", "Teeth whitening",
         "The agent answers the price, not the question about crowns; the patient just says OK.")
c.cust(d(5, 20, 40), """Hi there
Will the whitening gel also lighten my two front crowns, or will they stay darker?
Thanks
Nicola

Sent from my iPhone
""", asks=[("Will the whitening gel also lighten my two front crowns, or will they stay darker?", None)])
c.agent("callum", d(6, 9, 10), """Hi Nicola,

Our home whitening kit is £295 including the custom trays and two review appointments. You
can book a whitening consultation online.""")
c.cust(d(6, 9, 30), """OK thanks
{quote}""", thanks_only=True)

c = case("g23-patient-number-self-answered", "en", "closed", {}, [],
         "Graham Lyle <graham.lyle@example.com>", "thunderbird", "Which practice is my appointment at?",
         "A self-answered question and a confirmation request answered.")
c.cust(d(9, 18, 0), """Hi,

Where do I find my patient number? Never mind, it's on the appointment card: GD-40817.

Can you confirm my appointment on 24 November is at Westmere and not Abbeyfield? The text
message just says "Glenmoor Dental".

Graham
""", asks=[("Can you confirm my appointment on 24 November is at Westmere and not Abbeyfield?", 2)])
c.agent("callum", d(10, 8, 20), """Hi Graham,

It's at Westmere - 24 November at 11:15 with Jess, our hygienist. Sorry the text was vague;
we're fixing the template.""")

c = case("g24-resend-sports-guard", "en", "closed",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         ["Please also send me a receipt for the last one - the club reimburses us."],
         "Alison Merritt <alison.merritt@example.net>", "gmail", "Mouth guard for rugby",
         "No answer for two days, the parent resends the request as a new message; the guard "
         "is booked but the receipt for the last one is forgotten.")
c.cust(d(2, 8, 0), """Hello,

Could my son Jack have a custom sports mouth guard fitted before the season starts on the 14th?
Please also send me a receipt for the last one - the club reimburses us.
How much are they now?

Alison Merritt
""", asks=[("Could my son Jack have a custom sports mouth guard fitted before the season starts on the 14th?", 3),
           ("How much are they now?", 3)])
c.cust(d(4, 9, 30), """Hello, resending in case my email on Monday went astray:

Could my son Jack have a custom sports mouth guard fitted before the season starts on the 14th?
Please also send me a receipt for the last one - the club reimburses us.
How much are they now?

Alison Merritt
""", parent=None, chase=True, thread=False,
       asks=[("Please also send me a receipt for the last one - the club reimburses us.", None)])
c.agent("fiona", d(4, 11, 0), """Hi Alison,

Sorry for the wait. Jack can have his impression taken on Friday 6 November at 4:15 at
Abbeyfield; the guard is ready a week later, in time for the 14th. They're £75.""")

c = case("g25-lab-answer-end-of-day", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1},
         ["Can you tell me which shade you've matched it to?"],
         "Derek Anstey <derek.anstey@example.com>", "outlook", "Veneer shade",
         "'I'll email you the lab's answer by end of day' kept the next morning; the shade "
         "question is not answered.")
c.cust(d(10, 9, 0), """Hello,

Has the lab finished my veneer? Can you tell me which shade you've matched it to?

Derek Anstey
""", asks=[("Has the lab finished my veneer?", 3),
           ("Can you tell me which shade you've matched it to?", None)])
c.agent("fiona", d(10, 10, 15), """Dear Derek,

The lab is finishing it today and will tell me when it ships; I'll email you their answer by
end of day.""",
        promises=[(eod(10), 3)])
c.agent("fiona", d(11, 9, 5), """Dear Derek,

Sorry this is a morning late: the lab confirms your veneer arrives at Abbeyfield on Friday, so
we can fit it at your appointment on Monday.""", parent=2)
c.cust(d(11, 9, 40), """Great, thank you Fiona.
{quote}""", thanks_only=True)

c = case("g26-wisdom-tooth-awaiting", "en", "open", {"awaiting-reply": 1}, [],
         "Callum Reid <callum.reid@example.org>", "gmail", "Wisdom tooth pain",
         "A new mail with an acknowledgement only, still unanswered after two days.")
c.cust(d(18, 11, 15), """Hello,

My lower wisdom tooth has been achin for a week and the gum is sweollen. Can I get an
appointment this week? Do you do extractions at Harbour Street or only at Abbeyfield?

Callum Reid
""", asks=[("Can I get an appointment this week?", None),
           ("Do you do extractions at Harbour Street or only at Abbeyfield?", None)])
c.ack(d(18, 11, 16), "GD-59140")

c = case("g27-fresh-sensitivity", "en", "open", {}, [],
         "Elaine Fisk <elaine.fisk@example.com>", "apple", "Sensitive teeth",
         "A new mail this morning, still inside the response target.")
c.cust(d(20, 9, 5), """Hi,

Since my scale and polish last week my front teeth are very sensitive to cold. Is that normal,
and is there a toothpaste you'd recommend?

Elaine
""", asks=[("Is that normal, and is there a toothpaste you'd recommend?", None)])

c = case("g28-forwarded-insurer-letter", "en", "closed", {}, [],
         "Victor Lamb <victor.lamb@example.net>", "gmail", "Fwd: Your claim 88-21340",
         "A forwarded insurer letter full of boilerplate questions; the patient's own request "
         "answered by an attachment and 'Attached.'")
c.cust(d(3, 14, 0), """Hi, see below from my insurer - could you send them, or me, the itemised invoice they want?

Victor

---------- Forwarded message ---------
From: Claims Team <claims@heathervale.example>
Date: Tue, 3 Nov 2026 at 11:02
Subject: Your claim 88-21340
To: Victor Lamb <victor.lamb@example.net>

Dear Mr Lamb,

We need an itemised invoice from your dentist before we can settle your claim. Can you ask
your practice to include the treatment codes? Have you already paid the invoice?

Questions about your claim? Visit https://heathervale.example/claims?id=88-21340

Heathervale Health Claims
""", asks=[("could you send them, or me, the itemised invoice they want?", 2)])
c.agent("owen", d(4, 9, 0), """Attached.""", attach=[PDF_INVOICE])
c.cust(d(4, 9, 20), """Thanks!
{quote}""", thanks_only=True)

c = case("g29-implant-questions-inline", "en", "closed", {"unanswered-question": 2},
         ["Do you offer sedation for the surgery itself?",
          "Could you also tell me whether my Heathervale policy has ever paid towards implants for other patients?"],
         "Helen Stroud <helen.stroud@example.com>", "thunderbird", "Implant questions",
         "A long mail with five questions, three answered inline under the quote, two skipped.")
c.cust(d(3, 20, 0), """Dear Glenmoor team,

Dr Anand suggested an implant to replace my lower left molar, and before I commit I have a few
questions, as I'm quite a nervous patient and have had a bad experience elsewhere.

How many appointments will the whole process take, from the first scan to the crown?
Do you offer sedation for the surgery itself?
Is the £2,450 quoted inclusive of the crown, or is that extra?
Can I spread the cost over 12 months like my husband did for his aligners?
Could you also tell me whether my Heathervale policy has ever paid towards implants for other patients?

I know that's a lot - sorry! I'd rather know everything up front.

With thanks,
Helen Stroud
""", asks=[("How many appointments will the whole process take, from the first scan to the crown?", 2),
           ("Do you offer sedation for the surgery itself?", None),
           ("Is the £2,450 quoted inclusive of the crown, or is that extra?", 2),
           ("Can I spread the cost over 12 months like my husband did for his aligners?", 2),
           ("Could you also tell me whether my Heathervale policy has ever paid towards implants for other patients?", None)])
c.agent("rhys", d(4, 10, 30), """Dear Helen,

No need to apologise - answers below.

> How many appointments will the whole process take, from the first scan to the crown?

Four: the scan, the placement, a check at two weeks and the crown about three months later.

> Is the £2,450 quoted inclusive of the crown, or is that extra?

Inclusive - the crown and the two-week check are in the price.

> Can I spread the cost over 12 months like my husband did for his aligners?

Yes, the same interest-free plan is available for implants.""", quote=False)

# --------------------------------------------------------------------------------------
# German cases
# --------------------------------------------------------------------------------------

c = case("g30-urlaub-zahnschmerzen", "de", "closed", {"unanswered-question": 2},
         ["Bekomme ich eine Rechnung auf Englisch und Deutsch, die ich bei meiner Auslandskrankenversicherung einreichen kann?",
          "Und können Sie mir bitte die Röntgenbilder mitgeben?"],
         "Jürgen Albrecht <juergen.albrecht@example.de>", "gmail_de", "Zahnschmerzen im Urlaub",
         "A German tourist: appointment and payment answered, the invoice for the travel "
         "insurer and the X-rays skipped.")
c.cust(d(9, 8, 20, CET), """Guten Tag,

ich bin gerade im Urlaub in Portlaw und habe seit gestern starke Zahnschmerzen oben rechts.
Können Sie mich morgen behandeln? Kann ich vor Ort mit Karte bezahlen?
Bekomme ich eine Rechnung auf Englisch und Deutsch, die ich bei meiner Auslandskrankenversicherung einreichen kann?
Und können Sie mir bitte die Röntgenbilder mitgeben?

Vielen Dank und freundliche Grüße
Jürgen Albrecht
""", asks=[("Können Sie mich morgen behandeln?", 2), ("Kann ich vor Ort mit Karte bezahlen?", 2),
           ("Bekomme ich eine Rechnung auf Englisch und Deutsch, die ich bei meiner Auslandskrankenversicherung einreichen kann?", None),
           ("Und können Sie mir bitte die Röntgenbilder mitgeben?", None)])
c.agent("katrin", d(9, 9, 10), """Guten Tag Herr Albrecht,

das tut mir leid! Morgen, Dienstag, um 9:30 Uhr hat Dr. Anand in Harbour Street einen Termin
für Sie frei. Kartenzahlung ist kein Problem, wir nehmen alle gängigen Karten.""")
c.cust(d(9, 9, 30, CET), """Danke, bis morgen!
{quote}""", thanks_only=True)

c = case("g31-kieferorthopaedie-sohn", "de", "closed", {}, [],
         "Sabine Krüger <sabine.krueger@example.de>", "outlook_de", "Zahnspange für unseren Sohn",
         "An expat parent's three questions answered; Outlook German header-block quoting.")
c.cust(d(4, 19, 10, CET), """Hallo,

wir sind vor kurzem aus Hamburg nach Westmere gezogen. Unser Sohn Lukas (13) trägt eine feste
Zahnspange, die in Deutschland eingesetzt wurde. Können Sie die Behandlung übernehmen?
Wir bräuchten außerdem einen Termin nach 15 Uhr wegen der Schule.
Ich wüsste auch gern, ob Sie die Unterlagen vom deutschen Kieferorthopäden direkt anfordern.

Mit freundlichen Grüßen
Sabine Krüger
""", asks=[("Können Sie die Behandlung übernehmen?", 2),
           ("Wir bräuchten außerdem einen Termin nach 15 Uhr wegen der Schule.", 2),
           ("Ich wüsste auch gern, ob Sie die Unterlagen vom deutschen Kieferorthopäden direkt anfordern.", 2)],
       kind="alt")
c.agent("katrin", d(5, 9, 0), """Hallo Frau Krüger,

ja, Dr. Moreau übernimmt laufende Behandlungen mit fester Spange. Die Unterlagen fordern wir
gern direkt an - schicken Sie mir nur Namen und Adresse der Praxis in Hamburg. Einen ersten
Termin hätte ich am Mittwoch, 11. November, um 15:40 Uhr in Westmere.""")
c.cust(d(5, 10, 0, CET), """Vielen Dank, der Termin passt. Die Praxis ist: KFO Dr. Lenz, Mühlenkamp 8, 22303 Hamburg.

Sabine Krüger
{quote}""")
c.agent("katrin", d(5, 11, 30), """Danke, die Anfrage an Dr. Lenz ist raus.""")

c = case("g32-ratenzahlung-warten", "de", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1}, [],
         "Markus Heller <markus.heller@example.de>", "thunderbird_de", "Ratenzahlung Implantat",
         "'Ich melde mich morgen' about instalments, never kept; the patient chases and waits.")
c.cust(d(11, 10, 0, CET), """Guten Tag,

ist eine Ratenzahlung für mein Implantat (2.450 £) über 24 Monate möglich?

Markus Heller
""", asks=[("ist eine Ratenzahlung für mein Implantat (2.450 £) über 24 Monate möglich?", 2)])
c.agent("katrin", d(11, 11, 0), """Guten Tag Herr Heller,

24 Monate sind bei uns nicht der Standard; ich frage bei unserer Buchhaltung nach und melde
mich morgen bei Ihnen.""", promises=[(eod(12), None)])
c.cust(d(17, 9, 0, CET), """Hallo Frau Vogel,

ich warte immer noch auf eine Antwort wegen der Ratenzahlung. Der OP-Termin ist in zwei Wochen.

Markus Heller
{quote}""", chase=True)

c = case("g33-umzug-unterlagen", "de", "closed", {}, [],
         "Petra Wagner <petra.wagner@example.at>", "thunderbird_de", "Patientenakte nach Wien",
         "A records transfer answered with 'Erledigt.'; a pleasantry.")
c.cust(d(2, 15, 0, CET), """Liebes Glenmoor-Team,

wie geht es Ihnen? Ich ziehe zurück nach Wien. Bitte schicken Sie meine Patientenakte an Zahnarztpraxis Dr. Hofer, hofer.praxis@example.at.

Herzliche Grüße
Petra Wagner
""", asks=[("Bitte schicken Sie meine Patientenakte an Zahnarztpraxis Dr. Hofer, hofer.praxis@example.at.", 2)])
c.agent("katrin", d(3, 8, 45), """Erledigt. Alles Gute in Wien, Frau Wagner!""")

c = case("g34-telefonnummer-gemischt", "de", "open",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1,
          "awaiting-reply": 1},
         ["Und bitte ändern Sie meine Handynummer auf 07700 900412."],
         "Stefan Brandl <stefan.brandl@example.de>", "gmail_de", "Bleaching / whitening quote",
         "A German/English mail: the quote is promised 'bis Freitag' and never sent, the phone "
         "number change is ignored, the patient asks for news.")
c.cust(d(4, 18, 30, CET), """Hallo,

I'm writing in German and English, my English is not so good. Was kostet das Bleaching
bei Ihnen, and can you send me a written quote?
Und bitte ändern Sie meine Handynummer auf 07700 900412.

Danke!
Stefan Brandl
""", asks=[("Was kostet das Bleaching bei Ihnen, and can you send me a written quote?", 2),
           ("Und bitte ändern Sie meine Handynummer auf 07700 900412.", None)])
c.agent("katrin", d(5, 10, 0), """Hallo Herr Brandl,

das Home-Bleaching kostet 295 £ inklusive Schienen. Das schriftliche Angebot schicke ich Ihnen
bis Freitag.""", promises=[(eod(6), None)])
c.cust(d(12, 20, 0, CET), """Hallo Frau Vogel, gibt es schon etwas Neues zum Angebot?

Stefan
{quote}""", chase=True)

# --------------------------------------------------------------------------------------
# French cases
# --------------------------------------------------------------------------------------

c = case("g35-couronne-touriste", "fr", "closed", {}, [],
         "Claire Bonnet <claire.bonnet@example.fr>", "apple_fr", "Couronne tombée",
         "A French tourist's crown: appointment and price answered in one sentence.")
c.cust(d(10, 8, 0, CET), """Bonjour,

Je suis en vacances à Portlaw et ma couronne est tombée ce matin (je l'ai gardée).
Pouvez-vous me recevoir avant vendredi ? Combien coûte le recollage d'une couronne ? Dois-je apporter la couronne ?

Merci beaucoup,
Claire Bonnet

Envoyé de mon iPhone
""", asks=[("Pouvez-vous me recevoir avant vendredi ?", 2),
           ("Combien coûte le recollage d'une couronne ?", 2),
           ("Dois-je apporter la couronne ?", 2)])
c.agent("amelie", d(10, 8, 40), """Bonjour Madame Bonnet,

Le Dr Anand peut vous recevoir demain mercredi à 14h à Harbour Street ; le recollage coûte
85 £, consultation comprise. Apportez bien la couronne.""")
c.cust(d(10, 9, 0, CET), """Parfait, merci !
{quote}""", thanks_only=True)

c = case("g36-relance-devis-implant", "fr", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         ["Pourriez-vous aussi m'envoyer le compte rendu de la radio panoramique ?"],
         "Olivier Marchetti <olivier.marchetti@example.fr>", "gmail", "Devis implant",
         "'Je reviens vers vous d'ici jeudi' kept only after a relance the next Monday; the "
         "X-ray report request is never answered.")
c.cust(d(9, 9, 0, CET), """Bonjour,

Je voudrais savoir si vous pouvez me faire un devis pour un implant (dent 36).
Pourriez-vous aussi m'envoyer le compte rendu de la radio panoramique ?

Cordialement,
Olivier Marchetti
""", asks=[("Je voudrais savoir si vous pouvez me faire un devis pour un implant (dent 36).", 4),
           ("Pourriez-vous aussi m'envoyer le compte rendu de la radio panoramique ?", None)])
c.agent("amelie", d(9, 11, 0), """Bonjour Monsieur Marchetti,

Je transmets votre demande au Dr Anand et je reviens vers vous d'ici jeudi avec le devis.""",
        promises=[(eod(12), 4)])
c.cust(d(16, 8, 30, CET), """Bonjour Amélie,

Je me permets de vous relancer au sujet du devis.

Olivier Marchetti
{quote}""", chase=True)
c.agent("amelie", d(16, 10, 0), """Bonjour Monsieur Marchetti,

Toutes mes excuses pour ce retard. Le devis pour l'implant est de 2 450 £, couronne comprise.""")

c = case("g37-gouttieres-enfant", "fr", "pending", {"unanswered-question": 2},
         ["Je voudrais savoir si vous fournissez une facture que notre mutuelle française acceptera.",
          "Merci de nous indiquer aussi le nom de l'orthodontiste qui suivra Léa."],
         "Nathalie Roussel <nathalie.roussel@example.fr>", "apple_fr", "Gouttières pour Léa",
         "A parent's four questions about aligners for her daughter: two answered, the mutuelle "
         "invoice and the orthodontist's name skipped.")
c.cust(d(13, 18, 0, CET), """Bonjour,

Nous habitons Westmere depuis septembre. Notre fille Léa (14 ans) aurait besoin de gouttières.
Est-ce que vous proposez des gouttières pour les adolescents ?
Combien de temps dure le traitement en général ?
Je voudrais savoir si vous fournissez une facture que notre mutuelle française acceptera.
Merci de nous indiquer aussi le nom de l'orthodontiste qui suivra Léa.

Bien à vous,
Nathalie Roussel
""", asks=[("Est-ce que vous proposez des gouttières pour les adolescents ?", 2),
           ("Combien de temps dure le traitement en général ?", 2),
           ("Je voudrais savoir si vous fournissez une facture que notre mutuelle française acceptera.", None),
           ("Merci de nous indiquer aussi le nom de l'orthodontiste qui suivra Léa.", None)],
       kind="alt")
c.agent("amelie", d(14, 10, 0), """Bonjour Madame Roussel,

Oui, nous traitons beaucoup d'adolescents avec des gouttières. Le traitement dure en moyenne
12 à 18 mois, selon le cas. Vous pouvez réserver un premier rendez-vous en ligne.""")

c = case("g38-base64-colleague", "fr", "closed", {}, [],
         "Henri Lefèvre <henri.lefevre@example.be>", "gmail", "Rendez-vous détartrage",
         "A base64 mail in French answered by an English-speaking colleague.")
c.cust(d(5, 9, 0, CET), """Bonjour,

Est-il possible d'avoir un détartrage lundi prochain à Abbeyfield ?
Je parle un peu anglais si c'est plus simple.

Henri Lefèvre
""", cte="base64", asks=[("Est-il possible d'avoir un détartrage lundi prochain à Abbeyfield ?", 2)])
c.agent("fiona", d(5, 10, 0), """Hello Mr Lefèvre,

Amélie is away today, so I'll reply in English: yes, we have a scale and polish on Monday
9 November at 11:30 at Abbeyfield with Jess. I've booked it for you.""")
c.cust(d(5, 10, 30, CET), """Merci, c'est noté.
{quote}""", thanks_only=True)

c = case("g39-oui-signature", "fr", "closed", {}, [],
         "Sylvie Garnier <sylvie.garnier@example.fr>", "apple_fr", "Certificat pour le travail",
         "A request answered with 'Oui' and the attachment; a signature line with a question mark.")
c.cust(d(6, 14, 0, CET), """Bonjour,

Pouvez-vous m'envoyer une attestation de présence pour mon rendez-vous d'urgence du 5 novembre ?
C'est pour mon employeur.

Sylvie Garnier
--
Des questions sur nos formations ? https://forma-garnier.example/contact?src=sig
""", asks=[("Pouvez-vous m'envoyer une attestation de présence pour mon rendez-vous d'urgence du 5 novembre ?", 2)])
c.agent("amelie", d(6, 15, 0), """Oui, la voici en pièce jointe.""",
        attach=[("application/pdf", "attestation_Garnier.pdf",
                 mailcraft.pdf(["Attestation de presence", "Sylvie Garnier - 5 novembre 2026"]))])

# --------------------------------------------------------------------------------------
# Spanish cases
# --------------------------------------------------------------------------------------

c = case("g40-urgencia-turista", "es", "closed", {}, [],
         "Javier Ortega <javier.ortega@example.es>", "gmail_es", "Urgencia dental",
         "A Spanish tourist's emergency: today's slot and the price answered.")
c.cust(d(4, 9, 10, CET), """Hola,

Estoy de viaje en Portlaw y se me ha roto un empaste. ¿Pueden atenderme hoy?
¿Cuánto cuesta una consulta de urgencia? ¿Tengo que llevar algún documento?

Gracias,
Javier Ortega
""", asks=[("¿Pueden atenderme hoy?", 2), ("¿Cuánto cuesta una consulta de urgencia?", 2),
           ("¿Tengo que llevar algún documento?", 2)])
c.agent("lucia", d(4, 9, 0), """Hola Javier:

Sí, hoy a las 12:10 en Harbour Street. La consulta de urgencia cuesta 65 £ y el empaste
provisional 40 £ más. Basta con el DNI o el pasaporte.""")

c = case("g41-formulario-seguro-espera", "es", "closed", {"customer-chased": 1}, [],
         "Marta Serrano <marta.serrano@example.es>", "gmail_es", "Formulario del seguro",
         "The form request is skipped in the first reply, the patient insists and the form "
         "is sent: answered late, but answered.")
c.cust(d(2, 10, 0, CET), """Hola:

El mes pasado me hicieron una endodoncia. ¿Me pueden enviar la factura detallada?
Por favor, rellenen también el formulario de reembolso de mi seguro que adjunto.

Un saludo,
Marta Serrano
""", asks=[("¿Me pueden enviar la factura detallada?", 2),
           ("Por favor, rellenen también el formulario de reembolso de mi seguro que adjunto.", 4)],
       attach=[PDF_FORM_ES])
c.agent("lucia", d(2, 12, 0), """Hola Marta:

Te adjunto la factura detallada de la endodoncia.""",
        attach=[("application/pdf", "factura_31502.pdf",
                 mailcraft.pdf(["Glenmoor Dental Group - factura 31502", "Endodoncia 420.00 GBP"]))])
c.cust(d(5, 9, 0, CET), """Hola Lucía:

Gracias por la factura. ¿Hay alguna novedad con el formulario del seguro? Sigo esperando.

Marta
{quote}""", chase=True, asks=[("¿Hay alguna novedad con el formulario del seguro?", 4)])
c.agent("lucia", d(5, 11, 0), """Hola Marta:

Perdona, se me pasó. Aquí tienes el formulario rellenado y firmado por el Dr. Anand.""",
        attach=[PDF_FORM_ES])

c = case("g42-plazos-factura-empresa", "es", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1},
         ["Por favor, envíenme también la factura a nombre de mi empresa, Serrano y Vidal S.L., con el CIF B-12345678."],
         "Andrés Vidal <andres.vidal@example.es>", "android", "Pago a plazos",
         "Instalments answered; the company invoice is ignored and a promised call-back "
         "'mañana' never happens.")
c.cust(d(3, 17, 0, CET), """Buenas tardes:

Quisiera saber si puedo pagar el tratamiento de ortodoncia en tres plazos.
Por favor, envíenme también la factura a nombre de mi empresa, Serrano y Vidal S.L., con el CIF B-12345678.

Andrés Vidal
Enviado desde Outlook para Android
""", asks=[("Quisiera saber si puedo pagar el tratamiento de ortodoncia en tres plazos.", 2),
           ("Por favor, envíenme también la factura a nombre de mi empresa, Serrano y Vidal S.L., con el CIF B-12345678.", None)])
c.agent("lucia", d(4, 9, 0), """Hola Andrés:

Sí, se puede pagar en tres plazos sin intereses. Mañana le confirmo las fechas de cada
plazo.""", promises=[(eod(5), None)])

c = case("g43-lunes-cumplido", "es", "closed", {}, [],
         "Carmen Ibáñez <carmen.ibanez@example.mx>", "apple", "Traslado de historial",
         "'Le escribo el lunes' kept on the Monday.")
c.cust(d(5, 16, 0, CET), """Hola:

¿Podrían enviar mi historial dental a mi nuevo dentista en Ciudad de México? Le adjunto sus
datos más abajo.

Dra. Paula Reyes, Clínica Roma Norte, historial@example.mx

Carmen Ibáñez
""", asks=[("¿Podrían enviar mi historial dental a mi nuevo dentista en Ciudad de México?", 3)])
c.agent("lucia", d(6, 9, 0), """Hola Carmen:

Para envíos fuera del Reino Unido necesitamos su firma en un formulario; lo preparo y le
escribo el lunes.""", promises=[(eod(9), 3)])
c.agent("lucia", d(9, 10, 0), """Hola Carmen:

Como le dije, aquí tiene el formulario. Fírmelo y devuélvalo, y enviamos el historial el
mismo día.""", parent=2, attach=[("application/pdf", "consentimiento_envio.pdf",
                                  mailcraft.pdf(["Consentimiento de envio de historial"]))])

c = case("g44-cerrada-reabierta", "es", "pending", {"unanswered-question": 1, "reopened": 1},
         ["¿Y me pueden decir si el blanqueamiento es seguro durante la lactancia?"],
         "Lorena Castillo <lorena.castillo@example.es>", "gmail_es", "Cita de revisión",
         "Closed in Spanish, then a new request reopens it; the reply moves the appointment "
         "but skips the question about whitening while breastfeeding.")
c.cust(d(6, 11, 0, CET), """Hola, ¿me pueden dar cita de revisión para dentro de dos semanas?

Lorena
""", asks=[("¿me pueden dar cita de revisión para dentro de dos semanas?", 2)])
c.agent("lucia", d(6, 12, 0), """Hola Lorena:

Tienes cita el jueves 19 a las 10:00 en Westmere. Doy por cerrada la consulta; escríbenos si
necesitas algo más.""", closes=True)
c.cust(d(16, 9, 0, CET), """Hola Lucía:

Tengo que cambiar la cita del jueves 19, ¿la podemos pasar al lunes 23?
¿Y me pueden decir si el blanqueamiento es seguro durante la lactancia?

Lorena
{quote}""", asks=[("¿la podemos pasar al lunes 23?", 4),
                  ("¿Y me pueden decir si el blanqueamiento es seguro durante la lactancia?", None)])
c.agent("lucia", d(16, 10, 30), """Hola Lorena:

Hecho: lunes 23 a las 10:00 en Westmere.""")

# --------------------------------------------------------------------------------------
# Checking the labels against the facts, and writing
# --------------------------------------------------------------------------------------


def own_text(m: Msg) -> str:
    """What the author of ``m`` wrote: the body without the quoted parent and without lines
    quoted by hand (``>``)."""
    own = m.body.replace("{quote}", "")
    return "\n".join(ln for ln in own.split("\n") if not ln.startswith(">"))


def collapse(text: str) -> str:
    """``text`` with every run of whitespace made one space (a question may wrap lines)."""
    return " ".join(text.split())


def recompute_questions(c: Case) -> list[str]:
    """Set each patient message's unanswered questions from its asks and return the problems:
    an ask not in the patient's own words, or 'answered' by something that is not a later
    support reply. A question with no support reply after it is awaiting-reply territory."""
    problems = []
    by_number = {m.number: m for m in c.msgs}
    for m in c.msgs:
        m.uq = []
        for question, answered_by in m.asks:
            if m.role != "customer" or collapse(question) not in collapse(own_text(m)):
                problems.append(f"{c.name}: ask {question!r} is not in message {m.number}'s own text")
            if answered_by is not None:
                a = by_number.get(answered_by)
                if a is None or a.role != "agent" or a.date <= m.date:
                    problems.append(f"{c.name}: {question!r} 'answered' by message {answered_by}")
            elif any(r.role == "agent" and r.date > m.date for r in c.msgs):
                m.uq.append(question)
    return problems


def check(cases: list[Case]) -> list[str]:
    """Every disagreement between the hand-written labels and the messages' facts."""
    problems = []
    for c in cases:
        for m in c.msgs:
            m.promises = [(dl, c.msgs[k - 1].key if k else None) for dl, k in m.promises]
        problems += recompute_questions(c)
        own = [own_text(m) for m in c.msgs if m.role == "customer"]
        for q in c.uq:
            if not any(q in t for t in own):
                problems.append(f"{c.name}: labelled question {q!r} is in no customer message")
        facts_uq = [q for m in sorted(c.msgs, key=lambda m: m.date) for q in m.uq]
        if sorted(facts_uq) != sorted(c.uq):
            problems.append(f"{c.name}: unanswered questions {c.uq}, facts say {facts_uq}")
        status = mailcraft.contract_status(c.msgs, CONTRACT)
        if status != c.status:
            problems.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(c.msgs, CONTRACT)
        if rules != c.rules:
            problems.append(f"{c.name}: rules {c.rules}, facts say {rules}")
        for m in c.msgs:
            for dl, kept in m.promises:
                if kept and (c.msgs[int(kept.rsplit("/", 1)[1]) - 1].role != "agent"
                             or c.msgs[int(kept.rsplit("/", 1)[1]) - 1].date <= m.date):
                    problems.append(f"{c.name}: promise of message {m.number} kept by {kept}")
    return problems


def render(cases: list[Case]) -> list[Msg]:
    """All messages with their Message-IDs and raw bytes, in date order."""
    for c in cases:
        for m in c.msgs:
            m.note = f"{c.name} message {m.number}"
    return mailcraft.render_corpus([m for c in cases for m in c.msgs], PROFILE)


def round_trip_problems(msgs: list[Msg], out: Path) -> list[str]:
    """Problems of the written mailbox read back: parser defects, unknown references, text
    parts that do not decode to what was written."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    problems = mailcraft.parse_problems(inbox + sent)
    parsed = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent}
    for m in msgs:
        p, in_mbox = parsed[m.message_id]
        if m.kind != "html":
            problem = mailcraft.round_trip_problem(m, p, in_mbox)
            if problem:
                problems.append(problem)
    return problems


def answered_count(cases: list[Case]) -> int:
    """How many patient questions and requests a support reply answered."""
    return sum(1 for c in cases for m in c.msgs for _, by in m.asks if by is not None)


def write(out: Path) -> None:
    """Check the labels, then write the mailbox, labels.json and CASES.md under ``out``."""
    problems = check(CASES)
    if problems:
        raise SystemExit("refusing to write:\n  " + "\n  ".join(problems))
    msgs = render(CASES)
    if (out / "mailbox").exists():
        shutil.rmtree(out / "mailbox")
    (out / "mailbox").mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (out / "mailbox" / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(out / "mailbox" / "Sent", sent, "mx1.glenmoordental.example")
    problems = round_trip_problems(msgs, out)
    if problems:
        raise SystemExit("written mail does not read back:\n  " + "\n  ".join(problems))
    labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status, c.rules,
             c.story) for c in CASES]
    (out / "CASES.md").write_text(
        mailcraft.cases_table("Practice23 corpus: Glenmoor Dental Group patient support",
                              "make_practice23_corpus.py", rows), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice23",
                    help="folder to write the corpus into (default tests/practice23)")
    args = ap.parse_args()
    write(args.out)
    print(f"{len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages, "
          f"{sum(len(c.uq) for c in CASES)} unanswered and {answered_count(CASES)} answered "
          f"questions -> {args.out}")


if __name__ == "__main__":
    main()
