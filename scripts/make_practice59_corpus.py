#!/usr/bin/env python3
"""Regenerate ``tests/practice59/``: a labelled corpus of Hazelwick Flowers.

A support mailbox of a fictional florist in Crawley, West Sussex (weddings and events,
funeral and sympathy flowers, flower subscriptions, corporate arrangements for offices,
hotels and restaurants, same-day deliveries, invoices and refunds), written without looking
at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``hazelwickflowers.example``.

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

Usage: python scripts/make_practice59_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "hazelwickflowers.example"
HELLO = "Hazelwick Flowers <hello@hazelwickflowers.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "poppy": ("Poppy Marchbank <poppy@hazelwickflowers.example>", "outlook", """Poppy Marchbank
Orders & Deliveries | Hazelwick Flowers
Order by 1pm for same-day delivery in Crawley & Horsham: https://hazelwickflowers.example/order?src=email"""),
    "idris": ("Idris Okafor <idris@hazelwickflowers.example>", "apple", """Idris Okafor
Weddings & Events | Hazelwick Flowers
Planning a wedding? Browse the lookbook: https://hazelwickflowers.example/weddings?ref=sig"""),
    "fenella": ("Fenella Ashdown <fenella@hazelwickflowers.example>", "thunderbird", """-- 
Fenella Ashdown
Funeral & Sympathy Flowers | Hazelwick Flowers
Not sure what to send? https://hazelwickflowers.example/sympathy?guide=1"""),
    "gareth": ("Gareth Lusk <gareth@hazelwickflowers.example>", "owa", """Gareth Lusk
Corporate Accounts | Hazelwick Flowers Ltd
Unit 3, Stephenson Way, Three Bridges, Crawley RH10 1TN | 01293 555 0190
This email and any attachments are confidential. If you have received it in error, please let us know and delete it."""),
    "maya": ("Maya Quayle <maya@hazelwickflowers.example>", "gmail", """--
Maya Quayle
Subscriptions | Hazelwick Flowers
Manage your deliveries: https://hazelwickflowers.example/account?tab=subscription"""),
    "annika": ("Annika Brandt <annika@hazelwickflowers.example>", "outlook_de", """Annika Brandt
Kundenservice (Deutsch) | Hazelwick Flowers
Tel. +44 1293 555 0194 | https://hazelwickflowers.example/de?ref=signatur"""),
    "solene": ("Solène Garnier <solene@hazelwickflowers.example>", "apple_fr", """Solène Garnier
Service client (français) | Hazelwick Flowers
https://hazelwickflowers.example/fr?utm_source=email&utm_medium=signature"""),
    "lucia": ("Lucía Ferrer <lucia@hazelwickflowers.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Hazelwick Flowers
¿Dudas con un pedido? Llámenos al +44 1293 555 0195"""),
}

ACK = """Hello,

Thank you for contacting Hazelwick Flowers - this is an automatic reply to let you
know your message has reached us (reference {ref}). Our team works Monday to
Saturday, 8am-5pm, and we aim to reply within 24 hours.

Need to change a delivery for today? Please ring the shop on 01293 555 0190.

Hazelwick Flowers
https://hazelwickflowers.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"],
    "helpdesk": ["X-Mailer: Petal Desk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hz.", outlook_server="CWLP26")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: ",
                "oldclient": "Re: "}

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

LOBBY_QUOTE_PDF = mailcraft.pdf(["Hazelwick Flowers Ltd - Quotation Q-26-1187 (revised)",
                                 "Calder & Voss LLP, Crawley office",
                                 "Lobby urn (small) GBP 104 / week, 2 desk pieces GBP 41 each",
                                 "Total GBP 186 per week ex VAT. January: fortnightly."])
EMPFANG_PDF = mailcraft.pdf(["Hazelwick Flowers Ltd - Angebot A-26-0412",
                             "Brandwerk Consulting GmbH, Buero Crawley",
                             "Empfangsarrangement GBP 68, 4 Tischgestecke je GBP 18",
                             "Summe GBP 140 pro Woche zzgl. MwSt., Lieferung Mo vor 8 Uhr"])
INVOICE_PDF = mailcraft.pdf(["Hazelwick Flowers Ltd - Invoice HZ-INV-3318 (corrected)",
                             "The Linden Hotel - deliveries October 2026",
                             "14 Oct: weekly lobby change (1) - Sunday top-up removed",
                             "Total GBP 352.80 inc VAT"])
CREDIT_PDF = mailcraft.pdf(["Hazelwick Flowers Ltd - Credit note CN-0412",
                            "The Linden Hotel: 6 glass vases returned 2 Oct 2026",
                            "Credit GBP 54.00 inc VAT"])
GRAD_QUOTE_PDF = mailcraft.pdf(["Hazelwick Flowers Ltd - Quotation Q-26-1203",
                                "Weald College winter graduation, Fri 4 Dec 2026",
                                "2 pedestal arrangements GBP 180 each, 40 posies GBP 9 each",
                                "Total GBP 720 ex VAT incl. set-up Thu 3 Dec after 6pm"])
TERMS_PDF = mailcraft.pdf(["Hazelwick Flowers - Wedding terms 2027",
                           "Deposit 25%, refundable in full if the venue cancels",
                           "up to 8 weeks before the date; afterwards movable to a new date."])
KUENDIGUNG_PDF = mailcraft.pdf(["Hazelwick Flowers - Kuendigungsbestaetigung",
                                "Abo SUB-18840, Sabine Krueger",
                                "Letzte Lieferung: 25.11.2026. Erstattung 2.12.: GBP 32"])
BALANCE_PDF = mailcraft.pdf(["Hazelwick Flowers - Final invoice W-27-0031",
                             "Chambers / Doyle wedding, 13 February 2027",
                             "Total GBP 1,880 - deposit GBP 740 = balance GBP 1,140",
                             "Balance due by 1 December 2026"])
STATEMENT_PDF = mailcraft.pdf(["Hazelwick Flowers Ltd - Statement of account",
                               "Kestrel Logistics Ltd, account HZ-C-0188",
                               "Invoices Sep-Oct 2026: GBP 2,416.00 - paid GBP 1,812.00",
                               "Outstanding GBP 604.00"])
PRICES_PDF = mailcraft.pdf(["Hazelwick Flowers Ltd - Corporate price list 2027",
                            "Reception arrangement from GBP 55 / week",
                            "Desk piece GBP 18, bud vase GBP 4.50 (min. 4 weeks)",
                            "Valid 1 January - 31 December 2027"])
ROSES_PNG = mailcraft.png(10, 8, lambda x, y: (150 + 6 * x, 40 + 4 * y, 60))
LABEL_PNG = mailcraft.png(12, 6, lambda x, y: (20 + 9 * y, 70 + 4 * x, 40 + 3 * y))
WREATH_PNG = mailcraft.png(9, 9, lambda x, y: (230 - 5 * y, 232 - 3 * x, 220))
DELIVERED_PNG = mailcraft.png(10, 10, lambda x, y: (120 + 8 * y, 90 + 5 * x, 150))
BARN_PNG = mailcraft.png(12, 8, lambda x, y: (180 - 6 * y, 140 + 3 * x, 90))
VASE_PNG = mailcraft.png(8, 10, lambda x, y: (200, 210 - 7 * y, 215 - 4 * x))

