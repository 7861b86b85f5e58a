#!/usr/bin/env python3
"""Regenerate ``tests/practice70/``: a labelled corpus of Harrowden Piano Services.

A support mailbox of a fictional Northamptonshire piano firm that tunes, repairs, restores,
moves and rents out pianos to homes, schools, churches and concert venues (tuning visits and
pitch raises, humidity and heating problems, restoration quotes, grands carried up stairs,
storage, rental contracts and buy-outs, event hire), with German-, French- and
Spanish-speaking customers among them, written without looking at the detection heuristics.
Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults (response target
24 h, follow-up window 2 days, close-after 7 days, handoff limit 2), support domain
``harrowdenpianos.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
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

Usage: python scripts/make_practice70_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import textwrap
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
SUPPORT_DOMAIN = "harrowdenpianos.example"
OFFICE = "Harrowden Piano Services <office@harrowdenpianos.example>"
RULES = mailcraft.RULES
YEAR = 2026
CORPUS_NAME = "practice70"

AGENTS = {
    "nell": ("Nell Harrowden <nell@harrowdenpianos.example>", "thunderbird", """-- 
Nell Harrowden
Bookings & Tuning Diary | Harrowden Piano Services
14 Ropewalk Yard, Harrowden, Northants NN9 5AB | 01933 555 0142
Book a tuning online: https://harrowdenpianos.example/book?src=sig"""),
    "callum": ("Callum Reddaway <callum@harrowdenpianos.example>", "outlook", """Callum Reddaway
Workshop Manager (Restoration & Repairs) | Harrowden Piano Services
Workshop visits by appointment only. Got a question about your restoration? Just reply to this email."""),
    "priya": ("Priya Sandhu <priya@harrowdenpianos.example>", "apple", """Priya Sandhu
Removals & Logistics | Harrowden Piano Services
https://harrowdenpianos.example/removals?from=email"""),
    "gideon": ("Gideon Marsh <gideon@harrowdenpianos.example>", "owa", """Gideon Marsh
Rentals & Accounts | Harrowden Piano Services

This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please let us know and delete it. Harrowden Piano Services Ltd,
registered in England no. 04417720."""),
    "lotte": ("Lotte Brenner <lotte@harrowdenpianos.example>", "thunderbird_de", """-- 
Lotte Brenner
Kundenbetreuung auf Deutsch | Harrowden Piano Services
https://harrowdenpianos.example/de?ref=signatur"""),
    "aurelie": ("Aurélie Chastain <aurelie@harrowdenpianos.example>", "apple_fr", """Aurélie Chastain
Clientèle francophone | Harrowden Piano Services
+44 1933 555 0147"""),
    "tomas": ("Tomás Echeverría <tomas@harrowdenpianos.example>", "gmail_es", """--
Tomás Echeverría
Atención al cliente en español | Harrowden Piano Services
https://harrowdenpianos.example/es?utm_source=firma"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Harrowden Piano Services. This is an automatic reply to
confirm that we have received your message (reference {ref}). The office is open
Monday to Friday, 8.30am to 5pm, and we aim to reply within one working day.

If a removal is under way today and something has gone wrong, please ring the
removals line on 01933 555 0150.

Harrowden Piano Services
https://harrowdenpianos.example/help?ticket={ref}""",
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
    "helpdesk": ["X-Mailer: Harrowden Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hps.", outlook_server="AM6PR0")
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
    return Spec("ack", when, ACK["en"], {})


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

BECHSTEIN_PNG = mailcraft.png(14, 9, lambda x, y: (60 + 4 * x, 38 + 2 * y, 24))
STAIRS_PNG = mailcraft.png(9, 14, lambda x, y: (200 - 5 * y, 196 - 4 * y, 180 - 3 * x))
SOUNDBOARD_PNG = mailcraft.png(16, 8, lambda x, y: (222 - 3 * x, 190 - 2 * y, 140 + x))
EXTENSION_PDF = mailcraft.pdf(["Harrowden Piano Services - Rental options, Wollaston Primary",
                               "Yamaha U1 (serial 5213098), contract R-2291",
                               "A) Extend 12 months: GBP 39.00 per month, annual tuning included",
                               "B) Buy-out on 31 December 2026: GBP 1,450.00"])
CARE_PDF = mailcraft.pdf(["Harrowden Piano Services - Looking after your piano",
                          "Keep it away from radiators, fires and outside doors.",
                          "Aim for 18-21 C and 45-55 % relative humidity.",
                          "First tuning after delivery: 3-4 weeks, free for rentals."])
REPORT_PDF = mailcraft.pdf(["Harrowden Piano Services - Service report",
                            "Client: A. Greaves, Yardley Hastings. Visit 22/09/2026",
                            "Tuned to A440, action regulated, pedals adjusted.",
                            "Technician: Martin Oduya"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("k01-aldred-tuning-after-move", "en", "closed", {},
      "Fiona Aldred <fiona.aldred@fennymail.example>", "gmail", "Tuning after a house move",
      "Three questions (how soon, price, wait after a move?) answered in one paragraph, out of order; thanks-only reply.",
      cu("11-02 09:12", """Hi there,

We've just moved house and brought my late mum's upright with us (a Broadwood, about 1960s I think). It survived the move but sounds pretty sorry for itself.

How soon could someone come out to tune it? We're in Great Doddington. And what do you charge for a tuning? I've also read somewhere that after a move you should wait a few weeks before tuning - is that true, or is that just an old wives' tale?

Thanks very much,
Fiona Aldred"""),
      ag("nell", "11-02 11:40", """Hi Fiona,

It's not a myth - a piano that has just changed rooms (and especially houses) keeps shifting for a while as it adjusts to the new temperature and humidity, so we recommend leaving it two to three weeks. With that in mind I've pencilled you in for Tuesday 24 November at 10am; Great Doddington is on Martin's Tuesday round. A standard tuning is £85, and if it turns out to be well below pitch a pitch raise adds £35.

Let me know if that date doesn't suit and I'll find another.

Best wishes,
Nell"""),
      cu("11-02 12:05", """Tuesday 24th is perfect, thank you Nell!

Fiona""", thanks=True)),

    C("k02-st-edmunds-spring-tuning", "en", "pending", {"unanswered-question": 2},
      "Gareth Penrose <bursar@st-edmunds-prep.example>", "outlook", "Spring term tuning - 11 pianos",
      "School asks for dates, avoiding exam day, a split invoice and last year's price; only the dates (and the exam day) are handled.",
      cu("11-16 08:30", """Dear Harrowden team,

Our music department would like to book the spring term tuning for all eleven pianos (nine uprights in the practice rooms, the Yamaha grand in the hall and the Steinway in the chapel).

Could you let me know which dates you have in the week of 11 January? Ideally the tuner would avoid Wednesday 13 January, as the Year 11 mock exams are in the hall that day.

We would also like the invoice to be split between the music department and the chapel fund this time, please, as the chapel Steinway is paid for separately.

Finally, is the price per piano the same as last year?

Kind regards,
Gareth Penrose
Bursar, St Edmund's Preparatory School""", uq=2),
      ag("nell", "11-16 10:50", """Dear Gareth,

Thank you for booking in early. Martin can do Monday 11 and Tuesday 12 January, which keeps him well away from the mock exams - he'll start with the practice rooms on the Monday and leave the hall and chapel instruments for the Tuesday.

Kind regards,
Nell""")),

    C("k03-okonedo-bechstein-restoration", "en", "closed", {"unanswered-question": 1},
      "Ruth Okonedo <ruth@okonedo-family.example>", "apple", "Bechstein model V - restoration",
      "Restoration estimate and duration given; the request to visit the workshop first is skipped (the agent's signature mentions visits, the reply does not).",
      cu("11-03 19:40", """Dear Mr Reddaway,

I have inherited a Bechstein model V grand from 1911 (serial 98114). The case is in reasonable condition but several keys stick, the hammers are very worn and one bass string is missing altogether. Photos attached.

I would be grateful for a rough idea of what a full restoration would cost, and how long your workshop would need the instrument. Would it also be possible for me to visit the workshop beforehand to see some of your finished work?

With thanks,
Ruth Okonedo""", uq=1, attach=[("image/png", "bechstein-action.png", BECHSTEIN_PNG)]),
      ag("callum", "11-04 09:15", """Dear Dr Okonedo,

Thank you for the photos - a lovely instrument, and a model V from that period is well worth the work.

Going by the pictures, a full restoration (new hammers, shanks and dampers, restringing, regulation and voicing, and the missing bass string, without French polishing the case) would come to between £9,800 and £12,500 plus VAT. The final figure depends on what we find once the action is out and the soundboard has been inspected. From collection to return you should allow fourteen to sixteen weeks.

Kind regards,
Callum"""),
      cu("11-04 10:02", """Thank you, that is very helpful. I shall think it over.

Ruth Okonedo""", thanks=True)),

    C("k04-whitlock-rental-inline", "en", "closed", {},
      "Ben Whitlock <ben@whitlock-home.example>", "thunderbird", "Renting an upright for my daughter",
      "Four rental questions answered inline under the quoted lines: a figure, a price, a yes with detail, a delivery charge.",
      cu("11-05 20:30", """Hello,

My daughter has passed grade 3 and we'd like to rent a proper upright rather than keep going with the keyboard. A few questions before we commit:

Is there a minimum rental period?
How much is the monthly rental for something like the Kawai K-15 on your website?
Does any of the rent come off the price if we decide to buy it later?
Is delivery included? We're in a ground floor flat, two steps up to the front door.

Thanks,
Ben Whitlock"""),
      ag("gideon", "11-06 09:05", """Hi Ben,

Congratulations to your daughter!

> Is there a minimum rental period?

Six months.

> How much is the monthly rental for something like the Kawai K-15 on your website?

£42 a month, including one tuning a year.

> Does any of the rent come off the price if we decide to buy it later?

Yes - everything you've paid in the first 12 months counts towards the purchase.

> Is delivery included? We're in a ground floor flat, two steps up to the front door.

Delivery and collection are £95 each way; two steps are no trouble at all.

Regards,
Gideon""", quote=False)),

    C("k05-lucas-pitch-raise", "en", "pending", {},
      "Hannah Lucas <hannah.lucas@outlookmail.example>", "android", "Note from the tuner - pitch raise??",
      "What a pitch raise is, whether it harms the strings, one visit or two: all answered without repeating the questions.",
      cu("11-17 13:10", """Hi,

Your tuner Martin came yesterday to look at the piano we were given and left a note saying it is "a semitone flat, needs a pitch raise before fine tuning". What does that actually mean? Will it damage the strings? And can both be done in one visit, or does he have to come back?

Sorry for all the questions, we know nothing about pianos!

Hannah

Sent from Outlook for Android"""),
      ag("nell", "11-17 15:25", """Hi Hannah,

No need to apologise. Over the years your piano has drifted down, so every string is slacker than it was designed to be. Martin first pulls all the strings up close to the correct tension - that's the pitch raise - and then tunes it accurately, because the first pass makes the whole frame settle.

Old, rusty strings very occasionally break when they're brought up, but at a semitone it's rare; if one does, the replacement is included.

Both passes happen on the same visit; it just takes about two and a half hours rather than one. The cost is the £85 tuning plus £35.

Best wishes,
Nell""")),

    C("k06-kehrer-heizungsluft", "de", "closed", {},
      "Dr. Matthias Kehrer <m.kehrer@kehrer-praxis.example>", "outlook_de", "Flügel verstimmt sich ständig – Heizungsluft?",
      "German customer: dry heating air, which humidifier, a morning appointment - all answered; the follow-up request to fit the system is confirmed.",
      cu("11-04 08:55", """Sehr geehrte Damen und Herren,

wir wohnen seit zwei Jahren in Northampton und haben unseren Schimmel-Flügel aus Deutschland mitgebracht. Seit die Heizung läuft, verstimmt er sich innerhalb weniger Wochen, und zwei Tasten in der Mittellage bleiben manchmal hängen.

Kann das an der trockenen Heizungsluft liegen? Und würden Sie uns ein Luftbefeuchtungssystem für den Flügel empfehlen, etwa ein Dampp-Chaser, oder reicht ein Raumluftbefeuchter?

Wir hätten auch gern einen Termin zum Stimmen, am liebsten an einem Vormittag.

Mit freundlichen Grüßen
Matthias Kehrer"""),
      ag("lotte", "11-04 11:20", """Sehr geehrter Herr Dr. Kehrer,

ja, das klingt sehr nach zu trockener Luft: Im Winter fällt die Luftfeuchtigkeit in beheizten Räumen oft unter 35 %, der Resonanzboden gibt nach, die Stimmung sinkt, und die Tasten klemmen, weil sich das Holz rund um die Klaviatur verzieht.

Ein fest eingebautes System wie das Dampp-Chaser ist bei Ihrem Flügel die bessere Lösung; wir bauen es für 485 £ inklusive Montage ein. Ein Raumluftbefeuchter hilft auch, muss aber täglich nachgefüllt werden. Ideal sind 45 bis 55 % Luftfeuchtigkeit.

Zum Stimmen kann Herr Oduya am Donnerstag, 12. November, um 9:30 Uhr kommen. Wenn Sie möchten, baut er das System beim selben Termin ein.

Mit freundlichen Grüßen
Lotte Brenner"""),
      cu("11-04 12:05", """Vielen Dank, Frau Brenner, der 12. passt uns gut. Das System bauen Sie dann bitte gleich mit ein.

MfG
M. Kehrer"""),
      ag("lotte", "11-04 14:10", """Sehr geehrter Herr Dr. Kehrer,

gern, ist notiert: Stimmung und Einbau am Donnerstag, 12. November, ab 9:30 Uhr. Herr Oduya bringt das System mit.

Mit freundlichen Grüßen
Lotte Brenner""")),

    C("k07-lucarne-location-concert", "fr", "pending", {},
      "Isabelle Marchetti <i.marchetti@ensemble-lucarne.example>", "apple_fr", "Location d'un piano à queue – concert du 5 décembre",
      "Touring French ensemble (writing from France): availability, price, what is included and set-up time, all answered in French; multipart/alternative.",
      cu("11-16 10:20", """Bonjour,

Notre ensemble se produit le samedi 5 décembre à l'église All Saints de Northampton et la paroisse n'a pas de piano à queue. Nous cherchons donc à louer un piano de concert (idéalement un Steinway B ou équivalent) pour la journée.

Pourriez-vous me dire si vous en avez un de disponible à cette date et à quel tarif ? Le prix comprend-il le transport et l'accord sur place ? Enfin, il nous faudrait le piano installé au plus tard à 14 h pour la répétition.

Bien cordialement,
Isabelle Marchetti
Administratrice – Ensemble Lucarne""", kind="alt"),
      ag("aurelie", "11-16 14:45", """Bonjour Madame Marchetti,

Oui, notre Steinway B de 1987 est libre le 5 décembre. Le forfait journée est de 650 £ HT, transport aller-retour et accord sur place compris ; si vous souhaitez un raccord à l'entracte, comptez 90 £ de plus.

Nos déménageurs livreront le piano à 11 h et l'accordeur passera dans la foulée : tout sera prêt bien avant votre répétition.

Bien cordialement,
Aurélie Chastain"""), tz=1),

    C("k08-ferrandiz-mudanza-segundo", "es", "closed", {},
      "Lucía Ferrándiz <luciaferrandiz@correo.example>", "gmail_es", "Mudanza de un piano vertical a un segundo piso",
      "Spanish customer: stairs or window, price, insurance - answered; she sends the requested photo and gets the booking.",
      cu("11-05 21:15", """Hola:

Me mudo el 14 de noviembre de Wellingborough a Kettering y tengo un piano vertical Yamaha U1. El piso nuevo es un segundo sin ascensor, con una escalera bastante estrecha que gira a mitad de tramo.

¿Pueden subirlo por esa escalera o haría falta meterlo por la ventana? ¿Cuánto me costaría, más o menos? Y ¿tienen seguro por si se daña algo durante la mudanza?

Muchas gracias,
Lucía Ferrándiz"""),
      ag("tomas", "11-06 10:30", """Hola, Lucía:

Un U1 pesa unos 230 kilos, pero subimos pianos por escaleras con giro casi todas las semanas, así que no hará falta la ventana; eso sí, le pido que me mande una foto del giro para llevar el material adecuado.

El traslado de Wellingborough a Kettering con dos plantas sin ascensor sale por 285 £ (IVA incluido), y el piano va asegurado hasta 10.000 £ durante todo el trayecto, sin coste adicional.

Un saludo,
Tomás Echeverría"""),
      cu("11-06 11:02", """Aquí tiene la foto de la escalera, desde el rellano.

Lucía""", attach=[("image/png", "escalera.png", STAIRS_PNG)]),
      ag("tomas", "11-06 12:40", """Recibida, gracias. Con esa escalera no hay ningún problema: el equipo estará en su casa de Wellingborough el sábado 14 a las 9:00.

Un saludo,
Tomás""")),

    C("k09-wollaston-rental-extension", "en", "closed", {},
      "Dawn Hesketh <office@wollaston-primary.example>", "owa", "Rental piano - end of contract",
      "Extension and buy-out asked; Nell hands over ('he'll be in touch by tomorrow') and Gideon answers both the next morning with a PDF.",
      cu("11-02 11:00", """Good morning,

Our three-year rental of the Yamaha upright in the hall ends on 31 December. Can we extend it for another year on the same terms, and is there a buy-out price if the governors would rather purchase it outright?

Regards,
Dawn Hesketh
School Business Manager, Wollaston Primary School"""),
      ag("nell", "11-02 11:35", """Good morning Mrs Hesketh,

Yes, you can certainly extend. I've asked Gideon, who looks after rental contracts, to send you the figures - he'll be in touch by tomorrow.

Best wishes,
Nell""", promises=[("11-03", 3)]),
      ag("gideon", "11-03 09:40", """Dear Mrs Hesketh,

Following on from Nell's email: a one-year extension stays at £39 a month with the annual tuning included, and the buy-out at the end of December would be £1,450, which reflects the rent already paid. Both options are on the attached page for the governors.

Regards,
Gideon""", attach=[("application/pdf", "wollaston-rental-options.pdf", EXTENSION_PDF)])),

    C("k10-aske-office-move", "en", "closed", {},
      "Tom Aske <tom@askeandco-architects.example>", "gmail", "Moving an upright from the office to my house",
      "Quote given at once, the date promised 'by Thursday' is confirmed on Wednesday: a kept promise.",
      cu("11-09 12:30", """Hi,

We're clearing out the office and I'm taking the old Challen upright home. Could you quote for moving it from Market Street, Wellingborough to Irthlingborough? Both ground floor, no steps to speak of. Any day next week works for me except Tuesday.

Tom Aske"""),
      ag("priya", "11-09 14:10", """Hi Tom,

Straightforward move, that one: £165 including VAT. I just need to check which day the crew are passing Irthlingborough next week - I'll confirm the date by Thursday.

Best,
Priya""", promises=[("11-12", 3)]),
      ag("priya", "11-11 16:20", """Hi Tom,

All booked: Wednesday 18 November. The crew will be at Market Street around 9am and in Irthlingborough by 11.

Best,
Priya""")),

    C("k11-nene-valley-recital", "en", "closed", {},
      "Marcus Bellweather <m.bellweather@nenevalleymusic.example>", "gmail", "Tuning before the recital on 7 November",
      "Concert society: tuning on the concert morning and an action check, both answered; thanks-only reply whose signature has 'Questions about the recital series?' and a ? URL.",
      cu("11-02 15:45", """Dear Nell,

We have Elena Varga playing the society's Blüthner on Saturday 7 November. Could your tuner come in on the morning of the concert rather than the day before? The hall is free from 9am. The artist has also asked for the action to be checked, as she found the repetition a little slow last time.

Best regards,
Marcus Bellweather
Concerts Secretary, Nene Valley Music Society
Questions about the recital series? https://nenevalleymusic.example/recitals?ref=mail""", kind="alt"),
      ag("nell", "11-03 09:10", """Dear Marcus,

Martin will be at the hall at 9am on the 7th. He'll bring his regulating kit and go over the repetition before he tunes - he'd like an hour and a half with the instrument in total, so please make sure nobody needs the hall until half past ten.

Best wishes,
Nell"""),
      cu("11-03 09:30", """Perfect - many thanks, Nell.

Marcus

Marcus Bellweather
Concerts Secretary, Nene Valley Music Society
Questions about the recital series? https://nenevalleymusic.example/recitals?ref=mail""", thanks=True)),

    C("k12-royce-sticky-keys", "en", "pending", {},
      "Gemma Royce <gemma.royce@yahoomail.example>", "iphone", "Sticky middle C",
      "A rhetorical question and a self-answered one around the real question (tuner or workshop?); she picks a slot and it is booked.",
      cu("11-17 19:05", """Hi

Honestly, who knew a piano could be this temperamental? Middle C and the D next to it have started sticking down since the weather turned. Where do I even find the make and model? Oh wait - it's on the fallboard, it's a Kemble Cambridge.

Is this something a tuner can fix on a normal visit or does it need to go to your workshop?

Gemma

Sent from my iPhone"""),
      ag("nell", "11-18 08:45", """Hi Gemma,

Sticking keys on a Kemble at this time of year are almost always the key bushings swelling slightly with the damp - a ten-minute job in your house, no workshop needed. If you book a tuning at the same time the easing is free; Martin has Thursday 26 November at 2pm or Friday 27th at 10am.

Best wishes,
Nell"""),
      cu("11-18 09:20", """Thursday 26th at 2 please!

Gemma

Sent from my iPhone"""),
      ag("nell", "11-18 10:05", """Hi Gemma,

Booked - Thursday 26 November, 2pm. Martin will text you when he's on his way.

Best wishes,
Nell""")),

    C("k13-desai-lettings-forwarded", "en", "closed", {},
      "Priyanka Desai <priyanka@desai-lettings.example>", "owa", "FW: Piano removal quote",
      "HTML-only mail forwarding a competitor's quote whose own questions must not count; the real question (can you beat it, before the 27th) is answered.",
      cu("11-09 09:30", """Hello,

I'm a letting agent and one of our landlords needs an upright removed from a flat before new tenants move in. Below is a quote he got from another company. Can you beat it? The collection would need to be before 27 November.

Thanks,
Priyanka Desai
Desai Lettings

________________________________
From: Keyline Removals <quotes@keyline-removals.example>
Sent: Friday, November 6, 2026 4:12 PM
To: landlord.hayes@mailbox.example
Subject: Piano removal quote

Dear Mr Hayes,

Collection of upright piano from Flat 3, 22 Sheep Street (first floor) and delivery to our storage: £240.
Disposal if required: £80.
Could you confirm acceptance by return? Is there parking outside the building?

Keyline Removals""", kind="html"),
      ag("priya", "11-09 11:00", """Hi Priyanka,

We can: £195 for the collection and delivery to whichever address the landlord chooses (or into our store at £12 a week), and disposal, if it comes to that, is £70 with the iron frame recycled. Monday 23 or Tuesday 24 November would both work.

Best,
Priya""")),

    C("k14-albrecht-stimmtermin", "de", "closed", {},
      "Susanne Albrecht <susanne.albrecht@webpost.example>", "gmail_de", "Stimmtermin für unser Klavier",
      "German family: appointment and price answered; she picks a slot (both her mails base64) and it is confirmed.",
      cu("11-05 18:40", """Hallo,

wir sind letzten Sommer aus Köln nach Rushden gezogen, und unser Klavier (ein Seiler, Baujahr 1985) wurde seitdem nicht gestimmt. Haben Sie in den nächsten zwei Wochen einen Termin frei, gern an einem Nachmittag nach 15 Uhr, wenn die Kinder aus der Schule sind? Was kostet eine Stimmung bei Ihnen?

Viele Grüße
Susanne Albrecht""", cte="base64"),
      ag("lotte", "11-06 09:25", """Hallo Frau Albrecht,

herzlich willkommen in Rushden! Herr Oduya hätte Mittwoch, 11. November, um 15:30 Uhr oder Montag, 16. November, um 16 Uhr frei. Die Stimmung kostet 85 £; steht das Klavier nach über einem Jahr deutlich zu tief, kommt eine Vorstimmung für 35 £ dazu.

Viele Grüße
Lotte Brenner"""),
      cu("11-06 10:10", """Dann nehmen wir gern den 11. um 15:30 Uhr. Danke!

Susanne""", cte="base64"),
      ag("lotte", "11-06 10:40", """Hallo Frau Albrecht,

prima, der Termin steht: Mittwoch, 11. November, 15:30 Uhr.

Viele Grüße
Lotte Brenner""")),

    C("k15-castle-theatre-steinway-d", "en", "pending", {},
      "Olivia Stanwick <technical@castle-theatre.example>", "outlook", "Steinway D tuning - 28 November",
      "Venue asks for an afternoon tuning, an interval touch-up and the cost for a PO; helpdesk acknowledgement, then everything answered in one reply.",
      cu("11-17 16:30", """Hi,

We have a jazz trio on Saturday 28 November and the pianist has asked for the Steinway D to be tuned on the afternoon of the show, after the sound check (which finishes at 4pm). Can you do that, and could the tuner stay for the interval for a quick touch-up? Please send the cost for both so I can raise a PO.

Olivia Stanwick
Technical Manager, The Castle Theatre"""),
      ack("11-17 16:31"),
      ag("nell", "11-18 09:30", """Hi Olivia,

Martin's free that afternoon and will be with you at 4pm; staying on for the interval is no problem. Tuning the D is £110 and the interval touch-up £60, so £170 + VAT for your PO.

Best wishes,
Nell""")),

    C("k16-trelawney-piano-stool", "en", "open", {},
      "Jack Trelawney <jtrelawney@fastpost.example>", "thunderbird", "Piano stool with storage?",
      "A fresh question this morning with only the helpdesk acknowledgement: open, still inside the response target.",
      cu("11-20 10:05", """Hello,

Do you sell adjustable piano stools with storage for music? Ideally black to match a black upright. And could it be delivered with the tuner on his next visit to us in December rather than posted?

Thanks,
Jack Trelawney"""),
      ack("11-20 10:06")),

    C("k17-prentice-collection-day", "en", "pending", {},
      "Sally Prentice <sally.prentice@hotpost.example>", "gmail", "Piano collection from my mother's house",
      "Arrival time, who can let the crew in, clearing the top: answered with logistics that are not promises.",
      cu("11-16 17:50", """Hi Priya,

Thanks for fitting us in. Just to check the arrangements: what time will the crew arrive on Thursday, and do I need to be there, or can my brother let them in? Also, do we need to take the pictures and ornaments off the top first or will your team do that?

Sally"""),
      ag("priya", "11-17 09:10", """Hi Sally,

The crew leave the yard at 7.30 and should be at your mum's house between 8.30 and 9 on Thursday. Your brother is absolutely fine - whoever lets them in just needs to sign the collection sheet. Please clear the top and the area round the piano before they arrive; the team can't move personal belongings for insurance reasons.

The van takes the piano straight on to the new address afterwards.

Best,
Priya""")),

    C("k18-fairbairn-square-piano", "en", "pending", {},
      "Edward Fairbairn <edward@fairbairn-estate.example>", "apple", "Restoration of a square piano",
      "Customer writing from New York; the ivory question is answered and the written quotation is promised for Tuesday 24 November - a deadline still ahead at audit time.",
      cu("11-18 06:00", """Dear Mr Reddaway,

Further to your visit on Monday, I'd be glad to have the written quotation for the square piano as soon as you have it. Would you also confirm whether the original ivory keytops can be kept? I understand there are rules about ivory now and I'd rather not fall foul of them.

Yours sincerely,
Edward Fairbairn"""),
      ag("callum", "11-18 15:40", """Dear Mr Fairbairn,

The ivories can stay: repairing and re-gluing the original keytops on the instrument itself is fine - it's buying and selling ivory that's restricted, and your Broadwood square dates from 1823 in any case. We wouldn't add any new ivory; the two missing heads would be made from a bone substitute.

I'm waiting for the price of the new strings from our supplier, and I'll send you the full written quotation by Tuesday 24 November.

Kind regards,
Callum""", promises=[("11-24", None)]), tz=-5),

    C("k19-amory-digital-or-acoustic", "en", "closed", {},
      "Rachel Amory <rachel.amory@fennymail.example>", "gmail", "Digital vs acoustic for a beginner",
      "Advice question and 'do you rent digitals?' answered; a conditional offer to book a showroom visit is no promise; thanks-only reply.",
      cu("11-04 21:00", """Hi,

My son (9) wants to start lessons in January. Would you recommend renting an acoustic upright or would a digital piano be fine to begin with? And do you rent digitals at all?

Rachel"""),
      ag("gideon", "11-05 10:15", """Hi Rachel,

For a nine-year-old starting out either would do, but the teachers we talk to nearly all prefer a real upright from the start because the touch is so different. We only rent acoustic pianos, not digitals - from £35 a month.

If you'd like to come and try a few at the showroom, just reply with a day that suits and I'll put it in the diary.

Regards,
Gideon"""),
      cu("11-05 11:30", """That's really useful, thanks Gideon - we'll have a think and be in touch.

Rachel""", thanks=True)),

    C("k20-crake-hall-annual-service", "en", "closed", {},
      "Simon Crake <s.crake@crake-hall.example>", "outlook", "Bösendorfer - annual service",
      "Appointment and invoice address both handled; the customer's own Outlook out-of-office reply lands in the thread.",
      cu("11-05 09:00", """Hello Nell,

Time for the annual service on the Bösendorfer again. Could Martin come during the week of 16 November? Any day but Friday. Please also send the invoice to the estate office as before, not to me personally.

Regards,
Simon Crake"""),
      ag("nell", "11-05 10:20", """Hello Mr Crake,

Martin has Tuesday 17 November at 11am - I've put you down for that. The invoice will go to the estate office at Crake Hall, as usual.

Best wishes,
Nell"""),
      auto("11-05 10:21", """Thank you for your email. I am away from the office until Monday 9 November with limited access to email. For urgent estate matters please contact Janet Horne on 01933 555 0199.

Simon Crake""", quote=False, subject="Automatic reply: RE: Bösendorfer - annual service")),

    C("k21-kamara-rental-care", "en", "pending", {},
      "Aisha Kamara <aisha.kamara@nhsmail.example>", "android", "New rental - care instructions?",
      "Two questions answered by an attachment (care guide) and a booking link, nothing else.",
      cu("11-18 20:10", """Hi there,

The piano arrived today, it's gorgeous, thank you! Two things: is there a care guide somewhere (where to put it, how warm the room should be etc.)? And how do I book the first tuning you mentioned, the one that's included?

Aisha

Sent from Outlook for Android"""),
      ag("gideon", "11-19 09:05", """Hi Aisha,

So glad it arrived safely.

Care guide: attached.
Free first tuning: https://harrowdenpianos.example/book?type=rental-first&ref=R-4471

Regards,
Gideon""", attach=[("application/pdf", "caring-for-your-piano.pdf", CARE_PDF)])),

    C("k22-roux-deux-pianos-droits", "fr", "closed", {},
      "Jean-Baptiste Roux <jb.roux@petites-mains-oundle.example>", "owa", "Accord de deux pianos droits – école de musique",
      "French music school in Oundle (Outlook on the web, header-block quotes): same day, price for two, Saturdays - answered; thanks-only acceptance.",
      cu("11-03 17:20", """Bonjour Madame Chastain,

Je dirige une petite école de musique à Oundle (cours du samedi, surtout des familles francophones). Nous avons deux pianos droits, un Petrof et un Hoffmann, qui n'ont pas été accordés depuis le printemps.

Serait-il possible de les faire accorder tous les deux le même jour ? Si oui, quel serait le tarif pour les deux, et pouvez-vous venir un samedi, ou seulement en semaine ?

Merci d'avance,
Jean-Baptiste Roux
École de musique Les Petites Mains, Oundle"""),
      ag("aurelie", "11-04 09:40", """Bonjour Monsieur Roux,

Bien sûr, notre accordeur peut faire les deux pianos à la suite. Pour deux instruments le même jour, nous appliquons un tarif de 150 £ au lieu de 170 £.

Nous ne travaillons pas le samedi, mais il serait disponible le mercredi 11 novembre à 14 h.

Bien cordialement,
Aurélie Chastain"""),
      cu("11-04 10:15", """Parfait pour le mercredi 11 à 14 h, je vous en remercie.

J.-B. Roux""", thanks=True)),
]

CASES += [
    C("k23-gault-radiator-humidity", "en", "closed", {"unanswered-question": 1},
      "Philippa Gault <pgault@gault-family.example>", "apple", "Keys sticking and piano sounds awful",
      "Humidity diagnosis and a visit before the 28th given; the question about buying a humidifier is skipped.",
      cu("11-02 19:30", """Hello,

Since we put the heating on, three or four keys have started sticking and the whole piano sounds tinny and out of tune. It's a Welmar upright that stands against an outside wall, next to a radiator (not ideal, I know!).

Is this likely to be humidity? Should we be buying one of those room humidifiers, and if so what sort? And could you send someone before the 28th? We've got the family coming for my father's 80th and he'll want to play.

Many thanks,
Philippa Gault""", uq=1),
      ag("nell", "11-03 10:00", """Hi Philippa,

Almost certainly, yes: dry heat from the radiator shrinks the soundboard and the wooden parts round the keys, which is exactly what you're describing. If you can move it even a metre away from the radiator and off the outside wall, that will help a lot.

Martin can come on Wednesday 18 November at 1pm - that gives the piano a couple of weeks in its new spot first and is well before the 28th. He'll ease the keys and tune it.

Best wishes,
Nell""")),

    C("k24-osei-grand-second-floor", "en", "closed", {"unanswered-question": 1},
      "Daniel Osei <daniel.osei@oseiarchitects.example>", "gmail", "Moving a grand to a second-floor flat",
      "Numbered list of four questions: legs and Saturday answered, the stairwell deferred to a survey booking promised for tomorrow and sent; insurance never mentioned.",
      cu("11-12 13:00", """Hi,

I'm buying a Yamaha C3 from a private seller in Towcester and need it moved to my flat in Northampton: second floor, no lift, stairwell with a half-landing.

A few questions:
1. Do you take the legs and lyre off and carry it on its side?
2. Is the stairwell likely to be wide enough, or will you need a hoist through the window?
3. What insurance cover do you have while it's in your hands?
4. Could it be done on a Saturday?

Thanks,
Daniel""", uq=1),
      ag("priya", "11-12 15:30", """Hi Daniel,

Yes - grands travel on their straight side on a padded piano shoe, with the legs, lyre and lid off, and the crew refit everything in your flat. Saturdays are fine too, at a £60 supplement.

Whether it goes up the stairs depends on the turn at the half-landing, and I'd rather not guess. I'll send you a booking for a free survey visit tomorrow.

Best,
Priya""", promises=[("11-13", 3)]),
      ag("priya", "11-13 10:15", """Hi Daniel,

As promised: our surveyor Kieran can look at the stairwell on Monday 16 November at 5.30pm. Would that suit?

Best,
Priya"""),
      cu("11-13 12:10", """Monday 5.30 is fine. Thanks Priya.

Daniel""", thanks=True)),

    C("k25-hoffmann-mietkauf", "de", "pending", {"unanswered-question": 1},
      "Jens Hoffmann <jens.hoffmann@tonline.example>", "thunderbird_de", "Mietklavier – Kauf statt Miete?",
      "German rental customer: rent-to-buy answered with the figures; the request to switch to direct debit and send the form is ignored.",
      cu("11-16 20:45", """Guten Abend Frau Brenner,

wir haben seit März das Kawai-Klavier bei Ihnen gemietet, und unsere Tochter übt inzwischen jeden Tag. Wir überlegen deshalb, es zu kaufen. Wird die bisher gezahlte Miete auf den Kaufpreis angerechnet?

Und noch etwas: Bisher zahlen wir per Kreditkarte. Ich würde das gern auf Lastschrift umstellen, das Formular können Sie mir einfach per Mail schicken.

Viele Grüße aus Wellingborough
Jens Hoffmann""", uq=1),
      ag("lotte", "11-17 09:50", """Guten Morgen Herr Hoffmann,

das freut uns sehr! Ja, die Miete der ersten zwölf Monate wird vollständig angerechnet. Bis Ende November sind das bei Ihnen 9 × 42 £ = 378 £, sodass vom Kaufpreis von 3.150 £ noch 2.772 £ übrig blieben.

Viele Grüße
Lotte Brenner""")),

    C("k26-dubreuil-facture-association", "fr", "closed", {"unanswered-question": 1},
      "Claire Dubreuil <claire.dubreuil@orangemail.example>", "apple_fr", "Accord du piano pour notre concert de Noël",
      "French choir: the morning visit is booked with a price; the request to invoice the association instead of her is ignored.",
      cu("11-04 18:30", """Bonjour,

Notre chœur donne son concert de Noël le 12 décembre au Guildhall de Northampton, et le piano de la salle aurait bien besoin d'un accord. La salle nous a dit de nous adresser directement à vous.

Pouvez-vous passer le matin même, vers 10 h ? Par ailleurs, merci d'établir la facture au nom de l'association (Chœur franco-britannique de Northampton, 8 Derngate, NN1 1TU) et non à mon nom personnel.

Bien à vous,
Claire Dubreuil
Présidente""", uq=1),
      ag("aurelie", "11-05 09:20", """Bonjour Madame Dubreuil,

Avec plaisir. Notre accordeur connaît bien le Kawai du Guildhall : il sera sur place le samedi 12 décembre à 10 h et aura terminé vers 11 h 15. Le tarif est de 95 £.

Bien cordialement,
Aurélie Chastain""")),

    C("k27-solis-alquiler-escuela", "es", "pending", {"unanswered-question": 1},
      "Marta Solís <msolis@escuela-espanol-northampton.example>", "gmail_es", "Alquiler de un piano para el aula de música",
      "Spanish Saturday school: seven-month contract and delivery answered; 'quisiera saber también si la banqueta viene incluida' is skipped.",
      cu("11-17 12:40", """Buenos días:

Soy la coordinadora de la escuela complementaria de español de Northampton. Queremos alquilar un piano vertical para el aula de música a partir de enero, solo para el curso escolar (de enero a julio).

¿Es posible un contrato de siete meses? ¿Incluye el precio la entrega en el aula, que está en una planta baja? Quisiera saber también si la banqueta viene incluida o hay que comprarla aparte.

Un saludo cordial,
Marta Solís""", uq=1),
      ag("tomas", "11-17 16:05", """Buenas tardes, Marta:

Para colegios hacemos contratos por curso escolar, así que siete meses no es problema: serían 40 £ al mes. La entrega y la recogida en planta baja están incluidas en los contratos escolares.

Un saludo,
Tomás""")),

    C("k28-kettering-sinfonia-442", "en", "closed", {"unanswered-question": 1},
      "Helen Farraday <h.farraday@kettering-sinfonia.example>", "thunderbird", "Tuning at 442 for the Sinfonia concert",
      "Orchestra asks for A=442 and a soft-pedal check; the reply gives time, price and the pedal, and never mentions the pitch.",
      cu("11-02 10:40", """Dear Nell,

The Kettering Sinfonia are doing the Grieg concerto with a visiting soloist on 14 November, using the Yamaha grand at the Lighthouse Theatre. The orchestra tunes to A=442. Can your tuner set the piano at 442 for the concert, rather than the usual 440?

The soloist also mentioned at the last rehearsal that the soft pedal feels uneven - could he have a look at that while he's there?

Best wishes,
Helen Farraday
Orchestra Manager""", uq=1),
      ag("nell", "11-02 16:05", """Dear Helen,

Martin can be at the Lighthouse at 9am on the 14th. He'll check the una corda while he's there - it's usually just the hammer rail needing a small adjustment. The concert tuning is £110.

Best wishes,
Nell""")),

    C("k29-petrakis-payment-date", "en", "pending", {"unanswered-question": 1},
      "Nadia Petrakis <nadia@petrakis-home.example>", "gmail", "Rental delivery this Tuesday",
      "Delivery confirmed; a week later a new mail (threading headers lost) asks to move the payment date and about castor cups - only the cups are answered.",
      cu("11-09 18:00", """Hi Gideon,

Just confirming we're ready for the delivery on Tuesday - the spot by the stairs is cleared. Is it still the morning?

Nadia"""),
      ag("gideon", "11-10 08:30", """Hi Nadia,

Yes, the crew will be with you between 9 and 10 this morning.

Regards,
Gideon"""),
      cu("11-17 20:30", """Hi Gideon,

The piano's lovely and the kids are on it constantly. One more thing: could the monthly payment date move to the 1st so it lines up with our pay day? At the moment it comes out on the 10th.

Also, the castors have already left small dents in the laminate - do you sell castor cups, or should we get them elsewhere?

Thanks,
Nadia""", uq=1, thread=False),
      ag("gideon", "11-18 09:15", """Hi Nadia,

Good to hear it's getting used! We do stock castor cups - a set of four in black or clear is £24, and the tuner can bring them when he comes for the first tuning in December, or I can post them if you'd rather not wait.

Regards,
Gideon""")),

    C("k30-thursby-barn-piano", "en", "closed", {"unanswered-question": 1},
      "Colin Thursby <colin.thursby@thursby-farm.example>", "oldclient", "old piano in the barn",
      "One long unpunctuated paragraph from an old mail client with three questions; worth saving and visit price answered, moving it to the farmhouse is not.",
      cu("11-03 14:20", """Dear Sirs

We have been clearing out the barn at Thursby Farm and have come across my grandmothers piano which has been under a tarpaulin for the best part of thirty years, it is a Brinsmead upright and the case is marked and one of the candle holders is gone but otherwise it looks all there, I was wondering whether it would be worth having it looked at or whether it is beyond saving, my granddaughter is keen to learn and it would be a shame to get rid of it if it could be made playable, if you do come out to see it what would you charge for the visit, and is it possible to move it out of the barn and into the farmhouse at the same time as we have only got my son and me and neither of us is as young as we were, the farmhouse has a step at the back door but no stairs.

Yours faithfully
Colin Thursby""", uq=1),
      ag("callum", "11-04 10:05", """Dear Mr Thursby,

Thirty years in a barn is a lot for any piano, but Brinsmeads were well built and it's quite possible yours can be made playable again - though I'd want to see the soundboard, the pinblock and any damage from mice before saying more. An inspection visit is £60, and if you go ahead with any work we deduct it from the bill.

Kind regards,
Callum""")),

    C("k31-beckett-template-reply", "en", "pending", {"unanswered-question": 2},
      "Yvonne Beckett <yvonne.beckett@skymail.example>", "owa", "Tuning, a broken string and a quote for new hammer felts",
      "A templated reply with the booking link handles the tuning only; the broken string and the quote request go unanswered.",
      cu("11-16 11:10", """Hello,

I'd like to book a tuning for our Danemann upright, preferably on a Thursday. There's also a string in the top octave that snapped last week - can that be replaced on the same visit? And please could you quote for replacing the hammer felts? My teacher says they're worn to grooves.

Regards,
Yvonne Beckett""", uq=2),
      ag("nell", "11-16 14:00", """Dear Yvonne,

Thank you for contacting Harrowden Piano Services.

You can book a tuning at a time that suits you in our online diary: https://harrowdenpianos.example/book?src=reply. Thursday appointments are shown in green.

Kind regards,
Nell""")),

    C("k32-moss-sell-or-dispose", "en", "closed", {"unanswered-question": 1},
      "Harriet Moss <harriet.moss@fennymail.example>", "gmail", "Old piano - sell or dispose?",
      "Indirect questions: 'I was wondering whether you buy second-hand pianos' is skipped, 'could you let me know what you'd charge' is answered.",
      cu("11-05 13:30", """Hi,

We're downsizing and my old Chappell upright has to go. I was wondering whether you buy second-hand pianos at all? It's in decent condition and was tuned last year. If not, could you let me know what you'd charge to take it away and dispose of it? We're in Finedon.

Kind regards,
Harriet Moss""", uq=1),
      ag("priya", "11-05 16:40", """Hi Harriet,

Collection and disposal from Finedon would be £145, which includes recycling the iron frame and the wood. We can usually collect within ten days of booking.

Best,
Priya""")),

    C("k33-greaves-insurance-report", "en", "closed", {"unanswered-question": 1},
      "Anthony Greaves <a.greaves@greaves-brokers.example>", "outlook", "Service report for the insurer",
      "Two requests without a question mark: the service report is attached, the serial number on the invoice is ignored.",
      cu("11-06 09:45", """Good morning,

Our home insurer is asking for evidence that the Steinway was professionally maintained this year. Please send me a copy of the tuning and service report from Martin's visit in September. I also need the serial number and the model written on the invoice, as the insurer wants it for their valuation schedule.

Many thanks,
Anthony Greaves""", uq=1),
      ag("nell", "11-06 11:30", """Good morning Mr Greaves,

Here is Martin's service report from 22 September, signed and dated - I hope that satisfies the insurer.

Best wishes,
Nell""", attach=[("application/pdf", "service-report-2026-09-22.pdf", REPORT_PDF)])),

    C("k34-lorenz-umzug-preis", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Birgit Lorenz <birgit.lorenz@gmxpost.example>", "gmail_de", "Umzug Klavier und Stimmung danach",
      "German move: preparation and a tuning date answered, the price promised 'bis Montag' comes on Thursday after 'ich warte immer noch'.",
      cu("11-05 19:20", """Liebe Frau Brenner,

wir ziehen am 28. November innerhalb von Northampton um (von Abington nach Duston) und möchten unser Petrof-Klavier von Ihnen transportieren lassen. In der neuen Wohnung geht es sechs Stufen hoch in den Eingangsbereich.

Was würde der Transport kosten? Können Sie auch einen Stimmtermin für ein paar Wochen nach dem Umzug gleich mit einplanen? Und müssen wir für die Treppe irgendetwas vorbereiten, zum Beispiel Schutzmatten?

Herzliche Grüße
Birgit Lorenz"""),
      ag("lotte", "11-06 10:00", """Liebe Frau Lorenz,

vorbereiten müssen Sie nichts, unsere Träger bringen Rampen und Schutzdecken selbst mit; Sie sollten nur den Weg freiräumen. Als Stimmtermin schlage ich Ihnen Dienstag, 15. Dezember, vor – dann hat sich das Klavier gut zwei Wochen eingewöhnt.

Den genauen Preis für den Transport kläre ich noch mit unserer Umzugsabteilung, ich melde mich bis Montag bei Ihnen.

Herzliche Grüße
Lotte Brenner""", promises=[("11-09", 4)]),
      cu("11-12 08:15", """Liebe Frau Brenner,

ich warte immer noch auf den Preis für den Transport – der Umzug ist ja schon in gut zwei Wochen. Können Sie mir bitte Bescheid geben?

Viele Grüße
Birgit Lorenz""", chase=True),
      ag("lotte", "11-12 11:30", """Liebe Frau Lorenz,

entschuldigen Sie bitte die Verzögerung. Der Transport kostet 245 £, die sechs Stufen sind darin schon enthalten. Ich habe Sie für Samstag, 28. November, ab 8 Uhr eingetragen.

Herzliche Grüße
Lotte Brenner""")),

    C("k35-fisk-revised-quote", "en", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Leonard Fisk <leonard.fisk@fisk-hall.example>", "apple", "Revised quote - Blüthner restoration",
      "Easter answered, the revised quote without French polishing promised 'tomorrow' never comes; the customer follows up and waits.",
      cu("11-09 10:00", """Dear Callum,

Thank you for the quotation for the Blüthner. Before I decide, could you price it without the French polishing? We'd keep the case as it is - the patina is part of its charm. Also, can the work be finished before Easter?

Best,
Leonard Fisk"""),
      ag("callum", "11-09 15:20", """Dear Mr Fisk,

Easter is fine either way - if we collect in January you'd have it back by mid-March. I'll send the revised quote without the polishing tomorrow.

Kind regards,
Callum""", promises=[("11-10", None)]),
      cu("11-16 09:30", """Dear Callum,

Just following up on the revised quote - I haven't received it yet. Could you send it over when you get a moment?

Best,
Leonard Fisk""", chase=True)),

    C("k36-achterberg-white-grand-wedding", "en", "closed", {"missed-follow-up": 1},
      "Sophie Achterberg <sophie@achterberg-weddings.example>", "thunderbird", "White grand piano for a wedding",
      "'I'll come back to you early next week' said on Thursday, delivered on Wednesday: late, so missed; thanks-only reply.",
      cu("11-05 14:00", """Hi,

I'm a wedding planner and one of my couples would love a white baby grand at their reception on 19 December, at Rushton Hall. Do you rent white grands for single events? If so, how much would it be including delivery and a tuning on the day?

Thanks,
Sophie Achterberg"""),
      ag("gideon", "11-05 16:30", """Hi Sophie,

We have a white Kawai baby grand that's popular for weddings, and the ballroom at Rushton Hall is on the ground floor, so access is easy. Let me check with the workshop whether it'll be back from its refurbishment in time, and I'll come back to you early next week with availability and a price.

Regards,
Gideon""", promises=[("11-10", 3)]),
      ag("gideon", "11-11 10:20", """Hi Sophie,

Sorry for the delay. Good news: the white Kawai will be back from the workshop on 4 December, so it's free for the 19th. The event price is £595, including delivery, collection and a tuning once it's in place.

Regards,
Gideon""", parent=1),
      cu("11-11 11:00", """Brilliant, I'll check with the couple and confirm. Thank you!

Sophie""", thanks=True)),

    C("k37-ellery-knight-parts", "en", "closed", {"missed-follow-up": 1},
      "Graham Ellery <graham.ellery@elleryjoinery.example>", "android", "Fallboard hinge and key slip - replacement parts?",
      "Parts and price deferred with 'I'll get back to you with prices' (no deadline: two-day window); nothing follows and the customer never chases.",
      cu("11-02 08:10", """Morning,

The fallboard hinge on our Knight upright has split and the key slip is cracked along its length after a house move. Can you get replacement parts for a Knight K10, and roughly what would it cost to fit them?

Graham

Sent from Outlook for Android"""),
      ag("callum", "11-02 12:00", """Hi Graham,

Knight parts are a bit hit and miss since the factory closed, but we usually manage to source the hinges. Let me find out what our suppliers have and I'll get back to you with prices.

Kind regards,
Callum""", promises=[("window", None)])),

    C("k38-garnier-pleyel", "fr", "closed", {"missed-follow-up": 1},
      "Hélène Garnier <helene.garnier@freemail.example>", "apple_fr", "Restauration d'un piano Pleyel",
      "French customer: Pleyel work and collection answered; cost and time promised 'd'ici jeudi' arrive the next Monday.",
      cu("11-02 20:00", """Bonjour Madame Chastain,

Nous avons rapporté de Lyon le piano droit Pleyel de ma grand-mère (vers 1925). Il a besoin d'être entièrement révisé : plusieurs marteaux sont mités et deux touches ne remontent plus.

Votre atelier travaille-t-il sur les Pleyel ? Pourriez-vous nous donner une idée du coût et du délai ? Et est-ce que vous pouvez venir le chercher chez nous, à Brixworth ?

Merci beaucoup,
Hélène Garnier"""),
      ag("aurelie", "11-03 09:30", """Bonjour Madame Garnier,

Oui, notre atelier restaure régulièrement des Pleyel de cette époque, et nous venons bien sûr le chercher à Brixworth (l'enlèvement et le retour sont compris dans le devis).

Pour le coût et le délai, je dois d'abord en parler avec Callum, notre chef d'atelier. Je reviens vers vous d'ici jeudi.

Bien cordialement,
Aurélie Chastain""", promises=[("11-05", 3)]),
      ag("aurelie", "11-09 11:45", """Bonjour Madame Garnier,

Veuillez m'excuser pour ce retard. Callum estime une révision complète (marteaux, feutres, mécanique, accord) entre 2 800 et 3 400 £, avec un délai de huit à dix semaines.

Bien cordialement,
Aurélie Chastain""", parent=1)),

    C("k39-st-barnabas-church-grand", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Kwame Boateng <kwame.boateng@stbarnabas-kettering.example>", "gmail", "Moving the church piano to the new hall",
      "Nell passes the move to Priya ('She'll be in touch tomorrow'); nothing until the churchwarden chases, then Priya answers date and price: kept late.",
      cu("11-10 10:00", """Hello,

St Barnabas is opening its new community hall next month and we need the old Broadwood grand moved across from the church (about 200 metres, but there are four steps down from the church porch). Can you do it in the first week of December? And what will it cost?

God bless,
Kwame Boateng
Church Warden, St Barnabas, Kettering"""),
      ag("nell", "11-10 11:20", """Dear Kwame,

Thank you - I've passed this to Priya, who organises all our removals. She'll be in touch tomorrow about a date and the price.

Best wishes,
Nell""", promises=[("11-11", 4)]),
      cu("11-16 09:00", """Dear Nell,

I haven't heard anything from Priya yet. Is there any news about the move? The hall opens on 6 December, so we're getting a bit anxious.

Kwame""", chase=True),
      ag("priya", "11-16 14:30", """Dear Kwame,

I'm so sorry - your message got stuck in my queue. We can move the Broadwood on Wednesday 2 December in the morning; four steps and 200 metres on the flat come to £220, with the ramps and our grand trolley.

Best,
Priya""")),

    C("k40-lund-gala-crew", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Francesca Lund <f.lund@lund-events.example>", "iphone", "Piano for Saturday's gala - crew names",
      "Crew names promised 'by end of day' come the next morning after a chase sent without threading headers.",
      cu("11-12 08:00", """Hi Priya,

Can you confirm the crew for Saturday's gala at the Wicksteed Park pavilion? We need the piano in place by 3pm. Also can they bring a cover - it might rain between the van and the door.

Francesca

Sent from my iPhone"""),
      ag("priya", "11-12 09:30", """Hi Francesca,

The piano will be in place by 3, and the crew always carry a waterproof cover. I'm waiting for the rota to know who's on - I'll confirm the crew names by end of day.

Best,
Priya""", promises=[("11-12", 4)]),
      cu("11-13 07:45", """Morning Priya, still waiting for the crew names - the venue needs them for the security list by noon today.

Francesca

Sent from my iPhone""", chase=True, thread=False),
      ag("priya", "11-13 08:30", """Hi Francesca,

Sorry! It's Dean Holloway and Sam Akintola, arriving around 1.30.

Best,
Priya""")),

    C("k41-montoya-taberna-alquiler", "es", "open", {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Javier Montoya <jmontoya@tabernalacandela.example>", "gmail_es", "Piano para el restaurante – alquiler mensual",
      "Spanish restaurant: business rental and tuning frequency answered, price promised 'el lunes' never sent; two chases, no reply.",
      cu("11-04 16:00", """Hola, buenas tardes:

Tengo un restaurante de tapas en el centro de Northampton y queremos poner un piano vertical en el comedor para las noches de jazz de los jueves. ¿Alquilan pianos a negocios? ¿Qué precio tendría al mes, y cada cuánto habría que afinarlo con el ambiente del restaurante (cocina abierta, calefacción, etc.)?

Gracias de antemano,
Javier Montoya
Taberna La Candela"""),
      ag("tomas", "11-05 10:10", """Hola, Javier:

Sí, alquilamos a bares y restaurantes. En un comedor con cocina abierta recomendamos afinar cada tres meses, porque los cambios de temperatura y humedad lo desafinan antes.

El precio para negocios depende del modelo y del seguro; lo consulto con Gideon, que lleva los contratos, y le confirmo el lunes.

Un saludo,
Tomás""", promises=[("11-09", None)]),
      cu("11-12 12:00", """Hola Tomás:

¿Hay alguna novedad sobre el precio? Queríamos empezar con las noches de jazz en diciembre y sigo esperando.

Saludos,
Javier""", chase=True, cte="base64"),
      cu("11-17 18:30", """Buenas tardes:

Les escribo otra vez porque no he recibido respuesta sobre el alquiler del piano para el restaurante. Por favor, díganme algo esta semana; si no, tendremos que buscar otra empresa.

Javier Montoya
Taberna La Candela""", chase=True)),

    C("k42-halvorsen-soundboard-photos", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Ingrid Halvorsen <ingrid.halvorsen@fennymail.example>", "gmail", "Soundboard crack - Steinway O in your workshop",
      "Progress, price and timescale answered; photos promised 'by Wednesday' come the following Tuesday, after a chase.",
      cu("11-09 09:00", """Hi Callum,

How is the Steinway getting on? When we spoke last week you mentioned you'd found a crack in the soundboard once the strings were off. Could you send me a couple of photos so I can see how bad it is? And does it change the price or the timescale?

Best wishes,
Ingrid"""),
      ag("callum", "11-09 12:30", """Hi Ingrid,

It's coming along well - the new hammers are in. The crack is about 40 cm long under the bass bridge; we'll shim it with spruce and it won't change the timescale. The extra work is £380, which I'll add to the final invoice. I'm not in the workshop today, but I'll send you the photos by Wednesday.

Best wishes,
Callum""", promises=[("11-11", 4)]),
      cu("11-16 18:00", """Hi Callum,

Any chance of those photos? My husband is convinced it's far worse than you're letting on!

Ingrid""", chase=True),
      ag("callum", "11-17 08:45", """Hi Ingrid,

Apologies for the wait - photos attached, before and after the shim. You can tell your husband it's a very ordinary repair.

Best wishes,
Callum""", attach=[("image/png", "soundboard-shim.png", SOUNDBOARD_PNG)])),

    C("k43-stanhope-invoice-query", "en", "closed", {"missed-follow-up": 1},
      "Rebecca Stanhope <rstanhope@stanhope-dance.example>", "owa", "Rental invoice - extra £10?",
      "Invoice query deferred with 'let you know in the next couple of days'; never answered, never chased.",
      cu("11-03 13:00", """Hi Gideon,

Our November invoice for the studio piano is £58, but our contract says £48 a month. Could you check what the extra £10 is for? I can't see anything on the statement.

Thanks,
Rebecca Stanhope
Stanhope School of Dance"""),
      ag("gideon", "11-03 15:00", """Hi Rebecca,

I can see the £58 on our side too, and I'm not sure where the extra has come from. I'll look into it with our accounts software people and let you know in the next couple of days.

Regards,
Gideon""", promises=[("window", None)])),

    C("k44-derngate-festival-three-pianos", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "many-handoffs": 1},
      "Dominic Ashworth <d.ashworth@derngate-venues.example>", "outlook", "Winter Piano Festival - three pianos 4-6 December",
      "Three agents: Gideon promises the quote from Nell 'on Monday', it comes Tuesday; Priya handles the follow-up; the PO-number request is never acknowledged. One reply has a References gap.",
      cu("11-13 09:00", """Hello,

For the Winter Piano Festival at the Derngate (4-6 December) we'd like to hire three instruments: a concert grand for the main stage, a baby grand for the foyer and an upright for the warm-up room. Please could you send availability and a combined price for the three, including daily tuning of the concert grand?

We'll also need a tuner on standby during the evening concerts - is that something you offer?

And our finance team asks that all invoices quote PO 7741-WPF.

Regards,
Dominic Ashworth
Programming Manager, Derngate Venues""", uq=1),
      ag("gideon", "11-13 11:30", """Dear Dominic,

All three are available for 4-6 December: the Steinway D for the main stage, our Yamaha C2 for the foyer and a Yamaha U3 for the warm-up room. I'll put the combined price together with Nell's tuning diary, and Nell will send you the full quote on Monday.

Regards,
Gideon""", promises=[("11-16", 3)]),
      ag("nell", "11-17 10:00", """Dear Dominic,

Sorry this is a day later than Gideon said. For the three instruments over 4-6 December, with delivery, collection and a daily tuning of the D, the price is £2,350 + VAT. Martin can also stay on standby through each evening concert at £75 an evening.

Best wishes,
Nell"""),
      cu("11-17 11:00", """Thanks Nell. Two more things: can the concert grand be delivered on the afternoon of 3 December so the pianists can rehearse the evening before? And who should our stage manager contact on the day?

Dominic""", refs=[1, 3]),
      ag("priya", "11-17 15:20", """Dear Dominic,

Delivering the D on the afternoon of the 3rd is fine - the crew will be at the stage door at 2pm. On the day, your stage manager can ring me directly on 07700 900412.

Best,
Priya""")),

    C("k45-calloway-buzzing-note", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Moira Calloway <moira.calloway@calloway-studio.example>", "gmail", "Buzzing note after tuning",
      "Buzz fixed and 'I'll mark this one as resolved'; ten days later the buzz is back: reopened, visit booked, the question about charges ignored.",
      cu("11-04 17:00", """Hi Nell,

Since Martin's visit last week there's a buzz on the F below middle C, only when it's played loudly. Is it something he could have knocked? Can he come back and look at it?

Moira"""),
      ag("nell", "11-05 09:00", """Hi Moira,

It won't be anything he did - buzzes often show up after a tuning when a string sits slightly differently on the bridge. Martin can call in on Friday 6 November at 8.30, on his way to another job, at no charge.

Best wishes,
Nell"""),
      cu("11-05 09:30", """Friday 8.30 is great, thank you!

Moira""", thanks=True),
      ag("nell", "11-06 14:00", """Hi Moira,

Martin tells me it was a loose screw on the bottom board vibrating in sympathy - all sorted. I'll mark this one as resolved, but do shout if the buzz comes back.

Best wishes,
Nell""", closes=True, parent=3),
      cu("11-16 19:00", """Hi Nell,

Bad news, the buzz is back, and now the sustain pedal squeaks as well. Could Martin come again this week? I'd also like to know whether these visits are covered by the tuning or whether we'll be charged - I'd rather know in advance.

Moira""", uq=1),
      ag("nell", "11-17 09:10", """Hi Moira,

Oh no! Martin can be with you on Thursday 19 November at 8.30 again, and he'll bring some felt for the pedal.

Best wishes,
Nell""")),

    C("k46-wainwright-storage", "en", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Peter Wainwright <peter.wainwright@wainwright-law.example>", "outlook", "Storing a baby grand during building work",
      "Acknowledged only, then 'Just checking in on my email below'; the late reply gives storage and price but not collection and re-tuning.",
      cu("11-02 10:00", """Hello,

We're renovating the ground floor from January and need somewhere to keep the baby grand for about three months. Do you offer piano storage, and what does it cost per month? And could you collect it and then tune it when it comes back in April?

Peter Wainwright""", uq=1),
      ack("11-02 10:01"),
      cu("11-04 10:30", """Hello again,

Just checking in on my email below - could someone let me know about storage? I need to confirm our builders' dates this week.

Peter Wainwright""", chase=True),
      ag("priya", "11-04 14:00", """Dear Mr Wainwright,

Apologies for the slow reply. Yes, we store pianos in our heated, humidity-controlled store near Wellingborough: £55 a month for a baby grand, fully insured.

Best,
Priya""")),

    C("k47-mehta-rental-end-resend", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Arjun Mehta <arjun.mehta@mehta-dental.example>", "gmail", "Rental piano collection at end of contract",
      "End-of-rental collection and deposit refund asked; a week later the same mail is resent as a new message with the same subject; no reply.",
      cu("11-10 12:00", """Hi,

Our rental contract (R-3308) ends on 30 November and we won't be renewing, as my daughter has moved on to guitar. Could you arrange collection of the piano in the first week of December? Please also confirm the deposit will be refunded to the same card.

Thanks,
Arjun Mehta"""),
      ack("11-10 12:01"),
      cu("11-17 09:00", """Hi,

Our rental contract (R-3308) ends on 30 November and we won't be renewing, as my daughter has moved on to guitar. Could you arrange collection of the piano in the first week of December? Please also confirm the deposit will be refunded to the same card.

Thanks,
Arjun Mehta

(Resending - I haven't had a reply to my email of 10 November.)""", chase=True, parent=0)),

    C("k48-falk-angebot-bluethner", "de", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Andreas Falk <andreas.falk@falk-beratung.example>", "outlook_de", "Angebot Überarbeitung Blüthner-Flügel",
      "German request for a written quote; the customer replies to his own mail 'ich warte immer noch auf eine Antwort'; no reply at all.",
      cu("11-10 08:30", """Sehr geehrter Herr Reddaway, sehr geehrte Frau Brenner,

wie telefonisch besprochen bitte ich um ein schriftliches Angebot für die Überarbeitung der Mechanik unseres Blüthner-Flügels (Baujahr 1928). Bitte geben Sie auch an, wie lange der Flügel in Ihrer Werkstatt bliebe.

Mit freundlichen Grüßen
Andreas Falk"""),
      cu("11-16 08:00", """Sehr geehrte Damen und Herren,

ich warte immer noch auf eine Antwort auf meine Anfrage vom 10. November. Könnten Sie mir bitte kurz mitteilen, bis wann ich mit dem Angebot rechnen kann?

Mit freundlichen Grüßen
Andreas Falk""", chase=True)),

    C("k49-fontaine-transport-france", "fr", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Amélie Fontaine <amelie.fontaine@lapostemail.example>", "apple_fr", "Transport d'un piano vers la France",
      "French family moving back to Lyon: 'Je me permets de vous relancer'; the late reply declines and recommends a carrier by link, but ignores the crating request.",
      cu("11-09 21:00", """Bonjour,

Nous rentrons en France fin janvier et souhaitons emporter notre piano droit (un Schimmel de 1998). Est-ce que vous organisez des transports vers la France, jusqu'à Lyon ? Si ce n'est pas le cas, pourriez-vous nous recommander un transporteur spécialisé ?

Nous aurions aussi besoin que le piano soit emballé dans une caisse, car il partira avec le reste de notre déménagement.

Cordialement,
Amélie Fontaine""", uq=1),
      cu("11-12 09:00", """Bonjour,

Je me permets de vous relancer au sujet de notre demande ci-dessous. Pourriez-vous nous répondre rapidement ? Le déménageur attend notre réponse.

Cordialement,
Amélie Fontaine""", chase=True),
      ag("aurelie", "11-12 14:00", """Bonjour Madame Fontaine,

Toutes mes excuses pour ce délai. Nous ne faisons pas nous-mêmes les transports internationaux, mais nous travaillons souvent avec Transpiano Europe, qui livre régulièrement à Lyon : https://transpiano-europe.example/devis?from=harrowden

Bien cordialement,
Aurélie Chastain""")),

    C("k50-rubio-academia-afinacion", "es", "pending", {"unanswered-question": 1},
      "Carmen Rubio <carmen.rubio@academiarubio.example>", "gmail_es", "Afinación de tres pianos en la academia",
      "Spanish music academy: Monday morning and a discount for three answered in one sentence; the broken soft pedal is not mentioned.",
      cu("11-16 09:15", """Buenos días, Tomás:

Te escribo de parte de la Academia Rubio de Kettering. Necesitamos afinar los tres pianos verticales antes del recital de alumnos del 12 de diciembre.

¿Podéis venir un lunes por la mañana, que es cuando no hay clases? ¿Hacéis descuento por tres pianos? Y otra cosa: uno de ellos tiene el pedal de sordina roto, ¿se puede arreglar en la misma visita?

Gracias y un saludo,
Carmen Rubio""", uq=1),
      ag("tomas", "11-16 12:30", """Hola, Carmen:

Claro: el afinador puede ir el lunes 30 de noviembre a las 9:00 y, siendo tres pianos, os cobramos 230 £ en lugar de 255 £.

Un saludo,
Tomás""")),

    C("k51-carew-steinway-rental-terms", "en", "closed", {"unanswered-question": 1},
      "Rosalind Carew <rosalind.carew@carew-manor.example>", "apple", "Steinway B - before we sign the rental",
      "Lettered list of four questions answered inline; (c) about ending early is left out of the reply.",
      cu("11-04 12:00", """Dear Gideon,

Before I sign the rental agreement for the Steinway B, could you clarify a few points:

a) Is the instrument insured by you while it's in the house, or do I need to add it to my own policy?
b) How many tunings a year are included?
c) What happens if I want to end the agreement early - is there a penalty?
d) Could delivery be on a weekday afternoon, as I teach in the mornings?

Kind regards,
Rosalind Carew""", uq=1),
      ag("gideon", "11-04 16:00", """Dear Mrs Carew,

> a) Is the instrument insured by you while it's in the house, or do I need to add it to my own policy?

It's covered by our policy for accidental damage; you don't need to add it.

> b) How many tunings a year are included?

Two.

> d) Could delivery be on a weekday afternoon, as I teach in the mornings?

Yes - I've pencilled in Thursday 12 November from 2pm.

Kind regards,
Gideon""", quote=False)),

    C("k52-rushden-academy-damp-hall", "en", "pending", {"unanswered-question": 2},
      "Tariq Hussain <t.hussain@rushden-academy.example>", "outlook", "Piano in the sports hall - damp problem",
      "School piano after a roof leak: an assessment visit is booked; the mould question and the request for advice on where it should live are not addressed.",
      cu("11-18 08:15", """Hi,

We've got a Yamaha upright that lives in the sports hall (it gets used for assemblies) and it's been badly out of tune since the hall roof leaked in October. There's also a musty smell inside it.

Could you send someone to assess it this month? Is mould something you can treat, or would it need to come into the workshop? Would you also be able to suggest somewhere more suitable in the building for it to live - our site team are happy to move it if you tell us what conditions it needs.

Cheers,
Tariq Hussain
Site & Facilities Manager, Rushden Academy""", uq=2),
      ag("callum", "11-18 13:40", """Hi Tariq,

Sorry to hear about the leak. I can come myself on Wednesday 25 November at 3.30pm, after lessons finish, and take a look.

Kind regards,
Callum""")),

    C("k53-meadowbank-care-home", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Janice Pybus <activities@meadowbank-carehome.example>", "owa", "Piano for the residents' lounge",
      "Care home (multipart/alternative, quoted-printable): a Friday-afternoon mail answered on Monday with price and charity discount; the tuning-in-a-warm-room question is skipped.",
      cu("11-06 14:20", """Hello,

Meadowbank Care Home would like to rent an upright for the residents' lounge - we have a volunteer who plays for sing-alongs on Tuesday afternoons. The lounge is on the ground floor, carpeted, with radiators along one wall.

What would a year's rental cost? We're a charity, so if you have any discount for charities that would be wonderful. Also, would the instrument need to be tuned more often given the lounge is kept quite warm (23-24°C) for the residents?

Best wishes,
Janice Pybus
Activities Coordinator""", uq=1, kind="alt", cte="quoted-printable"),
      ag("gideon", "11-09 09:30", """Dear Janice,

A year's rental of a reconditioned upright is £39 a month, and for registered charities we take 15 % off, so £33.15. Delivery to a ground-floor lounge is free with a twelve-month contract.

Regards,
Gideon""")),
]

UNANSWERED: dict[str, list[str]] = {
    "k02-st-edmunds-spring-tuning": [
        "We would also like the invoice to be split between the music department and the chapel fund this time, please, as the chapel Steinway is paid for separately.",
        "Finally, is the price per piano the same as last year?"],
    "k03-okonedo-bechstein-restoration": [
        "Would it also be possible for me to visit the workshop beforehand to see some of your finished work?"],
    "k23-gault-radiator-humidity": [
        "Should we be buying one of those room humidifiers, and if so what sort?"],
    "k24-osei-grand-second-floor": [
        "What insurance cover do you have while it's in your hands?"],
    "k25-hoffmann-mietkauf": [
        "Ich würde das gern auf Lastschrift umstellen, das Formular können Sie mir einfach per Mail schicken."],
    "k26-dubreuil-facture-association": [
        "Par ailleurs, merci d'établir la facture au nom de l'association (Chœur franco-britannique de Northampton, 8 Derngate, NN1 1TU) et non à mon nom personnel."],
    "k27-solis-alquiler-escuela": [
        "Quisiera saber también si la banqueta viene incluida o hay que comprarla aparte."],
    "k28-kettering-sinfonia-442": [
        "Can your tuner set the piano at 442 for the concert, rather than the usual 440?"],
    "k29-petrakis-payment-date": [
        "One more thing: could the monthly payment date move to the 1st so it lines up with our pay day?"],
    "k30-thursby-barn-piano": [
        "is it possible to move it out of the barn and into the farmhouse at the same time"],
    "k31-beckett-template-reply": [
        "There's also a string in the top octave that snapped last week - can that be replaced on the same visit?",
        "And please could you quote for replacing the hammer felts?"],
    "k32-moss-sell-or-dispose": [
        "I was wondering whether you buy second-hand pianos at all?"],
    "k33-greaves-insurance-report": [
        "I also need the serial number and the model written on the invoice, as the insurer wants it for their valuation schedule."],
    "k44-derngate-festival-three-pianos": [
        "And our finance team asks that all invoices quote PO 7741-WPF."],
    "k45-calloway-buzzing-note": [
        "I'd also like to know whether these visits are covered by the tuning or whether we'll be charged - I'd rather know in advance."],
    "k46-wainwright-storage": [
        "And could you collect it and then tune it when it comes back in April?"],
    "k49-fontaine-transport-france": [
        "Nous aurions aussi besoin que le piano soit emballé dans une caisse, car il partira avec le reste de notre déménagement."],
    "k50-rubio-academia-afinacion": [
        "Y otra cosa: uno de ellos tiene el pedal de sordina roto, ¿se puede arreglar en la misma visita?"],
    "k51-carew-steinway-rental-terms": [
        "What happens if I want to end the agreement early - is there a penalty?"],
    "k52-rushden-academy-damp-hall": [
        "Is mould something you can treat, or would it need to come into the workshop?",
        "Would you also be able to suggest somewhere more suitable in the building for it to live - our site team are happy to move it if you tell us what conditions it needs."],
    "k53-meadowbank-care-home": [
        "Also, would the instrument need to be tuned more often given the lounge is kept quite warm (23-24°C) for the residents?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"HPS-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=OFFICE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", OFFICE),
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
            out.append(f"UNANSWERED names an unknown case {name}")
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
                out.append(f"{m.key}: a question with no support reply after it is awaiting-reply, not unanswered")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 70: Harrowden Piano Services - cases",
                                 "make_practice70_corpus.py", rows)


def readme(cases: list[Case]) -> str:
    """README.md: the company, the variety by design and the figures, counted from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found: Counter = Counter()
    for c in cases:
        found.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    lang_names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    lang_text = ", ".join(f"{lang_names[k]} {n}" for k, n in langs.most_common())
    rule_text = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    contents = "\n\n".join(textwrap.fill(p, width=92) for p in (
        f"{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox "
        f"({roles['customer']} customer mails, {roles['auto']} customer out-of-office reply), "
        f"{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. {clean} clean "
        f"cases ({round(100 * clean / len(cases))} %). Languages: {lang_text}. Statuses: "
        f"{statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.",
        f"Expected findings: {rule_text}; the unanswered questions sit in {asking} cases."))
    return f"""# Practice corpus 70: Harrowden Piano Services support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the heuristics have been changed because of its cases, it is no
longer unseen.

- Company: **Harrowden Piano Services**, a Northamptonshire firm that tunes, repairs,
  restores, moves, stores and rents out pianos for homes, schools, churches, care homes and
  concert venues: tuning visits and pitch raises, humidity and heating problems, restoration
  quotes, grands carried up stairs, rental contracts and buy-outs, event hire. Support
  address `office@harrowdenpianos.example`; agents Nell Harrowden (bookings and tuning diary),
  Callum Reddaway (workshop), Priya Sandhu (removals), Gideon Marsh (rentals and accounts),
  Lotte Brenner (German-speaking customers), Aurélie Chastain (French-speaking customers) and
  Tomás Echeverría (Spanish-speaking customers), all `@harrowdenpianos.example`. A helpdesk
  robot (`Auto-Submitted: auto-replied`) acknowledges a few mails with "we aim to reply
  within one working day" - service-hours text, not a commitment.
- Customers are households, school bursars, church wardens, venue and festival managers,
  a letting agent, a wedding planner, a care home, a restaurant; all on `*.example` domains.
  Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain harrowdenpianos.example`.

```
python scripts/make_practice70_corpus.py                     # regenerate (deterministic, stdlib only)
python scripts/make_practice70_corpus.py --out /tmp/p70      # ... into another folder
python scripts/evaluate.py --corpus tests/practice70         # accuracy of the current tool
python -m pytest -q tests/test_practice70_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions. `CASES.md` is the generated per-case table. Do not edit the
generated files (this one included); edit the script and rerun it. The script keeps the facts
next to each message (role, date, thanks-only, explicit close, chase, each promise with its
deadline and the message that kept it, how many labelled unanswered questions it asks),
recomputes status and every rule count from them, and refuses to write when they disagree
with the hand-written labels, when a labelled question is not verbatim in a customer's own
text, or when the written mail does not parse back and round-trip.

## Contents

{contents}

## By design

- **Several questions per mail**, in many forms: direct questions, indirect ones ("I was
  wondering whether you buy second-hand pianos", "could you let me know what you'd charge",
  "Pourriez-vous me dire si...", "Quisiera saber también si..."), requests without a
  question mark ("Please send me a copy of the tuning and service report", "I also need the
  serial number ... on the invoice", "merci d'établir la facture au nom de l'association",
  "das Formular können Sie mir einfach per Mail schicken"), numbered and lettered lists,
  and one long unpunctuated paragraph from an old mail client (k30).
- **Answers in the agents' own words**: out of order in one paragraph (k01), inline under the
  quoted question with a bare figure or "Two." (k04, k51), only an attachment and a link
  (k21), two questions in one sentence (k50), by a colleague after a hand-over (k09), after
  a chase (k34, k39, k40, k42, k46, k49).
- **Unanswered questions** of the realistic kind: the secondary question skipped (k03, k23,
  k26, k27, k50, k53), a request made in passing (k02, k25, k33, k44), a templated reply
  (k31), a neighbouring question answered instead (k28: time, price and the pedal, never the
  pitch of 442), a list with one item left out (k24, k51), a new question in a later mail
  that lost its threading headers (k29), a question after a reopen (k45).
- **Not questions**: a rhetorical question and a self-answered one (k12), questions inside a
  forwarded competitor's quote in an HTML-only mail (k13), a signature "Questions about the
  recital series?" with a `?` URL (k11), support signatures with `?` URLs and "Got a question
  about your restoration?", thanks-only mails (k01, k03, k11, k19, k22, k24, k36, k45), and
  questions in a customer's latest unanswered mail (awaiting reply, k16, k35, k41, k47, k48).
- **Commitments**: kept on time (k10 "by Thursday", k24 "tomorrow"), kept by a colleague
  (k09 "he'll be in touch by tomorrow"), kept late and therefore missed (k34 "bis Montag",
  k36 "early next week", k38 "d'ici jeudi", k39 "She'll be in touch tomorrow", k40 "by end
  of day", k42 "by Wednesday", k44 "on Monday"), never kept (k35 "tomorrow", k37 and k43
  without a deadline, k41 "le confirmo el lunes"), a deadline still ahead at audit time
  (k18, Tuesday 24 November). Not commitments: logistics ("The crew leave the yard at
  7.30", "the crew will be at the stage door at 2pm", "Martin will text you when he's on his
  way"), conditional offers ("just reply with a day that suits and I'll put it in the
  diary", k19; "Let me know if that date doesn't suit and I'll find another", k01), what the
  tuner will do on a booked visit, and the acknowledgement's service-hours text.
- **Chasing**: "Just following up on the revised quote", "Just checking in on my email
  below", "I haven't heard anything from Priya yet", "still waiting for the crew names",
  "Any chance of those photos?", "ich warte immer noch auf ...", "Je me permets de vous
  relancer", "¿Hay alguna novedad ...? ... sigo esperando" and a second Spanish chase (k41
  counts 2), and a word-for-word resend as a new mail with the same subject (k47).
- **Status and timing**: awaiting reply (k35, k41, k47, k48), a fresh mail still inside the
  response target with only the acknowledgement (k16), slow first responses (k46, k49, k53),
  an explicit close "I'll mark this one as resolved" followed by the problem coming back
  (k45), three agents on one case (k44).
- **Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web
  and Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:`
  subjects), Apple Mail (en/fr), iPhone, Thunderbird (en/de), Eudora; customers in UK time,
  one in France (UTC+1) and one in New York (UTC-5); top-posted and inline replies; plain
  7bit, quoted-printable, base64 (k14, k41), multipart/alternative (k07, k11, k53,
  acknowledgements) and HTML-only (k13); PNG and PDF attachments; a customer's
  out-of-office reply (k20); a reply that lost its threading headers (k29, k40); a
  References header with a gap (k44); a customer replying to their own mail to chase (k46,
  k48, k49).

## Judgement calls

- **Deferral is not an unanswered question**: a question answered with a promise ("I'll
  confirm the date by Thursday", "je reviens vers vous d'ici jeudi", "le confirmo el lunes")
  counts as addressed; a broken promise is labelled `missed-follow-up` only.
- **A booked visit is not a promise to write back**: "He'll ease the keys and tune it"
  (k23), "he'll bring some felt for the pedal" (k45) and "He'll bring his regulating kit"
  (k11) describe the work of an appointment, not a message to come; nor is billing ("The
  extra work is £380, which I'll add to the final invoice", k42).
- **k03**: Callum's signature says "Workshop visits by appointment only", but his reply does
  not address the request to visit the workshop - labelled unanswered.
- **k28**: the reply books the tuner, prices the concert tuning and deals with the soft pedal,
  but says nothing about tuning to A=442 - labelled unanswered.
- **k29**: Gideon answers the castor-cup question; the payment-date request is not touched.
- **k24**: the stairwell question is deferred to a survey booking promised for "tomorrow" and
  kept; insurance is never mentioned - labelled.
- **k44**: Gideon's "Nell will send you the full quote on Monday" is delivered by Nell on
  Tuesday (missed); the standby-tuner question is answered in that mail; the PO number for
  invoices is never acknowledged.
- **k46**: "And could you collect it and then tune it when it comes back in April?" bundles
  two requests in one sentence - one finding.
- **k41**: two chasing mails, two `customer-chased` findings.

## Independence

Written from the corpus-author brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py and
tests/test_practice24_corpus.py (structure only). Not opened: `happyaudit/`, the README's
method, accuracy and weak-point sections, any other test or corpus. All labels were fixed
before the single evaluation run and none was changed after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.harrowdenpianos.example")
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
        raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(f"refusing to write tests/{CORPUS_NAME}:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice70 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
