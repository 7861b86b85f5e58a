#!/usr/bin/env python3
"""Regenerate ``tests/practice80/``: a labelled corpus of Marrowby Seeds & Allotment Supplies.

A support mailbox of a fictional mail-order seed merchant that sells vegetable and flower
seed, seed potatoes, onion sets and garlic, bulbs, bare-root fruit and allotment tools to
allotment holders, societies, schools, market gardens and a few garden centres (despatch
weeks, substitutions, germination complaints, guarantees, society and trade discounts,
exports to the EU with phytosanitary certificates, invoices), written without looking at the
detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``marrowbyseeds.example``.

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

Usage: python scripts/make_practice80_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "marrowbyseeds.example"
HELP = "Marrowby Seeds <help@marrowbyseeds.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice80"

AGENTS = {
    "fern": ("Fern Hollis <fern.hollis@marrowbyseeds.example>", "thunderbird", """-- 
Fern Hollis
Orders & Despatch | Marrowby Seeds & Allotment Supplies
Marrowby Mill, Station Road, Marrowby, Lincs LN11 4RP
Track a parcel: https://marrowbyseeds.example/track?ref=email"""),
    "cedric": ("Cedric Oyelaran <cedric.oyelaran@marrowbyseeds.example>", "outlook", """Cedric Oyelaran
Seed Potatoes, Bulbs & Growing Advice | Marrowby Seeds
Not sure what to sow when? https://marrowbyseeds.example/calendar?src=sig"""),
    "bryony": ("Bryony Latchford <bryony.latchford@marrowbyseeds.example>", "owa", """Bryony Latchford
Accounts, Societies & Trade | Marrowby Seeds & Allotment Supplies
01507 600 418

This message is confidential and intended for the named recipient only. If you received it
in error, please tell us and delete it. Marrowby Seeds Ltd, registered in England 04417723."""),
    "wilf": ("Wilf Dunmore <wilf.dunmore@marrowbyseeds.example>", "apple", """Wilf Dunmore
Tools, Structures & Guarantees
Marrowby Seeds & Allotment Supplies"""),
    "heike": ("Heike Brandauer <heike.brandauer@marrowbyseeds.example>", "thunderbird_de", """-- 
Heike Brandauer
Kundenservice Deutschland/Österreich/Schweiz | Marrowby Seeds
https://marrowbyseeds.example/de?utm_source=mail"""),
    "solene": ("Solène Garrigue <solene.garrigue@marrowbyseeds.example>", "apple_fr", """Solène Garrigue
Service clients France & Belgique | Marrowby Seeds
https://marrowbyseeds.example/fr/expedition-ue?lang=fr"""),
    "nuria": ("Nuria Estévez <nuria.estevez@marrowbyseeds.example>", "gmail_es", """--
Nuria Estévez
Atención al cliente en español | Marrowby Seeds
+44 1507 600 425"""),
}

ACK = """Hello,

Thanks for getting in touch with Marrowby Seeds. This is an automatic receipt: your
message has been logged as {ref}. The office is open Monday to Friday, 8.30am to 4.30pm,
and our team usually replies within one working day. During the sowing rush
(January to April) it can take a little longer.

Sowing and planting guides: https://marrowbyseeds.example/guides?from=receipt

Marrowby Seeds & Allotment Supplies"""

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
    "helpdesk": ["X-Mailer: Marrowby Helpdesk 5.0"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="msa.", outlook_server="CWLP265")
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
    """The end of ``day`` ("MM-DD") in the UK: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

ORDER_FORM_PDF = mailcraft.pdf(["Marrowby Seeds - Society order form 2027",
                                "Account SOC-1187 Pennock Lane Allotment Society",
                                "Columns: plot no., member, item code, qty, price",
                                "Return by 31 January 2027 for February despatch"])
SPADE_PNG = mailcraft.png(10, 16, lambda x, y: (120 + 6 * x, 90 + 3 * y, 60))
CLOCHE_PNG = mailcraft.png(14, 10, lambda x, y: (200 - 5 * y, 220, 230 - 4 * x))
BONEMEAL_PNG = mailcraft.png(12, 12, lambda x, y: (230 - 2 * x, 215 - 3 * y, 190))
TRADE_PDF = mailcraft.pdf(["Marrowby Seeds - Trade pack 2027",
                           "Trade discount 40% off RRP on seed packets",
                           "First order minimum GBP 250, repeat orders GBP 100",
                           "Spinner display stand free with first orders over GBP 400"])
PRICELIST_PDF = mailcraft.pdf(["Marrowby Seeds - Trade price list 2027 (garden centres)",
                               "Seed packets, onion sets, seed potatoes, sundries",
                               "Minimum order GBP 150, carriage paid over GBP 300"])
BULB_QUOTE_PDF = mailcraft.pdf(["Marrowby Seeds - Quotation Q-26-1131",
                                "400 x Narcissus Tete-a-Tete @ 0.22 = 88.00",
                                "200 x Crocus Flower Record @ 0.15 = 30.00",
                                "Total GBP 118.00, delivery free, valid to 30/11/2026"])
HAENDLER_PDF = mailcraft.pdf(["Marrowby Seeds - Haendlerpreisliste EU 2027",
                              "Wildtulpen, Allium, Narzissen - Rabatt 35% ab GBP 300",
                              "Pflanzengesundheitszeugnis inklusive"])
LISTA_CSV = ("variedad;cantidad\nTomate Marmande;4\nPimiento de Padrón;3\nHaba Aguadulce;6\n"
             "Lechuga Maravilla de Verano;5\nRegaderas infantiles;10\nPalas de mano infantiles;10\n"
             ).encode("utf-8")

CASES: list[Case] = [
    C("m01-pennock-lane-society", "en", "closed", {},
      "Margaret Sowerby <secretary@pennocklane-allotments.example>", "gmail", "Society order for the spring",
      "New society secretary asks three things (discount, one delivery, order deadline); answered in one paragraph out of order, with the order form attached. Cc to the treasurer.",
      cu("11-02 09:10", """Dear Marrowby team,

I'm the new secretary of Pennock Lane Allotment Society (42 plots, Sheffield) and I've inherited the job of collecting the members' spring order. My predecessor left very few notes, so forgive the basic questions.

Is there a discount for societies ordering over a certain amount? I was wondering, too, whether everything could be delivered to my address in one go rather than to each plot holder. And what is the latest date you need the combined order by for the seed potatoes to arrive in time for chitting?

With thanks,
Margaret Sowerby
Hon. Secretary, Pennock Lane Allotment Society""", cc="Derek Hoyland <treasurer@pennocklane-allotments.example>", kind="alt"),
      ag("bryony", "11-02 11:40", """Dear Margaret,

Welcome to the job! If the combined order reaches us by 31 January, the potatoes leave here in the second week of February, which gives everyone a good six weeks of chitting. It can all come to you as one consignment - we pack each member's items in a separate bag with their name and plot number on it, so sorting is quick. Societies get 15% off any single order over £200 before delivery, and 20% over £500.

I've opened a society account for you (SOC-1187) and attached the order form your members can fill in.

Kind regards,
Bryony""", attach=[("application/pdf", "society-order-form-2027.pdf", ORDER_FORM_PDF)])),

    C("m02-hebden-garlic-rust", "en", "closed", {"unanswered-question": 1},
      "Colin Ackroyd <colin.ackroyd@moorside-mail.example>", "outlook", "Garlic and rust",
      "Two growing questions answered in detail; the request to post a printed catalogue to a neighbour is skipped; thanks-only reply.",
      cu("11-03 08:20", """Hello,

Last year my garlic (Solent Wight, from you) got rust badly - orange spots all over the leaves by May and the bulbs never sized up. Which of your varieties stands up best to rust? Is it too late to get garlic in the ground now? I'm at about 300m near Hebden Bridge and the plot has already had two frosts.

Also, please pop a printed catalogue in the post for my neighbour, she doesn't do computers: Mrs E. Greenwood, 4 Heptonstall Road, Hebden Bridge HX7 6AB.

Regards,
Colin Ackroyd""", uq=1),
      ag("cedric", "11-03 10:55", """Hi Colin,

Rust has been the curse of alliums these last few summers. In our trials 'Carcassonne Wight' and the elephant garlic shrugged it off best, and the hardneck 'Lautrec' wasn't far behind. Put them on fresh ground if you can - the spores overwinter on old leaves.

You're not late at all. Garlic needs a cold spell to split into cloves, so anything up to Christmas is fine even at your height. If the soil turns to porridge, start the cloves in modules in a cold frame and plant them out in March.

Best wishes,
Cedric"""),
      cu("11-03 12:10", """Thanks Cedric, Carcassonne it is - order going in tonight.

