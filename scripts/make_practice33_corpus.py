#!/usr/bin/env python3
"""Regenerate ``tests/practice33/``: a labelled corpus of Kittiwake Sea Kayaks.

A support mailbox of a fictional sea-kayak hire, guided-trip and coaching centre on the
Northumberland coast (bookings and cancellations, courses and coaching, winter pool
sessions, equipment sales, workshop repairs, gift vouchers, group bookings for schools and
corporate days), written without looking at the detection heuristics, with many customer
questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``kittiwakekayaks.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is, with its figures computed from the cases.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice33_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import email.utils
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
SUPPORT_DOMAIN = "kittiwakekayaks.example"
BOOKINGS = "Kittiwake Sea Kayaks <bookings@kittiwakekayaks.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice33"

AGENTS = {
    "fiona": ("Fiona Robson <fiona@kittiwakekayaks.example>", "thunderbird", """-- 
Fiona Robson
Bookings & Hire | Kittiwake Sea Kayaks
The Boathouse, Harbour Road, Seahouses NE68 7RN | 01665 720 431
Tide times this week? https://kittiwakekayaks.example/tides?area=farnes&src=sig"""),
    "callum": ("Callum Reay <callum@kittiwakekayaks.example>", "apple", """Callum Reay
Head Coach | Kittiwake Sea Kayaks
Courses and coaching: https://kittiwakekayaks.example/coaching?utm_source=email"""),
    "priya": ("Priya Nair <priya@kittiwakekayaks.example>", "outlook", """Priya Nair
Shop & Equipment | Kittiwake Sea Kayaks
Shop open Thu-Sun 10:00-16:00 (Nov-Mar). Not sure which size? Book a free fitting."""),
    "dougie": ("Dougie Armstrong <dougie@kittiwakekayaks.example>", "thunderbird", """-- 
Dougie Armstrong
Workshop & Repairs | Kittiwake Sea Kayaks
Posting kit to us? Label it with your name and phone number."""),
    "helen": ("Helen Carr <helen@kittiwakekayaks.example>", "outlook", """Helen Carr
Groups, Schools & Corporate | Kittiwake Sea Kayaks
Kittiwake Sea Kayaks Ltd, registered in England no. 08812345.
This e-mail and any attachments are confidential. If you received it in error, please tell the sender and delete it."""),
    "katja": ("Katja Brandt <katja@kittiwakekayaks.example>", "thunderbird_de", """-- 
Katja Brandt
Gästebetreuung (Deutsch) | Kittiwake Sea Kayaks
https://kittiwakekayaks.example/de?ref=signatur"""),
    "lea": ("Léa Moreau <lea@kittiwakekayaks.example>", "apple_fr", """Léa Moreau
Accueil francophone | Kittiwake Sea Kayaks
https://kittiwakekayaks.example/fr?utm_source=email&utm_medium=signature"""),
    "sofia": ("Sofía Ortega <sofia@kittiwakekayaks.example>", "gmail_es", """--
Sofía Ortega
Atención en español | Kittiwake Sea Kayaks
+44 1665 720 433"""),
}

ACK = """Hello,

Thanks for contacting Kittiwake Sea Kayaks - this is an automatic reply to let you
know your message has reached us as ticket {ref}.

Over the winter the office is staffed from 9am to 4pm and we will reply within
one working day. If you are due on the water in the next 24 hours, please ring
01665 720 431 instead.

Kittiwake Sea Kayaks, Seahouses
https://kittiwakekayaks.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Kittiwake Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="kw.", outlook_server="GV1P28")
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

RISK_PDF = mailcraft.pdf(["Kittiwake Sea Kayaks - Risk assessment: school groups RA-07",
                          "Activity: sheltered-water sea kayaking, Seahouses harbour and bay",
                          "Ratio 1:6 coach to pupils, all coaches BC qualified, enhanced DBS",
                          "Reviewed September 2026 by Helen Carr and Callum Reay"])
CORP_QUOTE_PDF = mailcraft.pdf(["Kittiwake Sea Kayaks - Quotation Q-2611-118",
                                "Northgate Engineering summer day, Friday 11 June 2027",
                                "30 guests: kayaking and beach bushcraft in rotation, lunch",
                                "Total GBP 4,050 + VAT. Date held until 11 December 2026"])
VOUCHER_FR_PDF = mailcraft.pdf(["Kittiwake Sea Kayaks - Bon cadeau / Gift voucher",
                                "Code KW-80166 - Valeur GBP 120",
                                "Valable 18 mois pour toute sortie guidee",
                                "Valid until 7 May 2028"])
VOUCHER_PDF = mailcraft.pdf(["Kittiwake Sea Kayaks - Gift voucher",
                             "Code KW-80214 - Value GBP 50",
                             "Valid for any trip, course or pool session",
                             "Valid until 2 May 2028"])
INVOICE_PDF = mailcraft.pdf(["Kittiwake Sea Kayaks Ltd - Invoice KSK-INV-2291",
                             "Coastal Care Trust - staff wellbeing session 17 October 2026",
                             "12 participants, 2 coaches, kit included",
                             "Total GBP 780.00 - paid 19 October 2026"])
RECHNUNG_PDF = mailcraft.pdf(["Kittiwake Sea Kayaks Ltd - Rechnung / Invoice KSK-INV-2317",
                              "Mueller & Partner GmbH, Hafenstrasse 12, 20457 Hamburg",
                              "USt-IdNr. DE 287 445 190",
                              "Teamtag 24 October 2026, 14 Teilnehmer - GBP 1,190.00"])
FORM_PDF = mailcraft.pdf(["Kittiwake Sea Kayaks - Group booking form",
                          "Group: Riverside College BTEC outdoor, 3-4 March 2027",
                          "Participants, medical notes, emergency contacts, consent",
                          "Deposit 20 % to hold the dates"])
HULL_PNG = mailcraft.png(14, 9, lambda x, y: (230 - 6 * y, 230 - 4 * x, 220 if x != 7 else 60))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("k01-ellison-voucher-for-dad", "en", "closed", {},
      "Ruth Ellison <ruth.ellison@gmail.example>", "gmail", "Gift voucher for my dad's 70th",
      "Three voucher questions (trip or amount, validity, posted card) answered in one reply, out of order and in other words.",
      cu("11-02 19:40", """Hello,

My dad turns 70 in December and has been talking for years about seeing the puffins and seals from a kayak, so I'd like to get him a gift voucher.

Can the voucher be for a particular trip, or is it just a money amount? How long does it last once bought? He'd want to wait for the summer, he's not the bravest in cold water.

Also, could it be posted rather than emailed? He doesn't really do email and I'd love him to have something to open.

Many thanks,
Ruth Ellison"""),
      ag("fiona", "11-03 09:05", """Hi Ruth,

What a lovely present. We'll send a printed card in the post - it comes in a Kittiwake envelope, ready to wrap. You can choose either: a named trip (for puffins that's the Farne Islands seal trip, mid-May to July) or a money amount from £25 upwards. Whichever you pick, it's good for 18 months from the day you buy it, so next summer is no problem at all.

You can order here and tick "post it to me": https://kittiwakekayaks.example/vouchers

Best wishes,
Fiona""")),

    C("k02-harwood-year9-day", "en", "pending", {"unanswered-question": 2},
      "Daniel Okafor <d.okafor@harwoodacademy.example>", "outlook", "Year 9 outdoor education day - May 2027",
      "School asks four things; the reply covers group size and attaches the risk assessment, skipping the swimming test and the wetsuit question.",
      cu("11-16 15:20", """Dear Kittiwake team,

I'm organising an outdoor education day for Year 9 at Harwood Academy in late May 2027, and sea kayaking is top of the pupils' wish list.

What is the maximum number of students you can take on the water at once? We'd be bringing around 40, so we might need to split the group across the day.

Do the pupils need to be able to swim 50 metres, and is there a test on the day? Some parents have already asked.

I'd also be grateful if you could let me know whether wetsuits are provided or the pupils need to bring their own.

Finally, please send me a copy of your risk assessment - I need to attach it to our EVC submission.

Kind regards,
Daniel Okafor
Head of PE, Harwood Academy""", uq=2),
      ag("helen", "11-17 10:10", """Dear Daniel,

Thank you for thinking of us. We can have 24 pupils on the water at a time (a ratio of 1:6 with our coaches), so 40 would work well as a morning and an afternoon group - the other half can do the beach and rock-pool session with our assistant leaders while they wait.

I've attached our generic risk assessment for school groups. Once the date is fixed it gets personalised with the venue and that day's tides.

Best regards,
Helen""", attach=[("application/pdf", "RA-07-school-groups.pdf", RISK_PDF)])),

    C("k03-novak-neck-seal", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Pavel Novak <pavel.novak@fastmail.example>", "thunderbird", "Drysuit neck seal replacement",
      "Price given at once; turnaround promised 'by Thursday' arrives the following Monday after the customer asks again.",
      cu("11-03 20:15", """Hi,

