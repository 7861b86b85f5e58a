#!/usr/bin/env python3
"""Regenerate ``tests/practice40/``: a labelled corpus of Kestrel Solar customer care.

A support mailbox of a fictional domestic solar-panel and battery installer in the South West
of England and South Wales (survey visits, quotes, grants and export tariffs, installation
dates, scaffolding, inverter faults, monitoring apps, warranty claims, finance plans), written
without looking at the detection heuristics, with many customer questions. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``kestrelsolar.example``.

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

Usage: python scripts/make_practice40_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "kestrelsolar.example"
CARE = "Kestrel Solar Customer Care <care@kestrelsolar.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "niamh": ("Niamh Gallagher <niamh.gallagher@kestrelsolar.example>", "thunderbird", """-- 
Niamh Gallagher
Customer Care | Kestrel Solar
0117 496 0720 | https://kestrelsolar.example/help?src=sig"""),
    "dev": ("Dev Raghunathan <dev.raghunathan@kestrelsolar.example>", "outlook", """Dev Raghunathan
Installation Scheduling | Kestrel Solar
Scaffold or access question? Ring the site line on 0117 496 0733."""),
    "carys": ("Carys Pugh <carys.pugh@kestrelsolar.example>", "owa", """Carys Pugh
Grants, Finance & Export Tariffs | Kestrel Solar
Kestrel Solar Ltd is authorised and regulated by the Financial Conduct Authority for consumer
credit broking. This e-mail and any attachments are confidential."""),
    "tomasz": ("Tomasz Wilk <tomasz.wilk@kestrelsolar.example>", "thunderbird", """-- 
Tomasz Wilk
Technical Support | Kestrel Solar
Fault codes explained: https://kestrelsolar.example/faults?lang=en"""),
    "freya": ("Freya Lindqvist <freya.lindqvist@kestrelsolar.example>", "apple", """Freya Lindqvist
Warranty & Aftercare | Kestrel Solar
https://kestrelsolar.example/warranty?from=email"""),
    "lukas": ("Lukas Brandt <lukas.brandt@kestrelsolar.example>", "thunderbird_de", """-- 
Lukas Brandt
Kundenberatung (Deutsch) | Kestrel Solar
https://kestrelsolar.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie.roussel@kestrelsolar.example>", "apple_fr", """Amélie Roussel
Conseillère clientèle (français) | Kestrel Solar
https://kestrelsolar.example/fr?utm_source=email"""),
    "paloma": ("Paloma Ibarra <paloma.ibarra@kestrelsolar.example>", "gmail_es", """--
Paloma Ibarra
Atención al cliente (español) | Kestrel Solar
+44 117 496 0745"""),
}

ACK = """Hello,

Thanks for contacting Kestrel Solar. This is an automatic reply to let you know
your message has been logged under reference {ref}.

Our customer care team works Monday to Friday, 8am-6pm, and we will reply within
one working day. If your inverter is showing a fault code, our fault guide may
help in the meantime: https://kestrelsolar.example/faults?ref={ref}

Kestrel Solar Customer Care"""

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
    "helpdesk": ["X-Mailer: Kestrel CareDesk 5.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ks.", outlook_server="CWXP12")
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
    """The helpdesk's automatic acknowledgement of the message before it."""
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
    """The end of ``day`` ("MM-DD") in UK time: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

QUOTE_PDF = mailcraft.pdf(["Kestrel Solar - Quotation KS-Q-40218 rev B",
                           "4.3 kWp, 10 x 430 W panels, hybrid inverter 5 kW",
                           "Option A: 5 kWh battery GBP 7,750  Option B: 10 kWh battery GBP 9,890",
                           "Bird mesh (optional): GBP 345. VAT at 0 %."])
CREDIT_PDF = mailcraft.pdf(["Kestrel Solar Finance - Pre-contract credit information",
                            "Amount of credit GBP 11,200.00  Term 120 months",
                            "Representative APR 9.9 % fixed  Monthly payment GBP 141.62",
                            "Total amount payable GBP 16,994.40"])
MCS_PDF = mailcraft.pdf(["MCS Installation Certificate",
                         "Certificate number MCS-2611-0093472",
                         "Installer: Kestrel Solar Ltd  Capacity: 3.96 kWp",
                         "Commissioned: 2 November 2026"])
DNO_PDF = mailcraft.pdf(["Western Grid Distribution - Connection acceptance",
                         "Application 4471-KS  G98 notification accepted",
                         "Export limit 3.68 kW per phase"])
DEVIS_PDF = mailcraft.pdf(["Kestrel Solar - Devis revise KS-Q-40301 rev C",
                           "12 panneaux 430 W (5,2 kWc), onduleur hybride 5 kW",
                           "Total GBP 8,940 TTC (TVA 0 %)"])
ABLOESE_PDF = mailcraft.pdf(["Kestrel Solar Finance - Abloesebescheinigung",
                             "Vertrag KF-19006  Abloesebetrag GBP 6,412.33",
                             "Gueltig bei Zahlung bis 30.11.2026"])
QUOTE2_PDF = mailcraft.pdf(["Kestrel Solar - Quotation KS-Q-40355 rev B",
                            "14 panels (8 house, 6 garage), hybrid inverter 6 kW",
                            "One 5 kWh battery GBP 10,460  Two 5 kWh batteries GBP 12,380"])
FINANCE_QUOTE_PDF = mailcraft.pdf(["Kestrel Solar - Quotation KS-Q-40390 rev A with finance",
                                   "Cash price GBP 9,380  10-year plan GBP 129.85 / month",
                                   "Representative APR 9.9 % fixed, no deposit"])
SETTLEMENT_PDF = mailcraft.pdf(["Kestrel Solar Finance - Settlement letter",
                                "Agreement KF-20417  Settlement figure GBP 8,940.17",
                                "If paid on 30 November 2026. Valid until 7 December 2026."])
WARRANTY_PDF = mailcraft.pdf(["Extended battery warranty certificate",
                              "Serial KB10-2611-04417  Term 15 years from 2 October 2026",
                              "Registered by Kestrel Solar on behalf of Anne Partridge"])
CRACK_PNG = mailcraft.png(14, 9, lambda x, y: (30 + 4 * x, 40 + 3 * y, 90 if x != y + 2 else 230))
SERIAL_PNG = mailcraft.png(10, 6, lambda x, y: (200 + 5 * x, 200 + 5 * y, 190))
LETTER_PNG = mailcraft.png(8, 12, lambda x, y: (250, 250 - 3 * y, 245 - 2 * x))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = []

CASES += [
    C("k01-harlow-survey-slot", "en", "closed", {},
      "Rachel Harlow <rachel.harlow@harlowhome.example>", "gmail", "Survey visit",
      "Three survey questions answered out of order in one paragraph; the customer picks a slot and it is booked.",
      cu("11-02 19:40", """Hi,

We got the quote through on Friday, thanks - we'd like to go ahead with the survey before we decide on the battery.

Is there any chance the survey could be done on a Saturday? We both work in Swindon during the week. How long does it normally take, and does someone need to be in the whole time?

Thanks,
Rachel Harlow"""),
      ag("dev", "11-03 09:10", """Hi Rachel,

Kieran, our surveyor, is usually with you for about an hour and a half, and he does need an adult in the house for all of it - mostly for the loft and the fuse box - so I've looked for slots outside working hours. We don't survey at weekends, I'm afraid, but he has Thursday 5 November at 8:00 or Monday 9 November at 17:00.

Kind regards,
Dev"""),
      cu("11-03 12:30", """Thursday at 8 would be perfect, please book us in.

Rachel"""),
      ag("dev", "11-03 13:05", """Hi Rachel,

Booked: Kieran will be with you on Thursday 5 November at 8:00. Please make sure the loft hatch is clear.

Kind regards,
Dev""")),

    C("k02-penrose-battery-upgrade", "en", "closed", {"unanswered-question": 1},
      "Alan Penrose <alan.penrose@penrosefamily.example>", "outlook", "Quotation KS-Q-40218",
      "Battery upgrade price and bird mesh answered in one paragraph with a revised quote; the inverter-in-the-garage question is skipped.",
      cu("11-02 08:15", """Good morning,

Thank you for the quotation (KS-Q-40218) for the 4.3 kWp system. Before we commit I have three points.

The quote includes a 5 kWh battery. What would the difference in price be if we went for the 10 kWh one instead?

Could the inverter go in the garage instead of the loft? My wife is not keen on engineers tramping across the landing every time it needs looking at.

I was wondering whether you also fit bird mesh around the panels, as we've had pigeons nesting under the neighbour's array.

Regards,
Alan Penrose""", kind="alt", uq=1),
      ag("niamh", "11-02 11:50", """Dear Alan,

Thanks for coming back to us so quickly. Going up to the 10 kWh battery adds £2,140, so £9,890 in total with 0% VAT, and yes, we do fit mesh - £345 for an array your size, done at the same visit while the scaffold is up. Both options are on the revised quote attached.

