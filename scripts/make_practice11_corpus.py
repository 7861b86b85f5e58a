#!/usr/bin/env python3
"""Regenerate ``tests/practice11/``: the labelled corpus of Pulsefield Fitness member support.

A support mailbox of a fictional chain of gyms and fitness studios (memberships and contracts,
freezing, cancellations and notice periods, failed direct debits and their fees, class
bookings and waiting lists, personal-training packages, guest passes, lost lockers and key
fobs, corporate memberships, invoices), written without looking at the detection heuristics
or at the other corpora, with many customer questions - answered in varied ways and left
unanswered in realistic ways. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the
contract defaults, support domain ``pulsefield.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, unanswered questions, the number of
questions that support answered). The script recomputes status and every rule count from
those facts and the dates, and refuses to write when they disagree with the hand-written case
labels, when a labelled question is not verbatim in the customer's own text of the case, or
when a labelled question has no support reply after it.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice11_corpus.py [--out DIR] [--summary]
"""

from __future__ import annotations

import argparse
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
HANDOFF_LIMIT = 2
FOLLOW_UP_WINDOW = timedelta(days=2)
SUPPORT_DOMAIN = "pulsefield.example"
SUPPORT = "Pulsefield Member Services <members@pulsefield.example>"
RULES = mailcraft.RULES
CET = timezone(timedelta(hours=1))

AGENTS = {
    "megan": ("Megan Doyle <megan.doyle@pulsefield.example>", "gmail", """-- 
Megan Doyle
Member Services | Pulsefield Fitness
Book classes: https://app.pulsefield.example/classes?club=all&src=mail"""),
    "owen": ("Owen Pryce <owen.pryce@pulsefield.example>", "outlook", """-- 
Owen Pryce
Billing & Payments | Pulsefield Fitness
This message is confidential. If you received it in error, please delete it."""),
    "hannah": ("Hannah Kowalski <hannah.kowalski@pulsefield.example>", "thunderbird", """-- 
Hannah Kowalski
Corporate Memberships | Pulsefield Fitness
+44 1632 960 418"""),
    "ravi": ("Ravi Menon <ravi.menon@pulsefield.example>", "owa", """-- 
Ravi Menon
Personal Training Coordinator | Pulsefield Fitness"""),
    "lukas": ("Lukas Brandt <lukas.brandt@pulsefield.example>", "gmail_de", """-- 
Lukas Brandt
Mitgliederservice | Pulsefield Fitness Freiburg
https://pulsefield.example/de/hilfe?ref=signatur"""),
    "amelie": ("Amélie Girard <amelie.girard@pulsefield.example>", "apple_fr", """-- 
Amélie Girard
Service adhérents | Pulsefield Fitness Lyon"""),
    "lucia": ("Lucía Navarro <lucia.navarro@pulsefield.example>", "gmail_es", """-- 
Lucía Navarro
Atención al socio | Pulsefield Fitness Valencia
+34 96 555 0142"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Pulsefield Fitness. This is an automatic reply:
your message has been logged as request {ref}. Member Services is staffed
Monday to Friday, 8:00-19:00, and we will reply within 24 hours.

Please do not reply to this email.

Pulsefield Member Services
https://help.pulsefield.example/requests?id={ref}""",
    "fr": """Bonjour,

Merci d'avoir contacté Pulsefield Fitness. Ceci est une réponse automatique :
votre demande porte le numéro {ref}. Nous vous répondrons sous 24 heures
ouvrées.

Merci de ne pas répondre à ce message.

Pulsefield - Service adhérents""",
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
    "helpdesk": ["X-Mailer: Pulsefield Desk 2.9"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="pf.", outlook_server="AM6PR0")

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
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    uq: list[str] = field(default_factory=list)
    answered: int = 0  # customer questions in this message that support answers
    note: str = ""
    extra: list[tuple[str, str]] = field(default_factory=list)
    raw: bytes = b""


@dataclass
class Case:
    """A labelled case: hand-written status and rules, its customer and its messages."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    story: str
    customer: str
    client: str
    subject: str
    tz: timezone
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The labelled unanswered questions of this case."""
        return UNANSWERED.get(self.name, [])


CASES: list[Case] = []
BY_KEY: dict[str, Msg] = {}
UNANSWERED: dict[str, list[str]] = {}
"""The hand-written unanswered-question labels per case (filled next to each message)."""


def case(name: str, lang: str, status: str, rules: dict[str, int], story: str, *,
         customer: str, client: str, subject: str, tz: timezone = UTC) -> Case:
    """Start a labelled case; the following messages belong to it."""
    c = Case(name, lang, status, rules, story, customer, client, subject, tz)
    CASES.append(c)
    return c


def at(day: int, hm: str, tz: timezone = UTC, month: int = 11) -> datetime:
    """A date in 2026 (November unless ``month`` says otherwise)."""
    hour, minute = map(int, hm.split(":"))
    return datetime(2026, month, day, hour, minute, tzinfo=tz)


def eod(day: int, month: int = 11) -> datetime:
    """The end of a named day: the deadline of "by <day>"."""
    return datetime(2026, month, day, 23, 59, 59, tzinfo=UTC)


def _reply_subject(subject: str, client: str) -> str:
    prefix = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}.get(client, "Re: ")
    return subject if subject.lower().startswith(("re:", "aw:")) else prefix + subject


def _add(c: Case, m: Msg) -> Msg:
    c.msgs.append(m)
    BY_KEY[m.key] = m
    return m


def cust(c: Case, key: str, when: datetime, body: str, *, parent: str | None = None,
         uq: tuple[str, ...] = (), answered: int = 0, chase: bool = False, thanks: bool = False,
         kind: str = "plain", cte: str | None = None, attach: tuple = (), thread: bool = True,
         subject: str | None = None, client: str | None = None, frm: str | None = None,
         msgid: bool = True, note: str = "") -> Msg:
    """A customer message of case ``c``; ``uq`` are its questions support never answers."""
    client = client or c.client
    subj = subject or (_reply_subject(c.subject, client) if parent else c.subject)
    if uq:
        UNANSWERED.setdefault(c.name, []).extend(uq)
    return _add(c, Msg(key=f"{c.name}/{key}", case=c.name, role="customer", client=client, kind=kind,
                       cte=cte, frm=frm or c.customer, to=SUPPORT, subject=subj, date=when, body=body,
                       parent=f"{c.name}/{parent}" if parent else None, thread=thread,
                       attach=list(attach), uq=list(uq), answered=answered, chase=chase,
                       thanks_only=thanks, msgid=msgid, note=note))


def agent(c: Case, key: str, who: str, when: datetime, text: str, *, parent: str,
          promises: tuple = (), closes: bool = False, inline: bool = False, kind: str = "plain",
          attach: tuple = (), cte: str | None = None) -> Msg:
    """A support reply by agent ``who``; ``promises`` are (deadline, key of the keeping
    message or None). ``inline`` replies carry their own quoting in ``text``."""
    frm, client, sig = AGENTS[who]
    body = text if inline else f"{text}\n\n{sig}\n\n{{quote}}"
    p = BY_KEY[f"{c.name}/{parent}"]
    return _add(c, Msg(key=f"{c.name}/{key}", case=c.name, role="agent", agent=who, client=client,
                       kind=kind, cte=cte, frm=frm, to=c.customer,
                       subject=_reply_subject(p.subject.removeprefix("RE: ").removeprefix("AW: "), "gmail"),
                       date=when, body=body, parent=p.key, attach=list(attach), closes=closes,
                       promises=[(d, f"{c.name}/{k}" if k else None) for d, k in promises]))


def ack(c: Case, key: str, when: datetime, ref: str, parent: str, lang: str = "en") -> Msg:
    """The helpdesk's automatic acknowledgement of a customer message."""
    p = BY_KEY[f"{c.name}/{parent}"]
    return _add(c, Msg(key=f"{c.name}/{key}", case=c.name, role="ack", client="helpdesk", kind="alt",
                       frm=SUPPORT, to=c.customer, subject=f"[{ref}] {p.subject}", date=when,
                       body=ACK[lang].format(ref=ref), parent=p.key,
                       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))


def auto(c: Case, key: str, when: datetime, body: str, parent: str) -> Msg:
    """The customer's own out-of-office reply to a support message."""
    p = BY_KEY[f"{c.name}/{parent}"]
    return _add(c, Msg(key=f"{c.name}/{key}", case=c.name, role="auto", client=c.client,
                       frm=c.customer, to=p.frm, subject=f"Automatic reply: {p.subject}", date=when,
                       body=body, parent=p.key,
                       extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                              ("Precedence", "auto_reply")]))


PHOTO = mailcraft.png(6, 4, lambda x, y: (40 + 30 * x, 90 + 20 * y, 160))


def invoice_pdf(number: str, who: str, amount: str) -> bytes:
    """A one-page invoice PDF."""
    return mailcraft.pdf(["Pulsefield Fitness Ltd", f"Invoice {number}", f"Member: {who}",
                          f"Amount: {amount}", "VAT reg. GB 000 1234 56"])


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

