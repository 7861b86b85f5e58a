#!/usr/bin/env python3
"""Regenerate ``tests/practice89/``: a labelled corpus of Brightwater Swim School.

A support mailbox of a fictional swim school on the south coast (children's lessons by
stage, adult lessons, term bookings and direct debits, make-up lessons, private and
semi-private lessons, pool parties, certificates and progress reports, school groups),
written without looking at the detection heuristics, with many customer questions. Audited
at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``brightwaterswim.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (statistics computed here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice89_corpus.py [--out DIR]
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
NAME = "practice89"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "brightwaterswim.example"
HELLO = "Brightwater Swim School <hello@brightwaterswim.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nadia": ("Nadia Okafor <nadia@brightwaterswim.example>", "outlook", """Nadia Okafor
Bookings & Enrolment | Brightwater Swim School
Kingsway Pool, Hove BN3 | 01273 555 240
Can't make a lesson? Book a make-up at https://brightwaterswim.example/account/makeups?src=sig"""),
    "callum": ("Callum Reid <callum@brightwaterswim.example>", "thunderbird", """-- 
Callum Reid
Head of Swimming | Brightwater Swim School
https://brightwaterswim.example/stages?ref=email"""),
    "priya": ("Priya Raman <priya@brightwaterswim.example>", "owa", """Priya Raman
Accounts & Payments | Brightwater Swim School
This email and any attachments are confidential and intended solely for the addressee.
Brightwater Swim School Ltd, registered in England no. 08817734."""),
    "josie": ("Josie Marsh <josie@brightwaterswim.example>", "apple", """Josie Marsh
Parties & Private Lessons | Brightwater Swim School
Planning a splash party? https://brightwaterswim.example/parties?from=email"""),
    "lukas": ("Lukas Brenner <lukas@brightwaterswim.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenbetreuung (Deutsch) | Brightwater Swim School
https://brightwaterswim.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@brightwaterswim.example>", "apple_fr", """Amélie Roussel
Accueil des familles francophones | Brightwater Swim School
https://brightwaterswim.example/fr?utm_source=email"""),
    "lucia": ("Lucía Herrera <lucia@brightwaterswim.example>", "gmail_es", """--
Lucía Herrera
Atención a familias (ES) | Brightwater Swim School
+44 1273 555 246"""),
}

