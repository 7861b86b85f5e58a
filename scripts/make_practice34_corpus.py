#!/usr/bin/env python3
"""Regenerate ``tests/practice34/``: a labelled corpus of Halden Print & Frame.

A support mailbox of a fictional print shop and picture framer in Leeds that also prints
business cards, posters, canvases and wedding stationery and takes trade orders from
photographers (proofs, artwork files, paper stocks, turnaround times, delivery, reprints and
complaints), written without looking at the detection heuristics. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``haldenprint.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice34_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
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
NAME = "practice34"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "haldenprint.example"
STUDIO = "Halden Print & Frame <studio@haldenprint.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "freya": ("Freya Lindqvist <freya@haldenprint.example>", "thunderbird", """-- 
Freya Lindqvist
Front desk & orders | Halden Print & Frame
Unit 4, Canal Wharf, Leeds LS11 5PS | 0113 496 0712
In a hurry? Same-day printing: https://haldenprint.example/same-day?src=email"""),
    "callum": ("Callum Orr <callum@haldenprint.example>", "outlook", """Callum Orr
Print Room & Artwork | Halden Print & Frame
This message and any attachments are meant for the addressee only. If it reached you by
mistake, please delete it and let us know."""),
    "priya": ("Priya Anand <priya@haldenprint.example>", "apple", """Priya Anand
Framing Workshop | Halden Print & Frame
https://haldenprint.example/framing?view=mouldings"""),
    "niall": ("Niall Brennan <niall@haldenprint.example>", "owa", """Niall Brennan
Trade Accounts | Halden Print & Frame
Trade portal: https://trade.haldenprint.example/login?next=/orders"""),
    "sabine": ("Sabine Krüger <sabine@haldenprint.example>", "outlook_de", """Sabine Krüger
Kundenservice (DE/AT/CH) | Halden Print & Frame
Tel. +44 113 496 0715"""),
    "aurelie": ("Aurélie Marchetti <aurelie@haldenprint.example>", "apple_fr", """Aurélie Marchetti
Service client (FR/BE/CH) | Halden Print & Frame
https://haldenprint.example/fr/?utm_source=signature"""),
    "lucia": ("Lucía Ferrer <lucia@haldenprint.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente | Halden Print & Frame
¿Dudas con tu pedido? https://haldenprint.example/es/ayuda?ref=firma"""),
}

ACK = """Hello,

Thanks for getting in touch with Halden Print & Frame. This is an automatic reply to let
you know your message has reached us (reference {ref}).

The studio is staffed Monday to Saturday, 9am-5:30pm, and we will reply within one
working day. If your question is about an order that is due today, please ring
0113 496 0712.

Halden Print & Frame
https://haldenprint.example/help?ref={ref}"""

CLIENT_HEADERS = {
    "gmail": [], "gmail_de": [], "gmail_es": [],
    "outlook": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                "X-Mailer: Microsoft Outlook 16.0"],
    "outlook_de": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}",
                   "X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["Thread-Topic: {topic}", "Thread-Index: {tindex}", "X-MS-Has-Attach: {hasattach}"],
    "android": ["X-Mailer: Outlook for Android"],
    "apple": ["X-Mailer: Apple Mail (2.3864.100.1.2.5)"],
    "apple_fr": ["X-Mailer: Apple Mail (2.3864.100.1.2.5)"],
    "iphone": ["X-Mailer: iPhone Mail (23B85)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"],
    "helpdesk": ["X-Mailer: Halden Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hpf.", outlook_server="AM6PR08")
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
    """A reply by support agent ``who`` at ``when`` (Leeds time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Leeds: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

POSTER_PDF = mailcraft.pdf(["FOLK AT THE LANTERN", "Friday 13 November - doors 7:30pm",
                            "The Tin Lantern, 8 Cooper Street", "A2 portrait, 3mm bleed, CMYK"])
CARD_PROOF_PDF = mailcraft.pdf(["Halden Print & Frame - PROOF HPF-3318", "Pellow Architects",
                                "Card 1: Tariq Bell, Architect", "Card 2: Zoe Marchand, Part II Architect",
                                "450gsm Colorplan Pristine White, 85 x 55 mm"])
STAFF_CSV = ("name,title,phone,email\n"
             "Tariq Bell,Architect,0113 496 0840,tariq@pellowarchitects.example\n"
             "Zoë Marchand,Part II Architect,0113 496 0841,zoe@pellowarchitects.example\n").encode()
CANVAS_JPG_PNG = mailcraft.png(16, 10, lambda x, y: (230, 150 + 4 * x, 110 + 3 * y))
CRACK_PNG = mailcraft.png(10, 10, lambda x, y: (200 - 10 * abs(x - y), 180, 160))
GLASS_PNG = mailcraft.png(12, 9, lambda x, y: (235, 235 - 5 * (x == y), 240))
MOUNTS_PNG = mailcraft.png(18, 6, lambda x, y: ((246, 240, 228), (244, 236, 210), (232, 220, 190))[x // 6])
STICKER_PNG = mailcraft.png(10, 12, lambda x, y: (250, 200 + 4 * y, 210 - 3 * x))
EMBOSS_PNG = mailcraft.png(14, 8, lambda x, y: (245 - 6 * ((x + y) % 3), 244, 240))
RATES_FR_PDF = mailcraft.pdf(["Halden Print & Frame - Tarifs faire-part 2027",
                              "Faire-part letterpress, coton 600 g: a partir de 4,20 GBP piece",
                              "Carton-reponse: 1,60 GBP", "Enveloppe doublee: 1,10 GBP"])
MENU_PROOF_PDF = mailcraft.pdf(["PROOF - Wedding menu, Naomi & Luke", "Saturday 28 November 2026",
                                "Starter / Main / Dessert: sticky toffee pudding",
                                "148 x 210 mm, 350gsm Cotton White"])
CALLUM_PROOF_PDF = mailcraft.pdf(["PROOF HPF-3188 approved 27/10/2026 14:12",
                                  "Marsh Mobile Dog Grooming", "Kirsty Marsh - 07700 900 318",
                                  "Approved by: kirsty@marshmobiledogs.example"])
TRADE_PRICES_PDF = mailcraft.pdf(["Halden Print & Frame - Trade price list, January 2027",
                                  "6x4 lustre 0.24 / 7x5 0.38 / 10x8 1.10 / 12x10 1.90 (GBP ex VAT)",
                                  "Trade discount bands: 10% over 4,000 / 15% over 8,000 per year"])
BEERMAT_PDF = mailcraft.pdf(["Halden Print & Frame - Revised quotation Q-2611-118",
                             "Wilde Brewing Co.", "5,000 beer mats 1.4mm, 4/4 colour: GBP 410.00",
                             "100 A3 posters 170gsm silk: GBP 58.00", "Valid 30 days, ex VAT"])
CERTS_PDF = mailcraft.pdf(["Ashby & Co Awards 2026 - certificates (merged)", "60 pages, A4 portrait"])
SHOP_POSTER_PDF = mailcraft.pdf(["NOWAK CYCLES - WINTER SERVICE 49 GBP", "A1 portrait, vector artwork"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("hp01-shaw-sparrow-lustre", "en", "closed", {},
      "Imogen Shaw <imogen@shawandsparrow.example>", "gmail", "Lustre prints for a client's hallway",
      "Photographer asks three things (test print, turnaround, colour profile); one reply answers all "
      "three out of order and without repeating her words; thanks-only close. Pleasantry and a ? URL.",
      cu("11-02 09:12", """Hi Freya,

How's life down at the wharf?

I've got a client who wants twelve 30x20 prints on lustre for their hallway. Before I commit to the full run, could I get one test print to check the skin tones? Also, roughly how long would the twelve take once I've signed off? And do you still have my colour profile on file from the spring, or should I send it again?

Thanks so much,
Imogen