c = case("p01-freeze-after-surgery", "en", "closed", {},
         "Freeze and price-lock questions answered out of order in one paragraph that also says the freeze is free; the customer then asks about the fee anyway (answered before it was asked, confirmed); thanks-only close.",
         customer="Harriet Cole <harriet.cole@example.com>", client="gmail", subject="Freezing my membership")
cust(c, "q1", at(2, "08:41"), """Hi there,

I'm having knee surgery on 25 November and won't be able to train for a while.
Can I freeze my membership from 1 December for two months? And will my current
rate of £34 a month stay the same when I come back? I joined on the old price
and really don't want to lose it.

Thanks,
Harriet Cole
Member no. PF-118204""", answered=2)
agent(c, "r1", "megan", at(2, "11:05"), """Hi Harriet,

Sorry to hear about the knee - good luck with the operation. Your £34 rate is
locked for as long as the membership stays active, and a freeze counts as
active, so nothing changes there. I've booked the freeze for 1 December to
31 January. A medical freeze is free of charge, by the way - just bring or
email us the hospital letter when you have it.

Best wishes,
Megan""", parent="q1")
cust(c, "q2", at(2, "19:22"), """Brilliant, thank you Megan. Just to be sure - so there's no fee for the
freeze at all if I send the letter?

Harriet

{quote}""", parent="r1", answered=1)
agent(c, "r2", "megan", at(3, "09:10"), """Hi Harriet,

That's right - no fee. The letter is all we need.

Megan""", parent="q2")
cust(c, "t1", at(3, "09:40"), """Perfect, thanks so much!

H.

{quote}""", parent="r2", thanks=True)

c = case("p02-cancel-notice-invoice", "en", "pending", {"unanswered-question": 1},
         "Notice period answered; a request in passing to send the final invoice to a work address is skipped.",
         customer="Tom Hargreaves <tom.hargreaves@example.org>", client="outlook", subject="Cancelling my membership")
cust(c, "q1", at(16, "12:02"), """Hello,

I'm moving to Leeds in January so I'd like to cancel my Harrowbridge Central
membership. What is the notice period if I cancel now?

Also, please send the final invoice to my work address tom.h@brightwater.example
rather than this one, my employer reimburses part of it.

Kind regards
Tom Hargreaves""", answered=1,
     uq=("Also, please send the final invoice to my work address tom.h@brightwater.example\nrather than this one",))
agent(c, "r1", "megan", at(17, "09:31"), """Hi Tom,

Thanks for letting us know, and good luck with the move. Your contract has a
one-month notice period, so if we take today as your notice date your last
visit would be 17 December and the last payment is collected on 1 December.
I've registered the cancellation - you'll get a confirmation letter from the
app within the hour.

Kind regards,
Megan""", parent="q1")

c = case("p03-failed-debit-fee", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
         "Failed direct-debit fee disputed; 'by Wednesday' promise kept only after the customer chases (late = missed).",
         customer="Priya Raman <priya.raman@example.net>", client="gmail", subject="£15 failed payment fee??")
cust(c, "q1", at(9, "07:55"), """Hi,

I've been charged a £15 failed payment fee for November, but my bank says the
direct debit was never even presented - there was plenty of money in the
account. Why was the fee charged, and can you refund it please?

Priya Raman""", answered=2)
agent(c, "r1", "owen", at(9, "10:20"), """Hi Priya,

Thank you for your email. I can see the failed collection on 2 November on
your account. I'll check with our payment provider what happened on their side
and get back to you by Wednesday.

Kind regards,
Owen""", parent="q1", promises=((eod(11), "r2"),))
cust(c, "q2", at(16, "08:12"), """Hi Owen,

Any update on this? It's Monday and I'm still waiting to hear back about the fee.

Priya

{quote}""", parent="r1", chase=True, answered=1)
agent(c, "r2", "owen", at(17, "14:45"), """Hi Priya,

Apologies for the delay. Our provider confirmed the collection file for
2 November was sent a day late, so the failure was on our side. I have
refunded the £15 fee to your card today and the November fee will be collected
normally on 1 December together with December's.

Kind regards,
Owen""", parent="q2")

c = case("p04-spin-waiting-list", "en", "closed", {},
         "Waiting-list questions answered inline under the quoted questions (Thunderbird).",
         customer="Daniel Okafor <d.okafor@example.com>", client="thunderbird", subject="Waiting list for Saturday spin")
cust(c, "q1", at(3, "18:30"), """Hello,

The 9am Saturday spin class at Kelmsford is always full when I try to book.
How does the waiting list work?
Do I get notified automatically if a spot opens up, or do I have to keep checking?
And is there a limit on how many waiting lists I can be on at once?

Cheers,
Daniel""", answered=3)
agent(c, "r1", "megan", at(4, "10:12"), """Hi Daniel,

Answers below.

On Tue, 3 Nov 2026 at 18:30, Daniel Okafor <d.okafor@example.com> wrote:
> How does the waiting list work?

You join it from the class page in the app ("Join waiting list"). When someone
cancels, the first person on the list gets the place.

> Do I get notified automatically if a spot opens up, or do I have to keep checking?

Automatically - a push notification and an email. You're booked in straight
away, no need to confirm.

> And is there a limit on how many waiting lists I can be on at once?

Three at a time.

-- 
Megan Doyle
Member Services | Pulsefield Fitness
""", parent="q1", inline=True)

c = case("p05-pt-sessions-expiry", "en", "closed", {"unanswered-question": 1},
         "PT package: expiry answered, transfer of the remaining sessions to the husband skipped.",
         customer="Sandra Whitlock <sandra.whitlock@example.co.uk>", client="apple", subject="PT sessions")
cust(c, "q1", at(4, "20:14"), """Hi,

I bought a 10-session personal training package in June and still have four
sessions left. Do they expire? I've been travelling a lot for work.

If I can't use them, could I transfer the remaining four sessions to my husband
Mark? He's a member at the same club.

Sandra

Sent from my Mac""", answered=1,
     uq=("could I transfer the remaining four sessions to my husband\nMark?",))
agent(c, "r1", "ravi", at(5, "09:48"), """Hi Sandra,

Good news - PT packages are valid for 12 months from the date of purchase, so
your four sessions are fine until 14 June 2027. You can book them with any of
our trainers in the app.

Best,
Ravi""", parent="q1")

c = case("p06-lost-key-fob", "en", "closed", {},
         "Lost key fob: price and pick-up answered in one short line.",
         customer="Gareth Lyons <gareth.lyons@example.org>", client="iphone", subject="Lost key fob")
cust(c, "q1", at(5, "07:02"), """Morning, I think I lost my key fob at Kelmsford last night. How much is a
replacement? And can I pick it up at reception on Saturday morning?

Gareth

Sent from my iPhone""", answered=2)
agent(c, "r1", "megan", at(5, "08:30"), """Hi Gareth,

£8, and yes - reception will have it ready for you on Saturday.

Megan""", parent="q1")

c = case("p07-guest-passes", "en", "closed", {},
         "Guest-pass questions with a pleasantry, a rhetorical question and a signature URL with '?': answered with a bare 'Yes' and a number.",
         customer="Chloe Bennett <chloe@bennettdesign.example>", client="gmail", subject="Bringing a friend")
cust(c, "q1", at(6, "13:15"), """Hi team,

Hope you're all surviving the November rush? My sister is visiting next week
and I'd love to drag her to a HIIT class with me (who knew burpees could be
this addictive?).

Am I allowed to bring a guest on my Plus membership? And how many guest passes
do I get per month?

Thanks!
Chloe

--
Chloe Bennett | Bennett Design
Need a logo? https://bennettdesign.example/?utm_source=signature""", answered=2)
agent(c, "r1", "megan", at(6, "15:02"), """Hi Chloe,

Yes. Four per month on Plus - add her under Guests in the app before the class.

Have fun!
Megan""", parent="q1")

c = case("p08-corporate-25-staff", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
         "Corporate enquiry passed from member services to corporate to billing; three of four questions answered, the minimum term never.",
         customer="Joanna Pike <joanna.pike@brightwater.example>", client="outlook", subject="Corporate membership for our team")
cust(c, "q1", at(10, "10:05"), """Good morning,

Brightwater Logistics is looking at a corporate membership for around 25 of our
staff based in Harrowbridge. A few questions before I take this to our
directors:

- What discount do you offer for a group of 25?
- Can you invoice the company monthly rather than each employee paying you?
- Would staff have access to all of your clubs or only Harrowbridge Central?
- Is there a minimum contract term for the company?

Many thanks,
Joanna Pike
HR Manager, Brightwater Logistics""", answered=3,
     uq=("Is there a minimum contract term for the company?",))
agent(c, "r1", "megan", at(10, "11:20"), """Hi Joanna,

Thanks for thinking of us! I've passed your email to Hannah, who looks after
our corporate accounts - she'll be in touch with you.

Best,
Megan""", parent="q1", promises=((at(12, "11:20"), "r2"),))
agent(c, "r2", "hannah", at(11, "14:40"), """Dear Joanna,

Megan forwarded your questions. For 25 employees we offer 20 % off the standard
Plus rate, i.e. £36 instead of £45 per person per month, and every corporate
member can use all nine Pulsefield clubs, including our partner studios abroad.
Monthly invoicing to the company is standard for corporate accounts - my
colleague Owen in billing will set that up with you.

Kind regards,
Hannah""", parent="q1")
agent(c, "r3", "owen", at(12, "09:15"), """Dear Joanna,

Hannah asked me to set up the invoicing. Could you send me the billing address,
your PO requirements and the name of the person who approves invoices? The
first invoice goes out on the 1st of the month after sign-up.

Kind regards,
Owen""", parent="q1")

