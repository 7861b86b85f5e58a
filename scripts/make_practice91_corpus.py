#!/usr/bin/env python3
"""Regenerate ``tests/practice91/``: a labelled corpus of Tarrant Valley Hot Tub Hire.

A support mailbox of a fictional Dorset hot tub hire business (weekend and event hire,
delivery and set-up, access and power, heating and water care, deposits and refunds,
cleaning fees, damage claims, cancellations, invoices and gift vouchers), written without
looking at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``tarranthottubs.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions it
asks). The script recomputes status and every rule count from those facts and the dates, and
refuses to write when they disagree with the hand-written case labels, or when a labelled
question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice91_corpus.py [--out DIR]
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
NAME = "practice91"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "tarranthottubs.example"
DESK = "Tarrant Valley Hot Tubs <bookings@tarranthottubs.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "kerry": ("Kerry Ashdown <kerry@tarranthottubs.example>", "thunderbird", """-- 
Kerry Ashdown
Bookings | Tarrant Valley Hot Tub Hire
Home Farm Yard, Tarrant Hinton, Dorset DT11 8JA | 01258 830417
Check dates: https://tarranthottubs.example/availability?ref=mail"""),
    "dan": ("Dan Hibberd <dan@tarranthottubs.example>", "android", """Dan Hibberd
Delivery & Set-up Crew | Tarrant Valley Hot Tub Hire
Crew line (hires in progress): 01258 830420

Get Outlook for Android"""),
    "priya": ("Priya Chauhan <priya@tarranthottubs.example>", "outlook", """Priya Chauhan
Accounts, Deposits & Claims | Tarrant Valley Hot Tub Hire
Tarrant Valley Leisure Ltd, registered in England no. 09931877, VAT GB 318 4471 02.
This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please tell the sender and delete it."""),
    "gethin": ("Gethin Pryce <gethin@tarranthottubs.example>", "apple", """Gethin Pryce
Cleaning & Water Care | Tarrant Valley Hot Tub Hire
Water questions? Our care guide: https://tarranthottubs.example/care?src=email&v=2"""),
    "lena": ("Lena Kraus <lena@tarranthottubs.example>", "thunderbird_de", """-- 
Lena Kraus
Buchungen (Deutsch) | Tarrant Valley Hot Tub Hire
https://tarranthottubs.example/de?ref=signatur"""),
    "solene": ("Solène Brunet <solene@tarranthottubs.example>", "apple_fr", """Solène Brunet
Réservations (français) | Tarrant Valley Hot Tub Hire
https://tarranthottubs.example/fr?utm_source=mail&utm_medium=signature"""),
    "alba": ("Alba Serrano <alba@tarranthottubs.example>", "gmail_es", """--
Alba Serrano
Reservas (español) | Tarrant Valley Hot Tub Hire
+44 1258 830419"""),
}

ACK = """Hello,

Thanks for getting in touch with Tarrant Valley Hot Tub Hire. This is an automatic
reply to let you know we've received your message (reference {ref}).

Our office is open Monday to Saturday, 8am to 6pm, and we aim to reply to every
email within 24 hours. If a hot tub has stopped working during your hire, please
ring the crew line on 01258 830420 instead.

Tarrant Valley Hot Tub Hire
https://tarranthottubs.example/help?ticket={ref}"""

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
    "thunderbird_nl": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Microsoft Windows Live Mail 16.4.3528.331"],
    "helpdesk": ["X-Mailer: TubDesk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="tv.", outlook_server="AM7P19")
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
    """The end of ``day`` ("MM-DD") in the UK: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

FILTER_PNG = mailcraft.png(14, 10, lambda x, y: (200 + (x * y) % 50, 190 + 4 * y, 120 + 9 * x % 90))
HEADREST_PNG = mailcraft.png(10, 10, lambda x, y: (40 + 3 * x, 40 + 3 * y, 45))
SLOPE_JPEG_AS_PNG = mailcraft.png(16, 9, lambda x, y: (90 + 5 * y, 140 + 4 * x % 60, 70))
DECK_PNG = mailcraft.png(12, 12, lambda x, y: (150 + 6 * (x % 4), 110 + 3 * y, 70))
DEVIS_PDF = mailcraft.pdf(["Tarrant Valley Hot Tub Hire - Devis D-2611-0217",
                           "Mariage Lemaire, manoir de Chettle, 9-12 juillet 2027",
                           "2 spas Lodge 6 places, livraison et installation comprises",
                           "Tarif evenement : 620 GBP ; caution : 200 GBP par spa"])
INVOICE_PDF = mailcraft.pdf(["Tarrant Valley Leisure Ltd - Invoice TVH-26-1184 (reissued)",
                             "Customer: Fernleigh Marketing Ltd, VAT GB 402 7719 55",
                             "Lodge 6-seater hire 11-14 December 2026, event rate",
                             "Net GBP 290.83  VAT GBP 58.17  Total GBP 349.00"])
SPEC_PDF = mailcraft.pdf(["Tarrant Valley Hot Tub Hire - Lodge 6-seater specification",
                          "Outside 2.10 x 2.10 m, height 0.90 m, full weight approx. 1,900 kg",
                          "Steps: two treads, 22 cm rise, handrail available on request",
                          "Power: one 13A socket within 10 m, own RCD fitted"])
STATEMENT_PDF = mailcraft.pdf(["Tarrant Valley Hot Tub Hire - Deposit statement TV-4510",
                               "Deposit received 200.00 GBP",
                               "Replacement cover strap and clip 35.00 GBP",
                               "Refunded 165.00 GBP on 11 November 2026"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("t01-side-gate-decking", "en", "closed", {},
      "Joanne Pike <joanne.pike@corfemail.example>", "gmail", "Will a tub fit through our gate?",
      "Three access questions in a list (gate width, decking, socket) answered in one paragraph, out of order.",
      cu("11-02 19:40", """Hi there,

We're thinking of booking a tub for the weekend of the 13th (my husband's 50th) but before I do, a few things I need to check:

- our side gate is only 78cm wide, will the tub fit through?
- can it go on our decking or does it have to be on the patio?
- do we need a special plug or is a normal outside socket ok?

Thanks,
Joanne"""),
      ag("kerry", "11-03 09:05", """Hi Joanne,

A normal 13A outdoor socket is all it needs, as long as it plugs straight in (no extension reels, please). The Bubble 4-seater arrives deflated and rolled up, so 78cm is no problem at all; the Lodge hard-shell needs 95cm, so that one's out unless a fence panel comes down. Decking is fine if it's sound and level - a full tub weighs close to a tonne, so if yours is raised up on posts we'd rather put it on the patio.

Happy birthday to your husband in advance!

Kerry""")),

    C("t02-fortieth-towels", "en", "closed", {"unanswered-question": 1},
      "Stuart Kelleway <s.kelleway@kellewaybuild.example>", "outlook", "Lodge hire 20-23 November",
      "Price and Thursday delivery answered with a booking link; the towels-and-robes question is skipped; thanks-only close.",
      cu("11-04 12:30", """Hello,

I'd like to book the Lodge 6-seater from Friday 20 November to Monday 23 November for my wife's 40th. What's the price for that weekend? Is it possible to have it delivered on the Thursday evening so it's hot by the time guests arrive on Friday? Could you also let me know if you provide towels and robes, or do we bring our own?

Regards,
Stuart Kelleway
Kelleway Build Ltd | 07700 900418""", uq=1),
      ag("kerry", "11-04 15:10", """Dear Stuart,

The Lodge is £349 for a Friday-to-Monday weekend, chemicals included, plus a £200 deposit that comes back after collection. Thursday is fine: we set up between 4 and 7pm and it'll be at 38°C by mid-afternoon on Friday.

I've pencilled you in - confirm here when you're ready: https://tarranthottubs.example/book?ref=TV-4471

Kind regards,
Kerry"""),
      cu("11-04 15:40", """Brilliant, all booked. Thanks Kerry.

Stuart""", thanks=True)),

    C("t03-deposit-still-waiting", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Ellie Marsh <elliemarsh@mailbox.example>", "iphone", "Deposit for TV-4390",
      "Deposit refund chased; 'I'll come back to you by Monday' kept only the following Monday after a chase: missed.",
      cu("11-05 08:15", """Hi,

We had the tub from 30th Oct to 2nd Nov (booking TV-4390) and I still haven't had the £150 deposit back. Your website says 5 working days. Can you check what's going on please?

Ellie

Sent from my iPhone"""),
      ag("priya", "11-05 11:30", """Dear Ellie,

Thanks for your message. Deposits are released once the crew's collection check has been signed off, and I can't see that on your booking yet. I'll chase it with the crew and come back to you by Monday.

