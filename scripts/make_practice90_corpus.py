#!/usr/bin/env python3
"""Regenerate ``tests/practice90/``: a labelled corpus of Hartsfield Sash Windows.

A support mailbox of a fictional London firm that restores sash windows in period homes
(surveys and quotes, overhauls, draught-proofing, secondary and slimline glazing, glass and
cord repairs, workshop joinery, deposits and invoices), written without looking at the
detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``hartsfieldsash.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is, with its figures.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice90_corpus.py [--out DIR]
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
NAME = "practice90"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "hartsfieldsash.example"
DESK = "Hartsfield Sash Windows <enquiries@hartsfieldsash.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "eleanor": ("Eleanor Pryce <eleanor@hartsfieldsash.example>", "thunderbird", """-- 
Eleanor Pryce
Surveys & Quotations | Hartsfield Sash Windows
27 Coldharbour Works, London SE5 9NR | 020 7946 0520
Book a survey online: https://hartsfieldsash.example/survey?ref=sig"""),
    "callum": ("Callum Ashdown <callum@hartsfieldsash.example>", "outlook", """Callum Ashdown
Workshop & Scheduling | Hartsfield Sash Windows
Mobile 07700 900744
Booked in with us? What to expect on the day: https://hartsfieldsash.example/before-we-arrive?src=email"""),
    "priya": ("Priya Raman <priya@hartsfieldsash.example>", "owa", """Priya Raman
Accounts | Hartsfield Sash Windows
This email and any attachments are confidential. If you are not the intended recipient, please delete it and let us know."""),
    "tobias": ("Tobias Keller <tobias@hartsfieldsash.example>", "outlook_de", """-- 
Tobias Keller
Kundenbetreuung (deutschsprachig) | Hartsfield Sash Windows
https://hartsfieldsash.example/de?utm_source=email"""),
    "solene": ("Solène Marchetti <solene@hartsfieldsash.example>", "apple_fr", """Solène Marchetti
Clientèle francophone | Hartsfield Sash Windows
+44 20 7946 0527"""),
    "lucia": ("Lucía Ferrer <lucia@hartsfieldsash.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente en español | Hartsfield Sash Windows
https://hartsfieldsash.example/es?ref=firma"""),
}

ACK = """Hello,

Thank you for contacting Hartsfield Sash Windows. Your enquiry has been logged
as {ref}. Our office is open Monday to Friday, 8am to 5pm, and we will reply
within 24 hours.

Broken pane or a sash that won't close tonight? Call 020 7946 0520.

Hartsfield Sash Windows
https://hartsfieldsash.example/help?enquiry={ref}"""

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
    "iphone": ["X-Mailer: iPhone Mail (22B83)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"],
    "helpdesk": ["X-Mailer: Hartsfield Enquiries 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hsw.", outlook_server="AM7P19")
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
    """The enquiries desk's automatic acknowledgement."""
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

QUOTE_RICHMOND_PDF = mailcraft.pdf(["Hartsfield Sash Windows - Quotation Q-3341",
                                    "Kew Road, Richmond: 6 sashes, first floor",
                                    "Draught-proofing, new parting and staff beads, cords as needed",
                                    "Total GBP 1,710.00 including VAT. Valid 90 days."])
QUOTE_HOVE_PDF = mailcraft.pdf(["Hartsfield Sash Windows - Revised quotation Q-3302/2",
                                "Ground and first floor, 7 sashes",
                                "A: with new brass pulleys GBP 3,480.00 incl. VAT",
                                "B: existing pulleys retained GBP 3,140.00 incl. VAT"])
QUOTE_HIGHBURY_PDF = mailcraft.pdf(["Hartsfield Sash Windows - Quotation Q-3329",
                                    "10 sashes, full overhaul with draught-proofing",
                                    "Total GBP 6,240.00 including VAT"])
DEVIS_PDF = mailcraft.pdf(["Hartsfield Sash Windows - Devis D-3335/2",
                           "Survitrage interieur, 4 fenetres, verre feuillete acoustique 6,8 mm",
                           "Total GBP 3,860.00 TTC"])
INSURANCE_PDF = mailcraft.pdf(["Certificate of Insurance - Hartsfield Sash Windows Ltd",
                               "Public liability: GBP 5,000,000",
                               "Period: 1 April 2026 to 31 March 2027"])
BROCHURE_PDF = mailcraft.pdf(["Hartsfield Sash Windows - Brochure and price guide 2026/27",
                              "Overhaul from GBP 340 per sash | Draught-proofing from GBP 285",
                              "Secondary glazing from GBP 780 | Survey GBP 95 (refunded on booking)"])