c = case("p09-ruhen-lassen", "de", "closed", {},
         "Freeze for a stay abroad: both questions answered in German.",
         customer="Katrin Seidel <katrin.seidel@example.de>", client="gmail_de", subject="Mitgliedschaft ruhen lassen", tz=CET)
cust(c, "q1", at(2, "09:12", CET), """Hallo zusammen,

ich gehe ab Januar für drei Monate beruflich nach Kanada. Kann ich meine
Mitgliedschaft für diese Zeit ruhen lassen? Brauche ich dafür einen Nachweis
vom Arbeitgeber?

Viele Grüße
Katrin Seidel""", answered=2)
agent(c, "r1", "lukas", at(2, "14:30", CET), """Hallo Frau Seidel,

ja, das geht: Bei einem Auslandsaufenthalt ab sechs Wochen können Sie die
Mitgliedschaft bis zu sechs Monate ruhen lassen, die Laufzeit verlängert sich
entsprechend. Als Nachweis genügt eine kurze Bestätigung Ihres Arbeitgebers
oder der Arbeitsvertrag - einfach als Antwort auf diese Mail schicken.

Viele Grüße
Lukas Brandt""", parent="q1")
cust(c, "t1", at(3, "08:05", CET), """Super, vielen Dank! Die Bestätigung schicke ich nächste Woche.

Katrin

{quote}""", parent="r1", thanks=True)

c = case("p10-kuendigung-termin", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Cancellation confirmed, 'ich melde mich morgen' about the last debit date never kept; German chase without reply.",
         customer="Jörg Hennig <joerg.hennig@example.de>", client="outlook_de", subject="Kündigung Mitgliedschaft", tz=CET)
cust(c, "q1", at(9, "16:40", CET), """Sehr geehrte Damen und Herren,

hiermit kündige ich meinen Vertrag (Mitgliedsnummer PF-330912) zum
nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir die Kündigung schriftlich.
Wann ist der letzte Abbuchungstermin?

Mit freundlichen Grüßen
Jörg Hennig""", answered=2)
agent(c, "r1", "lukas", at(10, "10:05", CET), """Sehr geehrter Herr Hennig,

hiermit bestätige ich Ihre Kündigung zum 31. Januar 2027. Den genauen letzten
Abbuchungstermin kläre ich mit unserer Buchhaltung, ich melde mich morgen
dazu bei Ihnen.

Mit freundlichen Grüßen
Lukas Brandt""", parent="q1", promises=((eod(11), None),))
cust(c, "c1", at(17, "11:20", CET), """Hallo Herr Brandt,

ich warte immer noch auf eine Antwort zum letzten Abbuchungstermin. Gibt es
schon etwas Neues?

Mit freundlichen Grüßen
Jörg Hennig

{quote}""", parent="r1", chase=True)

c = case("p11-ruecklastschrift-gebuehr", "de", "pending", {"unanswered-question": 1},
         "Returned debit: how to pay by transfer answered, why the 12.50 EUR fee was charged skipped.",
         customer="Miriam Albers <m.albers@example.de>", client="thunderbird_de", subject="Rücklastschrift Oktober", tz=CET)
cust(c, "q1", at(15, "19:02", CET), """Guten Abend,

meine Bank hat die Lastschrift für Oktober zurückgegeben, weil ich das Konto
gewechselt habe. Jetzt sehe ich in der App eine Gebühr von 12,50 € zusätzlich.
Warum wurden mir 12,50 € Gebühr berechnet, wenn die Bank selbst nur 3 € nimmt?
Und kann ich den offenen Betrag einfach per Überweisung zahlen?

Danke und Grüße
Miriam Albers""", answered=1,
     uq=("Warum wurden mir 12,50 € Gebühr berechnet, wenn die Bank selbst nur 3 € nimmt?",))
agent(c, "r1", "lukas", at(16, "09:30", CET), """Hallo Frau Albers,

ja, Sie können den offenen Betrag von 51,40 € gern überweisen:
Pulsefield Fitness GmbH, IBAN DE00 1234 5678 9012 3456 78, Verwendungszweck
PF-204477. Bitte hinterlegen Sie in der App auch Ihre neue Bankverbindung,
damit die Dezemberzahlung klappt.

Viele Grüße
Lukas Brandt""", parent="q1")

c = case("p12-yoga-dezember", "de", "closed", {},
         "One question answered with a bare 'Ja.' inline; thanks-only follow-up.",
         customer="Ute Krämer <ute.kraemer@example.at>", client="gmail_de", subject="Yoga am Donnerstag", tz=CET)
cust(c, "q1", at(4, "12:10", CET), """Hallo,

gibt es den Yoga-Kurs am Donnerstag um 18 Uhr auch im Dezember? Ich würde
gern das ganze Paket buchen.

LG Ute""", answered=1)
agent(c, "r1", "lukas", at(4, "15:44", CET), """Hallo Ute,

Am Mi., 4. Nov. 2026 um 12:10 Uhr schrieb Ute Krämer <ute.kraemer@example.at>:
> gibt es den Yoga-Kurs am Donnerstag um 18 Uhr auch im Dezember?

Ja.

Viele Grüße
Lukas""", parent="q1", inline=True)
cust(c, "t1", at(4, "16:02", CET), """Danke dir!

{quote}""", parent="r1", thanks=True)

c = case("p13-krankenkasse-rechnung", "de", "pending", {"unanswered-question": 1},
         "Invoice for the health insurer answered with a PDF only; a new question in the thanks mail gets a friendly non-answer.",
         customer="Stefan Wolff <stefan.wolff@example.de>", client="gmail_de", subject="Rechnung für Krankenkasse", tz=CET)
cust(c, "q1", at(12, "08:20", CET), """Guten Morgen,

könnten Sie mir bitte eine Rechnung für den Rückenfit-Präventionskurs
(September bis November) ausstellen, die ich bei meiner Krankenkasse
einreichen kann?

Viele Grüße
Stefan Wolff""", answered=1)
agent(c, "r1", "lukas", at(12, "11:00", CET), """Hallo Herr Wolff,

anbei.

Viele Grüße
Lukas Brandt""", parent="q1", attach=(("application/pdf", "Rechnung_PF-2026-4471.pdf",
                                        invoice_pdf("PF-2026-4471", "Stefan Wolff", "EUR 96.00")),))
cust(c, "q2", at(12, "12:34", CET), """Danke, hat geklappt! Noch eine Frage: Wird der Rückenfit-Kurs im Frühjahr
wieder angeboten? Meine Frau würde gern mitmachen.

Stefan

{quote}""", parent="r1", uq=("Wird der Rückenfit-Kurs im Frühjahr\nwieder angeboten?",))
agent(c, "r2", "lukas", at(16, "10:10", CET), """Gern geschehen, Herr Wolff - viel Erfolg bei der Krankenkasse und
weiterhin gutes Training!

Lukas Brandt""", parent="q2")

c = case("p14-resiliation-demenagement", "fr", "closed", {},
         "Cancellation because of a move: both questions answered in French.",
         customer="Léa Fontaine <lea.fontaine@example.fr>", client="apple_fr", subject="Résiliation suite à déménagement", tz=CET)
cust(c, "q1", at(3, "10:30", CET), """Bonjour,

Je déménage à Bordeaux le mois prochain pour le travail. Est-ce que je peux
résilier sans préavis puisque je déménage dans une ville où vous n'avez pas de
club ? Quels justificatifs dois-je fournir ?

Cordialement,
Léa Fontaine""", answered=2, kind="alt")
agent(c, "r1", "amelie", at(3, "15:05", CET), """Bonjour Madame Fontaine,

Oui : un déménagement à plus de 30 km d'un club Pulsefield permet une
résiliation sans préavis, effective à la fin du mois en cours. Il nous suffit
d'un justificatif de domicile à votre nouvelle adresse (facture, bail ou
attestation de l'employeur).

Bien cordialement,
Amélie Girard""", parent="q1")

c = case("p15-double-prelevement", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
         "Double debit; 'je reviens vers vous d'ici jeudi' kept only after a French chase.",
         customer="Nathalie Garnier <n.garnier@example.fr>", client="gmail", subject="Prélèvement en double", tz=CET)