Kind regards,
Priya""", promises=[("11-09", 4)]),
      cu("11-11 07:55", """Hi Priya, just following up - it's Wednesday now and still no deposit and no email. Can you let me know when it'll actually be paid?

Ellie

Sent from my iPhone""", chase=True),
      ag("priya", "11-16 10:20", """Dear Ellie,

I'm sorry you've had to wait. The check has been signed off with nothing to report, and the full £150 went back to your card this morning - most banks show it within 3-5 working days.

Kind regards,
Priya""")),

    C("t04-barn-wedding-inline", "en", "pending", {},
      "Rhiannon Webb <rhiannon.webb@thistlepost.example>", "thunderbird", "Two tubs for a barn wedding in June",
      "Four numbered wedding questions answered inline under each quoted line.",
      cu("11-16 10:02", """Hello,

We're getting married at Chettle Barn on Saturday 12 June 2027 and would love two tubs for the evening and the Sunday recovery. A few questions:

1. Can you deliver to a venue rather than a house? The barn has a courtyard with power.
2. How far from the sockets can the tubs be?
3. Is there an event rate for two tubs?
4. Do you need someone on site during the evening?

Thanks!
Rhiannon Webb & Tom Greer"""),
      ag("kerry", "11-16 14:30", """Hi Rhiannon,

Congratulations! Answers below.

> 1. Can you deliver to a venue rather than a house? The barn has a courtyard with power.

Yes - we do Chettle Barn a few times a year and the courtyard is ideal.

> 2. How far from the sockets can the tubs be?

Within 10 m, one 13A socket each, ideally on separate circuits. The venue's electrician knows the drill.

> 3. Is there an event rate for two tubs?

£620 for the pair, Friday to Monday (instead of £698).

> 4. Do you need someone on site during the evening?

No. We set up on the Friday and collect on the Monday; there's a laminated card on each lid and the crew line is staffed all weekend.

Kerry""", quote=False)),

    C("t05-hen-weekend-extras", "en", "pending", {"unanswered-question": 2},
      "Gemma Toop <gemtoop@gmail.example>", "gmail", "Hen do extras - TV-4522",
      "Hen-party organiser asks four things; the reply covers the gazebo and bath bombs but not the collection time or the T&Cs PDF.",
      cu("11-17 21:14", """Hiya!

I'm organising my sister's hen do - we've got a cottage in Pimperne from Fri 4th to Mon 7th December and I've already booked the Bubble (TV-4522). Couple of extras I wanted to ask about. Can we add a gazebo over it in case it rains? And the girls want to use bath bombs and prosecco in the tub, is that OK?? Also what time will you collect on the Monday, as we have to be out by 10. And please send me the terms and conditions as a PDF so I can forward them to everyone chipping in.

Thanks so much!!
Gemma x""", uq=2),
      ag("kerry", "11-18 09:20", """Hi Gemma,

The gazebo is £45 for the weekend and I've added it to TV-4522 - the crew put it up when they set the tub up.

Prosecco is fine in plastic glasses (no glass in or near the tub, please), but no bath bombs, oils or glitter: they clog the filter and we'd have to charge the £60 deep-clean fee.

Have a fab weekend!
Kerry""")),

    C("t06-glitter-deep-clean", "en", "closed", {},
      "Nadia Orme <nadia.orme@outlook.example>", "outlook", "Deep clean charge on TV-4402",
      "Disputed £60 deep-clean fee: reason, photo (attached PNG) and the refunded balance; thanks-only close.",
      cu("11-03 13:05", """Hello,

I've just seen a £60 'deep clean' charge taken from my deposit for booking TV-4402. Nobody mentioned anything when the tub was collected. Why was this charged, and is there any evidence? I'd like to see photos if you have them.

Regards,
Nadia Orme"""),
      ag("priya", "11-03 16:40", """Dear Nadia,

I'm sorry it came as a surprise. When the crew drained the tub on Monday they found glitter all through the filter cartridge and the jets, which means a full strip-down and a new cartridge - that's the £60 under section 7 of the hire terms. The crew's photo from the collection is attached.

The other £90 of your deposit went back to your card the same day.

Kind regards,
Priya""", attach=[("image/png", "TV-4402-filter.png", FILTER_PNG)]),
      cu("11-03 17:25", """Fair enough - I hadn't realised the kids' face paint had glitter in it. Thanks for explaining.

Nadia""", thanks=True)),

    C("t07-burnt-cover-claim", "en", "closed", {"missed-follow-up": 1},
      "Graham Tolley <g.tolley@btmail.example>", "gmail", "Your claim for £180 - cover damage",
      "Disputed damage claim: photos and breakdown promised 'by Wednesday', never sent; the case goes quiet.",
      cu("11-08 20:30", """Dear Sir or Madam,

I have received your letter claiming £180 for a "burn mark" on the cover of the hot tub we hired from 30 October. We did have a fire pit in the garden, but it was at least four metres away and the cover was on the tub the whole time it wasn't in use.

I would like to see the photographs your crew took, and a breakdown of the £180. I am not paying anything until I have seen both.

Yours faithfully,
Graham Tolley"""),
      ag("priya", "11-09 09:45", """Dear Mr Tolley,

Thank you for getting in touch. I've asked Dan, who led the collection, for the photos from that day, and I'll send them to you together with the breakdown of the £180 by Wednesday. Nothing will be taken from your deposit while this is open.

Kind regards,
Priya""", promises=[("11-11", None)])),

    C("t08-ferienhaus-aufbau", "de", "closed", {},
      "Jana Westphal <jana.westphal@posteo.example>", "gmail_de", "Whirlpool für unser Ferienhaus (27.-30.11.)",
      "German family: set-up before arrival, chemicals, heating time - all answered; thanks-only close.",
      cu("11-05 19:10", """Guten Abend,

wir (zwei Familien aus Köln) haben vom 27. bis 30. November ein Ferienhaus in Tarrant Gunville gemietet und würden gern einen Whirlpool dazubuchen. Drei Fragen vorab:

Können Sie den Pool schon aufbauen, bevor wir ankommen? Die Vermieterin hat einen Schlüsselkasten, und der Garten ist frei zugänglich. Sind die Chemikalien im Preis enthalten, oder müssen wir selbst etwas besorgen? Und wie lange dauert es, bis das Wasser warm ist?

Viele Grüße
Jana Westphal""", tz=1),
      ag("lena", "11-06 09:30", """Liebe Frau Westphal,

vielen Dank für Ihre Nachricht! Aufbauen können wir am Freitag, 27. November, vormittags, ohne dass jemand von Ihnen da sein muss - wir brauchen nur Zugang zu einer Außensteckdose und einem Wasserhahn. Chlorgranulat und Teststreifen für das ganze Wochenende sind dabei. Zum Aufheizen rechnen Sie mit etwa 24 Stunden: Wenn Sie Freitagabend ankommen, hat das Wasser um die 34 Grad, am Samstagmittag dann die vollen 38.

Buchen können Sie direkt hier: https://tarranthottubs.example/de/buchen?ref=TV-4455

Herzliche Grüße
Lena Kraus"""),
      cu("11-06 12:00", """Vielen Dank für die schnelle und ausführliche Antwort! Wir besprechen das heute Abend.

Jana Westphal""", thanks=True, tz=1)),

    C("t09-glamping-away-day", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Hannah Okafor <h.okafor@brightwellsolicitors.example>", "owa", "Quote - 3 hot tubs, team away-day January",
      "Corporate quote request acknowledged by the helpdesk, chased by the customer replying to her own mail; no human reply.",
      cu("11-16 11:45", """Hello,

I'm putting together a team away-day for about 30 people at Hollow Oak Glamping near Cranborne on 15-16 January. Could you quote for three of your larger tubs for the two days? We'd also need to know whether the site's power would cope - the manager says each pitch has a 16A hook-up.

Please send the quote to me and copy finance@brightwellsolicitors.example.

Best regards,
Hannah Okafor
Office Manager | Brightwell Solicitors LLP
www.brightwellsolicitors.example"""),
      ack("11-16 11:46"),
      cu("11-18 16:05", """Hi,

Just following up on the below - we have to confirm suppliers by Friday. Is this something you can help with?

Hannah""", chase=True)),

    C("t10-split-headrest", "en", "closed", {"unanswered-question": 1},
      "Owen Bright <owen.bright@icloud.example>", "apple", "Split headrest",
      "Headrest split on delivery (photo attached): the swap is arranged, the request to confirm no charge is not answered.",
      cu("11-06 17:50", """Hi,

The tub was delivered this afternoon and it's lovely, but one of the headrests has a split in it - it was like that when it arrived, your crew member saw it too. Is it possible to get a replacement before the weekend? Please confirm we won't be charged for it when you collect.

