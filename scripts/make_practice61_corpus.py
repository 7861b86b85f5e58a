#!/usr/bin/env python3
"""Regenerate ``tests/practice61/``: a labelled corpus of Merrow Wine Merchants.

A support mailbox of a fictional wine merchant in Merrow, Guildford, that sells online and
from its shop (orders and mixed cases, delivery slots, age checks on delivery, breakages,
en-primeur and bonded reserves, tastings and private events, corporate gifts, the Cellar
Club), written without looking at the detection heuristics, with many customer questions.
Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target
24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``merrowwines.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and holds (its figures counted here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice61_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "merrowwines.example"
CARE = "Merrow Wines Customer Care <care@merrowwines.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "imogen": ("Imogen Thackeray <imogen@merrowwines.example>", "thunderbird", """-- 
Imogen Thackeray
Customer Care | Merrow Wine Merchants
14 Epsom Road, Merrow, Guildford GU1 2BX | 01483 960 200
Shop open Mon-Sat 10-6, Thu till 7 | https://merrowwines.example/shop?ref=sig"""),
    "rupert": ("Rupert Vance <rupert@merrowwines.example>", "outlook", """Rupert Vance
Fine Wine & En Primeur | Merrow Wine Merchants
Direct line 01483 960 214

Merrow Wine Merchants Ltd, registered in England no. 07731942. This e-mail and any
attachments are confidential and intended for the addressee only. If you have received
it in error, please tell us and delete it."""),
    "priya": ("Priya Nair <priya@merrowwines.example>", "owa", """Priya Nair
Deliveries & Aftercare | Merrow Wine Merchants
Where's my order? Track it any time: https://merrowwines.example/track?src=mail&lang=en
We operate Challenge 25: our drivers ask for ID from anyone who looks under 25."""),
    "felix": ("Felix Ardern <felix@merrowwines.example>", "apple", """Felix Ardern
Tastings, Events & Corporate Gifts | Merrow Wine Merchants
What's on in the cellar: https://merrowwines.example/tastings?utm_source=email"""),
    "katharina": ("Katharina Brenner <katharina@merrowwines.example>", "thunderbird_de", """-- 
Katharina Brenner
Kundenservice auf Deutsch | Merrow Wine Merchants
https://merrowwines.example/de?ref=signatur"""),
    "solene": ("Solène Marchal <solene@merrowwines.example>", "apple_fr", """Solène Marchal
Service clients en français | Merrow Wine Merchants
+44 1483 960 217"""),
    "lucia": ("Lucía Ferrer <lucia@merrowwines.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente en español | Merrow Wine Merchants
https://merrowwines.example/es?utm_source=firma"""),
}