Kind regards,
Niamh""", attach=[("application/pdf", "KS-Q-40218-revB.pdf", QUOTE_PDF)])),

    C("k03-okafor-isolation-fault", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Chidi Okafor <chidi.okafor@okaformail.example>", "gmail", "Inverter red light - Isolation fault",
      "Safety question answered at once; the promised diagnosis 'tomorrow' only comes after the customer chases, a week later.",
      cu("11-09 08:05", """Hello,

Our inverter has had a red light since yesterday afternoon and the screen says "Isolation fault - PV1". The app shows nothing generated today at all.

Is it safe to leave it like this, or should I switch something off? There's a lot of wiring up in that loft and I'd rather not touch anything I shouldn't.

Chidi"""),
      ag("tomasz", "11-09 10:20", """Hi Chidi,

It's safe. When the inverter sees an isolation fault it disconnects the panels itself, so nothing is live on the house side and you don't need to switch anything off.

I'll pull the fault log remotely this afternoon and get back to you tomorrow with what we need to do - most of the time it's water in a connector on the roof.

Tomasz""", promises=[("11-10", 4)]),
      cu("11-13 09:30", """Hi Tomasz,

Any news? Still nothing on the app, and it's been the sunniest week we've had in a month, which is a bit galling.

Chidi""", chase=True),
      ag("tomasz", "11-16 09:15", """Hi Chidi,

Sorry for going quiet. The log shows the fault on string 1 every morning while the roof is still wet, so it's almost certainly a connector. I've booked Sam, our roofing electrician, for Thursday 19 November in the morning; he needs about two hours and a scaffold tower, and you don't need to be home.

Tomasz""")),

    C("k04-becker-einspeisung", "de", "closed", {},
      "Jan Becker <jan.becker@becker-bath.example>", "gmail_de", "Smart Export Guarantee - Anmeldung",
      "German customer in Bath: which export tariff pays most and whether the MCS certificate is needed; both answered, certificate attached; thanks-only reply.",
      cu("11-04 20:10", """Hallo Herr Brandt,

seit Montag läuft unsere Anlage, vielen Dank an das Team, alles sehr ordentlich.

Jetzt möchte ich mich für die Smart Export Guarantee anmelden. Welcher Anbieter zahlt im Moment am meisten für eingespeisten Strom? Und brauche ich dafür das MCS-Zertifikat oder reicht die Rechnung? Das Zertifikat habe ich nämlich noch nicht bekommen.

Viele Grüße
Jan Becker"""),
      ag("lukas", "11-05 09:30", """Hallo Herr Becker,

schön, dass alles gut gelaufen ist!

Ohne MCS-Zertifikat nimmt Sie leider kein Anbieter an, die Rechnung allein genügt nicht. Ihr Zertifikat ist inzwischen ausgestellt, ich habe es Ihnen angehängt. Am meisten zahlt derzeit Octopus mit dem Tarif Outgoing Fixed, 15 p pro kWh; wenn Sie Ihren Strom ohnehin von Octopus beziehen, ist das auch die einfachste Anmeldung.

Viele Grüße
Lukas Brandt""", attach=[("application/pdf", "MCS-2611-0093472.pdf", MCS_PDF)]),
      cu("11-05 10:02", """Super, vielen Dank! Dann melde ich mich heute Abend bei Octopus an.

Jan""", thanks=True)),

    C("k05-whitcombe-finance-questions", "en", "pending", {"unanswered-question": 2},
      "Helen Whitcombe <helen@whitcombe.example>", "apple", "Finance option",
      "Four numbered finance questions; the reply covers the fixed rate and sends the credit agreement, then mentions the arrangement fee instead of early repayment; selling the house is never addressed.",
      cu("11-16 21:45", """Hi Carys,

We're leaning towards the finance option on the quote rather than dipping into our savings, but I'd like to understand it properly first:

1. Is the 9.9% APR fixed for the whole ten years?
2. Can we pay it off early without a penalty if we come into some money?
3. Please send me the full credit agreement so I can read it before we sign anything.
4. What happens to the loan if we sell the house in a few years?

Sorry for all the questions!

Helen

Sent from my iPad""", uq=2),
      ag("carys", "11-17 10:40", """Hi Helen,

No need to apologise. The rate is fixed from the first payment to the last, so your £141.62 a month won't change. I've attached the pre-contract credit information, which is the full agreement with your figures in it - nothing is signed until you e-sign the final version.

There's no arrangement fee and no deposit to pay.

Best wishes,
Carys""", kind="alt", attach=[("application/pdf", "pre-contract-credit-information.pdf", CREDIT_PDF)])),

    C("k06-morrish-scaffold-access", "en", "pending", {},
      "Graham Morrish <g.morrish@morrish-home.example>", "owa", "Install on Monday 23rd",
      "Three access questions answered inline under each quoted line; the scaffold supervisor's visit is logistics, not a promise.",
      cu("11-17 07:55", """Hi Dev,

Install is booked for Monday 23rd. A few practical things:

When will the scaffolding go up - the Friday before, or the same morning?
The side of the house is only reachable through next door's drive. Do you need me to ask them, or do you sort that out?
We normally park two cars on our drive. Should we move them for the week?

Thanks
Graham"""),
      ag("dev", "11-17 11:20", """Hi Graham,

Answers below.

________________________________
From: Graham Morrish <g.morrish@morrish-home.example>
Sent: Tuesday, November 17, 2026 7:55 AM
To: Kestrel Solar Customer Care <care@kestrelsolar.example>
Subject: Install on Monday 23rd

When will the scaffolding go up - the Friday before, or the same morning?

[DR] Friday 20th, between 8 and 10.

The side of the house is only reachable through next door's drive. Do you need me to ask them, or do you sort that out?

[DR] Our scaffold supervisor calls on them on Wednesday to get their OK in writing, but a friendly word from you beforehand always helps.

We normally park two cars on our drive. Should we move them for the week?

[DR] Only on Friday morning and on the day it comes down. The rest of the week one car can stay at the far end.

Kind regards,
Dev""", quote=False)),

    C("k07-lyle-app-offline", "en", "closed", {"missed-follow-up": 1},
      "Bethan Lyle <bethanlyle@lylemail.example>", "iphone", "App showing zero",
      "App shows nothing after a broadband change: both questions answered with steps; the promised word on a remote firmware update 'by Wednesday' never comes.",
      cu("11-09 07:30", """Hi, the app has shown 0 kWh since Wednesday but the screen on the inverter says 2.1 kW right now so it's clearly working?? Have I broken something? We changed broadband provider on Tuesday if that matters. How do I get the app back?

Bethan

Sent from my iPhone"""),
      ag("tomasz", "11-09 09:15", """Hi Bethan,

You haven't broken anything. The new router has a different wifi name and password, so the data logger on the inverter can't get online and the app has nothing to show. The panels have been generating the whole time, and your export meter has counted everything.

To reconnect: hold the button on the small stick under the inverter for 5 seconds until the light flashes blue, join the wifi network called AP_ followed by the logger's serial number from your phone, open 10.10.100.254 in the browser and pick your new network.

There's also a firmware update for that logger that stops it dropping out like this. I'll check with the manufacturer whether they can push it remotely and let you know by Wednesday.

Tomasz""", promises=[("11-11", None)])),

    C("k08-garnier-devis-revise", "fr", "closed", {"unanswered-question": 1},
      "Sophie Garnier <sophie.garnier@garnier-lyon.example>", "apple_fr", "Devis pour Salcombe",
      "French owner of a holiday home, writing from Lyon: revised quote sent and the keyholder question answered; whether the grant applies to a second home is skipped.",
      cu("11-03 18:20", """Bonjour Madame Roussel,

Suite à la visite technique de la semaine dernière dans notre maison de Salcombe, nous avons réfléchi : nous préférerions finalement 12 panneaux au lieu de 10, puisque le toit le permet.

Pourriez-vous m'envoyer le devis révisé avec les 12 panneaux ? Par ailleurs, est-ce que la subvention dont vous m'aviez parlé s'applique aussi à une résidence secondaire ? Nous n'y habitons que l'été.

Enfin, je voudrais savoir si l'installation peut se faire en notre absence : notre voisin, M. Tregear, a un double des clés.

Bien cordialement,
Sophie Garnier""", uq=1),
      ag("amelie", "11-04 09:45", """Bonjour Madame Garnier,

Avec plaisir : vous trouverez ci-joint le devis révisé pour 12 panneaux (5,2 kWc), soit 8 940 £ au lieu de 7 860 £.

Pour l'installation, aucun souci. Il suffit que M. Tregear ouvre à l'équipe le premier matin et referme le dernier soir ; nous n'avons besoin d'entrer dans la maison que pendant une heure environ, pour le tableau électrique.

Bien cordialement,
Amélie Roussel""", attach=[("application/pdf", "KS-Q-40301-revC.pdf", DEVIS_PDF)]),
      tz=1),

    C("k09-dunmore-storm-panel", "en", "closed", {},
      "Keith Dunmore <keith.dunmore@dunmore.example>", "gmail", "Cracked panel after the storm",
      "Photo of a storm-cracked panel: cover and claim steps answered, a follow-up question answered, and an explicit close.",
      cu("11-04 16:30", """Hi,

