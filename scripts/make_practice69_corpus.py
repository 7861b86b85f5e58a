#!/usr/bin/env python3
"""Regenerate ``tests/practice69/``: a labelled corpus of Bellwether Wedding Photography.

The support mailbox of a fictional three-photographer studio in Bath that shoots weddings,
engagement sessions and family portraits (packages, deposits and balances, contracts,
albums, prints, travel fees, second shooters, gallery delivery times, rescheduling,
destination weddings in France and Spain), written without looking at the detection
heuristics, with many multi-question customer mails. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``bellwetherphoto.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), the studio's
  automatic acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions
it asks). The script recomputes status and every rule count from those facts and the dates,
and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice69_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "bellwetherphoto.example"
STUDIO = "Bellwether Studio <studio@bellwetherphoto.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "clem": ("Clem Ashdown <clem@bellwetherphoto.example>", "apple", """Clem Ashdown
Lead photographer | Bellwether Wedding Photography
Studio 3, Walcot Yard, Bath BA1 5BG
Planning a wedding abroad? https://bellwetherphoto.example/destination?src=sig"""),
    "niamh": ("Niamh Farrelly <niamh@bellwetherphoto.example>", "gmail", """-- 
Niamh Farrelly
Photographer - weddings, engagements & families
bellwetherphoto.example | Instagram @bellwetherphoto"""),
    "solene": ("Solène Marchal <solene@bellwetherphoto.example>", "apple_fr", """Solène Marchal
Photographe | Bellwether Wedding Photography
Mariages en France : https://bellwetherphoto.example/fr/mariages?utm_source=email"""),
    "rafa": ("Rafa Ibarra <rafa@bellwetherphoto.example>", "gmail_es", """--
Rafa Ibarra
Fotógrafo | Bellwether Wedding Photography
+44 1225 555 014 · WhatsApp +34 611 555 208"""),
    "anke": ("Anke Brodersen <anke@bellwetherphoto.example>", "outlook", """Anke Brodersen
Studio Manager | Bellwether Wedding Photography
T +44 1225 555 010 | https://bellwetherphoto.example
This email and any attachments are confidential. If you received it in error, please tell us and delete it."""),
}

