#!/usr/bin/env python3
"""Regenerate ``tests/practice97/``: a labelled corpus of Corbel Architectural Salvage.

A support mailbox of a fictional architectural salvage yard that sells reclaimed fireplaces
and surrounds, doors, flooring (parquet, boards, flagstones, encaustic tiles) and cast-iron
radiators, takes sourcing requests for hard-to-find pieces, delivers by its own lorries and
carriers, and restores pieces in its workshop (stripping, re-enamelling, pressure testing).
Written without looking at the detection heuristics, with many customer questions. Audited
at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h,
follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``corbelsalvage.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains by design.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice97_corpus.py [--out DIR]
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
NAME = "practice97"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "corbelsalvage.example"
DESK = "Corbel Salvage Enquiries <enquiries@corbelsalvage.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nell": ("Nell Hargreaves <nell@corbelsalvage.example>", "thunderbird", """-- 
Nell Hargreaves
Sourcing & Sales | Corbel Architectural Salvage
The Old Goods Shed, Wharf Road, Frome BA11 | 01373 555 214
New in the yard this week: https://corbelsalvage.example/new-in?src=sig"""),
    "dom": ("Dominic Achebe <dominic@corbelsalvage.example>", "outlook", """Dominic Achebe
Deliveries & Collections | Corbel Architectural Salvage
Yard open Tue-Sat 9-5. Heavy items: please make sure there is clear access on the day."""),
    "ffion": ("Ffion Pryce <ffion@corbelsalvage.example>", "apple", """Ffion Pryce
Restoration Workshop | Corbel Architectural Salvage
Before & after: https://corbelsalvage.example/workshop?utm_source=email&utm_medium=sig"""),
    "theo": ("Theo Marchetti <theo@corbelsalvage.example>", "owa", """Theo Marchetti
Quotes & Accounts | Corbel Architectural Salvage
Corbel Architectural Salvage Ltd, registered in England no. 08812345. VAT GB 312 4455 09.
This e-mail is confidential. If you received it in error, please tell us and delete it."""),
    "katrin": ("Katrin Vogel <katrin@corbelsalvage.example>", "thunderbird_de", """-- 
Katrin Vogel
Kundenbetreuung Deutschland/Österreich/Schweiz | Corbel Architectural Salvage
https://corbelsalvage.example/de?ref=signatur"""),
    "amelie": ("Amélie Roux <amelie@corbelsalvage.example>", "apple_fr", """Amélie Roux
Clientèle francophone | Corbel Architectural Salvage
Des questions sur l'export ? https://corbelsalvage.example/fr/export?lang=fr"""),
    "lucia": ("Lucía Montero <lucia@corbelsalvage.example>", "gmail_es", """--
Lucía Montero
Atención al cliente (España y Latinoamérica) | Corbel Architectural Salvage
+44 1373 555 219"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Corbel Architectural Salvage. Your enquiry has been logged
as {ref}. Our team works Tuesday to Saturday and a member of staff will answer within
one working day.

Looking for something specific? Sourcing requests can also be left at
https://corbelsalvage.example/sourcing?ticket={ref}

Corbel Architectural Salvage - Enquiries""",
}

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
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Eudora 7.1"],
    "helpdesk": ["X-Mailer: Corbel Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="cs.", outlook_server="CWLP265")
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
    """The helpdesk's automatic acknowledgement."""
    return Spec("ack", when, ACK["en"], {})


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
# Cases
# --------------------------------------------------------------------------------------
# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

DOORS_QUOTE_PDF = mailcraft.pdf(["Corbel Architectural Salvage - Quotation Q-2611-071",
                                 "6 x Victorian four-panel pine doors, J. Brisco, Trowbridge",
                                 "Dip-strip and hand finish: GBP 145 per door",
                                 "Split panel repair: GBP 60 per panel, 2 panels",
                                 "Rehang: GBP 40 per door. Collection and return: GBP 55",
                                 "Lead time 3 weeks from collection. Valid 30 days."])
HOTEL_QUOTE_PDF = mailcraft.pdf(["Corbel Architectural Salvage - Quotation Q-2611-052",
                                 "Calloway Hotels, Bradford-on-Avon",
                                 "11 x cast-iron bedroom insert, Bristol terrace set, GBP 540 each",
                                 "3 x matching-pattern insert, GBP 560 each",
                                 "Delivery, West Wilts run: GBP 120. Prices ex VAT."])
PROFORMA_PDF = mailcraft.pdf(["Corbel Architectural Salvage - Pro forma PF-1187",
                              "Mercer Homes Ltd - hold H-0940",
                              "6 x cast-iron column radiator, tested: GBP 2,640.00",
                              "VAT 20 percent: GBP 528.00. Total: GBP 3,168.00",
                              "Page 2: bank details for BACS payment"])
RESTORE_QUOTE_PDF = mailcraft.pdf(["Corbel Architectural Salvage - Quotation Q-2611-063",
                                   "R. Quinn, Clifton, Bristol - marble fireplace",
                                   "Collection: GBP 120. Crack repair and re-polish: GBP 380",
                                   "Storage: GBP 15 per week. Valid until 31 January 2027"])
DEVIS_PDF = mailcraft.pdf(["Corbel Architectural Salvage - Devis D-2611-014",
                           "Mme C. Bernard, Bruxelles",
                           "2 radiateurs fonte a colonnes, 60 cm, 12 elements",
                           "Livraison Bruxelles comprise - total GBP 1 290"])
DOOR_BACK_1_PNG = mailcraft.png(10, 16, lambda x, y: (150 + 4 * x, 110 + 2 * y, 70))
DOOR_BACK_2_PNG = mailcraft.png(10, 16, lambda x, y: (140 + 3 * y, 105 + 3 * x, 66))
RADIATOR_PNG = mailcraft.png(16, 8, lambda x, y: (60 + 5 * (x % 3), 62, 64 + 2 * y))
ENAMEL_PNG = mailcraft.png(12, 12, lambda x, y: (30 + 9 * x, 90 + 4 * y, 70))
TILES_PNG = mailcraft.png(14, 10, lambda x, y: (190 - 6 * y, 150 + 3 * x, 120))
KACHEL_PNG = mailcraft.png(10, 10, lambda x, y: (60, 120 + 8 * x, 90 + 6 * y))
CHEMINEE_PNG = mailcraft.png(16, 12, lambda x, y: (235 - x, 232 - y, 225))

CASES: list[Case] = [
    C("k01-ashdown-majolica-fireplace", "en", "closed", {},
      "Harriet Ashdown <harriet.ashdown@example.com>", "gmail", "Fireplace FP-2231",
      "Three numbered questions answered in one paragraph in reverse order; payment link and "
      "booking request answered; a 'Paid. Thank you' mail closes it.",
      cu("11-02 09:12", """Hi there,

We're restoring a Victorian terrace in Bath and I've fallen for the cast-iron fireplace on your website (listing FP-2231, the one with the green majolica tiles). A few questions before my husband talks me out of it:

1. Is it still available?
2. What are the exact opening dimensions? Our chimney breast opening is 95 cm wide.
3. Could you deliver to Bath, and what would that cost?

Thanks so much,
Harriet Ashdown"""),
      ag("nell", "11-02 11:40", """Hi Harriet,

Bath is on our Thursday West Country run and delivery is £85. The insert is 91 cm wide by 97 cm high overall, so it will sit in a 95 cm opening with a little fire cement round the edge. And it's still here - I've put a 48-hour hold on it in your name so you can work on your husband.

Best wishes,
Nell"""),
      cu("11-02 13:05", """Sold! Please send me a payment link and put us on the Thursday run.

H."""),
      ag("nell", "11-02 14:20", """Hi Harriet,

Wonderful. Here's the link: https://corbelsalvage.example/pay?inv=C-40912&t=8f2a

Once it's paid you're on Thursday 5 November; the driver rings about half an hour before he gets to you.

Nell"""),
      cu("11-02 14:31", """Paid. Thank you Nell!""", thanks=True)),

    C("k02-kestrel-parquet-library", "en", "closed", {"unanswered-question": 1},
      "Owain Reade <o.reade@kestrelarchitects.example>", "outlook", "Reclaimed oak parquet - library, Wells",
      "Architect asks availability, bitumen cleaning and samples; the reply covers stock and samples and "
      "talks about how the blocks were lifted instead of the adhesive; thanks-only close.",
      cu("11-03 10:20", """Good morning,

We are specifying flooring for a library conversion in Wells and the client is keen on reclaimed oak parquet. Do you have around 60 m² of matching oak blocks that could be laid in herringbone? Could you also let me know whether the blocks have been cleaned of the old bitumen adhesive, or whether that would fall to our contractor? Please send three sample blocks to our office (Kestrel Architects, 4 Tor Street, Wells BA5 2US) so the client can see the colour.

Kind regards,
Owain Reade
Associate | Kestrel Architects
T 01749 555 310""", uq=1),
      ag("nell", "11-03 12:05", """Dear Owain,

We have a lot of 64 m² of 70 x 230 mm oak blocks from a school hall in Swindon, all one batch, so the colour is consistent and it looks very good in herringbone. They were all lifted by hand and sorted, and we've taken out any with split tongues.

Three are in the post to Tor Street this afternoon, Royal Mail tracked AB 1234 5678 9GB.

Kind regards,
Nell"""),
      cu("11-05 09:00", """Samples arrived, thank you. The client is mulling it over.

Owain""", thanks=True)),

    C("k03-pellow-radiators-inline", "en", "closed", {},
      "Ruth Pellow <ruthpellow@example.org>", "thunderbird", "Column radiators for a combi system",
      "Three questions answered inline under each quoted line: a plain statement, 'Separately' with a "
      "price, and yes with the surcharge.",
      cu("11-04 19:40", """Hello,

I'm after four column radiators for a Victorian house that now has a combi boiler. A couple of things I couldn't work out from the website:

Are the radiators pressure-tested before they leave you?
Do they come with valves, or do I need to buy those separately?
Can they be painted in a colour of my choosing (Farrow & Ball "Hague Blue")?

Ruth"""),
      ag("ffion", "11-05 09:30", """Hi Ruth,

> Are the radiators pressure-tested before they leave you?

Every one, to 10 bar, after flushing and new gaskets.

> Do they come with valves, or do I need to buy those separately?

Separately. We stock reproduction brass valves at £68 a pair, and they're the ones I'd pick for a combi.

> Can they be painted in a colour of my choosing (Farrow & Ball "Hague Blue")?

Any paint chart colour in heat-resistant enamel - it adds £40 per radiator.

Ffion""", quote=False)),

    C("k04-brisco-door-stripping-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jack Brisco <jackbrisco@example.net>", "iphone", "Stripping six doors",
      "'I'll ... send you a quote by Wednesday' arrives the next Monday with a PDF, after 'any news on "
      "the quote?': kept late.",
      cu("11-09 08:15", """Hi,

We've got six original four-panel pine doors in our 1890s house, all painted over about ten times. Could you dip-strip them, fix a couple of split panels and rehang them? I'd need a price before we commit. We're in Trowbridge if that makes a difference for collecting them.

Cheers
Jack

Sent from my iPhone"""),
      ag("theo", "11-09 10:30", """Hi Jack,

Thanks for getting in touch - that's all work our workshop does every week. I'll get them to price it up, including collection from Trowbridge, and send you a quote by Wednesday.

Best,
Theo""", promises=[("11-11", 4)]),
      cu("11-13 12:40", """Hi Theo, any news on the quote? We're trying to line up the decorator.

Jack

Sent from my iPhone""", chase=True),
      ag("theo", "11-16 09:15", """Hi Jack,

Apologies for the wait. The quote is attached: £145 per door to strip, £60 per split panel and £40 per door to rehang, plus £55 for collection and return. Lead time is three weeks from collection.

Best,
Theo""", attach=[("application/pdf", "Q-2611-071.pdf", DOORS_QUOTE_PDF)])),

    C("k05-ferreira-surround-stairs", "en", "pending", {"unanswered-question": 2},
      "Bea Ferreira <bea.ferreira@example.com>", "gmail", "Delivery of the marble surround",
      "Three delivery questions; the reply says the team will carry it up and books a slot, but says "
      "nothing about a stairs charge or taking the old gas fire away.",
      cu("11-17 18:50", """Hello,

I bought the white marble surround (order C-41187) on Saturday and I'm just sorting out the delivery. We live in a first floor flat with a fairly narrow staircase - can your driver carry it up? Is there an extra charge for the stairs? Also, would you be able to take away the old gas fire while you're there? It's a 1970s monster and the council tip won't take it.

Best,
Bea""", uq=2),
      ag("dom", "11-18 09:05", """Hi Bea,

Not a problem - the surround comes in three pieces (two legs and the shelf), so our two-man team will carry it up and set it in the room for you. I've booked you in for Tuesday 24 November, 8am-12pm.

Regards,
Dominic""")),

    C("k06-hoffmann-kassettentueren", "de", "closed", {},
      "Stefan Hoffmann <stefan.hoffmann@example.de>", "gmail_de", "Kassettentüren DR-0873",
      "German customer in Leipzig: shipping, cost and photos of the backs, answered together with two "
      "photos attached; thanks-only reply.",
      cu("11-03 20:10", """Guten Tag,

wir sanieren gerade eine Gründerzeitvilla in Leipzig und suchen noch vier Kassettentüren aus der Zeit um 1900, am liebsten Kiefer oder Pitch Pine. Auf Ihrer Website habe ich die vier Türen mit der Artikelnummer DR-0873 gesehen.

Liefern Sie auch nach Deutschland? Mit welchen Versandkosten müssten wir für die vier Türen ungefähr rechnen? Könnten Sie mir außerdem Fotos von den Rückseiten schicken? Auf den Bildern sieht man nur die Vorderseite.

Mit freundlichen Grüßen
Stefan Hoffmann"""),
      ag("katrin", "11-04 09:40", """Guten Tag Herr Hoffmann,

anbei die Rückseiten aller vier Türen - zwei haben noch alte Kastenschlösser, die wir ausbauen können, wenn Sie möchten. Nach Deutschland verschicken wir regelmäßig per Spedition; für vier Türen auf einer Palette bis Leipzig liegen Sie bei etwa 390 £ inklusive Verpackung, die Ausfuhrpapiere erstellen wir.

Viele Grüße
Katrin Vogel""", attach=[("image/png", "DR-0873-rueckseite-1.png", DOOR_BACK_1_PNG),
                        ("image/png", "DR-0873-rueckseite-2.png", DOOR_BACK_2_PNG)]),
      cu("11-04 21:00", """Vielen Dank, die Fotos helfen sehr. Wir besprechen das am Wochenende.

Stefan Hoffmann""", thanks=True), tz=1),

    C("k07-lemoine-carreaux-ciment", "fr", "closed", {"unanswered-question": 1},
      "Sophie Lemoine <sophie.lemoine@example.fr>", "apple_fr", "Carreaux de ciment anciens",
      "French customer asks for a lot, shipping to France and the price per m²; lot and price answered, "
      "shipping to Libourne never mentioned.",
      cu("11-05 14:30", """Bonjour,

Je rénove une maison de maître près de Bordeaux et je cherche des carreaux de ciment anciens pour une cuisine d'environ 12 m². Avez-vous un lot suffisant du même motif ? Je voudrais aussi savoir si vous pouvez les expédier en France, idéalement jusqu'à Libourne. Enfin, pourriez-vous m'indiquer le prix au mètre carré ?

Bien cordialement,
Sophie Lemoine""", uq=1),
      ag("amelie", "11-05 16:10", """Bonjour Madame Lemoine,

Nous avons en ce moment un lot de 14 m² de carreaux 20 x 20 à rosace bleue et ocre, récupérés dans une villa de Cognac : de quoi faire votre cuisine avec une marge pour la casse. Ils sont à 165 £ le m², nettoyés et triés.

Bien à vous,
Amélie"""), tz=1),

    C("k08-navarro-radiadores-valencia", "es", "closed", {"missed-follow-up": 1},
      "Javier Navarro <javinavarro@example.es>", "gmail_es", "Radiadores de hierro fundido",
      "Spanish customer: stock answered with a photo; shipping to Valencia deferred with 'le escribo el "
      "jueves', which never comes; the customer's 'quedo a la espera' is thanks-only.",
      cu("11-09 11:20", """Hola:

Estoy reformando un piso antiguo en Valencia y busco radiadores de hierro fundido de columnas, de unos 80 cm de alto. Necesitaría cuatro, de entre 10 y 12 elementos cada uno. ¿Tienen algo así? ¿Y cuánto tardaría el envío a Valencia?

Muchas gracias,
Javier Navarro"""),
      ag("lucia", "11-09 13:00", """Hola, Javier:

Sí, ahora mismo tenemos seis radiadores de cuatro columnas de 78 cm de alto, de 10 y 12 elementos, ya decapados y probados a presión. Le adjunto una foto. Lo del envío a Valencia tengo que consultarlo con nuestro transportista; le escribo el jueves con el plazo y el precio.

Un saludo,
Lucía""", promises=[("11-12", None)], attach=[("image/png", "radiadores-78cm.png", RADIATOR_PNG)]),
      cu("11-09 14:05", """Perfecto, muchas gracias. Quedo a la espera.

Javier""", thanks=True), tz=1),

    C("k09-quarmby-art-deco-pair", "en", "closed", {},
      "Lydia Quarmby <lydia.quarmby@example.co.uk>", "outlook", "Sourcing: pair of Art Deco doors",
      "Sourcing request after the helpdesk acknowledgement: 'no fee at all' and the request logged; the "
      "automatic sourcing-list email is a process, not a promise.",
      cu("11-03 16:45", """Hello,

I'm looking for a pair of matching Art Deco internal doors with their original glass - ideally the sunburst pattern - roughly 2040 mm high by 1220 mm across the pair. I know these don't come up often. Could you keep an eye out for me? And is there a fee for a sourcing request?

Many thanks,
Lydia Quarmby"""),
      ack("11-03 16:46"),
      ag("nell", "11-04 10:10", """Dear Lydia,

No fee at all. I've put you on our sourcing list as SR-0418 with your sizes and the sunburst glass. The list emails you photos automatically whenever a matching pair is catalogued, and you can change or cancel the request from the link in those emails. Sunburst pairs turn up a few times a year, usually when a 1930s semi is gutted.

Kind regards,
Nell""")),

    C("k10-brackenridge-york-stone", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Gary Whitlock <gary.whitlock@brackenridgebuilders.example>", "outlook", "York stone flags - Harrogate site",
      "Builder: the crane question is answered, 'I'll confirm the delivery day tomorrow' comes two days "
      "late, and the invoice-name request is never picked up.",
      cu("11-03 07:30", """Morning,

Following my call with your yard, we'd like the 40 m² of reclaimed York stone flags (lot FL-5520) delivered to our site in Harrogate next week. There's no forklift on site - does your lorry have a crane? Also please make the invoice out to Brackenridge Builders Ltd, 18 Station Parade, Harrogate HG1 1UE, not to me personally.

Gary Whitlock
Site Manager | Brackenridge Builders Ltd""", uq=1),
      ag("dom", "11-03 09:50", """Hi Gary,

Our 18-tonne rigid has a HIAB, so it can lift the pallets straight off - we just need a firm, level spot within about six metres of where the lorry parks. I'm checking which day the northern run goes next week and I'll confirm the delivery day tomorrow.

Regards,
Dominic""", promises=[("11-04", 3)]),
      ag("dom", "11-06 15:20", """Hi Gary,

Delivery will be Wednesday 11 November, arriving between 7 and 9am. The driver will ring the site number half an hour before.

Regards,
Dominic""")),

    C("k11-osei-bedroom-fireplace", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Kwame Osei <kwame.osei@example.com>", "gmail", "Small bedroom fireplace",
      "No reply for two days; the customer follows up on his own mail; the answer with a filtered "
      "catalogue link and a price comes the same morning.",
      cu("11-09 10:05", """Hi,

Do you have any small cast-iron bedroom fireplaces with their original tiles? The opening in our back bedroom is only 76 cm wide.

Thanks,
Kwame"""),
      cu("11-11 09:15", """Hi again - just following up on my email below. Still very keen if you have anything.

Kwame""", chase=True),
      ag("nell", "11-11 11:30", """Hi Kwame,

Sorry for the slow reply - we were at the Newark fair at the start of the week. Three of ours fit a 76 cm opening at the moment: https://corbelsalvage.example/fireplaces?width=76&tiles=original

The nicest is an 1880s insert with five green tube-lined tiles a side, £620, in the showroom if you want to see it.

Best,
Nell""")),

    C("k12-thornbury-forwarded-order", "en", "closed", {},
      "Tom Thornbury <tom.thornbury@example.net>", "gmail", "Fwd: Your order C-41022",
      "HTML-only mail forwarding the order confirmation (whose footer has questions); the customer's own "
      "request to switch to delivery is done; thanks-only close.",
      cu("11-09 08:00", """Hi,

The confirmation below says collection from the yard, but we asked for delivery when we paid. Can you change it to delivery to Chippenham? Any day next week is fine.

Tom

---------- Forwarded message ---------
From: Corbel Architectural Salvage <enquiries@corbelsalvage.example>
Date: Sat, 7 Nov 2026 at 15:02
Subject: Your order C-41022
To: <tom.thornbury@example.net>

Thank you for your order C-41022.
1 x Reclaimed pine floorboards, 150 mm, 18 m²
Fulfilment: collection from the yard, Wharf Road, Frome
Need to change something? Just reply to this email.
Can't find what you need? Ask about our sourcing service: https://corbelsalvage.example/sourcing?o=C-41022""",
         kind="html"),
      ag("theo", "11-09 09:30", """Hi Tom,

Sorry about that. I've switched it to delivery to Chippenham on Friday 13 November, and the £45 delivery charge is added to the invoice - pay it here when you have a moment: https://corbelsalvage.example/pay?inv=C-41022&t=1c09

Best,
Theo"""),
      cu("11-09 10:02", """Perfect, paid. Thanks!""", thanks=True)),

    C("k13-whitcombe-radiators-cheltenham", "en", "pending", {"unanswered-question": 1},
      "Daniel Whitcombe <dan.whitcombe@example.org>", "apple", "Delivery to Cheltenham",
      "First question answered with a figure; in a second mail the new delivery address is taken but the "
      "'I was wondering whether' payment question is skipped.",
      cu("11-14 10:00", """Hi, do you deliver to Cheltenham? And how much would it be for two radiators?

Daniel"""),
      ag("dom", "11-14 11:30", """Hi Daniel,

Cheltenham is on our Tuesday run - £60 for the two, to the door.

Regards,
Dominic"""),
      cu("11-14 12:10", """Great, thanks. I'll order the two 6-column ones this afternoon.

Could you deliver them to my workplace instead of home? It's Unit 3, Kingsditch Trading Estate, GL51 9NU. I was wondering whether your drivers take card for the balance on delivery, or whether it all needs paying upfront.

Daniel""", uq=1),
      ag("dom", "11-14 13:20", """Hi Daniel,

No problem, I've put the delivery address as Unit 3, Kingsditch Trading Estate. You're on the run for Tuesday 17th.

Regards,
Dominic""")),

    C("k14-farrant-re-enamel", "en", "pending", {},
      "Imogen Farrant <imogen.farrant@example.com>", "gmail", "Re-enamelling a fireplace insert",
      "'I'll come back to you early next week with a figure' said on Thursday, kept on Monday with "
      "the price and lead time.",
      cu("11-12 09:20", """Hello,

I have a Victorian cast-iron fireplace insert (photo attached) whose enamel has crazed and chipped badly around the hood. Is that something your workshop could re-enamel, and roughly how much would it cost?

Kind regards,
Imogen Farrant""", attach=[("image/png", "insert-hood.png", ENAMEL_PNG)]),
      ag("ffion", "11-12 14:00", """Hi Imogen,

Yes, re-enamelling is something we do - your insert looks like a good candidate. The price depends on whether the hood and the fret come apart cleanly, so let me check with our enameller in Stroud and I'll come back to you early next week with a figure.

Ffion""", promises=[("11-17", 3)]),
      ag("ffion", "11-16 10:15", """Hi Imogen,

Stroud have come back: £480 for the insert including the hood, about five weeks. We can collect it on our Bath run if that's easier, £35 each way.

Ffion""")),

    C("k15-lacey-pitch-pine-end-of-day", "en", "closed", {"missed-follow-up": 1},
      "Martin Lacey <martin@thefeathersdevizes.example>", "outlook", "Pitch pine boards for The Feathers",
      "Stock answered; the delivered price is promised 'by end of day' and never sent; the customer "
      "does not write again.",
      cu("11-04 11:00", """Hello,

We're refurbishing the bar at The Feathers and need about 25 m² of reclaimed pitch pine floorboards. Can you give me a price per m² delivered to Devizes? We'd need them in the first week of December.

Regards,
Martin Lacey
The Feathers, Devizes"""),
      ag("theo", "11-04 13:45", """Hi Martin,

We have 31 m² of pitch pine from a chapel in Radstock - tongue-and-groove, 140 mm wide - and it can be with you in early December. I'm just working out the delivered price with Dominic and will send it over by end of day.

Best,
Theo""", promises=[("11-04", None)])),

    C("k16-garside-surround-no-show", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Pippa Garside <pippa.garside@example.co.uk>", "gmail", "Missed delivery - order C-41090",
      "Delivery cancelled after a breakdown; 'I'll ... let you know tomorrow' never kept; the customer "
      "chases twice, the second time angrily, and gets no answer.",
      cu("11-10 15:00", """Hi,

I ordered the Georgian pine fire surround (C-41090) and delivery was meant to be last Friday. Nobody came and nobody rang. What happened, and when can you deliver instead?

Pippa Garside"""),
      ag("dom", "11-10 16:30", """Hi Pippa,

I'm so sorry - the lorry broke down on the A36 on Friday morning and we had to cancel the whole round. I'll find a new slot with the drivers and let you know tomorrow.

Regards,
Dominic""", promises=[("11-11", None)]),
      cu("11-13 10:00", """Hi Dominic,

I still haven't heard about a new delivery date. Could you let me know please?

Pippa""", chase=True),
      cu("11-18 09:30", """This is my third email. I'm still waiting for a delivery date for a surround I paid for three weeks ago. Please ring me on 07700 900412 or reply today.

Pippa Garside""", chase=True)),
]

CASES += [
    C("k17-mcallister-fire-rating", "en", "closed", {},
      "Fiona McAllister <fiona@mcallisterinteriors.example>", "outlook", "Edwardian oak doors - fire rating",
      "One question answered with 'they're not' and the usual upgrade; the designer's signature has a "
      "'Planning a renovation?' line with a '?' URL, also in her thanks-only reply.",
      cu("11-05 12:00", """Hi,

Could you tell me whether the Edwardian oak doors in your New In section (DR-0911 to DR-0914) are fire-rated at all? Our building control officer is asking.

Best,
Fiona McAllister | McAllister Interiors
Planning a renovation? Book a free consultation: https://mcallisterinteriors.example/book?src=email"""),
      ag("nell", "11-05 15:00", """Hi Fiona,

They're not - almost no period door is. What building control usually accepts is an upgrade: intumescent paint on both faces and intumescent seals in the frame. Ffion's workshop does that for £220 a door, with a certificate from the paint supplier.

Nell"""),
      cu("11-05 15:40", """Thanks Nell, that's really helpful. I'll pass it on.

Fiona McAllister | McAllister Interiors
Planning a renovation? Book a free consultation: https://mcallisterinteriors.example/book?src=email""",
         thanks=True)),

    C("k18-dunmore-radiator-reopened", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Graham Dunmore <g.dunmore@example.org>", "thunderbird", "Weeping radiator",
      "A leak fixed by tightening, 'I'll mark this as resolved'; twelve days later a new problem in the "
      "same thread: the bleed valve is posted, the thread size question is skipped.",
      cu("11-02 09:00", """Hello,

The radiator you delivered on Saturday has a weep at the bottom left gasket. Can someone come and look at it?

Graham Dunmore"""),
      ag("ffion", "11-02 11:00", """Hi Graham,

That will be a gasket settling - it often happens on the first heat-up. With the heating off, give the union nut at that corner a quarter turn with a spanner. If it still weeps after a day, tell me and we'll send a fitter out.

Ffion"""),
      cu("11-03 18:00", """Tightening did the trick, thanks. All dry now.

Graham""", thanks=True),
      ag("ffion", "11-04 09:00", """Glad to hear it! I'll mark this as resolved - do shout if it comes back.

Ffion""", closes=True),
      cu("11-16 20:15", """Hi Ffion,

Sorry to come back on this. The first radiator is fine, but the bleed valve on the second one now won't close fully and drips when the heating is on. Could you send a replacement bleed valve? And what size is the thread - my plumber wants to know in case he has one in the van.

Graham""", uq=1),
      ag("ffion", "11-17 10:00", """Hi Graham,

A new bleed valve went in the post this morning, first class, so it should be with you by Thursday.

Ffion""")),

    C("k19-calloway-hotel-fireplaces", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Serena Calloway <serena.calloway@callowayhotels.example>", "owa", "14 bedroom fireplaces - Bradford-on-Avon",
      "Hotel refit handled by three agents: Nell's 'Theo will send the quote' kept by Theo next day, "
      "Dominic splits the delivery; the bank-details request is skipped; thanks-only close.",
      cu("11-02 10:00", """Hello,

We're refitting 14 bedrooms at our Bradford-on-Avon hotel and would like matching cast-iron bedroom fireplaces in all of them. Can you supply 14 that match? Do you also fit them, or only supply?

Regards,
Serena Calloway
Projects Manager | Calloway Hotels"""),
      ag("nell", "11-02 12:00", """Dear Serena,

Fourteen identical is a tall order, but we have a run of eleven from one Bristol terrace and three of the same pattern from the street behind it - side by side you would not tell them apart. We only supply; for fitting I can recommend two HETAS installers who have done a lot of our pieces. Theo will send you the quote.

Kind regards,
Nell""", promises=[("window", 3)]),
      ag("theo", "11-03 09:30", """Dear Serena,

Please find the quote attached: fourteen inserts and delivery on our West Wilts run.

Best regards,
Theo""", attach=[("application/pdf", "Q-2611-052.pdf", HOTEL_QUOTE_PDF)]),
      cu("11-03 13:00", """Thanks both, the quote looks fine and we'll go ahead.

Could you split the delivery - seven on Monday 30 November and seven on Monday 7 December? Could you also send your bank details on letterhead? Our finance team needs them to set you up as a supplier.

Serena""", uq=1),
      ag("dom", "11-04 08:45", """Hi Serena,

Yes - seven on Monday 30 November and seven on Monday 7 December, both first thing on the West Wilts run.

Regards,
Dominic"""),
      cu("11-04 09:10", """Perfect, thank you Dominic.""", thanks=True)),

    C("k20-pemberton-sunday-visit", "en", "open", {},
      "Alex Pemberton <alex.pemberton@example.com>", "gmail", "Parquet and opening hours",
      "A fresh enquiry on the audit morning with only the acknowledgement: open, inside the response "
      "target.",
      cu("11-20 08:40", """Hello,

Do you have any reclaimed parquet in oak or iroko, around 25 m²? And are you open on Sundays? It's the only day I could drive over.

Thanks,
Alex"""),
      ack("11-20 08:41")),

    C("k21-rowntree-cracked-tiles", "en", "open", {"awaiting-reply": 1},
      "Ella Rowntree <ella.rowntree@example.net>", "apple", "Cracked encaustic tiles",
      "Nine cracked tiles with a photo; only the acknowledgement answers, for two days.",
      cu("11-18 14:00", """Hello,

I collected the encaustic tiles (order C-41171) on Saturday and when I unpacked them last night nine were cracked right through - photo attached. Could you replace those nine, or refund them if you have no more? And what would you like me to do with the broken ones?

Thanks,
Ella Rowntree""", attach=[("image/png", "cracked-tiles.png", TILES_PNG)]),
      ack("11-18 14:01")),

    C("k22-hollis-door-stripping", "en", "closed", {"unanswered-question": 1},
      "Ben Hollis <benhollis@example.org>", "gmail", "Stripping three doors before delivery",
      "Asked whether the workshop strips and how long for three doors: price given, the job put on the "
      "board, no time frame; 'Great, go ahead' closes it.",
      cu("11-05 17:30", """Hi,

I've bought three of your painted Victorian doors (DR-0850, DR-0851, DR-0852). Can you strip the paint off in the workshop before delivery, or do we have to do that ourselves? And how long would that take for three doors? We're hoping to hang them before Christmas.

Ben""", uq=1),
      ag("ffion", "11-06 09:10", """Hi Ben,

We can - caustic dip and a hand finish is £85 a door, so £255 for the three. I've put them on the workshop board.

Ffion"""),
      cu("11-06 09:30", """Great, go ahead. Thanks!

Ben""", thanks=True)),

    C("k23-brandt-eichendielen", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Jörg Brandt <j.brandt@brandt-architekten.example>", "outlook_de", "Eichendielen aus Rückbau, ca. 80 m²",
      "German architect: stock and sample answered, 'Ich melde mich morgen' about the missing 24 m² is "
      "kept only after 'ich warte immer noch auf Ihre Rückmeldung'.",
      cu("11-10 09:00", """Sehr geehrte Damen und Herren,

für ein Projekt in Köln suchen wir ca. 80 m² Eichendielen aus Rückbau, Breite mindestens 180 mm. Haben Sie so etwas im Bestand? Und können Sie uns ein Muster schicken?

Mit freundlichen Grüßen
Jörg Brandt
Brandt Architekten, Köln"""),
      ag("katrin", "11-10 11:30", """Sehr geehrter Herr Brandt,

im Moment haben wir 56 m² Eiche in 190 mm Breite aus einer Scheune in Wiltshire. Für die restlichen 24 m² muss ich mit unserem Lieferanten in Somerset sprechen, ob eine zweite Partie derselben Herkunft kommt. Ein Muster habe ich Ihnen heute per Kurier geschickt. Ich melde mich morgen, sobald ich mit dem Lieferanten gesprochen habe.

Mit freundlichen Grüßen
Katrin Vogel""", promises=[("11-11", 4)]),
      cu("11-16 08:30", """Sehr geehrte Frau Vogel,

ich warte immer noch auf Ihre Rückmeldung zu den restlichen 24 m². Unser Bauherr möchte diese Woche entscheiden. Das Muster ist angekommen, danke.

Mit freundlichen Grüßen
Jörg Brandt""", chase=True),
      ag("katrin", "11-16 13:00", """Sehr geehrter Herr Brandt,

entschuldigen Sie bitte die Verzögerung. Der Lieferant hat noch 30 m² aus derselben Scheune, also reicht es für Ihre 80 m². Der Preis ist für alles gleich: 118 £/m² netto, Lieferung nach Köln per Spedition 640 £.

Mit freundlichen Grüßen
Katrin Vogel"""), tz=1),

    C("k24-wagner-uid-rechnung", "de", "closed", {"unanswered-question": 1},
      "Claudia Wagner <claudia.wagner@example.at>", "gmail_de", "Heizkörper RD-3320 - Lieferung und Rechnung",
      "Austrian customer: the delivery time is answered, the request for an invoice with the UID number "
      "(written without a question mark) is not.",
      cu("11-04 10:15", """Grüß Gott,

ich habe gestern den gusseisernen Heizkörper RD-3320 bestellt (Bestellnummer C-41120). Können Sie mir sagen, wann er ungefähr in Innsbruck ankommt? Außerdem bräuchte ich eine Rechnung mit unserer UID-Nummer ATU12345678, sonst kann mein Mann die Vorsteuer nicht abziehen.

Liebe Grüße
Claudia Wagner""", uq=1),
      ag("katrin", "11-04 14:00", """Liebe Frau Wagner,

der Heizkörper geht am Donnerstag mit der Spedition raus und ist normalerweise nach fünf bis sieben Werktagen in Innsbruck. Die Spedition ruft Sie vorher an, um einen Termin auszumachen.

Viele Grüße
Katrin Vogel"""), tz=1),

    C("k25-krause-marmor-inline", "de", "closed", {},
      "Matthias Krause <m.krause@example.ch>", "thunderbird_de", "Marmorkamine - einige Fragen",
      "Swiss customer with a bulleted list of three questions, each answered inline under the quote.",
      cu("11-05 19:00", """Hallo,

ein paar Fragen zu Ihren Marmorkaminen:

- Werden die Kaminumrandungen zerlegt geliefert?
- Ist eine Montageanleitung dabei?
- Können Sie in die Schweiz liefern, und wer kümmert sich um den Zoll?

Gruss aus Zürich
Matthias Krause"""),
      ag("katrin", "11-06 09:20", """Hallo Herr Krause,

> - Werden die Kaminumrandungen zerlegt geliefert?

In drei bis fünf Teilen, jedes in einer eigenen Holzkiste.

> - Ist eine Montageanleitung dabei?

Eine schriftliche nicht, aber alle Teile sind nummeriert und Sie bekommen Fotos vom Probeaufbau in unserer Werkstatt.

> - Können Sie in die Schweiz liefern, und wer kümmert sich um den Zoll?

Ja. Die Ausfuhrpapiere machen wir, die Verzollung bei der Einfuhr übernimmt unsere Spedition für pauschal 95 CHF.

Viele Grüße
Katrin Vogel""", quote=False), tz=1),

    C("k26-giraud-cheminee-carrare", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Pierre Giraud <pierre.giraud@example.fr>", "gmail", "Cheminée en marbre de Carrare",
      "French customer (Gmail in English): delivery to Brittany answered, 'Je reviens vers vous d'ici "
      "jeudi' with the measurements kept on Monday after 'je me permets de vous relancer'.",
      cu("11-10 10:00", """Bonjour,

Nous cherchons une cheminée Louis XVI pour un appartement ancien à Rennes. Auriez-vous quelque chose en marbre blanc de Carrare, d'environ 130 cm de large ? Et livrez-vous en Bretagne ?

Cordialement,
Pierre Giraud"""),
      ag("amelie", "11-10 14:30", """Bonjour Monsieur Giraud,

La livraison en Bretagne ne pose aucun problème : nous passons par un transporteur spécialisé via Portsmouth. Pour le modèle, deux cheminées pourraient convenir, mais l'atelier les a démontées et je dois vérifier les dimensions exactes. Je reviens vers vous d'ici jeudi avec les mesures et des photos.

Bien à vous,
Amélie""", promises=[("11-12", 4)]),
      cu("11-14 11:00", """Bonjour Madame Roux,

Je me permets de vous relancer au sujet des cheminées. Avez-vous pu obtenir les mesures ?

Cordialement,
Pierre Giraud""", chase=True),
      ag("amelie", "11-16 09:45", """Bonjour Monsieur Giraud,

Toutes mes excuses pour ce retard. La première fait 128 cm de large pour 112 cm de haut, la seconde 134 x 118 cm ; les deux sont en Carrare veiné gris. Photos en pièce jointe.

Bien à vous,
Amélie""", attach=[("image/png", "cheminees-carrare.png", CHEMINEE_PNG)]), tz=1),

    C("k27-bernard-radiateurs-bruxelles", "fr", "closed", {},
      "Chantal Bernard <chantal.bernard@example.be>", "iphone", "Radiateurs en fonte - même modèle",
      "Belgian returning customer: stock and a quote with delivery answered, quote attached; a "
      "thanks-only reply that announces her own next step.",
      cu("11-06 08:30", """Bonjour,

Nous avons acheté chez vous l'an dernier des radiateurs en fonte à colonnes de 60 cm. Nous voudrions en commander deux autres du même modèle. En avez-vous encore ? Si oui, pourriez-vous nous envoyer un devis avec la livraison à Bruxelles ?

Merci d'avance !
Chantal Bernard

Envoyé de mon iPhone"""),
      ag("amelie", "11-06 11:00", """Bonjour Madame Bernard,

Quel plaisir d'avoir de vos nouvelles ! Il nous en reste trois de ce modèle. Vous trouverez le devis ci-joint : deux radiateurs de 12 éléments, livraison à Bruxelles comprise, 1 290 £.

Bien à vous,
Amélie""", attach=[("application/pdf", "devis-D-2611-014.pdf", DEVIS_PDF)]),
      cu("11-06 12:00", """Parfait, merci beaucoup ! Je vous confirme la commande la semaine prochaine.

Chantal

Envoyé de mon iPhone""", thanks=True), tz=1),

    C("k28-morel-chalet-annecy", "fr", "pending", {"unanswered-question": 2},
      "Hélène Morel <helene.morel@example.fr>", "apple_fr", "Chalet près d'Annecy - radiateurs, parquet",
      "Questions inside one long paragraph: the heat-pump question is answered with a link, the Hungarian "
      "point parquet and the delivery time to Haute-Savoie are not; the doors are announced for later.",
      cu("11-16 21:30", """Bonjour,

Nous venons d'acheter un chalet des années 1920 près d'Annecy et tout est à refaire : les radiateurs d'origine ont été remplacés par d'affreux convecteurs, le parquet est sous la moquette et il manque deux portes intérieures. J'ai vu sur votre site des radiateurs en fonte décorés Art nouveau, est-ce qu'ils sont compatibles avec une pompe à chaleur basse température ? Je me demande aussi si vous avez du parquet en point de Hongrie en chêne, environ 40 m². Quel serait le délai de livraison en Haute-Savoie ? Pour les portes, je vous enverrai les dimensions quand le menuisier sera passé.

Merci beaucoup pour votre aide,
Hélène Morel""", uq=2),
      ag("amelie", "11-17 10:20", """Bonjour Madame Morel,

Félicitations pour le chalet ! Les radiateurs en fonte fonctionnent très bien avec une pompe à chaleur basse température, à condition de les surdimensionner d'environ 30 à 40 % ; envoyez-nous les dimensions des pièces et nous ferons le calcul. Les modèles Art nouveau disponibles sont ici : https://corbelsalvage.example/fr/radiateurs?style=art-nouveau

Bien à vous,
Amélie"""), tz=1),

    C("k29-ortega-factura-taberna", "es", "closed", {"unanswered-question": 1},
      "Marta Ortega <marta@tabernaelpatio.example>", "gmail_es", "Puertas de pino - tratamiento y factura",
      "Spanish restaurant owner: the woodworm treatment question is answered, the request to reissue the "
      "invoice to the company is not.",
      cu("11-04 12:00", """Buenas tardes:

Hemos recibido las puertas de pino para el restaurante, todo perfecto. Me queda una duda: ¿las puertas llevan algún tratamiento contra la carcoma o conviene aplicarlo nosotros? Por otro lado, necesito que la factura salga a nombre de Taberna El Patio S.L., con el CIF B41234567; la que nos llegó está a mi nombre.

Un saludo,
Marta Ortega
Taberna El Patio""", uq=1),
      ag("lucia", "11-04 15:00", """Hola, Marta:

¡Qué bien que hayan llegado perfectas! Todas nuestras puertas pasan por un tratamiento antixilófagos en el taller antes de venderse, así que no hace falta aplicar nada; con una mano de cera al año es suficiente.

Un saludo,
Lucía"""), tz=1),

    C("k30-salazar-baldosa-hidraulica", "es", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Diego Salazar <diego@salazarinteriorismo.example>", "android", "Baldosa hidráulica FL-6012",
      "Friday evening question on Outlook for Android, '¿Hay alguna novedad? Sigo esperando' on "
      "Monday; answered the same day with stock and price.",
      cu("11-06 19:00", """Hola, ¿me podrían decir si la baldosa hidráulica que tienen en la web (referencia FL-6012) sigue disponible? Necesitaría unos 9 m².

Diego Salazar
Salazar Interiorismo"""),
      cu("11-09 10:00", """Hola de nuevo. ¿Hay alguna novedad? Sigo esperando respuesta sobre la baldosa, el cliente tiene prisa.

Diego""", chase=True),
      ag("lucia", "11-09 12:30", """Hola, Diego:

Disculpe la demora, los viernes por la tarde y el fin de semana no hay nadie en el correo. Sí, sigue disponible: quedan 11,5 m², a 175 £/m², y se la puedo reservar una semana.

Un saludo,
Lucía"""), tz=1),

    C("k31-rios-envios-argentina", "es", "closed", {},
      "Valentina Ríos <vale.rios@example.com.ar>", "gmail_es", "Envíos a Argentina",
      "Customer in Buenos Aires (UTC-3): shipping answered with time and cost, the catalogue question "
      "with a bare link; thanks-only reply.",
      cu("11-05 10:00", """Hola, ¿hacen envíos a Argentina? Y si es así, ¿dónde puedo ver el catálogo completo de chimeneas de hierro? En la web solo veo unas pocas.

Gracias,
Valentina"""),
      ag("lucia", "11-05 15:20", """Hola, Valentina:

Sí, enviamos a Argentina por barco desde Southampton; tarda unas seis o siete semanas y el flete de una chimenea embalada sale por unas 480 £ hasta Buenos Aires.

https://corbelsalvage.example/es/chimeneas?material=hierro&todas=1

Un saludo,
Lucía"""),
      cu("11-05 16:00", """¡Mil gracias, Lucía! Lo miro con calma.

Vale""", thanks=True), tz=-3),

    C("k32-farleigh-revised-door-quote", "en", "pending", {},
      "Ollie Farleigh <ollie@farleighandstone.example>", "outlook", "Revised quote - doors for Lansdown Crescent",
      "'I'll send the revised quote on Tuesday 24th': a promise whose deadline is still ahead at audit "
      "time.",
      cu("11-18 10:00", """Hi Theo,

The client has changed their mind again: instead of eight four-panel doors they now want six four-panel and four six-panel. Can you send a revised quote?

Cheers,
Ollie Farleigh
Farleigh & Stone Builders""", to="Theo Marchetti <theo@corbelsalvage.example>"),
      ag("theo", "11-18 15:00", """Hi Ollie,

No problem. The six-panels are in stock, but I want Ffion to check two of them for warp before I price them, so I'll send the revised quote on Tuesday 24th.

Best,
Theo""", promises=[("11-24", None)])),

    C("k33-yardley-tiled-hearth-resend", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Carol Yardley <carol.yardley@example.co.uk>", "gmail", "Victorian tiled hearth",
      "No reply for four days, so the customer resends the same mail as a new message; the answer lists "
      "two hearths and ignores the cutting-to-size question asked in both.",
      cu("11-05 21:00", """Hello,

Do you sell reclaimed tiled hearths to go with a cast-iron insert? I need one about 120 x 45 cm. Also, could you let me know if you can cut an oversized hearth down to size?

Carol Yardley""", uq=1),
      cu("11-09 08:00", """Hello,

(Sending this again in case it got lost.)

Do you sell reclaimed tiled hearths to go with a cast-iron insert? I need one about 120 x 45 cm. Also, could you let me know if you can cut an oversized hearth down to size?

Carol Yardley""", chase=True, parent=0),
      ag("nell", "11-09 10:00", """Hi Carol,

We have two at the moment: a Minton geometric one, 122 x 46 cm, for £340, and a plainer red and black one, 118 x 44 cm, for £190. Photos of both: https://corbelsalvage.example/hearths?ref=SR&size=120x45

Best,
Nell""")),

    C("k34-okafor-collection-ooo", "en", "closed", {},
      "Chidi Okafor <chidi.okafor@example.com>", "gmail", "Collecting the pine doors on Saturday",
      "Collection day and van parking answered in one reply; the customer's out-of-office answers it "
      "automatically.",
      cu("11-03 13:00", """Hi,

Can I collect the pine doors (C-41101) this Saturday instead of next week? And is there parking for a Luton van at the yard?

Thanks,
Chidi"""),
      ag("dom", "11-03 16:00", """Hi Chidi,

Saturday's fine - the doors will be wrapped and waiting in bay 4. There's room for a Luton right by the loading bay; just give the gatehouse your order number.

Regards,
Dominic"""),
      auto("11-03 16:01", """I'm away from my desk until Thursday 5 November with limited access to email. For anything urgent please call the office on 0117 496 0123.

Chidi Okafor""", quote=False, subject="Automatic reply: RE: Collecting the pine doors on Saturday")),
]

CASES += [
    C("k35-linwood-boards-logistics", "en", "pending", {},
      "Sam Linwood <sam.linwood@example.org>", "thunderbird", "Delivery of pine boards to Radstock",
      "Delivery day and unloading answered; 'He'll ring you ... before he gets there' and the pallet "
      "collection are logistics, not promises; a thanks-only mail when the boards arrive.",
      cu("11-16 09:00", """Hi,

Just confirming the delivery of the 20 m² of Victorian pine boards to 7 Quarry Lane, Radstock. What day is it coming, and will the driver need help unloading?

Sam"""),
      ag("dom", "11-16 10:30", """Hi Sam,

It's on Thursday's run, 19 November. The boards are on one pallet and the lorry has a tail lift, so no help needed - but someone does need to sign for them. He'll ring you about 30 minutes before he gets there, and we pick the empty pallet up on the next Bath run.

Regards,
Dominic"""),
      cu("11-19 13:10", """Boards arrived this morning, all good. Thanks!

Sam""", thanks=True)),

    C("k36-vance-1930s-html", "en", "pending", {"unanswered-question": 1},
      "Priya Vance <priya.vance@example.com>", "gmail", "1930s fireplace, handles and vouchers",
      "HTML-only mail with three questions; the fireplaces and gift vouchers are answered, the bakelite "
      "door handles are not.",
      cu("11-13 20:30", """Hi,

We're doing up a 1930s semi and want to put the original look back. Do you have any 1930s tiled fireplaces in beige or pink? Also, can you tell me if you have matching bakelite door handles? Oh and one more - do you do gift vouchers? It's for my dad's birthday, he's obsessed with your yard.

Thanks!
Priya""", kind="html", uq=1),
      ag("nell", "11-14 10:00", """Hi Priya,

We have two 1930s tiled surrounds in at the moment: a stepped beige one with a chrome fret (£280) and a pink-and-cream one with a small mantel shelf (£320). Photos: https://corbelsalvage.example/fireplaces?era=1930s

Vouchers from £25 upwards, posted or emailed: https://corbelsalvage.example/vouchers

Best,
Nell""")),

    C("k37-harcourt-progress-photos", "en", "closed", {"missed-follow-up": 1},
      "Edward Harcourt <edward.harcourt@example.co.uk>", "outlook", "Progress photos - job W-2207",
      "'She'll email you some photos on Friday' (a colleague's promise) is never kept and nobody "
      "chases.",
      cu("11-03 09:00", """Good morning,

Could you send me some progress photos of the marble surround you're restoring for us (job W-2207)? My wife would love to see it before it's finished.

Regards,
Edward Harcourt"""),
      ag("nell", "11-03 11:00", """Dear Edward,

I've asked Ffion in the workshop - she'll email you some photos on Friday once the honing is done.

Kind regards,
Nell""", promises=[("11-06", None)])),

    C("k38-stanier-colleague-delivers", "en", "closed", {},
      "Lucy Stanier <lucy.stanier@example.com>", "gmail", "Paying for my hold H-0932",
      "Nell answers one question and says Dominic will email the earliest date tomorrow; Dominic does, "
      "with just the date; thanks-only close.",
      cu("11-04 08:00", """Hi Nell,

I'm ready to pay for the oak door and the two radiators (hold ref H-0932). Can they come on the same delivery? And when's the earliest you could bring them to Glastonbury?

Lucy"""),
      ag("nell", "11-04 09:30", """Hi Lucy,

Yes, they'll all come together. Dominic plans the Somerset runs - he'll email you tomorrow with the earliest date.

Nell""", promises=[("11-05", 3)]),
      ag("dom", "11-05 10:00", """Hi Lucy,

Earliest is Tuesday 10 November, between 12 and 4.

Regards,
Dominic"""),
      cu("11-05 10:20", """Brilliant, Tuesday works. Thanks!""", thanks=True)),

    C("k39-everett-georgian-farmhouse", "en", "pending", {"unanswered-question": 2},
      "Marcus Everett <marcus.everett@example.net>", "gmail", "Georgian farmhouse - what can you help with?",
      "Four numbered questions in a long mail: boards and doors answered, the kitchen range and "
      "whether the yard buys salvage are not.",
      cu("11-17 13:10", """Hi,

We've bought a wreck of a Georgian farmhouse outside Shepton Mallet and I'm trying to get my head round what we can save and what we'll need to buy. A few questions:

1) The floorboards in two bedrooms are beyond saving. Do you have wide elm or oak boards (250 mm plus), about 35 m²?
2) We're missing three internal doors - six-panel, pine. Could you keep an eye out for some around 1980 x 760 mm?
3) Is it worth restoring the original range in the kitchen, or is that usually a money pit? Happy to send photos.
4) Do you buy salvage too? There's a lot of stone and slate in the outbuildings.

Sorry for the essay!
Marcus""", uq=2),
      ag("nell", "11-17 16:00", """Hi Marcus,

What a project! We have 38 m² of elm, 260 to 310 mm wide, from a mill near Devizes, at £95/m². I've also set up a sourcing request (SR-0441) for three six-panel pine doors at 1980 x 760 - Georgian six-panels come in most months, so I'm hopeful.

Best,
Nell""")),

    C("k40-ridley-parquet-oil", "en", "closed", {},
      "Tessa Ridley <tessa@ridleyhome.example>", "apple", "The parquet is down!",
      "A rhetorical question and a self-answered one around one real question (which oil), answered "
      "by product name; thanks-only reply.",
      cu("11-06 17:00", """Hi Nell,

The parquet went down this week and it looks incredible - who knew a school hall floor could look this good in a sitting room? One thing: what's the best oil to finish it with? Where did I put the batch number... never mind, it's on the delivery note: FL-5401.

Tessa"""),
      ag("nell", "11-07 09:00", """Hi Tessa,

So glad! For FL-5401 I'd use a hard-wax oil - Osmo Polyx 3032 satin, two thin coats, buffed in. Avoid anything water-based on old blocks.

Nell"""),
      cu("11-07 10:00", """Perfect, thank you! Will send a photo when the furniture's back in.

Tessa""", thanks=True)),

    C("k41-kemble-leaking-sections", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Alice Kemble <alice.kemble@example.org>", "gmail", "Radiator leaking between sections",
      "Both questions answered, but 'I'll ... get back to you in the next couple of days with a date and "
      "a price' is never kept; 'I haven't heard back' a week later is still unanswered.",
      cu("11-12 10:00", """Hello,

Our cast-iron radiator (bought from you in March) has started leaking from between two of the sections. Is that something your workshop can fix, and would you need the whole radiator back?

Alice Kemble"""),
      ag("ffion", "11-12 12:00", """Hi Alice,

Sorry to hear that. It's almost always a perished nipple between the sections, and yes, we'd need the radiator back to split it and re-seal it. I'll check the workshop schedule and get back to you in the next couple of days with a date and a price.

Ffion""", promises=[("window", None)]),
      cu("11-19 09:00", """Hi Ffion,

I haven't heard back about the radiator repair. Is there any news? It's getting cold here!

Alice""", chase=True)),

    C("k42-bright-skirting-android", "en", "closed", {"unanswered-question": 1},
      "Nathan Bright <nathan@brightjoinery.example>", "android", "Pine skirting",
      "A joiner on Outlook for Android asks for more skirting and an invoice copy; his reply lost its "
      "threading headers; the skirting is put on hold, the invoice copy never sent.",
      cu("11-02 07:45", """Hi, do you have any more of the Victorian pine skirting (the 9 inch torus profile)? I need another 14 metres. Please send me a copy of last month's invoice too, my accountant needs it.

Nathan
Bright Joinery""", uq=1),
      ag("nell", "11-02 10:00", """Hi Nathan,

We have 22 metres of the 9-inch torus left, from the same house as your last lot. Shall I put 14 m aside for you?

Nell"""),
      cu("11-02 12:30", """Yes please, I'll pick it up Thursday.

Nathan""", thread=False),
      ag("nell", "11-02 13:00", """Hi Nathan,

Done - 14 m of the 9-inch torus is on hold in your name until Thursday.

Nell""")),

    C("k43-ingram-old-client", "en", "closed", {},
      "Walter Ingram <w.ingram@example.org>", "oldclient", "Old fireplace for sale",
      "An elderly seller on an old mail client whose reply carries no threading headers; the visit is "
      "arranged and his question about removing the fire is answered.",
      cu("11-04 15:00", """Dear Sir or Madam,

Do you buy old fireplaces? I have a cast iron one with the tiles in my late mother's house in Frome. Would someone come and look at it?

Yours faithfully,
Walter Ingram"""),
      ag("nell", "11-04 16:30", """Dear Mr Ingram,

Yes, we do, and I'm sorry about your mother. I'm in Frome on Friday morning and could call in at 10am, if that suits you.

Kind regards,
Nell"""),
      cu("11-05 09:00", """Friday at 10 is fine. The address is 12 Vallis Road. Please ring the bell twice, it is rather faint. Should I have the fire taken out of the wall beforehand?

W. Ingram""", thread=False),
      ag("nell", "11-05 10:00", """Dear Mr Ingram,

No need - leave it where it is. If we buy it, our team takes it out and makes good the opening. See you on Friday at 10.

Kind regards,
Nell""")),

    C("k44-mercer-pro-forma", "en", "closed", {"unanswered-question": 1},
      "Joanna Mercer <joanna@mercerhomes.example>", "owa", "Pro forma for hold H-0940",
      "The pro forma is sent as a PDF; the question about paying in two instalments is not touched.",
      cu("11-06 11:00", """Hi Theo,

Could you send me a pro forma for the six radiators on hold (H-0940) so we can pay by BACS? And would you accept payment in two instalments, half now and half on delivery?

Thanks,
Joanna Mercer
Mercer Homes Ltd""", uq=1, to="Theo Marchetti <theo@corbelsalvage.example>"),
      ag("theo", "11-06 14:00", """Hi Joanna,

Pro forma attached - our bank details are on the second page.

Best,
Theo""", attach=[("application/pdf", "PF-1187.pdf", PROFORMA_PDF)])),

    C("k45-quinn-collect-restore-store", "en", "closed", {},
      "Róisín Quinn <roisin.quinn@example.ie>", "gmail", "Collect, restore and store a fireplace?",
      "Base64-encoded request for a three-part quote; the reply answers it with figures and a PDF; a "
      "quoted-printable thanks-only reply.",
      cu("11-05 10:00", """Hi,

Could you quote me for collecting a marble fireplace from our house in Clifton, restoring it (there's a crack right across the mantel shelf) and storing it for about three months while the builders are in?

Thanks a million,
Róisín""", cte="base64"),
      ag("theo", "11-05 15:00", """Hi Róisín,

Quote attached: collection £120, crack repair and re-polish £380, and storage £15 a week. Everything on it is valid to the end of January.

Best,
Theo""", attach=[("application/pdf", "Q-2611-063.pdf", RESTORE_QUOTE_PDF)]),
      cu("11-05 16:00", """Brilliant, thanks Theo - we'll book it in once the builders give us a start date.

Róisín""", thanks=True, cte="quoted-printable")),

    C("k46-sutton-revised-parquet-quote", "en", "closed", {"missed-follow-up": 1},
      "Greg Sutton <greg.sutton@example.com>", "apple", "Herringbone parquet - revised quantity",
      "'I'll send the revised quote tomorrow' is never sent; the customer does not chase.",
      cu("11-09 09:30", """Hi Theo,

We've decided to go with the herringbone parquet, but only 42 m² rather than the 50 in your quote. Could you revise it?

Greg"""),
      ag("theo", "11-09 11:00", """Hi Greg,

Of course - I'll send the revised quote tomorrow.

Best,
Theo""", promises=[("11-10", None)])),

    C("k47-schulte-ersatzkachel", "de", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Anja Schulte <anja.schulte@example.de>", "gmail_de", "Gesprungene Kachel am Kamineinsatz C-41005",
      "German customer: the replacement tile is deferred with 'melde mich bis Mittwoch' and found only "
      "after 'gibt es schon etwas Neues'; how to take the cracked tile out is never answered.",
      cu("11-09 10:00", """Hallo Frau Vogel,

wir haben bei Ihnen einen viktorianischen Kamineinsatz mit Kacheln gekauft (C-41005). Leider ist beim Transport eine der Kacheln gesprungen, Foto anbei. Können Sie eine passende Ersatzkachel besorgen? Und wie sollen wir die gesprungene Kachel ausbauen, ohne den Einsatz zu beschädigen?

Viele Grüße
Anja Schulte""", uq=1, attach=[("image/png", "kachel.png", KACHEL_PNG)]),
      ag("katrin", "11-09 13:00", """Liebe Frau Schulte,

das tut mir leid! Ich kläre mit der Werkstatt, ob wir noch eine Kachel aus derselben Serie haben, und melde mich bis Mittwoch bei Ihnen.

Viele Grüße
Katrin Vogel""", promises=[("11-11", 4)]),
      cu("11-16 09:00", """Hallo Frau Vogel,

gibt es schon etwas Neues wegen der Ersatzkachel?

Viele Grüße
Anja Schulte""", chase=True),
      ag("katrin", "11-17 10:00", """Liebe Frau Schulte,

entschuldigen Sie die Verzögerung. Wir haben eine passende Kachel aus demselben Satz gefunden; sie ist heute mit DHL an Sie rausgegangen, Sendungsnummer 00340434161234567890.

Viele Grüße
Katrin Vogel""")),

    C("k48-pardo-puertas-eixample", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Carmen Pardo <carmen.pardo@example.es>", "gmail_es", "Puertas de paso con vidrio grabado",
      "Barcelona architect: stock answered, the custom sizing deferred with 'se lo confirmo mañana' "
      "(never kept), the sample of etched glass never mentioned.",
      cu("11-03 10:00", """Buenos días:

Para una rehabilitación en el Eixample buscamos puertas de paso de madera con vidrio grabado, unas ocho. ¿Tienen existencias? Quisiera saber también si pueden adaptar las puertas a nuestras medidas, que son algo más estrechas que las estándar inglesas. Por último, ¿podrían enviarnos una muestra del vidrio grabado?

Saludos cordiales,
Carmen Pardo
Pardo Arquitectura""", uq=1),
      ag("lucia", "11-03 12:00", """Buenos días, Carmen:

Tenemos once puertas con vidrio grabado de la misma casa de Bristol, así que ocho iguales no son problema. Lo de adaptarlas a sus medidas se lo confirmo mañana, en cuanto lo hable con el taller.

Un saludo,
Lucía""", promises=[("11-04", None)]), tz=1),

    C("k49-fairbairn-ledged-doors", "en", "closed", {"unanswered-question": 2},
      "Gordon Fairbairn <gordon.fairbairn@example.co.uk>", "gmail", "Oak ledged doors DR-0930",
      "The price is answered with a figure; the follow-up's three questions get only the heights - the "
      "thickness and the photo of the backs are skipped.",
      cu("11-13 11:00", """Hi, what's the price of the pair of oak ledged doors, DR-0930?

Gordon"""),
      ag("nell", "11-13 12:00", """Hi Gordon,

£480 for the pair, with their original thumb latches.

Nell"""),
      cu("11-13 12:30", """Thanks. Are they the same height as each other? They look slightly different in the photo. And could you measure the thickness for me - I need to order hinges. Please also send a photo of the backs, I want to see whether they've been cut for a lock.

Gordon""", uq=2),
      ag("nell", "11-13 13:30", """Hi Gordon,

I've just been out with a tape: both are 1955 mm. The difference in the photo is the camera angle.

Nell""")),

    C("k50-hartley-guides-links", "en", "pending", {},
      "Jo Hartley <jo.hartley@example.net>", "apple", "Fire basket instructions and care guide",
      "Two questions answered with two bare links and no other text.",
      cu("11-17 09:00", """Hi,

Where can I find fitting instructions for the reproduction fire basket I bought last week? And do you have a care guide for cast-iron fireplaces - what to black-lead them with and so on?

Thanks,
Jo"""),
      ag("nell", "11-17 11:00", """https://corbelsalvage.example/guides/fire-basket-fitting.pdf
https://corbelsalvage.example/guides/cast-iron-care?src=email""")),

    C("k51-youngs-radiator-weight", "en", "closed", {},
      "Rachel Youngs <rachel@youngspm.example>", "outlook", "Radiator order C-41150 - weight and size",
      "Two questions answered in one short sentence: a figure and 'so yes'.",
      cu("11-10 14:00", """Hi,

Quick ones about the radiator order (C-41150): what's the total weight of the four radiators, and will they fit through a standard 760 mm doorway? We need to book the right lift at the flats.

Rachel Youngs
Youngs Property Management"""),
      ag("dom", "11-10 15:00", """Hi Rachel,

412 kg all in, and the widest is 640 mm, so yes.

Regards,
Dominic""")),
]

UNANSWERED: dict[str, list[str]] = {
    "k02-kestrel-parquet-library": [
        "Could you also let me know whether the blocks have been cleaned of the old bitumen adhesive, "
        "or whether that would fall to our contractor?"],
    "k05-ferreira-surround-stairs": [
        "Is there an extra charge for the stairs?",
        "Also, would you be able to take away the old gas fire while you're there?"],
    "k07-lemoine-carreaux-ciment": [
        "Je voudrais aussi savoir si vous pouvez les expédier en France, idéalement jusqu'à Libourne."],
    "k10-brackenridge-york-stone": [
        "Also please make the invoice out to Brackenridge Builders Ltd, 18 Station Parade, Harrogate "
        "HG1 1UE, not to me personally."],
    "k13-whitcombe-radiators-cheltenham": [
        "I was wondering whether your drivers take card for the balance on delivery, or whether it all "
        "needs paying upfront."],
    "k18-dunmore-radiator-reopened": [
        "And what size is the thread - my plumber wants to know in case he has one in the van."],
    "k19-calloway-hotel-fireplaces": [
        "Could you also send your bank details on letterhead?"],
    "k22-hollis-door-stripping": [
        "And how long would that take for three doors?"],
    "k24-wagner-uid-rechnung": [
        "Außerdem bräuchte ich eine Rechnung mit unserer UID-Nummer ATU12345678, sonst kann mein Mann "
        "die Vorsteuer nicht abziehen."],
    "k28-morel-chalet-annecy": [
        "Je me demande aussi si vous avez du parquet en point de Hongrie en chêne, environ 40 m².",
        "Quel serait le délai de livraison en Haute-Savoie ?"],
    "k29-ortega-factura-taberna": [
        "Por otro lado, necesito que la factura salga a nombre de Taberna El Patio S.L., con el CIF "
        "B41234567; la que nos llegó está a mi nombre."],
    "k33-yardley-tiled-hearth-resend": [
        "Also, could you let me know if you can cut an oversized hearth down to size?"],
    "k36-vance-1930s-html": [
        "Also, can you tell me if you have matching bakelite door handles?"],
    "k39-everett-georgian-farmhouse": [
        "Is it worth restoring the original range in the kitchen, or is that usually a money pit?",
        "Do you buy salvage too?"],
    "k42-bright-skirting-android": [
        "Please send me a copy of last month's invoice too, my accountant needs it."],
    "k44-mercer-pro-forma": [
        "And would you accept payment in two instalments, half now and half on delivery?"],
    "k47-schulte-ersatzkachel": [
        "Und wie sollen wir die gesprungene Kachel ausbauen, ohne den Einsatz zu beschädigen?"],
    "k48-pardo-puertas-eixample": [
        "Por último, ¿podrían enviarnos una muestra del vidrio grabado?"],
    "k49-fairbairn-ledged-doors": [
        "And could you measure the thickness for me - I need to order hinges.",
        "Please also send a photo of the backs, I want to see whether they've been cut for a lock."],
}

# --------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------

README_HEAD = """# Practice corpus 97: Corbel Architectural Salvage support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Corbel Architectural Salvage**, a salvage yard in Frome, Somerset, selling
  reclaimed fireplaces and surrounds, doors, flooring (parquet, boards, flagstones, encaustic
  and cement tiles) and cast-iron radiators; free sourcing requests for hard-to-find pieces,
  its own lorries and carriers for delivery (UK and export), and a restoration workshop
  (stripping, re-enamelling, pressure testing, re-sealing). Support address
  `enquiries@corbelsalvage.example`; agents Nell Hargreaves (sourcing and sales), Dominic
  Achebe (deliveries), Ffion Pryce (restoration workshop), Theo Marchetti (quotes and
  accounts), Katrin Vogel (German-speaking customers), Amélie Roux (French-speaking) and
  Lucía Montero (Spanish-speaking), all `@corbelsalvage.example`. A helpdesk robot
  (`Auto-Submitted: auto-replied`) acknowledges a few enquiries with "a member of staff will
  answer within one working day" - service-hours text, not a commitment.
- Customers are homeowners, architects, builders, interior designers, a hotel group, a pub
  and a restaurant, on `example.*` and `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain corbelsalvage.example`.

```
python scripts/make_practice97_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice97_corpus.py --out /tmp/p97         # ... into another folder
python scripts/evaluate.py --corpus tests/practice97            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice97_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. Do not edit generated files; edit the script and rerun it.
"""

README_DESIGN = """
## By design

Answered questions (not labelled) are answered the way staff write: in one paragraph out of
order (k01), inline under each quoted line (k03, k25), with just a figure or a date (k13,
k38, k51: "412 kg all in, and the widest is 640 mm, so yes."), with bare links (k31, k50), an
attachment (k04, k06, k27, k44, k45), by a colleague (k19, k38), after a deferral kept on
time (k14 "early next week"), and after a chase (k04, k11, k23, k26, k30, k47).

Unanswered questions are the realistic kind: a secondary question skipped while the main
point is handled (k02, k05, k07, k22, k36, k39, k44, k48, k49), a request made in passing
without a question mark (k10 invoice name, k24 "Außerdem bräuchte ich eine Rechnung ...",
k29 "necesito que la factura salga a nombre de ...", k42 invoice copy), an indirect question
("I was wondering whether ...", k13), questions inside one long paragraph (k28), a follow-up
mail after the first answer (k13, k19, k49), a new problem after an explicit close (k18),
a reply that talks about a neighbouring matter (k02: how the blocks were lifted, not the
bitumen), and a question in a resent mail (k33: asked twice, labelled once).

Not questions: a rhetorical question and a self-answered one (k40), a forwarded order
confirmation with "Need to change something?" and a sourcing link with `?` in an HTML-only
mail (k12), a designer's signature "Planning a renovation?" with a `?` URL (k17), thanks-only
mails (k01, k02, k06, k08, k12, k17, k18, k19, k22, k27, k31, k35, k38, k40, k45), and
questions in the customer's latest mail with no reply after them (k16, k20, k21, k41), which
are `awaiting-reply` territory.

Commitments: kept on time (k14 "early next week"; k19 "Theo will send you the quote", kept by
Theo; k38 "he'll email you tomorrow", kept by Dominic), kept late (k04 "by Wednesday", k10
"tomorrow", k23 "Ich melde mich morgen", k26 "d'ici jeudi", k47 "bis Mittwoch"), never kept
(k08 "le escribo el jueves", k15 "by end of day", k16 "tomorrow", k37 "she'll email you some
photos on Friday", k41 "in the next couple of days", k46 "tomorrow", k48 "se lo confirmo
mañana"), and a deadline still ahead at audit time (k32, Tuesday 24 November). Not
commitments: the driver ringing before arrival and the pallet pick-up (k01, k10, k35), the
sourcing list's automatic emails (k09), the carrier phoning for an appointment (k24), a
parcel "should be with you by Thursday" (k18), an offered visit (k43).

Chasing: "any news on the quote?" (k04), "just following up on my email below" (k11), "I
still haven't heard" and "I'm still waiting" (k16, twice), "ich warte immer noch auf Ihre
Rückmeldung" (k23), "Je me permets de vous relancer" (k26), "¿Hay alguna novedad? Sigo
esperando" (k30), a word-for-word resend as a new mail (k33), "I haven't heard back" (k41),
"gibt es schon etwas Neues" (k47).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop and on the web and Outlook
for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects), Apple Mail
(en/fr), iPhone, Thunderbird (en/de), an old Eudora-style client; customers in UTC, UTC+1
and UTC-3; plain 7bit, quoted-printable, base64 (k45), multipart/alternative
(acknowledgements) and HTML-only (k12, k36); PDF and PNG attachments; a customer's
out-of-office reply (k34); replies that lost their threading headers (k42, k43); a resend
without threading headers (k33); a customer following up on her own mail (k11, k30); mail
addressed to an agent rather than the desk (k32, k44).

## Judgement calls

- **k33**: the hearth question appears in the original and in the resend; it is one question,
  labelled once (on the original).
- **k19**: "Could you also send your bank details on letterhead? Our finance team needs them
  ..." is one request (one finding); the delivery split in the same mail is answered.
- **k28**: "Je me demande aussi si vous avez du parquet ..." and "Quel serait le délai de
  livraison en Haute-Savoie ?" are two questions; the doors sentence announces her own next
  step and asks nothing.
- **k47**: the deferral ("ich kläre ... ob wir noch eine Kachel ... haben") covers the
  replacement tile only; the removal question is never addressed, so it is labelled, and the
  late reply sends the tile (a done deed, not a new promise).
- **k05**: "our two-man team will carry it up" answers the first question only; nothing
  says whether the stairs cost extra or whether the old fire goes.
- **k35**: "He'll ring you about 30 minutes before he gets there" describes how the delivery
  works; not a commitment to write back.
- **k08, k27, k45**: "Quedo a la espera", "Je vous confirme la commande la semaine
  prochaine", "we'll book it in once the builders give us a start date" thank and announce the
  customer's own next step: thanks-only.
- **k42**: "Shall I put 14 m aside for you?" is the agent's question; the joiner's "Yes please,
  I'll pick it up Thursday." asks nothing new.

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py,
tests/test_practice24_corpus.py and tests/practice24/README.md (structure only),
tests/corpusfiles.py (test helpers). Not
opened: anything under `happyaudit/`, the README's method, accuracy and weak-point sections,
other tests and corpora. All labels were fixed before the single evaluation run and none was
changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md: the hand-written description with the corpus figures computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    lang_text = ", ".join(f"{names[k]} {n}" for k, n in langs.most_common())
    rule_text = ", ".join(f"{r} {found[r]}" + (f" (in {uq_cases} cases)" if r == "unanswered-question" else "")
                          for r in RULES if found[r])
    return (README_HEAD + "\n## Contents\n\n"
            f"{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox "
            f"({roles['customer']} customer mails and {roles['auto']} customer out-of-office reply), "
            f"{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. {clean} clean cases "
            f"({round(100 * clean / len(cases))} %). Languages: {lang_text} "
            f"({round(100 * langs['en'] / len(cases))} % English). Statuses: {statuses['closed']} closed, "
            f"{statuses['pending']} pending, {statuses['open']} open.\n\n"
            f"Expected findings: {rule_text}.\n" + README_DESIGN)

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"CS-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=DESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
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
    return mailcraft.cases_table("Practice corpus 97: Corbel Architectural Salvage - cases",
                                 "make_practice97_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.corbelsalvage.example")
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
        raise SystemExit("refusing to write tests/practice97:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice97:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice97 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