Photo attached.

Thanks,
Owen Bright""", uq=1, attach=[("image/png", "IMG_4471.png", HEADREST_PNG)]),
      ag("dan", "11-07 08:40", """Morning Owen,

The van is in Tarrant Keyneston around 11 today and the driver will leave a new headrest in your porch. It just clips into the two slots on the rim - push down until it clicks.

Dan""")),

    C("t11-mariage-manoir", "fr", "pending", {"unanswered-question": 1},
      "Catherine Lemaire <catherine.lemaire@orange.example>", "apple_fr", "Location de deux spas pour un mariage",
      "French wedding: delivery to the manor and price answered with a PDF quote; the lawn-versus-sloping-courtyard question is skipped.",
      cu("11-16 18:20", """Bonjour,

Nous organisons le mariage de notre fille le samedi 10 juillet 2027 au manoir de Chettle et nous aimerions louer deux spas pour le week-end. Pourriez-vous me dire si vous livrez jusqu'au manoir, et quel serait le tarif pour deux spas du vendredi au lundi ? Par ailleurs, je voudrais savoir si vos spas peuvent être installés sur une pelouse, car la cour est pavée et en pente.

Merci d'avance.
Bien cordialement,
Catherine Lemaire""", uq=1, tz=1),
      ag("solene", "11-17 09:40", """Bonjour Madame Lemaire,

Félicitations pour ce beau projet ! Oui, nous livrons au manoir de Chettle, il est à dix minutes de notre dépôt. Pour deux spas Lodge du vendredi au lundi, le tarif événement est de 620 £, plus une caution de 200 £ par spa.

Vous trouverez le devis détaillé en pièce jointe.

Bien cordialement,
Solène""", attach=[("application/pdf", "devis-D-2611-0217.pdf", DEVIS_PDF)])),

    C("t12-cumple-wimborne", "es", "pending", {},
      "Lucía Fernández <luciafdez@gmail.example>", "gmail_es", "Jacuzzi para un cumpleaños",
      "Spanish family in Wimborne: delivery zone and a socket 15 m away answered; thanks-only reply.",
      cu("11-13 22:10", """Hola, buenas noches:

Queríamos alquilar un jacuzzi para el cumpleaños de mi marido, del viernes 27 al lunes 30 de noviembre. Vivimos en Wimborne, ¿llegáis hasta aquí o hay que pagar un suplemento por la distancia? Otra cosa: el enchufe exterior lo tenemos en el garaje, a unos 15 metros del jardín. ¿Serviría con un alargador?

Gracias,
Lucía Fernández""", tz=1),
      ag("alba", "11-14 10:30", """Hola, Lucía:

¡Qué buen plan! Wimborne está dentro de nuestra zona de 20 millas, así que la entrega es gratuita.

Lo del enchufe es más delicado: por seguridad no podemos conectar el jacuzzi a un alargador normal, pero sí podemos llevar nuestro cable blindado de 15 m con diferencial, sin coste, siempre que el enchufe sea de 13 A.

Te dejo el enlace para reservar: https://tarranthottubs.example/es/reservar?desde=2026-11-27

Un saludo,
Alba"""),
      cu("11-14 11:52", """¡Perfecto, muchas gracias! Ya está reservado.

Lucía""", thanks=True, tz=1)),

    C("t13-cottages-christmas-quote", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Sue Aldridge <sue@lowerfarmcottages.example>", "gmail", "Four-week hire over Christmas",
      "Written quote for a four-week hire promised 'tomorrow', never sent; the customer chases a week later and is still waiting.",
      cu("11-09 14:20", """Hi Kerry,

Following our chat on the phone this morning - could you put the quote for the four-week hire in writing? It's the Lodge, at Lower Farm Cottages, Tarrant Rushton, from 30 November to 28 December, and we'd need to know what the weekly cleaning visits would add.

Many thanks,
Sue Aldridge
Lower Farm Cottages
https://lowerfarmcottages.example/?utm_source=email"""),
      ag("kerry", "11-09 16:00", """Hi Sue,

Lovely to speak to you earlier. I need to check with Gethin how often he can fit a cleaning visit in over Christmas, and I'll send the written quote tomorrow.

Kerry""", promises=[("11-10", None)]),
      cu("11-16 09:30", """Hi Kerry,

I haven't received the quote yet - could you send it today if possible? Our guests are starting to ask whether the hot tub is definitely on.

Sue""", chase=True)),

    C("t14-wind-warning-move", "en", "closed", {"unanswered-question": 1},
      "Aled Morgan <aled.morgan@cwmwork.example>", "owa", "Weather this weekend - TV-4461",
      "Weather worry: the move to the next weekend is granted; whether a weather cancellation is refunded is not answered.",
      cu("11-05 10:10", """Hi,

We're booked for this weekend (TV-4461) but the forecast has a yellow wind warning for Saturday. If we cancel because of the weather, do we get the deposit and the hire fee back? Alternatively can we move it to the weekend after (13-16 Nov)?

Thanks,
Aled Morgan""", uq=1),
      ag("kerry", "11-05 11:25", """Hi Aled,

Yes, we can move you to 13-16 November at no charge - same tub, same Friday 4-7pm delivery slot. I've made the change and a new confirmation is on its way from the booking system.

Kerry"""),
      cu("11-05 11:40", """Great, thank you!

Aled""", thanks=True)),

    C("t15-lid-and-dog", "en", "closed", {},
      "Phil Horrocks <phil@horrocks-family.example>", "thunderbird", "Couple of questions about the tub",
      "A self-answered question and a rhetorical one, then two real questions answered without repeating them.",
      cu("11-10 18:30", """Hello,

The tub arrived today - thanks to the lads, they were very quick. Quick one: how do I change the temperature? Ah, ignore that, the crew left the laminated card on the lid and it's just the arrow buttons. Who knew it would be that simple?

What I actually wanted to ask is whether we should leave the lid on overnight, or does the pump need air? And is it OK if the dog drinks the water?

Cheers,
Phil"""),
      ag("gethin", "11-11 08:50", """Hi Phil,

Lid on, always, whenever nobody is in it - the pump doesn't need air, and the lid keeps the heat in and the leaves out. Not the dog, though: the water is chlorinated, so keep his bowl topped up instead.

Enjoy the rest of the week!
Gethin""")),

    C("t16-flo-code-then-extra-night", "en", "pending", {"reopened": 1},
      "Mark Dewhurst <markdewhurst77@hotmail.example>", "android", "Tub not heating!!",
      "Error code fixed by phone-style instructions and marked resolved; two days later the customer asks for an extra night (reopened).",
      cu("11-13 19:20", """Tub has stopped heating, display says FLO. We've got people coming tomorrow. Help!!

Mark"""),
      ag("dan", "11-13 19:45", """Hi Mark,

FLO means the filter is blocked and the heater cuts out to protect itself. Lift the cover on the filter housing at the back, unscrew the cartridge, rinse it under the outside tap and screw it back in - the heater comes back on within a minute.

Dan"""),
      cu("11-13 20:10", """That's done it, heating again. Legend, thank you!

Mark""", thanks=True),
      ag("dan", "11-13 20:15", """Glad it's sorted. I'll mark this as resolved - enjoy the weekend.

Dan""", closes=True),
      cu("11-15 18:05", """Hi Dan, one more thing - the cottage owner has asked if we want to stay an extra night. Can we keep the tub until Tuesday morning, and how much would that be?

Mark"""),
      ag("kerry", "11-16 09:10", """Hi Mark,

Tuesday's fine - the extra night is £40, and I've moved your collection to 9am Tuesday.

Kerry""")),

    C("t17-electricity-frost", "en", "closed", {},
      "Bethan Cole <bethan.cole@gmail.example>", "gmail", "Running costs",
      "Running-cost and frost questions answered with figures in one paragraph.",
      cu("11-12 08:00", """Morning,

Before we book a week in December: roughly how much electricity does one of your tubs use? I'm trying to work out what it would add to our bill for a week. Also, does it cope with frost overnight or do we need to do something?

Bethan"""),
      ag("gethin", "11-12 11:15", """Hi Bethan,

The first fill takes about 20 kWh to heat up and after that around 4 kWh a day to hold temperature with the lid on, so at 25p/kWh a week comes to roughly £12. Frost is no problem: the heater runs all night and the lid is insulated - just make sure the lid straps are clipped down.

Gethin""")),
]

LIABILITY_PDF = mailcraft.pdf(["Certificate of Insurance - Public and Products Liability",
                               "Insured: Tarrant Valley Leisure Ltd t/a Tarrant Valley Hot Tub Hire",
                               "Limit of indemnity: GBP 5,000,000 any one occurrence",
                               "Period: 1 April 2026 to 31 March 2027"])
