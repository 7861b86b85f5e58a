#!/usr/bin/env python3
"""Regenerate ``tests/practice100/``: a labelled corpus of Bytewell Computer Repairs.

A support mailbox of a fictional Bristol computer repair shop (laptop and desktop repairs,
data recovery, screen replacements, small-business IT call-outs, refurbished machines for
sale), written without looking at the detection heuristics, with many customer questions.
Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target
24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``bytewellrepairs.example``.

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

Usage: python scripts/make_practice100_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "bytewellrepairs.example"
HELP = "Bytewell Help Desk <help@bytewellrepairs.example>"
RULES = mailcraft.RULES
YEAR = 2026
CORPUS_NAME = "practice100"

AGENTS = {
    "priya": ("Priya Raman <priya@bytewellrepairs.example>", "thunderbird", """-- 
Priya Raman
Front Desk & Bookings | Bytewell Computer Repairs
42 Cheltenham Road, Bristol BS6 5QX | 0117 496 0725
Track a repair: https://bytewellrepairs.example/track?src=email"""),
    "dan": ("Dan Okafor <dan@bytewellrepairs.example>", "outlook", """Dan Okafor
Workshop Lead | Bytewell Computer Repairs
Got a question about your repair? Just reply - the workshop reads this inbox."""),
    "mei": ("Mei Lindqvist <mei@bytewellrepairs.example>", "apple", """Mei Lindqvist
Data Recovery | Bytewell Computer Repairs
Your data is handled under our privacy policy: https://bytewellrepairs.example/privacy?v=3"""),
    "gareth": ("Gareth Pryce <gareth@bytewellrepairs.example>", "owa", """Gareth Pryce
Business IT Support | Bytewell Computer Repairs
Out-of-hours emergencies (contract customers): 0117 496 0799

CONFIDENTIALITY: This e-mail and any attachments are intended solely for the addressee. If you
have received it in error, please notify the sender and delete it."""),
    "sophie": ("Sophie Achterberg <sophie@bytewellrepairs.example>", "gmail", """--
Sophie Achterberg
Refurbished Sales | Bytewell Computer Repairs
Browse what's in stock: https://bytewellrepairs.example/refurb?sort=new&ref=sig"""),
    "lukas": ("Lukas Brenner <lukas@bytewellrepairs.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenservice Deutsch | Bytewell Computer Repairs
https://bytewellrepairs.example/de/einsenden?ref=signatur"""),
    "camille": ("Camille Roussel <camille@bytewellrepairs.example>", "apple_fr", """Camille Roussel
Service client (FR) | Bytewell Computer Repairs
https://bytewellrepairs.example/fr/reparation?utm_source=mail"""),
    "lucia": ("Lucía Ferrer <lucia@bytewellrepairs.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (ES) | Bytewell Computer Repairs
+44 117 496 0731"""),
}

ACK = """Hi there,

Thanks for contacting Bytewell Computer Repairs - this is an automatic reply to let you
know your message has reached us and has been logged as ticket {ref}.

Our front desk answers e-mail Monday to Saturday, 9am-5.30pm, and we will reply within
one working day. If your machine is already with us you can check its progress at any
time: https://bytewellrepairs.example/track?ticket={ref}

Bytewell Computer Repairs
42 Cheltenham Road, Bristol BS6 5QX"""

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "iphone": ["X-Mailer: iPhone Mail (22C152)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Pegasus Mail for Windows (4.73)"],
    "helpdesk": ["X-Mailer: Bytewell Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bw.", outlook_server="AM9P19")
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
    """A reply by support agent ``who`` at ``when`` (Bristol time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Bristol: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

BATTERY_PDF = mailcraft.pdf(["Bytewell Computer Repairs - Battery health report",
                             "Lenovo ThinkPad T14 Gen 2, stock no. RF-2291",
                             "Design capacity 50.0 Wh, full charge 49.6 Wh (99 %)",
                             "Cycle count 3 - cell replaced 14/10/2026"])
RECOVERY_PDF = mailcraft.pdf(["Bytewell Data Recovery - file listing, job DR-1184",
                              "Source: LaCie Rugged 2TB (USB-C bridge failed, disk OK)",
                              "Recovered: 41,822 files / 612 GB of 640 GB",
                              "Unrecoverable: 212 files (sectors 0x3A..0x41)"])
SD_PDF = mailcraft.pdf(["Bytewell - Rapport de recuperation DR-1203",
                        "Carte SanDisk Extreme 128 Go",
                        "Photos recuperees : 2 318 JPEG, 44 RAW",
                        "Fichiers illisibles : 12"])
ANGEBOT_PDF = mailcraft.pdf(["Bytewell Computer Repairs - Angebot Q-26-1191",
                             "Physiotherapie Hoffmeister, Clifton, Bristol",
                             "5x HP EliteDesk 800 G6 Mini, i5, 16 GB, 256 GB SSD, Win 11 Pro",
                             "je 259,00 GBP zzgl. MwSt., 12 Monate Gewaehrleistung",
                             "Gueltig bis 18.12.2026"])
ORDER_PDF = mailcraft.pdf(["Bytewell Computer Repairs - Invoice BW-S-10912",
                           "Marsh Floorings Ltd, 3 Feeder Road, Bristol BS2 0SB",
                           "4x Dell OptiPlex 7080 SFF refurbished @ GBP 289.00",
                           "Net GBP 1,156.00  VAT GBP 231.20  Total GBP 1,387.20"])
CABLING_PDF = mailcraft.pdf(["Bytewell Business IT - Cabling plan, Temple Quay House 3rd floor",
                             "12 double Cat6a data points, 2 ceiling access points (Wi-Fi 6E)",
                             "9U wall rack in comms cupboard, 24-port PoE switch",
                             "Quote: GBP 2,940.00 + VAT - install Fri 27 Nov 2026"])
PRESUPUESTO_PDF = mailcraft.pdf(["Bytewell Computer Repairs - Presupuesto Q-26-1207",
                                 "Montoya Reformas Ltd - 2 ordenadores de sobremesa",
                                 "2x placa base ASUS Prime B560M-A + montaje",
                                 "Total GBP 340.00 + IVA (VAT)"])
CRACK_PNG = mailcraft.png(12, 9, lambda x, y: (30 + 18 * ((x + y) % 2), 30 + 9 * y, 60 + 10 * x))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("b01-whitlock-xps-screen", "en", "closed", {},
      "Hannah Whitlock <hannah.whitlock@greenbankmail.example>", "gmail", "Screen replacement quote",
      "Three questions about a cracked XPS screen (price, turnaround, data) answered in one paragraph, out of order.",
      cu("11-02 09:12", """Hi,

I dropped my Dell XPS 13 (the 9310 model) on the kitchen floor yesterday and the screen is now cracked across the bottom left corner - the picture still works but there's a black blob slowly spreading. A few questions before I bring it in:

How much would a replacement screen be?
How long would you need it for? I use it for work so a week without it would be a real problem.
Will anything on the laptop be touched, i.e. do I need to back everything up first?

Thanks,
Hannah"""),
      ag("priya", "11-02 11:40", """Hi Hannah,

Nothing on the drive gets touched for a screen swap - the panel comes off the lid and the SSD stays where it is - though a backup is never a bad idea. We have the 9310 FHD panel on the shelf, so it's £165 fitted including VAT, and if you drop it off before 11 it's normally ready the same afternoon.

Best wishes,
Priya""")),

    C("b02-needham-clicking-drive", "en", "closed", {"unanswered-question": 1},
      "Graham Needham <graham@needhamtax.example>", "outlook", "Backup drive clicking - recovery?",
      "Accountant's clicking backup drive: odds and fee explained, the confidentiality-agreement question skipped; thanks-only close.",
      cu("11-03 08:50", """Good morning,

Our backup drive (a 2TB WD Elements) has started clicking and Windows no longer sees it. Unfortunately it holds the only copy of last year's client files - I know, I know.

Could you let me know whether this is something you can usually recover, and roughly what it would cost? Also, do you sign a confidentiality agreement before working on the drive? The files are clients' tax records and I have to be able to show we took proper care of them.

Kind regards,

Graham Needham
Needham & Co Chartered Accountants
Tel. 0117 496 0418""", uq=1),
      ag("mei", "11-03 13:05", """Dear Graham,

Clicking usually means the read heads are failing rather than the platters, and on drives like that we get back 90 % or more in most cases. Our flat fee for a mechanical recovery on a drive up to 4TB is £395 + VAT, and there's no charge at all if we can't recover the files you need. The diagnosis is free and takes one to two working days.

You can drop it at the shop or post it to us - pack it in bubble wrap inside a box, not a padded envelope.

Kind regards,
Mei"""),
      cu("11-03 14:20", """Thank you Mei, very helpful. I'll bring it in tomorrow morning.

Graham""", thanks=True)),

    C("b03-harbourside-printer-callout", "en", "pending", {"unanswered-question": 2},
      "Rebecca Osei <r.osei@harbourside-lettings.example>", "outlook", "Printer keeps dropping off the network",
      "Letting agency books a call-out and asks four things; visit and rate confirmed, the Wi-Fi look and the insurance certificate ignored.",
      cu("11-16 08:35", """Hi,

Our office printer (a Brother MFC-L8900) has dropped off the network again and nobody can scan to email. It's the third time this month. Can someone come out on Wednesday to sort it properly?

What's your hourly rate for on-site work? I need to get it approved by the directors.

While you're here, could you also take a look at the Wi-Fi in the back office? It cuts out whenever more than four people are on calls.

And please send a copy of your public liability insurance certificate, our landlord insists on it for any contractor working in the building.

Thanks,
Rebecca Osei
Office Manager
Harbourside Lettings | 11 Narrow Quay, Bristol BS1 4QA""", uq=2),
      ag("gareth", "11-16 10:20", """Hi Rebecca,

You're in for Wednesday 18th at 10am - it'll be me. On-site work is £85 for the first hour, travel within Bristol included, then £60 an hour billed in 15-minute steps.

A printer that keeps disappearing like that has nearly always been handed a new IP address by the router, so the plan is to give it a fixed one and go through the scan-to-email settings at the same visit.

Regards,
Gareth""")),

    C("b04-ashby-thinkpad-inline", "en", "closed", {},
      "Tom Ashby <tom.ashby@fastmail.example>", "thunderbird", "Refurbished ThinkPad T14 (RF-2291)",
      "Four numbered questions about a refurbished laptop answered inline under the quoted lines: 'Yes', 'No' plus a health report PDF, a figure, a pick-up arrangement.",
      cu("11-05 19:40", """Hello,

I'm interested in the refurbished ThinkPad T14 Gen 2 on your website (stock number RF-2291, £379). Before I commit:

1. Does it come with a charger?
2. Is the battery the original one? Second-hand laptop batteries have burned me before.
3. How long is the warranty?
4. Could I pick it up from the shop this Saturday rather than have it posted?

Cheers,
Tom"""),
      ag("sophie", "11-06 09:30", """Hi Tom,

> 1. Does it come with a charger?

Yes - a genuine Lenovo 65W USB-C one.

> 2. Is the battery the original one? Second-hand laptop batteries have burned me before.

No, it had a new cell fitted in October. Health report attached: 99 % of design capacity, 3 cycles.

> 3. How long is the warranty?

Twelve months, parts and labour.

> 4. Could I pick it up from the shop this Saturday rather than have it posted?

Of course. We're open 10 till 4 on Saturdays; it's now on the reserved shelf under your name and you can pay when you collect.

Sophie""", quote=False, attach=[("application/pdf", "RF-2291-battery-report.pdf", BATTERY_PDF)])),

    C("b05-brennan-macbook-water", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Olly Brennan <olly@brennanphoto.example>", "iphone", "Water on MacBook Pro",
      "Liquid-damaged MacBook: diagnosis and quote promised 'by Thursday', sent the next Monday after the customer chases (kept late = missed); the late reply has a References gap.",
      cu("11-10 08:05", """Hi, I knocked a glass of water over my MacBook Pro (14 inch, 2021) last night. Turned it off straight away and it's been upside down on a towel since. It won't turn on now. Can you look at it today? What does a diagnosis cost?

Olly

Sent from my iPhone"""),
      ag("priya", "11-10 09:10", """Hi Olly,

Yes, bring it straight in - the sooner the board is cleaned the better the odds. Liquid-damage diagnosis is £49, and that comes off the repair if you go ahead.

Best wishes,
Priya"""),
      cu("11-10 12:30", """Dropped it off at lunchtime with your colleague. Thanks!

Olly

Sent from my iPhone""", thanks=True),
      ag("dan", "11-10 17:15", """Hi Olly,

Your MacBook is on my bench. There's corrosion around the keyboard connector and the power circuitry, which is the usual pattern. It goes in the ultrasonic bath tomorrow, and once I've tested it I'll email you the diagnosis and a firm quote by Thursday.

Dan""", promises=[("11-12", 6)]),
      cu("11-16 08:50", """Hi Dan, any news on the MacBook? I was expecting the quote last week and I'm having to borrow my partner's laptop for work.

Olly

Sent from my iPhone""", chase=True),
      ag("dan", "11-16 11:30", """Hi Olly,

Sorry - I should have written on Thursday. The cleaning brought most of it back, but the backlight driver and one power-rail chip were too far gone. Replacing those two and the keyboard (the water got under it) comes to £310 including VAT, with six months' warranty on the repair. If you say yes today it'll be ready on Wednesday.

Dan""", refs=[1, 5])),

    C("b06-kamara-new-starter", "en", "closed", {},
      "Aisha Kamara <aisha.kamara@kamaradesign.example>", "owa", "New starter on the 16th",
      "Design studio's new-starter setup: laptop setup, Microsoft 365 account and time estimate all answered; 'Hope you're well?' is a pleasantry; thanks-only reply.",
      cu("11-04 10:02", """Hi Gareth,

Hope you're well? We've got a new designer starting on Monday 16th and I'd like her laptop ready on day one. Is it possible for you to set up the new MacBook Air we ordered (it arrives Thursday) with our usual apps and the shared drive? And could you add her to the Microsoft 365 account as well - her name is Lena Fischer, lena@kamaradesign.example.

Roughly how long does a setup like that take, so I can plan the budget?

Thanks,
Aisha"""),
      ag("gareth", "11-04 12:45", """Hi Aisha,

All good here, thanks. Drop the MacBook off when it arrives and we'll set it up the same way as Jon's: Adobe, Figma, Slack and the NAS mapping. Lena's 365 account is already done - she's on Business Standard, and her temporary password went to your phone by text a minute ago.

Budget about two hours, so £120 on your contract rate.

Regards,
Gareth"""),
      cu("11-04 13:10", """Perfect, thank you! I'll bring it over on Thursday afternoon.

Aisha""", thanks=True)),

    C("b07-quinlan-insurance-invoice", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Jasper Quinlan <jasper.quinlan@gmail.example>", "gmail", "Itemised invoice for insurance claim",
      "Request for an itemised invoice for an insurer; only the helpdesk acknowledgement; the customer follows up on his own mail four days later; no human reply.",
      cu("11-13 14:22", """Hello,

You replaced the screen on my MacBook Air last month (job BW-40213, I collected it on 28 October). My home insurer will refund it but they need an itemised invoice showing parts and labour separately - the card receipt isn't enough. Please could you email one over?

Many thanks,
Jasper Quinlan"""),
      ack("11-13 14:23"),
      cu("11-17 09:05", """Just following up on this - the insurer has given me until the end of the month and I still haven't had the invoice. Could someone send it please?

Jasper""", chase=True)),

    C("b08-kessler-qwertz", "de", "closed", {"unanswered-question": 1},
      "Jana Keßler <jana.kessler@kessler-uebersetzungen.example>", "gmail_de", "Tastatur ThinkPad X1 Carbon",
      "German translator in Bristol: German keyboard and price answered; the request to invoice her company is ignored.",
      cu("11-04 09:30", """Hallo,

ich wohne seit kurzem in Bristol, und bei meinem Lenovo ThinkPad X1 Carbon (Gen 9) funktionieren mehrere Tasten nicht mehr (E, R und die Leertaste). Ich habe gelesen, dass Sie Tastaturen tauschen. Können Sie dabei eine deutsche Tastatur (QWERTZ) einbauen, oder gibt es nur die englische? Und was würde das ungefähr kosten?

Außerdem bräuchte ich die Rechnung auf meine Firma ausgestellt (Keßler Übersetzungen, USt-IdNr. DE318552041), da ich das Gerät beruflich nutze.

Viele Grüße
Jana Keßler""", uq=1),
      ag("lukas", "11-04 11:15", """Hallo Frau Keßler,

das geht: Die deutsche Tastatur für das X1 Carbon Gen 9 bestellen wir bei unserem Händler in Düsseldorf, inklusive Einbau liegen Sie dann bei 149 £. Die englische hätten wir vorrätig, die käme auf 119 £.

Die Lieferung dauert normalerweise zwei bis drei Werktage; bringen Sie den Laptop danach einfach vorbei, der Einbau selbst dauert etwa eine Stunde.

Viele Grüße
Lukas Brenner""")),

    C("b09-marchetti-surface", "fr", "pending", {},
      "Élise Marchetti <elise.marchetti@orange.example>", "apple_fr", "Écran Surface Pro 7 fissuré",
      "French customer: two questions (do you replace a glued screen, how many days) answered in one sentence each.",
      cu("11-17 18:40", """Bonjour,

L'écran de mon Surface Pro 7 s'est fissuré (chute du canapé, rien de bien glorieux). Le tactile fonctionne encore à moitié. Est-ce que vous remplacez ce type d'écran, sachant qu'il est collé ? Et si oui, il faut compter combien de jours sans la tablette ?

Merci d'avance,
Élise Marchetti"""),
      ag("camille", "11-18 09:25", """Bonjour Élise,

C'est une réparation que nous faisons souvent : on décolle la vitre à la chaleur et on pose un ensemble écran et tactile d'origine Microsoft, pour 229 £ TTC. La pièce est en stock, donc comptez 48 heures à partir du dépôt à la boutique.

Bien cordialement,
Camille""")),

    C("b10-echeverria-fuente", "es", "closed", {"missed-follow-up": 1},
      "Marta Echeverría <marta.echeverria@correo.example>", "gmail_es", "El ordenador no arranca",
      "Spanish customer: diagnosis fee answered; whether a 650 W power supply is in stock deferred to 'mañana' and never confirmed.",
      cu("11-04 10:15", """Hola:

Mi ordenador de sobremesa (lo montó un amigo hace unos cinco años) no arranca desde ayer: los ventiladores giran un segundo y se apaga todo. ¿Cuánto cobran por el diagnóstico? ¿Y tienen fuentes de alimentación de 650 W en la tienda, por si fuera eso?

Un saludo,
Marta"""),
      ag("lucia", "11-04 12:40", """Hola, Marta:

El diagnóstico son 35 £, pero no se cobra si después hacemos nosotros la reparación. Por lo que cuenta, tiene toda la pinta de ser la fuente, sí.

Lo de la fuente de 650 W lo tengo que mirar en el almacén; mañana le confirmo si nos queda alguna.

Un saludo,
Lucía""", promises=[("11-05", None)])),

    C("b11-lomax-wifi-after-fan", "en", "closed", {"reopened": 1},
      "Derek Lomax <derek.lomax@btinternet.example>", "outlook", "Wi-Fi not finding any networks",
      "Antenna lead reclipped and the ticket marked as resolved; the customer comes back with a drop-out after sleep, answered with a Windows setting.",
      cu("11-02 10:30", """Hi,

The Wi-Fi on my Acer Aspire keeps saying "no networks found" even though my phone sees the router fine. I collected it from you in the summer after a fan repair - could that be related? Can I bring it in?

Derek"""),
      ag("dan", "11-02 11:50", """Hi Derek,

It could well be - the antenna leads run right past the fan, and if one was left unclipped it would look exactly like this. Bring it in whenever suits; if it turns out to be our fault there's no charge.

Dan"""),
      ag("dan", "11-04 15:20", """Hi Derek,

Found it: one of the antenna leads had popped off the Wi-Fi card. Reclipped, tested on three networks and left on an overnight download without a single drop-out. No charge, of course - it's ready at the front desk.

I'll mark this ticket as resolved, but just reply here if anything else comes up.

Dan""", parent=1, closes=True),
      cu("11-12 19:05", """Hi Dan,

Sorry to be back so soon. The Wi-Fi is fine at home now, but it drops every time the laptop wakes from sleep and I have to restart it. Is that something you can look at, or is it a Windows thing?

Derek"""),
      ag("dan", "11-13 09:40", """Hi Derek,

That one's Windows rather than hardware: a power-saving option lets the card switch itself off during sleep. Device Manager > Network adapters > the Intel Wi-Fi entry > Power Management tab, and untick "Allow the computer to turn off this device to save power". If it still drops after that, bring it back and we'll look again at no charge.

Dan""")),

    C("b12-farouk-coding-club", "en", "open", {},
      "Nadia Farouk <nadia.farouk@stwerburghs-primary.example>", "gmail", "Refurbished desktops for a coding club",
      "Teacher asks about a school discount and Linux on the audit day; only the helpdesk acknowledgement so far (inside the response target).",
      cu("11-20 10:30", """Hello,

I teach computing at a primary school and we've been given a small grant to buy refurbished desktops for a coding club - about eight of them. Do you do discounts for schools? And could the machines come with Linux rather than Windows?

Thanks,
Nadia Farouk
St Werburgh's Primary School"""),
      ack("11-20 10:31")),

    C("b13-gale-slow-latitudes", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Martin Gale <martin@galepartners-architects.example>", "outlook", "Two slow laptops",
      "Friday-afternoon request answered on Monday (slow) with a visit; the Microsoft 365 licence question is skipped. The customer's disclaimer follows his signature.",
      cu("11-06 15:40", """Hi Gareth,

Two of the staff laptops (both Dell Latitudes from the batch you supplied in 2023) have become painfully slow in the last couple of weeks - twenty minutes to open a drawing. Could someone come out on Monday to look at them?

Separately, do you also manage Microsoft 365 licences? Our current provider is retiring and I'd rather have one company for everything.

Martin Gale
Gale & Partners Architects

This message is confidential and may be legally privileged. If you are not the intended recipient, please tell us and delete it. Gale & Partners LLP, registered in England OC412877.""", uq=1),
      ag("gareth", "11-09 09:15", """Hi Martin,

Sorry, only just picked this up - I was on site all Friday afternoon. I can be with you at 2pm today. Latitudes slowing down like that after a couple of weeks is usually the latest Windows 11 update fighting with the old graphics driver, so I'll have the fix with me.

Regards,
Gareth""")),

    C("b14-danvers-hinge", "en", "pending", {"missed-follow-up": 1},
      "Kerry Danvers <kerry.danvers@gmail.example>", "android", "Broken hinge HP Envy x360",
      "Labour price given, the part price deferred with 'let me check with our parts supplier and get back to you' (no date); nothing within the two-day window.",
      cu("11-16 09:20", """Hi, the left hinge on my HP Envy x360 has snapped and the lid is coming away from the base. Do you fix that, and how much would it be? It's the 15 inch one, bought in 2022.

Kerry

Get Outlook for Android"""),
      ag("dan", "11-16 11:00", """Hi Kerry,

We do - on the x360 it's usually the hinge plus the plastic mounts it's screwed into, which crack along with it. Labour is £45. The part price depends on the exact model, and HP changed suppliers for the 2022 ones, so let me check with our parts supplier and get back to you with a full price.

Dan""", promises=[("window", None)])),

    C("b15-hartley-family-photos", "en", "pending", {},
      "Ben Hartley <ben@hartleyjoinery.example>", "apple", "Old Toshiba - family photos",
      "Front desk says the recovery specialist will email tomorrow; she does, on time, answering the second question.",
      cu("11-16 14:10", """Hello,

I left my old laptop (a Toshiba, about ten years old) with you on Saturday for data recovery - it's got the photos of my kids' first years on it and nothing else matters. Has anyone had a chance to look at it yet? Do you think the photos are still there?

Ben Hartley"""),
      ag("priya", "11-16 15:30", """Hi Ben,

It's with Mei, who does all our recoveries, and she's imaging the drive today. She'll email you tomorrow with what she's found and how much of it is readable.

Priya""", promises=[("11-17", 3)]),
      ag("mei", "11-17 16:45", """Hello Ben,

Good news: the drive was slow and had a few bad sectors, but I've got a complete image off it and your Pictures folder is intact - 14,300 photos and 212 videos, from 2014 to 2019. I can put them on a USB stick (£12), or on a portable drive if you'd like a second copy too (£55 for 1TB). The recovery itself is the £150 quoted when you dropped it off.

Mei""", parent=1)),

    C("b16-morel-zenbook-charge", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Sébastien Morel <s.morel@atelier-morel.example>", "apple_fr", "ZenBook qui ne charge plus",
      "French customer on a trip to Lyon: 'je reviens vers vous d'ici mercredi' kept only the next Monday, after he writes again - missed and chased.",
      cu("11-02 09:45", """Bonjour,

Je vous ai déposé vendredi dernier mon PC portable Asus (ZenBook 14) parce qu'il ne charge plus du tout, même avec un autre chargeur. Avez-vous pu y jeter un œil ? Je suis en déplacement à Lyon jusqu'au 12 et j'aimerais savoir si je pourrai le récupérer à mon retour.

Cordialement,
Sébastien Morel"""),
      ag("camille", "11-02 11:20", """Bonjour Sébastien,

Votre ZenBook est bien chez nous. Notre technicien a contrôlé le connecteur USB-C : il est arraché à l'intérieur, il faut donc changer la petite carte de charge. Je commande la pièce et je reviens vers vous d'ici mercredi avec le prix exact et la date d'arrivée.

Bien cordialement,
Camille""", promises=[("11-04", 4)]),
      cu("11-06 10:30", """Bonjour Camille,

Je reviens vers vous faute de nouvelles : je n'ai toujours pas reçu le prix de la réparation. Pourriez-vous me dire où on en est ?

Cordialement,
Sébastien Morel""", chase=True),
      ag("camille", "11-09 09:40", """Bonjour Sébastien,

Toutes mes excuses pour ce silence. La carte de charge est arrivée ce matin : la réparation revient à 95 £ TTC, pièce et main-d'œuvre comprises, et votre ZenBook sera prêt jeudi 12, juste à temps pour votre retour.

Bien cordialement,
Camille"""), tz=1),

    C("b17-beckett-licence-forward", "en", "closed", {},
      "Fiona Beckett <fiona.beckett@outlook.example>", "gmail", "Fwd: Order BW-S-10877 confirmed - thank you!",
      "HTML-only forward of a shop order confirmation full of boilerplate questions; the customer's one question about the Windows licence is answered.",
      cu("11-05 20:15", """Hi there,

I bought this from your website on Sunday. Before I open the box and set it up - can you confirm the Windows licence on it is a genuine one that's mine to keep, not a volume licence tied to some company? A friend got caught out with that.

Thanks,
Fiona

---------- Forwarded message ---------
From: Bytewell Computer Repairs <shop@bytewellrepairs.example>
Date: Sun, 1 Nov 2026 at 16:02
Subject: Order BW-S-10877 confirmed - thank you!
To: <fiona.beckett@outlook.example>

Thanks for your order!
1 x Refurbished HP ProDesk 400 G7 SFF, i5-10500, 16 GB RAM, 512 GB SSD, Windows 11 Home - £249.00
Delivery: DPD next working day - £9.50
Questions about your order? Visit https://bytewellrepairs.example/help?order=BW-S-10877
Want to add an extended warranty? Just reply within 14 days.""", kind="html"),
      ag("sophie", "11-06 10:05", """Hi Fiona,

It is: every refurbished machine we sell gets a fresh Windows 11 install with its own retail licence, activated against that PC's hardware - it's yours, and it stays with the PC even if you reinstall. The key is also printed on the sticker on the back of the box.

Sophie""")),

    C("b18-rowe-imac-transfer", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Gillian Rowe <gill.rowe@talktalk.example>", "apple", "Moving to a new iMac",
      "Data transfer priced; asked whether the old drive will be wiped before recycling, the agent offers to give the drive back instead; the collection slot promised by Wednesday never comes.",
      cu("11-16 11:05", """Hello,

I've just bought a new iMac and would like you to move everything over from my old one (a 2015 27-inch), including the Photos library, which is huge - about 400 GB. Can you do that, and what would it cost?

My other worry is the old iMac: I'm going to give it to a recycling scheme. Will you wipe the old drive properly before it goes, so nobody can get at my files?

Best wishes,
Gillian Rowe""", uq=1),
      ag("priya", "11-16 14:20", """Hi Gillian,

No problem at all: a full transfer, Photos library included, is £75, and we check that the library opens and all the albums are there on the new machine before it comes back to you. If you'd like to keep the old hard drive itself as an extra backup, we can take it out and put it in a USB case for £25.

Our van picks both iMacs up and brings the new one back set up. I'll confirm the collection slot by Wednesday once I've seen the van schedule.

Best wishes,
Priya""", promises=[("11-18", None)])),

    C("b19-wendler-latitudes-de", "de", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Thomas Wendler <t.wendler@wendler-steuerberatung.example>", "gmail_de", "Anfrage gebrauchte Laptops",
      "German tax office in Freiburg: acknowledgement only, a reminder four days later ('ich warte immer noch auf eine Antwort'), then both questions answered.",
      cu("11-12 09:00", """Guten Tag,

wir sind ein kleines Steuerbüro in Freiburg und suchen drei gebrauchte Laptops für unsere Auszubildenden. Auf Ihrer Seite habe ich das Dell Latitude 5420 gesehen. Liefern Sie auch nach Deutschland, und wenn ja, was kostet der Versand? Und haben die Geräte eine deutsche Tastatur oder nur eine englische?

Mit freundlichen Grüßen
Thomas Wendler
Wendler Steuerberatung, Freiburg im Breisgau"""),
      ack("11-12 08:01"),
      cu("11-16 08:30", """Guten Tag,

ich warte immer noch auf eine Antwort auf meine Anfrage vom Donnerstag. Könnten Sie mir bitte kurz Bescheid geben?

Mit freundlichen Grüßen
Thomas Wendler""", chase=True, parent=1),
      ag("lukas", "11-16 11:10", """Guten Tag Herr Wendler,

entschuldigen Sie bitte die späte Antwort. Wir versenden nach Deutschland mit DHL Express für 45 £ pro Sendung - bei drei Geräten also einmal 45 £, nicht pro Laptop. Die Latitude 5420 haben wir mit englischer Tastatur am Lager; für 35 £ pro Gerät bauen wir eine deutsche QWERTZ-Tastatur ein, dann verlängert sich die Lieferzeit um etwa eine Woche.

Mit freundlichen Grüßen
Lukas Brenner"""), tz=1),

    C("b20-goikoetxea-portatil-hija", "es", "open", {"awaiting-reply": 1},
      "Iñaki Goikoetxea <inaki.goiko@correo.example>", "gmail_es", "Portátil reacondicionado para la universidad",
      "Spanish father: laptop suggestion and warranty answered; a week later he asks to reserve it until Saturday - no reply yet (awaiting reply, not an unanswered question).",
      cu("11-10 12:00", """Hola:

Estoy buscando un portátil reacondicionado para mi hija, que empieza la universidad en enero. ¿Tienen algo por debajo de 300 libras que vaya bien con Office y el navegador? ¿Y la garantía es la misma que en los nuevos?

Gracias,
Iñaki"""),
      ag("lucia", "11-10 15:30", """Hola, Iñaki:

Para eso le recomendaría el Lenovo ThinkPad L14 con Ryzen 5 y 16 GB de RAM, que tenemos a 279 £: va sobrado para Office y el navegador, y lleva la batería recién cambiada. Todos nuestros reacondicionados llevan 12 meses de garantía con piezas y mano de obra, igual que un equipo nuevo de tienda.

Un saludo,
Lucía"""),
      cu("11-17 20:10", """Hola, Lucía:

Nos lo quedamos. ¿Me lo pueden reservar hasta el sábado? Paso a recogerlo y pagarlo en la tienda.

Gracias de nuevo,
Iñaki""")),

    C("b21-marsh-showroom-pcs", "en", "closed", {"unanswered-question": 1},
      "Colin Marsh <colin@marshfloorings.example>", "outlook", "Refurbished PCs for the showroom office",
      "Price list sent; in his thank-you mail the customer orders four PCs and asks about part exchange; only the order is handled (invoice PDF). His signature has a '?' and a URL.",
      cu("11-03 09:10", """Hi,

We need to replace the four PCs in our showroom office. Could you send me your current list of refurbished desktops with prices? Nothing fancy - email, the invoicing software and the odd PDF.

Colin Marsh
Marsh Floorings Ltd
New floor? Visit our showroom: https://marshfloorings.example/showroom?src=email"""),
      ag("sophie", "11-03 10:40", """Hi Colin,

Here's what we have in at the moment that would suit:

- Dell OptiPlex 7080 SFF, i5, 16 GB, 512 GB SSD, Windows 11 Pro - £289
- HP ProDesk 400 G7 SFF, i5, 16 GB, 512 GB SSD, Windows 11 Pro - £269
- Lenovo M70q Tiny, i3, 8 GB, 256 GB SSD, Windows 11 Pro - £199

All prices ex VAT, with 12 months' warranty. The full list is always live at https://bytewellrepairs.example/refurb?cat=desktop

Sophie"""),
      cu("11-04 08:30", """Thanks Sophie, that's really helpful. We'll go with four of the OptiPlex 7080s - please invoice Marsh Floorings Ltd at the usual address. Do you take old machines in part exchange? Ours are 2016 Dell Vostros, all still working.

Colin Marsh
Marsh Floorings Ltd
New floor? Visit our showroom: https://marshfloorings.example/showroom?src=email""", uq=1),
      ag("sophie", "11-04 11:15", """Hi Colin,

Great choice - four OptiPlex 7080s are reserved for you, and the invoice is attached (BW-S-10912, £1,387.20 including VAT). They're ready for delivery from Monday; just tell me which day suits the showroom.

Sophie""", attach=[("application/pdf", "BW-S-10912.pdf", ORDER_PDF)])),

    C("b22-pugh-tea-keyboard", "en", "closed", {},
      "Rhys Pugh <rhys.pugh@gmail.example>", "thunderbird", "Tea in the keyboard",
      "A rhetorical question and a question the customer answers himself around one real request, answered with a booking and a price.",
      cu("11-05 21:30", """Evening,

Who knew a mug of tea could do £900 of damage? My daughter's HP laptop had one poured into it on Sunday and half the keys now type the wrong letters. I've dried it out as best I can.

Where do I find the model number, by the way? Ah, ignore that - it's on the sticker underneath: HP 15s-eq2023na.

Please book it in for a keyboard replacement this week if you can. It's her school laptop, so sooner is better.

Cheers,
Rhys"""),
      ag("priya", "11-06 09:15", """Hi Rhys,

You're booked in for Monday 9th at 10am. On that model the keyboard comes as part of the top case, £89 fitted, and while it's open we'll check the board for any tea that got further in. It's normally a same-day job, so she should have it back for school on Tuesday.

Best wishes,
Priya""")),

    C("b23-carver-office-move", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
      "Helen Carver <helen.carver@carver-kent.example>", "outlook", "IT for our office move - Temple Quay",
      "Three agents handle a solicitors' office move: the monitors promised 'in touch' arrive in time, the cabling plan promised for tomorrow comes a day late; the split-invoicing request is never addressed. Cc to a partner.",
      cu("11-16 08:40", """Good morning,

We move into our new office at Temple Quay House on 30 November and need your help with the IT side. Could you let me know whether you can do the network cabling and Wi-Fi for 12 desks? We'll also need six refurbished 24-inch monitors, as the old ones aren't worth moving.

The office is shared between Carver & Kent Solicitors and Kent Family Mediation, so please invoice the two firms separately - the mediation side is roughly a third of the work.

Kind regards,
Helen Carver
Practice Manager, Carver & Kent Solicitors""", uq=1, cc="Martin Kent <martin.kent@carver-kent.example>"),
      ag("priya", "11-16 09:30", """Dear Helen,

Yes, we can do both. Gareth, who runs our business installations, already has the floor plan from your landlord and will email you a cabling plan and quote tomorrow, and Sophie will be in touch about the monitors.

Kind regards,
Priya""", promises=[("11-17", 4), ("window", 3)]),
      ag("sophie", "11-17 14:00", """Dear Helen,

For the monitors I'd suggest six Dell P2419H - 24-inch, height-adjustable, stands included - at £79 each ex VAT, all grade A. They can go to Temple Quay on the 30th with Gareth's team.

Kind regards,
Sophie""", parent=1),
      ag("gareth", "11-18 10:15", """Dear Helen,

Apologies, this should have reached you yesterday. The cabling plan is attached: 12 double data points, two ceiling access points and a small rack in the comms cupboard. The whole installation comes to £2,940 + VAT, and we can do it on Friday 27th so everything is live for the 30th.

Regards,
Gareth""", parent=1, attach=[("application/pdf", "temple-quay-cabling-plan.pdf", CABLING_PDF)])),

    C("b24-bernard-carte-sd", "fr", "pending", {"unanswered-question": 1},
      "Lucie Bernard <lucie.bernard@photolucie.example>", "gmail", "Récupération carte SD mariage",
      "French photographer who posted an SD card: results and price sent with a PDF report; the request to send card and files back by tracked post is ignored. Her signature has a URL with '?'.",
      cu("11-17 10:20", """Bonjour,

Je suis photographe et je vous ai envoyé la semaine dernière par La Poste une carte SD (SanDisk Extreme 128 Go) qui n'est plus reconnue depuis un mariage. Vous l'avez bien reçue ? Pouvez-vous me dire ce que vous avez pu récupérer, et à quel prix ?

Est-ce que vous pouvez me renvoyer la carte et les fichiers par courrier suivi ? Je ne repasse pas à Bristol avant février.

Merci beaucoup,
Lucie Bernard
Photographe - https://photolucie.example/mariages?lang=fr""", uq=1),
      ag("camille", "11-17 15:10", """Bonjour Lucie,

Bonne nouvelle : la carte est arrivée jeudi et nous avons récupéré 2 318 photos JPEG et 44 fichiers RAW ; seuls 12 fichiers sont illisibles (la liste complète est dans le rapport ci-joint). La récupération est facturée 180 £ TTC.

Bien cordialement,
Camille""", attach=[("application/pdf", "rapport-DR-1203.pdf", SD_PDF)]), tz=1),

    C("b25-villalobos-bateria", "es", "closed", {},
      "Carmen Villalobos <carmen.villalobos@correo.example>", "gmail_es", "Batería hinchada MacBook Air",
      "Spanish customer: safety, price and turnaround of a swollen battery all answered; thanks-only reply.",
      cu("11-05 11:00", """Buenos días:

Tengo un MacBook Air de 2019 con la batería hinchada (el trackpad ya no hace clic). ¿Es peligroso seguir usándolo mientras tanto? ¿Cuánto costaría cambiarla y cuánto tardan?

Muchas gracias,
Carmen"""),
      ag("lucia", "11-05 12:20", """Hola, Carmen:

Mejor no lo use ni lo deje cargando hasta que lo traiga, porque una batería hinchada puede llegar a perforarse. El cambio sale por 129 £ con una batería nueva de calidad original, y si lo deja por la mañana se lo devolvemos esa misma tarde.

Un saludo,
Lucía"""),
      cu("11-05 12:45", """¡Mil gracias, Lucía! Lo llevo mañana a primera hora.

Carmen""", thanks=True)),

    C("b26-mehra-server-proposal", "en", "pending", {},
      "Sunita Mehra <sunita@mehra-pharmacy.example>", "owa", "Server replacement - proposal for the partners",
      "Old server's value answered; the written proposal promised by Tuesday 24 November is still ahead at audit time.",
      cu("11-19 09:00", """Hi Gareth,

Following your visit yesterday, could you put the server replacement in writing for the partners? They'd like two options side by side: a new tower server in the back office, or moving the shared drive to the cloud.

Also - is the old server worth anything second-hand?

Sunita Mehra
Mehra Pharmacy, Gloucester Road"""),
      ag("gareth", "11-19 13:30", """Hi Sunita,

Sadly not much: it's a 2016 HP ML30, realistically £40-60 as spare parts, so not worth the hassle of selling - we'll wipe and recycle it free of charge. I'll send the written proposal with both options by Tuesday 24 November, once Microsoft have come back with the cloud pricing.

Regards,
Gareth""", promises=[("11-24", None)])),

    C("b27-stringer-courier-cornwall", "en", "closed", {},
      "Paul Stringer <paul.stringer@gmail.example>", "gmail", "Laptop repair from Cornwall",
      "Courier collection and payment answered together; 'the courier collects on Wednesday' and the automatic texts are logistics, not promises.",
      cu("11-02 18:20", """Hi,

I live out in Cornwall so can't easily bring my laptop in. Can you arrange for a courier to collect it? And how would I pay - do you need a card over the phone?

It's an MSI gaming laptop with a fan that sounds like a jet engine.

Paul"""),
      ag("priya", "11-03 09:40", """Hi Paul,

All set up: the courier collects the laptop from you on Wednesday between 8am and 6pm and brings a padded box, so there's nothing to pack, and you pay through a secure link once we've diagnosed it - no card details over the phone. You'll get an automatic text at each stage, and the same courier brings it back when it's done.

Best wishes,
Priya""")),

    C("b28-pritchard-washed-usb", "en", "closed", {},
      "Zoe Pritchard <zoe.pritchard@pritchardevents.example>", "gmail", "Can you rescue a washed USB stick?",
      "Question answered; the customer's own out-of-office reply lands in the thread a minute later.",
      cu("11-04 13:30", """Hi, can you recover files from a USB stick that's been through the washing machine? Small Kingston 32GB one, it has the seating plans for three weddings on it.

Zoe"""),
      ag("mei", "11-04 15:05", """Hi Zoe,

Very often, yes - USB sticks survive a wash better than you'd think, as long as nobody plugs them in while they're still wet. Leave it somewhere warm and dry for a couple of days, then bring it in: £60 if we get the files back, nothing if we don't.

Mei"""),
      auto("11-04 15:06", """Thanks for your email. I'm at a wedding fair in Birmingham until Monday 9 November and will reply when I'm back. For urgent bookings please call the office on 0117 496 0544.

Zoe Pritchard | Pritchard Events""", quote=False, subject="Automatic reply: Re: Can you rescue a washed USB stick?")),

    C("b29-hoffmeister-praxis-pcs", "de", "closed", {"unanswered-question": 1},
      "Dr. Anja Hoffmeister <praxis@hoffmeister-physio.example>", "outlook_de", "Angebot für fünf Rechner",
      "German physiotherapy practice in Clifton: quote sent as a PDF; the question about setting up on site and connecting the printer is skipped.",
      cu("11-09 08:15", """Guten Morgen,

für unsere Praxis in Clifton brauchen wir fünf neue Rechner für die Behandlungsräume und den Empfang. Es reichen kleine, leise Geräte für die Terminsoftware und E-Mails. Könnten Sie mir bitte ein Angebot schicken?

Können Sie die Rechner auch bei uns vor Ort einrichten und an den Drucker anschließen? Unser bisheriger Techniker ist leider in Rente gegangen.

Mit freundlichen Grüßen
Dr. Anja Hoffmeister
Physiotherapie Hoffmeister, Clifton""", uq=1),
      ag("lukas", "11-09 10:50", """Guten Morgen Frau Dr. Hoffmeister,

anbei unser Angebot über fünf HP EliteDesk 800 G6 Mini mit i5, 16 GB, 256 GB SSD und Windows 11 Pro, je 259 £ zzgl. MwSt., mit zwölf Monaten Gewährleistung. Die Geräte sind kaum größer als ein Taschenbuch und im Betrieb praktisch nicht zu hören.

Das Angebot gilt bis zum 18. Dezember.

Mit freundlichen Grüßen
Lukas Brenner""", attach=[("application/pdf", "Angebot-Q-26-1191.pdf", ANGEBOT_PDF)])),

    C("b30-barker-receipt-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Leonie Barker <leonie@barkerbakes.example>", "outlook", "Receipt for laptop bought 7 November",
      "Request for a receipt, resent word for word two days later as a new mail with the same subject; no reply.",
      cu("11-16 10:05", """Hello,

Please can you send me a copy of the receipt for the refurbished laptop I bought in the shop on 7 November (a Lenovo IdeaPad, paid by card)? I need it for my business expenses.

Thanks,
Leonie Barker
Barker Bakes"""),
      cu("11-18 16:40", """Hello,

Please can you send me a copy of the receipt for the refurbished laptop I bought in the shop on 7 November (a Lenovo IdeaPad, paid by card)? I need it for my business expenses.

Thanks,
Leonie Barker
Barker Bakes""", chase=True, parent=0)),

    C("b31-lacey-template-reply", "en", "open", {"unanswered-question": 2, "customer-chased": 1, "awaiting-reply": 1},
      "Owen Lacey <owen.lacey@laceyplumbing.example>", "android", "Yoga screen repair BW-41876",
      "A templated reply answers 'is it ready?' with the tracking status and ignores the SSD upgrade and the battery-warranty question; the customer chases a week later, no reply yet.",
      cu("11-12 07:30", """Morning,

My laptop has been with you since Monday (Lenovo Yoga, job number BW-41876) for a new screen. Is it ready yet? Also, while it's with you can you fit a bigger SSD - 1TB if possible - and move everything across? And is it still under warranty for the battery you replaced in the spring? It's only holding about two hours now.

Cheers
Owen

Get Outlook for Android""", uq=2),
      ag("priya", "11-12 09:05", """Dear customer,

Thank you for your enquiry about repair BW-41876. You can follow the progress of your repair at any time at https://bytewellrepairs.example/track?job=BW-41876 - the workshop updates the status at every stage.

Current status: Awaiting parts (screen ordered 10/11/2026).

Kind regards,
Bytewell Front Desk"""),
      cu("11-19 10:00", """Hi, I'm still waiting for an answer about the SSD and the battery warranty - see my email below. The tracking page just says awaiting parts.

Owen

Get Outlook for Android""", chase=True)),

    C("b32-chandran-invoice-hours", "en", "closed", {"missed-follow-up": 1},
      "Ravi Chandran <ravi@chandran-consulting.example>", "gmail", "Invoice BW-40655 - wrong hours",
      "Billing error admitted and a corrected invoice promised 'by end of day'; it never comes. The customer opens with a pleasantry.",
      cu("11-05 09:40", """Hi Gareth,

Hope the week's treating you well? The invoice for last week's call-out (BW-40655) charges us for three hours, but you were only here from 10 till 11.30. Could you check it and send a corrected one?

Ravi Chandran
Chandran Consulting"""),
      ag("gareth", "11-05 12:10", """Hi Ravi,

You're right, and it's my mistake - I logged the job before yours against your account. It should be an hour and a half, so £115 instead of £205. I'll get accounts to reissue it and you'll have the corrected invoice by end of day.

Regards,
Gareth""", promises=[("11-05", None)])),

    C("b33-lefevre-azerty", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Antoine Lefèvre <antoine.lefevre@lefevre-avocats.example>", "apple_fr", "ThinkPad reconditionné clavier AZERTY",
      "French lawyer in Paris writes again after two days without an answer; the slow reply answers the stock, keyboard and delivery questions.",
      cu("11-03 14:00", """Bonjour,

Je cherche un ThinkPad X1 Carbon reconditionné avec un clavier AZERTY. En avez-vous en stock, ou pouvez-vous changer le clavier ? Livrez-vous en France, et sous quel délai ?

Merci,
Antoine Lefèvre"""),
      cu("11-05 09:15", """Bonjour,

Je reviens vers vous au sujet de mon message de mardi, resté sans réponse. Pourriez-vous au moins me dire si c'est possible ?

Antoine Lefèvre""", chase=True, parent=1),
      ag("camille", "11-05 10:30", """Bonjour Antoine,

Je suis désolée pour ce délai. Nous n'avons pas de X1 Carbon en AZERTY en stock, mais nous pouvons changer le clavier de celui qui est en vente (Gen 9, i7, 16 Go, 399 £) pour 40 £ de plus. L'envoi en France se fait par UPS en trois à quatre jours ouvrés, pour 35 £.

Bien cordialement,
Camille"""), tz=1),

    C("b34-montoya-presupuesto", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Montoya <javier@montoya-reformas.example>", "gmail_es", "Dos ordenadores que se reinician",
      "Spanish building firm: 'el lunes sin falta le mando el presupuesto' is not kept; the customer asks for news on Wednesday and gets the quote (PDF) then.",
      cu("11-12 10:00", """Buenos días, Lucía:

Como le comenté por teléfono, en la oficina tenemos dos ordenadores que se reinician solos varias veces al día. ¿Pueden venir a revisarlos o es mejor que se los llevemos? Y, sobre todo, ¿me pueden hacer un presupuesto antes de tocar nada? Mi socio quiere verlo por escrito.

Saludos,
Javier Montoya
Montoya Reformas Ltd"""),
      ag("lucia", "11-12 13:20", """Hola, Javier:

Les sale más a cuenta traérnoslos: la visita a domicilio cuesta 85 £, y aquí el diagnóstico es gratis si luego hacemos la reparación. Cuando los tengamos les hago las pruebas y el lunes sin falta le mando el presupuesto por escrito.

Un saludo,
Lucía""", promises=[("11-16", 5)]),
      cu("11-13 09:00", """Perfecto, se los dejamos esta tarde. Gracias.

Javier""", thanks=True),
      cu("11-18 09:30", """Hola, Lucía:

¿Hay novedades con los dos ordenadores? El lunes no me llegó nada y mi socio me pregunta todos los días.

Saludos,
Javier""", chase=True),
      ag("lucia", "11-18 12:00", """Hola, Javier:

Perdone el retraso. Los dos equipos tienen la misma avería: condensadores hinchados en la placa base. Con dos placas nuevas y la mano de obra son 340 £ + IVA en total; le adjunto el presupuesto en PDF para su socio.

Un saludo,
Lucía""", attach=[("application/pdf", "presupuesto-Q-26-1207.pdf", PRESUPUESTO_PDF)])),

    C("b35-stacey-charger-sleeve", "en", "closed", {},
      "Imogen Stacey <imogen.stacey@staceyco.example>", "apple", "Charger and sleeve for the MacBook",
      "Multipart/alternative mail: charger and sleeve answered in one sentence; the customer's follow-up request ('Post them please') is confirmed.",
      cu("11-06 12:15", """Hi Sophie,

Thanks for helping me choose the MacBook last week - it's been great. Two follow-ups:

Could I add a second charger for the office? Same 30W USB-C one that came in the box.
And is there a sleeve that fits? The 13-inch ones I've tried are all a bit loose.

Imogen""", kind="alt"),
      ag("sophie", "11-06 14:00", """Hi Imogen,

Glad it's working out! The 30W Apple charger is £29 and I have one here, and for a snug fit I'd go for the Tomtoc 13.3-inch sleeve (£22), which is cut for the Air rather than the Pro. Shall I post both, or would you rather collect them?

Sophie"""),
      cu("11-06 14:20", """Post them please - I'll pay by the link. Thanks!

Imogen""", kind="alt"),
      ag("sophie", "11-06 15:00", """Done - both went in the 4pm post, and the payment link is in your texts.

Sophie""")),

    C("b36-hale-inspiron-resolved", "en", "pending", {"reopened": 1},
      "Dominic Hale <dominic@haleandsonbuilders.example>", "thunderbird", "Inspiron says plugged in, not charging",
      "Charging message explained, the customer thanks, a '[Resolved]' close; a week later he asks in the same thread for a RAM upgrade quote, which is answered.",
      cu("11-09 08:50", """Hi,

The laptop you fixed last week (Dell Inspiron, new charging port) is charging again, but about once a day the battery icon says "plugged in, not charging". Is that normal after the repair?

Dom"""),
      ag("dan", "11-09 11:30", """Hi Dom,

Not normal, but it's not the port either: on Inspirons that message is usually Dell's battery-saver mode. In the Dell Power Manager app, set Battery Settings to "Standard" instead of "Primarily AC use" and it'll charge fully again.

Dan"""),
      cu("11-09 17:05", """That's sorted it. Cheers Dan!

Dom""", thanks=True),
      ag("dan", "11-10 09:00", """Hi Dom,

Good to hear. I'm closing this one off - thanks for letting us know.

Dan""", subject="[Resolved] Re: Inspiron says plugged in, not charging", closes=True),
      cu("11-16 10:10", """Hi Dan,

One more thing while I think of it - could you quote for upgrading that same laptop to 16GB of RAM? It's got 8 at the moment and the drawing software crawls.

Dom""", subject="Re: [Resolved] Re: Inspiron says plugged in, not charging"),
      ag("dan", "11-16 12:30", """Hi Dom,

That Inspiron has two slots with a single 8GB stick in, so we'd add a matching 8GB one: £39 for the memory plus £20 to fit it, about fifteen minutes while you wait.

Dan""")),

    C("b37-lang-thinkpad-flackern", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Friederike Lang <f.lang@lang-architektur.example>", "thunderbird_de", "ThinkPad T14s flackert",
      "German architect: warranty answered; repair time promised 'spätestens am Mittwoch' after checking with Lenovo, never sent; she asks on Thursday, no reply yet.",
      cu("11-16 09:40", """Hallo Herr Brenner,

das ThinkPad T14s, das ich im Juli bei Ihnen gekauft habe, flackert seit ein paar Tagen, sobald ich den Deckel öffne. Fällt das noch unter Ihre Gewährleistung? Und wie lange wäre ich ohne Gerät?

Viele Grüße
Friederike Lang"""),
      ag("lukas", "11-16 12:15", """Hallo Frau Lang,

das ist ganz klar ein Gewährleistungsfall, Sie zahlen also nichts. Wahrscheinlich ist es das Displaykabel im Scharnier. Das Gerät hat außerdem noch Herstellergarantie, und dann bekommen wir das Originalkabel über Lenovo. Ich kläre das mit Lenovo und schreibe Ihnen spätestens am Mittwoch, wie lange die Reparatur dauert.

Viele Grüße
Lukas Brenner""", promises=[("11-18", None)]),
      cu("11-19 14:20", """Hallo Herr Brenner,

haben Sie schon etwas von Lenovo gehört? Ich müsste nächste Woche planen, wann ich den Laptop abgeben kann.

Viele Grüße
Friederike Lang""", chase=True)),

    C("b38-vaughan-bookshop-till", "en", "closed", {},
      "Eleanor Vaughan <eleanor@vaughansbooks.example>", "apple", "Till PC and a support contract",
      "Both questions answered; the agent's 'reply and I'll send the paperwork' is a conditional offer, and 'we'll let you know' from the customer is a thanks-only mail.",
      cu("11-09 15:00", """Hi Gareth,

We're a two-person bookshop and our till PC is on its last legs. Would a refurbished mini PC run our EPOS software (Vend, in the browser)? And what sort of support contract do you offer for a business our size?

Eleanor
Vaughan's Books, North Street"""),
      ag("gareth", "11-09 16:40", """Hi Eleanor,

Vend runs in any modern browser, so one of our Lenovo M70q Tinys at £199 would handle it easily and fits under the counter. For two people most shops go for our Essentials plan: £25 a month covers remote help within the working day and one on-site visit a quarter. If you'd like to go ahead, reply and I'll send the paperwork over.

Regards,
Gareth"""),
      cu("11-09 17:30", """Thanks Gareth, that's really clear. We'll have a think over the weekend and let you know.

Eleanor""", thanks=True)),

    C("b39-hollis-home-visit", "en", "closed", {},
      "Bernard Hollis <b.hollis@hollisfamily.example>", "oldclient", "Computer will not start",
      "An elderly customer's old mail client sends no Message-ID; the home-visit question is answered and the reply cannot thread by headers.",
      cu("11-03 10:05", """Dear Sir or Madam,

My desktop computer (a Packard Bell, about twelve years old I think) will not start this morning. The light comes on but the screen stays black. I do not drive any more. Do you make home visits in Henleaze, and what would that cost?

Yours faithfully,
Bernard Hollis""", msgid=False, note="Bernard Hollis's mail from Pegasus Mail (no Message-ID): desktop will not start, asks about a home visit in Henleaze."),
      ag("priya", "11-03 11:20", """Dear Mr Hollis,

We do - Henleaze is well within our area. A home visit is £65 for the first hour, and Dan can come to you on Thursday morning between 10 and 12 if that suits you. If the computer needs to come back to the workshop, he will bring it back to you himself when it is done.

Kind regards,
Priya""")),

    C("b40-kingsley-dental-reception", "en", "pending", {"unanswered-question": 2},
      "Laura Kingsley <laura.kingsley@kingsleydental.example>", "owa", "Reception setup - questions from the partners",
      "Five questions in one long paragraph; the reply answers three (timing, X-ray software, patient Wi-Fi) and skips the card-terminal stand and weekend cover.",
      cu("11-17 08:20", """Dear Gareth,

Thank you for coming out last week. The partners have agreed to go ahead with the new reception setup, and they have given me a list of things to check before we sign. First, can the new reception PCs be in place before Christmas? We close on the 23rd. Second, will the X-ray software (Carestream) need to be reinstalled, or can you move it as it is? I was also asked whether you can supply a second card terminal stand - ours is held up with Blu Tack. The patient Wi-Fi needs to be separate from the practice network, which I assume is part of your plan anyway, but please confirm it. Finally, what happens if something breaks during a Saturday morning clinic - do you have any weekend cover?

Kind regards,
Laura Kingsley
Practice Manager, Kingsley Dental Care""", uq=2),
      ag("gareth", "11-17 13:45", """Dear Laura,

Good to hear the partners are happy. We can have everything installed in the week of 7 December, well before you close. Carestream has to be reinstalled because its licence is tied to the PC, but their support team does that remotely with us in about an hour, and your images stay on the server untouched. And the patient Wi-Fi will be a network of its own with no route into the practice systems - it's item 4 on the quote.

Regards,
Gareth""")),

    C("b41-adeyemi-pavilion-fan", "en", "closed", {},
      "Ruth Adeyemi <ruth.adeyemi@adeyemi-catering.example>", "outlook", "Pavilion fan running flat out",
      "Fan clean priced; the customer's reply lost its threading headers (subject 'RE:' only) and asks two more things, both answered.",
      cu("11-02 13:00", """Hello,

My laptop fan is constantly running flat out, even when I'm only doing email. It's an HP Pavilion, about four years old. Is that something you can clean, and how much would it be?

Ruth Adeyemi
Adeyemi Catering"""),
      ag("dan", "11-02 15:10", """Hi Ruth,

Yes - that's almost always dust packed into the fan and heatsink plus dried-out thermal paste on the processor. A full clean and re-paste is £55 and takes a day.

Dan"""),
      cu("11-03 08:45", """Great - can I drop it off this morning, and do I need to bring the charger?

Ruth""", thread=False),
      ag("dan", "11-03 09:30", """Morning Ruth,

Any time before 12 is fine. Bring the charger too please - we test it under load before it goes back.

Dan""")),

    C("b42-reid-surface-battery", "en", "closed", {},
      "Callum Reid <callum.reid@gmail.example>", "iphone", "Surface Laptop 4 battery",
      "Two short questions answered with just a figure and a link.",
      cu("11-06 17:55", """How much for a new battery in a Surface Laptop 4 (13.5)? And where exactly are you - I can't see you on Cheltenham Road.

Callum

Sent from my iPhone"""),
      ag("priya", "11-07 10:10", """Hi Callum,

£119 fitted.

https://bytewellrepairs.example/find-us - we're above the bike shop, door on the left of the window.

Priya""")),

    C("b43-olmedo-factura-empresa", "es", "closed", {"unanswered-question": 1},
      "Beatriz Olmedo <beatriz@olmedo-traducciones.example>", "gmail_es", "Presupuesto pantalla Lenovo",
      "Spanish translation agency (base64 body) accepts a quote; the ready date is answered, invoicing the company instead of her is ignored.",
      cu("11-06 09:30", """Hola, buenos días:

Acepto el presupuesto de 210 £ para cambiar la pantalla del portátil de mi socia (el Lenovo que les dejamos el martes), así que adelante con la reparación. ¿Me pueden facturar a nombre de la empresa, Olmedo Traducciones S.L. (CIF B87654321), en vez de a mi nombre? Es para la contabilidad de la sociedad.

¿Y para cuándo estaría listo?

Un saludo,
Beatriz Olmedo""", uq=1, cte="base64"),
      ag("lucia", "11-06 11:05", """Hola, Beatriz:

Perfecto, ya he pasado la orden al taller. La pantalla está en stock, así que el portátil estará listo el lunes 9 a partir de las 14:00; pueden recogerlo en la tienda hasta las 17:30.

Un saludo,
Lucía""")),

    C("b44-thackeray-stripy-screen", "en", "pending", {},
      "Ian Thackeray <ian.thackeray@thackeray-garage.example>", "gmail", "Screen replacement quote",
      "Second mail adds the service tag and a photo before any reply (not a chase); price and time answered. Same subject as b01, different customer.",
      cu("11-18 08:10", """Hi,

The screen on our workshop laptop has gone all stripy after someone leaned a tyre against it. Can you replace it? Please let me know the price.

Ian
Thackeray's Garage"""),
      cu("11-18 08:25", """Sorry, should have said - it's a Dell Latitude 5520, service tag 7HXK2M3. Photo of the screen attached.

Ian""", attach=[("image/png", "IMG_2231.png", CRACK_PNG)]),
      ag("dan", "11-18 10:40", """Hi Ian,

Thanks for the service tag - that one has the FHD non-touch panel, which we have in stock: £139 fitted, about two hours on the bench. From the photo the lid is slightly bent too, but it isn't cracked, so the new panel will sit fine.

Dan""")),

    C("b45-doyle-gpu-upgrade", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Kieran Doyle <kieran.doyle@gmail.example>", "gmail", "Graphics card upgrade",
      "PSU and fitting questions answered; the request to box up the old parts is ignored, and photos and a price for the fan wiring promised by Wednesday never come.",
      cu("11-11 19:20", """Hi,

I'd like to upgrade the graphics card in my gaming PC to an RTX 4070 Super. Would my power supply (Corsair CX550M) handle it, and can you fit it if I buy the card myself?

Kieran"""),
      ag("dan", "11-12 09:45", """Hi Kieran,

The 4070 Super wants a 650W supply, so the CX550M would be right on the edge - I wouldn't risk it. Fitting a card you've bought yourself is £30; with a new Corsair RM750e it's £95 for the PSU plus the same £30 to fit both.

Dan"""),
      cu("11-12 12:10", """Thanks Dan. Let's do the card and the new PSU then - I'll drop the PC in on Saturday. Can you also put my old 550W supply and the old GTX 1070 in a box for me to sell?

Kieran""", uq=1),
      ag("dan", "11-14 16:30", """Hi Kieran,

Your PC's in and the card and PSU are fitted. It runs nicely under load, but the front case fans are wired to the wrong header, so they only spin up at 80 °C. I'll send you a couple of photos and a price for tidying that up by Wednesday.

Dan""", promises=[("11-18", None)])),

    C("b46-whelan-lacie-recovery", "en", "closed", {"unanswered-question": 2},
      "Nora Whelan <nora@whelan-studio.example>", "thunderbird", "LaCie drive recovery",
      "A bulleted mail with a statement, two questions and a request: turnaround answered by 'all done' and a PDF file listing; folder structure and deleting copies never addressed.",
      cu("11-02 16:00", """Hi Mei,

Thanks for taking on the LaCie drive. I've been thinking about what I actually need, so a few points before you start:

- The client folders matter most; the rest is nice to have.
- Is there any way to get the files back with their original folder structure and names? The last recovery service I used gave me 30,000 files called file0001.jpg.
- Please delete any copies you keep once I've confirmed I have everything.
- What's the turnaround at the moment?

Nora Whelan
Whelan Studio - interiors & furniture""", uq=2),
      ag("mei", "11-03 12:30", """Hi Nora,

All done already - it went faster than I expected, because only the drive's USB board had failed. The listing of what came back is attached: 41,822 files, 612 GB of the 640 GB that was on the drive, and the client work is all there. It's on the new 2TB drive you dropped off, which is waiting for you at the front desk.

Mei""", attach=[("application/pdf", "DR-1184-file-listing.pdf", RECOVERY_PDF)])),

    C("b47-grant-yoga-keyboard", "en", "pending", {"customer-chased": 1},
      "Amelia Grant <amelia.grant@grantlaw.example>", "outlook", "Yoga keyboard - when ready?",
      "Estimate given; a week later the customer checks in because she flies on Thursday; the reply answers her (part arrived late, ready tomorrow).",
      cu("11-09 09:00", """Hi,

I've left my Lenovo Yoga with you for a new keyboard. Could you give me an idea when it will be ready? I'm travelling on the 19th.

Amelia Grant"""),
      ag("priya", "11-09 10:15", """Hi Amelia,

The keyboard is on order from Lenovo, who are quoting delivery to us on the 13th, and fitting it takes a couple of hours - so, all being well, it'll be ready around the 14th, comfortably before you travel.

Priya"""),
      cu("11-16 13:40", """Hi Priya,

Just checking in - has the keyboard arrived? I haven't heard anything and I fly on Thursday.

Amelia""", chase=True),
      ag("priya", "11-16 15:05", """Hi Amelia,

Sorry for the silence - the keyboard only arrived this morning, three days late, and Dan has it on the bench now. It'll be ready for collection tomorrow after 2pm, and the usual text comes through when it's signed off.

Priya""")),

    C("b48-fontaine-ssd-probook", "fr", "closed", {"unanswered-question": 1},
      "Margaux Fontaine <margaux.fontaine@free.example>", "apple_fr", "PC portable très lent",
      "French customer in Bristol: SSD upgrade priced; the request to install Windows in French is ignored.",
      cu("11-04 18:30", """Bonsoir,

Mon PC portable (un HP ProBook 450 G6) est devenu très lent, et un ami m'a conseillé de remplacer le disque dur par un SSD. Vous pourriez le faire, et à quel prix pour 512 Go ? Est-ce que vous pourriez installer Windows en français au passage ? Je l'ai acheté ici et tout est en anglais.

Merci et bonne soirée,
Margaux""", uq=1),
      ag("camille", "11-05 09:50", """Bonjour Margaux,

Votre ami a raison : sur ce ProBook, le passage au SSD change tout. Pour un SSD Crucial de 512 Go, la pose et le transfert de vos fichiers et programmes, comptez 89 £ TTC, le tout en une journée.

Bien cordialement,
Camille""")),

    C("b49-lyle-backups-inline", "en", "pending", {},
      "Simon Lyle <simon@lylebrewing.example>", "gmail", "Backups after last week's scare",
      "Three backup questions answered inline under the quoted bullets.",
      cu("11-17 11:00", """Hi Gareth,

After the scare with the office PC last week I want to get backups sorted properly. Questions:

- Is a NAS in the office enough, or do we need something off-site as well?
- Roughly what would a Synology setup for three PCs cost, fitted?
- Can the backups run overnight without anyone leaving the PCs on?

Simon Lyle
Lyle Brewing Co."""),
      ag("gareth", "11-17 15:20", """Hi Simon, answers below.

> - Is a NAS in the office enough, or do we need something off-site as well?

Both. A NAS saves you from a dead PC, not from a fire, a break-in or ransomware that reaches the NAS too. We'd add Synology's C2 cloud backup - about £8 a month for your amount of data.

> - Roughly what would a Synology setup for three PCs cost, fitted?

£640 + VAT: a DS224+ with two 4TB drives, setup, and a test restore from each PC.

> - Can the backups run overnight without anyone leaving the PCs on?

Yes - we set them to wake at 1am, back up and go back to sleep.

Gareth""", quote=False)),

    C("b50-moss-latitude-order", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Harriet Moss <harriet@mosscreative.example>", "gmail", "Ordering the Latitude 7420",
      "Refurbished laptop order: the tracking number promised for tomorrow morning arrives on time; the Office-licence answer promised by Friday never comes; the VAT-receipt request is ignored.",
      cu("11-11 10:30", """Hi Sophie,

I'd like to order the refurbished Dell Latitude 7420 (RF-2318) for our new part-timer - can you send it to our office, Unit 4, Paintworks, Bristol BS4 3EH? Does it come with Microsoft Office, or could you add a licence? And can you put a VAT receipt in the box? Our bookkeeper gets cross when I lose them.

Thanks,
Harriet
Moss Creative""", uq=1),
      ag("sophie", "11-11 12:00", """Hi Harriet,

Lovely - the 7420 is yours, and it goes out with DPD this afternoon. I'll email you the tracking number tomorrow morning once DPD have scanned it. Office isn't included; I'm checking with our licensing supplier whether we can still get you Business Standard at the old price and will let you know by Friday.

Sophie""", promises=[("11-12", 3), ("11-13", None)]),
      ag("sophie", "11-12 09:10", """Hi Harriet,

Here's the tracking: https://track.dpd.example/parcel?ref=15501234567890 - it's due with you before 12 today.

Sophie""", parent=1)),

    C("b51-nwosu-rog-overheating", "en", "pending", {},
      "Grace Nwosu <grace.nwosu@nwosu-tutoring.example>", "apple", "Gaming laptop overheating",
      "Both questions answered; 'I'll get back to you in the next couple of days' about a spare fan is kept the next day.",
      cu("11-17 20:00", """Hi,

My son's gaming laptop (an ASUS ROG Strix) keeps overheating and shutting down in the middle of games. Do you repair that kind of thing? And is it worth it on a 2020 model, or should we put the money towards a new one?

Grace"""),
      ag("dan", "11-18 09:30", """Hi Grace,

We do, and it usually is worth it: on the 2020 Strix it's nearly always fans clogged with dust and dried-out thermal paste, which we sort for £65, whereas a new one with the same performance is £900 or more. Let me check whether we have replacement fans in stock in case his are worn, and I'll get back to you in the next couple of days.

Dan""", promises=[("window", 3)]),
      ag("dan", "11-19 11:00", """Hi Grace,

Good news: both ROG fans are in stock (£35 each, and only if they're needed). Bring it in any weekday.

Dan""", parent=1)),

    C("b52-okonkwo-foodbank-corner", "en", "pending", {"unanswered-question": 2},
      "Sam Okonkwo <sam@eastonfoodbank.example>", "gmail", "Computers for our food bank",
      "Charity's numbered list of four questions; the reply answers what the grant buys and the charity discount, and skips the set-up visit and the lock-down question.",
      cu("11-18 10:00", """Hello,

I volunteer at Easton Community Food Bank. We've been given a small grant (£1,500) to set up a computer corner where visitors can apply for jobs and benefits. A few questions:

1) What could we get for that money? We're thinking four or five desktops.
2) Do you give any discount to charities?
3) I'd like to know if you could come and set them up - we're in the church hall on Chelsea Road.
4) Is there a way to lock them down so nobody can install things or change settings?

Thanks so much,
Sam Okonkwo
Easton Community Food Bank (registered charity 1187265)""", uq=2),
      ag("sophie", "11-18 14:30", """Hi Sam,

What a great project. For £1,500 you could have five Lenovo M70q Tiny desktops, each with a 22-inch monitor, keyboard, mouse and Windows 11 Pro, at £269 a set - £1,345 in total - and with our 10 % off for registered charities that comes down to £1,210.50.

Sophie""")),

    C("b53-kane-imac-bath", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Ellis Kane <ellis.kane@kanephotography.example>", "outlook", "iMac black screen - collection from Bath?",
      "Collection price answered; the loan-machine question inside a long paragraph is skipped, and 'I'll ring the courier and confirm a pick-up time by this afternoon' is never done.",
      cu("11-03 09:20", """Hi,

I'm in Bath and my iMac (27-inch, 2019) has a black screen - it chimes, the fan spins, but nothing appears on the display. I can't really carry a 27-inch iMac on the train, so I was hoping you could collect it. I've got a shoot on Friday which I'll need it to edit, which is why I'm in a bit of a rush, and I was wondering whether you'd be able to lend me a machine while mine is in the workshop, even something basic to run Lightroom. What would the collection cost from Bath?

Thanks,
Ellis Kane
Kane Photography""", uq=1),
      ag("priya", "11-03 10:30", """Hi Ellis,

Our own van does Bath on Tuesdays and Thursdays, £25 each way. If Thursday is too late for you, I'll ring the courier firm we use and confirm a pick-up time for tomorrow by this afternoon.

Best wishes,
Priya""", promises=[("11-03", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "b02-needham-clicking-drive": [
        "Also, do you sign a confidentiality agreement before working on the drive?"],
    "b03-harbourside-printer-callout": [
        "While you're here, could you also take a look at the Wi-Fi in the back office?",
        "And please send a copy of your public liability insurance certificate, our landlord insists on it for any contractor working in the building."],
    "b08-kessler-qwertz": [
        "Außerdem bräuchte ich die Rechnung auf meine Firma ausgestellt (Keßler Übersetzungen, USt-IdNr. DE318552041), da ich das Gerät beruflich nutze."],
    "b13-gale-slow-latitudes": [
        "Separately, do you also manage Microsoft 365 licences?"],
    "b18-rowe-imac-transfer": [
        "Will you wipe the old drive properly before it goes, so nobody can get at my files?"],
    "b21-marsh-showroom-pcs": [
        "Do you take old machines in part exchange?"],
    "b23-carver-office-move": [
        "The office is shared between Carver & Kent Solicitors and Kent Family Mediation, so please invoice the two firms separately - the mediation side is roughly a third of the work."],
    "b24-bernard-carte-sd": [
        "Est-ce que vous pouvez me renvoyer la carte et les fichiers par courrier suivi ?"],
    "b29-hoffmeister-praxis-pcs": [
        "Können Sie die Rechner auch bei uns vor Ort einrichten und an den Drucker anschließen?"],
    "b31-lacey-template-reply": [
        "Also, while it's with you can you fit a bigger SSD - 1TB if possible - and move everything across?",
        "And is it still under warranty for the battery you replaced in the spring?"],
    "b40-kingsley-dental-reception": [
        "I was also asked whether you can supply a second card terminal stand - ours is held up with Blu Tack.",
        "Finally, what happens if something breaks during a Saturday morning clinic - do you have any weekend cover?"],
    "b43-olmedo-factura-empresa": [
        "¿Me pueden facturar a nombre de la empresa, Olmedo Traducciones S.L. (CIF B87654321), en vez de a mi nombre?"],
    "b45-doyle-gpu-upgrade": [
        "Can you also put my old 550W supply and the old GTX 1070 in a box for me to sell?"],
    "b46-whelan-lacie-recovery": [
        "Is there any way to get the files back with their original folder structure and names?",
        "Please delete any copies you keep once I've confirmed I have everything."],
    "b48-fontaine-ssd-probook": [
        "Est-ce que vous pourriez installer Windows en français au passage ?"],
    "b50-moss-latitude-order": [
        "And can you put a VAT receipt in the box?"],
    "b52-okonkwo-foodbank-corner": [
        "I'd like to know if you could come and set them up - we're in the church hall on Chelsea Road.",
        "Is there a way to lock them down so nobody can install things or change settings?"],
    "b53-kane-imac-bath": [
        "I was wondering whether you'd be able to lend me a machine while mine is in the workshop, even something basic to run Lightroom."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"BW-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts.

    Options: ``parent`` (message number in the case, 0 for none), ``thread=False`` (the client
    dropped In-Reply-To/References), ``refs`` (explicit References by message number, e.g.
    with a gap), ``msgid=False`` (no Message-ID header; needs ``note``), ``subject``,
    ``quote=False``, ``kind``, ``cte``, ``attach``, ``cc``, ``client``, ``tz``, ``frm``."""
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=HELP, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", HELP),
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
        if not m.msgid and not m.note:
            raise ValueError(f"{key}: a message without Message-ID needs a note")
        m.body = body
        m.extra = extra
        if spec.role in ("customer", "agent"):
            last_human = key
        msgs.append(m)
    return msgs


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none with ``msgid=False``) and raw bytes, parents
    first (date order)."""
    ordered = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in ordered}
    for m in ordered:
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
        if any(m.date > AS_OF for m in c.msgs):
            out.append(f"{c.name}: a message is dated after the audit time")
        status = mailcraft.contract_status(c.msgs, CONTRACT)
        if status != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(c.msgs, CONTRACT)
        if rules != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {rules}")
        for q in c.uq:
            if not any(q in m.own for m in c.msgs if m.role == "customer"):
                out.append(f"{c.name}: labelled question {q!r} is in no customer message")
        if len(set(c.uq)) != len(c.uq):
            out.append(f"{c.name}: a labelled question is listed twice")
        for m in c.msgs:
            if m.role in ("customer", "auto") and len(m.uq) != m.asks_unanswered:
                out.append(f"{m.key}: asks {m.asks_unanswered} unanswered questions, labels hold {len(m.uq)}")
            if m.role == "customer" and m.uq and not any(a.role == "agent" and a.date > m.date for a in c.msgs):
                out.append(f"{m.key}: a question without a later reply is awaiting-reply territory")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 100: Bytewell Computer Repairs - cases",
                                 "make_practice100_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.bytewellrepairs.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip (messages without Message-ID are matched by Subject+Date)."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {}
    for p in inbox + sent:
        ident = p["Message-ID"] or (str(p["Subject"]), str(p["Date"]))
        by_id[ident] = (p, any(p is q for q in inbox))
    for m in (m for c in cases for m in c.msgs):
        ident = m.message_id or (m.subject, email.utils.format_datetime(m.date))
        if ident not in by_id:
            found.append(f"{m.key}: not found in the written mailbox")
            continue
        parsed, in_mbox = by_id[ident]
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
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice100 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
