#!/usr/bin/env python3
"""Regenerate ``tests/practice94/``: a labelled corpus of Ebbridge Aquatics.

A support mailbox of a fictional aquarium and pond business (online shop and a shop counter
for aquarium and pond equipment, pond maintenance visits and contracts, livestock deliveries
of fish, shrimp and plants, fish-health advice, trade and account invoicing), written without
looking at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``ebbridgeaquatics.example``.

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

Usage: python scripts/make_practice94_corpus.py [--out DIR]
"""

from __future__ import annotations

import argparse
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
SUPPORT_DOMAIN = "ebbridgeaquatics.example"
HELP = "Ebbridge Aquatics Help <help@ebbridgeaquatics.example>"
CORPUS_NAME = "practice94"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "nell": ("Nell Haskins <nell@ebbridgeaquatics.example>", "thunderbird", """-- 
Nell Haskins
Shop & Online Orders | Ebbridge Aquatics
Unit 3, Millrace Lane, Ebbridge EB4 2QT | 01632 960 412
Track an order: https://ebbridgeaquatics.example/orders?ref=sig"""),
    "callum": ("Callum Brierley <callum@ebbridgeaquatics.example>", "outlook", """Callum Brierley
Pond Maintenance Visits | Ebbridge Aquatics
Book a visit online: https://ebbridgeaquatics.example/ponds/visits?src=email
Need us sooner? Call the workshop on 01632 960 415."""),
    "priya": ("Priya Sandhu <priya@ebbridgeaquatics.example>", "apple", """Priya Sandhu
Livestock & Fish Health | Ebbridge Aquatics
Acclimatisation guide: https://ebbridgeaquatics.example/livestock/guide?utm=mail"""),
    "ruth": ("Ruth Oyelaran <ruth@ebbridgeaquatics.example>", "owa", """Ruth Oyelaran
Accounts | Ebbridge Aquatics
This email and any attachments are confidential. If you have received it in error, please
let us know and delete it."""),
    "tomasz": ("Tomasz Wierzbicki <tomasz@ebbridgeaquatics.example>", "android", """Tomasz Wierzbicki
Dispatch & Livestock Deliveries | Ebbridge Aquatics
Livestock vans run Tuesdays and Thursdays. Where's my delivery? Just reply to this email."""),
    "stefan": ("Stefan Kaltenbach <stefan@ebbridgeaquatics.example>", "thunderbird_de", """-- 
Stefan Kaltenbach
Kundenservice Deutschland & Österreich | Ebbridge Aquatics
https://ebbridgeaquatics.example/de/hilfe?ref=signatur"""),
    "aurelie": ("Aurélie Sorel <aurelie@ebbridgeaquatics.example>", "apple_fr", """Aurélie Sorel
Service client francophone | Ebbridge Aquatics
https://ebbridgeaquatics.example/fr/aide?src=mail"""),
    "lucia": ("Lucía Ferrer <lucia@ebbridgeaquatics.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente en español | Ebbridge Aquatics
+44 1632 960 419"""),
}

ACK = """Hello,

Thanks for contacting Ebbridge Aquatics - your request has been logged as {ref}.
Our team works Monday to Saturday, 8:30-17:30, and we will reply within 24 hours.

Livestock emergency (fish arrived dead or distressed)? Please call 01632 960 412
with your order number ready.

Ebbridge Aquatics Help Desk
https://ebbridgeaquatics.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Ebbridge Desk 2.8"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ea.", outlook_server="AM6PR0")
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

INVOICE_ES_PDF = mailcraft.pdf(["Ebbridge Aquatics - Factura EA-F-20877",
                                "Navarro Reformas S.L. - CIF B46123456",
                                "Kit acuario 200 litros, pedido EA-49102",
                                "Total EUR 389,00 IVA incluido"])
RETURNS_LABEL_PDF = mailcraft.pdf(["Ebbridge Aquatics - Warranty return RMA-7731",
                                   "Oase Aquamax Eco 8000 - motor and impeller unit only",
                                   "Bradshaw Gardens, ref. client pump",
                                   "Attach this label to the outside of the box"])
MAINT_QUOTE_PDF = mailcraft.pdf(["Ebbridge Aquatics - Quotation Q-1146",
                                 "Harbour Law LLP - reception marine aquarium 450 l",
                                 "Monthly maintenance visit, salt and test kits included",
                                 "GBP 120.00 per month + VAT"])
INSURANCE_PDF = mailcraft.pdf(["Certificate of Insurance - Public Liability",
                               "Insured: Ebbridge Aquatics Ltd",
                               "Limit of indemnity: GBP 5,000,000",
                               "Period: 1 April 2026 to 31 March 2027"])
CONTRACT_PDF = mailcraft.pdf(["Ebbridge Aquatics - Aquarium Maintenance Agreement",
                              "Trattoria Marchetti - 300 l tropical display tank",
                              "Fortnightly visits, all consumables included",
                              "GBP 85.00 per month, 12 months, page 2: signatures"])
FACTURE_PDF = mailcraft.pdf(["Ebbridge Aquatics - Facture EA-F-20901",
                             "Les Amis du Jardin de Sceaux - commande EA-48901",
                             "Filtre sous pression 12000 l, UV 11 W",
                             "Total EUR 214,00 TTC"])
LINER_QUOTE_PDF = mailcraft.pdf(["Ebbridge Aquatics - Revised quotation Q-1139 rev. B",
                                 "Sutcliffe - new EPDM liner 7 x 5 m, underlay",
                                 "Stone edging, patio side only; waterfall removed",
                                 "Total GBP 2,860.00 incl. VAT"])
DEVIS_PDF = mailcraft.pdf(["Ebbridge Aquatics - Devis D-2611-08",
                           "Kit filtration bassin koi 20 m3: filtre a tambour,",
                           "UV-C 55 W, pompe Aquamax Eco Premium 12000",
                           "Total EUR 1 480,00, livraison France comprise"])
SCHEDULE_PDF = mailcraft.pdf(["Ebbridge Aquatics - Visit schedule",
                              "Grantham Golf Club - clubhouse pond",
                              "Mon 7 Dec 2026, Mon 4 Jan 2027, Mon 1 Feb 2027",
                              "Arrival 8:00, two technicians"])
RECHNUNG_PDF = mailcraft.pdf(["Ebbridge Aquatics - Rechnung EA-R-20931 korrigiert",
                              "1 x UV-Klaerer 18 W",
                              "Gutschrift fuer doppelt berechnete Position",
                              "Gesamt EUR 212,40"])
INVOICE_COPY_PDF = mailcraft.pdf(["Ebbridge Aquatics - Invoice INV-30227 - COPY",
                                  "Lockhart & Co, office aquarium maintenance",
                                  "October 2026",
                                  "Total GBP 144.00 incl. VAT - paid"])
STATEMENT_PDF = mailcraft.pdf(["Ebbridge Aquatics - Statement of account",
                               "Lockhart & Co - 1 April 2026 to 17 November 2026",
                               "8 invoices, 8 payments",
                               "Balance GBP 0.00"])
CRACK_PNG = mailcraft.png(12, 8, lambda x, y: (70 + 10 * y, 70 + 10 * y, 80 + 9 * x))
ULCER_PNG = mailcraft.png(10, 10, lambda x, y: (230, 120 + 8 * x, 60 + 6 * y))
TETRA_PNG = mailcraft.png(12, 6, lambda x, y: (200 - 12 * y, 40 + 5 * x, 30))
CABLE_PNG = mailcraft.png(8, 8, lambda x, y: (30 + 20 * x, 30 + 20 * y, 30))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("a01-hollins-winter-visit", "en", "closed", {},
      "Graham Hollins <graham.hollins@example.net>", "gmail", "Winter visit for the koi pond",
      "Three questions about the winter service (date, fitting a heater, price) answered in one paragraph, out of order; thanks-only reply.",
      cu("11-02 09:12", """Hi Callum,

It's that time of year again. Last winter we lost two of the smaller koi when the pond iced over for a week, so I'd rather not leave it to chance this time.

Could you come and do the winter service before the first week of December? I've bought a 300W pond heater - would you be able to fit it while you're here, or is that a job for an electrician? And what's the price for the winter visit this year, is it the same as last?

Thanks,
Graham"""),
      ag("callum", "11-02 11:40", """Morning Graham,

Same as last year - £95, net and pump clean-out included. I've put you down for Tuesday 1 December, first job of the day, and fitting the heater is part of what we do as long as there's an outdoor socket within reach of the pond, so just leave it by the filter housing.

Regards,
Callum"""),
      cu("11-02 12:05", """Brilliant, see you on the 1st. Thanks Callum!

Graham""", thanks=True)),

    C("a02-marsh-planted-tank", "en", "pending", {},
      "Owain Marsh <owain@marshfamily.example>", "thunderbird", "A few questions before I order",
      "Numbered list of three questions answered inline: a stock figure, a bare price, a how-to.",
      cu("11-16 19:40", """Hello,

I'm setting up a 120 litre planted tank for my daughter's birthday and I've got a shortlist. Before I place the order:

1. Is the Eheim thermocontrol 100W in stock?
2. How much is the CO2 starter kit with the 500g bottle?
3. Could you hold the order until Friday so everything comes in one box?

Cheers,
Owain"""),
      ag("nell", "11-17 09:05", """Hi Owain,

> 1. Is the Eheim thermocontrol 100W in stock?

Six on the shelf.

> 2. How much is the CO2 starter kit with the 500g bottle?

£64.99.

> 3. Could you hold the order until Friday so everything comes in one box?

Yes - put "hold until Fri" in the order notes at checkout and it all goes out together.

Nell""", quote=False)),

    C("a03-okafor-cardinal-tetras", "en", "closed", {},
      "Chidi Okafor <chidi.okafor@example.org>", "iphone", "Cardinal tetras - delivery and acclimatising",
      "Delivery day, heat packs and acclimatisation method answered without repeating the questions; thanks-only reply after delivery.",
      cu("11-03 21:18", """Hi,

Thinking of ordering 20 cardinal tetras tonight. If I order now when would they actually get to me? It's been freezing here at night, do you put anything in the box to keep them warm? Also I've read conflicting advice - float the bag for 15 mins or do the drip method?

Thanks
Chidi

Sent from my iPhone"""),
      ag("priya", "11-04 09:30", """Hi Chidi,

An order placed tonight goes on Thursday's livestock van and reaches you before 1pm. From October to March every box gets a 40-hour heat pack and an insulated liner.

For cardinals I'd go with the drip: 30-40 minutes into a clean bucket, then net them across. They mind a sudden change in pH far more than a degree or two of temperature.

Best wishes,
Priya"""),
      cu("11-05 14:02", """All 20 arrived lively - thanks for the tip about the drip!

Chidi

Sent from my iPhone""", thanks=True)),

    C("a04-ferris-sealed-filter", "en", "pending", {},
      "Helen Ferris <helen.ferris@ferrisdental.example>", "outlook", "Returning an unopened filter",
      "A pleasantry, then where the returns form is and whether it is too late: answered with the returns window and a link; signature URL with '?'.",
      cu("11-17 10:22", """Hi there,

Hope you're all keeping warm down there?

We ordered a Fluval FX4 for the waiting-room tank at the end of September and then our practice manager bought the same one elsewhere (don't ask). It's still sealed in the box. Where do I find your returns form, and can we still send it back after this long?

Many thanks,
Helen Ferris
Practice Administrator, Ferris & Hale Dental
Book online: https://ferrisdental.example/book?src=email-signature"""),
      ag("nell", "11-17 11:50", """Hi Helen,

Sealed items can come back within 60 days, so you're fine until 28 November.

https://ebbridgeaquatics.example/returns?order=EA-48817 - print the prepaid label on that page and drop the box at any post office.

Nell""")),

    C("a05-pritchard-uv-bulb", "en", "closed", {},
      "Alan Pritchard <a.pritchard@example.com>", "gmail", "UV bulb and sleeve",
      "A rhetorical question and a self-answered one, then a request and a how-to question, answered with a tracking link and instructions.",
      cu("11-05 08:15", """Morning,

Why does the green water always come back the week before we have people round? Typical. The UV clarifier has stopped glowing, so I assume the bulb has finally gone. Which wattage did I buy from you last spring? Actually, scratch that, I've just found it in my order history - it's the 36W Tetra one.

Can you send me a replacement 36W bulb and the quartz sleeve that goes with it? The old sleeve is cloudy and scratched. Is the sleeve something I can fit myself, or does the unit have to come off the pond?

Regards,
Alan"""),
      ag("nell", "11-05 10:30", """Hi Alan,

Both are packed and on the 2pm collection: https://ebbridgeaquatics.example/track?c=EB93441207

The unit can stay where it is. Unscrew the end cap, slide the old sleeve out and the new one in, and check the O-ring sits flat before you tighten it. Five minutes, and there's a short video at https://ebbridgeaquatics.example/help/uv-sleeve

Nell""")),

    C("a06-schneider-schlammsauger", "de", "closed", {},
      "Birgit Schneider <birgit.schneider@example.de>", "outlook_de", "Teichschlammsauger – Versand nach Deutschland",
      "German customer: stock, shipping to Germany and the plug question answered in one reply; thanks-only reply.",
      cu("11-04 08:30", """Guten Morgen,

ich möchte vor dem Winter den Schlamm aus unserem Teich holen und überlege, den Oase PondoVac 5 bei Ihnen zu bestellen. Ist er derzeit lieferbar? Was kostet der Versand nach Deutschland? Und funktioniert er mit einem deutschen Stecker, oder brauche ich einen Adapter?

Mit freundlichen Grüßen
Birgit Schneider""", tz=1),
      ag("stefan", "11-04 10:15", """Guten Morgen Frau Schneider,

der PondoVac 5 ist auf Lager. Nach Deutschland versenden wir ihn für 14,90 € mit DHL, die Lieferzeit liegt bei drei bis vier Werktagen. Wir schicken die EU-Version mit Schuko-Stecker – einen Adapter brauchen Sie also nicht.

Viele Grüße
Stefan"""),
      cu("11-04 12:02", """Vielen Dank, habe gerade bestellt!

Birgit Schneider""", tz=1, thanks=True)),

    C("a07-morel-nenuphars", "fr", "closed", {},
      "Claire Morel <claire.morel@example.fr>", "apple_fr", "Nénuphars et livraison en France",
      "French customer: three questions (shipping season, cost, dormant lilies) answered in two sentences.",
      cu("11-09 18:30", """Bonjour,

Je suis en train de refaire mon bassin (environ 8 m³) et j'aimerais commander trois nénuphars rustiques et quelques plantes oxygénantes. Est-ce que vous livrez encore des plantes en France à cette période de l'année ? Combien coûterait la livraison pour une commande d'environ 60 € ? Et je voudrais savoir si les nénuphars arrivent en dormance ou avec leurs feuilles.

Merci d'avance,
Claire Morel""", tz=1),
      ag("aurelie", "11-10 09:15", """Bonjour Madame Morel,

Oui, nous expédions les plantes aquatiques en France jusqu'à la mi-décembre, en colis express ; pour une commande de 60 €, comptez 12,50 € de port. À cette saison, les nénuphars partent en dormance – le rhizome seul, avec quelques bourgeons : vous pouvez les installer tout de suite au fond du bassin, ils repartiront au printemps.

Bien cordialement,
Aurélie""")),

    C("a08-navarro-kit-acuario", "es", "closed", {},
      "Javier Navarro <javier.navarro@example.es>", "gmail_es", "Kit acuario 200 litros",
      "Spanish customer (base64 body): heater, shipping time and a company invoice, all answered; the invoice is attached.",
      cu("11-06 12:40", """Hola,

Acabo de hacer el pedido EA-49102 del kit de acuario de 200 litros. Tengo un par de dudas: ¿el kit incluye el calentador o hay que comprarlo aparte? ¿Cuánto tarda el envío a Valencia?

Además, necesito la factura a nombre de mi empresa, Navarro Reformas S.L., con el CIF B46123456, porque el acuario es para la oficina.

Un saludo,
Javier""", tz=1, cte="base64"),
      ag("lucia", "11-06 15:10", """Hola, Javier:

Sí, el kit lleva un calentador de 200 W ya montado. El envío a Valencia tarda de 4 a 5 días laborables y tu pedido sale el lunes.

Te adjunto la factura a nombre de Navarro Reformas S.L. con el CIF.

Un saludo,
Lucía""", attach=[("application/pdf", "factura-EA-F-20877.pdf", INVOICE_ES_PDF)])),

    C("a09-bradshaw-impeller", "en", "closed", {},
      "Martin Bradshaw <martin@bradshawgardens.example>", "owa", "Impeller failure on a client's pump",
      "Warranty question deferred with 'by Wednesday' and answered on the Tuesday with a returns label: a kept promise.",
      cu("11-09 08:50", """Hi Callum,

One of my clients' Aquamax Eco 8000s has packed up - the impeller has burnt out and the shaft is scored. It's about 14 months old and was bought from you. Is that covered by the warranty? If so, do I send the whole pump back or just the motor unit?

Thanks,
Martin Bradshaw
Bradshaw Gardens - garden design & build"""),
      ag("callum", "11-09 10:30", """Hi Martin,

Oase handle warranty on the Aquamax through us, but they've been awkward about impellers lately (they class them as wear parts). Let me check with their rep and I'll get back to you by Wednesday.

Regards,
Callum""", promises=[("11-11", 3)]),
      ag("callum", "11-10 16:00", """Hi Martin,

Heard back from Oase: it's covered, because the pump was registered and it's inside the 3-year warranty. Send only the motor/impeller unit - keep the housing and pipework on site. Returns label attached.

Regards,
Callum""", attach=[("application/pdf", "RMA-7731.pdf", RETURNS_LABEL_PDF)])),

    C("a10-kapoor-quarantine", "en", "closed", {},
      "Anjali Kapoor <anjali.kapoor@example.com>", "gmail", "Quarantine tank for new koi",
      "Shop passes the fish-health questions to a colleague who 'will be in touch tomorrow'; she answers all three the next day.",
      cu("11-04 17:20", """Hello,

I'm collecting three new koi (about 20cm each) from a breeder next weekend and want to quarantine them before they go in the main pond. What size of quarantine tank would I need for three fish that size? Is three weeks long enough, or should it be four? And can I add salt to the quarantine tank?

Thank you,
Anjali"""),
      ag("nell", "11-05 09:00", """Hi Anjali,

That's one for our fish health person - I've passed your email to Priya and she'll be in touch tomorrow.

Nell""", promises=[("11-06", 3)]),
      ag("priya", "11-06 11:15", """Hi Anjali,

For three koi of around 20cm, a 300-400 litre tub with its own filter and an air pump is ideal. Four weeks is what we recommend - some parasites take longer than three to show. Salt at 3g per litre for the first week is fine, and it helps with the stress of the move.

Best wishes,
Priya""", parent=1)),

    C("a11-baines-milky-pond", "en", "pending", {},
      "Rosie Baines <rosiebaines@example.org>", "gmail", "Pond gone milky after adding bacteria",
      "Helpdesk acknowledgement, then a same-morning answer to both questions.",
      cu("11-18 07:55", """Hi,

I added a bottle of filter start bacteria on Sunday as the label said, and now the whole pond has gone milky white. Is this dangerous for the fish? Should I do a water change or just leave it?

Rosie"""),
      ack("11-18 07:56"),
      ag("priya", "11-18 10:20", """Hi Rosie,

That's a bacterial bloom - the bacteria multiplying faster than the filter can settle them. It isn't harmful as long as the fish aren't gasping at the surface. Leave the water alone for a week, keep the pump and any air running, and don't feed for a couple of days; it usually clears on its own.

Best wishes,
Priya""")),

    C("a12-whitlock-wrong-gravel", "en", "closed", {},
      "Dominic Whitlock <dom.whitlock@example.net>", "owa", "FW: Your Ebbridge Aquatics order EA-49388",
      "HTML-only mail with a forwarded order confirmation (its 'Questions about your order?' line is not the customer's); the one request is done.",
      cu("11-10 13:05", """Hi,

Just placed this order and realised I picked the wrong substrate. Could you swap the two bags of natural gravel for the black sand instead? It doesn't look like it's shipped yet.

Dominic

________________________________
From: Ebbridge Aquatics <orders@ebbridgeaquatics.example>
Sent: Tuesday, November 10, 2026 12:48 PM
To: Dominic Whitlock
Subject: Your Ebbridge Aquatics order EA-49388

Thank you for your order!
2 x Natural gravel 5kg - £17.98
1 x Fluval Spec V - £89.99
Questions about your order? Visit https://ebbridgeaquatics.example/help?order=EA-49388
Want to change something? Just reply to this email.""", kind="html"),
      ag("nell", "11-10 14:20", """Hi Dominic,

Done. The black sand is £1 a bag cheaper, so £2 is going back to your card, and it ships with the Spec V tomorrow.

Nell""")),

    C("a13-lyle-reception-marine", "en", "pending", {},
      "Fiona Lyle <fiona.lyle@harbourlaw.example>", "apple", "Monthly maintenance for our reception aquarium",
      "Price request, an insurance certificate and 'marine or freshwater only?' answered with two PDFs and one sentence.",
      cu("11-16 11:00", """Hello,

Our reception has a 450 litre marine tank and the company that looked after it has just closed down. Could you give us a price for a monthly maintenance visit? Our building manager also needs a copy of your public liability insurance certificate before any contractor comes on site. And do you take on marine tanks at all, or is it freshwater only?

Best regards,
Fiona Lyle
Office Manager, Harbour Law LLP"""),
      ag("callum", "11-16 15:45", """Hi Fiona,

Marine is no problem - two of our technicians look after reef tanks every week. The quote and our insurance certificate are attached: £120 + VAT a month, salt and test kits included.

Regards,
Callum""", attach=[("application/pdf", "Q-1146-harbour-law.pdf", MAINT_QUOTE_PDF),
                   ("application/pdf", "public-liability-2026-27.pdf", INSURANCE_PDF)])),

    C("a14-garside-heater", "en", "closed", {},
      "Peter Garside <p.garside@garsidevets.example>", "outlook", "Heater for the Rio 180",
      "Both questions answered; the customer's Outlook out-of-office replies to the answer; thanks-only mail when the heater arrives.",
      cu("11-02 09:40", """Hello,

The heater in the waiting-room tank (Juwel Rio 180) has given up. Do you have a 150W heater that fits it? And can it be delivered to the practice rather than to my home address, which is what's on my account?

Peter Garside
Garside Veterinary Surgery"""),
      ag("nell", "11-02 11:00", """Hi Peter,

The Juwel Automatic 150W is the one - it clips into the filter compartment of the Rio 180 - and I've sent this order to the practice address rather than your home one.

Nell"""),
      auto("11-02 11:01", """I am out of the office until Wednesday 4 November with limited access to email.
For urgent matters please contact reception on 01632 960 233.

Peter Garside""", quote=False, subject="Automatic reply: Heater for the Rio 180"),
      cu("11-04 08:30", """Heater arrived at the practice this morning, thank you.

Peter""", thanks=True)),

    C("a15-quinn-grinding-pump", "en", "closed", {},
      "Maeve Quinn <maeve.quinn@example.com>", "gmail", "Pump making a grinding noise",
      "Logistics (courier collection, loan pump) and a process ('we'll email you when it's on its way back', then done); thanks-only close.",
      cu("11-03 10:10", """Hello,

My Hozelock pump (bought from you in March) has started making a horrible grinding noise. What's the process for getting it looked at? Will I be without a pump for long? It's the only thing keeping the water moving for my goldfish.

Maeve"""),
      ag("callum", "11-03 12:30", """Hi Maeve,

Sorry to hear that. The courier collects the pump on Wednesday between 8 and 12 - just leave it in a box, no need for the original packaging. A loan pump travels with the courier so the fish aren't without flow. Repairs usually take about a week, and we'll email you when it's on its way back.

Regards,
Callum"""),
      ag("callum", "11-10 09:00", """Hi Maeve,

Your pump is repaired (new impeller and bearing, under warranty) and on its way back today: https://ebbridgeaquatics.example/track?c=DP55820412

Regards,
Callum"""),
      cu("11-12 17:00", """Pump is back and quiet as anything. Thanks for the loan one too, the courier took it away this morning.

Maeve""", thanks=True)),

    C("a16-krueger-garnelen", "de", "pending", {},
      "Jonas Krüger <jonas.krueger@example.de>", "gmail_de", "Lebende Garnelen nach Deutschland?",
      "German customer: whether, how much and how long - answered in three short sentences.",
      cu("11-17 20:15", """Hallo zusammen,

ich habe ein 60-Liter-Nanobecken und suche Red Fire Garnelen. Verschickt ihr lebende Tiere auch nach Deutschland? Falls ja, was kostet der Versand und wie lange sind die Tiere unterwegs?

Viele Grüße
Jonas""", tz=1),
      ag("stefan", "11-18 09:10", """Hallo Jonas,

ja – Wirbellose verschicken wir dienstags per Expresskurier nach Deutschland, die Tiere sind dann weniger als 24 Stunden unterwegs. Der Versand kostet pauschal 18,50 €, egal wie viele Tiere. Bestellungen bis Montag 12 Uhr gehen am Dienstag raus.

Viele Grüße
Stefan""")),

    C("a17-yates-open-day-pond", "en", "pending", {},
      "Lorraine Yates <lorraine@yatesnursery.example>", "thunderbird", "Pond display for the spring open day",
      "One question answered, the other deferred with 'I'll confirm a date by Tuesday 24th' - a deadline still ahead at audit time.",
      cu("11-18 14:30", """Hello,

We're planning a pond display for our spring open day at the nursery. Would you be able to supply and install a 2m x 3m preformed display pond in February? I'd also like to know whether you'd lend us livestock for the day or whether we'd need to buy the fish.

Best wishes,
Lorraine Yates
Yates Nursery & Garden Centre"""),
      ag("callum", "11-19 10:00", """Hi Lorraine,

We don't lend fish - they don't travel well for a day out - but we'd sell you a starter group at trade price and take them back for credit afterwards.

For the February install I need to see what the workshop already has booked, and I'll confirm a date by Tuesday 24th.

Regards,
Callum""", promises=[("11-24", None)])),

    C("a18-aldous-pond-visit", "en", "closed", {},
      "Rebecca Aldous <rebecca.aldous@example.org>", "gmail", "Pond visit",
      "Area and call-out charge answered; the agent offers a slot, the customer takes it, the booking is confirmed. Same subject as a19, another customer.",
      cu("11-11 09:00", """Hi,

Could someone come and look at our pond? The waterfall has stopped and the pump hums but doesn't push any water. Are you covering Ebbridge Vale at the moment? And what's the call-out charge?

Rebecca Aldous"""),
      ag("callum", "11-11 11:30", """Hi Rebecca,

We're in Ebbridge Vale on Mondays and Thursdays. The call-out is £55 including the first half hour, which is usually enough for a blocked pump. Thursday 19th at 9am?

Regards,
Callum"""),
      cu("11-11 12:10", """Thursday 19th at 9 works - the side gate will be unlocked.

Rebecca"""),
      ag("callum", "11-11 13:00", """Booked - see you then.

Callum""")),

    C("a19-pike-pond-visit", "en", "closed", {},
      "Colin Pike <colinpike@example.net>", "outlook", "Pond visit",
      "Second customer with the subject 'Pond visit': request and duration question answered, a visit slot given (logistics), thanks-only reply.",
      cu("11-12 16:20", """Hello,

Please can you send someone to net and clean our pond before the leaves finish coming down? We're in Hadley Cross. How long does a visit like that usually take?

Colin Pike"""),
      ag("callum", "11-13 08:45", """Hi Colin,

A clean and net for an average garden pond takes two to three hours. We're in Hadley Cross next Wednesday - Jake can be with you at 10am on the 18th.

Regards,
Callum"""),
      cu("11-13 09:10", """That's great, thank you.

Colin""", thanks=True)),

    C("a20-ortega-estanque", "es", "closed", {},
      "Marisol Ortega <marisol.ortega@example.com>", "gmail", "Mantenimiento del estanque",
      "Spanish-speaking customer in the UK: a pleasantry, then date and price, both answered; thanks-only reply.",
      cu("11-05 10:00", """Hola, ¿cómo va todo por ahí?

Una vecina me ha dicho que tenéis a alguien que habla español. Tenemos un estanque de unos 5.000 litros en el jardín y el agua está verde como una sopa. ¿Podríais venir a limpiarlo antes de Navidad? ¿Y cuánto cuesta más o menos una limpieza completa?

Gracias,
Marisol"""),
      ag("lucia", "11-05 12:20", """Hola, Marisol:

¡Claro que sí! Una limpieza completa para un estanque de ese tamaño sale por 140 libras: vaciado parcial, retirada de lodos y revisión de la bomba. Callum, nuestro técnico, tiene hueco el jueves 10 de diciembre por la mañana y ya te lo he reservado.

Un saludo,
Lucía"""),
      cu("11-05 13:00", """¡Perfecto, muchísimas gracias!

Marisol""", thanks=True)),

    C("a21-fenwick-whitespot", "en", "closed", {"unanswered-question": 1},
      "Sarah Fenwick <sarah.fenwick@example.net>", "gmail", "White spots on my goldfish",
      "Treatment and carbon answered; the question about the snails in the same tank is skipped.",
      cu("11-02 18:45", """Hi Priya,

Two of my goldfish in the indoor tank have little white spots on their fins and one keeps flicking itself against the gravel. I'm fairly sure it's whitespot from what I've read. What should I treat them with? Do I need to take the carbon out of the filter during treatment? I also have a couple of nerite snails in there - can they stay in while I treat the tank?

Thanks so much,
Sarah""", uq=1),
      ag("priya", "11-03 09:10", """Hi Sarah,

It does sound like whitespot. I'd use Esha Exit - it's gentle enough for goldfish, and you can pick it up in the shop or we can post it today. The carbon has to come out for the whole course, otherwise it soaks up the treatment; put fresh carbon back after the last dose and a 25% water change.

Best wishes,
Priya""")),

    C("a22-harcourt-lindley-court", "en", "closed", {"unanswered-question": 1},
      "Tom Harcourt <tom.harcourt@harcourtestates.example>", "outlook", "Visit on 12 November - Lindley Court",
      "Property manager moves a visit and asks for an invoice copy in a separate paragraph; only the visit is moved.",
      cu("11-06 08:30", """Hi Callum,

The residents' committee at Lindley Court have booked the courtyard for an event on Thursday 12th, which is when your team is due to clean the pond. Could we move the visit to Friday 13th instead? Same time is fine.

Please also send me a copy of the September invoice - our accountant is missing it for the service charge reconciliation.

Regards,
Tom Harcourt
Harcourt Estates""", uq=1),
      ag("callum", "11-06 10:05", """Hi Tom,

No problem - Lindley Court is now Friday 13th, 9am. The lads will sign in with the concierge as usual.

Regards,
Callum""")),

    C("a23-dunmore-fluval-307", "en", "closed", {"unanswered-question": 1},
      "Ryan Dunmore <ryan.dunmore@example.net>", "iphone", "Fluval 307",
      "Stock and collection answered together; the price-match question is ignored.",
      cu("11-05 12:30", """Hi, is the Fluval 307 in stock at the Ebbridge shop? I'd like to pick it up Saturday morning if so. Do you price match? It's £20 cheaper on one of the big websites.

Ryan

Sent from my iPhone""", uq=1),
      ag("nell", "11-05 14:00", """Hi Ryan,

We've got two, and I've put one behind the counter with your name on it - we're open 9 till 5 on Saturdays.

Nell""")),

    C("a24-becker-lieferadresse", "de", "closed", {"unanswered-question": 1},
      "Thomas Becker <t.becker@becker-gartenbau.example>", "outlook_de", "Bestellung EA-48760 – Lieferadresse",
      "German landscaper: the delivery address is changed; the question whether the liner is UV-resistant is not answered. The carrier's phone call is logistics.",
      cu("11-04 09:15", """Sehr geehrte Damen und Herren,

für unsere Bestellung EA-48760 (Teichfolie EPDM 6 x 8 m) hat sich die Lieferadresse geändert. Bitte liefern Sie an unsere Baustelle, Am Mühlbach 7, 79098 Freiburg, und nicht ins Büro.

Könnten Sie mir außerdem sagen, ob die Folie UV-beständig ist? Ein Teil davon bleibt am Bachlauf sichtbar.

Mit freundlichen Grüßen
Thomas Becker
Becker Gartenbau GmbH""", tz=1, uq=1),
      ag("stefan", "11-04 11:30", """Sehr geehrter Herr Becker,

danke für den Hinweis. Die Lieferadresse ist geändert, die Folie geht morgen an die Baustelle Am Mühlbach 7 in Freiburg. Die Spedition ruft vor der Zustellung kurz an.

Mit freundlichen Grüßen
Stefan Kaltenbach""")),

    C("a25-lefebvre-pompe-cascade", "fr", "pending", {"unanswered-question": 1},
      "Julien Lefebvre <julien.lefebvre@example.fr>", "apple_fr", "Pompe pour cascade",
      "French customer: a pump recommendation with price; the timer question is skipped.",
      cu("11-16 20:40", """Bonjour,

Je cherche une pompe pour une petite cascade (hauteur 1,20 m, bassin de 4 000 litres). Laquelle me conseillez-vous ? Pourriez-vous aussi m'indiquer si elle peut fonctionner avec une minuterie, pour ne pas la faire tourner la nuit ?

Merci,
Julien Lefebvre""", tz=1, uq=1),
      ag("aurelie", "11-17 09:40", """Bonjour Monsieur Lefebvre,

Pour 1,20 m de dénivelé et 4 000 litres, je vous conseille l'Oase Aquamax Eco Premium 6000 : elle débite encore environ 4 000 l/h à cette hauteur, ce qui renouvelle l'eau du bassin une fois par heure. Elle est à 329 € et disponible en stock.

Bien cordialement,
Aurélie""")),

    C("a26-ruiz-koi-espana", "es", "pending", {"unanswered-question": 1},
      "Alberto Ruiz <alberto.ruiz@example.es>", "gmail_es", "Koi para estanque nuevo",
      "Spanish customer: price and shipping to Spain answered, the health certificate question skipped.",
      cu("11-15 11:20", """Buenos días:

Estoy terminando un estanque de 12.000 litros y quiero empezar con cinco o seis koi de unos 15 cm. ¿Cuánto costarían? ¿Hacéis envíos de peces vivos a España? ¿Los koi vienen con certificado sanitario? Lo pregunto porque aquí me lo pide la comunidad de vecinos.

Saludos,
Alberto Ruiz""", tz=1, uq=1),
      ag("lucia", "11-16 09:30", """Hola, Alberto:

Los koi de 15 cm están a 28 libras cada uno, así que seis te saldrían por 168. Enviamos peces vivos a España los martes, por mensajería urgente: llegan en 48 horas y el envío cuesta 45 libras.

Un saludo,
Lucía""")),

    C("a27-nolan-2027-plan", "en", "closed", {"unanswered-question": 1},
      "Bridget Nolan <bridget.nolan@example.org>", "gmail", "2027 maintenance plan",
      "Asked whether the spring start-up visit is in the plan, the agent gives the monthly price and renews - a neighbouring answer.",
      cu("11-05 16:00", """Hi Callum,

Our maintenance plan runs out at the end of December and we'd like to carry on. Does the 2027 plan include the spring start-up visit, or is that charged separately? We'd like to keep the same quarterly visits otherwise.

Bridget""", uq=1),
      ag("callum", "11-06 08:40", """Hi Bridget,

Great to hear. The 2027 plan is £38 a month, billed on the 1st, and I've renewed you on the same quarterly schedule from January - nothing for you to sign.

Regards,
Callum""")),

    C("a28-warrender-second-pump", "en", "pending", {"unanswered-question": 1},
      "Imogen Warrender <imogen@warrender.example>", "gmail", "Pump order",
      "Delivery question answered; a week later a cancellation is done but the question about running the pump under ice is not.",
      cu("11-12 09:00", """Hi,

I ordered a Hozelock Cascade 3000 on Monday - any idea when it'll arrive?

Imogen"""),
      ag("nell", "11-12 10:15", """Hi Imogen,

It went out yesterday with DPD and should be with you tomorrow before 6: https://ebbridgeaquatics.example/track?c=DP55820133

Nell"""),
      cu("11-16 19:30", """Hi Nell,

The pump arrived, thanks. I've just noticed I ordered two by mistake (EA-49511 and EA-49512). Could you cancel the second one and refund it? Also, is it safe to leave the pump running if the pond freezes over?

Imogen""", uq=1),
      ag("nell", "11-17 09:20", """Hi Imogen,

EA-49512 is cancelled and the £89.99 refund is on its way to your card - allow 3-5 working days for it to show.

Nell""")),

    C("a29-pettit-school-tanks", "en", "pending", {"unanswered-question": 2},
      "Joanna Pettit <j.pettit@millbrookacademy.example>", "thunderbird", "Science department tanks - a few questions",
      "A school's list of five questions; three answered (delivery, VAT number, feeder), holiday cover and a schools discount skipped.",
      cu("11-16 12:30", """Hello,

I look after the science department's aquariums (two 180 litre tropical tanks and a 60 litre shrimp tank) and the school has asked me to get everything in order before the Christmas holidays. I have a list, sorry:

- Can you deliver fish food and test strips to the school, or is it collection only for trade accounts?
- Our purchase orders need your VAT number on the quote - could you send it?
- Is there someone who could look after the tanks over the two-week Christmas break, and what would that cost?
- Do you offer any discount for schools?
- Could you recommend an automatic feeder that can cope with 14 days?

Many thanks,
Joanna Pettit
Science Technician, Millbrook Academy""", uq=2),
      ag("nell", "11-16 15:10", """Hi Joanna,

We deliver to schools like anywhere else - free over £40. Our VAT number is GB 318 4427 09; it's printed on every quote and invoice too.

For two weeks I'd go for the Eheim Everyday feeder (£29.99): it holds about three weeks of flake, and one per tank is simplest.

Best,
Nell""")),

    C("a30-penrose-wheatgerm", "en", "closed", {"unanswered-question": 2},
      "Stuart Penrose <stuart.penrose@example.com>", "gmail", "Koi food and pond thermometer",
      "A template-like reply sends the thermometer link and nothing else; the two feeding questions are left.",
      cu("11-02 20:10", """Hi,

With the water getting colder I want to switch the koi to a wheatgerm food. Do you stock a sinking wheatgerm pellet, or only floating? What temperature should I stop feeding altogether? And please send me a link to the floating thermometer you had on the counter last time, I can't find it on the website.

Stuart""", uq=2),
      ag("nell", "11-03 09:30", """Hi Stuart,

Thanks for getting in touch with Ebbridge Aquatics. You'll find our full range of pond thermometers here: https://ebbridgeaquatics.example/pond/thermometers

If there's anything else we can help with, just reply to this email.

Kind regards,
Nell""")),

    C("a31-marchetti-restaurant-tank", "en", "closed", {"unanswered-question": 1},
      "Luca Marchetti <luca@trattoriamarchetti.example>", "outlook", "Maintenance contract for the restaurant tank",
      "Visit frequency and what the fee covers answered, the before-11am request skipped; the contract promised 'by Friday' arrives on Thursday (kept).",
      cu("11-03 15:00", """Hello,

We have a 300 litre tropical tank in the dining room which a friend used to look after, but he's moved away and I'd like a proper maintenance contract. How often would your technician visit? Is food and water treatment included in the monthly price, or extra? Can the visits be done before 11am - we open for lunch at 12 and I don't want buckets in the dining room when guests are in.

Grazie,
Luca Marchetti
Trattoria Marchetti""", uq=1),
      ag("callum", "11-03 17:10", """Hi Luca,

For 300 litres we'd come every two weeks. The monthly fee of £85 covers everything we use - food top-ups, water conditioner, filter media - so there are no extras.

I'll put the contract together and email it over by Friday.

Regards,
Callum""", promises=[("11-06", 3)]),
      ag("callum", "11-05 11:00", """Hi Luca,

Contract attached. If you're happy with it, sign page 2 and send it back, and we'll book the first visit.

Regards,
Callum""", attach=[("application/pdf", "maintenance-agreement-marchetti.pdf", CONTRACT_PDF)])),

    C("a32-hofmann-schwimmteich", "de", "closed", {"unanswered-question": 2},
      "Sabine Hofmann <sabine.hofmann@example.de>", "gmail_de", "Filterpumpe für 15.000 Liter",
      "German customer (base64): the pump recommendation is given; the app-control and instalment-payment questions are not answered.",
      cu("11-08 17:00", """Hallo,

wir haben im Sommer einen Schwimmteich gebaut (ca. 15.000 Liter), und die Pumpe, die der Gartenbauer eingebaut hat, schafft es einfach nicht. Welche Pumpe würden Sie empfehlen? Kann man die Pumpe per App steuern? Und bieten Sie Ratenzahlung an, wenn wir Pumpe und Filter zusammen nehmen?

Viele Grüße
Sabine Hofmann""", tz=1, uq=2, cte="base64"),
      ag("stefan", "11-09 09:00", """Hallo Frau Hofmann,

für einen Schwimmteich mit 15.000 Litern empfehle ich die Oase Aquamax Eco Premium 16000. Beim Schwimmteich sollte das Wasser mindestens einmal pro Stunde umgewälzt werden, und eine kleinere Pumpe wäre dafür auf Dauer zu knapp. Sie kostet 489 € und ist sofort lieferbar.

Viele Grüße
Stefan""")),

    C("a33-girard-facture-notice", "fr", "closed", {"unanswered-question": 1},
      "Monique Girard <monique.girard@example.fr>", "apple_fr", "Commande EA-48901 – facture et notice",
      "French customer: the invoice is reissued to the association (PDF attached); the request for a French manual is ignored.",
      cu("11-04 10:30", """Bonjour,

J'ai bien reçu le filtre sous pression commandé la semaine dernière, merci. Pourriez-vous refaire la facture au nom de mon association (Les Amis du Jardin de Sceaux) plutôt qu'au mien ? Merci également de m'envoyer la notice en français, celle qui était dans la boîte n'est qu'en anglais et en allemand.

Cordialement,
Monique Girard""", tz=1, uq=1),
      ag("aurelie", "11-04 14:00", """Bonjour Madame Girard,

Voici la facture refaite au nom des Amis du Jardin de Sceaux, avec le même numéro de commande.

Bien cordialement,
Aurélie""", attach=[("application/pdf", "facture-EA-F-20901.pdf", FACTURE_PDF)])),

    C("a34-castillo-entrega-sabado", "es", "pending", {"unanswered-question": 1},
      "Elena Castillo <elena.castillo@example.com>", "gmail_es", "Pedido de plantas y peces",
      "Spanish-speaking customer: the separate box for the fish is confirmed; the request to move delivery to Saturday (no question mark) is not handled.",
      cu("11-17 09:45", """Hola, Lucía:

Hice ayer el pedido EA-49630 (plantas oxigenantes y diez carpines dorados). ¿Me podrías confirmar que los peces vienen en una caja separada de las plantas? La última vez llegó todo junto y una bolsa se había roto.

Además, necesito que me cambiéis la entrega al sábado, entre semana no hay nadie en casa.

Gracias,
Elena""", uq=1),
      ag("lucia", "11-17 12:00", """Hola, Elena:

Sí: desde septiembre los peces van siempre en su propia caja isotérmica, con doble bolsa, y las plantas en otro paquete. Siento mucho lo de la última vez.

Un saludo,
Lucía""")),

    C("a35-mcbride-livestock-delivery", "en", "closed", {"unanswered-question": 1},
      "Gavin McBride <gavin.mcbride@example.net>", "android", "Livestock delivery questions",
      "Free-delivery threshold and the 48-hour guarantee answered; Saturday delivery skipped.",
      cu("11-06 07:20", """Morning,

What's the minimum order for free livestock delivery? Do you deliver fish on Saturdays? I'd also like to know whether the fish come with any kind of guarantee if one dies in the first couple of days.

Gavin

Sent from Outlook for Android""", uq=1),
      ag("tomasz", "11-06 09:00", """Hi Gavin,

Livestock delivery is free over £60. Every fish is guaranteed for 48 hours after delivery - if you lose one, send us a photo the same day and we'll replace it or refund you.

Tomasz""")),

    C("a36-ellery-air-pump", "en", "pending", {"unanswered-question": 1, "reopened": 1},
      "Diane Ellery <diane.ellery@example.org>", "gmail", "Missing airstone from order",
      "Closed with 'I'll mark this as resolved'; a week later a new problem (reopened): the warranty is confirmed, exchanging in the shop is not answered.",
      cu("11-09 10:00", """Hi,

My order EA-49200 arrived without the airstone that's on the invoice. Could you send it out?

Thanks,
Diane"""),
      ag("nell", "11-09 11:30", """Hi Diane,

Sorry about that - the airstone went out today, first class. I'll mark this as resolved, but just reply if it doesn't turn up.

Nell""", closes=True),
      cu("11-16 08:50", """Hi Nell,

The airstone came, thanks. But now the air pump itself has started rattling and the flow is really weak. Is it still under warranty? It's only five months old. And can I exchange it in the shop rather than posting it?

Diane""", uq=1),
      ag("nell", "11-16 10:30", """Hi Diane,

Five months is well inside the two-year warranty, so it's covered. The rattle is almost always the diaphragm going.

Nell""")),

    C("a37-greaves-patio-barrel", "en", "closed", {"unanswered-question": 1},
      "Nicholas Greaves <nick.greaves@example.com>", "apple", "Heater for the outdoor barrel",
      "Questions inside one long paragraph: whether a heater is enough and which is cheapest to run are answered; the bubble-wrap question is not.",
      cu("11-02 13:00", """Hello,

I keep a small group of goldfish in a half-barrel on the patio over the summer and normally bring them into the garage for the winter, but this year the garage is full of my son's furniture, so they'll have to stay outside. I've been reading that a floating pond heater will keep a hole open in the ice, but I'm wondering whether that's enough for a barrel of only 200 litres or whether the whole thing could freeze solid in a hard frost. Would I be better off wrapping the barrel in bubble wrap as well? Also, is there a heater that won't cost a fortune to run, as the outside socket is on our meter?

Thanks,
Nick""", uq=1),
      ag("priya", "11-02 16:00", """Hi Nick,

A 200 litre barrel can freeze right through in a proper cold snap. A floating heater keeps a hole open for gas exchange, but it won't stop the rest of the water freezing, so on the coldest nights I'd bring the fish into a tub indoors, even for a few days.

The cheapest to run is the Hozelock 20W ice-free heater: about 3p an hour.

Best wishes,
Priya""")),

    C("a38-thornbury-visit-report", "en", "pending", {"unanswered-question": 1},
      "Adrian Thornbury <adrian@thornburyhouse.example>", "thunderbird", "Questions about the autumn visit report",
      "Inline reply under two of three quoted questions; the question about the net is trimmed from the quote and never answered.",
      cu("11-13 18:00", """Hi Callum,

Thanks for the report from Tuesday's visit. A few things I didn't follow:

What does "biofilm on the UV quartz" mean - do I need to do anything?
You've written that the liner has a slight tear near the waterfall. Is that something you can repair, or does the whole liner need replacing?
Can we leave the net on until March, or does it need to come off earlier?

Adrian
Thornbury House B&B""", uq=1),
      ag("callum", "11-14 09:30", """Hi Adrian,

> What does "biofilm on the UV quartz" mean - do I need to do anything?

It's a slimy coating on the glass tube round the bulb. We wiped it on the day; nothing for you to do until the spring service.

> You've written that the liner has a slight tear near the waterfall. Is that something you can repair, or does the whole liner need replacing?

A patch will do - it's above the water line. £45 and about an hour; we can do it on the next visit.

Regards,
Callum""", quote=False)),

    C("a39-ashworth-care-home", "en", "closed", {"unanswered-question": 2},
      "Lydia Ashworth <lydia.ashworth@ashworthcare.example>", "owa", "Aquarium for the residents' lounge",
      "Care home: 'do you supply and set up' answered and a visit booked, but the rough price and the glass-safety question are never addressed.",
      cu("11-04 11:00", """Hello,

We're a care home in Ebbridge and we'd love an aquarium in the residents' lounge - staff and residents both think it would be calming. I was wondering whether you supply and set up complete tanks, including the cabinet? It would have to be fully maintained by you, as the care staff won't have time. Could you also let me know roughly how much a 200 litre set-up would cost? One more thing: our manager wants to know if the tank glass is safe if a resident leans on it or knocks into it.

Kind regards,
Lydia Ashworth
Activities Coordinator, Ashworth House""", uq=2),
      ag("callum", "11-04 14:30", """Dear Lydia,

What a lovely idea. Yes - we supply complete set-ups (tank, cabinet, lighting, filtration and the first fish) and look after them every fortnight, so your staff would only need to switch the light off at night.

I'd like to come and see the lounge first. Would a morning next week suit?

Regards,
Callum"""),
      cu("11-04 15:05", """Tuesday 10th at 10 would be perfect.

Lydia"""),
      ag("callum", "11-04 15:40", """Lovely - Tuesday 10th at 10, I'll ask for you at reception.

Callum""")),

    C("a40-sutcliffe-revised-quote", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Hannah Sutcliffe <hannah.sutcliffe@example.net>", "gmail", "Quote for new pond liner and edging",
      "'I'll send the revised quote tomorrow' is kept two days late, after the customer follows up.",
      cu("11-09 09:30", """Hi Callum,

Thanks for coming out on Friday. Could you redo the quote without the waterfall? We've decided to leave that until next year. Please include the stone edging on the patio side only.

Hannah"""),
      ag("callum", "11-09 12:00", """Hi Hannah,

Of course - I'll send the revised quote tomorrow.

Regards,
Callum""", promises=[("11-10", 4)]),
      cu("11-12 08:15", """Hi Callum,

Just following up - we haven't had the revised quote yet, and our builder needs an answer by the weekend.

Hannah""", chase=True),
      ag("callum", "11-12 10:45", """Hi Hannah,

Apologies, it's attached: £2,860 with the patio-side edging and no waterfall.

Regards,
Callum""", attach=[("application/pdf", "Q-1139-revB.pdf", LINER_QUOTE_PDF)])),

    C("a41-wainwright-nexus-chamber", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Derek Wainwright <derek@wainwrightlandscapes.example>", "outlook", "Filter rebuild - parts",
      "'Let me check with the workshop and come back to you early next week' (Thursday, so by Tuesday) is answered the next Friday after 'Any news?'. Customer signature with a question and a '?' URL.",
      cu("11-05 08:00", """Hi Callum,

The bio-chamber on the Nexus 320 at the Fairlawn Road job is cracked right across the base. Can you get a replacement chamber on its own, or does the whole unit need replacing? And what would it cost?

Derek Wainwright
Wainwright Landscapes | Planning a garden? Call 01632 960 778
https://wainwrightlandscapes.example/?utm_source=email"""),
      ag("callum", "11-05 13:00", """Hi Derek,

Let me check with the workshop whether Evolution Aqua still sell the chamber on its own, and I'll come back to you early next week.

Regards,
Callum""", promises=[("11-10", 4)]),
      cu("11-13 09:00", """Hi Callum,

Any news on the Nexus part? The client is asking me every other day.

Derek""", chase=True),
      ag("callum", "11-13 11:20", """Hi Derek,

Sorry for the wait. The chamber is available on its own: £214 + VAT, five working days from order. Shall I go ahead?

Regards,
Callum""")),

    C("a42-vogel-teichschale", "de", "pending", {"missed-follow-up": 1},
      "Ulrike Vogel <ulrike.vogel@example.de>", "thunderbird_de", "Beschädigte Lieferung – Teichschale",
      "German customer with a photo of a cracked pond shell: the agent answers the choice and promises 'ich melde mich morgen'; nothing follows.",
      cu("11-16 09:00", """Guten Tag,

die Teichschale aus der Bestellung EA-49470 ist heute mit einem Riss an der Kante angekommen, Foto anbei. Wie gehen wir jetzt vor? Schicken Sie mir eine neue, oder bekomme ich das Geld zurück?

Freundliche Grüße
Ulrike Vogel""", tz=1, attach=[("image/png", "riss-teichschale.png", CRACK_PNG)]),
      ag("stefan", "11-16 10:00", """Guten Tag Frau Vogel,

das tut mir leid. Ersatz oder Erstattung – ganz wie Sie möchten. Ich kläre heute mit der Spedition, wann sie die beschädigte Schale abholt, und melde mich morgen bei Ihnen.

Freundliche Grüße
Stefan""", promises=[("11-17", None)])),

    C("a43-dubois-kit-filtration", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Philippe Dubois <philippe.dubois@example.fr>", "apple_fr", "Kit de filtration sur mesure",
      "French customer: 'je reviens vers vous d'ici jeudi' with a quote; the customer sends a reminder on Monday, the quote comes on Tuesday (late).",
      cu("11-03 19:00", """Bonjour,

J'ai un bassin de 20 m³ avec une douzaine de koïs, et le filtre actuel ne suit plus. Pouvez-vous me proposer un kit de filtration complet (filtre, UV, pompe) et me dire s'il peut être expédié en France avant Noël ?

Bien à vous,
Philippe Dubois""", tz=1),
      ag("aurelie", "11-04 10:00", """Bonjour Monsieur Dubois,

Pour l'expédition, aucun souci avant Noël si la commande est passée avant le 10 décembre. Pour le kit lui-même, je vois avec notre atelier quelle combinaison convient à un bassin de cette taille, et je reviens vers vous d'ici jeudi avec un devis détaillé.

Bien cordialement,
Aurélie""", promises=[("11-05", 4)]),
      cu("11-09 18:30", """Bonjour,

Je me permets de vous relancer au sujet du devis pour le kit de filtration. Avez-vous pu en parler avec l'atelier ?

Philippe Dubois""", tz=1, chase=True),
      ag("aurelie", "11-10 09:15", """Bonjour Monsieur Dubois,

Toutes mes excuses pour ce retard. Voici le devis : filtre à tambour, UV-C de 55 W et pompe Aquamax Eco Premium 12000, pour 1 480 € livraison comprise.

Bien cordialement,
Aurélie""", attach=[("application/pdf", "devis-D-2611-08.pdf", DEVIS_PDF)])),

    C("a44-molina-reembolso", "es", "open", {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Rocío Molina <rocio.molina@example.es>", "gmail_es", "Reembolso del pedido EA-49015",
      "Spanish customer: 'te escribo el lunes' is never kept; she chases a week later and gets no reply.",
      cu("11-05 10:00", """Hola:

Devolví el skimmer del pedido EA-49015 hace tres semanas y todavía no he recibido el reembolso. ¿Podéis mirar qué ha pasado?

Gracias,
Rocío Molina""", tz=1),
      ag("lucia", "11-05 12:30", """Hola, Rocío:

Lo siento mucho. El almacén tiene que confirmar que lo recibió; se lo pregunto y te escribo el lunes con lo que me digan.

Un saludo,
Lucía""", promises=[("11-09", None)]),
      cu("11-12 09:30", """Hola, Lucía:

¿Hay alguna novedad sobre el reembolso? Sigo esperando y no me ha llegado nada.

Rocío""", tz=1, chase=True)),

    C("a45-pearce-sterlet", "en", "closed", {"missed-follow-up": 1},
      "Oliver Pearce <oliver.pearce@example.com>", "gmail", "Sterlet in a koi pond?",
      "Feeding answered; whether the pond is big enough deferred with 'I'll find out ... and get back to you' (no deadline: two-day window), never kept.",
      cu("11-02 14:00", """Hi,

A friend is rehoming a 40cm sterlet and has asked if I'd take it. My pond is about 9,000 litres with six koi. Would it be OK in there? And what would I feed it?

Oliver"""),
      ag("priya", "11-02 16:30", """Hi Oliver,

Feed sterlet on sinking sturgeon pellets, ideally in the evening - they can't compete with koi for floating food and will go hungry if that's all there is.

Whether your pond is suitable depends on its shape and depth more than the volume. I'll find out from our sturgeon supplier what they'd recommend for a single fish and get back to you.

Best wishes,
Priya""", promises=[("window", None)])),

    C("a46-kendrick-hotel-report", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Simon Kendrick <simon.kendrick@kendrickhotels.example>", "owa", "Visit report for the courtyard pond",
      "'I'll have the visit report over to you by end of day' is never kept, and the question whether the pond was topped up is not answered.",
      cu("11-10 09:00", """Hi Callum,

Our insurers want the written report from last week's visit (the one where your team found the leak by the pump chamber). Could you send it over? Also, did the team manage to top the pond back up before they left? The level looks low again this morning.

Simon Kendrick
Operations Manager, Kendrick Hotel Ebbridge""", uq=1),
      ag("callum", "11-10 10:30", """Hi Simon,

I'll have the visit report over to you by end of day.

Regards,
Callum""", promises=[("11-10", None)])),

    C("a47-grantham-golf-club", "en", "closed", {"missed-follow-up": 1, "many-handoffs": 1},
      "Victoria Grantham <victoria.grantham@granthamgolf.example>", "outlook", "Clubhouse pond - schedule and invoice",
      "Three agents: the shop says Callum will email the schedule 'tomorrow' (he sends it a day late), accounts sort out the invoice query.",
      cu("11-11 09:00", """Hello,

I've taken over the clubhouse pond contract from our previous groundsman. Could you send me the visit schedule for the next three months? I've also had an invoice for £340 marked "overdue", but I'm fairly sure we paid it in October - can you check?

Victoria Grantham
Club Secretary, Grantham Golf Club"""),
      ag("nell", "11-11 10:00", """Hi Victoria,

I've asked Callum, and he'll email you the visit schedule tomorrow. The invoice query is with Ruth in accounts.

Nell""", promises=[("11-12", 4)]),
      ag("ruth", "11-11 14:00", """Dear Victoria,

You're right: your payment of £340 arrived on 19 October and was allocated to the wrong account. I've corrected it, so please ignore the reminder.

Kind regards,
Ruth""", parent=1),
      ag("callum", "11-13 08:30", """Hi Victoria,

Schedule attached - we're with you on the first Monday of each month: 7 December, 4 January and 1 February, from 8am.

Regards,
Callum""", parent=1, attach=[("application/pdf", "visit-schedule-grantham.pdf", SCHEDULE_PDF)])),

    C("a48-mistry-tracking", "en", "pending", {"missed-follow-up": 1},
      "Rajesh Mistry <raj.mistry@example.org>", "gmail", "Order EA-49340 - tracking and missing plants",
      "Two promises in one reply: the plants go out on the Wednesday as promised (kept), the filter's tracking number 'tomorrow' never comes.",
      cu("11-16 18:00", """Hi,

Two things on order EA-49340: I haven't had a tracking number for the filter, and the three marginal plants weren't in the box that arrived today. Can you tell me where the filter is, and send the plants?

Raj"""),
      ag("nell", "11-17 09:00", """Hi Raj,

The plants were out of stock on the day - more come in on Wednesday and I'll send yours the same day. The filter ships direct from the supplier's warehouse; I'll email you the tracking number tomorrow once they've sent it to me.

Nell""", promises=[("11-18", 3), ("11-18", None)]),
      ag("nell", "11-18 15:00", """Hi Raj,

Your plants went out this afternoon with Royal Mail: https://ebbridgeaquatics.example/track?c=RM30218844GB

Nell""")),

    C("a49-lambert-koi-ulcer", "en", "pending", {"missed-follow-up": 1},
      "Carol Lambert <carol.lambert@example.net>", "thunderbird", "Koi with an ulcer",
      "Treatment answered at once; the request for a butterfly koi is deferred with 'by Wednesday' and never picked up.",
      cu("11-15 20:00", """Hi Priya,

One of my koi has a red ulcer on her flank, about the size of a thumbnail - photo attached. What should I treat it with? And would you be able to get hold of a butterfly koi of about 30cm for the spring?

Carol""", attach=[("image/png", "koi-ulcer.png", ULCER_PNG)]),
      ag("priya", "11-16 09:00", """Hi Carol,

That's a classic bacterial ulcer. Net her into a bowl of pond water, dab the ulcer dry, apply Medikoi Propolis and put her straight back. Repeat every other day for a week, and salt the pond at 2g per litre while she heals.

On the butterfly koi, let me ask our koi supplier what they'll have in spring, and I'll come back to you by Wednesday.

Best wishes,
Priya""", promises=[("11-18", None)])),

    C("a50-bell-cherry-shrimp", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Jenny Bell <jennybell@example.com>", "iphone", "Where are my shrimps?",
      "'I'll email you as soon as I know more, today for sure' is not kept; the customer chases the next day, gets a refund and books a new batch.",
      cu("11-10 08:00", """Hi, my order of 20 cherry shrimp was supposed to arrive yesterday but nothing has come. Can you find out where they are?

Jenny

Sent from my iPhone"""),
      ag("tomasz", "11-10 09:30", """Hi Jenny,

The courier's system says the box missed its connection at the hub. I'm on the phone to them now and I'll email you as soon as I know more - today for sure.

Tomasz""", promises=[("11-10", None)]),
      cu("11-11 12:00", """Still waiting to hear anything about the shrimps... Are they even still alive?

Jenny

Sent from my iPhone""", chase=True),
      ag("tomasz", "11-11 13:00", """Hi Jenny,

I'm so sorry - the box came back to us this morning and the shrimp hadn't survived. I've refunded you in full. I can send a new batch on Thursday's van if you'd like.

Tomasz"""),
      cu("11-11 13:20", """Yes please, send a new batch on Thursday.

Jenny

Sent from my iPhone"""),
      ag("tomasz", "11-11 14:00", """Done - they're on Thursday's van, with you before 1pm.

Tomasz""")),

    C("a51-doyle-hose-tail", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Patrick Doyle <patrick.doyle@example.net>", "gmail", "Leaking hose connector",
      "Only the helpdesk acknowledgement; the customer replies to his own mail two days later ('Still waiting to hear back'); no human reply.",
      cu("11-16 09:00", """Hi,

The hose tail on the pressure filter I bought from you in June has started leaking where it screws into the lid. Can you send me a replacement O-ring kit for the Hozelock Bioforce 14000? What exactly do I need to order?

Patrick"""),
      ack("11-16 09:01"),
      cu("11-18 10:00", """Hello? Still waiting to hear back on this - I've had to turn the filter off in the meantime.

Patrick""", chase=True, parent=1)),

    C("a52-harlow-cancel-visit", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Margaret Harlow <m.harlow@example.org>", "outlook", "Cancel my maintenance visit",
      "Request resent as a new mail with the same subject two days later; answered that afternoon (slow first response).",
      cu("11-09 10:00", """Hello,

Please cancel the pond visit booked for 17 November - we're moving house. Could you also confirm there's no cancellation charge?

Margaret Harlow"""),
      cu("11-11 15:00", """Hello,

Please cancel the pond visit booked for 17 November - we're moving house. Could you also confirm there's no cancellation charge?

I sent this on Monday but haven't heard anything.

Margaret Harlow""", parent=0, chase=True),
      ag("callum", "11-11 16:30", """Dear Margaret,

Cancelled, and there's no charge - you've given us more than 48 hours' notice. Good luck with the move!

Regards,
Callum""")),

    C("a53-wolff-rechnung", "de", "closed", {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Markus Wolff <markus.wolff@example.de>", "gmail_de", "Rückfrage zur Rechnung EA-R-20931",
      "German customer chases after three days ('ich warte immer noch auf eine Antwort'); the corrected invoice comes, the customer-number request is not mentioned.",
      cu("11-10 14:00", """Hallo,

auf der Rechnung EA-R-20931 ist der UV-Klärer zweimal berechnet, geliefert wurde aber nur einer. Können Sie das bitte korrigieren und mir eine neue Rechnung schicken? Bitte schreiben Sie auch unsere Kundennummer K-5521 mit auf die Rechnung, sonst kann unsere Buchhaltung sie nicht zuordnen.

Viele Grüße
Markus Wolff""", tz=1, uq=1),
      cu("11-13 09:00", """Hallo,

ich warte immer noch auf eine Antwort zu meiner Mail vom Dienstag. Können Sie mir bitte kurz Bescheid geben?

Markus Wolff""", tz=1, chase=True),
      ag("stefan", "11-13 11:00", """Hallo Herr Wolff,

entschuldigen Sie die späte Antwort. Sie haben recht, der UV-Klärer wurde doppelt berechnet. Anbei die korrigierte Rechnung über 212,40 €; die Differenz erstatten wir auf Ihre Karte.

Viele Grüße
Stefan""", attach=[("application/pdf", "EA-R-20931-korrigiert.pdf", RECHNUNG_PDF)])),

    C("a54-fairbairn-ember-tetras", "en", "open", {"customer-chased": 2, "awaiting-reply": 1},
      "Ewan Fairbairn <ewan.fairbairn@example.com>", "gmail", "Dead fish on arrival",
      "Photo of dead fish; the agent asks refund or replacement, the customer chooses a refund and then has to chase twice without an answer.",
      cu("11-10 19:00", """Hi,

Three of the five ember tetras from order EA-49288 were dead in the bag when it arrived today. Photo attached. Could you refund them or send replacements?

Ewan""", attach=[("image/png", "dead-tetras.png", TETRA_PNG)]),
      ag("tomasz", "11-11 08:30", """Hi Ewan,

Really sorry to see that. They're covered by our 48-hour guarantee - would you prefer a refund, or replacements on Thursday's van?

Tomasz"""),
      cu("11-11 09:00", """Refund please - I don't want to put more fish through the journey in this cold.

Ewan"""),
      cu("11-16 10:00", """Hi,

Just checking in on the refund for the tetras - nothing has come through yet.

Ewan""", chase=True),
      cu("11-18 20:00", """This is the third time I'm writing. Can someone please confirm the refund?

Ewan""", chase=True)),

    C("a55-osei-rcd", "en", "pending", {},
      "Kwame Osei <kwame.osei@example.org>", "gmail", "Pond pump tripping the RCD",
      "A second mail adds the pump model and a photo before any reply (not a chase); the answer names the cause.",
      cu("11-17 07:30", """Hi,

Since all the rain on Sunday my pond pump keeps tripping the RCD. Is it the pump or the cable?

Kwame"""),
      cu("11-17 08:10", """Sorry, should have said - it's the Aquamax 5500 you installed in April. I've attached a photo of the cable where it goes into the junction box.

Kwame""", attach=[("image/png", "junction-box.png", CABLE_PNG)]),
      ag("callum", "11-17 11:00", """Hi Kwame,

From the photo it's the junction box, not the pump: water has got in past the cable gland and it's tracking to earth. We can replace the box on Thursday morning for £65 including the part, or any electrician can do it in half an hour.

Regards,
Callum""")),

    C("a56-lockhart-statement", "en", "pending", {"reopened": 1},
      "Fergus Lockhart <fergus@lockhartandco.example>", "outlook", "Invoice copy",
      "Closed with a [Resolved] subject tag; twelve days later a new request in the same thread (reopened), answered with a PDF.",
      cu("11-05 09:00", """Hi,

Could you send me a copy of invoice INV-30227? Our system lost it in a migration.

Thanks,
Fergus"""),
      ag("ruth", "11-05 10:00", """Dear Fergus,

Copy attached.

Kind regards,
Ruth""", subject="[Resolved] RE: Invoice copy", closes=True,
         attach=[("application/pdf", "INV-30227-copy.pdf", INVOICE_COPY_PDF)]),
      cu("11-17 11:00", """Hi Ruth,

Thanks again for that. Could you also send a statement of account for the year to date? Our auditors start next week.

Fergus""", subject="RE: [Resolved] RE: Invoice copy"),
      ag("ruth", "11-17 14:00", """Dear Fergus,

Statement attached, April to date.

Kind regards,
Ruth""", attach=[("application/pdf", "statement-lockhart-2026.pdf", STATEMENT_PDF)])),

    C("a57-byrne-heron-net", "en", "closed", {},
      "Siobhan Byrne <siobhan.byrne@example.net>", "iphone", "Heron netting",
      "Net or decoy and fit-or-DIY answered; the booking request arrives as a reply that lost its threading headers; booked; thanks-only.",
      cu("11-12 10:00", """Hi,

A heron has had two of my goldfish this week. What's the best way to keep it off - a net or one of those heron decoys? And can you fit the netting on a visit or do I do it myself?

Siobhan

Sent from my iPhone"""),
      ag("callum", "11-12 12:00", """Hi Siobhan,

Decoys work for a few weeks at best; herons get used to them. A net on a frame is the only reliable fix. We can fit one for £75 plus the net for a pond your size, or you can do it yourself with our kit (£39.99) and a few tent pegs.

Regards,
Callum"""),
      cu("11-12 19:00", """Great, please book me in for the fitting. Any day next week except Wednesday.

Siobhan

Sent from my iPhone""", thread=False),
      ag("callum", "11-13 08:00", """Booked for Tuesday 17th, around 10am.

Callum"""),
      cu("11-13 08:10", """Perfect, thanks.

Siobhan

Sent from my iPhone""", thanks=True)),

    C("a58-munro-marine-salt", "en", "pending", {},
      "Alistair Munro <alistair.munro@example.com>", "thunderbird", "Marine salt and RO unit",
      "Stock, price and delivery charge answered; a follow-up question answered in a reply whose References skip a message.",
      cu("11-17 18:00", """Evening,

Do you stock Red Sea Coral Pro salt in the 22kg bucket? And what's the delivery charge for something that heavy?

Alistair"""),
      ag("nell", "11-18 09:00", """Hi Alistair,

Yes - £79.99 for the 22kg bucket, and heavy items ship free over £50 like everything else.

Nell"""),
      cu("11-18 12:00", """Lovely. One more: does the 4-stage RO unit you sell come with a TDS meter? If it does I'll order both.

Alistair"""),
      ag("nell", "11-18 13:10", """It does - an inline dual TDS meter, so you can see both the tap water and the RO water.

Nell""", refs=[1, 3])),

    C("a59-roux-aquarium-restaurant", "fr", "pending", {},
      "Camille Roux <camille.roux@example.fr>", "apple_fr", "Aquarium marin pour le restaurant",
      "French restaurateur in Ebbridge (multipart/alternative): installation and cycling time both answered.",
      cu("11-18 15:00", """Bonjour Aurélie,

Nous venons d'ouvrir un restaurant à Ebbridge et un client m'a conseillé votre magasin. Nous aimerions installer un aquarium d'eau de mer à l'entrée. Est-ce que vous faites aussi l'installation, ou seulement la vente ? Et combien de temps faut-il attendre entre la mise en eau et l'arrivée des premiers poissons ?

Merci,
Camille Roux
Le Petit Comptoir, Ebbridge""", kind="alt"),
      ag("aurelie", "11-18 17:00", """Bonjour Camille,

Oui, nous installons tout – cuve, meuble, éclairage, mise en eau – et nous pouvons ensuite assurer l'entretien tous les quinze jours. Pour un bac marin, il faut compter quatre à six semaines de cyclage avant les premiers poissons : si on installe début décembre, les poissons peuvent arriver mi-janvier.

Bien cordialement,
Aurélie""")),
]

UNANSWERED: dict[str, list[str]] = {
    "a21-fenwick-whitespot": [
        "I also have a couple of nerite snails in there - can they stay in while I treat the tank?"],
    "a22-harcourt-lindley-court": [
        "Please also send me a copy of the September invoice - our accountant is missing it for the service charge reconciliation."],
    "a23-dunmore-fluval-307": [
        "Do you price match?"],
    "a24-becker-lieferadresse": [
        "Könnten Sie mir außerdem sagen, ob die Folie UV-beständig ist?"],
    "a25-lefebvre-pompe-cascade": [
        "Pourriez-vous aussi m'indiquer si elle peut fonctionner avec une minuterie, pour ne pas la faire tourner la nuit ?"],
    "a26-ruiz-koi-espana": [
        "¿Los koi vienen con certificado sanitario?"],
    "a27-nolan-2027-plan": [
        "Does the 2027 plan include the spring start-up visit, or is that charged separately?"],
    "a28-warrender-second-pump": [
        "Also, is it safe to leave the pump running if the pond freezes over?"],
    "a29-pettit-school-tanks": [
        "Is there someone who could look after the tanks over the two-week Christmas break, and what would that cost?",
        "Do you offer any discount for schools?"],
    "a30-penrose-wheatgerm": [
        "Do you stock a sinking wheatgerm pellet, or only floating?",
        "What temperature should I stop feeding altogether?"],
    "a31-marchetti-restaurant-tank": [
        "Can the visits be done before 11am - we open for lunch at 12 and I don't want buckets in the dining room when guests are in."],
    "a32-hofmann-schwimmteich": [
        "Kann man die Pumpe per App steuern?",
        "Und bieten Sie Ratenzahlung an, wenn wir Pumpe und Filter zusammen nehmen?"],
    "a33-girard-facture-notice": [
        "Merci également de m'envoyer la notice en français, celle qui était dans la boîte n'est qu'en anglais et en allemand."],
    "a34-castillo-entrega-sabado": [
        "Además, necesito que me cambiéis la entrega al sábado, entre semana no hay nadie en casa."],
    "a35-mcbride-livestock-delivery": [
        "Do you deliver fish on Saturdays?"],
    "a36-ellery-air-pump": [
        "And can I exchange it in the shop rather than posting it?"],
    "a37-greaves-patio-barrel": [
        "Would I be better off wrapping the barrel in bubble wrap as well?"],
    "a38-thornbury-visit-report": [
        "Can we leave the net on until March, or does it need to come off earlier?"],
    "a39-ashworth-care-home": [
        "Could you also let me know roughly how much a 200 litre set-up would cost?",
        "our manager wants to know if the tank glass is safe if a resident leans on it or knocks into it."],
    "a46-kendrick-hotel-report": [
        "Also, did the team manage to top the pond back up before they left?"],
    "a53-wolff-rechnung": [
        "Bitte schreiben Sie auch unsere Kundennummer K-5521 mit auf die Rechnung, sonst kann unsere Buchhaltung sie nicht zuordnen."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"EA-T{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts.

    A customer's reply goes to the agent whose mail it answers; a new mail to the help
    address. ``parent=0`` starts a new thread (a resend); ``refs`` lists the message numbers
    of an explicit References chain (e.g. one with a gap)."""
    msgs: list[Msg] = []
    by_key: dict[str, Msg] = {}
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=HELP, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            replied = by_key.get(parent) if parent else None
            to = replied.frm if replied is not None and replied.role == "agent" else HELP
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", to),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{n}" for n in refs]
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
        by_key[key] = m
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
    return mailcraft.cases_table("Practice corpus 94: Ebbridge Aquatics - cases",
                                 "make_practice94_corpus.py", rows)


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.ebbridgeaquatics.example")
    labels = mailcraft.corpus_labels(cases, RULES, AS_OF, SUPPORT_DOMAIN, HANDOFF_LIMIT)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases), encoding="utf-8")


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
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice94 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
