#!/usr/bin/env python3
"""Regenerate ``tests/practice49/``: a labelled corpus of Skerrow Island Ferries.

A support mailbox of a fictional small ferry and island-coach operator (foot passengers, cars,
vans and trailers, bikes, group and school bookings, weather cancellations, refunds and
vouchers, Islander and Summer Rover passes, freight, accessibility and assisted travel),
written without looking at the detection heuristics. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``skerrowferries.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), booking-office
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice49_corpus.py [--out DIR]
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
NAME = "practice49"
AS_OF = mailcraft.AS_OF
FOLLOW_UP_WINDOW = timedelta(days=2)
HANDOFF_LIMIT = 2
CONTRACT = mailcraft.Contract(as_of=AS_OF, handoff_limit=HANDOFF_LIMIT)
SUPPORT_DOMAIN = "skerrowferries.example"
DESK = "Skerrow Island Ferries <sailings@skerrowferries.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "fiona": ("Fiona MacAulay <fiona.macaulay@skerrowferries.example>", "thunderbird", """-- 
Fiona MacAulay
Booking Office | Skerrow Island Ferries
Ardnacross Terminal, Pier Road, Ardnacross | 01632 960 100
Sailing status: https://skerrowferries.example/status?route=ardnacross-balnahard"""),
    "callum": ("Callum Reid <callum.reid@skerrowferries.example>", "outlook", """Callum Reid
Vehicle Deck & Freight | Skerrow Island Ferries
Sailing today? Text STATUS to 60777 or see https://skerrowferries.example/status?src=sig"""),
    "ishbel": ("Ishbel Munro <ishbel.munro@skerrowferries.example>", "outlook", """Ishbel Munro
Refunds, Passes & Accounts | Skerrow Island Ferries
This message and any attachment are confidential and intended for the named recipient only.
If you have received it in error, please tell us and delete it. Skerrow Island Ferries Ltd,
registered in Scotland SC 400917."""),
    "tariq": ("Tariq Hussain <tariq.hussain@skerrowferries.example>", "apple", """Tariq Hussain
Accessibility & Assisted Travel | Skerrow Island Ferries
Need help on your journey? https://skerrowferries.example/assist?lang=en"""),
    "rory": ("Rory Galbraith <rory.galbraith@skerrowferries.example>", "owa", """Rory Galbraith
Groups & Island Coach | Skerrow Island Ferries
Mobile 07700 900 318"""),
    "annika": ("Annika Brandt <annika.brandt@skerrowferries.example>", "thunderbird_de", """-- 
Annika Brandt
Kundenservice Deutsch | Skerrow Island Ferries
https://skerrowferries.example/de?ref=signatur"""),
    "solene": ("Solène Girard <solene.girard@skerrowferries.example>", "apple_fr", """Solène Girard
Service clients en français | Skerrow Island Ferries
https://skerrowferries.example/fr?utm_medium=email"""),
    "lucia": ("Lucía Ortega <lucia.ortega@skerrowferries.example>", "gmail_es", """--
Lucía Ortega
Atención al cliente en español | Skerrow Island Ferries
+44 1632 960 104"""),
}