CASES: list[Case] = []  # filled in below

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES += [
    C("f01-ellwood-wedding-peonies", "en", "closed", {},
      "Harriet Ellwood <harriet.ellwood@example.com>", "gmail", "Wedding flowers September 2027",
      "Three numbered wedding questions answered in one paragraph in reverse order, peonies with a 'not really'; thanks-only close.",
      cu("11-02 19:40", """Hi there,

My fiancé and I are getting married at Wakehurst on Saturday 11 September next year and we loved what you did for my cousin's wedding last spring (the blush and burgundy one!). A few questions before we book a consultation:

1. Will peonies still be available in mid-September, or is that too late in the season?
2. Roughly what would six bridesmaid bouquets come to? Nothing huge, just hand-tied.
3. Is it possible to visit your studio on a Saturday? We both work in London during the week.

Thanks so much,
Harriet"""),
      ag("idris", "11-03 09:15", """Hi Harriet,

Congratulations to you both - and how lovely that you remember Ellie's flowers!

Saturdays are absolutely fine: we hold consultations from 10 till 3 at the studio in Three Bridges, so just pick a weekend. Hand-tied bridesmaid bouquets start at £55, so for six you'd be looking at £330-£400 depending on what goes in them. September peonies, sadly, not really - the British season is over by July and imports that late are patchy and eye-wateringly expensive. For the same blowsy look I'd use garden roses and dahlias, which are at their very best in September.

Warmly,
Idris"""),
      cu("11-03 10:02", """That's so helpful, thank you! Dahlias it is. We'll have a look at the calendar and pick a Saturday.

Harriet""", thanks=True)),

    C("f02-brannigan-grandad-wreath", "en", "closed", {"unanswered-question": 1},
      "Neil Brannigan <neil.brannigan@example.org>", "outlook", "Wreath for my grandfather's funeral",
      "Funeral wreath, delivery to the funeral directors and card wording all handled; the letter tribute asked in the middle of the mail is never mentioned; thanks-only close.",
      cu("11-04 08:20", """Hello,

My grandfather passed away last week and the funeral is on Thursday 12 November at 11am, at Surrey & Sussex Crematorium. We would like a wreath from the grandchildren, mainly white and green, nothing too formal - he was a keen gardener.

Could it be delivered to Rowland Brothers funeral directors on Ifield Road by 9am that morning? I was also wondering whether you do letter tributes, we'd like one spelling GRANDAD if the price is reasonable. And please can the card say "For Grandad, who taught us the names of everything that grows. With love from Neil, Kirsty, Aaron and Molly".

Thank you,
Neil Brannigan""", uq=1),
      ag("fenella", "11-04 11:30", """Dear Neil,

I'm so sorry for your loss.

We'd be honoured to make the grandchildren's wreath. I'm thinking white roses, lisianthus and snowberries with plenty of garden foliage - rosemary, ivy and a few seed heads - so it feels as if it came out of a garden rather than a shop. A 16-inch wreath like that is £95.

Rowland Brothers are just round the corner from us and we take flowers to them most mornings; it will be there by 9am on the 12th. I've written the card out exactly as you sent it.

You can pay by card over the phone or with this link:
https://hazelwickflowers.example/pay?ref=HZ-5120

With sympathy,
Fenella"""),
      cu("11-04 12:10", """Thank you Fenella, that sounds just right. Paid just now.

Neil""", thanks=True)),

    C("f03-caldervoss-lobby-quote", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Priya Raman <priya.raman@caldervoss.example>", "owa", "Reception flowers - revised quote",
      "Revised quote promised for 'tomorrow' (Tuesday) arrives the following Monday after the customer asks for news: kept late = missed.",
      cu("11-09 09:40", """Hi Gareth,

Following our call, could you send me a revised quote for the reception flowers with the smaller urn in the lobby and two desk pieces instead of three? The partners also asked whether we could drop to a fortnightly change in January, when half the office is on leave or working from home.

Thanks,
Priya

Priya Raman
Office Manager | Calder & Voss LLP"""),
      ag("gareth", "11-09 14:05", """Hi Priya,

Fortnightly in January is no problem - a few firms do that after Christmas, and it simply halves the charge for the month.

I'll redo the figures for the smaller urn and the two desk pieces and send the revised quote over tomorrow.

Best regards,
Gareth""", promises=[("11-10", 4)]),
      cu("11-12 16:20", """Hi Gareth,

Any news on the revised quote? Our finance meeting is on Monday morning and I'd like it in the pack.

Priya""", chase=True),
      ag("gareth", "11-16 08:30", """Hi Priya,

Apologies - I should have had this with you days ago. Revised quote attached: the smaller urn and two desk pieces come to £186 a week ex VAT, down from £238, and January would be billed fortnightly.

Good luck with the meeting.

Best regards,
Gareth""", attach=[("application/pdf", "Q-26-1187-revised.pdf", LOBBY_QUOTE_PDF)])),

    C("f04-hofstetter-geburtstag", "de", "closed", {},
      "Miriam Hofstetter <m.hofstetter@webpost.example>", "gmail_de", "Blumen zum 80. Geburtstag meiner Mutter",
      "Daughter in Munich sends birthday flowers to her mother in Crawley: Saturday delivery, German card and PayPal all answered; card text follows and is confirmed.",
      cu("11-02 20:15", """Hallo,

meine Mutter wohnt in Crawley und wird am Samstag, den 7. November, 80. Ich lebe in München und würde ihr gern einen großen Strauß schicken, am liebsten in Herbstfarben (Orange, Rot, ein bisschen Gelb - aber bitte keine Lilien, dagegen ist sie allergisch).

Liefern Sie auch samstags? Kann die Karte auf Deutsch geschrieben werden, mit Umlauten? Und kann ich mit PayPal bezahlen? Eine britische Kreditkarte habe ich leider nicht.

Die Adresse: Elfriede Hofstetter, 22 Malthouse Road, Crawley RH10 6BH.

Vielen Dank und viele Grüße
Miriam Hofstetter""", tz=1),
      ag("annika", "11-03 09:00", """Liebe Frau Hofstetter,

vielen Dank für Ihre Nachricht - ein 80. Geburtstag, wie schön!

Ja, am Samstag, den 7. November, liefern wir zwischen 9 und 13 Uhr nach Crawley. Den Kartentext schreiben wir gern auf Deutsch, Umlaute sind überhaupt kein Problem - schicken Sie mir einfach den Wortlaut. Bezahlen können Sie über diesen Link, dort ist PayPal als Zahlungsart hinterlegt:
https://hazelwickflowers.example/pay?ref=HZ-5087&lang=de

Lilien lassen wir selbstverständlich weg. Für einen großen Herbststrauß mit Rosen, Chrysanthemen und Hagebutten würde ich 65 £ vorschlagen.

Herzliche Grüße
Annika Brandt"""),
      cu("11-03 19:30", """Liebe Frau Brandt,

wunderbar, danke! Bezahlt ist schon. Bitte schreiben Sie auf die Karte: „Alles Liebe zum 80., Mama! Ich bin in Gedanken bei dir und komme an Weihnachten. Deine Miriam"

Viele Grüße
Miriam""", tz=1),
      ag("annika", "11-04 08:45", """Liebe Frau Hofstetter,

die Zahlung ist angekommen, und der Text steht genau so auf der Karte. Am Samstag bringen wir den Strauß vormittags vorbei.

Herzliche Grüße
Annika Brandt""")),

    C("f05-aldous-subscription-pause", "en", "pending", {},
      "Tom Aldous <tom.aldous@example.net>", "thunderbird", "Pausing my subscription",
      "Three subscription questions answered inline under the quoted lines: 'Done', a bare 'No.' and a how-to.",
      cu("11-16 07:55", """Morning,

We're away from 28 November to 13 December. Could you pause my weekly subscription for those two deliveries? Will I be charged for the paused weeks?
Also, I'd like to switch from the Seasonal to the Seasonal Large from January - is that something I do on the website or do you have to do it?

Cheers,
Tom
(subscriber no. SUB-20931)"""),
      ag("maya", "11-16 10:20", """Hi Tom,

> Could you pause my weekly subscription for those two deliveries?

Done - nothing will arrive on 2 or 9 December, and deliveries pick up again on Wednesday 16th.

> Will I be charged for the paused weeks?

No.

> Also, I'd like to switch from the Seasonal to the Seasonal Large from January - is that something I do on the website or do you have to do it?

You can do it yourself under My Account > Subscription > Change size: choose 6 January as the start date and the new price (£42 a week) applies from then.

Have a great trip!
Maya""", quote=False)),

    C("f06-orbis-christmas-offices", "en", "pending", {"unanswered-question": 2},
      "Lauren Whitby <lauren.whitby@orbis-insurance.example>", "outlook", "Christmas flowers for the offices",
      "Four requests in one long paragraph; the reply books the season and the door wreath and gives the deadline, but skips the mid-season wreath swap and the PO number on invoices.",
      cu("11-17 11:05", """Hi Gareth,

Hope you're well - it's that time of year again! We'd like Christmas arrangements for all three offices (Crawley, Horsham and Gatwick) from Monday 30 November through to the 23rd, same as last year, but this time could we have a fresh wreath on the main door in Crawley as well as the reception pieces? Last year's went a bit brown by mid-December, so I was wondering whether a wreath could be swapped halfway through. Please also put our purchase order number PO-88213 on the invoice this year, accounts payable rejected two of your invoices last December because it was missing. And what's the latest date I can confirm numbers? I'm still waiting for Horsham to tell me whether they're moving floors.

Thanks,
Lauren

Lauren Whitby | Facilities Coordinator | Orbis Insurance
T: 01293 555 0147""", uq=2),
      ag("gareth", "11-17 15:40", """Hi Lauren,

Lovely to hear from you. The reception pieces for all three offices are booked in from 30 November to 23 December, same designs as last year unless you tell me otherwise. The Crawley door wreath is £85 and we'll hang it on the morning of the first delivery.

If you can give me final numbers by Friday 27 November, that's perfect.

Best regards,
Gareth""")),

    C("f07-rouxdaguerre-arche", "fr", "closed", {"unanswered-question": 1},
      "Camille Roux-Daguerre <camille.rouxdaguerre@example.com>", "apple_fr", "Boutonnières et arche - mariage du 22 mai",
      "French bride: the buttonholes are priced, but the question about setting up the flower arch the day before is answered with when the arch is taken down.",
      cu("11-05 21:10", """Bonjour Solène,

Suite à notre échange téléphonique, je vous confirme que nous aimerions des boutonnières pour les huit témoins et garçons d'honneur, dans les mêmes tons que le bouquet (blanc cassé et vert sauge). Pourriez-vous m'indiquer le prix ?

Je voudrais aussi savoir si votre équipe peut installer l'arche florale la veille, le vendredi 21 mai, car le domaine nous laisse accéder à la salle dès 16h. Le samedi matin risque d'être très chargé.

Merci d'avance et belle soirée,
Camille""", uq=1, tz=1),
      ag("solene", "11-06 10:05", """Bonjour Camille,

Merci pour votre message. Pour les huit boutonnières (mini-rose blanc cassé, eucalyptus et un brin d'olivier), comptez 12 £ pièce, soit 96 £ au total.

Pour l'arche, pas d'inquiétude : notre équipe revient le dimanche matin pour la démonter et récupérer les contenants, vous n'aurez rien à gérer après la fête.

Belle journée,
Solène""")),

    C("f08-ortega-tanatorio", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Javier Ortega <javier.ortega@correo.example>", "gmail_es", "Flores para un funeral en Brighton",
      "Spanish sender in Madrid: card and arrangement answered, delivery time to the Brighton funeral home promised for 'mañana'; the customer asks for news two days later and only then gets the confirmation.",
      cu("11-03 09:30", """Hola, buenos días:

El padre de un buen amigo falleció el domingo en Brighton y el velatorio es el viernes 6 en la funeraria Hanningtons (no sé si allí lo llaman igual). Quisiera enviar un centro de flores blancas en nombre de los compañeros de trabajo de Madrid, por unas 150 libras.

¿Pueden entregarlo allí el viernes antes de las 11? ¿Y se puede poner una tarjeta en español? El texto sería: «Con todo nuestro cariño, de tus compañeros de Madrid».

Muchas gracias,
Javier Ortega""", tz=1),
      ag("lucia", "11-03 12:15", """Hola, Javier:

Siento mucho la pérdida de su amigo.

Por 150 libras le preparamos un centro de rosas blancas, lisianthus y eucalipto, muy sobrio. La tarjeta irá en español con el texto que nos indica, sin ningún problema.

Lo de la entrega: Brighton queda fuera de nuestra ruta habitual de los viernes, así que tengo que hablarlo con el repartidor. Le confirmo mañana si podemos estar allí antes de las 11.

Un saludo,
Lucía Ferrer""", promises=[("11-04", 4)]),
      cu("11-05 10:10", """Hola, Lucía:

¿Hay alguna novedad sobre la entrega? El velatorio es mañana y aún no sé si llegan a tiempo.

Gracias,
Javier""", tz=1, chase=True),
      ag("lucia", "11-05 09:50", """Hola, Javier:

Perdone que no le escribiera ayer. Sí: el repartidor sale hacia Brighton a las 8:30 y el centro estará en Hanningtons a las 10:15 como muy tarde.

Un saludo,
Lucía Ferrer""")),

    C("f09-fairweather-anniversary", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Dominic Fairweather <dom.fairweather@example.com>", "iphone", "Anniversary flowers not delivered",
      "Anniversary bouquet still 'out for delivery' in the evening; only the helpdesk acknowledges; the customer chases the next day and still hears nothing.",
      cu("11-17 18:45", """Hi,

I ordered a bouquet for our anniversary to be delivered today (order HZ-5391) and my wife says nothing has turned up. The tracking page has said "out for delivery" since 8am. Can you tell me where it is?

Dominic

Sent from my iPhone"""),
      ack("11-17 18:46"),
      cu("11-18 12:30", """Still waiting to hear back about this. Not the anniversary I'd planned. Can someone please call me on 07700 900412?

Sent from my iPhone""", chase=True, parent=1)),

    C("f10-linden-hotel-account", "en", "closed", {},
      "Martin Kessell <ap@lindenhotel.example>", "outlook", "Account queries - October",
      "Three account queries answered inline: a correction with an attachment, a bare figure, and 'Also attached'.",
      cu("11-05 10:10", """Good morning,

I'm reconciling October and have three queries on our account:

- Invoice HZ-INV-3318 shows two deliveries on 14 October but we only had one. Can you check?
- What is the total outstanding on the account as of today?
- Please send a copy of the credit note for the returned vases, I can't find it anywhere.

Regards,
Martin Kessell
Accounts Payable, The Linden Hotel"""),
      ag("gareth", "11-05 13:25", """Hi Martin,

Replies below.

> Invoice HZ-INV-3318 shows two deliveries on 14 October but we only had one. Can you check?

You're right - the second line was the Sunday top-up that was cancelled. Corrected invoice attached.

> What is the total outstanding on the account as of today?

£1,284.60 inc VAT.

> Please send a copy of the credit note for the returned vases, I can't find it anywhere.

Also attached (CN-0412).

Regards,
Gareth""", quote=False, attach=[("application/pdf", "HZ-INV-3318-corrected.pdf", INVOICE_PDF),
                                ("application/pdf", "CN-0412.pdf", CREDIT_PDF)])),

    C("f11-larkham-drooping-roses", "en", "closed", {"reopened": 1},
      "Sophie Larkham <sophie.larkham@example.org>", "gmail", "Roses drooping after one day",
      "Drooping roses replaced and the ticket marked resolved; the customer comes back about a double charge, which is refunded.",
      cu("11-04 13:15", """Hello,

The roses I ordered for my mum's birthday (HZ-5102) were delivered yesterday and half of them have already drooped, heads hanging right over - photo attached. Not what I expected for £60. What can you do?

Sophie""", attach=[("image/png", "IMG_4471.png", ROSES_PNG)]),
      ag("poppy", "11-04 15:00", """Dear Sophie,

I'm really sorry - that was a batch of roses that came in on Monday and wasn't taking up water properly, and a few slipped through. I've booked a fresh bouquet onto tomorrow morning's van for your mum, at no charge, and the driver will take the old one away.

I'll mark this ticket as resolved, but do reply if anything else isn't right.

Kind regards,
Poppy""", closes=True),
      cu("11-06 09:20", """Hi Poppy,

The new bouquet came yesterday and it's lovely, thank you. But I've just noticed I was charged twice for the original order - £60 on the 2nd and again on the 3rd. Could you refund the second payment?

Sophie"""),
      ag("poppy", "11-06 11:40", """Hi Sophie,

You're right - the payment page timed out and took it twice. I've refunded £60 to your card this morning; it normally shows within 3-5 working days.

Kind regards,
Poppy""")),

    C("f12-pengelly-office-opening", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Rhys Pengelly <rhys@pengellyandco.example>", "android", "Flowers for office opening Thurs",
      "Friday-evening mail from a phone answered on Monday (slow): window arrangement and early delivery answered, the bouquet for the mayor never mentioned; the customer books anyway.",
      cu("11-06 18:30", """Hi, we're opening our new estate agency office in Horsham on Thursday 12th. Do you do opening-day arrangements, something tall for the window? Budget around £150. And can you deliver to Horsham before 8:30? We'd also like a small bouquet for the mayor who's cutting the ribbon.

Rhys

Get Outlook for Android""", uq=1),
      ag("poppy", "11-09 09:40", """Hi Rhys,

Congratulations on the new office! For the window I'd do a tall glass vase of white amaryllis, eucalyptus and birch branches - about a metre high, £145. Our Horsham van leaves at 7:30, so 8:15-8:30 is fine.

Shall I go ahead?

Kind regards,
Poppy"""),
      cu("11-09 10:05", """Yes please go ahead. Can you invoice the office rather than me?

Rhys
Pengelly & Co, 4 Carfax, Horsham RH12 1DW

Get Outlook for Android"""),
      ag("poppy", "11-09 10:30", """Hi Rhys,

All booked for Thursday 12th, 8:15-8:30, and the invoice will go to Pengelly & Co at the Carfax address.

Kind regards,
Poppy""")),

    C("f13-brandwerk-empfang", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Katharina Seidl <k.seidl@brandwerk-consulting.example>", "outlook_de", "Wöchentliche Blumen für unser Büro in Crawley",
      "German consultancy: Monday delivery time answered, the quote promised 'bis Mittwoch' arrives on Friday (missed); invoicing in euros is never addressed.",
      cu("11-02 09:15", """Sehr geehrte Frau Brandt,

wir haben Ihre Blumen beim Empfang der Handelskammer gesehen und möchten für unser Büro in Crawley einen wöchentlichen Blumenservice einrichten: ein großes Arrangement für den Empfang und vier kleine für die Besprechungsräume.

Könnten Sie mir ein Angebot schicken? Wichtig wäre, dass die Blumen montags vor 8 Uhr geliefert werden, da um 8:30 Uhr unser Wochenmeeting beginnt. Die Rechnungen bräuchten wir außerdem in Euro, da unsere Buchhaltung in Berlin sitzt.

Mit freundlichen Grüßen
Dr. Katharina Seidl
Office Management UK | Brandwerk Consulting GmbH""", uq=1),
      ag("annika", "11-02 13:40", """Sehr geehrte Frau Seidl,

vielen Dank für Ihre Anfrage, das freut uns sehr! Montags vor 8 Uhr ist kein Problem, unsere erste Tour startet um 6:45 Uhr in Crawley.

Für das Angebot muss ich die Preise noch mit unserem Einkauf abstimmen, ich melde mich bis Mittwoch mit den Zahlen.

Mit freundlichen Grüßen
Annika Brandt""", promises=[("11-04", 3)]),
      ag("annika", "11-06 10:20", """Sehr geehrte Frau Seidl,

entschuldigen Sie bitte die Verzögerung. Anbei unser Angebot: Empfangsarrangement 68 £, vier Tischgestecke zu je 18 £, zusammen 140 £ pro Woche zzgl. MwSt.

Mit freundlichen Grüßen
Annika Brandt""", attach=[("application/pdf", "Angebot-A-26-0412.pdf", EMPFANG_PDF)]),
      cu("11-09 08:50", """Sehr geehrte Frau Brandt,

danke, das Angebot passt so. Wir würden gern am Montag, den 16. November, starten.

Mit freundlichen Grüßen
Katharina Seidl"""),
      ag("annika", "11-09 11:15", """Sehr geehrte Frau Seidl,

sehr gern - die erste Lieferung kommt am Montag, 16. November, gegen 7:30 Uhr.

Mit freundlichen Grüßen
Annika Brandt""")),

    C("f14-pryce-card-change", "en", "pending", {},
      "Gwen Pryce <gwen.pryce@example.net>", "owa", "Order HZ-5420 - change of card message",
      "HTML-only mail: a new card message and a candle added to a sympathy order; both done in one reply.",
      cu("11-18 08:05", """Hi,

I placed order HZ-5420 yesterday for my neighbour (sympathy flowers, delivery on Thursday). I'd like to change the card message - please replace it with: "Thinking of you, Ron. Margaret was the kindest neighbour anyone could wish for. Love, Gwen and Dafydd".

Is it too late to add one of your scented candles as well?

Many thanks,
Gwen""", kind="html"),
      ag("fenella", "11-18 09:30", """Dear Gwen,

Not too late at all - the fig and cedar candle (£14) is added and charged to the card you paid with, and the new card is written out and tucked in with the flowers for Thursday.

Kind regards,
Fenella""")),

    C("f15-marin-suscripcion-regalo", "es", "closed", {},
      "Elena Marín <elena.marin@correo.example>", "gmail_es", "Suscripción de regalo para mi hija",
      "Mother in Valencia gives a three-month subscription to her daughter at university: plan, start date and delivery to the halls answered; thanks-only close.",
      cu("10-29 19:00", """Hola:

Mi hija está estudiando en la Universidad de Sussex y quería regalarle una suscripción de flores por su cumpleaños. ¿Tienen la opción de tres meses? Me gustaría que la primera entrega fuera el 10 de noviembre, que es el día de su cumpleaños.

También quería preguntarles si la entregan en la residencia de estudiantes o tiene que ir ella a recogerla a algún sitio.

Gracias,
Elena""", tz=1),
      ag("lucia", "10-30 09:40", """Hola, Elena:

¡Qué regalo tan bonito! Sí, tenemos la suscripción de 3 meses (un ramo cada quince días, 6 en total, 150 libras) y podemos hacer la primera entrega el martes 10 de noviembre.

En las residencias de la universidad entregamos en la conserjería (porter's lodge), que avisa a los estudiantes; no podemos subir a las habitaciones.

Aquí puede contratarla: https://hazelwickflowers.example/regalo?plan=3m&lang=es

Un saludo,
Lucía"""),
      cu("10-30 20:15", """¡Perfecto, ya está hecho! Muchísimas gracias, Lucía.

Elena""", tz=1, thanks=True)),

    C("f16-thorne-ranunculus", "en", "pending", {"missed-follow-up": 1},
      "Abigail Thorne <abi.thorne@example.com>", "apple", "Final numbers + two questions",
      "Wedding numbers sent with two questions: dried buttonholes answered, March ranunculus deferred ('let me check with our wholesaler and come back to you', no date) and never followed up.",
      cu("11-16 12:20", """Hi Idris,

Loved meeting you on Saturday! As promised, the final numbers: bridal bouquet, 4 bridesmaids, 10 buttonholes and 12 table centres.

Two things I forgot to ask - will ranunculus be around in March, and could we do the buttonholes in dried flowers so the boys can keep them?

Abi x"""),
      ag("idris", "11-16 16:05", """Hi Abi,

It was lovely to meet you both! Dried buttonholes are a great idea - bunny tails, lavender and a little strawflower look sweet and last for years, and there's no change in price.

Ranunculus in March should be fine in principle, but the Italian growers have had an odd season, so let me check with our wholesaler and come back to you.

Warmly,
Idris""", promises=[("window", None)])),

    C("f17-weald-college-graduation", "en", "pending", {},
      "Owen Carradine <events@wealdcollege.example>", "outlook", "Graduation flowers - 4 December",
      "The evening set-up is answered at once and the quote handed to a colleague 'by Thursday'; the colleague sends it on Wednesday.",
      cu("11-17 10:00", """Dear Hazelwick team,

Our winter graduation is on Friday 4 December in the Great Hall. We'd need stage flowers (two large pedestal arrangements) and 40 small posies for the prize winners.

Could you quote for this? And is it possible to deliver and set up on the Thursday evening, after 6pm, when the hall is free?

Kind regards,
Dr Owen Carradine
Events Office, Weald College"""),
      ag("poppy", "11-17 11:30", """Dear Dr Carradine,

Thank you - we'd love to do it. Setting up on Thursday 3 December after 6pm is fine; our events team often works evenings.

I've passed the quote to my colleague Idris, who looks after events, and he'll confirm prices by Thursday.

Kind regards,
Poppy""", promises=[("11-19", 3)]),
      ag("idris", "11-18 14:15", """Dear Dr Carradine,

Poppy passed me your request. Two pedestal arrangements in white and college blue (delphinium, white hydrangea and eucalyptus) are £180 each, and the 40 posies £9 each - £720 in total ex VAT, including the Thursday evening set-up. The quote is attached and valid until the end of the year.

Best wishes,
Idris""", attach=[("application/pdf", "Q-26-1203.pdf", GRAD_QUOTE_PDF)])),

    C("f18-solent-wines-mockup", "en", "pending", {},
      "Farah Quraishi <farah@solentwines.example>", "gmail", "Table flowers for our tasting evening",
      "Table garland priced from the customer's label colours; photos of a mock-up promised for Monday 23rd, after the audit time.",
      cu("11-18 15:10", """Hi Gareth,

For our tasting evening on 3 December, could you put together something for the long table that works with our new label colours? They're deep green and copper - label attached. Nothing too tall, people need to be able to see each other across it.

What would it cost for a 6-metre table?

Farah
Marketing, Solent Wines""", attach=[("image/png", "label-2027.png", LABEL_PNG)]),
      ag("gareth", "11-19 10:00", """Hi Farah,

Thanks for the label, the colours are gorgeous. For a 6 m table I'd do a low garland of ivy, copper beech and rust chrysanthemums with bronze candle holders along it - roughly £260, candles included.

I'll put a mock-up together with the florists and send you photos on Monday 23rd.

Best regards,
Gareth""", promises=[("11-23", None)])),

    C("f19-lefevre-couronne-photo", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Bernard Lefèvre <bernard.lefevre@example.com>", "apple_fr", "Couronne pour les obsèques de ma sœur",
      "Brother in Lille cannot travel to the funeral; the photo of the wreath promised for Monday comes on the morning of the funeral, after he writes 'Je me permets de vous relancer'.",
      cu("11-09 17:40", """Bonjour,

Ma sœur, Anne Lefèvre-Hart, est décédée la semaine dernière à Crawley. Les obsèques auront lieu le mardi 17 novembre à 14h à l'église St Margaret d'Ifield, et je ne pourrai malheureusement pas faire le voyage.

Je souhaiterais faire livrer une couronne de roses blanches et de feuillage, pour environ 120 livres. Serait-il possible de recevoir une photo de la couronne avant la livraison ? Cela compterait beaucoup pour moi.

Cordialement,
Bernard Lefèvre""", tz=1),
      ag("solene", "11-10 09:20", """Monsieur,

Toutes nos condoléances pour la perte de votre sœur.

Nous préparerons la couronne (roses blanches, lisianthus, feuillage d'olivier et de pittosporum, 120 £) et la livrerons à l'église St Margaret le 17 novembre avant 13h. Bien sûr : je vous enverrai une photo de la couronne terminée lundi 16, avant qu'elle ne parte.

Bien cordialement,
Solène Garnier""", promises=[("11-16", 4)]),
      cu("11-17 09:00", """Bonjour Madame Garnier,

Je me permets de vous relancer : je n'ai pas reçu la photo de la couronne, et la cérémonie a lieu cet après-midi.

Cordialement,
B. Lefèvre""", tz=1, chase=True),
      ag("solene", "11-17 08:40", """Monsieur,

Je vous prie de m'excuser, la photo aurait dû vous parvenir hier. La voici en pièce jointe ; la couronne part pour l'église à midi.

Bien cordialement,
Solène Garnier""", attach=[("image/png", "couronne-lefevre-hart.png", WREATH_PNG)])),

    C("f20-brightwater-launch", "en", "pending", {"customer-chased": 2, "slow-first-response": 1},
      "Jonty Blake <jonty@brightwater-pr.example>", "gmail", "Flowers for product launch 26 Nov",
      "Event enquiry ignored for six days: the customer follows up twice ('just following up', 'still waiting'); the eventual reply answers everything.",
      cu("11-10 09:00", """Hi,

We're running a product launch for a client at the Grand in Brighton on 26 November and need:

- 20 low centrepieces in white and lime green
- a statement piece for the entrance
- something for the stage lectern

Can you do it, and roughly what would it cost? We need to confirm suppliers by the end of next week.

Thanks,
Jonty Blake
Account Director, Brightwater PR"""),
      cu("11-12 14:30", """Hi again - just following up on the below. Are you able to help with this one?

Jonty""", chase=True),
      cu("11-13 16:45", """Hi, I'm still waiting for a reply on this. If you can't do it, please just let me know so I can go elsewhere.

Jonty""", chase=True),
      ag("idris", "11-16 09:30", """Hi Jonty,

I'm so sorry for the silence - your emails landed while I was out at a wedding fair and got buried.

Yes, we can absolutely do the 26th. Rough figures: 20 centrepieces at £45 (£900), around £250 for the entrance piece and £80 for the lectern - about £1,230 plus VAT and delivery to Brighton. Happy to jump on a call this week if that's easier.

Warmly,
Idris""")),

    C("f21-ditchfield-forgot-anniversary", "en", "closed", {},
      "Callum Ditchfield <callum.d@example.org>", "thunderbird", "Roses to Gatwick tomorrow?",
      "A rhetorical question and a question the customer answers himself around one real request; the reply books it with a payment link.",
      cu("11-02 11:20", """Hi there,

Honestly, who forgets their own wedding anniversary? Me, apparently.

Could you get a dozen red roses to my wife at work tomorrow? She's at Gatwick Airport, South Terminal, Office Block 3 - is that somewhere you can deliver to? Actually, ignore that, I've just seen on your website that you deliver to the airport offices every day.

Her name is Lorna Ditchfield, Customer Services desk. The card should just say "Sorry. Love you. C x".

Callum"""),
      ag("poppy", "11-02 13:05", """Hi Callum,

Ha - you're not the first and you won't be the last! A dozen red roses will go to Lorna at the South Terminal office block tomorrow morning, card exactly as written. Here's the payment link (£48 including delivery):
https://hazelwickflowers.example/pay?ref=HZ-5051

Kind regards,
Poppy""")),

    C("f22-nwosu-ruby-wedding", "en", "closed", {"unanswered-question": 1},
      "Beatrice Nwosu <bea.nwosu@example.com>", "apple", "Posies for a ruby wedding party",
      "Table posies and delivery price answered; the buttonhole for the father asked in the same paragraph is left out; thanks-only reply.",
      cu("11-05 14:00", """Hi,

I'm organising flowers for my parents' ruby wedding party on Saturday 14th at the Cricketers in Horsham. Would you be able to do six jam-jar posies for the tables in reds and creams? How much would delivery to Horsham be? My dad will want to feel special too, so could you also make him a buttonhole, maybe a red rose?

Thanks,
Bea""", uq=1),
      ag("poppy", "11-05 16:20", """Hi Bea,

What a lovely occasion! Yes to the jam jars - six posies of red roses, cream spray roses and hypericum berries at £18 each. Delivery to the Cricketers on the Saturday morning is £12.

Kind regards,
Poppy"""),
      cu("11-05 17:05", """Lovely, thank you! I'll pay through the website tonight.

Bea""", thanks=True)),

    C("f23-pohlmann-grabgesteck", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Jürgen Pohlmann <j.pohlmann@mailbox.example>", "thunderbird_de", "Grabgesteck zum Totensonntag",
      "German son asks for a grave arrangement for his father's grave; after three days he writes 'ich warte immer noch auf eine Antwort'; then price, grave location and bank transfer are settled.",
      cu("11-09 10:00", """Guten Tag,

mein Vater liegt auf dem Snell Hatch Cemetery in Crawley begraben. Zum Totensonntag am 22. November möchte ich ein Grabgesteck auf sein Grab stellen lassen, da ich selbst nicht anreisen kann.

Bieten Sie so etwas an? Was würde ein Gesteck mit Tanne, weißen Rosen und etwas Moos kosten? Die Grablage kann ich Ihnen genau beschreiben.

Mit freundlichen Grüßen
Jürgen Pohlmann""", tz=1),
      cu("11-12 09:30", """Guten Tag,

ich warte immer noch auf eine Antwort auf meine Anfrage vom Montag. Bis zum 22. wird es langsam knapp - bitte melden Sie sich.

J. Pohlmann""", tz=1, chase=True),
      ag("annika", "11-12 11:00", """Sehr geehrter Herr Pohlmann,

bitte entschuldigen Sie die späte Antwort. Ja, das machen wir gern: Ein Grabgesteck mit Nordmanntanne, weißen Rosen, Moos und Zapfen kostet 55 £, das Aufstellen am Grab ist inbegriffen. Wir bringen es am Samstag, 21. November, auf den Friedhof.

Schicken Sie mir bitte noch die genaue Grablage (Abschnitt, Reihe, Nummer).

Mit freundlichen Grüßen
Annika Brandt"""),
      cu("11-12 15:10", """Sehr geehrte Frau Brandt,

vielen Dank. Abschnitt F, Reihe 12, Grab 7 - direkt neben der großen Eibe. Kann ich per Überweisung bezahlen?

Mit freundlichen Grüßen
J. Pohlmann""", tz=1),
      ag("annika", "11-13 08:30", """Sehr geehrter Herr Pohlmann,

ja, gern per Überweisung: Hazelwick Flowers Ltd, IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L, Verwendungszweck HZ-5288. Die Grablage habe ich notiert.

Mit freundlichen Grüßen
Annika Brandt""")),

    C("f24-karimi-no-lilies", "en", "pending", {"unanswered-question": 1},
      "Nadia Karimi <nadia.karimi@example.net>", "gmail", "Subscription changes",
      "Subscription day changed and a vase add-on priced; the request to leave lilies out (the cat) is not acknowledged.",
      cu("11-16 20:40", """Hi,

A few changes to my subscription please (SUB-21408):

Can my delivery day move from Tuesday to Friday? I'm never in on Tuesdays now.
Could you make sure there are no lilies in my bouquets from now on? We've just got a kitten and I've read they're really dangerous for cats.
And do you sell a vase that fits the Seasonal bouquet? Mine are all too small.

Thanks!
Nadia""", uq=1),
      ag("maya", "11-17 09:25", """Hi Nadia,

All sorted - from this week your bouquet arrives on Fridays instead (the first one this Friday, the 20th).

The Seasonal fits our tall fluted glass vase perfectly; it's £20 and I can pop it in with Friday's bouquet if you reply yes.

Best,
Maya""")),

    C("f25-marlowe-founder-tribute", "en", "closed", {"many-handoffs": 1},
      "Helen Oduya <helen.oduya@marlowe-eng.example>", "outlook", "Flowers for Peter Marlowe",
      "Company founder's funeral: three agents (orders, accounts, funerals) each take their part on the same day; the colleagues' promised contacts are kept; the customer's reply quotes with a gap in References.",
      cu("11-10 09:30", """Hello,

Our founder, Peter Marlowe, died on Sunday. The company would like to send a large floral tribute to the funeral on 19 November, and also have flowers in reception next to the book of condolence from tomorrow.

Can you help with both, and can it all go on our corporate account?

Helen Oduya
PA to the CEO, Marlowe Engineering Ltd""", cc="Simon Marlowe <simon.marlowe@marlowe-eng.example>"),
      ag("poppy", "11-10 10:15", """Dear Helen,

I'm so sorry to hear that. Yes, we can help with both. For reception, a white arrangement will be with you by 9am tomorrow - I've booked it in.

Fenella, who does our funeral work, will contact you about the tribute, and Gareth will confirm the account side.

Kind regards,
Poppy""", promises=[("window", 4), ("window", 3)]),
      ag("gareth", "11-10 11:00", """Dear Helen,

My condolences. Yes - both orders can go on the Marlowe Engineering account (HZ-C-0219) on the usual 30-day terms.

Best regards,
Gareth"""),
      ag("fenella", "11-10 14:00", """Dear Helen,

Please accept my condolences. For a company tribute I'd suggest either a large casket spray or a standing spray on an easel, in whites and deep greens, between £250 and £350.

Which funeral directors are looking after the arrangements, so I can check their delivery times?

Kind regards,
Fenella"""),
      cu("11-10 15:20", """Dear Fenella,

The standing spray please, around £300, to Baileys Funeral Directors in Horsham. The card should read: "In grateful memory of our founder - from everyone at Marlowe Engineering".

Helen""", refs=[1, 4]),
      ag("fenella", "11-10 16:00", """Dear Helen,

Noted - the standing spray will be delivered to Baileys on the morning of the 19th, with the card as you wrote it.

Kind regards,
Fenella""")),

    C("f26-giralda-mesas", "es", "pending", {"unanswered-question": 1},
      "Marisa Quintero <marisa@lagiralda-brighton.example>", "gmail_es", "Flores para las mesas del restaurante",
      "Spanish restaurant in Brighton: weekly table vases priced and the Tuesday delivery confirmed; the indirect question about flowers without strong scent is skipped.",
      cu("11-17 16:30", """Hola, Lucía:

Te escribo de parte de La Giralda, el restaurante de tapas de Kemp Town. Queremos poner flores frescas en las mesas: serían 14 jarroncitos pequeños, cambiados cada semana.

¿Cuánto nos costaría? Lo ideal sería que nos los trajerais los martes antes de las 11, porque abrimos a mediodía. Y una cosa importante: querría saber si podéis usar flores sin mucho perfume, porque en la mesa el olor se mezcla con la comida.

Un abrazo,
Marisa Quintero
La Giralda - Tapas & Vinos""", uq=1),
      ag("lucia", "11-18 10:10", """Hola, Marisa:

¡Qué bien, conocemos La Giralda! Los 14 jarroncitos con cambio semanal salen a 4,50 libras cada uno, es decir, 63 libras a la semana, jarrones incluidos. Los martes pasamos por Kemp Town hacia las 10, así que llegamos de sobra antes de que abráis.

Un saludo,
Lucía""")),

    C("f27-jade-deposit-terms", "en", "closed", {},
      "Jade Okoro <jade.okoro@example.com>", "gmail", "Booking our wedding flowers",
      "Deposit and date hold answered at once; the refund question deferred 'by Thursday' and answered with the terms on Wednesday.",
      cu("11-02 20:30", """Hi Idris,

We'd like to go ahead with the package we talked about for 24 April! How much is the deposit, and is it refundable if the venue falls through? Also, can you hold the date while we sort the payment?

Jade & Marcus"""),
      ag("idris", "11-03 09:10", """Hi Jade,

Brilliant news! The deposit is 25% of the quote - £470 - and I've pencilled 24 April in for you now, so no rush on the payment.

On refunds, our terms changed this autumn and I want to double-check the wording with the office before I tell you the wrong thing. I'll confirm by Thursday.

Warmly,
Idris""", promises=[("11-05", 3)]),
      ag("idris", "11-04 12:00", """Hi Jade,

Checked: if the venue cancels, the deposit is refunded in full up to 8 weeks before the wedding; after that we move it to your new date instead. The updated terms are attached.

Warmly,
Idris""", attach=[("application/pdf", "wedding-terms-2027.pdf", TERMS_PDF)])),

    C("f28-moss-same-day", "en", "closed", {"unanswered-question": 1},
      "Kayleigh Moss <kayleighmoss@example.com>", "android", "same day delivery",
      "Two questions in one line from a phone: same-day delivery answered, sunflowers not; 'ok thanks'.",
      cu("11-06 10:12", """hi can u do same day delivery to three bridges today? and do u have sunflowers? thx

Kayleigh

Get Outlook for Android""", uq=1),
      ag("poppy", "11-06 10:40", """Hi Kayleigh,

Yes - if you order by 1pm it goes out on this afternoon's van to Three Bridges.

Kind regards,
Poppy"""),
      cu("11-06 10:44", """ok thanks

Get Outlook for Android""", thanks=True)),

    C("f29-ellery-tearoom-posies", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Ruth Ellery <ruth@ellerys-tearoom.example>", "iphone", "Tiny posies for the tea room",
      "Tea room: a trial week is answered, the prices promised 'by end of day' never come, and the question about taking the jars back is skipped.",
      cu("11-03 08:05", """Hello,

I run a small tea room in Ifield and would like tiny posies on our eight tables, changed once a week. Could you give me a price? Could we do a trial week first, to see how they go with customers? And would you take the jam jars back each week, or do we keep them?

Thanks,
Ruth Ellery
Ellery's Tea Room

Sent from my iPhone""", uq=1),
      ag("gareth", "11-03 10:30", """Hi Ruth,

A trial week is absolutely fine - lots of our café customers start that way.

Let me put some numbers together for eight posies a week and I'll email them over by the end of the day.

Best regards,
Gareth""", promises=[("11-03", None)])),

    C("f30-parry-vat-receipt", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Glyn Parry <glyn.parry@example.org>", "thunderbird", "VAT receipt for order HZ-5260",
      "An executor asks for a VAT receipt, hears nothing and resends the same mail five days later as a new message; still no reply.",
      cu("11-12 14:00", """Hello,

Please could you send me a VAT receipt for order HZ-5260 (funeral flowers for Mrs Enid Evans, 6 November)? I need it for the estate accounts.

Regards,
Glyn Parry
(executor of the estate of Enid Evans)"""),
      cu("11-17 09:15", """Hello,

Please could you send me a VAT receipt for order HZ-5260 (funeral flowers for Mrs Enid Evans, 6 November)? I need it for the estate accounts.

Regards,
Glyn Parry
(executor of the estate of Enid Evans)""", chase=True, parent=0)),

    C("f31-morel-abonnement", "fr", "closed", {},
      "Inès Morel <ines.morel@example.net>", "gmail", "Mon abonnement",
      "French subscriber in Brighton: delivery day moved and the neighbour-drop question answered with the account setting; thanks-only close.",
      cu("11-09 19:20", """Bonjour,

J'ai reçu mon premier bouquet d'abonnement hier, il est magnifique !

Deux petites questions : est-ce que je peux choisir le jour de livraison ? Le mercredi m'arrangerait beaucoup mieux que le lundi. Et si je ne suis pas là, le livreur peut-il laisser le bouquet chez un voisin ?

Merci beaucoup,
Inès Morel"""),
      ag("solene", "11-10 09:05", """Bonjour Inès,

Ravie que le bouquet vous plaise ! C'est fait : à partir de la semaine prochaine, vos livraisons passent au mercredi.

En votre absence, le livreur laisse le bouquet chez un voisin ou à l'endroit abrité que vous indiquez dans votre compte (rubrique « Consignes de livraison »), avec un petit mot dans votre boîte aux lettres.

Belle journée,
Solène"""),
      cu("11-10 12:30", """Parfait, merci beaucoup !

Inès""", thanks=True)),

    C("f32-gatwick-park-christmas", "en", "pending", {"unanswered-question": 1},
      "Daniel Okonkwo <ops@gatwickparkhotel.example>", "outlook", "Christmas - poinsettias and deliveries",
      "Four numbered hotel questions answered inline; the question whether poinsettias are safe around guests' dogs is cut from the quote and never answered.",
      cu("11-18 10:45", """Hi Gareth,

Four things for Christmas:

1. Can you deliver on Christmas Eve morning? Our lobby piece gets changed for the 25th.
2. What would 30 poinsettias for the guest rooms cost?
3. Are poinsettias safe around dogs? We're dog-friendly and some guests let them roam the room.
4. Can the invoice be split between Rooms and Food & Beverage?

Thanks,
Daniel Okonkwo
Operations Manager, Gatwick Park Hotel""", uq=1),
      ag("gareth", "11-19 09:20", """Hi Daniel,

> 1. Can you deliver on Christmas Eve morning? Our lobby piece gets changed for the 25th.

Yes, our last round is on the morning of the 24th - you'd be first, before 8.

> 2. What would 30 poinsettias for the guest rooms cost?

£7.50 each in a gold pot cover, so £225 ex VAT.

> 4. Can the invoice be split between Rooms and Food & Beverage?

Of course - just tell me which items go to which.

Best regards,
Gareth""", quote=False)),

    C("f33-krueger-abo-kuendigung", "de", "closed", {},
      "Sabine Krüger <sabine.krueger@example.com>", "gmail_de", "Kündigung Blumenabo",
      "German subscriber moving back to Hamburg cancels: end date, refund of the prepaid delivery and a written confirmation (PDF) all given; thanks-only close.",
      cu("11-05 18:10", """Hallo,

ich möchte mein Blumenabo (SUB-18840) zum Monatsende kündigen, wir ziehen zurück nach Hamburg. Bekomme ich für die schon bezahlte Lieferung am 2. Dezember das Geld zurück? Und schicken Sie mir bitte eine schriftliche Bestätigung der Kündigung.

Liebe Grüße
Sabine Krüger"""),
      ag("annika", "11-06 09:30", """Liebe Frau Krüger,

schade, dass Sie uns verlassen - aber alles Gute für den Umzug!

Ihr Abo endet mit der Lieferung am 25. November. Die Lieferung vom 2. Dezember erstatten wir Ihnen (32 £, in 3-5 Werktagen auf Ihrer Karte). Die Kündigungsbestätigung hängt als PDF an.

Herzliche Grüße
Annika Brandt""", attach=[("application/pdf", "Kuendigung-SUB-18840.pdf", KUENDIGUNG_PDF)]),
      cu("11-06 10:02", """Danke, das ging ja schnell!

Sabine""", thanks=True)),

    C("f34-holloway-vine-availability", "en", "closed", {"missed-follow-up": 1},
      "Tessa Holloway <tessa@hollowayvine.example>", "gmail", "Availability 6 March - Borde Hill",
      "A wedding planner's availability question: 'he'll be in touch tomorrow' (Wednesday) is kept by the colleague on Friday: missed.",
      cu("11-04 09:10", """Hi,

I'm planning a wedding at Borde Hill on Saturday 6 March for about 90 guests. Is Idris free that day, and would you be able to quote for the ceremony and reception flowers? The couple love wild, meadowy arrangements.

Best,
Tessa Holloway
Holloway & Vine Weddings"""),
      ag("poppy", "11-04 10:05", """Hi Tessa,

Thanks for thinking of us! Idris is setting up a wedding today, but he'll be in touch tomorrow with his availability and a first idea of costs.

Kind regards,
Poppy""", promises=[("11-05", 3)]),
      ag("idris", "11-06 16:45", """Hi Tessa,

Sorry this took a day longer than Poppy promised. 6 March is free and pencilled in for you. For 90 guests with a wild, meadowy feel - ceremony urns, 10 long-table runners and the bridal party - I'd budget £3,200-£3,800. Happy to come out to Borde Hill for a site visit.

Warmly,
Idris""")),

    C("f35-delacroix-attestation", "fr", "closed", {"unanswered-question": 1},
      "Hélène Vasseur <helene.vasseur@maison-delacroix.example>", "outlook", "Fleurs pour la boutique",
      "French boutique in Brighton: the weekly arrangement is priced and the delivery day fixed; the insurance certificate the landlord demands is never sent; thanks-only close.",
      cu("11-03 11:00", """Bonjour,

Nous ouvrons une boutique Maison Delacroix à Brighton (Duke Street) le 1er décembre et aimerions un grand bouquet pour la vitrine, renouvelé chaque semaine. Quel serait le tarif ? Le jeudi matin serait idéal pour nous.

Pourriez-vous également nous faire parvenir une attestation d'assurance responsabilité civile ? Notre propriétaire l'exige pour tout prestataire qui intervient dans la boutique.

Bien cordialement,
Hélène Vasseur
Responsable de boutique, Maison Delacroix""", uq=1),
      ag("solene", "11-04 10:15", """Bonjour Madame Vasseur,

Félicitations pour l'ouverture ! Pour un grand bouquet de vitrine renouvelé chaque semaine, comptez 75 £ HT, vase compris. Le jeudi matin nous convient très bien : première livraison le jeudi 3 décembre, entre 8h et 9h.

Bien cordialement,
Solène Garnier"""),
      cu("11-04 11:00", """Merci beaucoup, je transmets à la direction.

Hélène Vasseur""", thanks=True)),

    C("f36-sanz-entrega-madre", "es", "closed", {"customer-chased": 1},
      "Pilar Sanz <pilar.sanz@correo.example>", "gmail_es", "¿Se entregó el ramo a mi madre?",
      "Daughter in Madrid asks whether a bouquet reached her mother; the same afternoon she writes again ('sigo sin saber nada'); the reply gives the time, who signed and a photo.",
      cu("11-05 10:00", """Hola:

Hoy tenían que entregar un ramo a mi madre (pedido HZ-5233, 9 Pound Hill Parade, Crawley) y no me coge el teléfono. ¿Me pueden decir si ya se entregó y a qué hora?

Gracias,
Pilar Sanz""", tz=1, cte="base64"),
      ack("11-05 09:01"),
      cu("11-05 17:30", """Perdonen la insistencia, pero sigo sin saber nada. ¿Saben ya algo del ramo?

Pilar""", tz=1, chase=True, parent=1, cte="base64"),
      ag("lucia", "11-05 17:00", """Hola, Pilar:

Sí, se entregó hoy a las 11:42. Su madre no estaba y lo recogió su vecina del número 11, la señora Patel, que firmó el albarán. Le adjunto la foto que hizo el repartidor en la entrega.

Un saludo,
Lucía""", attach=[("image/png", "entrega-HZ-5233.png", DELIVERED_PNG)])),

    C("f37-wagner-hochzeit-juni", "de", "pending", {"unanswered-question": 2},
      "Lena Wagner <lena.wagner@example.com>", "gmail_de", "Hochzeit am 19. Juni 2027 in Sussex",
      "German couple marrying in Sussex: the date and a budget for the bridal bouquet are answered; the flower collar for the ring-bearer dog and donating the table flowers to a hospice are not.",
      cu("11-16 21:30", """Hallo liebes Hazelwick-Team,

mein Verlobter und ich heiraten am Samstag, 19. Juni 2027, in der Ockenden Manor bei Cuckfield, und wir haben uns in Ihre Instagram-Bilder verliebt! Haben Sie an dem Tag noch Kapazitäten? Ich hätte gern einen Brautstrauß mit Pfingstrosen in Rosa und Weiß - mit welchem Budget sollte ich ungefähr rechnen?

Unser Hund Bruno ist unser Ringträger, und wir hätten gern ein kleines Blumenhalsband für ihn - können Sie so etwas machen?

Und noch etwas: Wäre es möglich, die Tischdeko nach der Feier an ein Hospiz in der Nähe zu spenden? Wir fänden es schade, wenn die Blumen weggeworfen werden.

Liebe Grüße aus Köln
Lena Wagner""", uq=2, tz=1),
      ag("annika", "11-17 10:40", """Liebe Frau Wagner,

herzlichen Glückwunsch zur Verlobung! Der 19. Juni 2027 ist bei uns noch frei, ich habe ihn unverbindlich für Sie vorgemerkt. Juni ist perfekt für Pfingstrosen - für einen üppigen Brautstrauß in Rosa und Weiß sollten Sie mit 150 bis 190 £ rechnen.

Herzliche Grüße
Annika Brandt""")),

    C("f38-oak-barn-site-visits", "en", "closed", {},
      "Mel Harcourt <events@oakbarn-venue.example>", "outlook", "Site visits in December",
      "A venue asks which days the florists can do site visits; answered; the thanks-only reply carries a signature with a question and a '?' URL.",
      cu("11-04 15:30", """Hi Idris,

We've got three couples who'd like to meet you at the barn in December. Could you let me know which days you can do site visits? Afternoons suit us best.

Mel Harcourt
Events Manager | Oak Barn
Planning a celebration? https://oakbarn-venue.example/enquire?src=email"""),
      ag("idris", "11-05 08:50", """Hi Mel,

Tuesdays and Thursdays work best for me in December - any time after 1pm. Send the couples my way and I'll book them in directly.

Warmly,
Idris"""),
      cu("11-05 09:15", """Perfect, thanks Idris!

Mel Harcourt
Events Manager | Oak Barn
Planning a celebration? https://oakbarn-venue.example/enquire?src=email""", thanks=True)),

    C("f39-chen-orange-roses", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Grace Chen <grace.chen@example.net>", "apple", "Order HZ-5355 + another order",
      "Address change done, orange roses deferred to 'by the end of today' and never answered; a colleague's delivery note the next day does not deliver it; the gift-receipt request is skipped.",
      cu("11-11 09:30", """Hi,

Two things. For order HZ-5355 (delivery Friday), my sister has moved - please change the address to 17 Church Walk, Worth RH10 7AB.

I'd also like to order a second bouquet for a friend's 30th next Wednesday, but she only likes orange roses. Do you have those at the moment? And could you include a gift receipt instead of the price slip in both orders?

Thanks,
Grace""", uq=1),
      ag("poppy", "11-11 11:10", """Hi Grace,

The address on HZ-5355 is changed to 17 Church Walk, Worth.

Orange roses are hit and miss this time of year - I'll check with the market this afternoon and let you know by the end of today.

Kind regards,
Poppy""", promises=[("11-11", None)]),
      ag("maya", "11-14 10:00", """Hi Grace,

Just to let you know that order HZ-5355 was delivered to 17 Church Walk at 12:05 yesterday and signed for by your sister.

Best,
Maya""", parent=2)),

    C("f40-ifield-green-retirement", "en", "closed", {},
      "Vicky Stannard <office@ifieldgreen-school.example>", "outlook", "Flowers for Mrs Hale's retirement",
      "School office orders a retirement bouquet; the customer's Outlook reply lost its threading headers (subject only); the invoicing request is answered.",
      cu("11-02 12:15", """Hello,

Our headteacher, Mrs Hale, retires at the end of term and we'd like to give her a big bouquet in Friday's assembly (6 November, 2:30pm). How much would something generous be, and could you deliver it to the school office by 2pm?

Thank you,
Vicky Stannard
School Office, Ifield Green Primary"""),
      ag("poppy", "11-02 14:00", """Hi Vicky,

What a lovely send-off. A generous hand-tied bouquet in her favourite colours would be £75, and yes - delivery to the school office between 1 and 2pm on Friday is fine. If you know her favourite flowers or colours, do tell me.

Kind regards,
Poppy"""),
      cu("11-03 08:40", """Hi Poppy,

That's great, please go ahead - she loves yellow and anything that smells nice. Could you invoice the school rather than us paying by card? The address is Ifield Green Primary, Rusper Road, Crawley RH11 0LN.

Vicky""", thread=False),
      ag("poppy", "11-03 10:10", """Hi Vicky,

Of course - yellow roses, freesias and mimosa, invoice to the school at Rusper Road. All booked for Friday.

Kind regards,
Poppy""")),

    C("f41-whitcombe-old-client", "en", "closed", {},
      "Reginald Whitcombe <reg.whitcombe@example.net>", "oldclient", "Flowers for my wife's birthday",
      "An elderly customer's old mail client sends no Message-ID; the reply (which therefore carries no threading headers) answers both questions.",
      cu("11-03 16:50", """Dear Sirs,

I should like to order flowers for my wife Margaret's 75th birthday on Tuesday next, the 10th. She is very fond of freesias. Would you be so kind as to tell me the cost of a good-sized bouquet, and whether it is possible to pay by cheque?

Yours faithfully,
Reginald Whitcombe
8 Hazel Close, Crawley""", msgid=False, note="the customer's first message; his old mail client sends no Message-ID"),
      ag("poppy", "11-04 09:20", """Dear Mr Whitcombe,

Thank you for your order. A good-sized bouquet of freesias with a little white spray rose would be £45, delivered on Tuesday 10th. A cheque is perfectly fine - please make it payable to Hazelwick Flowers Ltd and post it to the shop, or pop it in when you're passing.

Kind regards,
Poppy""")),

    C("f42-achterberg-forwarded-order", "en", "pending", {},
      "Sanne Achterberg <sanne.achterberg@example.com>", "owa", "FW: Your Hazelwick Flowers order HZ-5446",
      "HTML-only mail forwarding the web-shop confirmation (with its own questions and links) to ask for a new delivery date; done in one line.",
      cu("11-18 13:05", """Hello,

Can you change the delivery date on the order below to Saturday 21st? My friend is away until then.

Thanks,
Sanne

________________________________
From: Hazelwick Flowers <orders@hazelwickflowers.example>
Sent: Tuesday, November 17, 2026 8:14 PM
To: Sanne Achterberg <sanne.achterberg@example.com>
Subject: Your Hazelwick Flowers order HZ-5446

Thank you for your order!

Order HZ-5446 - Autumn Hedgerow bouquet (medium), £42.00
Delivery: Thursday 19 November, Crawley RH10
Card: "Happy housewarming! S x"

Need to change something? Reply to this email or visit https://hazelwickflowers.example/orders?id=HZ-5446
Questions about delivery? See https://hazelwickflowers.example/help?topic=delivery""", kind="html"),
      ag("poppy", "11-18 14:30", """Hi Sanne,

Done - HZ-5446 now goes out on Saturday 21st, morning round.

Kind regards,
Poppy""")),

    C("f43-kettering-workshop-refund", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Moira Kettering <moira.kettering@example.org>", "iphone", "Refund for wreath workshop",
      "A chase about a refund asked for by phone, as the first mail of its case; only the helpdesk acknowledges.",
      cu("11-18 08:30", """Hello,

I rang on Monday about a refund for the wreath-making workshop on 28 November, which I had to cancel because of an operation, and was told someone would email me. I still haven't heard anything - is there any update on the refund?

Moira Kettering

Sent from my iPhone""", chase=True),
      ack("11-18 08:31")),

    C("f44-bishop-workshop-question", "en", "open", {},
      "Ed Bishop <ed.bishop@example.com>", "gmail", "Christmas wreaths",
      "Questions about the wreath workshop sent on the audit day; only the helpdesk acknowledgement so far (inside the response target). Same subject as another customer's case.",
      cu("11-20 10:05", """Hi,

Are there any spaces left on the Christmas wreath workshops? I'd like to bring my mum, so two places. Do we need to bring anything, or is everything provided? And is there parking at the studio?

Thanks,
Ed"""),
      ack("11-20 10:06")),

    C("f45-adeyemi-cracked-vase", "en", "pending", {},
      "Ben Adeyemi <ben.adeyemi@example.net>", "gmail", "Cracked vase",
      "Second mail adds the order number and a photo before any reply (not a chase); one reply covers both.",
      cu("11-17 18:20", """Hi,

The vase that came with this week's subscription bouquet has a crack down one side and leaks all over the table. Can you send a replacement?

Ben"""),
      cu("11-17 18:41", """Sorry, forgot to say - subscription number SUB-19977, and here's a photo of the crack.

Ben""", attach=[("image/png", "vase.png", VASE_PNG)]),
      ag("maya", "11-18 09:05", """Hi Ben,

Sorry about that! A new vase will come with next Tuesday's bouquet, and there's no need to send the cracked one back - recycle it or use it for dried flowers.

Best,
Maya""")),

    C("f46-jimenez-propuesta-hotel", "es", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Álvaro Jiménez <alvaro.jimenez@correo.example>", "gmail_es", "Sorpresa en un hotel de Brighton",
      "Marriage proposal in a Brighton hotel: petals and price answered, the hotel confirmation promised for Monday comes on Tuesday (missed), and the bottle of cava is never mentioned; thanks-only close.",
      cu("11-06 11:20", """Hola:

El sábado 14 voy a pedirle matrimonio a mi novia en el hotel Drakes de Brighton. ¿Podrían decorar la habitación con pétalos de rosa roja y unas velas antes de que lleguemos, sobre las 18h? ¿Cuánto costaría?

¿Pueden añadir también una botella de cava bien fría?

No sé si tienen que hablar ustedes con el hotel para entrar en la habitación o si lo tengo que hacer yo.

Muchas gracias,
Álvaro""", uq=1, tz=1),
      ag("lucia", "11-06 15:30", """Hola, Álvaro:

¡Enhorabuena por adelantado! Sí, lo hacemos: pétalos de rosa roja sobre la cama y el suelo, 20 velas LED (por seguridad los hoteles no permiten velas de verdad) y un ramo de 24 rosas rojas en la mesa, por 180 libras en total.

Con el hotel hablo yo: tengo que confirmar con ellos a qué hora nos dejan entrar en la habitación. Le escribo el lunes para confirmárselo.

Un saludo,
Lucía""", promises=[("11-09", 3)]),
      ag("lucia", "11-10 12:15", """Hola, Álvaro:

Perdone el retraso. Ya está todo hablado con el hotel Drakes: entramos en la habitación a las 16:00 del sábado y a las 17:30 estará lista.

Un saludo,
Lucía"""),
      cu("11-10 14:05", """¡Genial, mil gracias! Crucemos los dedos.

Álvaro""", tz=1, thanks=True)),

    C("f47-bonnet-livraison-retard", "fr", "closed", {"unanswered-question": 1},
      "Mathilde Bonnet <mathilde.bonnet@example.com>", "apple_fr", "Livraison en retard",
      "French customer: late delivery explained and the delivery charge refunded; her request to confirm the Christmas Eve order is not answered.",
      cu("10-30 20:30", """Bonsoir,

Le bouquet que j'avais commandé pour l'anniversaire de ma belle-mère (commande HZ-4987) devait être livré ce matin avant 10h, il est arrivé à 16h30, après la fête. Je suis assez déçue. Je souhaiterais le remboursement des frais de livraison.

Par ailleurs, j'ai déjà passé une commande pour le 24 décembre (HZ-5012). Pouvez-vous me confirmer qu'elle sera bien livrée le matin, et pas l'après-midi ?

Cordialement,
Mathilde Bonnet""", uq=1, tz=1),
      ag("solene", "10-31 09:45", """Bonjour Madame Bonnet,

Toutes mes excuses : le véhicule de la tournée du matin est tombé en panne hier et plusieurs livraisons ont été décalées à l'après-midi. Ce n'est évidemment pas ce que vous attendiez pour un anniversaire.

Nous vous avons remboursé les frais de livraison (7,95 £) ce matin sur la carte utilisée pour la commande.

Bien cordialement,
Solène Garnier""")),
]