After last weekend's storm one of the panels on the garage roof has a crack running right across it - photo attached, taken from the bedroom window. You fitted the system in March 2025.

Is this covered by the warranty? And what do I need to do to claim?

Keith Dunmore""", attach=[("image/png", "IMG_4471.png", CRACK_PNG)]),
      ag("freya", "11-05 09:05", """Hi Keith,

Thanks for the photo, that's clear enough to go on. Storm damage isn't a manufacturing fault, so the panel maker won't pay, but our workmanship cover includes one storm-damaged panel in the first two years. I've opened the claim already (WC-20931): all you need to do is tell me a day next week when the side gate can be left unlocked.

Best,
Freya"""),
      cu("11-05 12:40", """Brilliant, thank you. Tuesday 10th works - the gate will be open from 8. Should I switch the system off before your engineer comes?

Keith"""),
      ag("freya", "11-05 14:10", """Hi Keith,

No need - he isolates the garage string himself and the rest of the system keeps running. Tuesday 10th is booked. I'll mark this ticket as resolved now; the claim itself stays open until the panel has been swapped.

Best,
Freya""", closes=True)),

    C("k10-ashdown-grant-decision", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Maureen Ashdown <m.ashdown@ashdownhome.example>", "outlook", "Home Upgrade Grant HUG-SW-5512",
      "Grant paperwork answered, the decision promised 'by Friday' comes on Tuesday after a chase; the colleague's promised survey date is delivered the next day.",
      cu("11-02 10:30", """Dear Kestrel Solar,

We applied through you for the council's Home Upgrade Grant in October (reference HUG-SW-5512). Has it been approved yet? Also, do we need to send the proof of pension credit again? The council's letter was rather confusing on that point.

Yours sincerely,
Maureen Ashdown"""),
      ag("carys", "11-02 14:15", """Dear Mrs Ashdown,

There's no need to send anything again - we forwarded your pension credit letter with the application and the council has it on file.

I don't have a decision yet. I'll chase the council's assessor this week and come back to you by Friday with an answer either way.

Kind regards,
Carys""", promises=[("11-06", 4)]),
      cu("11-10 09:00", """Dear Carys,

Just following up on your email of last week - have you heard anything from the council yet? We are keen to know before Christmas.

Maureen Ashdown""", chase=True),
      ag("carys", "11-10 11:30", """Dear Mrs Ashdown,

I'm sorry, I should have written on Friday. The assessor confirmed this morning that your grant is approved for the full amount (£7,600), so the system will cost you nothing. My colleague Dev will be in touch about a survey date.

Kind regards,
Carys""", promises=[("window", 5)]),
      ag("dev", "11-11 10:05", """Dear Mrs Ashdown,

Following Carys's email: Kieran has booked your survey for Wednesday 18 November at 10:00. If that doesn't suit, just reply with a better day.

Kind regards,
Dev""")),

    C("k11-fenwick-battery-retrofit", "en", "pending", {},
      "Paul Fenwick <paul@fenwick-net.example>", "thunderbird", "Battery for an existing system",
      "Three questions about adding a battery to another installer's system answered with a yes, a figure and a date; the customer's confirmation of the survey slot asks nothing.",
      cu("11-17 19:05", """Hello,

We had eight panels put on in 2019 by a firm that has since gone bust. Now we're on a time-of-use tariff, a battery would make sense.

Can you add a battery to a system you didn't install? If so, roughly what would a 10 kWh one cost fitted, and how long is the wait at the moment?

Regards,
Paul Fenwick"""),
      ag("niamh", "11-18 09:25", """Hi Paul,

We do it all the time: an AC-coupled battery sits alongside your existing inverter, so that doesn't need changing. Ballpark £5,300 fitted for 10 kWh, 0% VAT, including the gateway and isolator. We're installing from the second week of December.

The next step is a short survey; Kieran could come on Tuesday 24 November at 10:00.

Kind regards,
Niamh"""),
      cu("11-18 12:15", """Tuesday at 10 is fine, thanks Niamh.

Paul""", thanks=True)),

    C("k12-quarry-scaffold-still-up", "en", "closed", {"unanswered-question": 1},
      "Debbie Quarry <debbiequarry@quarrymail.example>", "gmail", "Scaffolding still up",
      "Scaffold removal date given; the request to check a cracked tile while the scaffold is up is ignored.",
      cu("11-02 17:45", """Hi,

The panels went on two weeks ago and everything's working, but the scaffolding is still up round the front of the house and the neighbours are starting to ask. When is it being taken down?

Also, one of the tiles just above the porch roof looks cracked, and I'm fairly sure it wasn't before. Could someone check it while the scaffolding is still up?

Thanks,
Debbie""", uq=1),
      ag("dev", "11-03 09:30", """Hi Debbie,

Sorry about that - the scaffolders had a backlog after the half-term storms. It's booked to come down on Thursday 5 November, first thing, and they'll sweep the drive afterwards.

Regards,
Dev""")),

    C("k13-venn-export-paperwork", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Oliver Venn <oliver.venn@vennfamily.example>", "gmail", "Documents for export tariff",
      "MCS certificate sent at once, the DNO letter promised 'tomorrow' arrives two days late; where to read the export meter is never answered.",
      cu("11-02 13:10", """Hi there,

I'm signing up for Octopus's export tariff and they want two things from the installer: the MCS certificate and the DNO acceptance letter. Can you send me both please?

While I'm at it: how do I get the export meter reading they're asking for? Is that on the inverter or on the smart meter?

Cheers,
Oliver""", uq=1),
      ag("carys", "11-02 15:40", """Hi Oliver,

MCS certificate attached. The DNO letter sits with our design team; I'll get it from them and email it to you tomorrow.

Best wishes,
Carys""", attach=[("application/pdf", "MCS-certificate.pdf", MCS_PDF)], promises=[("11-03", 3)]),
      ag("carys", "11-05 10:20", """Hi Oliver,

Here's the acceptance letter from Western Grid - apologies that it took longer than I said.

Best wishes,
Carys""", parent=2, attach=[("application/pdf", "DNO-acceptance-4471-KS.pdf", DNO_PDF)]),
      cu("11-05 10:45", """Got it, thanks!

Oliver""", thanks=True)),

    C("k14-navarro-dias-instalacion", "es", "closed", {},
      "Lucía Navarro <lucia.navarro@navarro-cardiff.example>", "gmail_es", "Dudas sobre la instalación",
      "Spanish customer in Cardiff: how many days and whether the power goes off, answered together; thanks-only reply.",
      cu("11-04 21:30", """Hola Paloma:

Ya tenemos fecha para la instalación (el 12 de noviembre), pero mi marido y yo tenemos un par de dudas.

¿Cuántos días van a estar trabajando en casa? ¿Nos vamos a quedar sin luz en algún momento? Lo pregunto porque yo teletrabajo y necesito tener el router encendido.

Un saludo,
Lucía"""),
      ag("paloma", "11-05 09:50", """Hola, Lucía:

Normalmente son dos días: el primero se monta el andamio y se colocan los paneles, y el segundo se conectan el inversor y la batería. Solo se corta la luz el segundo día, más o menos una hora y media, y el electricista avisa antes de cortar, así que puede organizarse con una pausa o trabajar con los datos del móvil ese rato.

Un saludo,
Paloma"""),
      cu("11-05 10:30", """¡Perfecto, muchas gracias!

Lucía""", thanks=True)),

    C("k15-rudd-battery-beeping", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Marcus Rudd <marcus.rudd@ruddhouse.example>", "gmail", "Battery beeping",
      "Battery beeps, only the helpdesk acknowledges; the customer chases on Monday and still hears nothing.",
      cu("11-12 20:15", """Hi,

The battery in the garage has started beeping every few minutes - three short beeps - since about teatime. No error on the app as far as I can see. What does the beeping mean, and is it safe to leave overnight?

Marcus Rudd"""),
      ack("11-12 20:15"),
      cu("11-16 08:10", """Hi,

I still haven't heard anything back about this. It's been beeping all weekend and we've had to shut the garage door to get any sleep. Can someone please ring me on 07700 900461?

Marcus""", chase=True)),

    C("k16-sandhu-new-quote", "en", "open", {},
      "Priya Sandhu <priya.sandhu@sandhu-home.example>", "outlook", "Quote for panels and battery",
      "A new enquiry this morning with only the acknowledgement so far: within the response target.",
      cu("11-20 09:40", """Hello,

Neighbours of ours on Orchard Rise had panels and a battery fitted by you in the summer and recommended you. Could you give us a quote for something similar? It's a south-west facing roof on a semi-detached house, and we use about 4,200 kWh a year.

Also, do you offer finance?

Kind regards,
Priya Sandhu""", kind="alt"),
      ack("11-20 09:41")),

    C("k17-ellery-overnight-charging", "en", "pending", {"unanswered-question": 1},
      "Tom Ellery <tom.ellery@ellery.example>", "gmail", "Charging the battery overnight",
      "Three questions inside one long paragraph; the reply explains the charge setting and the monthly export view but not whether it is worth it in winter.",
      cu("11-16 12:05", """Hi Tomasz,

