#!/usr/bin/env python3
"""Regenerate ``tests/practice51/``: a labelled corpus of Inkwell Lane Books.

A support mailbox of a fictional independent bookshop in Bath (special orders and
out-of-print searches, book subscriptions, signed and dedicated editions, author events and
tickets, school and library accounts, shipping abroad), written without looking at the
detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up
window 2 days, close-after 7 days, handoff limit 2), support domain ``inkwelllane.example``.

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

Usage: python scripts/make_practice51_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "inkwelllane.example"
HELLO = "Inkwell Lane Books <hello@inkwelllane.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nell": ("Nell Ashdown <nell@inkwelllane.example>", "thunderbird", """-- 
Nell Ashdown
Special Orders | Inkwell Lane Books
14 Inkwell Lane, Bath BA1 2QP | 01225 480 317
Can't find it? We probably can: https://inkwelllane.example/special-orders?src=sig"""),
    "callum": ("Callum Brodie <callum@inkwelllane.example>", "outlook", """Callum Brodie
Subscriptions & Shipping | Inkwell Lane Books
This email and any attachments are confidential. If you received it in error, please let us know and delete it."""),
    "priya": ("Priya Lennox <priya@inkwelllane.example>", "apple", """Priya Lennox
Events & Tickets | Inkwell Lane Books
What's on: https://inkwelllane.example/events?month=12&ref=email"""),
    "gideon": ("Gideon Marsh <gideon@inkwelllane.example>", "owa", """Gideon Marsh
Schools & Libraries | Inkwell Lane Books
Trade accounts Mon-Fri 9-5. Need a quote? Reply with ISBNs and quantities."""),
    "friederike": ("Friederike Lamm <friederike@inkwelllane.example>", "thunderbird_de", """-- 
Friederike Lamm
Kundenservice Deutschland/Österreich/Schweiz | Inkwell Lane Books
https://inkwelllane.example/de?ref=signatur"""),
    "solene": ("Solène Dumas <solene@inkwelllane.example>", "apple_fr", """Solène Dumas
Service client francophone | Inkwell Lane Books
https://inkwelllane.example/fr?utm_source=mail"""),
    "lucia": ("Lucía Ferrer <lucia@inkwelllane.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente | Inkwell Lane Books
+44 1225 480 319"""),
}

ACK = """Hello,

Thanks for getting in touch with Inkwell Lane Books. This is an automatic reply to let
you know your message has reached us (reference {ref}).

Our team answers email Monday to Saturday, 9am to 5pm, and we aim to reply within one
working day. If your question is about an event happening tonight, please ring the shop
on 01225 480 317.

Happy reading,
Inkwell Lane Books
https://inkwelllane.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: QUALCOMM Windows Eudora Version 7.1.0.9"],
    "helpdesk": ["X-Mailer: Inkwell Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="il.", outlook_server="CWLP26")
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
    """A reply by support agent ``who`` at ``when`` (Bath time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Bath: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

INVOICE_PDF = mailcraft.pdf(["Inkwell Lane Books - Invoice INV-30917 - COPY",
                             "North Somerset Libraries, Portishead branch stock",
                             "October 2026: 46 titles, library discount 30%",
                             "Total GBP 612.35 - zero-rated"])
STATEMENT_PDF = mailcraft.pdf(["Inkwell Lane Books - Statement of account NSL-004",
                               "Open items at 10 November 2026:",
                               "INV-30917  GBP 612.35",
                               "Balance due GBP 612.35"])
RETURNS_PDF = mailcraft.pdf(["Royal Mail Tracked Returns - prepaid label",
                             "From: H. Penrose, Bath  To: Inkwell Lane Books, 14 Inkwell Lane",
                             "Valid until 11 December 2026",
                             "Ref IL-RTN-8841"])
PROFORMA_PDF = mailcraft.pdf(["Inkwell Lane Books - Factura proforma PF-2611-07",
                              "British School of Valencia - 140 ejemplares",
                              "Descuento colegios 20% - envio incluido",
                              "Total GBP 1,046.80"])
DEVIS_PDF = mailcraft.pdf(["Inkwell Lane Books - Devis D-2611-19",
                           "Lycee Montaigne, Bordeaux",
                           "35 x The Curious Incident of the Dog in the Night-Time, GBP 7.20",
                           "Transport GBP 41.00 - Total GBP 293.00"])
CLASSICS_PDF = mailcraft.pdf(["Inkwell Lane Books - Selection Penguin Clothbound Classics",
                              "30 titres: Austen, Bronte, Dickens, Hardy, Eliot, Woolf, Forster",
                              "Reliure toile - GBP 15.99 piece environ",
                              "Total GBP 479.00 hors frais de port"])
SCHOOL_QUOTE_PDF = mailcraft.pdf(["Inkwell Lane Books - Quotation Q-2611-052",
                                  "Widcombe Infant School - PTA library fund",
                                  "64 picture books and early readers, ages 4-7, UK editions",
                                  "Total GBP 598.40 after schools discount"])
COLLECTION_PDF = mailcraft.pdf(["Hollybrook School - Collection note",
                                "12 x Philip's Primary Atlas, damaged on arrival",
                                "Collected 28 October 2026 by courier",
                                "Against invoice INV-30744"])
CRUSHED_PNG = mailcraft.png(10, 10, lambda x, y: (120 + 10 * x, 90 + 6 * y, 60))
DEDICATION_PNG = mailcraft.png(14, 9, lambda x, y: (250 - 3 * x, 246 - 2 * y, 232))
DUSTJACKET_PNG = mailcraft.png(9, 14, lambda x, y: (40 + 4 * y, 60 + 5 * x, 120))
READING_LIST_CSV = ("curso,titulo,autor,ejemplares\n"
                    "Year 3,The Iron Man,Ted Hughes,28\n"
                    "Year 5,Wonder,R. J. Palacio,30\n"
                    "Year 7,Holes,Louis Sachar,26\n"
                    "Year 9,Of Mice and Men,John Steinbeck,28\n"
                    "Year 11,An Inspector Calls,J. B. Priestley,28\n").encode()
CLIENTS_CSV = ("client,dedication\n"
               "Harriet Monk,For Harriet - with thanks for a wonderful year\n"
               "Julian Oduya,For Julian - here's to the next project\n"
               "Pia Sandström,For Pia - with warmest wishes\n").encode()

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("i01-hollis-out-of-print", "en", "closed", {},
      "Margaret Hollis <mhollis@quarrybank.example>", "gmail", "Looking for an out-of-print Rosemary Sutcliff",
      "Out-of-print search: copy found, no deposit, how long searches take - answered in one reply, out of order; the go-ahead is confirmed.",
      cu("11-02 10:12", """Hello,

My granddaughter has fallen for Rosemary Sutcliff and I'd love to give her "The Shield Ring" for Christmas - but the edition I had as a girl seems to be long out of print. Is there any chance you could track down a copy? Hardback if possible, but a good paperback would do.

I was also wondering how long these searches usually take, and whether you need a deposit up front.

With thanks,
Margaret Hollis"""),
      ag("nell", "11-02 14:40", """Dear Margaret,

What a lovely present. No deposit needed - you only pay once we've found a copy and you're happy with its condition and price. Most searches take one to three weeks, and Sutcliff turns up fairly often.

In fact I've already spotted a 1972 Oxford hardback with its dust jacket at a dealer in York: £18, plus £3.50 for him to post it to the shop. Shall I go ahead?

Warm wishes,
Nell"""),
      cu("11-02 15:05", """Yes please - go ahead! Thank you so much.

Margaret"""),
      ag("nell", "11-03 09:30", """Dear Margaret,

Done - it's paid for and the dealer posts today, so it should be on our counter by the end of the week. You can collect it, or we can post it on to you for £3.20.

Warm wishes,
Nell""")),

    C("i02-fenwick-gift-subscription", "en", "closed", {},
      "Tobias Fenwick <tobias.fenwick@brightwater-partners.example>", "outlook", "Gift subscription for my sister",
      "Three numbered questions about a gift subscription answered inline under each quoted line.",
      cu("11-04 12:31", """Hi,

I'd like to give my sister a six-month fiction subscription. A few questions before I order:

1. Can it start with the December box rather than November's?
2. Will the first box reach her before the 18th? She flies to Canada on the 19th.
3. Is there a way to make sure no prices appear anywhere in the parcel?

She lives in Cardiff, if that matters.

Thanks,
Tobias Fenwick"""),
      ag("callum", "11-04 15:02", """Hi Tobias,

Answers below.

> 1. Can it start with the December box rather than November's?

Yes - choose "Start: December" at checkout.

> 2. Will the first box reach her before the 18th? She flies to Canada on the 19th.

December boxes leave us on 8 December by Royal Mail Tracked 48, so Cardiff should have it by the 10th.

> 3. Is there a way to make sure no prices appear anywhere in the parcel?

Gift boxes never carry prices. Tick "This is a gift" and add your message - that's all she'll see.

Best wishes,
Callum""", quote=False)),

    C("i03-st-brannocks-class-set", "en", "pending", {"unanswered-question": 2},
      "Alison Teague <library@stbrannocks.example>", "gmail", "Class set of Skellig - quote please",
      "School librarian asks for a quote, whether a purchase order will do and whether a date is doable; only the quote comes back.",
      cu("11-16 08:47", """Good morning,

Year 8 are starting Skellig after Christmas and I need a class set. Please could you quote for 32 copies of the paperback (Hodder edition)?

Could you let me know whether we can pay on account against a purchase order rather than by card? Our new finance system doesn't cope well with card payments.

We'd need the books in school by Friday 4 December at the latest, as the department wants to label them before the holidays - is that doable?

Many thanks,
Alison Teague
Librarian, St Brannock's School""", uq=2),
      ag("gideon", "11-16 11:20", """Hi Alison,

Thanks for thinking of us. 32 copies of Skellig come to £195.20 with the 20% schools discount (£6.10 each instead of £7.99), and delivery is free. I've reserved them in our system under the school's name for two weeks.

Kind regards,
Gideon""")),

    C("i04-achterberg-dedicated-copy", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Rowan Achterberg <rowan.a@fernmail.example>", "apple", "Signed copies of The Salt Orchard?",
      "Whether a signed copy can be dedicated: 'I'll let you know by Thursday' never kept; the customer asks for news and hears nothing.",
      cu("11-09 19:05", """Hi there,

I saw on Instagram that you'll have signed copies of Imogen Thrale's The Salt Orchard. Are they just signed, or can you get one dedicated to a name? It's for my mum's 70th.

Rowan"""),
      ag("priya", "11-10 10:15", """Hi Rowan,

Happy birthday to your mum! The signed copies come from Imogen's visit on 26 November, so a dedication may well be possible - I'm checking with her publicist and will let you know by Thursday.

Best,
Priya""", promises=[("11-12", None)]),
      cu("11-17 08:30", """Hi Priya,

Any news from the publicist? I'd need to order this week if it's going to be dedicated.

Thanks,
Rowan""", chase=True)),

    C("i05-pemberton-access", "en", "closed", {},
      "Dilys Pemberton <dilys.pemberton@hartfield.example>", "thunderbird", "Evening with Tom Farrow - access",
      "Step-free access, a carer's ticket and a hearing loop: all three answered in one flowing paragraph; thanks-only reply.",
      cu("11-05 11:40", """Dear Inkwell Lane,

I've booked a ticket for the evening with Tom Farrow on the 12th. I use a wheelchair and wondered whether the events room is step-free. My husband comes with me as my carer - does he need a ticket of his own? And is there a hearing loop? His hearing isn't what it was.

Kind regards,
Dilys Pemberton"""),
      ag("priya", "11-05 14:10", """Dear Dilys,

The events room is on the ground floor with level access from the Cobb Street door, and we keep the front row clear for wheelchair users - I've reserved a space there for you. Carers come free, so I've simply added a companion place for your husband to your booking. The room is looped too; he just needs to switch his hearing aids to T.

See you on the 12th,
Priya"""),
      cu("11-05 15:22", """That's wonderful, thank you so much for making it so easy.

Dilys""", thanks=True)),

    C("i06-brandstaetter-wien", "de", "closed", {"unanswered-question": 1},
      "Matthias Brandstätter <m.brandstaetter@brandstaetter-wien.example>", "gmail_de", "Bestellung nach Wien - Versand und Zoll",
      "Austrian customer: shipping cost and transit time answered, books put aside on request; the customs question (after a bad experience) is never touched.",
      cu("11-03 09:15", """Sehr geehrte Damen und Herren,

ich würde gern fünf Bücher bei Ihnen bestellen (Liste unten) und nach Wien liefern lassen. Was kostet der Versand nach Österreich, und wie lange ist ein Paket ungefähr unterwegs? Außerdem interessiert mich, ob beim Empfang Zoll oder Einfuhrumsatzsteuer anfällt - bei einer Bestellung aus England im letzten Jahr musste ich 23 Euro an der Tür nachzahlen, und das möchte ich ungern wiederholen.

- Sebastian Barry, Days Without End
- Elizabeth Strout, Lucy by the Sea
- Ali Smith, Companion Piece
- Kazuo Ishiguro, Klara and the Sun (Taschenbuch)
- Maggie O'Farrell, The Marriage Portrait

Mit freundlichen Grüßen
Matthias Brandstätter""", uq=1),
      ag("friederike", "11-03 11:30", """Sehr geehrter Herr Brandstätter,

vielen Dank für Ihre Anfrage. Alle fünf Titel sind vorrätig. Für die fünf Bücher (etwa 2,3 kg) berechnen wir nach Österreich 14,90 £ mit Sendungsverfolgung; die Pakete sind in der Regel 5 bis 7 Werktage unterwegs.

Wenn Sie möchten, lege ich die Bücher schon zurück - eine kurze Antwort genügt.

Mit freundlichen Grüßen
Friederike Lamm"""),
      cu("11-03 18:40", """Ja, bitte legen Sie sie zurück, ich bestelle heute Abend noch online.

Gruß
M. Brandstätter"""),
      ag("friederike", "11-04 08:50", """Guten Morgen Herr Brandstätter,

erledigt - die fünf Bücher liegen mit Ihrem Namen im Regal hinter der Kasse, bis Ihre Online-Bestellung eingeht.

Mit freundlichen Grüßen
Friederike Lamm"""), tz=1),

    C("i07-marchetti-abonnement", "fr", "closed", {},
      "Hélène Marchetti <helene.marchetti@orange-mail.example>", "apple_fr", "Abonnement pour mon fils (en anglais)",
      "French mother: reading level for a non-native teenager and whether postage to France is included - answered in reverse order.",
      cu("11-06 21:10", """Bonjour,

Mon fils de 15 ans est en section européenne et son professeur d'anglais lui conseille de lire davantage en VO. Je pensais lui offrir votre abonnement « Young Adult » pour Noël.

Est-ce que les livres sont adaptés à un lecteur dont l'anglais n'est pas la langue maternelle ? Et je voudrais savoir si les frais de port vers la France sont compris dans le prix de 16 £ par mois.

Merci d'avance,
Hélène Marchetti"""),
      ag("solene", "11-07 10:05", """Bonjour Madame Marchetti,

Pour la France, il faut compter 4,50 £ de port en plus par mois, soit 20,50 £ au total.

Quant au niveau : nous choisissons surtout des romans contemporains à la langue assez directe. Pour un élève de section européenne, c'est tout à fait accessible, et si vous cochez « lecteur non natif » dans le formulaire, nous évitons les textes trop chargés en argot.

Bien cordialement,
Solène"""), tz=1),

    C("i08-quintana-firmado", "es", "closed", {"missed-follow-up": 1},
      "Álvaro Quintana <alvaro.quintana@correo-madrid.example>", "gmail_es", "Ejemplar firmado de The Salt Orchard",
      "Madrid reader wants a signed copy posted: price and postage given, 'te confirmo mañana' delivered two days late.",
      cu("11-10 13:20", """Hola:

Vivo en Madrid y soy muy fan de Imogen Thrale. He visto que vais a tener ejemplares firmados de The Salt Orchard. ¿Me podéis reservar uno y enviármelo a Madrid? ¿Cuánto costaría con el envío?

Un saludo,
Álvaro Quintana"""),
      ag("lucia", "11-10 15:45", """Hola, Álvaro:

¡Gracias por escribirnos! El libro cuesta 20 £ y el envío a España con seguimiento son 9,50 £. Los ejemplares firmados llegan con la visita de la autora el 26 de noviembre y ya hay bastante lista de espera, así que tengo que comprobar cuántos quedan libres. Te confirmo mañana si te puedo reservar uno.

Un saludo,
Lucía""", promises=[("11-11", 3)]),
      ag("lucia", "11-13 09:40", """Hola de nuevo, Álvaro:

Perdona el retraso. Buenas noticias: te he reservado un ejemplar firmado. Sale de aquí el 27 de noviembre, en cuanto la autora los haya firmado. Puedes pagarlo aquí: https://inkwelllane.example/pay?ref=IL-58213&lang=es

Un saludo,
Lucía""", parent=2), tz=1),

    C("i09-okonjo-copy-invoice", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Beverley Okonjo <b.okonjo@northsomerset-libraries.example>", "outlook", "Copy invoice INV-30917 and statement",
      "Library asks for a copy invoice and a statement on a Friday; only the acknowledgement until she follows up on Tuesday; both PDFs then attached.",
      cu("11-06 09:10", """Hello,

Could you please send me a copy of invoice INV-30917 (October, Portishead branch stock) and a statement of our account to date? Our finance team are closing the quarter and can't find the original.

Regards,
Beverley Okonjo
Stock Services, North Somerset Libraries"""),
      ack("11-06 09:11"),
      cu("11-10 08:55", """Hello again,

Just following up on the below - I'd be grateful for the copy invoice and statement today if at all possible, as finance are now chasing me.

Regards,
Beverley""", chase=True, parent=1),
      ag("gideon", "11-10 10:30", """Hi Beverley,

Sorry for the wait - both attached. The statement shows INV-30917 as the only open item.

Kind regards,
Gideon""", attach=[("application/pdf", "INV-30917-copy.pdf", INVOICE_PDF),
                   ("application/pdf", "statement-NSL-004.pdf", STATEMENT_PDF)])),

    C("i10-verity-ticket-transfer", "en", "closed", {},
      "Jonah Verity <jonahverity@pebblemail.example>", "iphone", "Can't make Thursday's poetry night",
      "Refund or transfer? Refund window has closed, transfer offered; the friend's name is sent and confirmed.",
      cu("11-09 17:45", """Hi, I've got a ticket for the poetry night on Thursday but I'm stuck at work now. Can I get a refund, or pass my ticket to a friend instead?

Jonah

Sent from my iPhone"""),
      ag("priya", "11-10 09:20", """Hi Jonah,

Refunds close 48 hours before an event, so passing it on is the way to go - send me your friend's name and she'll be on the door list.

Priya"""),
      cu("11-10 09:41", """Brilliant - her name's Freya Lund. Thanks!

Jonah

Sent from my iPhone"""),
      ag("priya", "11-10 10:02", """Done - Freya's on the list for Thursday. She just gives her name at the door.

Priya""")),

    C("i11-garrow-window-penguin", "en", "pending", {},
      "Ned Garrow <ned@garrowandsons.example>", "thunderbird", "The 1963 Penguin Orwell in your window",
      "A rhetorical question and a question the customer answers himself around one real request (hold until Saturday), which is granted.",
      cu("11-17 12:05", """Hello,

Walked past on Sunday and spotted the orange Penguin "Down and Out in Paris and London" in your window - 1963 printing, I think. Who knew a paperback could cost £45? Not complaining, mind; it's in lovely shape.

Could you hold it for me until Saturday so I can have a proper look? I'd need an order reference for that, wouldn't I? Actually no - your website says holds just go under a surname, so "Garrow" it is.

Cheers,
Ned Garrow"""),
      ag("nell", "11-17 14:30", """Hi Ned,

It's out of the window and on the hold shelf under Garrow until we close on Saturday (5:30pm). It's the fourth printing, by the way - you've a good eye.

Best,
Nell""")),

    C("i12-siddiqui-pause", "en", "closed", {"missed-follow-up": 1},
      "Farah Siddiqui <farah.siddiqui@lumen-design.example>", "gmail", "Pausing my subscription in January",
      "Subscription paused at once; the store-credit question is deferred with 'I'll get back to you' (no deadline) and never answered.",
      cu("11-05 20:30", """Hi,

I'm travelling for most of January, so please pause my crime subscription for that month.

Also, I've still got £15 credit on my account from the damaged book in the summer - will that be lost if the subscription is paused, or does it carry over?

Thanks,
Farah"""),
      ag("callum", "11-06 10:10", """Hi Farah,

January is paused - you'll get December's box as usual and the next one on 8 February.

The credit sits in a separate system from the subscriptions, so I want to check with our accounts team before I promise anything. I'll get back to you.

Best wishes,
Callum""", promises=[("window", None)])),

    C("i13-tallis-melbourne", "en", "pending", {},
      "Gwen Tallis <gwen.tallis@tallisfamily.example>", "gmail", "Posting books to Melbourne",
      "Postage to Australia and the last order date for Christmas, answered with two bare figures.",
      cu("11-18 07:55", """Hello!

I'd like to send three hardbacks to my son in Melbourne for Christmas (a crime novel, a cookery book and an enormous atlas - so heavy!). What would the postage be, tracked? And realistically, what's the last day I can order if they're to arrive by the 25th?

Gwen""", kind="alt"),
      ag("callum", "11-18 10:40", """Hi Gwen,

Tracked to Australia, about 4 kg: £38.60 (7-12 working days).
Last order date for Christmas delivery: 1 December.

Best wishes,
Callum""")),

    C("i14-hennig-klassensaetze", "de", "closed", {"unanswered-question": 2},
      "Dr. Ulrike Hennig <u.hennig@gymnasium-am-kreuzberg.example>", "outlook_de", "Klassensätze englische Lektüre",
      "German grammar school orders three class sets: delivery timing and a total answered; the volume-discount question and the invoice instruction are ignored.",
      cu("11-04 10:20", """Sehr geehrte Damen und Herren,

für unsere Englisch-Oberstufe benötigen wir zum zweiten Halbjahr drei Klassensätze:

- 28 x George Orwell, Animal Farm (Penguin Modern Classics)
- 26 x Harper Lee, To Kill a Mockingbird
- 24 x Kazuo Ishiguro, Never Let Me Go

Gewähren Sie Schulen einen Mengenrabatt? Die Rechnung muss an den Schulträger gehen und unsere Umsatzsteuer-Identifikationsnummer DE 811 204 367 enthalten, bitte stellen Sie sie entsprechend aus. Für die Planung wäre außerdem wichtig, bis wann die Bücher bei uns sein können - das Halbjahr beginnt am 1. Februar.

Mit freundlichen Grüßen
Dr. Ulrike Hennig
Fachbereichsleitung Englisch, Gymnasium am Kreuzberg""", uq=2),
      ag("friederike", "11-04 13:15", """Sehr geehrte Frau Dr. Hennig,

vielen Dank für Ihre Anfrage. Alle drei Titel können wir in der gewünschten Menge liefern. Wenn Sie bis Mitte Dezember bestellen, sind die Bücher spätestens Mitte Januar bei Ihnen, also rechtzeitig vor dem 1. Februar.

Die Gesamtsumme für die 78 Bücher beträgt 672,40 £ zuzüglich 38 £ Versand.

Mit freundlichen Grüßen
Friederike Lamm"""), tz=1),

    C("i15-lacoste-rencontre", "fr", "closed", {},
      "Bertrand Lacoste <b.lacoste@lacoste-conseil.example>", "apple_fr", "Rencontre avec Claire Vautrin le 3 décembre",
      "Language of an author talk and bringing one's own French copies for signing - both answered; thanks-only reply.",
      cu("11-08 18:20", """Bonjour,

J'ai réservé deux places pour la rencontre avec Claire Vautrin le 3 décembre. Deux petites questions : la discussion se fera-t-elle en français ou en anglais ? Ma femme ne parle pas bien l'anglais. Et est-ce que je peux apporter mes propres exemplaires (en français) pour la séance de dédicaces, ou faut-il acheter le livre chez vous ?

Bien à vous,
Bertrand Lacoste"""),
      ag("solene", "11-09 09:30", """Bonjour Monsieur Lacoste,

La rencontre se déroulera en anglais, mais Claire Vautrin lira deux passages en français et répondra volontiers en français aux questions du public. Votre épouse ne sera pas perdue !

Pour les dédicaces, apportez sans souci vos propres exemplaires : l'autrice signe tout ce qu'on lui tend.

Bien cordialement,
Solène"""),
      cu("11-09 10:42", """Parfait, merci beaucoup pour cette réponse rapide.

B. Lacoste""", thanks=True), tz=1),

    C("i16-beltran-proforma", "es", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Nuria Beltrán <biblioteca@britishschool-valencia.example>", "gmail_es", "Pedido de lecturas para el segundo trimestre",
      "School in Valencia: proforma promised 'el lunes como muy tarde', sent on Wednesday after '¿Hay alguna novedad?'; the two-boxes request is never answered.",
      cu("11-03 09:40", """Buenos días:

Somos el colegio británico de Valencia y querríamos hacer un pedido grande de libros de lectura para el segundo trimestre (adjunto la lista: 140 ejemplares en total).

Necesitamos una factura proforma para poder tramitar el pago por transferencia, ya que nuestro departamento de administración no paga sin ella. Por otro lado, ¿pueden enviar los libros en dos cajas separadas, una para primaria y otra para secundaria? Nos facilita mucho el reparto.

Muchas gracias,
Nuria Beltrán
Biblioteca - British School of Valencia""", uq=1, attach=[("text/csv", "lecturas-2T.csv", READING_LIST_CSV)]),
      ag("lucia", "11-03 12:10", """Hola, Nuria:

Gracias por el pedido. Tengo que confirmar la disponibilidad de un par de títulos con la distribuidora; en cuanto lo tenga, te envío la proforma, el lunes como muy tarde.

Un saludo,
Lucía""", promises=[("11-09", 4)]),
      cu("11-11 10:05", """Hola, Lucía:

¿Hay alguna novedad con la proforma? Administración me la sigue pidiendo.

Gracias,
Nuria""", chase=True),
      ag("lucia", "11-11 11:30", """Hola, Nuria:

Disculpa la demora, la distribuidora tardó más de lo previsto. Te adjunto la proforma PF-2611-07 con los 140 ejemplares; están todos disponibles.

Un saludo,
Lucía""", attach=[("application/pdf", "PF-2611-07.pdf", PROFORMA_PDF)]), tz=1),

    C("i17-ashe-forwarded-dispatch", "en", "closed", {},
      "Simon Ashe <simon.ashe@ashe-consulting.example>", "outlook", "FW: Your Inkwell Lane order IL-57702 has been dispatched",
      "HTML-only mail forwarding the dispatch confirmation (whose footer asks 'Questions about your order?'); the parcel is traced; thanks-only reply.",
      cu("11-09 08:30", """Hi,

See below - this says my order went out on 3 November but nothing has arrived yet. Can you check where it's got to? It's a birthday present for Saturday.

Simon

________________________________
From: Inkwell Lane Books <orders@inkwelllane.example>
Sent: Tuesday, November 3, 2026 4:12 PM
To: Simon Ashe <simon.ashe@ashe-consulting.example>
Subject: Your Inkwell Lane order IL-57702 has been dispatched

Good news - your order is on its way!

1 x The Salt Orchard (hardback), £20.00
Delivery: Royal Mail Tracked 48
Tracking: https://track.royalmail.example/?ref=RM448120935GB

Questions about your order? Just reply to this email or visit https://inkwelllane.example/help?order=IL-57702.

Inkwell Lane Books, 14 Inkwell Lane, Bath BA1 2QP""", kind="html"),
      ag("callum", "11-09 11:05", """Hi Simon,

I've been on to Royal Mail: the parcel was mis-sorted at Swindon and is now at your local delivery office, due with you tomorrow (Tuesday). If it still hasn't turned up by Thursday, tell me and we'll send a replacement by Special Delivery so it's with you before Saturday.

Best wishes,
Callum"""),
      cu("11-10 18:30", """It arrived this afternoon - thanks for chasing it up, Callum.

Simon""", thanks=True)),

    C("i18-maclean-gift-card", "en", "closed", {},
      "Kirsty Maclean <kirsty.maclean@glenview-mail.example>", "android", "Gift card",
      "Two gift-card questions: a link for the balance, a sentence for online use.",
      cu("11-07 16:20", """Hi, I was given one of your gift cards for my birthday. How do I check how much is left on it? And can I use it on the website or only in the shop?

Kirsty

Get Outlook for Android"""),
      ag("callum", "11-07 16:55", """Hi Kirsty,

https://inkwelllane.example/giftcards/balance?src=email - you'll need the 16-digit number on the back and the PIN under the scratch strip.

Online is fine too: there's a "Gift card" box at checkout, and anything left over stays on the card.

Best wishes,
Callum""")),

    C("i19-dacre-book-club", "en", "closed", {"unanswered-question": 1},
      "Pauline Dacre <pauline.dacre@widcombe-readers.example>", "gmail", "Monthly copies for our book club",
      "Book club: the discount question is answered and the first order placed; the large-print request for two members is not mentioned.",
      cu("11-02 18:15", """Dear Inkwell Lane,

I run the Widcombe Readers, a book club of twelve. Until now everyone has bought their own copy, but we'd like to order through you each month instead - it's simpler, and we'd rather support an independent shop.

Is there any discount for a regular order of 12 copies? And two of our members have poor eyesight, so could you also order large-print editions for them whenever one exists?

Our next book is Small Things Like These by Claire Keegan.

Best wishes,
Pauline Dacre""", uq=1),
      ag("nell", "11-03 10:30", """Dear Pauline,

We'd be delighted. Book clubs ordering 10 or more copies of a title get 15% off, and we keep the copies together behind the counter for collection. Twelve copies of Small Things Like These are ordered and will be here by the 10th.

Warm wishes,
Nell""")),

    C("i20-lindqvist-crushed-corner", "en", "open", {"awaiting-reply": 1},
      "Harvey Lindqvist <harvey.lindqvist@stonechat.example>", "gmail", "Book arrived with a crushed corner",
      "Damaged hardback with a photo; only the helpdesk acknowledgement, no human reply for over two days.",
      cu("11-18 08:05", """Hi,

My order IL-58040 arrived this morning but the hardback (The Salt Orchard) has a badly crushed corner - the box looks like it was dropped. Photo attached. Could you send a replacement? I don't need to return this one, do I?

Harvey""", attach=[("image/png", "IMG_2231.png", CRUSHED_PNG)]),
      ack("11-18 08:06")),

    C("i21-brennan-story-morning", "en", "open", {},
      "Orla Brennan <orla.brennan@kestrelhouse.example>", "iphone", "Tickets for the children's story morning",
      "Fresh question on the morning of the audit; only the acknowledgement so far, still inside the response target.",
      cu("11-20 10:25", """Hello, are there still tickets for the Saturday story morning on 28 November? I'd need three, for two kids (5 and 7) and me. Do grown-ups need a ticket too?

Orla

Sent from my iPhone"""),
      ack("11-20 10:26")),

    C("i22-tulloch-waiting-list", "en", "closed", {},
      "Maureen Tulloch <mtulloch@ashgrove-mail.example>", "thunderbird", "Sold out - waiting list for Imogen Thrale?",
      "'She'll confirm your place on the list by tomorrow' - kept the next morning by the colleague named.",
      cu("11-04 09:50", """Good morning,

I see the Imogen Thrale evening on the 26th is sold out. Is there a waiting list I could join? I'd only need the one ticket.

Maureen Tulloch"""),
      ag("priya", "11-04 11:00", """Dear Maureen,

There is. My colleague Nell is looking after it this week while I'm at the book fair, and she'll confirm your place on the list by tomorrow.

Best,
Priya""", promises=[("11-05", 3)]),
      ag("nell", "11-05 09:15", """Dear Maureen,

You're on the waiting list for the 26th - number 4. Returns usually come in during the last week, and the booking system emails everyone on the list automatically the moment a ticket is handed back.

Best,
Nell""", parent=2)),

    C("i23-montague-trade-account", "en", "closed", {"many-handoffs": 1},
      "Rafael Montague <r.montague@avonmead-college.example>", "outlook", "New college library account",
      "Trade account, reading-group books and an author visit: answered by three different agents (schools, subscriptions cover, events), one reply with a References gap.",
      cu("11-02 09:30", """Hello,

We're the library at Avonmead Sixth Form College and would like to open a trade account with you. What do you need from us to set it up?

Regards,
Rafael Montague
Learning Resources Manager, Avonmead Sixth Form College"""),
      ag("gideon", "11-02 11:00", """Hi Rafael,

Just the form at https://inkwelllane.example/trade/apply plus the name of whoever raises your purchase orders. Accounts are usually open within a day.

Kind regards,
Gideon"""),
      cu("11-03 14:20", """Thanks - form submitted. Can we also get our students' reading-group books through the account, or does that have to be separate? And we'd like to book an author visit in the spring - who do I speak to?

Rafael"""),
      ag("callum", "11-03 16:00", """Hi Rafael,

Gideon's out today, so I'm picking this up. Your account is live (number TR-2291) and reading-group books can go through it as well - just put "reading group" on the PO so they're invoiced together.

For the author visit I've copied in Priya, who runs our events.

Best wishes,
Callum""", cc="Priya Lennox <priya@inkwelllane.example>"),
      ag("priya", "11-04 10:10", """Hi Rafael,

Lovely to hear from you. Author visits cost the college nothing as long as you take 40 books for the event, and here is who's touring between March and May, with the dates they're free: https://inkwelllane.example/events/schools-spring-2027?ref=TR-2291

Best,
Priya""", refs=[1, 4])),

    C("i24-penrose-wrong-book", "en", "closed", {"reopened": 1},
      "Hugh Penrose <hugh.penrose@penrose-arch.example>", "apple", "Wrong book in my parcel",
      "Wrong book swapped and the case marked resolved; a week later the returns label will not scan, so the customer writes again.",
      cu("11-02 12:10", """Hi,

I ordered Robert Macfarlane's "Underland" and got "Landmarks" instead. Can you swap it? Happy to post Landmarks back.

Hugh"""),
      ag("nell", "11-02 15:30", """Hi Hugh,

Sorry about that - a shelving mix-up. Underland went out to you this afternoon by first class, and I've emailed you a prepaid returns label for Landmarks. I'll mark this as resolved, but just reply if anything else goes astray.

Best,
Nell""", closes=True),
      cu("11-10 19:00", """Hi Nell,

Underland arrived, thanks. But the returns label won't scan at the post office - they say the barcode has expired. Could you send a new one?

Hugh"""),
      ag("nell", "11-11 09:10", """Hi Hugh,

Sorry! New label attached - this one is valid for 30 days.

Best,
Nell""", attach=[("application/pdf", "returns-label-IL-RTN-8841.pdf", RETURNS_PDF)])),

    C("i25-beckett-ottolenghi", "en", "closed", {},
      "Lorraine Beckett <l.beckett@beckett-lettings.example>", "outlook", "Cookery book for a Christmas present",
      "Stock and gift-wrap question answered; the customer's Outlook out-of-office reply lands in the thread.",
      cu("11-03 11:45", """Hello, do you have the new Ottolenghi in stock, and could you gift-wrap it if I collect on Saturday?

Lorraine Beckett
Beckett Lettings"""),
      ag("nell", "11-03 13:00", """Hi Lorraine,

We have four copies. One is put aside for you, and it'll be wrapped and waiting at the till on Saturday - wrapping is free.

Best,
Nell"""),
      auto("11-03 13:01", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For urgent lettings matters please call the office on 01225 700 412.

Lorraine Beckett
Beckett Lettings""", quote=False, subject="Automatic reply: Cookery book for a Christmas present")),

    C("i26-moss-address-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Declan Moss <declan.moss@wickhamfarm.example>", "outlook", "Change of address for my subscription",
      "Change of address sent, then resent word for word two days later as a new mail; answered after the resend.",
      cu("11-09 07:40", """Hello,

We've moved house. Please change the delivery address for my poetry subscription to:

Wickham Farm Cottage
Lower Swainswick
Bath BA1 8BT

from the December box onwards.

Thanks,
Declan Moss"""),
      ack("11-09 07:41"),
      cu("11-11 08:05", """Hello,

We've moved house. Please change the delivery address for my poetry subscription to:

Wickham Farm Cottage
Lower Swainswick
Bath BA1 8BT

from the December box onwards.

Thanks,
Declan Moss""", chase=True, parent=0),
      ag("callum", "11-11 09:30", """Hi Declan,

Sorry you had to send this twice. The December box and everything after it will go to Wickham Farm Cottage, Lower Swainswick, BA1 8BT, and I've changed your billing address to match.

Best wishes,
Callum""")),

    C("i27-holm-us-import", "en", "pending", {},
      "Annika Holm <annika.holm@holm-studio.example>", "gmail", "Ordering a book only out in the US",
      "A US-only title: yes, price and lead time; 'how will I know' answered with the automatic tracking email (process, not a promise).",
      cu("11-16 13:10", """Hi,

The book I want (Robin Wall Kimmerer's new essay collection) is only out in the US so far. Can you get it in for me? And how will I know when it's been posted?

Annika"""),
      ag("nell", "11-16 15:45", """Hi Annika,

Yes - US titles come in from our American wholesaler every Thursday. It's £24.99 and takes about two weeks. If you order through the special-orders page (https://inkwelllane.example/special-orders), the system sends you a tracking link automatically on the day it leaves us.

Best,
Nell""")),

    C("i28-vane-dedications", "en", "pending", {},
      "Cressida Vane <cressida@vane-events.example>", "apple", "Dedicated copies for our clients",
      "25 dedicated copies: the total is given and the feasibility deferred with 'I'll confirm by Tuesday 24 November' - a deadline still ahead.",
      cu("11-17 10:00", """Hello Priya,

We'd like 25 copies of The Salt Orchard signed at Imogen's event, each dedicated to a different client (list attached). Can she do that many personal dedications, and what would the total be?

Cressida Vane
Vane Events""", attach=[("text/csv", "dedications.csv", CLIENTS_CSV)]),
      ag("priya", "11-18 09:30", """Hi Cressida,

The books are £20 each, so £500 for the 25, and there's no charge for dedications. Twenty-five personal inscriptions is a lot to ask of her on the night, though, so I've asked Imogen's agent whether she could do them the afternoon before. I'll confirm by Tuesday 24 November.

Best,
Priya""", promises=[("11-24", None)])),

    C("i29-oberlaender-wolf-hall", "de", "closed", {},
      "Jens Oberländer <jens.oberlaender@posteo-mail.example>", "thunderbird_de", "Signierte Erstausgabe Wolf Hall - Zustand",
      "Condition of a signed first edition: 'ich melde mich morgen mit Fotos' kept the next day with a photo.",
      cu("11-05 20:10", """Guten Abend,

in Ihrem Antiquariat online wird eine signierte Erstausgabe von Hilary Mantels "Wolf Hall" (2009) angeboten. Können Sie mir sagen, ob der Schutzumschlag Risse hat? Auf dem Foto ist das nicht zu erkennen. Und ist die Signatur mit einer Widmung oder nur mit Namen?

Viele Grüße
Jens Oberländer"""),
      ag("friederike", "11-06 09:40", """Guten Morgen Herr Oberländer,

das Buch liegt in unserem Lager am Stadtrand, nicht im Laden. Ich lasse es heute heraussuchen und melde mich morgen mit Fotos bei Ihnen.

Viele Grüße
Friederike Lamm""", promises=[("11-07", 3)]),
      ag("friederike", "11-07 11:15", """Guten Tag Herr Oberländer,

wie versprochen ein Foto im Anhang. Der Umschlag hat oben am Rücken einen kleinen, fachmännisch hinterlegten Einriss (ca. 1 cm), sonst keine Mängel. Die Signatur ist eine reine Namenssignatur ohne Widmung, datiert 2009.

Viele Grüße
Friederike Lamm""", parent=2, attach=[("image/png", "wolf-hall-umschlag.png", DUSTJACKET_PNG)]), tz=1),

    C("i30-roussel-devis", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Camille Roussel <camille.roussel@lycee-montaigne.example>", "apple_fr", "Devis pour des livres en anglais - lycée Montaigne",
      "French lycée asks for a quote: 'je reviens vers vous d'ici vendredi' kept the next Tuesday after 'Je me permets de vous relancer'.",
      cu("11-09 10:30", """Bonjour,

Je suis professeure d'anglais au lycée Montaigne de Bordeaux. Nous souhaiterions commander 35 exemplaires de « The Curious Incident of the Dog in the Night-Time » pour nos élèves de première. Pourriez-vous nous envoyer un devis, livraison en France comprise ?

Cordialement,
Camille Roussel"""),
      ag("solene", "11-09 14:20", """Bonjour Madame Roussel,

Avec plaisir. Je dois vérifier le tarif de transport pour un colis de cette taille auprès de notre transporteur ; je reviens vers vous d'ici vendredi avec le devis complet.

Bien cordialement,
Solène""", promises=[("11-13", 4)]),
      cu("11-17 09:10", """Bonjour Solène,

Je me permets de vous relancer au sujet du devis : notre intendance clôture les commandes de l'année la semaine prochaine.

Cordialement,
Camille Roussel""", chase=True),
      ag("solene", "11-17 11:00", """Bonjour Madame Roussel,

Toutes mes excuses pour ce retard. Vous trouverez le devis en pièce jointe : 35 exemplaires à 7,20 £, soit 252 £, plus 41 £ de transport jusqu'à Bordeaux.

Bien cordialement,
Solène""", attach=[("application/pdf", "devis-D-2611-19.pdf", DEVIS_PDF)]), tz=1),

    C("i31-lozano-sevilla", "es", "closed", {},
      "Teresa Lozano <teresa.lozano@estudio-lozano.example>", "gmail_es", "Envío a Sevilla y papel de regalo",
      "Shipping to Seville, transit time and gift wrapping with a card: all answered; thanks-only reply.",
      cu("11-05 12:30", """Hola, buenas:

Quisiera saber si hacéis envíos a Sevilla y cuánto tardan más o menos. Es un regalo para mi hermana, que estudia Filología Inglesa, así que también me gustaría que fuera envuelto para regalo con una tarjeta. ¿Es posible?

Gracias,
Teresa"""),
      ag("lucia", "11-05 15:15", """Hola, Teresa:

¡Claro! Enviamos a toda España; a Sevilla tarda unos 5-7 días laborables y cuesta 8,50 £ con seguimiento. El papel de regalo y la tarjeta son gratis: al hacer el pedido, marca «Es un regalo» y escribe el mensaje que quieras.

Un saludo,
Lucía"""),
      cu("11-05 16:40", """¡Genial, muchas gracias!

Teresa""", thanks=True), tz=1),

    C("i32-ellery-father-ninetieth", "en", "closed", {"unanswered-question": 1},
      "Bernard Ellery <bernard.ellery@ellery-home.example>", "thunderbird", "A present for my father's 90th",
      "One long paragraph with a recommendation request, a posting request and a handwritten-card question; the card question is skipped.",
      cu("11-04 15:40", """Dear Sir or Madam,

My father turns ninety in January. He was a navigator in the merchant navy for most of his working life and still reads everything he can find about the sea, though his eyes are not what they were, and I was wondering whether you could suggest two or three recent books about ships or the ocean that come in large print or at least in a decent typeface, as most paperbacks are now too small for him. He already has everything by Patrick O'Brian, so nothing of that kind, please. If possible I would also like the books posted directly to his care home in Weymouth. I would be grateful if you could tell me whether you can include a handwritten card from me rather than a printed one, because he likes to keep them.

Yours faithfully,
Bernard Ellery""", uq=1),
      ag("nell", "11-05 10:20", """Dear Mr Ellery,

What a lovely idea. Three I'd suggest: "The Outlaw Ocean" by Ian Urbina (available in large print), "Sea People" by Christina Thompson (a generous typeface in the hardback) and "The Wager" by David Grann, whose large-print edition is due in December. Together they come to £58.97.

We're happy to post them straight to the care home - just give us the address when you order.

Yours sincerely,
Nell Ashdown""")),

    C("i33-harcourt-genre-switch", "en", "pending", {"unanswered-question": 1},
      "Zoe Harcourt <zoe.harcourt@harcourt-legal.example>", "outlook", "Subscription - switch genre",
      "Asks to switch from crime to historical fiction and to send December's box to the office; the reply handles the address and the price, not the switch.",
      cu("11-16 12:45", """Hi,

I've had the crime subscription for a year and I think I've had my fill of murders! Can I switch to the historical fiction one from the next box? Same price I assume.

Also, I'd like the December box delivered to my office (Harcourt Legal, 3 Queen Square, Bath BA1 2HG) as nobody's home during the day.

Thanks,
Zoe""", uq=1),
      ag("callum", "11-16 15:10", """Hi Zoe,

A year of murders is a good innings! Your December box will go to Harcourt Legal, 3 Queen Square - I've added a note for reception. All our subscriptions are £14.50 a month, and there's never a fee for changes.

Best wishes,
Callum""")),

    C("i34-marchbank-refund", "en", "open", {"customer-chased": 2, "awaiting-reply": 1},
      "Leo Marchbank <leo@marchbank-cycles.example>", "gmail", "Refund for cancelled event",
      "Refund for a cancelled talk: acknowledgement only, then 'any news?' and 'Still waiting' - no human reply in two weeks.",
      cu("11-06 10:00", """Hi,

The talk with Dan Pryor on 4 November was cancelled (the email said author illness - hope he's OK). I paid £24 for two tickets. Could you refund it to my card please?

Leo Marchbank"""),
      ack("11-06 10:01"),
      cu("11-11 09:15", """Hi, any news on this refund? Nothing has come through yet.

Leo""", chase=True),
      cu("11-16 17:30", """Hello? Still waiting for the £24 refund for the cancelled Dan Pryor talk - it's been ten days now. Please can someone reply.

Leo""", chase=True)),

    C("i35-osei-book-fair", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Harriet Osei <h.osei@oakfield-primary.example>", "gmail", "Book fair in February",
      "A bulleted list of four book-fair questions: two answered in one sentence, dates promised 'by the end of the day' (never sent), the voucher question skipped.",
      cu("11-16 09:20", """Hello,

We'd love you to run a book fair at Oakfield Primary in the week of 8 February. A few questions:

- What commission does the school get on sales? (Last year's supplier gave us 20% in books.)
- Do you bring the stands and tills, or do we need to provide tables?
- Can children pay with a token or voucher system rather than cash?
- Please send me some dates you have free that week.

Thanks so much,
Harriet Osei
Deputy Head, Oakfield Primary School""", uq=1),
      ag("gideon", "11-16 11:40", """Hi Harriet,

We'd love to. The school gets 25% of sales back in books, and we bring everything - stands, the card machine and two booksellers - so all you need is the hall and six tables.

I'll check the van and staff rota and send you the free dates by the end of the day.

Kind regards,
Gideon""", promises=[("11-16", None)])),

    C("i36-whyte-double-charge", "en", "closed", {"reopened": 1},
      "Fergus Whyte <fergus.whyte@whyte-joinery.example>", "thunderbird", "Double charge on my card",
      "Duplicate payment refunded and the subject tagged [Closed]; eight days later a new request in the same thread.",
      cu("11-04 08:30", """Hello,

I was charged twice for order IL-57815 (£32.48 on 2 and on 3 November). Can you refund the duplicate?

Fergus Whyte"""),
      ag("callum", "11-04 10:40", """Hi Fergus,

You're right - the payment went through twice when the site timed out. I've refunded £32.48 today; refunds take 3-5 working days to show on a card.

Best wishes,
Callum""", subject="[Closed] RE: Double charge on my card", closes=True),
      cu("11-12 14:00", """Hi Callum,

The refund came through, thanks. While I have you - I'd like to cancel the audiobook add-on on my account, I never use it. Can you do that from your end?

Fergus""", subject="Re: [Closed] RE: Double charge on my card"),
      ag("callum", "11-12 15:20", """Hi Fergus,

Done - the audiobook add-on is cancelled, and you won't be charged for it again from December.

Best wishes,
Callum""")),

    C("i37-ortolan-catalogue", "en", "closed", {},
      "Marianne Ortolan <marianne@ortolan-gallery.example>", "gmail", "Exhibition catalogue",
      "Catalogue put aside; the thanks-only reply carries a signature 'Questions about an artwork?' with a '?' URL.",
      cu("11-06 14:15", """Hello,

Do you stock the Royal Academy catalogue for the current Kerry James Marshall exhibition? If so, please put one aside for me - I'll come in on Monday.

Marianne Ortolan
Ortolan Gallery | Walcot Street, Bath
Questions about an artwork? https://ortolan-gallery.example/enquire?src=mail&lang=en"""),
      ag("nell", "11-06 15:05", """Hi Marianne,

We had two left - one now has your name on it behind the till.

Best,
Nell"""),
      cu("11-09 16:40", """Picked it up this morning - thank you!

Marianne Ortolan
Ortolan Gallery | Walcot Street, Bath
Questions about an artwork? https://ortolan-gallery.example/enquire?src=mail&lang=en""", thanks=True)),

    C("i38-nakamura-signed-club", "en", "closed", {"unanswered-question": 1},
      "Oliver Nakamura <oliver.nakamura@nakamura-design.example>", "gmail", "Signed First Editions club",
      "Four lettered questions (a-d): postage, posting abroad and swaps answered in two sentences; buying last month's pick is not.",
      cu("11-10 21:40", """Hi,

I'm thinking of joining your Signed First Editions club, but before I do:

a) Is it £30 a month including postage, or is postage on top?
b) Do you post abroad? I'm moving to Lisbon in March.
c) If I don't like a month's pick, can I swap it for something else?
d) Could I still buy October's book (the Tessa Hadley)? I'd love that one.

Cheers,
Oliver""", uq=1),
      ag("callum", "11-11 10:00", """Hi Oliver,

£30 covers UK postage; once you move we'd add £6 a month for Portugal - we post anywhere in Europe. Swaps are fine if you tell us within 14 days of the book arriving, and you pick another signed title from that month's shortlist instead.

Best wishes,
Callum""")),

    C("i39-kettering-inline", "en", "closed", {"unanswered-question": 1},
      "Sadie Kettering <sadie.kettering@kettering-farm.example>", "gmail", "Special orders - a few things",
      "Three questions answered inline; the agent quotes the cancellation request but writes nothing under it.",
      cu("11-03 08:50", """Hi Nell,

Three things on my special orders:

Has the Japanese cookbook (Tokyo Stories) come in yet?
Could you cancel the Mary Oliver collection? My sister bought it for me after all.
Can I pay for both on collection rather than in advance?

Thanks,
Sadie""", uq=1),
      ag("nell", "11-03 11:30", """Hi Sadie,

> Has the Japanese cookbook (Tokyo Stories) come in yet?

Arrived yesterday - it's on the collection shelf.

> Could you cancel the Mary Oliver collection? My sister bought it for me after all.

> Can I pay for both on collection rather than in advance?

Of course, pay when you pick up.

Best,
Nell""", quote=False)),

    C("i40-whitcombe-brooklyn", "en", "closed", {},
      "Dana Whitcombe <dana.whitcombe@whitcombe-nyc.example>", "apple", "Shipping to New York - duties?",
      "US customer (UTC-5): import duty and tracking to the US, both answered.",
      cu("11-04 19:20", """Hi there,

Big fan of your Instagram! I'd like to order three Persephone Books for my mom in Brooklyn. Will she get hit with import duty or fees when they arrive? And do you ship with a tracking number to the US?

Thanks!
Dana"""),
      ag("callum", "11-05 09:30", """Hi Dana,

Books come into the US duty-free and parcels of this size don't attract any fees, so your mom won't pay a cent at the door. Everything we send to the US goes Royal Mail International Tracked, about 5-8 working days.

Best wishes,
Callum"""), tz=-5),

    C("i41-rook-dedication-photo", "en", "closed", {},
      "Tamsin Rook <tamsin.rook@rookery-mail.example>", "iphone", "Dedication for my dad",
      "Was the dedication written, and a photo before posting: answered with the wording and a photo attached; thanks-only reply.",
      cu("11-08 20:15", """Hi Priya, did Hamish Reid manage to write the dedication for my dad at Thursday's event? Could you send me a photo of it before you post the book, so I can check he spelt Gordon's name right?

Tamsin

Sent from my iPhone"""),
      ag("priya", "11-09 09:40", """Hi Tamsin,

Here it is: "For Gordon - from one hill-walker to another, Hamish". Spelt perfectly. The book goes in the post today.

Priya""", attach=[("image/png", "dedication-gordon.png", DEDICATION_PNG)]),
      cu("11-09 10:15", """Perfect, he'll be thrilled. Thank you!

Sent from my iPhone""", thanks=True)),

    C("i42-drury-secret-santa", "en", "closed", {"unanswered-question": 1},
      "Malcolm Drury <malcolm.drury@drury-fell.example>", "outlook", "Calendars for our office Secret Santa",
      "14 calendars reserved; in the follow-up, the discount is agreed but the request to invoice the company is passed over.",
      cu("11-05 09:05", """Hello,

We'd like 14 copies of the Inkwell Lane 2027 literary calendar for our office Secret Santa. Do you have that many?

Malcolm Drury
Drury & Fell Accountants"""),
      ag("nell", "11-05 10:10", """Hi Malcolm,

We do - 14 are set aside for you, at £12.99 each.

Best,
Nell"""),
      cu("11-05 11:30", """Excellent. Please invoice the company rather than me personally - Drury & Fell Ltd, 9 Gay Street, Bath BA1 2PH. Also, is there any chance of a small discount for 14?

Malcolm""", uq=1),
      ag("nell", "11-05 12:15", """Hi Malcolm,

Happy to do 10% off for 14 - £163.67 altogether. They'll be ready to collect from tomorrow morning.

Best,
Nell""")),

    C("i43-krueger-hamburg", "de", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Sabine Krüger <sabine.krueger@kruegerweb.example>", "gmail_de", "Lieferung nach Hamburg fehlt",
      "Lost parcel to Hamburg reported on Thursday; 'ich warte immer noch auf eine Antwort' on Monday; then a resend by DHL.",
      cu("11-05 10:30", """Hallo,

meine Bestellung IL-57760 (drei Taschenbücher) sollte laut Ihrer Mail vom 27. Oktober längst in Hamburg sein. Die Sendungsverfolgung zeigt seit zehn Tagen nur "Im Zielland angekommen". Können Sie bitte nachforschen, wo das Paket steckt?

Viele Grüße
Sabine Krüger"""),
      cu("11-09 08:45", """Hallo,

ich warte immer noch auf eine Antwort auf meine Mail vom Donnerstag (siehe unten). Das Paket ist weiterhin nicht da.

Sabine Krüger""", chase=True),
      ag("friederike", "11-09 10:20", """Liebe Frau Krüger,

entschuldigen Sie bitte die späte Antwort. Laut Royal Mail ist das Paket bei der Übergabe an die Deutsche Post verloren gegangen. Ich habe Ihnen die drei Bücher heute noch einmal per DHL geschickt (Sendungsnummer 00340434161094042557), sie sollten Ende der Woche bei Ihnen sein. Kosten entstehen Ihnen keine.

Viele Grüße
Friederike Lamm"""), tz=1),

    C("i44-mendez-academia", "es", "closed", {"unanswered-question": 1},
      "Rocío Méndez <rocio.mendez@academia-lumen.example>", "gmail_es", "Cuenta para academia de inglés",
      "Language school in Granada: account and discount answered with a link and a figure; the question about invoices without British VAT is not.",
      cu("11-02 11:00", """Buenos días:

Dirijo una pequeña academia de inglés en Granada y compramos bastantes lecturas graduadas (Oxford Bookworms, Penguin Readers). Quisiera saber si podemos abrir una cuenta de empresa con ustedes y qué descuento aplican a academias.

También me interesa saber si me pueden enviar las facturas sin IVA británico, ya que somos empresa en España con NIF intracomunitario.

Atentamente,
Rocío Méndez
Academia Lumen""", uq=1, cte="base64"),
      ag("lucia", "11-02 14:30", """Buenos días, Rocío:

Por supuesto. Puede abrir la cuenta aquí: https://inkwelllane.example/trade/apply?lang=es. Las academias y escuelas de idiomas tienen un 15 % de descuento en lecturas graduadas y pueden pagar a 30 días.

Un saludo,
Lucía"""), tz=1),

    C("i45-girardot-bibliotheque", "fr", "closed", {"unanswered-question": 1},
      "Paul Girardot <paul.girardot@girardot-avocats.example>", "apple_fr", "Livres pour la salle d'attente du cabinet",
      "Lyon law firm: a selection and clothbound editions sent as a PDF; the delivery-time request at the end is not answered.",
      cu("11-06 10:15", """Bonjour,

Notre cabinet souhaite constituer une petite bibliothèque de romans anglais pour la salle d'attente (une trentaine de titres, plutôt des classiques). Pourriez-vous nous proposer une sélection ? Par ailleurs, est-il possible d'avoir des éditions reliées, en toile de préférence ? Enfin, merci de m'indiquer vos délais de livraison pour Lyon.

Cordialement,
Paul Girardot
Girardot & Associés""", uq=1),
      ag("solene", "11-06 15:00", """Bonjour Maître Girardot,

Quelle belle idée. Je vous joins une sélection de 30 classiques (Austen, les Brontë, Dickens, Hardy, Woolf, Forster...) dans la collection Penguin Clothbound Classics : reliure toile, très élégante sur une étagère. L'ensemble revient à 479 £ hors frais de port.

Bien cordialement,
Solène""", attach=[("application/pdf", "selection-classiques.pdf", CLASSICS_PDF)]), tz=1),

    C("i46-attwood-railway", "en", "closed", {},
      "Reg Attwood <reg.attwood@attwood-plumbing.example>", "oldclient", "railway books",
      "Terse mail from an old client without a Message-ID; two suitable books suggested; the reply has no threading headers to follow.",
      cu("11-03 14:20", """Afternoon,

Do you have anything on the Somerset and Dorset railway. My grandson is doing a project on it, under 20 pound if poss.

Reg Attwood""", msgid=False, note="Reg Attwood's question about railway books, sent from an old client without a Message-ID"),
      ag("nell", "11-03 16:05", """Hi Reg,

We've two on the shelf: "The Somerset & Dorset Railway" by Robin Atthill (£14.99, lots of photographs) and a slim Shire booklet at £8.99 that would suit a school project nicely. Both are in the local history section by the window.

Best,
Nell""")),

    C("i47-fairweather-twins", "en", "closed", {"unanswered-question": 1},
      "Jasmine Fairweather <jasmine.fw@fairweather-mail.example>", "android", "Kids' picture book subscription",
      "Picture-book subscription for twins; the customer's reply lost its threading headers; timing answered, the names-on-the-card request is not.",
      cu("11-02 13:10", """Hi, my twins turn 3 next month. Do you have a picture book subscription for that age, and how much is it?

Jasmine

Get Outlook for Android"""),
      ag("callum", "11-02 15:40", """Hi Jasmine,

We do - Little Lane, for ages 2-5: one hardback picture book a month for £11, or two (one each, so no squabbles) for £19.

Best wishes,
Callum"""),
      cu("11-03 07:30", """Two please! Can the first one come before their birthday on 6 December? And can you put both their names on the gift card - Ada and Milo?

Jasmine

Get Outlook for Android""", thread=False, uq=1),
      ag("callum", "11-03 09:45", """Hi Jasmine,

Lovely - the twins' subscription is set up. December's books leave us on the 1st, so they'll be there well before the 6th.

Best wishes,
Callum""")),

    C("i48-howells-standing-order", "en", "closed", {"missed-follow-up": 1},
      "Geraint Howells <g.howells@caerphilly-libraries.example>", "outlook", "Standing order for Welsh-interest titles",
      "Library standing order set up at once; last quarter's list promised 'early next week' and never sent.",
      cu("11-05 10:00", """Hello Gideon,

Hope you're keeping well? Following our call, could you set up a standing order for new Welsh-interest non-fiction for our four branches - one copy each, up to £400 a quarter? And please send me a list of what would have come in last quarter, so I can show the committee what to expect.

Regards,
Geraint Howells
Stock Librarian, Caerphilly Libraries"""),
      ag("gideon", "11-05 14:30", """Hi Geraint,

The standing order is set up from 1 December: one copy per branch, capped at £400 a quarter, invoiced monthly. I'm pulling last quarter's titles together from our supplier's data and will send the list over early next week.

Kind regards,
Gideon""", promises=[("11-10", None)])),

    C("i49-blamire-quiz-group", "en", "closed", {"missed-follow-up": 1},
      "Esther Blamire <esther.blamire@u3a-bath.example>", "gmail", "Group of 18 for the Christmas quiz night",
      "Tables held for a group; 'I'll let you know tomorrow' about a group rate is delivered by a colleague two days late.",
      cu("11-02 11:20", """Hello,

Our U3A book group would like to come to the Christmas quiz night on 10 December - we'd be 18 people, so probably three teams. Is there a group rate? And can we reserve tables together?

Esther Blamire
Bath U3A Reading Group"""),
      ag("priya", "11-02 13:00", """Hi Esther,

We'd love to have you! Tables seat six, so three teams fits perfectly, and I've pencilled in three together under "U3A". On a group rate I need to ask our manager - I'll let you know tomorrow.

Best,
Priya""", promises=[("11-03", 3)]),
      ag("nell", "11-05 10:30", """Hi Esther,

Priya's away at a book fair this week, so I'm replying for her: groups of 15 or more get 20% off, so 18 tickets come to £172.80 instead of £216. Your three tables are held until 30 November.

Best wishes,
Nell""", parent=2)),

    C("i50-pim-cancel", "en", "closed", {},
      "Harold Pim <harold.pim@pimfamily.example>", "thunderbird", "Cancellation of subscription",
      "Cancel a prepaid subscription and how much comes back: two short sentences, the second just a figure.",
      cu("11-06 10:30", """Dear Sirs,

Owing to a move into sheltered housing, I must cancel my history subscription, which I paid for a year in advance in June. Please cancel it with effect from this month. How much will I get back for the remaining months?

Yours faithfully,
Harold Pim"""),
      ag("callum", "11-06 11:50", """Dear Mr Pim,

Cancelled from November. £101.50 goes back to your card, usually within five working days.

With best wishes for the move,
Callum""")),

    C("i51-petrakis-reluctant-reader", "en", "closed", {},
      "Joanna Petrakis <joanna.petrakis@petrakis-home.example>", "gmail", "Book ideas for a reluctant 11-year-old",
      "Recommendations for a reluctant reader and gift wrapping online: both answered (multipart/alternative).",
      cu("11-07 09:30", """Hi,

My son is 11 and says reading is "boring" (sigh). He likes football, Minecraft and anything gross. Any ideas for books that might actually get him reading? Also, do you gift-wrap online orders?

Thanks!
Joanna""", kind="alt"),
      ag("nell", "11-07 11:15", """Hi Joanna,

Three that have converted plenty of "boring" boys at our counter: "Mud Pie United" by Kit Barrow (football, and a lot of mud), "Dungeon Diggers" by Sol Amari (a blocky building adventure with pictures on every page) and "The Bogey Files" by Jem Achebe, which is exactly as gross as it sounds.

For gift wrap, tick "Gift wrap" at checkout - £1.50 a book, brown paper and string.

Best,
Nell""")),

    C("i52-bellamy-library-restock", "en", "closed", {"unanswered-question": 2},
      "Katherine Bellamy <office@widcombe-infants.example>", "outlook", "Library restock - quote and delivery",
      "PTA-funded restock: the quote comes back as a PDF (UK editions, as asked); jacketing and a first-week-of-December Tuesday delivery are not mentioned.",
      cu("11-12 13:30", """Dear Gideon,

I hope the shop is surviving the run-up to Christmas? The PTA has raised £600 for new library books and we'd like to spend it with you. Could you put together a selection of picture books and early readers for ages 4-7 and send me a quote? Please avoid American editions if you can - the teachers are particular about spelling!

Two other things: do you cover books in that plastic jacketing? And can you deliver to school in the first week of December? Our library assistant is only in on Tuesdays, so a Tuesday would be best.

Kind regards,
Katherine Bellamy
School Business Manager, Widcombe Infant School""", uq=2),
      ag("gideon", "11-13 10:15", """Dear Katherine,

What a brilliant effort by the PTA. The attached quote has 64 books for ages 4-7, all UK editions, coming to £598.40 with your schools discount.

Kind regards,
Gideon""", attach=[("application/pdf", "Q-2611-052.pdf", SCHOOL_QUOTE_PDF)])),

    C("i53-weber-ansichtssendungen", "de", "closed", {"missed-follow-up": 1},
      "Konstantin Weber <k.weber@stadtbibliothek-lindau.example>", "outlook_de", "Englischsprachige Neuerscheinungen - Ansichtssendungen",
      "German public library: paying on invoice confirmed; whether approval copies can go abroad is deferred 'bis Montag' and never answered.",
      cu("11-10 09:00", """Sehr geehrte Frau Lamm,

die Stadtbibliothek Lindau baut ihren englischsprachigen Bestand aus. Könnten Sie uns regelmäßig eine Auswahl neuer Jugendromane zur Ansicht schicken (etwa 10 Titel pro Quartal)? Außerdem müssten wir auf Rechnung bezahlen, also nach Erhalt der Ware und nicht per Vorkasse. Geht das bei Ihnen?

Mit freundlichen Grüßen
Konstantin Weber
Stadtbibliothek Lindau"""),
      ag("friederike", "11-10 13:00", """Sehr geehrter Herr Weber,

vielen Dank für Ihr Interesse! Zahlung auf Rechnung ist für Bibliotheken selbstverständlich möglich, mit einem Zahlungsziel von 30 Tagen.

Ob wir Ansichtssendungen ins Ausland schicken können, kläre ich mit unserer Versandabteilung und gebe Ihnen bis Montag Bescheid.

Mit freundlichen Grüßen
Friederike Lamm""", promises=[("11-16", None)]), tz=1),

    C("i54-delaney-world-book-day", "en", "pending", {"unanswered-question": 2},
      "Marcus Delaney <m.delaney@kingswood-academy.example>", "owa", "Author visit for World Book Day",
      "Author visit: a suitable author and the cost are answered; how the book sale works and whether a projector is needed are not.",
      cu("11-17 15:20", """Hi Priya,

We're planning World Book Day (5 March) and would love an author visit for Years 5 and 6, about 120 children. Is there anyone on your list who writes funny adventure stories for that age?

How does the book sale work on the day - do the children bring cash, or do parents order in advance? I'd also like to know what the visit costs us, if anything. And does the author need a projector, or do they bring their own kit?

Thanks,
Marcus Delaney
English Lead, Kingswood Academy""", uq=2),
      ag("priya", "11-18 09:10", """Hi Marcus,

Great timing - Jem Achebe (The Bogey Files) is touring in early March and is brilliant with Years 5 and 6: funny, and properly gross. There's no fee for the visit as long as the school takes at least 40 books on the day.

Best,
Priya""")),

    C("i55-crane-italian-gruffalo", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Felicity Crane <felicity.crane@cranehouse.example>", "apple", "Italian edition of a children's classic",
      "Foreign-language special order: possible and a rough price; stock and timing 'I'll confirm tomorrow' never confirmed; the request to put it on account is ignored.",
      cu("11-04 17:00", """Hi Nell,

My daughter-in-law is Italian and I'd love to give my grandson the Italian translation of "The Gruffalo" ("Il Gruffalò", I believe). Can you order foreign-language editions? If so, roughly what would it cost? And could it be here by the 12th, when they visit?

Also, please add it to my account rather than charging my card - I'll settle up when I'm next in.

Felicity""", uq=1),
      ag("nell", "11-05 09:50", """Hi Felicity,

We can - Italian titles come through a distributor in Milan, and that one is usually around £12-14. Let me check their stock and delivery times, and I'll confirm tomorrow.

Best,
Nell""", promises=[("11-06", None)])),

    C("i56-carruthers-missing-box", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Ewan Carruthers <ewan.carruthers@carruthers-dental.example>", "gmail", "November box hasn't arrived",
      "Missing subscription box: 'just checking in' after two days; the reply explains and resends but ignores the request to send the replacement to work.",
      cu("11-10 09:30", """Hi,

My November sci-fi box still hasn't turned up - the other months always came by the 10th. Could you check whether it was sent? And if it's lost, can I have the replacement sent to my work address instead (Carruthers Dental, 4 Milsom Street, Bath BA1 1DA)?

Ewan""", uq=1),
      cu("11-12 08:15", """Hi, just checking in on this - still no box and no reply.

Ewan""", chase=True),
      ag("callum", "11-12 10:00", """Hi Ewan,

Sorry for the silence. Royal Mail returned your box to us marked "addressee unknown" - the house number on your account was 41 instead of 14. I've corrected it, and a new box goes out today.

Best wishes,
Callum""")),

    C("i57-ordonez-streaming", "es", "pending", {"unanswered-question": 1},
      "Javier Ordóñez <javier.ordonez@ordonez-traducciones.example>", "gmail_es", "Charla de Claire Vautrin en línea y libro firmado",
      "Translator in Bilbao: after '¿qué tal?', asks about the live stream and online tickets (answered with a link) and for a signed copy posted to him (not answered).",
      cu("11-16 18:00", """Hola, ¿qué tal?

Soy traductor literario y me interesa mucho la charla de Claire Vautrin del 3 de diciembre. Como vivo en Bilbao no puedo ir en persona: ¿la vais a retransmitir en directo por internet? En ese caso, ¿cómo se compran las entradas virtuales?

Además, quisiera un ejemplar firmado de The Tide Clock: ¿me lo podéis enviar a Bilbao cuando esté firmado y cobrarme el envío con la misma tarjeta?

Gracias y un saludo,
Javier Ordóñez""", uq=1),
      ag("lucia", "11-17 09:30", """Hola, Javier:

¡Qué bien! Sí, la charla se retransmite en directo por Zoom. Las entradas virtuales cuestan 5 £ y se compran aquí: https://inkwelllane.example/events/vautrin?format=online&lang=es - el enlace de Zoom llega por correo la misma mañana.

Un saludo,
Lucía"""), tz=1),

    C("i58-farouk-credit-note", "en", "closed", {"missed-follow-up": 1},
      "Nadia Farouk <n.farouk@hollybrook-school.example>", "outlook", "Credit note for returned atlases",
      "Credit note for returned atlases promised 'by Friday at the latest' and never sent.",
      cu("11-02 14:00", """Hello Gideon,

We returned 12 damaged atlases last week (collection note attached). Could you raise a credit note against invoice INV-30744 so our finance office can reconcile it?

Thanks,
Nadia Farouk
Hollybrook School""", attach=[("application/pdf", "collection-note.pdf", COLLECTION_PDF)]),
      ag("gideon", "11-03 09:30", """Hi Nadia,

The atlases are in the warehouse queue to be checked. Once that's done I'll send you the credit note - by Friday at the latest.

Kind regards,
Gideon""", promises=[("11-06", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "i03-st-brannocks-class-set": [
        "Could you let me know whether we can pay on account against a purchase order rather than by card?",
        "We'd need the books in school by Friday 4 December at the latest, as the department wants to label them before the holidays - is that doable?"],
    "i06-brandstaetter-wien": [
        "Außerdem interessiert mich, ob beim Empfang Zoll oder Einfuhrumsatzsteuer anfällt"],
    "i14-hennig-klassensaetze": [
        "Gewähren Sie Schulen einen Mengenrabatt?",
        "Die Rechnung muss an den Schulträger gehen und unsere Umsatzsteuer-Identifikationsnummer DE 811 204 367 enthalten, bitte stellen Sie sie entsprechend aus."],
    "i16-beltran-proforma": [
        "¿pueden enviar los libros en dos cajas separadas, una para primaria y otra para secundaria?"],
    "i19-dacre-book-club": [
        "And two of our members have poor eyesight, so could you also order large-print editions for them whenever one exists?"],
    "i32-ellery-father-ninetieth": [
        "I would be grateful if you could tell me whether you can include a handwritten card from me rather than a printed one, because he likes to keep them."],
    "i33-harcourt-genre-switch": [
        "Can I switch to the historical fiction one from the next box?"],
    "i35-osei-book-fair": [
        "Can children pay with a token or voucher system rather than cash?"],
    "i38-nakamura-signed-club": [
        "Could I still buy October's book (the Tessa Hadley)?"],
    "i39-kettering-inline": [
        "Could you cancel the Mary Oliver collection?"],
    "i42-drury-secret-santa": [
        "Please invoice the company rather than me personally - Drury & Fell Ltd, 9 Gay Street, Bath BA1 2PH."],
    "i44-mendez-academia": [
        "También me interesa saber si me pueden enviar las facturas sin IVA británico, ya que somos empresa en España con NIF intracomunitario."],
    "i45-girardot-bibliotheque": [
        "Enfin, merci de m'indiquer vos délais de livraison pour Lyon."],
    "i47-fairweather-twins": [
        "And can you put both their names on the gift card - Ada and Milo?"],
    "i52-bellamy-library-restock": [
        "Two other things: do you cover books in that plastic jacketing?",
        "And can you deliver to school in the first week of December?"],
    "i54-delaney-world-book-day": [
        "How does the book sale work on the day - do the children bring cash, or do parents order in advance?",
        "And does the author need a projector, or do they bring their own kit?"],
    "i55-crane-italian-gruffalo": [
        "Also, please add it to my account rather than charging my card - I'll settle up when I'm next in."],
    "i56-carruthers-missing-box": [
        "And if it's lost, can I have the replacement sent to my work address instead (Carruthers Dental, 4 Milsom Street, Bath BA1 1DA)?"],
    "i57-ordonez-streaming": [
        "Además, quisiera un ejemplar firmado de The Tide Clock: ¿me lo podéis enviar a Bilbao cuando esté firmado y cobrarme el envío con la misma tarjeta?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"ILB-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none for ``msgid=False``) and raw bytes, parents
    first, as :func:`mailcraft.render_corpus` does."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to)]
        if m.cc:
            headers.append(("Cc", m.cc))
        headers += [("Subject", m.subject), ("Date", email.utils.format_datetime(m.date))]
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
            if m.message_id is None and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 51: Inkwell Lane Books - cases",
                                 "make_practice51_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.inkwelllane.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip, messages that went missing."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {}
    for p in inbox + sent:
        key = p["Message-ID"] or ("no-id", p["Subject"], p["Date"])
        by_id[key] = (p, any(p is q for q in inbox))
    all_msgs = [m for c in cases for m in c.msgs]
    if len(by_id) != len(all_msgs):
        found.append(f"{len(all_msgs)} messages written, {len(by_id)} read back")
    for m in all_msgs:
        key = m.message_id or ("no-id", m.subject, email.utils.format_datetime(m.date))
        if key not in by_id:
            found.append(f"{m.key}: not found when reading back")
            continue
        parsed, in_mbox = by_id[key]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit("refusing to write tests/practice51:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice51:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice51 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice51")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
