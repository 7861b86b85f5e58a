#!/usr/bin/env python3
"""Regenerate ``tests/practice41/``: a labelled corpus of Fernhollow Kennels & Grooming.

A support mailbox of a fictional dog boarding kennel, daycare and grooming salon in the
Sundgau, just over the border from Basel (bookings, vaccination records, deposits, special
diets and medication, collection times, the pet taxi, grooming appointments, invoices), with
English-speaking expatriates, German- and French-speaking neighbours and Spanish
holiday-home owners as clients. Written without looking at the detection heuristics, with
many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``fernhollowkennels.example``.

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

The kennel works on Central European Time (UTC+1 in November): agents' dates and promise
deadlines ("by Friday" = Friday 23:59 local) are in that zone.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice41_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "fernhollowkennels.example"
DESK = "Fernhollow Kennels & Grooming <hello@fernhollowkennels.example>"
RULES = mailcraft.RULES
YEAR = 2026
LOCAL = 1  # the kennel's UTC offset in November (CET)

AGENTS = {
    "hannah": ("Hannah Pryce <hannah@fernhollowkennels.example>", "thunderbird", """-- 
Hannah Pryce
Bookings & Front Desk | Fernhollow Kennels & Grooming
12 chemin du Moulin, 68220 Hégenheim | +33 3 89 00 41 27
Book online: https://fernhollowkennels.example/book?ref=sig"""),
    "callum": ("Callum Reid <callum@fernhollowkennels.example>", "outlook", """Callum Reid
Grooming Salon | Fernhollow Kennels & Grooming
Salon open Tue-Sat 8:30-17:00. Running late for your appointment? Call +33 3 89 00 41 29."""),
    "priya": ("Priya Okafor <priya@fernhollowkennels.example>", "owa", """Priya Okafor
Accounts | Fernhollow Kennels & Grooming
This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error, please tell us and delete it."""),
    "sophie": ("Sophie Marchetti <sophie@fernhollowkennels.example>", "apple", """Sophie Marchetti
Kennel Manager - health, diets & medication
Fernhollow Kennels & Grooming
https://fernhollowkennels.example/care?from=email"""),
    "lukas": ("Lukas Brenner <lukas@fernhollowkennels.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenbetreuung Deutsch | Fernhollow Kennels & Grooming
https://fernhollowkennels.example/de/buchen?ref=signatur"""),
    "camille": ("Camille Roux <camille@fernhollowkennels.example>", "apple_fr", """Camille Roux
Accueil & réservations | Fernhollow Kennels & Grooming
https://fernhollowkennels.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@fernhollowkennels.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente en español | Fernhollow Kennels & Grooming
+33 3 89 00 41 31"""),
}

