#!/usr/bin/env python3
"""Regenerate ``tests/practice56/``: a labelled corpus of Larkspur Driving School.

A support mailbox of a fictional driving school in Cambridge (driving lessons and lesson
blocks, intensive courses, practical test bookings and DVSA cancellations, theory-test help,
instructor changes, invoices, receipts and refunds), written without looking at the detection
heuristics, with many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00
with the contract defaults (response target 24 h, follow-up window 2 days, close-after 7
days, handoff limit 2), support domain ``larkspurdriving.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains by design.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice56_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "larkspurdriving.example"
OFFICE = "Larkspur Driving School <office@larkspurdriving.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice56"

AGENTS = {
    "gwen": ("Gwen Aldous <gwen@larkspurdriving.example>", "thunderbird", """-- 
Gwen Aldous
Bookings Office | Larkspur Driving School
01632 960 412 | Mon-Sat 8am-6pm
Book online: https://larkspurdriving.example/book?ref=sig"""),
    "ravi": ("Ravi Chaudhry <ravi@larkspurdriving.example>", "outlook", """Ravi Chaudhry
Intensive Courses Coordinator | Larkspur Driving School
14 Hawthorn Parade, Cambridge CB1 3JD
Nervous about your test? Ask us about a mock test."""),
    "moira": ("Moira Keane <moira@larkspurdriving.example>", "owa", """Moira Keane
Accounts & Refunds | Larkspur Driving School
This email and any attachments are confidential. If you have received it in error, please
let us know and delete it."""),
    "callum": ("Callum Fenwick <callum@larkspurdriving.example>", "apple", """Callum Fenwick
Instructor Team Lead | Larkspur Driving School
https://larkspurdriving.example/instructors?from=email"""),
    "sabine": ("Sabine Kröger <sabine@larkspurdriving.example>", "thunderbird_de", """-- 
Sabine Kröger
Fahrschulbetreuung auf Deutsch | Larkspur Driving School
https://larkspurdriving.example/de?ref=signatur"""),
    "amelie": ("Amélie Roux <amelie@larkspurdriving.example>", "apple_fr", """Amélie Roux
Accueil des élèves francophones | Larkspur Driving School
https://larkspurdriving.example/fr?utm_source=email"""),
    "lucia": ("Lucía Beltrán <lucia@larkspurdriving.example>", "gmail_es", """--
Lucía Beltrán
Atención a alumnos (ES) | Larkspur Driving School
+44 1632 960 419"""),
}

