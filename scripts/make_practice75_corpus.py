#!/usr/bin/env python3
"""Regenerate ``tests/practice75/``: a labelled corpus of Lantern Hill Catering.

A support mailbox of a fictional Bristol event and corporate caterer (office lunches and
working breakfasts, conference day-delegate packages, canapé receptions, wedding tastings,
funeral teas, Christmas parties, hot buffets, dietary menus - halal, vegan, coeliac, nut
allergies - and hire of waiting and bar staff), written without looking at the detection
heuristics, with many customer questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00
with the contract defaults (response target 24 h, follow-up window 2 days, close-after 7
days, handoff limit 2), support domain ``lanternhillcatering.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and what it contains.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice75_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "lanternhillcatering.example"
ORDERS = "Lantern Hill Catering <events@lanternhillcatering.example>"
RULES = mailcraft.RULES
YEAR = 2026
NAME = "practice75"

AGENTS = {
    "nadia": ("Nadia Okafor <nadia@lanternhillcatering.example>", "outlook", """Nadia Okafor
Events Coordinator | Lantern Hill Catering
Unit 3, Lantern Hill Yard, Bristol BS5 9QR | 0117 496 0725
Planning an event? https://lanternhillcatering.example/enquire?src=sig"""),
    "callum": ("Callum Reeve <callum@lanternhillcatering.example>", "owa", """Callum Reeve
Corporate Accounts | Lantern Hill Catering
This email and any attachments are confidential and may be privileged. If you are not the
intended recipient, please let us know and delete it."""),
    "priya": ("Priya Varghese <priya@lanternhillcatering.example>", "apple", """Priya Varghese
Menus, Weddings & Dietary Requirements | Lantern Hill Catering
https://lanternhillcatering.example/dietary?from=email"""),
    "theo": ("Theo Lindgren <theo@lanternhillcatering.example>", "thunderbird", """-- 
Theo Lindgren
Staffing & Logistics | Lantern Hill Catering
Need extra hands on the night? Ask about our event staff."""),
    "greta": ("Greta Hoffmann <greta@lanternhillcatering.example>", "outlook_de", """Greta Hoffmann
Kundenbetreuung Deutsch | Lantern Hill Catering
https://lanternhillcatering.example/de?ref=signatur"""),
    "solene": ("Solène Garnier <solene@lanternhillcatering.example>", "apple_fr", """Solène Garnier
Clientèle francophone | Lantern Hill Catering
+44 117 496 0731"""),
    "lucia": ("Lucía Ferrer <lucia@lanternhillcatering.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente en español | Lantern Hill Catering
https://lanternhillcatering.example/es?utm_source=firma"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Lantern Hill Catering. This is an automatic confirmation
that your message has reached us (reference {ref}). The events team works Monday
to Friday, 8am-6pm, and we aim to reply within one working day.

For same-day changes to a delivery please call 0117 496 0725.

Lantern Hill Catering - Events Team
https://lanternhillcatering.example/help?ref={ref}""",
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
    "helpdesk": ["X-Mailer: Lantern Desk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="lhc.", outlook_server="CWLP12")
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
    """A reply by support agent ``who`` at ``when`` (London time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in London: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)




# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

ORDER_PDF = mailcraft.pdf(["Lantern Hill Catering - Order confirmation LH-4471",
                           "Harbourside Analytics, 18 Canon's Way, Bristol BS1 5UH",
                           "Thursday 5 November 2026, delivery 12:00",
                           "4 mixed platters, 1 vegetarian, 1 vegan - PO HA-20931"])
INSURANCE_PDF = mailcraft.pdf(["Certificate of Insurance - Public and Products Liability",
                               "Insured: Lantern Hill Catering Ltd, Bristol",
                               "Limit of indemnity: GBP 5,000,000 any one occurrence",
                               "Period: 1 April 2026 to 31 March 2027"])
WAKE_PDF = mailcraft.pdf(["Lantern Hill Catering - Traditional finger buffet",
                          "Sandwiches: egg & cress, ham & mustard, cheddar & pickle, tuna",
                          "Sausage rolls, quiche, scones with jam and cream, Victoria sponge",
                          "50 guests: GBP 412.50 including two staff"])
QUOTE_PDF = mailcraft.pdf(["Lantern Hill Catering - Quotation Q-1126-081",
                           "Studio opening, Friday 27 November 2026, 80 guests",
                           "8 canapes per head GBP 14.20; 2 bar staff; glass hire 45p",
                           "Total GBP 1,422.40 + VAT"])
DE_MENU_PDF = mailcraft.pdf(["Lantern Hill Catering - Flying Buffet Winter 2026",
                             "Kalt: Lachs, Ziegenkaese, Roastbeef, Linsensalat, Rote Bete, Brie",
                             "Warm: Gulasch, Risotto, Fish Pie, Curry, Gnocchi, Kaesespaetzle",
                             "GBP 38 pro Person zzgl. MwSt."])
INVOICE_PDF = mailcraft.pdf(["Lantern Hill Catering - Invoice LH-9877 (corrected)",
                             "Thornbury Yoga Studio - retreat lunch, Saturday 7 November",
                             "26 guests x GBP 11.00 = GBP 286.00",
                             "Replaces invoice LH-9871 (30 guests, GBP 330.00)"])
RECEPTION_PDF = mailcraft.pdf(["Lantern Hill Catering - Reception menu",
                               "10 canapes per head: GBP 16.80",
                               "Japanese-inspired: salmon tataki, miso aubergine, yuzu posset",
                               "Averline Pharma, Watershed, Thursday 3 December"])
ES_MENU_PDF = mailcraft.pdf(["Lantern Hill Catering - Cena de Navidad 2026",
                             "Entrantes: jamon iberico, tortilla de patatas, croquetas",
                             "Opcion A: menu de Navidad britanico; Opcion B: arroz al horno",
                             "Precio orientativo GBP 42 por persona"])
PRICE_PDF = mailcraft.pdf(["Lantern Hill Catering - Angebot Kundentag 26.11.2026",
                           "Grill vor Ort, Koch, Bratwurst, Halloumi, Gemuesespiesse",
                           "Beilagen und Dessert fuer 45 Personen",
                           "GBP 26 pro Person, GBP 1.170 zzgl. MwSt."])
DEPOSIT_PDF = mailcraft.pdf(["Lantern Hill Catering - Deposit invoice LH-D-0412",
                             "Stokes Croft Brewing Co. - taproom birthday, 12 December",
                             "150 street-food boxes at GBP 12.50",
                             "Deposit due: GBP 468.75 (25%)"])
WINTER_PDF = mailcraft.pdf(["Lantern Hill Catering - Winter dinner menus 2026/27",
                            "Menu A: leek & potato soup, roast chicken, sticky toffee pudding",
                            "Menu B: chicken liver parfait, braised beef, lemon tart",
                            "Prices per head include crockery, linen and service staff"])
CHARITY_PDF = mailcraft.pdf(["Lantern Hill Catering - Quotation Q-1126-067",
                             "Saltmarsh Trust fundraising gala, Saturday 5 December",
                             "120 guests, 8 canapes per head, halal meat",
                             "Registered charity discount 10% on food and staffing"])
TAPAS_PDF = mailcraft.pdf(["Lantern Hill Catering - Propuesta cata de vinos riojanos",
                           "Tapas: croquetas de jamon, pinchos de tortilla, queso manchego",
                           "Boquerones, pimientos de padron, albondigas",
                           "GBP 16 por persona"])
GALA_PDF = mailcraft.pdf(["Lantern Hill Catering - Propuesta Bath, 6 de marzo de 2027",
                          "Almuerzo: dos opciones de picnic de lujo",
                          "Cena: menu degustacion de cinco tiempos con maridaje",
                          "GBP 78 por persona"])
DEVIS_PDF = mailcraft.pdf(["Lantern Hill Catering - Devis Caves Bertrand",
                           "Degustation jeudi 26 novembre, 25 personnes",
                           "8 bouchees froides par personne, 1 serveur",
                           "Total GBP 437.50 HT"])
MENUS_DE_PDF = mailcraft.pdf(["Lantern Hill Catering - Menuevorschlaege 8. Dezember",
                              "A: Kuerbissuppe, Rinderfilet, Schokoladenmousse - GBP 58",
                              "B: Jakobsmuscheln, Entenbrust, Apfeltarte - GBP 64",
                              "inkl. Service; Dessert fuer Diabetiker angepasst"])
MATRIX_PDF = mailcraft.pdf(["Lantern Hill Catering - Allergen matrix, order LH-4620",
                            "30 sandwiches (6 fillings), crisps, fruit pots",
                            "14 regulated allergens per item, cross-contact notes",
                            "Akinyemi Law client seminar, 26 November 2026"])
OPEN_EVENING_PDF = mailcraft.pdf(["Lantern Hill Catering - Deposit invoice LH-D-0398",
                                  "Summerhill School open evening, Thursday 19 November",
                                  "Buffet for 80, arrival 5:15pm",
                                  "Deposit GBP 150.00"])
OCT_INVOICES_PDF = mailcraft.pdf(["Lantern Hill Catering - Invoices October 2026",
                                  "LH-9802 (6 Oct) GBP 318.00",
                                  "LH-9817 (14 Oct) GBP 542.40 - paid 30 Oct, cleared 2 Nov",
                                  "LH-9840 (27 Oct) GBP 275.50"])
RECEIPT_PDF = mailcraft.pdf(["Lantern Hill Catering - Payment receipt",
                             "Invoice LH-9817, Corbett Engineering Ltd",
                             "Received GBP 542.40 by BACS, cleared 2 November 2026",
                             "Balance: GBP 0.00"])
FLOORPLAN_PNG = mailcraft.png(14, 10, lambda x, y: (235 - 5 * x, 232 - 3 * y, 220 if (x + y) % 4 else 90))

CASES: list[Case] = [
    C("l01-harbourside-planning-lunch", "en", "closed", {},
      "Gemma Pryce <gemma.pryce@harbourside-analytics.example>", "gmail", "Lunch for 35 on Thursday 5th",
      "Three bulleted questions answered in one paragraph, out of order; the customer confirms with a PO number and gets the confirmation.",
      cu("11-02 09:12", """Hi there,

We've got our quarterly planning day on Thursday 5 November and I'd like to order a working lunch for 35. A couple of things before I place it:

- Roughly how many of the sandwich platters should be vegetarian? We've got 9 veggies and 2 vegans.
- Can you get it to us by 12:15? We break at 12:30 sharp.
- Do the platters come with plates and napkins, or do we need to sort our own?

We're on the 4th floor, 18 Canon's Way, Bristol BS1 5UH.

Thanks,
Gemma Pryce
Office Manager | Harbourside Analytics"""),
      ag("nadia", "11-02 11:40", """Hi Gemma,

Thanks for thinking of us for the planning day. Plates, napkins and compostable cutlery all come with the platters, so there's nothing for you to sort. With 9 vegetarians and 2 vegans I'd go for four mixed platters, one fully vegetarian and one vegan - the vegan one is labelled separately so it doesn't get raided first. Our driver will be with you at 12:00, which leaves you a comfortable margin before the break.

If that sounds right, just reply to confirm and I'll send the order confirmation over.

Best wishes,
Nadia""", promises=[("window", 4)]),
      cu("11-02 12:05", """That all sounds spot on - please go ahead. Our PO number is HA-20931.

Gemma"""),
      ag("nadia", "11-02 14:20", """Hi Gemma,

Confirmed: order LH-4471 for Thursday 5 November, with PO HA-20931 on the invoice. The confirmation is attached.

Best wishes,
Nadia""", attach=[("application/pdf", "LH-4471-confirmation.pdf", ORDER_PDF)])),

    C("l02-finch-wedding-tasting", "en", "closed", {"unanswered-question": 1},
      "Rosie Finch <rosie.finch@finchfamily.example>", "iphone", "Wedding tasting",
      "Tasting dates and the coeliac mother answered; the request for sample menus as a PDF is never met, even in the second reply (directions link only); thanks-only close.",
      cu("10-27 19:40", """Hello Lantern Hill team,

My fiancé Owen and I are getting married at Brackenbury Barn on 12 June next year and we loved your food at my cousin's wedding in the summer. We'd like to book a tasting. Which Saturdays in November or early December do you have free? My mum is coeliac - would she be able to come along and try gluten-free versions of the mains? Could you also send us the sample wedding menus as a PDF so we can look at them before we choose what to taste?

Thank you!
Rosie

Sent from my iPhone""", uq=1),
      ag("priya", "10-28 10:05", """Dear Rosie,

Congratulations to you both, and how lovely to hear about your cousin's wedding.

We have tastings free on Saturday 14 November (11am or 2pm) and Saturday 5 December (11am). Your mum is very welcome: every main on our wedding menu can be made gluten-free, and we cook those separately so there's no cross-contamination.

Just let me know which slot suits and I'll pencil you in.

Warm regards,
Priya"""),
      cu("10-28 20:15", """14 November at 2pm please! Owen's parents might want to come too - is four people OK?

Rosie

Sent from my iPhone"""),
      ag("priya", "10-29 09:30", """Dear Rosie,

Four is absolutely fine. You're booked in for Saturday 14 November at 2pm at our kitchen in Lantern Hill Yard - directions and parking here: https://lanternhillcatering.example/visit?ref=tasting

Warm regards,
Priya"""),
      cu("10-29 12:02", """Wonderful, thank you Priya! x

Sent from my iPhone""", thanks=True)),

    C("l03-quarry-lane-conference", "en", "closed", {},
      "Dev Mistry <d.mistry@quarrylane-events.example>", "thunderbird", "Conference catering 19 Nov - a few questions",
      "Four numbered questions answered inline under the quoted lines ('Yes, all three', a bare price, an attachment); thanks-only reply; the customer's signature has a '?' and a URL.",
      cu("11-06 15:30", """Hi,

We're running a one-day conference for 120 delegates at the Quarry Lane Centre on Thursday 19 November. A few questions:

1. Can you do a morning coffee break, a hot fork buffet lunch and an afternoon tea break?
2. What's the per-head price for that package?
3. Does the venue's kitchen need to be available to you, or do you bring everything hot?
4. Please send me your public liability insurance certificate - the venue insists on it.

Regards,
Dev Mistry
Quarry Lane Events
Planning something? https://quarrylane-events.example/enquire?src=sig"""),
      ag("theo", "11-06 17:05", """Hi Dev,

Answers below.

> 1. Can you do a morning coffee break, a hot fork buffet lunch and an afternoon tea break?

Yes, all three - that's our standard day-delegate package.

> 2. What's the per-head price for that package?

£27.50 + VAT.

> 3. Does the venue's kitchen need to be available to you, or do you bring everything hot?

We cook at our own kitchen and bring it hot in heated cabinets. All we need is two double sockets and a table near the hall.

> 4. Please send me your public liability insurance certificate - the venue insists on it.

Attached (£5m cover, valid to the end of March).

Theo""", quote=False, attach=[("application/pdf", "LHC-public-liability-2026.pdf", INSURANCE_PDF)]),
      cu("11-09 09:10", """Brilliant, thanks Theo. We'll go with the package - final numbers to follow next week.

Dev Mistry
Quarry Lane Events
Planning something? https://quarrylane-events.example/enquire?src=sig""", thanks=True)),

    C("l04-meridian-christmas-dietary", "en", "pending", {"unanswered-question": 2},
      "Harriet Coles <harriet.coles@meridianlegal.example>", "outlook", "Christmas lunch 11 December - dietary questions",
      "Three requests inside one long paragraph (two indirect, one from finance); the reply covers the halal supplier and the coeliac guests only.",
      cu("11-16 10:22", """Hi Nadia,

Following our call last week, I've now had the dietary list back from the team for the Christmas lunch on Friday 11 December (62 people): 7 halal, 5 vegetarian, 3 vegan, 2 coeliac and one person with a severe tree-nut allergy. I wanted to check whether the halal lamb comes from a certified supplier, because a couple of colleagues have asked me directly and I'd rather give them a proper answer than guess. I'm also not sure whether your vegan option is nut-free as well, since the person with the nut allergy is vegetarian and may well end up choosing it. Finance have asked me to say that we need the invoice split between two cost centres, 4410 (Litigation) and 4420 (Corporate), roughly half each.

Many thanks,
Harriet Coles
Office & Events Manager
Meridian Legal LLP

This email and any attachments are confidential. If you have received it in error, please notify the sender and delete it.""", uq=2),
      ag("nadia", "11-16 15:10", """Hi Harriet,

Thanks for pulling the list together - that's really helpful.

Our lamb comes from Al-Noor Meats in Easton, who are HMC certified; happy to forward their certificate if anyone would like to see it. The two coeliac guests will have their own plated mains, and everything on the buffet will be labelled on the day.

Kind regards,
Nadia""")),

    C("l05-ashworth-studio-opening", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Ben Ashworth <ben@ashworth-architects.example>", "gmail", "Quote for studio opening drinks",
      "Corkage answered at once; the quote promised 'by Wednesday' comes the following Monday, after the customer chases: kept late = missed.",
      cu("11-05 13:45", """Hi,

We're opening our new studio on Friday 27 November and want canapés and drinks for about 80 guests, 6-9pm. Could you put together a quote with, say, 8 canapés per head plus two bar staff? We'd supply the wine ourselves - is there a corkage or glass hire charge for that?

Cheers,
Ben Ashworth
Ashworth Architects"""),
      ag("callum", "11-05 16:30", """Hi Ben,

Congratulations on the new studio! No corkage - we only charge for glass hire, at 45p a glass, washed and collected afterwards. I'll put the canapé and staffing quote together with our chef and send it over by Wednesday.

Best regards,
Callum""", promises=[("11-11", 4)]),
      cu("11-16 08:55", """Morning Callum,

Just chasing the quote for the 27th - we need to get the invitations out this week. Any news?

Ben"""  , chase=True),
      ag("callum", "11-16 10:40", """Hi Ben,

Apologies for the delay on this. Quote attached: 8 canapés per head at £14.20, two bar staff from 5:30 to 9:30pm at £18 an hour each, and glass hire at 45p. £1,422.40 + VAT in total.

Best regards,
Callum""", attach=[("application/pdf", "Q-1126-081.pdf", QUOTE_PDF)])),

    C("l06-kestrel-house-staff", "en", "closed", {"missed-follow-up": 1},
      "Imogen Shah <imogen@kestrelhouse.example>", "owa", "Waiting staff for 28 November",
      "Staff-only rates answered; availability deferred with 'let me check the rota and come back to you' (no deadline) and never answered: missed after the two-day window.",
      cu("11-10 11:00", """Hello,

We're hosting a seated dinner for 90 at Kestrel House on Saturday 28 November and our usual agency has let us down. Do you have five waiting staff and a bartender free that evening, 5pm to midnight? And what's your hourly rate when staff are hired without food?

Thanks,
Imogen Shah
Events Manager, Kestrel House"""),
      ag("theo", "11-10 14:25", """Hi Imogen,

Staff-only bookings are £19.50 an hour for waiting staff and £21 an hour for a bartender, with a five-hour minimum. The 28th is one of our busiest Saturdays, so let me check the rota and come back to you.

Theo""", promises=[("window", None)])),

    C("l07-ellery-funeral-tea", "en", "closed", {},
      "Margaret Ellery <m.ellery@oakfield-village.example>", "thunderbird", "Buffet after a funeral on Friday",
      "A short-notice funeral tea: whether it is possible, the cost and clearing up are all answered in one warm reply with the menu attached; the customer's 'please go ahead' is confirmed.",
      cu("11-09 16:50", """Dear Sir or Madam,

My father passed away last week and his funeral is on Friday 13 November at St Anne's, Oakfield. We would like a simple finger buffet afterwards in the church hall for about 50 people, from 2pm. Is that something you could still do at such short notice? I would also like to know roughly what it would cost, and whether your staff would clear away afterwards, as the family will be in no state to.

With thanks,
Margaret Ellery"""),
      ag("nadia", "11-09 17:35", """Dear Margaret,

I'm so sorry for your loss. Yes, we can look after Friday for you. Our traditional finger buffet for 50 comes to £412.50, and two of our team will set up from 1:15, stay through the afternoon and leave the hall exactly as they found it once everyone has gone - you won't need to lift a finger.

The menu is attached; if you'd like to change anything, just say.

With kind regards,
Nadia""", attach=[("application/pdf", "finger-buffet-50.pdf", WAKE_PDF)]),
      cu("11-10 09:02", """Thank you, that is a weight off. Please go ahead as it is.

Margaret"""),
      ag("nadia", "11-10 10:15", """Dear Margaret,

That's all booked. We'll be at St Anne's hall from 1:15 on Friday.

With kind regards,
Nadia""")),

    C("l08-brightwell-canapes", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Jess Talbot <jess.talbot@brightwellpr.example>", "gmail", "Canapés for our client Christmas party",
      "Request for the Christmas canapé menu gets only the acknowledgement; the customer chases under her own mail five days later; no human reply.",
      cu("11-12 10:30", """Hi,

Could you send me your Christmas canapé menu and prices? We're looking at Thursday 10 December, 100 guests, at our office in Clifton. Also, do you do festive cocktails or just wine and beer?

Thanks,
Jess Talbot
Brightwell PR"""),
      ack("11-12 10:31"),
      cu("11-17 09:15", """Hi again,

I sent the message below last Thursday and haven't heard anything since. Is anyone looking at this? We need to decide by the end of the week.

Jess""", chase=True)),

    C("l09-rheintal-weihnachtsfeier", "de", "closed", {"unanswered-question": 1},
      "Sabine Kröger <s.kroeger@rheintal-antriebe.example>", "outlook_de", "Weihnachtsfeier am 17. Dezember – Flying Buffet",
      "German head office books the UK subsidiary's Christmas party: buffet price and mulled wine answered, menu attached; the request to invoice the Stuttgart head office is ignored.",
      cu("11-04 09:30", """Sehr geehrte Frau Hoffmann,

unsere britische Tochtergesellschaft in Avonmouth feiert am Donnerstag, den 17. Dezember, Weihnachten, und ich organisiere das von Stuttgart aus. Wir rechnen mit 70 Personen.

Bieten Sie ein Flying Buffet mit warmen und kalten Speisen an, und was würde das pro Person kosten? Die Kollegen wünschen sich außerdem Glühwein – ist das bei Ihnen möglich? Und bitte stellen Sie die Rechnung an unsere Zentrale in Stuttgart aus (Rheintal Antriebstechnik GmbH, Hafenstraße 12, 70327 Stuttgart), nicht an die britische Gesellschaft.

Mit freundlichen Grüßen
Sabine Kröger
Assistenz der Geschäftsführung
Rheintal Antriebstechnik GmbH""", uq=1),
      ag("greta", "11-04 12:15", """Sehr geehrte Frau Kröger,

vielen Dank für Ihre Anfrage. Unser Flying Buffet umfasst sechs warme und sechs kalte Gänge in kleinen Schälchen und kostet bei 70 Gästen £38 pro Person zzgl. MwSt., Servicepersonal inklusive. Glühwein machen wir sehr gern – wir bringen ihn in Warmhaltebehältern mit und rechnen nach Verbrauch ab (£4,50 pro Becher).

Die aktuelle Auswahl finden Sie im Anhang.

Mit freundlichen Grüßen
Greta Hoffmann""", attach=[("application/pdf", "Flying-Buffet-Winter-2026.pdf", DE_MENU_PDF)]),
      cu("11-05 08:50", """Vielen Dank, das klingt sehr gut. Ich bespreche die Auswahl mit der Geschäftsführung.

Beste Grüße
Sabine Kröger""", thanks=True),
      tz=1),

    C("l10-dufresne-mariage", "fr", "closed", {"missed-follow-up": 1},
      "Camille Dufresne <camille.dufresne@dufresne-famille.example>", "apple_fr", "Devis mariage – 5 juin 2027",
      "French couple: children's menu and French-style cheese course answered; the quote promised 'd'ici vendredi' never comes.",
      cu("11-02 21:10", """Bonjour,

Nous nous marions le 5 juin 2027 près de Tetbury et plusieurs amis nous ont recommandé votre maison. Nous serons environ 110 invités, dont une vingtaine d'enfants.

Pourriez-vous nous envoyer un devis pour un cocktail suivi d'un dîner assis ? Nous aimerions aussi savoir si vous proposez un menu enfant, et si le fromage peut être servi à la française, avant le dessert.

Merci d'avance,
Camille et Julien"""),
      ag("solene", "11-03 10:20", """Bonjour Camille,

Toutes nos félicitations ! Nous avons bien un menu enfant (mini-burgers, légumes croquants, glace maison) à 18 £ par enfant, et le plateau de fromages peut tout à fait passer avant le dessert – c'est d'ailleurs ce que je conseille. Pour le devis complet, je dois d'abord vérifier la disponibilité de notre équipe de service ce week-end-là ; je reviens vers vous d'ici vendredi avec une proposition chiffrée.

Bien cordialement,
Solène""", promises=[("11-06", None)]),
      tz=1),

    C("l11-solymar-bienvenida", "es", "closed", {},
      "Marta Iglesias <marta.iglesias@academia-solymar.example>", "gmail_es", "Buffet de bienvenida para 40 estudiantes",
      "Spanish language school: menu, price per head and the vegetarian and lactose-free pupils all answered in one reply; thanks-only close.",
      cu("11-03 18:00", """Hola:

Soy la coordinadora de viajes de la Academia Sol y Mar de Valencia. El 24 de noviembre llegamos a Bristol con 40 alumnos de 15 a 17 años y nos gustaría ofrecerles un buffet de bienvenida en la residencia (Clifton Hall) esa misma noche, hacia las 20:00.

¿Podrían prepararnos algo sencillo, tipo sándwiches, pizza y fruta? ¿Cuál sería el precio por persona? Tres alumnos son vegetarianos y una alumna tiene intolerancia a la lactosa, ¿lo tendrían en cuenta?

Un saludo,
Marta Iglesias
Academia Sol y Mar"""),
      ag("lucia", "11-04 09:45", """Hola, Marta:

¡Qué buen plan! Les proponemos un buffet informal con wraps y sándwiches variados, pizza casera en porciones, crudités y macedonia de fruta, por 11,50 £ por persona con refrescos y agua incluidos. Las tres raciones vegetarianas y la sin lactosa van aparte, etiquetadas con el nombre de cada alumno.

Lo llevamos todo a Clifton Hall a las 19:30 para que esté listo a las 20:00.

Un saludo,
Lucía"""),
      cu("11-04 11:20", """¡Perfecto! Muchas gracias, Lucía. Lo dejamos así.

Marta""", thanks=True),
      tz=1),

    C("l12-fernlea-same-again", "en", "pending", {},
      "Tom Okonjo <tom.okonjo@fernlea-accountants.example>", "outlook", "Friday lunch - feedback and next month",
      "Feedback with a rhetorical question and a question the customer answers himself; the one real request (same lunch on 18 December) is booked with the confirmation attached.",
      cu("11-16 14:05", """Hi Callum,

Just wanted to say Friday's lunch went down a storm. Who knew 40 accountants could get through that many sausage rolls in ten minutes? Several people asked for the recipe for the beetroot and feta tart, but I told them it was a trade secret.

Where do I find the invoice number on your portal? Actually, ignore that - it's in the top right corner of the PDF, found it.

We'd like to book the same again for Friday 18 December, same numbers. Can you do that date?

Thanks,
Tom Okonjo
Fernlea Accountants"""),
      ag("callum", "11-16 16:20", """Hi Tom,

That's great to hear - I'll pass it on to the kitchen, they'll be delighted. Friday 18 December is fine: I've booked the same lunch for 40, delivered for 12:30, and the confirmation is attached.

Best regards,
Callum""", attach=[("application/pdf", "LH-4633-confirmation.pdf", mailcraft.pdf([
          "Lantern Hill Catering - Order confirmation LH-4633",
          "Fernlea Accountants - Friday 18 December 2026, 12:30",
          "Working lunch for 40 (as 13 November)"]))])),

    C("l13-thornbury-yoga-lid", "en", "closed", {"reopened": 1},
      "Nina Hargreaves <nina@thornburyyoga.example>", "apple", "Retreat lunch invoice",
      "Corrected invoice sent with 'I'll mark this one as resolved'; the customer writes again about a forgotten chafing-dish lid (reopened); the collection on Monday is logistics.",
      cu("11-09 12:30", """Hi,

Thanks for Saturday's retreat lunch, everyone loved the dhal. The invoice charges for 30 people but we only ordered for 26 in the end - could you check and send a corrected one?

Nina
Thornbury Yoga Studio"""),
      ag("callum", "11-09 15:00", """Hi Nina,

You're right - the change from 30 to 26 made it onto the order but not onto the invoice. The corrected invoice is attached (£286.00 instead of £330.00). I'll mark this one as resolved.

Best regards,
Callum""", closes=True, attach=[("application/pdf", "LH-9877.pdf", INVOICE_PDF)]),
      cu("11-12 10:10", """Thanks Callum. One more thing - we've just found one of your chafing dish lids in our kitchen cupboard. Can someone collect it, or should we drop it off at your unit?

Nina"""),
      ag("theo", "11-12 13:45", """Hi Nina,

No need to bring it over - our driver is in Thornbury on Monday morning anyway and will pick it up between 9 and 10.

Theo""")),

    C("l14-averline-launch", "en", "pending", {"many-handoffs": 1},
      "Rachel Dunmore <r.dunmore@averline-pharma.example>", "outlook", "Product launch reception, 3 December",
      "Nadia splits the enquiry: Priya answers menu, price and Japanese-inspired canapés (HTML alternative, PDF), Theo the staffing, both the same day as promised - three agents; thanks-only close.",
      cu("11-16 09:00", """Hello,

We're launching a product at the Watershed on Thursday 3 December, 150 guests, 6:30-8:30pm. Could you quote for a standing canapé reception? Several guests are flying in from Japan - would it be possible to include a few Japanese-inspired canapés? We'll also need six waiting staff and two at the bar.

Rachel Dunmore
Head of Communications, Averline Pharma"""),
      ag("nadia", "11-16 11:30", """Hi Rachel,

Thank you - sounds like a great evening. I've passed the menu side to Priya, who leads on our menus, and the staffing to Theo; they'll each send you the details today.

Best wishes,
Nadia""", promises=[("11-16", 4)]),
      ag("priya", "11-16 14:00", """Dear Rachel,

Our reception menu is attached: ten canapés per head comes to £16.80. For your Japanese guests I'd suggest three swaps - salmon tataki on rice crackers, miso-glazed aubergine and yuzu posset spoons - at no extra cost.

Warm regards,
Priya""", parent=1, kind="alt", attach=[("application/pdf", "reception-menu-averline.pdf", RECEPTION_PDF)]),
      ag("theo", "11-16 15:10", """Hi Rachel,

Six waiting staff and two bartenders are pencilled in for the 3rd, 5:30 to 9:30pm, which comes to £1,352 + VAT. They'll be in black with Lantern Hill aprons unless you'd like something else.

Theo""", parent=1),
      cu("11-17 09:20", """Thank you all - this is exactly what we need. I'll confirm as soon as the budget is signed off.

Rachel""", thanks=True)),

    C("l15-greenway-inset-day", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Fiona Matlock <fiona.matlock@greenway-primary.example>", "gmail", "Staff INSET day lunch 20 Nov",
      "Friday-evening request answered on Monday afternoon (slow first response); menu, soup and delivery time answered, the purchase-ledger invoicing request skipped.",
      cu("11-06 17:40", """Hello,

We have an INSET day on Friday 20 November and the head would like to provide lunch for 48 staff. Budget is about £10 a head. What could you do for that? Several staff have said they'd love soup as it'll be cold - is a hot soup an option within that budget? We'd need it delivered to the staff room by 12:30.

Could you also invoice the school through our purchase ledger rather than asking for card payment upfront? That's the only way our bursar can pay.

Thanks,
Fiona Matlock
School Business Manager, Greenway Primary""", uq=1),
      ag("callum", "11-09 14:05", """Hi Fiona,

For around £10 a head I'd suggest our Winter Working Lunch: a hot soup (leek and potato or spiced lentil), filled rolls and wraps, a big salad bowl and traybakes. It's £9.60 per head for 48, delivered to the staff room for 12:15.

Best regards,
Callum""")),

    C("l16-pritchard-venue-access", "en", "closed", {},
      "Owain Pritchard <owain@pritchard-consulting.example>", "gmail", "Fwd: Access arrangements - Hollybrook Manor, 2 December",
      "HTML-only mail forwarding the venue's access notes, whose own questions are forwarded text; the customer's one question (7am access) is answered, and the venue's points too.",
      cu("11-10 08:40", """Hi Nadia,

Forwarding the venue's access notes for our breakfast meeting on 2 December. Their loading bay only opens at 7am - will that give you enough time to have breakfast ready for 8?

Owain

---------- Forwarded message ---------
From: Hollybrook Manor Events <events@hollybrook-manor.example>
Date: Mon, 9 Nov 2026 at 16:02
Subject: Access arrangements - Hollybrook Manor, 2 December
To: Owain Pritchard <owain@pritchard-consulting.example>

Dear Owain,

Please pass the following on to your caterer:

- The loading bay opens at 7:00am. Will your caterer need a parking space for a van? If so, please send us the registration.
- Do they require three-phase power? Standard 13A sockets are available in the Orangery.
- All food waste must be removed by the caterer at the end of the event.

Kind regards,
Hollybrook Manor Events Team""", kind="html"),
      ag("nadia", "11-10 10:05", """Hi Owain,

7am is plenty - a breakfast for 30 takes us about 40 minutes to set up. For the venue: our van is a white Citroën Relay, registration WU23 KTP, we only need the standard sockets, and we always take our waste away with us.

Best wishes,
Nadia""")),
]

