#!/usr/bin/env python3
"""Regenerate ``tests/practice38/``: a labelled corpus of Ashgrove Hearing support mail.

A support mailbox of a fictional independent hearing-aid clinic and online shop in Maldon,
Essex (hearing tests, fittings and trial periods, repairs and loan aids, batteries, domes,
wax filters and chargers, home visits, NHS versus private, insurance and health-cash-plan
claims), written without looking at the detection heuristics. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``ashgrovehearing.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is, with its statistics computed here.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions it
asks). The script recomputes status and every rule count from those facts and the dates, and
refuses to write when they disagree with the hand-written case labels, or when a labelled
question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice38_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "ashgrovehearing.example"
SUPPORT = "Ashgrove Hearing <support@ashgrovehearing.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice38"

AGENTS = {
    "priya": ("Priya Nandakumar <priya@ashgrovehearing.example>", "outlook", """Priya Nandakumar MSc RHAD
Lead Audiologist | Ashgrove Hearing
14 Market Hill, Maldon CM9 4PZ | 01632 960 412
New to hearing aids? Our first-month guide: https://ashgrovehearing.example/first-month?src=sig"""),
    "callum": ("Callum Reid <callum@ashgrovehearing.example>", "thunderbird", """-- 
Callum Reid
Online Shop & Orders | Ashgrove Hearing
Reorder batteries in two clicks: https://ashgrovehearing.example/shop/batteries?utm_source=email&utm_medium=sig"""),
    "fiona": ("Fiona Marsh <fiona@ashgrovehearing.example>", "owa", """Fiona Marsh
Repairs, Aftercare & Home Visits | Ashgrove Hearing

This email and any attachments are confidential. If you have received it in error, please
let us know and delete it. Ashgrove Hearing Ltd, registered in England and Wales no. 08812345."""),
    "debs": ("Debs Okafor <debs@ashgrovehearing.example>", "apple", """Debs Okafor
Reception & Appointments | Ashgrove Hearing
Need to change an appointment? Call 01632 960 412 or visit https://ashgrovehearing.example/book?ref=mail"""),
    "martin": ("Martin Kessler <martin@ashgrovehearing.example>", "thunderbird_de", """-- 
Martin Kessler
Hörakustiker | Kundenbetreuung auf Deutsch
Ashgrove Hearing, Maldon (UK) | https://ashgrovehearing.example/de?ref=signatur"""),
    "elise": ("Élise Garnier <elise@ashgrovehearing.example>", "apple_fr", """Élise Garnier
Audioprothésiste | Service client en français
Ashgrove Hearing - https://ashgrovehearing.example/fr?utm_source=email"""),
    "lucia": ("Lucía Benítez <lucia@ashgrovehearing.example>", "gmail_es", """--
Lucía Benítez
Atención al paciente en español | Ashgrove Hearing
+44 1632 960 419"""),
}

ACK = """Hello,

Thanks for contacting Ashgrove Hearing. This is an automatic message to let you know
that your email has reached us (reference {ref}).

Our team answers email Monday to Friday, 9am to 5pm, and we will reply within one
working day. If your hearing aid has stopped working and you have an appointment
today, please ring reception on 01632 960 412.

Ashgrove Hearing
https://ashgrovehearing.example/help?case={ref}"""

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
    "helpdesk": ["X-Mailer: Ashgrove Helpdesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ah.", outlook_server="AM6PR08")
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

RECEIPT_PDF = mailcraft.pdf(["Ashgrove Hearing Ltd - Itemised receipt R-25-0418",
                             "Patient: Mrs P. Ferrante   Date of supply: 14 April 2025",
                             "2 x receiver-in-canal hearing aids, rechargeable  GBP 2,390.00",
                             "Serial numbers: L 2514-30917  R 2514-30922"])
AUDIOGRAM_PDF = mailcraft.pdf(["Ashgrove Hearing - Audiogram summary",
                               "Patient: Mrs P. Ferrante   Test date: 2 April 2025",
                               "Bilateral mild-to-moderate sensorineural loss, sloping",
                               "Audiologist: P. Nandakumar, HCPC registered"])
REPLACEMENT_PDF = mailcraft.pdf(["Ashgrove Hearing - Presupuesto de reposicion",
                                 "Paciente: Dolores Pardo",
                                 "1 audifono derecho, mismo modelo, programado  GBP 1,195.00",
                                 "Valido 60 dias"])
INVOICE_PDF = mailcraft.pdf(["Ashgrove Hearing Ltd - Invoice 25-0311",
                             "Mr J. Vance, 9 Fullbridge Wharf, Maldon",
                             "2 x hearing aids supplied 11 March 2025  GBP 2,690.00",
                             "Serial numbers: L 2510-77120  R 2510-77124"])
QUOTE_PDF = mailcraft.pdf(["Ashgrove Hearing - Quotation Q-1112-07 for Mrs S. Kirkwood",
                           "Option A: rechargeable RIC pair, 4-year warranty  GBP 2,690",
                           "Option B: size 312 battery RIC pair, 4-year warranty  GBP 2,390",
                           "Both include 30-day trial and aftercare for the life of the aids"])
HSA_RECEIPT_PDF = mailcraft.pdf(["Ashgrove Hearing Ltd - Invoice 25-0917",
                                 "Mr D. Mayhew - hearing aid fitting 17 September 2025",
                                 "2 x RIC hearing aids  GBP 2,190.00",
                                 "Paid in full by card"])