ACK = {
    "en": """Hello,

Thanks for contacting Fernhollow Kennels & Grooming. This is an automatic reply to
let you know your message has reached us (reference {ref}). Our front desk answers
email Monday to Saturday, 8am-6pm, and we aim to reply within one working day.

For anything urgent about a dog currently staying with us, please phone
+33 3 89 00 41 27.

Fernhollow Kennels & Grooming
https://fernhollowkennels.example/help?ticket={ref}""",
    "de": """Guten Tag,

vielen Dank für Ihre Nachricht an Fernhollow Kennels & Grooming. Dies ist eine
automatische Eingangsbestätigung (Referenz {ref}). Unser Empfang beantwortet
E-Mails von Montag bis Samstag zwischen 8 und 18 Uhr, in der Regel innerhalb eines
Werktages.

In dringenden Fällen, die einen Hund in unserer Obhut betreffen, erreichen Sie uns
unter +33 3 89 00 41 27.

Fernhollow Kennels & Grooming
https://fernhollowkennels.example/de/hilfe?ticket={ref}""",
}

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
    "helpdesk": ["X-Mailer: Fernhollow Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="fh.", outlook_server="ZR0P27")
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
    tz: int = LOCAL
    msgs: list[Msg] = field(default_factory=list)

    @property
    def uq(self) -> list[str]:
        """The case's labelled unanswered questions (hand-written, in UNANSWERED)."""
        return UNANSWERED.get(self.name, [])


def cu(when: str, body: str, **opts) -> Spec:
    """A customer message at ``when`` ("MM-DD HH:MM", the customer's local time)."""
    return Spec("customer", when, body, opts)


def ag(who: str, when: str, body: str, **opts) -> Spec:
    """A reply by support agent ``who`` at ``when`` (the kennel's local time, UTC+1)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str, lang: str = "en") -> Spec:
    """The helpdesk's automatic acknowledgement."""
    return Spec("ack", when, ACK[lang], {})


def auto(when: str, body: str, **opts) -> Spec:
    """The customer's own automatic reply (out of office)."""
    return Spec("auto", when, body, opts)


def at(when: str, tz: int = LOCAL) -> datetime:
    """``when`` ("MM-DD HH:MM") in 2026 at UTC offset ``tz`` hours."""
    day, hm = when.split()
    month, dom = map(int, day.split("-"))
    hour, minute = map(int, hm.split(":"))
    return datetime(YEAR, month, dom, hour, minute, tzinfo=timezone(timedelta(hours=tz)))


def end_of(day: str) -> datetime:
    """The end of ``day`` ("MM-DD") at the kennel: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=LOCAL) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

VACC_PNG = mailcraft.png(14, 10, lambda x, y: (235 - 3 * x, 232 - 5 * y, 200 + 2 * x))
CUT_PNG = mailcraft.png(12, 12, lambda x, y: (120 + 8 * x, 110 + 6 * y, 100))
INVOICE_BLAKE_PDF = mailcraft.pdf(["Fernhollow Kennels & Grooming - Invoice FH-2026-1184",
                                   "Blake Physiotherapy GmbH, Steinenvorstadt 19, 4051 Basel",
                                   "Boarding 'Kira' 24-31 October 2026, 7 nights x EUR 34.00",
                                   "Net EUR 238.00 - VAT 20 % EUR 47.60 - Total EUR 285.60"])
INVOICE_ALVAREZ_PDF = mailcraft.pdf(["Fernhollow Kennels & Grooming - Factura FH-2026-1161",
                                     "Marta Alvarez Ruiz - NIF 50123456-K",
                                     "Estancia 'Lola' 24-31 octubre 2026, 7 noches",
                                     "Total EUR 231.00 (IVA 20 % incluido)"])
DEVIS_PDF = mailcraft.pdf(["Fernhollow Kennels & Grooming - Devis D-2611-017",
                           "Pension Oscar + Pistache, suite double, 13-21 fevrier 2027",
                           "8 nuits x EUR 52.00 = EUR 416.00",
                           "Toilettage complet Oscar (20/02) EUR 60.00 - Total EUR 476.00"])
CONFIRM_PDF = mailcraft.pdf(["Fernhollow Kennels & Grooming - Booking confirmation FH-21102",
                             "Dog: Nico (Portuguese water dog)",
                             "Arrival Friday 20 November 2026, 8:00-11:00",
                             "Departure Sunday 29 November 2026, 17:00-18:00"])

CASES: list[Case] = [
    C("f01-whitcombe-christmas", "en", "closed", {},
      "Rebecca Whitcombe <rebecca.whitcombe@posteo.example>", "gmail", "Christmas boarding",
      "Three questions about a Christmas stay for two dogs answered in one paragraph, out of order; thanks-only close.",
      cu("11-02 09:12", """Hi Hannah,

We're finally going back to Yorkshire for Christmas this year, so Barney and Maud need a holiday of their own! A few things before I book:

Have you still got room for both of them from Tuesday 22 December to Sunday 3 January? Could they share a suite like last time - they howl if they're apart. And is the Christmas surcharge per dog or per suite?

Maud is on a senior diet now (Hill's j/d), I'll bring a bag.

Thanks,
Rebecca"""),
      ag("hannah", "11-02 11:40", """Hi Rebecca,

Lovely to hear from you. The festive supplement is charged per suite, not per dog, so sharing works in your favour - €9 a night on top of the normal rate between 20 December and 3 January. I've pencilled Barney and Maud into a double suite (number 6, the one looking onto the paddock) from 22 December to 3 January; Sunday collections are between 5 and 6pm.

The j/d is no problem, we'll keep it in a tub with her name on.

Best wishes,
Hannah"""),
      cu("11-02 12:15", """Brilliant, thank you - that's them sorted!

Rebecca""", thanks=True)),

    C("f02-meier-impfausweis", "de", "closed", {"unanswered-question": 1},
      "Andrea Meier <andrea.meier@bluewin.example>", "outlook_de", "Impfausweis Flocke und Futter",
      "Swiss client sends a scan of the vaccination booklet; vaccination timing and own food answered, the request to resend last month's invoice is skipped.",
      cu("11-04 07:55", """Guten Tag Herr Brenner

Anbei der Impfausweis von Flocke als Scan. Die Zwingerhusten-Impfung (Nobivac KC) hat sie am 2. November beim Tierarzt bekommen. Reicht das für den Aufenthalt ab dem 14. November, oder muss zwischen Impfung und Anreise mehr Zeit liegen?

Darf ich ihr eigenes Nassfutter mitbringen? Sie frisst nichts anderes.

Bitte schicken Sie mir ausserdem die Rechnung vom Oktober-Aufenthalt noch einmal, ich finde sie nirgends mehr.

Freundliche Grüsse
Andrea Meier""", uq=1, attach=[("image/png", "impfausweis_flocke.png", VACC_PNG)]),
      ag("lukas", "11-04 10:20", """Guten Tag Frau Meier

vielen Dank für den Scan, damit ist alles vollständig. Die Nasenimpfung gegen Zwingerhusten muss mindestens sieben Tage vor der Anreise erfolgt sein - mit dem 2. November sind Sie für den 14. also auf der sicheren Seite.

Eigenes Futter ist überhaupt kein Problem. Bitte einfach mit einer kurzen Notiz zur Tagesmenge mitgeben, den Rest machen wir.

Freundliche Grüsse
Lukas Brenner""")),

    C("f03-okonkwo-first-groom", "en", "pending", {},
      "Chidi Okonkwo <chidi@okonkwo-family.example>", "thunderbird", "Pepper's first groom",
      "Three nervous first-groom questions answered in one reply, in a different order and in other words.",
      cu("11-16 20:10", """Hello,

Our cockapoo Pepper is booked in for her first proper groom on Saturday 21st. A few questions, as we have no idea what we're doing:

Can you do a teddy bear face but keep the body fairly long for the winter?
Roughly how long does a first groom take?
Is it OK if I stay with her? She's never been left anywhere.

Many thanks,
Chidi"""),
      ag("callum", "11-17 09:05", """Morning Chidi,

Don't worry, most first-timers feel the same. Puppies tend to settle better once the owner has said goodbye at the door, so we'd rather you didn't stay - we'll phone you if she's really unhappy, and you can collect her early. Allow two to two and a half hours, first visits are slower because we give them breaks. The teddy face with about 2.5 cm left on the body is our most requested cockapoo trim, so that's easy.

Cheers,
Callum""")),

    C("f04-harcourt-deposit", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Gillian Harcourt <g.harcourt@harcourt-law.example>", "outlook", "Cancellation - Monty, 12-19 November",
      "Deposit refund after a family emergency: 'I'll come back to you by Friday', the answer comes from accounts the next Wednesday after a chase.",
      cu("11-03 08:30", """Dear Fernhollow team,

I'm afraid we have to cancel Monty's stay from 12 to 19 November - my father has been taken into hospital and we won't be travelling after all. The booking reference is FH-20871.

Could you let me know whether any of the €90 deposit can be refunded, given the circumstances? I realise we are inside your 14-day window.

Kind regards,
Gillian Harcourt"""),
      ag("hannah", "11-03 10:15", """Dear Gillian,

I'm so sorry to hear about your father. I've cancelled Monty's booking. Refunds inside the 14 days are Priya's decision in accounts - I'll speak to her and come back to you by Friday.

Warm wishes,
Hannah""", promises=[("11-06", 4)]),
      cu("11-10 09:05", """Dear Hannah,

Just following up on the deposit for Monty's cancelled stay - I haven't heard anything since last Tuesday.

Kind regards,
Gillian"""  , chase=True),
      ag("priya", "11-11 14:30", """Dear Mrs Harcourt,

Apologies for the wait - Hannah passed this to me last week and it sat in my tray. Given the circumstances we have refunded the full €90 deposit to the card you paid with; it should show within 3-5 working days.

Best wishes to your father.

Priya Okafor""")),

    C("f05-dubois-toilettage", "fr", "pending", {"unanswered-question": 1},
      "Nathalie Dubois <nathalie.dubois@orange.example>", "apple_fr", "Toilettage caniche",
      "New poodle owner: price and scissor cut answered with a date offered; the walk-in nail-clipping question is skipped.",
      cu("11-17 13:40", """Bonjour,

Je viens d'adopter Praline, une caniche moyenne de 4 ans, et je cherche un salon près de Saint-Louis. Combien coûte un toilettage complet pour elle ? Est-ce que vous faites la coupe aux ciseaux, pas seulement à la tondeuse ? Pourriez-vous aussi me dire si vous coupez les griffes sans rendez-vous ?

Merci beaucoup,
Nathalie Dubois""", uq=1),
      ag("camille", "11-17 16:25", """Bonjour Madame Dubois,

Félicitations pour l'adoption ! Pour une caniche moyenne, le toilettage complet (bain, séchage, coupe, oreilles) est à 68 €. Callum, notre toiletteur, peut travailler entièrement aux ciseaux si vous le souhaitez ; comptez alors une demi-heure de plus, sans supplément.

Je peux vous proposer le samedi 28 novembre à 9h30, dites-moi si cela vous convient.

Bien cordialement,
Camille""")),

    C("f06-garcia-guarderia", "es", "closed", {},
      "Javier García <jgarcia@telefonica.example>", "gmail_es", "Guardería en Navidad",
      "Spanish holiday-home owners: three daycare days booked and the kennel-cough vaccine rule explained; thanks-only close.",
      cu("11-05 19:20", """Hola Lucía:

Como cada año pasaremos la Navidad en la casa de Leymen y queremos dejar a Tula algunos días en la guardería mientras vamos a esquiar a la Selva Negra.

¿Tienen plaza los días 28, 29 y 30 de diciembre? ¿Y hace falta que tenga puesta la vacuna de la tos de las perreras o basta con la de la rabia y la polivalente?

Un abrazo,
Javier"""),
      ag("lucia", "11-06 09:10", """Hola, Javier:

¡Qué alegría saber de ustedes otra vez! Le he reservado a Tula los tres días, del 28 al 30 de diciembre, de 8:00 a 18:00. La vacuna de la tos de las perreras también es obligatoria en la guardería y tiene que estar puesta al menos siete días antes: si se la ponen antes del 21 de diciembre, van bien.

Un saludo,
Lucía"""),
      cu("11-06 10:02", """¡Perfecto! Muchas gracias, Lucía. Nos vemos en diciembre.

Javier""", thanks=True)),

    C("f07-brandt-insulin", "en", "closed", {"missed-follow-up": 1},
      "Oliver Brandt <oliver@brandt-home.example>", "gmail", "Diabetic beagle - New Year stay?",
      "Insulin injections and the fridge answered; the medication supplement is deferred to 'tomorrow' and never sent.",
      cu("11-02 18:45", """Hi there,

Our beagle Rufus was diagnosed as diabetic in the summer and we're trying to work out whether we can still go away for New Year. He needs insulin (Caninsulin) twice a day with meals, at 7am and 7pm.

Are your staff able to give injections? Is there an extra charge for it, and do you have a fridge for the insulin pens?

Thanks in advance,
Oliver"""),
      ag("sophie", "11-03 09:30", """Hi Oliver,

Yes, we look after several diabetic dogs a year. Two of our senior staff are trained to inject, and the medication fridge in the clinic room is locked and temperature-logged, so the pens will be fine there. We'd also like a copy of his latest glucose curve from your vet.

The medication supplement depends on how often we need to handle him - I'll confirm the exact figure with our manager and email it to you tomorrow.

Best,
Sophie""", promises=[("11-04", None)])),

    C("f08-lindqvist-daycare-card", "en", "pending", {},
      "Sanna Lindqvist <sanna.lindqvist@fastmail.example>", "apple", "Daycare card",
      "Indirect questions (card price, expiry, sharing between two dogs) all answered in a Saturday HTML reply.",
      cu("11-14 08:15", """Hi,

I've just started working three days a week at the hospital in Basel and I'd like to sign Ylva up for daycare. I was wondering whether you still sell the 10-day cards, and if so how much they are and whether they expire. Also - we're fostering a second dog until January, could both dogs use the same card?

Thanks!
Sanna"""),
      ag("hannah", "11-14 15:30", """Hi Sanna,

We do! A 10-day daycare card is €260 (instead of €29 a day) and it's valid for six months from the first day you use it. Cards are per dog, I'm afraid, because each dog has its own place in the group - but for a foster we'll happily charge the card price, €26 a day.

Both dogs would need a short assessment morning first; just reply with a date that suits you.

Best wishes,
Hannah""", kind="alt")),

    C("f09-schneider-sonntagabend", "de", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Thomas Schneider <t.schneider@web.example>", "gmail_de", "Abholung Sonntagabend 22.11.",
      "Late Sunday collection and its price deferred 'bis Mittwoch'; nothing comes, the customer chases on Thursday and is still waiting.",
      cu("11-15 21:30", """Hallo zusammen,

unser Flug aus Lissabon landet am Sonntag, 22. November, erst um 18:40 in Basel. Wäre es ausnahmsweise möglich, Balu noch am selben Abend gegen 19:30 abzuholen? Wir würden ihn ungern eine Nacht länger bei Ihnen lassen. Falls ja: kostet das etwas extra?

Viele Grüße
Thomas Schneider"""),
      ag("lukas", "11-16 10:15", """Hallo Herr Schneider,

grundsätzlich machen wir das in Ausnahmefällen, es hängt aber davon ab, wer am Sonntag Spätdienst hat. Ich kläre das mit der Dienstplanung und melde mich bis Mittwoch bei Ihnen.

Viele Grüße
Lukas Brenner""", promises=[("11-18", None)]),
      cu("11-19 08:50", """Hallo Herr Brenner,

gibt es schon etwas Neues wegen Sonntagabend? Wir müssten es langsam wissen, sonst buchen wir doch noch eine Nacht dazu.

Viele Grüße
Thomas Schneider""", chase=True)),

    C("f10-patel-rescue", "en", "pending", {"unanswered-question": 2},
      "Meera Patel <meera.patel@outlook.example>", "outlook", "Boarding a rescue dog at Christmas",
      "Four questions inside one long paragraph plus a request; the passport and the trial day are answered, neutering and the nightly rate are not.",
      cu("11-16 12:30", """Hello,

We adopted Bruno, a 25 kg Romanian rescue (we think part shepherd), in October and would like to board him with you from 19 to 27 December. He has an EU pet passport with his rabies vaccination from 14 September and the DHPPi booster from the same day. I wasn't sure whether you also need a rabies titre test for dogs that came from abroad, or is the passport enough? We'd also love to book a trial day before the Christmas stay, ideally a Saturday, as he's still quite anxious with new people. Does he need to be neutered to board with you? He's due to be done in January but not before.

Could you also let me know the nightly rate for a dog his size?

Best regards,
Meera Patel""", uq=2),
      ag("sophie", "11-16 15:10", """Dear Meera,

The passport is all we need - Romania is in the EU, so there's no titre test, and his September vaccinations are still valid in December. He will need the kennel cough vaccine at least a week before his first visit, though.

I've booked Bruno a trial day on Saturday 5 December, 9am to 4pm, so he can meet the team and the other dogs gradually. Trial days are free if you go on to board with us.

Kind regards,
Sophie""")),

    C("f11-rossi-schnauzer-cut", "en", "closed", {},
      "Giulia Rossi <giulia.rossi@libero.example>", "iphone", "Nino's haircut",
      "Photo of the wanted cut from an iPhone; feasibility and price answered; thanks-only reply with an emoji.",
      cu("11-07 10:05", """Hi Callum, this is the cut I'd love for Nino (photo attached) - short on the legs, longer on the ears. Can you do it, and what would it cost for a schnauzer? He's booked for Tuesday.

Giulia

Sent from my iPhone""", attach=[("image/png", "nino-cut.png", CUT_PNG)]),
      ag("callum", "11-07 12:40", """Hi Giulia,

Easy - that's basically a classic schnauzer trim with a softer head. For Nino it's €55, same as last time, and I'll leave the ears long like in the picture.

See you Tuesday,
Callum"""),
      cu("11-07 13:00", """Amazing thank you!! 🐶

Giulia

Sent from my iPhone""", thanks=True)),

    C("f12-blake-invoice", "en", "closed", {},
      "Dr Fiona Blake <f.blake@blakephysio.example>", "outlook", "Invoice for Kira - company name",
      "Base64-encoded request for an invoice made out to a company with VAT shown; answered with the PDF.",
      cu("11-05 14:00", """Dear Sir or Madam,

For Kira's stay from 24 to 31 October I need an invoice made out to my practice (Blake Physiotherapy GmbH, Steinenvorstadt 19, 4051 Basel), as Kira is officially the practice dog. Could you make sure the French VAT is shown separately? Our accountant needs it.

Kind regards,
Dr Fiona Blake""", cte="base64"),
      ag("priya", "11-05 16:30", """Dear Dr Blake,

Please find attached invoice FH-2026-1184, made out to Blake Physiotherapy GmbH. VAT at 20 % is on its own line.

Kind regards,
Priya""", attach=[("application/pdf", "FH-2026-1184.pdf", INVOICE_BLAKE_PDF)])),

    C("f13-fairbanks-raw", "en", "closed", {"unanswered-question": 1},
      "Tom Fairbanks <tom@fairbanks.example>", "gmail", "Raw feeding during Jasper's stay",
      "A bulleted list: freezer and defrosting answered, the chicken-allergy instruction is not acknowledged.",
      cu("11-09 07:40", """Hi,

Jasper (our vizsla) is booked in from 20 to 24 November. He's raw fed, so a couple of practical things:

- Do you have freezer space for about 4 kg of frozen raw, in portioned bags?
- Would someone be able to move the next day's portion into the fridge each evening to defrost?
- He's allergic to chicken, so I need you to make sure nobody gives him chicken-based treats or chews while he's there.

Cheers,
Tom""", uq=1),
      ag("sophie", "11-09 11:15", """Hi Tom,

Raw feeders are very welcome. We have a chest freezer just for guests' food, so 4 kg is no trouble - please label the bags with his name and the day. The evening team moves the next day's meals to the fridge on their 8pm round, so his food will always be defrosted in time.

Best,
Sophie""")),

    C("f14-moreau-chaleurs", "fr", "pending", {},
      "Isabelle Moreau <isabelle.moreau@free.example>", "gmail", "Séjour d'Ulla - chaleurs",
      "A pleasantry with a question mark, then two real questions (bitch in season, supplement), both answered.",
      cu("11-18 09:00", """Bonjour Camille,

J'espère que vous allez bien ?

Nous avons réservé pour Ulla du 26 au 30 novembre. Elle risque d'être en chaleur pendant le séjour (ses dernières chaleurs remontent à fin mai). Est-ce que vous la prenez quand même ? Et y a-t-il un supplément dans ce cas ?

Merci,
Isabelle Moreau"""),
      ag("camille", "11-18 11:30", """Bonjour Isabelle,

Très bien, merci ! Oui, nous accueillons les chiennes en chaleur : Ulla sera logée dans l'aile calme, à l'écart des mâles, avec des promenades individuelles. Cela ne coûte rien de plus.

Bien à vous,
Camille""")),

    C("f15-carter-taxi", "en", "closed", {},
      "Dan Carter <dan.carter@proton.example>", "android", "Pet taxi Saturday",
      "Pet-taxi pickup and first-stay checklist answered; the driver's pickup and text message are logistics, not a promise.",
      cu("11-04 17:50", """Hi, can your pet taxi collect Bella from our flat in Allschwil on Saturday morning? We fly at 11. Also what do you need from us for her first stay - her vaccination card and food, anything else?

Dan

Get Outlook for Android"""),
      ag("hannah", "11-05 09:05", """Hi Dan,

Yes - our driver, Marc, picks Bella up on Saturday between 8 and 8:30 and texts you when he's ten minutes away. The taxi is €18 each way within 15 km.

For her first stay please bring the vaccination booklet, enough of her usual food for the stay plus a day, and something that smells of home (an unwashed T-shirt works wonders). Leads and bowls we have.

Best wishes,
Hannah""")),

    C("f16-novak-webcam", "en", "pending", {"missed-follow-up": 1},
      "Petra Novak <petra.novak@seznam.example>", "gmail", "Webcam login",
      "Camera coverage answered; a new webcam login promised without a date ('I'll send it over') never arrives within two days.",
      cu("11-15 19:00", """Hello,

Kuba is staying with you until the 29th and we'd love to see how he's getting on. The webcam login from last year doesn't work any more - could you send me a new one? Is the camera in his suite or only in the play yard?

Thanks,
Petra"""),
      ag("hannah", "11-16 09:40", """Hi Petra,

Kuba is having a great time - he's made friends with a very patient Bernese called Otto. The cameras cover the play yard and the indoor run, not the individual suites.

We moved to a new camera system in the summer, so the old logins were switched off. Let me get a fresh login from Julien, who looks after our IT, and I'll send it over.

Best wishes,
Hannah""", promises=[("window", None)])),

    C("f17-alvarez-factura", "es", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Marta Álvarez <marta.alvarez@yahoo.example>", "gmail_es", "Factura estancia Lola",
      "Invoice with NIF sent only after a chase two days later; the question about prepaying the Easter stay is ignored.",
      cu("11-02 10:00", """Buenos días:

Recogimos a Lola el sábado y la vimos muy contenta, ¡gracias!

Necesito la factura de la estancia a nombre de Marta Álvarez Ruiz, con mi NIF 50123456-K, para el seguro de viaje. Y otra cosa: ¿podemos dejar pagada ya la estancia de Semana Santa para no tener que hacerlo al llegar?

Saludos,
Marta""", uq=1),
      cu("11-04 09:30", """Hola de nuevo:

¿Han podido ver mi correo del lunes? Sigo esperando la factura, el seguro me la pide antes del viernes.

Marta""", chase=True, parent=1),
      ag("lucia", "11-04 12:10", """Hola, Marta:

Disculpe el retraso, estos días hemos tenido muchísimo trabajo con las vacaciones de Todos los Santos. Le adjunto la factura FH-2026-1161 a nombre de Marta Álvarez Ruiz, con su NIF.

Un saludo,
Lucía""", attach=[("application/pdf", "FH-2026-1161.pdf", INVOICE_ALVAREZ_PDF)])),

    C("f18-thompson-blanket", "en", "closed", {},
      "Laura Thompson <laura.t@gmx.example>", "android", "Biscuit's blanket",
      "Forgotten blanket found; the thanks-only reply has a dog-walking signature with a question and a ?-URL.",
      cu("11-08 18:20", """Hi, I think we left Biscuit's blanket behind when we picked him up today - grey fleece with paw prints. Have you got it?

Laura

Get Outlook for Android"""),
      ag("hannah", "11-09 08:45", """Hi Laura,

We have - it went through the wash last night and it's folded at reception with his name on it. Pop in any time between 8 and 6.

Hannah"""),
      cu("11-09 09:10", """Thank you so much, will grab it Wednesday!

Laura Thompson
Paws & Paths Dog Walking - Allschwil
Need a walker while you're at work? https://pawsandpaths.example/book?src=mail

Get Outlook for Android""", thanks=True)),

    C("f19-kowalski-three-agents", "en", "closed", {"many-handoffs": 1},
      "Anna Kowalski <anna.kowalski@wp.example>", "gmail", "Fudge - ears and the groom price",
      "A numbered list split between the front desk, the groomer and accounts: three agents, everything answered and both hand-over promises kept.",
      cu("11-05 08:30", """Hello,

Two things about Fudge's visit last week:

1. The groomer mentioned his ears looked a bit red - should I take him to the vet, or is it just from the cleaning?
2. I was charged €62 for the groom but the price list says €55 for a medium dog. Can you check?

Thanks,
Anna"""),
      ag("hannah", "11-05 10:00", """Hi Anna,

I've asked Callum to drop you a line about the ears, as he did the groom, and Priya in accounts will look at the invoice and get back to you.

Best,
Hannah""", promises=[("window", 3), ("window", 4)]),
      ag("callum", "11-05 14:20", """Hi Anna,

It was mild redness on the inside of the left ear, nothing smelly or waxy. That's usually from the plucking and it settles within a day or two. If he's still scratching at it by the weekend, get your vet to have a look.

Callum""", parent=1),
      ag("priya", "11-06 09:30", """Dear Anna,

You were right to ask: Fudge had the de-matting add-on (€7) because of a couple of knots behind his ears, which is why the total was €62 rather than €55. It should have been explained at collection - sorry about that. I've refunded the €7 as a goodwill gesture.

Kind regards,
Priya""", parent=1)),

    C("f20-weber-anzahlung", "de", "closed", {"reopened": 1},
      "Sabine Weber <sabine.weber@t-online.example>", "thunderbird_de", "Anzahlung doppelt abgebucht",
      "Double-charged deposit refunded and the ticket closed ('Ich schließe das Ticket damit'); the customer comes back ten days later with a shorter stay.",
      cu("11-02 11:00", """Hallo Herr Brenner,

ich habe gerade gesehen, dass Sie mir die Anzahlung für Bellos Weihnachtsaufenthalt zweimal abgebucht haben (2 x 75 Euro am 30.10.). Können Sie eine davon bitte zurückbuchen?

Gruß
Sabine Weber"""),
      ag("lukas", "11-02 14:30", """Hallo Frau Weber,

da ist tatsächlich etwas schiefgelaufen, unser Kartenterminal hat die Zahlung doppelt übermittelt. Die zweite Buchung über 75 Euro ist storniert, die Gutschrift sehen Sie in zwei bis drei Tagen auf Ihrem Konto. Ich schließe das Ticket damit.

Gruß
Lukas Brenner""", closes=True),
      cu("11-12 19:15", """Hallo Herr Brenner,

die Gutschrift ist angekommen, danke. Jetzt aber etwas anderes: Wir kommen schon am 21. Dezember zurück statt am 27. Können Sie den Aufenthalt entsprechend verkürzen, und bekomme ich dann einen Teil der Anzahlung zurück?

Gruß
Sabine Weber"""),
      ag("lukas", "11-13 09:00", """Hallo Frau Weber,

erledigt, Bello ist jetzt vom 18. bis 21. Dezember gebucht. Die Anzahlung wird auf den neuen Betrag angerechnet und nicht erstattet - Sie zahlen bei der Abholung einfach entsprechend weniger.

Gruß
Lukas Brenner""")),
]

CASES += [
    C("f21-yilmaz-puppy", "en", "open", {},
      "Deniz Yılmaz <deniz.yilmaz@icloud.example>", "iphone", "Puppy daycare",
      "Fresh question on the audit day; only the helpdesk acknowledgement so far (inside the response target).",
      cu("11-20 10:15", """Hi! We're getting a golden retriever puppy on 12 December (she'll be 9 weeks). From what age can she come to puppy daycare, and do you run socialisation classes? Would love to get her used to other dogs early.

Deniz

Sent from my iPhone"""),
      ack("11-20 10:16")),

    C("f22-bauer-zwinger", "de", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Jürgen Bauer <j.bauer@gmx.example>", "outlook_de", "Reservierung Anton 23.-30.12.",
      "Booking request acknowledged by the robot only; two days later the customer sends it again as a new mail with the same subject.",
      cu("11-16 08:10", """Guten Morgen,

bitte reservieren Sie für unseren Rüden Anton (Berner Sennenhund, 4 Jahre, kastriert) einen Zwinger vom 23. bis 30. Dezember. Ist in dieser Zeit auch ein Bad mit Föhnen vor der Abholung möglich?

Mit freundlichen Grüßen
Jürgen Bauer"""),
      ack("11-16 08:11", "de"),
      cu("11-18 08:05", """Guten Morgen,

da ich bisher keine Antwort bekommen habe, schicke ich meine Anfrage von Montag noch einmal:

bitte reservieren Sie für unseren Rüden Anton (Berner Sennenhund, 4 Jahre, kastriert) einen Zwinger vom 23. bis 30. Dezember. Ist in dieser Zeit auch ein Bad mit Föhnen vor der Abholung möglich?

Mit freundlichen Grüßen
Jürgen Bauer""", chase=True, parent=0)),

    C("f23-lefevre-devis", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Julien Lefèvre <julien.lefevre@sfr.example>", "apple_fr", "Devis vacances de février",
      "Quote for two dogs and a groom promised 'd'ici vendredi', sent the next Tuesday after the customer chases.",
      cu("11-04 18:30", """Bonsoir,

Nous partons au ski du 13 au 21 février avec les enfants et nous aimerions vous confier nos deux chiens, Oscar (labrador, 32 kg) et Pistache (jack russell, 7 kg). Pouvez-vous nous faire un devis pour la pension, avec une séance de toilettage pour Oscar avant notre retour ?

Bonne soirée,
Julien Lefèvre"""),
      ag("camille", "11-05 10:20", """Bonjour Monsieur Lefèvre,

Avec plaisir. Février est une période chargée : je vérifie les disponibilités du salon de toilettage avec Callum et je vous envoie le devis d'ici vendredi.

Bien cordialement,
Camille""", promises=[("11-06", 4)]),
      cu("11-10 08:45", """Bonjour Camille,

Je me permets de revenir vers vous au sujet du devis pour février : nous devons confirmer la location cette semaine.

Cordialement,
Julien Lefèvre""", chase=True),
      ag("camille", "11-10 11:50", """Bonjour Monsieur Lefèvre,

Toutes mes excuses pour ce retard. Voici le devis en pièce jointe : 8 nuits pour Oscar et Pistache dans une suite double (52 € la nuit), plus le toilettage complet d'Oscar le 20 février (60 €), soit 476 € au total. Un acompte de 30 % confirme la réservation.

Bien cordialement,
Camille""", attach=[("application/pdf", "devis-D-2611-017.pdf", DEVIS_PDF)])),

    C("f24-nakamura-medication", "en", "pending", {},
      "Ken Nakamura <ken.nakamura@sunrise.example>", "gmail", "Mochi's medication",
      "Three medication questions answered inline under each quoted line: a yes, a conditional yes, and a form link.",
      cu("11-17 07:20", """Hello Sophie,

Mochi is coming in on Friday for the week and is now on two medications. Quick questions:

Can you give Apoquel hidden in food? He spits it out otherwise.
Is it OK if the Cardisure comes in the blister pack rather than the original box?
Do I need to fill in a medication form again, or is the one from August still on file?

Ken"""),
      ag("sophie", "11-17 09:55", """Hi Ken,

> Can you give Apoquel hidden in food? He spits it out otherwise.

Yes - a bit of liver paste does the trick.

> Is it OK if the Cardisure comes in the blister pack rather than the original box?

Only if the pharmacy label with his name and dose is on the pack.

> Do I need to fill in a medication form again, or is the one from August still on file?

A new one, please, as the dose has changed since August:
https://fernhollowkennels.example/forms/medication?dog=mochi

Sophie""", quote=False)),

    C("f25-oconnor-mud", "en", "closed", {},
      "Siobhán O'Connor <siobhan.oconnor@eircom.example>", "gmail", "Bath before collection",
      "A self-answered question and a rhetorical one around the real request (a bath before collection), which is booked.",
      cu("11-06 20:30", """Hi Hannah,

Where do I find our booking reference? Oh wait, it's at the top of the confirmation - FH-21044, sorry!

Honestly, who knew a springer could find that much mud on a single walk in the Petite Camargue? Rosie is currently unrecognisable, and she's coming to you on Monday. Could you add a bath and blow-dry before we collect her on Sunday the 15th? We're coming straight from the airport to a family lunch.

Thanks a million,
Siobhán"""),
      ag("hannah", "11-07 09:15", """Hi Siobhán,

Ha - the Petite Camargue strikes again. Bath and blow-dry booked for Sunday morning (€30), so Rosie will be clean and fluffy when you arrive; she's down for the 5-6pm collection slot.

Hannah""")),

    C("f26-ahmed-corporate", "en", "pending", {},
      "Yusuf Ahmed <yusuf.ahmed@novalis-relocation.example>", "outlook", "Corporate rates for relocating families",
      "Corporate rate and a benchmark price answered; the full schedule is promised for Monday 23 November, still ahead at audit time. Customer disclaimer with a ?-URL.",
      cu("11-18 13:00", """Dear Sir or Madam,

Our company is relocating staff to Basel next year and several families will need regular boarding and daycare. Would you offer a corporate rate for, say, ten families? And could you give us a price for daycare three days a week for one dog, so we have a benchmark?

Kind regards,
Yusuf Ahmed
Relocation Coordinator
Novalis Relocation Services

CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it. Questions about how we handle your data? https://novalis-relocation.example/privacy?lang=en""", kind="alt"),
      ag("priya", "11-18 16:40", """Dear Mr Ahmed,

Thank you for thinking of us. Yes - we offer corporate agreements from five families, normally 10 % off boarding and daycare. For one dog three days a week, daycare comes to €78 a week on a monthly invoice.

I'll put the corporate agreement and a full price schedule together and send them to you on Monday 23 November.

Kind regards,
Priya""", promises=[("11-23", None)])),

    C("f27-martin-nails", "en", "closed", {},
      "Claire Martin <claire.martin@hotmail.example>", "outlook", "Nail trim only?",
      "Price answered at once; the booking handed to the groomer ('Callum will be in touch tomorrow'), who writes the next morning.",
      cu("11-10 09:30", """Hi,

Coco's nails are getting really long and she hates having them done at the vet. Do you offer nail trims on their own? And can I book one for this Saturday?

Thanks,
Claire"""),
      ag("hannah", "11-10 11:00", """Hi Claire,

We do - a nail trim on its own is €12 and takes about a quarter of an hour. Saturday bookings go through the salon diary, so Callum will be in touch tomorrow with a time.

Hannah""", promises=[("11-11", 3)]),
      ag("callum", "11-11 09:40", """Hi Claire,

I've got 10:15 free on Saturday and I've pencilled Coco in. We go slowly with nervous nail dogs - lots of cheese involved.

Callum""", parent=1)),

    C("f28-russo-extra-night", "en", "closed", {},
      "Marco Russo <marco.russo@fastweb.example>", "gmail", "Extra night for Luna?",
      "'I'll confirm by Thursday' kept on the Wednesday; the early Monday collection answered in the same mail.",
      cu("11-09 08:00", """Hi,

Is there any chance of an extra night for Luna? Our flight home has been moved from Sunday 15th to Monday 16th. If so, can we still collect her first thing on Monday morning?

Marco"""),
      ag("hannah", "11-09 10:30", """Hi Marco,

We're completely full on the Sunday night at the moment, but a couple of families usually confirm their plans by midweek. I'll confirm by Thursday whether we can keep Luna the extra night.

Hannah""", promises=[("11-12", 3)]),
      ag("hannah", "11-11 15:00", """Hi Marco,

Good news - a space has come free, so Luna can stay until Monday. Monday collections start at 8am.

Hannah""")),

    C("f29-sanchez-galgos", "es", "closed", {"missed-follow-up": 1},
      "Carmen Sánchez <carmen.sanchez@hotmail.example>", "gmail_es", "Dos galgos en Navidad",
      "Heated suites and coats answered; the quote for ten nights is promised for 'mañana' and never sent.",
      cu("11-03 16:00", """Hola:

Somos propietarios de una casa en Wentzwiller y solemos venir en verano y en Navidad. Este año queremos traer a nuestros dos galgos. Quisiera saber si tienen suites con calefacción, porque son muy frioleros, y si pueden llevar puesto su abrigo por la noche.

¿Me podrían mandar también un presupuesto para 10 noches, del 23 de diciembre al 2 de enero?

Muchas gracias,
Carmen Sánchez"""),
      ag("lucia", "11-04 09:45", """Hola, Carmen:

Todas nuestras suites tienen suelo radiante, y los galgos pueden llevar su abrigo siempre que no tenga cierres que se enganchen (los de forro polar sin hebillas son los mejores). El presupuesto se lo preparo hoy y se lo mando mañana, en cuanto confirme con la encargada el recargo de Navidad para dos perros.

Un saludo,
Lucía""", promises=[("11-05", None)])),

    C("f30-graham-wormer", "en", "closed", {"unanswered-question": 1},
      "Alastair Graham <alastair@grahamfamily.example>", "thunderbird", "Hamish 9-13 November",
      "Booking confirmed; a second mail asks two more things - the wormer is answered, the returning-dog discount is not.",
      cu("11-02 09:00", """Hello,

Booking for Hamish (border terrier) 9-13 November please, same as last year. Vaccinations are all up to date.

Alastair""", tz=0),
      ag("hannah", "11-02 10:30", """Hi Alastair,

Hamish is booked in from Monday 9 to Friday 13 November. We'll just need a quick look at his booklet at drop-off to check the kennel cough date.

Hannah"""),
      cu("11-03 08:15", """Thanks Hannah. One more thing - his wormer is due while he's with you. Could your staff give it to him if I bring the tablet? And do you still do the discount for returning dogs, or was that a summer offer?

Alastair""", tz=0, uq=1),
      ag("hannah", "11-03 09:50", """Hi Alastair,

Of course - pop the tablet in with his food bag with a note of the day and we'll give it with breakfast.

Hannah""")),

    C("f31-ferreira-forward", "en", "closed", {},
      "Ana Ferreira <ana.ferreira@sapo.example>", "gmail", "Fwd: Booking confirmation FH-21102",
      "HTML-only forward of the kennel's own confirmation, whose boilerplate has questions; the customer's date correction is made and a new confirmation attached.",
      cu("11-03 12:00", """Hi,

I think the dates on this are wrong - we drop Nico off on the 20th but collect on the 29th, not the 28th. Please correct it and send me a new confirmation.

Ana

---------- Forwarded message ---------
From: Fernhollow Kennels & Grooming <hello@fernhollowkennels.example>
Date: Mon, 2 Nov 2026 at 17:04
Subject: Booking confirmation FH-21102
To: <ana.ferreira@sapo.example>

Thank you for your booking.
Dog: Nico (Portuguese water dog)
Arrival: Friday 20 November 2026, 8:00-11:00
Departure: Saturday 28 November 2026, 16:00-18:00
Deposit paid: EUR 60.00
Need to change your booking? Just reply to this email.
Forgotten something? See https://fernhollowkennels.example/checklist?b=FH-21102""", kind="html"),
      ag("hannah", "11-03 14:15", """Hi Ana,

Sorry about that - corrected to Sunday 29 November (Sunday collections are 5-6pm). The new confirmation is attached.

Hannah""", attach=[("application/pdf", "FH-21102.pdf", CONFIRM_PDF)])),

    C("f32-becker-early-drop", "en", "closed", {},
      "Felix Becker <felix.becker@pharma-basel.example>", "outlook", "Early drop-off Friday 20th",
      "Early drop-off answered; the customer's bilingual out-of-office reply to the answer is automatic mail.",
      cu("11-10 08:00", """Hi Hannah,

Can you tell me what time Lotte can be dropped off on Friday 20th? I've got an early train, ideally 7:15.

Felix"""),
      ag("hannah", "11-10 09:15", """Hi Felix,

We open the gate at 7 on weekdays for people with early trains, so 7:15 is fine - just ring the bell at the side door.

Hannah"""),
      auto("11-10 09:16", """Vielen Dank für Ihre Nachricht. Ich bin bis 16. November nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an sekretariat@pharma-basel.example.

Thank you for your message. I am out of the office until 16 November with limited access to email. For urgent matters please contact sekretariat@pharma-basel.example.

Felix Becker""", quote=False, client="outlook_de", to="Hannah Pryce <hannah@fernhollowkennels.example>",
           subject="Automatische Antwort: Re: Early drop-off Friday 20th")),

    C("f33-walsh-friday", "en", "closed", {"slow-first-response": 1, "unanswered-question": 1},
      "Ciara Walsh <ciara.walsh@eircom.example>", "gmail", "Daycare Mondays and Thursdays",
      "Friday-evening request answered on Monday (slow); the days are confirmed but the harness-or-collar question is skipped; an acknowledgement-only reply.",
      cu("11-06 18:30", """Hi,

Is it possible to book Murphy into daycare on Mondays and Thursdays from the 16th? He's a 2-year-old cocker, neutered, fully vaccinated, and very friendly. Also, does he need to come in a harness or is a collar fine?

Ciara""", uq=1),
      ag("hannah", "11-09 09:40", """Hi Ciara,

Sorry for the slow reply - the weekend inbox got away from us. Mondays and Thursdays are fine from the 16th. As it's his first time, could you bring him for a short assessment visit first? Any weekday at 2pm works.

Hannah"""),
      cu("11-09 12:00", """Great, we'll come on Wednesday at 2 then. Thanks!

Ciara""", thanks=True)),

    C("f34-hughes-no-show", "en", "pending", {"customer-chased": 2, "slow-first-response": 1},
      "Rob Hughes <rob.hughes@btinternet.example>", "iphone", "No-show fee",
      "A wrongly charged no-show fee: the customer chases twice ('any update?', 'still waiting') before accounts refunds it a week later.",
      cu("11-09 12:00", """Hi,

I've been charged a €25 no-show fee for Scout's groom on Saturday, but I cancelled by phone on Thursday and spoke to a young lady at reception. Can you remove the fee please?

Rob

Sent from my iPhone""", tz=0),
      cu("11-11 08:30", """Hi, any update on this?

Rob

Sent from my iPhone""", tz=0, chase=True),
      cu("11-13 18:00", """This is the third time I'm writing. I'm still waiting for someone to look at the no-show fee.

Rob

Sent from my iPhone""", tz=0, chase=True),
      ag("priya", "11-16 10:00", """Dear Mr Hughes,

I'm sorry you had to write three times - that's not the service we want to give. Reception did log your call on the Thursday, so the fee should never have been charged; I refunded the €25 this morning.

Kind regards,
Priya""")),

    C("f35-kessler-trimmen", "de", "pending", {"unanswered-question": 1},
      "Monika Kessler <monika.kessler@bluewin.example>", "gmail_de", "Rauhaardackel trimmen",
      "Next free Saturday, duration and price given; the hand-stripping question - the one the customer cares about - is not answered.",
      cu("11-17 19:40", """Guten Abend,

unser Rauhaardackel Fritz müsste mal wieder richtig in Form gebracht werden. Trimmen Sie auch von Hand, oder nur mit der Maschine? Wir möchten nicht, dass sein Fell weich wird. Und wann hätten Sie den nächsten freien Termin an einem Samstag?

Liebe Grüße
Monika Kessler""", uq=1),
      ag("lukas", "11-18 10:10", """Guten Tag Frau Kessler,

der nächste freie Samstag bei Callum ist der 5. Dezember um 8:30 Uhr, danach erst wieder der 19. Dezember. Soll ich Fritz für den 5. eintragen? Bei einem Rauhaardackel dauert der Termin etwa anderthalb Stunden und kostet 58 Euro.

Viele Grüße
Lukas Brenner""")),

    C("f36-lane-second-dog", "en", "closed", {},
      "Victoria Lane <vlane@lanefamily.example>", "apple", "Adding Dougal to our booking",
      "A second, deaf old dog joins the booking: the change, the price difference and the special care all answered; thanks-only close.",
      cu("11-04 09:00", """Hi Hannah,

My mum is moving into a care home next week and we're taking her old Westie, Dougal, so it looks like we'll be a two-dog household from Monday! Can he join Hector on the booking for 27-30 November? He's 12, quite deaf, and needs his food mashed. Happy to pay whatever the difference is - just let me know how much.

Victoria"""),
      ag("hannah", "11-04 10:40", """Hi Victoria,

Oh, bless him. Yes - I've moved Hector into a double suite so Dougal can join him for 27-30 November; the difference is €16 a night, €48 in total, payable at collection. We'll mash his food, and the team will know he's deaf (we use hand signals and a gentle touch on the shoulder so we don't startle him).

Hannah"""),
      cu("11-04 11:00", """Thank you, that's a weight off my mind.

V x""", thanks=True)),

    C("f37-mendez-taxi", "es", "pending", {},
      "Pablo Méndez <pablo.mendez@movistar.example>", "gmail_es", "Taxi para Canela",
      "Spanish holiday-home owner, base64 body: pet-taxi pickup and price per trip answered.",
      cu("11-16 08:30", """Hola Lucía:

Llegamos a la casa de Leymen el 5 de diciembre y del 8 al 12 nos vamos a Zermatt, donde el hotel no admite perros, así que Canela se quedaría con vosotros esos días. ¿Podría vuestro taxi recogerla en casa el martes 8 a las 7:00? Otra duda: el precio del taxi, ¿es por trayecto o ida y vuelta?

Gracias,
Pablo""", cte="base64"),
      ag("lucia", "11-16 11:20", """Hola, Pablo:

Sí, el martes 8 Marc puede pasar por Leymen a las 7:00, y el sábado 12 por la tarde se la lleva de vuelta a casa. Son 18 € por trayecto, 36 € en total.

Un saludo,
Lucía""")),

    C("f38-clarke-december-groom", "en", "closed", {"missed-follow-up": 1},
      "Emma Clarke <emma.clarke@clarke-design.example>", "apple", "Christmas groom for Ziggy",
      "The front desk hands over to the groomer ('he'll email you tomorrow'); the groomer writes two days later - kept late by a colleague is missed.",
      cu("11-11 10:00", """Hi,

We'd like to book Ziggy (cavapoo, 8 kg) into the salon before Christmas, ideally the week of 14 December, for a full groom with the festive bandana. Also, his coat's getting matted under the harness - would it be kinder to go short this time?

Emma"""),
      ag("hannah", "11-11 12:30", """Hi Emma,

Callum keeps the December salon diary and he's off today, so I've left him a note - he'll email you tomorrow with the times he has that week and his view on the matting.

Hannah""", promises=[("11-12", 3)]),
      ag("callum", "11-13 16:10", """Hi Emma,

Sorry, only just got to this. I've got Tuesday 15 December at 10:00 or Thursday 17th at 14:00 - which suits? On the matting: if it's only under the harness I can usually work it out; if it's tight to the skin all over, we'll go short and let it grow back for spring. We can decide together at drop-off.

Callum""", parent=1)),

    C("f39-lambert-company-invoice", "en", "pending",
      {"missed-follow-up": 1, "unanswered-question": 1},
      "Hugo Lambert <hugo.lambert@skynet.example>", "gmail", "Invoices to Lambert & Vos",
      "Future invoices redirected at once; October's invoice is promised 'by end of day' and never sent; the VAT question is skipped.",
      cu("11-16 09:00", """Hi Priya,

Our company pays for Max's daycare now and needs the invoices addressed to them: Lambert & Vos Engineering, Aeschenvorstadt 4, 4051 Basel. Can you reissue October's invoice that way? And going forward, can the monthly invoice go straight to ap@lambertvos.example? Also, is the VAT shown separately on your invoices? Our finance team will ask.

Thanks,
Hugo""", uq=1),
      ag("priya", "11-16 11:30", """Dear Hugo,

From December the monthly invoice will go directly to ap@lambertvos.example - I've updated Max's account. I'll reissue October's invoice in the company's name and send it to you by end of day.

Kind regards,
Priya""", promises=[("11-16", None)])),

    C("f40-fitzgerald-cough", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Nora Fitzgerald <nora.fitz@icloud.example>", "iphone", "Dexter's cough",
      "'I'll come back to you early next week' (said on Thursday) delivered on the following Thursday after the customer checks in; her reply lost its threading headers.",
      cu("11-05 08:00", """Hi Sophie,

Since his stay Dexter has had a cough - a dry, honking one, mostly at night. Did any other dogs have kennel cough while he was there? Our vet wants to know.

Nora

Sent from my iPhone"""),
      ag("sophie", "11-05 11:00", """Hi Nora,

I'm sorry to hear Dexter's poorly. We haven't had any reported cases this month, but I'm checking with the owners of the dogs he shared the play yard with and I'll come back to you early next week with what I find out.

Sophie""", promises=[("11-10", 4)]),
      cu("11-12 09:00", """Hi Sophie, just checking in on this - did you hear anything from the other owners? Dexter's on antibiotics now and getting better.

Nora

Sent from my iPhone""", chase=True, thread=False),
      ag("sophie", "11-12 13:30", """Hi Nora,

Glad he's on the mend. Sorry I didn't get back to you sooner - I'd heard from all four families by Monday and none of their dogs has a cough, so it's unlikely he picked it up here. Please pass that on to your vet.

Sophie""")),
]

