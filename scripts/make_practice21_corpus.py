#!/usr/bin/env python3
"""Regenerate ``tests/practice21/``: the labelled corpus of Saltmarsh Chandlery & Boatyard.

A support mailbox of a fictional marine chandlery, boatyard and winter-storage yard on the
south coast of England (parts orders, antifouling and haul-out bookings, engine servicing,
mooring and storage contracts, rigging quotes, insurance surveys), with customers in the UK,
Germany, France, Spain and the Netherlands. Written without looking at the detection
heuristics or at the other corpora's cases. Heavy on customer questions and support promises.
Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target
24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``saltmarsh.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, unanswered questions). The script
recomputes status and every rule count from those facts and refuses to write when they
disagree with the hand-written case labels, or when a labelled question is not verbatim in
the customer's own text.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice21_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
AS_OF = mailcraft.AS_OF
HANDOFF_LIMIT = 2
FOLLOW_UP_WINDOW = timedelta(days=2)
SUPPORT_DOMAIN = "saltmarsh.example"
SUPPORT = "yard@saltmarsh.example"
HELPDESK = "Saltmarsh Chandlery & Boatyard <yard@saltmarsh.example>"
RULES = mailcraft.RULES
UK = UTC
EU = timezone(timedelta(hours=1))

AGENTS = {
    "fern": ("Fern Maddox <fern@saltmarsh.example>", "thunderbird", """-- 
