#!/usr/bin/env python3
"""Regenerate ``tests/practice77/``: a labelled corpus of Hollyoak Party Hire.

A support mailbox of a fictional party and event equipment hire company near Guildford
(bouncy castles and soft play, tables and chairs, PA systems and lighting, patio heaters,
popcorn and candy-floss machines, delivery and set-up by its own crews), written without
looking at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up
window 2 days, close-after 7 days, handoff limit 2), support domain
``hollyoakpartyhire.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains, with its figures.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice77_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "hollyoakpartyhire.example"
BOOKINGS = "Hollyoak Party Hire <bookings@hollyoakpartyhire.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "megan": ("Megan Ashdown <megan@hollyoakpartyhire.example>", "thunderbird", """-- 
Megan Ashdown
Bookings | Hollyoak Party Hire
Unit 4, Brookside Farm Estate, Guildford GU3 1LQ | 01483 555 0192
Check dates online: https://hollyoakpartyhire.example/availability?ref=mail"""),
    "callum": ("Callum Rees <callum@hollyoakpartyhire.example>", "outlook", """Callum Rees
Delivery & Set-up Crews | Hollyoak Party Hire
Not sure the castle will fit? Send us a photo of the garden and we'll tell you."""),
    "priya": ("Priya Lakhani <priya@hollyoakpartyhire.example>", "owa", """Priya Lakhani
Accounts & Deposits | Hollyoak Party Hire
This email and any attachments are confidential. If you have received it in error, please
delete it and let us know."""),
    "dan": ("Dan Whitcombe <dan@hollyoakpartyhire.example>", "apple", """Dan Whitcombe
Sound & Lighting | Hollyoak Party Hire
https://hollyoakpartyhire.example/pa-and-lighting?from=signature"""),
    "tobias": ("Tobias Krämer <tobias@hollyoakpartyhire.example>", "thunderbird_de", """-- 
Tobias Krämer
Kundenservice (Deutsch) | Hollyoak Party Hire
https://hollyoakpartyhire.example/de?ref=signatur"""),
    "solene": ("Solène Garnier <solene@hollyoakpartyhire.example>", "apple_fr", """Solène Garnier
Service client (français) | Hollyoak Party Hire
https://hollyoakpartyhire.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ortega <lucia@hollyoakpartyhire.example>", "gmail_es", """--
Lucía Ortega
Atención al cliente | Hollyoak Party Hire
+44 1483 555 0197"""),
}

ACK = """Hi there,

Thanks for contacting Hollyoak Party Hire - this is an automatic reply to let you
know your email has reached us (reference {ref}).

Our bookings team works Monday to Saturday, 8am-6pm, and we will reply within 24 hours.
On the day of your party? Call the crew line on 01483 555 0199.

Hollyoak Party Hire
https://hollyoakpartyhire.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Hollyoak Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="hph.", outlook_server="CWLP26")
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

QUOTE_FERNHILL = mailcraft.pdf(["Hollyoak Party Hire - Quotation Q-26-1187",
                                "Fernhill Golf Club - Junior section party, Sun 13 Dec 2026",
                                "Castle Combo with slide, 12m assault course, 10 round tables, 60 chairs",
                                "Compact PA. Delivery, set-up and evening collection included",
                                "Total GBP 645.00"])
CONFIRM_SCOUTS = mailcraft.pdf(["Hollyoak Party Hire - Booking confirmation HPH-4698",
                                "3rd Guildford St Barnabas Scouts - Fri 11 Dec 2026",
                                "150 folding chairs, charity rate -20%: GBP 126.00",
                                "Delivery GBP 20.00 - Total GBP 146.00"])
INVOICE_KINGSBRIDGE = mailcraft.pdf(["Hollyoak Party Hire - Invoice INV-7730",
                                     "Kingsbridge Housing Association - Winter fun day 28 Nov",
                                     "Big Top castle, Pastel soft play, 20 trestles, 100 chairs",
                                     "Total GBP 468.00 - payment terms 30 days"])
SITE_PLAN_PNG = mailcraft.png(16, 12, lambda x, y: ((200, 40, 40) if 5 <= x <= 10 and 4 <= y <= 8
                                                    else (120 + 4 * x, 120 + 3 * y, 120)))
QUOTE_BRANDT = mailcraft.pdf(["Hollyoak Party Hire - Angebot Q-26-1203",
                              "Hochzeit Brandt, Holmwood Farm Dorking, 19.12.2026",
                              "9 runde Tische, 90 Chiavari-Stuehle gold, Compact PA",
                              "Aufbau 18.12., Abholung 21.12. - Gesamt GBP 1.140,00"])
QUOTE_ELMHURST = mailcraft.pdf(["Hollyoak Party Hire - Revised quotation Q-26-1219",
                                "Elmhurst Rotary charity gala - Sat 12 Dec 2026",
                                "14 round tables, 140 chairs with covers, Medium PA + 2 mics",
                                "Summer 2026 rate less 5% - Total GBP 1,012.00"])
QUOTE_MONTOYA = mailcraft.pdf(["Hollyoak Party Hire - Presupuesto Q-26-1178",
                               "Montoya Asesores - fiesta de Navidad, 18 dic 2026",
                               "Medium PA + 2 microfonos, 6 mesas altas, luces LED",
                               "Total GBP 585.00"])
INVOICE_PARRY = mailcraft.pdf(["Hollyoak Party Hire - Invoice INV-7649 - reissued",
                               "Parry Dental Care Ltd, 3 Station Approach, Godalming",
                               "Staff party 31 Oct 2026 - booking HPH-4588",
                               "Total GBP 214.50 - paid with thanks"])
TERMS_BUSYBEES = mailcraft.pdf(["Hollyoak Party Hire - Block hire terms",
                                "Toddler soft play, weekly, 12 weeks from 8 Jan 2027",
                                "GBP 45.00 per week, delivered 14:00, collected 18:00",
                                "Either side may end the block with 2 weeks notice"])
QUOTE_FERRIS = mailcraft.pdf(["Hollyoak Party Hire - Quotation Q-26-1240",
                              "Ferris Lettings - client drinks, Thu 10 Dec 2026",
                              "8 poseur tables black covers, Compact PA, 20m festoon",
                              "Set-up 18:00, collection next morning - Total GBP 395.00"])
TEAR_PNG = mailcraft.png(12, 9, lambda x, y: (230, 60 + 10 * (x % 3), 60) if x == y else (40, 90, 200))
TEAR_CLOSE_PNG = mailcraft.png(10, 10, lambda x, y: (250, 250, 250) if abs(x - y) < 2 else (40, 90, 210))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("y01-pryce-jungle-castle", "en", "closed", {},
      "Hannah Pryce <hannah.pryce@bramblemail.example>", "gmail", "Jungle castle for Alfie's 6th",
      "Three questions (size, artificial grass, rain) answered in one paragraph, out of order; thanks-only reply.",
      cu("11-03 20:14", """Hi there,

My son Alfie turns six on Saturday 28 November and he has his heart set on the Jungle castle from your website. A few questions before I book:

How big is it exactly? Our garden is roughly 7m by 5m once the trampoline is out of the way.
Can it go on artificial grass, or does it need to be pegged into a lawn?
And what happens if it pours down on the day - do we lose the money?

Thanks so much,
Hannah"""),
      ag("megan", "11-04 09:12", """Hi Hannah,

Happy early birthday to Alfie! If the weather turns you can move the booking to another date free of charge, right up to 8am on the day, so nothing is lost. The Jungle castle is 4.6m x 4.6m and wants about a metre clear round it, so your space works, and on artificial grass we don't peg at all - the crew weigh it down with sandbags, which is just as secure.

The booking link for the 28th is here whenever you're ready:
https://hollyoakpartyhire.example/book?item=jungle-castle&date=2026-11-28

Megan"""),
      cu("11-04 12:31", """Booked! Thank you Megan, he's going to be beside himself x

Hannah""", thanks=True)),

    C("y02-lowick-parish-fair", "en", "pending", {"unanswered-question": 1},
      "Geraldine Okafor <clerk@lowickparish.example>", "outlook", "Christmas fair - tables and chairs",
      "Parish clerk asks for a total price, a Friday drop and the collection day; the reply covers price and drop only.",
      cu("11-16 10:02", """Dear Sir/Madam,

Lowick Parish Council is holding its Christmas fair in the village hall on Saturday 5 December, and I have been asked to arrange the furniture this year as the hall's own tables are being replaced.

We would need 12 trestle tables (6ft) and 80 folding chairs. Could you let me know the total cost including delivery to Lowick Village Hall, Church Lane, LW4 2QP? It would help enormously if everything could be dropped off on the Friday afternoon, as the stallholders start setting up at 7:30 on the Saturday. I also need to know when you would collect - would that be the Saturday evening or the Monday? The hall has a toddler group on Monday mornings, so it matters.

With thanks,
Geraldine Okafor
Clerk to Lowick Parish Council""", uq=1),
      ag("megan", "11-16 14:40", """Dear Geraldine,

Thank you for thinking of us. 12 x 6ft trestles and 80 folding chairs come to £186.00, and delivery to Lowick is £25, so £211.00 altogether (no VAT - we're not registered).

Friday afternoon is fine: the van would be with you between 1 and 4pm on 4 December. Someone will need to be at the hall to let the crew in.

Kind regards,
Megan""")),

    C("y03-harcourt-wedding-pa", "en", "closed", {},
      "Oliver Harcourt <oliver@harcourt-family.example>", "apple", "PA for a wedding reception",
      "Three PA questions answered inline under the quoted lines; thanks-only reply.",
      cu("11-05 18:22", """Hello,

We're having a small wedding reception in my parents' barn on 12 December (about 70 guests) and would like the Compact PA package for speeches and a playlist.

Does it come with a wireless microphone, or only a wired one?
How long does the battery last if there's no socket nearby?
Is someone on hand to set it up, or do we do it ourselves?

Thanks,
Oliver"""),
      ag("dan", "11-06 09:05", """Hi Oliver,

Congratulations to you both! Answers below.

> Does it come with a wireless microphone, or only a wired one?

Two wireless handhelds, plus a wired one as a spare.

> How long does the battery last if there's no socket nearby?

About 10 hours at speech volume, 6 if the playlist is loud all evening. It leaves here fully charged.

> Is someone on hand to set it up, or do we do it ourselves?

I set up the Compact packages myself. Allow half an hour, and I'll show whoever's doing the speeches how the mics work.

Dan""", quote=False),
      cu("11-06 10:11", """Brilliant, that covers everything. Thanks Dan!

Oliver""", thanks=True)),

    C("y04-kita-sonnenblume-softplay", "de", "closed", {"unanswered-question": 1},
      "Katrin Vogel <k.vogel@kita-sonnenblume.example>", "gmail_de", "Anfrage Softplay-Anlage Weihnachtsfeier",
      "German nursery: age suitability and space answered; the numbered request to invoice the parents' association is skipped.",
      cu("11-04 13:47", """Hallo zusammen,

wir sind eine deutschsprachige Kita in Richmond und feiern am Freitag, den 11. Dezember, unsere Weihnachtsfeier im Gemeindesaal. Für die Kleinen hätten wir gern die Softplay-Anlage „Pastell“.

Ein paar Punkte dazu:
1. Ist die Anlage auch für Kinder unter drei Jahren geeignet? Etwa die Hälfte unserer Gruppe ist zwischen 18 Monaten und 3 Jahren alt.
2. Wie viel Platz brauchen wir ungefähr?
3. Die Rechnung müsste bitte an unseren Förderverein gehen (Förderverein Kita Sonnenblume e.V.), nicht an die Kita selbst.

Vielen Dank und viele Grüße
Katrin Vogel
Leitung, Kita Sonnenblume""", uq=1),
      ag("tobias", "11-04 16:20", """Hallo Frau Vogel,

vielen Dank für Ihre Anfrage. Die Pastell-Anlage ist genau für diese Altersgruppe gedacht: weiche Bausteine, ein kleines Bällebad und eine Rutsche mit 40 cm Höhe, empfohlen von etwa 12 Monaten bis 5 Jahre.

Sie brauchen eine Fläche von ca. 5 x 5 m und am Rand etwas Platz für Schuhe. Der 11. Dezember ist noch frei, ich habe die Anlage für Sie vorgemerkt.

Viele Grüße
Tobias Krämer""")),

    C("y05-fernhill-junior-party", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Rob Tennant <rob.tennant@fernhillgolf.example>", "outlook", "Junior section party - 13 December",
      "Full quote promised 'tomorrow' arrives five days later after a chase; the van-parking question is never answered.",
      cu("11-09 11:30", """Hi,

Following our call this morning, here's what we'd need for the junior section's end-of-season party on Sunday 13 December at Fernhill Golf Club:

- the Castle Combo with slide
- the inflatable assault course (the 12m one, if it fits through our gate - it's 2.4m wide)
- 10 round tables and 60 chairs for the clubhouse
- the Compact PA for the prize-giving

Could you put together a quote for all of that, including delivery and set-up? The committee meets on Thursday evening, so ideally I'd have it before then. Also, do you need a parking space on site for your van for the day, or do you drop and go?

Thanks,
Rob Tennant
Junior Organiser, Fernhill Golf Club""", uq=1),
      ag("megan", "11-10 09:40", """Hi Rob,

Thanks for the list. The 12m assault course goes through a 2.4m gate no problem - it travels rolled up on a trolley about 1.2m wide.

I need to check the crew rota for a Sunday before I can price the set-up, so I'll send the full quote over tomorrow.

Megan""", promises=[("11-11", 4)]),
      cu("11-12 08:15", """Morning Megan,

Any news on the quote? The committee meets at 7 tonight and I'd really like to have figures to show them.

Rob""", chase=True),
      ag("megan", "11-16 10:05", """Hi Rob,

Sorry for the silence - we had two crews off sick last week and everything backed up. The quote is attached: £645 for everything on your list, including delivery, set-up and collection on the Sunday evening.

Megan""", attach=[("application/pdf", "Q-26-1187-Fernhill.pdf", QUOTE_FERNHILL)])),

    C("y06-quintero-castillo", "es", "closed", {},
      "Marta Quintero <marta.quintero@correo-mq.example>", "gmail_es", "Castillo hinchable para el 5 de diciembre",
      "Spanish family: which castle for 4-7 year olds and the power socket 15 m away, both answered; thanks-only reply.",
      cu("11-11 21:05", """Hola, buenas noches:

Os escribo porque queremos alquilar un castillo hinchable para el cumpleaños de mi hija, el sábado 5 de diciembre, en el jardín de casa (Wimbledon). Serán unos 15 niños de entre 4 y 7 años.

¿Qué castillo nos recomendáis para esa edad? Y otra cosa: ¿hace falta un enchufe cerca o el soplador funciona con batería? El jardín tiene una toma exterior, pero está a unos 15 metros.

Muchas gracias,
Marta"""),
      ag("lucia", "11-12 09:30", """Hola, Marta:

¡Gracias por escribirnos! Para niños de 4 a 7 años os recomiendo el castillo «Princesas y Piratas» (4 x 4 m): tiene paredes altas y una rampa suave, y caben bien 6 u 8 niños a la vez.

El soplador va con corriente, pero la distancia no es problema: llevamos un alargador de exterior de 25 m con protección diferencial.

Un saludo,
Lucía"""),
      cu("11-12 10:02", """¡Genial, muchas gracias Lucía! Lo reservo esta tarde en la web.

Marta""", thanks=True)),

    C("y07-st-barnabas-scouts", "en", "closed", {},
      "Ian Mabbott <ian.mabbott@stbarnabas-scouts.example>", "thunderbird", "Chairs for the Scouts' Christmas concert",
      "Steps answered at once, charity discount promised 'by Thursday' and kept on Thursday; booking confirmed with a PDF.",
      cu("11-09 19:40", """Hello,

The 3rd Guildford (St Barnabas) Scouts are putting on a Christmas concert on Friday 11 December and we need 150 chairs for the church hall. I was wondering whether you do a discount for charities or youth groups? We're a registered charity (no. 1034556).

Also, the hall is up a flight of six steps with no lift - is that a problem for your crew?

Yours,
Ian Mabbott
Group Scout Leader"""),
      ag("megan", "11-10 10:15", """Dear Ian,

The steps are no problem at all - the chairs come stacked on trolleys and the crew carry them up in sections.

Charity rates are set by our manager, who is in on Thursday, so I'll confirm the discount to you by Thursday. For reference, the standard price for 150 chairs is £157.50 plus £20 delivery.

Best wishes,
Megan""", promises=[("11-12", 3)]),
      ag("megan", "11-12 11:05", """Dear Ian,

Good news: as a registered charity you get 20% off, so the chairs come to £126.00 plus £20 delivery, £146.00 in total. If that works for you, just reply with the hall address and a contact number for the evening.

Best wishes,
Megan"""),
      cu("11-12 18:30", """Hi Megan,

That's very kind, thank you. The hall is St Barnabas Church Hall, Warren Road, Guildford GU1 2HB, and my mobile is 07700 900417. I'll be there from 5pm on the day.

Ian"""),
      ag("megan", "11-13 08:50", """Dear Ian,

All booked - the confirmation is attached. The crew will ring your mobile when they're ten minutes away.

Best wishes,
Megan""", attach=[("application/pdf", "HPH-4698-confirmation.pdf", CONFIRM_SCOUTS)])),

    C("y08-mulligan-popcorn", "en", "open", {"awaiting-reply": 1},
      "Jess Mulligan <jess.m@cloudmail.example>", "iphone", "Popcorn machine 19th Dec?",
      "Three short questions from a phone; only the helpdesk acknowledgement, no human reply after two days.",
      cu("11-18 07:52", """Hi, is the popcorn machine free on Sat 19 December? It's for my daughter's class party at Holy Trinity school hall. How many portions does one bag of kernels make and do you supply the cups too?

Thanks
Jess

Sent from my iPhone"""),
      ack("11-18 07:53")),

    C("y09-whitlock-deposit", "en", "closed", {"customer-chased": 2, "slow-first-response": 1},
      "Sandra Whitlock <s.whitlock@whitlock-lettings.example>", "outlook", "Deposit refund - booking HPH-4471",
      "Deposit refund question chased twice (once in a reply that lost its threading headers) before accounts answer a week later.",
      cu("11-02 09:14", """Hello,

We hired the Disco Dome and two tables for my son's party on Saturday 31 October (booking HPH-4471). Everything went well and the crew collected on the Sunday as planned.

Could you please let me know when the £75 damage deposit will be refunded? It was paid by card on 20 October.

Regards,
Sandra Whitlock"""),
      cu("11-05 13:02", """Hello again,

Just following up on my email below about the deposit for HPH-4471 - I haven't had a reply yet.

Sandra""", chase=True, thread=False, parent=1),
      cu("11-09 08:47", """This is the third time I'm writing. I'm still waiting for the £75 and for anyone to answer me. Please can someone tell me what is happening?

Sandra Whitlock""", chase=True),
      ag("priya", "11-09 10:30", """Dear Mrs Whitlock,

I'm very sorry you've had to write three times. Your emails went to a colleague who has been off, and they should have been passed on much sooner.

The £75 deposit for HPH-4471 was refunded to your card this morning (reference RF-20931). Depending on your bank it shows within 3-5 working days.

Kind regards,
Priya Lakhani""")),

    C("y10-ape-kensington-sono", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Claire Dubois-Lemaire <claire.dl@ape-kensington.example>", "apple_fr", "Sonorisation pour la fête de Noël de l'école",
      "French parents' association: PA size answered, the four choir mics deferred to Wednesday and never confirmed, the quote request ignored.",
      cu("11-06 21:10", """Bonsoir,

Je m'occupe de la fête de Noël de l'association des parents d'élèves, qui aura lieu le samedi 12 décembre dans le préau de l'école (environ 200 personnes). Il nous faudrait une sono pour la chorale des enfants et pour quelques annonces.

Je voudrais savoir si votre système « Medium PA » suffirait pour un espace de cette taille, et s'il est possible d'avoir quatre micros pour la chorale. Par ailleurs, pourriez-vous nous envoyer un devis au nom de l'association ? Notre trésorière en a besoin pour le vote du budget.

Bien cordialement,
Claire Dubois-Lemaire
APE – École française de Kensington""", uq=1),
      ag("solene", "11-07 10:05", """Bonjour Madame Dubois-Lemaire,

Merci pour votre message. Pour un préau et 200 personnes, le Medium PA convient très bien : deux enceintes de 1000 W sur pied, c'est largement suffisant pour des annonces et de la musique d'ambiance.

Pour la chorale, je dois vérifier auprès de notre technicien combien de micros d'ambiance seront libres ce week-end-là ; je reviens vers vous d'ici mercredi.

Bien à vous,
Solène Garnier""", promises=[("11-11", None)])),

    C("y11-fenwick-storm-refund", "en", "pending", {"reopened": 1},
      "Lydia Fenwick <lydia.fenwick@fenwickhome.example>", "gmail", "Cancelled party - refund?",
      "Weather cancellation refunded and the ticket marked resolved; the customer returns because the refund has not arrived.",
      cu("11-10 18:40", """Hi,

With the storm warning for Saturday we've decided to cancel Mia's garden party (booking HPH-4602, the Unicorn castle). Your terms say weather cancellations are refunded in full - can you confirm that applies here, and how long the refund takes?

Thanks,
Lydia"""),
      ag("priya", "11-11 09:20", """Hi Lydia,

Yes - an amber warning counts as a weather cancellation, so you get the full £95 back. I refunded it to the card you paid with this morning; banks usually take 3-5 working days.

Sorry Mia's party couldn't go ahead. I'll mark this ticket as resolved, but do reply if anything else comes up.

Priya""", closes=True),
      cu("11-16 20:15", """Hi Priya,

Sorry to come back to this, but the refund still hasn't appeared and it's five working days today. My statement shows the original £95 payment but nothing coming back. Is there a reference I could give my bank?

Lydia"""),
      ag("priya", "11-17 09:45", """Hi Lydia,

Of course - the refund reference is RF-21188, processed on 11 November for £95.00 to the card ending 4417. If your bank can't find it with that, let me know and I'll pay it by bank transfer instead.

Priya""")),

    C("y12-kingsbridge-fun-day", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Natalie Osei <natalie.osei@kingsbridge-housing.example>", "owa", "Residents' winter fun day - 28 Nov",
      "Bookings, crews and accounts all reply (three agents); tarmac and PO questions answered, the insurance certificate request never.",
      cu("11-12 10:30", """Hello,

Kingsbridge Housing Association is running a winter fun day for residents on Saturday 28 November at Millbrook Community Centre. I'd like to book:

- 1 x bouncy castle suitable for 5-11s
- 1 x toddler soft play
- 20 trestle tables and 100 chairs

Questions: Can your crew set up on the car park (tarmac), or does it have to be grass? Do you need a purchase order number before we can confirm? And could you send me your public liability insurance certificate - our health and safety team won't sign anything off without it.

Many thanks,
Natalie Osei
Community Engagement Officer
Kingsbridge Housing Association""", uq=1, kind="alt"),
      ag("megan", "11-12 12:10", """Hi Natalie,

Lovely - I've put the Big Top castle (our 5-11s one), the Pastel soft play and the furniture on hold for the 28th. You don't need a PO to confirm, but if you have one we'll put it on the invoice.

Tarmac is fine for the castle; we weigh it down rather than peg it. I've asked Callum, who runs the crews, to look at the car park layout with you.

Megan"""),
      ag("callum", "11-13 08:30", """Hi Natalie,

Callum from the crews. Could you send me a photo or a site plan of the car park showing the entrance and where you'd like the castle? We'll need roughly 7m x 7m for it and about 20 minutes to unload.

Thanks,
Callum"""),
      cu("11-13 14:20", """Hi Callum,

Site plan attached - the red box is where we were thinking. The entrance is off Millbrook Road and the barrier will be up from 7am.

Natalie""", attach=[("image/png", "millbrook-car-park.png", SITE_PLAN_PNG)]),
      ag("priya", "11-16 10:10", """Hi Natalie,

Priya from accounts - your booking confirmation and invoice INV-7730 are attached. For housing associations our payment terms are 30 days.

Kind regards,
Priya""", attach=[("application/pdf", "INV-7730.pdf", INVOICE_KINGSBRIDGE)])),

    C("y13-ashgrove-presentation-night", "en", "pending",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Tom Kiernan <tom.kiernan@ashgrovefc.example>", "gmail", "Tables for club presentation night",
      "Unanswered enquiry resent word for word as a new mail four days later; the reply prices the tables and skips the black tablecloths.",
      cu("11-12 16:45", """Hi,

Ashgrove FC youth section presentation night is on Friday 4 December at the clubhouse. We need 15 tables (rectangular is fine) and 90 chairs, plus a couple of tables for the trophies.

Can you deliver on the Friday morning and collect Saturday? What's the cost? Also, do you hire out black tablecloths? We'd want them for the top table and the trophy tables.

Cheers,
Tom Kiernan
Ashgrove FC Youth""", uq=1),
      cu("11-16 08:20", """Hi,

Sending this again as I haven't had a reply - we have to confirm numbers with the club by Wednesday.

Ashgrove FC youth section presentation night is on Friday 4 December at the clubhouse. We need 15 tables (rectangular is fine) and 90 chairs, plus a couple of tables for the trophies.

Can you deliver on the Friday morning and collect Saturday? What's the cost? Also, do you hire out black tablecloths? We'd want them for the top table and the trophy tables.

Cheers,
Tom Kiernan
Ashgrove FC Youth""", chase=True, parent=0),
      ag("megan", "11-16 09:35", """Hi Tom,

Really sorry - your first email ended up in our spam folder, I've only just found it. Friday morning delivery and Saturday collection is fine. 17 tables (15 for guests plus 2 for the trophies) and 90 chairs come to £198.50 including delivery and collection.

Shall I book it in?

Megan""")),

    C("y14-sutherland-soft-play-again", "en", "closed", {},
      "Becky Sutherland <becky.sutherland@pemburymail.example>", "gmail", "Soft play - thank you and next booking",
      "A rhetorical question and a self-answered one before the real questions (date free, ball pit without slide), both answered.",
      cu("11-09 20:55", """Hi Megan,

Just wanted to say the soft play was a massive hit on Saturday. Who knew a room full of three-year-olds could go for four hours without a single nap? The crew were lovely too.

We'd like to book it again for my nephew's party. Where do I find the returning-customer code you mentioned? Oh wait, it's at the bottom of the invoice - ignore me!

So the real questions: is the soft play free on Sunday 17 January, and can we have the ball pit without the slide this time? The slide was a bit much for the littlest ones.

Becky"""),
      ag("megan", "11-10 09:02", """Hi Becky,

So glad it went well, and thank you for the kind words about the crew.

17 January is free, and yes, we can leave the slide behind - without it the hire drops to £85. Pop the code from your invoice in when you book and it takes another 10% off.

Megan""")),

    C("y15-brandt-hochzeit-angebot", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Julia Brandt <julia.brandt@brandt-web.example>", "outlook_de", "Anfrage Tische und Stühle für Hochzeit am 19.12.",
      "Customer in Cologne: the full quote promised 'bis Freitag' comes on Tuesday after 'gibt es schon etwas Neues?'.",
      cu("11-10 19:30", """Sehr geehrte Damen und Herren,

mein Verlobter und ich heiraten am 19. Dezember in Surrey (Feier in der Scheune der Holmwood Farm bei Dorking). Wir suchen für 90 Gäste runde Tische für je 10 Personen, Chiavari-Stühle in Gold sowie eine kleine Musikanlage für die Reden.

Können Sie uns dafür ein Angebot inklusive Lieferung, Aufbau und Abholung machen? Wir sind bis Weihnachten noch in Köln, daher wäre uns eine Abwicklung per E-Mail am liebsten.

Mit freundlichen Grüßen
Julia Brandt"""),
      ag("tobias", "11-11 09:15", """Sehr geehrte Frau Brandt,

herzlichen Glückwunsch zur Hochzeit! Die Holmwood Farm kennen wir gut, dort haben wir schon öfter aufgebaut. Neun runde Tische und 90 Chiavari-Stühle in Gold sind für den 19.12. noch frei.

Für den Aufbau in der Scheune muss ich noch mit unserem Crew-Leiter sprechen, daher schicke ich Ihnen das vollständige Angebot bis Freitag.

Mit freundlichen Grüßen
Tobias Krämer""", promises=[("11-13", 4)]),
      cu("11-16 20:05", """Sehr geehrter Herr Krämer,

gibt es schon etwas Neues zu unserem Angebot? Wir hatten es eigentlich am Freitag erwartet und würden die Buchung gern bald festmachen.

Viele Grüße
Julia Brandt""", chase=True),
      ag("tobias", "11-17 10:30", """Sehr geehrte Frau Brandt,

bitte entschuldigen Sie die Verzögerung. Anbei das Angebot: 9 runde Tische, 90 Chiavari-Stühle in Gold mit Sitzkissen und die Compact-Musikanlage mit zwei Funkmikrofonen, inklusive Lieferung, Aufbau am 18.12. und Abholung am 21.12., zusammen 1.140,00 £.

Mit freundlichen Grüßen
Tobias Krämer""", attach=[("application/pdf", "Angebot-Q-26-1203.pdf", QUOTE_BRANDT)]), tz=1),
]