FIRSTDAY_PDF = mailcraft.pdf(["Fernhollow Kennels & Grooming - Primer dia / First day",
                              "Cartilla o pasaporte con vacunas al dia",
                              "Comida habitual para toda la estancia + 1 dia",
                              "Una prenda que huela a casa - correa y arnes"])
PRICES_PDF = mailcraft.pdf(["Fernhollow Kennels & Grooming - Prices 2027",
                            "Boarding: small EUR 30, medium EUR 33, large (25 kg+) EUR 36 per night",
                            "Daycare EUR 29 per day - 10-day card EUR 260",
                            "Pet taxi EUR 18 per trip within 15 km"])

CASES += [
    C("f41-ashworth-ground-floor", "en", "closed", {"missed-follow-up": 1},
      "David Ashworth <david.ashworth@ashworth.example>", "thunderbird", "Emma's December stay",
      "Joint supplement answered; the ground-floor suite is checked with a colleague - 'I'll get back to you tomorrow' - and never confirmed.",
      cu("11-09 07:30", """Hi Hannah,

Two questions about Emma's December stay (our 9-year-old lab):

Could she have a ground-floor suite? Her arthritis makes steps difficult now.
And could your team mix her joint supplement (a powder) into her breakfast?

Thanks,
David"""),
      ag("hannah", "11-09 09:45", """Hi David,

The supplement is no problem - bring the tub with its scoop and we'll add it every morning. For the room, I need to check with Sophie which of the ground-floor suites are still free in December; I'll get back to you tomorrow.

Hannah""", promises=[("11-10", None)])),

    C("f42-goldberg-new-york", "en", "pending",
      {"missed-follow-up": 1, "unanswered-question": 1},
      "Rachel Goldberg <rachel.goldberg@mailbox.example>", "gmail", "How is Pickle?",
      "Owner abroad (UTC-5): settling-in and eating answered, photos promised 'this afternoon' never sent, the nail-trim request skipped.",
      cu("11-17 07:00", """Hi everyone,

We're in New York for my sister's wedding and missing Pickle terribly. How is she settling in? Is she eating? Would it be possible to get a photo or two? Also, could you trim her nails before we pick her up on Sunday - they're clicking on the floor.

Rachel""", tz=-5, uq=1),
      ag("sophie", "11-17 14:20", """Hi Rachel,

Pickle is doing really well - a bit clingy the first night, but she's eating everything we give her and has decided the sofa in the staff room is hers. I'll take a few photos on this afternoon's walk and send them to you.

Sophie""", promises=[("11-17", None)])),

    C("f43-dupont-vaccins", "fr", "closed", {"unanswered-question": 1},
      "Sylvie Dupont <sylvie.dupont@wanadoo.example>", "apple_fr", "Rappel vaccin et carnet de santé",
      "Vaccine timing and a photo of the health booklet answered; the request for the house rules ('merci de m'envoyer le règlement intérieur') is forgotten.",
      cu("11-03 10:10", """Bonjour,

Notre vétérinaire propose de faire le rappel de la leptospirose la semaine prochaine, soit quatre jours avant l'arrivée de Gribouille chez vous. Est-ce un problème ? Je voulais aussi savoir si vous acceptez le carnet de santé en photo ou s'il faut apporter l'original. Enfin, merci de m'envoyer le règlement intérieur, je ne l'ai jamais reçu.

Cordialement,
Sylvie Dupont""", uq=1),
      ag("camille", "11-03 15:00", """Bonjour Madame Dupont,

Aucun souci pour le rappel de la leptospirose : seul le vaccin contre la toux du chenil doit être fait au moins sept jours avant l'arrivée. Une photo lisible du carnet suffit, vous pouvez même me l'envoyer en réponse à ce message.

Bien cordialement,
Camille""")),

    C("f44-richter-unused-night", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Helen Richter <helen.richter@yahoo.example>", "outlook", "Unused night - refund or credit?",
      "Refund-or-credit request acknowledged by the robot only; the customer writes again two days later ('I haven't heard back') and waits.",
      cu("11-17 11:00", """Hello,

We collected Toffee a day early on Sunday because our plans changed, so she only used 6 of the 7 nights we paid for. Could the unused night be refunded, or kept as a credit for her next stay?

Best,
Helen Richter"""),
      ack("11-17 11:01"),
      cu("11-19 10:00", """Hello again,

I haven't heard back about the unused night - could someone let me know either way?

Helen""", chase=True, parent=1)),

    C("f45-klein-mue", "fr", "closed", {"missed-follow-up": 1},
      "Hervé Klein <herve.klein@orange.example>", "gmail", "Soin pour la mue",
      "Moulting treatment exists; price and booking lead time deferred with 'je vous réponds demain', never sent.",
      cu("11-12 08:00", """Bonjour,

Mon berger australien, Kaïs, perd énormément ses poils depuis l'automne. Proposez-vous un soin de débourrage ? Quel en serait le prix, et faut-il prendre rendez-vous longtemps à l'avance ?

Merci,
Hervé Klein"""),
      ag("camille", "11-12 10:30", """Bonjour Monsieur Klein,

Oui, nous proposons un soin « spécial mue » : bain, masque, puis débourrage au souffleur, qui enlève l'essentiel du sous-poil. Le prix dépend de l'état du pelage ; je demande à Callum de regarder le planning et je vous réponds demain avec un tarif et une date.

Bien cordialement,
Camille""", promises=[("11-13", None)])),

    C("f46-harper-long-email", "en", "closed", {"unanswered-question": 1},
      "Jessica Harper <jess.harper@outlook.example>", "owa", "First time using kennels - lots of questions!",
      "One long paragraph with five questions from a first-time client; four answered in a warm reply, the separate walks for the old lurcher are not.",
      cu("11-04 21:15", """Hi Fernhollow team,

I hope you don't mind a long email - we're new to the area (moved from Edinburgh in September) and have never used kennels before, so I have a lot of questions. We have two dogs, Skye (a 6-year-old collie who is very vocal) and Bramble (an 11-year-old lurcher with a sensitive stomach), and we'll be away from 18 to 28 December. Would you be able to keep them together, and would the barking be a problem for the other guests? Bramble is on a prescription kibble which I'd bring, but I was also wondering whether your staff could soak it for her, as she struggles with hard food now. I read on your website that dogs go out in groups - is it possible for Bramble to be walked on her own, as she gets knocked over by younger dogs? And finally, how much of a deposit do you need to hold the booking and is it refundable if we have to cancel?

Thanks so much, and sorry again for the essay!

Jess Harper""", uq=1, kind="alt"),
      ag("hannah", "11-05 10:00", """Hi Jess,

Not at all - and welcome to the area! Skye and Bramble can share one of our double suites for 18-28 December. Chatty collies are something we're very used to, and the suites are well insulated, so please don't worry about the other guests. We're happy to soak Bramble's kibble for her at every meal.

To hold the booking we take a 30 % deposit (€186 for those dates), refundable up to 14 days before arrival.

Hannah""")),

    C("f47-bianchi-sunday-drop", "en", "closed", {"unanswered-question": 1},
      "Luca Bianchi <luca.bianchi@fastweb.example>", "gmail", "Drop-off Sunday evening?",
      "Asked about a Sunday-evening drop-off, the agent answers the neighbouring question (how early on Monday).",
      cu("11-10 13:00", """Hello,

Can we drop Olivia off on Sunday evening instead of Monday morning, and if so at what time? We leave very early on Monday.

Luca""", uq=1),
      ag("hannah", "11-10 15:20", """Hi Luca,

Monday drop-offs start at 7am, so you can come as early as that - just ring at the side door.

Hannah""")),

    C("f48-ortega-microchip", "es", "pending", {"unanswered-question": 1},
      "Isabel Ortega <isabel.ortega@ono.example>", "gmail_es", "Estancia de Nube en diciembre",
      "A pleasantry, a booking and two requests: the dates and the first-day list (attached) answered, the Spanish-microchip question is not.",
      cu("11-16 17:00", """Hola, ¿qué tal todo por ahí?

Vamos a pasar el puente de diciembre en la casa de Hagenthal y nos gustaría dejar a Nube, nuestra podenca, dos noches, del 5 al 7. ¿Les queda sitio esas fechas? Está esterilizada y tiene el pasaporte al día.

Por cierto, el microchip se lo pusieron en España: ¿les sirve el número tal cual o hay que registrarlo también en Francia? Y, si no es mucha molestia, envíenme la lista de lo que hay que llevar el primer día.

Un saludo,
Isabel Ortega""", uq=1),
      ag("lucia", "11-17 09:30", """Hola, Isabel:

¡Todo bien, gracias! Sí, hay sitio: Nube queda reservada del 5 al 7 de diciembre, entrada de 8:00 a 11:00 y salida de 16:00 a 18:00. Le adjunto la lista de lo que conviene traer el primer día.

Un saludo,
Lucía""", attach=[("application/pdf", "primer-dia.pdf", FIRSTDAY_PDF)])),

    C("f49-davies-daycare-rate", "en", "pending", {},
      "Owen Davies <owen.davies@virginmedia.example>", "oldclient", "Daycare rate",
      "An old mail client sends no Message-ID; the two questions are answered in one short line with a figure.",
      cu("11-18 18:00", """Evening,

What's the daily rate for daycare these days? And is lunch included or do we bring it?

Owen""", tz=0, msgid=False, note="Owen Davies's question about the daycare rate (sent without a Message-ID)"),
      ag("hannah", "11-19 08:30", """Hi Owen,

€29, lunch included - a light midday meal, unless you'd rather we didn't feed him.

Hannah""")),

    C("f50-rao-terms", "en", "closed", {},
      "Priyanka Rao <priyanka.rao@mailbox.example>", "gmail", "Terms and prices",
      "A request for the terms and the price list answered with two links and nothing else.",
      cu("11-06 11:00", """Hi,

Could you send me your terms and conditions and the current price list? I'm comparing a few places for our spaniel's summer stay.

Thanks,
Priyanka"""),
      ag("hannah", "11-06 12:15", """Hi Priyanka,

Here you go:
https://fernhollowkennels.example/terms?v=2026
https://fernhollowkennels.example/prices?season=2027

Hannah""")),

    C("f51-ellis-lead", "en", "closed", {},
      "Graham Ellis <graham.ellis@ellis-family.example>", "outlook", "Lead mix-up",
      "Swapped lead found and the ticket tagged [Resolved] with a closing sentence; the customer's thanks does not reopen it.",
      cu("11-17 10:00", """Hello,

Teddy's lead (red, with a brass clip) seems to have gone home with another dog yesterday - we got a blue one in his bag. Could you check whether anyone has returned it?

Graham Ellis"""),
      ag("hannah", "11-17 15:40", """Hi Graham,

Found it: the Bernards picked up the wrong lead and dropped Teddy's back this afternoon. It's at reception with his name on it - please leave the blue one there when you collect it. I'll mark this one as resolved.

Hannah""", subject="[Resolved] Re: Lead mix-up", closes=True),
      cu("11-17 16:05", """Great, thanks Hannah - I'll swap them tomorrow.

Graham""", subject="RE: [Resolved] Re: Lead mix-up", thanks=True)),

    C("f52-stewart-huskies", "en", "closed", {"unanswered-question": 2},
      "Martin Stewart <martin.stewart@stewart-ski.example>", "gmail", "Christmas boarding",
      "Same subject as f01, another customer: the booking and price answered, the fence height and raw food questions not.",
      cu("11-06 09:00", """Hello,

We'd like to board our two Siberian huskies, Koda and Nanuk, from 23 to 27 December. Do you have space?

A couple of things you should know: they're escape artists and have cleared a 1.5 m fence before, so how high are the fences around your outdoor runs? They're also raw fed. Could you tell me if you're able to store and prepare raw food for them?

Regards,
Martin Stewart""", uq=2),
      ag("hannah", "11-06 11:10", """Hi Martin,

Yes, we have a double suite free from 23 to 27 December and I've put Koda and Nanuk in it provisionally. The rate is €48 a night for the suite plus the festive supplement of €9 a night, so €228 in total. We'll need a €68 deposit within seven days to confirm.

Hannah""")),

    C("f53-byrne-template", "en", "pending", {"unanswered-question": 2},
      "Tomás Byrne <tomas.byrne@eircom.example>", "gmail", "Greyhound boarding in the new year",
      "A numbered list of three questions gets a templated HTML reply with the price list: the price is answered, the muzzle question and the visit are not.",
      cu("11-16 14:00", """Hi,

We're thinking of using you for our rescue greyhound, Archie, in the new year. A few questions before we come and see you:

1. How much is a night's boarding for a large dog?
2. Do you accept dogs who've had a muzzle recommendation from the rescue? He's fine with people, just not small furry things.
3. Can we visit before booking to see where he'd sleep?

Thanks,
Tomás""", uq=2),
      ag("hannah", "11-16 15:30", """Dear Tomás,

Thank you for your interest in Fernhollow Kennels & Grooming!

Please find our 2027 brochure and price list attached. Boarding for large dogs (over 25 kg) is €36 per night; daycare, grooming and pet taxi prices are on page 2.

We look forward to welcoming Archie.

The Fernhollow Team""", kind="alt", attach=[("application/pdf", "fernhollow-prices-2027.pdf", PRICES_PDF)])),

    C("f54-mackenzie-afterthought", "en", "closed", {"unanswered-question": 1},
      "Fiona Mackenzie <fiona.mackenzie@btinternet.example>", "apple", "Bath and tidy for Bonnie",
      "Appointment booked; an afterthought mail asks two more things and only the coffee nearby is answered.",
      cu("11-02 10:00", """Hi,

Please can I book Bonnie (cairn terrier) in for a bath and tidy on Saturday 7th? Morning if possible.

Fiona""", tz=0),
      ag("callum", "11-02 12:00", """Hi Fiona,

Bonnie's in at 9:30 on Saturday 7th - bath and tidy, €38.

Callum"""),
      cu("11-02 12:30", """Perfect, thanks. Forgot to ask - could you check her anal glands while she's in? And is there somewhere I can wait with a coffee nearby, or is it better to go home and come back?

Fiona""", tz=0, uq=1),
      ag("callum", "11-02 14:00", """Hi Fiona,

The Café du Marché in the village does good coffee and it's a five-minute walk. Most people go there and are back in an hour and a half.

Callum""")),

    C("f55-ramsay-reactive", "en", "pending",
      {"unanswered-question": 2, "customer-chased": 1, "slow-first-response": 1},
      "Kirsty Ramsay <kirsty.ramsay@mailbox.example>", "gmail", "Lead-reactive husky cross",
      "Indirect question plus two more; after a chase the reply answers only the first (yes, after an assessment).",
      cu("11-12 09:00", """Hello,

I'm looking for somewhere for Juno (a 3-year-old husky cross) from 19 to 23 December. She's a bit reactive on the lead with other dogs but fine off-lead in a group once she's met them. I was wondering whether you'd take her at all, given that? If so, would she be walked separately? And do you give discounts for stays booked more than a month in advance?

Thanks,
Kirsty""", uq=2),
      cu("11-14 10:30", """Hi, just following up on this - I'd really like to get Juno booked in before Christmas fills up.

Kirsty""", chase=True, parent=1),
      ag("hannah", "11-14 12:00", """Hi Kirsty,

Sorry for the delay. Yes, we'd be happy to meet Juno - lead-reactive dogs are very common here and most settle well once they know the group. She'd need an assessment morning first; we have Saturday 28 November at 10am free.

Hannah""")),

    C("f56-doyle-inline", "en", "pending", {"unanswered-question": 1},
      "Gavin Doyle <gavin.doyle@outlook.example>", "outlook", "Pip's stay next week",
      "Inline reply under two of three quoted questions; the third (walked alone or with others) is left out.",
      cu("11-17 08:40", """Hi Hannah,

A few quick ones about Pip's stay next week:

What time is check-in on Monday?
Can we bring his crate? He sleeps better in it.
Will he be walked with other dogs, or on his own?

Cheers,
Gavin""", uq=1),
      ag("hannah", "11-17 10:15", """Hi Gavin,

> What time is check-in on Monday?

8 to 11am.

> Can we bring his crate? He sleeps better in it.

Of course - we'll set it up in his suite with the door open.

Hannah""", quote=False)),

    C("f57-fontaine-bath-day", "en", "closed", {"unanswered-question": 1},
      "Alice Fontaine <alice.fontaine@mailbox.example>", "gmail", "Poppy's bath",
      "Asked to move the bath to Saturday morning, the groomer confirms the usual Friday slot instead.",
      cu("11-09 19:00", """Hi,

Poppy is with you until Saturday. Could she have her bath on Saturday morning, just before we collect, rather than on Friday? Last time she'd rolled in something by the time we picked her up!

Alice""", uq=1),
      ag("callum", "11-10 09:00", """Hi Alice,

Poppy's bath is booked for Friday at 3pm, so she'll be dry and fluffy for Saturday. It's €30 including a nail trim.

Callum""")),
]