CASES += [
    C("f48-kestrel-statement-ooo", "en", "pending", {},
      "Sarah Penrose <sarah.penrose@kestrel-logistics.example>", "outlook", "Statement request",
      "Statement requested and sent; the customer's Outlook out-of-office answers the reply.",
      cu("11-16 11:40", """Hi,

Could you send me a statement of our account for September and October please? Our auditors have asked for one.

Thanks,
Sarah Penrose
Finance, Kestrel Logistics Ltd"""),
      ag("gareth", "11-16 14:20", """Hi Sarah,

Statement attached: £604.00 outstanding from October, everything before that is paid.

Best regards,
Gareth""", attach=[("application/pdf", "statement-HZ-C-0188.pdf", STATEMENT_PDF)]),
      auto("11-16 14:21", """Thank you for your email. I am out of the office until Monday 23 November with limited access to email. For anything urgent please contact accounts@kestrel-logistics.example.

Sarah Penrose""", to="Gareth Lusk <gareth@hazelwickflowers.example>",
           subject="Automatic reply: RE: Statement request", quote=False)),

    C("f49-chambers-final-invoice", "en", "pending", {"missed-follow-up": 1},
      "Lily Chambers <lily.chambers@example.com>", "iphone", "Last bits before the wedding",
      "Bride's three questions: two answered, the final invoice promised 'by end of day' arrives the next morning: missed.",
      cu("11-18 09:00", """Hi Idris,

A few last bits before I go quiet for a while:

Could the hanging installation go over the dance floor instead of the top table? The venue said it's up to you.
Can my mum collect the leftover flowers on the Sunday morning?
And can you send me the final invoice so I can pay the balance before the end of the month?

Thank you!!
Lily x

Sent from my iPhone"""),
      ag("idris", "11-18 11:00", """Hi Lily,

The dance floor is a lovely idea and our rigging works there too - I've just emailed the venue about the ceiling points. Your mum can collect the flowers from the front desk any time before 11am on the Sunday.

I'll send the final invoice over by the end of the day.

Warmly,
Idris""", promises=[("11-18", 3)]),
      ag("idris", "11-19 08:45", """Hi Lily,

Final invoice attached - the balance is £1,140, due by 1 December.

Warmly,
Idris""", attach=[("application/pdf", "W-27-0031-final.pdf", BALANCE_PDF)])),

    C("f50-amberley-supplier-list", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Hugo Villiers <hugo.villiers@amberleyhouse.example>", "outlook", "Recommended suppliers 2027",
      "A venue's three requests go unanswered until the customer writes 'Just checking in on the below'; the reply joins the list and sends barn photos but not the insurance certificate.",
      cu("11-03 12:00", """Dear Hazelwick team,

We're putting together our recommended suppliers list for 2027 and several of our couples have asked for you. Would you like to be on it?

Please send us a copy of your public liability insurance certificate, as we need one for every supplier on the list. It would also help to have a couple of photos of work you've done in barn venues for the brochure.

Kind regards,
Hugo Villiers
Estate & Events Manager, Amberley House""", uq=1),
      cu("11-06 09:40", """Dear all,

Just checking in on the below - we're finalising the list next week.

Hugo""", chase=True),
      ag("idris", "11-06 12:30", """Dear Hugo,

Thank you so much, and sorry for the slow reply - we'd love to be on the list! Two of my favourite barn weddings from this summer are attached; feel free to use them in the brochure with a credit to Hazelwick Flowers.

Warmly,
Idris""", attach=[("image/png", "barn-wedding-1.png", BARN_PNG), ("image/png", "barn-wedding-2.png", WREATH_PNG)])),

    C("f51-old-rectory-rooms", "en", "closed", {"unanswered-question": 2},
      "Ottilie Marsh <gm@oldrectoryhotel.example>", "apple", "Changes to our weekly flowers",
      "Boutique hotel's long mail with five requests: the day change and the bud vases handled, the sustainability policy sent as a link; the 12-month discount and the new contact for deliveries are skipped.",
      cu("11-05 08:15", """Dear Gareth,

We've had a lovely autumn and our weekend guests keep complimenting the flowers, so a few changes. Most of our guests now arrive on Friday, so could the weekly delivery move from Monday to Friday? We'd also love bud vases in the 14 bathrooms - what would they cost on top? If we signed up for twelve months rather than rolling month to month, is there any discount? Our new head housekeeper, Dorota, will look after deliveries from now on, so please ring her on 07700 900318 rather than me when the van is on its way. Finally, could you send me your sustainability policy? We're applying for a Green Tourism award and they ask about our suppliers.

Many thanks,
Ottilie

Ottilie Marsh
General Manager, The Old Rectory Hotel""", uq=2),
      ag("gareth", "11-05 11:50", """Dear Ottilie,

So glad the guests are enjoying them! Fridays from next week - done. Happy to add bud vases to all 14 bathrooms at £4.50 each a week.

Our sustainability policy is here: https://hazelwickflowers.example/sustainability

Best regards,
Gareth""")),

    C("f52-foster-teapot-tribute", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Alan Foster <alan.foster@example.org>", "gmail", "Flowers for Mum's funeral",
      "Casket spray priced; the teapot-shaped tribute deferred to the head florist 'by Wednesday' and never answered; the delivery request to the funeral directors is not acknowledged.",
      cu("11-16 10:30", """Hello,

My mum's funeral is on Wednesday 25 November. I'd like a casket spray in her favourite colours, purple and white - how much would that be?

Mum was famous for her tea, so the family were wondering if you can do a tribute in the shape of a teapot.

Please deliver everything to Freeman Brothers in Horsham by 10am on the 25th.

Thank you,
Alan Foster""", uq=1),
      ag("fenella", "11-16 13:45", """Dear Alan,

I'm very sorry about your mum.

A casket spray in purple and white - lisianthus, stocks, white roses and a little purple veronica - would be £220 for a full-length spray.

What a lovely idea about the teapot. We don't have a teapot frame in stock, so I'll ask our head florist whether we can build one and come back to you by Wednesday.

With sympathy,
Fenella""", promises=[("11-18", None)])),

    C("f53-navarro-boda-flores", "es", "closed", {"unanswered-question": 1},
      "Carmen Navarro <carmen.navarro@correo.example>", "gmail_es", "Boda en Sussex - centros de mesa",
      "Spanish couple marrying in Sussex: centrepieces priced and a tasting date offered; the question about British seasonal versus imported flowers is skipped.",
      cu("11-09 22:10", """Hola, Lucía:

Gracias por la llamada de ayer. Como te comenté, somos 110 invitados en 11 mesas redondas. ¿Cuánto costarían los centros de mesa bajos, en blanco y verde?

Nos importa bastante la sostenibilidad, así que nos gustaría saber si trabajáis con flores de temporada británicas o si son importadas.

Por último, ¿podríamos ver una prueba de un centro cuando vayamos a Inglaterra en enero?

Un abrazo,
Carmen y Pablo""", uq=1, tz=1),
      ag("lucia", "11-10 10:30", """Hola, Carmen:

¡Encantada de hablar con vosotros! Los centros bajos en blanco y verde salen a 65 libras cada uno, así que para las 11 mesas serían 715 libras.

Y claro que sí: cuando vengáis en enero os preparamos un centro de prueba en el estudio; decidme qué fechas os vienen bien y lo reservamos.

Un abrazo,
Lucía""")),

    C("f54-lowther-wreath-bow", "en", "pending", {"unanswered-question": 1},
      "Janet Lowther <janet.lowther@example.net>", "thunderbird", "Christmas wreaths",
      "Wreath price answered; the follow-up order adds a question about a red velvet bow, and the reply books the wreaths without it. Same subject as another customer's case.",
      cu("11-12 13:00", """Hello,

How much are your fresh Christmas door wreaths this year, and when can I collect one?

Janet Lowther"""),
      ag("poppy", "11-12 15:15", """Hi Janet,

Our fresh door wreaths are £45 (35 cm) or £60 (45 cm), and collection starts on Tuesday 1 December from the shop.

Kind regards,
Poppy"""),
      cu("11-13 09:30", """Thanks Poppy. I'll take two of the smaller ones, to collect on Saturday 12 December. Could one of them have a red velvet bow instead of the hessian one? It's for my daughter, she's not a hessian person.

Janet""", uq=1),
      ag("poppy", "11-16 09:10", """Hi Janet,

Two 35 cm wreaths booked for collection on Saturday 12 December - you can pay when you pick them up.

Kind regards,
Poppy""")),

    C("f55-harlow-price-list", "en", "pending", {},
      "Jasmine Harlow <jasmine.harlow@tidewaterpartners.example>", "gmail", "2027 corporate rates",
      "A price-list request and a minimum-term question answered with an attachment and one line (multipart/alternative mail).",
      cu("11-19 12:00", """Hi Gareth,

We're reviewing suppliers for next year. Could you send over your 2027 corporate price list? And is there a minimum contract length for weekly office flowers, or can we go month by month?

Best,
Jasmine Harlow
Office Manager, Tidewater Partners""", kind="alt"),
      ag("gareth", "11-19 15:30", """Hi Jasmine,

2027 price list attached. Minimum is four weeks, then month by month.

Best regards,
Gareth""", attach=[("application/pdf", "corporate-prices-2027.pdf", PRICES_PDF)])),
]

