#!/usr/bin/env python3
"""Regenerate ``tests/practice60/``: a labelled corpus of Cinderford Chimney & Stove.

A support mailbox of a fictional chimney sweep and stove installer in the Forest of Dean
and the Wye Valley (sweeping, wood-burner installation and servicing, smoke tests and CCTV
surveys, sweep and HETAS certificates, flue liners, cowls and bird guards, spare parts),
written without looking at the detection heuristics, with many customer questions.
Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response
target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``cinderfordstove.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice60_corpus.py [--out DIR]
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
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "cinderfordstove.example"
HELLO = "Cinderford Chimney & Stove <hello@cinderfordstove.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "gwen": ("Gwen Hollister <gwen@cinderfordstove.example>", "outlook", """Gwen Hollister
Bookings & Office | Cinderford Chimney & Stove
Unit 4, Valley Road Trading Estate, Cinderford GL14 2PD | 01594 820417
Need to move a booking? https://cinderfordstove.example/book?ref=email"""),
    "dai": ("Dai Pritchard <dai@cinderfordstove.example>", "iphone", """Master Sweep (Guild of Master Chimney Sweeps) | HETAS registered
Cinderford Chimney & Stove

Sent from my iPhone"""),
    "marcus": ("Marcus Fenn <marcus@cinderfordstove.example>", "thunderbird", """-- 
Marcus Fenn
Stove & Liner Installations | Cinderford Chimney & Stove
HETAS Registered Installer H-40318
https://cinderfordstove.example/installs?utm_source=signature"""),
    "lorna": ("Lorna Beddis <lorna@cinderfordstove.example>", "owa", """Lorna Beddis
Accounts & Certificates | Cinderford Chimney & Stove | 01594 820418

This email and any attachments are confidential and intended for the addressee only. If you
received it in error, please tell us and delete it. Cinderford Chimney & Stove Ltd,
registered in England and Wales no. 08813452."""),
    "katja": ("Katja Reinholt <katja@cinderfordstove.example>", "thunderbird_de", """-- 
Katja Reinholt
Kundenservice (Deutsch) | Cinderford Chimney & Stove
+44 1594 820419 | https://cinderfordstove.example/de?quelle=signatur"""),
    "elise": ("Élise Garnier <elise@cinderfordstove.example>", "apple_fr", """Élise Garnier
Service client (français) | Cinderford Chimney & Stove
https://cinderfordstove.example/fr?src=mail"""),
    "paloma": ("Paloma Ruiz Beltrán <paloma@cinderfordstove.example>", "gmail_es", """--
Paloma Ruiz Beltrán
Atención al cliente (español) | Cinderford Chimney & Stove
¿Dudas sobre su cita? https://cinderfordstove.example/es/citas?ref=firma"""),
}

ACK = """Hello,

Thank you for contacting Cinderford Chimney & Stove. This is an automatic reply to let
you know we have received your message (reference {ref}).

Our office is open Monday to Friday, 8am to 5pm, and we will reply within one working day.
If you smell smoke in your home or think you have a chimney fire, call 999 first.

Cinderford Chimney & Stove
https://cinderfordstove.example/help?ref={ref}"""

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
    "oldclient": ["X-Mailer: Microsoft Windows Live Mail 16.4.3528.331"],
    "helpdesk": ["X-Mailer: FlueDesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ccs.", outlook_server="CWLP26")
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
    """The end of ``day`` ("MM-DD") in UK time: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

SWEEP_CERT_PDF = mailcraft.pdf(["Cinderford Chimney & Stove - Certificate of Chimney Sweeping",
                                "14 Bilson Road, Cinderford GL14 - swept 2 November 2026",
                                "Appliance: multifuel stove. Flue: 150mm liner. Draw test: PASS",
                                "Sweep: D. Pritchard, Guild of Master Chimney Sweeps"])
PL_CERT_PDF = mailcraft.pdf(["Certificate of Insurance - Public and Products Liability",
                             "Insured: Cinderford Chimney & Stove Ltd",
                             "Limit of indemnity: GBP 5,000,000 any one occurrence",
                             "Period: 1 September 2026 to 31 August 2027"])
ATTESTATION_PDF = mailcraft.pdf(["Attestation de ramonage",
                                 "Poele a bois - ramonage mecanique du conduit le 12/11/2026",
                                 "Conduit en bon etat, tirage verifie.",
                                 "Cinderford Chimney & Stove Ltd - cachet et signature"])
TALLER_PDF = mailcraft.pdf(["Presupuesto P-2611-071 - Carpinteria Montoya, Lydney",
                            "Estufa Stovax Stockton 8 kW, salida recta por tejado",
                            "Instalacion y certificado HETAS incluidos",
                            "Total GBP 2,950.00 + IVA 20% GBP 590.00 = GBP 3,540.00"])
LINER_GUARANTEE_PDF = mailcraft.pdf(["Flue Liner Guarantee - 9 Church Square, Blakeney",
                                     "Liner: 150mm 316-grade stainless, installed 17 March 2022",
                                     "Guaranteed 15 years from installation; runs with the property",
                                     "Cinderford Chimney & Stove Ltd"])
HETAS_PDF = mailcraft.pdf(["HETAS Certificate of Compliance HN-2203-17720",
                           "9 Church Square, Blakeney - flue liner and stove, 17/03/2022",
                           "Installer: M. Fenn, HETAS H-40318"])
PROPERTIES_PDF = mailcraft.pdf(["Forest of Dean Lettings - sweeps due by 31/12/2026",
                                "1 Brick Row, Drybrook  2 Station Rd, Lydbrook (gas fire)",
                                "3 Hill View, Ruspidge  4 The Tump, Yorkley",
                                "5 Church Lane, Parkend (gas fire)  6 Ash Cottage, Bream"])
HOTEL_CERTS_PDF = mailcraft.pdf(["Certificates of Chimney Sweeping - Verderers Lodge Hotel",
                                 "Bar, Oak Lounge, Garden Lounge, Restaurant, Garden Suite",
                                 "All swept 14 March 2026 - all flues clear, draw tests passed"])
SERVICE_PDF = mailcraft.pdf(["Stove Service Record - Baldwin, Viney Hill",
                             "Appliance serviced 17/11/2026: baffle, grate, glass, seals checked",
                             "Door seal worn - replace at next service. CO alarm tested OK."])
SIGNED_QUOTE_PDF = mailcraft.pdf(["Quotation Q-2610-118 - Farr, Littledean - ACCEPTED",
                                  "Woodwarm Fireview 5kW, liner, register plate, hearth",
                                  "Signed: D. Farr 09/11/2026"])
GLASS_PNG = mailcraft.png(12, 9, lambda x, y: (40 + 10 * x, 40 + 8 * y, 45))
COWL_PNG = mailcraft.png(10, 14, lambda x, y: (150 + 5 * y, 160, 170 - 4 * x))
FIREBACK_PNG = mailcraft.png(14, 10, lambda x, y: (90 + 6 * x, 60 + 3 * y, 50))
ROOF1_PNG = mailcraft.png(16, 10, lambda x, y: (120, 130 + 4 * y, 150 + 3 * x))
ROOF2_PNG = mailcraft.png(16, 10, lambda x, y: (110 + 2 * x, 100, 90 + 5 * y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("c01-ashgrove-two-flues", "en", "closed", {},
      "Helen Maddox <helen.maddox@ashgrovefarm.example>", "gmail", "Sweep for two chimneys",
      "Three questions in prose (one visit, price, what to move) answered in one paragraph in another order; thanks-only reply.",
      cu("11-02 19:40", """Hi there,

We moved into Ashgrove Farm (just outside Ruardean) in the summer and we'd like both chimneys done before we start using them properly. One is the open fire in the sitting room, the other has a woodburner in the kitchen - no idea when either was last swept, the previous owners left no paperwork at all.

Could you do both in one visit? And what would that cost? I'm also wondering whether we need to move anything beforehand, there's a fair bit of furniture near the sitting room fireplace.

Thanks very much,
Helen Maddox"""),
      ag("gwen", "11-03 08:50", """Hi Helen,

Thanks for getting in touch. Dai brings dust sheets and a vacuum, so just clear about a metre in front of each fireplace and take anything off the mantelpieces. It's £75 for the first flue and £40 for the second on the same visit - £115 in all, certificates for both included - and I've booked you in for Tuesday 10 November at 9am, both fit easily into one morning.

Kind regards,
Gwen"""),
      cu("11-03 09:31", """Tuesday at 9 is perfect, thank you Gwen!

Helen""", thanks=True)),

    C("c02-bilson-road-certificate", "en", "closed", {"unanswered-question": 1},
      "Rob Tillings <rob@tillingslettings.example>", "outlook", "Certificate for 14 Bilson Road + CO alarm",
      "Letting agent: sweep certificate sent as a PDF; the chirping CO alarm / warranty question is skipped.",
      cu("11-04 10:05", """Morning,

Dai swept the stove at 14 Bilson Road on Monday. Please email me the sweep certificate, the tenants' insurer is asking for it.

Separately - the carbon monoxide alarm you fitted there last winter has started chirping every minute or so. Is that covered under your warranty or is it just the battery?

Regards
Rob Tillings
Tillings Lettings | 01594 555218""", uq=1),
      ag("lorna", "11-04 14:20", """Hi Rob,

Attached is the certificate for 14 Bilson Road (swept 2 November, flue clear, draw test passed). I've also put a copy on your landlord account so you can download it again whenever you need it.

Kind regards,
Lorna""", attach=[("application/pdf", "CCS-sweep-cert-14-Bilson-Rd.pdf", SWEEP_CERT_PDF)])),

    C("c03-coleford-quote-late", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Siân Probert <sian.probert@probert-coleford.example>", "apple", "Quote for a woodburner - Coleford",
      "Written quote promised 'by Friday next week - 13th at the latest' arrives on the 17th after the customer checks in: kept late = missed.",
      cu("11-05 20:15", """Hi Marcus,

Thanks for coming out on Tuesday to look at our fireplace. As discussed, we'd like the Charnwood C-5 in matt black, with the liner and a new slate hearth. Could you send us the written quote? We'd really like to have it in before Christmas if you have any slots left.

Best wishes,
Siân and Gareth""", to="Marcus Fenn <marcus@cinderfordstove.example>"),
      ag("marcus", "11-06 09:10", """Hi Siân,

Good to meet you both. I need to price the liner length with our supplier (your stack is taller than it looks from the garden), so I'll send the written quote over by Friday next week - the 13th at the latest. December is filling up but we still have the week of the 14th.

Marcus""", promises=[("11-13", 4)]),
      cu("11-17 08:30", """Hi Marcus,

Just checking in on the quote - we haven't seen anything yet and we'd hate to miss that December slot.

Siân""", chase=True, to="Marcus Fenn <marcus@cinderfordstove.example>"),
      ag("marcus", "11-17 16:40", """Hi Siân,

Apologies - the supplier was slow with the liner price and I should have let you know. The quote is attached: £3,640 all in, including the 316-grade liner, register plate, slate hearth, HETAS certificate and our two-year workmanship guarantee. I can hold 15 and 16 December for you until Friday.

