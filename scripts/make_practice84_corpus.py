#!/usr/bin/env python3
"""Regenerate ``tests/practice84/``: a labelled corpus of Corran Point Caravan Park.

A support mailbox of a fictional caravan park on the shore of Loch Linnhe in the West
Highlands (static caravan holidays, touring pitches, seasonal pitch contracts, owners' site
fees, dog-friendly lets), written without looking at the detection heuristics, with many
customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract
defaults (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit
2), support domain ``corranpointparks.example``.

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

Usage: python scripts/make_practice84_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "corranpointparks.example"
BOOKINGS = "Corran Point Bookings <bookings@corranpointparks.example>"
OWNERS = "Corran Point Owners' Office <owners@corranpointparks.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "morag": ("Morag Cameron <morag@corranpointparks.example>", "thunderbird", """-- 
Morag Cameron
Bookings & Reception | Corran Point Caravan Park
Corran Point, Ardgour, Argyll | 01632 960 418
Book online: https://corranpointparks.example/book?ref=sig"""),
    "callum": ("Callum Fraser <callum@corranpointparks.example>", "outlook", """Callum Fraser
Touring & Seasonal Pitches | Corran Point Caravan Park
Arriving after 8pm? Call the warden on 07700 900412."""),
    "eilidh": ("Eilidh MacLeod <eilidh@corranpointparks.example>", "outlook", """Eilidh MacLeod
Owners' Accounts | Corran Point Caravan Park

This email and any attachments are confidential and intended for the addressee only. If you
have received it in error, please tell us and delete it. Corran Point Parks Ltd, registered
in Scotland."""),
    "ruaridh": ("Ruaridh Stewart <ruaridh@corranpointparks.example>", "apple", """Ruaridh Stewart
Park Manager | Corran Point Caravan Park
https://corranpointparks.example/owners?from=email"""),
    "petra": ("Petra Vogel <petra@corranpointparks.example>", "thunderbird_de", """-- 
Petra Vogel
Gästebetreuung (DE/AT/CH) | Corran Point Caravan Park
https://corranpointparks.example/de?ref=signatur"""),
    "amelie": ("Amélie Roussel <amelie@corranpointparks.example>", "apple_fr", """Amélie Roussel
Accueil des clients francophones | Corran Point Caravan Park
https://corranpointparks.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia@corranpointparks.example>", "gmail_es", """--
Lucía Ferrer
Atención a clientes (ES) | Corran Point Caravan Park
+44 1632 960 419"""),
}

ACK = """Hello,

Thank you for contacting Corran Point Caravan Park. This is an automatic reply to let
you know that your message has been received and logged as ticket {ref}.
Reception is open 9am-5pm, seven days a week, and we will reply within 24 hours.

If you are on site and something is urgent, please call the warden on 07700 900412.

Corran Point Caravan Park
https://corranpointparks.example/help?ticket={ref}"""

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
    "oldclient": ["X-Mailer: Pegasus Mail for Windows (4.73)"],
    "helpdesk": ["X-Mailer: ParkDesk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="cp.", outlook_server="AM6PR0")
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

FEES_PDF = mailcraft.pdf(["Corran Point Parks Ltd - Site fee 2027, holiday home 41 (Birch Row)",
                          "Pitch fee 2026 GBP 3,950 -> 2027 GBP 4,380",
                          "Rates and water (at cost) +212; electricity standing charge +138",
                          "Park pitch fee +80 (2 %)"])
INVOICE_PDF = mailcraft.pdf(["Corran Point Caravan Park - Invoice CP-S-29412",
                             "Glen Tarbert 2, 14-21 August 2026, 2 adults",
                             "Total GBP 1,120.00 incl. VAT - paid 2 July 2026"])
CONTRACT_PDF = mailcraft.pdf(["Corran Point Caravan Park - Seasonal pitch licence 2027",
                              "Pitch 3 (touring field), 1 March - 31 December 2027",
                              "Fee GBP 2,290; electricity metered at 31p/kWh",
                              "Signed: ____________________  Date: ________"])
MANDATE_PDF = mailcraft.pdf(["Corran Point Parks Ltd - Mandato de adeudo directo SEPA",
                             "Acreedor: Corran Point Parks Ltd",
                             "Nombre del deudor / IBAN / Firma"])
RETREAT_PDF = mailcraft.pdf(["Corran Point Caravan Park - Quotation Q-27-0419",
                             "Galbraith Events: 6 caravans, 23-26 April 2027 (3 nights)",
                             "Function room Saturday evening; checkout 2pm on departure",
                             "Total GBP 3,240 incl. VAT - held until 4 December 2026"])
PITCH_PNG = mailcraft.png(14, 9, lambda x, y: (60 + 4 * y, 120 + 6 * x, 90 + 3 * y))
ROOF_PNG = mailcraft.png(10, 10, lambda x, y: (200 - 9 * y, 200 - 9 * y, 210 - 5 * x))
SEAL_PNG = mailcraft.png(10, 8, lambda x, y: (90 + 10 * x, 90 + 10 * x, 100))
VACC_PNG = mailcraft.png(12, 8, lambda x, y: (250 - 3 * x, 245 - 4 * y, 230))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("c01-mackay-hogmanay", "en", "closed", {},
      "Fiona Mackay <fiona.mackay@mackay-family.example>", "gmail", "Hogmanay in the hot tub caravan?",
      "Three questions (availability, two dogs, key time) in one chatty paragraph, answered out of order.",
      cu("11-02 19:40", """Hi there,

We're hoping to bring the whole family up for Hogmanay this year. Is the hot tub caravan (I think it's called Linnhe View?) free from 28 December to 2 January? We'd be two adults, three kids and two dogs - a springer spaniel and an elderly Labrador - so I'm assuming the dogs would be OK in that one, but worth checking. Also, what time can we get the keys on the day? It's a long drive from Leeds and we'd rather not sit in the car park for hours.

Thanks,
Fiona Mackay"""),
      ag("morag", "11-03 09:10", """Hi Fiona,

Keys are ready from 3pm, and if you're early the café by reception does a decent bacon roll. Linnhe View is free for those dates and it's one of our dog-friendly caravans, so both of yours are welcome (two dogs maximum, £20 per dog per stay). Five nights come to £945 including the hot tub - you can pay the deposit online with the link below or over the phone.

Best wishes,
Morag""")),

    C("c02-harrow-motorhome-february", "en", "closed", {"unanswered-question": 1},
      "Graham Harrow <g.harrow@harrowfamily.example>", "outlook", "Motorhome visit in February half-term",
      "First-time tourers: hook-up and winter service point answered; the request for the site rules is skipped.",
      cu("11-04 11:15", """Hello,

My wife and I are thinking of bringing the motorhome up for the February half-term (14th-21st). We've not been before, so a few questions.

What amperage is the electric hook-up on the hardstanding pitches? Our heater trips anything under 10A. Is the chemical disposal / service point kept open over the winter, or do you drain it down?

Please could you also send us a copy of the site rules, as we're new to the whole touring thing and would rather not get told off on day one.

Kind regards,
Graham Harrow""", uq=1),
      ag("callum", "11-04 14:30", """Dear Graham,

All our hardstandings have 16A hook-ups, so the heater will be fine. The service point stays open all winter - it's heated, so it doesn't freeze - and the Elsan is right next to it.

February half-term is still wide open; pitches are £32 a night with electric.

Regards,
Callum""")),

    C("c03-burnside-site-fee-breakdown", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Alan Burnside <alan.burnside@burnside-mail.example>", "gmail", "2027 site fee",
      "Owner asks for a breakdown of the fee rise; 'by Friday' promise kept the following Tuesday after a chase.",
      cu("11-03 10:20", """Hi Eilidh,

The 2027 site fee letter came through at the weekend - £4,380, up from £3,950 this year. That's nearly 11 %. Can you send me a breakdown of what's gone up? I'd like to see how much of it is the rates and how much is the park's own charge.

Alan Burnside
Holiday home 41, Birch Row""", to=OWNERS),
      ag("eilidh", "11-03 15:45", """Dear Alan,

Thanks for your email. I'll get the breakdown from our accounts team and send it over to you by Friday.

Kind regards,
Eilidh""", promises=[("11-06", 4)]),
      cu("11-10 08:55", """Morning Eilidh, any news on that breakdown? Friday came and went.

Alan""", to=OWNERS, chase=True),
      ag("eilidh", "11-10 12:10", """Dear Alan,

Apologies for the delay. The breakdown is attached: of the £430 increase, £212 is the council's rates and water charges passed through at cost, £138 the electricity standing charge and £80 the park's own pitch fee (a 2 % rise).

Kind regards,
Eilidh""", attach=[("application/pdf", "site-fee-2027-home41.pdf", FEES_PDF)])),

    C("c04-dalgleish-seasonal-renewal", "en", "pending", {},
      "Ken Dalgleish <ken.dalgleish@lochsidetourers.example>", "thunderbird", "Seasonal renewal 2027",
      "Numbered list of four renewal questions answered inline under each quoted line, tersely.",
      cu("11-16 18:05", """Hi Callum,

Renewal form for 2027 received, thanks. Before I sign:

1. Is the seasonal still 1 March to 31 October, or are you going to the full 10 months like you mentioned in the summer?
2. Can I keep pitch 9, or does it go back into the pot?
3. Am I right that the electricity is metered separately and not in the fee?
4. Can we pay in two instalments again?

Ken"""),
      ag("callum", "11-17 09:20", """Hi Ken,

Answers below.

> 1. Is the seasonal still 1 March to 31 October, or are you going to the full 10 months like you mentioned in the summer?

10 months from 2027: 1 March to 31 December.

> 2. Can I keep pitch 9, or does it go back into the pot?

It's yours as long as the form is back by 15 December.

> 3. Am I right that the electricity is metered separately and not in the fee?

Correct - 31p/kWh, read monthly.

> 4. Can we pay in two instalments again?

Yes, half by 1 February and half by 1 June.

Regards,
Callum""", quote=False)),

    C("c05-weber-ostern-hund", "de", "closed", {"unanswered-question": 1},
      "Sabine Weber <sabine.weber@familie-weber.example>", "gmail_de", "Osterferien 2027 mit Hund",
      "German family: dog rules and an off-lead beach answered at length; the PayPal deposit question is skipped.",
      cu("11-05 20:30", """Hallo zusammen,

wir (zwei Erwachsene, zwei Kinder, ein Hund) möchten über Ostern 2027 zum ersten Mal nach Schottland und haben Ihren Park im Internet gefunden. Sind Hunde in allen Caravans erlaubt oder nur in bestimmten? Unser Balu ist ein Golden Retriever, also nicht ganz klein.

Wir würden gern vom 27. März bis 3. April bleiben. Gibt es in der Nähe einen Strand, an dem Hunde auch im Frühjahr frei laufen dürfen?

Könnten Sie uns bitte auch mitteilen, ob wir die Anzahlung per PayPal leisten können? Eine britische Kreditkarte haben wir leider nicht.

Viele Grüße aus Freiburg
Sabine Weber""", uq=1),
      ag("petra", "11-06 09:05", """Hallo Frau Weber,

vielen Dank für Ihre Anfrage! Hunde sind bei uns nur in den als „hundefreundlich“ gekennzeichneten Caravans erlaubt - davon haben wir zwölf, und auf die Größe kommt es nicht an, Balu ist also herzlich willkommen (höchstens zwei Hunde, 20 £ pro Hund und Aufenthalt). Für Ihre Osterwoche wäre zum Beispiel „Ardgour 3“ noch frei.

Zum Strand: Die Bucht von Inversanda liegt zehn Minuten zu Fuß vom Park entfernt, dort gibt es keine Leinenpflicht, auch nicht im Frühjahr. Nur über die Schafweide auf dem Weg dorthin bitte mit Leine.

Herzliche Grüße
Petra Vogel"""), tz=1),

    C("c06-lefevre-camping-car", "fr", "pending", {},
      "Olivier Lefèvre <olivier.lefevre@lefevre-voyages.example>", "apple_fr", "Séjour en camping-car en mai",
      "French motorhome couple: ferry length, awning and paying on arrival, all answered.",
      cu("11-17 21:10", """Bonjour,

Nous prévoyons un tour de l'Écosse en camping-car en mai prochain et nous aimerions passer trois nuits chez vous, du 12 au 15 mai.

Est-ce que le bac de Corran accepte les camping-cars de 7,4 m ? Et sur l'emplacement, peut-on installer notre auvent (il fait 4 m) ? Enfin, je voudrais savoir si vous acceptez le paiement sur place, à l'arrivée.

Merci d'avance et bonne soirée,
Olivier Lefèvre"""),
      ag("amelie", "11-18 09:40", """Bonjour Monsieur Lefèvre,

Oui, le bac prend sans problème les véhicules jusqu'à 12 m ; comptez une quinzaine de livres la traversée pour un camping-car. Nos emplacements sur dalle font 12 × 8 m, votre auvent de 4 m y tiendra largement.

Pour le règlement : une nuit d'acompte à la réservation, le reste à la réception le jour de votre arrivée, par carte ou en espèces.

Je vous souhaite une bonne journée,
Amélie Roussel"""), tz=1),

    C("c07-ortega-nochevieja", "es", "closed", {"missed-follow-up": 1},
      "Javier Ortega <javier.ortega@ortegaasociados.example>", "gmail", "Nochevieja en las Highlands",
      "Spanish group: availability confirmed, the price deferred with 'le escribo mañana', never sent; the customer does not chase.",
      cu("11-10 22:15", """Hola:

Somos un grupo de nueve amigos de Bilbao y queremos pasar la Nochevieja en las Highlands. ¿Tienen tres caravanas libres del 29 de diciembre al 2 de enero? Nos gustaría saber también el precio total, con la limpieza final incluida.

Un saludo,
Javier Ortega"""),
      ag("lucia", "11-11 10:30", """Hola, Javier:

¡Qué buen plan! Sí, tenemos tres caravanas de tres dormitorios libres esas noches, una al lado de la otra en la fila del lago. El precio de fin de año lleva un suplemento, así que lo consulto con la dirección y le escribo mañana con el presupuesto completo.

Un saludo,
Lucía""", promises=[("11-12", None)]), tz=1),

    C("c08-pritchard-deposit", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Gareth Pritchard <gareth.pritchard@pritchard-mail.example>", "gmail", "Cancelled touring booking CP-T-20733",
      "Deposit refund request outside the cancellation terms; only the helpdesk acknowledges; the customer chases two days later.",
      cu("11-16 10:05", """Hello,

We had to cancel our touring pitch booking for 27-29 November (ref CP-T-20733) because our caravan failed its service - the chassis needs welding. Your cancellation policy says deposits are refundable up to 14 days before arrival, and we cancelled with 11 days to go, so I appreciate we're outside it. Would you consider refunding the £40 deposit anyway, or moving it to a booking in the spring?

Thanks,
Gareth Pritchard"""),
      ack("11-16 10:06"),
      cu("11-18 16:40", """Hello again,

I've had the automatic email with a ticket number but nothing since. Still waiting to hear about the deposit - could someone let me know either way?

Gareth""", chase=True)),

    C("c09-gilchrist-drain-down", "en", "closed", {},
      "Moira Gilchrist <moira.gilchrist@gilchrist-home.example>", "apple", "Draining down no. 17",
      "A rhetorical question and a question the owner answers herself around one real request; thanks-only close.",
      cu("11-04 09:30", """Hi Ruaridh,

Who'd have thought November could be this mild? Still, the forecast says frost by the end of the month and we won't be back up until March.

Can you drain down the water system in our caravan before the cold comes, and what does that cost these days? I was going to ask where the stopcock is on the new Swift models, but never mind - Jim found it behind the kick panel under the sink.

Moira
Holiday home 17, Rowan Row""", to=OWNERS),
      ag("ruaridh", "11-04 12:15", """Hi Moira,

Aye, the mild spell won't last. The team is draining down all of Rowan Row in the week of 23 November and 17 is on the list - it's £45, added to your next site fee invoice. Leave the key in the key safe as usual.

Ruaridh"""),
      cu("11-04 13:02", """Perfect, thanks Ruaridh. Key's in the safe.

Moira""", to=OWNERS, thanks=True)),

    C("c10-haldane-winter-on-pitch", "en", "pending", {"unanswered-question": 2},
      "Douglas Haldane <d.haldane@haldane-eng.example>", "outlook", "A few things before the winter",
      "Four questions inside one long paragraph; storage and gas exchange answered, sub-letting and Wi-Fi skipped.",
      cu("11-17 07:45", """Morning Callum,

Now the season's over I've been going through the list of things I meant to ask you about, so apologies for the long email. We're planning to leave the caravan on pitch 31 over the winter rather than taking it home, and I was wondering whether there's a storage charge for doing that or whether it's covered by the seasonal fee, and also whether you still do the gas bottle exchange at reception during the closed months or whether we need to take the empties to Fort William ourselves. Our daughter and her husband would like to use the caravan for a fortnight in July next year while we're abroad - is that allowed under the seasonal contract, or does it count as sub-letting? And could you let me know whether the Wi-Fi package we paid for this year carries over to 2027 or has to be bought again?

Many thanks,
Douglas Haldane""", uq=2),
      ag("callum", "11-17 11:05", """Morning Douglas,

No charge for leaving it on pitch 31 over the winter - that's part of the seasonal fee, as long as it's insured and the gas is turned off at the bottle. Reception keeps the exchange going all winter: Calor 6 kg and 13 kg propane, Monday to Friday 9-4.

Regards,
Callum""")),

    C("c11-okafor-gated-decking", "en", "closed", {},
      "Chiamaka Okafor <chiamaka.okafor@okafor-family.example>", "gmail", "Dog-friendly caravan with a fenced deck?",
      "Dog wash answered at once; the decking question deferred to 'tomorrow' and answered the next day.",
      cu("11-09 13:20", """Hi,

We're looking at a dog-friendly caravan for the first week of December. Our terrier is an escape artist - do any of them have a fenced-in decking area? And is there a dog wash anywhere on site?

Thanks,
Chi"""),
      ag("morag", "11-09 15:00", """Hi Chi,

There's a dog wash by the laundrette - warm water, free to use. For the decking, I'll check with housekeeping which of the dog-friendly caravans have fully gated decks this year and come back to you tomorrow.

Best wishes,
Morag""", promises=[("11-10", 3)]),
      ag("morag", "11-10 11:40", """Hi Chi,

Housekeeping confirm that Sunart 2 and Sunart 5 both have fully enclosed decks with a self-closing gate, and both are free 1-8 December (£520 for the week, dog included).

Best wishes,
Morag""", parent=2)),

    C("c12-ferguson-loch-side-photos", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Iain Ferguson <iain.ferguson@ferguson-joinery.example>", "iphone", "Seasonal pitch next year",
      "Thursday-evening enquiry unanswered over the weekend; 'just following up'; photos and price sent on Monday.",
      cu("11-05 19:50", """Hi, we're thinking about a seasonal pitch for next year. Could you send some photos of the pitches that are free on the loch side? And what's the seasonal price for 2027?

Iain

Sent from my iPhone"""),
      cu("11-09 08:10", """Hi, just following up on the below - haven't heard anything yet. Still keen if there's space.

Iain

Sent from my iPhone""", chase=True),
      ag("callum", "11-09 10:45", """Hi Iain,

Sorry for the wait - your email got stuck behind a weekend of storm clean-up. Photos of pitches 4, 6 and 12 are attached (all loch side, all free for 2027). The 2027 seasonal is £2,650 on the loch side and £2,290 elsewhere, electricity metered on top.

Regards,
Callum""", attach=[("image/png", "pitch-4.png", PITCH_PNG), ("image/png", "pitch-6.png", SEAL_PNG),
                     ("image/png", "pitch-12.png", ROOF_PNG)])),

    C("c13-krueger-umweltabgabe", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Thomas Krüger <t.krueger@krueger-bau.example>", "outlook_de", "Rechnung Standgebühr 2027 - Umweltabgabe",
      "German owner queries a new levy; 'ich melde mich bis Mittwoch' kept only after 'gibt es schon etwas Neues?'.",
      cu("11-10 09:10", """Sehr geehrte Frau Vogel,

wir haben die Rechnung über die Standgebühr 2027 für unseren Caravan (Stellplatz 52) erhalten. Darin ist ein Posten „Umweltabgabe 95 £“ aufgeführt, den es bisher nicht gab. Können Sie mir erklären, wofür diese Abgabe erhoben wird und ob sie jährlich anfällt?

Mit freundlichen Grüßen
Thomas Krüger""", to=OWNERS),
      ag("petra", "11-10 13:20", """Sehr geehrter Herr Krüger,

vielen Dank für Ihre Nachricht. Die Umweltabgabe ist neu, und ich möchte Ihnen keine falsche Auskunft geben - ich kläre das mit unserer Buchhaltung und melde mich bis Mittwoch bei Ihnen.

Mit freundlichen Grüßen
Petra Vogel""", promises=[("11-11", 4)]),
      cu("11-16 08:30", """Sehr geehrte Frau Vogel,

gibt es schon etwas Neues wegen der Umweltabgabe? Ich habe leider noch nichts gehört, und die Rechnung ist Ende des Monats fällig.

Mit freundlichen Grüßen
Thomas Krüger""", to=OWNERS, chase=True),
      ag("petra", "11-16 12:15", """Sehr geehrter Herr Krüger,

entschuldigen Sie bitte, dass es länger gedauert hat. Mit der Umweltabgabe wird die neue Kläranlage des Parks finanziert, die der Council seit diesem Jahr vorschreibt. Sie wird jährlich zusammen mit der Standgebühr berechnet und bleibt bis 2030 bei 95 £.

Mit freundlichen Grüßen
Petra Vogel"""), tz=1),

    C("c14-marchand-facture", "fr", "closed", {"unanswered-question": 1},
      "Hélène Marchand <helene.marchand@cabinet-marchand.example>", "apple_fr", "Questions avant notre séjour de décembre",
      "Linen and the dog supplement answered; the request for an invoice in the firm's name is ignored.",
      cu("11-06 18:45", """Bonjour,

Nous avons réservé la caravane « Loch Linnhe 2 » du 19 au 26 décembre (réservation CP-S-31188). J'ai quelques questions avant le départ.

Est-ce que le linge de lit et les serviettes sont fournis, ou faut-il les apporter ? Y a-t-il un supplément pour notre chien, un petit teckel ?

Par ailleurs, pourriez-vous m'envoyer une facture au nom de mon cabinet (Cabinet Marchand, 14 rue des Tanneurs, 69002 Lyon) ? Une partie du séjour sera prise en charge par l'entreprise.

Bien cordialement,
Hélène Marchand""", uq=1),
      ag("amelie", "11-07 10:20", """Bonjour Madame Marchand,

Les draps et les serviettes de bain sont fournis ; pensez seulement à prendre des serviettes de plage si vous comptez vous baigner (courageux en décembre !). Pour votre teckel, le supplément est de 20 £ pour le séjour, à régler à l'arrivée.

Au plaisir de vous accueillir,
Amélie Roussel"""), tz=1),

    C("c15-navarro-marzo", "es", "pending", {},
      "Marta Navarro <marta.navarro@navarro-rutas.example>", "gmail_es", "Parcela para caravana en marzo",
      "Spanish tourers list three questions (showers, price, late arrival); all answered in two paragraphs.",
      cu("11-16 20:00", """Hola, buenas tardes:

Estamos preparando un viaje con nuestra caravana por Escocia en marzo y nos gustaría parar en su camping. Tengo varias dudas:

- ¿Las duchas y los aseos están abiertos en marzo?
- ¿Cuánto cuesta la noche para una caravana con dos adultos y electricidad?
- Llegaremos en el último ferry y es posible que no estemos allí hasta las 22:30. ¿Hay algún problema si llegamos tan tarde?

Muchas gracias,
Marta Navarro"""),
      ag("lucia", "11-17 09:15", """Hola, Marta:

¡Gracias por escribirnos! El bloque de duchas abre el 1 de marzo, con agua caliente las 24 horas. La noche con electricidad para dos adultos son 30 £.

Llegar tarde no es problema: les dejamos el número de parcela y el código de la barrera en un sobre junto a la puerta de recepción, y la guarda vive en el parque por si necesitan algo.

Un saludo,
Lucía"""), tz=1),

    C("c16-brodie-storm-leak", "en", "pending", {"unanswered-question": 1},
      "Neil Brodie <neil.brodie@brodie-electrical.example>", "gmail", "Water coming in - no. 23 Heather Row",
      "Storm leak: inspection and photos delivered as an attachment; the insurance question is not touched.",
      cu("11-16 08:05", """Hi Ruaridh,

After Sunday's storm a neighbour on Heather Row messaged to say there's water coming through the ceiling of our caravan (no. 23) by the bedroom window. We're in Glasgow and can't get up until the weekend.

Could someone go in and have a look, and put a tarp over it if needed? Is that kind of damage covered by the park's insurance or does it go on ours? And could you send me photos once someone has looked at it, so I can get on to the insurers?

Cheers,
Neil Brodie""", to=OWNERS, uq=1),
      ag("ruaridh", "11-16 14:30", """Hi Neil,

Grant and I went in this morning. The seal along the top of the bedroom window has split and the rain's been getting in behind it; the ceiling panel is wet but the floor is dry. We've taped and tarped it for now and left a dehumidifier running. Photos attached.

Ruaridh""", attach=[("image/png", "no23-ceiling.png", ROOF_PNG), ("image/png", "no23-window-seal.png", SEAL_PNG)])),

    C("c17-whitelaw-touring-to-seasonal", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Rachel Whitelaw <rachel.whitelaw@whitelaw-home.example>", "outlook", "Switching to a seasonal pitch",
      "Reception hands over to pitches and accounts (three agents); in a later mail the insurance-certificate question goes unanswered.",
      cu("11-12 09:00", """Hello,

We've been touring with you five or six times a year and are now thinking of a seasonal pitch instead. What would a seasonal cost us for 2027, and is there a pitch near the toilet block (my husband has a bad knee)? We also have 6 pre-paid touring nights left from the winter offer - can those be credited against the seasonal fee?

Thanks,
Rachel Whitelaw"""),
      ag("morag", "11-12 10:30", """Hi Rachel,

Lovely to hear you want to stay longer! I've passed this to Callum, who looks after the seasonal pitches - he'll be in touch about prices and pitches. Eilidh in accounts will look at the pre-paid nights.

Best wishes,
Morag""", promises=[("window", 3), ("window", 4)]),
      ag("callum", "11-13 08:50", """Dear Rachel,

Pitches 2 and 3 are both free for 2027 and are about 20 metres from the toilet block along a level path. A 2027 seasonal on either is £2,290 (1 March - 31 December), electricity metered.

Regards,
Callum""", parent=1),
      ag("eilidh", "11-13 14:10", """Dear Rachel,

Yes - your six pre-paid nights (£192) can be credited against the first seasonal instalment. It's noted on your account and will come off automatically.

Kind regards,
Eilidh""", parent=1),
      cu("11-14 19:30", """Thanks both. We'll go for pitch 3. Does the contract have to be signed in person or can we do it by email? And do we need to bring the caravan's insurance certificate?

Rachel""", uq=1),
      ag("callum", "11-16 09:10", """Hi Rachel,

By email is fine - the contract is attached; sign it, scan it and send it back.

Regards,
Callum""", attach=[("application/pdf", "seasonal-licence-2027-pitch3.pdf", CONTRACT_PDF)])),

    C("c18-sutherland-double-charge", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Kirsty Sutherland <kirsty.sutherland@sutherland-design.example>", "gmail", "Charged twice for CP-S-30951",
      "Duplicate payment refunded and marked resolved; the customer comes back with a 2027 booking and a second lead name, which is skipped.",
      cu("11-05 11:00", """Hi,

I've been charged twice for our October half-term booking (CP-S-30951) - £612 went out on 28 October and again on 30 October. Please refund the duplicate payment.

Kirsty"""),
      ag("eilidh", "11-05 15:20", """Dear Kirsty,

You're quite right, the second payment was a duplicate from our card terminal. I've refunded £612 to the same card today; it should show within 3-5 working days. I'll mark this as resolved.

Kind regards,
Eilidh""", closes=True),
      cu("11-17 10:30", """Hi Eilidh,

The refund came through, thank you. While I have you: we'd like to book the same caravan for the October half-term 2027. Is it possible to reserve it now, before the 2027 prices are published? And could you add my husband as a second lead name on the booking so he can pick up the keys?

Kirsty""", uq=1),
      ag("morag", "11-17 12:45", """Hi Kirsty,

Eilidh passed this to me. We're already taking 2027 bookings at this year's prices plus 4 % - Cuil Bay 4 is now held for you for 16-23 October 2027, deposit £100.

Best wishes,
Morag""")),

    C("c19-ashworth-forwarded-booking", "en", "closed", {},
      "Tim Ashworth <tim.ashworth@ashworth-law.example>", "owa", "FW: Your booking CP-S-30877 is confirmed",
      "HTML-only mail with a forwarded booking confirmation whose own 'Any questions?' lines are not the customer's; the date change is done.",
      cu("11-06 14:10", """Hi,

Can you bring this forward by a day, so arriving Friday 29 January and leaving Sunday 31st instead?

Thanks
Tim

________________________________
From: Corran Point Bookings <bookings@corranpointparks.example>
Sent: Tuesday, October 20, 2026 4:12 PM
To: tim.ashworth@ashworth-law.example
Subject: Your booking CP-S-30877 is confirmed

Thanks for booking with Corran Point Caravan Park!

Caravan: Glen Tarbert 1 (2 bedrooms, dog-friendly)
Arrival: Saturday 30 January 2027 from 3pm
Departure: Monday 1 February 2027 by 10am
Guests: 2 adults, 1 dog

Need to change something? Just reply to this email.
Any questions about your stay? See https://corranpointparks.example/faq?booking=CP-S-30877""", kind="html"),
      ag("morag", "11-06 16:00", """Hi Tim,

All done - you're now arriving Friday 29 January and leaving Sunday 31 January, same caravan, and the two nights come to the same price. The booking system sends a fresh confirmation automatically.

Best wishes,
Morag""", subject="RE: Your booking CP-S-30877 is confirmed")),

    C("c20-patel-travel-cot", "en", "open", {"awaiting-reply": 1},
      "Anish Patel <anish.patel@patel-pharmacy.example>", "gmail", "Two-bed caravan 18-21 December",
      "Availability answered; the customer's follow-up (hold it, travel cot, playground) has had no reply for two days.",
      cu("11-16 12:30", """Hi, do you have any two-bedroom caravans left for 18-21 December? It's for me, my wife and our 4-year-old.

Thanks,
Anish"""),
      ag("morag", "11-16 14:05", """Hi Anish,

Yes - Linnhe 7, a two-bedroom caravan (no dogs), is free those three nights for £285. Would you like me to hold it?

Best wishes,
Morag"""),
      cu("11-18 21:15", """Yes please, hold it. Does it have a travel cot, or should we bring ours? And is there a playground on site that's open in December?

Anish""")),

    C("c21-reid-gift-voucher", "en", "open", {},
      "Lorna Reid <lorna.reid@reid-tutoring.example>", "thunderbird", "Gift vouchers?",
      "Fresh question this morning, only the helpdesk acknowledgement so far - inside the response target.",
      cu("11-20 09:40", """Hello,

Do you sell gift vouchers? I'd like to give my parents a short break for their ruby wedding, ideally in the spring. Could you tell me how long they're valid for?

Lorna Reid"""),
      ack("11-20 09:41")),

    C("c22-cunningham-age-policy", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Stuart Cunningham <s.cunningham@cunningham-farms.example>", "outlook", "Replacing caravan no. 8",
      "Owner replacing an old unit: plot size and fee answered; part-exchange promised 'early next week', delivered Wednesday; the age-policy document is never sent.",
      cu("11-05 10:10", """Ruaridh,

My caravan (no. 8, Larch Row) is 14 years old and I've had a letter saying it has to be off site by the end of 2027 under the age policy. I'd like to replace it rather than leave. Can you tell me what models the park would allow on my plot? Is there any part-exchange on the old one? I'd also like to know whether the plot fee changes if I go for a bigger, lodge-style unit.

Also, please send me the park's written age policy - the letter refers to it but doesn't include it.

Stuart Cunningham""", to=OWNERS, uq=1),
      ag("ruaridh", "11-05 16:40", """Hi Stuart,

Good to hear you want to stay. Plot 8 takes anything up to 40 x 13 ft, so most of the current Willerby and Swift ranges fit, including the two-bed lodge styles. The plot fee stays the same whatever you put on it.

Part-exchange depends on what the dealer will give us for it - let me speak to them and I'll come back to you early next week.

Ruaridh""", promises=[("11-10", 3)]),
      ag("ruaridh", "11-11 15:20", """Hi Stuart,

The dealer has looked at the photos: they'd give £3,200 in part-exchange for no. 8 against any new unit from their range, plus free transport and siting.

Ruaridh""", parent=2)),

    C("c23-mclean-corrected-contract", "en", "pending", {},
      "Hamish McLean <hamish.mclean@mclean-fishing.example>", "gmail", "Seasonal contract - wrong caravan",
      "Corrected contract promised 'on Tuesday' (24 November): the deadline is still ahead at audit time.",
      cu("11-18 14:00", """Hi Callum,

I've signed up for a seasonal pitch for 2027 but the contract you sent has my van down as a Bailey Pegasus - it's a Bailey Unicorn now, we changed it in August. The CRiS number is 4419876. Please send a corrected contract.

Thanks,
Hamish"""),
      ag("callum", "11-19 09:15", """Hi Hamish,

Thanks for catching that. I've changed the van details on our system; the contract itself comes out of a template our solicitor locked, so I'll send you the corrected version on Tuesday once she's unlocked it.

Regards,
Callum""", promises=[("11-24", None)])),

    C("c24-morrison-gas-check", "en", "closed", {},
      "Alison Morrison <alison.morrison@morrison-mail.example>", "gmail", "Gas safety certificate - no. 36",
      "When the gas engineer comes and whether to be there: answered with the engineer's visit (logistics, not a promise).",
      cu("11-03 17:20", """Hi,

Our gas safety certificate for the caravan (no. 36) runs out at the end of November. When is the engineer next on site, and do we need to be there for the check?

Alison""", to=OWNERS),
      ag("ruaridh", "11-04 08:50", """Hi Alison,

Dougie, our gas engineer, is on site on Wednesday 11 November and no. 36 is on his list. No need to be there - he uses the key in the key safe. His office emails the certificate straight to owners after each check, and the £68 goes on your site fee account.

Ruaridh""")),

    C("c25-bryce-christmas-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Heather Bryce <heather.bryce@brycebooks.example>", "gmail", "Dog-friendly caravan for Christmas week",
      "Unanswered enquiry resent word for word as a new mail three days later; the reply to the resend answers both questions.",
      cu("11-02 13:10", """Hello,

Could you let me know whether you have a dog-friendly caravan for 21-28 December? Two adults and two small dogs. And is the site shop open over Christmas, or should we stock up in Fort William on the way?

Heather Bryce"""),
      ack("11-02 13:11"),
      cu("11-05 09:20", """Hello,

I sent this on Monday but haven't had a reply, so trying again:

Could you let me know whether you have a dog-friendly caravan for 21-28 December? Two adults and two small dogs. And is the site shop open over Christmas, or should we stock up in Fort William on the way?

Heather Bryce""", parent=0, chase=True),
      ag("morag", "11-05 11:00", """Hi Heather,

Sorry you had to write twice. Sunart 3 is free 21-28 December and takes two dogs - £690 for the week, both dogs included. The shop opens 8 till 12 on Christmas Eve and is closed on the 25th and 26th, so it's worth stocking up in Fort William; the supermarkets are right on your way in.

Best wishes,
Morag""")),

    C("c26-hughes-bonfire-weekend", "en", "closed", {"unanswered-question": 1},
      "Owain Hughes <owain.hughes@hughes-plumbing.example>", "gmail", "Extending our stay",
      "Extension done; an afterthought about next year's Bonfire weekend (sent without threading headers) gets only a friendly sign-off.",
      cu("11-13 09:30", """Hi,

We're in Morvern 1 from 20 to 22 November. Can we stay on until Tuesday the 24th? The kids are off school that Monday.

Owain"""),
      ag("morag", "11-13 11:10", """Hi Owain,

Yes - Morvern 1 is free, the two extra nights are £150 and I've extended the booking to Tuesday 24th. Pay whenever suits, at the latest on arrival.

Best wishes,
Morag"""),
      cu("11-13 12:00", """Brilliant, thanks. One more thing while I think of it - are you taking bookings for the Bonfire weekend next year yet? We'd love to come back for the fireworks over the loch.

Owain""", thread=False, uq=1),
      ag("morag", "11-13 12:20", """You're very welcome, Owain - see you next Friday!

Morag""")),

    C("c27-drummond-car-seat", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Fraser Drummond <fraser.drummond@drummond-sport.example>", "outlook", "Child seat left in Glen Tarbert 4",
      "'Let me look into it and I'll get back to you' (no deadline: two-day window) answered six days later after a chase.",
      cu("11-12 10:00", """Hello,

We stayed in Glen Tarbert 4 last week and left a child's car seat (grey Maxi-Cosi) in the second bedroom. Has anyone found it? We can pay for it to be couriered to Perth.

Fraser Drummond"""),
      ag("morag", "11-12 11:30", """Hi Fraser,

Oh no! Let me look into it with housekeeping and I'll get back to you.

Best wishes,
Morag""", promises=[("window", 4)]),
      cu("11-18 09:40", """Hi Morag,

I haven't heard back about the car seat - any luck? We need it for a trip at the weekend.

Fraser""", chase=True),
      ag("morag", "11-18 10:50", """Hi Fraser,

So sorry - it's here, housekeeping had put it in lost property. It goes out by courier this afternoon, tracking number 1550 1882 3447 10, and there's no charge.

Best wishes,
Morag""")),

    C("c28-lindsay-invoice-ooo", "en", "closed", {},
      "Graeme Lindsay <graeme.lindsay@lindsay-accountants.example>", "gmail", "Invoice for August stay",
      "Invoice sent as a PDF; the customer's out-of-office answers the reply.",
      cu("11-02 09:15", """Hi,

Could you send me a copy of the invoice for our August stay (CP-S-29412)? Our accountant needs it for the tax return.

Graeme"""),
      ag("eilidh", "11-02 11:40", """Dear Graeme,

The invoice is attached.

Kind regards,
Eilidh""", attach=[("application/pdf", "invoice-CP-S-29412.pdf", INVOICE_PDF)]),
      auto("11-02 11:41", """Thanks for your email. I'm on leave until Monday 9 November with limited access to email. For anything urgent, please call Lindsay & Co on 01632 960 775.

Graeme Lindsay""", quote=False, to=AGENTS["eilidh"][0], subject="Out of office: Re: Invoice for August stay")),

    C("c29-sinclair-handbook-links", "en", "pending", {},
      "Patricia Sinclair <patricia.sinclair@sinclair-hr.example>", "outlook", "Owners' handbook and barrier form",
      "Two questions answered with two bare links; the customer's signature has 'Need advice?' and a '?' URL.",
      cu("11-17 15:30", """Hi,

Where can I download the 2027 owners' handbook? I'd also like to register our new car for the barrier - is there a form for that?

Thanks,
Patricia Sinclair
HR Business Partner | Sinclair HR
Need advice? https://sinclair-hr.example/contact?src=email-sig""", to=OWNERS, kind="alt"),
      ag("eilidh", "11-18 08:45", """Dear Patricia,

https://corranpointparks.example/owners/handbook-2027.pdf
https://corranpointparks.example/owners/barrier?form=vehicle

Kind regards,
Eilidh""")),

    C("c30-gallacher-pitch-22", "en", "closed", {"unanswered-question": 1},
      "Sean Gallacher <sean.gallacher@gallacher-tiling.example>", "thunderbird", "Next season - pitch 22?",
      "Asked whether pitch 22 is free, the agent gives the loch-side supplement instead; the pup-tent question is answered.",
      cu("11-06 08:20", """Hi Callum,

Two things for next season. Is pitch 22 on the loch-side row free for 2027? We've had 15 for three years and the view from 22 is something else. And can we put a second, smaller tent up for the grandkids on the same pitch?

Sean""", uq=1),
      ag("callum", "11-06 12:40", """Hi Sean,

A pup tent next to the caravan is fine as long as it stays within your pitch markers. The loch-side row carries a £360 supplement over the standard seasonal, so a move to that row would take you to £2,650 for 2027.

Regards,
Callum""")),

    C("c31-hoffmann-ferienhaus", "de", "pending", {},
      "Jürgen Hoffmann <juergen.hoffmann@hoffmann-reisen.example>", "thunderbird_de", "Fragen zu Ferienhaus Nr. 64",
      "Three German owner questions answered inline, one with a link to the letting form.",
      cu("11-16 19:20", """Guten Abend Frau Vogel,

ich hätte ein paar Fragen zu unserem Ferienhaus (Nr. 64):

Wann ist die Standgebühr für 2027 fällig?
Kann ich die Gebühr in Raten zahlen?
Darf ich das Ferienhaus über Ostern an Freunde vermieten?

Viele Grüße
Jürgen Hoffmann""", to=OWNERS),
      ag("petra", "11-17 08:30", """Guten Morgen Herr Hoffmann,

> Wann ist die Standgebühr für 2027 fällig?

Am 1. März 2027.

> Kann ich die Gebühr in Raten zahlen?

Ja, in bis zu zehn Monatsraten per Lastschrift, ohne Aufpreis.

> Darf ich das Ferienhaus über Ostern an Freunde vermieten?

Unentgeltlich überlassen dürfen Sie es Freunden und Familie jederzeit. Gegen Bezahlung vermieten nur über unser Vermietungsprogramm, das Formular finden Sie hier: https://corranpointparks.example/owners/letting?lang=de

Viele Grüße
Petra Vogel""", quote=False), tz=1),

    C("c32-bernard-seance-photo", "fr", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Claire Bernard <claire.bernard@bernard-photo.example>", "gmail", "Séance photo de mariage sur la plage",
      "Photographer's request deferred to the manager 'd'ici jeudi'; no answer; 'Je me permets de vous relancer' still unanswered.",
      cu("11-09 09:40", """Bonjour,

Je suis photographe et je souhaiterais réaliser une séance photo de mariage sur la plage de votre parc au printemps 2027. Est-ce possible, et faut-il une autorisation particulière ? Y a-t-il des frais ?

Cordialement,
Claire Bernard
Bernard Photographie"""),
      ag("amelie", "11-09 14:10", """Bonjour Madame Bernard,

Quelle jolie idée ! La plage est ouverte à tous, mais pour une séance professionnelle il nous faut l'accord du directeur du parc, y compris pour les éventuels frais. Je lui pose la question et je reviens vers vous d'ici jeudi.

Bien cordialement,
Amélie Roussel""", promises=[("11-12", None)]),
      cu("11-16 10:15", """Bonjour Madame Roussel,

Je me permets de vous relancer au sujet de ma demande ci-dessous : avez-vous pu obtenir la réponse du directeur ? Mes clients aimeraient fixer la date.

Cordialement,
Claire Bernard""", chase=True), tz=1),

    C("c33-castillo-domiciliacion", "es", "closed", {"unanswered-question": 1},
      "Rosa Castillo <rosa.castillo@castillo-arquitectos.example>", "gmail_es", "Pago de la cuota por domiciliación",
      "Base64 mail from a Spanish owner: SEPA direct debit answered with the mandate form attached; the gas certificate request is skipped.",
      cu("11-04 12:30", """Buenos días, Lucía:

Este año queremos pagar la cuota de la parcela por domiciliación bancaria en lugar de transferencia. ¿Es posible con una cuenta española? ¿Y qué tenemos que enviarles para darla de alta?

¿Podrían además enviarme el certificado de gas de la caravana? Lo necesita el seguro.

Saludos,
Rosa Castillo
Caravana 12, Oak Row""", to=OWNERS, cte="base64", uq=1),
      ag("lucia", "11-04 16:45", """Buenos días, Rosa:

Sí, aceptamos domiciliaciones SEPA de cuentas españolas sin problema. Solo necesitamos el mandato firmado, que le adjunto; con el IBAN y la firma es suficiente.

Un saludo,
Lucía""", attach=[("application/pdf", "mandato-SEPA.pdf", MANDATE_PDF)]), tz=1),

    C("c34-tennant-collies", "en", "closed", {},
      "Joanna Tennant <joanna.tennant@tennant-vets.example>", "gmail", "Dogs in Sunart 1",
      "Numbered list of three dog questions, answered in reverse order in one paragraph.",
      cu("11-09 20:10", """Hi,

We've booked Sunart 1 for 8-11 January with our two collies. A few questions from the dog side of things:

1) Are there any areas of the park where dogs have to be on a lead?
2) Can the dogs be left in the caravan for a couple of hours if we go out for dinner?
3) Is there a vet nearby in case of emergencies?

Many thanks,
Joanna"""),
      ag("morag", "11-10 09:00", """Hi Joanna,

Taking those in reverse: the nearest vet is the Linnhe Veterinary Centre in Fort William, 25 minutes away including the ferry, with an out-of-hours line on 01632 960 311. Leaving them for a couple of hours is fine as long as they're crated or settled and not barking. Dogs need to be on a lead everywhere on the park itself, but the field behind the play area and the beach are both off-lead.

Best wishes,
Morag""")),

    C("c35-grant-early-departure", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Euan Grant <euan.grant@grant-builders.example>", "gmail", "Left early - Morvern 3",
      "Refund agreed with the amount promised 'by end of day' and never sent; the phone-charger request is ignored.",
      cu("11-17 08:30", """Hi,

We had to leave Morvern 3 two days early (Sunday instead of Tuesday) because my mum was taken into hospital. I know the terms say no refunds for early departure, but would you consider refunding the two unused nights? Also, I think I left my phone charger in the kitchen - could you check and post it if it's there?

Euan Grant""", uq=1),
      ag("morag", "11-17 10:15", """Hi Euan,

I'm very sorry to hear about your mum - I hope she's on the mend. Given the circumstances we'll refund the unused nights; I'll confirm the exact amount by end of day once I've checked the rate you booked at.

Best wishes,
Morag""", promises=[("11-17", None)])),

    C("c36-paton-club-rally", "en", "pending", {"unanswered-question": 2},
      "Margaret Paton <rally.secretary@ardnamurchan-cc.example>", "outlook", "Club rally May Day weekend 2027",
      "Rally secretary asks four things; discount and function room answered, awning size and the risk assessment request skipped.",
      cu("11-16 12:00", """Dear Sir/Madam,

I'm the rally secretary of the Ardnamurchan Caravan Club and we'd like to bring twelve units to Corran Point for the May Day weekend (30 April - 3 May 2027).

Could you tell us whether you offer a group discount for rallies of this size? We'd also need somewhere to meet on the Saturday evening - is the function room available to hire? Our members mostly have awnings, so can each pitch take a full-size awning? Finally, please send us your risk assessment and public liability certificate for our rally file, as the club's insurers insist on it.

Yours faithfully,
Margaret Paton
Rally Secretary, Ardnamurchan Caravan Club
Find us online: https://ardnamurchan-cc.example/rallies?year=2027""", kind="alt", uq=2),
      ag("callum", "11-16 16:20", """Dear Margaret,

Thank you for thinking of us. For twelve units we can take 15 % off the standard pitch rate, which brings it to £27.20 per unit per night with electric. The function room is yours on the Saturday evening for £60, with use of the kitchen.

I've pencilled twelve pitches in on the lower field for you.

Regards,
Callum""")),

    C("c37-fairbairn-accessible", "en", "closed", {},
      "Éilis Fairbairn <eilis.fairbairn@fairbairn-studio.example>", "apple", "Christmas with my partner's parents",
      "Quoted-printable mail: an accessible caravan near the car park and an extra heater, both answered.",
      cu("11-03 12:40", """Hi Morag,

We're coming back for our third Christmas at Corran Point – this time with my partner's parents, who are both in their eighties and not great on steps. Is there a caravan with a ramp or just a couple of shallow steps that would suit them, ideally near the car park? And could we have an extra heater in the bedroom? Mum feels the cold terribly.

Speak soon,
Éilis""", cte="quoted-printable"),
      ag("morag", "11-03 14:55", """Hi Éilis,

Lovely to hear from you again! Loch Linnhe 1 is our accessible caravan - a ramp to the door, grab rails in the shower, and it's the first caravan by the car park. It's free over Christmas. An oil-filled radiator for the bedroom is no problem at all; it'll be in place before you arrive.

Best wishes,
Morag""")),

    C("c38-tait-owner-plot", "en", "closed", {"unanswered-question": 1},
      "Duncan Tait <duncan.tait@tait-haulage.example>", "gmail", "Buying a static to keep on site",
      "Reception promises Callum 'will be in touch tomorrow' and he is; the café-discount question is never answered.",
      cu("11-09 11:00", """Hi,

We're thinking of moving from touring to a static we'd own. Do you have any plots for privately-owned caravans available? And what's the annual site fee roughly? One last thing - do owners get a discount in the park's café and bar?

Duncan Tait""", uq=1),
      ag("morag", "11-09 12:30", """Hi Duncan,

That's one for Callum, who handles plot sales - he'll be in touch tomorrow.

Best wishes,
Morag""", promises=[("11-10", 3)]),
      ag("callum", "11-10 10:15", """Hi Duncan,

We have three owner plots coming free in 2027, on Larch and Heather Rows. The 2027 site fee for those is £4,380 including rates and water; electricity is metered on top. Happy to show you round any weekend.

Regards,
Callum""", parent=1)),

    C("c39-lennox-refund-chased-twice", "en", "closed", {"unanswered-question": 1, "customer-chased": 2, "slow-first-response": 1},
      "Carol Lennox <carol.lennox@lennox-interiors.example>", "gmail", "Not renewing pitch 27",
      "Refund request chased twice ('Any update?', 'This is my third email'); the refund is made, the removal date never given.",
      cu("11-09 09:00", """Dear Eilidh,

We've decided not to renew our seasonal pitch (no. 27) for 2027 as we're moving to Spain. We paid the first £500 instalment in September as an early-bird deposit. Please refund it to the account we paid from. Could you also confirm what date the caravan needs to be off the pitch by?

Carol Lennox""", uq=1),
      ack("11-09 09:01"),
      cu("11-11 09:30", """Dear Eilidh,

Any update on the refund below? We'd like to get this sorted before we leave.

Carol""", chase=True),
      cu("11-13 08:45", """Hello,

This is my third email about this. I'm still waiting for a reply about the £500 refund and the removal date for the caravan. Could someone please get back to me?

Carol Lennox""", chase=True),
      ag("eilidh", "11-13 11:30", """Dear Carol,

I'm very sorry - I've been off sick this week and your emails were sitting in my queue. The £500 was refunded this morning to the account ending 4471 and should arrive within three working days.

Kind regards,
Eilidh""")),

    C("c40-mcintyre-festive-touring", "en", "pending", {"unanswered-question": 1},
      "Rob McIntyre <rob.mcintyre@mcintyre-tech.example>", "iphone", "Touring over Christmas",
      "Short iPhone mail: festive opening answered, paying in advance online skipped.",
      cu("11-18 07:55", """Hi, is the site open between Christmas and New Year for touring? We'd be coming with a 6m campervan. Also can we pay for the pitch in advance online?

Rob

Sent from my iPhone""", uq=1),
      ag("callum", "11-18 10:30", """Hi Rob,

Yes, touring stays open right through the festive period. Reception is shut on Christmas Day and Boxing Day, but the barrier code works as usual and the warden is on site.

Regards,
Callum""")),

    C("c41-baird-cheque", "en", "closed", {},
      "Wilma Baird <wilma.baird@baird-home.example>", "oldclient", "Site fees",
      "An old mail client sends no Message-ID; the reply can only be tied to it by subject; the cheque question is answered.",
      cu("11-04 10:05", """Dear Sir or Madam,

I am the owner of caravan 5 on Birch Row. My late husband always dealt with the site fees. Can I still pay the fee by cheque, and who should I make it payable to?

Yours sincerely,
Wilma Baird (Mrs)""", to=OWNERS, msgid=False, note="Wilma Baird's question about paying the site fee by cheque, sent without a Message-ID"),
      ag("eilidh", "11-04 14:20", """Dear Mrs Baird,

I'm so sorry for your loss. Yes, cheques are still fine - please make them payable to "Corran Point Parks Ltd" and write your caravan number on the back. You can post it or hand it in at reception.

Kind regards,
Eilidh""")),

    C("c42-schmitt-wohnmobil-hunde", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Markus Schmitt <markus.schmitt@schmitt-online.example>", "gmail_de", "Wohnmobil im Februar",
      "Winter opening answered; the question about two large dogs deferred with 'melde mich morgen', never kept; the directions request skipped.",
      cu("11-11 18:30", """Hallo,

wir sind im Februar mit dem Wohnmobil in Schottland unterwegs und würden gern drei Nächte bei Ihnen stehen. Haben Sie im Winter überhaupt geöffnet? Wir reisen mit zwei großen Hunden (Berner Sennenhunde) - ist das auf den Stellplätzen ein Problem?

Und könnten Sie uns bitte eine Wegbeschreibung für Wohnmobile über 7 m schicken? Unser Navi will uns über eine einspurige Straße mit Steigung schicken.

Viele Grüße
Markus Schmitt""", uq=1),
      ag("petra", "11-12 09:10", """Hallo Herr Schmitt,

ja, der Touringbereich ist das ganze Jahr geöffnet, auch im Februar. Wegen der Hunde kläre ich mit der Rezeption, ob es bei zwei großen Hunden Einschränkungen gibt, und melde mich morgen bei Ihnen.

Viele Grüße
Petra Vogel""", promises=[("11-13", None)]), tz=1),

    C("c43-dubois-toussaint", "fr", "closed", {},
      "Nathalie Dubois <nathalie.dubois@dubois-famille.example>", "apple_fr", "Retour à la Toussaint 2027",
      "A returning family: a pleasantry question, then availability and 2027 prices, both answered.",
      cu("11-05 11:20", """Bonjour Amélie,

J'espère que vous allez bien depuis notre séjour de cet été ? Les enfants parlent encore des phoques !

Nous aimerions revenir pendant les vacances de la Toussaint 2027, du 23 au 30 octobre. Avez-vous un mobil-home de deux chambres avec vue sur le loch pour ces dates ? Et est-ce que les tarifs 2027 sont déjà connus ?

Bien amicalement,
Nathalie Dubois"""),
      ag("amelie", "11-05 15:30", """Bonjour Nathalie,

Très bien, merci, et ravie que les phoques aient fait leur effet ! Loch Linnhe 4, deux chambres, vue sur le loch, est libre du 23 au 30 octobre 2027. Les tarifs 2027 sont en ligne depuis lundi : 640 £ la semaine pour ce mobil-home en octobre.

À bientôt,
Amélie"""), tz=1),

    C("c44-romero-comision", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Pablo Romero <pablo.romero@romero-consultores.example>", "gmail_es", "Venta de nuestra caravana",
      "Buyer approval answered; the commission promised for 'el lunes' arrives on Wednesday after '¿Hay alguna novedad? Sigo esperando'.",
      cu("11-11 17:00", """Hola, Lucía:

Estamos pensando en vender nuestra caravana (número 48, fila Heather) la próxima primavera. ¿El parque se queda con alguna comisión si la vendemos en la misma parcela? ¿Y el comprador tiene que ser aprobado por ustedes?

Gracias,
Pablo Romero""", to=OWNERS),
      ag("lucia", "11-12 09:30", """Hola, Pablo:

Le confirmo que cualquier comprador tiene que ser aprobado por la dirección del parque antes de la venta; es un trámite sencillo. Sobre la comisión, los porcentajes cambian en 2027 y prefiero confirmarlo con Ruaridh: le escribo el lunes con la cifra exacta.

Un saludo,
Lucía""", promises=[("11-16", 4)]),
      cu("11-18 10:20", """Hola, Lucía:

¿Hay alguna novedad sobre la comisión? Sigo esperando la cifra que me comentó.

Saludos,
Pablo""", to=OWNERS, chase=True),
      ag("lucia", "11-18 13:00", """Hola, Pablo:

Disculpe el retraso. La comisión del parque en las ventas en la misma parcela es del 15 % del precio de venta para 2027 (hasta ahora era del 12,5 %).

Un saludo,
Lucía"""), tz=1),

    C("c45-kerr-barrier-fob", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Lesley Kerr <lesley.kerr@kerr-accounts.example>", "owa", "Barrier not recognising our car",
      "Closed with a [Resolved] subject tag; the owner writes again in the same thread about a second fob; the replacement charge is not answered.",
      cu("11-09 10:00", """Hi,

The barrier at the main gate isn't recognising our number plate (SK21 LKR) since we changed cars. Can you add the new car to the system please?

Lesley Kerr
Holiday home 58""", to=OWNERS),
      ag("eilidh", "11-09 11:20", """Dear Lesley,

SK21 LKR is now on the barrier system and the old plate has been removed.

Kind regards,
Eilidh""", subject="[Resolved] RE: Barrier not recognising our car", closes=True),
      cu("11-16 09:30", """Hi Eilidh,

Thanks, the barrier's been fine since. Different question: our daughter will be using the caravan in the February holidays - can she have a second fob for the pedestrian gate? And what's the charge for a replacement fob if she loses it?

Lesley""", to=OWNERS, subject="RE: [Resolved] RE: Barrier not recognising our car", uq=1),
      ag("eilidh", "11-16 14:00", """Dear Lesley,

Yes, there's a second fob waiting at reception in an envelope with your daughter's name on it.

Kind regards,
Eilidh""")),

    C("c46-forsyth-vaccination-card", "en", "closed", {},
      "Kate Forsyth <kate.forsyth@forsyth-pottery.example>", "gmail", "Dog-friendly caravan 4-7 December",
      "A second mail half an hour later adds the dog's vaccination card (new information, not a chase); one reply covers both.",
      cu("11-10 08:10", """Hi,

Could we book a dog-friendly caravan for 4-7 December, 2 adults and one dog? The website says you need proof of vaccination for dogs - what exactly do you need to see?

Kate"""),
      cu("11-10 08:42", """Sorry, meant to attach this - here's Pippa's vaccination card in case that's what you need. She's a whippet, 9 years old.

Kate""", attach=[("image/png", "pippa-vaccination-card.png", VACC_PNG)]),
      ag("morag", "11-10 10:05", """Hi Kate,

That card is exactly what we need, thanks - her booster is in date, so Pippa's all set. Sunart 4 is booked for you 4-7 December, £285 with Pippa included.

Best wishes,
Morag""")),

    C("c47-crawford-selling", "en", "closed", {"unanswered-question": 1},
      "Ian Crawford <ian.crawford@crawford-legal.example>", "thunderbird", "Selling no. 12",
      "Three questions on separate lines; commission and buyer approval answered together, the valuation skipped.",
      cu("11-06 13:30", """Hello Ruaridh,

After a lot of thought we've decided to sell our holiday home (no. 12 on Rowan Row). I have three questions:

What commission does the park charge on a private sale?
Do you need to approve the buyer?
Can you send me a valuation? I have no idea what a 2016 Atlas Debonair is worth these days.

Regards,
Ian Crawford""", to=OWNERS, uq=1),
      ag("ruaridh", "11-06 16:40", """Hi Ian,

Sorry to hear you're leaving us. It's 15 % on a private sale in 2027, and every buyer meets me and signs our licence agreement before completion - usually a half-hour chat over a coffee.

Ruaridh""")),

    C("c48-galbraith-retreat-quote", "en", "pending", {},
      "Andrew Galbraith <andrew.galbraith@galbraith-events.example>", "outlook", "Company retreat in April",
      "Quote promised 'by Thursday' and sent on Wednesday as a PDF.",
      cu("11-16 10:20", """Hi Callum,

We're organising a company retreat for 20 people in late April: 6 static caravans for 3 nights. Could you put a quote together, including the function room for one evening and a late checkout on the last day?

Andrew Galbraith
Galbraith Events"""),
      ag("callum", "11-16 13:00", """Hi Andrew,

Happy to. I need to check the April availability with Morag first - I'll send the quote by Thursday.

Regards,
Callum""", promises=[("11-19", 3)]),
      ag("callum", "11-18 15:45", """Hi Andrew,

Quote attached: six caravans 23-26 April 2027, the function room on the Saturday evening and a 2pm checkout on the last day, £3,240 in total. It's held until 4 December.

Regards,
Callum""", parent=2, attach=[("application/pdf", "Q-27-0419.pdf", RETREAT_PDF)])),

    C("c49-maxwell-easter", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Lynne Maxwell <lynne.maxwell@maxwell-dental.example>", "gmail", "Easter 2027 touring pitch",
      "Friday-evening enquiry answered on Monday; the hardstanding question is left out.",
      cu("11-06 18:30", """Hello,

We'd like to book a touring pitch for our caravan over the Easter weekend next year (Thursday 25 March to Monday 29 March). Do you take bookings that far ahead? Is there a minimum stay over bank holidays? And are there hardstanding pitches, or is it all grass?

Lynne Maxwell""", uq=1),
      ag("callum", "11-09 09:30", """Hi Lynne,

Yes, Easter 2027 is open for booking. Over Easter there's a three-night minimum, so your four nights are fine - £34 a night with electric, and I can put you on pitch 18 if you'd like to go ahead.

Regards,
Callum""")),

    C("c50-young-proposal", "en", "pending", {"missed-follow-up": 1},
      "Chris Young <chris.young@young-architects.example>", "gmail", "A surprise for New Year",
      "'I'll get back to you in the next couple of days' about champagne and flowers - nothing by the end of the window.",
      cu("11-16 11:40", """Hi,

I'm planning to propose to my girlfriend over New Year - we're in Linnhe View from 30 December. I was wondering if you could put champagne and flowers in the caravan before we arrive? Happy to pay whatever it costs.

Chris"""),
      ag("morag", "11-16 13:30", """Hi Chris,

How exciting - and your secret's safe with us! We do a welcome hamper, but champagne and flowers aren't something we've arranged before, so let me ask our café manager what she can do and I'll get back to you in the next couple of days.

Best wishes,
Morag""", promises=[("window", None)])),

    C("c51-nicol-owners-agm", "en", "pending", {"unanswered-question": 2},
      "Brian Nicol <brian.nicol@nicol-consulting.example>", "outlook", "Owners' association AGM, 5 December",
      "Four requests in one paragraph; room and attendance answered together, the minutes and the projector skipped.",
      cu("11-17 14:10", """Dear Ruaridh,

As chair of the owners' association I'm writing about the AGM on Saturday 5 December. Can we use the function room from 10am to 1pm, as last year? The committee would also like you or Eilidh to present the 2027 site fee figures - would one of you be able to attend? Please also send me the minutes of last year's meeting, which I can't find in our files. And I need to know whether the room has a working projector now.

Regards,
Brian Nicol
Chair, Corran Point Owners' Association""", to=OWNERS, uq=2),
      ag("ruaridh", "11-18 09:00", """Hi Brian,

The function room is booked for you on the 5th from 10 till 1, tea and coffee on us. I'll come along myself and bring the fee figures.

Ruaridh""")),

    C("c52-hamilton-school-trip", "en", "open", {"missed-follow-up": 1, "customer-chased": 1},
      "Sarah Hamilton <sarah.hamilton@ardgour-primary.example>", "gmail", "School nature day in May",
      "A quote promised for 'tomorrow' never comes; the teacher's 'just checking in' this morning is still inside the response target.",
      cu("11-13 10:00", """Hello,

I'm a teacher at Ardgour Primary and we'd like to bring our P6 class (24 children, 4 staff) for a nature day in May, using the beach and the woodland trail. Is that something you allow, and what would you charge?

Sarah Hamilton"""),
      ag("morag", "11-13 11:15", """Hi Sarah,

What a lovely idea - yes, we've had schools before and the trail is perfect for it. I'll work out the price with Ruaridh and we'll send you a quote tomorrow.

Best wishes,
Morag""", promises=[("11-14", None)]),
      cu("11-20 08:30", """Hi Morag,

Just checking in on the quote for our nature day - our trips committee meets next Tuesday and I'd like to take it along.

Sarah""", chase=True)),

    C("c53-iglesias-bicicletas", "es", "closed", {},
      "Elena Iglesias <elena.iglesias@iglesias-familia.example>", "gmail_es", "Vuelta a Morvern 2",
      "A returning guest asks about the final clean and bike storage (indirectly); both answered.",
      cu("11-03 19:30", """Hola:

El año pasado estuvimos en la caravana Morvern 2 y nos encantó. Quería preguntarles dos cosas: ¿la limpieza final está incluida en el precio o se paga aparte? Y también quisiera saber si se pueden llevar bicicletas y si hay algún sitio cerrado para guardarlas.

¡Muchas gracias!
Elena"""),
      ag("lucia", "11-04 09:20", """Hola, Elena:

¡Qué alegría que quieran volver! La limpieza final ya va incluida; solo les pedimos que dejen la vajilla fregada. Las bicis son bienvenidas: junto a recepción hay un cobertizo con candado donde caben unas diez, y les damos la llave al llegar.

Un saludo,
Lucía"""), tz=1),

    C("c54-wagner-spaete-anreise", "de", "closed", {},
      "Claudia Wagner <claudia.wagner@wagner-praxis.example>", "outlook_de", "Späte Anreise am 27.12.",
      "Late arrival after a rebooked flight: possible, and the key goes in a key safe; the code is to follow the day before arrival (deadline in December).",
      cu("11-09 10:00", """Sehr geehrte Damen und Herren,

wir haben für den 27.12. bis 3.1. den Caravan „Glen Tarbert 2“ gebucht (Buchung CP-S-31402). Leider wurde unser Flug verlegt, und wir kommen erst gegen 23 Uhr an. Ist eine so späte Anreise möglich? Wie kommen wir dann an den Schlüssel?

Mit freundlichen Grüßen
Claudia Wagner"""),
      ag("petra", "11-09 12:30", """Sehr geehrte Frau Wagner,

eine späte Anreise ist kein Problem. Den Schlüssel hinterlegen wir im Schlüsseltresor neben der Tür des Caravans; den Code schicke ich Ihnen am Tag vor Ihrer Anreise per E-Mail.

Mit freundlichen Grüßen
Petra Vogel"""), tz=1),

    C("c55-moreau-abri-jardin", "fr", "closed", {},
      "Julien Moreau <julien.moreau@moreau-ebenisterie.example>", "gmail", "Abri de jardin à côté du mobil-home",
      "A new French owner asks about a garden shed (indirect question); 'je reviens vers vous demain' kept the next day.",
      cu("11-10 10:30", """Bonjour,

Nous sommes propriétaires d'un mobil-home chez vous (n° 33, Heather Row) depuis cette année. Je voudrais savoir si l'on peut installer un petit abri de jardin à côté, et s'il y a des règles sur la taille ou la couleur.

Cordialement,
Julien Moreau""", to=OWNERS),
      ag("amelie", "11-10 14:00", """Bonjour Monsieur Moreau,

C'est possible, mais le règlement du parc fixe des limites et je veux vérifier auprès de Ruaridh si elles changent en 2027. Je reviens vers vous demain.

Bien cordialement,
Amélie Roussel""", promises=[("11-11", 3)]),
      ag("amelie", "11-11 11:20", """Bonjour Monsieur Moreau,

Ruaridh me confirme les règles pour 2027 : un abri de 2 × 1,5 m au maximum, placé derrière le mobil-home, en bois naturel ou peint en vert foncé. Il suffit de nous envoyer une photo du modèle avant de l'installer.

Bien cordialement,
Amélie Roussel""", parent=2), tz=1),
]

UNANSWERED: dict[str, list[str]] = {
    "c02-harrow-motorhome-february": [
        "Please could you also send us a copy of the site rules, as we're new to the whole touring thing and would rather not get told off on day one."],
    "c05-weber-ostern-hund": [
        "Könnten Sie uns bitte auch mitteilen, ob wir die Anzahlung per PayPal leisten können?"],
    "c10-haldane-winter-on-pitch": [
        "Our daughter and her husband would like to use the caravan for a fortnight in July next year while we're abroad - is that allowed under the seasonal contract, or does it count as sub-letting?",
        "And could you let me know whether the Wi-Fi package we paid for this year carries over to 2027 or has to be bought again?"],
    "c14-marchand-facture": [
        "Par ailleurs, pourriez-vous m'envoyer une facture au nom de mon cabinet (Cabinet Marchand, 14 rue des Tanneurs, 69002 Lyon) ?"],
    "c16-brodie-storm-leak": [
        "Is that kind of damage covered by the park's insurance or does it go on ours?"],
    "c17-whitelaw-touring-to-seasonal": [
        "And do we need to bring the caravan's insurance certificate?"],
    "c18-sutherland-double-charge": [
        "And could you add my husband as a second lead name on the booking so he can pick up the keys?"],
    "c22-cunningham-age-policy": [
        "Also, please send me the park's written age policy - the letter refers to it but doesn't include it."],
    "c26-hughes-bonfire-weekend": [
        "One more thing while I think of it - are you taking bookings for the Bonfire weekend next year yet?"],
    "c30-gallacher-pitch-22": [
        "Is pitch 22 on the loch-side row free for 2027?"],
    "c33-castillo-domiciliacion": [
        "¿Podrían además enviarme el certificado de gas de la caravana?"],
    "c35-grant-early-departure": [
        "Also, I think I left my phone charger in the kitchen - could you check and post it if it's there?"],
    "c36-paton-club-rally": [
        "Our members mostly have awnings, so can each pitch take a full-size awning?",
        "Finally, please send us your risk assessment and public liability certificate for our rally file, as the club's insurers insist on it."],
    "c38-tait-owner-plot": [
        "One last thing - do owners get a discount in the park's café and bar?"],
    "c39-lennox-refund-chased-twice": [
        "Could you also confirm what date the caravan needs to be off the pitch by?"],
    "c40-mcintyre-festive-touring": [
        "Also can we pay for the pitch in advance online?"],
    "c42-schmitt-wohnmobil-hunde": [
        "Und könnten Sie uns bitte eine Wegbeschreibung für Wohnmobile über 7 m schicken?"],
    "c45-kerr-barrier-fob": [
        "And what's the charge for a replacement fob if she loses it?"],
    "c47-crawford-selling": [
        "Can you send me a valuation?"],
    "c49-maxwell-easter": [
        "And are there hardstanding pitches, or is it all grass?"],
    "c51-nicol-owners-agm": [
        "Please also send me the minutes of last year's meeting, which I can't find in our files.",
        "And I need to know whether the room has a working projector now."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"CP-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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


def render(msgs: list[Msg]) -> list[Msg]:
    """Like :func:`mailcraft.render_corpus`, but a message marked ``msgid=False`` (an old mail
    client) goes out without a Message-ID header."""
    msgs = sorted(msgs, key=lambda m: (m.date, m.key))
    by_key = {m.key: m for m in msgs}
    for m in msgs:
        m.message_id = mailcraft.make_message_id(m, PROFILE) if m.msgid else None
        headers = [("From", m.frm), ("To", m.to), ("Subject", m.subject),
                   ("Date", email.utils.format_datetime(m.date))]
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
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 84: Corran Point Caravan Park - cases",
                                 "make_practice84_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.corranpointparks.example")
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
    return [p for p in found if p]


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases()
    errors = problems(cases)
    if errors:
        raise SystemExit("refusing to write tests/practice84:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice84:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice84 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice84")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
