#!/usr/bin/env python3
"""Regenerate ``tests/practice82/``: a labelled corpus of Torrin Ridge Climbing Centre.

A support mailbox of a fictional indoor climbing centre in Kendal (bouldering and roped
climbing, memberships and pauses, induction sessions and belay checks, kids' parties, school
and corporate groups, coaching, shoe hire and the shop, gift vouchers, refunds and invoices),
written without looking at the detection heuristics, with many customer questions. Audited
at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``torrinridgeclimbing.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains (figures computed).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice82_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
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
NAME = "practice82"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "torrinridgeclimbing.example"
DESK = "Torrin Ridge Front Desk <frontdesk@torrinridgeclimbing.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "fern": ("Fern Aldous <fern@torrinridgeclimbing.example>", "thunderbird", """-- 
Fern Aldous
Front Desk & Memberships | Torrin Ridge Climbing Centre
Ropewalk Mills, Mint Street, Kendal LA9 6DS | 01539 720 418
Book a session: https://torrinridgeclimbing.example/book?src=email"""),
    "callum": ("Callum Ruddock <callum@torrinridgeclimbing.example>", "outlook", """Callum Ruddock
Head Coach & Route Setting | Torrin Ridge Climbing Centre
New problems go up every Tuesday. Stuck on a project? Grab one of us on the floor."""),
    "priya": ("Priya Nandakumar <priya@torrinridgeclimbing.example>", "owa", """Priya Nandakumar
Parties, Groups & Schools | Torrin Ridge Climbing Centre
https://torrinridgeclimbing.example/parties?utm_source=mail&utm_medium=sig"""),
    "tom": ("Tom Ashworth <tom@torrinridgeclimbing.example>", "apple", """Tom Ashworth
Duty Manager - Accounts & Refunds
Torrin Ridge Climbing Centre Ltd, registered in England no. 09876543.
This email and any attachments are confidential. If you received it in error, please tell us and delete it."""),
    "jannik": ("Jannik Oberholz <jannik@torrinridgeclimbing.example>", "thunderbird_de", """-- 
Jannik Oberholz
Kundenservice (Deutsch) | Torrin Ridge Climbing Centre
https://torrinridgeclimbing.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@torrinridgeclimbing.example>", "apple_fr", """Amélie Roussel
Accueil francophone | Torrin Ridge Climbing Centre
https://torrinridgeclimbing.example/fr/?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@torrinridgeclimbing.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Torrin Ridge Climbing Centre
+44 1539 720 419"""),
}

ACK = """Hi there,

Thanks for getting in touch with Torrin Ridge Climbing Centre - this is an automatic
reply to let you know your email reached us (reference {ref}). The desk team answers
email during opening hours and we aim to reply within one working day.

Need to change a session that starts in the next two hours? Please ring 01539 720 418.

Torrin Ridge Front Desk
https://torrinridgeclimbing.example/help?ref={ref}"""

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
    "oldclient": ["X-Mailer: Eudora Light 3.0.6 (32)"],
    "helpdesk": ["X-Mailer: Torrin Ridge Desk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="trc.", outlook_server="AM6PR0")
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
    """A reply by support agent ``who`` at ``when`` (Kendal time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Kendal: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

PLAN_PDF = mailcraft.pdf(["Torrin Ridge Climbing Centre - Youth squad plan",
                          "Poppy B., Nov 2026 - Feb 2027",
                          "Week 1-4: youth club x2, 1:1 fortnightly (Sat)",
                          "Home: core and shoulder routine, page 2"])
INVOICE_PDF = mailcraft.pdf(["Torrin Ridge Climbing Centre Ltd - Rechnung TR-2210-K",
                             "Kroeger Logistik GmbH, UK branch",
                             "USt-IdNr. GB 284 1193 07",
                             "Teamevent 30.10.2026, 18 Personen - GBP 576.00"])
SHOE_PNG = mailcraft.png(14, 9, lambda x, y: (120 + 6 * x, 90 + 4 * y, 70))

CASES: list[Case] = [
    C("t01-holloway-family-membership", "en", "closed", {},
      "Ruth Holloway <ruth.holloway@fellsidemail.example>", "gmail", "Family membership - a few questions",
      "Three numbered questions about a family membership answered in two paragraphs, the last one first.",
      cu("11-02 09:10", """Hi,

We've been coming as a family on day passes since the summer and it's getting expensive, so I'm looking at the family membership. A few things I couldn't work out from the website:

1. Does it cover two adults and three children? Our youngest is 6.
2. The kids have done the junior induction but I haven't - can they still climb with my husband while I watch?
3. Is there a way to pay monthly rather than the full year up front?

Thanks very much,
Ruth Holloway"""),
      ag("fern", "11-02 11:40", """Hi Ruth,

Thanks for getting in touch. Monthly is fine - it's £84 a month by direct debit with no joining fee if you sign up before the end of November, or £890 for the year. The family membership covers two adults and up to four children aged 5-17, so your six-year-old is included.

As long as one inducted adult is supervising on the mat, the kids can climb while you watch; if you'd like to join in at some point, the adult induction is free for members and takes about 45 minutes.

Best wishes,
Fern""")),

    C("t02-barraclough-induction", "en", "closed", {"unanswered-question": 1},
      "Neil Barraclough <n.barraclough@kentvalley-eng.example>", "outlook", "Induction booking",
      "Times and kit for a weekend induction answered with a booking link; the lead-or-top-rope question is skipped; thanks-only close.",
      cu("11-03 12:05", """Hello,

My daughter (19) and I would like to start roped climbing with you. What time are the induction sessions at weekends? Do we need our own harnesses or are they provided?

Could you also let me know if the induction covers lead climbing or just top-rope? I did a bit of leading at university but that was a long time ago.

Regards,
Neil Barraclough
Senior Engineer | Kent Valley Engineering Ltd
T: 01539 555 019
This email and its attachments are intended for the addressee only.""", uq=1),
      ag("callum", "11-03 15:20", """Hi Neil,

Weekend inductions run at 9:30 and 13:00 on Saturdays and at 10:00 on Sundays, and they last about an hour and a half. Harnesses, belay devices and shoes are all included for the session, so you just need comfy clothes.

You can book both places here: https://torrinridgeclimbing.example/book/induction?day=weekend

Cheers,
Callum"""),
      cu("11-03 16:02", """Perfect, thanks Callum. Booked for Saturday 9:30.

Neil""", thanks=True)),

    C("t03-okafor-party", "en", "pending", {},
      "Chioma Okafor <chioma@okaforfamily.example>", "gmail", "Birthday party 28th Nov?",
      "Four party questions answered inline under the quoted lines (one with a single word, one with a payment link); thanks-only reply.",
      cu("11-16 20:45", """Hello!

My son Tobi turns 8 on the 28th and he's desperate to have his party at Torrin Ridge after going to his friend's one there. Is Saturday 28 November at 2pm still free? There'd be 10 children including him, all aged 7-8.

What's the youngest age you take for parties, just so I know for his little sister next year, haha. And can we bring our own birthday cake or does it have to come from your café?

Also how much is the deposit and when do you need it by?

Thanks so much,
Chioma"""),
      ag("priya", "11-17 09:30", """Hi Chioma,

Happy early birthday to Tobi! Answers below.

> Is Saturday 28 November at 2pm still free? There'd be 10 children including him, all aged 7-8.

It is - I've pencilled you in for 2-4pm (an hour of climbing with two instructors, then an hour in the party room).

> What's the youngest age you take for parties

Five.

> can we bring our own birthday cake or does it have to come from your café?

Your own cake is absolutely fine, we just ask that you take any leftovers home with you.

> Also how much is the deposit and when do you need it by?

£50, within seven days to hold the slot: https://torrinridgeclimbing.example/pay?booking=P-2811-14

Priya""", quote=False),
      cu("11-17 18:10", """Deposit paid - thank you!! Tobi is so excited.

Chioma""", thanks=True)),

    C("t04-lowther-school-shoes", "en", "closed", {"unanswered-question": 2},
      "Gemma Whitlock <g.whitlock@lowtherprimary.example>", "owa", "After-school club - shoes for Thursday",
      "A teacher asks four things in one paragraph; the reply covers shoe sizes and chalk, not the reservation of 12 pairs nor socks.",
      cu("11-04 08:15", """Dear Torrin Ridge,

We are bringing our after-school climbing club (12 children, Years 4-6) for the first time on Thursday at 4pm. I have a couple of practical questions before I send the letter home to parents.

Do you have hire shoes in children's sizes as small as a 10? Please could you put 12 pairs aside for us for Thursday's session, I will send the sizes tomorrow. Do the children need to wear socks with the hire shoes? Is chalk included, or should they bring their own?

Many thanks,
Gemma Whitlock
Year 5 Teacher and Clubs Lead
Lowther Primary School""", uq=2),
      ag("priya", "11-04 10:50", """Dear Gemma,

Thanks for your email - we're looking forward to meeting the club on Thursday.

Our hire shoes go from a child's size 10 right up to an adult 13, so everyone will be covered, and chalk is provided for school groups as part of the session price.

Kind regards,
Priya""")),

    C("t05-marsh-coaching-quote", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Hannah Marsh <hannahmarsh@pinemail.example>", "apple", "1:1 lead coaching",
      "Price and dates for a block of lead coaching promised 'by Friday', sent the next Tuesday after the customer asks for news: kept late = missed.",
      cu("11-03 19:30", """Hi,

I've been bouldering at yours for a couple of years and want to move onto leading properly this winter. Do you offer private one-to-one coaching for lead? I'm thinking something like 4 sessions. What would that cost and are there any weekday evening slots?

Thanks,
Hannah"""),
      ag("callum", "11-04 10:05", """Hi Hannah,

We do - Jess Quinlan runs most of our 1:1 lead coaching and a block of four is the usual way to do it. Her evening availability changes week to week, so I'll check with her and send you a price and some dates by Friday.

Cheers,
Callum""", promises=[("11-06", 4)]),
      cu("11-10 08:50", """Hi Callum,

Any news on the coaching dates? Keen to get started before Christmas if possible.

Hannah""", chase=True),
      ag("callum", "11-10 12:30", """Hi Hannah,

Apologies - this got stuck in my drafts. Jess can do Tuesdays at 6:30pm starting 17 November. A block of four 90-minute sessions is £220, and that includes the lead assessment at the end. Shall I book you in?

Callum""")),

    C("t06-brandt-pause", "de", "closed", {},
      "Lukas Brandt <lukas.brandt@posteo.example>", "thunderbird_de", "Mitgliedschaft pausieren über Weihnachten",
      "A member asks whether he can pause over Christmas, what it costs and whether he can end the pause early; all three answered in German.",
      cu("11-05 21:10", """Hallo zusammen,

ich bin von Mitte Dezember bis Ende Januar bei meiner Familie in Freiburg und würde meine Mitgliedschaft in der Zeit gern ruhen lassen. Geht das, und was kostet das? Und falls ich doch früher zurückkomme: Kann ich die Pause dann einfach vorzeitig beenden?

Danke und viele Grüße
Lukas Brandt"""),
      ag("jannik", "11-06 09:40", """Hallo Lukas,

klar, das geht. Wir pausieren Mitgliedschaften ab zwei Wochen Dauer, die Pause kostet 5 £ pro Monat statt des normalen Beitrags, und ich habe sie für dich vom 14. Dezember bis 31. Januar eingetragen. Wenn du früher zurück bist, sag einfach am Empfang Bescheid - dann schalten wir die Mitgliedschaft am selben Tag wieder frei und rechnen taggenau ab.

Viele Grüße
Jannik""")),

    C("t07-pereira-lost-property", "en", "pending", {"missed-follow-up": 1},
      "Daniel Pereira <dpereira@lakelandmail.example>", "gmail", "Lost chalk bag and bottle",
      "'I'll go through the box this afternoon and let you know what's there' - no deadline, nothing within the two-day window.",
      cu("11-15 19:20", """Hi there,

I think I left my chalk bag (green, with a little carabiner keyring on it) and a blue Nalgene bottle by the bench in the bouldering cave on Saturday afternoon. Has anyone handed them in? If so could you keep them at the desk until Wednesday? That's the next time I can get in.

Cheers,
Dan"""),
      ag("fern", "11-16 10:10", """Hi Dan,

Sorry to hear that! Saturday's lost property hasn't been sorted yet - I'll go through the box this afternoon and let you know what's there.

Fern""", promises=[("window", None)])),

    C("t08-girard-fete", "fr", "closed", {"unanswered-question": 1},
      "Céline Girard <celine.girard@orange-mail.example>", "apple_fr", "Anniversaire de Léo - changement de date",
      "A party moved by a week and the deposit carried over; the request for an invoice in the name of her company is not taken up.",
      cu("11-05 13:40", """Bonjour,

Nous avons réservé l'anniversaire de mon fils Léo pour le dimanche 15 novembre à 10h (réservation P-1511-03). Malheureusement, la moitié de la classe part en sortie scolaire ce week-end-là.

Est-ce qu'on pourrait décaler la fête au dimanche 22 novembre, même heure ? Je voudrais savoir aussi si l'acompte de 50 £ reste valable pour la nouvelle date ou s'il faut le repayer.

Pouvez-vous également m'envoyer une facture au nom de ma société (Girard Traductions Ltd) ? Mon comptable me la demande.

Merci beaucoup et bonne journée,
Céline Girard""", uq=1),
      ag("amelie", "11-05 16:15", """Bonjour Céline,

C'est fait : la fête de Léo est maintenant le dimanche 22 novembre à 10h, même formule, et votre acompte est simplement reporté sur cette date - vous n'avez rien à repayer.

Belle journée,
Amélie""")),

    C("t09-iqbal-own-rope", "en", "closed", {"slow-first-response": 1},
      "Sami Iqbal <sami.iqbal@northmail.example>", "thunderbird", "Own rope on the lead wall?",
      "Friday-evening questions (own rope, auto-belay checks) answered fully on Monday morning: slow first response only.",
      cu("11-06 18:35", """Hi,

Quick question before I come in next week: am I allowed to use my own rope on the lead wall, or do you insist on the house ropes? It's a 9.8 Mammut, about two years old, never caught a big fall.

Also, how often do the auto-belays get checked? Not doubting you, I'm just the nervous type.

Sami"""),
      ag("callum", "11-09 09:45", """Hi Sami,

Your own rope is fine on the lead wall as long as it's a dynamic single rope of at least 9.5mm and in good nick - staff may ask to see it at the desk on your first visit. The auto-belays get a visual check every morning before we open and a full inspection by the manufacturer's engineer every three months; the last one was on 2 November.

Callum""")),

    C("t10-ketley-team-day", "en", "pending", {"many-handoffs": 1},
      "Rob Ketley <rob.ketley@arncliffe-solar.example>", "outlook", "Team away day - 25 people",
      "A corporate half-day: price from the groups desk, invoicing from accounts, instructor numbers from the head coach - three agents, everything answered; thanks-only reply.",
      cu("11-16 11:00", """Hi,

I'm organising a team day for Arncliffe Solar in early December, 25 people, mostly complete beginners. Could you quote for a half-day session with instruction on Friday 4 December? We'd also need an invoice to our finance team rather than paying on the day, and I'd like to know how many instructors you'd provide for a group of that size.

Thanks,
Rob Ketley
Operations Manager, Arncliffe Solar""", kind="alt"),
      ag("priya", "11-16 13:20", """Hi Rob,

Friday 4 December morning (9:30-12:30) is free. For 25 beginners the half-day is £32 per person including shoes and harnesses, so £800 in total. I've copied in Tom, who looks after invoicing.

Priya""", cc="Tom Ashworth <tom@torrinridgeclimbing.example>"),
      ag("tom", "11-16 14:05", """Hi Rob,

Happy to invoice - send me your PO number and the finance team's email address and I'll raise it once you confirm the booking. Our terms are 30 days.

Tom"""),
      ag("callum", "11-16 15:30", """Hi Rob,

Just jumping in on the instructor question: for 25 beginners we'd put four instructors on, so groups of six or seven, with one of them running a bouldering station while the others are on the ropes.

Callum"""),
      cu("11-16 16:10", """Brilliant, thanks all - PO to follow once it's been raised.

Rob""", thanks=True)),

    C("t11-farrell-punch-card", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Siobhan Farrell <siobhan.farrell@webmail.example>", "gmail", "Refund for unused visits",
      "Refund or transfer of a part-used 10-visit card: only the acknowledgement, then the customer checks in on her own mail; no human reply.",
      cu("11-16 12:30", """Hello,

I'm moving to Bristol at the end of the month for work and I still have 6 visits left on my 10-visit card (bought in September). Is it possible to get a refund for the unused visits, or transfer them to a friend?

Thanks,
Siobhan Farrell"""),
      ack("11-16 12:31"),
      cu("11-18 14:15", """Hi, just checking in on this - I haven't had a reply yet and I'm running out of time before the move.

Siobhan""", chase=True, parent=1)),

    C("t12-webb-league", "en", "open", {},
      "Marcus Webb <marcuswebb@fastmail.example>", "iphone", "Winter bouldering league",
      "Question about the league on the audit day; only the acknowledgement so far (inside the response target).",
      cu("11-20 09:40", """Hi, saw the poster about the winter bouldering league. Is it open to non-members and how much does it cost to enter?

Marcus

Sent from my iPhone"""),
      ack("11-20 09:41")),

    C("t13-dunmore-double-charge", "en", "closed", {"reopened": 1},
      "Aoife Dunmore <aoife.dunmore@greenmail.example>", "owa", "Charged twice for November",
      "Duplicate direct debit refunded and marked resolved; the member comes back with a new question about the December amount, answered.",
      cu("11-03 08:20", """Hi,

My bank statement shows two payments of £52 to Torrin Ridge on 1 November - it looks like the membership direct debit went out twice. Please refund the duplicate.

Aoife Dunmore
Membership no. TR-40712"""),
      ag("tom", "11-03 11:30", """Hi Aoife,

You're right, our payment provider re-ran a batch on the 1st and a handful of members were charged twice - sorry about that. I've refunded the second £52 to the same card today; it normally takes 3-5 working days to show. I'll mark this as resolved on our side.

Best,
Tom""", closes=True),
      cu("11-12 09:10", """Hi Tom,

The refund came through, thanks. But I've just noticed the December payment is showing as £58 in the app rather than £52. Has the price gone up? Nobody told me.

Aoife"""),
      ag("tom", "11-12 13:45", """Hi Aoife,

Your price hasn't changed - £58 is the new rate for members joining from 1 December, and the app was showing it to everyone by mistake. Your December payment will be £52 as usual; the app was fixed this morning.

Tom""")),

    C("t14-morales-bono", "es", "closed", {"unanswered-question": 1},
      "Paula Morales <paula.morales@correo.example>", "gmail_es", "Bono de 10 entradas",
      "An exchange student asks price and validity of the student 10-visit card (answered) and whether she can share it with her flatmate (not answered).",
      cu("11-05 17:25", """Hola:

Soy estudiante de intercambio en Lancaster y vengo a escalar con unas amigas casi todos los fines de semana. ¿Cuánto cuesta el bono de 10 entradas con descuento de estudiante? ¿Y cuánto tiempo es válido?

Quería saber también si se puede compartir con mi compañera de piso, que también escala, o si es personal.

Muchas gracias,
Paula""", uq=1),
      ag("lucia", "11-06 10:00", """Hola, Paula:

¡Gracias por escribirnos! El bono de 10 entradas para estudiantes cuesta 95 £ (en vez de 115 £) y es válido durante 12 meses desde la primera visita. Solo tienes que enseñar el carné de estudiante la primera vez en recepción.

Un saludo,
Lucía""")),

    C("t15-beckwith-school-ra", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Alan Beckwith <a.beckwith@kirkbyhigh.example>", "outlook", "Year 9 trip - risk assessment and ratios",
      "A school trip needs three things in a list: the ratio is answered, the risk assessment promised 'tomorrow' never comes, the asthma-form question is skipped.",
      cu("11-16 09:05", """Good morning,

I'm leading a Year 9 enrichment trip to the centre on Thursday 3 December (28 students, 3 staff). To get the trip signed off by our Educational Visits Coordinator I need a few things from you:

- a copy of your current risk assessment for school groups
- the instructor to student ratio you work to
- confirmation of whether students with asthma need any additional medical form from you, or whether our own school forms are enough

Our EVC's deadline is Friday, so anything you can send this week would be a great help.

Kind regards,
Alan Beckwith
Head of PE, Kirkby High School""", uq=1, kind="alt"),
      ag("priya", "11-16 12:10", """Dear Alan,

For school groups we work to one instructor per eight students on the ropes, so for 28 students you'd have four instructors, with your three staff supervising the bouldering rotation.

Our risk assessment is being re-signed this week after the annual review. I'll send you the new version tomorrow once our manager has signed it off.

Kind regards,
Priya""", promises=[("11-17", None)])),

    C("t16-nolan-christmas-hours", "en", "closed", {},
      "Bridget Nolan <bridget.nolan@lakesmail.example>", "apple", "Christmas opening",
      "Christmas hours answered with a link and a summary, holiday prices with one sentence.",
      cu("11-09 14:30", """Hi,

My brother and his kids are staying with us over Christmas and they're all climbers. Will you be open between Christmas and New Year? And do the day pass prices go up during the holidays, like the ski places do?

Thanks,
Bridget"""),
      ag("fern", "11-09 15:05", """Hi Bridget,

All our festive hours are on https://torrinridgeclimbing.example/opening-hours#christmas - in short, we're shut on the 25th and 26th and open 10-6 every other day. Prices stay exactly the same as the rest of the year.

Fern""")),

    C("t17-schaefer-schuhe", "de", "pending", {},
      "Miriam Schäfer <miriam.schaefer@gmx-mail.example>", "gmail_de", "Kletterschuhe im Shop",
      "Shoe size in stock and a reservation: 'ich melde mich morgen' kept the next morning by the same agent.",
      cu("11-17 08:30", """Hallo Herr Oberholz,

führen Sie in Ihrem Shop den La Sportiva Solution Comp in Größe 41,5? Falls ja, könnten Sie mir bitte ein Paar bis Samstag zurücklegen? Ich würde sie gern vorher anprobieren.

Viele Grüße
Miriam Schäfer"""),
      ag("jannik", "11-17 10:15", """Hallo Frau Schäfer,

der Shop hat heute geschlossen. Ich frage morgen früh beim Kollegen nach und melde mich dann bei Ihnen.

Viele Grüße
Jannik Oberholz""", promises=[("11-18", 3)]),
      ag("jannik", "11-18 09:50", """Hallo Frau Schäfer,

gute Nachrichten: Wir haben noch ein Paar in 41,5. Es liegt mit Ihrem Namen an der Kasse und bleibt bis Samstag, 18 Uhr, für Sie reserviert. Anprobieren ist natürlich kein Problem.

Viele Grüße
Jannik Oberholz""")),

    C("t18-ashdown-party-chaser", "en", "open", {"customer-chased": 2, "awaiting-reply": 1},
      "Kerry Ashdown <kerry.ashdown@homemail.example>", "android", "Party 5 December",
      "The groups desk asks for numbers; the customer answers with two new questions and then chases twice in a week without a reply.",
      cu("11-09 20:10", """Hi, is Saturday 5th December available for a climbing party? My daughter will be 10.

Kerry

Get Outlook for Android"""),
      ag("priya", "11-10 09:15", """Hi Kerry,

The 5th has a morning slot (10-12) and an afternoon slot (1-3) left. How many children would be coming, and would you like the pizza add-on? Then I can give you a price and hold the slot.

Priya"""),
      cu("11-10 19:40", """Hi Priya, morning please. It'll be 12 kids plus my daughter so 13. Yes to pizza. Can you also do a gluten free pizza for one of them? And what's the price for that?

Kerry

Get Outlook for Android"""),
      cu("11-17 08:05", """Hi, just checking you got my reply below? Want to get the invites out.

Kerry""", chase=True, parent=3),
      cu("11-19 12:30", """Still waiting to hear back about the 5th - if you can't fit us in please let me know so I can book somewhere else.

Kerry

Get Outlook for Android""", chase=True, parent=4)),

    C("t19-lambert-etudiant", "fr", "closed", {},
      "Hugo Lambert <hugo.lambert@etu-mail.example>", "gmail", "Tarif étudiant",
      "An Erasmus student asks about a student rate and whether his French student card is accepted; both answered.",
      cu("11-04 18:00", """Bonjour,

Je suis en Erasmus à l'université de Lancaster jusqu'en juin. Est-ce que vous avez un tarif étudiant pour l'abonnement mensuel ? Et est-ce qu'il faut une carte étudiante britannique, ou ma carte de Sciences Po suffit ?

Merci d'avance !
Hugo"""),
      ag("amelie", "11-05 09:30", """Bonjour Hugo,

Oui : l'abonnement mensuel étudiant est à 38 £ au lieu de 52 £. Votre carte de Sciences Po convient très bien, du moment qu'elle est valable pour cette année universitaire.

À bientôt au mur,
Amélie""")),

    C("t20-navarro-cumple", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Marta Navarro <marta.navarro@correo-e.example>", "gmail_es", "Cumpleaños de Daniela - 12 de diciembre",
      "Package and price answered, availability promised for Monday ('te confirmo el lunes') and given on Wednesday after '¿Hay alguna novedad?'.",
      cu("11-12 10:30", """Hola Lucía:

Nos dijo una amiga que hablas español, ¡qué alivio! Queremos celebrar el cumpleaños de mi hija Daniela (9 años) el sábado 12 de diciembre por la tarde. ¿Tenéis hueco ese día? Serían unos 14 niños.

¿Qué incluye el paquete de cumpleaños y cuánto cuesta por niño?

Gracias,
Marta"""),
      ag("lucia", "11-12 13:00", """¡Hola, Marta!

El paquete incluye una hora de escalada con dos monitores, el material (pies de gato, arneses y magnesio) y una hora en la sala de fiestas, y cuesta 19 £ por niño (mínimo 8). Sobre el sábado 12: la agenda de diciembre la cerramos este fin de semana, así que te confirmo el lunes si hay hueco por la tarde.

Un abrazo,
Lucía""", promises=[("11-16", 4)]),
      cu("11-18 09:20", """Hola Lucía:

¿Hay alguna novedad sobre el sábado 12? Sigo esperando la confirmación y los invitados ya me preguntan.

Marta""", chase=True),
      ag("lucia", "11-18 11:40", """Hola, Marta:

¡Perdona el retraso! Sí, tenéis el sábado 12 de 15:00 a 17:00. Te lo dejo reservado; para confirmarlo solo falta la señal de 50 £: https://torrinridgeclimbing.example/pay?booking=P-1212-07

Un abrazo,
Lucía""")),
]

CASES += [
    C("t21-grayson-autobelay", "en", "closed", {"unanswered-question": 1},
      "Oliver Grayson <ol.grayson@mailbox.example>", "gmail", "Fall on auto-belay lane 4",
      "A hard catch on an auto-belay: the lane check and the refund are answered, the request for a copy of the incident report is not.",
      cu("11-08 20:50", """Hello,

I was at the centre this afternoon with my partner and I'd like to report something. On auto-belay lane 4 (the orange one at the far end) the line paid out for what felt like a good metre before it caught me, and I landed quite hard on the mat. I'm fine apart from a sore ankle, but it really shook me up.

Has the lane been checked since? The lad on the desk filled in a form at the time. I'd also like a copy of the incident report that your staff member filled in. And to be honest I'd appreciate a refund of my day pass, as I left straight after.

Oliver Grayson""", uq=1),
      ag("tom", "11-09 10:20", """Dear Oliver,

I'm sorry this happened, and glad you're not badly hurt. Lane 4 was closed as soon as it was reported on Sunday and the unit was swapped for a spare the same evening; the original has gone back to the manufacturer for testing.

I've refunded your £14 day pass to the card you paid with.

Kind regards,
Tom""")),

    C("t22-ellwood-voucher-html", "en", "closed", {},
      "Janet Ellwood <janet@ellwoodandco.example>", "apple", "Gift voucher for my nephew",
      "HTML-only mail with a signature question and a '?' link; expiry and amount answered in one sentence, plus a link.",
      cu("11-10 13:15", """Good afternoon,

I would like to buy a gift voucher for my nephew, who has just taken up climbing. Do your vouchers have an expiry date? Can I choose any amount, or are there only set packages?

With thanks,
Janet Ellwood

Ellwood & Co. Bookkeeping
Questions about your accounts? https://ellwoodandco.example/contact?src=email""", kind="html"),
      ag("fern", "11-10 14:00", """Hi Janet,

Any amount from £10 upwards, and they're valid for two years from the date of purchase. You can buy them online and print them at home (https://torrinridgeclimbing.example/vouchers) or pick up a card version from the desk.

Fern""")),

    C("t23-rahman-sunday", "en", "pending", {"unanswered-question": 1},
      "Josh Rahman <josh.rahman@quickmail.example>", "iphone", "Sunday morning",
      "Short iPhone mail: Sunday opening answered with extra detail about the walls; the café question is skipped.",
      cu("11-18 21:30", """Hey, are you open Sunday morning for bouldering? Coming up with a couple of mates from Manchester. Is the café open too? Want to grab breakfast first.

Josh

Sent from my iPhone""", uq=1),
      ag("fern", "11-19 09:20", """Hi Josh,

We open at 9 on Sundays and the whole bouldering hall is available - there's a new circuit of blues and purples up in the cave this week too. The lead wall is closed until 12 for route setting, if that matters to anyone.

See you Sunday,
Fern""")),

    C("t24-hutchins-cancel", "en", "closed", {"missed-follow-up": 1},
      "Graham Hutchins <g.hutchins@fellmail.example>", "thunderbird", "Cancelling my membership",
      "Cancellation after an operation: 'Tom will confirm your last payment date by Wednesday' - Tom never writes.",
      cu("11-09 08:40", """Hello,

Sadly I've had to have a shoulder operation and won't be climbing for the foreseeable future, so I'd like to cancel my membership please. What will the last payment date be? I'd rather not be charged for December if possible.

Regards,
Graham Hutchins"""),
      ag("fern", "11-09 10:30", """Hi Graham,

Sorry to hear about the shoulder - wishing you a quick recovery. I've passed your cancellation to our accounts team, and Tom will confirm your last payment date by Wednesday.

Best wishes,
Fern""", promises=[("11-11", None)])),

    C("t25-quinn-belay-transfer", "en", "closed", {},
      "Ellie Quinn <ellie.quinn@mailpost.example>", "gmail", "Belay check - climbed at other walls",
      "An experienced climber asks about a shorter check and whether to book; both answered; thanks-only reply.",
      cu("11-11 10:00", """Hi,

I've been climbing for five years, mostly at the Depot in Manchester, and have just moved to Kendal. Do I need to do the full induction, or is there a quicker belay check for experienced climbers? Can I do it any time or do I need to book?

Ellie"""),
      ag("callum", "11-11 11:30", """Hi Ellie,

Welcome to Kendal! No need for the full induction - it's a ten-minute belay check with whoever is on the floor, no booking needed. Just mention it at the desk when you come in and bring a partner if you can.

Callum"""),
      cu("11-11 12:05", """Brilliant, see you Saturday!

Ellie""", thanks=True)),

    C("t26-harper-intro-course", "en", "pending", {},
      "Tessa Harper <tessa.harper@inbox.example>", "owa", "Beginners' course in January",
      "Course length answered, the exact start date promised for Monday 23 November - after the audit time, so not yet due.",
      cu("11-19 11:00", """Hello,

When do the January beginners' courses start, and how many weeks do they run for? I'd like to book it for my husband as a Christmas present.

Tessa Harper"""),
      ag("fern", "11-19 12:40", """Hi Tessa,

The January course is four Wednesday evenings, 6:30 to 8:30. The exact start date is being finalised with the instructors this week and goes on the website on Monday 23 November - I'll email you the booking link that morning. If you'd like to give it as a present before then, a gift voucher for £95 covers the whole course: https://torrinridgeclimbing.example/vouchers?product=intro-course

Fern""", promises=[("11-23", None)])),

    C("t27-oduya-scouts", "en", "pending", {},
      "Martin Oduya <gsl@3rdkendalscouts.example>", "gmail", "Scout troop visit - arrival details",
      "Parking and changing answered; the instructor meeting them at reception is logistics, not a promise to write back.",
      cu("11-17 19:00", """Hi Priya,

Thanks for confirming our booking for next Wednesday (25 Nov, 6:30pm, 16 scouts and 4 leaders). Two logistical things:

Where should we park the minibus? And should the scouts arrive already changed, or is there somewhere for them to get changed?

Yours in scouting,
Martin Oduya
Group Scout Leader, 3rd Kendal Scouts"""),
      ag("priya", "11-18 09:10", """Hi Martin,

The minibus can go in the yard behind the building - come in off Mint Street and the gate will be open from 6pm. There are changing rooms by reception, but it's quicker if they come in joggers and T-shirts. Your instructor, Sol, will meet you at reception at 6:20 and the session runs until 8.

Priya""")),

    C("t28-fairbairn-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Isla Fairbairn <isla.fairbairn@birkettlowe.example>", "outlook", "Corporate membership invoice",
      "A request for the October invoice, unanswered, resent word for word four days later as a new mail with the same subject.",
      cu("11-13 10:20", """Hello,

We have six staff on your corporate membership scheme. Could you please send me a copy of the October invoice? I cannot find it in our system and our auditors have asked for it.

Many thanks,
Isla Fairbairn
HR Officer, Birkett & Lowe Solicitors"""),
      cu("11-17 09:00", """Hello,

We have six staff on your corporate membership scheme. Could you please send me a copy of the October invoice? I cannot find it in our system and our auditors have asked for it.

Many thanks,
Isla Fairbairn
HR Officer, Birkett & Lowe Solicitors""", chase=True, parent=0)),

    C("t29-kessler-kindergeburtstag", "de", "closed", {"unanswered-question": 2},
      "Anja Keßler <anja.kessler@web-mail.example>", "outlook_de", "Kindergeburtstag im Januar",
      "Four questions about a children's party in a row: age and party room answered, the consent form and whether siblings may watch are not.",
      cu("11-10 20:15", """Sehr geehrte Damen und Herren,

mein Sohn Jonas wird im Januar sieben und wünscht sich einen Klettergeburtstag bei Ihnen. Wir wären etwa acht Kinder.

Ab welchem Alter dürfen die Kinder mitmachen? Gibt es einen Raum, in dem wir anschließend Kuchen essen können? Müssen die Eltern der eingeladenen Kinder vorher eine Einverständniserklärung unterschreiben? Und dürfen Geschwisterkinder, die nicht mitklettern, zuschauen?

Vielen Dank im Voraus und freundliche Grüße
Anja Keßler""", uq=2),
      ag("jannik", "11-11 09:30", """Hallo Frau Keßler,

vielen Dank für Ihre Anfrage! Kindergeburtstage bieten wir ab fünf Jahren an, mit sieben ist Jonas also genau richtig. Nach dem Klettern haben Sie eine Stunde lang unseren Partyraum für sich, dort können Sie gern Ihren eigenen Kuchen mitbringen.

Termine für Januar kann ich ab sofort eintragen, sagen Sie mir einfach Ihren Wunschtag.

Viele Grüße
Jannik Oberholz""")),

    C("t30-okonkwo-pulley", "en", "pending", {"unanswered-question": 1},
      "Adaeze Okonkwo <ada.okonkwo@runbox-mail.example>", "thunderbird", "Finger injury – pausing and coaching",
      "One long paragraph (quoted-printable) with three requests: the medical pause and the rehab coaching are answered, the training-room question is not.",
      cu("11-16 22:10", """Hi all,

Bit of a long one, sorry. I tore an A2 pulley in my ring finger three weeks ago (too much time on the 45° board, I know, I know…) and the physio says no proper climbing for at least six weeks, then a slow return. I'm a member on the monthly plan and I'm wondering whether I can pause it for those six weeks if I send in a letter from the physio, because paying £52 a month to sit in the café feels a bit painful. I'd also really like to keep training in some way, so could one of your coaches put together a rehab-friendly plan for when I'm back, something that builds up gradually rather than throwing me straight back on the board? In the meantime I'd like to do some legs and core work – is the training room with the weights open to members without a separate induction, or do I need to book one? Thanks so much, you've all been brilliant since I joined.

Ada""", uq=1, cte="quoted-printable"),
      ag("fern", "11-17 10:30", """Hi Ada,

Ouch - sorry to hear it. Yes, with a letter from your physio we can put a medical pause on your membership at no charge; reply with it attached and the pause starts the day we receive it.

On the coaching: Callum runs return-from-injury sessions - a first 1:1 to see where you are, then a plan that builds up over four to six weeks. I've put a note on your account so he can pick it up when you're ready to start.

Fern""")),

    C("t31-hartmann-rechnung", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Stefan Hartmann <s.hartmann@kroeger-logistik.example>", "outlook_de", "Rechnung Teamevent 30.10. - USt-IdNr. fehlt",
      "A corrected invoice promised 'bis Freitag' arrives the following Tuesday as a PDF, after 'ich warte leider immer noch': kept late = missed.",
      cu("11-10 10:00", """Guten Tag Herr Oberholz,

vielen Dank noch einmal für das gelungene Teamevent am 30. Oktober. Auf der Rechnung TR-2210 fehlt leider unsere USt-IdNr. (GB 284 1193 07), ohne die unsere Buchhaltung in Hamburg sie nicht verbuchen kann. Könnten Sie uns bitte eine korrigierte Rechnung schicken?

Mit freundlichen Grüßen
Stefan Hartmann
Niederlassungsleiter UK | Kröger Logistik GmbH"""),
      ag("jannik", "11-10 14:20", """Guten Tag Herr Hartmann,

das freut mich zu hören! Die Rechnung muss unser Buchhalter neu ausstellen, er ist erst am Donnerstag wieder im Haus. Ich schicke Ihnen die korrigierte Rechnung bis Freitag.

Viele Grüße
Jannik Oberholz""", promises=[("11-13", 4)]),
      cu("11-17 09:15", """Guten Tag Herr Oberholz,

ich warte leider immer noch auf die korrigierte Rechnung. Unsere Buchhaltung schließt den Monat am 20. ab - könnten Sie bitte kurz nachhaken?

Mit freundlichen Grüßen
Stefan Hartmann""", chase=True),
      ag("jannik", "11-17 11:30", """Guten Tag Herr Hartmann,

entschuldigen Sie bitte die Verzögerung. Anbei die korrigierte Rechnung TR-2210-K mit Ihrer USt-IdNr.; die alte Rechnung ist damit storniert.

Viele Grüße
Jannik Oberholz""", attach=[("application/pdf", "TR-2210-K.pdf", INVOICE_PDF)])),

    C("t32-ruiz-zona-infantil", "es", "closed", {},
      "Alejandro Ruiz <alejandro.ruiz@correo-web.example>", "gmail_es", "Zona infantil - edad mínima",
      "Base64-encoded Spanish mail: minimum age for the kids' area and whether parents need a course; both answered.",
      cu("11-07 11:10", """Hola:

Vivimos en Windermere desde hace poco y a mis hijos (4 y 7 años) les encanta trepar por todo. ¿A partir de qué edad pueden escalar en la zona infantil? ¿Los padres tenemos que hacer algún curso de iniciación para acompañarlos?

Saludos,
Alejandro""", cte="base64"),
      ag("lucia", "11-07 13:30", """Hola, Alejandro:

La zona infantil está pensada para niños de 4 a 11 años, así que los dos pueden usarla. Para acompañarlos no hace falta ningún curso: un adulto responsable firma el formulario de exención en recepción y se queda con ellos en la zona durante toda la visita.

Saludos,
Lucía""")),

    C("t33-kerr-broken-thread", "en", "closed", {"unanswered-question": 1},
      "Fraser Kerr <fraser.kerr@scotmail.example>", "gmail", "Induction for two",
      "The customer's second mail lost its threading headers; the campervan question is answered, adding his partner to the booking is not.",
      cu("11-05 20:00", """Hi there,

My partner and I are coming down from Glasgow for a long weekend later this month and want to do some roped climbing. We're both experienced but have never been to you. What do we need to do to get signed off?

Fraser"""),
      ag("callum", "11-06 09:00", """Hi Fraser,

As you're both experienced you just need our belay check, not the full induction - book it for your first visit here: https://torrinridgeclimbing.example/book/belay-check?type=pair and allow 15 minutes.

Callum"""),
      cu("11-06 12:30", """Booked for Friday 20th at 5pm, thanks.

Please add my partner's name to the booking as well, it's Ailsa Kerr - the form only let me put one name in. Also, is there anywhere nearby we can park a campervan overnight?

Fraser""", uq=1, thread=False),
      ag("callum", "11-06 14:10", """Hi Fraser,

For the campervan, the Mint Street long-stay car park is two minutes' walk away and allows overnight stays (£6 for 24 hours). Our own yard is locked at 10pm, so not ideal.

See you on the 20th,
Callum""")),

    C("t34-morrow-upgrade", "en", "closed", {},
      "Kit Morrow <kit.morrow@posteo-mail.example>", "thunderbird", "Upgrading from off-peak",
      "A rhetorical question and a self-answered one around a real request (upgrade mid-month and pay the difference); answered and done.",
      cu("11-08 19:45", """Hi team,

Why is it always the crimpy ones I can't do? Anyway, that's not what I'm writing about. I'm on the off-peak membership but I keep wanting to come after work, so I'd like to switch to full. What's my membership number, by the way? Ah, ignore that - it's in the app under Profile.

Can I upgrade mid-month and just pay the difference, or does it only change from the next billing date?

Cheers,
Kit"""),
      ag("fern", "11-09 09:30", """Hi Kit,

It's always the crimps. Upgrades can happen any day: you pay the £14 difference pro rata for the rest of this month and the full rate from the next payment. I've switched you over as of today, so you can come in after work tonight.

Fern""")),

    C("t35-pritchard-leaflets", "en", "closed", {},
      "Owen Pritchard <owen@pritchardphysio.example>", "outlook", "Leaflets at reception?",
      "One request answered; the thanks-only reply carries a signature with 'Injured?' and a '?' URL.",
      cu("11-04 11:30", """Hi,

I run a sports physio clinic in town and see a lot of climbers. Would you be happy for me to leave a few leaflets at your reception desk?

Best regards,
Owen Pritchard
Pritchard Sports Physiotherapy
Injured? Book online: https://pritchardphysio.example/book?src=sig&clinic=kendal"""),
      ag("tom", "11-04 14:00", """Hi Owen,

Happy to - drop up to 50 at the desk any time and we'll put them in the rack by the noticeboard. Several of our members already see you, I think.

Tom"""),
      cu("11-04 14:30", """That's great, thank you Tom. I'll pop in on Friday.

Owen Pritchard
Pritchard Sports Physiotherapy
Injured? Book online: https://pritchardphysio.example/book?src=sig&clinic=kendal""", thanks=True)),

    C("t36-lindqvist-resolved-tag", "en", "pending", {"reopened": 1},
      "Maja Lindqvist <maja.lindqvist@nordmail.example>", "apple", "App won't show my bookings",
      "App problem answered under a [Resolved] subject tag; the member writes again in the thread with a new billing problem, answered.",
      cu("11-12 18:20", """Hi, the Torrin Ridge app hasn't shown my bookings since the update on Tuesday - it just says 'No upcoming sessions', but I definitely have one on Saturday. Can you check my Saturday booking is still there?

Maja"""),
      ag("fern", "11-13 09:15", """Hi Maja,

Your Saturday 10am bouldering slot is definitely booked - the app update broke the bookings list for iPhone users and a fix went out last night. Update the app and it should all reappear. I'm closing this one now, but just reply if it's still blank.

Fern""", subject="[Resolved] Re: App won't show my bookings", closes=True),
      cu("11-17 20:05", """Hi Fern,

Bookings are showing again, thanks. Different problem now though: I booked Friday evening and it took a session credit even though I'm a full member. Can you put the credit back?

Maja""", subject="Re: [Resolved] Re: App won't show my bookings"),
      ag("fern", "11-18 09:00", """Hi Maja,

Sorry about that - the app treated the Friday late session as a special event. The credit is back on your account, and your Friday booking still stands.

Fern""", subject="Re: [Resolved] Re: App won't show my bookings")),

    C("t37-walsh-gift-membership", "en", "pending", {},
      "Declan Walsh <declan.walsh@hallmark-eng.example>", "outlook", "Gift membership for my wife",
      "Two questions answered with 'Yes to both' and a link; the customer's Outlook out-of-office answers the reply.",
      cu("11-17 13:00", """Hi,

Can I buy a three-month membership as a gift, and can it start on Christmas Day rather than the day I pay?

Declan Walsh"""),
      ag("fern", "11-17 15:10", """Hi Declan,

Yes to both: a three-month gift membership is £150 and you choose the start date when you buy it - Christmas Day is fine, it simply activates on her first visit after the 25th. https://torrinridgeclimbing.example/vouchers?product=gift-membership

Fern"""),
      auto("11-17 15:11", """I am out of the office until Monday 23 November with limited access to email. For urgent matters please contact reception on 01539 555 100.

Declan Walsh""", quote=False, subject="Automatic reply: Gift membership for my wife",
           to="Fern Aldous <fern@torrinridgeclimbing.example>")),

    C("t38-mercier-stage", "fr", "pending", {"missed-follow-up": 1},
      "Nathalie Mercier <n.mercier@laposte-mail.example>", "apple_fr", "Stage ados pendant les vacances de Noël",
      "Price of the teen camp answered; the language question deferred with 'je me renseigne ... et je reviens vers vous' and never followed up.",
      cu("11-16 09:00", """Bonjour,

Mon fils Théo (14 ans) passera les vacances de Noël chez ses grands-parents à Kendal. Il grimpe en club à Lyon depuis trois ans. Est-ce que le stage ados du 28 au 31 décembre est encadré uniquement en anglais ? Son anglais est correct, mais pas parfait. Et quel est le prix du stage ?

Cordialement,
Nathalie Mercier""", tz=1),
      ag("amelie", "11-16 14:00", """Bonjour Madame Mercier,

Le stage ados de quatre jours coûte 140 £, matériel compris. Pour la langue, je me renseigne auprès de Callum, qui organise le stage, pour savoir si l'un des moniteurs parle français, et je reviens vers vous.

Bien cordialement,
Amélie""", promises=[("window", None)])),

    C("t39-bell-youth-squad", "en", "closed", {},
      "Harriet Bell <harriet.bell@mailcloud.example>", "gmail", "Coaching plan for squad trials",
      "'Callum will email you a draft plan tomorrow' - kept by Callum the next day with a PDF.",
      cu("11-05 10:00", """Hi,

My daughter Poppy (13) has been invited to try out for the regional youth bouldering squad in February. Could someone put together a training plan for her for the next three months? She currently climbs twice a week in the youth club.

Harriet"""),
      ag("fern", "11-05 11:30", """Hi Harriet,

That's brilliant news for Poppy! Callum coaches our youth squad and will email you a draft plan tomorrow, with a suggestion for how the sessions could fit around youth club.

Fern""", promises=[("11-06", 3)]),
      ag("callum", "11-06 16:00", """Hi Harriet,

Poppy's plan is attached. In short: keep both youth club sessions, add a 1:1 with me every other Saturday (£30), and one home session a week of the core and shoulder exercises on page 2. We'll reassess in mid-January before the trials.

Callum""", attach=[("application/pdf", "poppy-squad-plan.pdf", PLAN_PDF)])),

    C("t40-chen-party-template", "en", "pending", {"unanswered-question": 1},
      "Lily Chen <lily.chen@familymail.example>", "gmail", "Party on 29 November - booking confirmed",
      "After the booking, two requests: the fridge is answered, the invitation template mentioned on the phone never comes.",
      cu("11-16 13:00", """Hi Priya,

Thanks for confirming Amy's party on Sunday 29th. Could you send me the invitation template you mentioned on the phone? Also, is there a fridge we can use for the drinks and the cake while the kids are climbing?

Lily""", uq=1),
      ag("priya", "11-16 16:45", """Hi Lily,

There's a fridge in the party room that's yours for the afternoon, so bring the cake and drinks straight there when you arrive.

Priya""")),
]