Colin""", thanks=True)),

    C("m03-devika-spade-handle", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Devika Rao <devika.rao@fernleaf.example>", "iphone", "Spade handle snapped",
      "Broken spade with a photo; 'I'll ... come back to you by Friday' is kept the next Tuesday only after 'any news on the spade?': missed and chased.",
      cu("11-11 18:40", """Hi,

The handle of my Marrowby border spade snapped at the socket yesterday. Bought in March (order MS-47211), used on ordinary allotment soil, no levering of tree roots or anything daft. Photo attached. Is this covered by the guarantee?

Devika

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", SPADE_PNG)]),
      ag("wilf", "11-12 09:30", """Hi Devika,

Sorry to see that - it's a clean break right at the socket, which shouldn't happen on a spade that age. I'll check with the manufacturer whether it's covered and come back to you by Friday.

Wilf""", promises=[("11-13", 4)]),
      cu("11-17 07:55", """Hi Wilf, any news on the spade? It's the only one I've got and I'm halfway through digging over the bean bed.

Devika

Sent from my iPhone""", chase=True),
      ag("wilf", "11-17 11:20", """Hi Devika,

Apologies for leaving you hanging. The maker has agreed it's from a faulty batch of handles: a brand-new spade goes out to you by courier today, and you can keep or bin the broken one - no need to post it back.

Wilf""")),

    C("m04-ray-seed-potatoes-inline", "en", "closed", {},
      "Ray Pettigrew <r.pettigrew@coldharbour.example>", "thunderbird", "Seed potatoes next year",
      "Three questions answered inline under each quoted line (a date range, a 'Yes - ...', 'Certified, both'); thanks-only reply.",
      cu("11-04 19:05", """Evening,

Thinking about next season already. Three things:

When do you start sending out seed potatoes?
Can I pick which week they arrive? I'm away the first fortnight of February.
Are your Charlotte and Pink Fir Apple certified seed, or saved stock?

Thanks,
Ray"""),
      ag("fern", "11-05 09:15", """Hi Ray,

> When do you start sending out seed potatoes?

From the last week of January, working north from Cornwall; Scotland goes out last, in mid-March.

> Can I pick which week they arrive? I'm away the first fortnight of February.

Yes - write "not before 16 Feb" in the delivery note box at checkout and we'll hold them.

> Are your Charlotte and Pink Fir Apple certified seed, or saved stock?

Certified, both. The SPCS tag is on every net.

Fern""", quote=False),
      cu("11-05 10:02", """Champion, thanks Fern.

Ray""", thanks=True)),

    C("m05-alison-sweet-peas", "en", "closed", {"unanswered-question": 1},
      "Alison Birtwhistle <ali.birtwhistle@example.org>", "gmail", "Sweet peas not coming up",
      "Replacement sent for poor germination; the question about chipping or soaking the seed is not touched.",
      cu("11-05 13:30", """Hello,

I sowed a packet of your 'Matucana' sweet peas on 20 October in root trainers in the cold frame, and three weeks on only 3 of about 40 have come up. The compost hasn't dried out and the mice can't get in. Could you send a replacement packet, or a refund if they're out of stock?

Could you also tell me whether I should be chipping or soaking them first? My mum always did but the packet doesn't say.

Alison""", uq=1),
      ag("fern", "11-06 08:50", """Hi Alison,

Sorry they've let you down. A fresh packet of Matucana from this year's batch went out first class this morning, no charge - it should be with you Monday.

Fern""")),

    C("m06-harriet-tulip-mould", "en", "pending", {},
      "Harriet Stoneleigh <harriet@stoneleigh-home.example>", "apple", "Tulip bulbs - mould?",
      "Late-planting and mould questions both answered in the agent's own words.",
      cu("11-16 17:20", """Hello,

My tulips (order MS-50877, 'Ballerina' and 'Queen of Night') arrived on Saturday. Is it too late to plant them now, in the second half of November? And a few of them have a patch of bluish mould on the papery skin - are those OK to plant or should I throw them away?

Many thanks,
Harriet Stoneleigh"""),
      ag("cedric", "11-17 08:40", """Dear Harriet,

Tulips are the one bulb that's happiest going in late: November into early December is ideal, because the cold soil keeps tulip fire away. The blue-green mould on the tunic is only skin-deep - rub it off, check the bulb underneath is firm, and plant as normal. Only bin any that feel soft when you squeeze them.

Best wishes,
Cedric""")),

    C("m07-gordon-gift-voucher", "en", "closed", {},
      "Gordon Fairweather <gordon.fairweather@example.net>", "outlook", "Gift voucher",
      "A pleasantry ('Hope you're all keeping dry over there?') and three voucher questions answered in two sentences with a link.",
      cu("11-05 10:00", """Hello,

Hope you're all keeping dry over there? It's been biblical here.

My wife has an allotment and I'm hopeless at choosing seeds for her, so I'd like to get her a voucher for Christmas. Do you do gift vouchers, and could one be emailed to me rather than posted? Does it have an expiry date?

Many thanks,
Gordon Fairweather"""),
      ag("bryony", "11-05 12:30", """Hi Gordon,

Dry-ish, thanks! You can buy e-vouchers from £10 to £150 at https://marrowbyseeds.example/vouchers - it arrives in your inbox straight away as a PDF you can print and wrap, and it's valid for two years from purchase.

Kind regards,
Bryony""")),

    C("m08-harcastle-onion-swap", "en", "pending", {"unanswered-question": 2},
      "Neil Harcastle <neil@harcastle-growers.example>", "owa", "Order MS-50917 - wrong onion sets",
      "Market garden complains about a substitution: why and the return are answered; the VAT invoice and the standing no-substitutes note are not.",
      cu("11-16 08:00", """Hello,

Our order MS-50917 arrived on Saturday. We ordered 5kg of Sturon onion sets and got 5kg of Centurion with a slip saying "substituted". Nobody asked us. Why were they swapped without checking with us first? We'd like the Sturon if you still have them, and you can have the Centurion back.

I also need a proper VAT invoice for this order - the packing slip doesn't show VAT and our accountant won't accept it. And please put a note on our account: no substitutions, ever, on anything.

Neil Harcastle
Harcastle Market Garden""", uq=2),
      ag("fern", "11-16 11:10", """Hi Neil,

Sturon sold out on the morning your order was packed. Our default is to send a like-for-like variety unless the 'no substitutes' box is ticked at checkout, but I agree we should have emailed you first - sorry.

We had Sturon back in on Friday: 5kg went out to you this morning on a 48-hour service, and the courier will pick up the Centurion at the same time, so there's nothing for you to post.

Fern""")),

    C("m09-stuart-hoe-sharpening", "en", "closed", {},
      "Stuart Pim <stuart.pim@example.com>", "android", "Sharpening service?",
      "Short question from Outlook for Android answered with a price and a turnaround time.",
      cu("11-06 11:00", """Do you sharpen hoes and shears if I post them in? How much, and how long does it take?

Stuart

Get Outlook for Android"""),
      ag("wilf", "11-06 14:00", """Hi Stuart,

We do - £6 a blade, return postage included, and they're back with you within 7-10 days. Wrap the edges in cardboard and pop a note in with your name and phone number.

Wilf""")),

    C("m10-hallermann-saatgut", "de", "closed", {},
      "Jörg Hallermann <j.hallermann@gartenfreunde-kassel.example>", "gmail_de", "Saatgut nach Deutschland?",
      "German allotment holder in Kassel: export of seed, the certificate and seed potatoes - all three answered (the last with a no); thanks-only reply.",
      cu("11-04 19:30", """Hallo,

ich bin Kleingärtner in Kassel und bin über einen Freund auf Ihre Seite gestoßen. Liefern Sie Saatgut auch nach Deutschland? Wenn ja, was kostet der Versand ungefähr, und braucht es dafür ein Pflanzengesundheitszeugnis? Saatkartoffeln würde ich auch gern bei Ihnen bestellen - geht das?

Viele Grüße aus Nordhessen
Jörg Hallermann""", tz=1),
      ag("heike", "11-05 09:00", """Hallo Herr Hallermann,

vielen Dank für Ihr Interesse! Gemüse- und Blumensaatgut schicken wir in die ganze EU. Das Pflanzengesundheitszeugnis legen wir jeder Sendung bei; dafür berechnen wir pauschal 9,50 £, der Versand nach Deutschland kostet 6,95 £.

Saatkartoffeln dürfen seit dem Brexit leider nicht mehr aus Großbritannien in die EU eingeführt werden - da muss ich Sie an eine deutsche Gärtnerei verweisen.

Viele Grüße
Heike Brandauer"""),
      cu("11-05 18:45", """Vielen Dank für die schnelle Antwort!

J. Hallermann""", tz=1, thanks=True)),

    C("m11-kreutzer-steckzwiebeln", "de", "closed", {"unanswered-question": 1},
      "Sabine Kreutzer <s.kreutzer@kreutzer-hof.example>", "outlook_de", "Steckzwiebeln 'Radar' - Bestellung MS-49302",
      "German customer (Outlook, Von:/Gesendet: quote): the planting question is answered, the corrected invoice with the VAT number asked for is ignored.",
      cu("11-05 08:15", """Guten Morgen,

die Steckzwiebeln 'Radar' sind gestern angekommen, vielen Dank. Kann ich die jetzt Anfang November noch setzen, oder ist es dafür zu spät? Wir sind in der Pfalz, der Boden ist noch offen und nicht zu nass.

Außerdem wäre ich dankbar, wenn Sie mir die Rechnung noch einmal mit unserer USt-IdNr. DE287331904 schicken könnten, die fehlt auf der ersten.

Mit freundlichen Grüßen
Sabine Kreutzer
Kreutzer-Hof, Bad Dürkheim""", tz=1, uq=1),
      ag("heike", "11-05 11:00", """Guten Morgen Frau Kreutzer,

gar nicht zu spät - in der Pfalz können Sie Winterzwiebeln bis Ende November setzen. Stecken Sie sie so, dass die Spitze gerade noch herausschaut, mit etwa 10 cm Abstand; bei Kahlfrost hilft eine Lage Vlies.

Viele Grüße
Heike Brandauer""")),

    C("m12-ferrand-echalotes", "fr", "closed", {},
      "Odile Ferrand <odile.ferrand@example.fr>", "apple_fr", "Ail violet et échalotes",
      "French newcomer in Dorset: a variety that is not stocked (alternative given) and planting time for shallots, both answered in French.",
      cu("11-05 17:00", """Bonjour,

J'habite près de Bridport depuis peu et je découvre le potager à l'anglaise ! Est-ce que vous vendez de l'ail violet de Cadours ? Je voudrais aussi savoir si vos échalotes peuvent se planter maintenant ou seulement au printemps.

Merci beaucoup,
Odile Ferrand"""),
      ag("solene", "11-06 08:40", """Bonjour Odile,

Bienvenue dans le Dorset ! Nous n'avons pas le violet de Cadours, mais 'Germidour' est un ail violet très proche, qui se plante dès maintenant. Pour les échalotes, la grise se met en terre en novembre ; les autres ('Longor', 'Jermor') attendent février ou mars.

Bien cordialement,
Solène""")),

    C("m13-mendoza-habas", "es", "pending", {},
      "Lucía Mendoza Arregui <lucia.mendoza@example.es>", "gmail_es", "Habas para sembrar en otoño",
      "Spanish allotment holder in Leicester asks for a broad-bean variety and the sowing time; both answered in one paragraph.",
      cu("11-16 20:00", """Hola:

Tengo una parcela en Leicester y quiero sembrar habas ahora en otoño, como hacía mi abuelo en Navarra. ¿Qué variedad me recomiendan para el clima de aquí? ¿Y hasta cuándo estoy a tiempo de sembrarlas?

Mil gracias,
Lucía"""),
      ag("nuria", "11-17 09:00", """Hola, Lucía:

Para sembrar en otoño aquí la más fiable es 'Aquadulce Claudia', que aguanta bien el frío; tiene tiempo hasta mediados de diciembre, y si hiela fuerte conviene taparlas con un poco de manta térmica.

Un saludo,
Nuria""")),

    C("m14-kettlewell-catalogue", "en", "pending", {"customer-chased": 2, "slow-first-response": 1},
      "Arthur Kettlewell <a.kettlewell@example.org.uk>", "oldclient", "2027 catalogue",
      "An old client without a Message-ID asks for the printed catalogue; two chasers from an iPhone (the first cannot thread to the id-less original) before a reply a week later that answers both questions.",
      cu("11-09 10:00", """Dear Sirs,

Could you send me a copy of your new catalogue when it is printed? I have been a customer since 1998, same address as ever (12 Nab Lane, Shipley BD18 4HB).

Also, are you still selling the 'Marrowby Mixed Salad Leaves'? I could not find them on the computer.

Yours faithfully,
Arthur Kettlewell""", msgid=False, note="Arthur Kettlewell's request for the 2027 catalogue, sent from an old client without a Message-ID"),
      cu("11-12 09:00", """Just following up on my email of Monday about the catalogue. Has it gone out yet?

A. Kettlewell

Sent from my iPhone""", client="iphone", chase=True),
      cu("11-16 08:00", """Still nothing through the letterbox and no reply to my emails. Could someone please let me know whether the catalogue is on its way?

A. Kettlewell

Sent from my iPhone""", client="iphone", chase=True),
      ag("fern", "11-16 14:00", """Dear Mr Kettlewell,

I'm so sorry for the silence. The 2027 catalogue only came back from the printers on Friday; yours went out first class this morning to Nab Lane.

The salad mix is still here, it's just been renamed 'Cut-and-Come-Again Winter Mix' - same seeds, page 41.

Kind regards,
Fern""")),

    C("m15-oduya-polytunnel-refund", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Kemi Oduya <kemi.oduya@example.com>", "gmail", "Refund for cancelled polytunnel",
      "Refund question gets only the helpdesk receipt; 'I haven't heard anything back' two days later, still no human reply.",
      cu("11-17 09:00", """Hi,

I cancelled my polytunnel order (MS-50602, the 3m x 4m) on 9 November, the day after ordering, and had an email saying the cancellation was accepted. The £289 still hasn't come back to my card. When will the refund be processed?

Thanks,
Kemi Oduya"""),
      ack("11-17 09:01"),
      cu("11-19 08:30", """Hi again,

I haven't heard anything back since the automatic reply on Tuesday, and there's still no sign of the £289. Can someone look at this please?

Kemi""", chase=True)),

    C("m16-ashworth-new-plot", "en", "open", {},
      "Ben Ashworth <ben.ashworth@example.co.uk>", "gmail", "Green manure for a new plot",
      "A question sent on the audit morning with only the helpdesk receipt so far (inside the response target).",
      cu("11-20 10:15", """Hello,

I've just cleared a neglected plot and I'd like to sow something over winter to keep the weeds down. Is it too late for a green manure, and which one would you sow now?

Ben"""),
      ack("11-20 10:16")),

    C("m17-blandford-polytunnel", "en", "closed", {"unanswered-question": 1, "many-handoffs": 1},
      "Trevor Blandford <trevor@blandfordplots.example>", "outlook", "Polytunnel delivered with a bent hoop",
      "Three agents on one case: a promise that a colleague will be in touch tomorrow, kept by that colleague on time; the refund of the delivery charge is answered but the question about the cover's life is not. A References gap on the last reply.",
      cu("11-02 08:30", """Hello,

The 3m x 6m polytunnel came on Friday. One of the hoops is bent nearly at right angles, the box must have been dropped. Can you send a replacement hoop? Do I need to send the bent one back first? There were also no ground anchors in the box - are they sold separately?

Trevor Blandford"""),
      ag("fern", "11-02 10:00", """Hi Trevor,

Sorry about that, it must have been a heavy landing. The ground anchors should have been in the box, so I'm adding a set to the replacement parcel at no charge. Wilf looks after our polytunnel spares and he'll be in touch tomorrow about the hoop.

Fern""", promises=[("11-03", 3)]),
      ag("wilf", "11-03 09:40", """Hi Trevor,

A replacement hoop (section C, the curved one) left this morning with Fern's anchors. Don't bother sending the bent one back - it makes a good frame for a low cloche.

Wilf""", parent=1),
      cu("11-03 14:00", """Thanks both. Since the build has been held up a week, could you refund the £14.95 delivery charge? And is the cover UV-stabilised for a fourth season, or should I budget for a new one in a couple of years?

Trevor""", uq=1),
      ag("bryony", "11-04 10:20", """Hi Trevor,

Of course - the £14.95 is back on your card today and should show within 3-5 working days.

Kind regards,
Bryony""", refs=[1, 4])),

    C("m18-oakes-peas-reopened", "en", "closed", {"reopened": 1},
      "Pauline Oakes <pauline.oakes@example.net>", "gmail", "Missing peas from order MS-49577",
      "Missing item re-sent and the ticket marked resolved; a week later the customer writes again about a double charge.",
      cu("11-03 09:00", """Hello,

My order MS-49577 arrived without the 'Kelvedon Wonder' peas, though they're on the packing slip. Could you send them on?

Pauline"""),
      ag("fern", "11-03 11:00", """Hi Pauline,

They were missed at packing, sorry - a packet went out first class this morning. I'll mark this ticket as resolved, but do shout if they don't turn up.

Fern""", closes=True),
      cu("11-10 10:30", """Hi Fern,

The peas came, thank you. But looking at my card statement I've been charged £2.85 for them twice - once with the order and again on the 3rd. Could you refund the second one?

Pauline"""),
      ag("fern", "11-10 12:15", """Hi Pauline,

You're quite right, the re-send was charged by mistake. £2.85 is refunded to your card today.

Fern""")),

    C("m19-vaughan-resolved-tag", "en", "pending", {"reopened": 1},
      "Rhodri Vaughan <rhodri.vaughan@example.wales>", "thunderbird", "No order confirmation",
      "Answer sent with a [Resolved] subject tag; five days later the customer asks to change the order in the same thread.",
      cu("11-11 08:40", """Morning,

I ordered two nets of 'Rooster' seed potatoes last night but no confirmation email has come through. Did the order go through?

Rhodri"""),
      ag("fern", "11-11 09:30", """Hi Rhodri,

It did - order MS-51102, paid in full. The confirmation went to the old address on your account (the hotmail one); I've changed it to this one.

Fern""", subject="[Resolved] Re: No order confirmation", closes=True),
      cu("11-16 18:00", """Thanks Fern. While the order's still open, could I change one of the nets of Rooster to Desiree?

Rhodri""", subject="Re: [Resolved] Re: No order confirmation"),
      ag("fern", "11-17 08:45", """Hi Rhodri,

Done - one net of Rooster and one of Desiree, same price, so nothing to pay.

Fern""")),

    C("m20-macleod-skye", "en", "closed", {"slow-first-response": 1},
      "Kirsty Macleod <kirsty@glenbervie-crofts.example>", "iphone", "Seed potatoes to Skye",
      "Friday-afternoon questions answered on Monday morning (slow), both of them in one sentence.",
      cu("11-06 15:40", """Hi, do you deliver seed potatoes to the Isle of Skye? And is there a Highlands surcharge?

Kirsty

Sent from my iPhone"""),
      ag("cedric", "11-09 10:05", """Hi Kirsty,

We do, and without a surcharge - Skye orders go by Royal Mail Tracked like everywhere else, just later in the season (late February) once the worst frosts are over on the west coast.

Best wishes,
Cedric""")),
]