ACK = """Hello,

Thanks for getting in touch with Merrow Wine Merchants. This is an automatic
reply to let you know we have your message - your reference is {ref}.

Our customer care team works Monday to Saturday, 9am-5.30pm, and aims to answer
every email within one working day. If your question is about a delivery due
today, please ring the shop on 01483 960 200.

Merrow Wine Merchants
https://merrowwines.example/help?case={ref}"""

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
    "helpdesk": ["X-Mailer: Merrow Care Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="mw.", outlook_server="CWLP265")
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

RESERVE_PDF = mailcraft.pdf(["Merrow Wine Merchants - Reserve statement, 9 November 2026",
                             "Client: J. Pryce-Whitley, account R-1187, held at Greyfriars Bond",
                             "2016 Saint-Julien, Chateau Barrail-Lamothe, 1 x 12 (in bond)",
                             "2014 Barolo, Cascina Morenga, 1 x 6 (in bond)",
                             "14 cases in total. Valuation at current list prices: GBP 9,840"])
DEVIS_PDF = mailcraft.pdf(["Merrow Wine Merchants - Devis D-2611-031 - Maison Aubrac",
                           "Coffret A: Bourgogne blanc + Cotes-du-Rhone - GBP 54.00",
                           "Coffret B: Sancerre + Saint-Emilion - GBP 58.50",
                           "Coffret C: Chablis + Margaux - GBP 62.00",
                           "25 coffrets, livraison incluse, carte manuscrite."])
MENU_PDF = mailcraft.pdf(["Merrow Cellar - Private Bordeaux tasting, Saturday 5 December",
                          "1. Gougeres (GF on request)  2. Duck rillettes, toast (GF bread)",
                          "3. Lamb rump, gratin (GF)  4. Comte and Brillat-Savarin (GF)",
                          "Six wines from the Left and Right Bank. GBP 65 per guest."])
INVOICE_PDF = mailcraft.pdf(["Merrow Wine Merchants - VAT invoice INV-C-88213",
                             "Cellar Club, October case - J. Caldwell",
                             "12 bottles, mixed red and white - GBP 165.00 incl. VAT",
                             "Paid by card, 6 October 2026"])
ADDRESS_CSV = (b"name,company,address line 1,address line 2,town,postcode,card message\n"
               b",,,,,,\n")
FENMORE_CSV = (b"name,address,town,postcode\n"
               b"Mr A. Castell,12 Wellington Square,London,SW3 4NR\n"
               b"Ms D. Oyelaran,The Old Rectory,Chobham,GU24 8AB\n"
               b"Mr and Mrs K. Hallam,4 Orchard Rise,Harpenden,AL5 2JP\n")
BREAKAGE_PNG_1 = mailcraft.png(14, 10, lambda x, y: (120 + 6 * x, 90 + 4 * y, 60))
BREAKAGE_PNG_2 = mailcraft.png(10, 14, lambda x, y: (200 - 5 * y, 180, 150 + 3 * x))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("m01-lowell-seventieth", "en", "closed", {},
      "Harriet Lowell <harriet.lowell@fernmail.example>", "gmail", "Case for my dad's 70th",
      "A mixed case for a father's birthday: three wishes (the case, delivery to Norfolk, a handwritten card) answered out of order; thanks-only reply from an iPhone.",
      cu("11-03 19:42", """Hi there,

My dad turns 70 on the 21st and he's a big red wine man - mostly Rhône, the odd Rioja, nothing too oaky. I was wondering whether you could put together a mixed case of 12 for him, somewhere around £20 a bottle?

It would need to go to his house in Norfolk (Holt, NR25) rather than to me in Guildford. And is there any way of including a handwritten card? I'm hopeless at remembering to post things.

Thanks so much,
Harriet"""),
      ag("imogen", "11-04 10:05", """Hi Harriet,

What a lovely present. Cards are no trouble at all - we write them by hand in the shop when the case is packed, so just put the wording in the gift message box at checkout.

I've put together a case for him at £236: four Côtes du Rhône Villages from Domaine Saint-Aurèle, two Vacqueyras, two Gigondas, a Lirac, a Crozes-Hermitage and two Rioja Crianza from Bodegas Valdeoro - all on the softer side. It's saved as "Dad's 70th" in your basket.

Holt is fine; Norfolk goes with our courier on a named day, so you can pick one before the 21st.

Best wishes,
Imogen"""),
      cu("11-04 12:30", """That's perfect - thank you Imogen! Ordering now.

H x

Sent from my iPhone""", client="iphone", thanks=True)),

    C("m02-halcyon-client-gifts", "en", "closed", {"unanswered-question": 1},
      "Dev Malhotra <dev.malhotra@halcyonpartners.example>", "outlook", "Client gifts - 40 boxes",
      "Corporate gift boxes: price, 40 separate addresses and the arrival date answered with an address template attached; the logo-on-the-tags question is skipped.",
      cu("11-04 09:15", """Hello,

We're looking to send Christmas gifts to around 40 of our clients this year and a colleague recommended you.

What we had in mind is a box with a bottle of Champagne and a half bottle of something sweet - Sauternes or similar. Could you let me know what that would cost per box, including delivery? The boxes would need to go to 40 separate addresses across the UK, mostly London and the South East; is that something you can handle? Is it possible to have our logo printed on the gift tags?

Ideally everything would arrive by Friday 11 December.

Kind regards,
Dev Malhotra
Office Manager | Halcyon Partners LLP
T: 020 7946 0712""", uq=1),
      ag("felix", "11-04 14:40", """Hi Dev,

Thank you for thinking of us. Our Champagne-and-Sauternes box comes to £58.50 each, delivered: Delaunay-Roche Brut NV with a half of Château Lacoste-Mirail 2019, in our gift box with tissue and a card.

Separate addresses are no problem at all - that's most of what we do in December. I've attached our address template; if it comes back filled in by Monday 30 November, every box will arrive by the 11th.

Best,
Felix""", attach=[("text/csv", "merrow-gift-addresses.csv", ADDRESS_CSV)])),

    C("m03-pryce-whitley-bond", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Jonathan Pryce-Whitley <jpw@pryce-whitley.example>", "outlook", "Reserves - bringing two cases home",
      "Reserve statement attached; duty and VAT figures promised by Wednesday arrive the next Monday after a chase (missed); the storage-charges question is never answered.",
      cu("11-09 08:50", """Dear Rupert,

I hope all is well in Merrow.

Could you send me an up-to-date statement of what I hold in reserve with you? I'd like to bring two cases home for Christmas - the 2016 Saint-Julien and the 2014 Barolo - so I need to know what duty and VAT would be due on those before I decide. And can you remind me what storage charges I'm paying per case per year? I have a feeling they went up in the spring.

With best wishes,
Jonathan Pryce-Whitley""", uq=1),
      ag("rupert", "11-09 11:30", """Dear Jonathan,

Very well, thank you. Your reserve statement is attached - 14 cases at Greyfriars Bond, including both of the cases you mention.

The duty and VAT depend on the bond's release charges this quarter, so I've asked Greyfriars for exact figures and will come back to you with them by Wednesday.

Kind regards,
Rupert""", attach=[("application/pdf", "reserve-statement-R-1187.pdf", RESERVE_PDF)],
         promises=[("11-11", 4)]),
      cu("11-16 09:10", """Dear Rupert,

Just following up on the duty figures - I'd like to get the two cases home before the Christmas rush if at all possible.

Best,
Jonathan""", chase=True),
      ag("rupert", "11-16 12:20", """Dear Jonathan,

My apologies - Greyfriars took longer than they should have. For the two cases together: duty £47.76 and VAT £178.30 on the current valuation, plus a £12 release fee. If you'd like to go ahead, I can have them with you in the week of 7 December.

Kind regards,
Rupert""")),

    C("m04-schreiber-teamprobe", "de", "pending", {},
      "Lena Schreiber <l.schreiber@nordhafen-consulting.example>", "gmail_de", "Weinprobe für unser Londoner Team",
      "German office team: date, price per head and vegetarian food for a Christmas tasting answered in one paragraph; thanks-only reply.",
      cu("11-16 10:20", """Liebe Frau Brenner,

eine Kollegin hat mir erzählt, dass Sie auch Weinproben auf Deutsch anbieten. Wir sind ein Team von 14 Leuten im Londoner Büro und suchen etwas für unsere Weihnachtsfeier.

Hätten Sie im Dezember noch einen Abend frei, am liebsten Donnerstag, den 10.? Was würde das pro Person kosten? Zwei Kolleginnen essen vegetarisch – gibt es dafür eine Lösung bei den Häppchen?

Viele Grüße
Lena Schreiber
Nordhafen Consulting, London"""),
      ag("katharina", "11-16 14:05", """Liebe Frau Schreiber,

wie schön, dass Sie an uns gedacht haben! Den 10. Dezember habe ich für Sie vorgemerkt, ab 18:30 Uhr in unserem Probierkeller. Wir rechnen 45 £ pro Person für sechs Weine mit Häppchen; die Käse- und Gemüseplatten sind ohnehin vegetarisch, und für Ihre beiden Kolleginnen tauschen wir die Wurst gegen etwas Passendes aus.

Wenn Sie mir bis Ende November die endgültige Zahl der Gäste nennen, ist alles fest gebucht.

Herzliche Grüße
Katharina Brenner"""),
      cu("11-16 15:00", """Wunderbar, vielen Dank! Ich gebe Ihnen rechtzeitig Bescheid.

Lena Schreiber""", thanks=True)),

    C("m05-penrose-broken-chablis", "en", "pending", {"unanswered-question": 1},
      "Marcus Penrose <marcus.penrose@kestrelmail.example>", "iphone", "Broken bottles in today's delivery",
      "Breakage with two photos: replacements and what to do with the glass are answered; why the courier left wine on the doorstep without an ID check is not.",
      cu("11-17 13:05", """Hi,

The case arrived this morning and two of the Chablis were smashed - the box was soaking and the whole hallway smells like a wine bar. Photos attached.

Can you send replacements for the two bottles? Why did the courier leave it on the doorstep without checking anyone's ID? I thought that wasn't allowed with wine. Also, do I need to keep the broken bottles and the box for the courier's claim or can I get rid of them? I'd rather not keep broken glass around with the kids.

Marcus

Sent from my iPhone""", uq=1, attach=[("image/jpeg", "IMG_4471.jpg", BREAKAGE_PNG_1),
                                      ("image/jpeg", "IMG_4472.jpg", BREAKAGE_PNG_2)]),
      ag("priya", "11-17 15:30", """Hi Marcus,

I'm really sorry - that's not how your wine should arrive. The photos are all the courier needs from you, so please recycle the glass and the box.

Two replacement bottles of the Chablis Vieilles Vignes are booked onto Thursday's van, and you'll get a text with a two-hour slot on Thursday morning.

Kind regards,
Priya""")),

    C("m06-leclerc-mariage", "fr", "closed", {"unanswered-question": 1},
      "Camille Leclerc <camille.leclerc@orange-mail.example>", "apple_fr", "Champagne pour notre mariage",
      "French wedding order as a dashed list: delivery to the venue and glass loan answered (plus a price nobody asked for); taking back unopened bottles is not.",
      cu("11-05 20:15", """Bonjour,

Nous nous marions le samedi 28 novembre à Shere et nous aimerions commander le Champagne chez vous, environ 90 bouteilles de Brut pour 120 invités.

J'ai quelques questions :
- Est-ce que vous pouvez livrer directement au domaine le vendredi 27 ?
- Prêtez-vous des flûtes, et si oui, combien cela coûte ?
- Est-ce que vous reprenez les bouteilles non ouvertes ? Nous préférons en commander un peu trop.

Merci beaucoup et belle soirée,
Camille Leclerc""", uq=1),
      ag("solene", "11-06 10:10", """Bonjour Camille,

Toutes nos félicitations ! Le vendredi 27 ne pose aucun problème : notre camionnette passe à Shere le matin, entre 9h et 12h, et le chauffeur peut déposer les cartons directement au domaine. Quant aux flûtes, nous les prêtons gratuitement avec toute commande de plus de 48 bouteilles - il suffit de nous rendre les caisses propres dans la semaine.

Pour 90 bouteilles de notre Brut Réserve, je vous propose 29,50 £ la bouteille au lieu de 34 £.

Bien cordialement,
Solène""")),

    C("m07-garside-cellar-club", "en", "closed", {},
      "Ruth Garside <ruth.garside@hollinsmail.example>", "thunderbird", "Joining the Cellar Club",
      "Four numbered questions about the wine club answered inline under each quoted line, one of them with a single word.",
      cu("11-06 17:10", """Hello,

I'm thinking of joining the Cellar Club but have a few questions before I sign up:

1. How often do the cases actually arrive?
2. Can I skip one if I'm away?
3. Is delivery included, or is that extra?
4. I mostly drink white - is it possible to get whites only?

Many thanks,
Ruth Garside"""),
      ag("imogen", "11-07 09:40", """Hi Ruth,

Thanks for your interest - answers below.

> 1. How often do the cases actually arrive?

Every two months: February, April, June, August, October and December.

> 2. Can I skip one if I'm away?

As many as you like - there's a "skip this case" button in the reminder email we send ten days before.

> 3. Is delivery included, or is that extra?

Included.

> 4. I mostly drink white - is it possible to get whites only?

It is. Pick "Whites" when you sign up (or later in My Account).

Best wishes,
Imogen""", quote=False)),

    C("m08-harcourt-corked-barolo", "en", "pending", {"missed-follow-up": 1},
      "Simon Harcourt <simon.harcourt@larkfield.example>", "gmail", "Barolo 2019 - corked?",
      "Corked bottle refunded on the spot; 'I'll ask our buyer whether anyone else has reported this lot and get back to you' (no date) is not kept within two days.",
      cu("11-15 21:30", """Hi,

We opened one of the Barolo 2019 (Cascina Morenga) you sent last month tonight and it's really flat and musty - smells like a damp cellar. Is that what a corked bottle is like? Could I get a refund or a replacement? It was a birthday bottle so a bit disappointing.

Also slightly worried about the other five in the case - is it likely to be the whole batch?

Simon"""),
      ag("imogen", "11-16 10:15", """Hi Simon,

Damp cardboard, musty, no fruit - yes, that is exactly what cork taint is like, and I'm sorry it spoilt the evening. I've refunded the £34 to your card this morning; no need to send the bottle back.

Cork taint affects individual corks rather than a batch, but I'll ask our buyer whether anyone else has reported this lot and get back to you.

Best wishes,
Imogen""", promises=[("window", None)])),

    C("m09-moreno-sabado", "es", "pending", {},
      "Beatriz Moreno <beatriz.moreno@correo-bm.example>", "gmail_es", "Entrega el sábado",
      "Spanish: Saturday delivery booked; a 17-year-old son cannot sign for wine (age check), with alternatives.",
      cu("11-17 18:40", """Hola:

Acabo de hacer un pedido (MW-451907) y no me deja elegir el sábado en la web. ¿Pueden entregarlo el sábado 21 por la mañana?

Otra cosa: yo trabajo ese día. ¿Lo puede recibir mi hijo? Tiene 17 años, pero es muy responsable 😊

Gracias,
Beatriz"""),
      ag("lucia", "11-18 09:20", """Hola, Beatriz:

El sábado 21 quedaba un hueco de 8:00 a 12:00 y ya se lo he reservado (la entrega en sábado cuesta 6 £, que se cargan con el pedido).

Lo de su hijo, lo siento: por ley el repartidor tiene que entregar el vino a un adulto y pedir identificación a quien parezca menor de 25 años, así que con 17 no podrá recibirlo. Si ese día no hay ningún adulto en casa, podemos dejárselo en nuestra tienda de Merrow o cambiar la entrega a otro día.

Un saludo,
Lucía""")),

    C("m10-okafor-missing-order", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Tunde Okafor <tunde.okafor@brightwater.example>", "gmail", "Order MW-450233 not arrived",
      "A missed Saturday delivery gets only the helpdesk acknowledgement; the customer chases by replying to the acknowledgement two days later; no human reply.",
      cu("11-16 08:05", """Hello,

My order MW-450233 was due on Saturday (the 14th) between 8 and 12 and nothing came - no card through the door, no email, and the tracking page just says "out for delivery". Where is it? Please can someone look into it, it's for a dinner on Thursday.

Thanks,
Tunde Okafor"""),
      ack("11-16 08:06"),
      cu("11-18 09:30", """Hi,

I got your automatic reply on Monday but nothing since. Still no sign of the wine and the dinner is tomorrow night. Could someone please get back to me today?

Tunde""", chase=True, parent=2)),

    C("m11-fairbairn-burgundy-tasting", "en", "closed", {"unanswered-question": 2},
      "Alasdair Fairbairn <alasdair@fairbairn-home.example>", "apple", "Burgundy tasting on the 27th",
      "Tickets booked and parking answered; the non-drinker ticket and the request to be listed for the December Champagne evening are ignored. Opens with a pleasantry question.",
      cu("11-06 12:10", """Hi Felix,

Hope the Beaujolais evening went well last night?

I'd like two tickets for the Burgundy tasting on Friday 27 November, please. My wife doesn't drink much these days but likes to come along for the food and the company - do you do a cheaper ticket for non-drinkers? Is there anywhere to park near the shop in the evening?

And please put us both on the list for the Champagne evening in December, whenever that is.

Cheers,
Alasdair""", uq=2),
      ag("felix", "11-06 16:45", """Hi Alasdair,

It did, thank you - a full house and not a drop of the Morgon left.

Two tickets for the 27th are booked in your name (£35 each, payable at the door). The Sainsbury's car park on Epsom Road is free after 6pm and it's a two-minute walk.

See you then,
Felix""")),

    C("m12-polglase-cornwall", "en", "pending", {},
      "Jenna Polglase <jenna.polglase@tidewatermail.example>", "gmail", "Delivery to Cornwall",
      "Two questions answered with a bare figure and a date plus a link.",
      cu("11-18 07:55", """Morning!

Quick one - how much is delivery for a single case to Truro (TR1)? And what's the last date I can order for Christmas delivery down here? I know Cornwall is always a bit later.

Jenna""", kind="alt"),
      ag("imogen", "11-18 09:10", """Hi Jenna,

£9.95 (free from two cases).

15 December for Cornwall - the full table: https://merrowwines.example/delivery?tab=christmas&region=sw

Best,
Imogen""")),

    C("m13-brightline-vat-invoice", "en", "closed", {"missed-follow-up": 1},
      "Fiona Adebayo <accounts@brightline-events.example>", "outlook", "VAT invoice for order MW-447120",
      "A VAT invoice in the company name with a PO number, deferred to accounts 'by Friday'; it never comes and the customer never chases.",
      cu("11-04 10:30", """Hello,

We ordered 6 cases of the house Prosecco for a client event last month (order MW-447120), paid on the company card. Our finance team need a full VAT invoice made out to Brightline Events Ltd at 4 Coleridge Yard, Reading RG1 3EP rather than the order confirmation. I'd also be grateful if our PO number (BL-2291) could go on it.

Thanks,
Fiona Adebayo
Brightline Events Ltd"""),
      ag("imogen", "11-04 12:15", """Hi Fiona,

Of course. Invoices in a company name are done by our accounts team, so I've passed them your details and the PO number and they'll send you the VAT invoice by Friday.

Best wishes,
Imogen""", promises=[("11-06", None)])),

    C("m14-hartmann-versand", "de", "pending", {"unanswered-question": 1},
      "Jürgen Hartmann <j.hartmann@posteo-mail.example>", "gmail_de", "Geschenk nach Deutschland schicken",
      "German customer sending sparkling wine to Germany: three questions answered in two sentences (yes, the cost, duties included); the gift-card request is skipped.",
      cu("11-17 20:15", """Guten Abend,

ich lebe seit ein paar Jahren in Surrey und möchte meiner Schwester in Freiburg zu Weihnachten sechs Flaschen von Ihrem englischen Sekt schicken (den Rosé von Hollow Down).

Liefern Sie überhaupt nach Deutschland? Wenn ja, was kostet das, und muss meine Schwester bei der Zustellung Zoll oder Steuern bezahlen? Das wäre bei einem Geschenk ja etwas peinlich. Könnten Sie außerdem eine kleine Grußkarte beilegen?

Vielen Dank und freundliche Grüße
Jürgen Hartmann""", uq=1, tz=1),
      ag("katharina", "11-18 10:40", """Guten Tag Herr Hartmann,

ja, nach Deutschland versenden wir über unseren Partner in Köln: sechs Flaschen kosten 38 £ Versand, und darin sind Zoll, Schaumweinsteuer und Einfuhrumsatzsteuer schon enthalten - Ihre Schwester zahlt bei der Zustellung nichts. Bei Bestellung bis zum 4. Dezember ist der Sekt rechtzeitig vor Weihnachten in Freiburg.

Freundliche Grüße
Katharina Brenner""")),

    C("m15-ellery-saturday", "en", "closed", {},
      "Tom Ellery <tom.ellery@quarrymail.example>", "gmail", "Change delivery day",
      "Delivery moved to Saturday and the neighbour question answered with the Challenge 25 rule; the agent marks the case resolved; thanks-only reply.",
      cu("11-17 12:40", """Hi,

I've just realised I'm in Leeds on Thursday when my order (MW-451222) is due. Can you move it to Saturday morning instead? And if I'm out, could the driver leave it with my neighbour at number 12? She's in most days.

Cheers,
Tom"""),
      ag("imogen", "11-17 14:20", """Hi Tom,

All moved: your order now comes on Saturday 21st, 8am-12pm.

Your neighbour can take it in, as long as she's over 18 and happy to show ID if the driver asks - we run Challenge 25 on every delivery. I've added a note for the driver to try number 12 if there's no answer.

I'll mark this as resolved, but just reply here if anything changes.

Best wishes,
Imogen""", closes=True),
      cu("11-17 15:05", """Brilliant, thanks Imogen.

Tom""", thanks=True)),

    C("m16-wexley-sancerre", "en", "pending", {"reopened": 1},
      "Gemma Wexley <gemma.wexley@larchmont.example>", "owa", "Damaged case - refund",
      "Broken bottle refunded and the ticket marked resolved; a week later the customer asks to swap a second, label-damaged bottle after all (answered).",
      cu("11-09 11:10", """Hello,

The box of Sancerre I received on Saturday had one broken bottle, and the label on another has completely soaked off. Could you refund the broken one please? I'll keep the other one, it's only the label.

Gemma Wexley"""),
      ag("priya", "11-09 13:25", """Hi Gemma,

Sorry about that. I've refunded £21.50 for the broken bottle to the card you paid with - it usually shows within three to five working days. I'll mark this ticket as resolved.

Kind regards,
Priya""", closes=True),
      cu("11-16 19:20", """Hi Priya,

Refund arrived, thank you. Slightly awkward one: I'd forgotten the Sancerre with the soaked label was meant to be a present for my sister. Could you swap it for a clean one after all? I can bring the old one back to the shop. Is there any chance the new bottle could come with my Cellar Club case on the 24th?

Gemma"""),
      ag("priya", "11-17 10:05", """Hi Gemma,

Of course - and keep the old one, it's only the label. A fresh bottle of the Sancerre will travel with your Cellar Club case on Tuesday 24th; I've added it to the order at no charge.

Kind regards,
Priya""")),

    C("m17-vasseur-meursault", "fr", "pending", {},
      "Thierry Vasseur <t.vasseur@laposte-mail.example>", "gmail", "Meursault et remise",
      "French: stock of a Meursault and a mixed-case discount, both answered briefly.",
      cu("11-18 18:05", """Bonsoir,

Est-ce qu'il vous reste du Meursault 2020 du Domaine Perrin-Lagarde ? Je le vois encore sur le site, mais indiqué « stock limité ».

Je voudrais en prendre six, et peut-être compléter avec du Chablis pour arriver à douze : vous faites une remise sur la caisse complète ?

Cordialement,
Thierry Vasseur"""),
      ag("solene", "11-19 09:30", """Bonjour Monsieur Vasseur,

Il nous en reste neuf bouteilles ; je vous en ai mis six de côté jusqu'à lundi. Et oui : 10 % de remise dès douze bouteilles, même panachées, donc avec le Chablis cela fonctionne très bien.

Bien cordialement,
Solène""")),

    C("m18-ingram-burgundy-ep", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Charles Ingram <charles.ingram@ingram-family.example>", "outlook", "2025 Burgundy en primeur",
      "En-primeur questions: offer date and payment answered, Rousseau allocation deferred 'by Friday' and never answered; the change of delivery address is ignored.",
      cu("11-10 09:00", """Dear Rupert,

A few things ahead of the 2025 Burgundy campaign.

When is your offer likely to go out? Last year I only saw it after half the allocations had gone. I'd also very much like to be considered for any Rousseau you're allocated - I know it's a long shot. Could you remind me how payment works for en primeur - is it all up front?

Finally, please update my delivery address to 17 Parkside Mews, Godalming GU7 1QD; we moved last month.

Best regards,
Charles Ingram""", uq=1),
      ag("rupert", "11-10 15:45", """Dear Charles,

The Burgundy offer should go out in the second week of January, and I've put you on the early list so it reaches you the evening before it goes public. You pay for the wine only when you order; duty, VAT and delivery are charged when the wines arrive in 2028, unless you keep them in bond.

As for Rousseau: we had six bottles in total last year, so I can't promise anything, but I'll ask the domaine's agent what they expect to send us and let you know by Friday.

Kind regards,
Rupert""", promises=[("11-13", None)])),

    C("m19-quill-fiftieth", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Nadia Quill <nadia.quill@ravenmoor.example>", "android", "Party wine - sale or return?",
      "Friday-evening questions from a phone; 'Hello? ... is anyone picking these up?' on Sunday; both answered on Monday morning (slow first response).",
      cu("11-13 18:20", """Hi, we're having 80 people for my husband's 50th next Saturday (28th) and I'd like to order from you. Do you do sale or return on unopened bottles? And could you deliver on the Friday afternoon, the 27th? Thanks, Nadia Quill"""),
      cu("11-15 11:05", """Hello? Sorry to nag but I need to sort the wine this week - is anyone picking these up? See below.

Nadia""", chase=True),
      ag("imogen", "11-16 09:30", """Hi Nadia,

Sorry for the wait - the team doesn't read email on Sundays. Yes, we do sale or return on unopened full cases of still wine (not Champagne, sadly), collected and credited the week after. Friday afternoon the 27th is fine: that's our 1-5pm slot.

Happy to put together a suggested list for 80 if you give me a rough budget per bottle.

Best wishes,
Imogen""")),

    C("m20-navarro-factura", "es", "closed", {"unanswered-question": 1},
      "Javier Navarro <javier.navarro@estudionavarro.example>", "gmail_es", "Pedido para la oficina y factura",
      "Spanish office order: restock date and an alternative wine answered; the invoice in the company's name with its VAT number (a request without a question mark) is not.",
      cu("11-05 11:20", """Hola Lucía:

Te escribo porque queremos hacer un pedido para la cena de Navidad del estudio (somos 25). ¿Cuándo os vuelve a entrar el Rioja Gran Reserva 2015 de Valdeoro? En la web sale agotado. Si no llega a tiempo, ¿qué nos recomendarías en un precio parecido?

Necesito también que la factura vaya a nombre de la empresa, Estudio Navarro Arquitectura Ltd, con nuestro número de IVA GB 284 6173 09.

Un abrazo,
Javier""", uq=1),
      ag("lucia", "11-05 16:30", """Hola, Javier:

Me temo que el Gran Reserva 2015 no vuelve hasta febrero: la bodega ha retrasado la salida de la nueva partida. Para la cena os recomendaría el Gran Reserva 2016 de Bodegas Albarrán, que está muy bien y cuesta 2 £ menos (26,50 £).

Un saludo,
Lucía""")),

    C("m21-kaur-forwarded-confirmation", "en", "pending", {},
      "Simran Kaur <simran.kaur@northgate-legal.example>", "gmail", "Fwd: Your Merrow Wines order MW-451655",
      "HTML-only forward of an order confirmation with its own boilerplate questions and a '?' URL; the one request (new delivery address) is done.",
      cu("11-18 08:35", """Hi,

Could you change the delivery address on the order below to my office? It's Northgate Legal, 3rd floor, Capstone House, 22 Friary Street, Guildford GU1 4EH. I'm never home in the day.

Thanks,
Simran

---------- Forwarded message ---------
From: Merrow Wine Merchants <care@merrowwines.example>
Date: Tue, 17 Nov 2026 at 21:14
Subject: Your Merrow Wines order MW-451655
To: <simran.kaur@northgate-legal.example>

Thank you for your order!
1 x Mixed Discovery Case (12 bottles) - £149.00
Delivery: Thursday 19 November, 8am-6pm, to 9 Wharf Cottages, Guildford GU1 4RS
Want to change your delivery day? Log in to My Account before 10pm the day before.
Questions about your order? https://merrowwines.example/help?order=MW-451655
Please remember: someone aged 18 or over must be in to sign for alcohol.""", kind="html"),
      ag("imogen", "11-18 09:20", """Hi Simran,

Done - it now goes to Capstone House on Thursday, same 8am-6pm window. Whoever signs for it at reception will need to be over 18 and may be asked for ID.

Best wishes,
Imogen""")),
]
CASES += [
    C("m22-baines-leaking-port", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Oliver Baines <oliver.baines@hazelmere.example>", "apple", "Leaking bottle of port",
      "A leaking bottle: the replacement and its delivery day promised 'tomorrow', never confirmed; the customer checks in five days later and is still waiting.",
      cu("11-11 18:20", """Hi there,

The bottle of 10-year-old tawny in my order (MW-449870) has been leaking - the capsule is sticky and there's a good inch missing from the neck. It's a Christmas present so I'd rather not give it like that. Could you send a replacement?

Thanks,
Oliver"""),
      ag("priya", "11-12 09:40", """Hi Oliver,

Sorry to hear that - it sounds like the cork has shrunk in transit. Let me check we have another bottle from the same shipment in the warehouse, and I'll confirm the replacement and its delivery day tomorrow.

Kind regards,
Priya""", promises=[("11-13", None)]),
      cu("11-17 10:10", """Hi Priya,

Just checking in on the replacement port - I haven't heard anything since last week. Is it on its way?

Oliver""", chase=True)),

    C("m23-rowntree-fortieth", "en", "closed", {},
      "Eleanor Rowntree <eleanor.rowntree@beechfield.example>", "gmail", "40th birthday party - help!",
      "Three questions run together in one long sentence (how much wine, glasses, returns), all answered in different words; quoted-printable.",
      cu("11-03 22:10", """Hi,

I'm throwing a 40th for my husband on Saturday 14 November in the village hall at West Clandon - about 60 people, mostly wine drinkers, a few beer people we'll sort ourselves - and I have absolutely no idea how much wine to get, so I was hoping you could tell me roughly how many bottles of red, white and fizz we'd need for an evening do, whether you lend glasses like the supermarkets do or whether I need to hire them somewhere, and if there's any way of returning what we don't open, because I'd rather over-order than run dry halfway through the speeches.

Thank you!!
Eleanor""", cte="quoted-printable"),
      ag("imogen", "11-04 10:30", """Hi Eleanor,

Happy to help. For 60 guests over an evening, allow about half a bottle each: 12 fizz for the toast and the first hour, then 12 white and 12 red. That's 36 bottles, and anything in unopened full cases can come back to us for a refund afterwards (still wines only). Glasses are free on loan with the order - just give them back unwashed in their boxes.

I've put a suggested list together at about £11 a bottle here: https://merrowwines.example/basket/shared?id=R40-6612

Best,
Imogen""")),

    C("m24-bauer-spaetlese", "de", "pending", {"missed-follow-up": 1},
      "Friedrich Bauer <friedrich.bauer@bauer-web.example>", "thunderbird_de", "Riesling Spätlese ältere Jahrgänge",
      "German: older vintages of a Riesling; 'ich melde mich bis Mittwoch' is kept on Thursday (late = missed).",
      cu("11-16 08:40", """Sehr geehrte Frau Brenner,

auf Ihrer Website habe ich die Riesling Spätlese 2019 vom Weingut Kesselring gesehen. Haben Sie von diesem Weingut auch ältere Jahrgänge, etwa 2011 oder 2012? Ich suche etwas für den 60. Geburtstag meines Bruders.

Mit freundlichen Grüßen
Friedrich Bauer""", tz=1),
      ag("katharina", "11-16 11:15", """Sehr geehrter Herr Bauer,

im Laden haben wir nur den 2019er. Unser Importeur hat aber oft noch ältere Flaschen auf Lager; ich frage dort nach und melde mich bis Mittwoch bei Ihnen.

Mit freundlichen Grüßen
Katharina Brenner""", promises=[("11-18", 3)]),
      ag("katharina", "11-19 14:30", """Sehr geehrter Herr Bauer,

entschuldigen Sie die Verspätung - die Antwort des Importeurs kam erst heute. Vom 2012er sind noch vier Flaschen verfügbar, 36 £ pro Flasche; sie wären in etwa einer Woche bei uns. Vom 2011er gibt es leider nichts mehr.

Mit freundlichen Grüßen
Katharina Brenner""", parent=2)),

    C("m25-achterberg-no-id", "en", "pending", {"unanswered-question": 1},
      "Ben Achterberg <ben.achterberg@oakhurst.example>", "gmail", "Order taken back - no ID",
      "Age check: the driver took the order back; redelivery day and cost answered in one sentence; adding the partner to the account is ignored.",
      cu("11-16 20:05", """Hi,

The driver took my order back this evening because I didn't have ID on me - fair enough, I'm 31 but apparently look younger, which I'll take as a compliment.

Can it come back on Saturday morning instead? Will there be a charge for the second delivery? And please add my partner, Sam Okoro, to the account so she can accept deliveries when I'm not in.

Ben""", uq=1),
      ag("imogen", "11-17 09:15", """Hi Ben,

Ha - we'd take it as a compliment too. Saturday 21st, 8am-12pm is booked, and there's nothing extra to pay for the redelivery.

Best wishes,
Imogen""")),

    C("m26-hollis-christmas", "en", "closed", {},
      "Margaret Hollis <margaret.hollis@sandpitmail.example>", "gmail", "Christmas ordering",
      "Christmas deadline and hampers answered out of order; 'we'll email everyone on our list' (process) and the courier's 3pm collection (logistics) are not promises.",
      cu("11-03 14:20", """Good afternoon,

Two questions about Christmas. What's the last day for ordering if I want delivery before the 25th? And are you doing the food hampers again this year? I bought three last year and they went down very well with the family.

Regards,
Margaret Hollis"""),
      ag("felix", "11-03 16:05", """Dear Margaret,

Lovely to hear the hampers went down well! They're back, with a new cheese from the Isle of Wight; they go on sale on 1 December and we'll email everyone on our list that morning.

The last order date for delivery before Christmas is Wednesday 16 December for mainland addresses. Orders placed by 1pm leave the shop the same afternoon when the courier collects at 3pm.

Kind regards,
Felix""")),

    C("m27-tremayne-wedding", "en", "closed", {"unanswered-question": 2},
      "Sophie Tremayne <sophie.tremayne@lindenlea.example>", "outlook", "Wedding drinks - quote please",
      "Five numbered wedding questions: price, delivery day and glasses answered in two sentences; the tasting before committing and the ice are not.",
      cu("11-05 13:00", """Hi,

We're getting married on Friday 4 December at Loseley Park and I'm trying to get the drinks sorted. Could you help with the following?

1. A price for 10 cases of your house Prosecco (the Villa Sabbioni one)
2. Delivery to the venue on the Thursday - is that possible?
3. Do you loan glasses?
4. Could we come in and taste the three sparkling options before we commit?
5. Do you supply ice as well, or should we get that elsewhere?

Thanks very much,
Sophie Tremayne""", uq=2),
      ag("felix", "11-05 17:20", """Hi Sophie,

Congratulations! 10 cases of the Villa Sabbioni come to £1,020 (£8.50 a bottle with our 15 % wedding discount). Thursday 3 December at Loseley is fine, any time between 9 and 5, and glasses come free with it - 150 flutes, if that suits.

Best,
Felix""")),

    C("m28-durand-coffrets", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Isabelle Durand <isabelle.durand@maison-aubrac.example>", "outlook", "Devis coffrets cadeaux clients",
      "French company gifts: 'je vous envoie le devis lundi' not kept; 'je me permets de revenir vers vous' on Wednesday; the quote arrives as a PDF that day.",
      cu("11-04 10:00", """Bonjour,

Pour nos clients britanniques, nous souhaitons offrir à Noël 25 coffrets de deux bouteilles (un rouge et un blanc, idéalement français). Pourriez-vous nous faire un devis ? Le budget est d'environ 60 £ par coffret, livraison comprise.

Cordialement,
Isabelle Durand
Maison Aubrac - bureau de Londres"""),
      ag("solene", "11-05 09:45", """Bonjour Madame Durand,

Merci pour votre demande. Je prépare une sélection de trois coffrets dans votre budget et je vous envoie le devis lundi.

Bien cordialement,
Solène""", promises=[("11-09", 4)]),
      cu("11-11 09:30", """Bonjour Solène,

Je me permets de revenir vers vous au sujet du devis pour les coffrets : nous n'avons rien reçu lundi. Notre direction doit valider le budget cette semaine.

Cordialement,
Isabelle Durand""", chase=True),
      ag("solene", "11-11 12:10", """Bonjour Madame Durand,

Toutes mes excuses, le devis était resté dans mes brouillons. Le voici en pièce jointe : trois coffrets entre 54 £ et 62 £, livraison incluse - un Bourgogne blanc et un Côtes-du-Rhône, un Sancerre et un Saint-Émilion, ou un Chablis et un Margaux.

Bien cordialement,
Solène""", attach=[("application/pdf", "devis-D-2611-031.pdf", DEVIS_PDF)])),

    C("m29-whitcombe-valuation", "en", "closed", {},
      "Anthony Whitcombe <a.whitcombe@whitcombe-cellars.example>", "apple", "Insurance valuation of my cellar",
      "Valuation request passed to a colleague who 'will email you tomorrow' - and does, on time.",
      cu("11-12 09:30", """Good morning,

My insurer has asked for an up-to-date valuation of my wine before they renew the household policy. Most of it came from you over the years. Is this something you can do, and what do you charge? I'd need it by the end of the month.

Anthony Whitcombe"""),
      ag("imogen", "11-12 10:20", """Dear Mr Whitcombe,

Yes, we do. Valuations are done by Rupert, our fine wine manager - I've passed this to him and he'll email you tomorrow with the details.

Best wishes,
Imogen""", promises=[("11-13", 3)]),
      ag("rupert", "11-13 09:50", """Dear Mr Whitcombe,

Imogen passed on your note. We can certainly value the cellar for your insurer. For wines bought from us I can work from our records, so it's a desk valuation: £60 plus VAT, done within a week. For anything bought elsewhere, a list with producer, vintage and quantity is all I need.

If you send the list by Friday 20th, you'll have the valuation well before the end of the month.

Kind regards,
Rupert""", parent=1)),

    C("m30-pemberton-vouchers", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Lucy Pemberton <lucy.pemberton@mossgate.example>", "iphone", "Gift vouchers",
      "A two-line iPhone question goes unanswered; two days later it is sent again as a new mail with the same subject; both questions answered with a link.",
      cu("11-09 13:10", """Hi, do you sell gift vouchers? And can they be used in the shop as well as online? Thanks, Lucy

Sent from my iPhone"""),
      cu("11-11 08:45", """Hi - sending again in case my first email got lost. Do you sell gift vouchers? And can they be used in the shop as well as online? Thanks, Lucy

Sent from my iPhone""", chase=True, parent=0),
      ag("imogen", "11-11 10:30", """Hi Lucy,

Sorry, your first email got caught in our filter. We do - from £10 up to £500, as an e-voucher or a printed card in a gift envelope - and they work in the shop and online, for 24 months.

https://merrowwines.example/vouchers

Best wishes,
Imogen""")),

    C("m31-sterling-magnum", "en", "closed", {"unanswered-question": 1},
      "Hugo Sterling <hugo@sterlingandbrook.example>", "gmail", "Magnums for New Year",
      "Asked whether the 2015 vintage comes in magnum, the agent answers about the non-vintage magnum; the notice for a delivery between Christmas and New Year is answered.",
      cu("11-06 15:30", """Hi,

Is the 2015 vintage of the Delaunay-Roche available in magnum? We're hosting New Year's Eve and I'd love to open something special at midnight.

Also, how much notice do you need for a delivery between Christmas and New Year?

Hugo""", uq=1),
      ag("imogen", "11-06 17:00", """Hi Hugo,

Great choice for midnight. The Delaunay-Roche Brut NV comes in magnum at £89, and we have a couple of jeroboams too if you want to make an entrance.

Between Christmas and New Year we deliver on the 29th and 30th only; order by noon on the 22nd for those days.

Best,
Imogen""")),

    C("m32-iglesias-caja", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Marta Iglesias <marta.iglesias@correo-mi.example>", "gmail_es", "Caja de vino incompleta",
      "Spanish: a mixed case one bottle short; 'le digo algo mañana' not kept; '¿Hay alguna novedad?' on Monday, answered that day.",
      cu("11-12 10:15", """Hola:

Ayer recibí la caja mixta de tintos españoles (pedido MW-449512) y vienen 11 botellas en vez de 12: falta el Ribera del Duero. ¿Me lo pueden mandar?

Gracias,
Marta Iglesias"""),
      ag("lucia", "11-12 12:40", """Hola, Marta:

Lo siento mucho. Por supuesto le enviaremos la botella que falta. Antes lo consulto con el almacén, por si hubiera más cajas con el mismo error, y le digo algo mañana.

Un saludo,
Lucía""", promises=[("11-13", 4)]),
      cu("11-16 09:20", """Hola Lucía:

¿Hay alguna novedad con la botella que falta? No he vuelto a saber nada desde el jueves.

Marta""", chase=True),
      ag("lucia", "11-16 11:05", """Hola, Marta:

Perdone el retraso. Fue un error de preparación en un lote de seis cajas; su botella de Ribera del Duero sale hoy y le llega el miércoles.

Un saludo,
Lucía""")),

    C("m33-ferreira-lebanese-red", "en", "pending", {},
      "Paulo Ferreira <paulo.ferreira@tidemark.example>", "android", "Lebanese red",
      "Base64 mail from Outlook for Android with three run-on questions (stock, collection, closing time), all answered.",
      cu("11-17 07:20", """Morning, do you still have the Château Qanafar 2017 from the Bekaa? Had it at a friend's and loved it. If so can I collect from the shop Thursday after work? What time do you close? Cheers Paulo""",
         cte="base64"),
      ag("imogen", "11-17 09:05", """Hi Paulo,

We've got eight bottles left (£27 each) and I've put two aside in your name. The shop's open until 7pm on Thursdays, so there's plenty of time after work.

Best wishes,
Imogen""")),

    C("m34-greaves-book-club", "en", "closed", {"unanswered-question": 1},
      "Rosalind Greaves <rosalind.greaves@fellside.example>", "thunderbird", "Cheese and wine evening",
      "Three pairings answered; in her thank-you mail the customer adds a Tokaji and asks about Sunday collection; only the Tokaji is handled.",
      cu("11-02 16:00", """Hello,

I'm doing a cheese and wine evening for my book club next Friday. Could you suggest three wines - one for a Stilton, one for a goat's cheese and one for a Comté - for under £20 each?

Rosalind"""),
      ag("imogen", "11-03 09:30", """Hi Rosalind,

What fun. For the Stilton, the Quinta da Roseira 10-year tawny (£18.50); for the goat's cheese, a Touraine Sauvignon from Domaine des Quatre Vents (£12.95); and with the Comté, the Arbois Chardonnay from Maison Berthod (£19.50) - Jura wine with Jura cheese never fails.

Best wishes,
Imogen"""),
      cu("11-03 11:15", """That's brilliant, thank you - I've just ordered all three online (MW-448302). Please can you add a half-bottle of the Tokaji 5 puttonyos too, for anyone with a sweet tooth? And are you open on Sunday the 8th if I'd rather collect than have it delivered?

Rosalind""", uq=1),
      ag("imogen", "11-03 12:00", """Hi Rosalind,

Done - the Tokaji is on the order, and I've sent you a payment link for the extra £16.

Best wishes,
Imogen""")),

    C("m35-lindqvist-one-short", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Erik Lindqvist <erik.lindqvist@stavemail.example>", "outlook", "Mixed case one bottle short",
      "'I'll email you tomorrow' about a missing bottle is never kept; the customer chases twice ('Any news...?', then 'I'm still waiting...'), the second with a References gap; still no reply.",
      cu("11-11 19:40", """Hello,

My mixed case (MW-449388) arrived today with eleven bottles. The packing slip lists 12, including a Pouilly-Fumé that isn't in the box. Could you send the missing bottle?

Regards,
Erik Lindqvist"""),
      ag("priya", "11-12 09:15", """Hi Erik,

Sorry about that. Our warehouse photographs every case as it's packed, so let me check with them what happened and I'll email you tomorrow.

Kind regards,
Priya""", promises=[("11-13", None)]),
      cu("11-16 08:30", """Hi Priya,

Any news on the missing Pouilly-Fumé?

Erik""", chase=True),
      cu("11-18 19:10", """Hello,

I'm still waiting to hear back about this. It's now a week since the case arrived a bottle short, and nobody has answered my last email. Can someone please just send the bottle?

Erik Lindqvist""", chase=True, parent=3, refs=[1, 3])),

    C("m36-dunmore-picpoul", "en", "closed", {},
      "Kit Dunmore <kit.dunmore@brambleway.example>", "gmail", "Add to Friday's order",
      "A rhetorical question and a question the customer answers herself around one request, which is done.",
      cu("11-04 08:10", """Morning!

Why is it that every time I have people round, the whole street decides to drop by too? Anyway - could you add 6 bottles of the Picpoul de Pinet to my Friday delivery?

What's my order number again... ah, hang on, it's in the confirmation email: MW-448517.

Thanks!
Kit"""),
      ag("imogen", "11-04 09:00", """Hi Kit,

Sounds like a good street to live on. Six Picpoul added to MW-448517 - Friday's delivery is now 18 bottles, and I've taken the extra £59.70 from the card on file.

Best wishes,
Imogen""")),

    C("m37-caldwell-invoice", "en", "pending", {"unanswered-question": 1},
      "Jack Caldwell <jack.caldwell@ridgewaymail.example>", "owa", "Invoice copy and club credit",
      "The invoice copy is sent as a PDF; the club-credit balance asked alongside it is not mentioned.",
      cu("11-17 16:40", """Hi,

I need a copy of the invoice for my October Cellar Club case for an expenses claim (the wines went to a client lunch, long story). Could you also let me know how much credit I've got left on my club account? I thought there was about £40 left from the voucher I used in the summer.

Thanks,
Jack Caldwell""", uq=1),
      ag("imogen", "11-18 09:50", """Hi Jack,

Here you are - the October invoice is attached.

Best wishes,
Imogen""", attach=[("application/pdf", "INV-C-88213.pdf", INVOICE_PDF)])),

    C("m38-kuehn-fragen", "de", "closed", {},
      "Sabine Kühn <sabine.kuehn@kuehn-wien.example>", "thunderbird_de", "Fragen vor der ersten Bestellung",
      "Austrian customer, three questions (PayPal, packaging, ID at the door) answered inline in German.",
      cu("11-05 07:55", """Hallo Frau Brenner,

ich wohne seit dem Sommer in Guildford und möchte zum ersten Mal bei Ihnen bestellen. Ein paar Fragen vorab:

Kann ich per PayPal bezahlen?
Wie werden die Flaschen verpackt? Beim letzten Händler kamen zwei zerbrochen an.
Muss ich beim Empfang meinen Ausweis zeigen? Ich habe nur einen österreichischen Personalausweis, keinen britischen Führerschein.

Danke und liebe Grüße
Sabine Kühn""", tz=1),
      ag("katharina", "11-05 10:30", """Hallo Frau Kühn,

herzlich willkommen in Guildford! Meine Antworten direkt unter Ihren Fragen:

> Kann ich per PayPal bezahlen?

Ja, PayPal wird an der Kasse angeboten.

> Wie werden die Flaschen verpackt? Beim letzten Händler kamen zwei zerbrochen an.

In Kartons mit Einsätzen aus Formfaser, jede Flasche in ihrem eigenen Fach. Bruch ist bei uns selten, und wenn doch, ersetzen wir die Flasche.

> Muss ich beim Empfang meinen Ausweis zeigen? Ich habe nur einen österreichischen Personalausweis, keinen britischen Führerschein.

Nur wenn Sie jünger als 25 aussehen - und ein Personalausweis aus der EU wird vom Fahrer akzeptiert.

Liebe Grüße
Katharina Brenner""", quote=False)),
]
CASES += [
    C("m39-corbett-three-desks", "en", "pending", {"many-handoffs": 1},
      "Rachel Corbett <rachel.corbett@corbett-lane.example>", "outlook", "Office party, delivery and en primeur",
      "Three questions for three desks: the orders desk recommends the wines and hands the other two on ('they'll reply to you directly'); deliveries and fine wine answer within the window - three agents on one case.",
      cu("11-16 09:10", """Hello,

A few things in one go, sorry:

We'd like to order 8 cases for our office party on 11 December - could you recommend a red and a white around £12 a bottle that will please a crowd?
Our building's loading bay is only open 7-10am; can your driver come within that window?
And on a personal note, my father's 2022 Rhône en primeur case - is it in bond yet, or still in France?

Many thanks,
Rachel Corbett
Facilities Manager, Corbett Lane Architects""", cc="Accounts <accounts@corbett-lane.example>"),
      ag("imogen", "11-16 11:00", """Hi Rachel,

For a crowd I'd go for the Côtes du Rhône from Domaine Saint-Aurèle (£11.50) and the Picpoul de Pinet (£9.95) - both easy-going and good with food. Four cases of each comes to £926.64 with the 10 % case discount.

I've asked Priya about the loading bay and Rupert about your father's case; they'll reply to you directly.

Best wishes,
Imogen""", promises=[("window", 3), ("window", 4)]),
      ag("priya", "11-16 14:20", """Hi Rachel,

Imogen passed on your question about the loading bay. Yes - the 11 December delivery is booked as a timed delivery in the 7-10am slot (no extra charge for business addresses).

Kind regards,
Priya""", parent=1),
      ag("rupert", "11-17 10:30", """Dear Rachel,

On your father's 2022 Rhône: it arrived in the UK in October and is in bond at Greyfriars under his account. He'll have had a letter from us; if he'd like it delivered, he just needs to let me know.

Kind regards,
Rupert""", parent=1)),

    C("m40-mcallister-private-tasting", "en", "pending", {"unanswered-question": 1},
      "Fraser McAllister <fraser.mcallister@glenmoss.example>", "gmail", "Private tasting for 12 - 5 December",
      "A menu promised 'on Monday' arrives on Monday as a PDF (kept); the follow-up about going up to 14 is answered, bringing their own bottles for corkage is not.",
      cu("11-12 11:30", """Hi Felix,

Following our chat in the shop on Saturday: we'd like to go ahead with the private Bordeaux tasting for 12 on Saturday 5 December. Could you send me the food menu so I can check it with the group? One of them is coeliac.

Fraser"""),
      ag("felix", "11-12 15:00", """Hi Fraser,

Wonderful, the 5th is in the diary. The kitchen is finalising the December menu this week - I'll send it to you on Monday, with the gluten-free swaps marked.

Best,
Felix""", promises=[("11-16", 3)]),
      ag("felix", "11-16 10:20", """Hi Fraser,

As promised, the menu is attached. Everything marked GF can be made gluten-free, and the bread comes from a gluten-free bakery in Godalming, so there's no risk of cross-contamination.

Best,
Felix""", parent=2, attach=[("application/pdf", "bordeaux-tasting-5-dec.pdf", MENU_PDF)]),
      cu("11-16 18:45", """Thanks Felix, that all looks great. Two of the group are now bringing partners, so could we go up to 14? And is it OK if we bring a couple of our own bottles to compare - happy to pay corkage?

Fraser""", uq=1),
      ag("felix", "11-17 09:30", """Hi Fraser,

14 is absolutely fine - the cellar seats 16, so I've updated the booking and the invoice (14 x £65).

Best,
Felix""")),

    C("m41-girard-vendredi", "fr", "pending", {"unanswered-question": 1},
      "Nathalie Girard <nathalie.girard@girard-famille.example>", "apple_fr", "Livraison de l'abonnement Cellar Club",
      "French: asked to move deliveries from Thursday to Friday, the agent gives the Thursday time window instead; the December case contents are answered.",
      cu("11-17 08:15", """Bonjour Solène,

Mon colis du Cellar Club arrive toujours le jeudi, mais ce jour-là je suis au bureau à Londres. Pourriez-vous livrer le vendredi plutôt que le jeudi ?

Et j'en profite : est-ce que le colis de décembre contiendra encore des vins d'Alsace ? Mon mari les adore.

Merci beaucoup,
Nathalie""", uq=1),
      ag("solene", "11-17 11:40", """Bonjour Nathalie,

Le jeudi, nos chauffeurs passent à Merrow entre 14h et 18h ; si vous le souhaitez, ils peuvent aussi laisser le colis chez un voisin majeur. Et oui, le colis de décembre comprend un Riesling et un Pinot gris d'Alsace - votre mari sera content.

Bien cordialement,
Solène""")),

    C("m42-ortega-cata", "es", "closed", {},
      "Daniel Ortega <daniel.ortega@correo-do.example>", "iphone", "Catas en español",
      "Spanish: a private tasting in Spanish and its price, both answered; thanks-only reply that promises to come back.",
      cu("11-02 19:30", """Hola:

Unos amigos y yo (somos seis, todos españoles) queremos regalarle una cata a un amigo por su cumpleaños. ¿Organizáis catas privadas en español? ¿Cuánto costaría más o menos?

Un saludo y gracias,
Dani

Enviado desde mi iPhone"""),
      ag("lucia", "11-03 10:15", """Hola, Dani:

¡Claro que sí! Las catas en español las hago yo misma. Una cata privada de seis vinos para siete personas (vosotros seis y el cumpleañero) sale a 40 £ por persona, con quesos y embutidos. Tenemos hueco los jueves y viernes por la tarde hasta mediados de diciembre.

Un saludo,
Lucía"""),
      cu("11-03 11:00", """¡Genial, muchas gracias! Lo hablo con los demás y te digo.

Dani

Enviado desde mi iPhone""", thanks=True)),

    C("m43-ashby-allocation", "en", "pending", {},
      "Victoria Ashby <victoria.ashby@ashby-house.example>", "outlook", "2024 Bordeaux allocation",
      "Case format answered, allocation 'not settled yet'; the revised allocation is promised by Wednesday 25 November - still ahead at audit time.",
      cu("11-18 10:00", """Dear Rupert,

I was sorry to miss the Bordeaux dinner. Has the allocation of the 2024s been finalised yet? I'm keen on the Pauillac and the Pomerol we discussed. Also, will they be shipped in 6s or 12s?

Best,
Victoria"""),
      ag("rupert", "11-18 14:45", """Dear Victoria,

We missed you too. The 2024s arrive in 12s, but we can split yours into two 6s at no charge.

The allocation isn't settled yet - the châteaux came in lower than we hoped, and I'm working out how to share them fairly. I'll send you your revised allocation, including the Pauillac and the Pomerol, by Wednesday 25 November.

Kind regards,
Rupert""", promises=[("11-25", None)])),

    C("m44-fairley-slot", "en", "pending", {"missed-follow-up": 1},
      "Gwen Fairley <gwen.fairley@kilnbrook.example>", "gmail", "Delivery slot for next week",
      "The call-ahead question answered; the Friday slot is to be confirmed 'by end of day' and never is.",
      cu("11-18 08:30", """Hi,

I'm having a big family lunch on Sunday 29th and want the wine delivered in good time. Could I book a slot for Friday 27th, ideally in the afternoon? And could the driver ring me half an hour before arriving? Our house is hard to find.

Gwen Fairley
07700 900 418"""),
      ag("priya", "11-18 10:10", """Hi Gwen,

Our drivers always ring ahead, about 30 minutes before they arrive, so that part is covered. The Friday afternoon slots are nearly full - I'm checking with the transport team whether we can fit you in and will confirm your slot by end of day.

Kind regards,
Priya""", promises=[("11-18", None)])),

    C("m45-sandhu-champagne", "en", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Arjun Sandhu <arjun.sandhu@copperfield.example>", "gmail", "Champagne for a client event",
      "Only the acknowledgement at first; 'just checking this came through?' the next day; the reply (after 24 h) prices the Champagne and ignores the wine-fridge question.",
      cu("11-16 08:40", """Hi,

We're after 4 cases of Champagne for a client event on 3 December. What's the best price you can do on the Delaunay-Roche Brut at that quantity? Separately, I was wondering whether you sell wine fridges, or can recommend somewhere that does - we're fitting out a new client lounge.

Thanks,
Arjun Sandhu""", uq=1),
      ack("11-16 08:41"),
      cu("11-17 10:50", """Hi - just checking this came through? Keen to get the Champagne ordered this week.

Arjun""", chase=True, parent=1),
      ag("imogen", "11-17 11:20", """Hi Arjun,

It did - sorry for the slow reply, we're in the thick of Christmas orders. For four cases of the Delaunay-Roche Brut I can do £31 a bottle (down from £36), so £1,488 in total, delivered on 2 December.

Best wishes,
Imogen""")),

    C("m46-marchbank-hen-party", "en", "pending", {},
      "Holly Marchbank <holly@juniper-lane-events.example>", "gmail", "Tasting for a hen party",
      "Saturday tastings and minimum spend answered; the customer's signature carries 'Planning an event?' and a '?' URL; thanks-only reply with the same signature.",
      cu("11-18 12:15", """Hi Felix,

I'm organising a hen party in January and the bride loves rosé. Do you host private tastings on Saturday afternoons? There would be 10 of us. And is there a minimum spend?

Thanks!
Holly Marchbank
Juniper Lane Events
Planning an event? Let's talk: https://juniper-lane-events.example/enquire?src=email-sig&utm_medium=signature""",
         kind="alt"),
      ag("felix", "11-18 16:30", """Hi Holly,

A rosé hen tasting sounds great fun. Saturday afternoons in January are wide open at the moment, 2-4pm. It's £38 a head for six rosés with nibbles and no minimum spend beyond that - and the bride goes free.

Best,
Felix"""),
      cu("11-18 17:00", """Amazing, thank you! I'll check dates with the girls.

Holly Marchbank
Juniper Lane Events
Planning an event? Let's talk: https://juniper-lane-events.example/enquire?src=email-sig&utm_medium=signature""",
         kind="alt", thanks=True)),

    C("m47-vogel-subskription", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Thomas Vogel <t.vogel@vogel-partner.example>", "outlook_de", "Subskription Bordeaux 2025",
      "German: the en-primeur start answered, delivery to Germany deferred with 'ich melde mich morgen' (never kept), the newsletter request ignored.",
      cu("11-09 09:15", """Sehr geehrte Frau Brenner,

ich interessiere mich für die Subskription des Jahrgangs 2025 aus Bordeaux. Ab wann nehmen Sie Reservierungen entgegen? Und liefern Sie die Weine nach der Auslieferung auch nach Deutschland, oder nur innerhalb Großbritanniens?

Außerdem bitte ich Sie, mich in Ihren Newsletter aufzunehmen (diese Adresse).

Mit freundlichen Grüßen
Thomas Vogel""", uq=1, tz=1),
      ag("katharina", "11-09 12:00", """Sehr geehrter Herr Vogel,

vielen Dank für Ihr Interesse. Die Subskription für 2025 beginnt im Frühjahr, sobald die Châteaux ihre Preise veröffentlichen - in der Regel ab Ende April.

Ob und zu welchen Kosten wir die Weine später nach Deutschland liefern können, kläre ich noch mit meinem Kollegen Rupert Vance; ich melde mich morgen dazu bei Ihnen.

Mit freundlichen Grüßen
Katharina Brenner""", promises=[("11-10", None)])),

    C("m48-okonkwo-launch", "en", "closed", {},
      "Chidi Okonkwo <chidi.okonkwo@larkspur-media.example>", "gmail", "Sparkling wine for a launch",
      "English sparkling under £30 and delivery to Farnham answered; the customer's own out-of-office reply lands in the thread.",
      cu("11-05 11:00", """Hi,

We're launching a new podcast studio next Thursday and want to give everyone a glass of something English and sparkling. Which English sparkling wines do you have under £30, and could you deliver 24 bottles to Farnham by Wednesday lunchtime?

Chidi"""),
      ag("felix", "11-05 14:30", """Hi Chidi,

Congratulations on the studio! Under £30 we have the Hollow Down Classic Cuvée (£27), the Wealdbrook Brut (£24.50) and the Hollow Down Rosé (£29). 24 bottles to Farnham by Wednesday morning is fine if you order by 1pm on Monday.

Best,
Felix"""),
      auto("11-05 14:31", """Thank you for your email. I'm at a conference until Monday 9 November with limited access to email. For anything urgent please contact studio@larkspur-media.example.

Chidi Okonkwo""", quote=False, subject="Automatic reply: Re: Sparkling wine for a launch")),

    C("m49-hensley-investor-gifts", "en", "pending", {"unanswered-question": 2},
      "Laura Hensley <laura.hensley@fenmore-capital.example>", "outlook", "Corporate gifts - Fenmore Capital",
      "Boxed bottles for investors priced; the address list comes back as a CSV with two more requests (invoice to accounts, the card wording); the reply only confirms the delivery date.",
      cu("11-16 10:00", """Hi Felix,

We'd like to send 15 bottles of the 2018 Saint-Émilion (Château Laroque-Basse) in single wooden boxes to our investors before Christmas. Can you do that, and what would it cost per box including delivery?

Laura Hensley
Executive Assistant, Fenmore Capital"""),
      ag("felix", "11-16 13:10", """Hi Laura,

Yes, happily. The Laroque-Basse 2018 in a single wooden box, delivered to a UK address with a card, is £52.40 per box. If you send me the address list, I'll get them booked in.

Best,
Felix"""),
      cu("11-17 09:30", """Great, thanks Felix. The list is attached - all 15 addresses, with the names for the cards.

Two more things: could you send the invoice to our accounts team at ap@fenmore-capital.example rather than to me? And could the cards all say "With warm wishes for the season from everyone at Fenmore Capital"?

Laura""", uq=2, attach=[("text/csv", "fenmore-investor-addresses.csv", FENMORE_CSV)]),
      ag("felix", "11-17 15:00", """Hi Laura,

Thank you - all 15 are booked for delivery on Tuesday 8 December, and you'll get a tracking link for each one on the day.

Best,
Felix""")),

    C("m50-ogilvie-storage", "en", "pending", {},
      "Martin Ogilvie <martin.ogilvie@ogilvie-home.example>", "outlook", "Storing a case with you",
      "Storage of a gifted case answered; the customer's follow-up from Outlook for Android lost its threading headers (RE: subject only) and is answered too.",
      cu("11-13 11:00", """Hello,

I've been given a case of 2019 Barolo as a leaving present and I'm told it won't be ready to drink for years. Can I store it with you in bond even though I didn't buy it from you? And what would that cost?

Martin Ogilvie"""),
      ag("rupert", "11-13 15:30", """Dear Mr Ogilvie,

Not in bond, I'm afraid - wine that has already been duty-paid can't go back under bond. But we can keep it in our duty-paid cellar under the shop for the same rate: £14 per case per year, insured, with an annual statement.

Kind regards,
Rupert"""),
      cu("11-16 09:20", """Thanks Rupert, that makes sense. How do I get the case to you - can I just drop it at the shop? And do you need anything from me, like a receipt?

Martin""", client="android", thread=False),
      ag("rupert", "11-16 12:00", """Dear Mr Ogilvie,

Yes, just bring it into the shop any day between 10am and 6pm. No receipt needed: the team will check the case, book it in and give you the storage agreement to sign there and then.

Kind regards,
Rupert""")),

    C("m51-moreau-sans-alcool", "fr", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Arnaud Moreau <arnaud.moreau@moreau-conseil.example>", "gmail", "Vin sans alcool ?",
      "French: alcohol-free sparkling wine asked on Thursday evening; a reminder on Monday ('je n'ai pas eu de réponse'); both questions answered that morning.",
      cu("11-05 17:30", """Bonjour,

Ma femme est enceinte et nous cherchons un bon vin sans alcool (ou presque) pour les fêtes, idéalement un effervescent. Est-ce que vous en avez ? Et si oui, peut-on en acheter à l'unité ou seulement par carton ?

Merci,
Arnaud Moreau"""),
      cu("11-09 08:15", """Bonjour,

Je n'ai pas eu de réponse à mon message de jeudi dernier (ci-dessous). Pourriez-vous me répondre quand vous aurez un moment ?

Cordialement,
Arnaud Moreau""", chase=True),
      ag("solene", "11-09 10:00", """Bonjour Monsieur Moreau,

Je suis désolée pour ce silence, et félicitations à vous deux ! Nous avons deux effervescents sans alcool qui valent vraiment le détour : le Wealdbrook Zero (11,50 £) et un crémant désalcoolisé d'Alsace (13,95 £). Les deux se vendent à la bouteille, inutile de prendre un carton.

Bien cordialement,
Solène""")),

    C("m52-herrera-evento", "es", "pending", {"unanswered-question": 2},
      "Lorena Herrera <lorena.herrera@herrera-eventos.example>", "gmail_es", "Vino para un evento y etiquetas personalizadas",
      "Spanish event planner asks three things as a list; a templated reply gives the price and a link but not the custom labels nor the payment terms for companies.",
      cu("11-18 11:00", """Buenos días:

Organizo una cena para una empresa el 12 de diciembre (80 personas) y me gustaría saber varias cosas:

¿Qué precio nos harían por 10 cajas de Albariño y 10 de Rioja Crianza?
¿Se pueden poner etiquetas personalizadas con el logo del cliente en las botellas?
Por favor, envíenme también sus condiciones de pago para empresas, las necesito para dar de alta al proveedor.

Muchas gracias,
Lorena Herrera
Herrera Eventos""", uq=2),
      ag("lucia", "11-18 15:20", """Estimada clienta:

Gracias por contactar con Merrow Wine Merchants. En pedidos de empresa a partir de 10 cajas aplicamos un 12 % de descuento sobre la tarifa: 10 cajas de Albariño Rías Baixas (13,50 £) y 10 de Rioja Crianza (11,95 £) le saldrían por 2.687,52 £, entrega incluida.

Puede consultar nuestra tarifa completa en https://merrowwines.example/es/empresas?ref=tarifa

Atentamente,
Equipo de Merrow Wine Merchants""", sig=False)),

    C("m53-beckett-wrong-vintage", "en", "open", {},
      "Nina Beckett <nina.beckett@wrenfield.example>", "gmail", "Wrong vintage delivered",
      "A wrong vintage reported on the audit day; only the acknowledgement so far, still inside the response target.",
      cu("11-20 10:30", """Hello,

I ordered six bottles of the 2019 Rioja Reserva from Valdeoro, but the box that arrived this morning has the 2020. Is that a substitution or a picking mistake? I bought it specifically as a birth-year wine for my niece, so the vintage matters. Could you swap them?

Nina Beckett"""),
      ack("11-20 10:31")),

    C("m54-talbot-vintage-port", "en", "closed", {"unanswered-question": 1},
      "Gregory Talbot <gregory.talbot@talbotmail.example>", "apple", "Port for my grandson",
      "Vintage port for a newborn: what is on offer and where to keep it answered; the personalised label or certificate is not.",
      cu("11-02 11:45", """Good morning,

My grandson was born last week (hurrah!) and I'd like to lay down some port for his 18th - 2024, if there's a declared vintage. Do you have any 2024 vintage port on offer? Is it better to keep it with you or at home? I have a cool cellar but it's rather damp. And could you tell me whether I can have a personalised label or a certificate to go with it?

Kind regards,
Gregory Talbot""", uq=1),
      ag("rupert", "11-02 15:20", """Dear Mr Talbot,

Congratulations! 2024 was declared by most of the big houses; we have Quinta do Vale Escuro 2024 in bond at £420 a case of 12, or £225 for six.

Damp is actually fine for port - it keeps the corks healthy - but a steady temperature matters more. If your cellar doesn't swing much between summer and winter, home is fine; if in doubt, our bond is £14 per case per year and the port stays duty-free until you take it out.

Kind regards,
Rupert""")),
]

