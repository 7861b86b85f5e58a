#!/usr/bin/env python3
"""Regenerate ``tests/practice78/``: a labelled corpus of Tamsin Vale Pet Sitting.

A support mailbox of a fictional Bristol pet-sitting business (dog walking, cat visits,
house sitting, key holding and free meet-and-greets: prices, availability over Christmas,
medication, reactive dogs and puppies, keys and alarm codes, invoices and receipts, missed or
short walks), written without looking at the detection heuristics, with many customer
questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``tamsinvalepets.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and holds (figures computed from the cases).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice78_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "tamsinvalepets.example"
HELLO = "Tamsin Vale Pet Sitting <hello@tamsinvalepets.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "tamsin": ("Tamsin Vale <tamsin@tamsinvalepets.example>", "apple", """Tamsin Vale
Founder | Tamsin Vale Pet Sitting
Fully insured & DBS checked - https://tamsinvalepets.example/about?ref=sig"""),
    "callum": ("Callum Reid <callum@tamsinvalepets.example>", "outlook", """Callum Reid
Bookings & Accounts | Tamsin Vale Pet Sitting
0117 496 0712
New to us? Book a free meet-and-greet: https://tamsinvalepets.example/meet?src=email"""),
    "priya": ("Priya Natarajan <priya@tamsinvalepets.example>", "thunderbird", """-- 
Priya Natarajan
Walks Rota | Tamsin Vale Pet Sitting
Walkers out 8am-6pm, Mon-Sat. Walk reports and photos in the Pawlog app."""),
    "dominik": ("Dominik Bauer <dominik@tamsinvalepets.example>", "thunderbird_de", """-- 
Dominik Bauer
Kundenbetreuung auf Deutsch | Tamsin Vale Pet Sitting
https://tamsinvalepets.example/de?ref=signatur"""),
    "elise": ("Élise Caradec <elise@tamsinvalepets.example>", "apple_fr", """Élise Caradec
Clientèle francophone | Tamsin Vale Pet Sitting
https://tamsinvalepets.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@tamsinvalepets.example>", "gmail_es", """--
Lucía Ferrer
Atención en español | Tamsin Vale Pet Sitting
+44 117 496 0719"""),
}

ACK = """Hello,

Thanks for getting in touch with Tamsin Vale Pet Sitting. This is an automatic
reply to let you know your message has arrived (reference {ref}).

We're often out on walks during the day, but we answer every email within
24 hours, Monday to Saturday. If a pet in our care is unwell, please call
0117 496 0700 instead.

Tamsin Vale Pet Sitting
https://tamsinvalepets.example/help?ref={ref}"""

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
    "oldclient": ["X-Mailer: Eudora 7.1"],
    "helpdesk": ["X-Mailer: Pawdesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="tv.", outlook_server="CWLP12")
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
    """A reply by support agent ``who`` at ``when`` (Bristol time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Bristol: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

QUOTE_PDF = mailcraft.pdf(["Tamsin Vale Pet Sitting - Quotation TV-Q-1187",
                           "Three greyhounds, one-hour group walk, Mon-Fri from 4 January 2027",
                           "GBP 30.00 per day, GBP 600.00 per month (20 walking days)",
                           "Valid until 31 January 2027"])
INSURANCE_PDF = mailcraft.pdf(["Certificate of Insurance - Public and Products Liability",
                               "Insured: Tamsin Vale Pet Sitting, Bristol",
                               "Limit of indemnity: GBP 5,000,000. Care, custody and control: included",
                               "Key cover included. Period: 1 April 2026 to 31 March 2027"])
TARIFAS_PDF = mailcraft.pdf(["Tamsin Vale Pet Sitting - Tarifas 2026-2027",
                             "Paseo en grupo (1 h): 14 GBP  |  Paseo individual (30 min): 16 GBP",
                             "Visita gatos / animales pequenos: 14 GBP  |  Festivos: 20 GBP",
                             "Guarderia en casa (noche): 55 GBP  |  Custodia de llaves: 40 GBP/ano"])
RECEIPT_PDF = mailcraft.pdf(["Tamsin Vale Pet Sitting - Receipt R-2610-0419",
                             "Owen Pritchard - Monty - solo walks, October 2026",
                             "14 walks x GBP 16.00 = GBP 224.00 (incl. VAT GBP 37.33)",
                             "Paid by card 1 October 2026"])
INVOICE_PDF = mailcraft.pdf(["Tamsin Vale Pet Sitting - Invoice TV-2611-0733",
                             "Elspeth Morrow - house sit 16-20 November 2026",
                             "4 nights x GBP 55.00 = GBP 220.00",
                             "Due on receipt. Bank: Bristol Pets Ltd, 20-44-91, 70314452"])
MUDDY_PNG = mailcraft.png(10, 8, lambda x, y: (120 + 6 * x, 90 + 4 * y, 50))
CAMERA_PNG = mailcraft.png(12, 7, lambda x, y: (40 + 10 * y, 40 + 10 * y, 48 + 9 * x))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("t01-clifton-cockapoo", "en", "closed", {},
      "Harriet Osei <harriet.osei@example.com>", "gmail", "New client - walks for Biscuit",
      "Three numbered questions (price, a dog that pulls, a Saturday meet-and-greet) answered in one paragraph, out of order; thanks-only close.",
      cu("11-02 08:12", """Hi there,

We've just moved to Clifton with our cockapoo Biscuit (2 years old, very friendly, slightly obsessed with squirrels) and I'm back in the office three days a week from December.

A few questions before we book:
1. How much is a 30-minute solo walk? I saw group walks on the website but he's better on his own.
2. Do you walk dogs that pull quite a lot on the lead?
3. Could we do the meet-and-greet on a Saturday morning? We both work in the week.

Thanks so much,
Harriet"""),
      ag("tamsin", "11-02 12:40", """Hi Harriet,

Welcome to Clifton - and to Biscuit! Saturday mornings are fine for meet-and-greets; I have 10am on the 7th or the 14th, whichever suits. Solo walks are £16 for half an hour, and pulling is very common - our walkers use a harness and a double-ended lead if you're happy with that, and we work on loose-lead walking as we go.

Best wishes,
Tamsin"""),
      cu("11-02 13:05", """That's brilliant, thank you Tamsin - I've just booked the 7th at 10 through your website. See you then!

Harriet""", thanks=True)),

    C("t02-redland-christmas-eyedrops", "en", "closed", {"unanswered-question": 1},
      "Marcus Pettifer <m.pettifer@example.org>", "outlook", "House sitting over Christmas",
      "Christmas house sit: sitter and rate (with the holiday supplement) answered; the question about the old Labrador's eye drops is skipped. A conditional offer is not a promise.",
      cu("11-03 19:20", """Hello,

We're going to my sister's in Edinburgh from 22 to 29 December and would love someone to stay with Rolo (our elderly Labrador) for the week. Is anyone available for those dates? What's the nightly rate over Christmas - I assume there's a holiday supplement?

He also has eye drops for his glaucoma, morning and evening. Can the sitter manage those? He's very good about it, just needs a bit of cheese afterwards.

Regards,
Marcus Pettifer""", uq=1),
      ag("callum", "11-04 09:15", """Hi Marcus,

Good news - Ines, one of our regular house sitters, is free from the 22nd to the 29th and has sat for plenty of older Labs. Our nightly house-sitting rate is £55, and on the Christmas nights (24, 25 and 26 December) it's £70, so £430 for the seven nights in total.

If you'd like to go ahead, I'll send the booking form.

Kind regards,
Callum""")),

    C("t03-pip-puppy-visits", "en", "pending", {"unanswered-question": 2},
      "Jess Okonkwo <jess.okonkwo@example.net>", "iphone", "Puppy visits?",
      "Four questions run together in one paragraph from an iPhone; the reply covers puppy visits and their length and frequency, and skips toilet training and the vaccination card.",
      cu("11-16 07:48", """Hi! We're picking up our spaniel puppy, Pip, on 28 November 🐶 and I'm back at work a week later. I was wondering whether you do puppy visits rather than walks, as she won't be fully vaccinated for a while. How long are the visits and how many a day would you suggest for a 10-week-old? Could you also let me know if the walker can do a bit of toilet training with her while they're there. Oh and do you need her vaccination card before the first visit?

Thanks!
Jess

Sent from my iPhone""", uq=2),
      ag("priya", "11-16 11:30", """Hi Jess,

Congratulations on Pip! Yes - puppy visits are exactly what we'd do until she's had her second jab and the vet gives the all-clear: 20 minutes of play, a feed if she needs one and a trip round the garden. At ten weeks most owners go for two a day, late morning and mid-afternoon.

Priya""")),

    C("t04-cotham-house-sit-inline", "en", "closed", {},
      "Rupert Hale <rupert@halearchitects.example>", "thunderbird", "House sit 6-9 Nov - a few practical things",
      "Four practical house-sit questions, one a line, answered inline under each quoted line ('Of course.', 'Yes, ...'); thanks-only close.",
      cu("11-02 17:30", """Hi Priya,

Thanks for confirming Agnieszka for the house sit. A few practical bits:

Can she water the plants in the conservatory? Every other day is plenty.
The black bin goes out on Thursday night - would she mind doing that?
Is it OK if we leave the Ring doorbell on? It records the front path, not inside.
Where should we leave the spare key if we're leaving before she arrives?

Rupert"""),
      ag("priya", "11-03 08:50", """Hi Rupert,

> Can she water the plants in the conservatory? Every other day is plenty.

Of course.

> The black bin goes out on Thursday night - would she mind doing that?

Not at all, it's on her list now.

> Is it OK if we leave the Ring doorbell on? It records the front path, not inside.

Yes, that's absolutely fine - most of our clients have one.

> Where should we leave the spare key if we're leaving before she arrives?

In a key safe if you have one, otherwise with a neighbour - just send me the code or the neighbour's door number.""", quote=False),
      cu("11-03 09:10", """Brilliant, thanks Priya - the key will be in the key safe by the back gate.

Rupert""", thanks=True)),

    C("t05-westbury-greyhounds-quote", "en", "pending",
      {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Nadia Farouk <nadia.farouk@example.com>", "gmail", "Quote for three dogs - daily walks",
      "'I'll send you a proper quote tomorrow' kept six days later after a 'just checking in' that also asks whether the same walker comes every day - never answered.",
      cu("11-09 10:05", """Hello,

I've got three rescue greyhounds and I'm looking for someone to walk them every weekday lunchtime from January. Could you give me a quote for that? Also, do your walkers drive, or would they need to walk them from the house? We're at the top of Westbury Hill so it's a bit of a trek to the Downs.

Many thanks,
Nadia"""),
      ag("callum", "11-09 14:20", """Hi Nadia,

Lovely - we walk quite a few greys. The walker comes by van, with crates, and takes them up to the Downs, so the hill isn't a problem.

Three dogs on one walk is priced a bit differently, so let me run it past Tamsin and I'll send you a proper quote tomorrow.

Kind regards,
Callum""", promises=[("11-10", 4)]),
      cu("11-13 09:30", """Hi Callum,

Just checking in on the quote for the greyhounds - I'd like to get this sorted before Christmas if possible. Also, would the same walker come every day?

Nadia""", chase=True, uq=1),
      ag("callum", "11-16 10:10", """Hi Nadia,

Sorry for the wait - quote attached: £30 a day for all three on a one-hour walk, Monday to Friday, which comes to £600 a month. We'd start with a meet-and-greet at yours in the first week of January.

Kind regards,
Callum""", attach=[("application/pdf", "TV-Q-1187.pdf", QUOTE_PDF)])),

    C("t06-stapleton-cats-no-reply", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Graham Lusk <graham.lusk@example.org>", "android", "Cat visits while I'm in hospital",
      "Cat visits around a knee operation: only the helpdesk acknowledgement, then 'I haven't heard back' two days later from Outlook for Android; no human reply.",
      cu("11-16 18:40", """Hello,

I'm having a knee operation on 1 December and will be in hospital for 3 or 4 nights, then not very mobile for a couple of weeks after. Could someone come in twice a day to feed my two cats and do the litter trays while I'm in, and then once a day afterwards? One of them, Mabel, needs a thyroid tablet in her food in the morning.

Please let me know the cost and whether you have availability.

Graham Lusk"""),
      ack("11-16 18:41"),
      cu("11-18 20:15", """Hello again,

I haven't heard back about the cat visits. The operation date is fixed so I do need to sort something out. Could someone ring me on 07700 900431?

Graham""", chase=True)),

    C("t07-redland-chats-noel", "fr", "pending", {},
      "Camille Reynaud <camille.reynaud@orange.example>", "apple_fr", "Visites pour nos chats pendant les vacances de Noël",
      "French family: twice-daily cat visits over Christmas, the bank-holiday rate and a French-speaking sitter, all answered in French.",
      cu("11-17 21:10", """Bonjour,

Nous habitons à Redland et nous partons en France du 19 décembre au 3 janvier. Nous avons deux chats d'intérieur, Figue et Praline.

Est-ce que vous proposez des visites deux fois par jour pendant cette période ? Et quel serait le tarif pour les jours fériés ?

J'aimerais aussi savoir si la personne qui passera parle un peu français, ma fille de 8 ans voudrait lui laisser un petit mot 🙂

Merci beaucoup,
Camille Reynaud"""),
      ag("elise", "11-18 09:20", """Bonjour Camille,

Avec plaisir. Deux visites par jour du 19 décembre au 3 janvier, c'est tout à fait possible, et c'est moi qui passerai chez vous : votre fille pourra m'écrire en français sans problème !

Le tarif est de 14 £ la visite, et de 20 £ les 25 et 26 décembre et le 1er janvier.

Bien cordialement,
Élise""")),

    C("t08-krueger-bruno-rechnung", "de", "closed", {"unanswered-question": 1},
      "Stefan Krüger <s.krueger@krueger-ingenieure.example>", "outlook_de", "Gassi-Service für Bruno ab Dezember",
      "German family: the midday walk is confirmed with a price and a meet-and-greet offer; the request to send invoices to the office is ignored; thanks-only close.",
      cu("11-04 08:30", """Guten Tag Herr Bauer,

wir sind vor kurzem aus Stuttgart nach Bristol gezogen. Unser Bruno (Berner Sennenhund, 4 Jahre) bräuchte ab dem 1. Dezember montags bis freitags einen Mittagsspaziergang von etwa einer Stunde. Hätten Sie dafür noch einen Platz frei?

Außerdem wäre ich Ihnen dankbar, wenn Sie die Rechnungen künftig an mein Büro (Krüger Ingenieure Ltd, 5 Queen Square, Bristol BS1 4JQ) statt an unsere Privatadresse schicken könnten.

Mit freundlichen Grüßen
Stefan Krüger""", uq=1),
      ag("dominik", "11-04 11:45", """Guten Tag Herr Krüger,

herzlich willkommen in Bristol! Ab dem 1. Dezember haben wir mittags noch Platz: Bruno würde von Marta, einer unserer erfahrensten Gassigeherinnen, zwischen 12 und 13 Uhr abgeholt. Eine Stunde kostet 22 £.

Vorher würden wir Sie gern einmal zu Hause besuchen, damit Bruno und Marta sich kennenlernen (kostenlos) - passt Ihnen der kommende Samstag um 11 Uhr?

Viele Grüße
Dominik Bauer"""),
      cu("11-04 12:10", """Samstag um 11 Uhr passt uns gut. Vielen Dank!

Stefan Krüger""", thanks=True)),

    C("t09-hotwells-insurance-links", "en", "pending", {},
      "Ben Adeyemi <ben@adeyemi-design.example>", "outlook", "Insurance and T&Cs",
      "Two requests answered with an attached certificate and a bare link; the customer's signature has 'Need a logo?' and a '?' URL (multipart/alternative).",
      cu("11-18 08:05", """Morning,

My landlord wants proof that whoever has a key to the flat is insured. Could you send me a copy of your public liability insurance certificate? And where can I read your terms - especially the cancellation bit?

Cheers,
Ben Adeyemi
Adeyemi Design | Hotwells, Bristol
Need a logo? https://adeyemi-design.example/work?src=email-sig""", kind="alt"),
      ag("tamsin", "11-18 10:30", """Hi Ben,

Certificate attached (valid to 31 March 2027, key cover included).
Terms: https://tamsinvalepets.example/terms#cancellations

Tamsin""", attach=[("application/pdf", "TVPS-insurance-2026.pdf", INSURANCE_PDF)])),

    C("t10-gallego-gatos-formulario", "es", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Marta Gallego <marta.gallego@correo.example>", "gmail_es", "Cuidado de gatos y llaves",
      "Spanish client: cat visits and key holding priced, the vet authorisation form promised for 'mañana' and never sent; the request to pick up the post is skipped.",
      cu("11-05 10:15", """Hola Lucía:

Me voy a Sevilla del 20 de noviembre al 6 de diciembre y necesito que alguien venga a ver a mis dos gatos una vez al día. ¿Cuánto costaría?

También me gustaría dejaros una copia de las llaves de forma permanente, para emergencias. ¿Cómo funciona el servicio de custodia de llaves y qué cuesta al año?

Por último, ¿me podéis mandar el formulario de autorización para el veterinario? Mi veterinaria es la de Gloucester Road.

Ah, y otra cosa: ¿podría quien venga recoger las cartas del felpudo y dejarlas en la mesa de la cocina? No quiero que se vea desde la calle que no hay nadie.

Gracias,
Marta""", uq=1),
      ag("lucia", "11-05 13:40", """Hola, Marta:

Una visita diaria sale a 14 £, así que del 20 de noviembre al 6 de diciembre (17 visitas) serían 238 £.

La custodia de llaves cuesta 40 £ al año: guardamos la llave en nuestra caja fuerte con un código, sin ninguna dirección, y solo la usamos si usted nos lo pide o en una emergencia.

El formulario del veterinario lo estamos actualizando; se lo envío mañana.

Un saludo,
Lucía""", promises=[("11-06", None)])),

    C("t11-hoffmann-schluessel", "de", "closed", {},
      "Ingrid Hoffmann <ingrid.hoffmann@posteo.example>", "gmail_de", "Schlüsselaufbewahrung",
      "German key-holding questions (where the key is kept, whether the address is on it, getting it back) answered in two sentences; thanks-only close.",
      cu("11-06 09:00", """Hallo,

eine kurze Frage: Wenn ich Ihnen einen Schlüssel zur Aufbewahrung gebe, wo wird der dann gelagert, und steht meine Adresse irgendwo drauf? Und kann ich den Schlüssel jederzeit zurückbekommen?

Viele Grüße
Ingrid Hoffmann"""),
      ag("dominik", "11-06 10:15", """Hallo Frau Hoffmann,

die Schlüssel liegen in einem Tresor in unserem Büro in Redland, jeweils nur mit einer Nummer versehen - Ihre Adresse steht ausschließlich in unserem verschlüsselten Kundensystem, nie am Schlüssel selbst. Zurück bekommen Sie ihn jederzeit: Eine kurze Mail genügt, und wir bringen ihn am selben oder am nächsten Tag vorbei.

Viele Grüße
Dominik Bauer"""),
      cu("11-06 10:40", """Super, vielen Dank für die schnelle Antwort!

Ingrid""", thanks=True)),

    C("t12-montpelier-missed-walk", "en", "closed", {"reopened": 1},
      "Sophie Carmichael <sophie.c@example.com>", "gmail", "Missed walk on Tuesday",
      "Missed walk refunded and 'I'll mark this as resolved'; a week later the customer writes again in the thread with a new request (drop Fridays, does the rate change), answered.",
      cu("11-03 16:20", """Hi,

Nobody turned up for Duke's walk today (Tuesday). I came home at 5 and he'd clearly been crossing his legs for hours. What happened? I'd like the walk taken off this month's invoice please.

Sophie"""),
      ag("callum", "11-03 17:05", """Hi Sophie,

I'm really sorry. Our walker was taken ill at lunchtime and the cover booking didn't go through for Duke's slot - that's our mistake, not hers. I've removed Tuesday's walk from your November invoice and made his next walk free as well. I'll mark this as resolved, but do shout if anything else isn't right.

Callum""", closes=True),
      cu("11-10 08:15", """Hi Callum,

Thanks for sorting that last week. Different question: my partner is going to do the Friday walks himself from December, so could we drop Fridays from the standing booking? Will that change the price per walk? I think we get a discount for five days a week.

Sophie"""),
      ag("callum", "11-10 09:30", """Hi Sophie,

Done - from 4 December Duke's booking is Monday to Thursday. Four walks a week still counts as a regular booking, so it stays at £15 a walk.

Callum""")),

    C("t13-henleaze-rabbits-hens", "en", "closed", {},
      "Alistair Doyle <alistair.doyle@example.net>", "thunderbird", "Rabbits + chickens while we're away?",
      "'I'll confirm by Thursday' kept on the Wednesday; the customer's 'Yes please, book it in' (References with a gap) is confirmed.",
      cu("11-02 20:10", """Hello,

Do you look after rabbits and chickens, or only cats and dogs? We have two house rabbits and four hens in the garden and we're away 12-15 November. The hens need letting out in the morning and shutting in at dusk (fox territory!).

Alistair"""),
      ag("tamsin", "11-03 08:40", """Hi Alistair,

We do - rabbits and hens are regulars for us. Two visits a day would cover letting the girls out and shutting them in at dusk, which is around half four by then. I just need to check whether Holly, who lives closest to you, is free that weekend, and I'll confirm by Thursday.

Best wishes,
Tamsin""", promises=[("11-05", 3)]),
      ag("tamsin", "11-04 18:05", """Hi Alistair,

Holly is free and would love to do it: two visits a day from the morning of the 12th to the evening of the 15th, £16 a visit, so £128 in total. Shall I put it in the diary?

Tamsin"""),
      cu("11-04 19:00", """Yes please, book it in. Thanks!

Alistair""", refs=[1, 3]),
      ag("tamsin", "11-05 08:00", """Booked! Holly will bring a head torch for the dusk visits.

Tamsin""")),

    C("t14-chloe-key-camera", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
      "Chloe Marsh <chloe.marsh@example.org>", "owa", "Key handover and cameras",
      "Friday-evening mail answered on Monday morning (slow): the key question is answered, the kitchen-camera question is skipped.",
      cu("11-06 18:45", """Hi,

We've booked cat visits for 20-27 November (booking ref TV-2207). Two questions:

Is it better to drop the key at your office or for the sitter to collect it from us? And we have a camera in the kitchen pointing at the cat feeder - is that OK with your sitters, or should we switch it off while they're there?

Best,
Chloe Marsh""", uq=1),
      ag("priya", "11-09 09:20", """Hi Chloe,

Thanks for the booking. It's best for Holly to collect the key from you at the meet-and-greet - she's free on Wednesday 18th after 6pm if that works.

Priya""")),

    C("t15-ortega-tarifas", "es", "closed", {},
      "Javier Ortega <javier.ortega@example.com>", "gmail_es", "Tarifas paseos y guardería",
      "Spanish family: price list sent as a PDF attachment, the group-walk question answered; thanks-only close that says they'll let us know.",
      cu("11-04 17:30", """Buenas tardes:

Somos una familia de Valencia que acaba de llegar a Bristol con un galgo y un gato. ¿Podrían mandarme la lista de precios de todos sus servicios? Y otra cosa: ¿en los paseos en grupo van perros de tamaño parecido? Nuestro galgo es muy tranquilo pero se asusta con los perros grandes y brutos.

Muchas gracias,
Javier Ortega"""),
      ag("lucia", "11-05 09:10", """Buenas, Javier:

Le adjunto nuestras tarifas de 2026-2027.

Los grupos son de cuatro perros como máximo y los formamos por carácter más que por tamaño: su galgo iría con perros tranquilos, y la primera semana el paseador lo saca solo para ver cómo se encuentra.

Un saludo,
Lucía""", attach=[("application/pdf", "tarifas-2026-2027.pdf", TARIFAS_PDF)]),
      cu("11-05 12:00", """Perfecto, muchas gracias Lucía. Lo hablo con mi mujer y os digo algo.

Javier""", thanks=True)),

    C("t16-whitlock-rota-window", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Hannah Whitlock <hannah.whitlock@example.com>", "apple", "Changing walk days from December",
      "Saturday walks answered; whether Tess keeps her walker is deferred ('let me look at it with Callum and come back to you', no date: two-day window passes); the bank-details request is skipped.",
      cu("11-16 07:30", """Hi Priya,

From December my shifts change, so I'd need walks on Tuesday, Wednesday and Saturday instead of Monday, Wednesday and Friday. Is a Saturday walk possible, given your walkers mainly work weekdays? And could Tess stay with Jordan? She's finally stopped barking at his hat.

Also, I'd like to pay by standing order instead of card from now on - can you send me the bank details?

Hannah""", uq=1),
      ag("priya", "11-16 09:10", """Hi Hannah,

Saturdays are possible - we have two walkers on until 2pm. I need to check Jordan's December rota before I promise you him on Tuesdays, though - let me look at it with Callum and come back to you.

Priya""", promises=[("window", None)])),

    C("t17-winston-muddy-basset", "en", "pending", {},
      "Duncan Fairweather <duncan@fairweather.example>", "gmail", "Winston's walks and a towel question",
      "A rhetorical question and a question the customer answers himself around two real requests (towel-down, an extra Saturday walk), both answered; photo attached.",
      cu("11-17 08:30", """Morning Tamsin,

Who knew a basset hound could get that muddy in half an hour? Winston came back looking like he'd been rolling in the river, which to be fair he probably had (photo attached for evidence).

Not a complaint at all, he clearly had the time of his life. But could your walker give him a quick towel-down before letting him back in? The towels are in the basket by the back door. Do you need me to leave more out? Actually, scratch that - there's a whole shelf of old ones in the utility room, help yourselves.

Also, is it possible to add a walk on Saturday 28th? We've got a wedding.

Thanks,
Duncan""", attach=[("image/png", "winston-after.png", MUDDY_PNG)]),
      ag("tamsin", "11-17 12:05", """Hi Duncan,

Ha - Winston is a legend on the Downs. Ana will towel him off at the back door from now on, and Saturday 28th is booked: she'll take him out at 11.

Tamsin""")),

    C("t18-toffee-insulin", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Eleanor Pryce <eleanor.pryce@example.net>", "outlook", "Diabetic cat - insulin injections",
      "Insulin visits: experience and charge answered, 'a bit later, say 9pm' answered with the morning time instead (unanswered); 'I'll confirm by Wednesday' which sitter - never.",
      cu("11-16 13:15", """Hello,

Our cat Toffee was diagnosed with diabetes last month and needs an insulin injection twice a day, 12 hours apart (8am and 8pm). We're away for a long weekend, 4-7 December.

Do any of your sitters have experience with insulin injections? Would it be possible to do the 8pm visit a bit later, say 9pm, if that's easier for you? And is there an extra charge for giving medication?

Kind regards,
Eleanor Pryce""", uq=1),
      ag("callum", "11-16 16:40", """Dear Eleanor,

Poor Toffee - but it's very manageable. There's no extra charge for medication, injections included; it's the standard £14 visit. Our morning visits can start from 7am, so 8am is no problem at all.

Two of our sitters, Holly and Ruth, are trained veterinary nurses and give insulin regularly. Let me check which of them is free over 4-7 December and I'll confirm by Wednesday.

Kind regards,
Callum""", promises=[("11-18", None)])),

    C("t19-skye-reactive-collie", "en", "closed", {},
      "Rachel Whitaker <rachel.whitaker@example.com>", "gmail", "Reactive dog - solo walks",
      "Callum answers and says Priya 'will be in touch tomorrow'; Priya writes the next morning (promise kept by a colleague); the customer picks a slot, confirmed.",
      cu("11-04 11:00", """Hi,

Our rescue collie, Skye, is reactive to other dogs (lunging, barking) but fine with people. Do you have walkers who are comfortable with reactive dogs? We'd need solo walks only, ideally somewhere quiet rather than the Downs.

Rachel"""),
      ag("callum", "11-04 12:30", """Hi Rachel,

Yes - reactive dogs only ever go out solo with us, on quiet routes around Purdown and Stoke Park. Priya runs our walks rota and knows which walkers have done the most reactive-dog work; she'll be in touch tomorrow to set up a meet-and-greet.

Callum""", promises=[("11-05", 3)]),
      ag("priya", "11-05 10:15", """Hi Rachel,

Callum passed on your message about Skye. Sam has a lot of experience with reactive dogs (she's done the Calm Canine course) and is free on Monday 9th at 5pm or Tuesday 10th at 12 for a meet-and-greet at yours. Which suits?

Priya""", parent=1),
      cu("11-05 13:00", """Monday at 5 is perfect, see you then.

Rachel"""),
      ag("priya", "11-05 14:00", """Great - Sam will see you and Skye on Monday at 5.

Priya""")),

    C("t20-bishopston-lab", "en", "open", {"awaiting-reply": 1},
      "Tom Harcourt <tom.harcourt@example.org>", "iphone", "Dog walking - Bishopston",
      "A one-line iPhone question answered; the customer's second mail (an evening meet-and-greet, harness or collar) gets no reply: awaiting reply, not unanswered.",
      cu("11-12 12:20", """Hi, do you cover Bishopston? Looking for 3 walks a week for a young lab.

Tom

Sent from my iPhone"""),
      ag("priya", "11-12 15:00", """Hi Tom,

We do - Bishopston is on our Thursday and Friday group routes, and we can do solo walks on any weekday. A group walk (one hour) is £14, a solo half hour £16. Would you like to book a free meet-and-greet?

Priya"""),
      cu("11-18 19:30", """Yes please. Could it be one evening next week after 6? And do I need to buy a particular harness or will his collar do?

Tom

Sent from my iPhone""")),

    C("t21-lambert-gift-voucher", "en", "open", {},
      "Georgia Lambert <georgia.lambert@example.com>", "gmail", "Gift voucher for my mum?",
      "Gift-voucher questions on the audit day, only the helpdesk acknowledgement so far (inside the response target).",
      cu("11-20 08:45", """Hello,

My mum has just got a puppy and I'd love to give her a few walks or puppy visits as a Christmas present. Do you do gift vouchers? If so, can they be used for any service, and how long are they valid?

Thanks,
Georgia"""),
      ack("11-20 08:46")),

    C("t22-garnier-demenagement", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Thibault Garnier <thibault.garnier@example.net>", "outlook", "Garde de Moka pendant notre déménagement",
      "French customer moving house: 'je reviens vers vous d'ici jeudi' kept on the Monday after 'Je me permets de vous relancer' - late, so missed, and chased.",
      cu("11-09 09:40", """Bonjour,

Nous déménageons de Clifton à Southville le 1er décembre, et notre chienne Moka, un berger australien, va être très stressée par les cartons et les allées et venues. Serait-il possible de la prendre en promenade longue (3-4 heures) ce jour-là, ou de la faire garder chez un de vos pet-sitters ?

Et pour la suite, est-ce que Southville fait partie de votre zone ?

Cordialement,
Thibault Garnier"""),
      ag("elise", "11-09 11:30", """Bonjour Thibault,

Southville est bien dans notre zone, aucun souci pour la suite.

Pour le 1er décembre, nous ne faisons pas de garde chez nos pet-sitters, mais une demi-journée de promenade est envisageable. Je dois voir avec l'équipe qui est disponible ce jour-là ; je reviens vers vous d'ici jeudi.

Bien cordialement,
Élise""", promises=[("11-12", 4)]),
      cu("11-16 08:50", """Bonjour Élise,

Je me permets de vous relancer au sujet du 1er décembre : avez-vous pu voir qui serait disponible pour Moka ? Le déménagement approche.

Cordialement,
Thibault""", chase=True),
      ag("elise", "11-16 10:20", """Bonjour Thibault,

Toutes mes excuses pour ce retard. Jordan peut prendre Moka de 9h à 13h le 1er décembre : longue promenade à Leigh Woods avec une pause, 55 £. Il passera la chercher à votre ancienne adresse et la ramènera directement à Southville.

Bien cordialement,
Élise""")),

    C("t23-kingsdown-bare-figure", "en", "closed", {},
      "Lauren Fisk <lauren.fisk@example.com>", "gmail", "Cat visit price",
      "'How much...?' answered with a bare '£14.' and availability with 'And yes'; the customer's 'Yes please!' lost its threading headers; booking confirmed (multipart/alternative).",
      cu("11-05 19:00", """Hi there,

Quick one - how much is a single cat visit (feed, litter tray, a bit of fuss)? And are you free for one visit a day from the 13th to the 15th?

Lauren
Kingsdown""", kind="alt"),
      ag("tamsin", "11-06 08:10", """Hi Lauren,

£14.

And yes - Holly has the 13th to the 15th free, once a day, usually late morning. Want me to book it?

Tamsin"""),
      cu("11-06 08:40", """Yes please!

Lauren""", thread=False, kind="alt"),
      ag("tamsin", "11-06 09:00", """Booked - you'll see the three visits in the Pawlog app now.

Tamsin""")),

    C("t24-holloway-terriers-handoffs", "en", "closed",
      {"unanswered-question": 1, "many-handoffs": 1},
      "Frances Holloway <frances.holloway@example.org>", "outlook", "Standing booking for two dogs + invoice query",
      "Three agents (walks, a double-charged deposit refunded, a monthly-advance discount); the request to invoice the company address is never touched. 'Should show within 3-5 working days' is how refunds work, not a promise.",
      cu("11-02 09:00", """Good morning,

Our dog walker from Paws Around Town has retired, so we're looking for a new service for Bramble and Hector (both terriers, both loud). We'd need a one-hour walk Monday to Friday from 16 November.

Could you also check my account? I think I was charged twice for the meet-and-greet deposit last week (£20 on 27 and 28 October).

And please send invoices to our company address as we claim it as a business expense: Holloway Vintage, 12 Picton Street, Bristol BS6 5QA.

Regards,
Frances Holloway""", uq=1, cc="Holloway Vintage Accounts <accounts@hollowayvintage.example>"),
      ag("priya", "11-02 10:30", """Hi Frances,

Happy to take on Bramble and Hector. From 16 November they'd go with Marta on her 10am Redland group - she has a soft spot for terriers. It's £14 a dog per walk, or £25 for the two together.

The deposit question is one for our accounts team, so I've passed it to Callum.

Priya"""),
      ag("callum", "11-02 14:15", """Dear Frances,

You're right - the deposit went through twice. I've refunded the second £20 to your card today; it should show within 3-5 working days.

Kind regards,
Callum""", parent=1),
      cu("11-03 08:10", """Thanks Callum. One more: is there a discount if we pay monthly in advance?

Frances"""),
      ag("tamsin", "11-03 09:00", """Hi Frances,

Tamsin here - Callum's out on walks this morning. Yes, paying monthly in advance gets you 5% off; you'd pay for December on 1 December.

Best wishes,
Tamsin""")),

    C("t25-rahman-tortoise-fridge", "en", "pending", {},
      "Mohammed Rahman <m.rahman@example.net>", "gmail", "Overnight stay for our cat and tortoise",
      "A second mail 25 minutes later adds details (not a chase); both questions answered next morning.",
      cu("11-16 21:00", """Hi,

We're looking for someone to house sit 11-14 December for our cat and our tortoise, Gerald. Could you tell me whether that's something you do, and roughly what it would cost?

Mohammed"""),
      cu("11-16 21:25", """Sorry, meant to add: Gerald is hibernating in the fridge (really - vet-approved!) so he just needs a temperature check morning and evening. The cat is an easy-going ginger called Mango.

Mohammed"""),
      ag("tamsin", "11-17 08:30", """Hi Mohammed,

Yes, we do house sits, and a tortoise in the fridge isn't even our strangest! Three nights, the 11th to the 14th, would be £165. That covers Mango's meals and play and Gerald's temperature checks twice a day - our sitters log the readings in the app so you can see them.

Tamsin""")),

    C("t26-lomax-christmas-essay", "en", "pending", {"unanswered-question": 2},
      "Beatrice Lomax <bea.lomax@example.com>", "apple", "Christmas - house sitting with three animals",
      "One long paragraph with a pleasantry and four questions; availability (and the visits fallback) answered with a price, the sitter's food and the boiler question skipped.",
      cu("11-17 22:10", """Hi Tamsin,

I hope you're well and not too overrun with Christmas bookings already! We've decided to go to my in-laws in Cornwall for Christmas after all, so we'd need someone from the 23rd to the 28th, for Pudding (the old spaniel), Sid (cat) and the two guinea pigs, who live in the utility room in winter. I know it's short notice but I was wondering whether anyone is still free for those dates, and if not whether you could do visits instead, maybe three a day for Pudding? He's 14 and can't be left for long any more. Does the sitter need to bring their own food or can they help themselves? We'd obviously leave plenty in. Also, our boiler is being a bit temperamental so could you let me know what your sitters do if the heating fails - would they call us or a plumber directly? Sorry for the essay!

Bea""", uq=2),
      ag("tamsin", "11-18 08:15", """Hi Bea,

Not overrun yet, just about! Ruth is free from the 23rd to the 28th and adores old spaniels, so Pudding won't be on his own for more than a couple of hours at a time. Five nights comes to £320 with the Christmas rate on the 24th, 25th and 26th.

Tamsin""")),

    C("t27-quigley-keys-logistics", "en", "closed", {},
      "Peter Quigley <peter.quigley@example.org>", "thunderbird", "Keys for the house sit",
      "Key handover and alarm code answered with logistics ('Ruth will collect the keys ... on Saturday', evening photo updates) that are not promises; thanks-only close.",
      cu("11-03 10:00", """Hello Priya,

We're all set for the house sit from 10 November. How do we get the keys to Ruth - will she come and collect them, or should we drop them somewhere? And does she need the alarm code in advance or can we give it to her on the day?

Peter"""),
      ag("priya", "11-03 11:20", """Hi Peter,

Ruth will collect the keys from you on Saturday 7th at around 2pm, if someone's in. The alarm code is best given to her in person at the handover, not by email.

Once the sit starts she sends a photo update every evening through the app.

Priya"""),
      cu("11-03 11:45", """Perfect, thanks.

Peter""", thanks=True)),

    C("t28-ozzy-cancel-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Imogen Clarke <imogen.clarke@example.com>", "owa", "Cancellation - Friday walk",
      "A cancellation and an invoice-date question resent word for word two days later as a new mail with the same subject (no threading headers); both answered after the resend (slow).",
      cu("11-03 07:50", """Hi,

Please cancel Ozzy's walk this Friday (6th) - we're taking him to my parents'. Also, can you tell me when the November invoice goes out? I want to make sure it's after payday.

Thanks,
Imogen"""),
      cu("11-05 08:05", """Hi,

Please cancel Ozzy's walk this Friday (6th) - we're taking him to my parents'. Also, can you tell me when the November invoice goes out? I want to make sure it's after payday.

Thanks,
Imogen""", chase=True, parent=0),
      ag("callum", "11-05 09:30", """Hi Imogen,

Sorry - your first email got caught in our spam filter. Friday's walk is cancelled and won't be charged. Invoices go out on the 1st of each month and are due within 14 days, so you're fine on timing.

Callum""")),

    C("t29-ashworth-key-holding-mother", "en", "pending", {},
      "Victoria Ashworth <v.ashworth@ashworthlaw.example>", "outlook", "Key holding for my mother",
      "Key holding explained; checking on a person is deferred to the insurer with 'I'll come back to you by Tuesday 24th' - a deadline still ahead at audit time. Legal disclaimer.",
      cu("11-18 10:00", """Dear Tamsin,

My mother (87) lives alone in Cotham and has a cat, Smudge. I'm in London and would like someone local to hold a key in case she falls or Smudge needs the vet. Could you explain how your key holding works for a situation like this? Would you be able to pop in if she doesn't answer the phone?

Kind regards,
Victoria Ashworth
Partner, Ashworth & Lyle LLP

This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Ashworth & Lyle LLP is authorised and regulated by the Solicitors Regulation Authority."""),
      ag("tamsin", "11-18 14:30", """Dear Victoria,

Key holding is £40 a year: we keep your mother's key, coded, in our safe, and we can be at her door within the hour between 7am and 9pm. Checking on a person rather than a pet is a step beyond our usual cover, though, so I want to confirm with our insurer exactly what we can offer before I say yes. I'll come back to you by Tuesday 24th.

Best wishes,
Tamsin""", promises=[("11-24", None)])),

    C("t30-feld-katzen-weihnachten", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Matthias Feld <matthias.feld@web.example>", "gmail_de", "Katzensitting über Weihnachten",
      "German: holiday price answered, capacity deferred with 'ich melde mich morgen'; 'gibt es schon etwas Neues?' four days later, then the booking - late, so missed, and chased.",
      cu("11-11 19:30", """Hallo Herr Bauer,

wir fliegen vom 21.12. bis 4.1. nach Hamburg und suchen jemanden, der zweimal täglich nach unseren zwei Katzen sieht. Haben Sie in dem Zeitraum noch Kapazitäten? Und was kostet das an den Feiertagen?

Viele Grüße
Matthias Feld"""),
      ag("dominik", "11-12 08:45", """Hallo Herr Feld,

an den Feiertagen (25./26.12. und 1.1.) kostet ein Besuch 20 £ statt 14 £. Ob wir Sie über den ganzen Zeitraum zweimal täglich einplanen können, kläre ich heute mit dem Team - ich melde mich morgen bei Ihnen.

Viele Grüße
Dominik Bauer""", promises=[("11-13", 4)]),
      cu("11-16 20:10", """Hallo Herr Bauer,

gibt es schon etwas Neues wegen der Weihnachtsbesuche? Wir würden das gern bald festmachen.

Viele Grüße
Matthias Feld""", chase=True),
      ag("dominik", "11-17 08:30", """Hallo Herr Feld,

entschuldigen Sie bitte die Verzögerung. Ja, das klappt: Holly übernimmt vom 21.12. bis 4.1. beide Besuche täglich, morgens gegen 8 und abends gegen 18 Uhr. Die Buchung ist eingetragen, die Bestätigung kommt zusammen mit der Rechnung.

Viele Grüße
Dominik Bauer""")),

    C("t31-schoenfeld-dackel", "de", "pending", {},
      "Petra Schönfeld <petra.schoenfeld@example.org>", "thunderbird_de", "Hundebetreuung – Fragen",
      "German: two questions (a heart tablet at midday, slow walks for an old dachshund) answered together in one sentence ('beides kein Problem').",
      cu("11-18 07:15", """Guten Morgen,

unser Dackel Fritz (9) bekommt morgens eine halbe Tablette gegen Herzschwäche. Könnten Ihre Gassigeher ihm die mittags geben, wenn wir es morgens vergessen haben? Und nehmen Sie auch Hunde, die nicht mehr so weit laufen können?

Danke und Grüße
Petra Schönfeld"""),
      ag("dominik", "11-18 09:30", """Guten Morgen Frau Schönfeld,

beides kein Problem: Die Tablette geben wir ihm gern mittags, wenn Sie uns kurz Bescheid sagen, und für ältere Hunde wie Fritz gibt es unseren gemütlichen 20-Minuten-Spaziergang ums Eck (12 £).

Viele Grüße
Dominik Bauer""")),

    C("t32-bello-nights-upfront", "en", "pending", {"unanswered-question": 1},
      "Aisha Bello <aisha.bello@example.com>", "gmail", "Walks while I'm on nights",
      "Walks while the customer works nights answered; her follow-up asks two things - the key under the plant pot is answered, paying for the fortnight upfront is not.",
      cu("11-10 10:00", """Hi,

I'm a nurse and I'm on nights for two weeks from 23 November. Could Nala have a walk around 1pm each day, including weekends, while I sleep? She's a staffie, very sweet, a bit of a puller.

Aisha"""),
      ag("priya", "11-10 12:30", """Hi Aisha,

Yes, we can do 1pm every day from the 23rd. Weekday walks are £16 for a solo half hour, weekends £18. Jordan will be her walker.

Priya"""),
      cu("11-16 09:10", """Thanks Priya, that's great. Jordan came for the meet-and-greet yesterday and Nala loved him. Can I pay for the whole fortnight upfront? And is it OK if I leave the key under the plant pot rather than buying a key safe?

Aisha""", uq=1),
      ag("priya", "11-16 11:00", """Hi Aisha,

Glad Nala approved! I'd really rather you didn't use the plant pot - it's the first place anyone looks, and our insurance doesn't cover keys left outside. We can hold a key for you instead, or Jordan can knock and you pass it over on the first day.

Priya""")),

    C("t33-stroud-forwarded-vet", "en", "closed", {},
      "Naomi Stroud <naomi.stroud@example.net>", "owa", "FW: Discharge notes for Pickle",
      "HTML-only mail forwarding the vet's discharge notes, which contain questions to the owner (forwarded text, not the customer's); her one request is answered.",
      cu("11-04 14:00", """Hi Tamsin,

Forwarding the vet's notes from Pickle's operation. Please can whoever does the visits next week read them before Monday - especially the bit about the cone.

Thanks,
Naomi

________________________________
From: Ashley Vale Veterinary Centre <reception@ashleyvalevets.example>
Sent: Wednesday, November 4, 2026 11:02 AM
To: naomi.stroud@example.net
Subject: Discharge notes for Pickle

Dear Ms Stroud,

Pickle recovered well from her spay this morning. Please keep her cone on for 10 days. Is she eating soft food at home? Could you book a check-up for 11 November?

Medication: Metacam 0.5 mg/ml, 0.6 ml once daily with food.

Ashley Vale Veterinary Centre
Any questions? Call 0117 496 0333""", kind="html", subject="FW: Discharge notes for Pickle"),
      ag("tamsin", "11-04 16:30", """Hi Naomi,

Thanks - the notes are on Pickle's file and Holly has read them. She'll check the cone is on at every visit and give the Metacam with breakfast.

Tamsin""")),

    C("t34-cuesta-lola-sigo-esperando", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Álvaro Cuesta <alvaro.cuesta@example.com>", "gmail_es", "Paseos para Lola en diciembre",
      "Spanish: the slot is confirmed, the fixed walker deferred with 'le confirmo el lunes' - never; '¿hay alguna novedad...? Sigo esperando' on Wednesday gets no reply.",
      cu("11-12 09:00", """Hola Lucía:

¿Tenéis hueco para pasear a Lola (bodeguera, 5 años) los lunes, miércoles y viernes de diciembre, sobre las doce? Y si puede ser, me gustaría que fuera siempre la misma persona, porque le cuesta coger confianza.

Un abrazo,
Álvaro"""),
      ag("lucia", "11-12 12:15", """Hola, Álvaro:

Los lunes, miércoles y viernes a mediodía hay sitio en diciembre. Lo de la misma persona tengo que mirarlo con Priya, que organiza los turnos; le confirmo el lunes.

Un saludo,
Lucía""", promises=[("11-16", None)]),
      cu("11-18 18:30", """Hola Lucía, ¿hay alguna novedad sobre lo del paseador fijo? Sigo esperando para confirmar la reserva.

Álvaro""", chase=True)),

    C("t35-delorme-questions-rencontre", "fr", "closed", {},
      "Margaux Delorme <margaux.delorme@example.org>", "apple_fr", "Questions avant la rencontre",
      "French bulleted questions before a meet-and-greet, answered inline under each quoted question.",
      cu("11-05 18:20", """Bonjour,

Avant notre rendez-vous de samedi, quelques questions :

- Vos pet-sitters ont-ils une formation aux premiers secours animaliers ?
- Faut-il prévoir un double des clés pour la rencontre ?
- Acceptez-vous les paiements par virement ?

Merci,
Margaux Delorme"""),
      ag("elise", "11-06 08:30", """Bonjour Margaux,

> - Vos pet-sitters ont-ils une formation aux premiers secours animaliers ?

Oui, toute l'équipe l'a suivie, et elle est renouvelée chaque année.

> - Faut-il prévoir un double des clés pour la rencontre ?

Pas encore : on vous le demandera seulement au moment de la première réservation.

> - Acceptez-vous les paiements par virement ?

Oui, virement ou carte, comme vous préférez.

À samedi !
Élise""", quote=False)),

    C("t36-pritchard-receipt-eod", "en", "closed", {"missed-follow-up": 1},
      "Owen Pritchard <owen.pritchard@example.com>", "gmail", "Receipt for October",
      "'I'll ... send it over by end of day' kept the next morning (receipt attached): late, so missed; thanks-only close.",
      cu("11-05 09:10", """Hi Callum,

My employer reimburses dog care while I'm travelling for work. Could you send me a VAT receipt for October's walks (Monty, 14 walks)? They need it by Monday.

Owen"""),
      ag("callum", "11-05 10:05", """Hi Owen,

No problem - I'll generate it from the accounts system and send it over by end of day.

Callum""", promises=[("11-05", 3)]),
      ag("callum", "11-06 08:45", """Morning Owen,

Sorry, the system was down yesterday afternoon. October receipt attached - 14 walks, £224 including VAT.

Callum""", attach=[("application/pdf", "R-2610-0419.pdf", RECEIPT_PDF)]),
      cu("11-06 09:00", """Got it, thanks!

Owen""", thanks=True)),

    C("t37-reeve-out-of-office", "en", "closed", {},
      "Jonathan Reeve <j.reeve@reevepartners.example>", "outlook", "Walk time change next week",
      "Walk times moved as asked; the customer's Outlook out-of-office answers the reply; thanks-only mail when he is back.",
      cu("11-04 08:00", """Hi Priya,

Could Maisie's walks next week be moved from 1pm to 11am? She's got a vet appointment on Thursday at 2, so the 11am slot works better that day at least.

Jonathan Reeve
Reeve & Partners Chartered Surveyors
This message is intended for the addressee only."""),
      ag("priya", "11-04 09:15", """Hi Jonathan,

All moved: Monday to Friday next week Maisie will be collected at 11, and on Thursday Sam will have her home by 12:15 for the vet.

Priya"""),
      auto("11-04 09:16", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact Laura Mendes on laura.mendes@reevepartners.example.

Jonathan Reeve""", quote=False, subject="Automatic reply: Re: Walk time change next week"),
      cu("11-09 08:30", """Thanks Priya, back now and that's perfect.

Jonathan""", parent=2, thanks=True)),

    C("t38-thornton-lanzarote-fish", "en", "closed",
      {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
      "Gemma Thornton <gemma.thornton@example.org>", "iphone", "Two cats + fish while we're in Lanzarote",
      "Customer chases her own iPhone mail two days later; the reply covers the cats but not the fish tank (one bundled question).",
      cu("11-02 19:45", """Hello, we're off to Lanzarote 14-21 November. Could someone visit our two cats once a day? And we have a tropical fish tank - would the sitter be able to feed the fish as well, and check the heater is on?

Gemma

Sent from my iPhone""", uq=1),
      cu("11-04 20:10", """Hi, just following up on the below - we fly in ten days so I need to get something sorted.

Gemma

Sent from my iPhone""", chase=True),
      ag("tamsin", "11-05 08:30", """Hi Gemma,

So sorry for the slow reply. Yes - Holly can do a visit a day from the 14th to the 21st and she'll keep an eye on the cats' water fountain too. It's £14 a visit, £112 in total.

Tamsin""")),

    C("t39-campos-madrid-plantas", "es", "pending", {},
      "Nuria Campos <nuria.campos@example.net>", "gmail_es", "Gatos + plantas, 4-8 dic",
      "Spanish: a pleasantry ('¿qué tal todo?') and two requests (daily cat visits, watering plants), both answered.",
      cu("11-17 12:00", """Hola Lucía, ¿qué tal todo? Espero que bien.

Te escribo porque nos vamos a Madrid del 4 al 8 de diciembre. ¿Podría alguien pasar una vez al día a dar de comer a Chispa y Nube? También tenemos bastantes plantas; ¿sería posible regarlas un par de veces mientras estamos fuera?

Un beso,
Nuria"""),
      ag("lucia", "11-17 15:20", """¡Hola, Nuria! Todo bien, gracias.

Sí: Ruth puede pasar cada mañana del 4 al 8 (14 £ la visita) y regar las plantas el sábado y el lunes sin coste adicional.

Un saludo,
Lucía""")),

    C("t40-mcallister-fireworks", "en", "closed", {"unanswered-question": 2},
      "Fiona McAllister <fiona.mcallister@example.com>", "thunderbird", "New Year house sit - fireworks",
      "Five numbered questions about a firework-phobic collie; the reply answers the first three and skips the diffuser and what happens if she bolts.",
      cu("11-04 21:00", """Dear Tamsin,

We'll be away from 29 December to 2 January and need a house sitter for Juniper, our border collie, who is terrified of fireworks. Some questions:

1. Is anyone available for those four nights?
2. Will the sitter stay in with her on New Year's Eve rather than going out?
3. Can she sleep in the sitter's room? She won't settle otherwise.
4. We use an Adaptil diffuser - is it OK for the sitter to plug in a refill on the 30th?
5. What happens if she bolts during a walk? She's microchipped but I worry.

Best,
Fiona""", uq=2),
      ag("tamsin", "11-05 09:00", """Dear Fiona,

Ruth is free for all four nights and is very used to firework-phobic dogs - she'll be in all evening on the 31st with the curtains shut and the telly on. Juniper can absolutely sleep in her room; most of our collies do.

Warm wishes,
Tamsin""")),

    C("t41-barraclough-lost-lead", "en", "closed", {},
      "Keith Barraclough <keith.barraclough@example.org>", "oldclient", "Lost lead",
      "A lost lead found; the reply carries a [Resolved] subject tag and the customer's thanks-only answer does not reopen the case.",
      cu("11-02 15:00", """Hello,

I think Sam left Bonnie's lead at the park yesterday - she came back on a slip lead. It's a red leather one with a brass clip. Could you ask her to check? It was a present from my late wife so I'd really like it back.

Keith Barraclough"""),
      ag("priya", "11-02 16:40", """Hi Keith,

Good news - Sam found it hooked on the gate at Brandon Hill, and it's back on your coat peg now. I'm so sorry for the worry.

Priya""", subject="[Resolved] Re: Lost lead", closes=True),
      cu("11-02 17:30", """Thank you so much - and thanks to Sam too. That's a weight off my mind.

Keith""", subject="Re: [Resolved] Re: Lost lead", thanks=True)),

    C("t42-menon-second-dog", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Ravi Menon <ravi.menon@example.com>", "outlook", "Two-dog discount?",
      "Second-dog discount answered; walking together deferred to 'early next week' (by Tuesday 17th) on a Friday evening - never; the Thursday-to-Friday move is skipped.",
      cu("11-13 08:30", """Hi,

We're adopting a second dog in December (a whippet cross, 3 years). Jasper already walks with you on Tuesdays and Thursdays. Would they walk together in the same group, and is there a discount for the second dog?

Also, could Jasper's Thursday walk move to Friday from January? My hours are changing.

Ravi""", uq=1),
      ag("callum", "11-13 17:40", """Hi Ravi,

Congratulations! A second dog from the same household is £10 per group walk instead of £14. Whether they can go out together depends on how the new one gets on with Marta's group - I'll talk to Marta and let you know early next week.

Callum""", promises=[("11-17", None)])),

    C("t43-vogt-versicherung-agb", "de", "pending", {"unanswered-question": 1},
      "Annika Vogt <annika.vogt@example.com>", "outlook_de", "Meet-and-Greet und Versicherung",
      "German, written from Germany: insurance answered, the German terms promised 'bis Freitag' (still ahead at audit time); the question about an evening meet-and-greet is skipped.",
      cu("11-17 09:00", """Guten Tag,

wir möchten für unsere beiden Katzen ab Januar regelmäßige Besuche buchen, wenn wir auf Dienstreise sind. Zwei Fragen vorab:

Sind Schäden in der Wohnung durch Ihre Versicherung abgedeckt, falls einmal etwas passiert? Und könnten Sie uns bitte Ihre AGB auf Deutsch schicken, falls es die gibt?

Außerdem interessiert mich, ob wir das Kennenlernen auch abends nach 19 Uhr machen können.

Mit freundlichen Grüßen
Annika Vogt""", uq=1),
      ag("dominik", "11-17 10:15", """Guten Tag Frau Vogt,

ja, unsere Haftpflichtversicherung deckt auch Schäden in der Wohnung ab, bis 5 Mio. £. Eine deutsche Fassung der AGB haben wir noch nicht; ich übersetze Ihnen die wichtigsten Punkte und schicke sie Ihnen bis Freitag.

Viele Grüße
Dominik Bauer""", promises=[("11-20", None)]), tz=1),

    C("t44-mercier-livreur", "fr", "closed", {"unanswered-question": 1},
      "Julien Mercier <julien.mercier@example.com>", "gmail", "Tarif garde à domicile",
      "French, sent from Paris: the house-sitting rate is answered with a total; the grocery-delivery question gets a neighbouring answer (post, bins, plants) instead.",
      cu("11-03 13:30", """Bonjour,

Nous avons un golden retriever et un chat, et nous partons une semaine en février (du 13 au 20). Quel est le tarif d'une garde à domicile avec nuits pour deux animaux ? Je voudrais aussi savoir si le pet-sitter peut réceptionner notre livraison de courses le samedi matin, nous avons une commande récurrente.

Merci d'avance,
Julien Mercier""", uq=1),
      ag("elise", "11-03 15:10", """Bonjour Julien,

La garde à domicile est à 55 £ la nuit, chien et chat compris, soit 385 £ pour les sept nuits. Pendant la garde, le pet-sitter s'occupe aussi du courrier, des poubelles et des plantes si besoin.

Bien cordialement,
Élise"""), tz=1),

    C("t45-iglesias-factura-base64", "es", "closed", {"unanswered-question": 1},
      "Carmen Iglesias <carmen.iglesias@iglesiasarquitectura.example>", "gmail_es", "Cambio de día y facturas",
      "Spanish (base64 body): the change of walk day is confirmed; the request to invoice the company is ignored.",
      cu("11-04 11:00", """Hola:

Llevamos ya un año con vosotros y estamos encantados con los paseos de Rufo. Dos cosas:

¿Se puede cambiar el paseo del jueves al martes a partir de la semana que viene?

Y, por favor, a partir de ahora emitid las facturas a nombre de Iglesias Arquitectura Ltd (número de empresa 14523987), que lo pasamos como gasto de la empresa.

Gracias,
Carmen""", uq=1, cte="base64"),
      ag("lucia", "11-04 13:30", """Hola, Carmen:

¡Qué alegría leer eso! A partir del martes 10, Rufo sale los martes en lugar de los jueves, a la misma hora.

Un saludo,
Lucía""")),

    C("t46-baird-haggis-double-chase", "en", "pending",
      {"customer-chased": 2, "slow-first-response": 1},
      "Shona Baird <shona.baird@example.net>", "gmail", "Puppy training walks",
      "Only the acknowledgement for four days; 'any news?' and then 'still waiting to hear back' (two chases) before a full answer.",
      cu("11-13 10:00", """Hi,

Our 6-month-old border terrier, Haggis, has just finished puppy class. Do your walkers do any training on walks (recall, loose lead), or is it just exercise? If so, is it extra?

Shona"""),
      ack("11-13 10:01"),
      cu("11-16 09:00", """Hi, any news? Just wanted to check this reached a human 🙂

Shona""", chase=True),
      cu("11-17 13:30", """Hello again - still waiting to hear back on this. Happy to chat on the phone if that's easier: 07700 900812.

Shona""", chase=True),
      ag("priya", "11-17 15:00", """Hi Shona,

I'm so sorry, you've been waiting far too long. Yes - our walk-and-train sessions are 45 minutes, one to one, with Sam, who's a qualified trainer, and she works on recall and loose-lead walking as part of the walk itself. They're £22 a session, so a little more than a standard solo walk.

Priya""")),

    C("t47-chambers-marmalade-monday", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Lydia Chambers <lydia.chambers@example.com>", "apple", "Elderly cat - hyperthyroid",
      "Pilling tips answered, the weighing deferred with 'email you on Monday' - never; the request for the vet authorisation form is skipped.",
      cu("11-13 09:00", """Hi Tamsin,

Our old cat Marmalade (19!) has just been diagnosed with hyperthyroidism and is on tablets twice a day, which he spits out if he can. We're away 27-30 November. Do your sitters have any tricks for pilling a difficult cat? Would they be able to weigh him once while we're away - the vet wants a weight on the 29th?

Also please could you send me the form for authorising vet treatment - I filled one in years ago but our address has changed since.

Lydia""", uq=1),
      ag("tamsin", "11-13 18:30", """Hi Lydia,

Ruth is our pilling expert - pill pockets, a bit of tuna and very quick hands - so she'll do his visits. I'll ask her about the weighing (she'd need your scales or a baby scale) and email you on Monday.

Tamsin""", promises=[("11-16", None)])),

    C("t48-walsh-short-walk", "en", "closed", {"unanswered-question": 1},
      "Connor Walsh <connor.walsh@example.org>", "android", "Walk cut short today",
      "Complaint about a 20-minute 'hour' walk with a camera still attached: the regular-walker request is answered, the refund request is not.",
      cu("11-04 17:20", """Hi,

Our camera shows Bella being brought back at 12:25 today and she was collected at 12:05, so she got 20 minutes rather than the hour we pay for (screenshot attached). This is the second time this month. I'd like a refund for today's walk. Also, can we have the same walker from now on? The new one doesn't seem to know the routine.

Connor""", uq=1, attach=[("image/png", "camera-1225.png", CAMERA_PNG)]),
      ag("callum", "11-04 18:30", """Hi Connor,

I'm sorry, that's not the standard we want. Today's walker was covering for Marta; from tomorrow Marta is back and she'll be Bella's regular walker every day, with Jordan as her only cover.

Callum""")),

    C("t49-morrow-invoice-tomorrow", "en", "closed", {"missed-follow-up": 1},
      "Elspeth Morrow <elspeth.morrow@example.com>", "gmail", "Invoice for November house sit",
      "Tamsin says Callum 'will send it tomorrow' (Saturday); Callum sends the invoice on Monday - late, so missed; thanks-only close.",
      cu("11-06 10:00", """Hello,

Could I have an invoice for the house sit from 16 to 20 November please? Our company pays for pet care when we're at conferences and they need it before the trip.

Thanks,
Elspeth"""),
      ag("tamsin", "11-06 11:00", """Hi Elspeth,

Of course. Callum looks after invoices and he'll send it tomorrow.

Tamsin""", promises=[("11-07", 3)]),
      ag("callum", "11-09 09:15", """Dear Elspeth,

Please find attached the invoice for the house sit from 16 to 20 November (four nights, £220).

Kind regards,
Callum""", parent=1, attach=[("application/pdf", "TV-2611-0733.pdf", INVOICE_PDF)]),
      cu("11-09 10:00", """Thank you!

Elspeth""", thanks=True)),

    C("t50-kowalski-bearded-dragon", "en", "pending",
      {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
      "Daniel Kowalski <daniel.kowalski@example.net>", "iphone", "Bearded dragon over Christmas?",
      "Reptile care: 'did this get through?' after two and a half days; the answer covers the dragon and the price but not the daily photos.",
      cu("11-11 21:40", """Hi, do you look after reptiles? We have a bearded dragon, Spike, who needs live crickets every other day and his lamps on a timer. We're away 18-22 Dec.

Also, can your sitter send us photos each day? My son will want proof Spike is alive 😄

Dan

Sent from my iPhone""", uq=1),
      cu("11-14 10:20", """Hi again, did this get through? Still hoping to sort Spike's care for Christmas.

Dan

Sent from my iPhone""", chase=True),
      ag("tamsin", "11-16 09:00", """Hi Dan,

Sorry for the slow reply - we had a very full weekend. Yes, we do reptiles: Ruth kept bearded dragons for years and is happy to deal with crickets (bring on the tub!). One visit every day from the 18th to the 22nd would be £70.

Tamsin""")),
]

UNANSWERED: dict[str, list[str]] = {
    "t02-redland-christmas-eyedrops": [
        "Can the sitter manage those?"],
    "t03-pip-puppy-visits": [
        "Could you also let me know if the walker can do a bit of toilet training with her while they're there.",
        "Oh and do you need her vaccination card before the first visit?"],
    "t05-westbury-greyhounds-quote": [
        "Also, would the same walker come every day?"],
    "t08-krueger-bruno-rechnung": [
        "Außerdem wäre ich Ihnen dankbar, wenn Sie die Rechnungen künftig an mein Büro (Krüger Ingenieure Ltd, 5 Queen Square, Bristol BS1 4JQ) statt an unsere Privatadresse schicken könnten."],
    "t10-gallego-gatos-formulario": [
        "¿podría quien venga recoger las cartas del felpudo y dejarlas en la mesa de la cocina?"],
    "t14-chloe-key-camera": [
        "And we have a camera in the kitchen pointing at the cat feeder - is that OK with your sitters, or should we switch it off while they're there?"],
    "t16-whitlock-rota-window": [
        "Also, I'd like to pay by standing order instead of card from now on - can you send me the bank details?"],
    "t18-toffee-insulin": [
        "Would it be possible to do the 8pm visit a bit later, say 9pm, if that's easier for you?"],
    "t24-holloway-terriers-handoffs": [
        "And please send invoices to our company address as we claim it as a business expense: Holloway Vintage, 12 Picton Street, Bristol BS6 5QA."],
    "t26-lomax-christmas-essay": [
        "Does the sitter need to bring their own food or can they help themselves?",
        "Also, our boiler is being a bit temperamental so could you let me know what your sitters do if the heating fails - would they call us or a plumber directly?"],
    "t32-bello-nights-upfront": [
        "Can I pay for the whole fortnight upfront?"],
    "t38-thornton-lanzarote-fish": [
        "And we have a tropical fish tank - would the sitter be able to feed the fish as well, and check the heater is on?"],
    "t40-mcallister-fireworks": [
        "We use an Adaptil diffuser - is it OK for the sitter to plug in a refill on the 30th?",
        "What happens if she bolts during a walk?"],
    "t42-menon-second-dog": [
        "Also, could Jasper's Thursday walk move to Friday from January?"],
    "t43-vogt-versicherung-agb": [
        "Außerdem interessiert mich, ob wir das Kennenlernen auch abends nach 19 Uhr machen können."],
    "t44-mercier-livreur": [
        "Je voudrais aussi savoir si le pet-sitter peut réceptionner notre livraison de courses le samedi matin, nous avons une commande récurrente."],
    "t45-iglesias-factura-base64": [
        "Y, por favor, a partir de ahora emitid las facturas a nombre de Iglesias Arquitectura Ltd (número de empresa 14523987), que lo pasamos como gasto de la empresa."],
    "t47-chambers-marmalade-monday": [
        "Also please could you send me the form for authorising vet treatment - I filled one in years ago but our address has changed since."],
    "t48-walsh-short-walk": [
        "I'd like a refund for today's walk."],
    "t50-kowalski-bearded-dragon": [
        "Also, can your sitter send us photos each day?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"TV-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
        refs = o.pop("refs", None)
        body = spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""),
                  "refs": [f"{case.name}.{r}" for r in refs] if refs is not None else None}
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
        o.pop("subject", None)
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
            out.append(f"{name}: labelled questions for a case that does not exist")
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
            if m.role == "customer" and m.thanks_only and (m.uq or m.chase):
                out.append(f"{m.key}: a thanks-only message cannot ask or chase")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 78: Tamsin Vale Pet Sitting - cases",
                                 "make_practice78_corpus.py", rows)


README_HEAD = """# Practice corpus 78: Tamsin Vale Pet Sitting support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Tamsin Vale Pet Sitting**, a small Bristol business (Clifton, Redland, Cotham,
  Bishopston and around) offering dog walking (group and solo walks, puppy visits,
  walk-and-train), cat and small-pet visits, overnight house sitting, key holding and free
  meet-and-greets. Support address `hello@tamsinvalepets.example`; agents Tamsin Vale
  (founder), Callum Reid (bookings and accounts), Priya Natarajan (walks rota), Dominik Bauer
  (German-speaking clients), Élise Caradec (French-speaking clients) and Lucía Ferrer
  (Spanish-speaking clients), all `@tamsinvalepets.example`. A helpdesk robot
  (`hello@tamsinvalepets.example`, `Auto-Submitted: auto-replied`) acknowledges a few mails
  with "we answer every email within 24 hours" - service-hours text, not a commitment.
- Customers are pet owners (families, a nurse on nights, a solicitor, an architect, people
  new to Bristol from Germany, France and Spain) on example.com/.org/.net and `*.example`
  domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain tamsinvalepets.example`.

```
python scripts/make_practice78_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice78_corpus.py --out /tmp/p78         # ... into another folder
python scripts/evaluate.py --corpus tests/practice78            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice78_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table. This README is generated too. Do not edit generated files; edit
the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.
"""

README_DESIGN = """
## What the corpus contains by design

Answered questions (not labelled) are answered the way people answer: in one paragraph
covering three numbered questions out of order (t01), inline under each quoted line with
"Of course." / "Yes, ..." (t04, French t35), with a bare figure "£14." (t23), with an
attachment and a bare link (t09), with a PDF price list (t15), two questions in one sentence
("beides kein Problem", t31), by a colleague (t19, t24), after a chase (t22, t28, t30, t46),
and a question deferred with a promise counts as addressed (t05, t16, t18, t22, t29, t30, t34,
t42, t43, t47).

Unanswered questions are the realistic kind: a secondary question skipped after the main
point (t02 eye drops, t14 kitchen camera, t38 fish tank, t48 refund, t50 daily photos), a
request made in passing (invoices to the office in German t08 and to a company in Spanish
t45, bank details t16, the company invoice address t24, the vet form t47, picking up the post
t10), two of four questions in one long paragraph (t03, t26), two of five numbered questions
(t40), a neighbouring question answered instead (t18 asks about 9pm and gets the morning
time; t44 asks about a grocery delivery and gets post, bins and plants), a question inside a
chaser (t05) and in a follow-up mail after the case seemed settled (t32).

Not questions (must not be flagged): a rhetorical question and a question the customer
answers himself (t17); pleasantries ("I hope you're well and not too overrun...?" in t26,
"¿qué tal todo?" in t39); questions in a forwarded vet letter in an HTML-only mail (t33);
signature lines "Need a logo?" with a `?` URL (t09) and support's "New to us?" signature;
legal disclaimers (t29, t37); thanks-only mails, one with a customer's own "we'll let you
know" (t15) and one accepting a proposed slot (t08); questions in the customer's latest
unanswered mail are `awaiting-reply`, never `unanswered-question` (t06, t20, t34).

Commitments: kept on time (t13 "I'll confirm by Thursday", kept on Wednesday), kept by a
colleague (t19 "she'll be in touch tomorrow"), kept late = missed (t05 "tomorrow" -> six days;
t22 "d'ici jeudi" -> Monday; t30 "ich melde mich morgen" -> four days; t36 "by end of day"
-> next morning; t49 "he'll send it tomorrow" -> Monday, by a colleague), never kept (t10
"se lo envío mañana", t16 no deadline = two-day window, t18 "by Wednesday", t34 "le confirmo
el lunes", t42 "early next week" said on a Friday = by Tuesday, t47 "email you on Monday"),
deadlines still ahead at audit time (t29 "by Tuesday 24th", t43 "bis Freitag" on the audit
day). Non-promises: a conditional offer ("If you'd like to go ahead, I'll send the booking
form", t02), logistics ("Ruth will collect the keys from you on Saturday", evening photo
updates, t27; Jordan fetching the dog, t22), process descriptions (a refund "should show
within 3-5 working days", t24; "die Bestätigung kommt zusammen mit der Rechnung", t30; keys
brought back "am selben oder am nächsten Tag", t11) and the acknowledgement's service-hours
text (t06, t21, t46).

Chasing in varied wording and languages: "Just checking in on the quote" (t05), "I haven't
heard back" (t06), "Je me permets de vous relancer" (t22), a word-for-word resend as a new
mail with the same subject and no threading headers (t28), "gibt es schon etwas Neues"
(t30), "¿hay alguna novedad...? Sigo esperando" (t34), "just following up on the below"
(t38), "any news?" and then "still waiting to hear back" (t46, two findings), "did this get
through?" (t50). Not chasing: a second mail 25 minutes later that adds details (t25).

Status and timing: open and awaiting reply (t06, t20, t34), a fresh case inside the response
target with only the acknowledgement (t21), slow first responses (Friday evening answered on
Monday t14; chased cases t28, t38, t46, t50), an explicit close "I'll mark this as resolved"
followed by a new request in the thread (t12, reopened), a `[Resolved]` subject tag followed
only by thanks (t41, not reopened), three agents on one case (t24).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop (From:/Sent: and
Von:/Gesendet: header blocks, `RE:`/`AW:` subjects), Outlook on the web, Outlook for Android,
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora client; top-posted and inline
replies; plain 7bit, quoted-printable (accents, emoji), base64 (t45), multipart/alternative
(t09, t23, acknowledgements), HTML-only (t33); PDF and PNG attachments (a quote, an insurance
certificate, a price list, a receipt, an invoice, a muddy-dog photo, a camera still); a
customer's Outlook out-of-office reply (t37); a Cc to the customer's accounts address (t24);
a reply that lost its threading headers (t23), a References chain with a gap (t13), a
customer chasing by replying to their own mail (t38, t46, t50); customers writing from
Germany and France (UTC+1, t43, t44).

## Judgement calls

- **t02**: "Can the sitter manage those?" (the eye drops) is untouched by a reply about the
  sitter's dates and the rate - labelled. "I assume there's a holiday supplement?" is part of
  the rate question, answered.
- **t03**: "How long are the visits and how many a day would you suggest" is one question,
  answered by "20 minutes ... two a day".
- **t05**: the chaser "Just checking in on the quote" is answered by the quote; the new
  question in the same mail, "would the same walker come every day?", is not.
- **t18**: the morning-time sentence answers a question nobody asked; the 9pm question stays
  unanswered. The which-sitter question is deferred with "I'll confirm by Wednesday" (broken).
- **t26**: "if not whether you could do visits instead" is the fallback of the availability
  question, answered by a sitter being free.
- **t38**: "would the sitter be able to feed the fish as well, and check the heater is on?"
  bundles two requests about the tank - one finding.
- **t42**: "early next week" said on Friday 13 November: deadline Tuesday 17 November.
- **t43**: "bis Freitag" said on Tuesday 17 November: deadline the end of the audit day, still
  ahead at 17:00 - not missed.
- **t46**: two separate chasing mails - count 2.

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md (rule and status definitions), scripts/mailcraft.py, and
scripts/make_practice24_corpus.py with tests/test_practice24_corpus.py as a format example
(structure only; company, customers, stories and wording are new). Not opened: anything under
`happyaudit/`, the README's method, accuracy and weak-point sections, any other test file,
corpus or helper's notes. All labels were fixed before the single evaluation run and none was
changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md: the fixed description plus the figures computed from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found: Counter = Counter()
    for c in cases:
        found.update(c.rules)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    lang_text = ", ".join(f"{names[k]} {v}" for k, v in sorted(langs.items(), key=lambda kv: -kv[1]))
    asking = sum(1 for c in cases if c.uq)
    chased = sum(1 for c in cases if c.rules.get("customer-chased"))
    findings = ", ".join(f"{r} {found[r]}" + (f" (in {asking} cases)" if r == "unanswered-question" else "")
                         + (f" (in {chased} cases)" if r == "customer-chased" else "")
                         for r in RULES if found[r])
    contents = f"""
## Contents

{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox
({roles['customer']} customer mails and {roles['auto']} customer out-of-office reply),
{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. {clean} clean cases
({round(100 * clean / len(cases))} %). Languages: {lang_text}
({round(100 * langs['en'] / len(cases))} % English). Statuses: {statuses['closed']} closed,
{statuses['pending']} pending, {statuses['open']} open.

Expected findings: {findings}.
"""
    return README_HEAD + contents + README_DESIGN


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.tamsinvalepets.example")
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
        raise SystemExit("refusing to write tests/practice78:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice78:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice78 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice78")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
