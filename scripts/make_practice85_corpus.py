#!/usr/bin/env python3
"""Regenerate ``tests/practice85/``: a labelled corpus of Ashby Vale Sign Language & Interpreting.

A support mailbox of a fictional British Sign Language agency in the north of England: BSL/English
interpreters booked for GP and hospital appointments, schools, councils, workplaces,
weddings, theatres and conferences; BSL courses (Level 1-3, tasters, Deaf awareness
training, private lessons); and invoicing to councils, NHS trusts, charities and private
clients (purchase orders, cost centres, credit notes, Access to Work). Written without
looking at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up
window 2 days, close-after 7 days, handoff limit 2), support domain
``ashbyvaleinterpreting.example``.

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

Usage: python scripts/make_practice85_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "ashbyvaleinterpreting.example"
BOOKINGS = "Ashby Vale Bookings <bookings@ashbyvaleinterpreting.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nadia": ("Nadia Okafor <nadia@ashbyvaleinterpreting.example>", "thunderbird", """-- 
Nadia Okafor
Bookings Coordinator | Ashby Vale Sign Language & Interpreting
0161 496 0720 | SMS/WhatsApp video 07700 900415
Book online: https://ashbyvaleinterpreting.example/book?ref=sig"""),
    "callum": ("Callum Reid <callum@ashbyvaleinterpreting.example>", "outlook", """Callum Reid
Bookings & Events | Ashby Vale Sign Language & Interpreting
Need an interpreter at short notice? Our out-of-hours line is 0161 496 0799."""),
    "priya": ("Priya Lal <priya@ashbyvaleinterpreting.example>", "outlook", """Priya Lal
Finance & Invoicing | Ashby Vale Sign Language & Interpreting
Ashby Vale Interpreting Ltd, registered in England no. 07123456. This e-mail and any
attachments are confidential; if you are not the intended recipient please delete it."""),
    "fern": ("Fern Whitlock <fern@ashbyvaleinterpreting.example>", "apple", """Fern Whitlock
Courses & Training | Ashby Vale Sign Language & Interpreting
Deaf-led BSL courses since 2009 - https://ashbyvaleinterpreting.example/courses?from=email"""),
    "lukas": ("Lukas Brenner <lukas@ashbyvaleinterpreting.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenbetreuung (Deutsch) | Ashby Vale Sign Language & Interpreting
https://ashbyvaleinterpreting.example/de?ref=signatur"""),
    "sophie": ("Sophie Garnier <sophie@ashbyvaleinterpreting.example>", "apple_fr", """Sophie Garnier
Relations clients francophones | Ashby Vale Sign Language & Interpreting
https://ashbyvaleinterpreting.example/fr?utm_source=email"""),
    "lucia": ("Lucía Herrera <lucia@ashbyvaleinterpreting.example>", "gmail_es", """--
Lucía Herrera
Atención al cliente y clases en español | Ashby Vale Sign Language & Interpreting
+44 161 496 0725"""),
}