cust(c, "q1", at(9, "09:00", CET), """Bonjour,

Pourquoi ai-je été prélevée deux fois de 39 € en novembre ? Je joins la capture
de mon relevé bancaire.

Merci,
Nathalie Garnier""", answered=1, attach=(("image/png", "releve.png", PHOTO),))
agent(c, "r1", "amelie", at(9, "14:20", CET), """Bonjour Madame Garnier,

Merci pour la capture. Je vérifie auprès de notre service comptable et je
reviens vers vous d'ici jeudi.

Bien cordialement,
Amélie Girard""", parent="q1", promises=((eod(12), "r2"),))
cust(c, "c1", at(16, "09:15", CET), """Bonjour,

Je me permets de vous relancer : je n'ai toujours pas de nouvelles concernant
le double prélèvement.

Nathalie Garnier

{quote}""", parent="r1", chase=True, answered=1)
agent(c, "r2", "amelie", at(16, "16:40", CET), """Bonjour Madame Garnier,

Toutes mes excuses pour ce retard. Il s'agissait bien d'une erreur de notre
prestataire de paiement : les 39 € prélevés en trop vous ont été remboursés ce
jour, vous les verrez sur votre compte sous 3 à 5 jours ouvrés.

Bien cordialement,
Amélie Girard""", parent="c1")

c = case("p16-pass-invite-pilates", "fr", "pending", {"unanswered-question": 1},
         "Guest pass for a Pilates class: booking answered, whether the pass costs anything skipped.",
         customer="Camille Berthier <camille.berthier@example.fr>", client="apple_fr", subject="Pass invité", tz=CET)
cust(c, "q1", at(15, "11:11", CET), """Bonjour,

Je voudrais savoir si je peux inscrire une amie au cours de Pilates de samedi
avec un pass invité. Et est-ce que le pass invité est payant pour une adhésion
Basic ?

Merci d'avance,
Camille""", answered=1, uq=("Et est-ce que le pass invité est payant pour une adhésion\nBasic ?",))
agent(c, "r1", "amelie", at(16, "10:00", CET), """Bonjour Camille,

Oui, vous pouvez l'inscrire directement dans l'application : ouvrez le cours
de samedi, puis « Ajouter un invité ». Elle devra présenter une pièce d'identité
à l'accueil.

Belle journée,
Amélie""", parent="q1")

c = case("p17-factures-entreprise", "fr", "closed", {},
         "HTML-only request for two invoices answered with the PDFs only.",
         customer="Olivier Marchal <o.marchal@atelier-marchal.example>", client="owa", subject="Factures septembre et octobre", tz=CET)
cust(c, "q1", at(5, "14:00", CET), """Bonjour,

Pourriez-vous m'envoyer les factures de septembre et octobre au nom de
l'Atelier Marchal ? Notre comptable en a besoin pour la clôture.

Cordialement,
Olivier Marchal
Gérant - Atelier Marchal""", kind="html", answered=1)
agent(c, "r1", "amelie", at(5, "17:30", CET), """Bonjour Monsieur Marchal,

Voici les deux factures.

Cordialement,
Amélie Girard""", parent="q1", attach=(
    ("application/pdf", "Facture_PF-2026-0912.pdf", invoice_pdf("PF-2026-0912", "Atelier Marchal", "EUR 78.00")),
    ("application/pdf", "Facture_PF-2026-1007.pdf", invoice_pdf("PF-2026-1007", "Atelier Marchal", "EUR 78.00"))))

c = case("p18-congelar-maternidad", "es", "closed", {},
         "Freeze during maternity leave: both questions answered in Spanish.",
         customer="Marta Ibáñez <marta.ibanez@example.es>", client="gmail_es", subject="Congelar cuota", tz=CET)
cust(c, "q1", at(4, "10:00", CET), """Hola,

Quisiera saber si puedo congelar mi cuota durante la baja de maternidad. Salgo
de cuentas a finales de diciembre. ¿Cuánto tiempo como máximo se puede
congelar?

Un saludo,
Marta Ibáñez""", answered=2)
agent(c, "r1", "lucia", at(4, "13:20", CET), """Hola Marta,

¡Enhorabuena! Sí, por maternidad puedes congelar la cuota sin coste hasta seis
meses; solo necesitamos el informe médico o el certificado de la baja. Te la
dejo preparada desde el 15 de diciembre y la puedes mover si hace falta.

Un abrazo,
Lucía""", parent="q1")

c = case("p19-comision-devolucion", "es", "pending", {"unanswered-question": 1},
         "Returned-debit fee explained; the request in passing for an invoice with the NIF skipped.",
         customer="Javier Molina <javier.molina@example.es>", client="outlook", subject="Comisión por devolución", tz=CET)
cust(c, "q1", at(15, "18:45", CET), """Buenas tardes,

¿Por qué me han cobrado 10 € de comisión por devolución? El recibo de noviembre
lo devolví porque me lo pasaron dos días antes de lo habitual.

Por cierto, envíenme la factura de octubre con mi NIF 12345678Z, la necesito
para la gestoría.

Saludos,
Javier Molina""", answered=1,
     uq=("Por cierto, envíenme la factura de octubre con mi NIF 12345678Z, la necesito\npara la gestoría.",))
agent(c, "r1", "lucia", at(16, "12:15", CET), """Hola Javier,

La comisión de 10 € es la que nos cobra el banco cuando un recibo se devuelve;
según tu contrato se repercute al socio. Aun así, como el cobro de noviembre
se adelantó por un cambio en nuestro calendario, te la he anulado: no verás el
cargo en diciembre.

Saludos,
Lucía""", parent="q1")

c = case("p20-cambio-entrenador", "es", "closed", {"customer-chased": 1, "slow-first-response": 1},
         "Change of personal trainer: no reply for days, Spanish chase, then answered.",
         customer="Raúl Ortega <raul.ortega@example.es>", client="gmail_es", subject="Cambio de entrenador personal", tz=CET)
cust(c, "q1", at(2, "19:30", CET), """Hola,

¿Puedo cambiar de entrenador personal? A Marcos solo le quedan huecos por la
mañana y yo trabajo hasta las 15:00.

Gracias,
Raúl""", answered=1)
cust(c, "c1", at(5, "09:10", CET), """Hola de nuevo,

¿Hay alguna novedad? Sigo esperando respuesta.

Raúl

{quote}""", parent="q1", chase=True, answered=1)
agent(c, "r1", "lucia", at(5, "11:45", CET), """Hola Raúl,

Perdona la espera. Sí, claro: Sandra tiene huecos martes y jueves de 16:00 a
20:00 y ya le he pasado tus sesiones pendientes. Puedes reservar con ella en la
app desde hoy.

Un saludo,
Lucía""", parent="c1")

c = case("p21-visita-harrowbridge", "es", "closed", {},
         "Mixed Spanish/English: using a Valencia membership in Harrowbridge; both answered in English.",
         customer="Elena Sanz <elena.sanz@example.es>", client="gmail", subject="Visiting Harrowbridge / membresía Valencia", tz=CET)
cust(c, "q1", at(6, "08:20", CET), """Hola / Hello!

I'm visiting Harrowbridge for two weeks in November for work. Soy socia del
club de Valencia: ¿puedo usar mi membresía de Valencia en el club de
Harrowbridge? Do I need to book the classes separately there?

Gracias, thanks!
Elena Sanz""", answered=2)
agent(c, "r1", "megan", at(6, "10:05", CET), """Hi Elena,

Welcome in advance! Your Valencia membership works in every Pulsefield club, so
just show the app at reception in Harrowbridge. Classes are booked in the same
app - switch the club at the top of the timetable to Harrowbridge Central.

Best,
Megan""", parent="q1")

c = case("p22-template-contract", "en", "pending", {"unanswered-question": 2},
         "Contract dispute answered with a templated FAQ reply: both questions unanswered.",
         customer="Liam Gallagher <liam.gallagher@example.ie>", client="gmail", subject="Minimum term - conflicting information")
cust(c, "q1", at(15, "21:14"), """Hi,

My contract says 12 months minimum, but the salesperson at Kelmsford (Jake, I
think) told me when I signed in September that I could leave after 6 months
with no fee. Which one applies?

Can you send me a copy of the contract I signed? I never got one by email.

Liam Gallagher""",
     uq=("Which one applies?", "Can you send me a copy of the contract I signed?"))
agent(c, "r1", "megan", at(16, "09:02"), """Hi Liam,

Thanks for getting in touch with Pulsefield Member Services.

You can view and manage your membership at any time in the Pulsefield app under
Account > Membership. Our FAQ explains how cancellations and notice periods work:
https://help.pulsefield.example/cancellations

If there's anything else we can help with, just reply to this email.

Kind regards,
Megan""", parent="q1")

c = case("p23-downgrade-sauna", "en", "pending", {"unanswered-question": 1},
         "Asked whether a downgrade keeps sauna access; the agent explains how to downgrade and the price instead.",
         customer="Rebecca Shaw <rebecca.shaw@example.com>", client="iphone", subject="Downgrading to Basic")
cust(c, "q1", at(15, "17:40"), """Hi, if I downgrade from Plus to Basic, do I keep access to the sauna? That's
honestly the main thing I use.

Rebecca

Sent from my iPhone""", uq=("if I downgrade from Plus to Basic, do I keep access to the sauna?",))
agent(c, "r1", "megan", at(16, "08:55"), """Hi Rebecca,

You can downgrade in the app under Account > Membership > Change plan. Basic is
£29 a month instead of £45, and the change takes effect from your next billing
date (1 December).

Best,
Megan""", parent="q1")

