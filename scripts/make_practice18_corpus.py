#!/usr/bin/env python3
"""Regenerate ``tests/practice18/``: the labelled corpus of Corriedale Language Services.

The shared inbox of a fictional translation agency and language school in Bristol, with a
German desk in Berlin, a French desk in Lyon and a course coordinator in Madrid: certified
translations of civil and legal documents, apostilles, interpreting bookings for businesses,
group and private language courses, placement tests, invoices to companies, deadlines and
rush fees. Written without looking at the detection heuristics or at the other corpora's
cases. It is question-heavy: clients ask several things at once, often in passing, and often
in more than one language (a German client writing English with German words in it, a Spanish
student switching to English to practise). Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00
with the contract defaults, support domain ``corriedale.example``.

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

Usage: python scripts/make_practice18_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "corriedale.example"
SUPPORT = "Corriedale Language Services <hello@corriedale.example>"
HELPDESK = "Corriedale Language Services <hello@corriedale.example>"
RULES = mailcraft.RULES

AGENTS = {
    "fiona": ("Fiona Marsh <fiona@corriedale.example>", "thunderbird", """-- 
Fiona Marsh
Client Services - Certified Translations
Corriedale Language Services | 14 Park Street, Bristol BS1 5HX
Get a quote: https://corriedale.example/quote?src=signature"""),
    "rajesh": ("Rajesh Menon <rajesh@corriedale.example>", "outlook", """Kind regards,
Rajesh Menon
Senior Project Manager - Translation & Conference Interpreting
Corriedale Language Services | +44 117 555 0143"""),
    "owen": ("Owen Pryce <owen@corriedale.example>", "owa", """Best regards,
Owen Pryce
Accounts | Corriedale Language Services
Questions about an invoice? https://corriedale.example/billing?ref=mail
This e-mail and any attachments are confidential and intended solely
for the addressee. If you received it in error, please delete it."""),
    "katrin": ("Katrin Vogel <katrin@corriedale.example>", "outlook_de", """Viele Grüße / Kind regards
Katrin Vogel
Dolmetschdienste & German Desk | Corriedale Language Services
Berlin office: +49 30 555 01 88"""),
    "amelie": ("Amélie Dubois <amelie@corriedale.example>", "apple_fr", """--
Amélie Dubois
Bureau France & cours de français | Corriedale Language Services
https://corriedale.example/fr"""),
    "ines": ("Inés Castillo <ines@corriedale.example>", "gmail_es", """--
Inés Castillo
Coordinación de cursos | Course coordinator
Corriedale Language Services - https://corriedale.example/es/cursos"""),
    "daniel": ("Daniel Okoro <daniel@corriedale.example>", "apple", """Best wishes,
Daniel Okoro
Director of Studies - English & Private Tuition
Corriedale Language Services"""),
}

ACK = {
    "en": """Thank you for contacting Corriedale Language Services.

This is an automatic confirmation that we have received your message
(reference {ref}). Our office is open Monday to Friday, 9am-5.30pm UK
time, and we will reply within 24 hours.

For urgent interpreting requests please call +44 117 555 0100.

Corriedale Language Services
https://corriedale.example/contact?ref={ref}""",
    "de": """Vielen Dank für Ihre Nachricht an Corriedale Language Services.

Dies ist eine automatische Eingangsbestätigung (Vorgang {ref}). Wir
antworten Ihnen innerhalb von 24 Stunden (Mo-Fr, 9-17:30 Uhr UK-Zeit).

Corriedale Language Services""",
    "fr": """Merci d'avoir contacté Corriedale Language Services.

Ceci est un accusé de réception automatique (dossier {ref}). Notre
équipe vous répondra sous 24 heures, du lundi au vendredi.

Merci de ne pas répondre à ce message.

Corriedale Language Services""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-OriginatorOrg: corriedale.example"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Corriedale Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="cls.", outlook_server="CWLP12")

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

SCAN = mailcraft.png(20, 28, lambda x, y: (245, 242, 230) if y % 5 else (60, 60, 70))
LICENCE_FRONT = mailcraft.png(28, 18, lambda x, y: (200, 215, 235) if (x + y) % 7 else (30, 50, 120))
LICENCE_BACK = mailcraft.png(28, 18, lambda x, y: (225, 230, 240) if y % 4 else (40, 40, 40))


def doc(*lines: str) -> bytes:
    """A one-page PDF with ``lines`` of text (a quote, an invoice, a certified translation)."""
    return mailcraft.pdf(list(lines))


def pdf_attachment(name: str, *lines: str) -> tuple[str, str, bytes]:
    """A PDF attachment called ``name``."""
    return ("application/pdf", name, doc(*lines))


def png_attachment(name: str, data: bytes = SCAN) -> tuple[str, str, bytes]:
    """A PNG attachment called ``name`` (a scan or phone photo)."""
    return ("image/png", name, data)


# --------------------------------------------------------------------------------------
# Cases (English)
# --------------------------------------------------------------------------------------

case("c01-birth-certificate-visa", "en", "closed", {},
     "Piotr Nowak <piotr.nowak@example.com>", "gmail", "Translation of birth certificate for visa",
     "Three questions answered in one paragraph, out of order; go-ahead, delivery, thanks-only.",
     cust("c1", at(2, "09:12"), """Hello,

I need my birth certificate (it is in Polish) translated into English for my
UK visa application. How much would that cost? How long does it take?
And is a scan good enough or do you need the original? I attached the scan.

Thanks,
Piotr""", attach=[png_attachment("akt_urodzenia_scan.png")],
          aq=["How much would that cost?", "How long does it take?",
              "is a scan good enough or do you need the original?"]),
     agent("fiona", "a1", at(2, "11:40"), """Dear Piotr,

Thank you for the scan - it is perfectly readable, and a scan is all the Home
Office needs, as we certify our translation rather than your original. The fee
for a one-page civil certificate is £38 plus VAT, which includes the certified
PDF and a signed hard copy by post, and it takes two working days.

If you're happy with that, just reply to say so and we'll start today."""),
     cust("c2", at(2, "12:05"), """Perfect, please go ahead with the translation.

Piotr""", aq=["please go ahead with the translation."]),
     agent("fiona", "a2", at(4, "14:20"), """Dear Piotr,

Your certified translation is attached, together with our invoice C-26-1187.
The signed hard copy went in this afternoon's post.""",
           attach=[pdf_attachment("Nowak_birth_certificate_EN_certified.pdf",
                                  "Certified translation from Polish", "Birth certificate - Piotr Nowak",
                                  "Translator: M. Zielinska MCIL")]),
     cust("c3", at(4, "15:02"), """Brilliant, thank you so much!

Piotr""", thanks=True))

UNANSWERED["c02-factory-visit-mandarin"] = [
    "Can the interpreter bring tour-guide headsets, or do we need to hire those ourselves?"]
case("c02-factory-visit-mandarin", "en", "closed", {"unanswered-question": 1},
     "Helen Briggs <h.briggs@ashcombe-engineering.example>", "outlook",
     "Mandarin interpreter for factory visit 12 Nov",
     "Availability and day rate answered, the headset question never; the booking and the "
     "invoice address are handled.",
     cust("c1", at(3, "10:30"), """Hi,

We have a delegation of six engineers from Ningbo visiting our plant in
Swindon on Thursday 12 November, 9am to 4pm. We need a Mandarin-English
interpreter for the day - consecutive, mostly walking round the shop floor.

Is anyone available on that date? What would the day rate be, including travel
from Bristol? Can the interpreter bring tour-guide headsets, or do we need to hire those ourselves?

Thanks,
Helen Briggs
Operations Manager, Ashcombe Engineering Ltd""",
          aq=["Is anyone available on that date?",
              "What would the day rate be, including travel\nfrom Bristol?"],
          uq=["Can the interpreter bring tour-guide headsets, or do we need to hire those ourselves?"]),
     agent("katrin", "a1", at(3, "15:05", 1), """Dear Helen,

Good news: Li Wen, one of our senior Mandarin interpreters, is free on
12 November and has done several factory tours (automotive and packaging).

For a full day of up to 8 hours the fee is £640 plus VAT. Travel from Bristol
is charged at 45p per mile, so roughly £75 for the return trip to Swindon.

The booking form is attached; the booking is confirmed once it is signed.""",
           attach=[pdf_attachment("CLS_booking_form_interpreting.pdf", "Interpreting booking form",
                                  "Language: Mandarin - English", "Date: 12 November 2026")]),
     cust("c2", at(4, "09:15"), """Hi Katrin,

Signed form attached. Please send the invoice to accounts@ashcombe-engineering.example.

Helen""", attach=[pdf_attachment("booking_form_signed.pdf", "Signed: H. Briggs", "Ashcombe Engineering Ltd")],
          aq=["Please send the invoice to accounts@ashcombe-engineering.example."]),
     agent("katrin", "a2", at(4, "11:02", 1), """Dear Helen,

Thank you - the booking is confirmed. Li Wen will meet your visitors at
reception at 8:45. I've noted accounts@ashcombe-engineering.example as the
invoice address for your account."""))

UNANSWERED["c03-staff-spanish-course"] = [
    "can the invoice be split between our two cost centres (BW-OPS and BW-SALES), four people each?"]
