#!/usr/bin/env python3
"""Regenerate ``tests/practice20/``: the labelled corpus of Fablane Works.

A support mailbox of a fictional 3D-printing, CNC and laser-cutting bureau for businesses,
makers and schools (file uploads and file problems, materials and finishes, quotes and volume
pricing, lead times and rush orders, shipping, invoices and purchase orders, reprints of
defective parts, education accounts), with customers in the UK, Ireland, Germany, Austria,
France, Belgium, Spain and Mexico. Written without looking at the detection heuristics or at
the other corpora's cases. Heavy on customer questions and on support promises. Audited at
``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``fablane.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, unanswered questions). The script
recomputes status and every rule count from those facts and from the dates and refuses to
write when they disagree with the hand-written case labels, or when a labelled question is not
verbatim in the customer's own text.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice20_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
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
SUPPORT_DOMAIN = "fablane.example"
SUPPORT = "hello@fablane.example"
HELPDESK = "Fablane Works <hello@fablane.example>"
RULES = mailcraft.RULES

AGENTS = {
    "orla": ("Orla Kennedy <orla@fablane.example>", "thunderbird", """-- 
Orla Kennedy
Customer Support | Fablane Works
Upload a new file: https://fablane.example/upload?src=mail&step=1"""),
    "jonas": ("Jonas Richter <jonas@fablane.example>", "thunderbird_de", """-- 
Jonas Richter
Fertigung / Production | Fablane Works
https://fablane.example/de/status?ref=signatur"""),
    "camille": ("Camille Dubois <camille@fablane.example>", "apple_fr", """-- 
Camille Dubois
Service client France & Belgique | Fablane Works
https://fablane.example/fr/aide?utm_source=email"""),
    "lucia": ("Lucía Herrera <lucia@fablane.example>", "outlook", """-- 
Lucía Herrera
Atención al cliente España y México | Fablane Works
lucia@fablane.example | +34 93 555 0161"""),
    "priyanka": ("Priyanka Shah <priyanka@fablane.example>", "outlook", """-- 
Priyanka Shah
Quotes & Education Accounts | Fablane Works
Need a quote? https://fablane.example/quote?type=volume&lang=en"""),
    "tom": ("Tom Brennan <tom@fablane.example>", "thunderbird", """-- 
Tom Brennan
Billing | Fablane Works
This e-mail and any attachment are confidential and intended
only for the addressee. Questions about an invoice? Reply to this mail."""),
}

