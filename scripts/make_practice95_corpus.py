#!/usr/bin/env python3
"""Regenerate ``tests/practice95/``: a labelled corpus of Northcote Dance Academy.

A support mailbox of a fictional dance school in Battersea, London, with children's and adult
classes (baby ballet to adult tap, street, jazz, contemporary, flamenco, Pilates), RAD and
ISTD exams, a Christmas show at a local theatre, costume and uniform orders, term fees and
holiday workshops, written without looking at the detection heuristics, with many customer
questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``northcotedance.example``.

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

Usage: python scripts/make_practice95_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "northcotedance.example"
DESK = "Northcote Dance Academy <hello@northcotedance.example>"
RULES = mailcraft.RULES
YEAR = 2026
CORPUS_NAME = "practice95"

AGENTS = {
    "imogen": ("Imogen Hale <imogen@northcotedance.example>", "thunderbird", """-- 
Imogen Hale
Front Desk & Enrolments | Northcote Dance Academy
214 Northcote Road, London SW11 6RW | 020 7946 0215
Timetable and fees: https://northcotedance.example/timetable?term=spring-2027"""),
    "callum": ("Callum Reid <callum@northcotedance.example>", "outlook", """Callum Reid
Exams & Syllabus Coordinator | Northcote Dance Academy
Exam week nerves? Most answers are at https://northcotedance.example/exams?faq=1"""),
    "priya": ("Priya Raman <priya@northcotedance.example>", "apple", """Priya Raman
Shows, Costumes & Uniform | Northcote Dance Academy
https://northcotedance.example/shows/snow-queen?from=email"""),
    "bethan": ("Bethan Morgan <bethan@northcotedance.example>", "owa", """Bethan Morgan
Fees & Accounts | Northcote Dance Academy
Northcote Dance Academy Ltd, registered in England and Wales no. 08812345. This email and
any attachments are confidential and meant only for the person it is addressed to. If it
reached you by mistake, please let us know and delete it."""),
    "katrin": ("Katrin Vogel <katrin@northcotedance.example>", "thunderbird_de", """-- 
Katrin Vogel
Ballett & Elternkontakt (deutschsprachig) | Northcote Dance Academy
https://northcotedance.example/de?ref=signatur"""),
    "camille": ("Camille Roussel <camille@northcotedance.example>", "apple_fr", """Camille Roussel
Danse contemporaine & familles francophones | Northcote Dance Academy
https://northcotedance.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@northcotedance.example>", "gmail_es", """--
Lucía Ferrer
Flamenco y familias hispanohablantes | Northcote Dance Academy
+44 20 7946 0219"""),
}

ACK = """Hello,

Thanks for contacting Northcote Dance Academy. This is an automatic reply to let you
know your message has reached us (reference {ref}). The front desk is open Monday to
Friday 9am-6pm and Saturday 8.30am-1pm, and we aim to reply within one working day.

If your child is unwell and will miss a class today, there is no need to email -
just call us on 020 7946 0215.

Northcote Dance Academy
https://northcotedance.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Northcote Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="nda.", outlook_server="AM6P19")
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
    """A reply by support agent ``who`` at ``when`` (London time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in London: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

INVOICE_PDF = mailcraft.pdf(["Northcote Dance Academy - Invoice NDA-S27-0418 (corrected)",
                             "Spring term 2027 - Fairweather family",
                             "Poppy: Grade 3 ballet + tap  GBP 198.00",
                             "Finn: Street 8-11 (10% sibling)  GBP 97.20",
                             "Rosie: Primary ballet (15% sibling)  GBP 23.40 ... total GBP 318.60"])
SCHEDULE_PDF = mailcraft.pdf(["The Snow Queen - Sunday rehearsal schedule",
                              "22 Nov: Snowflakes 10.00-11.30, Robins 11.30-12.30",
                              "29 Nov: Reindeer, Ice Palace, Seniors",
                              "6 Dec: all groups, running order, Studio 1",
                              "11 Dec (Fri): full dress rehearsal, Lantern Theatre, 4.30pm"])
UNIFORM_PDF = mailcraft.pdf(["ISTD Grade 1 Tap - exam uniform",
                             "Girls: academy navy leotard, tan tights, black tap shoes",
                             "Boys: white t-shirt, black jazz trousers, black tap shoes",
                             "Black ribbon on tap shoes; hair off the face; no jewellery"])
ROBIN_PNG = mailcraft.png(10, 12, lambda x, y: (180 + 6 * x, 40 + 10 * y, 30))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("p01-okafor-trial-ballet", "en", "closed", {},
      "Rachel Okafor <rachel.okafor@example.com>", "gmail", "Trial class for Zara?",
      "Three questions about a first trial class, answered in one paragraph in reverse order.",
      cu("11-02 09:10", """Hi,

My daughter Zara is 5 and has been twirling round the kitchen since she saw the Nutcracker last year, so I think it's time! Do you have room for a trial in the Saturday morning Primary ballet class? What should she wear for it - does she need proper ballet shoes straight away? And are parents allowed to stay and watch, or do we wait outside?

Thanks so much,
Rachel"""),
      ag("imogen", "11-02 11:30", """Hi Rachel,

Parents wait in the foyer during class, but there's a viewing window into Studio 2 so you won't miss the twirling. For a trial, leggings and a t-shirt with bare feet or socks are fine and hair tied back - no need to buy anything until she's sure she loves it. The 9.15 Saturday Primary class has space, and I've pencilled Zara in for this Saturday, 7 November.

Best wishes,
Imogen""")),

    C("p02-marsh-grade3-entry", "en", "closed", {"unanswered-question": 1},
      "Helen Marsh <helen.marsh@marshfamily.example>", "outlook", "Grade 3 exam - Maisie Marsh",
      "Exam entry and fee handled; the indirect question about the character skirt is skipped; thanks-only close.",
      cu("11-03 08:05", """Good morning,

Please enter Maisie for her Grade 3 ballet exam in the December session - Miss Helena says she's ready. What is the fee this time? I was also wondering whether she needs her own character skirt for the exam or whether the school lends them out.

Many thanks,
Helen Marsh""", uq=1),
      ag("callum", "11-03 12:40", """Hi Helen,

Maisie is entered for Grade 3 in the December session. The entry fee is £74 and it will appear on your spring term invoice rather than as a separate bill.

Kind regards,
Callum"""),
      cu("11-03 13:02", """Lovely, thank you Callum!

Helen""", thanks=True)),

    C("p03-kaur-snowflake-robin", "en", "pending", {},
      "Gemma Kaur <gemma.kaur@kaurhome.example>", "iphone", "Costume order - Ava and Leo",
      "Two costumes ordered and two payment questions answered inline under the quoted lines.",
      cu("11-16 19:45", """Hi Priya

Please can I order two costumes for the show - a snowflake for Ava (age 7, she's tall so probably 7-8) and a robin for Leo (age 5).

When does payment have to be in by? Is it possible to split it across two months? Christmas is expensive enough!

Gemma x

Sent from my iPhone"""),
      ag("priya", "11-17 09:20", """Hi Gemma,

Both are on the order - Ava in the 7-8 snowflake, Leo in the 5-6 robin.

> When does payment have to be in by?

Friday 27 November, through the parent portal.

> Is it possible to split it across two months?

Of course. Pay £28 now and £28 in December, and put SPLIT in the payment reference.

Priya""", quote=False)),

    C("p04-elsworth-adult-tap", "en", "closed", {},
      "Martin Elsworth <m.elsworth@example.net>", "gmail", "Adult tap - complete beginner",
      "A 52-year-old beginner with a rhetorical 'Am I mad?' and three real questions, answered in different words.",
      cu("11-04 20:15", """Hello,

I'm 52 and the last time I tapped was in a church hall in 1986. Am I mad? Probably. My daughter dances with you and says I should stop talking about it and just come.

Is the Thursday adult beginners tap class genuinely for beginners, or is everyone secretly brilliant? Do I need to buy tap shoes from week one? And what does a single class cost if I just want to try it?

Best regards,
Martin Elsworth"""),
      ag("imogen", "11-05 09:05", """Hi Martin,

Not mad at all - about half of Thursday's group started from scratch this autumn, and nobody is secretly brilliant (their words, not mine). Dropping in costs £14, or £120 for a card of ten classes. We keep a box of spare tap shoes in most sizes at reception, so borrow a pair for the first few weeks and buy your own once you're hooked.

See you on Thursday,
Imogen""")),

    C("p05-fairweather-sibling-discount", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Daniel Fairweather <daniel@fairweather-home.example>", "outlook", "Spring invoice - sibling discount missing?",
      "Corrected invoice promised by Wednesday arrives the next Monday after a chase (late = missed); the reply's References skip a message.",
      cu("11-09 08:30", """Hello,

Our spring term invoice arrived this morning and I don't think it includes the sibling discount - we have three at the academy now (Poppy, Finn and Rosie, who started in September). Could you check whether it's been applied? And is the discount 10% for each extra child, or a flat amount?

Thanks,
Daniel Fairweather"""),
      ag("bethan", "11-09 14:10", """Hi Daniel,

Thanks for spotting this. Rosie's classes went through at the full rate, so something has gone wrong in the invoice run. I'll check with Joanna, our principal, how the discount works for a third child and get back to you by Wednesday with a corrected invoice.

Kind regards,
Bethan""", promises=[("11-11", 4)]),
      cu("11-13 10:20", """Hi Bethan,

Just following up on the corrected invoice - the payment goes out on the 20th, so I'd like to get it sorted before then.

Daniel""", chase=True),
      ag("bethan", "11-16 09:15", """Hi Daniel,

Apologies for the wait. The corrected invoice is attached: 10% off for the second child and 15% off for the third, which brings the term to £318.60 instead of £354.00. The payment on the 20th will take the new amount.

Kind regards,
Bethan""", refs=[1, 3], attach=[("application/pdf", "NDA-S27-0418-corrected.pdf", INVOICE_PDF)])),

    C("p06-krueger-schlaeppchen", "de", "closed", {"unanswered-question": 1},
      "Sabine Krüger <sabine.krueger@krueger-mail.example>", "gmail_de", "Ballettschuhe für Emma",
      "Shoe type and shop answered; the request to resend the autumn invoice is skipped.",
      cu("11-04 19:30", """Liebe Frau Vogel,

Emma (8) ist jetzt seit drei Wochen in Ihrer Grade-1-Klasse und ganz begeistert. Nun braucht sie richtige Ballettschuhe. Sollen es Leder- oder Stoffschläppchen sein, und wo kaufen die anderen Familien die Schuhe normalerweise? Könnten Sie mir außerdem die Rechnung für das Herbsttrimester noch einmal schicken? Ich finde sie leider nicht mehr.

Viele Grüße
Sabine Krüger""", uq=1),
      ag("katrin", "11-05 08:50", """Liebe Frau Krüger,

wie schön, dass Emma so viel Freude hat! Für Grade 1 nehmen wir Stoffschläppchen mit geteilter Sohle in Lachsrosa – die sind leichter und rutschen auf unserem Boden weniger als Leder. Die meisten Familien kaufen bei Pointe & Barre, Lavender Hill 42; wenn Sie dort sagen, dass Emma bei uns tanzt, bekommen Sie 10 % Rabatt.

Herzliche Grüße
Katrin Vogel""")),

    C("p07-martin-billets", "fr", "closed", {},
      "Aurélie Martin <aurelie.martin@lesmartin.example>", "apple_fr", "Billets pour le spectacle de Noël",
      "Three questions about show tickets and drop-off, all answered in one reply.",
      cu("11-05 12:30", """Bonjour,

Léa danse dans le spectacle de Noël le 12 décembre et toute la famille veut venir ! Combien coûtent les billets ? Est-il possible de réserver quatre places côte à côte pour ses grands-parents et nous ? Et à quelle heure faut-il déposer Léa au théâtre ?

Merci d'avance,
Aurélie Martin"""),
      ag("camille", "11-05 16:10", """Bonjour Aurélie,

La billetterie ouvre en ligne lundi 16 novembre à 10h : 14 £ la place adulte, 8 £ pour les enfants. Les places sont numérotées, vous choisissez donc vos quatre sièges côte à côte au moment de payer. Pour la représentation de 14h, les danseurs sont attendus à 12h30 à l'entrée des artistes du Lantern Theatre, Falcon Road.

Bien à vous,
Camille""")),

    C("p08-gimenez-bono-flamenco", "es", "pending", {"unanswered-question": 1},
      "Marta Giménez <marta.gimenez@example.org>", "gmail_es", "Clases de flamenco para adultos",
      "Price and shoes answered; the question about classes over Christmas is skipped.",
      cu("11-17 21:10", """Hola Lucía:

Me lo recomendó una compañera de trabajo y me apetece muchísimo empezar con el flamenco. ¿Cuánto cuesta el bono de 10 clases? ¿Hacen falta zapatos con clavos desde el primer día o puedo venir con unos zapatos normales de tacón? ¿Y hay clase también durante las vacaciones de Navidad?

Un saludo,
Marta""", uq=1),
      ag("lucia", "11-18 10:05", """¡Hola Marta!

Qué alegría. El bono de 10 clases sale por 125 £ y tiene validez de cuatro meses. Las primeras semanas te basta con unos zapatos de tacón ancho y suela lisa; los de clavos, cuando ya te hayas enganchado.

Te esperamos el martes a las 19:30.

Un abrazo,
Lucía""")),

    C("p09-brennan-chickenpox", "en", "closed", {},
      "Sophie Brennan <sophie.brennan@brennanmail.example>", "android", "Ruby - missing jazz",
      "Two questions about make-up classes after chickenpox, answered in one sentence.",
      cu("11-06 07:55", """Morning,

Ruby has chickenpox (spots everywhere, very sorry for herself) so she'll miss jazz on Monday and probably the Monday after too. Can she catch up in another class once she's better? Which days would work?

Sophie"""),
      ag("imogen", "11-06 10:20", """Hi Sophie,

Poor Ruby! She's welcome at the Wednesday 5pm or Thursday 4.15 jazz class any week until the end of term - no need to book, just tell the teacher at the door.

Hope she feels better soon,
Imogen""")),

    C("p10-mehta-istd-certificates", "en", "closed", {"missed-follow-up": 1},
      "Anjali Mehta <anjali.mehta@example.com>", "gmail", "Tap exam certificate - Kavya Mehta",
      "The agent promises news on a missing certificate by Friday and never writes again; the customer's thanks does not reopen.",
      cu("11-03 17:40", """Hi,

Kavya took her Grade 2 tap exam in July and we still haven't had the certificate or her marks. Do you know when they're due? She asks me every single week!

Thanks,
Anjali"""),
      ag("callum", "11-04 09:30", """Hi Anjali,

The July results did arrive, but a handful of certificates were missing from the ISTD's package and Kavya's seems to be one of them. I'll chase their office this week and let you know by Friday where hers has got to.

Kind regards,
Callum""", promises=[("11-06", None)]),
      cu("11-04 09:52", """Thank you!""", thanks=True)),

    C("p11-beaumont-chaperone", "en", "pending", {"unanswered-question": 2},
      "Claire Beaumont <claire.beaumont@beaumontfamily.example>", "gmail", "Chaperoning at the show",
      "A volunteer chaperone asks three things; the reply gives arrival times only.",
      cu("11-17 12:15", """Hi Priya,

I'd love to help as a chaperone for the Christmas show. Do I need a DBS check, and if so do you arrange it? What time would chaperones need to be at the theatre on the day? Could you also put my husband Tom down for the matinee? He's very happy to do quick changes for the little ones.

Thanks,
Claire""", uq=2),
      ag("priya", "11-18 08:40", """Hi Claire,

Thank you so much - we always need more hands backstage! Chaperones for the 2pm show meet at 12 in the green room, and for the evening show at 5. There's a short briefing first and then you stay with the same group of six children for the whole show.

Priya""")),

    C("p12-greaves-party-hire", "en", "pending", {},
      "Natalie Greaves <natalie.greaves@greaves.example>", "owa", "Birthday party at the studio?",
      "Availability, price and food for a party, answered out of order; a held slot is not a promise.",
      cu("11-18 13:20", """Hello,

Our daughter Mia turns 7 on 5 December and she is desperate to have a dance party at the studio. Is Studio 1 available that Saturday afternoon? How much would it be with one of your teachers running it? Can we bring our own food and a cake? We'd be about 14 children.

Best wishes,
Natalie Greaves""", kind="alt"),
      ag("imogen", "11-18 15:45", """Hi Natalie,

What a lovely idea. Food and cake are fine in the foyer - we don't allow food in the studios because of the sprung floor, but we can set out tables for you. Studio 1 is free from 2 to 4pm on Saturday 5 December, and a teacher-led party for up to 16 children is £185 including music and a small present for Mia. I've held 2-4pm in your name until Friday.

Best wishes,
Imogen""")),

    C("p13-hammond-hoodie", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Lucy Hammond <lucy.hammond@example.net>", "gmail", "Hoodie and leotard for Grace",
      "Restock date promised 'early next week' (Tuesday) comes on Thursday after 'any news on the hoodie?'.",
      cu("11-05 08:15", """Hi,

I'd like to order an academy hoodie (age 9-10) and a navy leotard in size 2 for Grace. Can I pay when I collect them?

Lucy Hammond"""),
      ag("priya", "11-05 13:00", """Hi Lucy,

The leotard is in stock and waiting for Grace at reception, and yes - pay when you collect, card or cash. The hoodies in 9-10 have sold out, I'm afraid. I'll find out from our supplier when the next batch is due and let you know early next week.

Priya""", promises=[("11-10", 4)]),
      cu("11-12 16:30", """Hi Priya,

Any news on the hoodie? Grace is desperate for one before the show!

Lucy""", chase=True),
      ag("priya", "11-12 17:45", """Hi Lucy,

Sorry for the silence. The supplier's next delivery is 30 November and I've put Grace's name on one of them, so it'll be at reception that week.

Priya""")),

    C("p14-lehmann-erwachsenenballett", "de", "closed", {"missed-follow-up": 1},
      "Anja Lehmann <anja.lehmann@lehmann-net.example>", "thunderbird_de", "Einstieg Ballett für Erwachsene",
      "Trial class answered; the pro-rata fee is deferred with 'ich melde mich morgen', never kept (base64 reply).",
      cu("11-05 18:40", """Guten Abend,

ich würde gern in Ihren Ballettkurs für Erwachsene am Montag um 19 Uhr
einsteigen, obwohl das Trimester schon läuft. Zahle ich dann nur die
restlichen Stunden? Und kann ich vorher einmal zur Probe mitmachen?

Viele Grüße
Anja Lehmann"""),
      ag("katrin", "11-06 09:15", """Liebe Frau Lehmann,

sehr gern! Eine Probestunde geht jederzeit – kommen Sie einfach am Montag um 18:45 Uhr vorbei, die erste Stunde ist kostenlos. Wegen der anteiligen Gebühr kläre ich das mit unserer Buchhaltung und melde mich morgen bei Ihnen.

Herzliche Grüße
Katrin Vogel""", promises=[("11-07", None)], cte="base64")),

    C("p15-adeyemi-street-inline", "en", "closed", {},
      "Olu Adeyemi <olu@adeyemi.example>", "thunderbird", "Street dance for Tobi",
      "A numbered list of three questions answered inline: 'Yes, three places left', an age and a price.",
      cu("11-09 16:05", """Hi there,

A few questions about street dance for my son Tobi, who's 10:

1. Is there still space in the Friday 6pm class?
2. Is there a minimum age? His little brother (7) wants to come too.
3. How is it paid - per class or per term?

Thanks,
Olu"""),
      ag("imogen", "11-10 09:00", """Hi Olu,

> 1. Is there still space in the Friday 6pm class?

Yes, three places left.

> 2. Is there a minimum age? His little brother (7) wants to come too.

Street starts at 8, but the Saturday 10am Jazz & Hip Hop class is for 6-8 year olds.

> 3. How is it paid - per class or per term?

Termly, at £9 a class, pro rata for the weeks left.

Imogen""", quote=False)),

    C("p16-lyle-parking-ack", "en", "closed", {},
      "Rebecca Lyle <becky.lyle@example.com>", "gmail", "Parking and waiting area",
      "Helpdesk acknowledgement, then both questions answered the same morning.",
      cu("11-10 07:40", """Hello,

We're starting baby ballet with Florence on Saturday. Is there anywhere to park nearby, and is there somewhere I can wait with her baby brother during the class?

Thanks,
Becky"""),
      ack("11-10 07:41"),
      ag("imogen", "11-10 10:30", """Hi Becky,

Welcome to Florence! Street parking on Salcott Road is free on Saturdays. The foyer has a buggy park, sofas and a little play corner, and lots of parents wait there with younger brothers and sisters.

See you on Saturday,
Imogen""")),

    C("p17-pryce-workshop-refund", "en", "open", {"awaiting-reply": 1},
      "Simon Pryce <simon.pryce@prycefamily.example>", "outlook", "Cancelled half-term workshop - refund",
      "A refund question that gets only the acknowledgement: awaiting reply.",
      cu("11-18 09:05", """Hello,

The half-term musical theatre workshop on 29 October was cancelled the day before because of the boiler failure. We had paid £95 for Alfie. Can you refund it to my card, or does it have to stay as credit on our account?

Kind regards,
Simon Pryce"""),
      ack("11-18 09:06")),

    C("p18-doyle-preschool-today", "en", "open", {},
      "Kirsty Doyle <kirsty.doyle@example.org>", "iphone", "Pre-school ballet waiting list",
      "A fresh question this morning with only the acknowledgement, still inside the response target.",
      cu("11-20 10:30", """Hi, is there a waiting list for the Tuesday 4pm pre-school ballet? Evie will be 3 in January. Also do you offer a discount for a sibling trial?

Thanks
Kirsty

Sent from my iPhone"""),
      ack("11-20 10:31")),

    C("p19-chambers-measurements-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Emily Chambers <emily.chambers@example.net>", "gmail", "Isabelle's costume measurements",
      "Measurements resent word for word as a new mail five days later; first reply after the resend.",
      cu("11-11 20:10", """Hi Priya,

Here are Isabelle's measurements for the Sugar Plum costume: chest 64cm, waist 56cm, height 134cm, girth 118cm. Could you confirm which size you'll be ordering?

Thanks,
Emily"""),
      cu("11-16 08:30", """Hi Priya,

Sending this again in case it got lost - here are Isabelle's measurements for the Sugar Plum costume: chest 64cm, waist 56cm, height 134cm, girth 118cm. Could you confirm which size you'll be ordering?

Thanks,
Emily""", parent=0, chase=True),
      ag("priya", "11-16 12:15", """Hi Emily,

So sorry - your first email landed while I was away at the costume fitting day. Isabelle takes an age 10-11 in the tutu and a medium bodice, and both went on today's order.

Priya""", parent=2)),

    C("p20-osei-lost-tap-shoes", "en", "closed", {"reopened": 1},
      "Lauren Osei <lauren.osei@oseifamily.example>", "android", "Lost tap shoes - Kemi",
      "Agent marks the case resolved; the shoes turn out to be someone else's and the customer writes again.",
      cu("11-02 17:30", """Hi,

Kemi left her tap shoes in Studio 2 after Saturday's class - black Bloch, size 13. Have they turned up?

Lauren"""),
      ag("imogen", "11-03 09:10", """Hi Lauren,

Good news: a pair of black Bloch 13s was handed in on Saturday. They're at reception with Kemi's name on a sticky note. I'll mark this as resolved.

Imogen""", closes=True),
      cu("11-04 18:20", """Hi Imogen,

I picked them up today but they aren't hers - the name inside says R. Patel. Kemi's have a pink ribbon tied round the left buckle. Could you keep an eye out for them?

Lauren"""),
      ag("imogen", "11-05 09:00", """Hi Lauren,

Oh no, sorry! I've put the Patel pair back and asked every teacher to check their studio. Kemi's shoes (pink ribbon, left buckle) are on the lost property list at the desk, so whoever finds them knows where they go.

Imogen""")),

    C("p21-wallis-intermediate-foundation", "en", "closed", {"many-handoffs": 1},
      "Jennifer Wallis <jen.wallis@example.com>", "gmail", "Moving Amelia up to Intermediate Foundation",
      "Three questions answered by three people: timetable, exam readiness and fee difference; colleague promises kept.",
      cu("11-05 10:00", """Hello,

Amelia's ballet teacher mentioned that she could move up from Grade 4 to the Intermediate Foundation class next term. Which days is that class? Would she be ready to take the IF exam next summer? And how much more would it cost per term?

Thank you,
Jennifer Wallis"""),
      ag("imogen", "11-05 12:00", """Hi Jennifer,

Intermediate Foundation runs on Tuesdays 5.30-6.45 and Saturdays 11.15-12.30, and students do both. Callum looks after exams, so he'll reply to you about next summer, and I've asked Bethan to send you the fee difference.

Best wishes,
Imogen""", promises=[("window", 3), ("window", 4)]),
      ag("callum", "11-05 15:30", """Hi Jennifer,

Amelia's teacher thinks summer is realistic as long as she takes both weekly classes. The final decision is made at the March assessment, as for everyone in that class.

Kind regards,
Callum"""),
      ag("bethan", "11-06 09:20", """Hi Jennifer,

Intermediate Foundation is £236 a term against £198 for Grade 4, so £38 more per term.

Kind regards,
Bethan""")),

    C("p22-dubois-date-examen", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Céline Dubois <celine.dubois@dubois-famille.example>", "gmail", "Horaire de l'examen de Chloé",
      "'Je reviens vers vous d'ici vendredi' kept only the next Tuesday, after 'je me permets de vous relancer'.",
      cu("11-10 08:20", """Bonjour Camille,

Pourriez-vous me dire à quelle date et à quelle heure Chloé passera son examen de Grade 1 ? Nous devons réserver nos billets pour la France et j'aimerais éviter de tout décaler.

Merci beaucoup,
Céline"""),
      ag("camille", "11-10 12:30", """Bonjour Céline,

Les examens ont lieu le week-end du 5 et 6 décembre, mais l'horaire exact de Chloé n'est pas encore fixé. Je me renseigne auprès de Callum et je reviens vers vous d'ici vendredi.

Bonne journée,
Camille""", promises=[("11-13", 4)]),
      cu("11-17 09:40", """Bonjour Camille,

Je me permets de vous relancer au sujet de l'horaire de Chloé : nous devons vraiment réserver nos billets cette semaine.

Cordialement,
Céline Dubois""", chase=True),
      ag("camille", "11-17 14:00", """Bonjour Céline,

Toutes mes excuses pour ce retard. Chloé passe le samedi 5 décembre à 10h40 ; elle doit être au studio à 10h en tenue, chignon fait.

Bien à vous,
Camille""")),

    C("p23-romero-vestuario", "es", "closed", {"unanswered-question": 1},
      "Javier Romero <javier.romero@romero-casa.example>", "android", "Vestuario de Lucas",
      "Cash payment answered; the request for a receipt in the company's name is skipped (base64 mail).",
      cu("11-05 13:10", """Hola:

Les escribo por el vestuario de Lucas para el festival de Navidad. ¿Se puede pagar en efectivo en recepción o tiene que ser por transferencia? Y por favor, envíenme un recibo de la cuota del trimestre a nombre de Romero Consultoría SL, lo necesito para la empresa.

Gracias,
Javier Romero""", uq=1, cte="base64"),
      ag("lucia", "11-06 09:30", """Hola, Javier:

Sin problema: en recepción aceptamos efectivo y tarjeta, de lunes a sábado. El vestuario de Lucas son 26 £.

Un saludo,
Lucía""")),

    C("p24-whitaker-christmas-workshop", "en", "pending", {},
      "Tom Whitaker <tom@whitakers.example>", "apple", "Christmas workshop - Matilda and Nell",
      "Booking plus three questions (lunch, times, sibling price) answered with figures and a payment link.",
      cu("11-19 08:10", """Hi,

I'd like to book both girls (Matilda, 9, and Nell, 6) on the Christmas workshop, 21-23 December. Do they need to bring a packed lunch? What are the drop-off and pick-up times? And is there a sibling price?

Cheers,
Tom"""),
      ag("imogen", "11-19 11:40", """Hi Tom,

Both booked: Matilda with the 8-12s in Studio 1, Nell with the 5-7s in Studio 2. It runs 9.30 to 3pm each day - packed lunch and a water bottle please (nut-free). The second child is £20 off, so £170 for the two of them: https://northcotedance.example/pay?ref=XMAS-WHIT

Best wishes,
Imogen""")),

    C("p25-rahman-contemporary-finish", "en", "closed", {},
      "Fatima Rahman <fatima.rahman@example.org>", "owa", "Wednesday contemporary finish time",
      "A one-line question answered, an explicit 'I'll mark this one as resolved', and a thanks that does not reopen.",
      cu("11-02 12:00", """Hello,

What time does the Wednesday contemporary class for 11-14s finish? I need to plan pick-up around my shift.

Thanks,
Fatima"""),
      ag("imogen", "11-02 13:30", """Hi Fatima,

6.15 - the teens are usually out a couple of minutes later after stretching. I'll mark this one as resolved.

Imogen""", closes=True),
      cu("11-02 14:02", """Perfect, thanks so much.

Fatima""", thanks=True)),

    C("p26-adebayo-switch-tap", "en", "closed", {},
      "Ruth Adebayo <ruth.adebayo@adebayo.example>", "gmail", "Noah - switching tap class",
      "A pleasantry ('Where did the autumn go?'), a self-answered question and one real request, done in one line.",
      cu("11-09 21:30", """Hi both,

Where did the autumn go? Noah's Saturday tap now clashes with football, so can he switch to the Thursday 5pm tap from the 12th? Where do I find the uniform rules for the new class - actually, never mind, just found them on the website.

Thanks,
Ruth"""),
      ag("imogen", "11-10 09:10", """Hi Ruth,

All done - Noah's on Thursday's register from the 12th, and the fee doesn't change.

Imogen""")),

    C("p27-pike-show-photos-ooo", "en", "pending", {},
      "Graham Pike <graham.pike@pikeandco.example>", "outlook", "Photos at the Christmas show",
      "Photographer and filming questions answered with a link; the customer's Outlook out-of-office replies; signature with a '?' URL.",
      cu("11-16 09:00", """Hello,

Is there an official photographer at the Christmas show, and can we order prints? Also, are parents allowed to film from their seats?

Regards,
Graham Pike
Director | Pike & Co Surveyors
Need a survey? https://pikeandco.example/contact?src=sig""", kind="alt"),
      ag("priya", "11-16 14:20", """Hello Graham,

Filming and photos from the audience aren't allowed - some of our children can't be photographed for safeguarding reasons. Instead, Lantern Photography cover the dress rehearsal and both shows, and prints and downloads go on sale on their site from 14 December: https://lanternphoto.example/northcote?show=2026

Best wishes,
Priya"""),
      auto("11-16 14:21", """Thank you for your email. I am out of the office until Thursday 19 November with limited access to email. For anything urgent please contact office@pikeandco.example.

Graham Pike""", quote=False, subject="Automatic reply: Re: Photos at the Christmas show")),

    C("p28-hart-grade5-fee", "en", "closed", {},
      "Dominic Hart <dom.hart@example.net>", "thunderbird", "Grade 5 ballet exam",
      "Fee and entry deadline answered with a figure and a date, nothing else.",
      cu("11-06 15:30", """Hi,

How much is the Grade 5 ballet exam this session, and when's the last
day to enter? Jessie's teacher thinks she's ready.

Dom"""),
      ag("callum", "11-06 16:10", """Hi Dom,

£86; entries close on Friday 13 November.

Callum""")),

    C("p29-fisher-rehearsal-sundays", "en", "pending", {},
      "Joanne Fisher <jo.fisher@fisherhome.example>", "gmail", "Rehearsal dates for Molly",
      "Schedule promised for tomorrow and sent the next morning as a PDF; the dress rehearsal question answered at once.",
      cu("11-16 11:00", """Hi Priya,

Can you tell me which Sundays Molly needs to be at rehearsals before the show? We've got a family wedding on the 29th and I'm panicking slightly. Could you also let me know whether she has to be at the dress rehearsal on the Friday?

Thanks,
Jo"""),
      ag("priya", "11-16 15:30", """Hi Jo,

Don't panic! The dress rehearsal on Friday 11 December is compulsory for everyone, I'm afraid. I'm finalising the Sunday schedule with the teachers tonight and I'll send it to you tomorrow.

Priya""", promises=[("11-17", 3)]),
      ag("priya", "11-17 10:45", """Morning Jo,

Schedule attached. Molly's group (the Snowflakes) rehearses on 22 November and 6 December only, so the 29th is all yours - enjoy the wedding!

Priya""", parent=2, attach=[("application/pdf", "snow-queen-sunday-rehearsals.pdf", SCHEDULE_PDF)])),

    C("p30-lindqvist-tap-slot-ahead", "en", "pending", {},
      "Sarah Lindqvist <sarah.lindqvist@example.com>", "iphone", "Freya's tap exam day",
      "Exam slot promised by Tuesday 24 November (still ahead at audit time); what to bring answered.",
      cu("11-18 10:15", """Hi Callum,

Do you know yet which day Freya's Grade 3 tap exam will be in January? We're trying to book a weekend away. Also, does she need to bring anything on the day?

Sarah"""),
      ag("callum", "11-18 13:00", """Hi Sarah,

The ISTD sends us the January timetable on Monday 23rd, and I'll email you Freya's slot by Tuesday 24 November at the latest. On the day she only needs her exam uniform, hair in a bun and a water bottle - no music or paperwork.

Kind regards,
Callum""", promises=[("11-24", None)])),

    C("p31-walsh-reindeer-costume", "en", "closed", {},
      "Bryony Walsh <bryony.walsh@walshfamily.example>", "gmail", "Daisy's reindeer costume",
      "When and how a paid costume arrives, and washing: answered with logistics that are not promises.",
      cu("11-06 09:40", """Hi,

I paid for Daisy's reindeer costume a couple of weeks ago. When will it arrive, and do I need to collect it or does it come home with her? Also - do we need to wash it before the show?

Bryony"""),
      ag("priya", "11-06 13:50", """Hi Bryony,

The reindeer costumes arrive at the studio on Thursday 12 November and the teachers hand them out at the end of class that week, each in a bag with the child's name on it. Please don't wash it - they're spot-clean only and go back to our wardrobe after the show.

Priya""")),

    C("p32-brandt-pruefung", "de", "closed", {"unanswered-question": 2},
      "Michael Brandt <michael.brandt@brandt-familie.example>", "outlook_de", "Prüfung Grade 2 - Lena Brandt",
      "Formal mail with three questions; the reply gives the fee and the weekend but not the hair question or the PDF.",
      cu("11-09 19:00", """Sehr geehrte Damen und Herren,

unsere Tochter Lena soll im Dezember ihre Grade-2-Prüfung ablegen. Wie hoch ist die Prüfungsgebühr? Muss sie die Haare zu einem Dutt tragen oder reicht ein Zopf? Bitte schicken Sie uns außerdem die Prüfungsbedingungen als PDF, wir möchten sie in Ruhe durchlesen.

Mit freundlichen Grüßen
Michael Brandt""", uq=2),
      ag("katrin", "11-10 08:30", """Sehr geehrter Herr Brandt,

die Gebühr für Grade 2 beträgt in dieser Session 68 £ und wird mit der Rechnung für das Frühjahrstrimester abgebucht. Lena ist für das Prüfungswochenende am 5./6. Dezember angemeldet.

Mit freundlichen Grüßen
Katrin Vogel""")),

    C("p33-liddell-payg-termly", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Karen Liddell <karen.liddell@example.org>", "outlook", "Switching Charlie to termly billing",
      "No reply for two days; the customer replies to her own mail ('just checking in... any news?'), then both questions are answered.",
      cu("11-09 09:20", """Hello,

Charlie has been coming to Saturday jazz on pay-as-you-go since September. Could we switch him to termly billing from January? I'd also like to know whether termly works out cheaper over the year.

Thanks,
Karen Liddell"""),
      cu("11-11 08:45", """Hi, just checking in on my email below - any news?

Thanks,
Karen""", parent=1, chase=True),
      ag("bethan", "11-11 11:30", """Hi Karen,

Sorry for the wait. That's set up: Charlie moves to termly billing from the spring term. Termly is £9 a class against £11 on pay-as-you-go, so you'll save about £24 a term.

Kind regards,
Bethan""")),

    C("p34-ali-forwarded-payment", "en", "closed", {},
      "Yasmin Ali <yasmin.ali@example.com>", "gmail", "Fwd: Your payment to Northcote Dance Academy",
      "HTML-only mail forwarding a payment receipt whose own '?' lines are not the customer's; her question is answered.",
      cu("11-12 20:00", """Hi,

Can you confirm this payment came through for Isla's spring term? My banking app is showing it twice.

Thanks,
Yasmin

---------- Forwarded message ---------
From: PayGlide Receipts <receipts@payglide.example>
Date: Thu, 12 Nov 2026 at 19:42
Subject: Your payment to Northcote Dance Academy
To: <yasmin.ali@example.com>

Payment received: £212.00
Paid to: Northcote Dance Academy Ltd
Reference: SPR27-ISLA-ALI

Questions about this payment? Visit https://payglide.example/help?ref=rcpt
Was this email useful? Tell us in two clicks.""", kind="html"),
      ag("bethan", "11-13 09:05", """Hi Yasmin,

It arrived once - £212 on 12 November, allocated to Isla's spring term. The second line in your app is the card pre-authorisation, which your bank releases by itself.

Kind regards,
Bethan""")),

    C("p35-goldberg-open-contemporary", "en", "pending", {"unanswered-question": 1},
      "Leah Goldberg <leah.goldberg@example.net>", "gmail", "Adult contemporary over the holidays",
      "First question answered; in a follow-up the changing room is answered and the student discount skipped.",
      cu("11-15 18:00", """Hi,

I'm a second-year dance student at uni and I'd love to keep training while I'm home over winter. Do you have an adult contemporary class at intermediate level?

Leah"""),
      ag("imogen", "11-16 09:20", """Hi Leah,

Yes - Open Contemporary on Tuesdays, 7-8.30pm, is intermediate/advanced and taught by Camille. Drop in any week; it's £15 a class.

Imogen"""),
      cu("11-16 12:30", """Amazing, thanks! One more thing - do you do a student discount? And is there anywhere to change? I'll be coming straight from work.

Leah""", uq=1),
      ag("imogen", "11-16 14:00", """There's a changing room with lockers next to Studio 3 - bring a padlock. See you Tuesday!

Imogen""")),

    C("p36-ortega-sevillanas", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Carmen Ortega <carmen.ortega@example.org>", "gmail_es", "Plazas en sevillanas",
      "'Te escribo el lunes' kept on Wednesday, after '¿hay alguna novedad...? Sigo esperando'.",
      cu("11-04 18:30", """Hola Lucía:

¿Podrías decirme si queda alguna plaza en la clase de sevillanas de los jueves? Somos dos amigas y nos gustaría empezar juntas. ¿Se puede pagar por meses?

Gracias,
Carmen"""),
      ag("lucia", "11-05 10:00", """Hola, Carmen:

En principio hay sitio, pero tengo que confirmar con recepción cuántas plazas quedan exactamente. Pagar por meses sí se puede: son 48 £ al mes por persona. Te escribo el lunes y te digo algo.

Un saludo,
Lucía""", promises=[("11-09", 4)]),
      cu("11-11 09:15", """Hola Lucía, ¿hay alguna novedad con lo de las plazas? Sigo esperando para decírselo a mi amiga.

Carmen""", chase=True),
      ag("lucia", "11-11 12:00", """¡Perdona, Carmen! Quedan tres plazas y ya os he apuntado a las dos a partir del jueves 19.

Un abrazo,
Lucía""")),

    C("p37-schubert-kostuem", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Petra Schubert <petra.schubert@schubert-online.example>", "gmail_de", "Kostüm zu groß",
      "'Ich melde mich bis Mittwoch' not kept; 'gibt es schon etwas Neues?' on Thursday goes unanswered.",
      cu("11-15 20:00", """Hallo Katrin,

das Schneeflockenkostüm, das Mia letzte Woche bekommen hat, ist viel zu groß – das Oberteil rutscht ständig runter. Kann man es gegen eine kleinere Größe tauschen?

Liebe Grüße
Petra"""),
      ag("katrin", "11-16 09:00", """Hallo Petra,

oh je! Ich frage Priya, ob noch eine Größe 7-8 im Fundus ist, und melde mich bis Mittwoch bei dir.

Liebe Grüße
Katrin""", promises=[("11-18", None)]),
      cu("11-19 09:00", """Hallo Katrin,

gibt es schon etwas Neues wegen des Kostüms? Am Sonntag ist ja schon die nächste Probe.

Liebe Grüße
Petra""", chase=True)),

    C("p38-girard-pilates", "fr", "closed", {},
      "Nathalie Girard <nathalie.girard@girard.example>", "apple_fr", "Pilates pour adultes",
      "Two short questions about Pilates answered without repeating them.",
      cu("11-08 17:00", """Bonjour,

J'ai vu sur votre site que vous proposez du Pilates pour danseurs. Est-ce ouvert aux adultes qui ne dansent pas ? Faut-il apporter son tapis ?

Merci,
Nathalie Girard"""),
      ag("camille", "11-09 09:30", """Bonjour Nathalie,

Tout à fait : la moitié du groupe du mercredi (12h15) ne danse pas du tout. Les tapis sont fournis, venez simplement en tenue confortable.

À bientôt,
Camille""")),

    C("p39-ellison-grandmother-matinee", "en", "closed", {"unanswered-question": 1},
      "Margaret Ellison <margaret.ellison@example.org>", "outlook", "Poppy's Christmas show",
      "Three requests inside one long paragraph; the matinee and cheque are answered, the aisle seat is not.",
      cu("11-06 11:00", """Dear Sir or Madam,

My granddaughter Poppy Ellison (she is in the Tuesday baby ballet class with Miss Jo) has been talking about nothing but the Christmas show, and her mother tells me she is to be a snowflake, which is wonderful news for a little girl of four. I live in Devon and would very much like to come up to London to see her, so I was hoping you could tell me whether there is a performance at the weekend, as I no longer drive after dark and would prefer an afternoon show. I should also be grateful if you could reserve me an aisle seat, as my knee is not what it was. I do not shop on the internet, so perhaps I could pay by cheque?

With kind regards,
Margaret Ellison (Mrs)""", uq=1),
      ag("imogen", "11-06 14:30", """Dear Mrs Ellison,

How lovely that you're coming up for Poppy's first show. There is a matinee at 2pm on Saturday 12 December. Tickets are £14, and a cheque is no trouble at all: please make it out to Northcote Dance Academy Ltd and post it to us at 214 Northcote Road, London SW11 6RW.

Kind regards,
Imogen""")),

    C("p40-sanderson-tap-uniform-pdf", "en", "closed", {},
      "Chloe Sanderson <chloe.sanderson@sanderson.example>", "apple", "Grade 1 tap exam uniform",
      "A request without a question mark, answered with a PDF attachment.",
      cu("11-10 12:10", """Hi Callum,

Please send me the uniform list for the Grade 1 tap exam - I want to make sure Ivy has everything well before the big day.

Chloe"""),
      ag("callum", "11-10 15:00", """Hi Chloe,

Here you go, it's all on one page. Ivy's current class uniform is fine; the only extra is a black ribbon for her tap shoes.

Kind regards,
Callum""", attach=[("application/pdf", "ISTD-grade1-tap-uniform.pdf", UNIFORM_PDF)])),

    C("p41-bello-torn-robin", "en", "pending", {"missed-follow-up": 1},
      "Aisha Bello <aisha.bello@bellohome.example>", "iphone", "Robin costume ripped",
      "Photo of a torn costume; charge answered, repair-or-replace promised 'by end of day tomorrow' and never sent.",
      cu("11-16 18:30", """Hi Priya

Sorry to be a pain - the skirt on Zainab's robin costume ripped at the seam during yesterday's rehearsal (photo attached). Can it be repaired in time for the show or does she need a new one? And will there be a charge?

Aisha

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", ROBIN_PNG)]),
      ag("priya", "11-17 09:00", """Hi Aisha,

Not a pain at all, these things happen! There's no charge either way - wear and tear is on us. I'll talk to our wardrobe mistress this morning about whether it can be mended or needs replacing, and let you know by end of day tomorrow.

Priya""", promises=[("11-18", None)])),

    C("p42-castillo-baby-ballet", "es", "closed", {},
      "Lorena Castillo <lorena.castillo@castillo-familia.example>", "gmail_es", "Ballet para una niña de 3 años",
      "Age, days and price for baby ballet answered in one reply.",
      cu("11-05 20:30", """Buenas tardes:

Mi hija Vega cumple tres años en diciembre. ¿A partir de qué edad admiten niños en ballet? ¿Qué días hay clase y cuánto cuesta?

Muchas gracias,
Lorena Castillo"""),
      ag("lucia", "11-06 09:45", """Hola, Lorena:

Baby Ballet es para niños de dos años y medio a cuatro, así que Vega puede empezar ya. Hay clase los martes a las 10:00 y los sábados a las 9:00, y el trimestre cuesta 96 £ (doce clases). La primera es de prueba y gratuita.

Un saludo,
Lucía""")),

    C("p43-wagner-stepptanz", "de", "pending", {},
      "Thomas Wagner <thomas.wagner@wagner-mail.example>", "thunderbird_de", "Stepptanz für Wiedereinsteiger",
      "An adult returning to tap asks which class and when to start; both answered.",
      cu("11-16 19:15", """Hallo,

ich bin beruflich für ein halbes Jahr in London und würde gern wieder mit
Stepptanz anfangen (vor zehn Jahren hatte ich zwei Jahre Unterricht).
Welcher Kurs passt für mich, und kann ich gleich nächste Woche einsteigen?

Viele Grüße
Thomas Wagner"""),
      ag("katrin", "11-17 08:30", """Hallo Herr Wagner,

mit Ihrer Vorerfahrung passt der Improvers-Kurs donnerstags um 20 Uhr sehr gut. Einsteigen können Sie jederzeit, also gern schon am 26. November – melden Sie sich einfach zehn Minuten vorher an der Rezeption.

Viele Grüße
Katrin Vogel""")),

    C("p44-lam-monday-primary", "en", "closed", {},
      "Victoria Lam <victoria.lam@example.com>", "owa", "Monday Primary ballet",
      "Space and price answered; a conditional offer to hold a place; 'we'll talk and get back to you' is thanks-only.",
      cu("11-03 10:45", """Hello,

Is there space in the Monday 4.30 Primary ballet class for Chloe (5)? And how much is the spring term?

Victoria"""),
      ag("imogen", "11-03 12:15", """Hi Victoria,

Two places left on Mondays, and spring is £132 for twelve weeks. If you'd like one, just reply and I'll hold it for Chloe until the new year.

Best wishes,
Imogen"""),
      cu("11-03 18:40", """Thanks Imogen, I'll talk to her dad and get back to you.

Victoria""", thanks=True)),

    C("p45-morrison-jazz-shoes", "en", "closed", {"unanswered-question": 1},
      "Paul Morrison <paul.morrison@morrisonfamily.example>", "outlook", "Jazz shoes for Jack",
      "A follow-up that lost its threading headers asks two more things; the request to add a second contact is skipped.",
      cu("11-09 13:00", """Hi,

Jack has just started jazz on Wednesdays. What shoes does he need?

Paul"""),
      ag("imogen", "11-09 15:00", """Hi Paul,

Black split-sole jazz shoes - reception sells them for £24, or any dance shop will have them.

Imogen"""),
      cu("11-10 08:15", """Thanks. Two more things: does he need the academy t-shirt, or is any plain black top OK? Also, can you add my wife Sarah to the contact list for Jack - sarah.morrison@morrisonfamily.example - she does most of the pick-ups.

Paul""", thread=False, uq=1),
      ag("imogen", "11-10 10:40", """Hi Paul,

Any plain black t-shirt is fine for jazz class. The academy tee is only needed for shows.

Imogen""")),

    C("p46-quigley-wheelchair-access", "en", "closed", {},
      "Bernard Quigley <b.quigley@example.org>", "oldclient", "Access at the theatre",
      "A grandfather's mail from an old client without a Message-ID; access and parking both answered.",
      cu("11-06 10:00", """Dear Academy,

I am Ellie Quigley's grandad and will be taking her grandmother to the
show. She uses a wheelchair. Is the theatre accessible, and is there
anywhere to park a car with a blue badge?

Yours,
Bernard Quigley""", msgid=False, note="grandfather's access question, sent without a Message-ID"),
      ag("imogen", "11-06 15:00", """Dear Mr Quigley,

Yes - the Lantern Theatre has step-free access from the main entrance and two wheelchair spaces in the stalls, with a companion seat beside each. There are four blue badge bays right outside on Falcon Road.

Kind regards,
Imogen""")),

    C("p47-turner-show-tickets", "en", "closed", {},
      "Amy Turner <amy.turner@example.com>", "gmail", "Christmas show tickets",
      "Two ticket questions answered in one line; same subject as p48 from another family.",
      cu("11-09 12:00", """Hi,

When do tickets for the Christmas show go on sale, and is there a limit per family?

Thanks,
Amy"""),
      ag("imogen", "11-09 14:00", """Hi Amy,

Monday 16 November at 10am, online only - up to six per family in the first week, then no limit.

Imogen""")),

    C("p48-shah-show-tickets", "en", "pending", {"unanswered-question": 1},
      "Ben Shah <ben.shah@shahfamily.example>", "gmail", "Christmas show tickets",
      "Same subject as p47, another family: returns list answered, the under-2s question skipped.",
      cu("11-16 10:30", """Hello,

I've just tried to buy tickets for the Saturday matinee and the site says it sold out within five minutes, which seems wild. Is there a waiting list? Could you also tell me whether children under 2 need a ticket if they sit on a lap?

Ben""", uq=1),
      ag("imogen", "11-16 12:00", """Hi Ben,

Yes, the matinee went very fast this year! There's a returns list and I've added your name for four seats - people on it are offered returned tickets in order.

Imogen""")),

    C("p49-lefevre-spectacle-jules", "fr", "pending", {"unanswered-question": 2},
      "Stéphanie Lefèvre <stephanie.lefevre@lefevre.example>", "apple_fr", "Questions pour le spectacle",
      "Shoes answered; the photo question and the request to note an early departure are skipped.",
      cu("11-16 08:00", """Bonjour Camille,

Quelques questions pour le spectacle. Jules peut-il porter ses propres chaussures de jazz noires, ou faut-il acheter celles de l'école ? Pourriez-vous aussi me dire si les photos du spectacle seront publiées sur Instagram ? Nous préférons qu'il n'apparaisse pas en ligne. Enfin, merci de noter qu'il devra partir à 17h le jour de la générale (il a un rendez-vous chez l'orthodontiste).

Bonne journée,
Stéphanie""", uq=2),
      ag("camille", "11-16 13:00", """Bonjour Stéphanie,

Ses chaussures noires conviennent parfaitement, du moment qu'elles sont propres et que la semelle ne marque pas le sol.

Bonne journée,
Camille""")),

    C("p50-navarro-cambio-sabado", "es", "pending", {"unanswered-question": 1},
      "Alejandro Navarro <alejandro.navarro@example.net>", "android", "Cambio de grupo para Sofía",
      "Class change done; the 'por cierto' request for the rehearsal calendar is skipped.",
      cu("11-17 08:30", """Hola:

Mi hija Sofía está en ballet los miércoles a las 17:00, pero a partir de enero tiene natación a esa hora. ¿Podría pasar al grupo del sábado por la mañana? Por cierto, ¿me pueden mandar el calendario de ensayos del festival? No lo encuentro en la web.

Saludos,
Alejandro Navarro""", uq=1),
      ag("lucia", "11-17 12:30", """Hola, Alejandro:

Sí, hay sitio el sábado a las 10:15 en su mismo nivel. Ya he hecho el cambio a partir del sábado 9 de enero.

Un saludo,
Lucía""")),

    C("p51-penrose-gift-voucher", "en", "pending", {"unanswered-question": 2},
      "Richard Penrose <richard.penrose@example.org>", "gmail", "Gift voucher for my wife",
      "Vouchers answered with a link; whether they cover the January course and the request to post it are skipped.",
      cu("11-18 22:10", """Hi there,

My wife has been talking about going back to ballet for years, so I'd like to get her a voucher for Christmas. Do you sell gift vouchers? Can one be used for the adult beginners' ballet course that starts in January? Please post it rather than email it - she reads my emails over my shoulder!

Many thanks,
Richard""", uq=2),
      ag("imogen", "11-19 09:15", """Hi Richard,

What a lovely present. We do - any amount from £20, here: https://northcotedance.example/vouchers?ref=email

Best wishes,
Imogen""")),

    C("p52-grant-private-lessons", "en", "closed", {"missed-follow-up": 1},
      "Oliver Grant <oliver.grant@grantfamily.example>", "gmail", "Private lessons before an audition",
      "Price answered; 'I'll come back to you' about the teacher's availability, no deadline (2-day window), never kept.",
      cu("11-11 09:00", """Hello,

Our son Max (11) has done street dance with you for two years and has been invited to audition for a youth company in January. Would one of the teachers be able to give him a couple of private lessons to prepare? What would that cost?

Oliver Grant"""),
      ag("imogen", "11-11 11:45", """Hi Oliver,

How exciting for Max! Private lessons are £40 for 45 minutes. Let me speak to Marcus, who teaches his class, about when he could fit them in, and I'll come back to you.

Best wishes,
Imogen""", promises=[("window", None)])),

    C("p53-howell-exam-group", "en", "closed", {},
      "Sian Howell <sian.howell@howell.example>", "apple", "Elsie's Grade 1 exam",
      "Weekend and group size answered; 'Callum will email you tomorrow' kept by Callum the next morning.",
      cu("11-04 10:00", """Hi,

Which weekend is Elsie's Grade 1 ballet exam, and will she be examined on her own or with others?

Sian"""),
      ag("imogen", "11-04 11:30", """Hi Sian,

The December session is the weekend of 5-6 December, and candidates go in groups of four. Callum will email you Elsie's day and time tomorrow.

Imogen""", promises=[("11-05", 3)]),
      ag("callum", "11-05 10:20", """Hi Sian,

Elsie is on Sunday 6 December at 11.20 (please arrive by 10.50), with three girls from her class.

Kind regards,
Callum""", parent=2)),

    C("p54-nash-duplicate-payment", "en", "open", {"unanswered-question": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Gareth Nash <gareth.nash@nashhome.example>", "gmail", "Paid autumn fees twice",
      "Refund answered but the statement request skipped; 'refunds take 5-7 working days' is process; two chases, the last unanswered.",
      cu("11-05 09:00", """Hi,

I think I've paid the autumn fees twice for Harry - £198 went out on 1 October and again on 3 October (the direct debit, and then I paid the invoice link as well, oops). Can you refund the second payment? Also, could you send me a statement showing what's been paid this year?

Thanks,
Gareth""", uq=1),
      ag("bethan", "11-05 14:00", """Hi Gareth,

You're right, and thanks for flagging it. I've refunded the 3 October payment of £198 today. Refunds take 5-7 working days to reach your card.

Kind regards,
Bethan"""),
      cu("11-17 08:30", """Hi Bethan,

The refund still hasn't arrived - it's been nearly two weeks. Can you check it actually went through?

Gareth""", chase=True),
      cu("11-18 19:00", """Hello? Still waiting on this, and still no refund.

Gareth""", chase=True)),

    C("p55-bennett-senior-associates", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Laura Bennett <laura.bennett@bennett.example>", "outlook", "Senior Associates auditions",
      "Acknowledgement only for four days; 'I haven't heard back' on the customer's own mail, then a full answer with a link.",
      cu("11-12 14:00", """Hello,

Erin (13) would like to try for the Senior Associates programme. When are the auditions, and what should she prepare?

Laura Bennett"""),
      ack("11-12 14:01"),
      cu("11-16 09:00", """Hello again,

I haven't heard back about the Senior Associates auditions - could someone let me know? The website says the deadline is 30 November.

Laura""", chase=True),
      ag("callum", "11-16 11:30", """Hi Laura,

Sorry, this slipped through. Auditions are on Sunday 17 January, 2-4pm. Erin should prepare a one-minute solo in any style and wear class uniform. 30 November is the application deadline; the form is here: https://northcotedance.example/associates?apply=1

Kind regards,
Callum""")),

    C("p56-moreau-adult-pointe", "en", "closed", {"unanswered-question": 2},
      "Jess Moreau <jess.moreau@example.net>", "android", "Adult improvers - a few questions",
      "Three questions from an adult; only the Christmas timetable is answered.",
      cu("11-04 12:30", """Hi,

Quick questions from an adult improver! Is there any chance of starting pointe work in the adult class, or is that a no-go at my age (38)? Is the Saturday class still running over the Christmas holidays? And please change my email on the register to jess.moreau.dance@example.net - I'm about to lose this one.

Thanks!
Jess""", uq=2),
      ag("imogen", "11-04 16:00", """Hi Jess,

Saturday adult ballet takes a break on 19 and 26 December and 2 January, and is back on 9 January.

Imogen""")),

    C("p57-reeves-broken-wrist", "en", "closed", {"unanswered-question": 1},
      "Nicola Reeves <nicola.reeves@reevesfamily.example>", "gmail", "Olivia - broken wrist",
      "Class with a cast answered; moving the exam to spring is met with the December refund rule instead.",
      cu("11-09 18:00", """Hi Callum,

Olivia fell off her scooter at the weekend and broke her wrist - she's in a cast for six weeks. Can she move her Grade 2 tap exam to the spring session instead of December? And is she OK to keep coming to class with the cast on?

Nicola""", uq=1),
      ag("callum", "11-10 09:30", """Hi Nicola,

Poor Olivia! She's very welcome in class - tap is mostly footwork, so as long as her doctor is happy, so are we, and she can sit out anything with arm work. If she withdraws from the December session before 20 November, the exam fee is refunded in full.

Kind regards,
Callum""")),

    C("p58-mercier-atelier-equipe", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Julien Mercier <julien.mercier@atelier-mercier.example>", "outlook", "Atelier de danse pour notre équipe",
      "Workshop and dates answered; the quote promised 'd'ici lundi' never comes; the wheelchair access question is skipped.",
      cu("11-03 11:00", """Bonjour,

Je travaille pour une agence de design à Clapham et nous cherchons une activité d'équipe pour notre fête de fin d'année. Organisez-vous des ateliers de danse pour une vingtaine d'adultes débutants ? Quelles dates seraient possibles en décembre ? L'un de nos collègues se déplace en fauteuil roulant : le studio est-il accessible ? Pourriez-vous m'envoyer un devis ?

Cordialement,
Julien Mercier
Office Manager, Atelier Mercier""", uq=1),
      ag("camille", "11-03 15:00", """Bonjour Julien,

Avec plaisir ! Nous organisons régulièrement des ateliers de 90 minutes (salsa, charleston ou comédie musicale) pour des groupes jusqu'à 25 personnes. En décembre, le studio 1 est libre les jeudis 3 et 10 au soir. Je prépare le devis avec notre directrice et je vous l'envoie d'ici lundi.

Bien cordialement,
Camille""", promises=[("11-09", None)])),

    C("p59-donovan-hiphop-showcase", "en", "pending", {"unanswered-question": 1},
      "Keira Donovan <keira.donovan@example.com>", "iphone", "hip hop showcase",
      "A teenager's lower-case mail: the finishing time is answered, whether non-members can enter is not.",
      cu("11-18 16:45", """hey! is the hip hop showcase on the 28th open to people who don't take classes here? my friend wants to enter the battle. also what time does it finish, my mum's picking me up

keira""", uq=1),
      ag("imogen", "11-19 10:00", """Hi Keira,

It finishes at 8.30pm (doors open at 6).

Imogen""")),

    C("p60-burton-show-video", "en", "closed", {"missed-follow-up": 1},
      "Hayley Burton <hayley.burton@example.org>", "gmail", "Summer show video link not working",
      "USB copies answered; a fresh download link promised 'by Monday' never sent.",
      cu("11-04 21:00", """Hi,

We bought the download of the summer show ('Alice') back in July, but the link in the email has expired and just says 'access denied'. Could you send a new one? Can we also get it on a USB stick for the grandparents? They don't do downloads.

Thanks,
Hayley"""),
      ag("priya", "11-05 10:30", """Hi Hayley,

Sorry about that - the videographer moved the files to a new server and the old links stopped working. I'll get a fresh link from him and send it over by Monday. USB copies are £15 each; pop into reception and they'll order one for you.

Priya""", promises=[("11-09", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "p02-marsh-grade3-entry": [
        "I was also wondering whether she needs her own character skirt for the exam or whether the school lends them out."],
    "p06-krueger-schlaeppchen": [
        "Könnten Sie mir außerdem die Rechnung für das Herbsttrimester noch einmal schicken?"],
    "p08-gimenez-bono-flamenco": [
        "¿Y hay clase también durante las vacaciones de Navidad?"],
    "p11-beaumont-chaperone": [
        "Do I need a DBS check, and if so do you arrange it?",
        "Could you also put my husband Tom down for the matinee?"],
    "p23-romero-vestuario": [
        "Y por favor, envíenme un recibo de la cuota del trimestre a nombre de Romero Consultoría SL, lo necesito para la empresa."],
    "p32-brandt-pruefung": [
        "Muss sie die Haare zu einem Dutt tragen oder reicht ein Zopf?",
        "Bitte schicken Sie uns außerdem die Prüfungsbedingungen als PDF, wir möchten sie in Ruhe durchlesen."],
    "p35-goldberg-open-contemporary": [
        "One more thing - do you do a student discount?"],
    "p39-ellison-grandmother-matinee": [
        "I should also be grateful if you could reserve me an aisle seat, as my knee is not what it was."],
    "p45-morrison-jazz-shoes": [
        "Also, can you add my wife Sarah to the contact list for Jack - sarah.morrison@morrisonfamily.example - she does most of the pick-ups."],
    "p48-shah-show-tickets": [
        "Could you also tell me whether children under 2 need a ticket if they sit on a lap?"],
    "p49-lefevre-spectacle-jules": [
        "Pourriez-vous aussi me dire si les photos du spectacle seront publiées sur Instagram ?",
        "Enfin, merci de noter qu'il devra partir à 17h le jour de la générale (il a un rendez-vous chez l'orthodontiste)."],
    "p50-navarro-cambio-sabado": [
        "Por cierto, ¿me pueden mandar el calendario de ensayos del festival?"],
    "p51-penrose-gift-voucher": [
        "Can one be used for the adult beginners' ballet course that starts in January?",
        "Please post it rather than email it - she reads my emails over my shoulder!"],
    "p54-nash-duplicate-payment": [
        "Also, could you send me a statement showing what's been paid this year?"],
    "p56-moreau-adult-pointe": [
        "Is there any chance of starting pointe work in the adult class, or is that a no-go at my age (38)?",
        "And please change my email on the register to jess.moreau.dance@example.net - I'm about to lose this one."],
    "p57-reeves-broken-wrist": [
        "Can she move her Grade 2 tap exam to the spring session instead of December?"],
    "p58-mercier-atelier-equipe": [
        "L'un de nos collègues se déplace en fauteuil roulant : le studio est-il accessible ?"],
    "p59-donovan-hiphop-showcase": [
        "is the hip hop showcase on the 28th open to people who don't take classes here?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"NDA-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts."""
    msgs: list[Msg] = []
    last_human: str | None = None
    for i, spec in enumerate(case.specs, 1):
        o = dict(spec.opts)
        key = f"{case.name}.{i}"
        parent_no = o.pop("parent", None)
        parent = f"{case.name}.{parent_no}" if parent_no else (None if parent_no == 0 else last_human)
        refs = o.pop("refs", None)
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
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]
        if m.cc:
            extra.insert(0, ("Cc", m.cc))
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
    """Give every message its Message-ID (none when ``msgid`` is off) and its raw bytes,
    parents first (as :func:`mailcraft.render_corpus`, plus messages without a Message-ID)."""
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
    for name in UNANSWERED:
        if name not in names:
            out.append(f"{name}: unanswered questions for an unknown case")
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
            if m.date > AS_OF:
                out.append(f"{m.key}: dated after the audit time")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 95: Northcote Dance Academy - cases",
                                 "make_practice95_corpus.py", rows)


def stats(cases: list[Case]) -> dict:
    """The figures README.md quotes, counted from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    found: dict[str, int] = {}
    for c in cases:
        for r, n in c.rules.items():
            found[r] = found.get(r, 0) + n
    langs: dict[str, int] = {}
    for c in cases:
        langs[c.lang] = langs.get(c.lang, 0) + 1
    statuses: dict[str, int] = {}
    for c in cases:
        statuses[c.status] = statuses.get(c.status, 0) + 1
    return {
        "cases": len(cases), "messages": len(msgs),
        "inbox": sum(m.role in ("customer", "auto") for m in msgs),
        "customer": sum(m.role == "customer" for m in msgs),
        "auto": sum(m.role == "auto" for m in msgs),
        "agent": sum(m.role == "agent" for m in msgs),
        "ack": sum(m.role == "ack" for m in msgs),
        "clean": sum(not c.rules for c in cases),
        "langs": langs, "statuses": statuses, "found": found,
        "uq_cases": sum(bool(c.uq) for c in cases),
    }


README = """# Practice corpus 95: Northcote Dance Academy support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Northcote Dance Academy**, a dance school on Northcote Road, Battersea (London
  SW11): children's classes from baby ballet to street and contemporary, adult ballet, tap,
  flamenco and Pilates, RAD and ISTD exams, a Christmas show ("The Snow Queen") at the
  Lantern Theatre, costume and uniform orders, term fees and sibling discounts, holiday
  workshops, party hire and gift vouchers. Support address `hello@northcotedance.example`;
  agents Imogen Hale (front desk and enrolments), Callum Reid (exams), Priya Raman (shows,
  costumes and uniform), Bethan Morgan (fees and accounts), Katrin Vogel (German-speaking
  families), Camille Roussel (French-speaking families) and Lucía Ferrer (Spanish-speaking
  families), all `@northcotedance.example`. A helpdesk robot (`hello@northcotedance.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few mails with "we aim to reply within one
  working day" - service-hours text, not a commitment.
- Customers are parents, grandparents, adult students, a teenager and one company office
  manager, on `*.example` domains and example.com/.org/.net. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain northcotedance.example`.

```
python scripts/make_practice95_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice95_corpus.py --out /tmp/p95         # ... into another folder
python scripts/evaluate.py --corpus tests/practice95            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice95_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions. `CASES.md` is the generated per-case table; this README is
generated too. Do not edit generated files; edit the script and rerun it. The script keeps
the facts next to each message, recomputes status and every rule count from them and the
dates, and refuses to write when they disagree with the hand-written labels, when a labelled
question is not verbatim in a customer's own text of the case, or when the written mail does
not parse back and round-trip.

## Contents

{cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and {auto}
customer out-of-office reply), {agent} support replies, {ack} helpdesk acknowledgements.
{clean} clean cases ({clean_pct} %). Languages: {langs}. Statuses: {statuses}.

Expected findings: {found}; unanswered questions in {uq_cases} cases.

By design:

- **Many questions per mail**, asked directly, indirectly ("I was wondering whether...",
  "Could you also tell me whether...", "Pourriez-vous me dire...", "Könnten Sie mir
  außerdem..."), as requests without a question mark ("Please enter Maisie...", "Please send
  me the uniform list...", "merci de noter que...", "Y por favor, envíenme un recibo..."),
  buried in a long paragraph (p39), as a numbered list (p15), in a teenager's lower-case
  mail (p59).
- **Answers in the agents' own words**: out of order in one paragraph (p01, p12), several in
  one sentence (p09, p47), a bare figure and date (p28), a link (p24, p51), a PDF (p29, p40),
  inline under the quoted lines (p03, p15), by colleagues (p21, p53), after a chase (p05,
  p13, p22, p33, p36, p55).
- **Unanswered questions** of the realistic kind: a secondary question or request skipped
  (p02, p06, p08, p11, p23, p32, p39, p48, p49, p50, p54, p56, p58, p59), a question in a
  follow-up mail (p35, p45), a neighbouring answer instead of the one asked (p57: the
  December refund rule for "can she move her exam to the spring session?"), a link that
  answers only the first of three (p51).
- **Not questions**: a rhetorical "Am I mad? Probably." (p04), "Where did the autumn go?"
  and a self-answered question (p26), "Christmas is expensive enough!" (p03), a forwarded
  receipt with "Questions about this payment?" in an HTML-only mail (p34), signatures with
  `?` URLs and "Need a survey?" (p27), thanks-only mails (p02, p10, p25, p44).
- **Commitments**: kept on time (p29 "tomorrow", p53 by a colleague, p21 two colleague
  hand-offs), kept late (p05 "by Wednesday" -> Monday, p13 "early next week" -> Thursday,
  p22 "d'ici vendredi" -> Tuesday, p36 "te escribo el lunes" -> Wednesday), never kept (p10,
  p14 "ich melde mich morgen", p37 "bis Mittwoch", p41 "by end of day tomorrow", p52 no
  deadline, p58 "d'ici lundi", p60 "by Monday"), and one still ahead at audit time (p30,
  Tuesday 24 November). Not commitments: logistics (p31 costumes "arrive on Thursday 12
  November", p07 the box office opening), a process ("Refunds take 5-7 working days", p54),
  a conditional offer (p44), a held slot (p12), the acknowledgement's service-hours text.
- **Chasing**: "Just following up...", "Any news on the hoodie?", a word-for-word resend as a
  new mail (p19), "just checking in on my email below - any news?", "I haven't heard back",
  "Je me permets de vous relancer", "¿hay alguna novedad...? Sigo esperando", "gibt es schon
  etwas Neues...?", and two chases in one case (p54: count 2).
- **Status and timing**: awaiting reply (p17, p37, p54), a fresh case inside the response
  target (p18), slow first responses (p19, p33, p55), an explicit close followed by a real
  new message (p20, reopened) and one followed only by thanks (p25), three agents on one case
  (p21).
- **Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop and web, Outlook for
  Android, German Outlook (Von:/Gesendet:, `AW:`), Apple Mail (en/fr), iPhone, Thunderbird
  (en/de), an old Eudora client without a Message-ID (p46); plain 7bit, quoted-printable,
  base64 (p14, p23), multipart/alternative (p12, p27, acknowledgements), HTML-only (p34);
  PDF and PNG attachments; a follow-up that lost its threading headers (p45), a reply whose
  References skip a message (p05), a customer replying to their own mail (p33, p55), two
  families using the same subject "Christmas show tickets" (p47, p48), a customer's
  out-of-office reply (p27).

## Judgement calls

- **Deferral is not an unanswered question** (p05, p10, p14, p22, p36, p37, p41, p52, p60):
  the question deferred with a promise is labelled only through `missed-follow-up`.
- **p57**: "Can she move her Grade 2 tap exam to the spring session instead of December?" is
  met with the December withdrawal refund rule, which neither says yes nor no: labelled
  unanswered.
- **p49**: "merci de noter qu'il devra partir à 17h..." is a request to note an early
  departure; the reply does not acknowledge it, so it is labelled.
- **p54**: the refund is answered ("I've refunded ... today"); the statement request is not.
  "Refunds take 5-7 working days" describes how refunds work and is not a promise.
- **p21**: Imogen's "he'll reply to you" and "I've asked Bethan to send you the fee
  difference" are colleague promises, both kept within the window.
- **p44**: "I'll talk to her dad and get back to you" asks nothing: thanks-only, so the case
  closes on Imogen's reply; her "just reply and I'll hold it" is a conditional offer.

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py
(structure only) and tests/test_practice24_corpus.py. Not opened: `happyaudit/`, the README's
method, accuracy and weak-point sections, any other test, any other corpus's cases. All
labels were fixed before the single evaluation run and none was changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the figures counted from the cases."""
    s = stats(cases)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    langs = ", ".join(f"{names[k]} {v}" for k, v in sorted(s["langs"].items(), key=lambda kv: -kv[1]))
    statuses = ", ".join(f"{v} {k}" for k, v in sorted(s["statuses"].items(), key=lambda kv: -kv[1]))
    found = ", ".join(f"{r} {s['found'][r]}" for r in RULES if s["found"].get(r))
    fields = {**s, "langs": langs, "statuses": statuses, "found": found,
              "clean_pct": round(100 * s["clean"] / s["cases"])}
    out = README
    for k, v in fields.items():
        out = out.replace("{" + k + "}", str(v))
    return out


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.northcotedance.example")
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
    no_id = [(p, any(p is q for q in inbox)) for p in inbox + sent if not p["Message-ID"]]
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed, in_mbox = by_id[m.message_id]
        else:
            match = [x for x in no_id
                     if email.utils.parsedate_to_datetime(x[0]["Date"]) == m.date]
            if len(match) != 1:
                found.append(f"{m.key}: no single message without Message-ID at its date")
                continue
            parsed, in_mbox = match[0]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice95 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
