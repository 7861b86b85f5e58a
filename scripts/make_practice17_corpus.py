#!/usr/bin/env python3
"""Regenerate ``tests/practice17/``: a question-heavy labelled corpus of Harrowgate Music.

A support mailbox of a fictional online musical-instrument retailer with its own repair and
setup workshop (guitars, keyboards, digital pianos, brass and woodwind rental for schools,
sheet music, repairs by post or drop-off, trade-in, finance), written without looking at the
detection heuristics or at the other labelled corpora, so its accuracy figure is an unseen
one. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response
target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``harrowgatemusic.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase,
promises with their deadline and the message that kept them, the questions it asks that
support answered and those it left unanswered). The script recomputes status and every rule
count from those facts and from the dates and refuses to write when they disagree with the
hand-written case labels, or when a labelled question is not verbatim in the customer's own
text.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice17_corpus.py [--out DIR]
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
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
RESPONSE_TARGET = timedelta(hours=24)
FOLLOW_UP_WINDOW = timedelta(days=2)
CLOSE_AFTER = timedelta(days=7)
HANDOFF_LIMIT = 2
SUPPORT_DOMAIN = "harrowgatemusic.example"
SUPPORT = "help@harrowgatemusic.example"
HELPDESK = "Harrowgate Music <help@harrowgatemusic.example>"
RULES = mailcraft.RULES

AGENTS = {
    "rosie": ("Rosie Pemberton <rosie@harrowgatemusic.example>", "thunderbird", """-- 
Rosie Pemberton
Customer Service | Harrowgate Music
Unit 7, Station Parade, Harrogate HG1 1TT | 01423 555 0190
Track an order: https://harrowgatemusic.example/track?src=mail"""),
    "callum": ("Callum Ashworth <callum@harrowgatemusic.example>", "outlook", """-- 
Callum Ashworth
Repair & Setup Workshop | Harrowgate Music
Book a repair: https://harrowgatemusic.example/workshop?step=book"""),
    "greta": ("Greta Vogel <greta@harrowgatemusic.example>", "thunderbird_de", """-- 
Greta Vogel
Kundenservice Deutschland & Österreich | Harrowgate Music
https://harrowgatemusic.example/de/hilfe?ref=signatur"""),
    "margaux": ("Margaux Dufresne <margaux@harrowgatemusic.example>", "apple_fr", """-- 
Margaux Dufresne
Service client France & Belgique | Harrowgate Music
https://harrowgatemusic.example/fr/aide?utm_source=email"""),
    "ines": ("Inés Castillo <ines@harrowgatemusic.example>", "gmail_es", """-- 
Inés Castillo
Atención al cliente | Harrowgate Music
ines@harrowgatemusic.example | +34 93 555 0148"""),
    "dev": ("Dev Sharma <dev@harrowgatemusic.example>", "outlook", """-- 
Dev Sharma
Finance, Trade-in & Billing | Harrowgate Music
Harrowgate Music Ltd is authorised and regulated by the Financial Conduct Authority
for consumer credit broking. This e-mail is confidential."""),
    "hollie": ("Hollie Brennan <hollie@harrowgatemusic.example>", "apple", """-- 
Hollie Brennan
Schools & Rental Scheme | Harrowgate Music
Questions about the scheme? https://harrowgatemusic.example/schools?faq=1"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Harrowgate Music. This is an automatic receipt:
your message has been logged as ticket {ref}. Our support team works
Monday to Saturday, 9am-5:30pm, and we will reply within 24 hours.

Please keep the ticket number for reference - there is no need to reply.

Harrowgate Music - Customer Support
https://harrowgatemusic.example/help?ticket={ref}""",
}

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-MS-Exchange-Organization-AuthAs: Internal"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Harrowgate Helpdesk 3.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hgm.", outlook_server="LO2PR0")

PHOTO = mailcraft.png(6, 4, lambda x, y: (140 + 15 * x, 90 + 20 * y, 60))

# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str
    role: str  # customer | agent | ack
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    aq: list[str] = field(default_factory=list)  # questions in this mail that support answered
    uq: list[str] = field(default_factory=list)  # filled from UNANSWERED
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""