We've just switched to Octopus Go, which has cheap electricity from 00:30 to 05:30, and I'd like the battery to fill up from the grid in that window - I've been poking around the app for the last hour without finding where you set it, and the only timer I can find seems to be for an EV charger, which we don't even have. How do I set the battery to charge overnight? Is it actually worth doing in winter, or will the battery just lose most of it by the evening? And one more while I think of it: can the app show me how much we've exported each month, or only each day?

Thanks a lot,
Tom""", uq=1),
      ag("tomasz", "11-16 15:30", """Hi Tom,

It's hidden under Device > Battery > Work mode rather than on the timer page. Pick "Time of use", set the charge window from 00:30 to 05:25 (five minutes' slack so it doesn't run into the peak rate) and a target of 100 %. Save, and it applies from tonight.

For monthly figures, go to the Statistics tab, tap "Day" at the top and switch it to "Month" - the orange bars are export.

Tomasz""")),

    C("k18-hoffmann-ferienhaus", "de", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Claudia Hoffmann <c.hoffmann@hoffmann-hh.example>", "outlook_de", "Installation Ferienhaus St Ives",
      "Holiday-home owner writing from Hamburg: install date confirmed, the key question deferred 'bis Mittwoch' and never answered, the invoice request ignored.",
      cu("11-16 09:20", """Sehr geehrter Herr Brandt,

vielen Dank für die Auftragsbestätigung für unser Ferienhaus in St Ives.

Können Sie mir bestätigen, dass der Installationstermin am 7. Dezember feststeht? Wir sind dann selbst nicht vor Ort. Reicht es, wenn unsere Hausverwalterin Mrs Pascoe Ihrem Team den Schlüssel übergibt, oder muss die ganze Zeit jemand anwesend sein?

Außerdem hätte ich gern für meine Unterlagen eine Rechnung über die Anzahlung mit ausgewiesener Mehrwertsteuer.

Mit freundlichen Grüßen
Claudia Hoffmann""", uq=1),
      ag("lukas", "11-16 11:05", """Sehr geehrte Frau Hoffmann,

ja, der 7. Dezember steht fest; unser Team beginnt um 8 Uhr.

Ob die Schlüsselübergabe durch Mrs Pascoe genügt, kläre ich mit unserem Montageleiter und melde mich bis Mittwoch bei Ihnen.

Mit freundlichen Grüßen
Lukas Brandt""", promises=[("11-18", None)]),
      tz=1),
]

CASES += [
    C("k19-ainsworth-conservation-area", "en", "closed", {},
      "Ruth Ainsworth <ruth@ainsworth-frome.example>", "apple", "Planning permission?",
      "Planning permission in a conservation area and visibility from the street answered in one explanation; thanks-only reply.",
      cu("11-03 08:50", """Dear Niamh,

We live in the conservation area in Frome, and our neighbour has warned us we'll never get permission for panels. Do we actually need planning permission? And will the panels be visible from the street? I imagine that's what the conservation officer will care about.

Best wishes,
Ruth Ainsworth"""),
      ag("niamh", "11-03 12:30", """Dear Ruth,

Your neighbour is half right. In a conservation area, panels on a roof slope that faces the road need planning permission; panels on the rear slope are permitted development. Kieran's survey put your whole array on the back (west) slope, and from his photos you won't see it from Vallis Road at all - only from the gardens behind.

If you'd like it in writing, the council issues a lawful development certificate for £129 and we can make the application for you.

Kind regards,
Niamh"""),
      cu("11-03 13:10", """That's a relief - thank you!

Ruth""", thanks=True)),

    C("k20-greaves-battery-warranty", "en", "closed", {"customer-chased": 1},
      "Simon Greaves <simon.greaves@greaves-home.example>", "owa", "Battery warranty and cleaning",
      "The first reply covers panel cleaning only; the customer has to ask again about the battery warranty, which is then answered.",
      cu("11-02 09:15", """Hi,

Two questions about the system you fitted last year. How long is the warranty on the battery, and does it cover the capacity dropping over time or only an outright failure? Also, do the panels need cleaning? Our roof is under a big sycamore and there's a fair bit of green on the bottom row.

Simon"""),
      ag("freya", "11-02 13:00", """Hi Simon,

The panels are at 35 degrees so the rain does most of the work, but with a sycamore overhead a clean once a year is worth it. We can do it for £120 while the leaves are down, or any window cleaner with a water-fed pole can. Please don't go up on the roof yourself.

Best,
Freya"""),
      cu("11-05 08:30", """Hi Freya,

Thanks for the cleaning info, but my main question was about the battery warranty, which you didn't mention. Could you let me know how long it is and whether it covers capacity loss?

Simon""", chase=True),
      ag("freya", "11-05 10:10", """Hi Simon,

Sorry, I missed that completely. Your battery has a 10-year warranty and it does cover capacity: if it holds less than 70 % of its original capacity within those ten years, the manufacturer replaces it.

Best,
Freya""")),

    C("k21-oduya-forwarded-dno", "en", "closed", {},
      "Grace Oduya <grace.oduya@oduya.example>", "gmail", "Fwd: G99 application 4471-KS - export limitation",
      "HTML-only mail forwarding the network operator's letter, whose own questions are not the customer's; her one question is answered.",
      cu("11-04 19:30", """Hi,

I got the email below from the network operator this morning. Is this something I need to do anything about, or is it for you?

Grace

---------- Forwarded message ---------
From: Connections Team <connections@westerngrid.example>
Date: Wed, 4 Nov 2026 at 08:12
Subject: G99 application 4471-KS - export limitation
To: <grace.oduya@oduya.example>

Dear Customer,

We have received an application to connect generation at your address. Can you confirm the export limit your installer has proposed? Will the battery be able to export to the grid?

Please reply within 20 working days. Questions? https://westerngrid.example/connections?case=4471

Connections Team
Western Grid Distribution""", kind="html"),
      ag("niamh", "11-05 09:00", """Hi Grace,

Nothing for you to do - that letter is really meant for us. We applied to Western Grid on your behalf for a 5 kW export limit, battery included, and I replied to them this morning with the details and a copy of the letter of authority you signed, so they know to deal with us from now on.

Kind regards,
Niamh""")),

    C("k22-castell-three-houses", "en", "closed", {"unanswered-question": 2},
      "Gareth Castell <gareth@castell-lettings.example>", "outlook", "Panels for three rental houses",
      "Landlord's bulleted list of four; survey day and multi-property discount answered, who gets the export payments and the EPC reassessment skipped.",
      cu("11-03 11:20", """Morning,

I'm a landlord with three terraced houses in Newport and I'm looking at putting panels on all of them before the EPC rules tighten. A few questions before I get you out:

- Do you give a discount for doing three properties at once?
- The tenants would get the benefit of the free electricity, but who gets the export payments - me or them?
- Can the survey of all three be done on the same day? They're on the same street.
- I'd need an EPC reassessment after install. Please include that in the quote if you can do it.

Thanks,
Gareth Castell
Castell Lettings | 01633 555 0192""", cc="Rhian Castell <rhian@castell-lettings.example>", uq=2),
      ag("niamh", "11-03 15:40", """Hi Gareth,

Yes, Kieran can survey all three in one morning - I've pencilled in Tuesday 10 November from 9:00, about an hour per house. On multiple properties we take 7 % off the second and third systems.

Best regards,
Niamh""", cc="Rhian Castell <rhian@castell-lettings.example>")),

    C("k23-pryce-bms-error", "en", "closed", {"missed-follow-up": 1},
      "Alys Pryce <alys.pryce@pryce.example>", "iphone", "Battery keeps going into standby",
      "Warranty claim logged at once; the manufacturer's answer promised 'early next week' (by Tuesday) never comes and the case goes quiet.",
      cu("11-11 18:40", """Hi Freya, the battery has gone into standby on its own 3 times this week and the app says "BMS comm error". Can you log a warranty claim? Serial is in the photo.

Alys

Sent from my iPhone""", attach=[("image/png", "IMG_2093.png", SERIAL_PNG)]),
      ag("freya", "11-12 09:30", """Hi Alys,

Claim logged with the manufacturer, reference GW-88120. They usually want a remote diagnostic first, which I've requested. I'll let you know what they say early next week.

Best,
Freya""", promises=[("11-17", None)])),

    C("k24-lefevre-financement", "fr", "pending", {},
      "Thomas Lefèvre <thomas.lefevre@lefevre-bristol.example>", "apple_fr", "Financement et visite technique",
      "French family in Bristol: term, rate and deposit answered together, and a Wednesday survey slot booked.",
      cu("11-16 20:05", """Bonjour,

Nous avons bien reçu votre devis pour 10 panneaux et une batterie de 5 kWh, merci.

Nous aimerions le financer plutôt que de payer comptant. Sur combien d'années peut-on étaler le paiement, et à quel taux ? Faut-il verser un acompte à la commande ?