Marcus""", attach=[("application/pdf", "Q-2611-093-Probert.pdf", mailcraft.pdf([
          "Quotation Q-2611-093 - Probert, Coleford",
          "Charnwood C-5 matt black, 316 liner, register plate, slate hearth",
          "HETAS certificate, 2-year workmanship guarantee",
          "Total GBP 3,640.00 inc VAT"]))])),

    C("c04-ruardean-inline", "en", "pending", {},
      "Tom Hale <tom.hale@hillview-ruardean.example>", "thunderbird", "Stove service",
      "Three questions listed on separate lines, answered inline by the sweep from his phone.",
      cu("11-16 18:05", """Hello,

A few questions before I book a service for our stove:

Do you service Clearview stoves? Ours is a Pioneer 400, about twelve years old.
How long does a service usually take?
Is it possible to book an early morning slot? We both leave for work by 8:45.

Regards,
Tom Hale"""),
      ag("dai", "11-17 07:20", """Morning Tom,

> Do you service Clearview stoves? Ours is a Pioneer 400, about twelve years old.

We do, plenty of them about. At twelve years I'd expect the fire rope and maybe the baffle to want replacing.

> How long does a service usually take?

About an hour and a half, a bit longer if parts need swapping.

> Is it possible to book an early morning slot? We both leave for work by 8:45.

7:30 starts are no problem - just reply with a day that suits.

Dai""", quote=False)),

    C("c05-briavels-ferienhaus", "de", "closed", {"unanswered-question": 1},
      "Annette Vogelsang <a.vogelsang@vogelsang-freiburg.example>", "gmail_de", "Kaminkehrung Ferienhaus St Briavels vor Weihnachten",
      "German holiday-cottage owner: date and key safe settled, the sweep report will be e-mailed; the request to post the invoice to Freiburg is not addressed.",
      cu("11-02 16:30", """Liebe Frau Reinholt,

wir vermieten unser Cottage in St Briavels (Mill Lane 3) über die Feiertage, die ersten Gäste kommen am 19. Dezember. Der Kamin sollte vorher unbedingt noch gekehrt werden.

Wäre ein Termin in der Woche ab dem 7. Dezember möglich? Wir selbst sind dann nicht vor Ort, aber Herr Jenkins von nebenan hat einen Schlüssel, alternativ gibt es einen Schlüsselsafe neben der Hintertür (den Code schicke ich Ihnen gern separat).

Und könnten Sie die Rechnung bitte direkt an unsere Adresse in Freiburg schicken? Die Hausverwaltung hat sie letztes Mal zwei Monate liegen lassen.

Viele Grüße aus dem Breisgau
Annette Vogelsang""", uq=1, to="Katja Reinholt <katja@cinderfordstove.example>"),
      ag("katja", "11-03 09:15", """Liebe Frau Vogelsang,

vielen Dank für Ihre Nachricht. Ich habe Sie für Dienstag, den 8. Dezember, vormittags eingetragen. Der Schlüsselsafe ist für uns die einfachste Lösung - schicken Sie mir den Code einfach ein paar Tage vorher, dann muss Herr Jenkins nicht extra zu Hause bleiben. Das Kehrprotokoll lassen wir auf dem Küchentisch liegen und schicken es Ihnen zusätzlich per E-Mail.

Herzliche Grüße
Katja Reinholt"""), tz=1),

    C("c06-mitcheldean-smoke-report", "en", "closed", {"missed-follow-up": 1},
      "Jo Whitcombe <jo.whitcombe@oldforge-mitcheldean.example>", "owa", "Smoke test at The Old Forge",
      "The result of the smoke test is given at once; the written report promised 'this evening' never comes.",
      cu("11-03 12:40", """Hi Dai,

Thanks for coming out this morning. Could you send the smoke test report over when you get a chance? The building control officer wants to see it before he signs off the extension.

Jo Whitcombe""", to="Dai Pritchard <dai@cinderfordstove.example>"),
      ag("dai", "11-03 17:55", """Hi Jo,

No problem. It passed fine - no leakage at the register plate or anywhere along the stack. I'm writing up today's jobs tonight and will email the report across this evening.

Dai""", promises=[("11-03", None)])),

    C("c07-old-tump-reopened", "en", "closed", {"reopened": 1},
      "Kev Morgan <landlord@theoldtump.example>", "android", "Fire smoking back into the bar",
      "Pub fire fixed with a cowl and the job marked resolved; the landlord writes again when it smokes in an east wind.",
      cu("11-04 11:10", """Hi,

The open fire in the lounge bar keeps puffing smoke back into the room, mainly in the evenings. Had to put it out twice last weekend with a full pub. Can someone come and have a look this week? We open at 12 so mornings are best.

Kev
The Old Tump, Clearwell

Sent from Outlook for Android"""),
      ag("dai", "11-04 13:30", """Hi Kev,

Thursday at 9 suits me - I'll bring the camera and a couple of cowls on the van.

Dai"""),
      ag("dai", "11-05 15:20", """Hi Kev,

Summary of this morning for your records: the pot was half blocked with an old jackdaw nest and the flue was running cold. Nest cleared, flue swept, anti-downdraught cowl with bird guard fitted, £145 as agreed and paid on the card machine. Smoke test passed.

I'll mark this job as resolved - shout if it plays up again.

Dai""", closes=True, parent=2),
      cu("11-11 18:45", """Hi Dai,

Sorry to bring this up again but it's back. Monday and again today it smoked badly once the wind got up from the east - the cowl is definitely turning. Could you come back and look? And is there anything we can do in the meantime, other than not lighting it?

Kev

Sent from Outlook for Android"""),
      ag("dai", "11-12 08:05", """Hi Kev,

Sorry to hear that. With an east wind the gable of the barn next door is probably pushing air down over your pot, and a cowl can only do so much against that. I can come Monday 16th at 9 with smoke pellets and a taller pot extension to try. Until then, open the side door by the fire a few inches when you light it - rooms like that are often starved of air with everything shut.

Dai""")),

    C("c08-flour-flame-oven", "en", "pending", {"unanswered-question": 2},
      "Bethan Cole <bethan@flourandflame.example>", "gmail", "Wood-fired oven flue + insurer paperwork",
      "Bakery with a wood-fired oven lists four points; the reply covers oven flues, timing and price but not the certificate's business name or a quarterly contract.",
      cu("11-16 14:20", """Hi Gwen,

We run the little bakery on Market Street and bake in a wood-fired oven pretty much six days a week. Our insurer has just changed their terms and now wants the flue swept every quarter with "documentary evidence". A few things:

1. Do you sweep commercial oven flues, or just domestic?
2. We can only have it done when the oven is cold, so realistically a Sunday or really early on a Monday. Is that doable?
3. Please put the certificate in the business name (Flour & Flame Ltd) rather than mine - the insurer was very particular about that.
4. Do you offer some kind of contract for quarterly visits, or do I need to remember to book each one?

Thanks!
Bethan""", uq=2),
      ag("gwen", "11-16 16:05", """Hi Bethan,

Yes - Dai does a handful of bakery and pizza oven flues, and he's happy to come at 6am on a Monday while the oven's cold; the first free one is 23 November. It's £90 for an oven flue, certificate included.

Kind regards,
Gwen""")),

    C("c09-newent-morso-parts", "en", "closed", {},
      "Colin Ashby <colin.ashby@ashby-newent.example>", "outlook", "Replacement glass and rope for Morsø 1410",
      "Parts enquiry with a photo; answered with part numbers, prices and a payment link; thanks-only reply.",
      cu("11-02 10:00", """Good morning,

The glass on my Morsø 1410 has cracked across one corner (photo attached) and the door seal is looking tired as well. I'd like to order a new glass panel and a rope kit. Do you stock them, and what would they cost? I can fit them myself.

Colin Ashby""", attach=[("image/png", "morso-glass.png", GLASS_PNG)]),
      ag("gwen", "11-02 11:45", """Hi Colin,

Both in stock. Glass panel 73-6140 is £68.50 and the door rope kit (10mm, with adhesive) is £14.95, plus £6.50 postage for the pair. You can pay for them here and they go out the same day:
https://cinderfordstove.example/parts/cart?items=73-6140,RK10&acct=guest

Kind regards,
Gwen"""),
      cu("11-02 12:10", """Ordered - many thanks.

Colin Ashby""", thanks=True)),

    C("c10-monmouth-attestation", "fr", "pending", {},
      "Mathilde Rousseau <mathilde.rousseau@rousseau-monmouth.example>", "apple_fr", "Attestation de ramonage pour l'assurance",
      "French customer: a sweep attestation in French sent as a PDF, and a price for the cowl the sweep mentioned.",
      cu("11-17 13:10", """Bonjour Élise,

Votre collègue est passé le 12 novembre pour ramoner notre poêle. Notre assureur (en France, la maison est assurée via notre banque là-bas) me réclame une attestation de ramonage. Est-ce que vous pouvez me la faire en français ? Sinon, une version anglaise avec le tampon de l'entreprise suffira peut-être.

Autre chose : le ramoneur a parlé d'un « chapeau » à changer sur la cheminée. Vous pourriez m'envoyer un devis ?

Merci beaucoup,
Mathilde Rousseau""", to="Élise Garnier <elise@cinderfordstove.example>"),
      ag("elise", "11-17 16:30", """Bonjour Mathilde,

Voici l'attestation en français, signée et tamponnée, en pièce jointe. Pour le chapeau, Dai recommande un modèle anti-refouleur en inox : 85 £ posé, TVA comprise, et il peut l'installer lors de son passage à Monmouth le 26 novembre si cela vous convient.

Bien cordialement,
Élise""", attach=[("application/pdf", "attestation-ramonage-rousseau.pdf", ATTESTATION_PDF)])),

    C("c11-lydbrook-rebook", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Dave Partridge <dave.partridge@lydbrookmill.example>", "gmail", "Need to move my sweep appointment",
      "Request to move a booking, acknowledged by the robot only; the customer chases two days later; no reply.",
      cu("11-16 07:55", """Hi,

I'm booked in for a sweep on Thursday 19th at 10 but I've been called away for work that week. Could we move it to the following week, any day but Wednesday?

Cheers,
Dave Partridge"""),
      ack("11-16 07:56"),
      cu("11-18 12:30", """Hi again, any update on moving my appointment? I still haven't heard anything and it's tomorrow - don't want your sweep turning up to an empty house.

Dave""", chase=True)),

    C("c12-yorkley-stove-size", "en", "closed", {},
      "Rachel Imms <rachel.imms@imms-yorkley.example>", "gmail", "Advice on a stove for a small living room",
      "Three questions buried in one long paragraph (size, liner, rough cost) all answered in the installer's own words.",
      cu("11-05 21:10", """Hi Marcus,

We're finally getting round to replacing the gas fire in our living room, which is only about 3.5 by 4 metres, and my husband is convinced we need something huge whereas I think a big stove would cook us out of the room, so I'd be grateful for a second opinion - what size would you actually recommend for a room that size, bearing in mind it's a 1930s semi with new double glazing but not much insulation in the walls? We also don't know whether the existing chimney can be used as it is (the gas fire just had a flexible flue) or whether it'll need a full liner, and I'd like to understand roughly what the whole job would come to before we get our hopes up. No rush at all, we're thinking of the spring.

Many thanks,
Rachel Imms"""),
      ag("marcus", "11-06 08:40", """Hi Rachel,

You're right, I'm afraid - for about 14 square metres with your walls, 4 to 5 kW is plenty. Anything bigger and you'd be running it throttled right down, which means sooty glass and a tarred-up flue. Behind an old gas fire there's almost always a liner needed for wood, because the flexible gas liner can't take the temperatures, so budget for one. Ballpark for a 5 kW stove fitted with liner, register plate and hearth: £3,200 to £3,800 depending on the model.