UNANSWERED: dict[str, list[str]] = {
    "f02-meier-impfausweis": [
        "Bitte schicken Sie mir ausserdem die Rechnung vom Oktober-Aufenthalt noch einmal, ich finde sie nirgends mehr."],
    "f05-dubois-toilettage": [
        "Pourriez-vous aussi me dire si vous coupez les griffes sans rendez-vous ?"],
    "f10-patel-rescue": [
        "Does he need to be neutered to board with you?",
        "Could you also let me know the nightly rate for a dog his size?"],
    "f13-fairbanks-raw": [
        "He's allergic to chicken, so I need you to make sure nobody gives him chicken-based treats or chews while he's there."],
    "f17-alvarez-factura": [
        "¿podemos dejar pagada ya la estancia de Semana Santa para no tener que hacerlo al llegar?"],
    "f30-graham-wormer": [
        "And do you still do the discount for returning dogs, or was that a summer offer?"],
    "f33-walsh-friday": [
        "Also, does he need to come in a harness or is a collar fine?"],
    "f35-kessler-trimmen": [
        "Trimmen Sie auch von Hand, oder nur mit der Maschine?"],
    "f39-lambert-company-invoice": [
        "Also, is the VAT shown separately on your invoices?"],
    "f42-goldberg-new-york": [
        "Also, could you trim her nails before we pick her up on Sunday - they're clicking on the floor."],
    "f43-dupont-vaccins": [
        "Enfin, merci de m'envoyer le règlement intérieur, je ne l'ai jamais reçu."],
    "f46-harper-long-email": [
        "is it possible for Bramble to be walked on her own, as she gets knocked over by younger dogs?"],
    "f47-bianchi-sunday-drop": [
        "Can we drop Olivia off on Sunday evening instead of Monday morning, and if so at what time?"],
    "f48-ortega-microchip": [
        "¿les sirve el número tal cual o hay que registrarlo también en Francia?"],
    "f52-stewart-huskies": [
        "how high are the fences around your outdoor runs?",
        "Could you tell me if you're able to store and prepare raw food for them?"],
    "f53-byrne-template": [
        "Do you accept dogs who've had a muzzle recommendation from the rescue?",
        "Can we visit before booking to see where he'd sleep?"],
    "f54-mackenzie-afterthought": [
        "could you check her anal glands while she's in?"],
    "f55-ramsay-reactive": [
        "If so, would she be walked separately?",
        "And do you give discounts for stays booked more than a month in advance?"],
    "f56-doyle-inline": [
        "Will he be walked with other dogs, or on his own?"],
    "f57-fontaine-bath-day": [
        "Could she have her bath on Saturday morning, just before we collect, rather than on Friday?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"FK-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none for ``msgid=False``) and raw bytes, parents
    first (:func:`mailcraft.render_corpus`, plus messages without a Message-ID)."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to), ("Subject", m.subject),
                   ("Date", email.utils.format_datetime(m.date))]
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
            if not m.msgid and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 41: Fernhollow Kennels & Grooming - cases",
                                 "make_practice41_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.fernhollowkennels.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip. A message without Message-ID is found by sender and date."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent if p["Message-ID"]}
    by_date = {(addr_of(str(p["From"]))[1], p["Date"]): (p, p in inbox)
               for p in inbox + sent if not p["Message-ID"]}
    for m in (m for c in cases for m in c.msgs):
        if m.message_id:
            parsed, in_mbox = by_id[m.message_id]
        else:
            parsed, in_mbox = by_date[(addr_of(m.frm)[1], email.utils.format_datetime(m.date))]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit("refusing to write tests/practice41:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice41:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice41 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice41")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