ACK = """Hello,

Thanks for contacting Larkspur Driving School. This is an automatic message to say
we have your email (reference {ref}). The office is open Monday to Saturday,
8am-6pm, and we will reply within 24 hours.

If you need to cancel a lesson today, please ring 01632 960 412 instead.

Larkspur Driving School
https://larkspurdriving.example/help?ref={ref}"""

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
    "helpdesk": ["X-Mailer: Larkspur Office Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="lds.", outlook_server="AM7P19")
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
    """A reply by support agent ``who`` at ``when`` (Cambridge time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Cambridge: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

TERMS_PDF = mailcraft.pdf(["Larkspur Driving School - Terms and Conditions (2026)",
                           "1. Lessons are booked in units of one hour or more.",
                           "4. Cancellations: 48 hours notice, otherwise charged in full.",
                           "4.3 Unused prepaid hours are refundable on request."])
VOUCHER_INVOICE_PDF = mailcraft.pdf(["Larkspur Driving School - Invoice LDS-7712",
                                     "Gift voucher: 5 hours of driving lessons",
                                     "Amount due: GBP 195.00",
                                     "Pay online: larkspurdriving.example/pay/LDS-7712"])
RECEIPT_PDF = mailcraft.pdf(["Larkspur Driving School - Receipt",
                             "Received from: Fenland Parks Department (for G. Lumsden)",
                             "Lessons 14 Sep - 2 Nov 2026: 16 hours, GBP 608.00",
                             "Test car hire and warm-up: GBP 45.00"])
INVOICE_PERNE_PDF = mailcraft.pdf(["Larkspur Driving School - Invoice LDS-7655 (corrected)",
                                   "Helena Marsh, 7 Perowne Street, Cambridge CB1 2AY",
                                   "Block of 10 lessons: GBP 380.00"])
STATEMENT_PDF = mailcraft.pdf(["Larkspur Driving School - Statement of account",
                               "Ben Okonedo, 1 September - 3 November 2026",
                               "Payments: 12 Sep GBP 380.00, 20 Oct GBP 380.00",
                               "Hours remaining: 7"])
BOOKING_FORM_PDF = mailcraft.pdf(["Larkspur Driving School - Group booking form",
                                  "Organisation: Brightwater Care",
                                  "Refresher sessions, 2 hours each, weeks of 7 and 14 Dec",
                                  "Names, licence numbers and preferred times:"])
SCHLUSS_PDF = mailcraft.pdf(["Larkspur Driving School - Schlussrechnung",
                             "Felix Vogt, Fahrstunden 2 Juni - 6 November 2026",
                             "34 Stunden, Pruefungsfahrzeug: GBP 1,337.00",
                             "Bezahlt: GBP 1,337.00"])
BANK_PNG = mailcraft.png(10, 16, lambda x, y: (250 - 4 * y, 250 - 3 * y, 255 if y % 5 else 200))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("l01-first-lesson-pickup", "en", "closed", {},
      "Niamh Gallagher <niamh.g@postbox.example>", "gmail", "Starting lessons",
      "Three first-lesson questions answered in one paragraph, in reverse order; thanks-only close.",
      cu("11-02 09:12", """Hi,

I've finally got my provisional licence through (only took six weeks!) and I'd like to start lessons. A few questions before I book:

Do your instructors pick you up from home? I'm on Mill Road, near the library.
How long is the first lesson, and is it different from the normal ones?
Do I need to bring the licence card itself or is a photo of it enough?

Thanks,
Niamh"""),
      ag("gwen", "11-02 11:40", """Hi Niamh,

Congratulations on the licence! Bring the card itself to the first lesson please - the instructor has to see the original, a photo won't do. That first session is a two-hour assessment drive (£76) so we can see where you're starting from; after that lessons are usually an hour or an hour and a half. And Mill Road is well within our area, so we'll collect you from your door.

Best wishes,
Gwen"""),
      cu("11-02 12:05", """Brilliant, thank you! I'll book through the website tonight.

Niamh""", thanks=True)),

    C("l02-netherhall-block-present", "en", "closed", {"unanswered-question": 1},
      "Philippa Moorcroft <p.moorcroft@moorcroft-family.example>", "outlook", "Lessons for my son",
      "Parent buying a block: price and validity answered, T&Cs attached; the school pick-up question is skipped.",
      cu("11-03 08:05", """Hello,

My son Alfie turns 17 on the 14th and is desperate to start driving the same week. I'd like to buy a block of lessons for him as a birthday present. What does a block of ten hours cost, and does it expire? Could one of your instructors collect him from Netherhall School at 3.30 on weekdays? Please also send me your terms and conditions before I pay anything.

Kind regards,
Philippa Moorcroft""", uq=1),
      ag("gwen", "11-03 10:20", """Dear Philippa,

What a lovely present. Ten hours come to £380 if paid up front (£400 at the hourly rate), and the block stays valid for twelve months from the first lesson. Our terms and conditions are attached - section 4 covers cancellations and refunds.

Alfie can book his first lesson as soon as his provisional licence arrives; he's welcome to ring us or use the online diary.

Best wishes,
Gwen""", attach=[("application/pdf", "Larkspur-terms-2026.pdf", TERMS_PDF)]),
      cu("11-03 10:48", """Thank you Gwen, that's all very clear.

Philippa""", thanks=True)),

    C("l03-intensive-test-slot", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jordan Ashby <jordan.ashby@fenmail.example>", "iphone", "Intensive course 30 Nov",
      "Price and theory answered; the test slot promised 'by Wednesday' is confirmed the next Monday after a chase (kept late).",
      cu("11-09 07:55", """Hi there

I want to do the 5 day intensive starting Mon 30 Nov. Is the practical test included in the price or is that extra? Also I haven't done my theory yet, can I still book?

Cheers
Jordan

Sent from my iPhone"""),
      ag("ravi", "11-09 12:10", """Hi Jordan,

Thanks for getting in touch. The £1,150 course price covers 25 hours of tuition, the DVSA test fee and use of the car on test day, so there's nothing extra to pay. You will need a theory pass before the course starts though - slots at the Cambridge theory centre are about ten days out at the moment, so if you book this week you'll be fine.

I'm checking with our test booking team whether we can hold a practical slot for you on Friday 4 December, and I'll confirm by Wednesday.

Kind regards,
Ravi""", promises=[("11-11", 4)]),
      cu("11-16 08:30", """Hi Ravi, just following up on the test slot - did the 4th December work out? I need to tell work this week if I'm taking the days off.

Jordan

Sent from my iPhone""", chase=True),
      ag("ravi", "11-16 14:05", """Hi Jordan,

Sorry for the silence last week. Good news - you're booked for Friday 4 December at 10:12 at the Cambridge test centre, and we'll use the last hour of Friday's lessons as your warm-up.

Kind regards,
Ravi""")),

    C("l04-theory-inline", "en", "closed", {},
      "Tobias Wren <tobias.wren@quillnet.example>", "thunderbird", "Theory test on the 19th",
      "Three theory questions answered inline under the quoted lines (a link, a short phrase, a 'not any more'); a rhetorical question in the opening.",
      cu("11-04 19:40", """Evening,

My theory test is booked for the 19th (I know, I know, I should have done it months ago - who leaves it this late?) and I've got a few questions:

Which revision app do you actually recommend? There are about fifty of them.
Is the hazard perception part done on the same day as the multiple choice?
Can I sit it in Polish? My English is fine but my mum keeps asking.

Thanks
Tobias"""),
      ag("gwen", "11-05 09:10", """Hi Tobias,

> Which revision app do you actually recommend? There are about fifty of them.

The official DVSA one. Pupils who use it every day for a fortnight nearly all pass first time: https://larkspurdriving.example/theory?app=dvsa

> Is the hazard perception part done on the same day as the multiple choice?

Same sitting, straight after a short break.

> Can I sit it in Polish? My English is fine but my mum keeps asking.

Not any more, I'm afraid - it's English or Welsh only these days.

Good luck on the 19th!
Gwen""", quote=False)),

    C("l05-evening-instructor", "en", "closed", {"missed-follow-up": 1},
      "Shauna Pilkington <shauna.pilk@brightwave.example>", "gmail", "Evening lessons?",
      "'I'll get back to you tomorrow with a name' for an evening instructor is never delivered; the customer only thanked.",
      cu("11-03 13:15", """Hi Callum,

Derek has been brilliant but I've started a new job in Histon and can't make Wednesday afternoons any more. Is there someone who can do Tuesday or Thursday evenings, ideally after 6? I'd rather not lose momentum, my test is in January.

Shauna"""),
      ag("callum", "11-03 17:30", """Hi Shauna,

Congrats on the new job! Derek only teaches in the daytime, unfortunately. Let me see who has a regular evening slot from next week and I'll get back to you tomorrow with a name.

Cheers,
Callum""", promises=[("11-04", None)]),
      cu("11-03 17:52", """Thanks Callum, much appreciated!

Shauna""", thanks=True)),

    C("l06-leeds-refund", "en", "closed", {"unanswered-question": 1},
      "Imogen Sutcliffe <imogen.sutcliffe@northmail.example>", "owa", "Refund of unused lessons",
      "Refund of four unused hours done; the question about the test fee in the same paragraph is not addressed.",
      cu("11-06 10:02", """Hello,

I'm relocating to Leeds for work at the end of the month, so sadly I won't be able to use the rest of my lesson block. I have four hours left. Please refund the unused hours to the card I paid with. I'd also like to know whether the £62 you took for my test booking on 14 December comes back to me too, or whether I have to cancel that with the DVSA myself.

Many thanks,
Imogen Sutcliffe""", uq=1),
      ag("moira", "11-06 15:45", """Dear Imogen,

Sorry to be losing you - good luck with the move. I've refunded the four unused hours (4 x £38 = £152) to the Visa card ending 4417 today. Refunds usually take 3-5 working days to show.

Kind regards,
Moira"""),
      cu("11-09 09:20", """Thank you Moira, it's showing as pending on my account now.

Imogen""", thanks=True)),

    C("l07-intensivkurs-automatik", "de", "closed", {},
      "Lena Hoffmeister <lena.hoffmeister@webpost.example>", "gmail_de", "Intensivkurs im Januar",
      "German au pair writing from Germany: price, test fee and automatic answered out of order, plus a hint about the provisional licence.",
      cu("11-04 21:10", """Hallo Frau Kröger,

ich komme im Januar als Au-pair nach Cambridge und möchte dort möglichst schnell den britischen Führerschein machen, weil meine Gastfamilie ein Auto für mich hat. Zu Hause hatte ich schon ein paar Fahrstunden, aber noch keine Prüfung.

Was kostet bei Ihnen der Fünf-Tage-Intensivkurs? Ist die Prüfungsgebühr schon im Preis drin? Und kann ich den Kurs auch auf einem Automatikauto machen? Das Auto der Familie ist nämlich ein Automatik.

Viele Grüße
Lena Hoffmeister""", tz=1),
      ag("sabine", "11-05 09:30", """Liebe Frau Hoffmeister,

vielen Dank für Ihre Nachricht. Den Intensivkurs gibt es bei uns auch mit Automatik - das passt ja perfekt zum Auto Ihrer Gastfamilie. Er kostet 1.190 £, und darin sind 25 Fahrstunden, die Gebühr der DVSA für die Prüfung und das Fahrschulauto am Prüfungstag schon enthalten.

Wichtig: Für den Kurs brauchen Sie einen britischen Lernführerschein (provisional licence) und die bestandene Theorieprüfung. Den Lernführerschein können Sie beantragen, sobald Sie in Großbritannien wohnen.

Viele Grüße
Sabine Kröger""")),

    C("l08-changement-monitrice", "fr", "pending", {"unanswered-question": 1},
      "Margaux Delaunay <margaux.delaunay@courriel.example>", "apple_fr", "Changement de moniteur",
      "French pupil asks for a female instructor (answered, free) and, in a separate paragraph, for an invoice for October - not addressed.",
      cu("11-16 18:20", """Bonjour Amélie,

Je voudrais changer de moniteur. Il n'y a aucun problème avec Derek, mais je serais plus à l'aise avec une femme, surtout pour les leçons du soir. Est-ce possible à partir de la semaine prochaine ? Est-ce que le changement entraîne des frais ?

Par ailleurs, j'aimerais recevoir une facture pour mes leçons d'octobre, mon employeur les rembourse.

Merci d'avance et bonne soirée,
Margaux""", uq=1),
      ag("amelie", "11-17 10:05", """Bonjour Margaux,

Aucun souci, c'est une demande tout à fait courante. Hannah Pryce reprend vos leçons dès mardi prochain, le 24 novembre, au même horaire (18 h 30), et bien entendu cela ne vous coûte rien.

Belle journée,
Amélie""")),

    C("l09-teorico-en-espanol", "es", "closed", {},
      "Diego Valcárcel <diego.valcarcel@correo.example>", "gmail_es", "Examen teórico",
      "Spanish student: theory test language (no, English or Welsh) and group theory sessions (yes, with a link).",
      cu("11-05 20:40", """Hola Lucía:

Soy estudiante de máster en Cambridge y quiero sacarme el carnet aquí. Me han dicho que tenéis a alguien que habla español, ¡qué alivio! Tengo dos dudas: ¿el examen teórico se puede hacer en español? Y si no, ¿tenéis clases de teoría en grupo para prepararlo?

Un saludo,
Diego"""),
      ag("lucia", "11-06 09:15", """Hola, Diego:

¡Encantada! Lamentablemente el teórico solo se puede hacer en inglés o en galés; la DVSA quitó los demás idiomas hace años. Lo bueno es que los miércoles a las 19:00 damos un repaso de teoría en grupo en la oficina (15 £ la sesión), y yo suelo estar por si algún término se te atraganta: https://larkspurdriving.example/teoria?grupo=miercoles

Un saludo,
Lucía""")),

    C("l10-dvsa-cancelled-test", "en", "pending", {"unanswered-question": 1, "customer-chased": 1},
      "Kieran Doyle <kieran.doyle@hoplite.example>", "android", "Test cancelled",
      "DVSA cancelled the test: rebooking explained (DVSA offers a new date); the Thursday-lesson request is skipped; a week later the customer follows up.",
      cu("11-10 07:20", """Hi, got an email from DVSA last night saying my test on Thursday is cancelled because the examiner is off sick. Do you rebook it or do I have to do that myself? And can I get a lesson on Thursday instead since I've booked the day off anyway?

Kieran

Get Outlook for Android""", uq=1),
      ag("gwen", "11-10 09:35", """Hi Kieran,

Sorry to hear that - it's happened to a few pupils this month. You don't need to do anything: DVSA offers a replacement date automatically and emails it to you directly, usually within a week. Once you have it, forward it to us so the car is booked for the new day.

Best wishes,
Gwen"""),
      cu("11-17 08:05", """Hi Gwen, following up on this - a week on and still no new date from DVSA. Is there anything you can chase at your end?

Kieran

Get Outlook for Android""", chase=True),
      ag("gwen", "11-17 11:50", """Hi Kieran,

I rang the test centre this morning: your new test is Wednesday 2 December at 14:27, and the confirmation should reach you today. I've booked the car and an hour's warm-up before it.

Best wishes,
Gwen""")),

    C("l11-gift-voucher", "en", "pending", {},
      "Harriet Quennell <harriet@quennell.example>", "apple", "Gift voucher for my daughter",
      "Gift voucher: 'We do', five hours priced, invoice attached, posting logistics (not a promise).",
      cu("11-17 12:30", """Hello,

My daughter turns 17 on 2 December and I'd love to give her driving lessons. Do you sell gift vouchers? If so, can it be for a set number of hours rather than an amount of money - I'm thinking five hours. I'd need it by the 28th as we're away the week before her birthday.

Best,
Harriet Quennell"""),
      ag("moira", "11-17 15:10", """Dear Harriet,

We do, and five hours is one of the most popular ones: £195, on a card with a little gold larkspur on the front. The invoice is attached; cards go out first class on the day they're paid for, so it will be with you well before the 28th.

Kind regards,
Moira""", attach=[("application/pdf", "LDS-7712.pdf", VOUCHER_INVOICE_PDF)])),

    C("l12-pass-plus-motorway", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Oliver Brandreth <oliver.brandreth@kestrelmail.example>", "outlook", "Motorway lessons after passing",
      "New driver: motorway price answered, Pass Plus insurers promised 'by Friday' and never sent; the own-car question is skipped.",
      cu("11-02 16:45", """Hi Ravi,

Passed on Friday - first time! Thanks to you all, and especially to Femi for putting up with my roundabouts.

Now that I'm on the road I'd like to do some motorway lessons before I drive up to my parents' in Newcastle at Christmas. How much are they? I've also heard Pass Plus gets you cheaper insurance. Is that still true, and which insurers do it? And could I use my own car for the motorway lessons? It's a 2014 Fiesta.

Cheers,
Oliver""", uq=1),
      ag("ravi", "11-03 09:20", """Hi Oliver,

Congratulations - Femi told us, he was very proud! Motorway lessons are £45 an hour and we do them in two-hour blocks, so there's time to get out to the A14 and the M11 and back.

Pass Plus discounts have become patchy. I'll find out which insurers still offer one and email you by Friday.

Kind regards,
Ravi""", promises=[("11-06", None)])),

    C("l13-switch-to-automatic", "en", "closed", {},
      "Ellie Marchbank <ellie@thecrown-histon.example>", "gmail", "Switching to automatic?",
      "Struggling learner: too late to switch? test date? Both answered without repeating the words; a pub signature with 'Book a table?' and a '?' URL; booking confirmed.",
      cu("11-04 11:05", """Hi Callum,

I'm really struggling with clutch control on hills and it's making me dread every lesson. My test is on 26 November. Is it too late to switch to an automatic? If I did, would my test date have to change?

Ellie Marchbank
The Crown, Histon
Book a table? https://thecrown-histon.example/book?src=email"""),
      ag("callum", "11-04 14:20", """Hi Ellie,

Three weeks is plenty - most people feel at home in an automatic after two or three lessons. Your test stays on the 26th: you'd simply take it in our automatic car. The only catch is that your licence would then cover automatics only, which is worth thinking about if you might ever drive the pub's van.

I've pencilled you in with Priya in the automatic for Friday at 10 - just say the word and I'll make it permanent.

Cheers,
Callum"""),
      cu("11-04 15:02", """Yes please, Friday at 10 is perfect. Thank you so much!

Ellie"""),
      ag("callum", "11-04 15:30", """Done - Priya will pick you up from the pub at 9:55 on Friday.

Cheers,
Callum""")),

    C("l14-move-thursday-lesson", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Bartek Nowak <bartek.nowak@lindenpost.example>", "iphone", "Thursday lesson",
      "Request to move a lesson chased the next evening ('Hello? Is anyone reading these?'); the move is done two days in, the hours-left question is skipped.",
      cu("11-09 07:45", """Hello, I need to move my Thursday 5pm lesson to Friday same time if possible, I have a late shift. Also can you tell me how many hours I have left on my block, I have lost count.

Bartek

Sent from my iPhone""", uq=1),
      cu("11-10 18:30", """Hello? Is anyone reading these? Need to know about Thursday.

Bartek

Sent from my iPhone""", chase=True),
      ag("gwen", "11-11 08:50", """Hi Bartek,

So sorry - the inbox got the better of us this week. Your lesson is now Friday 13th at 5pm with Tomasz, same pick-up point.

Best wishes,
Gwen""")),

    C("l15-nervous-mature-learner", "en", "pending", {"unanswered-question": 2},
      "Rosalind Fairweather <r.fairweather@oldvicarage.example>", "thunderbird", "Learning to drive at 54",
      "Long, polite paragraphs with four indirect questions; the reply covers the instructor and the quiet first lessons, not the number of lessons or the glasses.",
      cu("11-13 16:30", """Dear Sir or Madam,

I am 54 and have never driven. My husband always did the driving, but he is no longer able to, and I live in a village where the bus comes twice a day, so I have rather run out of excuses. I must confess I am very nervous about the whole thing, and the thought of a roundabout makes me feel quite faint.

I wondered whether you have instructors who are used to older, anxious beginners, and whether it would be possible to have the first few lessons somewhere quiet, such as an empty car park, before going out on proper roads. I would also like to know roughly how many lessons someone of my age usually needs before taking the test, as I should like to budget for it sensibly.

Finally, my eyesight is corrected with glasses - is there anything I need to do about that before starting?

With thanks and kind regards,
Rosalind Fairweather""", uq=2),
      ag("gwen", "11-14 09:10", """Dear Rosalind,

Thank you for such a lovely email - and please don't worry, you would be far from our first pupil to start later in life. Jo Castell specialises in nervous drivers; she is patient, calm and very good company, and she always begins with a couple of sessions on the quiet estate roads off Butt Lane on Sunday mornings, well away from any traffic.

If you'd like, I can book an introductory hour with Jo - just let me know a few days and times that suit you.

Warm regards,
Gwen""")),

    C("l16-forwarded-dvsa-booking", "en", "closed", {},
      "Sanjay Kulkarni <sanjay.kulkarni@harbourline.example>", "owa", "Got a cancellation slot!",
      "HTML-only mail with a forwarded DVSA confirmation (its own '?' lines and URL); the instructor and warm-up request is answered.",
      cu("11-05 12:10", """Hi Gwen,

See below - I managed to grab a cancellation slot! Could you check whether Tomasz is free to take me, and book the car plus the usual warm-up hour before it?

Thanks,
Sanjay

________________________________
From: DVSA <noreply@dvsa-bookings.example>
Sent: Thursday, November 5, 2026 11:52 AM
To: sanjay.kulkarni@harbourline.example
Subject: Driving test booking confirmation

Your car driving test has been booked.

Date: Tuesday 17 November 2026
Time: 11:06am
Test centre: Cambridge

Need to change or cancel your test? Use the service at least 3 working days before your test or you will lose your fee.
What should you bring? Your UK driving licence and a car that meets the rules.
Questions? Visit https://dvsa-bookings.example/help?ref=confirm""", kind="html"),
      ag("gwen", "11-05 14:25", """Hi Sanjay,

Well done for grabbing that! Tomasz is all yours on the 17th: pick-up at 9:45 from home, warm-up from 10 to 11, then straight to the centre. I've added the £45 for the car and warm-up to your account.

Best wishes,
Gwen""")),

    C("l17-pruefung-rechnung", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Matthias Brenner <m.brenner@brenner-consult.example>", "outlook_de", "Praktische Prüfung am 24. November",
      "German pupil: test car and warm-up answered, the invoice for the employer deferred 'bis Donnerstag' and never sent; whether his wife may sit in the back is not answered.",
      cu("11-03 08:40", """Guten Tag Frau Kröger,

ich habe am 24. November meine praktische Prüfung in Cambridge. Kann ich die Prüfung mit dem Fahrschulauto machen, mit dem ich auch die Stunden hatte (der graue Corsa)? Und wie lange vorher sollte ich für die Aufwärmstunde da sein? Ach ja, und darf meine Frau bei der Prüfung hinten mitfahren?

Außerdem bräuchte ich für meinen Arbeitgeber eine Rechnung über alle bisherigen Stunden, mit Ihrer Umsatzsteuer-Nummer.

Mit freundlichen Grüßen
Matthias Brenner""", uq=1),
      ag("sabine", "11-03 11:15", """Guten Tag Herr Brenner,

der graue Corsa ist für den 24. für Sie reserviert. Die Aufwärmstunde beginnt eine Stunde vor Ihrem Termin; Tomasz holt Sie dafür zu Hause ab.

Wegen der Rechnung muss ich kurz mit unserer Buchhaltung sprechen, weil Ihre Stunden über zwei Pakete laufen. Ich melde mich bis Donnerstag bei Ihnen.

Viele Grüße
Sabine Kröger""", promises=[("11-05", None)]),
      cu("11-03 11:40", """Vielen Dank, Frau Kröger!

Mit freundlichen Grüßen
Matthias Brenner""", thanks=True)),

    C("l18-handover-to-callum", "en", "closed", {},
      "Farah Siddiqui <farah.siddiqui@plumtree.example>", "gmail", "Changing instructor",
      "Instructor change: Gwen hands over ('he'll be in touch by tomorrow'), Callum writes the next day and books Hannah (kept by a colleague).",
      cu("11-05 09:00", """Hi,

I'd like to change instructor please. I don't want to make a big thing of it, but I don't feel I'm getting much feedback in my lessons and I've now done 18 hours. Who would I need to speak to about this?

Thanks,
Farah"""),
      ag("gwen", "11-05 10:30", """Hi Farah,

Thank you for telling us, and it's no trouble at all - it's the right thing to do if it isn't working. I've passed this to Callum, who looks after our instructors; he'll be in touch by tomorrow to talk through who would suit you best.

Best wishes,
Gwen""", promises=[("11-06", 3)]),
      ag("callum", "11-06 11:45", """Hi Farah,

Gwen passed on your email - thanks for being honest about it. I'd suggest Hannah Pryce: she gives a short written summary after every lesson, which a lot of pupils find helpful. She has Monday and Thursday afternoons free. Would either of those suit?

Cheers,
Callum"""),
      cu("11-06 12:30", """Thursdays would be great, thank you!

Farah"""),
      ag("callum", "11-06 13:10", """Lovely - Thursday 12th at 2pm with Hannah, picking you up from home.

Cheers,
Callum""")),

    C("l19-theory-fail-awaiting", "en", "open", {"awaiting-reply": 1},
      "Connor Hale <connor.hale@stmail.example>", "gmail", "Failed theory",
      "Failed theory: rebooking and one-to-one theory questions, acknowledged by the helpdesk only; no human reply for two days.",
      cu("11-18 20:15", """Hi,

Failed my theory by two marks today, gutted. How soon can I rebook? And do you do one-to-one theory sessions? I think I'd do better with someone explaining how the hazard perception scoring works.

Connor"""),
      ack("11-18 20:16")),

    C("l20-sabados-sigo-esperando", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Valentina Ríos <valentina.rios@correo-rapido.example>", "gmail_es", "Clases los sábados",
      "Block price answered, Saturday slots promised 'mañana' and never sent; the customer chases twice ('¿hay alguna novedad?', 'Sigo esperando') and gets no answer.",
      cu("11-10 09:30", """Hola, buenos días:

Quería saber si tenéis clases los sábados por la mañana, porque entre semana trabajo hasta tarde. También me gustaría saber cuánto cuesta el paquete de diez horas.

Gracias,
Valentina Ríos"""),
      ag("lucia", "11-10 12:00", """Hola, Valentina:

El paquete de diez horas cuesta 380 £ si se paga por adelantado. Los sábados por la mañana están muy solicitados; déjame mirar la agenda de los instructores y mañana te confirmo qué huecos hay.

Un saludo,
Lucía""", promises=[("11-11", None)]),
      cu("11-13 10:05", """Hola Lucía, ¿hay alguna novedad sobre los sábados? Me gustaría empezar cuanto antes.

Valentina"""
         , chase=True),
      cu("11-17 19:40", """Hola de nuevo. Sigo esperando respuesta sobre los sábados... Si no hay hueco, decídmelo y busco otra autoescuela.

Valentina""", chase=True)),

    C("l21-receipt-for-employer", "en", "closed", {},
      "Gareth Lumsden <gareth.lumsden@fenlandparks.example>", "outlook", "Receipt for my employer",
      "Receipt requested and the test date asked; answered with an attachment and a bare date line.",
      cu("11-04 09:15", """Morning,

My employer is paying for my lessons as I need to drive for the new role. Please could you send me a receipt for everything I've paid so far, addressed to Fenland Parks Department. They also want to know the date of my test.

Regards,
Gareth Lumsden
Parks Officer

This e-mail is intended for the named recipient only. Views expressed are not necessarily those of Fenland Parks Department."""),
      ag("moira", "11-04 11:30", """Dear Gareth,

Receipt attached.

Test: Thursday 26 November, 08:40.

Kind regards,
Moira""", attach=[("application/pdf", "receipt-lumsden.pdf", RECEIPT_PDF)])),

    C("l22-mums-car-for-test", "en", "closed", {"unanswered-question": 1},
      "Megan Thorley <megan.thorley@ouse.example>", "gmail", "My test on 1 December",
      "Asked whether she can take the test in her mum's car, the agent prices the hire of the school's car instead (a neighbouring answer); the warm-up is answered.",
      cu("11-05 17:20", """Hiya,

My test is booked for the 1st of December. Is it possible to do the test in my mum's car rather than yours? It's a Polo and I've been practising in it loads with her. Also is there any chance of a lesson on the morning of the test to calm my nerves?

Megan""", uq=1),
      ag("gwen", "11-06 08:55", """Hi Megan,

A warm-up before the test is a very good idea - we normally do an hour straight beforehand and then drive you to the centre. If you take the test in our car, the hire costs £45 and that includes the warm-up hour.

Best wishes,
Gwen""")),

    C("l23-double-charge-then-wednesday", "en", "closed", {"reopened": 1},
      "Anton Voss <anton.voss@granary.example>", "apple", "Charged twice",
      "Duplicate charge refunded and 'I'll mark this as resolved'; the customer writes again with a new request (reopened), answered by a colleague.",
      cu("11-09 10:00", """Hi,

I was charged twice for my lesson on 6 November - two payments of £40 on my card statement. Could you sort that out please?

Anton"""),
      ag("moira", "11-09 14:20", """Dear Anton,

You're right, our card terminal took the payment twice. I've refunded the duplicate £40 today; you'll see it in a few days. Sorry about that! I'll mark this as resolved.

Kind regards,
Moira""", closes=True),
      cu("11-12 08:30", """Hi Moira, thanks, I can see the refund. While I've got you - could I change my regular lesson from Monday to Wednesday evenings from next week?

Anton"""),
      ag("gwen", "11-12 10:00", """Hi Anton,

Moira passed this to me. Wednesdays at 6pm with Femi from the 18th - all done.

Best wishes,
Gwen""")),

    C("l24-relance-date-examen", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Théo Garnier <theo.garnier@boitemail.example>", "owa", "Nouvelle date d'examen",
      "Failed test: lessons advice answered, a new date promised 'd'ici vendredi' and found the next Tuesday after 'Je me permets de vous relancer'.",
      cu("11-09 19:10", """Bonjour,

J'ai raté mon examen pratique le 6 novembre (une histoire de priorité à un rond-point...) et je voudrais le repasser le plus vite possible. Pouvez-vous me trouver une date avant Noël ? Et est-ce que je dois reprendre des leçons avant, ou ce n'est pas obligatoire ?

Cordialement,
Théo Garnier"""),
      ag("amelie", "11-10 09:40", """Bonjour Théo,

Dommage pour le rond-point, ça arrive à beaucoup de monde ! Les leçons ne sont pas obligatoires, mais je vous conseille au moins deux heures avec votre moniteur pour retravailler les ronds-points à plusieurs voies.

Pour la date, je regarde avec l'équipe qui gère les réservations d'examen et je reviens vers vous d'ici vendredi.

Belle journée,
Amélie""", promises=[("11-13", 4)]),
      cu("11-17 08:15", """Bonjour Amélie,

Je me permets de vous relancer au sujet de la date d'examen : avez-vous pu trouver quelque chose ?

Cordialement,
Théo""", chase=True),
      ag("amelie", "11-17 12:30", """Bonjour Théo,

Toutes mes excuses pour ce retard. Nous avons une date : le mercredi 16 décembre à 9 h 14. Je vous ai aussi réservé deux leçons avec Derek, les 9 et 14 décembre.

Belle journée,
Amélie""")),

    C("l25-mill-road-rhetorical", "en", "closed", {},
      "Poppy Langridge <poppy.langridge@wildflower.example>", "gmail", "Saturday",
      "A rhetorical complaint and a self-answered question before the one real request, answered with 'Done'.",
      cu("11-06 21:30", """Hi Gwen,

Quick one. Honestly, who designed the parking on Mill Road - how is anyone meant to parallel park there? Anyway. Where do I find my pupil number for the online diary? Oh wait, ignore that, it's at the top of the booking email, found it.

Could you move Saturday's lesson from 9 to 10? I've got a thing the night before and 9am feels ambitious.

Thanks!
Poppy"""),
      ag("gwen", "11-07 08:30", """Hi Poppy,

Done - Saturday at 10am, same pick-up. (And we're with you on Mill Road.)

Best wishes,
Gwen""")),

    C("l26-brightwater-refreshers", "en", "closed", {"unanswered-question": 2, "many-handoffs": 1},
      "Denise Okafor <denise.okafor@brightwatercare.example>", "outlook", "Refresher sessions for new carers",
      "Care agency: a numbered list of four questions, passed through three agents; start point and price answered, invoicing terms and written assessment are not; booking form sent.",
      cu("11-02 10:00", """Good morning,

Brightwater Care is taking on six new carers in December who hold full licences but haven't driven for some time. We'd like each of them to have a refresher session before they start home visits.

1. What would you charge per person for a two-hour refresher?
2. Could the sessions start from our office in Cherry Hinton rather than from their homes?
3. We pay suppliers by invoice on 30-day terms, so please invoice us rather than taking card payments.
4. Do you provide any kind of written assessment for our files?

Kind regards,
Denise Okafor
HR Manager, Brightwater Care""", uq=2),
      ag("gwen", "11-02 11:15", """Dear Denise,

Thank you for thinking of us. Starting from your Cherry Hinton office is no problem at all. I've passed your enquiry to Ravi, who runs our refresher and intensive courses, for the pricing.

Best wishes,
Gwen"""),
      ag("ravi", "11-02 15:40", """Dear Denise,

Following on from Gwen: a two-hour refresher is £84 per person, and for six carers we'd take 10% off, so £453.60 altogether.

Kind regards,
Ravi"""),
      cu("11-03 09:10", """Thank you both. We'd like to go ahead for the weeks of 7 and 14 December. Please send the booking form.

Denise"""),
      ag("callum", "11-03 12:00", """Dear Denise,

Booking form attached. Once we have the six names and preferred times, I'll match each carer with an instructor.

Best regards,
Callum""", attach=[("application/pdf", "group-booking-form.pdf", BOOKING_FORM_PDF)])),

    C("l27-chesterton-pickup", "en", "closed", {},
      "Yusuf Demir <yusuf.demir@anglianet.example>", "iphone", "Pick up from a different address",
      "Different pick-up address confirmed with logistics (not a promise); a thanks-only reply with an emoji.",
      cu("11-06 07:40", """Morning, I'm staying at my girlfriend's in Chesterton next week. Can Femi pick me up from there on Tuesday instead of home? Address is 41 Scotland Road.

Yusuf

Sent from my iPhone"""),
      ag("gwen", "11-06 09:00", """Hi Yusuf,

No problem - Femi will collect you from 41 Scotland Road at 4:30 on Tuesday and drop you back there afterwards.

Best wishes,
Gwen"""),
      cu("11-06 09:12", """Perfect cheers 👍

Sent from my iPhone""", thanks=True)),

    C("l28-madre-hija", "es", "closed", {"unanswered-question": 1},
      "Carmen Ortega <carmen.ortega@hogarmail.example>", "gmail_es", "Clases para mi hija",
      "Spanish mother: three questions in one 'Quisiera saber si...' sentence (base64 body); pick-up and lesson length answered, whether she may come along on the first lesson is not.",
      cu("11-04 18:00", """Buenas tardes:

Les escribo porque mi hija Lucía (sí, ¡como usted!) cumple 17 años en diciembre y quiere empezar a conducir enseguida. Quisiera saber si los instructores pueden recogerla en el instituto, cuánto dura cada clase y si es posible que yo la acompañe en la primera clase, porque está un poco nerviosa.

Muchas gracias,
Carmen Ortega""", uq=1, cte="base64"),
      ag("lucia", "11-05 09:45", """Hola, Carmen:

¡Qué casualidad lo del nombre! Las clases son de una hora o de hora y media, como prefiera su hija, y el instructor puede recogerla en el instituto a la salida y dejarla en casa después.

Un saludo,
Lucía""")),

    C("l29-test-clash-manchester", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ruairi Coyle <ruairi.coyle@peatmail.example>", "gmail", "Moving my test",
      "Test clash: fee question answered, a new slot promised 'early next week' (Thursday -> by Tuesday) arrives on Wednesday; the sat-nav question is ignored.",
      cu("11-05 12:00", """Hi Ravi,

I've been offered a place on a course in Manchester that clashes with my test on 2 December. Can the test be moved to the week after? And if it can't, do I lose the test fee?

Also, random one, but is it true you can now take the test with a sat nav instead of following road signs? A mate said so.

Thanks,
Ruairi""", uq=1),
      ag("ravi", "11-05 15:30", """Hi Ruairi,

Moving a test needs three clear working days' notice, so you're fine on the fee - nothing is lost. Let me check with the test booking team which slots they have the week after, and I'll come back to you early next week.

Kind regards,
Ravi""", promises=[("11-10", 3)]),
      ag("ravi", "11-11 10:15", """Hi Ruairi,

Sorry for the delay - we've moved you to Wednesday 9 December at 13:50, same centre.

Kind regards,
Ravi""", parent=2)),

    C("l30-corrected-invoice", "en", "closed", {},
      "Helena Marsh <helena.marsh@marshdesign.example>", "owa", "Invoice address",
      "'I'll send you the corrected invoice tomorrow morning' kept the next morning with the PDF; thanks-only close.",
      cu("11-09 11:00", """Hello Moira,

The invoice you sent on Friday has my old address on it (Catherine Street). Could you reissue it with 7 Perowne Street, CB1 2AY? I need it for an expenses claim.

Thanks,
Helena"""),
      ag("moira", "11-09 13:30", """Dear Helena,

Apologies for that. I'll send you the corrected invoice tomorrow morning, once the system has picked up your new address.

Kind regards,
Moira""", promises=[("11-10", 3)]),
      ag("moira", "11-10 09:05", """Dear Helena,

As promised, the corrected invoice is attached, now addressed to 7 Perowne Street.

Kind regards,
Moira""", parent=2, attach=[("application/pdf", "LDS-7655-corrected.pdf", INVOICE_PERNE_PDF)]),
      cu("11-10 09:40", """Perfect, thank you!

Helena""", thanks=True)),

    C("l31-dunkelfahrt-inline", "de", "pending", {},
      "Jonas Albers <jonas.albers@jalbers.example>", "thunderbird_de", "Restliche Fahrstunden",
      "German pupil's three questions answered inline: a booking, 'Ja' with a price, and a bare number.",
      cu("11-16 17:30", """Hallo Frau Kröger,

ich hätte ein paar Fragen zu meinen restlichen Stunden:

Kann ich auch eine Stunde im Dunkeln fahren? Im Winter fahre ich ja meistens abends zur Arbeit.
Gibt es die Stunden auch als Doppelstunde?
Wie viele Stunden habe ich eigentlich noch übrig?

Danke und viele Grüße
Jonas Albers"""),
      ag("sabine", "11-17 09:20", """Hallo Herr Albers,

> Kann ich auch eine Stunde im Dunkeln fahren? Im Winter fahre ich ja meistens abends zur Arbeit.

Sehr gern, um 17 Uhr ist es im Moment ohnehin dunkel - ich habe Sie für Donnerstag um 17 Uhr eingetragen.

> Gibt es die Stunden auch als Doppelstunde?

Ja, zwei Stunden am Stück kosten 76 £.

> Wie viele Stunden habe ich eigentlich noch übrig?

Sechs.

Viele Grüße
Sabine Kröger""", quote=False)),

    C("l32-theory-pass-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Amira Haddad <amira.haddad@cedarline.example>", "gmail", "Theory passed - next steps",
      "Two questions resent word for word as a new mail two days later (a chase); both answered after the resend.",
      cu("11-09 13:00", """Hello,

I passed my theory test yesterday. Do you need a copy of the certificate before I can book the practical through you? And what's the earliest practical date you're seeing at the moment?

Thanks,
Amira Haddad"""),
      cu("11-11 13:05", """Hello,

I passed my theory test yesterday. Do you need a copy of the certificate before I can book the practical through you? And what's the earliest practical date you're seeing at the moment?

Thanks,
Amira Haddad""", chase=True, parent=0),
      ag("gwen", "11-11 15:20", """Hi Amira,

Sorry you had to send that twice, and congratulations on the pass! We only need the certificate number, not a copy - just reply with it. Practical tests at Cambridge are running about eleven weeks out at the moment, so late January, though cancellations do come up.

Best wishes,
Gwen""")),

    C("l33-sunday-lessons-afterthought", "en", "closed", {"unanswered-question": 1},
      "Isla Brennan <isla.brennan@harbourview.example>", "apple", "Two more hours with Priya",
      "Booking done; the customer's thank-you adds 'one more thing' about Sunday lessons, and the second reply ignores it.",
      cu("11-10 10:00", """Hi Gwen,

Could you book me in for two more hours with Priya? Any weekday evening next week is fine.

Isla"""),
      ag("gwen", "11-10 11:30", """Hi Isla,

Booked: Tuesday 17th and Thursday 19th, both 6-7pm with Priya.

Best wishes,
Gwen"""),
      cu("11-10 12:15", """Thank you! Oh, one more thing - do you do lessons on Sundays at all? My shifts change in December and Sunday might be my only free day.

Isla""", uq=1),
      ag("gwen", "11-10 14:00", """Hi Isla,

You're welcome! Priya says see you on Tuesday.

Best wishes,
Gwen""")),

    C("l34-numbered-answers", "en", "closed", {},
      "Ben Okonedo <ben.okonedo@riverside.example>", "thunderbird", "A few admin bits",
      "Four numbered items answered with a figure, 'Yes', a date and 'Attached'.",
      cu("11-03 19:00", """Hi,

Getting organised for the next few weeks:

1. How much is an extra 90-minute lesson?
2. Can my lessons this month all be with Femi rather than switching around?
3. When's the next mock test slot?
4. Please send me a statement of what I've paid since September.

Thanks,
Ben"""),
      ag("gwen", "11-04 10:00", """Hi Ben,

1. £57.
2. Yes - Femi has you every Monday and Thursday until the end of November.
3. Saturday 14th, 9am.
4. Attached.

Best wishes,
Gwen""", attach=[("application/pdf", "statement-okonedo.pdf", STATEMENT_PDF)])),

    C("l35-double-payment-window", "en", "closed", {"missed-follow-up": 1},
      "Chloe Fairbrother <chloe.fairbrother@linnet.example>", "gmail", "Paid twice for my block",
      "Double payment with a screenshot: 'I'll get back to you as soon as I hear from them' (no deadline, 2-day window); the next reply answers a new question only, the refund never comes.",
      cu("11-12 09:00", """Hi,

My bank app shows two payments to Larkspur for £380 on 10 November - I only bought one block of lessons. Screenshot attached. Can you check what happened and refund the second one?

Chloe""", attach=[("image/png", "bank-app.png", BANK_PNG)]),
      ag("moira", "11-12 11:40", """Dear Chloe,

I'm sorry about this. I can see both payments; I need to check with our card processor which one went through properly before I refund the other, and I'll get back to you as soon as I hear from them.

Kind regards,
Moira""", promises=[("window", None)]),
      cu("11-13 08:30", """Thanks Moira. Separate question while you look into it: can the block be used for motorway lessons after I pass, or is it for learner lessons only?

Chloe"""),
      ag("moira", "11-13 10:15", """Dear Chloe,

Any unused hours can go towards motorway lessons once you've passed - they come off the block at the same rate.

Kind regards,
Moira""")),

    C("l36-cours-le-samedi", "fr", "closed", {},
      "Inès Benali <ines.benali@lamarelle.example>", "apple_fr", "Cours de conduite",
      "French au pair: price, Saturdays and the provisional licence answered out of order; thanks-only close.",
      cu("11-05 13:20", """Bonjour,

Je suis au pair à Cambridge depuis septembre et j'aimerais apprendre à conduire ici. Est-ce que vous proposez des cours le samedi ? Combien coûte une heure de conduite ? Je voudrais aussi savoir s'il faut que j'apporte mon permis provisoire à chaque leçon.

Merci beaucoup,
Inès"""),
      ag("amelie", "11-05 16:00", """Bonjour Inès,

Une heure coûte 40 £ (38 £ si vous prenez un forfait de dix heures). Le samedi, nous avons des créneaux de 8 h à 16 h. Et oui, gardez toujours votre permis provisoire sur vous pendant les leçons, votre moniteur vous le demandera.

Belle journée,
Amélie"""),
      cu("11-05 16:30", """Parfait, merci beaucoup ! Bonne soirée.

Inès""", thanks=True)),

    C("l37-intensivo-enero", "es", "closed", {"missed-follow-up": 1},
      "Alejandro Mérida <a.merida@sierranet.example>", "gmail_es", "Curso intensivo en enero",
      "Writing from Spain: payment in two instalments answered, the January dates promised 'el lunes' and never sent.",
      cu("11-04 20:30", """Hola Lucía:

Me mudo a Cambridge en enero por trabajo y quiero hacer el curso intensivo nada más llegar, para poder conducir cuanto antes. ¿Qué fechas tenéis libres en la segunda quincena de enero? ¿Y se puede pagar en dos plazos?

Gracias y un saludo,
Alejandro""", tz=1),
      ag("lucia", "11-05 10:10", """Hola, Alejandro:

Sí, se puede pagar en dos plazos: la mitad al reservar y el resto una semana antes de empezar. Las fechas de enero todavía las están cerrando los instructores; te escribo el lunes con las semanas disponibles.

Un saludo,
Lucía""", promises=[("11-09", None)])),

    C("l38-postdoc-cancellation-html", "en", "pending", {"unanswered-question": 1},
      "Priyanka Menon <priyanka.menon@cambridgelabs.example>", "outlook", "Cancellation policy",
      "HTML-only Outlook mail: notice period answered with a figure and a link; starting from the Biomedical Campus is not answered.",
      cu("11-16 12:45", """Hi there,

I'm a postdoc and my hours are unpredictable, so I'd like to understand your cancellation policy before I commit to a block. How much notice do I need to give to cancel a lesson without paying for it? Also, do you offer lessons starting from the Biomedical Campus rather than from home?

Thanks,
Priyanka

Dr Priyanka Menon
Research Associate | Cambridge Labs
Please consider the environment before printing this email.""", uq=1, kind="html"),
      ag("gwen", "11-16 15:00", """Hi Priyanka,

48 hours. Anything later is charged in full unless you're ill, in which case we're flexible. Section 4 of our terms has the detail: https://larkspurdriving.example/terms?s=4

Best wishes,
Gwen""")),

    C("l39-second-opinion", "en", "closed", {},
      "Zoë Ferreira-Hughes <zoe.fh@larkrise.example>", "apple", "Second opinion before my test",
      "A delicate request in a long paragraph (quoted-printable, accents): a mock test with another instructor is booked and the fee rule explained.",
      cu("11-06 14:00", """Hi Callum,

Slightly awkward one. I've had 30 hours with Derek and he's told me I'm ready for my test, but after Tuesday's lesson - where I stalled four times at the same junction by the Grafton café - I really don't feel ready. Would it be possible to have a lesson or two with a different instructor, just to get a second opinion, without it looking like I'm unhappy with Derek? And if the second opinion is that I'm not ready, can I move my test (10 December) without losing the £62?

Zoë"""),
      ag("callum", "11-06 17:20", """Hi Zoë,

Not awkward at all - instructors do this for each other all the time, and Derek won't take it personally (in fact he suggested it when I asked him). I've booked you with Hannah on Tuesday 10 November at 4pm for a mock test.

As for the test: as long as you move it three clear working days beforehand, the £62 carries over to the new date. So if Hannah thinks you need more time, there's plenty of room to change it.

Cheers,
Callum""")),

    C("l40-switching-schools", "en", "pending",
      {"unanswered-question": 2, "customer-chased": 1, "slow-first-response": 1},
      "Marcus Ebdon <marcus.ebdon@wharfside.example>", "owa", "Switching from another driving school",
      "Four bullet questions on a Friday, acknowledged by the helpdesk, chased on Monday; the reply answers two (assessment, test date), not the Portuguese instructor or paying per lesson.",
      cu("11-13 08:20", """Hello,

I'm thinking of moving to Larkspur from another driving school - I've had about 25 hours elsewhere. A few questions first:

- Would I have to start again with an assessment lesson, or can I just carry on?
- Is it possible to keep my existing test date (15 January), which I booked myself?
- Do any of your instructors teach in Portuguese? My English is fine but some of the technical terms are a struggle.
- Can I pay lesson by lesson rather than buying a block?

Regards,
Marcus Ebdon""", uq=2),
      ack("11-13 08:21"),
      cu("11-16 09:10", """Hi, I haven't heard back about this - is it still worth me switching?

Marcus""", chase=True, parent=1),
      ag("gwen", "11-16 11:30", """Hi Marcus,

Sorry for the slow reply - Friday was chaos. You'd be very welcome. We'd start with a one-hour assessment drive (£40) so your new instructor can see where you are, then carry on from there; and your existing test date stays yours, as it's booked in your name, not the school's.

Best wishes,
Gwen""")),

    C("l41-schlussrechnung", "de", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Katharina Vogt <katharina.vogt@vogt-familie.example>", "gmail_de", "Abschlussrechnung Felix",
      "German mother asks for a final invoice, chases four days later ('ich warte leider immer noch'); the invoice is attached with an apology.",
      cu("11-12 10:30", """Liebe Frau Kröger,

mein Sohn Felix hat letzte Woche seine Prüfung bestanden - vielen Dank an Sie und an Tomasz! Könnten Sie mir bitte noch eine Abschlussrechnung über alle Fahrstunden schicken? Die brauche ich für unsere Unterlagen.

Herzliche Grüße
Katharina Vogt"""),
      cu("11-16 08:45", """Liebe Frau Kröger,

ich warte leider immer noch auf die Rechnung. Können Sie sie mir bitte bis Ende der Woche schicken?

Herzliche Grüße
Katharina Vogt""", chase=True),
      ag("sabine", "11-16 13:10", """Liebe Frau Vogt,

entschuldigen Sie bitte, Ihre erste Mail ist bei uns leider untergegangen. Die Abschlussrechnung finden Sie im Anhang - und herzlichen Glückwunsch an Felix!

Viele Grüße
Sabine Kröger""", attach=[("application/pdf", "Schlussrechnung-Vogt.pdf", SCHLUSS_PDF)])),

    C("l42-harry-out-of-office", "en", "closed", {},
      "Graham Tilley <graham.tilley@tilleyjoinery.example>", "outlook", "Harry's lesson next Wednesday",
      "Father books his son's lesson with the son in Cc; answered; the father's Outlook out-of-office replies to the answer.",
      cu("11-03 18:30", """Hi Gwen,

Can you book Harry in for his usual lesson next Wednesday, same time as always (4pm)? I'm away from tomorrow so please reply to both of us - Harry is copied.

Graham""", cc="Harry Tilley <harry.tilley@tilleyjoinery.example>"),
      ag("gwen", "11-04 09:15", """Hi Graham and Harry,

All booked: Wednesday 11 November, 4pm with Femi.

Best wishes,
Gwen""", cc="Harry Tilley <harry.tilley@tilleyjoinery.example>"),
      auto("11-04 09:16", """I am out of the office until Monday 16 November with no access to email. For anything urgent about a job please call Dave on 01632 960 118.

Graham Tilley
Tilley Joinery""", quote=False, subject="Automatic reply: RE: Harry's lesson next Wednesday")),

    C("l43-half-term-fresh", "en", "open", {},
      "Rhiannon Price <rhiannon.price@valleymail.example>", "gmail", "Intensive course in February half-term",
      "A fresh enquiry this morning with only the helpdesk acknowledgement: open, still inside the response target.",
      cu("11-20 09:40", """Hello,

I'd like to book an intensive course for the February half-term (15-19 Feb). Do you still have space, and is there a discount if my brother books the same week?

Thanks,
Rhiannon"""),
      ack("11-20 09:41")),

    C("l44-christmas-twins", "en", "pending", {},
      "Tom Ashworth <tom.ashworth@ashworthfarm.example>", "gmail", "Intensive course over Christmas",
      "Twins on the same Christmas course: pick-ups answered, instructors promised for Monday 23 November (deadline after the audit).",
      cu("11-18 19:00", """Hi Ravi,

My twin sister and I both want to do the intensive course over Christmas - the week of 28 December. Can we be on the same week with different instructors? And would you be able to do the pick-ups from our farm near Swaffham Prior, or is that too far out?

Tom"""),
      ag("ravi", "11-19 10:30", """Hi Tom,

Swaffham Prior is just inside our area, so pick-ups from the farm are included. Two instructors in the same week should be possible, but the Christmas rota isn't finalised until the weekend; I'll confirm both names on Monday 23 November.

Kind regards,
Ravi""", promises=[("11-23", None)])),

    C("l45-link-only", "en", "pending", {"unanswered-question": 1},
      "Lucy Harrower <lucy.harrower@skylark.example>", "iphone", "Lessons and payments",
      "Answered with a bare link for the lesson history; paying the next block in two instalments is not addressed.",
      cu("11-17 21:05", """Hi, where can I see how many lessons I've had and which ones are paid for? And can I pay for my next block in two instalments? Money's a bit tight before Christmas.

Lucy

Sent from my iPhone""", uq=1),
      ag("moira", "11-18 09:30", """Dear Lucy,

https://larkspurdriving.example/account/lessons

Kind regards,
Moira""")),

    C("l46-examen-inline", "es", "pending", {},
      "Marta Llorente <marta.llorente@olivar.example>", "gmail_es", "Dudas antes del examen",
      "Three pre-test questions answered inline in Spanish: a time, a 'No hace falta', a 'Claro que sí'.",
      cu("11-16 11:00", """Hola Lucía:

Unas dudas rápidas antes de mi examen del día 27:

¿A qué hora tengo que estar lista para la clase de calentamiento?
¿Tengo que llevar el DNI además del carnet provisional?
¿Me podéis dejar en el trabajo después del examen? Está en Hills Road.

¡Gracias!
Marta"""),
      ag("lucia", "11-16 13:20", """Hola, Marta:

> ¿A qué hora tengo que estar lista para la clase de calentamiento?

A las 8:15; Tomasz pasa a buscarte por casa.

> ¿Tengo que llevar el DNI además del carnet provisional?

No hace falta, con la tarjeta del carnet provisional basta.

> ¿Me podéis dejar en el trabajo después del examen? Está en Hills Road.

Claro que sí.

¡Mucha suerte!
Lucía""", quote=False)),

    C("l47-invoice-end-of-day", "en", "pending", {"missed-follow-up": 1},
      "Nathan Greaves <nathan.greaves@greaves-electrical.example>", "owa", "November invoice",
      "Wrong hours on an invoice: 'I'll email you a revised invoice by end of day' never sent; thanks-only reply.",
      cu("11-16 09:30", """Hi Moira,

The invoice for my November lessons shows 6 hours but I only had 5 - the lesson on the 10th was cancelled by the instructor. Could you correct it please?

Thanks,
Nathan"""),
      ag("moira", "11-16 11:00", """Dear Nathan,

You're quite right, apologies. I'll email you a revised invoice by end of day.

Kind regards,
Moira""", promises=[("11-16", None)]),
      cu("11-16 11:20", """Great, thanks Moira.

Nathan""", thanks=True)),

    C("l48-linksverkehr", "de", "closed", {"unanswered-question": 2},
      "Wolfgang Seidl <w.seidl@seidl-architektur.example>", "thunderbird_de", "Fahrstunden für meine Frau",
      "German husband: numbered questions plus an 'Außerdem wüsste ich gern, ob'; the programme and the discount are answered, the own car and help with the test booking are not.",
      cu("11-04 08:00", """Sehr geehrte Frau Kröger,

meine Frau hat einen Schweizer Führerschein und darf damit wohl nur noch bis März in Großbritannien fahren. Ich habe daher ein paar Fragen:

1. Bieten Sie Stunden speziell für erfahrene Fahrer an, die sich an den Linksverkehr gewöhnen müssen?
2. Kann meine Frau diese Stunden in unserem eigenen Auto nehmen?
3. Gibt es einen Rabatt, wenn wir fünf Stunden auf einmal buchen?

Außerdem wüsste ich gern, ob Sie bei der Anmeldung zur praktischen Prüfung helfen.

Mit freundlichen Grüßen
Wolfgang Seidl""", uq=2),
      ag("sabine", "11-04 12:30", """Sehr geehrter Herr Seidl,

vielen Dank für Ihre Anfrage. Genau dafür haben wir ein eigenes Programm: Stunden für erfahrene Fahrerinnen und Fahrer, die sich auf britische Straßen und den Linksverkehr umstellen. Bei fünf Stunden zahlen Sie 185 £ statt 200 £.

Mit freundlichen Grüßen
Sabine Kröger""")),

    C("l49-relance-remboursement", "fr", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Clémence Aubert <clemence.aubert@vallee.example>", "apple_fr", "Arrêt des leçons et remboursement",
      "Moving to London: refund asked on Friday, 'Je me permets de vous relancer' on Monday; refund done Tuesday, passing her file to a London school not addressed.",
      cu("11-13 14:00", """Bonjour,

Suite à mon déménagement à Londres, je souhaite arrêter mes leçons chez vous. Il me reste trois heures sur mon forfait : pourriez-vous me les rembourser ? J'aimerais aussi savoir si vous pouvez transmettre mon dossier (nombre d'heures, niveau) à une auto-école londonienne.

Bien cordialement,
Clémence Aubert""", uq=1),
      cu("11-16 17:00", """Bonjour,

Je me permets de vous relancer concernant ma demande de remboursement ci-dessous. Pourriez-vous me tenir au courant ?

Bien cordialement,
Clémence Aubert""", chase=True),
      ag("amelie", "11-17 09:30", """Bonjour Clémence,

Toutes nos excuses pour ce délai. Le remboursement des trois heures (114 £) a été effectué ce matin sur votre carte ; comptez trois à cinq jours ouvrés.

Belle installation à Londres !
Amélie""")),

    C("l50-cancellation-ill", "en", "closed", {},
      "Sophie Kendrick <sophie.kendrick@mapleleaf.example>", "gmail", "Lesson cancellation",
      "Same-day cancellation for illness: 'Of course', no charge. Shares its subject with l51 (a different customer).",
      cu("11-05 07:10", """Hi, I've come down with a horrible cold - can I cancel today's 5pm lesson? I know it's less than 48 hours, sorry.

Sophie"""),
      ag("gwen", "11-05 08:20", """Hi Sophie,

Of course - illness is the exception, so there's no charge. Get well soon! Your next lesson is still Monday at 5.

Best wishes,
Gwen""")),

    C("l51-cancellation-rota", "en", "closed", {},
      "Dominic Fry <dominic.fry@fryandco.example>", "android", "Lesson cancellation",
      "Same subject as l50, another customer: Sunday or next week? The agent picks next Saturday and explains the free cancellation.",
      cu("11-05 11:30", """Need to cancel Saturday's 11am with Tomasz, work has put me on the rota. Can we do Sunday instead or is it better to push to next week?

Dom

Get Outlook for Android"""),
      ag("gwen", "11-05 12:05", """Hi Dom,

Tomasz doesn't work Sundays, so I've moved you to next Saturday (14th) at 11am instead. No charge for this one - you gave us more than 48 hours.

Best wishes,
Gwen""")),

    C("l52-mock-test-lost-threading", "en", "closed", {"unanswered-question": 1},
      "Keisha Bamford <keisha.bamford@sunridge.example>", "android", "Mock test",
      "Mock test offered; the customer's reply lost its threading headers and adds two questions; show me/tell me answered, the marking sheet not.",
      cu("11-06 08:00", """Hi, can I book a mock test with someone other than my usual instructor? Want a fresh pair of eyes before the real thing on the 24th.

Keisha

Get Outlook for Android"""),
      ag("callum", "11-06 10:00", """Hi Keisha,

Good idea. Hannah can do a mock test on Wednesday 18th at 2pm - it's 90 minutes and costs £57. Shall I book it?

Cheers,
Callum"""),
      cu("11-06 10:40", """Yes please book it. Also does the mock test include the show me tell me questions? And can I get the marking sheet afterwards to keep?

Keisha

Get Outlook for Android""", uq=1, thread=False),
      ag("callum", "11-06 11:15", """Hi Keisha,

Booked - Wednesday 18th at 2pm with Hannah. She'll go through the show me / tell me questions too, exactly as the examiner would.

Cheers,
Callum""")),

    C("l53-jueves-por-la-tarde", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Sergio Campos <sergio.campos@rutamail.example>", "gmail_es", "Cambio de horario",
      "Move lessons to Thursdays: 'mañana te confirmo el horario' kept two days late; the request to resend the last receipt is ignored.",
      cu("11-09 10:00", """Hola Lucía,

¿Me puedes cambiar las clases de los martes a los jueves por la tarde? En el trabajo me han cambiado el turno. Si no puede ser con Femi, no pasa nada, me vale otro instructor.

Ah, y reenvíame el recibo del último pago, por favor, que no lo encuentro.

Gracias,
Sergio""", uq=1),
      ag("lucia", "11-09 12:15", """Hola, Sergio:

Lo miro con Femi y mañana te confirmo el horario.

Un saludo,
Lucía""", promises=[("11-10", 3)]),
      ag("lucia", "11-12 09:40", """Hola, Sergio:

Perdona el retraso. Femi puede los jueves a las 17:00, a partir del 19 de noviembre.

Un saludo,
Lucía""", parent=2)),

    C("l54-station-pickup", "en", "pending", {},
      "Aidan Rourke <aidan.rourke@quaymail.example>", "gmail", "Tuesday slot",
      "Two questions answered in one sentence ('Both fine: ...').",
      cu("11-18 13:00", """Hi Gwen,

Is the Tuesday 6pm slot with Priya still free from next week? And would Priya be OK picking me up from the station instead of home?

Aidan"""),
      ag("gwen", "11-18 14:10", """Hi Aidan,

Both fine: Tuesday 6pm is yours from the 24th, and Priya will meet you at the station taxi rank.

Best wishes,
Gwen""")),
]