c = case("p24-po-number-awaiting", "en", "open", {"awaiting-reply": 1},
         "Corporate invoice without PO number; only the helpdesk acknowledgement since Tuesday.",
         customer="Martin Fairley <accounts@fairley-engineering.example>", client="outlook", subject="Invoice PF-C-2211 missing PO number")
cust(c, "q1", at(17, "10:10"), """Hello,

Invoice PF-C-2211 for our corporate membership arrived without our purchase
order number, so our system has rejected it. Could you reissue it with PO
4500019832?

Regards,
Martin Fairley
Accounts Payable, Fairley Engineering""")
ack(c, "a1", at(17, "10:11"), "PF-88412", "q1")

c = case("p25-locker-reopened", "en", "pending", {"reopened": 1},
         "AirPods found in a locker, ticket marked resolved; a week later a new problem (locker code) reopens it.",
         customer="Aisha Karim <aisha.karim@example.com>", client="gmail", subject="Left my AirPods in a locker")
cust(c, "q1", at(4, "20:30"), """Hi, I left my AirPods in locker 112 at Kelmsford tonight. Has anyone
handed them in?

Aisha""", answered=1)
agent(c, "r1", "megan", at(5, "08:40"), """Hi Aisha,

Good news - the evening team found them when they cleared the lockers. They're
at Kelmsford reception with your name on them. I'll mark this as resolved.

Megan""", parent="q1", closes=True)
cust(c, "q2", at(12, "18:05"), """Hi Megan, back again! Since the maintenance on Tuesday my locker code at
Kelmsford doesn't work any more. Can you reset it please?

Aisha

{quote}""", parent="r1", answered=1)
agent(c, "r2", "megan", at(13, "19:30"), """Hi Aisha,

Done - your locker code is reset to the last four digits of your member number.
You can change it at the locker panel.

Megan""", parent="q2")

c = case("p26-renewal-quote-ahead", "en", "pending", {"unanswered-question": 1},
         "Renewal quote promised for Tuesday 24 November (deadline still ahead); the question about adding two employees mid-term skipped.",
         customer="Greta Holm <greta.holm@northway-architects.example>", client="apple", subject="Corporate renewal 2027")
cust(c, "q1", at(18, "09:30"), """Hi Hannah,

Our corporate membership (14 people) runs out on 31 December. Could you send us
a renewal quote for 2027? Also, can we add two more employees mid-term, or do we
have to wait for the renewal?

Best regards,
Greta Holm
Office Manager, Northway Architects""", answered=1,
     uq=("can we add two more employees mid-term, or do we\nhave to wait for the renewal?",))
agent(c, "r1", "hannah", at(18, "15:10"), """Dear Greta,

Thanks - happy to hear you want to stay with us. I'm preparing the 2027 figures
with our finance team and will send you the renewal quote by Tuesday
24 November.

Kind regards,
Hannah""", parent="q1", promises=((eod(24), None),))

c = case("p27-corrected-invoice", "en", "closed", {},
         "Wrong VAT number on an invoice; 'by tomorrow' kept on time with the corrected PDF.",
         customer="Victor Hale <victor@halephysio.example>", client="outlook", subject="Wrong VAT number on invoice")
cust(c, "q1", at(2, "11:00"), """Hi,

The invoice for our corporate membership shows VAT number GB 123 4567 89, but
ours is GB 987 6543 21. Can you correct it please?

Victor Hale
Hale Physio""", answered=1)
agent(c, "r1", "owen", at(2, "14:30"), """Dear Victor,

Apologies for that. I'll send you the corrected invoice by tomorrow.

Kind regards,
Owen""", parent="q1", promises=((eod(3), "r2"),), kind="alt")
agent(c, "r2", "owen", at(3, "10:05"), """Dear Victor,

Please find the corrected invoice attached.

Kind regards,
Owen""", parent="r1", attach=(("application/pdf", "Invoice_PF-C-2094.pdf",
                              invoice_pdf("PF-C-2094", "Hale Physio", "GBP 540.00")),))

c = case("p28-colleague-keeps-promise", "en", "closed", {},
         "'I'll ask the Kelmsford manager and get back to you by Thursday' kept on Wednesday by a colleague.",
         customer="Ben Ashworth <ben.ashworth@example.net>", client="gmail", subject="Boxing ring at Kelmsford")
cust(c, "q1", at(2, "13:20"), """Hello,

Is the boxing ring at Kelmsford available to book for one-to-one sessions with
my own coach? If so, what does it cost per hour?

Ben""", answered=2)
agent(c, "r1", "megan", at(2, "16:00"), """Hi Ben,

Good question - I'll ask the Kelmsford club manager and get back to you by
Thursday.

Megan""", parent="q1", promises=((eod(5), "r2"),))
agent(c, "r2", "ravi", at(4, "10:30"), """Hi Ben,

Megan asked me to pick this up. External coaches can use the ring on weekday
afternoons (12:00-16:00) for £20 per hour, booked through reception. Your coach
needs to send us proof of insurance once.

Best,
Ravi""", parent="r1")

c = case("p29-app-shows-frozen", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "App shows the membership as frozen; open-ended 'I'll come back to you' never kept; polite chase unanswered.",
         customer="Oliver Grant <oliver.grant@example.org>", client="thunderbird", subject="App says my membership is frozen")
cust(c, "q1", at(11, "07:30"), """Hi,

The app says my membership is frozen and won't let me book classes, but I never
asked for a freeze - I was in the gym yesterday. Can you fix it?

Oliver Grant""", answered=1)
agent(c, "r1", "megan", at(11, "09:45"), """Hi Oliver,

Sorry about that. Your payments are all fine, so this looks like a glitch in
the app. Let me look into it with our app team and I'll come back to you.

Megan""", parent="q1", promises=((at(13, "09:45"), None),))
cust(c, "c1", at(18, "08:10"), """Hi Megan,

Just following up on my email below - the app still shows "frozen" and I
can't book anything.

Oliver

{quote}""", parent="r1", chase=True)

c = case("p30-non-promises", "en", "closed", {},
         "Non-promises only: logistics (fob posted Monday), a process description (timetable email) and a conditional offer.",
         customer="Fiona McLeod <fiona.mcleod@example.co.uk>", client="gmail", subject="Fob, timetable and a strange charge")
cust(c, "q1", at(5, "12:00"), """Hi,

Three things:
1. My replacement key fob - can it be posted to me instead of collected? I live
   20 miles away.
2. When is the December class timetable out?
3. There's a £2.50 "service charge" on my last statement. What is it?

Thanks,
Fiona""", answered=3)
agent(c, "r1", "megan", at(5, "15:30"), """Hi Fiona,

1. Yes - the new fob will be posted on Monday by Royal Mail.
2. The December timetable is published on 25 November; we'll email all members
   when it's live.
3. That's the card surcharge for the one-off payment you made by credit card in
   October. If it shows again next month without a card payment, let me know and
   I'll refund it.

Best,
Megan""", parent="q1")
cust(c, "t1", at(5, "16:02"), """Lovely, thanks Megan!

{quote}""", parent="r1", thanks=True)

c = case("p31-pt-refund-resend", "en", "closed", {"slow-first-response": 1, "customer-chased": 1},
         "PT package refund request resent as a new unthreaded mail; answered three days after the first mail.",
         customer="Hugo Reynolds <hugo.reynolds@example.com>", client="outlook", subject="Refund for unused PT package")
cust(c, "q1", at(2, "09:00"), """Hello,

I bought a 5-session PT package on 28 October but my doctor has told me not to
do any weight training for the next six months. Could I have a refund for the
unused package please? I haven't used any of the sessions.

Regards,
Hugo Reynolds""", answered=1)
cust(c, "c1", at(4, "09:20"), """Hello,

Resending my email below in case it got lost.

I bought a 5-session PT package on 28 October but my doctor has told me not to
do any weight training for the next six months. Could I have a refund for the
unused package please? I haven't used any of the sessions.

Regards,
Hugo Reynolds""", chase=True, thread=False, answered=1)
agent(c, "r1", "owen", at(5, "10:00"), """Dear Hugo,

I'm sorry for the slow reply. As none of the sessions were used, I've refunded
the full £175 to the card you paid with; it normally takes 3-5 working days to
appear.

Kind regards,
Owen""", parent="c1")

c = case("p32-inline-support-questions", "en", "closed", {},
         "The customer answers support's own questions inline (quoted back with '>'); not customer questions.",
         customer="Grace Liu <grace.liu@example.com>", client="thunderbird", subject="Key fob stopped working")
cust(c, "q1", at(3, "07:15"), """Hi, my key fob stopped working this morning at the turnstile. Can you
re-activate it?

Grace""", answered=1)
agent(c, "r1", "megan", at(3, "09:00"), """Hi Grace,

Sorry about that! Which club do you usually train at? And is the fob blue (old
type) or black (new type)?

Megan""", parent="q1")
cust(c, "q2", at(3, "09:30"), """On 11/3/26 9:00 AM, Megan Doyle wrote:
> Which club do you usually train at?

Harrowbridge Central.

> And is the fob blue (old
> type) or black (new type)?

Blue.

Grace""", parent="r1")
agent(c, "r2", "megan", at(3, "10:15"), """Hi Grace,

Thanks - blue fobs were switched off at Central on Monday. Pick up a black one
at reception, free of charge; your old one is already swapped on your account.

Megan""", parent="q2")