CASES += [
    C("m21-okonjo-raspberry-canes", "en", "pending", {"unanswered-question": 2},
      "Jenny Okonjo <jenny.okonjo@example.com>", "gmail", "Raspberry canes",
      "Three questions about bare-root canes; the reply gives the despatch timing only.",
      cu("11-17 20:10", """Hi,

I've ordered 10 'Autumn Bliss' raspberry canes (MS-51380). When will they be sent out? Can I add another 5 canes of the yellow 'All Gold' to the same parcel? And do they come with any sort of support, or do I need to get posts and wire separately?

Thanks!
Jenny""", uq=2),
      ag("cedric", "11-18 09:10", """Hi Jenny,

Raspberry canes are lifted from the field once they're fully dormant - usually the first week of December - and go out in the order they were placed, so yours should be with you by about the 10th.

Best wishes,
Cedric""")),

    C("m22-wierzbicki-first-plot", "en", "closed", {"unanswered-question": 2},
      "Tomasz Wierzbicki <tomasz.w@example.net>", "gmail", "Brand new plot - where to start?",
      "A numbered list of six questions from a beginner, one of them withdrawn by the customer himself; the reply answers three and skips the newsletter request and the month-by-month guide.",
      cu("11-04 21:00", """Hello,

I've just been given the keys to half a plot at Brackenfield Road allotments (after three years on the waiting list!) and I honestly don't know where to start. Sorry if these are daft:

1. Which of your seeds are easiest for a complete beginner?
2. Do you sell a starter collection of some kind?
3. How much is delivery to a Highlands & Islands postcode? Ah wait - I'm in Derby, ignore that one.
4. Can I pay by PayPal?
5. Please sign me up to your monthly sowing reminders, if you have such a thing.
6. Is there a guide to what to sow in which month?

Many thanks,
Tomasz""", uq=2),
      ack("11-04 21:01"),
      ag("fern", "11-05 08:30", """Hi Tomasz,

Congratulations on the plot - three years is a long wait! Our 'First Plot' collection (£19.95) was put together for exactly this: twelve forgiving varieties - radish, cut-and-come-again salad, courgette, runner beans, beetroot, chard and so on - all of which crop in the first summer. PayPal is offered at the checkout, under the card options.

Happy growing,
Fern""")),

    C("m23-lebihan-alliums-france", "fr", "pending", {"unanswered-question": 1},
      "Gwenaëlle Le Bihan <gwen.lebihan@jardins-scorff.example>", "apple_fr", "Bulbes d'alliums pour un jardin partagé",
      "French community garden: delivery to France and its cost answered; whether the invoice can be made out to the association is not.",
      cu("11-16 19:00", """Bonjour,

Je m'occupe d'un jardin partagé à Lorient et une adhérente m'a parlé de vos alliums. Est-ce que vous livrez en France malgré le Brexit ? Si oui, combien coûte l'envoi pour une cinquantaine de bulbes ? Pourriez-vous aussi me dire si la facture peut être établie au nom de l'association « Les Jardins du Scorff » plutôt qu'à mon nom ?

Merci d'avance et belle soirée,
Gwenaëlle Le Bihan""", tz=1, uq=1),
      ag("solene", "11-17 10:20", """Bonjour Gwenaëlle,

Oui, nous expédions les bulbes en France. Chaque colis part avec un certificat phytosanitaire (9,50 £) et le port vers la France coûte 11,90 £ jusqu'à 5 kg, ce qui couvre largement cinquante bulbes. Comptez 4 à 6 jours ouvrés.

Bien cordialement,
Solène""")),

    C("m24-quintero-kennebec", "es", "closed", {"unanswered-question": 1},
      "Rafael Quintero Beltrán <rafa.quintero@correo-huerta.example>", "gmail_es", "Patata Kennebec y certificado",
      "Spanish customer in Bristol: the potato variety is answered with an alternative; the organic certificate he asks for is never mentioned.",
      cu("11-05 18:20", """Hola, buenas tardes:

Soy de Almería pero llevo ocho años en Bristol, y este año por fin tenemos parcela en el huerto comunitario del barrio. Quería preguntarles si tienen la patata Kennebec, que es la que sembraba mi padre. Y otra cosa: el mes pasado compré semillas ecológicas para el huerto (pedido MS-49012). ¿Me podrían mandar el certificado ecológico de esas semillas? Lo pide la asociación para su registro.

Muchas gracias y un saludo,
Rafa""", uq=1),
      ag("nuria", "11-06 10:00", """Hola, Rafa:

Kennebec no la tenemos, lo siento. La más parecida de nuestro catálogo es 'Cara': piel blanca, carne harinosa, muy productiva y buenísima frita. Las patatas de siembra se envían a partir de febrero.

Un saludo,
Nuria""")),

    C("m25-ibarra-presupuesto", "es", "closed", {"missed-follow-up": 1},
      "Marisol Ibarra <m.ibarra@huertoelrefugio.example>", "gmail_es", "Presupuesto para el huerto El Refugio",
      "Community garden sends a list for a quote; 'le mando el presupuesto completo el jueves' and nothing more.",
      cu("11-10 09:15", """Buenos días, Nuria:

Desde el huerto comunitario El Refugio (Peckham) queremos hacer un pedido grande para la primavera: semillas, herramientas pequeñas para el taller de los niños y abono. ¿Nos podrían preparar un presupuesto con el descuento para asociaciones? Le adjunto la lista.

Gracias,
Marisol Ibarra
Huerto Comunitario El Refugio""", attach=[("text/csv", "lista-pedido-primavera.csv", LISTA_CSV)]),
      ag("nuria", "11-10 12:30", """Buenos días, Marisol:

Gracias por la lista. Las regaderas y palas infantiles tengo que confirmarlas con el almacén, porque nos quedan pocas; le mando el presupuesto completo el jueves.

Un saludo,
Nuria""", promises=[("11-12", None)])),

    C("m26-oswald-zoll", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Friedhelm Oswald <f.oswald@web-post.example>", "thunderbird_de", "Bestellung MS-49877 hängt beim Zoll",
      "Parcel stuck at German customs: 'ich ... melde mich bis Mittwoch' not kept; the customer writes again ten days later that he is still waiting, no reply.",
      cu("11-06 10:00", """Guten Tag,

meine Bestellung MS-49877 (Blumensaatgut, bezahlt am 26.10.) ist immer noch nicht da. Laut Sendungsverfolgung liegt das Paket seit dem 30. Oktober beim Zoll in Frankfurt. Können Sie herausfinden, was da los ist?

Mit freundlichen Grüßen
F. Oswald""", tz=1),
      ag("heike", "11-06 13:15", """Guten Tag Herr Oswald,

das tut mir leid. Vermutlich fehlt dem Zoll ein Dokument; ich kläre das mit unserem Versandpartner und melde mich bis Mittwoch bei Ihnen.

Viele Grüße
Heike Brandauer""", promises=[("11-11", None)]),
      cu("11-16 09:30", """Guten Tag Frau Brandauer,

seit Ihrer Mail vom 6. November habe ich nichts mehr gehört, und das Paket steht laut Tracking noch immer in Frankfurt. Ich warte nach wie vor auf Ihre Rückmeldung.

F. Oswald""", tz=1, chase=True)),

    C("m27-aubry-tomates", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Bernadette Aubry <b.aubry@lavande-mail.example>", "apple_fr", "Graines de tomates non hybrides ?",
      "French gardener writes again two days later ('Je reviens vers vous ... resté sans réponse'); the late reply answers her question.",
      cu("11-03 09:00", """Bonjour,

Ma voisine m'a offert votre catalogue. Est-ce que vos graines de tomates sont reproductibles, c'est-à-dire non hybrides ? J'aimerais garder mes propres graines l'année prochaine.

Cordialement,
Bernadette Aubry""", tz=1),
      cu("11-05 10:00", """Bonjour,

Je reviens vers vous au sujet de mon message de mardi, resté sans réponse pour l'instant.

Cordialement,
B. Aubry""", tz=1, chase=True),
      ag("solene", "11-05 11:30", """Bonjour Madame Aubry,

Toutes nos excuses pour ce délai. Nos tomates sont des variétés population, sauf les trois marquées F1 dans le catalogue ('Sungold', 'Shirley' et 'Crimson Crush'). Vous pouvez donc récolter et ressemer les graines de toutes les autres.

Bien cordialement,
Solène Garrigue""")),

    C("m28-nuttall-pigeons", "en", "closed", {},
      "Barry Nuttall <barry.nuttall@example.com>", "gmail", "Butterfly netting",
      "A rhetorical question and a question the customer answers himself before the two real ones, both answered (one with a link).",
      cu("11-09 07:45", """Morning!

Who knew a full-grown cabbage could be flattened by one fat pigeon? Anyway. I want to order some of your butterfly netting, but where's the mesh size listed? Oh hang on, found it under 'Specifications' - 7mm, perfect.

What I actually need to know is whether the 2m x 10m roll can be cut to length without fraying, and whether you sell hoops to go with it.

Cheers,
Barry"""),
      ag("wilf", "11-09 10:10", """Morning Barry,

Pigeons are a menace. The netting is knitted rather than woven, so cut it wherever you like and it won't run. The tunnel hoop packs (6 x 1.2m, £12.50) are made for that width: https://marrowbyseeds.example/shop/tunnel-hoops

Wilf""")),

    C("m29-chaudhry-forwarded-address", "en", "pending", {},
      "Priya Chaudhry <priya.c@example.com>", "gmail", "Fwd: Your order MS-51366",
      "HTML-only mail forwarding the order confirmation (whose text has a 'What happens next?' line and a '?' URL) with one change request, which is answered.",
      cu("11-17 12:00", """Hi,

I've just placed the order below and picked the wrong delivery address - it should go to my work, not home: Unit 3, Beacon Trading Estate, Dudley DY2 0XX. Could you change it before it's packed?

Thanks,
Priya

---------- Forwarded message ---------
From: Marrowby Seeds <orders@marrowbyseeds.example>
Date: Tue, 17 Nov 2026 at 11:48
Subject: Your order MS-51366
To: <priya.c@example.com>

Thank you for your order!

Order MS-51366 - 3 items - £27.40
Deliver to: 8 Pear Tree Close, Dudley DY1 2QW

What happens next? We pack within two working days and email you a tracking link.
Need to change something? https://marrowbyseeds.example/orders/MS-51366?edit=1""", kind="html"),
      ag("fern", "11-17 13:05", """Hi Priya,

Caught it in time - MS-51366 will now go to Unit 3, Beacon Trading Estate, Dudley DY2 0XX.

Fern""")),

    C("m30-macrae-sarpo-hold", "en", "pending", {},
      "Ewan Macrae <ewan@strathcarron-farm.example>", "outlook", "25kg Sarpo Mira for the community farm",
      "Reservation confirmed; the promise to confirm the despatch week 'by Tuesday 24 November' is still ahead at audit time.",
      cu("11-19 08:15", """Hello,

We'd like 25kg of 'Sarpo Mira' seed potatoes for our community farm. Can you hold that quantity for us, and when would it be despatched?

Ewan Macrae
Strathcarron Community Farm"""),
      ag("cedric", "11-19 11:30", """Hi Ewan,

25kg is fine - I've reserved it under your name. The exact despatch week depends on when the Scottish growers lift, and I'll confirm it by Tuesday 24 November once I have their schedule.

Best wishes,
Cedric""", promises=[("11-24", None)])),

    C("m31-doyle-cracked-cloche", "en", "closed", {},
      "Ann-Marie Doyle <annmarie.doyle@example.ie>", "apple", "Cloche arrived cracked",
      "A replacement and what to do with the broken one, answered; the courier collecting it on Thursday is logistics, not a promise; thanks-only reply.",
      cu("11-04 15:00", """Hello,

The glass bell cloche I ordered arrived this morning with a crack right across the top - photo attached. Can I have a replacement, and what should I do with the broken one?

Ann-Marie""", attach=[("image/png", "cloche.png", CLOCHE_PNG)]),
      ag("wilf", "11-04 16:20", """Hi Ann-Marie,

What a shame. A new cloche is on its way to you by courier today. The same courier collects the cracked one on Thursday - leave it in its box by the door, no need to tape it up.

Wilf"""),
      cu("11-06 09:00", """New one arrived and the old one's gone. Thank you!

Ann-Marie""", thanks=True)),

    C("m32-pickavance-school-potatoes", "en", "closed", {},
      "Lorna Pickavance <l.pickavance@stmungos-primary.example>", "outlook", "Potatoes in bags with Year 4",
      "'Cedric ... will email you tomorrow' kept by Cedric the next day with both answers; thanks-only reply.",
      cu("11-09 09:00", """Hello,

Our Year 4 garden club wants to grow potatoes in bags next spring. Which variety would you suggest for children, and how many bags would 30 children need?

Lorna Pickavance
St Mungo's Primary School"""),
      ag("fern", "11-09 10:30", """Hi Lorna,

What a lovely project. Cedric is our potato person - I've passed this to him and he'll email you tomorrow with a suggestion.

Fern""", promises=[("11-10", 3)]),
      ag("cedric", "11-10 14:00", """Hi Lorna,

For children I'd go with 'Swift': a first early that's ready in about ten weeks, so you can tip out the bags before the summer holidays. Three seed potatoes per 40-litre bag; with the class working in pairs that's 15 bags and 45 tubers, which is about 2kg of seed.

Best wishes,
Cedric""", parent=1),
      cu("11-10 15:00", """That's perfect - thank you both!

Lorna""", thanks=True)),

    C("m33-parmar-compost-mould", "en", "pending", {"missed-follow-up": 1},
      "Sunita Parmar <sunita.parmar@example.co.uk>", "owa", "White mould on compost",
      "Safety question deferred with 'I'll get back to you as soon as I hear' (no date); nothing comes within the two-day window.",
      cu("11-16 10:00", """Hello,

There's a white fuzzy mould growing on the surface of the compost I bought from you (Marrowby Peat-Free Multipurpose, three bags) in my raised beds. Is it safe? Could it harm the garlic I've just planted?

Sunita Parmar"""),
      ag("cedric", "11-16 12:00", """Hi Sunita,

It's very likely a harmless fungus feeding on the wood fibre, but I'd rather be sure than guess. I've asked the supplier to check that batch and I'll get back to you as soon as I hear.

Best wishes,
Cedric""", promises=[("window", None)])),

    C("m34-thwaite-trade-pack", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Graham Thwaite <graham@thwaite-nurseries.example>", "outlook", "Stocking your seeds",
      "Garden centre: the trade pack promised 'by end of day' comes two days later after 'just checking in'; the sale-or-return question in the chaser is skipped. Signature with a '?' URL.",
      cu("11-16 09:00", """Hi,

We run a small garden centre outside Kendal and would like to stock your seed range next spring. Could you send your trade terms? What's the minimum first order, and do you supply a display stand?

Graham Thwaite
Thwaite's Garden Centre - open 7 days
Looking for something? https://thwaites.example/find?src=email"""),
      ag("bryony", "11-16 11:00", """Hi Graham,

Thanks for getting in touch. Our trade pack is being updated for 2027 - I'll send it over by end of day, with the minimum order and the stand options.

Kind regards,
Bryony""", promises=[("11-16", 4)]),
      cu("11-18 09:20", """Hi Bryony,

Just checking in - the trade pack didn't arrive on Monday. We're finalising spring suppliers this week. Also, do you offer sale or return on seed packets in the first season?

Graham""", uq=1, chase=True),
      ag("bryony", "11-18 10:40", """Hi Graham,

Apologies - here's the 2027 trade pack. The minimum first order is £250 at trade prices (40% off RRP), then £100 for repeat orders, and the spinner display stand is free with a first order over £400.

Kind regards,
Bryony""", attach=[("application/pdf", "marrowby-trade-pack-2027.pdf", TRADE_PDF)])),

    C("m35-kinsella-bulb-quote", "en", "closed", {"missed-follow-up": 1},
      "Deborah Kinsella <deborah.kinsella@kinsellaestates.example>", "outlook", "Bulbs for verges - quote please",
      "Quote promised 'tomorrow' arrives a day late (kept late = missed). Corporate disclaimer in the customer's signature.",
      cu("11-03 09:00", """Good morning,

We manage the grounds of a retirement village near Harrogate and would like 400 daffodil bulbs ('Tête-à-Tête') and 200 crocus for the verges. Please could you quote, including delivery?

Kind regards,
Deborah Kinsella
Grounds Manager, Kinsella Estates

The information in this email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it."""),
      ag("cedric", "11-03 11:15", """Hi Deborah,

Certainly. I need to check we can fill 400 Tête-à-Tête from a single batch so they flower together, so I'll send the quote tomorrow.

Best wishes,
Cedric""", promises=[("11-04", 3)]),
      ag("cedric", "11-05 15:30", """Hi Deborah,

Apologies for the delay. 400 Tête-à-Tête at 22p and 200 crocus 'Flower Record' at 15p come to £118.00, with free delivery to Harrogate. The quote is attached and valid until 30 November.

Best wishes,
Cedric""", parent=1, attach=[("application/pdf", "Q-26-1131.pdf", BULB_QUOTE_PDF)])),

    C("m36-chaplin-leek-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Lewis Chaplin <lewis.chaplin@example.org>", "gmail", "Leek plug plants - when do they ship?",
      "No reply to a question; five days later the customer sends the same mail again as a new message with the same subject, still unanswered.",
      cu("11-12 20:00", """Hello,

I'd like to order 50 'Musselburgh' leek plug plants for next spring. When do they usually ship, and can I order them now?

Lewis"""),
      cu("11-17 07:30", """Sending this again in case it went astray.

Hello,

I'd like to order 50 'Musselburgh' leek plug plants for next spring. When do they usually ship, and can I order them now?

Lewis""", parent=0, chase=True)),

    C("m37a-tranter-order-query", "en", "pending", {},
      "Yvonne Tranter <yvonne.tranter@example.org>", "gmail", "Order query",
      "'Order query' (same subject as m37b, a different customer): one question, answered.",
      cu("11-16 10:00", """Hi,

Is my order MS-51190 coming in one parcel or two? The website says 'partially despatched'.

Yvonne"""),
      ag("fern", "11-16 11:00", """Hi Yvonne,

Two: the seeds went on Friday and the onion sets follow on Wednesday, when the new stock lands.

Fern""")),

    C("m37b-dewhurst-order-query", "en", "pending", {"unanswered-question": 1},
      "Malcolm Dewhurst <m.dewhurst@example.net>", "thunderbird", "Order query",
      "'Order query' again, another customer: the extra item is added, the request to leave the parcel with a neighbour is skipped.",
      cu("11-16 14:00", """Hello,

Two things about order MS-51201: can you add a second bag of the bone meal to it? And could the driver leave it with my neighbour at number 14 if I'm out?

Malcolm Dewhurst""", uq=1),
      ag("fern", "11-16 15:30", """Hi Malcolm,

A second bag of bone meal is on the order now - £6.50, taken from the card you paid with.

Fern""")),
]