When you're ready in the spring I'm happy to come and do a free survey.

Marcus""")),

    C("c13-taller-montoya", "es", "closed", {"unanswered-question": 1},
      "Javier Montoya <javier@carpinteriamontoya.example>", "gmail_es", "Estufa para el taller",
      "Spanish carpenter: model and written quote with VAT answered, the question about burning pallets is skipped.",
      cu("11-04 18:20", """Hola Paloma:

Tengo un taller de carpintería en Lydney (unos 60 m²) y quiero poner una estufa de leña para el invierno. ¿Qué modelo me recomendaría para ese espacio? La nave es alta, unos 5 metros hasta el techo.

Otra cosa: genero bastante recorte de madera y palés. ¿Se pueden quemar palés en una estufa normal o hace falta una especial?

Y si no es mucha molestia, mándeme el presupuesto por escrito con el IVA desglosado, que lo necesito para la gestoría.

Un saludo,
Javier Montoya""", uq=1),
      ag("paloma", "11-05 10:15", """Hola, Javier:

Para un taller de esa altura le recomendaría una estufa de 8 kW, por ejemplo la Stovax Stockton 8, con salida de humos recta por el tejado. Le adjunto el presupuesto por escrito: 2.950 £ más IVA (590 £), con la instalación y el certificado HETAS incluidos.

Un saludo,
Paloma""", attach=[("application/pdf", "presupuesto-P-2611-071.pdf", TALLER_PDF)])),
]

CASES += [
    C("c14-longhope-hall-handoffs", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
      "Eleanor Frith <eleanor.frith@longhopehall.example>", "outlook", "Longhope Hall - three chimneys, fireback and invoices",
      "Three agents: bookings books the visit and says the installer will e-mail 'tomorrow' (a Saturday; he writes on Monday); accounts answers BACS but not the invoice addressee and PO number.",
      cu("11-13 09:30", """Good morning,

Longhope Hall has three working fireplaces that need sweeping before our Christmas events (library, great hall and the snug). We would like them done in one visit if at all possible, ideally the week of 30 November.

The great hall fire has also had a crack in the fireback since last year - could whoever comes take a look and quote for a new one?

Finally, please address all invoices to the Longhope Hall Trust rather than to me personally, and quote our purchase order number LHT-2291.

Kind regards,
Eleanor Frith
House Manager, Longhope Hall

Longhope Hall Trust is a registered charity (no. 1104418). This e-mail is confidential.""", uq=1, kind="alt"),
      ag("gwen", "11-13 11:10", """Dear Eleanor,

All three on one visit is no problem - I've booked Dai for Tuesday 1 December from 8:30. Marcus does our firebacks and will email you tomorrow to arrange a look at the great hall one.

Kind regards,
Gwen""", promises=[("11-14", 3)]),
      ag("marcus", "11-16 08:45", """Dear Ms Frith,

Gwen passed on your message about the great hall fireback - apologies for not writing sooner, I was up on a liner job all Friday. If you can send me a photo of the crack, that will help me bring the right size of fireback; I'll come along with Dai on 1 December, look at it properly and quote you on the spot.

Best regards,
Marcus""", parent=1),
      cu("11-16 10:20", """Dear Marcus,

Thank you - photo attached. Could you also tell me who I speak to about paying by BACS? Our treasurer does not use cards.

Eleanor""", attach=[("image/png", "great-hall-fireback.png", FIREBACK_PNG)]),
      ag("lorna", "11-16 14:05", """Dear Eleanor,

BACS is fine, and it's me you need. Our details are Cinderford Chimney & Stove Ltd, sort code 30-94-57, account 48120366 - please use the invoice number as the reference.

Kind regards,
Lorna""")),

    C("c15-drybrook-rusty-pipe", "en", "pending", {},
      "Nia Hopkins <nia.hopkins@hopkins-drybrook.example>", "iphone", "Flue pipe rusting?",
      "Installer checks a warranty with the supplier and comes back the next day as promised; thanks-only reply.",
      cu("11-17 09:40", """Hi, there are orange rust marks on the black pipe coming out of the top of our stove (you fitted it in 2021). Is that normal? Should we stop using it until someone's looked at it?

Nia

Sent from my iPhone"""),
      ag("marcus", "11-17 11:05", """Hi Nia,

Keep using it for now - surface rust on the outside of the pipe is usually condensation from a cold room or damp logs, not a failure. That pipe is still inside the supplier's five-year warranty, though, so let me check with them whether they'll swap it and I'll get back to you tomorrow.

Marcus""", promises=[("11-18", 3)]),
      ag("marcus", "11-18 15:30", """Hi Nia,

Good news - the supplier will replace the pipe section free under warranty. It should reach us by the end of the month and we'll fit it at your annual service on 3 December, no charge.

Marcus"""),
      cu("11-18 16:02", """Brilliant, thanks Marcus!

Sent from my iPhone""", thanks=True)),

    C("c16-woodside-school", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Patrick Osei <bursar@woodsidelane-primary.example>", "outlook", "Sweep of the old hall chimney",
      "School: insurance certificate attached, the INSET-day date is promised 'by Wednesday' and never confirmed, the risk assessment and method statement are not mentioned.",
      cu("11-09 13:15", """Dear Sir/Madam,

Woodside Lane Primary has a decorative fireplace in the old hall which we would like to bring back into use for our Christmas fair. Before we do, we need it swept and checked.

Could you tell me whether you would be able to attend on our INSET day, Friday 27 November? The children are not in school that day.

As a school we also need a risk assessment and method statement from any contractor before they come on site. Please also send a copy of your public liability insurance certificate.

Yours faithfully,
Patrick Osei
School Business Manager""", uq=1),
      ag("gwen", "11-09 15:40", """Dear Mr Osei,

Thank you for thinking of us. Our public liability certificate is attached (£5m, renewed in September). The 27th is already busy but Dai may be able to move a job, so I'll confirm by Wednesday whether we can do your INSET day.

Kind regards,
Gwen""", promises=[("11-11", None)],
          attach=[("application/pdf", "CCS-public-liability-2026-27.pdf", PL_CERT_PDF)])),

    C("c17-albers-rauchtest", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Heinrich Albers <h.albers@albers-immobilien.example>", "outlook_de", "Rauchtest und Bescheinigung - Kyrle Street 12, Ross-on-Wye",
      "German landlord in Cologne: price given at once, the appointment promised 'bis Mittwoch' comes the next Monday after 'gibt es schon etwas Neues?'; the last reply has a References gap.",
      cu("11-09 09:00", """Sehr geehrte Frau Reinholt,

für unser Mietobjekt in der Kyrle Street 12 in Ross-on-Wye verlangt der neue Mieter eine aktuelle Bescheinigung über die Dichtheit des Schornsteins. Können Sie dort einen Rauchtest durchführen, und was kostet das?

Mit freundlichen Grüßen
Heinrich Albers
Albers Immobilien GmbH, Köln"""),
      ag("katja", "11-09 11:30", """Sehr geehrter Herr Albers,

ja, das machen wir regelmäßig. Ein Rauchtest kostet 65 £ zzgl. MwSt., die Bescheinigung ist inbegriffen. Ich kläre noch mit unserem Techniker, wann er in Ross-on-Wye ist, und melde mich bis Mittwoch mit einem Termin bei Ihnen.

Mit freundlichen Grüßen
Katja Reinholt""", promises=[("11-11", 4)]),
      cu("11-13 14:10", """Sehr geehrte Frau Reinholt,

gibt es schon etwas Neues wegen des Termins? Der Mieter zieht am 1. Dezember ein, und ich hätte die Bescheinigung gern vorher.

Mit freundlichen Grüßen
Heinrich Albers""", chase=True),
      ag("katja", "11-16 08:50", """Sehr geehrter Herr Albers,

entschuldigen Sie bitte die Verzögerung. Herr Pritchard kann den Rauchtest am Donnerstag, 26. November, um 10 Uhr machen; die Bescheinigung bekommen Sie noch am selben Tag per E-Mail. Wenn der Termin passt, sagen Sie bitte dem Mieter Bescheid.

Mit freundlichen Grüßen
Katja Reinholt""", refs=[1, 3]), tz=1),

    C("c18-tintern-relance", "fr", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Guillaume Perrin <g.perrin@moulin-tintern.example>", "apple_fr", "Demande de rendez-vous - ramonage et inspection",
      "B&B owner writes, hears nothing for four days, 'Je me permets de vous relancer'; both questions answered after the chase.",
      cu("11-12 10:30", """Bonjour,