--
Imogen Shaw | Shaw & Sparrow Photography
https://shawandsparrow.example/weddings?ref=email"""),
      ag("freya", "11-02 11:40", """Hi Imogen,

All good here, thanks - busy with Christmas cards already!

Your profile is still with us (Halden Lustre v3, from March), so no need to resend anything. A single 30x20 test is £6 and we take that off the final invoice - upload the file whenever suits and it'll be ready the next afternoon. Once you've approved it, the full twelve are three working days.

Freya"""),
      cu("11-02 12:05", """Perfect, uploading now. Thanks Freya!

Imogen""", thanks=True)),

    C("hp02-tin-lantern-posters", "en", "closed", {"unanswered-question": 1},
      "Ruairi Dobbs <ruairi@tinlantern.example>", "outlook", "A2 posters for Friday 13th",
      "Gig posters: the reply recommends a third paper instead of matt or gloss, gives the date and "
      "price, but ignores the request to invoice the company; thanks-only reply.",
      cu("11-03 15:22", """Hello,

We're running a folk night on Friday 13th and need 40 A2 posters to put up around town. Would matt or gloss hold up better in shop windows? We'd need them by Wednesday 11th at the latest so we've time to get them out. Please send the invoice made out to The Tin Lantern Ltd rather than to me personally, as it goes through the business.

Artwork attached as a PDF.

Cheers,
Ruairi Dobbs
The Tin Lantern, 8 Cooper Street""", uq=1, attach=[("application/pdf", "lantern-folk-A2.pdf", POSTER_PDF)]),
      ag("callum", "11-04 09:10", """Hi Ruairi,

Thanks for the artwork - it's print ready, bleed and all.

For windows I'd steer you away from both: gloss throws the light straight back at people across the street and matt looks a bit washed out behind glass. A 170gsm silk is the happy medium. Forty A2 on silk come to £96, and I've pencilled them in for Monday 9th; if you'd rather not collect, the van can drop them to Cooper Street on the Tuesday.

Callum"""),
      cu("11-04 10:02", """Cheers Callum, that's really helpful.

Ruairi""", thanks=True)),

    C("hp03-pellow-cards-inline", "en", "closed", {},
      "Gwen Pellow <gwen@pellowarchitects.example>", "thunderbird", "Business cards for two new starters",
      "Numbered list of three (stock, price, proofs) answered inline under each quoted line: a yes "
      "with the stock name, a bare price, and 'Both attached'. Spreadsheet and proof attachments.",
      cu("11-05 10:30", """Hi there,

We need cards for two new colleagues, same design as last year's order (ref HPF-2291).

1. Can you keep the same 450gsm uncoated stock? We had lots of compliments on it.
2. How much would 250 each be?
3. Please send a proof of both before printing - the second one has an accent in the name and I want to be sure it comes out right.

Names and details are in the attached spreadsheet.

Thanks,
Gwen Pellow
Office Manager, Pellow Architects""", attach=[("text/csv", "new-starters.csv", STAFF_CSV)]),
      ag("freya", "11-05 13:15", """Hi Gwen,

> 1. Can you keep the same 450gsm uncoated stock? We had lots of compliments on it.

Yes - it's Colorplan Pristine White and we've plenty in.

> 2. How much would 250 each be?

£41 a name, £82 plus VAT for the pair.

> 3. Please send a proof of both before printing - the second one has an accent in the name and I want to be sure it comes out right.

Both attached. The diaeresis on Zoë is there on the card.

Freya""", quote=False, attach=[("application/pdf", "PROOF-HPF-3318.pdf", CARD_PROOF_PDF)]),
      cu("11-05 14:02", """Both look spot on. Thank you!

Gwen""", thanks=True)),

    C("hp04-greaves-canvas-orange", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Tobias Greaves <tgreaves@postbox.example>", "gmail", "Canvas came out too orange",
      "Colour complaint: a test strip result is promised 'by Wednesday', the customer asks for news on "
      "Friday, the answer (free reprint) comes the next Monday: kept late = missed.",
      cu("11-08 19:40", """Hello,

I picked up the 60x40 canvas of my daughter's graduation photo on Saturday and I'm quite disappointed - her face has a strong orange cast that isn't in the file at all. I've attached a phone photo of the canvas next to my laptop screen so you can see what I mean.

Is this something you can put right? I'd rather not pay again for a reprint when the file was fine.

Tobias Greaves""", attach=[("image/png", "canvas-vs-screen.png", CANVAS_JPG_PNG)]),
      ag("callum", "11-09 09:25", """Dear Tobias,

Sorry about this - that's not a finish we're happy to send out of the door either. Your file is tagged with a wide-gamut profile, which can push warm tones if it's converted the wrong way, and I want to rule that out before anything else. I'll have the print room run a test strip from your original on the same canvas and come back to you by Wednesday with the result. If the fault is ours, the reprint is on us.

Kind regards,
Callum""", promises=[("11-11", 4)]),
      cu("11-13 08:50", """Hi Callum,

Just wondering if there's any news on the test strip? I thought I'd hear on Wednesday.

Tobias""", chase=True),
      ag("callum", "11-16 10:05", """Dear Tobias,

Apologies for the wait. The strip showed it was our conversion, not your file - the profile had been stripped on the way into the RIP. A corrected canvas is printing today and will be on the collection shelf from Wednesday 18th, at no charge. Bring the orange one back when you come and we'll recycle the stretcher.

Kind regards,
Callum""")),

    C("hp05-bergmann-rahmen-graz", "de", "closed", {"unanswered-question": 1},
      "Jonas Bergmann <jonas.bergmann@webpost.example>", "gmail_de", "Rahmung für einen Siebdruck",
      "German customer: moulding options and price are answered in detail, but 'do you ship to "
      "Austria?' gets UK courier delivery instead - a neighbouring answer.",
      cu("11-04 20:15", """Guten Abend,

ich war Ende Oktober bei Ihnen im Laden und habe einen Siebdruck (50 x 70 cm) gekauft, der noch bei Ihnen liegt (Abholschein 7731). Ich würde ihn gern rahmen lassen. Welche Leisten in Eiche hätten Sie dafür, und was würde das ungefähr kosten? Ich bin inzwischen wieder zu Hause in Graz – versenden Sie gerahmte Bilder auch nach Österreich?

Viele Grüße
Jonas Bergmann""", uq=1),
      ag("sabine", "11-05 10:40", """Hallo Herr Bergmann,

vielen Dank für Ihre Nachricht. Für 50 x 70 cm würde ich Ihnen eine geölte Eichenleiste mit 30 mm Breite empfehlen, dazu ein weißes Passepartout und entspiegeltes Glas – zusammen 148 £. Wenn Ihnen das zu wuchtig ist, gibt es dieselbe Leiste auch schmaler (20 mm) für 126 £. Der Druck liegt bei uns im Lager, Sie müssen also nichts schicken.

Innerhalb Großbritanniens liefern wir gerahmte Arbeiten mit unserem eigenen Kurier aus, in der Regel am nächsten Werktag.

Viele Grüße
Sabine Krüger"""),
      tz=1),

    C("hp06-vasseur-tirages", "fr", "closed", {},
      "Camille Vasseur <camille@vasseur-photo.example>", "apple_fr", "Tirages fine art pour une expo",
      "French photographer: paper, lead time and shipping cost, answered in two sentences, shipping "
      "and lead time in one breath; thanks-only reply announcing the files.",
      cu("11-02 16:20", """Bonjour,

Je prépare une petite exposition à Lyon pour la mi-décembre et je cherche un labo pour tirer une quinzaine d'images en 40x60. Est-ce que vous travaillez avec le Hahnemühle Photo Rag ? Je voudrais aussi savoir quels sont vos délais en ce moment, et combien coûte l'envoi vers la France (les tirages voyageraient à plat, sans cadre).

Merci d'avance,
Camille Vasseur
https://vasseur-photo.example/?lang=fr"""),
      ag("aurelie", "11-03 09:05", """Bonjour Camille,

Oui, le Photo Rag 308 g fait partie de nos papiers courants. Comptez cinq jours ouvrés pour quinze tirages 40x60, puis deux à trois jours jusqu'à Lyon en carton rigide : l'envoi à plat vers la France est à 24 £, quel que soit le nombre de tirages.

Bien à vous,
Aurélie"""),
      cu("11-03 10:30", """Parfait, merci beaucoup ! Je vous envoie les fichiers la semaine prochaine.

Camille""", thanks=True),
      tz=1),

    C("hp07-navarro-invitaciones", "es", "closed", {"missed-follow-up": 1},
      "Marta Navarro <marta.navarro@correo.example>", "gmail_es", "Presupuesto invitaciones de boda",
      "Spanish couple: the bilingual-printing question is answered, the letterpress quote is "
      "deferred to 'mañana' and never sent; the case goes quiet.",
      cu("11-09 12:30", """Hola:

Nos casamos en mayo en Yorkshire (mi pareja es de allí) y nos encantaría encargaros las invitaciones. Serían unas 120, en letterpress a dos tintas, con sobre forrado. ¿Podríais pasarme un presupuesto aproximado? Si es posible, también me gustaría saber si imprimís el texto en dos idiomas, inglés por una cara y español por la otra.

¡Muchas gracias!
Marta"""),
      ag("lucia", "11-09 16:45", """Hola, Marta:

¡Enhorabuena por la boda! Las invitaciones bilingües las hacemos a menudo: una cara en cada idioma, sin coste añadido.

Para el presupuesto del letterpress necesito confirmar con el taller el precio del sobre forrado, que depende del papel que elijáis. Os lo mando mañana con dos o tres opciones.

Un saludo,
Lucía""", promises=[("11-10", None)]),
      tz=1),

    C("hp08-hollins-banner-fresh", "en", "open", {},
      "Derek Hollins <derek.hollins@hollinsjoinery.example>", "outlook", "Vinyl banner for the workshop",
      "Fresh request on the audit day, only the helpdesk acknowledgement so far (inside the "
      "response target): open, nothing fires.",
      cu("11-20 08:55", """Morning,

We want a banner for the front of the joinery workshop, about 3m x 1m, outdoor vinyl with eyelets so we can tie it to the railings. What would that cost and how quickly could you do it? I'll send the logo and wording over once I know it's doable.

Regards,
Derek Hollins
Hollins Joinery, Garforth"""),
      ack("11-20 08:56")),

    C("hp09-okafor-trade-upload", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Chidi Okafor <studio@okaforimages.example>", "apple", "Trade order T-5580 - 48 prints uploaded",
      "Trade photographer uploads 48 files and asks for confirmation and a date; only the "
      "acknowledgement answers; he follows up on his own mail four days later; still no reply.",
      cu("11-13 11:10", """Hi Niall,

I've uploaded 48 files to the trade portal under order T-5580 (a mix of 8x10 and 10x12 on matt). Could you confirm they came through OK, and will they be ready by Thursday 19th? The client is collecting on the Friday.

Thanks,
Chidi Okafor
Okafor Images"""),
      ack("11-13 11:11"),
      cu("11-17 09:30", """Hi,

Following up on the email below - I still haven't had confirmation that the files arrived. Could someone check today, please?

Thanks,
Chidi""", chase=True)),

    C("hp10-ashworth-wedding-essay", "en", "closed", {"unanswered-question": 1},
      "Holly Ashworth <holly.ashworth@fastmail.example>", "gmail", "Wedding stationery - a few questions!",
      "Four questions buried in one long paragraph; the reply answers three (Saturday visit, lead "
      "time, envelope addressing) in its own order and words, and skips the white-ink vellum.",
      cu("11-06 21:14", """Hi!

We're getting married on 14 June next year at Saltaire and I've fallen in love with the pressed-flower design on your website, so sorry in advance for the essay. We're thinking around 90 invitations with RSVP cards, and I was wondering whether the vellum wraps can be printed in white ink, because our colours are sage and white and a black wrap would look a bit heavy. My mum is also asking if you can do the envelope addressing for us - she's seen it done in a calligraphy-style font somewhere - or is that something we'd have to do ourselves? What's the usual lead time from signing off the proof to having everything in our hands? And could you let me know whether it's possible to come in and look at paper samples on a Saturday, as we both work weekdays.

Thanks so much,
Holly (and Sam)""", uq=1),
      ag("freya", "11-07 10:20", """Hi Holly,

Congratulations to you both! Saturdays are fine - we're open 9 till 4 and the sample books live on the big table by the window, so just pop in, no appointment needed. From a signed-off proof to boxed-up stationery is normally two to three weeks for a suite like yours, so June is nowhere near a squeeze.

Printed envelope addressing we do all the time: send us a spreadsheet of names and addresses and we'll set them in the same typeface as the invitation, 45p an envelope.

Best wishes,
Freya"""),
      cu("11-07 11:02", """Amazing, we'll come in next Saturday. Thank you!!

Holly x""", thanks=True)),

    C("hp11-mercer-monthly-account", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Lorna Mercer <lorna@mercerstudios.example>", "owa", "Monthly invoicing for our studio?",
      "Studio asks for monthly invoicing and portal logins for two photographers; the reply promises "
      "the credit form 'by Friday' (never sent) and says nothing about logins.",
      cu("11-02 10:05", """Hi Niall,

We've been ordering from you most weeks since the summer and paying by card each time is getting to be a faff for our bookkeeper. Would it be possible to move onto a trade account with one invoice at the end of each month? Happy to give references if you need them.

Also, is it possible for our two photographers, Kate and Dev, to have their own logins on the trade portal so we can see who ordered what?

Many thanks,
Lorna Mercer
Studio Manager, Mercer Studios""", uq=1),
      ag("niall", "11-02 14:30", """Hi Lorna,

Happy to set up monthly invoicing - with what you've ordered since the summer it shouldn't be a problem. There's a short credit application (company details, two trade references and your bookkeeper's contact). I'll email it over by Friday, and once it's back the account is usually live within a couple of days.

Best,
Niall""", promises=[("11-06", None)])),

    C("hp12-kirkby-a1-link", "en", "pending", {},
      "Amy Kirkby <amy@kirkbyevents.example>", "iphone", "A1 posters",
      "Two short questions answered with a bare link to the paper and a bare price; thanks-only.",
      cu("11-17 12:48", """Hi, what paper are your A1 posters printed on and how much would 50 be? Need them for a trade show stand.

Amy

Sent from my iPhone"""),
      ag("freya", "11-17 14:10", """Hi Amy,

https://haldenprint.example/papers?stock=silk170&size=a1

Fifty: £142.50 including VAT.

Freya"""),
      cu("11-17 15:01", """Great, will order through the site tonight. Thanks!

Amy

Sent from my iPhone""", thanks=True)),

    C("hp13-doyle-map-reopened", "en", "closed", {"reopened": 1},
      "Siobhan Doyle <siobhan.doyle@inbox.example>", "gmail", "Is my framed map ready?",
      "Framing job ready; Priya marks the case resolved; two days later the customer reports a "
      "scratch on the glass (photo) and is told to bring it in.",
      cu("11-03 09:30", """Hello,

Is my framed map ready to collect yet? Ticket number 4417.

Siobhan"""),
      ag("priya", "11-03 11:00", """Hi Siobhan,

It is - it's on the collection shelf and the shop is open until 5:30 today. I'll mark this as resolved, but just reply if anything comes up.

Priya""", closes=True),
      cu("11-05 17:20", """Hi Priya,

Collected it yesterday and it looks lovely, but now it's on the wall I've noticed a fine scratch across the glass in the top left corner (photo attached). Can the glass be swapped? I could bring it back in on Saturday.

Siobhan""", attach=[("image/png", "scratch.png", GLASS_PNG)]),
      ag("priya", "11-06 09:15", """Hi Siobhan,

Sorry about that. Saturday is fine - bring it in and we'll change the glazing while you wait, it takes about twenty minutes.

Priya""")),

    C("hp14-farrant-van-magnets", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Neil Farrant <nfarrant@farrantplumbing.example>", "android", "Van magnets?",
      "Friday-afternoon question answered on Monday (slow); material, price and artwork are covered, "
      "whether the magnets mark the paintwork is not.",
      cu("11-06 16:40", """Hi, do you print magnetic signs for vans? Need two about 60x30cm with our logo and phone number. Rough price? Do they come off without marking the paintwork?

Neil

Get Outlook for Android""", uq=1),
      ag("freya", "11-09 10:05", """Hi Neil,

We do - 0.85mm magnetic sheet with a UV-resistant print, so they won't fade on the van. Two at 60x30 come to £54 including VAT, and that includes tidying up your logo if it needs it. If you can send the logo as a PDF or a big PNG I'll put a proof together.

Freya""")),

    C("hp15-lefebvre-cadre-casse", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Hélène Lefebvre <h.lefebvre@laposte-mail.example>", "apple_fr", "Cadre arrivé cassé",
      "A frame arrives cracked; Aurélie will check with the carrier and reply 'demain'; the customer "
      "chases three days later; the replacement is arranged the following Monday (late = missed). "
      "The last reply's References skip Aurélie's first mail.",
      cu("11-09 18:10", """Bonjour,

J'ai reçu ce midi le cadre commandé (réf. HPF-3308), malheureusement l'angle inférieur droit est fendu et le verre est rayé. Je vous joins deux photos. Que dois-je faire : vous le renvoyer, ou pouvez-vous m'en expédier un nouveau directement ?

Cordialement,
Hélène Lefebvre""", attach=[("image/png", "angle.png", CRACK_PNG), ("image/png", "verre.png", GLASS_PNG)]),
      ag("aurelie", "11-10 09:30", """Bonjour Madame Lefebvre,

Je suis vraiment désolée, l'emballage aurait dû protéger les angles. Ne renvoyez rien pour l'instant : je vérifie avec le transporteur comment il souhaite traiter la réclamation et je reviens vers vous demain avec la marche à suivre.

Bien cordialement,
Aurélie""", promises=[("11-11", 4)]),
      cu("11-13 14:00", """Bonjour Aurélie,

Je me permets de vous relancer, je n'ai toujours pas de nouvelles depuis mardi. Le cadre est un cadeau pour le 21, le temps presse un peu.

Merci,
H. Lefebvre""", chase=True),
      ag("aurelie", "11-16 10:20", """Bonjour Madame Lefebvre,

Toutes mes excuses pour ce silence. Le transporteur a accepté la réclamation : un nouveau cadre part aujourd'hui en express et arrivera mercredi 18. Le livreur reprendra l'ancien au même moment, il suffit de le laisser dans son carton.

Bien cordialement,
Aurélie""", refs=[1, 3]),
      tz=1),

    C("hp16-ibarra-baritado", "es", "pending", {"unanswered-question": 1},
      "Diego Ibarra <diego@ibarrafoto.example>", "gmail_es", "Ampliaciones en papel baritado",
      "Spanish photographer asks price, turnaround and for a paper sample; price and time are "
      "answered in one sentence, the sample request is skipped.",
      cu("11-16 11:00", """Buenos días:

Soy fotógrafo en Bilbao y busco un laboratorio que trabaje papel baritado para una serie en blanco y negro. ¿Qué precio tendría una copia de 40x50? ¿Y cuánto tardan en tenerla lista? Además, me gustaría que me enviaran una muestra del papel antes de hacer el pedido, si es posible.

Un saludo,
Diego Ibarra""", uq=1),
      ag("lucia", "11-16 15:30", """Hola, Diego:

Trabajamos con un baritado de 315 g de tono neutro; la copia de 40x50 sale a 38 £ y está lista en cuatro días laborables, más unos tres días de envío a España.

Un saludo,
Lucía"""),
      tz=1),

    C("hp17-brightwater-rollups-html", "en", "closed", {},
      "Jess Moore <jess.moore@brightwatermarketing.example>", "owa", "Roll-up banners x3",
      "HTML-only mail from Outlook on the web with a '?' signature link; price and reusable "
      "cassettes answered; thanks-only.",
      cu("11-04 11:30", """Hi Halden team,

We need three roll-up banners (850 x 2000) for a client's stand at the Harrogate Home Show. Could you quote including the stands and carry bags? Also, do the stands take replacement graphics, so the client can swap the design next year?

Many thanks,
Jess Moore
Account Manager | Brightwater Marketing
Questions about this project? https://brightwatermarketing.example/contact?team=accounts&src=sig""", kind="html"),
      ag("callum", "11-04 14:20", """Hi Jess,

Three 850x2000 roll-ups with cassette stands and padded bags come to £267 + VAT. The cassettes are the swappable kind: next year the client only pays for new graphics (£55 each) and clicks them into the old bases.

Callum"""),
      cu("11-04 15:00", """Brilliant, thank you!

Jess""", kind="html", thanks=True)),

    C("hp18-pemberton-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Alan Pemberton <alan@pembertonhistory.example>", "thunderbird", "Restoring old photographs for a village exhibition",
      "No reply to a Monday mail, so the customer resends it on Wednesday as a new message with "
      "the same subject; the reply (spam filter) answers both questions.",
      cu("11-02 09:40", """Good morning,

I am organising a small exhibition in St Wilfrid's church hall about the village in the 1950s. I have about thirty old photographs, some of them badly faded, which I would like scanned and printed at A4. Can you restore faded photographs, and roughly what would thirty cost?

Yours sincerely,
Alan Pemberton
Burnsall Local History Group"""),
      cu("11-04 10:15", """Good morning,

I wrote on Monday but have not had a reply, so I am sending my message again in case it went astray.

I am organising a small exhibition in St Wilfrid's church hall about the village in the 1950s. I have about thirty old photographs, some of them badly faded, which I would like scanned and printed at A4. Can you restore faded photographs, and roughly what would thirty cost?

Yours sincerely,
Alan Pemberton
Burnsall Local History Group""", chase=True, parent=0),
      ag("freya", "11-04 12:30", """Dear Mr Pemberton,

Apologies - your first email had been caught by our spam filter, so thank you for sending it again.

Scanning with light restoration (dust, scratches and faded contrast) is £4.50 a photograph, and A4 prints on matt paper are £3.20 each, so thirty would come to about £231. Anything torn or with missing corners takes longer, and we'd price those separately once we've seen them.

Freya""")),

    C("hp19-hartmann-musterset", "de", "closed", {"missed-follow-up": 1},
      "Ulrike Hartmann <u.hartmann@hartmann-fotografie.example>", "thunderbird_de", "Musterset Fine-Art-Papiere",
      "German photographer asks for the paper sample set; it is sent, and the tracking number is "
      "promised 'bis Freitag' but never follows.",
      cu("11-03 14:20", """Sehr geehrte Damen und Herren,

ich arbeite als Architekturfotografin in Hamburg und würde gern Ihre Fine-Art-Papiere testen. Könnten Sie mir Ihr Musterset zuschicken? Gern auch gegen Gebühr.

Mit freundlichen Grüßen
Dr. Ulrike Hartmann"""),
      ag("sabine", "11-04 09:10", """Sehr geehrte Frau Dr. Hartmann,

vielen Dank für Ihr Interesse. Das Musterset (14 Papiere im Format A5) ist für Sie kostenlos und geht noch diese Woche per Post nach Hamburg. Die Sendungsnummer schicke ich Ihnen bis Freitag, sobald das Paket aufgegeben ist.

Mit freundlichen Grüßen
Sabine Krüger""", promises=[("11-06", None)]),
      tz=1),

    C("hp20-quayle-mount-photos", "en", "pending", {},
      "Rob Quayle <rob.quayle@mailbox.example>", "apple", "Mount colour for a watercolour",
      "Deadline answered at once; the mount-colour question is deferred to 'tomorrow' and Priya "
      "sends the photo comparison the next morning: a promise kept on time.",
      cu("11-16 13:10", """Hi,

I'm bringing in a small watercolour (roughly 25x35) to be framed as a present. Have you got an off-white mount that won't look too stark next to the paper? It's quite a creamy sheet. And can it be done by the 27th?

Rob"""),
      ag("priya", "11-16 15:40", """Hi Rob,

The 27th is no problem - framing takes about a week.

For the mount, we have three creams and I'd like to check which one sits best against a creamy paper in daylight. I'll come back to you tomorrow with photos of the three side by side.

Priya""", promises=[("11-17", 3)]),
      ag("priya", "11-17 11:05", """Hi Rob,

As promised - attached are the three next to an offcut of Arches paper: Antique White, Ivory Cream and Barley. Barley is the closest to a creamy sheet; Ivory Cream is a touch lighter if you want the painting to stand forward a little.

Priya""", attach=[("image/png", "mounts-daylight.png", MOUNTS_PNG)], parent=2)),

    C("hp21-sandford-charcoal-board", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Clare Sandford <clare@sandfordgallery.example>", "gmail", "Charcoal float mounts + an invoice copy",
      "Gallery asks about charcoal board stock and for a copy of an October invoice; the stock "
      "question is deferred to 'early next week' (Thursday -> Tuesday, never kept), the invoice "
      "copy is never mentioned.",
      cu("11-12 09:20", """Morning Priya,

Two things.

First, for the December hang we'd like 20 of the float mounts in charcoal for the small linocuts - have you got enough charcoal board in, or does it need ordering?

Second, our accountant can't find invoice HPF-3150 from October. Could you send me a copy?

Clare

Clare Sandford
Sandford Gallery, Ilkley""", uq=1),
      ag("priya", "11-12 12:40", """Hi Clare,

Lovely to hear from you. Charcoal is the board we're always short of - let me find out from our supplier what they've got and I'll come back to you early next week. Once we have it, twenty float mounts in charcoal are £11 each.

Priya""", promises=[("11-17", None)])),

    C("hp22-lowther-retirement-frames", "en", "closed", {},
      "Beth Lowther <beth.lowther@inbox.example>", "gmail", "40 framed prints for a retirement do",
      "A rhetorical question and a question the customer answers herself, then two real ones "
      "(price, date) that are both answered.",
      cu("11-05 13:05", """Hi,

Who knew forty people would all want a framed copy of the same team photo? Anyway, here we are - it's for my dad's retirement from Cookridge fire station.

I need 40 prints at 8x10 in simple black frames. Where do I find the order reference from when I dropped the original off? Oh, ignore that, it's on the back of the receipt (HPF-3391). What would forty cost, and can you have them done by Friday 20th?

Thanks,
Beth"""),
      ag("freya", "11-05 15:30", """Hi Beth,

What a lovely send-off. Forty 8x10s in our black Ashford frames would normally be £620, but for a batch like this we'll do them for £560. They'll be ready on Wednesday 18th, so there's a couple of days' slack before the party.

Freya""")),

    C("hp23-fenwick-three-agents", "en", "pending", {"many-handoffs": 1},
      "Martin Fenwick <martin@fenwickweddings.example>", "outlook", "Album proofs this week + account address",
      "Freya hands the turnaround question to Callum ('he'll be in touch this afternoon' - kept the "
      "same afternoon) and Niall updates the account address the next day: three agents.",
      cu("11-16 09:00", """Hi Freya,

I've got a big batch of album proofs going in this week - roughly 300 6x4s on lustre for three weddings. Who's best to talk to about whether the print room can turn them round by Friday?

Separately, our account still shows the old Otley address. Can it be changed to Unit 9, Riverside Works, Skipton BD23 2QR?

Thanks,
Martin Fenwick
Fenwick Wedding Photography"""),
      ag("freya", "11-16 10:10", """Hi Martin,

Callum runs the print room - I've passed your note on and he'll be in touch this afternoon about Friday.

Freya""", promises=[("11-16", 3)]),
      ag("callum", "11-16 14:35", """Hi Martin,

Friday is doable for 300 if the files reach us by Wednesday midday. Upload them to the trade portal as three separate jobs, one per wedding, so the sets can't get mixed up in the cutter.

Callum""", parent=1),
      ag("niall", "11-17 09:20", """Hi Martin,

Freya mentioned the address - done. The account now shows Unit 9, Riverside Works, Skipton BD23 2QR and November's statement will go there.

Niall""", parent=1)),

    C("hp24-greenwood-foil-awaiting", "en", "open", {"awaiting-reply": 1},
      "Fiona Greenwood <fiona@greenwoodyoga.example>", "gmail", "Gift vouchers for the studio",
      "Numbering and price answered; the customer comes back two days before the audit with a "
      "gold-foil question that nobody has answered yet (awaiting reply, not unanswered).",
      cu("11-13 10:00", """Hello,

We'd like to offer our yoga students a printed gift voucher for Christmas - DL size, about 100, on a nice heavy card. Can you print them with individual numbers?

Fiona
Greenwood Yoga"""),
      ag("freya", "11-13 14:20", """Hi Fiona,

Yes - we can number them in sequence (GY-001 to GY-100, or whatever format you like) in any corner and any colour. 100 DL vouchers on 400gsm silk are £58.

Freya"""),
      cu("11-18 09:45", """Thanks Freya! We've finished the design. Could the border be gold foil rather than printed gold, and would that change the price much?

Fiona""")),

    C("hp25-campos-tarjetas", "es", "closed", {},
      "Raúl Campos <raul@camposreformas.example>", "iphone", "Tarjetas de visita",
      "Spanish tradesman in Leeds: price and turnaround answered in one line, thanks-only reply.",
      cu("11-03 19:30", """Hola, necesito 500 tarjetas de visita para mi empresa de reformas, a doble cara. ¿Cuánto costarían y en cuántos días estarían? Tengo el diseño en PDF.

Gracias,
Raúl Campos

Enviado desde mi iPhone"""),
      ag("lucia", "11-04 09:15", """Hola, Raúl:

500 a doble cara en cartulina de 400 g: 46 £ con IVA, listas tres días laborables después de que apruebes la prueba. Mándanos el PDF respondiendo a este correo.

Un saludo,
Lucía"""),
      cu("11-04 09:40", """¡Mil gracias, Lucía! Te lo mando esta tarde.

Enviado desde mi iPhone""", thanks=True)),

    C("hp26-moreau-faire-part", "fr", "closed", {"unanswered-question": 1},
      "Julie Moreau <julie.moreau@freemail.example>", "apple_fr", "Faire-part de mariage – quelques questions",
      "French bride: paper and lead time answered (with the price list attached), the request for a "
      "cotton-paper sample is not.",
      cu("11-05 22:10", """Bonjour,

Nous nous marions en juillet près d'Annecy et une amie anglaise m'a recommandé votre atelier. Il nous faudrait 110 faire-part avec enveloppes et une centaine de cartons-réponse. Est-ce que vous pouvez imprimer sur du papier coton 600 g ? Quel serait le délai si nous validons le BAT début février ? Pourriez-vous aussi m'envoyer un échantillon du papier coton avant que je confirme la commande ?

Merci beaucoup,
Julie""", uq=1),
      ag("aurelie", "11-06 10:00", """Bonjour Julie,

Félicitations ! Le coton 600 g, c'est justement celui que nous utilisons pour nos faire-part en letterpress ; il prend aussi très bien la dorure. Avec un BAT validé début février, vous aurez tout entre les mains à la mi-mars au plus tard, ce qui laisse largement le temps pour les envois.

Je vous joins notre grille de tarifs mariage.

Bien à vous,
Aurélie""", attach=[("application/pdf", "tarifs-faire-part-2027.pdf", RATES_FR_PDF)]),
      tz=1),

    C("hp27-kaur-flyers-double-chase", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 2},
      "Harpreet Kaur <harpreet@spicecornerkitchen.example>", "gmail", "Order HPF-3420 - flyers for our opening",
      "Flyers stuck 'in production': Callum promises news by the end of the day, says nothing about "
      "adding 500 more; the customer chases twice (Tuesday, Wednesday) before the answer comes.",
      cu("11-12 10:30", """Hi,

I ordered 2,000 A5 flyers on Monday (HPF-3420) for our restaurant opening on Saturday 21st. The website still says "in production". Will they be posted in time? And could you add another 500 to the order while you're at it?

Harpreet Kaur
Spice Corner Kitchen, Chapel Allerton""", uq=1),
      ag("callum", "11-12 13:00", """Hi Harpreet,

They're queued for the big press. Let me check with the print room exactly where they are and I'll email you by the end of today.

Callum""", promises=[("11-12", 5)]),
      cu("11-17 09:05", """Hi Callum, any news? It still says "in production" and nobody has been in touch.

Harpreet""", chase=True),
      cu("11-18 08:30", """Hello?? We open on Saturday and I still have no flyers and no answer. Please can someone ring me on 07700 900412 today.

Harpreet""", chase=True),
      ag("callum", "11-18 11:15", """Hi Harpreet,

I'm really sorry. Your order was held because the artwork used a font that wasn't embedded, and the email asking you about it went to your spam folder. We've swapped in the same font ourselves, the flyers are printing this morning and go out by next-day courier tonight, so you'll have them on Thursday. I also tried your mobile ten minutes ago and left a voicemail.

Callum""")),

    C("hp28-whitby-menu-proof", "en", "closed", {},
      "Naomi Whitby <naomi.whitby@icloudmail.example>", "apple", "Wedding menus - proof?",
      "Two questions answered with an attachment and a bare date.",
      cu("11-04 08:15", """Hi Freya,

Could you send over the proof of the menus when it's ready? And what's the last day I can make changes? The caterer might still swap the dessert.

Naomi"""),
      ag("freya", "11-04 11:50", """Morning Naomi,

Attached.

Wednesday 11th, noon - after that they miss the print slot.

Freya""", attach=[("application/pdf", "menu-proof-v1.pdf", MENU_PROOF_PDF)])),

    C("hp29-lindley-mirrored-edge", "en", "pending", {"unanswered-question": 1},
      "Graham Lindley <graham.lindley@lindleyfamily.example>", "outlook", "Canvas wrap options",
      "Asked for a mirrored edge so a tree isn't lost round the side, the agent talks about "
      "stretcher-bar depth instead; delivery time answered.",
      cu("11-17 16:00", """Hello,

I'd like a 50x50 canvas of a photo I took at Wasdale. The trouble is there's a tree right at the edge that I don't want to lose round the side. Can you print the canvas with a mirrored edge instead of wrapping the image? Also, how long would delivery to Kendal take?

Regards,
Graham Lindley""", uq=1),
      ag("callum", "11-18 09:40", """Dear Graham,

Good thinking about the tree. Our canvases come on either an 18mm or a 38mm stretcher bar, and on the slim 18mm bar far less of the picture disappears round the sides - about 2cm each edge instead of 4cm - so it should survive. Printing takes three working days, then it's two more to Kendal.

Kind regards,
Callum""")),

    C("hp30-schreiber-messe-inline", "de", "pending", {},
      "Katrin Schreiber <k.schreiber@schreiber-events.example>", "outlook_de", "Fragen zu Auftrag HPF-3477",
      "German events agency: three bullet points (delivery to the NEC stand, VAT number on the "
      "invoice, artwork deadline) answered inline, the last with a bare date.",
      cu("11-16 08:30", """Hallo Frau Krüger,

zu unserem Auftrag (Roll-ups und Poster für die Messe in Birmingham) hätte ich noch ein paar Fragen:

- Können Sie die Ware direkt an die Messe liefern (NEC, Halle 3, Stand C41)?
- Auf der Rechnung brauchen wir unsere deutsche USt-IdNr. DE 314 228 907.
- Bis wann müssen die Druckdaten spätestens bei Ihnen sein?

Danke und viele Grüße
Katrin Schreiber
Schreiber Events GmbH, Köln"""),
      ag("sabine", "11-16 11:15", """Hallo Frau Schreiber,

> - Können Sie die Ware direkt an die Messe liefern (NEC, Halle 3, Stand C41)?

Ja, das machen wir öfter. Der Kurier bringt alles am Aufbautag bis 12 Uhr direkt an den Stand.

> - Auf der Rechnung brauchen wir unsere deutsche USt-IdNr. DE 314 228 907.

Ist hinterlegt und steht ab sofort auf allen Rechnungen.

> - Bis wann müssen die Druckdaten spätestens bei Ihnen sein?

Montag, 23.11., 10 Uhr.

Viele Grüße
Sabine Krüger""", quote=False, client="thunderbird_de"),
      tz=1),

    C("hp31-ashby-certificates-ooo", "en", "closed", {},
      "Peter Ashby <peter@ashbyandco.example>", "outlook", "Award certificates",
      "Price and timing answered; the customer's Outlook out-of-office answers Freya's reply; back "
      "the next week he sends the merged PDF and Freya confirms.",
      cu("11-03 10:00", """Hi,

We need 60 award certificates printed on cream parchment-style card for our company awards night - A4, single sided, names already merged into the PDF. How quickly could you do them?

Peter Ashby
Operations Director, Ashby & Co"""),
      ag("freya", "11-03 12:20", """Hi Peter,

Sixty A4 certificates on our 300gsm Parchment Cream are £48. If the merged PDF reaches us by Thursday, they'll be ready on Friday afternoon.

Freya"""),
      auto("11-03 12:21", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For anything urgent please contact Dawn Hale on dawn@ashbyandco.example.

Peter Ashby""", quote=False, subject="Automatic reply: Re: Award certificates",
           to="Freya Lindqvist <freya@haldenprint.example>"),
      cu("11-09 09:10", """Morning Freya,

Back in the office - sorry, the awards got moved to the 19th so there's no rush now. Merged PDF attached.

Peter""", attach=[("application/pdf", "certificates-merged.pdf", CERTS_PDF)]),
      ag("freya", "11-09 11:00", """Thanks Peter, got it - all sixty names look right. They'll be ready on Wednesday afternoon, so well before the 19th.

Freya""")),

    C("hp32-rahman-bump", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Nadia Rahman <nadia.rahman@studiorahman.example>", "gmail", "Foamboard mounting for exhibition prints",
      "Acknowledged but unanswered for two days, the customer bumps her own mail; Priya answers "
      "the real question (prints from elsewhere?) in her own words.",
      cu("11-09 10:20", """Hello,

I'm exhibiting at the Corn Exchange next month and I'd like 12 A2 prints mounted on 5mm foamboard. Can you mount prints I've had printed elsewhere, or only ones you print yourselves?

Thanks,
Nadia"""),
      ack("11-09 10:21"),
      cu("11-11 12:40", """Just bumping this up your inbox - could someone let me know about the foamboard mounting?

Nadia""", chase=True),
      ag("priya", "11-11 14:05", """Hi Nadia,

Sorry for the slow reply. It doesn't matter where they were printed - as long as they're flat and not a heavy gloss that's been rolled for weeks, we can mount them. A2 on 5mm foamboard is £14 a print.

Priya""")),

    C("hp33-wilde-revised-quote", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Oliver Wilde <oliver@wildebrewing.example>", "owa", "Quote for beer mats and posters",
      "Revised quote promised 'tomorrow', sent a day late with an apology (missed); the request "
      "to deliver straight to the brewery is in neither reply.",
      cu("11-16 08:10", """Hi Niall,

Thanks for the quote last week. Could you redo it with 5,000 beer mats instead of 3,000, and drop the A3 posters to 100? Also, is there any chance of getting the mats delivered straight to the brewery in Masham rather than to our office in Ripon?

Cheers,
Oliver Wilde
Wilde Brewing Co.""", uq=1),
      ag("niall", "11-16 09:30", """Hi Oliver,

No problem. I need a fresh price from our beer-mat supplier at that quantity, so we'll send the revised quote tomorrow.

Niall""", promises=[("11-17", 3)]),
      ag("niall", "11-18 16:10", """Hi Oliver,

Revised quote attached: 5,000 beer mats (1.4mm board, full colour both sides) and 100 A3 posters. Sorry it took an extra day, the supplier was slow coming back to us.

Niall""", attach=[("application/pdf", "Q-2611-118.pdf", BEERMAT_PDF)], parent=2)),

    C("hp34-hughes-slot-ahead", "en", "pending", {},
      "Rhian Hughes <rhian@hughesdental.example>", "gmail", "Framed prints for the new surgery",
      "Fitting question answered; the Saturday time slot is promised 'by Tuesday 24th', still ahead "
      "at the audit: nothing fires.",
      cu("11-18 10:00", """Hi,

We're opening a second surgery in Headingley on 1 December and have ordered 14 framed prints from you (HPF-3502). Could you hang them as well, or do you only deliver? And is there any chance of a delivery on Saturday 28th, when the builders are out?

Rhian Hughes
Practice Manager, Hughes Dental"""),
      ag("priya", "11-19 09:10", """Hi Rhian,

We can hang them too - our fitter charges £12 a frame including fixings, and he brings a laser level so the row will be dead straight. Saturday 28th should work; I'm waiting on his rota for that weekend and will confirm the time slot by Tuesday 24th.

Priya""", promises=[("11-24", None)])),

    C("hp35-ellison-courier", "en", "closed", {},
      "Mark Ellison <mark.ellison@ellisonphoto.example>", "thunderbird", "Getting 20 framed prints to Manchester",
      "Courier instead of collection and the arrival date answered; the courier's collection and "
      "DPD's text are logistics, not promises.",
      cu("11-02 15:10", """Hi,

The framed prints for our Manchester show - can they be couriered rather than collected? If so, when would they get there? The gallery needs them by the 9th.

Mark"""),
      ag("freya", "11-03 09:00", """Hi Mark,

Yes. They're crated tomorrow, the courier collects from us at 4pm on Thursday and delivers to the gallery on Friday 6th; DPD will text you a one-hour slot on Friday morning.

Freya""")),

    C("hp36-soler-enmarcado", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Carmen Soler <carmen.soler@correo-soler.example>", "gmail_es", "Precio enmarcado óleo",
      "Spanish customer: Lucía recommends a floating frame and promises the price 'el lunes'; nothing "
      "comes; on Wednesday the customer asks for news; no reply since.",
      cu("11-12 17:20", """Hola:

Tengo un óleo sobre lienzo de 70x90 que me gustaría enmarcar con una moldura de madera sencilla. ¿Me podéis dar precio? Estoy en Leeds unos meses por trabajo y podría llevarlo a la tienda.

Gracias,
Carmen"""),
      ag("lucia", "11-13 10:00", """Hola, Carmen:

Para un lienzo de ese tamaño lo que mejor queda es una caja americana (marco flotante). Tengo que confirmar con Priya, nuestra enmarcadora, qué molduras le quedan en ese ancho; te escribo el lunes con el precio.

Un saludo,
Lucía""", promises=[("11-16", None)]),
      cu("11-18 12:30", """Hola, Lucía:

¿Hay alguna novedad sobre el precio? Sigo esperando, y me gustaría dejar el cuadro esta semana si puede ser.

Gracias,
Carmen""", chase=True),
      tz=1),

    C("hp37-barnes-school-season", "en", "closed", {"unanswered-question": 2},
      "Kieran Barnes <kieran@barnesschoolphotos.example>", "outlook", "School photo season - trade queries",
      "A numbered list of four: the reply attaches the price list and confirms the discount, and "
      "says nothing about window folders or drop-shipping. Customer disclaimer at the bottom.",
      cu("11-04 16:45", """Hi Niall,

Ahead of the spring school photo season I've got a list of queries:

1. Can we keep the same trade discount (15%) as this year if our volume stays the same?
2. Do you offer printed presentation folders with a window, for the class photos?
3. Please send me the current trade price list as a PDF, our copy is from 2025.
4. Is it possible to have prints drop-shipped directly to schools, with our branding on the packing slip rather than yours?

Thanks,
Kieran Barnes
Barnes School Photography

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.""", uq=2),
      ag("niall", "11-05 10:30", """Hi Kieran,

Price list attached - it's the January 2027 edition, valid from 1 January. Your 15% carries on as long as you're over £8,000 a year, which you comfortably were.

Niall""", attach=[("application/pdf", "halden-trade-prices-2027.pdf", TRADE_PRICES_PDF)])),

    C("hp38-girard-panoramique", "fr", "closed", {},
      "Étienne Girard <etienne.girard@atelier-girard.example>", "apple_fr", "Impression sur toile – format panoramique",
      "Belgian customer: panoramic size and delivery to Belgium answered; a remark that only "
      "sounds like a question; thanks-only.",
      cu("11-06 09:40", """Bonjour,

Est-il possible d'imprimer une photo panoramique sur toile en 120 x 40 cm ? Le fichier fait 18 000 pixels de large, j'imagine que la résolution suffit largement. Et si oui, est-ce que vous livrez en Belgique ?

Cordialement,
Étienne Girard"""),
      ag("aurelie", "11-06 14:00", """Bonjour Monsieur Girard,

Le 120 x 40 fait partie des formats que nous tendons sur châssis, et avec 18 000 pixels vous avez de la marge. Pour la Belgique, comptez 29 £ en colis protégé, livré en trois à quatre jours.

Cordialement,
Aurélie"""),
      cu("11-06 15:35", """Merci pour la réponse rapide, je passe commande ce week-end.

É. Girard""", thanks=True),
      tz=1),

    C("hp39-vogt-nachbestellung", "de", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Matthias Vogt <matthias.vogt@vogt-design.example>", "gmail_de", "Poster-Nachbestellung",
      "German reorder unanswered for four days; 'ich warte immer noch ... Gibt es schon etwas "
      "Neues?'; the reply confirms the reorder and ignores the request to invoice accounts.",
      cu("11-12 10:00", """Hallo,

wir hatten im Oktober 25 Poster A1 (Auftrag HPF-3287) bei Ihnen drucken lassen und bräuchten jetzt noch einmal 25 Stück in derselben Ausführung. Ist das bis Ende November machbar? Außerdem bitte ich darum, die Rechnung diesmal an unsere Buchhaltung (buchhaltung@vogt-design.example) zu schicken und nicht an mich.

Beste Grüße
Matthias Vogt""", uq=1),
      cu("11-16 09:30", """Hallo,

ich warte immer noch auf eine Antwort auf meine Mail vom Donnerstag. Gibt es schon etwas Neues?

Grüße
M. Vogt""", chase=True),
      ag("sabine", "11-16 13:00", """Hallo Herr Vogt,

entschuldigen Sie bitte die späte Antwort. Die Nachbestellung ist kein Problem, die Druckdaten von HPF-3287 liegen noch bei uns. Die 25 Poster gehen am Freitag, 20.11., in den Versand und sind Anfang der folgenden Woche bei Ihnen.

Viele Grüße
Sabine Krüger"""),
      tz=1),

    C("hp40-thorne-calendars-resolved", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Janet Thorne <janet.thorne@thornehouse.example>", "outlook", "Wrong size calendar order",
      "Wrong size fixed; thanks-only; Freya tags the thread [Resolved]; a week later the customer "
      "reorders in the same thread, and the reply prices it but ignores the different delivery address.",
      cu("11-09 09:00", """Hello,

Our calendars arrived this morning but they're A4 and we ordered A3 (order HPF-3366). Can you check please?

Janet Thorne
Thorne House Care Home"""),
      ag("freya", "11-09 11:30", """Hi Janet,

You're quite right, sorry - the order was keyed in as A4. The A3 ones are printing now and will reach you on Wednesday. Keep the A4s, there's no charge for them.

Freya"""),
      cu("11-11 10:00", """They've arrived and they're perfect, thank you for sorting it so quickly.

Janet"""  , thanks=True),
      ag("freya", "11-11 10:30", """Glad to hear it, Janet - I'll close this one off.

Freya""", subject="[Resolved] Re: Wrong size calendar order", closes=True),
      cu("11-17 14:00", """Hi Freya,

Sorry to dig this up again - could we order another 20 of the A3 calendars for our sister home? Same design. Could those go straight to Thorne Lodge (12 Westgate, Wakefield WF1 1JY) rather than here?

Janet""", subject="RE: [Resolved] Re: Wrong size calendar order", uq=1),
      ag("freya", "11-17 15:10", """Hi Janet,

Of course - 20 more A3 calendars are £160, and they'll go out with Friday's courier.

Freya""", subject="Re: [Resolved] Re: Wrong size calendar order")),

    C("hp41-parry-four", "en", "closed", {},
      "Owen Parry <owen@parrysbarbers.example>", "iphone", "Business cards turnaround",
      "One question answered with a single word.",
      cu("11-05 12:10", """Hi, how many working days for 500 business cards on the thick 400gsm card?

Owen - Parry's Barbers

Sent from my iPhone"""),
      ag("freya", "11-05 12:40", """Hi Owen,

Four.

Freya""")),

    C("hp42-marsh-wrong-number", "en", "closed", {"unanswered-question": 1},
      "Kirsty Marsh <kirsty@marshmobiledogs.example>", "gmail", "Business cards have the wrong phone number!!",
      "Angry complaint (base64 body): the approved proof is sent back, which shows the error was "
      "signed off, but the request to reprint at cost is not taken up.",
      cu("11-06 09:15", """Hi,

I've just opened my new business cards and the phone number is wrong - it says 07700 900 318 and it should be 07700 900 381. I've already handed out a dozen at the dog show on Sunday. Please send me the proof I approved, because I'm sure I checked it. And could you at least reprint them at cost? I can't afford another full order this month.

Kirsty Marsh
Marsh Mobile Dog Grooming""", uq=1, cte="base64"),
      ag("callum", "11-06 11:30", """Hi Kirsty,

I'm sorry, that's a horrible thing to find. I've attached the proof from 27 October with your approval underneath it: the number on it reads 07700 900 318, so the cards do match what was signed off.

Callum""", attach=[("application/pdf", "PROOF-HPF-3188-approved.pdf", CALLUM_PROOF_PDF)])),

    C("hp43-lowe-framing-quote", "en", "closed", {},
      "Daniel Lowe <dan.lowe@lowefamily.example>", "gmail", "Framing quote",
      "Signed rugby shirt box frame: quoted with an option. Same subject as hp44 from another "
      "customer on the same evening - two cases.",
      cu("11-05 18:00", """Hi, could I get a quote to frame a rugby shirt (signed, adult size) in a box frame?

Dan"""),
      ag("priya", "11-06 09:30", """Hi Dan,

A signed adult shirt in a 70x90 box frame with a navy backing board and UV glass is £185. If you'd like the match ticket and a photo mounted alongside, it goes up to a 90x100 frame at £230.

Priya""")),

    C("hp44-osei-framing-quote", "en", "closed", {},
      "Abena Osei <abena.osei@oseicreative.example>", "apple", "Framing quote",
      "Same subject as hp43, different customer: three A3 risographs quoted.",
      cu("11-05 19:20", """Hello,

I'd like a quote for framing three A3 risograph prints in matching thin white frames, no mount.

Many thanks,
Abena"""),
      ag("priya", "11-06 09:45", """Hi Abena,

Three A3s in our 15mm white ash frame, no mount, standard glass: £62 each, £186 for the set. Float-mounting them instead would add £9 a frame.

Priya""")),

    C("hp45-fairclough-sticker-photo", "en", "closed", {},
      "Sophie Fairclough <sophie@faircloughflorals.example>", "gmail", "Sticker reprint - peeling",
      "A second mail fifteen minutes later adds the order number and a photo (not a chase; its "
      "threading headers are lost); the reply covers the reprint.",
      cu("11-04 10:10", """Hi,

The round stickers we ordered last month are peeling at the edges once they're on the cellophane. Could you reprint them on a stronger adhesive?

Sophie
Fairclough Florals"""),
      cu("11-04 10:25", """Sorry, should have said - the order number is HPF-3241, and here's a photo of one lifting on a bouquet wrap.

Sophie""", thread=False, attach=[("image/png", "peeling.png", STICKER_PNG)]),
      ag("callum", "11-04 13:40", """Hi Sophie,

Thanks for the photo, that helps. The standard adhesive doesn't grip cellophane well in the cold. I've switched HPF-3241 to our permanent adhesive for the reprint, free of charge, and it'll be posted on Friday.

Callum""")),

    C("hp46-ruiz-sobres-nif", "es", "pending", {"unanswered-question": 1},
      "Alberto Ruiz <a.ruiz@ruiz-abogados.example>", "gmail_es", "Pedido de sobres y papel de carta",
      "Spanish law firm: paper weight and embossing answered inline (photo attached); the invoice "
      "to be issued to the Madrid company with its NIF is skipped.",
      cu("11-16 12:00", """Buenos días:

Queremos encargar 1.000 sobres americanos y 1.000 hojas de papel de carta con nuestro logotipo para el despacho de Londres.

¿Qué gramaje nos recomiendan para el papel de carta?
¿Se puede imprimir el logotipo en relieve?

Además, necesitamos la factura a nombre de Ruiz & Asociados Abogados, S.L.P., con el NIF B-87654321, porque la paga la oficina de Madrid.

Atentamente,
Alberto Ruiz""", uq=1),
      ag("lucia", "11-17 09:20", """Buenos días, Alberto:

> ¿Qué gramaje nos recomiendan para el papel de carta?

120 g: pasa bien por las impresoras de oficina y tiene cuerpo.

> ¿Se puede imprimir el logotipo en relieve?

Sí, en relieve seco (sin tinta) o con tinta. Le adjunto una foto de los dos acabados.

Un saludo,
Lucía""", quote=False, attach=[("image/png", "relieve-seco-y-tinta.png", EMBOSS_PNG)]),
      tz=1),

    C("hp47-dubois-bat-menus", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Sandrine Dubois <sandrine@dubois-traiteur.example>", "apple_fr", "Cartes de visite et menus – BAT",
      "London-based French caterer: the proofs are promised 'd'ici vendredi' and never come; the "
      "question about folding the menus is not answered.",
      cu("11-04 11:00", """Bonjour Aurélie,

Je vous ai envoyé hier les fichiers des cartes de visite et des menus de Noël. Pouvez-vous me faire parvenir un BAT avant impression ? Pouvez-vous aussi me dire si vous pliez les menus chez vous, ou faut-il le faire nous-mêmes ?

Merci,
Sandrine Dubois
Dubois Traiteur, Londres""", uq=1),
      ag("aurelie", "11-04 15:30", """Bonjour Sandrine,

Bien reçus, merci. Dans le menu, une police ne s'est pas intégrée au PDF ; Callum va la remplacer à l'identique, et vous aurez le BAT des deux documents d'ici vendredi.

Bien à vous,
Aurélie""", promises=[("11-06", None)])),

    C("hp48-tennant-vouchers", "en", "closed", {"unanswered-question": 1},
      "Lydia Tennant <lydia.tennant@tennanthome.example>", "gmail", "Canvas arrived - thank you!",
      "A thank-you mail that also asks about gift vouchers; the reply is warm and answers nothing.",
      cu("11-05 19:00", """Hi Priya,

Just to say the canvas of the dogs arrived today and it's even better than I'd hoped. My sister wants one for her birthday in January. Do you sell gift vouchers? I'd rather she chose the photo herself.

Lydia""", uq=1),
      ag("priya", "11-06 10:15", """Hi Lydia,

That's so lovely to hear - thank you for letting us know, and give the dogs a pat from all of us.

Priya""")),

    C("hp49-ogden-school-exhibition", "en", "closed", {"unanswered-question": 2},
      "Eleanor Ogden <e.ogden@caldervalehigh.example>", "outlook", "Year 11 exhibition - scanning and printing",
      "Teacher's long paragraph with three questions; the reply covers handling the charcoal "
      "originals and the price, not the school discount or the name labels.",
      cu("11-03 15:45", """Dear Halden team,

I teach art at Calder Vale High and our Year 11s are putting on an exhibition in the library in December. We'd like about 35 of their pieces scanned and printed at A3 so the originals can go home with them; some are charcoal, so they'll need careful handling. Is it OK to bring the originals in a portfolio, or do they need packing some other way? Also, do you offer any discount for schools, as this comes out of a very small departmental budget? And would you be able to print small labels (student name and title of the work) to go alongside each piece?

Best wishes,
Mrs E. Ogden
Head of Art, Calder Vale High School""", uq=2),
      ag("freya", "11-04 10:00", """Dear Mrs Ogden,

What a nice project. A portfolio is ideal - just put a sheet of tissue between the charcoal pieces and we'll scan them flat on the large bed scanner, no fixative needed. Scanning plus an A3 print is £7.50 per piece.

Best wishes,
Freya""")),

    C("hp50-yusuf-resolution-chase", "en", "closed", {"customer-chased": 1},
      "Amina Yusuf <amina@yusufphotography.example>", "gmail", "100x150 print - resolution and delivery",
      "Delivery answered, the resolution question skipped; the customer asks again two days later "
      "('I still need to know') and gets a full answer.",
      cu("11-10 09:00", """Hi,

A client wants a 100x150 print of one of my images but the file is only 24MP. Will that hold up at that size, or should I upscale it first? And can you deliver it rolled in a tube to Harrogate by the 20th?

Amina"""),
      ag("callum", "11-10 11:20", """Hi Amina,

A tube to Harrogate is fine - it goes with a 48-hour courier, so order by the 16th and it'll be there in time.

Callum"""),
      cu("11-12 10:00", """Thanks Callum. Sorry to nag, but I still need to know about the resolution - will 24MP be OK at 100x150 or should I upscale? I don't want to order until I know.

Amina""", chase=True),
      ag("callum", "11-12 12:30", """Hi Amina,

At 100x150 a 24MP file works out at roughly 100ppi, which looks fine from normal viewing distance. Don't upscale - our RIP does a better job of it than most upscaling software.

Callum""")),

    C("hp51-whitaker-family-tree", "en", "pending", {"missed-follow-up": 1},
      "Maureen Whitaker <maureen.whitaker@btmail.example>", "oldclient", "Complaint - family tree print",
      "Formal complaint with three demands: the apology and free reprint are given, whether the "
      "frame can be reused is deferred to 'tomorrow' and never answered.",
      cu("11-17 10:30", """Dear Sir or Madam,

I collected my framed family tree print on Saturday and two of the names are misspelt (Ellen Whitaker appears as "Elen", and Thomas Broadbent as "Thomas Broadbant"). I supplied the names typed, so I do not see how this has happened.

I would like it corrected and reprinted, and I do not expect to be charged for it. Could you also tell me whether the frame can be reused, or will it have to be a new one? Finally, I would appreciate an apology from whoever checked the proof, as I was told it had been checked.

Yours faithfully,
Maureen Whitaker (Mrs)"""),
      ag("freya", "11-17 14:00", """Dear Mrs Whitaker,

I'm very sorry. You're right: the names were retyped by our designer instead of being copied from your document, and the proof check missed both - that's our mistake, and I apologise on behalf of the team. The corrected print will be at no charge.

I'll ask Priya whether the frame can be opened up without marking it and let you know tomorrow.

Freya""", promises=[("11-18", None)])),

    C("hp52-nowak-flyers-followup", "en", "closed", {"unanswered-question": 1},
      "Piotr Nowak <piotr@nowakcycles.example>", "gmail", "Shop window posters",
      "Posters done; in a follow-up the customer asks whether the artwork works at A5 and what "
      "1,000 flyers would cost; Callum answers the artwork part only.",
      cu("11-02 11:00", """Hi,

Could you print 6 A1 posters of our winter service offer for the shop windows? Artwork attached.

Piotr
Nowak Cycles, Meanwood""", attach=[("application/pdf", "winter-service-A1.pdf", SHOP_POSTER_PDF)]),
      ag("callum", "11-02 14:00", """Hi Piotr,

Artwork's fine. Six A1 on 200gsm satin: £57, ready tomorrow after 2pm.

Callum"""),
      cu("11-03 16:30", """Collected, they look great. Quick one - would the same design work as A5 flyers, or would it need redoing for the smaller size? And how much would 1,000 of them be?

Piotr""", uq=1),
      ag("callum", "11-04 09:10", """Hi Piotr,

Glad they came out well. It's vector artwork, so it scales down cleanly to A5 - just keep the small print at 8pt or bigger and it'll be perfectly readable.

Callum""")),

    C("hp53-quinn-layflat", "en", "pending", {"unanswered-question": 1},
      "Rosie Quinn <rosie@quinnandco-photo.example>", "apple", "Layflat albums for trade",
      "Bullet list of four; the reply packs three answers into two sentences (layflat and size, "
      "turnaround, sample discount) and leaves out supplying her own cover fabric.",
      cu("11-18 09:00", """Hi Niall,

I've been getting my albums from a lab in the Netherlands but shipping has been a nightmare since January. A few questions before I switch:

- Do you do layflat albums, and what's the largest size?
- What's the turnaround, including the cover?
- Can I supply my own cover fabric? One couple wants a linen from their dressmaker.
- Do you offer a sample album at a discount for trade?

Rosie Quinn
Quinn & Co Photography""", uq=1),
      ag("niall", "11-18 14:30", """Hi Rosie,

Welcome over! Yes to layflat, up to 40x30 landscape, and the whole album - pages and cover - takes eight working days. Trade sample albums are half price, one per studio per year.

Niall""")),

    C("hp54-grant-cottage-acrylics", "en", "closed", {"unanswered-question": 1},
      "Morag Grant <morag.grant@grantcottages.example>", "gmail", "Acrylic prints for holiday cottages",
      "Holiday-let owner asks about acrylic in a steamy bathroom and secure hanging; the hanging "
      "and a price are answered, the bathroom is not.",
      cu("11-09 20:10", """Hello,

I run three holiday cottages near Hawes and want to replace the tired old posters with acrylic prints of local views (I have the photos). Would acrylic be OK in a bathroom, where it gets steamy? How are they hung? I don't want anything guests can lift off the wall and take home. I'd need nine in total, at about 60x40.

Morag Grant""", uq=1),
      ag("callum", "11-10 10:45", """Hi Morag,

We fix acrylics with a hidden aluminium subframe on a locking security cleat - it needs a small hex key to lift off, so they won't wander. Nine at 60x40 would be £765, including the fixings.

Callum""")),

    C("hp55-bell-delivery-date", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Tom Bell <tom.bell@bellandbarrow.example>", "outlook", "Delivery date for canvas order HPF-3380",
      "The delivery date is promised for Monday; on Tuesday the customer asks again and gets it.",
      cu("11-06 09:20", """Hi,

Could you tell me when my canvas order HPF-3380 will be delivered? I need to make sure someone's in.

Tom Bell"""),
      ag("freya", "11-06 11:00", """Hi Tom,

It's in finishing now. I'll email you the delivery date as soon as it's booked with the courier - Monday at the latest.

Freya""", promises=[("11-09", 4)]),
      cu("11-10 09:00", """Hi Freya, any update on the delivery date?

Tom""", chase=True),
      ag("freya", "11-10 10:30", """Hi Tom,

Sorry, I should have sent this yesterday - it's booked for Thursday 12th, between 8am and 1pm.

Freya""")),

    C("hp56-dixon-forwarded-brief", "en", "pending", {},
      "Ellie Dixon <ellie@dixondesign.example>", "gmail", "Fwd: Brochure spec questions",
      "A designer forwards her client's questions (in the forwarded part, already handled) and asks "
      "one of her own, about spot UV and lead time - answered.",
      cu("11-17 09:30", """Hi Callum,

Forwarding my client's questions below. I've sorted the bleed and paper ones myself (3mm, and we're going with the 150gsm silk you suggested last time). The one I can't answer: can you do spot UV on the cover of a 16-page A5 brochure, and does it add much to the lead time? We'd want 250 copies.

Thanks,
Ellie

---------- Forwarded message ---------
From: Rachel Kemp <rachel.kemp@harewoodstables.example>
Date: Mon, 16 Nov 2026 at 17:02
Subject: Brochure spec questions
To: Ellie Dixon <ellie@dixondesign.example>

Hi Ellie,

A few questions from the board before we sign off:
- How much bleed does the printer need?
- Can we have a glossy finish just on the horse photo on the cover?
- Which paper would you recommend?

Thanks!
Rachel"""),
      ag("callum", "11-17 12:05", """Hi Ellie,

Spot UV on an A5 cover is fine. It goes on after lamination, which adds two working days - ten working days in all for 250. Worth telling Rachel it looks best on a matt-laminated cover, so the horse really stands out against it.

Callum""")),

    C("hp57-prieto-lienzo", "es", "pending", {},
      "Sofía Prieto <sofia.prieto@estudioprieto.example>", "gmail_es", "Lienzo para la oficina",
      "Spanish pleasantry ('¿qué tal?') then two questions (size limit, white border option), "
      "answered in a multipart/alternative reply.",
      cu("11-18 17:40", """Hola, ¿qué tal?

Queremos imprimir en lienzo una foto de equipo para la oficina de Leeds. ¿Cuál es el tamaño máximo que hacéis? Y otra cosa: ¿se puede dejar un borde blanco alrededor de la imagen, como un paspartú, en vez de que la foto llegue hasta el canto?

Gracias,
Sofía""", kind="alt"),
      ag("lucia", "11-19 09:30", """¡Hola, Sofía!

Todo bien por aquí, gracias. Hasta 150 x 100 cm en una sola pieza; a partir de ahí, en dípticos. Lo del borde blanco también se puede: dejamos 5 cm de blanco en el frente y el canto va en blanco liso, así la foto queda enmarcada sin necesidad de marco.

Un saludo,
Lucía""", kind="alt"),
      tz=1),

    C("hp58-carver-matching-frames", "en", "closed", {},
      "Joe Carver <joe.carver@carverandsons.example>", "iphone", "Matching frame for one we bought in 2023",
      "Customer wants a frame to match one bought years ago; asks whether they still have the moulding "
      "and whether he needs to bring the old one in; both answered in one reply.",
      cu("11-07 13:25", """Hiya, we bought a frame off you in 2023 for my grandad's medals (dark walnut, quite deep). Do you still do that moulding? And do I need to bring the old one in so you can match it, or is it on your system?

Joe

Sent from my iPhone"""),
      ag("priya", "11-07 15:50", """Hi Joe,

Found it - order HPF-1187, the Walnut Deep Box, and yes, it's still in our range. No need to bring anything in: we have the sizes on file, so we can make an identical one from the order number.

Priya""")),
]

# The labelled unanswered questions, exactly as the customer wrote them (hand-written; each
# must occur in that customer's own text of the case, and the asking message says how many).
UNANSWERED: dict[str, list[str]] = {
    "hp02-tin-lantern-posters": [
        "Please send the invoice made out to The Tin Lantern Ltd rather than to me personally, as it goes through the business."],
    "hp05-bergmann-rahmen-graz": [
        "versenden Sie gerahmte Bilder auch nach Österreich?"],
    "hp10-ashworth-wedding-essay": [
        "I was wondering whether the vellum wraps can be printed in white ink"],
    "hp11-mercer-monthly-account": [
        "Also, is it possible for our two photographers, Kate and Dev, to have their own logins on the trade portal so we can see who ordered what?"],
    "hp14-farrant-van-magnets": [
        "Do they come off without marking the paintwork?"],
    "hp16-ibarra-baritado": [
        "Además, me gustaría que me enviaran una muestra del papel antes de hacer el pedido, si es posible."],
    "hp21-sandford-charcoal-board": [
        "Could you send me a copy?"],
    "hp26-moreau-faire-part": [
        "Pourriez-vous aussi m'envoyer un échantillon du papier coton avant que je confirme la commande ?"],
    "hp27-kaur-flyers-double-chase": [
        "And could you add another 500 to the order while you're at it?"],
    "hp29-lindley-mirrored-edge": [
        "Can you print the canvas with a mirrored edge instead of wrapping the image?"],
    "hp33-wilde-revised-quote": [
        "Also, is there any chance of getting the mats delivered straight to the brewery in Masham rather than to our office in Ripon?"],
    "hp37-barnes-school-season": [
        "Do you offer printed presentation folders with a window, for the class photos?",
        "Is it possible to have prints drop-shipped directly to schools, with our branding on the packing slip rather than yours?"],
    "hp39-vogt-nachbestellung": [
        "Außerdem bitte ich darum, die Rechnung diesmal an unsere Buchhaltung (buchhaltung@vogt-design.example) zu schicken und nicht an mich."],
    "hp40-thorne-calendars-resolved": [
        "Could those go straight to Thorne Lodge (12 Westgate, Wakefield WF1 1JY) rather than here?"],
    "hp42-marsh-wrong-number": [
        "And could you at least reprint them at cost?"],
    "hp46-ruiz-sobres-nif": [
        "Además, necesitamos la factura a nombre de Ruiz & Asociados Abogados, S.L.P., con el NIF B-87654321, porque la paga la oficina de Madrid."],
    "hp47-dubois-bat-menus": [
        "Pouvez-vous aussi me dire si vous pliez les menus chez vous, ou faut-il le faire nous-mêmes ?"],
    "hp48-tennant-vouchers": [
        "Do you sell gift vouchers?"],
    "hp49-ogden-school-exhibition": [
        "Also, do you offer any discount for schools, as this comes out of a very small departmental budget?",
        "And would you be able to print small labels (student name and title of the work) to go alongside each piece?"],
    "hp52-nowak-flyers-followup": [
        "And how much would 1,000 of them be?"],
    "hp53-quinn-layflat": [
        "Can I supply my own cover fabric?"],
    "hp54-grant-cottage-acrylics": [
        "Would acrylic be OK in a bathroom, where it gets steamy?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"HPF-T{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts.

    Options of a message: ``parent`` (number of the message it replies to; 0 for none; default
    the previous human message), ``refs`` (numbers: an explicit References chain), ``thread``,
    ``quote``, ``subject``, ``kind``, ``cte``, ``attach``, ``cc``, ``extra``, ``note``; for
    customers ``tz``, ``frm``, ``to``, ``client``, ``chase``, ``thanks``, ``uq``; for agents
    ``client``, ``sig``, ``promises`` ((day "MM-DD" or "window", number of the keeping
    message or None)) and ``closes``."""
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
                  "cc": o.pop("cc", None), "note": o.pop("note", ""),
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=STUDIO, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", STUDIO),
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
    for name in UNANSWERED:
        if name not in names:
            out.append(f"UNANSWERED names an unknown case {name}")
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
    return mailcraft.cases_table("Practice corpus 34: Halden Print & Frame - cases",
                                 "make_practice34_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.haldenprint.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


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
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice34 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
