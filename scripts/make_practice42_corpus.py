#!/usr/bin/env python3
"""Regenerate ``tests/practice42/``: a labelled corpus of Millbeck Mobility support mail.

A support mailbox of a fictional mobility dealer in the Lake District that sells, rents and
services wheelchairs, mobility scooters, riser recliners and stairlifts (home assessments,
VAT relief declarations, servicing visits, rental extensions, battery replacements, delivery
slots). Many customers are sons, daughters and in-laws writing on behalf of an elderly
parent, some of them from Germany, France and Spain. Written without looking at the
detection heuristics. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``millbeckmobility.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains by design.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice42_corpus.py [--out DIR]
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
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "millbeckmobility.example"
CARE = "Millbeck Mobility Care <care@millbeckmobility.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice42"

AGENTS = {
    "priya": ("Priya Lakhani <priya@millbeckmobility.example>", "outlook", """Priya Lakhani
Customer Care | Millbeck Mobility
01539 720 415 | Mon-Fri 8:30-5:30
Need a part or a manual? https://millbeckmobility.example/support?src=sig"""),
    "tom": ("Tom Arkwright <tom.arkwright@millbeckmobility.example>", "thunderbird", """-- 
Tom Arkwright
Service Workshop | Millbeck Mobility, Mintsfeet Road, Kendal
Stairlift stuck? Ring 01539 720 419 (24 hours)"""),
    "helen": ("Helen Ibbotson <helen@millbeckmobility.example>", "apple", """Helen Ibbotson
Home Assessments & Stairlifts | Millbeck Mobility
Book a free home assessment: https://millbeckmobility.example/assessments?ref=email"""),
    "callum": ("Callum Reid <callum.reid@millbeckmobility.example>", "owa", """Callum Reid
Rentals & Deliveries | Millbeck Mobility

This email and any attachments are confidential and intended for the addressee only. If you
have received it in error, please tell us and delete it."""),
    "bea": ("Beatrice Oyelaran <bea@millbeckmobility.example>", "outlook", """Bea Oyelaran
Accounts & VAT Relief | Millbeck Mobility
Millbeck Mobility Ltd, registered in England no. 08812345, VAT GB 123 4567 89"""),
    "katja": ("Katja Brenner <katja@millbeckmobility.example>", "thunderbird_de", """-- 
Katja Brenner
Kundenservice (Deutsch) | Millbeck Mobility
https://millbeckmobility.example/de?utm_source=mail"""),
    "amelie": ("Amélie Roussel <amelie@millbeckmobility.example>", "apple_fr", """Amélie Roussel
Service clients (français) | Millbeck Mobility
+44 1539 720 433"""),
    "lucia": ("Lucía Ferrer <lucia@millbeckmobility.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Millbeck Mobility
¿Necesita ayuda? https://millbeckmobility.example/es/ayuda?origen=firma"""),
}

ACK = """Hello,

Thank you for contacting Millbeck Mobility. This is an automatic reply to let
you know that we have received your message (reference {ref}).

Our care team works Monday to Friday, 8:30am-5:30pm, and we aim to answer every
email within one working day. If a stairlift has stopped with someone on it,
please ring our 24-hour line on 01539 720 419 rather than emailing.

Millbeck Mobility Care
https://millbeckmobility.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: Eudora 7.1.0.9"],
    "helpdesk": ["X-Mailer: Millbeck CareDesk 5.0"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="mm.", outlook_server="AS8PR0")
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
    """A reply by support agent ``who`` at ``when`` (UK time, which is UTC in November)."""
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

VAT_FORM_PDF = mailcraft.pdf(["Millbeck Mobility - VAT relief declaration (eligible person)",
                              "Name of the person with a disability: ____________________",
                              "Condition: ____________________",
                              "Signed by (person or relative/carer on their behalf): ________"])
QUOTE_CURVED_PDF = mailcraft.pdf(["Millbeck Mobility - Quotation MB-Q-21006",
                                  "Curved stairlift, inside track, hinged rail at the foot",
                                  "Supplied and fitted: GBP 6,480.00 (zero-rated for VAT)",
                                  "Valid until 31 January 2027"])
QUOTE_STRAIGHT_PDF = mailcraft.pdf(["Millbeck Mobility - Quotation MB-Q-21011",
                                    "Straight stairlift, manual fold-up footrest",
                                    "Supplied and fitted: GBP 3,010.00 (zero-rated for VAT)",
                                    "Valid until 31 January 2027"])
DEVIS_PDF = mailcraft.pdf(["Millbeck Mobility - Devis MB-Q-21019",
                           "Monte-escalier droit, pose et demontage compris",
                           "Total: GBP 3,250.00",
                           "Valable jusqu'au 31 janvier 2027"])
PRESUPUESTO_PDF = mailcraft.pdf(["Millbeck Mobility - Presupuesto orientativo MB-Q-21015",
                                 "Salvaescaleras curvo con descansillo intermedio",
                                 "Precio orientativo: GBP 7,200 - 8,100, instalado",
                                 "Precio definitivo tras la visita de medicion (gratuita)"])
ARMREST_PNG = mailcraft.png(10, 14, lambda x, y: (90 + 6 * x, 90 + 6 * x, 100 + 4 * y))
LABEL_PNG = mailcraft.png(16, 16, lambda x, y: (0, 0, 0) if (x * 7 + y * 3) % 5 < 2 else (255, 255, 255))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    # ---------------------------------------------------------------- clean cases
    C("m01-hurst-stairlift-assessment", "en", "closed", {},
      "Rachel Hurst <rachel.hurst@hurstfamily.example>", "gmail", "Stairlift for my dad - home assessment",
      "Daughter asks three things about a stairlift assessment for her father; answered in one paragraph, out of order; a visit is booked.",
      cu("11-02 19:40", """Hello,

I'm writing on behalf of my father, Dennis Hurst, who is 84 and lives on his own in Sedbergh. His stairs have become a real worry since his hip operation in the summer and the family have agreed it's time to look at a stairlift.

A few questions before we book anything. Is the home assessment free, or is there a charge that comes off the price later? Roughly how long does it take? Dad gets tired quickly. And does he need to be there himself, or could I be there instead? I live in Lancaster so I can drive up, but only on a Tuesday or a Friday.

The staircase is straight, 13 steps, with a radiator at the bottom if that matters.

Many thanks,
Rachel Hurst""", kind="alt"),
      ag("helen", "11-03 10:20", """Dear Rachel,

Thank you for getting in touch, and I'm sorry to hear about your father's hip.

The visit usually takes about 45 minutes, and your dad only needs to be there for the last ten minutes or so, when we try the seat height with him - you can handle everything else. There's nothing to pay for it, now or later, and no obligation. A radiator at the foot of the stairs is very common; we usually work around it with a folding rail.

I have Tuesday 10 November at 2pm or Friday 13 November at 10am free in the Sedbergh area. Would either of those suit?

Kind regards,
Helen"""),
      cu("11-03 21:05", """Hi Helen,

Tuesday 10th at 2pm is perfect. Dad's address is 4 Back Lane, Sedbergh LA10 5AQ - the front door sticks, so knock loudly or come round the side.

Rachel"""),
      ag("helen", "11-04 08:50", """Hi Rachel,

That's booked: Tuesday 10 November, 2pm, 4 Back Lane. I've put a note about the side door on the job sheet.

Kind regards,
Helen""")),

    C("m02-okafor-vat-relief", "en", "closed", {},
      "Sam Okafor <sam.okafor@okafor-pharmacy.example>", "outlook", "VAT relief - scooter for my wife",
      "Husband asks who must sign the VAT relief declaration and asks for the form; the form comes as a PDF with the answer around it. His signature has a '?' line and a '?' URL.",
      cu("11-04 12:10", """Good afternoon,

We are buying the Strider 4 scooter (quote MB-Q-20817) for my wife Grace, who has MS. A friend told us we should not be paying VAT on it.

Do I fill in the VAT relief form, or does Grace have to? She can't hold a pen for long these days. Please send me the form so we can get it sorted before delivery.