GARDEN_PNG = SLOPE_JPEG_AS_PNG

CASES += [
    C("t18-vat-invoice-po-number", "en", "closed", {"unanswered-question": 1},
      "Laura Pennick <laura.pennick@fernleighmarketing.example>", "outlook", "Invoice for TV-4488 - company details",
      "Invoice reissued to the company with the VAT number as promised (on time, PDF); bank transfer answered; the PO number request is ignored.",
      cu("11-09 09:10", """Hi,

We've booked the Lodge for our team Christmas social (11-14 December, booking TV-4488) and paid by card, but the invoice you sent is in my name. Could you reissue it to Fernleigh Marketing Ltd with our VAT number GB 402 7719 55? For the next booking, is it possible to pay by bank transfer rather than card?

Please add our PO number PO-88213 to the invoice as well - accounts won't process it otherwise.

Thanks,
Laura Pennick
Office & Events | Fernleigh Marketing Ltd
T: 01202 555 0187""", uq=1),
      ag("priya", "11-09 11:30", """Dear Laura,

Bank transfer is fine for future bookings - our details are at the bottom of every invoice; please use the booking reference as the payment reference. I'll reissue this invoice in the company's name with your VAT number by Wednesday.

Kind regards,
Priya""", promises=[("11-11", 3)]),
      ag("priya", "11-10 14:05", """Dear Laura,

Please find attached invoice TVH-26-1184, reissued to Fernleigh Marketing Ltd with your VAT number. The original has been cancelled.

Kind regards,
Priya""", attach=[("application/pdf", "TVH-26-1184.pdf", INVOICE_PDF)])),

    C("t19-garten-mit-gefaelle", "de", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Tobias Brandt <tobias.brandt@web.example>", "gmail_de", "Whirlpool im Hanggarten?",
      "Sloping garden (photo): 'ich melde mich bis Donnerstag' kept only after 'gibt es schon etwas Neues?'; the Christmas discount question is never answered.",
      cu("11-09 20:15", """Hallo Frau Kraus,

unser Garten in Shaftesbury ist leider ziemlich abschüssig (Foto anbei). Ist es trotzdem möglich, bei uns einen Whirlpool aufzustellen? Wir hätten an die Fläche vor dem Schuppen gedacht, dort ist das Gefälle am geringsten.

Außerdem würde mich interessieren, ob wir für die Weihnachtstage (24.-28.12.) einen Rabatt bekommen, wenn wir vier Nächte buchen.

Viele Grüße
Tobias Brandt""", uq=1, tz=1, attach=[("image/png", "garten.png", GARDEN_PNG)]),
      ag("lena", "11-10 09:05", """Lieber Herr Brandt,

danke für das Foto! Ob wir das Gefälle vor dem Schuppen mit unseren Ausgleichsplatten hinbekommen, muss sich Dan ansehen. Ich spreche morgen mit ihm und melde mich bis Donnerstag bei Ihnen.

Herzliche Grüße
Lena Kraus""", promises=[("11-12", 4)]),
      cu("11-16 08:40", """Hallo Frau Kraus,

gibt es schon etwas Neues wegen des Standorts? Wir würden gern bald buchen, bevor über Weihnachten alles weg ist.

Viele Grüße
Tobias Brandt""", chase=True, tz=1),
      ag("lena", "11-16 13:20", """Lieber Herr Brandt,

entschuldigen Sie bitte die Verzögerung. Dan war am Samstag in Shaftesbury und hat sich Ihren Garten vom Weg aus angesehen: Vor dem Schuppen geht es, mit zwei Ausgleichsplatten steht der Pool dort sicher und gerade. Sie können also buchen, wann immer Sie möchten.

Herzliche Grüße
Lena Kraus""")),

    C("t20-caution-retenue", "fr", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Mathieu Caron <mathieu.caron@free.example>", "apple_fr", "Caution - réservation TV-4387",
      "Deposit deduction questioned; 'Je me permets de vous relancer' two days later; the reply explains the £60 but never sends the requested photos.",
      cu("11-09 10:30", """Bonjour,

Nous avons loué un spa du 30 octobre au 2 novembre (réservation TV-4387) et je constate que seules 90 £ sur les 150 £ de caution nous ont été remboursées. Pourriez-vous m'expliquer à quoi correspondent les 60 £ retenues ? J'aimerais également recevoir les photos prises lors de l'enlèvement du spa.

Cordialement,
Mathieu Caron""", uq=1, tz=1),
      cu("11-11 08:50", """Bonjour,

Je me permets de vous relancer au sujet de mon message de lundi, resté sans réponse.

Cordialement,
Mathieu Caron""", chase=True, tz=1),
      ag("solene", "11-11 10:15", """Bonjour Monsieur Caron,

Toutes mes excuses pour ce délai. Les 60 £ correspondent au nettoyage approfondi prévu à l'article 7 de nos conditions : l'équipe a trouvé de l'huile de massage dans le filtre et sur la coque, ce qui oblige à changer la cartouche et à vidanger deux fois le spa.

Bien cordialement,
Solène""")),

    C("t21-gift-voucher-expiry", "en", "closed", {},
      "Tom Hazell <tomhazell@icloud.example>", "iphone", "Gift voucher GV-0931",
      "Two voucher questions answered in one sentence plus a booking link.",
      cu("11-02 12:12", """Hi, my parents gave us one of your gift vouchers last Christmas (GV-0931). Does it run out at the end of the year? And can we use it for a midweek hire rather than a weekend?

Thanks
Tom

Sent from my iPhone"""),
      ag("kerry", "11-02 13:00", """Hi Tom,

It's valid for 24 months from purchase - so until December 2027 - and for any hire, midweek included. Book with the code here: https://tarranthottubs.example/book?voucher=GV-0931

Kerry""")),

    C("t22-ring-in-the-filter", "en", "pending", {},
      "James Fairweather <james.fairweather@me.example>", "apple", "Lost wedding ring",
      "A lost ring found in the filter housing; collection offered; the customer's thanks asks nothing more.",
      cu("11-16 08:05", """Hello,

This is a long shot. My wife lost her wedding ring in the hot tub on Saturday night - we were both in it, and by the morning it was gone. We've searched the garden and the house from top to bottom. Your crew collected the tub at half seven this morning: did they find anything when they drained it? It's a plain gold band with "A & J 2009" engraved inside. If not, could someone check the filter before the tub goes out again? We'll happily pay for the trouble.

Regards,
James Fairweather""", kind="alt"),
      ag("gethin", "11-16 11:40", """Dear James,

Good news - it was sitting in the filter housing, engraving and all. It's in an envelope in the office safe now. You're welcome to collect it from the yard at Tarrant Hinton any weekday between 8 and 6, or we can post it by Special Delivery at no charge - whichever suits you.

Best wishes,
Gethin"""),
      cu("11-16 12:15", """That's the best news we've had all week. We'll come and pick it up on Wednesday. Thank you so much!

James""", thanks=True)),

    C("t23-navidad-factura", "es", "closed", {"unanswered-question": 1},
      "Vicente Puig <vpuig@ceramicaspuig.example>", "gmail_es", "Jacuzzi para Navidad cerca de Blandford",
      "Valencian family: paying with a Spanish card and Christmas dates answered; the invoice in the company's name is not mentioned.",
      cu("11-03 17:40", """Buenas tardes:

Somos una familia de Valencia y vamos a pasar la Navidad en una casa rural cerca de Blandford, del 23 al 28 de diciembre. Nos gustaría alquilar el jacuzzi grande. Tengo un par de dudas: ¿se puede pagar con una tarjeta española o hace falta una cuenta en el Reino Unido? ¿Podríamos tenerlo funcionando el día de Navidad y que lo recojáis el 28?

Por último, necesito que la factura vaya a nombre de mi empresa, Cerámicas Puig S.L., con el CIF B46123987, porque la pago con la tarjeta de la empresa.

Saludos cordiales,
Vicente Puig""", uq=1, tz=1),
      ag("alba", "11-04 09:15", """Hola, Vicente:

Sin problema con la tarjeta española: el pago se hace en libras a través de la web y tu banco hace el cambio. Y sí, el jacuzzi se queda funcionando todas las fiestas: lo montamos el 23 por la tarde y el equipo lo recoge el lunes 28 por la mañana.

Un saludo,
Alba""")),

    C("t24-montaje-jueves", "es", "pending", {"missed-follow-up": 1},
      "Marisa Lozano <marisa.lozano@yahoo.example>", "gmail_es", "Reserva TV-4560: ¿montaje el jueves?",
      "Asked for a Thursday set-up; 'Te confirmo mañana' is never followed up.",
      cu("11-17 12:30", """Hola, Alba:

Al final lo hemos reservado para el fin de semana del 27 (reserva TV-4560). Una pregunta: ¿el equipo podría montarlo el jueves 26 en vez del viernes? El viernes trabajamos los dos y no habrá nadie en casa.

Gracias,
Marisa""", tz=1),
      ag("alba", "11-17 15:05", """Hola, Marisa:

¡Gracias por la reserva! El jueves 26 el equipo ya tiene tres montajes por la zona de Poole, así que tengo que mirar con Dan si le cuadra pasar por Sturminster a última hora. Te confirmo mañana.

Un saludo,
Alba""", promises=[("11-18", None)])),

    C("t25-ninos-temperatura", "es", "closed", {},
      "Raquel Ortega <raquel.ortega@gmail.example>", "gmail_es", "¿Pueden usarlo niños?",
      "Children's age and temperature answered in two short paragraphs; thanks-only reply.",
      cu("11-06 21:00", """Hola:

Tenemos dos niños de 4 y 7 años. ¿Pueden meterse en el jacuzzi? ¿A qué temperatura lo recomendáis para ellos?

Un saludo,
Raquel Ortega""", tz=1),
      ag("alba", "11-07 10:20", """Hola, Raquel:

Sí, siempre con un adulto dentro o justo al lado.

Para niños de esa edad lo mejor es bajarlo a 35-36 °C (el panel lo permite con las flechas) y que no estén más de 10-15 minutos seguidos.

Un saludo,
Alba"""),
      cu("11-07 11:45", """Genial, muchas gracias por la respuesta tan rápida.

Raquel""", thanks=True, tz=1)),

    C("t26-reenvio-restaurante", "es", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Jorge Medina <jorge@tapaslaribera.example>", "gmail_es", "Jacuzzi para fiesta de empresa",
      "Unanswered enquiry resent as a new mail with the same subject; the reply gives the price but not whether a first-floor terrace is a problem.",
      cu("11-09 19:45", """Hola:

Quería saber si alquiláis jacuzzis para eventos de empresa. Somos un restaurante en Poole (Tapas La Ribera) y estamos pensando en una fiesta de Navidad para el personal en la terraza, el domingo 13 de diciembre. ¿Cuánto costaría un día solo, con montaje y recogida? ¿Y hay algún problema si la terraza está en un primer piso?

Saludos,
Jorge Medina
Tapas La Ribera · Poole Quay""", uq=1, tz=1),
      cu("11-11 18:30", """Hola de nuevo:

Os escribí el lunes y no he tenido respuesta, así que os lo vuelvo a mandar. ¿Alquiláis jacuzzis para eventos de empresa? Es para la fiesta de Navidad del personal de Tapas La Ribera, en Poole, el domingo 13 de diciembre. ¿Cuánto costaría un día solo, con montaje y recogida?

Saludos,
Jorge Medina
Tapas La Ribera · Poole Quay""", chase=True, tz=1, parent=0),
      ag("alba", "11-12 09:30", """Hola, Jorge:

Perdona el retraso. Sí, hacemos eventos: un día suelto el domingo 13 sale por 220 £, con montaje el sábado por la tarde y recogida el lunes por la mañana, más 200 £ de fianza.

Un saludo,
Alba""")),

    C("t27-deckelgurt-kaution", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Dr. Henrike Sauer <h.sauer@sauer-praxis.example>", "outlook_de", "Einbehalt von 35 £ – Buchung TV-4510",
      "A strap deduction disputed: 'melde mich morgen' about the driver never happens; why the refund took two weeks is not answered.",
      cu("11-10 09:20", """Sehr geehrte Damen und Herren,

von unserer Kaution (Buchung TV-4510) wurden 35 £ für einen „abgerissenen Deckelgurt" einbehalten. Der Gurt war schon bei der Anlieferung eingerissen, das habe ich Ihrem Fahrer damals auch gesagt. Ich bitte Sie daher, die 35 £ zu erstatten.

Können Sie mir außerdem sagen, warum die Erstattung der restlichen Kaution fast zwei Wochen gedauert hat?

Mit freundlichen Grüßen
Dr. Henrike Sauer""", uq=1, tz=1),
      ag("lena", "11-10 11:40", """Sehr geehrte Frau Dr. Sauer,

vielen Dank für Ihre Nachricht. Ob der Gurt schon bei der Anlieferung eingerissen war, kläre ich mit dem Fahrer, der bei Ihnen aufgebaut hat, und melde mich morgen wieder bei Ihnen.

Mit freundlichen Grüßen
Lena Kraus""", promises=[("11-11", None)])),

    C("t28-firmenfeier-pavillon", "de", "pending", {},
      "Michael Engel <m.engel@engel-logistik.example>", "outlook_de", "Weihnachtsfeier 11.12. – Fragen zum Whirlpool",
      "Drinks in the tub and the need for a gazebo answered; the follow-up request to add the gazebo is done.",
      cu("11-17 14:00", """Hallo Frau Kraus,

wir planen am 11. Dezember eine kleine Weihnachtsfeier für unser Büro in Poole (ca. 12 Personen) im Innenhof. Zwei Fragen: Dürfen die Gäste Glühwein mit in den Whirlpool nehmen, oder ist das aus Hygienegründen nicht erlaubt? Und brauchen wir einen Pavillon, falls es regnet, oder kann man den Pool auch so nutzen?

Beste Grüße
Michael Engel
Engel Logistik GmbH – Niederlassung Poole""", tz=1),
      ag("lena", "11-18 09:10", """Hallo Herr Engel,

Getränke sind erlaubt, solange sie in Kunststoffbechern bleiben - Glas ist am und im Pool tabu. Einen Pavillon brauchen Sie nicht unbedingt: Im warmen Wasser sitzt man auch bei Regen gut, nur für die Gäste am Beckenrand ist er angenehm. Wir bieten ihn für 45 £ an.

Herzliche Grüße
Lena Kraus"""),
      cu("11-18 10:30", """Danke für die schnelle Antwort. Dann nehmen wir den Pavillon dazu - bitte fügen Sie ihn unserer Buchung TV-4571 hinzu.

Beste Grüße
Michael Engel""", tz=1),
      ag("lena", "11-18 11:05", """Erledigt - der Pavillon steht jetzt auf TV-4571, die geänderte Bestätigung kommt gleich per Mail.

Herzliche Grüße
Lena Kraus""")),

    C("t29-gite-trois-questions", "fr", "closed", {},
      "Élise Marchetti <elise.marchetti@laposte.example>", "apple_fr", "Questions avant réservation",
      "Three questions (hose, frost, deposit) answered in order without repeating them.",
      cu("11-05 08:30", """Bonjour,

Nous serons quatre adultes dans un gîte à Tarrant Monkton du 20 au 23 novembre. Trois petites questions avant de réserver : faut-il prévoir un tuyau d'arrosage pour le remplissage ? Le spa peut-il être utilisé s'il gèle la nuit ? Et est-ce que la caution est prélevée sur la carte ou seulement bloquée ?

Merci beaucoup,
Élise Marchetti""", tz=1),
      ag("solene", "11-05 10:50", """Bonjour Élise,

Non, l'équipe apporte son propre tuyau de 25 m, il suffit d'un robinet extérieur. Le gel ne pose aucun problème : le spa chauffe en continu et le couvercle est isolé. Quant à la caution de 150 £, elle est prélevée à la réservation, puis remboursée sous cinq jours ouvrés après l'enlèvement.

Bien à vous,
Solène""")),

    C("t30-seminaire-devis-tardif", "fr", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Anne-Sophie Girard <as.girard@groupe-veloce.example>", "owa", "Demande de devis - séminaire du 3 au 5 décembre",
      "Seminar quote deferred 'd'ici jeudi' and delivered the next Monday (missed); the SEPA transfer question is never answered.",
      cu("11-10 15:00", """Bonjour Madame Brunet,

Dans le cadre d'un séminaire d'équipe dans le Dorset du 3 au 5 décembre, nous souhaiterions louer deux spas. Pourriez-vous nous faire parvenir un devis ? Nous aurions également besoin de savoir si l'installation est possible sur une terrasse en bois, à l'étage du gîte de groupe.

Enfin, merci de nous indiquer si vous acceptez le paiement par virement SEPA.

Cordialement,
Anne-Sophie Girard
Assistante de direction | Groupe Véloce""", uq=1, tz=1),
      ag("solene", "11-10 16:30", """Bonjour Madame Girard,

Merci pour votre demande. Pour le devis comme pour la terrasse, je dois d'abord vérifier la charge admissible avec notre équipe de pose : je reviens vers vous d'ici jeudi avec une réponse complète.

Bien cordialement,
Solène""", promises=[("11-12", 3)]),
      ag("solene", "11-16 09:30", """Bonjour Madame Girard,

Veuillez m'excuser pour ce retard. Notre équipe a vérifié : une terrasse en bois à l'étage ne supporte pas le poids d'un spa rempli (près de deux tonnes), il faudrait donc les installer au jardin. Le devis pour deux spas Lodge du 3 au 5 décembre s'élève à 560 £ TTC, livraison et installation comprises.

Bien cordialement,
Solène""")),

    C("t31-rugby-club-social", "en", "closed", {"unanswered-question": 2},
      "Rob Fenner <social@blandfordrfc.example>", "gmail", "Hot tub for club social 5th Dec",
      "Rugby club asks four things; capacity and grass are answered with a joke, the club discount and insurance questions are not.",
      cu("11-06 11:15", """Hi,

I'm social secretary at Blandford RFC and we're planning a post-match social on Saturday 5 December at the clubhouse. A few of the lads have asked about a hot tub.

How many adults can realistically fit in the big one - we're talking rugby players, not supermodels! Could it be set up on the grass next to the clubhouse? Do you do any sort of discount for clubs or charities? And do we need our own public liability insurance, or does yours cover it?

Cheers,
Rob Fenner
Social Secretary, Blandford RFC
Fixtures & tickets: https://blandfordrfc.example/fixtures?season=2026-27""", uq=2),
      ag("kerry", "11-06 14:40", """Hi Rob,

Ha - the Lodge is a six-seater, so six front-row forwards is pushing it; four forwards and two wingers is more like it. Grass is fine as long as it's level: we put a base board down under the tub.

We're free on the 5th - want me to pencil you in?

Kerry""")),

    C("t32-holiday-lets-long-term", "en", "pending", {},
      "Clare Benning <clare@okefordlets.example>", "gmail", "Long-term hire for a holiday let",
      "Monthly rate answered; 'Gethin will email you tomorrow' about cleaning is kept by Gethin the next morning.",
      cu("11-16 16:20", """Hi,

We run two holiday lets in Okeford Fitzpaine and are thinking of having a tub on long-term hire at one of them from February. What would the cleaning and water-change schedule look like with guests changing every 3-4 days? And do you do a reduced monthly rate?

Thanks,
Clare Benning
Okeford Lets"""),
      ag("kerry", "11-16 17:05", """Hi Clare,

We do - long-term hire of the Lodge is £520 a month, which works out at about half the weekend price per day. The cleaning side is Gethin's department; he'll email you tomorrow with how he'd fit it around your changeovers.

Kerry""", promises=[("11-17", 3)]),
      ag("gethin", "11-17 10:30", """Hi Clare,

Kerry passed your message on. With changeovers every 3-4 days I'd come on each changeover day to test the water, shock it and swap the filter, and do a full drain and refill every fortnight. Your cleaner only needs to wipe the waterline and put the lid back on.

Best,
Gethin""", parent=1)),

    C("t33-midweek-rate-invoice", "en", "pending", {},
      "Daniel Reeve <daniel@reeveanddaughters.example>", "owa", "Invoice TV-4531 - wrong rate?",
      "Wrong rate acknowledged; the corrected invoice is promised for Tuesday 24 November, still ahead at audit time.",
      cu("11-18 10:00", """Hello Priya,

The invoice for our November hire (TV-4531) shows the Lodge at the weekend rate, but we had it Monday to Thursday, which your website lists as the midweek rate of £249. Could you check and correct it?

Many thanks,
Daniel Reeve
Reeve & Daughters Estate Agents"""),
      ag("priya", "11-18 14:20", """Dear Daniel,

You're right - the booking was set up at the wrong rate, apologies. I'll reissue the invoice at the midweek rate and send it to you by Tuesday 24 November, once this month's credit notes have gone through.

Kind regards,
Priya""", promises=[("11-24", None)])),

    C("t34-crichel-arms-wellness", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Victoria Lamb <events@crichelarms.example>", "outlook", "Two tubs for our wellness weekend",
      "Hotel event handled by three agents; the insurance certificate is sent as promised, the PAT test certificates are never mentioned.",
      cu("11-16 09:00", """Good morning,

The Crichel Arms is holding a winter wellness weekend on 28-29 November and we'd like to hire two tubs for the garden terrace. Please could you confirm availability and the price for the two days? The terrace is paved and there are two outdoor sockets on separate circuits.

We'd also need a copy of your public liability certificate for our insurers. Could you send the PAT test certificates for the tubs too?

Kind regards,
Victoria Lamb
Events Manager | The Crichel Arms""", uq=1, kind="alt"),
      ag("kerry", "11-16 11:00", """Dear Victoria,

Both Lodges are free that weekend: £430 for the two tubs, Saturday and Sunday, with delivery on the Friday afternoon and collection on Monday morning. A paved terrace with two separate circuits is ideal. Priya will send over our insurance certificate.

Kerry""", promises=[("window", 3)]),
      ag("priya", "11-16 15:00", """Dear Victoria,

Please find our public liability certificate attached (£5m, valid to 31 March 2027).

Kind regards,
Priya""", parent=1, attach=[("application/pdf", "TVH-public-liability-2026.pdf", LIABILITY_PDF)]),
      cu("11-17 08:45", """Thanks both. One practical question: will someone from your team show our staff how to test the water each morning, or do we simply follow the card on the lid?

Victoria"""),
      ag("dan", "11-17 09:30", """Morning Victoria,

I'm doing your set-up myself on the Friday and will walk your staff through the test strips and dosing - it takes ten minutes, and the card on the lid covers the same steps as a reminder.

Dan""")),
]