case("c03-staff-spanish-course", "en", "closed", {"unanswered-question": 1},
     "Marcus Dale <marcus.dale@brightwater-logistics.example>", "gmail",
     "Beginners' Spanish for our Avonmouth team",
     "In-company course set up smoothly; a question sent the evening before the start (split "
     "invoice) is passed over by the good-luck reply; a withdrawn question about parking.",
     cust("c1", at(2, "08:50"), """Hello,

Brightwater Logistics would like to start a beginners' Spanish course for 8 staff
at our Avonmouth office, once a week, ideally Tuesday lunchtimes.

Do your teachers come to the client's premises? Do staff need to take a
placement test if they're complete beginners? What does a 10-week course cost
for the group?

Marcus Dale
HR Business Partner, Brightwater Logistics""",
          aq=["Do your teachers come to the client's premises?",
              "Do staff need to take a\nplacement test if they're complete beginners?",
              "What does a 10-week course cost\nfor the group?"]),
     agent("ines", "a1", at(2, "14:30", 1), """Hi Marcus,

Yes, our teachers come to you - most of our company courses run on site. Complete
beginners don't need a placement test; anyone who already has some Spanish takes
our free 20-minute online test so that we can pitch the course right.

A 10-week course of 90 minutes a week for up to 10 people costs £1,650 + VAT,
books included. We could start on Tuesday 10 November if you confirm this week."""),
     cust("c2", at(3, "09:10"), """Great, let's go for Tuesday 10 November, 12:30-14:00.

Marcus"""),
     agent("ines", "a2", at(3, "11:00", 1), """Confirmed! Your teacher will be Lucía Prieto, who teaches our
Thursday evening beginners. She brings the course books to the first lesson."""),
     cust("c3", at(9, "16:40"), """Hi Inés,

One more thing before we start tomorrow: can the invoice be split between our two cost centres (BW-OPS and BW-SALES), four people each?
Also, is there parking for the teacher? No wait, she can use our visitor
bays of course, ignore that.

Thanks,
Marcus""", uq=["can the invoice be split between our two cost centres (BW-OPS and BW-SALES), four people each?"]),
     agent("ines", "a3", at(9, "18:05", 1), """Hi Marcus,

All set for tomorrow - Lucía will be at your reception at 12:20 with the books.
¡Buena suerte a todos!"""))

case("c04-apostille-degree-valencia", "en", "closed", {},
     "Sophie Turner <sophie.turner@example.org>", "iphone", "Apostille + Spanish translation of degree",
     "The agent checks with the notary and comes back on the promised Monday; the customer's "
     "closing note only acknowledges.",
     cust("c1", at(4, "19:22"), """Hi, I'm moving to Valencia to teach in January and the school needs my UK
degree certificate apostilled and translated into Spanish. Can you arrange the apostille as well as the translation, or do I have to get the apostille from the FCDO myself first?

Sent from my iPhone""",
          aq=["Can you arrange the apostille as well as the translation, or do I have to get the apostille from the FCDO myself first?"]),
     agent("fiona", "a1", at(5, "09:30"), """Hi Sophie,

We can do both, but the order of the steps matters for Spain, and it depends on
whether the Valencian education authority also wants the translation itself
apostilled. Let me check with our notary partner which route they accept, and
I'll get back to you by Monday.""", promises=[(eod(9), "a2")]),
     agent("fiona", "a2", at(9, "11:15"), """Hi Sophie,

As promised - our notary partner confirms the route Valencia accepts:

1. a solicitor certifies a copy of your degree certificate,
2. the FCDO apostilles that copy (about 5 working days),
3. our sworn translator translates the certificate and the apostille into Spanish.

We handle all three steps. The total is £186, FCDO fee included. Reply with the
go-ahead and I'll send you the payment link.""", parent="c1"),
     cust("c2", at(9, "20:40"), """That's great, thanks Fiona. I'll talk to the school first and let you know.

Sent from my iPhone""", thanks=True))

UNANSWERED["c05-rush-fee-invoice"] = []
case("c05-rush-fee-invoice", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
     "Gareth Lloyd <gareth.lloyd@harrowgate-legal.example>", "outlook", "Rush fee on invoice C-26-1204",
     "Accounts promises an answer 'tomorrow', says nothing for a week; the customer chases and "
     "gets the explanation and a corrected invoice (kept late = missed).",
     cust("c1", at(9, "10:05"), """Hello,

Our invoice C-26-1204 for the supply contract translation includes a rush fee of
£120. We asked for delivery on 6 November, which was your standard turnaround
according to the quote. Why has the rush fee been added?

Regards,
Gareth Lloyd
Practice Manager, Harrowgate Legal LLP""", aq=["Why has the rush fee been added?"]),
     agent("owen", "a1", at(9, "11:30"), """Dear Gareth,

Thanks for flagging this. I'll check the job notes with the project manager and
get back to you tomorrow.""", kind="alt", promises=[(eod(10), "a2")]),
     cust("c2", at(16, "09:12"), """Hello Owen,

I'm still waiting to hear back about the rush fee on C-26-1204. Could you let me know where this stands? Our accounts team wants to pay this week.

Gareth""", chase=True, aq=["Could you let me know where this stands?"]),
     agent("owen", "a2", at(17, "10:20"), """Dear Gareth,

Apologies for the delay. Rajesh tells me the source document was replaced on
3 November with a version 12 pages longer, which moved the job into our 48-hour
tier. As nobody told you that at the time, I have removed the rush fee: the
corrected invoice (£120 less) is attached.""", kind="alt",
           attach=[pdf_attachment("C-26-1204-rev1.pdf", "Invoice C-26-1204 rev 1",
                                  "Harrowgate Legal LLP", "Rush fee removed")]))

case("c06-placement-test-link", "en", "closed", {},
     "Aiko Tanaka <aiko.tanaka@example.net>", "gmail", "Placement test link expired",
     "HTML-only mail; a self-answered question (candidate number); new link, thanks-only, result.",
     cust("c1", at(3, "18:30"), """Hello,

I registered for the English placement test but the link in your email says
"session expired". Could you send me a new link?

Where do I find my candidate number? Oh, it is in the confirmation email, sorry.

Thank you,
Aiko Tanaka""", kind="html", aq=["Could you send me a new link?"]),
     agent("daniel", "a1", at(4, "09:05"), """Dear Aiko,

Here is a fresh link, valid for seven days:
https://corriedale.example/test/start?cand=CLS-44817&t=9f2a

The test takes about 40 minutes, and it saves your answers as you go."""),
     cust("c2", at(4, "21:10"), """It worked, thank you! I finished the test.

Aiko""", kind="html", thanks=True),
     agent("daniel", "a2", at(5, "10:00"), """Dear Aiko,

Well done - you placed at B2 (upper intermediate). The B2 evening group starts
on Monday 16 November, Mondays and Wednesdays 18:30-20:00; the booking link is
on your results page."""))

UNANSWERED["c07-frankfurt-exec-lessons"] = [
    "Also please send the contract to my assistant, Frau Lindner (s.lindner@kessler-maschinenbau.example), she handles all this Papierkram."]
case("c07-frankfurt-exec-lessons", "en", "closed", {"unanswered-question": 1},
     "Jörg Hartmann <j.hartmann@kessler-maschinenbau.example>", "outlook_de",
     "Business English private lessons",
     "German executive writing English with German words; three questions answered, the request "
     "in passing (contract to his assistant) ignored; a thanks-only acceptance.",
     cust("c1", at(4, "08:15", 1), """Sehr geehrte Damen und Herren,

I am Head of Sales at Kessler Maschinenbau and I must improve my business English
before an important Termin with a customer in Manchester in January. I would like
private lessons, 2x per week, online, very early (7:30 German time - I know, I
know, but my Kalender is voll the rest of the day). Is this possible? How much do 20 lessons cost? Is the teacher a native speaker?

Also please send the contract to my assistant, Frau Lindner (s.lindner@kessler-maschinenbau.example), she handles all this Papierkram.

Mit freundlichen Grüßen / Best regards
Jörg Hartmann
Vertriebsleiter | Kessler Maschinenbau GmbH""",
          aq=["Is this possible?", "How much do 20 lessons cost?", "Is the teacher a native speaker?"],
          uq=["Also please send the contract to my assistant, Frau Lindner (s.lindner@kessler-maschinenbau.example), she handles all this Papierkram."]),
     agent("daniel", "a1", at(4, "10:20"), """Dear Mr Hartmann,

Guten Morgen! 7:30 in Frankfurt is 6:30 here, which is early for us too - but
Graham Ellis, who teaches most of our executive clients, is happy to start at
that time on Tuesdays and Thursdays. Graham is from Leeds and has taught business
English for twelve years, much of it to engineering and sales teams.

A package of 20 online lessons of 60 minutes is £1,140; with your company's VAT ID
no UK VAT is added. Graham could start on Tuesday 10 November."""),
     cust("c2", at(4, "12:00", 1), """Wunderbar - vielen Dank, Mr Okoro! That sounds perfect.

J. Hartmann""", thanks=True))

UNANSWERED["c08-tribunal-witness-statement"] = [
    "Please also invoice the translation separately from the certification fee - our client's legal aid covers only the translation."]
case("c08-tribunal-witness-statement", "en", "pending",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
     "Amira Haddad <amira@haddad-immigration.example>", "thunderbird",
     "Arabic witness statement - tribunal 19 Nov",
     "Delivery promised for Friday arrives on Monday after a Saturday chase; the separate-invoice "
     "request is acknowledged with 'Received' and then ignored (one combined invoice).",
     cust("c1", at(9, "09:40"), """Dear Corriedale team,

We need the attached Arabic witness statement (14 pages) translated into English
and certified for a tribunal hearing on 19 November. The bundle must be filed by
Monday 16 November.

Can you deliver by Friday 13 November? Could you also confirm whether your translator can sign a statement of truth in the format the tribunal uses?

Kind regards,
Amira Haddad
Haddad Immigration Solicitors""",
          attach=[pdf_attachment("witness_statement_AR.pdf", "Witness statement (Arabic)", "14 pages")],
          aq=["Can you deliver by Friday 13 November?",
              "Could you also confirm whether your translator can sign a statement of truth in the format the tribunal uses?"]),
     agent("rajesh", "a1", at(9, "11:05"), """Dear Ms Haddad,

Yes - we will deliver the certified translation by Friday 13 November, end of day.
Our Arabic translator, Samir, has signed tribunal statements of truth many times;
send us the template and he will use it.

The fee is £0.14 per word: 4,100 words, so £574 + VAT.""", promises=[(eod(13), "a3")]),
     cust("c2", at(9, "11:30"), """Thank you. Template attached.

Please also invoice the translation separately from the certification fee - our client's legal aid covers only the translation.

Amira""", attach=[pdf_attachment("statement_of_truth_template.pdf", "Statement of truth", "Translator declaration")],
          uq=["Please also invoice the translation separately from the certification fee - our client's legal aid covers only the translation."]),
     agent("rajesh", "a2", at(9, "12:10"), """Received, thanks - Samir has the template."""),
     cust("c3", at(14, "09:05"), """Dear Rajesh,

We were promised the translation by Friday and nothing has arrived. Just following
up, as we have to file on Monday morning.

Amira""", chase=True),
     agent("rajesh", "a3", at(16, "08:30"), """Dear Ms Haddad,

I am very sorry. Samir was taken ill on Friday and I failed to let you know. The
certified translation is attached, with the statement of truth signed on your
template. Our invoice C-26-1219 (£574 + VAT, certification included) is attached
too.""", attach=[pdf_attachment("Haddad_witness_statement_EN_certified.pdf", "Certified translation",
                                  "Witness statement - 14 pages"),
                   pdf_attachment("C-26-1219.pdf", "Invoice C-26-1219", "GBP 574.00 + VAT")]))