MOULD_PNG = mailcraft.png(10, 14, lambda x, y: (200 - 6 * y, 205 - 4 * x, 210 - 3 * y))
SASH_PNG = mailcraft.png(12, 16, lambda x, y: (235 - 5 * x, 228 - 3 * y, 214))
PANE_JPG_AS_PNG = mailcraft.png(14, 10, lambda x, y: (180 + 4 * x, 190 + 3 * y, 200))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("w01-clapham-first-survey", "en", "closed", {},
      "Fran Okafor <fran.okafor@okafor-home.example>", "gmail", "Survey for nine sashes in Clapham",
      "New owners ask three things about a survey in one paragraph (cost, deducted?, must someone be in); answered out of order, then a slot is booked.",
      cu("11-02 19:40", """Hello,

We've just bought a Victorian terrace off Clapham Common and it has nine original sash windows. Most of them rattle every time a bus goes past, and the two in the back bedroom have been painted shut by a previous owner (thanks, previous owner).

I was wondering whether you could come and survey them before Christmas. What does a survey cost, and is that taken off the bill if we go ahead with the work? I also need to know if one of us has to be at home for it - we're both in the office most days.

Many thanks,
Fran Okafor"""),
      ag("eleanor", "11-03 09:10", """Hi Fran,

Congratulations on the house! Nine originals is a lovely thing to have, even rattling ones.

Someone only needs to be in for the first ten minutes to let me in and point out the two stuck windows; after that I can work on my own and I'll leave my notes on the kitchen table. The survey is £95 and comes off the invoice in full if you book the work within three months.

I have Tuesday 17 November at 9:30 or at 2pm. Which would suit you?

Best wishes,
Eleanor"""),
      cu("11-03 12:55", """2pm on the 17th is perfect - my partner Sam will let you in.

Fran"""),
      ag("eleanor", "11-03 14:20", """Lovely - you're in the diary for Tuesday 17 November at 2pm. My mobile is 07700 900318 if anything changes on the day.

Eleanor""")),

    C("w02-richmond-draughtproofing", "en", "closed", {"unanswered-question": 1},
      "Gregory Ashworth <g.ashworth@ashworth-family.example>", "outlook", "Quote for draught-proofing - Kew Road",
      "Quote sent as a PDF and the request to work around a house guest handled; whether the brush strips show from the street is never said; thanks-only close.",
      cu("11-04 08:15", """Dear Hartsfield,

We would like a quote for draught-proofing the six sash windows on the first floor of our house in Richmond (Kew Road, 1890s). The measurements are below - I have done my best with a tape measure.

Front bedroom (x2): 1020 x 1780 mm
Back bedroom (x2): 860 x 1560 mm
Landing: 620 x 1200 mm
Bathroom: 620 x 1050 mm

Will the brush strips be visible from the street? My wife is keen that the front of the house looks exactly as it does now. We'd also need you to work around us, as my mother-in-law is staying in the back bedroom until mid-December.

Regards,
Gregory Ashworth""", uq=1),
      ag("eleanor", "11-04 15:30", """Dear Mr Ashworth,

Thank you for the measurements - they're plenty to go on. The quotation is attached: £1,710 for all six windows, which covers easing, new parting beads and staff beads, and new cords where needed.

We do one window at a time and each room is back in use by the end of the day, so we can leave the back bedroom until your mother-in-law has gone home, or do it on a day she's out - whichever she prefers.

Kind regards,
Eleanor Pryce""", attach=[("application/pdf", "Q-3341-Kew-Road.pdf", QUOTE_RICHMOND_PDF)]),
      cu("11-04 17:02", """Thank you, Eleanor. We'll look through it at the weekend.

Gregory""", thanks=True)),

    C("w03-ealing-inline", "en", "pending", {},
      "Rajiv Menon <rajiv.menon@menon-ealing.example>", "thunderbird", "Painted-shut windows",
      "A numbered list of three short questions answered inline under each quoted line: 'Nearly always', 'Included.', 'Three weeks'.",
      cu("11-16 07:50", """Morning,

Quick questions before I ring round other firms:

1. Can you free windows that have been painted shut without replacing anything?
2. Are new sash cords part of that, or extra?
3. How far ahead are you booking at the moment?

Ta,
Rajiv"""),
      ag("callum", "11-16 11:05", """Hi Rajiv,

> 1. Can you free windows that have been painted shut without replacing anything?

Nearly always - we cut the paint line, ease off the beads and rehang the sash. Replacement only comes into it if a bead splits, and beads are cheap.

> 2. Are new sash cords part of that, or extra?

Included.

> 3. How far ahead are you booking at the moment?

Three weeks, give or take - first week of December.

Callum""", quote=False)),

    C("w04-kensington-listed-secondary", "en", "pending", {"unanswered-question": 2},
      "Imogen Strand <imogen.strand@strandmail.example>", "apple", "Secondary glazing for a listed flat",
      "Three questions buried in one long paragraph; the reply gives a price and offers survey dates, but says nothing about listed building consent or lifting the panels out in summer.",
      cu("11-15 21:30", """Dear Eleanor,

A friend gave me your name after you did her flat on Elgin Crescent. I live in a grade II listed mansion flat in Kensington with five tall sashes facing the main road, and the traffic noise is getting unbearable - I'm a light sleeper and the bedroom is at the front. Replacing the windows is out of the question, obviously, so I'm thinking about secondary glazing. What would it cost for the bedroom and the sitting room (three windows, each roughly 1.1 m wide by 2.3 m tall)? Do the secondary units need listed building consent, or is that only for changes to the windows themselves? I'd also like to know whether they can be lifted out in summer, as I like to have the sashes wide open from June onwards.

With thanks,
Imogen Strand""", uq=2),
      ag("eleanor", "11-16 09:20", """Dear Dr Strand,

Thank you - I remember Elgin Crescent well.

For three windows of that size in our slimline aluminium system with 6.8 mm acoustic laminated glass, you'd be looking at about £2,950 including fitting, with the frames powder-coated to match your paintwork. I'd firm that up once I've measured; I have Thursday 26 or Friday 27 November free if either works for you.

Kind regards,
Eleanor""")),

    C("w05-hove-revised-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Olly Braithwaite <olly@braithwaite.example>", "iphone", "Quote - leaving out the basement",
      "Revised quote promised 'by Thursday' arrives the following Tuesday, after the customer chases: kept late = missed.",
      cu("11-09 08:05", """Hi Eleanor,

Thanks for coming round on Friday. We've had a think and we'd like to leave the two basement windows out of it for now - can you redo the quote for just the ground and first floors? And does the price change if we go for the draught-proofing but not the new pulleys?

Olly

Sent from my iPhone"""),
      ag("eleanor", "11-09 10:40", """Hi Olly,

No problem at all. Leaving the pulleys out does bring it down - the old ones are sound, so it's really a question of how smoothly you want them to run. I'll redo the figures both ways, with and without pulleys, and send the revised quote over by Thursday.

Eleanor""", promises=[("11-12", 4)]),
      cu("11-16 19:20", """Hi Eleanor, any news on the revised quote? We'd hoped to have it sorted before the builders start on the kitchen.

Olly

Sent from my iPhone""", chase=True),
      ag("eleanor", "11-17 08:45", """Hi Olly,

I'm sorry - that sat in my drafts all last week. Revised quote attached: £3,480 for the ground and first floors with new pulleys, or £3,140 keeping the existing ones. Both include the draught-proofing.

Eleanor""", attach=[("application/pdf", "Q-3302-2-revised.pdf", QUOTE_HOVE_PDF)])),

    C("w06-bath-listed-insurance", "en", "closed", {},
      "Simon Achterberg <simon@crescentmanagement.example>", "outlook", "Sash overhaul - listed terrace, Bath",
      "Managing agent asks for listed-building examples and the insurance certificate: answered with a link and a PDF; his signature has a '?' and a '?' URL; thanks-only close.",
      cu("11-05 10:20", """Good morning,

I manage a block of six flats in a listed Georgian terrace in Bath, and the freeholders have asked me to get quotes for overhauling the sashes on the front elevation (24 windows).

Do you have examples of work you've done on listed buildings? And please send a copy of your public liability insurance certificate - the conservation officer at the council wants it with the application.

Kind regards,
Simon Achterberg
Crescent Property Management
www.crescentmanagement.example | Reporting a repair? https://crescentmanagement.example/repairs?src=email""", kind="alt"),
      ag("eleanor", "11-05 14:00", """Dear Simon,

Case studies of our listed work, including two terraces in Bath and one in Cheltenham: https://hartsfieldsash.example/projects?type=listed

Our insurance certificate (£5m public liability, valid to March 2027) is attached.

Kind regards,
Eleanor Pryce""", attach=[("application/pdf", "HSW-insurance-2026-27.pdf", INSURANCE_PDF)]),
      cu("11-05 15:10", """Thanks Eleanor, that's exactly what I needed. I'll be in touch once the freeholders have met.

Simon Achterberg
Crescent Property Management
www.crescentmanagement.example | Reporting a repair? https://crescentmanagement.example/repairs?src=email""", thanks=True)),

    C("w07-whitstable-sill-rot", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Bryony Tull <bryony.tull@seasidecottage.example>", "gmail", "Rotten sill on our bay window",
      "Only the acknowledgement answers; two days later the customer replies to her own mail to ask whether it arrived.",
      cu("11-16 08:30", """Hello,

The bottom rail and the sill on our front bay have gone soft - I can push a screwdriver into the wood. Could you let me know whether this is something you repair, or is it a new window at this point? We're in Whitstable, if that's within your area.

Bryony Tull"""),
      ack("11-16 08:31"),
      cu("11-18 12:10", """Hi again,

Just checking in - did my email below reach you? I'd like to get it sorted before the weather turns properly.

Bryony""", chase=True)),

    C("w08-islington-rechnungsadresse", "de", "closed", {"unanswered-question": 1},
      "Annegret Fuchs <a.fuchs@fuchs-beratung.example>", "outlook_de", "Klemmende Schiebefenster im Erdgeschoss",
      "German customer: a visit with a price range is offered and accepted; the request to invoice her company instead of her privately is ignored.",
      cu("11-05 09:10", """Sehr geehrter Herr Keller,

wir haben vor zwei Jahren ein viktorianisches Reihenhaus in Islington gekauft, und die Schiebefenster im Erdgeschoss klemmen inzwischen so stark, dass wir sie kaum noch öffnen können. Könnten Sie sich die Fenster einmal ansehen und uns ein Angebot machen? Es handelt sich um vier Fenster.

Die Rechnung stellen Sie bitte später auf meine Firma aus (Fuchs Beratung GmbH, 12 Cross Street, London N1 2BP), nicht auf mich privat.

Mit freundlichen Grüßen
Annegret Fuchs""", uq=1),
      ag("tobias", "11-05 13:40", """Sehr geehrte Frau Dr. Fuchs,

vielen Dank für Ihre Nachricht. Ich sehe mir die vier Fenster gern an, am Mittwoch, 11. November, um 10 Uhr wäre ich in Islington; das dauert etwa eine Stunde. Für das Gängigmachen mit neuen Seilen und Dichtungen rechnen wir erfahrungsgemäß mit 380 bis 450 £ pro Fenster, je nachdem, in welchem Zustand Rollen und Gewichte sind.

Mit freundlichen Grüßen
Tobias Keller"""),
      cu("11-05 16:45", """Mittwoch um 10 Uhr passt uns gut, vielen Dank.

A. Fuchs""", thanks=True)),

    C("w09-hammersmith-calfeutrage", "fr", "pending", {},
      "Bérénice Laval <berenice.laval@laval-famille.example>", "apple_fr", "Joints pour fenêtres à guillotine",
      "Three French questions (draught-proofing without replacing, noise, duration) answered in two paragraphs, out of order.",
      cu("11-17 18:45", """Bonjour,

Nous habitons au deuxième étage d'une maison victorienne à Hammersmith, avec trois fenêtres à guillotine d'origine. L'hiver dernier, on sentait littéralement le vent passer dans le salon.

Est-ce que vous posez des joints sans changer les fenêtres ? Et j'aimerais savoir si cela réduit aussi un peu le bruit de la rue, ou seulement les courants d'air.

Dernière chose : combien de temps dure l'intervention pour trois fenêtres ? Je télétravaille et je dois m'organiser.

Merci d'avance,
Bérénice Laval"""),
      ag("solene", "11-18 10:05", """Bonjour Madame Laval,

Oui, c'est même l'essentiel de notre travail : nous posons des joints brosse discrets dans les montants et les traverses, sans toucher au vitrage. Pour trois fenêtres, comptez une journée, de 8h30 à 16h environ ; nous travaillons pièce par pièce, vous pourrez donc garder un bureau au calme.

Côté bruit, le gain est réel mais modeste : les joints bouchent les fuites d'air, et le son passe en grande partie par là. Pour un vrai confort acoustique, il faudrait un survitrage intérieur.

Bien cordialement,
Solène Marchetti""")),

    C("w10-camden-visita", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Macarena Ruiz Ortega <macarena.ruiz@correo-ruiz.example>", "gmail_es", "Ventanas de guillotina - visita",
      "Spanish customer: glass question answered; the visit date is promised for 'mañana' and never comes; she chases and gets no answer.",
      cu("11-03 10:30", """Hola Lucía:

Te escribo de parte de mi vecina Pilar, a la que le restaurasteis las ventanas el año pasado. Vivo en Camden, en la misma calle, y tengo cuatro ventanas de guillotina que no cierran bien; en una de ellas el cristal de arriba está rajado.

¿Podríais venir a verlas la semana que viene? ¿Y cambiáis también cristales rotos, o tendría que buscar a un cristalero aparte?

Muchas gracias,
Macarena"""),
      ag("lucia", "11-03 16:20", """Hola, Macarena:

¡Qué alegría que nos recomiende Pilar! Sí, el cristal lo cambiamos nosotros: ponemos vidrio de reposición con aspecto antiguo para que no desentone con los demás.

Para la visita tengo que cuadrarlo con la agenda de Eleanor; te confirmo día y hora mañana.

Un saludo,
Lucía""", promises=[("11-04", None)]),
      cu("11-09 11:00", """Hola Lucía:

¿Sabes algo ya de la visita? Me dijiste que me lo confirmabas al día siguiente y sigo sin noticias.

Un saludo,
Macarena""", chase=True)),

    C("w11-greenwich-dropped-sash", "en", "closed", {"reopened": 1},
      "Tom Hargreaves <tom@hargreaves-greenwich.example>", "thunderbird", "Kitchen top sash sliding down",
      "Guarantee visit fixes a dropping sash and the agent marks the ticket resolved; six days later the customer reports it creeping again and asks about the pulley.",
      cu("11-02 09:00", """Hi,

You overhauled our windows in September (job HS-2207). The top sash in the kitchen now won't stay up - it slides down a couple of inches every night. Can someone come and look at it? It was fine until the cold snap.

Tom Hargreaves"""),
      ag("callum", "11-02 11:30", """Hi Tom,

Sorry to hear that. From what you describe, the counterweight is a touch light for that sash now the new parting bead is in - a quick fix. I can be with you on Wednesday 4 November between 8 and 9am, no charge as it's under our guarantee.

Callum"""),
      cu("11-02 12:00", """Wednesday morning is fine, thanks.

Tom""", thanks=True),
      ag("callum", "11-04 15:10", """Hi Tom,

For your records: I added 450 g to the kitchen top sash weights this morning and it now holds at any height. I'll mark this ticket as resolved.

Callum""", closes=True),
      cu("11-10 07:40", """Morning Callum,

Sorry to be a pain, but the same sash is creeping down again - not as badly, maybe half an inch overnight. Is it possible the pulley is worn as well? Could you pop back when you're next in the area?

Tom"""),
      ag("callum", "11-10 10:15", """Hi Tom,

Not a pain at all. It could well be the pulley - the axles on those old cast-iron ones wear oval and let the cord slip. I'm in Greenwich on Friday 13 November and have put you in for 2pm to swap it; still under guarantee.

Callum""")),

    C("w12-jericho-friday-evening", "en", "closed", {"slow-first-response": 1},
      "Philippa Drummond <pdrummond@jericho-terrace.example>", "gmail", "Cracked panes and a missing catch - Oxford",
      "Friday-afternoon enquiry gets only the acknowledgement until Monday (slow first response); prices given, photos sent, firm price confirmed.",
      cu("11-06 16:40", """Hello,

I own a small terrace in Jericho, Oxford, with the original 1870s sashes. Two of them have cracked panes and one has lost its catch, so it can't be locked. Do you work as far out as Oxford? If so, could you give me a rough idea of the cost for the glass and the catch?

Philippa Drummond"""),
      ack("11-06 16:41"),
      ag("eleanor", "11-09 09:15", """Dear Philippa,

Oxford is within our area - we're there most weeks. A cracked pane runs from £140 to £190 depending on size (we reglaze in the old bars with linseed putty), and a new brass fitch catch is £55 fitted.

For a firm price, send me photos of the two panes with a tape measure held across them.

Best wishes,
Eleanor"""),
      cu("11-09 20:30", """Photos attached - the bigger one is the front room, 54 x 61 cm, the smaller is on the landing, 38 x 44 cm.

Philippa""", attach=[("image/png", "front-room-pane.png", PANE_JPG_AS_PNG), ("image/png", "landing-pane.png", SASH_PNG)]),
      ag("eleanor", "11-10 08:50", """Thanks Philippa - £175 for the front room pane and £140 for the landing, plus £55 for the catch: £370 in all, including VAT. We could do it on Thursday 19 November if that works.

Eleanor""")),

    C("w13-hampstead-weights-shutters", "en", "pending", {"unanswered-question": 1},
      "Nick Fairweather <nick@fairweather-nw3.example>", "owa", "Slimline glazing - front windows",
      "Weights question answered in detail; the request to check the internal shutters will still fold back is skipped.",
      cu("11-16 12:15", """Hi Eleanor,

Following your visit, we've decided to go with slimline double glazing in the existing sashes for the three front windows rather than secondary glazing.

Two things before we sign: I take it the heavier glass means new weights - will you be using lead, or are the cast iron ones adequate if you add to them? Could you also check whether the internal shutters will still fold back properly once the deeper glazing bars are in? They're the original ones and we don't want them altered.

Best,
Nick""", uq=1),
      ag("eleanor", "11-16 17:40", """Hi Nick,

Great news. The new units add about 40% to the weight of each sash, so we'll swap the cast iron weights for lead ones - cast iron of the right weight would be too long for your boxes. That's already in the quote at £65 a window.

Best,
Eleanor""")),

    C("w14-marylebone-three-agents", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Charlotte Beaumont <charlotte@beaumont-marylebone.example>", "gmail", "Q-3318 - next steps",
      "Three agents (surveys, accounts, workshop) answer a list of four questions; Callum's start dates promised for tomorrow arrive on time; the wisteria question is never touched.",
      cu("11-16 09:30", """Hello,

We accepted your quote last week (Q-3318, twelve windows, full overhaul). A few questions now that it's real:

- When could you start? We're away 14-22 December, which might actually be ideal.
- How much of a deposit do you need and how do I pay it?
- Will you need to park a van outside? We're in a residents' permit zone.
- Do we need to cut back the wisteria on the front? It's grown over two of the windows.

Charlotte Beaumont""", uq=1),
      ag("eleanor", "11-16 11:00", """Hi Charlotte,

Thank you for going ahead! Callum runs the workshop diary and will email you tomorrow with start dates - he'll know whether the December gap works. I've asked Priya in accounts to send you the deposit details.

Parking: yes, one van for the duration. We apply for a suspended bay with Westminster ourselves, so you don't need to do anything.

Best wishes,
Eleanor""", promises=[("11-17", 4)]),
      ag("priya", "11-16 14:25", """Dear Charlotte,

The deposit is 25% of the quote - £2,115 - by bank transfer to Hartsfield Sash Windows Ltd, sort code 04-00-75, account 31926480, reference Q-3318.

Kind regards,
Priya Raman"""),
      ag("callum", "11-17 10:30", """Hi Charlotte,

Your dates are ideal: two joiners from Monday 14 to Friday 18 December, and the last two windows on the 21st and 22nd. It would help if you could leave a set of keys with a neighbour.

Callum""")),

    C("w15-fulham-template", "en", "pending", {"unanswered-question": 2},
      "Annabel Crisp <annabel.crisp@crisp-design.example>", "gmail", "Brochure and prices please",
      "A templated reply sends the brochure and nothing else: the workshop-or-on-site question and the call-before-arriving request (anxious dog) are ignored.",
      cu("11-18 13:05", """Hi there,

Could you send me your brochure and price guide for sash restoration? We're renovating a 1905 semi in Fulham.

While I'm writing: do you ever take the sashes back to the workshop, or is it all done on site? And please note we have a very anxious rescue dog, so I'd need a call half an hour before anyone arrives.

Thanks,
Annabel""", uq=2),
      ack("11-18 13:06"),
      ag("eleanor", "11-18 15:30", """Dear Annabel,

Thank you for your enquiry. Our brochure and price guide are attached, and you can see recent projects at https://hartsfieldsash.example/projects.

To book a survey (£95, refunded when you go ahead), just reply with your address and two or three dates that suit you.

Kind regards,
The Hartsfield team""", sig=False, attach=[("application/pdf", "Hartsfield-brochure-2026.pdf", BROCHURE_PDF)])),

    C("w16-dulwich-conditional", "en", "closed", {},
      "Hugh Merriman <hugh.merriman@merriman.example>", "apple", "Your quote for the seven windows",
      "Guarantee and price-hold questions answered; a conditional offer ('just say the word') is not a promise; thanks-only reply.",
      cu("11-06 11:20", """Dear Eleanor,

Thank you for the quote for the seven windows. Before we decide: is the 10-year guarantee on the workmanship only, or does it cover the new cords and pulleys as well? And would the price hold if we postponed until March?

Hugh"""),
      ag("eleanor", "11-06 15:45", """Dear Hugh,

The guarantee covers everything we fit - cords, pulleys, beads and draught-proofing - as well as the workmanship. The price holds until 31 March; after that we review our rates, usually by 3 or 4%.

If it helps, I can pencil you in for the first week of March now and you can confirm nearer the time - just say the word.

Best wishes,
Eleanor"""),
      cu("11-06 18:10", """Thank you, that's very clear. We'll talk it over this weekend and let you know.

Hugh""", thanks=True)),

    C("w17-stockwell-logistics", "en", "closed", {},
      "Deborah Nwosu <deborah.nwosu@nwosu-stockwell.example>", "outlook", "Next week's work",
      "Practical questions (arrival time, furniture, waste) answered; the arrival time and waste removal are logistics, not promises.",
      cu("11-04 19:10", """Hello Callum,

We're all set for next week. A couple of practical things: what time will your team arrive on Wednesday, and do we need to move furniture away from the windows ourselves? Also, where will you put the old cords and paint scrapings? We don't have room for a skip.

Deborah"""),
      ag("callum", "11-05 08:20", """Hi Deborah,

The team arrives between 8 and 8:30 on Wednesday 11th and works until about 4:30. If you can clear about a metre in front of each window that's ideal; we put dust sheets over anything that stays.

No skip needed - all the waste is bagged and goes away in the van each evening.

Callum""")),

    C("w18-bloomsbury-drawing-ahead", "en", "pending", {},
      "Alistair Greaves <a.greaves@greaves-bloomsbury.example>", "thunderbird", "Glazing bar drawing for Camden",
      "Unit thickness answered with a figure; the bar-profile drawing is promised by Tuesday 24 November, a deadline still ahead at audit time.",
      cu("11-18 10:00", """Dear Ms Pryce,

The conservation officer at Camden has asked for a drawing of the proposed glazing bar profile before she will approve the slimline units for our front elevation. Could you provide one? She would also like to know the overall thickness of the glazed unit.

Yours sincerely,
Alistair Greaves"""),
      ag("eleanor", "11-18 14:30", """Dear Professor Greaves,

12 mm overall: 4 mm glass, a 4 mm krypton-filled cavity and 4 mm glass. Camden's officers have approved that build-up on several listed houses.

I'll ask our draughtsman for a 1:1 bar profile drawing and send it to you by Tuesday 24 November.

Kind regards,
Eleanor Pryce""", promises=[("11-24", None)])),

    C("w19-islington-horn", "en", "closed", {},
      "Ruth Ashby <ruth@ashby-studio.example>", "gmail", "Snapped horn on the bay sash",
      "Whether the sash must come out is answered at once; matching the moulding is checked 'early next week' (Thursday) and answered on Monday; the booking is confirmed.",
      cu("11-05 08:40", """Hi Eleanor,

One of the horns has snapped off the top sash in our bay (the little decorative bits at the bottom of the stiles). Can your workshop make a matching one? And would the sash need to come out of the frame for that?

Ruth"""),
      ag("eleanor", "11-05 12:10", """Hi Ruth,

It would have to come out - the horn is jointed into the stile, so the joiner needs the sash on the bench, usually for two days. We board the opening in the meantime.

Whether we can match the moulding exactly I'll check with the workshop and come back to you early next week.

Eleanor""", promises=[("11-10", 3)]),
      ag("eleanor", "11-09 16:00", """Hi Ruth,

Good news from the workshop: they still have the cutter for that exact ogee profile from a job in Canonbury, so a matching horn is no problem. £160 including taking the sash out and refitting it.

Eleanor"""),
      cu("11-09 18:00", """Brilliant. Please book it in - any weekday after the 23rd works for us.

Ruth"""),
      ag("eleanor", "11-10 09:00", """Booked for Wednesday 25 November: the joiner collects the sash at 8:30am and brings it back on the Friday.

Eleanor""")),

    C("w20-putney-deposit-colleague", "en", "closed", {},
      "Marcus Delaney <marcus.delaney@delaney-putney.example>", "gmail", "Deposit for HS-2291",
      "Balance question answered by Callum, who says Priya will confirm the deposit today; she does, in a reply tagged [Resolved].",
      cu("11-03 08:20", """Hello,

I paid the deposit for job HS-2291 by bank transfer yesterday. Can you confirm it has arrived? Also, the balance - is that due on completion or within 30 days?

Marcus Delaney"""),
      ag("callum", "11-03 09:05", """Hi Marcus,

The balance is due on completion: the final invoice goes out the day we finish, payable within 7 days.

I've asked Priya in accounts to check the deposit - she'll be in touch today.

Callum""", promises=[("11-03", 3)]),
      ag("priya", "11-03 13:40", """Dear Mr Delaney,

Your deposit of £1,380 arrived this morning, thank you. HS-2291 is marked as paid.

Kind regards,
Priya Raman""", subject="[Resolved] RE: Deposit for HS-2291", closes=True)),

    C("w21-kentish-town-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Siobhan Gallagher <siobhan.gallagher@gallagher-nw5.example>", "outlook", "Survey booking - Leighton Road",
      "Survey request resent five days later as a new mail with the same subject ('Sending this again as I haven't had a reply'); no reply at all.",
      cu("11-12 21:15", """Hello,

I'd like to book a survey for the sash windows at 41 Leighton Road, NW5 - there are eight in total over three floors. I'm free any weekday after 3pm or on Saturday mornings.

Please let me know what dates you have.

Siobhan Gallagher"""),
      cu("11-17 08:05", """Hello,

Sending this again as I haven't had a reply. I'd like to book a survey for the sash windows at 41 Leighton Road, NW5: eight windows over three floors. Any weekday after 3pm or Saturday morning.

Please let me know what dates you have.

Siobhan Gallagher""", chase=True, parent=0)),

    C("w22-highbury-chased-twice", "en", "pending", {"missed-follow-up": 1, "customer-chased": 2},
      "Ewan Mackintosh <ewan@mackintosh-n5.example>", "gmail", "Written quote after the survey",
      "Quote promised 'by Friday' after the survey; the customer chases twice ('Just following up', 'I'm still waiting') and gets it ten days late.",
      cu("11-03 14:00", """Hi Eleanor,

Thanks for the survey this morning. When can we expect the written quote? We'd like to get a couple of comparisons in before Christmas.

Ewan"""),
      ag("eleanor", "11-03 17:20", """Hi Ewan,

My pleasure - lovely house. I'll write it up and send the quote to you by Friday.

Eleanor""", promises=[("11-06", 5)]),
      cu("11-10 09:30", """Hi Eleanor,

Just following up on the quote - has it gone out? Nothing's arrived here, and I've checked the spam folder.

Ewan""", chase=True),
      cu("11-16 08:15", """Eleanor, I'm still waiting for the quote from the survey on the 3rd. Could you send it today please? Otherwise we'll go with one of the others.

Ewan""", chase=True),
      ag("eleanor", "11-16 11:30", """Ewan, I'm really sorry - no excuse, it's been a hectic fortnight. Quote attached: ten windows, full overhaul with draught-proofing, £6,240 including VAT.

Eleanor""", attach=[("application/pdf", "Q-3329-Highbury.pdf", QUOTE_HIGHBURY_PDF)])),

    C("w23-battersea-condensation", "en", "closed", {},
      "Lina Petrovic <lina.petrovic@petrovic-sw11.example>", "iphone", "Condensation on our sashes",
      "A second mail with the forgotten photo before any reply is not a chase; both the condensation question and the mould are answered.",
      cu("11-04 07:55", """Hi,

We've got condensation pouring down the inside of our sashes every morning and the paint on the sills is starting to peel. Would secondary glazing fix that, or make it worse?

Lina

Sent from my iPhone"""),
      cu("11-04 08:02", """Forgot the photo - here's the worst one, back bedroom, taken at 7am. The black bits in the corners are mould.

Lina

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", MOULD_PNG)]),
      ag("eleanor", "11-04 11:30", """Hi Lina,

Thanks for the photo - that's a classic cold-glass problem. Secondary glazing helps: the inner pane stays much warmer, so there's less for the moisture to condense on. It does need a small trickle vent, or the condensation just moves to the outer pane; we'd always fit one in a bedroom.

The mould in the corners comes off with a dilute bleach wash, and once it's dry we can treat and repaint the sills as part of the job.

Eleanor""")),

    C("w24-clapton-rhetorical", "en", "pending", {},
      "Jake Holloway <jake@holloway-e5.example>", "gmail", "Windows - thank you, and a question",
      "A rhetorical question and a self-answered one ('Ah, ignore me') next to two real ones (waxing the runners, passing on the number), both answered.",
      cu("11-17 20:15", """Hi Callum,

Who knew a single window could let in that much wind? Since you rehung the sashes last month the difference is night and day, and the heating bill agrees.

Two things while I think of it. Where's the guarantee reference on the invoice? Ah, ignore me, it's in the top right-hand corner. What I do actually need to know is whether I should be waxing the runners, and how often.

Also, my neighbour at no. 14 wants the same done to hers. Can I pass her your number?

Cheers,
Jake"""),
      ag("callum", "11-18 08:30", """Hi Jake,

Glad to hear it! A rub of candle wax or furniture wax on the staff beads once a year is plenty - more often if a sash starts to feel sticky. And please do pass my number on (07700 900744), or she can email us here.

Callum""")),

    C("w25-canonbury-estate-agent", "en", "closed", {},
      "Rebecca Thorne <rebecca.thorne@thorneandco-estates.example>", "outlook", "Condition report for a sale - Canonbury",
      "Estate agent asks three things (report instead of quote, cost, turnaround), all answered; her signature's 'Thinking of selling?' and '?' URL are not questions; acknowledgement-only close.",
      cu("11-02 12:20", """Hi,

I'm selling a Georgian townhouse in Canonbury for a client and the buyer's surveyor has flagged the sashes as "in need of attention". Could you do a condition report we can show the buyer, rather than a sales quote? And roughly what would that cost and how quickly could you turn it around?

Kind regards,
Rebecca Thorne
Senior Negotiator, Thorne & Co Estate Agents
Thinking of selling? Book a free valuation: https://thorneandco-estates.example/valuation?src=email-sig"""),
      ag("eleanor", "11-02 16:05", """Dear Rebecca,

Yes - we write condition reports for sales quite often. Each window gets photos, a rating and a costed recommendation, which surveyors and buyers' solicitors are used to seeing. It's £180 for a house that size, and we normally turn them round within three working days of the visit.

If you'd like one, I could be at the property on Thursday 5 November at 11.

Kind regards,
Eleanor Pryce"""),
      cu("11-02 16:30", """Thursday at 11 is fine - the vendor will be in. Thanks Eleanor.

Rebecca Thorne
Senior Negotiator, Thorne & Co Estate Agents
Thinking of selling? Book a free valuation: https://thorneandco-estates.example/valuation?src=email-sig""", thanks=True)),

    C("w26-walthamstow-epc-html", "en", "closed", {"unanswered-question": 1},
      "Geraldine Foster <gfoster@foster-lettings.example>", "owa", "Draught-proofing for four rental flats",
      "HTML-only mail from Outlook on the web: same-week scheduling answered with dates; the EPC question is not.",
      cu("11-05 10:45", """Hello,

I'm a landlord with four Victorian flats in Walthamstow, all with original sashes, and the new EPC rules mean I need to improve the ratings before 2028. How much would draught-proofing improve an EPC score, realistically? I'd also want all four flats done in the same week if possible, as the tenants have agreed to it - is that something you can schedule?

Geraldine Foster
Foster Lettings""", kind="html", uq=1),
      ag("eleanor", "11-05 15:20", """Dear Geraldine,

Four flats in one week is fine - we'd put two teams on it. The weeks of 30 November and 7 December are both free at the moment.

Kind regards,
Eleanor Pryce""")),

    C("w27-stoke-newington-plomo", "es", "pending", {"unanswered-question": 1},
      "Íñigo Zubiaurre <inigo.zubiaurre@zubiaurre.example>", "gmail_es", "Restaurar cinco ventanas",
      "Base64-encoded Spanish mail: price and lead-dust questions answered; the request to invoice his company is ignored.",
      cu("11-16 09:20", """Buenos días:

Vivo en un piso de Stoke Newington con cinco ventanas de guillotina. Este invierno quiero por fin arreglarlas, pero tengo un par de dudas.

¿Cuánto cuesta más o menos restaurar una ventana normal, con cuerdas nuevas y burletes? Y otra cosa: tengo asma y me preocupa el polvo de la pintura vieja, que seguramente lleva plomo. ¿Qué medidas tomáis para no dejar polvo de plomo en casa?

Por último, os agradecería que me hicierais la factura a nombre de mi empresa, Zubiaurre Translations Ltd.

Saludos,
Íñigo""", cte="base64", uq=1),
      ag("lucia", "11-16 14:10", """Hola, Íñigo:

Una ventana normal, con cuerdas nuevas, burletes de cepillo y ajuste de junquillos, sale por unas 320-380 £, IVA incluido; el precio exacto depende de lo que veamos en la visita.

Con el plomo somos muy cuidadosos: lijamos con aspiración en origen, cubrimos suelo y muebles con plástico y pasamos aspirador con filtro HEPA al terminar cada día. Si quieres, hacemos antes un test de plomo en la pintura.

Un saludo,
Lucía""")),

    C("w28-barnes-out-of-office", "en", "closed", {},
      "Victoria Lund <victoria@lund-barnes.example>", "gmail", "Toughened glass for the bathroom window",
      "Price question answered with a figure and a date; the customer's own out-of-office reply (X-Autoreply) lands in the thread.",
      cu("11-04 16:20", """Hi,

Could you give me a price for replacing the glass in one sash with toughened glass? It's the window next to the bath and our insurer has flagged it. It's a single pane, 58 x 72 cm.

Thanks,
Victoria"""),
      ag("eleanor", "11-05 08:30", """Hi Victoria,

£195 including VAT for a toughened pane that size, fitted. We'd use a lightly reeded obscure glass unless you'd rather have clear. The earliest we could do it is Monday 16 November.

Best wishes,
Eleanor"""),
      auto("11-05 08:31", """Thank you for your email. I'm away until Monday 16 November with no access to email. For anything urgent please call 07700 900152.

Victoria Lund""", quote=False, subject="Re: Toughened glass for the bathroom window")),

    C("w29-walthamstow-wavy-glass", "en", "closed", {"unanswered-question": 1},
      "Ade Bankole <ade.bankole@bankole-e17.example>", "apple", "Quote - two questions",
      "Oak sills priced; asked whether old wavy glass can be matched, the agent talks about safety standards and putty instead.",
      cu("11-06 09:40", """Hi Eleanor,

Thanks for the quote. Two questions before I sign:

How much extra would new oak sills be for the two back windows, instead of the repairs you've priced?

And if one of the old panes in the front bay cracks while you're working on it, can you match the wavy glass, or would it stand out?

Ade""", uq=1),
      ag("eleanor", "11-06 14:20", """Hi Ade,

New oak sills for the two back windows would be £420 on top of the quote (£210 each), in place of the resin repair line.

All the glass we fit meets current safety standards, and we always take great care when we cut out the old putty.

Eleanor""")),

    C("w30-chiswick-rain", "en", "closed", {},
      "Penelope Garrard <pen.garrard@garrard-w4.example>", "iphone", "Thursday",
      "Two short questions in one line (still coming? does rain stop you?) answered in two sentences; thanks-only reply.",
      cu("11-09 07:15", """Morning Callum, is the team still coming on Thursday? The forecast looks grim - does rain stop you working on the outside?

Pen

Sent from my iPhone"""),
      ag("callum", "11-09 08:10", """Morning Pen,

Yes, Thursday 12th at 8:30 as planned. Rain only holds up the outside painting; everything else is done from inside, and the paint can be done on a dry day at no extra charge.

Callum"""),
      cu("11-09 08:25", """Brilliant, thanks Callum! See you Thursday.

Pen

Sent from my iPhone""", thanks=True)),

    C("w31-highgate-architekt", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Jörg Brandt <joerg.brandt@brandt-architekten.example>", "gmail_de", "Schiebefenster Highgate - Ausschreibung",
      "Hamburg architect: tendering question answered, vacuum-glazing details promised 'bis Freitag' and never sent; the request for two reference projects is skipped.",
      cu("11-02 10:15", """Sehr geehrter Herr Keller,

wir betreuen als Architekten die Sanierung eines denkmalgeschützten Stadthauses in Highgate für einen deutschen Bauherrn. Die 14 Schiebefenster sollen erhalten und energetisch ertüchtigt werden.

Können Sie nach unserem Leistungsverzeichnis anbieten, oder arbeiten Sie nur mit Pauschalangeboten? Außerdem würde mich interessieren, ob Sie Erfahrung mit Vakuumisolierglas in historischen Flügeln haben. Nennen Sie uns bitte auch zwei Referenzobjekte in London, die wir uns ansehen könnten.

Mit freundlichen Grüßen
Jörg Brandt
Brandt Architekten, Hamburg""", uq=1),
      ag("tobias", "11-02 14:30", """Sehr geehrter Herr Brandt,

vielen Dank für Ihre Anfrage. Wir bieten selbstverständlich nach Ihrem Leistungsverzeichnis an; schicken Sie es uns gern als PDF oder GAEB-Datei.

Vakuumisolierglas haben wir bisher in zwei Projekten eingesetzt. Welche Flügelstärke dafür mindestens nötig ist, kläre ich mit unserer Werkstatt und melde mich bis Freitag mit den Details bei Ihnen.

Mit freundlichen Grüßen
Tobias Keller""", client="thunderbird_de", promises=[("11-06", None)]),
      tz=1),

    C("w32-richmond-inline-de", "de", "pending", {},
      "Sabine Kowalczyk <sabine.kowalczyk@kowalczyk.example>", "thunderbird_de", "Fragen nach der Besichtigung",
      "Three German questions after a survey answered inline, each under its quoted line.",
      cu("11-17 19:30", """Hallo Herr Keller,

danke für die Besichtigung heute. Ein paar Fragen habe ich noch:

Wie lange dauert die Aufarbeitung aller sechs Fenster?
Müssen wir während der Arbeiten ausziehen, oder können wir im Haus bleiben?
Gibt es eine Garantie auf die neuen Seile und Rollen?

Viele Grüße
Sabine Kowalczyk"""),
      ag("tobias", "11-18 09:15", """Hallo Frau Kowalczyk,

> Wie lange dauert die Aufarbeitung aller sechs Fenster?

Sechs Arbeitstage, mit zwei Tischlern.

> Müssen wir während der Arbeiten ausziehen, oder können wir im Haus bleiben?

Bleiben Sie ruhig - wir arbeiten Raum für Raum, und abends ist jedes Fenster wieder eingesetzt und verschlossen.

> Gibt es eine Garantie auf die neuen Seile und Rollen?

Ja, zehn Jahre, wie auf alle unsere Arbeiten.

Viele Grüße
Tobias Keller""", client="thunderbird_de", quote=False)),

    C("w33-belsize-warte", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Friedrich von Ahlen <f.vonahlen@vonahlen.example>", "outlook_de", "Beschädigter Fensterflügel im Treppenhaus",
      "Photo of a broken sash; an offer with a date is promised for tomorrow, the customer writes 'ich warte immer noch', the offer comes six days late.",
      cu("11-09 11:00", """Sehr geehrter Herr Keller,

anbei das Foto des beschädigten Fensterflügels im Treppenhaus. Der untere Flügel ist aus der Führung gesprungen, und eine Scheibe hat einen Sprung. Was würde die Reparatur kosten, und wann könnten Sie kommen?

Mit freundlichen Grüßen
Friedrich von Ahlen""", attach=[("image/png", "Treppenhaus-Fenster.png", SASH_PNG)]),
      ag("tobias", "11-09 15:20", """Sehr geehrter Herr von Ahlen,

danke für das Foto. Vermutlich ist die Trennleiste gebrochen, das ist schnell behoben. Wegen der Scheibe frage ich beim Glaser nach dem Preis für Zylinderglas in dieser Größe und melde mich morgen mit einem Angebot und einem Termin.

Mit freundlichen Grüßen
Tobias Keller""", promises=[("11-10", 4)]),
      cu("11-16 08:40", """Sehr geehrter Herr Keller,

ich warte immer noch auf Ihr Angebot. Gibt es schon etwas Neues?

Mit freundlichen Grüßen
Friedrich von Ahlen""", chase=True),
      ag("tobias", "11-16 12:30", """Sehr geehrter Herr von Ahlen,

entschuldigen Sie bitte die Verzögerung, unser Glaser war eine Woche krank. Die Reparatur kostet insgesamt 265 £ inkl. MwSt. (Trennleiste, neue Zylinderglasscheibe, Kitt und Anstrich). Wir könnten am Dienstag, dem 24. November, ab 9 Uhr kommen.

Mit freundlichen Grüßen
Tobias Keller""")),

    C("w34-notting-hill-assurance", "fr", "closed", {"unanswered-question": 1},
      "Hugues de Montfort <hugues.demontfort@montfort-conseil.example>", "apple_fr", "Devis D-3290 - accord",
      "French client accepts a quote: the start date is answered, the request for the liability insurance certificate is not.",
      cu("11-04 18:30", """Bonjour Madame Marchetti,

Suite à votre passage, je vous confirme notre accord pour la restauration des huit fenêtres de l'appartement de Notting Hill, selon le devis D-3290.

Pourriez-vous me dire à quelle date les travaux pourraient commencer ? Je vous serais également reconnaissant de m'envoyer une copie de votre attestation d'assurance responsabilité civile, que demande le syndic de l'immeuble.

Bien cordialement,
Hugues de Montfort""", uq=1),
      ag("solene", "11-05 09:40", """Bonjour Monsieur de Montfort,

Merci pour votre confirmation. Nous pouvons commencer le lundi 30 novembre ; l'équipe sera sur place environ huit jours ouvrés.

Bien cordialement,
Solène Marchetti""")),

    C("w35-primrose-relance", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Claire Dubois-Ferrand <claire.dubois@dubois-ferrand.example>", "gmail", "Devis survitrage",
      "Installation question answered; the acoustic-glass quote promised 'd'ici lundi' comes a week late after 'Je me permets de vous relancer'.",
      cu("11-05 13:10", """Bonjour,

Nous avons bien reçu votre devis pour le survitrage des quatre fenêtres de la chambre et du salon, merci. Est-ce que le prix comprend la pose ? Et serait-il possible d'avoir une version avec un verre feuilleté acoustique, pour comparer ?

Cordialement,
Claire Dubois-Ferrand"""),
      ag("solene", "11-05 16:00", """Bonjour Madame Dubois-Ferrand,

Oui, la pose est comprise, ainsi que la finition des profilés dans la couleur de vos menuiseries.

Pour la version acoustique, je refais le calcul avec un verre feuilleté de 6,8 mm et je vous envoie le devis d'ici lundi.

Bien cordialement,
Solène""", promises=[("11-09", 4)]),
      cu("11-11 09:30", """Bonjour Solène,

Je me permets de vous relancer au sujet du devis avec verre acoustique. Nous aimerions prendre une décision avant la fin du mois.

Cordialement,
Claire""", chase=True),
      ag("solene", "11-16 10:20", """Bonjour Claire,

Toutes mes excuses pour ce retard. Voici le devis avec verre feuilleté acoustique : 3 860 £ TTC pour les quatre fenêtres, soit 540 £ de plus que la version standard.

Bien cordialement,
Solène""", attach=[("application/pdf", "Devis-D-3335-2.pdf", DEVIS_PDF)])),

    C("w36-belleville-chiffre", "fr", "closed", {},
      "Mathieu Roux <mathieu.roux@roux-studio.example>", "iphone", "Cordelette cassée",
      "Price and availability answered with a bare figure and a proposed slot; thanks-only reply.",
      cu("11-10 12:05", """Bonjour,
Combien coûte le remplacement d'une cordelette de fenêtre à guillotine (une seule, côté gauche, fenêtre de la cuisine) ? Et vous auriez une dispo cette semaine ?
Merci
Mathieu

Envoyé de mon iPhone"""),
      ag("solene", "11-10 14:30", """Bonjour Mathieu,

85 £, déplacement compris. Jeudi 12 à 8h30, ça vous irait ?

Solène"""),
      cu("11-10 14:50", """Parfait pour jeudi 8h30, merci !

Mathieu

Envoyé de mon iPhone""", thanks=True)),

    C("w37-bayswater-sabados", "es", "closed", {},
      "Carmen Villalobos <carmen.villalobos@villalobos.example>", "outlook", "Ventana del baño atascada",
      "Spanish customer asks whether a stuck bathroom sash can be fixed in place, how long, and about Saturdays: all answered in one paragraph.",
      cu("11-09 17:45", """Hola:

Os escribo porque en casa tenemos una ventana de guillotina en el baño que no se puede abrir desde hace años. Quería saber si podéis arreglarla sin cambiar el marco, y cuánto tardaríais.

También me gustaría saber si trabajáis los sábados, porque entre semana no hay nadie en casa.

Gracias,
Carmen Villalobos"""),
      ag("lucia", "11-10 09:30", """Hola, Carmen:

Casi seguro que sí: normalmente es pintura o un junquillo hinchado, y se arregla en el sitio en dos o tres horas, sin tocar el marco. Los sábados trabajamos por la mañana, de 8:30 a 13:00, con un pequeño suplemento de 40 £.

Un saludo,
Lucía""")),

    C("w38-chelsea-sin-respuesta", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Álvaro Méndez <alvaro.mendez@mendez-arquitectura.example>", "gmail_es", "Presupuesto con las dos opciones",
      "Permit question answered; the two-option quote is promised for Friday and never sent; '¿hay alguna novedad...? Sigo esperando' gets no reply.",
      cu("11-11 10:00", """Buenos días, Lucía:

Gracias por la visita del lunes. Quedamos en que me enviaríais el presupuesto con las dos opciones (solo burletes, o burletes más doble acristalamiento fino).

Y una pregunta más: ¿el doble acristalamiento fino necesita permiso del ayuntamiento en una zona de conservación como la nuestra?

Un saludo,
Álvaro"""),
      ag("lucia", "11-11 15:00", """Hola, Álvaro:

Sobre el permiso: en zona de conservación, el doble acristalamiento fino en las ventanas existentes no suele necesitar licencia si el aspecto exterior no cambia, aunque en Kensington and Chelsea conviene consultarlo antes; si lo piden, nosotros preparamos los planos.

El presupuesto lo está terminando Eleanor; te lo mando el viernes.

Un saludo,
Lucía""", promises=[("11-13", None)]),
      cu("11-17 09:20", """Hola Lucía:

¿Hay alguna novedad con el presupuesto? Sigo esperando para poder decidir.

Un saludo,
Álvaro""", chase=True)),

    C("w39-muswell-hill-split-invoice", "en", "closed", {"unanswered-question": 1},
      "Duncan Rowell <duncan@rowell-n10.example>", "gmail", "Final invoice HS-2248",
      "Paying by card answered; the request to put half the shared bay on a separate invoice for the upstairs neighbour is ignored.",
      cu("11-04 09:00", """Hi Priya,

Thanks for the final invoice for the windows - the house feels completely different.

We share the front bay with the flat upstairs (it's a conversion), and my neighbour has agreed to pay half of that window. Could you split the bay onto a separate invoice in her name - Ms J. Okonjo, Flat B? And can I pay my part by card over the phone rather than by transfer?

Duncan""", uq=1),
      ag("priya", "11-04 11:15", """Dear Duncan,

Lovely to hear. Card is fine - call us on 020 7946 0522 any weekday between 9 and 5 and quote HS-2248.

Kind regards,
Priya Raman""")),

    C("w40-stoke-newington-list", "en", "pending", {"unanswered-question": 2},
      "Esther Goldblatt <esther.goldblatt@goldblatt-n16.example>", "thunderbird", "Going ahead - a few questions",
      "A numbered list of five; the reply answers 1, 2 and 5 in running prose and skips the outside painting and the frosted bathroom glass.",
      cu("11-16 21:00", """Hello Eleanor,

We've had your quote and are keen to go ahead, but my husband has made a list (of course he has):

1) Can the work be done in January rather than December?
2) Will the windows be out of the frames overnight at any point?
3) Do you paint the outside too, or is that a separate job for a decorator?
4) We'd like the bathroom window in frosted glass while you're at it - what would that add?
5) Please confirm the quote includes VAT.

Thanks for your patience!
Esther""", uq=2),
      ag("eleanor", "11-17 10:30", """Dear Esther,

Not at all - lists are helpful! January is fine; we have the weeks of 11 and 18 January open. The windows are never out overnight: every sash is back in, secured and weathertight at the end of each day. And yes, the figures include VAT at 20%.

Best wishes,
Eleanor""")),

    C("w41-brixton-cat", "en", "pending", {"unanswered-question": 1},
      "Kwame Asante <kwame.asante@asante-sw2.example>", "gmail", "Monday's work",
      "First two questions answered; in a follow-up mail the cat question is answered but the request for the name of the paint is not.",
      cu("11-12 08:15", """Hi Callum,

Is the team still on for Monday the 16th? And should we take the curtains and blinds down ourselves beforehand?

Kwame"""),
      ag("callum", "11-12 09:40", """Hi Kwame,

Yes, Monday 16th, 8:30. Curtains down would be a great help; the blinds we'll take down and refit ourselves.

Callum"""),
      cu("11-13 19:30", """Great, thanks. One more thing: we've got a cat who will definitely try to escape - is there a way you can keep the windows closed off while they're open, or should we shut her in the bedroom?

Also could you send me the name of the paint you'll use on the inside? I'd like to touch up the skirting to match.

Kwame""", uq=1),
      ag("callum", "11-16 07:45", """Morning Kwame,

Shutting her in a room we're not working in is safest - we'll tell you each morning which room we're starting in, so you can swap her round.

See you at 8:30.

Callum""")),

    C("w42-bermondsey-figure", "en", "closed", {},
      "Lorcan Fitzgerald <lorcan@fitzgerald-se1.example>", "android", "Draught-proofing price",
      "Outlook for Android: price per window and how soon, answered with a figure and a date.",
      cu("11-05 12:40", """Hi, what's the price per window for draught-proofing a standard two-over-two sash, roughly 90 x 150? And how soon could you do four?

Lorcan

Get Outlook for Android"""),
      ag("callum", "11-05 13:30", """Hi Lorcan,

£285 a window, everything included. Four would take a day and a half; the next free slot starts Monday 16 November.

Callum""")),

    C("w43-wandsworth-restoration-glass", "en", "closed", {"missed-follow-up": 1},
      "Imran Siddiqui <imran.siddiqui@siddiqui-sw18.example>", "outlook", "Old glass - one cracked pane",
      "Keeping the bubbled panes answered; whether 3 mm restoration glass exists is deferred ('I'll find out ... and get back to you', no deadline) and never answered.",
      cu("11-02 14:00", """Hello,

Two of our sashes still have old glass with little bubbles in it, and one pane has a long crack. I'd like to keep the old glass where possible. Can you replace just the cracked one with something that looks period? And do you know if restoration glass is available in 3 mm, as the rebates are very shallow?

Imran Siddiqui"""),
      ag("eleanor", "11-02 16:45", """Dear Mr Siddiqui,

Yes - we'd replace only the cracked pane, with restoration glass that has the same slight ripple, and keep the bubbled ones, which are well worth keeping. Our glazier's usual stock is 4 mm, though, so I'll find out from him whether he can get 3 mm and get back to you.

Kind regards,
Eleanor""", promises=[("window", None)])),

    C("w44-hackney-double-deposit", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Zoe Marchbank <zoe@marchbank-e8.example>", "gmail", "Charged twice for the deposit",
      "Double-charged deposit: refund confirmation promised 'by end of day' never comes; the change of invoice address is ignored.",
      cu("11-16 10:30", """Hi Priya,

I've been charged twice for the deposit on job HS-2304 - £940 went out on the 12th and again on the 13th. Could you refund the second payment? And while you're looking at the account, please change the invoice address to my work email, zoe.marchbank@northfield-design.example.

Thanks,
Zoe""", uq=1),
      ag("priya", "11-16 12:00", """Dear Zoe,

I'm so sorry about that - I can see both payments. I'll arrange the refund of the second one with our bank and confirm by end of day.

Kind regards,
Priya""", promises=[("11-16", None)])),

    C("w45-camberwell-casements", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Gwen Ellery <gwen.ellery@ellery-se5.example>", "apple", "Adding the two casements",
      "Revised quote with two casements promised 'on Monday', never sent; whether the survey fee is still deducted is not answered; thanks-only reply.",
      cu("11-06 10:00", """Dear Eleanor,

Thank you for the survey on Wednesday. Could you revise the quote to include the two small casement windows at the back? I know they're not sashes, but if you can do them it saves me finding someone else. Also, is the survey fee still deducted if the job gets bigger?

Gwen""", uq=1),
      ag("eleanor", "11-06 11:45", """Dear Gwen,

Happy to include them - we look after casements too. We'll send you the revised quote on Monday.

Best wishes,
Eleanor""", promises=[("11-09", None)]),
      cu("11-06 12:00", """Thank you!

Gwen""", thanks=True)),

    C("w46-maida-vale-fresh", "en", "open", {},
      "Nadia Karimi <nadia.karimi@karimi-w9.example>", "gmail", "Restoring sashes in a mansion block",
      "A fresh enquiry on the audit morning with only the acknowledgement: open, still inside the response target.",
      cu("11-20 08:50", """Hello,

We're in a mansion block in Maida Vale and the freeholder has said we can restore our sash windows but not replace them. Could you tell me whether you work on fourth-floor windows from inside, or do you need scaffolding? And please send me a price list if you have one.

Thank you,
Nadia Karimi"""),
      ack("11-20 08:51")),

    C("w47-pimlico-loo-window", "en", "open", {"awaiting-reply": 1},
      "Hamish Cardew <hamish.cardew@cardew-sw1.example>", "outlook", "Drawing room before the 4th?",
      "First question answered; the customer's new question (the loo window) in his latest mail has no reply for two days: awaiting reply, not unanswered.",
      cu("11-10 09:15", """Hi Eleanor,

Can you confirm the sashes in the drawing room will be done before the 4th of December? We have a party that weekend.

Hamish"""),
      ag("eleanor", "11-10 11:30", """Hi Hamish,

Yes - the drawing room is scheduled for Tuesday 1 and Wednesday 2 December, well before your party.

Eleanor"""),
      cu("11-18 14:20", """Thanks Eleanor. One more question: could the team also look at the stuck window in the downstairs loo while they're here, and what would that cost?

Hamish""")),

    C("w48-notting-hill-lost-threading", "en", "closed", {},
      "Felicity Dunmore <felicity@dunmore-w11.example>", "outlook", "Survey booking",
      "The customer's choice of slot arrives without In-Reply-To/References ('RE:' subject only); booking confirmed.",
      cu("11-03 15:30", """Hello,

I'd like to book a survey for the six sashes at 14 Ladbroke Grove Mews, W11. Could you do the week of the 9th? I work from home, so any day is fine.

Felicity Dunmore"""),
      ag("eleanor", "11-03 17:10", """Dear Felicity,

I can come on Wednesday 11 November at 10am or Thursday 12 November at 2pm - which do you prefer?

Kind regards,
Eleanor"""),
      cu("11-04 08:30", """Wednesday at 10 please. The buzzer is for the basement flat, marked "Dunmore".

Felicity""", thread=False),
      ag("eleanor", "11-04 09:20", """Perfect: Wednesday 11 November at 10am, basement buzzer. See you then.

Eleanor""")),

    C("w49-hammersmith-no-message-id", "en", "closed", {},
      "Reginald Pask <reg.pask@pask-w6.example>", "oldclient", "Front room windows",
      "An elderly customer's old mail client sends no Message-ID; cost of the visit answered, visit booked, thanks-only reply.",
      cu("11-02 10:00", """Dear Sirs,

I have a pair of sash windows in my front room which will not stay open. I am 84 and can no longer manage them. Please could you send someone to look at them, and let me know the cost of the visit beforehand.

Yours faithfully,
R. Pask""", msgid=False, note="Mr Pask's first mail (old client, no Message-ID)"),
      ag("callum", "11-02 14:15", """Dear Mr Pask,

Thank you for your email. A visit costs £60, which we take off the repair if you go ahead. I could call on Thursday 5 November at 10 in the morning, and I'll ring the bell twice so you know it's us.

Yours sincerely,
Callum Ashdown"""),
      cu("11-02 17:40", """Thursday at ten will suit me very well. Thank you.

R. Pask""", thanks=True)),

    C("w50-east-dulwich-forwarded-quote", "en", "pending", {},
      "Oona Riordan <oona.riordan@riordan-se22.example>", "gmail", "Fwd: Your sash window quotation",
      "A forwarded competitor's quote full of boilerplate questions; the customer's own two questions (flexibility, why new pulleys) are answered out of order.",
      cu("11-17 12:00", """Hi Eleanor,

We've had another quote (forwarded below) that's quite a bit cheaper than yours. I'd rather go with you, as you clearly know what you're doing - is there any flexibility on the price? And could you explain why yours includes new pulleys when theirs doesn't?

Oona

---------- Forwarded message ---------
From: Quotes <quotes@budgetsash.example>
Date: Fri, 13 Nov 2026 at 16:02
Subject: Your sash window quotation
To: <oona.riordan@riordan-se22.example>

Dear Customer,

Thank you for your enquiry. Please see our quotation below.

8 x sash window overhaul incl. draught-proofing: GBP 3,600 + VAT

Want to spread the cost? Ask us about finance: https://budgetsash.example/finance?ref=quote
Any questions? Call 0800 555 0199."""),
      ag("eleanor", "11-17 15:30", """Hi Oona,

Thanks for being open about it. The difference is mostly in what gets replaced: your pulleys are the painted cast-iron ones with worn axles - that's why two of the sashes judder - and if they stay in, the new cords wear through within a few years. Their quote reuses them; ours swaps them for brass-bushed ones.

I can take £250 off if you book before Christmas, which brings ours to £4,490 including VAT.

Eleanor""")),

    C("w51-tooting-residents", "en", "closed", {"unanswered-question": 2},
      "Bernadette Quinlan <b.quinlan@elmfieldmansions.example>", "outlook", "Whole-block sash restoration - Elmfield Mansions",
      "Residents' association asks three questions; the reply answers phasing and proposes a walk-round, the discount and the sample condition report are never addressed.",
      cu("11-03 11:10", """Dear Hartsfield Sash Windows,

I'm writing on behalf of the Elmfield Mansions Residents' Association (Tooting Bec, 32 flats, built 1904). At our last meeting residents voted to look into restoring the original sashes across the whole block, rather than letting individual leaseholders replace them with uPVC, which several have been threatening to do.

A few questions from the committee. Do you offer a discount for a whole-block contract? Could you provide a sample condition report from a similar block, so we can show residents what they would get? And we would need the work phased over two summers to spread the cost - is that something you have done before?

I look forward to hearing from you.

Bernadette Quinlan
Hon. Secretary, Elmfield Mansions RA""", uq=2),
      ag("eleanor", "11-03 16:30", """Dear Ms Quinlan,

What a heartening decision - thank you for thinking of us. Phasing over two summers is very common for mansion blocks: we did Ravenscourt Mansions in Hammersmith exactly that way in 2024 and 2025, one elevation at a time.

I'd suggest I walk round the block with the committee first. Would any morning in the week of 16 November suit?

Kind regards,
Eleanor Pryce"""),
      cu("11-04 09:00", """Thursday 19 November at 10 would suit the committee. We'll meet you at the main entrance on Elmfield Road.

Bernadette Quinlan"""),
      ag("eleanor", "11-04 10:15", """Thursday 19 November at 10, main entrance - that's in my diary.

Eleanor""")),

    C("w52-kensal-contraventanas", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Begoña Larrañaga <begona.larranaga@larranaga.example>", "iphone", "Contraventana descolgada",
      "Spanish customer: shutter repair answered in principle, price and date promised 'el jueves' (a week ahead) and never sent; the guarantee certificate she asks for is never mentioned.",
      cu("11-04 20:10", """Hola Lucía,

Te escribo por las contraventanas interiores del salón: una de las hojas se ha descolgado y ya no cierra. ¿Arregláis también contraventanas, o solo ventanas de guillotina? Las bisagras son las originales, de latón.

Y aprovecho para pedirte que me mandéis el certificado de garantía de la obra del año pasado, que no lo encuentro por ningún lado.

Un abrazo,
Begoña

Enviado desde mi iPhone""", uq=1),
      ag("lucia", "11-05 09:30", """Hola, Begoña:

Sí, también arreglamos contraventanas. Si las bisagras de latón están bien, seguramente sea un tornillo pasado o que la madera del marco ha cedido. Lo consulto con el taller y el jueves que viene te digo precio y fecha.

Un abrazo,
Lucía""", promises=[("11-12", None)])),

    C("w53-west-hampstead-voisin", "fr", "pending", {"unanswered-question": 1},
      "Anne-Sophie Bertin <as.bertin@bertin-famille.example>", "apple_fr", "Devis survitrage - deux questions",
      "Two French bullet questions: cleaning answered in detail, the price for the upstairs neighbour in the same week is not.",
      cu("11-18 08:20", """Bonjour Solène,

Merci pour le devis de survitrage. Deux choses avant de signer :

- Est-ce que les panneaux se démontent facilement pour le nettoyage des vitres ?
- Mon voisin du dessus aimerait faire la même chose chez lui. Pourriez-vous lui faire un prix si vous intervenez dans les deux appartements la même semaine ?

Bien à vous,
Anne-Sophie""", uq=1),
      ag("solene", "11-18 11:45", """Bonjour Anne-Sophie,

Oui, très facilement : les panneaux coulissants se soulèvent de leur rail sans outil, et les panneaux fixes tiennent par des clips magnétiques. Je vous montrerai le geste le jour de la pose.

Bien à vous,
Solène""")),

    C("w54-crouch-end-colleague-late", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Martin Sowerby <martin.sowerby@sowerby-n8.example>", "gmail", "Gap at the meeting rails - back bedroom",
      "Callum says Eleanor will email by Wednesday to arrange a visit; after 'I haven't heard from Eleanor yet' she writes the next Monday: kept late by a colleague = missed.",
      cu("11-09 10:00", """Hi Callum,

Your team did a great job on the front windows last week. The sash in the back bedroom, though, now has a gap of about 5mm at the meeting rails when it's shut, and we can feel the draught again. Can you have a look?

Martin"""),
      ag("callum", "11-09 12:30", """Hi Martin,

Thanks for the kind words, and sorry about the back bedroom - it sounds like the meeting rail moved when the new weights went in. I'm on a job in Kent all week, so Eleanor will email you by Wednesday with a time for a visit.

Callum""", promises=[("11-11", 4)]),
      cu("11-13 16:00", """Hi, I haven't heard from Eleanor yet. Is someone able to come and look at the back bedroom window? It's getting cold in there.

Martin""", chase=True),
      ag("eleanor", "11-16 09:10", """Hi Martin,

Apologies - Callum's note only reached me on Friday. I can come on Wednesday 18 November between 9 and 10 to reset the meeting rail; it's about an hour's work and there's no charge.

Eleanor""")),
]