c = case("p33-forwarded-bank-notice", "en", "closed", {},
         "A forwarded bank notice with its own questions, a self-answered question and one real question, answered.",
         customer="Nadia Hussain <nadia.hussain@example.net>", client="gmail", subject="Fwd: Payment alert")
cust(c, "q1", at(4, "18:00"), """Hi,

Where do I see my payment history in the app? Never mind - found it under
Account > Billing. Can you confirm the £42 on 3 November was my membership and
not a duplicate? My bank flagged it, see below.

Nadia

---------- Forwarded message ---------
From: Harbour Bank Alerts <alerts@harbourbank.example>
Date: Tue, 3 Nov 2026 at 22:14
Subject: Payment alert

A payment of GBP 42.00 to PULSEFIELD FITNESS was taken from your account.
Do you recognise this payment? If not, call us on 0800 000 0000.""", answered=1)
agent(c, "r1", "owen", at(5, "09:10"), """Hi Nadia,

Confirmed - the £42 on 3 November is your monthly Plus membership; there's
only one collection this month.

Kind regards,
Owen""", parent="q1")

c = case("p34-upgrade-start-ooo", "en", "pending", {"unanswered-question": 1},
         "Upgrade price answered, when the upgrade starts skipped (partial answer); the customer's out-of-office replies to support.",
         customer="Imogen Tate <imogen.tate@example.org>", client="outlook", subject="Upgrading to Plus")
cust(c, "q1", at(16, "13:10"), """Hello,

How much would it cost to upgrade to Plus? And would the upgrade start
immediately or from my next billing date? I'd like to use the pool this weekend.

Imogen Tate""", answered=1,
     uq=("would the upgrade start\nimmediately or from my next billing date?",))
agent(c, "r1", "megan", at(17, "10:20"), """Hi Imogen,

Plus is £12 a month more than your current Basic membership (£45 instead of
£33), and it includes the pool, sauna and four guest passes a month.

Best,
Megan""", parent="q1")
auto(c, "o1", at(17, "10:21"), """Thank you for your email. I am out of the office until 23 November with
limited access to email. I will reply when I return.

Imogen Tate""", "r1")

c = case("p35-html-timetable", "en", "closed", {},
         "HTML-only mail with three timetable questions, answered in one paragraph out of order.",
         customer="Sophie Turner <sophie.turner@example.com>", client="owa", subject="Christmas opening and classes")
cust(c, "q1", at(6, "09:30"), """Hi,

Are the clubs open on Christmas Day? Will there be any classes between Christmas
and New Year? And does the Kelmsford pool close for its annual clean in December
again this year?

Thank you,
Sophie Turner""", kind="html", answered=3)
agent(c, "r1", "megan", at(6, "12:40"), """Hi Sophie,

The Kelmsford pool closes for cleaning from 4 to 8 January this time, not in
December. Between Christmas and New Year we run a reduced timetable (mornings
only), and all clubs are closed on Christmas Day and open 8:00-14:00 on Boxing
Day.

Best,
Megan""", parent="q1")

c = case("p36-early-next-week-late", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
         "'Early next week' said on Thursday 5 Nov (due Tue 10) kept on Thursday 12 (missed); the steam-room question skipped in both replies.",
         customer="Callum Price <callum.price@example.com>", client="gmail", subject="Pool closed - compensation?")
cust(c, "q1", at(5, "08:30"), """Hi,

The Harrowbridge pool has been closed for two weeks now. Will members get any
money back for the time it was closed? And is the steam room affected too, or
only the pool? The door has been taped off all week.

Callum""", answered=1,
     uq=("And is the steam room affected too, or\nonly the pool?",))
agent(c, "r1", "megan", at(5, "11:00"), """Hi Callum,

Management are deciding on compensation this week. I'll confirm what's being
offered early next week.

Megan""", parent="q1", promises=((eod(10), "r2"),))
agent(c, "r2", "megan", at(12, "10:00"), """Hi Callum,

Sorry this took longer than I said. All members with pool access get 25 % off
their December payment; it's applied automatically.

Megan""", parent="r1")
cust(c, "t1", at(12, "10:30"), """Thanks Megan, appreciate it.

{quote}""", parent="r2", thanks=True)

c = case("p37-student-rate-base64", "en", "pending", {"unanswered-question": 1},
         "Long base64 mail with typos and four student-rate questions; the women-only area question skipped.",
         customer="Jess Walker <jess.walker@example.ac.uk>", client="gmail", subject="student membership??")
cust(c, "q1", at(17, "23:50"), """hiya

so im starting at harrowbridge uni in january and a few friends said ur gym does
a student rate. couple of questions bc the website is a bit confusing tbh:

wat ID do I need for the student rate - is the uni card enough or do i need
some kind of NUS thing?

can I pay termly instead of monthly? my loan comes in termly so that would be
way easier

is the pool included in the student membership or is that extra

do you have a womens-only gym area at Central? my friend said kelmsford has one
but i'll mostly be at central

thanks sooo much
jess""", cte="base64", answered=3,
     uq=("do you have a womens-only gym area at Central?",))
agent(c, "r1", "megan", at(18, "09:40"), """Hi Jess,

Welcome to Harrowbridge! Your university card is all you need - show it at
reception when you join. Yes, students can pay termly (£95 per term), and the
pool is included.

Best,
Megan""", parent="q1")

c = case("p38-extra-info-before-reply", "en", "closed", {},
         "A second mail adds the member number before support replied (not a chase); answered.",
         customer="Peter Novak <peter.novak@example.com>", client="apple", subject="PT package renewal date")
cust(c, "q1", at(9, "21:00"), """Hi,

When does my PT package renew? I'd like to change from weekly to fortnightly
sessions before it does.

Peter""", answered=2)
cust(c, "q2", at(10, "07:10"), """Sorry, forgot to add - my member number is PF-207731.

Peter

{quote}""", parent="q1")
agent(c, "r1", "ravi", at(10, "09:30"), """Hi Peter,

Thanks for the number. Your package renews on 1 December. I've switched you to
fortnightly sessions from then - same trainer, Thursdays at 18:00.

Best,
Ravi""", parent="q2")

c = case("p39-access-card-double-chase", "en", "closed", {"customer-chased": 2, "slow-first-response": 1},
         "Access card refused at the door; two chases in different words before the first reply.",
         customer="Ryan Brooks <ryan.brooks@example.net>", client="android", subject="Card not working at the door")
cust(c, "q1", at(9, "06:40"), """My membership card is rejected at the entrance gate at Harrowbridge Central.
Can you check my account? Membership PF-411876.

Ryan""", answered=1)
cust(c, "c1", at(10, "07:05"), """Any news? Still can't get in.

Ryan""", parent="q1", chase=True, answered=1)
cust(c, "c2", at(11, "06:55"), """Hello?? Is anyone reading these? I've been turned away at the door twice now.

Ryan""", parent="c1", chase=True, answered=1)
agent(c, "r1", "owen", at(11, "09:05"), """Dear Ryan,

I'm very sorry. Your card was blocked automatically after the October payment
failed, although the payment went through on the retry. I've unblocked it just
now and added a week of free membership for the trouble.

Kind regards,
Owen""", parent="c2")

c = case("p40-signature-question-thanks", "en", "closed", {},
         "Invoice copy sent; thanks-only reply whose company signature contains a question and a URL with '?'.",
         customer="Dev Patel <dev.patel@patelaccounting.example>", client="outlook", subject="Copy of October invoice")
cust(c, "q1", at(2, "10:00"), """Hi,

Please could you send me a copy of my October invoice? I need it for my tax
return.

Dev Patel
Patel Accounting""", answered=1)
agent(c, "r1", "owen", at(2, "12:00"), """Dear Dev,

Attached.

Kind regards,
Owen""", parent="q1", attach=(("application/pdf", "Invoice_PF-2026-1022.pdf",
                              invoice_pdf("PF-2026-1022", "Dev Patel", "GBP 45.00")),))
cust(c, "t1", at(2, "12:30"), """Great, thanks Owen.

Dev Patel
Patel Accounting
Tax questions? Book a call: https://patelaccounting.example/book?src=email

{quote}""", parent="r1", thanks=True)

c = case("p41-closed-then-thanks", "en", "closed", {},
         "Explicit close ('I'm closing this ticket now') followed only by thanks: stays closed.",
         customer="Molly Evans <molly.evans@example.com>", client="iphone", subject="Towel service")
cust(c, "q1", at(3, "16:00"), """Hi, is the towel service included in the Basic membership?

Molly

Sent from my iPhone""", answered=1)
agent(c, "r1", "megan", at(3, "17:10"), """Hi Molly,

It isn't on Basic - it's £3 a month as an add-on, or included in Plus. I've
added it for you as you asked at reception yesterday. I'm closing this ticket
now, but just reply if you need anything else.

Megan""", parent="q1", closes=True)
cust(c, "t1", at(3, "17:40"), """Brilliant, thank you!

Molly

{quote}""", parent="r1", thanks=True)