case("c09-vat-number-invoice", "en", "closed", {},
     "Priya Shah <p.shah@northgate-pharma.example>", "owa", "Invoice C-26-1172 - wrong VAT number",
     "Two requests answered with an attachment and a bare 'Done'; thanks-only.",
     cust("c1", at(3, "14:00"), """Hi,

Invoice C-26-1172 shows our old VAT number (GB 284 1193 07). Can you reissue it with GB 339 5521 84?
And could you send future invoices to ap@northgate-pharma.example rather than to me?

Thanks,
Priya Shah
Procurement, Northgate Pharma""",
          aq=["Can you reissue it with GB 339 5521 84?",
              "could you send future invoices to ap@northgate-pharma.example rather than to me?"]),
     agent("owen", "a1", at(3, "15:30"), """Hi Priya,

Reissued invoice attached.

Done - ap@ is now the invoice address on your account.""",
           attach=[pdf_attachment("C-26-1172-rev1.pdf", "Invoice C-26-1172 rev 1", "VAT GB 339 5521 84")]),
     cust("c2", at(3, "15:45"), """Perfect, thanks Owen!""", thanks=True))

UNANSWERED["c10-kids-french-template"] = [
    "Do you take children as young as 9 in your French classes?",
    "is there a discount for siblings?"]
case("c10-kids-french-template", "en", "closed", {"unanswered-question": 2},
     "Claire Whitfield <claire.whitfield@example.com>", "apple", "French classes for my daughter",
     "A templated reply covers the weekend groups and skips the age and the sibling discount.",
     cust("c1", at(5, "20:15"), """Hello,

My daughter is 9 and bilingual English/French, and the French at her school is
far too easy for her. Do you take children as young as 9 in your French classes? Are there any
weekend classes? Her brother (12) might join too - is there a discount for siblings?

Many thanks,
Claire Whitfield""",
          aq=["Are there any\nweekend classes?"],
          uq=["Do you take children as young as 9 in your French classes?", "is there a discount for siblings?"]),
     agent("amelie", "a1", at(6, "10:10", 1), """Bonjour, and thank you for your interest in Corriedale Language Services!

Our French group courses run in 10-week terms. Weekday evening groups meet Monday
to Thursday from 18:30, and our Saturday morning groups meet from 10:00 to 11:30
at our Park Street school.

New learners take a free placement test before joining:
https://corriedale.example/test?lang=fr&src=enquiry

The next term starts on 11 January 2027, and places are allocated in order of
registration. We look forward to welcoming you!"""),
     cust("c2", at(6, "10:40"), """Thank you, we'll have a look at the Saturday groups.

Claire""", thanks=True))

UNANSWERED["c11-dairy-forum-simultaneous"] = [
    "Can you also send us a short bio of each interpreter for the programme booklet?"]
