#!/usr/bin/env python3
"""Regenerate ``tests/practice50/``: a labelled corpus of Puddleby Nursery & After-School Club.

A support mailbox of a fictional children's day nursery in Bristol that also runs holiday
camps and an after-school club (places and waiting lists, settling-in, fees and invoices,
funded hours and eligibility codes, Tax-Free Childcare, pick-up arrangements and
passwords, allergies and medicines, room moves, nativity and Christmas camp), written
without looking at the detection heuristics, with many customer questions. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``puddlebynursery.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - parents' mail and a parent's automatic reply (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice50_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
import json
import shutil
import sys
import tempfile
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
NAME = "practice50"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "puddlebynursery.example"
OFFICE = "Puddleby Nursery Office <office@puddlebynursery.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "fern": ("Fern Ashworth <fern@puddlebynursery.example>", "outlook", """Fern Ashworth
Nursery Manager | Puddleby Nursery & After-School Club
12 Mill Lane, Puddleby, Bristol BS7 9QT | 0117 496 0214
This email and any attachments are confidential and intended for the named recipient only."""),
    "devika": ("Devika Rao <devika@puddlebynursery.example>", "apple", """Devika Rao
Admissions & Waiting List | Puddleby Nursery & After-School Club
Book a visit: https://puddlebynursery.example/visit?from=email"""),
    "colm": ("Colm Brady <colm@puddlebynursery.example>", "thunderbird", """-- 
Colm Brady
Fees & Funding | Puddleby Nursery & After-School Club
Questions about funded hours? https://puddlebynursery.example/funding?src=sig"""),
    "tess": ("Tess Okafor <tess@puddlebynursery.example>", "owa", """Tess Okafor
After-School Club & Holiday Camps Lead | Puddleby Nursery
Club phone (2:30-6pm): 07700 900318"""),
    "bea": ("Bea Lindgren <bea@puddlebynursery.example>", "outlook", """Bea Lindgren
Deputy Manager, SENCo & Allergy Lead | Puddleby Nursery & After-School Club
0117 496 0214 (ext. 2)"""),
    "annika": ("Annika Brandt <annika@puddlebynursery.example>", "thunderbird_de", """-- 
Annika Brandt
Elternbetreuung (Deutsch) | Puddleby Nursery & After-School Club
https://puddlebynursery.example/de?ref=signatur"""),
    "solene": ("Solène Marchetti <solene@puddlebynursery.example>", "apple_fr", """Solène Marchetti
Accueil des familles francophones | Puddleby Nursery
https://puddlebynursery.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@puddlebynursery.example>", "gmail_es", """--
Lucía Ferrer
Atención a familias (ES) | Puddleby Nursery & After-School Club
+44 117 496 0219"""),
}

ACK = """Hello,

Thank you for contacting Puddleby Nursery & After-School Club. This is an automatic
confirmation that your message has reached the office (reference {ref}).

The office is staffed Monday to Friday, 7:30am-6pm, and we aim to reply within 24 hours.
If your message is about your child's health or a collection today, please phone us on
0117 496 0214 instead.

Puddleby Nursery Office
https://puddlebynursery.example/contact?ref={ref}"""

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
    "oldclient": ["X-Mailer: Microsoft Outlook Express 6.00.2900.5512"],
    "helpdesk": ["X-Mailer: Puddleby Office Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="pn.", outlook_server="CWLP12")
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
    """The office's automatic acknowledgement."""
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

MENU_PDF = mailcraft.pdf(["Puddleby Nursery - Menu diciembre / December menu 2026",
                          "Semana 1: crema de verduras, pollo con arroz, fruta",
                          "E = contiene huevo / contains egg",
                          "Alternativas sin huevo marcadas para cada plato"])
INVOICE_PDF = mailcraft.pdf(["Puddleby Nursery - Invoice NOV-2291-A (corrected)",
                             "Ama Osei - Ladybird room - November 2026",
                             "Extra sessions: 3 x GBP 46.00",
                             "Total due by direct debit 1 December: GBP 1,224.00"])
ATTEST_PDF = mailcraft.pdf(["Puddleby Nursery - Attestation de frais de garde",
                            "Beneficiaire: Mathieu Girard - enfant: Louise Girard",
                            "Total paye du 1er janvier au 17 novembre 2026: GBP 9 412",
                            "Ofsted URN EY555123"])
FACTURA_PDF = mailcraft.pdf(["Puddleby Nursery - Invoice NOV-2318-A (corrected)",
                             "Mateo Ortega - 15 funded hours applied from September",
                             "Meals and Friday extra hours: GBP 96.00"])
STATEMENT_PDF = mailcraft.pdf(["Puddleby Nursery - Statement of payments",
                               "Olivia Hart - 6 April 2025 to 5 April 2026",
                               "Total paid GBP 9,846.50 - of which Tax-Free Childcare GBP 2,000.00"])
FEES_PDF = mailcraft.pdf(["Puddleby Nursery - Fees 2027",
                          "Baby room day rate GBP 74 - Toddler and pre-school GBP 68",
                          "Funded hours deducted; meals charged at cost"])
CAREPLAN_PDF = mailcraft.pdf(["Bristol Children's Allergy Clinic - Allergy action plan",
                              "Noah Whitaker - allergies: PEANUT, SESAME",
                              "Adrenaline auto-injector 0.15 mg - two devices"])
REFERRAL_PDF = mailcraft.pdf(["Speech and Language Therapy - Early Years referral",
                              "Child: Dmitri Ivanov - setting: Puddleby Nursery",
                              "Page 2: parental consent - signature required"])
WELLIES_PNG = mailcraft.png(10, 12, lambda x, y: (60 + 4 * x, 150 + 6 * y % 80, 70))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("n01-hollis-settling-in", "en", "closed", {},
      "Naomi Hollis <naomi.hollis@example.com>", "gmail", "Settling-in sessions for Arlo",
      "Three numbered questions and a preference about settling-in, answered in two paragraphs without repeating them; thanks-only reply.",
      cu("11-02 20:14", """Hi Devika,

Thanks for confirming Arlo's place in the Caterpillar room from January - we're thrilled (and slightly terrified, he's never been left with anyone except my mum!).

A few things before we book the settling-in sessions:
1. How many sessions do you usually recommend for a 14-month-old?
2. Am I expected to stay for the first one, or is it better to drop and go?
3. What should he bring? Nappies, spare clothes, his own milk?

Also, I'd rather not do the sessions on a Monday as that's my office day.

Best wishes,
Naomi"""),
      ag("devika", "11-03 09:20", """Hi Naomi,

Lovely to hear from you - we're all looking forward to getting to know Arlo properly.

For babies his age we plan three visits over about a week. The first is an hour with you in the room, for the second you pop out to the parents' kitchen for half an hour, and the third is a short morning on his own. I've pencilled them in for Tuesday 5, Wednesday 6 and Friday 8 January at 9:30, so nothing on a Monday.

Nappies and wipes are covered by the fees, so just a couple of changes of clothes, a named beaker and anything that comforts him (a blanket, a soft toy). We give whole cow's milk from 12 months; if he's still on formula or breast milk, bring it in labelled and it goes in the room fridge.

Warm wishes,
Devika"""),
      cu("11-03 12:40", """That all sounds perfect, thank you! See you in January.

Naomi""", thanks=True)),

    C("n02-doyle-fees-inline", "en", "closed", {},
      "Ruairi Doyle <ruairi.doyle@example.net>", "thunderbird", "Questions about the new fee structure",
      "Three fee questions answered inline under the quoted lines (a one-word 'Included.', a yes with the reason, 'Carry on exactly as you do now').",
      cu("11-04 21:05", """Hello,

We got the letter about fees from January. I've read it twice and still have a few questions, sorry:

Is lunch now included in the day rate, or still charged separately at £3.20?
Do we still pay for bank holidays that fall on one of Saoirse's days?
Can we keep paying through Tax-Free Childcare, or does the new direct debit replace that?

Thanks,
Ruairi Doyle"""),
      ag("colm", "11-05 10:10", """Hi Ruairi,

No need to apologise - the letter could have been clearer.

> Is lunch now included in the day rate, or still charged separately at £3.20?

Included. The new day rate (£68) covers breakfast, lunch, tea and snacks.

> Do we still pay for bank holidays that fall on one of Saoirse's days?

Yes, I'm afraid - bank holidays are built into the annual fee, which is spread over twelve equal months, so there's no credit for them.

> Can we keep paying through Tax-Free Childcare, or does the new direct debit replace that?

Carry on exactly as you do now. The direct debit only collects whatever is left after your Tax-Free Childcare payment has arrived.

Best regards,
Colm""", quote=False)),

    C("n03-chaudhary-30-hours", "en", "pending", {},
      "Priya Chaudhary <priya.chaudhary@example.org>", "outlook", "30 hours from January",
      "Indirect questions ('I was wondering whether', 'Could you also let me know') about stretched funded hours, answered with the rule and a correction of the start term.",
      cu("11-16 13:22", """Dear Colm,

My partner has just gone back to work full time, so we should now qualify for the 30 hours funding for Ishaan (he turns 3 in February). I was wondering whether we can use the hours across the whole year rather than term time only, as we need him in over the summer. Could you also let me know what you need from us and by when, so that it applies from the spring term?

Kind regards,
Priya Chaudhary"""),
      ag("colm", "11-17 09:05", """Dear Priya,

Good news on the first point: we offer the funded hours stretched, so the 30 term-time hours become roughly 22.8 hours a week over 51 weeks, and you only pay for the hours above that plus meals.

On timing, Ishaan becomes eligible the term after he turns 3, which is the summer term from 1 April, not the spring term. Apply on the government childcare service any time before 31 March, then send me the 11-digit eligibility code and a photo of his birth certificate.

Kind regards,
Colm""")),

    C("n04-lefevre-stage-noel", "fr", "closed", {},
      "Aurélie Lefèvre <aurelie.lefevre@lefevre-maison.example>", "apple_fr", "Stage de Noël pour Jules",
      "French mother asks dates, daily price and mornings only for the Christmas camp; all answered in one paragraph plus a link; thanks-only reply.",
      cu("11-05 18:30", """Bonjour Solène,

Nous restons finalement à Bristol pendant les vacances de Noël et je voudrais inscrire Jules (4 ans et demi) au stage de Noël. Pouvez-vous me dire quelles sont les dates exactes et le tarif à la journée ? Je voudrais aussi savoir s'il peut venir seulement le matin, il fait encore la sieste l'après-midi.

Merci beaucoup et bonne soirée,
Aurélie Lefèvre"""),
      ag("solene", "11-06 08:45", """Bonjour Aurélie,

Avec plaisir ! Le stage a lieu du lundi 21 au mercredi 23 décembre, puis du mardi 29 au jeudi 31 décembre (fermé du 24 au 28). La journée complète coûte 52 £ ; la demi-journée de 8h à 13h, déjeuner compris, 30 £ – Jules peut donc tout à fait ne venir que le matin.

L'inscription se fait en ligne : https://puddlebynursery.example/fr/stages?saison=noel

Belle journée,
Solène"""),
      cu("11-06 09:30", """Merci, c'est parfait ! Je l'inscris ce week-end.

Aurélie""", thanks=True)),

    C("n05-weber-abholung", "de", "pending", {},
      "Stefanie Weber <stefanie.weber@weber-bristol.example>", "gmail_de", "Abholung durch die Großeltern",
      "German family: grandparents visiting will collect; what is needed and whether a German ID card is enough - both answered.",
      cu("11-16 19:40", """Liebe Frau Brandt,

meine Eltern kommen vom 30. November bis Weihnachten aus Freiburg zu Besuch und würden Emil in dieser Zeit dienstags und donnerstags abholen. Was brauchen Sie dafür von uns? Und reicht es, wenn sie ihren deutschen Personalausweis dabeihaben, oder brauchen sie noch etwas anderes?

Viele Grüße
Stefanie Weber"""),
      ag("annika", "11-17 08:30", """Liebe Frau Weber,

wie schön, dass die Großeltern kommen! Tragen Sie die beiden bitte im Elternportal unter „Abholberechtigte“ ein (Name, Geburtsdatum, Foto) und legen Sie dort ein Abholpasswort fest. Beim ersten Abholen fragen wir das Passwort ab und schauen uns den Ausweis an – der deutsche Personalausweis genügt völlig.

Herzliche Grüße
Annika Brandt""")),

    C("n06-romero-menu", "es", "closed", {},
      "Marta Romero <marta.romero@example.com>", "gmail_es", "Menú de diciembre y alergia al huevo",
      "Spanish mother asks for the December menu (sent as a PDF) and who makes the roscón (answered); thanks-only reply.",
      cu("11-09 10:05", """Hola, Lucía:

¿Me podrías enviar el menú de diciembre? Como sabes, Vega es alérgica al huevo y quiero revisarlo con su pediatra antes de la consulta del día 15. También quería preguntarte si el roscón de la fiesta de Navidad lo hacéis vosotros o lo traéis de fuera.

Muchas gracias,
Marta"""),
      ag("lucia", "11-09 12:30", """Hola, Marta:

Te adjunto el menú de diciembre. Los platos con huevo van marcados con una E y al lado aparece la alternativa que tomará Vega. El roscón no lo hacemos aquí: lo encargamos a una panadería de Gloucester Road, y este año pediremos además uno sin huevo para ella y para otro niño de su sala.

Un abrazo,
Lucía""", attach=[("application/pdf", "menu-diciembre-2026.pdf", MENU_PDF)]),
      cu("11-09 13:10", """¡Mil gracias, Lucía! Qué detalle lo del roscón.

Marta""", thanks=True)),

    C("n07-barnes-room-move", "en", "closed", {},
      "Jade Barnes <jadebarnes88@example.com>", "iphone", "Moving up to Ladybirds?",
      "Two questions about a room move; the manager says the deputy will email by tomorrow and the deputy answers both the next day (kept by a colleague).",
      cu("11-04 07:55", """Hi, Poppy's key person mentioned she might move up to the Ladybird room after Christmas. Is that definite? And will her days stay the same (Mon/Wed/Thu)?
Thanks, Jade

Sent from my iPhone"""),
      ag("fern", "11-04 10:30", """Hi Jade,

Room moves are planned by Bea with the room leaders, so I've asked her to look at Poppy's transition. She'll email you by tomorrow with the plan.

Kind regards,
Fern""", promises=[("11-05", 3)]),
      ag("bea", "11-05 14:15", """Hi Jade,

It's confirmed: Poppy moves up to Ladybirds on Monday 4 January. She'll have three short visits there with her key person in December so it isn't all new, and nothing changes with her days - still Monday, Wednesday and Thursday.

Best wishes,
Bea""", parent=1)),

    C("n08-ferreira-funding-code", "en", "closed", {},
      "Tom Ferreira <tom.ferreira@example.org>", "gmail", "Funding code reconfirmation",
      "A rhetorical opener and a question the father answers himself, then one real question, answered.",
      cu("11-10 22:10", """Hi Colm,

How is it nearly December already? Anyway - I've had the reminder that our 30-hours code needs reconfirming. Where do I find the code itself? Scratch that, it's on the letter from August, found it: 50012345678.

The portal now says it's valid until 28 February. Do you need to see the new validity date each time, or is it enough that I reconfirm?

Cheers,
Tom"""),
      ag("colm", "11-11 09:00", """Hi Tom,

That's the right code. There's nothing to send after reconfirming: we run every code through the government checker a week before each term starts, so you'd only hear from us if it came back invalid.

Best regards,
Colm""")),

    C("n09-akintola-links", "en", "closed", {},
      "Funmi Akintola <funmi.akintola@example.com>", "gmail", "Term dates 2027 and extra sessions",
      "Two questions answered with nothing but two labelled links.",
      cu("11-11 12:15", """Hello,

Could you point me to the 2027 term dates? We're trying to book flights for Easter. And is there a way to book an extra afternoon online, or do I have to email each time?

Thanks,
Funmi"""),
      ag("devika", "11-11 13:40", """Hi Funmi,

Term dates: https://puddlebynursery.example/term-dates?year=2027
Extra sessions: https://puddlebynursery.example/parents/book-extra (log in with your portal details)

Devika""")),

    C("n10-kowalska-fridays", "en", "pending", {},
      "Ewa Kowalska <ewa.kowalska@kowalski-home.example>", "outlook", "After-school club for Zofia - Fridays",
      "Three after-school-club questions; space and closing time answered in one sentence, tea in the next.",
      cu("11-16 08:10", """Dear Tess,

From January I'm changing my working pattern and would need the after-school club on Fridays as well as Tuesdays. Is there space on Fridays? Zofia is in Year 2 at St Werburgh's. Also, does the club still finish at 6pm on Fridays or earlier like it used to, and do the children get a proper tea or just a snack?

Many thanks,
Ewa Kowalska""", kind="alt"),
      ag("tess", "11-16 15:20", """Dear Ewa,

Fridays are fine - I've added Zofia from 8 January, and the club runs to 6pm every day now, Fridays included. The children have a hot tea at 4:30 (this week it's jacket potatoes and beans), with fruit before home time.

Best wishes,
Tess""")),

    C("n11-harcourt-inset-day", "en", "closed", {},
      "Lucy Harcourt <lucy.harcourt@example.net>", "gmail", "Fwd: Inset day 27 November - St Werburgh's",
      "HTML-only mail forwarding a school letter whose own questions are not the parent's; her one request is done.",
      cu("11-12 08:00", """Hi Tess,

See below from school - they've added an inset day on Friday 27 November. Please book Max into the holiday club for that day, full day.

Lucy

---------- Forwarded message ---------
From: St Werburgh's Primary Office <office@stwerburghs-primary.example>
Date: Wed, 11 Nov 2026 at 16:02
Subject: Inset day 27 November
To: Parents Year 3 <year3@stwerburghs-primary.example>

Dear Parents and Carers,

Please note that Friday 27 November will now be a staff training day and school will be closed to pupils. Do you need childcare that day? Please let the office know by Monday if you are unsure whether your wraparound provider will be open.

Kind regards,
School Office""", kind="html"),
      ag("tess", "11-12 10:45", """Hi Lucy,

Booked - Max is in the holiday club on Friday 27 November, 8am to 6pm (£48, on December's invoice). He'll need a packed lunch; we do snacks and tea.

Tess""")),

    C("n12-mcallister-twins", "en", "open", {},
      "Ross McAllister <ross.mcallister@example.com>", "gmail", "Place for twins from September 2027",
      "Fresh enquiry on the audit day with only the office acknowledgement so far (inside the response target).",
      cu("11-20 09:40", """Hello,

We're expecting twins in March and would like to put them on your waiting list for September 2027, three days a week. Is it too early to register? And do you charge the registration fee per child or per family?

Thanks,
Ross McAllister"""),
      ack("11-20 09:41")),

    C("n13-osei-invoice", "en", "closed", {},
      "Kwame Osei <kwame.osei@osei-architects.example>", "outlook", "Invoice NOV-2291",
      "Corrected invoice attached the same day; the father's out-of-office reply follows and is neither a customer message nor a question.",
      cu("11-03 11:30", """Hi,

Our November invoice (NOV-2291) shows 4 extra sessions for Ama but she only did 3 - the one on 21 October was cancelled the day before. Could you check it and send a corrected invoice?

Regards,
Kwame Osei
Director | Osei Architects
www.osei-architects.example"""),
      ag("colm", "11-03 15:40", """Hi Kwame,

You're right, the 21 October session should have come off. Corrected invoice NOV-2291-A is attached - it's £46 less, and the direct debit on 1 December will take the new amount.

Best regards,
Colm""", attach=[("application/pdf", "NOV-2291-A.pdf", INVOICE_PDF)]),
      auto("11-03 15:41", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact studio@osei-architects.example.

Kwame Osei""", quote=False, subject="Automatic reply: Re: Invoice NOV-2291",
           to="Colm Brady <colm@puddlebynursery.example>")),

    C("n14-dunmore-late-fee", "en", "closed", {},
      "Harriet Dunmore <harriet.dunmore@brightwell-legal.example>", "owa", "Late collection charge",
      "Late-collection charge questioned; the policy is explained and an overcharge refunded. The mother's signature carries 'Need advice on a lease?' and a ?-URL, also in her thanks-only reply.",
      cu("11-06 12:50", """Hi Fern,

I've been charged £15 for a late collection on Tuesday 3 November. I was stuck on the M32 and phoned ahead at 5:50, and I arrived at 6:07. Is the charge applied even when we call in advance? If so that's fine, I'd just like to understand the policy.

Harriet Dunmore
Associate | Brightwell Legal LLP
Need advice on a lease? https://brightwell-legal.example/contact?src=signature
This email is confidential and may be legally privileged. If you are not the intended recipient please delete it."""),
      ag("fern", "11-06 16:30", """Hi Harriet,

Calling ahead really helps and we always appreciate it, but the charge still applies, because two members of staff have to stay on. It's £5 for every started ten minutes after 6pm, so 6:07 should have been £5, not £15. I've taken £10 off - you'll see the credit on the December invoice.

Best wishes,
Fern"""),
      cu("11-06 17:05", """Thanks Fern, that's very fair.

Harriet Dunmore
Associate | Brightwell Legal LLP
Need advice on a lease? https://brightwell-legal.example/contact?src=signature
This email is confidential and may be legally privileged. If you are not the intended recipient please delete it.""", thanks=True)),

    C("n15-hoffmann-drei-tage", "de", "closed", {},
      "Jens Hoffmann <jens.hoffmann@hoffmann-ingenieure.example>", "outlook_de", "Reduzierung auf drei Tage ab Februar",
      "German father reducing from four to three days asks the notice period and the new monthly fee; both answered with a date and a figure.",
      cu("11-05 09:15", """Sehr geehrte Frau Brandt,

ab Februar arbeitet meine Frau wieder Vollzeit, dafür bin ich dann freitags zu Hause. Wir möchten Lenis Betreuung deshalb von vier auf drei Tage (Mo, Di, Do) reduzieren. Bis wann müssen wir das schriftlich mitteilen, und wie hoch ist dann die Monatsgebühr?

Mit freundlichen Grüßen
Jens Hoffmann"""),
      ag("annika", "11-05 11:50", """Sehr geehrter Herr Hoffmann,

für einzelne Tage gilt eine Frist von einem Monat, Ihre E-Mail von heute reicht also schon aus – ich habe die Änderung zum 1. Februar eingetragen. Für drei Tage zahlen Sie ab dann 884 £ im Monat statt bisher 1.178 £.

Mit freundlichen Grüßen
Annika Brandt""")),

    C("n16-girard-attestation", "fr", "pending", {},
      "Mathieu Girard <mathieu.girard@example.org>", "apple_fr", "Attestation pour mon employeur",
      "French father needs a yearly statement in his name before 30 November; sent as a PDF the same day.",
      cu("11-17 08:20", """Bonjour,

Mon employeur rembourse une partie des frais de garde, mais il lui faut une attestation à mon nom (et pas à celui de ma femme) avec le montant total payé en 2026. Pourriez-vous me la préparer ? Est-ce qu'il serait possible de l'avoir avant le 30 novembre ?

Merci d'avance,
Mathieu Girard"""),
      ag("solene", "11-17 16:05", """Bonjour Mathieu,

Voici l'attestation en pièce jointe, à votre nom, avec le total payé du 1er janvier au 17 novembre 2026 (9 412 £). Vous l'avez donc bien avant la fin du mois.

Bien cordialement,
Solène""", attach=[("application/pdf", "attestation-girard-2026.pdf", ATTEST_PDF)])),

    C("n17-navarro-lista", "es", "closed", {},
      "Javier Navarro <javinavarro@example.com>", "gmail_es", "Lista de espera - sala de 2 a 3 años",
      "Spanish father asks position on the waiting list and a two-day start; both answered; his 'apúntanos así' request is done.",
      cu("11-03 17:45", """Hola, Lucía:

Hace dos meses apuntamos a Alba en la lista de espera para la sala de 2 a 3 años, de lunes a miércoles. ¿Sabes en qué posición estamos ahora? Y si no sale plaza para enero, ¿se podría empezar con dos días y añadir el tercero más adelante?

Gracias y un saludo,
Javier"""),
      ag("lucia", "11-04 10:20", """Hola, Javier:

Ahora mismo sois los terceros de la lista para esos días. Para enero lo veo difícil, pero en abril pasan cuatro niños de esa sala a preescolar, así que ahí casi seguro que hay sitio. Y sí, empezar con dos días y sumar el tercero cuando quede hueco es lo que hacen muchas familias.

Un saludo,
Lucía"""),
      cu("11-04 12:00", """Perfecto, pues apúntanos así, por favor: lunes y martes, y el miércoles en cuanto haya hueco. ¡Mil gracias!

Javier"""),
      ag("lucia", "11-04 13:15", """Hecho: Alba queda apuntada para lunes y martes, con el miércoles en espera.

Un saludo,
Lucía""")),

    C("n18-quinn-funding-missing", "en", "pending", {},
      "Sinead Quinn <sinead.quinn@example.com>", "gmail", "Funded hours not showing on invoice",
      "Funding missing from an invoice: the cause is explained and a revised invoice promised for Tuesday 24 November - a deadline still ahead at audit time.",
      cu("11-18 19:30", """Hi Colm,

Our December invoice is charging for all 40 hours a week for Cillian, as if the funding wasn't there. He turned 3 in August and we sent you the code in September. Can you check what's happened? We'd rather not pay £1,100 and then wait for a refund.

Sinead"""),
      ag("colm", "11-19 10:15", """Hi Sinead,

Apologies - the council's headcount file didn't include Cillian's code, so the system billed all his hours. I've raised it with the council's early years team today. The direct debit doesn't run until 1 December, and I'll send you the revised invoice on Tuesday 24 November once they've confirmed, so you won't be charged the full amount.

Best regards,
Colm""", promises=[("11-24", None)])),

    C("n19-pryce-pantomime", "en", "closed", {},
      "Oliver Pryce <oliver.pryce@example.org>", "apple", "Pantomime trip on 22 December",
      "Trip times and a seating request answered; the coach times are logistics, not promises.",
      cu("11-10 19:00", """Hi Tess,

Evie's booked onto the Christmas camp and I've just seen the pantomime trip on the 22nd. What time do they leave and get back? She gets travel sick on coaches - can she sit near the front?

Thanks,
Oliver"""),
      ag("tess", "11-11 09:30", """Hi Oliver,

The coach leaves the club at 9:15 and is back by about 2:30, well before normal collection. I've put a note on the seating plan so Evie sits right behind the driver with her group leader, Amy. If she has travel bands it's worth packing them too.

Best wishes,
Tess""")),

    C("n20-brennan-booking-opens", "en", "closed", {},
      "Declan Brennan <dec.brennan@example.net>", "android", "February half-term camp",
      "One question answered with a bare date and time.",
      cu("11-09 07:20", """Hi, when does booking open for the February half-term camp? Last year it was full within a day.
Declan

Get Outlook for Android"""),
      ag("tess", "11-09 09:05", """Hi Declan,

Monday 30 November, 7pm, on the parent portal.

Tess""")),

    C("n21-whitaker-care-plan", "en", "closed", {"unanswered-question": 1},
      "Gemma Whitaker <gemma.whitaker@example.com>", "outlook", "Updated allergy care plan for Noah",
      "New allergy care plan (PDF) handled and the drop-off day confirmed; 'do you need both pens' is skipped; thanks-only reply.",
      cu("11-03 08:40", """Dear Bea,

Please find attached Noah's updated allergy care plan from the hospital clinic - he's now allergic to sesame as well as peanuts. Could you make sure the kitchen has a copy and that his room knows?

Also, his current EpiPens expire at the end of this month. Can we drop off the new ones on Monday? And do you need both pens, or is one enough?

Many thanks,
Gemma Whitaker""", uq=1, attach=[("application/pdf", "Noah-allergy-action-plan.pdf", CAREPLAN_PDF)]),
      ag("bea", "11-03 11:15", """Dear Gemma,

Thank you for sending this so quickly. I've given a copy to Marcus in the kitchen and one to the Ladybird room, and updated Noah's allergy card by the servery - sesame is now on it in red. The kitchen already keeps his table sesame-free.

Monday is fine - the front desk will sign them in when you drop them off.

Kind regards,
Bea"""),
      cu("11-03 11:40", """Thanks Bea, that's reassuring.

Gemma""", thanks=True)),

    C("n22-sato-waiting-list", "en", "pending", {"unanswered-question": 2},
      "Yuki Sato <yuki.sato@example.org>", "gmail", "Waiting list - Sora (born June 2025)",
      "Four bulleted questions after an open morning; the fee and the weekday visit are answered, sibling priority and list lengths are not.",
      cu("11-16 21:30", """Hello Devika,

We came to Saturday's open morning and loved it - Sora wouldn't leave the sandpit!

We'd like to join the waiting list for a September 2027 start. Some questions we didn't get to ask on the day:

- Is the £75 registration fee refundable if no place comes up?
- Do you give priority to siblings? We're hoping for a second child in a couple of years.
- Could you tell me roughly how long the list is for the baby room vs the toddler room?
- Is it possible to visit again on a normal weekday to see the rooms in action?

Thanks so much,
Yuki Sato""", uq=2),
      ag("devika", "11-17 10:00", """Hi Yuki,

Thank you, it was lovely to meet you both - Sora clearly has good taste in sandpits.

The registration fee isn't refundable, I'm afraid, but it is taken off your first invoice if you take up a place. And yes, please do come in on a weekday: Tuesdays and Thursdays between 10 and 11:30 work best, just let me know which suits you.

The registration form is here: https://puddlebynursery.example/register?start=2027-09

Warm wishes,
Devika""")),

    C("n23-hughes-double-charge", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Carys Hughes <carys.hughes@example.com>", "gmail", "Charged twice in October",
      "Duplicate direct debit: 'I'll confirm by Wednesday' kept the following Monday, after the mother chases.",
      cu("11-06 08:30", """Hi Colm,

I've just noticed we were charged twice in October - £812 by direct debit on the 1st and another £812 on the 3rd. Could you look into it and refund the duplicate?

Thanks,
Carys"""),
      ag("colm", "11-06 11:00", """Hi Carys,

Sorry about that - it looks as if the payment provider retried a collection that had already gone through. I need to check with them which one they can reverse, and I'll confirm by Wednesday how and when you'll get the £812 back.

Best regards,
Colm""", promises=[("11-11", 4)]),
      cu("11-16 09:10", """Hi Colm, any news on the refund? It's been over a week and it's quite a lot of money for us before Christmas.

Carys""", chase=True),
      ag("colm", "11-16 13:30", """Hi Carys,

I'm really sorry, I should have updated you last week. The provider has reversed the second collection and the £812 will be back in your account by Thursday 19 November. I've also put a block on your account so it can't happen again.

Best regards,
Colm""")),

    C("n24-morgan-swap-day", "en", "closed", {"missed-follow-up": 1},
      "Alun Morgan <alun.morgan@morgan-joinery.example>", "outlook", "Changing Elis's days",
      "Request to swap a day; 'I'll come back to you early next week' on a Thursday, and nothing follows.",
      cu("11-05 09:00", """Hi Fern,

From January I'd like to swap Elis's Friday for a Wednesday, if there's room in the Ladybird room. Could you let me know if that's possible?

Thanks,
Alun Morgan
Morgan Joinery Ltd"""),
      ag("fern", "11-05 12:30", """Hi Alun,

Wednesdays in Ladybirds are nearly full for January. I need to see whether one of the Wednesday children is dropping a day, and I'll come back to you early next week.

Best wishes,
Fern""", promises=[("11-10", None)])),

    C("n25-price-photo-consent", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Imogen Price <imogen.price@example.net>", "gmail", "Photo consent for the nativity",
      "Photo-consent change acknowledged only by the robot; the mother checks two days later that it has been seen; no human reply.",
      cu("11-16 07:50", """Hello,

I've changed my mind about photo consent for Freddie. I'm happy for him to be in the group photos for the nativity, but please don't put any pictures of him on the nursery's Facebook page. Can you update his form, or do I need to fill in a new one?

Thanks,
Imogen Price"""),
      ack("11-16 07:51"),
      cu("11-18 12:20", """Hi again - just checking this has been seen? The nativity is in a few weeks and I want it sorted before any photos are taken.

Imogen""", chase=True)),

    C("n26-schneider-rechnung", "de", "closed", {"unanswered-question": 1},
      "Miriam Schneider <miriam.schneider@example.com>", "gmail_de", "Vegetarisch und Rechnungsempfänger",
      "German mother: vegetarian lunches confirmed; the request to invoice her employer, made with 'Außerdem bräuchte ich', is ignored.",
      cu("11-04 20:10", """Hallo Frau Brandt,

zwei Sachen: Ab Dezember isst Ida mittags vegetarisch, bitte geben Sie das an die Küche weiter. Außerdem bräuchte ich die Rechnungen künftig auf den Namen meines Arbeitgebers (Kessler Medical Ltd, 4 Temple Quay, Bristol BS1 6DZ), weil der einen Teil der Kosten übernimmt.

Danke und viele Grüße
Miriam Schneider""", uq=1),
      ag("annika", "11-05 08:45", """Hallo Frau Schneider,

ist notiert: Ida bekommt ab dem 1. Dezember das vegetarische Mittagessen, die Küche weiß Bescheid. In ihrer Gruppe essen schon zwei Kinder vegetarisch, sie ist also in guter Gesellschaft.

Viele Grüße
Annika Brandt""")),

    C("n27-bernard-fruits-a-coque", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Claire Bernard <claire.bernard@example.org>", "apple_fr", "Allergie aux fruits à coque – goûter",
      "French mother after a nut reaction: 'Je reviens vers vous demain' kept three days later, after 'Je me permets de vous relancer'.",
      cu("11-09 08:15", """Bonjour Solène,

Lucas a fait une petite réaction samedi après avoir mangé un biscuit aux noisettes chez des amis ; l'allergologue le voit en janvier. En attendant, pouvez-vous vérifier que les goûters de la crèche ne contiennent pas de fruits à coque ?

Merci,
Claire Bernard"""),
      ag("solene", "11-09 10:40", """Bonjour Claire,

Merci de nous avoir prévenus. Les repas et les goûters préparés sur place sont sans fruits à coque, mais je dois encore vérifier avec notre cuisinier les biscuits achetés pour le goûter du vendredi. Je reviens vers vous demain.

Bien à vous,
Solène""", promises=[("11-10", 4)]),
      cu("11-12 19:20", """Bonjour Solène,

Je me permets de vous relancer au sujet des biscuits du vendredi… demain, c'est justement vendredi.

Claire""", chase=True),
      ag("solene", "11-13 07:45", """Bonjour Claire,

Toutes mes excuses pour le retard. Les biscuits du vendredi sont fabriqués dans un atelier qui utilise des noisettes : nous les avons retirés pour toute la section, et Lucas aura des crêpes maison comme les autres.

Bien à vous,
Solène""")),

    C("n28-ortega-factura", "es", "pending", {"unanswered-question": 1},
      "Pilar Ortega <pilar.ortega@example.com>", "gmail_es", "Horas gratuitas y factura de noviembre",
      "Spanish mother: the invoice without funded hours is corrected (PDF); her 'necesito también que me mandéis un justificante' is left out.",
      cu("11-17 09:30", """Hola, Lucía:

He visto que en la factura de noviembre nos cobráis 15 horas a la semana, pero Mateo tiene las 15 horas gratuitas desde septiembre. ¿Lo podéis revisar? Y otra cosa: necesito también que me mandéis un justificante de los pagos de este año para la declaración de la renta en España.

Gracias,
Pilar""", uq=1),
      ag("lucia", "11-17 13:10", """Hola, Pilar:

Tienes toda la razón: la factura se generó antes de que el council confirmara la financiación de Mateo. Te adjunto la factura corregida; ahora solo aparecen las comidas y las dos horas extra de los viernes, 96 £ en total.

Un saludo,
Lucía""", attach=[("application/pdf", "NOV-2318-A.pdf", FACTURA_PDF)])),

    C("n29-ryder-lost-property", "en", "pending", {"reopened": 1},
      "Beth Ryder <beth.ryder@example.com>", "gmail", "Lost coat",
      "A lost coat is found and 'I'll mark this as resolved'; a week later the same thread brings missing wellies (with a photo), found too.",
      cu("11-09 17:40", """Hi,

Jack came home without his coat today - navy blue with a dinosaur hood, and his name is on the label. Could someone check the Ladybird room?

Beth"""),
      ag("fern", "11-10 08:30", """Hi Beth,

Found - it was hanging on the Caterpillar room pegs (the dinosaur hood gave it away). It's back on Jack's peg now. I'll mark this as resolved.

Fern""", closes=True),
      cu("11-16 18:05", """Hi Fern,

Thanks for finding the coat! Now it's his wellies that are missing - green with frogs on, size 8, photo attached. Could you have a look?

Beth""", attach=[("image/png", "frog-wellies.png", WELLIES_PNG)]),
      ag("fern", "11-17 08:50", """Hi Beth,

The frog wellies were in the garden shed with the wet-weather kit - they're on his peg now.

Fern""")),

    C("n30-kaur-potty-training", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
      "Simran Kaur <simran.kaur@kaur-pharmacy.example>", "outlook", "Potty training in January",
      "Friday-evening mail answered on Monday afternoon (slow); the routine question is answered, nappies-or-pull-ups is not.",
      cu("11-06 18:20", """Hi,

We're starting potty training with Arjun over the Christmas break. Would the room be able to carry on with it in January the same way we do at home (pants during the day, a nappy for naps)? Also, should we still send in nappies, or do you provide pull-ups?

Thanks,
Simran""", uq=1),
      ag("bea", "11-09 14:30", """Hi Simran,

Absolutely - the Ladybird team will follow your routine, pants in the day and a nappy at nap time, and we'll tell you at pick-up how it's going. Send in plenty of spare clothes (three sets is a good start) and a wet bag.

Kind regards,
Bea""")),

    C("n31-adeyemi-two-children", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Tolu Adeyemi <tolu.adeyemi@example.org>", "gmail", "After-school club and Christmas camp for two",
      "Admissions passes the booking to the club lead and the invoices to accounts (three agents, promise kept); the 6:30 Thursday collection question is never answered.",
      cu("11-11 20:45", """Hi,

My two (Kemi, Year 4, and Dayo, Reception) both started at St Werburgh's this term. I'd like to book them into the after-school club Mondays to Thursdays from January, and both into the Christmas camp on 21-23 December. On Thursdays I don't finish work until 6 - is there any way of collecting them at 6:30 on that day? Also, please could the invoices be split 50/50 between me and their dad? He'll pay by his own direct debit.

Thanks,
Tolu Adeyemi""", uq=1, cc="Kunle Adeyemi <kunle.adeyemi@example.com>"),
      ag("devika", "11-12 09:10", """Hi Tolu,

Lovely to hear from you. I've passed the club booking to Tess and the invoice question to Colm, as they look after those - you'll hear from both of them shortly.

Warm wishes,
Devika""", promises=[("window", 4)]),
      ag("tess", "11-12 15:00", """Hi Tolu,

Kemi and Dayo are booked into the after-school club Monday to Thursday from 5 January, and into the Christmas camp on 21-23 December. Dayo will be collected from the Reception classroom by Kieran, and Kemi walks over with the juniors.

Best wishes,
Tess""", parent=1),
      ag("colm", "11-13 10:00", """Hi Tolu,

Splitting the invoices is no problem. Please ask their dad to fill in the second-payer form (https://puddlebynursery.example/forms/second-payer?ref=split); from the January invoice you'll each get half, with your own direct debits.

Best regards,
Colm""", parent=1)),

    C("n32-fischer-eingewoehnung", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Thomas Fischer <thomas.fischer@fischer-consult.example>", "outlook_de", "Eingewöhnung im Januar – Termine",
      "German father: switching parents mid-settling-in is fine, 'ich melde mich bis Mittwoch' with the dates never happens; 'gibt es schon Neuigkeiten?' unanswered.",
      cu("11-09 08:05", """Guten Morgen Frau Brandt,

für Paulas Eingewöhnung im Januar hätten wir gern die Termine, damit wir Urlaub beantragen können. Meine Frau würde die ersten zwei Wochen übernehmen, ab der dritten Woche dann ich. Geht das so?

Beste Grüße
Thomas Fischer"""),
      ag("annika", "11-09 12:20", """Guten Tag Herr Fischer,

ein Wechsel nach zwei Wochen ist überhaupt kein Problem, das machen viele Familien so. Die genauen Termine stimme ich noch mit Paulas Bezugserzieherin ab und melde mich bis Mittwoch bei Ihnen.

Viele Grüße
Annika Brandt""", promises=[("11-11", None)]),
      cu("11-16 07:30", """Guten Morgen Frau Brandt,

gibt es schon Neuigkeiten zu den Terminen? Mein Arbeitgeber braucht den Urlaubsantrag bis Ende der Woche.

Beste Grüße
Thomas Fischer""", chase=True)),

    C("n33-ruiz-horario", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Andrés Ruiz <andres.ruiz@example.net>", "gmail_es", "Cambio de horario - salida a las 15:00",
      "Spanish father: 'te confirmo el importe el jueves' kept the next Monday after '¿hay alguna novedad?' (sent from a reply that lost its threading headers).",
      cu("11-02 09:20", """Hola, Lucía:

A partir de diciembre mi mujer sale antes del trabajo y nos gustaría recoger a Leo a las 15:00 en vez de a las 18:00. ¿Se puede pasar al horario de 8:00 a 15:00? ¿Y cuánto nos costaría al mes?

Un saludo,
Andrés"""),
      ag("lucia", "11-02 11:45", """Hola, Andrés:

Sí, tenemos un horario de 8:00 a 15:00. El precio depende de las horas gratuitas que tenga Leo, así que se lo consulto a Colm y te confirmo el importe el jueves.

Un saludo,
Lucía""", promises=[("11-05", 4)]),
      cu("11-09 10:00", """Hola, Lucía, ¿hay alguna novedad sobre el precio? Tenemos que decidirlo esta semana.

Andrés""", chase=True, thread=False),
      ag("lucia", "11-09 16:30", """Hola, Andrés:

Perdona la espera. Con sus 15 horas gratuitas, el horario de 8:00 a 15:00 de lunes a viernes sale por 612 £ al mes, comidas incluidas. Si os cuadra, lo dejamos así desde el 1 de diciembre.

Un saludo,
Lucía""")),

    C("n34-evans-eczema-cream", "en", "pending", {"missed-follow-up": 1},
      "Rhian Evans <rhian.evans@example.com>", "apple", "Eczema cream",
      "Medicine at lunchtime answered; the unboxed-tub question deferred with 'let me check with Fern and I'll get back to you' (no date) and nothing within two days.",
      cu("11-16 08:45", """Hi Bea,

Mali's eczema has flared up again and the GP has prescribed a new cream, twice a day. Can staff put it on at lunchtime if I fill in a medicine form? And is it ok if it's not in the original box? The pharmacy gave us a tub with a printed label.

Thanks,
Rhian"""),
      ag("bea", "11-16 12:00", """Hi Rhian,

Poor Mali. Yes, staff can put it on at lunchtime once the medicine form is signed - there are blank ones at the front desk. The labelled tub may well be fine, but our policy says original packaging, so let me check with Fern and I'll get back to you about it.

Kind regards,
Bea""", promises=[("window", None)])),

    C("n35-hart-statement-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Grace Hart <grace.hart@example.org>", "gmail", "Statement of payments for my accountant",
      "A request for a tax-year statement, resent word for word three days later as a new mail; answered after the resend with the statement attached.",
      cu("11-02 13:00", """Hello,

Please send me a statement of everything we paid for Olivia between April 2025 and April 2026. My accountant needs it for my self-assessment.

Thanks,
Grace Hart"""),
      cu("11-05 09:30", """Hello,

Please send me a statement of everything we paid for Olivia between April 2025 and April 2026. My accountant needs it for my self-assessment.

Thanks,
Grace Hart""", chase=True, parent=0),
      ag("colm", "11-05 11:20", """Hi Grace,

Apologies for missing your first email. Olivia's statement is attached: 6 April 2025 to 5 April 2026, £9,846.50 paid in total, of which £2,000 came through Tax-Free Childcare.

Best regards,
Colm""", parent=2, attach=[("application/pdf", "statement-hart-2025-26.pdf", STATEMENT_PDF)])),

    C("n36-douglas-nativity", "en", "closed", {"unanswered-question": 1},
      "Fiona Douglas <fiona.douglas@example.com>", "gmail", "Nativity costume",
      "Costume question answered; 'Oh, one more thing - can grandparents come?' in a follow-up gets the date and place instead.",
      cu("11-04 19:00", """Hi,

What does Isla need to wear for the nativity? The note in her bag got a bit chewed.

Fiona"""),
      ag("fern", "11-05 08:40", """Hi Fiona,

Ha, we get a few chewed notes! Isla is a star: a plain white or yellow top and leggings is perfect, and we provide the tinsel headband.

Fern"""),
      cu("11-05 12:10", """Brilliant, thank you. Oh, one more thing - can grandparents come to watch as well, or is it parents only? Her nan would love to come.

Fiona""", uq=1),
      ag("fern", "11-05 13:30", """Hi Fiona,

The nativity is on Thursday 10 December at 2pm in the church hall on Mill Lane. Doors open at 1:45.

Fern""")),

    C("n37-shah-extra-session", "en", "closed", {"unanswered-question": 1},
      "Anil Shah <anil.shah@shah-dental.example>", "outlook", "Extra afternoon on Friday 20th?",
      "Christmas Eve hours answered; the extra Friday afternoon is answered with a Thursday booking instead.",
      cu("11-10 11:00", """Hi Devika,

Is there any chance of an extra afternoon session for Meera on Friday 20 November? I have a hospital appointment at 2pm. Also, are you open all day on Thursday 24 December, or do you close at lunchtime on Christmas Eve?

Thanks,
Anil Shah""", uq=1),
      ag("devika", "11-10 14:20", """Hi Anil,

On Christmas Eve we close at 1pm, so it's a half day.

For Meera: Thursday 19 November afternoon is free in Ladybirds, so I've booked that for her.

Devika""")),

    C("n38-green-sibling-discount", "en", "pending", {"unanswered-question": 1},
      "Laura Green <laura.green@example.net>", "gmail", "Fees for Toby and Maisie from April",
      "Fee sheet sent as a PDF with the day rates; the sibling-discount question gets rates around it but no answer.",
      cu("11-17 20:00", """Hi Colm,

Toby's little sister Maisie starts in April. I wanted to ask whether there's a sibling discount when both are in nursery at the same time. And could you send the 2027 fee sheet? I couldn't find it on the website.

Laura""", uq=1),
      ag("colm", "11-18 09:30", """Hi Laura,

Congratulations on getting both of them in! The 2027 fee sheet is attached: the baby room day rate is £74 and the toddler and pre-school rooms are £68, with funded hours deducted as before.

Best regards,
Colm""", attach=[("application/pdf", "fees-2027.pdf", FEES_PDF)])),

    C("n39-roux-23-decembre", "fr", "closed", {"unanswered-question": 1},
      "Camille Roux <camille.roux@example.com>", "iphone", "Garde le 23 décembre + reçu",
      "French mother: 23 December opening answered and booked; 'merci de m'envoyer le reçu du paiement d'octobre' ignored.",
      cu("11-06 07:40", """Bonjour,

Est-ce que la crèche est ouverte le mercredi 23 décembre ? Nous partons en France le 24 au matin et j'aimerais faire garder Inès ce jour-là.

Par ailleurs, merci de m'envoyer le reçu du paiement d'octobre, je ne le trouve pas dans l'espace parents.

Bonne journée,
Camille Roux

Envoyé de mon iPhone""", uq=1),
      ag("solene", "11-06 09:30", """Bonjour Camille,

Oui, nous sommes ouverts le 23 décembre aux horaires habituels, de 7h30 à 18h. J'ai réservé la journée pour Inès.

Bon voyage en avance !
Solène""")),

    C("n40-torres-campamento", "es", "closed", {"unanswered-question": 1},
      "Nuria Torres <nuria.torres@example.org>", "gmail_es", "Campamento de febrero y recogida",
      "Spanish mother (base64 body): who may collect is answered; 'Quisiera saber si el campamento de febrero es...' is not.",
      cu("11-10 18:15", """Hola, Lucía:

Quisiera saber si el campamento de febrero es también para los niños de la guardería o solo para los del club de después del cole. Martina cumple cuatro años en enero.

Otra cosa: a partir de la semana que viene la recogerá los martes mi cuñada, Rosa Giménez. ¿Qué tengo que hacer para autorizarla?

Un saludo y gracias,
Nuria""", uq=1, cte="base64"),
      ag("lucia", "11-11 09:00", """Hola, Nuria:

Para que tu cuñada pueda recogerla, añádela en la app en «Personas autorizadas» con una foto y, la primera vez, que traiga el DNI o el pasaporte. Con eso basta.

Un saludo,
Lucía""")),

    C("n41-baker-admin-list", "en", "closed", {"unanswered-question": 1},
      "Martin Baker <martin.baker@example.org>", "oldclient", "A few admin bits",
      "Numbered list of four from an old mail client without Message-ID: address, contact and party theme done, the split December payment not.",
      cu("11-03 21:15", """Hello,

A few admin bits from us, in no particular order:

1) Our new address from 14 November is 27 Cotham Vale, Bristol BS6 6HS - please update your records.
2) Please add my mobile as a second emergency contact: 07700 900614.
3) Are the Christmas party outfits fancy dress or just party clothes?
4) We'd like to pay December's fees in two halves if that's possible (1st and 15th).

Thanks,
Martin Baker""", uq=1, msgid=False, note="Martin Baker's four-point admin list (old client, no Message-ID)"),
      ag("fern", "11-04 09:45", """Hi Martin,

All updated - the new address from the 14th, and your mobile is now the second emergency contact. The party is fancy dress this year; the theme is 'Winter Animals'.

Kind regards,
Fern""")),

    C("n42-blake-naps", "en", "pending", {"unanswered-question": 2},
      "Hannah Blake <hannah.blake@example.com>", "gmail", "Worried about Ollie's naps",
      "One long worried paragraph with a request, two questions and a rhetorical sigh; the nap request is handled, the lunch question and the meeting with the key person are not.",
      cu("11-16 14:30", """Hi Bea,

I hope it's ok to email rather than catch you at pick-up, it's always so busy. Ollie has been really unsettled at bedtime for the past two weeks and I've noticed his daily sheet says he's been sleeping for up to two and a half hours at nursery, which is a lot more than before - I know he moved to the big cot room so maybe that's it, but I was wondering whether you could cap his nap at an hour and a half and wake him after that? He's also been coming home really hungry, so could you let me know whether he's finishing his lunch, because the sheet just says 'ate well' every day and I'm not sure that tells me much. Why does nobody warn you about these phases? Anyway, I'd also like to book a proper chat with his key person, Jess, when she's back from leave - could you let me know when that would be?

Thanks so much,
Hannah""", uq=2),
      ag("bea", "11-17 09:15", """Hi Hannah,

Email is always fine, don't worry. You're right that the longer naps started with the move to the big cot room - it's darker and quieter in there, and a few of the children have gone from one sleep cycle to two. From today we'll wake Ollie gently after an hour and a half, and I've told the room team.

Kind regards,
Bea""")),

    C("n43-carter-camp-inline", "en", "pending", {"unanswered-question": 1},
      "Ben Carter <ben.carter@example.net>", "apple", "Christmas camp - a few questions",
      "Inline reply under two of three quoted questions; the discount question is left out of the reply.",
      cu("11-18 08:00", """Hi Tess,

Jacob is booked for all six days of the Christmas camp. A few questions:

Do they go outside every day? He'll need his snow suit if so.
Can he bring his Switch on the last day? His friend says it's 'toy day'.
Is there a discount for booking all six days?

Thanks,
Ben""", uq=1),
      ag("tess", "11-18 14:10", """Hi Ben,

> Do they go outside every day? He'll need his snow suit if so.

Every day unless it's pouring - snow suit and wellies please, labelled.

> Can he bring his Switch on the last day? His friend says it's 'toy day'.

His friend is right, 31 December is bring-a-toy day, but no screens I'm afraid. A board game or a favourite toy is fine.

Best wishes,
Tess""", quote=False)),

    C("n44-ivanova-referral", "en", "closed", {"missed-follow-up": 1},
      "Natasha Ivanova <natasha.ivanova@example.org>", "owa", "Speech and language referral",
      "Manager promises the SENCo will email on Friday; the SENCo delivers everything the next Monday (kept late by a colleague = missed).",
      cu("11-04 10:00", """Dear Fern,

At Dmitri's two-year check the health visitor suggested a speech and language referral, and said the nursery can refer directly. Could you do that? And could Bea let me know what she's noticed in the room - I'd like to understand how he's getting on.

Kind regards,
Natasha Ivanova"""),
      ag("fern", "11-04 13:00", """Dear Natasha,

Yes, we can refer directly and I'm happy for us to. Bea is our SENCo, so she'll do the referral with you - she'll email you on Friday with her notes from the room and the form to sign.

Kind regards,
Fern""", promises=[("11-06", 3)]),
      ag("bea", "11-09 11:30", """Dear Natasha,

Sorry this is a couple of days later than Fern said. The referral form is attached - could you sign page 2 and bring it in? From the room: Dmitri understands a lot, follows two-step instructions and loves the book corner, but he mostly points or takes us by the hand rather than using words, and we've heard around 15 words from him. That matches what the health visitor saw.

Kind regards,
Bea""", parent=1, attach=[("application/pdf", "SLT-referral-Ivanov.pdf", REFERRAL_PDF)])),

    C("n45-bennett-mandate", "en", "pending", {"missed-follow-up": 1},
      "Chloe Bennett <chloe.bennett@example.com>", "gmail", "New bank - direct debit",
      "Question answered (no online mandate); 'I'll email the form over by the end of the day' never sent.",
      cu("11-17 12:00", """Hi,

We've switched banks. Can you send me a new direct debit mandate form, or is there a link to do it online?

Chloe"""),
      ag("colm", "11-17 14:30", """Hi Chloe,

It's a paper form rather than online, I'm afraid - our provider is moving us to online mandates next year. I'll email the form over by the end of the day.

Best regards,
Colm""", promises=[("11-17", None)])),

    C("n46-foster-flu-spray", "en", "pending", {"missed-follow-up": 1},
      "Chris Foster <chris.foster@example.net>", "android", "Flu spray at nursery?",
      "'I'll let you know on Monday' kept on Tuesday: late = missed.",
      cu("11-12 13:00", """Hi, the GP surgery said the nasal flu vaccine can sometimes be given at nursery. Do you do that? Liam's 3.
Thanks, Chris Foster

Get Outlook for Android"""),
      ag("fern", "11-12 16:00", """Hi Chris,

Not usually, but the immunisation team has asked us about a session this winter. I'm meeting them on Friday and will let you know on Monday whether it's going ahead.

Fern""", promises=[("11-16", 3)]),
      ag("fern", "11-17 09:00", """Hi Chris,

Sorry for the delay - it's going ahead: the immunisation team is coming in on Wednesday 2 December, and the consent forms go home in book bags this week.

Fern""")),

    C("n47-moreau-rentree", "fr", "closed", {"missed-follow-up": 1},
      "Julien Moreau <julien.moreau@example.com>", "gmail", "Place pour la rentrée de septembre 2027",
      "French family moving to Bristol (writing from France): registering without a UK address answered; the places question deferred 'd'ici vendredi', never answered.",
      cu("11-02 12:30", """Bonjour,

Nous arrivons à Bristol en août prochain pour mon travail et nous cherchons une place pour notre fille Zoé (2 ans en mai) à partir de septembre 2027, quatre jours par semaine. Est-ce que vous avez encore de la place ? Et acceptez-vous les inscriptions avant que nous ayons une adresse au Royaume-Uni ?

Cordialement,
Julien Moreau""", tz=1),
      ag("solene", "11-02 15:10", """Bonjour Monsieur Moreau,

Oui, vous pouvez tout à fait vous inscrire sans adresse britannique : votre adresse actuelle en France suffit pour la liste d'attente. Pour les places de septembre 2027, je dois voir avec Devika, qui gère les admissions, et je vous réponds d'ici vendredi.

Cordialement,
Solène""", promises=[("11-06", None)])),

    C("n48-thompson-closure-credit", "en", "closed", {"unanswered-question": 1, "customer-chased": 2, "slow-first-response": 1},
      "Rachel Thompson <rachel.thompson@example.com>", "gmail", "Credit for the closure day",
      "Robot acknowledgement, then 'just following up' and 'Still waiting to hear back' (the second with a References gap); the credit is answered four days in, the photo order form never sent.",
      cu("11-09 08:20", """Hello,

The nursery was closed on Friday 6 November because of the heating. Will we be credited for that day, or can we swap it for another day this month? Also, I still haven't received the order form from the autumn photos - please can you send it again?

Thanks,
Rachel Thompson""", uq=1),
      ack("11-09 08:21"),
      cu("11-11 19:00", """Hi, just following up on the email below - it would be good to know about the credit before the December invoice goes out.

Rachel""", chase=True),
      cu("11-13 08:10", """Hello? Still waiting to hear back on this. I've asked at the front desk twice now as well.

Rachel""", chase=True, refs=[1]),
      ag("colm", "11-13 11:00", """Hi Rachel,

I'm so sorry you've had to ask three times. Every family affected by the closure gets a full day's credit - for Alfie that's £68, and it's already on the December invoice.

Best regards,
Colm""")),

    C("n49-wilson-contract", "en", "closed", {"unanswered-question": 2},
      "Daniel Wilson <daniel.wilson@wilson-vets.example>", "outlook", "Questions before we accept the place",
      "Four questions before signing; notice period and deposit answered in one sentence, CCTV and the dairy-free kitchen skipped.",
      cu("11-05 13:30", """Dear Devika,

Thank you for offering Harry a place from January. Before we sign the contract I'd like to check a few things:

What is the notice period if we need to leave?
Do you have CCTV in the rooms, and can parents view it?
Is the £300 deposit refundable when he leaves?
Harry's younger brother has a severe dairy allergy - can the kitchen cater for that, in case he joins later?

Kind regards,
Daniel Wilson
Wilson & Hart Veterinary Practice | 0117 496 0877""", uq=2),
      ag("devika", "11-05 16:00", """Dear Daniel,

Thank you for your email, and congratulations on Harry's place! The notice period is one calendar month, and the £300 deposit is refunded with the final invoice once all fees are settled.

Please sign and return the contract by 20 November to secure the place.

Kind regards,
Devika""")),

    C("n50-ahmed-camp-refund", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Zara Ahmed <zara.ahmed@example.net>", "iphone", "Cancel Christmas camp days",
      "Camp days cancelled and 'I'll check the refund with Colm and come back to you tomorrow'; the mother checks in five days later and Colm answers.",
      cu("11-11 21:00", """Hi Tess, Noor is now going to her grandparents for the first week of the holidays, so please cancel her camp days on 21, 22 and 23 December. Do we get the money back or is it a credit?
Thanks, Zara

Sent from my iPhone"""),
      ag("tess", "11-12 08:30", """Hi Zara,

Cancelled - Noor is now just booked for 29-31 December. I'll check the refund with Colm and come back to you tomorrow.

Tess""", promises=[("11-13", 4)]),
      cu("11-17 07:45", """Hi Tess, just checking in about the refund for the cancelled days?
Zara

Sent from my iPhone""", chase=True),
      ag("colm", "11-17 10:30", """Hi Zara,

Tess passed this to me. Cancellations more than 14 days before the camp are refunded in full, so £156 goes back to your card within 5 working days.

Colm""")),

    C("n51-edwards-leaving", "en", "closed", {"unanswered-question": 2},
      "Megan Edwards <megan.edwards@example.org>", "gmail", "Ruby's last day",
      "Notice of leaving with two requests without a question mark ('I need a letter...', 'Please also send...') and one question; only the question is answered.",
      cu("11-03 09:10", """Hi Fern,

Sadly we're moving to Cardiff in the new year, so this is our month's notice - Ruby's last day will be Friday 18 December. I need a letter confirming her attendance dates and funded hours for her new nursery. Please also send the final invoice to my work address (megan.edwards@cardiffuni.example) rather than this one.

She's going to miss everyone so much. Is there any way she could take her tray and artwork home on her last day?

Thank you for everything,
Megan""", uq=2),
      ag("fern", "11-03 14:20", """Hi Megan,

Oh, we will miss Ruby too! Thank you for letting us know - I've noted Friday 18 December as her last day. Of course she can take her tray and all her artwork home; the room team usually makes a little leaving book too.

Best wishes,
Fern""")),

    C("n52-ng-christmas-party", "en", "pending", {"unanswered-question": 1},
      "Jason Ng <jason.ng@example.com>", "apple", "Christmas party on the 17th",
      "Three party questions (multipart/alternative); Father Christmas and the grandad answered, whether parents are invited is not.",
      cu("11-16 20:20", """Hi Fern,

Couple of things about the Christmas party on the 17th. Are parents invited this year? Lily's also asking whether Father Christmas is coming - do we need to send in a wrapped present for him to hand over, or does the nursery sort that out?

And just to check, her grandad is on the collection list, so he can pick her up that day, right?

Thanks,
Jason""", uq=1, kind="alt"),
      ag("fern", "11-17 09:40", """Hi Jason,

Father Christmas is definitely coming! The nursery buys a small present for every child, so there's no need to send anything in. And yes, Lily's grandad can collect her as usual.

Best wishes,
Fern""")),

    C("n53-ellis-four-days", "en", "pending", {"unanswered-question": 1},
      "Sam Ellis <sam.ellis@example.net>", "thunderbird", "Moving to four days",
      "Extra day added; follow-up mail asks the fee (deferred to a colleague the same day and kept) and a 1pm finish (never answered).",
      cu("11-13 12:00", """Hi Devika,

Could Rosie go up from three to four days from January? Ideally Tuesday as the extra day.

Sam Ellis"""),
      ag("devika", "11-13 14:30", """Hi Sam,

Yes - Tuesdays in the Ladybird room have space, so I've added Tuesday from 5 January.

Devika"""),
      cu("11-16 18:40", """Great, thanks Devika. A couple of follow-up questions now that it's sinking in: how much will the monthly fee be with four days? And does she have to do the full day on Tuesday, or could she finish at 1pm after lunch?

Sam""", uq=1),
      ag("devika", "11-17 08:50", """Hi Sam,

Colm has the fee calculator, so I've passed your first question to him and he'll send you the new monthly figure today. Rosie's new pattern is Monday, Tuesday, Wednesday and Friday.

Devika""", promises=[("11-17", 5)]),
      ag("colm", "11-17 11:00", """Hi Sam,

With four days (and Rosie's 15 funded hours taken off) the monthly fee from January will be £1,046, up from £782.

Best regards,
Colm""", parent=3)),

    C("n54-morris-sickness", "en", "pending", {"customer-chased": 1},
      "Paula Morris <paula.morris@morris-lettings.example>", "outlook", "Funded hours and sick days",
      "Two numbered questions, one answered; the mother writes 'I haven't heard back about the second part' and gets the answer.",
      cu("11-10 09:00", """Hi Colm,

Two questions: 1. Do the 15 funded hours apply during the August closure fortnight? 2. If Finn is off sick for a week, do we still pay for the non-funded hours?

Thanks,
Paula Morris
Morris Lettings"""),
      ag("colm", "11-10 11:30", """Hi Paula,

The nursery is closed for the first two weeks of August and no fees are charged for those weeks at all, funded or not.

Best regards,
Colm"""),
      cu("11-16 10:15", """Hi Colm,

Thanks for that. I haven't heard back about the second part though - the sickness one. Finn's had a horrible cough, so it's quite relevant!

Paula""", chase=True),
      ag("colm", "11-16 14:00", """Hi Paula,

Sorry, I skipped right over that. Yes - fees are still due when he's off sick, as his place is held for him. I hope Finn's cough clears up soon.

Colm""")),
]

UNANSWERED: dict[str, list[str]] = {
    "n21-whitaker-care-plan": [
        "And do you need both pens, or is one enough?"],
    "n22-sato-waiting-list": [
        "Do you give priority to siblings?",
        "Could you tell me roughly how long the list is for the baby room vs the toddler room?"],
    "n26-schneider-rechnung": [
        "Außerdem bräuchte ich die Rechnungen künftig auf den Namen meines Arbeitgebers (Kessler Medical Ltd, 4 Temple Quay, Bristol BS1 6DZ), weil der einen Teil der Kosten übernimmt."],
    "n28-ortega-factura": [
        "necesito también que me mandéis un justificante de los pagos de este año para la declaración de la renta en España."],
    "n30-kaur-potty-training": [
        "Also, should we still send in nappies, or do you provide pull-ups?"],
    "n31-adeyemi-two-children": [
        "On Thursdays I don't finish work until 6 - is there any way of collecting them at 6:30 on that day?"],
    "n36-douglas-nativity": [
        "can grandparents come to watch as well, or is it parents only?"],
    "n37-shah-extra-session": [
        "Is there any chance of an extra afternoon session for Meera on Friday 20 November?"],
    "n38-green-sibling-discount": [
        "I wanted to ask whether there's a sibling discount when both are in nursery at the same time."],
    "n39-roux-23-decembre": [
        "Par ailleurs, merci de m'envoyer le reçu du paiement d'octobre, je ne le trouve pas dans l'espace parents."],
    "n40-torres-campamento": [
        "Quisiera saber si el campamento de febrero es también para los niños de la guardería o solo para los del club de después del cole."],
    "n41-baker-admin-list": [
        "We'd like to pay December's fees in two halves if that's possible (1st and 15th)."],
    "n42-blake-naps": [
        "He's also been coming home really hungry, so could you let me know whether he's finishing his lunch, because the sheet just says 'ate well' every day and I'm not sure that tells me much.",
        "Anyway, I'd also like to book a proper chat with his key person, Jess, when she's back from leave - could you let me know when that would be?"],
    "n43-carter-camp-inline": [
        "Is there a discount for booking all six days?"],
    "n48-thompson-closure-credit": [
        "Also, I still haven't received the order form from the autumn photos - please can you send it again?"],
    "n49-wilson-contract": [
        "Do you have CCTV in the rooms, and can parents view it?",
        "Harry's younger brother has a severe dairy allergy - can the kitchen cater for that, in case he joins later?"],
    "n51-edwards-leaving": [
        "I need a letter confirming her attendance dates and funded hours for her new nursery.",
        "Please also send the final invoice to my work address (megan.edwards@cardiffuni.example) rather than this one."],
    "n52-ng-christmas-party": [
        "Are parents invited this year?"],
    "n53-ellis-four-days": [
        "And does she have to do the full day on Tuesday, or could she finish at 1pm after lunch?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The office desk's reference for the message ``key`` (stable, derived from the key)."""
    return f"PN-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
        refs = o.pop("refs", None)
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


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none for ``msgid=False``) and raw bytes, parents
    first (as :func:`mailcraft.render_corpus`, which always gives an id)."""
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
            if m.role == "customer" and m.thanks_only and (m.uq or m.chase):
                out.append(f"{m.key}: a thanks-only message cannot ask or chase")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 50: Puddleby Nursery & After-School Club - cases",
                                 "make_practice50_corpus.py", rows)


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures of the corpus (computed) and what it holds by design."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    lang_names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    lang_text = ", ".join(f"{lang_names[k]} {n}" for k, n in langs.most_common())
    found_text = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    figures = (f"{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the "
               f"inbox ({roles['customer']} parents' mails and {roles['auto']} out-of-office reply), "
               f"{roles['agent']} support replies, {roles['ack']} office acknowledgements. "
               f"{len(clean)} clean cases ({round(100 * len(clean) / len(cases))} %). Languages: "
               f"{lang_text} ({round(100 * (len(cases) - langs['en']) / len(cases))} % not English). "
               f"Statuses: {statuses['closed']} closed, {statuses['pending']} pending, "
               f"{statuses['open']} open.\n\nExpected findings: {found_text}; the "
               f"{found['unanswered-question']} unanswered questions are in {asking} cases.")
    figures = "\n\n".join(textwrap.fill(p, 92) for p in figures.split("\n\n"))
    return README.format(figures=figures)


README = """# Practice corpus 50: Puddleby Nursery & After-School Club support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Puddleby Nursery & After-School Club**, a day nursery in Bristol for babies to
  pre-schoolers that also runs an after-school club for two primary schools and holiday
  camps: places and waiting lists, settling-in, room moves, fees and invoices, funded hours
  and eligibility codes, Tax-Free Childcare and direct debits, pick-up arrangements and
  passwords, allergies, medicines and care plans, nativity, Christmas party and camp trips.
  Support address `office@puddlebynursery.example`; staff Fern Ashworth (nursery manager),
  Devika Rao (admissions and waiting list), Colm Brady (fees and funding), Tess Okafor
  (after-school club and holiday camps), Bea Lindgren (deputy manager, SENCo, allergy lead),
  Annika Brandt (German-speaking families), Solène Marchetti (French-speaking families) and
  Lucía Ferrer (Spanish-speaking families), all `@puddlebynursery.example`. An office robot
  (`office@puddlebynursery.example`, `Auto-Submitted: auto-replied`) acknowledges a few
  mails with "we aim to reply within 24 hours" - service-hours text, not a commitment.
- Customers are parents on `example.com/.org/.net` and `*.example` domains. Everything is
  invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain puddlebynursery.example`.

```
python scripts/make_practice50_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice50_corpus.py --out /tmp/p50         # ... into another folder
python scripts/evaluate.py --corpus tests/practice50 [-v]       # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice50_corpus.py
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

{figures}

Answered questions (not labelled): about 90 parents' questions and requests get an answer,
about 15 of them deferred with a promise (which then counts only as that promise). They are
answered in other words ("Is that definite?" - "It's confirmed"; "Do you need to see the new
validity date each time?" - "There's nothing to send"), out of order and several in one
sentence (n01, n10, n49), inline under the quoted question with "Included." or "Carry on
exactly as you do now" (n02, n43), with a bare date (n20: "Monday 30 November, 7pm, on the
parent portal."), with only links (n09), with an attachment (n06 menu, n13 and n28 corrected
invoices, n16 attestation, n35 statement, n38 fee sheet, n44 referral form), by a colleague
(n07, n31, n50, n53), with a done-it ("Booked", "Hecho", "All updated"), and after a chase
(n23, n27, n33, n48, n50, n54 - in n54 the chase re-asks the skipped half of the first mail
and gets it answered, so nothing there is labelled unanswered).

Unanswered questions are the realistic kind: the reply handles the main point and skips a
secondary one (n21, n30, n38, n40, n48, n52), requests without a question mark made in
passing ("Außerdem bräuchte ich die Rechnungen künftig auf den Namen meines Arbeitgebers",
"necesito también que me mandéis un justificante", "Par ailleurs, merci de m'envoyer le
reçu", "I need a letter confirming...", "Please also send the final invoice to..."), a
numbered list with one item left (n41), bulleted questions half answered (n22, n49), an
inline reply that simply drops the third quoted question (n43), a neighbouring answer (n36:
date and place for "can grandparents come?"; n37: a Thursday booked for "Friday 20
November"; n31: who collects Reception children for "collecting them at 6:30"), two
questions lost in one long worried paragraph (n42), and a question in a follow-up mail after
the case looked done (n36, n53).

Not questions (must not be flagged): a rhetorical opener "How is it nearly December
already?" and a self-answered "Where do I find the code itself? Scratch that, ... found it"
(n08); "Why does nobody warn you about these phases?" (n42); questions in a forwarded school
letter inside an HTML-only mail (n11); a lawyer's signature "Need advice on a lease?" with a
`?` URL, also in her thanks-only reply (n14); support signatures with "Questions about funded
hours?" and `?` URLs; a preference stated as a statement ("I'd rather not do the sessions on
a Monday", n01 - answered anyway); thanks-only mails (n01, n04, n06, n14, n21); a parent's
out-of-office reply (n13); questions in the latest unanswered mail are `awaiting-reply`,
never `unanswered-question` (n25, n32), and a fresh enquiry with only the robot's
acknowledgement is inside the response target (n12).

Commitments: kept on time by a colleague (n07 "She'll email you by tomorrow"; n31 "you'll hear
from both of them", no date, both within two days; n53 "he'll send you the new monthly
figure today"), kept late = missed (n23 "by Wednesday" -> Monday; n27 "Je reviens vers vous
demain" -> three days later; n33 "te confirmo el importe el jueves" -> Monday; n44 "she'll
email you on Friday" -> Monday, by the colleague; n46 "will let you know on Monday" ->
Tuesday; n50 "come back to you tomorrow" -> Tuesday, by a colleague), never kept (n24 "early
next week" said on a Thursday; n32 "melde mich bis Mittwoch"; n34 "I'll get back to you about
it", no date = two-day window; n45 "by the end of the day"; n47 "je vous réponds d'ici
vendredi"), and a deadline still ahead at audit time (n18, "on Tuesday 24 November").
Non-promises: logistics ("The coach leaves the club at 9:15", n19; "the immunisation team is
coming in on Wednesday 2 December", n46), process text ("we run every code through the
government checker a week before each term starts", n08), the acknowledgement's "we aim to
reply within 24 hours" (n12, n25, n48).

Chasing in varied wording and languages: "any news on the refund?", "just checking this has
been seen?", "Je me permets de vous relancer", "gibt es schon Neuigkeiten zu den Terminen?",
"¿hay alguna novedad sobre el precio?", "just following up on the email below" and "Hello?
Still waiting to hear back on this" (two chases in n48: count 2), "just checking in about the
refund", "I haven't heard back about the second part though", and a word-for-word resend as a
new mail with the same subject (n35).

Status and timing: awaiting reply (n25, n32), a fresh case inside the response target with
only the acknowledgement (n12), slow first responses (Friday evening answered on Monday
afternoon, n30; a resend answered three days after the first mail, n35; n48), an explicit
close "I'll mark this as resolved" followed by a new problem in the same thread (n29), three
staff on one case (n31).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old client without Message-ID (n41);
top-posted and inline replies; plain 7bit, quoted-printable, base64 (n40), multipart/
alternative (n10, n52, acknowledgements) and HTML-only (n11); PDF and PNG attachments; a Cc
to the other parent (n31); a chase that lost its threading headers (n33, `Re:` subject only),
a chase whose References skip the previous mail (n48), a resend without threading headers
(n35); a French family writing from France (UTC+1, n47).

## Judgement calls

- **Deferral is not an unanswered question** (n07, n18, n23, n24, n27, n31, n32, n33, n34,
  n44, n45, n46, n47, n50, n53): a question deferred with a promise is labelled only through
  `missed-follow-up` when the promise is broken.
- **A neighbouring answer is not an answer**: n36 (date and place, not who may come), n37 (a
  Thursday instead of the Friday asked for), n31 (Reception pick-up from school, not a 6:30
  collection), n38 (day rates around the sibling-discount question). A reader who takes
  n36's details as implying "everyone is welcome" would drop that label - the only case where
  that reading is plausible.
- **Split sentences, separate findings**: n21 asks "Can we drop off the new ones on Monday?"
  (answered) and "And do you need both pens, or is one enough?" (not) as two sentences; n51's
  letter and invoice requests are two sentences, two findings; n42's long sentences each hold
  one question or request.
- **n54**: the first reply skips question 2; the chase "I haven't heard back about the second
  part" is answered, so the question is answered and only the chase is labelled.
- **n29**: the customer's second mail reopens the case after "I'll mark this as resolved" and
  is answered; the case is pending, `reopened` once.
- **n53**: "he'll send you the new monthly figure today" defers the fee question and is kept
  the same day by Colm; the 1pm-finish question is never addressed.
- **n31**: Devika's "you'll hear from both of them shortly" has no date (two-day window) and
  is kept by Colm the next day.
- **n16**: "Est-ce qu'il serait possible de l'avoir avant le 30 novembre ?" is answered by
  sending it at once ("Vous l'avez donc bien avant la fin du mois").
- **n17**: "apúntanos así, por favor" is a request, so the case stays open until Lucía's "Hecho" (no explicit close, no `reopened`).

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py
(structure only), tests/test_practice24_corpus.py and tests/practice24/README.md (format).
Not opened: anything under `happyaudit/`, the README's method, accuracy and weak-point
sections, any other test file or corpus. All labels were fixed before the single evaluation
run and none was changed after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.puddlebynursery.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")
    (out / "README.md").write_text(readme(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip, a message with an id that went missing."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    in_inbox = {id(p) for p in inbox}
    by_id = {p["Message-ID"]: p for p in inbox + sent if p["Message-ID"]}
    without_id = [p for p in inbox + sent if not p["Message-ID"]]
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed = by_id.get(m.message_id)
        else:
            parsed = next((p for p in without_id if p["Subject"] == m.subject
                           and email.utils.parsedate_to_datetime(p["Date"]) == m.date), None)
        if parsed is None:
            found.append(f"{m.key}: not found in the written mailbox")
            continue
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, id(parsed) in in_inbox))
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
    """Command line: regenerate tests/practice50 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