CORD_PNG = mailcraft.png(10, 8, lambda x, y: (90 + 12 * x, 90 + 6 * y, 80))
MOULD_PNG = mailcraft.png(8, 8, lambda x, y: (230, 200 - 10 * y, 180 - 8 * x))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("ah01-pettifer-trial", "en", "closed", {},
      "Gordon Pettifer <gordon.pettifer@example.com>", "gmail", "Trial period before buying",
      "Three trial questions in one paragraph (length, refund, two makes) answered out of order in the audiologist's own words.",
      cu("11-02 09:12", """Hello,

My GP has finally talked me into doing something about my hearing, and a neighbour recommended your clinic. Before I book anything I'd like to understand how the trial works. How long do I get to try the aids at home? If they don't suit me, do I get all my money back, or is there a fitting fee that you keep? I was also wondering whether I could try two different makes one after the other, because my brother-in-law swears by one brand and my neighbour by another.

Regards,
Gordon Pettifer"""),
      ag("priya", "11-02 14:40", """Dear Mr Pettifer,

Thank you for getting in touch - and well done your GP.

Trying two makes is no problem at all; plenty of people do, and we simply swap them over at a short follow-up appointment. The trial runs for 30 days from the day of the fitting. If you decide against the aids you receive a full refund apart from the £60 hearing assessment, and you keep your audiogram whatever you decide.

When you're ready, Debs on reception can book the assessment for you.

Kind regards,
Priya""")),

    C("ah02-tolley-jersey", "en", "closed", {"unanswered-question": 1},
      "Margaret Tolley <m.tolley@example.org>", "outlook", "Batteries and standing order",
      "Battery order and a change of standing-order interval handled; the question about posting to Jersey for the winter is skipped; thanks-only close.",
      cu("11-03 10:05", """Good morning,

Please send me another four packs of the size 312 batteries (the brown tab ones) on my usual account. I would also like to change my standing order so that it comes every three months instead of every two, as I am not getting through them as quickly as I expected.

My daughter lives in St Helier and I shall be staying with her from December until the end of February. Do you post to Jersey, and if so is there an extra charge?

Many thanks
Margaret Tolley""", uq=1),
      ag("callum", "11-03 13:20", """Dear Mrs Tolley,

Four packs of 312s went out with Royal Mail this afternoon. I've also changed your standing order to every three months, so the next one is due at the start of February.

Best wishes,
Callum"""),
      cu("11-03 15:02", """Thank you Callum, that's very kind.

Margaret Tolley""", thanks=True)),

    C("ah03-bellamy-nhs-or-private", "en", "pending", {},
      "Rhys Bellamy <rhys.bellamy@example.net>", "thunderbird", "NHS or private?",
      "Three questions inside a long paragraph (NHS vs private, waiting list, test first) answered inline under each quoted question.",
      cu("11-16 19:40", """Hi,

I'm 58 and over the last year I've noticed that I struggle in meetings and in restaurants, and my wife says the TV is far too loud (she may have a point). I've read that I could get hearing aids free on the NHS, so I'm a bit unsure why I'd pay privately - what's actually the difference, apart from the price? Is the waiting list for an NHS referral round here still months long? And can I have a hearing test with you first and then decide which route to take, or do you only test people who go on to buy from you?

Thanks in advance,
Rhys"""),
      ag("priya", "11-17 09:10", """Hi Rhys,

Happy to help - I've answered under each of your questions.

> I've read that I could get hearing aids free on the NHS, so I'm a bit unsure why I'd pay privately - what's actually the difference, apart from the price?

NHS aids are perfectly good behind-the-ear instruments, but the choice of models is small and the appointments are less flexible. Privately you can choose smaller or rechargeable styles and phone streaming, and you see the same audiologist every time.

> Is the waiting list for an NHS referral round here still months long?

At Broomfield it's currently about 14 weeks from the GP's referral to the fitting.

> And can I have a hearing test with you first and then decide which route to take, or do you only test people who go on to buy from you?

Of course you can. You leave with your audiogram and a written summary, and you're free to take them to your GP.

Best wishes,
Priya""", quote=False)),

    C("ah04-stannard-charger", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Beryl Stannard <beryl.stannard@example.com>", "iphone", "Charger not working",
      "Warranty question answered; 'I'll come back to you early next week' (said Thursday) kept only the next Friday after an 'any news?' chase.",
      cu("11-05 08:30", """Hello,

My charging case has stopped working. The lights come on for a second and then go off, and the aids are flat in the morning. I've tried a different plug and a different socket. Is this something you can fix or do I need a new charger? They're only 14 months old so I assume it's still under warranty?

Beryl

Sent from my iPhone"""),
      ag("fiona", "11-05 12:15", """Dear Beryl,

I'm sorry to hear that. It does sound like the charging case rather than the aids, and at 14 months you are well inside the three-year manufacturer's warranty, so there will be nothing to pay.

Let me check with the manufacturer's repair team whether they'll swap the case straight away or want the old one back first, and I'll come back to you early next week.

Kind regards,
Fiona""", promises=[("11-10", 4)]),
      cu("11-12 09:05", """Hello Fiona,

Any news on the charger? I've been without my aids for a week now, which is not ideal with the grandchildren visiting.

Beryl

Sent from my iPhone""", chase=True),
      ag("fiona", "11-13 15:30", """Dear Beryl,

I'm so sorry for the wait. The manufacturer has agreed to replace the charging case under warranty, and a new one went to you today by Special Delivery, together with a prepaid bag for the old one.

Kind regards,
Fiona""")),

    C("ah05-oyelaran-home-visit", "en", "closed", {},
      "Hannah Oyelaran <hannah.oyelaran@example.org>", "apple", "Home visit for my mother",
      "A daughter asks about a home visit for her mother (area, cost, may she attend); all answered in one reply with a slot; she confirms with thanks.",
      cu("11-04 11:00", """Hello,

I'm writing on behalf of my mother, Mrs Edna Fairweather, who is 93 and doesn't leave the house much these days. Her hearing aids whistle constantly and she has stopped wearing them.

Do you do home visits in Wickham Bishops? If so, what does a visit cost, and would it be all right for me to be there? I work from home on Mondays and Fridays.

Thanks,
Hannah"""),
      ag("debs", "11-04 14:30", """Dear Hannah,

Wickham Bishops is on our home-visit round, and you'd be very welcome to be there - it often helps. Fiona could see your mother on Friday 13 November at 10:30. The visit is £45, which covers the check, a clean and any new tubes or domes she needs.

Kind regards,
Debs"""),
      cu("11-04 15:10", """Friday the 13th at 10:30 is perfect, I'll be there. Thank you so much!

Hannah""", thanks=True)),

    C("ah06-achterberg-tea", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Desmond Achterberg <d.achterberg@example.net>", "outlook", "Aid dropped in tea",
      "Repairability and a cost range answered, the repair quote promised 'by Thursday' never sent; the leaflet request is ignored.",
      cu("11-09 08:10", """Hi,

I dropped my left aid into a cup of tea on Saturday (don't ask). It still makes a noise but it's very faint. It's about five years old - I bought the pair from you in 2021.

Can it be repaired, or is it time for new ones? Roughly what would a repair cost? Also please could you send me the leaflet on the new rechargeable models, I might as well have a look.

Desmond""", uq=1),
      ag("fiona", "11-09 11:45", """Hi Desmond,

Tea is a new one on me! Please pop the aid in the padded bag and post it to our freepost address below. An out-of-warranty repair of that age is usually between £150 and £220, and the workshop will tell us whether it's worth doing. I'll send you the actual repair quote by Thursday.

Freepost ASHGROVE HEARING, Maldon CM9 4PZ

Regards,
Fiona""", promises=[("11-12", None)])),

    C("ah07-chaudry-domes", "en", "closed", {"unanswered-question": 1},
      "Imran Chaudry <imran.chaudry@example.com>", "gmail", "Domes / filters / PayPal",
      "A numbered list of three items: dome size and PayPal answered, the wax-filter request is not.",
      cu("11-10 20:15", """Hi there,

Couple of things for my Oticon aids please:

1. I've run out of domes. Are mine the 8mm or the 10mm open ones? I can't remember what you fitted.
2. Please also send a pack of the wax filters (the little white ProWax ones).
3. Can I pay by PayPal on the website? It only seems to offer card.

Thanks
Imran""", uq=1),
      ag("callum", "11-11 09:40", """Hi Imran,

Your record says 8mm open, so two packs of those are in today's post. PayPal is back on the checkout now - it dropped off for a few days last week, sorry about that.

Cheers,
Callum""")),

    C("ah08-ferrante-cash-plan", "en", "pending", {},
      "Pauline Ferrante <pauline.ferrante@example.org>", "owa", "Health cash plan claim",
      "Receipt with serial numbers and audiogram requested and a form question; answered with two PDF attachments and one line.",
      cu("11-17 10:30", """Hello,

I'm claiming back part of the cost of my hearing aids through my health cash plan. They need an itemised receipt showing the date of purchase and the serial numbers, and a copy of my hearing test results. Could you email those to me?

They have also sent a form with a section for the "practitioner" to sign. Is that something you can do if I post it to you?

Many thanks,
Pauline Ferrante"""),
      ag("debs", "11-17 13:05", """Dear Pauline,

Both attached - the serial numbers are at the bottom of the receipt. Priya signs these forms all the time, so do post it to us with a stamped addressed envelope.

Kind regards,
Debs""", attach=[("application/pdf", "receipt-R-25-0418.pdf", RECEIPT_PDF),
                 ("application/pdf", "audiogram-summary.pdf", AUDIOGRAM_PDF)])),

    C("ah09-ashworth-reschedule", "en", "open", {"awaiting-reply": 1},
      "Colin Ashworth <colin.ashworth@example.com>", "gmail", "Moving my fitting",
      "Fitting moved; the customer picks a slot and asks about parking, and nobody replies (awaiting reply, not unanswered).",
      cu("11-11 08:50", """Hi,

I'm booked in for my fitting on Tuesday 17th at 11 but I've been called for jury service that week. Could we move it to the following week? Any morning is fine.

Colin"""),
      ag("debs", "11-11 10:30", """Hi Colin,

No problem at all. I can offer Monday 23rd at 9:30 or Wednesday 25th at 11:15 - which would you prefer?

Best,
Debs"""),
      cu("11-18 19:20", """Wednesday 25th at 11:15 please. Is there parking at the clinic now, or is it still the pay and display on Station Road?

Colin""")),

    C("ah10-moncrieff-rechargeable", "en", "closed", {"unanswered-question": 2},
      "Sheila Moncrieff <sheila.moncrieff@example.net>", "thunderbird", "Rechargeable aids - questions",
      "Four bulleted questions; the reply gives real-life battery life and the price difference, and skips camping and part exchange.",
      cu("11-05 14:00", """Dear Ashgrove team,

I had my assessment with Priya last month and she recommended rechargeable aids. A few questions before I commit:

- How long does a charge actually last in real life, not on the box?
- What happens if I go camping for a week with no electricity? (My husband insists we will.)
- How much more are the rechargeables than the ones that take batteries?
- Do you take old aids in part exchange? I have a pair from 2017 in a drawer.

Yours,
Sheila Moncrieff""", uq=2),
      ag("priya", "11-06 09:15", """Dear Sheila,

Most of my patients get a full day and evening out of a charge - 16 to 20 hours, a little less if you stream a lot of phone calls. The rechargeable version of the model we discussed is £300 more for the pair (£2,690 rather than £2,390).

Best wishes,
Priya""")),

    C("ah11-rudd-weekend", "en", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Tony Rudd <tony.rudd@example.com>", "android", "Right aid gone quiet",
      "Friday-afternoon mail, acknowledgement, Monday 'just following up'; the reply books an appointment and explains, but the drying-capsules request is dropped.",
      cu("11-13 15:40", """Hi my right aid has gone quiet since yesterday. Changed the wax guard and the battery, still quiet. What else can I try? Can you fit me in next week? And I need a new pack of the drying capsules for the dry box.

Tony

Get Outlook for Android""", uq=1),
      ack("11-13 15:41"),
      cu("11-16 08:05", """Hi just following up on Friday's email, still no sound from the right aid.

Tony

Get Outlook for Android""", chase=True),
      ag("debs", "11-16 10:20", """Hi Tony,

Sorry for the wait - the inbox isn't checked at weekends. If a new wax guard and battery haven't fixed it, the tube is most likely blocked with moisture, which Fiona can clear in ten minutes. I've booked you in on Wednesday 18th at 2:40pm.

Best,
Debs""")),

    C("ah12-carver-tinnitus", "en", "closed", {},
      "Judith Carver <judith.carver@example.org>", "apple", "Tinnitus",
      "One question answered with a link and a price; the customer's signature carries a '?' URL; acknowledgement in between.",
      cu("11-12 21:10", """Hello,

Do you offer anything for tinnitus? Mine has got a lot worse since the summer and it's keeping me awake.

Judith Carver
Bookings secretary, Little Baddow Village Hall
https://lbvh.example.org/book?ref=email"""),
      ack("11-12 21:11"),
      ag("priya", "11-13 08:50", """Dear Judith,

We do - have a look at https://ashgrovehearing.example/tinnitus and, if it sounds helpful, Debs can book you a tinnitus consultation (45 minutes, £75).

Kind regards,
Priya""")),

    C("ah13-pfleiderer-oesterreich", "de", "closed", {"unanswered-question": 1},
      "Ingrid Pfleiderer <ingrid.pfleiderer@posteo.example>", "gmail_de", "Batterien nach Österreich",
      "Austrian customer: shipping to Austria and a subscription answered, the invoice to her new address (asked in passing) ignored; thanks-only close.",
      cu("11-04 18:30", """Sehr geehrte Damen und Herren,

ich habe im Sommer in Ihrem Onlineshop Batterien der Größe 13 bestellt und war sehr zufrieden. Inzwischen wohne ich wieder in Salzburg. Liefern Sie auch nach Österreich? Und gibt es die Batterien im Abo, z. B. alle drei Monate?

Außerdem bräuchte ich für die letzte Bestellung (Nr. 48813) eine Rechnung auf meine neue Adresse: Linzer Gasse 22, 5020 Salzburg.

Mit freundlichen Grüßen
Ingrid Pfleiderer""", uq=1),
      ag("martin", "11-05 09:10", """Sehr geehrte Frau Pfleiderer,

vielen Dank für Ihre Nachricht. Wir versenden in alle EU-Länder; nach Österreich brauchen die Pakete etwa fünf Werktage, der Versand kostet 6,90 €. Ein Abo legen Sie direkt im Shop unter „Regelmäßig liefern" an - alle 1, 2, 3 oder 6 Monate, jederzeit kündbar.

Mit freundlichen Grüßen
Martin Kessler"""),
      cu("11-05 19:45", """Vielen Dank, Herr Kessler, das hat mir sehr geholfen!

Ingrid Pfleiderer""", thanks=True), tz=1),

    C("ah14-dreher-kostenvoranschlag", "de", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Wolfgang Dreher <wolfgang.dreher@example.net>", "outlook_de", "Reparatur rechtes Hörgerät",
      "German expat: loan aid arranged, 'ich melde mich bis Freitag mit dem Kostenvoranschlag' kept only on Tuesday after 'gibt es schon etwas Neues?'; the request to turn up the loaner is skipped.",
      cu("11-09 10:00", """Hallo Herr Kessler,

mein rechtes Hörgerät (ca. 4 Jahre alt) rauscht seit ein paar Tagen sehr stark, vor allem draußen bei Wind. Ich habe es heute früh bei Ihnen am Empfang abgegeben.

Können Sie mir sagen, was eine Reparatur ungefähr kostet? Und bekomme ich in der Zwischenzeit ein Leihgerät?

Viele Grüße
Wolfgang Dreher"""),
      ag("martin", "11-10 08:45", """Hallo Herr Dreher,

das Gerät liegt bei uns in der Werkstatt. Ein Leihgerät ist schon auf Ihre Werte eingestellt, Sie können es ab morgen am Empfang abholen. Was die Reparatur kostet, kann ich erst nach der Prüfung sagen - ich melde mich bis Freitag mit dem Kostenvoranschlag.

Viele Grüße
Martin Kessler""", promises=[("11-13", 4)]),
      cu("11-17 09:30", """Hallo Herr Kessler,

gibt es schon etwas Neues wegen des Kostenvoranschlags? Ich habe bisher nichts gehört. Und könnten Sie das Leihgerät etwas lauter einstellen? Im Gespräch verstehe ich damit deutlich schlechter als mit meinem eigenen.

Viele Grüße
Wolfgang Dreher""", chase=True, uq=1),
      ag("martin", "11-17 14:20", """Hallo Herr Dreher,

entschuldigen Sie bitte, dass es so lange gedauert hat. Der Kostenvoranschlag liegt jetzt vor: Mikrofon und Gehäuseoberschale müssen getauscht werden, zusammen 185 £. Soll die Werkstatt das so machen? Dann wäre Ihr Gerät Ende nächster Woche wieder da.

Viele Grüße
Martin Kessler""")),

    C("ah15-albrecht-hoertest", "de", "closed", {},
      "Stefan Albrecht <s.albrecht@mailbox.example>", "thunderbird_de", "Hörtest für meine Mutter im Dezember",
      "A son in Germany asks about a hearing test for his mother in Maldon (date, duration, cost); all answered, he books, booking confirmed.",
      cu("11-10 19:45", """Guten Abend,

meine Mutter (81) lebt in Maldon und hört seit einiger Zeit schlecht, will aber nicht zum Arzt. Ich besuche sie über Weihnachten. Könnten wir in der Woche ab dem 21. Dezember einen Hörtest bei Ihnen machen? Wie lange dauert so ein Termin, und was kostet er?

Meine Mutter spricht übrigens Englisch, ich schreibe nur auf Deutsch, weil es mir leichter fällt.

Viele Grüße
Stefan Albrecht"""),
      ag("martin", "11-11 09:30", """Guten Tag Herr Albrecht,

das ist gar kein Problem, ich übernehme den Termin gern selbst. Am 22. und 23. Dezember sind noch Zeiten frei, zum Beispiel am 22.12. um 10:00 Uhr. Der Termin dauert etwa eine Stunde und kostet 60 £; entscheidet sich Ihre Mutter danach für Hörgeräte, wird der Betrag angerechnet.

Soll ich den 22. für Sie reservieren?

Viele Grüße
Martin Kessler"""),
      cu("11-11 20:10", """Ja, bitte den 22. um 10 Uhr, auf den Namen Hilde Albrecht. Vielen Dank!

Stefan Albrecht"""),
      ag("martin", "11-12 08:40", """Erledigt - Frau Hilde Albrecht ist am 22.12. um 10:00 Uhr eingetragen. Wir freuen uns auf Sie beide.

Viele Grüße
Martin Kessler"""), tz=1),

    C("ah16-holzapfel-hausbesuch", "de", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Renate Holzapfel <renate.holzapfel@example.com>", "gmail_de", "Hausbesuch in Danbury?",
      "Home-visit request after a stroke, acknowledgement only, 'ich warte immer noch auf eine Rückmeldung' two days later; no human reply.",
      cu("11-16 11:15", """Guten Tag,

mein Mann ist nach einem Schlaganfall bettlägerig und kann nicht mehr in die Praxis kommen. Seine Hörgeräte müssten dringend gereinigt und neu eingestellt werden. Machen Sie auch Hausbesuche in Danbury?

Mit freundlichen Grüßen
Renate Holzapfel"""),
      ack("11-16 11:16"),
      cu("11-18 16:40", """Guten Tag,

ich habe Ihnen am Montag geschrieben (siehe unten) und warte immer noch auf eine Rückmeldung wegen des Hausbesuchs. Es ist wirklich dringend, mein Mann versteht im Moment fast nichts.

Renate Holzapfel""", chase=True)),

    C("ah17-berthelot-essai", "fr", "closed", {},
      "Chantal Berthelot <chantal.berthelot@orange.example>", "apple_fr", "Période d'essai",
      "French customer living locally: when the 30-day trial starts and whether adjustments are free; both answered.",
      cu("11-03 09:20", """Bonjour,

Je suis française et j'habite à Chelmsford depuis peu. J'ai fait un test auditif chez vous la semaine dernière avec Priya, qui m'a dit que je pouvais vous écrire en français.

Je voudrais savoir si la période d'essai de 30 jours commence le jour de l'appareillage ou le jour de la commande. Et est-ce que je peux revenir pour un réglage pendant l'essai sans frais ?

Merci d'avance,
Chantal Berthelot"""),
      ag("elise", "11-03 11:40", """Bonjour Madame Berthelot,

Les 30 jours comptent à partir de l'appareillage, pas de la commande. Pendant toute cette période, les réglages sont compris : vous pouvez revenir autant de fois qu'il le faut.

Bien cordialement,
Élise Garnier""")),

    C("ah18-dewaele-belgique", "fr", "closed", {"unanswered-question": 1},
      "Marc Dewaele <marc.dewaele@skynet.example>", "gmail", "Commande piles 675",
      "Belgian customer: delivery to Belgium, cost and the order answered with a payment link; the invoice in his company's name is not mentioned.",
      cu("11-09 13:05", """Bonjour,

Je souhaiterais commander 10 plaquettes de piles 675 pour mes appareils (modèle puissant). Je voudrais savoir si vous livrez en Belgique, et dans ce cas combien coûte l'envoi.

Merci de m'envoyer aussi une facture au nom de ma société, Dewaele Menuiserie SRL, TVA BE0478.112.904.

Cordialement,
Marc Dewaele""", uq=1),
      ag("elise", "11-09 15:30", """Bonjour Monsieur Dewaele,

Oui, nous livrons en Belgique : comptez 7,50 € de frais de port et 4 à 6 jours ouvrés. Les 10 plaquettes de piles 675 font 38 € ; vous pouvez régler par carte avec le lien ci-dessous, et le colis part le jour même.

https://ashgrovehearing.example/pay?ref=DW-675-10

Bien cordialement,
Élise Garnier"""), tz=1),

    C("ah19-lacroix-relance", "fr", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Bernadette Lacroix <b.lacroix@example.net>", "apple_fr", "Appareil gauche qui s'éteint",
      "Warranty answered, repair time deferred with 'je reviens vers vous d'ici mardi', kept only after 'Je me permets de vous relancer'; her Saturday pick-up question is ignored.",
      cu("11-05 10:00", """Bonjour Élise,

Mon appareil gauche s'éteint tout seul plusieurs fois par jour depuis une semaine. Je l'ai déposé à la clinique mardi.

Pourriez-vous me dire s'il est encore sous garantie ? Il a été acheté en mars 2024. Et combien de temps dure une réparation en général ?

Merci,
Bernadette Lacroix"""),
      ag("elise", "11-05 14:10", """Bonjour Madame Lacroix,

Votre appareil est garanti jusqu'en mars 2027, la réparation ne vous coûtera donc rien. Je transmets votre dossier à notre atelier et je reviens vers vous d'ici mardi avec le délai exact.

Bien cordialement,
Élise""", promises=[("11-10", 4)]),
      cu("11-16 09:40", """Bonjour Élise,

Je me permets de vous relancer : je n'ai pas eu de nouvelles de l'atelier depuis votre message de jeudi dernier. Par ailleurs, est-ce que je peux récupérer l'appareil un samedi ? Je travaille toute la semaine.

Merci,
Bernadette Lacroix""", chase=True, uq=1),
      ag("elise", "11-16 12:05", """Bonjour Madame Lacroix,

Toutes mes excuses pour ce silence. L'atelier a trouvé un contact de pile défectueux ; la pièce arrive jeudi et votre appareil sera prêt le lundi 23 novembre.

Bien cordialement,
Élise""")),

    C("ah20-legoff-chargeur", "fr", "pending", {},
      "Yannick Le Goff <yannick.legoff@example.com>", "iphone", "Chargeur de remplacement",
      "Customer in France: two charger questions answered inline under the quoted lines.",
      cu("11-17 18:00", """Bonjour,

J'ai acheté chez vous un chargeur de remplacement en septembre. Deux questions :

Le câble USB-C fourni peut-il être branché sur n'importe quel adaptateur de téléphone ?
Est-il normal que le voyant reste orange toute la nuit ?

Cordialement,
Yannick Le Goff

Envoyé de mon iPhone"""),
      ag("elise", "11-18 09:30", """Bonjour Monsieur Le Goff,

> Le câble USB-C fourni peut-il être branché sur n'importe quel adaptateur de téléphone ?

Oui, du moment qu'il délivre au moins 5 V / 1 A.

> Est-il normal que le voyant reste orange toute la nuit ?

Non : il doit passer au vert au bout de trois heures environ. Nettoyez les contacts dorés avec un chiffon sec ; si le voyant reste orange, renvoyez-nous le chargeur, il est sous garantie.

Bien cordialement,
Élise Garnier""", quote=False), tz=1),

    C("ah21-ruiz-tapones", "es", "closed", {"unanswered-question": 1},
      "Alejandro Ruiz Montero <alejandro.ruizm@example.com>", "gmail_es", "Tapones de natación a medida",
      "Custom swim plugs for a child with grommets: yes and price answered, how long they take is not; thanks-only close.",
      cu("11-02 17:30", """Hola, buenas tardes:

Mi hijo de 9 años lleva drenajes transtimpánicos y el otorrino nos ha dicho que use tapones a medida para la piscina. ¿Ustedes hacen tapones de natación a medida para niños? ¿Cuánto cuestan? ¿Y cuánto tardan en estar listos? Entra en el equipo de natación del colegio en enero.

Un saludo,
Alejandro Ruiz""", uq=1),
      ag("lucia", "11-03 10:15", """Hola, Alejandro:

Sí, los hacemos a medida para niños a partir de cinco años. Cuestan 65 £ el par, con la toma de impresiones incluida (unos 15 minutos en la clínica, no duele nada).

Un saludo,
Lucía"""),
      cu("11-03 12:00", """Perfecto, muchas gracias, Lucía.

Alejandro""", thanks=True)),

    C("ah22-villalobos-garantia", "es", "closed", {"missed-follow-up": 1},
      "Carmen Villalobos <carmen.villalobos@example.org>", "android", "Audífono izquierdo no funciona",
      "Warranty question answered in part and the manufacturer's answer promised 'el lunes'; no mail after it.",
      cu("11-12 09:10", """Buenos días:

Compré mis audífonos en su clínica en noviembre de 2023 y el izquierdo ha dejado de funcionar del todo, ni siquiera pita al encenderlo. Quisiera saber si todavía está en garantía y qué tengo que hacer para enviárselo.

Gracias,
Carmen Villalobos

Obtener Outlook para Android"""),
      ag("lucia", "11-12 11:30", """Hola, Carmen:

La garantía normal es de dos años, pero su modelo se vendió con una ampliación a tres; tengo que confirmarlo con el fabricante a partir del número de serie. Mientras tanto puede traer el audífono a la clínica o mandárnoslo con el sobre prepagado que le he mandado hoy por correo.

Le escribo el lunes con la respuesta del fabricante.

Un saludo,
Lucía""", promises=[("11-16", None)])),

    C("ah23-jimenez-perdido", "es", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Rosario Jiménez <rosario.jimenez@example.net>", "gmail_es", "Audífono perdido - presupuesto para el seguro",
      "Lost aid: replacement quote for the insurer sent (PDF) only after '¿Hay alguna novedad? Sigo esperando'; blocking the serial number is never addressed.",
      cu("11-02 10:30", """Hola:

Mi madre, Dolores Pardo, ha perdido el audífono derecho en el autobús (¡qué disgusto!). Lo compramos con ustedes hace un año y tenemos un seguro de hogar que quizá lo cubra.

¿Nos pueden enviar un presupuesto de reposición para el seguro? También quisiera saber si pueden bloquear el número de serie por si alguien lo encuentra.

Gracias,
Rosario Jiménez""", uq=1),
      cu("11-04 09:15", """Hola de nuevo:

¿Hay alguna novedad? Sigo esperando el presupuesto y el seguro me lo pide antes del viernes.

Rosario""", chase=True, cte="base64"),
      ag("lucia", "11-04 12:40", """Hola, Rosario:

Disculpe la espera. Le adjunto el presupuesto de reposición: 1.195 £ por un audífono del mismo modelo, programado con los ajustes de su madre. Es válido 60 días.

Un saludo,
Lucía""", attach=[("application/pdf", "presupuesto-reposicion.pdf", REPLACEMENT_PDF)])),

    C("ah24-beltran-visita", "es", "pending", {},
      "Ignacio Beltrán <ignacio.beltran@example.com>", "iphone", "Visita a domicilio para mi padre",
      "Greeting pleasantry '¿qué tal?'; home visits and which days answered, a slot offered.",
      cu("11-17 12:30", """Hola, ¿qué tal?

Mi padre tiene 88 años y vive solo en Heybridge. Le cuesta mucho salir de casa. ¿Hacen visitas a domicilio para revisar los audífonos? ¿Qué días suelen ir por esa zona?

Gracias,
Ignacio

Enviado desde mi iPhone"""),
      ag("lucia", "11-17 16:05", """Hola, Ignacio:

Sí, Heybridge entra en nuestra ruta: vamos los martes por la mañana. La visita cuesta 45 £ e incluye limpieza y revisión. ¿Le viene bien el martes 24 a las 11:00?

Un saludo,
Lucía""")),

    C("ah25-fisk-test-price", "en", "closed", {},
      "Norman Fisk <norman.fisk@example.com>", "gmail", "Hearing test",
      "Three short questions answered with just figures on two lines.",
      cu("11-06 10:10", """Hi,

How much is a hearing test with you? Is it free if I end up buying aids? And how long does it take - I'll need to arrange a lift.

Thanks,
Norman"""),
      ag("debs", "11-06 11:00", """Hi Norman,

£60, refunded in full against any pair.
About 45 minutes.

Best,
Debs""")),

    C("ah26-quinn-return", "en", "closed", {"reopened": 1},
      "Valerie Quinn <valerie.quinn@example.org>", "outlook", "Returning aids within trial",
      "Return within the trial explained, drop-off confirmed with thanks, 'I'll mark this as resolved'; the customer comes back because the fee was deducted twice.",
      cu("11-02 09:00", """Hello,

I'm within my 30-day trial and I'd like to return the aids. There's nothing wrong with them, I've just realised I'm not ready yet. What do I need to do to return them and get my refund?

Valerie Quinn"""),
      ag("debs", "11-02 11:30", """Dear Valerie,

That's absolutely fine, and you'd be welcome back any time. Drop the aids in at reception in their box, or post them back to us recorded delivery. The refund goes back to your card within five working days of them arriving.

Kind regards,
Debs"""),
      cu("11-03 14:00", """Dropped them off at reception this morning. Thank you.

Valerie""", thanks=True),
      ag("debs", "11-03 15:20", """Thanks Valerie, they arrived safely and the refund has been processed. I'll mark this as resolved.

Kind regards,
Debs""", closes=True),
      cu("11-12 10:40", """Hello again,

The refund has arrived but it's £2,330, not £2,390. I paid the £60 for the assessment separately back in September, so I think it has been taken off twice. Could you check?

Valerie""", client="outlook"),
      ag("debs", "11-12 14:15", """Dear Valerie,

You're quite right, I'm sorry - the £60 came off twice. The other £60 went back to your card this afternoon.

Kind regards,
Debs""")),

    C("ah27-lambourne-loan", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Keith Lambourne <keith.lambourne@example.net>", "gmail", "Aid dead - loan aid?",
      "Loan aid sent, the prepaid label promised 'by tomorrow morning' never emailed; whether a six-year-old aid is worth repairing is not answered.",
      cu("11-16 08:30", """Morning,

My aid has packed up completely - no sound at all, and the battery is new. I live 40 miles away now so I can't easily pop in.

Can you send me a loan aid while mine is being repaired? And please email me a prepaid postage label so I can send the broken one back to you. To be honest, is it even worth repairing at six years old, or should I be thinking about new ones?

Keith""", uq=1),
      ag("fiona", "11-16 11:00", """Hi Keith,

Sorry to hear it's given up. A loan aid set to your prescription went out to you first class an hour ago, so it should be with you tomorrow or Wednesday. I'll email you the prepaid label by tomorrow morning.

Regards,
Fiona""", promises=[("11-17", None)])),

    C("ah28-oduya-three-agents", "en", "closed", {"many-handoffs": 1},
      "Graham Oduya <graham.oduya@example.com>", "owa", "Six-month check",
      "Reception, the audiologist and the repairs desk each answer part of the questions: three agents, everything answered.",
      cu("11-09 09:30", """Hello,

My six-month check is booked for 19 November. Two things: can I bring my wife along? She has some questions about her own hearing. And the left aid has started whistling when I wear a hat - is that something to mention at the check or should I come in sooner?

Graham"""),
      ag("debs", "11-09 10:45", """Hi Graham,

Of course - bring her along, and if she'd like a quick hearing screen while she's here I've put 15 minutes aside after yours. I've passed your whistling question to Priya.

Best,
Debs"""),
      ag("priya", "11-09 14:20", """Hi Graham,

Whistling under a hat is feedback: the brim bounces sound back into the microphone. It's nothing to worry about, so it can wait for the 19th unless it starts happening without the hat. In the meantime, try pushing the dome a little further into the ear.

Best wishes,
Priya""", parent=1),
      cu("11-10 09:00", """Thanks both. One more thing - the battery door on the right aid has gone loose and opens by itself. Can that be fixed on the 19th as well?

Graham"""),
      ag("fiona", "11-10 12:00", """Hi Graham,

Yes - we keep battery doors in stock and swapping one takes two minutes, so just mention it at the check.

Regards,
Fiona""")),

    C("ah29-whitcombe-android", "en", "closed", {},
      "Lorna Whitcombe <lorna.whitcombe@example.org>", "apple", "New phone and my aids",
      "Rhetorical question and a self-answered question before the real one (Android support), answered with a link.",
      cu("11-10 17:20", """Hi Callum,

New phone, and of course the hearing aids won't talk to it. Why is nothing ever simple? How do I unpair them from the old phone first? Actually, ignore that - found it in the booklet, you hold the button down for ten seconds.

The real question: do they work with Android at all, or only with iPhones? The new one is a Samsung.

Lorna"""),
      ag("callum", "11-11 08:55", """Hi Lorna,

They do - your model streams from Android 10 onwards, so the Samsung is fine. Install the app from Google Play and pair from inside the app rather than the phone's Bluetooth menu; step by step here:
https://ashgrovehearing.example/help/android-pairing?model=ax

Cheers,
Callum""")),

    C("ah30-harrow-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Dennis Harrow <dennis.harrow@example.com>", "oldclient", "Battery order",
      "Account battery order acknowledged by the robot only; six days later the same mail is sent again word for word, as a new message with the same subject.",
      cu("11-11 10:00", """Dear Sir/Madam,

Please send me 6 packets of size 10 batteries and charge them to my account (customer number AH-20417).

Yours faithfully,
Dennis Harrow"""),
      ack("11-11 10:01"),
      cu("11-17 09:40", """Dear Sir/Madam,

Please send me 6 packets of size 10 batteries and charge them to my account (customer number AH-20417).

Yours faithfully,
Dennis Harrow""", chase=True, parent=0)),

    C("ah31-armitage-microsuction", "en", "closed", {},
      "Felicity Armitage <felicity.armitage@example.net>", "outlook", "Ear wax removal before my flight",
      "HTML-only first mail: microsuction and oil drops answered with a slot; the customer accepts and it is booked.",
      cu("11-04 13:00", """Hello,

Do you do ear wax removal by microsuction, and do I need to use olive oil drops beforehand? I'm flying to Canada on the 20th so it would need to be before then.

Felicity Armitage""", kind="html"),
      ag("debs", "11-04 15:45", """Dear Felicity,

Yes, microsuction is £55 for both ears. No drops are needed, although a few days of olive oil spray makes it quicker if the wax is hard. I can offer Monday 9th at 10:00 - shall I book it?

Kind regards,
Debs"""),
      cu("11-04 16:30", """Yes please, Monday at 10 is fine.

Felicity"""),
      ag("debs", "11-05 08:30", """All booked: Monday 9 November at 10:00 with Fiona. Safe travels!

Debs""")),

    C("ah32-varma-charger-stock", "en", "closed", {},
      "Sunita Varma <sunita.varma@example.com>", "gmail", "Replacement charger case",
      "Stock question deferred with 'I'll let you know tomorrow' and answered the next morning with a payment link; office delivery noted.",
      cu("11-09 11:20", """Hi,

Do you have the charger case for the Phonak Lumity in stock? I left mine in a hotel in Bath and they can't find it. Also, could you send it to my office rather than home? (Ashlar House, 5 Quay Street, Maldon CM9 5HX)

Thanks,
Sunita"""),
      ag("callum", "11-09 13:10", """Hi Sunita,

We're out of that one on the shelf - let me check with Phonak whether they can get one to us this week, and I'll let you know tomorrow. Office address noted for the delivery.

Cheers,
Callum""", promises=[("11-10", 3)]),
      ag("callum", "11-10 10:05", """Hi Sunita,

Good news: Phonak are sending one to us on Thursday, so it'll reach your office on Friday. It's £129 - you can pay here:
https://ashgrovehearing.example/pay?ref=SV-CHG-1110

Cheers,
Callum""")),

    C("ah33-vance-insurance", "en", "pending", {"unanswered-question": 2},
      "Jeremy Vance <jeremy.vance@example.org>", "outlook", "Stolen hearing aids - insurance claim",
      "Theft claim: invoice attached and the serial-number question answered in one line; the replacement-cost letter and the speed-up question are skipped.",
      cu("11-16 14:40", """Good afternoon,

My hearing aids were stolen from my car last week and I'm claiming on my home insurance. Please could you send me an itemised invoice for the original purchase (March 2025)? The claims handler also needs a letter confirming the current replacement cost of the same model, on your headed paper.

Are the serial numbers on the invoice, or do you keep them somewhere else? And is there anything you can do to speed up a replacement pair once the claim is approved? I'm struggling at work without them.

Regards,
Jeremy Vance""", uq=2),
      ag("debs", "11-17 09:20", """Dear Jeremy,

Invoice attached - both serial numbers are on it, under the item lines.

Kind regards,
Debs""", attach=[("application/pdf", "invoice-25-0311.pdf", INVOICE_PDF)])),

    C("ah34-pryce-jones-saturday", "en", "pending", {},
      "Owen Pryce-Jones <owen.pj@example.com>", "thunderbird", "Saturday review appointments",
      "Saturday opening and back-to-back appointments answered; the firm confirmation is promised for Tuesday 24 November (still ahead).",
      cu("11-18 10:00", """Hello,

My hearing aid review is due. Could I come in on a Saturday? I work in London Monday to Friday. I'd also like my wife's appointment straight after mine if possible (Gwen Pryce-Jones, she's a patient too).

Owen"""),
      ag("debs", "11-18 14:30", """Hi Owen,

We open on the first and third Saturday of each month, and I've pencilled you both in for Saturday 5 December: you at 9:30, Gwen at 10:15. The December rota isn't final yet, so I'll confirm both slots by Tuesday 24 November.

Best,
Debs""", promises=[("11-24", None)])),

    C("ah35-dunmore-earmould", "en", "pending", {},
      "Patricia Dunmore <patricia.dunmore@example.net>", "iphone", "Cracked earmould",
      "Remake from old impressions and lab time answered; the courier collection is logistics, not a promise; photo attached by the customer.",
      cu("11-16 18:50", """Hi,

My husband's earmould (left side) has cracked right across - photo attached. Can you remake it from the impressions you took in the summer, or does he need new ones? And how long will it take?

Patricia

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", MOULD_PNG)]),
      ag("fiona", "11-17 10:20", """Hi Patricia,

We still have his impressions from July, so no need for new ones. The lab takes seven to ten working days. Our courier collects from the clinic on Wednesday, and you can pick the new mould up from reception once it's back - usually around the start of December.

Regards,
Fiona""")),

    C("ah36-whitlock-two-chasers", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 2, "slow-first-response": 1},
      "Barry Whitlock <barry.whitlock@example.com>", "gmail", "TV streamer order 51207 not arrived",
      "Missing online order chased twice ('any update?', 'still waiting'), the second with a References gap; the reply explains and tracks it but ignores the neighbour-delivery request.",
      cu("11-09 09:00", """Hello,

I ordered a TV streamer from your website on 28 October (order 51207) and it still hasn't arrived. Can you tell me where it is? Also can I change the delivery to my neighbour at no. 14, as I'm in hospital from Thursday for a few days.

Barry""", uq=1),
      cu("11-11 08:40", """Hi, any update on this?

Barry""", chase=True),
      cu("11-13 10:15", """Still waiting for a reply to my email below. That's three times I've written now.

B. Whitlock""", chase=True, refs=[1]),
      ag("callum", "11-13 12:30", """Dear Mr Whitlock,

I'm very sorry. Your order was stuck because the card payment needed re-authorising and the notice went to your spam folder, I suspect. I've pushed it through and it left us this morning by Royal Mail Tracked 24, tracking number QT 4418 0972 5GB.

Best wishes,
Callum""")),

    C("ah37-sheppard-phone-chase", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Gillian Sheppard <gillian.sheppard@example.org>", "android", "Copy of my audiogram",
      "A chase about something promised on the phone ('I still haven't received it'), acknowledged by the robot only.",
      cu("11-17 11:00", """Hello,

I rang on Monday and asked for a copy of my audiogram for my occupational health appointment at work. I was told it would be emailed the same day, but I still haven't received it. Could someone send it please? I need it by the end of the month.

Gillian Sheppard

Get Outlook for Android""", chase=True),
      ack("11-17 11:01")),

    C("ah38-penrose-streamer", "en", "closed", {"unanswered-question": 1},
      "Hugh Penrose <hugh.penrose@example.net>", "thunderbird", "TV streamer - and a note for my file",
      "TV streamer compatibility and price answered in one sentence; the request for afternoon appointments on file is not.",
      cu("11-05 16:00", """Dear Priya,

Following my fitting last week - all going well, thank you. Two things. My son has suggested a TV streamer. Will the one you sell work with my aids, and what does it cost? Could you also make a note on my file that I prefer appointments after 2pm? Mornings are taken up with the dog.

Kind regards,
Hugh Penrose""", uq=1),
      ag("priya", "11-06 09:30", """Dear Hugh,

Glad to hear it's going well. Yes, the TV Connector works with your aids and it's £199; Callum can post one to you, or you can collect it at your next visit and I'll pair it there and then.

Best wishes,
Priya""")),

    C("ah39-ellingham-cleaning", "en", "closed", {},
      "Roy Ellingham <roy.ellingham@example.com>", "gmail", "Cleaning earmoulds",
      "Cleaning questions answered; thanks-only reply whose business signature has a question and a '?' URL.",
      cu("11-10 09:30", """Hi,

What's the best way to clean my custom earmoulds? They're looking a bit grubby. Can I use washing-up liquid?

Roy

--
Roy Ellingham
Ellingham & Daughters Plumbing
Boiler playing up? Call 01632 960 883 or book at https://ellingham.example/book?src=email"""),
      ag("fiona", "11-10 11:45", """Hi Roy,

Warm soapy water is fine - washing-up liquid included - as long as you take the moulds off the aids first and never get the aids themselves wet. Rinse well and let the tubing dry overnight before you reconnect. A puffer helps clear the tube; I've put one in the post to you, no charge.

Regards,
Fiona"""),
      cu("11-10 12:05", """Thanks Fiona, will do!

Roy

--
Roy Ellingham
Ellingham & Daughters Plumbing
Boiler playing up? Call 01632 960 883 or book at https://ellingham.example/book?src=email""", thanks=True)),

    C("ah40-dexter-domes-father", "en", "pending", {},
      "Marian Dexter <marian.dexter@example.org>", "owa", "Domes for my father",
      "Support asks which domes; the customer's reply quotes those questions in an Outlook header block and gives the answers plus a delivery request; posted.",
      cu("11-17 09:00", """Hi,

I'd like to order replacement domes for my father's hearing aids, please.

Marian Dexter"""),
      ag("callum", "11-17 10:30", """Hi Marian,

Happy to help. Which size are they - 6, 8 or 10mm - and are they open, closed or power domes? If you're not sure, the make and model printed on the aid will do.

Cheers,
Callum"""),
      cu("11-17 12:45", """They're Signia, the Pure Charge&Go AX, and the domes are the closed ones, 8mm I think. Please send 2 packs to him at 4 Orchard Close, Tiptree CO5 0AB.

Marian"""),
      ag("callum", "11-17 14:00", """Thanks Marian - two packs of 8mm closed domes are in today's post to Tiptree.

Cheers,
Callum""")),

    C("ah41-burgess-shower", "en", "closed", {"unanswered-question": 1},
      "Eleanor Burgess <eleanor.burgess@example.com>", "apple", "New aids - first week",
      "First question answered; a later mail adds two more, and the colleague who replies records the authorised contact but says nothing about the shower.",
      cu("11-03 10:00", """Hello,

I collected my new aids on Friday. The right one feels a bit loose in my ear - is that normal for the first week?

Eleanor"""),
      ag("priya", "11-03 12:30", """Dear Eleanor,

A little looseness is common while the ear canal gets used to the dome. If it still feels as though it might fall out by the end of the week, come in and I'll swap to the next dome size up - it takes two minutes and there's no charge.

Best wishes,
Priya"""),
      cu("11-06 15:00", """Thank you, it has settled down nicely.

One other thing I forgot to ask: can I wear them in the shower if I'm quick? The leaflet says "water resistant" but I'm not sure what that means in practice. Also, I'd like to add my husband, Peter Burgess, as someone you're allowed to discuss my appointments with.

Eleanor""", uq=1),
      ag("debs", "11-06 16:30", """Hi Eleanor,

I've added Peter to your file as an authorised contact, so we can talk to him about your appointments from now on.

Best,
Debs""")),

    C("ah42-gallagher-firmware", "en", "closed", {"missed-follow-up": 1},
      "Trevor Gallagher <trevor.gallagher@example.net>", "outlook", "Firmware update keeps failing",
      "Safety question answered; 'I'll look into why it stops at 60% and get back to you' (no deadline, 2-day window) never followed up.",
      cu("11-10 11:00", """Hi,

My app keeps saying "firmware update available" but the update fails at 60% every time. Is it safe to keep trying, or could it brick the aids?

Trevor"""),
      ag("callum", "11-10 14:30", """Hi Trevor,

It's safe - a failed update leaves the old firmware in place, so retrying can't damage the aids. I'll look into why it stops at 60% and get back to you.

Cheers,
Callum""", promises=[("window", None)])),

    C("ah43-thornbury-colleague", "en", "closed", {},
      "Abigail Thornbury <abigail.thornbury@example.org>", "gmail", "Replacement pair - prices",
      "Reception says the audiologist 'will be in touch by tomorrow'; she is, with the price and the existing-patient discount.",
      cu("11-12 08:45", """Hi,

I'm due a replacement pair - mine are five years old now. What would a like-for-like pair cost, and is there a discount for existing patients?

Abby"""),
      ag("debs", "11-12 10:00", """Hi Abby,

Priya has your file and will be in touch by tomorrow with prices for the current equivalent of your aids.

Best,
Debs""", promises=[("11-13", 3)]),
      ag("priya", "11-13 11:20", """Dear Abigail,

The current version of your aids is £2,490 a pair. As an existing patient you get 10% off, which makes it £2,241, and we'll give you £100 back if you return the old pair for recycling.

Best wishes,
Priya""", parent=1, cc="Debs Okafor <debs@ashgrovehearing.example>")),

    C("ah44-norbury-lead", "en", "pending", {},
      "Clive Norbury <clive.norbury@example.com>", "gmail", "Frayed charger lead",
      "A second mail adds the model, serial number and a photo before any reply (not a chase); answered with price and shop link.",
      cu("11-16 09:00", """Hello,

The USB lead of my charger has frayed near the plug. Can I buy a replacement lead on its own, or does it only come with a new charger?

Clive"""),
      cu("11-16 09:25", """Sorry, should have said - it's the charger for the Oticon Intent, and the serial number on the bottom is 2419-88731. Photo of the lead attached.

Clive""", attach=[("image/png", "lead.png", CORD_PNG)]),
      ag("callum", "11-16 11:10", """Hi Clive,

It's sold on its own - £14.50 including postage:
https://ashgrovehearing.example/shop/usb-c-lead?ref=cn

Cheers,
Callum""")),

    C("ah45-kirkwood-quote", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Sandra Kirkwood <sandra.kirkwood@example.com>", "owa", "Written quote after assessment",
      "Written quote promised 'tomorrow' arrives a day late in a reply that lost its threading headers; the 0% finance question is never answered.",
      cu("11-10 10:30", """Hello Priya,

Thank you for the assessment yesterday. Could you send me the written quote for the two options we discussed (the rechargeable and the battery ones)? I'd also like to know whether you offer 0% finance over 12 months.

Sandra""", uq=1),
      ag("priya", "11-10 13:00", """Dear Sandra,

It was lovely to meet you. I'll send the written quote for both options tomorrow, once I've checked this month's prices with the manufacturer.

Best wishes,
Priya""", promises=[("11-11", 3)]),
      ag("priya", "11-12 15:40", """Dear Sandra,

Apologies for the delay - the quote for both options is attached.

Best wishes,
Priya""", attach=[("application/pdf", "quote-Q-1112-07.pdf", QUOTE_PDF)], thread=False)),

    C("ah46-oakes-revisit", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Kieran Oakes <kieran.oakes@example.net>", "gmail", "Mum's aid quieter since home visit",
      "'I'll email you by the end of the day with a slot' not kept; the son chases two days later and gets the slot; the double-charge question is never addressed.",
      cu("11-16 09:10", """Hi,

My mum's aids were serviced at her home visit last Thursday and since then the right one is much quieter than the left. Can someone come back out? She can't get to the clinic at the moment. Also, has she been charged twice for the visit? Her bank shows £45 twice.

Kieran""", uq=1),
      ag("fiona", "11-16 11:30", """Hi Kieran,

I'm sorry about that - it sounds as though the programme didn't save properly after the clean. I'll check the visit list and email you by the end of the day with a slot for a revisit.

Regards,
Fiona""", promises=[("11-16", 4)]),
      cu("11-18 08:30", """Hi Fiona,

I didn't get the email with a revisit slot - could you let me know when someone can come? Mum's really struggling with the TV.

Kieran""", chase=True),
      ag("fiona", "11-18 10:00", """Hi Kieran,

I'm sorry, that was my fault. I've booked your mum's revisit for Thursday 19th at 2pm with me, and there's no charge for it.

Regards,
Fiona""")),

    C("ah47-hartnell-ooo", "en", "closed", {},
      "Philippa Hartnell <philippa.hartnell@example.org>", "outlook", "Review date and batteries",
      "Two questions answered in two sentences; the customer's out-of-office replies to the answer.",
      cu("11-04 08:00", """Dear Ashgrove,

Could you please remind me when my annual review is due? Also, do you still stock the size 13 batteries in the 60-pack?

Thank you,
Philippa Hartnell"""),
      ag("debs", "11-04 10:15", """Dear Philippa,

Your annual review falls in January - I'd suggest the week of the 11th. And yes, the size 13 60-packs are £19.50 in the shop or at reception.

Kind regards,
Debs"""),
      auto("11-04 10:16", """Thank you for your email. I am away from the office until Monday 9 November with no access to email. For urgent parish council matters please contact the clerk, clerk@tollesburypc.example.

Philippa Hartnell""", quote=False, subject="Automatic reply: Re: Review date and batteries")),

    C("ah48-lockhart-forwarded", "en", "closed", {"unanswered-question": 1},
      "Andrew Lockhart <andrew.lockhart@example.com>", "gmail", "Fwd: Your audiology referral",
      "Forwarded surgery letter with its own questions (not the customer's); booking answered, the wax question skipped.",
      cu("11-05 11:00", """Hi,

My GP surgery sent me the letter below after my NHS referral was turned down (apparently my loss isn't bad enough yet). I'd like to go private with you instead. Can you book me in for a full hearing test? I'm free most afternoons. And does the test include checking for wax, or do I need to get that done separately first?

Andrew

---------- Forwarded message ---------
From: Riverside Medical Practice <reception@riverside-surgery.example>
Date: Tue, 3 Nov 2026 at 16:12
Subject: Your audiology referral
To: Andrew Lockhart <andrew.lockhart@example.com>

Dear Mr Lockhart,

Why have we written to you? The audiology department has reviewed your referral and your hearing does not currently meet the criteria for NHS hearing aids. Would you like a review in 12 months? Please contact the surgery to arrange this.

Do you have any questions? Call us on 01632 960 120.

Riverside Medical Practice""", uq=1),
      ag("debs", "11-05 13:30", """Hi Andrew,

I've booked you in with Priya on Tuesday 10 November at 2:30pm. The appointment takes about an hour.

Best,
Debs""")),

    C("ah49-fairclough-care-home", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Naomi Fairclough <manager@oaklandscare.example>", "outlook", "Hearing aid support for our residents",
      "Care-home manager, five questions in one long paragraph: training, price and DBS answered, monthly visits deferred to a proposal 'by Friday' that never comes, battery tubs ignored.",
      cu("11-04 09:30", """Dear Ashgrove Hearing,

I manage Oaklands, a 24-bed residential home in Great Totham. About a third of our residents wear hearing aids and my care staff are not confident looking after them. I was wondering whether you would be able to run a short training session for the staff - perhaps an hour on cleaning, batteries and getting aids in and out? If so, what would you charge? We would also like a regular visit, say monthly, to check residents' aids on site. Please could you also send us some of the battery-recycling tubs you mentioned to one of our relatives, as we have a drawer full of used cells. Finally, are your audiologists DBS checked? Our policy requires it for anyone working with residents.

Kind regards,
Naomi Fairclough
Registered Manager, Oaklands Residential Home""", uq=1),
      ag("debs", "11-04 14:00", """Dear Naomi,

Thank you - we'd be glad to help. Fiona runs exactly that kind of session: an hour on site is £90, and she can usually come on a Wednesday afternoon. All our clinical staff hold enhanced DBS certificates.

As for monthly visits, I'll talk it through with Priya and come back to you with a proposal by Friday.

Kind regards,
Debs""", promises=[("11-06", None)])),

    C("ah50-mayhew-orchestra", "en", "closed", {"unanswered-question": 2},
      "Derek Mayhew <derek.mayhew@example.net>", "thunderbird", "Aids and orchestra rehearsals",
      "Musician: the music-programme question answered; the musicians' earplugs question and the request to resend an invoice are not.",
      cu("11-11 15:00", """Hello Priya,

I play second violin in the Maldon Orchestra, and since I got the aids rehearsals sound harsh and tinny, especially the brass behind me. Is there a music programme you can add?

I've also heard about musicians' earplugs with filters - do you make those? And could you send me the invoice for my September fitting again? I can't find it and the orchestra's instrument insurance wants a copy.

Derek Mayhew""", uq=2),
      ag("priya", "11-12 09:30", """Dear Derek,

Yes - I can add a music programme that switches off the noise reduction and the feedback manager, which is what makes the brass sound tinny. It takes ten minutes; Debs can book you in any afternoon next week.

Best wishes,
Priya""")),

    C("ah51-marchbank-church-loop", "en", "closed", {"missed-follow-up": 1},
      "Alison Marchbank <vicar@stmaryshp.example>", "gmail", "Church hearing loop",
      "The vicar asks about servicing the church loop; 'let me ask our engineer ... and I'll email you on Friday' - never kept.",
      cu("11-09 14:00", """Dear Ashgrove Hearing,

Several of our congregation tell me the hearing loop in St Mary's crackles and cuts out during the sermon. Do you test or service church loop systems, or can you recommend someone who does? We'd love to get it sorted before the carol services.

With thanks,
Alison Marchbank
Vicar, St Mary's Hatfield Peverel"""),
      ag("fiona", "11-10 09:00", """Dear Alison,

We don't install loops ourselves, but the engineer we use has tested a few for local churches. Let me ask him whether he can fit St Mary's in before Christmas, and I'll email you on Friday.

Regards,
Fiona""", promises=[("11-13", None)])),
]