c = case("p42-chip-adresse", "de", "closed", {},
         "Lost chip price, pick-up and an address change in passing, all answered briefly ('Erledigt').",
         customer="Heike Brandl <heike.brandl@example.de>", client="gmail_de", subject="Chip verloren", tz=CET)
cust(c, "q1", at(5, "18:30", CET), """Hallo,

ich habe meinen Schlüsselchip verloren. Was kostet ein neuer Chip? Kann ich ihn
morgen an der Rezeption abholen?

Außerdem ändern Sie bitte meine Adresse auf Lindenstraße 14, 79098 Freiburg.

Danke
Heike Brandl""", answered=3)
agent(c, "r1", "lukas", at(6, "09:00", CET), """Hallo Frau Brandl,

ein neuer Chip kostet 15 € und liegt ab morgen an der Rezeption für Sie bereit.
Die neue Adresse: erledigt.

Viele Grüße
Lukas Brandt""", parent="q1")

c = case("p43-ce-adhesion-lente", "fr", "closed", {"slow-first-response": 1},
         "Works-council membership enquiry acknowledged by the helpdesk, answered two days later.",
         customer="Bruno Lefèvre <bruno.lefevre@cse-rhonemeca.example>", client="outlook", subject="Adhésion pour notre CSE", tz=CET)
cust(c, "q1", at(2, "09:30", CET), """Bonjour,

Je représente le CSE de Rhône Méca (120 salariés). Proposez-vous un tarif
négocié pour les comités d'entreprise ? Le CSE peut-il prendre en charge une
partie de la cotisation et vous payer directement ?

Cordialement,
Bruno Lefèvre""", answered=2)
ack(c, "a1", at(2, "09:31", CET), "PF-87001", "q1", lang="fr")
agent(c, "r1", "amelie", at(4, "11:00", CET), """Bonjour Monsieur Lefèvre,

Oui, nous avons un tarif CSE : 29 € par mois au lieu de 39 € à partir de
20 adhérents. Le CSE peut tout à fait régler une partie de la cotisation
directement à Pulsefield ; nous vous adressons alors une facture mensuelle.
Je peux vous envoyer la convention type si vous le souhaitez.

Bien cordialement,
Amélie Girard""", parent="q1")

c = case("p44-lunes-no-cumplido", "es", "pending", {"missed-follow-up": 1},
         "'Le escribo el lunes' (Monday 16 Nov) never kept; the customer has not chased yet.",
         customer="Carmen Vidal <carmen.vidal@example.es>", client="gmail_es", subject="Bono de 10 clases", tz=CET)
cust(c, "q1", at(13, "17:00", CET), """Hola,

Compré un bono de 10 clases de spinning en septiembre y en la app solo me
aparecen 4 disponibles, pero he ido a 5. ¿Pueden revisarlo?

Gracias,
Carmen Vidal""", answered=1)
agent(c, "r1", "lucia", at(14, "10:30", CET), """Hola Carmen,

Gracias por avisar. Lo reviso con el club y le escribo el lunes con lo que
encuentre.

Un saludo,
Lucía""", parent="q1", promises=((eod(16), None),))

c = case("p45-end-of-day-late", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
         "'By end of day' about a class credit kept the next morning (missed); the question about the instructor skipped.",
         customer="Zoe Clarke <zoe.clarke@example.com>", client="gmail", subject="Class cancelled last minute")
cust(c, "q1", at(16, "08:05"), """Hi,

The 7am HIIT class at Central was cancelled when we were already standing in
the studio. Will I get the class credit back? It was one of my 8 prepaid ones.
Also, is Dan leaving? That's the third of his classes cancelled this month.

Zoe""", answered=1, uq=("is Dan leaving?",))
agent(c, "r1", "megan", at(16, "09:30"), """Hi Zoe,

I'm so sorry about this morning. I'm checking with the club and will get back
to you by end of day.

Megan""", parent="q1", promises=((eod(16), "r2"),))
agent(c, "r2", "megan", at(17, "10:00"), """Hi Zoe,

Your credit is back on your account, and I've added one extra as an apology.

Megan""", parent="r1")

c = case("p46-couple-of-days", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
         "'In the next couple of days' about the joint membership price never kept; the request to keep the old debit date skipped.",
         customer="Sam Fletcher <sam.fletcher@example.org>", client="gmail", subject="Joint membership")
cust(c, "q1", at(13, "12:00"), """Hello,

My partner wants to join. Do you have a joint or couples membership, and how
much would it be compared to two separate ones?

Please keep the direct debit on the 1st of the month for both of us, not the
15th.

Sam""", answered=1,
     uq=("Please keep the direct debit on the 1st of the month for both of us, not the\n15th.",))
agent(c, "r1", "megan", at(13, "15:00"), """Hi Sam,

We do have a joint membership. I'll check the current price with our sales
team and send it over in the next couple of days.

Megan""", parent="q1", promises=((at(15, "15:00"), None),))

c = case("p47-anfang-naechster-woche", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "'Ich melde mich Anfang nächster Woche' said Thursday 12 Nov (due Tue 17) never kept; chase unanswered.",
         customer="Thomas Berger <thomas.berger@example.de>", client="outlook_de", subject="Firmenfitness Abrechnung", tz=CET)
cust(c, "q1", at(12, "10:00", CET), """Guten Tag,

unsere Firma (Berger Haustechnik) möchte die Mitgliedschaften von acht
Mitarbeitern über Firmenfitness abrechnen. Können Sie uns eine Sammelrechnung
pro Quartal ausstellen?

Mit freundlichen Grüßen
Thomas Berger""", answered=1)
agent(c, "r1", "lukas", at(12, "14:00", CET), """Sehr geehrter Herr Berger,

danke für Ihr Interesse. Ich kläre das mit unserer Firmenkunden-Abteilung und
melde mich Anfang nächster Woche bei Ihnen.

Mit freundlichen Grüßen
Lukas Brandt""", parent="q1", promises=((eod(17), None),))
cust(c, "c1", at(19, "09:00", CET), """Sehr geehrter Herr Brandt,

gibt es schon etwas Neues zur Sammelrechnung?

Mit freundlichen Grüßen
Thomas Berger

{quote}""", parent="r1", chase=True)

c = case("p48-two-promises", "en", "closed", {"missed-follow-up": 1},
         "Two promises in one reply: the invoice sent the same day (kept), the trainer's availability by Monday never.",
         customer="Laura Jenkins <laura.jenkins@example.com>", client="apple", subject="PT invoice and trainer")
cust(c, "q1", at(12, "08:00"), """Hi Ravi,

Could you send me the invoice for my 20-session PT package? And does Chris have
any evening slots from December?

Thanks,
Laura""", answered=2)
agent(c, "r1", "ravi", at(12, "09:00"), """Hi Laura,

I'll send the invoice later today, and I'll confirm Chris's December evening
availability by Monday.

Best,
Ravi""", parent="q1", promises=((eod(12), "r2"), (eod(16), None)))
agent(c, "r2", "ravi", at(12, "16:00"), """Hi Laura,

Here's the invoice for your package.

Best,
Ravi""", parent="r1", attach=(("application/pdf", "Invoice_PF-PT-3318.pdf",
                              invoice_pdf("PF-PT-3318", "Laura Jenkins", "GBP 600.00")),))

c = case("p49-onboarding-list", "en", "pending", {"unanswered-question": 2},
         "Corporate onboarding list of five questions: three answered (one by a link), two skipped.",
         customer="Alan Moss <alan.moss@greenfield-labs.example>", client="outlook", subject="Onboarding our staff")
cust(c, "q1", at(16, "09:00"), """Hi Hannah,

We've signed the corporate agreement - thank you! Before we announce it to staff:

1. How do employees register - is there a sign-up link?
2. Do they need to visit a club for an induction first?
3. Can partners of employees join at the corporate rate?
4. Will we get a monthly usage report?
5. Please add me and our finance lead (rita.osei@greenfield-labs.example) as
   admin contacts on the account.

Best,
Alan Moss""", answered=3,
     uq=("Can partners of employees join at the corporate rate?", "Will we get a monthly usage report?"))
agent(c, "r1", "hannah", at(16, "16:00"), """Hi Alan,

Great to have you on board!

Registration: https://join.pulsefield.example/corporate?code=GREENFIELD26
An induction is optional - employees can book one in the app if they want.
I've added you and Rita as admin contacts.

Kind regards,
Hannah""", parent="q1")

c = case("p50-kelmsford-pool-thanks", "en", "closed", {"unanswered-question": 1},
         "A question in the thanks mail after the case seemed done gets a friendly non-answer.",
         customer="Ellie Ward <ellie.ward@example.com>", client="gmail", subject="Swimming lessons for my son")