CLIP_PNG = mailcraft.png(9, 12, lambda x, y: (30 + 10 * (x % 3), 30 + 5 * y, 35))

CASES += [
    C("t35-friday-evening-anniversary", "en", "pending",
      {"customer-chased": 1, "slow-first-response": 1},
      "Andrew Stenning <a.stenning@gmail.example>", "gmail", "Anniversary weekend 27-30 Nov",
      "Friday-evening enquiry chased on Sunday ('is anyone there?'), answered in full on Monday morning.",
      cu("11-13 18:40", """Hello,

We'd like to book a tub for our anniversary, 27-30 November, in Child Okeford. Is the Lodge free that weekend? And can we pay the deposit in cash on delivery instead of by card?

Thanks,
Andrew & Fiona Stenning"""),
      cu("11-15 10:20", """Hi - is anyone there? Still waiting to hear about the 27th, and I'm worried it'll go if I leave it much longer.

Andrew""", chase=True),
      ag("kerry", "11-16 08:35", """Hi Andrew,

Sorry - Saturday was all hands on deliveries and the inbox got away from us. The Lodge is free 27-30 November and I've held it for you until Wednesday. The deposit has to go on a card, I'm afraid; the crew can't take cash on the doorstep.

Kerry""")),

    C("t36-eight-adults-next-weekend", "en", "open", {},
      "Kirsty Lamb <kirsty.lamb@outlook.example>", "iphone", "Tub for next weekend?",
      "A fresh enquiry this morning with only the helpdesk acknowledgement: still inside the response target.",
      cu("11-20 09:05", """Hi, is there any chance of a tub for next weekend (27-30 Nov) in Sixpenny Handley? We're 8 adults - would we need two?

Thanks
Kirsty

Sent from my iPhone"""),
      ack("11-20 09:06")),

    C("t37-steps-handrail-ooo", "en", "closed", {},
      "Pauline Gregory <pauline.gregory@dorsetcouncil-mail.example>", "outlook", "Steps and handrail",
      "Steps and handrail answered in one sentence; the customer's Outlook out-of-office answers the reply.",
      cu("11-04 09:40", """Hello,

Can you tell me whether your tubs come with steps? My mother is 78 and not very steady on her feet. Also, would you be able to fit a handrail?

Regards,
Pauline Gregory"""),
      ag("kerry", "11-04 10:30", """Dear Pauline,

Every tub comes with a two-tread step, and we have a clamp-on handrail that fits the Lodge - no charge, just mention it when you book and the crew will fit it.

Kind regards,
Kerry"""),
      auto("11-04 10:31", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For anything urgent please call the team on 01305 555 0199.

Pauline Gregory""", quote=False, subject="Automatic reply: RE: Steps and handrail")),

    C("t38-date-change-then-more", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Nick Amos <nick.amos@thistlepost.example>", "thunderbird", "Change of dates - TV-4419",
      "Date change done; a week later three more questions: tripping explained, early delivery promised 'by Friday 13th' and confirmed the Monday after, the safety sheet never sent.",
      cu("11-02 17:10", """Hi Kerry,

Quick booking change: could we move TV-4419 from 20-23 Nov to 27-30 Nov? Same address.

Cheers,
Nick"""),
      ag("kerry", "11-03 08:45", """Hi Nick,

Done - TV-4419 now runs 27-30 November, same address.

Kerry"""),
      cu("11-10 19:30", """Thanks Kerry. A few more things now I think about it. My neighbour reckons these tubs can trip the electrics if the oven's on at the same time - is that right? Would you be able to deliver before 4pm on the Friday? We'd like it hot for the Saturday morning. Could you also send me the safety sheet your crew mentioned last time?

Nick""", uq=1, refs=[2]),
      ag("kerry", "11-11 09:10", """Hi Nick,

It shouldn't - the tub draws 13A at most and has its own RCD, so on a modern fuse board you can cook and soak at the same time. An earlier delivery depends on the crew's route that Friday; I'll check with Dan and let you know by Friday 13th.

Kerry""", promises=[("11-13", 5)]),
      ag("kerry", "11-16 10:00", """Hi Nick,

Sorry this took longer than I said. Dan can do you first on the Friday, so expect the crew between 10 and 12 on the 27th.

Kerry""")),

    C("t39-crew-three-hours-late", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Sophie Lister <sophie.lister@gmail.example>", "gmail", "Complaint - late delivery on Friday",
      "Complaint about a late crew: what happened is explained, the refund deferred without a date and paid only after a chase; the request to note 'call if late' for New Year is ignored.",
      cu("11-09 21:00", """Hello,

I want to complain about the delivery on Friday. We were told 4-7pm and the crew turned up at 9.40pm, by which point our guests had been sitting around all evening, and the tub wasn't warm until Saturday lunchtime. Nobody rang to say they'd be late.

What happened? I'd also like a partial refund - we effectively lost half a day of a two-and-a-half-day hire. Could you also put a note on our account that we need a phone call if the crew are running late? We've booked again for New Year.

Regards,
Sophie Lister""", uq=1),
      ag("priya", "11-10 09:30", """Dear Sophie,

I'm really sorry. The crew had a puncture on the A354 near Pimperne and were stuck for two hours waiting for the recovery truck. They should have phoned you, and I've raised that with them. I'll look into the refund with Kerry and get back to you.

Kind regards,
Priya""", promises=[("window", 4)]),
      cu("11-13 08:15", """Hi Priya,

Still waiting to hear back about the refund.

Sophie""", chase=True),
      ag("priya", "11-16 11:00", """Dear Sophie,

Apologies for the wait. We've refunded £70 to your card today - a third of the weekend price, which is what we do when a delivery goes this badly wrong.

Kind regards,
Priya""")),

    C("t40-where-does-the-water-go", "en", "closed", {},
      "Meera Shah <meera.shah@icloud.example>", "iphone", "Draining",
      "Two questions about draining answered in one sentence.",
      cu("11-04 19:55", """Hi, when you collect on Monday where does the water go? Can it go on the lawn, or will the chlorine kill the grass?

Meera

Sent from my iPhone"""),
      ag("gethin", "11-05 08:20", """Hi Meera,

By default we pump it into a drain or gully, but by Monday the chlorine is low enough that the lawn won't mind either - just tell the crew which you'd prefer.

Gethin""")),

    C("t41-pergola-roof-terrace", "en", "pending", {},
      "Oliver Thwaite <oliver@thwaite-architects.example>", "gmail", "Lodge dimensions",
      "Dimensions sent as a PDF spec sheet; the full weight given with a roof-terrace caveat.",
      cu("11-18 12:00", """Hi,

Could you send me the dimensions of the Lodge? I need to check it fits under our pergola, which is 2.4m wide with 2.2m clearance. Also what does it weigh when it's full - it would be going on a roof terrace.

Oliver Thwaite
Thwaite Architects"""),
      ag("kerry", "11-18 14:00", """Hi Oliver,

Spec sheet attached - it'll fit under the pergola with room to spare. Full, it's about 1.9 tonnes, so on a roof terrace we'd need a structural engineer's sign-off before we could install it.

Kerry""", attach=[("application/pdf", "Lodge-spec-sheet.pdf", SPEC_PDF)])),

    C("t42-same-subject-becky", "en", "closed", {},
      "Becky Wrenn <becky.wrenn@wrennfamily.example>", "oldclient", "Hot tub booking",
      "Generic subject shared with t43; an old mail client; whether she must be in for delivery is answered.",
      cu("11-06 09:00", """Hi,

I've booked for 13-16 November (TV-4475). Do I need to be in when you deliver, or can you set it up if I leave the side gate open?

Thanks,
Becky Wrenn"""),
      ag("kerry", "11-06 10:10", """Hi Becky,

No need to be in - as long as the gate's open and the outside socket is switched on, the crew will set up and leave the instruction card on the lid.

Kerry""")),

    C("t43-same-subject-harriet", "en", "closed", {"unanswered-question": 1},
      "Harriet Lyle <harriet.lyle@lylefarm.example>", "outlook", "Hot tub booking",
      "Same generic subject as t42, another customer: the age question and availability answered, the lockable-cover question not.",
      cu("11-06 13:30", """Good afternoon,

I'd like to book a hot tub for the weekend of 20-23 November at our cottage in Iwerne Minster. We have three children aged 9 to 14 - is there a minimum age? I would also like to know if you can supply a lockable cover, as the garden is shared with the holiday let next door.

Many thanks,
Harriet Lyle""", uq=1),
      ag("kerry", "11-06 15:00", """Dear Harriet,

Children from 5 are welcome with an adult, so all three are fine. The Lodge is free 20-23 November - you can book it here: https://tarranthottubs.example/book?ref=TV-4479

Kind regards,
Kerry""")),

    C("t44-forwarded-confirmation-html", "en", "pending", {},
      "Ruth Harker <ruth.harker@gmail.example>", "gmail", "Fwd: Your booking TV-4502 is confirmed",
      "HTML-only mail forwarding the booking confirmation (whose own questions are not the customer's); the address change is done.",
      cu("11-17 19:00", """Hi,

My partner booked this (confirmation below) but we need to change the delivery address - we've moved the party to my mum's house: 4 Church Lane, Tarrant Launceston, DT11 8BY. Can you update it?

Thanks,
Ruth

---------- Forwarded message ---------
From: Tarrant Valley Hot Tubs <bookings@tarranthottubs.example>
Date: Sun, 8 Nov 2026 at 11:02
Subject: Your booking TV-4502 is confirmed
To: <dom.harker@gmail.example>

Hi Dom,

Thanks for booking with us! Booking TV-4502: Bubble 4-seater, Friday 27 to Monday 30 November, delivery Friday 4-7pm to 11 Mill Close, Blandford Forum.

Is there a 13A outdoor socket within 10 metres? Is the ground level? Please check both before the day.

Need to change something? https://tarranthottubs.example/manage?booking=TV-4502&src=confirm""", kind="html"),
      ag("kerry", "11-18 08:50", """Hi Ruth,

All updated - TV-4502 is now going to 4 Church Lane, Tarrant Launceston, same day and time slot.

Kerry""")),

    C("t45-farmhouse-sixtieth-base64", "en", "closed", {"unanswered-question": 2},
      "Margaret Hollis <margaret.hollis@hollisfarm.example>", "thunderbird", "Hot tub for a joint 60th",
      "One long paragraph (base64) with five questions; gravel, availability and price, and how many people are answered; the borehole water and the terms are not.",
      cu("11-11 22:40", """Hello,

I hope you're well. We're hosting a joint 60th for my husband and his twin brother on 5 December at our farmhouse near Tarrant Crawford, and a hot tub has been requested by more or less every grandchild. I've looked at your website but I'm still unsure about a few things, so bear with me. The farmhouse has a gravel yard; is gravel suitable, or do you need something solid underneath? Our water comes from a private borehole and is very hard, and I wondered whether that causes problems with the heater or the chemicals. We'd like it from the Friday to the Monday - is the Lodge available then, and what would that cost including delivery out here (it's at the end of a half-mile farm track)? I'd also appreciate it if you could tell me how many people you'd recommend in it at once with children involved. Finally, our insurance broker has asked for your terms so she can check we're covered - please send them over when you get a chance.

Many thanks,
Margaret Hollis""", uq=2, cte="base64"),
      ag("kerry", "11-12 09:15", """Dear Margaret,

What a lovely occasion! The Lodge is free 4-7 December: £349 for the weekend, and the farm track is no problem - delivery is free within 20 miles. Gravel is fine; we lay a base board on it first so the shell sits flat. With children in, I'd say four adults or six with little ones, and always with a grown-up in or beside the tub.

Kind regards,
Kerry""")),

    C("t46-snapped-clip-extra-info", "en", "closed", {},
      "Kieran Doyle <kierandoyle@outlook.example>", "android", "Lid won't close",
      "A second mail 20 minutes later adds the booking number and a photo (not a chase); the fix is arranged.",
      cu("11-07 09:10", """Hi, the tub lid won't close properly since last night, one of the clips has snapped off. Can someone come and look at it? We're here till Monday.

Kieran"""),
      cu("11-07 09:32", """Sorry, forgot to say - booking is TV-4468, and here's a photo of the clip.

Kieran""", attach=[("image/png", "clip.png", CLIP_PNG)]),
      ag("dan", "11-07 10:15", """Hi Kieran,

Thanks for the photo - that's the strap buckle, not the lid hinge, so it's a quick fix. The crew pass you at about 2 this afternoon and will fit a new one. Until then, just rest the lid flat on top.

Dan""")),

    C("t47-bank-details-closed", "en", "closed", {},
      "Ola Nowak <ola.nowak@onet.example>", "apple", "Deposit by bank transfer",
      "Deposit refund by transfer: details asked and given, 'I'm closing this ticket now', then a thanks-only mail that does not reopen it.",
      cu("11-11 15:00", """Hi,

How do we get the deposit back if we paid by bank transfer? Do you need our account details?

Thanks,
Ola Nowak"""),
      ag("priya", "11-11 16:30", """Dear Ola,

Yes please - reply with the account name, sort code and account number, and we'll pay it back within five working days of collection.

Kind regards,
Priya"""),
      cu("11-11 17:10", """Account name: O Nowak
Sort code: 20-45-77
Account number: 41239876

Ola"""),
      ag("priya", "11-12 09:00", """Thanks Ola - saved to your booking, and the deposit will go back once the tub has been collected. I'm closing this ticket now, but just reply if anything else comes up.

Priya""", closes=True),
      cu("11-12 09:20", """Perfect, thank you!

Ola""", thanks=True)),

    C("t48-rash-chemical-log", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Carla Jennings <carla.jennings@gmail.example>", "gmail", "Rash after using the tub",
      "A child's rash: the chemical is named, checking the test log is promised without a date and never reported; the refund request is not answered.",
      cu("11-16 13:00", """Hi,

We had the Bubble last weekend and my daughter came out in a rash on both arms after Saturday evening. Were the chemical levels checked before delivery? Could you send me the name of the chemical you use, so our GP can look it up? We'd also like the Sunday night refunded - we packed up early because of it.

Regards,
Carla Jennings""", uq=1),
      ag("gethin", "11-16 15:45", """Dear Carla,

I'm sorry to hear that - I hope she's feeling better. We use stabilised chlorine granules (sodium dichloroisocyanurate, sold as Clearwater Chlorine Granules), the same as most hire companies. I'll look at the water test log from your delivery and get back to you.

Kind regards,
Gethin""", promises=[("window", None)])),

    C("t49-friday-or-saturday", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Ian Petrie <ian.petrie@petriejoinery.example>", "owa", "TV-4548 delivery day",
      "Confirmation shows the wrong day; 'I'll confirm by end of day' kept the next afternoon after 'any news?'.",
      cu("11-17 08:30", """Hello,

Our booking TV-4548 (Lodge, 20-23 November) says Saturday delivery on the confirmation email, but we booked for Friday. Can you check which is right? We need it for Friday evening.

Thanks,
Ian Petrie"""),
      ag("kerry", "11-17 09:10", """Hi Ian,

Looks like the system has put you on Saturday's round. I need to check there's space on Friday's - I'll confirm by end of day.

Kerry""", promises=[("11-17", 4)]),
      cu("11-18 12:15", """Hi Kerry, any news? Still no confirmation and it's getting close now.

Ian""", chase=True),
      ag("kerry", "11-18 13:00", """Hi Ian,

Sorry - you're on Friday's round, between 4 and 7pm. A corrected confirmation has just gone out.

Kerry""")),

    C("t50-gazebo-only-lost-headers", "en", "closed", {},
      "Liam Crocker <liam.crocker@gmail.example>", "gmail", "Gazebo hire",
      "Support's reply lost its threading headers (RE: subject only) and still answers the one question.",
      cu("11-10 10:00", """Hi, do you hire out just the gazebo on its own? We've got our own tub.

Cheers,
Liam"""),
      ag("dan", "11-10 12:30", """Hi Liam,

Afraid not - the gazebos only go out with one of our tubs, as they're sized and anchored for them.

Dan""", thread=False)),

    C("t51-extras-partly-added", "en", "open",
      {"unanswered-question": 2, "customer-chased": 1, "awaiting-reply": 1},
      "Dave Sutcliffe <dave@sutcliffe-plumbing.example>", "gmail", "Extras for TV-4533",
      "Four extras asked for; LED lights and the cover lifter answered, the second set of steps and robes ignored; the customer chases and waits.",
      cu("11-13 10:00", """Hi Kerry,

For our booking TV-4533 (27-30 Nov) could we add the LED light kit? We'd also like a second set of steps, as the back door step is steep. Do you do robes? If so, four please. And is the cover lifter included, or is that extra?

Thanks,
Dave""", uq=2),
      ag("kerry", "11-13 12:00", """Hi Dave,

LED lights added (£15), and the cover lifter comes as standard on the Lodge.

Kerry"""),
      cu("11-16 18:20", """Hi Kerry, just checking in on the steps and the robes - did you see that part of my email?

Dave""", chase=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "t02-fortieth-towels": [
        "Could you also let me know if you provide towels and robes, or do we bring our own?"],
    "t05-hen-weekend-extras": [
        "Also what time will you collect on the Monday, as we have to be out by 10.",
        "And please send me the terms and conditions as a PDF so I can forward them to everyone chipping in."],
    "t10-split-headrest": [
        "Please confirm we won't be charged for it when you collect."],
    "t11-mariage-manoir": [
        "Par ailleurs, je voudrais savoir si vos spas peuvent être installés sur une pelouse, car la cour est pavée et en pente."],
    "t14-wind-warning-move": [
        "If we cancel because of the weather, do we get the deposit and the hire fee back?"],
    "t18-vat-invoice-po-number": [
        "Please add our PO number PO-88213 to the invoice as well - accounts won't process it otherwise."],
    "t19-garten-mit-gefaelle": [
        "Außerdem würde mich interessieren, ob wir für die Weihnachtstage (24.-28.12.) einen Rabatt bekommen, wenn wir vier Nächte buchen."],
    "t20-caution-retenue": [
        "J'aimerais également recevoir les photos prises lors de l'enlèvement du spa."],
    "t23-navidad-factura": [
        "Por último, necesito que la factura vaya a nombre de mi empresa, Cerámicas Puig S.L., con el CIF B46123987, porque la pago con la tarjeta de la empresa."],
    "t26-reenvio-restaurante": [
        "¿Y hay algún problema si la terraza está en un primer piso?"],
    "t27-deckelgurt-kaution": [
        "Können Sie mir außerdem sagen, warum die Erstattung der restlichen Kaution fast zwei Wochen gedauert hat?"],
    "t30-seminaire-devis-tardif": [
        "Enfin, merci de nous indiquer si vous acceptez le paiement par virement SEPA."],
    "t31-rugby-club-social": [
        "Do you do any sort of discount for clubs or charities?",
        "And do we need our own public liability insurance, or does yours cover it?"],
    "t34-crichel-arms-wellness": [
        "Could you send the PAT test certificates for the tubs too?"],
    "t38-date-change-then-more": [
        "Could you also send me the safety sheet your crew mentioned last time?"],
    "t39-crew-three-hours-late": [
        "Could you also put a note on our account that we need a phone call if the crew are running late?"],
    "t43-same-subject-harriet": [
        "I would also like to know if you can supply a lockable cover, as the garden is shared with the holiday let next door."],
    "t45-farmhouse-sixtieth-base64": [
        "Our water comes from a private borehole and is very hard, and I wondered whether that causes problems with the heater or the chemicals.",
        "Finally, our insurance broker has asked for your terms so she can check we're covered - please send them over when you get a chance."],
    "t48-rash-chemical-log": [
        "We'd also like the Sunday night refunded - we packed up early because of it."],
    "t51-extras-partly-added": [
        "We'd also like a second set of steps, as the back door step is steep.",
        "Do you do robes?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket reference for the message ``key`` (stable, derived from the key)."""
    return f"TVH-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=DESK, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", DESK),
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
        o.pop("subject", None)
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
    return mailcraft.cases_table("Practice corpus 91: Tarrant Valley Hot Tub Hire - cases",
                                 "make_practice91_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.tarranthottubs.example")
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
    """Command line: regenerate tests/practice91 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