Par ailleurs, pourriez-vous nous proposer un créneau pour la visite technique, de préférence un mercredi ?

Cordialement,
Thomas Lefèvre"""),
      ag("amelie", "11-17 10:15", """Bonjour Monsieur Lefèvre,

Merci pour votre retour. Le paiement peut être étalé sur 5, 7 ou 10 ans, au même taux fixe de 9,9 % TAEG quelle que soit la durée ; sur 10 ans, cela fait 118,40 £ par mois pour votre devis. Pas d'acompte avec le financement : la première mensualité tombe un mois après la mise en service.

Pour la visite technique, notre technicien Kieran peut passer le mercredi 25 novembre à 14 h. Je vous ai réservé ce créneau ; dites-moi simplement s'il ne vous convient pas.

Cordialement,
Amélie Roussel""")),

    C("k25-barrow-move-install", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Neil Barrow <neil.barrow@barrowhome.example>", "gmail", "Moving our install date",
      "Install moved by scheduling, the finance offer confirmed by finance, a later question answered by care: three agents; the new confirmation letter is never sent.",
      cu("11-09 08:30", """Hi,

Our install is down for 16 November, but my father-in-law is having an operation that week and we'll be at the hospital a lot. Can we move it to the week after, or the first week of December? And if we move it, does the 0% finance offer we signed up for still apply? The leaflet said "orders placed by 30 November".

Could you send us a new confirmation with the new date for our records?

Neil""", uq=1),
      ag("dev", "11-09 10:45", """Hi Neil,

Sorry to hear that, and of course. I've moved you to Monday 30 November - same team, and the scaffold goes up the Friday before. The finance question is one for our finance team, so I've passed it on.

Dev"""),
      ag("carys", "11-09 14:00", """Hi Neil,

Dev passed me your question. Your 0% offer was locked in on the day you signed (21 October), so moving the install doesn't affect it at all.

Best wishes,
Carys""", parent=1),
      cu("11-10 09:10", """Thank you both. One more: will the scaffolders need to come inside at all? We'll have my father-in-law's dog staying with us and he's not great with strangers.

Neil"""),
      ag("niamh", "11-10 12:00", """Hi Neil,

No, the scaffolders stay outside the whole time. Only the electrician comes in, on the second day, for the fuse box and the loft - if the dog can be in another room for the morning, that's all we need.

Best wishes to your father-in-law.

Niamh""")),

    C("k26-holloway-orange-triangle", "en", "pending", {"reopened": 1},
      "Janet Holloway <janet.holloway@hollowaymail.example>", "thunderbird", "Inverter screen blank",
      "A blank display fixed by a tip and the ticket marked resolved; eleven days later the customer writes again about a new symbol, answered.",
      cu("11-05 10:00", """Hello,

The inverter display is blank. It's not showing anything at all, not even the clock. Is there a reset I can do?

Janet Holloway"""),
      ag("tomasz", "11-05 11:30", """Hi Janet,

A blank screen is usually the display going to sleep after a power cut. Tap the bottom edge of the screen twice - not the button - and it should light up. If it then shows generation figures, all is well.

Tomasz"""),
      cu("11-05 13:20", """You're a genius, it's back. Thank you!

Janet""", thanks=True),
      ag("tomasz", "11-05 13:45", """Great stuff. I'll mark this one as resolved.

Tomasz""", closes=True),
      cu("11-16 17:50", """Hi Tomasz,

Sorry, me again. The screen is fine now, but since Saturday there's a small orange triangle in the corner. What does that mean? Should I be doing something about it?

Janet"""),
      ag("tomasz", "11-17 09:05", """Hi Janet,

The orange triangle is a notice, not a fault: the inverter has downloaded a firmware update and is waiting for a quiet moment to install it, usually overnight. There's nothing for you to do, and the triangle goes once the update is in.

Tomasz""")),

    C("k27-kaur-comparing-quotes", "en", "pending", {"unanswered-question": 1, "slow-first-response": 1},
      "Harpreet Kaur <harpreet.kaur@kaur-family.example>", "outlook", "Comparing quotes",
      "Friday-afternoon enquiry acknowledged and answered on Monday: hybrid inverter and bird mesh explained, how soon you could install skipped.",
      cu("11-13 15:40", """Hello,

We're comparing three quotes. Yours is the only one with a hybrid inverter rather than a separate battery inverter - what's the advantage of that for us? Also, the other two companies include a bird-proofing kit as standard; is yours included or extra? And how soon could you install if we signed this week?

Harpreet Kaur""", uq=1),
      ack("11-13 15:40"),
      ag("niamh", "11-16 10:15", """Dear Harpreet,

A hybrid inverter runs both the panels and the battery, so there's one box in the loft instead of two and less energy is lost converting between them; typically 3-4 % more of your solar ends up used in the house. Bird mesh isn't in the price: it's £345, fitted at the same visit.

Kind regards,
Niamh""")),

    C("k28-ortega-bateria-se-apaga", "es", "closed", {"unanswered-question": 1},
      "Javier Ortega <javier.ortega@ortega-swansea.example>", "gmail_es", "La batería se apaga por la noche",
      "Spanish customer in Swansea: warranty and remote check answered (fixed remotely); the copy of the warranty certificate is never sent; thanks-only reply.",
      cu("11-03 19:10", """Buenas tardes:

Les escribo porque la batería que nos instalaron en abril se apaga sola casi todas las noches, sobre las diez, aunque en la app todavía marca un 40 % de carga.

¿Esto entra en la garantía? ¿Tienen que venir a casa o lo pueden revisar a distancia? Y ya que estoy, ¿me pueden mandar una copia del certificado de garantía? No encuentro el que nos dieron.

Muchas gracias,
Javier Ortega""", uq=1),
      ag("paloma", "11-04 09:40", """Hola, Javier:

Sí, está cubierto. Mi compañero Tomasz ha revisado los datos a distancia esta mañana: la batería tenía mal configurado el límite de descarga (en el 40 % en lugar del 10 %). Lo ha corregido desde aquí, así que esta noche ya debería aguantar hasta el amanecer y no hace falta ninguna visita.

Un saludo,
Paloma"""),
      cu("11-05 08:20", """Anoche funcionó perfectamente. ¡Gracias!

Javier""", thanks=True)),

    C("k29-mills-revised-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Ben Mills <ben.mills@millsfamily.example>", "gmail", "Revised quote after survey",
      "Revised quote promised by Friday; the customer chases twice (the second reply has a References gap) and gets it the Monday after.",
      cu("11-03 12:00", """Hi,

Kieran came round on Friday for the survey - thanks, he was great. He said you'd send a revised quote with panels on the garage roof as well. Can you also price a second battery on the same quote so we can compare?

Ben"""),
      ag("niamh", "11-03 14:30", """Hi Ben,

Thanks, I'll tell Kieran! The design team are redrawing the layout with the garage roof included, and I'll send you the revised quote with both battery options by Friday.

Niamh""", promises=[("11-06", 5)]),
      cu("11-10 09:15", """Hi Niamh, any news on the revised quote?

Ben""", chase=True),
      cu("11-13 16:40", """Hello? Still waiting on this. We're getting quotes from elsewhere too, and I'd rather go with you, but I can't wait forever.

Ben""", chase=True, refs=[1]),
      ag("niamh", "11-16 09:00", """Hi Ben,

I'm really sorry - it was sitting with the designers and I didn't chase it. Revised quote attached: 14 panels (6 on the garage), £10,460 with one 5 kWh battery or £12,380 with two.

Niamh""", attach=[("application/pdf", "KS-Q-40355-revB.pdf", QUOTE2_PDF)])),

    C("k30-whitfield-loose-ends", "en", "closed", {"unanswered-question": 1},
      "Colin Whitfield <colin.whitfield@whitfield.example>", "thunderbird", "Before we sign",
      "Inline reply under three of four quoted questions: a 'Yes' with detail, a bare price and a bare link; the re-felted roof question is left out of the reply.",
      cu("11-04 08:20", """Hi,

Before we sign, a handful of loose ends:

Will you take away the old solar thermal panel that's on the roof now?
What does the annual service cost after the first year?
Is there somewhere I can see the datasheet for the panels you're quoting?
Our roof was re-felted in 2010; will that be a problem?

Colin Whitfield""", uq=1),
      ag("niamh", "11-04 10:55", """Hi Colin,

On 11/4/26 8:20 AM, Colin Whitfield wrote:
> Will you take away the old solar thermal panel that's on the roof now?

Yes, and we cap off the pipework in the airing cupboard.

> What does the annual service cost after the first year?

£95.

> Is there somewhere I can see the datasheet for the panels you're quoting?

https://kestrelsolar.example/docs/aiko-neostar-450.pdf

Kind regards,
Niamh""", quote=False)),

    C("k31-jenner-bird-mesh", "en", "pending", {},
      "Kayleigh Jenner <kayleighj@jennermail.example>", "iphone", "bird mesh",
      "Text-speak question answered with a date and a 'no need'.",
      cu("11-17 13:05", """hiya when r u coming to do the bird mesh?? pigeons r back. do we need to be in