case("c11-dairy-forum-simultaneous", "en", "closed",
     {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
     "Tom Ashworth <tom.ashworth@westbury-events.example>", "gmail",
     "Simultaneous interpreting - European Dairy Forum 3-4 Dec",
     "Client services, the project manager and accounts all reply (three agents); the quote "
     "promised by a colleague arrives on time, the booth floor plan promised 'tomorrow' never "
     "does, the interpreters' bios are never sent.",
     cust("c1", at(2, "10:00"), """Hi,

We're organising the European Dairy Forum in Bristol on 3-4 December, about 200
delegates. We need simultaneous interpreting French<>English in both plenary
sessions, plus booths and receivers.

Can you quote for interpreters and equipment together? Do you need the speakers'
slides in advance?

Tom Ashworth
Westbury Events""",
          aq=["Can you quote for interpreters and equipment together?",
              "Do you need the speakers'\nslides in advance?"]),
     agent("fiona", "a1", at(2, "11:20"), """Hi Tom,

Yes, we can quote for both together. I've passed your request to Rajesh, who runs
our conference interpreting; he'll send you the quote by Wednesday.

And yes please: slides and speaker notes at least a week before the event help
the interpreters enormously.""", promises=[(eod(4), "a2")]),
     agent("rajesh", "a2", at(4, "15:00"), """Dear Tom,

Our quote is attached: two French-English interpreter teams (two interpreters per
booth per day), two ISO booths, 220 receivers and a technician for both days,
£9,860 + VAT in total. The booths need three hours to set up the evening before.

I'll also send you a floor plan for the booth positions tomorrow.""",
           attach=[pdf_attachment("Q-2611-EDF_simultaneous.pdf", "Quote Q-2611", "European Dairy Forum",
                                  "GBP 9,860.00 + VAT")],
           promises=[(eod(5), None)]),
     cust("c2", at(5, "09:30"), """Thanks Rajesh, quote approved.

Who do we pay the 30% deposit to? Can you also send us a short bio of each interpreter for the programme booklet?

Tom""", aq=["Who do we pay the 30% deposit to?"],
          uq=["Can you also send us a short bio of each interpreter for the programme booklet?"]),
     agent("owen", "a3", at(5, "11:45"), """Dear Tom,

Thank you for approving the quote. The deposit invoice (30%, £2,958 + VAT) is
attached; please pay it to Corriedale Language Services Ltd within 14 days - our
bank details are on the invoice.""",
           attach=[pdf_attachment("C-26-1193_deposit.pdf", "Invoice C-26-1193", "Deposit 30%",
                                  "GBP 2,958.00 + VAT")]))

case("c12-portuguese-licence-inline", "en", "closed", {},
     "Rui Almeida <rui.almeida@example.com>", "thunderbird", "Driving licence translation for DVLA",
     "Three questions answered inline under the quote; support's own question quoted back in "
     "the customer's reply; delivery.",
     cust("c1", at(4, "13:00"), """Good afternoon,

I need a certified translation of my Portuguese driving licence for the DVLA.
Do you need the original or is a scan enough? Both sides? How long and how much?

Best regards,
Rui Almeida""",
          aq=["Do you need the original or is a scan enough?", "Both sides?", "How long and how much?"]),
     agent("fiona", "a1", at(4, "14:10"), """Hi Rui,

On 11/4/26 1:00 PM, Rui Almeida wrote:
> Do you need the original or is a scan enough?

A clear scan or phone photo is enough.

> Both sides?

Yes, please - the categories and restrictions are on the back.

> How long and how much?

Next working day, £32 + VAT including the certified PDF.

Would you like a signed hard copy posted to you as well?""", quote=False),
     cust("c2", at(4, "15:30"), """Scans of both sides attached. No hard copy needed, the PDF is fine for the DVLA.

Rui

{quote}""", attach=[png_attachment("licence_front.png", LICENCE_FRONT),
                    png_attachment("licence_back.png", LICENCE_BACK)]),
     agent("fiona", "a2", at(5, "12:00"), """Hi Rui,

Your certified translation is attached. Good luck with the exchange!""",
           attach=[pdf_attachment("Almeida_licence_EN_certified.pdf", "Certified translation",
                                  "Carta de conducao - Rui Almeida")]))

case("c13-website-wpml-quote", "en", "pending", {},
     "Nadia Brooks <nadia@loomwell-studio.example>", "gmail", "Website in German and Dutch",
     "Both questions answered; the final quote is promised 'by Tuesday', still ahead at audit "
     "time; thanks-only.",
     cust("c1", at(18, "10:00"), """Hi there,

We're a small design studio and want our website (about 6,000 words) in German
and Dutch. Could you give us a rough price? Is it possible to work straight in
our WordPress (WPML)?

Nadia""", aq=["Could you give us a rough price?",
              "Is it possible to work straight in\nour WordPress (WPML)?"]),
     agent("rajesh", "a1", at(19, "09:30"), """Hi Nadia,

Roughly £0.12 per word per language, so about £1,440 + VAT for both, including
a review by a second linguist. Yes, our translators can work directly in WPML if
you give us an editor account, or we can use the XLIFF export if you prefer.

I'll send the final quote by Tuesday once I've been through the pages.""",
           promises=[(eod(24), None)]),
     cust("c2", at(19, "10:00"), """Thanks Rajesh, sounds good!

Nadia""", thanks=True))

case("c14-courier-property-deeds", "en", "closed", {},
     "Oliver Grant <oliver.grant@fenwick-trust.example>", "outlook", "Certified translation - German property deeds",
     "Courier collection (logistics), a conditional offer declined, delivery by return courier.",
     cust("c1", at(2, "09:00"), """Hello,

We need certified translations of three German property deeds (originals, bound
with seals). We'd rather not post them. Can you collect them from our Clifton office?

Oliver Grant
Fenwick Family Trust""", aq=["Can you collect them from our Clifton office?"]),
     agent("fiona", "a1", at(2, "10:15"), """Dear Oliver,

Of course. Our courier collects the originals from your office on Wednesday
between 10 and 12 and brings them back with the certified translations.

If you'd like a digital copy of the translations too, just say and I'll email
them as well."""),
     cust("c2", at(2, "10:40"), """Wednesday is fine. No need for digital copies, the hard copies are all we need.

Oliver"""),
     agent("fiona", "a2", at(6, "16:00"), """Dear Oliver,

The three certified translations are ready; they go back to you with your
originals by courier on Monday morning."""))

case("c15-italian-lesson-pause", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
     "Ben Carter <ben.carter@example.org>", "iphone", "Italian lesson Thursday",
     "A lesson moved at once; the next question (pausing a week) gets no reply and the customer "
     "checks in two days later.",
     cust("c1", at(9, "19:00"), """Hi, I have my private Italian lesson with Chiara on Thursday 12th at 6pm. Can I move it to Friday same time?

Ben

Sent from my iPhone""", aq=["Can I move it to Friday same time?"]),
     agent("daniel", "a1", at(10, "09:00"), """Hi Ben,

Chiara can do Friday 13th at 6pm - I've moved it in the booking system."""),
     cust("c2", at(16, "12:00"), """Hi Daniel, I'll be away the week of 23 November. Can I pause my lessons for that week without losing them from my package?

Ben

Sent from my iPhone"""),
     cust("c3", at(18, "08:30"), """Hi, just checking in on my email below about pausing the week of the 23rd? Thanks

Ben

Sent from my iPhone""", chase=True))

UNANSWERED["c16-clinic-leaflets-slow"] = ["Please also quote for typesetting in our InDesign files."]
case("c16-clinic-leaflets-slow", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
     "Hannah Price <hannah.price@meridian-clinics.example>", "outlook",
     "Patient leaflets into Polish, Romanian, Arabic",
     "Friday-afternoon enquiry acknowledged automatically, first human reply on Monday (slow); "
     "turnaround and experience answered, the typesetting request skipped; thanks-only.",
     cust("c1", at(6, "15:30"), """Hello,

We run three physiotherapy clinics and need our patient information leaflets (5
leaflets, about 2,500 words) translated into Polish, Romanian and Arabic.

What is your turnaround for this volume? Do your translators have medical
experience? Please also quote for typesetting in our InDesign files.

Kind regards,
Hannah Price
Practice Manager, Meridian Physio Clinics""",
          aq=["What is your turnaround for this volume?", "Do your translators have medical\nexperience?"],
          uq=["Please also quote for typesetting in our InDesign files."]),
     ack("k1", at(6, "15:31"), "CLS-30918"),
     agent("rajesh", "a1", at(9, "10:10"), """Dear Hannah,

Thank you for your patience over the weekend. For 2,500 words into three
languages we need six working days, including a review by a second linguist.
All three translators have worked on NHS patient materials before.

The translation fee is £0.12 per word per language, £900 + VAT in total.""", parent="c1"),
     cust("c2", at(9, "11:00"), """Thanks Rajesh, I'll take it to the partners' meeting on Thursday.

Hannah""", thanks=True))

case("c17-marriage-certificate-reopened", "en", "pending", {"reopened": 1},
     "Grace Okonkwo <grace.okonkwo@example.com>", "gmail", "Marriage certificate translation (French)",
     "Delivered on the promised Thursday and marked resolved; eleven days later the Home Office "
     "wants the stamp on every page and the customer writes again (reopened).",
     cust("c1", at(3, "11:00"), """Hello,

I need my marriage certificate from Cameroon (it is in French) translated into
English for my spouse visa. Can you do it this week? Scan attached.

Grace""", attach=[png_attachment("acte_de_mariage.png")], aq=["Can you do it this week?"]),
     agent("fiona", "a1", at(3, "12:30"), """Hi Grace,

Yes - you'll have it by Thursday. The fee is £38 + VAT including the certified
PDF and a signed hard copy by post.""", promises=[(eod(5), "a2")]),
     agent("fiona", "a2", at(5, "10:00"), """Hi Grace,

Your certified translation is attached, and the hard copy is in the post.
I'll mark this ticket as resolved - just reply if anything needs changing.""",
           attach=[pdf_attachment("Okonkwo_marriage_certificate_EN.pdf", "Certified translation",
                                  "Acte de mariage - Yaounde")], closes=True),
     cust("c2", at(16, "09:00"), """Hi Fiona,

The Home Office caseworker says the certification stamp must be on every page, not
only on the last page. Can you send me a new version?

Grace""", aq=["Can you send me a new version?"]),
     agent("fiona", "a3", at(16, "14:00"), """Hi Grace,

Of course - the new version, with our stamp and certification statement on all
three pages, is attached. The hard copy follows in today's post.""",
           attach=[pdf_attachment("Okonkwo_marriage_certificate_EN_v2.pdf", "Certified translation v2",
                                  "Stamp on every page")]))

case("c18-acro-certificate-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
     "Viktor Petrov <viktor.petrov@example.net>", "thunderbird", "Police certificate for Kazakhstan work visa",
     "No reply for a day, so the customer resends the request as a new mail with the same "
     "subject and no threading headers (a chase); the answer comes after 29 hours (slow).",
     cust("c1", at(11, "10:00"), """Hello,

I need a Russian translation of my UK police certificate (ACRO) for a work visa
in Kazakhstan, with an apostille. How long does the whole thing take? Is the
apostille on the translation or on the original certificate?

Regards,
Viktor Petrov""", aq=["How long does the whole thing take?",
                     "Is the\napostille on the translation or on the original certificate?"]),
     cust("c2", at(12, "14:00"), """Hello,

I sent this yesterday but have not had a reply, so I am resending it.

Viktor Petrov

-------- Original message --------
Subject: Police certificate for Kazakhstan work visa
Date: Wed, 11 Nov 2026 10:00:00 +0000
From: Viktor Petrov <viktor.petrov@example.net>
To: hello@corriedale.example

Hello,

I need a Russian translation of my UK police certificate (ACRO) for a work visa
in Kazakhstan, with an apostille. How long does the whole thing take? Is the
apostille on the translation or on the original certificate?

Regards,
Viktor Petrov""", subject="Police certificate for Kazakhstan work visa", thread=False, quote=False,
          chase=True),
     agent("fiona", "a1", at(12, "15:10"), """Dear Viktor,

Apologies for the delay. For Kazakhstan the apostille goes on the original ACRO
certificate first (the FCDO takes about five working days); we then translate
the certificate and the apostille together into Russian and certify it.

All in, allow eight to nine working days. The total is £145, FCDO fee included."""))

UNANSWERED["c19-japanese-utility-model"] = [
    "Can you translate it from Japanese directly into German, not via English?"]
case("c19-japanese-utility-model", "en", "closed", {"unanswered-question": 1},
     "Dr. Felix Brenner <f.brenner@brenner-ip.example>", "outlook_de", "Japanese utility model JP 3241187 U",
     "The agent prices a Japanese-English translation; whether Japanese can go straight into "
     "German - the actual question - is never answered.",
     cust("c1", at(3, "09:00", 1), """Dear Sir or Madam,

we have a Japanese utility model (JP 3241187 U, 11 pages) which we need for an
opposition in Munich. Can you translate it from Japanese directly into German, not via English?
What would the cost be?

Mit freundlichen Grüßen
Dr. Felix Brenner
Patentanwalt | Brenner IP, München""",
          aq=["What would the cost be?"],
          uq=["Can you translate it from Japanese directly into German, not via English?"]),
     agent("rajesh", "a1", at(3, "11:30"), """Dear Dr Brenner,

Thank you for your enquiry. Our Japanese patent translators charge £0.16 per word;
for 11 pages (about 4,400 words) that comes to around £700 + VAT, delivered in
seven working days. We can also certify the English translation for EPO
proceedings at no extra charge."""),
     cust("c2", at(3, "13:10", 1), """Vielen Dank, I will discuss it with the client.

F. Brenner""", thanks=True))

case("c20-glossary-template-colleague", "en", "closed", {},
     "Isabel Moreno <isabel.moreno@tidemark-games.example>", "gmail", "Glossary for Spanish localisation",
     "The agent says a colleague will send the template tomorrow; he does (promise kept by a "
     "colleague); thanks-only.",
     cust("c1", at(10, "09:30"), """Hi Fiona,

For the Spanish localisation of our game we'd like your translators to use our
existing terminology. Could you send us your glossary template so we can fill it in?

Isabel
Tidemark Games""", aq=["Could you send us your glossary template so we can fill it in?"]),
     agent("fiona", "a1", at(10, "10:00"), """Hi Isabel,

Good idea. Rajesh looks after our glossary templates - he'll send it to you
tomorrow.""", promises=[(eod(11), "a2")]),
     agent("rajesh", "a2", at(11, "11:00"), """Hi Isabel,

The glossary template is attached: one row per term, with columns for context,
part of speech and "do not translate".""", parent="c1",
           attach=[("text/csv", "CLS_glossary_template.csv",
                    b"term_en,term_es,context,part_of_speech,do_not_translate\n")]),
     cust("c2", at(11, "11:20"), """Got it, thanks both!

Isabel""", thanks=True))

case("c21-gujarati-saturday", "en", "closed", {"missed-follow-up": 1},
     "Sanjay Patel <sanjay@patel-accountants.example>", "owa", "Gujarati interpreter for client meeting",
     "Rate and availability in general answered; 'let me check their availability ... and I'll "
     "let you know' (no deadline, 2-day window) is never followed up.",
     cust("c1", at(11, "09:00"), """Hello,

We have a Gujarati-speaking client coming in for a tax meeting. Do you have a Gujarati interpreter available for about 2 hours?
Ideally on a Saturday morning, 21 or 28 November. How much would it cost?

Sanjay Patel
Patel & Co Chartered Accountants""",
          aq=["Do you have a Gujarati interpreter available for about 2 hours?",
              "How much would it cost?"]),
     agent("katrin", "a1", at(11, "11:30", 1), """Dear Mr Patel,

Yes - we have two Gujarati interpreters in Bristol. Face-to-face interpreting is
£55 per hour with a two-hour minimum, plus travel within the city at a flat £12.

Saturdays are harder to cover, so let me check their availability for the 21st
and the 28th and I'll let you know.""", promises=[(window(11, "11:30", 1), None)]),
     cust("c2", at(11, "10:45"), """Thanks Katrin, fingers crossed for the 21st.

Sanjay""", thanks=True))

case("c22-lisbon-wedding-paperwork", "en", "closed", {},
     "Laura Bennett <laura.bennett@example.com>", "apple", "Birth certificates into Portuguese",
     "A rhetorical question, a pleasantry and a signature URL with '?'; the promised Friday "
     "delivery comes on Thursday.",
     cust("c1", at(9, "21:00"), """Hi,

Who knew getting married abroad involved this much paperwork?! Anyway: the
registry office in Lisbon wants our UK birth certificates translated into
Portuguese and certified. Can you do two birth certificates by 20 November?

Laura""", aq=["Can you do two birth certificates by 20 November?"]),
     agent("fiona", "a1", at(10, "09:15"), """Hi Laura,

Congratulations! Yes, easily: two birth certificates into Portuguese, certified,
£76 + VAT, ready by Friday 13 November. Please send clear scans of both.""",
           promises=[(eod(13), "a2")]),
     cust("c2", at(10, "09:40"), """Scans attached. How are you all surviving this rain, by the way?

Laura""", attach=[png_attachment("birth_cert_laura.png"), png_attachment("birth_cert_james.png")]),
     agent("fiona", "a2", at(12, "14:00"), """Hi Laura,

Both certified translations are attached, a day early. And we're surviving,
just about - umbrellas by the door!""",
           attach=[pdf_attachment("Bennett_certidoes_PT.pdf", "Traducao certificada",
                                  "Certidoes de nascimento (2)")]),
     sig="""Laura Bennett
Questions about my blog? https://laurabennett.example/contact?from=email""")

case("c23-invoice-copy-out-of-office", "en", "closed", {},
     "Mark Ellison <mark.ellison@crestline-foods.example>", "outlook", "Copy of invoice C-26-1133",
     "A copy sent at once; the customer's own out-of-office reply answers it.",
     cust("c1", at(2, "11:00"), """Hi,

Can you send us a copy of invoice C-26-1133? Our system lost the PDF.

Thanks,
Mark Ellison
Finance, Crestline Foods""", aq=["Can you send us a copy of invoice C-26-1133?"]),
     agent("owen", "a1", at(2, "11:40"), """Hi Mark,

Copy attached.""", attach=[pdf_attachment("C-26-1133.pdf", "Invoice C-26-1133", "Crestline Foods Ltd")]),
     auto("o1", at(2, "11:41"), """Thank you for your email. I am out of the office until Monday 9 November
with limited access to email. For urgent finance matters please contact
finance@crestline-foods.example.

Mark Ellison""", [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
          subject="Automatic reply: RE: Copy of invoice C-26-1133"))

case("c24-consulate-forward", "en", "closed", {},
     "Yusuf Demir <yusuf.demir@example.net>", "gmail", "Fwd: Your application VA-22817",
     "A forwarded consulate mail full of questions; the customer's own question answered, "
     "go-ahead, delivery.",
     cust("c1", at(5, "16:00"), """Hi,

Please see the email from the consulate below. Which of these documents would
you need to translate, all of them or only the English ones?

Yusuf

---------- Forwarded message ---------
From: Visa Section <visa@consulate-tr.example>
Date: Wed, 4 Nov 2026 at 14:12
Subject: Your application VA-22817
To: Yusuf Demir <yusuf.demir@example.net>

Dear applicant,

Your file is incomplete. Have you included a Turkish translation of your
degree certificate? Can you confirm your current UK address?

Please submit:
1. Birth certificate (Turkish original accepted)
2. Degree certificate with certified Turkish translation
3. Employer's letter with certified Turkish translation

Why not book your appointment online? https://consulate-tr.example/book?lang=en

Visa Section""",
          aq=["Which of these documents would\nyou need to translate, all of them or only the English ones?"]),
     agent("rajesh", "a1", at(5, "17:10"), """Hi Yusuf,

Only items 2 and 3 - your UK degree certificate and the employer's letter - need
translating into Turkish; the consulate accepts your birth certificate as it is.
£84 + VAT for both, three working days."""),
     cust("c2", at(6, "08:00"), """Great, go ahead please - files attached.

Yusuf""", attach=[png_attachment("degree_certificate.png"), png_attachment("employer_letter.png")],
          aq=["go ahead please"]),
     agent("rajesh", "a2", at(10, "12:00"), """Hi Yusuf,

Both certified Turkish translations are attached. Good luck with the application!""",
           attach=[pdf_attachment("Demir_TR_certified.pdf", "Onayli ceviri", "Diploma + is yeri mektubu")]))

case("c25-ielts-inline-four", "en", "closed", {},
     "Chloe Martin <chloe.martin@example.org>", "gmail", "IELTS preparation course",
     "Four numbered questions, answered inline one by one; thanks-only.",
     cust("c1", at(2, "13:00"), """Hi,

I'm interested in your IELTS preparation course. A few questions:

1. When does the next course start?
2. Is it online or in person?
3. Does the fee include the exam itself?
4. Can I pay in two instalments?

Thanks!
Chloe""", aq=["When does the next course start?", "Is it online or in person?",
              "Does the fee include the exam itself?", "Can I pay in two instalments?"]),
     agent("daniel", "a1", at(2, "15:00"), """Hi Chloe,

> On 2 Nov 2026, at 13:00, Chloe Martin <chloe.martin@example.org> wrote:
>
> 1. When does the next course start?

Monday 16 November: six weeks, Mondays and Wednesdays 18:00-20:00.

> 2. Is it online or in person?

Both - you can join in our Park Street classroom or on Zoom, and switch as you like.

> 3. Does the fee include the exam itself?

No. The course is £420; the exam (£215 at the test centre) is booked separately.

> 4. Can I pay in two instalments?

Yes: half when you book, the other half by 30 November.""", quote=False),
     cust("c2", at(2, "15:30"), """Perfect, thank you Daniel!""", thanks=True))

case("c26-euro-invoices-yes", "en", "closed", {},
     "Henrik Larsen <henrik.larsen@nordvik-shipping.example>", "outlook", "Invoicing before first order",
     "Two questions answered with a bare 'Yes and yes'.",
     cust("c1", at(10, "08:30"), """Hello,

Before we place our first order: do you invoice in euros? Can we pay by bank
transfer to a UK account from Denmark?

Best regards,
Henrik Larsen
Nordvik Shipping ApS""", aq=["do you invoice in euros?", "Can we pay by bank\ntransfer to a UK account from Denmark?"]),
     agent("owen", "a1", at(10, "09:00"), """Hi Henrik,

Yes and yes."""),
     cust("c2", at(10, "09:20"), """Good - order to follow.

Henrik""", thanks=True))

UNANSWERED["c27-transcripts-framework"] = ["Could you send a sample of a certified transcript translation?"]
case("c27-transcripts-framework", "en", "pending",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
     "Rebecca Hale <rebecca.hale@stonebridge-uni.example>", "thunderbird", "Chinese transcripts - framework price",
     "'Early next week' said on Thursday (deadline Tuesday); the customer checks in on Tuesday, "
     "the proposal comes on Wednesday (late = missed) and the sample is never sent.",
     cust("c1", at(11, "14:00"), """Dear Corriedale team,

Stonebridge University's international office needs around 40 academic
transcripts translated from Chinese each term. Could you offer us a framework price per transcript?
Each translation would need to be certified. Could you send a sample of a certified transcript translation?

Rebecca Hale
International Admissions, Stonebridge University""",
          aq=["Could you offer us a framework price per transcript?"],
          uq=["Could you send a sample of a certified transcript translation?"]),
     agent("rajesh", "a1", at(12, "10:00"), """Dear Rebecca,

Thank you - this is exactly the kind of regular work we like. I need to agree
the rate with our Chinese team first, and I'll send you a framework proposal
early next week.""", promises=[(eod(17), "a2")]),
     cust("c2", at(17, "16:00"), """Dear Rajesh,

Just checking in on the framework proposal - our committee meets on Thursday.

Rebecca""", chase=True),
     agent("rajesh", "a2", at(18, "11:00"), """Dear Rebecca,

Apologies for the wait - our proposal is attached: £34 per transcript (up to
two pages), certified, five working days; £30 per transcript for batches of 20
or more.""", attach=[pdf_attachment("Stonebridge_framework_proposal.pdf", "Framework proposal",
                                      "Chinese transcripts", "GBP 34 / GBP 30 per transcript")]))

UNANSWERED["c28-engineers-incompany-english"] = [
    "We'd like a monthly progress report per learner for HR. Is that something you provide?",
    "Also, please copy hr@vireo-automotive.example into all correspondence about the course."]
case("c28-engineers-incompany-english", "en", "pending",
     {"unanswered-question": 2, "missed-follow-up": 1},
     "Stefan Novak <stefan.novak@vireo-automotive.example>", "outlook",
     "English courses for new engineers (January)",
     "A long enquiry with four questions and a request: three answered at length, the progress "
     "report and the copy-HR request skipped; the full quote promised for Wednesday never comes.",
     cust("c1", at(16, "09:00"), """Dear Corriedale team,

Vireo Automotive UK is recruiting 14 engineers from Slovakia and the Czech
Republic who start at our Filton site in January. Their English is mostly
intermediate, some are weaker, and we want to give them a good start -
technically and socially. A few questions before we ask for a formal quote:

- Can you run two groups (B1 and B2) at our Filton site, two mornings a week?
- Would the teachers follow a technical English syllabus (CAD, quality, health & safety)?
- Can the placement tests be done online before the engineers arrive in the UK?
- We'd like a monthly progress report per learner for HR. Is that something you provide?

Also, please copy hr@vireo-automotive.example into all correspondence about the course.

Kind regards,
Stefan Novak
HR Manager, Vireo Automotive UK Ltd""",
          aq=["Can you run two groups (B1 and B2) at our Filton site, two mornings a week?",
              "Would the teachers follow a technical English syllabus (CAD, quality, health & safety)?",
              "Can the placement tests be done online before the engineers arrive in the UK?"],
          uq=["We'd like a monthly progress report per learner for HR. Is that something you provide?",
              "Also, please copy hr@vireo-automotive.example into all correspondence about the course."]),
     agent("daniel", "a1", at(16, "11:30"), """Dear Stefan,

Thank you for thinking of us - this sounds like a great project.

Two groups at Filton on Tuesday and Thursday mornings work well for us, and
Graham, who would lead the B2 group, wrote the technical English syllabus we use
with two aerospace suppliers: CAD and drawings, quality reports, health and
safety briefings, plus the small talk that makes the first weeks easier.

The placement tests are online (about 40 minutes) and can be taken anywhere, so
the engineers can do them before they travel; send me the list of names whenever
it is ready and I'll set up their accounts.

I'll send you the full quote by Wednesday.""", promises=[(eod(18), None)]),
     cust("c2", at(16, "12:00"), """Thank you Daniel, that sounds very promising.

Stefan""", thanks=True))

case("c29-italian-price-per-word", "en", "closed", {},
     "Giulia Romano <giulia.romano@example.com>", "iphone", "Price Italian-English",
     "A one-line question answered with a price only; thanks-only in Italian with an emoji.",
     cust("c1", at(5, "12:00"), """Hi! What's your price per word for Italian to English?

Giulia

Sent from my iPhone""", aq=["What's your price per word for Italian to English?"]),
     agent("fiona", "a1", at(5, "12:30"), """£0.11 per word, minimum charge £45."""),
     cust("c2", at(5, "13:00"), """Grazie! 👍

Sent from my iPhone""", thanks=True))

# --------------------------------------------------------------------------------------
# Cases (German)
# --------------------------------------------------------------------------------------

case("c30-messedolmetscher-birmingham", "de", "open", {"awaiting-reply": 1},
     "Claudia Becker <c.becker@hansawerk.example>", "gmail_de", "Dolmetscher für Messe in Birmingham",
     "Availability and price answered; the booking request with two questions a week later gets "
     "no reply (awaiting reply, not unanswered).",
     cust("c1", at(9, "10:00", 1), """Sehr geehrte Frau Vogel,

wir stellen vom 1. bis 3. Dezember auf der Agri-Tech Expo in Birmingham aus und
brauchen für unseren Stand einen Dolmetscher Deutsch-Englisch.

Haben Sie für diese drei Tage jemanden frei? Was kostet ein Messetag?

Mit freundlichen Grüßen
Claudia Becker
Hansawerk Agrartechnik GmbH""",
          aq=["Haben Sie für diese drei Tage jemanden frei?", "Was kostet ein Messetag?"]),
     agent("katrin", "a1", at(9, "14:00", 1), """Sehr geehrte Frau Becker,

ja, unser Dolmetscher Markus Hoff ist vom 1. bis 3. Dezember frei; er hat schon
mehrfach auf Landtechnik-Messen gearbeitet. Ein Messetag (bis 9 Stunden) kostet
590 £ zzgl. MwSt., die Anreise aus Bristol ist inklusive."""),
     cust("c2", at(17, "09:00", 1), """Liebe Frau Vogel,

danke, wir möchten Herrn Hoff für alle drei Tage buchen. Können Sie uns bitte
die Auftragsbestätigung schicken? Und braucht Herr Hoff einen Ausstellerausweis
von uns, oder organisiert er das selbst?

Viele Grüße
Claudia Becker"""))

UNANSWERED["c31-urkunden-umzug-bristol"] = [
    "Können Sie die Rechnung auf meinen neuen Arbeitgeber ausstellen (Halcyon Robotics Ltd, Bristol)?"]
case("c31-urkunden-umzug-bristol", "de", "closed", {"unanswered-question": 1, "many-handoffs": 1},
     "Matthias Roth <matthias.roth@example.com>", "thunderbird_de", "Beglaubigte Übersetzungen für Umzug",
     "The German desk prices the job and promises Thursday; a colleague delivers on Thursday "
     "(kept) and answers the post-or-PDF question; accounts invoices him personally - whether the "
     "invoice could go to his employer is never answered; three agents.",
     cust("c1", at(2, "08:00", 1), """Guten Tag,

ich ziehe im Dezember nach Bristol und brauche beglaubigte Übersetzungen ins
Englische: Geburtsurkunde, Abiturzeugnis und ein Arbeitszeugnis (insgesamt 6 Seiten).

Was kostet das? Wie lange dauert es?
Können Sie die Rechnung auf meinen neuen Arbeitgeber ausstellen (Halcyon Robotics Ltd, Bristol)?

Mit freundlichen Grüßen
Matthias Roth""",
          aq=["Was kostet das?", "Wie lange dauert es?"],
          uq=["Können Sie die Rechnung auf meinen neuen Arbeitgeber ausstellen (Halcyon Robotics Ltd, Bristol)?"]),
     agent("katrin", "a1", at(2, "10:00", 1), """Guten Tag Herr Roth,

für 6 Seiten berechnen wir 150 £ zzgl. MwSt., inklusive Beglaubigung. Wenn Sie
uns die Scans heute schicken, erhalten Sie die Übersetzungen bis Donnerstag.""",
           promises=[(eod(5, 1), "a2")]),
     cust("c2", at(2, "10:30", 1), """Danke, bitte legen Sie los, die Scans sind im Anhang.

Noch eine Frage: Werden die Übersetzungen auch per Post geschickt oder nur als PDF?

Gruß
Matthias Roth""", attach=[png_attachment("geburtsurkunde.png"), png_attachment("abiturzeugnis.png")],
          aq=["Werden die Übersetzungen auch per Post geschickt oder nur als PDF?"]),
     agent("fiona", "a2", at(5, "14:00"), """Dear Mr Roth,

Katrin asked me to send you your certified translations - the PDFs are attached.
You get both: the signed and stamped hard copies went in the post to your
Hamburg address today.""",
           attach=[pdf_attachment("Roth_certified_translations.pdf", "Certified translations (3)",
                                  "Birth certificate, Abitur, reference")]),
     agent("owen", "a3", at(5, "14:30"), """Dear Mr Roth,

Please find attached our invoice C-26-1191 for £150 + VAT. Payment details are
on the invoice.""", kind="alt", parent="c2",
           attach=[pdf_attachment("C-26-1191.pdf", "Invoice C-26-1191", "Matthias Roth, Hamburg")]),
     cust("c3", at(6, "09:00", 1), """Vielen Dank, alles angekommen!

Matthias Roth""", thanks=True))

UNANSWERED["c32-abendkurs-b1"] = [
    "Ich würde gern vorher den Einstufungstest machen – gibt es dafür auch eine Anleitung auf Deutsch?"]
case("c32-abendkurs-b1", "de", "closed", {"unanswered-question": 1},
     "Sabine Krüger <sabine.krueger@example.com>", "gmail_de", "Englischkurs B1 abends",
     "Evening course and exam preparation answered; the placement-test link is sent but the "
     "question about German instructions is not answered (partial answer = unanswered).",
     cust("c1", at(3, "19:00", 1), """Hallo,

ich wohne seit zwei Monaten in Bristol und möchte mein Englisch verbessern. Gibt
es bei Ihnen Abendkurse auf B1-Niveau? Ich würde gern vorher den Einstufungstest machen – gibt es dafür auch eine Anleitung auf Deutsch?
Außerdem: Bieten Sie Prüfungsvorbereitung für das Cambridge B2 First an?

Viele Grüße
Sabine Krüger""",
          aq=["Gibt\nes bei Ihnen Abendkurse auf B1-Niveau?",
              "Bieten Sie Prüfungsvorbereitung für das Cambridge B2 First an?"],
          uq=["Ich würde gern vorher den Einstufungstest machen – gibt es dafür auch eine Anleitung auf Deutsch?"]),
     agent("katrin", "a1", at(4, "09:00", 1), """Liebe Frau Krüger,

ja, unser B1-Abendkurs läuft dienstags und donnerstags von 18:30 bis 20:00 Uhr
in der Park Street; der nächste Einstieg ist am 17. November.

Den Einstufungstest finden Sie hier:
https://corriedale.example/test?lang=en&level=b1

Einen Vorbereitungskurs für das B2 First bieten wir ab Januar samstags an."""),
     cust("c2", at(4, "12:00", 1), """Super, danke!

Sabine""", thanks=True))

case("c33-kataloge-angebot", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
     "Thomas Weber <t.weber@weber-fenster.example>", "outlook_de", "Übersetzung Produktkataloge EN/FR",
     "Automatic acknowledgement, then 'Angebot bis Donnerstag'; the customer asks on Monday "
     "whether there is news, the quote arrives on Tuesday (late = missed).",
     cust("c1", at(9, "09:00", 1), """Sehr geehrte Damen und Herren,

wir möchten unsere Produktkataloge (ca. 18.000 Wörter) ins Englische und
Französische übersetzen lassen. Können Sie uns ein Angebot machen? Die Dateien
liegen im InDesign-Format vor.

Mit freundlichen Grüßen
Thomas Weber
Weber Fenster & Türen GmbH""", aq=["Können Sie uns ein Angebot machen?"]),
     ack("k1", at(9, "08:01"), "CLS-31022", "de"),
     agent("katrin", "a1", at(9, "11:00", 1), """Sehr geehrter Herr Weber,

vielen Dank für Ihre Anfrage. Ich stimme den Umfang mit unserem Projektmanager ab
und schicke Ihnen das Angebot bis Donnerstag.""", parent="c1", promises=[(eod(12, 1), "a2")]),
     cust("c2", at(16, "08:00", 1), """Sehr geehrte Frau Vogel,

gibt es schon etwas Neues zu unserem Angebot? Wir hatten es für letzten Donnerstag erwartet.

Mit freundlichen Grüßen
Thomas Weber""", chase=True, aq=["gibt es schon etwas Neues zu unserem Angebot?"]),
     agent("katrin", "a2", at(17, "10:00", 1), """Sehr geehrter Herr Weber,

entschuldigen Sie bitte die Verspätung. Das Angebot finden Sie im Anhang:
Englisch und Französisch inklusive DTP in InDesign, Lieferung in 15 Arbeitstagen.""",
           attach=[pdf_attachment("Angebot_Q-2619_Weber.pdf", "Angebot Q-2619", "Weber Fenster & Tueren",
                                  "EN + FR, 18.000 Woerter")]))

UNANSWERED["c34-rechnung-bestellnummer"] = [
    "Außerdem bitte ich Sie, künftig alle Rechnungen an rechnungen@lindenhof-hotels.example zu senden."]
case("c34-rechnung-bestellnummer", "de", "pending",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
     "Petra Schmitt <petra.schmitt@lindenhof-hotels.example>", "outlook_de", "Rechnung C-26-1208 ohne Bestellnummer",
     "Accounts promises the corrected invoice 'by tomorrow', the customer is still waiting a "
     "week later, the invoice comes two days after that; the new invoice address is never "
     "confirmed.",
     cust("c1", at(10, "10:00", 1), """Guten Tag,

auf Ihrer Rechnung C-26-1208 fehlt unsere Bestellnummer PO-77120. Bitte schicken Sie uns eine korrigierte Rechnung, sonst kann unsere Buchhaltung nicht zahlen.

Außerdem bitte ich Sie, künftig alle Rechnungen an rechnungen@lindenhof-hotels.example zu senden.

Freundliche Grüße
Petra Schmitt
Einkauf | Lindenhof Hotels""",
          aq=["Bitte schicken Sie uns eine korrigierte Rechnung, sonst kann unsere Buchhaltung nicht zahlen."],
          uq=["Außerdem bitte ich Sie, künftig alle Rechnungen an rechnungen@lindenhof-hotels.example zu senden."]),
     agent("owen", "a1", at(10, "11:00"), """Dear Ms Schmitt,

Thank you - I'll get the corrected invoice to you by tomorrow.""",
           promises=[(eod(11), "a2")]),
     cust("c2", at(17, "09:00", 1), """Sehr geehrter Herr Pryce,

ich warte immer noch auf die korrigierte Rechnung. Können Sie mir bitte sagen, wann sie kommt?

Freundliche Grüße
Petra Schmitt""", chase=True, aq=["Können Sie mir bitte sagen, wann sie kommt?"]),
     agent("owen", "a2", at(19, "14:00"), """Dear Ms Schmitt,

Apologies for the delay - the corrected invoice with your order number PO-77120
is attached.""", attach=[pdf_attachment("C-26-1208-rev1.pdf", "Invoice C-26-1208 rev 1", "PO-77120")]))

case("c35-videodolmetschen-elterngespraech", "de", "closed", {},
     "Andreas Wolf <andreas.wolf@example.com>", "thunderbird_de", "Videodolmetschen Elterngespräch",
     "A joking self-answered question; remote interpreting booked in two short exchanges.",
     cust("c1", at(5, "10:00", 1), """Hallo Frau Vogel,

bieten Sie auch Videodolmetschen (Zoom) für ein Elterngespräch an einer Schule in
Bath an? Dauer ca. 45 Minuten, Deutsch-Englisch. Unser Sohn ist seit September
dort. Und wer ist zu faul, endlich richtig Englisch zu lernen? Ich! ;-)

Gruß
Andreas Wolf""", aq=["bieten Sie auch Videodolmetschen (Zoom) für ein Elterngespräch an einer Schule in\nBath an?"]),
     agent("katrin", "a1", at(5, "11:00", 1), """Hallo Herr Wolf,

ja, gern - per Zoom oder Teams. Die Mindestdauer ist 60 Minuten, das kostet
70 £ zzgl. MwSt. Schicken Sie mir einfach Datum und Uhrzeit.

(Und für das Englisch hätten wir auch Kurse ...)"""),
     cust("c2", at(5, "11:30", 1), """Prima: Dienstag, 10. November, 15:30 Uhr britischer Zeit. Den Zoom-Link schickt die Schule direkt an Sie.

Gruß
Andreas Wolf"""),
     agent("katrin", "a2", at(5, "12:00", 1), """Hallo Herr Wolf,

ist gebucht: Frau Adler dolmetscht am Dienstag, 10. November, um 15:30 Uhr
britischer Zeit."""))

# --------------------------------------------------------------------------------------
# Cases (French)
# --------------------------------------------------------------------------------------

UNANSWERED["c36-jugement-divorce"] = ["Pouvez-vous aussi m'envoyer une version papier par la poste ?"]
case("c36-jugement-divorce", "fr", "closed", {"unanswered-question": 1, "slow-first-response": 1},
     "Julien Moreau <julien.moreau@example.com>", "apple_fr", "Traduction certifiée d'un jugement de divorce",
     "Friday-evening request acknowledged automatically, first reply on Monday (slow); "
     "certification and turnaround answered; the paper copy asked with the document is never "
     "mentioned in the delivery.",
     cust("c1", at(6, "17:00", 1), """Bonjour,

je dois faire traduire un jugement de divorce français (8 pages) en anglais pour
une procédure au Royaume-Uni. Pouvez-vous le certifier pour un tribunal anglais ?
Quel est le délai ?

Cordialement,
Julien Moreau""", aq=["Pouvez-vous le certifier pour un tribunal anglais ?", "Quel est le délai ?"]),
     ack("k1", at(6, "16:01"), "CLS-30921", "fr"),
     agent("amelie", "a1", at(9, "09:30", 1), """Bonjour Monsieur Moreau,

Oui, nos traductions certifiées sont acceptées par les tribunaux anglais, y
compris le Family Court. Pour 8 pages, comptez 4 jours ouvrés ; notre tarif est
de 0,13 £ le mot, soit environ 330 £ HT.""", parent="c1"),
     cust("c2", at(9, "10:00", 1), """Parfait, je vous envoie le jugement en pièce jointe. Pouvez-vous aussi m'envoyer une version papier par la poste ?

Merci !
Julien Moreau""", attach=[pdf_attachment("jugement_divorce.pdf", "Jugement de divorce", "8 pages")],
          uq=["Pouvez-vous aussi m'envoyer une version papier par la poste ?"]),
     agent("amelie", "a2", at(13, "11:00", 1), """Bonjour Monsieur Moreau,

Voici la traduction certifiée de votre jugement, prête pour le dépôt au tribunal.

Bonne fin de semaine,""", attach=[pdf_attachment("Moreau_judgment_EN_certified.pdf", "Certified translation",
                                                   "Divorce judgment - 8 pages")]))

UNANSWERED["c37-interprete-salon-interiors"] = [
    "Pourriez-vous aussi nous indiquer si l'interprète peut traduire nos fiches produits avant le salon ?"]
case("c37-interprete-salon-interiors", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
     "Camille Lefèvre <camille.lefevre@atelier-lumen.example>", "gmail", "Interprète pour salon à Birmingham",
     "'Je reviens vers vous d'ici vendredi' about availability is never kept; the product-sheet "
     "question is skipped; thanks-only.",
     cust("c1", at(3, "10:00", 1), """Bonjour Madame Dubois,

Nous exposons au salon Interiors à Birmingham du 18 au 20 janvier et nous
cherchons une interprète anglais-français pour notre stand pendant les trois
jours. Est-ce possible ? Pourriez-vous aussi nous indiquer si l'interprète peut traduire nos fiches produits avant le salon ?

Bien à vous,
Camille Lefèvre
Atelier Lumen""", aq=["Est-ce possible ?"],
          uq=["Pourriez-vous aussi nous indiquer si l'interprète peut traduire nos fiches produits avant le salon ?"]),
     agent("amelie", "a1", at(3, "14:00", 1), """Bonjour Madame Lefèvre,

Oui, c'est tout à fait possible, nous travaillons régulièrement sur ce salon. Je
vérifie les disponibilités de nos interprètes pour le 18 au 20 janvier et je
reviens vers vous d'ici vendredi.""", promises=[(eod(6, 1), None)]),
     cust("c2", at(4, "09:00", 1), """Merci beaucoup, j'attends votre retour.

Camille""", thanks=True))

UNANSWERED["c38-changement-de-groupe"] = ["Est-ce qu'on peut me rembourser l'ancien ?"]
case("c38-changement-de-groupe", "fr", "pending", {"unanswered-question": 1, "reopened": 1},
     "Élise Garnier <elise.garnier@example.org>", "apple_fr", "Changement de groupe B2",
     "A group change done and the request closed ('Je clôture la demande'); two weeks later the "
     "learner writes again about the course book (reopened): whether to buy is answered, the "
     "refund of the old book is not.",
     cust("c1", at(2, "18:00", 1), """Bonjour,

Je suis inscrite au cours d'anglais B2 du mardi soir mais je dois passer au
jeudi à cause de mon travail. Est-ce qu'il reste une place le jeudi ?

Merci,
Élise""", aq=["Est-ce qu'il reste une place le jeudi ?"]),
     agent("amelie", "a1", at(3, "10:00", 1), """Bonjour Élise,

Oui, il reste deux places le jeudi : je vous ai transférée dans le groupe du
jeudi à partir du 5 novembre. Je clôture la demande - n'hésitez pas à nous
écrire si besoin.""", closes=True),
     cust("c2", at(17, "20:00", 1), """Bonjour Amélie,

Le professeur du jeudi m'a dit que le manuel n'est pas le même que celui du
mardi. Dois-je acheter le nouveau livre ? Est-ce qu'on peut me rembourser l'ancien ?

Élise""", aq=["Dois-je acheter le nouveau livre ?"],
          uq=["Est-ce qu'on peut me rembourser l'ancien ?"]),
     agent("amelie", "a2", at(18, "09:30", 1), """Bonjour Élise,

Non, inutile d'acheter le livre : le groupe du jeudi utilise « Speakout B2 » et
un exemplaire de prêt vous attend déjà à l'accueil."""))

UNANSWERED["c39-statuts-sas-relance"] = [
    "Pourriez-vous également nous préciser si la traduction peut être apostillée ?"]
case("c39-statuts-sas-relance", "fr", "closed",
     {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
     "Nicolas Bernard <n.bernard@cabinet-bernard.example>", "outlook", "Devis traduction statuts SAS",
     "Acknowledged automatically, then silence; the lawyer's 'je me permets de vous relancer' "
     "after two days brings the quote (slow), but not the apostille answer; thanks-only.",
     cust("c1", at(9, "09:00", 1), """Madame, Monsieur,

Notre cabinet a besoin de la traduction certifiée en anglais des statuts d'une
société (SAS, 22 pages). Pourriez-vous nous adresser un devis ?
Pourriez-vous également nous préciser si la traduction peut être apostillée ?

Cordialement,
Nicolas Bernard
Avocat au barreau de Lyon""", aq=["Pourriez-vous nous adresser un devis ?"],
          uq=["Pourriez-vous également nous préciser si la traduction peut être apostillée ?"]),
     ack("k1", at(9, "08:01"), "CLS-31019", "fr"),
     cust("c2", at(11, "09:00", 1), """Madame, Monsieur,

Je me permets de vous relancer concernant ma demande de devis ci-dessous.

Cordialement,
N. Bernard""", chase=True),
     agent("amelie", "a1", at(11, "11:00", 1), """Maître,

Toutes nos excuses pour ce délai. Vous trouverez notre devis en pièce jointe :
1 980 £ HT pour les 22 pages, livraison en 6 jours ouvrés.""",
           attach=[pdf_attachment("Devis_Q-2614_statuts_SAS.pdf", "Devis Q-2614", "Statuts SAS - 22 pages",
                                  "GBP 1,980.00 HT")]),
     cust("c3", at(11, "11:30", 1), """Merci, nous revenons vers vous rapidement.

N. Bernard""", thanks=True))

case("c40-certificat-medical", "fr", "closed", {},
     "Hugo Lambert <hugo.lambert@example.net>", "thunderbird", "Traduction certificat médical",
     "A bundled price-and-card question answered with a price and a payment link; delivery the "
     "next day.",
     cust("c1", at(4, "11:00", 1), """Bonjour,

Pouvez-vous traduire un certificat médical de l'anglais vers le français pour mon
assurance ? C'est une page. Combien ça coûte et est-ce que je peux payer par carte ?

Merci d'avance,
Hugo""", aq=["Pouvez-vous traduire un certificat médical de l'anglais vers le français pour mon\nassurance ?",
             "Combien ça coûte et est-ce que je peux payer par carte ?"]),
     agent("amelie", "a1", at(4, "12:30", 1), """Bonjour Hugo,

Oui, bien sûr. Pour une page : 35 £ TTC, payable par carte via ce lien :
https://corriedale.example/pay?ref=CLS-5521&lang=fr

Envoyez-moi le certificat et vous aurez la traduction le lendemain."""),
     cust("c2", at(4, "13:00", 1), """Voilà le certificat, et c'est payé.

Hugo""", attach=[png_attachment("certificat_medical.png")]),
     agent("amelie", "a2", at(5, "10:00", 1), """Bonjour Hugo,

La traduction est en pièce jointe. Bonne journée !""",
           attach=[pdf_attachment("Lambert_certificat_FR.pdf", "Traduction - certificat medical")]))

# --------------------------------------------------------------------------------------
# Cases (Spanish)
# --------------------------------------------------------------------------------------

UNANSWERED["c41-intensivo-diciembre"] = ["¿Hay descuento para estudiantes?", "And can I pay in two parts?"]
case("c41-intensivo-diciembre", "es", "closed", {"unanswered-question": 2},
     "Lucía Navarro <lucia.navarro@example.com>", "gmail_es", "Curso intensivo de inglés en diciembre",
     "An Erasmus student switches to English mid-mail to practise; hours and placement test "
     "answered in Spanish, the student discount and paying in two parts never.",
     cust("c1", at(2, "20:00", 1), """Hola,

Soy estudiante de Erasmus en Bristol y quiero hacer un curso intensivo de inglés
en diciembre. ¿Cuántas horas a la semana son? ¿Hay descuento para estudiantes?

Sorry, I should write in English, my tutor says practise practise! So: do I need
to do the placement test even if I have a B2 certificate from last year?

Gracias,
Lucía""", cte="base64",
          aq=["¿Cuántas horas a la semana son?",
              "do I need\nto do the placement test even if I have a B2 certificate from last year?"],
          uq=["¿Hay descuento para estudiantes?"]),
     agent("ines", "a1", at(3, "10:00", 1), """¡Hola Lucía!

Practise away - but I'll answer in Spanish so that nothing gets lost :)

El intensivo de diciembre son 15 horas semanales (de lunes a viernes, de 9:30 a
12:30), del 30 de noviembre al 18 de diciembre. Con un certificado B2 de menos de
dos años no necesitas el test de nivel: envíamelo y te reservo plaza en el B2+."""),
     cust("c2", at(3, "12:00", 1), """Genial!! Certificate attached. And can I pay in two parts?

Lucía""", attach=[pdf_attachment("B2_certificate_Navarro.pdf", "Certificate B2", "Lucia Navarro")],
          uq=["And can I pay in two parts?"]),
     agent("ines", "a2", at(3, "13:00", 1), """Perfecto, Lucía: plaza reservada en el B2+ del intensivo de diciembre.
Te adjunto la factura. ¡Nos vemos el 30!""",
           attach=[pdf_attachment("C-26-1186.pdf", "Factura C-26-1186", "Intensivo diciembre B2+")]))

UNANSWERED["c42-poder-notarial-malaga"] = [
    "¿Pueden enviar el original firmado directamente a la notaría de Málaga?"]
case("c42-poder-notarial-malaga", "es", "closed",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
     "Javier Ortega <javier.ortega@ortega-abogados.example>", "outlook", "Traducción jurada de poder notarial",
     "Sworn translators and turnaround answered; the price promised for 'mañana' comes only "
     "after the lawyer asks again five days later; sending the original to the notary is "
     "never addressed.",
     cust("c1", at(4, "09:00", 1), """Buenos días:

Necesitamos una traducción jurada al español de un poder notarial inglés (power of
attorney, 4 páginas) para una compraventa en Málaga. ¿Trabajan con traductores
jurados nombrados por el Ministerio de Asuntos Exteriores? ¿Cuánto tardaría?
¿Pueden enviar el original firmado directamente a la notaría de Málaga?

Un saludo,
Javier Ortega
Ortega Abogados""",
          aq=["¿Trabajan con traductores\njurados nombrados por el Ministerio de Asuntos Exteriores?",
              "¿Cuánto tardaría?"],
          uq=["¿Pueden enviar el original firmado directamente a la notaría de Málaga?"]),
     agent("ines", "a1", at(4, "10:00", 1), """Buenos días, Javier:

Sí, trabajamos con dos traductores jurados nombrados por el MAEC. Para un poder
de 4 páginas el plazo es de 3 días hábiles. Le confirmo el precio exacto mañana,
cuando la traductora haya visto el documento.""", promises=[(eod(5, 1), "a2")]),
     cust("c2", at(10, "09:00", 1), """Hola Inés:

¿Hay alguna novedad sobre el precio? Sigo esperando para poder dar el visto bueno al cliente.

Javier""", chase=True, aq=["¿Hay alguna novedad sobre el precio?"]),
     agent("ines", "a2", at(10, "10:30", 1), """Disculpe el retraso, Javier. El precio es de 180 € + IVA, con la
traducción jurada en papel timbrado.""", kind="alt"))

UNANSWERED["c43-clases-particulares-hijo"] = ["¿Las clases pueden ser online?"]
case("c43-clases-particulares-hijo", "es", "open", {"unanswered-question": 1, "awaiting-reply": 1},
     "Marta Gil <marta.gil@example.org>", "iphone", "Clases particulares para mi hijo",
     "Wednesday availability and prices answered, online lessons not; the mother's follow-up "
     "questions a week later wait without a reply.",
     cust("c1", at(9, "18:00", 1), """Hola, quiero clases particulares de inglés para mi hijo de 15 años, para preparar el examen First. ¿Tienen profesores disponibles los miércoles por la tarde? ¿Las clases pueden ser online?

Enviado desde mi iPhone""", aq=["¿Tienen profesores disponibles los miércoles por la tarde?"],
          uq=["¿Las clases pueden ser online?"]),
     agent("ines", "a1", at(10, "09:00", 1), """Hola Marta:

Sí: nuestra profesora Emma tiene hueco los miércoles de 17:00 a 18:00 y prepara
el First desde hace años. Son 32 £ la clase de 60 minutos, o 290 £ el bono de 10."""),
     cust("c2", at(17, "21:00", 1), """Gracias Inés. Entonces, ¿Emma podría empezar el miércoles 25? ¿Y cómo se paga el bono?

Enviado desde mi iPhone"""))

case("c44-apostilla-master", "es", "pending", {"missed-follow-up": 1, "customer-chased": 2},
     "Andrés Ruiz <andres.ruiz@example.net>", "gmail_es", "Apostilla y traducción de título de máster",
     "'Te escribo el jueves con el presupuesto' is not kept; the customer asks twice (two "
     "chases) before the quote arrives.",
     cust("c1", at(10, "11:00", 1), """Hola,

Necesito apostillar y traducir al español mi título de máster del Reino Unido para
homologarlo en España. ¿Pueden encargarse de todo el trámite?

Gracias,
Andrés Ruiz""", aq=["¿Pueden encargarse de todo el trámite?"]),
     agent("ines", "a1", at(10, "12:00", 1), """Hola Andrés:

Sí, nos encargamos de todo: la copia certificada por un solicitor, la apostilla
de la FCDO y la traducción jurada. Te escribo el jueves con el presupuesto cerrado.""",
           promises=[(eod(12, 1), "a2")]),
     cust("c2", at(16, "10:00", 1), """Hola Inés, ¿hay alguna novedad sobre el presupuesto?

Andrés""", chase=True, aq=["¿hay alguna novedad sobre el presupuesto?"]),
     cust("c3", at(18, "10:00", 1), """Buenos días, sigo esperando el presupuesto. Necesito saber algo esta semana, por favor.

Andrés""", chase=True),
     agent("ines", "a2", at(19, "09:00", 1), """Andrés, perdona el retraso. El presupuesto completo es de 265 £: copia
certificada 45 £, apostilla 95 £ (tasa incluida) y traducción jurada 125 £.
Plazo total: unas dos semanas."""))

case("c45-factura-fundae", "es", "closed", {},
     "Carmen Vidal <carmen.vidal@vidal-export.example>", "outlook", "Factura curso de inglés - FUNDAE",
     "Invoice with the company's tax number attached and the attendance certificate confirmed; "
     "thanks-only.",
     cust("c1", at(5, "09:00", 1), """Buenos días:

¿Nos pueden enviar la factura del curso de inglés de nuestros empleados a nombre
de Vidal Export S.L. con el CIF B-46291837? La necesitamos para la bonificación de
FUNDAE. Y otra pregunta: ¿el certificado de asistencia lo emiten ustedes?

Saludos,
Carmen Vidal
Vidal Export S.L.""", kind="alt",
          aq=["¿Nos pueden enviar la factura del curso de inglés de nuestros empleados a nombre\nde Vidal Export S.L. con el CIF B-46291837?",
              "¿el certificado de asistencia lo emiten ustedes?"]),
     agent("ines", "a1", at(5, "10:30", 1), """Buenos días, Carmen:

Le adjunto la factura a nombre de Vidal Export S.L. con su CIF. Y sí, el
certificado de asistencia lo emitimos nosotros al final del curso, con las horas
y el nivel alcanzado.""", attach=[pdf_attachment("C-26-1188.pdf", "Factura C-26-1188",
                                                   "Vidal Export S.L. - CIF B-46291837")]),
     cust("c2", at(5, "11:00", 1), """¡Perfecto, muchas gracias!

Carmen""", thanks=True))


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
    return mailcraft.cases_table("Practice corpus 18: Corriedale Language Services - cases",
                                 "make_practice18_corpus.py", rows)


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
                                 if m.role in ("agent", "ack")], "mx1.corriedale.example")
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
    """Regenerate the corpus into ``--out`` (default tests/practice18)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice18")
    args = parser.parse_args(argv)
    write(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