@dataclass
class Case:
    """A labelled case: the hand-written labels and the messages they must agree with."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    subject: str
    client: str
    story: str
    msgs: list[Msg] = field(default_factory=list)


CASES: list[Case] = []


def at(day: int, hm: str, tz: int = 0) -> datetime:
    """``day`` November 2026 at ``hm`` in UTC+``tz`` hours."""
    hh, mm = map(int, hm.split(":"))
    return datetime(2026, 11, day, hh, mm, tzinfo=timezone(timedelta(hours=tz)))


def eod(day: int) -> datetime:
    """The end of ``day`` November 2026 (UK/European working day, taken in UTC)."""
    return datetime(2026, 11, day, 23, 59, tzinfo=UTC)


def case(name, lang, status, rules, customer, subject, client, story) -> Case:
    """Open a new case; the following ``say`` calls add its messages."""
    c = Case(name, lang, status, rules, customer, subject, client, story)
    CASES.append(c)
    return c


def say(c: Case, key: str, role: str, when: datetime, body: str, *, who: str | None = None,
        parent: str | None = None, subject: str | None = None, client: str | None = None,
        kind: str = "plain", cte: str | None = None, thread: bool = True, thanks: bool = False,
        closes: bool = False, chase: bool = False, promises=(), aq=(), extra=(),
        attach=()) -> None:
    """Add a message to case ``c``: ``role`` decides sender, recipient and signature."""
    full = f"{c.name}/{key}"
    if role == "agent":
        frm, agent_client, sig = AGENTS[who]
        client = client or agent_client
        body = body.rstrip("\n") + "\n\n" + sig + ("\n\n{quote}" if parent and "{quote}" not in body
                                                 and "> " not in body else "")
        to = c.customer
    elif role == "ack":
        frm, client, to = HELPDESK, "helpdesk", c.customer
    else:
        frm, client, to = c.customer, client or c.client, SUPPORT
    if subject is None:
        prefix = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}.get(client, "Re: ")
        subject = c.subject if parent is None and role != "ack" else (
            f"[Ticket {ack_ref(c)}] {c.subject}" if role == "ack" else prefix + c.subject)
    m = Msg(key=full, case=c.name, role=role, agent=who if role == "agent" else None,
            client=client, kind=kind, cte=cte, frm=frm, to=to, subject=subject, date=when,
            body=body, parent=f"{c.name}/{parent}" if parent else None, thread=thread,
            thanks_only=thanks, closes=closes, chase=chase,
            promises=[(d, f"{c.name}/{k}" if k else None) for d, k in promises],
            aq=list(aq), extra=list(extra), attach=list(attach))
    c.msgs.append(m)


def ack_ref(c: Case) -> str:
    """The helpdesk ticket number of a case."""
    return f"HGM-{71000 + 29 * (CASES.index(c) + 1)}"


def ack(c: Case, key: str, when: datetime, parent: str) -> None:
    """The helpdesk's automatic acknowledgement of message ``parent``."""
    say(c, key, "ack", when, ACK["en"].format(ref=ack_ref(c)), parent=parent, kind="alt",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# --------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------

c = case("h01-telecaster-setup-dropoff", "en", "closed", {},
         "Owen Trask <owen.trask@example.com>", "Setup for my Telecaster", "gmail",
         "Two questions about a drop-off setup, both answered in other words; thanks-only close.")
say(c, "c1", "customer", at(2, "09:14"), """Hi there,

Can I drop my Telecaster off at the Harrogate workshop on Saturday, or do I need an appointment?
And roughly how much is a full setup with a fret polish?

Cheers,
Owen
""", aq=["Can I drop my Telecaster off at the Harrogate workshop on Saturday, or do I need an appointment?",
         "And roughly how much is a full setup with a fret polish?"])
say(c, "a1", "agent", at(2, "11:02"), """Hi Owen,

Saturdays are fine - the workshop takes walk-ins from 9 till 4, no booking needed. A full
setup is £65 and the fret polish adds £15, so £80 all in.

Best,
Rosie""", who="rosie", parent="c1")
say(c, "c2", "customer", at(2, "12:30"), """Perfect, thanks Rosie!

{quote}""", parent="a1", thanks=True)

c = case("h02-kawai-delivery-bench", "en", "closed", {"unanswered-question": 1},
         "Priya Holloway <priya.holloway@example.org>", "Delivery of order HM-118204", "outlook",
         "Delivery date and stairs answered; the secondary bench question is skipped.")
say(c, "c1", "customer", at(3, "08:41"), """Hello,

My Kawai CN201 order HM-118204 - when will it be delivered? We live on the third floor
without a lift; do your couriers carry it upstairs?

Also, could you tell me whether the matching bench is height-adjustable?

Kind regards,
Priya Holloway
""", aq=["when will it be delivered?", "do your couriers carry it upstairs?"])
say(c, "a1", "agent", at(3, "15:20"), """Dear Priya,

Your piano is booked in for Thursday 12 November, between 8am and 1pm. It travels with our
two-person crew, who will take it up the stairs and set it up in the room of your choice -
there's no extra charge for floors without a lift.

Kind regards,
Rosie""", who="rosie", parent="c1")
say(c, "c2", "customer", at(3, "16:02"), """Great, thank you.

Priya

{quote}""", parent="a1", thanks=True)

c = case("h03-amp-tradein-inline", "en", "closed", {},
         "Martin Ekwueme <m.ekwueme@example.net>", "Trade-in questions", "outlook",
         "Three numbered questions, each answered inline under the quoted line.")
say(c, "c1", "customer", at(4, "10:05"), """Hi,

Before I send anything in:

1. Do you accept trade-ins on amplifiers as well as guitars?
2. Does the trade-in value have to go towards a purchase, or can you pay me out?
3. How long does the valuation take?

Thanks
Martin Ekwueme
""", aq=["Do you accept trade-ins on amplifiers as well as guitars?",
         "Does the trade-in value have to go towards a purchase, or can you pay me out?",
         "How long does the valuation take?"])
say(c, "a1", "agent", at(4, "13:47"), """Hi Martin,

Answers below.

> 1. Do you accept trade-ins on amplifiers as well as guitars?

Yes, amps too - valve and solid state, combos and heads.

> 2. Does the trade-in value have to go towards a purchase, or can you pay me out?

It's store credit only, but you get 10% on top of the valuation.

> 3. How long does the valuation take?

Two working days from when it arrives.

Dev""", who="dev", parent="c1")
say(c, "c2", "customer", at(4, "14:10"), """Thanks Dev, very clear.

Martin

{quote}""", parent="a1", thanks=True)

c = case("h04-p125-reparatur-post", "de", "closed", {"unanswered-question": 1},
         "Jonas Reiter <jonas.reiter@example.de>", "Reparatur Yamaha P-125", "gmail_de",
         "Einsenden und Dauer beantwortet (mit Paketschein-PDF); die Bitte um einen Kostenvoranschlag vorab bleibt offen.")
say(c, "c1", "customer", at(5, "09:30", 1), """Guten Tag,

bei meinem Yamaha P-125 hängt seit letzter Woche das tiefe E. Kann ich das Gerät zur Reparatur per Post einschicken? Und wie lange dauert eine Reparatur ungefähr?

Außerdem bitte ich Sie, mir einen Kostenvoranschlag vorab per E-Mail zu schicken.

Viele Grüße
Jonas Reiter
""", aq=["Kann ich das Gerät zur Reparatur per Post einschicken?",
         "Und wie lange dauert eine Reparatur ungefähr?"])
say(c, "a1", "agent", at(5, "14:15", 1), """Hallo Herr Reiter,

ja, das geht: Drucken Sie einfach den beigefügten Paketschein aus und verpacken Sie das Piano
gut gepolstert. Die Reparatur dauert bei uns in der Regel 7 bis 10 Werktage ab Eingang.

Viele Grüße
Greta Vogel""", who="greta", parent="c1",
    attach=[("application/pdf", "Paketschein-HGM.pdf",
             mailcraft.pdf(["Harrowgate Music - Paketschein", "Reparatur-Eingang Harrogate"]))])
say(c, "c2", "customer", at(5, "15:02", 1), """Danke schön!

{quote}""", parent="a1", thanks=True)

c = case("h05-saxophone-location-relance", "fr", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Claire Besson <claire.besson@example.fr>", "Location saxophone alto", "apple_fr",
         "Tarif donné, promesse de confirmer la disponibilité d'ici mercredi jamais tenue; relance sans réponse.")
say(c, "c1", "customer", at(9, "10:12", 1), """Bonjour,

Je voudrais savoir si vous proposez la location d'un saxophone alto pour ma fille, qui entre au conservatoire en janvier. Quel est le tarif mensuel ?

Bien cordialement,
Claire Besson
""", aq=["Je voudrais savoir si vous proposez la location d'un saxophone alto pour ma fille, qui entre au conservatoire en janvier.",
         "Quel est le tarif mensuel ?"])
say(c, "a1", "agent", at(9, "15:40", 1), """Bonjour Madame Besson,

Oui, nous louons des saxophones alto Yamaha YAS-280, à 24 € par mois, assurance comprise.
Je vérifie la disponibilité pour janvier avec notre entrepôt et je reviens vers vous d'ici
mercredi.

Bien à vous,
Margaux""", who="margaux", parent="c1", promises=[(eod(11), None)])
say(c, "c2", "customer", at(13, "09:05", 1), """Bonjour,

Je me permets de vous relancer au sujet de la disponibilité du saxophone. Avez-vous des nouvelles ?

Claire Besson

{quote}""", parent="a1", chase=True)

c = case("h06-ukelele-canarias", "es", "closed", {},
         "Lucía Ferrer <lucia.ferrer@example.es>", "Ukelele Kala KA-15S", "gmail_es",
         "Dos preguntas (funda, envío a Canarias) respondidas; correo en base64.")
say(c, "c1", "customer", at(10, "11:20", 1), """Hola,

¿El ukelele Kala KA-15S incluye funda? ¿Y hacen envíos a Canarias?

Gracias,
Lucía
""", cte="base64", aq=["¿El ukelele Kala KA-15S incluye funda?", "¿Y hacen envíos a Canarias?"])
say(c, "a1", "agent", at(10, "13:05", 1), """Hola Lucía:

Sí, viene con una funda acolchada de nylon. Enviamos a Canarias con un recargo de 12 € y un
plazo de 5 a 7 días laborables.

Un saludo,
Inés""", who="ines", parent="c1")
say(c, "c2", "customer", at(10, "13:30", 1), """¡Muchas gracias!

{quote}""", parent="a1", thanks=True)

c = case("h07-cracked-top-slow", "en", "closed", {"slow-first-response": 1},
         "Fergus Doyle <fergus.doyle@example.com>", "Crack in my acoustic top", "iphone",
         "Photo attached, helpdesk acknowledgement, first human reply after two days answers all three questions.")
say(c, "c1", "customer", at(2, "10:00"), """Hi,

Found a crack below the bridge of my Martin D-15 (photo attached). Is this crack repairable,
and what would it cost? Should I loosen the strings before posting it to you?

Sent from my iPhone
""", attach=[("image/png", "crack.png", PHOTO)],
    aq=["Is this crack repairable,", "Should I loosen the strings before posting it to you?"])
ack(c, "k1", at(2, "10:01"), "c1")
say(c, "a1", "agent", at(4, "09:30"), """Hi Fergus,

Sorry for the slow reply - the workshop has been swamped. That's a classic dry-air crack and
very repairable: we glue it and fit a couple of cleats underneath, usually £90-£120. Slacken
the strings by two or three turns before posting but leave them on, so the neck stays under
a little tension.

Callum""", who="callum", parent="c1")
say(c, "c2", "customer", at(4, "12:14"), """Great, thanks Callum!

{quote}""", parent="a1", thanks=True)

c = case("h08-school-rental-template", "en", "closed", {"unanswered-question": 2},
         "Ellen Whitcombe <e.whitcombe@brookfieldprimary.example>", "Spring term instrument hire",
         "outlook",
         "A school asks three things; the templated scheme reply with a brochure gives the rates only.")
say(c, "c1", "customer", at(4, "08:55"), """Good morning,

We'd like 12 clarinets and 8 trumpets for the spring term. Could you confirm the termly rate per instrument? Is insurance included in the rental, or do parents need their own cover?

Can we also get the instruments delivered directly to the school rather than to the office?

Many thanks,
Ellen Whitcombe
Music Coordinator, Brookfield Primary School
""", aq=["Could you confirm the termly rate per instrument?"])
say(c, "a1", "agent", at(4, "15:30"), """Dear Ellen,

Thank you for your interest in the Harrowgate Schools Rental Scheme!

Our scheme supplies quality student instruments to more than 140 schools across Yorkshire.
Termly rates for the spring term: clarinet £38, trumpet £42 per instrument. Please find our
scheme brochure attached, which explains how the scheme works for schools and families.

Warm regards,
Hollie""", who="hollie", parent="c1",
    attach=[("application/pdf", "Schools-Rental-Scheme-2026.pdf",
             mailcraft.pdf(["Harrowgate Schools Rental Scheme", "Spring term 2027 rates"]))])

c = case("h09-finance-decision-colleague", "en", "closed", {},
         "Hannah Mistry <hannah.mistry@example.com>", "0% finance application", "gmail",
         "Rosie promises a finance colleague will reply today; Dev answers both questions the same afternoon.")
say(c, "c1", "customer", at(9, "09:40"), """Hello,

I applied for 0% finance on the Roland FP-30X yesterday but haven't had a decision email. How long does approval usually take? And can I still pay the deposit by card?

Thanks,
Hannah
""", aq=["How long does approval usually take?", "And can I still pay the deposit by card?"])
say(c, "a1", "agent", at(9, "10:25"), """Hi Hannah,

I've asked Dev in our finance team to look at your application - he'll email you today.

Rosie""", who="rosie", parent="c1", promises=[(eod(9), "a2")])
say(c, "a2", "agent", at(9, "16:10"), """Hi Hannah,

Your application was approved this afternoon. Decisions normally come within the hour; yours
was held back for an address check. The 10% deposit can go on any debit or credit card.

Dev""", who="dev", parent="a1")
say(c, "c2", "customer", at(9, "16:45"), """Brilliant, thank you both!

{quote}""", parent="a2", thanks=True)

c = case("h10-dd3-pedal-late", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
         "Sam Okonedo <sam.okonedo@example.net>", "Faulty Boss DD-3", "thunderbird",
         "Bench test promised by Wednesday, result only on Friday; the warranty question is never answered.")
say(c, "c1", "customer", at(10, "09:02"), """Hi,

The Boss DD-3 delay I bought from you (order HM-119020) stopped working after a week - no
echo at all, just the dry signal. Could you repair or replace it?

Also, could you send me a copy of the original invoice? I can't find it in my account.

Sam
""", aq=["Could you repair or replace it?"])
say(c, "a1", "agent", at(10, "11:30"), """Hi Sam,

Sorry about that. Please post it to the workshop with the returns label below. I'll test it
on the bench as soon as it lands and let you know by end of day Wednesday.

Returns label: https://harrowgatemusic.example/returns?o=HM-119020

Callum""", who="callum", parent="c1", promises=[(eod(11), "a2")])
say(c, "a2", "agent", at(13, "15:30"), """Hi Sam,

Tested it: the footswitch is faulty, so we're sending you a brand-new DD-3 today. Tracking:
RM 5520 1187 3GB.

Callum""", who="callum", parent="a1")

c = case("h11-grade5-book-chased", "en", "closed",
         {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
         "Dorothy Allsop <dot.allsop@example.org>", "Missing piano book", "thunderbird",
         "A chaser after two days; the reply finds and re-sends the book but ignores the postage refund.")
say(c, "c1", "customer", at(3, "09:00"), """Hello,

I ordered the ABRSM Grade 5 piano book (order HM-117740) on 27 October and it still hasn't
arrived. Can you check where it is?

Also, please refund the £2.85 extra I paid for first-class postage - it clearly wasn't first class.

Dorothy Allsop
""", aq=["Can you check where it is?"])
say(c, "c2", "customer", at(5, "10:10"), """Just following up on my email below - still no book and no reply.

Dorothy

{quote}""", parent="c1", chase=True)
say(c, "a1", "agent", at(5, "14:00"), """Dear Dorothy,

Apologies for the wait. The parcel came back to us as undeliverable: the postcode on the
order was missing its last letter. I've corrected it and re-sent the book today by Royal Mail
Tracked 24 - tracking RM 7713 0045 2GB.

Best wishes,
Rosie""", who="rosie", parent="c2")
say(c, "c3", "customer", at(6, "09:20"), """It's here, thank you!

{quote}""", parent="a1", thanks=True)

c = case("h12-privia-buzz-reopened", "en", "pending", {"reopened": 1},
         "Gareth Pryce <gareth.pryce@example.com>", "Buzzing Casio Privia", "gmail",
         "Closed after a firmware fix, reopened two weeks later when the buzz came back.")
say(c, "c1", "customer", at(2, "18:40"), """Hi,

Our Casio Privia PX-S3100 has a buzzing in the left speaker at higher volume. Is that covered by the warranty? We bought it from you in March.

Gareth
""", aq=["Is that covered by the warranty?"])
say(c, "a1", "agent", at(3, "09:15"), """Hi Gareth,

Yes, it's covered - two years on all digital pianos. Before anything else, please try
firmware 1.30, which fixes a known speaker resonance:
https://harrowgatemusic.example/support/casio-pxs3100?fw=1.30

Callum""", who="callum", parent="c1")
say(c, "c2", "customer", at(3, "20:05"), """That fixed it, thank you!

{quote}""", parent="a1", thanks=True)
say(c, "a2", "agent", at(4, "08:50"), """Great news, Gareth. I'll mark this ticket as resolved.

Callum""", who="callum", parent="c2", closes=True)
say(c, "c3", "customer", at(16, "19:10"), """Hi Callum,

Sorry, the buzzing is back since the weekend, even with the new firmware. What should we do now?

Gareth

{quote}""", parent="a2", aq=["What should we do now?"])
say(c, "a3", "agent", at(17, "09:05"), """Hi Gareth,

Sorry to hear that. Please book a free collection here and we'll replace the speaker under
warranty: https://harrowgatemusic.example/collect?ref=PX-S3100

Callum""", who="callum", parent="c3")

c = case("h13-drumkit-tradein-handoffs", "en", "closed",
         {"many-handoffs": 1, "unanswered-question": 1},
         "Kieran Walsh <kieran.walsh@example.net>", "Trade in Pearl Export for Roland TD-17", "gmail",
         "Three agents handle one trade-in; the cymbal question is lost between them.")
say(c, "c1", "customer", at(6, "11:00"), """Hi,

I'd like to trade in my Pearl Export kit against a Roland TD-17KVX. What would you offer for it? Can you collect it, since it won't fit in my car?

And do you take cymbals as a separate trade-in?

Photos attached.
Kieran
""", attach=[("image/png", "pearl-export.png", PHOTO)],
    aq=["What would you offer for it?", "Can you collect it, since it won't fit in my car?"])
say(c, "a1", "agent", at(6, "12:10"), """Hi Kieran,

Thanks for the photos - I've passed your trade-in to our valuation team.

Rosie""", who="rosie", parent="c1")
say(c, "a2", "agent", at(7, "10:20"), """Hi Kieran,

Based on the photos we can offer £320 in store credit against the TD-17KVX.

Dev""", who="dev", parent="a1")
say(c, "a3", "agent", at(7, "14:45"), """Hi Kieran,

Callum from the workshop here - we collect in HG, LS and YO postcodes for £25, deducted from
the credit. Our van is in your area on Thursday 12 November; the driver calls 30 minutes
before arriving.

Callum""", who="callum", parent="a2")
say(c, "c2", "customer", at(7, "18:30"), """Great, thanks all!

{quote}""", parent="a3", thanks=True)

c = case("h14-stratocaster-reserve-waiting", "en", "open", {"awaiting-reply": 1},
         "Aisha Rahman <aisha.rahman@example.com>", "Player Stratocaster in Tidepool", "android",
         "Stock and reservation request, only the helpdesk acknowledgement so far.")
say(c, "c1", "customer", at(17, "11:00"), """Hi,

Do you have the Fender Player Stratocaster in Tidepool in stock? If so, could you reserve one
for me until Saturday? I can come to the shop to try it.

Aisha
""")
ack(c, "k1", at(17, "11:01"), "c1")

c = case("h15-address-change-fresh", "en", "open", {},
         "Tom Greaves <tom.greaves@example.org>", "Change delivery address HM-120331", "outlook",
         "A request this morning, still inside the 24-hour response target.")
say(c, "c1", "customer", at(20, "09:30"), """Hello,

Can I change the delivery address on order HM-120331 to my work address? It's Greaves &
Lowe Architects, 3 Albert Street, York YO1 6HS. Nobody is home during the day.

Thanks,
Tom Greaves
""")

c = case("h16-querfloeten-angebot-spaet", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Birgit Lanz <b.lanz@musikschule-eichenau.example>", "Angebot Mietquerflöten", "outlook_de",
         "Angebot bis Dienstag zugesagt, erst nach der Nachfrage am Donnerstag geschickt.")
say(c, "c1", "customer", at(6, "10:00", 1), """Sehr geehrte Damen und Herren,

wir möchten für unsere Musikschule ab Januar fünf Querflöten (Yamaha YFL-212 oder
vergleichbar) mieten. Können Sie uns dafür ein Angebot machen?

Mit freundlichen Grüßen
Birgit Lanz
Musikschule Eichenau e.V.
""", aq=["Können Sie uns dafür ein Angebot machen?"])
say(c, "a1", "agent", at(6, "14:00", 1), """Sehr geehrte Frau Lanz,

sehr gern! Ich stelle Ihnen das Angebot zusammen und schicke es Ihnen bis Dienstag zu.

Viele Grüße
Greta Vogel""", who="greta", parent="c1", promises=[(eod(10), "a2")])
say(c, "c2", "customer", at(12, "09:00", 1), """Sehr geehrte Frau Vogel,

ich warte immer noch auf das Angebot, das Sie mir für Dienstag zugesagt hatten. Können Sie mir bitte sagen, wann es kommt?

Mit freundlichen Grüßen
Birgit Lanz

{quote}""", parent="a1", chase=True,
    aq=["Können Sie mir bitte sagen, wann es kommt?"])
say(c, "a2", "agent", at(12, "11:00", 1), """Sehr geehrte Frau Lanz,

entschuldigen Sie bitte die Verspätung. Anbei das Angebot: fünf YFL-212 zu je 19 € im Monat,
Mindestlaufzeit sechs Monate, Wartung inklusive.

Viele Grüße
Greta Vogel""", who="greta", parent="c2",
    attach=[("application/pdf", "Angebot-Musikschule-Eichenau.pdf",
             mailcraft.pdf(["Angebot 2026-311", "5 x Yamaha YFL-212, 19 EUR / Monat"]))])
say(c, "c3", "customer", at(12, "13:20", 1), """Vielen Dank, das Angebot ist angekommen.

B. Lanz

{quote}""", parent="a2", thanks=True)

c = case("h17-piano-belgique-reprise", "fr", "closed", {"unanswered-question": 1},
         "Antoine Lemaire <antoine.lemaire@example.be>", "Livraison piano numérique", "gmail",
         "Livraison en Belgique confirmée; la reprise de l'ancien piano n'est pas abordée.")
say(c, "c1", "customer", at(4, "09:00", 1), """Bonjour,

Je compte commander le Yamaha CLP-825. Livrez-vous en Belgique ?

Je voudrais aussi savoir si vous reprenez l'ancien piano lors de la livraison.

Merci d'avance,
Antoine Lemaire
""", aq=["Livrez-vous en Belgique ?"])
say(c, "a1", "agent", at(4, "11:30", 1), """Bonjour Monsieur Lemaire,

Oui, nous livrons partout en Belgique sous 5 à 8 jours ouvrés ; les frais de port pour un
piano numérique sont de 49 €, installation comprise.

Bien cordialement,
Margaux""", who="margaux", parent="c1")
say(c, "c2", "customer", at(5, "08:10", 1), """Merci beaucoup !

{quote}""", parent="a1", thanks=True)

c = case("h18-violin-cambio-talla", "es", "closed", {"unanswered-question": 1},
         "Marta Quintana <marta.quintana@example.es>", "Alquiler violín 3/4", "gmail_es",
         "Se responde qué incluye el alquiler; el cambio a 4/4 queda sin respuesta.")
say(c, "c1", "customer", at(9, "20:00", 1), """Buenas noches:

Mi hijo empieza violín en el conservatorio. ¿El alquiler del violín 3/4 incluye el arco y la resina? Quisiera saber si puedo cambiarlo por un 4/4 cuando mi hijo crezca.

Un saludo,
Marta Quintana
""", aq=["¿El alquiler del violín 3/4 incluye el arco y la resina?"])
say(c, "a1", "agent", at(10, "09:00", 1), """Hola Marta:

Sí, el violín se entrega con arco, resina, estuche y una cuerda de repuesto. La primera cuota
se cobra al enviarlo.

Un saludo,
Inés""", who="ines", parent="c1")

c = case("h19-p145-bluetooth-wrong-answer", "en", "closed", {"unanswered-question": 1},
         "Ben Liddell <ben.liddell@example.com>", "P-145 question", "gmail",
         "The agent answers about the app over USB, not the Bluetooth audio that was asked about.")
say(c, "c1", "customer", at(11, "10:00"), """Hi,

Does the Yamaha P-145 have Bluetooth audio, so I can play backing tracks from my phone through its speakers?

Ben
""")
say(c, "a1", "agent", at(11, "14:00"), """Hi Ben,

Good question - the P-145 works with Yamaha's Smart Pianist app over a USB cable, which gives
you the voice and metronome settings on your phone screen. It's a lovely piano for the money.

Rosie""", who="rosie", parent="c1")

c = case("h20-strap-locks-vat-invoice", "en", "closed", {"unanswered-question": 1},
         "Nadia Kowalczyk <nadia.k@example.net>", "Strap locks for SG", "apple",
         "Answered and thanked; ten days later a VAT invoice request in the same thread gets only a friendly line.")
say(c, "c1", "customer", at(2, "12:00"), """Hi,

Which strap locks fit a Gibson SG Standard?

Nadia
""", aq=["Which strap locks fit a Gibson SG Standard?"])
say(c, "a1", "agent", at(2, "15:00"), """Hi Nadia,

The Schaller S-Locks fit the SG's standard strap buttons - you swap the buttons for the
supplied ones, no drilling needed (SKU SCH-SLOCK-CH, £24).

Rosie""", who="rosie", parent="c1")
say(c, "c2", "customer", at(3, "08:30"), """Thanks, ordered them!

Nadia

{quote}""", parent="a1", thanks=True)
say(c, "c3", "customer", at(12, "09:00"), """Hi Rosie,

The strap locks arrived and fit perfectly. One more thing - could you send me a VAT invoice for order HM-118955? My accountant needs it.

Nadia

{quote}""", parent="c2")
say(c, "a2", "agent", at(12, "11:00"), """Hi Nadia,

Glad they fit! Enjoy the SG.

Rosie""", who="rosie", parent="c3")

c = case("h21-direct-debit-billing-address", "en", "closed", {"unanswered-question": 1},
         "Rachel Finch <rachel@finchtuition.example>", "Failed direct debit FA-20931", "outlook",
         "New bank mandate handled; the billing-address change asked in passing is ignored. Disclaimer with a question.")
say(c, "c1", "customer", at(10, "09:15"), """Hello,

Our direct debit for the finance agreement FA-20931 failed this month because we changed banks. Can you send me the form to update the bank details?

Also, please update our billing address to 14 Larch Close, Ripon HG4 2TQ.

Best regards,
Rachel Finch
Finch Music Tuition Ltd

This email and any attachments are confidential. If you are not the intended recipient, could you please notify the sender and delete it?
""", aq=["Can you send me the form to update the bank details?"])
say(c, "a1", "agent", at(10, "11:40"), """Hi Rachel,

Here's the mandate form - once it's back with us we'll collect the missed payment, and there
won't be a late fee this time.

Dev""", who="dev", parent="c1",
    attach=[("application/pdf", "DD-mandate.pdf",
             mailcraft.pdf(["Direct Debit Instruction", "Agreement FA-20931"]))])
say(c, "c2", "customer", at(11, "08:50"), """Signed form attached.

Rachel

{quote}""", parent="a1",
    attach=[("application/pdf", "DD-mandate-signed.pdf",
             mailcraft.pdf(["Direct Debit Instruction - signed", "Agreement FA-20931"]))])
say(c, "a2", "agent", at(11, "10:05"), """Received, thanks Rachel. The missed payment will be collected on 16 November.

Dev""", who="dev", parent="c2")

c = case("h22-trumpet-three-in-one", "en", "closed", {},
         "Simon Adeyemi <simon.adeyemi@example.org>", "Yamaha YTR-2330", "thunderbird",
         "Three questions answered in one paragraph, out of order (engraving refused).")
say(c, "c1", "customer", at(5, "19:30"), """Hello,

Three quick questions about the Yamaha YTR-2330 trumpet: does it come with a mouthpiece? What's the warranty? And could it be engraved with my son's name?

Thanks,
Simon
""", aq=["does it come with a mouthpiece?", "What's the warranty?",
         "And could it be engraved with my son's name?"])
say(c, "a1", "agent", at(6, "09:10"), """Hi Simon,

Engraving is something we can't do in-house, I'm afraid, but the trumpet carries Yamaha's
five-year warranty and ships with a 7C mouthpiece in the case.

Rosie""", who="rosie", parent="c1")
say(c, "c2", "customer", at(6, "10:00"), """Thanks Rosie, that's all I needed.

{quote}""", parent="a1", thanks=True)

c = case("h23-student-discount-yes", "en", "closed", {},
         "Leah Birch <leah.birch@example.ac.uk>", "Student discount", "gmail",
         "A pleasantry with a question mark, then the real question, answered with a bare 'Yes!'.")
say(c, "c1", "customer", at(12, "10:00"), """Hi Harrowgate team,

Hope you're having a good week? Quick one: is the 20% student discount valid on sale items too?

Leah
""", aq=["is the 20% student discount valid on sale items too?"])
say(c, "a1", "agent", at(12, "11:00"), """Yes!

Rosie""", who="rosie", parent="c1")

c = case("h24-cancel-mute-done", "en", "pending", {},
         "Harriet Cole <harriet.cole@example.com>", "Cancel item on HM-121002", "iphone",
         "A request without a question mark, answered with 'Done.'.")
say(c, "c1", "customer", at(16, "07:45"), """Morning,

Please cancel the practice mute I added to order HM-121002 - I ordered the wrong one.

Harriet

Sent from my iPhone
""", aq=["Please cancel the practice mute I added to order HM-121002"])
say(c, "a1", "agent", at(16, "09:00"), """Done.

Rosie""", who="rosie", parent="c1")

c = case("h25-tracking-number-only", "en", "pending", {},
         "Colin Baxter <colin.baxter@example.net>", "Tracking?", "thunderbird",
         "Answered with a tracking number and a link only.")
say(c, "c1", "customer", at(16, "08:00"), """What's the tracking number for my order HM-120118?

C. Baxter
""", aq=["What's the tracking number for my order HM-120118?"])
say(c, "a1", "agent", at(16, "09:10"), """RM 4471 2209 5GB - https://harrowgatemusic.example/track?o=HM-120118

Rosie""", who="rosie", parent="c1")

c = case("h26-reed-knife-crossed", "en", "pending", {},
         "Imogen Stacey <imogen.stacey@example.com>", "Reed knife", "gmail",
         "The reply already answers the reed question the customer sends five minutes later; mails crossed.")
say(c, "c1", "customer", at(17, "08:00"), """Hi,

How much is a reed knife? I'm starting to adjust my own clarinet reeds.

Imogen
""", aq=["How much is a reed knife?"])
say(c, "a1", "agent", at(17, "10:00"), """Hi Imogen,

Reed knives start at £18; the Rigotti one our clarinet tech uses is £26. And since you bought
Vandoren V12s last time: strength 3.5 is back in stock, £31 for a box of ten.

Rosie""", who="rosie", parent="c1")
say(c, "c2", "customer", at(17, "10:05"), """Sorry, forgot to ask - do you have Vandoren V12 in 3.5 at the moment?

Imogen

{quote}""", parent="c1", aq=["do you have Vandoren V12 in 3.5 at the moment?"])
say(c, "a2", "agent", at(17, "10:30"), """Hi Imogen,

Our emails crossed - yes, as in my last mail: 3.5 is in stock, £31 for ten.

Rosie""", who="rosie", parent="c2")

c = case("h27-nord-stage-html", "en", "closed", {},
         "Joe Harkness <joe@joeharkness.example>", "Nord Stage 4 demo", "apple",
         "HTML-only mails; the thanks carries a signature with a question and a ? URL.")
say(c, "c1", "customer", at(6, "13:00"), """Hi,

Could you tell me if your Harrogate shop has the Nord Stage 4 on display to try?

Joe
""", kind="html", aq=["Could you tell me if your Harrogate shop has the Nord Stage 4 on display to try?"])
say(c, "a1", "agent", at(6, "14:20"), """Hi Joe,

Yes - the 88-key Stage 4 is set up in the keyboard room with a pair of monitors. Weekday
mornings are the quietest time to try it.

Rosie""", who="rosie", parent="c1")
say(c, "c2", "customer", at(6, "15:00"), """Cheers Rosie, much appreciated.

Joe Harkness
Need a session keys player? https://joeharkness.example/book?src=sig

{quote}""", parent="a1", kind="html", thanks=True)

c = case("h28-marshall-dent-nonquestions", "en", "closed", {},
         "Lee Farrant <lee.farrant@example.org>", "Dented Marshall amp", "gmail",
         "A rhetorical outburst, a self-answered question and support's question quoted back; the refund request is answered.")
say(c, "c1", "customer", at(9, "12:00"), """Hi,

Why is it always so hard for couriers to handle a box marked FRAGILE?! Anyway - the Marshall
DSL40CR arrived with a dented corner on the cabinet. Works fine otherwise.

Where do I find the order number? Never mind, found it: HM-119377.

I'd like a partial refund rather than sending a 20 kg amp back.

Lee
""", aq=["I'd like a partial refund rather than sending a 20 kg amp back."])
say(c, "a1", "agent", at(9, "15:30"), """Hi Lee,

Sorry about the dent. We can do a £40 partial refund and you keep the amp. Could you send a
photo of the corner so I can log it with the courier?

Dev""", who="dev", parent="c1")
say(c, "c2", "customer", at(10, "08:40"), """> Could you send a photo of the corner so I can log it with the courier?

Here you go.

Lee
""", parent="a1", attach=[("image/png", "dent.png", PHOTO)])
say(c, "a2", "agent", at(10, "11:00"), """Thanks Lee - the £40 refund is processed today. It shows on your card in 3-5 working days.

Dev""", who="dev", parent="c2")

c = case("h29-violin-size-forwarded", "en", "closed", {},
         "Grace Nwosu <grace.nwosu@example.com>", "Wrong size on my order", "gmail",
         "A forwarded order confirmation full of boilerplate questions; the one request is done.")
say(c, "c1", "customer", at(13, "09:00"), """Hi,

I got the confirmation below but I ordered the 4/4 size, not 3/4. Please change it before it ships.

Grace

---------- Forwarded message ---------
From: Harrowgate Music <orders@harrowgatemusic.example>
Date: Thu, 12 Nov 2026 at 21:14
Subject: Your order HM-120207 is confirmed
To: <grace.nwosu@example.com>

Thanks for your order!

1 x Stentor Student II violin outfit, 3/4 - £129.00

Questions about your order? Visit https://harrowgatemusic.example/help?o=HM-120207
Want to add a care kit for £9.99? Just reply to this email.
""", aq=["Please change it before it ships."])
say(c, "a1", "agent", at(13, "11:20"), """Hi Grace,

Changed to the 4/4 outfit - same price, and it leaves the warehouse on Monday.

Rosie""", who="rosie", parent="c1")

c = case("h30-output-jack-no-slot", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
         "Danny Hirst <danny.hirst@example.net>", "Crackly output jack", "android",
         "'Let me check and get back to you' without a deadline, never kept; the phone-number update is ignored.")
say(c, "c1", "customer", at(11, "08:20"), """Hi,

The output jack on my Epiphone Les Paul crackles whenever the cable moves. Is that a quick fix, and can I wait while you do it if I bring it in?

Also, please add my new mobile number, 07700 900431, to my workshop account.

Danny
""", aq=["Is that a quick fix, and can I wait while you do it if I bring it in?"])
say(c, "a1", "agent", at(11, "10:40"), """Hi Danny,

It's usually a 20-minute job (a new Switchcraft jack, £18 fitted), and you're welcome to wait
in the shop. Let me check the bench schedule and get back to you with a slot.

Callum""", who="callum", parent="c1", promises=[(at(11, "10:40") + FOLLOW_UP_WINDOW, None)])

c = case("h31-korg-price-match-ahead", "en", "pending", {},
         "Olivia Marsh <olivia.marsh@example.com>", "Price match Korg B2", "gmail",
         "Price-match question deferred with a promise for Monday - still ahead at audit time.")
say(c, "c1", "customer", at(18, "14:00"), """Hi,

Any chance you can match the price of the Korg B2 at £389 from another shop? Link: https://soundcorner.example/korg-b2?ref=compare

Olivia
""", aq=["Any chance you can match the price of the Korg B2 at £389 from another shop?"])
say(c, "a1", "agent", at(19, "10:00"), """Hi Olivia,

Let me check with our buyer - I'll come back to you by Monday.

Dev""", who="dev", parent="c1", promises=[(eod(23), None)])

c = case("h32-rhodes-tines-kept", "en", "closed", {},
         "Marcus Feld <marcus.feld@example.net>", "Rhodes restoration quote", "outlook",
         "A promise to confirm tomorrow, kept the next morning.")
say(c, "c1", "customer", at(12, "09:00"), """Hello,

Could you confirm whether my Fender Rhodes Mark I restoration quote (Q-3391) includes replacing the tines?

Marcus Feld
""", aq=["Could you confirm whether my Fender Rhodes Mark I restoration quote (Q-3391) includes replacing the tines?"])
say(c, "a1", "agent", at(12, "11:00"), """Hi Marcus,

I'll check with Marek, who did the assessment, and confirm tomorrow.

Callum""", who="callum", parent="c1", promises=[(eod(13), "a2")])
say(c, "a2", "agent", at(13, "09:30"), """Hi Marcus,

Confirmed with Marek: the quote includes replacing all 73 tines and the tone-bar springs.

Callum""", who="callum", parent="a1")

c = case("h33-cello-case-collection", "en", "closed", {},
         "Eleanor Pike <eleanor.pike@example.org>", "Returning the cello case", "apple",
         "Courier logistics and a conditional offer to post a label - neither is a promise.")
say(c, "c1", "customer", at(10, "09:00"), """Hello,

When will the courier collect the returned cello case? I've boxed it up already.

Eleanor
""", aq=["When will the courier collect the returned cello case?"])
say(c, "a1", "agent", at(10, "10:00"), """Hi Eleanor,

DPD collect it on Thursday between 9am and 5pm - the label is on its way to your inbox from
DPD directly. If you'd rather have a printed label, just reply and I'll post one.

Rosie""", who="rosie", parent="c1")
say(c, "c2", "customer", at(10, "10:30"), """Lovely, thank you!

{quote}""", parent="a1", thanks=True)

c = case("h34-katana-dispatch-process", "en", "pending", {},
         "Ryan Cho <ryan.cho@example.com>", "Boss Katana order", "gmail",
         "Helpdesk acknowledgement and a process description ('you'll get an automatic email'), not a promise.")
say(c, "c1", "customer", at(16, "12:00"), """Hi,

I've just placed an order for a Boss Katana 50 MkII (HM-121044) - can you let me know when it's dispatched?

Ryan
""", aq=["can you let me know when it's dispatched?"])
ack(c, "k1", at(16, "12:01"), "c1")
say(c, "a1", "agent", at(16, "14:00"), """Hi Ryan,

You'll get an automatic email with the tracking link as soon as it leaves the warehouse -
usually the next working day for amps in stock.

Rosie""", who="rosie", parent="c1")

c = case("h35-clarinet-repad-chased-twice", "en", "pending",
         {"customer-chased": 2, "slow-first-response": 1, "unanswered-question": 1},
         "Frances Mould <frances.mould@example.net>", "Clarinet re-pad R-5521", "thunderbird",
         "Two chasers over a week; the eventual reply covers the repair but not the thumb-rest request.")
say(c, "c1", "customer", at(9, "09:00"), """Hello,

I posted my Yamaha YCL-255 clarinet for a re-pad on 2 November (repair ref R-5521). Has it arrived at the workshop?

Could you also replace the thumb rest cushion while it's there? It's split.

Frances Mould
""", aq=["Has it arrived at the workshop?"])
say(c, "c2", "customer", at(12, "09:00"), """I haven't heard back about my clarinet - could someone at least confirm it arrived?

Frances

{quote}""", parent="c1", chase=True, aq=["could someone at least confirm it arrived?"])
say(c, "c3", "customer", at(16, "08:30"), """Still waiting for any reply. This is my third email about R-5521.

F. Mould

{quote}""", parent="c2", chase=True)
say(c, "a1", "agent", at(16, "11:00"), """Dear Frances,

I'm very sorry - your clarinet arrived on 4 November and the re-pad is finished. It went back
to you this morning by Royal Mail Special Delivery, tracking SD 9034 1120 8GB.

Callum""", who="callum", parent="c3")

c = case("h36-alesis-manual-resend", "en", "closed",
         {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
         "Paul Hendry <paul.hendry@example.org>", "Alesis Strike manual", "outlook",
         "The request is resent as a new message two days later; the manual arrives, the German-version question is skipped.")
say(c, "c1", "customer", at(10, "09:00"), """Hello,

Please send me the user manual for the Alesis Strike drum module - the download link on your product page is broken.

Is there a German version of the manual as well? The kit is for my father.

Regards,
Paul Hendry
""", aq=["Please send me the user manual for the Alesis Strike drum module"])
say(c, "c2", "customer", at(12, "09:00"), """Hello,

Resending my request from Tuesday: I still need the user manual for the Alesis Strike module, as the download link on your site is broken.

Regards,
Paul Hendry
""", subject="Alesis Strike manual", chase=True)
say(c, "a1", "agent", at(12, "10:00"), """Hi Paul,

Sorry for the wait - the manual is attached, and we've fixed the download link on the product
page too.

Rosie""", who="rosie", parent="c2",
    attach=[("application/pdf", "Alesis-Strike-Module-Manual.pdf",
             mailcraft.pdf(["Alesis Strike Drum Module", "User Manual (EN)"]))])

c = case("h37-fp30x-weiss-staender", "de", "closed", {},
         "Sabine Kraus <sabine.kraus@example.de>", "Roland FP-30X in Weiß", "thunderbird_de",
         "Lieferbarkeit und passender Ständer, beide beantwortet; Dankesmail.")
say(c, "c1", "customer", at(3, "18:00", 1), """Hallo,

ich interessiere mich für das Roland FP-30X in Weiß. Ist es lieferbar? Gibt es dazu einen passenden Ständer?

Gruß
Sabine Kraus
""", aq=["Ist es lieferbar?", "Gibt es dazu einen passenden Ständer?"])
say(c, "a1", "agent", at(4, "09:20", 1), """Hallo Frau Kraus,

das weiße FP-30X ist sofort lieferbar (2-3 Werktage nach Deutschland). Der passende Ständer ist
der Roland KSC-70 in Weiß für 99 €.

Viele Grüße
Greta Vogel""", who="greta", parent="c1")
say(c, "c2", "customer", at(4, "10:00", 1), """Vielen Dank, dann bestelle ich gleich!

{quote}""", parent="a1", thanks=True)

c = case("h38-westerngitarre-setup", "de", "closed", {"unanswered-question": 2},
         "Tobias Engel <tobias.engel@example.at>", "Einstellen meiner Westerngitarre", "gmail_de",
         "Nur die Dauer wird beantwortet; Saitenwechsel und EC-Karte bleiben offen.")
say(c, "c1", "customer", at(11, "10:00", 1), """Servus,

ich würde gern meine Westerngitarre zum Einstellen in Harrogate vorbeibringen (bin im Dezember dort). Wie lange brauchen Sie dafür? Könnten Sie bei der Gelegenheit auch neue Saiten (Elixir 12-53) aufziehen? Und nehmen Sie EC-Karte?

Danke und Gruß
Tobias
""", aq=["Wie lange brauchen Sie dafür?"])
say(c, "a1", "agent", at(11, "15:00", 1), """Hallo Tobias,

ein Setup dauert bei uns zwei bis drei Werktage - bringen Sie die Gitarre also am besten gleich
am Anfang Ihres Besuchs vorbei.

Viele Grüße
Greta""", who="greta", parent="c1")

c = case("h39-notenstaender-wieder-offen", "de", "closed", {"reopened": 1},
         "Werner Haas <werner.haas@example.de>", "Beschädigter Notenständer", "outlook_de",
         "Ersatz verschickt und Ticket geschlossen; der Ersatz ist ebenfalls verbogen, Erstattung.")
say(c, "c1", "customer", at(2, "10:00", 1), """Guten Tag,

meine Bestellung HM-117902 (Notenständer K&M 101) kam mit verbogenem Fuß an. Bitte schicken Sie mir Ersatz.

Mit freundlichen Grüßen
Werner Haas
""", aq=["Bitte schicken Sie mir Ersatz."])
say(c, "a1", "agent", at(2, "13:00", 1), """Guten Tag Herr Haas,

der Ersatz ist heute rausgegangen, Sendungsnummer 00340434 1122 7781. Den beschädigten Ständer
können Sie behalten. Ich schließe das Ticket damit als erledigt.

Viele Grüße
Greta Vogel""", who="greta", parent="c1", closes=True)
say(c, "c2", "customer", at(10, "09:00", 1), """Guten Tag Frau Vogel,

leider ist auch der Ersatz verbogen angekommen. Können Sie mir stattdessen das Geld erstatten?

Mit freundlichen Grüßen
Werner Haas

{quote}""", parent="a1", aq=["Können Sie mir stattdessen das Geld erstatten?"])
say(c, "a2", "agent", at(10, "11:30", 1), """Guten Tag Herr Haas,

das tut mir sehr leid. Die Erstattung über 34,90 € ist veranlasst und sollte in drei bis fünf
Werktagen auf Ihrem Konto sein.

Viele Grüße
Greta Vogel""", who="greta", parent="c2")
say(c, "c3", "customer", at(10, "12:00", 1), """Danke.

{quote}""", parent="a2", thanks=True)

c = case("h40-clavinova-revision", "fr", "closed", {},
         "Sylvie Marchal <sylvie.marchal@example.fr>", "Révision Clavinova", "apple_fr",
         "Révision et délai, les deux réponses dans un seul paragraphe; message en multipart/alternative.")
say(c, "c1", "customer", at(5, "17:00", 1), """Bonjour,

Est-ce que vous faites la révision des pianos numériques ? Mon Clavinova CLP-735 a une touche qui claque. Et combien de temps faut-il compter ?

Cordialement,
Sylvie Marchal
""", kind="alt", aq=["Est-ce que vous faites la révision des pianos numériques ?",
                     "Et combien de temps faut-il compter ?"])
say(c, "a1", "agent", at(6, "09:30", 1), """Bonjour Madame Marchal,

Oui : notre atelier révise les Clavinova, forfait 89 € hors pièces, et l'appareil vous revient
sous dix jours ouvrés environ.

Bien cordialement,
Margaux""", who="margaux", parent="c1", kind="alt")
say(c, "c2", "customer", at(6, "10:15", 1), """Parfait, merci beaucoup.

{quote}""", parent="a1", thanks=True)

c = case("h41-facture-trois-fois", "fr", "closed",
         {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
         "Julien Roussel <julien.roussel@example.fr>", "Facture commande HM-118120", "gmail",
         "Relance après cinq jours; la facture arrive, le paiement en trois fois n'est pas abordé.")
say(c, "c1", "customer", at(4, "11:00", 1), """Bonjour,

Pourriez-vous m'envoyer la facture de ma commande HM-118120 ? Et est-il possible de payer le solde en trois fois ?

Merci,
Julien Roussel
""", aq=["Pourriez-vous m'envoyer la facture de ma commande HM-118120 ?"])
say(c, "c2", "customer", at(9, "09:00", 1), """Bonjour,

Je me permets de vous relancer concernant ma demande du 4 novembre.

Julien Roussel

{quote}""", parent="c1", chase=True)
say(c, "a1", "agent", at(9, "11:00", 1), """Bonjour Monsieur Roussel,

Veuillez nous excuser pour ce délai. Vous trouverez votre facture en pièce jointe.

Bien cordialement,
Margaux""", who="margaux", parent="c2",
    attach=[("application/pdf", "Facture-HM-118120.pdf",
             mailcraft.pdf(["Harrowgate Music - Facture", "Commande HM-118120"]))])

c = case("h42-dimanche-mixte", "fr", "pending", {},
         "Camille Girard <camille.girard@example.com>", "Horaires magasin", "iphone",
         "Question en français avec une phrase en anglais; réponse courte.")
say(c, "c1", "customer", at(17, "08:30"), """Bonjour,

Votre magasin de Harrogate est-il ouvert le dimanche ? (Sorry, I just moved here - is the shop open on Sundays?)

Merci !
Camille

Envoyé de mon iPhone
""", aq=["Votre magasin de Harrogate est-il ouvert le dimanche ?"])
say(c, "a1", "agent", at(17, "10:00"), """Bonjour Camille,

Non, le dimanche nous sommes fermés - du lundi au samedi de 9h à 17h30. Welcome to Harrogate!

Margaux""", who="margaux", parent="c1")

c = case("h43-guitarra-presupuesto-tarde", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
         "Javier Mendoza <javier.mendoza@example.es>", "Reparación puente R-5478", "gmail_es",
         "Presupuesto prometido para el lunes, enviado el miércoles tras un recordatorio; el cliente aprueba.")
say(c, "c1", "customer", at(5, "10:00", 1), """Hola:

Les envié mi guitarra clásica para cambiar el puente (reparación R-5478). ¿Me pueden dar un presupuesto antes de empezar?

Gracias,
Javier
""", aq=["¿Me pueden dar un presupuesto antes de empezar?"])
say(c, "a1", "agent", at(5, "16:00", 1), """Hola Javier:

Claro. La guitarra ya está en el taller; le envío el presupuesto el lunes.

Un saludo,
Inés""", who="ines", parent="c1", promises=[(eod(9), "a2")])
say(c, "c2", "customer", at(11, "09:00", 1), """¿Hay alguna novedad? Sigo esperando el presupuesto.

Javier

{quote}""", parent="a1", chase=True, aq=["¿Hay alguna novedad?"])
say(c, "a2", "agent", at(11, "12:00", 1), """Hola Javier:

Disculpe el retraso. El presupuesto es de 85 €: puente nuevo de palisandro, encolado y ajuste.
¿Le parece bien que empecemos?

Un saludo,
Inés""", who="ines", parent="c2")
say(c, "c3", "customer", at(11, "13:00", 1), """Sí, adelante.

{quote}""", parent="a2")
say(c, "a3", "agent", at(11, "15:00", 1), """Perfecto, Javier. Empezamos hoy mismo.

Inés""", who="ines", parent="c3")

c = case("h44-financiacion-factura-empresa", "es", "closed", {"unanswered-question": 1},
         "Raúl Ibáñez <raul@estudiosonoro.example>", "Financiación Kawai ES120", "outlook",
         "Importe mínimo respondido; la factura a nombre de la empresa no.")
say(c, "c1", "customer", at(12, "10:00", 1), """Hola,

Quiero financiar un piano digital Kawai ES120. ¿Cuál es el importe mínimo para la financiación sin intereses?

Además, necesito que la factura salga a nombre de mi empresa, Estudio Sonoro SL, con el CIF B12345678.

Saludos,
Raúl Ibáñez
""", aq=["¿Cuál es el importe mínimo para la financiación sin intereses?"])
say(c, "a1", "agent", at(12, "13:00", 1), """Hola Raúl:

El importe mínimo es de 300 € y el plazo máximo sin intereses, de 24 meses. El ES120 entra de
sobra.

Un saludo,
Inés""", who="ines", parent="c1")

c = case("h45-flauta-alquiler-sin-respuesta", "es", "open", {"awaiting-reply": 1},
         "Pilar Soto <pilar.soto@example.es>", "Flauta travesera alquiler escolar", "gmail_es",
         "Pregunta sin ninguna respuesta desde hace dos días.")
say(c, "c1", "customer", at(18, "16:00", 1), """Buenas tardes:

¿Tienen disponible la flauta travesera Yamaha YFL-222 para el alquiler escolar? Mi hija empieza en enero.

Pilar Soto
""")

c = case("h46-flute-rental-parent", "en", "closed", {"unanswered-question": 2},
         "Kate Lindqvist <kate.lindqvist@example.com>", "Flute rental over Christmas", "gmail",
         "A parent asks three things; only the start date is answered.")
say(c, "c1", "customer", at(3, "20:00"), """Hi,

My daughter starts flute in January through the Brookfield Primary scheme. Can we rent over the Christmas holidays so she can get used to it? What happens if she damages it? Will the rental count towards buying the flute later?

Thanks!
Kate
""", aq=["Can we rent over the Christmas holidays so she can get used to it?"])
say(c, "a1", "agent", at(4, "09:30"), """Hi Kate,

Yes - rentals can start any time, and if you start in December the first month is free, so
the holidays cost you nothing.

Hollie""", who="hollie", parent="c1")
say(c, "c2", "customer", at(4, "10:00"), """Lovely, thanks!

{quote}""", parent="a1", thanks=True)

c = case("h47-nord-electro-inline-skip", "en", "closed", {"unanswered-question": 1},
         "Theo Marchetti <theo.marchetti@example.net>", "Nord Electro 6 questions", "thunderbird",
         "Inline reply answers questions 1 and 3 and silently drops 2.")
say(c, "c1", "customer", at(9, "21:00"), """Hi,

Thinking about a Nord Electro 6D 73 for gigs and busking:

1) Does it have a USB audio interface?
2) Can I power it from a 12V supply for busking?
3) Is there a soft case that fits the 73-key version?

Thanks,
Theo
""", aq=["Does it have a USB audio interface?", "Is there a soft case that fits the 73-key version?"])
say(c, "a1", "agent", at(10, "10:15"), """Hi Theo,

> 1) Does it have a USB audio interface?

No - USB on the Electro 6 is MIDI only, so you'd record from the line outputs.

> 3) Is there a soft case that fits the 73-key version?

Yes, the Nord Soft Case Electro 73, £129.

Rosie""", who="rosie", parent="c1")

c = case("h48-refret-price-only", "en", "pending", {"unanswered-question": 1},
         "Alfie Brook <alfie.brook@example.org>", "Re-fret quote", "gmail",
         "Answered with a price only; how long the guitar is needed stays unanswered.")
say(c, "c1", "customer", at(16, "09:00"), """Hi Callum,

How much would a full re-fret on a maple-board Strat cost? And how long would you need the guitar? I've got gigs most weekends.

Alfie
""", aq=["How much would a full re-fret on a maple-board Strat cost?"])
say(c, "a1", "agent", at(16, "12:00"), """Hi Alfie,

£240, including a full setup afterwards.

Callum""", who="callum", parent="c1")

c = case("h49-teacher-trade-account", "en", "closed", {"unanswered-question": 2},
         "Miriam Achebe <miriam@clearwaterpiano.example>", "Teacher discount and trade account", "owa",
         "The teacher discount is set up; the trade account and catalogue requests are never addressed.")
say(c, "c1", "customer", at(10, "10:00"), """Hello,

I teach piano privately and send a lot of pupils your way. Do you offer a teacher discount on sheet music? Could you set up a trade account for me so I can order on invoice?

Also, please send me your spring catalogue by post.

Best wishes,
Miriam Achebe
Clearwater Piano Studio
""", aq=["Do you offer a teacher discount on sheet music?"])
say(c, "a1", "agent", at(10, "12:00"), """Hi Miriam,

Yes - registered teachers get 15% off all sheet music. Just send us a copy of your EPTA or ISM
membership card and we'll switch it on.

Rosie""", who="rosie", parent="c1")
say(c, "c2", "customer", at(11, "09:00"), """Here's my EPTA card.

Miriam

{quote}""", parent="a1", attach=[("image/png", "epta-card.png", PHOTO)])
say(c, "a2", "agent", at(11, "10:00"), """Thanks Miriam - the 15% teacher discount is now active on your web login.

Rosie""", who="rosie", parent="c2")

c = case("h50-u1-finance-paperwork", "en", "open",
         {"missed-follow-up": 2, "customer-chased": 2, "awaiting-reply": 1},
         "Geoffrey Tan <geoffrey.tan@example.com>", "Finance agreement shows wrong price", "outlook",
         "Two promises ('by Thursday', 'early next week') both broken; two chasers, the second unanswered.")
say(c, "c1", "customer", at(3, "09:00"), """Hello,

The finance agreement paperwork for my Yamaha U1 still shows the old price. Can you reissue it with the agreed £4,150?

Geoffrey Tan
""", aq=["Can you reissue it with the agreed £4,150?"])
say(c, "a1", "agent", at(3, "11:00"), """Hi Geoffrey,

Apologies for that - I'll reissue it and email it over by Thursday.

Dev""", who="dev", parent="c1", promises=[(eod(5), None)])
say(c, "c2", "customer", at(9, "09:00"), """Any update on the corrected agreement?

Geoffrey

{quote}""", parent="a1", chase=True, aq=["Any update on the corrected agreement?"])
say(c, "a2", "agent", at(9, "12:00"), """Hi Geoffrey,

Sorry - it's with the lender for re-approval at the new price. I'll chase them and get back to
you early next week.

Dev""", who="dev", parent="c2", promises=[(eod(17), None)])
say(c, "c3", "customer", at(18, "10:00"), """I'm still waiting for the corrected paperwork. The piano is sitting in your warehouse - please sort this out.

Geoffrey Tan

{quote}""", parent="a2", chase=True)

c = case("h51-early-bird-late-eod", "en", "pending", {"missed-follow-up": 1},
         "Zoe Whitfield <zoe.whitfield@example.net>", "Early-bird price on HM-121150", "iphone",
         "'I'll confirm by end of day' kept the next morning - late.")
say(c, "c1", "customer", at(16, "09:00"), """Hi,

Can you confirm if my order HM-121150 qualifies for the early-bird price? It was placed at 23:58 on the Thursday.

Zoe

Sent from my iPhone
""", aq=["Can you confirm if my order HM-121150 qualifies for the early-bird price?"])
say(c, "a1", "agent", at(16, "11:00"), """Hi Zoe,

Let me check the order timestamp with the web team - I'll confirm by end of day.

Dev""", who="dev", parent="c1", promises=[(eod(16), "a2")])
say(c, "a2", "agent", at(17, "10:00"), """Hi Zoe,

Good news: it went in before midnight, so it qualifies. I've refunded the £30 difference to
your card.

Dev""", who="dev", parent="a1")
say(c, "c2", "customer", at(17, "10:20"), """Thank you Dev!

{quote}""", parent="a2", thanks=True)

c = case("h52-saxophon-morgen", "de", "pending", {"missed-follow-up": 1},
         "Florian Weiß <florian.weiss@example.de>", "Reparatur R-5601", "gmail_de",
         "'Ich melde mich morgen' - die Nachricht kommt nie.")
say(c, "c1", "customer", at(17, "09:00", 1), """Hallo,

können Sie mir sagen, ob mein Saxophon (Reparatur R-5601) schon fertig ist?

Danke
Florian Weiß
""", aq=["können Sie mir sagen, ob mein Saxophon (Reparatur R-5601) schon fertig ist?"])
say(c, "a1", "agent", at(17, "11:00", 1), """Hallo Herr Weiß,

ich frage in der Werkstatt nach und melde mich morgen bei Ihnen.

Viele Grüße
Greta Vogel""", who="greta", parent="c1", promises=[(eod(18), None)])

c = case("h53-school-invoice-po", "en", "closed", {"missed-follow-up": 1},
         "Accounts Office <accounts@stwilfridsacademy.example>", "Rental invoice needs PO number", "owa",
         "A re-issued invoice promised for Monday never comes; the school's out-of-office is automatic mail.")
say(c, "c1", "customer", at(12, "09:00"), """Good morning,

Could you re-issue our rental invoice INV-88120 with the purchase order number 4500-2231 on it? Our finance office won't pay without it.

Regards,
Sandra Bright
Accounts Office, St Wilfrid's Academy
""", aq=["Could you re-issue our rental invoice INV-88120 with the purchase order number 4500-2231 on it?"])
say(c, "a1", "agent", at(12, "14:00"), """Hi Sandra,

Of course - I'll send the re-issued invoice on Monday.

Hollie""", who="hollie", parent="c1", promises=[(eod(16), None)])
say(c, "o1", "auto", at(12, "14:01"), """Thank you for your email. The Accounts Office is closed until Monday 16 November.
Urgent payment queries: bursar@stwilfridsacademy.example

St Wilfrid's Academy
""", parent="a1", subject="Automatic reply: Rental invoice needs PO number",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

c = case("h54-neck-repair-photos", "en", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Ruth Abernethy <ruth.abernethy@example.org>", "Photos for insurance claim", "gmail",
         "Photos promised for tomorrow never sent; a polite 'just checking in' is unanswered.")
say(c, "c1", "customer", at(13, "10:00"), """Hi Callum,

Could you send me before-and-after photos of the neck repair on my Gibson J-45 for my insurance claim?

Thanks,
Ruth
""", aq=["Could you send me before-and-after photos of the neck repair on my Gibson J-45 for my insurance claim?"])
say(c, "a1", "agent", at(13, "12:00"), """Hi Ruth,

Sure - I'll email them over tomorrow.

Callum""", who="callum", parent="c1", promises=[(eod(14), None)])
say(c, "c2", "customer", at(19, "09:00"), """Hi Callum, just checking in on those photos - the insurer is asking again.

Ruth

{quote}""", parent="a1", chase=True)


UNANSWERED = {
    "h02-kawai-delivery-bench": [
        "Also, could you tell me whether the matching bench is height-adjustable?"],
    "h04-p125-reparatur-post": [
        "Außerdem bitte ich Sie, mir einen Kostenvoranschlag vorab per E-Mail zu schicken."],
    "h08-school-rental-template": [
        "Is insurance included in the rental, or do parents need their own cover?",
        "Can we also get the instruments delivered directly to the school rather than to the office?"],
    "h10-dd3-pedal-late": [
        "Also, could you send me a copy of the original invoice?"],
    "h11-grade5-book-chased": [
        "Also, please refund the £2.85 extra I paid for first-class postage - it clearly wasn't first class."],
    "h13-drumkit-tradein-handoffs": ["And do you take cymbals as a separate trade-in?"],
    "h17-piano-belgique-reprise": [
        "Je voudrais aussi savoir si vous reprenez l'ancien piano lors de la livraison."],
    "h18-violin-cambio-talla": [
        "Quisiera saber si puedo cambiarlo por un 4/4 cuando mi hijo crezca."],
    "h19-p145-bluetooth-wrong-answer": [
        "Does the Yamaha P-145 have Bluetooth audio, so I can play backing tracks from my phone through its speakers?"],
    "h20-strap-locks-vat-invoice": [
        "could you send me a VAT invoice for order HM-118955?"],
    "h21-direct-debit-billing-address": [
        "Also, please update our billing address to 14 Larch Close, Ripon HG4 2TQ."],
    "h30-output-jack-no-slot": [
        "Also, please add my new mobile number, 07700 900431, to my workshop account."],
    "h35-clarinet-repad-chased-twice": [
        "Could you also replace the thumb rest cushion while it's there?"],
    "h36-alesis-manual-resend": ["Is there a German version of the manual as well?"],
    "h38-westerngitarre-setup": [
        "Könnten Sie bei der Gelegenheit auch neue Saiten (Elixir 12-53) aufziehen?",
        "Und nehmen Sie EC-Karte?"],
    "h41-facture-trois-fois": ["Et est-il possible de payer le solde en trois fois ?"],
    "h44-financiacion-factura-empresa": [
        "Además, necesito que la factura salga a nombre de mi empresa, Estudio Sonoro SL, con el CIF B12345678."],
    "h46-flute-rental-parent": [
        "What happens if she damages it?",
        "Will the rental count towards buying the flute later?"],
    "h47-nord-electro-inline-skip": ["Can I power it from a 12V supply for busking?"],
    "h48-refret-price-only": ["And how long would you need the guitar?"],
    "h49-teacher-trade-account": [
        "Could you set up a trade account for me so I can order on invoice?",
        "Also, please send me your spring catalogue by post."],
}
"""Each case's unanswered questions, verbatim from the customer's own text (labelled first,
then attached to the message that asks them)."""

# --------------------------------------------------------------------------------------
# Labels recomputed from the facts (the cross-check)
# --------------------------------------------------------------------------------------


CONTRACT = mailcraft.Contract(as_of=AS_OF, response_target=RESPONSE_TARGET, close_after=CLOSE_AFTER,
                              handoff_limit=HANDOFF_LIMIT)


def derived_status(c: Case) -> str:
    """The contract status of case ``c`` at AS_OF from roles, dates and explicit closes."""
    return mailcraft.contract_status(c.msgs, CONTRACT)


def derived_rules(c: Case) -> dict[str, int]:
    """Every rule count of case ``c`` recomputed from its messages' facts and dates."""
    return mailcraft.contract_rules(c.msgs, CONTRACT)


def attach_unanswered() -> None:
    """Put each labelled unanswered question on the first customer message that asks it, so
    the facts carry it; refuse a question that no customer message of its case contains."""
    for c in CASES:
        for m in c.msgs:
            m.uq = []
        for q in UNANSWERED.get(c.name, []):
            asking = [m for m in c.msgs if m.role == "customer" and q in m.body]
            if not asking:
                raise SystemExit(f"refusing to write: {c.name}: labelled question in no customer message: {q}")
            asking[0].uq.append(q)


def problems() -> list[str]:
    """Disagreements between the hand-written labels and the facts; empty when consistent."""
    out = []
    names = [c.name for c in CASES]
    if len(set(names)) != len(names):
        out.append("duplicate case names")
    for c in CASES:
        if derived_status(c) != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {derived_status(c)}")
        if derived_rules(c) != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {derived_rules(c)}")
        keys = {x.key for x in c.msgs}
        for m in c.msgs:
            if (m.uq or m.aq) and m.role != "customer":
                out.append(f"{m.key}: questions on a non-customer message")
            for q in m.uq + m.aq:
                if q not in m.own:
                    out.append(f"{m.key}: question not verbatim in the customer's text: {q}")
            if set(m.uq) & set(m.aq):
                out.append(f"{m.key}: a question labelled both answered and unanswered")
            if m.thanks_only and (m.uq or m.aq or m.chase):
                out.append(f"{m.key}: a thanks-only message that asks or chases")
            for _, kept in m.promises:
                if kept and kept not in keys:
                    out.append(f"{m.key}: promise kept by unknown message {kept}")
        if [m.date for m in c.msgs] != sorted(m.date for m in c.msgs):
            out.append(f"{c.name}: messages not in date order")
        if any(m.date > AS_OF for m in c.msgs):
            out.append(f"{c.name}: a message after the audit time")
    return out


# --------------------------------------------------------------------------------------
# Rendering and writing
# --------------------------------------------------------------------------------------


def render_all() -> list[Msg]:
    """Build every message (parents first) and return them in date order."""
    return mailcraft.render_corpus((m for c in CASES for m in c.msgs), PROFILE)


def labels() -> dict:
    """The labels.json document (format of tests/eval/README.md)."""
    for c in CASES:
        c.uq = [q for m in sorted(c.msgs, key=lambda m: (m.date, m.key)) for q in m.uq]
    return mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)


def cases_md(lab: dict) -> str:
    """The generated per-case table."""
    by_name = {c.name: c for c in CASES}
    rows = []
    for entry in lab["cases"]:
        c = by_name[entry["name"]]
        rows.append((c.name, c.lang, addr_of(c.customer)[0], c.client, len(c.msgs), c.status,
                     entry["rules"], c.story))
    return mailcraft.cases_table("Harrowgate Music - practice17 corpus cases",
                                 "make_practice17_corpus.py", rows)


def summary() -> dict[str, int]:
    """Counts for the README: cases, messages by kind, clean cases, questions."""
    msgs = [m for c in CASES for m in c.msgs]
    kinds = Counter(m.role for m in msgs)
    return {"cases": len(CASES), "messages": len(msgs), "customer": kinds["customer"],
            "agent": kinds["agent"], "ack": kinds["ack"], "auto": kinds["auto"],
            "clean": sum(1 for c in CASES if not c.rules),
            "answered_questions": sum(len(m.aq) for m in msgs),
            "unanswered_questions": sum(len(m.uq) for m in msgs),
            "cases_with_unanswered": sum(1 for c in CASES if any(m.uq for m in c.msgs))}


def write(out: Path) -> None:
    """Write the corpus to ``out`` (mailbox, labels.json, CASES.md), replacing what is there,
    or refuse (SystemExit) when the labels disagree with the facts or the mail does not read
    back."""
    attach_unanswered()
    msgs = render_all()
    found = problems()
    if found:
        raise SystemExit("refusing to write an inconsistent corpus:\n  " + "\n  ".join(found))
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "practice17"
        (stage / "mailbox").mkdir(parents=True)
        inbox = [m for m in msgs if m.role in ("customer", "auto")]
        (stage / "mailbox" / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
        mailcraft.write_maildir(stage / "mailbox" / "Sent",
                                ((m.date, m.raw, m.role == "agent") for m in msgs
                                 if m.role in ("agent", "ack")), "mx1.harrowgatemusic.example")
        lab = labels()
        (stage / "labels.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        (stage / "CASES.md").write_text(cases_md(lab), encoding="utf-8")
        parsed_in, parsed_sent = mailcraft.read_back(stage / "mailbox" / "inbox.mbox",
                                                     stage / "mailbox" / "Sent")
        bad = mailcraft.parse_problems(parsed_in + parsed_sent)
        by_id = {p["Message-ID"]: p for p in parsed_in + parsed_sent}
        for m in msgs:
            if m.kind == "html":
                continue  # an HTML-only message has no plain part to compare
            issue = mailcraft.round_trip_problem(m, by_id[m.message_id], m.role in ("customer", "auto"))
            if issue:
                bad.append(issue)
        if bad:
            raise SystemExit("refusing to write: mail does not read back:\n  " + "\n  ".join(bad))
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            shutil.move(str(stage / name), str(out / name))


def main(argv: list[str] | None = None) -> int:
    """Regenerate the corpus into ``--out`` (default tests/practice17) and print its counts."""
    ap = argparse.ArgumentParser(description="Regenerate the practice17 labelled corpus.")
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice17")
    args = ap.parse_args(argv)
    write(args.out)
    print(f"wrote {args.out}: " + ", ".join(f"{k} {v}" for k, v in summary().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