UNANSWERED: dict[str, list[str]] = {
    "w02-richmond-draughtproofing": [
        "Will the brush strips be visible from the street?"],
    "w04-kensington-listed-secondary": [
        "Do the secondary units need listed building consent, or is that only for changes to the windows themselves?",
        "I'd also like to know whether they can be lifted out in summer, as I like to have the sashes wide open from June onwards."],
    "w08-islington-rechnungsadresse": [
        "Die Rechnung stellen Sie bitte später auf meine Firma aus (Fuchs Beratung GmbH, 12 Cross Street, London N1 2BP), nicht auf mich privat."],
    "w13-hampstead-weights-shutters": [
        "Could you also check whether the internal shutters will still fold back properly once the deeper glazing bars are in?"],
    "w14-marylebone-three-agents": [
        "Do we need to cut back the wisteria on the front?"],
    "w15-fulham-template": [
        "do you ever take the sashes back to the workshop, or is it all done on site?",
        "And please note we have a very anxious rescue dog, so I'd need a call half an hour before anyone arrives."],
    "w26-walthamstow-epc-html": [
        "How much would draught-proofing improve an EPC score, realistically?"],
    "w27-stoke-newington-plomo": [
        "Por último, os agradecería que me hicierais la factura a nombre de mi empresa, Zubiaurre Translations Ltd."],
    "w29-walthamstow-wavy-glass": [
        "And if one of the old panes in the front bay cracks while you're working on it, can you match the wavy glass, or would it stand out?"],
    "w31-highgate-architekt": [
        "Nennen Sie uns bitte auch zwei Referenzobjekte in London, die wir uns ansehen könnten."],
    "w34-notting-hill-assurance": [
        "Je vous serais également reconnaissant de m'envoyer une copie de votre attestation d'assurance responsabilité civile, que demande le syndic de l'immeuble."],
    "w39-muswell-hill-split-invoice": [
        "Could you split the bay onto a separate invoice in her name - Ms J. Okonjo, Flat B?"],
    "w40-stoke-newington-list": [
        "Do you paint the outside too, or is that a separate job for a decorator?",
        "We'd like the bathroom window in frosted glass while you're at it - what would that add?"],
    "w41-brixton-cat": [
        "Also could you send me the name of the paint you'll use on the inside?"],
    "w44-hackney-double-deposit": [
        "And while you're looking at the account, please change the invoice address to my work email, zoe.marchbank@northfield-design.example."],
    "w45-camberwell-casements": [
        "Also, is the survey fee still deducted if the job gets bigger?"],
    "w51-tooting-residents": [
        "Do you offer a discount for a whole-block contract?",
        "Could you provide a sample condition report from a similar block, so we can show residents what they would get?"],
    "w52-kensal-contraventanas": [
        "Y aprovecho para pedirte que me mandéis el certificado de garantía de la obra del año pasado, que no lo encuentro por ningún lado."],
    "w53-west-hampstead-voisin": [
        "Pourriez-vous lui faire un prix si vous intervenez dans les deux appartements la même semaine ?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The enquiries desk's reference for the message ``key`` (stable, derived from the key)."""
    return f"ENQ-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                          ("Precedence", "auto_reply")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", DESK),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if not m.subject:
            prefix = REPLY_PREFIX.get(m.client, "Re: ")
            m.subject = o.pop("subject", prefix + case.subject if parent else case.subject)
        if parent and o.pop("quote", True) and "{quote}" not in body:
            body = body.rstrip("\n") + "\n\n{quote}"
        o.pop("quote", None)
        o.pop("subject", None)
        if o:
            raise ValueError(f"{key}: unknown options {sorted(o)}")
        m.body = body
        m.extra = extra
        if spec.role in ("customer", "agent"):
            last_human = key
        msgs.append(m)
    return msgs


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none for a client that sends none) and its raw
    bytes, parents first: :func:`mailcraft.render_corpus`, honouring ``msgid=False``."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to), ("Subject", m.subject),
                   ("Date", mailcraft.email.utils.format_datetime(m.date))]
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
            out.append(f"unanswered questions labelled for unknown case {name}")
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
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 90: Hartsfield Sash Windows - cases",
                                 "make_practice90_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures (computed) and what the corpus holds by design."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    lang_text = ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in langs.most_common())
    rule_text = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    return f"""# Practice corpus 90: Hartsfield Sash Windows support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Hartsfield Sash Windows**, a London firm that restores sash windows in period
  homes: surveys and written quotes, overhauls (cords, pulleys, weights, beads), draught-
  proofing, secondary and slimline double glazing, glass and catch repairs, workshop joinery,
  condition reports for sales, deposits and invoices. Support address
  `enquiries@hartsfieldsash.example`; agents Eleanor Pryce (surveys and quotes), Callum
  Ashdown (workshop and scheduling), Priya Raman (accounts), Tobias Keller (German-speaking
  clients), Solène Marchetti (French-speaking clients) and Lucía Ferrer (Spanish-speaking
  clients), all `@hartsfieldsash.example`. An enquiries robot (`Auto-Submitted:
  auto-replied`) acknowledges a few enquiries with "we will reply within 24 hours" -
  service-hours text, not a commitment.
- Customers are homeowners, landlords, a managing agent, an estate agent, an architect and a
  residents' association on `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain hartsfieldsash.example`.

```
python scripts/make_practice90_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice90_corpus.py --out /tmp/p90         # ... into another folder
python scripts/evaluate.py --corpus tests/practice90            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice90_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions. `CASES.md` is the generated per-case table. Do not edit
generated files (this README included); edit the script and rerun it. The script keeps the
facts next to each message, recomputes status and every rule count from them and the dates,
and refuses to write when they disagree with the hand-written labels, when a labelled
question is not verbatim in a customer's own text of the case, or when the written mail does
not parse back and round-trip.

## Figures

{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox
({roles['customer']} customer mails, {roles['auto']} customer out-of-office reply),
{roles['agent']} support replies, {roles['ack']} acknowledgements. {clean} clean cases
({100 * clean // len(cases)} %). Languages: {lang_text}. Statuses: {statuses['closed']} closed,
{statuses['pending']} pending, {statuses['open']} open.

Expected findings: {rule_text}; the unanswered questions sit in {asking} cases.

## By design

- Customers ask two to five things per mail: direct questions, indirect ones ("I was
  wondering whether", "I'd also like to know whether", "Quería saber si", "j'aimerais
  savoir si"), requests without a question mark ("Please send a copy of...", "Die Rechnung
  stellen Sie bitte ... aus", "os agradecería que..."), questions inside one long paragraph
  (w04, w51), bulleted and numbered lists (w03, w14, w40, w53).
- Replies answer in their own words, out of order (w01, w50), two things in one sentence
  (w30, w42), with a bare figure (w36 "85 £", w18 "12 mm overall"), a link (w06), an
  attachment (w02, w05, w06), inline under quoted lines (w03, w32), by a colleague (w14,
  w20), after a chase (w05, w22, w33, w35, w54).
- Unanswered questions are the realistic kind: a secondary request in passing (invoice to a
  company, change of address, a neighbour's price), a templated reply (w15), an answer to a
  neighbouring question (w29: safety standards instead of matching old glass), a question in
  a follow-up mail (w41), items of a list skipped (w40), a question at the end of a long
  paragraph (w04, w51).
- Not questions: a rhetorical one and a self-answered one (w24), signatures with "?" and
  `?` URLs (w06, w25), questions inside a forwarded competitor's quote (w50), thanks-only
  mails, a question in the customer's latest unanswered mail (w47: awaiting reply).
- Commitments kept on time (w19 "early next week", w20 "she'll be in touch today" kept by a
  colleague, w14 "tomorrow" kept by a colleague), kept late (w05, w22, w33, w35, w54 by a
  colleague), never kept (w10 "mañana", w31 "bis Freitag", w38 "el viernes", w43 no deadline,
  w44 "by end of day", w45 "on Monday", w52 "el jueves que viene"), a deadline still ahead
  (w18). Not commitments: logistics (w17, w30), a conditional offer (w16), a booking (w11),
  the acknowledgement's service-hours text.
- Chasing: "any news on...?", "Just checking in - did my email below reach you?", "Just
  following up", "I'm still waiting", "I haven't heard from...", "ich warte immer noch",
  "Je me permets de vous relancer", "¿Hay alguna novedad...? Sigo esperando", "¿Sabes algo
  ya...?", a resend as a new mail with the same subject (w21). Not chasing: a second mail
  with the forgotten photo before any reply (w23).
- Status and timing: open with awaiting reply (w07, w10, w21, w38, w47), open inside the
  response target (w46), a slow first response over a weekend (w12), an explicit close
  followed by a new problem (w11), a `[Resolved]` subject tag (w20), three agents on one case
  (w14).
- Mail: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web, Outlook for
  Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects), Apple Mail
  (en/fr), iPhone, Thunderbird (en/de), an old client without Message-ID (w49); plain 7bit,
  quoted-printable, base64 (w27), multipart/alternative (w06), HTML-only (w26); PDF and PNG
  attachments; a customer out-of-office reply with `X-Autoreply` (w28); a reply that lost its
  threading headers (w48); customers replying to their own mail to chase (w07, w22).

## Judgement calls

- A question deferred with a promise counts only as that promise (w05, w10, w19, w33, w35,
  w38, w43, w44, w45, w52, w54).
- w13: the reply explains the weights in detail; the request to check the shutters is a
  separate request and is labelled.
- w14: Priya's deposit details and Callum's dates answer three of four list items; the
  wisteria question is never touched. Three agents replied: many-handoffs.
- w25, w28, w36, w48, w49: a booking accepted ("Thursday at 11 is fine", "Parfait pour
  jeudi") asks nothing and is treated as an acknowledgement where no reply followed it.
- w11: Callum's "have put you in for 2pm to swap it" is a booked visit, not a promise to
  write back.
- w52: "el jueves que viene" written on Thursday 5 November means Thursday 12 November.

## Independence

Written from the brief, /work/shared/report-contract.md (rule definitions, status),
tests/eval/README.md (format and conventions), scripts/mailcraft.py, and
scripts/make_practice24_corpus.py with tests/test_practice24_corpus.py as a format example,
two helpers of tests/corpusfiles.py that the test imports, and the docstring of
scripts/evaluate.py. Not opened: anything under `happyaudit/`, the README's method, accuracy and weak-point
sections, any other test file or corpus. The labels were fixed before the single evaluation
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
    mailcraft.write_maildir(box / "Sent", sent, "mx1.hartsfieldsash.example")
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
    by_id = {}
    for p in inbox + sent:
        if p["Message-ID"]:
            by_id[p["Message-ID"]] = (p, p in inbox)
    for m in (m for c in cases for m in c.msgs):
        if not m.message_id:
            continue
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
    """Command line: regenerate tests/practice90 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