cust(c, "q1", at(11, "17:00"), """Hi,

Do you run swimming lessons for children aged 7 at Harrowbridge Central?

Ellie""", answered=1)
agent(c, "r1", "megan", at(12, "09:00"), """Hi Ellie,

Yes - Saturday mornings, 9:00 and 10:00, £45 for a six-week block. You can book
under Kids in the app.

Megan""", parent="q1")
cust(c, "q2", at(12, "12:00"), """Thanks! Oh, and do you know if the Kelmsford pool reopens in December? It's
closer for us on weekdays.

Ellie

{quote}""", parent="r1", uq=("do you know if the Kelmsford pool reopens in December?",))
agent(c, "r2", "megan", at(13, "08:40"), """You're welcome, Ellie - enjoy the lessons!

Megan""", parent="q2")

c = case("p51-casier-cadenas", "fr", "pending", {"unanswered-question": 1},
         "Locker padlock cut: the key question answered, the request to reimburse the padlock skipped.",
         customer="Julien Perrin <julien.perrin@example.fr>", client="gmail", subject="Cadenas coupé", tz=CET)
cust(c, "q1", at(16, "19:00", CET), """Bonsoir,

Mon cadenas a été coupé hier soir par le personnel alors que je n'avais pas
dépassé l'heure de fermeture. Où puis-je récupérer mes affaires ? Je vous
demande aussi de me rembourser le cadenas (12 €).

Julien Perrin""", answered=1,
     uq=("Je vous\ndemande aussi de me rembourser le cadenas (12 €).",))
agent(c, "r1", "amelie", at(17, "10:00", CET), """Bonjour Monsieur Perrin,

Vos affaires sont à l'accueil du club de Lyon Part-Dieu, dans un sac à votre
nom. Présentez simplement votre carte de membre.

Bien cordialement,
Amélie Girard""", parent="q1")

c = case("p52-horario-navidad", "es", "closed", {},
         "Christmas opening hours and a locker question answered; thanks-only reply.",
         customer="Pablo Ruiz <pablo.ruiz@example.es>", client="iphone", subject="Horario en Navidad", tz=CET)
cust(c, "q1", at(6, "20:00", CET), """Hola, ¿qué horario tendrá el club de Valencia el 24 y el 31 de diciembre? ¿Y
puedo alquilar una taquilla fija para todo el año?

Pablo

Enviado desde mi iPhone""", answered=2)
agent(c, "r1", "lucia", at(7, "10:15", CET), """Hola Pablo,

El 24 y el 31 abrimos de 7:00 a 15:00. Sí, la taquilla fija anual cuesta 60 €;
la puedes contratar en recepción.

Un saludo,
Lucía""", parent="q1")
cust(c, "t1", at(7, "11:00", CET), """¡Perfecto, muchas gracias!

{quote}""", parent="r1", thanks=True)


c = case("p53-late-cancel-pt", "en", "pending", {"unanswered-question": 2},
         "Late PT cancellation: the waiver is granted, the weekend-rule question and the notification request skipped.",
         customer="Rachel Dunn <rachel.dunn@example.com>", client="outlook", subject="Late cancellation charge")
cust(c, "q1", at(17, "19:20"), """Hi Ravi,

I had to cancel my PT session on Tuesday with only 6 hours' notice because my
daughter was ill, and I've been charged the full session. Can you waive the
late-cancellation charge this once?

Could you also tell me whether the 24-hour rule applies to weekend sessions too?
I train on Saturdays from next month.

And please switch my session reminders to email instead of SMS - I never see
the texts.

Thanks,
Rachel Dunn""", answered=1,
     uq=("Could you also tell me whether the 24-hour rule applies to weekend sessions too?",
         "And please switch my session reminders to email instead of SMS"))
agent(c, "r1", "ravi", at(18, "09:05"), """Hi Rachel,

Sorry to hear your daughter was poorly - I hope she's better. I've waived the
charge and the session is back in your package.

Best,
Ravi""", parent="q1")

c = case("p54-invitado-piscina", "es", "pending", {"unanswered-question": 1},
         "Guest pass: the number of passes answered, whether it covers the pool skipped.",
         customer="Sofía Herrera <sofia.herrera@example.es>", client="gmail_es", subject="Pase de invitado", tz=CET)
cust(c, "q1", at(16, "18:10", CET), """Hola,

Mi hermana viene a Valencia el fin de semana. ¿Cuántos pases de invitado tengo
con la cuota Plus? ¿El pase de invitado vale también para la piscina o solo
para la sala?

Gracias,
Sofía""", answered=1,
     uq=("¿El pase de invitado vale también para la piscina o solo\npara la sala?",))
agent(c, "r1", "lucia", at(17, "09:40", CET), """Hola Sofía,

Con la cuota Plus tienes cuatro pases de invitado al mes. Solo tienes que
registrarla en la app antes de venir.

Un saludo,
Lucía""", parent="q1")

# --------------------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------------------


def _own(m: Msg) -> str:
    return m.body.replace("{quote}", "")


def problems() -> list[str]:
    """Every disagreement between the hand-written labels and the messages' facts: status,
    rule counts, unanswered questions not verbatim in the customer's own text of the case or
    with no support reply after them."""
    contract = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
    out = []
    names = {c.name for c in CASES}
    out += [f"{n}: labelled questions for an unknown case" for n in UNANSWERED if n not in names]
    for c in CASES:
        facts_status = mailcraft.contract_status(c.msgs, contract)
        if c.status != facts_status:
            out.append(f"{c.name}: status {c.status}, facts say {facts_status}")
        facts_rules = mailcraft.contract_rules(c.msgs, contract)
        if c.rules != facts_rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {facts_rules}")
        if len(c.uq) != c.rules.get("unanswered-question", 0):
            out.append(f"{c.name}: {len(c.uq)} labelled questions, rules say "
                       f"{c.rules.get('unanswered-question', 0)}")
        customers = [m for m in c.msgs if m.role == "customer"]
        for q in c.uq:
            holders = [m for m in customers if q in _own(m)]
            if not holders:
                out.append(f"{c.name}: question {q!r} is in no customer message of the case")
            elif not any(m.role == "agent" and m.date > holders[0].date for m in c.msgs):
                out.append(f"{c.name}: question {q!r} has no support reply after it")
    return out


def render() -> list[Msg]:
    """Every message rendered (ids, threading, raw bytes), in date order."""
    return mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)


def summary() -> dict[str, int]:
    """Counts for the README: cases, messages, clean cases, languages, findings, answered."""
    msgs = [m for c in CASES for m in c.msgs]
    out = {"cases": len(CASES), "messages": len(msgs),
           "inbox": sum(m.role in ("customer", "auto") for m in msgs),
           "support replies": sum(m.role == "agent" for m in msgs),
           "acknowledgements": sum(m.role == "ack" for m in msgs),
           "clean": sum(not c.rules for c in CASES),
           "answered questions": sum(m.answered for m in msgs),
           "cases with unanswered questions": sum(bool(c.uq) for c in CASES)}
    for c in CASES:
        out[f"lang {c.lang}"] = out.get(f"lang {c.lang}", 0) + 1
        out[f"status {c.status}"] = out.get(f"status {c.status}", 0) + 1
    for r in RULES:
        out[r] = sum(c.rules.get(r, 0) for c in CASES)
    return out


def write(out: Path) -> None:
    """Write the mailbox, labels.json and CASES.md to ``out``; refuse (SystemExit, nothing
    written) when the labels disagree with the facts."""
    found = problems()
    if found:
        raise SystemExit("refusing to write tests/practice11:\n" + "\n".join(found))
    msgs = render()
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "corpus"
        box = stage / "mailbox"
        box.mkdir(parents=True)
        inbox = [m for m in msgs if m.role in ("customer", "auto")]
        (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (mailcraft.addr_of(m.frm)[1], m.date + timedelta(seconds=7), m.raw) for m in inbox))
        sent = [m for m in msgs if m.role in ("agent", "ack")]
        mailcraft.write_maildir(box / "Sent", ((m.date, m.raw, m.role == "agent") for m in sent),
                                "mx1.pulsefield.example")
        parsed_inbox, parsed_sent = mailcraft.read_back(box / "inbox.mbox", box / "Sent")
        bad = mailcraft.parse_problems(parsed_inbox + parsed_sent)
        by_id = {p["Message-ID"]: p for p in parsed_inbox + parsed_sent}
        for m in msgs:
            if m.kind != "html":
                problem = mailcraft.round_trip_problem(m, by_id[m.message_id], m.role in ("customer", "auto"))
                if problem:
                    bad.append(problem)
        if bad:
            raise SystemExit("refusing to write tests/practice11:\n" + "\n".join(bad))
        labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
        (stage / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        rows = [(c.name, c.lang, mailcraft.addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
                 {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in CASES]
        (stage / "CASES.md").write_text(mailcraft.cases_table(
            "Practice11 corpus: Pulsefield Fitness member support - cases",
            "make_practice11_corpus.py", rows), encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(stage / name), str(target))


def main() -> None:
    """Command line: regenerate the corpus (or into ``--out``), optionally print its counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice11")
    ap.add_argument("--summary", action="store_true", help="print the corpus counts")
    args = ap.parse_args()
    write(args.out)
    if args.summary:
        for k, v in summary().items():
            print(f"{k}: {v}")


if __name__ == "__main__":
    main()