K

Sent from my iPhone"""),
      ag("dev", "11-17 15:30", """Hi Kayleigh,

Thursday 19 November, after lunch. No need to be in - it's all done from outside.

Dev""")),

    C("k32-schreiber-abloesung", "de", "closed", {},
      "Markus Schreiber <m.schreiber@schreiber-exeter.example>", "gmail_de", "Vorzeitige Ablösung Ratenkredit",
      "Early settlement of the finance plan: possible, no fee, settlement figure and certificate attached.",
      cu("11-02 18:30", """Guten Abend,

wir haben unsere Anlage im Frühjahr über Ihren Ratenkredit finanziert. Jetzt haben wir eine kleine Erbschaft bekommen und würden den Kredit gern vorzeitig ablösen.

Geht das, und fallen dafür Gebühren an? Wie hoch wäre der Ablösebetrag, wenn ich noch diesen Monat zahle?

Mit freundlichen Grüßen
Markus Schreiber"""),
      ag("lukas", "11-03 10:10", """Guten Tag Herr Schreiber,

das ist jederzeit möglich, und eine Vorfälligkeitsentschädigung gibt es bei uns nicht: Sie zahlen nur die Zinsen bis zum Ablösetag.

Bei Zahlung bis zum 30. November beträgt der Ablösebetrag 6.412,33 £. Die Bankverbindung steht auf der Ablösebescheinigung im Anhang.

Mit freundlichen Grüßen
Lukas Brandt""", attach=[("application/pdf", "Abloesebescheinigung-KF-19006.pdf", ABLOESE_PDF)])),

    C("k33-tanner-replacement-panel", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Lorna Tanner <lorna.tanner@tanner-home.example>", "outlook", "Replacement panel",
      "Whether the old panel model is still available deferred with 'I'll get back to you' (no deadline: two-day window) and never answered; the gable cable-entry request is ignored.",
      cu("11-04 09:00", """Hello,

One of our panels was damaged by a falling branch (claim approved, thank you). Two things. The replacement needs to match the others - they're the all-black 400 W ones from 2022 - is that model still available? And can the engineer also re-seal the cable entry on the gable end while he's up there? It's been letting a draught in since the install.

Lorna Tanner""", kind="alt", uq=1),
      ag("freya", "11-04 13:20", """Dear Lorna,

Let me check with the wholesaler whether that exact panel is still in stock, and I'll get back to you.

Best,
Freya""", promises=[("window", None)])),

    C("k34-hale-consumer-unit", "en", "open", {"awaiting-reply": 1},
      "Derek Hale <derek.hale@halehome.example>", "gmail", "Fuse for the battery",
      "First question answered; the follow-up question about the cable size has had no reply for two days.",
      cu("11-12 10:00", """Hi, what size breaker does the battery need? Our electrician is fitting a new consumer unit next month and wants to leave a spare way for it.

Derek"""),
      ag("tomasz", "11-12 11:30", """Hi Derek,

A 32 A Type B MCB on its own way, with RCD protection - Type A is fine for our battery. We'll label it when we fit the battery.

Tomasz"""),
      cu("11-18 09:45", """Thanks. He's also asking whether the cable from the consumer unit to the garage needs to be 6 mm or 10 mm - it's about 15 metres. Can you tell me?

Derek""")),

    C("k35-partridge-extended-warranty", "en", "pending", {},
      "Anne Partridge <anne.partridge@partridgemail.example>", "gmail", "Extended battery warranty",
      "Pleasantries, a rhetorical question, a self-answered question and a signature with '?' around one request, which is done with a certificate attached.",
      cu("11-18 11:00", """Hello Freya,

Hope you're all keeping dry down there? Who knew November could be this grey - not ideal for solar, is it!

Your letter says I can extend the battery warranty to 15 years if I register it within 30 days. Where do I find the serial number? Actually, never mind, I've just found it on the sticker on the side: KB10-2611-04417.

Could you register the extended warranty for me, please? I'm hopeless with online forms.

Many thanks,
Anne Partridge

--
Anne Partridge | Chair, Wells Allotment Society
Fancy a plot? https://wellsallotments.example/join?ref=email""", kind="alt"),
      ag("freya", "11-18 14:20", """Hi Anne,

All done - your battery is registered for the full 15 years, and the certificate is attached for your records.

Best,
Freya""", attach=[("application/pdf", "extended-warranty-KB10-2611-04417.pdf", WARRANTY_PDF)])),

    C("k36-ridley-export-reading", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Victor Ridley <victor.ridley@ridley-home.example>", "owa", "Export figures don't match",
      "Export-limit check deferred 'by Monday' and never reported; the commissioning-certificate request is ignored; the case goes quiet-closed at as_of.",
      cu("11-13 10:30", """Hello,

Our export tariff statement shows only 11 kWh exported in October, which can't be right - the app says 187 kWh. Could you check whether the inverter has an export limit set too low? And could you please send me a copy of the commissioning certificate, which the supplier wants to see?

Victor Ridley""", uq=1),
      ag("tomasz", "11-13 14:00", """Hi Victor,

I'll look at the export settings on your inverter remotely and get back to you by Monday. It's also possible the supplier is reading the wrong register on your smart meter - we'll see.

Tomasz""", promises=[("11-16", None)])),
]