Fern Maddox
Chandlery counter | Saltmarsh Chandlery & Boatyard
Bucklers Quay, Hampshire | https://saltmarsh.example/shop?src=mail"""),
    "jago": ("Jago Pascoe <jago@saltmarsh.example>", "outlook", """-- 
Jago Pascoe
Yard Manager | Saltmarsh Chandlery & Boatyard
Lift-out tides and slots: https://saltmarsh.example/tides?yard=bq&view=week"""),
    "katrin": ("Katrin Vogel <katrin@saltmarsh.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenbetreuung Deutschland / Winterlager | Saltmarsh Chandlery & Boatyard
https://saltmarsh.example/de/winterlager?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@saltmarsh.example>", "apple_fr", """-- 
Amélie Roussel
Service client France | Saltmarsh Chandlery & Boatyard
https://saltmarsh.example/fr/contact?utm_source=email"""),
    "nuria": ("Núria Castell <nuria@saltmarsh.example>", "outlook", """-- 
Núria Castell
Atención al cliente | Saltmarsh Chandlery & Boatyard
nuria@saltmarsh.example | +44 1590 555 0142"""),
    "marek": ("Marek Nowak <marek@saltmarsh.example>", "thunderbird", """-- 
Marek Nowak
Rigging loft | Saltmarsh Chandlery & Boatyard"""),
    "oskar": ("Oskar Lindqvist <oskar@saltmarsh.example>", "thunderbird", """-- 
Oskar Lindqvist
Engine workshop | Saltmarsh Chandlery & Boatyard
Service history online? https://saltmarsh.example/engines?id=lookup"""),
    "bea": ("Bea Okonjo <bea@saltmarsh.example>", "outlook", """-- 
Bea Okonjo
Accounts | Saltmarsh Chandlery & Boatyard
This e-mail and any attachment are confidential. Questions about an invoice?
Reply to this mail or call +44 1590 555 0100."""),
    "will": ("Will Harker <will@saltmarsh.example>", "outlook", """-- 
Will Harker MIIMS
Marine Surveyor | Saltmarsh Chandlery & Boatyard"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Saltmarsh Chandlery & Boatyard. This is an automatic
receipt: your message has the reference {ref}. The office is staffed Monday to
Saturday, 8am-5pm, and we will reply within 24 hours.

Urgent problem with a boat afloat? Call the yard on +44 1590 555 0100.

Saltmarsh Chandlery & Boatyard""",
}

_OUTLOOK = ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-Mailer: Microsoft Outlook 16.0"]
CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": _OUTLOOK, "outlook_de": _OUTLOOK,
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
            "X-OriginatorOrg: outlook.example"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "iphone": ["X-Mailer: iPhone Mail (22B91)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird"],
    "helpdesk": ["X-Mailer: Saltmarsh Desk 2.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="sm.", outlook_server="AM6PR0")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

PHOTO = mailcraft.png(8, 6, lambda x, y: (30 + 12 * x, 90 + 10 * y, 160))


def pdf(*lines: str) -> tuple[str, str, bytes]:
    """A small PDF attachment named after its first line."""
    name = lines[0].lower().replace(" ", "-") + ".pdf"
    return ("application/pdf", name, mailcraft.pdf(list(lines)))


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
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    raw: bytes = b""


@dataclass
class Case:
    """A labelled case: its messages and the hand-written labels they must agree with."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    story: str
    answered: int  # customer questions and requests that support did answer (for the README)
    msgs: list[Msg]

    @property
    def uq(self) -> list[str]:
        return UNANSWERED[self.name]


def at(day: int, hm: str, tz: timezone = UK) -> datetime:
    """A moment of November 2026 in time zone ``tz``."""
    hour, minute = map(int, hm.split(":"))
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def eod(day: int, tz: timezone = UK) -> datetime:
    """The end of a November 2026 day: the deadline of a promise naming that day."""
    return datetime(2026, 11, day, 23, 59, 59, tzinfo=tz)


def C(who: tuple[str, str], date: datetime, body: str, **facts) -> dict:
    """A customer message: ``who`` is (From, mail client)."""
    return {"role": "customer", "frm": who[0], "client": facts.pop("client", who[1]),
            "date": date, "body": body, **facts}


def A(agent: str, date: datetime, body: str, **facts) -> dict:
    """A support reply by ``agent``, signed with the agent's signature."""
    frm, client, sig = AGENTS[agent]
    return {"role": "agent", "agent": agent, "frm": frm, "client": facts.pop("client", client),
            "date": date, "body": body.rstrip("\n") + "\n\n" + sig, **facts}


def ACKN(date: datetime, ref: str) -> dict:
    """The helpdesk's automatic acknowledgement of the message before it."""
    return {"role": "ack", "frm": HELPDESK, "client": "helpdesk", "date": date,
            "body": ACK["en"].format(ref=ref), "quote": False,
            "extra": [("Auto-Submitted", "auto-replied")]}


def AUTO(who: tuple[str, str], date: datetime, body: str) -> dict:
    """A customer's own out-of-office reply."""
    return {"role": "auto", "frm": who[0], "client": who[1], "date": date, "body": body,
            "quote": False, "extra": [("Auto-Submitted", "auto-replied"),
                                      ("X-Autoreply", "yes")]}


CASES: list[Case] = []
UNANSWERED: dict[str, list[str]] = {}


def case(name: str, lang: str, status: str, rules: dict[str, int], story: str, answered: int,
         subject: str, *specs: dict) -> None:
    """Add a case. Each message replies to the latest customer or support message before it
    (``parent``: a 1-based index, or 0 for a new thread) and quotes it unless ``quote`` is
    False; ``kept`` in a promise is the 1-based index of the message that kept it."""
    msgs: list[Msg] = []
    for i, spec in enumerate(specs, 1):
        spec = dict(spec)
        key = f"{name}.{i}"
        parent_ix = spec.pop("parent", None)
        if parent_ix is None:
            earlier = [m for m in msgs if m.role in ("customer", "agent")]
            parent = earlier[-1] if earlier else None
            if spec["role"] in ("ack", "auto"):
                parent = msgs[-1]
        else:
            parent = msgs[parent_ix - 1] if parent_ix else None
        quote = spec.pop("quote", parent is not None)
        body = spec.pop("body")
        if quote and parent is not None:
            body = body.rstrip("\n") + "\n\n{quote}\n"
        subj = spec.pop("subject", None)
        if subj is None and spec["role"] == "auto":
            subj = "Automatic reply: " + subject
        elif subj is None:
            subj = subject if parent is None else REPLY_PREFIX.get(spec["client"], "Re: ") + subject
        promises = [(deadline, f"{name}.{kept}" if kept else None)
                    for deadline, kept in spec.pop("promises", [])]
        role = spec.pop("role")
        frm = spec.pop("frm")
        to = SUPPORT if role in ("customer", "auto") else (parent.frm if parent else SUPPORT)
        if role in ("agent", "ack") and parent is not None and parent.role == "agent":
            to = next(m.frm for m in reversed(msgs) if m.role == "customer")
        msgs.append(Msg(key=key, case=name, role=role, frm=frm, to=to, subject=subj,
                        body=body, parent=parent.key if parent else None, promises=promises,
                        **spec))
    CASES.append(Case(name, lang, status, rules, story, answered, msgs))
    UNANSWERED[name] = [q for m in msgs for q in m.uq]


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------

ASHBY = ("Tom Ashby <tom.ashby@example.com>", "gmail")
WHITCOMBE = ("Hannah Whitcombe <hannah@kittiwake-sailing.example>", "outlook")
ALBERS = ("Jürgen Albers <j.albers@example.de>", "gmail_de")
FONTAINE = ("Luc Fontaine <luc.fontaine@example.fr>", "apple_fr")
IBARRA = ("Carmen Ibarra <carmen.ibarra@example.es>", "gmail_es")
RAMAN = ("Priya Raman <priya.raman@example.org>", "apple")
LLOYD = ("Gareth Lloyd <gareth@lloydfamily.example>", "thunderbird")
BRANDT = ("Olivia Brandt <olivia.brandt@example.net>", "outlook")
HOLLIS = ("Ray Hollis <rayhollis@example.com>", "gmail")
OKAFOR = ("Nadia Okafor <nadia.okafor@example.com>", "gmail")
MONTERO = ("Javier Montero <jmontero@example.es>", "gmail_es")
DRUMMOND = ("Fiona Drummond <fiona@drummond-yachts.example>", "outlook")
DE_VRIES = ("Pieter de Vries <pieter@devries-zeilen.example>", "thunderbird_nl")
MARTIN = ("Chloe Martin <chloe.martin@example.net>", "owa")
WHITLEY = ("Sam Whitley <sam.whitley@example.com>", "gmail")
KEOGH = ("Martin Keogh <mkeogh@example.org>", "gmail")
KRUEGER = ("Anja Krüger <anja.krueger@example.de>", "outlook_de")
SINCLAIR = ("Emma Sinclair <emma.sinclair@example.co.uk>", "iphone")
REID = ("Duncan Reid <duncan.reid@example.com>", "outlook")
MORGAN = ("Leah Morgan <leah.morgan@example.com>", "gmail")
CARTER = ("Ben Carter <ben@carterboats.example>", "iphone")
GRANT = ("Isla Grant <isla.grant@example.com>", "gmail")
FANE = ("Robert Fane <robert@fanecharters.example>", "outlook")
MOELLER = ("Stefan Möller <stefan.moeller@example.de>", "gmail_de")
GARNIER = ("Hélène Garnier <helene.garnier@example.fr>", "apple_fr")
FERRER = ("Lucía Ferrer <lucia.ferrer@example.es>", "outlook")
PIKE = ("Andrew Pike <andrew.pike@example.com>", "gmail")
OGDEN = ("Claire Ogden <claire.ogden@example.co.uk>", "outlook")
BRENNER = ("Thomas Brenner <t.brenner@example.de>", "thunderbird_de")
PRYCE = ("Graham Pryce <graham@pryce.example>", "thunderbird")
WALSH = ("Jenny Walsh <jenny.walsh@example.com>", "gmail")
HEYWOOD = ("Mark Heywood <mark.heywood@example.net>", "outlook")
OSEI = ("Derek Osei <derek.osei@example.com>", "gmail")
MARCHETTI = ("Julien Marchetti <julien.marchetti@example.fr>", "apple_fr")
RUIZ = ("Alejandro Ruiz <alejandro.ruiz@example.es>", "gmail_es")
TURNER = ("Sophie Turner <sophie.turner@example.com>", "gmail")
CARTWRIGHT = ("Ian Cartwright <ian@cartwright.example>", "thunderbird")
ELLIS = ("Margaret Ellis <margaret.ellis@example.org>", "apple")
HARTMANN = ("Claudia Hartmann <c.hartmann@example.de>", "outlook_de")
HENDRY = ("Paul Hendry <paul.hendry@example.com>", "gmail")
SOLE = ("Marta Solé <marta@nauticasole.example>", "outlook")
ERIKSEN = ("Lars Eriksen <lars.eriksen@example.net>", "outlook")
MOREAU = ("Isabelle Moreau <isabelle.moreau@example.fr>", "apple_fr")
BENNETT = ("Hugo Bennett <hugo@bennett-delivery.example>", "outlook")
LEFORT = ("Noémie Lefort <noemie.lefort@example.fr>", "apple_fr")
DUNN = ("Rachel Dunn <rachel.dunn@example.com>", "gmail")
HOFFMANN = ("Felix Hoffmann <felix.hoffmann@example.de>", "gmail")

# --------------------------------------------------------------------------------------
# Cases: clean ones first
# --------------------------------------------------------------------------------------

case("s01-antifoul-tins", "en", "closed", {},
     "three questions about antifouling tins answered in one paragraph, out of order; thanks-only close",
     3, "Mille NCT dark blue - 2.5L?",
     C(ASHBY, at(3, "09:12"), """Morning,

Do you have Hempel Mille NCT in dark blue in 2.5 L tins? Last year you only had the 750 ml ones which was a pain. How many tins would I need for a 32 ft Westerly Conway, two coats? She's a long-keeler so there's a fair bit of underwater area. If you've got them, can I collect from the counter on Saturday morning?

Cheers
Tom Ashby
"Kestrel", pontoon C
"""),
     A("fern", at(3, "11:40"), """Hi Tom,

The counter's open 8 till 12 on Saturdays, so that's fine. For a Conway with two coats you want three 2.5 L tins - a long keel eats paint. And yes, dark blue in 2.5 L is on the shelf this year; I've put three aside with your name on them.

Fern"""),
     C(ASHBY, at(3, "12:05"), "Brilliant, thanks Fern!\n\nTom\n", thanks_only=True),
     )

case("s02-haulout-kittiwake", "en", "closed", {},
     "haul-out booking answered inline under each quoted question, then booked with a PDF confirmation",
     4, "Lift-out booking - Kittiwake (9.5m)",
     C(WHITCOMBE, at(4, "08:30"), """Hello,

We'd like to book Kittiwake (Moody 31, 9.5 m LOA, 1.6 m draft) in for a lift-out.

Is there a slot for a lift-out in the week of 16 November?
Do you pressure-wash as part of the lift?
What's the price for a 9.5 m boat, including chocking?

Many thanks,
Hannah Whitcombe
"""),
     A("jago", at(4, "10:15"), """Hi Hannah,

Answers below.

> Is there a slot for a lift-out in the week of 16 November?
Yes - Tuesday 17th at 10:30. High water is 11:52 that day, which suits your draft.

> Do you pressure-wash as part of the lift?
Included.

> What's the price for a 9.5 m boat, including chocking?
£412 + VAT for lift, wash and chocks. Winter storage is charged separately.

Jago""", quote=False),
     C(WHITCOMBE, at(4, "10:40"), "Perfect, please book us in for the 17th.\n\nHannah\n"),
     A("jago", at(4, "11:02"), "Done - booking confirmation attached.",
       attach=[pdf("Booking SCB-L-2291", "Kittiwake lift-out", "Tue 17 Nov 2026 10:30")]),
     )

case("s03-winterlager-vertrag", "de", "closed", {},
     "Winterlager: two questions answered, contract promised for tomorrow morning and sent on time; signed copy acknowledged",
     4, "Winterlager 2026/27 - Vertrag",
     C(ALBERS, at(2, "19:40", EU), """Guten Abend,

wir möchten unsere Sunbeam 32 "Möwe" diesen Winter wieder bei Ihnen an Land stellen. Ist der Strom im Lagerpreis enthalten? Darf ich im Winter selbst am Boot arbeiten (Schleifen, Antifouling)? Könnten Sie mir den Vertrag als PDF schicken?

Mit freundlichen Grüßen
Jürgen Albers
"""),
     A("katrin", at(3, "09:10"), """Guten Morgen Herr Albers,

Strom wird separat nach Zähler abgerechnet (0,38 £/kWh). Arbeiten am eigenen Boot sind erlaubt; beim Schleifen bitte mit Absaugung und Plane, das ist Vorschrift im Yard.

Den Vertrag schicke ich Ihnen morgen Vormittag, sobald Jago die Stellplatznummer eingetragen hat.

Viele Grüße
Katrin Vogel""", promises=[(eod(4), 3)]),
     A("katrin", at(4, "10:05"), """Guten Morgen Herr Albers,

anbei der Vertrag, Stellplatz D-09.

Viele Grüße
Katrin Vogel""", attach=[pdf("Winterlagervertrag D-09", "Moewe, Sunbeam 32", "1.11.2026 - 30.4.2027")]),
     C(ALBERS, at(4, "20:15", EU), "Hallo Frau Vogel,\n\nunterschrieben zurück im Anhang.\n\nGruß\nJ. Albers\n",
       attach=[pdf("Vertrag unterschrieben", "J. Albers")]),
     A("katrin", at(5, "08:50"), "Danke, ist angekommen - damit ist alles erledigt.\n\nViele Grüße\nKatrin Vogel"),
     )

case("s04-revision-volvo", "fr", "closed", {},
     "engine service question passed to the workshop; the colleague answers within the 2-day window",
     2, "Révision moteur avant hivernage",
     C(FONTAINE, at(5, "10:20", EU), """Bonjour,

Notre bateau (First 27.7, moteur Volvo D1-20) est au chantier depuis octobre. Pouvez-vous faire la vidange et le changement de la turbine de pompe à eau avant l'hivernage ? Combien de temps faut-il compter ?

Cordialement,
Luc Fontaine
"""),
     A("amelie", at(5, "11:02"), """Bonjour Monsieur Fontaine,

Je transmets votre demande à notre atelier moteur : Oskar vous répondra pour le créneau et la durée.

Bien cordialement,
Amélie""", promises=[(at(5, "11:02") + FOLLOW_UP_WINDOW, 3)]),
     A("oskar", at(6, "14:30"), """Bonjour M. Fontaine,

Oui, vidange et turbine possibles le 12 novembre. Comptez une demi-journée, environ 260 £ pièces comprises.

Oskar"""),
     C(FONTAINE, at(6, "16:05", EU), "Parfait, merci beaucoup !\n\nLuc\n", thanks_only=True),
     )

case("s05-amarre-invierno", "es", "closed", {},
     "winter mooring price and what it includes, answered in one line with the figure",
     2, "Amarre de invierno velero 11 m",
     C(IBARRA, at(6, "18:45", EU), """Hola,

¿Cuánto cuesta el amarre de noviembre a marzo para un velero de 11 metros? ¿El precio incluye agua y electricidad en el pantalán?

Un saludo,
Carmen Ibarra
"""),
     A("nuria", at(7, "09:15"), "Hola Carmen:\n\n1.870 £ + IVA por toda la temporada; agua incluida, la electricidad va por contador.\n\nSaludos,\nNúria"),
     )

case("s06-survey-report-copy", "en", "closed", {},
     "copy of a survey report sent as an attachment; thanks-only reply whose signature has a '?' URL",
     1, "Survey report for insurer",
     C(RAMAN, at(2, "08:55"), """Hi there,

Could you send me a copy of the survey report from the lift-out in October? Our insurer (Meridian Marine) want it before renewal.

Thanks,
Priya

Sent from my iPad
"""),
     A("will", at(2, "10:20"), "Hi Priya,\n\nAttached - the condition report of 14 October.\n\nWill",
       attach=[pdf("Condition report Sea Sprite", "14 October 2026", "W. Harker MIIMS")]),
     C(RAMAN, at(2, "10:48"), """Got it, many thanks!

Priya
-- 
Priya Raman | Crew wanted for Fastnet 2027? https://crewlist.example/?skipper=praman&ref=sig
""", thanks_only=True),
     )

case("s07-halyard-quote", "en", "closed", {},
     "pleasantry and a rhetorical outburst around a real request for a halyard quote; go-ahead confirmed",
     2, "new main halyard",
     C(LLOYD, at(9, "19:30"), """Hi Marek,

Hope you're all surviving the storms? What a week. Why does every halyard wait until November to chafe through?? Anyway - please could you quote for a new 10 mm Dyneema-cored main halyard, 28 m, with a spliced snap shackle. Same as the old one basically.

Gareth
"""),
     A("marek", at(10, "08:40"), """Morning Gareth,

10 mm Dyneema core, 28 m, spliced Wichard snap shackle: £186 incl. VAT. Three working days from go-ahead.

Marek"""),
     C(LLOYD, at(10, "09:02"), "Go ahead please.\n\nG.\n"),
     A("marek", at(10, "09:30"), "Done - it's on the bench.\n\nMarek"),
     )

case("s08-hull-id-form", "en", "closed", {},
     "self-answered question ('never mind, found it') plus a request to confirm the form and the space",
     2, "Storage form - Blue Tern",
     C(BRANDT, at(5, "13:10"), """Hello,

Where do I find the hull ID for the storage form? Never mind, found it on the transom plate. Form attached.

Please can you confirm you've got the form and that our space is still F-14?

Olivia Brandt
""", attach=[pdf("Storage form Blue Tern", "HIN GB-SAB33104C616")]),
     A("jago", at(5, "15:45"), "Hi Olivia,\n\nForm received, and F-14 is yours again this winter.\n\nJago"),
     )

case("s09-forwarded-invoice", "en", "closed", {},
     "forwarded marina invoice full of boilerplate questions; the customer's own question answered with a payment reference",
     1, "Fwd: Invoice 20391 - berth dues",
     C(HOLLIS, at(9, "11:05"), """Can you check whether the forwarded invoice was already paid? I think our direct debit covered it.

Ray

---------- Forwarded message ---------
From: Saltmarsh Accounts <accounts@saltmarsh.example>
Date: Mon, 2 Nov 2026 at 07:00
Subject: Invoice 20391 - berth dues
To: <rayhollis@example.com>

Dear customer,

Please find invoice 20391 attached. Questions about this invoice? Call us on +44 1590 555 0100.
Did you know you can pay online? https://saltmarsh.example/pay?inv=20391
"""),
     A("bea", at(9, "12:30"), "Hi Ray,\n\nIt was - paid by direct debit on 2 November, receipt SCB-PAY-20391.\n\nBea"),
     )

case("s10-survey-price-ahead", "en", "pending", {},
     "survey price answered; promise of January dates 'by Tuesday 24 November' is still ahead at audit time",
     1, "Insurance survey - Sadler 34",
     C(OKAFOR, at(18, "10:00"), """Hello,

Could you tell me what a full insurance survey costs for a 1998 Sadler 34? My insurer wants one this winter and she's already ashore in your yard (row E).

Kind regards,
Nadia Okafor
"""),
     A("fern", at(18, "14:00"), """Hi Nadia,

A full condition survey for a 34-footer is £540 + VAT; no lift charge as she's already out. Our surveyor Will is setting his January diary on Monday - I'll email you the available days by Tuesday 24 November.

Fern""", promises=[(eod(24), None)]),
     C(OKAFOR, at(18, "15:10"), "Great, thank you.\n\nNadia\n", thanks_only=True),
     )

case("s11-anodo-santander", "es", "closed", {},
     "stock check promised without a deadline and answered the next day; the order is then placed",
     3, "Ánodo de eje 30 mm",
     C(MONTERO, at(9, "09:30", EU), """Buenos días,

Quisiera saber si tienen en stock un ánodo de eje de 30 mm (tipo collar). Y ¿me lo pueden enviar a Santander?

Gracias,
Javier Montero
"""),
     A("nuria", at(9, "10:45"), "Hola Javier:\n\nLo compruebo en el almacén y le escribo.\n\nNúria",
       promises=[(at(9, "10:45") + FOLLOW_UP_WINDOW, 3)]),
     A("nuria", at(10, "09:20"), """Hola Javier:

Sí, tenemos dos ánodos de 30 mm (14,50 £ cada uno). A España enviamos con DPD: 18 £, 3-4 días laborables a Santander.

Núria"""),
     C(MONTERO, at(10, "10:02", EU), "Perfecto, envíen uno por favor. Pago con la tarjeta de siempre.\n\nJavier\n"),
     A("nuria", at(10, "10:40"), "Hecho: pedido SCB-55812, sale hoy con DPD.\n\nNúria"),
     )

case("s12-mooring-renewal-annual", "en", "closed", {},
     "two questions; the second is promised 'today' by a named colleague, who answers the same afternoon",
     2, "Mooring renewal 2027",
     C(DRUMMOND, at(4, "09:05"), """Dear Saltmarsh team,

Our mooring contract (buoy 22) renews in December. Is the price changing for 2027? And can we switch from quarterly to annual payment?

Best wishes,
Fiona Drummond
""", kind="alt"),
     A("fern", at(4, "10:10"), """Hi Fiona,

Yes - swinging moorings go up 4 % for 2027. Bea in accounts will email you today about switching to annual payment.

Fern""", promises=[(eod(4), 3)]),
     A("bea", at(4, "15:30"), """Dear Fiona,

I've switched you to annual payment from the December renewal; the invoice follows on 1 December.

Bea"""),
     C(DRUMMOND, at(4, "16:02"), "Thank you both!\n\nFiona\n", thanks_only=True),
     )

case("s13-binnenstalling", "nl", "closed", {},
     "Dutch questions about inside storage answered in English; thanks-only close",
     2, "Binnenstalling december",
     C(DE_VRIES, at(3, "20:10", EU), """Goedenavond,

Kunnen jullie mijn boot in december van de wal halen en in de hal zetten? Wat kost de binnenstalling per maand voor 10 m?

Met vriendelijke groet,
Pieter de Vries
""", cte="base64"),
     A("fern", at(4, "08:30"), "Hi Pieter,\n\nYes, we can move her into the shed in the first week of December. Inside storage for 10 m is £265 a month.\n\nFern"),
     C(DE_VRIES, at(4, "09:15", EU), "Prima, bedankt!\n\nPieter\n", thanks_only=True),
     )

case("s14-yard-open-sunday", "en", "closed", {},
     "HTML-only question answered with a bare 'Yes' and the hours",
     1, "Yard open Sunday?",
     C(MARTIN, at(7, "17:20"), """Hi,

Is the yard open on Remembrance Sunday? I want to check the covers after the gale.

Chloe
""", kind="html"),
     A("jago", at(7, "18:05"), "Yes - 8 till 4, gate code unchanged.\n\nJago"),
     )

case("s15-transducer-fresh", "en", "open", {},
     "fresh question with a helpdesk acknowledgement, still inside the response target at audit time",
     0, "ST60 transducer",
     C(WHITLEY, at(20, "09:40"), """Hi,

Do you stock Raymarine ST60 replacement speed transducers, or can you order one in?

Sam Whitley
"""),
     ACKN(at(20, "09:41"), "SCB-8832"),
     )

case("s16-hoist-logistics", "en", "closed", {},
     "lift-out logistics and a conditional offer ('say the word and I'll add it'); thanks-only reply",
     2, "Lift-out date?",
     C(KEOGH, at(6, "12:15"), """Jago,

When is the hoist booked for my lift-out and do I need to be there?

Martin
"""),
     A("jago", at(6, "13:00"), """Martin,

The travel hoist crew lifts her out on Wednesday 11th at 09:00. You don't need to be there - just leave the keys in the office. If you want the prop polished while she's out, say the word and I'll add it to the job sheet.

Jago"""),
     C(KEOGH, at(6, "13:20"), "Thanks Jago.\n", thanks_only=True),
     )

case("s17-sprayhood-nachtrag", "de", "closed", {},
     "second customer mail adds measurements and photos before the reply (not a chase); quote answers",
     1, "Angebot neue Sprayhood",
     C(KRUEGER, at(9, "08:15", EU), """Guten Morgen,

wir brauchen für unsere Bavaria 34 eine neue Sprayhood (Stoff ist nach 12 Jahren durch). Können Sie ein Angebot machen?

Freundliche Grüße
Anja Krüger
"""),
     C(KRUEGER, at(9, "08:40", EU), "Nachtrag: die Maße und zwei Fotos im Anhang.\n\nA. Krüger\n",
       parent=1, attach=[("image/png", "sprayhood1.png", PHOTO)]),
     A("katrin", at(9, "16:20"), """Guten Tag Frau Krüger,

danke für die Fotos und Maße. Angebot: 1.140 £ inkl. MwSt. (Sunbrella, Fenster aus Strataglass), Lieferzeit etwa 5 Wochen.

Viele Grüße
Katrin Vogel"""),
     )

case("s18-vhf-aerial", "en", "pending", {},
     "yes-and-price answer to a fitting request, then booked",
     2, "VHF aerial",
     C(SINCLAIR, at(16, "17:50"), """Hi
Can you fit a new VHF aerial on my mast while it's down? Mast is on the rack, row C, tagged Whimbrel.
Emma
Sent from my iPhone
"""),
     A("marek", at(17, "08:30"), "Hi Emma,\n\nYes, we can - aerial and 20 m of RG58 is £148 fitted, about two hours' work. Reply to book it in.\n\nMarek"),
     C(SINCLAIR, at(17, "09:05"), "Book it in please x\n"),
     A("marek", at(17, "09:20"), "Booked for Thursday.\n\nMarek"),
     )

# --------------------------------------------------------------------------------------
# Cases with findings
# --------------------------------------------------------------------------------------

case("s19-jabsco-order", "en", "closed", {"unanswered-question": 2},
     "order handled; the joker-valve and club-discount questions are skipped",
     1, "Order - Jabsco service kit",
     C(REID, at(2, "09:45"), """Hello,

I'd like to order a Jabsco 29200 toilet service kit and two 19 mm stainless hose clamps for the seacock. Also, do you sell the Jabsco joker valve separately? I only seem to need that one bit most years. And is there any discount for members of the Keyhaven Sailing Club?

Regards
Duncan Reid
""", uq=["do you sell the Jabsco joker valve separately?",
         "is there any discount for members of the Keyhaven Sailing Club?"]),
     A("fern", at(2, "11:20"), "Hi Duncan,\n\nOrder's in: service kit and two clamps, £64.20 total, ready to collect from tomorrow.\n\nFern"),
     )

case("s20-coppercoat-template", "en", "closed", {"unanswered-question": 1},
     "Coppercoat question answered with a templated spring-booking reply; acknowledgement first",
     1, "Antifouling next spring",
     C(MORGAN, at(5, "16:30"), """Hi, I'm trying to book antifouling for next spring (Hunter Horizon 27, "Puffin"). Can you apply Coppercoat instead of normal antifoul, and if so roughly what does it cost for a 27 ft boat? We keep hearing it lasts ten years which sounds too good to be true.

Thanks
Leah
""", uq=["Can you apply Coppercoat instead of normal antifoul, and if so roughly what does it cost for a 27 ft boat?"]),
     ACKN(at(5, "16:31"), "SCB-8610"),
     A("jago", at(6, "09:00"), """Dear customer,

Thank you for your enquiry about spring antifouling. Spring slots open on 1 February; bookings can be made online at https://saltmarsh.example/book?service=antifoul. Prices for standard antifouling are listed on our website.

Kind regards
Saltmarsh Boatyard""", parent=1),
     )

case("s21-yanmar-oil", "en", "closed", {"unanswered-question": 1},
     "asked which oil went into the engine; the reply answers a different question (service date and invoice)",
     0, "Oil?",
     C(CARTER, at(9, "07:55"), """Quick one: what oil did you put in the Yanmar at the service? I need to top up and don't want to mix brands.
Ben

Sent from my iPhone
""", uq=["what oil did you put in the Yanmar at the service?"]),
     A("oskar", at(9, "10:10"), "Hi Ben,\n\nThe service was completed on 6 November - invoice attached for your records.\n\nOskar",
       attach=[pdf("Invoice SCB-INV-8790", "Yanmar 2GM20 service", "GBP 318.00")]),
     )

case("s22-storage-extension-trailer", "en", "closed", {"unanswered-question": 1},
     "after the storage extension seemed done, a follow-up asks two things; only the keys question is answered",
     2, "Storage until April?",
     C(GRANT, at(3, "10:00"), "Hi, can I extend my storage to the end of April this time? Thanks, Isla\n"),
     A("jago", at(3, "11:30"), "Hi Isla,\n\nYes - extended to 30 April, contract updated.\n\nJago"),
     C(GRANT, at(10, "18:40"), """Thanks. One more thing, sorry - can I leave the trailer in the yard as well over winter, or does that cost extra? And my husband will be collecting the spare keys next week, that's fine isn't it?

Isla
""", uq=["can I leave the trailer in the yard as well over winter, or does that cost extra?"]),
     A("jago", at(11, "08:15"), "No problem about the keys, just ask him to bring some ID.\n\nJago"),
     )

case("s23-po-billing-address", "en", "closed", {"unanswered-question": 1},
     "a PO with a delivery question answered; the billing-address change asked in passing is ignored",
     1, "PO 4471 - gas locker vents",
     C(FANE, at(4, "08:50"), """Good morning,

Please find our PO 4471 attached for the two gas locker vents (Vetus, 2 x). Also, please update our billing address to Fane Charters Ltd, Unit 4, Harbour Road, Poole BH15 1AA from now on. Can you confirm a delivery date?

Regards,
Robert Fane
Fane Charters Ltd
""", attach=[pdf("PO 4471", "Fane Charters Ltd", "2 x gas locker vent")],
       uq=["Also, please update our billing address to Fane Charters Ltd, Unit 4, Harbour Road, Poole BH15 1AA from now on."]),
     A("bea", at(4, "11:00"), """Good morning Robert,

Thanks for the PO. The vents arrive from the supplier on Monday and go out the same day, so Tuesday delivery.

Bea"""),
     )

case("s24-impeller-anode", "de", "closed", {"unanswered-question": 2},
     "three questions about an engine service; only the impeller stock question is answered; thanks-only reply",
     1, "Impeller Volvo MD2030",
     C(MOELLER, at(2, "21:05", EU), """Guten Abend,

bei unserer Hallberg-Rassy 31 (steht bei Ihnen im Winterlager, Platz B-03) muss der Impeller gewechselt werden. Haben Sie den Originalimpeller für den Volvo MD2030 vorrätig? Können Sie bei der Gelegenheit die Opferanode am Saildrive prüfen? Und wie lange dauert so ein Service ungefähr, wir wollen im März wieder ins Wasser.

Besten Dank
Stefan Möller
""", uq=["Können Sie bei der Gelegenheit die Opferanode am Saildrive prüfen?",
         "wie lange dauert so ein Service ungefähr"]),
     A("katrin", at(3, "09:30"), "Guten Morgen Herr Möller,\n\nja, der Impeller ist vorrätig (Volvo 21951346), 42 £.\n\nViele Grüße\nKatrin Vogel"),
     C(MOELLER, at(3, "10:10", EU), "Danke!\n", thanks_only=True),
     )

case("s25-gréement-devis", "fr", "pending",
     {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
     "rigging quote promised 'd'ici jeudi', delivered late after a French chase that also asks about paying in two instalments (unanswered)",
     2, "Devis gréement dormant Dufour 36",
     C(GARNIER, at(9, "09:10", EU), """Bonjour,

Nous voudrions un devis pour remplacer le gréement dormant de notre Dufour 36 (haubans et étais, il a 14 ans). Pourriez-vous aussi nous dire si le mât doit être déposé pour cela ?

Merci d'avance,
Hélène Garnier
""", kind="alt"),
     A("amelie", at(9, "10:30"), """Bonjour Madame Garnier,

Oui, pour un remplacement complet il faut déposer le mât ; nous le faisons avec la grue du chantier. Je demande le devis à Marek et je reviens vers vous d'ici jeudi.

Bien cordialement,
Amélie""", promises=[(eod(12), 4)]),
     C(GARNIER, at(16, "09:45", EU), """Bonjour,

Je me permets de vous relancer concernant le devis pour le gréement. Par ailleurs, est-ce que vous acceptez le paiement en deux fois ?

Hélène Garnier
""", chase=True, uq=["est-ce que vous acceptez le paiement en deux fois ?"]),
     A("amelie", at(16, "11:20"), """Bonjour Madame Garnier,

Toutes mes excuses pour le retard. Le devis est en pièce jointe : 3 480 £ TTC, dépose et repose du mât comprises.

Bien cordialement,
Amélie""", attach=[pdf("Devis SCB-Q-1187", "Greement dormant Dufour 36", "3480 GBP TTC")]),
     )

case("s26-certificado-seguro", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
     "certificate promised for Monday arrives two days late; the liability-insurance question is never answered",
     1, "Certificado para el seguro",
     C(FERRER, at(4, "17:20", EU), """Buenas tardes:

Necesito un certificado de que el barco (Beneteau Oceanis 34 "Brisa") está varado en su astillero para el seguro. ¿Me lo pueden mandar esta semana? También quisiera saber si el precio del varadero incluye el seguro de responsabilidad civil.

Un saludo,
Lucía Ferrer
""", uq=["También quisiera saber si el precio del varadero incluye el seguro de responsabilidad civil."]),
     A("nuria", at(5, "09:40"), "Buenos días Lucía:\n\nTiene que firmarlo Jago, que está fuera hasta el viernes. Le escribo el lunes con el certificado.\n\nNúria",
       promises=[(eod(9), 3)]),
     A("nuria", at(11, "12:15"), "Buenos días Lucía:\n\nAquí tiene el certificado firmado. Disculpe la demora.\n\nNúria",
       attach=[pdf("Certificado varada Brisa", "Saltmarsh Boatyard", "11/11/2026")]),
     )

case("s27-storage-quote-late", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
     "storage quote promised by Friday; the customer follows up on Monday and gets it then",
     2, "Quote - Contessa 32 ashore Dec-Mar",
     C(PIKE, at(2, "14:00"), "Hi,\n\nCan you quote for hauling and storing my Contessa 32 ashore from December to March, mast up?\n\nAndrew Pike\n"),
     A("fern", at(2, "15:10"), "Hi Andrew,\n\nI need to check rack space with Jago - I'll have the quote to you by Friday.\n\nFern",
       promises=[(eod(6), 4)]),
     C(PIKE, at(9, "08:05"), "Hi Fern, just following up on the storage quote - any news?\n\nAndrew\n", chase=True),
     A("fern", at(9, "10:30"), "Sorry Andrew - £1,320 + VAT for December to March, mast up, lift in and out included.\n\nFern"),
     )

case("s28-rig-check-marek", "en", "open",
     {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
     "rig check: a named colleague was to send a slot by Thursday and never did; the customer's chase is unanswered",
     2, "Rigging inspection before sale",
     C(OGDEN, at(10, "12:30"), """Hello,

We'd like a rigging inspection before the sale of our boat goes through (Westerly Storm 33, ashore in row B). What does it involve and what does it cost?

Thanks,
Claire Ogden
"""),
     A("fern", at(10, "14:45"), "Hi Claire,\n\nA rig check is a full visual inspection aloft plus a written report, £220. Marek will send you a slot by Thursday.\n\nFern",
       promises=[(eod(12), None)]),
     C(OGDEN, at(16, "09:20"), """Hello,

I haven't heard back from Marek about a slot for the rig check. The buyer's surveyor is coming on the 27th, so we're running out of time.

Claire
""", chase=True),
     )

case("s29-krantermin", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
     "invoice resent at once; crane date promised for tomorrow, given only after 'Ich warte immer noch'",
     3, "Winterlager Dehler 29 - Krantermin",
     C(BRENNER, at(3, "18:00", EU), """Guten Tag,

wir haben unser Boot (Dehler 29, Liegeplatz B-22) für das Winterlager angemeldet. Wann genau ist der Krantermin? Bitte schicken Sie mir auch die Rechnung für die Sommerliegegebühr noch einmal, die erste ist im Spam gelandet.

Mit freundlichen Grüßen
Thomas Brenner
"""),
     A("katrin", at(4, "09:00"), "Guten Morgen Herr Brenner,\n\ndie Rechnung hänge ich an. Den Krantermin kläre ich mit Jago und melde mich morgen bei Ihnen.\n\nViele Grüße\nKatrin Vogel",
       promises=[(eod(5), 4)], attach=[pdf("Rechnung SCB-INV-8655", "Sommerliegegebuehr B-22")]),
     C(BRENNER, at(9, "08:30", EU), """Hallo Frau Vogel,

ich warte immer noch auf den Krantermin. Langsam wird es knapp, ich muss ja Urlaub dafür nehmen.

Gruß
T. Brenner
""", chase=True),
     A("katrin", at(9, "10:15"), "Entschuldigung, Herr Brenner! Kran am Donnerstag, 12.11., um 10 Uhr.\n\nViele Grüße\nKatrin Vogel"),
     )

case("s30-webasto-no-deadline", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
     "heater diagnosis promised without a deadline; the answer comes six days later, after a chase",
     2, "Webasto not firing",
     C(PRYCE, at(11, "16:40"), """Hi,

My Webasto heater isn't firing - it clicks, fan runs, no ignition. The boat's ashore in your yard (Hallberg-Rassy 29 "Tern", row D). Could one of your engineers have a look?

Graham Pryce
"""),
     A("oskar", at(12, "08:20"), "Hi Graham,\n\nHappy to. I'll check the fuel pump and glow pin and get back to you with what I find.\n\nOskar",
       promises=[(at(12, "08:20") + FOLLOW_UP_WINDOW, 4)]),
     C(PRYCE, at(17, "19:10"), "Any update on the heater? It's getting cold on board at weekends.\n\nGraham\n", chase=True),
     A("oskar", at(18, "08:05"), "Sorry for the silence, Graham - the glow pin was burnt out. Replaced (£58 fitted) and the heater runs fine now.\n\nOskar"),
     )

case("s31-contract-transfer-slow", "en", "closed",
     {"unanswered-question": 1, "slow-first-response": 1},
     "new owners ask to transfer the storage contract (answered after 31 h) and who holds the shed keys (never answered)",
     2, "New owners of Moody 33 'Curlew'",
     C(WALSH, at(5, "08:00"), """Hello,

We've bought a Moody 33 that's stored in your yard (Curlew, previous owner Mr Hearn). Can the storage contract be transferred to us? Also - who do we ask for the keys to the shed where the sails are? Mr Hearn said you have them.

Jenny & Rob Walsh
""", uq=["who do we ask for the keys to the shed where the sails are?"]),
     A("jago", at(6, "15:00"), "Hi Jenny,\n\nCongratulations! Yes, the contract transfers - paperwork attached, please sign and return.\n\nJago",
       attach=[pdf("Contract transfer Curlew", "Storage contract SC-2026-114")]),
     C(WALSH, at(6, "20:30"), "Signed copy attached.\n\nJenny\n", attach=[pdf("Transfer signed", "J. Walsh")]),
     A("jago", at(7, "08:10"), "Received - all done.\n\nJago"),
     )

case("s32-shore-power-reopened", "en", "closed", {"unanswered-question": 1, "reopened": 1},
     "shore-power fault marked resolved, then back a week later; the meter-reading request is skipped",
     2, "Shore power trips D-7",
     C(HEYWOOD, at(2, "08:10"), "Hi,\n\nThe shore power socket at pontoon D-7 trips every night around 2am. Can you have a look?\n\nMark Heywood\n"),
     A("jago", at(2, "15:00"), "Hi Mark,\n\nFound it - the socket had water in it, replaced this afternoon. I'll mark this as resolved.\n\nJago",
       closes=True),
     C(HEYWOOD, at(10, "07:45"), """Jago,

It's tripping again since Sunday. Is it the same socket or could it be my charger? Also could you send me last month's electricity reading for D-7, the bill looked high.

Mark
""", uq=["Also could you send me last month's electricity reading for D-7, the bill looked high."]),
     A("jago", at(11, "08:30"), "Mark,\n\nOur electrician checked: it's your charger - earth leakage on the boat side, not our socket.\n\nJago"),
     )

case("s33-brokerage-handoffs", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
     "three staff (counter, surveyor, accounts) share a sale-and-survey case; the sale commission is never stated",
     2, "Selling my boat + survey",
     C(OSEI, at(9, "10:00"), """Hi,

I want to sell my Jaguar 27 through your brokerage noticeboard and book a pre-sale survey. What's the commission if it sells through you? And when could the surveyor come?

Derek
""", uq=["What's the commission if it sells through you?"]),
     A("fern", at(9, "11:15"), "Hi Derek,\n\nListing on the noticeboard is free for yard customers - just send photos and a price. I've copied Will Harker, our surveyor, for the survey date.\n\nFern"),
     A("will", at(10, "09:00"), "Derek,\n\nI can survey her on 18 November at 9:00.\n\nWill"),
     C(OSEI, at(10, "12:40"), "18th is fine. Who do I pay for the survey and how?\n\nDerek\n"),
     A("bea", at(11, "10:00"), "Hi Derek,\n\nThe survey is £480 + VAT, payable by card at the office or by bank transfer - details on the attached invoice.\n\nBea",
       attach=[pdf("Invoice SCB-INV-8801", "Pre-sale survey", "GBP 576.00")]),
     )

case("s34-polish-devis-jago", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
     "engine winterising answered; a hull-polish quote promised by a named colleague 'd'ici vendredi' never comes; the cheque question is skipped",
     1, "Hivernage Sun Odyssey 349",
     C(MARCHETTI, at(2, "11:15", EU), """Bonjour,

Notre Jeanneau Sun Odyssey 349 est chez vous pour l'hiver. Pourriez-vous nous envoyer un devis pour un nettoyage de coque et un polish ? Je voudrais savoir aussi si vous pouvez hiverner le moteur (antigel, vidange). Enfin, acceptez-vous les chèques d'une banque française ?

Cordialement,
Julien Marchetti
""", uq=["Enfin, acceptez-vous les chèques d'une banque française ?"]),
     A("amelie", at(3, "09:20"), """Bonjour Monsieur Marchetti,

Oui, nous hivernons le moteur : 195 £ tout compris (antigel, vidange, filtres). Pour le nettoyage et le polish, Jago vous enverra le devis d'ici vendredi.

Bien cordialement,
Amélie""", promises=[(eod(6), None)]),
     )

case("s35-cabrestante-presupuesto", "es", "open",
     {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
     "windlass quote promised 'mañana' never sent; two Spanish chases go unanswered",
     1, "Presupuesto cabrestante Lewmar",
     C(RUIZ, at(10, "10:00", EU), """Hola,

Necesito un presupuesto para cambiar el cabrestante eléctrico de proa (Lewmar V2, el motor está quemado). ¿Pueden hacerlo antes de Navidad?

Saludos,
Alejandro Ruiz
"""),
     A("nuria", at(10, "11:30"), "Hola Alejandro:\n\nSí, antes de Navidad es posible. Le mando el presupuesto mañana.\n\nNúria",
       promises=[(eod(11), None)]),
     C(RUIZ, at(16, "09:00", EU), "Hola Núria, ¿hay alguna novedad con el presupuesto? Sigo esperando.\n\nAlejandro\n", chase=True),
     C(RUIZ, at(18, "17:30", EU), "¿Alguien puede contestarme, por favor? Ya son ocho días.\n", chase=True, parent=3),
     )

case("s36-invoice-resend-slow", "en", "closed",
     {"customer-chased": 1, "slow-first-response": 1},
     "invoice request resent as a new mail with the same subject two days later; answered only after the resend",
     1, "Antifouling invoice - Spindrift",
     C(TURNER, at(11, "09:00"), """Hi,

Please could you send me the antifouling invoice for Spindrift (lift on 28 Oct)? My accountant needs it for our year end.

Thanks
Sophie Turner
"""),
     C(TURNER, at(13, "09:10"), """Hi,

Please could you send me the antifouling invoice for Spindrift (lift on 28 October)? Sending again in case the first one got lost - my accountant needs it by Monday.

Thanks
Sophie Turner
""", parent=0, chase=True),
     A("bea", at(13, "11:00"), "Hi Sophie,\n\nApologies - invoice SCB-INV-8812 attached.\n\nBea",
       attach=[pdf("Invoice SCB-INV-8812", "Spindrift antifouling", "GBP 734.40")]),
     )

case("s37-layup-list", "en", "closed", {"unanswered-question": 2},
     "numbered list of four lay-up questions; the reply answers 1 and 4 only",
     2, "Lay-up questions",
     C(CARTWRIGHT, at(12, "07:30"), """A few things before we lay up next week:

1. Can you winterise the outboard (Tohatsu 6) as well as the inboard?
2. Do you take the sails off and store them, or should I take them home?
3. Is there a discount if I pay the whole winter up front?
4. What date is the last lift-out before Christmas?

Ian
""", uq=["Do you take the sails off and store them, or should I take them home?",
         "Is there a discount if I pay the whole winter up front?"]),
     A("jago", at(12, "09:45"), "Ian,\n\n1 - yes, outboard winterising is £75.\n4 - the last lift before Christmas is Friday 18 December.\n\nJago"),
     )

case("s38-mooring-inline", "en", "pending", {"unanswered-question": 1},
     "three mooring questions; the inline reply answers two and leaves out the pontoon-berth question",
     2, "Mooring questions",
     C(ELLIS, at(16, "16:00"), """Hi, three questions about our mooring (buoy 14, "Skylark"):

When is the mooring chain inspection this year?
Can we have a second key fob for the pontoon gate?
Is it possible to move from buoy 14 to a pontoon berth next season?

Margaret Ellis
""", uq=["Is it possible to move from buoy 14 to a pontoon berth next season?"]),
     A("fern", at(17, "09:10"), """Hi Margaret,

> When is the mooring chain inspection this year?
The diver does all the swinging moorings in the week of 7 December.

> Can we have a second key fob for the pontoon gate?
Yes, £15 - collect it from the office any time.

Fern""", quote=False),
     )

case("s39-wertgutachten", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
     "valuation survey date promised 'bis Freitag', given the following Tuesday; the German-report question is skipped; thanks-only close",
     1, "Wertgutachten Najad 355",
     C(HARTMANN, at(2, "10:30", EU), """Sehr geehrte Damen und Herren,

für unsere Versicherung (Nordsee Yachtversicherung) benötigen wir ein Wertgutachten unserer Najad 355. Wann könnte Ihr Gutachter kommen? Und könnten Sie uns bitte mitteilen, ob das Gutachten auch auf Deutsch ausgestellt werden kann?

Mit freundlichen Grüßen
Claudia Hartmann
""", uq=["könnten Sie uns bitte mitteilen, ob das Gutachten auch auf Deutsch ausgestellt werden kann?"]),
     A("katrin", at(3, "09:00"), "Sehr geehrte Frau Hartmann,\n\nich kläre den Termin mit unserem Gutachter Will Harker und melde mich bis Freitag.\n\nViele Grüße\nKatrin Vogel",
       promises=[(eod(6), 3)]),
     A("katrin", at(10, "11:00"), "Sehr geehrte Frau Hartmann,\n\nentschuldigen Sie die Verzögerung: Herr Harker kommt am 19.11. um 10 Uhr.\n\nViele Grüße\nKatrin Vogel"),
     C(HARTMANN, at(10, "13:00", EU), "Danke, passt.\n\nC. Hartmann\n", thanks_only=True),
     )

case("s40-cutless-early-next-week", "en", "open",
     {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
     "cutless-bearing price promised 'early next week' on a Thursday, never sent; the chase is unanswered",
     1, "Cutless bearing - Fulmar",
     C(HENDRY, at(5, "08:40"), "Hi,\n\nWhat would it cost to replace the cutless bearing on my Westerly Fulmar while she's out? There's a lot of play in the shaft.\n\nPaul Hendry\n"),
     A("oskar", at(5, "12:00"), "Hi Paul,\n\nDepends whether the shaft needs drawing. I'll look at her tomorrow and send you a price early next week.\n\nOskar",
       promises=[(eod(10), None)]),
     C(HENDRY, at(13, "17:45"), "Hi Oskar, still waiting on the cutless bearing price - is there any news?\n\nPaul\n", chase=True),
     )

case("s41-baterias-denia", "es", "closed", {"unanswered-question": 2, "missed-follow-up": 1},
     "battery order: delivery time promised 'mañana' never confirmed; the invoice-with-CIF request and the charger question are skipped",
     1, "Pedido baterías AGM",
     C(SOLE, at(3, "09:00", EU), """Buenos días:

Les adjunto la orden de compra de dos baterías AGM de 100 Ah. ¿Cuándo podrían enviarlas a Denia? Por favor, envíenme también la factura a nombre de Náutica Solé S.L. con nuestro CIF B12345678, la necesito para la contabilidad. ¿Tienen también el cargador Victron de 25 A?

Atentamente,
Marta Solé
Náutica Solé S.L.
""", attach=[pdf("Orden de compra 2026-311", "2 x AGM 100Ah")],
       uq=["Por favor, envíenme también la factura a nombre de Náutica Solé S.L. con nuestro CIF B12345678, la necesito para la contabilidad.",
           "¿Tienen también el cargador Victron de 25 A?"]),
     A("nuria", at(3, "10:30"), "Buenos días Marta:\n\nLas baterías salen del almacén el viernes; le confirmo mañana el plazo de entrega a Denia.\n\nNúria",
       promises=[(eod(4), None)]),
     )

case("s42-harbour-dues-ooo", "en", "closed", {"missed-follow-up": 1},
     "harbour-dues question deferred to 'by end of day', never answered; the customer's out-of-office reply follows",
     1, "Mooring invoice - harbour dues?",
     C(ERIKSEN, at(10, "08:50"), """Hello,

Can you tell me whether my mooring invoice includes the harbour dues or are those billed separately by the harbour office?

Lars Eriksen
"""),
     A("bea", at(10, "10:00"), "Hello Lars,\n\nGood question - I'm checking with the harbour office and will confirm by end of day.\n\nBea",
       promises=[(eod(10), None)]),
     AUTO(ERIKSEN, at(10, "10:01"), """I am away until 16 November with limited access to e-mail.
For urgent matters please contact my colleague at office@eriksen-marine.example.

Lars Eriksen"""),
     )

case("s43-taud-livraison", "fr", "pending",
     {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
     "cockpit-cover delivery date asked, chased four days later; the reply gives the date but not the mainsail-cover question",
     1, "Commande SCB-56120 - taud de cockpit",
     C(MOREAU, at(12, "14:00", EU), """Bonjour,

Nous avons commandé un taud de cockpit (commande SCB-56120). Pouvez-vous me donner une date de livraison ? J'aimerais aussi savoir si la housse de grand-voile peut être ajoutée à la même livraison, pour économiser les frais de port.

Merci,
Isabelle Moreau
""", uq=["J'aimerais aussi savoir si la housse de grand-voile peut être ajoutée à la même livraison, pour économiser les frais de port."]),
     C(MOREAU, at(16, "08:30", EU), """Bonjour,

Je n'ai toujours pas de réponse à mon message du 12. Merci de me tenir au courant.

Isabelle Moreau
""", chase=True),
     A("amelie", at(16, "10:30"), "Bonjour Madame Moreau,\n\nLe taud sera livré le 24 novembre par DPD.\n\nBien cordialement,\nAmélie"),
     )

case("s44-relaunch-two-promises", "en", "pending",
     {"unanswered-question": 1, "missed-follow-up": 2},
     "two promises in one reply: date confirmation 'within 48 hours' kept a week late, a colleague's zip price 'by Wednesday' never sent; 'do you need us there' skipped",
     1, "Relaunch 28 Nov + sprayhood zip",
     C(BENNETT, at(9, "09:00"), """Hi Jago,

We need the boat craned back in on 28 November for a delivery trip to Falmouth. Can you confirm the date, and do you need us to be present for the launch? Also, the sprayhood zip broke in the last blow - can you repair that before launch?

Hugo Bennett
Bennett Yacht Deliveries
""", uq=["do you need us to be present for the launch?"]),
     A("jago", at(9, "11:00"), "Hugo,\n\nI'll confirm the 28th within 48 hours once I've seen the crane rota. Sprayhood: Marek will look at the zip and send you a price by Wednesday.\n\nJago",
       promises=[(at(9, "11:00") + timedelta(hours=48), 3), (eod(11), None)]),
     A("jago", at(16, "08:45"), "Hugo,\n\n28th confirmed, 11:00 on the tide.\n\nJago"),
     )

case("s45-annexe-marek", "fr", "open",
     {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
     "tender storage price answered; a named colleague was to write on Monday about the repair and did not; the chase is unanswered",
     2, "Annexe Zodiac qui fuit",
     C(LEFORT, at(13, "09:00", EU), """Bonjour,

Notre annexe (Zodiac Cadet 310) perd de l'air. Pouvez-vous la réparer pendant l'hiver ? Et combien coûte le stockage de l'annexe dans le hangar ?

Noémie Lefort
"""),
     A("amelie", at(13, "10:15"), """Bonjour Madame Lefort,

Le stockage de l'annexe est de 12 £ par mois. Pour la réparation, Marek vous écrira lundi après avoir testé les boudins.

Bien cordialement,
Amélie""", promises=[(eod(16), None)]),
     C(LEFORT, at(18, "11:00", EU), "Bonjour Amélie,\n\nAvez-vous des nouvelles de Marek ? Je n'ai rien reçu.\n\nNoémie\n", chase=True),
     )

case("s46-own-antifoul-waiting", "en", "open", {"awaiting-reply": 1},
     "question acknowledged by the helpdesk only, no human reply after two days (awaiting, not unanswered)",
     0, "Own antifoul?",
     C(DUNN, at(18, "14:00"), """Hello,

Can I bring my own antifoul, and if so is there a fee for your team to apply it? I've got two tins of Micron 350 left from last year.

Rachel Dunn
"""),
     ACKN(at(18, "14:01"), "SCB-8807"),
     )

case("s47-winch-handle-kiel", "en", "closed", {"unanswered-question": 1},
     "German customer writing English with typos: shipping to Germany confirmed, the shipping cost is not given",
     3, "order winch handle",
     C(HOFFMANN, at(12, "20:15", EU), """Hello,

i want to order the Lewmar winch handle 10 inch lock-in and 2 cans of Starbrite teak cleaner. Do you ship to Germany (Kiel)? and whats the shipping cost. I pay with paypal if possible

Vielen Dank
Felix
""", uq=["whats the shipping cost"]),
     A("fern", at(13, "09:05"), "Hi Felix,\n\nYes, we ship to Germany with DPD - Kiel takes 3-4 working days. Handle and two cans come to £78.40, and PayPal is fine.\n\nFern"),
     )


# --------------------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------------------


def label_problems(c: Case) -> list[str]:
    """Where the hand-written labels of ``c`` disagree with its messages' text, dates and facts."""
    problems = []
    contract = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
    own = [m.own for m in c.msgs if m.role == "customer"]
    for q in c.uq:
        if "\n" in q or not any(q in text for text in own):
            problems.append(f"{c.name}: question {q!r} is in no customer message")
    facts_status = mailcraft.contract_status(c.msgs, contract)
    if facts_status != c.status:
        problems.append(f"{c.name}: status {c.status}, facts say {facts_status}")
    facts_rules = mailcraft.contract_rules(c.msgs, contract)
    if facts_rules != c.rules:
        problems.append(f"{c.name}: rules {c.rules}, facts say {facts_rules}")
    if len(c.uq) != c.rules.get("unanswered-question", 0):
        problems.append(f"{c.name}: {len(c.uq)} questions listed for the unanswered-question count")
    return problems


def render() -> list[Msg]:
    """Every message of the corpus, rendered, in date order."""
    return mailcraft.render_corpus([m for c in CASES for m in c.msgs], PROFILE)


def write(out: Path) -> None:
    """Render the corpus and write it under ``out``, or exit without writing when a label is
    wrong or a written message does not read back as rendered."""
    msgs = render()
    problems = [p for c in CASES for p in label_problems(c)]
    names = [c.name for c in CASES]
    if len(set(names)) != len(names):
        problems.append("case names are not unique")
    if problems:
        raise SystemExit("refusing to write:\n" + "\n".join(problems))
    inbox = [m for m in msgs if m.role in ("customer", "auto")]
    sent = [m for m in msgs if m.role in ("agent", "ack")]
    mailbox_dir = out / "mailbox"
    if mailbox_dir.exists():
        shutil.rmtree(mailbox_dir)
    mailbox_dir.mkdir(parents=True)
    (mailbox_dir / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
        (addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
    mailcraft.write_maildir(mailbox_dir / "Sent", ((m.date, m.raw, m.role == "agent") for m in sent),
                            "yard.saltmarsh.example")
    parsed_inbox, parsed_sent = mailcraft.read_back(mailbox_dir / "inbox.mbox", mailbox_dir / "Sent")
    read_problems = mailcraft.parse_problems(parsed_inbox + parsed_sent)
    by_id = {m.message_id: m for m in msgs}
    for parsed, in_mbox in [(p, True) for p in parsed_inbox] + [(p, False) for p in parsed_sent]:
        problem = mailcraft.round_trip_problem(by_id[parsed["Message-ID"]], parsed, in_mbox) \
            if by_id[parsed["Message-ID"]].kind != "html" else None
        if problem:
            read_problems.append(problem)
    if read_problems:
        shutil.rmtree(mailbox_dir)
        raise SystemExit("written mail does not read back:\n" + "\n".join(read_problems))
    labels = mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    rows = []
    for c in CASES:
        first = c.msgs[0]
        rows.append((c.name, c.lang, addr_of(first.frm)[0], first.client, len(c.msgs), c.status,
                     c.rules, c.story))
    (out / "CASES.md").write_text(mailcraft.cases_table(
        "Saltmarsh Chandlery & Boatyard corpus: cases", "make_practice21_corpus.py", rows),
        encoding="utf-8")


def summary() -> str:
    """Counts for the README: cases, messages, languages, statuses, findings, answered questions."""
    msgs = [m for c in CASES for m in c.msgs]
    roles = {r: sum(m.role == r for m in msgs) for r in ("customer", "auto", "agent", "ack")}
    langs, statuses, findings = {}, {}, {}
    for c in CASES:
        langs[c.lang] = langs.get(c.lang, 0) + 1
        statuses[c.status] = statuses.get(c.status, 0) + 1
        for r, n in c.rules.items():
            findings[r] = findings.get(r, 0) + n
    clean = sum(not c.rules for c in CASES)
    asking = sum(bool(c.uq) for c in CASES)
    return (f"{len(CASES)} cases, {len(msgs)} messages {roles}; clean {clean}; "
            f"languages {langs}; statuses {statuses}; findings {findings}; "
            f"unanswered questions in {asking} cases; answered questions/requests "
            f"{sum(c.answered for c in CASES)}")


def main() -> None:
    """Write the corpus to ``--out`` (default tests/practice21)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice21")
    parser.add_argument("--summary", action="store_true", help="print the README counts")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out)
    if args.summary:
        print(summary())


if __name__ == "__main__":
    main()