Regards,
Sam Okafor
Okafor's Pharmacy, Highgate, Kendal
Repeat prescriptions? https://okafor-pharmacy.example/repeat?src=email&branch=kendal"""),
      ag("bea", "11-04 14:35", """Dear Mr Okafor,

The declaration is attached. It's made on Grace's behalf, so you can complete and sign it for her: put your own name in the "signed by" box and tick "relative or carer". The scooter is then invoiced without VAT, which takes £499.67 off the quote.

A photo or a scan sent back by email is fine - we just need it before the scooter leaves the depot.

Kind regards,
Bea""", attach=[("application/pdf", "VAT-relief-declaration.pdf", VAT_FORM_PDF)])),

    C("m03-whitlock-battery-inline", "en", "closed", {},
      "Jim Whitlock <jim@whitlock-joinery.example>", "thunderbird", "Batteries for Mum's scooter",
      "Three numbered battery questions answered inline under each quoted line.",
      cu("11-05 09:30", """Hi,

My mother's Liberty 8 scooter (bought from you in 2022, serial LB8-22-04419) is only doing about two miles on a full charge now. Before I order anything:

1. Do the batteries come as a pair or can you change just one?
2. Is fitting included in the price?
3. What happens to the old ones - do we have to get rid of them?

Cheers,
Jim Whitlock"""),
      ag("tom", "11-05 11:45", """Hi Jim,

> 1. Do the batteries come as a pair or can you change just one?

Always as a pair on the Liberty 8 - a new one next to a tired one just drags the new one down. £189 the pair.

> 2. Is fitting included in the price?

It is, whether we do it here at the workshop or at her house.

> 3. What happens to the old ones - do we have to get rid of them?

We take them away and recycle them.

Tom""", quote=False)),

    C("m04-becker-mietverlaengerung", "de", "pending", {},
      "Matthias Becker <m.becker@becker-hh.example>", "gmail_de", "Verlängerung Rollstuhlmiete - Ingrid Becker",
      "Son in Hamburg asks to extend his mother's wheelchair rental: three questions answered in German; thanks-only reply.",
      cu("11-16 20:15", """Sehr geehrte Damen und Herren,

meine Mutter Ingrid Becker (Kendal, Kundennummer MM-30417) hat seit dem 19. Oktober einen Rollstuhl bei Ihnen gemietet. Die Miete läuft am 30. November aus, aber ihr Gips bleibt länger dran als gedacht.

Können wir die Miete um vier Wochen verlängern? Was würde das kosten? Und muss meine Mutter dafür etwas unterschreiben, oder reicht meine E-Mail? Ich wohne in Hamburg und kann nicht einfach vorbeikommen.

Mit freundlichen Grüßen
Matthias Becker""", kind="alt"),
      ag("katja", "11-17 09:40", """Sehr geehrter Herr Becker,

vielen Dank für Ihre Nachricht. Die Verlängerung um vier Wochen bis zum 28. Dezember habe ich eingetragen. Ihre E-Mail genügt uns als Auftrag, eine Unterschrift Ihrer Mutter brauchen wir nicht. Für die vier Wochen berechnen wir 48 £, die Rechnung geht wie bisher an Ihre Mutter.

Gute Besserung für Ihre Mutter!

Mit freundlichen Grüßen
Katja Brenner"""),
      cu("11-17 19:02", """Vielen Dank, Frau Brenner, das ging ja schnell!

Beste Grüße
Matthias Becker""", thanks=True),
      tz=1),

    C("m05-lefevre-scooter-vacances", "fr", "pending", {},
      "Claire Lefèvre <claire.lefevre@lefevre-famille.example>", "apple_fr", "Location d'un scooter pour ma mère (séjour à Windermere)",
      "French daughter hires a scooter for her mother's holiday: hotel delivery and dismantling for a car boot, both answered in French.",
      cu("11-15 18:30", """Bonjour,

Ma mère (79 ans) et moi passerons une semaine à Windermere du 5 au 12 décembre. Elle marche très peu et j'aimerais louer un scooter pour la durée du séjour.

Est-ce que vous livrez à l'hôtel ? Je voudrais aussi savoir si le scooter se démonte pour entrer dans le coffre d'une voiture de location, car nous aimerions aller jusqu'à Grasmere un jour.

Je vous remercie par avance.
Bien cordialement,
Claire Lefèvre"""),
      ag("amelie", "11-16 09:15", """Bonjour Madame Lefèvre,

Avec plaisir. Nous livrons gratuitement dans les hôtels de Windermere : le scooter peut être déposé à la réception le 5 décembre au matin et repris le 12. Pour votre excursion, je vous conseille notre modèle Compact 3 : il se démonte en quatre morceaux (le plus lourd pèse 14 kg) et tient dans le coffre d'une citadine.

La semaine de location revient à 95 £, assurance comprise.

Bien cordialement,
Amélie Roussel""", kind="alt"),
      tz=1),

    C("m06-garside-service-date", "en", "closed", {},
      "Pauline Garside <pauline.garside@garside-home.example>", "iphone", "Annual service",
      "Service date asked for with a preference and a charge question; the reply is essentially a date and one clause.",
      cu("11-06 08:12", """Hello,

Mum's stairlift (fitted by you in 2021, 12 Fellside Road, Windermere) is due its annual service. When is the next date you can do? Mornings are best as she has carers in the afternoon. Is there a callout charge with the service plan?

Thanks
Pauline Garside

Sent from my iPhone"""),
      ag("tom", "11-06 10:30", """Hi Pauline,

Wednesday 11 November, 9:30 - and it's covered by her service plan, so nothing to pay on the day.

Tom""")),

    C("m07-ashworth-engineer-time", "en", "pending", {},
      "Derek Ashworth <derek.ashworth@ashworth-net.example>", "outlook", "Stairlift beeping and stopping halfway",
      "'I'll confirm the day and time by Thursday', kept on the Wednesday.",
      cu("11-16 08:05", """Hello,

Our stairlift has started beeping and stopping halfway up. The light on the carriage flashes red three times. We can still get it back down to the bottom.

Can someone come out this week? My wife relies on it to get to bed.

Derek Ashworth"""),
      ag("tom", "11-16 09:20", """Dear Mr Ashworth,

Three red flashes means the carriage has lost its charge - usually a loose charging contact or a tired battery pack, not the motor. Please park it at the bottom with the key switch on overnight, which may be enough to get it going again.

An engineer will come out this week either way. I'm sorting the route now and will confirm the day and time by Thursday.

Tom""", promises=[("11-19", 3)]),
      ag("tom", "11-18 15:10", """Dear Mr Ashworth,

Our engineer Steve will be with you on Thursday 19 November between 10 and 12. He rings from the van when he's about 20 minutes away.

Tom""", parent=2)),

    C("m08-marsh-rental-return", "en", "closed", {},
      "Lorraine Marsh <lorraine.marsh@marsh-family.example>", "gmail", "Returning the rented wheelchair",
      "Three questions about returning a rental answered; logistics and refund timing (not promises); '[Resolved]' subject and an explicit close; thanks-only reply does not reopen.",
      cu("11-06 11:00", """Hi,

My dad doesn't need the rental wheelchair any more - he's walking with a frame now, which we're all thrilled about.

How do we return it? We're at 22 Crag View, Staveley. Do we need to be in when it's collected, or can we leave it in the porch? Also, can the last month's rent be refunded, as he's only used a week of it?

Thanks,
Lorraine"""),
      ag("callum", "11-06 14:30", """Hi Lorraine,

That's great news about your dad.

Our driver collects it on Monday 9 November between 9am and 1pm; the porch is fine, just leave it folded with the cushion on the seat. You'll get a text the evening before. After the first month the rental is charged by the week, so the three unused weeks of November (£36) go back to the card you paid with within five working days of the collection.

I'll mark this one as resolved, but just reply if anything changes.

Kind regards,
Callum""", subject="[Resolved] RE: Returning the rented wheelchair", closes=True),
      cu("11-06 15:02", """Brilliant, thank you Callum!

Lorraine""", subject="Re: [Resolved] RE: Returning the rented wheelchair", thanks=True)),

    C("m09-pryce-cover-oldclient", "en", "closed", {},
      "Bryn Pryce <bryn@pryce-farm.example>", "oldclient", "Scooter cover",
      "One request wrapped in a rhetorical question, a self-answered question and a pleasantry; sent from an old client without Message-ID, so the reply carries no threading headers.",
      cu("11-09 16:20", """Afternoon,

Who knew a mobility scooter could cause so many family arguments? Mum has decided hers lives outside by the back door, whatever we say, so:

Please send us a waterproof cover for her Liberty 8 - the full one, not the seat-only one - and add it to her account (Mrs Glenys Pryce, Low Ridding, Sawrey).

Where do I find the model number on it, by the way? Never mind, I've just been out and it's on a sticker under the seat: LB8-SE.

Hope the weather's kinder to you over there than it is up here!

Bryn""", msgid=False, note="Bryn Pryce's request for a full scooter cover, sent from Eudora without a Message-ID"),
      ag("priya", "11-10 09:05", """Hi Bryn,

Ha - she wouldn't be the first! The full cover for the LB8-SE went out by Royal Mail this morning and £32.50 has gone on your mum's account.

Kind regards,
Priya""")),

    C("m10-nwosu-html-forward", "en", "closed", {},
      "Adaeze Nwosu <adaeze.nwosu@nwosu-home.example>", "gmail", "Fwd: Your delivery slot - order MM-O-44610",
      "HTML-only forward of a delivery notice whose boilerplate has '?' lines and a '?' URL; the one real request (change the address) is done.",
      cu("11-05 13:40", """Hi there,

Forwarding this because the address on it is my flat in Leeds, not my mother's house. The chair is for her. It should go to 9 Kirkgate Mews, Kirkby Lonsdale LA6 2AW - please change the delivery address on the order.

Thanks,
Adaeze

---------- Forwarded message ---------
From: Millbeck Mobility Deliveries <deliveries@millbeckmobility.example>
Date: Wed, 4 Nov 2026 at 17:02
Subject: Your delivery slot - order MM-O-44610
To: <adaeze.nwosu@nwosu-home.example>

Your order MM-O-44610 (transit wheelchair, attendant-propelled) is booked for delivery on Tuesday 10 November, 8am-12pm.
Not going to be in? Rebook at https://millbeckmobility.example/delivery?order=MM-O-44610&t=8f3a
Any questions about your delivery? Call us on 01539 720 420.""", kind="html"),
      ag("callum", "11-05 15:20", """Hi Adaeze,

Changed - the chair now goes to 9 Kirkgate Mews, Kirkby Lonsdale, same slot (Tuesday 10th, 8-12). The driver rings your mum's landline about half an hour before.

Kind regards,
Callum""")),

    C("m11-fairbairn-figure-link", "en", "pending", {},
      "Niall Fairbairn <niall.f@fairbairn.example>", "gmail", "Strider 4 - weight limit and manual",
      "Two questions answered with a bare figure and a bare link.",
      cu("11-18 13:25", """Hi,

Quick ones before we commit: what's the maximum user weight on the Strider 4? My uncle is a big lad. And could you point me to the user manual online, we'd like to read up on the controls.

Niall"""),
      ag("priya", "11-18 14:10", """Hi Niall,

136 kg (21 st 6 lb).

https://millbeckmobility.example/manuals/strider-4.pdf

Priya""")),

    C("m12-dobson-ramp-ooo", "en", "closed", {},
      "Karen Dobson <k.dobson@dobson-lettings.example>", "outlook", "Ramp for Dad's back door",
      "Ramp questions answered with a conditional offer (not a promise); the customer's own out-of-office reply lands in the thread.",
      cu("11-02 10:10", """Hello,

My father's scooter won't get over the back-door step (about 9 cm). Do you sell portable ramps, and would one of them take the scooter with him on it - about 150 kg together? Could you let me know the price too.

Karen Dobson
Dobson Lettings, Kendal
This email is confidential. If you are not the intended recipient please delete it."""),
      ag("helen", "11-02 13:30", """Dear Karen,

Yes: for a 9 cm step the 90 cm aluminium threshold ramp is the right one. It's rated to 300 kg, so the scooter and your father are well within it, and it's £84 including delivery. If you'd like one, just reply and I'll put the order through.

Kind regards,
Helen"""),
      auto("11-02 13:31", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For urgent lettings matters please call the office on 01524 000 880.

Karen Dobson""", quote=False, subject="Automatic reply: Ramp for Dad's back door")),

    C("m13-ellwood-colleague", "en", "pending", {},
      "Peter Ellwood <p.ellwood@ellwood.example>", "apple", "Scooter making a grinding noise",
      "Safety question answered; 'Tom will email you tomorrow' kept by Tom the next day.",
      cu("11-16 17:45", """Hello,

My mother's scooter has started making a grinding noise from the back when she turns left. Is it safe for her to keep using it until someone looks at it? She uses it to get to the shops in Ulverston every day.

Peter Ellwood"""),
      ag("priya", "11-17 08:55", """Dear Mr Ellwood,

Please ask your mother not to use it until it's been checked - a grinding noise when turning is often a drive wheel bearing, and it's better not to push it.

I've passed the details to Tom in our workshop; he'll email you tomorrow with a time for a home visit.

Kind regards,
Priya""", promises=[("11-18", 3)]),
      ag("tom", "11-18 11:30", """Dear Mr Ellwood,

I can be at your mother's on Friday 20 November at 10am to look at the scooter. If it is the bearing I'll have one with me and fix it there and then.

Tom""", parent=2)),

    C("m14-moreau-creneau", "fr", "closed", {},
      "Jean-Pierre Moreau <jp.moreau@moreau-lyon.example>", "gmail", "Livraison du fauteuil releveur de mon père",
      "French son asks the delivery day and about taking the old chair away; 'je vous le confirme d'ici vendredi' kept on the Thursday.",
      cu("11-09 10:20", """Bonjour,

Mon père, Robert Moreau, qui habite à Grange-over-Sands, a commandé chez vous un fauteuil releveur électrique (commande MM-O-44702). Pourriez-vous me dire quel jour il sera livré ? Je souhaite être présent, je viendrai exprès de Lyon.

Merci aussi de m'indiquer si les livreurs emportent l'ancien fauteuil.

Cordialement,
Jean-Pierre Moreau""", kind="alt"),
      ag("amelie", "11-09 14:05", """Bonjour Monsieur Moreau,

Oui, nos livreurs reprennent l'ancien fauteuil sans frais, à condition qu'il soit vidé et au rez-de-chaussée.

Le fauteuil de votre père arrive de l'usine cette semaine ; dès qu'il sera à l'entrepôt, je fixe le jour de livraison et je vous le confirme d'ici vendredi.

Bien cordialement,
Amélie Roussel""", promises=[("11-13", 3)]),
      ag("amelie", "11-12 16:40", """Bonjour Monsieur Moreau,

Le fauteuil est arrivé. La livraison est prévue le mardi 17 novembre entre 13 h et 15 h.

Bien cordialement,
Amélie Roussel""", parent=2),
      tz=1),

    C("m15-ramos-presupuesto", "es", "pending", {},
      "Alejandro Ramos <aramos@ramos-familia.example>", "gmail_es", "Presupuesto salvaescaleras para mi madre",
      "Spanish son asks for an indicative stairlift quote and the lead time: PDF attached, lead time in one sentence; thanks-only reply.",
      cu("11-16 12:30", """Buenos días:

Mi madre vive en Cartmel (Cumbria) desde hace veinte años y ya no puede subir la escalera sola. La escalera es curva, con un descansillo a mitad.

¿Me pueden enviar un presupuesto aproximado para una silla salvaescaleras? Y otra cosa: ¿cuánto tardan en instalarla desde que se hace el pedido?

Gracias de antemano.
Un saludo,
Alejandro Ramos"""),
      ag("lucia", "11-16 16:45", """Buenos días, Alejandro:

Le adjunto un presupuesto orientativo para una escalera curva con descansillo; el precio definitivo lo fijamos después de medir la escalera en casa de su madre (la visita es gratuita). Desde el pedido hasta la instalación suelen pasar entre cuatro y cinco semanas, porque el raíl se fabrica a medida.

Un saludo,
Lucía""", attach=[("application/pdf", "presupuesto-MB-Q-21015.pdf", PRESUPUESTO_PDF)]),
      cu("11-17 21:10", """Muchas gracias, Lucía. Lo hablo con mis hermanos.

Un saludo,
Alejandro""", thanks=True),
      tz=1),

    C("m16-quinn-wedding-fresh", "en", "open", {},
      "Siobhan Quinn <siobhan.quinn@quinnhome.example>", "gmail", "Hiring a wheelchair for a wedding",
      "Fresh request on the audit day with only the helpdesk acknowledgement (inside the response target).",
      cu("11-20 08:40", """Hello,

My grandmother is coming to a wedding with us in Ambleside on 5 December. Can we hire a wheelchair just for the weekend, and do you deliver to the Wateredge Inn?

Siobhan"""),
      ack("11-20 08:41")),

    C("m17-harding-quote-ahead", "en", "pending", {},
      "Colin Harding <colin@harding-joinery.example>", "outlook", "Second stairlift - quote",
      "Two questions answered; the revised quote promised for Tuesday 24 November is still ahead at audit time.",
      cu("11-18 09:10", """Morning,

Following Helen's visit to my in-laws on Monday: could you confirm whether the two-lift discount applies if we have the outside steps done as well as the stairs? And will the outdoor lift need its own electrical supply?

Colin Harding
Harding Joinery"""),
      ag("helen", "11-18 15:50", """Dear Colin,

It does - the 10% two-lift discount covers both. The outdoor lift runs on its own batteries, charged from a normal socket in the porch, so no new supply is needed.

I'll send the revised quote with both lifts on Tuesday 24 November, once the outdoor rail measurements are back from the manufacturer.

Kind regards,
Helen""", promises=[("11-24", None)])),

    C("m18-kaur-photo", "en", "closed", {},
      "Harpreet Kaur <harpreet.kaur@kaur-family.example>", "gmail", "Cracked armrest on Dad's wheelchair",
      "A second mail adds the forgotten photo before any reply (not a chase); both questions answered.",
      cu("11-04 20:10", """Hello,

The left armrest on my father's wheelchair (an Ultra-Lite 2, bought from you in March) has cracked where it joins the frame. Is this covered by the warranty? What's the best way to get it fixed - can you send a part or does the whole chair have to come in?

Harpreet"""),
      cu("11-04 20:26", """Sorry, meant to attach a photo - here it is. The crack is on the underside.

Harpreet""", attach=[("image/png", "armrest.png", ARMREST_PNG)]),
      ag("tom", "11-05 09:30", """Hi Harpreet,

Thanks for the photo, that helps. It's a warranty job - the chair is eight months old and that's a weld fault, not damage.

Only the armrest bracket has cracked, so I've posted a new armrest assembly this morning, free of charge. It clicks in with two thumbscrews, no tools needed, and there's a returns bag in the box for the old one.

Tom""")),

    C("m19-tarrant-saturday-base64", "en", "closed", {},
      "Wendy Tarrant <wendy@tarrant-home.example>", "apple", "Delivery - Saturday?",
      "Base64-encoded mail; both questions answered in a single sentence (a date and a yes).",
      cu("11-06 07:55", """Hi,

We've ordered the Strider 4 for my husband (order MM-O-44655). Do you deliver on Saturdays? And will the driver show him how to use it, or is it just dropped off? He's not great with gadgets.

Wendy""", cte="base64"),
      ag("callum", "11-06 10:05", """Hi Wendy,

Saturday 14 November, 9-11am, and the driver will stay and go through the controls with him until he's happy.

Kind regards,
Callum""")),

    C("m20-carradine-recliner", "en", "closed", {},
      "Gillian Carradine <gill.carradine@carradine.example>", "outlook", "Rising recliner for Mum",
      "Four questions in one paragraph answered out of order; the customer's reply lost its threading headers and asks for swatches, which are confirmed.",
      cu("11-02 14:05", """Hello,

My mother is 91 and struggles to get out of her armchair, so we are looking at one of your riser recliners. I was wondering whether you do home demonstrations, as she won't be able to come into the showroom in Kendal, and whether the chair can be made in a narrower width, as her sitting room is tiny. She's five foot nothing, so I imagine the seat height matters too? Also, could you let me know if you take the old chair away.

Gillian Carradine"""),
      ag("helen", "11-03 10:45", """Dear Gillian,

We do take the old chair away, at no charge, when we deliver the new one.

Seat height matters more than anything for someone your mother's height: the Petite version of the Ashby has a 44 cm seat and is 68 cm wide, which should also help in a small room. And I can bring a demonstration Ashby Petite to her house so she can try it - I'm in her area on Thursday 5 and Thursday 12 November.

Kind regards,
Helen"""),
      cu("11-03 18:20", """Thursday 12th please, any time after 11. Can you bring a fabric sample in green as well? She's very particular.

Gillian""", thread=False),
      ag("helen", "11-04 09:00", """Dear Gillian,

Thursday 12 November at 11:30 is booked, and the green swatches will be in the car - we have three shades.

Kind regards,
Helen""", parent=3)),

    # ---------------------------------------------------------------- unanswered questions
    C("m21-hollins-try-at-home", "en", "pending", {"unanswered-question": 1},
      "Debbie Hollins <debbie.hollins@hollinsfamily.example>", "iphone", "Scooter for Mum - a few questions",
      "Three questions about a scooter; price and delivery answered, the kerbs remark answered instead of the home-trial question.",
      cu("11-17 12:40", """Hi,

Mum (Edna Hollins, 80) has her heart set on the little red Zip 3 in your window. A few questions:
How much is it with a basket?
Can mum try it at home for a few days before we buy? She's nervous about the kerbs round her way.
And when could you deliver if we go ahead?

Debbie

Sent from my iPhone""", uq=1),
      ag("priya", "11-17 15:15", """Hi Debbie,

The Zip 3 in red is £895 including the front basket, and we could deliver it on Tuesday 24 or Thursday 26 November. It handles dropped kerbs fine; for anything higher than about 5 cm she'd want to find a ramp.

Kind regards,
Priya""")),

    C("m22-greenhalgh-long-paragraph", "en", "closed", {"unanswered-question": 2},
      "Alan Greenhalgh <alan@greenhalgh-accounts.example>", "outlook", "Renting a wheelchair for my father",
      "Four requests in one long paragraph; rate, deposit and delivery answered, the insurance question and the invoice-name request skipped. Customer disclaimer.",
      cu("11-03 09:25", """Dear Sir or Madam,

My father, Frank Greenhalgh, comes out of Westmorland General next Thursday after a fall and the ward has told us he will need a wheelchair for six to eight weeks while his pelvis heals. I'd like to rent one from you rather than buy, as we hope it will be temporary, and I would be grateful if you could tell me the weekly rate and whether there is a deposit. I was wondering whether the rental includes insurance in case it is damaged or stolen, as he lives in a flat with a shared entrance. We would need it delivered to 7 Abbot Court, Kendal by Wednesday afternoon so it's there when he arrives home. Please also make the invoice out in my father's name rather than mine, as he will be reclaiming it from his care package.

Yours faithfully,
Alan Greenhalgh
Greenhalgh & Co Chartered Accountants

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Greenhalgh & Co is not responsible for any loss caused by viruses.""", uq=2),
      ag("callum", "11-03 14:00", """Dear Mr Greenhalgh,

I'm sorry to hear about your father's fall. A standard self-propelled chair is £18 a week with a £50 deposit, refunded when it comes back.

I've booked delivery to 7 Abbot Court for Wednesday 11 November between 1pm and 4pm, so it will be there before he comes home.

Kind regards,
Callum""")),

    C("m23-schmitt-wartung", "de", "closed", {"unanswered-question": 1},
      "Sabine Schmitt <sabine.schmitt@schmitt-muenchen.example>", "outlook_de", "Wartung Treppenlift meines Vaters",
      "Daughter in Munich books her father's stairlift service; the date is given, the request to send the invoice to her address is ignored; thanks-only reply.",
      cu("11-04 08:15", """Guten Tag Frau Brenner,

mein Vater, Heinrich Schmitt, wohnt in Windermere (12 Birch Close) und hat seit 2023 einen Treppenlift von Ihnen. Laut Wartungsheft ist die jährliche Wartung im November fällig. Könnten Sie mir bitte einen Termin vorschlagen? Mein Vater ist vormittags immer zu Hause.

Außerdem: Können Sie die Rechnung für die Wartung bitte an meine Adresse in München schicken? Mein Vater kommt mit der Post nicht mehr so gut zurecht. Meine Anschrift: Sabine Schmitt, Hohenzollernstraße 41, 80801 München.

Mit freundlichen Grüßen
Sabine Schmitt""", uq=1, to="Katja Brenner <katja@millbeckmobility.example>"),
      ag("katja", "11-04 11:30", """Guten Tag Frau Schmitt,

gern. Unser Techniker kommt am Dienstag, 10. November, um 10:00 Uhr zu Ihrem Vater. Die Wartung dauert etwa eine Stunde; Ihr Vater muss nichts vorbereiten, nur den Lift unten parken.

Mit freundlichen Grüßen
Katja Brenner"""),
      cu("11-04 13:05", """Vielen Dank, das passt gut.

Viele Grüße
Sabine Schmitt""", thanks=True, to="Katja Brenner <katja@millbeckmobility.example>"),
      tz=1),

    C("m24-girard-tva", "fr", "pending", {"unanswered-question": 1},
      "Nathalie Girard <n.girard@girard-nantes.example>", "gmail", "Exonération de TVA - fauteuil roulant électrique",
      "French niece asks for the VAT relief form and whether her aunt can pay in three instalments; the form is sent, instalments not mentioned.",
      cu("11-16 14:50", """Bonjour Madame Roussel,

Ma tante, Odile Girard, habite à Keswick et souffre de la maladie de Parkinson. Nous avons choisi le fauteuil électrique Voyager (devis MB-Q-20944). On m'a dit qu'au Royaume-Uni elle pouvait être exonérée de TVA : pourriez-vous m'envoyer le formulaire à remplir ?

Par ailleurs, est-il possible de payer en trois fois ? Le montant est important pour elle.

Je vous remercie d'avance.
Nathalie Girard""", uq=1, kind="alt"),
      ag("amelie", "11-17 10:05", """Bonjour Madame Girard,

Vous trouverez ci-joint le formulaire de déclaration d'exonération de TVA. Votre tante, ou vous-même en son nom, doit le remplir et le signer ; la maladie de Parkinson fait bien partie des affections qui y donnent droit. Une photo ou un scan renvoyé par e-mail nous suffit, et le fauteuil sera alors facturé hors TVA.

Bien cordialement,
Amélie Roussel""", attach=[("application/pdf", "declaration-TVA.pdf", VAT_FORM_PDF)]),
      tz=1),

    C("m25-navarro-garantia", "es", "closed", {"unanswered-question": 1},
      "Rosa María Navarro <rmnavarro@navarro-sevilla.example>", "gmail_es", "Batería del scooter de mi padre",
      "Spanish daughter asks whether the battery is under warranty and, if not, the price; the reply gives only the price.",
      cu("11-05 17:30", """Hola, buenas tardes:

Le escribo por mi padre, Tomás Navarro, que vive en Grange-over-Sands. Su scooter (un Liberty 8 que compró en su tienda en marzo de 2025) ya no carga bien: la batería se queda a la mitad. Quisiera saber si la batería está cubierta por la garantía, porque el scooter tiene menos de dos años.

Y si no lo está, ¿me podrían decir cuánto cuesta cambiarla?

Muchas gracias.
Un saludo,
Rosa María Navarro""", uq=1),
      ag("lucia", "11-06 09:20", """Hola, Rosa María:

El juego de dos baterías para el Liberty 8 cuesta 189 £, con el montaje incluido. Lo podemos cambiar en casa de su padre el día que le venga bien; se tarda una media hora.

Un saludo,
Lucía"""),
      tz=1),

    C("m26-barraclough-three-things", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ian Barraclough <ian.barraclough@barraclough.example>", "thunderbird", "Stairlift - swivel seat and second rail",
      "Three questions after an assessment: one answered, one deferred 'by Friday' and never answered, the bank-transfer question skipped.",
      cu("11-02 11:10", """Hello Helen,

Thanks for coming out to see Mum last week. Three things came up after you left:

Could the seat swivel the other way at the top? She's stronger on her left side.
Is it possible to add a second, shorter rail for the two steps down into the kitchen later on, or would that need a whole new lift?
And can we pay the deposit by bank transfer rather than card?

Thanks,
Ian""", uq=1, to="Helen Ibbotson <helen@millbeckmobility.example>"),
      ag("helen", "11-02 15:40", """Hi Ian,

Lovely to meet your mum. The swivel direction is set at fitting, so left is no problem - I've changed it on the order.

The kitchen steps are a good question: I need to check with the manufacturer whether a second rail can run off the same charging point, and I'll come back to you on that by Friday.

Kind regards,
Helen""", promises=[("11-06", None)])),

    C("m27-holroyd-cushion", "en", "pending", {"unanswered-question": 1},
      "Maureen Holroyd <maureen.holroyd@holroyd.example>", "gmail", "Wheelchair cushion",
      "Cushion question answered; in her order mail the customer asks whether it is washable, and only the order is handled.",
      cu("11-12 10:00", """Hello,

My husband has been getting sore sitting in his wheelchair all day. Do you sell pressure-relief cushions that fit a 46 cm seat?

Maureen Holroyd"""),
      ag("priya", "11-12 11:35", """Dear Mrs Holroyd,

We do - the Repose Air (£119) and the foam Comfort Plus (£54) both come in 46 cm. For someone who sits most of the day, the Repose Air is the one the district nurses usually recommend.

Kind regards,
Priya"""),
      cu("11-16 09:20", """Thank you Priya, we'll have the Repose Air please - can you put it on the card you have on file? It would also help to know whether it's washable, as he sometimes has accidents.

Maureen""", uq=1),
      ag("priya", "11-16 10:05", """Dear Mrs Holroyd,

Done - the Repose Air is paid for with the card ending 4471 and goes out by courier today, so it should reach you on Wednesday.

Kind regards,
Priya""")),

    C("m28-thwaite-template", "en", "pending", {"unanswered-question": 2},
      "Graham Thwaite <g.thwaite@thwaite-farm.example>", "outlook", "Service plan, manual and a spare key",
      "Three requests; after the acknowledgement a templated reply sends the manuals link and nothing else.",
      cu("11-17 08:30", """Good morning,

Could you send me the user manual for the stairlift you fitted at my mother's (Mrs Edith Thwaite, Hawkshead) in 2022? We've lost ours.

I'd also like to know what the annual service plan costs now and what it covers - the old leaflet says £150 but that was three years ago.

And please send a spare key for the lift - the grandchildren have lost the one on the ring, and she only has the one left.

Regards,
Graham Thwaite""", uq=2),
      ack("11-17 08:31"),
      ag("priya", "11-17 14:20", """Dear Graham,

Thank you for contacting Millbeck Mobility Customer Care.

You can download the user manuals for all the products we supply from our support pages: https://millbeckmobility.example/manuals?product=stairlift-straight

If there is anything else we can help with, please reply to this email.

Kind regards,
Priya""", parent=1)),

    C("m29-rigby-inline-skip", "en", "closed", {"unanswered-question": 1},
      "Sheila Rigby <sheila.rigby@rigby.example>", "thunderbird", "Rental chair - a few things",
      "Inline reply answers two of three quoted lines and drops the third (the train question).",
      cu("11-05 15:00", """Hi Callum,

A few things about the chair Mum is renting:

The right brake is loose - it doesn't really hold on the slope outside her door. Can someone tighten it?
Can we swap the footplates for the elevating leg rests? The physio says her leg should be up.
Is it OK to take the chair on the train to Carlisle at Christmas?

Thanks,
Sheila""", uq=1, to="Callum Reid <callum.reid@millbeckmobility.example>"),
      ag("callum", "11-05 16:30", """Hi Sheila,

> The right brake is loose - it doesn't really hold on the slope outside her door. Can someone tighten it?

Our driver is in Ambleside on Monday and will call in between 10 and 12 to sort it.

> Can we swap the footplates for the elevating leg rests? The physio says her leg should be up.

Yes - he'll have a pair with him and swap them while he's there. No extra charge on the rental.

Kind regards,
Callum""", quote=False)),

    C("m30-wagner-warte", "de", "pending", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Ute Wagner <ute.wagner@wagner-koeln.example>", "gmail_de", "Elektromobil für meine Mutter - Probefahrt",
      "German daughter asks about a test drive and for an accessory price list; she chases after the weekend; the late reply covers the test drive only.",
      cu("11-12 19:30", """Guten Abend,

meine Mutter, Gerda Wagner, lebt seit vielen Jahren in Bowness und möchte sich ein Elektromobil anschaffen. Bietet Ihr Geschäft eine Probefahrt an, bevor man kauft? Sie würde gern den Zip 3 und den Strider 4 vergleichen.

Außerdem hätte ich gern eine Preisliste für die Zubehörteile (Korb, Regenverdeck, Stockhalter) - schicken Sie mir die bitte per E-Mail.

Vielen Dank und freundliche Grüße
Ute Wagner""", uq=1),
      cu("11-16 08:45", """Guten Morgen,

ich warte noch auf eine Antwort auf meine Mail vom Donnerstag. Meine Mutter möchte sich gern diese Woche entscheiden.

Freundliche Grüße
Ute Wagner""", chase=True, parent=1),
      ag("katja", "11-16 11:20", """Guten Tag Frau Wagner,

entschuldigen Sie bitte die späte Antwort. Ja, Ihre Mutter kann beide Modelle bei uns im Laden in Kendal Probe fahren, und auf Wunsch bringen wir sie auch zu ihr nach Bowness. Am Mittwoch, 18. November, hätte ich vormittags Zeit für einen Termin bei ihr zu Hause.

Mit freundlichen Grüßen
Katja Brenner"""),
      tz=1),

    C("m31-bellamy-fitting", "en", "pending", {"unanswered-question": 1},
      "Tony Bellamy <tony.bellamy@bellamy-builders.example>", "android", "New batteries for Dad's scooter",
      "Asked whether batteries can be fitted at home; the reply gives price, stock and recycling but not where they are fitted.",
      cu("11-17 18:10", """Hi, Dad's scooter needs new batteries (Liberty 8 again). Can you fit them at his house in Milnthorpe or do we have to bring the scooter in to you? We don't have a van.

Tony Bellamy

Get Outlook for Android""", uq=1),
      ag("tom", "11-18 08:40", """Hi Tony,

A pair of batteries for the Liberty 8 is £189 and we have them in stock. The old ones are recycled free of charge.

Tom""")),

    C("m32-dubois-coussin", "fr", "closed", {"unanswered-question": 1},
      "Sylvie Dubois <sylvie.dubois@dubois-lille.example>", "apple_fr", "Prolongation location fauteuil roulant",
      "French daughter-in-law extends a rental and asks for a thicker cushion; only the extension is handled.",
      cu("11-05 09:00", """Bonjour,

Mon beau-père, Gérard Dubois, loue chez vous un fauteuil roulant depuis son opération du genou (contrat MM-R-7712). Son chirurgien veut qu'il le garde encore un mois : pouvez-vous prolonger la location jusqu'au 15 décembre ?

Il se plaint aussi du coussin, qui est trop dur. Serait-il possible de l'échanger contre un coussin plus épais ?

Merci beaucoup,
Sylvie Dubois""", uq=1),
      ag("amelie", "11-05 13:20", """Bonjour Madame Dubois,

C'est fait : la location de Monsieur Dubois est prolongée jusqu'au 15 décembre inclus, au même tarif de 18 £ par semaine. Le prélèvement continue automatiquement.

Bien cordialement,
Amélie Roussel"""),
      tz=1),

    C("m33-ortega-cuatro-dudas", "es", "pending", {"unanswered-question": 2},
      "Javier Ortega <javier.ortega@ortega-madrid.example>", "gmail_es", "Consulta: silla de ruedas eléctrica para mi padre",
      "Four bulleted questions from a Spanish son; range and folding answered, pensioner discount and servicing skipped.",
      cu("11-16 22:10", """Buenas noches:

Mi padre, Luis Ortega, tiene 86 años y vive en Kendal con mi hermana. Estamos pensando en comprarle una silla de ruedas eléctrica y tenemos varias dudas:

- ¿Qué autonomía tiene la Voyager con una carga?
- ¿Se puede plegar para meterla en el maletero de un coche normal?
- ¿Hacen descuento a los pensionistas?
- Si la compramos, ¿quién se encarga de las revisiones?

Mi hermana podría pasar por la tienda el sábado para verla.

Un saludo y gracias,
Javier Ortega""", uq=2),
      ag("lucia", "11-17 09:30", """Buenas, Javier:

La Voyager hace unos 25 km con una carga completa, más que suficiente para el día a día en Kendal. Y sí, se pliega en dos piezas sin herramientas; la más pesada pesa 19 kg, así que cabe en el maletero de un coche normal, aunque conviene que la levanten dos personas.

El sábado su hermana la puede ver en la tienda, de 9:30 a 16:00.

Un saludo,
Lucía"""),
      tz=1),

    C("m34-fletcher-handoffs", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Joanne Fletcher <joanne@fletcher-care.example>", "outlook", "Moving Dad to sheltered housing - his equipment",
      "Three agents (care, rentals, stairlifts) handle a move; 'they'll each reply to you directly' kept within the window; the billing-address change is never addressed. Brother on Cc.",
      cu("11-11 09:15", """Hello,

Dad (Ronald Fletcher, account MM-21950) is moving from his house in Kendal to Abbot's Close sheltered housing on 30 November. Could you help with three things:

- Can his rented riser recliner be collected from the house and delivered to the new flat (Flat 12, Abbot's Close, Kendal LA9 4QT) on the day of the move?
- The stairlift at the house won't be needed any more. Do you buy back stairlifts, or take them out?
- Please change the billing address on his account to the new flat from December.

Many thanks,
Joanne Fletcher""", uq=1, cc="Mark Fletcher <mark.fletcher@fletcher-care.example>"),
      ag("priya", "11-11 10:30", """Dear Joanne,

Thank you for the details. I've passed the recliner move to Callum in rentals and the stairlift question to Helen, who looks after stairlifts; they'll each reply to you directly.

Kind regards,
Priya""", promises=[("window", 4)], cc="Mark Fletcher <mark.fletcher@fletcher-care.example>"),
      ag("callum", "11-11 15:05", """Dear Joanne,

Yes, we can do that on the 30th: our van collects the recliner from the house at 9am and delivers it to Flat 12 the same afternoon, so he'll have it for his first evening. Could someone be at each end?

Kind regards,
Callum""", parent=1, cc="Mark Fletcher <mark.fletcher@fletcher-care.example>"),
      ag("helen", "11-12 11:20", """Dear Joanne,

We don't buy stairlifts back, I'm afraid, but we take them out free of charge for customers we installed them for, and fill the screw holes in the treads. I can book the removal for any weekday after the 30th.

Kind regards,
Helen""", parent=1),
      cu("11-12 18:30", """Thanks both. My brother will be at the house and I'll be at the flat. Please book the stairlift removal for Wednesday 2 December if you can.

Joanne""", parent=4, cc="Mark Fletcher <mark.fletcher@fletcher-care.example>"),
      ag("helen", "11-16 09:10", """Dear Joanne,

Wednesday 2 December at 9am is booked for the removal.

Kind regards,
Helen""")),

    C("m35-pickering-reopened", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Lesley Pickering <lesley@pickering-home.example>", "gmail", "Wrong charger delivered",
      "Wrong charger replaced and the ticket closed; the customer comes back for a different returns label and the service date; only the label is sent.",
      cu("11-09 09:40", """Hi,

The replacement charger you sent for Mum's Strider 4 has the wrong plug - it's a round three-pin, and the scooter socket is the flat XLR type. Please send the right one.

Lesley Pickering"""),
      ag("priya", "11-09 11:15", """Dear Lesley,

Apologies - the wrong charger was picked. The correct XLR charger went out by next-day courier this morning, with a returns label for the other one in the box.

I'm closing this ticket now, but just reply if anything else is wrong.

Kind regards,
Priya""", closes=True),
      cu("11-16 19:05", """Hi Priya,

The new charger works, thanks, but the returns label in the box is for Parcelforce and our nearest depot is 20 miles away. Can you send an Evri label instead so I can drop it at the corner shop? And could you tell me when Mum's scooter is next due a service? I can't find the card.

Lesley""", uq=1),
      ag("priya", "11-17 09:00", """Dear Lesley,

Of course - an Evri label is attached. The corner shop can also scan the QR code straight from your phone.

Kind regards,
Priya""", attach=[("image/png", "evri-return-label.png", LABEL_PNG)])),

    C("m36-sutcliffe-church-hall", "en", "closed", {"unanswered-question": 2},
      "David Sutcliffe <david.sutcliffe@sutcliffe-vicarage.example>", "apple", "Church hall - wheelchair and ramp",
      "Numbered list of four requests from a vicar; items 3 and 1 answered (in that order), the charity discount and the measuring visit skipped.",
      cu("11-04 10:30", """Dear Millbeck Mobility,

St Oswald's church hall in Grasmere wants to keep a wheelchair on hand for visitors, and improve access generally. Could you help with:

1. A price for a basic transit wheelchair that folds flat for storage
2. Whether you do a discount for charities (we are registered, no. 1134422)
3. A recommendation for a ramp for the two front steps - total rise about 32 cm
4. Whether you could come and measure the steps, as none of us trusts our tape measure skills

With thanks and best wishes,
David Sutcliffe
Vicar, St Oswald's, Grasmere""", uq=2),
      ag("helen", "11-04 15:10", """Dear David,

For the steps: with a 32 cm rise you'd want a ramp of at least 2.5 m to keep it manageable, so I'd suggest our 2.7 m folding channel ramp (£310), which can be stored in the hall when it's not needed.

The Lightfold transit chair is £179 and folds to 30 cm.

Kind regards,
Helen""")),

    C("m37-metcalfe-ps", "en", "closed", {"unanswered-question": 1},
      "Angela Metcalfe <angela.metcalfe@metcalfe-family.example>", "gmail", "Stairlift remote not working",
      "Replacement remote sent with pairing instructions; the warranty certificate asked for in a P.S. is not.",
      cu("11-06 12:20", """Hello,

One of the two call/send remotes for my mother's stairlift has stopped working - the light comes on but the chair doesn't move when she presses it. We've tried a new battery. Can you send a replacement, and what does it cost?

Angela

P.S. Could you send me a copy of the warranty certificate for the lift as well? Mum thinks it might still be covered and she can't find hers.""", uq=1, kind="alt"),
      ag("tom", "11-06 14:45", """Hi Angela,

It has probably lost its pairing rather than broken. A new remote went in the post today (£38, on your mother's account) with the pairing instructions: hold the two buttons together for five seconds, then press the up arrow on the chair.

Tom""")),

    C("m38-koch-formular", "de", "pending", {"unanswered-question": 1},
      "Dr. Andreas Koch <andreas.koch@koch-berlin.example>", "thunderbird_de", "Rollator und Duschstuhl für meinen Vater",
      "German son asks for a one-hand folding rollator and, as a request without a question mark, for the VAT relief form; only the rollator is answered.",
      cu("11-17 16:40", """Sehr geehrte Frau Brenner,

mein Vater lebt in Keswick und soll nach seiner Reha einen Rollator und einen Duschstuhl bekommen. Haben Sie einen leichten Rollator, der sich mit einer Hand zusammenklappen lässt? Er kann nach dem Schlaganfall nur noch die linke Hand richtig gebrauchen.

Bitte schicken Sie mir auch das Formular für die Mehrwertsteuerbefreiung, damit wir es gleich mit der Bestellung ausfüllen können.

Mit freundlichen Grüßen
Andreas Koch""", uq=1, to="Katja Brenner <katja@millbeckmobility.example>"),
      ag("katja", "11-18 09:15", """Sehr geehrter Herr Dr. Koch,

ja, der Airgo Fold lässt sich mit einer Hand zusammenklappen: Man zieht nur an der Schlaufe in der Mitte des Sitzes. Er wiegt 6,5 kg und kostet 149 £. Als Duschstuhl mit Rückenlehne empfehle ich den Aquaseat für 64 £.

Mit freundlichen Grüßen
Katja Brenner"""),
      tz=1),

    C("m39-lister-friday", "en", "pending", {"unanswered-question": 1, "slow-first-response": 1},
      "Phil Lister <phil.lister@lister.example>", "owa", "Powered wheelchair - demo and finance",
      "Friday-afternoon mail answered on Monday (slow) with demo dates; the finance question is skipped.",
      cu("11-13 15:40", """Hi,

We'd like to arrange a demonstration of the Voyager powerchair for my wife at home in Kirkby Stephen. What days could you do? And do you offer interest-free finance on it?

Phil Lister""", uq=1),
      ag("helen", "11-16 10:00", """Dear Phil,

I can bring a Voyager to Kirkby Stephen on Wednesday 25 or Thursday 26 November, morning or afternoon - whichever suits your wife best.

Kind regards,
Helen""")),

    # ---------------------------------------------------------------- promises and chasing
    C("m40-crossley-quote-late", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Bernard Crossley <bernard.crossley@crossley.example>", "outlook", "Stairlift quote - curved stairs",
      "Quote promised for tomorrow; the customer chases three days later and it arrives the next day: kept late = missed.",
      cu("11-09 09:05", """Hello,

Helen surveyed my wife's stairs on Thursday. When can we expect the quote? We'd like to get the lift in before Christmas if at all possible.

Bernard Crossley"""),
      ag("helen", "11-09 11:30", """Dear Mr Crossley,

The rail drawing came back from the manufacturer this morning, so I'm putting the quote together now and will email it to you tomorrow. Before Christmas should be possible if you're able to order by the end of November.

Kind regards,
Helen""", promises=[("11-10", 4)]),
      cu("11-12 10:20", """Dear Helen,

Any news on the quote? Still nothing in my inbox (or the spam folder).

Bernard""", chase=True),
      ag("helen", "11-13 09:45", """Dear Mr Crossley,

I'm so sorry - it went to an old email address we had on file. Here it is: £6,480 for the curved lift, fitted, including the hinged rail at the bottom.

Kind regards,
Helen""", attach=[("application/pdf", "MB-Q-21006.pdf", QUOTE_CURVED_PDF)])),

    C("m41-hewitt-workshop", "en", "pending", {"missed-follow-up": 1},
      "Carol Hewitt <carol.hewitt@hewitt-home.example>", "apple", "Scooter seat won't swivel",
      "'Let me check with the workshop and come back to you' without a date; nothing within the two-day window.",
      cu("11-16 15:30", """Hello,

The seat on my scooter has stopped swivelling - the lever moves but the seat stays locked. It's the Strider 4 I bought in January. Is this something I can fix myself, or does it need to come in?

Carol Hewitt"""),
      ag("tom", "11-17 10:00", """Hi Carol,

It could be the swivel pin seized up with road salt, or the lever cable has stretched - I'd rather not guess and have you pulling at it. Let me check with the workshop what we have in stock and come back to you.

Tom""", promises=[("window", None)])),

    C("m42-lambert-relance", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "François Lambert <f.lambert@lambert-bordeaux.example>", "apple_fr", "Devis monte-escalier - maison de ma mère",
      "French son: removal question answered, the quote promised 'd'ici jeudi'; he chases the next Monday ('Je me permets de vous relancer') and gets it on the Tuesday.",
      cu("11-09 10:00", """Bonjour Madame Roussel,

Suite à la visite de Mme Ibbotson chez ma mère à Ulverston mardi dernier, j'attends le devis pour le monte-escalier. Pourriez-vous aussi me confirmer que le prix inclut le démontage en fin d'utilisation ?

Cordialement,
François Lambert""", to="Amélie Roussel <amelie@millbeckmobility.example>"),
      ag("amelie", "11-09 15:10", """Bonjour Monsieur Lambert,

Oui, le démontage est compris dans le prix, quelle que soit la durée d'utilisation. Pour le devis, Mme Ibbotson attend encore les mesures du fabricant ; je vous l'envoie d'ici jeudi.

Bien cordialement,
Amélie Roussel""", promises=[("11-12", 4)]),
      cu("11-16 09:15", """Bonjour Madame Roussel,

Je me permets de vous relancer : je n'ai toujours pas reçu le devis annoncé pour jeudi.

Cordialement,
François Lambert""", chase=True, to="Amélie Roussel <amelie@millbeckmobility.example>"),
      ag("amelie", "11-17 10:30", """Bonjour Monsieur Lambert,

Je vous prie de nous excuser pour ce retard. Voici le devis : 3 250 £ pour le monte-escalier droit, pose et démontage compris, valable jusqu'au 31 janvier.

Bien cordialement,
Amélie Roussel""", attach=[("application/pdf", "devis-MB-Q-21019.pdf", DEVIS_PDF)]),
      tz=1),

    C("m43-herrera-manana", "es", "closed", {"missed-follow-up": 1},
      "Pilar Herrera <pilar.herrera@herrera-valencia.example>", "gmail_es", "Alquiler de scooter para el invierno",
      "Spanish daughter: monthly rental and maintenance answered, the five-month price promised for 'mañana' never sent.",
      cu("11-04 11:00", """Hola:

Mi madre, Concha Herrera, vive en Arnside y este invierno le cuesta mucho caminar hasta el pueblo. ¿Alquilan scooters por meses, de noviembre a marzo? Me gustaría saber el precio total y si incluye el mantenimiento.

Saludos,
Pilar Herrera"""),
      ag("lucia", "11-04 16:20", """Hola, Pilar:

Sí, alquilamos scooters por meses, y el mantenimiento y las averías van incluidos durante todo el alquiler. Para el precio de los cinco meses tengo que consultar qué modelos nos quedan libres para el invierno; le mando el presupuesto mañana.

Un saludo,
Lucía""", promises=[("11-05", None)]),
      tz=1),

    C("m44-hoffmann-neues", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Bernd Hoffmann <bernd.hoffmann@hoffmann-stuttgart.example>", "outlook_de", "Reparatur Elektrorollstuhl meines Bruders",
      "German brother: warranty answered, 'ich melde mich Anfang nächster Woche' not kept; 'gibt es schon etwas Neues?' has no reply.",
      cu("11-12 09:30", """Sehr geehrte Damen und Herren,

der Elektrorollstuhl meines Bruders Klaus (Voyager, gekauft 2024) fährt seit einer Woche nur noch im Schritttempo, auch mit voller Batterie. Er lebt in Kendal, 3 Fellside Court. Können Sie sich das ansehen? Und fällt das noch unter die Garantie?

Mit freundlichen Grüßen
Bernd Hoffmann"""),
      ag("katja", "11-12 13:10", """Sehr geehrter Herr Hoffmann,

danke für die genaue Beschreibung. Der Voyager hat drei Jahre Garantie auf Motor und Elektronik, eine Reparatur wäre also kostenlos. Ich kläre mit unserer Werkstatt, wann ein Techniker zu Ihrem Bruder kommen kann, und melde mich Anfang nächster Woche bei Ihnen.

Mit freundlichen Grüßen
Katja Brenner""", promises=[("11-17", None)]),
      cu("11-18 17:20", """Sehr geehrte Frau Brenner,

gibt es schon etwas Neues wegen des Technikertermins? Mein Bruder kommt mit dem Rollstuhl kaum noch aus dem Haus.

Mit freundlichen Grüßen
Bernd Hoffmann""", chase=True, to="Katja Brenner <katja@millbeckmobility.example>"),
      tz=1),

    C("m45-haworth-revised-quote", "en", "closed", {"missed-follow-up": 1},
      "Gordon Haworth <gordon.haworth@haworth.example>", "gmail", "Revised quote without the powered footrest",
      "Fitting date confirmed; 'we'll send the revised quote tomorrow' delivered a day late, with an apology.",
      cu("11-09 14:15", """Hi Helen,

Having talked it over with Mum, we'd like to go ahead with the stairlift but without the powered footrest - she says she'll never use it. Could you revise the quote? Also, is the fitting date of 1 December still available?

Gordon""", to="Helen Ibbotson <helen@millbeckmobility.example>"),
      ag("helen", "11-10 09:05", """Hi Gordon,

1 December is still free and I've pencilled it in for you. We'll send the revised quote tomorrow - the manual footrest brings it down by about £240.

Kind regards,
Helen""", promises=[("11-11", 3)]),
      ag("helen", "11-12 16:30", """Hi Gordon,

Sorry this is a day later than I said. The revised quote is attached: £3,010 fitted, with the manual fold-up footrest.

Kind regards,
Helen""", parent=2, attach=[("application/pdf", "MB-Q-21011.pdf", QUOTE_STRAIGHT_PDF)])),

    C("m46-sharma-end-of-day", "en", "pending", {"missed-follow-up": 1},
      "Anita Sharma <anita.sharma@sharma-family.example>", "gmail", "Refund for returned scooter",
      "Missing refund handed to accounts: 'she'll be in touch by end of day' - nobody writes.",
      cu("11-17 20:30", """Hello,

We returned my father's Zip 3 within the 14 days (collected by your driver on 6 November) but the £895 hasn't come back to my card yet. Could you check what's happened?

Anita Sharma""", kind="alt"),
      ag("priya", "11-18 09:40", """Dear Anita,

I can see the scooter was checked back in on 9 November, so the refund should have gone through. I've asked Bea in accounts to look into it - she'll be in touch by end of day with the payment reference.

Kind regards,
Priya""", promises=[("11-18", None)])),

    C("m47-whittaker-slot-invoice", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Eileen Whittaker <eileen.whittaker@whittaker.example>", "outlook", "Delivery of riser recliner - Mrs J Whittaker",
      "Two promises in one reply: the delivery slot 'tomorrow' is kept, the zero-rated invoice 'by Friday' never comes; the carry-upstairs question is never addressed.",
      cu("11-09 10:40", """Hello,

My mother-in-law's riser recliner (order MM-O-44731) is ready, I believe. Which day can you deliver? Will the drivers carry it upstairs to her bedroom? Her stairs are quite narrow. And please send an invoice with the VAT shown as zero, as she has signed the VAT relief form.

Eileen Whittaker""", uq=1),
      ag("callum", "11-09 13:20", """Dear Eileen,

Thank you. I'll email you the delivery slot tomorrow, once next week's routes are done, and Bea will send the zero-rated invoice by Friday.

Kind regards,
Callum""", promises=[("11-10", 3), ("11-13", None)]),
      ag("callum", "11-10 11:50", """Dear Eileen,

Your mother-in-law's recliner will be delivered on Monday 16 November between 8am and noon.

Kind regards,
Callum""", parent=2)),

    C("m48-bowker-friday-visit", "en", "pending", {"missed-follow-up": 1},
      "Alison Bowker <alison.bowker@bowker.example>", "iphone", "Service visit for Dad's stairlift",
      "'I'll see what I can do and confirm by Thursday', confirmed on the Friday morning: late = missed.",
      cu("11-16 11:00", """Hi,

Dad's stairlift service is due this month. Could we have a visit on a Friday? That's my day off and I'd like to be there.

Alison

Sent from my iPhone"""),
      ag("tom", "11-16 14:20", """Hi Alison,

Fridays are our busiest day for services, but I'll see what I can do and confirm by Thursday.

Tom""", promises=[("11-19", 3)]),
      ag("tom", "11-20 09:15", """Hi Alison,

Friday 4 December at 1pm for your dad's service - it was the earliest Friday I could get.

Tom""", parent=2)),

    C("m49-openshaw-early-next-week", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Neil Openshaw <neil.openshaw@openshaw.example>", "gmail", "Scooter store - planning",
      "Store answered, the planning question deferred to 'early next week' (said on Thursday) and not answered; the customer follows up on the Thursday after, no reply.",
      cu("11-11 19:00", """Hello,

My mum's Strider 4 lives in her hallway and she keeps catching her hip on it. Do you sell one of those lockable scooter stores with a charging point inside? If so, does it need planning permission? She's in a conservation area in Hawkshead.

Neil Openshaw"""),
      ag("priya", "11-12 10:15", """Dear Neil,

We do - the Shelter Pro (£1,150) has a lockable roller door and an internal socket for the charger; an electrician needs to wire in the supply.

Planning in a conservation area depends on where it would stand, so I'll check with our installer, who deals with South Lakeland planning all the time, and get back to you early next week.

Kind regards,
Priya""", promises=[("11-17", None)]),
      cu("11-19 10:30", """Hi Priya,

Just following up on the planning question - Mum's keen to get it sorted before the worst of the winter.

Neil""", chase=True)),

    C("m50-dawson-48-hours", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rebecca Dawson <becky.dawson@dawson.example>", "thunderbird", "Mum's wheelchair - tyres and brake",
      "Tyre price given, timing promised 'within 48 hours' and never sent; the stiff-brake request is never addressed.",
      cu("11-05 08:40", """Morning,

Mum's wheelchair has a flat back tyre that won't stay up even after we pumped it. Can you replace both back tyres with puncture-proof ones, and how quickly could it be done? She can't get out without it. While it's with you, could you also look at the left brake? It's very stiff and she struggles to release it.

Becky Dawson""", uq=1),
      ag("tom", "11-05 10:10", """Hi Becky,

Solid puncture-proof tyres are £45 a pair, fitted. I need to check whether we have her size (24 x 1 3/8) in stock or have to order them, so I'll come back to you within 48 hours with a date.

Tom""", promises=[("window", None)])),

    C("m51-yates-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Martin Yates <martin.yates@yates-plumbing.example>", "outlook", "Copy of invoice MM-INV-30882",
      "Invoice copy requested, acknowledged by the helpdesk only, resent word for word two days later as a new mail; no reply.",
      cu("11-16 09:30", """Hello,

Please send me a copy of invoice MM-INV-30882 for my father's scooter. His social worker needs it for his care funding review this week.

Martin Yates
Yates Plumbing & Heating"""),
      ack("11-16 09:31"),
      cu("11-18 08:50", """Hello,

Please send me a copy of invoice MM-INV-30882 for my father's scooter. His social worker needs it for his care funding review this week.

Martin Yates
Yates Plumbing & Heating""", chase=True, parent=0)),

    C("m52-chadwick-following-up", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Hazel Chadwick <hazel.chadwick@chadwick.example>", "gmail", "Grab rail at the top of the stairs",
      "No reply for three days; 'Just following up on my email below'; the slow reply answers both questions.",
      cu("11-03 11:00", """Hello,

Could you fit a grab rail at the top of my aunt's stairs, next to where the stairlift stops? She wobbles getting off. Is that something you do, and roughly what would it cost?

Hazel Chadwick"""),
      cu("11-06 09:10", """Hello again,

Just following up on my email below - I haven't had a reply yet.

Hazel""", chase=True, parent=1),
      ag("helen", "11-06 11:30", """Dear Hazel,

I'm very sorry for the slow reply. Yes, we fit grab rails: a 60 cm rail at the top landing is £65 including fitting, and our engineer can put it up while he's there for the stairlift service on 17 November, if that suits.

Kind regards,
Helen""")),

    C("m53-castro-novedad", "es", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Marta Castro <marta.castro@castro-bilbao.example>", "gmail_es", "Rampa para la puerta de mis padres",
      "Spanish daughter writes on a Friday evening, chases on Tuesday ('¿Hay alguna novedad? Sigo esperando'); the reply answers both questions.",
      cu("11-13 18:00", """Hola:

Mis padres viven en Barrow-in-Furness y mi padre ya va en silla de ruedas. La puerta de entrada tiene dos escalones. ¿Venden rampas portátiles para eso? ¿Cuánto cuestan?

Un saludo,
Marta Castro"""),
      cu("11-17 10:00", """Hola de nuevo:

¿Hay alguna novedad? Sigo esperando respuesta a mi correo del viernes.

Gracias,
Marta""", chase=True, parent=1),
      ag("lucia", "11-17 12:30", """Hola, Marta:

Perdone la demora. Sí, para dos escalones (unos 35 cm en total) le recomiendo la rampa plegable de 2,7 m, que cuesta 310 £ con el envío incluido. Si me manda una foto de la entrada, le confirmo que es la adecuada.

Un saludo,
Lucía"""),
      tz=1),

    C("m54-gibson-third-email", "en", "pending", {"customer-chased": 2, "slow-first-response": 1},
      "Trevor Gibson <trevor.gibson@gibson.example>", "outlook", "Rental deposit refund",
      "Deposit question chased twice ('still waiting', 'my third email'; the third mail's References skip the second) before accounts answer.",
      cu("11-09 09:00", """Hello,

The wheelchair we rented for my late mother was collected on 30 October. When will the £50 deposit be refunded? It was paid by card.

Trevor Gibson"""),
      cu("11-12 14:00", """Hello,

I'm still waiting to hear about the deposit. Could someone let me know?

Trevor Gibson""", chase=True, parent=1),
      cu("11-16 08:30", """This is my third email about the £50 deposit for my mother's wheelchair. I would appreciate a reply.

Trevor Gibson""", chase=True, parent=2, refs=[1]),
      ag("bea", "11-16 10:45", """Dear Mr Gibson,

Please accept my apologies for the delay, and my condolences on the loss of your mother. The deposit was refunded to the card ending 0916 this morning; it usually shows within three to five working days.

Kind regards,
Bea""")),
]

UNANSWERED: dict[str, list[str]] = {
    "m21-hollins-try-at-home": [
        "Can mum try it at home for a few days before we buy?"],
    "m22-greenhalgh-long-paragraph": [
        "I was wondering whether the rental includes insurance in case it is damaged or stolen, as he lives in a flat with a shared entrance.",
        "Please also make the invoice out in my father's name rather than mine, as he will be reclaiming it from his care package."],
    "m23-schmitt-wartung": [
        "Können Sie die Rechnung für die Wartung bitte an meine Adresse in München schicken?"],
    "m24-girard-tva": [
        "Par ailleurs, est-il possible de payer en trois fois ?"],
    "m25-navarro-garantia": [
        "Quisiera saber si la batería está cubierta por la garantía, porque el scooter tiene menos de dos años."],
    "m26-barraclough-three-things": [
        "And can we pay the deposit by bank transfer rather than card?"],
    "m27-holroyd-cushion": [
        "It would also help to know whether it's washable, as he sometimes has accidents."],
    "m28-thwaite-template": [
        "I'd also like to know what the annual service plan costs now and what it covers - the old leaflet says £150 but that was three years ago.",
        "And please send a spare key for the lift - the grandchildren have lost the one on the ring, and she only has the one left."],
    "m29-rigby-inline-skip": [
        "Is it OK to take the chair on the train to Carlisle at Christmas?"],
    "m30-wagner-warte": [
        "Außerdem hätte ich gern eine Preisliste für die Zubehörteile (Korb, Regenverdeck, Stockhalter) - schicken Sie mir die bitte per E-Mail."],
    "m31-bellamy-fitting": [
        "Can you fit them at his house in Milnthorpe or do we have to bring the scooter in to you?"],
    "m32-dubois-coussin": [
        "Serait-il possible de l'échanger contre un coussin plus épais ?"],
    "m33-ortega-cuatro-dudas": [
        "¿Hacen descuento a los pensionistas?",
        "Si la compramos, ¿quién se encarga de las revisiones?"],
    "m34-fletcher-handoffs": [
        "Please change the billing address on his account to the new flat from December."],
    "m35-pickering-reopened": [
        "And could you tell me when Mum's scooter is next due a service?"],
    "m36-sutcliffe-church-hall": [
        "Whether you do a discount for charities (we are registered, no. 1134422)",
        "Whether you could come and measure the steps, as none of us trusts our tape measure skills"],
    "m37-metcalfe-ps": [
        "Could you send me a copy of the warranty certificate for the lift as well?"],
    "m38-koch-formular": [
        "Bitte schicken Sie mir auch das Formular für die Mehrwertsteuerbefreiung, damit wir es gleich mit der Bestellung ausfüllen können."],
    "m39-lister-friday": [
        "And do you offer interest-free finance on it?"],
    "m47-whittaker-slot-invoice": [
        "Will the drivers carry it upstairs to her bedroom?"],
    "m50-dawson-48-hours": [
        "While it's with you, could you also look at the left brake?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"MM-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def promise_deadline(spec: str, date: datetime) -> datetime:
    """A promise's deadline: ``"window"`` (no stated deadline, or "within 48 hours") is the
    follow-up window after ``date``; ``"MM-DD"`` is the end of that day in the UK."""
    return date + FOLLOW_UP_WINDOW if spec == "window" else end_of(spec)


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
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True),
                  "refs": [f"{case.name}.{n}" for n in refs] if refs is not None else None}
        if spec.role == "agent":
            who = o.pop("who")
            frm, client, sig = AGENTS[who]
            client = o.pop("client", client)
            date = at(spec.when)
            if o.pop("sig", True):
                body = body.rstrip("\n") + "\n\n" + sig
            promises = [(promise_deadline(day, date), f"{case.name}.{kept}" if kept else None)
                        for day, kept in o.pop("promises", [])]
            m = Msg(**common, client=client, frm=frm, to=case.customer, date=date, agent=who,
                    promises=promises, closes=o.pop("closes", False))
        elif spec.role == "ack":
            date = at(spec.when)
            ref = ticket_ref(f"{case.name}.{i - 1}")
            body = body.format(ref=ref)
            extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=CARE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", CARE),
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


def render(msgs: list[Msg]) -> list[Msg]:
    """Give every message its Message-ID (none when the client sent none) and raw bytes,
    parents first, in date order. Headers: From, To, Cc when set, Subject, Date, then the
    message's own ``extra`` lines."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to)]
        if m.cc:
            headers.append(("Cc", m.cc))
        headers += [("Subject", m.subject), ("Date", email.utils.format_datetime(m.date))]
        m.raw = mailcraft.build(m, headers + m.extra, by_key, PROFILE)
    return msgs


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
            if m.role == "customer" and m.thanks_only and (m.chase or m.asks_unanswered):
                out.append(f"{m.key}: a thanks-only message cannot chase or ask")
        if sum(1 for m in c.msgs if not m.message_id) > 1:
            out.append(f"{c.name}: more than one message without Message-ID")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 42: Millbeck Mobility - cases",
                                 "make_practice42_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures of the corpus and what it contains by design."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    totals: Counter = Counter()
    for c in cases:
        totals.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    lang_line = ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    rule_line = ", ".join(f"{r} {totals[r]}" for r in RULES if totals[r])
    return f"""# Practice corpus 42: Millbeck Mobility support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`), its tests or any other corpus's cases, so its figure is an unseen one. Use
it to measure, not to tune: once the tool has been changed because of these cases, the
corpus is no longer unseen.

- Company: **Millbeck Mobility**, a mobility dealer in Kendal (Cumbria) that sells, rents and
  services wheelchairs, powerchairs, mobility scooters, riser recliners and stairlifts: free
  home assessments, VAT relief declarations, servicing visits, rental extensions and
  returns, battery replacements, delivery slots, quotes. Customers are often sons,
  daughters, nieces and in-laws writing on behalf of an elderly parent or relative; several
  write from Germany, France and Spain about a parent who lives in the Lake District.
- Support address `care@millbeckmobility.example`; agents Priya Lakhani (customer care), Tom
  Arkwright (service workshop), Helen Ibbotson (home assessments and stairlifts), Callum Reid
  (rentals and deliveries), Bea Oyelaran (accounts and VAT relief), Katja Brenner (German),
  Amélie Roussel (French) and Lucía Ferrer (Spanish), all `@millbeckmobility.example`. A
  helpdesk robot (`care@millbeckmobility.example`, `Auto-Submitted: auto-replied`)
  acknowledges a few mails with "we aim to answer every email within one working day" -
  service-hours text, not a commitment.
- Customers use `*.example` domains only. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain millbeckmobility.example`.

```
python scripts/make_practice42_corpus.py                    # regenerate (deterministic, stdlib only)
python scripts/make_practice42_corpus.py --out /tmp/p42     # ... into another folder
python scripts/evaluate.py --corpus tests/practice42        # accuracy of the current tool
python -m pytest -q tests/test_practice42_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): questions and explicit requests in the customer's own text; answers
in any words, inline, by a colleague; a question deferred with a promise counts only as that
promise; a late delivery is a missed follow-up; one `customer-chased` per chasing message.
`CASES.md` is the generated per-case table. This README is generated too. Edit the script,
never the generated files.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them,
and refuses to write when they disagree with the hand-written case labels, when a labelled
question is not verbatim in a customer's own text of the case, or when the written mail does
not parse back and round-trip.

