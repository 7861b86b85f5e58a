#!/usr/bin/env python3
"""Regenerate ``tests/practice72/``: a labelled corpus of Oakwright Kitchens.

A support mailbox of a fictional kitchen design-and-fit company (home design visits, quotes
and revised quotes, worktops in quartz, oak and laminate, appliance packages, lead times for
doors and worktops, fitting teams and the fitting diary, electricians and plumbers, snagging
lists after fitting, finance plans and deposits), with homeowners writing in English, German,
French and Spanish, written without looking at the detection heuristics, with many customer
questions. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with the contract defaults
(response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2),
support domain ``oakwrightkitchens.example``.

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

Usage: python scripts/make_practice72_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "oakwrightkitchens.example"
CARE = "Oakwright Kitchens Customer Care <care@oakwrightkitchens.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "freya": ("Freya Ashdown <freya.ashdown@oakwrightkitchens.example>", "gmail", """-- 
Freya Ashdown
Senior Kitchen Designer | Oakwright Kitchens
Cheltenham showroom: 01632 960 412
Book a design visit: https://oakwrightkitchens.example/book?src=email&designer=fa"""),
    "callum": ("Callum Reddy <callum.reddy@oakwrightkitchens.example>", "outlook", """Callum Reddy
Installation Coordinator | Oakwright Kitchens
Questions about your fitting week? Call 01632 960 430, Mon-Fri 8-5."""),
    "niamh": ("Niamh Okafor <niamh.okafor@oakwrightkitchens.example>", "apple", """Niamh Okafor
Customer Care & Aftercare | Oakwright Kitchens
https://oakwrightkitchens.example/aftercare?utm_source=signature"""),
    "bryony": ("Bryony Hale <bryony.hale@oakwrightkitchens.example>", "owa", """Bryony Hale
Accounts & Finance | Oakwright Kitchens
Oakwright Kitchens Ltd is a credit broker, not a lender. Finance is subject to status.
This email and any attachments are confidential and intended for the addressee only."""),
    "matthias": ("Matthias Krüger <matthias.krueger@oakwrightkitchens.example>", "thunderbird_de", """-- 
Matthias Krüger
Kundenberatung (Deutsch) | Oakwright Kitchens
https://oakwrightkitchens.example/de?ref=signatur"""),
    "camille": ("Camille Roussel <camille.roussel@oakwrightkitchens.example>", "apple_fr", """Camille Roussel
Conseillère clientèle (français) | Oakwright Kitchens
https://oakwrightkitchens.example/fr?utm_source=email"""),
    "lucia": ("Lucía Benavente <lucia.benavente@oakwrightkitchens.example>", "gmail_es", """--
Lucía Benavente
Atención al cliente (español) | Oakwright Kitchens
+44 1632 960 455"""),
}