Nous avons repris le Moulin de Tintern (chambres d'hôtes) cet été. Il y a deux cheminées dans la maison, plus un poêle dans la salle du petit-déjeuner, et je souhaiterais faire ramoner les trois avant l'hiver.

Pourriez-vous me proposer une date fin novembre ? Je voudrais aussi savoir si vous pouvez faire une inspection par caméra du conduit du poêle, car il fume un peu à l'allumage.

Cordialement,
Guillaume Perrin"""),
      cu("11-16 09:05", """Bonjour,

Je me permets de vous relancer concernant ma demande ci-dessous. Nous accueillons des clients dès le 4 décembre, le ramonage devient urgent.

Cordialement,
Guillaume Perrin""", chase=True),
      ag("elise", "11-16 11:20", """Bonjour Monsieur Perrin,

Toutes nos excuses pour ce silence, votre message était arrivé dans la mauvaise boîte. Dai peut passer le lundi 30 novembre à 9 h pour les trois conduits ; comptez 75 £ pour le premier et 40 £ pour chacun des suivants. L'inspection caméra du conduit du poêle est possible le même jour (120 £), et c'est justement ce que je vous conseille s'il refoule à l'allumage.

Bien cordialement,
Élise""")),

    C("c19-blakeney-liner-guarantee", "en", "closed", {},
      "Graham Pope <graham.pope@pope-blakeney.example>", "outlook", "Liner guarantee - selling the house",
      "House sale: two documents attached and the transfer question answered; the ticket is explicitly closed, a thanks-only reply does not reopen it.",
      cu("11-05 16:45", """Hello,

We're selling our house in Blakeney and the buyer's solicitor has asked for the guarantee on the flue liner you installed in March 2022, together with the HETAS certificate. Please can you send both? I also need to know if the guarantee transfers to the new owner.

Thanks,
Graham Pope"""),
      ag("lorna", "11-06 09:30", """Dear Graham,

Both documents are attached. The liner guarantee runs with the property rather than the owner, so your buyers are covered for the rest of the 15 years without having to do anything.

I'll close this ticket now, but just reply if the solicitor needs anything else.

Kind regards,
Lorna""", closes=True, attach=[("application/pdf", "liner-guarantee-9-Church-Sq.pdf", LINER_GUARANTEE_PDF),
                                 ("application/pdf", "HETAS-HN-2203-17720.pdf", HETAS_PDF)]),
      cu("11-06 10:02", """That's great, thank you Lorna - forwarded to the solicitor.

Graham""", thanks=True)),

    C("c20-redbrook-cottages", "en", "closed", {"unanswered-question": 2},
      "Ffion Daniels <ffion@wyevalleycottages.example>", "gmail", "Sweeps for three holiday cottages",
      "Holiday-let manager: the three sweeps are booked and the stove door will be checked; how to send the key-safe codes and separate invoices per cottage are not answered.",
      cu("11-02 09:20", """Hi Gwen,

Same as last year please - we need the three cottages at Redbrook swept before the Christmas lets (Kingfisher, Heron and Otter). Changeover days are Mondays and Fridays, so ideally one of those.

The key safe codes have changed since last year, shall I text them to Dai or put them in an email?

Also, could you invoice each cottage separately this time? The accountant wants the costs split by property.

And one more thing: Otter's stove door isn't closing properly, guests keep mentioning it. Could Dai check it while he's there?

Thanks,
Ffion""", uq=2),
      ag("gwen", "11-02 14:10", """Hi Ffion,

Lovely to hear from you again. I've put all three cottages in for Friday 13 November, starting with Kingfisher at 10:30 after your cleaners have been. I've also added a note for Dai to look at Otter's door catch - if it needs a new one, he carries the common ones in the van.

Best,
Gwen""")),

    C("c21-hangerberry-architect-ooo", "en", "closed", {},
      "Martin Quayle <martin.quayle@quaylearchitects.example>", "outlook", "Register plate access hatch - building regs query",
      "Architect's technical question answered; his out-of-office reply lands in the thread; his signature has a question and a '?' URL.",
      cu("11-05 11:20", """Hi Marcus,

For the barn conversion at Hangerberry we're designing a stove into a new masonry chimney. Building control have asked whether the register plate needs an inspection hatch. Does it, in your experience, and what size do you normally fit?

Regards,
Martin Quayle
Quayle Architects | Lydney
Planning a project? https://quaylearchitects.example/start?src=sig""", to="Marcus Fenn <marcus@cinderfordstove.example>"),
      ag("marcus", "11-05 14:50", """Hi Martin,

In practice yes - with a register plate on a new masonry chimney, building control will want a way to inspect and sweep the flue, and a hatch in the plate is the usual answer. We fit a 150 x 150 mm removable hatch as standard. For a dead straight flue you can sometimes sweep through the stove instead, but most inspectors round here still prefer the hatch.

Marcus"""),
      auto("11-05 14:51", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For anything urgent please call the studio on 01594 555840.

Martin Quayle""", quote=False, to="Marcus Fenn <marcus@cinderfordstove.example>",
           subject="Automatic reply: Register plate access hatch - building regs query")),

    C("c22-bream-jackdaws", "en", "pending", {},
      "Jenny Baylis <jenny.baylis@baylis-bream.example>", "gmail", "Jackdaws again!",
      "A pleasantry, a rhetorical question and a self-answered one around a single real request, answered with a date and price.",
      cu("11-18 08:15", """Morning all, hope you're keeping warm?

Who knew a pair of jackdaws could get that many sticks down a chimney in one week? Our sitting room fire (not the stove, the open one) is completely blocked again - you cleared a nest out of it in April.

What was our account number... ah, it's on the April invoice: CCS-22817.

Can you come and clear it, and this time fit some sort of guard so they can't get back in? Any day except Friday is fine.

Jenny Baylis"""),
      ag("gwen", "11-18 10:30", """Hi Jenny,

Oh no, not again! Dai can do Monday 23rd at 1pm: he'll clear the nest, sweep the flue and fit a stainless mesh guard over the pot (£65 fitted, on top of the £75 sweep), which will keep them out for good.

Kind regards,
Gwen""")),

    C("c23-pillowell-council-forward", "en", "closed", {},
      "Owen Sheppard <owen.sheppard@sheppard-pillowell.example>", "gmail", "Fwd: Building regulations compliance - 7 Pillowell Road",
      "HTML-only forward of a council letter full of questions; the customer's own one request is answered with the notification number.",
      cu("11-04 17:20", """Hi Marcus,

Got this from the council today. Can you confirm the stove you fitted in October has been registered with them? It reads as if they haven't heard anything.

Owen

---------- Forwarded message ---------
From: Building Control <buildingcontrol@fodc.example>
Date: Wed, 4 Nov 2026 at 10:12
Subject: Building regulations compliance - 7 Pillowell Road
To: <owen.sheppard@sheppard-pillowell.example>

Dear Homeowner,
Our records show a new solid fuel appliance at the above address. Was the installation carried out by a registered competent person? If so, has a compliance certificate been issued?
If not, please contact us to arrange an inspection.
Need help? See https://fodc.example/building-control?topic=solid-fuel&ref=letter""", kind="html"),
      ag("marcus", "11-05 08:30", """Hi Owen,

Yes - it went on the HETAS register on 21 October, notification HN-2610-88412, and HETAS pass their list to the council once a month, so their letter crossed with it. Your compliance certificate should have come by post already; if the council write again, just quote them that number.

Marcus""")),

    C("c24-brice-farm-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Alan Brice <alan.brice@bricefarm.example>", "thunderbird", "Copy invoice please - CCS-31022",
      "Request for a re-addressed invoice copy, resent word for word two days later as a new mail with the same subject; no reply.",
      cu("11-11 10:40", """Hello,

Please can you send me a copy of invoice CCS-31022 for the sweep in October, addressed to Brice Farm Partnership instead of just me. The accountant needs it before the end of the month.

Alan Brice"""),
      cu("11-13 15:05", """Hello,

Please can you send me a copy of invoice CCS-31022 for the sweep in October, addressed to Brice Farm Partnership instead of just me. The accountant needs it before the end of the month.

Alan Brice""", chase=True, parent=0)),

    C("c25-newnham-revised-quote", "en", "pending", {},
      "Laura Kempe <laura.kempe@kempe-newnham.example>", "apple", "Revised quote - stove and hearth",
      "Hearth question answered; the revised quote is promised for Tuesday 24th, still ahead at audit time.",
      cu("11-17 19:30", """Hi Marcus,

Thanks for the quote. We've had a think and we'd like to go for the smaller Contura 51 rather than the 56, and a glass hearth instead of slate. Could you revise it? Also, does a glass hearth still meet building regs when the stove sits right on it?

Laura""", to="Marcus Fenn <marcus@cinderfordstove.example>"),
      ag("marcus", "11-18 09:10", """Hi Laura,

Good choices. A 12 mm toughened glass hearth is fine for the Contura 51 - it's only a problem for stoves whose base gets hot enough to need a full constructional hearth, and the 51 doesn't. I'm at the supplier on Monday to confirm the price on the 51, so I'll send the revised quote on Tuesday 24th.

Marcus""", promises=[("11-24", None)])),

    C("c26-monmouth-precios", "es", "closed", {},
      "Carmen Villalobos <carmen.villalobos@villalobos-monmouth.example>", "gmail_es", "Precio deshollinado y revisión de estufa",
      "Spanish price questions answered inline with bare figures and a bare 'Sí'; thanks-only reply.",
      cu("11-03 12:00", """Buenos días:

Me gustaría saber cuánto cuesta el deshollinado de una chimenea y cuánto la revisión anual de una estufa de leña. Y otra pregunta: ¿hacen las dos cosas en la misma visita?

Gracias,
Carmen Villalobos"""),
      ag("paloma", "11-03 15:20", """Hola, Carmen:

> Me gustaría saber cuánto cuesta el deshollinado de una chimenea

75 £.

> y cuánto la revisión anual de una estufa de leña

95 £, o 150 £ las dos juntas.

> ¿hacen las dos cosas en la misma visita?

Sí, es lo más habitual.

Un saludo,
Paloma""", quote=False),
      cu("11-03 15:45", """¡Perfecto, muchas gracias! Les llamo la semana que viene para reservar.

Carmen""", thanks=True)),

    C("c27-forest-lettings-six", "en", "pending", {"unanswered-question": 2},
      "Sandra Kilby <sandra.kilby@forestdeanlettings.example>", "owa", "Annual sweeps - 6 properties + a few questions",
      "Letting agency: numbered list of four; discount and keys answered, the dates promised for tomorrow come on time; gas-fire flues and certificates to each landlord are never addressed.",
      cu("11-16 11:00", """Hi Lorna,

Hope you had a good weekend? Attached is the list of our six managed properties that need their annual sweep and certificate before 31 December. A few questions while I have you:

1) Can we keep the same 10% discount as last year for booking them all together?
2) Do you need us to arrange access, or can your sweep collect keys from our office in Coleford?
3) Two of the properties (Nos 2 and 5 on the list) have gas fires in the fireplace - do those flues need sweeping as well, or just a check?
4) Please send the certificates straight to each landlord as well as to us.

Many thanks,
Sandra Kilby
Forest of Dean Lettings""", uq=2, to="Lorna Beddis <lorna@cinderfordstove.example>",
         attach=[("application/pdf", "FDL-sweeps-due-2026.pdf", PROPERTIES_PDF)]),
      ag("lorna", "11-16 15:30", """Hi Sandra,

Thanks for the list. Yes, the 10% still applies when all six are booked together. Dai will pick the keys up from your Coleford office on the morning of each visit and drop them back the same afternoon. Gwen is putting the dates together and will email them to you tomorrow.

Kind regards,
Lorna""", promises=[("11-17", 3)]),
      ag("gwen", "11-17 10:05", """Hi Sandra,

Here are the dates for your six, all mornings: Brick Row 1 December, Station Road and Hill View 2 December, The Tump 8 December, Church Lane and Ash Cottage 9 December. Dai will collect the keys from your office at 8:15 each day.

Kind regards,
Gwen""", parent=2)),

    C("c28-cinderford-cowl-photo", "en", "pending", {},
      "Ray Jaynes <ray.jaynes@jaynes-cinderford.example>", "android", "What's this on top of my chimney?",
      "Photo of a storm-damaged cowl sent from Outlook for Android; both questions answered.",
      cu("11-18 16:10", """Hi, photo attached of the thing on top of my chimney pot, it's been leaning over at an angle since the storm on Sunday. What is it and is it safe to light the fire with it like that?

Ray

Sent from Outlook for Android""", attach=[("image/png", "chimney-pot.png", COWL_PNG)]),
      ag("dai", "11-19 08:00", """Hi Ray,

That's a spinning cowl - it helps the chimney draw - and from the photo one of its three legs has sheared. I wouldn't light the fire until it's sorted: if it drops it can block the pot or come off the roof. I've got a slot on Monday afternoon to take it down and fit a fixed H-cowl, £95 including the ladder work.

Dai""")),

    C("c29-tidenham-hase-ofen", "de", "pending", {},
      "Jürgen Falk <juergen.falk@falk-tidenham.example>", "gmail_de", "Wartung Kaminofen und neue Dichtung",
      "German customer near Chepstow: two questions (do you service Hase stoves, new door seal at the same time) answered with prices and a date.",
      cu("11-16 20:30", """Hallo Frau Reinholt,

unser Hase-Kaminofen (Modell Sendai, ca. 8 Jahre alt) braucht dringend eine Wartung, die Scheibe rußt schon nach einer Stunde zu. Machen Sie auch Hase-Öfen, obwohl die hier in England eher selten sind? Und könnten Sie bei der Gelegenheit gleich die Türdichtung erneuern - ich vermute, da liegt das Problem.

Beste Grüße
Jürgen Falk"""),
      ag("katja", "11-17 09:45", """Hallo Herr Falk,

Hase kennen wir gut, die Ersatzteile bestellen wir direkt in Deutschland. Eine Türdichtung für den Sendai haben wir vorrätig und bauen sie bei der Wartung gleich mit ein (Wartung 95 £, Dichtung 18 £). Passt Ihnen Mittwoch, der 25. November, um 14 Uhr?

Viele Grüße
Katja Reinholt""")),

    C("c30-bream-chimney-fire", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Bryony Watts <bryony.watts@watts-bream.example>", "gmail", "Chimney fire on Saturday - insurance",
      "After a chimney fire: inspection arranged, the report for the insurer promised 'within 48 hours' never sent; whether the other fireplace can be used is not answered.",
      cu("11-09 08:10", """Hello,

We had a chimney fire on Saturday night - the fire brigade came and put it out, nobody hurt, but we're pretty shaken. Our insurer says we need a report from a qualified sweep on the condition of the chimney before they'll process the claim.

Can you come and inspect it this week and write the report for the insurer? And is it safe to use the stove in the meantime if we keep it low? The house is freezing without it.

Bryony Watts"""),
      ag("dai", "11-09 10:25", """Hi Bryony,

Sorry to hear that - glad everyone's OK. Please don't light the stove at all until I've looked at it: a chimney fire can crack the liner or the stack and you won't see it from inside. I can come Wednesday at 9 with the camera.

Dai"""),
      cu("11-11 12:30", """Thanks for coming out this morning, Dai. Our insurer is Hartwell Mutual, claim number HM-55-20931. Could the report go to them directly as well as to me?

And can we use the open fire in the dining room in the meantime? It's a completely separate chimney.

Bryony""", uq=1),
      ag("lorna", "11-11 16:40", """Hi Bryony,

Dai has given me his notes from this morning: the liner has split near the top and will need replacing, which the insurer will want to see in writing. I'll send his full report and the camera photos to you and to Hartwell Mutual within 48 hours, together with our quote for the new liner.

Kind regards,
Lorna""", promises=[("window", None)])),

    C("c31-parkend-glass-colleague", "en", "pending", {},
      "Hugh Dennison <hugh@dennison-parkend.example>", "thunderbird", "Cloudy stove glass - cleaner or new glass?",
      "Office explains the etched glass and says the sweep will e-mail the part number tomorrow; he does, the same evening of the next day.",
      cu("11-16 12:00", """Hello,

The glass in our Woodwarm Phoenix is permanently cloudy now, even straight after cleaning - a sort of milky haze that won't shift. Is there a product you'd recommend, or has the glass itself had it? If it needs replacing, what's the part number so I can order one?

Hugh Dennison"""),
      ag("gwen", "11-16 14:30", """Hi Hugh,

A milky haze that won't come off is usually etching - the glass has been run very hot or with damp wood - and no cleaner will shift it, so I'm afraid a new panel is the answer. Dai knows the Woodwarm part numbers by heart; he's out on jobs today but he'll email you the right one tomorrow.

Kind regards,
Gwen""", promises=[("11-17", 3)]),
      ag("dai", "11-17 18:20", """Hi Hugh,

For the Phoenix it's the flat 8 kW door glass, part WW-PHX-GL8, £72.40 from us or any Woodwarm stockist. Make sure you ask for the flat one - the curved-door version is different.

Dai""", parent=1)),

    C("c32-whitecroft-fence-panels", "en", "pending", {"unanswered-question": 1},
      "Kath Bright <kath.bright@bright-whitecroft.example>", "gmail", "Sweep booking",
      "Booking made; after the visit a follow-up asks about painted fence panels and chimney-cleaning logs, and only the logs are answered.",
      cu("11-10 09:00", """Hi Gwen, can we book our usual sweep? Any weekday morning after the 16th is fine.

Kath"""),
      ag("gwen", "11-10 11:15", """Hi Kath, you're in for Wednesday 18th at 9am.

Gwen"""),
      cu("11-18 15:40", """Hi Gwen,

Dai came this morning, all done, thank you. He mentioned there was quite a lot of tar in the flue. Two things I forgot to ask him: is it OK to burn the old fence panels from the garden? They were painted, years ago. And is there anything we can add to the fire to cut down the tar? I've seen logs that claim to clean chimneys.

Kath""", uq=1),
      ag("gwen", "11-19 09:10", """Hi Kath,

Glad it all went well. Dai says the chimney-cleaning logs do help loosen the tar a bit between sweeps - one a month through the winter - but they're no substitute for the sweep, and the real cure is drier wood, under 20% moisture.

Gwen""")),

    C("c33-chepstow-trappe", "fr", "closed", {"unanswered-question": 1},
      "Hélène Duval <helene.duval@duval-chepstow.example>", "apple_fr", "Trappe de ramonage + facture",
      "French customer: price, duration and a date for a soot door answered together; the request to resend the missing invoice is ignored.",
      cu("11-03 14:00", """Bonjour Élise,

Lors de son passage la semaine dernière, Dai m'a conseillé d'installer une trappe de ramonage sur le conduit du poêle, car le tuyau fait un coude. Combien cela coûterait-il, et combien de temps faut-il prévoir pour les travaux ?

Pourriez-vous aussi me renvoyer la facture de ce ramonage ? Je ne l'ai jamais reçue.

Merci d'avance,
Hélène Duval""", uq=1, to="Élise Garnier <elise@cinderfordstove.example>"),
      ag("elise", "11-03 16:50", """Bonjour Hélène,

Pour la trappe, comptez 140 £ posée, TVA comprise : c'est une pièce en T avec un bouchon étanche, que Marcus installe en une heure environ, sans démonter le poêle. Il a de la place le jeudi 12 novembre au matin si vous le souhaitez.

Belle journée,
Élise""")),

    C("c34-monmouth-entubado", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Andrés Gil <andres.gil@gil-monmouth.example>", "gmail_es", "Presupuesto entubado chimenea",
      "Spanish customer: liner quote promised 'el lunes', chased with '¿Hay alguna novedad? Sigo esperando', sent the Monday after.",
      cu("11-05 10:10", """Hola Paloma:

Como le comenté por teléfono, queremos entubar la chimenea del salón para poner una estufa. ¿Me podría enviar el presupuesto del entubado? La chimenea tiene unos 8 metros.

Gracias,
Andrés Gil"""),
      ag("paloma", "11-05 12:30", """Hola, Andrés:

Con 8 metros el precio depende del diámetro que pida la estufa, y eso lo está mirando Marcus con el proveedor. Le escribo el lunes con el presupuesto cerrado.

Un saludo,
Paloma""", promises=[("11-09", 4)]),
      cu("11-12 18:00", """Hola Paloma:

¿Hay alguna novedad con el presupuesto? Sigo esperando y el instalador de la estufa me pregunta por fechas.

Andrés""", chase=True),
      ag("paloma", "11-16 09:40", """Hola, Andrés:

Perdone el retraso, el proveedor ha tardado más de lo previsto. Le adjunto el presupuesto: 1.180 £ por 8 m de tubo flexible de acero inoxidable 904 de 150 mm, con placa de registro y sombrerete, instalación incluida. Podríamos hacerlo la semana del 30 de noviembre.

Un saludo,
Paloma""", attach=[("application/pdf", "presupuesto-entubado-gil.pdf", mailcraft.pdf([
          "Presupuesto P-2611-082 - Gil, Monmouth",
          "Entubado 8 m, tubo flexible inox 904, 150 mm",
          "Placa de registro y sombrerete, instalacion incluida",
          "Total GBP 1,180.00 IVA incluido"]))])),

    C("c35-lydney-soot-complaint", "en", "closed", {},
      "Margaret Hale <m.hale@hale-lydney.example>", "outlook", "Complaint - soot on my carpet",
      "Complaint with a question and a demand, both met in one reply (cleaning paid, fee refunded); thanks-only reply.",
      cu("11-06 14:30", """Dear Sir or Madam,

Your sweep came yesterday to do our chimney and I am sorry to say he left a film of soot over the cream carpet in front of the fireplace and on the armchair. I have tried to vacuum it but it has only spread it.

What do you intend to do about this? I would like the carpet professionally cleaned at your expense.

Yours faithfully,
Margaret Hale"""),
      ag("gwen", "11-06 16:10", """Dear Mrs Hale,

I'm very sorry - that shouldn't have happened, and please don't vacuum it again as that only works it into the pile. Forest Carpet Care (01594 555302) are expecting your call and will invoice us directly for the carpet and the armchair, and I've refunded your £75 sweep fee to your card by way of apology.

Kind regards,
Gwen Hollister"""),
      cu("11-06 18:20", """Thank you for sorting this out so quickly.

Mrs Hale""", thanks=True)),

    C("c36-mitcheldean-new-owners", "en", "open", {},
      "Tariq Bashir <tariq.bashir@bashir-mitcheldean.example>", "gmail", "HETAS certificate for our stove?",
      "Fresh case on the audit day, only the acknowledgement so far: within the response target.",
      cu("11-20 09:05", """Hello,

We bought a house in Mitcheldean last month with a stove that the seller says was fitted by you in 2023. The conveyancer never got a HETAS certificate for it. Could you send us a copy, and do you have any record of when it was last serviced?

Thanks,
Tariq Bashir"""),
      ack("11-20 09:06")),

    C("c37-littledean-install-date", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Dominic Farr <dom.farr@farr-littledean.example>", "iphone", "Signed quote - install date?",
      "Signed quote sent from a phone; the install date is promised 'by Friday' and never confirmed; the question about removing the old surround is ignored.",
      cu("11-10 12:15", """Hi Marcus,

Signed quote attached and deposit paid this morning. When can you fit it? We're away 4-8 December.

Also, will you take away the old tiled surround when you rip it out, or do we need a skip?

Dom

Sent from my iPhone""", uq=1, to="Marcus Fenn <marcus@cinderfordstove.example>",
         attach=[("application/pdf", "Q-2610-118-signed.pdf", SIGNED_QUOTE_PDF)]),
      ag("marcus", "11-10 17:40", """Hi Dom,

Thanks, deposit received. I'm finalising the December schedule with the liner supplier this week and I'll confirm your install date by Friday.

Marcus""", promises=[("11-13", None)])),

    C("c38-soudley-booking", "en", "closed", {},
      "Pete Harris <pete.harris@harris-soudley.example>", "gmail", "Chimney sweep booking",
      "Simple booking answered with a date and price (same subject as c39, different customer).",
      cu("11-04 08:00", """Hi, could we book a sweep for the week of the 16th? We're in Soudley. Any day is fine, mornings preferred.

Thanks,
Pete Harris"""),
      ag("gwen", "11-04 09:15", """Hi Pete,

Tuesday 17th at 9am is yours. It's £75 - pay Dai on the day by card or cash.

Kind regards,
Gwen""")),

    C("c39-flaxley-booking", "en", "pending", {},
      "Lucy Ambrose <lucy.ambrose@ambrose-flaxley.example>", "outlook", "Chimney sweep booking",
      "A second customer with the subject 'Chimney sweep booking': dates and nest removal answered; the reply ends with support's own question.",
      cu("11-16 13:00", """Hello,

I'd like to book a chimney sweep for our stove in Flaxley. Do you have anything before Christmas? And do you also take out a bird's nest if there is one? We've heard scratching.

Lucy Ambrose"""),
      ag("gwen", "11-16 15:20", """Dear Lucy,

We do - taking out a nest is part of the job if Dai finds one (occasionally £20 extra if it's a big one that needs a second go with the rods and vacuum). The earliest I have before Christmas is Thursday 3 December at 11. Shall I book it?

Kind regards,
Gwen""")),

    C("c40-english-bicknor-smell", "en", "closed", {},
      "Bill Yeates <bill.yeates@yeates-bicknor.example>", "outlook", "Smoke smell upstairs",
      "Smoke smell in a bedroom: the customer's reply lost its threading headers (RE: subject only); every question answered.",
      cu("11-05 09:00", """Hi,

Since we started using the stove this autumn there's a smell of smoke in the back bedroom, which the flue passes through. Could it be leaking? Is it safe to keep using it?

Bill Yeates"""),
      ag("dai", "11-05 12:00", """Hi Bill,

It could be - a smell in a room the chimney passes through usually means a crack or a failed joint in the flue, and where there's smoke there can be carbon monoxide. Do you have a CO alarm in that bedroom?

Please stop using the stove until we've done a smoke test. I can do Monday 9th at 2pm.

Dai"""),
      cu("11-05 13:20", """Dai,

No alarm upstairs, only in the living room. Monday at 2 is fine. Do we need to be in, or can we leave the back door open for you?

Bill""", thread=False),
      ag("dai", "11-05 15:45", """Bill,

Someone needs to be in please - the test means lighting smoke pellets in the stove and then checking every room the flue passes through. And get a CO alarm for that bedroom in the meantime, they're about £20 at the hardware shop.

Dai""")),

    C("c41-viney-hill-third-mail", "en", "pending", {"customer-chased": 2, "slow-first-response": 1},
      "Gemma Tovey <gemma.tovey@tovey-vineyhill.example>", "gmail", "Stove not drawing - need someone out",
      "Acknowledged request chased twice ('just following up', 'This is the third time I've written'); answered after six days; thanks-only reply.",
      cu("11-11 08:30", """Hi,

Our stove has stopped drawing properly - smoke comes out whenever we open the door, and the fire dies down even with the air fully open. It was swept in March. Can somebody come and look at it? We've got a baby in the house so we've stopped using it.

Gemma Tovey
07700 900418"""),
      ack("11-11 08:31"),
      cu("11-13 10:00", """Hi, just following up on my email from Wednesday - could someone get back to me please?

Gemma""", chase=True),
      cu("11-16 19:20", """This is the third time I've written and I'm still waiting to hear from anyone. We have no heating apart from the stove. Is anyone there?

Gemma""", chase=True),
      ag("gwen", "11-17 08:05", """Dear Gemma,

I'm so sorry - your emails were caught by our spam filter and I've only just found them. Dai can be with you at 1pm today, and if it's a blockage he'll clear it there and then.

Kind regards,
Gwen"""),
      cu("11-17 15:30", """Dai's been and it's drawing perfectly again - a fallen brick in the flue! Thank you both.

Gemma""", thanks=True)),

    C("c42-ross-dudas-base64", "es", "closed", {"unanswered-question": 1},
      "Lucía Fernández <lucia.fernandez@fernandez-ross.example>", "gmail_es", "Revisión de la estufa y varias dudas",
      "Spanish list of four questions (base64 body): service interval, black glass and firewood answered; the warranty on the bent grate is not.",
      cu("11-02 17:45", """Hola:

Llevamos dos inviernos con la estufa que nos instalaron ustedes y me surgen varias dudas:

- ¿Cada cuánto hay que hacer la revisión? El instalador nos dijo que una vez al año, pero una vecina dice que cada seis meses.
- El cristal se pone negro enseguida. ¿Es por la leña o por la estufa?
- Quisiera saber si venden leña seca o si nos pueden recomendar a alguien de la zona.
- ¿La garantía cubre la rejilla? Se ha doblado un poco.

Gracias de antemano,
Lucía Fernández""", uq=1, cte="base64"),
      ag("paloma", "11-03 10:05", """Hola, Lucía:

Una vez al año es suficiente para una estufa de uso doméstico, aunque la usen a diario todo el invierno. Lo del cristal casi siempre es la leña: con más de un 20 % de humedad se ennegrece en una hora. Nosotros no vendemos leña, pero Forest Logs, en Coleford, la tiene secada en horno (https://forestlogs.example).

Un saludo,
Paloma""")),

    C("c43-monmouth-ofenrohr", "de", "pending", {"unanswered-question": 1},
      "Sabine Kraus <sabine.kraus@kraus-monmouth.example>", "thunderbird_de", "Ofenrohr durchgerostet + Anfahrt",
      "German customer: flue-pipe replacement answered with a safety warning, date and price; the travel-charge question is not.",
      cu("11-17 17:30", """Guten Tag Frau Reinholt,

das Ofenrohr an unserem Kaminofen ist an der Biegung durchgerostet, man sieht schon ein kleines Loch. Können Sie es austauschen, und wie schnell ginge das? Wir heizen im Winter fast nur mit dem Ofen.

Außerdem wüsste ich gern, ob Sie für Monmouth eine Anfahrtspauschale berechnen.

Mit freundlichen Grüßen
Sabine Kraus""", uq=1),
      ag("katja", "11-18 09:00", """Guten Tag Frau Kraus,

bitte heizen Sie bis dahin nicht mehr mit dem Ofen - durch das Loch kann Kohlenmonoxid austreten. Herr Fenn kann das Rohr am Freitag, 20. November, vormittags tauschen; er braucht nur den Durchmesser (steht meist auf dem Typenschild, 125 oder 150 mm). Das Rohrstück mit Bogen kostet 85 £ inklusive Einbau.

Mit freundlichen Grüßen
Katja Reinholt""")),

    C("c44-tintern-tubage-inline", "fr", "closed", {},
      "Pierre-Yves Le Goff <py.legoff@legoff-tintern.example>", "apple_fr", "Questions sur le tubage",
      "Three French questions on lining answered inline under each quoted line.",
      cu("11-04 09:40", """Bonjour,

Quelques questions avant de me décider pour le tubage de mon conduit :

Le tubage est-il obligatoire pour un poêle à bois au Royaume-Uni ?
Quelle est la durée de garantie du tube inox ?
Faut-il prévoir un échafaudage ?

Merci,
Pierre-Yves Le Goff"""),
      ag("elise", "11-04 14:15", """Bonjour Pierre-Yves,

> Le tubage est-il obligatoire pour un poêle à bois au Royaume-Uni ?

Pas dans tous les cas, mais pour un conduit ancien comme le vôtre, Marcus le recommande fortement : sans tubage, il ne passera probablement pas le test de fumée.

> Quelle est la durée de garantie du tube inox ?

15 ans pour le 316, 25 ans pour le 904.

> Faut-il prévoir un échafaudage ?

Non, nous travaillons depuis le toit avec des échelles de couvreur, ou avec une nacelle.

Bien à vous,
Élise""", quote=False)),

    C("c45-coleford-humo", "es", "pending", {},
      "Rocío Navarro <rocio.navarro@navarro-coleford.example>", "gmail_es", "Humo en el salón al encender",
      "Spanish: 'le contesto mañana' after checking with the sweep, kept the next day with advice.",
      cu("11-16 19:00", """Hola Paloma:

Cada vez que encendemos la estufa entra humo en el salón durante los primeros diez minutos. ¿Es normal? ¿Puede ser que la chimenea esté sucia? La deshollinaron ustedes en enero.

Saludos,
Rocío Navarro"""),
      ag("paloma", "11-17 09:30", """Hola, Rocío:

No es normal, pero si se deshollinó en enero tampoco suele ser suciedad; casi siempre es que el tiro está frío al encender. Déjeme que lo consulte con Dai, que conoce su instalación, y le contesto mañana.

Un saludo,
Paloma""", promises=[("11-18", 3)]),
      ag("paloma", "11-18 12:10", """Hola, Rocío:

Dai dice que su chimenea va por la fachada y está muy fría, por eso tarda en tirar. Pruebe a encender con la puerta de la estufa entreabierta y un par de hojas de periódico ardiendo arriba, junto a la salida, antes de prender la leña. Si en una semana sigue igual, él pasa a hacer una prueba de humo sin coste.

Un saludo,
Paloma""")),
]