The neck seal on my drysuit has finally given up (Palm Atlas, about four years old - it's split just below the chin). How much do you charge to replace a latex neck seal? And how long would it take? I'm hoping to have it back in time for the club's Boxing Day paddle.

Cheers,
Pavel""", to="Dougie Armstrong <dougie@kittiwakekayaks.example>"),
      ag("dougie", "11-04 08:45", """Hi Pavel,

A latex neck seal is £55 fitted, return postage included. Turnaround depends on how many suits are ahead of yours - there's a bit of a pile after the autumn. Let me check the queue and I'll confirm by Thursday whether Boxing Day is realistic.

Dougie""", promises=[("11-05", 4)]),
      cu("11-09 12:30", """Hi Dougie,

Any word on the timing? If it'll be back before Christmas I'd like to post the suit this week.

Pavel""", chase=True),
      ag("dougie", "11-09 14:20", """Hi Pavel,

Sorry, that one got buried under the suits. We're at about ten working days, so if it reaches us by Friday you'll have it back in the first week of December - plenty of time for Boxing Day.

Dougie""")),

    C("k04-garcia-familia-agosto", "es", "closed", {},
      "Marta García López <marta.garcia.lopez@correo.example>", "gmail_es", "Excursión en familia en agosto",
      "Spanish family: age limit, price for four and deposit answered in two short paragraphs; thanks-only reply.",
      cu("11-04 21:10", """Hola:

Somos una familia de Valencia y el próximo agosto vamos a pasar dos semanas en Northumberland. A mis hijos (10 y 12 años) les encantaría probar el kayak de mar.

¿Hacen excursiones guiadas para niños de esa edad? ¿Cuánto costaría para dos adultos y dos niños? Y otra cosa: ¿hay que pagarlo todo al reservar o se puede dejar una señal?

Muchas gracias y un saludo,
Marta"""),
      ag("sofia", "11-05 09:30", """Hola, Marta:

¡Qué buen plan! La excursión familiar de medio día a la isla de St Cuthbert admite niños a partir de 10 años, así que pueden venir los dos. Para cuatro personas son 240 £ en total, porque los niños pagan tarifa reducida.

Al reservar se abona una señal del 25 % y el resto hasta dos semanas antes de la salida.

Un saludo,
Sofía"""),
      cu("11-05 11:20", """¡Perfecto, muchísimas gracias! Reservaremos en cuanto tengamos las fechas cerradas.

Marta""", thanks=True), tz=1),

    C("k05-brauer-kurs-april", "de", "pending", {"unanswered-question": 1},
      "Tobias Brauer <tobias.brauer@posteo.example>", "gmail_de", "Sea Kayak Award Kurs im April",
      "German paddler asks about price, boat hire and accommodation; the reply covers the first two (and the station pick-up) but not the accommodation tip.",
      cu("11-16 19:45", """Hallo,

ich möchte im April 2027 den Sea Kayak Award Kurs bei Ihnen machen (den 4-Tage-Kurs ab dem 12. April). Ich paddle seit drei Jahren, hauptsächlich auf der Ostsee.

Was kostet der Kurs genau? Muss ich mein eigenes Boot mitbringen oder kann ich eins bei Ihnen leihen? Ich reise mit dem Zug an, daher wäre Leihen ideal.

Gibt es in der Nähe eine Unterkunft, die Sie empfehlen können?

Viele Grüße aus Kiel
Tobias Brauer""", uq=1),
      ag("katja", "11-17 09:20", """Hallo Herr Brauer,

schön, dass Sie zu uns kommen möchten! Der Kurs kostet 495 £, und Boot, Paddel, Spritzdecke und Schwimmweste sind im Preis enthalten - Sie brauchen also nur Ihre Paddelkleidung und, falls vorhanden, einen Trockenanzug. Vom Bahnhof Chathill holen wir Sie am ersten Morgen gern ab.

Viele Grüße
Katja Brandt"""), tz=1),

    C("k06-farrow-summer-day", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Gemma Farrow <gemma.farrow@northgate-eng.example>", "outlook", "Northgate summer team day",
      "Corporate day: the veggie-lunch question is answered, the quote promised for 'tomorrow' comes four working days late, the insurance certificate is never sent.",
      cu("11-04 11:00", """Hi Helen,

Following our call, here's what we'd like for the Northgate Engineering summer day:

- 30 staff, Friday 11 June 2027, ideally 10am-3pm
- a mix of kayaking and something land-based for anyone who'd rather stay dry
- lunch on site

Could you put together a quote on that basis? Is there a vegetarian option for the lunch? Please also send a copy of your public liability insurance certificate, our H&S team won't sign anything off without it.

Thanks,
Gemma Farrow
Office Manager | Northgate Engineering Ltd

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the addressee. Northgate Engineering Ltd does not accept liability for any errors or omissions in the contents of this message.""", to="Helen Carr <helen@kittiwakekayaks.example>", uq=1),
      ag("helen", "11-04 16:30", """Hi Gemma,

Thanks for the details. Lunch comes from the harbour café and there's always a veggie and a vegan choice, so that's easy. For the land-based side I'm thinking of a beach bushcraft session, but I need to check which of our leaders are free that day, so I'll send you the full quote tomorrow.

Best regards,
Helen""", promises=[("11-05", 3)]),
      ag("helen", "11-10 16:40", """Hi Gemma,

Apologies for the delay. The quote is attached: kayaking and beach bushcraft in rotation, lunch included, £4,050 + VAT for 30. I've pencilled in 11 June for you until 11 December.

Best regards,
Helen""", parent=2, attach=[("application/pdf", "Q-2611-118.pdf", CORP_QUOTE_PDF)])),

    C("k07-oduya-car-key", "en", "closed", {},
      "Kemi Oduya <kemi.oduya@icloud.example>", "iphone", "Car key left Sunday?",
      "Lost car key: found and posted; 'should be with you tomorrow' is delivery information, not a promise.",
      cu("11-02 08:05", """Hi there

Think I left my car key in the changing room after Sunday's pool session. Black Ford key with a Whitby Abbey keyring. Has anyone handed it in?? Using the spare at the moment which is not ideal

If you've got it could you post it to me? Happy to pay the postage. Address is 14 Coble Row, Amble NE65 0QT.

Thanks, Kemi

Sent from my iPhone"""),
      ag("fiona", "11-02 10:30", """Hi Kemi,

Good news - it was on the bench by the lockers. It went in the post this morning by recorded delivery, so it should be with you tomorrow or Wednesday. No charge.

Fiona""")),

    C("k08-pritchard-pool-winter", "en", "closed", {"unanswered-question": 1},
      "Sam Pritchard <sam.pritchard@gmail.example>", "gmail", "Thursday pool sessions",
      "Dates and booking for the winter pool sessions answered with a link; bringing his own boat is not addressed.",
      cu("11-05 13:10", """Hi folks,

I've been working on my roll over the summer and I'm keen to keep it going through the winter. Are the Thursday pool sessions running in December as well? Do I need to book, or can I just turn up on the night?

And is it OK to bring my own boat, or do we have to use yours? Mine's a low-volume Tiderace, so it fits in the pool, but I know some places are funny about outside boats.

Cheers,
Sam""", uq=1),
      ag("callum", "11-05 18:40", """Hi Sam,

Yes - every Thursday 7-9pm at Alnwick leisure centre until 17 December, then a break until 7 January. It's £12 a session, booked online, and there's a ten-session card if you're coming every week: https://kittiwakekayaks.example/pool?term=winter

See you in the pool,
Callum""")),

    C("k09-lefevre-bon-cadeau", "fr", "closed", {},
      "Sophie Lefèvre <sophie.lefevre@orange.example>", "apple_fr", "Bon cadeau pour mon mari",
      "French gift voucher: 'valid for the sunset trip?' answered yes, the PDF request answered by the attachment; thanks-only reply.",
      cu("11-06 20:30", """Bonjour,

Je viens d'acheter un bon cadeau de 120 £ sur votre site (commande KSK-4526) pour offrir à mon mari à Noël - nous venons en Northumberland en juin prochain.

Est-ce que le bon peut être utilisé pour la sortie au coucher du soleil ? Il en rêve depuis qu'il a vu vos photos. Et pourriez-vous me l'envoyer en PDF plutôt que par la poste ? Nous habitons à Lille, j'ai peur qu'il n'arrive pas à temps.

Merci d'avance,
Sophie Lefèvre"""),
      ag("lea", "11-07 10:00", """Bonjour Sophie,

Oui, nos bons sont valables pour n'importe quelle sortie, y compris celle du coucher du soleil (de mai à août, les soirs de beau temps). Vous le trouverez en pièce jointe, prêt à imprimer ; il est valable 18 mois.

Belle journée,
Léa""", attach=[("application/pdf", "bon-cadeau-KW-80166.pdf", VOUCHER_FR_PDF)]),
      cu("11-07 11:05", """Merci beaucoup, c'est parfait !

Sophie""", thanks=True), tz=1),

    C("k10-mcallister-hire-deposit", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Ian McAllister <ian.mcallister@mcallister-joinery.example>", "outlook", "Deposit refund - hire 31 October",
      "Deposit question deferred 'by Friday' and answered after a chase the next Tuesday; the admin-fee question is never explained. '3-5 working days' is refund information.",
      cu("11-09 09:30", """Hello,

I hired a single sea kayak from you on Saturday 31 October (booking KSK-4488). When will I get my £150 deposit back? The hull had a long scratch on it when I collected it - I pointed it out to Fiona at the time and she said it would be noted.

Also, could you tell me why there was a £10 admin fee on the booking? I don't remember seeing that when I booked.

Regards,
Ian McAllister""", uq=1),
      ag("fiona", "11-09 15:00", """Hi Ian,

Thanks for getting in touch. I remember the scratch. I'm just checking with Dougie in the workshop that it was marked on the check-out sheet, and I'll get back to you by Friday about the deposit.

Fiona""", promises=[("11-13", 4)]),
      cu("11-17 08:50", """Hi Fiona,

Still waiting to hear about my deposit - it's now more than two weeks since the hire.

Ian""", chase=True),
      ag("fiona", "11-17 12:15", """Hi Ian,

Sorry for the wait. Dougie found the scratch on the check-out sheet, so there's no damage charge: the full £150 went back to your card this morning. Refunds usually take 3-5 working days to show.

Fiona""")),

    C("k11-benson-coastal-skills", "en", "closed", {},
      "Alice Benson <alice.benson@gmail.example>", "gmail", "Next coastal skills session",
      "A rhetorical question and two self-answered ones around a booking request and a parking question, both answered.",
      cu("11-08 18:20", """Hi Fiona,

What a morning it was on Saturday - who knew a November paddle could be so glorious? Flat calm all the way to Bamburgh.

I'd like to come to the next coastal skills session. It's Sunday 22nd, isn't it? Yes - just checked the website, 22nd it is. Please could you put me down for it? Also, is the harbour car park still pay and display in the winter?

I'll need to borrow a cag again. What size did I have last time? Ah, don't worry, it's on my receipt - medium.

Thanks,
Alice"""),
      ag("fiona", "11-09 09:10", """Morning Alice,

You're in for Sunday 22nd, 9:30 at the boathouse, and there's a medium cag with your name on it. Parking's free from October to March - the machines are bagged up for the winter.

Glad you enjoyed Saturday!
Fiona""")),

    C("k12-whitlock-ex-hire-boat", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Gareth Whitlock <g.whitlock@btinternet.example>", "gmail", "Ex-hire sea kayaks for sale?",
      "Question about ex-hire boats gets only the acknowledgement; the customer chases four days later and is still waiting.",
      cu("11-12 10:40", """Hello,

Do you sell off any of your hire fleet at the end of the season? I'm looking for a plastic sea kayak for my son (he's 15, about 5'8" and 60kg) - something like a Valley Etain or a P&H Scorpio would be ideal. If you have anything, what sort of prices are you asking?

Thanks,
Gareth Whitlock"""),
      ack("11-12 10:41"),
      cu("11-16 19:05", """Hi again,

I haven't heard anything back on this - are any of the ex-hire boats still available? We'd like to get something sorted before Christmas.

Gareth""", chase=True, parent=1)),

    C("k13-kowalski-expired-voucher", "en", "closed", {},
      "Anna Kowalski <anna.kowalski@outlook.example>", "outlook", "Expired voucher KW-77310",
      "Expired voucher extended; the 'if not, shop credit instead?' alternative is explicitly dealt with too. A 'how are you all' pleasantry.",
      cu("11-02 12:00", """Hello,

How are you all doing now the season's over?

My partner bought me a voucher for a half-day trip last year (code KW-77310) and I'm embarrassed to say it expired at the end of October. I broke my wrist in May and couldn't paddle all summer. Is there any way you could extend it?

If not, could I put the value towards a buoyancy aid from your shop instead?

Best wishes,
Anna"""),
      ag("fiona", "11-02 15:45", """Hi Anna,

Sorry to hear about the wrist - I hope it's mended well. Of course: KW-77310 now runs until 31 May 2027, same code, and it's good for any half-day trip from the spring. So there's no need to turn it into shop credit, though if you'd honestly rather have the buoyancy aid, just say and we'll swap it.

Fiona""")),

    C("k14-ridley-cetus-purchase", "en", "pending", {"unanswered-question": 2},
      "Mark Ridley <mark.ridley@gmail.example>", "gmail", "Buying a P&H Cetus",
      "Four questions about buying a kayak; stock and demo answered (with a counter-question), delivery to Hexham and instalments skipped.",
      cu("11-16 21:30", """Hi Priya,

After two years of hiring I've finally decided to buy my own boat, and I've narrowed it down to the P&H Cetus MV.

Do you have one in stock in the orange/white? I'd want to try one before handing over that sort of money - would you do a demo paddle?

Could you deliver to Hexham, and what would that cost? I don't have a roof rack long enough yet.

Finally, do you offer any way of spreading the payment, like instalments?

Thanks,
Mark""", to="Priya Nair <priya@kittiwakekayaks.example>", uq=2),
      ag("priya", "11-17 11:30", """Hi Mark,

Great choice. There's one Cetus MV in the shop in orange over white, and you're very welcome to paddle it before you decide - we run free demos from the harbour slipway on Saturday mornings. Would this Saturday (21st) at 10 suit you?

Priya""")),

    C("k15-schmidt-spritzdecke", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Jürgen Schmidt <j.schmidt@schmidt-elektro.example>", "outlook_de", "Spritzdecke für Valley Aquanaut",
      "German spray-deck question: 'ich melde mich morgen' kept two days late after 'ich warte immer noch'.",
      cu("11-03 09:15", """Sehr geehrte Damen und Herren,

ich habe im Sommer bei Ihnen ein gebrauchtes Valley Aquanaut gekauft, aber leider ohne Spritzdecke. Welche Größe brauche ich für dieses Boot, und haben Sie eine passende Neopren-Spritzdecke auf Lager?

Mit freundlichen Grüßen
Jürgen Schmidt"""),
      ag("katja", "11-03 11:30", """Sehr geehrter Herr Schmidt,

vielen Dank für Ihre Nachricht. Beim Aquanaut gibt es je nach Baujahr zwei Süllrandgrößen. Ich frage in unserer Werkstatt nach, welche zu Ihrem Boot passt, und melde mich morgen bei Ihnen.

Mit freundlichen Grüßen
Katja Brandt""", promises=[("11-04", 4)]),
      cu("11-06 10:00", """Sehr geehrte Frau Brandt,

ich warte immer noch auf Ihre Rückmeldung zur Spritzdecke. Ich würde sie gern vor unserem Urlaub im Dezember bestellen.

Mit freundlichen Grüßen
Jürgen Schmidt""", chase=True),
      ag("katja", "11-06 12:40", """Sehr geehrter Herr Schmidt,

entschuldigen Sie bitte die Verzögerung. Laut unseren Verkaufsunterlagen hat Ihr Boot den großen Süllrand, Sie brauchen also Größe XL (85 x 50 cm). Die Snapdragon-Neoprendecke in XL ist vorrätig und kostet 95 £ inklusive Versand nach Deutschland. Soll ich sie für Sie zurücklegen?

Mit freundlichen Grüßen
Katja Brandt"""), tz=1),

    C("k16-nguyen-2027-dates", "en", "pending", {},
      "Linh Nguyen <linh.nguyen@gmail.example>", "gmail", "Next year's trip dates",
      "Two questions answered with two bare links (one with a short note).",
      cu("11-18 07:50", """Hi,

Where can I see your trip dates for next year? And is there any way to get a heads-up when bookings open? The Farne Islands trips had sold out by the time I got round to it this year.

Thanks!
Linh""", kind="alt"),
      ag("fiona", "11-18 09:30", """Hi Linh,

https://kittiwakekayaks.example/trips/2027
https://kittiwakekayaks.example/newsletter?src=reply - subscribers get 48 hours' early booking.

Fiona""")),

    C("k17-holloway-team-day", "en", "closed", {"many-handoffs": 1},
      "Richard Holloway <r.holloway@holloway-partners.example>", "outlook", "Team day for 18 - June 2027",
      "Corporate booking handled by three agents (groups, head coach, bookings), every question answered; the last reply's References skip two messages.",
      cu("11-09 10:20", """Hello,

We'd like to book a team day for 18 people on Friday 4 June 2027. Can you hold that date for us while I get sign-off? What's included in the price - wetsuits, lunch, photos?

Please invoice our Newcastle office; I'll send the PO number once finance have raised it.

Regards,
Richard Holloway
Holloway & Partners LLP""", cc="Jenny Marr <j.marr@holloway-partners.example>"),
      ag("helen", "11-09 13:00", """Dear Richard,

4 June is pencilled in for you until 9 December. The day rate is £85 a head and covers all the kayaking kit (wetsuits, cags, buoyancy aids), instruction and a set of photos from the day; lunch from the harbour café is £12 a head on top if you'd like it. The invoice will go to your Newcastle office once we have the PO.

Kind regards,
Helen"""),
      cu("11-10 09:05", """Thanks Helen. A couple of the team are nervous non-swimmers - is that a problem? And the PO number is HP-22841.

Richard""", cc="Jenny Marr <j.marr@holloway-partners.example>"),
      ag("callum", "11-10 12:30", """Hi Richard,

Helen passed your note to me. Nervous non-swimmers are very welcome: they'll be in stable sit-on-tops and buoyancy aids the whole time, and we stay in the sheltered part of the bay. Some of our best days have started with a few worried faces.

Callum"""),
      ag("fiona", "11-11 09:40", """Hi Richard,

Just to confirm: the booking for 4 June is in with PO HP-22841, and the deposit invoice went to your Newcastle office this morning.

Fiona""", parent=3, refs=[1, 3])),

    C("k18-dubois-annulation", "fr", "closed", {"unanswered-question": 1},
      "Camille Dubois <camille.dubois@free.example>", "gmail", "Sortie annulée du 31 octobre",
      "French customer asks for a refund instead of a credit (granted) and for an invoice in her works council's name (ignored).",
      cu("11-04 18:00", """Bonjour,

Notre sortie du samedi 31 octobre a été annulée à cause de la météo (réservation KSK-4479, 2 personnes). On nous a proposé un avoir, mais nous ne reviendrons pas en Angleterre avant longtemps. Est-ce que je peux être remboursée plutôt que d'avoir un avoir ?

Pouvez-vous aussi m'envoyer une facture au nom de mon comité d'entreprise ? Ils remboursent une partie des loisirs.

Merci,
Camille Dubois""", uq=1),
      ag("lea", "11-05 10:20", """Bonjour Camille,

Bien sûr, aucun problème : j'ai lancé le remboursement des 130 £ sur la carte utilisée pour la réservation. Comptez quelques jours ouvrés selon votre banque.

Désolée pour cette sortie manquée, la mer était vraiment trop forte ce jour-là.

Bonne soirée,
Léa"""), tz=1),

    C("k19-ortiz-scouts-bilbao", "es", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Iñaki Ortiz <inaki.ortiz@scoutsbilbao.example>", "outlook", "Grupo scout en julio 2027",
      "Spanish scout group: availability and price deferred to 'el jueves sin falta' and not sent; the station pick-up question is not touched.",
      cu("11-16 18:40", """Buenas tardes:

Somos un grupo scout de Bilbao (16 chavales de 14 a 16 años y 4 monitores) y en julio de 2027 haremos una ruta por el norte de Inglaterra. Nos gustaría hacer una jornada de kayak de mar con vosotros.

¿Tenéis disponibilidad la semana del 12 de julio? ¿Qué precio tendría para un grupo así?

Llegaríamos en tren. ¿Tenéis furgoneta para recogernos en la estación de Berwick o tenemos que buscarnos la vida?

Un saludo,
Iñaki Ortiz
Grupo Scout Itxaropena""", uq=1),
      ag("sofia", "11-17 09:30", """Hola, Iñaki:

¡Qué bien que queráis venir! La semana del 12 de julio suele tener huecos, pero tengo que confirmar con Helen, que coordina los grupos, cuántos monitores de kayak tenemos libres. Te escribo el jueves sin falta con la disponibilidad y el presupuesto.

Un saludo,
Sofía""", promises=[("11-19", None)]), tz=1),

    C("k20-young-winter-coaching", "en", "open", {"awaiting-reply": 1},
      "Chris Young <chris.young@outlook.example>", "android", "1:1 coaching this winter?",
      "Short mobile mail with three questions about private coaching; no reply at all after two days.",
      cu("11-18 13:15", """Hi, do you do 1:1 coaching over the winter? I want to work on my rough water handling before a trip to Scotland in the spring. What would a full day cost, and which weekends in January are free?

Chris

Get Outlook for Android""")),

    C("k21-bradshaw-shop-sunday", "en", "open", {},
      "Elaine Bradshaw <elaine.bradshaw@gmail.example>", "gmail", "Shop open 29 November?",
      "Fresh question on the audit day with only the acknowledgement, inside the response target.",
      cu("11-20 10:15", """Hello, could you tell me whether the shop will be open on Sunday 29 November? I'd like to come and look at buoyancy aids for my daughter. Thanks, Elaine"""),
      ack("11-20 10:16")),

    C("k22-patel-wrong-date", "en", "pending", {"reopened": 1},
      "Nikhil Patel <nikhil.patel@gmail.example>", "gmail", "Wrong date on my booking",
      "Date moved and the ticket marked resolved; two weeks later the customer comes back in the same thread to add his partner.",
      cu("11-02 21:00", """Hi,

I've just booked the intro to sea kayaking session online and realised I picked Saturday 27 March instead of Sunday 28 March. Please could you move it to the Sunday? Sorry!

Nikhil"""),
      ag("fiona", "11-03 08:50", """Hi Nikhil,

No problem at all - you're now on Sunday 28 March, 10am, and the confirmation email has been re-sent. I'll mark this one as resolved.

Fiona""", closes=True),
      cu("11-16 18:30", """Hi Fiona,

Sorry, one more thing on this booking - my partner would like to come too. Is there still space on the Sunday session? She's a complete beginner.

Nikhil"""),
      ag("fiona", "11-17 09:00", """Hi Nikhil,

There is - I've added a second place to your booking, so that's two of you on Sunday 28 March at 10am. Beginners are exactly who the session is for. Her £45 can be paid on the day; just let me know her name before then.

Fiona""")),

    C("k23-walsh-voucher-email", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Declan Walsh <declan.walsh@gmail.example>", "gmail", "Gift voucher not received",
      "Voucher e-mail never arrived; after the acknowledgement only, the customer resends the same request as a new mail; answered with the voucher attached.",
      cu("11-05 20:10", """Hello,

I bought a £50 gift voucher on your website on Monday (order KSK-4502) but the email with the voucher never came - I've checked spam. Could you please resend it? It's for my sister's birthday on the 14th.

Thanks,
Declan Walsh"""),
      ack("11-05 20:11"),
      cu("11-08 17:30", """Sending this again as I haven't had a reply:

I bought a £50 gift voucher on your website on Monday (order KSK-4502) but the email with the voucher never came - I've checked spam. Could you please resend it? It's for my sister's birthday on the 14th.

Declan""", chase=True, parent=0),
      ag("fiona", "11-09 08:40", """Hi Declan,

So sorry about this. Your voucher is attached - code KW-80214, £50, valid until May 2028. The original had gone to declan.walsh@gmial.example (a small typo at checkout), which is why it never turned up; I've corrected the address on your order.

Fiona""", attach=[("application/pdf", "voucher-KW-80214.pdf", VOUCHER_PDF)])),

    C("k24-andersen-bow-crack", "en", "closed", {},
      "Erik Andersen <erik@andersen-family.example>", "thunderbird", "Crack near the bow - Nordkapp",
      "Photo of a cracked hull; 'I'll send you an estimate tomorrow' kept the next afternoon; the customer's thanks says when he'll bring the boat.",
      cu("11-02 17:45", """Hello Dougie,

I hit a rock landing at Boulmer last weekend and there's now a crack in the gelcoat near the bow of my Valley Nordkapp (composite). Photo attached. Is this something you can repair, and roughly what would it cost?

Best,
Erik""", attach=[("image/png", "nordkapp-bow.png", HULL_PNG)], to="Dougie Armstrong <dougie@kittiwakekayaks.example>"),
      ag("dougie", "11-02 19:30", """Hi Erik,

Yes, that's fixable. I'd like to look at the photo on a proper screen rather than my phone - I'll send you an estimate tomorrow.

Dougie""", promises=[("11-03", 3)]),
      ag("dougie", "11-03 16:10", """Hi Erik,

Had a good look. It's gone through the gelcoat into the first layer of glass, so it's a glass patch plus gelcoat and a colour match: £180-£220 depending on what we find once it's ground back. About two weeks in the workshop.

Dougie""", parent=2),
      cu("11-03 18:00", """Thanks Dougie, that's fair. I'll bring it over on Saturday.

Erik""", thanks=True)),

    C("k25-hughes-coquet-forecast", "en", "closed", {},
      "Bethan Hughes <bethan.hughes@gmail.example>", "gmail", "Tomorrow's Coquet Island trip",
      "Weather call-off answered within the hour; the customer picks a new date in the same thread and it's booked.",
      cu("11-06 16:20", """Hi, is tomorrow's 10am Coquet Island trip still going ahead? The forecast looks grim from here. Three of us booked under Hughes.

Bethan"""),
      ag("callum", "11-06 17:05", """Hi Bethan,

I'm afraid not - it's blowing 30 knots from the north tomorrow, so we've called it off. You can move to another date or have a full refund, whichever suits you.

Callum"""),
      cu("11-06 17:30", """Shame! Could you move us to the next Saturday with space, please?

Bethan"""),
      ag("callum", "11-06 18:15", """Done - you're on Saturday 14 November at 10am, same meeting point.

Callum""")),

    C("k26-baker-invoice-copy", "en", "closed", {},
      "Louise Baker <louise.baker@coastalcare.example>", "outlook", "Invoice copy - wellbeing session",
      "Invoice copy sent as a PDF; the customer's out-of-office reply answers it.",
      cu("11-04 09:30", """Hi Helen,

Could you send me a copy of the invoice for our staff wellbeing session on 17 October? Our finance system has lost the original.

Many thanks,
Louise Baker
Coastal Care Trust""", to="Helen Carr <helen@kittiwakekayaks.example>"),
      ag("helen", "11-04 11:15", """Hi Louise,

Here it is - invoice KSK-INV-2291, attached.

Kind regards,
Helen""", attach=[("application/pdf", "KSK-INV-2291.pdf", INVOICE_PDF)]),
      auto("11-04 11:16", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact finance@coastalcare.example.

Louise Baker
Coastal Care Trust""", quote=False, subject="Automatic reply: RE: Invoice copy - wellbeing session")),

    C("k27-mueller-rechnung-firma", "de", "pending", {"unanswered-question": 1},
      "Andrea Müller <a.mueller@mueller-partner.example>", "thunderbird_de", "Rechnung Teamtag 24. Oktober",
      "German company: corrected invoice sent as a PDF; the signed participant list for their insurer is not mentioned.",
      cu("11-17 14:00", """Guten Tag Frau Brandt,

vielen Dank noch einmal für den tollen Teamtag am 24. Oktober, alle waren begeistert.

Könnten Sie die Rechnung bitte auf unsere Firma ausstellen? Die korrekte Anschrift lautet: Müller & Partner GmbH, Hafenstraße 12, 20457 Hamburg, USt-IdNr. DE 287 445 190. Bisher steht nur mein Name darauf.

Außerdem bräuchten wir für unsere Versicherung noch eine Teilnehmerliste mit den Unterschriften vom Tag.

Viele Grüße
Andrea Müller""", to="Katja Brandt <katja@kittiwakekayaks.example>", uq=1),
      ag("katja", "11-18 09:40", """Guten Tag Frau Müller,

das freut uns sehr! Anbei die neue Rechnung auf die Müller & Partner GmbH mit Ihrer USt-IdNr.; die alte haben wir storniert.

Viele Grüße
Katja Brandt""", attach=[("application/pdf", "Rechnung-KSK-INV-2317.pdf", RECHNUNG_PDF)]), tz=1),

    C("k28-robles-tienda-invierno", "es", "closed", {},
      "Javier Robles <javier.robles@gmail.example>", "gmail_es", "Horario de la tienda en invierno",
      "Spanish: winter shop hours and trying drysuits on answered in one reply.",
      cu("11-07 11:00", """Hola:

Vivo en Newcastle y quería pasar por la tienda a mirar trajes secos. ¿Qué horario tenéis en invierno? ¿Y se pueden probar allí mismo o hay que pedirlos por talla?

Gracias,
Javier"""),
      ag("sofia", "11-07 13:20", """Hola, Javier:

De noviembre a marzo abrimos de jueves a domingo, de 10 a 16 h. Tenemos probador y casi todas las tallas de Palm y Kokatat colgadas, así que puedes probártelos con calma; si vienes un lunes, avísanos antes y te preparamos los de tu talla.

Un saludo,
Sofía"""), tz=1),

    C("k29-martin-trip-photos", "en", "closed", {"customer-chased": 1},
      "Holly Martin <holly.martin@gmail.example>", "gmail", "Photos from Saturday's seal trip",
      "The reply describes how the gallery link is sent (process, not a promise); nine days later the customer chases and the head coach uploads them.",
      cu("11-02 12:30", """Hi,

We did the seal trip on Saturday with Callum and he said the photos would be emailed to us. Could you send them over? My mum is desperate to see the one of her with the seal pup.

Thanks,
Holly"""),
      ag("fiona", "11-02 14:00", """Hi Holly,

The photos go into an online gallery once the guide has sorted them, and the booking system emails everyone on the trip the link automatically - usually within a week of the trip.

Fiona"""),
      cu("11-11 19:20", """Hi Fiona,

Still no sign of the link, and it's been well over a week now. Have they been uploaded yet?

Holly""", chase=True),
      ag("callum", "11-12 08:30", """Hi Holly,

My fault - they were sitting on my laptop. They're up now: https://kittiwakekayaks.example/gallery/2026-10-31-seals?key=hm4471 (the seal pup one is number 23).

Callum""")),

    C("k30-chen-thermal-top", "en", "pending", {},
      "Wei Chen <wei.chen@gmail.example>", "gmail", "Chillcheater top in L?",
      "Price answered, size out of stock; 'I'll email you on Tuesday 24th' is still ahead at audit time.",
      cu("11-18 20:00", """Hi Priya,

Do you have the Reed Chillcheater Aquatherm top in size L? And what's the price?

Wei""", to="Priya Nair <priya@kittiwakekayaks.example>"),
      ag("priya", "11-19 10:30", """Hi Wei,

They're £79, but we're out of L at the moment - the next delivery is due on Monday. I'll email you on Tuesday 24th once they're in, and I'll put one aside for you.

Priya""", promises=[("11-24", None)])),

    C("k31-gomez-alquiler-sin-guia", "es", "pending", {"unanswered-question": 1},
      "Lucía Gómez <lucia.gomez@hotmail.example>", "android", "Alquiler sin guía en Semana Santa",
      "Spanish couple: unguided hire allowed (answered), but which documents prove their experience is answered with the price and the safety talk instead.",
      cu("11-15 22:10", """Hola, buenas noches.

Mi pareja y yo vamos a estar en Seahouses en Semana Santa. Tenemos bastante experiencia (hemos hecho travesías en Menorca y en la costa de Galicia). ¿Se pueden alquilar kayaks sin guía si se tiene experiencia? ¿Qué documentos tendríamos que traer para demostrarlo?

Gracias,
Lucía

Obtener Outlook para Android""", uq=1),
      ag("sofia", "11-16 10:00", """Hola, Lucía:

Sí, con experiencia en mar alquilamos sin guía. Son 60 £ por kayak y día, con todo el material de seguridad incluido, y antes de salir os damos una pequeña charla sobre mareas y zonas que conviene evitar.

Un saludo,
Sofía"""), tz=1),

    C("k32-thompson-club-paddles", "en", "closed", {},
      "Alan Thompson <treasurer@tynesidecanoeclub.example>", "thunderbird", "Club paddles - discount?",
      "Three questions answered inline under the quoted lines (a figure, 'Four.', 'Yes - send me the address'); the address follows and is confirmed; shipping plan is logistics.",
      cu("11-03 19:00", """Hi Priya,

The club's finally replacing its old paddles. A few questions:

Can you do a club discount on six Werner Cyprus paddles?
Do you have six in stock at 215cm?
Can the invoice be made out to the club rather than to me personally?

Thanks,
Alan Thompson
Treasurer, Tyneside Canoe Club"""),
      ag("priya", "11-04 10:00", """Hi Alan,

> Can you do a club discount on six Werner Cyprus paddles?

15 % for affiliated clubs: £357 each instead of £420.

> Do you have six in stock at 215cm?

Four. The other two are due on 10 December.

> Can the invoice be made out to the club rather than to me personally?

Yes - just send me the club's postal address.

Priya""", client="thunderbird", quote=False),
      cu("11-04 12:30", """Brilliant. The address is Tyneside Canoe Club, The Boathouse, Riverside Road, Newburn NE15 8ND. Happy to wait for all six.

Alan"""),
      ag("priya", "11-04 15:00", """Thanks Alan - ordered, and the invoice is made out to the club. All six will go out together when the last two land on the 10th.

Priya""")),

    C("k33-fischer-gutschein", "de", "closed", {},
      "Lena Fischer <lena.fischer@web.example>", "gmail_de", "Gutschein für meine Schwester",
      "German voucher: language of the voucher and PayPal answered; a 'hope all is well?' pleasantry.",
      cu("11-08 15:00", """Hallo zusammen,

ich hoffe, bei Ihnen an der Küste ist alles gut?

Meine Schwester wohnt in Newcastle und ich würde ihr gern einen Gutschein für einen Einsteigerkurs schenken. Gibt es den Gutschein auch auf Deutsch, oder nur auf Englisch? Und kann ich mit PayPal bezahlen?

Liebe Grüße
Lena"""),
      ag("katja", "11-09 09:00", """Hallo Lena,

eine deutsche Fassung haben wir leider nicht, aber ich schreibe Ihnen gern eine persönliche Widmung auf Deutsch auf die Karte - sagen Sie mir einfach, was draufstehen soll. Im Webshop können Sie mit Karte oder PayPal bezahlen.

Viele Grüße
Katja"""), tz=1),

    C("k34-richards-name-change", "en", "pending", {"unanswered-question": 1},
      "Owen Richards <owen.richards@yahoo.example>", "gmail", "Fwd: Booking confirmed: Intro to Sea Kayaking, Sat 5 Dec 2026",
      "HTML-only mail forwarding a booking confirmation (with its own '?' lines and a '?' URL); the name change is done, the health-form question is skipped.",
      cu("11-17 08:10", """Hi,

I can't make this one any more (work), but my brother Tom would love to go in my place. Can I change the name on the booking below to Tom Richards? Does he need to fill in a new health form, or does mine still count?

Thanks,
Owen

---------- Forwarded message ---------
From: Kittiwake Sea Kayaks <bookings@kittiwakekayaks.example>
Date: Tue, 13 Oct 2026 at 19:02
Subject: Booking confirmed: Intro to Sea Kayaking, Sat 5 Dec 2026
To: <owen.richards@yahoo.example>

Hi Owen,

Thanks for booking with Kittiwake Sea Kayaks!

Booking: KSK-4390
Session: Intro to Sea Kayaking, Saturday 5 December 2026, 10:00-13:00
Meet: The Boathouse, Harbour Road, Seahouses

What should I bring? See https://kittiwakekayaks.example/kit?booking=KSK-4390
Need to change your booking? Just reply to this email.

See you on the water!""", kind="html", uq=1),
      ag("fiona", "11-17 10:00", """Hi Owen,

All sorted - the booking is now in Tom's name (KSK-4390, Saturday 5 December, 10am), and there's no charge for the change. Hope work lets you come along another time.

Fiona""")),

    C("k35-obrien-expedition", "en", "pending", {"unanswered-question": 2},
      "Siobhan O'Brien <siobhan.obrien@gmail.example>", "gmail", "Five-day expedition in July",
      "Five questions in one long paragraph; experience, which boat and kit list are answered, camping logistics and the weather plan B are not.",
      cu("11-13 14:00", """Hi Callum,

I'm seriously considering the five-day Lindisfarne to Farnes expedition in July and I have a long list, sorry!

I've done my Sea Kayak Award and a fair bit of day paddling, but never more than two days in a row. Is that enough experience, or would you want me to do something else first? I'd also like to know how the camping works - do we carry everything in the boats, or is there a support vehicle? I've got my own boat (a Tiderace Xplore) but no idea whether the hatches are big enough for five days of food, so would you recommend hiring one of yours instead? What happens if the weather turns - do you have a plan B, and do we get anything back if days are lost? And finally, is there a kit list somewhere, so I can start gathering bits over the winter?

Thanks so much,
Siobhan""", to="Callum Reay <callum@kittiwakekayaks.example>", uq=2),
      ag("callum", "11-14 10:30", """Hi Siobhan,

Don't apologise - that's exactly the right kind of list.

Your Sea Kayak Award plus regular day trips is the level we ask for. The one thing I'd suggest is a couple of back-to-back days in the spring, so you know how your shoulders feel on day three. The Xplore is a proper expedition boat and will swallow five days of food easily, so bring it. The kit list is here: https://kittiwakekayaks.example/expeditions/kit-list.pdf

Callum""")),

    C("k36-lambert-derive", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Julien Lambert <julien.lambert@laposte.example>", "apple_fr", "Dérive bloquée - Valley Etain",
      "French skeg repair: 'je reviens vers vous d'ici jeudi avec un devis' kept the next Tuesday after 'je me permets de vous relancer'; the warranty question is never addressed.",
      cu("11-02 18:30", """Bonjour,

La dérive de mon kayak (un Valley Etain acheté chez vous en 2024) ne descend plus : le câble semble coincé dans la gaine. Est-ce que votre atelier peut la réparer, et combien cela coûterait-il à peu près ?

Et pourriez-vous me dire si la garantie couvre ce genre de panne ?

Cordialement,
Julien Lambert""", uq=1),
      ag("lea", "11-03 09:30", """Bonjour Julien,

Merci pour votre message. Je transmets les détails à Dougie, notre responsable d'atelier, et je reviens vers vous d'ici jeudi avec un devis.

Bien cordialement,
Léa""", promises=[("11-05", 4)]),
      cu("11-09 19:00", """Bonjour Léa,

Je me permets de vous relancer au sujet de la dérive : je n'ai toujours pas reçu le devis.

Cordialement,
Julien""", chase=True),
      ag("lea", "11-10 09:10", """Bonjour Julien,

Toutes mes excuses pour ce retard. D'après Dougie, il suffit de remplacer le câble et la gaine : comptez 65 £ pièces et main-d'œuvre, et environ une semaine d'atelier. Vous pouvez déposer le kayak à la boutique du jeudi au dimanche.

Bien cordialement,
Léa"""), tz=1),

    C("k37-price-kokatat-womens", "en", "closed", {},
      "Rachel Price <rachel.price@me.example>", "apple", "Women's drysuits",
      "A question the customer answers herself (opening hours), then a real one answered with sizes and ordering time.",
      cu("11-05 12:00", """Hello,

What time does the shop open on Saturdays? Actually, ignore that - just found it on your website.

Do you stock Kokatat drysuits in women's sizes? I'm 5'4" and have never found one that fits properly.

Rachel"""),
      ag("priya", "11-05 14:30", """Hi Rachel,

We carry the Kokatat Hydrus 3.0 in the women's cut in S and M, and can order XS and L in about five working days. Come and try the S and M - they're on the rail by the changing room.

Priya""")),

    C("k38-campbell-certificate", "en", "open", {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Fraser Campbell <fraser.campbell@gmail.example>", "gmail", "Sea Kayak Award certificate",
      "Missing certificate: 'I'll find out ... and get back to you' with no date and nothing after; the customer chases twice and is still waiting.",
      cu("11-10 08:15", """Hi Callum,

I passed my Sea Kayak Award assessment with you on 10 October but the certificate still hasn't turned up, and it's not showing on my British Canoeing profile either. Could you look into it?

Thanks,
Fraser"""),
      ag("callum", "11-10 12:00", """Hi Fraser,

Sorry about that. I'll find out what's happened to the paperwork and get back to you.

Callum""", promises=[("window", None)]),
      cu("11-13 09:00", """Hi Callum, any news on the certificate?

Fraser""", chase=True),
      cu("11-17 20:30", """Hi Callum,

I'm still waiting to hear about this. I need the certificate for a job application that closes at the end of the month, so I'd really appreciate an update.

Fraser""", chase=True, parent=3)),

    C("k39-kerr-primary-dbs", "en", "closed", {"unanswered-question": 1},
      "Moira Kerr <m.kerr@longhoughtonprimary.example>", "outlook", "Year 6 visit in June - DBS and parking",
      "Primary school: the DBS confirmation is answered (with an offer of the list), the minibus parking question is skipped.",
      cu("11-03 13:30", """Dear Helen,

We're hoping to bring our Year 6 class for a beach and paddling morning in June. Before I can take it to the head, I need two things:

Please could you confirm that all your instructors hold a current enhanced DBS check?

Is there somewhere near the harbour where our minibus can park for the morning? It's a 17-seater, so the normal bays are a bit tight.

Kind regards,
Moira Kerr
Year 6 teacher, Longhoughton Primary""", to="Helen Carr <helen@kittiwakekayaks.example>", uq=1),
      ag("helen", "11-03 16:00", """Dear Moira,

Yes - every member of our coaching team has an enhanced DBS check, renewed every three years, and I can send you a list with certificate numbers for your file if that helps.

Best regards,
Helen""")),

    C("k40-silva-reembolso", "es", "closed", {"missed-follow-up": 1},
      "Carmen Silva <carmen.silva@gmail.example>", "gmail_es", "Cancelación excursión 7 de noviembre",
      "Spanish cancellation: 'le confirmo el reembolso mañana' kept the following Monday; the 'if not, move it to spring?' alternative becomes moot.",
      cu("11-04 10:00", """Hola:

Reservé dos plazas para la excursión del 7 de noviembre (KSK-4463), pero mi marido se ha lesionado la espalda y no podremos ir. ¿Es posible cancelar y que nos devuelvan el dinero? Si no, ¿podríamos cambiarlo a primavera?

Gracias,
Carmen Silva"""),
      ag("sofia", "11-05 08:30", """Hola, Carmen:

Siento mucho lo de la espalda de su marido. Como avisa con más de 48 horas, en principio le corresponde el reembolso completo; tengo que confirmarlo con administración y le confirmo el reembolso mañana.

Un saludo,
Sofía""", promises=[("11-06", 3)]),
      ag("sofia", "11-09 11:00", """Hola, Carmen:

Perdone la espera. Ya está hecho: le hemos devuelto las 130 £ a la tarjeta con la que reservó. ¡Que se mejore su marido!

Un saludo,
Sofía""", parent=2), tz=1),

    C("k41-irving-incident-day", "en", "closed", {},
      "Tom Irving <tom.irving@gmail.example>", "gmail", "Incident management day 5 Dec",
      "Booking for two confirmed with a short practical note; thanks-only reply.",
      cu("11-08 20:00", """Hi Callum,

Is there still room on the Saturday 5 December coaching day (incident management)? If so, could you book me and my friend Jess Doyle onto it?

Tom"""),
      ag("callum", "11-09 08:30", """Hi Tom,

Two spaces left - they're yours now. Bring a packed lunch and a tow line if you have one.

Callum"""),
      cu("11-09 09:00", """Brilliant, thanks - see you then!

Tom""", thanks=True)),

    C("k42-henderson-hire-insurance", "en", "pending", {},
      "Paul Henderson <paul.henderson@hendersonlaw.example>", "owa", "Insurance for unguided hire",
      "Insurance question answered in other words ('You're covered by ours') with a link to the terms.",
      cu("11-16 12:00", """Hello,

Does the hire price include insurance, or do I need to arrange my own third-party cover before I take one of your boats out unguided?

Thanks,
Paul Henderson"""),
      ag("fiona", "11-16 14:10", """Hi Paul,

You're covered by ours: every unguided hire includes third-party liability, and damage to the boat itself is limited to the £150 deposit. Full terms: https://kittiwakekayaks.example/hire/terms#insurance

Fiona""")),

    C("k43-lindqvist-missing-items", "en", "pending", {"reopened": 1},
      "Maja Lindqvist <maja.lindqvist@gmail.example>", "gmail", "Order KS-5530 - missing items",
      "Missing leash sent and the ticket closed with a [Resolved] tag; twelve days later the customer replies in the same thread about a second missing item.",
      cu("11-05 09:30", """Hi,

My order KS-5530 arrived yesterday but the paddle leash was missing from the box. Could you send it on?

Thanks,
Maja"""),
      ag("priya", "11-05 11:00", """Hi Maja,

Sorry about that - the leash went out first class this morning. I'm closing this ticket now, but just reply if anything else is wrong.

Priya""", subject="[Resolved] RE: Order KS-5530 - missing items", closes=True),
      cu("11-17 19:00", """Hi Priya,

The leash arrived, thanks. But I've just noticed that the spare split paddle I ordered at the same time never came either - it's on the invoice. Could you check where it is?

Maja""", subject="Re: [Resolved] RE: Order KS-5530 - missing items"),
      ag("priya", "11-18 10:15", """Hi Maja,

You're right, and I'm sorry - it was out of stock when your order was packed and the note didn't get passed on. It came in yesterday and went out today, tracking number JD0002214587GB.

Priya""", subject="RE: [Resolved] RE: Order KS-5530 - missing items")),

    C("k44-adeyemi-afternoon", "en", "pending", {"unanswered-question": 1},
      "Tunde Adeyemi <tunde.adeyemi@gmail.example>", "gmail", "Saturday intro session",
      "Asked to move to the afternoon session, the agent answers what to wear and where to meet instead; the move is never addressed.",
      cu("11-17 18:40", """Hi,

I'm booked on the intro session this Saturday (21st) at 10am. Would it be possible to move me to the afternoon session instead? My train doesn't get into Chathill until 11:40.

What should I wear? I've got a wetsuit from surfing if that's any use.

Thanks,
Tunde""", uq=1),
      ag("fiona", "11-18 09:15", """Hi Tunde,

Your surf wetsuit is perfect - bring it, plus a warm fleece, a hat and old trainers you don't mind getting wet. We'll give you a cag and a buoyancy aid. The session meets at the boathouse on Harbour Road, a ten-minute walk from the bus stop.

See you Saturday,
Fiona""")),

    C("k45-morgan-which-course", "en", "closed", {},
      "Eleanor Morgan <eleanor.morgan@gmail.example>", "gmail", "Which course to start with?",
      "'He'll be in touch tomorrow' - the head coach writes the next day with a recommendation (promise kept by a colleague).",
      cu("11-03 10:00", """Hello,

I've done quite a bit of paddling on lakes and want to start going to sea, but I'm not sure which of your courses I should start with. Could someone advise?

Eleanor"""),
      ag("fiona", "11-03 11:20", """Hi Eleanor,

Good question - it depends a bit on what you've done already, so I've passed your email to Callum, our head coach. He'll be in touch tomorrow.

Fiona""", promises=[("11-04", 3)]),
      ag("callum", "11-04 17:30", """Hi Eleanor,

Fiona forwarded your note. If you're comfortable on lakes, skip the intro and go straight for the two-day Sea Kayak Start course - it covers tides, launching and landing in small surf, and rescues at sea. Next dates are 20-21 March and 17-18 April.

Callum""", parent=1)),

    C("k46-weber-angebot", "de", "closed", {"missed-follow-up": 1},
      "Stefan Weber <s.weber@weber-reisen.example>", "outlook_de", "Anfrage Kajakausflug für Reisegruppe",
      "German tour operator: 'ja, eigene Konditionen' answers the discount question; the offer promised 'bis Freitag' never comes and nobody chases.",
      cu("11-02 10:00", """Sehr geehrte Damen und Herren,

wir sind ein kleiner Reiseveranstalter aus Bremen und planen für Juni 2027 eine Northumberland-Rundreise für 12 Gäste. Gern würden wir einen halbtägigen Kajakausflug einbauen.

Können Sie uns ein Angebot für einen geführten Ausflug für 12 Personen schicken? Gibt es für Reiseveranstalter besondere Konditionen?

Mit freundlichen Grüßen
Stefan Weber
Weber Reisen GmbH"""),
      ag("katja", "11-02 14:00", """Sehr geehrter Herr Weber,

vielen Dank für Ihre Anfrage. Für Reiseveranstalter haben wir tatsächlich eigene Konditionen; ich stimme die Details mit unserer Gruppenleitung ab und schicke Ihnen das Angebot bis Freitag.

Mit freundlichen Grüßen
Katja Brandt""", promises=[("11-06", None)]), tz=1),

    C("k47-bell-gift-voucher", "en", "closed", {},
      "Margaret Bell <margaret.bell@gmail.example>", "gmail", "Gift voucher",
      "Grandmother asks whether a voucher covers pool sessions; answered with the junior rule. Same subject as k48, different customer.",
      cu("11-06 09:00", """Hello,

Can a gift voucher be used for the pool sessions as well as the sea trips? My grandson is only 11 and I think he'd rather start in the pool.

Margaret Bell"""),
      ag("fiona", "11-06 10:30", """Dear Margaret,

It can - vouchers work for anything we run, pool sessions included. Juniors from 8 are welcome in the pool as long as a parent or guardian stays poolside.

Fiona""")),

    C("k48-foster-gift-voucher", "en", "closed", {},
      "Dan Foster <dan.foster@icloud.example>", "iphone", "Gift voucher",
      "Same subject as k47 on the same day, a different customer: how to redeem a voucher, answered with where the code goes.",
      cu("11-06 13:15", """Hi, I've got a voucher from my work colleagues (code KW-80177). How do I use it to book? The website keeps asking for payment.

Dan

Sent from my iPhone"""),
      ag("fiona", "11-06 14:00", """Hi Dan,

At the payment step there's a "Have a voucher?" link just under the total - pop KW-80177 in there and the amount to pay drops to zero.

Fiona""")),

    C("k49-ross-christmas-trips", "en", "closed", {"slow-first-response": 1},
      "Alison Ross <alison.ross@gmail.example>", "gmail", "Trips over Christmas?",
      "Friday-evening question answered fully on Monday morning (slow first response).",
      cu("11-06 17:40", """Hi,

Are you running any guided trips over the Christmas holidays? We'll have family visiting from 27 December to 2 January and I'd love to get everyone out on the water. There'd be six of us, all adults.

Alison"""),
      ag("fiona", "11-09 09:00", """Hi Alison,

We are - there's a winter coastal paddle on 28 and 30 December and on New Year's Day (10am-1pm, weather permitting, drysuits provided). Six adults fit on any of them; New Year's Day tends to go first.

Fiona""")),

    C("k50-garnier-pagaie", "fr", "pending", {},
      "Thomas Garnier <thomas.garnier@gmail.example>", "gmail", "Pagaie Werner Shuna",
      "French customer (base64 body): stock and shipping to France answered with figures.",
      cu("11-18 21:00", """Bonjour,

J'ai cassé ma pagaie (une Werner Shuna, 220 cm) pendant mes vacances chez vous en septembre. Est-ce que vous en avez en stock, et pouvez-vous l'expédier en France ?

Merci et bonne soirée,
Thomas Garnier""", cte="base64"),
      ag("lea", "11-19 09:40", """Bonjour Thomas,

Nous avons deux Shuna en 220 cm (fibre de verre, 389 £). L'envoi en France est possible : 35 £ en colis suivi, 4 à 6 jours ouvrés, les éventuels frais de douane étant à régler à la réception.

Belle journée,
Léa"""), tz=1),

    C("k51-hussain-private-trip", "en", "closed", {},
      "Zara Hussain <zara.hussain@hussain-dental.example>", "outlook", "Private trip for our team",
      "Private trip questions answered; the customer's follow-up lost its threading headers (RE: subject only) and is answered too.",
      cu("11-02 11:00", """Hello,

We'd like to book a private guided trip for our practice team (8 people) in July. Do you do private trips, and is there a minimum number?

Zara Hussain
Practice Manager, Hussain Dental"""),
      ag("helen", "11-02 15:00", """Hi Zara,

Yes, any of our guided trips can be booked privately - the minimum is six people, so eight is fine. Private half-days are £70 a head.

Kind regards,
Helen"""),
      cu("11-03 09:20", """Thanks Helen. Could we have it on a Saturday, and would it be possible to bring our own picnic to eat on the beach afterwards?

Zara""", thread=False),
      ag("helen", "11-03 11:40", """Hi Zara,

Saturdays are fine, and a picnic is a lovely idea - there's a sheltered spot just up the beach from the boathouse, and you're welcome to our picnic benches.

Kind regards,
Helen""")),

    C("k52-pearson-age-limit", "en", "closed", {},
      "George Pearson <george.pearson@freeserve.example>", "oldclient", "Guided trips - age limit",
      "An old mail client sends no Message-ID; both questions (upper age limit, getting in and out with stiff knees) are answered.",
      cu("11-04 14:00", """Dear Sir or Madam,

I am 74 years of age and in reasonable health. I should like to know whether there is an upper age limit for your guided trips, and whether the boats are easy to get in and out of for someone with stiff knees.

Yours faithfully,
George Pearson""", msgid=False, note="George Pearson's question about an upper age limit (old mail client, no Message-ID)"),
      ag("fiona", "11-04 16:30", """Dear Mr Pearson,

There's no upper age limit - our oldest paddler this summer was 86. For anyone with stiff knees we use our wide, stable double kayaks and launch from the sandy beach, so you can sit in the boat before it floats, and a guide will help you in and out.

Kind regards,
Fiona""")),

    C("k53-quinn-winter-storage", "en", "pending", {"customer-chased": 1, "slow-first-response": 1, "unanswered-question": 1},
      "Aidan Quinn <aidan.quinn@icloud.example>", "iphone", "Winter storage for my kayak",
      "Storage question gets the acknowledgement only; 'Just checking in' six days later; the answer covers space and price but not insurance.",
      cu("11-10 18:00", """Hi,

Do you have space to store one more kayak over the winter? It's a 5.3m Valley Etain. What do you charge per month?

And would I need to insure it separately while it's with you?

Aidan

Sent from my iPhone""", uq=1),
      ack("11-10 18:01"),
      cu("11-16 12:30", """Just checking in on this - do you have space for one more boat over the winter? Otherwise I'll need to find somewhere else this week.

Aidan

Sent from my iPhone""", chase=True, parent=1),
      ag("priya", "11-16 15:00", """Hi Aidan,

Sorry for the slow reply. Yes, we've got rack space in the boat shed: £15 a month, November to March, and you can take it out any weekend if you fancy a paddle. Drop it in Thursday to Sunday between 10 and 4.

Priya""")),

    C("k54-taylor-dog", "en", "closed", {"unanswered-question": 1},
      "Jodie Taylor <jodie.taylor@gmail.example>", "gmail", "Seal trip 14 November",
      "Booking confirmed; the customer's follow-up question about leaving the dog gets only 'You're welcome - see you on the 14th!'.",
      cu("11-04 20:00", """Hi, could you book two of us on the seal trip on Saturday 14 November? Names are Jodie Taylor and Chris Lowe.

Jodie"""),
      ag("fiona", "11-05 08:45", """Hi Jodie,

Booked - two places on Saturday 14 November at 10am (KSK-4521). The confirmation comes separately from the booking system.

Fiona"""),
      cu("11-05 09:30", """Thanks! Oh - is there anywhere we could leave the dog while we're out? She's very good, just not a kayaker.

Jodie""", uq=1),
      ag("fiona", "11-05 10:00", """You're welcome - see you on the 14th!

Fiona""")),

    C("k55-hall-club-rescue-night", "en", "pending", {"unanswered-question": 2},
      "Steve Hall <secretary@alnwickpaddlers.example>", "outlook", "Club rescue-skills night - January",
      "A numbered list of four club requests; the date and the numbers limit are answered, the rescue boats and the treasurer's invoice are not.",
      cu("11-17 20:15", """Hi Callum,

Alnwick Paddlers would like to book you again for a club rescue-skills night in the new year. The committee's list:

1. Please book us in for Thursday 14 January, 7-9pm, same as last year.
2. Can you bring the two rescue-practice boats you had last time? Several members want to practise with a swamped double.
3. Please send the invoice to our treasurer, Ruth Allen (treasurer@alnwickpaddlers.example), not to me.
4. What's the maximum number of members you can coach in the pool at once?

Thanks,
Steve Hall
Secretary, Alnwick Paddlers""", to="Callum Reay <callum@kittiwakekayaks.example>", uq=2),
      ag("callum", "11-18 08:30", """Hi Steve,

Happy to - 14 January, 7-9pm is in the diary. With two coaches we can take up to 16 members in the water at once; beyond that it gets too crowded for rescues.

Callum""")),

    C("k56-vogel-faltboot", "de", "closed", {"unanswered-question": 1},
      "Martin Vogel <martin.vogel@gmx.example>", "gmail_de", "Reparatur Klepper-Faltboot",
      "German folding-kayak repair: yes and a price range, but whether to send it by freight or bring it in person is not answered.",
      cu("11-05 19:30", """Guten Abend,

ich habe ein altes Klepper-Faltboot (Aerius II, Baujahr 1987), bei dem die Haut an zwei Stellen undicht ist. Reparieren Sie auch Faltboote? Ich habe in Deutschland niemanden mehr gefunden, der das macht.

Könnten Sie mir außerdem sagen, ob ich das Boot per Spedition schicken kann oder ob ich es persönlich vorbeibringen muss?

Beste Grüße
Martin Vogel""", uq=1),
      ag("katja", "11-06 10:00", """Guten Tag Herr Vogel,

ja, unser Werkstattleiter Dougie repariert auch Faltboote - die Haut eines Aerius hat er diesen Sommer schon zweimal geflickt. Für zwei Stellen rechnen Sie bitte mit etwa 120 bis 160 £, je nach Zustand des Materials.

Viele Grüße
Katja Brandt"""), tz=1),

    C("k57-roux-seminaire", "fr", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Isabelle Roux <isabelle.roux@agence-roux.example>", "apple_fr", "Séminaire mai 2027 - demi-journée kayak",
      "French events agency: beginners reassured, the quote promised for 'demain' not sent by audit time, the coach transfer question ignored.",
      cu("11-16 11:00", """Bonjour Léa,

Notre agence organise un séminaire à Newcastle en mai 2027 pour 20 collaborateurs et nous aimerions proposer une demi-journée de kayak de mer le vendredi.

Pourriez-vous me faire parvenir un devis ? Les participants sont tous débutants : est-ce un problème ? Enfin, auriez-vous la possibilité d'organiser le transport en car depuis Newcastle, ou devons-nous nous en charger ?

Bien cordialement,
Isabelle Roux
Agence Roux Événements""", to="Léa Moreau <lea@kittiwakekayaks.example>", uq=1),
      ag("lea", "11-17 09:30", """Bonjour Isabelle,

Merci pour votre message ! Des débutants, c'est notre quotidien : nous les installons dans des kayaks doubles très stables et la sortie reste dans la baie abritée. Je prépare le devis avec Helen, notre responsable des groupes, et je vous l'envoie demain.

Bien cordialement,
Léa""", promises=[("11-18", None)]), tz=1),

    C("k58-irwin-rudder-cable", "en", "closed", {"missed-follow-up": 1},
      "Neil Irwin <neil.irwin@gmail.example>", "thunderbird", "Rudder cable for a Rockpool Taran",
      "'I'll come back to you early next week with a price and a date' said on a Thursday; nothing follows and the customer doesn't chase.",
      cu("11-05 09:00", """Hi Dougie,

The rudder cable on my Rockpool Taran has snapped at the pedal end. Can you get a replacement cable kit for it, and could you fit it if I drop the boat off?

Neil""", to="Dougie Armstrong <dougie@kittiwakekayaks.example>"),
      ag("dougie", "11-05 12:00", """Hi Neil,

Yes, we can fit it - it's about an hour's work. Rockpool cable kits aren't something we keep on the shelf, so let me check with the supplier and I'll come back to you early next week with a price and a date.

Dougie""", promises=[("11-10", None)])),

    C("k59-doyle-booking-form", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Karen Doyle <karen.doyle@riversidecollege.example>", "outlook", "Group booking form - BTEC group March",
      "Deposit question answered; the booking form promised 'by the end of the day' arrives two days later after the customer says she hasn't received it.",
      cu("11-16 10:00", """Hi Helen,

Following our phone call this morning, could you send me the group booking form for the BTEC outdoor group (14 students, 3-4 March)? I'd also like to know how much deposit you need to hold the dates.

Thanks,
Karen Doyle
Outdoor Education, Riverside College
Thinking about a career outdoors? https://riversidecollege.example/courses?subject=outdoor&src=email""", to="Helen Carr <helen@kittiwakekayaks.example>"),
      ag("helen", "11-16 12:30", """Hi Karen,

Lovely to speak to you. It's a 20 % deposit to hold the dates, with the rest due four weeks before. I'll send the booking form over by the end of the day.

Best regards,
Helen""", promises=[("11-16", 4)]),
      cu("11-18 09:15", """Hi Helen,

I don't seem to have received the booking form yet - could you send it again? Our trip approval meeting is on Friday.

Karen""", chase=True),
      ag("helen", "11-18 10:00", """Hi Karen,

Apologies - it never left my outbox. The form is attached; send it back whenever it's filled in.

Best regards,
Helen""", attach=[("application/pdf", "group-booking-form.pdf", FORM_PDF)])),
]