ACK = """Hello,

Thanks for contacting Brightwater Swim School - this is an automatic message to
let you know we've received your email (reference {ref}). Our office is open
Monday to Saturday, 8am-6pm, and we aim to reply within one working day.

If your message is about a lesson today, please call reception on 01273 555 240.

Brightwater Swim School
https://brightwaterswim.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Brightwater Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bw.", outlook_server="AM7P19")
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
    """A reply by support agent ``who`` at ``when`` (Hove time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Hove: a promise "by Wednesday" is kept on Wednesday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

MEDICAL_PDF = mailcraft.pdf(["Brightwater Swim School - Swimmer medical information form",
                             "Swimmer name / date of birth / stage and class",
                             "Condition, medication, what to do in an emergency",
                             "Parent or carer signature and date"])
RECHNUNG_PDF = mailcraft.pdf(["Brightwater Swim School - Rechnung / Invoice BW-INV-61207",
                              "Jonas Wagner - Stage 4, Saturdays 9:00, autumn term 2026",
                              "10 lessons x GBP 7.80 = GBP 78.00",
                              "Paid by direct debit, 1 September 2026"])
PARTY_PDF = mailcraft.pdf(["Brightwater Swim School - Party booking confirmation P-2611-21",
                           "Noah Lindsay, Saturday 21 November 2026",
                           "Pool 2:30-3:30pm, party room 3:30-5:15pm (extended)",
                           "Balance due GBP 220.00 (deposit GBP 60.00 received)"])
REPORT_PDF = mailcraft.pdf(["Brightwater Swim School - Progress report, autumn 2026",
                            "Lily Harland - Stage 3, Thursdays 4:15pm",
                            "Backstroke: secure. Front crawl breathing: developing.",
                            "Next step: 10m front crawl with side breathing"])
FORMULAIRE_PDF = mailcraft.pdf(["Brightwater Swim School - Formulaire de reservation fete",
                                "Date souhaitee / nombre d'enfants / age",
                                "Acompte : GBP 60 - solde le jour de la fete",
                                "Signature du parent"])
TRANSFER_PDF = mailcraft.pdf(["Brightwater Swim School - Transfer note",
                              "Ruby Carter: Stage 5 complete to 25m; equivalent SE Learn to Swim 6",
                              "Sam Carter: Stage 2; equivalent SE Learn to Swim 2",
                              "Callum Reid, Head of Swimming"])
INVOICE_PDF = mailcraft.pdf(["Brightwater Swim School - Corrected invoice BW-INV-60988-C",
                             "Oscar Lowe, Stage 4 - autumn term GBP 78.00",
                             "Tilly Lowe, Stage 2 - autumn term GBP 78.00 less 10% = GBP 70.20",
                             "Total GBP 148.20 (previously invoiced GBP 156.00)"])
SCHOOLS_PDF = mailcraft.pdf(["Brightwater Swim School - School swimming 2027",
                             "Thursday mornings, 45 minutes in the water",
                             "Up to 32 pupils, four teachers + lifeguard",
                             "GBP 9.50 per pupil per session, 10-week block"])
BANK_PNG = mailcraft.png(14, 9, lambda x, y: (250 - 6 * y, 250 - 6 * y, 255) if y % 3 else (40, 90, 160))


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("b01-hollis-stage-four", "en", "closed", {},
      "Rachel Hollis <rachel@hollisfamily.example>", "gmail", "Theo moving up to Stage 4",
      "Three questions about moving up a stage (when, which day, any extra cost) answered in one paragraph, out of order; thanks-only close.",
      cu("11-02 19:45", """Hi there,

Theo's teacher mentioned after Saturday's lesson that he's ready for Stage 4. A few questions before we say yes:

Would he have to wait until the spring term, or can he move up now?
The Stage 4 group on Saturdays is at 11:30, isn't it? That clashes with his football, so is there anything on a weekday after school?
And do we need to pay anything extra, or is it the same fee?

Thanks,
Rachel"""),
      ag("nadia", "11-03 09:10", """Hi Rachel,

Lovely news about Theo! Stage 4 costs exactly the same, and he doesn't need to wait - we move children up as soon as their teacher signs them off. Saturday is 11:30 as you thought, so I've put him in Thursday's 4:45pm Stage 4 group at Kingsway instead, starting this week; there was one space left.

Best wishes,
Nadia"""),
      cu("11-03 09:52", """Brilliant, thank you Nadia - he's over the moon!

Rachel""", thanks=True)),

    C("b02-ferreira-makeup", "en", "closed", {"unanswered-question": 1},
      "Marta Ferreira <marta.ferreira@seaviewmail.example>", "gmail", "Sofia - missing Thursday",
      "Make-up lesson booked; the question about make-ups carrying over into the spring term, asked in the same sentence as an aside, is skipped; thanks-only close.",
      cu("11-04 08:05", """Hello,

Sofia has a chest infection and won't make her lesson this Thursday (Stage 2, 5:15pm). Can we book a make-up lesson on Saturday instead? Also I was wondering whether make-ups carry over into the spring term if we can't use them before Christmas - she's had one bug after another this term.

Many thanks,
Marta Ferreira""", uq=1),
      ag("nadia", "11-04 10:30", """Hi Marta,

Sorry to hear Sofia's poorly. I've booked her into the Stage 2 make-up slot this Saturday (7 November) at 10:15 at Kingsway - she'll be with Jess, who she's had before.

Get well soon to her!
Nadia"""),
      cu("11-04 12:40", """Thank you, that's great.

Marta""", thanks=True)),

    C("b03-okonjo-party-list", "en", "pending", {},
      "Chidi Okonjo <chidi.okonjo@okonjo.example>", "android", "Pool party for Amara's 8th",
      "Four bulleted party questions answered inline under each quoted bullet; a 48-hour hold is not a promise.",
      cu("11-16 21:10", """Hi,

We'd love to book a pool party for Amara's 8th birthday. Some questions:

- Do you have anything free on Saturday 12 December in the afternoon?
- How many children can we invite?
- Can we bring our own cake and food into the party room?
- Are the inflatables included or extra?

Thanks so much,
Chidi Okonjo"""),
      ag("josie", "11-17 10:00", """Hi Chidi,

Happy (almost) birthday to Amara! Answers below:

> - Do you have anything free on Saturday 12 December in the afternoon?

2:30-4:15pm is free, and I've put a 48-hour hold on it for you.

> - How many children can we invite?

Up to 20 swimmers, with two of our lifeguards in the water.

> - Can we bring our own cake and food into the party room?

Absolutely - just nothing in glass, please.

> - Are the inflatables included or extra?

Included. The big obstacle course comes out for every party.

The booking form is here: https://brightwaterswim.example/parties/book?hold=PX1212

Josie""", quote=False)),

    C("b04-pritchard-nervous-adult", "en", "pending", {"unanswered-question": 2},
      "Gwen Pritchard <gwen.pritchard@tidewell.example>", "apple", "Adult lessons - total beginner",
      "A long, personal paragraph with four questions; the reply covers the shallow pool and what to bring, but not the women-only group or paying per lesson.",
      cu("11-17 20:30", """Dear Brightwater,

This is a slightly embarrassing email to write. I'm 46 and I've never learned to swim - I had a bad experience as a child and I still panic when my face gets wet. My daughter has been having lessons with you for two years and she keeps telling me I should try, so here I am. I've seen the adult beginners class on your website but I'm worried about being out of my depth, literally: is there a class where the water is shallow enough to stand up the whole time? I'd also feel a lot more comfortable in a women-only group, if you run one. Could you let me know what I'd need to bring for the first session? And is it possible to pay per lesson rather than for the whole term, in case it turns out I really can't do it?

Thank you for reading this far.

Gwen Pritchard""", uq=2, kind="alt"),
      ag("callum", "11-18 09:20", """Dear Gwen,

Thank you for writing - it's far more common than you'd think, and a good third of our adult beginners started exactly where you are.

Our Tuesday 7:30pm adult beginners class is in the teaching pool at St Anne's, which is 0.9m deep all over, so you can stand at all times, and nobody puts their face in until they're ready. For the first session just bring a costume, a towel and goggles if you have some (we keep spares), and come ten minutes early so you can meet Sian, who teaches the group.

Warm regards,
Callum""")),

    C("b05-ashworth-double-debit", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Hannah Ashworth <h.ashworth@ashworthhome.example>", "outlook", "November direct debit taken twice",
      "Duplicate direct debit: 'get back to you by Friday' kept only after the customer chases the following Tuesday; the request to move the collection date is never addressed.",
      cu("11-03 08:50", """Hi,

I've just checked my bank and the November direct debit for Oliver's lessons (£74) has gone out twice, on the 1st and again on the 2nd. Screenshot attached. Please refund the duplicate payment as soon as possible.

Could you also move our collection date to the 15th from now on? The 1st is just before payday for us, which is how I noticed.

Thanks,
Hannah Ashworth""", uq=1, attach=[("image/png", "bank-statement.png", BANK_PNG)]),
      ag("priya", "11-03 11:30", """Dear Hannah,

I'm sorry about this - I can see both collections on our side too. I'll look into it with our payment provider and get back to you by Friday with the refund confirmed.

Kind regards,
Priya""", promises=[("11-06", 4)]),
      cu("11-10 09:15", """Hi Priya,

Just following up on this - I still haven't heard anything and the second £74 hasn't come back into my account.

Hannah""", chase=True),
      ag("priya", "11-10 14:05", """Dear Hannah,

Apologies for the silence. The refund of £74 went out today under reference BW-RF-2291 and should be back in your account within three working days.

Kind regards,
Priya""")),

    C("b06-schmidt-kurswechsel", "de", "closed", {},
      "Anja Schmidt <anja.schmidt@schmidt-hove.example>", "gmail_de", "Mia - Wechsel in die Freitagsgruppe",
      "German parent: switch of day, free place, price - all answered in two sentences; thanks-only close.",
      cu("11-05 13:20", """Hallo Herr Brenner,

unsere Tochter Mia (Stufe 2, mittwochs 16:30 Uhr) hat ab Dezember mittwochs Chor. Könnte sie in die Freitagsgruppe wechseln? Ist dort in Stufe 2 überhaupt noch ein Platz frei? Und ändert sich dadurch etwas am Preis?

Viele Grüße
Anja Schmidt"""),
      ag("lukas", "11-05 15:40", """Hallo Frau Schmidt,

das klappt: In der Stufe 2 am Freitag um 16:15 Uhr war noch ein Platz frei, ich habe Mia ab dem 4. Dezember dort eingetragen. Am Beitrag ändert sich nichts, alle Kinderkurse kosten gleich viel.

Viele Grüße
Lukas Brenner"""),
      cu("11-05 16:02", """Super, vielen Dank!

Anja""", thanks=True)),

    C("b07-blake-gallery", "en", "closed", {},
      "Imogen Blake <imogen@harbourlets.example>", "thunderbird", "Watching lessons / photos",
      "Gallery and photo questions answered (yes / no with a policy link); a rhetorical question about goggles and a signature with 'Looking for a new home?' and a ?-URL are not questions.",
      cu("11-06 12:10", """Hello,

My husband will be bringing our son Arlo to his lessons from next week (I've started a new job). Two things he asked me to check: can parents watch from the gallery, or do they have to wait in the foyer? And are we allowed to take photos of Arlo during the lesson? He wants to send some to Grandma.

Who knew a six-year-old could have such strong opinions about goggles, by the way? We've been through four pairs since September.

Best,
Imogen Blake
--
Harbour Lettings | https://harbourlets.example/search?area=hove&ref=sig
Looking for a new home? Call 01273 555 019"""),
      ag("nadia", "11-06 14:00", """Hi Imogen,

The gallery upstairs is open for the whole lesson - it has the best view of the teaching pool, too. Photos and filming aren't allowed anywhere on poolside or from the gallery, I'm afraid; it's part of our safeguarding policy (https://brightwaterswim.example/policies/safeguarding?section=photos). We do have a photo week at the end of each term, when Arlo's teacher takes pictures you can download.

Good luck with the goggle hunt - the ones with a wide silicone strap tend to survive longest!

Nadia""")),

    C("b08-carver-semi-private", "en", "closed", {"missed-follow-up": 1},
      "Dan Carver <dan.carver@carverjoinery.example>", "outlook", "Private lessons for the twins at Christmas",
      "Price for two together answered; weekday mornings deferred with 'I'll come back to you tomorrow', never kept; the customer does not chase.",
      cu("11-04 18:30", """Hi Josie,

We're thinking about private lessons for our twins (9) over the Christmas holidays - they're both stuck on breaststroke legs. Could you send me prices for the two of them together? And are weekday mornings possible, or is it only weekends?

Thanks,
Dan Carver
Carver Joinery Ltd"""),
      ag("josie", "11-05 09:40", """Hi Dan,

Semi-private lessons for two are £44 per 30 minutes, or £210 for a block of five. Weekday mornings in the holidays depend on which teachers are around, so I'll check the holiday rota and come back to you tomorrow.

Josie""", promises=[("11-06", None)])),

    C("b09-lindqvist-boiler", "en", "pending", {"unanswered-question": 1},
      "Erik Lindqvist <erik.lindqvist@nordvik.example>", "iphone", "Pool closed today - no warning",
      "Pool closed without warning: the reply explains and gives the reopening, but not whether the missed lesson is credited or refunded.",
      cu("11-14 16:40", """Hello,

We turned up for Freya's 2pm lesson today to find a sign on the door saying the pool was closed. Nobody had emailed or texted us, and we'd driven 40 minutes. Will the missed lesson be credited, or do we get a refund for it? And when is the pool expected to reopen? She's meant to be in on Tuesday.

Regards,
Erik Lindqvist

Sent from my iPhone""", uq=1),
      ag("nadia", "11-15 10:20", """Dear Erik,

I'm so sorry. The boiler at Kingsway failed early on Saturday and our text alert only reached the morning classes - we're looking at why. The engineers have been in since eight this morning and the pool reopens tomorrow, so Freya's Tuesday lesson goes ahead as normal at 4:30.

Nadia""")),

    C("b10-dupont-attestation", "fr", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Sandrine Dupont <sandrine.dupont@maisondupont.example>", "apple_fr", "Attestation de natation pour Léa",
      "French parent: stage question answered, the certificate promised for 'demain' never comes; the parent chases with 'Je me permets de vous relancer' and waits.",
      cu("11-11 19:00", """Bonjour,

L'école de ma fille Léa organise une sortie à la piscine en janvier et demande une attestation de natation. Pourriez-vous m'envoyer le certificat de ses 25 mètres ? Elle l'a obtenu en octobre.

Et savez-vous si elle pourra passer au niveau 5 avant Noël ?

Merci d'avance,
Sandrine Dupont"""),
      ag("amelie", "11-12 09:30", """Bonjour Madame Dupont,

Léa sera évaluée pour le niveau 5 pendant la semaine d'évaluation du 7 décembre ; si tout va bien, elle changera de groupe dès la rentrée de janvier.

Pour l'attestation, je la fais signer par son moniteur et je vous l'envoie demain.

Bien cordialement,
Amélie Roussel""", promises=[("11-13", None)]),
      cu("11-19 08:45", """Bonjour Madame Roussel,

Je me permets de vous relancer au sujet de l'attestation de natation de Léa : l'école me la réclame pour vendredi.

Cordialement,
Sandrine Dupont""", chase=True)),

    C("b11-garcia-fiesta", "es", "closed", {},
      "Rocío García <rocio.garcia@correo-garcia.example>", "gmail_es", "Fiesta de cumpleaños en la piscina",
      "Spanish parent: date, number of children and food for a party, all answered with price and a booking link; thanks-only close.",
      cu("11-03 21:15", """Hola:

Quería organizar la fiesta de cumpleaños de mi hijo Mateo (cumple 7 años) en la piscina. ¿Tienen disponibilidad el sábado 28 de noviembre por la tarde? ¿Cuántos niños pueden venir como máximo? Y la merienda, ¿la ponen ustedes o la traemos nosotros?

Un saludo,
Rocío García"""),
      ag("lucia", "11-04 10:15", """Hola Rocío:

¡Qué bien! El sábado 28 tenemos libre de 15:00 a 16:45: una hora de piscina con hinchables y 45 minutos en la sala de fiestas. Pueden venir hasta 20 niños. La merienda la traéis vosotros (tarta incluida, lo que queráis, solo pedimos que no haya nada de cristal).

Son 245 £ con una señal de 60 £. Aquí tienes el enlace para reservar: https://brightwaterswim.example/es/fiestas?fecha=2026-11-28

Un abrazo,
Lucía"""),
      cu("11-04 11:02", """¡Genial, muchas gracias Lucía! Ya he hecho la reserva.

Rocío""", thanks=True)),

    C("b12-kendrick-ducklings-list", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Poppy Kendrick <poppy.kendrick@kendrick.example>", "gmail", "Ducklings waiting list",
      "Waiting-list request gets only the helpdesk acknowledgement; the parent checks in five days later and is still waiting.",
      cu("11-12 10:30", """Hello,

Our son Rufus is 5 months old and we'd like to start him in the Ducklings class in January. Could you please put him on the waiting list for Monday or Wednesday mornings at Kingsway? His date of birth is 14 June 2026.

Thank you,
Poppy Kendrick"""),
      ack("11-12 10:31"),
      cu("11-17 13:05", """Hi,

Just checking in - I emailed last week about the Ducklings waiting list and haven't heard anything back yet. Could you confirm Rufus is on it?

Thanks,
Poppy""", chase=True)),

    C("b13-navarro-factura", "es", "pending", {"unanswered-question": 1},
      "Javier Navarro <javier@navarroconsulting.example>", "outlook", "Trimestre de primavera y factura",
      "Spanish parent asks term dates, sibling discount and an invoice in the company's name; the invoice request is ignored.",
      cu("11-16 12:40", """Hola, buenas tardes:

Tengo dos hijos en las clases de los sábados (Lucas en el nivel 3 y Daniela en el nivel 1). Quería preguntarles cuándo empieza el trimestre de primavera y si hay algún descuento por tener dos hermanos inscritos.

Necesito también la factura del trimestre de otoño a nombre de mi empresa (Navarro Consulting Ltd), porque me lo reembolsan en el trabajo.

Muchas gracias,
Javier Navarro
Navarro Consulting Ltd""", uq=1),
      ag("lucia", "11-16 15:30", """Hola Javier:

El trimestre de primavera empieza el sábado 9 de enero y termina el 27 de marzo, con una semana de descanso a mediados de febrero. Al tener a los dos inscritos, a Daniela se le aplica automáticamente un 10 % de descuento; ya lo verás en el recibo de enero.

Saludos,
Lucía""")),

    C("b14-mcbride-teachers", "en", "closed", {"missed-follow-up": 1},
      "Fiona McBride <fiona.mcbride@mcbridehome.example>", "outlook", "Isla - three teachers this term",
      "Question about the old teacher answered; 'let you know the options by Wednesday' delivered on Friday = missed.",
      cu("11-09 07:55", """Dear Brightwater team,

I'm writing because Isla (Stage 3, Mondays 5pm) has now had three different teachers this term, and she's become quite anxious about going. Is Holly coming back? She was brilliant with Isla. If not, I'd really like Isla to be in a group where the teacher stays the same week to week - she needs that consistency.

Kind regards,
Fiona McBride"""),
      ag("callum", "11-09 12:30", """Dear Fiona,

I'm sorry Isla's found it unsettling - it's been a bumpy term for the Monday groups. Holly is on maternity leave until the spring, so she won't be back this term.

I'll sit down with our timetabling team to find Isla a group with a settled teacher and let you know the options by Wednesday.

Best regards,
Callum Reid""", promises=[("11-11", 3)]),
      ag("callum", "11-13 09:45", """Dear Fiona,

Sorry this took longer than I said. There are two options with teachers who are with us all year: Monday 5:30pm with Marcus (same pool, half an hour later) or Thursday 5pm with Jess. Both have space from next week - just let me know which suits.

Best regards,
Callum""", parent=2)),

    C("b15-doyle-medical", "en", "closed", {},
      "Kerry Doyle <kerry.doyle@doylemail.example>", "gmail", "Starting Stage 1 - medical question",
      "Epilepsy disclosure: whether to tell the teacher, a form, staying on poolside - answered, form attached.",
      cu("11-02 14:30", """Hi,

My daughter Niamh (7) starts in Stage 1 next week. She has epilepsy - well controlled, she hasn't had a seizure in over a year - but I wanted to check a couple of things first. Does her teacher need to be told, and is there a medical form to fill in? Also, would I be allowed to stay on poolside for her first lesson?

Thanks,
Kerry Doyle"""),
      ag("callum", "11-02 16:10", """Hi Kerry,

Thanks for telling us. Yes please - the form is attached; once it's back we share it with Niamh's teacher and the lifeguards on her session, and she'll wear a coloured cap so they can spot her at a glance. And of course you're welcome on poolside for her first lesson (and after that, if it helps her).

Best,
Callum""", attach=[("application/pdf", "medical-information-form.pdf", MEDICAL_PDF)])),

    C("b16-wagner-rechnung", "de", "pending", {"unanswered-question": 1},
      "Thomas Wagner <t.wagner@wagner-ingenieure.example>", "outlook_de", "Rechnung Herbstkurs Jonas",
      "German parent: invoice sent as a PDF; the question whether the Saturday 9am place carries over to spring is left out.",
      cu("11-17 19:20", """Guten Abend,

könnten Sie mir bitte eine Rechnung über den Herbstkurs meines Sohnes Jonas schicken (Stufe 4, samstags 9 Uhr)? Mein Arbeitgeber beteiligt sich an den Kosten.

Außerdem wüsste ich gern, ob Jonas im Frühjahr wieder den Samstagstermin um 9 Uhr bekommt oder ob wir uns neu anmelden müssen.

Mit freundlichen Grüßen
Thomas Wagner""", uq=1, cte="base64"),
      ag("lukas", "11-18 09:15", """Guten Tag Herr Wagner,

anbei die Rechnung über den Herbstkurs (10 Stunden, 78 £).

Mit freundlichen Grüßen
Lukas Brenner""", attach=[("application/pdf", "Rechnung-BW-INV-61207.pdf", RECHNUNG_PDF)])),

    C("b17-price-lost-property", "en", "closed", {},
      "Laura Price <laura.price@pricefamily.example>", "iphone", "Lost goggles and towel",
      "Lost-property questions answered; the thanks-only reply lost its threading headers.",
      cu("11-07 17:50", """Hi! Has anyone handed in a pair of pink Zoggs goggles and a towel with a unicorn on it? Betsy left them in the changing room after her 3pm lesson today. Where would lost property be kept if so?

Thanks, Laura

Sent from my iPhone"""),
      ag("nadia", "11-08 10:00", """Hi Laura,

Good news - both turned up in the girls' changing room last night. They're in a bag with Betsy's name on it behind the reception desk at Kingsway; just ask whoever is on the desk when you're next in.

Nadia"""),
      cu("11-09 08:20", """Got them, thank you so much! Betsy is delighted.

Laura

Sent from my iPhone""", thanks=True, thread=False)),

    C("b18-hale-gift-voucher", "en", "open",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Geoffrey Hale <geoffrey.hale@maplecourt.example>", "oldclient", "Gift voucher for private lessons",
      "Grandfather writing from Toronto: voucher price given, 'payment link by tomorrow' never sent, whether vouchers expire never answered; he chases on the audit day.",
      cu("11-15 14:00", """Hello,

My granddaughter Maisie has lessons with you and I would like to give her some private lessons as a Christmas present. Do you sell gift vouchers? I'd like one for five 30-minute private lessons. Also, do vouchers expire? Her mother says she may not be able to use them all before the summer.

With best wishes,
Geoffrey Hale""", uq=1),
      ag("josie", "11-16 09:30", """Dear Geoffrey,

What a lovely present! We do - five 30-minute private lessons come to £160. I'll email you a payment link by tomorrow, and once it's paid the voucher goes straight to you as a PDF (or to Maisie's mum, if you'd prefer).

Kind regards,
Josie""", promises=[("11-17", None)]),
      cu("11-20 09:10", """Dear Josie,

Any news on the payment link? I'm keen to get this sorted in time for the Christmas post.

Geoffrey""", chase=True), tz=-5),

    C("b19-whitely-ducklings-inline", "en", "closed", {},
      "Sam Whitely <sam.whitely@whitely.example>", "gmail", "Starting Ducklings on Monday",
      "Three first-timer questions (nappies, water temperature, who brings the baby) answered inline, one line each.",
      cu("11-05 20:40", """Hi,

We start Ducklings on Monday and I'm a bit clueless, sorry!

Do babies need special swim nappies?
How warm is the pool? Ivy feels the cold.
Is it ok if her dad brings her some weeks instead of me?

Thanks,
Sam"""),
      ag("nadia", "11-06 08:45", """Hi Sam,

Not clueless at all - everyone asks!

> Do babies need special swim nappies?

Yes: a disposable swim nappy with a neoprene one over the top (reception sells those for £8).

> How warm is the pool? Ivy feels the cold.

32°C in the teaching pool for the baby classes.

> Is it ok if her dad brings her some weeks instead of me?

Of course - any adult she's happy with.

See you Monday!
Nadia""", quote=False)),

    C("b20-adeyemi-triathlon", "en", "closed", {"unanswered-question": 2, "missed-follow-up": 1},
      "Ben Adeyemi <ben.adeyemi@hovetri.example>", "gmail", "Front crawl for triathlon",
      "Numbered list of four: improvers group and Thursday finish time answered, stroke filming and club discount skipped; the Saturday squad check promised 'on Wednesday' never comes.",
      cu("11-12 21:00", """Hi,

I've signed up for my first sprint triathlon next June and the swim is by far my weakest leg - I can do breaststroke for ages but my front crawl falls apart after two lengths. A few questions:

1. Do you run front crawl technique sessions for adults, or would it have to be private lessons?
2. Could someone film my stroke and go through it with me? A friend at another club had that done and said it made all the difference.
3. What time do the Thursday evening adult sessions finish? I can't get there before 7.
4. I'm a member of Hove Tri Club - is there any discount for club members?

Cheers,
Ben Adeyemi""", uq=2),
      ag("callum", "11-13 10:05", """Hi Ben,

Great goal. Our Adult Improvers group is exactly for this: front crawl focused, six swimmers at most, and the Thursday session runs 7:15-8:00pm, so you'd make it comfortably. There's also a Saturday 8am squad aimed at triathletes - I'll check whether it has room for the spring term and let you know on Wednesday.

Cheers,
Callum""", promises=[("11-18", None)])),

    C("b21-lefebvre-cours-adultes", "fr", "closed", {},
      "Julien Lefebvre <julien.lefebvre@atelier-lefebvre.example>", "thunderbird", "Cours adultes du mardi",
      "French adult: free places and a trial lesson, both answered, with the level advice he half-asked for.",
      cu("11-06 12:30", """Bonjour,

Je voudrais savoir s'il reste des places dans le cours adultes du mardi soir à St Anne's. J'ai appris à nager enfant mais je n'ai pas nagé depuis vingt ans, donc je ne sais pas trop quel niveau choisir.

Est-ce que je peux faire un cours d'essai avant de m'inscrire pour tout le trimestre ?

Merci beaucoup,
Julien Lefebvre"""),
      ag("amelie", "11-06 15:20", """Bonjour Julien,

Oui, il reste deux places le mardi à 20 h 15 dans le groupe « Adultes perfectionnement » - d'après ce que vous décrivez, c'est celui qu'il vous faut. Le cours d'essai coûte 12 £ et il est déduit de l'inscription si vous continuez ; je vous ai inscrit pour mardi prochain, le 10 novembre.

Bonne journée,
Amélie""")),

    C("b22-whitcombe-reopened", "en", "closed", {"reopened": 1},
      "Sarah Whitcombe <sarah.whitcombe@whitcombe.example>", "owa", "Harry - change of time",
      "Time change done and marked as resolved; a week later the parent asks in the same thread about a place for the younger sister.",
      cu("11-02 09:30", """Hi Nadia,

Could Harry move from the Tuesday 4pm Stage 5 to the Tuesday 5pm? His school has moved his clarinet lesson.

Thanks,
Sarah Whitcombe"""),
      ag("nadia", "11-02 11:00", """Hi Sarah,

All done - Harry is in the 5pm Stage 5 from tomorrow. I'll mark this as resolved, but just shout if anything else comes up.

Nadia""", closes=True),
      cu("11-09 18:15", """Hi Nadia,

The new time's working well, thanks. Now his little sister Edie wants to join in - is there a Stage 1 at 5pm on Tuesdays as well, so I can bring them together?

Sarah"""),
      ag("nadia", "11-10 09:00", """Hi Sarah,

There is: Stage 1 at 5pm in the teaching pool, right next to Harry's lane. It had one space, which I've taken for Edie from 17 November, with the 10% sibling discount.

Nadia""")),

    C("b23-lindsay-party-extras", "en", "closed", {"unanswered-question": 1},
      "Kate Lindsay <kate.lindsay@lindsayhome.example>", "gmail", "Noah's party 21 November",
      "Extra half hour in the party room granted with an updated confirmation attached; the question whether the deposit is refundable if the child is ill is skipped.",
      cu("11-06 10:40", """Hi Josie,

We're all booked for Noah's party on 21 November - thanks for sorting it so quickly. Two follow-ups: is the £60 deposit refundable if we have to cancel because Noah's ill? Half his class has had chickenpox. And could we have the party room for an extra 30 minutes? The grandparents are coming and it always takes them ages to get through cake.

Thanks!
Kate""", uq=1),
      ag("josie", "11-06 13:30", """Hi Kate,

Happy to give you the extra half hour - the party room is yours until 5:15pm, which adds £35 to the balance. The updated confirmation is attached.

Josie""", attach=[("application/pdf", "party-confirmation-P-2611-21.pdf", PARTY_PDF)])),

    C("b24-moreno-clases-particulares", "es", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Pablo Moreno <pablo.moreno@morenoarq.example>", "gmail_es", "Clases particulares para adultos",
      "Spanish parent wants lessons for himself: price answered, weekday mornings promised for 'el jueves', delivered after his chase (which lost its threading headers); the lockers question is never answered.",
      cu("11-02 20:10", """Hola Lucía:

Soy el padre de Alba (nivel 4, los jueves). Me he animado y quiero aprender a nadar crol yo también. ¿Tenéis clases particulares para adultos entre semana por la mañana? ¿Cuánto cuesta cada clase? ¿Y tenéis vestuario con taquillas? Iría directamente desde el gimnasio.

Gracias,
Pablo Moreno""", uq=1),
      ag("lucia", "11-03 09:30", """Hola Pablo:

¡Qué buena idea! Las clases particulares cuestan 32 £ la media hora. Lo de las mañanas entre semana depende de qué monitores estén libres; lo consulto y te escribo el jueves.

Saludos,
Lucía""", promises=[("11-05", 4)]),
      cu("11-09 19:30", """Hola Lucía:

¿Hay alguna novedad sobre las clases por la mañana? Sigo esperando tu respuesta.

Pablo""", chase=True, thread=False),
      ag("lucia", "11-10 09:10", """Hola Pablo:

Perdona el retraso. Marcus puede darte clase los martes y los jueves a las 9:30 en Kingsway. Si te va bien, empezamos el martes 17.

Saludos,
Lucía""")),

    C("b25-turner-festive-html", "en", "closed", {},
      "Abi Turner <abi.turner@turnerhome.example>", "gmail", "Fwd: Brightwater news - November 2026",
      "HTML-only mail forwarding the newsletter (which has its own questions) with two questions above it; both answered.",
      cu("11-04 13:00", """Hi,

Saw this in the newsletter (below). Is the Christmas fun session on Saturday 19 December open to younger siblings who aren't enrolled with you? And is it free, or do we need to pay?

Thanks,
Abi Turner

---------- Forwarded message ---------
From: Brightwater Swim School <news@brightwaterswim.example>
Date: Mon, 2 Nov 2026 at 17:00
Subject: Brightwater news - November 2026
To: <abi.turner@turnerhome.example>

Festive fun session: Saturday 19 December, 1-3pm at Kingsway. Inflatables, music and a visit from a certain someone in a red suit!
Spring term bookings open on 23 November - will your swimmer be moving up a stage?
Questions about the timetable? Visit https://brightwaterswim.example/timetable?utm_source=newsletter""", kind="html"),
      ag("nadia", "11-04 15:00", """Hi Abi,

Siblings are very welcome, enrolled or not - under-fives just need an adult in the water with them. It's £5 per child on the door, and grown-ups go free.

Nadia""", subject="RE: Brightwater news - November 2026")),

    C("b26-harland-report", "en", "pending", {"unanswered-question": 1},
      "Becky Harland <becky.harland@harlandmail.example>", "apple", "Lily's progress report is wrong",
      "Wrong progress report: corrected one attached with an apology; the separate request for a missing Stage 2 certificate is not mentioned.",
      cu("11-16 17:45", """Hi Callum,

Lily's progress report came through today and it says she's working towards Stage 2, but she passed Stage 2 back in September and has been in the Stage 3 group all term - I think she's been mixed up with another Lily? Could you check it and send the right one?

Please also send her Stage 2 certificate, which she never got at the time.

Thanks,
Becky""", uq=1),
      ag("callum", "11-17 08:50", """Hi Becky,

You're right, and I'm sorry - there are two Lily H.s in the Thursday groups and their reports got swapped. The correct one is attached: Lily is in Stage 3 and doing really well with her backstroke.

Best,
Callum""", attach=[("application/pdf", "progress-report-lily-harland.pdf", REPORT_PDF)])),

    C("b27-mehta-weekend-slow", "en", "closed", {"slow-first-response": 1},
      "Anjali Mehta <anjali.mehta@mehtaclinic.example>", "gmail", "Private lessons for a nervous 11-year-old",
      "Friday-evening mail answered on Monday morning (slow first response); both questions answered, then the lessons booked on the customer's yes.",
      cu("11-06 19:20", """Hello,

I'd like to book private lessons for my son Kit, who is 11 and has been terrified of deep water since a scare on holiday. Which teacher would you recommend for a nervous child? And can the lessons be in the teaching pool to begin with?

Many thanks,
Anjali Mehta"""),
      ag("josie", "11-09 09:40", """Dear Anjali,

Poor Kit - that sounds frightening. I'd suggest Sian, who is wonderful with anxious swimmers, and yes, we'd start in the teaching pool where he can stand, moving to the main pool only when he says he's ready. Sian has Wednesdays at 4pm free from 18 November if that works for you.

Kind regards,
Josie"""),
      cu("11-09 12:15", """Yes please - Wednesdays at 4 would be perfect. Please book him in with Sian.

Anjali"""),
      ag("josie", "11-09 14:00", """Dear Anjali,

Booked: Kit with Sian, Wednesdays at 4pm from 18 November. The first lesson is on us as a trial.

Kind regards,
Josie""")),

    C("b28-pryce-away-makeup", "en", "closed", {},
      "Owen Pryce <owen.pryce@pryceandco.example>", "outlook", "Zara missing Monday 16th",
      "Make-up booked and 'nothing for you to do' answers both questions; the customer's out-of-office reply arrives a minute later; corporate disclaimer in the customer's mail.",
      cu("11-03 07:40", """Hi,

We're away at a family wedding in Scotland on 16 November, so Zara will miss her Monday lesson that week. Can she make it up on the Saturday after? And do I need to book that myself online?

Thanks,
Owen Pryce
Pryce & Co Accountants
This email and any attachments are confidential and may be privileged. If you have received it in error, please notify the sender and delete it."""),
      ag("nadia", "11-03 09:55", """Hi Owen,

I've booked Zara into the Stage 3 make-up on Saturday 21 November at 9:30, so there's nothing for you to do. Have a lovely wedding!

Nadia"""),
      auto("11-03 09:56", """Thank you for your email. I am out of the office until Thursday 5 November with limited access to email. For urgent matters please contact office@pryceandco.example.

Owen Pryce""", quote=False, subject="Automatic reply: RE: Zara missing Monday 16th")),

    C("b29-becker-unfall", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Katharina Becker <k.becker@becker-hove.example>", "thunderbird_de", "Unfall am Beckenrand",
      "German parent after a fall on poolside: the wet-floor question is answered, the accident report promised 'bis Mittwoch' never sent, the first-aid training question ignored.",
      cu("11-08 18:00", """Sehr geehrte Damen und Herren,

mein Sohn Felix ist am Samstag nach seiner Stunde auf dem nassen Boden am Beckenrand ausgerutscht und hat sich das Knie aufgeschlagen. Der Bademeister hat es gut versorgt, vielen Dank dafür.

Können Sie mir bitte eine Kopie des Unfallberichts schicken? Ich brauche sie für unsere Versicherung. Wurde die Stelle inzwischen gekennzeichnet? Außerdem möchte ich gern wissen, ob alle Schwimmlehrer eine Erste-Hilfe-Ausbildung haben.

Mit freundlichen Grüßen
Katharina Becker""", uq=1),
      ag("lukas", "11-09 10:30", """Sehr geehrte Frau Becker,

es tut mir leid, dass Felix gestürzt ist - gut, dass es nicht schlimmer war. Wir haben heute Morgen zusätzliche Antirutschmatten am Ausgang der Umkleiden ausgelegt und ein Warnschild aufgestellt.

Die Kopie des Unfallberichts schicke ich Ihnen bis Mittwoch.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-11", None)])),

    C("b30-dawson-spring-fees", "en", "pending", {},
      "Claire Dawson <claire.dawson@dawsonhome.example>", "gmail", "Spring term invoice",
      "Why the invoice went up and whether it can be split: one sentence each, without repeating the question.",
      cu("11-18 12:30", """Hi,

The spring term invoice for Poppy and Jack has just arrived and it's £16 more than the autumn one. Why has it gone up? Can I pay it in two halves, January and February?

Thanks,
Claire"""),
      ag("priya", "11-18 15:10", """Hi Claire,

Spring is an 11-week term rather than 10, and lesson prices rise by 50p from January (the first rise in two years) - across both children that makes the £16. Two instalments are fine: I've set the direct debit to take half on 4 January and half on 1 February.

Kind regards,
Priya""")),

    C("b31-ellison-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Mark Ellison <mark.ellison@ellisonbuild.example>", "thunderbird", "Cancelling Thursday lessons from January",
      "Cancellation request resent word for word as a new mail three days later; answered after the resend.",
      cu("11-10 08:00", """Hello,

Please cancel Alfie's Thursday lessons from January - we're moving to Worthing after Christmas. He'll finish the autumn term as normal. Could you also confirm that no further direct debits will be taken after December?

Thanks,
Mark Ellison"""),
      cu("11-13 07:50", """Hello,

Please cancel Alfie's Thursday lessons from January - we're moving to Worthing after Christmas. He'll finish the autumn term as normal. Could you also confirm that no further direct debits will be taken after December?

Thanks,
Mark Ellison""", parent=0, chase=True),
      ag("nadia", "11-13 10:30", """Hi Mark,

Sorry for the slow reply - it's been a busy week in the office. Alfie's Thursday place ends with his lesson on 10 December, and the December direct debit is the last one; nothing will be taken after that.

Good luck with the move!
Nadia""")),

    C("b32-rao-adult-improvers", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Dev Rao <dev.rao@shiftmail.example>", "iphone", "Adult improvers in January",
      "Returning adult: the level question answered, a place for January deferred 'in the next couple of days' and never confirmed, the Sunday question not touched.",
      cu("11-03 20:00", """Hi,

I did a block of adult beginner lessons with you last year and I'm ready to carry on. Is there an Improvers group on Sunday mornings? Weekdays are impossible with my shifts. And what level do you need to be at for the Improvers? I can swim about 10 lengths of breaststroke but not much else. If there's space, could you reserve me a place for January?

Thanks,
Dev

Sent from my iPhone""", uq=1),
      ag("nadia", "11-04 09:20", """Hi Dev,

Great to hear from you again! Ten lengths of breaststroke is exactly the Improvers level, so you'd fit right in. I'll check with Callum whether there's a space for January and come back to you in the next couple of days.

Nadia""", promises=[("window", None)])),

    C("b33-rousseau-anniversaire", "fr", "pending", {"unanswered-question": 1},
      "Nathalie Rousseau <nathalie.rousseau@rousseau-famille.example>", "apple_fr", "Anniversaire de Chloé",
      "French party enquiry: date, booking form (attached) and parking answered; whether parents may swim too is skipped.",
      cu("11-15 11:00", """Bonjour Amélie,

Nous aimerions fêter les 6 ans de Chloé à la piscine, le samedi 5 décembre si possible. Est-ce que les parents peuvent aussi se baigner avec les enfants ? Pouvez-vous nous envoyer le formulaire de réservation ? Et y a-t-il un parking à proximité ?

Merci et bon dimanche,
Nathalie Rousseau""", uq=1),
      ag("amelie", "11-16 09:40", """Bonjour Nathalie,

Le samedi 5 décembre est encore libre de 14 h 30 à 16 h 15. Vous trouverez le formulaire de réservation en pièce jointe : il suffit de nous le renvoyer rempli, avec l'acompte de 60 £. Le parking du Kingsway est gratuit pour nos clients pendant trois heures (pensez à enregistrer votre plaque à l'accueil).

Bien à vous,
Amélie""", attach=[("application/pdf", "formulaire-fete.pdf", FORMULAIRE_PDF)])),

    C("b34-carter-relocation", "en", "pending", {"many-handoffs": 1},
      "Helen Carter <helen.carter@carterfamily.example>", "outlook", "Moving to Bristol - refund and transfer",
      "Three agents on one case (bookings, accounts, head of swimming): refund and transfer note both delivered, the promise 'I'll ask Callum' kept by Callum next day; thanks-only close.",
      cu("11-16 09:00", """Hello,

We're relocating to Bristol for my husband's job at the start of December, so Ruby (Stage 5) and Sam (Stage 2) will miss the last two weeks of term. Is it possible to get a refund for those lessons? And do you happen to know of a good swim school in Bristol that follows the same stages, so they don't have to start again?

Thanks,
Helen Carter"""),
      ag("nadia", "11-16 10:30", """Hi Helen,

Sorry to be losing Ruby and Sam! Refunds are Priya's department, so I've passed your email to her. On Bristol: we're not linked to any schools there, but our stages map onto Swim England's Learn to Swim levels, which almost every school in Bristol uses. I'll ask Callum to write a short transfer note for each of them.

Nadia""", promises=[("window", 4)]),
      ag("priya", "11-16 15:00", """Dear Helen,

Ruby and Sam each have two lessons left after 4 December, so that's four lessons at £7.80: £31.20 is on its way back to the card you pay with and should show within five working days.

Kind regards,
Priya""", parent=1),
      ag("callum", "11-17 11:00", """Hi Helen,

Nadia asked me to put the children's levels in writing - the transfer note is attached. Ruby is at Swim England Learn to Swim 6, Sam at 2; any Bristol school will know what that means.

Best of luck with the move,
Callum""", parent=1, attach=[("application/pdf", "transfer-note-carter.pdf", TRANSFER_PDF)]),
      cu("11-17 12:30", """Thank you all so much - that's really helpful.

Helen""", thanks=True)),

    C("b35-fairley-rash-vest", "en", "pending", {},
      "Jo Fairley <jo.fairley@fairley.example>", "iphone", "Rash vest?",
      "One quick question from a phone, answered in one line; thanks-only reply.",
      cu("11-19 07:15", """Morning! Quick one - is it ok if Max wears a long-sleeved rash vest in his lessons? He's very fair and apparently burns even indoors. Thanks, Jo

Sent from my iPhone"""),
      ag("nadia", "11-19 09:00", """Hi Jo, that's absolutely fine - plenty of our swimmers wear them.

Nadia"""),
      cu("11-19 09:12", """Brilliant, thanks!

Sent from my iPhone""", thanks=True)),

    C("b36-hoffmann-probestunde", "de", "closed", {"unanswered-question": 1},
      "Stefan Hoffmann <stefan.hoffmann@hoffmann-muc.example>", "gmail_de", "Kraulkurs ab Januar",
      "Writing from Munich before moving: trial lesson and price answered; the request for a participation certificate for his employer is skipped.",
      cu("11-04 20:00", """Hallo,

wir ziehen im Januar von München nach Brighton, und ich möchte dort endlich richtig kraulen lernen. Gibt es bei Ihnen eine Probestunde für Erwachsene? Was kostet sie? Und ich bräuchte eine Teilnahmebestätigung für meinen Arbeitgeber, der einen Teil der Kurskosten übernimmt.

Viele Grüße aus München
Stefan Hoffmann""", uq=1),
      ag("lukas", "11-05 09:00", """Hallo Herr Hoffmann,

schon mal herzlich willkommen in Brighton! Ja, eine Probestunde gibt es in unserem Kurs „Erwachsene Fortgeschrittene" (dienstags 20:15 Uhr oder samstags 8:15 Uhr). Sie kostet 12 £ und wird angerechnet, wenn Sie sich danach für das Trimester anmelden.

Viele Grüße
Lukas Brenner"""), tz=1),

    C("b37-fisher-self-answered", "en", "closed", {},
      "Naomi Fisher <naomi.fisher@fishernet.example>", "gmail", "Make-up booking",
      "A pleasantry question and a question the customer answers herself, then a real one (is Saturday full?) answered with an alternative booked.",
      cu("11-10 19:30", """Hi both,

Hope you're all surviving the cold snap? The changing rooms were arctic on Saturday!

Where do I find the make-up booking page? Oh hang on, found it - it's under My Account. But it won't let me pick this Saturday for Evie's make-up, only Sunday. Is that because Saturday is full? She's got a party on Sunday.

Thanks,
Naomi"""),
      ag("nadia", "11-11 08:40", """Hi Naomi,

Yes, this Saturday's Stage 2 make-ups are all taken, sorry. I've squeezed Evie into Saturday 21 November at 10:15 instead, so there's nothing for you to book. (And the changing-room heating was fixed on Monday!)

Nadia""")),

    C("b38-lowe-sibling-discount", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 2},
      "Gemma Lowe <gemma.lowe@lowefamily.example>", "owa", "Autumn invoice - sibling discount missing",
      "Corrected invoice promised 'by Monday' arrives a week late after two chases (the second with a References gap); the crash-course discount question is never answered.",
      cu("11-05 10:00", """Hi Priya,

Our autumn invoice for Oscar and Tilly doesn't include the sibling discount - it's charging full price for both. Could you correct it please? Could you also tell me if the discount applies to the February half-term crash course as well? I'm about to book them both on it.

Many thanks,
Gemma Lowe""", uq=1),
      ag("priya", "11-06 09:15", """Hi Gemma,

You're quite right, I'm sorry - Tilly's 10% didn't carry over when we moved her to Wednesdays. I'll correct the invoice and send a new one by Monday.

Kind regards,
Priya""", promises=[("11-09", 5)]),
      cu("11-11 12:00", """Hi Priya, any update on the corrected invoice? Thanks, Gemma""", chase=True),
      cu("11-16 08:30", """Hi Priya,

This is the third time I've written about this - I'm still waiting for the corrected invoice. The direct debit comes out on the 1st and I don't want to be charged the wrong amount again.

Gemma""", chase=True, refs=[1, 3]),
      ag("priya", "11-16 11:20", """Hi Gemma,

I'm really sorry for the delay. The corrected invoice is attached - £148.20 instead of £156 - and the December direct debit has been adjusted to match.

Kind regards,
Priya""", attach=[("application/pdf", "invoice-BW-INV-60988-C.pdf", INVOICE_PDF)])),

    C("b39-vega-horarios", "es", "pending", {},
      "Elena Vega <elena.vega@vegamail.example>", "gmail_es", "Horarios nivel 1 y nivel 3",
      "Spanish parent (base64 mail) asks the times for two levels on two days; answered with four times and a remark, no question words repeated.",
      cu("11-17 21:30", """Hola:

Tengo dos hijas, Inés (nivel 1) y Carla (nivel 3), y para el trimestre de primavera me gustaría que nadaran el mismo día para no tener que ir dos veces. ¿A qué hora son las clases de nivel 1 y de nivel 3 los miércoles? ¿Y los viernes?

Gracias,
Elena Vega""", cte="base64"),
      ag("lucia", "11-18 09:45", """Hola Elena:

Miércoles: 16:30 (nivel 1) y 17:00 (nivel 3). Viernes: 16:15 (nivel 1) y 16:45 (nivel 3). Cualquiera de los dos días van seguidas, así que solo tendrías que esperar media hora.

Un saludo,
Lucía""")),

    C("b40-ashby-inline-skip", "en", "closed", {"unanswered-question": 1},
      "Tom Ashby <tom.ashby@ashbyworks.example>", "thunderbird", "A few bits for Ella's account",
      "Numbered list answered inline: the agent quotes and answers the first two items and trims the third (an address change) away.",
      cu("11-02 17:00", """Hi,

A few bits for Ella's account:

1. Can she move to the 5pm Wednesday Stage 6 from next week?
2. Do you run a Stage 6 on Saturdays too, in case Wednesdays don't work out?
3. Please update our address on the account - we've moved to 14 Marine Parade, Hove BN3 2WB.

Thanks,
Tom""", uq=1),
      ag("nadia", "11-03 09:00", """Hi Tom,

> 1. Can she move to the 5pm Wednesday Stage 6 from next week?

Yes - she's in from Wednesday 11th.

> 2. Do you run a Stage 6 on Saturdays too, in case Wednesdays don't work out?

Saturdays at 12:15, currently with two spaces.

Best,
Nadia""", quote=False)),

    C("b41-martin-remboursement", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Isabelle Martin <isabelle.martin@martin-lyon.example>", "owa", "Départ à Lyon - remboursement",
      "French parent moving away: 'je reviens vers vous d'ici vendredi' kept only after 'Je me permets de vous relancer' the next Tuesday.",
      cu("11-03 08:30", """Bonjour Madame Roussel,

Nous déménageons à Lyon début décembre et nos deux garçons, Hugo et Nathan, ne pourront donc pas terminer le trimestre. Serait-il possible de nous rembourser les cours restants ?

Cordialement,
Isabelle Martin"""),
      ag("amelie", "11-03 11:00", """Bonjour Madame Martin,

Je suis désolée de voir partir Hugo et Nathan ! Je transmets votre demande à notre service comptable et je reviens vers vous d'ici vendredi avec le montant exact.

Bien cordialement,
Amélie""", promises=[("11-06", 4)]),
      cu("11-10 08:15", """Bonjour,

Je me permets de vous relancer : je n'ai toujours pas de nouvelles concernant le remboursement.

Cordialement,
Isabelle Martin""", chase=True),
      ag("amelie", "11-10 10:30", """Bonjour Madame Martin,

Toutes mes excuses pour ce retard. Les deux garçons ont encore deux cours chacun après votre départ, soit 31,20 £ au total ; le remboursement sera fait sur votre carte cette semaine.

Bien cordialement,
Amélie""")),

    C("b42-bell-results-monday", "en", "pending", {},
      "Marcus Bell <marcus.bell@bellhome.example>", "android", "Rosie's Stage 7 assessment",
      "Kit question answered; the results are promised for Monday 23 November, after the audit time, so nothing is missed yet.",
      cu("11-18 16:00", """Hi Callum,

Rosie was assessed for Stage 7 last week and she's desperate to know how she did - when will the results be out? Also, if she passes, does she need new kit for the Stage 7 group, or are her normal goggles and cap fine?

Thanks,
Marcus"""),
      ag("callum", "11-19 08:30", """Hi Marcus,

Normal kit is fine - the only extra in Stage 7 is a pair of fins, which we lend out. Results go to all families on Monday 23 November, and I'll send you Rosie's that morning.

Callum""", promises=[("11-23", None)])),

    C("b43-moss-stroke-clinic", "en", "closed", {},
      "Lydia Moss <lydia.moss@mossandco.example>", "apple", "Help with starts and turns",
      "'Callum ... will be in touch by tomorrow' kept by Callum the next morning, replying to the customer's original mail.",
      cu("11-02 12:00", """Hello,

Our daughter Grace (10) has been invited to try out for the Hove juniors swim club in January. Do you run anything to help with competitive starts and tumble turns? And how many sessions would she need?

Thanks,
Lydia Moss"""),
      ag("nadia", "11-02 14:30", """Hi Lydia,

How exciting for Grace! We run a stroke clinic on Saturday afternoons that covers dives and tumble turns. Callum runs it and will be in touch by tomorrow to talk it through and suggest how many sessions she'd need.

Nadia""", promises=[("11-03", 3)]),
      ag("callum", "11-03 10:15", """Hi Lydia,

Nadia passed on your email. The stroke clinic runs for four Saturdays from 28 November (2-3pm, £15 a session). For a club trial I'd do all four: tumble turns take most children a couple of weeks to get consistent. I've pencilled Grace in - just let me know if you'd like to go ahead.

Callum""", parent=1)),

    C("b44-shah-party-day", "en", "pending", {},
      "Priyanka Shah <priyanka.shah@shahdesign.example>", "gmail", "Party on Saturday - last checks",
      "Arrival time, changing and adults on poolside answered; 'the lifeguard will meet you' and 'the team sets up' are logistics, not promises.",
      cu("11-17 12:30", """Hi Josie,

Nearly party day! A couple of last checks for Saturday: what time should we arrive, and where do the children get changed? Also, how many adults are allowed on poolside?

Thanks,
Priyanka"""),
      ag("josie", "11-17 15:45", """Hi Priyanka,

Aim for 2:15 - the lifeguard will meet you at reception at 2:20 and take the children through to the family changing village, where the party has its own row of cubicles. The team sets up the inflatables while the lesson before yours finishes. Up to four adults can be on poolside (in flat shoes); everyone else can watch from the gallery.

See you Saturday!
Josie""")),

    C("b45-hargreaves-credit", "en", "closed", {},
      "Chris Hargreaves <chris.hargreaves@hargreaves.example>", "gmail", "Cancelled lesson 31 October",
      "A second mail twenty minutes later only adds the account number (not a chase); credit confirmed with a [Resolved] subject tag.",
      cu("11-05 09:00", """Hi,

Billy's Saturday lesson on 31 October was cancelled (the sign said staff sickness) but the full month has still been taken by direct debit. Can that lesson be credited to our account?

Thanks,
Chris Hargreaves"""),
      cu("11-05 09:20", """Sorry, forgot to add - Billy's account number is BW-40317, in case you need it.

Chris"""),
      ag("priya", "11-05 11:40", """Hi Chris,

Thanks for the account number. I've added a £7.80 credit for the cancelled lesson to Billy's account; it comes off your December direct debit automatically.

Kind regards,
Priya""", subject="[Resolved] RE: Cancelled lesson 31 October", closes=True)),

    C("b46-klein-abzeichen", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Miriam Klein <miriam.klein@klein-familie.example>", "gmail_de", "Abzeichenprüfung und Seepferdchen",
      "German parent: both questions deferred with 'ich melde mich morgen'; answered two days late after 'gibt es schon etwas Neues?'.",
      cu("11-15 10:00", """Hallo Herr Brenner,

meine Tochter Lena (7) schwimmt jetzt seit einem Jahr bei Ihnen. Wann ist die nächste Abzeichenprüfung? Und gibt es bei Ihnen so etwas wie das Seepferdchen? Die Großeltern in Deutschland fragen ständig danach.

Liebe Grüße
Miriam Klein"""),
      ag("lukas", "11-16 09:10", """Hallo Frau Klein,

gute Fragen - die Termine für die Abzeichen im Dezember legt Callum gerade fest. Ich kläre beides mit ihm und melde mich morgen bei Ihnen.

Viele Grüße
Lukas Brenner""", promises=[("11-17", 4)]),
      cu("11-18 19:30", """Hallo Herr Brenner,

gibt es schon etwas Neues wegen der Abzeichenprüfung?

Liebe Grüße
Miriam Klein""", chase=True),
      ag("lukas", "11-19 08:45", """Hallo Frau Klein,

entschuldigen Sie die Verzögerung. Die Prüfung findet in Lenas normaler Stunde in der Woche ab dem 7. Dezember statt. Ein Seepferdchen im deutschen Sinn gibt es bei uns nicht, aber unser 25-Meter-Abzeichen kommt dem ziemlich nahe, und Lena bekommt dafür eine Urkunde, die Sie den Großeltern zeigen können.

Viele Grüße
Lukas Brenner""")),

    C("b47-osei-hairdryers", "en", "pending", {"unanswered-question": 1},
      "Margaret Osei <margaret.osei@oseilaw.example>", "outlook", "Adult beginners - parking at St Anne's",
      "Parking answered; in her thank-you the customer asks one more thing (showers and hairdryers), and the reply is only 'see you on Tuesday'.",
      cu("11-13 18:00", """Hello,

I've booked the adult beginners course starting on Tuesday 17 November at St Anne's. Is there a car park at St Anne's, or should I park on the street?

Thanks,
Margaret Osei"""),
      ag("nadia", "11-14 09:30", """Hi Margaret,

There's a small car park behind the sports hall, free for swimmers after 6pm - just say you're with Brightwater if anyone asks.

Nadia"""),
      cu("11-14 11:00", """Thank you Nadia, that's very helpful. One more thing - are there showers with hairdryers in the changing rooms? I come straight from work and have to go out again afterwards.

Margaret""", uq=1),
      ag("nadia", "11-14 12:10", """You're welcome, Margaret - see you on Tuesday, and good luck!

Nadia""")),

    C("b48-ortega-recuperacion", "es", "closed", {"unanswered-question": 1},
      "Carmen Ortega <carmen.ortega@ortega-hove.example>", "android", "Clase del sábado 7",
      "Spanish parent: make-up lesson booked; the question whether January can be paid by bank transfer is ignored; thanks-only close.",
      cu("11-04 22:00", """Buenas noches:

Mi hija Valeria no podrá venir a su clase del sábado 7 porque tenemos una boda. ¿Podrían darle una clase de recuperación otro día de la semana que viene? Además, quisiera saber si el pago de enero se puede hacer por transferencia en vez de domiciliación.

Gracias y un saludo,
Carmen Ortega""", uq=1),
      ag("lucia", "11-05 09:30", """Hola Carmen:

Sin problema: le he reservado a Valeria una clase de recuperación el miércoles 11 a las 17:15 en Kingsway, con su monitora de siempre.

Un saludo,
Lucía"""),
      cu("11-05 10:00", """¡Muchas gracias, Lucía!

Carmen""", thanks=True)),

    C("b49-westdene-school-group", "en", "pending", {"unanswered-question": 2},
      "Rebecca Lyle <r.lyle@westdene-primary.example>", "outlook", "Year 4 school swimming from January",
      "A school's long paragraph with three asks: staffing and ability groups answered, pricing sent by a colleague; the risk assessment and the coach drop-off are not addressed.",
      cu("11-16 13:00", """Dear Brightwater,

I'm the PE lead at Westdene Primary and we're looking for a new provider for our Year 4 school swimming from January, after our current pool closes for refurbishment. We'd be bringing 28 children every Thursday morning for ten weeks, and obviously safeguarding and supervision are our first concern, so I'd like to understand how many teachers you'd have in the water for a group that size and whether you'd split them by ability. Please send your risk assessment for school groups so I can pass it to our head. The other practical issue is transport: is there space for a coach to drop off and pick up outside the Kingsway entrance, or would the driver need to use the public car park?

Kind regards,
Rebecca Lyle
PE Lead, Westdene Primary School
This email is confidential and intended for the addressee only. If you have received it in error please notify the sender and delete it.""", uq=2, kind="alt"),
      ag("callum", "11-17 10:00", """Dear Rebecca,

Thank you for thinking of us. For 28 Year 4 children we'd have four teachers in the water plus a lifeguard on poolside, and we'd split the class into four ability groups after an assessment in the first session - so each teacher has six to eight children at a level that suits them.

I've copied in Priya, who will send you our school pricing.

Best regards,
Callum""", cc="Priya Raman <priya@brightwaterswim.example>", promises=[("window", 3)]),
      ag("priya", "11-17 14:00", """Dear Rebecca,

As promised, our school swimming prices for 2027 are attached: £9.50 per pupil per session for a ten-week block, which includes the four teachers and the lifeguard.

Kind regards,
Priya""", attach=[("application/pdf", "school-swimming-2027.pdf", SCHOOLS_PDF)])),

    C("b50-price-aquanatal", "en", "closed", {"unanswered-question": 1},
      "Lauren Price <lauren.price@lpdesigns.example>", "iphone", "Aquanatal at 28 weeks?",
      "Three pregnancy questions: suitability and partners answered, the midwife's note skipped.",
      cu("11-05 12:00", """Hi,

I'm 28 weeks pregnant and a friend recommended your aquanatal class. Is it suitable this late on? Do I need a note from my midwife before I start? And are partners welcome at any of the sessions? Mine is keen to come along to at least one.

Thanks,
Lauren

Sent from my iPhone""", uq=1),
      ag("callum", "11-05 14:20", """Hi Lauren,

Congratulations! Aquanatal is fine right up to your due date, and lots of mums join in the third trimester - the water takes the weight off. Partners come along to the last session of each block, which is a couples session; the next one is on 10 December.

Callum""")),

    C("b51-grant-crash-course", "en", "open", {},
      "Sophie Grant <sophie.grant@grantmail.example>", "gmail", "Christmas crash course?",
      "Fresh mail on the audit day with only the helpdesk acknowledgement: open, still inside the response target.",
      cu("11-20 09:15", """Hello,

Do you run a crash course over the Christmas holidays? My son Leo (8) is in Stage 3 and his school swimming starts in January. If so, what dates, and how much is it?

Thanks,
Sophie Grant"""),
      ack("11-20 09:16")),
]

UNANSWERED: dict[str, list[str]] = {
    "b02-ferreira-makeup": [
        "Also I was wondering whether make-ups carry over into the spring term if we can't use them before Christmas"],
    "b04-pritchard-nervous-adult": [
        "I'd also feel a lot more comfortable in a women-only group, if you run one.",
        "And is it possible to pay per lesson rather than for the whole term, in case it turns out I really can't do it?"],
    "b05-ashworth-double-debit": [
        "Could you also move our collection date to the 15th from now on?"],
    "b09-lindqvist-boiler": [
        "Will the missed lesson be credited, or do we get a refund for it?"],
    "b13-navarro-factura": [
        "Necesito también la factura del trimestre de otoño a nombre de mi empresa (Navarro Consulting Ltd), porque me lo reembolsan en el trabajo."],
    "b16-wagner-rechnung": [
        "Außerdem wüsste ich gern, ob Jonas im Frühjahr wieder den Samstagstermin um 9 Uhr bekommt oder ob wir uns neu anmelden müssen."],
    "b18-hale-gift-voucher": [
        "Also, do vouchers expire?"],
    "b20-adeyemi-triathlon": [
        "Could someone film my stroke and go through it with me?",
        "I'm a member of Hove Tri Club - is there any discount for club members?"],
    "b23-lindsay-party-extras": [
        "is the £60 deposit refundable if we have to cancel because Noah's ill?"],
    "b24-moreno-clases-particulares": [
        "¿Y tenéis vestuario con taquillas?"],
    "b26-harland-report": [
        "Please also send her Stage 2 certificate, which she never got at the time."],
    "b29-becker-unfall": [
        "Außerdem möchte ich gern wissen, ob alle Schwimmlehrer eine Erste-Hilfe-Ausbildung haben."],
    "b32-rao-adult-improvers": [
        "Is there an Improvers group on Sunday mornings?"],
    "b33-rousseau-anniversaire": [
        "Est-ce que les parents peuvent aussi se baigner avec les enfants ?"],
    "b36-hoffmann-probestunde": [
        "Und ich bräuchte eine Teilnahmebestätigung für meinen Arbeitgeber, der einen Teil der Kurskosten übernimmt."],
    "b38-lowe-sibling-discount": [
        "Could you also tell me if the discount applies to the February half-term crash course as well?"],
    "b40-ashby-inline-skip": [
        "Please update our address on the account - we've moved to 14 Marine Parade, Hove BN3 2WB."],
    "b47-osei-hairdryers": [
        "are there showers with hairdryers in the changing rooms?"],
    "b48-ortega-recuperacion": [
        "Además, quisiera saber si el pago de enero se puede hacer por transferencia en vez de domiciliación."],
    "b49-westdene-school-group": [
        "Please send your risk assessment for school groups so I can pass it to our head.",
        "is there space for a coach to drop off and pick up outside the Kingsway entrance, or would the driver need to use the public car park?"],
    "b50-price-aquanatal": [
        "Do I need a note from my midwife before I start?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"BW-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=HELLO, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", HELLO),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]
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
    return mailcraft.cases_table("Practice corpus 89: Brightwater Swim School - cases",
                                 "make_practice89_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: what the corpus is, with its statistics computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    chased = sum(1 for c in cases if c.rules.get("customer-chased"))
    lang_text = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    rule_text = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    return f"""# Practice corpus 89: Brightwater Swim School support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Brightwater Swim School**, a swim school in Hove (Kingsway pool and the St
  Anne's teaching pool): children's lessons by stage, baby and toddler classes, adult
  beginners and improvers, term bookings and direct debits, make-up lessons, private and
  semi-private lessons, pool parties, progress reports and certificates, school groups.
  Support address `hello@brightwaterswim.example`; agents Nadia Okafor (bookings and
  enrolment), Callum Reid (head of swimming), Priya Raman (accounts and payments), Josie Marsh
  (parties and private lessons), Lukas Brenner (German-speaking families), Amélie Roussel
  (French-speaking families) and Lucía Herrera (Spanish-speaking families), all
  `@brightwaterswim.example`. A helpdesk robot (`Auto-Submitted: auto-replied`) acknowledges a
  few mails with "we aim to reply within one working day" - service-hours text, not a
  commitment.
- Customers are parents, grandparents, adult learners and a school on `*.example` domains.
  Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain brightwaterswim.example`.

```
python scripts/make_practice89_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice89_corpus.py --out /tmp/p89         # ... into another folder
python scripts/evaluate.py --corpus tests/practice89            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice89_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): a question deferred with a promise counts only as that promise; a
question in the customer's latest unanswered mail is `awaiting-reply` territory; one
`customer-chased` per chasing message. `CASES.md` is the generated per-case table. This
README is generated too. Do not edit generated files; edit the script and rerun it.

## Contents

- {len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox ({roles['customer']} customer mails, {roles['auto']} customer out-of-office reply), {roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements.
- {len(clean)} clean cases ({100 * len(clean) // len(cases)} %).
- Languages: {lang_text}.
- Statuses: {statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.
- Expected findings: {rule_text}.
- The {found['unanswered-question']} unanswered questions are in {asking} cases; the chases in {chased} cases.

## What is in it by design

- Customers ask several things at once (two to four per mail) as direct questions, indirect
  ones ("I was wondering whether", "Could you let me know", "Je voudrais savoir si",
  "quisiera saber si", "wüsste ich gern, ob"), requests without a question mark ("Please
  send...", "Necesito también la factura...", "Und ich bräuchte eine Teilnahmebestätigung"),
  questions inside one long paragraph (b04, b49), bulleted and numbered lists (b03, b20, b40).
- Replies answer in their own words: out of order in one paragraph (b01), one line per quoted
  question inline (b03, b19, b40), with only figures and times (b39), with an attachment
  (b15, b23, b26, b33, b38), by a colleague (b34, b43, b49).
- Unanswered questions are the realistic kind: a secondary question or a request made in
  passing is skipped (b02, b05, b09, b13, b16, b23, b29, b36, b48, b50), two of four
  numbered items are skipped (b20), an inline reply trims the third item away (b40), a
  question asked in a thank-you gets "see you on Tuesday" (b47).
- Not questions: a rhetorical question and a signature "Looking for a new home?" with a ?-URL
  (b07), a pleasantry and a self-answered question (b37), questions in a forwarded newsletter
  of an HTML-only mail (b25), thanks-only mails.
- Commitments kept on time (b34, b43, b49), kept late (b05, b14, b24, b38, b41, b46), never
  kept (b08, b10, b18, b20, b29, b32), still ahead at audit time (b42); logistics that are
  not promises (b44) and a 48-hour hold (b03).
- Chasing: "Just following up", "Just checking in", "any update?", "This is the third time I've
  written", "Any news on...", "Je me permets de vous relancer", "¿Hay alguna novedad? Sigo
  esperando", "gibt es schon etwas Neues", a word-for-word resend as a new mail (b31). Not a
  chase: a second mail that only adds an account number (b45).
- Status and timing: awaiting reply (b10, b12), a fresh mail with only the acknowledgement
  (b51), slow first responses (b27, b31), an explicit close followed by a new request (b22),
  a `[Resolved]` subject tag (b45), three agents on one case (b34).
- Mail: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web, Outlook for
  Android (header blocks, `RE:`/`AW:`), Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old
  Eudora client; 7bit, quoted-printable, base64 (b16, b39), multipart/alternative (b04, b49,
  acknowledgements), HTML-only (b25); PDF and PNG attachments; a customer's out-of-office
  reply (b28); replies that lost their threading headers (b17, b24), a References gap (b38),
  a Cc (b49), a customer writing from Toronto (b18) and from Munich (b36).

## Judgement calls

- **Deferral is not an unanswered question** (b08, b10, b20, b29, b32, b46): the part deferred
  with a promise counts only through `missed-follow-up` when the promise is broken.
- **b32**: the reply says nothing about days; "Is there an Improvers group on Sunday
  mornings?" is labelled unanswered, separately from the deferred reservation.
- **b27**: "Yes please ... Please book him in with Sian." is a request, answered by the booking.
- **b18**: the chase is on the audit day, inside the response target: `customer-chased`, not
  `awaiting-reply`.
- **b34**: Nadia's "I'll ask Callum to write a short transfer note" is kept by Callum the next
  day (no stated deadline, within the 2-day window).

## Independence

Written from the helper brief, tests/eval/README.md, /work/shared/report-contract.md,
scripts/mailcraft.py, scripts/make_practice24_corpus.py, tests/test_practice24_corpus.py and
tests/practice24/README.md (structure only). Not opened: `happyaudit/`, the README's method, accuracy and weak-point
sections, other tests and corpora. All labels were fixed before the single evaluation run.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.brightwaterswim.example")
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
    """Command line: regenerate tests/practice89 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