UNANSWERED: dict[str, list[str]] = {
    "ah02-tolley-jersey": [
        "Do you post to Jersey, and if so is there an extra charge?"],
    "ah06-achterberg-tea": [
        "Also please could you send me the leaflet on the new rechargeable models, I might as well have a look."],
    "ah07-chaudry-domes": [
        "Please also send a pack of the wax filters (the little white ProWax ones)."],
    "ah10-moncrieff-rechargeable": [
        "What happens if I go camping for a week with no electricity?",
        "Do you take old aids in part exchange?"],
    "ah11-rudd-weekend": [
        "And I need a new pack of the drying capsules for the dry box."],
    "ah13-pfleiderer-oesterreich": [
        "Außerdem bräuchte ich für die letzte Bestellung (Nr. 48813) eine Rechnung auf meine neue Adresse: Linzer Gasse 22, 5020 Salzburg."],
    "ah14-dreher-kostenvoranschlag": [
        "Und könnten Sie das Leihgerät etwas lauter einstellen?"],
    "ah18-dewaele-belgique": [
        "Merci de m'envoyer aussi une facture au nom de ma société, Dewaele Menuiserie SRL, TVA BE0478.112.904."],
    "ah19-lacroix-relance": [
        "Par ailleurs, est-ce que je peux récupérer l'appareil un samedi ?"],
    "ah21-ruiz-tapones": [
        "¿Y cuánto tardan en estar listos?"],
    "ah23-jimenez-perdido": [
        "También quisiera saber si pueden bloquear el número de serie por si alguien lo encuentra."],
    "ah27-lambourne-loan": [
        "To be honest, is it even worth repairing at six years old, or should I be thinking about new ones?"],
    "ah33-vance-insurance": [
        "The claims handler also needs a letter confirming the current replacement cost of the same model, on your headed paper.",
        "And is there anything you can do to speed up a replacement pair once the claim is approved?"],
    "ah36-whitlock-two-chasers": [
        "Also can I change the delivery to my neighbour at no. 14, as I'm in hospital from Thursday for a few days."],
    "ah38-penrose-streamer": [
        "Could you also make a note on my file that I prefer appointments after 2pm?"],
    "ah41-burgess-shower": [
        "can I wear them in the shower if I'm quick?"],
    "ah45-kirkwood-quote": [
        "I'd also like to know whether you offer 0% finance over 12 months."],
    "ah46-oakes-revisit": [
        "Also, has she been charged twice for the visit?"],
    "ah48-lockhart-forwarded": [
        "And does the test include checking for wax, or do I need to get that done separately first?"],
    "ah49-fairclough-care-home": [
        "Please could you also send us some of the battery-recycling tubs you mentioned to one of our relatives, as we have a drawer full of used cells."],
    "ah50-mayhew-orchestra": [
        "I've also heard about musicians' earplugs with filters - do you make those?",
        "And could you send me the invoice for my September fitting again?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"AH-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=SUPPORT, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", SUPPORT),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{r}" for r in refs]
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
    unknown = set(UNANSWERED) - set(names)
    if unknown:
        out.append(f"unanswered questions for unknown cases {sorted(unknown)}")
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
    return mailcraft.cases_table("Practice corpus 38: Ashgrove Hearing - cases",
                                 "make_practice38_corpus.py", rows)


README_HEAD = """# Practice corpus 38: Ashgrove Hearing support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`), so its figure is an unseen one. Use it to measure, not to tune: once the
heuristics have been changed because of its cases, it is no longer unseen.

- Company: **Ashgrove Hearing**, an independent hearing-aid clinic and online shop in
  Maldon, Essex: hearing tests, fittings and 30-day trials, repairs and loan aids, batteries,
  domes, wax filters, chargers and TV streamers, home visits, NHS versus private, insurance
  and health-cash-plan claims. Support address `support@ashgrovehearing.example`; agents
  Priya Nandakumar (lead audiologist), Callum Reid (online shop and orders), Fiona Marsh
  (repairs, aftercare and home visits), Debs Okafor (reception and appointments), Martin
  Kessler (German), Élise Garnier (French) and Lucía Benítez (Spanish), all
  `@ashgrovehearing.example`. A helpdesk robot (`support@ashgrovehearing.example`,
  `Auto-Submitted: auto-replied`) acknowledges some mail with "we will reply within one
  working day" - service-hours text, not a commitment.
- Customers are patients, their relatives, a care-home manager, a vicar and online-shop
  buyers in the UK, Austria, Belgium and France, on `example.com/.org/.net` and `*.example`
  domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain ashgrovehearing.example`.

```
python scripts/make_practice38_corpus.py                     # regenerate (deterministic, stdlib only)
python scripts/make_practice38_corpus.py --out /tmp/p38      # ... into another folder
python scripts/evaluate.py --corpus tests/practice38         # accuracy of the current tool
python -m pytest -q tests/test_practice38_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): questions and explicit requests in the customer's own text; answers in
other words, inline, by a colleague, by a figure, link or attachment count; a question
deferred with a promise counts only as that promise; one `customer-chased` per chasing
message. `CASES.md` is the generated per-case table. This README is generated too: edit the
script, not the files.
"""

README_BODY = """
## Variety by design

- Many customer mails ask two to five things: direct questions, indirect ones ("I was
  wondering whether...", "Quisiera saber si...", "Je voudrais savoir si...", "Pourriez-vous
  me dire..."), requests without a question mark ("Please also send a pack of the wax
  filters...", "And I need a new pack of the drying capsules...", "Merci de m'envoyer aussi
  une facture...", "Außerdem bräuchte ich ... eine Rechnung..."), questions inside long
  paragraphs (ah03, ah49), bulleted and numbered lists (ah07, ah10).
- Answers in the agents' own words: out of order (ah01), several in one sentence (ah13,
  ah38), bare figures (ah25), a link (ah12, ah29, ah44), attachments (ah08, ah23, ah33,
  ah45), inline under quoted questions (ah03, ah20), by a colleague (ah28, ah43).
- Unanswered questions of the realistic kind: a secondary request skipped while the main
  point is handled (ah02, ah06, ah07, ah13, ah18, ah48, ah49), half of a multi-question
  mail skipped (ah10, ah33, ah50), a question in a later mail or in a chaser (ah14, ah19,
  ah41), a question ignored in both the broken-promise reply and the late one (ah46).
- Not questions: a rhetorical question and a self-answered one (ah29), "¿qué tal?" (ah24),
  "(¡qué disgusto!)" (ah23), questions inside a forwarded surgery letter (ah48), customer
  and support signatures with "?" and `?` URLs (ah12, ah39, support signatures), thanks-only
  replies (ah02, ah05, ah13, ah21, ah26, ah39), a question in a customer's latest unanswered
  mail (ah09: awaiting reply, never unanswered).
- Commitments: kept on time (ah32 "tomorrow"), kept by a colleague (ah43 "Priya ... will be
  in touch by tomorrow"), kept late (ah04 "early next week", ah14 "bis Freitag", ah19
  "d'ici mardi", ah45 "tomorrow", ah46 "by the end of the day"), never kept (ah06 "by
  Thursday", ah22 "el lunes", ah27 "by tomorrow morning", ah42 no deadline, ah49 "by
  Friday", ah51 "on Friday"), a deadline still ahead (ah34, Tuesday 24 November).
  Non-promises: courier logistics (ah35), conditional offers (ah38, ah41), the robot's
  service-hours text.
- Chasing: "Any news on the charger?", "just following up on Friday's email", "gibt es
  schon etwas Neues...?", "Ich warte immer noch auf eine Rückmeldung", "Je me permets de
  vous relancer", "¿Hay alguna novedad? Sigo esperando", "any update on this?" and "Still
  waiting for a reply" (ah36, twice), "I didn't get the email...", a chase about something
  promised on the phone (ah37), a word-for-word resend as a new mail (ah30). Not chasing: a
  second mail adding the serial number and a photo before any reply (ah44).
- Status and timing: awaiting reply (ah09, ah16, ah30, ah37), slow first responses (a
  Friday-afternoon mail answered on Monday, ah11; chased cases ah23, ah36), "I'll mark this
  as resolved" followed by a new problem (ah26), three agents on one case (ah28).
- Mail: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and Outlook
  for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects), Apple
  Mail (en/fr), iPhone, Thunderbird (en/de), an old Outlook Express client; plain 7bit,
  quoted-printable, base64 (ah23), HTML-only (ah31), multipart/alternative
  acknowledgements; PDF and PNG attachments; a reply that lost its threading headers
  (ah45), a References gap (ah36), a resend without threading headers (ah30), a Cc (ah43),
  a customer's out-of-office reply with `X-Autoreply` (ah47).

## Judgement calls

- **Deferral is not an unanswered question** (ah04, ah14, ah19, ah22, ah32, ah49, ah51):
  a question taken up with a promise counts only through `missed-follow-up` when the
  promise is broken.
- **ah06**: "I'll send you the actual repair quote by Thursday" covers both repair
  questions (with a cost range given at once); only the leaflet request is unanswered.
- **ah21**: the price and the "¿Y cuánto tardan...?" are separate questions; the reply gives
  the price only.
- **ah27**: "A loan aid ... went out to you first class an hour ago" is done, not promised;
  "I'll email you the prepaid label by tomorrow morning" is the broken promise, which also
  takes up the label request. The question whether repair is worthwhile is unanswered.
- **ah33**: "Invoice attached - both serial numbers are on it" answers the invoice request
  and the serial-number question; the replacement-cost letter and the speed-up question
  are not touched.
- **ah36**: the tracking reply answers "where is it?" but not the change of delivery
  address; two chasers give `customer-chased` x2.
- **ah37**: the customer's only mail is a chase about a phone request, so it is both
  `customer-chased` and `awaiting-reply`.
- **ah41**: Debs records the authorised contact; the shower question in the same mail is
  unanswered although a different agent answered the first mail fully.
- **ah45**: the quote arrives on Thursday for a "tomorrow" (Wednesday) promise: missed.
- **ah49**: five questions; training, price and DBS answered, monthly visits deferred to a
  broken promise, the battery-tub request unanswered.
- **ah28**: "I've passed your whistling question to Priya" is followed by Priya's answer
  the same day; nobody promised anything by a date.

## Independence

Written from the brief, tests/eval/README.md (format and conventions), the report contract
(/work/shared/report-contract.md), scripts/mailcraft.py and the structure of
scripts/make_practice24_corpus.py and tests/test_practice24_corpus.py. Not opened:
anything under `happyaudit/`, the README's method/accuracy sections, other tests and
corpora. All labels were fixed before the single evaluation run and none was changed after
it.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the statistics of ``cases``."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    totals: Counter = Counter()
    for c in cases:
        totals.update(c.rules)
    lang_names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    lang_text = ", ".join(f"{lang_names[k]} {v}" for k, v in langs.most_common())
    uq_cases = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    rules_text = ", ".join(f"{r} {totals[r]}" for r in RULES if totals[r])
    contents = (
        "\n## Contents\n\n"
        f"{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox "
        f"({roles['customer']} customer mails and {roles['auto']} customer out-of-office reply), "
        f"{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. "
        f"{len(clean)} clean cases ({round(100 * len(clean) / len(cases))} %). "
        f"Languages: {lang_text} ({round(100 * (len(cases) - langs['en']) / len(cases))} % not English). "
        f"Statuses: {statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.\n\n"
        f"Expected findings: {rules_text}. Unanswered questions in {uq_cases} cases; "
        f"{chased_cases} chased cases.\n")
    return README_HEAD + contents + README_BODY


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.ashgrovehearing.example")
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
    """Command line: regenerate tests/practice38 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