UNANSWERED: dict[str, list[str]] = {
    "l02-netherhall-block-present": [
        "Could one of your instructors collect him from Netherhall School at 3.30 on weekdays?"],
    "l06-leeds-refund": [
        "I'd also like to know whether the £62 you took for my test booking on 14 December comes back to me too, or whether I have to cancel that with the DVSA myself."],
    "l08-changement-monitrice": [
        "Par ailleurs, j'aimerais recevoir une facture pour mes leçons d'octobre, mon employeur les rembourse."],
    "l10-dvsa-cancelled-test": [
        "And can I get a lesson on Thursday instead since I've booked the day off anyway?"],
    "l12-pass-plus-motorway": [
        "And could I use my own car for the motorway lessons?"],
    "l14-move-thursday-lesson": [
        "Also can you tell me how many hours I have left on my block, I have lost count."],
    "l15-nervous-mature-learner": [
        "I would also like to know roughly how many lessons someone of my age usually needs before taking the test, as I should like to budget for it sensibly.",
        "Finally, my eyesight is corrected with glasses - is there anything I need to do about that before starting?"],
    "l17-pruefung-rechnung": [
        "Ach ja, und darf meine Frau bei der Prüfung hinten mitfahren?"],
    "l22-mums-car-for-test": [
        "Is it possible to do the test in my mum's car rather than yours?"],
    "l26-brightwater-refreshers": [
        "We pay suppliers by invoice on 30-day terms, so please invoice us rather than taking card payments.",
        "Do you provide any kind of written assessment for our files?"],
    "l28-madre-hija": [
        "si es posible que yo la acompañe en la primera clase, porque está un poco nerviosa."],
    "l29-test-clash-manchester": [
        "Also, random one, but is it true you can now take the test with a sat nav instead of following road signs?"],
    "l33-sunday-lessons-afterthought": [
        "Oh, one more thing - do you do lessons on Sundays at all?"],
    "l38-postdoc-cancellation-html": [
        "Also, do you offer lessons starting from the Biomedical Campus rather than from home?"],
    "l40-switching-schools": [
        "Do any of your instructors teach in Portuguese?",
        "Can I pay lesson by lesson rather than buying a block?"],
    "l45-link-only": [
        "And can I pay for my next block in two instalments?"],
    "l48-linksverkehr": [
        "Kann meine Frau diese Stunden in unserem eigenen Auto nehmen?",
        "Außerdem wüsste ich gern, ob Sie bei der Anmeldung zur praktischen Prüfung helfen."],
    "l49-relance-remboursement": [
        "J'aimerais aussi savoir si vous pouvez transmettre mon dossier (nombre d'heures, niveau) à une auto-école londonienne."],
    "l52-mock-test-lost-threading": [
        "And can I get the marking sheet afterwards to keep?"],
    "l53-jueves-por-la-tarde": [
        "Ah, y reenvíame el recibo del último pago, por favor, que no lo encuentro."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"LDS-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=OFFICE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", OFFICE),
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
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 56: Larkspur Driving School - cases",
                                 "make_practice56_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def stats(cases: list[Case]) -> dict:
    """The corpus figures README.md quotes, counted from the cases themselves."""
    msgs = [m for c in cases for m in c.msgs]
    rules = Counter()
    for c in cases:
        rules.update(c.rules)
    return {
        "cases": len(cases), "messages": len(msgs),
        "inbox": sum(m.role in ("customer", "auto") for m in msgs),
        "customer": sum(m.role == "customer" for m in msgs),
        "auto": sum(m.role == "auto" for m in msgs),
        "agent": sum(m.role == "agent" for m in msgs),
        "ack": sum(m.role == "ack" for m in msgs),
        "clean": sum(not c.rules for c in cases),
        "langs": Counter(c.lang for c in cases),
        "status": Counter(c.status for c in cases),
        "rules": rules,
        "uq_cases": sum(bool(c.uq) for c in cases),
    }


def readme(cases: list[Case]) -> str:
    """README.md of the corpus: the company, the figures and what the cases contain by design."""
    s = stats(cases)
    langs = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in s["langs"].most_common())
    status = ", ".join(f"{n} {k}" for k, n in s["status"].most_common())
    found = ", ".join(f"{r} {s['rules'][r]}" for r in RULES if s["rules"].get(r))
    return f"""# Practice corpus 56: Larkspur Driving School support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Larkspur Driving School**, Cambridge: driving lessons and ten-hour blocks,
  five-day intensive courses, practical test bookings (and DVSA cancellations), theory-test
  help, instructor changes, mock tests, invoices, receipts, gift vouchers and refunds.
  Support address `office@larkspurdriving.example`; agents Gwen Aldous (bookings office),
  Ravi Chaudhry (intensive courses and test bookings), Moira Keane (accounts and refunds),
  Callum Fenwick (instructor team lead), Sabine Kröger (German-speaking pupils), Amélie Roux
  (French-speaking pupils) and Lucía Beltrán (Spanish-speaking pupils), all
  `@larkspurdriving.example`. A helpdesk robot (`office@larkspurdriving.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few mails with "we will reply within 24
  hours" - service-hours text, not a commitment.
- Customers are learners, parents, au pairs, students, new drivers and an employer on
  `*.example` domains. Everything is invented; phone numbers are in the 01632 960 drama range.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain larkspurdriving.example`.

```
python scripts/make_{NAME}_corpus.py                   # regenerate (deterministic, stdlib only)
python scripts/make_{NAME}_corpus.py --out /tmp/p56    # ... into another folder
python scripts/evaluate.py --corpus tests/{NAME}       # accuracy of the current tool
python -m pytest -q tests/test_{NAME}_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table; this README is generated too. Do not edit generated files; edit
the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

- {s['cases']} cases, {s['messages']} messages: {s['inbox']} in the inbox ({s['customer']} customer mails,
  {s['auto']} customer out-of-office reply), {s['agent']} support replies, {s['ack']} helpdesk acknowledgements.
- {s['clean']} clean cases ({100 * s['clean'] // s['cases']} %).
- Languages: {langs}.
- Statuses: {status}.
- Expected findings: {found}.
- The labelled unanswered questions sit in {s['uq_cases']} cases.

Answered questions (not labelled): most customer mails ask two to four things, and they are
answered in the agents' own words - out of order in one paragraph (l01, l07, l36), inline
under the quoted lines (l04, l31, l46), as a numbered list of bare answers ("£57.", "Yes",
"Saturday 14th, 9am.", "Attached.", l34), with only an attachment and a date (l21), a bare
figure ("48 hours.", l38), two answers in one sentence (l54), "Done" (l25), by a colleague
after a handover (l18, l23, l26), and after a chase (l03, l10, l24, l32, l41).

Unanswered questions are the realistic kind: a secondary question skipped while the main
point is handled (l02, l06, l12, l17, l29, l48, l52), a request made in passing in its own
paragraph ("Par ailleurs, j'aimerais recevoir une facture...", "Ah, y reenvíame el recibo..."),
a neighbouring question answered instead (l22: the school car's hire price for "in my mum's
car"), a link-only reply that covers one of two questions (l45), a question in a thank-you
mail after the case seemed done (l33), long indirect paragraphs with half the questions
answered (l15), a numbered or bulleted list with two of four items answered (l26, l40), one
clause of a three-part Spanish "Quisiera saber si..." sentence (l28).

Not questions (must not be flagged): rhetorical questions ("who leaves it this late?", l04;
"how is anyone meant to parallel park there?", l25), a question the customer answers
themself ("Where do I find my pupil number...? Oh wait, ignore that... found it", l25), the
questions inside a forwarded DVSA confirmation in an HTML-only mail (l16), a customer
signature "Book a table? https://...?src=email" (l13), the agents' own signatures ("Nervous
about your test? Ask us about a mock test.", `?` URLs), thanks-only mails (l01, l02, l05, l06,
l17, l27, l30, l36, l47), and the questions of a customer's latest unanswered mail, which
are `awaiting-reply` territory (l19, l20, l43).

Commitments: kept on time (l30 "tomorrow morning"), kept by a colleague (l18 "he'll be in
touch by tomorrow"), kept late = missed (l03 "by Wednesday" -> Monday after a chase; l24
"d'ici vendredi" -> Tuesday; l29 "early next week" said on a Thursday -> Wednesday; l53
"mañana te confirmo" -> two days later), never kept (l05 "tomorrow", l12 "by Friday", l17
"bis Donnerstag", l20 "mañana", l35 no deadline = 2-day window, l37 "el lunes", l47 "by end
of day"), and a deadline still ahead at audit time (l44, Monday 23 November). Not
commitments: pick-up logistics ("Femi will collect you from 41 Scotland Road at 4:30", l27;
l16, l52), posting logistics (l11), how refunds and DVSA rebooking work (l06, l10, l49), an
offer that waits for the customer ("just say the word and I'll make it permanent", l13; "I'll
match each carer with an instructor" once the names arrive, l26), and the acknowledgement's
"we will reply within 24 hours" (l19, l40, l43).

Chasing: "just following up on the test slot", "following up on this", "Hello? Is anyone
reading these?", "I haven't heard back about this", "ich warte leider immer noch auf die
Rechnung", "Je me permets de vous relancer" (twice), "¿hay alguna novedad sobre los
sábados?" and "Sigo esperando respuesta" (l20 chases twice: 2), and a word-for-word resend
as a new mail with the same subject (l32).

Status and timing: awaiting reply (l19, l20), a fresh case inside the response target with
only the acknowledgement (l43), slow first responses (l14, l32, l40, l41, l49), an explicit
close ("I'll mark this as resolved") followed by a new request (l23), three agents on one case
(l26), quiet-closed cases (support's last mail before 13 November 17:00) and pending ones.

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop (`RE:`/`AW:`, From:/Sent:
and Von:/Gesendet: header blocks), Outlook on the web, Outlook for Android, Apple Mail
(en/fr), iPhone, Thunderbird (en/de); top-posted and inline replies; plain 7bit,
quoted-printable (accents, an emoji), base64 (l28), HTML-only (l16, l38), multipart/alternative
(acknowledgements); PDF and PNG attachments (terms, receipts, invoices, a statement, a booking
form, a bank-app screenshot); a Cc'd second customer address and a customer's out-of-office
reply with `X-Autoreply` (l42); a customer reply that lost In-Reply-To/References (l52); a
customer replying to their own mail to chase (l14, l40, l41, l49); two customers with the
same subject "Lesson cancellation" (l50, l51); a customer corporate disclaimer (l21); senders
writing from UTC+1 (l07, l37).

## Judgement calls

- **Deferral is not an unanswered question** (l03, l05, l12, l17, l20, l24, l29, l35, l37,
  l44, l47, l53): a question answered with a promise counts only as that promise.
- **l10**: "Do you rebook it or do I have to do that myself?" is answered by "You don't need
  to do anything: DVSA offers a replacement date automatically"; the Thursday lesson is never
  mentioned. The chase a week later is about the missing new date.
- **l13**: the agent's "I've pencilled you in ... just say the word and I'll make it
  permanent" waits for the customer; she says the word and it is confirmed.
- **l22**: the reply prices the school's car ("If you take the test in our car, the hire
  costs £45"); whether her mum's car can be used is not answered.
- **l26**: "3. We pay suppliers by invoice on 30-day terms, so please invoice us rather than
  taking card payments." is one request; sending the booking form does not answer it.
- **l28**: the labelled text is the third clause of one sentence that asks three things; the
  first two clauses are answered.
- **l35**: the second reply answers the new motorway question only; the refund the first reply
  promised (no deadline: 2-day window) never comes.
- **l40**: "I haven't heard back about this - is it still worth me switching?" is a chase; its
  own question is answered by "You'd be very welcome".

## Independence

Written from the brief, /work/shared/report-contract.md, tests/eval/README.md,
scripts/mailcraft.py, scripts/make_practice24_corpus.py, tests/test_practice24_corpus.py and
tests/practice24/README.md (structure only; no wording or stories borrowed). Not opened:
`happyaudit/`, the README's method, accuracy and weak-point sections, any other test file or
corpus. All labels were fixed before the single evaluation run and none was changed after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.larkspurdriving.example")
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
    """Command line: regenerate tests/practice56 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