CASES += [
    C("t41-fox-before-joining", "en", "closed", {},
      "Abigail Fox <abi.fox@meadowmail.example>", "apple", "A few questions before joining",
      "Three questions answered inline: off-peak hours, a bare price, and only a link for the waiver.",
      cu("11-06 12:00", """Hello,

Thinking of joining in the new year and have a few questions:

When exactly are the off-peak hours?
How much is one of your chalk bags in the shop?
Is the waiver form something I can fill in online before my first visit?

Thanks,
Abi"""),
      ag("tom", "11-06 13:15", """Hi Abi,

> When exactly are the off-peak hours?

Weekdays before 4pm, and Sundays after 3pm.

> How much is one of your chalk bags in the shop?

£12, or £15 with a brush.

> Is the waiver form something I can fill in online before my first visit?

https://torrinridgeclimbing.example/waiver?new=1

Tom""", quote=False)),

    C("t42-salazar-club-juvenil", "es", "pending", {"unanswered-question": 1},
      "Carmen Salazar <carmen.salazar@correo.example>", "gmail_es", "Club juvenil de escalada",
      "Youth club days and places answered; the request for the under-18 consent form ('les agradecería que me enviaran') is not.",
      cu("11-16 19:30", """Buenas tardes:

Mi hija Irene tiene 13 años y lleva un año escalando en el rocódromo de su colegio. Me gustaría saber en qué días y horarios funciona el club juvenil y si todavía quedan plazas para este trimestre.

Además, les agradecería que me enviaran el formulario de autorización para menores, ya que ni su padre ni yo podremos acompañarla siempre.

Un cordial saludo,
Carmen Salazar""", uq=1),
      ag("lucia", "11-17 10:00", """Buenas tardes, Carmen:

El club juvenil (12-16 años) se reúne los martes y jueves de 17:30 a 19:00. Para este trimestre quedan dos plazas los jueves; si le interesa, puedo reservarle una a Irene hasta el viernes.

Un saludo cordial,
Lucía""")),

    C("t43-shaw-move-induction", "en", "closed", {"slow-first-response": 1, "customer-chased": 1},
      "Connor Shaw <connor.shaw@studentmail.example>", "gmail", "Moving my induction",
      "No reply for two days, then 'Hello? I've had no reply to this' on the day of the induction; answered within the hour.",
      cu("11-03 22:15", """Hi,

I'm booked on the Thursday 5th induction at 7pm but I've got a uni deadline that week. Can I move it to the following Thursday, same time?

Connor"""),
      cu("11-05 16:00", """Hello? I've had no reply to this and the induction is tonight. Can someone let me know if I can move it please?

Connor""", chase=True, parent=1),
      ag("fern", "11-05 16:45", """Hi Connor,

So sorry - your email got caught in our spam filter. I've moved you to Thursday 12 November at 7pm, and you don't need to do anything else.

Fern""")),

    C("t44-dawson-hire-shoes", "en", "closed", {},
      "Pippa Dawson <pippa.dawson@brightmail.example>", "iphone", "Charged for damaged hire shoes?",
      "A second mail before any reply adds the booking reference and a photo (not a chase); the charge is reversed.",
      cu("11-07 10:20", """Hi, I got a text saying I've been charged £25 for damaged hire shoes from Thursday night. The sole was already peeling when I got them, I pointed it out to the guy at the desk. Can you take the charge off please?

Pippa

Sent from my iPhone"""),
      cu("11-07 10:35", """Sorry, forgot - booking ref is B-55821 and here's the photo I took of the shoe before I climbed (you can see the sole coming away at the toe).

Pippa

Sent from my iPhone""", parent=1, attach=[("image/png", "IMG_4417.png", SHOE_PNG)]),
      ag("tom", "11-07 12:40", """Hi Pippa,

Thanks for the photo, that settles it - the shoes clearly went out like that and we should have swapped them. I've reversed the £25 and it will go back to your card automatically. Sorry for the hassle.

Tom""")),

    C("t45-gill-junior-membership", "en", "closed", {"unanswered-question": 1},
      "Sunita Gill <sunita.gill@homemail.example>", "owa", "Junior membership for my son",
      "Climbing alone at 15 is answered; 'can I pay from my account' gets the junior price instead (a neighbouring answer).",
      cu("11-05 18:40", """Hello,

My son Arjun is 15 and has just done the junior induction. We'd like to get him a membership. Can he climb on his own once he's a member, or does an adult need to be there? And can I pay for his membership from my account rather than him paying himself? He doesn't have a debit card yet.

Kind regards,
Sunita Gill""", uq=1),
      ag("fern", "11-06 09:50", """Hi Sunita,

Good to hear Arjun enjoyed the induction. At 15 he can climb unaccompanied once he's passed the junior independence check (a short assessment on the floor - he can ask for it on any visit). Junior membership is £36 a month, or £360 for the year, and includes the Tuesday youth club at a discount.

Fern""")),

    C("t46-vogel-yoga", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Hanna Vogel <hanna.vogel@gmx-mail.example>", "gmail_de", "Yoga für Kletterer",
      "Price answered, suitability for beginners deferred 'bis Montag' and never answered, the question about mats skipped.",
      cu("11-05 08:30", """Hallo,

ich habe gesehen, dass Sie donnerstags einen Yogakurs für Kletterer anbieten. Ist der Kurs auch für Anfängerinnen geeignet? Ich habe seit Jahren kein Yoga mehr gemacht. Wie viel kostet eine Einzelstunde für Mitglieder? Und müssen Matten mitgebracht werden, oder gibt es welche vor Ort?

Liebe Grüße
Hanna Vogel""", uq=1),
      ag("jannik", "11-05 11:00", """Hallo Hanna,

eine Einzelstunde kostet für Mitglieder 7 £. Ob der Kurs für Wiedereinsteigerinnen passt, kläre ich mit unserer Yogalehrerin Rhiannon und melde mich bis Montag bei dir.

Viele Grüße
Jannik""", promises=[("11-09", None)])),

    C("t47-bryce-invoice-po", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Laura Bryce <laura.bryce@thornfield-architects.example>", "outlook", "Invoice for staff climbing evening - PO number",
      "The reissued invoice is promised 'by end of day' and never sent; the question about the corporate discount on shoe hire is ignored.",
      cu("11-17 09:30", """Hi Tom,

Our finance team have rejected the invoice for last week's staff climbing evening because it doesn't show our purchase order number. Could you reissue it with PO 44817 on it? Can you also tell me whether the 10% corporate discount applies to the shoe hire, or just the entry fees? Someone asked and I wasn't sure.

Thanks,
Laura Bryce
Office Manager | Thornfield Architects""", uq=1, to="Tom Ashworth <tom@torrinridgeclimbing.example>"),
      ag("tom", "11-17 11:00", """Hi Laura,

No problem at all - I'll reissue it with the PO number and send the updated invoice over by end of day.

Tom""", promises=[("11-17", None)])),

    C("t48-bonnet-soiree", "fr", "pending", {},
      "Julien Bonnet <julien.bonnet@free-mail.example>", "apple_fr", "Anniversaire adulte - groupe de 12",
      "Private evening answered, food and drinks deferred 'd'ici jeudi' and answered on Wednesday.",
      cu("11-16 20:00", """Bonjour,

Pour mes 40 ans, je voudrais organiser une soirée escalade avec une douzaine d'amis, la plupart débutants, un vendredi soir début décembre. Est-ce possible de privatiser une partie du mur après 19h ? Et peut-on prévoir des pizzas et quelques bières ensuite ?

Merci,
Julien"""),
      ag("amelie", "11-17 09:45", """Bonjour Julien,

Quelle belle idée ! Nous privatisons volontiers le mur de bloc le vendredi à partir de 19h pour les groupes de 10 personnes ou plus, avec un moniteur pour les débutants. Pour les pizzas et les boissons, je dois vérifier avec le café s'il peut rester ouvert plus tard ; je reviens vers vous d'ici jeudi.

Bonne journée,
Amélie""", promises=[("11-19", 3)]),
      ag("amelie", "11-18 16:20", """Bonjour Julien,

Bonne nouvelle : le café peut rester ouvert jusqu'à 22h30 pour vous. Pizzas à 11 £ par personne et bières pression à 5 £, le tout réglé en une fois sur place. Il ne reste plus qu'à choisir la date : les vendredis 4 et 11 décembre sont libres.

Bonne soirée,
Amélie""")),

    C("t49-stott-uni-club", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ben Stott <ben.stott@cragmail.example>", "thunderbird", "Purple circuit + January comp",
      "Spinning hold fixed and comp date given; the comp price is skipped; a monthly club slot deferred to 'early next week' (said on a Thursday) and never answered.",
      cu("11-05 09:00", """Hi Callum,

Couple of things. The new purple circuit in the cave is brilliant, but problem 7 has a foothold that spins - the yellow one right at the start. Could someone tighten it?

Also, are you running the bouldering comp again in January? I'd like to get our uni club entered early. Is the student entry still £9, or has that gone up? And I was wondering whether you'd be up for us using the comp wall for a club training session one evening a month - we'd pay for it, obviously.

Ben Stott
President, Lakeland University Mountaineering Club""", uq=1),
      ag("callum", "11-05 12:00", """Hi Ben,

Glad you like the purples! The spinner on 7 is tightened - thanks for flagging it. The January comp is on: Saturday 23 January, and entries open on 1 December. Let me check with the setting team about a monthly club slot on the comp wall and come back to you early next week.

Callum""", promises=[("11-10", None)])),

    C("t50-young-receipt", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Sophie Young <sophie.young@mailhub.example>", "android", "Receipt for my annual membership",
      "A receipt promised for 'tomorrow morning' never comes; the customer chases two days later and gets no reply.",
      cu("11-16 08:10", """Hi, could you send me a receipt for my annual membership payment in October? My employer reimburses part of it through the wellbeing scheme.

Sophie Young

Get Outlook for Android"""),
      ag("tom", "11-16 10:30", """Hi Sophie,

Of course. Our system only lets me produce receipts from the office PC, so I'll email it to you tomorrow morning.

Tom""", promises=[("11-17", None)]),
      cu("11-19 10:15", """Hi Tom, still no receipt I'm afraid - sorry to nag, but the claim window closes on the 30th.

Sophie

Get Outlook for Android""", chase=True)),

    C("t51-ingram-new-member", "en", "closed", {"unanswered-question": 2},
      "Rachel Ingram <rachel.ingram@lakemail.example>", "gmail", "New member - questions",
      "A numbered list of five: lockers, guests and shop discount answered in one paragraph; the email change and women's nights are not.",
      cu("11-09 19:00", """Hi,

I joined last week (loving it so far!) and have a list of questions I've been saving up:

1. Are there lockers, and do I need my own padlock?
2. Can I bring a friend who isn't a member for a one-off visit?
3. Is there a members' discount in the shop?
4. Please could you change the email on my account to rachel.ingram@lakemail.example - it's still my old work one.
5. Do you run any women's climbing nights?

Thanks!
Rachel""", uq=2),
      ag("fern", "11-10 09:40", """Hi Rachel,

Welcome aboard! Lockers are in the corridor by the changing rooms and take a £1 coin that you get back, so no padlock needed. Friends can come on a guest pass (£12, or £8 off-peak) as long as they sign the waiver, and you get 10% off everything in the shop when you show your membership card.

Fern""")),

    C("t52-lund-running-club", "en", "pending", {"unanswered-question": 1},
      "Gareth Lund <gareth.lund@kentdalefellrunners.example>", "outlook", "Taster session for our running club",
      "A club taster priced and booked; in the follow-up the question about bouldering only for members with bad knees is passed over.",
      cu("11-13 12:00", """Hi,

Our fell running club would like to do a taster climbing session in the off season - about 15 of us, on a weeknight in January. Is that something you can do, and roughly what would it cost?

Gareth Lund
Kentdale Fell Runners"""),
      ag("priya", "11-13 15:30", """Hi Gareth,

Definitely - we do a lot of club tasters in winter. For 15 people it's £22 each for a 90-minute instructed session, Monday to Thursday from 6:30pm. Just let me know which week suits and I'll pencil you in.

Priya"""),
      cu("11-16 10:00", """Thanks Priya, that sounds good. Could we do Tuesday 12 January? A few of the older members have dodgy knees - is there an option for them to just do bouldering rather than the ropes?

Gareth""", uq=1),
      ag("priya", "11-16 13:10", """Hi Gareth,

Tuesday 12 January at 6:30pm is booked in for 15 of you. The confirmation with the waiver link went to this address a minute ago - everyone needs to fill it in before they arrive.

Priya""")),

    C("t53-moreau-vacances", "fr", "closed", {"unanswered-question": 1},
      "Élise Moreau <elise.moreau@wanadoo-mail.example>", "apple_fr", "Séjour dans les Lacs - escalade en famille",
      "A family on holiday: booking ahead and shoe size answered, the lead-or-top-rope question for the girls is not.",
      cu("11-08 21:00", """Bonjour,

Nous serons dans la région des lacs du 26 au 30 décembre avec nos deux filles de 10 et 12 ans. Elles grimpent en salle en France depuis deux ans. Pourraient-elles grimper en tête avec vous, ou seulement en moulinette ? Faut-il réserver les créneaux à l'avance pendant les vacances ? Par ailleurs, je voudrais savoir si vous louez des chaussons en pointure 33.

Merci d'avance,
Élise Moreau""", uq=1, tz=1),
      ag("amelie", "11-09 10:00", """Bonjour Madame Moreau,

Pendant les vacances, il vaut mieux réserver : les créneaux du matin partent vite, surtout entre Noël et le Nouvel An. Nous louons des chaussons à partir de la pointure 28, donc aucun problème pour le 33.

Au plaisir de vous accueillir,
Amélie""")),

    C("t54-fenwick-league-team", "en", "closed", {"unanswered-question": 1},
      "Will Fenwick <will.fenwick@mailpost.example>", "thunderbird", "Bouldering league - team of 3?",
      "Team and mixed-ability question answered; 'I was wondering whether sessions can be done on any night' is not.",
      cu("11-06 20:30", """Evening,

Me and two mates want to enter the winter bouldering league as a team. Can teams be mixed ability, or do we all have to enter the same category? And I was wondering whether sessions can be done on any night or only on the Wednesday league nights.

Cheers,
Will""", uq=1),
      ag("callum", "11-07 10:15", """Hi Will,

Teams of three are spot on, and mixed ability is the whole point - each of you enters your own category and the team score adds them up.

Cheers,
Callum""")),

    C("t55-richter-tageskarte", "de", "closed", {},
      "Felix Richter <felix.richter@t-mail.example>", "gmail_de", "Tageskarte und Ausrüstung",
      "A visitor from Germany asks about an induction and hiring shoes and chalk; answered with prices; thanks-only reply.",
      cu("11-09 19:00", """Hallo,

ich bin nächste Woche beruflich in Kendal und würde gern an einem Abend bouldern gehen. Brauche ich dafür eine Einweisung, obwohl ich in Deutschland regelmäßig klettere? Und kann ich Schuhe und Chalk bei Ihnen ausleihen?

Beste Grüße
Felix Richter""", tz=1),
      ag("jannik", "11-10 09:00", """Hallo Herr Richter,

zum Bouldern reicht eine kurze Sicherheitseinweisung von fünf Minuten am Empfang, die machen alle Erstbesucher. Schuhe leihen Sie für 4 £ bei uns aus, Chalk gibt es gratis dazu. Eine Tageskarte kostet 14 £.

Viele Grüße
Jannik Oberholz"""),
      cu("11-10 10:30", """Vielen Dank, dann bis nächste Woche!

Felix Richter""", thanks=True, tz=1)),

    C("t56-pike-silver-climbers", "en", "closed", {},
      "Geoffrey Pike <g.pike@oldmail.example>", "oldclient", "Seniors' morning",
      "A first mail from an old client without a Message-ID (the reply has no In-Reply-To); day and induction answered.",
      cu("11-04 10:00", """Dear Sir or Madam,

I am 71 and was a keen rock climber in my youth (Langdale in the sixties, mostly). My granddaughter tells me you have a morning session for older climbers. Could you tell me which day it runs and whether I would need to do an induction first?

Yours faithfully,
Geoffrey Pike""", msgid=False, note="Geoffrey Pike's first mail (old client, no Message-ID), 4 Nov 10:00"),
      ag("fern", "11-04 11:30", """Dear Geoffrey,

What a lovely email. Our Silver Climbers morning is every Tuesday from 10 till 12, and one of the instructors runs a gentle induction at the start of each session for newcomers, so you can simply turn up - no booking needed. Tea and biscuits afterwards are included.

Best wishes,
Fern""")),
]