CASES += [
    C("c46-aylburton-boxing-day", "en", "closed", {"unanswered-question": 1},
      "Sue Rudge <sue.rudge@rudge-aylburton.example>", "gmail", "Christmas sweep?",
      "Boxing Day asked; the reply offers two dates before Christmas without saying whether Boxing Day is possible; customer picks one, booking confirmed.",
      cu("11-04 15:00", """Hi Gwen,

Our son and his family are coming for Christmas and we've left the sweep far too late as usual! Do you work on Boxing Day? That would actually suit us best. Otherwise, what's the earliest you could do before the 23rd?

Sue Rudge""", uq=1),
      ag("gwen", "11-04 16:25", """Hi Sue,

Christmas week is filling up fast, but I've still got Monday 21 December at 9:30 or Tuesday 22nd at 2pm - which would you like?

Kind regards,
Gwen"""),
      cu("11-04 17:10", """The 21st at 9:30 please - and thank you!

Sue"""),
      ag("gwen", "11-05 08:35", """Hi Sue,

Booked - Monday 21 December, 9:30.

Gwen""")),

    C("c47-newnham-builder-eod", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Neil Cowmeadow <neil@cowmeadow-builders.example>", "outlook", "Liner price for a job in Newnham",
      "Builder asks for a liner price 'by end of today'; promised by end of day, sent next morning; the HETAS sign-off question is never answered.",
      cu("11-16 10:20", """Hi Marcus,

I've got a client in Newnham who wants a stove in a barn conversion - I'm doing the building work. Can you give me a supply-and-fit price for a 6" liner, roughly 7m, by end of today if possible? The client is deciding tonight.

Also - are you able to do the HETAS sign-off if my lads build the hearth to your spec?

Cheers,
Neil Cowmeadow
Cowmeadow Builders Ltd""", uq=1, to="Marcus Fenn <marcus@cinderfordstove.example>"),
      ag("marcus", "11-16 11:05", """Hi Neil,

Will do - I'll get the liner price to you by end of day.

Marcus""", promises=[("11-16", 3)]),
      ag("marcus", "11-17 08:20", """Morning Neil,

Sorry, got stuck on a roof till dark. 7m of 6" 904-grade liner, fitted, with cowl and register plate: £1,290 + VAT.

Marcus""")),

    C("c48-blakeney-deposit", "en", "closed", {"missed-follow-up": 1},
      "Joan Prosser <joan.prosser@prosser-blakeney.example>", "oldclient", "Refund of deposit",
      "Old mail client; refund request met with 'I'll look into it and get back to you' (no deadline: two-day window), never followed up.",
      cu("11-03 10:30", """Dear Lorna,

I paid a £30 deposit for a sweep on 20 October which your office cancelled because the sweep was ill. I haven't been offered another date and would rather have the deposit back now, as we have found someone local. Please refund it to the card I paid with.

Joan Prosser""", to="Lorna Beddis <lorna@cinderfordstove.example>"),
      ag("lorna", "11-03 14:45", """Dear Mrs Prosser,

I'm sorry about the cancellation. I'll look into the deposit and get back to you.

Kind regards,
Lorna""", promises=[("window", None)])),

    C("c49-clearwell-open-fire", "en", "closed", {},
      "Ian Merrett <ian.merrett@merrett-clearwell.example>", "apple", "Open fire vs stove - worth converting?",
      "Two questions answered with figures; a conditional offer of photos is no promise; 'we'll get back to you' from the customer is thanks-only.",
      cu("11-06 08:50", """Morning,

We've got an open fire in a 1900s cottage and we're wondering whether to put a stove in. Roughly how much more efficient would a stove be? And would we lose the look of the fireplace - it's got a lovely cast iron surround?

Ian"""),
      ag("marcus", "11-06 12:30", """Hi Ian,

An open fire sends 80 to 85% of its heat up the chimney; a modern stove keeps 75 to 80% in the room, so you'd burn roughly a third of the wood for the same warmth. The cast iron surround can almost always stay - we set the stove into the opening in front of it and it looks rather good. If you'd like, I can send a few photos of similar cottages we've done.

Marcus"""),
      cu("11-06 13:05", """Thanks Marcus, that's really helpful. We'll have a think over the winter and get back to you.

Ian""", thanks=True)),

    C("c50-ruspidge-scaffold", "en", "pending", {},
      "Tony Kear <tony.kear@kear-ruspidge.example>", "gmail", "Chimney stack repointing and liner",
      "Two questions answered; deliveries and the roof date are logistics, not promises.",
      cu("11-17 18:00", """Hi Marcus,

The roofer is booked to repoint our chimney stack next week. Does it make sense to have the liner put in at the same time while the scaffold is up? And how long would you need the scaffold for?

Tony""", to="Marcus Fenn <marcus@cinderfordstove.example>"),
      ag("marcus", "11-18 08:30", """Hi Tony,

Yes, definitely - it saves you about £300 on access. One day on the scaffold is all we need. The liner and cowl are being delivered to our yard on Monday, and Dai and I will be on your roof on Wednesday 25th if the roofer has finished by then.

Marcus""")),

    C("c51-bream-hinge-early-next-week", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Harriet Lane <harriet.lane@lane-bream.example>", "gmail", "Stove door hinge - can you get one?",
      "'let me check with the workshop ... come back to you early next week' said on Thursday; nothing by Tuesday; 'any news on the hinge?' on Thursday gets the answer.",
      cu("11-12 09:30", """Hi,

The top door hinge on our Hunter Herald 4 has snapped. Can you get a replacement? The stove is about 15 years old so I'm not sure they still make them.

Harriet Lane"""),
      ag("gwen", "11-12 11:40", """Hi Harriet,

They're still about for the older Heralds, but the top hinge changed at some point, so let me check with the workshop which one yours takes and I'll come back to you early next week.

Kind regards,
Gwen""", promises=[("11-17", 4)]),
      cu("11-19 08:50", """Hi Gwen, any news on the hinge? We're managing with the door tied shut but it's not ideal!

Harriet""", chase=True),
      ag("gwen", "11-19 14:15", """Hi Harriet,

Sorry for the wait. The workshop says yours takes the post-2008 hinge, part HH4-HNG-T, £24.60. I've ordered it, it'll be with us on Tuesday, and Dai can fit it on his way past on Wednesday morning.

Gwen""")),

    C("c52-yorkley-village-hall", "en", "pending", {"unanswered-question": 2},
      "Pauline Meek <pauline.meek@yorkleyvillagehall.example>", "owa", "Village hall stove - service, fireguard and paperwork",
      "Village hall secretary asks four things in four paragraphs; price and fireguard answered, DBS checks and a charity discount are not.",
      cu("11-17 10:00", """Dear Cinderford Chimney & Stove,

I am writing on behalf of the Yorkley Village Hall committee. Our woodburner is due its annual service and sweep. Could you tell me your charge for a service and sweep together?

We have had a request from the playgroup that uses the hall for a fixed fireguard around the stove. Is that something you supply and fit?

The committee also asked me to check whether your engineers hold DBS certificates, as children are on the premises most weekdays.

Finally, we are a registered charity - do you offer any discount?

Yours sincerely,
Pauline Meek
Hon. Secretary, Yorkley Village Hall""", uq=2, kind="alt"),
      ag("gwen", "11-17 14:40", """Dear Pauline,

A service and sweep together is £150. We also supply and fit nursery-style fireguards that fix to the wall - for a stove the size of yours it would be about £210 fitted. We can do both on a Monday or a Friday when the playgroup isn't in.

Kind regards,
Gwen""")),

    C("c53-symonds-yat-steiner", "de", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Wolfgang Steiner <w.steiner@steiner-ferienhaus.example>", "outlook_de", "Angebot Schornsteinabdeckung Ferienhaus Symonds Yat",
      "German holiday-home owner: support asks for photos, he sends them the next day and later writes 'ich warte immer noch auf eine Antwort'; no reply.",
      cu("11-10 10:00", """Sehr geehrte Damen und Herren,

für unser Ferienhaus in Symonds Yat benötigen wir eine Abdeckung für den nicht mehr genutzten zweiten Schornstein, damit kein Regen mehr eindringt. Bitte schicken Sie mir ein Angebot. Fotos vom Dach kann ich nachreichen.

Mit freundlichen Grüßen
Wolfgang Steiner"""),
      ag("katja", "11-10 13:20", """Sehr geehrter Herr Steiner,

vielen Dank. Für ein Angebot bräuchten wir tatsächlich zwei, drei Fotos vom Schornsteinkopf, am besten mit dem Topf von nahem. Dann kann Herr Fenn die passende Abdeckung auswählen.

Mit freundlichen Grüßen
Katja Reinholt"""),
      cu("11-11 09:15", """Sehr geehrte Frau Reinholt,

anbei drei Fotos vom Dach, der Schornstein links ist der stillgelegte. Könnten Sie mir das Angebot bis Ende nächster Woche schicken?

Mit freundlichen Grüßen
Wolfgang Steiner""", attach=[("image/png", "dach-1.png", ROOF1_PNG), ("image/png", "dach-2.png", ROOF2_PNG),
                               ("image/png", "dach-3.png", ROOF1_PNG)]),
      cu("11-17 11:30", """Sehr geehrte Frau Reinholt,

ich warte immer noch auf eine Antwort wegen des Angebots. Haben Sie die Fotos überhaupt erhalten?

Mit freundlichen Grüßen
Wolfgang Steiner""", chase=True), tz=1),

    C("c54-goodrich-deflecteur", "fr", "closed", {"missed-follow-up": 1},
      "Sophie Lemaire <sophie.lemaire@lemaire-goodrich.example>", "apple_fr", "Déflecteur cassé - pièce à commander",
      "French customer: 'je reviens vers vous d'ici jeudi' with the price of a part from France; never followed up.",
      cu("11-02 11:00", """Bonjour Élise,

Le déflecteur de notre poêle Invicta s'est fendu en deux. Dai nous a dit qu'il faudrait sans doute le commander en France. Pouvez-vous vous en occuper et me dire combien cela coûtera ?

Merci,
Sophie Lemaire"""),
      ag("elise", "11-02 15:30", """Bonjour Sophie,

Bien sûr. J'ai écrit à notre fournisseur Invicta pour le prix et le délai de livraison, et je reviens vers vous d'ici jeudi.

Bien cordialement,
Élise""", promises=[("11-05", None)])),

    C("c55-verderers-lodge-hotel", "en", "closed", {"unanswered-question": 2},
      "Matthew Greening <m.greening@verdererslodge.example>", "outlook", "Sweeping schedule for the hotel - 5 fireplaces",
      "New hotel manager asks four things in a paragraph; certificates and frequency answered, a colleague sends the dates as promised; the kitchen ducts and before-11am questions are not answered.",
      cu("11-09 11:45", """Hello,

I'm the new general manager at the Verderers Lodge Hotel. We have five open fires (bar, two lounges, restaurant and the Garden Suite) and I can't find any record of when they were last swept, which worries me somewhat given we light three of them daily. Could you send me copies of the last certificates for the hotel, assuming it was you? We also need to set up a regular schedule - how often do you recommend for fires used every day? The chef has also asked whether you clean kitchen extraction ducts, which I suspect is not your area but thought I'd ask. And can the work be done before 11am so it doesn't disturb guests?

Regards,
Matthew Greening
General Manager""", uq=2),
      ag("lorna", "11-09 15:10", """Dear Matthew,

Welcome! Yes, it was us - the last certificates (all five fires, 14 March 2026) are attached. For open fires burning every day we recommend sweeping every three months through the season. Gwen will be in touch to set up the dates.

Kind regards,
Lorna""", promises=[("window", 3)], attach=[("application/pdf", "Verderers-Lodge-certificates-2026-03.pdf", HOTEL_CERTS_PDF)]),
      ag("gwen", "11-10 09:30", """Dear Matthew,

Lorna asked me to set up your sweeps. I've put all five fires in for Tuesday 1 December, then Tuesday 2 March and Tuesday 1 June next year - I'll send a reminder a week before each.

Kind regards,
Gwen""", parent=2)),

    C("c56-viney-hill-service-record", "en", "pending", {"unanswered-question": 1},
      "Derek Baldwin <derek.baldwin@baldwin-vineyhill.example>", "thunderbird", "Stove service tomorrow?",
      "Appointment confirmed; after the service the customer asks for the record and a door-seal price; the record is attached, the price is not given.",
      cu("11-16 09:00", """Hello,

Is Dai still coming tomorrow at 10 for the stove service? We never got the reminder text this time.

Derek Baldwin"""),
      ag("gwen", "11-16 10:10", """Hi Derek,

Yes - tomorrow at 10, he's got you down. Sorry about the text, our reminder system had a hiccup last week.

Gwen"""),
      cu("11-17 15:20", """Hi Gwen,

Dai's been, all good, thanks. He said the door seal will need doing next year.

Could you email the service record over so I've got it for the warranty? And how much would the door seal be when it's due, roughly?

Derek""", uq=1),
      ag("gwen", "11-18 09:40", """Hi Derek,

Service record attached - keep it with the stove's paperwork, the manufacturer asks for it with any warranty claim.

Gwen""", attach=[("application/pdf", "service-record-baldwin-2026-11-17.pdf", SERVICE_PDF)])),

    C("c57-coalway-ash-pan", "en", "closed", {"unanswered-question": 1},
      "Alice Voyce <alice.voyce@voyce-coalway.example>", "iphone", "Ash pan",
      "Two short questions from a phone; the reply from the van gives the price only, not whether it can be posted.",
      cu("11-05 19:30", """Hi, do you sell ash pans for a Stovax Brunel 1A? Ours has rusted through. Also can you post it or do I need to collect?

Alice

Sent from my iPhone""", uq=1),
      ag("dai", "11-06 07:45", """Hi Alice, yes we do - £38.50.

Dai""")),
]