UNANSWERED: dict[str, list[str]] = {
    "f02-brannigan-grandad-wreath": [
        "I was also wondering whether you do letter tributes, we'd like one spelling GRANDAD if the price is reasonable."],
    "f06-orbis-christmas-offices": [
        "Last year's went a bit brown by mid-December, so I was wondering whether a wreath could be swapped halfway through.",
        "Please also put our purchase order number PO-88213 on the invoice this year, accounts payable rejected two of your invoices last December because it was missing."],
    "f07-rouxdaguerre-arche": [
        "Je voudrais aussi savoir si votre équipe peut installer l'arche florale la veille, le vendredi 21 mai, car le domaine nous laisse accéder à la salle dès 16h."],
    "f12-pengelly-office-opening": [
        "We'd also like a small bouquet for the mayor who's cutting the ribbon."],
    "f13-brandwerk-empfang": [
        "Die Rechnungen bräuchten wir außerdem in Euro, da unsere Buchhaltung in Berlin sitzt."],
    "f22-nwosu-ruby-wedding": [
        "My dad will want to feel special too, so could you also make him a buttonhole, maybe a red rose?"],
    "f24-karimi-no-lilies": [
        "Could you make sure there are no lilies in my bouquets from now on?"],
    "f26-giralda-mesas": [
        "querría saber si podéis usar flores sin mucho perfume, porque en la mesa el olor se mezcla con la comida."],
    "f28-moss-same-day": [
        "and do u have sunflowers?"],
    "f29-ellery-tearoom-posies": [
        "And would you take the jam jars back each week, or do we keep them?"],
    "f32-gatwick-park-christmas": [
        "Are poinsettias safe around dogs?"],
    "f35-delacroix-attestation": [
        "Pourriez-vous également nous faire parvenir une attestation d'assurance responsabilité civile ?"],
    "f37-wagner-hochzeit-juni": [
        "Unser Hund Bruno ist unser Ringträger, und wir hätten gern ein kleines Blumenhalsband für ihn - können Sie so etwas machen?",
        "Wäre es möglich, die Tischdeko nach der Feier an ein Hospiz in der Nähe zu spenden?"],
    "f39-chen-orange-roses": [
        "And could you include a gift receipt instead of the price slip in both orders?"],
    "f46-jimenez-propuesta-hotel": [
        "¿Pueden añadir también una botella de cava bien fría?"],
    "f47-bonnet-livraison-retard": [
        "Pouvez-vous me confirmer qu'elle sera bien livrée le matin, et pas l'après-midi ?"],
    "f50-amberley-supplier-list": [
        "Please send us a copy of your public liability insurance certificate, as we need one for every supplier on the list."],
    "f51-old-rectory-rooms": [
        "If we signed up for twelve months rather than rolling month to month, is there any discount?",
        "Our new head housekeeper, Dorota, will look after deliveries from now on, so please ring her on 07700 900318 rather than me when the van is on its way."],
    "f52-foster-teapot-tribute": [
        "Please deliver everything to Freeman Brothers in Horsham by 10am on the 25th."],
    "f53-navarro-boda-flores": [
        "nos gustaría saber si trabajáis con flores de temporada británicas o si son importadas."],
    "f54-lowther-wreath-bow": [
        "Could one of them have a red velvet bow instead of the hessian one?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"HZ-T{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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


def render(msgs: list[Msg]) -> list[Msg]:
    """Give every message its Message-ID (none for ``msgid=False``) and raw bytes, parents
    first (mailcraft.render_corpus, plus messages whose client sends no Message-ID)."""
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
            if m.role != "customer" and (m.chase or m.asks_unanswered):
                out.append(f"{m.key}: only a customer message can chase or ask")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 59: Hazelwick Flowers - cases",
                                 "make_practice59_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.hazelwickflowers.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip. A message without Message-ID is found by its Date."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent if p["Message-ID"]}
    no_id = {p["Date"]: (p, p in inbox) for p in inbox + sent if not p["Message-ID"]}
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed, in_mbox = by_id[m.message_id]
        else:
            parsed, in_mbox = no_id[email.utils.format_datetime(m.date)]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    if len(no_id) != sum(1 for c in cases for m in c.msgs if not m.message_id):
        found.append("messages without Message-ID do not match the labels")
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit("refusing to write tests/practice59:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice59:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice59 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice59")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