ACK = """Thank you for contacting Skerrow Island Ferries.

This is an automatic reply: your enquiry has been logged under reference {ref}.
The booking office is staffed 7am-7pm every day and we aim to answer within
one working day. Please don't send your message again - it may delay things.

For today's sailings and weather disruption please check
https://skerrowferries.example/status?src=ack&ticket={ref} before travelling.

Skerrow Island Ferries - Booking Office"""

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
    "helpdesk": ["X-Mailer: SkerrowDesk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="sif.", outlook_server="GV1P19")
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
    """The booking office's automatic acknowledgement."""
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
    """The end of ``day`` ("MM-DD") in UK time: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

SCHOOL_INVOICE_PDF = mailcraft.pdf(["Skerrow Island Ferries - Invoice INV-G-2291",
                                    "Ardnacross High School, S3 Geography field trip",
                                    "3 December 2026: 42 pupils x GBP 3.20 return = GBP 134.40",
                                    "Island coach, day hire Pier - Kilmory = GBP 180.00",
                                    "Total GBP 314.40 - payment within 30 days"])
RAMBLERS_QUOTE_PDF = mailcraft.pdf(["Skerrow Island Ferries - Quotation Q-COACH-1187",
                                    "Ardnacross Ramblers, Saturday 5 December 2026",
                                    "Island coach day hire: Pier 09:10 > Rubha Mor lighthouse",
                                    "Kilmory 15:45 > Pier. Price GBP 210.00 incl. driver"])
RECEIPT_PDF = mailcraft.pdf(["Skerrow Island Ferries - Receipt for booking SK-49871",
                             "Brennan Land Surveys - car and driver, 2 November 2026",
                             "Ardnacross - Balnahard return GBP 92.00",
                             "VAT: zero-rated passenger transport, VAT GBP 0.00"])
CHOIR_QUOTE_PDF = mailcraft.pdf(["Skerrow Island Ferries - Presupuesto de grupo",
                                 "Coro de Sant Cugat - 17 de abril de 2027",
                                 "34 pasajeros a pie, ida 9:15 / vuelta 17:30",
                                 "6,20 GBP por persona = 210,80 GBP; 2 directores gratis"])
CONFIRMATION_PDF = mailcraft.pdf(["Skerrow Island Ferries - Booking SK-50233 (amended)",
                                  "Wednesday 18 November 2026",
                                  "Balnahard 16:45 > Ardnacross 17:25 - 1 adult, 1 car"])
VAN_CONFIRMATION_PDF = mailcraft.pdf(["Skerrow Island Ferries - Booking SK-51098 (amended)",
                                      "Return: Thursday 26 November 2026, Balnahard 16:45",
                                      "2 adults, 1 van under 6 m"])
ACCOUNT_FORM_PDF = mailcraft.pdf(["Skerrow Island Ferries - Corporate account application",
                                  "Organisation / Purchase order number / Billing address",
                                  "Named travellers (up to 20) / Authorised signatory"])
HOTEL_INVOICE_PDF = mailcraft.pdf(["Harbour Inn, Balnahard, Isle of Skerrow",
                                   "Facture / Invoice 4471 - 9 November 2026",
                                   "Double room, 1 night, breakfast incl. GBP 82.00"])
SCRAPE_PNG = mailcraft.png(16, 10, lambda x, y: (120 + 6 * x, 130 - 4 * y, 140 + 3 * y))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("s01-mackinnon-trailer", "en", "closed", {},
      "Euan MacKinnon <euan.mackinnon@glenbrae.example>", "gmail", "Car and trailer on 14 November",
      "Numbered list of three questions (trailer booking, long-vehicle length, free return change) answered in one paragraph, out of order, with figures.",
      cu("11-02 09:12", """Hi,

We're coming over to Skerrow on Saturday 14 November with the car and my brother's small box trailer (we're clearing out our late mum's house in Northend, so it'll be full on the way back).

A few questions before I book:
1. Does the trailer need its own booking, or do I add it to the car?
2. At what length do you start charging for a long vehicle? The car is 4.6 m and the trailer about 2.9 m with the hitch.
3. If the house takes longer than planned, can the return be moved from Sunday to Monday without a fee?

Thanks,
Euan MacKinnon"""),
      ag("callum", "11-02 11:40", """Hello Euan,

Sorry to hear about your mum.

Moving the return to Monday costs nothing the first time you change a booking, so no worries there - do it under Manage my booking, or reply here and I'll do it for you. The trailer goes on the same booking as an extra. Anything over 6 m in total pays the long-vehicle supplement, and together you're about 7.5 m, so that's £18 each way on top of the car fare.

Kind regards,
Callum""")),

    C("s02-hendry-wheelchair", "en", "closed", {"unanswered-question": 1},
      "Morag Hendry <morag.hendry@seamail.example>", "iphone", "Wheelchair - 10:30 on 12 November",
      "Assisted-travel request: lift and gangway help arranged; the island-coach ramp question at the end of the paragraph is skipped; thanks-only reply.",
      cu("11-03 10:05", """Hello,

My mother (84) uses a wheelchair and we're booked on the 10:30 from Ardnacross on Thursday 12 November, foot passengers, booking SK-47730.

Is there a lift from the gangway up to the lounge, or is the lounge on the same level? Could someone meet us at the foot passenger gangway, as the ramp can be steep at low tide? Also, please let me know if the island coach from Balnahard to Northend has a ramp or a low floor, we'll need it to get to my sister's.

Many thanks,
Morag

Sent from my iPhone""", uq=1),
      ag("tariq", "11-03 14:20", """Dear Morag,

Thank you for letting us know in advance. The passenger lounge on MV Solan is one deck up from where you board, and there's a lift right beside the entrance - the crew will show you to it.

I've added an assistance note to SK-47730: one of the deck crew will meet you and your mother at the foot of the gangway at 10:05. If the tide is very low we lay the portable ramp plates, which make the slope much gentler.

Best wishes,
Tariq"""),
      cu("11-03 15:02", """That's brilliant, thank you Tariq. Mum is very relieved!

Morag

Sent from my iPhone""", thanks=True)),

    C("s03-ferguson-weather-refund", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Graham Ferguson <g.ferguson@fergusonjoinery.example>", "outlook", "Cancelled sailing 4 November - refund",
      "Weather cancellation, paid twice for the crossing home: refund confirmation promised 'by Monday', delivered three days late after 'Any update on this?'.",
      cu("11-05 08:30", """Good morning,

The 16:45 from Balnahard on Wednesday 4 November was cancelled because of the weather. Booking SK-48213, car and two adults. We were told to rebook online for the next morning, which we did (new booking SK-48260), so we've now paid twice for the crossing home.

I'd like the original return leg refunded to my card, please, rather than a voucher - we don't come over often enough to use one.

Regards,
Graham Ferguson
Ferguson Joinery Ltd
Tel. 01632 960 114"""),
      ag("ishbel", "11-05 12:10", """Dear Mr Ferguson,

I'm sorry your trip home was disrupted, and you're quite right that you shouldn't pay twice. The original return leg (£64.50) has to be refunded by our payments team, because a part-refund on a booking that has been partly used can't be done from the desk. I'll come back to you by Monday with confirmation that it has gone through.

Kind regards,""", promises=[("11-09", 4)]),
      cu("11-12 09:03", """Hello,

Any update on this? I haven't had a confirmation and nothing has appeared on my card yet.

Graham Ferguson""", chase=True),
      ag("ishbel", "11-12 14:30", """Dear Mr Ferguson,

My apologies for the silence. The refund of £64.50 was processed this afternoon, reference RF-20931. Card refunds take 3-5 working days to show on a statement.

Kind regards,""")),

    C("s04-ortiz-abono", "es", "closed", {},
      "Beatriz Ortiz <beaortiz@correo-isla.example>", "gmail_es", "Abono de residente",
      "Spanish newcomer on the island: three questions inside one paragraph (bus included? daughter on the same pass? two instalments?) all answered, with a form link.",
      cu("11-09 19:20", """Hola Lucía:

Nos mudamos a Skerrow en septiembre (mi marido trabaja en la piscifactoría) y ahora que ya tenemos el recibo del council queremos sacar el abono de residente.

Tengo tres dudas: ¿el abono de residente incluye también el autobús de la isla o es solo para el ferry? ¿Puedo añadir a mi hija, que tiene 15 años, al mismo abono? Y quisiera saber si se puede pagar en dos plazos, porque nos coincide con muchos gastos de la mudanza.

Muchas gracias y un saludo,
Beatriz Ortiz""", cte="quoted-printable"),
      ag("lucia", "11-10 09:15", """Hola, Beatriz:

¡Bienvenidos a la isla! El abono de residente (Islander Pass) es solo para el ferry; el autobús tiene su propio bono mensual, de 28 £, que se compra directamente al conductor. Su hija puede ir en el mismo abono como menor a cargo, con un suplemento de 45 £ al año hasta que cumpla 18. Y sí: se puede pagar la mitad al solicitarlo y el resto en marzo.

El formulario está aquí: https://skerrowferries.example/es/islander?paso=1

Un saludo,""")),

    C("s05-weiss-fahrraeder", "de", "pending", {"unanswered-question": 1},
      "Jürgen Weiß <juergen.weiss@radtreff-kassel.example>", "gmail_de", "Fahrräder im Mai",
      "German cycling group: reservation and bike fare answered; the e-bike battery question is skipped.",
      cu("11-16 18:40", """Hallo,

wir sind vier Leute aus Kassel und wollen im Mai zwei Wochen mit dem Rad über die Inseln fahren. Skerrow ist die erste Station, wir kommen am 8. Mai mit dem Zug in Ardnacross an.

Müssen wir die Räder für die Überfahrt vorab reservieren, oder reicht es, am Hafen ein Ticket zu kaufen? Was kostet ein Fahrrad pro Strecke? Zwei von uns fahren E-Bikes – dürfen die mit Akku an Bord, oder gibt es da Einschränkungen?

Vielen Dank und viele Grüße aus Nordhessen
Jürgen Weiß""", uq=1),
      ag("annika", "11-17 08:50", """Hallo Herr Weiß,

schön, dass Skerrow Ihre erste Station ist! Im Mai würde ich unbedingt vorab reservieren: Räder dürfen zwar auf jede Fähre, aber es gibt nur 20 Stellplätze, und an Frühlingswochenenden sind die oft weg. Pro Rad und Strecke zahlen Sie 4 £ – das können Sie bei der Buchung der Personentickets gleich mit hinzufügen.

Viele Grüße aus Balnahard
Annika Brandt""", sig=False)),

    C("s06-campbell-school-trip", "en", "closed", {},
      "Eilidh Campbell <e.campbell@ardnacross-high.example>", "owa", "S3 field trip to Skerrow - 3 December",
      "School group: rate and invoicing answered at once, the coach deferred 'by Friday' and confirmed on Friday with the invoice attached; thanks-only close.",
      cu("11-04 13:05", """Dear Sir/Madam,

I'm organising a field trip for our S3 geography class to the Skerrow field centre on Thursday 3 December: 42 pupils and 5 staff, travelling out on the 09:15 and back on the 15:30.

Could you let me know what the group rate would be? We'd also need the island coach to take us from the pier to the field centre at Kilmory and back in the afternoon - is that something you can arrange? Finally, our finance office needs an invoice addressed to Ardnacross High School rather than a card payment.

Thanks in advance,
Eilidh Campbell
Geography Department
Ardnacross High School""", cc="Finance Office <finance@ardnacross-high.example>"),
      ag("rory", "11-04 16:20", """Dear Eilidh,

School groups of 20 or more travel at £3.20 per pupil return and accompanying staff go free, so for 42 pupils that's £134.40. We're happy to invoice the school directly, payable within 30 days.

The coach I need to check: the depot has the big coach booked for a funeral that week and I'm not sure which day. Let me check with them and I'll confirm by Friday.

Best regards,""", promises=[("11-06", 3)]),
      ag("rory", "11-06 10:45", """Dear Eilidh,

Good news - the coach is free on 3 December. It will meet the 09:15 at the pier (arrives 10:00) and collect you from Kilmory at 14:45 for the 15:30 sailing. Coach hire is £180 for the day; I've put it on the same invoice, attached.

Best regards,""", attach=[("application/pdf", "INV-G-2291.pdf", SCHOOL_INVOICE_PDF)]),
      cu("11-06 12:30", """Perfect - thank you, Rory. Invoice passed to finance.

Eilidh""", thanks=True)),

    C("s07-doyle-rucksack", "en", "closed", {},
      "Niamh Doyle <niamh.doyle@postbox.example>", "gmail", "Left my rucksack on the ferry",
      "Lost property: a rhetorical question in the middle, two real questions answered with a payment link; 'Monday's mail van' is logistics; thanks-only reply.",
      cu("11-06 21:14", """Hi there,

I think I left my rucksack on the 08:15 from Balnahard on Tuesday - navy blue, Berghaus, with a broken zip pull and a Skerrow Show badge on the front. Who leaves their laptop charger, passport and half a sandwich under a ferry seat? Me, apparently.

Has anyone handed it in? If it's there, could you post it to my flat in Glasgow? Happy to pay for the postage.

Niamh"""),
      ag("callum", "11-07 09:05", """Hi Niamh,

Good news: it's sitting in the purser's office (sandwich removed, for everyone's sake). Tracked postage to Glasgow is £7.80 - you can pay here https://skerrowferries.example/pay?ref=LP-1106 and it'll go out on Monday's mail van.

Cheers,
Callum"""),
      cu("11-07 09:31", """Amazing, paid! Thank you so much.

Niamh""", thanks=True)),

    C("s08-lambert-annulation", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Camille Lambert <camille.lambert@messagerie-fr.example>", "apple_fr", "Traversée annulée du 9 novembre",
      "French tourists stranded by a storm: refund answered, the hotel night deferred 'd'ici jeudi' and answered only after 'Je me permets de vous relancer'; hotel invoice sent and acknowledged; References gap on the last reply.",
      cu("11-10 09:40", """Bonjour,

Notre traversée retour du 9 novembre (réservation SK-50917, deux adultes et une voiture) a été annulée à cause de la tempête, et comme il n'y avait plus de bateau ce soir-là, nous avons dû dormir à l'hôtel à Balnahard.

Est-ce que vous prenez en charge la nuit d'hôtel dans ce cas ? Si ce n'est pas possible, pourriez-vous au moins nous rembourser la traversée annulée ? Nous avons finalement pris le ferry du lendemain matin avec un nouveau billet.

Merci d'avance,
Camille Lambert"""),
      ag("solene", "11-10 15:05", """Bonjour Madame Lambert,

Je suis désolée pour ce contretemps. Le trajet annulé vous est remboursé automatiquement, comme pour toute annulation due à la météo : vous le verrez sur votre carte d'ici quelques jours.

Pour la nuit d'hôtel, la décision revient à notre service financier. Je leur transmets votre demande et je reviens vers vous d'ici jeudi.

Bien cordialement,""", promises=[("11-12", 4)]),
      cu("11-16 10:05", """Bonjour Madame Girard,

Je me permets de vous relancer au sujet de la nuit d'hôtel : avez-vous eu un retour du service financier ?

Cordialement,
Camille Lambert""", chase=True),
      ag("solene", "11-16 15:40", """Bonjour Madame Lambert,

Toutes mes excuses pour ce retard. Le service financier accepte de prendre la nuit en charge, jusqu'à 90 £ par chambre. Il suffit de m'envoyer la facture de l'hôtel en réponse à ce message.

Bien cordialement,"""),
      cu("11-16 19:10", """Bonjour,

Voici la facture de l'hôtel (82 £) en pièce jointe.

Camille Lambert""", attach=[("application/pdf", "facture-harbour-inn.pdf", HOTEL_INVOICE_PDF)]),
      ag("solene", "11-17 09:20", """Bonjour Madame Lambert,

Bien reçue. Les 82 £ partent aujourd'hui sur la carte utilisée pour la réservation.

Bien cordialement,""", refs=[1, 5])),

    C("s09-pryce-campervan", "en", "closed", {},
      "Owen Pryce <owen.pryce@dyfi-vans.example>", "android", "Campervan height",
      "Phone mail: van height and staying in the van answered with a bare figure and an alternative for the dog.",
      cu("11-08 17:50", """Hiya, we've got a self-converted Sprinter, 2.95m high with the solar panels. Will it fit on the car deck? And can we stay in the van during the crossing - the dog gets anxious if we leave her.

Owen

Get Outlook for Android"""),
      ag("callum", "11-09 08:10", """Hi Owen,

3.2 m headroom on the vehicle deck, so the Sprinter fits - book it as "van/campervan under 6 m". Nobody can stay on the vehicle deck while we're under way, I'm afraid, but dogs are welcome on the outside seating and in the pet lounge on the upper deck, and it's only 40 minutes.

Callum""")),

    C("s10-achterberg-guide-dog", "en", "pending", {},
      "Pieter Achterberg <p.achterberg@kpn-mail.example>", "thunderbird", "Travelling with a guide dog",
      "Three bulleted questions from a blind traveller answered out of order in one reply (multipart/alternative), ending with a conditional offer; thanks-only reply.",
      cu("11-15 11:30", """Dear team,

I am registered blind and travel with my guide dog, Bosco. I will come to Skerrow for a week in early December to visit a friend.

I have three questions:
- Does Bosco need a ticket?
- Is there a quieter area on board where a dog can lie down without being stepped on?
- Can you send my tickets as plain text in the email instead of a PDF? My screen reader does not cope well with your PDFs.

Kind regards,
Pieter Achterberg"""),
      ag("tariq", "11-15 15:10", """Dear Pieter,

Assistance dogs always travel free and don't need a ticket of their own. I've set your account so that confirmations and e-tickets arrive as plain text in the body of the email from now on - no PDF - and the crew can read your reference from your phone at the gangway.

On board, the forward lounge on the upper deck is the quiet one: beside the priority seats there's a space that's kept clear for assistance dogs.

If you'd like someone to meet you at the terminal, just tell me which sailing.

Best wishes,
Tariq""", kind="alt"),
      cu("11-15 16:02", """Thank you Tariq, that is very helpful. I will write again once I have chosen the sailing.

Pieter""", thanks=True)),

    C("s11-macleod-islander-renewal", "en", "closed", {"unanswered-question": 1},
      "Donald MacLeod <donnie.macleod@skerrowcroft.example>", "gmail", "Islander pass renewal",
      "Islander pass: renewal timing and the price rise answered; the address change requested in its own paragraph is not done or mentioned.",
      cu("11-06 07:45", """Morning,

My Islander pass runs out at the end of November. Can I renew it online now or do I have to wait until December? And has the price gone up this year - someone at the shop said it's going up by a tenner.

Please also update the address on my pass to 4 Shore Road, Balnahard. We moved down from the croft in October.

Thanks
Donnie""", uq=1),
      ag("ishbel", "11-06 11:15", """Hi Donnie,

You can renew now - renewals open six weeks before expiry and the new pass starts the day after the old one ends, so you won't lose any days: https://skerrowferries.example/islander/renew?id=IP-0442

The shop is right for once: from 1 December it goes from £310 to £320.

Best wishes,
Ishbel""")),

    C("s12-thornton-ramblers-coach", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 2},
      "Patricia Thornton <pat.thornton@ardnacross-ramblers.example>", "outlook", "Coach hire for the Ramblers, 5 December",
      "Walking club: ferry fare given, coach price promised 'by Wednesday' and sent five days late after two chases (the second lost its threading headers); the toilet question is never answered.",
      cu("11-09 10:20", """Hello,

Ardnacross Ramblers would like to spend a day on Skerrow on Saturday 5 December - 18 of us, foot passengers on the 08:15 out and the 16:45 back.

We'd like to hire the island coach for the day to take us to the lighthouse at Rubha Mòr in the morning and collect us from Kilmory in the afternoon. How much would that be? Could you also let me know whether the coach has a toilet, as several of our members are in their eighties?

Best wishes,
Pat Thornton
Secretary, Ardnacross Ramblers""", uq=1),
      ag("rory", "11-09 14:30", """Dear Pat,

What a lovely day out - the lighthouse path is at its best in the winter light. The ferry part is easy: as a group of 18 you'd pay £5.40 each return.

For the coach I need a price from the depot, as it depends on which driver is on that Saturday. I'll send you the full quote by Wednesday.

Best regards,""", promises=[("11-11", 5)]),
      cu("11-12 16:00", """Hi Rory,

Just following up on the coach price - our committee meets on Monday and I'd like to put a figure to them.

Pat""", chase=True),
      cu("11-16 09:10", """Hello again,

Still waiting on the coach quote, I'm afraid. The committee has agreed the trip in principle but I can't confirm numbers without a price.

Pat Thornton
Secretary, Ardnacross Ramblers""", chase=True, thread=False),
      ag("rory", "11-16 12:40", """Dear Pat,

I'm very sorry for the wait - the depot only got back to me this morning. Coach hire for the day comes to £210: pier to the lighthouse car park for 09:10, then pick-up at Kilmory at 15:45 in time for the 16:45. The quote is attached; if the committee is happy, reply and I'll book it.

Best regards,""", attach=[("application/pdf", "Q-COACH-1187.pdf", RAMBLERS_QUOTE_PDF)])),

    C("s13-brennan-receipt-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Sean Brennan <sean@brennan-surveys.example>", "gmail", "Receipt for SK-49871",
      "Receipt request ignored for two days and resent word for word as a new mail with the same subject; answered the next morning with a PDF and a one-line explanation of zero-rated VAT.",
      cu("11-09 08:05", """Hello,

Could you send me a VAT receipt for booking SK-49871 (car and driver, 2 November, Ardnacross to Skerrow and back)? The confirmation email doesn't show any VAT and my accountant won't accept it.

Thanks,
Sean Brennan
Brennan Land Surveys"""),
      cu("11-11 18:30", """Hello,

Could you send me a VAT receipt for booking SK-49871 (car and driver, 2 November, Ardnacross to Skerrow and back)? The confirmation email doesn't show any VAT and my accountant won't accept it.

Thanks,
Sean Brennan
Brennan Land Surveys""", chase=True, parent=0),
      ag("ishbel", "11-12 10:20", """Dear Mr Brennan,

Apologies for the delay. The receipt for SK-49871 is attached. Passenger ferry fares are zero-rated, which is why there was no VAT on your confirmation - the receipt now shows that explicitly (VAT £0.00), and accountants generally accept it in that form.

Kind regards,""", attach=[("application/pdf", "receipt-SK-49871.pdf", RECEIPT_PDF)])),

    C("s14-vogel-silvester", "de", "pending", {},
      "Sabine Vogel <sabine.vogel@vogel-architekten.example>", "outlook_de", "Überfahrt mit Auto über Silvester",
      "German family: holiday timetable (answered with a link and times), check-in time and payment by invoice (no, card or PayPal) - all answered.",
      cu("11-17 20:15", """Sehr geehrte Damen und Herren,

wir möchten über Silvester mit dem Auto nach Skerrow kommen (Hinfahrt 29.12., Rückfahrt 2.1., zwei Erwachsene, ein Kind).

Ist der Winterfahrplan für die Feiertage schon veröffentlicht? Wie früh müssen wir mit dem Auto am Hafen sein? Und ist eine Zahlung per Rechnung möglich, oder nur mit Kreditkarte?

Mit freundlichen Grüßen
Sabine Vogel"""),
      ag("annika", "11-18 09:30", """Sehr geehrte Frau Vogel,

den Feiertagsfahrplan gibt es seit letzter Woche: https://skerrowferries.example/de/fahrplan?saison=winter – am 29.12. fahren wir ab Ardnacross um 08:15, 12:30 und 16:45, am 2.1. ab Balnahard um 10:00 und 15:30.

Bitte stellen Sie sich spätestens 30 Minuten vor der Abfahrt in die Fahrzeugspur, danach können wir den Platz nicht mehr garantieren.

Bezahlt wird bei der Buchung mit Karte oder PayPal; Rechnungen stellen wir nur Firmenkunden aus.

Mit freundlichen Grüßen""")),
]

CASES += [
    C("s15-ruiz-coro", "es", "pending", {"unanswered-question": 1},
      "Rafael Ruiz <rafa.ruiz@coralsantcugat.example>", "gmail_es", "Coro de 34 personas - abril 2027",
      "Spanish choir: group price deferred to 'el lunes' and sent on Monday with a PDF; the question about the island bus carrying the music stands is never answered.",
      cu("11-11 11:00", """Buenos días:

Somos el Coro de Sant Cugat y en abril haremos una gira por Escocia. El 17 de abril queremos cruzar a Skerrow para cantar en la iglesia de Balnahard: seremos 34 personas, todas a pie, ida en el barco de las 9:15 y vuelta en el de las 17:30.

¿Tienen tarifa de grupo para algo así? Nos vendría muy bien saberlo cuanto antes, porque estamos cerrando el presupuesto de la gira. Además, ¿sería posible que el autobús de la isla nos llevara del muelle a la iglesia con las partituras y los atriles?

Un saludo cordial,
Rafael Ruiz
Coro de Sant Cugat""", uq=1),
      ag("lucia", "11-11 16:30", """Buenas tardes, Rafael:

¡Qué plan tan bonito! Los precios de grupo de abril todavía no están publicados, así que tengo que pedírselos a mi compañero de grupos. Le escribo el lunes con el presupuesto.

Un saludo,""", promises=[("11-16", 3)]),
      ag("lucia", "11-16 12:10", """Hola de nuevo, Rafael:

Como le prometí, aquí tiene el presupuesto: para grupos de más de 30 personas en abril son 6,20 £ por persona ida y vuelta, 210,80 £ en total, y los dos directores viajan gratis. Puede reservar sin pagar nada hasta el 1 de marzo.

Un saludo,""", attach=[("application/pdf", "presupuesto-coro-santcugat.pdf", CHOIR_QUOTE_PDF)])),
]

CASES += [
    C("s16-ahmed-return-refund", "en", "closed", {"unanswered-question": 2},
      "Yasmin Ahmed <yasmin.ahmed@northmail.example>", "gmail", "Refund for cancelled return SK-48122",
      "Return leg refunded with amount and card; the booking-fee question and the request for an outward receipt are both ignored.",
      cu("11-04 19:30", """Hi,

My return on Monday (booking SK-48122) was cancelled because the Corra was in for repairs, and I got a lift back with a friend on his fishing boat instead, so I didn't use the replacement sailing you offered. I'd like the return leg refunded, please.

Could you also tell me whether the £2.50 booking fee is refundable? And please email me a receipt for the outward journey as well - I need it for my expenses claim.

Thanks,
Yasmin""", uq=2),
      ag("ishbel", "11-05 10:00", """Hi Yasmin,

I've refunded the return leg today: £23.40 back to the card ending 5512. It should show within 3-5 working days.

Sorry again that the Corra let you down.

Best wishes,
Ishbel""")),

    C("s17-fraser-christmas-html", "en", "closed", {},
      "Kirsty Fraser <kirsty.fraser@fraserfamily.example>", "owa", "Christmas sailings",
      "HTML-only mail from Outlook on the web: Christmas and Boxing Day sailings and the booking opening date, answered with times and a link.",
      cu("11-12 12:00", """Hi,

We're planning to spend Christmas with my parents on Skerrow this year. Are there any sailings on Christmas Day and Boxing Day? And when do bookings open for the festive period?

Kirsty Fraser""", kind="html"),
      ag("fiona", "11-12 13:40", """Hi Kirsty,

Nothing sails on the 25th, I'm afraid. On the 26th we run a reduced timetable with two return crossings, 10:00 and 14:30 from Ardnacross. The festive sailings have been on sale since 1 November, so you can book straight away: https://skerrowferries.example/festive?utm_source=email

Best wishes,
Fiona""")),

    C("s18-murray-double-charge", "en", "pending", {"reopened": 1},
      "Alasdair Murray <ally.murray@murraycroft.example>", "gmail", "Charged twice for SK-50233",
      "Duplicate payment refunded and the ticket marked resolved; the customer comes back four days later with a wrong confirmation, fixed with an attachment.",
      cu("11-13 08:10", """Hi,

I've been charged twice for booking SK-50233 - two payments of £56.00 on my card on 11 November, a minute apart. Please refund one of them.

Ally Murray"""),
      ag("ishbel", "11-13 11:45", """Hi Ally,

You're right - the payment page timed out and took the money twice. I've refunded the duplicate £56.00 today (ref RF-21107); it'll be back on your card in 3-5 working days. I'll mark this ticket as resolved, but do reply if anything else looks wrong.

Best wishes,
Ishbel""", closes=True),
      cu("11-17 18:20", """Hi Ishbel,

Thanks, the refund's arrived. One more thing though - the booking confirmation still shows the old sailing (Wednesday 12:30) even though I changed it to the 16:45 on the phone. Could you re-send a confirmation with the right time?

Ally"""),
      ag("ishbel", "11-18 09:05", """Hi Ally,

The change to the 16:45 had been noted but never saved - sorry about that. It's fixed now, and the corrected confirmation is attached.

Best wishes,
Ishbel""", attach=[("application/pdf", "SK-50233-amended.pdf", CONFIRMATION_PDF)])),

    C("s19-gallagher-trade-van", "en", "open", {"awaiting-reply": 1},
      "Declan Gallagher <declan.gallagher@gallagher-build.example>", "outlook", "Trade van for the week",
      "Two questions about a trade van; only the booking office's automatic acknowledgement came back, two days on.",
      cu("11-18 08:00", """Hello,

I'm taking a van over on Monday 23rd for a kitchen fit in Kilmory and coming back on the Friday. Is there a discount for trades vans staying over the week? Also, can I book the return open-dated in case the job runs over?

Thanks,
Declan Gallagher
Gallagher Building Services"""),
      ack("11-18 08:01")),

    C("s20-kerr-bikes-on-coach", "en", "open", {},
      "Lorna Kerr <lorna.kerr@kerrmail.example>", "gmail", "Bikes on the island coach?",
      "A question sent this morning; only the automatic acknowledgement so far, still inside the response target.",
      cu("11-20 10:35", """Hi,

Do you take bikes on the island coach, or only on the ferry? I'm thinking of coming over on Sunday and cycling back from the lighthouse.

Lorna"""),
      ack("11-20 10:36")),

    C("s21-dubois-club-velo", "fr", "closed", {"unanswered-question": 1},
      "Hélène Dubois <helene.dubois@cyclo-rance.example>", "gmail", "Séjour vélo juin 2027 - 12 cyclistes",
      "French cycling club: space for twelve bikes and whether to dismantle them answered; the request for a detailed quote for the treasurer is ignored.",
      cu("11-05 14:20", """Bonjour,

Je suis responsable des sorties du club Cyclo Rance Émeraude. Nous préparons un séjour en Écosse pour juin 2027 : 12 cyclistes avec leurs vélos, sur les traversées Ardnacross–Skerrow du 14 juin (aller) et du 17 juin (retour).

Pouvez-vous me confirmer qu'il y aura assez de place pour douze vélos sur un même bateau ? Faut-il les démonter ou les emballer ? Pourriez-vous également nous envoyer un devis détaillé au nom du club pour notre trésorier ?

Merci beaucoup,
Hélène Dubois""", uq=1),
      ag("solene", "11-05 17:00", """Bonjour Madame Dubois,

Chaque bateau prend vingt vélos ; pour un groupe de douze, je vous conseille simplement de réserver dès l'ouverture des ventes d'été, le 1er février. Inutile de les démonter : l'équipage les range debout sur le pont garage, avec des sangles.

Belle préparation de séjour !

Bien cordialement,""")),

    C("s22-nakamura-ev-mobility", "en", "pending", {"many-handoffs": 1},
      "Haruki Nakamura <h.nakamura@lumen-design.example>", "apple", "EV, parking near the lift, cancellation",
      "Three questions answered by three agents: charger by Callum (who hands the parking to Tariq, kept within the window), parking by Tariq, refunds by Ishbel; thanks-only close.",
      cu("11-16 09:30", """Hello,

I'm travelling to Skerrow on 1 December for a fortnight with an electric car and my partner, who has limited mobility after a hip operation.

Three things:
- Is there an EV charger at either terminal?
- Can we park near the lift on the car deck?
- If we have to cancel because of the hospital follow-up, do we get a refund or only a credit?

Thanks in advance,
Haruki Nakamura"""),
      ag("callum", "11-16 11:15", """Hi Haruki,

There's a 22 kW charger at Ardnacross terminal (two bays, pay by app). Nothing at Balnahard yet, but the garage in Kilmory has one. For the parking on the car deck, I've asked my colleague Tariq, who looks after assisted travel, to pick that up with you.

Regards,""", promises=[("window", 3)]),
      ag("tariq", "11-16 14:00", """Hello Haruki,

Callum passed your note on. I've put a mobility marker on your booking, which means the loading crew will park you in the lane nearest the lift on both crossings - just show the blue card we'll email you to the marshal at check-in.

Best wishes,
Tariq""", parent=1),
      ag("ishbel", "11-17 10:10", """Dear Haruki,

On cancelling: up to 24 hours before sailing you can choose a full refund to your card or a credit with no fee. Inside 24 hours, a medical reason is refunded too if you send us a short note from the hospital.

Kind regards,""", parent=1),
      cu("11-17 12:00", """Thank you all - that covers everything.

Haruki""", thanks=True)),

    C("s23-oconnor-storm-morning", "en", "closed", {"missed-follow-up": 1},
      "Siobhan O'Connor <siobhan.oconnor@westnet.example>", "iphone", "08:15 tomorrow - will it sail?",
      "Evening mail before a storm: the freight-sailing question answered, 'I'll email you first thing tomorrow morning' never followed by any message.",
      cu("11-10 19:45", """Hi, I'm booked on the 08:15 from Balnahard tomorrow (SK-50388) and the forecast looks awful. Is it likely to sail? I have a hospital appointment in Glasgow at 2pm, so if it's cancelled could I go on the 06:40 freight sailing instead?

Siobhan

Sent from my iPhone"""),
      ag("callum", "11-10 20:30", """Hi Siobhan,

It's marginal - gusts of 45 knots around dawn, easing after 10. The 06:40 is freight only, but for a hospital appointment the master will normally take a few foot passengers, and I've put your name on his list.

The call on the 08:15 is made at 6am. I'll email you first thing tomorrow morning as soon as I know.

Callum""", promises=[("11-11", None)])),

    C("s24-hoffmann-saisonkarte", "de", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Miriam Hoffmann <miriam.hoffmann@posteo-mail.example>", "gmail_de", "Saisonkarte SP-2207 – Erstattung",
      "German seasonal worker: transfer refused at once, partial refund deferred 'bis nächsten Mittwoch' and answered on Thursday; the receipt for her tax return is never mentioned.",
      cu("11-11 09:15", """Liebes Team von Skerrow Island Ferries,

ich habe im Sommer im Hotel in Kilmory gearbeitet und dafür die Saisonkarte für Mitarbeiter gekauft (Nr. SP-2207). Im September musste ich wegen eines Trauerfalls früher nach Hause fahren und habe die Karte seitdem nicht mehr genutzt.

Kann ich für die ungenutzten Wochen eine anteilige Erstattung bekommen? Falls nicht: Lässt sich die Karte auf die nächste Saison übertragen? Außerdem hätte ich gern eine Quittung über den Kaufpreis für meine Steuererklärung.

Herzliche Grüße
Miriam Hoffmann""", uq=1),
      ag("annika", "11-11 14:20", """Liebe Frau Hoffmann,

das tut mir sehr leid. Mitarbeiterkarten lassen sich leider nicht auf die nächste Saison übertragen. Ob wir anteilig erstatten können, entscheidet unsere Buchhaltung – ich kläre das mit den Kolleginnen und melde mich bis nächsten Mittwoch bei Ihnen.

Herzliche Grüße""", promises=[("11-18", 3)]),
      ag("annika", "11-19 10:40", """Liebe Frau Hoffmann,

entschuldigen Sie, dass es einen Tag länger gedauert hat. Die Buchhaltung erstattet Ihnen die zehn ungenutzten Wochen anteilig, also 148 £. Der Betrag geht in den nächsten Tagen auf die Karte, mit der Sie bezahlt haben.

Herzliche Grüße""")),

    C("s25-williams-removals-inline", "en", "closed", {},
      "Gareth Williams <gareth.williams@tanybryn.example>", "thunderbird", "Moving to Skerrow in January",
      "Four questions about a house move answered inline under each quoted line: 'Yes, ...', a bare price, contact details, and a one-line condition.",
      cu("11-03 16:30", """Hello,

We're moving to Skerrow in January (we bought the old schoolhouse at Northend!) and I'm trying to plan the logistics. A few questions:

Can a 7.5 tonne removals lorry go on the normal sailings?
What does a 7.5t cost one way?
Does it need to be booked through a different office?
Is there a residents' discount once we've moved, and how soon can we apply?

Sorry for the barrage.

Gareth"""),
      ag("callum", "11-04 09:10", """Hi Gareth,

Congratulations on the schoolhouse - it's been empty far too long.

> Can a 7.5 tonne removals lorry go on the normal sailings?

Yes, on any sailing apart from the Monday 06:40, which is full of fish lorries.

> What does a 7.5t cost one way?

£142, driver included.

> Does it need to be booked through a different office?

Freight desk: freight@skerrowferries.example or 01632 960 200. Ask the removals firm to book it on their account.

> Is there a residents' discount once we've moved, and how soon can we apply?

The Islander pass - as soon as you have a council tax bill or a tenancy at a Skerrow address.

All the best with the move,
Callum""", quote=False)),

    C("s26-singh-distillery-quote", "en", "pending", {},
      "Harpreet Singh <harpreet.singh@glenmoor-distillery.example>", "outlook", "Staff day 11 December - revised numbers",
      "Revised group quote requested; the agent confirms both changes and promises the quote 'on Tuesday' (24 November, after the audit time). Multipart/alternative reply.",
      cu("11-18 14:10", """Hi Rory,

Following our call, could you send me a revised quote for our staff day on 11 December with 64 people instead of 50? We'd also like the coach to do two runs to the distillery rather than one.

Thanks,
Harpreet Singh
Events, Glenmoor Distillery"""),
      ag("rory", "11-19 10:30", """Hi Harpreet,

Noted on both counts: 64 people and two coach runs, the second leaving the pier at 10:45. The distillery wants to confirm lunch numbers before I finalise the price, so I'll send the revised quote on Tuesday.

Best regards,""", promises=[("11-24", None)], kind="alt")),

    C("s27-patel-north-berth", "en", "pending", {},
      "Anjali Patel <anjali.patel@mailhub.example>", "gmail", "No ticket yet for SK-51004",
      "Two questions answered with process and logistics (tickets are emailed 48 hours before; cars load from the north berth next Tuesday) - neither is a promise.",
      cu("11-17 13:20", """Hello,

I've booked the car on the 12:30 from Ardnacross next Tuesday (SK-51004). I haven't received a ticket yet - is that normal? And where do cars queue? Last time we were sent round the back of the terminal and nearly missed it.

Thanks,
Anjali"""),
      ag("callum", "11-17 15:00", """Hi Anjali,

Yes, that's normal: e-tickets are emailed automatically 48 hours before the sailing. Next Tuesday the main linkspan is closed for maintenance, so vehicles load from the north berth - follow the yellow signs past the terminal to lanes 7 to 9. Staff will be there from 11:45.

Callum""")),

    C("s28-morrison-sunday-coach", "en", "closed", {"unanswered-question": 1},
      "Catriona Morrison <catriona.morrison@rootsmail.example>", "gmail", "Getting to Northend without a car",
      "Questions inside one long paragraph; the reply answers the flag-down question and the Saturday connection, but not the Sunday connection that was asked.",
      cu("11-02 20:05", """Hello,

I'm coming to Skerrow for my gran's 90th at the end of the month and trying to work out whether I can do it without a car. I'd get the 12:30 ferry over on Saturday 28th, and the party is at the hall in Northend, which I gather is a good 20 minutes from the pier by coach. Does the 17:10 coach from Northend connect with the last ferry back on Sundays? I've heard the Sunday timetable is different in winter and I really don't want to be stranded. My friend says you can also flag the coach down anywhere along the road - is that right, or do I have to be at a stop?

Thanks so much,
Catriona""", uq=1),
      ag("fiona", "11-03 09:30", """Hi Catriona,

Happy 90th to your gran! You can flag the coach down anywhere on the island road, as long as it's safe for the driver to stop - just wave clearly. On Saturdays the 12:30 sailing connects with the 13:15 coach from the pier, which gets to Northend at 13:38.

Best wishes,
Fiona""")),

    C("s29-herrera-galga", "es", "closed", {"unanswered-question": 1},
      "Marta Herrera <marta.herrera@estudioherrera.example>", "gmail_es", "Viajar con mi perra",
      "Spanish photographer: dog on board and dog ticket answered together; the request for an invoice in the studio's name with its tax number is ignored.",
      cu("11-04 10:00", """Hola:

Viajaré a Skerrow del 20 al 24 de noviembre por trabajo (soy fotógrafa y preparo un libro sobre faros) y me gustaría llevar a mi perra, una galga muy tranquila.

¿Los perros pueden ir en la zona de pasajeros o tienen que quedarse en el coche? ¿Hay que pagar billete para ella?

Además, necesito que me envíen la factura a nombre de mi estudio, Estudio Herrera S.L., con el CIF B-86541234, porque el viaje lo paga la editorial.

Gracias de antemano,
Marta Herrera""", uq=1),
      ag("lucia", "11-04 12:45", """Hola, Marta:

Los perros viajan gratis y pueden ir con usted en la cubierta exterior o en el salón para mascotas del piso de arriba; no hace falta dejarla en el coche (de hecho, durante la travesía nadie puede quedarse en la cubierta de vehículos). Solo le pedimos que la lleve con correa.

¡Mucha suerte con el libro!

Un saludo,""")),

    C("s30-blake-no-reply", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Tom Blake <tom.blake@blakehaulage.example>", "android", "Cancelled 16:45 on 12 Nov",
      "Refund and parking questions get only the automatic acknowledgement; four days later 'Hello? I still haven't had a reply'; still nothing.",
      cu("11-13 07:40", """Hi, my 16:45 on 12 Nov was cancelled (weather) and I had to leave the car at Balnahard overnight and come back for it. Booking SK-50560. Can I get a refund for the cancelled sailing please, and is there anything towards the extra night's parking?

Tom

Get Outlook for Android"""),
      ack("11-13 07:41"),
      cu("11-17 12:15", """Hello? I still haven't had a reply to this, apart from the automatic one. Can someone please get back to me about the refund.

Tom

Get Outlook for Android""", chase=True, parent=1)),
]

CASES += [
    C("s31-fischer-rollstuhl", "de", "closed", {},
      "Klaus Fischer <klaus.fischer@fischer-reisen.example>", "outlook_de", "Reise mit Rollstuhl im Juni",
      "German couple, wheelchair user: accessible toilet, step-free route to the harbour hotel and wheelchair space on the island buses - three paragraphs, three answers.",
      cu("11-05 16:10", """Guten Tag,

meine Frau sitzt im Rollstuhl, und wir planen für Juni eine Woche auf Skerrow. Wir reisen mit einem Mietwagen an.

Könnten Sie mir sagen, ob es auf der Fähre eine barrierefreie Toilette gibt? Und ist das Hotel am Hafen von Balnahard vom Anleger aus ohne Stufen erreichbar? Zudem interessiert mich, ob die Inselbusse Rollstühle mitnehmen können.

Mit freundlichen Grüßen
Klaus Fischer"""),
      ag("annika", "11-06 08:20", """Guten Tag Herr Fischer,

auf beiden Schiffen gibt es eine barrierefreie Toilette auf dem Passagierdeck, direkt neben dem Aufzug.

Vom Anleger zum Harbour Inn sind es etwa 80 Meter auf einem ebenen, gepflasterten Weg ohne Stufen; am Hoteleingang ist eine Rampe.

Beide Inselbusse haben eine ausklappbare Rampe und einen Rollstuhlplatz. Wenn Sie vorher Bescheid geben, hält der Fahrer auch direkt vor dem Hotel.

Mit freundlichen Grüßen""")),

    C("s32-mcintyre-second-driver", "en", "pending", {},
      "Fraser McIntyre <fraser.mcintyre@mcintyre-plumbing.example>", "gmail", "Second driver on SK-51230",
      "A pleasantry with a question mark and a question the customer answers himself; the real request (add his son as driver) is done.",
      cu("11-16 07:55", """Morning all, hope you're surviving the gales?

Quick one. My son needs to go on booking SK-51230 as a second driver - he'll be bringing the van back on the Friday. Where do I even find the booking reference? Actually, never mind - it's in the subject line of the confirmation, which is where I got it from.

Can you add him? His name is Calum McIntyre.

Cheers,
Fraser"""),
      ag("fiona", "11-16 09:40", """Morning Fraser - we're surviving, just about!

Calum is now on SK-51230 as a second driver, no charge. He'll just need his licence with him at check-in on Friday.

Fiona""")),

    C("s33-lindsay-smokehouse-freight", "en", "pending", {},
      "Morven Lindsay <morven@skerrow-smokehouse.example>", "outlook", "Weekly pallet from January",
      "Freight question passed to a colleague with 'he'll email you the quote by tomorrow'; the colleague answers the next day (price and reefer plugs); thanks-only reply.",
      cu("11-16 10:30", """Hi Fiona,

We're starting to send smoked salmon to mainland shops every week from January - one pallet every Tuesday on the 06:40. Could you get me a freight quote for that, and let me know whether we need our own chilled trailer or whether you have reefer plugs on board?

Thanks,
Morven Lindsay
Skerrow Smokehouse"""),
      ag("fiona", "11-16 11:20", """Hi Morven,

That's great news for the smokehouse! Freight isn't my department, so I've passed this to Callum on the freight desk - he'll email you the quote by tomorrow.

Best wishes,
Fiona""", promises=[("11-17", 3)]),
      ag("callum", "11-17 14:05", """Hi Morven,

Fiona passed your message on. One pallet a week on the Tuesday 06:40 is £38 per pallet on a groupage trailer, or £165 if you send your own 13.6 m trailer. We have six reefer plugs on the freight deck, free to use - book a plug along with the pallet each week and you won't need a chilled trailer of your own.

Regards,""", parent=1),
      cu("11-17 15:00", """Brilliant, thanks both.

Morven""", thanks=True)),

    C("s34-boyle-rover-double", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Ciara Boyle <ciara.boyle@boylemail.example>", "gmail", "Island Rover taken twice",
      "Double payment: 'I'll check with the card processor and get back to you' (no deadline) answered six days later after 'just checking in'; the Sunday lighthouse coach question is never answered.",
      cu("11-10 12:00", """Hi,

I bought an Island Rover (5 days unlimited travel, coach included) on 8 November and my bank shows it was taken twice - £48 on the 8th and again on the 9th. Can you look into it and refund the second one?

Also, does the Rover cover the Sunday coach to the lighthouse? The driver wouldn't let me on with it yesterday and I had to pay £3.50 in cash.

Ciara""", uq=1),
      ag("ishbel", "11-10 15:25", """Hi Ciara,

Sorry about that. I can see two payments on our side as well, but one of them may be a pre-authorisation that drops off by itself - I'll check with the card processor and get back to you.

Best wishes,
Ishbel""", promises=[("window", 4)]),
      cu("11-15 18:40", """Hi Ishbel, just checking in on this - the second £48 is still showing on my statement.

Ciara""", chase=True),
      ag("ishbel", "11-16 10:05", """Hi Ciara,

It was a genuine double payment, not a pre-authorisation. I've refunded £48 this morning (ref RF-21188). Apologies for the wait.

Best wishes,
Ishbel""")),

    C("s35-moreau-fauteuil", "fr", "closed", {},
      "Jacques Moreau <jacques.moreau@libre-mail.example>", "apple_fr", "Fauteuil roulant électrique",
      "French wheelchair user: gangway and lift dimensions and charging on board, answered with figures plus a tip; thanks-only reply.",
      cu("11-08 10:30", """Bonjour,

Je voyage seul, en fauteuil roulant électrique (68 cm de large, 140 kg avec moi). Je voudrais savoir si votre passerelle piétons et l'ascenseur du navire sont adaptés à ce type de fauteuil. Par ailleurs, est-il possible de recharger la batterie du fauteuil à bord ? La traversée est courte, mais la journée sur l'île sera longue.

Merci pour votre aide,
Jacques Moreau"""),
      ag("solene", "11-08 14:00", """Bonjour Monsieur Moreau,

Oui, sans problème : la passerelle fait 90 cm de large et supporte 300 kg, et l'ascenseur du MV Solan accepte les fauteuils jusqu'à 80 cm et 250 kg. Près des places réservées du salon avant, vous trouverez une prise où brancher votre chargeur pendant la traversée. Sur l'île, le Harbour Café de Balnahard recharge aussi les fauteuils, gratuitement.

Bien cordialement,"""),
      cu("11-08 15:30", """Merci infiniment, c'est parfait.

Jacques Moreau""", thanks=True)),

    C("s36-grant-rover-gift", "en", "closed", {"unanswered-question": 1},
      "Hamish Grant <hamish.grant@grantfamily.example>", "gmail", "Summer Rover 2027",
      "Price question answered; a follow-up mail asks two more things (gift voucher, car or foot only) and only the gift voucher is answered.",
      cu("11-03 18:00", """Hello,

What's the price of a Summer Rover for 2027 for two adults and two kids (9 and 12)?

Hamish"""),
      ag("fiona", "11-04 09:00", """Hi Hamish,

The 2027 family Summer Rover (two adults and up to three children under 16) is £245. It's valid on every sailing and on the island coach from 1 May to 30 September.

Best wishes,
Fiona"""),
      cu("11-04 21:15", """Thanks Fiona. A couple more then. Can I buy it as a present? It's for my in-laws' 40th anniversary, so I'd want a voucher they can open rather than a booking in their name. And can they use it with their car, or is it foot passengers only?

Cheers,
Hamish""", uq=1),
      ag("fiona", "11-05 10:10", """Hi Hamish,

What a lovely present. Yes - we sell it as a gift voucher, either printed in a card (posted free) or as a PDF, and the holders fill in their names the first time they use it. You can order it here: https://skerrowferries.example/gifts?item=summer-rover

Best wishes,
Fiona""")),

    C("s37-bauer-umbuchung", "de", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Thomas Bauer <thomas.bauer@bauer-fotografie.example>", "gmail_de", "Umbuchung SK-51190",
      "German customer: rebooking a saver fare, 'ich melde mich morgen' never kept; 'gibt es schon etwas Neues?' two days later, unanswered.",
      cu("11-16 08:30", """Hallo,

ich habe für den 27. November die Überfahrt mit Auto gebucht (SK-51190), muss aber wegen eines Auftrags auf den 4. Dezember verschieben. Geht das noch ohne Umbuchungsgebühr? Meine Buchung war ein Spartarif.

Viele Grüße
Thomas Bauer"""),
      ag("annika", "11-16 11:00", """Hallo Herr Bauer,

bei Spartarifen hängt das vom Kontingent ab. Ich schaue mir Ihre Buchung genauer an und melde mich morgen bei Ihnen.

Viele Grüße""", promises=[("11-17", None)]),
      cu("11-18 19:30", """Hallo Frau Brandt,

gibt es schon etwas Neues wegen der Umbuchung? Ich würde das gern vor dem Wochenende klären.

Viele Grüße
Thomas Bauer""", chase=True)),

    C("s38-reid-winter-timetable", "en", "closed", {},
      "Moira Reid <moira.reid@kilmory-guesthouse.example>", "outlook", "Winter timetable dates",
      "Guest-house owner whose signature says 'Fancy a night by the sea?' with a ?-URL; question answered with dates and a PDF link; thanks-only reply with the same signature.",
      cu("11-02 11:00", """Hello,

Could you tell me when the winter timetable starts this year? Our guests keep asking and I'd like to put it on our website.

Best wishes,
Moira Reid
Kilmory Guest House
Fancy a night by the sea? https://kilmory-guesthouse.example/book?src=email"""),
      ag("fiona", "11-02 12:15", """Hi Moira,

From Monday 9 November until 27 March. Here's the PDF if you'd like to link to it: https://skerrowferries.example/timetable/winter-2026.pdf

Best wishes,
Fiona"""),
      cu("11-02 12:40", """Lovely, thank you!

Moira Reid
Kilmory Guest House
Fancy a night by the sea? https://kilmory-guesthouse.example/book?src=email""", thanks=True)),

    C("s39-evans-photographer", "en", "pending", {"unanswered-question": 1, "slow-first-response": 1},
      "Rhys Evans <rhys.evans@evans-photography.example>", "outlook", "Camera kit on the ferry - 19 December",
      "Friday-evening mail answered on Monday: luggage and trolley answered in one sentence; the request for an invoice in the business name is skipped.",
      cu("11-13 17:30", """Hi,

I'm a wedding photographer with a wedding at Kilmory Church on 19 December, and I'll have about 60 kg of kit in cases on a trolley. Is there a luggage limit for foot passengers? Can I bring the trolley on board or does it have to stay on the car deck?

I'd also need an invoice in the business name, Rhys Evans Photography, for the crossing.

Thanks,
Rhys""", uq=1),
      ag("callum", "11-16 09:30", """Hi Rhys,

Sorry for the slow reply - the weekend was all cancellations. No weight limit for foot passengers as long as you can manage it yourself, and the trolley can come up the gangway with you and stay in the luggage bay by the stairs.

Regards,""")),

    C("s40-quinn-wedding", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Aoife Quinn <aoife.quinn@quinn-mail.example>", "gmail", "Wedding guests - 22 May",
      "Five numbered questions: three answered in prose, the midnight charter deferred 'by Wednesday' and never followed up, the wedding discount ignored; a follow-up asks for the booking code, which comes the same day (keeping the 'I'll set up a code' promise).",
      cu("11-12 20:40", """Hello!

My fiancé and I are getting married at the Balnahard Hotel on 22 May and we've got around 80 guests coming from the mainland. I have a list of questions, sorry in advance:

1. Is there a group booking for wedding guests, or should everyone book themselves?
2. About 15 guests will bring cars - is there a way to make sure they all get on the same sailing?
3. Could the island coach do a shuttle between the pier and the hotel on the day?
4. Is it possible to charter a late sailing back to the mainland after the reception, say around midnight?
5. Do you do any discounts for weddings?

Thanks so much!
Aoife""", uq=1),
      ag("rory", "11-13 11:00", """Hi Aoife,

Congratulations to you both! A single group booking is the way to do it: I'll set up a code your guests can use, so everyone books on the 11:00 on 22 May - the cars go on the same list, and I can hold car spaces for them until 1 April. The coach can run a continuous shuttle between the pier and the hotel from 11:45 to 13:00.

A midnight charter I need to discuss with the master and the crew roster. I'll come back to you on that by Wednesday.

Best regards,""", promises=[("window", 4), ("11-18", None)]),
      cu("11-13 12:30", """That's fantastic, thank you! Could you send me the code as soon as it's set up? We're printing the invitations next week and I'd love to put it on them.

Aoife"""),
      ag("rory", "11-13 15:05", """Hi Aoife,

Here it is: QUINN22MAY. It works for up to 90 passengers and 20 cars on the 11:00 sailing on 22 May, and the matching return on the 23rd.

Best regards,""")),
]

CASES += [
    C("s41-garcia-domingos", "es", "pending", {},
      "Lucas García <lucas.garcia@correo-glasgow.example>", "outlook", "Último barco los domingos",
      "Two short Spanish questions answered tersely: a bare time and 'no hace falta', with a link.",
      cu("11-18 18:00", """Hola:

¿A qué hora sale el último barco de Skerrow a Ardnacross los domingos en diciembre? ¿Y hay que reservar si voy a pie?

Gracias,
Lucas"""),
      ag("lucia", "11-19 08:45", """Hola, Lucas:

A las 16:45 (el de las 18:30 no funciona de noviembre a marzo). A pie no hace falta reservar, aunque comprando online se ahorra un 10 %: https://skerrowferries.example/es/billetes?tipo=pie

Un saludo,""")),

    C("s42-mcleish-ewes", "en", "closed", {"unanswered-question": 1},
      "Iain McLeish <iain.mcleish@hillfarm.example>", "thunderbird", "Sheep to the Skerrow sale",
      "Base64-encoded mail from a farmer: booking route and movement licence answered; the request not to park next to the fish lorries is ignored.",
      cu("11-06 06:50", """Morning,

I'm taking 40 ewes across to the Skerrow sale on 21 November in a livestock trailer behind the Land Rover. Do I need to book the trailer on the freight side or as a normal car booking? Do you need the movement licence in advance or just on the day? And please make sure we're not put next to the fish lorries again - the smell upset the sheep something terrible last year.

Iain McLeish
Hill Farm, Ardnacross""", uq=1, cte="base64"),
      ag("callum", "11-06 09:25", """Morning Iain,

Livestock always goes through the freight desk, so I've moved your booking across - it's now FR-8841 on the 12:30 on the 21st, £96 for the Land Rover and trailer. Bring the movement licence with you on the day; the deck crew check it in the marshalling lane.

Callum""")),

    C("s43-forbes-forwarded-confirmation", "en", "closed", {},
      "Neil Forbes <neil.forbes@forbes-consulting.example>", "outlook", "FW: Your booking SK-50702 is confirmed",
      "Customer forwards his confirmation (with its own 'Need to change your plans?' and 'Questions?' lines and a ?-URL) and asks for a date change; done the same hour.",
      cu("11-09 14:00", """Hi,

Please see the confirmation below. I booked the wrong date - it should be Thursday 19 November, not Wednesday the 18th. Can you move it? Same times.

Neil

________________________________
From: Skerrow Island Ferries <bookings@skerrowferries.example>
Sent: Monday, November 9, 2026 1:42 PM
To: neil.forbes@forbes-consulting.example
Subject: Your booking SK-50702 is confirmed

Booking SK-50702
Wednesday 18 November 2026
Ardnacross 08:15 > Balnahard 08:55 - 1 adult, 1 car (under 5 m)
Balnahard 16:45 > Ardnacross 17:25 - 1 adult, 1 car (under 5 m)
Total paid: £74.00

Need to change your plans? Manage your booking at https://skerrowferries.example/manage?ref=SK-50702
Questions? Reply to this email or call 01632 960 100."""),
      ag("fiona", "11-09 15:10", """Hi Neil,

Done - SK-50702 is now on Thursday 19 November, 08:15 out and 16:45 back, at no charge. The new confirmation is on its way.

Fiona""", subject="RE: Your booking SK-50702 is confirmed")),

    C("s44-hughes-ramp-damage", "en", "pending", {},
      "Bethan Hughes <bethan.hughes@cymru-mail.example>", "iphone", "Car damaged coming off the ferry",
      "Damage claim; a second mail adds the forgotten photos before any reply (not a chase); the agent explains how to claim and who gets the quote; the insurers' 'within five working days' is process, not a promise.",
      cu("11-17 08:15", """Hello,

Our car was scraped along the side coming off the 16:45 at Ardnacross yesterday - the deckhand waved us forward while the ramp was still moving and the front wing caught the edge. Booking SK-51052. The deckhand saw it happen.

How do I make a claim? Who should I send the repair quote to?

Bethan Hughes

Sent from my iPhone"""),
      cu("11-17 08:40", """Forgot to attach the photos - here they are. The garage in Oban is giving me a quote tomorrow.

Bethan

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", SCRAPE_PNG)], quote=False),
      ag("callum", "11-17 13:10", """Dear Bethan,

I'm very sorry. I've spoken to the deckhand on that sailing and he confirms what happened, so there's no dispute about it. Please send the garage's quote to me directly, in reply to this email, and I'll pass it to our insurers together with the photos and his report. They normally contact customers within five working days of receiving a claim.

Kind regards,""")),

    C("s45-kowalski-van-amend", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Marek Kowalski <marek.kowalski@kowalski-builders.example>", "gmail", "Change to SK-51098",
      "Amendment promised 'by end of day' and confirmed the next morning with the PDF; the latest check-in time for a van is never given.",
      cu("11-17 09:00", """Hi,

I need to change booking SK-51098: the van should come back on Thursday 26th, not Wednesday, and there will be two of us, not one. Can you amend it and send me the updated confirmation? Also, what's the latest I can check in with a van for the 16:45?

Marek""", uq=1),
      ag("fiona", "11-17 10:30", """Hi Marek,

The Thursday 16:45 is almost full for vans, so I've asked the deck office to squeeze you in. I'll confirm the amended booking by end of day.

Fiona""", promises=[("11-17", 3)]),
      ag("fiona", "11-18 08:50", """Morning Marek,

Sorry this didn't reach you yesterday. All sorted: SK-51098 now comes back on Thursday 26 November on the 16:45, two passengers and the van. The updated confirmation is attached.

Fiona""", attach=[("application/pdf", "SK-51098-amended.pdf", VAN_CONFIRMATION_PDF)])),

    C("s46-allan-voucher", "en", "pending", {"reopened": 1},
      "Gordon Allan <gordon.allan@allan-accounts.example>", "outlook", "Travel voucher SV-3315",
      "Voucher question answered with a [Resolved] subject tag; a week later the customer replies in the same thread because the code is refused; fixed.",
      cu("11-09 10:00", """Hello,

I have a £40 travel voucher from the cancelled sailing in October (SV-3315). Can I use it towards an Islander pass, or only for single tickets?

Gordon Allan"""),
      ag("ishbel", "11-09 13:15", """Dear Mr Allan,

Travel vouchers can be used towards any ticket or pass, the Islander pass included: enter the code at the payment step and the £40 comes straight off.

Kind regards,""", subject="[Resolved] RE: Travel voucher SV-3315", closes=True),
      cu("11-16 17:50", """Hello,

I tried this over the weekend and the payment page says the voucher code isn't valid. Could you check it? It should still have the full £40 on it.

Gordon Allan""", subject="RE: [Resolved] RE: Travel voucher SV-3315"),
      ag("ishbel", "11-17 09:30", """Dear Mr Allan,

The voucher had been restricted to single tickets by mistake. I've corrected it and it now works for the Islander pass too - sorry for the trouble.

Kind regards,""", subject="RE: [Resolved] RE: Travel voucher SV-3315")),

    C("s47-sutherland-care-account", "en", "closed", {},
      "Elspeth Sutherland <e.sutherland@ardnacross-council.example>", "owa", "Account for care staff travel",
      "Council asks about an account and what is needed; both answered with a form attached; the customer's out-of-office arrives a minute later; her thanks-only reply five days after.",
      cu("11-04 09:30", """Good morning,

Our care team visits clients on Skerrow three times a week. Could you tell me whether there's an account option, so staff don't have to pay at the terminal and claim it back? And what information would you need from us to set it up?

Regards,
Elspeth Sutherland
Adult Social Care, Ardnacross District Council"""),
      ag("ishbel", "11-04 14:00", """Dear Elspeth,

Yes - we run corporate accounts for several public bodies, invoiced monthly. To set one up we need your purchase order number, the billing address and the names of the staff who will travel; the application form is attached.

Kind regards,""", attach=[("application/pdf", "corporate-account-form.pdf", ACCOUNT_FORM_PDF)]),
      auto("11-04 14:01", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For urgent matters please contact the Adult Social Care duty line on 01632 960 555.

Elspeth Sutherland""", quote=False, subject="Automatic reply: RE: Account for care staff travel"),
      cu("11-09 09:15", """Thank you, Ishbel - form completed and sent to our finance team.

Elspeth""", thanks=True, parent=2)),

    C("s48-navarro-duplicado", "es", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Alba Navarro <alba.navarro@telemail.example>", "gmail_es", "Abono Summer Rover perdido",
      "Lost pass: no answer for four days, '¿Hay alguna novedad...? Sigo esperando', then the duplicate is issued free.",
      cu("11-05 12:00", """Hola:

Perdí mi abono Summer Rover en el autobús de la isla el 2 de noviembre (número SR-11873). ¿Me pueden hacer un duplicado? ¿Cuánto cuesta?

Gracias,
Alba Navarro"""),
      cu("11-09 09:30", """Hola de nuevo:

¿Hay alguna novedad sobre el duplicado del abono? Sigo esperando respuesta y el jueves vuelvo a la isla.

Alba""", chase=True, parent=1),
      ag("lucia", "11-09 11:15", """Hola, Alba:

Perdone la tardanza. Ya le he emitido el duplicado, que la primera vez no tiene coste; le llegará por correo en unos minutos y puede enseñarlo en el móvil. El abono antiguo queda anulado.

Un saludo,""")),

    C("s49-leclerc-agence", "fr", "pending", {"unanswered-question": 1},
      "Antoine Leclerc <antoine.leclerc@leclerc-voyages.example>", "thunderbird", "Tarifs professionnels et guide francophone",
      "French travel agent: trade discount answered with a link, the 2027 price list promised for its publication in late January (ahead); the question about a French-speaking guide on the island coach is skipped.",
      cu("11-17 10:00", """Bonjour,

Je suis agent de voyages à Lyon et je prépare un circuit pour un groupe de 25 personnes en mai prochain. Je voudrais savoir si vous proposez des tarifs pour les professionnels du tourisme. Pourriez-vous aussi me dire si un guide francophone peut accompagner le groupe dans le car de l'île ?

Par ailleurs, merci de m'envoyer votre grille tarifaire 2027 dès qu'elle sera disponible.

Cordialement,
Antoine Leclerc
Leclerc Voyages""", uq=1),
      ag("solene", "11-17 14:30", """Bonjour Monsieur Leclerc,

Oui : les agences partenaires ont 15 % de remise sur les tarifs de groupe. Il suffit de créer un compte agence ici : https://skerrowferries.example/fr/agences?etape=inscription

La grille 2027 sera publiée fin janvier ; je vous l'enverrai le jour même.

Bien cordialement,""")),

    C("s50-young-student", "en", "closed", {"unanswered-question": 2},
      "Jamie Young <jamie.young@student.ardnacross-college.example>", "gmail", "student discount?",
      "Student writing in lower case without full stops: the discount is answered; linking the card to the account and the Friday 18:30 in January are not.",
      cu("11-08 22:10", """hey,

i'm a student at Ardnacross College but my family live on Skerrow so i go home most weekends. is there a student discount? do i need to show my student card every time or can it be linked to my account? also can you tell me if the friday 18:30 is running again from january because the 16:45 is too early when i've got lectures till 4

thanks
jamie""", uq=2),
      ag("fiona", "11-09 09:20", """Hi Jamie,

Students get a third off standard foot passenger fares with a valid student card - £4.20 instead of £6.30 return.

Best wishes,
Fiona""")),

    C("s51-mcrae-langoustine", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Duncan McRae <duncan@mcrae-seafoods.example>", "outlook", "Weekly artic from December",
      "Haulage contract: rate answered, the fixed Tuesday slot deferred to 'early next week' (said on a Thursday) and never answered; 'Any news on the Tuesday slot?' twelve days later, unanswered.",
      cu("11-05 07:30", """Hi Callum,

From December we'll be running a 44-tonne artic of live langoustine to the mainland every Tuesday. Could you give us a fixed weekly slot on the 06:40? And what would the rate be for an artic on a weekly contract?

Regards,
Duncan McRae
McRae Seafoods"""),
      ag("callum", "11-05 10:45", """Hi Duncan,

On a weekly contract a 44t artic is £285 per crossing, 10% off the single-booking price.

The fixed slot I have to check with the harbour master, as the Tuesday 06:40 already carries two regular artics. I'll let you know early next week.

Regards,""", promises=[("11-10", None)]),
      cu("11-17 08:20", """Hi Callum,

Any news on the Tuesday slot? We start on 1 December and I need to tell the drivers.

Duncan""", chase=True)),

    C("s52-schmidt-seniorenkreis", "de", "closed", {"unanswered-question": 2},
      "Renate Schmidt <renate.schmidt@seniorenkreis-bamberg.example>", "outlook_de", "Tagesausflug Seniorengruppe Juni 2027",
      "German seniors' group: Wednesday departures and the senior fare answered; the café on board and the written offer for the group are not.",
      cu("11-02 11:00", """Sehr geehrte Damen und Herren,

unser Seniorenkreis aus Bamberg (22 Personen, überwiegend über 70) reist im Juni 2027 nach Schottland und möchte einen Tagesausflug nach Skerrow machen.

Welche Abfahrtszeiten gibt es im Juni an einem Mittwoch? Gibt es Ermäßigungen für Senioren? Bitte teilen Sie mir außerdem mit, ob es an Bord ein Café oder einen Imbiss gibt.

Zudem bräuchte ich ein schriftliches Angebot für die ganze Gruppe, das ich an die Teilnehmer weitergeben kann.

Mit freundlichen Grüßen
Renate Schmidt
Seniorenkreis St. Martin, Bamberg""", uq=2),
      ag("annika", "11-03 09:15", """Sehr geehrte Frau Schmidt,

mittwochs fahren wir im Sommerfahrplan ab Ardnacross um 08:15, 10:30, 12:30, 15:00 und 17:30, zurück ab Balnahard jeweils 45 Minuten später. Ab 60 Jahren gilt auf allen Überfahrten der ermäßigte Tarif: 4,40 £ statt 6,30 £ hin und zurück.

Mit freundlichen Grüßen""")),

    C("s53-rossi-sunrise", "en", "pending", {},
      "Giulia Rossi <giulia.rossi@lucefoto.example>", "gmail", "Sunrise from the ferry in February",
      "Photography workshop: open top deck answered at once, the first February sailing deferred 'early next week' (said Thursday) and answered on Monday; thanks-only reply.",
      cu("11-12 09:00", """Hi,

I'm running a small photography workshop on Skerrow in February (8 people plus me) and we'd love to be on deck for sunrise. Does the first sailing of the day leave early enough for that in mid-February? And is the open top deck usable in winter, or is it closed off?

Best,
Giulia Rossi"""),
      ag("fiona", "11-12 14:15", """Hi Giulia,

What a lovely idea. The top deck is open all year unless the master closes it for weather, which happens on maybe one day in five in February. The February timetable isn't final yet - we're waiting for the Solan's dry-dock dates - so I'll come back to you early next week with the first sailing time.

Best wishes,
Fiona""", promises=[("11-17", 3)]),
      ag("fiona", "11-16 11:30", """Hi Giulia,

As promised: in February the first sailing leaves Ardnacross at 07:30, and sunrise in mid-February is around 07:50 - so you'll be halfway across when it comes up, weather permitting.

Best wishes,
Fiona"""),
      cu("11-16 12:05", """Wonderful, thank you Fiona!

Giulia""", thanks=True)),

    C("s54-byrne-van-pass-inline", "en", "closed", {"unanswered-question": 1},
      "Patrick Byrne <pat.byrne@byrne-electrical.example>", "thunderbird", "Islander pass for the work van",
      "Three lines: two questions answered inline under each quote; the third line, a request to send invoices to the accounts address, is left out of the reply.",
      cu("11-03 13:30", """Hi,

Couple of things about the Islander pass for the business:

Can the pass be used for my work van, or only for a car?
If I change vans mid-year, can I move the pass to the new registration?
Please send the invoices for the pass to accounts@byrne-electrical.example from now on.

Thanks,
Pat Byrne""", uq=1),
      ag("ishbel", "11-03 15:40", """Hi Pat,

> Can the pass be used for my work van, or only for a car?

Vans under 6 m are covered by the standard Islander pass.

> If I change vans mid-year, can I move the pass to the new registration?

Yes, once a year at no charge - just send us the new V5C.

Best wishes,
Ishbel""", quote=False)),

    C("s55-lopez-cambio-fecha", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Carmen López <carmen.lopez@lopez-arquitectura.example>", "android", "Cambio de fecha SK-50811",
      "Spanish customer: free change and second passenger answered, the change itself deferred 'el viernes' and never confirmed; the question about reserving terminal parking is skipped.",
      cu("11-11 17:00", """Buenas tardes:

Tengo una reserva para el 4 de diciembre con coche (SK-50811) y necesito cambiarla al 11 de diciembre. ¿Se puede hacer sin coste? Además, ¿podrían añadir a una segunda persona a la reserva?

Por último, ¿el aparcamiento de la terminal de Ardnacross se puede reservar con antelación? Mi madre viaja conmigo y no puede caminar mucho.

Saludos,
Carmen López

Obtener Outlook para Android""", uq=1),
      ag("lucia", "11-12 09:30", """Buenos días, Carmen:

Sí, el primer cambio es gratuito, y añadir a su madre como segunda pasajera cuesta 12,60 £ ida y vuelta. El cupo de coches del 11 de diciembre todavía no está cargado en el sistema; le confirmo el cambio el viernes, en cuanto lo tenga.

Un saludo,""", promises=[("11-13", None)])),

    C("s56-crawford-stroke", "en", "pending", {"missed-follow-up": 1},
      "Ruth Crawford <ruth.crawford@crawford-home.example>", "gmail", "Bringing my husband home on the 27th",
      "Medical exception passed from the booking office to the accessibility lead with 'he'll be in touch by Wednesday'; he answers fully on Thursday.",
      cu("11-16 16:00", """Hello,

My husband has just come out of hospital after a stroke and we need to get him home to Skerrow on Friday 27th. He can walk a few steps but mostly uses a wheelchair, and he'll be in the back of our car. Can he stay in the car during the crossing? If not, how do we get him from the car deck up to the lounge?

Ruth Crawford"""),
      ag("fiona", "11-16 17:20", """Dear Ruth,

I'm so glad he's coming home. Passengers aren't normally allowed to stay in vehicles during the crossing, but there are exceptions for medical reasons, and our accessibility lead, Tariq, arranges those. I've passed your message to him and he'll be in touch by Wednesday.

Kind regards,
Fiona""", promises=[("11-18", 3)]),
      ag("tariq", "11-19 11:00", """Dear Ruth,

Apologies for not getting to you sooner. The master has agreed that your husband may stay in the car on the 27th: we'll park you in the lane beside the stairwell and a crew member will look in on him during the crossing. If he'd rather come up, the lift is right next to that lane and we can lend you a wheelchair on board.

Best wishes,
Tariq""", parent=1)),
]

# Customers writing from mainland Europe (CET, UTC+1 in November); everyone else is in the UK.
for _case in CASES:
    if _case.name in {"s05-weiss-fahrraeder", "s08-lambert-annulation", "s14-vogel-silvester",
                      "s15-ruiz-coro", "s21-dubois-club-velo", "s24-hoffmann-saisonkarte",
                      "s29-herrera-galga", "s31-fischer-rollstuhl", "s35-moreau-fauteuil",
                      "s37-bauer-umbuchung", "s48-navarro-duplicado", "s49-leclerc-agence",
                      "s52-schmidt-seniorenkreis", "s55-lopez-cambio-fecha"}:
        _case.tz = 1

# The labelled unanswered questions, exactly as the customer wrote them (in case order).
UNANSWERED: dict[str, list[str]] = {
    "s02-hendry-wheelchair": [
        "Also, please let me know if the island coach from Balnahard to Northend has a ramp or a low floor, we'll need it to get to my sister's."],
    "s05-weiss-fahrraeder": [
        "Zwei von uns fahren E-Bikes – dürfen die mit Akku an Bord, oder gibt es da Einschränkungen?"],
    "s11-macleod-islander-renewal": [
        "Please also update the address on my pass to 4 Shore Road, Balnahard."],
    "s12-thornton-ramblers-coach": [
        "Could you also let me know whether the coach has a toilet, as several of our members are in their eighties?"],
    "s15-ruiz-coro": [
        "Además, ¿sería posible que el autobús de la isla nos llevara del muelle a la iglesia con las partituras y los atriles?"],
    "s16-ahmed-return-refund": [
        "Could you also tell me whether the £2.50 booking fee is refundable?",
        "And please email me a receipt for the outward journey as well - I need it for my expenses claim."],
    "s21-dubois-club-velo": [
        "Pourriez-vous également nous envoyer un devis détaillé au nom du club pour notre trésorier ?"],
    "s24-hoffmann-saisonkarte": [
        "Außerdem hätte ich gern eine Quittung über den Kaufpreis für meine Steuererklärung."],
    "s28-morrison-sunday-coach": [
        "Does the 17:10 coach from Northend connect with the last ferry back on Sundays?"],
    "s29-herrera-galga": [
        "Además, necesito que me envíen la factura a nombre de mi estudio, Estudio Herrera S.L., con el CIF B-86541234, porque el viaje lo paga la editorial."],
    "s34-boyle-rover-double": [
        "Also, does the Rover cover the Sunday coach to the lighthouse?"],
    "s36-grant-rover-gift": [
        "And can they use it with their car, or is it foot passengers only?"],
    "s39-evans-photographer": [
        "I'd also need an invoice in the business name, Rhys Evans Photography, for the crossing."],
    "s40-quinn-wedding": [
        "Do you do any discounts for weddings?"],
    "s42-mcleish-ewes": [
        "And please make sure we're not put next to the fish lorries again - the smell upset the sheep something terrible last year."],
    "s45-kowalski-van-amend": [
        "Also, what's the latest I can check in with a van for the 16:45?"],
    "s49-leclerc-agence": [
        "Pourriez-vous aussi me dire si un guide francophone peut accompagner le groupe dans le car de l'île ?"],
    "s50-young-student": [
        "do i need to show my student card every time or can it be linked to my account?",
        "also can you tell me if the friday 18:30 is running again from january because the 16:45 is too early when i've got lectures till 4"],
    "s52-schmidt-seniorenkreis": [
        "Bitte teilen Sie mir außerdem mit, ob es an Bord ein Café oder einen Imbiss gibt.",
        "Zudem bräuchte ich ein schriftliches Angebot für die ganze Gruppe, das ich an die Teilnehmer weitergeben kann."],
    "s54-byrne-van-pass-inline": [
        "Please send the invoices for the pass to accounts@byrne-electrical.example from now on."],
    "s55-lopez-cambio-fecha": [
        "Por último, ¿el aparcamiento de la terminal de Ardnacross se puede reservar con antelación?"],
}

# --------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------

README_DESIGN = """\
## Design

Answered questions (not labelled) are answered the way a busy booking office answers: in
other words ("Will it fit on the car deck?" - "3.2 m headroom", s09), several in one
paragraph and out of order (s01, s10, s40), inline under each quoted line with a bare "Yes,
..." or a price (s25, s54), with only a time and a link (s41, s14), with an attachment (s06,
s13, s18), by a colleague after a hand-over (s22, s33, s56), after a chase (s03, s08, s12,
s34, s48), or deferred with a promise that is later kept (s06, s15, s53).

Unanswered questions are the realistic kind: a secondary request at the end of a paragraph
(s02, s11, s29, s42, s52), a request on its own line below two answered ones (s54), a
question asked in a follow-up mail after the main one was answered (s36), a reply that
answers the neighbouring question (s28: Saturday connection given for a Sunday question),
a long numbered list with one point dropped (s40), lower-case run-on questions without a
question mark (s50), and questions in German, French and Spanish (s05, s15, s21, s24, s49,
s52, s55).

Not questions (must not be flagged): a rhetorical question (s07), a question the customer
answers himself and a pleasantry with a question mark (s32), a guest-house signature "Fancy
a night by the sea?" with a ?-URL (s38), the "Need to change your plans?" and "Questions?"
lines inside a forwarded booking confirmation (s43), agents' signatures ("Sailing today?",
"Need help on your journey?", ?-URLs), thanks-only mails (s02, s06, s07, s10, s22, s33, s35,
s38, s47, s53), a mail that only sends a requested invoice (s08), a second mail that only adds
forgotten photos before any reply (s44, not a chase either), and questions in a customer's
latest unanswered mail, which are awaiting-reply territory (s19, s20, s30, s37, s51).

Commitments: kept on time ("I'll confirm by Friday" s06, "Le escribo el lunes" s15, "he'll
email you the quote by tomorrow" kept by a colleague s33, "early next week" said on a Thursday
and kept on Monday s53, "I'll set up a code" kept the same day s40, a hand-over "I've asked my
colleague Tariq ... to pick that up" kept the same day s22); kept late = missed ("by Monday"
s03, "d'ici jeudi" s08, "by Wednesday" s12, "bis nächsten Mittwoch" s24, no deadline = 2-day
window s34, "by end of day" s45, "he'll be in touch by Wednesday" kept by a colleague on
Thursday s56); never kept ("first thing tomorrow morning" s23, "ich melde mich morgen" s37,
"by Wednesday" for the charter s40, "early next week" s51, "le confirmo el viernes" s55); a
deadline still ahead at audit time ("on Tuesday" = 24 November, s26; the 2027 price list "le
jour même" of its publication in late January, s49). Not commitments: conditional offers
("reply here and I'll do it for you" s01, "just tell me which sailing" s10, "reply and I'll
book it" s12), process and logistics ("it'll go out on Monday's mail van" s07, "e-tickets are
emailed automatically 48 hours before" and the north-berth loading s27, "the new confirmation
is on its way" s43, the insurers' "within five working days" s44), and the acknowledgement's
"we aim to answer within one working day" (s19, s20, s30).

Chasing in varied wording: "Any update on this?" (s03), "Just following up on the coach
price" and "Still waiting on the coach quote" (s12, two chases), a word-for-word resend as a
new mail with the same subject (s13), "Hello? I still haven't had a reply to this" (s30),
"just checking in on this" (s34), "Je me permets de vous relancer" (s08), "gibt es schon
etwas Neues wegen der Umbuchung?" (s37), "¿Hay alguna novedad ...? Sigo esperando" (s48),
"Any news on the Tuesday slot?" (s51).

Status and timing: awaiting reply (s19, s30, s37, s51), a fresh mail inside the response
target with only the acknowledgement (s20), slow first responses (a resend answered after
three days s13, Friday evening answered on Monday s39, s48), "I'll mark this ticket as
resolved" followed by a new problem (s18) and a `[Resolved]` subject tag followed by a reply
in the same thread (s46), three agents on one case (s22), a case gone quiet-closed with a
promise still broken (s23, s40, s55), a customer's out-of-office reply (s47).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de); top-posted and inline replies; plain 7bit,
quoted-printable (s04 forced), base64 (s42), multipart/alternative (s10, s26,
acknowledgements), HTML-only (s17); PDF and PNG attachments (invoice, quotes, receipt,
amended confirmations, account form, hotel invoice, damage photo); a Cc to a school's finance
office (s06); a chase that lost In-Reply-To/References (s12); a reply whose References skip
the middle of the thread (s08); a forwarded confirmation (s43); replies by different agents
to the customer's first mail (s22, s33, s56).

## Judgement calls

- **Deferral is not an unanswered question** (s03, s06, s08, s12, s15, s24, s26, s37, s40,
  s45, s51, s55, s56): a question answered with a promise counts only through
  `missed-follow-up` when the promise is broken.
- **s01**: the long-vehicle threshold is answered ("Anything over 6 m in total pays the
  supplement").
- **s22**: "I've asked my colleague Tariq ... to pick that up with you" is treated as a
  commitment without a deadline (2-day window); Tariq answers the same day, so it is kept
  either way.
- **s40**: the group booking and "make sure they all get on the same sailing" are answered
  together by the booking code on one sailing; the wedding discount is never mentioned.
- **s44**: "I'll pass it to our insurers" depends on the customer sending the quote first
  and is not a promise to come back; the insurers' five working days describe their process.
- **s49**: the 2027 price-list request is answered with a promise whose deadline (late
  January) is after the audit time: neither unanswered nor missed.
- **s08**: the customer's mail that only attaches the hotel invoice is a real message (it
  delivers what support asked for) and is answered the next morning; it is neither a
  question nor a chase.
"""


def readme(cases: list[Case]) -> str:
    """README.md: what the corpus is, its figures (computed from the cases) and its design."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    lang_names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    lang_text = ", ".join(f"{lang_names[k]} {n}" for k, n in langs.most_common())
    status_text = ", ".join(f"{n} {k}" for k, n in statuses.most_common())
    rules_text = ", ".join(f"{r} {found[r]}" + (f" (in {asking} cases)" if r == "unanswered-question" else "")
                           for r in RULES if found[r])
    return f"""\
# Practice corpus 49: Skerrow Island Ferries support

A labelled support mailbox, written **without looking at the detection heuristics**
(`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the heuristics have been changed because of its cases, it is no
longer unseen.

- Company: **Skerrow Island Ferries**, a small operator running the ferry between Ardnacross
  on the mainland and Balnahard on the Isle of Skerrow, plus the island coach to Kilmory,
  Northend and the lighthouse: foot passengers, cars, vans and trailers, bikes, school and
  group bookings, freight and livestock, weather cancellations, refunds and vouchers,
  Islander and Summer Rover passes, accessibility and assisted travel. Support address
  `sailings@skerrowferries.example`; agents Fiona MacAulay (booking office), Callum Reid
  (vehicle deck and freight), Ishbel Munro (refunds, passes and accounts), Tariq Hussain
  (accessibility), Rory Galbraith (groups and island coach), Annika Brandt (German), Solène
  Girard (French) and Lucía Ortega (Spanish), all `@skerrowferries.example`. The booking
  office's robot (`Auto-Submitted: auto-replied`) acknowledges a few mails with "we aim to
  answer within one working day" - service-hours text, not a commitment.
- Customers are travellers, islanders, schools, clubs, hauliers and small businesses on
  `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain skerrowferries.example`.

```
python scripts/make_practice49_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice49_corpus.py --out /tmp/p49         # ... into another folder
python scripts/evaluate.py --corpus tests/practice49            # accuracy of the current tool
python -m pytest -q tests/test_practice49_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions. `CASES.md` is the generated per-case table. This README is
generated too: do not edit generated files; edit the script and rerun it. The script keeps
the facts next to each message (role, date, thanks-only, explicit close, chase, each promise
with its deadline and the message that kept it, how many labelled unanswered questions the
message asks), recomputes status and every rule count from them and from the dates, and
refuses to write when they disagree with the hand-written case labels, when a labelled
question is not verbatim in a customer's own text of the case (quotes excluded), or when the
written mail does not parse back and round-trip.

## Contents

{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox
({roles['customer']} customer mails and {roles['auto']} customer out-of-office reply),
{roles['agent']} support replies, {roles['ack']} acknowledgements. {clean} clean cases
({round(100 * clean / len(cases))} %). Languages: {lang_text}. Statuses: {status_text}.

Expected findings: {rules_text}.

{README_DESIGN}
## Independence

Written from the brief, /work/shared/report-contract.md (rule definitions), tests/eval/README.md
(format and conventions), scripts/mailcraft.py, and scripts/make_practice24_corpus.py with
tests/test_practice24_corpus.py as a format example (structure only; customers, stories and
wording are new). Not opened: anything under `happyaudit/`, the README's method, accuracy and
weak-point sections, any other test or corpus. All labels were fixed before the single
evaluation run and none was changed after it.
"""

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"SIF-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
                  "cc": o.pop("cc", None), "note": o.pop("note", "")}
        refs = o.pop("refs", None)
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
        if refs is not None:
            m.refs = [f"{case.name}.{k}" for k in refs]
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
    return mailcraft.cases_table("Practice corpus 49: Skerrow Island Ferries - cases",
                                 "make_practice49_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.skerrowferries.example")
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
        raise SystemExit("refusing to write tests/practice49:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice49:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice49 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