ACK = """Hello,

Thank you for contacting Ashby Vale Sign Language & Interpreting. This is an automatic
confirmation that your message has been logged as request {ref}. Our bookings team works
Monday to Friday, 8am-6pm, and we will reply within one working day.

For same-day or emergency interpreting please call 0161 496 0799 instead of e-mailing.

Ashby Vale Bookings
https://ashbyvaleinterpreting.example/help?request={ref}"""

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
    "helpdesk": ["X-Mailer: ValeDesk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="av.", outlook_server="CWLP26")
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

REFERRAL_PDF = mailcraft.pdf(["Brookhollow Medical Centre - Interpreter referral",
                              "Patient: Mrs D. Whitaker, NHS no. 485 777 3456",
                              "Appointment: Thu 5 Nov 2026 10:20, Dr Anand (double slot)",
                              "Language: British Sign Language"])
QUOTE_PDF = mailcraft.pdf(["Ashby Vale Sign Language & Interpreting - Quotation Q-1207",
                           "Calderbrook MBC Adult Social Care: 6 assessments x 2 hours",
                           "Interpreter: Mark Ellery RSLI. GBP 62/hour, travel GBP 28/session",
                           "Total GBP 912.00 (exempt from VAT). Valid 60 days."])
STATEMENT_PDF = mailcraft.pdf(["Ashby Vale Interpreting Ltd - Statement of account",
                               "Kirkbridge Council Children's Services, 1 Jul - 17 Nov 2026",
                               "AV-26-0812 GBP 248.00 unpaid; AV-26-0904 GBP 186.00 unpaid",
                               "All other invoices paid. Balance GBP 434.00"])
INVOICE_PDF = mailcraft.pdf(["Ashby Vale Interpreting Ltd - Invoice AV-26-0951",
                             "Greyfriars College, Learning Support",
                             "Replaces AV-26-0933 (10 Nov session removed)",
                             "3 Nov, 17 Nov lectures: 2 x 2 hours at GBP 52 = GBP 208.00"])
CERT_PDF = mailcraft.pdf(["Certified copy - Level 2 Certificate in British Sign Language",
                          "Leon Fairbrother, candidate no. AVS-20419",
                          "Units 201, 202, 203: all passed (June 2024)",
                          "Certified by F. Whitlock, Ashby Vale Sign Language & Interpreting"])
TIMETABLE_PDF = mailcraft.pdf(["BSL Level 1 in-house - sample timetable (10 weeks x 3 hours)",
                               "Week 1: fingerspelling, greetings, Deaf culture",
                               "Weeks 2-9: units 101-103, workplace vocabulary",
                               "Week 10: assessment (signed conversation and receptive test)"])
BOOKING_PDF = mailcraft.pdf(["Ashby Vale - Buchungsbestaetigung AV-33590",
                             "Haas Maschinenbau UK, Sheffield - 27.11.2026, 10:00-12:00",
                             "2 BSL-Dolmetscherinnen (Team), Anfahrt inklusive",
                             "Gesamt: GBP 300.00 zzgl. MwSt."])
LETTER_PNG = mailcraft.png(10, 14, lambda x, y: (250 - 3 * y, 250 - 2 * x, 240 if y % 3 else 90))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("a01-brookhollow-gp", "en", "closed", {},
      "Sally Markham <practice.manager@brookhollowmedical.example>", "outlook",
      "BSL interpreter for patient appointment Thu 5th",
      "GP surgery books an interpreter with a referral form; name and who pays answered in two sentences. The surgery's signature asks 'is your contact number up to date?' with a '?' URL.",
      cu("11-02 09:12", """Good morning,

We have a Deaf patient booked in with Dr Anand on Thursday 5 November at 10:20 (double appointment, 20 minutes). Could you please arrange a BSL interpreter for her? Her details are on the attached referral form.

Could you also let me know the interpreter's name so reception know who to expect? And I wasn't sure whether the invoice comes to us or goes to the ICB - which is it?

Many thanks,
Sally Markham
Practice Manager
Brookhollow Medical Centre

This email is intended for the addressee only. If you have received it in error please notify the sender.
Help us help you - is your contact number up to date? https://brookhollowmedical.example/update?form=contact""",
         attach=[("application/pdf", "interpreter-referral-whitaker.pdf", REFERRAL_PDF)]),
      ag("callum", "11-02 11:40", """Hi Sally,

All arranged - Hannah Greaves (RSLI, registration 1039) will be with you on Thursday from 10:10 and will introduce herself at the front desk.

GP appointments in your area are covered by our contract with the ICB, so there's nothing for the practice to pay; we bill them direct.

Kind regards,
Callum""")),

    C("a02-northgate-oncology", "en", "closed", {"unanswered-question": 1},
      "Imran Sethi <imran.sethi@northgate-nhs.example>", "owa", "Interpreter request - Oncology clinic 10/11",
      "Hospital books a long oncology appointment: one-or-two-interpreters and the confirmation request are answered, the same-day cancellation charge is skipped; thanks-only close.",
      cu("11-03 08:30", """Hello,

I'd like to book a BSL interpreter for a patient attending the oncology clinic at Northgate General on Tuesday 10 November, 14:00-15:30. It's a results appointment with the consultant followed by a session with the specialist nurse, so it may be emotional and run over.

Given the length, do we need two interpreters or will one be enough? Please send the booking confirmation to outpatients.bookings@northgate-nhs.example as well as to me. I also need to know what you charge if the clinic cancels on the day - this has happened twice this year.

Regards,
Imran Sethi
Outpatient Booking Coordinator
Northgate General Hospital NHS Trust""", uq=1),
      ag("nadia", "11-03 10:05", """Dear Imran,

Thank you for the booking. For a 90-minute appointment like this one interpreter is fine - we only send a co-worker for more than two hours of continuous interpreting - and I've asked Deborah Kyle, who has worked in oncology for many years. She'll stay on if the clinic overruns.

The confirmation has gone to the outpatients bookings address and to you.

Best wishes,
Nadia"""),
      cu("11-03 10:31", """Brilliant, thanks Nadia.

Imran""", thanks=True)),

    C("a03-calderbrook-care-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Joanne Pike <joanne.pike@calderbrook-council.example>", "outlook", "Quote request - interpreting for care assessments",
      "Council asks for a quote for six assessments; 'I'll send you the full quote by Wednesday' arrives the next Monday after 'Any news on the quote?': kept late = missed.",
      cu("11-09 11:00", """Dear Ashby Vale,

Adult Social Care are arranging a series of six care and support assessments with a Deaf resident between late November and January, each around two hours, at her home in Todmorden. Please could you provide a quote for BSL interpreting for all six sessions, including travel? We'd also want the same interpreter throughout if at all possible, as continuity matters a lot to her.

Our purchase order will be raised once the quote is approved.

Kind regards,
Joanne Pike
Social Worker, Adult Social Care
Calderbrook Metropolitan Borough Council"""),
      ag("callum", "11-09 15:20", """Dear Joanne,

Thanks for this. Continuity is absolutely possible - I'm checking which of our interpreters living nearest Todmorden can commit to all six dates, as travel is the main variable. I'll send you the full quote by Wednesday.

Kind regards,
Callum""", promises=[("11-11", 4)]),
      cu("11-16 09:40", """Hi Callum,

Any news on the quote? Our panel meets on Thursday and I'd like to take the costs to it.

Joanne""", chase=True),
      ag("callum", "11-16 12:10", """Dear Joanne,

Apologies for the delay. The quote is attached: six sessions of two hours at £62 an hour, plus £28 travel per session - £912 in total. Mark Ellery will interpret at all six.

Kind regards,
Callum""", attach=[("application/pdf", "Q-1207-Calderbrook.pdf", QUOTE_PDF)])),

    C("a04-lyceum-carol-inline", "en", "closed", {},
      "Tom Aldous <access@lyceumplayhouse.example>", "thunderbird", "BSL performance of A Christmas Carol",
      "Theatre books two interpreters; three practical questions in a list answered inline under each quoted line.",
      cu("11-04 13:15", """Hello,

We're programming a BSL-interpreted performance of A Christmas Carol on Saturday 12 December (2:30 matinee) and would love to book two of your theatre interpreters. A few practical things first:

How far ahead do you need the script and a recording of the show?
Will the interpreters want to see a performance beforehand? We can offer comps for any evening from 1 December.
Is there a preferred side of the stage? Our lighting designer needs to know by the end of the month.

Best,
Tom Aldous
Access Manager, Lyceum Playhouse"""),
      ag("callum", "11-04 16:30", """Hi Tom,

Lovely - Jess Hartley and Amir Sayed are both free and have done the Carol before elsewhere, so I've pencilled them in.

> How far ahead do you need the script and a recording of the show?

Three weeks, so by 21 November if you can. A wide-shot archive recording is fine.

> Will the interpreters want to see a performance beforehand? We can offer comps for any evening from 1 December.

Yes please - two seats on the 2nd or 3rd would suit them both.

> Is there a preferred side of the stage? Our lighting designer needs to know by the end of the month.

Stage left, on a small riser, with its own special.

Best,
Callum""", quote=False)),

    C("a05-lowry-level1-family", "en", "pending", {"unanswered-question": 2},
      "Gemma Lowry <gemmalowry@example.com>", "gmail", "BSL Level 1 evening course",
      "A parent asks four things about Level 1 in two paragraphs; start date and instalments are answered, the parents' discount and the course book are not.",
      cu("11-17 20:45", """Hi,

Our son was diagnosed as profoundly deaf in the summer and we're desperate to start learning BSL properly as a family. I was wondering when your next Level 1 evening course starts, and whether there's any discount for parents of deaf children? I've seen some centres offer one.

Also do we need to buy the course book separately, or is it included? And is it OK to pay in instalments - with Christmas coming it would really help.

Thanks so much,
Gemma""", uq=2, cte="quoted-printable"),
      ag("fern", "11-18 09:30", """Hi Gemma,

Thank you for getting in touch, and welcome to BSL - you'll have lots of company, as several families join us every year.

The next Level 1 evening group starts on Tuesday 12 January, 6:30-8:30pm, for 20 weeks at our centre on Vale Street. The fee of £395 can be split into three monthly payments; the first is due when you enrol.

Warm wishes,
Fern""")),

    C("a06-fachtagung-birmingham", "de", "closed", {},
      "Dr. Anja Sommer <a.sommer@fachverband-hoerakustik.example>", "gmail_de", "BSL-Dolmetschen für unsere Fachtagung in Birmingham",
      "German association plans a conference day in Birmingham: number of interpreters, price and preparation material answered in German; thanks-only reply.",
      cu("11-05 10:20", """Sehr geehrte Damen und Herren,

unser Verband veranstaltet am 4. Februar 2027 eine eintägige Fachtagung in Birmingham (9:00 bis 17:00 Uhr), an der auch mehrere gehörlose britische Kolleginnen und Kollegen teilnehmen. Die Vorträge sind auf Englisch.

Wie viele BSL-Dolmetscher brauchen wir für einen ganzen Tag? Was kostet das ungefähr? Und benötigen Ihre Dolmetscher vorab die Präsentationen?

Mit freundlichen Grüßen
Dr. Anja Sommer
Fachverband Hörakustik e. V., Köln"""),
      ag("lukas", "11-05 11:45", """Sehr geehrte Frau Dr. Sommer,

vielen Dank für Ihre Anfrage. Für einen ganzen Konferenztag planen wir immer zwei Dolmetscherinnen bzw. Dolmetscher ein, die sich alle 20 bis 30 Minuten abwechseln. Pro Person berechnen wir einen Tagessatz von 420 £ zzgl. Reisekosten, für Birmingham insgesamt also rund 900 £.

Die Präsentationen und eine Liste mit Fachbegriffen sollten spätestens eine Woche vor der Tagung bei uns sein - je früher, desto besser.

Mit freundlichen Grüßen
Lukas Brenner"""),
      cu("11-05 13:02", """Vielen Dank, Herr Brenner, das hilft uns sehr weiter!

Beste Grüße
Anja Sommer""", thanks=True),
      tz=1),

    C("a07-mosslane-christmas-lunch", "en", "open", {"awaiting-reply": 1},
      "Rita Conway <rita@mosslanecommunitycentre.example>", "gmail", "Interpreter for our Christmas lunch",
      "A small charity asks about an interpreter and a reduced rate; only the helpdesk acknowledgement answers.",
      cu("11-18 14:05", """Hello,

Our Deaf social club is joining the community centre's Christmas lunch on Friday 11 December, 12 till 3. We'd like a BSL interpreter for the speeches and the quiz. Is anyone available, and what would it cost for three hours? We're a small charity so please tell me if there's a reduced rate.

Rita Conway
Mosslane Community Centre"""),
      ack("11-18 14:06")),

    C("a08-pennine-invoice-po", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Karen Holt <accounts.payable@pennine-care-nhs.example>", "outlook", "Invoice AV-26-0871 - missing PO",
      "NHS accounts payable: 'I'll reissue ... tomorrow' never happens; the question why a 40-minute booking was charged as two hours is ignored. A '?' URL in the signature.",
      cu("11-03 10:00", """Good morning,

Invoice AV-26-0871 has been rejected by our system because it has no purchase order number on it. Please reissue it quoting PO 4500219934.

While you're at it, could you tell me why the booking on 15 October has been charged as two hours? Our records show the appointment lasted forty minutes.

Kind regards,
Karen Holt
Accounts Payable
Pennine Care NHS Foundation Trust
Please note our new supplier portal: https://pennine-care-nhs.example/suppliers?view=invoicing""", uq=1),
      ag("priya", "11-03 14:30", """Dear Karen,

Thanks for letting me know, and sorry for the trouble. I'll reissue AV-26-0871 with PO 4500219934 on it tomorrow and send it to this address.

Kind regards,
Priya""", promises=[("11-04", None)])),

    C("a09-marchetti-mariage", "fr", "closed", {},
      "Hélène Marchetti <helene.marchetti@orange-mail.example>", "apple_fr", "Interprète pour un mariage en juin",
      "French mother of a Deaf LSF user asks about International Sign, cost and when to book; all answered in French; thanks-only reply.",
      cu("11-06 09:30", """Bonjour,

Mon fils, qui est sourd et signe en LSF, est invité au mariage d'un ami anglais près de Manchester le 19 juin 2027. Il aimerait pouvoir suivre la cérémonie et les discours.

Avez-vous des interprètes qui connaissent la LSF, ou à défaut la langue des signes internationale ? Combien faut-il prévoir pour une cérémonie d'environ une heure et les discours du soir ? Et faut-il réserver dès maintenant ?

Merci d'avance,
Hélène Marchetti"""),
      ag("sophie", "11-06 14:00", """Bonjour Madame Marchetti,

Merci pour votre message. Nous n'avons pas d'interprète LSF-anglais à proprement parler, mais deux de nos interprètes travaillent en langue des signes internationale et votre fils devrait pouvoir les suivre sans difficulté ; l'une d'elles a d'ailleurs vécu à Lyon.

Pour la cérémonie et les discours, comptez une interprète pour environ quatre heures au total, soit autour de 340 £ frais de déplacement compris. En juin, les samedis partent vite : mieux vaut réserver avant la fin de l'année.

Bien cordialement,
Sophie Garnier"""),
      cu("11-06 16:45", """Merci beaucoup, c'est très clair. Je vous recontacte avec mon fils.

Hélène Marchetti""", thanks=True),
      tz=1),

    C("a10-westmoor-semester-two", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Owen Bradley <disability.advice@westmoor.ac.example>", "owa", "Interpreters for a Deaf student - semester 2",
      "University disability adviser waits five days, replies to their own mail to chase; the reply then answers both questions.",
      cu("11-04 09:00", """Hi,

We have a Deaf first-year student starting a Social Work placement module in semester 2 (from 25 January). She will need BSL interpreters for lectures, about 12 hours a week, and for some placement meetings.

Can you provide interpreters on a regular weekly timetable? And could you quote an hourly rate for a block booking of that size? Her DSA funding has been approved, so payment would come via the university.

Thanks,
Owen Bradley
Disability Adviser, Westmoor University"""),
      cu("11-09 10:15", """Hi again,

Just following up on my email of last Wednesday below - I haven't had a reply yet and the timetable goes out to students on Friday. Could someone get back to me?

Owen""", chase=True, parent=1),
      ag("nadia", "11-09 11:30", """Hi Owen,

I'm so sorry - your first email was caught by our spam filter and I've only just found it.

We can cover a regular weekly timetable: for around 12 hours a week we'd put two interpreters on a rota so there is always cover. The block rate is £52 an hour instead of £62, invoiced monthly to the university against a single PO.

Best wishes,
Nadia""")),

    C("a11-frost-interview", "en", "pending", {},
      "Daniel Frost <danfrost.bsl@example.net>", "iphone", "Interpreter for job interview 26 Nov",
      "Deaf job seeker books an interview interpreter, asks how Access to Work pays and for a named interpreter; all answered. 'I'll email the invoice the day after the interview' is due after the audit time.",
      cu("11-16 19:20", """Hi,

I've got an interview for a warehouse supervisor job at Harrow Logistics in Oldham on Thursday 26 November at 11am, about an hour. Can you book an interpreter for me? Access to Work have agreed to fund it - can they pay you directly or do I pay and claim it back?

Also can I ask for Marcus Bell? He did my last interview and he was great.

Thanks
Dan

Sent from my iPhone"""),
      ag("callum", "11-17 08:50", """Hi Dan,

Good luck with the interview! Marcus is free on the 26th and I've booked him from 10:45 to 12:15 at Harrow Logistics, so he'll be there before you go in.

Access to Work don't pay agencies directly: we invoice you, you send the invoice in with your claim form, and they reimburse you, usually within a couple of weeks. I'll email you the invoice the day after the interview.

Best,
Callum""", promises=[("11-27", None)])),

    C("a12-ribera-museo", "es", "closed", {"unanswered-question": 1},
      "Javier Ortega <javier.ortega@apsribera.example>", "gmail_es", "Visita guiada con intérprete - grupo de personas sordas",
      "Spanish Deaf association books a museum tour with an International Sign interpreter; availability and price answered, the invoice made out to the association with its tax number is not.",
      cu("11-02 16:00", """Hola, buenas tardes:

Somos un grupo de 14 personas sordas de Valencia y el sábado 14 de noviembre vamos a visitar el Museo de la Ciencia y la Industria de Manchester. Queríamos saber si tienen algún intérprete que conozca la LSE o, si no, el Sistema de Signos Internacional, para acompañarnos en la visita guiada de las 11:00 (unas dos horas).

¿Cuánto costaría? Y otra cosa: ¿nos pueden hacer la factura a nombre de la asociación, con nuestro CIF G46123456? La necesitamos así para justificar la subvención.

Muchas gracias y un saludo,
Javier Ortega
Asociación de Personas Sordas de la Ribera""", uq=1),
      ag("lucia", "11-03 09:10", """Hola, Javier:

¡Qué buena idea de visita! Tenemos una intérprete de Signos Internacionales, Aisha Rahman, que además entiende bastante LSE, y está libre el sábado 14 por la mañana. La he reservado provisionalmente de 10:45 a 13:15.

El precio en sábado es de 75 £ por hora, con un mínimo de dos horas: en total unas 190 £ con el desplazamiento dentro de Manchester.

Un saludo,
Lucía"""),
      tz=1),

    C("a13-oakfield-parents-evening", "en", "closed", {},
      "Mark Whelan <m.whelan@oakfield-high.example>", "gmail", "Parents' evening 12 Nov - BSL interpreter",
      "School books an interpreter for parents' evening and offers a waiting room; the reply answers both without repeating the question; thanks-only reply.",
      cu("11-05 15:40", """Hello,

We have two Deaf parents coming to Year 9 parents' evening on Thursday 12 November, 4pm to 7pm. Could you send an interpreter for the whole evening? They'll see six or seven teachers in short slots.

I'd also like to know whether the interpreter needs a room to wait in between appointments - we can give them the library.

Thanks,
Mark Whelan
SENCo, Oakfield High School"""),
      ag("nadia", "11-05 17:05", """Hi Mark,

Lovely to hear from you again. Rachel Oduya will be with you from 3:45 to 7:15 on the 12th. She'll stay with the parents as they move between teachers, so the library won't be needed - but a glass of water would be much appreciated!

Best wishes,
Nadia"""),
      cu("11-06 08:10", """Great - thanks Nadia, I'll let the parents know.

Mark""", thanks=True)),

    C("a14-barnes-wedding-ruth", "en", "closed", {"missed-follow-up": 1},
      "Chloe Barnes <chloebarnes88@example.com>", "apple", "Wedding on 12 December - interpreter?",
      "Wedding enquiry: price answered, a named interpreter's availability deferred with 'come back to you early next week' (said Thursday) - nothing by Tuesday; the couple only said thanks.",
      cu("11-12 09:30", """Hi there,

My fiancé's parents are both Deaf and we'd love them to follow everything at our wedding on Saturday 12 December in Holmfirth - ceremony at 1pm, then speeches around 5. A friend recommended Ruth Ingham from your agency. Is she available that day? And what would the cost be for the ceremony and the speeches?

Chloe"""),
      ag("callum", "11-12 10:40", """Hi Chloe,

Congratulations to you both! For the ceremony and speeches we'd quote for one interpreter for up to six hours including the gap in between: £360 plus travel from Huddersfield (about £20).

Ruth keeps her own diary for December, so let me check with her and come back to you early next week.

Best,
Callum""", promises=[("11-17", None)]),
      cu("11-12 11:02", """Thank you so much, fingers crossed!

Chloe""", thanks=True)),

    C("a15-housing-forum-conference", "en", "pending", {"unanswered-question": 2},
      "Beatrice Nwosu <b.nwosu@northernhousingforum.example>", "outlook", "Northern Housing Forum conference - access arrangements",
      "Four questions inside one long paragraph; team size and the big screen are answered, the drinks reception and the request for terms and conditions are not.",
      cu("11-16 12:30", """Dear Callum,

I'm pulling together the access arrangements for the Northern Housing Forum annual conference, which runs on Wednesday 20 and Thursday 21 January at the Bridgewater Hall in Manchester, roughly 9:30 to 4:30 each day with a drinks reception on the first evening, and I'm conscious that last year we left the interpreting far too late, so I'd like to get it in the diary now. We'll have two main-stage plenaries each day and three breakout rooms running in parallel in the afternoons, and at the moment we know of four Deaf delegates, although more usually register nearer the time. Could you tell me how many interpreters you'd recommend for that programme? I'd also like to understand whether the interpreters would need to be shown on the big screen alongside the speaker, because the AV company is asking. Would you be able to cover the drinks reception on the Wednesday evening too, or is that usually handled differently? And finally please send me your terms and conditions, as our procurement team won't raise a purchase order without them.

With thanks,
Beatrice Nwosu
Events Manager
Northern Housing Forum""", uq=2),
      ag("callum", "11-16 16:45", """Dear Beatrice,

Thanks for thinking of us early - January fills up quickly.

For two plenaries a day we'd suggest a team of two on the main stage and one more pair that follows the Deaf delegates to whichever breakout they choose, so four interpreters each day. If more Deaf delegates register we can add a second breakout pair.

And yes: the interpreter should be on the big screen, ideally picture-in-picture beside the speaker. I'm happy to talk to your AV company directly.

Kind regards,
Callum""")),

    C("a16-kirkbridge-statement", "en", "pending", {},
      "Lorraine Shaw <lorraine.shaw@kirkbridge-council.example>", "owa", "Statement of account please",
      "Council finance asks for a statement; the bookings agent hands over ('she'll send the statement over today') and the finance colleague sends it the same afternoon.",
      cu("11-17 09:05", """Hello,

We're doing our quarter-end reconciliation. Could you send me a statement of account for Kirkbridge Council (children's services) showing everything invoiced since 1 July, and which invoices you have as unpaid?

Thanks,
Lorraine Shaw
Finance Officer, Kirkbridge Council"""),
      ag("callum", "11-17 09:40", """Hi Lorraine,

I've passed this to Priya in our finance team - she'll send the statement over today.

Callum""", promises=[("11-17", 3)]),
      ag("priya", "11-17 14:20", """Dear Lorraine,

Please find attached the statement of account from 1 July to date. Two invoices are currently unpaid: AV-26-0812 (£248.00) and AV-26-0904 (£186.00), both still within terms.

Kind regards,
Priya""", parent=1, attach=[("application/pdf", "Statement-Kirkbridge-CS.pdf", STATEMENT_PDF)])),

    C("a17-handzeichen-gastspiel", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Katharina Wolf <k.wolf@theater-handzeichen.example>", "outlook_de", "Gastspiel in Leeds und Manchester - Publikumsgespräche",
      "German Deaf theatre on tour: the DGS-BSL team is explained, availability deferred with 'melde mich bis Donnerstag' (never kept); the request for an invoice in euros is ignored.",
      cu("11-03 11:30", """Sehr geehrter Herr Brenner,

unser gehörloses Ensemble „Theater Handzeichen“ aus Hamburg gastiert im März 2027 mit zwei Vorstellungen in Leeds und Manchester. Nach jeder Vorstellung gibt es ein Publikumsgespräch, das auf DGS geführt wird.

Hätten Sie Dolmetscher, die zwischen DGS und BSL bzw. Englisch dolmetschen können? Ich vermute, dafür braucht es ein Team aus gehörlosen und hörenden Dolmetschern.

Außerdem wüsste ich gern, ob Sie uns in Euro eine Rechnung stellen können, da unsere Förderung in Euro abgerechnet wird.

Mit freundlichen Grüßen
Katharina Wolf
Produktionsleitung, Theater Handzeichen e. V.""", uq=1),
      ag("lukas", "11-03 15:00", """Sehr geehrte Frau Wolf,

was für ein schönes Projekt! Sie vermuten richtig: Für DGS-BSL arbeiten wir mit einer gehörlosen Dolmetscherin, die DGS und BSL beherrscht, und einer hörenden Kollegin für das Englische. Ich kläre die Verfügbarkeit im März mit beiden und melde mich bis Donnerstag bei Ihnen.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-05", None)]),
      tz=1),

    C("a18-qureshi-tribunal", "en", "pending", {"unanswered-question": 1, "customer-chased": 2, "slow-first-response": 1},
      "Hassan Qureshi <hassan@qureshi-solicitors.example>", "gmail", "Interpreter for client meeting",
      "Solicitor chases twice ('any update on this?', 'I'm still waiting to hear back'); the reply offers an interpreter but never says whether they have legal experience.",
      cu("11-10 10:00", """Hello,

I act for a Deaf client in an employment tribunal claim and need a BSL interpreter for a two-hour conference with her at our Bradford office. Any weekday afternoon in the week of 23 November works. Can you let me know who's available?

Also, do your interpreters have experience of legal settings? The hearing itself will be in February, and I'd like the same interpreter for both if possible.

Regards,
Hassan Qureshi
Qureshi & Co Solicitors""", uq=1),
      cu("11-12 16:30", """Hi, any update on this?

Hassan""", chase=True, parent=1),
      cu("11-16 09:10", """Hello again,

I'm still waiting to hear back about an interpreter for the week of the 23rd. If you can't help please just say so and I'll look elsewhere.

Hassan Qureshi""", chase=True, parent=2),
      ag("nadia", "11-16 10:20", """Dear Mr Qureshi,

I'm very sorry you've had to chase us twice. Helen Dacre can do Tuesday 24 November from 2pm to 4pm at your Bradford office - shall I confirm her?

Best wishes,
Nadia""")),

    C("a19-airedale-eform-html", "en", "closed", {},
      "Julie Rennard <interpreting.requests@airedale-nhs.example>", "outlook", "FW: Interpreter Request Form - ref IR-55821",
      "HTML-only mail forwarding a hospital request form whose fields are questions ('Does the patient have a preferred gender of interpreter?'); only the covering question is the customer's, and it is answered.",
      cu("11-04 08:15", """Hi,

Please see the request below from Audiology. Can you confirm cover for this one?

Thanks,
Julie
Interpreting & Translation Services, Airedale NHS Trust

---------- Forwarded message ---------
From: Audiology Reception <audiology@airedale-nhs.example>
Date: Tue, 3 Nov 2026 at 16:52
Subject: Interpreter Request Form - ref IR-55821

Request ref: IR-55821
Language: British Sign Language
Date/time: Monday 9 November 2026, 09:30-10:30
Location: Audiology, Level 2, Airedale General
Is the patient aware an interpreter has been booked? Yes
Does the patient have a preferred gender of interpreter? Female
Any other requirements? Patient has low vision - please position close.""", kind="html"),
      ag("nadia", "11-04 09:30", """Hi Julie,

Covered - Sarah Pell will be there for IR-55821 on Monday from 09:20 and knows about the low-vision positioning.

Best wishes,
Nadia""")),

    C("a20-lumea-sensibilisation", "fr", "pending", {"unanswered-question": 1},
      "Mathilde Caron <m.caron@lumea-conseil.example>", "gmail", "Formation de sensibilisation à la BSL pour notre équipe",
      "French HR manager of a UK subsidiary: the workshop, venue and price are answered; the request to address the quote to the parent company in Lyon is not.",
      cu("11-17 10:00", """Bonjour,

Je suis responsable RH de la filiale britannique de Luméa Conseil, à Leeds. Nous accueillons en janvier un collègue sourd et l'équipe souhaiterait apprendre les bases de la BSL.

Pourriez-vous organiser une demi-journée de sensibilisation pour une douzaine de personnes ? Je voudrais également savoir si la formation peut avoir lieu dans nos locaux plutôt que chez vous.

Enfin, merci de libeller le devis au nom de notre maison mère, Luméa Conseil SAS, 14 rue Garibaldi, 69006 Lyon, car c'est elle qui règle les formations.

Cordialement,
Mathilde Caron
Responsable RH, Luméa Conseil UK""", uq=1),
      ag("sophie", "11-17 14:30", """Bonjour Madame Caron,

Avec plaisir. Notre atelier « Deaf Awareness & BSL taster » dure trois heures et convient parfaitement à un groupe de douze personnes ; il est animé par une formatrice sourde accompagnée d'une interprète. Nous pouvons tout à fait venir à Leeds, sans supplément.

Le tarif est de 480 £ HT pour le groupe, supports compris.

Bien cordialement,
Sophie Garnier"""),
      tz=1),

    C("a21-brightwell-vri", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Gary Fenton <gary.fenton@brightwell-housing.example>", "outlook", "Video interpreting for tenant calls?",
      "Housing association asks about video remote interpreting; 'I'll find out ... and get back to you' (no deadline, 2-day window) is kept six days later after 'just checking in'. The closing offer of a trial week is conditional, not a promise.",
      cu("11-03 13:00", """Hi,

We've got several Deaf tenants and our repairs line is phone-only, which isn't great. Do you offer video remote interpreting that we could use on the spot when a tenant comes into the office or calls us by video? If so, how is it charged - per minute or a monthly fee?

Cheers,
Gary Fenton
Customer Services Lead, Brightwell Housing"""),
      ag("callum", "11-03 15:10", """Hi Gary,

We do - our VRI service runs weekdays 8am-8pm. Pricing depends on the volume you expect, so I'll find out from our VRI team what would suit you and get back to you.

Best,
Callum""", promises=[("window", 4)]),
      cu("11-09 09:00", """Hi Callum, just checking in on the VRI pricing - is there anything yet?

Gary""", chase=True),
      ag("callum", "11-09 11:30", """Hi Gary,

Sorry for the wait. Two options: pay-as-you-go at £2.20 a minute with a 15-minute minimum per call, or a subscription of £240 a month including 150 minutes. For a repairs line the subscription usually works out cheaper. Happy to set up a trial week if you'd like to test it.

Best,
Callum""")),

    C("a22-lister-christening", "en", "pending", {},
      "Amy Lister <amy.lister@example.org>", "gmail", "Thank you + another booking!",
      "Thank-you mail with a rhetorical question and a question the customer answers herself, then a real booking request that is answered.",
      cu("11-16 21:10", """Hi Nadia,

Just wanted to say a massive thank you for sending Rachel to our wedding on Saturday. Who knew the best man's speech could make the interpreter cry too?! Mum and Dad haven't stopped talking about how much they could follow.

Now for the cheeky bit - we're christening our little one on Sunday 7 February at St Mary's in Ilkley, 11am, about an hour. Could we book Rachel again? I was going to ask where I'd find the invoice for the wedding, but I've just found it in my spam folder, so ignore that.

Amy x"""),
      ag("nadia", "11-17 09:05", """Hi Amy,

Thank you - that's lovely to hear, and Rachel admits to the tears!

She has 7 February free, so I've booked her for St Mary's from 10:40 to 12:15. Sundays are charged at time and a half, so it comes to £165; the invoice follows after the christening as usual.

Best wishes,
Nadia""")),

    C("a23-calder-maternity-handoffs", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Claire Dobson <claire.dobson@caldervalley-nhs.example>", "owa", "Antenatal appointments for Deaf mum - series booking",
      "Midwife books a series; Callum answers the booking and hands the birth question to Nadia, who answers next day; the dates are booked by a third agent. Nobody takes up the invoices-to-cost-centre request.",
      cu("11-11 08:40", """Hello,

We have a Deaf mum-to-be under our care, due mid-March. She will have antenatal appointments every two weeks until 36 weeks, then weekly. Please can you book a female BSL interpreter for all of them? I'll send the dates separately once the midwife has confirmed them.

Could you also tell me if you provide interpreters for the birth itself? That's obviously unpredictable timing.

And please make sure the invoices go to the maternity cost centre MAT-2210 rather than general outpatients.

Thanks,
Claire Dobson
Midwifery Team Leader
Calder Valley Hospitals NHS Trust""", uq=1),
      ag("callum", "11-11 10:15", """Hi Claire,

Happy to set this up. We'll book the same female interpreter, Tasha Moore, for the whole series once you send the dates, so mum sees a familiar face each time.

I'll ask Nadia, who runs our on-call rota, to reply to you about the birth.

Kind regards,
Callum""", promises=[("window", 3)]),
      ag("nadia", "11-12 09:00", """Hi Claire,

Yes - for births we run an on-call rota. From 37 weeks an interpreter is on call around the clock; the ward rings our on-call number (0161 496 0799) when labour starts, and someone is with you within about 90 minutes.

Best wishes,
Nadia""", parent=1),
      cu("11-17 13:30", """Thanks both. Here are the dates so far: 24 November 10:00, 8 December 10:00 and 22 December 14:00, all at the Calder Valley antenatal clinic, around 45 minutes each.

Claire"""),
      ag("priya", "11-17 15:00", """Dear Claire,

Callum and Nadia are both out at bookings this afternoon, so I've put these through: Tasha is confirmed for 24 November, 8 December and 22 December, each booked for an hour.

Kind regards,
Priya""")),

    C("a24-vidal-clases", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Carmen Vidal <carmen.vidal@correo.example>", "gmail_es", "Curso de BSL para mi hija",
      "Spanish mother wants to learn BSL with Spanish explanations; 'le escribo el lunes' (private lessons' times and price) is kept on Wednesday after '¿Hay alguna novedad? Sigo esperando'.",
      cu("11-10 11:00", """Hola:

Vivimos en Stockport desde hace un año y nuestra hija de seis años es sorda. En el colegio ya está aprendiendo BSL y yo quiero aprender también, pero mi inglés todavía no es muy bueno.

¿Tienen algún curso de BSL para principiantes donde se puedan hacer preguntas en español? Y si no, ¿sería posible hacer clases particulares con alguien que hable español?

Gracias,
Carmen Vidal"""),
      ag("lucia", "11-10 16:30", """Hola, Carmen:

¡Qué bien que quiera aprender con su hija! En los cursos de grupo las clases son en BSL y en inglés, pero las clases particulares en español las doy yo, los martes y los jueves. Tengo que mirar qué horas me quedan libres en diciembre y le escribo el lunes con las opciones y el precio.

Un saludo,
Lucía""", promises=[("11-16", 4)]),
      cu("11-18 09:30", """Hola, Lucía:

¿Hay alguna novedad sobre las clases? Sigo esperando los horarios, es que quería organizarme antes de las vacaciones.

Gracias,
Carmen""", chase=True),
      ag("lucia", "11-18 12:00", """Hola, Carmen:

Perdone el retraso, he estado enferma unos días. Tengo libres los martes a las 10:00 y los jueves a las 18:00 a partir del 1 de diciembre. Cada clase de una hora cuesta 35 £, y el bono de diez clases, 300 £.

Un saludo,
Lucía"""),
      tz=1),

    C("a25-greyfriars-reopened", "en", "pending", {"reopened": 1},
      "Stella Marsh <s.marsh@greyfriars-college.example>", "thunderbird", "Missing interpreter - Tuesday 10th",
      "College complains about a no-show; the agent explains, fixes and marks it resolved; a week later the college writes again about the invoice still charging the missed session, and gets a corrected invoice.",
      cu("11-10 13:20", """Hello,

The interpreter booked for our Deaf student's 11am lecture today (booking AV-33102) didn't turn up, and the student missed the whole session. What happened? We need this not to happen again - she has the same lecture every Tuesday.

Stella Marsh
Learning Support Coordinator, Greyfriars College"""),
      ag("nadia", "11-10 15:00", """Dear Stella,

I'm so sorry. The interpreter was taken ill this morning and our message to your team didn't get through because it went to an old contact number - we've now updated it to yours. There will be no charge for today, and from next Tuesday Jodie Frame will cover the lecture as a regular booking, with Sarah Pell as named back-up.

I'll mark this as resolved, but please reply if anything else goes wrong.

Best wishes,
Nadia""", closes=True),
      cu("11-17 12:40", """Hi Nadia,

Jodie was there today, thank you. But the invoice we've just received (AV-26-0933) still charges for last Tuesday's missed session. Can you have that taken off?

Stella"""),
      ag("nadia", "11-17 16:00", """Dear Stella,

Thanks for spotting it - that line shouldn't have been there. Priya in finance has cancelled AV-26-0933 and reissued it as AV-26-0951 without the 10 November session; it's attached.

Best wishes,
Nadia""", attach=[("application/pdf", "AV-26-0951.pdf", INVOICE_PDF)])),

    C("a26-fairbrother-certificate", "en", "pending", {},
      "Leon Fairbrother <leonfairbrother@example.com>", "gmail", "Level 2 certificate",
      "Former student asks for a copy of his certificate and unit results; the answer is one word and a PDF.",
      cu("11-18 08:20", """Morning Fern,

I need proof of my Level 2 BSL qualification for a job application (closing date Friday). Please could you send me a copy of my certificate and the unit results? I think my original got lost when I moved.

Thanks,
Leon Fairbrother"""),
      ag("fern", "11-18 10:05", """Hi Leon,

Attached - a certified copy of the certificate and the results for all three units.

Good luck with the application!
Fern""", attach=[("application/pdf", "L2-certificate-Fairbrother-certified.pdf", CERT_PDF)])),

    C("a27-holmecliffe-inset", "en", "closed", {"unanswered-question": 2},
      "Rebecca Thornton <rthornton@holmecliffe-school.example>", "outlook", "Deaf awareness INSET day",
      "School books a staff session; in a follow-up (sent without threading headers) the head's two extra questions are ignored while the booking is confirmed.",
      cu("11-02 14:00", """Hello,

Could you run a Deaf awareness session for all our staff (about 60) on our INSET day, Monday 4 January? Morning only.

Rebecca Thornton
Deputy Head, Holmecliffe Primary"""),
      ag("fern", "11-02 16:10", """Hi Rebecca,

Yes - the morning of 4 January is free. Our whole-staff session runs 9:00 to 12:00, led by one of our Deaf tutors with an interpreter, and costs £650 for up to 80 people.

Warm wishes,
Fern"""),
      cu("11-03 09:30", """Thanks Fern, that's great, please book it in.

Two follow-ups from the head: can the session include a short section on supporting Deaf parents at school events? And do you provide certificates of attendance for staff CPD records?

Rebecca""", uq=2, thread=False),
      ag("fern", "11-03 11:00", """Hi Rebecca,

Booked! 4 January, 9:00-12:00, in your school hall. We'll need a projector and a clear space at the front.

Warm wishes,
Fern""")),

    C("a28-mancunian-film-qa", "en", "pending", {},
      "Yusuf Adeyemi <yusuf.adeyemi@mancunian-arts.example>", "owa", "Interpreter for our film screening Q&A",
      "Arts centre asks whether one interpreter can handle a signing and a speaking guest; answered with both prices. 'I'll confirm names by Tuesday 24th' is still ahead at audit time.",
      cu("11-18 10:45", """Hi,

We're screening a documentary about Deaf footballers on Thursday 10 December at 7pm, followed by a 45-minute Q&A with the director (hearing) and one of the players (Deaf). Can you provide interpreters for the Q&A? And is it a problem that the player will sign and the director will speak - do you need two people for that?

Thanks,
Yusuf Adeyemi
Programme Coordinator, Mancunian Arts Centre"""),
      ag("callum", "11-18 15:30", """Hi Yusuf,

Sounds like a great evening. Yes, we'll interpret the Q&A, and having one signing and one speaking guest is no problem at all - one interpreter can work both ways for 45 minutes, although on stage at a public event we'd recommend two so they can support each other. It's £180 for one or £340 for two.

I'm waiting to hear back from two interpreters about the 10th - I'll confirm names by Tuesday 24th.

Best,
Callum""", promises=[("11-24", None)])),

    C("a29-haas-betriebsversammlung", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Jürgen Haas <j.haas@haas-maschinenbau.example>", "outlook_de", "Gebärdensprachdolmetscher für Betriebsversammlung in Sheffield",
      "German employer asks for interpreters for a staff meeting in Sheffield, chases with 'ich warte immer noch auf eine Antwort'; the reply answers both with a booking confirmation attached.",
      cu("11-02 09:00", """Guten Tag,

unsere britische Niederlassung in Sheffield hält am 27. November eine Betriebsversammlung ab (10 bis 12 Uhr). Zwei Mitarbeiter sind gehörlos. Können Sie für diesen Termin BSL-Dolmetscher stellen, und was würde das kosten?

Mit freundlichen Grüßen
Jürgen Haas
Personalleitung, Haas Maschinenbau GmbH"""),
      cu("11-05 08:30", """Guten Tag,

ich warte immer noch auf eine Antwort auf meine Anfrage vom Montag. Bitte geben Sie mir kurz Bescheid, ob Sie den Termin abdecken können - sonst muss ich mich anderweitig umsehen.

Mit freundlichen Grüßen
Jürgen Haas""", chase=True, parent=1),
      ag("lukas", "11-05 10:15", """Guten Tag Herr Haas,

entschuldigen Sie bitte die späte Antwort. Am 27. November schicken wir Ihnen zwei Dolmetscherinnen nach Sheffield - bei zwei Stunden Versammlung arbeiten sie im Team. Die Kosten betragen 2 x 130 £ plus 40 £ Fahrtkosten, insgesamt also 300 £ zzgl. MwSt. Der Termin ist fest eingetragen, die Buchungsbestätigung hängt an.

Mit freundlichen Grüßen
Lukas Brenner""", attach=[("application/pdf", "Buchungsbestaetigung-AV-33590.pdf", BOOKING_PDF)]),
      tz=1),

    C("a30-westfield-carers-ooo", "en", "closed", {"unanswered-question": 1},
      "Nicola Bright <nicola.bright@westfieldcarers.example>", "gmail", "Interpreter for carers' support group",
      "Carers' group asks for a standing booking and whether the rate changes for shorter sessions; the booking is made, the rate question skipped; the customer's out-of-office answers the reply.",
      cu("11-05 11:00", """Hi,

Our carers' support group meets on the first Wednesday of every month, 10am-12pm, in Huddersfield, and a Deaf carer has just joined us. Could we set up a standing booking for an interpreter from December?

Also, does your rate change if the session finishes early? Some months it's only an hour and a half.

I'm off from tomorrow until the 16th, so replies may take a while!

Nicola Bright
Westfield Carers' Network""", uq=1),
      ag("nadia", "11-06 09:10", """Hi Nicola,

Lovely to have a new member in the group. I've set up a standing booking for the first Wednesday of every month from 2 December, 10am to 12pm, with Helen Dacre as the regular interpreter.

Best wishes,
Nadia"""),
      auto("11-06 09:11", """Thank you for your email. I'm on annual leave until Monday 16 November with no access to email. For anything urgent please contact the office on 01484 496 210.

Nicola Bright
Westfield Carers' Network""", quote=False, subject="Out of office: Re: Interpreter for carers' support group")),

    C("a31-stonebridge-conference", "en", "closed", {"missed-follow-up": 1},
      "Dean Harlow <dean.harlow@stonebridge-council.example>", "outlook", "Urgent - interpreter for child protection conference Thursday",
      "Council needs an interpreter with no prior contact with the family; 'will confirm a name by end of day' is kept the next morning: late = missed.",
      cu("11-09 09:30", """Hi,

We have a child protection conference on Thursday 12 November at 1:30pm (approx. 2 hours) where the father is Deaf. Please can you confirm an interpreter? It must be someone who has not worked with the family before.

Dean Harlow
Conference Chair, Stonebridge Children's Services"""),
      ag("callum", "11-09 10:20", """Hi Dean,

Understood on the conflict of interest. I'm checking our interpreters' records against the family's details now and will confirm a name by end of day.

Callum""", promises=[("11-09", 3)]),
      ag("callum", "11-10 11:45", """Hi Dean,

Sorry this took longer than I said. Confirmed: Leanne Pryce and Imogen Hart, working as a pair for the two hours; neither has worked with the family. They'll arrive at 1:15.

Callum""")),

    C("a32-karim-level3", "en", "closed", {},
      "Ayesha Karim <ayesha.karim@example.net>", "iphone", "Level 3 course - January start",
      "Student asks where, when and what to bring; all answered. 'the joining pack, which we email to everyone the week before' describes a routine, not a promise.",
      cu("11-06 12:10", """Hi Fern,

I've paid the deposit for the Level 3 course starting in January. Where does it take place, and what time do the Saturday sessions start? Do I need to bring anything to the first class?

Ayesha

Sent from my iPhone"""),
      ag("fern", "11-06 14:30", """Hi Ayesha,

Thanks - your deposit came through and your place is confirmed.

Level 3 runs at our centre on Vale Street, Saturdays 9:30 to 3:30, starting 16 January. Everything you need for the first day is in the joining pack, which we email to everyone the week before the course starts; apart from that, just bring a packed lunch and a notebook. The balance of the fee is due by 4 January.

Warm wishes,
Fern""")),

    C("a33-jumelage-bradford", "fr", "closed", {"missed-follow-up": 1},
      "Julien Perrot <julien.perrot@jumelage-villeneuve.example>", "apple_fr", "Visite de notre délégation à Bradford",
      "French twinning committee: the price is answered at once, availability deferred with 'je reviens vers vous d'ici vendredi' and confirmed on Monday: late = missed.",
      cu("11-02 15:00", """Bonjour Madame Garnier,

Notre comité de jumelage organise une visite à Bradford du 3 au 5 décembre. Deux membres de la délégation sont sourds et communiquent en LSF.

Est-il possible d'avoir un interprète (en signes internationaux si la LSF n'est pas possible) pour la réception officielle à l'hôtel de ville, le 3 décembre de 18h à 20h ? Pourriez-vous également nous indiquer le tarif ?

Bien cordialement,
Julien Perrot
Comité de jumelage, Villeneuve-sur-Aire"""),
      ag("sophie", "11-03 09:00", """Bonjour Monsieur Perrot,

Merci pour votre message. En soirée, le tarif est de 85 £ de l'heure par interprète ; pour deux heures de réception, une seule interprète suffit, soit 170 £ plus les frais de déplacement.

Je vérifie la disponibilité de nos interprètes en signes internationaux pour le 3 décembre et je reviens vers vous d'ici vendredi.

Bien cordialement,
Sophie Garnier""", promises=[("11-06", 3)]),
      ag("sophie", "11-09 10:30", """Bonjour Monsieur Perrot,

Bonne nouvelle : Aisha Rahman, interprète en signes internationaux, sera à l'hôtel de ville de Bradford le 3 décembre de 17h45 à 20h15. Toutes mes excuses pour ce petit retard.

Bien cordialement,
Sophie Garnier"""),
      tz=1),

    C("a34-fairway-inhouse-course", "en", "pending", {"unanswered-question": 2},
      "Martin Coles <martin.coles@fairway-logistics.example>", "outlook", "BSL training for warehouse supervisors",
      "Employer sends a numbered list of five questions; the reply answers three in prose (in-house yes, group size, timetable attached) and skips shift patterns and the apprenticeship levy.",
      cu("11-16 14:00", """Hello Fern,

We've taken on three Deaf warehouse operatives this year and our supervisors want to be able to communicate with them on the floor. I have a few questions:

1. Do you run BSL Level 1 as an in-house course, at our site in Trafford Park?
2. What's the maximum group size?
3. Could the sessions be split across two shift patterns (early and late)?
4. Is the course eligible for the apprenticeship levy, or would it come from our normal training budget?
5. Please send a sample timetable so I can show it to the operations director.

Thanks,
Martin Coles
Training & Development Manager, Fairway Logistics""", uq=2),
      ag("fern", "11-17 09:20", """Hi Martin,

What a great thing to be doing. We do teach Level 1 in-house, and Trafford Park is fine as long as there's a quiet room with space for a semicircle of chairs. Groups are capped at 12 so everyone can see each other clearly. A sample timetable is attached - it's for a 10-week course of three-hour sessions.

Warm wishes,
Fern""", attach=[("application/pdf", "L1-inhouse-sample-timetable.pdf", TIMETABLE_PDF)])),

    C("a35-pritchard-eye-clinic", "en", "closed", {},
      "Sue Pritchard <sue.pritchard@example.org>", "android", "Interpreter booking",
      "Daughter asks for an interpreter at her Deaf father's eye clinic appointment; the agent arranges it through the hospital. Same subject as a36 from another customer. Thanks-only reply.",
      cu("11-04 07:55", """Hi, my dad has a hospital appointment at Huddersfield Royal on Monday 9th at 2:15 (eye clinic). He's Deaf and uses BSL. Can you book someone? His name is Roy Pritchard, hospital number K448120.

Sue

Sent from Outlook for Android"""),
      ag("nadia", "11-04 09:00", """Hi Sue,

Thanks for letting us know. Hospital appointments are booked and paid for by the trust, so I've passed Roy's details to the eye clinic's booking team and confirmed it with them this morning: Sarah Pell will meet your dad at the eye clinic reception at 2:05 on Monday.

Best wishes,
Nadia"""),
      cu("11-04 09:20", """That's brilliant thank you so much.

Sue

Sent from Outlook for Android""", thanks=True)),

    C("a36-rowley-accountant", "en", "pending", {"unanswered-question": 1},
      "Craig Rowley <craig@rowleyjoinery.example>", "gmail", "Interpreter booking",
      "Deaf self-employed joiner books an interpreter (same subject as a35, another customer); the booking is made but the request to bill the business name is not acknowledged.",
      cu("11-17 16:30", """Hi,

I'm a Deaf self-employed joiner and I've got a meeting with my accountant on Monday 23 November at 10am in Halifax, about an hour. Can I book an interpreter?

And could you put the bill in the business name (Rowley Joinery) please, so it goes through the accounts.

Cheers
Craig""", uq=1),
      ag("callum", "11-18 09:00", """Hi Craig,

No problem - Mark Ellery will meet you at your accountant's in Halifax at 9:50 on Monday 23rd for the hour. It's £62 for the first hour.

Best,
Callum""")),

    C("a37-hollis-taster-refund", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Wendy Hollis <wendy.hollis@example.com>", "thunderbird", "Refund for BSL taster day",
      "Customer asks for a refund or transfer, replies to her own mail four days later ('I haven't heard back'); no reply at all.",
      cu("11-13 10:00", """Hello,

I booked two places on the BSL taster day on 28 November (booking TD-1187), but my husband is now having an operation that week. Could you refund his place, or move it to the next taster day?

Wendy Hollis"""),
      cu("11-17 10:30", """Hello,

I haven't heard back about the refund below. Could someone please let me know?

Wendy Hollis""", chase=True, parent=1)),

    C("a38-molina-padres-lse", "es", "closed", {},
      "Andrés Molina <andres.molina@correo.example>", "gmail_es", "Cursos de BSL para mis padres sordos",
      "Son of Deaf Spanish parents asks whether BSL courses suit Deaf people who already sign LSE and when the next starts; both answered in Spanish.",
      cu("11-04 19:00", """Buenas tardes:

Mis padres son sordos, usan la LSE, y se acaban de mudar a Leeds conmigo. Les gustaría aprender BSL para poder moverse solos por la ciudad. ¿Sus cursos están pensados también para personas sordas que ya signan otra lengua? ¿Y cuándo empieza el próximo?

Gracias de antemano,
Andrés Molina"""),
      ag("lucia", "11-05 10:00", """Hola, Andrés:

Sí, y suele ir muy bien: el curso «BSL para personas sordas» lo da un profesor sordo, todo en lengua de signos, y en el grupo actual hay alumnos que vienen de la LSF y de la LIS. El próximo grupo empieza el miércoles 13 de enero, de 10:00 a 12:30, y cuesta 220 £ por persona las diez sesiones.

Un saludo,
Lucía"""),
      tz=1),

    C("a39-cheshire-pride-revised", "en", "pending", {"missed-follow-up": 1},
      "Fiona Gallagher <fiona.gallagher@cheshirepride.example>", "outlook", "Quote for Pride main stage interpreting",
      "Festival asks to cut a quote down to the main stage; 'I'll send the revised quote tomorrow' never arrives and the customer does not chase.",
      cu("11-16 11:00", """Hi Callum,

Thanks for the quote for Pride (Q-1193). Our budget has been cut, so could you revise it for the main stage only - Saturday 12 noon to 8pm - dropping the Sunday and the second stage?

Fiona Gallagher
Access Coordinator, Cheshire Pride"""),
      ag("callum", "11-17 09:30", """Hi Fiona,

Sorry to hear about the budget. Main stage only on the Saturday is fine; I'll send the revised quote tomorrow.

Best,
Callum""", promises=[("11-18", None)])),

    C("a40-greenholme-links", "en", "pending", {},
      "Priti Desai <priti.desai@greenholme-surgery.example>", "owa", "Booking form and rates",
      "New practice manager asks for the booking form and the price list; the answer is two links. Her signature asks 'Running late for your appointment?' with a '?' URL.",
      cu("11-19 08:30", """Good morning,

I'm the new practice manager at Greenholme Surgery. Where can I find your online booking form? And do you have a current price list for GP appointments?

Many thanks,
Priti Desai
Practice Manager | Greenholme Surgery
Running late for your appointment? Let us know: https://greenholme-surgery.example/contact?reason=late""", kind="alt"),
      ag("nadia", "11-19 09:15", """Hi Priti, and welcome!

https://ashbyvaleinterpreting.example/book
https://ashbyvaleinterpreting.example/rates/nhs-2026.pdf

Best wishes,
Nadia""")),

    C("a41-grant-field-saturday", "en", "closed", {"unanswered-question": 1},
      "Ollie Grant <ollie@grantandfield.example>", "gmail", "Saturday viewing with a Deaf buyer",
      "Estate agent asks for a Saturday-morning interpreter and the hourly cost; the reply gives the weekday rate and weekday availability - the Saturday booking is never addressed.",
      cu("11-05 12:00", """Hi,

We've got a Deaf couple viewing a house with us and they've asked if we can arrange an interpreter. Can we book one for a Saturday morning, 14 November, 10-11am? Also roughly what does an hour cost?

Ollie Grant
Grant & Field Estate Agents""", uq=1),
      ag("callum", "11-05 14:20", """Hi Ollie,

Thanks for asking on their behalf. Our standard rate is £62 for the first hour, booked Monday to Friday between 8am and 6pm, and we have interpreters free most weekdays next week.

Best,
Callum""")),

    C("a42-lindqvist-schulung", "de", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Sabine Krüger <sabine.krueger@lindqvist-medizintechnik.example>", "outlook_de", "Produktschulung am 1. Dezember in Leeds",
      "German medical-device company: interpreters with ICU experience answered, names deferred with 'melde mich morgen' (never kept); the request for the cancellation terms is ignored.",
      cu("11-16 09:00", """Sehr geehrter Herr Brenner,

am 1. Dezember schulen wir in der Aire Valley Infirmary in Leeds das Pflegepersonal der Intensivstation an unseren neuen Beatmungsgeräten (9 bis 13 Uhr). Eine der Pflegekräfte ist gehörlos.

Können Sie für die Schulung eine BSL-Dolmetscherin stellen? Gibt es Dolmetscherinnen mit medizinischer Erfahrung?

Bitte schicken Sie uns außerdem Ihre Stornobedingungen, unser Einkauf besteht darauf.

Mit freundlichen Grüßen
Sabine Krüger
Schulungskoordination, Lindqvist Medizintechnik GmbH""", uq=1),
      ag("lukas", "11-16 11:30", """Sehr geehrte Frau Krüger,

gern. Für eine vierstündige Schulung setzen wir zwei Dolmetscherinnen ein; beide arbeiten regelmäßig auf Intensivstationen und kennen die Fachsprache. Welche Kolleginnen am 1. Dezember frei sind, kläre ich heute noch und melde mich morgen mit den Namen bei Ihnen.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-17", None)]),
      tz=1),

    C("a43-ackroyd-no-message-id", "en", "pending", {},
      "Bernard Ackroyd <b.ackroyd@ackroyd-family.example>", "oldclient", "Interpreter for my wife's nurse appointment",
      "Husband of a Deaf patient asks who is coming, then (from an old client that sends no Message-ID) asks for the interpreter to wait at the entrance; both answered.",
      cu("11-16 10:00", """Dear Sir or Madam,

My wife is profoundly deaf and uses sign language. She has an appointment with the nurse at Moorside Surgery on 25 November at 9.40 a.m. for a blood test and a review of her medication. The surgery says they have booked an interpreter through you, but nobody has told us who is coming. Would you be good enough to let me know the name?

Yours faithfully,
Bernard Ackroyd"""),
      ag("nadia", "11-16 11:30", """Dear Mr Ackroyd,

Thank you for checking. The surgery's booking is confirmed: Rachel Oduya will be at Moorside Surgery at 9.30 on 25 November and will look for your wife in reception.

Best wishes,
Nadia"""),
      cu("11-16 14:00", """Dear Nadia,

Thank you. One more thing: my wife would prefer to be met at the door rather than in the waiting room, because she cannot hear her name being called and finds it stressful. Could Rachel wait outside by the entrance instead?

Yours sincerely,
Bernard Ackroyd""", msgid=False,
         note="a43: Bernard Ackroyd's second mail (entrance instead of waiting room), sent without a Message-ID"),
      ag("nadia", "11-17 09:00", """Dear Mr Ackroyd,

Of course - Rachel will wait by the main entrance from 9.25, wearing a purple lanyard.

Best wishes,
Nadia""")),

    C("a44-mahmood-bank-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Tariq Mahmood <tariq.mahmood@example.com>", "gmail", "Interpreter for my mum's bank appointment",
      "Son books an interpreter for his Deaf mother at the bank; after only the acknowledgement he resends the same mail word for word as a new message; the reply then books and prices it.",
      cu("11-11 09:00", """Hello,

My mum is Deaf and has an appointment at the Halifax branch of Northern Mutual Bank on Wednesday 25 November at 2pm to sort out her late father's accounts. The bank says we have to book and pay for the interpreter ourselves. Could you book someone for one hour, and please tell me the cost in advance.

Thanks,
Tariq Mahmood"""),
      ack("11-11 09:01"),
      cu("11-16 08:45", """Hello,

My mum is Deaf and has an appointment at the Halifax branch of Northern Mutual Bank on Wednesday 25 November at 2pm to sort out her late father's accounts. The bank says we have to book and pay for the interpreter ourselves. Could you book someone for one hour, and please tell me the cost in advance.

Thanks,
Tariq Mahmood""", chase=True, parent=0),
      ag("callum", "11-16 10:30", """Hi Tariq,

Apologies - your first email did reach us but slipped through in a busy week. I've booked Helen Dacre for your mum's appointment on 25 November, 1:50 to 3pm at the bank. The cost is £62 for the hour plus £12 travel, £74 in total, invoiced to you after the appointment.

Best,
Callum""")),

    C("a45-delorme-relance", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Anne-Sophie Delorme <as.delorme@cabinet-delorme.example>", "gmail", "Cours de BSL à distance ?",
      "French speech therapist asks about online Level 1 and its price, chases with 'Je me permets de vous relancer'; both answered after the chase.",
      cu("11-03 10:00", """Bonjour,

Je suis orthophoniste en France et je vais passer six mois à Manchester à partir de février dans le cadre d'un échange. Je connais déjà un peu la LSF.

Proposez-vous des cours de BSL en ligne que je pourrais commencer avant mon départ ? Et combien coûte le niveau 1 ?

Merci beaucoup,
Anne-Sophie Delorme"""),
      cu("11-06 09:00", """Bonjour,

Je me permets de vous relancer concernant ma demande ci-dessous. Pourriez-vous me dire si des cours en ligne sont possibles ?

Bien cordialement,
Anne-Sophie Delorme""", chase=True, parent=1),
      ag("sophie", "11-06 11:00", """Bonjour Madame Delorme,

Veuillez nous excuser pour ce délai. Oui, notre niveau 1 existe en ligne : en visio le lundi soir de 18h30 à 20h30 (heure anglaise), à partir du 11 janvier. Il coûte 395 £, comme en présentiel, et vous pourrez rejoindre un groupe en salle à votre arrivée à Manchester si vous le souhaitez.

Bien cordialement,
Sophie Garnier"""),
      tz=1),

    C("a46-northern-star-induction", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ian Stott <ian.stott@northernstarfoodbank.example>", "gmail", "Volunteer induction - interpreter and charity rates",
      "Food bank: the interpreter is pencilled in, charity rates deferred to finance ('she'll be in touch by Friday', never happens); the food-handling question is ignored. A '?' donate URL in the signature.",
      cu("11-04 12:00", """Hi,

We've got a Deaf volunteer starting at the food bank and our induction is on Saturday 21 November, 9:30-12:30. Could you provide an interpreter? Your website mentions charity rates - who do I speak to about those? We'd also like to know if the interpreter would be OK handling food (it's a hands-on induction in the warehouse).

Thanks,
Ian Stott
Volunteer Coordinator, Northern Star Food Bank
Donate online: https://northernstarfoodbank.example/give?src=email""", uq=1),
      ag("callum", "11-04 15:00", """Hi Ian,

Thanks for getting in touch. I've pencilled in Jodie Frame for the 21st, 9:15 to 12:45.

Charity rates are handled by Priya in our finance team - she'll be in touch by Friday with the details.

Best,
Callum""", promises=[("11-06", None)])),

    C("a47-sol-levante-york", "es", "pending", {"unanswered-question": 2},
      "Marisol Ibáñez <marisol.ibanez@colegiosoldelevante.example>", "gmail_es", "Alumna sorda en nuestro viaje de estudios a York",
      "Spanish school trip with a Deaf pupil asks four things; interpreters for day visits and travel to York are answered, who pays the interpreter's meals and lodging and the quote in euros are not.",
      cu("11-17 09:00", """Buenos días:

Del 8 al 12 de febrero llevamos a un grupo de 20 alumnos de bachillerato a York, y una de las alumnas es sorda. Ella usa la LSE y lee bien los labios en español, pero no en inglés.

Quería preguntarles varias cosas. ¿Tienen intérpretes que puedan acompañar al grupo en las visitas de día? ¿Trabajan también fuera de Manchester, en York? ¿El precio incluye las comidas y el alojamiento del intérprete o eso corre de nuestra cuenta? Por último, necesitaríamos el presupuesto en euros.

Un saludo cordial,
Marisol Ibáñez
Coordinadora de viajes, Colegio Sol de Levante (Alicante)""", uq=2, cte="base64"),
      ag("lucia", "11-17 13:00", """Buenos días, Marisol:

Sí, cubrimos todo el norte de Inglaterra, York incluido. Para acompañar al grupo en las visitas les propondría a Aisha Rahman, que interpreta en Signos Internacionales y entiende bien la LSE; ya ha trabajado con grupos escolares de España.

Un saludo,
Lucía"""),
      tz=1),

    C("a48-hamer-mri-letter", "en", "closed", {},
      "Joyce Hamer <joycehamer@example.org>", "iphone", "Letter from the hospital - is this right?",
      "Deaf patient sends a photo of a hospital letter (base64 text plus PNG) and asks whether the booking is genuine and whether the interpreter comes into the scanner; both answered.",
      cu("11-05 18:40", """Hello,

I got the attached letter from the hospital saying an interpreter from Ashby Vale is booked for my MRI scan on 13 November. Is that right? I've never had one booked for me before without asking, I just want to check it's not a scam.

Also will the interpreter come into the scanner room with me?

Joyce

Sent from my iPhone""", cte="base64", attach=[("image/png", "IMG_4471.png", LETTER_PNG)]),
      ag("nadia", "11-06 09:00", """Hi Joyce,

It's genuine, don't worry - the radiology department booked Deborah Kyle for your scan at 3:40pm on 13 November, and she'll meet you in the radiology waiting area.

Interpreters can't go into the scanner itself because of the magnet, but Deborah will go through everything with you before and after, and the radiographer will agree simple signals with you for while you're inside.

Best wishes,
Nadia""")),

    C("a49-westvale-credit-note", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Stephen Oakes <stephen.oakes@westvale-nhs.example>", "outlook", "Disputed invoice AV-26-0902",
      "NHS contracts manager disputes an invoice for a cancelled clinic; the credit note promised 'by Thursday 19 November' never comes; the question about 2027 rates is ignored.",
      cu("11-12 10:00", """Dear Priya,

Invoice AV-26-0902 charges for an interpreter at a clinic on 28 October that we cancelled on 26 October, more than 48 hours ahead. Under your terms that should be free. Please cancel the invoice or issue a credit note.

Separately, can you confirm whether your rates for 2027 will change? We're setting next year's budget and I need the figure by the end of the month.

Regards,
Stephen Oakes
Contracts Manager, Westvale Community Health NHS Trust""", uq=1),
      ag("priya", "11-12 15:30", """Dear Stephen,

You're right, and I apologise: the cancellation was logged but the booking wasn't taken out of the invoicing run. We'll send you a credit note for the full amount of AV-26-0902 by Thursday 19 November.

Kind regards,
Priya""", promises=[("11-19", None)])),

    C("a50-fenwick-graduation", "en", "pending", {},
      "Lydia Fenwick <lydia.fenwick@example.com>", "apple", "Interpreter for my graduation reception",
      "Graduate asks for an interpreter for the family reception and the price; price answered, the interpreter 'I'll confirm tomorrow' and does.",
      cu("11-16 17:00", """Hi,

I'm graduating from Kirkstall University on Friday 11 December (ceremony at 2pm). The university is providing an interpreter for the ceremony, but not for the reception afterwards with my family, who are hearing. Could you provide an interpreter for the reception, 3:30-5pm? How much would that be?

Lydia"""),
      ag("nadia", "11-17 09:30", """Hi Lydia,

Congratulations! An hour and a half at the reception would be £93. I just need to check which interpreter the university has booked for the ceremony, as it would be nice to keep the same person - I'll confirm tomorrow.

Best wishes,
Nadia""", promises=[("11-18", 3)]),
      ag("nadia", "11-18 11:00", """Hi Lydia,

Good news - Jess Hartley is doing the ceremony and can stay on for the reception, so she's booked for you from 3:30 to 5pm.

Best wishes,
Nadia""")),

    C("a51-vogel-onlinekurs", "de", "closed", {},
      "Martina Vogel <martina.vogel@dolmetschen-vogel.example>", "gmail_de", "Frage zu Ihrem BSL-Onlinekurs",
      "German DGS interpreter asks about an intensive course for signers and whether it can be done online; answered ('steigen meist direkt in Level 2 ein', online times).",
      cu("11-09 20:00", """Hallo,

ich bin Gebärdensprachdolmetscherin (DGS) in Köln und würde gern BSL lernen, weil ich immer öfter mit britischen Kolleg:innen zusammenarbeite. Gibt es bei Ihnen einen Intensivkurs für Dolmetscher:innen, die schon eine andere Gebärdensprache können? Und kann man den auch komplett online machen?

Viele Grüße
Martina Vogel"""),
      ag("lukas", "11-10 09:30", """Hallo Frau Vogel,

danke für Ihr Interesse! Einen eigenen Kurs für Dolmetscher:innen haben wir nicht, aber wer schon eine Gebärdensprache beherrscht, steigt bei uns meist direkt in Level 2 ein. Der läuft im Frühjahr komplett online: dienstags und donnerstags 18:00 bis 20:00 Uhr (britische Zeit), Start am 2. März.

Viele Grüße
Lukas Brenner"""),
      tz=1),

    C("a52-calverley-storytime", "en", "closed", {"unanswered-question": 1},
      "Alison Trent <alison.trent@calverley-library.example>", "owa", "Signed storytime sessions",
      "Library sets up a monthly signed storytime; availability and price answered; the one-sentence request for each interpreter's DBS certificate number is ignored.",
      cu("11-06 10:30", """Hello,

Calverley Library would like to start a monthly signed storytime for Deaf and hearing children. Would one of your interpreters be able to work alongside our storyteller on the last Saturday of each month from January, 10:30-11:15? What would a standing booking of this kind cost?

We'd also need each interpreter's DBS certificate number on file before their first session, as the sessions are with under-fives, so please send those over once you know who'll be coming.

Best wishes,
Alison Trent
Children's Librarian, Calverley Library""", uq=1),
      ag("callum", "11-06 14:45", """Hi Alison,

What a lovely idea. Jodie Frame is keen and can do the last Saturday of each month from 30 January. Saturday mornings are billed at our weekend rate with a one-hour minimum: £78 per session, invoiced monthly.

Best,
Callum""")),

    C("a53-nash-cancellation", "en", "pending", {},
      "Kelly Nash <kelly.nash@example.net>", "gmail", "Cancel booking AV-33417",
      "Customer cancels a booking and asks about a charge; acknowledgement, then a same-morning answer. 'just reply with the link' is a conditional offer.",
      cu("11-19 07:45", """Hi,

I need to cancel the interpreter for my antenatal class on Tuesday 24 November (booking AV-33417) - the class has been moved online. Will I be charged, as it's more than 48 hours' notice?

Thanks,
Kelly"""),
      ack("11-19 07:46"),
      ag("nadia", "11-19 09:20", """Hi Kelly,

All cancelled, and no charge - anything cancelled more than 48 hours ahead is free. If the online class would like an interpreter, just reply with the link and the time.

Best wishes,
Nadia""")),
]

UNANSWERED: dict[str, list[str]] = {
    "a02-northgate-oncology": [
        "I also need to know what you charge if the clinic cancels on the day - this has happened twice this year."],
    "a05-lowry-level1-family": [
        "whether there's any discount for parents of deaf children?",
        "Also do we need to buy the course book separately, or is it included?"],
    "a08-pennine-invoice-po": [
        "could you tell me why the booking on 15 October has been charged as two hours?"],
    "a12-ribera-museo": [
        "¿nos pueden hacer la factura a nombre de la asociación, con nuestro CIF G46123456?"],
    "a15-housing-forum-conference": [
        "Would you be able to cover the drinks reception on the Wednesday evening too, or is that usually handled differently?",
        "And finally please send me your terms and conditions, as our procurement team won't raise a purchase order without them."],
    "a17-handzeichen-gastspiel": [
        "Außerdem wüsste ich gern, ob Sie uns in Euro eine Rechnung stellen können, da unsere Förderung in Euro abgerechnet wird."],
    "a18-qureshi-tribunal": [
        "Also, do your interpreters have experience of legal settings?"],
    "a20-lumea-sensibilisation": [
        "Enfin, merci de libeller le devis au nom de notre maison mère, Luméa Conseil SAS, 14 rue Garibaldi, 69006 Lyon, car c'est elle qui règle les formations."],
    "a23-calder-maternity-handoffs": [
        "And please make sure the invoices go to the maternity cost centre MAT-2210 rather than general outpatients."],
    "a27-holmecliffe-inset": [
        "can the session include a short section on supporting Deaf parents at school events?",
        "And do you provide certificates of attendance for staff CPD records?"],
    "a30-westfield-carers-ooo": [
        "Also, does your rate change if the session finishes early?"],
    "a34-fairway-inhouse-course": [
        "Could the sessions be split across two shift patterns (early and late)?",
        "Is the course eligible for the apprenticeship levy, or would it come from our normal training budget?"],
    "a36-rowley-accountant": [
        "And could you put the bill in the business name (Rowley Joinery) please, so it goes through the accounts."],
    "a41-grant-field-saturday": [
        "Can we book one for a Saturday morning, 14 November, 10-11am?"],
    "a42-lindqvist-schulung": [
        "Bitte schicken Sie uns außerdem Ihre Stornobedingungen, unser Einkauf besteht darauf."],
    "a46-northern-star-induction": [
        "We'd also like to know if the interpreter would be OK handling food (it's a hands-on induction in the warehouse)."],
    "a47-sol-levante-york": [
        "¿El precio incluye las comidas y el alojamiento del intérprete o eso corre de nuestra cuenta?",
        "Por último, necesitaríamos el presupuesto en euros."],
    "a49-westvale-credit-note": [
        "Separately, can you confirm whether your rates for 2027 will change?"],
    "a52-calverley-storytime": [
        "We'd also need each interpreter's DBS certificate number on file before their first session, as the sessions are with under-fives, so please send those over once you know who'll be coming."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's request number for the message ``key`` (stable, derived from the key)."""
    return f"AVR-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True)}
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=BOOKINGS, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", BOOKINGS),
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
    """Give every message its Message-ID (none for a message sent without one) and its raw
    bytes, parents first; as :func:`mailcraft.render_corpus`, honouring ``msgid``."""
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
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 85: Ashby Vale Sign Language & Interpreting - cases",
                                 "make_practice85_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.ashbyvaleinterpreting.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent}
    if sum(1 for p in inbox + sent if not p["Message-ID"]) > 1:
        found.append("more than one message without Message-ID: cannot match them back")
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
        raise SystemExit("refusing to write tests/practice85:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice85:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice85 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice85")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