UNANSWERED: dict[str, list[str]] = {
    "k02-harwood-year9-day": [
        "Do the pupils need to be able to swim 50 metres, and is there a test on the day?",
        "I'd also be grateful if you could let me know whether wetsuits are provided or the pupils need to bring their own."],
    "k05-brauer-kurs-april": [
        "Gibt es in der Nähe eine Unterkunft, die Sie empfehlen können?"],
    "k06-farrow-summer-day": [
        "Please also send a copy of your public liability insurance certificate, our H&S team won't sign anything off without it."],
    "k08-pritchard-pool-winter": [
        "And is it OK to bring my own boat, or do we have to use yours?"],
    "k10-mcallister-hire-deposit": [
        "Also, could you tell me why there was a £10 admin fee on the booking?"],
    "k14-ridley-cetus-purchase": [
        "Could you deliver to Hexham, and what would that cost?",
        "Finally, do you offer any way of spreading the payment, like instalments?"],
    "k18-dubois-annulation": [
        "Pouvez-vous aussi m'envoyer une facture au nom de mon comité d'entreprise ?"],
    "k19-ortiz-scouts-bilbao": [
        "¿Tenéis furgoneta para recogernos en la estación de Berwick o tenemos que buscarnos la vida?"],
    "k27-mueller-rechnung-firma": [
        "Außerdem bräuchten wir für unsere Versicherung noch eine Teilnehmerliste mit den Unterschriften vom Tag."],
    "k31-gomez-alquiler-sin-guia": [
        "¿Qué documentos tendríamos que traer para demostrarlo?"],
    "k34-richards-name-change": [
        "Does he need to fill in a new health form, or does mine still count?"],
    "k35-obrien-expedition": [
        "I'd also like to know how the camping works - do we carry everything in the boats, or is there a support vehicle?",
        "What happens if the weather turns - do you have a plan B, and do we get anything back if days are lost?"],
    "k36-lambert-derive": [
        "Et pourriez-vous me dire si la garantie couvre ce genre de panne ?"],
    "k39-kerr-primary-dbs": [
        "Is there somewhere near the harbour where our minibus can park for the morning?"],
    "k44-adeyemi-afternoon": [
        "Would it be possible to move me to the afternoon session instead?"],
    "k53-quinn-winter-storage": [
        "And would I need to insure it separately while it's with you?"],
    "k54-taylor-dog": [
        "is there anywhere we could leave the dog while we're out?"],
    "k55-hall-club-rescue-night": [
        "Can you bring the two rescue-practice boats you had last time?",
        "Please send the invoice to our treasurer, Ruth Allen (treasurer@alnwickpaddlers.example), not to me."],
    "k56-vogel-faltboot": [
        "Könnten Sie mir außerdem sagen, ob ich das Boot per Spedition schicken kann oder ob ich es persönlich vorbeibringen muss?"],
    "k57-roux-seminaire": [
        "Enfin, auriez-vous la possibilité d'organiser le transport en car depuis Newcastle, ou devons-nous nous en charger ?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"KW-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=BOOKINGS, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", BOOKINGS),
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


def render(msgs: list[Msg]) -> None:
    """Give every message its Message-ID (none for a client that sends none) and its raw
    bytes, parents first (as :func:`mailcraft.render_corpus`, plus ``msgid=False``)."""
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
        if sum(1 for m in c.msgs if not m.message_id) != len({m.note for m in c.msgs if not m.message_id}):
            out.append(f"{c.name}: every message without Message-ID needs its own note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 33: Kittiwake Sea Kayaks - cases",
                                 "make_practice33_corpus.py", rows)


README = """# Practice corpus 33: Kittiwake Sea Kayaks support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Kittiwake Sea Kayaks**, a sea-kayak hire, guided-trip and coaching centre in
  Seahouses on the Northumberland coast: trip and course bookings, weather call-offs and
  cancellations, winter pool sessions, a kit shop (drysuits, paddles, boats), a repair
  workshop, gift vouchers, group bookings for schools, clubs and corporate days. Support
  address `bookings@kittiwakekayaks.example`; agents Fiona Robson (bookings and hire), Callum
  Reay (head coach), Priya Nair (shop and equipment), Dougie Armstrong (workshop), Helen Carr
  (groups, schools and corporate), Katja Brandt (German), Léa Moreau (French) and Sofía
  Ortega (Spanish), all `@kittiwakekayaks.example`. A helpdesk robot
  (`bookings@kittiwakekayaks.example`, `Auto-Submitted: auto-replied`) acknowledges a few
  tickets with "we will reply within one working day" - service-hours text, not a commitment.
- Customers are families, holiday-makers, club paddlers, teachers, office managers and tour
  operators on `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain kittiwakekayaks.example`.

```
python scripts/make_practice33_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice33_corpus.py --out /tmp/p33         # ... into another folder
python scripts/evaluate.py --corpus tests/practice33            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice33_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions. `CASES.md` is the generated per-case table; this README is
generated too (its figures are counted from the cases). Do not edit generated files; edit the
script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.

## Contents

{figures}

## What the corpus contains by design

Answered questions (not labelled) are answered in other words and shapes: several questions
in one paragraph out of order (k01, k04), a bare figure or "Four." inline under the quoted
question (k32), two bare links (k16), an attachment (k09's voucher PDF, k26's invoice, k23),
"You're covered by ours" for "do I need my own insurance?" (k42), "eine deutsche Fassung
haben wir leider nicht" for "Gibt es den Gutschein auch auf Deutsch?" (k33), a colleague
answering (k17, k45), a reply that settles a conditional alternative (k13 explicitly; k40's
"Si no, ¿podríamos cambiarlo a primavera?" becomes moot when the refund is granted).

Unanswered questions are the realistic kind: a secondary question skipped while the main one
is handled (k02, k05, k08, k14, k39, k53, k56), a request made in passing (k06's insurance
certificate, k18's invoice for the works council, k27's signed participant list, k55's
invoice to the treasurer), an answer to a neighbouring question (k44: asked to move to the
afternoon, told what to wear and where to meet; k31: asked which documents prove
experience, told the price and the safety talk), a question in a follow-up after the case
seemed done (k54), questions left beside a deferral (k19, k36, k57), two of five questions in
one long paragraph (k35), two of a numbered list of four (k55). A sentence that bundles two
questions ("What happens if the weather turns - do you have a plan B, and do we get anything
back if days are lost?") is one finding.

Not questions (must not be flagged): a rhetorical question and two self-answered ones (k11),
"What time does the shop open on Saturdays? Actually, ignore that" (k37), pleasantries ("How
are you all doing now the season's over?", "ich hoffe, bei Ihnen an der Küste ist alles
gut?"), the lines of a forwarded booking confirmation in an HTML-only mail ("What should I
bring? See https://...?booking=...", "Need to change your booking?", k34), agents'
signatures ("Tide times this week?", "Not sure which size?", `?` URLs), thanks-only mails
(k04, k09, k24, k41; k24's "I'll bring it over on Saturday" asks nothing), a customer's
out-of-office reply (k26), and a question in the customer's latest unanswered mail, which is
`awaiting-reply` territory (k12, k20, k38).

Commitments: kept on time (k24 "I'll send you an estimate tomorrow"), kept by a colleague
(k45 "He'll be in touch tomorrow"), kept late = missed (k03 "by Thursday", k06 "tomorrow",
k10 "by Friday", k15 "ich melde mich morgen", k36 "je reviens vers vous d'ici jeudi", k40 "le
confirmo el reembolso mañana", k59 "by the end of the day"), never kept (k19 "te escribo el
jueves sin falta", k38 no deadline = two-day window, k46 "bis Freitag", k57 "je vous
l'envoie demain", k58 "early next week" said on a Thursday = by Tuesday), and a deadline still
ahead at audit time (k30, Tuesday 24 November). Not commitments: delivery information (k07
"it should be with you tomorrow", k32 "All six will go out together when the last two land",
k43 tracking), a description of how the gallery link is sent (k29), refund timing ("Refunds
usually take 3-5 working days", k10), the acknowledgement's "we will reply within one working
day" (k12, k21, k23, k53). A question deferred with a promise counts only as that promise.

Chasing in varied wording and languages: "Any word on the timing?", "Still waiting to hear
about my deposit", "I haven't heard anything back", "Still no sign of the link", "any news on
the certificate?" and "I'm still waiting to hear about this" (k38, two findings), "Just
checking in on this", "I don't seem to have received the booking form yet - could you send it
again?", "ich warte immer noch auf Ihre Rückmeldung", "Je me permets de vous relancer", and a
resend of the same request as a new mail with the same subject (k23).

Status and timing: awaiting reply (k12, k20, k38), a fresh case inside the response target
with only the acknowledgement (k21), slow first responses (k23, k49 Friday evening answered on
Monday, k53), an explicit close "I'll mark this one as resolved" followed by a new request in
the thread (k22), a `[Resolved]` subject tag followed by a second missing item (k43), three
agents on one case (k17).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora client that sends no
Message-ID (k52); top-posted and inline replies; plain 7bit, quoted-printable, base64 (k50),
multipart/alternative (k16, acknowledgements) and HTML-only (k34); PDF and PNG attachments; a
Cc'd colleague and a References chain with a gap (k17); a follow-up that lost In-Reply-To and
References (k51); two customers with the same subject "Gift voucher" on the same day (k47,
k48); customers in UTC+1 writing in German, French and Spanish.

## Judgement calls

- **k13**: "If not, could I put the value towards a buoyancy aid ... instead?" - the agent
  grants the extension and says there is no need for shop credit (and offers the swap
  anyway): answered. **k40**: the "Si no, ..." alternative is moot once the refund is granted.
- **k17**: "Please invoice our Newcastle office" is answered by Helen ("The invoice will go to
  your Newcastle office") and done by Fiona; three agents replied, so `many-handoffs`.
- **k31**: "¿Se pueden alquilar kayaks sin guía ...?" is answered ("Sí, con experiencia en mar
  alquilamos sin guía"); the documents question gets the price and the briefing instead -
  labelled.
- **k35**: the reply answers experience, which boat and the kit list; the camping question and
  the bundled weather/plan-B/refund question are labelled (two findings).
- **k19, k36, k57**: the deferral covers the main request (availability and price, the repair
  quote, the quote); the other question in the same mail (station pick-up, warranty, coach
  transfer) is not touched by any reply and is labelled besides the broken promise.
- **k06**: the quote is the deferred request (promise kept late: missed); the insurance
  certificate request is never touched: labelled.
- **k10**: the admin-fee question is never explained: labelled; "Refunds usually take 3-5
  working days" is not a promise.
- **k38**: two chasing mails, two `customer-chased` findings; the promise had no date, so the
  two-day window applies.
- **k54**: "You're welcome - see you on the 14th!" does not answer where to leave the dog.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the figures counted from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    totals = Counter()
    for c in cases:
        totals.update(c.rules)
    lang_names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    asking = [c for c in cases if c.uq]
    figures = (
        f"{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox "
        f"({roles['customer']} customer mails and {roles['auto']} customer out-of-office reply), "
        f"{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. "
        f"{len(clean)} clean cases ({round(100 * len(clean) / len(cases))} %). Languages: "
        + ", ".join(f"{lang_names[k]} {n}" for k, n in langs.most_common())
        + f" ({round(100 * (len(cases) - langs['en']) / len(cases))} % not English). Statuses: "
        + ", ".join(f"{n} {k}" for k, n in statuses.most_common()) + ".\n\n"
        + "Expected findings: "
        + ", ".join(f"{r} {totals[r]}" + (f" (in {len(asking)} cases)" if r == "unanswered-question" else "")
                    + (f" (in {sum(1 for c in cases if c.rules.get(r))} cases)" if r == "customer-chased" else "")
                    for r in RULES if totals[r]) + ".")
    return README.replace("{figures}", figures)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.kittiwakekayaks.example")
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
    if sum(1 for p in inbox + sent if p["Message-ID"] is None) > 1:
        found.append("more than one message without Message-ID")
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
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice33 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