## Figures

- {len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox ({roles['customer']} customer mails, {roles['auto']} customer
  out-of-office reply), {roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements.
- {clean} clean cases ({100 * clean // len(cases)} %).
- Languages: {lang_line}.
- Statuses: {statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.
- Expected findings: {rule_line}.
- Labelled unanswered questions in {uq_cases} cases; chasing in {chased_cases} cases.

## Contents by design

- **Several questions per mail** in varied forms: direct questions, indirect ones ("I was
  wondering whether...", "could you let me know if...", "Quisiera saber si...", "Je voudrais
  aussi savoir si..."), requests without a question mark ("Please send me the form...",
  "Bitte schicken Sie mir auch das Formular...", "Please change the billing address..."),
  questions inside one long paragraph (m20, m22), numbered and bulleted lists (m03, m33,
  m34, m36), a question in a P.S. (m37).
- **Answers in the agent's own words**: out of order in one paragraph (m01, m20, m36), inline
  under quoted lines (m03, m29), a bare figure and a bare link (m11), a date and a clause
  (m06, m19), an attachment (m02 form, m15 quote, m24 form, m35 label), a colleague keeping
  a promise (m13, m34).
- **Unanswered questions** of the realistic kind: a secondary request skipped (m22, m23, m24,
  m32, m37, m38), a reply that answers the neighbouring question (m21 kerbs instead of a home
  trial, m25 price instead of warranty, m31 price instead of where it is fitted), a
  templated reply (m28), an inline reply that drops a quoted question (m29), a question in a
  later order mail (m27) or after a close (m35), two of four list items (m33, m36), a
  question no agent of three picks up (m34), questions left by a reply that defers another
  (m26, m47, m50), a reply after a chase (m30), a slow reply (m39).
- **Not questions**: a rhetorical question, a self-answered question and a pleasantry around
  one real request (m09); a "?" line and a "?" URL in a customer signature (m02) and in a
  forwarded delivery notice (m10); agents' signatures with "?" lines and "?" URLs; thanks-only
  mails (m04, m08, m15, m23); a question in a customer's latest unanswered mail is
  `awaiting-reply`, never `unanswered-question` (m44, m49, m51).
- **Promises**: kept on time (m07 "by Thursday", m14 "d'ici vendredi", m13 "he'll email you
  tomorrow" kept by a colleague, m34 "they'll each reply to you directly", m47 "the delivery
  slot tomorrow"), kept late = missed (m40 "tomorrow", m42 "d'ici jeudi", m45 "tomorrow",
  m48 "by Thursday"), never kept (m26 "by Friday", m41 no deadline, m43 "mañana", m44
  "Anfang nächster Woche", m46 "she'll be in touch by end of day", m47 "by Friday", m49
  "early next week", m50 "within 48 hours"), a deadline still ahead at audit time (m17,
  Tuesday 24 November). Not promises: delivery and collection logistics (m08, m10, m19,
  m29), refund timing (m08, m54), conditional offers (m12, m53), the acknowledgement's
  service-hours text (m16, m28, m51).
- **Chasing**: "Any news on the quote?", "Just following up on my email below", "Just
  following up on the planning question", "I'm still waiting to hear", "This is my third
  email" (m54: two chases), "ich warte noch auf eine Antwort", "gibt es schon etwas Neues?",
  "Je me permets de vous relancer", "¿Hay alguna novedad? Sigo esperando", and a word-for-word
  resend as a new mail (m51). Not chasing: a second mail that adds a forgotten photo (m18).
- **Status and timing**: explicit closes ("I'll mark this one as resolved" with a
  `[Resolved]` subject, m08; "I'm closing this ticket now", m35, reopened by a new request);
  a fresh case inside the response target with only the acknowledgement (m16); slow first
  responses over a weekend (m30, m39, m53) and after chases (m52, m54); three agents on one
  case (m34).
- **Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web
  and Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:`
  subjects), Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora client without a
  Message-ID (m09); plain 7bit, quoted-printable, base64 (m19), multipart/alternative,
  HTML-only (m10); PDF and PNG attachments; a customer's out-of-office reply (m12); a reply
  that lost its threading headers (m20); a References gap (m54); a Cc'd brother (m34);
  customers writing to an agent's own address; customers in UTC+1.

## Judgement calls

- **Deferral is not an unanswered question** (m07, m13, m14, m26, m40-m50): a question
  answered with a promise is addressed; if the promise is broken it is labelled only as
  `missed-follow-up`.
- **m21, m25, m31**: the reply is on the same topic but answers a different question (kerbs,
  price, stock) - labelled unanswered.
- **m25**: "¿me podrían decir cuánto cuesta cambiarla?" is conditional on the warranty
  question; the price is given, so that one is answered and the warranty question is not.
- **m34**: Priya's "they'll each reply to you directly" (no deadline: 2-day window) is kept
  by Callum the same day and Helen the next day.
- **m47**: one reply makes two promises; the slot is sent the next day (kept), the invoice
  never comes (missed) - one finding.
- **m12, m53**: "If you'd like one, just reply and I'll put the order through" and "Si me
  manda una foto ..., le confirmo ..." are offers conditional on the customer, not promises.
- **m20**: "Can you bring a fabric sample in green as well?" is answered by "the green
  swatches will be in the car", which is also not a promise to write back.
- **m54**: two chasing messages, count 2.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.millbeckmobility.example")
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
    parsed_all = inbox + sent
    if sum(1 for p in parsed_all if p["Message-ID"] is None) != sum(1 for c in cases for m in c.msgs if not m.message_id):
        found.append("the number of messages without Message-ID changed on the way")
    by_id = {p["Message-ID"]: (p, any(p is q for q in inbox)) for p in parsed_all}
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
    """Command line: regenerate tests/practice42 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