CASES += [
    C("l17-menendez-cena-navidad", "es", "closed", {"unanswered-question": 1},
      "Álvaro Menéndez <alvaro.menendez@menendez-arquitectura.example>", "gmail_es", "Cena de Navidad en Bristol – consulta",
      "Base64 mail from a Spanish practice's Bristol office: the Spanish touches and the price are answered with two menus attached; the request to put the Spanish tax number on the invoice is skipped.",
      cu("11-05 11:15", """Buenos días:

Nuestro estudio abrió oficina en Bristol este año y queremos celebrar allí la cena de Navidad con el equipo, unas 25 personas, el viernes 11 de diciembre. Nos encantaría un menú con algún guiño español: ¿sería posible incluir jamón o una tortilla entre los entrantes?

Por otro lado, necesitaríamos que la factura incluyera nuestro CIF español (B-98765432) además de la dirección de la oficina de Bristol, porque la paga la sede de Madrid.

Quedo a la espera de sus noticias.
Un saludo,
Álvaro Menéndez
Menéndez Arquitectura""", uq=1, cte="base64"),
      ag("lucia", "11-05 13:30", """Hola, Álvaro:

¡Claro que sí! De entrantes podemos servir jamón ibérico cortado a cuchillo y una tortilla de patatas con cebolla (la hacemos nosotros), y después seguir con el menú de Navidad británico o con un arroz al horno, como prefieran. El precio orientativo es de 42 £ por persona.

Le adjunto las dos propuestas.

Un saludo,
Lucía""", attach=[("application/pdf", "cena-navidad-2026.pdf", ES_MENU_PDF)]),
      cu("11-06 09:00", """Muchas gracias, Lucía. Lo comento con el equipo y le digo algo.

Álvaro""", thanks=True, cte="base64"),
      tz=1),

    C("l18-pemberton-shoot-lunch", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Hugh Pemberton <hugh@pemberton-farm.example>", "android", "Shooting lunch - 21 November",
      "Acknowledged request, no reply; the customer resends it word for word as a new mail with the same subject; answered in full after the resend (slow first response).",
      cu("11-09 07:15", """Morning,

Can you do a hot lunch for a shooting party of 16 at Pemberton Farm on Saturday 21 November? Something hearty - stew, mash, crumble. Serving at 1pm in the barn. Price please.

Hugh Pemberton

Get Outlook for Android"""),
      ack("11-09 07:16"),
      cu("11-11 18:40", """Morning,

Can you do a hot lunch for a shooting party of 16 at Pemberton Farm on Saturday 21 November? Something hearty - stew, mash, crumble. Serving at 1pm in the barn. Price please.

Hugh Pemberton

Get Outlook for Android""", chase=True, parent=0),
      ag("nadia", "11-12 09:30", """Morning Hugh,

Apologies - your first email ended up in a folder it shouldn't have. Yes, we can do the 21st: beef and ale stew, buttery mash and winter greens, then apple and blackberry crumble with custard, served hot from our field kitchen at 1pm. It's £24 a head, so £384 + VAT for 16, including a server who stays until 3.

Best wishes,
Nadia""", parent=3)),

    C("l19-corallo-security-list", "en", "closed", {},
      "Leila Haddad <leila.haddad@corallo-media.example>", "apple", "Staff names for the security list",
      "Start time answered; Nadia promises Theo will send the staff names and van details 'by tomorrow' and he does the next morning; thanks-only close.",
      cu("11-11 10:00", """Hi Nadia,

Our building is strict about visitors. For the breakfast on Monday 16th, could you send me the full names of the staff who'll be coming, and the van registration, by Thursday so I can put them on the security list? Also, is it still the same start time, 7:30?

Thanks,
Leila
Corallo Media"""),
      ag("nadia", "11-11 11:20", """Hi Leila,

Yes - the team arrives at 7:30 and breakfast is out at 8. Theo does the rota, so he'll send you the names and the van details by tomorrow.

Best wishes,
Nadia""", promises=[("11-12", 3)]),
      ag("theo", "11-12 09:05", """Hi Leila,

For Monday's security list: Marek Nowak, Sophie Adeyemi and Jack Fairbairn. Van: white Citroën Relay, WU23 KTP.

Theo""", parent=1),
      cu("11-12 09:40", """Perfect, all added. Thanks both!

Leila""", thanks=True)),

    C("l20-whitlock-menu-cards", "en", "pending", {},
      "Sam Whitlock <sam.whitlock@whitlock-bikes.example>", "gmail", "Menu cards for the 4 December dinner",
      "Who prints the menu cards is answered; the final menu and allergen cards are promised for Tuesday 24 November - a deadline still ahead at audit time.",
      cu("11-18 15:00", """Hi Priya,

Could you send me the final menu and the allergen cards for our dinner on 4 December? And do you print the menu cards for the tables, or should we?

Cheers,
Sam Whitlock
Whitlock Bikes"""),
      ag("priya", "11-19 09:30", """Hi Sam,

We print them - on cream card, one per table, included in the price. Chef is finalising the dessert this weekend, so I'll send you the final menu and the allergen cards on Tuesday 24 November.

Warm regards,
Priya""", promises=[("11-24", None)])),

    C("l21-brandt-low-collection", "en", "pending", {},
      "Kezia Brandt <kezia@brandt-and-low.example>", "thunderbird", "Collection of crates and coat rails",
      "After a party: collection time and keeping the coat rails answered; the collection runs are logistics, not promises.",
      cu("11-17 16:10", """Hi Theo,

Thanks for last night - the party was a great success. We've stacked all your crates by the back door. When will they be collected? And could we hang on to the two coat rails until Friday? We've got another event here on Thursday.

Kezia
Brandt & Low"""),
      ag("theo", "11-18 08:45", """Hi Kezia,

Glad it went so well! The van collects the crates tomorrow morning between 8 and 10, and the coat rails can stay - they'll come back with the Monday run. If any glasses got broken, just leave them in the marked crate; we only charge when it's more than five.

Theo""")),

    C("l22-vale-board-lunch", "en", "closed", {},
      "Paul Ferreira <paul.ferreira@valeconsulting.example>", "outlook", "Board lunch - dietary update",
      "A platter swap done at once; the customer's Outlook out-of-office answers the reply (automatic, not a customer message).",
      cu("11-03 08:30", """Hi,

One of the board members coming to Thursday's lunch is now vegan - can you swap one of the meat platters for a vegan one?

Thanks,
Paul Ferreira
Vale Consulting"""),
      ag("nadia", "11-03 10:00", """Hi Paul,

Done - one beef platter swapped for our roasted vegetable and hummus platter, no change to the price.

Best wishes,
Nadia"""),
      auto("11-03 10:01", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact Dana Reid on dana.reid@valeconsulting.example.

Paul Ferreira""", quote=False, subject="Automatic reply: RE: Board lunch - dietary update")),

    C("l23-albers-kundentag", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Jürgen Albers <j.albers@albers-maschinenbau.example>", "gmail_de", "Catering für Kundentag am 26. November",
      "Barbecue on site and the vegetarian alternative answered; the price promised with 'melde mich morgen' comes three days later, after 'gibt es schon etwas Neues zum Preis?'.",
      cu("11-09 10:20", """Hallo Frau Hoffmann,

für unseren Kundentag in unserem Werk in Portishead am 26. November brauchen wir ein Mittagessen für ca. 45 Personen. Können Sie auch vor Ort grillen? Unsere Kunden aus Bayern würden sich über Bratwurst freuen, wir brauchen aber auch eine vegetarische Alternative.

Was würde das ungefähr kosten?

Viele Grüße
Jürgen Albers
Albers Maschinenbau UK"""),
      ag("greta", "11-09 14:00", """Hallo Herr Albers,

ein Grill vor Ort ist kein Problem, wir bringen einen Gasgrill und einen Koch mit. Die Bratwürste beziehen wir von einem deutschen Metzger in Bath, als vegetarische Alternative grillen wir Halloumi und Gemüsespieße. Den genauen Preis kläre ich noch mit unserer Küche und melde mich morgen bei Ihnen.

Viele Grüße
Greta""", promises=[("11-10", 4)]),
      cu("11-13 09:30", """Hallo Frau Hoffmann,

gibt es schon etwas Neues zum Preis? Wir müssen das Budget bis Montag freigeben lassen.

Viele Grüße
Jürgen Albers""", chase=True),
      ag("greta", "11-13 11:10", """Hallo Herr Albers,

entschuldigen Sie bitte die Verzögerung. Für 45 Personen mit Grill, Koch, Beilagen und Dessert liegen wir bei £26 pro Person, also £1.170 zzgl. MwSt. Das Angebot hängt an.

Viele Grüße
Greta""", attach=[("application/pdf", "Angebot-Kundentag.pdf", PRICE_PDF)]),
      tz=1),

    C("l24-garonne-seminaire", "fr", "pending", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Hélène Rousseau <h.rousseau@garonne-aero.example>", "outlook", "Séminaire du 2 décembre – déjeuner",
      "Acknowledged, then 'Je me permets de vous relancer'; the late reply proposes the buffet and the breakfast, but not the deadline for final numbers.",
      cu("11-10 09:00", """Bonjour,

Nous organisons un séminaire interne à Filton le mercredi 2 décembre pour 35 personnes. Pourriez-vous nous proposer un déjeuner sous forme de buffet chaud ? J'aimerais aussi savoir si vous pouvez fournir du café et des viennoiseries le matin, vers 8h30. Enfin, merci de nous indiquer le délai de confirmation du nombre définitif de participants.

Cordialement,
Hélène Rousseau
Assistante de direction – Garonne Aérostructures UK""", uq=1),
      ack("11-10 09:01"),
      cu("11-13 14:00", """Bonjour,

Je me permets de vous relancer concernant ma demande ci-dessous, restée sans réponse. Nous devons valider le budget la semaine prochaine.

Cordialement,
Hélène Rousseau""", chase=True),
      ag("solene", "11-16 10:00", """Bonjour Madame Rousseau,

Toutes mes excuses pour ce délai. Pour le 2 décembre, je vous propose notre buffet chaud « Hiver » : bœuf bourguignon, gratin de légumes, riz pilaf, deux salades et tarte aux pommes, à 19,50 £ par personne. Café et viennoiseries à 8h30, c'est possible également : 5,80 £ par personne.

Bien cordialement,
Solène""")),

    C("l25-ruiz-cumpleanos", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Paloma Ruiz <paloma.ruiz@ruiz-casa.example>", "iphone", "Fiesta sorpresa 50 cumpleaños",
      "Informal Spanish surprise party: live paella answered, tall tables deferred with 'te escribo el lunes', delivered on Wednesday (missed); whether they need power or water in the garden is never answered.",
      cu("11-04 20:30", """Hola, Lucía, ¿qué tal?

Me ha pasado tu contacto una amiga (Inma, la de la comunión de su hija en mayo). Quiero organizar una fiesta sorpresa por los 50 de mi marido el sábado 28 de noviembre, en casa, unas 35 personas. ¿Hacéis paella en directo? ¿Podríais traer también mesas altas? ¿Necesitáis enchufe o toma de agua en el jardín?

Gracias,
Paloma

Enviado desde mi iPhone""", uq=1),
      ag("lucia", "11-05 09:15", """Hola, Paloma:

¡Qué ilusión! Sí, hacemos paella en directo en paellera grande, con un cocinero que la prepara delante de los invitados (queda muy vistoso). Las mesas altas las alquilamos a un proveedor: le pregunto por la disponibilidad para el 28 y te escribo el lunes con el presupuesto completo.

Un abrazo,
Lucía""", promises=[("11-09", 3)]),
      ag("lucia", "11-11 12:00", """Hola de nuevo, Paloma:

Perdona el retraso. Ya lo tengo todo: paella mixta y una vegetariana para 35 personas, con cocinero, 22 £ por persona; seis mesas altas con funda negra, 60 £. En total, 830 £. ¿Te lo reservo?

Un abrazo,
Lucía""", parent=2),
      cu("11-11 21:00", """¡Sí, por favor, resérvalo! Muchísimas gracias.

Paloma

Enviado desde mi iPhone"""),
      ag("lucia", "11-12 09:00", """¡Reservado! Nos vemos el 28.

Lucía""")),

    C("l26-sandford-investor-breakfast", "en", "closed", {"unanswered-question": 1},
      "Oliver Sandford <oliver.sandford@sandford-wealth.example>", "outlook", "Investor breakfast - timings",
      "Two changes asked: the pastry quantity is answered along with the clearing time (a neighbouring question), but the earlier set-up time is not.",
      cu("11-11 13:20", """Hi Nadia,

Two changes for the investor breakfast on the 19th. The first guests now arrive at 7:30, so could your team set up by 7:15 rather than 7:45? And since it's turned into a longer session, how many pastries per person would you suggest?

Thanks,
Oliver Sandford
Sandford Wealth Management""", uq=1),
      ag("nadia", "11-11 15:45", """Hi Oliver,

For a longer session I'd allow two pastries and a portion of fruit per person, plus a second round of coffee at 9:30. We can have everything cleared by 10:30 so the room is free for your next meeting.

Best wishes,
Nadia""")),

    C("l27-cartwright-awayday", "en", "closed", {"unanswered-question": 2},
      "Diane Cartwright <diane@cartwright-hr.example>", "gmail", "Awayday at Leigh Court - catering questions",
      "Five questions in one long paragraph; the reply covers the venue, the seated lunch and the sugar-free snacks, but not the deposit and balance nor what the venue needs to know.",
      cu("11-04 10:00", """Hi,

I'm organising our company awayday at Leigh Court on Wednesday 25 November (55 people) and have been asked to sort the catering. I've read through your website but still have a few questions. Do you work at Leigh Court regularly, or would you need a site visit first? We'd like lunch to be a proper sit-down meal rather than a buffet - is that possible for 55 in their Long Room? I was also wondering whether you can provide afternoon snacks that aren't all cake, since half the team are doing a sugar-free November challenge (don't ask). What deposit do you take, and when is the balance due? Lastly, please let me know if you need anything from the venue so I can pass it on.

Thanks in advance,
Diane Cartwright
People Team, Cartwright HR""", uq=2),
      ag("nadia", "11-04 14:30", """Hi Diane,

We're at Leigh Court most weeks, so no site visit needed - we know the Long Room well, and a seated lunch for 55 fits comfortably on six round tables. For the afternoon, how about a savoury board instead of cake: cheese straws, spiced nuts, crudités with dips and fruit skewers? Sugar-free November survivors welcome.

Best wishes,
Nadia""")),

    C("l28-samstagsschule-nikolaus", "de", "closed", {},
      "Anja Feldmann <anja.feldmann@samstagsschule-bristol.example>", "thunderbird_de", "Nikolausfeier – Allergene und Preise",
      "German Saturday school: three questions each answered inline under the quoted line (a 'Leider nein' with an alternative, a 'Ja', a price).",
      cu("11-12 19:30", """Liebe Frau Hoffmann,

für unsere Nikolausfeier am Samstag, 5. Dezember, hätten wir gern wieder Ihre Lebkuchen und Kinderpunsch für ca. 60 Kinder und 40 Eltern. Ein paar Fragen dazu:

Sind die Lebkuchen dieses Jahr nussfrei? Wir haben zwei Kinder mit Nussallergie.
Können Sie den Punsch in Thermoskannen liefern, damit wir ihn selbst ausschenken?
Was kostet das Ganze ungefähr?

Herzliche Grüße
Anja Feldmann
Deutsche Samstagsschule Bristol e.V."""),
      ag("greta", "11-13 09:10", """Liebe Frau Feldmann,

schön, dass Sie wieder an uns denken!

> Sind die Lebkuchen dieses Jahr nussfrei? Wir haben zwei Kinder mit Nussallergie.

Leider nein, unsere Lebkuchen enthalten Haselnüsse. Für die beiden Kinder backen wir aber gern nussfreie Butterplätzchen, separat verpackt und beschriftet.

> Können Sie den Punsch in Thermoskannen liefern, damit wir ihn selbst ausschenken?

Ja, in vier 5-Liter-Kannen.

> Was kostet das Ganze ungefähr?

Rund £310 inkl. MwSt.

Herzliche Grüße
Greta""", quote=False, client="thunderbird_de")),

    C("l29-ridgeway-showroom", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1},
      "Nathan Cole <nathan.cole@ridgeway-motors.example>", "gmail", "Showroom launch - revised quote",
      "Delivery charge answered (waived if confirmed this week); the revised quote promised 'tomorrow' never comes; the black-shirts request is skipped.",
      cu("11-16 09:40", """Hi Callum,

Hope the weekend was kind to you? Thanks for the quote for the showroom launch. We've had to cut the guest list from 200 to 140 and we'd like to drop the oyster bar - can you revise the quote accordingly? Is the £250 delivery charge negotiable if we confirm this week? And we'd like the bar staff in black shirts rather than white, to match our branding.

Cheers,
Nathan Cole
Marketing Manager | Ridgeway Motors""", uq=1),
      ag("callum", "11-16 12:05", """Hi Nathan,

No problem at all. If you confirm by Friday I can waive the delivery charge altogether. I'll rework the numbers for 140 without the oyster bar and we'll send you the revised quote tomorrow.

Best regards,
Callum""", promises=[("11-17", None)])),

    C("l30-saltmarsh-gala", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 2},
      "Aisha Rahman <aisha.rahman@saltmarsh-trust.example>", "owa", "Charity gala - halal canapé options",
      "Halal canapés answered; the charity discount promised 'by Monday' comes on Friday after two chases; the kitchen-fee question is never answered.",
      cu("11-05 11:00", """Hello,

We're holding our annual fundraising gala on Saturday 5 December for 120 guests at the Harbour Hotel. Could you tell me which of your canapés can be made halal? Do you offer any discount for registered charities? Our charity number is 1187654. Could you also let me know whether the hotel charges you a kitchen fee, as last year's caterer passed one on to us?

Kind regards,
Aisha Rahman
Events & Fundraising, Saltmarsh Trust""", uq=1),
      ag("priya", "11-05 15:00", """Dear Aisha,

Almost all of our meat canapés can be made with halal chicken, beef and lamb; the only exceptions are the pork belly bites and the chorizo, which we'd swap for lamb kofta and spiced chicken skewers. I'm checking the charity rate with Callum, and one of us will get back to you by Monday.

Warm regards,
Priya""", promises=[("11-09", 5)]),
      cu("11-10 10:00", """Hi Priya,

Just following up on the charity discount - any news?

Aisha""", chase=True),
      cu("11-13 09:30", """Hello again,

I'm still waiting to hear about the discount. Our committee meets on Monday and I need to present the catering costs.

Aisha""", chase=True),
      ag("callum", "11-13 12:00", """Dear Aisha,

I'm sorry you've had to chase. We give registered charities 10% off food and staffing, and I've built that into the quote attached.

Best regards,
Callum""", attach=[("application/pdf", "Q-1126-067.pdf", CHARITY_PDF)])),

    C("l31-clifton-dental-christmas", "en", "pending", {},
      "Sophie Lambert <sophie.lambert@clifton-dental.example>", "apple", "Christmas lunch",
      "Three questions answered with a date, the minimum order and only a link to the festive menu (HTML alternative); thanks-only reply. Same subject as l44 from another customer.",
      cu("11-17 12:40", """Hi there,

We're a small dental practice (14 of us) and fancy a Christmas lunch delivered to the surgery on Wednesday 23 December. Do you still take orders that close to Christmas? Is there a minimum order for delivery? And is there a festive menu I can look at?

Thanks,
Sophie
Clifton Dental Care""", kind="alt"),
      ag("nadia", "11-17 14:50", """Hi Sophie,

We deliver right up to the 23rd, and 14 is comfortably over our minimum of 10. Festive menu: https://lanternhillcatering.example/menus/festive-2026?ref=email

Best wishes,
Nadia"""),
      cu("11-17 15:05", """Lovely, thanks - I'll circulate it and get back to you with numbers.

Sophie""", thanks=True, kind="alt")),

    C("l32-parkside-pcn-lunch", "en", "pending", {"unanswered-question": 1},
      "Jon Bexley <jon.bexley@parkside-surgery.example>", "iphone", "Lunch for the PCN meeting",
      "Short iPhone request booked at once; the request in the PS (an ingredients list with each platter) is ignored.",
      cu("11-17 08:05", """Hi, could you do sandwiches and a fruit platter for 25 on Tuesday 24th, delivered for 12:30? Same as last time is fine.

Jon

PS Please put an ingredients list with each platter this time - one of our GPs ended up quizzing your driver about the pesto.

Sent from my iPhone""", uq=1),
      ag("nadia", "11-17 09:30", """Hi Jon,

All booked - sandwiches and a fruit platter for 25 on Tuesday 24 November, with you at 12:15. Same menu as October.

Best wishes,
Nadia""")),

    C("l33-ehrlich-workshop", "de", "pending", {},
      "Markus Ehrlich <markus.ehrlich@ehrlich-software.example>", "outlook_de", "Workshop in Bristol 1.–2. Dezember – Verpflegung",
      "German workshop catering: late lunch and crockery answered in one sentence, afternoon snacks and price too; a follow-up question about pork answered.",
      cu("11-16 10:00", """Guten Tag Frau Hoffmann,

wir führen am 1. und 2. Dezember einen Workshop mit 18 Teilnehmern in unserem Bristoler Büro durch und hätten an beiden Tagen gern Mittagessen sowie nachmittags Kaffee mit einem kleinen Snack. Ist es möglich, das Mittagessen erst um 13:30 zu liefern? Ich wäre Ihnen auch dankbar, wenn Sie mir sagen könnten, ob Sie das Geschirr wieder mitnehmen oder ob alles Einweg ist.

Freundliche Grüße
Markus Ehrlich
Ehrlich Software GmbH – Niederlassung Bristol"""),
      ag("greta", "11-16 13:20", """Guten Tag Herr Ehrlich,

sehr gern. 13:30 passt uns gut: Wir liefern an beiden Tagen um 13:15 und holen das Porzellan jeweils am nächsten Morgen wieder ab – Einweggeschirr verwenden wir nicht. Nachmittags gibt es Kaffee, Tee, Obst und hausgemachte Müsliriegel. Für 18 Personen sind das £21,50 pro Person und Tag.

Freundliche Grüße
Greta"""),
      cu("11-16 15:05", """Danke, perfekt. Eine Teilnehmerin isst kein Schweinefleisch – ist das ein Problem?

Freundliche Grüße
Markus Ehrlich"""),
      ag("greta", "11-16 15:30", """Überhaupt nicht – wir vermerken es und bereiten für sie an beiden Tagen ein eigenes Gericht zu.

Freundliche Grüße
Greta"""),
      tz=1),

    C("l34-alliance-beaujolais", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Élise Marchand <elise.marchand@af-bristol.example>", "apple_fr", "Soirée Beaujolais nouveau",
      "Cheese and charcuterie platters answered; the price deferred with 'je reviens vers vous' (no deadline) comes three days later, after a relance: missed.",
      cu("11-09 11:30", """Bonjour,

Comme chaque année, l'Alliance française fête le beaujolais nouveau le jeudi 19 novembre, et nous aimerions cette fois faire appel à un traiteur. Nous attendons environ 70 personnes. Serait-il possible d'avoir des plateaux de fromages et de charcuterie, avec du pain ? Et quel serait le tarif par personne ?

Bien à vous,
Élise Marchand
Alliance française de Bristol"""),
      ag("solene", "11-09 14:10", """Bonjour Élise,

Avec plaisir ! Pour 70 personnes, nous proposons des plateaux mixtes (quatre fromages, jambon de pays, saucisson, rillettes, cornichons) avec baguettes et pain de campagne de notre boulanger. Pour le tarif, je vérifie les prix de notre fromager cette semaine et je reviens vers vous.

Bien cordialement,
Solène""", promises=[("window", 4)]),
      cu("11-12 16:45", """Bonjour Solène,

Je me permets de vous relancer pour le tarif : notre bureau doit valider la dépense vendredi.

Bien à vous,
Élise"""  , chase=True),
      ag("solene", "11-12 17:30", """Bonjour Élise,

Pardon pour l'attente : 14,50 £ par personne, pain compris, soit 1 015 £ pour 70 personnes.

Bien cordialement,
Solène""")),
]

CASES += [
    C("l35-salinas-cata", "es", "open", {"awaiting-reply": 1},
      "Jorge Salinas <jorge.salinas@salinas-vinos.example>", "gmail_es", "Maridaje para cata de vinos",
      "Wine importer's tapas pairing answered with a proposal attached; his later mail with two new requests has had no reply (awaiting reply, not unanswered).",
      cu("11-10 10:00", """Hola, Lucía:

Te escribo de parte de Salinas Vinos. El jueves 3 de diciembre organizamos en Bristol una cata de vinos riojanos para unos 30 sumilleres y compradores. ¿Podríais preparar unas tapas para maridar con los vinos? ¿Y cuál sería el presupuesto aproximado?

Un saludo,
Jorge Salinas
Salinas Vinos – Importación"""),
      ag("lucia", "11-10 13:00", """Hola, Jorge:

¡Encantados! Te adjunto una propuesta de seis tapas pensadas para tintos de Rioja: croquetas de jamón, pinchos de tortilla, manchego curado con membrillo, boquerones, pimientos de Padrón y albóndigas en salsa. Sale a 16 £ por persona.

Un saludo,
Lucía""", attach=[("application/pdf", "propuesta-cata.pdf", TAPAS_PDF)]),
      cu("11-17 18:00", """Gracias, Lucía. Nos gusta mucho la propuesta. Dos cosas: ¿podríais cambiar las croquetas de jamón por unas de setas? Y enviadnos, por favor, una factura proforma para pagar por adelantado.

Un saludo,
Jorge"""),
      tz=1),

    C("l36-bramley-cricket-dinner", "en", "closed", {"unanswered-question": 2, "slow-first-response": 1},
      "Greg Holloway <greg.holloway@bramley-cricket.example>", "gmail", "Annual dinner - menu and bar",
      "Friday-evening enquiry answered on Monday with a templated reply and the menus attached: the menu request is met, the cash bar and carvery questions are not.",
      cu("11-06 20:15", """Evening,

Bramley Cricket Club's annual dinner is on Saturday 16 January at the clubhouse, usually 85 of us. We had a roast last year and it went down well. A few things the committee wants to know: can you run a cash bar, or do we need our own licence for that? Do you do a carvery? And could you send over the menu options for a three-course dinner?

Cheers,
Greg Holloway
Social Secretary, Bramley CC""", uq=2),
      ag("nadia", "11-09 09:30", """Dear Greg,

Thank you for your enquiry. Please find our winter dinner menus attached; prices are per head and include crockery, linen and service staff. To secure your date, we take a 25% deposit on confirmation.

We look forward to hearing from you.

Kind regards,
Nadia Okafor
Events Coordinator
Lantern Hill Catering""", sig=False, attach=[("application/pdf", "winter-dinner-menus.pdf", WINTER_PDF)])),

    C("l37-avonview-tenants-party", "en", "open", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Claire Donnelly <claire.donnelly@avonview-housing.example>", "outlook", "Tenants' Christmas party - final numbers",
      "Children's food first answered; the revised total promised 'by end of day' never comes; the high-chairs request is skipped; the customer's chase (threading headers lost) is unanswered.",
      cu("11-17 11:00", """Hi Nadia,

Final numbers for the tenants' party on 2 December: 95 adults and about 30 children. Could you confirm the revised total? Please could the children's food come out first, at 5pm? We'd also need two high chairs - can you bring those?

Thanks,
Claire Donnelly
Community Engagement, Avonview Housing""", uq=1),
      ag("nadia", "11-17 12:30", """Hi Claire,

Children's food first at 5pm is no problem - we'll bring it out as soon as the doors open. I'll recalculate the total for 125 and send you the updated invoice by end of day.

Best wishes,
Nadia""", promises=[("11-17", None)]),
      cu("11-19 10:00", """Hi Nadia,

Any update on the revised total? Our finance team are asking for it.

Thanks,
Claire""", chase=True, thread=False)),

    C("l38-stokes-croft-taproom", "en", "pending", {},
      "Marcus Bell <marcus@stokescroft-brewing.example>", "thunderbird", "Street food for our taproom birthday",
      "Street-food boxes answered with a price and the question 'when's your next free Saturday' with just a date; 'Book us in!' is done with a deposit invoice.",
      cu("11-13 15:20", """Hey Lantern Hill,

Our taproom turns five next month and we're throwing a party. Could you do street-food style boxes for about 150 people - think loaded fries, bao, that kind of thing? When's your next free Saturday in December?

Marcus
Stokes Croft Brewing Co."""),
      ag("theo", "11-13 16:45", """Hey Marcus,

Happy birthday to the taproom! Street-food boxes are right up our street: loaded fries, bao buns (pork belly or crispy tofu) and a chilli-cheese option, served from our pop-up gazebo at £12.50 a box. Saturday 12 December is the one we've still got.

Theo"""),
      cu("11-16 09:00", """12th it is. Book us in!

Marcus"""),
      ag("theo", "11-16 10:30", """Done - you're booked for Saturday 12 December, serving from 6pm. The deposit invoice is attached.

Theo""", attach=[("application/pdf", "LH-D-0412.pdf", DEPOSIT_PDF)])),

    C("l39-campos-incentivo-bath", "es", "closed", {"unanswered-question": 2},
      "Nuria Campos <nuria.campos@campos-eventos.example>", "outlook", "Incentivo en Bath – almuerzo y cena",
      "Madrid agency planning an incentive day: the venue and the tasting menu are answered with a proposal attached; cancellation terms and references are not.",
      cu("11-11 09:30", """Estimada Lucía:

Le escribo de parte de Campos Eventos (Madrid). Estamos organizando un viaje de incentivo para 45 empleados de un cliente, con un día en Bath el sábado 6 de marzo de 2027.

Necesitaríamos un almuerzo tipo pícnic de calidad y, por la noche, una cena de gala en las Assembly Rooms. ¿Trabajan ustedes en ese espacio? ¿Pueden ofrecer un menú degustación con maridaje? Además, le agradecería que me indicara las condiciones de cancelación, ya que el cliente todavía no ha firmado. Y, si es posible, envíenos referencias de eventos similares que hayan realizado.

Quedo a la espera de su respuesta.
Atentamente,
Nuria Campos
Campos Eventos""", uq=2),
      ag("lucia", "11-11 12:45", """Estimada Nuria:

Sí, somos uno de los caterings homologados de las Assembly Rooms y trabajamos allí con frecuencia. Le adjunto nuestra propuesta de menú degustación de cinco tiempos con maridaje de vinos ingleses y españoles (78 £ por persona), junto con dos opciones de pícnic de lujo para el almuerzo.

Atentamente,
Lucía""", attach=[("application/pdf", "propuesta-bath-2027.pdf", GALA_PDF)]),
      tz=1),

    C("l40-caves-bertrand-degustation", "fr", "pending", {},
      "Luc Bertrand <luc.bertrand@caves-bertrand.example>", "iphone", "Dégustation le 26 novembre – quelques questions",
      "Cold-only canapés and the number of waiters answered, quote attached; thanks-only reply.",
      cu("11-17 10:15", """Bonjour Solène,

Suite à notre conversation au salon, je vous confirme notre dégustation du jeudi 26 novembre pour 25 clients professionnels. Pourriez-vous prévoir uniquement des bouchées froides ? Nous n'aurons pas de cuisine sur place. Et combien de serveurs faut-il prévoir selon vous ?

Merci,
Luc Bertrand
Caves Bertrand – Bristol

Envoyé de mon iPhone"""),
      ag("solene", "11-17 12:00", """Bonjour Luc,

Entièrement froid, c'est noté : huit bouchées par personne (gougères, tartelettes au chèvre, rillettes de truite, etc.). Pour 25 personnes debout, un serveur suffit. Vous trouverez le devis ci-joint.

Bien cordialement,
Solène""", attach=[("application/pdf", "devis-caves-bertrand.pdf", DEVIS_PDF)]),
      cu("11-17 13:00", """Parfait, merci beaucoup !

Luc

Envoyé de mon iPhone""", thanks=True)),

    C("l41-lindner-delegation", "de", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Petra Lindner <petra.lindner@lindner-consulting.example>", "gmail_de", "Abendessen für Delegation am 8. Dezember",
      "Seated dinner and the diabetic guest answered; the menu proposals promised 'bis Freitag' arrive on Tuesday after 'ich warte immer noch'; the table-decoration question is never answered.",
      cu("11-10 16:00", """Hallo Frau Hoffmann,

eine Delegation unseres Kunden aus München besucht am 8. Dezember Bristol, und wir möchten für die 12 Gäste ein Abendessen in unserem Besprechungsraum ausrichten lassen. Können Sie ein gesetztes Drei-Gänge-Menü mit Service anbieten? Einer der Gäste ist Diabetiker, bitte berücksichtigen Sie das. Bieten Sie auch Tischdekoration an, oder müssen wir uns selbst darum kümmern?

Beste Grüße
Petra Lindner
Lindner Consulting""", uq=1),
      ag("greta", "11-11 09:20", """Hallo Frau Lindner,

ja, das machen wir gern – ein gesetztes Menü mit einer Servicekraft ist für 12 Personen ideal, und das Dessert stimmen wir für den Gast mit Diabetes entsprechend ab. Ich schicke Ihnen bis Freitag zwei Menüvorschläge mit Preisen.

Viele Grüße
Greta""", promises=[("11-13", 4)]),
      cu("11-17 11:40", """Hallo Frau Hoffmann,

ich warte immer noch auf die Menüvorschläge. Könnten Sie mir die bitte bis morgen schicken? Mein Chef fragt schon nach.

Beste Grüße
Petra Lindner""", chase=True),
      ag("greta", "11-17 14:00", """Hallo Frau Lindner,

das tut mir leid. Anbei die beiden Vorschläge: £58 bzw. £64 pro Person, jeweils inklusive Service.

Viele Grüße
Greta""", attach=[("application/pdf", "Menuevorschlaege-8-Dezember.pdf", MENUS_DE_PDF)]),
      tz=1),

    C("l42-akinyemi-allergen-matrix", "en", "pending", {},
      "Rob Akinyemi <rob.akinyemi@akinyemi-law.example>", "owa", "Seminar sandwiches - allergen matrix",
      "Labelling answered at once; the allergen matrix promised 'in the next couple of days' is sent the next morning; thanks-only reply.",
      cu("11-16 11:00", """Hi,

We're hosting a client seminar on 26 November with a sandwich lunch for 30 - I've already placed the order online (LH-4620). Our compliance team now wants a full allergen matrix for everything we serve. Can you provide one? Also, will the sandwiches arrive individually labelled?

Thanks,
Rob Akinyemi
Akinyemi Law"""),
      ag("priya", "11-16 14:30", """Hi Rob,

Yes, every sandwich pack carries its own label with the 14 allergens in bold. The full matrix for your order comes out of our kitchen system once the menu is locked - I'll send it over in the next couple of days.

Warm regards,
Priya""", promises=[("window", 3)]),
      ag("priya", "11-17 10:00", """Hi Rob,

Here's the allergen matrix for order LH-4620 (30 sandwiches, crisps and fruit pots).

Warm regards,
Priya""", parent=2, attach=[("application/pdf", "LH-4620-allergen-matrix.pdf", MATRIX_PDF)]),
      cu("11-17 10:30", """Brilliant - exactly what compliance wanted. Thanks!

Rob""", thanks=True)),

    C("l43-lockleaze-community-lunch", "en", "closed", {"unanswered-question": 1},
      "Kay Morrison <kay.morrison@lockleaze-hub.example>", "gmail", "Christmas community lunch - 50 people",
      "Roast turkey price answered; in her second mail the booking and gravy jugs are answered, payment by cheque is not.",
      cu("11-05 10:00", """Hello,

We run a monthly community lunch at Lockleaze Hub. For the Christmas one on Friday 11 December we'd love a proper roast turkey dinner for 50. How much would that be? We're a small charity, so the budget is tight.

Best wishes,
Kay Morrison
Lockleaze Hub"""),
      ag("callum", "11-05 12:30", """Hi Kay,

For 50 we can do roast turkey with all the trimmings and a choice of Christmas pudding or fruit crumble for £15.50 a head - that already includes our 10% charity discount.

Best regards,
Callum"""),
      cu("11-06 09:15", """That's within budget, thank you! Please book us in. Would it be possible to bring the gravy separately in a jug for each table rather than pouring it on? Some of our guests are quite particular. And do you take payment by cheque? Our treasurer doesn't do online banking.

Kay""", uq=1),
      ag("callum", "11-06 11:00", """Hi Kay,

You're booked in for Friday 11 December, lunch served at 12:30. Gravy jugs on every table - of course.

Best regards,
Callum""")),

    C("l44-filton-rotary-christmas", "en", "closed", {},
      "Derek Hollis <derek.hollis@filton-rotary.example>", "gmail", "Christmas lunch",
      "Three-course price and the soft option answered in a reply that lost its threading headers; the customer accepts with numbers and the booking is confirmed. Same subject as l31 from another customer.",
      cu("11-10 14:00", """Dear Lantern Hill,

The Rotary Club of Filton would like a Christmas lunch for 38 members on Tuesday 15 December at Filton Community Centre. Could you quote for three courses? A few of our members need soft food - could you do a softer option for them, such as fish pie?

Yours sincerely,
Derek Hollis
Club Secretary, Rotary Club of Filton"""),
      ag("callum", "11-11 09:00", """Dear Derek,

Three courses for 38 comes to £29 a head: parsnip soup, roast turkey or nut roast with the trimmings, then Christmas pudding or lemon posset. Fish pie as a soft option is no trouble at all - just tell us how many the week before.

Best regards,
Callum""", thread=False),
      cu("11-11 10:30", """Thank you, that's accepted. Six members will have the fish pie.

Derek"""),
      ag("callum", "11-11 11:15", """Lovely - booked: 38 on Tuesday 15 December, six of them fish pie.

Best regards,
Callum""")),

    C("l45-summerhill-open-evening", "en", "closed", {"reopened": 1},
      "Victoria Hale <victoria.hale@summerhill-school.example>", "outlook", "Refund for the cancelled open evening buffet",
      "Refund confirmed under a '[Resolved]' subject tag; the customer replies in the same thread to rebook the rescheduled evening (reopened), which is confirmed.",
      cu("11-02 09:00", """Hi Callum,

As discussed on the phone, our open evening on 29 October was cancelled because of the storm. Could you confirm that the £150 deposit will be refunded to the school account?

Kind regards,
Victoria Hale
Bursar, Summerhill School"""),
      ag("callum", "11-02 11:00", """Hi Victoria,

Confirmed - the £150 deposit went back to the school account this morning, reference LHC-REF-0931.

Best regards,
Callum""", closes=True, subject="[Resolved] RE: Refund for the cancelled open evening buffet"),
      cu("11-04 10:00", """Hi Callum,

Thank you. We've now rescheduled the open evening for Thursday 19 November - could you do the same buffet for 80 that evening? Happy to pay a new deposit.

Kind regards,
Victoria""", subject="RE: [Resolved] RE: Refund for the cancelled open evening buffet"),
      ag("callum", "11-04 14:00", """Hi Victoria,

Yes, Thursday 19 November works: same buffet for 80, with us arriving at 5:15. The deposit invoice is attached.

Best regards,
Callum""", attach=[("application/pdf", "LH-D-0398.pdf", OPEN_EVENING_PDF)])),

    C("l46-roy-pot-de-depart", "fr", "pending", {"unanswered-question": 1},
      "Mathilde Roy <mathilde.roy@roy-design.example>", "gmail", "Pot de départ – vendredi 27",
      "Retirement drinks: the 4pm delivery is answered, then glasses instead of the unopened champagne bottles that were asked about.",
      cu("11-16 17:20", """Bonjour Solène,

Notre directrice part à la retraite et nous organisons un pot de départ le vendredi 27 novembre au bureau, pour 40 personnes. Je voudrais savoir si vous pouvez livrer dès 16h, car la fête commence à 16h30. Par ailleurs, est-ce que vous reprenez les bouteilles de champagne non ouvertes ? Nous préférons en commander un peu trop.

Merci beaucoup,
Mathilde Roy
Roy Design Studio""", uq=1),
      ag("solene", "11-17 09:30", """Bonjour Mathilde,

Quelle belle occasion ! Une livraison à 16h, c'est tout à fait possible. Pour les verres, pas d'inquiétude : nous fournissons les flûtes et nous les reprenons le lundi, sans frais de lavage.

Bien cordialement,
Solène""")),

    C("l47-harcourt-gallery-layout", "en", "pending", {},
      "Lydia Harcourt <lydia.harcourt@harcourt-gallery.example>", "android", "Room layout for the private view",
      "Floor-plan photo attached with a placement question; answered in one sentence; thanks-only reply whose signature has 'Opening hours?' and a URL.",
      cu("11-18 08:50", """Hi Theo,

Attached is a photo of the gallery floor plan for Thursday's private view. Where would you want the bar and the canapé station? We need to keep the east wall clear for the large canvases.

Lydia

Harcourt Gallery | Now showing: Salt & Iron
Opening hours? https://harcourt-gallery.example/visit?tab=hours""", attach=[("image/png", "floorplan.png", FLOORPLAN_PNG)]),
      ag("theo", "11-18 10:20", """Hi Lydia,

Thanks for the plan. Bar just inside the entrance on the left, canapé station against the back (north) wall - well away from the east wall and the canvases.

Theo"""),
      cu("11-18 10:35", """Perfect. Thanks Theo!

Lydia

Harcourt Gallery | Now showing: Salt & Iron
Opening hours? https://harcourt-gallery.example/visit?tab=hours""", thanks=True)),

    C("l48-riverside-rowing-dinner", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Graham Tull <graham.tull@riverside-rowing.example>", "gmail", "Dinner dance - wine list and late snacks",
      "Bacon rolls answered; the wine list promised 'early next week' (said on Thursday: by Tuesday) never comes; the request to resend the dietary form is skipped.",
      cu("11-12 09:30", """Hi Nadia,

For our dinner dance on 12 December we'd like to offer a wine list at the tables. Could you send me your current wine list with prices? Some of the crew have asked whether you could do late-night bacon rolls around 11pm - is that a thing? Also, please could you send the dietary form again? The link in your last email has expired.

Thanks,
Graham Tull
Riverside Rowing Club""", uq=1),
      ag("nadia", "11-12 12:00", """Hi Graham,

Late-night bacon rolls are very much a thing - £3.50 each, and we do a veggie sausage version too. Our wine merchant is updating the winter list at the moment; I'll send it over early next week.

Best wishes,
Nadia""", promises=[("11-17", None)])),

    C("l49-corbett-october-invoices", "en", "pending", {},
      "Susan Corbett <accounts@corbett-engineering.example>", "outlook", "October invoices - copies please",
      "Copies of three invoices and a payment query: answered with two attachments and one sentence; opens with a pleasantry question.",
      cu("11-18 09:00", """Hello,

Hope you're well and not too snowed under with Christmas bookings? Our auditors need copies of all October invoices from you (we think there were three). Please send them over. Could you also confirm whether invoice LH-9817 has been paid? Our system shows it as outstanding, but I believe we paid it on 30 October.

Kind regards,
Susan Corbett
Accounts Payable, Corbett Engineering Ltd"""),
      ag("callum", "11-18 11:30", """Hello Susan,

All three are attached (LH-9802, LH-9817 and LH-9840). LH-9817 is settled: your payment of 30 October cleared with us on 2 November - the receipt is attached too.

Best regards,
Callum""", attach=[("application/pdf", "October-2026-invoices.pdf", OCT_INVOICES_PDF),
                   ("application/pdf", "LH-9817-receipt.pdf", RECEIPT_PDF)])),

    C("l50-moorcroft-client-drinks", "en", "closed", {"unanswered-question": 1},
      "James Whitcombe <james.whitcombe@moorcroft-partners.example>", "gmail", "Client drinks 10 December",
      "First three questions answered in one line; of the two follow-ups the alcohol-free cocktail is answered, the small lift and carrying up to the third floor is not.",
      cu("11-09 09:00", """Hi Nadia,

We're hosting client drinks on Thursday 10 December for 70 at our office on Queen Square. Could you do canapés and drinks service from 6 to 8:30pm? Do you provide glassware? And is there a minimum spend in December?

Best,
James Whitcombe
Moorcroft Partners"""),
      ag("nadia", "11-09 11:00", """Hi James,

Yes to all of it: canapés and bar service 6-8:30, glassware included. In December our minimum spend for evening events is £1,000, and 70 guests with eight canapés each is well over that.

Best wishes,
Nadia"""),
      cu("11-10 15:00", """Great. Two follow-ups: can we have a non-alcoholic cocktail alongside the wine and beer? And our office lift is small - will your team be able to carry everything up to the third floor, or do we need to arrange a porter?

James""", uq=1),
      ag("nadia", "11-10 17:00", """Hi James,

A non-alcoholic cocktail is a great idea: we'd suggest our spiced apple and ginger fizz, £4 a glass, served by the bar staff alongside the wine and beer.

Best wishes,
Nadia""")),
]

UNANSWERED: dict[str, list[str]] = {
    "l02-finch-wedding-tasting": [
        "Could you also send us the sample wedding menus as a PDF so we can look at them before we choose what to taste?"],
    "l04-meridian-christmas-dietary": [
        "I'm also not sure whether your vegan option is nut-free as well, since the person with the nut allergy is vegetarian and may well end up choosing it.",
        "Finance have asked me to say that we need the invoice split between two cost centres, 4410 (Litigation) and 4420 (Corporate), roughly half each."],
    "l09-rheintal-weihnachtsfeier": [
        "Und bitte stellen Sie die Rechnung an unsere Zentrale in Stuttgart aus (Rheintal Antriebstechnik GmbH, Hafenstraße 12, 70327 Stuttgart), nicht an die britische Gesellschaft."],
    "l15-greenway-inset-day": [
        "Could you also invoice the school through our purchase ledger rather than asking for card payment upfront?"],
    "l17-menendez-cena-navidad": [
        "Por otro lado, necesitaríamos que la factura incluyera nuestro CIF español (B-98765432) además de la dirección de la oficina de Bristol, porque la paga la sede de Madrid."],
    "l24-garonne-seminaire": [
        "Enfin, merci de nous indiquer le délai de confirmation du nombre définitif de participants."],
    "l25-ruiz-cumpleanos": [
        "¿Necesitáis enchufe o toma de agua en el jardín?"],
    "l26-sandford-investor-breakfast": [
        "The first guests now arrive at 7:30, so could your team set up by 7:15 rather than 7:45?"],
    "l27-cartwright-awayday": [
        "What deposit do you take, and when is the balance due?",
        "Lastly, please let me know if you need anything from the venue so I can pass it on."],
    "l29-ridgeway-showroom": [
        "And we'd like the bar staff in black shirts rather than white, to match our branding."],
    "l30-saltmarsh-gala": [
        "Could you also let me know whether the hotel charges you a kitchen fee, as last year's caterer passed one on to us?"],
    "l32-parkside-pcn-lunch": [
        "Please put an ingredients list with each platter this time - one of our GPs ended up quizzing your driver about the pesto."],
    "l36-bramley-cricket-dinner": [
        "can you run a cash bar, or do we need our own licence for that?",
        "Do you do a carvery?"],
    "l37-avonview-tenants-party": [
        "We'd also need two high chairs - can you bring those?"],
    "l39-campos-incentivo-bath": [
        "Además, le agradecería que me indicara las condiciones de cancelación, ya que el cliente todavía no ha firmado.",
        "Y, si es posible, envíenos referencias de eventos similares que hayan realizado."],
    "l41-lindner-delegation": [
        "Bieten Sie auch Tischdekoration an, oder müssen wir uns selbst darum kümmern?"],
    "l43-lockleaze-community-lunch": [
        "And do you take payment by cheque?"],
    "l46-roy-pot-de-depart": [
        "Par ailleurs, est-ce que vous reprenez les bouteilles de champagne non ouvertes ?"],
    "l48-riverside-rowing-dinner": [
        "Also, please could you send the dietary form again?"],
    "l50-moorcroft-client-drinks": [
        "And our office lift is small - will your team be able to carry everything up to the third floor, or do we need to arrange a porter?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"LH-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=ORDERS, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", ORDERS),
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
    return mailcraft.cases_table("Practice corpus 75: Lantern Hill Catering - cases",
                                 "make_practice75_corpus.py", rows)


README_HEAD = """# Practice corpus 75: Lantern Hill Catering support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Lantern Hill Catering**, a Bristol event and corporate caterer: office working
  lunches and breakfasts, conference day-delegate packages, canapé receptions, wedding
  tastings, funeral teas, Christmas parties and dinners, hot buffets and street food, dietary
  menus (halal, vegan, coeliac, nut allergies, diabetic, lactose-free) and hire of waiting
  and bar staff. Support address `events@lanternhillcatering.example`; agents Nadia Okafor
  (events coordinator), Callum Reeve (corporate accounts), Priya Varghese (menus, weddings
  and dietary requirements), Theo Lindgren (staffing and logistics), Greta Hoffmann
  (German-speaking clients), Solène Garnier (French-speaking clients) and Lucía Ferrer
  (Spanish-speaking clients), all `@lanternhillcatering.example`. A helpdesk robot
  (`Auto-Submitted: auto-replied`) acknowledges a few enquiries with "we aim to reply within
  one working day" - service-hours text, not a commitment.
- Customers are office managers, HR and events staff, schools, charities, clubs, couples and
  families, and German, French and Spanish companies, schools and agencies, on `*.example`
  domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain lanternhillcatering.example`.

```
python scripts/make_practice75_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice75_corpus.py --out /tmp/p75         # ... into another folder
python scripts/evaluate.py --corpus tests/practice75             # accuracy of the current tool
python -m pytest -q tests/test_practice75_corpus.py
```

Layout and `labels.json` format are those of `tests/eval/` (see tests/eval/README.md), and so
are the labelling conventions (questions, answered, commitments, chasing, status and timing,
"a question deferred with a promise counts only as that promise"). `CASES.md` is the
generated per-case table; this README is generated too. Do not edit generated files; edit
the script and rerun it.

The script keeps the facts next to each message (role, date, thanks-only, explicit close,
chase, each promise with its deadline and the message that kept it, how many labelled
unanswered questions the message asks), recomputes status and every rule count from them and
from the dates, and refuses to write when they disagree with the hand-written case labels,
when a labelled question is not verbatim in a customer's own text of the case (quotes
excluded), or when the written mail does not parse back and round-trip.
"""

README_TAIL = """
## What the corpus contains by design

Answered questions (not labelled) are answered in the agents' own words: three bulleted
questions in one paragraph, out of order (l01); inline under the quoted lines with "Yes, all
three", a bare price and an attachment (l03) or "Leider nein ..." / "Ja, ..." / a price (l28);
with only a date ("Saturday 12 December is the one we've still got", l38), only a link
(l31), only attachments (l49); two questions in one sentence (l33, l47, l50); by a colleague
(l14, l19); after a chase (l05, l18, l23, l24, l30, l34, l41); deferred with a promise (then
counted only as that promise: l05, l06, l10, l20, l23, l25, l29, l30, l34, l37, l41, l42,
l48).

Unanswered questions are the realistic kind: a secondary request skipped while the main one
is handled (invoice to head office, Spanish tax number on the invoice, purchase-ledger
invoicing, cost-centre split, ingredients list in a PS, high chairs, black shirts, dietary
form), two of five questions in a long paragraph left out (l27), a templated reply that
sends menus and ignores the rest (l36), a neighbouring question answered instead of the one
asked (l26 clearing time for set-up time; l46 glasses for unopened bottles), a question in a
follow-up mail after the main one was settled (l43, l50), questions in indirect form ("I'm
also not sure whether ...", "merci de nous indiquer ...", "le agradecería que me indicara
...").

Not questions (must not be flagged): a rhetorical question and a self-answered one (l12); a
pleasantry question (l25 "¿qué tal?", l29, l49); questions in forwarded venue notes of an
HTML-only mail (l16); customers' signatures with "?" and `?` URLs (l03, l47); support
signatures with "Planning an event?" and `?` URLs; thanks-only mails (l02, l03, l09, l11,
l14, l17, l19, l31, l40, l42, l47); a question in a customer's latest unanswered mail is
`awaiting-reply`, never `unanswered-question` (l35, l37's chase).

Commitments: kept on time (l01 the order confirmation, l42 "in the next couple of days"),
kept by a colleague (l14 "they'll each send you the details today", l19 "he'll send you the
names ... by tomorrow"), kept late = missed (l05 "by Wednesday", l23 "melde mich morgen",
l25 "te escribo el lunes", l30 "by Monday", l34 "je reviens vers vous" without a date, l41
"bis Freitag"), never kept (l06 "let me check the rota and come back to you", l10 "d'ici
vendredi", l29 "tomorrow", l37 "by end of day", l48 "early next week" said on a Thursday), a
deadline still ahead at audit time (l20, Tuesday 24 November). Non-promises: collection runs
and driver visits (l13, l21), a delivery time on the day (l11, l38), a conditional offer to
forward a certificate (l04), the acknowledgement's service hours (l08, l18, l24).

Chasing in varied wording and languages: "Any news?", "Just following up on ... - any
news?", "I'm still waiting to hear about ...", "haven't heard anything since. Is anyone
looking at this?", "Any update on ...?", "gibt es schon etwas Neues zum Preis?", "ich warte
immer noch auf ...", "Je me permets de vous relancer" (twice), and a word-for-word resend as
a new mail with the same subject (l18). l30 chases twice (two findings).

Status and timing: open and awaiting reply (l08, l35, l37), slow first responses (l15 and l36
Friday evening to Monday, l18, l24), an explicit close "I'll mark this one as resolved"
followed by a new request (l13) and a `[Resolved]` subject tag followed by a new request in
the same thread (l45), three agents on one case (l14).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de); top-posted and inline replies; plain 7bit,
quoted-printable, base64 (l17), multipart/alternative (l14, l31, acknowledgements) and
HTML-only (l16); PDF attachments (quotes, menus, invoices, an insurance certificate, an
allergen matrix) and a PNG floor plan (l47); a customer's Outlook out-of-office reply (l22);
an agent reply that lost its threading headers (l44) and a customer chase that lost them
(l37); two customers with the same subject "Christmas lunch" (l31, l44); customers chasing
under their own mail (l08, l24).

## Judgement calls

- **Deferral is not an unanswered question**: l29's "can you revise the quote accordingly?"
  and l37's "Could you confirm the revised total?" are answered by the promise and labelled
  only through `missed-follow-up`.
- **l26**: "how many pastries" is answered; "could your team set up by 7:15 rather than
  7:45?" is not answered by the time the room will be cleared.
- **l46**: the reply about taking back the champagne flutes does not say whether unopened
  bottles are taken back - labelled unanswered.
- **l36**: the attached menus answer "could you send over the menu options"; the cash bar and
  the carvery are not mentioned - two findings.
- **l48**: "please could you send the dietary form again?" is a request that is neither met
  nor mentioned; the wine list is a broken promise, not an unanswered question.
- **l01**: "reply to confirm and I'll send the order confirmation over" is labelled as a
  promise and it is kept the same day, so either reading gives no finding.
- **l44**: the customer's "that's accepted. Six members will have the fish pie." asks
  nothing, but support confirms it anyway, so the status is the same either way.
- **l30**: two chasing mails before the reply: `customer-chased` x2.

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, and - as format examples only, not
for wording - scripts/make_practice24_corpus.py, tests/test_practice24_corpus.py and
tests/practice24/README.md. Not opened: `happyaudit/`, the top-level README, any other test,
corpus or generator. All labels were fixed before the single evaluation run and none was
changed after it.
"""


def readme(cases: list[Case]) -> str:
    """README.md: the fixed description plus the figures counted from the cases."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    status = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    lang_text = ", ".join(f"{names[k]} {n}" for k, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    rules_text = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    asking = sum(1 for c in cases if c.uq)
    return (README_HEAD + "\n## Contents\n\n"
            f"{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox "
            f"({roles['customer']} customer mails and {roles['auto']} customer out-of-office reply), "
            f"{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. "
            f"{clean} clean cases ({round(100 * clean / len(cases))} %). Languages: {lang_text}. "
            f"Statuses: {status['closed']} closed, {status['pending']} pending, {status['open']} open.\n\n"
            f"Expected findings: {rules_text}; the unanswered questions are in {asking} cases.\n"
            + README_TAIL)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.lanternhillcatering.example")
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
        raise SystemExit("refusing to write tests/practice75:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice75:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice75 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice75")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