UNANSWERED: dict[str, list[str]] = {
    "m02-halcyon-client-gifts": [
        "Is it possible to have our logo printed on the gift tags?"],
    "m03-pryce-whitley-bond": [
        "And can you remind me what storage charges I'm paying per case per year?"],
    "m05-penrose-broken-chablis": [
        "Why did the courier leave it on the doorstep without checking anyone's ID?"],
    "m06-leclerc-mariage": [
        "Est-ce que vous reprenez les bouteilles non ouvertes ?"],
    "m11-fairbairn-burgundy-tasting": [
        "do you do a cheaper ticket for non-drinkers?",
        "And please put us both on the list for the Champagne evening in December, whenever that is."],
    "m14-hartmann-versand": [
        "Könnten Sie außerdem eine kleine Grußkarte beilegen?"],
    "m18-ingram-burgundy-ep": [
        "Finally, please update my delivery address to 17 Parkside Mews, Godalming GU7 1QD; we moved last month."],
    "m20-navarro-factura": [
        "Necesito también que la factura vaya a nombre de la empresa, Estudio Navarro Arquitectura Ltd, con nuestro número de IVA GB 284 6173 09."],
    "m25-achterberg-no-id": [
        "And please add my partner, Sam Okoro, to the account so she can accept deliveries when I'm not in."],
    "m27-tremayne-wedding": [
        "Could we come in and taste the three sparkling options before we commit?",
        "Do you supply ice as well, or should we get that elsewhere?"],
    "m31-sterling-magnum": [
        "Is the 2015 vintage of the Delaunay-Roche available in magnum?"],
    "m34-greaves-book-club": [
        "And are you open on Sunday the 8th if I'd rather collect than have it delivered?"],
    "m37-caldwell-invoice": [
        "Could you also let me know how much credit I've got left on my club account?"],
    "m40-mcallister-private-tasting": [
        "And is it OK if we bring a couple of our own bottles to compare - happy to pay corkage?"],
    "m41-girard-vendredi": [
        "Pourriez-vous livrer le vendredi plutôt que le jeudi ?"],
    "m45-sandhu-champagne": [
        "Separately, I was wondering whether you sell wine fridges, or can recommend somewhere that does - we're fitting out a new client lounge."],
    "m47-vogel-subskription": [
        "Außerdem bitte ich Sie, mich in Ihren Newsletter aufzunehmen (diese Adresse)."],
    "m49-hensley-investor-gifts": [
        "could you send the invoice to our accounts team at ap@fenmore-capital.example rather than to me?",
        "And could the cards all say \"With warm wishes for the season from everyone at Fenmore Capital\"?"],
    "m52-herrera-evento": [
        "¿Se pueden poner etiquetas personalizadas con el logo del cliente en las botellas?",
        "Por favor, envíenme también sus condiciones de pago para empresas, las necesito para dar de alta al proveedor."],
    "m54-talbot-vintage-port": [
        "And could you tell me whether I can have a personalised label or a certificate to go with it?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's case reference for the message ``key`` (stable, derived from the key)."""
    return f"MW-C{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts."""
    msgs: list[Msg] = []
    by_key: dict[str, Msg] = {}
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
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]
        if not m.subject:
            prefix = REPLY_PREFIX.get(m.client, "Re: ")
            topic = by_key[parent].subject if parent and by_key[parent].role == "ack" else case.subject
            m.subject = o.pop("subject", prefix + topic if parent else case.subject)
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
        by_key[key] = m
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
    return mailcraft.cases_table("Practice corpus 61: Merrow Wine Merchants - cases",
                                 "make_practice61_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}

README = """# Practice corpus 61: Merrow Wine Merchants support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`, the README's method, accuracy and weak-point sections, the tool's
tests) or at any other corpus's cases, so its figure is an unseen one. Use it to measure, not
to tune: once the heuristics have been changed because of its cases, it is no longer unseen.

- Company: **Merrow Wine Merchants**, an independent wine merchant in Merrow, Guildford, that
  sells online and from its shop: orders and mixed cases, delivery slots and the age check on
  delivery (Challenge 25), breakages and missing bottles, en-primeur and bonded reserves,
  tastings and private events, corporate gifts, the Cellar Club subscription. Support address
  `care@merrowwines.example`; agents Imogen Thackeray (customer care), Rupert Vance (fine wine
  and en primeur), Priya Nair (deliveries and aftercare), Felix Ardern (tastings, events and
  corporate gifts), Katharina Brenner (German), Solène Marchal (French) and Lucía Ferrer
  (Spanish), all `@merrowwines.example`. A helpdesk robot (`care@merrowwines.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few mails with "aims to answer every email
  within one working day" - service-hours text, not a commitment.
- Customers are private buyers, event planners and office managers on `*.example` domains.
  Everything is invented (estates included).
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain merrowwines.example`.

```
python scripts/make_practice61_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice61_corpus.py --out /tmp/p61         # ... into another folder
python scripts/evaluate.py --corpus tests/practice61            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice61_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. This README is written by the script too (its figures are counted);
do not edit generated files - edit the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

{cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and {auto}
customer out-of-office reply), {replies} support replies, {acks} helpdesk acknowledgements.
{clean} clean cases ({clean_pct} %). Languages: {languages}. Statuses: {statuses}.

Expected findings: {findings}. Labelled unanswered questions: {uq} in {uq_cases} cases.

Answered questions (not labelled) are answered the way people answer: several in one sentence
(m14: yes, the cost and "duties included" together; m27), out of order (m01, m26), with a bare
figure or date and a link (m12), a link only (m30), an attachment (m02's address template,
m03's reserve statement, m37's invoice, m40's menu, m28's quote), inline under the quoted
question with "Included." or "It is." (m07, German m38), by a colleague after a handoff (m29,
m39), after a chase (m19, m30, m32, m45, m51), in a long run-on sentence of questions (m23),
and with the age-check rule instead of a plain yes (m09, m15, m21).

Unanswered questions are the realistic kind: a secondary question or request beside the main
one (m02 logo on the tags, m03 storage charges, m05 why no ID check, m06 taking back unopened
bottles, m11 non-drinker ticket and the December list, m14 a gift card, m18 a new delivery
address, m20 an invoice in the company's name, m25 adding a partner to the account, m27 two of
five numbered items, m37 club credit, m45 wine fridges, m47 the newsletter, m54 a personalised
label), an answer to the neighbouring question (m31: the non-vintage magnum for "the 2015
vintage in magnum"; m41: the Thursday time window for "Friday instead of Thursday"), a question
in a follow-up after the case seemed done (m34, m40, m49), and a templated reply (m52).

Not questions (must not be flagged): a pleasantry ("Hope the Beaujolais evening went well last
night?", m11), a rhetorical question and one the customer answers herself (m36), questions in
a forwarded order confirmation of an HTML-only mail (m21), a customer signature "Planning an
event?" with a `?` URL (m46), support signatures with `?` URLs and disclaimers, thanks-only
mails (m01, m04, m15, m42, m46), questions in a customer's latest mail with no reply after it
(m10, m22, m35, m53: awaiting-reply territory).

Commitments: kept on time (m40 "on Monday"; m29 "he'll email you tomorrow", kept by the
colleague; m39 "they'll reply to you directly", kept by two colleagues within the window), kept
late = missed (m03 "by Wednesday" -> Monday after a chase; m24 "bis Mittwoch" -> Thursday; m28
"lundi" -> Wednesday after a reminder; m32 "mañana" -> Monday after a chase), never kept (m08 no
deadline = 2-day window, m13 "by Friday", m18 "by Friday", m22 "tomorrow", m35 "tomorrow", m44
"by end of day", m47 "ich melde mich morgen"), and a deadline still ahead at audit time (m43,
Wednesday 25 November). Non-promises: "payable at the door" (m11), "usually shows within three
to five working days" (m16), "we'll email everyone on our list that morning" and the courier's
3pm collection (m26), replacements "booked onto Thursday's van" (m05), conditional offers ("If
you'd like to go ahead, I can ...", m03; "If you send me the address list, I'll get them booked
in", m49), the acknowledgement's service-hours text (m10, m45, m53).

Chasing in varied wording and languages: "Just following up on", "Hello? Sorry to nag ... is
anyone picking these up?", a reply to the helpdesk acknowledgement ("I got your automatic reply
on Monday but nothing since"), "Just checking in on", "Any news on ...?" then "I'm still waiting
to hear back" (m35, two chases), "just checking this came through?", "Je me permets de revenir
vers vous", "Je n'ai pas eu de réponse", "¿Hay alguna novedad ...?", and a resend as a new mail
with the same subject (m30).

Status and timing: awaiting reply (m10, m22, m35), a fresh case inside the response target with
only the acknowledgement (m53), slow first responses (m19 Friday evening -> Monday, m30, m45,
m51), an explicit close ("I'll mark this as resolved") followed only by thanks (m15) and one
followed by a new request (m16, reopened), three agents on one case (m39).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop (From:/Sent: and
Von:/Gesendet: header blocks, `RE:`/`AW:` subjects), Outlook on the web, Outlook for Android,
Apple Mail (en/fr), iPhone, Thunderbird (en/de); top-posted and inline replies; plain 7bit,
quoted-printable (m23 and every non-ASCII mail), base64 (m33), multipart/alternative (m12, m46,
acknowledgements) and HTML-only (m21); JPEG photos, PDFs and CSV attachments; a Cc (m39); a
customer's out-of-office reply with `X-Autoreply` (m48); a follow-up that lost its threading
headers (m50), a chase with a References gap (m35), a resend without threading (m30), a chase
that replies to the acknowledgement (m10).

## Judgement calls

- **Deferral is not an unanswered question** (m03 duty figures, m08 the rest of the batch, m13
  the VAT invoice, m18 Rousseau, m22, m28, m32, m35, m44 the Friday slot, m47 delivery to
  Germany): the question deferred with a promise counts only through `missed-follow-up` when
  the promise is broken.
- **m05**: the replacements and "do I need to keep the broken bottles" are answered; "Why did
  the courier leave it on the doorstep without checking anyone's ID?" is a real question (a
  complaint put as a question) and is never addressed - labelled.
- **m08**: "is it likely to be the whole batch?" gets a general answer (cork taint is per
  cork) plus the promise to ask the buyer; it is answered, and the broken promise is the
  finding.
- **m11**: the non-drinker ticket is labelled with the clause that asks it ("do you do a
  cheaper ticket for non-drinkers?"), its sentence starting with a statement.
- **m31**: "Is the 2015 vintage ... available in magnum?" is answered with the non-vintage
  magnum's price: a neighbouring answer, labelled unanswered.
- **m41**: "Pourriez-vous livrer le vendredi plutôt que le jeudi ?" is answered with Thursday's
  time window and the neighbour option: labelled unanswered.
- **m16**: after the explicit close, "Refund arrived, thank you" opens a new request (swap the
  label-damaged bottle), so the case is reopened; it is not a chase.
- **m39**: "they'll reply to you directly" is a promise per colleague, both kept within the
  two-day window; the only finding is three agents on one case.
- **m42, m46**: "Lo hablo con los demás y te digo" / "I'll check dates with the girls" are the
  customer's own plans in a thanks-only mail: nothing is asked.
- **m50**: "the team will ... give you the storage agreement to sign there and then" describes
  what happens at drop-off: not a promise to come back.

## Independence

Written from the helper brief, /work/shared/report-contract.md (rule definitions),
tests/eval/README.md (format and conventions), scripts/mailcraft.py,
scripts/make_practice24_corpus.py and tests/test_practice24_corpus.py (structure only),
tests/corpusfiles.py (test helper). Not opened: anything under `happyaudit/`, the README's
method/accuracy/weak-point sections, any other test file, any other corpus's cases. All labels
were fixed before the single evaluation run and none was changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the corpus's counted figures."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    clean = sum(1 for c in cases if not c.rules)
    n = len(cases)
    return README.format(
        cases=n, messages=len(msgs), inbox=roles["customer"] + roles["auto"],
        customer=roles["customer"], auto=roles["auto"], replies=roles["agent"], acks=roles["ack"],
        clean=clean, clean_pct=round(100 * clean / n),
        languages=", ".join(f"{LANG_NAMES[k]} {v} ({round(100 * v / n)} %)"
                            for k, v in sorted(langs.items(), key=lambda kv: -kv[1])),
        statuses=", ".join(f"{v} {k}" for k, v in sorted(statuses.items(), key=lambda kv: -kv[1])),
        findings=", ".join(f"{r} {found[r]}" for r in RULES if found[r]),
        uq=sum(len(c.uq) for c in cases), uq_cases=sum(1 for c in cases if c.uq))


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.merrowwines.example")
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
        raise SystemExit("refusing to write tests/practice61:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice61:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice61 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice61")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