CASES += [
    C("m38-paulsen-haendler", "de", "closed", {"missed-follow-up": 1},
      "Annegret Paulsen <a.paulsen@staudengaertnerei-paulsen.example>", "outlook_de", "Händlerkonditionen Wildtulpen",
      "German nursery asks for trade terms; 'bis Donnerstag Bescheid' is kept the following Monday with the price list attached: late = missed.",
      cu("11-02 16:00", """Sehr geehrte Damen und Herren,

wir sind eine kleine Staudengärtnerei in Schleswig und möchten Ihre Wildtulpen und Allium ins Sortiment nehmen. Bieten Sie Händlerkonditionen für Kunden in der EU an? Über eine Preisliste würde ich mich freuen.

Mit freundlichen Grüßen
Annegret Paulsen
Staudengärtnerei Paulsen""", tz=1),
      ag("heike", "11-03 10:00", """Sehr geehrte Frau Paulsen,

vielen Dank für Ihre Anfrage. Die Konditionen für Wiederverkäufer in der EU stimmen wir gerade neu ab; ich spreche mit unserer Vertriebsleitung und gebe Ihnen bis Donnerstag Bescheid.

Viele Grüße
Heike Brandauer""", promises=[("11-05", 3)]),
      ag("heike", "11-09 09:00", """Sehr geehrte Frau Paulsen,

entschuldigen Sie bitte die Verspätung. Wiederverkäufer in der EU erhalten 35 % Rabatt ab einem Bestellwert von 300 £, das Pflanzengesundheitszeugnis ist dann inklusive. Die Preisliste hängt an.

Viele Grüße
Heike Brandauer""", parent=1, attach=[("application/pdf", "Haendlerpreisliste-EU-2027.pdf", HAENDLER_PDF)])),

    C("m39-amberley-asparagus", "en", "pending", {},
      "Felicity Amberley <f.amberley@cranford-uni.example>", "outlook", "Asparagus crowns",
      "One question answered; the customer's out-of-office reply to the answer is automatic mail.",
      cu("11-16 12:00", """Hello,

Please could you tell me whether your asparagus crowns are all-male varieties? I don't want seedlings coming up everywhere.

Dr Felicity Amberley"""),
      ag("cedric", "11-16 14:30", """Dear Felicity,

They are: 'Gijnlim' and 'Backlim' are both all-male hybrids, so no berries and no self-sown seedlings - and you get heavier spears into the bargain.

Best wishes,
Cedric"""),
      auto("11-16 14:31", """I am away from the university until Monday 23 November with limited access to email. For departmental matters please contact the office on 01234 555 019.

Felicity Amberley""", subject="Automatic reply: RE: Asparagus crowns", quote=False)),

    C("m40-pritchard-fleece-inline", "en", "closed", {"unanswered-question": 1},
      "Owain Pritchard <owain@pritchardfarm.example>", "thunderbird", "Fleece for the polytunnel",
      "Three questions; the inline reply answers the first two under their quotes and leaves the trade-price question out.",
      cu("11-05 07:30", """Hi,

Three questions before I order for the farm-shop polytunnel:

Is your horticultural fleece 17gsm or 30gsm?
Can it be bought by the metre?
Do you do a trade price on 10 rolls?

Owain Pritchard
Pritchard Farm Shop""", uq=1),
      ag("wilf", "11-05 11:00", """Morning Owain,

> Is your horticultural fleece 17gsm or 30gsm?

Both - the 17gsm is for frost protection on crops, the 30gsm for overwintering tender plants.

> Can it be bought by the metre?

Yes, from 2m upwards, in 1.5m and 3.2m widths.

Wilf""", quote=False)),

    C("m41-ormerod-trade-list", "en", "pending", {},
      "Jacqui Ormerod <jacqui@ormerods-hardware.example>", "outlook", "Trade price list",
      "A request and a question answered with 'Attached.' and a figure; a conditional offer of samples is not a promise.",
      cu("11-17 09:30", """Good morning,

Please send your trade price list for hardware shops. What are your minimum order quantities?

Jacqui Ormerod
Ormerod's Hardware, Settle"""),
      ag("bryony", "11-17 13:00", """Hi Jacqui,

Attached. £150 minimum per order; carriage paid over £300. If you'd like a few sample packets for the counter, just say and I'll post some.

Kind regards,
Bryony""", attach=[("application/pdf", "marrowby-trade-prices-2027.pdf", PRICELIST_PDF)])),

    C("m42-gilchrist-apple-trees", "en", "pending", {"unanswered-question": 1},
      "Hamish Gilchrist <hamish.gilchrist@example.scot>", "gmail", "Apple trees - holding the delivery",
      "The reply answers pollination and when trees are lifted, a neighbouring point, not whether delivery can wait until after 10 December.",
      cu("11-17 19:30", """Hi there,

I've ordered two bare-root apple trees, a 'Discovery' and an 'Egremont Russet' (MS-51402). We're away until 10 December - can you hold them and deliver after that? Also, do they need another pollination partner, or will those two pollinate each other?

Cheers,
Hamish""", uq=1),
      ag("cedric", "11-18 09:00", """Hi Hamish,

Good pair. Their flowering overlaps, so they'll pollinate each other without any help. Bare-root trees are lifted from 23 November and go out in order-date order.

Best wishes,
Cedric""")),

    C("m43-jenkins-secateurs", "en", "closed", {"unanswered-question": 1},
      "Dilys Jenkins <dilys.jenkins@example.co.uk>", "apple", "Spare blades for secateurs",
      "Spare part answered with a link; the customer's thanks carries a new question (sent without threading headers), and the reply only confirms delivery.",
      cu("11-04 10:00", """Hello,

Do you sell replacement blades for the Marrowby bypass secateurs? Mine are about six years old and the blade is chipped.

Dilys"""),
      ag("wilf", "11-04 11:30", """Hi Dilys,

Yes - a blade and spring kit, £8.95: https://marrowbyseeds.example/shop/secateur-spares?model=bypass

Wilf"""),
      cu("11-05 09:00", """Thank you Wilf, ordered. While I think of it, is there a way to stop them sticking shut? Mine seize up after every wet day.

Dilys""", thread=False, uq=1),
      ag("wilf", "11-05 10:15", """Glad that's sorted, Dilys - the kit went out this morning, so it should be with you on Friday.

Wilf""")),

    C("m44-ammermann-erdbeeren", "de", "pending", {},
      "Klaus-Dieter Ammermann <kd.ammermann@example.de>", "gmail_de", "Frigo-Erdbeerpflanzen",
      "German speaker in the UK, base64-encoded mail: despatch time and number of plants, both answered with figures; thanks-only reply.",
      cu("11-17 18:00", """Hallo Frau Brandauer,

ich möchte im Frühjahr ein neues Erdbeerbeet anlegen. Wann verschicken Sie die Frigo-Pflanzen, und wie viele Pflanzen brauche ich für ein Beet von 1,2 x 4 m?

Viele Grüße
Klaus-Dieter Ammermann""", cte="base64"),
      ag("heike", "11-18 08:30", """Hallo Herr Ammermann,

Frigo-Pflanzen verschicken wir von Mitte März bis Ende Mai, Sie können sich die Woche aussuchen. Bei 30 cm in der Reihe und 60 cm zwischen den Reihen passen zwei Reihen à 13 Pflanzen auf Ihr Beet, also 26 - bestellen Sie am besten 30, dann haben Sie Reserve.

Viele Grüße
Heike Brandauer"""),
      cu("11-18 09:10", """Danke, das hilft mir sehr!

KDA""", cte="base64", thanks=True)),

    C("m45-serrano-aduana", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Inmaculada Serrano <inma.serrano@example.com>", "gmail_es", "Pedido MS-50240 sin llegar",
      "Parcel held at Spanish customs: 'le digo algo el miércoles' not kept; the customer asks '¿Hay novedades...?' a week later and then gets the news (late).",
      cu("11-09 10:00", """Hola:

Hice un pedido de semillas de flores (MS-50240) el 28 de octubre y todavía no me ha llegado. ¿Me pueden decir dónde está?

Gracias,
Inmaculada Serrano""", tz=1),
      ag("nuria", "11-09 12:00", """Hola, Inmaculada:

Según el seguimiento, el paquete está en la aduana de Madrid. Lo consulto con la empresa de transporte y le digo algo el miércoles.

Un saludo,
Nuria""", promises=[("11-11", 4)]),
      cu("11-16 09:00", """Hola, Nuria:

¿Hay novedades de mi pedido? Sigo sin recibirlo y no he sabido nada desde el lunes pasado.

Inmaculada""", tz=1, chase=True),
      ag("nuria", "11-16 11:00", """Hola, Inmaculada:

Disculpe que no le escribiera el miércoles. La aduana ya ha liberado el paquete y, según el transportista, se lo entregan el jueves.

Un saludo,
Nuria""")),

    C("m46-lemaire-graines-bio", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Thierry Lemaire <t.lemaire@potager-lemaire.example>", "gmail", "Graines de panais et choux de Bruxelles",
      "French gardener in the Dordogne: treated seed answered, the organic range deferred 'd'ici vendredi' and never followed up, the phytosanitary-certificate question skipped.",
      cu("11-04 08:00", """Bonjour,

J'ai un potager en Dordogne et je voudrais commander chez vous des graines de panais et de choux de Bruxelles. Vos graines sont-elles traitées ? Par ailleurs, proposez-vous des graines biologiques certifiées pour ces deux légumes ? Et le certificat phytosanitaire est-il compris dans les frais de port ?

Merci,
Thierry Lemaire""", tz=1, uq=1),
      ag("solene", "11-04 10:30", """Bonjour Thierry,

Nos graines ne sont pas traitées, à l'exception des petits pois enrobés, ce qui est indiqué sur la fiche produit. Pour la gamme bio certifiée, je dois vérifier quelles variétés de panais et de choux de Bruxelles seront disponibles cette saison ; je vous réponds d'ici vendredi.

Bien cordialement,
Solène""", promises=[("11-06", None)])),

    C("m47-ogunleye-school-club", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Adebayo Ogunleye <a.ogunleye@greenhill-juniors.example>", "owa", "Garden club starter package",
      "School asks for a package, a discount and invoicing: invoicing answered, the package promised 'tomorrow' never sent, the discount question skipped.",
      cu("11-09 14:00", """Dear Marrowby Seeds,

Greenhill Junior School is starting a garden club in January and the PTA has given us £300. Could you put together a package of child-friendly seeds and small tools for 20 children? I was also wondering whether you offer any discount or donation for schools. Our finance office needs orders invoiced to the school against a purchase order rather than paid by card - is that possible?

Kind regards,
Adebayo Ogunleye
Year 5 teacher, Greenhill Junior School""", uq=1),
      ag("bryony", "11-09 15:30", """Dear Mr Ogunleye,

What a lovely idea. Yes, schools can be invoiced on 30-day terms against a purchase order - just put the PO number in the order notes. I'll put together a suggested package within your £300 and send it to you tomorrow.

Kind regards,
Bryony""", promises=[("11-10", None)])),

    C("m48-lockhart-pink-fir", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Fiona Lockhart <fiona@lockhartplots.example>", "iphone", "Pink Fir Apple pre-order",
      "'I'll let you know early next week' said on a Thursday is not kept by the Tuesday; 'still waiting ... is there any news?' on Thursday, unanswered.",
      cu("11-11 19:00", """Hello,

The 'Pink Fir Apple' seed potatoes I pre-ordered in September now show as 'unavailable' on my account. Is my order still going to be filled?

Fiona

Sent from my iPhone"""),
      ag("cedric", "11-12 09:15", """Hi Fiona,

The grower has had a poor crop of Pink Fir this year and we're waiting to hear how much they can send us. I'll let you know early next week whether we can fill your order.

Best wishes,
Cedric""", promises=[("11-17", None)]),
      cu("11-19 08:10", """Hi Cedric, still waiting to hear about the Pink Fir Apple - is there any news? If not I need to look elsewhere before everything sells out.

Fiona

Sent from my iPhone""", chase=True)),

    C("m49-ferrier-hughes-runner-beans", "en", "pending", {"unanswered-question": 2},
      "Rosalind Ferrier-Hughes <rfh@example.com>", "apple", "Runner beans and an old favourite",
      "One long paragraph with four points buried in it: the bean trouble, a variety for a dry site and the packing complaint are answered; 'Painted Lady' and past orders online are not.",
      cu("11-16 21:30", """Dear Marrowby,

I have been buying from you for twenty years now, since my father first took me down to his plot on the edge of Bath, and I have always found your seeds reliable, although I must say the runner beans 'Scarlet Emperor' were disappointing this summer, with a great many flowers dropping without setting, which I gather can be down to dry roots or hot nights rather than the seed, and I wondered whether you have another variety you would recommend for a hot, dry site, as we face south and the soil is thin over limestone. I should also mention that the last two parcels came with the seed packets loose in a large box, and one was torn, so perhaps the packing could be looked at. Could you also tell me whether you still sell the old 'Painted Lady' bicolour bean, which my father always grew? Lastly, is there any way to see my past orders online, as I would like to know what I bought in 2019?

With best wishes,
Rosalind Ferrier-Hughes""", kind="alt", uq=2),
      ag("cedric", "11-17 10:00", """Dear Rosalind,

Thank you for twenty years of custom! You're right that it won't have been the seed - flower drop is almost always heat and dry roots. For a hot, thin soil I'd try 'Moonlight', a runner-French bean cross that pollinates itself and so sets pods far more reliably in heat. Mulch heavily in June and water at the roots in the evenings once it flowers.

I'm sorry about the parcels. I've passed your note to the packing team, who changed box sizes in the summer and are sorting out the small orders.

Best wishes,
Cedric""")),

    C("m50-marsden-links", "en", "closed", {},
      "Keith Marsden <keith@marsden-allotments.example>", "android", "Broad bean guide",
      "Two 'where can I find' questions answered with two links and nothing else.",
      cu("11-06 08:00", """Hi, where can I find your sowing guide for overwintering broad beans? And is there a planting calendar I can print out for the shed?

Keith

Get Outlook for Android"""),
      ag("fern", "11-06 09:40", """Hi Keith,

https://marrowbyseeds.example/guides/broad-beans-autumn
https://marrowbyseeds.example/guides/calendar.pdf (A4, prints on one page)

Fern""")),

    C("m51-whitely-bone-meal", "en", "closed", {},
      "Joan Whitely <joan.whitely@example.com>", "gmail", "Split bag of bone meal",
      "A second mail adds a photo before any reply - new information, not a chase; the request is answered.",
      cu("11-05 08:00", """Hello,

My order MS-49820 came with the bag of bone meal split open all over everything else in the box. Can you send me a replacement bag?

Joan Whitely"""),
      cu("11-05 08:25", """Forgot to say - photo attached. The seed packets all seem fine once wiped, it's just the bone meal.

Joan""", attach=[("image/png", "box.png", BONEMEAL_PNG)]),
      ag("fern", "11-05 10:00", """Hi Joan,

Sorry about the mess! A new bag went out this morning and there's nothing to return.

Fern""")),

    C("m52-quigley-shallots", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Patrick Quigley <pat.quigley@example.net>", "gmail", "Red Sun shallots",
      "Heat treatment answered, the 5kg price deferred to Wednesday and never sent, the request to remove an old address skipped.",
      cu("11-02 12:00", """Hi,

Two questions about the 'Red Sun' shallot sets. Are they heat-treated against bolting? And if I order 5kg, what's the price? Also, could you please remove my old address in Wigan from the account, you've still got it as the default.

Pat""", uq=1),
      ag("cedric", "11-02 14:00", """Hi Pat,

Yes, 'Red Sun' are heat-treated, so bolting shouldn't trouble you. The 5kg price depends on which grade the warehouse has left - I'll check and come back to you on Wednesday.

Best wishes,
Cedric""", promises=[("11-04", None)])),

    C("m53-fothergill-chitting-trays", "en", "pending", {"unanswered-question": 2},
      "Lorraine Fothergill <lorraine.fothergill@example.org>", "outlook", "Chitting trays",
      "Three questions, a one-line reply with the price only.",
      cu("11-18 09:00", """Hello,

Do you sell chitting trays? How many seed potatoes fit in one? And can I order the trays now but have them sent with my potatoes in February?

Thanks,
Lorraine""", uq=2),
      ag("fern", "11-18 11:30", """Hi Lorraine,

We do - £4.50 each, or three for £12.

Fern""")),

    C("m54-vasseur-tulipes", "fr", "pending", {},
      "Claire Vasseur <claire.vasseur@example.be>", "apple_fr", "Tulipes Ballerina",
      "Belgian customer: stock and delivery time answered in one sentence each; thanks-only reply.",
      cu("11-18 10:00", """Bonjour,

Est-ce qu'il vous reste des bulbes de tulipes 'Ballerina' ? Et combien de temps faut-il compter pour une livraison à Liège ?

Merci,
Claire Vasseur""", tz=1),
      ag("solene", "11-18 14:00", """Bonjour Claire,

Oui, il nous en reste encore quelques centaines. Vers la Belgique, comptez 5 à 7 jours ouvrés, certificat phytosanitaire compris dans l'envoi.

Bien cordialement,
Solène"""),
      cu("11-18 19:00", """Merci beaucoup, je commande ce soir !

Claire""", tz=1, thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "m02-hebden-garlic-rust": [
        "Also, please pop a printed catalogue in the post for my neighbour, she doesn't do computers: Mrs E. Greenwood, 4 Heptonstall Road, Hebden Bridge HX7 6AB."],
    "m05-alison-sweet-peas": [
        "Could you also tell me whether I should be chipping or soaking them first?"],
    "m08-harcastle-onion-swap": [
        "I also need a proper VAT invoice for this order - the packing slip doesn't show VAT and our accountant won't accept it.",
        "And please put a note on our account: no substitutions, ever, on anything."],
    "m11-kreutzer-steckzwiebeln": [
        "Außerdem wäre ich dankbar, wenn Sie mir die Rechnung noch einmal mit unserer USt-IdNr. DE287331904 schicken könnten, die fehlt auf der ersten."],
    "m17-blandford-polytunnel": [
        "And is the cover UV-stabilised for a fourth season, or should I budget for a new one in a couple of years?"],
    "m21-okonjo-raspberry-canes": [
        "Can I add another 5 canes of the yellow 'All Gold' to the same parcel?",
        "And do they come with any sort of support, or do I need to get posts and wire separately?"],
    "m22-wierzbicki-first-plot": [
        "Please sign me up to your monthly sowing reminders, if you have such a thing.",
        "Is there a guide to what to sow in which month?"],
    "m23-lebihan-alliums-france": [
        "Pourriez-vous aussi me dire si la facture peut être établie au nom de l'association « Les Jardins du Scorff » plutôt qu'à mon nom ?"],
    "m24-quintero-kennebec": [
        "¿Me podrían mandar el certificado ecológico de esas semillas?"],
    "m34-thwaite-trade-pack": [
        "Also, do you offer sale or return on seed packets in the first season?"],
    "m37b-dewhurst-order-query": [
        "And could the driver leave it with my neighbour at number 14 if I'm out?"],
    "m40-pritchard-fleece-inline": [
        "Do you do a trade price on 10 rolls?"],
    "m42-gilchrist-apple-trees": [
        "We're away until 10 December - can you hold them and deliver after that?"],
    "m43-jenkins-secateurs": [
        "While I think of it, is there a way to stop them sticking shut?"],
    "m46-lemaire-graines-bio": [
        "Et le certificat phytosanitaire est-il compris dans les frais de port ?"],
    "m47-ogunleye-school-club": [
        "I was also wondering whether you offer any discount or donation for schools."],
    "m49-ferrier-hughes-runner-beans": [
        "Could you also tell me whether you still sell the old 'Painted Lady' bicolour bean, which my father always grew?",
        "Lastly, is there any way to see my past orders online, as I would like to know what I bought in 2019?"],
    "m52-quigley-shallots": [
        "Also, could you please remove my old address in Wigan from the account, you've still got it as the default."],
    "m53-fothergill-chitting-trays": [
        "How many seed potatoes fit in one?",
        "And can I order the trays now but have them sent with my potatoes in February?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"MSA-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
                  "refs": [f"{case.name}.{n}" for n in refs] if refs else None}
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
        m.body = body
        m.extra = extra
        if spec.role in ("customer", "agent"):
            last_human = key
        msgs.append(m)
    return msgs


def render(msgs: list[Msg]) -> list[Msg]:
    """Give every message its Message-ID (none when the client sends none) and its raw
    bytes, parents first (mailcraft.render_corpus, with messages that lack a Message-ID)."""
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
            if m.uq and not any(a.role == "agent" and a.date > m.date for a in c.msgs):
                out.append(f"{m.key}: labelled unanswered questions but no support reply after it")
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 80: Marrowby Seeds & Allotment Supplies - cases",
                                 "make_practice80_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.marrowbyseeds.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip. A message without Message-ID is found by its Date."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, any(p is q for q in inbox)) for p in inbox + sent if p["Message-ID"]}
    by_date = {p["Date"]: (p, any(p is q for q in inbox)) for p in inbox + sent if not p["Message-ID"]}
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed, in_mbox = by_id[m.message_id]
        else:
            parsed, in_mbox = by_date[email.utils.format_datetime(m.date)]
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
    """Command line: regenerate tests/practice80 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