CASES += [
    C("k37-moreau-suivi-vide", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Isabelle Moreau <isabelle.moreau@moreau-nantes.example>", "apple_fr", "Application de suivi vide",
      "Owner of a Cornish house writing from Nantes: remote check promised 'd'ici jeudi', done only after 'Je me permets de vous relancer'; the October production report is never sent.",
      cu("11-04 10:30", """Bonjour Amélie,

L'application de suivi n'affiche plus rien depuis notre départ de Cornouailles le 25 octobre. Pouvez-vous vérifier à distance si les panneaux produisent toujours ? La maison reste vide jusqu'en avril et je préfère être tranquille.

J'aimerais aussi recevoir le relevé de production d'octobre pour ma déclaration.

Cordialement,
Isabelle Moreau""", uq=1),
      ag("amelie", "11-04 14:00", """Bonjour Madame Moreau,

Je transmets votre demande à notre service technique pour qu'il vérifie l'onduleur à distance, et je reviens vers vous d'ici jeudi.

Cordialement,
Amélie Roussel""", promises=[("11-05", 4)]),
      cu("11-10 09:00", """Bonjour Amélie,

Je me permets de vous relancer : avez-vous pu vérifier l'installation ? Je n'ai toujours aucune donnée dans l'application.

Cordialement,
Isabelle Moreau""", chase=True),
      ag("amelie", "11-10 15:30", """Bonjour Madame Moreau,

Toutes mes excuses pour ce retard. Tomasz a vérifié : l'onduleur produit normalement, 62 kWh la semaine dernière. C'est le boîtier wifi qui a perdu la connexion quand votre box internet a été éteinte à votre départ ; les données sont conservées et remonteront dans l'application dès que la box sera rallumée.

Cordialement,
Amélie Roussel"""),
      tz=1),

    C("k38-romero-fechas-instalacion", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Carmen Romero <carmen.romero@romero-plymouth.example>", "gmail_es", "Nos han concedido la ayuda",
      "Grant letter received; installation weeks promised 'el lunes' never come; '¿Hay alguna novedad? Sigo esperando' has no reply.",
      cu("11-11 09:30", """Hola Paloma:

Ayer nos llegó la carta del ayuntamiento: ¡nos han concedido la ayuda para los paneles! Le adjunto una foto. ¿Qué tenemos que hacer ahora?

Gracias,
Carmen""", attach=[("image/png", "carta-ayuntamiento.png", LETTER_PNG)]),
      ag("paloma", "11-11 12:00", """Hola, Carmen:

¡Qué buena noticia! Con la carta ya no tienen que hacer nada más; nosotros reservamos la fecha de instalación. Tengo que confirmar con el equipo de montaje qué semanas tienen libres en diciembre, y le escribo el lunes con las opciones.

Un saludo,
Paloma""", promises=[("11-16", None)]),
      cu("11-18 10:15", """Hola Paloma:

¿Hay alguna novedad sobre las fechas? Sigo esperando su correo del lunes.

Carmen""", chase=True)),

    C("k39-pengelly-app-password", "en", "closed", {},
      "Roger Pengelly <rpengelly@pengelly-net.example>", "oldclient", "Solar app password",
      "Old mail program without a Message-ID; the reply (threaded by subject only) resets the login and posts it, as asked.",
      cu("11-05 14:20", """Dear Sirs,

I am 81 and not very good with computers. My grandson set up the solar app for me but I have a new telephone and it will not let me log in. Could you reset the password and send it to me by post please? My address is 4 Chapel Row, Mousehole, TR19 6SB.

Yours faithfully,
Roger Pengelly""", msgid=False, note="Roger Pengelly's request for a new app password by post (no Message-ID)"),
      ag("niamh", "11-05 16:00", """Dear Mr Pengelly,

Of course. I've reset the app login and a letter with your new password went in the post to Chapel Row this afternoon. If you'd rather not bother with the app at all, the display on the inverter in your loft shows the same figures.

Kind regards,
Niamh Gallagher""")),

    C("k40-lambert-power-off", "en", "closed", {},
      "Fiona Lambert <fiona.lambert@lambert-home.example>", "android", "Battery install Monday",
      "Arrival time and power-off answered; the customer's reply from Outlook for Android lost its threading headers; her request is done.",
      cu("11-06 08:10", """Hi, can you tell me what time the electrician is coming on Monday for the battery? And will the power be off for long? I need to plan around my mum's oxygen machine.

Fiona

Get Outlook for Android"""),
      ag("dev", "11-06 10:00", """Hi Fiona,

He'll be with you between 8 and 8:30. The power only goes off for about 40 minutes, around mid-morning, and he checks with you before he switches anything off. If the oxygen concentrator can't be without mains at all, we can bring a small generator - just say.

Dev"""),
      cu("11-06 11:20", """Yes please, could you bring the generator? It can manage on its own battery for an hour but I'd rather not risk it.

Fiona

Get Outlook for Android""", thread=False),
      ag("dev", "11-06 12:05", """No problem - I've added a generator to Monday's job sheet.

Dev""")),

    C("k41-barker-inverter-hum", "en", "closed", {},
      "Sian Barker <sian.barker@barkermail.example>", "gmail", "Quick question about my inverter",
      "Humming inverter: 'normal' with the reason and when to worry. Same subject as k42 from another customer.",
      cu("11-09 19:00", """Hi, our inverter has started humming quite loudly in the evenings, a bit like a fridge. Is that normal? It's in the cupboard under the stairs.

Sian"""),
      ag("tomasz", "11-10 09:10", """Hi Sian,

A low hum in the evening is normal for that model - it's when the battery is discharging and the inverter is working hardest. If it ever turns into a buzz or a rattle, or you smell anything hot, switch it off at the AC isolator and ring us.

Tomasz""")),

    C("k42-colquhoun-inverter-fan", "en", "closed", {"unanswered-question": 1},
      "Iain Colquhoun <iain@colquhoun.example>", "apple", "Quick question about my inverter",
      "Same subject as k41, different customer: the night-time fan is explained; the request for the installation manual is ignored.",
      cu("11-10 08:00", """Hello,

The fan on our inverter seems to come on even at night, when nothing's generating. Why would it be doing that? Also, could you send me the installation manual for it? Ours went out with the packaging.

Iain Colquhoun""", uq=1),
      ag("tomasz", "11-10 11:45", """Hi Iain,

At night the inverter is still running the battery, so the fan comes on whenever the battery is powering the house - that's normal, especially in a warm cupboard.

Tomasz""")),

    C("k43-fairclough-ev-charger", "en", "closed", {"unanswered-question": 1},
      "Naomi Fairclough <naomi.fairclough@fairclough.example>", "gmail", "Battery working again",
      "A thank-you mail with a new question in it; the reply only acknowledges the thanks.",
      cu("11-05 08:30", """Hi Dev,

The electrician fixed the loose connection yesterday and the battery is charging properly again. Thank you for sorting it so quickly.

One more thing while I think of it - we're getting an electric car in the new year. Can you fit an EV charger, and could it be done at the same time as the annual service in January?

Naomi""", uq=1),
      ag("dev", "11-05 09:40", """Hi Naomi,

Glad to hear it's all working again, and thanks for letting us know - Owain will be pleased.

Dev""")),

    C("k44-yardley-logger-offline", "en", "pending", {},
      "Steve Yardley <steve.yardley@yardley.example>", "gmail", "Device offline",
      "A second mail adds the logger serial before any reply (not a chase); the reply answers with the fix.",
      cu("11-16 08:05", """Hi, the app keeps saying "Device offline" since the power cut on Saturday. The inverter itself looks fine. How do I get it back online?

Steve"""),
      cu("11-16 08:20", """Forgot to say - the logger serial is LSW3-40721188 and the light on it is solid red, if that helps.

Steve"""),
      ag("tomasz", "11-16 10:30", """Hi Steve,

Thanks for the serial - your logger last reported on Saturday at 14:02. Solid red means it has power but has lost the wifi, which often happens after a power cut. Unplug it from the bottom of the inverter, count to ten and plug it back in; it normally rejoins within five minutes. If it's still red after ten minutes, hold its button for 5 seconds to reset it.

Tomasz""")),

    C("k45-wagner-angebot-dartmouth", "de", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Stefan Wagner <stefan.wagner@wagner-muenchen.example>", "outlook_de", "Angebot KS-Q-40377 Cottage Dartmouth",
      "Owner of a Devon cottage writing from Munich: only the acknowledgement for three days, 'ich warte immer noch auf eine Antwort', then both questions answered but the quote with the new address is not resent.",
      cu("11-09 09:00", """Sehr geehrte Damen und Herren,

für unser Cottage in Dartmouth haben Sie uns im Oktober ein Angebot geschickt (KS-Q-40377). Bevor wir unterschreiben, zwei Fragen: Lässt sich die Batterie später noch erweitern, falls wir mehr Speicher brauchen? Und ist das Gerüst im Preis schon enthalten?

Bitte schicken Sie mir außerdem das Angebot noch einmal mit unserer neuen Anschrift in München (Leopoldstraße 112, 80802 München).

Mit freundlichen Grüßen
Stefan Wagner""", uq=1),
      ack("11-09 08:01"),
      cu("11-12 08:30", """Sehr geehrte Damen und Herren,

ich warte immer noch auf eine Antwort auf meine E-Mail vom Montag. Könnten Sie sich bitte kurz melden?

Mit freundlichen Grüßen
Stefan Wagner""", chase=True),
      ag("lukas", "11-12 10:15", """Sehr geehrter Herr Wagner,

entschuldigen Sie bitte die späte Antwort. Ja, die Batterie ist modular: Sie können später bis zu drei weitere 5-kWh-Module ergänzen, ohne den Wechselrichter zu tauschen. Das Gerüst ist im Angebotspreis enthalten; es steht auf Seite 2 als eigene Position.

Mit freundlichen Grüßen
Lukas Brandt"""),
      tz=1),

    C("k46-quinn-settlement-letter", "en", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Laura Quinn <laura.quinn@quinnmail.example>", "gmail", "Finance settlement letter",
      "The request is resent as a new mail with the same subject and a new request added; the settlement letter comes, the copy to the solicitor does not.",
      cu("11-10 19:30", """Hi,

We're remortgaging and the lender needs a settlement letter for the solar finance agreement (ref KF-20417). Please send me a settlement letter showing the balance as of 30 November.

Thanks,
Laura Quinn"""),
      cu("11-13 08:05", """Hi,

We're remortgaging and the lender needs a settlement letter for the solar finance agreement (ref KF-20417). Please send me a settlement letter showing the balance as of 30 November.

Could you also email a copy straight to our solicitor, jo.marsh@marshlaw.example? She needs it by next Friday.

Thanks,
Laura Quinn""", parent=0, chase=True, uq=1),
      ag("carys", "11-13 11:30", """Hi Laura,

Settlement letter attached: £8,940.17 if paid on 30 November, valid until 7 December.

Best wishes,
Carys""", kind="alt", attach=[("application/pdf", "settlement-KF-20417.pdf", SETTLEMENT_PDF)])),

    C("k47-doyle-finance-figures", "en", "closed", {},
      "Martin Doyle <martin.doyle@doyle-home.example>", "outlook", "Finance figures on the quote",
      "Card-discount question answered; the finance quote promised for 'tomorrow' by a colleague is sent by that colleague the next morning.",
      cu("11-09 11:00", """Hi Niamh,

Following the survey, could we have the figures for the 10-year finance plan added to the quote? And is there a discount if we pay the deposit by card?

Martin"""),
      ag("niamh", "11-09 13:30", """Hi Martin,

No card discount, I'm afraid - the price is the same however you pay. For the finance figures, Carys in our finance team will send you the revised quote tomorrow.

Niamh""", promises=[("11-10", 3)]),
      ag("carys", "11-10 10:00", """Hi Martin,

As Niamh said, here's your revised quote with the 10-year plan: £129.85 a month at 9.9% APR fixed, no deposit. The cash price is unchanged.

Best wishes,
Carys""", parent=1, attach=[("application/pdf", "KS-Q-40390-revA.pdf", FINANCE_QUOTE_PDF)])),

    C("k48-vance-december-install", "en", "pending", {},
      "Elaine Vance <elaine.vance@vancehome.example>", "gmail", "Install after re-roofing",
      "Install dates held and a confirmation promised 'by Tuesday 24th' - still ahead at audit time.",
      cu("11-18 09:00", """Hi Dev,

The roofer says he'll finish re-tiling the back slope by the 28th. Could we book the install for the first week of December? Any day except the Wednesday.

Elaine"""),
      ag("dev", "11-18 14:30", """Hi Elaine,

Good timing. The first week of December is filling up, but I'm holding Thursday 3rd and Friday 4th for you. I need to check the scaffolders can come on the Wednesday before; I'll confirm the dates by Tuesday 24th.

Dev""", promises=[("11-24", None)])),

    C("k49-vidal-revision-anual", "es", "closed", {},
      "Andrés Vidal <andres.vidal@vidal-bath.example>", "gmail_es", "Revisión de los paneles",
      "Spanish customer in Bath, mail in base64: how often and how much the service costs, both answered.",
      cu("11-06 13:00", """Hola:

Tenemos sus paneles desde septiembre y estamos muy contentos. Dos preguntas rápidas: ¿cada cuánto hay que hacer la revisión? ¿Y cuánto cuesta?

Saludos,
Andrés Vidal""", cte="base64"),
      ag("paloma", "11-06 16:20", """Hola, Andrés:

¡Nos alegra mucho! La primera revisión, al cumplir el año, es gratuita y la reservamos con usted en septiembre; a partir de ahí recomendamos una cada dos años, por 95 £.

Un saludo,
Paloma""", cte="base64")),

    C("k50-okonkwo-power-cuts", "en", "pending", {"unanswered-question": 1},
      "Adaeze Okonkwo <adaeze@okonkwo.example>", "apple", "Battery and power cuts",
      "Roof-fixings warranty answered; asked whether the battery keeps the house running in a power cut, the reply talks about everyday evening use instead.",
      cu("11-17 20:30", """Hi Niamh,

Thanks for the quote. The thing we care most about is resilience - we're at the end of the line here and lose power a few times every winter. Can the battery keep the house running during a power cut? And is there a guarantee on the roof fixings? We've had slipped slates before.

Adaeze""", uq=1),
      ag("niamh", "11-18 10:00", """Hi Adaeze,

The 10 kWh battery will cover your evening and overnight use on most days - with your usage you'd typically only buy from the grid in the depths of winter. The roof fixings are covered by our 10-year workmanship guarantee, slates included.

Kind regards,
Niamh""")),

    C("k51-oakes-install-week", "en", "closed", {},
      "Philippa Oakes <philippa.oakes@oakes.example>", "owa", "Next week",
      "What happens on which day, answered as logistics (scaffolders, roofers, electrician, scaffold down) - none of it a promise; thanks-only reply.",
      cu("11-04 15:00", """Hi, could you run me through what happens next week? What day do the scaffolders arrive, and when does the electrician come?

Philippa"""),
      ag("dev", "11-04 16:10", """Hi Philippa,

The scaffolders arrive on Monday at 8am and are usually done by lunchtime. The roofers fit the panels on Tuesday and Wednesday, and Owain, the electrician, comes on Thursday to connect the inverter and battery and show you the app. The scaffold comes down the following Monday.

Dev"""),
      cu("11-04 16:30", """Perfect, thanks Dev. See you Monday!

Philippa""", thanks=True)),

    C("k52-girard-surtension", "fr", "pending", {"unanswered-question": 1},
      "Julien Girard <julien.girard@girard-bath.example>", "gmail", "Onduleur : Grid overvoltage",
      "French customer in Bath using Gmail in English: the overvoltage message is explained; whether the cut-outs are covered by the warranty is not.",
      cu("11-17 08:30", """Bonjour,

Nous avons fait installer vos panneaux en juin. Depuis quelques jours, l'onduleur affiche « Grid overvoltage » vers midi et s'arrête pendant quelques minutes. Est-ce grave ?

Je voudrais aussi savoir si ces coupures sont couvertes par la garantie, au cas où il faudrait remplacer quelque chose.

Merci d'avance,
Julien Girard""", uq=1),
      ag("amelie", "11-17 12:00", """Bonjour Monsieur Girard,

Rien de grave : quand la tension du réseau dépasse la limite autorisée, l'onduleur se déconnecte quelques minutes par sécurité puis redémarre tout seul. C'est fréquent en milieu de journée dans les rues où beaucoup de maisons ont des panneaux. Si cela arrive tous les jours, nous pouvons demander au gestionnaire de réseau de contrôler la tension dans votre rue.

Cordialement,
Amélie Roussel""")),

    C("k53-keller-monitoring-konto", "de", "closed", {},
      "Birgit Keller <b.keller@keller-koeln.example>", "outlook_de", "Monitoring-Konto umschreiben",
      "Buyer of a house with panels, writing from Cologne: account transferred and no purchase contract needed; her Outlook sends an Abwesenheitsnotiz in reply.",
      cu("11-05 09:00", """Sehr geehrter Herr Brandt,

wann wird das Monitoring-Konto auf meinen Namen umgeschrieben? Bisher läuft es noch auf den Vorbesitzer des Hauses, Mr Hext. Und brauchen Sie dafür eine Kopie des Kaufvertrags?

Mit freundlichen Grüßen
Birgit Keller"""),
      ag("lukas", "11-05 10:30", """Sehr geehrte Frau Keller,

ich habe das Konto soeben auf Sie umgeschrieben; die Zugangsdaten schickt Ihnen das Portal in einer eigenen E-Mail. Einen Kaufvertrag brauchen wir dafür nicht, die Bestätigung Ihres Anwalts über den Eigentumsübergang, die Sie uns im Oktober geschickt haben, genügt.

Mit freundlichen Grüßen
Lukas Brandt"""),
      auto("11-05 11:31", """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16. November nicht im Büro und lese meine E-Mails nur unregelmäßig. Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Birgit Keller""", subject="Automatische Antwort: Re: Monitoring-Konto umschreiben", quote=False),
      tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "k02-penrose-battery-upgrade": [
        "Could the inverter go in the garage instead of the loft?"],
    "k05-whitcombe-finance-questions": [
        "Can we pay it off early without a penalty if we come into some money?",
        "What happens to the loan if we sell the house in a few years?"],
    "k08-garnier-devis-revise": [
        "Par ailleurs, est-ce que la subvention dont vous m'aviez parlé s'applique aussi à une résidence secondaire ?"],
    "k12-quarry-scaffold-still-up": [
        "Could someone check it while the scaffolding is still up?"],
    "k13-venn-export-paperwork": [
        "While I'm at it: how do I get the export meter reading they're asking for?"],
    "k17-ellery-overnight-charging": [
        "Is it actually worth doing in winter, or will the battery just lose most of it by the evening?"],
    "k18-hoffmann-ferienhaus": [
        "Außerdem hätte ich gern für meine Unterlagen eine Rechnung über die Anzahlung mit ausgewiesener Mehrwertsteuer."],
    "k22-castell-three-houses": [
        "The tenants would get the benefit of the free electricity, but who gets the export payments - me or them?",
        "I'd need an EPC reassessment after install. Please include that in the quote if you can do it."],
    "k25-barrow-move-install": [
        "Could you send us a new confirmation with the new date for our records?"],
    "k27-kaur-comparing-quotes": [
        "And how soon could you install if we signed this week?"],
    "k28-ortega-bateria-se-apaga": [
        "Y ya que estoy, ¿me pueden mandar una copia del certificado de garantía?"],
    "k30-whitfield-loose-ends": [
        "Our roof was re-felted in 2010; will that be a problem?"],
    "k33-tanner-replacement-panel": [
        "And can the engineer also re-seal the cable entry on the gable end while he's up there?"],
    "k36-ridley-export-reading": [
        "And could you please send me a copy of the commissioning certificate, which the supplier wants to see?"],
    "k37-moreau-suivi-vide": [
        "J'aimerais aussi recevoir le relevé de production d'octobre pour ma déclaration."],
    "k42-colquhoun-inverter-fan": [
        "Also, could you send me the installation manual for it?"],
    "k43-fairclough-ev-charger": [
        "Can you fit an EV charger, and could it be done at the same time as the annual service in January?"],
    "k45-wagner-angebot-dartmouth": [
        "Bitte schicken Sie mir außerdem das Angebot noch einmal mit unserer neuen Anschrift in München (Leopoldstraße 112, 80802 München)."],
    "k46-quinn-settlement-letter": [
        "Could you also email a copy straight to our solicitor, jo.marsh@marshlaw.example?"],
    "k50-okonkwo-power-cuts": [
        "Can the battery keep the house running during a power cut?"],
    "k52-girard-surtension": [
        "Je voudrais aussi savoir si ces coupures sont couvertes par la garantie, au cas où il faudrait remplacer quelque chose."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"KS-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none when ``msgid`` is off) and raw bytes, parents
    first (as :func:`mailcraft.render_corpus`, which always sets a Message-ID)."""
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
    if sum(1 for c in cases for m in c.msgs if not m.message_id) > 1:
        out.append("more than one message without a Message-ID (the read-back matches only one)")
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
    return mailcraft.cases_table("Practice corpus 40: Kestrel Solar - cases",
                                 "make_practice40_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.kestrelsolar.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip. (At most one message lacks a Message-ID; it is found
    under ``None``.)"""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, any(p is q for q in inbox)) for p in inbox + sent}
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
        raise SystemExit("refusing to write tests/practice40:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice40:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice40 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice40")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