ACK = """Hello,

Thank you for contacting Oakwright Kitchens. This is an automatic message to
confirm that your email has been logged as {ref}.

Our customer care team works Monday to Friday 8am-6pm and Saturday 9am-1pm,
and we aim to reply within one working day. If your fitters are on site today
and something is urgent, please call 01632 960 430.

Oakwright Kitchens - Customer Care
https://oakwrightkitchens.example/help?ticket={ref}"""

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
    "iphone": ["X-Mailer: iPhone Mail (22C152)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thunderbird_de": ["User-Agent: Mozilla Thunderbird"],
    "oldclient": ["X-Mailer: Eudora Lite 3.0.6"],
    "helpdesk": ["X-Mailer: Oakwright CareDesk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="ow.", outlook_server="CWLP12")
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
    """A reply by support agent ``who`` at ``when`` (UK time, UTC in October/November)."""
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

DRAWINGS_PDF = mailcraft.pdf(["Oakwright Kitchens - Design OW-D-7718 rev C",
                              "Wright, 3 Sorrel Way - plan view and elevations",
                              "Cornice: square profile 40mm, Heron Grey",
                              "Drawn by F. Ashdown, 13/11/2026"])
PREMIUM_PDF = mailcraft.pdf(["Oakwright Kitchens - Paquete Premium de electrodomesticos",
                             "Horno: Neff B57CR22N0B, clase A+",
                             "Placa de induccion: Neff T58TS6BN0, 80 cm",
                             "Lavavajillas integrable: Bosch SMV6ZCX00G, clase B"])
UTILITY_PDF = mailcraft.pdf(["Oakwright Kitchens - Quotation OW-Q-41022",
                             "Utility room: 3 x 600 base, 1 x 1200 tall unit",
                             "Laminate worktop Oak Natural 2400 x 600 x 38",
                             "Utility subtotal fitted: GBP 2,185.00 inc VAT"])
CERT_PDF = mailcraft.pdf(["Electrical Installation Certificate no. 20611",
                          "Installation: new 32A radial circuit for induction hob",
                          "Contractor: R. Tanner Electrical (NICEIC)",
                          "Date of inspection: 06/11/2026"])
PLAN_PDF = mailcraft.pdf(["Oakwright Kitchens - Dimensioned plan OW-D-7602",
                          "Price, 18 Quarry Lane - kitchen layout 1:20",
                          "Overall run 4870 mm, island 2400 x 1000 mm",
                          "Wall elevations A-D on page 2"])
CRACK_PNG = mailcraft.png(14, 9, lambda x, y: (228 - 2 * x, 226 - 2 * x, 222) if x != 7 + y // 3 else (90, 90, 95))
DENT_PNG = mailcraft.png(10, 12, lambda x, y: (170, 176, 178) if (x - 5) ** 2 + (y - 6) ** 2 > 6 else (120, 126, 130))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("k01-hartley-design-visit", "en", "closed", {},
      "Imogen Hartley <imogen.hartley@example.com>", "gmail", "Design visit - Saturday?",
      "First enquiry with three questions and a request for samples, all answered in a different order; thanks-only reply.",
      cu("10-27 19:12", """Hi there,

We've finally decided to get the kitchen done (after talking about it for about five years!) and a friend recommended you.

Is there any chance a designer could come out on a Saturday morning? We both work weekdays. I was also wondering how long the visit usually takes, and whether you measure up with the old units still in or wait until they've been ripped out.

If you could bring some oak worktop samples that would be great - we're torn between oak and quartz.

Thanks,
Imogen"""),
      ag("freya", "10-28 09:05", """Hi Imogen,

Lovely to hear from you, and do thank your friend for us!

I've put you in for Saturday 7 November at 10am, with me. I measure with everything still in place - we do a final check measure after the strip-out anyway, so nothing is lost by doing it now. Plan on about an hour and a half; most of that is talking through how you cook and use the room.

I carry the full worktop sample case on every visit (oak, quartz and laminate), so you can compare them side by side in your own light.

Best wishes,
Freya"""),
      cu("10-28 09:40", """Perfect - Saturday the 7th it is. Thanks Freya!

Imogen""", thanks=True)),

    C("k02-okonkwo-quartz-thickness", "en", "closed", {"unanswered-question": 1},
      "Daniel Okonkwo <d.okonkwo@okonkwo-family.example>", "outlook", "Quote OW-Q-40817 - worktop questions",
      "Numbered list of three: thickness price and sink cut-out answered, removal of the old kitchen skipped; thanks-only reply.",
      cu("11-02 12:30", """Hello,

Thank you for the quote (OW-Q-40817) which came through on Friday. A few things before we sign:

1. What's the price difference if we go from 20mm to 30mm quartz?
2. Is the undermount sink cut-out included, or is that an extra?
3. Please also confirm whether the old worktops and units will be taken away, or whether we need to hire a skip.

Kind regards,
Daniel Okonkwo""", uq=1),
      ag("freya", "11-02 15:45", """Dear Daniel,

Going to 30mm adds £420 across the run and the island (both in Calacatta Nuvo), so the worktop line would be £3,360 instead of £2,940.

The undermount cut-out and the polished edges are already in the price, as is the drainer grooving you asked for at the visit.

Let me know if you'd like me to reissue the quote at 30mm.

Kind regards,
Freya"""),
      cu("11-03 08:15", """Thanks Freya, we'll have a think about the 30mm over the weekend.

Daniel""", thanks=True)),

    C("k03-patel-appliance-inline", "en", "pending", {},
      "Ravi Patel <ravi.patel@example.org>", "thunderbird", "Appliance package B",
      "Three appliance questions answered inline under each quoted line (a model, a price difference, who to call).",
      cu("11-16 20:05", """Hi Freya,

Been reading through the appliance options you left with us. Package B looks like the one, but:

Is the oven in package B a single or a double?
Could we swap the gas hob for induction, and what would that do to the price?
Who do we call if something breaks in the first year - you or the manufacturer?

Cheers,
Ravi"""),
      ag("freya", "11-17 08:50", """Morning Ravi,

> Is the oven in package B a single or a double?

Single - the Neff B57 with the slide-away door, 71 litres.

> Could we swap the gas hob for induction, and what would that do to the price?

Yes. The 80cm induction with the built-in extractor is +£385; without the extractor it's +£140. Either way the electrician runs a new 32A circuit, which is already in your electrics line.

> Who do we call if something breaks in the first year - you or the manufacturer?

Us. We register everything on the day of fitting, and any fault in the first two years comes through our care team at care@oakwrightkitchens.example.

Freya""", quote=False)),

    C("k04-brennan-heron-grey", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Siobhan Brennan <siobhan.brennan@example.net>", "iphone", "Heron Grey doors - how long?",
      "'Let me check with the workshop and I'll come back to you early next week' (Thursday -> Tuesday) kept only after an 'any news?' the Monday after.",
      cu("11-04 21:30", """Hi,

We loved the painted shaker doors in the showroom. If we went for Heron Grey, how long would they take to come through? We're hoping to have everything in before my parents come over at Christmas.

Siobhan

Sent from my iPhone"""),
      ag("callum", "11-05 10:10", """Hi Siobhan,

Heron Grey is one of the colours the workshop sprays in batches, so the lead time depends on when the next batch is booked. Let me check with the workshop and I'll come back to you early next week with a firm date.

Regards,
Callum""", promises=[("11-10", 4)]),
      cu("11-16 07:55", """Hi Callum, any news from the workshop? We really need to decide this week.

Siobhan

Sent from my iPhone""", chase=True),
      ag("callum", "11-16 11:20", """Hi Siobhan,

Sorry, I should have come back to you last week. The workshop sprays Heron Grey on 30 November, so the doors would be with you in the week of 7 December and we could fit from the 9th - comfortably before Christmas.

Regards,
Callum""")),

    C("k05-whitfield-snag-list", "en", "closed", {"unanswered-question": 1},
      "Gordon Whitfield <gordon@whitfield-home.example>", "apple", "Snagging - 14 Larch Close",
      "Bulleted snag list of four: drawer, seal and plinth booked for one visit, the chipped end panel skipped; thanks-only reply.",
      cu("11-02 18:20", """Hello Niamh,

The fitters finished on Friday and on the whole we're delighted - it looks superb. We've walked round with the snag sheet as you suggested and there are a few bits:

- The pan drawer to the left of the hob doesn't close fully unless you give it a shove. Could someone adjust it?
- Can you replace the end panel next to the fridge? It has a chip about 2cm long near the floor.
- There's a gap of a few millimetres between the worktop and the wall behind the sink. Please have it sealed before we start using the sink properly.
- The plinth under the sink run hasn't gone on yet - is that still to come?

Best regards,
Gordon Whitfield""", uq=1),
      ag("niamh", "11-03 09:30", """Dear Gordon,

Thank you for the thorough list - and I'm so pleased you like it.

Dean, who led your fit, is booked with you on Tuesday 10 November from 8am. That visit covers the runners on the pan drawer, a matching silicone bead behind the sink, and the sink plinth, which was held back until the plumber had finished connecting the dishwasher.

Kind regards,
Niamh"""),
      cu("11-03 10:02", """Tuesday is fine, thank you.

Gordon""", thanks=True)),

    C("k06-morgan-finance-plan", "en", "closed", {},
      "Helen Morgan <hmorgan@example.com>", "owa", "Finance options",
      "Indirect questions about term, deposit and credit search answered with figures and an eligibility link.",
      cu("11-04 13:15", """Hello,

Our quote comes to £18,640 and we'd like to spread the cost. I was wondering whether the 0% plan is available over 24 months or only 12, and how much deposit you'd need up front. Could you let me know too if the application leaves a hard search on our credit files? We're remortgaging in the spring so I'd rather not.

Thanks,
Helen Morgan"""),
      ag("bryony", "11-04 16:40", """Dear Helen,

0% is available over 12, 24 or 36 months on orders over £5,000, so 24 months is fine: on your total that's a 10% deposit of £1,864 and then £699 a month.

Our lender (Kestrel Retail Finance) runs a soft search first to give you a decision in principle; the hard search only happens once you accept and sign the agreement. You can check your eligibility without leaving any mark on your file here: https://oakwrightkitchens.example/finance/check?quote=OW-Q-40902

Kind regards,
Bryony""")),

    C("k07-adeyemi-island-sockets", "en", "pending", {"missed-follow-up": 1},
      "Tobi Adeyemi <tobi.adeyemi@example.com>", "gmail", "Sockets on the island",
      "Both questions deferred with 'I'll confirm with Rob and come back to you by Wednesday'; nothing follows.",
      cu("11-15 21:00", """Hi Callum,

Quick one ahead of first fix. We've decided we want two double sockets on the island (one each end) plus a pop-up one by the hob. Does the electrician need to run anything extra under the floor for that, and will it cost more than what's on the quote?

Thanks,
Tobi"""),
      ag("callum", "11-16 09:20", """Hi Tobi,

Good timing - first fix is the right moment for this. Anything on the island has to come up through the floor, so it depends on which way your joists run. I'll confirm with Rob, our electrician, and come back to you by Wednesday with what's needed and the cost.

Regards,
Callum""", promises=[("11-18", None)])),

    C("k08-becker-eiche", "de", "closed", {"unanswered-question": 1},
      "Jens Becker <j.becker@beckermail.example>", "gmail_de", "Arbeitsplatte Eiche – Pflege und Stärke",
      "German homeowner: oiling and 40 mm answered, the request for a smoked-oak sample ignored.",
      cu("11-03 19:45", """Hallo Herr Krüger,

vielen Dank noch mal für den Termin letzte Woche, meine Frau und ich haben uns jetzt für die Eichenplatte entschieden.

Zwei Fragen dazu: Wie oft muss man die Platte nachölen, und mit welchem Öl? Gibt es die Platte auch in 40 mm statt 30 mm? Die dickere hat uns in der Ausstellung besser gefallen.

Außerdem hätte ich gern ein Muster der geräucherten Eiche, bevor wir endgültig bestellen.

Viele Grüße
Jens Becker""", uq=1),
      ag("matthias", "11-04 09:10", """Hallo Herr Becker,

das freut mich! In den ersten sechs Wochen einmal pro Woche dünn ölen, danach reichen zwei- bis dreimal im Jahr. Zum Einbau gehört eine Dose Osmo Top-Öl, das genau zu unserer Oberfläche passt.

40 mm ist kein Problem, der Aufpreis für Ihre Länge liegt bei 260 £.

Viele Grüße
Matthias Krüger""")),

    C("k09-dubois-delai", "fr", "pending", {},
      "Claire Dubois <claire.dubois@courriel.example>", "apple_fr", "Délais de fabrication",
      "French homeowner: lead time and 'before Christmas?' answered (no, with an alternative); thanks-only reply.",
      cu("11-17 08:30", """Bonjour Camille,

Nous avons bien reçu le devis, merci. Avant de signer, j'aimerais savoir quel est le délai de fabrication pour les façades en chêne massif. Et si nous signons cette semaine, est-ce que la pose pourrait commencer avant les fêtes ?

Bonne journée,
Claire Dubois"""),
      ag("camille", "11-17 11:15", """Bonjour Claire,

Comptez six semaines pour le chêne massif : les façades sont faites sur commande dans notre atelier du Shropshire. Avec une signature cette semaine, la livraison tomberait autour du 4 janvier et la pose juste après. Avant Noël, malheureusement, ce ne sera donc pas possible.

Si Noël compte beaucoup pour vous, les façades en placage chêne sortent en trois semaines, avec un rendu très proche.

Bien cordialement,
Camille"""),
      cu("11-17 12:05", """Merci pour cette réponse rapide, on en discute ce soir avec mon mari.

Claire""", thanks=True)),

    C("k10-romero-financiacion", "es", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Alejandro Romero <alejandro.romero@correo.example>", "gmail_es", "Financiación de la cocina",
      "Spanish self-employed customer: 'se lo confirmo el jueves' kept the next Tuesday after '¿Hay alguna novedad? Sigo esperando'.",
      cu("11-03 10:20", """Buenos días, Lucía:

Estamos mirando la opción de pagar la cocina a plazos. ¿Qué documentación necesitan para la solicitud? Yo soy autónomo y no tengo nóminas, no sé si eso es un problema.

Gracias y un saludo,
Alejandro Romero"""),
      ag("lucia", "11-03 13:00", """Hola, Alejandro:

Normalmente basta con el pasaporte o el DNI, un justificante de domicilio y los datos bancarios. En su caso, como autónomo, la financiera suele pedir además las dos últimas declaraciones de la renta (SA302), pero prefiero confirmarlo con ellos antes de decirle nada definitivo. Se lo confirmo el jueves.

Un saludo,
Lucía""", promises=[("11-05", 4)]),
      cu("11-10 09:15", """Hola, Lucía:

¿Hay alguna novedad sobre lo de la documentación? Sigo esperando su respuesta y nos gustaría firmar el pedido esta semana.

Saludos,
Alejandro""", chase=True),
      ag("lucia", "11-10 11:40", """Hola, Alejandro:

Disculpe el retraso. Ya tengo la respuesta de la financiera: con las dos últimas SA302 y los extractos bancarios de los tres últimos meses es suficiente, no le pedirán nada más. Puede subirlo todo desde el enlace de la solicitud.

Un saludo,
Lucía""")),

    C("k11-fraser-sink-island", "en", "closed", {"unanswered-question": 1, "slow-first-response": 1},
      "Martin Fraser <martin.fraser@example.net>", "android", "Moving the sink to the island",
      "Friday-evening mail answered on Monday (slow): plumber's price and the dishwasher answered, building regs skipped.",
      cu("11-06 18:40", """Hi,

Following the design visit, we're now leaning towards having the sink in the island instead of under the window. Roughly what would the plumber charge to move the waste and the water feeds across? Do we need building regs sign-off for that? Also, would the dishwasher have to move with it?

Martin

Sent from Outlook for Android""", uq=1),
      ag("callum", "11-09 09:30", """Hi Martin,

Thanks for bearing with us over the weekend. Island sinks are something we do a lot: our plumber charges £650 for new feeds and the waste run under the floor, plus £90 if he has to lift and relay the floorboards himself. The dishwasher goes wherever the sink goes - it needs to sit next to it for the drain, so it would move into the island too.

Regards,
Callum""")),

    C("k12-lowe-tap-choice", "en", "closed", {},
      "Beth Lowe <beth.lowe@example.org>", "gmail", "Order OW-30551 - tap choice",
      "A rhetorical question and a self-answered one around one real indirect question, which is answered; thanks-only reply.",
      cu("11-05 14:20", """Hi Freya,

Who knew choosing a tap could take three weeks? We've finally settled on the Quooker Flex in brushed steel. Where do I find the order reference for the form? Oh hang on, it's at the top of your confirmation - OW-30551. Sorry!

What I actually need to know is whether switching from the standard mixer to the Quooker changes the delivery date for the rest of the order.

Beth"""),
      ag("freya", "11-05 16:00", """Hi Beth,

Great choice - you'll wonder how you lived without it. Your dates don't move: the Quooker comes straight from Quooker to the fitting team, so the cabinets and worktops still arrive on 23 November as planned. I've updated the order and the new total is £21,985.

Best,
Freya"""),
      cu("11-05 16:31", """Brilliant, thank you!

Beth""", thanks=True)),

    C("k13-shah-handle-samples", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Priya Shah <priya.shah@shah-home.example>", "outlook", "Handle samples",
      "Request for handle samples gets only the acknowledgement; the customer follows up under her own mail two days later; no human reply.",
      cu("11-16 10:30", """Hello,

Could you post us samples of the knurled brass bar handle and the black cup handle? We can't decide from the photos. Our address is 9 Weaver's Row, Stroud GL5 3AB.

Many thanks,
Priya Shah"""),
      ack("11-16 10:31"),
      cu("11-18 12:15", """Hi again,

Just following up on the handle samples below - I haven't had anything back apart from the automatic email, and the fitters need our choice by next Friday.

Priya""", chase=True)),

    C("k14-grant-fitting-date", "en", "pending", {},
      "Alan Grant <alan.grant@example.com>", "thunderbird", "Fitting date",
      "'I'll email you your start date tomorrow morning' kept the next morning; how long without a kitchen answered in the first reply.",
      cu("11-16 08:10", """Morning,

Deposit went through on Friday. When can your team start the fit? And how many days should we plan to be without a kitchen?

Alan"""),
      ag("callum", "11-16 12:00", """Hi Alan,

Thanks, deposit received. For a kitchen your size the fit itself takes eight working days, and the quartz goes on about a week after templating, so plan on roughly two weeks without a working sink - we leave you a temporary tap and keep the fridge running throughout.

The December schedule is being signed off this afternoon; I'll email you your start date tomorrow morning.

Regards,
Callum""", promises=[("11-17", 3)]),
      ag("callum", "11-17 09:05", """Hi Alan,

As promised: your fit starts on Monday 7 December, with the team led by Kasia Nowak. The strip-out is on the first morning, so please have the cupboards emptied by the Sunday evening.

Regards,
Callum""")),

    C("k15-howell-templating", "en", "pending", {"unanswered-question": 2},
      "Rhys Howell <rhys.howell@example.net>", "gmail", "Worktop templating on Thursday",
      "Three questions about templating day: whether to be home is answered, sink/hob on site and texting instead of calling are skipped.",
      cu("11-16 19:30", """Hi Niamh,

The stone company are coming to template on Thursday. A few questions:

Does one of us need to be in for the whole thing, or just to let them in? Should the sink and hob already be on site when they come? I've heard they need them to cut the holes.

And can they text me on the morning rather than call? I'm in meetings all day and won't pick up.

Thanks,
Rhys""", uq=2),
      ag("niamh", "11-17 10:05", """Hi Rhys,

Just to let them in and show them where the stopcock is - templating takes about an hour and they're happy to get on by themselves after that. They do need the base units fixed and level, which Kasia's team finished yesterday.

Kind regards,
Niamh""")),

    C("k16-schneider-einlagerung", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Andrea Schneider <andrea.schneider@schneider-web.example>", "outlook_de", "Lieferung der Geräte",
      "German: 'Ich melde mich bis Freitag' about storing the appliances, kept the next Tuesday after 'ich warte immer noch auf Ihre Rückmeldung'.",
      cu("11-11 09:00", """Guten Morgen Herr Krüger,

laut Auftragsbestätigung sollen die Geräte am 24. November kommen, die Küche wird aber erst ab dem 30. montiert. Können die Geräte so lange bei Ihnen im Lager bleiben? Wir haben in der Garage keinen Platz.

Mit freundlichen Grüßen
Andrea Schneider"""),
      ag("matthias", "11-11 11:30", """Guten Morgen Frau Schneider,

das lässt sich bestimmt einrichten, ich muss aber erst mit unserem Lager klären, ob im Moment genug Platz da ist. Ich melde mich bis Freitag bei Ihnen.

Viele Grüße
Matthias Krüger""", promises=[("11-13", 4)]),
      cu("11-17 08:40", """Hallo Herr Krüger,

ich warte immer noch auf Ihre Rückmeldung wegen der Einlagerung. Die Lieferung ist ja schon nächste Woche, bitte geben Sie mir kurz Bescheid.

Gruß
Andrea Schneider""", chase=True),
      ag("matthias", "11-17 10:15", """Hallo Frau Schneider,

entschuldigen Sie bitte, das hätte ich Ihnen schon letzte Woche schreiben sollen. Die Geräte bleiben bis zum 29. November in unserem Lager in Reading und kommen am 30. zusammen mit den Schränken – ohne Aufpreis.

Viele Grüße
Matthias Krüger""")),

    C("k17-quinn-extractor", "en", "closed", {},
      "Eleanor Quinn <eleanor.quinn@example.org>", "owa", "Ceiling extractor",
      "HTML-only mail from Outlook on the web; the ducting question is answered.",
      cu("11-05 11:00", """Hello,

We'd like the ceiling-mounted extractor over the island. Is it possible to duct it up through the loft rather than out through the side wall? The loft is directly above the kitchen (it's a bungalow).

Thank you,
Eleanor Quinn
17 Meadow Bank, Tewkesbury""", kind="html"),
      ag("freya", "11-05 14:30", """Hi Eleanor,

Yes - in a bungalow the loft is usually the easiest route. The duct runs up between the joists and out through a vent tile in the roof; our electrician fits the tile and that roofing work is in the price, so there's nothing extra for you to arrange.

Best,
Freya""")),

    C("k18-baxter-revised-quote", "en", "closed", {"missed-follow-up": 1},
      "Sam Baxter <sam.baxter@baxterhome.example>", "owa", "Changes to quote OW-Q-40755",
      "Two changes accepted with 'We'll send the revised quote tomorrow' - never sent; the customer's thanks does not reopen the case.",
      cu("11-03 09:10", """Hi Freya,

After sleeping on it we'd like two changes: drop the wine rack at the end of the island and put a bank of three deep drawers there instead, and make the larder unit 600 wide rather than 500. Can you revise the quote?

Thanks,
Sam"""),
      ag("freya", "11-03 10:40", """Hi Sam,

Both fine - the 600 larder actually lines up better with the window. We'll send the revised quote tomorrow once I've redrawn the island end.

Best,
Freya""", promises=[("11-04", None)]),
      cu("11-03 11:02", """Brilliant, thank you.

Sam""", thanks=True)),

    C("k19-wright-three-agents", "en", "pending", {"unanswered-question": 1, "many-handoffs": 1},
      "Natalie Wright <natalie.wright@example.com>", "gmail", "Our kitchen - a few things",
      "Designer, installer and accounts each answer their part (three agents); a later question about the electrician's certificate gets a reply about the sign-off walk-round instead.",
      cu("11-12 20:10", """Hello,

We're about six weeks from our fit and I have a list building up:

- Could we change the cornice to the plain square profile? The curved one looks a bit fussy on the drawings.
- When will the fitting team be confirmed?
- Is there any flexibility on the final payment date? It's due the day the fit starts and we'd rather pay on completion.

Thanks,
Natalie"""),
      ag("freya", "11-13 09:00", """Hi Natalie,

Square cornice is no problem and costs the same - I've changed it on the drawings, attached. I've passed the fitting question to Callum and the payment one to Bryony so each of them can answer you properly.

Best,
Freya""", attach=[("application/pdf", "OW-D-7718-revC.pdf", DRAWINGS_PDF)],
         promises=[("window", 3), ("window", 4)]),
      ag("callum", "11-13 11:30", """Hi Natalie,

Your fit is with Kasia Nowak's team (Kasia and Lewis - they did number 12 in your road, I believe). They start on Monday 4 January.

Regards,
Callum""", parent=1),
      ag("bryony", "11-13 15:10", """Dear Natalie,

We can move the final payment to the day of completion sign-off, as long as the 40% stage payment is made when the cabinets are delivered. I've updated your payment schedule; you'll see it under 'My order' in the customer portal.

Kind regards,
Bryony""", parent=1),
      cu("11-16 08:30", """Thanks all, that's really helpful. Just one more thing: does the completion sign-off include the electrician's certificate, or does that come separately later?

Natalie""", uq=1),
      ag("callum", "11-16 10:00", """Hi Natalie,

Just to add to Bryony's note - Kasia will walk round with you on the last afternoon and go through the snag sheet together before you sign anything.

Regards,
Callum""")),

    C("k20-ellis-reopened", "en", "closed", {"reopened": 1},
      "Fiona Ellis <fiona.ellis@example.net>", "apple", "Dishwasher door hitting the plinth",
      "Fixed the same day and 'I'll mark this as resolved'; a week later a new snag in the same thread, answered with a visit.",
      cu("11-02 08:45", """Hi Niamh,

The integrated dishwasher door catches the plinth when it opens and it's already left a scuff. Can someone come and sort it?

Fiona"""),
      ag("niamh", "11-02 16:30", """Hi Fiona,

That happens when the floor is slightly higher at that end. Dean was nearby this afternoon: he has trimmed the plinth and fitted a hinged plinth kit, and the photo he sent me shows the door clearing it now. I'll mark this as resolved, but do shout if anything else comes up.

Kind regards,
Niamh""", closes=True),
      cu("11-09 19:20", """Hi Niamh,

Sorry to be back so soon. The plinth is fine now, but the cutlery drawer above the dishwasher has dropped and rubs on the door when you open it. Could Dean have a look at that too?

Fiona"""),
      ag("niamh", "11-10 09:15", """Hi Fiona,

Of course. He's booked with you on Thursday 12 November between 1 and 3pm - it's a five-minute runner adjustment.

Kind regards,
Niamh""")),

    C("k21-martin-stratifie", "fr", "closed", {"unanswered-question": 1},
      "Julien Martin <julien.martin@boite.example>", "apple_fr", "Plan de travail stratifié",
      "French: edge options for laminate answered with prices, the matching upstand question skipped.",
      cu("11-04 20:15", """Bonsoir Camille,

Pour des raisons de budget, nous partons finalement sur le stratifié plutôt que sur le quartz. Quels chants proposez-vous : droit ou arrondi ? Est-ce que la crédence assortie est comprise dans le prix ou faut-il la compter en plus ?

Merci,
Julien Martin""", uq=1),
      ag("camille", "11-05 09:30", """Bonjour Julien,

Les deux sont possibles. Le chant arrondi (postformé) est le plus courant et il est inclus ; le chant droit avec bande ABS assortie coûte 85 £ de plus pour votre cuisine, mais il rappelle davantage la pierre.

Bien cordialement,
Camille""")),

    C("k22-navarro-electrodomesticos", "es", "closed", {},
      "Marta Navarro <marta.navarro@correo.example>", "gmail_es", "Electrodomésticos del paquete",
      "Spanish: request for the model list answered with a PDF attachment only; thanks-only reply.",
      cu("11-05 17:45", """Hola:

Nos dejaron el presupuesto con el paquete de electrodomésticos «Premium», pero no aparece el modelo exacto de cada aparato. ¿Me podrían enviar la lista con las referencias? Quiero mirar opiniones antes de decidirme.

Gracias,
Marta Navarro"""),
      ag("lucia", "11-06 09:20", """Hola, Marta:

Le adjunto la ficha del paquete Premium con la marca, el modelo y la clase energética de cada aparato.

Un saludo,
Lucía""", attach=[("application/pdf", "paquete-premium.pdf", PREMIUM_PDF)]),
      cu("11-06 10:02", """Perfecto, muchas gracias.

Marta""", thanks=True)),

    C("k23-cole-deposit-refund", "en", "closed", {"missed-follow-up": 1, "customer-chased": 2},
      "Harriet Cole <harriet.cole@example.com>", "gmail", "Refund of appliance deposit",
      "'I'll process the refund and email you the confirmation by Friday'; two chases (the second under her own mail) before it is done the next Wednesday.",
      cu("11-02 09:30", """Hi Bryony,

As discussed on the phone, we're taking the fridge freezer out of our order because my sister has given us hers. Please refund the £250 deposit we paid for it to the card we used.

Thanks,
Harriet Cole"""),
      ag("bryony", "11-02 11:15", """Dear Harriet,

No problem - I've removed the fridge freezer and your order total is now £14,310. I'll process the £250 refund and email you the confirmation by Friday.

Kind regards,
Bryony""", promises=[("11-06", 5)]),
      cu("11-09 10:05", """Hi Bryony,

Just following up on the refund - I haven't seen anything come through yet and there was no email on Friday.

Harriet"""
         , chase=True),
      cu("11-11 14:30", """Hello again,

Still waiting on this. It's now the second time I've asked - could someone please confirm the £250 has gone back?

Harriet Cole""", chase=True),
      ag("bryony", "11-11 16:00", """Dear Harriet,

I'm very sorry - the refund was sitting in the queue waiting for a second signature. It went through this afternoon (reference RF-2231) and should show on your card within 3-5 working days.

Kind regards,
Bryony""")),

    C("k24-kaur-tap-finish", "en", "pending", {"unanswered-question": 1},
      "Jaspreet Kaur <jaspreet.kaur@example.org>", "iphone", "Wrong tap finish",
      "Wrong tap finish: the swap is arranged, the question of fitting it on the dishwasher visit is not answered.",
      cu("11-17 07:50", """Hi,

The tap that arrived with the sink is chrome, but we ordered brushed brass (it's on the order as QF-BB). Can you swap it? And can the plumber fit the new one on the same visit as the dishwasher on the 26th, so we don't need another day off?

Thanks
Jaspreet

Sent from my iPhone""", uq=1),
      ag("niamh", "11-17 12:20", """Hi Jaspreet,

You're right, the warehouse picked the wrong finish - sorry about that. A brushed brass one is on its way to you for delivery on Monday 23rd; please leave the chrome one boxed and the courier will take it back in exchange.

Kind regards,
Niamh""")),

    C("k25-ng-out-of-office", "en", "pending", {},
      "Kelvin Ng <kelvin.ng@ngarchitects.example>", "outlook", "Cabinet carcass colour",
      "Two technical questions answered; the customer's own out-of-office answers the reply. His signature asks 'Thinking of extending?' with a ? URL.",
      cu("11-17 16:20", """Hi Freya,

Quick question on the carcasses: are they available in the same grey as the doors inside, or only white? And what thickness is the back panel? I'm an architect by trade, so forgive the nerdy questions.

Kelvin

Kelvin Ng RIBA
Ng Architects | Thinking of extending? https://ngarchitects.example/contact?src=sig"""),
      ag("freya", "11-18 09:10", """Hi Kelvin,

Not nerdy at all! Carcasses come in white, light grey, graphite or oak-effect; the light grey (Dove) is the closest match to your Heron Grey doors and costs nothing extra. Backs are 8mm, grooved and glued rather than pinned, so they won't rattle.

Best,
Freya"""),
      auto("11-18 09:11", """Thank you for your email. I am on site visits until Friday 20 November with limited access to email. For anything urgent please call the studio on 01632 960 447.

Kelvin Ng
Ng Architects""", quote=False, subject="Automatic reply: Re: Cabinet carcass colour",
           to="Freya Ashdown <freya.ashdown@oakwrightkitchens.example>")),

    C("k26-pritchard-final-plan", "en", "pending", {},
      "Gwen Pritchard <gwen.pritchard@example.net>", "thunderbird", "Final plans before fitting",
      "Worries answered; the final plan promised 'by Tuesday 24 November' - a deadline still ahead at audit time.",
      cu("11-18 18:30", """Hello Callum,

We had the check measure on Monday. Could you send us the final plan when it's ready, and let us know whether anything has moved from the original drawings? I'm mostly worried about the fridge space.

Gwen"""),
      ag("callum", "11-19 09:40", """Hi Gwen,

The fridge space is unchanged at 600mm. The only thing the check measure moved is the corner unit, which shifts 15mm to the left because that wall isn't quite square. Freya is updating the drawings now and I'll send you the final plan by Tuesday 24 November.

Regards,
Callum""", promises=[("11-24", None)])),

    C("k27-young-delivery-day", "en", "pending", {},
      "Laura Young <laura.young@example.com>", "gmail", "Cabinet delivery next week",
      "Storage and carrying questions answered; the van's arrival window and the driver's call are logistics, not promises.",
      cu("11-18 11:00", """Hi,

The cabinets are being delivered next Wednesday. Where's best to put them? We've got a garage but it's quite damp. Also, do the drivers carry everything upstairs? Our kitchen is on the first floor (it's a maisonette).

Thanks,
Laura"""),
      ag("callum", "11-18 14:30", """Hi Laura,

First floor is fine - it's a two-man crew and they bring everything up to the kitchen level. Please avoid the garage: boxed units are happiest in a dry, heated room, so the lounge or a spare bedroom is ideal. They'll take up about a third of a single room.

The van arrives on Wednesday between 7 and 9am, and the driver rings 30 minutes before he gets to you.

Regards,
Callum""")),

    C("k28-fox-spare-door", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Simon Fox <simon.fox@example.org>", "gmail", "Spare door for the boiler cupboard",
      "Unanswered request resent four days later as a new mail with the same subject; no reply at all.",
      cu("11-12 13:00", """Hello,

We need one extra door to match our kitchen (Oakwright 'Alder' in Sage, 715 x 497) to cover the boiler cupboard. How much would it be, and could it be posted rather than coming on a van?

Simon Fox
Order OW-29874"""),
      cu("11-16 09:30", """Hello,

We need one extra door to match our kitchen (Oakwright 'Alder' in Sage, 715 x 497) to cover the boiler cupboard. How much would it be, and could it be posted rather than coming on a van?

Sending this again as I haven't had a reply to my email of last Thursday.

Simon Fox
Order OW-29874""", chase=True, parent=0)),

    C("k29-hoffmann-angebot-inline", "de", "closed", {},
      "Klaus Hoffmann <k.hoffmann@posteo.example>", "thunderbird_de", "Fragen zum Angebot",
      "German: three questions about the quote answered inline with 'Ja', a date and a pointer to the bank details.",
      cu("11-03 17:30", """Sehr geehrter Herr Krüger,

anbei noch ein paar Fragen zu Ihrem Angebot vom 29. Oktober:

Ist die Entsorgung der alten Küche im Preis enthalten?
Wie lange ist das Angebot gültig?
Können wir die Anzahlung per Überweisung leisten?

Mit freundlichen Grüßen
Klaus Hoffmann"""),
      ag("matthias", "11-04 08:45", """Sehr geehrter Herr Hoffmann,

> Ist die Entsorgung der alten Küche im Preis enthalten?

Ja, Ausbau und Entsorgung stecken in der Position "Demontage".

> Wie lange ist das Angebot gültig?

Bis zum 31. Dezember.

> Können wir die Anzahlung per Überweisung leisten?

Gern, die Bankverbindung steht unten auf dem Angebot.

Mit freundlichen Grüßen
Matthias Krüger""", quote=False)),

    C("k30-ortiz-duracion-obra", "es", "pending", {"unanswered-question": 1},
      "Beatriz Ortiz <beatriz.ortiz@correo.example>", "gmail_es", "Duración de la obra",
      "Spanish: how many days without a kitchen answered; whether the fitters work on Saturdays skipped.",
      cu("11-16 12:00", """Hola, Lucía:

Una consulta: ¿cuántos días estaremos sin cocina durante la instalación? Tenemos dos niños pequeños y necesito organizarme. Y otra cosa, quisiera saber si los montadores trabajan también los sábados.

Muchas gracias,
Beatriz""", uq=1),
      ag("lucia", "11-16 15:30", """Hola, Beatriz:

Para una cocina como la suya, el montaje dura unos seis días laborables, y después hay que esperar una semana a la encimera de cuarzo. Mientras tanto les dejamos el frigorífico enchufado y un grifo provisional, para que no se queden del todo sin cocina.

Un saludo,
Lucía""")),

    C("k31-hughes-quartz-crack", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Paul Hughes <paul.hughes@hughesfamily.example>", "outlook", "Crack in the quartz by the hob",
      "Photo of a crack; 'I'll get back to you by Thursday with an inspection date' kept the next Monday after 'I haven't heard back ... Is there any update?'.",
      cu("11-10 08:20", """Hi Niamh,

We've noticed a hairline crack running from the corner of the hob cut-out towards the front edge. It definitely wasn't there when the worktops went in three weeks ago. Photo attached. What happens now?

Paul Hughes""", attach=[("image/png", "IMG_4471.png", CRACK_PNG)]),
      ag("niamh", "11-10 10:45", """Dear Paul,

Thank you for the photo. Please don't put anything hot on that section for now. I've sent it to the stone fabricator, who will want to inspect it, and I'll get back to you by Thursday with an inspection date.

Kind regards,
Niamh""", promises=[("11-12", 4)]),
      cu("11-16 09:00", """Hi Niamh,

I haven't heard back about the inspection. Is there any update? The crack looks slightly longer this morning.

Paul""", chase=True),
      ag("niamh", "11-16 11:30", """Dear Paul,

I'm sorry for the silence - the fabricator only confirmed this morning. Their surveyor, Tom, will be with you on Wednesday 18 November at 10am. If it's a fabrication fault, which is what it looks like, the piece will be replaced at no cost to you.

Kind regards,
Niamh""")),

    C("k32-barnes-utility-room", "en", "closed", {"unanswered-question": 1},
      "Chloe Barnes <chloe.barnes@example.com>", "gmail", "Utility room as well?",
      "Base64-encoded mail: the utility-room quote is sent as a PDF, the boot-room bench quote request is skipped.",
      cu("11-04 12:10", """Hi Freya,

While you're doing the kitchen, we'd love to sort the utility too. It's 2.4m x 1.8m with the washer and dryer stacked in the corner. Could you add a simple run of base units and a laminate worktop to our quote? Could you also quote for a boot-room bench with coat hooks along the back wall?

Chloe""", uq=1, cte="base64"),
      ag("freya", "11-04 15:30", """Hi Chloe,

Lovely idea. For the utility I'd suggest three 600 base units, a 1200 tall unit beside the stacked machines, and a 2.4m laminate worktop in the same Oak Natural as the kitchen. Revised quote attached - the utility adds £2,185 fitted.

Best,
Freya""", attach=[("application/pdf", "OW-Q-41022.pdf", UTILITY_PDF)])),

    C("k33-fitzgerald-long-paragraph", "en", "closed", {"unanswered-question": 2},
      "Ciara Fitzgerald <ciara.fitzgerald@example.net>", "apple", "Before we sign",
      "Four questions inside one long paragraph; the larder drawers and price validity are answered, the splashback and boiler cupboard are not.",
      cu("11-05 21:40", """Hi Freya,

Thanks again for coming out on Saturday, the kids haven't stopped talking about the 3D drawing. We've gone through the quote line by line tonight and it all makes sense apart from a few things, so bear with me. The larder unit shows as 'internal drawers - optional' and I couldn't work out whether they're in the total or not. We're also wondering whether the quartz can be taken up the wall behind the hob as a splashback instead of the glass, and roughly what that would add. My husband wants to know if the boiler cupboard could be made the same depth as the tall units so it all lines up. Lastly, how long is the price fixed for if we need a few weeks to get the finance sorted?

Thanks so much,
Ciara""", uq=2),
      ag("freya", "11-06 10:00", """Hi Ciara,

Glad the drawing was a hit!

The larder drawers aren't in the total - the set of four would add £340. Your prices are held for 60 days from the quote date, so until 4 January, which should leave plenty of time for the finance.

Best,
Freya""")),

    C("k34-lefebvre-relance", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Sophie Lefebvre <sophie.lefebvre@courriel.example>", "apple_fr", "Réception de la livraison",
      "French owners in Lyon renovating a house in Devon: 'Je reviens vers vous d'ici mardi' kept on Thursday after 'Je me permets de vous relancer'.",
      cu("11-02 10:00", """Bonjour Camille,

Comme nous sommes en France jusqu'à la fin du mois, je voudrais savoir si la livraison de l'électroménager peut être réceptionnée par notre voisin, M. Pascoe, qui a les clés. Et est-ce qu'il faut qu'une personne soit présente pendant la pose ?

Merci beaucoup,
Sophie Lefebvre"""),
      ag("camille", "11-02 14:00", """Bonjour Sophie,

Il faut que je vérifie avec l'équipe de pose comment ils s'organisent quand les propriétaires sont absents. Je reviens vers vous d'ici mardi.

Bien cordialement,
Camille""", promises=[("11-03", 4)]),
      cu("11-05 09:00", """Bonjour Camille,

Je me permets de vous relancer au sujet de la livraison et de la pose, car nous devons prévenir notre voisin.

Sophie""", chase=True),
      ag("camille", "11-05 11:20", """Bonjour Sophie,

Pardon pour ce retard. M. Pascoe peut tout à fait réceptionner la livraison, il lui suffira de signer le bon. Pour la pose, personne n'a besoin d'être là en permanence : le chef d'équipe a seulement besoin des clés le premier matin et d'un numéro pour vous joindre.

Bien cordialement,
Camille"""), tz=1),

    C("k35-palmer-updated-drawings", "en", "pending", {"missed-follow-up": 1, "unanswered-question": 1},
      "Richard Palmer <richard.palmer@palmerhome.example>", "owa", "Updated drawings",
      "'I'll send you the updated drawings by end of day' never kept; the question about the August quartz price is not touched.",
      cu("11-17 09:00", """Hi Freya,

Following our call yesterday, please could you send the updated drawings with the hob moved to the island? Also, is the price on the August quote for the quartz still valid, or will that change too?

Richard Palmer""", uq=1),
      ag("freya", "11-17 11:30", """Hi Richard,

Working on them now - I'll send you the updated drawings by end of day.

Best,
Freya""", promises=[("11-17", None)])),

    C("k36-jenkins-finance-application", "en", "pending", {"unanswered-question": 1},
      "Aled Jenkins <aled.jenkins@example.com>", "gmail", "Finance application",
      "A 'good weekend?' pleasantry, then three finance points; reference and joint applicant answered, the first payment after Christmas not.",
      cu("11-16 13:45", """Hi Bryony,

Hope you had a good weekend? I've started the finance application but got stuck. It asks for an 'agreement reference' - where do I find that? Can I also put my partner on as a joint applicant even though she's not named on the quote? And I'd like the first payment to come out after Christmas if at all possible.

Cheers,
Aled""", uq=1),
      ag("bryony", "11-16 16:00", """Hi Aled,

The agreement reference is the number starting KRF on the finance illustration we emailed you - yours is KRF-558120. Joint applications are fine; she just needs to be on the order too, which I've done, so the names will match.

Kind regards,
Bryony""")),

    C("k37-carter-strip-out", "en", "pending", {"unanswered-question": 1},
      "Mia Carter <mia.carter@example.org>", "iphone", "Strip-out day",
      "Arrival time answered; a follow-up question about recycling the old units gets only 'No problem at all. See you Monday!'.",
      cu("11-16 18:00", """Hi Callum,

What time will the team arrive on Monday for the strip-out? I need to get the dog out of the way first.

Mia

Sent from my iPhone"""),
      ag("callum", "11-17 08:30", """Hi Mia,

Kasia and Lewis will be with you at 8am on Monday. The strip-out usually takes the morning, so the dog might enjoy a long walk!

Regards,
Callum"""),
      cu("11-17 09:10", """Thanks Callum! One more thing - do you recycle the old units, or do they just go to landfill? I'm trying to be a bit greener with this whole project.

Mia

Sent from my iPhone""", uq=1),
      ag("callum", "11-17 12:40", """Hi Mia,

No problem at all. See you Monday!

Regards,
Callum""")),

    C("k38-russell-fitting-slots", "en", "pending", {},
      "Tessa Russell <tessa.russell@russellco.example>", "outlook", "Fitting slots in January",
      "'I've asked Callum to email you tomorrow with the January slots' kept by Callum; the customer picks one and it is booked.",
      cu("11-17 10:00", """Hello Freya,

We've signed the order and paid the deposit. What fitting dates do you have in January? We're away from the 16th to the 23rd.

Tessa Russell"""),
      ag("freya", "11-17 11:20", """Hi Tessa,

Thank you, all received. Callum holds the fitting diary, so I've asked him to email you tomorrow with the January slots that avoid your holiday.

Best,
Freya""", promises=[("11-18", 3)]),
      ag("callum", "11-18 09:30", """Hi Tessa,

Freya passed on your dates. In January I can offer a fit starting Monday 4th (finishing on the 13th) or Monday 25th (finishing on 3 February). Just reply with the one you prefer and I'll lock it in.

Regards,
Callum""", parent=1),
      cu("11-18 10:05", """The 4th please - thanks Callum.

Tessa"""),
      ag("callum", "11-18 11:00", """Hi Tessa,

Done: you're booked from Monday 4 January, with Kasia Nowak's team.

Regards,
Callum""")),

    C("k39-wagner-keramikspuele", "de", "pending", {"unanswered-question": 1},
      "Sabine Wagner <sabine.wagner@webpost.example>", "gmail_de", "Keramikspüle",
      "German: price and cabinet width for a ceramic sink answered, whether the waste with overflow is included skipped.",
      cu("11-16 20:30", """Hallo Herr Krüger,

wir überlegen, statt der Edelstahlspüle die Keramikspüle aus der Ausstellung zu nehmen. Was würde das kosten? Passt sie in den 60er Unterschrank, oder brauchen wir dann einen 80er? Und ist der Abfluss mit Überlaufgarnitur dabei?

Viele Grüße
Sabine Wagner""", uq=1),
      ag("matthias", "11-17 09:15", """Hallo Frau Wagner,

die Keramikspüle (Lugano, anthrazit) kostet 310 £ mehr als die Edelstahlspüle. Der 60er Unterschrank reicht, die Spüle ist genau dafür gemacht.

Viele Grüße
Matthias Krüger""")),

    C("k40-stewart-island-overhang", "en", "closed", {},
      "Ewan Stewart <ewan.stewart@example.com>", "gmail", "Island overhang for stools",
      "Multipart/alternative mail; overhang and bracket questions answered with measures.",
      cu("11-06 13:00", """Hi Freya,

How much overhang do we need on the island for three stools? And will the quartz need a support bracket underneath at that depth?

Ewan""", kind="alt"),
      ag("freya", "11-06 15:20", """Hi Ewan,

Allow 300mm for comfortable knee room - three stools fit easily along your 1.8m island. At 300mm the 30mm quartz supports itself; brackets only come in beyond 350mm.

Best,
Freya""")),

    C("k41-lam-handleless", "en", "open", {},
      "Vivian Lam <vivian.lam@example.net>", "thunderbird", "Handleless kitchens",
      "A new enquiry on the audit day with only the acknowledgement so far - inside the response target.",
      cu("11-20 08:40", """Hello,

Do you do handleless kitchens (true J-pull or rail)? And could a designer visit us in Bath in early December?

Vivian Lam"""),
      ack("11-20 08:41")),

    C("k42-molina-encimera", "es", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Javier Molina <javier.molina@correo.example>", "gmail_es", "Encimera de cuarzo: colores",
      "Spanish: showroom hours answered, the stain question deferred to 'le escribo el lunes' (never), the handle-catalogue request skipped.",
      cu("11-04 19:00", """Hola, Lucía:

¿Cuándo podría pasar por la exposición para ver los colores de cuarzo en tamaño grande? Y aparte, ¿me podría decir si el cuarzo blanco se mancha con el café o con el vino? Tenemos una cafetera de las grandes y en casa se bebe mucho tinto.

Otra cosa: por favor, mándenme también el catálogo de tiradores en PDF.

Saludos,
Javier""", uq=1),
      ag("lucia", "11-05 10:00", """Hola, Javier:

La exposición de Cheltenham abre de martes a sábado, de 10 a 17 h, y no hace falta cita, aunque si me avisa antes le preparo las muestras grandes. Lo de las manchas lo consulto con el proveedor para darle una respuesta exacta y le escribo el lunes.

Un saludo,
Lucía""", promises=[("11-09", None)])),

    C("k43-robinson-start-time", "en", "closed", {"unanswered-question": 1},
      "Leo Robinson <leo.robinson@example.org>", "gmail", "Working hours during the fit",
      "Asked whether the fitters can start at 8; the reply talks about when they finish and tidy up.",
      cu("11-04 08:00", """Hi Callum,

During the fit, can the fitters start at 8 rather than 9? We both leave for work at 7:45 and would rather let them in ourselves than leave a key out.

Leo""", uq=1),
      ag("callum", "11-04 10:30", """Hi Leo,

The team usually finishes by 5pm, and they always tidy up and vacuum before they leave, so you'll come home to a clean site each evening.

Regards,
Callum""")),

    C("k44-ward-dented-unit", "en", "pending", {},
      "Gemma Ward <gemma.ward@example.com>", "android", "Damaged wall unit",
      "Report of a dented unit, then a second mail with the photo and box label before any reply (not a chase); replacement booked.",
      cu("11-18 07:40", """Hi,

One of the wall units delivered yesterday has a dent in the side panel - it's the one that goes next to the extractor. Can you send a replacement before the fitters get to it on Monday?

Gemma

Sent from Outlook for Android"""),
      cu("11-18 07:52", """Photo attached, and the label on the box says W6072-HG.

Gemma

Sent from Outlook for Android""", parent=1, attach=[("image/png", "unit-dent.png", DENT_PNG)]),
      ag("niamh", "11-18 10:30", """Hi Gemma,

Thanks for the photo and the code - that one's definitely not usable. A replacement W6072 in Heron Grey is on Friday's delivery run, so Kasia's team will have it for Monday, and the driver will take the damaged one away.

Kind regards,
Niamh""")),

    C("k45-bernard-certificat", "fr", "pending", {},
      "Thomas Bernard <thomas.bernard@courriel.example>", "apple_fr", "Certificat électrique",
      "French: the electrician's certificate requested for the insurer is sent as a PDF.",
      cu("11-16 11:00", """Bonjour,

Notre assureur nous demande le certificat de l'électricien pour les travaux de la cuisine (nouveau circuit pour la plaque). Pourriez-vous me l'envoyer ? Je ne le trouve pas dans les documents de fin de chantier.

Cordialement,
Thomas Bernard"""),
      ag("camille", "11-16 14:10", """Bonjour Thomas,

Le voici en pièce jointe : c'est le certificat EIC n° 20611, établi par Rob Tanner le 6 novembre. Il est aussi enregistré auprès du NICEIC, si votre assureur souhaite le vérifier.

Bien cordialement,
Camille""", attach=[("application/pdf", "EIC-20611.pdf", CERT_PDF)])),

    C("k46-evans-holding-price", "en", "pending", {"unanswered-question": 2},
      "Megan Evans <megan.evans@evansfamily.example>", "outlook", "Holding the price until January",
      "Three questions before signing in January: price held answered, deposit by card and the design fee deduction skipped.",
      cu("11-17 14:30", """Hello Freya,

We'd like to go ahead, but not until the new year because of other work on the house. Will the price on our quote still stand if we sign in January? Can the 10% deposit be paid by credit card? And is the £150 design fee we paid deducted from the final total?

Best wishes,
Megan Evans""", uq=2),
      ag("freya", "11-18 09:00", """Hi Megan,

That's great news. Our prices go up by around 4% on 1 February, so as long as the order is signed before then you keep the price on your quote.

Best,
Freya""")),

    C("k47-ahmed-larder-chase", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Yusuf Ahmed <yusuf.ahmed@example.com>", "gmail", "Larder unit size",
      "Larder question answered; nine days later the customer chases a revised quote asked for by phone, with no reply.",
      cu("11-09 10:00", """Hi Freya,

Is the 500 larder deep enough for a standard cereal box on its side? Trying to decide between that and the 600.

Yusuf"""),
      ag("freya", "11-09 12:00", """Hi Yusuf,

Inside it's 520mm deep, so a cereal box lies down with room to spare in either. The 600 simply gives you 100mm more width on every drawer.

Best,
Freya"""),
      cu("11-18 15:00", """Hi Freya,

Just checking in on the revised quote with the 600 larder that I asked for when I phoned on Thursday. Still nothing in my inbox.

Yusuf""", chase=True)),

    C("k48-koch-montage", "de", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Uwe Koch <uwe.koch@kochnet.example>", "outlook_de", "Montage – Parkplatz und Strom",
      "German: parking permit and number of fitters answered, the fuse box deferred with 'melde mich morgen' (never), the resent deposit invoice skipped.",
      cu("11-04 18:00", """Sehr geehrte Damen und Herren,

in unserer Straße gibt es nur Anwohnerparken. Brauchen die Monteure eine Parkgenehmigung, und wer kümmert sich darum? Außerdem bitte ich um eine kurze Bestätigung, dass der Elektriker die alte Verteilung im Flur nicht anfassen muss.

Und noch etwas: Wie viele Monteure werden kommen? Können Sie uns außerdem die Rechnung für die Anzahlung noch einmal schicken? Sie ist bei uns im Spam gelandet und wurde gelöscht.

Mit freundlichen Grüßen
Uwe Koch""", uq=1),
      ag("matthias", "11-05 09:00", """Sehr geehrter Herr Koch,

um die Parkgenehmigung kümmern wir uns: Wir beantragen bei der Stadt eine Besucherkarte für den Transporter, die Kosten übernehmen wir. Es kommen zwei Monteure, beim Ausbau am ersten Tag drei.

Wegen der Verteilung frage ich bei unserem Elektriker nach und melde mich morgen bei Ihnen.

Mit freundlichen Grüßen
Matthias Krüger""", promises=[("11-06", None)])),

    C("k49-hall-warranty-links", "en", "closed", {},
      "Oliver Hall <oliver.hall@example.net>", "gmail", "Warranty and care guides",
      "Two questions answered with little more than two links, under a [Resolved] subject tag; the thanks afterwards does not reopen.",
      cu("11-05 20:00", """Hi,

Now that everything's in (and looks brilliant), where can we register the appliance warranties? And is there a care guide for the quartz somewhere? I'd rather not ruin it in the first month.

Oliver"""),
      ag("niamh", "11-06 09:00", """Hi Oliver,

Appliances - already registered by us on the day of fitting, details here: https://oakwrightkitchens.example/my-order/warranties?order=OW-30112
Quartz: https://oakwrightkitchens.example/care/quartz

Kind regards,
Niamh""", subject="[Resolved] Re: Warranty and care guides", closes=True),
      cu("11-06 09:30", """Perfect, thanks Niamh!

Oliver""", thanks=True, subject="Re: [Resolved] Re: Warranty and care guides")),

    C("k50-vega-zocalo", "es", "pending", {},
      "Carmen Vega <carmen.vega@correo.example>", "gmail_es", "Zócalo y rodapié",
      "Spanish: a '¿qué tal?' greeting, then two small questions, both answered.",
      cu("11-17 18:30", """Hola, Lucía, ¿qué tal?

Ya casi está la cocina y nos encanta. Dos dudas pequeñas: ¿el zócalo se puede quitar para limpiar debajo de los muebles? Y el rodapié que han quitado los montadores, ¿lo vuelven a poner ellos o tenemos que llamar a un carpintero?

Un abrazo,
Carmen"""),
      ag("lucia", "11-18 09:30", """Hola, Carmen:

¡Qué alegría que les guste! Sí, el zócalo va con clips y sale tirando suavemente desde abajo; para volver a ponerlo basta con encajarlo. El rodapié lo repone el equipo de montaje el último día, ya está incluido en el presupuesto.

Un saludo,
Lucía""")),

    C("k51-murray-touch-up", "en", "closed", {"unanswered-question": 2},
      "Graham Murray <graham.murray@example.com>", "gmail", "After the snag visit",
      "Three things after a snag visit: the rough oak is explained, the touch-up paint and colour code requests are skipped.",
      cu("11-05 17:00", """Hi Niamh,

Dean came today and sorted the drawer and the sealant - many thanks. Three small things while I think of it:

Could you leave us a small pot of the door paint for touch-ups? What's the exact colour name and code, in case we want to paint the radiator cover to match? And is it normal for the oak worktop to feel a bit rough near the sink already?

Graham""", uq=2),
      ag("niamh", "11-06 10:10", """Hi Graham,

Glad Dean got everything sorted. A bit of roughness near the sink is quite normal in the first few weeks - the grain lifts slightly where it gets wet. A very light rub with the fine pad from your care kit and a thin coat of oil will smooth it straight away.

Kind regards,
Niamh""")),

    C("k52-iglesias-bisagra", "es", "closed", {"unanswered-question": 1},
      "Raúl Iglesias <raul.iglesias@correo.example>", "gmail_es", "Bisagra rota",
      "Spanish: a broken hinge is covered and new hinges are already posted (no visit needed); the request for the lacquer care manual is skipped.",
      cu("11-02 10:30", """Buenos días:

Se nos ha roto una bisagra del armario de encima de la campana y la puerta se queda colgando. ¿Esto entra en la garantía? ¿Y pueden venir a cambiarla esta semana? Trabajo desde casa, así que cualquier día me viene bien.

Por cierto, ¿me pueden mandar el manual de mantenimiento de las puertas lacadas? No lo encuentro por ningún lado.

Gracias,
Raúl Iglesias""", uq=1),
      ag("lucia", "11-02 13:15", """Hola, Raúl:

Sí, las bisagras tienen garantía de por vida, así que no le cuesta nada. No hace falta que vaya nadie: esta mañana le han salido por mensajería dos bisagras nuevas con instrucciones, y se cambian en cinco minutos con un destornillador.

Un saludo,
Lucía""")),

    C("k53-price-dimensioned-plan", "en", "closed", {"missed-follow-up": 1},
      "Hannah Price <hannah.price@example.org>", "gmail", "Drawings for building control",
      "Dimensioned plan promised by Friday, sent the next Monday with an apology - kept late, no chase.",
      cu("11-04 09:00", """Hi Freya,

Our extension architect needs the kitchen layout as a PDF with dimensions for the building control submission. Could you send one over?

Thanks,
Hannah"""),
      ag("freya", "11-04 11:00", """Hi Hannah,

Of course. The plan view needs the dimensions adding first, which I'll do by Friday.

Best,
Freya""", promises=[("11-06", 3)]),
      ag("freya", "11-09 10:00", """Hi Hannah,

Sorry this is later than I said. Dimensioned plan attached, with the wall elevations on page 2 in case building control want those too.

Best,
Freya""", parent=1, attach=[("application/pdf", "OW-D-7602-dimensioned.pdf", PLAN_PDF)])),

    C("k54-blake-soft-close", "en", "closed", {},
      "Norman Blake <norman.blake@example.net>", "oldclient", "Soft-close hinges",
      "An old mail client; the customer's follow-up lost its threading headers (subject only). Both questions answered.",
      cu("11-03 10:00", """Hello,

We've had the kitchen three weeks now and the soft-close has stopped working on two of the wall cupboard doors. They bang shut. How do I adjust them myself? I'm reasonably handy.

Norman Blake"""),
      ag("niamh", "11-03 12:00", """Dear Norman,

On each hinge there's a small grey dial next to the cup in the door. Turn it towards the + a couple of clicks and the door should slow down again; if it's turned all the way to - the damper is effectively switched off.

Kind regards,
Niamh"""),
      cu("11-03 18:00", """Thanks - that worked a treat on one door, but the other still slams however far I turn the dial. Is it the damper that's gone?

Norman""", thread=False),
      ag("niamh", "11-04 09:00", """Dear Norman,

It sounds like it, yes. The damper clips onto the hinge arm, so there's no need to take the door off. Two spare dampers went in the post to you this morning, with a photo showing which way round they go.

Kind regards,
Niamh""")),

    C("k55-rousseau-hauteur", "fr", "closed", {},
      "Amélie Rousseau <amelie.rousseau@courriel.example>", "apple_fr", "Hauteur du plan de travail",
      "French: raising the worktop, by how much and the effect on the integrated dishwasher, all answered in one reply; thanks-only reply.",
      cu("11-06 09:30", """Bonjour Camille,

Je mesure 1,80 m et mon mari 1,90 m : est-il possible de surélever le plan de travail ? Si oui, de combien, et est-ce que cela change quelque chose pour le lave-vaisselle intégré ?

Merci d'avance,
Amélie"""),
      ag("camille", "11-06 12:00", """Bonjour Amélie,

Oui, nous pouvons régler les pieds pour un plan de travail à 950 mm, soit 5 cm au-dessus du standard. Le lave-vaisselle a son propre réglage en hauteur et la plinthe suit, donc aucun souci de ce côté-là.

Bien cordialement,
Camille"""),
      cu("11-06 12:30", """Parfait, merci beaucoup !

Amélie""", thanks=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "k02-okonkwo-quartz-thickness": [
        "Please also confirm whether the old worktops and units will be taken away, or whether we need to hire a skip."],
    "k05-whitfield-snag-list": [
        "Can you replace the end panel next to the fridge?"],
    "k08-becker-eiche": [
        "Außerdem hätte ich gern ein Muster der geräucherten Eiche, bevor wir endgültig bestellen."],
    "k11-fraser-sink-island": [
        "Do we need building regs sign-off for that?"],
    "k15-howell-templating": [
        "Should the sink and hob already be on site when they come?",
        "And can they text me on the morning rather than call?"],
    "k19-wright-three-agents": [
        "does the completion sign-off include the electrician's certificate, or does that come separately later?"],
    "k21-martin-stratifie": [
        "Est-ce que la crédence assortie est comprise dans le prix ou faut-il la compter en plus ?"],
    "k24-kaur-tap-finish": [
        "And can the plumber fit the new one on the same visit as the dishwasher on the 26th, so we don't need another day off?"],
    "k30-ortiz-duracion-obra": [
        "Y otra cosa, quisiera saber si los montadores trabajan también los sábados."],
    "k32-barnes-utility-room": [
        "Could you also quote for a boot-room bench with coat hooks along the back wall?"],
    "k33-fitzgerald-long-paragraph": [
        "We're also wondering whether the quartz can be taken up the wall behind the hob as a splashback instead of the glass, and roughly what that would add.",
        "My husband wants to know if the boiler cupboard could be made the same depth as the tall units so it all lines up."],
    "k35-palmer-updated-drawings": [
        "Also, is the price on the August quote for the quartz still valid, or will that change too?"],
    "k36-jenkins-finance-application": [
        "And I'd like the first payment to come out after Christmas if at all possible."],
    "k37-carter-strip-out": [
        "do you recycle the old units, or do they just go to landfill?"],
    "k39-wagner-keramikspuele": [
        "Und ist der Abfluss mit Überlaufgarnitur dabei?"],
    "k42-molina-encimera": [
        "Otra cosa: por favor, mándenme también el catálogo de tiradores en PDF."],
    "k43-robinson-start-time": [
        "During the fit, can the fitters start at 8 rather than 9?"],
    "k46-evans-holding-price": [
        "Can the 10% deposit be paid by credit card?",
        "And is the £150 design fee we paid deducted from the final total?"],
    "k48-koch-montage": [
        "Können Sie uns außerdem die Rechnung für die Anzahlung noch einmal schicken?"],
    "k51-murray-touch-up": [
        "Could you leave us a small pot of the door paint for touch-ups?",
        "What's the exact colour name and code, in case we want to paint the radiator cover to match?"],
    "k52-iglesias-bisagra": [
        "Por cierto, ¿me pueden mandar el manual de mantenimiento de las puertas lacadas?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"OWC-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=CARE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", CARE),
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
    return mailcraft.cases_table("Practice corpus 72: Oakwright Kitchens - cases",
                                 "make_practice72_corpus.py", rows)


def readme(cases: list[Case]) -> str:
    """README.md: the company, the figures of the corpus (computed) and what it contains."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    clean = sum(1 for c in cases if not c.rules)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    lang_names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
    lang_text = ", ".join(f"{lang_names[k]} {n}" for k, n in langs.most_common())
    rule_text = ", ".join(f"{r} {found[r]}" + (f" (in {asking} cases)" if r == "unanswered-question" else "")
                          for r in RULES if found[r])
    return f"""# Practice corpus 72: Oakwright Kitchens support

A question-heavy labelled support mailbox, written **without looking at the detection
heuristics** (`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one.
Use it to measure, not to tune: once the heuristics have been changed because of its cases,
it is no longer unseen.

- Company: **Oakwright Kitchens**, a kitchen design-and-fit company with a showroom in
  Cheltenham: home design visits, quotes and revised quotes, worktops in quartz, oak and
  laminate, appliance packages, lead times for painted and oak doors, the fitting diary and
  fitting teams, electricians and plumbers, templating and delivery days, snagging lists after
  fitting, deposits, refunds and 0% finance plans. Support address
  `care@oakwrightkitchens.example`; agents Freya Ashdown (design and quotes), Callum Reddy
  (installation coordinator), Niamh Okafor (customer care and aftercare), Bryony Hale
  (accounts and finance), Matthias Krüger (German-speaking customers), Camille Roussel
  (French-speaking customers) and Lucía Benavente (Spanish-speaking customers), all
  `@oakwrightkitchens.example`. A helpdesk robot (`care@oakwrightkitchens.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few mails with "we aim to reply within one
  working day" - service-hours text, not a commitment.
- Customers are homeowners on `*.example` domains and example.com/.org/.net, a few of them
  German-, French- and Spanish-speaking. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain oakwrightkitchens.example`.

```
python scripts/make_practice72_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice72_corpus.py --out /tmp/p72         # ... into another folder
python scripts/evaluate.py --corpus tests/practice72            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice72_corpus.py
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

## Contents

{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox
({roles['customer']} customer mails and {roles['auto']} customer out-of-office reply),
{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. {clean} clean cases
({round(100 * clean / len(cases))} %). Languages: {lang_text}. Statuses:
{statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.

Expected findings: {rule_text}.

Answered questions (not labelled) are answered in the agent's own words: out of order in one
paragraph (k01), inline under each quoted question with a model name, a price or a bare
"Ja" (k03, k29), with only a figure or a measure (k06, k40, k55), with only links (k49), with
only an attachment (k22 model list, k45 electrician's certificate), two questions in one
sentence (k27), by colleagues each taking their part (k19), with a "no, but..." (k09: not
before Christmas, veneer instead), after a chase (k04, k10, k16, k23, k31, k34), or deferred
with a promise (k07, k18, k26, k34, k35, k42, k48).

Unanswered questions are the realistic kind: a secondary request at the end of a list or
paragraph (k02, k05, k08, k32, k42, k48, k52), the second half of a short mail (k11, k21,
k24, k30, k39), two of three questions skipped (k15, k46, k51), two of four inside one long
paragraph (k33), a neighbouring answer instead of the one asked (k43: asked about an 8am
start, told the finishing time; k19: asked about the electrician's certificate, told about
the sign-off walk-round), a follow-up question after the case seemed done (k19, k37: "No
problem at all. See you Monday!"), and a question next to a deferred one (k35, k42, k48).

Not questions (must not be flagged): a rhetorical question and a self-answered one (k12),
pleasantries ("Hope you had a good weekend?" k36, "Hola, Lucía, ¿qué tal?" k50), a customer
signature "Thinking of extending?" with a `?` URL (k25), support signatures with "Questions
about your fitting week?" and `?` URLs, quoted history in every reply, thanks-only mails
(k01, k02, k09, k12, k18, k22, k49, k55), and questions in a customer's latest unanswered
mail, which are `awaiting-reply` territory (k13, k28, k41, k47).

Commitments: kept on time (k14 "tomorrow morning", k19 passed to two colleagues, k38 "asked
him to email you tomorrow", kept by the colleague), kept late = missed (k04 "early next week"
said on a Thursday, kept the Monday after; k10 "el jueves"; k16 "bis Freitag"; k23 "by
Friday"; k31 "by Thursday"; k34 "d'ici mardi"; k53 "by Friday", kept on Monday without any
chase), never kept (k07 "by Wednesday", k18 "tomorrow", k35 "by end of day", k42 "el lunes",
k48 "morgen"), a deadline still ahead at audit time (k26, Tuesday 24 November).
Non-promises: delivery and visit logistics ("The van arrives on Wednesday between 7 and 9am,
and the driver rings 30 minutes before" k27; booked visits in k05, k20, k31; a courier
exchange in k24), a refund that "should show on your card within 3-5 working days" (k23), a
conditional offer ("Just reply with the one you prefer and I'll lock it in", k38), things
already done ("Two spare dampers went in the post", k54) and the acknowledgement's service
hours (k13, k41).

Chasing in varied wording and languages: "any news from the workshop?", "Just following up
on the handle samples below", "Just following up on the refund", "Still waiting on this. It's
now the second time I've asked" (k23 chases twice), "I haven't heard back ... Is there any
update?", "Just checking in on the revised quote ... I asked for when I phoned", "ich warte
immer noch auf Ihre Rückmeldung", "Je me permets de vous relancer", "¿Hay alguna novedad ...?
Sigo esperando", and a word-for-word resend as a new mail with the same subject (k28). Not
chasing: a second mail adding a photo and the box label before any reply (k44).

Status and timing: awaiting reply (k13, k28, k47), a fresh enquiry inside the response
target with only the acknowledgement (k41), a slow first response (Friday evening answered
on Monday, k11), an explicit close "I'll mark this as resolved" followed by a new snag (k20)
and a `[Resolved]` subject tag followed only by thanks (k49, not reopened), three agents on
one case (k19), a customer writing from France in CET (k34).

Mail variety: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web and
Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:` subjects),
Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora client whose reply lost its
threading headers (k54); top-posted and inline replies; plain 7bit, quoted-printable, base64
(k32), multipart/alternative (k40, acknowledgements) and HTML-only (k17); PDF and PNG
attachments (drawings, a quote, a model list, a certificate, a dimensioned plan, photos of a
crack and a dent); a customer's own out-of-office reply with `X-Autoreply` (k25); customers
replying to their own mail (k13, k23, k44).

## Judgement calls

- **Deferral is not an unanswered question** (k07, k18, k26, k34, k35, k42, k48): a question
  answered with a promise is labelled only through `missed-follow-up` when the promise is
  broken. k35's, k42's and k48's other questions, which the promise does not cover, are
  labelled.
- **k19**: Callum's second reply talks about the completion walk-round, not about the
  electrician's certificate - labelled unanswered. Freya's "I've passed the fitting question to
  Callum and the payment one to Bryony" is kept the same day by both.
- **k43**: asked whether the fitters can start at 8, the agent tells the customer when they
  finish - not an answer.
- **k52**: "¿Y pueden venir a cambiarla esta semana?" is answered by "No hace falta que vaya
  nadie" (the hinges are already posted); only the manual request is labelled.
- **k12**: "Where do I find the order reference for the form? Oh hang on, it's at the top..."
  is answered by the customer herself.
- **k53**: a promise kept late counts as missed even though the customer never chased.
- **k44**: the second mail adds a photo and a code before any reply: not a chase.
- **k23**: two chasing mails - count 2.

## Independence

Written from the brief, tests/eval/README.md (format and conventions),
/work/shared/report-contract.md, scripts/mailcraft.py, scripts/make_practice24_corpus.py and
tests/test_practice24_corpus.py (structure only: no phrasing borrowed). Not opened:
`happyaudit/` (the tool's code), the README's sections on method, accuracy and weak points,
any other test file, any other corpus's generator, cases or mailbox. All labels were fixed
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
    mailcraft.write_maildir(box / "Sent", sent, "mx1.oakwrightkitchens.example")
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
        raise SystemExit("refusing to write tests/practice72:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice72:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice72 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice72")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