ACK = {
    "en": """Hello,

Thanks for writing to Fablane Works. This is an automatic receipt: your
message is now ticket {ref}. Our team works Monday to Friday, 8am-6pm
(UK time), and we will reply within 24 hours.

Files larger than 50 MB? Use https://fablane.example/upload?ticket={ref}

Fablane Works - Support""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Fablane Works. Dies ist eine automatische
Eingangsbestätigung: Ihre Anfrage hat die Nummer {ref}. Wir antworten
innerhalb von 24 Stunden (Montag bis Freitag).

Bitte antworten Sie nicht auf diese E-Mail.

Fablane Works - Kundenservice""",
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
    "helpdesk": ["X-Mailer: Fablane Desk 3.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="fw.", outlook_server="VI1PR0")

PHOTO = mailcraft.png(8, 6, lambda x, y: (200 - 10 * y, 120 + 8 * x, 60))
STL = b"""solid bracket_v3
 facet normal 0 0 1
  outer loop
   vertex 0 0 0
   vertex 40 0 0
   vertex 0 25 0
  endloop
 endfacet
endsolid bracket_v3
"""

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

    @property
    def uq(self) -> list[str]:
        """The labelled unanswered questions, in message order."""
        return [q for m in sorted(self.msgs, key=lambda m: m.date) for q in m.uq]


CASES: list[Case] = []


def at(day: int, hm: str, tz: int = 0) -> datetime:
    """``day`` November 2026 at ``hm`` in UTC+``tz`` hours."""
    hh, mm = map(int, hm.split(":"))
    return datetime(2026, 11, day, hh, mm, tzinfo=timezone(timedelta(hours=tz)))


def eod(day: int) -> datetime:
    """The end of ``day`` November 2026 (the named day of a promise, taken in UTC)."""
    return datetime(2026, 11, day, 23, 59, tzinfo=UTC)


def window(when: datetime) -> datetime:
    """The deadline of a promise without one: the follow-up window after it was made."""
    return when + FOLLOW_UP_WINDOW


def case(name, lang, status, rules, customer, subject, client, story) -> Case:
    """Open a new case; the following ``say`` calls add its messages."""
    c = Case(name, lang, status, rules, customer, subject, client, story)
    CASES.append(c)
    return c


def say(c: Case, key: str, role: str, when: datetime, body: str, *, who: str | None = None,
        parent: str | None = None, subject: str | None = None, client: str | None = None,
        kind: str = "plain", cte: str | None = None, thread: bool = True, thanks: bool = False,
        closes: bool = False, chase: bool = False, promises=(), uq=(), extra=(),
        attach=()) -> None:
    """Add a message to case ``c``: ``role`` decides sender, recipient and signature.

    ``promises`` are ``(deadline, key of the message that kept it or None)``; ``uq`` the
    questions of this customer message that no later support reply addresses."""
    full = f"{c.name}/{key}"
    if role == "agent":
        frm, agent_client, sig = AGENTS[who]
        client = client or agent_client
        inline = any(line.startswith(">") for line in body.splitlines())
        body = body.rstrip("\n") + "\n\n" + sig + ("\n\n{quote}" if parent and "{quote}" not in body
                                                 and not inline else "")
        to = c.customer
    elif role == "ack":
        frm, client, to = HELPDESK, "helpdesk", c.customer
    else:
        frm, client, to = c.customer, client or c.client, SUPPORT
    if subject is None:
        prefix = {"outlook": "RE: ", "outlook_de": "AW: ", "owa": "RE: "}.get(client, "Re: ")
        subject = c.subject if parent is None and role != "ack" else (
            f"[Ticket {ack_ref(c)}] {c.subject}" if role == "ack" else prefix + c.subject)
    m = Msg(key=full, case=c.name, role=role, agent=who if role == "agent" else None,
            client=client, kind=kind, cte=cte, frm=frm, to=to, subject=subject, date=when,
            body=body, parent=f"{c.name}/{parent}" if parent else None, thread=thread,
            thanks_only=thanks, closes=closes, chase=chase,
            promises=[(d, f"{c.name}/{k}" if k else None) for d, k in promises],
            uq=list(uq), extra=list(extra), attach=list(attach))
    c.msgs.append(m)


def ack_ref(c: Case) -> str:
    """The helpdesk ticket number of a case."""
    return f"FW-{71000 + 29 * (CASES.index(c) + 1)}"


def ack(c: Case, key: str, when: datetime, parent: str, lang: str = "en") -> None:
    """The helpdesk's automatic acknowledgement of message ``parent``."""
    say(c, key, "ack", when, ACK[lang].format(ref=ack_ref(c)), parent=parent, kind="alt",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

# f01 - three questions answered in one paragraph, out of order; a thanks-only reply.
c = case("f01-outdoor-bracket-material", "en", "closed", {},
         "Harriet Cole <harriet.cole@example.com>", "Printing a bracket for outdoors - which material?",
         "gmail", "Maker asks material, colour and lead time; one paragraph answers all three "
         "out of order; thanks-only reply.")
say(c, "c1", "customer", at(3, "09:12"), """Hi there,

Hope the week's going well? I've attached the STL for a small bracket that
holds a rain gauge on my garden fence.

Would PETG or ASA be better for a bracket that lives outdoors all year?
Can you print it in black? And how long would 4 copies take?

Thanks,
Harriet""", attach=[("model/stl", "bracket_v3.stl", STL)])
say(c, "a1", "agent", at(3, "11:40"), """Hi Harriet,

Four copies take 3 working days from when you approve the quote, and black
is no problem in either material - but for something that sits in the sun
and rain all year I'd go with ASA: PETG softens and creeps a little in UV
over a couple of summers, ASA doesn't. The quote for 4 in black ASA is
£22.40 incl. VAT and is waiting in your account.

Best,
Orla""", who="orla", parent="c1")
say(c, "c2", "customer", at(3, "12:05"), """Perfect, thank you Orla!

{quote}""", parent="a1", thanks=True)

# f02 - a named colleague's promise ("Jonas ... tomorrow") kept three days late after a chase.
c = case("f02-marine-brackets-ship-date", "en", "closed",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Kieran Walsh <kieran@walshmarine.example>", "PO 4471 - 200 CNC brackets, ship date?",
         "outlook", "Agent says Jonas in production will confirm the ship date tomorrow; the "
         "customer chases three days later and only then Jonas confirms (kept late).")
say(c, "c1", "customer", at(9, "08:30"), """Hello,

Please find attached our PO 4471 for 200 of the 6082 aluminium mounting
brackets (drawing WM-118 rev C) as quoted last week.

Could you confirm the ship date? We need them in Cork by 27 November for a
boat-show build.

Regards,
Kieran Walsh
Purchasing | Walsh Marine Fittings | Cork""",
    attach=[("application/pdf", "PO-4471.pdf", mailcraft.pdf(["Walsh Marine Fittings", "PO 4471",
                                                            "200 x bracket WM-118 rev C"]))])
say(c, "a1", "agent", at(9, "10:15"), """Hi Kieran,

Thanks for the PO - it's in the system as order FW-22905. The brackets are
on the mill schedule for this week and the stock is already cut.

Jonas in production will confirm the ship date tomorrow, once the first
article has been through inspection.

Kind regards,
Orla""", who="orla", parent="c1", promises=[(eod(10), "a2")])
say(c, "c2", "customer", at(12, "09:00"), """Hi Orla,

Any news on the ship date? I still haven't heard from Jonas and my boss is
asking me every morning.

Kieran

{quote}""", parent="a1", chase=True)
say(c, "a2", "agent", at(12, "15:20", 1), """Hello Kieran,

Sorry for the silence - the first article passed inspection yesterday
afternoon. Your 200 brackets ship on Tuesday 17 November with UPS Express
and will be in Cork on Thursday 19 November.

Best regards,
Jonas""", who="jonas", parent="c2")

# f03 - German quote promised "bis Donnerstag", sent the following Monday.
c = case("f03-petg-gehaeuse-angebot", "de", "pending", {"missed-follow-up": 1},
         "Stefan Brauer <s.brauer@brauer-messtechnik.example>", "Anfrage: 50 Gehäuse aus PETG",
         "gmail_de", "Jonas answers both questions and promises the detailed quote by Thursday; "
         "it comes the next Monday (kept late).")
say(c, "c1", "customer", at(9, "07:45", 1), """Guten Morgen,

wir entwickeln ein kleines Messgerät und bräuchten 50 Gehäuse (Ober- und
Unterschale) aus PETG, die STEP-Dateien habe ich eben hochgeladen
(Referenz U-9811).

Können Sie 50 Stück bis Ende November liefern?
Welche Oberflächen bieten Sie an - geht auch matt?

Viele Grüße
Stefan Brauer
Brauer Messtechnik GmbH, Stuttgart""")
say(c, "a1", "agent", at(9, "13:10", 1), """Guten Tag Herr Brauer,

danke für die Dateien. Ende November ist machbar, wenn Sie bis Mitte
nächster Woche freigeben. Matt geht: wir strahlen die Teile nach dem Druck
mit Glasperlen, das nimmt auch die Schichtlinien weitgehend weg.

Das genaue Angebot mit Staffelpreisen für 50 und 100 Stück schicke ich Ihnen
bis Donnerstag.

Viele Grüße
Jonas Richter""", who="jonas", parent="c1", promises=[(eod(12), "a2")])
say(c, "a2", "agent", at(16, "09:30", 1), """Guten Tag Herr Brauer,

anbei das Angebot für die Gehäuse - entschuldigen Sie bitte die
Verspätung, unsere Kalkulation war letzte Woche unterbesetzt.

50 Stück: 11,80 EUR pro Satz, 100 Stück: 9,60 EUR pro Satz, jeweils
glasperlgestrahlt, zzgl. MwSt.

Viele Grüße
Jonas Richter""", who="jonas", parent="a1",
    attach=[("application/pdf", "Angebot-Q-5520.pdf", mailcraft.pdf(["Fablane Works", "Angebot Q-5520",
                                                                    "50 Gehaeuse PETG"]))])

# f04 - Mexico: shipping answered, the import-duty question skipped.
c = case("f04-envio-monterrey", "es", "closed", {"unanswered-question": 1},
         "Mariana Treviño <mariana.trevino@example.com>", "Envío de prototipos a Monterrey",
         "gmail_es", "Three questions; the reply covers shipping and transit time and skips who "
         "pays the import duties.")
say(c, "c1", "customer", at(10, "16:20", -6), """Hola,

Necesito 12 carcasas de prototipo en resina SLA (archivos ya subidos, ref.
U-9840) para una presentación con un cliente.

¿Hacen envíos a Monterrey? ¿Cuánto tarda el envío?
Y si hay aranceles de importación, ¿quién los paga, ustedes o yo?

Saludos,
Mariana Treviño""", uq=["Y si hay aranceles de importación, ¿quién los paga, ustedes o yo?"])
say(c, "a1", "agent", at(11, "09:05", 1), """Hola Mariana:

Sí, enviamos a todo México con DHL Express. A Monterrey suelen ser 4-6 días
hábiles desde que salen de nuestro taller, y las carcasas estarían listas
en 3 días hábiles.

Un saludo,
Lucía""", who="lucia", parent="c1")

# f05 - price answered; the back engraving and the invoice-address request skipped.
c = case("f05-wedding-welcome-signs", "en", "closed", {"unanswered-question": 2},
         "Lily Marsden <lily@junipervine.example>", "Laser-cut welcome signs x6",
         "apple", "Price and lead time answered; the engraving question and the request to "
         "invoice the business address are not.")
say(c, "c1", "customer", at(4, "14:00"), """Hello Fablane team,

We run a small events company and would like 6 laser-cut welcome signs in
oak-veneered plywood, 600 x 400 mm, from the artwork I uploaded this morning
(ref U-9788).

What's the price for 6?
Can you also engrave a small logo on the back of each sign?
And please send the invoice to our business address, not my home: Juniper & Vine Events, 14 Mill Lane, Bath BA1 5HT.

Many thanks,
Lily Marsden
Juniper & Vine Events""")
c.msgs[-1].uq = ["Can you also engrave a small logo on the back of each sign?",
                 "please send the invoice to our business address, not my home"]
say(c, "a1", "agent", at(4, "16:30"), """Hi Lily,

Thanks for the artwork - it cuts cleanly as it is. Six signs at 600 x 400 mm
in 6 mm oak-veneered ply come to £186 + VAT, and they'd be ready five working
days after you approve. The quote is in your account:
https://fablane.example/quote?id=Q-5471

Kind regards,
Priyanka""", who="priyanka", parent="c1")
say(c, "c2", "customer", at(4, "17:02"), """Lovely, thank you!

Sent from my iPhone

{quote}""", parent="a1", client="iphone", thanks=True)

# f06 - inline answers to two of five questions, a deferred one with a promise that is never kept.
c = case("f06-mjf-clips-volume-pricing", "en", "closed",
         {"unanswered-question": 2, "missed-follow-up": 1},
         "Dev Patel <dev.patel@patelrobotics.example>", "Volume pricing - PA12 cable clip",
         "outlook", "Five numbered questions answered inline: prices given, dyeing deferred with "
         "'revised quote by Wednesday' (never sent), consignment stock and a sample not answered.")
say(c, "c1", "customer", at(5, "10:10"), """Hi,

We're moving our cable clip (file attached to our account as PR-CLIP-07)
from injection-moulding quotes to printing. A few questions:

1. What's your unit price for 500 of the clip in PA12 (MJF)?
2. Is there a further break at 1,000?
3. Can you dye them black?
4. Do you offer consignment stock, i.e. you hold the parts and ship monthly?
5. Could you send us a sample part before we commit?

Thanks,
Dev Patel
Operations, Patel Robotics Ltd, Leicester""",
    uq=["Do you offer consignment stock, i.e. you hold the parts and ship monthly?",
        "Could you send us a sample part before we commit?"])
say(c, "a1", "agent", at(5, "15:45"), """Hi Dev,

Answers below.

> 1. What's your unit price for 500 of the clip in PA12 (MJF)?

£1.84 each, natural grey, including bead blasting.

> 2. Is there a further break at 1,000?

Yes - £1.52 each at 1,000, and the lead time stays at 7 working days.

> 3. Can you dye them black?

Most likely, but the clip's thin tongue is right at the limit of what our
dye bath handles without warping, so I'm checking with production first.
I'll send you the revised quote with the black-dyed option by Wednesday.

Kind regards,
Priyanka""", who="priyanka", parent="c1", promises=[(eod(11), None)])

# f07 - Belgian studio: finish answered, data-sheet request skipped, "demain" kept after a chase.
c = case("f07-maquette-acrylique-liege", "fr", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
         "Sarah Verhaegen <sarah@atelier-verhaegen.example>", "Maquette : acrylique ou MDF ?",
         "apple_fr", "Finish answered, technical data sheet never sent, lead time promised for "
         "'demain' and given three days later after a 'je me permets de vous relancer'.")
say(c, "c1", "customer", at(10, "09:20", 1), """Bonjour,

Nous préparons une maquette de concours (40 plaques A3, découpe laser) pour
un projet à Londres.

Quelle finition recommandez-vous pour une maquette blanche : MDF peint ou
acrylique blanc ?
Pouvez-vous aussi nous envoyer une fiche technique de l'acrylique ?
Quel est le délai pour 40 plaques A3 ?

(Our project lead is British, so feel free to answer in English if easier.)

Bien cordialement,
Sarah Verhaegen
Atelier Verhaegen - Liège""",
    uq=["Pouvez-vous aussi nous envoyer une fiche technique de l'acrylique ?"])
say(c, "a1", "agent", at(10, "14:00", 1), """Bonjour Madame Verhaegen,

Pour une maquette blanche, je vous conseille l'acrylique blanc opaque 3 mm :
les chants sont nets et il n'y a pas de peinture à prévoir, alors que le
MDF peint demande deux couches et marque au moindre choc.

Pour le délai des 40 plaques A3, je vérifie le planning de l'atelier et je
reviens vers vous demain.

Bien à vous,
Camille""", who="camille", parent="c1", promises=[(eod(11), "a2")])
say(c, "c2", "customer", at(13, "10:00", 1), """Bonjour Camille,

Je me permets de vous relancer concernant le délai pour nos 40 plaques : le
rendu du concours approche.

Merci,
Sarah

{quote}""", parent="a1", chase=True)
say(c, "a2", "agent", at(13, "15:30", 1), """Bonjour Sarah,

Toutes mes excuses pour ce retard. Les 40 plaques A3 demandent 6 jours
ouvrés : si vous validez aujourd'hui, elles partent le lundi 23 novembre.

Bien à vous,
Camille""", who="camille", parent="c2")

# f08 - a templated reprint reply asks for details already given; the batch question never answered.
c = case("f08-warped-gear-housings", "en", "closed", {"unanswered-question": 1},
         "Rory Fitzgerald <rory.fitz@example.net>", "2 warped housings - order FW-22817",
         "gmail", "Template reply promises the free reprint process but ignores the question "
         "about the rest of the batch; so does the booking confirmation.")
say(c, "c1", "customer", at(11, "08:50"), """Hi,

Two of the 10 gear housings from order FW-22817 arrived warped - photo
attached, you can see the base lifting at the corners.

Can you reprint them? Also, could you check whether the rest of the batch was printed on the same machine? I'm worried the others will warp once they're in use.

Rory""", attach=[("image/png", "warped.png", PHOTO)],
    uq=["could you check whether the rest of the batch was printed on the same machine?"])
say(c, "a1", "agent", at(11, "09:30"), """Hello,

Thank you for reporting a problem with your parts, and we're sorry they
didn't arrive as expected. Parts with a manufacturing defect are reprinted
free of charge.

To start a reprint, please reply to this e-mail with:
- your order number
- a photo of each affected part
- the number of parts affected

Kind regards,
Orla
Fablane Works Support""", who="orla", parent="c1")
say(c, "c2", "customer", at(11, "10:05"), """Order number and photo were in my first mail, but here they are
again: FW-22817, 2 housings, photo attached.

{quote}""", parent="a1", attach=[("image/png", "warped.png", PHOTO)])
say(c, "a2", "agent", at(11, "13:40"), """Thanks Rory, and sorry for the form letter. The reprint of the 2
housings is booked and ships on Friday with tracking.

Orla""", who="orla", parent="c2")

# f09 - "by end of day today" sample photo, sent the next morning after a chase.
c = case("f09-keyring-sample-photo", "en", "pending",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Amelia Brooks <amelia@brooksstudio.example>", "Sample photo before we approve 300 keyrings",
         "iphone", "Photo promised 'by end of day today', the customer checks in the next "
         "afternoon, the photo comes the morning after.")
say(c, "c1", "customer", at(16, "11:00"), """Hi,

Before we approve the run of 300 brass-look PLA keyrings, could you send a photo of a finished sample?

Thanks
Amelia

Sent from my iPhone""")
say(c, "a1", "agent", at(16, "12:30"), """Hi Amelia,

Of course - the sample is on the printer right now. I'll send you a photo
of it by end of day today.

Orla""", who="orla", parent="c1", promises=[(eod(16), "a2")])
say(c, "c2", "customer", at(17, "15:10"), """Hi Orla, just checking in on the sample photo - we'd like to approve
today if possible.

Amelia

{quote}""", parent="a1", chase=True)
say(c, "a2", "agent", at(18, "09:05"), """Hi Amelia,

Sorry, yesterday got away from me. Here it is, photographed next to a
2-euro coin for scale. The brass-look finish comes out a touch warmer in
daylight than on screen.

Orla""", who="orla", parent="c2", attach=[("image/png", "keyring-sample.png", PHOTO)])

# f10 - Austrian school: account opening answered; UID invoice and minimum order skipped.
c = case("f10-bildungskonto-graz", "de", "closed", {"unanswered-question": 2},
         "Eva Lindner <e.lindner@bg-graz.example>", "Bildungskonto für unsere Schule",
         "outlook_de", "Reply explains how to open the education account and skips the UID "
         "invoice and the minimum-order question; thanks-only reply.")
say(c, "c1", "customer", at(12, "08:15", 1), """Sehr geehrte Damen und Herren,

wir möchten für die Technikwerkstatt unserer Schule ein Bildungskonto
eröffnen.

Was brauchen Sie dafür von uns?
Können Sie uns auch eine Rechnung mit unserer UID-Nummer ATU12345678 ausstellen?
Gibt es eine Mindestbestellmenge für Schulen?

Mit freundlichen Grüßen
Mag. Eva Lindner
BG/BRG Graz-Nord""",
    uq=["Können Sie uns auch eine Rechnung mit unserer UID-Nummer ATU12345678 ausstellen?",
        "Gibt es eine Mindestbestellmenge für Schulen?"])
say(c, "a1", "agent", at(12, "11:30", 1), """Sehr geehrte Frau Lindner,

für das Bildungskonto brauchen wir nur eine Bestätigung der Schule (ein
kurzes Schreiben der Direktion oder ein Stempel auf dem Formular) und eine
Ansprechperson. Das Formular finden Sie hier:
https://fablane.example/edu?lang=de

Sobald es bei uns ist, gelten 15 % Rabatt auf alle Aufträge der Schule.

Mit freundlichen Grüßen
Jonas Richter""", who="jonas", parent="c1")
say(c, "c2", "customer", at(12, "12:00", 1), """Vielen Dank für die schnelle Antwort!

E. Lindner

{quote}""", parent="a1", thanks=True)

# f11 - "I'll check ... and come back to you" without a deadline, never kept; billing address skipped.
c = case("f11-acrylic-scorch-marks", "en", "pending",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "Greg Holloway <greg@hollowaysigns.example>", "Scorch marks on 3mm acrylic letters",
         "thunderbird", "Quality question deferred with 'I'll check with the laser team and come "
         "back to you' (no deadline, never kept); a billing-address change in passing ignored.")
say(c, "c1", "customer", at(16, "09:30"), """Morning,

Our 3 mm acrylic letters came out with brown scorch marks along the edges on
the last two orders (FW-22980 and FW-23044). Is that something you can fix
on your side, or should we be ordering cast acrylic instead of extruded?

Also, please update our billing address to Unit 7, Kirkstall Trade Park, Leeds LS5 3BT from now on.

Cheers,
Greg Holloway
Holloway Signs""",
    uq=["please update our billing address to Unit 7, Kirkstall Trade Park, Leeds LS5 3BT from now on"])
say(c, "a1", "agent", at(16, "11:15"), """Hi Greg,

Sorry about the edges - that's not the finish we want either. Scorching on
extruded acrylic usually means the air assist was set too low for that
sheet. I'll check with the laser team which settings were used on your two
jobs and come back to you.

Orla""", who="orla", parent="c1", promises=[(window(at(16, "11:15")), None)])

# f12 - Spanish: explicit close, then a follow-up with two questions; the invoice request skipped.
c = case("f12-pedido-valencia-factura", "es", "closed",
         {"unanswered-question": 1, "reopened": 1},
         "Javier Ortega <javier.ortega@example.es>", "¿Dónde está mi pedido FW-22590?",
         "gmail_es", "Tracking given and the case closed ('Doy por resuelta la incidencia'); the "
         "customer returns with two questions, anodising is answered, the invoice with CIF is not.")
say(c, "c1", "customer", at(2, "10:00", 1), """Buenos días,

Hice el pedido FW-22590 (20 piezas de aluminio fresadas) hace diez días.
¿Me pueden decir dónde está mi pedido?

Gracias,
Javier Ortega""")
say(c, "a1", "agent", at(2, "12:30", 1), """Hola Javier:

Su pedido salió el viernes con SEUR; el número de seguimiento es
3382-ES-9104 y la entrega está prevista para mañana.

Doy por resuelta la incidencia; si necesita algo más, responda a este
correo.

Un saludo,
Lucía""", who="lucia", parent="c1", closes=True)
say(c, "c2", "customer", at(5, "09:15", 1), """Hola Lucía,

Las piezas llegaron bien, gracias. Dos cosas más: ¿me podrían enviar la factura con mi CIF B-46123456? Y ¿pueden anodizar en negro las próximas 20 piezas?

Javier

{quote}""", parent="a1",
    uq=["¿me podrían enviar la factura con mi CIF B-46123456?"])
say(c, "a2", "agent", at(5, "11:40", 1), """Hola Javier:

Sí, podemos anodizar en negro: son 1,20 EUR más por pieza y tres días más
de plazo. Si quiere, lo añado a su próximo pedido.

Un saludo,
Lucía""", who="lucia", parent="c2")

# f13 - "on 12 November" invoice with the PO, sent on the 13th; finance-inbox request skipped.
c = case("f13-academy-po-invoice", "en", "closed",
         {"unanswered-question": 1, "missed-follow-up": 1},
         "Nadia Okonkwo <n.okonkwo@brightwater.example>", "Invoice INV-30418 needs our PO number",
         "owa", "BACS answered, reissued invoice promised 'on 12 November' and sent on the 13th; "
         "the request to copy the finance inbox is ignored.")
say(c, "c1", "customer", at(9, "13:00"), """Hello,

We raised PO BW-55812 for the robotics club parts, but invoice INV-30418
doesn't quote it and our finance team can't pay an invoice without the PO
number on it.

Can you reissue invoice INV-30418 with the PO on it? And could you tell me
whether you accept payment by BACS to a UK account?

Could you also add our finance inbox, accounts@brightwater.example, to the invoice emails going forward?

Kind regards,
Nadia Okonkwo
Procurement Officer, Brightwater Academy Trust""",
    uq=["Could you also add our finance inbox, accounts@brightwater.example, to the invoice emails going forward?"])
say(c, "a1", "agent", at(9, "15:20"), """Hi Nadia,

Yes, we take BACS - our sort code and account number are at the foot of
every invoice.

I'll reissue INV-30418 with PO BW-55812 on it and send it to you on
12 November, once this month's credit run is through.

Regards,
Tom""", who="tom", parent="c1", promises=[(eod(12), "a2")])
say(c, "a2", "agent", at(13, "10:10"), """Hi Nadia,

Here is the reissued invoice, now quoting PO BW-55812. Apologies that it's
a day later than I said.

Regards,
Tom""", who="tom", parent="a1",
    attach=[("application/pdf", "INV-30418-R1.pdf", mailcraft.pdf(["Fablane Works", "Invoice INV-30418-R1",
                                                                   "PO BW-55812"]))])

# f14 - sample photo promised for tomorrow, sent on time; sanding answered in other words.
c = case("f14-silk-gold-photo", "en", "pending", {},
         "Sophie Marsh <sophiemarsh.cosplay@example.com>", "Silk gold vs matte gold?",
         "gmail", "Sanding answered in other words; a photo promised for tomorrow morning and "
         "sent then; thanks-only reply.")
say(c, "c1", "customer", at(17, "10:20"), """Hiya!

I'm printing armour pieces for a cosplay and can't decide on the filament.
Could you send me a photo of the silk-gold PLA next to the matte gold, so I
can choose? Also, do you sand the layer lines or is that extra?

Sophie x""")
say(c, "a1", "agent", at(17, "11:05"), """Hi Sophie,

Smoothing the layer lines is one of our finish options - sanded and primed
is £4 per part, so it doesn't come with the print itself.

I'll take a photo of both filaments on the bench tomorrow morning and send
it over.

Orla""", who="orla", parent="c1", promises=[(eod(18), "a2")])
say(c, "a2", "agent", at(18, "09:20"), """Hi Sophie,

As promised - silk gold on the left, matte gold on the right, both printed
at 0.12 mm layers.

Orla""", who="orla", parent="a1", attach=[("image/png", "gold-filaments.png", PHOTO)])
say(c, "c2", "customer", at(18, "10:00"), """Thank you so much, that really helps!

{quote}""", parent="a2", thanks=True)

# f15 - German: tracking promised for "morgen", never sent; the customer chases and waits.
c = case("f15-trackingnummer-salzburg", "de", "open",
         {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
         "Lukas Hofer <lukas.hofer@example.at>", "Bestellung FW-23011 - schon versendet?",
         "gmail_de", "Jonas promises the tracking number for tomorrow and never sends it; "
         "'Ich warte immer noch' six days later gets no reply.")
say(c, "c1", "customer", at(12, "09:00", 1), """Hallo,

ist meine Bestellung FW-23011 schon raus? Ich brauche die Teile für einen
Workshop am 21.11.

Danke und Grüße
Lukas Hofer""")
say(c, "a1", "agent", at(12, "13:00", 1), """Hallo Herr Hofer,

die Teile sind fertig und werden heute Nachmittag vom Paketdienst abgeholt.
Die Versandbestätigung mit der Trackingnummer schicke ich Ihnen morgen.

Viele Grüße
Jonas Richter""", who="jonas", parent="c1", promises=[(eod(13), None)])
say(c, "c2", "customer", at(18, "10:30", 1), """Hallo Herr Richter,

ich warte immer noch auf die Trackingnummer. Der Workshop ist am Samstag -
können Sie bitte nachsehen, wo das Paket gerade ist?

Lukas Hofer

Am Do., 12. Nov. 2026 um 13:00 Uhr schrieb Jonas Richter <jonas@fablane.example>:
> die Teile sind fertig und werden heute Nachmittag vom Paketdienst abgeholt.""",
    parent="a1", chase=True)

# f16 - helpdesk acknowledgement, the customer's out-of-office, a process description.
c = case("f16-greyboard-site-models", "en", "pending", {},
         "Martin Hughes <m.hughes@hugheslowe.example>", "Quote: 3 site models in greyboard",
         "outlook", "Acknowledgement ('we will reply within 24 hours'), quote the same day, the "
         "customer's out-of-office, approval confirmed with a process description.")
say(c, "c1", "customer", at(16, "08:40"), """Good morning,

Could you quote for 3 site models laser-cut from 2 mm greyboard? The DXFs
are uploaded under ref U-9915. We'd need them delivered to our Manchester
office by 1 December. Can you also engrave a north arrow on each base?

Best regards,
Martin Hughes
Associate | Hughes & Lowe Architects""")
ack(c, "k1", at(16, "08:41"), "c1")
say(c, "a1", "agent", at(16, "14:10"), """Dear Martin,

Thanks for the files. All three site models in 2 mm greyboard come to
£420 + VAT including delivery, and we can have them in Manchester on
Friday 27 November. The north arrows are engraved at no extra cost. The
quote is attached.

Kind regards,
Priyanka""", who="priyanka", parent="c1",
    attach=[("application/pdf", "Quote-Q-5561.pdf", mailcraft.pdf(["Fablane Works", "Quote Q-5561",
                                                                  "3 site models, 2 mm greyboard"]))])
say(c, "o1", "auto", at(16, "14:11"), """Thank you for your email. I am out of the office until Wednesday
18 November with limited access to email. For urgent matters please call
the studio on 0161 555 0148.

Martin Hughes""", parent="a1", subject="Automatic reply: Quote: 3 site models in greyboard",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
say(c, "c2", "customer", at(18, "09:15"), """Thanks Priyanka, approved - please go ahead. Our office manager will
send the PO today.

Martin

{quote}""", parent="a1")
say(c, "a2", "agent", at(18, "10:00"), """Great, thank you Martin - the models are booked for delivery on
Friday 27 November. You'll get an automatic e-mail with the tracking link
when they leave us.

Priyanka""", who="priyanka", parent="c2")

# f17 - French: the production manager "vous confirmera d'ici vendredi", does so on Monday.
c = case("f17-express-boitiers-lyon", "fr", "pending", {"missed-follow-up": 1},
         "Hélène Marchetti <helene@brevetlabs.example>", "Livraison express 25 boîtiers alu",
         "gmail", "Surcharge answered; Camille says Jonas will confirm the date by Friday; Jonas "
         "confirms on Monday (a colleague keeping a promise late).")
say(c, "c1", "customer", at(10, "10:00", 1), """Bonjour,

Nous avons besoin de 25 boîtiers usinés en aluminium (plans envoyés via
votre formulaire, réf. U-9852) pour un salon.

Est-il possible d'avoir une livraison express pour le 20 novembre ? Quel
serait le surcoût ?

Merci d'avance,
Hélène Marchetti
Brevet Labs, Lyon""")
say(c, "a1", "agent", at(10, "14:30", 1), """Bonjour Madame Marchetti,

L'option express est possible ; elle ajoute 35 % au prix des pièces.

Pour la date, Jonas, notre responsable de production, vous confirmera d'ici
vendredi si le 20 novembre est tenable avec le planning des fraiseuses.

Bien à vous,
Camille""", who="camille", parent="c1", promises=[(eod(13), "a2")])
say(c, "a2", "agent", at(16, "09:45", 1), """Bonjour Madame Marchetti,

Je prends le relais de Camille, avec mes excuses pour le retard. Je vous
confirme : expédition le mercredi 18 novembre, livraison à Lyon le jeudi
19 novembre.

Cordialement,
Jonas Richter""", who="jonas", parent="a1")

# f18 - explicit close, then a new project with two questions; only one is answered.
c = case("f18-non-manifold-then-tpu", "en", "closed",
         {"unanswered-question": 1, "reopened": 1},
         "Ben Carter <ben.carter@example.org>", "Upload says my STL is non-manifold",
         "gmail", "File problem explained and fixed, ticket marked resolved; nine days later "
         "the customer asks about TPU and multi-colour, only TPU is answered.")
say(c, "c1", "customer", at(3, "09:00"), """Hi,

Your uploader says my STL is "non-manifold". What does that mean and how do
I fix it? It's a bike-light mount I drew in Tinkercad.

Ben""")
say(c, "a1", "agent", at(3, "10:30"), """Hi Ben,

"Non-manifold" means the mesh has edges shared by more than two faces or
small holes, so the slicer can't tell inside from outside. Tinkercad often
does this where two shapes only touch. I've run your file through our
repair tool and uploaded the result as bikemount_fixed.stl - it's ready to
order.

I'll mark this ticket as resolved, but just reply if anything else comes up.

Orla""", who="orla", parent="c1", closes=True)
say(c, "c2", "customer", at(12, "19:40"), """Hi again - the fixed file printed really well, thanks.

New project: can you print in TPU at 95A? And do you do multi-colour prints on one part?

Ben

{quote}""", parent="a1", uq=["do you do multi-colour prints on one part?"])
say(c, "a2", "agent", at(13, "09:10"), """Hi Ben,

Yes, TPU 95A is in stock in black, white and red. Keep walls at 1.2 mm or
more and it prints nicely.

Orla""", who="orla", parent="c2")

# f19 - Spanish: "le escribo el lunes con el precio final", never written; a chase on Thursday.
c = case("f19-presupuesto-guadalajara", "es", "open",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Diego Salazar <diego.salazar@example.mx>", "Presupuesto 100 piezas nylon",
         "gmail_es", "Lead time answered, price promised for Monday and never sent; '¿Hay alguna "
         "novedad? Sigo esperando' on Thursday evening, still inside the response target.")
say(c, "c1", "customer", at(12, "17:00", -6), """Buenas tardes,

Somos un pequeño taller de drones en Guadalajara. ¿Me pueden pasar
presupuesto para 100 unidades del soporte de motor (archivo U-9877) en
nylon? ¿Y el plazo de entrega a Guadalajara?

Gracias,
Diego Salazar""")
say(c, "a1", "agent", at(13, "09:30", 1), """Hola Diego:

El plazo de entrega a Guadalajara es de unos 10 días hábiles en total
(5 de fabricación y 5 de envío con DHL).

El presupuesto lo está preparando producción; le escribo el lunes con el
precio final.

Un saludo,
Lucía""", who="lucia", parent="c1", promises=[(eod(16), None)])
say(c, "c2", "customer", at(19, "12:30", -6), """Hola Lucía, ¿hay alguna novedad con el presupuesto? Sigo esperando.

Diego

{quote}""", parent="a1", chase=True)

# f20 - Irish school: upload question answered, template promised "by Friday" never sent,
# price cap and purchase order skipped.
c = case("f20-school-lamp-project", "en", "closed",
         {"unanswered-question": 2, "missed-follow-up": 1},
         "Aidan Murphy <a.murphy@stbrendans.example>", "Laser-cut lamp project - 28 students",
         "gmail", "Four questions from a teacher: uploads answered, the DXF template promised "
         "by Friday (never sent), price cap and paying by purchase order not answered.")
say(c, "c1", "customer", at(10, "07:55"), """Hello,

I teach Design & Communication Graphics and have 28 students doing a
laser-cut lamp project this term.

Do you have a DXF template with the right kerf for 3 mm birch ply? Could you laser-cut all 28 designs if the students upload them separately, or do they need to be combined in one file? Is there a price cap for a school project like this? And can we pay by purchase order from the school rather than by card?

Thanks a million,
Aidan Murphy
St Brendan's College""",
    uq=["Is there a price cap for a school project like this?",
        "can we pay by purchase order from the school rather than by card?"])
say(c, "a1", "agent", at(10, "12:20"), """Hi Aidan,

Lovely project! Students can upload their designs separately - I've set
up a class code for your education account (EDU-GAL-28), and every upload
with that code lands in one batch we cut together.

I'll email you our kerf-compensated DXF template for 3 mm birch by Friday.

Best,
Priyanka""", who="priyanka", parent="c1", promises=[(eod(13), None)])
say(c, "c2", "customer", at(10, "12:40"), """Brilliant, thanks a million!

{quote}""", parent="a1", thanks=True)

# f21 - three agents; the credit note promised by Thursday comes on Friday.
c = case("f21-double-charge-dental-lab", "en", "closed",
         {"missed-follow-up": 1, "many-handoffs": 1},
         "Claire Donnelly <claire@donnellydental.example>", "Charged twice for FW-22940",
         "outlook", "Orla promises Tom will send the credit note by Thursday and passes the resin "
         "question to Priyanka, who answers it; Tom's credit note comes on Friday.")
say(c, "c1", "customer", at(11, "09:00"), """Hello,

We were charged twice for order FW-22940 (card ending 4410). Could you
refund the duplicate payment?

Also, can you confirm whether the dental-model resin you used is
biocompatible? A dentist asked us.

Regards,
Claire Donnelly
Donnelly Dental Lab, Belfast""")
say(c, "a1", "agent", at(11, "10:20"), """Hi Claire,

I'm so sorry - I can see the double charge. I've asked billing to cancel the
second payment, and Tom will send you the credit note by Thursday.

I've passed your resin question to Priyanka, who looks after material data.

Orla""", who="orla", parent="c1", promises=[(eod(12), "a3")])
say(c, "a2", "agent", at(11, "15:00"), """Hello Claire,

The model resin isn't certified biocompatible: it's for study models and
fitting checks only, nothing that goes in a patient's mouth. For that we'd
print in our Class I dental resin instead - data sheet here:
https://fablane.example/materials/dental?sheet=1

Kind regards,
Priyanka""", who="priyanka", parent="a1")
say(c, "a3", "agent", at(13, "11:30"), """Hi Claire,

Credit note CN-1187 is attached. The refund of £312.40 goes back to the
card ending 4410 and usually shows within 3-5 working days.

Regards,
Tom""", who="tom", parent="a1",
    attach=[("application/pdf", "CN-1187.pdf", mailcraft.pdf(["Fablane Works", "Credit note CN-1187",
                                                             "GBP 312.40"]))])
say(c, "c2", "customer", at(13, "12:00"), """Received, thank you all.

Claire

{quote}""", parent="a3", thanks=True)

# f22 - German: the agent answers a different question than the tolerance one.
c = case("f22-pom-toleranz", "de", "pending", {"unanswered-question": 1},
         "Anja Keller <a.keller@keller-labor.example>", "CNC-Fräsen POM - Toleranzen",
         "thunderbird_de", "Inspection report answered; instead of the achievable tolerance the "
         "agent lists POM colours and sheet thicknesses.")
say(c, "c1", "customer", at(17, "08:00", 1), """Guten Tag,

wir planen eine Kleinserie Halterungen aus POM.

Welche Toleranz schaffen Sie beim CNC-Fräsen von POM? Wir brauchen
±0,05 mm an zwei Passungen. Und liefern Sie ein Prüfprotokoll mit?

Mit freundlichen Grüßen
Dr. Anja Keller
Keller Labortechnik, Freiburg""",
    uq=["Welche Toleranz schaffen Sie beim CNC-Fräsen von POM?"])
say(c, "a1", "agent", at(17, "11:00", 1), """Guten Tag Frau Dr. Keller,

ein Prüfprotokoll (Erstmusterprüfbericht mit Maßtabelle) liefern wir gegen
einen Aufpreis von 45 EUR pro Auftrag mit.

POM haben wir in Weiß und Schwarz auf Lager, in Plattenstärken bis 50 mm
und als Rundstab bis 80 mm.

Mit freundlichen Grüßen
Jonas Richter""", who="jonas", parent="c1")

# f23 - "within 48 hours" replacement tracking, sent four days later.
c = case("f23-reprint-tracking-edinburgh", "en", "pending", {"missed-follow-up": 1},
         "Oliver Grant <oliver@grantcycles.example>", "Reprinted chainstay guides not arrived",
         "apple", "Tracking promised 'within 48 hours' on Thursday, sent the following Monday.")
say(c, "c1", "customer", at(12, "10:00"), """Hi,

The replacement chainstay guides you reprinted last week still haven't
arrived. Could you send me the tracking number? Is it still coming by UPS?

Oliver Grant
Grant Cycles, Edinburgh""")
say(c, "a1", "agent", at(12, "11:00"), """Hi Oliver,

I'm sorry - the reprint left our bench on the 5th, but the label was never
scanned, so there's no tracking showing yet. I'm chasing the courier and
will get the replacement tracking number to you within 48 hours.

Orla""", who="orla", parent="c1", promises=[(at(14, "11:00"), "a2")])
say(c, "a2", "agent", at(16, "08:50"), """Hi Oliver,

Yes, still UPS - tracking for the reprint: 1Z 999 AA1 0123 4567 84. It's in Edinburgh
today. Sorry this took longer than I said.

Orla""", who="orla", parent="a1")

# f24 - a "Hello? Is anyone reading this inbox?" chase before a slow first reply that skips a question.
c = case("f24-radio-knobs", "en", "closed",
         {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
         "Sam Whitaker <sam.whitaker@example.net>", "Replacement knobs for a vintage radio",
         "android", "No reply for two days, a chase, then a price without the colour-matching "
         "answer.")
say(c, "c1", "customer", at(9, "11:00"), """Hi, I need 2 replacement knobs for a 1950s radio printed in walnut-fill PLA, photo of the old one attached. What would that cost? And could you match the colour to the photo, or is walnut fill the only wood option?

Sam""", attach=[("image/png", "knob.png", PHOTO)],
    uq=["could you match the colour to the photo, or is walnut fill the only wood option?"])
say(c, "c2", "customer", at(11, "08:30"), """Hello? I sent this two days ago and haven't heard back. Is anyone reading this inbox?

Sam

{quote}""", parent="c1", chase=True)
say(c, "a1", "agent", at(11, "10:00"), """Hi Sam,

Sorry for the slow reply - we had a backlog after a long weekend of orders.
Two knobs in walnut-fill PLA come to £9.50 including VAT and postage.

Orla""", who="orla", parent="c2")

# f25 - French: revised quote promised for Monday, never sent; a chase on the audit morning.
c = case("f25-devis-fablab-lille", "fr", "open",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Thomas Leroy <thomas.leroy@fablab-lille.example>", "Devis D-4410 - tarif association",
         "apple_fr", "'Je vous envoie le devis révisé lundi' (9 Nov) never kept; the customer "
         "asks for news on 20 Nov, within the response target.")
say(c, "c1", "customer", at(6, "09:30", 1), """Bonjour,

Pourriez-vous revoir votre devis D-4410 ? Nous sommes une association
(fablab) et commandons 60 pièces d'un coup.

Cordialement,
Thomas Leroy""")
say(c, "a1", "agent", at(6, "14:00", 1), """Bonjour Monsieur Leroy,

Je vais voir avec la direction pour un tarif association et je vous envoie
le devis révisé lundi.

Bien à vous,
Camille""", who="camille", parent="c1", promises=[(eod(9), None)])
say(c, "c2", "customer", at(20, "08:10", 1), """Bonjour Camille,

Avez-vous du nouveau concernant le devis révisé ? Je n'ai rien reçu depuis
votre message du 6 novembre.

Thomas

{quote}""", parent="a1", chase=True)

# f26 - Mexico, mixed Spanish and English; a bare link answers one question of three.
c = case("f26-materiales-cdmx", "es", "pending", {"unanswered-question": 2},
         "Paola Méndez <paola.mendez@example.com>", "Lista de materiales / carbon nylon",
         "gmail_es", "Spanglish mail with three questions; the reply is only the link to the "
         "materials list.")
say(c, "c1", "customer", at(16, "15:00", -6), """Hola! Quick question: ¿dónde puedo ver la lista de materiales con precios?

Y otra cosa - can you print in carbon-fibre nylon para piezas de un brazo robótico? ¿Aceptan pago con PayPal?

Gracias!!
Paola""",
    uq=["can you print in carbon-fibre nylon para piezas de un brazo robótico?",
        "¿Aceptan pago con PayPal?"])
say(c, "a1", "agent", at(17, "08:40", 1), """Hola Paola, aquí la tienes:
https://fablane.example/materiales?lang=es&vista=precios

Lucía""", who="lucia", parent="c1")

# f27 - "first thing Monday", answered by a colleague on Tuesday.
c = case("f27-rush-adapter-plates", "en", "pending", {"missed-follow-up": 1},
         "Laura Jenkins <laura@jenkinsprototypes.example>", "Rush: 4 x 7075 adapter plates by 20th?",
         "gmail", "Material answered, the slot question deferred to 'first thing Monday'; Jonas "
         "answers on Tuesday.")
say(c, "c1", "customer", at(12, "14:00"), """Hi,

Rush order question: can you machine 4 aluminium 7075 adapter plates (drawing
attached) and get them to Oxford by Friday 20th?

Laura Jenkins
Jenkins Prototypes""",
    attach=[("application/pdf", "JP-ADP-4.pdf", mailcraft.pdf(["Adapter plate JP-ADP-4", "7075-T6"]))])
say(c, "a1", "agent", at(13, "09:00"), """Hi Laura,

7075-T6 plate is in stock in that thickness, so material isn't the issue.
Whether the mill has a slot before the 20th I need to ask Jonas; I'll come
back to you first thing Monday.

Orla""", who="orla", parent="c1", promises=[(eod(16), "a2")])
say(c, "a2", "agent", at(17, "10:15", 1), """Hi Laura,

Orla passed me your drawing - sorry we didn't get back yesterday. We can do
it: machining Wednesday, dispatch Thursday, in Oxford on Friday the 20th.
The rush fee is £60 on top of the quote.

Jonas""", who="jonas", parent="a1")

# f28 - a resend as a new message after two days of silence; the reply skips two questions,
# a photo promised for tomorrow comes on time.
c = case("f28-castable-patterns", "en", "closed",
         {"unanswered-question": 2, "customer-chased": 1, "slow-first-response": 1},
         "Fiona Reid <fiona@reidjewellery.example>", "Castable resin patterns for silver rings",
         "gmail", "Resent with the same subject (no threading headers) and a new question; the "
         "slow reply answers casting and detail, skips the price list and Northern Ireland "
         "shipping; a sample photo promised for tomorrow is sent on time.")
say(c, "c1", "customer", at(2, "16:00"), """Hello,

I make silver rings and I'm looking for a print bureau for my patterns.

Do you cast in silver from resin prints, or only print the patterns? What's the smallest detail you can hold on the castable resin? Could you send a price list for castable patterns?

Fiona Reid
Reid & Co Jewellery, Glasgow""", uq=["Could you send a price list for castable patterns?"])
say(c, "c2", "customer", at(4, "09:00"), """Resending my email below as I haven't heard back. Also, do you ship patterns to Northern Ireland without customs forms?

Fiona

---------- Forwarded message ---------
From: Fiona Reid <fiona@reidjewellery.example>
Date: Mon, 2 Nov 2026 at 16:00
Subject: Castable resin patterns for silver rings
To: <hello@fablane.example>

Do you cast in silver from resin prints, or only print the patterns?
What's the smallest detail you can hold on the castable resin?
Could you send a price list for castable patterns?""", parent="c1", thread=False,
    subject="Castable resin patterns for silver rings", chase=True,
    uq=["do you ship patterns to Northern Ireland without customs forms?"])
say(c, "a1", "agent", at(4, "11:00"), """Hi Fiona,

Apologies for the wait. We print castable patterns only - the casting
itself is done by your caster. Our castable resin holds detail down to
0.3 mm, so milgrain and fine lettering come out well.

I'll send you a photo of a finished pattern tomorrow so you can see the
surface.

Orla""", who="orla", parent="c2", promises=[(eod(5), "a2")])
say(c, "a2", "agent", at(5, "10:30"), """Hi Fiona,

Here's the photo I promised: a signet-ring pattern straight off the printer,
before any clean-up.

Orla""", who="orla", parent="a1", attach=[("image/png", "pattern.png", PHOTO)])

# f29 - German reprint: "melde mich morgen" about the date, kept two days late after a chase.
c = case("f29-zahnraeder-nachdruck", "de", "pending",
         {"missed-follow-up": 1, "customer-chased": 1},
         "Petra Vogel <p.vogel@vogel-modellbau.example>", "Reklamation Auftrag FW-23105 - Zahnräder",
         "outlook_de", "Free reprint confirmed at once; the delivery date promised for tomorrow "
         "comes after 'Gibt es schon etwas Neues?' three days later.")
say(c, "c1", "customer", at(16, "08:30", 1), """Guten Morgen,

bei 3 von 20 Zahnrädern aus Auftrag FW-23105 sind Zähne ausgebrochen
(Fotos anbei). Können Sie diese nachdrucken? Wir bräuchten die Teile bis
zum 24.11. für eine Ausstellung.

Mit freundlichen Grüßen
Petra Vogel
Vogel Modellbau, Hamburg""", attach=[("image/png", "zahnrad.png", PHOTO)])
say(c, "a1", "agent", at(16, "10:00", 1), """Guten Tag Frau Vogel,

das tut mir leid. Der Nachdruck der drei Zahnräder ist selbstverständlich
kostenlos und schon eingeplant. Ob wir den 24.11. schaffen, kläre ich mit
der Planung und melde mich morgen bei Ihnen.

Viele Grüße
Jonas Richter""", who="jonas", parent="c1", promises=[(eod(17), "a2")])
say(c, "c2", "customer", at(19, "08:00", 1), """Hallo Herr Richter,

gibt es schon etwas Neues wegen des Liefertermins?

Petra Vogel

________________________________
Von: Jonas Richter <jonas@fablane.example>
Gesendet: Montag, 16. November 2026 10:00
An: Petra Vogel <p.vogel@vogel-modellbau.example>
Betreff: AW: Reklamation Auftrag FW-23105 - Zahnräder

Ob wir den 24.11. schaffen, kläre ich mit der Planung und melde mich
morgen bei Ihnen.""", parent="a1", chase=True)
say(c, "a2", "agent", at(19, "09:30", 1), """Guten Tag Frau Vogel,

ja: Versand am Freitag, 20.11., Zustellung in Hamburg am Montag, 23.11. -
rechtzeitig für die Ausstellung. Entschuldigen Sie, dass ich mich erst
heute melde.

Viele Grüße
Jonas Richter""", who="jonas", parent="c2")

# f30 - a follow-up after the case seemed done, answered with pleasantries only.
c = case("f30-asa-enclosure-reorder", "en", "closed", {"unanswered-question": 1},
         "Hannah Price <hannah@priceproductdesign.example>", "Print request: enclosure in grey ASA",
         "thunderbird", "Order booked with a bare 'Done'; five days later the customer asks "
         "whether files are kept for reorders and gets only 'You're welcome'.")
say(c, "c1", "customer", at(4, "10:00"), """Hi,

Please can you print the attached enclosure in grey ASA, quantity 5?
Standard finish is fine.

Hannah Price
Price Product Design, Brighton""", attach=[("model/stl", "enclosure.stl", STL)])
say(c, "a1", "agent", at(4, "11:30"), """Done - order FW-22701 is booked and ships on Monday.

Orla""", who="orla", parent="c1")
say(c, "c2", "customer", at(9, "16:00"), """Parts arrived, perfect fit - thank you! One more thing: do you keep our files on record so we can reorder the same part next year?

Hannah

{quote}""", parent="a1", uq=["do you keep our files on record so we can reorder the same part next year?"])
say(c, "a2", "agent", at(10, "09:00"), """You're very welcome, Hannah - glad they fit. Enjoy the parts!

Orla""", who="orla", parent="c2")

# f31 - walnut legs: price and date answered, oil finish skipped; a later request waits.
c = case("f31-walnut-table-legs", "en", "open",
         {"unanswered-question": 1, "awaiting-reply": 1},
         "Niamh Byrne <niamh@byrnebespoke.example>", "CNC walnut table legs x4",
         "gmail", "Price and earliest dispatch answered, the oil-finish question skipped; the "
         "customer's go-ahead with a change of delivery address has no reply for two days.")
say(c, "c1", "customer", at(13, "11:00"), """Hi Fablane,

Could you CNC-cut 4 walnut table legs from the attached drawing? What's the earliest you could ship them? And do you offer oil finishing, or do they come raw?

Niamh Byrne
Byrne Bespoke Furniture, Dublin""",
    attach=[("application/pdf", "legs.pdf", mailcraft.pdf(["Table leg BB-14", "walnut 45 mm"]))],
    uq=["do you offer oil finishing, or do they come raw?"])
say(c, "a1", "agent", at(13, "14:00"), """Hi Niamh,

Yes, we can cut them from 45 mm American black walnut: EUR 260 for the
four. The earliest dispatch is Friday 20 November.

Orla""", who="orla", parent="c1")
say(c, "c2", "customer", at(18, "09:00"), """Great, please go ahead. Could you ship them to my workshop in Kilkenny instead of the Dublin address? Unit 3, Hebron Business Park, Kilkenny R95 X2C4.

Niamh

{quote}""", parent="a1")

# f32 - HTML-only mail with a rhetorical question; a conditional offer and a process description.
c = case("f32-frosted-panels-scratches", "en", "pending", {},
         "Megan Lloyd <megan@lloydinteriors.example>", "Scratched frosted acrylic panels",
         "outlook", "HTML-only mail opening with a rhetorical question; both real questions "
         "answered; 'If you'd like, I can set up a standing price' and the automatic shipping "
         "e-mail are not promises; thanks-only reply.")
say(c, "c1", "customer", at(16, "13:00"), """Hello,

Who knew acrylic could scratch so easily?! Our 10 frosted acrylic wall panels arrived with a few light surface scratches - not a disaster, they're going behind glass.

Can the protective film be left on next time? And what is the price for a second batch of 10?

Megan Lloyd
Lloyd Interiors, Swansea""", kind="html")
say(c, "a1", "agent", at(16, "15:00"), """Hi Megan,

Yes - just add "leave film on" in the order notes and we'll cut through
the film and leave it on both faces. A second batch of 10 frosted panels is
£240 + VAT.

If you'd like, I can also set up a standing price for repeat batches, so
you don't need a new quote each time. Once you order, you'll get an
automatic shipping e-mail with tracking.

Priyanka""", who="priyanka", parent="c1")
say(c, "c2", "customer", at(16, "15:30"), """Thanks Priyanka, that's all for now.

Megan

{quote}""", parent="a1", thanks=True, kind="html")

# f33 - Spanish: bare "Sí" inline answers, a courier pick-up time (logistics), an order confirmed.
c = case("f33-carton-gris-baleares", "es", "pending", {},
         "Nuria Castells <nuria@estudicastells.example>", "Corte láser cartón gris",
         "gmail_es", "Two questions answered inline with 'Sí.'; the courier pick-up time is "
         "logistics; the order placed in a second mail is confirmed.")
say(c, "c1", "customer", at(17, "10:00", 1), """Hola,

¿Pueden cortar con láser cartón gris de 3 mm?
¿Hacen envíos a Baleares?

Nuria Castells
Estudi Castells, Barcelona""")
say(c, "a1", "agent", at(17, "11:00", 1), """Hola Nuria:

> ¿Pueden cortar con láser cartón gris de 3 mm?

Sí.

> ¿Hacen envíos a Baleares?

Sí, con MRW; 48-72 h. El transportista recoge los pedidos a las 16:00 cada
día.

Lucía""", who="lucia", parent="c1")
say(c, "c2", "customer", at(17, "11:30", 1), """Perfecto. Os hago el pedido ahora mismo: 30 planchas, archivo subido con referencia U-9921.

Nuria

{quote}""", parent="a1")
say(c, "a2", "agent", at(17, "12:10", 1), """Recibido: pedido FW-23190 confirmado, sale el jueves.

Lucía""", who="lucia", parent="c2")

# f34 - German customer, English agent: "my colleague Jonas will send you the price tomorrow", kept.
c = case("f34-modellbaeume-wien", "de", "pending", {},
         "Matthias Klein <m.klein@klein-architektur.example>", "12 Modellbäume aus dem 3D-Drucker",
         "gmail_de", "Acknowledgement in German; green confirmed; the price promised by a "
         "colleague for tomorrow and sent by him the next day.")
say(c, "c1", "customer", at(18, "09:00", 1), """Guten Tag,

wir brauchen für ein Wettbewerbsmodell 12 Modellbäume aus dem 3D-Drucker,
Höhe ca. 8 cm. Was kostet das ungefähr? Ist Grün möglich?

Beste Grüße
Matthias Klein
Klein Architektur, Wien""")
ack(c, "k1", at(18, "09:01", 1), "c1", lang="de")
say(c, "a1", "agent", at(18, "10:30"), """Hello Mr Klein,

Green is possible - we'd print the trees in matte green PLA, which looks
right next to card and wood.

My colleague Jonas will send you the exact price tomorrow, in German.

Kind regards,
Priyanka""", who="priyanka", parent="c1", promises=[(eod(19), "a2")])
say(c, "a2", "agent", at(19, "10:00", 1), """Guten Tag Herr Klein,

12 Modellbäume à 8 cm in mattem Grün: 54 EUR netto, Lieferzeit 4 Werktage.

Viele Grüße
Jonas Richter""", who="jonas", parent="a1")

# f35 - French: support's own question quoted back and answered by the customer.
c = case("f35-contreplaque-atelier-bruxelles", "fr", "closed", {},
         "Julie Fontaine <julie.fontaine@ecole-design.example>", "Découpe de 15 plaques de contreplaqué",
         "apple_fr", "File formats answered; the agent's question is quoted back with the "
         "answer; the price follows with a process description.")
say(c, "c1", "customer", at(12, "09:00", 1), """Bonjour,

Nous voudrions faire découper 15 plaques de contreplaqué 5 mm pour un
atelier étudiant. Acceptez-vous les fichiers AI ou seulement DXF ? Et
faites-vous la facture au nom de l'école ?

Julie Fontaine
École de design, Bruxelles""")
say(c, "a1", "agent", at(12, "10:30", 1), """Bonjour Julie,

Nous acceptons AI, SVG et DXF. Vos plaques sont-elles au format
600 x 400 mm ou A2 ?

Camille""", who="camille", parent="c1")
say(c, "c2", "customer", at(12, "11:00", 1), """Bonjour Camille,

> Vos plaques sont-elles au format
> 600 x 400 mm ou A2 ?

A2, toutes les quinze.

Julie""", parent="a1")
say(c, "a2", "agent", at(12, "14:00", 1), """Parfait : 15 plaques A2 en contreplaqué 5 mm, 168 EUR HT avec le tarif
éducation, facturées au nom de l'école. Vous recevrez un e-mail automatique
dès l'expédition.

Camille""", who="camille", parent="c2")

# f36 - French: invoice promised "d'ici mercredi", sent on Tuesday.
c = case("f36-facture-toulouse", "fr", "pending", {},
         "Antoine Girard <a.girard@girard-industrie.example>", "Facture commande FW-23077",
         "gmail", "Invoice promised 'd'ici mercredi' and sent on Tuesday; the VAT-number question "
         "answered with a plain 'oui'.")
say(c, "c1", "customer", at(16, "10:00", 1), """Bonjour,

Pouvez-vous m'envoyer la facture de la commande FW-23077 ? Notre comptable
la réclame. Est-ce que notre numéro de TVA intracommunautaire y figurera ?

Antoine Girard
Girard Industrie, Toulouse""")
say(c, "a1", "agent", at(16, "11:00", 1), """Bonjour Monsieur Girard,

Oui. La facture est en cours d'édition par notre comptabilité ; je vous
l'envoie d'ici mercredi.

Bien à vous,
Camille""", who="camille", parent="c1", promises=[(eod(18), "a2")])
say(c, "a2", "agent", at(17, "15:00", 1), """Bonjour Monsieur Girard,

Voici la facture FA-30533, avec votre numéro de TVA intracommunautaire.

Bien à vous,
Camille""", who="camille", parent="a1",
    attach=[("application/pdf", "FA-30533.pdf", mailcraft.pdf(["Fablane Works", "Facture FA-30533"]))])

# f37 - Welsh school education account: sign-up form promised for Thursday and sent then.
c = case("f37-ysgol-education-account", "en", "pending", {},
         "Sian Davies <s.davies@ysgolbrynglas.example>", "Education account for our school?",
         "outlook", "Two questions answered; the sign-up form promised for Thursday is sent on "
         "Thursday with the delivery details.")
say(c, "c1", "customer", at(16, "17:00"), """Good afternoon,

I'm the DT lead at Ysgol Bryn Glas. Do you offer education accounts for
secondary schools in Wales? What discount do schools get?

Diolch,
Sian Davies""")
say(c, "a1", "agent", at(17, "09:00"), """Hi Sian,

Yes - any school or college in the UK qualifies, and schools get 15% off
every order plus free delivery over £50. I'll send you the sign-up form on
Thursday, once our new term's version is live.

Priyanka""", who="priyanka", parent="c1", promises=[(eod(19), "a2")])
say(c, "a2", "agent", at(19, "10:00"), """Hi Sian,

As promised, here's the sign-up form:
https://fablane.example/edu?lang=en&country=uk

Deliveries to Wales take 2 working days.

Priyanka""", who="priyanka", parent="a1")

# f38 - a self-answered question, a forwarded confirmation full of boilerplate questions,
# a signature with a "?" link; one real question, answered.
c = case("f38-pa11-or-pa12", "en", "closed", {},
         "Owen Parry <owen@parrydrones.example>", "Fwd: Order confirmation FW-23020",
         "gmail", "Self-answered question, forwarded confirmation with template questions, "
         "signature with a '?' URL; the one real question is answered.")
say(c, "c1", "customer", at(10, "09:00"), """Hi,

Where do I find the order number for the reprint form? Ah, never mind -
it's in the confirmation below.

The real question: the confirmation says nylon PA12 but I ordered PA11.
Which one will I get?

Owen Parry | Parry Drones
Need aerial survey? https://parrydrones.example/?book=survey

---------- Forwarded message ---------
From: Fablane Works <orders@fablane.example>
Date: Mon, 9 Nov 2026 at 17:12
Subject: Order confirmation FW-23020
To: <owen@parrydrones.example>

Thanks for your order FW-23020: 6 x arm bracket, nylon PA12, black.
Need to change something? Reply within 2 hours.
Questions about your order? Visit https://fablane.example/help?o=FW-23020""")
say(c, "a1", "agent", at(10, "10:10"), """Hi Owen,

You'll get PA11. The confirmation template shows the material family
wrongly for PA11 jobs - production works from your quote, which says PA11.

Orla""", who="orla", parent="c1")

# f39 - a second mail adds detail before the reply (not a chase); one reply answers both.
c = case("f39-lamp-shades-limerick", "en", "pending", {},
         "Grace O'Neill <grace.oneill@example.com>", "When will FW-23160 ship?",
         "iphone", "A second mail ten minutes later adds the order detail and a question; one "
         "reply answers both.")
say(c, "c1", "customer", at(18, "08:00"), """Hi, can you tell me when order FW-23160 will ship?

Grace

Sent from my iPhone""")
say(c, "c2", "customer", at(18, "08:10"), """Sorry, forgot to say - it's the one with the 3 lamp shades in white PETG. Could it go out before Friday?

Grace

Sent from my iPhone""", parent="c1", subject="Re: When will FW-23160 ship?")
say(c, "a1", "agent", at(18, "09:30"), """Morning Grace,

The lamp shades finish printing tonight and go out tomorrow (Thursday) with
An Post - so yes, before Friday.

Orla""", who="orla", parent="c2")

# f40 - a promise whose deadline is still ahead at the audit time.
c = case("f40-final-invoice-stonebridge", "en", "pending", {},
         "Rachel Stone <r.stone@stonebridge-eng.example>", "Final invoice for PO SE-2231",
         "owa", "VAT question answered; the final invoice promised for Monday 23 November, "
         "after the audit time.")
say(c, "c1", "customer", at(19, "10:00"), """Hello,

Please can you send us the final invoice for PO SE-2231 once the last batch
ships? And which VAT rate applies to the tooling charge?

Kind regards,
Rachel Stone
Finance, Stonebridge Engineering Ltd""")
say(c, "a1", "agent", at(19, "14:00"), """Hi Rachel,

The tooling charge carries standard-rate VAT at 20%, like the parts.

The last batch ships on Monday, and I'll send you the final invoice on
Monday 23 November.

Regards,
Tom""", who="tom", parent="c1",
    promises=[(datetime(2026, 11, 23, 23, 59, tzinfo=UTC), None)])

# f41 - base64 multipart mail; "within 48 hours" kept the next day.
c = case("f41-step-units-aberdeen", "en", "pending", {},
         "Ian Crawford <ian@crawfordautomation.example>", "STEP upload fails - unsupported units",
         "outlook", "A file problem promised a fix 'within 48 hours', delivered the next day; "
         "thanks-only reply.")
say(c, "c1", "customer", at(17, "09:00"), """Hi,

Our STEP file for the gripper fingers fails on upload with "unsupported
units". Could you look at it? Upload ref U-9907. And is there a size limit
for STEP uploads? The next one will be a full assembly.

Ian Crawford
Crawford Automation, Aberdeen""", kind="alt", cte="base64")
say(c, "a1", "agent", at(17, "10:00"), """Hi Ian,

I've asked our CAD technician to open it. I'll get back to you within 48
hours with either a fixed file or what to change in your export.

Orla""", who="orla", parent="c1", promises=[(at(19, "10:00"), "a2")])
say(c, "a2", "agent", at(18, "16:00"), """Hi Ian,

The file was exported in inches without a unit flag. We converted it to
millimetres - gripper_fingers_mm.step is on your account and the quote is
ready at £64.80. For the assembly: uploads can be up to 200 MB each, so
you should be fine.

Orla""", who="orla", parent="a1")
say(c, "c2", "customer", at(18, "16:20"), """Cheers Orla, that sorted it.

Ian

{quote}""", parent="a2", thanks=True)

# f42 - three questions answered by two agents; a colleague keeps a promise without deadline;
# an explicit close followed only by thanks.
c = case("f42-makerspace-trade-account", "en", "closed", {},
         "Tessa Morgan <tessa@morganmakerspace.example>", "Trade account for a makerspace?",
         "apple", "Discount and collection answered, the trade account handed to Tom, who writes "
         "the next day and marks the ticket resolved; thanks-only reply.")
say(c, "c1", "customer", at(5, "10:00"), """Hello,

We run a community makerspace in Leeds. Can we open a trade account with
30-day terms? Do you offer a discount for makerspaces? And is there a
collection point in Leeds, or is it courier only?

Tessa Morgan
Morgan Makerspace""")
say(c, "a1", "agent", at(5, "13:00"), """Hi Tessa,

Makerspaces get our education rate - 15% off every order. Collection is
courier only, I'm afraid; we don't have a counter in Leeds.

Tom from billing will write to you about the trade account.

Priyanka""", who="priyanka", parent="c1", promises=[(window(at(5, "13:00")), "a2")])
say(c, "a2", "agent", at(6, "09:30"), """Hi Tessa,

Trade accounts with 30-day terms are open to makerspaces after a quick
credit check - the form is here: https://fablane.example/trade?apply=1

I'll mark this ticket as resolved, but reply any time.

Tom""", who="tom", parent="a1", closes=True)
say(c, "c2", "customer", at(6, "10:00"), """Thank you both!

> On 6 Nov 2026, at 09:30, Tom Brennan <tom@fablane.example> wrote:
>
> I'll mark this ticket as resolved, but reply any time.""", parent="a2", thanks=True)


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


def problems() -> list[str]:
    """Disagreements between the hand-written labels and the facts; empty when consistent."""
    out = []
    names = [c.name for c in CASES]
    if len(set(names)) != len(names):
        out.append("case names are not unique")
    for c in CASES:
        keys = {x.key for x in c.msgs}
        dangling = [kept for m in c.msgs for _, kept in m.promises if kept and kept not in keys]
        if derived_status(c) != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {derived_status(c)}")
        if not dangling and derived_rules(c) != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {derived_rules(c)}")
        for m in c.msgs:
            if m.uq and m.role != "customer":
                out.append(f"{m.key}: unanswered questions on a non-customer message")
            for q in m.uq:
                if q not in m.own:
                    out.append(f"{m.key}: question in no customer message's own text: {q}")
            if m.promises and m.role != "agent":
                out.append(f"{m.key}: a promise on a message that is not a support reply")
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
    """The labels.json document."""
    return mailcraft.corpus_labels(CASES, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)


def cases_md() -> str:
    """The generated per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in CASES]
    return mailcraft.cases_table("Fablane Works - practice20 corpus cases",
                                 "make_practice20_corpus.py", rows)


def read_back_problems(stage: Path, msgs: list[Msg]) -> list[str]:
    """Problems of the written mailbox when parsed back: broken references, defects, and text
    parts that do not decode to what was written (HTML-only mail has no text part to compare)."""
    parsed_in, parsed_sent = mailcraft.read_back(stage / "mailbox" / "inbox.mbox",
                                                 stage / "mailbox" / "Sent")
    bad = mailcraft.parse_problems(parsed_in + parsed_sent)
    by_id = {p["Message-ID"]: p for p in parsed_in + parsed_sent}
    if len(by_id) != len(msgs):
        bad.append(f"{len(msgs)} messages written, {len(by_id)} distinct Message-IDs read back")
    for m in msgs:
        if m.kind == "html":
            continue
        issue = mailcraft.round_trip_problem(m, by_id[m.message_id], m.role in ("customer", "auto"))
        if issue:
            bad.append(issue)
    return bad


def write(out: Path) -> None:
    """Write the corpus to ``out`` (mailbox, labels.json, CASES.md), replacing what is there,
    or refuse (SystemExit) without touching ``out`` when the labels contradict the facts."""
    msgs = render_all()
    found = problems()
    if found:
        raise SystemExit("refusing to write an inconsistent corpus:\n  " + "\n  ".join(found))
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "practice20"
        (stage / "mailbox").mkdir(parents=True)
        inbox = [m for m in msgs if m.role in ("customer", "auto")]
        (stage / "mailbox" / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(
            (addr_of(m.frm)[1], m.date, m.raw) for m in inbox))
        mailcraft.write_maildir(stage / "mailbox" / "Sent",
                                ((m.date, m.raw, m.role == "agent") for m in msgs
                                 if m.role in ("agent", "ack")), "mx1.fablane.example")
        (stage / "labels.json").write_text(json.dumps(labels(), indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        (stage / "CASES.md").write_text(cases_md(), encoding="utf-8")
        bad = read_back_problems(stage, msgs)
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
    """Regenerate the corpus into ``--out`` (default tests/practice20)."""
    ap = argparse.ArgumentParser(description="Regenerate the practice20 labelled corpus.")
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "practice20")
    args = ap.parse_args(argv)
    write(args.out)
    n = sum(len(c.msgs) for c in CASES)
    clean = sum(1 for c in CASES if not c.rules)
    print(f"wrote {args.out}: {len(CASES)} cases, {n} messages, {clean} clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