CASES += [
    C("y16-laurent-chateau-pirates", "fr", "closed", {},
      "Mathieu Laurent <mathieu.laurent@lpmail.example>", "apple_fr", "Location château gonflable – anniversaire 7 ans",
      "French family: availability and set-up time answered with a booking link; thanks-only reply.",
      cu("11-05 12:40", """Bonjour,

Nous habitons à Surbiton et nous fêtons les 7 ans de notre fils le dimanche 22 novembre. Le château gonflable « Pirates » est-il disponible ce jour-là ? Et combien de temps avant la fête faut-il prévoir pour l'installation ?

Merci d'avance,
Mathieu Laurent"""),
      ag("solene", "11-05 15:10", """Bonjour Monsieur Laurent,

Oui, le château Pirates est libre le 22 novembre, je vous le garde jusqu'à vendredi. Nos équipes arrivent en général une heure avant le début de la fête ; le montage en lui-même prend une trentaine de minutes.

Vous pouvez confirmer la réservation ici : https://hollyoakpartyhire.example/fr/reserver?article=pirates&date=2026-11-22

Bien à vous,
Solène"""),
      cu("11-05 16:00", """C'est réservé, merci beaucoup !

Mathieu""", thanks=True)),

    C("y17-benitez-karaoke", "es", "closed", {"unanswered-question": 2},
      "Rocío Benítez <rocio.benitez@correo-rb.example>", "gmail_es", "Alquiler de karaoke",
      "Four bullet points; price and Saturday-morning delivery answered, Spanish songs and the deposit terms skipped.",
      cu("11-05 10:20", """Buenos días:

Quería información sobre la máquina de karaoke para el cumpleaños de mi marido, el sábado 21 de noviembre, en casa (Kingston).

- ¿Cuánto cuesta el alquiler para una noche?
- ¿Trae canciones en español? La mitad de los invitados son de Sevilla y sin Camela no hay fiesta 😅
- ¿Podéis traerla el sábado por la mañana, antes de las 10?
- Por favor, mandadme también las condiciones de la fianza, que no las encuentro en la web.

Un saludo y gracias,
Rocío""", uq=2),
      ag("lucia", "11-05 13:45", """Hola, Rocío:

La máquina de karaoke con dos micros y pantalla de 32" sale por 65 £ la noche, y la recogemos el domingo antes de las 12. El sábado os la podemos llevar entre las 8:30 y las 9:30, así que sin problema.

Un saludo,
Lucía""")),

    C("y18-quarry-lane-family-day", "en", "closed", {"unanswered-question": 2, "missed-follow-up": 1},
      "Gareth Pryor <gareth.pryor@quarrylane-eng.example>", "outlook", "Staff family day - equipment and questions",
      "Four questions in one long paragraph: set-up time answered, 30-day terms deferred 'by Friday' and dropped, freezing weather and RAMS skipped.",
      cu("11-11 14:05", """Hi,

We're organising a Christmas family day for staff at our Woking site on Saturday 12 December, around 120 people including 50 or so children, half of it indoors in the canteen and half outside on the lawn if the weather holds. I'd like two bouncy castles (one for little ones, one for older kids), a PA with a microphone for Father Christmas, and 12 tables with chairs for the canteen. Is it realistic to set everything up between 8 and 10 on the morning? I'm also not sure whether castles can be used if it's below freezing, could you advise? Our facilities manager will ask whether you have RAMS (risk assessment and method statement) for the castles, so please send them over if you do. And finally, can we pay by purchase order on 30-day terms? We're not set up to pay suppliers by card.

Best regards,
Gareth Pryor
Facilities & Events, Quarry Lane Engineering Ltd""", uq=2),
      ag("megan", "11-11 16:30", """Hi Gareth,

Thanks for the detailed brief. Two hours is plenty: the crew will have both castles up and the tables out by 9:30, and the PA takes a quarter of an hour once we're in.

On payment, I need to check with Priya in accounts whether we can open a 30-day account for a first booking - I'll get back to you on that by Friday.

Best,
Megan""", promises=[("11-13", None)])),

    C("y19-oakridge-manor-access", "en", "closed", {},
      "Amelia Hart <events@oakridgemanor.example>", "owa", "Supplier access - wedding 5 December",
      "Venue coordinator writes HTML-only with a '?' URL in the signature; vehicle and driver given at once.",
      cu("11-13 11:00", """Good morning,

We have a wedding on Saturday 5 December where the couple have booked your Compact PA and popcorn cart. For supplier access, could you please confirm the registration of the vehicle that will be delivering, and the driver's name?

Suppliers must unload in the rear courtyard before 11:00.

Kind regards,
Amelia Hart
Events Coordinator, Oakridge Manor
Planning a visit? https://oakridgemanor.example/visit?utm_source=email&utm_medium=signature""", kind="html"),
      ag("callum", "11-13 13:20", """Hi Amelia,

It'll be our white Transit, KX71 HPH, driven by Sam Cole (07700 900632). He'll be in the rear courtyard by 10:00 and gone well before 11.

Thanks,
Callum""")),

    C("y20-silver-birch-linen", "en", "closed", {"unanswered-question": 2},
      "Priyanka Desai <priyanka@silverbirchevents.example>", "gmail", "Linen, chair covers and sashes",
      "Event planner asks three things; a half-templated reply answers the covers question and points to the website.",
      cu("11-06 09:30", """Hello,

I'm an event planner with a christening party on 13 December (60 guests) where the family want everything in white and silver. Do you hire white chair covers with silver sashes? Can I get a sample of the sash posted to me before I commit? I'd also like to know whether your round tables take 132" cloths or 120".

Thanks,
Priyanka Desai
Silver Birch Events""", uq=2),
      ag("megan", "11-06 11:15", """Hi Priyanka,

Thank you for your enquiry! Yes, we hire white chair covers, and our sashes come in silver, champagne and 14 other colours. You'll find the full range, prices and colour charts on our website:
https://hollyoakpartyhire.example/linen?ref=enquiry

To book, just add the items to your basket and choose your delivery date - you'll get an instant confirmation.

Kind regards,
Megan""")),

    C("y21-marchetti-candy-floss", "en", "pending", {},
      "Sophie Marchetti <sophie.marchetti@marchettifamily.example>", "apple", "Candy floss machine + sugar",
      "Socket and sugar answered; availability deferred to Tuesday 24 November, a deadline still ahead at audit time.",
      cu("11-18 19:10", """Hi,

I'd love the candy floss machine for Saturday 5 December. Do you supply the sugar and sticks, or do I need to buy those? And will it run off a normal household socket?

Thanks,
Sophie"""),
      ag("megan", "11-19 09:20", """Hi Sophie,

It runs off any ordinary 13A socket, and the hire includes sticks and enough flavoured sugar for about 50 portions.

The 5th is a bit tight: the machine is out on the Friday and we're waiting to hear whether it comes back that night. I'll let you know by Tuesday whether we can do your Saturday.

Megan""", promises=[("11-24", None)])),

    C("y22-moorfield-disco-lights", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Peter Halloran <p.halloran@moorfield-primary.example>", "thunderbird", "Lighting for the school disco",
      "Lighting pack explained, the speaker compatibility check promised without a date and never sent; the chase goes unanswered.",
      cu("11-13 15:40", """Dear Hollyoak,

Moorfield Primary's PTA is holding a Christmas disco on Friday 11 December in the school hall. Last year we borrowed lights from a parent, but he has since moved away, so we'd like to hire a disco lighting set. What does your LED party pack include, and will it work with the school's own speakers (they have a standard 3.5mm input)?

Kind regards,
Peter Halloran
PTA Chair, Moorfield Primary"""),
      ag("dan", "11-14 10:00", """Hi Peter,

The LED party pack is four moving-head lights, a sound-to-light bar and a small haze machine (the haze is optional - some schools' fire alarms take exception to it).

Whether it'll hook up to the school's speakers depends on their amplifier, and I want to check which cable we'd need from the store. Let me look into it and come back to you.

Dan""", promises=[("window", None)]),
      cu("11-19 08:30", """Hi Dan,

Any news on the lighting and the speakers? We need to tell parents what we're doing for music by the end of next week.

Thanks,
Peter""", chase=True)),

    C("y23-rahman-deflating-castle", "en", "closed", {},
      "Aisha Rahman <aisha.rahman@rahmanhome.example>", "gmail", "Castle kept going down on Saturday",
      "Complaint: crews explain the fault and say accounts will be in touch today; accounts refund the same afternoon.",
      cu("11-08 19:45", """Hi,

We had the Rainbow castle for Zara's party yesterday (booking HPH-4555) and I'm sorry to say it kept deflating - at least four times in three hours, with kids on it. My husband checked the blower plug every time and it was fine. It was honestly a bit scary.

I'd like some of the money back please. Can you also check the castle before anyone else hires it?

Aisha"""),
      ag("callum", "11-09 08:55", """Hi Aisha,

I'm really sorry - that should never happen and I'm glad nobody was hurt. The crew brought the castle back last night and we found a split seam by the rear turret, so it's out of service until it has been repaired and re-tested.

On the money, Priya in accounts will be in touch today about a partial refund.

Callum""", promises=[("11-09", 3)]),
      ag("priya", "11-09 14:30", """Hi Aisha,

Further to Callum's email, I've refunded £50 of the £110 hire to your card today (RF-21040) and added a £20 credit to your account for next time. Sorry again that the party was spoiled.

Kind regards,
Priya"""),
      cu("11-09 18:10", """Thank you both, that's very fair.

Aisha""", thanks=True)),

    C("y24-elmhurst-rotary-gala", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Fiona Castellanos <fiona.c@elmhurst-rotary.example>", "outlook", "Charity gala - chairs, covers and PA",
      "Revised quote promised for 'tomorrow' arrives two days late; the chair-cover colours question is never touched.",
      cu("11-16 09:20", """Good morning,

Elmhurst Rotary's charity gala is on Saturday 12 December at Elmhurst Cricket Club. For 140 guests we need 14 round tables, 140 chairs with covers, and a PA with two microphones for the auction.

I had a quote from you in the summer for a similar event, but the prices on the website seem to have gone up since. Could you send me a revised quote? Also, which colours do the chair covers come in apart from white?

Fiona Castellanos
Elmhurst Rotary Club""", uq=1, kind="alt"),
      ag("megan", "11-16 11:05", """Hi Fiona,

Good to hear from Elmhurst again. Our prices did go up in September, but for returning charity customers we honour the summer rates. I'll work it out against your summer figures and send the revised quote tomorrow.

Megan""", promises=[("11-17", 3)]),
      ag("megan", "11-19 15:30", """Hi Fiona,

Sorry this took longer than I said. The revised quote is attached: £1,012.00 for 14 rounds, 140 covered chairs and the Medium PA with two wireless mics, including delivery and collection - the summer rate less 5%.

Megan""", attach=[("application/pdf", "Q-26-1219-Elmhurst-Rotary.pdf", QUOTE_ELMHURST)])),

    C("y25-dunmore-office-pa", "en", "closed", {},
      "Rachel Dunmore <r.dunmore@dunmore-accountancy.example>", "outlook", "Office Christmas lunch - PA hire",
      "Two PA questions answered; the customer's out-of-office fires, then a thanks-only reply on her return.",
      cu("11-05 16:10", """Hi,

We'd like to hire a PA and microphone for our office Christmas lunch on Friday 18 December at the King's Head in Godalming. Is the Compact PA loud enough for 40 people in a function room, and can it play from Spotify on a phone?

Rachel Dunmore
Dunmore & Co Chartered Accountants"""),
      ag("dan", "11-06 08:50", """Hi Rachel,

For 40 people in a function room the Compact PA is more than enough. It has Bluetooth, so any phone with Spotify pairs in a few seconds, and there's an aux lead in the bag in case a phone gets temperamental.

Dan"""),
      auto("11-06 08:51", """Thank you for your email. I am out of the office until Monday 9 November with no access to email. For anything urgent please call the office on 01483 555 0847.

Rachel Dunmore""", quote=False, subject="Automatic reply: Re: Office Christmas lunch - PA hire"),
      cu("11-09 09:30", """Thanks Dan, that's great - I'll book it online today.

Rachel""", thanks=True)),

    C("y26-samstagsschule-nikolaus", "de", "closed", {},
      "Michael Hoffmann <m.hoffmann@dsk-samstagsschule.example>", "thunderbird_de", "Nikolausfeier – Hüpfburg und Tische",
      "German Saturday school: three questions answered inline in German (indoor floor, bench sets, booking deadline); thanks-only reply.",
      cu("11-07 10:15", """Guten Tag,

die Deutsche Samstagsschule Kingston feiert am Samstag, 5. Dezember, ihre Nikolausfeier in der Aula der St Luke's School. Wir hätten gern eine kleine Hüpfburg für die Grundschulkinder sowie 10 Biertischgarnituren.

Dazu drei Fragen:
Darf die Hüpfburg in einer Turnhalle mit Holzboden stehen?
Haben Sie Biertischgarnituren oder nur Klapptische?
Bis wann müssen wir spätestens verbindlich buchen?

Vielen Dank!
Michael Hoffmann
Elternbeirat"""),
      ag("tobias", "11-07 14:30", """Guten Tag Herr Hoffmann,

gern, die Antworten stehen direkt unter Ihren Fragen:

> Darf die Hüpfburg in einer Turnhalle mit Holzboden stehen?

Ja. Drinnen legen wir eine Schutzplane unter und beschweren die Burg mit Sandsäcken statt Heringen.

> Haben Sie Biertischgarnituren oder nur Klapptische?

Echte Garnituren leider nicht, aber Klapptische (1,80 m) mit passenden Bänken - das kommt dem sehr nahe.

> Bis wann müssen wir spätestens verbindlich buchen?

Bis Montag, 30. November.

Viele Grüße
Tobias Krämer""", quote=False),
      cu("11-07 15:02", """Super, vielen Dank für die schnelle Antwort! Wir buchen nächste Woche.

Michael Hoffmann""", thanks=True)),

    C("y27-hedley-delivery-slot", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Dean Hedley <deanhedley@hedleymail.example>", "android", "Delivery time Saturday 14th",
      "Side-gate question answered; the delivery slot promised by a colleague 'by Wednesday' comes on Thursday after a chase.",
      cu("11-09 07:40", """Hi, we've booked the football inflatable for Sat 14th (HPH-4630). What time will it arrive? Party starts at 1 and I'm at work till 11. Can the crew put it round the side of the house if no one's in?

Dean

Sent from Outlook for Android"""),
      ag("megan", "11-09 10:25", """Hi Dean,

Yes, the crew can set up round the side - just leave the side gate unlocked and the outdoor socket accessible, and they'll text you a photo when it's done.

Saturday's delivery slots are planned on Wednesday; Callum will email you your slot by Wednesday.

Megan""", promises=[("11-11", 4)]),
      cu("11-12 07:55", """Hi Megan, still no word on the time for Saturday. Can you let me know please?

Dean

Sent from Outlook for Android""", chase=True),
      ag("callum", "11-12 09:40", """Hi Dean,

Apologies, that one slipped through. You're first on the round: the crew will be with you between 9 and 10am on Saturday.

Callum""")),

    C("y28-kaplan-add-chairs", "en", "closed", {},
      "Zoe Kaplan <zoe.kaplan@orchardview.example>", "gmail", "Adding chairs to my booking",
      "Self-answered question about the booking reference, a forwarded confirmation with its own '?', then two real questions answered.",
      cu("11-12 12:15", """Hello,

I've got the Mini Castle booked for Sunday 22 November (confirmation below). Where do I find my booking reference? Actually, scratch that, it's right there: HPH-4719.

Can I add 20 children's chairs and 3 small tables to that booking, and would it change the delivery charge?

Thanks!
Zoe

---------- Forwarded message ---------
From: Hollyoak Party Hire <bookings@hollyoakpartyhire.example>
Date: Thu, 29 Oct 2026 at 19:02
Subject: Booking confirmed: HPH-4719
To: Zoe Kaplan <zoe.kaplan@orchardview.example>

Thanks for booking with Hollyoak Party Hire!

Mini Castle (3m x 3m) - Sunday 22 November 2026
Delivery 9:00-11:00 | Collection 17:00-19:00
Need to change something? Reply to this email or call 01483 555 0192."""),
      ag("megan", "11-12 14:00", """Hi Zoe,

Done - 20 children's chairs and 3 small tables are now on HPH-4719 for £27 extra. They travel on the same van, so the delivery charge stays as it is.

Megan""")),

    C("y29-fairweather-torn-slide", "en", "pending", {},
      "Leon Fairweather <leon.fairweather@fairweather.example>", "iphone", "Tear on the slide",
      "Photo of a tear on delivery, a second mail with a closer photo before any reply (not a chase); unit swapped; thanks-only.",
      cu("11-14 09:05", """Hi, your crew just dropped off the Castle Combo and there's a tear on the side of the slide (photo attached). Is it safe for the kids to use? Party starts at 12.

Leon

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", TEAR_PNG)]),
      cu("11-14 09:12", """Another one, closer up. It's about 10cm long, looks like the stitching has come away.

Leon

Sent from my iPhone""", attach=[("image/png", "IMG_4472.png", TEAR_CLOSE_PNG)]),
      ag("callum", "11-14 09:30", """Hi Leon,

Thanks for the photos - please keep the kids off it for now. The crew are turning round and will swap the whole unit for another Castle Combo; they'll be back with you by 10:45, well before the party.

Callum"""),
      cu("11-14 11:05", """All swapped and the kids are on it already. Thanks Callum!

Leon

Sent from my iPhone""", thanks=True)),

    C("y30-montoya-fiesta-oficina", "es", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Javier Montoya <javier.montoya@montoya-asesores.example>", "gmail_es", "Fiesta de Navidad de la oficina – presupuesto",
      "Madrid firm's London party: quote promised for Monday comes on Thursday after a chase; the on-site technician question is never answered.",
      cu("11-04 10:30", """Hola, buenos días:

Organizo la fiesta de Navidad de nuestra oficina de Londres (unas 45 personas) el viernes 18 de diciembre, en el propio local de la oficina en Richmond. Necesitaríamos:

- equipo de sonido con micrófono inalámbrico
- 6 mesas altas tipo cóctel
- luces de ambiente

¿Nos podrían preparar un presupuesto? También quisiera saber si el personal que monta el equipo puede quedarse durante la fiesta como técnico, y cuánto costaría.

Gracias de antemano,
Javier Montoya
Montoya Asesores""", uq=1),
      ag("lucia", "11-05 09:10", """Hola, Javier:

Gracias por contar con nosotros. Tenemos todo disponible para el 18 de diciembre: el equipo Medium PA con dos micrófonos inalámbricos, las mesas altas (con funda blanca o negra, como prefiráis) y un kit de luces LED de ambiente.

Estoy cerrando los precios con mi compañero de sonido y te escribo el lunes con el presupuesto completo.

Un saludo,
Lucía""", promises=[("11-09", 4)]),
      cu("11-11 17:45", """Hola, Lucía:

¿Hay alguna novedad con el presupuesto? Me dijiste que me escribirías el lunes y sigo esperando; tengo que presentarlo a dirección esta semana.

Saludos,
Javier""", chase=True),
      ag("lucia", "11-12 09:05", """Hola, Javier:

Tienes toda la razón, perdona el retraso. Te adjunto el presupuesto: 585 £ en total, con la entrega, el montaje el viernes a las 15:00 y la recogida el sábado por la mañana.

Un saludo,
Lucía""", attach=[("application/pdf", "Presupuesto-Q-26-1178.pdf", QUOTE_MONTOYA)]), tz=1),

    C("y31-lowe-barn-dance", "en", "closed", {},
      "Harriet Lowe <harriet@lowefarm.example>", "oldclient", "Barn dance - tables",
      "Two short questions answered inline with bare figures; thanks-only reply from an old mail client.",
      cu("11-10 13:30", """Hi,

Our barn dance is on 28 November. How many people does one of your 6ft trestles seat? And what's the price per table for a weekend?

Harriet"""),
      ag("megan", "11-10 15:00", """Hi Harriet,

> How many people does one of your 6ft trestles seat?

Six, eight at a push.

> And what's the price per table for a weekend?

£9.50.

Megan""", quote=False),
      cu("11-10 15:20", """Lovely, thank you!

Harriet""", thanks=True)),

    C("y32-ashworth-crackling-speaker", "en", "pending", {},
      "Ben Ashworth <ben.ashworth@ashworthmail.example>", "gmail", "Speaker crackling - swap before Friday?",
      "Late-evening fault report, acknowledged by the helpdesk, answered next morning with a swap arrangement.",
      cu("11-17 21:30", """Hi,

We collected the Medium PA on Monday for our quiz night on Friday and one of the speakers crackles badly when you turn it past halfway. Can we swap it before Friday? I could bring it back to the warehouse on Wednesday after 5 if someone's there.

Ben"""),
      ack("11-17 21:31"),
      ag("dan", "11-18 08:40", """Hi Ben,

Sorry about that - it sounds like a worn cable or connector. Wednesday after 5 is fine: bring the whole kit to the warehouse, I'm here until 6:30 and can test it and swap whatever's faulty while you wait.

Dan""")),

    C("y33-hartfield-winter-fair", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Joanne Pike <j.pike@hartfield-juniors.example>", "outlook", "Winter fair - chairs on the delivery note",
      "Order corrected under a [Resolved] tag; after the fair the customer asks for a refund for missing chairs and rebooks; only the rebooking is answered.",
      cu("11-09 09:05", """Hi,

Our delivery note for the winter fair this Saturday (HPH-4660) says 10 tables and 60 chairs, but we ordered 80 chairs. Could you correct it before the van is loaded?

Joanne Pike
School Business Manager, Hartfield Junior School"""),
      ag("megan", "11-09 11:00", """Hi Joanne,

You're right, sorry - it's now 80 chairs on HPH-4660 and the delivery note has been reprinted.

Megan""", subject="[Resolved] Re: Winter fair - chairs on the delivery note", closes=True),
      cu("11-16 14:30", """Hi Megan,

The fair went really well, thank you. Two things: we were charged for 80 chairs but the crew only left 70 - I counted twice when we stacked them for collection. Can you refund the difference? And is it possible to book the same again for the summer fair on 3 July next year?

Joanne""", uq=1),
      ag("megan", "11-16 16:10", """Hi Joanne,

Glad it went well! 3 July 2027 is in the diary for you - same 10 tables and 80 chairs, booking HPH-4802.

Megan""")),

    C("y34-little-acorns-nursery", "en", "closed", {"unanswered-question": 1},
      "Shona McBride <manager@littleacorns-nursery.example>", "gmail", "Christmas party - soft play and PA",
      "Booking and set-up time answered; the 'Oh, and could the driver ring at the side door' request is ignored.",
      cu("11-04 13:10", """Hi,

Little Acorns Nursery would like to book the baby soft play and the Compact PA for our Christmas party on Wednesday 16 December, 10am-12pm. Could you tell me how early the crew would arrive to set up? We open at 8.

Oh, and could the driver ring the bell at the side entrance rather than knocking at the front - the babies nap in the front room.

Thanks,
Shona McBride
Nursery Manager, Little Acorns""", uq=1),
      ag("megan", "11-04 15:25", """Hi Shona,

Both are free on the 16th and I've booked them in (HPH-4627). The crew would be with you at 8:45 to set up the soft play and PA, which takes about half an hour, and they'll come back for everything at 12:30.

Megan""")),

    C("y35-brannigan-castle-combo", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Kelly Brannigan <kelly.brannigan@brannigans.example>", "gmail", "Castle Combo with slide for 6 Dec?",
      "Availability and sloping-garden questions, then 'just checking in' two days later; no reply at all.",
      cu("11-17 12:40", """Hi,

Is the Castle Combo with slide available for Sunday 6 December? It would be in our back garden in Farnham, which slopes a little - is that a problem?

Kelly"""),
      cu("11-19 09:15", """Hi, just checking in on my email below. I need to book something this week, so if that castle isn't free could you suggest another one?

Kelly""", chase=True)),
]

CASES += [
    C("y36-benali-nappes", "fr", "closed", {"unanswered-question": 1},
      "Nadia Benali <nadia.benali@orange-nb.example>", "apple_fr", "Tables et chaises pour un anniversaire",
      "Price and delivery answered, booking confirmed in a second reply; the white tablecloths asked for are never mentioned.",
      cu("11-03 18:00", """Bonjour,

Pour les 40 ans de mon mari, le samedi 14 novembre, j'aurais besoin de 6 tables rondes et de 50 chaises, livrées chez nous à Twickenham. Quel serait le prix avec la livraison ? Est-ce que vous pourriez aussi prévoir des nappes blanches pour les tables rondes ?

Merci beaucoup,
Nadia Benali""", uq=1),
      ag("solene", "11-04 09:30", """Bonjour Madame Benali,

Avec plaisir. Six tables rondes et 50 chaises reviennent à 118 £, livraison à Twickenham comprise. Nous livrons le vendredi 13 dans l'après-midi et reprenons tout le lundi 16 au matin.

Pour confirmer, il vous suffit de répondre à ce message.

Bien à vous,
Solène"""),
      cu("11-04 10:15", """Bonjour Solène,

Parfait, je confirme la réservation pour le 14. Nous serons à la maison le vendredi à partir de 14 h.

Nadia"""),
      ag("solene", "11-04 11:00", """Bonjour Madame Benali,

C'est noté : réservation HPH-4611 confirmée, livraison le vendredi 13 novembre entre 14 h et 17 h.

Bonne fête à votre mari !
Solène""")),

    C("y37-st-marys-christingle", "en", "pending", {},
      "Alan Whitby <alan.whitby@stmarys-shere.example>", "outlook", "Christingle - chairs and heaters",
      "Access along a narrow church path deferred to a colleague 'by Friday'; he answers on Thursday.",
      cu("11-16 10:00", """Dear Megan,

St Mary's, Shere, is holding a Christingle service followed by mince pies on Sunday 6 December. We'd like 100 chairs for the church and 4 patio heaters for the churchyard, where the mulled wine will be.

The path up to the church is narrow (about 1.5 metres). Would your van be able to get close enough, or would the chairs have to be carried from the lane?

With thanks and every blessing,
Alan Whitby
Churchwarden"""),
      ag("megan", "11-16 11:40", """Dear Alan,

The chairs and the four patio heaters are available for the 6th and I've reserved them for you. On access, Callum knows the lanes round Shere well and will email you the delivery plan by Friday.

Kind regards,
Megan""", promises=[("11-20", 3)]),
      ag("callum", "11-19 13:15", """Dear Alan,

Our small van fits down Church Lane as far as the lychgate, so the crew will wheel the chairs the last 30 metres on trolleys - no carrying from the lane. We'll deliver on Saturday 5th between 2 and 4pm and collect on the Monday morning.

Regards,
Callum""")),

    C("y38-albrecht-ueberraschungsparty", "de", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Stefan Albrecht <stefan.albrecht@albrecht-online.example>", "gmail_de", "Musikanlage und Licht für eine Geburtstagsfeier",
      "Organiser in Munich: poseur tables answered, Friday delivery deferred with 'melde mich morgen' and never confirmed, the technician question skipped.",
      cu("11-16 19:20", """Hallo,

mein Bruder lebt in Guildford und wird am 12. Dezember 50 – wir planen eine Überraschungsparty im Saal seines Golfclubs (ca. 80 Gäste). Ich organisiere das Ganze von München aus.

Wir bräuchten eine Musikanlage mit zwei Mikrofonen und etwas Partylicht. Können Sie die Anlage schon am Freitagabend liefern, damit wir in Ruhe testen können? Und ist ein Techniker im Preis inbegriffen oder kostet das extra?

Außerdem wäre gut zu wissen, ob Sie auch Stehtische vermieten.

Viele Grüße aus München
Stefan Albrecht""", uq=1),
      ag("tobias", "11-17 09:00", """Hallo Herr Albrecht,

eine schöne Idee! Für den 12.12. sind noch eine Anlage mit zwei Funkmikrofonen und unser LED-Lichtset frei. Stehtische haben wir auch, mit weißen oder schwarzen Hussen, je 12 £.

Ob wir schon am Freitagabend liefern können, hängt davon ab, wann der Golfclub den Saal freigibt – ich kläre das mit dem Club und melde mich morgen bei Ihnen.

Viele Grüße
Tobias Krämer""", promises=[("11-18", None)]), tz=1),

    C("y39-parry-dental-invoice", "en", "closed", {},
      "Owen Parry <owen.parry@parry-dental.example>", "owa", "Invoice for HPH-4588",
      "Invoice reissued in the company's name as an attachment; thanks-only reply whose signature asks 'New patient?' with a '?' URL.",
      cu("11-10 11:45", """Hello,

Could you resend the invoice for our staff party hire (HPH-4588)? It needs to show the practice name, Parry Dental Care Ltd, rather than mine, for our accountant.

Thank you,
Owen Parry
Practice Manager | Parry Dental Care
New patient? Book online: https://parrydental.example/book?src=email-sig"""),
      ag("priya", "11-10 14:20", """Hi Owen,

Here you are - reissued to Parry Dental Care Ltd, same invoice number and amount.

Kind regards,
Priya""", attach=[("application/pdf", "INV-7649-reissued.pdf", INVOICE_PARRY)]),
      cu("11-10 14:55", """Perfect, thanks Priya.

Owen Parry
Practice Manager | Parry Dental Care
New patient? Book online: https://parrydental.example/book?src=email-sig""", thanks=True)),

    C("y40-whitfield-spooky-castle", "en", "closed", {"unanswered-question": 1},
      "Chloe Whitfield <chloe.whitfield@whitfieldfamily.example>", "gmail", "Spooky castle - thank you!",
      "Thank-you note, then a follow-up asking to book next Halloween and about a loyalty discount; only the booking is answered (a September reminder is promised, far ahead).",
      cu("11-02 10:30", """Hi Megan,

Just wanted to say thank you - the Spooky Castle was the star of our Halloween party on Saturday. Everyone's been asking where we got it!

Chloe""", thanks=True),
      ag("megan", "11-02 12:00", """Hi Chloe,

That's lovely to hear, thank you! The crew love a good Halloween, I'll tell them.

Megan"""),
      cu("11-05 19:20", """Hi Megan,

A couple more things now the dust has settled. Can we book the Spooky Castle for next Halloween already - Saturday 30 October 2027? And do you do any kind of loyalty discount for a second booking? Two of the other mums want to book you as well, so I could point them your way.

Chloe""", uq=1),
      ag("megan", "11-06 09:15", """Hi Chloe,

You're our first booking for Halloween 2027! The Spooky Castle is down for you on Saturday 30 October next year. We can't take payment that far ahead, so I'll email you a reminder in September to confirm it.

Megan""", promises=[("12-31", None)])),

    C("y41-greenbank-mini-rugby", "en", "closed", {"unanswered-question": 1},
      "Martin Greaves <martin.greaves@greenbank-rfc.example>", "outlook", "Mini rugby Christmas party - indoors?",
      "Numbered list of four; the indoor question is answered with how the inflatable is pegged down outdoors (a neighbouring answer).",
      cu("11-13 08:45", """Morning,

Hope you're all surviving the Christmas rush? The mini rugby section at Greenbank RFC is having its Christmas party on Sunday 20 December, and as the December weather is anyone's guess:

1. Can the Gladiator Duel inflatable be set up indoors? Our clubhouse function room has a 3.2m ceiling.
2. How many kids can go on it at once?
3. Do you provide the helmets and jousting sticks, or are those extra?
4. What's the latest we can cancel without paying?

Thanks,
Martin Greaves
Mini Rugby Coordinator, Greenbank RFC""", uq=1),
      ag("callum", "11-13 10:30", """Hi Martin,

On the Gladiator Duel: outside, we peg it down with 12 stakes, and it needs a flat area of about 6m x 6m with a metre clear all round. It's two at a time, one on each podium, and the padded helmets and pugil sticks come with it at no extra charge.

Cancellation is free up to 72 hours before the event.

Callum""")),

    C("y42-holt-patio-heaters", "en", "closed", {"slow-first-response": 1},
      "Gemma Holt <gemma.holt@holtmail.example>", "gmail", "Patio heaters?",
      "Friday-afternoon enquiry answered on Monday morning (slow first response), fully; thanks-only reply.",
      cu("11-06 15:30", """Hi there,

Do you hire patio heaters? We're having a bonfire party for the neighbours on Saturday 14 November and it'll be freezing. If so, how much are they, and do they come with the gas?

Gemma"""),
      ag("megan", "11-09 09:45", """Hi Gemma,

Sorry for the slow reply - we were out at events all weekend. Yes: patio heaters are £35 each for the weekend, and each comes with a full 13kg propane bottle (about 10 hours on the high setting).

Megan"""),
      cu("11-09 10:30", """Great, I'll take two. Booking online now - thanks!

Gemma""", thanks=True)),

    C("y43-ferris-lettings-drinks", "en", "pending", {},
      "Colin Ferris <colin.ferris@ferris-lettings.example>", "thunderbird", "Quote for client Christmas drinks",
      "Quote promised 'by Friday' and sent with a PDF on Thursday.",
      cu("11-17 10:10", """Hi,

Ferris Lettings would like a quote for our clients' Christmas drinks on Thursday 10 December: 8 poseur tables with black covers, a PA with one mic for a short speech, and festoon lighting for the courtyard (about 20m). We're at 14 Quarry Street, Guildford.

Colin Ferris
Director, Ferris Lettings"""),
      ag("megan", "11-17 11:45", """Hi Colin,

Thanks - all of that is free on the 10th. Festoon runs depend on where we can fix them, so I'll get Callum to look at your courtyard and send you the quote by Friday.

Megan""", promises=[("11-20", 3)]),
      ag("megan", "11-19 16:20", """Hi Colin,

Quote attached as promised: £395 for the poseurs with covers, the Compact PA and 20m of festoon, with set-up at 6pm and collection the next morning.

Megan""", attach=[("application/pdf", "Q-26-1240-Ferris-Lettings.pdf", QUOTE_FERRIS)])),

    C("y44-moreau-chaises-chiavari", "fr", "pending", {"customer-chased": 1},
      "Élise Moreau <elise.moreau@moreau-famille.example>", "apple_fr", "Chaises Chiavari – mariage du 19 décembre",
      "White Chiavari chairs answered, the cancellation question forgotten; 'Je me permets de vous relancer' gets it answered.",
      cu("11-16 11:20", """Bonjour,

Nous nous marions le 19 décembre à Guildford et nous cherchons 70 chaises Chiavari. Avez-vous des chaises Chiavari blanches, et pas seulement dorées ? Par ailleurs, quel est le délai pour annuler sans frais ?

Merci,
Élise Moreau"""),
      ag("solene", "11-16 15:40", """Bonjour Madame Moreau,

Félicitations ! Nous avons bien des chaises Chiavari blanches, avec coussin blanc ou ivoire au choix, et il en reste 80 de libres le 19 décembre.

Bien à vous,
Solène"""),
      cu("11-18 09:30", """Bonjour Solène,

Merci pour votre réponse. Je me permets de vous relancer au sujet de ma deuxième question, sur le délai d'annulation : nous attendons encore des réponses d'invités et je préfère le savoir avant de réserver.

Élise""", chase=True),
      ag("solene", "11-18 10:50", """Bonjour Élise,

Pardon, je l'avais oubliée ! L'annulation est gratuite jusqu'à 14 jours avant la date, donc jusqu'au 5 décembre, et vous pouvez réduire le nombre de chaises sans frais jusqu'à 72 heures avant.

Bien à vous,
Solène""")),

    C("y45-wey-valley-wi-lunch", "en", "closed", {"unanswered-question": 1},
      "Rosalind Kerr <rosalind.kerr@wey-valley-wi.example>", "thunderbird", "WI Christmas lunch - tables, chairs and urns",
      "Inline reply quotes all four questions but leaves the tablecloth one without an answer.",
      cu("11-11 10:00", """Hello,

Wey Valley WI is holding its Christmas lunch on Tuesday 8 December at Send Village Hall. A few questions:

Do you hire tea urns, and if so what size?
Can we have the tables delivered on the Monday afternoon? The hall is free from 2pm.
Do the tables come with cloths, or do we bring our own?
Is there a discount for booking two events? We'd also like to book for our summer tea in June.

Rosalind Kerr
Secretary, Wey Valley WI""", uq=1),
      ag("megan", "11-11 13:30", """Hi Rosalind,

Thanks for getting in touch - my answers are below.

> Do you hire tea urns, and if so what size?

Yes, 20-litre urns (about 80 cups each), £12 per event.

> Can we have the tables delivered on the Monday afternoon? The hall is free from 2pm.

Monday 7th between 2 and 5pm is fine.

> Do the tables come with cloths, or do we bring our own?
> Is there a discount for booking two events? We'd also like to book for our summer tea in June.

Yes - 10% off both if you book them together.

Megan""", quote=False)),

    C("y46-ruiz-bautizo-mesas", "es", "pending", {},
      "Carolina Ruiz Peña <carolina.ruiz@ruizpena.example>", "gmail_es", "Consulta mesas infantiles y castillo",
      "Spanish christening, base64-encoded both ways: children's table sets and a castle on tiles, both answered; thanks-only.",
      cu("11-15 17:30", """Hola:

El domingo 29 de noviembre celebramos el bautizo de nuestro hijo pequeño y vendrán bastantes niños. Quisiera saber si tenéis mesas y sillas infantiles, y cuántas hay en cada lote. Además, ¿el castillo pequeño se puede montar en una terraza de baldosa?

Gracias,
Carolina""", cte="base64"),
      ag("lucia", "11-16 09:10", """Hola, Carolina:

Sí: las mesas infantiles van en lotes de una mesa y seis sillas (18 £ el lote) y tenemos hasta 8 lotes. El castillo pequeño se puede montar en baldosa sin problema; ponemos una lona protectora debajo y lo sujetamos con sacos de arena.

Un saludo,
Lucía""", cte="base64"),
      cu("11-16 10:00", """¡Perfecto! Mil gracias, Lucía.

Carolina""", thanks=True, cte="base64")),

    C("y47-hussain-street-food-heaters", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Tariq Hussain <tariq@hussain-kitchen.example>", "outlook", "Heaters for a street-food night",
      "Generator question answered with a referral, six heaters promised 'by end of day' and never confirmed, deposit policy skipped.",
      cu("11-18 08:50", """Hi,

We're running a street-food night in our restaurant car park on Saturday 28 November and need 6 patio heaters. Can you do 6? Do you also hire out a generator for the lights, or can you recommend someone? And what's your deposit policy for business customers?

Tariq Hussain
Hussain's Kitchen, Woking""", uq=1),
      ag("megan", "11-18 10:30", """Hi Tariq,

We've got 4 heaters in the yard and 2 more coming back from a hire on Thursday - I'm checking whether they'll be serviced in time and will confirm by end of day. We don't hire generators ourselves, but Surrey Power Hire (01483 555 0260) are who we use.

Megan""", promises=[("11-18", None)])),

    C("y48-busy-bees-block-hire", "en", "closed", {"unanswered-question": 2},
      "Lauren Bishop <lauren@busybeeskidsclub.example>", "gmail", "Weekly soft play for our after-school club",
      "Block hire agreed; a follow-up with four questions gets insurance and written terms, not the snow-day and pay-upfront ones.",
      cu("11-10 12:30", """Hi,

I run Busy Bees, an after-school club in Merrow. Would you consider a regular weekly hire of the toddler soft play - every Friday from January to March?

Lauren Bishop"""),
      ag("megan", "11-10 15:00", """Hi Lauren,

We'd be happy to. For a 12-week block we'd charge £45 a week instead of £70, delivered on Fridays at 2pm and collected at 6.

Megan"""),
      cu("11-11 09:20", """That's great, thank you. Before I put it to our committee I have a few more questions. Would we need our own insurance, or does your cover include us? If we have to close for a week (snow days, say), do we still pay for that week? Do you do anything off if we pay for the whole term upfront? And please could you send the terms in writing so the committee can see them.

Lauren""", uq=2),
      ag("megan", "11-11 10:40", """Hi Lauren,

Our public liability covers the equipment and the crew; the club would still need its own cover for the children, which I imagine you already have. The written terms for a block hire are attached.

Megan""", attach=[("application/pdf", "block-hire-terms.pdf", TERMS_BUSYBEES)])),

    C("y49-keller-firmenfeier", "de", "open", {"awaiting-reply": 1},
      "Anja Keller <anja.keller@keller-logistik.example>", "outlook_de", "Weihnachtsfeier UK-Team – Hüpfburg für Erwachsene?",
      "German firm: adult inflatables and delivery area answered; the follow-up with set-up time and power questions has no reply after two days.",
      cu("11-16 14:00", """Sehr geehrte Damen und Herren,

für die Weihnachtsfeier unseres britischen Teams (ca. 35 Personen) am 11. Dezember in unserem Lager in Slough suchen wir etwas Lustiges. Vermieten Sie auch Hüpfburgen bzw. Sumo-Anzüge für Erwachsene? Und liefern Sie bis nach Slough?

Mit freundlichen Grüßen
Anja Keller
Keller Logistik GmbH"""),
      ag("tobias", "11-17 08:45", """Sehr geehrte Frau Keller,

ja, beides: Sumo-Anzüge (2 Stück mit Matte, 140 £) und den „Gladiator Duel“, der für Erwachsene bis 120 kg zugelassen ist. Slough liegt in unserem Liefergebiet, die Anfahrt kostet 35 £.

Mit freundlichen Grüßen
Tobias Krämer"""),
      cu("11-18 16:30", """Sehr geehrter Herr Krämer,

vielen Dank. Wir würden gern die Sumo-Anzüge und den Gladiator Duel buchen. Können Sie am 11.12. schon um 14 Uhr aufbauen? Und brauchen Sie von uns einen Stromanschluss in der Halle?

Mit freundlichen Grüßen
Anja Keller"""), tz=1),

    C("y50-st-peters-hockey-awards", "en", "pending", {"missed-follow-up": 1},
      "Graham Nkemelu <graham.n@stpeters-hockey.example>", "apple", "PA and lights for awards evening",
      "PA and uplighters answered; the projector promised 'early next week' (Tuesday) is confirmed on Wednesday.",
      cu("11-11 20:00", """Hi,

St Peter's Hockey Club awards evening is on Saturday 5 December in the clubhouse. We'll need a PA with two wireless mics, a laptop connection for a slideshow, and some uplighters. Do you have a projector and screen too, or can you recommend someone?

Graham Nkemelu
Social Secretary, St Peter's HC"""),
      ag("dan", "11-12 10:00", """Hi Graham,

The Medium PA has two wireless mics and a laptop input (3.5mm or USB), and we've got 8 LED uplighters that can be set to club colours.

We do have projectors - two of them - but both are pencilled in for the 5th pending deposits. I'll know by the weekend and will come back to you early next week.

Dan""", promises=[("11-17", 3)]),
      ag("dan", "11-18 11:30", """Hi Graham,

One projector has come free after all: £60 with a 2m screen, and I've added it to your booking.

Dan""")),

    C("y51-osborne-disco-dome", "en", "open", {},
      "Daniel Osborne <dan.osborne@osbornefamily.example>", "gmail", "Availability 12 Dec - Disco Dome",
      "Fresh enquiry this morning with only the helpdesk acknowledgement: open, still inside the response target.",
      cu("11-20 09:40", """Hi,

Is the Disco Dome free on Saturday 12 December? It's for my twins' 8th, in a church hall in Cranleigh. Does it need a 13A socket or something bigger?

Thanks,
Daniel"""),
      ack("11-20 09:41")),

    C("y52-villalobos-bautizo", "es", "closed", {"unanswered-question": 1},
      "Andrés Villalobos <andres.villalobos@villalobos.example>", "iphone", "Sillas y mesas - bautizo 22/11",
      "Price with delivery answered; the request to collect on Monday evening instead of Sunday is ignored.",
      cu("11-09 20:40", """Hola, buenas tardes:

El domingo 22 de noviembre bautizamos a nuestra hija y la comida será en casa, en Woking. Necesitaría 5 mesas rectangulares y 40 sillas. ¿Me podéis decir el precio con entrega y recogida?

Otra cosa: ¿podríais recoger el lunes por la tarde en vez del domingo? El domingo por la noche no va a haber nadie en casa para ayudar.

Gracias y saludos,
Andrés

Enviado desde mi iPhone""", uq=1),
      ag("lucia", "11-10 09:15", """Hola, Andrés:

¡Enhorabuena por el bautizo! Cinco mesas rectangulares y 40 sillas salen por 79 £ con el transporte incluido; os lo llevamos el sábado 21 por la tarde.

Un saludo,
Lucía""")),

    C("y53-gemeinde-adventsbasar", "de", "closed", {},
      "Sabine Wirth <sabine.wirth@dt-gemeinde-surrey.example>", "gmail_de", "Tische für den Adventsbasar",
      "German congregation: a rhetorical question and a pleasantry around one real request, answered with date, time and reference; thanks-only.",
      cu("11-12 09:10", """Hallo Herr Krämer,

wo ist nur das Jahr geblieben? Unsere Gemeinde veranstaltet am 1. Advent (29.11.) wieder den Adventsbasar, und wie im letzten Jahr bräuchten wir 15 Tische und 30 Stühle. Haben Sie die noch frei, und geht die Lieferung wieder am Samstagnachmittag?

Ich hoffe, Sie hatten einen schönen Herbst!

Herzliche Grüße
Sabine Wirth
Deutschsprachige Evangelische Gemeinde Surrey"""),
      ag("tobias", "11-12 11:30", """Hallo Frau Wirth,

schön, von Ihnen zu hören! 15 Tische und 30 Stühle sind für den 29.11. reserviert (HPH-4735). Lieferung am Samstag, 28.11., zwischen 14 und 16 Uhr, Abholung am Montagmorgen – wie gehabt.

Herzliche Grüße
Tobias Krämer"""),
      cu("11-12 12:00", """Wunderbar, vielen Dank!

Sabine Wirth""", thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "y02-lowick-parish-fair": [
        "I also need to know when you would collect - would that be the Saturday evening or the Monday?"],
    "y04-kita-sonnenblume-softplay": [
        "Die Rechnung müsste bitte an unseren Förderverein gehen (Förderverein Kita Sonnenblume e.V.), nicht an die Kita selbst."],
    "y05-fernhill-junior-party": [
        "Also, do you need a parking space on site for your van for the day, or do you drop and go?"],
    "y10-ape-kensington-sono": [
        "Par ailleurs, pourriez-vous nous envoyer un devis au nom de l'association ?"],
    "y12-kingsbridge-fun-day": [
        "And could you send me your public liability insurance certificate - our health and safety team won't sign anything off without it."],
    "y13-ashgrove-presentation-night": [
        "Also, do you hire out black tablecloths?"],
    "y17-benitez-karaoke": [
        "¿Trae canciones en español?",
        "Por favor, mandadme también las condiciones de la fianza, que no las encuentro en la web."],
    "y18-quarry-lane-family-day": [
        "I'm also not sure whether castles can be used if it's below freezing, could you advise?",
        "Our facilities manager will ask whether you have RAMS (risk assessment and method statement) for the castles, so please send them over if you do."],
    "y20-silver-birch-linen": [
        "Can I get a sample of the sash posted to me before I commit?",
        "I'd also like to know whether your round tables take 132\" cloths or 120\"."],
    "y24-elmhurst-rotary-gala": [
        "Also, which colours do the chair covers come in apart from white?"],
    "y30-montoya-fiesta-oficina": [
        "También quisiera saber si el personal que monta el equipo puede quedarse durante la fiesta como técnico, y cuánto costaría."],
    "y33-hartfield-winter-fair": [
        "Can you refund the difference?"],
    "y34-little-acorns-nursery": [
        "Oh, and could the driver ring the bell at the side entrance rather than knocking at the front - the babies nap in the front room."],
    "y36-benali-nappes": [
        "Est-ce que vous pourriez aussi prévoir des nappes blanches pour les tables rondes ?"],
    "y38-albrecht-ueberraschungsparty": [
        "Und ist ein Techniker im Preis inbegriffen oder kostet das extra?"],
    "y40-whitfield-spooky-castle": [
        "And do you do any kind of loyalty discount for a second booking?"],
    "y41-greenbank-mini-rugby": [
        "Can the Gladiator Duel inflatable be set up indoors?"],
    "y45-wey-valley-wi-lunch": [
        "Do the tables come with cloths, or do we bring our own?"],
    "y47-hussain-street-food-heaters": [
        "And what's your deposit policy for business customers?"],
    "y48-busy-bees-block-hire": [
        "If we have to close for a week (snow days, say), do we still pay for that week?",
        "Do you do anything off if we pay for the whole term upfront?"],
    "y52-villalobos-bautizo": [
        "¿podríais recoger el lunes por la tarde en vez del domingo?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"HQ-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
    return mailcraft.cases_table("Practice corpus 77: Hollyoak Party Hire - cases",
                                 "make_practice77_corpus.py", rows)


README_TEXT = """# Practice corpus 77: Hollyoak Party Hire support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen. Generated by `scripts/make_practice77_corpus.py` (do not edit by hand).

- Company: **Hollyoak Party Hire**, a party and event equipment hire firm near Guildford:
  bouncy castles, soft play and inflatable games, tables, chairs and linen, PA systems and
  lighting, patio heaters, popcorn and candy-floss machines, with delivery and set-up by its
  own crews. Support address `bookings@hollyoakpartyhire.example`; agents Megan Ashdown
  (bookings), Callum Rees (delivery and set-up crews), Priya Lakhani (accounts and deposits),
  Dan Whitcombe (sound and lighting), Tobias Krämer (German), Solène Garnier (French) and
  Lucía Ortega (Spanish), all `@hollyoakpartyhire.example`. A helpdesk robot
  (`Auto-Submitted: auto-replied`) acknowledges a few mails with "we will reply within 24
  hours" - service-hours text, not a commitment.
- Customers are parents, schools and nurseries, parish councils, clubs, churches, charities,
  event planners, venues and small firms, on `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain hollyoakpartyhire.example`.

```
python scripts/make_practice77_corpus.py                   # regenerate (deterministic, stdlib only)
python scripts/evaluate.py --corpus tests/practice77       # accuracy of the current tool
python -m pytest -q tests/test_practice77_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md): a question deferred with a promise counts only as that promise; a
question in the customer's latest unanswered mail is `awaiting-reply`, never
`unanswered-question`; one `customer-chased` per chasing message. `CASES.md` is the per-case
table.

## Contents

{cases} cases, {messages} messages: {inbox} in the inbox ({customer} customer mails and
{auto} customer out-of-office reply), {replies} support replies, {acks} helpdesk
acknowledgements. {clean} clean cases ({clean_pct} %). Languages: {languages}.
Statuses: {statuses}.

Expected findings: {findings}. Labelled unanswered questions: {uq} in {uq_cases} cases.

What the corpus contains by design:

- Customers ask several things at once (two to four questions or requests), as direct
  questions, indirect ones ("I was wondering whether", "Could you let me know", "Je voudrais
  savoir si", "Quisiera saber si"), requests without a question mark ("Please send...", "Die
  Rechnung müsste bitte an ... gehen"), bullet and numbered lists, and questions buried in one
  long paragraph.
- Support answers in its own words: out of order in one paragraph, inline under quoted
  questions (with bare figures), with a link, a PDF or a photo, by a colleague, or after a
  chase. Some replies skip a question, answer a neighbouring one, quote a question inline and
  leave it blank, or answer with a template; those questions are labelled.
- Not questions: rhetorical questions, a question the customer answers themself, a
  pleasantry ("Hope you're all surviving the Christmas rush?", "Ich hoffe, Sie hatten einen
  schönen Herbst!"), a forwarded booking confirmation, signatures with "?" and URLs with "?",
  thanks-only mails.
- Commitments with deadlines ("tomorrow", "by Thursday", "by Friday", "by end of day",
  "early next week", "bis Freitag", "melde mich morgen", "d'ici mercredi", "el lunes", none at
  all = 2-day window), kept on time, kept by a colleague, kept late, never kept, or still ahead
  at audit time; logistics that are not promises (crew arrival times, delivery windows).
- Chasing: "any news on the quote?", "just following up", "still no word", "just checking
  in", "gibt es schon etwas Neues?", "Je me permets de vous relancer", "¿Hay alguna novedad?
  ... sigo esperando", a word-for-word resend as a new mail; not chasing: a second mail adding
  a closer photo before any reply.
- Status and timing: awaiting replies, a fresh mail still inside the response target, slow
  first responses, an explicit close ("I'll mark this ticket as resolved") and a `[Resolved]`
  subject tag each followed by a new customer message, three agents on one case.
- Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
  Outlook for Android (header blocks, `RE:`/`AW:`), Apple Mail (en/fr), iPhone, Thunderbird
  (en/de), an old Eudora client; plain 7bit, quoted-printable, base64, HTML-only and
  multipart/alternative; PDF and PNG attachments; a customer out-of-office with
  `X-Autoreply`; a chaser that lost its threading headers; customers in UK and CET time zones.
"""


def readme(cases: list[Case]) -> str:
    """README.md with the corpus's figures filled in."""
    msgs = [m for c in cases for m in c.msgs]
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    return README_TEXT.format(
        cases=len(cases), messages=len(msgs),
        inbox=sum(1 for m in msgs if m.role in ("customer", "auto")),
        customer=sum(1 for m in msgs if m.role == "customer"),
        auto=sum(1 for m in msgs if m.role == "auto"),
        replies=sum(1 for m in msgs if m.role == "agent"),
        acks=sum(1 for m in msgs if m.role == "ack"),
        clean=clean, clean_pct=round(100 * clean / len(cases)),
        languages=", ".join(f"{names[k]} {n}" for k, n in langs.most_common()),
        statuses=", ".join(f"{n} {k}" for k, n in statuses.most_common()),
        findings=", ".join(f"{r} {found[r]}" for r in RULES if found[r]),
        uq=sum(len(c.uq) for c in cases), uq_cases=sum(1 for c in cases if c.uq))


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.hollyoakpartyhire.example")
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
        raise SystemExit("refusing to write tests/practice77:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice77:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice77 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice77")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