UNANSWERED: dict[str, list[str]] = {
    "t02-barraclough-induction": [
        "Could you also let me know if the induction covers lead climbing or just top-rope?"],
    "t04-lowther-school-shoes": [
        "Please could you put 12 pairs aside for us for Thursday's session, I will send the sizes tomorrow.",
        "Do the children need to wear socks with the hire shoes?"],
    "t08-girard-fete": [
        "Pouvez-vous également m'envoyer une facture au nom de ma société (Girard Traductions Ltd) ?"],
    "t14-morales-bono": [
        "Quería saber también si se puede compartir con mi compañera de piso, que también escala, o si es personal."],
    "t15-beckwith-school-ra": [
        "confirmation of whether students with asthma need any additional medical form from you, or whether our own school forms are enough"],
    "t21-grayson-autobelay": [
        "I'd also like a copy of the incident report that your staff member filled in."],
    "t23-rahman-sunday": [
        "Is the café open too?"],
    "t29-kessler-kindergeburtstag": [
        "Müssen die Eltern der eingeladenen Kinder vorher eine Einverständniserklärung unterschreiben?",
        "Und dürfen Geschwisterkinder, die nicht mitklettern, zuschauen?"],
    "t30-okonkwo-pulley": [
        "is the training room with the weights open to members without a separate induction, or do I need to book one?"],
    "t33-kerr-broken-thread": [
        "Please add my partner's name to the booking as well, it's Ailsa Kerr - the form only let me put one name in."],
    "t40-chen-party-template": [
        "Could you send me the invitation template you mentioned on the phone?"],
    "t42-salazar-club-juvenil": [
        "Además, les agradecería que me enviaran el formulario de autorización para menores, ya que ni su padre ni yo podremos acompañarla siempre."],
    "t45-gill-junior-membership": [
        "And can I pay for his membership from my account rather than him paying himself?"],
    "t46-vogel-yoga": [
        "Und müssen Matten mitgebracht werden, oder gibt es welche vor Ort?"],
    "t47-bryce-invoice-po": [
        "Can you also tell me whether the 10% corporate discount applies to the shoe hire, or just the entry fees?"],
    "t49-stott-uni-club": [
        "Is the student entry still £9, or has that gone up?"],
    "t51-ingram-new-member": [
        "Please could you change the email on my account to rachel.ingram@lakemail.example - it's still my old work one.",
        "Do you run any women's climbing nights?"],
    "t52-lund-running-club": [
        "A few of the older members have dodgy knees - is there an option for them to just do bouldering rather than the ropes?"],
    "t53-moreau-vacances": [
        "Pourraient-elles grimper en tête avec vous, ou seulement en moulinette ?"],
    "t54-fenwick-league-team": [
        "And I was wondering whether sessions can be done on any night or only on the Wednesday league nights."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"TR-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
        refs = o.pop("refs", None)
        body = spec.body
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=DESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", DESK),
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
    bytes, parents first (mailcraft.render_corpus, with messages that lack a Message-ID)."""
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
    ids = [m.message_id for c in cases for m in c.msgs if m.message_id]
    if len(set(ids)) != len(ids):
        out.append("duplicate Message-IDs")
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
    return mailcraft.cases_table("Practice corpus 82: Torrin Ridge Climbing Centre - cases",
                                 "make_practice82_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}

README_HEAD = """# Practice corpus 82: Torrin Ridge Climbing Centre support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Torrin Ridge Climbing Centre**, an indoor climbing centre in Kendal (bouldering
  hall and cave, roped and lead walls, auto-belays): memberships, pauses and cancellations,
  10-visit cards, induction sessions and belay checks, kids' parties, school, scout and
  corporate groups, 1:1 and youth coaching, a winter bouldering league, shoe hire and the
  shop, gift vouchers, refunds and invoices. Support address
  `frontdesk@torrinridgeclimbing.example`; agents Fern Aldous (front desk and memberships),
  Callum Ruddock (head coach and route setting), Priya Nandakumar (parties, groups and
  schools), Tom Ashworth (duty manager, accounts and refunds), Jannik Oberholz (German),
  Amélie Roussel (French) and Lucía Ferrer (Spanish), all `@torrinridgeclimbing.example`. A
  helpdesk robot (`frontdesk@`, `Auto-Submitted: auto-replied`) acknowledges a few mails with
  "we aim to reply within one working day" - service-hours text, not a commitment.
- Customers are members, parents, teachers, scout leaders, office managers, students and
  visitors on `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain torrinridgeclimbing.example`.

```
python scripts/make_practice82_corpus.py                  # regenerate (deterministic, stdlib only)
python scripts/make_practice82_corpus.py --out /tmp/p82   # ... into another folder
python scripts/evaluate.py --corpus tests/practice82      # accuracy of the current tool
python -m pytest -q tests/test_practice82_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table; this README is generated too. Do not edit generated files; edit
the script and rerun it. The script keeps the facts next to each message, recomputes status
and every rule count from them and from the dates, and refuses to write when they disagree
with the hand-written labels, when a labelled question is not verbatim in a customer's own
text of the case, or when the written mail does not parse back and round-trip.
"""

README_DESIGN = """
## What the corpus contains by design

- **Several questions per mail, in varied forms**: numbered lists (t01, t51), bullet lists
  (t15), lines of questions (t41), four questions in one paragraph (t04, t29), one long
  quoted-printable paragraph with the questions inside it (t30), indirect questions ("Could
  you also let me know if...", "I was wondering whether...", "Je voudrais savoir aussi si...",
  "Quería saber también si...", "Me gustaría saber en qué días..."), and requests without a
  question mark ("Please could you put 12 pairs aside...", "Please add my partner's name...",
  "I'd also like a copy of the incident report...", "Además, les agradecería que me
  enviaran...", "Please refund the duplicate.").
- **Answers in the agent's own words**: out of order and several in one sentence (t01, t16,
  t22), inline under quoted questions with a single word, a price or only a link (t03, t41),
  "Yes to both" (t37), a figure or a date, an attachment (t31, t39), by a colleague (t10, t39).
- **Unanswered questions of the realistic kind**: a secondary question skipped while the main
  point is handled, a request made in passing, a neighbouring question answered instead
  (t45: "can I pay from my account" gets the junior price), a question in a follow-up mail
  after the case seemed settled (t33, t40, t52), two of five in a numbered list (t51).
- **Not questions**: a rhetorical question and a self-answered one (t34), signatures with "?"
  and `?` URLs (t22, t35, agents' signatures), an HTML-only mail (t22), thanks-only mails,
  an out-of-office reply (t37); questions in a latest mail that has no reply are
  `awaiting-reply` territory (t18, t28, t50).
- **Commitments**: kept on time by the same agent (t17 "ich melde mich morgen", t48 "d'ici
  jeudi") and by a colleague (t39); kept late (t05 "by Friday", t20 "te confirmo el lunes",
  t31 "bis Freitag"); never kept (t07 and t38 without a deadline, t15 "tomorrow", t24 "by
  Wednesday", t46 "bis Montag", t47 "by end of day", t49 "early next week" said on a
  Thursday, t50 "tomorrow morning"); a deadline still ahead at the audit time (t26, Monday 23
  November). Not commitments: logistics (t27), an offer (t42 "puedo reservarle una ... hasta
  el viernes"), the acknowledgement's service-hours text.
- **Chasing**: "Any news on...?", "just checking in on this - I haven't had a reply yet",
  "Hello? I've had no reply to this", "just checking you got my reply below?", "Still waiting
  to hear back", "still no receipt I'm afraid", "ich warte leider immer noch", "¿Hay alguna
  novedad...? Sigo esperando", and a word-for-word resend as a new mail (t28). Not chasing: a
  second mail adding a booking reference and a photo before any reply (t44).
- **Status and timing**: open cases awaiting a reply, a fresh case inside the response target
  (t12), slow first responses (t09 Friday evening to Monday, t43), an explicit close followed
  by a new question (t13 "I'll mark this as resolved", t36 `[Resolved]` subject tag), three
  agents on one case (t10).
- **Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web
  and Outlook for Android (header blocks, `RE:`/`AW:`), Apple Mail (en/fr), iPhone,
  Thunderbird (en/de), an old client without a Message-ID (t56); plain 7bit,
  quoted-printable (t30), base64 (t32), multipart/alternative (t10, t15, acknowledgements),
  HTML-only (t22), PDF and PNG attachments; a reply that lost its threading headers (t33), a
  Cc to a colleague (t10), customers replying to their own mail to chase (t11, t18, t43).
"""


def readme(cases: list[Case]) -> str:
    """README.md of the corpus, with its figures computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    lang_text = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in langs.most_common())
    rule_text = ", ".join(f"{r} {found[r]}" + (f" (in {uq_cases} cases)" if r == "unanswered-question" else "")
                          for r in RULES if found[r])
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    return (README_HEAD + f"""
## Contents

{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox
({roles['customer']} customer mails and {roles['auto']} customer out-of-office reply),
{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. {clean} clean
cases ({round(100 * clean / len(cases))} %). Languages: {lang_text}. Statuses:
{statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.

Expected findings: {rule_text}; customer-chased in {chased_cases} cases.
""" + README_DESIGN)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.torrinridgeclimbing.example")
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
    by_id = {p["Message-ID"]: (p, any(p is q for q in inbox)) for p in inbox + sent if p["Message-ID"]}
    by_date = {(p["From"], p["Date"]): (p, any(p is q for q in inbox))
               for p in inbox + sent if not p["Message-ID"]}
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed, in_mbox = by_id[m.message_id]
        else:
            parsed, in_mbox = by_date[(m.frm, email.utils.format_datetime(m.date))]
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
    """Command line: regenerate tests/practice82 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