UNANSWERED: dict[str, list[str]] = {
    "c02-bilson-road-certificate": [
        "Is that covered under your warranty or is it just the battery?"],
    "c05-briavels-ferienhaus": [
        "Und könnten Sie die Rechnung bitte direkt an unsere Adresse in Freiburg schicken?"],
    "c08-flour-flame-oven": [
        "Please put the certificate in the business name (Flour & Flame Ltd) rather than mine - the insurer was very particular about that.",
        "Do you offer some kind of contract for quarterly visits, or do I need to remember to book each one?"],
    "c13-taller-montoya": [
        "¿Se pueden quemar palés en una estufa normal o hace falta una especial?"],
    "c14-longhope-hall-handoffs": [
        "Finally, please address all invoices to the Longhope Hall Trust rather than to me personally, and quote our purchase order number LHT-2291."],
    "c16-woodside-school": [
        "As a school we also need a risk assessment and method statement from any contractor before they come on site."],
    "c20-redbrook-cottages": [
        "The key safe codes have changed since last year, shall I text them to Dai or put them in an email?",
        "Also, could you invoice each cottage separately this time?"],
    "c27-forest-lettings-six": [
        "Two of the properties (Nos 2 and 5 on the list) have gas fires in the fireplace - do those flues need sweeping as well, or just a check?",
        "Please send the certificates straight to each landlord as well as to us."],
    "c30-bream-chimney-fire": [
        "And can we use the open fire in the dining room in the meantime?"],
    "c32-whitecroft-fence-panels": [
        "is it OK to burn the old fence panels from the garden?"],
    "c33-chepstow-trappe": [
        "Pourriez-vous aussi me renvoyer la facture de ce ramonage ?"],
    "c37-littledean-install-date": [
        "Also, will you take away the old tiled surround when you rip it out, or do we need a skip?"],
    "c42-ross-dudas-base64": [
        "¿La garantía cubre la rejilla?"],
    "c43-monmouth-ofenrohr": [
        "Außerdem wüsste ich gern, ob Sie für Monmouth eine Anfahrtspauschale berechnen."],
    "c46-aylburton-boxing-day": [
        "Do you work on Boxing Day?"],
    "c47-newnham-builder-eod": [
        "Also - are you able to do the HETAS sign-off if my lads build the hearth to your spec?"],
    "c52-yorkley-village-hall": [
        "The committee also asked me to check whether your engineers hold DBS certificates, as children are on the premises most weekdays.",
        "Finally, we are a registered charity - do you offer any discount?"],
    "c55-verderers-lodge-hotel": [
        "The chef has also asked whether you clean kitchen extraction ducts, which I suspect is not your area but thought I'd ask.",
        "And can the work be done before 11am so it doesn't disturb guests?"],
    "c56-viney-hill-service-record": [
        "And how much would the door seal be when it's due, roughly?"],
    "c57-coalway-ash-pan": [
        "Also can you post it or do I need to collect?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"CCS-T{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            if m.uq and not any(a.role == "agent" and a.date > m.date for a in c.msgs):
                out.append(f"{m.key}: a question with no support reply after it is not unanswered-question")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 60: Cinderford Chimney & Stove - cases",
                                 "make_practice60_corpus.py", rows)


README_TEMPLATE = """# Practice corpus 60: Cinderford Chimney & Stove support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Cinderford Chimney & Stove**, a chimney sweep and stove installer in the Forest
  of Dean and the Wye Valley: chimney sweeping (open fires, wood burners, a bakery oven),
  wood-burner installation and servicing, smoke tests and CCTV flue surveys, sweep, HETAS and
  liner certificates for landlords, buyers and insurers, flue liners, cowls, bird guards and
  spare parts. Many holiday cottages in the area belong to owners abroad, hence German-,
  French- and Spanish-speaking staff. Support address `hello@cinderfordstove.example`;
  agents Gwen Hollister (bookings and office), Dai Pritchard (master sweep, writes from his
  iPhone), Marcus Fenn (installations and liners), Lorna Beddis (accounts and certificates,
  with a legal disclaimer), Katja Reinholt (German), Élise Garnier (French) and Paloma Ruiz
  Beltrán (Spanish), all `@cinderfordstove.example`. A helpdesk robot (`Auto-Submitted:
  auto-replied`) acknowledges a few messages with "we will reply within one working day" -
  service-hours text, not a commitment.
- Customers are homeowners, landlords and letting agents, holiday-cottage owners and
  managers, a pub, a bakery, a hotel, a school, a village hall, an architect and a builder on
  `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain cinderfordstove.example`.

```
python scripts/make_practice60_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice60_corpus.py --out /tmp/p60         # ... into another folder
python scripts/evaluate.py --corpus tests/practice60            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice60_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. This README is generated too (the figures below are computed). Do
not edit generated files; edit the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded) or has no support reply after it, or when the written mail does not parse back and
round-trip.

## Contents

{cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and
{auto} customer out-of-office reply), {replies} support replies, {acks} helpdesk
acknowledgements. {clean} clean cases ({clean_pct} %). Languages: {languages}.
Statuses: {statuses}.

Expected findings: {findings}. Labelled unanswered questions sit in {uq_cases} cases.

Answered questions (not labelled): customers ask two to four things in most mails - in
prose, in numbered and dashed lists, on separate lines, inside one long paragraph (c12, c55),
indirectly ("I'm also wondering whether", "I also need to know if", "Je voudrais aussi savoir
si", "Quisiera saber si", "wüsste ich gern, ob") and as requests without a question mark
("Please email me the sweep certificate", "Please refund it to the card I paid with",
"mándeme el presupuesto por escrito", "Bitte schicken Sie mir ein Angebot"). Replies answer
in their own words and order: one paragraph for three questions out of order (c01), inline
under each quoted line (c04, c26, c44), a bare figure or a bare "Sí" (c26, c57), a payment
link (c09), attachments (c02, c10, c13, c19, c34, c55, c56), a date instead of "yes" (c22,
c28), a colleague keeping another's promise (c27, c31, c55), and after a chase (c03, c17,
c18, c34, c41, c51).

Unanswered questions are the realistic kind: a secondary request next to the main one
(invoice to Freiburg c05, invoice addressee and PO number c14, risk assessment c16,
certificates to each landlord c27, missing invoice c33, travel charge c43), a question in a
follow-up mail after the job (c30, c32, c56), a neighbouring answer (c46 offers dates before
Christmas for "Do you work on Boxing Day?"; c43's fitted price next to a travel-charge
question; c08's "certificate included" next to "put the certificate in the business name"),
two of four points skipped (c08, c52, c55), the second of two quick questions from a phone
(c57).

Not questions (must not be flagged): a pleasantry ("hope you're keeping warm?", "Hope you
had a good weekend?"), a rhetorical question ("Who knew a pair of jackdaws could get that
many sticks down a chimney in one week?") and a self-answered one ("What was our account
number... ah, it's on the April invoice") in c22/c27; questions inside a forwarded council
letter in an HTML-only mail (c23); a customer signature "Planning a project?" with a `?` URL
(c21); support signatures with "Need to move a booking?" / "¿Dudas sobre su cita?" and `?`
URLs; thanks-only mails (c01, c09, c15, c19, c26, c35, c41, c49); questions in a customer's
latest unanswered mail are `awaiting-reply` territory, never `unanswered-question` (c11,
c24, c36, c53).

Commitments: kept on time (c15 "I'll get back to you tomorrow", c45 "le contesto mañana",
c27 and c31 by a colleague, c55 "Gwen will be in touch" kept next morning), kept late =
missed (c03 "by Friday next week", c14 "will email you tomorrow" on a Friday and kept on the
Monday, c17 "melde mich bis Mittwoch", c34 "Le escribo el lunes", c47 "by end of day" kept
next morning, c51 "early next week" said on a Thursday), never kept (c06 "this evening", c16
"by Wednesday", c30 "within 48 hours", c37 "by Friday", c48 "I'll look into it and get back
to you" - no deadline, two-day window - and c54 "je reviens vers vous d'ici jeudi"), a
deadline still ahead at audit time (c25, Tuesday 24th). Non-promises: appointments and
deliveries ("the liner and cowl are being delivered to our yard on Monday", "Dai and I will be
on your roof on Wednesday 25th", c50; "it'll be with us on Tuesday", c51), a conditional
offer ("If you'd like, I can send a few photos", c49), the acknowledgement's "we will reply
within one working day" (c11, c36, c41).

Chasing in varied wording and languages: "Just checking in on the quote", "any update on
moving my appointment?", "just following up on my email from Wednesday", "This is the third
time I've written and I'm still waiting", "any news on the hinge?", "gibt es schon etwas
Neues ...?", "ich warte immer noch auf eine Antwort", "Je me permets de vous relancer",
"¿Hay alguna novedad ...? Sigo esperando", and a word-for-word resend as a new mail with the
same subject (c24). c41 chases twice (count 2). Not chasing: a second mail that sends the
photos support asked for (c53's 11 November mail).

Status and timing: awaiting reply (c11, c24, c53), a fresh case inside the response target
with only the acknowledgement (c36), slow first responses (c18 answered after four days,
c41 after six), an explicit close "I'll mark this job as resolved" followed by a new problem
(c07, reopened) and "I'll close this ticket now" followed only by thanks (c19, stays
closed), three agents on one case (c14).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), Windows Live Mail (c48); top-posted and
inline replies; plain 7bit, quoted-printable, base64 (c42), multipart/alternative (c14, c52,
acknowledgements) and HTML-only (c23); PDF and PNG attachments (certificates, quotes, a
signed quote, a property list, photos of glass, a cowl, a fireback and a roof); a customer's
out-of-office reply with `X-Autoreply` (c21); a customer reply that lost its threading
headers (c40); a References gap (c17); two customers with the same subject "Chimney sweep
booking" (c38, c39); customers writing to an agent's own address.

## Judgement calls

- **Deferral is not an unanswered question** (c03, c06, c14, c16, c17, c30, c34, c37, c47,
  c48, c51, c54): a question deferred with a promise is labelled only through
  `missed-follow-up` when the promise is broken or kept late.
- **c14**: Gwen's "Marcus ... will email you tomorrow" is said on Friday 13th; Marcus writes
  on Monday 16th - late, so missed. His own "I'll come along with Dai on 1 December ... and
  quote you on the spot" has a deadline still ahead. Lorna answers the BACS question but not
  the invoice addressee and PO number.
- **c08**: "certificate included" tells the price, not whose name goes on the certificate:
  the business-name request stays unanswered.
- **c46**: the reply offers two dates before Christmas; it neither says yes nor no to
  Boxing Day, so "Do you work on Boxing Day?" is labelled. A reader who takes the offer of
  other dates as an implied "no" would drop it - that would be the only change.
- **c30**: the report for the insurer is first asked for on 9 November and answered by
  arranging the inspection; after the visit Lorna promises it "within 48 hours", which is the
  labelled (broken) promise. The question about the separate dining-room fire is never
  touched.
- **c55**: Gwen's "I'll send a reminder a week before each" concerns visits from 1 December
  on - a deadline still ahead, not labelled.
- **c05**: "schicken es Ihnen zusätzlich per E-Mail" is about the sweep report after the
  8 December visit (a deadline ahead) and does not answer the request about the invoice.
- **c27**: "Please send the certificates straight to each landlord as well as to us." is one
  request; "Do you need us to arrange access, or can your sweep collect keys ...?" is
  answered by the key arrangement.
- **c53**: the 11 November mail with photos asks for the quote "bis Ende nächster Woche";
  no support reply follows it, so it is `awaiting-reply` territory, and the 17 November mail
  is a chase.
- **c41**: one `customer-chased` per chasing message (count 2).

## Independence

Written from the helper brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py and
tests/test_practice24_corpus.py (structure only). Not opened: anything under `happyaudit/`,
the README's method/accuracy sections, any other test file or corpus. All labels were fixed
before the single evaluation run and none was changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the corpus figures computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    return README_TEMPLATE.format(
        cases=len(cases), messages=len(msgs), inbox=roles["customer"] + roles["auto"],
        customer=roles["customer"], auto=roles["auto"], replies=roles["agent"], acks=roles["ack"],
        clean=clean, clean_pct=round(100 * clean / len(cases)),
        languages=", ".join(f"{names[k]} {langs[k]}" for k in ("en", "de", "fr", "es")),
        statuses=", ".join(f"{statuses[k]} {k}" for k in ("closed", "pending", "open")),
        findings=", ".join(f"{r} {found[r]}" for r in RULES if found[r]),
        uq_cases=uq_cases)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.cinderfordstove.example")
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
        raise SystemExit("refusing to write tests/practice60:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice60:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice60 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice60")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