ACK = """Hi there,

Thanks for your message - it has reached the studio inbox (reference {ref}).

We're a small team and often out shooting at weekends, so we answer every email
within two working days. If your wedding is less than 7 days away, please call
us on 01225 555 010.

Bellwether Wedding Photography
https://bellwetherphoto.example/faq?ref={ref}"""

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
    "helpdesk": ["X-Mailer: Studio Desk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="bw.", outlook_server="CWLP12")
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
    """The studio inbox's automatic acknowledgement."""
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

BROCHURE_PDF = mailcraft.pdf(["Bellwether Wedding Photography - Weddings 2027",
                              "Elopement (2 hours) GBP 850 | Half Day (6 hours) GBP 1,450",
                              "Full Day (10 hours, engagement session included) GBP 2,150",
                              "Second shooter GBP 395 | Fine art album from GBP 650"])
CONTRACT_PDF = mailcraft.pdf(["Bellwether Wedding Photography - Booking agreement",
                              "Couple: Beth Carrow & Sam Oduya",
                              "Date: Saturday 2 October 2027 (moved from 15 May 2027)",
                              "Deposit received: GBP 537.50 - carried over"])
INVOICE_PDF = mailcraft.pdf(["Bellwether Wedding Photography - Invoice BW-F-1187",
                             "Family portrait session, 10 October 2026",
                             "Session and 10 images GBP 225.00, extra images 4 x GBP 15.00",
                             "Total GBP 285.00 - paid 12 October 2026"])
INVOICE_LTD_PDF = mailcraft.pdf(["Bellwether Wedding Photography - Invoice BW-F-1187 (reissued)",
                                 "Marsh Joinery Ltd, VAT GB 284 1120 37",
                                 "Family portrait session, 10 October 2026",
                                 "Total GBP 285.00 - paid 12 October 2026"])
INSURANCE_PDF = mailcraft.pdf(["Certificate of insurance - Bellwether Wedding Photography Ltd",
                               "Public liability: GBP 5,000,000",
                               "Professional indemnity: GBP 250,000",
                               "Period: 1 September 2026 - 31 August 2027"])
DEVIS_PDF = mailcraft.pdf(["Bellwether Wedding Photography - Devis D-2027-0828",
                           "Mariage Girard / Laval, 28 aout 2027, Saint-Emilion",
                           "Journee complete 2150 GBP + second photographe 395 GBP",
                           "Album 30 pages 650 GBP + forfait destination 650 GBP"])
SHOTLIST_PDF = mailcraft.pdf(["Bellwether - Family formals shot list (template)",
                              "1. Couple with both sets of parents",
                              "2. Couple with grandparents",
                              "Add names next to each group - one helper reads them out."])
QUOTE_PDF = mailcraft.pdf(["Bellwether Wedding Photography - Revised quote",
                           "Brennan / Ward, 26 June 2027",
                           "Half Day (6 hours) GBP 1,450 + 1 extra hour GBP 180",
                           "Total GBP 1,630 - deposit paid GBP 537.50"])
BALANCE_PDF = mailcraft.pdf(["Bellwether Wedding Photography - Invoice BW-2026-1219",
                             "Fatou Ndiaye & Lewis Carter",
                             "Balance, Full Day, 19 December 2026: GBP 1,612.50",
                             "Bank: Bellwether Photography Ltd, 20-55-41 / 30871266"])
TIMELINE_PDF = mailcraft.pdf(["Bodas Garrido - Cronograma provisional",
                              "Emma & Daniel - Marbella, 12 junio 2027",
                              "18:00 ceremonia | 19:30 coctel | 20:15 sesion de pareja",
                              "21:30 cena | 00:30 barra libre"])
SCREENSHOT_PNG = mailcraft.png(14, 9, lambda x, y: (235 - 5 * y, 230 - 3 * x, 220 + y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("b01-orchardleigh-full-day", "en", "closed", {},
      "Imogen Hartley <imogen.hartley@fernmail.example>", "gmail", "June 2027 at Orchardleigh?",
      "Availability, full-day price and whether the engagement shoot is included - all answered in two sentences, brochure attached; thanks-only reply.",
      cu("11-02 09:12", """Hi Bellwether team!

Dev and I got engaged in the summer and we've finally booked Orchardleigh for Saturday 12 June 2027 (eek). We love your work - the photos of the couple in the rain by the lake on your Instagram are the reason we're writing.

Are you free on the 12th? And what would a full day cost us - we're thinking from prep through to the first dance. I also read somewhere that an engagement shoot comes with some packages - is that right, or is it extra?

Thanks so much,
Imogen (and Dev)""", kind="alt"),
      ag("clem", "11-02 13:40", """Hi Imogen (and Dev),

Congratulations! 12 June 2027 is still open in my diary - I'd love to photograph it.

Our Full Day covers up to ten hours, so prep to first dance is exactly what it's built for: £2,150, and the engagement session is included in that price (we usually do them in spring, somewhere that means something to you both).

If you want to hold the date, a 25% deposit secures it. The brochure is attached in case it's useful.

Clem""", attach=[("application/pdf", "Bellwether-Weddings-2027.pdf", BROCHURE_PDF)], kind="alt"),
      cu("11-02 19:05", """Amazing, thank you Clem! We'll have a chat tonight and come back to you this week x

Imogen""", thanks=True)),

    C("b02-penhallow-deposit", "en", "closed", {"unanswered-question": 1},
      "Sarah Penhallow <s.penhallow@penhallowtrist.example>", "outlook", "Booking the Half Day - deposit",
      "Deposit amount and card payment answered with a figure and a payment link; the question whether the deposit comes back if the venue folds is skipped. Legal disclaimer in the signature.",
      cu("11-03 12:48", """Hello Anke,

We've decided to go with the Half Day package for 18 September 2027 - very excited!

Before I pay, a couple of things. How much exactly is the deposit, and can it be paid by credit card? Also - if the venue went bust before the date (it happened to a friend of mine last year), would we get the deposit back?

Many thanks,
Sarah Penhallow
Associate | Penhallow & Trist Solicitors
This email is confidential and may be legally privileged. If you are not the intended recipient, please notify us and delete it.""", uq=1),
      ag("anke", "11-03 15:20", """Hi Sarah,

Wonderful news, thank you! It's £362.50 - a quarter of £1,450. The link below takes Visa, Mastercard and Amex, or you can pay by bank transfer with the details printed on the invoice.

https://pay.bellwetherphoto.example/inv/BW-2027-0918?c=sp

Once it's in, the contract follows for you both to sign.

Best wishes,
Anke""")),

    C("b03-albury-album-draft", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Rosie Albury <rosie.albury@wrenmail.example>", "gmail", "Album picks are in!",
      "Album draft promised 'by Friday' arrives the next Tuesday after the couple chase: kept late = missed, plus one chase.",
      cu("11-09 20:14", """Hi Niamh,

Hope you're well! We've finally picked our 60 favourites for the album - they're all hearted in the gallery under "Album picks".

When do you think we'd see a first draft of the layout? No rush, just curious so I can tell my mum, who asks every single day.

Rosie & Tom"""),
      ag("niamh", "11-10 09:30", """Morning Rosie,

Got them - lovely choices, the confetti one on the church steps is going to open the album. I'm laying it out this week and I'll send you the first draft by Friday.

Niamh""", promises=[("11-13", 4)]),
      cu("11-17 08:05", """Hi Niamh, just checking in on the album draft - I haven't seen anything come through yet (checked spam too!). Mum is getting impatient haha

Rosie""", chase=True),
      ag("niamh", "11-17 12:40", """Hi Rosie,

Sorry - a wedding on Saturday and an editing backlog ate my week. Here it is: https://proof.bellwetherphoto.example/albury-album?v=1

You can comment on each spread right on the page.

Niamh""")),

    C("b04-schneider-cotswolds", "de", "closed", {},
      "Lea Schneider <lea.schneider@posteo.example>", "gmail_de", "Hochzeit in den Cotswolds, September 2027",
      "German couple: a numbered list of three questions (date, number of images, paying in euros) answered in one flowing paragraph.",
      cu("11-04 19:30", """Liebe Frau Brodersen,

mein Verlobter Jonas und ich heiraten im September 2027 in den Cotswolds (die Familie meiner Mutter kommt aus Gloucestershire). Eine Freundin hat uns Ihr Studio empfohlen, und Ihre Website hat uns sofort überzeugt.

Ein paar Fragen hätten wir:
1. Haben Sie am Samstag, 4. September 2027 noch Kapazität?
2. Mit wie vielen Bildern können wir bei einer ganztägigen Reportage ungefähr rechnen?
3. Ist es möglich, in Euro zu bezahlen, oder geht nur Pfund?

Viele Grüße aus Freiburg
Lea Schneider""", kind="alt"),
      ag("anke", "11-05 09:15", """Liebe Frau Schneider,

vielen Dank für Ihre Nachricht und schöne Grüße nach Freiburg!

Der 4. September 2027 ist bei uns noch frei - Clem würde Ihre Hochzeit fotografieren, ich kümmere mich um alles Organisatorische. Bei einem ganzen Tag bekommen Sie in der Regel zwischen 600 und 800 fertig bearbeitete Bilder. Und ja, Euro sind kein Problem: Die Rechnung lautet zwar auf Pfund, aber unser Zahlungslink nimmt auch Euro-Karten an, umgerechnet wird zum Tageskurs.

Herzliche Grüße
Anke Brodersen""", client="outlook_de"),
      tz=1),

    C("b05-lefevre-provence", "fr", "closed", {"unanswered-question": 1},
      "Camille Lefèvre <camille.lefevre@orange.example>", "apple_fr", "Mariage en Provence - juin 2027",
      "French couple: travel costs and second photographer answered; the request for a sample album is skipped.",
      cu("11-05 21:10", """Bonjour,

Nous nous marions le 19 juin 2027 dans un mas près de Saint-Rémy-de-Provence et nous cherchons un photographe qui a l'habitude des mariages franco-britanniques (mon fiancé est de Bristol).

Quels seraient les frais de déplacement pour la Provence ? Est-il possible d'avoir un second photographe pour la cérémonie laïque et le cocktail ? Pourriez-vous aussi nous envoyer un exemple d'album complet, pour voir la mise en page ?

Merci beaucoup et bonne soirée,
Camille Lefèvre""", uq=1),
      ag("solene", "11-06 10:20", """Bonjour Camille,

Merci pour votre message - Saint-Rémy en juin, c'est un très beau choix.

Pour la Provence, nous comptons un forfait destination de 650 £ qui couvre l'avion et la voiture de location ; les deux nuits d'hébergement restent à votre charge (ou au mas, s'il y a une chambre de libre). Un second photographe, c'est tout à fait possible : 395 £ pour la journée, et il couvrirait justement la cérémonie et le cocktail pendant que je fais les portraits avec vous deux.

Belle soirée à vous aussi,
Solène"""),
      tz=1),

    C("b06-montes-sevilla", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Lucía Montes <lucia.montes@correo.example>", "gmail_es", "Boda en Sevilla, mayo 2027",
      "Spanish couple: price for Spain answered, the pre-wedding shoot deferred to 'el jueves' and never confirmed, paying in euros skipped.",
      cu("11-03 22:40", """Hola Rafa:

Te escribo de parte de Álvaro y mía: nos casamos el 8 de mayo de 2027 en una hacienda a las afueras de Sevilla, y nos encantó el reportaje de la boda de Marta y Kieran que tenéis en la web.

¿Cuánto costaría el día completo con el desplazamiento desde Inglaterra? También nos gustaría hacer una preboda el día anterior por el barrio de Santa Cruz, ¿sería posible? Y otra cosa: ¿se puede pagar en euros?

Un abrazo,
Lucía""", uq=1, kind="alt"),
      ag("rafa", "11-04 10:05", """¡Hola, Lucía!

Qué alegría. La hacienda de Marta y Kieran estaba precisamente a media hora de Sevilla, conozco bien la zona.

El día completo son 2.150 £, y para España añadimos un suplemento de destino de 650 £ que cubre vuelos y coche; el alojamiento de dos noches corre de vuestra cuenta. Lo de la preboda del viernes lo tengo que cuadrar con la agenda de Clem, que ese fin de semana también tiene boda, así que te escribo el jueves y te confirmo.

Un abrazo,
Rafa""", promises=[("11-05", None)]),
      tz=1),

    C("b07-okonkwo-family-inline", "en", "pending", {},
      "Ada Okonkwo <ada@okonkwo-family.example>", "thunderbird", "Family portrait before Christmas",
      "Four questions on separate lines answered inline under each quoted line: a time slot, a price with a figure, a suggestion, a one-liner.",
      cu("11-16 21:02", """Hi Niamh,

My parents are over from Lagos for Christmas and we'd love a proper family portrait while they're here - 9 of us including two toddlers and a very opinionated dog.

Do you have anything on Saturday 19 December?
How much is a family session, and how many photos do we get?
Where would we do it - your studio or outdoors somewhere?
Is the dog allowed (he's well behaved-ish)?

Thanks!
Ada"""),
      ag("niamh", "11-17 09:40", """Hi Ada,

Answers below -

> Do you have anything on Saturday 19 December?

10am or 2pm - say which and it's yours.

> How much is a family session, and how many photos do we get?

£225 with 10 edited images. Extras are £15 each if you can't choose (nobody can).

> Where would we do it - your studio or outdoors somewhere?

Either. With two toddlers in December I'd go for the studio, plus a quick walk to Royal Victoria Park if the weather's kind.

> Is the dog allowed (he's well behaved-ish)?

Always.

Niamh""", quote=False)),

    C("b08-whitlock-northumberland", "en", "pending", {"unanswered-question": 2},
      "Gillian Whitlock <gillian.whitlock@hexhamvets.example>", "outlook", "Photography for Hannah & Rob, Matfen Hall",
      "Mother of the bride writes one long paragraph with four questions; the reply covers travel fee and overnight stay, not the second photographer or the ceilidh.",
      cu("11-15 20:35", """Dear Clem,

I'm writing on behalf of my daughter Hannah, who is marrying her fiancé Rob at Matfen Hall in Northumberland on 21 August next year; she is snowed under at work so I've been put in charge of the photographer, and having looked at a great many websites yours is the one we keep coming back to. The main thing I need to understand is the travel fee, because I appreciate Bath to Northumberland is a long way and I would rather know now than have a surprise later, and I was also wondering whether you would need to stay the night before, and if so whether we book your room or you do. Hannah is also keen on a second photographer for the groom's preparations, which happen at a different house about twenty minutes away; is that something you offer, and what would it add? Finally, my husband would like to know if you would photograph the ceilidh in the evening or whether the day finishes before that.

With kind regards,
Gillian Whitlock""", uq=2, cc="Hannah Whitlock <hannah.whitlock@fernmail.example>"),
      ag("clem", "11-16 10:10", """Dear Gillian,

Thank you - and please pass my congratulations on to Hannah. Matfen Hall is a beautiful place to get married.

For Northumberland it's £280 on top of the package: mileage both ways plus one night near the venue, which I book myself, so there's nothing for you to arrange. I always go up the evening before so that I'm fresh for the morning.

Best wishes,
Clem""")),

    C("b09-carrow-new-date", "en", "closed", {},
      "Beth Carrow <bethcarrow@icloud.example>", "iphone", "Change of date!",
      "Date change because of a pregnancy: new date confirmed, deposit carried over, updated contract attached, ticket marked resolved; thanks-only reply does not reopen.",
      cu("11-10 07:55", """Hi Anke,

Bit of a curveball - I'm pregnant (!!) and due right around our wedding date, 15 May. We've managed to move the venue to Saturday 2 October 2027. Can you move us to the new date? And does our deposit carry over or do we need to pay again?

Beth x

Sent from my iPhone"""),
      ag("anke", "11-10 11:30", """Hi Beth,

Congratulations - that's the best kind of curveball!

Clem is free on 2 October 2027, so I've moved your booking. Your £537.50 comes with you; nothing more to pay until the balance, six weeks before. The updated agreement is attached for your records, no need to sign it again.

I'll mark this one as resolved, but shout if anything else changes.

Warmly,
Anke""", closes=True, attach=[("application/pdf", "Booking-Carrow-Oduya-2027-10-02.pdf", CONTRACT_PDF)]),
      cu("11-10 12:02", """Thank you so much Anke, that's such a relief! xx

Sent from my iPhone""", thanks=True)),

    C("b10-marsh-invoice-reissue", "en", "closed", {"reopened": 1},
      "Oliver Marsh <oliver@marshjoinery.example>", "gmail", "Invoice for our family shoot",
      "Invoice copy sent and the ticket closed; the customer comes back five days later asking for it to be reissued to his company (done).",
      cu("11-05 10:15", """Hi,

Could you send me a copy of the final invoice for our family shoot in October? I can't find the original email anywhere.

Thanks,
Oliver Marsh"""),
      ag("anke", "11-05 11:02", """Hi Oliver,

Attached - BW-F-1187, paid in full on 12 October. I'm closing this ticket now, but reply any time if you need anything else.

Anke""", closes=True, attach=[("application/pdf", "BW-F-1187.pdf", INVOICE_PDF)]),
      cu("11-10 16:40", """Hi Anke,

Sorry - my accountant says it needs to be made out to Marsh Joinery Ltd rather than to me personally, with our VAT number (GB 284 1120 37). Could you reissue it?

Oliver"""),
      ag("anke", "11-11 09:20", """Hi Oliver,

No problem at all - reissued to Marsh Joinery Ltd with the VAT number, same invoice number and marked "reissued". New copy attached.

Anke""", attach=[("application/pdf", "BW-F-1187-reissued.pdf", INVOICE_LTD_PDF)])),

    C("b11-fairweather-gallery-wait", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Priya Fairweather <priya.f@kingsmeadlibrary.example>", "owa", "When will our gallery be ready?",
      "Only the studio's automatic acknowledgement, then 'I'm still waiting to hear back' a week later; no human reply at all.",
      cu("11-09 13:20", """Hello,

We got married at the Assembly Rooms on 26 September and Niamh took our photos - we loved the sneak peeks! Could you let me know roughly when the full gallery will be ready? My grandmother is flying back to India in early December and I'd love to show her the pictures before she goes.

Best,
Priya Fairweather"""),
      ack("11-09 13:21"),
      cu("11-16 09:45", """Hello again,

I'm still waiting to hear back about the gallery. It's been a week, and my grandmother leaves on 3 December - even a rough date would help.

Priya""", chase=True)),

    C("b12-penrose-elopement", "en", "open", {},
      "Kit Penrose <kit.penrose@seamail.example>", "gmail", "Elopement in Cornwall?",
      "Fresh enquiry on the audit day with only the automatic acknowledgement - still inside the response target.",
      cu("11-20 10:05", """Hi!

We're thinking of eloping in Cornwall in March - just the two of us and the dog. Do you do small elopement packages, and would you travel as far as Porthcurno?

Thanks,
Kit & Sam"""),
      ack("11-20 10:06")),

    C("b13-ashby-second-shooter", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Tom Ashby <tom@ashbyandco.example>", "apple", "Adding a second shooter",
      "'Let me check with her and come back to you early next week' on a Friday, nothing by Tuesday; the drone question is ignored.",
      cu("11-13 11:30", """Hi Clem,

We've booked you for 24 July (Hazel and I, Euridge Manor) and we're now thinking about adding a second shooter - we've got 140 guests and the venue is quite spread out. Is Niamh available that day? Also, can you fly a drone at Euridge or does the venue not allow it?

Cheers,
Tom""", uq=1),
      ag("clem", "11-13 17:20", """Hi Tom,

Good thinking with 140 guests - a second pair of eyes really helps at Euridge, the barns are a long way apart. Niamh has a tentative hold that weekend from another couple, so let me check with her and come back to you early next week.

Clem""", promises=[("11-17", None)])),

    C("b14-greaves-prints", "en", "pending", {},
      "Hollie Greaves <hollie.greaves@lanternmail.example>", "gmail", "Ordering prints?",
      "Where to order prints and whether a 30x40 canvas is possible, answered with two shop links only; screenshot attached; thanks-only reply.",
      cu("11-18 20:22", """Hiya,

Our gallery is gorgeous, we've both cried twice. Silly question probably, but where do I actually order prints from? I can see the download button but nothing for prints (screenshot attached). And is it possible to get a big canvas, like 30x40 inches, of the one under the oak tree?

Hollie""", attach=[("image/png", "gallery-screenshot.png", SCREENSHOT_PNG)], kind="alt"),
      ag("niamh", "11-19 08:50", """Hi Hollie - not silly at all, that button is a bit hidden!

https://gallery.bellwetherphoto.example/greaves-wedding/shop?tab=prints
https://gallery.bellwetherphoto.example/greaves-wedding/shop?tab=wall-art (canvases go up to 40x60)

Niamh"""),
      cu("11-19 12:15", """Ordered the canvas - thank you!!

Hollie""", thanks=True)),

    C("b15-girard-devis-bordeaux", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Élise Girard <elise.girard@laposte.example>", "apple_fr", "Devis mariage Saint-Émilion",
      "French couple: payment in instalments answered; the detailed quote promised 'demain matin' arrives three days late after 'Je me permets de vous relancer'.",
      cu("11-02 09:40", """Bonjour Solène,

Suite à notre appel de vendredi, pourriez-vous nous envoyer le devis détaillé pour le mariage du 28 août 2027 au château près de Saint-Émilion, avec le second photographe et l'album 30 pages ?

Nous aimerions aussi savoir s'il est possible de régler en plusieurs fois.

Bonne journée,
Élise Girard"""),
      ag("solene", "11-02 14:15", """Bonjour Élise,

Merci encore pour l'appel ! Pour le règlement, aucun souci : 25 % d'acompte à la réservation, puis le solde en deux fois, en juin et six semaines avant le mariage.

Je finalise le devis avec les options et je vous l'envoie demain matin.

Belle journée,
Solène""", promises=[("11-03", 4)]),
      cu("11-06 10:05", """Bonjour Solène,

Je me permets de vous relancer au sujet du devis : nous ne l'avons toujours pas reçu, et le château attend notre réponse pour la semaine prochaine.

Merci,
Élise""", chase=True),
      ag("solene", "11-06 11:30", """Bonjour Élise,

Toutes mes excuses, le voici en pièce jointe (D-2027-0828). Il est valable jusqu'à fin janvier.

Bien à vous,
Solène""", attach=[("application/pdf", "Devis-D-2027-0828.pdf", DEVIS_PDF)]),
      tz=1),

    C("b16-ferrer-mallorca", "es", "pending", {"unanswered-question": 1},
      "Jordi Ferrer <jordi.ferrer@correu.example>", "gmail_es", "Boda en Deià (Mallorca)",
      "Spanish couple: whether travel to Mallorca is included is answered; the request for two full beach-wedding galleries is not.",
      cu("11-17 18:20", """Hola, buenas tardes:

Somos Jordi y Claire, nos casamos en Mallorca (Deià) el 11 de septiembre de 2027. Claire es inglesa y su familia conoce vuestro estudio.

¿El paquete de día completo incluye el desplazamiento a Mallorca o va aparte? Nos gustaría también ver un par de galerías completas de bodas en la playa, si nos las podéis mandar.

Gracias y un saludo,
Jordi""", uq=1),
      ag("rafa", "11-18 09:30", """Hola, Jordi:

¡Enhorabuena a los dos! Deià es precioso en septiembre.

Va aparte: para Baleares aplicamos el mismo suplemento de destino que en la península, 650 £, con vuelos y coche incluidos. Si además queréis segundo fotógrafo, se suma su vuelo.

Un saludo,
Rafa"""),
      tz=1),

    C("b17-hale-three-agents", "en", "closed", {"many-handoffs": 1},
      "Freya Hale <freya.hale@brightwater.example>", "gmail", "Venue change + album + engagement shoot",
      "Three changes handled by three people (studio manager, lead photographer, album designer), each promise kept on time; thanks-only close.",
      cu("11-02 08:30", """Hi Anke,

A few updates from us! We've moved the wedding from the Guildhall to the barn at Kelston (same date, 22 May). Does that change the travel fee? We'd also like to upgrade the album to the bigger 12x12 one, and is there any chance the engagement shoot could move to January instead of March? We'd love frosty photos.

Freya"""),
      ag("anke", "11-02 10:00", """Hi Freya,

Kelston is well inside our free 40-mile radius, so no travel fee - nothing changes there.

Clem looks after his own diary, so he'll drop you a line about January dates today, and Niamh will come back to you about the album upgrade.

Anke""", promises=[("11-02", 3), ("window", 4)]),
      ag("clem", "11-02 14:10", """Hi Freya,

Frost at Kelston is gorgeous, good call. I've pencilled you in for Sunday 17 January at 2pm - if that doesn't suit just say and I'll find another January weekend.

Clem""", parent=1),
      ag("niamh", "11-03 09:30", """Hi Freya,

Done - your album is now the 12x12 with 40 pages. The difference is £180, which has been added to your balance invoice.

Niamh""", parent=1),
      cu("11-03 10:05", """Brilliant, thank you all three of you!

Freya""", thanks=True)),

    C("b18-quinn-friday-evening", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Declan Quinn <declan.quinn@quinnarchitects.example>", "outlook", "Anniversary family portrait",
      "Friday-evening enquiry answered on Monday (slow); home session and what to wear answered, prints-instead-of-digitals skipped.",
      cu("11-06 19:40", """Hi,

My wife and I would like a family portrait session for our 10th anniversary with our three kids (aged 4, 7 and 11). A couple of questions:

- Do you do sessions at the client's home? We have a big garden in Larkhall.
- What should we all wear? My wife is worried about clashing colours.
- Can we get prints included in the price instead of digitals?

Regards,
Declan Quinn
Quinn Architects | 14 Northgate Street, Bath""", uq=1),
      ag("niamh", "11-09 10:15", """Hi Declan,

Congratulations on ten years! Home sessions are my favourite, and Larkhall is ten minutes from the studio so there's no travel fee.

For clothes: two or three muted colours that sit well together (blues and creams are lovely in a garden), and nothing with big logos. There's a short guide here: https://bellwetherphoto.example/family/what-to-wear

Niamh""")),

    C("b19-lowther-rhetorical", "en", "closed", {},
      "Maddie Lowther <maddie@lowtherstudio.example>", "apple", "Shot list + meals",
      "A rhetorical question and a question answered by the customer herself; the two real requests (shot-list template, whether the photographer needs a meal) are answered with an attachment and a yes.",
      cu("11-04 22:10", """Hi Clem,

Who knew planning a wedding involved this many spreadsheets? Anyway - we're nearly there!

What was the name of the album company you mentioned when we met? Oh wait, never mind, it's in the brochure - Folio & Thread.

Two real questions: could you send me the shot list template you mentioned, and do you need a meal on the day (the caterer wants numbers by Friday)?

Thanks!
Maddie"""),
      ag("clem", "11-05 09:05", """Hi Maddie,

Spreadsheets are the secret of every calm wedding day, I promise.

Template attached. And yes please to a meal - one main is perfect, two if Niamh comes as second shooter. No dietary requirements for either of us.

Clem""", attach=[("application/pdf", "Bellwether-shot-list-template.pdf", SHOTLIST_PDF)])),

    C("b20-marigold-planner-html", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Serena Ojo <serena@marigoldplanning.example>", "owa", "Priston Mill, 30 April 2027 - photographer details",
      "HTML-only mail from a wedding planner with a four-item list: insurance and finish time answered, same-day edits deferred to 'tomorrow' and never answered, sample gallery link skipped. Signature with '?' URL.",
      cu("11-05 11:00", """Hi Anke,

I'm planning the Bevan-Lutterworth wedding at Priston Mill on 30 April 2027 and the couple have shortlisted you.

Could you confirm the following so I can put it in their proposal:
- whether you have public liability insurance (the venue needs a copy),
- your latest finish time on the Full Day package,
- whether you can provide 20 same-day edits for the couple to post before the evening reception,
- and if possible a link to a full gallery from a mill or barn venue.

Many thanks,
Serena Ojo
Marigold Wedding Planning
Need a planner? https://marigoldplanning.example/enquire?src=email&ref=so""", kind="html", uq=1),
      ag("anke", "11-05 14:30", """Hi Serena,

Lovely to hear from you again. Yes, we're insured - certificate attached (£5m public liability, renewed in September). The Full Day covers up to ten hours, so with a 1pm ceremony Clem would typically stay until around 9:30pm.

Same-day edits: let me check with Clem whether he can do them at Priston - the phone signal there is patchy - and I'll get back to you tomorrow.

Best,
Anke""", attach=[("application/pdf", "Bellwether-insurance-2026-27.pdf", INSURANCE_PDF)], promises=[("11-06", None)])),
]

CASES += [
    C("b21-kirby-contract-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Jess Kirby <jess.kirby@postbox.example>", "gmail", "Contract please",
      "Contract request with only the acknowledgement, resent word for word as a new mail three days later; answered with a signing link (slow first response).",
      cu("11-09 09:10", """Hi,

We paid our deposit last week (Kirby/Noakes, 9 October 2027). Please send the contract over so we can both sign it - we're away from the 20th so would love to get it done before then.

Thanks,
Jess"""),
      ack("11-09 09:11"),
      cu("11-12 08:30", """Hi,

We paid our deposit last week (Kirby/Noakes, 9 October 2027). Please send the contract over so we can both sign it - we're away from the 20th so would love to get it done before then.

Thanks,
Jess""", chase=True, parent=0),
      ag("anke", "11-12 11:15", """Hi Jess,

Apologies for the slow reply - both your emails landed while I was on leave. Here's your contract: https://sign.bellwetherphoto.example/c/KN-20271009?r=jk

Each of you gets your own signing link by email once the first signature is in.

Anke""", parent=3)),

    C("b22-nakamura-gallery-date", "en", "pending", {},
      "Ren Nakamura <ren.nakamura@kumo.example>", "iphone", "Gallery?",
      "Two short questions from a phone answered with a date and 'post away' (emoji, quoted-printable).",
      cu("11-18 12:30", """Hey Niamh! When do we get the full gallery? We got married on 31 Oct (Halloween wedding, you'll remember the pumpkins). Also can we post the sneak peeks on insta or should we wait?

Ren

Sent from my iPhone"""),
      ag("niamh", "11-18 14:05", """Hey Ren! Of course I remember the pumpkins 🎃

Friday 11 December at the latest, probably sooner. And post away - just tag @bellwetherphoto if you don't mind.

Niamh""")),

    C("b23-hoffmann-album-angebot", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Markus Hoffmann <m.hoffmann@web.example>", "thunderbird_de", "Album und Elternalben",
      "German couple: 'ich melde mich morgen' with the album quote, nothing for a week, 'gibt es schon etwas Neues?'; the new promise 'bis Freitag' is still running at audit time.",
      cu("11-10 20:15", """Hallo Frau Brodersen,

unsere Hochzeit im Juli war wunderschön, und die Galerie ist ein Traum - vielen Dank an Clem!

Wir möchten jetzt doch ein Album bestellen, und zusätzlich zwei kleinere Exemplare für unsere Eltern. Könnten Sie uns dafür ein Angebot schicken?

Viele Grüße
Markus Hoffmann"""),
      ag("anke", "11-11 09:30", """Hallo Herr Hoffmann,

wie schön, das wird Clem sehr freuen! Ich stelle das Angebot mit den beiden Elternalben zusammen und melde mich morgen bei Ihnen.

Viele Grüße
Anke Brodersen""", client="outlook_de", promises=[("11-12", None)]),
      cu("11-17 19:50", """Hallo Frau Brodersen,

gibt es schon etwas Neues wegen des Angebots? Wir würden die Alben gern noch vor Weihnachten verschenken.

Viele Grüße
Markus Hoffmann""", chase=True),
      ag("anke", "11-18 09:10", """Hallo Herr Hoffmann,

entschuldigen Sie bitte die Verzögerung - unsere Buchbinderei hat die Preise für 2027 noch nicht bestätigt. Ich schicke Ihnen das Angebot bis Freitag. Die Alben schaffen wir trotzdem vor Weihnachten, wenn Sie bis Ende November bestellen.

Viele Grüße
Anke Brodersen""", client="outlook_de", promises=[("11-20", None)]),
      tz=1),

    C("b24-ortega-abuelos", "es", "closed", {},
      "Marisol Ortega <marisol.ortega@correo.example>", "gmail_es", "Fotos de familia en Navidad",
      "Spanish family in Bristol: a pleasantry, then where, how much and which days - all answered.",
      cu("11-02 18:45", """Hola Rafa, ¿qué tal todo por Bath?

Me ha pasado tu contacto una compañera de trabajo. Mis padres vienen de Valladolid a pasar las Navidades con nosotros en Bristol y queremos hacernos unas fotos de familia con ellos, que hace años que no tenemos ninguna.

¿Hacéis sesiones en Bristol o hay que ir al estudio de Bath? Somos siete, contando a los niños. ¿Qué días tenéis libres entre el 21 y el 30 de diciembre?

Gracias,
Marisol"""),
      ag("rafa", "11-03 09:20", """Hola, Marisol:

Todo bien, gracias. Qué buen plan: vamos a Bristol sin problema y no cobramos desplazamiento. Siete personas es una sesión familiar normal, 225 £ con 10 fotos editadas.

Entre el 21 y el 30 tengo libres el 22, el 23 y el 29, por la mañana o a primera hora de la tarde (en diciembre la luz se va pronto). Dime qué día os viene mejor y lo reservo.

Un saludo,
Rafa""")),

    C("b25-ellery-album-questions", "en", "closed", {"unanswered-question": 2},
      "Georgia Ellery <georgia.ellery@wrenmail.example>", "gmail", "Album time!",
      "Numbered list of four album questions; the reply answers cover materials and parent copies, not spreads/price or delivery time.",
      cu("11-06 13:00", """Hi Niamh,

We're finally ready to design the album! Questions, sorry in advance:

1. What cover materials are there? I liked the linen one at the open day.
2. How many spreads does the standard album have, and what does it cost to add more?
3. Can we order two smaller copies for our parents, and what size are they?
4. If we approve the design before Christmas, when would it arrive?

G x""", uq=2, kind="alt"),
      ag("niamh", "11-06 17:20", """Hi Georgia,

Linen comes in six colours - oat, sage, slate, blush, navy and charcoal - and there's also a vegan leather and a velvet. Parent albums are 8x8 and exact copies of yours: £195 each, or £350 for the pair.

Heart your favourites in the gallery whenever you're ready.

Niamh""")),

    C("b26-brennan-revised-quote", "en", "pending", {},
      "Ciara Brennan <ciara.brennan@brennanevents.example>", "outlook", "Downsizing our package",
      "Studio manager promises the photographer will send the revised quote tomorrow; he does, with a PDF.",
      cu("11-16 10:10", """Hi,

We've cut the guest list to 60 (long story) and we'd like to drop from the Full Day to the Half Day plus an hour. Could you send us a revised quote?

Ciara Brennan"""),
      ag("anke", "11-16 12:00", """Hi Ciara,

That works well for 60 guests. Clem prices the extra hours himself, so he'll email you the revised quote tomorrow.

Anke""", promises=[("11-17", 3)]),
      ag("clem", "11-17 10:30", """Hi Ciara,

Revised quote attached: Half Day (six hours) at £1,450 plus one extra hour at £180, so £1,630 in total. The deposit you've paid stays as it is and comes off the balance.

Clem""", parent=1, attach=[("application/pdf", "Brennan-revised-quote.pdf", QUOTE_PDF)])),

    C("b27-ives-balance-invoice", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Harvey Ives <harvey@ivesandsons.example>", "thunderbird", "Balance invoice",
      "'I'll send the balance invoice over by the end of the day' - never sent; whether the second photographer is included is not answered.",
      cu("11-04 08:50", """Morning,

Could you send me the balance invoice for our wedding on 5 December? Our accounts person wants to pay it this week. I also wondered whether the balance includes the second photographer we added in September, or will that be billed separately?

Harvey Ives""", uq=1),
      ag("anke", "11-04 10:40", """Morning Harvey,

Of course - I'll send the balance invoice over by the end of the day.

Anke""", promises=[("11-04", None)])),

    C("b28-fenwick-out-of-office", "en", "pending", {},
      "Rachel Fenwick <rachel.fenwick@fenwickdesign.example>", "outlook", "Family shoot in January",
      "Both questions answered; the customer's Outlook out-of-office answers the reply.",
      cu("11-16 15:00", """Hi there,

What's your availability for a family shoot in early January? And do you do shoots on weekdays, or only at weekends?

Thanks,
Rachel Fenwick
Fenwick Design"""),
      ag("niamh", "11-17 09:00", """Hi Rachel,

Weekdays are absolutely fine. In early January I have Tuesday 5th, Thursday 7th and Wednesday 13th free, all from 10am.

Niamh"""),
      auto("11-17 09:01", """Thank you for your email. I am out of the office until Monday 23 November with no access to email.

For anything urgent please contact studio@fenwickdesign.example.

Rachel Fenwick""", quote=False, subject="Automatic reply: Re: Family shoot in January")),

    C("b29-moss-roman-baths", "en", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Hayley Moss <hayley.moss@mailbox.example>", "android", "Roman Baths wedding - night photos?",
      "Acknowledgement only, then 'any news?'; the reply answers the night-shooting question and forgets the deposit question.",
      cu("11-02 21:30", """Hi there, we're getting married at the Roman Baths in October 2027 and wondered if you're allowed to shoot inside at night - we've heard they're strict about flash. Also what's the deposit to book?

Hayley

Sent from Outlook for Android""", uq=1),
      ack("11-02 21:31"),
      cu("11-05 12:00", """Hi, any news? We've got two other photographers waiting on an answer.

Hayley

Sent from Outlook for Android""", chase=True),
      ag("clem", "11-05 15:30", """Hi Hayley,

Sorry for the wait. Yes - I've photographed at the Roman Baths after dark many times. Flash isn't allowed near the Great Bath, but the torchlight there is gorgeous and I work with fast lenses, so you won't miss a thing.

Clem""")),

    C("b30-dubois-famille", "fr", "pending", {},
      "Aurélie Dubois <aurelie.dubois@free.example>", "apple_fr", "Séance photo de famille avant Noël",
      "French family in London: travel to London and delivery time answered, two dates offered.",
      cu("11-15 17:30", """Bonjour Solène,

Une amie (Claire, mariée en juin à Bath) m'a donné votre adresse. Nous aimerions faire une séance photo de famille avant Noël pour envoyer des cartes à la famille en France.

Est-ce que vous vous déplacez à Londres ? Et combien de temps faut-il pour recevoir les photos ? Il faudrait que les cartes partent avant le 12 décembre.

Merci d'avance !
Aurélie"""),
      ag("solene", "11-16 09:40", """Bonjour Aurélie,

Avec plaisir ! Je viens à Londres, avec un supplément de 90 £ pour le train. Les photos sont prêtes une semaine après la séance, et je peux vous envoyer en priorité les trois ou quatre images pour les cartes sous 48 heures.

Je suis disponible le samedi 28 novembre ou le samedi 5 décembre. Laquelle vous conviendrait ?

Bien à vous,
Solène""")),

    C("b31-garside-empty-usb", "en", "pending", {"missed-follow-up": 1},
      "Nina Garside <nina.garside@postbox.example>", "gmail", "USB stick is empty",
      "'Let me look into what happened and get back to you' without a date; nothing within the two-day window.",
      cu("11-16 11:20", """Hi,

The USB box with our wedding photos arrived today, but the stick inside is empty - the laptop sees it, there just aren't any files on it. Can you send another one? We're going to my in-laws on the 28th and wanted to take it with us.

Nina"""),
      ag("anke", "11-16 14:00", """Hi Nina,

Oh no, I'm so sorry - that's a first. Let me look into what happened with that batch and get back to you.

Anke""", promises=[("window", None)])),

    C("b32-lindqvist-timeline", "en", "pending", {},
      "Erik Lindqvist <erik@lindqvistdesign.example>", "apple", "Photography timeline",
      "Family-formals time answered; the timeline is promised for Monday 23 November, still ahead at audit time.",
      cu("11-19 09:00", """Hi Clem,

Three weeks to go! Our planner wants a photography timeline from you - could you send yours? And how long do you need for the family formals? We have about 12 groupings.

Erik"""),
      ag("clem", "11-19 11:20", """Hi Erik,

Exciting! Twelve groupings take about 35 minutes if someone with a loud voice has the list - ask your best man. I'll send you the full timeline on Monday, once I've seen the venue's running order.

Clem""", promises=[("11-23", None)])),

    C("b33-albright-album-courier", "en", "closed", {},
      "Joe Albright <joe.albright@hillmail.example>", "gmail", "Album delivery + new address",
      "Pleasantry, then delivery date and address change answered; the courier's delivery day is logistics, not a promise. Thanks-only reply.",
      cu("11-03 19:10", """Hi Niamh,

Hope the wedding season's calming down for you?

We approved the album design last week - when is it likely to arrive? We're moving house on the 14th, so could it come to the new address instead (4 Kennet Row, Devizes SN10 1AB)?

Cheers,
Joe"""),
      ag("niamh", "11-04 09:00", """Hi Joe,

Slowly, thank you! The album comes back from the bindery on Monday 16th and our courier delivers it to Kennet Row on Tuesday 17th - after your move, so no risk of it going to the old place. DPD email you a one-hour slot the evening before.

Niamh"""),
      cu("11-04 09:20", """Perfect, thanks Niamh!

Joe""", thanks=True)),

    C("b34-wagner-rohdaten", "de", "closed", {"unanswered-question": 1},
      "Julia Wagner <julia.wagner@gmx.example>", "gmail_de", "Galerie und RAW-Dateien",
      "German couple: how long the gallery stays online is answered, the RAW-files question is not.",
      cu("11-08 20:00", """Hallo Frau Brodersen,

wir haben gestern die Galerie bekommen - einfach wunderschön, vielen Dank an Niamh!

Zwei Fragen noch: Wie lange bleibt die Online-Galerie aktiv? Und bekommen wir auch die RAW-Dateien? Mein Mann fotografiert selbst und würde gern ein paar Bilder nachbearbeiten.

Liebe Grüße
Julia Wagner""", uq=1),
      ag("anke", "11-09 10:00", """Hallo Frau Wagner,

das freut uns sehr, ich sage es Niamh weiter!

Die Galerie bleibt zwölf Monate online, danach können Sie sie für 25 £ im Jahr verlängern. Laden Sie am besten jetzt schon alles in voller Auflösung herunter, dann haben Sie eine Sicherungskopie.

Viele Grüße
Anke Brodersen""", client="outlook_de"),
      tz=1),

    C("b35-castillo-ronda", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Pablo Castillo <pablo.castillo@correo.example>", "gmail_es", "Fecha en Ronda",
      "Spanish couple: 'te escribo el lunes con la disponibilidad definitiva' never kept; '¿hay alguna novedad? Seguimos esperando' unanswered for more than a day.",
      cu("11-11 10:30", """Hola Rafa:

Estamos mirando fechas con la finca de Ronda y nos ofrecen el 18 o el 25 de septiembre de 2027. ¿Cuál de las dos tenéis libre? Necesitamos contestarles pronto.

Pablo"""),
      ag("rafa", "11-11 16:00", """Hola, Pablo:

Ahora mismo las dos aparecen libres en mi agenda, pero el 25 Niamh tiene una reserva provisional que quizá se libere. Lo hablo con ella y te escribo el lunes con la disponibilidad definitiva.

Rafa""", promises=[("11-16", None)]),
      cu("11-19 09:15", """Hola Rafa, ¿hay alguna novedad? Seguimos esperando para cerrar la fecha con la finca, y solo nos la guardan hasta el viernes.

Pablo""", chase=True),
      tz=1),

    C("b36-ndiaye-inline-skip", "en", "pending", {"unanswered-question": 1},
      "Fatou Ndiaye <fatou.ndiaye@harbourmail.example>", "thunderbird", "Balance payment questions",
      "Three admin questions; the inline reply answers the first and third under their quotes and silently drops the payment-plan question.",
      cu("11-17 13:10", """Hi Anke,

A few admin questions before we pay the balance:

Can we pay the balance by bank transfer rather than the card link?
Do you offer a payment plan for the balance? It's a big chunk just before Christmas.
Is the invoice in both our names? We're splitting it.

Thanks,
Fatou""", uq=1),
      ag("anke", "11-17 16:00", """Hi Fatou,

> Can we pay the balance by bank transfer rather than the card link?

Yes - the bank details are at the bottom of the invoice; please use BW-2026-1219 as the reference.

> Is the invoice in both our names? We're splitting it.

It was in yours only - I've reissued it to Fatou Ndiaye & Lewis Carter, attached.

Anke""", quote=False, attach=[("application/pdf", "BW-2026-1219.pdf", BALANCE_PDF)])),

    C("b37-pryce-saunton-base64", "en", "closed", {},
      "Gemma Pryce <gemma.pryce@coastmail.example>", "android", "Engagement shoot Saturday",
      "Base64-encoded mail from Outlook for Android: bad-weather plan and arrival time, both answered.",
      cu("11-05 08:15", """Hi Niamh,

Our engagement shoot is booked for Saturday 14th at Saunton Sands. What happens if it's chucking it down? And what time should we get there - we're driving from Exeter.

Gemma

Sent from Outlook for Android""", cte="base64"),
      ag("niamh", "11-05 12:30", """Hi Gemma,

If it's properly wet we just move it to the following Saturday, no charge - you decide on the morning and text me. Light rain is actually lovely on a beach, so don't panic at a drizzly forecast.

Meet me at the main car park at 2:45. Sunset is 4:25 and the best light is the hour before.

Niamh""")),

    C("b38-vance-engagement-move", "en", "pending", {"unanswered-question": 1},
      "Callum Vance <callum.vance@thistlemail.example>", "gmail", "Engagement shoot - change of day?",
      "Asked to move the shoot to Sunday 29th; the reply welcomes the dog and describes the Saturday plan as if nothing changed.",
      cu("11-16 19:40", """Hi Clem,

Small change of plan - Amy's sister has booked her hen do on the 28th, so can we move the engagement shoot from Saturday 28th to Sunday 29th? Same time if possible. Also, is it fine to bring our dog Biscuit along for a few shots?

Callum""", uq=1),
      ag("clem", "11-17 09:15", """Hi Callum,

Biscuit is more than welcome - bring treats and a lead, and if you can, someone to hold him for the couple-only shots.

The 3pm start is perfect for late November: sunset is just before 4pm, so we'll start in the woods at Prior Park and finish on the Palladian Bridge.

Clem""")),

    C("b39-sutton-boxing-day", "en", "closed", {"customer-chased": 2, "slow-first-response": 1},
      "Lorraine Sutton <lorraine.sutton@suttonfamily.example>", "iphone", "Boxing Day family photo",
      "Quote request chased twice ('Hello?? Is anyone there?', 'I'm still waiting for a reply'), answered four days later with an alternative date and a price.",
      cu("11-09 09:00", """Hello,

I'd like a quote for an extended family portrait on Boxing Day - there will be 14 of us at my mum's house in Keynsham, ages 2 to 91. Would that be possible and how much would it be?

Lorraine Sutton

Sent from my iPhone"""),
      ack("11-09 09:01"),
      cu("11-11 10:20", """Hello?? Is anyone there? I sent the below on Monday.

Lorraine

Sent from my iPhone""", chase=True),
      cu("11-13 08:05", """I'm still waiting for a reply about Boxing Day. If I don't hear by Monday I'll have to book someone else.

Lorraine

Sent from my iPhone""", chase=True),
      ag("niamh", "11-13 14:30", """Dear Lorraine,

I'm so sorry - your emails were caught by our spam filter and I only found them this morning.

We don't work on Boxing Day itself, but I could come to Keynsham on Sunday 27 December at 11am. Fourteen people is a large family session: £295 with 15 edited images, and there's no travel fee to Keynsham. Would the 27th work for you all?

Niamh""")),

    C("b40-adebayo-venues", "en", "pending", {},
      "Zoë Adebayo <zoe.adebayo@brightmail.example>", "gmail", "Venue ideas + weekday discount?",
      "One long chatty paragraph with two questions (venue recommendations, weekday discount), non-ASCII and emoji, answered in two sentences.",
      cu("11-18 21:30", """Hi Clem! Zoë here (we met at the Bath wedding fair at the Pavilion - I was the one with the café crème down my jumper 🙈). We're still hunting for a venue for summer 2028 and I wondered if you have any favourites within an hour of Bath that take about 80 guests and don't mind a bit of a party? Also, do you ever do a discount for weekday weddings? A Thursday would be fine for us.

Zoë x""", kind="alt"),
      ag("clem", "11-19 10:00", """Hi Zoë - of course I remember the café crème!

For 80 guests and a proper party I'd look at Kin House near Frome, The Barns at Hunstrete and Brympton d'Evercy (a bit further, about 75 minutes, but worth it). Weekday weddings are 15% off any package, so a Thursday would save you a nice chunk.

Clem""")),

    C("b41-moreau-varennes", "fr", "closed", {"unanswered-question": 1},
      "Thomas Moreau <thomas.moreau@sfr.example>", "apple_fr", "Mariage au Château de Varennes",
      "French couple: whether the photographer knows the château is answered with a gallery link; how long the photos take is not.",
      cu("11-07 15:00", """Bonjour,

Nous préparons notre mariage au Château de Varennes, en Bourgogne, pour mai 2027. Avez-vous déjà travaillé là-bas ? Nous aimerions aussi savoir combien de temps il faut pour recevoir toutes les photos après le mariage.

Cordialement,
Thomas Moreau""", uq=1),
      ag("solene", "11-08 10:00", """Bonjour Thomas,

Oui, j'y ai photographié deux mariages, en 2024 et l'été dernier : le parc et l'orangerie sont magnifiques en fin de journée, et l'équipe du château est adorable.

Voici la galerie de Julie et Mathieu, mariés là-bas en juillet : https://bellwetherphoto.example/fr/galeries/varennes-julie-mathieu?mode=public

Bien cordialement,
Solène"""),
      tz=1),

    C("b42-garrido-cronograma", "es", "pending", {},
      "Nerea Garrido <nerea@bodasgarrido.example>", "outlook", "Cronograma boda Emma y Daniel - Marbella",
      "Spanish wedding planner attaches a PDF timeline; the couple-session time and parking question are answered.",
      cu("11-16 10:00", """Buenos días, Rafa:

Te adjunto el cronograma provisional de la boda de Emma y Daniel en Marbella (12 de junio). ¿Te parece bien el horario de la sesión de pareja, a las 20:15? Y otra cosa: el hotel pregunta si necesitáis aparcamiento para uno o dos coches.

Un saludo,
Nerea Garrido
Bodas Garrido · Wedding planner
www.bodasgarrido.example""", attach=[("application/pdf", "Cronograma-Emma-Daniel.pdf", TIMELINE_PDF)]),
      ag("rafa", "11-16 13:20", """Hola, Nerea:

Gracias por el cronograma, está muy bien pensado. A las 20:15 en junio la luz en Marbella es perfecta, yo no lo tocaría. Con una plaza basta: vamos Niamh y yo juntos en el mismo coche.

Un abrazo,
Rafa"""),
      tz=1),

    C("b43-hartnell-afterthought", "en", "closed", {"unanswered-question": 1},
      "Amelia Hartnell <amelia@hartnellhome.example>", "apple", "Time of our shoot on 5 December",
      "Shoot time answered; the customer's afterthought about keeping the gallery online longer gets a pleasantry and nothing else.",
      cu("11-02 10:00", """Hi Anke,

Could you let me know if our shoot on 5 December is still at 11? My husband's diary has it at 11:30.

Amelia"""),
      ag("anke", "11-02 11:30", """Hi Amelia,

11am at the studio - see you then!

Anke"""),
      cu("11-02 12:10", """Perfect, thank you! Oh and one more thing - is there a fee if we want the online gallery kept for longer than a year? Our last photographer deleted everything after six months.

Amelia""", uq=1),
      ag("anke", "11-02 12:40", """You're very welcome, Amelia - we're looking forward to meeting you all.

Anke""")),

    C("b44-bright-second-mail", "en", "pending", {},
      "Naomi Bright <naomi.bright@lumenmail.example>", "gmail", "3 July 2027?",
      "A second mail twelve minutes later adds the timings and a question (not a chase); both answered in one reply.",
      cu("11-17 18:00", """Hi, do you still have availability on 3 July 2027? It's at Homewood Park.

Naomi"""),
      cu("11-17 18:12", """Forgot to say - the ceremony's at 1pm and we'd want you until the first dance at about 8. Does that fit the half day, or do we need the full one?

N"""),
      ag("clem", "11-18 09:30", """Hi Naomi,

3 July is free! From prep to a first dance at 8 is about eight hours, so you'd want the Full Day (£2,150) - the Half Day would only get us as far as the speeches.

Clem""")),

    C("b45-becker-familienfoto", "de", "pending", {},
      "Sabine Becker <sabine.becker@t-online.example>", "outlook_de", "Familienfoto für die Großeltern",
      "German family in Bath (Outlook, Von:/Gesendet: quotes): weekday afternoons and delivery time answered; thanks-only reply.",
      cu("11-16 08:30", """Guten Tag Frau Brodersen,

wir wohnen seit einem Jahr in Bath und möchten gern ein Familienfoto für die Großeltern in Hamburg machen lassen. Wir sind zu viert, die Kinder sind 3 und 6.

Können wir den Termin auch an einem Wochentag nach 15 Uhr machen, wenn die Kinder aus dem Kindergarten kommen? Und wie schnell bekommen wir die Bilder?

Mit freundlichen Grüßen
Sabine Becker"""),
      ag("anke", "11-16 11:45", """Guten Tag Frau Becker,

herzlich willkommen in Bath! Nachmittags unter der Woche passt gut: Im Dezember haben wir noch Dienstag, den 1., und Donnerstag, den 10., jeweils um 15:30 Uhr im Studio - draußen wird es dann schon dunkel. Die fertigen Bilder haben Sie etwa eine Woche nach dem Termin.

Freundliche Grüße
Anke Brodersen""", client="outlook_de"),
      cu("11-16 12:30", """Vielen Dank für die schnelle Antwort! Ich bespreche das mit meinem Mann und melde mich dann.

Sabine Becker""", thanks=True)),

    C("b46-ward-valencia", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Lewis Ward <lewis.ward@northmail.example>", "gmail", "Going ahead with Spain!",
      "'Rafa will send you his list of venues tomorrow' - Rafa sends it two days late; whether flights are paid upfront is never answered.",
      cu("11-09 12:00", """Hi Anke,

We're going ahead with Spain! The shortlist is somewhere near Valencia, September 2027. Could Rafa recommend a few venues he's worked at? Also, do we need to pay for your flights upfront or does that go on the final invoice?

Lewis""", uq=1),
      ag("anke", "11-09 14:30", """Hi Lewis,

Fantastic news! Rafa knows the coast around Valencia really well - he'll send you his list of favourite venues tomorrow.

Anke""", promises=[("11-10", 3)]),
      ag("rafa", "11-12 10:00", """Hi Lewis,

Sorry this took a couple of days longer than Anke said. My favourites near Valencia, all places I've photographed:

- Alquería del Pi, Alboraia - orange groves, ceremonies outdoors till late
- Masía de San Antonio, Albal - big courtyard, good for 150+
- Hort de Sant Patrici, Dénia - a bit further south, a stunning garden

Rafa""", parent=1)),

    C("b47-farrow-instalments", "en", "closed", {},
      "Kate Farrow <kate.farrow@icloud.example>", "iphone", "Balance",
      "One-line request to split the balance, answered with two amounts and dates; thanks-only reply.",
      cu("11-03 20:45", """Hi Anke, is there any way I could split the balance into two payments?

Kate

Sent from my iPhone"""),
      ag("anke", "11-04 09:10", """Hi Kate,

Of course - £700 now and £700 by 1 December. Both links are in your client portal.

Anke"""),
      cu("11-04 09:32", """Brilliant, thanks Anke!

Sent from my iPhone""", thanks=True)),

    C("b48-silverline-planner", "en", "pending", {"unanswered-question": 1},
      "Tash Imrie <tash@silverlineweddings.example>", "owa", "Imrie-Kaur wedding 7 August - three quick ones",
      "Planner's numbered list: arrival time and confetti timing answered in one sentence; the insurance certificate request is skipped.",
      cu("11-18 10:30", """Morning Clem,

Three quick ones for the Imrie-Kaur wedding on 7 August:
1) What time do you arrive for bridal prep?
2) Is there a cut-off for the confetti shot? The registrar at the Guildhall wants to know if we'll hold up the next ceremony.
3) Please send your insurance certificate, the Guildhall needs it by the end of the month.

Tash Imrie
Silverline Weddings""", uq=1),
      ag("clem", "11-18 14:00", """Hi Tash,

I'll be with the bride from 10am, and the confetti takes five minutes on the steps outside, well clear of the next couple.

Clem""")),

    C("b49-caldwell-lost-threading", "en", "closed", {},
      "Robin Caldwell <robin.caldwell@oakmail.example>", "thunderbird", "Engagement shoot location",
      "Answer sent without In-Reply-To/References (subject only); the question is answered with a yes and a fee; thanks-only reply.",
      cu("11-06 09:30", """Hello,

Does the engagement shoot have to be in Bath, or can we do it where we live in Cheltenham?

Robin"""),
      ag("clem", "11-06 12:00", """Hi Robin,

Cheltenham's fine - I'm up there often. It's just under an hour's drive, so there's a small travel fee of £40.

Clem""", thread=False),
      cu("11-06 12:45", """Great, thank you.

Robin""", thanks=True)),

    C("b50-pascoe-forwarded", "en", "closed", {},
      "Ellie Pascoe <ellie.pascoe@fernmail.example>", "gmail", "Fwd: Photographer details",
      "The customer forwards the venue's questions and asks for the certificate to go to the venue directly; questions inside the forward are not hers. Done.",
      cu("11-04 11:00", """Hi Clem,

See below from the venue coordinator - she needs your details. Can you just send her your insurance certificate directly? Her email's in the forward.

Ellie

---------- Forwarded message ---------
From: Harriet Cole <events@combemanor.example>
Date: Tue, 3 Nov 2026 at 16:20
Subject: Photographer details
To: Ellie Pascoe <ellie.pascoe@fernmail.example>

Hi Ellie,

Could you ask your photographer for their public liability certificate? And will they need a parking space on the day?

Best,
Harriet
Combe Manor Events"""),
      ag("clem", "11-04 15:10", """Hi Ellie,

Done - I sent Harriet the certificate this afternoon and told her I'll need one parking space near the orangery.

Clem""")),

    C("b51-halvorsen-dordogne", "en", "closed", {"unanswered-question": 2},
      "Brooke Halvorsen <brooke.halvorsen@lakemail.example>", "gmail", "Dordogne wedding, July 2027",
      "American bride (UTC-5) asks three things in a paragraph; the welcome-dinner question is answered, gallery delivery and paying in dollars are not.",
      cu("11-05 14:00", """Hi Solène,

My fiancé Marc and I (he's from Lyon, I'm from Minnesota) are getting married in the Dordogne on 3 July 2027 and we'd love for you to shoot it. I have a few questions. Since half our guests will be flying in from the US, we're doing a welcome dinner the night before - would you be able to cover that too, and what would it cost? Is the gallery delivered in the same way wherever we marry, or is it different for destination weddings? And I know this is a weird one, but can we pay in US dollars? Our account is in dollars and the transfer fees are brutal.

Thanks so much!
Brooke""", uq=2, kind="alt"),
      ag("solene", "11-06 09:00", """Hi Brooke,

Congratulations to you both - the Dordogne in July is magical.

Yes, I can cover the welcome dinner: two hours on the Friday evening is £350 on top of your package, and as I'll already be there for the wedding there's no extra travel.

Warmly,
Solène"""),
      tz=-5),

    C("b52-navarro-toledo", "es", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Carmen Navarro <carmen.navarro@correo.example>", "gmail_es", "Boda en Toledo - 22 de mayo",
      "Spanish bride chases after two days ('Sigo esperando respuesta'); the date is confirmed, the album catalogue request is forgotten.",
      cu("11-04 12:00", """Hola:

Quisiera saber si todavía tenéis libre el sábado 22 de mayo de 2027 para una boda en Toledo. Además, ¿podríais enviarme el catálogo de álbumes con precios?

Gracias,
Carmen Navarro""", uq=1),
      cu("11-06 09:30", """Hola de nuevo, ¿habéis podido ver mi correo? Sigo esperando respuesta sobre la fecha.

Carmen""", chase=True),
      ag("rafa", "11-06 11:00", """Hola, Carmen:

Perdona el retraso, estaba de boda en Granada. El 22 de mayo de 2027 está libre, ¡y Toledo me encanta! Si queréis reservarlo, con la señal del 25 % queda bloqueado.

Un saludo,
Rafa"""),
      tz=1),

    C("b53-latimer-contract-monday", "en", "closed", {"missed-follow-up": 1},
      "Owen Latimer <owen.latimer@latimerbrew.example>", "outlook", "Booking 14 August 2027",
      "What is needed to book is answered; the contract promised for Monday comes on Tuesday with an apology: kept late = missed.",
      cu("11-05 16:00", """Hi Anke,

We'd like to book the Half Day for 14 August 2027 at Bath Guildhall. What do you need from us to confirm it?

Owen Latimer"""),
      ag("anke", "11-06 10:00", """Hi Owen,

Lovely! Just the 25% deposit (£362.50, invoice link below) and a signed contract. I'll send the contract on Monday, once Clem has added the Guildhall details.

https://pay.bellwetherphoto.example/inv/BW-2027-0814?c=ol

Anke""", promises=[("11-09", 3)]),
      ag("anke", "11-10 09:30", """Hi Owen,

Here's your contract - apologies, a day later than I said: https://sign.bellwetherphoto.example/c/LT-20270814?r=ol

Anke""", parent=2)),
]

UNANSWERED: dict[str, list[str]] = {
    "b02-penhallow-deposit": [
        "Also - if the venue went bust before the date (it happened to a friend of mine last year), would we get the deposit back?"],
    "b05-lefevre-provence": [
        "Pourriez-vous aussi nous envoyer un exemple d'album complet, pour voir la mise en page ?"],
    "b06-montes-sevilla": [
        "Y otra cosa: ¿se puede pagar en euros?"],
    "b08-whitlock-northumberland": [
        "Hannah is also keen on a second photographer for the groom's preparations, which happen at a different house about twenty minutes away; is that something you offer, and what would it add?",
        "Finally, my husband would like to know if you would photograph the ceilidh in the evening or whether the day finishes before that."],
    "b13-ashby-second-shooter": [
        "Also, can you fly a drone at Euridge or does the venue not allow it?"],
    "b16-ferrer-mallorca": [
        "Nos gustaría también ver un par de galerías completas de bodas en la playa, si nos las podéis mandar."],
    "b18-quinn-friday-evening": [
        "Can we get prints included in the price instead of digitals?"],
    "b20-marigold-planner-html": [
        "and if possible a link to a full gallery from a mill or barn venue."],
    "b25-ellery-album-questions": [
        "How many spreads does the standard album have, and what does it cost to add more?",
        "If we approve the design before Christmas, when would it arrive?"],
    "b27-ives-balance-invoice": [
        "I also wondered whether the balance includes the second photographer we added in September, or will that be billed separately?"],
    "b29-moss-roman-baths": [
        "Also what's the deposit to book?"],
    "b34-wagner-rohdaten": [
        "Und bekommen wir auch die RAW-Dateien?"],
    "b36-ndiaye-inline-skip": [
        "Do you offer a payment plan for the balance?"],
    "b38-vance-engagement-move": [
        "Small change of plan - Amy's sister has booked her hen do on the 28th, so can we move the engagement shoot from Saturday 28th to Sunday 29th?"],
    "b41-moreau-varennes": [
        "Nous aimerions aussi savoir combien de temps il faut pour recevoir toutes les photos après le mariage."],
    "b43-hartnell-afterthought": [
        "Oh and one more thing - is there a fee if we want the online gallery kept for longer than a year?"],
    "b46-ward-valencia": [
        "Also, do we need to pay for your flights upfront or does that go on the final invoice?"],
    "b48-silverline-planner": [
        "Please send your insurance certificate, the Guildhall needs it by the end of the month."],
    "b51-halvorsen-dordogne": [
        "Is the gallery delivered in the same way wherever we marry, or is it different for destination weddings?",
        "And I know this is a weird one, but can we pay in US dollars?"],
    "b52-navarro-toledo": [
        "Además, ¿podríais enviarme el catálogo de álbumes con precios?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The studio inbox's reference for the message ``key`` (stable, derived from the key)."""
    return f"BW-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
        cc = o.pop("cc", None)
        if cc:
            extra.append(("Cc", cc))
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": cc, "note": o.pop("note", "")}
        if spec.role == "agent":
            who = o.pop("who")
            frm, client, sig = AGENTS[who]
            client = o.pop("client", client)
            date = at(spec.when)
            sig = o.pop("sig", sig)
            if sig:
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
    return mailcraft.cases_table("Practice corpus 69: Bellwether Wedding Photography - cases",
                                 "make_practice69_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}

README = """# Practice corpus 69: Bellwether Wedding Photography support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`), the README's method and accuracy sections or any other corpus's cases, so its
figure is an unseen one. Use it to measure, not to tune: once the heuristics have been changed
because of its cases, it is no longer unseen.

- Company: **Bellwether Wedding Photography**, a small studio in Bath with three photographers
  - Clem Ashdown (lead photographer), Niamh Farrelly (weddings, engagement shoots, families,
  album design), Solène Marchal (French-speaking couples, weddings in France) and Rafa Ibarra
  (Spanish-speaking couples, weddings in Spain) - plus a studio manager, Anke Brodersen
  (bookings, deposits, invoices, contracts, German-speaking clients), all
  `@bellwetherphoto.example`. Topics: packages, deposits and balances, contracts, albums and
  parent albums, prints and canvases, travel fees, second shooters, gallery delivery times,
  rescheduling, engagement and family sessions, destination weddings in France and Spain. The
  studio inbox (`studio@bellwetherphoto.example`, `Auto-Submitted: auto-replied`) sends some
  acknowledgements saying "we answer every email within two working days" - service-hours text,
  not a commitment.
- Customers are couples, parents of the bride, families and wedding planners on `*.example`
  domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain bellwetherphoto.example`.

```
python scripts/make_practice69_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice69_corpus.py --out /tmp/p69         # ... into another folder
python scripts/evaluate.py --corpus tests/practice69            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice69_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md). `CASES.md` is the generated per-case table. This README is generated
too. Do not edit generated files; edit the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

{cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and {auto}
customer out-of-office reply), {replies} support replies, {acks} automatic acknowledgements.
{clean} clean cases ({clean_pct} %). Languages: {languages}. Statuses: {statuses}.

Expected findings: {findings}.

By design:

- **Multi-question mail.** Most customer mails ask two to four things: direct questions,
  indirect ones ("I was wondering whether", "Could you let me know", "Je voudrais savoir",
  "Quisiera saber si", "Nous aimerions aussi savoir"), requests without a question mark
  ("Please send the contract over", "Please send your insurance certificate"), questions
  inside one long paragraph (b08, b40, b51), numbered and bulleted lists (b04, b18, b20, b25,
  b48), one question per line (b07, b36).
- **Answers in the agents' own words**: out of order, two questions in one sentence (b01, b48),
  only a figure (b02 "It's £362.50", b47), only a date (b22), only links (b14), an attachment
  (b15, b19, b26), inline under the quoted question (b07, b36), an alternative offered instead
  of a no (b39), by a colleague (b17, b26, b46).
- **Unanswered questions** are the realistic kind: a secondary question skipped (b02, b05, b13,
  b16, b18, b27, b29, b34, b41, b46, b52), two of four skipped (b08, b25), two of three (b51), a
  list item dropped (b20, b48), an inline reply that leaves one quoted line out (b36), an
  answer to a neighbouring question (b38: asked to move the shoot to Sunday, told about the
  Saturday plan), an afterthought in a second mail answered by a pleasantry (b43).
- **Not questions**: a rhetorical question and a self-answered one (b19), pleasantries
  ("Hope the wedding season's calming down for you?", "¿qué tal todo por Bath?"), questions
  inside a forwarded venue mail (b50), signatures and disclaimers with `?` and URLs (b02, b20;
  the agents' signatures), thanks-only mails (b01, b09, b14, b17, b33, b45, b47, b49), a question
  in the customer's latest unanswered mail (b11, b12, b35: `awaiting-reply` territory).
- **Commitments**: kept on time by a colleague (b17 "he'll drop you a line ... today", b26
  "he'll email you the revised quote tomorrow"); kept late = missed (b03 "by Friday", b15
  "demain matin", b46 "tomorrow", b53 "on Monday"); never kept (b06 "te escribo el jueves",
  b13 "early next week", b20 "tomorrow", b23 "ich melde mich morgen", b27 "by the end of the
  day", b31 no deadline = the 2-day window, b35 "te escribo el lunes"); a deadline still ahead
  at audit time (b23 "bis Freitag", b32 "on Monday"). Not commitments: courier and bindery
  logistics (b33), process descriptions ("the contract follows", "each of you gets your own
  signing link"), the acknowledgements' service-hours text.
- **Chasing**: "just checking in on the album draft", "I'm still waiting to hear back", "Je
  me permets de vous relancer", "gibt es schon etwas Neues", "any news?", "¿hay alguna
  novedad? Seguimos esperando", "Hello?? Is anyone there?" then "I'm still waiting for a reply"
  (b39, two findings), "¿habéis podido ver mi correo? Sigo esperando", and a word-for-word
  resend as a new mail with the same subject (b21). Not a chase: a second mail adding the
  timings before any reply (b44).
- **Status and timing**: open with only an acknowledgement inside the response target (b12),
  awaiting reply (b11, b35), slow first responses (b18 Friday evening to Monday; b21, b29, b39,
  b52 after chases), an explicit close followed by thanks only (b09) and by a new request (b10,
  reopened), three people on one case (b17).
- **Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web
  and Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:`), Apple
  Mail (en/fr), iPhone, Thunderbird (en/de); plain 7bit, quoted-printable (long lines, accents,
  emoji), base64 (b37), multipart/alternative, HTML-only (b20); PDF and PNG attachments (brochure,
  contract, invoices, insurance certificate, devis, quote, timeline, a screenshot); a Cc (b08);
  a reply without threading headers (b49); a customer out-of-office reply (b28); a sender in
  UTC-5 (b51) and several in UTC+1.

## Judgement calls

- **Deferral is not an unanswered question** (b06 preboda, b13 Niamh's availability, b20
  same-day edits, b23, b31, b35): the question deferred with a promise is labelled only through
  `missed-follow-up` when the promise is broken.
- **b02**: "It's £362.50 - a quarter of £1,450" answers "How much exactly is the deposit"
  and the card link answers the card question; whether the deposit comes back if the venue
  folds is not touched.
- **b08**: the travel fee and the overnight stay ("which I book myself") are answered; the
  second photographer and the ceilidh are not (two findings).
- **b38**: the reply confirms the 3pm start but not the day; the request to move to Sunday
  is labelled unanswered.
- **b43**: "You're very welcome ... looking forward to meeting you all" does not address the
  fee for keeping the gallery online longer.
- **b17**: Anke's two promises are kept by Clem (the same day) and Niamh (next morning, within
  the 2-day window); three distinct agents is `many-handoffs`.
- **b23**: the first promise ("morgen", 12 November) is missed; the second ("bis Freitag", the
  audit day, end of day) is still running at audit time and is not counted.
- **b39**: two chasing messages, two findings.
- **b45**: "Ich bespreche das mit meinem Mann und melde mich dann" asks nothing: thanks-only.

## Independence

Written from the brief, tests/eval/README.md (format and conventions), the report contract,
scripts/mailcraft.py, scripts/make_practice24_corpus.py and tests/test_practice24_corpus.py
(structure only). Not opened: anything under `happyaudit/`, the README's method, accuracy and
weak-point sections, any other test file or corpus. All labels were fixed before the single
evaluation run and none was changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the corpus statistics filled in from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    totals: Counter = Counter()
    for c in cases:
        totals.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    findings = ", ".join(
        f"{r} {totals[r]}" + (f" (in {asking} cases)" if r == "unanswered-question" else "")
        for r in RULES if totals[r])
    return README.format(
        cases=len(cases), messages=len(msgs), inbox=roles["customer"] + roles["auto"],
        customer=roles["customer"], auto=roles["auto"], replies=roles["agent"], acks=roles["ack"],
        clean=clean, clean_pct=round(100 * clean / len(cases)),
        languages=", ".join(f"{LANG_NAMES[k]} {n}" for k, n in langs.most_common()),
        statuses=", ".join(f"{n} {k}" for k, n in statuses.most_common()),
        findings=findings)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.bellwetherphoto.example")
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


OUTPUTS = ("mailbox", "labels.json", "CASES.md", "README.md")


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit("refusing to write tests/practice69:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice69:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in OUTPUTS:
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice69 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice69")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
