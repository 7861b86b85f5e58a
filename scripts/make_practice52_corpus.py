#!/usr/bin/env python3
"""Regenerate ``tests/practice52/``: a labelled corpus of Corrie Appliance Repair.

A support mailbox of a fictional Glasgow home-appliance repair firm (washing machines,
dishwashers, ovens, hobs, fridges and freezers: engineer call-outs and slots, parts on order,
CoverPlus extended-cover plans, landlord and letting-agent accounts, quotes, invoices and
credit notes), written without looking at the detection heuristics. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``corrierepair.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions it
asks). The script recomputes status and every rule count from those facts and the dates, and
refuses to write when they disagree with the hand-written case labels, or when a labelled
question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice52_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "corrierepair.example"
SERVICE = "Corrie Appliance Repair <service@corrierepair.example>"
RULES = mailcraft.RULES
YEAR = 2026
CORPUS_NAME = "practice52"

AGENTS = {
    "fiona": ("Fiona Baird <fiona.baird@corrierepair.example>", "thunderbird", """-- 
Fiona Baird
Bookings & Engineer Scheduling | Corrie Appliance Repair
0141 496 0100 | https://corrierepair.example/book?src=sig"""),
    "callum": ("Callum Reid <callum.reid@corrierepair.example>", "outlook", """Callum Reid
Parts Desk | Corrie Appliance Repair
Unit 4, Kelvin Industrial Estate, Glasgow G20 0SP
Not sure which part you need? Send us the model number from the rating plate."""),
    "priya": ("Priya Nair <priya.nair@corrierepair.example>", "gmail", """--
Priya Nair
CoverPlus Plans & Warranty | Corrie Appliance Repair
Questions about your plan? https://corrierepair.example/coverplus?src=sig"""),
    "dougie": ("Dougie Lennox <dougie.lennox@corrierepair.example>", "apple", """Dougie Lennox
Landlord Accounts & Invoicing | Corrie Appliance Repair
This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error, please let us know and delete it."""),
    "sabine": ("Sabine Krüger <sabine.krueger@corrierepair.example>", "outlook_de", """Sabine Krüger
Kundenservice (Deutsch) | Corrie Appliance Repair
https://corrierepair.example/de?ref=signatur"""),
    "helene": ("Hélène Roux <helene.roux@corrierepair.example>", "apple_fr", """Hélène Roux
Service clients (français) | Corrie Appliance Repair
https://corrierepair.example/fr?utm_source=email"""),
    "lucia": ("Lucía Ferrer <lucia.ferrer@corrierepair.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente (español) | Corrie Appliance Repair
+44 141 496 0109"""),
}

ACK = """Hello,

Thanks for contacting Corrie Appliance Repair. This is an automatic reply to let you
know we have received your message - your reference is {ref}. Our office is open
Monday to Friday, 8am-6pm, and we aim to reply within one working day.

If an appliance is leaking or there is a burning smell, switch it off at the wall and
call us on 0141 496 0100.

Corrie Appliance Repair
https://corrierepair.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: CorrieDesk 5.1"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="car.", outlook_server="AM7PR1")
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
    """A reply by support agent ``who`` at ``when`` (Glasgow time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Glasgow: a promise "by Wednesday" is kept on Wednesday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

INVOICE_HYNDLAND_PDF = mailcraft.pdf(["Corrie Appliance Repair - Invoice INV-60917",
                                      "West End Lets (account LL-0288)",
                                      "88 Hyndland Road, Flat 2/1: oven thermostat replaced",
                                      "Total GBP 132.00 inc VAT"])
CREDIT_NOTE_PDF = mailcraft.pdf(["Corrie Appliance Repair - Credit note CN-1193",
                                 "Sandhu Properties - against invoice INV-60412",
                                 "22 Allison Street: second call-out charged in error",
                                 "Credit GBP 65.00"])
INSURANCE_INVOICE_PDF = mailcraft.pdf(["Corrie Appliance Repair - Invoice INV-59802 (copy)",
                                       "Job 54870, 17 Maxwell Drive, Glasgow G41",
                                       "Chest freezer: compressor failed 12 October 2026",
                                       "Total GBP 214.00 inc VAT"])
MACHINES_PDF = mailcraft.pdf(["CoverPlus like-for-like replacement - plan CP-197420",
                              "1. Bosch Serie 4 WGG24409GB, 9 kg, 1400 rpm",
                              "2. Hotpoint NSWM965CWUK, 9 kg, 1600 rpm",
                              "3. Beko B5W5941AW, 9 kg, 1400 rpm",
                              "Delivery, installation and removal of old machine included"])
TRADE_FORM_PDF = mailcraft.pdf(["Corrie Appliance Repair - Trade account application",
                                "Company name / address / VAT number",
                                "Labour: 15 percent trade discount; parts: cost plus 10 percent",
                                "Return to accounts@corrierepair.example"])
REVISED_QUOTE_PDF = mailcraft.pdf(["CoverPlus quotation Q-CP-8841 (revised)",
                                   "Oven, dishwasher, washing machine",
                                   "GBP 14.75 per month by direct debit on the 1st",
                                   "Valid until 31 December 2026"])
DEVIS_PDF = mailcraft.pdf(["Corrie Appliance Repair - Devis D-2611-019",
                           "Four Smeg: joint de porte et vitre interieure",
                           "Pieces et pose: GBP 148.00 TTC",
                           "Valable 30 jours"])
ESSER_INVOICE_PDF = mailcraft.pdf(["Corrie Appliance Repair - Rechnung / Invoice INV-59655",
                                   "Cecil Street, Glasgow G12: washing machine drain pump",
                                   "Total GBP 156.00 inc VAT"])
STATEMENT_PDF = mailcraft.pdf(["Corrie Appliance Repair - Statement LL-0322",
                               "Gallagher Lets - April to October 2026",
                               "14 jobs, total GBP 2,310.50 inc VAT",
                               "VAT registration GB 123 4567 89"])
SEPT_INVOICES_PDF = mailcraft.pdf(["Invoices INV-58810 (Crow Road, dishwasher) and",
                                   "INV-58876 (Thornwood Drive, oven) - copies",
                                   "Gallagher Lets, account LL-0322"])
RATING_PLATE_PNG = mailcraft.png(14, 9, lambda x, y: (200 - 5 * y, 200 - 5 * y, 205 + 3 * x))
CRACKED_GLASS_PNG = mailcraft.png(12, 12, lambda x, y: (30 + 10 * ((x + y) % 3), 30, 35 + 9 * x))

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("c01-partick-washer-rumble", "en", "closed", {},
      "Eilidh Munro <eilidh.munro@greenmail.example>", "gmail", "Washing machine making a racket on spin",
      "Three questions (a visit this week, the call-out fee, leaving a key with a neighbour) answered in the agent's own words; thanks-only acknowledgement.",
      cu("11-02 08:12", """Hi there,

Our Bosch Serie 6 (about four years old) has started making a horrible rumbling, grinding noise whenever it goes into the spin - it sounds like a jet taking off and the whole kitchen floor shakes. The washing itself still seems fine.

Is there any chance someone could come out this week? I'm also not sure what your call-out fee is, the website just says "from". And do I need to be home for the whole slot, or can I leave a key with my neighbour downstairs?

Thanks,
Eilidh Munro
Flat 3/2, 41 Dumbarton Road, Glasgow G11"""),
      ag("fiona", "11-02 10:05", """Hi Eilidh,

That sounds very much like the drum bearings, but the engineer will confirm. I've booked Scott for Thursday 5 November, morning slot (8am-12pm); he texts about half an hour before he arrives.

It's £65 for the visit, which includes the diagnosis and the first half hour of labour. If the bearings do need replacing he'll give you a fixed price on the day before doing anything.

A key with your neighbour is absolutely fine - just tell us their name so Scott knows who to ask for. Please leave the drum empty.

Best wishes,
Fiona"""),
      cu("11-02 10:31", """Brilliant, thank you! Thursday morning works.

Eilidh""", thanks=True)),

    C("c02-hyndland-neff-element", "en", "closed", {"unanswered-question": 1},
      "Graham Whitelaw <g.whitelaw@whitelaw-family.example>", "outlook", "Neff oven - replacement element",
      "Arrival date of the part and the charge for the second visit are answered; the request to look at the torn door seal on the same visit is skipped.",
      cu("11-05 19:40", """Hello,

Your engineer (Scott) came out on Tuesday and confirmed the fan element on our Neff oven has gone. He said he'd order a new one.

When will the replacement element arrive? We've got family coming for a big dinner on the 14th so we're keen to have it back before then.

While he's here for the fitting, could you also have him look at the door seal, it's torn at the bottom left corner and I think heat is escaping. And is there any extra charge for the second visit, or is that part of the quote he gave us?

Regards,
Graham Whitelaw""", uq=1),
      ag("callum", "11-06 09:20", """Dear Graham,

The element is with our supplier's courier and due here on Tuesday 10th. I've pencilled Scott in for Wednesday 11th, 8-12, to fit it, so you'll be well ahead of the 14th.

The fitting is covered by the £148 Scott quoted you - there's no second call-out.

Kind regards,
Callum""")),

    C("c03-aisha-fridge-coverplus", "en", "pending", {},
      "Aisha Rahman <aisha.r@northmail.example>", "iphone", "Fridge not cooling - am I covered?",
      "A question phrased as a statement with a '?', an indirect one ('Not sure if I need the receipt') and a visit request, all answered; thanks-only reply.",
      cu("11-16 21:14", """Hi,

Our Samsung fridge freezer stopped cooling properly this weekend - the freezer is fine but the fridge part is sitting at about 12 degrees. We bought it 14 months ago and took out your CoverPlus plan at the same time, so I think we're covered? Not sure if I need the original receipt from the shop or whether the plan number is enough, I can only find the plan email.

Can someone come out this week please?

Aisha

Sent from my iPhone"""),
      ag("priya", "11-17 09:45", """Hi Aisha,

Good news - you are. Plan CP-208814 runs until September 2030 and includes parts and labour, so there's nothing to pay for this repair. The plan number is all we need; no receipt.

I've booked an engineer for Thursday 19 November, afternoon slot (12-5pm). If that doesn't suit, reply here and we'll move it.

Kind regards,
Priya"""),
      cu("11-17 10:02", """Thursday afternoon is perfect, thanks so much!

Aisha

Sent from my iPhone""", thanks=True)),

    C("c04-cowie-lettings-portfolio", "en", "pending", {"unanswered-question": 2},
      "Martin Cowie <martin@cowie-lettings.example>", "outlook", "Adding properties to our account + a few questions",
      "Letting agent's numbered list of four: the new property and invoice layout are handled, the safety-check and volume-rate questions are not; signature with a '?' URL.",
      cu("11-16 11:02", """Hi Dougie,

Hope all's well. We've taken on a few more flats so I wanted to sort the account out before the winter rush:

1. Please add 14 Kelvin Court, Flat 0/2, G12 8AB to our landlord account - the tenant moves in on the 1st.
2. Can the invoices show the property address at the top? At the moment our bookkeeper has to match every job number by hand.
3. Do you do annual appliance safety checks (PAT testing) for furnished lets?
4. We're now at 9 properties with you - is there a better rate for landlords with that many?

Cheers,
Martin Cowie
Cowie Lettings
www.cowie-lettings.example | Looking for a flat? https://cowie-lettings.example/to-let?src=email""", to="Dougie Lennox <dougie.lennox@corrierepair.example>", uq=2),
      ag("dougie", "11-17 09:30", """Hi Martin,

All well here, thanks. Kelvin Court 0/2 is on the account now (LL-0417), so the tenant can book with us directly from the 1st.

From the next invoice run the property address will be printed under the job number - I've switched that on for all of your flats.

Best,
Dougie""")),

    C("c05-dennistoun-dishwasher-pump", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Kieran Doyle <kieran.doyle@inboxmail.example>", "gmail", "Dishwasher part - any idea when?",
      "'I'll come back to you by Wednesday with a firm date' kept the following Monday after the customer chases: late = missed.",
      cu("11-09 08:30", """Hi,

Your engineer was out on Friday to our Hotpoint dishwasher (job 55120) - it won't drain and shows an error. He said the drain pump has had it and he'd need to order one.

Do you know when it'll be in? Two kids and no dishwasher is not a fun combination.

Kieran"""),
      ag("callum", "11-09 11:50", """Hi Kieran,

Hotpoint pumps are on back order with the main distributor just now. I'm checking with a second supplier this morning and I'll come back to you by Wednesday with a firm date.

Regards,
Callum""", promises=[("11-11", 4)]),
      cu("11-13 09:05", """Hi Callum,

Any news on the pump? It's now a week with no dishwasher.

Kieran""", chase=True),
      ag("callum", "11-16 10:15", """Hi Kieran,

Apologies for the silence. The pump arrives on Wednesday 18th and Scott is booked to fit it on Thursday 19th between 8 and 12. No further charge, it's all under job 55120.

Regards,
Callum""")),

    C("c06-hofmann-spuelmaschine", "de", "pending", {},
      "Jürgen Hofmann <juergen.hofmann@postfach.example>", "gmail_de", "Spülmaschine pumpt nicht ab (E24)",
      "German customer in Glasgow: three questions (a visit this week, the cost, whether to bail out the water) answered in one reply, out of order.",
      cu("11-16 19:05", """Hallo,

unsere Siemens-Spülmaschine pumpt seit gestern das Wasser nicht mehr ab und zeigt den Fehler E24 an. Das Sieb habe ich schon gereinigt, hat leider nichts gebracht.

Könnten Sie diese Woche noch jemanden vorbeischicken? Was kostet so ein Einsatz ungefähr? Und soll ich das restliche Wasser vorher selbst herausschöpfen oder lieber drinlassen?

Viele Grüße
Jürgen Hofmann
Hyndland, Glasgow"""),
      ag("sabine", "11-17 09:20", """Hallo Herr Hofmann,

lassen Sie das Wasser ruhig drin, unser Techniker saugt es vor Ort ab. Die Anfahrt inklusive der ersten halben Stunde kostet 65 £; bei E24 ist meistens die Ablaufpumpe verstopft oder defekt, dann liegen Sie insgesamt bei etwa 110 bis 150 £. Termin: Donnerstag, 19. November, zwischen 12 und 17 Uhr.

Viele Grüße
Sabine Krüger""")),

    C("c07-shawlands-quote-inline", "en", "closed", {},
      "Ruth Abernethy <ruth.abernethy@thistlemail.example>", "thunderbird", "Quote Q-3317 - washer-dryer drum",
      "Three short questions about a quote answered inline under each quoted line (VAT, validity, paying in two halves).",
      cu("11-04 13:20", """Hello,

Thanks for the quote for replacing the drum spider on our Beko washer-dryer. Before I say yes, three things:

Does the £186 include VAT?
How long is the quote good for? I get paid on the 25th.
Could we pay half now and half after the job?

Ruth Abernethy"""),
      ag("dougie", "11-04 15:42", """Hi Ruth,

> Does the £186 include VAT?

It does: £155 plus £31 VAT.

> How long is the quote good for? I get paid on the 25th.

30 days, so until 4 December. No rush.

> Could we pay half now and half after the job?

Yes, that's fine - £93 when you book and the rest once the engineer's finished.

Dougie""", quote=False)),

    C("c08-bearsden-cooker-hood", "en", "closed", {},
      "Neil Fairbairn <neil@fairbairn-home.example>", "apple", "Cooker hood dead",
      "A rhetorical question and a question the customer answers himself ('never mind, found it'); the one real request (a visit before Friday) is met.",
      cu("11-09 18:50", """Hi,

Why do these things always pack in the week the in-laws arrive? Our cooker hood (Elica, built in above the hob) died last night - no lights, no fan, nothing. The fuse in the kitchen spur is fine, I checked.

Where do I even find the model number on these? Actually never mind, found it on a sticker behind the grease filter: PRF0146.

Can you get someone out before Friday?

Neil Fairbairn"""),
      ag("fiona", "11-10 08:35", """Hi Neil,

Thanks for the model number, that helps. Thursday 12 November, 1-5pm, with Jamie. He'll bring a control board for the PRF0146 in case that's the culprit, so hopefully it's a one-visit job.

Fiona""")),

    C("c09-cathcart-fridge-buzz", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Moira Gallacher <moira.gallacher@parkmail.example>", "outlook", "Fridge buzzing loudly",
      "Only the helpdesk acknowledgement; two days later the customer replies to her own mail ('I haven't heard back from anyone'). No human reply.",
      cu("11-17 10:15", """Good morning,

Our American-style fridge freezer (Hisense) has started making a loud buzzing noise every few minutes, and the ice dispenser has stopped working. Could you book an engineer to look at it, and let me know what the charge would be?

Regards,
Moira Gallacher"""),
      ack("11-17 10:16"),
      cu("11-19 08:40", """Hello again,

I haven't heard back from anyone about the below. Could someone give me a ring on 0141 496 0733, please?

Moira Gallacher""", chase=True, parent=1)),

    C("c10-lefevre-lave-linge", "fr", "closed", {},
      "Camille Lefèvre <camille.lefevre@courriel.example>", "apple_fr", "Lave-linge bruyant à l'essorage",
      "French customer: a visit this week, the call-out price and whether she must stay in, all answered; thanks-only reply.",
      cu("11-03 18:20", """Bonjour,

Notre lave-linge Whirlpool fait un bruit de claquement très fort pendant l'essorage depuis quelques jours. J'habite à Finnieston, sur Argyle Street.

Est-ce que vous pourriez passer cette semaine ? Je voudrais aussi savoir combien coûte le déplacement. Et faut-il que je sois là pendant toute l'intervention ?

Merci d'avance,
Camille Lefèvre"""),
      ag("helene", "11-04 09:10", """Bonjour Madame Lefèvre,

Un technicien peut venir vendredi 6 novembre entre 8h et 12h. Le déplacement est facturé 65 £, diagnostic et première demi-heure compris. Il suffit que quelqu'un lui ouvre et soit là à la fin pour valider la réparation ; entre-temps, vous pouvez vaquer à vos occupations.

Bien cordialement,
Hélène"""),
      cu("11-04 09:34", """Parfait, merci beaucoup !

Camille""", thanks=True)),

    C("c11-giffnock-cover-renewal", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Stuart Haddow <stuart.haddow@clydenet.example>", "gmail", "CoverPlus renewal - adding the tumble dryer",
      "Renewal price deferred to 'by Friday' and never sent; the address change asked at the end is not acknowledged; thanks-only reply.",
      cu("11-02 12:30", """Hello,

My CoverPlus plan for the washing machine renews at the end of the month. I was wondering what it will cost to renew, and whether I could add the tumble dryer to the same plan rather than take out a second one? It's a Miele, two years old.

Also, we've moved house since I took the plan out - please update my address to 6 Orchard Park, Giffnock, G46 7AA.

Many thanks
Stuart Haddow""", uq=1),
      ag("priya", "11-03 09:10", """Dear Stuart,

Yes, both can go on one plan, and a two-appliance plan usually works out cheaper than two separate ones. I need to get the Miele priced by our underwriter, so I'll send you the renewal quote with both appliances by Friday.

Kind regards,
Priya""", promises=[("11-06", None)]),
      cu("11-03 09:40", """Great, thanks Priya, I'll look out for it.

Stuart""", thanks=True)),

    C("c12-westend-lets-hyndland-oven", "en", "pending", {},
      "Lorna McPhail <lorna@westendlets.example>", "owa", "Oven not working - 88 Hyndland Road 2/1",
      "Letting agent (landlord in Cc) asks for a visit arranged with the tenant and the invoice sent to the agency; both done, then an update with the invoice attached.",
      cu("11-16 09:30", """Hi,

Our tenant at 88 Hyndland Road, Flat 2/1 (landlord Mr Iqbal, account LL-0288) reports that the oven isn't heating - the hob is fine.

Please arrange a visit and liaise with the tenant directly, her name is Zofia and her mobile is 07700 900412. Could you also send the invoice to us rather than to Mr Iqbal? We'll recharge him.

Thanks,
Lorna McPhail
Property Manager | West End Lets""", cc="Amir Iqbal <amir.iqbal@iqbal-home.example>"),
      ag("fiona", "11-16 11:10", """Hi Lorna,

I've spoken to Zofia and Jamie is going round on Wednesday 18th between 8 and 12. The invoice will come to you at West End Lets - there's a note on the account now.

Fiona"""),
      ag("fiona", "11-18 15:20", """Hi Lorna,

Quick update on Hyndland Road: Jamie's been, the oven thermostat had failed and he's replaced it, all working again. Invoice INV-60917 attached (£132.00 inc VAT).

Fiona""", parent=2, attach=[("application/pdf", "INV-60917.pdf", INVOICE_HYNDLAND_PDF)])),

    C("c13-govanhill-door-locked", "en", "closed", {"unanswered-question": 1},
      "Tomasz Nowak <tomasz.nowak@postbox.example>", "android", "washing machine door wont open",
      "Lower-case mail from a phone, the last question without a question mark; draining and a slot are answered, whether he still pays the full call-out is not.",
      cu("11-09 07:55", """hi

washing machine stopped mid cycle last night, water still in it and the door wont open. my work clothes are in there. how do I get the door open without flooding the kitchen? can an engineer come today or tomorrow? and if its something silly like the filter blocked will I still pay the full callout

Tomasz""", uq=1),
      ag("fiona", "11-09 08:40", """Hi Tomasz,

Sorry to hear that. Behind the small flap at the bottom right of the front you'll find the filter and a thin black drain hose. Put a baking tray and some towels down, pull the hose out, take its cap off and let it drain - it takes a few trays. Once it's empty, wait two minutes and the door should release; if it doesn't, there's an orange emergency tab just behind the flap.

Jamie can be with you tomorrow (Tuesday) between 12 and 5.

Fiona""")),

    C("c14-gimenez-lavadora", "es", "pending", {},
      "Marta Giménez <marta.gimenez@correo-web.example>", "gmail_es", "La lavadora no centrifuga",
      "Spanish customer: a Thursday visit, the price and an invoice in her company's name, all answered in one paragraph.",
      cu("11-17 13:00", """Hola:

La lavadora (una Balay de hace seis años) no centrifuga, la ropa sale empapada. ¿Podrían venir el jueves por la tarde? ¿Cuánto cuesta la visita?

Además, necesito que la factura vaya a nombre de mi empresa, Giménez Traducciones Ltd, porque trabajo desde casa.

Un saludo,
Marta Giménez"""),
      ag("lucia", "11-17 16:10", """Hola, Marta:

El jueves 19 por la tarde (de 12 a 17 h) le va bien a nuestro técnico, ya le he reservado la cita. La visita cuesta 65 £ con la primera media hora de trabajo incluida, y la factura saldrá a nombre de Giménez Traducciones Ltd, ya lo he anotado en su ficha.

Un saludo,
Lucía""")),

    C("c15-sandhu-double-callout", "en", "closed", {"many-handoffs": 1},
      "Harpreet Sandhu <harpreet@sandhu-properties.example>", "outlook", "Invoice INV-60412 - charged twice for call-out?",
      "Three agents on one invoice query: 'I'll come back to you tomorrow' kept next morning by a colleague, a third issues the credit note.",
      cu("11-10 10:00", """Hi,

Looking at invoice INV-60412 for the fridge repair at 22 Allison Street, we seem to have been charged the £65 call-out twice - once for the diagnosis visit and again when the engineer came back with the part. I thought the return visit was free? Can you check and let me know?

Thanks
Harpreet Sandhu
Sandhu Properties"""),
      ag("dougie", "11-10 12:15", """Hi Harpreet,

Let me go through the job notes with Callum on the parts desk and I'll come back to you tomorrow.

Dougie""", promises=[("11-11", 3)]),
      ag("callum", "11-11 09:30", """Hi Harpreet,

Dougie asked me to look at this. You're right: the second visit was only to fit the compressor relay we'd ordered, so there shouldn't have been a call-out charge on it. That's our mistake.

Callum""", parent=1),
      ag("fiona", "11-11 14:05", """Hi Harpreet,

Following on from Callum - I've raised credit note CN-1193 for £65.00 against INV-60412. It's attached and it'll show on your next statement.

Fiona""", parent=3, attach=[("application/pdf", "CN-1193.pdf", CREDIT_NOTE_PDF)])),

    C("c16-maxwell-drive-invoice-resend", "en", "closed", {"customer-chased": 1, "slow-first-response": 1},
      "Farah Malik <farah.malik@sunmail.example>", "gmail", "Copy of invoice for insurance claim",
      "Unanswered request resent word for word as a new mail with the same subject (a chase); answered with the invoice attached, three days after the first mail.",
      cu("11-09 09:10", """Hello,

Could you please send me a copy of the invoice for the repair to our freezer in October (job 54870)? My home insurer needs it for the claim for the spoiled food.

Thank you,
Farah Malik
17 Maxwell Drive, Glasgow G41"""),
      cu("11-11 20:05", """Hello,

Could you please send me a copy of the invoice for the repair to our freezer in October (job 54870)? My home insurer needs it for the claim for the spoiled food.

Thank you,
Farah Malik
17 Maxwell Drive, Glasgow G41""", chase=True, parent=0),
      ag("dougie", "11-12 09:25", """Dear Farah,

Apologies for the delay. Invoice INV-59802 for job 54870 is attached. I've added a line confirming the date the freezer failed (12 October) and that the fault was a failed compressor, which insurers usually ask for.

Kind regards,
Dougie""", attach=[("application/pdf", "INV-59802-copy.pdf", INSURANCE_INVOICE_PDF)])),

    C("c17-rutherglen-chest-freezer", "en", "pending", {"slow-first-response": 1, "unanswered-question": 1},
      "Joanne Brodie <jo.brodie@clydenet.example>", "iphone", "Freezer not freezing!!",
      "Friday-evening mail (acknowledged automatically) answered on Monday: advice and a slot, but the request for something in writing for the insurer is skipped.",
      cu("11-13 16:45", """Hi, our chest freezer in the garage has stopped freezing, everything is starting to soften. Can you send someone out? Is there anything I can do in the meantime to save the food? And will I get something in writing for the insurance if it's all ruined?

Jo Brodie
07700 900236

Sent from my iPhone""", uq=1),
      ack("11-13 16:46"),
      ag("fiona", "11-16 08:50", """Hi Jo,

Sorry, we were closed over the weekend - I hope you managed to save some of it. Keep the lid shut as much as you can; a full chest freezer holds its temperature surprisingly well, and if a neighbour has room for the meat, use it.

Jamie can come today between 12 and 5. I've put your mobile on the job so he'll ring ahead.

Fiona""")),

    C("c18-brandt-heizstab", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Claudia Brandt <claudia.brandt@webpost.example>", "thunderbird_de", "Heizstab für unsere Waschmaschine",
      "'Ich melde mich morgen bei Ihnen' not kept; the customer asks 'gibt es schon etwas Neues?' two days later and only then gets the date.",
      cu("11-09 08:15", """Guten Morgen Frau Krüger,

Ihr Techniker war am Freitag bei uns und hat festgestellt, dass der Heizstab unserer AEG-Waschmaschine defekt ist. Er meinte, das Teil müsse bestellt werden.

Können Sie mir sagen, wann es ungefähr da ist? Wir waschen im Moment bei den Nachbarn, das ist auf Dauer keine Lösung.

Viele Grüße
Claudia Brandt"""),
      ag("sabine", "11-09 11:30", """Guten Tag Frau Brandt,

das tut mir leid. Ich frage beim Großhändler nach, ob der Heizstab für Ihr Modell vorrätig ist, und melde mich morgen bei Ihnen.

Freundliche Grüße
Sabine Krüger""", promises=[("11-10", 4)]),
      cu("11-12 09:10", """Hallo Frau Krüger,

gibt es schon etwas Neues wegen des Heizstabs? Seit Montag habe ich nichts mehr gehört.

Viele Grüße
Claudia Brandt""", chase=True),
      ag("sabine", "11-12 12:40", """Guten Tag Frau Brandt,

entschuldigen Sie bitte, dass ich mich nicht wie versprochen gemeldet habe. Der Heizstab ist bestellt und kommt am Montag; unser Techniker Scott baut ihn am Dienstag, 17. November, zwischen 8 und 12 Uhr ein. Für diesen zweiten Termin fällt keine Anfahrtspauschale an.

Freundliche Grüße
Sabine Krüger""")),

    C("c19-crawford-cancel-cover", "en", "closed", {},
      "Helen Crawford <h.crawford@unimail.example>", "thunderbird", "Cancelling my CoverPlus plan",
      "Formal cancellation with an indirect question and an 'I assume ...?'; both answered, 'I'll mark this ticket as resolved', thanks-only reply. The refund timescale is how refunds work, not a promise.",
      cu("11-16 14:00", """Dear Sir or Madam,

I am relocating to Canada in December and would like to cancel my CoverPlus plan (CP-190342) for the oven and dishwasher. I would be grateful if you could tell me whether I will receive a refund for the months I have paid in advance. I assume I don't need to return anything?

Yours faithfully,
Helen Crawford"""),
      ag("priya", "11-17 10:20", """Dear Dr Crawford,

I've cancelled CP-190342 with effect from today. As you paid annually, £23.40 comes back to you for the unused months; refunds go to the card you paid with and take up to 5 working days to appear. There's nothing to send back - the plan is a policy, not a device.

I'll mark this ticket as resolved. All the best with the move to Canada.

Kind regards,
Priya""", closes=True),
      cu("11-17 11:05", """Thank you very much for your help.

Helen Crawford""", thanks=True)),

    C("c20-milngavie-dryer-reopened", "en", "pending", {"reopened": 1, "unanswered-question": 1},
      "Alasdair Grant <alasdair.grant@glenmail.example>", "gmail", "Tumble dryer not heating",
      "Job marked resolved after the repair; ten days later the same fault returns. Guarantee and revisit answered, the request for a genuine part skipped.",
      cu("11-03 09:00", """Hello,

Our Bosch condenser dryer tumbles but produces no heat at all. Could you book an engineer? Any weekday after 3pm is best for us.

Alasdair Grant"""),
      ag("fiona", "11-03 11:00", """Hi Alasdair,

Booked: Thursday 5th, 3-6pm slot, with Scott.

Fiona"""),
      ag("fiona", "11-05 18:30", """Hi Alasdair,

Scott has replaced the heater element and the thermal fuse and the dryer is heating again. You paid him on the day, so there's nothing more to do. I'll mark this job as resolved - just reply if anything else comes up.

Fiona""", parent=2, closes=True),
      cu("11-16 19:20", """Hi Fiona,

Sorry to come back on this one - the dryer's stopped heating again, exactly as before. It's only been ten days. Is this covered by your repair guarantee? And can Scott come back this week? Could you make sure he brings a genuine Bosch element this time rather than a pattern part?

Alasdair""", uq=1),
      ag("fiona", "11-17 08:40", """Hi Alasdair,

Yes - every repair carries our 90-day parts and labour guarantee, so there'll be no charge. Scott will be with you on Wednesday 18th, 3-6pm.

Fiona""")),

    C("c21-kings-park-dryer-belt", "en", "pending", {},
      "Gillian Rae <gillian.rae@inboxmail.example>", "owa", "Tumble dryer belt - part order",
      "'I'll let you know tomorrow once they have' - kept the next morning.",
      cu("11-16 13:10", """Hi Callum,

Scott said he'd need to order a drive belt and a jockey pulley for our Hotpoint dryer (job 55301). Could you let me know when they're expected, and whether I pay for the parts now or on the day?

Thanks,
Gillian""", to="Callum Reid <callum.reid@corrierepair.example>"),
      ag("callum", "11-16 15:30", """Hi Gillian,

On the day - the parts are included in Scott's fixed price. The supplier hasn't confirmed a delivery date yet; I'll let you know tomorrow once they have.

Callum""", promises=[("11-17", 3)]),
      ag("callum", "11-17 11:15", """Hi Gillian,

Confirmed: both parts arrive Thursday, and I've booked Scott for Friday 20th, 8-12.

Callum""", parent=2)),

    C("c22-girard-frigo-garantie", "fr", "closed", {"unanswered-question": 1},
      "Thomas Girard <thomas.girard@courriel.example>", "gmail", "Réfrigérateur Liebherr - garantie CoverPlus",
      "French: cover confirmed and a visit booked; the indirect request to take away the old freezer from the cellar is skipped.",
      cu("11-05 10:00", """Bonjour,

Notre réfrigérateur Liebherr ne refroidit presque plus depuis lundi. Nous avons souscrit votre extension de garantie CoverPlus en 2024 (contrat CP-183390). Est-ce que le réfrigérateur est encore couvert ? Je voudrais aussi savoir si vous pouvez récupérer l'ancien congélateur qui est dans la cave, nous n'en avons plus besoin.

Cordialement,
Thomas Girard""", uq=1),
      ag("helene", "11-05 14:30", """Bonjour Monsieur Girard,

Oui, votre contrat CP-183390 est valable jusqu'en mai 2027 et couvre les pièces et la main-d'œuvre. J'ai réservé un technicien pour le lundi 9 novembre entre 12h et 17h ; vous n'aurez rien à payer.

Bien cordialement,
Hélène""")),

    C("c23-dalmarnock-oven-hinges", "en", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Derek Ogilvie <derek.ogilvie@parkmail.example>", "outlook", "Quote for oven door hinges",
      "'Let me check with the workshop and come back to you early next week' said on a Thursday; the customer chases the following Thursday and gets the price that day.",
      cu("11-05 10:20", """Hi,

The door on our Zanussi oven has dropped on one side - it won't close properly and the hinges look bent. Could you give me a price for replacing both hinges? The model is ZOB35471XK.

Thanks,
Derek Ogilvie"""),
      ag("fiona", "11-05 14:00", """Hi Derek,

Thanks. The hinges for that model come in a few different versions, so let me check with the workshop which ones fit and come back to you early next week with a price.

Fiona""", promises=[("11-10", 4)]),
      cu("11-12 09:00", """Hi Fiona,

Just following up on the hinge quote - I haven't heard anything yet.

Derek""", chase=True),
      ag("fiona", "11-12 15:10", """Hi Derek,

Sorry, that's my fault. It's £94 all in - both hinges and the fitting, including VAT. The earliest we could do it is Tuesday 17th in the morning if you'd like to go ahead.

Fiona""")),

    C("c24-broomhill-leak-colleague", "en", "closed", {},
      "Iain Buchanan <iain.buchanan@clydenet.example>", "gmail", "Leaking washing machine - cover plan?",
      "Booking and hose cover answered; after the visit 'Callum ... will be in touch tomorrow' is kept by Callum the next morning.",
      cu("11-09 12:00", """Hi there,

Our washing machine is leaking from underneath when it fills. It's on your CoverPlus plan (CP-201177). Could you book someone in? I'd also like to know whether the plan covers the hose if it turns out it's split.

Cheers,
Iain"""),
      ag("priya", "11-09 14:30", """Hi Iain,

Booked for Wednesday 11th, 12-5pm. Hoses are covered as long as they're the ones that came with the machine - the engineer checks that on the day.

Priya"""),
      ag("priya", "11-11 17:20", """Hi Iain,

The engineer found the leak is coming from the sump hose and the pump seal, and both are covered. Callum on our parts desk will be in touch tomorrow with the date the parts arrive.

Priya""", parent=2, promises=[("11-12", 4)]),
      ag("callum", "11-12 10:05", """Hi Iain,

The parts for job 55290 arrive Monday 16th and we'll fit them on Tuesday 17th, 8-12. Nothing to pay, it's all on the plan.

Callum""", parent=3)),

    C("c25-bishopbriggs-smeg-monday", "en", "pending", {},
      "Catriona Lamont <catriona@lamontfamily.example>", "apple", "Engineer visit for integrated fridge",
      "Rough price answered; the slot is promised for Monday 23 November - a deadline still ahead at audit time.",
      cu("11-18 19:30", """Hi,

Our integrated fridge (Smeg, under the counter) is leaking water onto the floor. Please book us an engineer, ideally next week as I'm away until Sunday. Also could you tell me roughly what a repair like this costs?

Thanks,
Catriona"""),
      ag("fiona", "11-19 09:15", """Hi Catriona,

Nine times out of ten that's a blocked defrost drain, which is a £65 call-out and usually sorted within the first half hour - so £65 all in. Next week's diary opens on Saturday; I'll confirm your slot on Monday.

Fiona""", promises=[("11-23", None)])),

    C("c26-ortega-pisos", "es", "closed", {"unanswered-question": 2},
      "Javier Ortega <javier.ortega@ortega-inversiones.example>", "outlook", "Revisión de electrodomésticos - tres pisos",
      "Spanish landlord in Madrid (base64 body): the inspection and its price are answered; the copy of the maintenance contract and the keys question are not.",
      cu("11-03 09:30", """Estimada Lucía:

Como sabe, tengo tres pisos en Glasgow (Woodlands Road, Great George Street y Bank Street) y a finales de mes entran inquilinos nuevos en los tres. Quisiera saber si pueden revisar los electrodomésticos de los tres pisos antes del día 25. También me gustaría saber cuánto cobrarían por piso.

Por favor, envíenme también una copia del contrato de mantenimiento que firmamos en 2024, no la encuentro. ¿Y sería posible que el técnico recoja las llaves en la agencia Kelvin Keys, en Byres Road?

Un cordial saludo,
Javier Ortega
Ortega Inversiones S.L. – Madrid""", uq=2, cte="base64", to="Lucía Ferrer <lucia.ferrer@corrierepair.example>"),
      ag("lucia", "11-03 12:15", """Estimado Javier:

Sí, podemos revisarlos el 16 y el 17 de noviembre, antes de que lleguen los inquilinos. La revisión cuesta 45 £ por piso, IVA incluido, y abarca horno, placa, frigorífico, lavadora y lavavajillas, con un informe por piso.

Un cordial saludo,
Lucía"""), tz=1),

    C("c27-okafor-replacement-machine", "en", "closed", {},
      "Ben Okafor <ben.okafor@northmail.example>", "thunderbird", "Replacement machine under CoverPlus",
      "What happens next, choosing the model, taking the old one away: answered with a PDF of options; the customer's choice arrives without threading headers; delivery logistics are no promise.",
      cu("11-03 10:10", """Hello,

Your engineer told us on Friday that our washing machine isn't economical to repair and that the plan would replace it. What happens now? Do we get to choose the model, and will you take the old one away?

Ben Okafor"""),
      ag("priya", "11-03 13:20", """Hi Ben,

Your plan gives you a like-for-like replacement up to £450. Three machines in that range are in the attached sheet - just tell me which you'd prefer. The delivery crew install the new one and take the old one away in the same visit, at no extra cost.

Priya""", attach=[("application/pdf", "CP-197420-options.pdf", MACHINES_PDF)]),
      cu("11-03 18:45", """Thanks Priya. We'll go for the Bosch WGG24409GB please.

Ben""", thread=False),
      ag("priya", "11-04 09:05", """Lovely, it's ordered. The delivery crew will ring you the day before; they deliver on Mondays and Thursdays, so it'll be Thursday 12th or Monday 16th depending on stock.

Priya""")),

    C("c28-kerr-hob-cover-html", "en", "closed", {"missed-follow-up": 1},
      "Sheila Kerr <sheila.kerr@oldtownmail.example>", "outlook", "Hob not working on one ring + extended warranty",
      "HTML-only mail: the visit is booked and the cover questions are passed to a colleague who 'will be in touch' - nobody is, within the two-day window.",
      cu("11-10 14:30", """Good afternoon,

The front left ring on our Bosch induction hob has stopped working - the others are fine. Please could you book an engineer to take a look.

I also wanted to ask about your extended warranty. The hob is 3 years old; is it too old to be added to a CoverPlus plan? And if not, what would the monthly cost be?

Many thanks,
Sheila Kerr""", kind="html"),
      ag("fiona", "11-10 16:05", """Dear Sheila,

I've booked Jamie for Friday 13th between 8 and 12 to look at the hob.

Your questions about cover are for Priya in our plans team. I've passed them on and she'll be in touch.

Kind regards,
Fiona""", promises=[("window", None)])),

    C("c29-henderson-door-glass-fwd", "en", "closed", {},
      "Paul Henderson <paul.henderson@clydenet.example>", "gmail", "Fwd: Your CoverPlus plan confirmation",
      "A forwarded plan confirmation whose boilerplate has questions and a '?' URL; the customer's own question (is a cracked door glass accidental damage?) is answered.",
      cu("11-04 11:00", """Hi,

I'm forwarding the confirmation I got when I bought the plan. It says the plan covers "accidental damage" - does that include the glass door on our oven? My son dropped a cast iron pan on it and it's cracked right across.

Paul

---------- Forwarded message ---------
From: CoverPlus <plans@corrierepair.example>
Date: Mon, 14 Sep 2026 at 10:02
Subject: Your CoverPlus plan confirmation
To: <paul.henderson@clydenet.example>

Thank you for choosing CoverPlus.
Plan: CP-206551 (oven, hob)
Cover: breakdown, parts and labour, accidental damage
Questions about your plan? Visit https://corrierepair.example/coverplus?ref=conf or reply to this email.
Need to make a claim? Call 0141 496 0100."""),
      ag("priya", "11-04 14:15", """Hi Paul,

It does - a cracked door glass from a dropped pan is exactly what the accidental damage cover is for. There's a £25 excess on accidental damage claims. I've ordered the inner door glass under CP-206551 and Scott will fit it on Tuesday 10th, 12-5pm.

Priya""")),

    C("c30-esser-hausverwaltung", "de", "closed", {"unanswered-question": 1},
      "Dr. Wolfgang Esser <w.esser@esser-immobilien.example>", "outlook_de", "Rechnungsadresse und Wartungsvertrag",
      "German landlord abroad: the invoice copy is attached and the billing address changed; the question about a maintenance contract for all three flats is skipped.",
      cu("11-04 10:15", """Sehr geehrte Frau Krüger,

ich bin Eigentümer von drei Wohnungen in Glasgow (Otago Street, Kersland Street und Cecil Street), für die Sie bereits mehrfach Reparaturen durchgeführt haben.

Ich bitte Sie, die Rechnungen künftig nicht mehr an mich, sondern an meine Hausverwaltung zu adressieren: Clyde Property Management, 210 Great Western Road, Glasgow G4 9EJ.

Bieten Sie außerdem einen Wartungsvertrag an, der alle Geräte in den drei Wohnungen abdeckt? Und könnten Sie mir die Rechnung für die Reparatur in der Cecil Street vom Oktober noch einmal als PDF schicken? Mein Steuerberater braucht sie.

Mit freundlichen Grüßen
Dr. Wolfgang Esser""", uq=1, to="Sabine Krüger <sabine.krueger@corrierepair.example>"),
      ag("sabine", "11-04 14:00", """Sehr geehrter Herr Dr. Esser,

anbei die Rechnung INV-59655 für die Cecil Street als PDF. Ab sofort gehen alle Rechnungen für Ihre drei Wohnungen an Clyde Property Management; die Adresse ist im Kundenkonto hinterlegt.

Mit freundlichen Grüßen
Sabine Krüger""", attach=[("application/pdf", "INV-59655.pdf", ESSER_INVOICE_PDF)]), tz=1),

    C("c31-quinn-trade-account", "en", "pending", {},
      "Rachel Quinn <rachel@quinnplumbing.example>", "outlook", "Trade repairs for our customers?",
      "A plumber asks about trade call-outs and a trade rate (multipart/alternative, signature with a '?' URL); both answered with the application form attached.",
      cu("11-17 08:15", """Hi,

I run a small plumbing firm in Paisley and we fit a lot of Neff and Bosch integrated dishwashers. Would you take on repair call-outs for our customers on a trade basis, and if so, is there a trade rate?

Thanks,
Rachel Quinn
Quinn Plumbing & Heating | 0141 496 0555
Need a plumber? Book online at https://quinnplumbing.example/book?src=email""", kind="alt"),
      ag("dougie", "11-17 11:40", """Hi Rachel,

We'd be glad to. Trade accounts get 15% off labour, with parts at cost plus 10%. The application form is attached - once it's back we set the account up within a day.

Dougie""", attach=[("application/pdf", "trade-account-application.pdf", TRADE_FORM_PDF)])),

    C("c32-hutcheson-oven-motor", "en", "closed", {"customer-chased": 2},
      "Linda Hutcheson <linda.hutcheson@postbox.example>", "gmail", "Fan motor for my oven",
      "An estimate instead of a date ('towards the end of next week'); the customer chases twice, the second time replying to her own chaser, then picks a slot.",
      cu("11-06 09:00", """Hello,

The engineer came on 3 November and ordered a new fan motor for our Beko oven (job 55087). Can you tell me when it's being fitted?

Linda Hutcheson"""),
      ag("callum", "11-06 11:30", """Dear Linda,

The motor is on order from Beko. Their lead time is about a week at the moment, so it should be fitted towards the end of next week.

Regards,
Callum"""),
      cu("11-10 10:00", """Hi Callum,

Any update on the fan motor? It's been over a week.

Linda""", chase=True),
      cu("11-12 09:30", """Hello,

I'm still waiting to hear about the motor for job 55087. Could someone please get back to me? We've been without an oven for ten days now.

Linda Hutcheson""", chase=True, parent=3),
      ag("callum", "11-12 12:00", """Dear Linda,

I'm very sorry - the motor came in on Monday and should have been booked straight away. Scott can fit it on Monday 16th, 8-12, or Tuesday 17th, 12-5, whichever suits you better.

Regards,
Callum"""),
      cu("11-12 12:30", """Monday morning please.

Linda"""),
      ag("callum", "11-12 14:00", """Booked for Monday 16th, 8-12.

Callum""")),

    C("c33-mcleod-dishwasher-inline", "en", "closed", {"unanswered-question": 1},
      "Fraser McLeod <fraser.mcleod@glenmail.example>", "apple", "Integrated dishwasher - a few questions before booking",
      "Inline reply under two of three quoted questions; the one about pulling the machine out from under the worktop is left out.",
      cu("11-11 20:10", """Hi,

Before I book, a few questions about our Neff integrated dishwasher (it's leaving a gritty film on everything):

Do your engineers carry Neff parts on the van?
Would the engineer need to pull the machine out from under the worktop? We've got a tiled plinth I'd rather not break.
How long does a typical visit take?

Thanks
Fraser""", uq=1),
      ag("fiona", "11-12 09:30", """Hi Fraser,

> Do your engineers carry Neff parts on the van?

The common ones, yes: spray arms, filters, door seals and drain pumps.

> How long does a typical visit take?

About an hour.

Fiona""", quote=False)),

    C("c34-moreau-devis-four", "fr", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Isabelle Moreau <isabelle.moreau@courriel.example>", "iphone", "Devis joint et vitre de four",
      "French: 'je reviens vers vous d'ici jeudi avec un devis' - the customer writes 'Je me permets de vous relancer' on Monday and gets the quote on Tuesday.",
      cu("11-10 11:45", """Bonjour,

La porte de mon four Smeg ne ferme plus correctement : le joint est décollé et la vitre intérieure est fêlée. Pourriez-vous me faire un devis pour remplacer le joint et la vitre ?

Merci,
Isabelle Moreau

Envoyé de mon iPhone"""),
      ag("helene", "11-10 15:20", """Bonjour Madame Moreau,

Merci pour votre message. Je vérifie le prix des deux pièces auprès de notre fournisseur Smeg et je reviens vers vous d'ici jeudi avec un devis.

Bien cordialement,
Hélène""", promises=[("11-12", 4)]),
      cu("11-16 08:50", """Bonjour Hélène,

Je me permets de vous relancer concernant le devis pour mon four, je n'ai rien reçu jeudi.

Cordialement,
Isabelle Moreau

Envoyé de mon iPhone""", chase=True),
      ag("helene", "11-17 10:05", """Bonjour Madame Moreau,

Toutes mes excuses pour ce retard. Vous trouverez le devis en pièce jointe : 148 £ TTC, pièces et pose comprises. Les pièces sont disponibles sous trois jours ouvrés.

Bien cordialement,
Hélène""", attach=[("application/pdf", "devis-D-2611-019.pdf", DEVIS_PDF)])),

    C("c35-newton-mearns-ice-maker", "en", "closed", {"unanswered-question": 1},
      "Yvonne Reid <yvonne.reid@thistlemail.example>", "gmail", "Ice maker + water filter",
      "The filter request is met; the reply talks about filters slowing the ice instead of saying whether they repair the ice maker.",
      cu("11-12 13:00", """Hi there,

The ice maker on our Samsung American fridge freezer has stopped making ice - the water dispenser still works. Is the ice maker something you can fix, or do we need to go through Samsung? Also, could you post us a replacement water filter? The current one must be well over a year old.

Yvonne Reid
9 Beech Avenue, Newton Mearns G77""", uq=1),
      ag("callum", "11-12 15:20", """Hi Yvonne,

A genuine Samsung filter (HAF-CIN) is £39.00 including postage; I've put one in the post to Beech Avenue today and added it to your account. A filter that old often slows the water flow, which affects the ice as well.

Callum""")),

    C("c36-sinclair-cooker-install", "en", "pending", {"unanswered-question": 1},
      "Morag Sinclair <morag.sinclair@parkmail.example>", "outlook", "Cooker installation - Thursday 19th",
      "Installation booked; in a follow-up two questions, one answered (isolating the cooker point), one not (taking the old cooker away).",
      cu("11-16 10:00", """Hello,

We've bought a new freestanding electric cooker (Belling, 60cm) and would like you to install it. Could you come on Thursday 19th?

Morag Sinclair"""),
      ag("fiona", "11-16 13:10", """Dear Morag,

Thursday 19th works - Jamie, 8-12. Installation is £85, including connecting it to your existing cooker point and a safety test.

Fiona"""),
      cu("11-16 14:05", """Thanks Fiona. Will he take away the old cooker? And does the cooker point need to be switched off before he arrives, or will he do that?

Morag""", uq=1),
      ag("fiona", "11-16 15:30", """Dear Morag,

Jamie isolates the cooker point himself when he arrives, so just leave it as it is.

Fiona""")),

    C("c37-muir-estates-out-of-office", "en", "closed", {},
      "Gordon Muir <gordon@muirestates.example>", "outlook", "Flat 1/1, 14 Gibson Street - washing machine",
      "Visit booked and billed to the account as asked; the landlord's Outlook out-of-office answers the reply (automatic, not a customer message).",
      cu("11-04 09:00", """Hi,

The tenant at 14 Gibson Street 1/1 says the washing machine keeps tripping the electrics. Please send someone and bill our account (LL-0150).

Gordon Muir
Muir Estates"""),
      ag("fiona", "11-04 11:20", """Hi Gordon,

Booked for Friday 6th, 12-5pm, and I've texted the tenant the slot. It'll go on LL-0150.

Fiona"""),
      auto("11-04 11:21", """Thank you for your email. I am out of the office until Monday 9 November with limited access to email. For anything urgent please contact lettings@muirestates.example.

Gordon Muir""", quote=False, subject="Automatic reply: RE: Flat 1/1, 14 Gibson Street - washing machine")),

    C("c38-navarro-nevera", "es", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Rocío Navarro <rocio.navarro@correo-web.example>", "gmail_es", "Ventilador del frigorífico",
      "Spanish: 'Le escribo mañana' about the delivery date, never written; the question whether the engineer can come in the morning is not addressed.",
      cu("11-04 09:00", """Hola, buenos días:

El frigorífico (un combi Bosch) hace un ruido muy fuerte y el congelador no llega a congelar. El técnico vino el lunes y dijo que hay que cambiar el ventilador. ¿Saben ya cuándo llega la pieza? Y otra cosa: ¿el técnico podría venir por la mañana? Por las tardes trabajo.

Gracias,
Rocío Navarro""", uq=1),
      ag("lucia", "11-04 11:40", """Hola, Rocío:

He pedido el ventilador al proveedor esta mañana; todavía no me han dado fecha de entrega. Le escribo mañana en cuanto me la confirmen.

Un saludo,
Lucía""", promises=[("11-05", None)])),

    C("c39-cochrane-regas", "en", "closed", {"missed-follow-up": 1, "unanswered-question": 1},
      "Elaine Cochrane <elaine.cochrane@sunmail.example>", "gmail", "Fridge regas - worth it?",
      "Whether a regas is worth it is answered; the price is deferred with 'I'll get back to you once they've priced it' (no date: two-day window, missed); the safety question is skipped.",
      cu("11-03 16:00", """Hi,

Your engineer came on Monday to look at our fridge freezer (Whirlpool, about 9 years old) and said the fridge has lost its gas and would need a regas. Is that even worth doing on a fridge that age, and roughly what does it cost? In the meantime, is it safe to keep using the freezer part, which still seems fine?

Elaine Cochrane""", uq=1),
      ag("callum", "11-04 10:10", """Hi Elaine,

On a 9-year-old fridge it's usually borderline - if it comes to more than about £200 I'd put the money towards a new one. The price depends on the refrigerant on the rating plate, so I've sent the details to our refrigeration contractor and I'll get back to you once they've priced it.

Callum""", promises=[("window", None)])),

    C("c40-boyle-fridge-end-of-day", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1, "unanswered-question": 1},
      "Ken Boyle <ken.boyle@clydenet.example>", "owa", "Fridge dead - can someone come tomorrow?",
      "'I'll confirm by end of day whether he can fit you in' - no word until the customer chases next morning; whether to defrost first is never answered.",
      cu("11-17 08:05", """Hi,

Our fridge died overnight - no light, not cold, and the freezer section is starting to drip. It's a Hotpoint fridge freezer, about 6 years old. Can someone come tomorrow? And should I defrost it fully before the engineer comes, or leave it as it is?

Ken Boyle
24 Cumbernauld Road, G31""", uq=1),
      ag("fiona", "11-17 10:00", """Hi Ken,

Tomorrow is fully booked at the moment, but I'm waiting to hear from Jamie about a possible cancellation. I'll confirm by end of day whether he can fit you in.

Fiona""", promises=[("11-17", 4)]),
      cu("11-18 09:00", """Morning Fiona,

Still waiting to hear whether Jamie can come today - could you let me know either way? Everything from the freezer is in cool boxes now.

Ken""", chase=True),
      ag("fiona", "11-18 10:30", """Hi Ken,

Sorry, I should have got back to you last night. Yes - Jamie will be with you between 1 and 3 this afternoon.

Fiona""")),

    C("c41-gillespie-two-machines", "en", "open", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Ewan Gillespie <ewan.gillespie@greenmail.example>", "gmail", "Two replacement washing machines",
      "Same-day fitting answered, prices promised for 'tomorrow' and never sent, removal of the old machines ignored; the chaser lost its threading headers and has no reply.",
      cu("11-16 09:00", """Hi Callum,

Two of my flats need new washing machines - your engineer condemned both last week (14 Whitehill Street 2/2 and 31 Meadowpark Street 0/1, both in Dennistoun). Could you give me a price for supplying and fitting two basic 7kg machines? Ideally both on the same day, to save me running about with keys. Could you also take the old machines away?

Thanks,
Ewan Gillespie""", uq=1, to="Callum Reid <callum.reid@corrierepair.example>"),
      ack("11-16 09:01"),
      ag("callum", "11-16 12:00", """Hi Ewan,

Doing both on the same day is no problem, the two flats are five minutes apart. I'll email you prices for both tomorrow - I need to check what we have in stock in 7kg first.

Callum""", promises=[("11-17", None)]),
      cu("11-19 10:00", """Hi Callum,

I still haven't had the prices for the two machines. The tenants keep asking me when they'll have a washing machine again.

Ewan""", chase=True, thread=False)),

    C("c42-schneider-backofenglas", "de", "pending", {"unanswered-question": 1},
      "Katharina Schneider <k.schneider@postfach.example>", "gmail_de", "Innenscheibe der Backofentür gesprungen",
      "German, photo attached: replacing the glass and the delivery time answered, whether the oven is usable meanwhile is not; an offer to order on confirmation is no promise.",
      cu("11-18 10:20", """Hallo,

beim Backen ist gestern die innere Glasscheibe unserer Backofentür (Bosch HBA534BS0B) gesprungen, Foto anbei. Können Sie die Scheibe ersetzen? Wie lange dauert es, bis das Ersatzteil da ist? Ist der Backofen bis dahin noch benutzbar, wenn ich vorsichtig bin?

Danke und viele Grüße
Katharina Schneider""", uq=1, attach=[("image/png", "backofentuer.png", CRACKED_GLASS_PNG)]),
      ag("sabine", "11-18 14:30", """Hallo Frau Schneider,

ja, das machen wir. Die Innenscheibe für den HBA534BS0B ist beim Hersteller vorrätig und in zwei bis drei Werktagen bei uns; mit Einbau kostet das 118 £. Sobald Sie zusagen, bestelle ich sie.

Viele Grüße
Sabine Krüger""")),
]

CASES += [
    C("c43-lindsay-revised-quote", "en", "closed", {"missed-follow-up": 1},
      "Sarah Lindsay <sarah.lindsay@thistlemail.example>", "thunderbird", "CoverPlus quote - without the hob",
      "Monthly payment answered at once; the revised quote promised for 'tomorrow' arrives a day late without any chase.",
      cu("11-09 10:00", """Hi Priya,

Thanks for the CoverPlus quote. Could you redo it without the hob? It's induction and still under the manufacturer's guarantee until 2028. Also, is it possible to pay monthly rather than annually?

Sarah Lindsay""", to="Priya Nair <priya.nair@corrierepair.example>"),
      ag("priya", "11-09 14:00", """Hi Sarah,

Monthly is fine - it's by direct debit on the 1st, and the total is the same. I'll send you the revised quote without the hob tomorrow.

Priya""", promises=[("11-10", 3)]),
      ag("priya", "11-11 16:00", """Hi Sarah,

Revised quote attached: oven, dishwasher and washing machine, £14.75 a month.

Priya""", parent=2, attach=[("application/pdf", "Q-CP-8841-revised.pdf", REVISED_QUOTE_PDF)])),

    C("c44-pettigrew-seal-and-shelf", "en", "pending", {},
      "Colin Pettigrew <colin.p@northmail.example>", "gmail", "Fridge door seal + glass shelf",
      "Two questions about two parts answered together in one sentence, with prices and a payment link.",
      cu("11-17 12:00", """Hi,

Two things for our Beko fridge (model CFG1582): the door seal has split along the bottom, and one of the glass shelves has cracked. Can you supply both, and can I fit them myself or does it need an engineer?

Colin"""),
      ag("callum", "11-17 15:00", """Hi Colin,

Both are in stock and both are DIY jobs: the seal pushes into a channel round the door and the shelf just slides in. Seal £34, shelf £22, plus £6.50 postage - you can pay here: https://corrierepair.example/pay?ref=P-77120

Callum""")),

    C("c45-paterson-resolved-beeping", "en", "closed", {"reopened": 1},
      "Shona Paterson <shona.paterson@greenmail.example>", "gmail", "Dishwasher not drying",
      "Repair reported under a '[Resolved]' subject tag; the customer replies in the same thread with a new problem, answered.",
      cu("11-02 10:00", """Hello,

Our Bosch dishwasher has stopped drying properly - everything comes out soaking, plastic especially. Could someone come and have a look this week?

Shona Paterson"""),
      ag("fiona", "11-02 12:00", """Hi Shona,

Jamie can come on Wednesday 4th between 12 and 5.

Fiona"""),
      ag("fiona", "11-04 17:00", """Hi Shona,

Jamie replaced the rinse-aid dispenser, which had stuck shut, and the drying's back to normal. I'm marking this as resolved.

Fiona""", parent=2, closes=True, subject="[Resolved] Re: Dishwasher not drying"),
      cu("11-09 09:00", """Hi Fiona,

The drying's great now, thanks. But since the visit the dishwasher beeps three times at the end of every cycle, which it never used to. Is that something Jamie changed? Can it be turned off?

Shona""", subject="Re: [Resolved] Re: Dishwasher not drying"),
      ag("fiona", "11-09 11:00", """Hi Shona,

That's the end-of-programme signal - the settings go back to factory defaults when the control panel is disconnected, which Jamie had to do. To switch it off: hold the P button for 3 seconds, press P until the display shows "H:", then press the half-load button until it shows "0", and hold P again to save.

Fiona""", subject="Re: [Resolved] Re: Dishwasher not drying")),

    C("c46-fontaine-proprietaire", "fr", "pending", {"unanswered-question": 2},
      "Bernard Fontaine <b.fontaine@fontaine-gestion.example>", "gmail", "Lave-vaisselle Park Road + factures",
      "French landlord in Lyon, numbered list of four: repair-or-replace and tenant contact answered; invoices by e-mail only and a landlord rate are not.",
      cu("11-16 09:40", """Bonjour Madame Roux,

Je suis propriétaire de deux appartements à Glasgow (Park Road et Hillhead Street), que je gère à distance depuis Lyon. Quelques points :

1. Le lave-vaisselle de Park Road est en panne, la locataire me dit qu'il ne chauffe plus. Pouvez-vous le réparer ou faut-il le remplacer ?
2. Merci de m'envoyer désormais les factures uniquement par e-mail, je ne reçois pas le courrier en France.
3. Avez-vous un tarif particulier pour les propriétaires ?
4. La locataire (Mme Sarah Okoye, 07700 900318) peut-elle vous contacter directement pour fixer le rendez-vous ?

Bien à vous,
Bernard Fontaine""", uq=2, to="Hélène Roux <helene.roux@corrierepair.example>"),
      ag("helene", "11-16 15:30", """Bonjour Monsieur Fontaine,

Bien sûr, Mme Okoye peut nous appeler directement au 0141 496 0100 ou répondre à ce message ; je lui ai d'ailleurs laissé un message cet après-midi. Un lave-vaisselle qui ne chauffe plus se répare dans la plupart des cas (résistance ou thermostat, entre 120 et 180 £) ; le technicien vous le confirmera après son diagnostic.

Bien cordialement,
Hélène"""), tz=1),

    C("c47-wallace-cooker-clock", "en", "closed", {"unanswered-question": 1},
      "Agnes Wallace <agnes.wallace@oldtownmail.example>", "outlook", "My cooker",
      "An older customer's single long paragraph with three questions folded in; the visit and the cause are answered, whether it is covered by the earlier repair is not.",
      cu("11-10 11:00", """Dear Corrie Repair,

I am writing about my cooker which your man Scott repaired in the summer and I was very pleased with him, but now the clock on the front has gone blank and the oven will not come on at all although the rings on top are working, and I wondered if it was the same thing as before or something new, and whether it would be covered by the repair because it is not yet six months, and I would also like to know if Scott could come again as he knows the cooker and I am not so steady on my feet now so I would need someone who does not mind waiting while I get to the door. My telephone number is 0141 496 0877.

Yours sincerely,
Agnes Wallace (Mrs)""", uq=1),
      ag("fiona", "11-10 14:00", """Dear Mrs Wallace,

Thank you for writing. I've booked Scott for you on Thursday 12th between 12 and 5, and put a note on the job for him to ring you before he arrives and to give you plenty of time to get to the door.

It's hard to say from here whether it's the same fault - a blank clock with no oven can be the timer module or a fuse inside the cooker - but Scott will be able to tell you on the day.

Kind regards,
Fiona""")),

    C("c48-gallagher-year-end", "en", "closed", {},
      "Niamh Gallagher <niamh@gallagherlets.example>", "gmail", "Year-end paperwork for our accountant",
      "Three requests as a bulleted list without question marks; answered with two attachments and the VAT number.",
      cu("11-05 10:00", """Hi Dougie,

Our accountant is doing the year end and needs a few bits from you:

- a statement of all jobs on account LL-0322 from April to October
- copies of the two invoices from September (the dishwasher at Crow Road and the oven at Thornwood Drive)
- confirmation of the VAT number you invoice under

Thanks,
Niamh""", to="Dougie Lennox <dougie.lennox@corrierepair.example>"),
      ag("dougie", "11-05 13:30", """Hi Niamh,

Statement and both September invoices attached. Our VAT number is GB 123 4567 89 - it's also at the foot of every invoice.

Dougie""", attach=[("application/pdf", "LL-0322-statement-Apr-Oct.pdf", STATEMENT_PDF),
                   ("application/pdf", "INV-58810-INV-58876.pdf", SEPT_INVOICES_PDF)])),

    C("c49-dunlop-links", "en", "pending", {},
      "Hamish Dunlop <hamish.dunlop@glenmail.example>", "iphone", "Booking online?",
      "Two questions answered with nothing but two labelled links.",
      cu("11-18 08:00", """Morning,

Is there a way to book an engineer online rather than emailing? And where can I see the terms and conditions for CoverPlus?

Cheers
Hamish

Sent from my iPhone"""),
      ag("fiona", "11-18 09:20", """Hi Hamish,

Booking: https://corrierepair.example/book
CoverPlus terms: https://corrierepair.example/coverplus/terms.pdf

Fiona""")),

    C("c50-lehmann-kuehlschrank-morgen", "de", "pending", {},
      "Markus Lehmann <markus.lehmann@webpost.example>", "outlook_de", "Kühlschrank vereist",
      "German: advice answers the 'can I do something myself' question, the morning-visit question is deferred to 'morgen' and kept the next morning (acknowledged automatically first).",
      cu("11-17 08:30", """Guten Morgen,

unser Kühlschrank (Liebherr, Einbaugerät) vereist an der Rückwand, und unten im Gemüsefach steht Wasser. Ist das ein Fall für einen Techniker, oder kann ich selbst etwas tun? Falls jemand kommen muss: Geht es auch an einem Vormittag?

Mit freundlichen Grüßen
Markus Lehmann"""),
      ack("11-17 08:31"),
      ag("sabine", "11-17 10:40", """Guten Morgen Herr Lehmann,

das klingt nach einem verstopften Tauwasserablauf. Versuchen Sie es zuerst selbst: Gerät abtauen, dann die kleine Rinne an der Rückwand mit lauwarmem Wasser und dem Reinigungsstift durchspülen, der meist im Ablaufloch steckt. Steht danach immer noch Wasser im Gemüsefach, schicken wir jemanden. Ich kläre heute mit der Disposition, welche Vormittage frei sind, und melde mich morgen mit Terminvorschlägen.

Viele Grüße
Sabine Krüger""", promises=[("11-18", 4)]),
      ag("sabine", "11-18 09:15", """Guten Morgen Herr Lehmann,

wie versprochen die freien Vormittage: Montag, 23. November, oder Mittwoch, 25. November, jeweils von 8 bis 12 Uhr. Sagen Sie mir einfach, welcher Ihnen lieber ist.

Viele Grüße
Sabine Krüger""", parent=3)),

    C("c51-morrison-rangemaster-service", "en", "closed", {},
      "Jean Morrison <jean.morrison@parkmail.example>", "gmail", "Annual service for our range cooker",
      "A pleasantry question ('Hope you all had a good weekend?') and one real request, booked.",
      cu("11-09 09:30", """Hi Fiona,

Hope you all had a good weekend? We're due the annual service on our Rangemaster (it should be in your records from last year). Could you book it for the week of the 16th, any day but Wednesday?

Jean""", to="Fiona Baird <fiona.baird@corrierepair.example>"),
      ag("fiona", "11-09 10:45", """Hi Jean,

We did, thanks - a quiet one for once! Your Rangemaster service is booked for Tuesday 17th, 8-12, with Scott, same price as last year (£79).

Fiona""")),

    C("c52-stewart-gasket-price", "en", "pending", {},
      "Alan Stewart <alan.stewart@thistlemail.example>", "thunderbird", "Price of a new door gasket?",
      "A one-line price question answered with a bare figure.",
      cu("11-16 17:00", """What do you charge to supply and fit a new door gasket on a Bosch WAN28281GB?

Alan Stewart"""),
      ag("callum", "11-17 08:30", """Hi Alan,

£89 fitted.

Callum""")),

    C("c53-romero-horno", "es", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Andrés Romero <andres.romero@correo-web.example>", "android", "El horno no calienta",
      "Spanish: the agent offers a slot and asks for the model; the customer confirms and asks the price, nothing comes back, and on Wednesday he writes '¿Hay alguna novedad? Sigo esperando'.",
      cu("11-12 17:30", """Hola:

El horno no calienta. La luz se enciende, pero no calienta nada. ¿Pueden mandar a alguien esta semana o la que viene?

Andrés Romero"""),
      ag("lucia", "11-13 09:10", """Hola, Andrés:

Sí, tenemos hueco el martes 17 por la mañana, de 8 a 12 h. ¿Me puede decir la marca y el modelo del horno? Así el técnico lleva la pieza más probable.

Un saludo,
Lucía"""),
      cu("11-13 10:00", """Hola Lucía,

El martes por la mañana me viene bien. Es un Candy FCT405N. ¿Cuánto me va a costar más o menos?

Andrés"""),
      cu("11-18 08:00", """Hola:

¿Hay alguna novedad? Sigo esperando que me confirmen la cita y el precio, y el martes ya pasó sin que viniera nadie.

Andrés Romero""", chase=True, parent=3)),

    C("c54-bain-oven-fan-second-mail", "en", "pending", {},
      "Lewis Bain <lewis.bain@inboxmail.example>", "outlook", "Noisy oven fan",
      "A second mail twenty minutes later adds the model, address and a photo of the rating plate (new information, not a chase); booked.",
      cu("11-17 07:40", """Hello,

The fan in our oven has started making a loud grinding noise whenever it's on. Could you book an engineer for sometime this week?

Lewis Bain"""),
      cu("11-17 07:58", """Sorry, meant to include: it's a Hotpoint SA2540HIX, photo of the rating plate attached. We're at 5 Annfield Place, G31.

Lewis""", parent=1, attach=[("image/png", "rating-plate.png", RATING_PLATE_PNG)]),
      ag("fiona", "11-17 09:30", """Hi Lewis,

Thanks for the photo - by the sound of it that's the fan motor bearing, and Jamie carries the motor for that model on his van. He can come on Thursday 19th, 12-5pm.

Fiona""")),

    C("c55-kelly-template-reply", "en", "pending", {"unanswered-question": 1},
      "Bernadette Kelly <bernadette.kelly@sunmail.example>", "gmail", "A few questions before we book",
      "A templated reply covers weekend working and brands; the request for a quote for fitting a new integrated fridge is not touched.",
      cu("11-16 20:30", """Hello,

A few questions before we decide who to use:
Do you work weekends? I'm at work all week.
Do you repair Smeg fridges, or only the big brands?
Could you also quote for fitting a new integrated fridge when we redo the kitchen in January?

Thanks,
Bernadette Kelly""", uq=1),
      ag("fiona", "11-17 08:15", """Hello Bernadette,

Thank you for getting in touch with Corrie Appliance Repair.

Our engineers work Monday to Friday, 8am to 6pm, and we also run a Saturday morning service (8am-12pm) for an extra £20. We repair all major brands, including Smeg, Neff, Bosch, Siemens, Miele, AEG, Hotpoint, Beko and Samsung.

You can book online at https://corrierepair.example/book or call us on 0141 496 0100.

Kind regards,
Fiona""")),

    C("c56-drummond-keys-office", "en", "closed", {"unanswered-question": 2},
      "Pauline Drummond <pauline@drummondlettings.example>", "outlook", "Flat B, 3 Lawrence Street",
      "Three points about an empty flat: collecting keys is answered; the quote for a replacement machine and the request to pause the quarterly check are not.",
      cu("11-06 10:00", """Hi Dougie,

A few things on Flat B, 3 Lawrence Street:

The tenant has moved out, so the engineer will need to collect keys from our office at 77 Byres Road - is that OK?
The washing machine there is 11 years old. Rather than repair it again, could you send me a quote for a replacement?
And please cancel the standing quarterly check on that flat for now, it's empty until February.

Thanks,
Pauline Drummond
Drummond Lettings""", uq=2, to="Dougie Lennox <dougie.lennox@corrierepair.example>"),
      ag("dougie", "11-06 14:20", """Hi Pauline,

Collecting keys from Byres Road is fine - the engineer picks them up on the way in and drops them back the same day.

Dougie""")),
]

UNANSWERED: dict[str, list[str]] = {
    "c02-hyndland-neff-element": [
        "While he's here for the fitting, could you also have him look at the door seal, it's torn at the bottom left corner and I think heat is escaping."],
    "c04-cowie-lettings-portfolio": [
        "Do you do annual appliance safety checks (PAT testing) for furnished lets?",
        "We're now at 9 properties with you - is there a better rate for landlords with that many?"],
    "c11-giffnock-cover-renewal": [
        "Also, we've moved house since I took the plan out - please update my address to 6 Orchard Park, Giffnock, G46 7AA."],
    "c13-govanhill-door-locked": [
        "and if its something silly like the filter blocked will I still pay the full callout"],
    "c17-rutherglen-chest-freezer": [
        "And will I get something in writing for the insurance if it's all ruined?"],
    "c20-milngavie-dryer-reopened": [
        "Could you make sure he brings a genuine Bosch element this time rather than a pattern part?"],
    "c22-girard-frigo-garantie": [
        "Je voudrais aussi savoir si vous pouvez récupérer l'ancien congélateur qui est dans la cave, nous n'en avons plus besoin."],
    "c26-ortega-pisos": [
        "Por favor, envíenme también una copia del contrato de mantenimiento que firmamos en 2024, no la encuentro.",
        "¿Y sería posible que el técnico recoja las llaves en la agencia Kelvin Keys, en Byres Road?"],
    "c30-esser-hausverwaltung": [
        "Bieten Sie außerdem einen Wartungsvertrag an, der alle Geräte in den drei Wohnungen abdeckt?"],
    "c33-mcleod-dishwasher-inline": [
        "Would the engineer need to pull the machine out from under the worktop?"],
    "c35-newton-mearns-ice-maker": [
        "Is the ice maker something you can fix, or do we need to go through Samsung?"],
    "c36-sinclair-cooker-install": [
        "Will he take away the old cooker?"],
    "c38-navarro-nevera": [
        "¿el técnico podría venir por la mañana?"],
    "c39-cochrane-regas": [
        "In the meantime, is it safe to keep using the freezer part, which still seems fine?"],
    "c40-boyle-fridge-end-of-day": [
        "And should I defrost it fully before the engineer comes, or leave it as it is?"],
    "c41-gillespie-two-machines": [
        "Could you also take the old machines away?"],
    "c42-schneider-backofenglas": [
        "Ist der Backofen bis dahin noch benutzbar, wenn ich vorsichtig bin?"],
    "c46-fontaine-proprietaire": [
        "Merci de m'envoyer désormais les factures uniquement par e-mail, je ne reçois pas le courrier en France.",
        "Avez-vous un tarif particulier pour les propriétaires ?"],
    "c47-wallace-cooker-clock": [
        "whether it would be covered by the repair because it is not yet six months"],
    "c55-kelly-template-reply": [
        "Could you also quote for fitting a new integrated fridge when we redo the kitchen in January?"],
    "c56-drummond-keys-office": [
        "Rather than repair it again, could you send me a quote for a replacement?",
        "And please cancel the standing quarterly check on that flat for now, it's empty until February."],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    return f"CAR-{int(mailcraft.h(key, 6), 16) % 900000 + 100000}"


def materialise(case: Case) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts."""
    msgs: list[Msg] = []
    by_key: dict[str, Msg] = {}
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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=SERVICE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            replying_to = by_key.get(parent) if parent else None
            default_to = replying_to.frm if replying_to is not None and replying_to.role == "agent" else SERVICE
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", default_to),
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
    return mailcraft.cases_table("Practice corpus 52: Corrie Appliance Repair - cases",
                                 "make_practice52_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, how to regenerate, and the corpus's figures (computed)."""
    msgs = [m for c in cases for m in c.msgs]
    n_cases = len(cases)
    clean = sum(1 for c in cases if not c.rules)
    inbox_customer = sum(1 for m in msgs if m.role == "customer")
    inbox_auto = sum(1 for m in msgs if m.role == "auto")
    replies = sum(1 for m in msgs if m.role == "agent")
    acks = sum(1 for m in msgs if m.role == "ack")
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found: Counter = Counter()
    for c in cases:
        found.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    lang_text = ", ".join(f"{LANG_NAMES[k]} {langs[k]}" for k in ("en", "de", "fr", "es"))
    rules_text = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    return f"""# Practice corpus 52: Corrie Appliance Repair support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the heuristics have been changed because of its cases, it is no
longer unseen.

- Company: **Corrie Appliance Repair**, a Glasgow firm that repairs and services home
  appliances - washing machines, washer-dryers and tumble dryers, dishwashers, ovens, hobs,
  cooker hoods, fridges and freezers: engineer call-outs and slots, parts on order, the
  CoverPlus extended-cover plans, landlord and letting-agent accounts, quotes, invoices and
  credit notes. Support address `service@corrierepair.example`; agents Fiona Baird (bookings
  and engineer scheduling), Callum Reid (parts desk), Priya Nair (CoverPlus plans and
  warranty), Dougie Lennox (landlord accounts and invoicing), Sabine Krüger (German-speaking
  customers), Hélène Roux (French-speaking) and Lucía Ferrer (Spanish-speaking), all
  `@corrierepair.example`. A helpdesk robot (`service@corrierepair.example`,
  `Auto-Submitted: auto-replied`) acknowledges a few mails with "we aim to reply within one
  working day" - service-hours text, not a commitment.
- Customers are householders, tenants, landlords (some abroad, writing in German, French or
  Spanish) and letting agents on `*.example` domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain corrierepair.example`.

```
python scripts/make_practice52_corpus.py                        # regenerate (deterministic, stdlib only)
python scripts/make_practice52_corpus.py --out /tmp/p52         # ... into another folder
python scripts/evaluate.py --corpus tests/practice52            # accuracy of the current tool
python -m pytest -q -p no:cacheprovider tests/test_practice52_corpus.py
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

{n_cases} cases, {len(msgs)} messages: {inbox_customer + inbox_auto} in the inbox ({inbox_customer} customer mails and {inbox_auto}
customer out-of-office reply), {replies} support replies, {acks} helpdesk acknowledgements.
{clean} clean cases ({round(100 * clean / n_cases)} %).
Languages: {lang_text}.
Statuses: {statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.

Expected findings: {rules_text}.
Unanswered questions are labelled in {uq_cases} cases; chasing in {chased_cases} cases (one chases twice).

## What the corpus contains by design

- **Several asks per mail** in varied forms: direct questions, indirect ones ("I was
  wondering what it will cost", "Not sure if I need the original receipt", "Je voudrais
  aussi savoir si", "Quisiera saber si"), requests without a question mark ("Please add 14
  Kelvin Court ...", "Merci de m'envoyer désormais les factures ...", "necesito que la
  factura vaya a nombre de mi empresa"), numbered and bulleted lists (c04, c46, c48, c56),
  questions in one long paragraph (c47), a lower-case phone mail whose last question has no
  question mark (c13).
- **Answers in the agent's own words**: out of order and several in one sentence (c01, c06,
  c14, c44), inline under the quoted question (c07, c33), a bare figure (c52: "£89
  fitted."), only links (c49), attachments (c12, c15, c16, c27, c30, c31, c34, c43, c48),
  a colleague answering (c15, c24), a templated reply (c55), an estimate instead of a date
  (c32).
- **Unanswered questions** of the realistic kind: a secondary request in passing (c02, c11,
  c17, c20), one item of a list (c04, c46, c56), one of three inline (c33), a reply about a
  neighbouring matter (c35: filters instead of whether they repair ice makers), the last
  point of a long paragraph (c47), a question in a follow-up mail (c36), a template that
  covers the standard questions only (c55), plus several in German, French and Spanish.
- **Not questions**: a rhetorical question and a question the customer answers himself
  (c08), a pleasantry ("Hope you all had a good weekend?", c51), questions and a `?` URL
  inside a forwarded plan confirmation (c29), customer signatures with a `?` URL (c04, c31),
  support signatures with "Questions about your plan?" and "Not sure which part you need?",
  thanks-only mails (c01, c03, c10, c11, c19), a customer's out-of-office reply (c37).
- **Commitments** with deadlines: kept on time (c15 "tomorrow" by a colleague, c21, c24,
  c50 "morgen"), kept late (c05 "by Wednesday", c18 "morgen", c23 "early next week", c34
  "d'ici jeudi", c40 "by end of day", c43 "tomorrow"), never kept (c11 "by Friday", c28
  "she'll be in touch" = two-day window, c38 "Le escribo mañana", c39 "once they've priced
  it" = window, c41 "tomorrow"), a deadline still ahead at audit time (c25, Monday 23
  November). Not commitments: logistics (c27 "The delivery crew will ring you the day
  before", engineer slots everywhere), an estimate ("it should be fitted towards the end of
  next week", c32), how refunds work (c19), an offer on the customer's confirmation (c42
  "Sobald Sie zusagen, bestelle ich sie"), the acknowledgement's service hours.
- **Chasing**: "Any news on the pump?", "I haven't heard back from anyone about the below",
  "Just following up on the hinge quote", "Any update on the fan motor?" and "I'm still
  waiting to hear about the motor" (c32, twice), "Still waiting to hear whether Jamie can
  come", "I still haven't had the prices", "gibt es schon etwas Neues ...?", "Je me permets
  de vous relancer", "¿Hay alguna novedad? Sigo esperando", and a word-for-word resend as a
  new mail with the same subject (c16). Not chasing: a second mail adding the model and a
  photo before any reply (c54).
- **Status and timing**: awaiting reply (c09, c41, c53), slow first responses (Friday
  evening answered on Monday, c17; a resend answered after three days, c16), an explicit
  close "I'll mark this job as resolved" followed by the same fault (c20) and a `[Resolved]`
  subject tag followed by a new question in the same thread (c45), three agents on one
  invoice query (c15).
- **Mail variety**: Gmail (en/de/es attribution lines), Outlook desktop, Outlook on the web
  and Outlook for Android (From:/Sent: and Von:/Gesendet: header blocks, `RE:`/`AW:`
  subjects), Apple Mail (en/fr), iPhone, Thunderbird (en/de); plain 7bit, quoted-printable,
  base64 (c26), multipart/alternative (c31 and the acknowledgements) and HTML-only (c28);
  PDF and PNG attachments; a Cc'd landlord (c12); a reply that lost its threading headers
  (c27) and a chaser without them (c41); customers replying to their own mail (c09, c32,
  c53, c54).

## Judgement calls

- **Deferral is not an unanswered question** (c05, c11, c18, c23, c25, c28, c34, c38, c39,
  c40, c41, c50): a question answered with a promise counts only through `missed-follow-up`
  when the promise is broken. In c28 the two cover questions are passed to a colleague who
  "will be in touch" (a promise with no date: two-day window), not left unanswered.
- **c35**: the reply explains that an old filter slows the ice; it does not say whether
  they repair the ice maker or whether the customer must go through Samsung - labelled.
- **c38**: "Le escribo mañana en cuanto me la confirmen" defers the delivery date only; the
  separate question whether the engineer can come in the morning is labelled.
- **c32**: "it should be fitted towards the end of next week" is an estimate of the
  supplier's lead time, not a promise to write back, so only the two chasers are labelled.
- **c19**: "refunds ... take up to 5 working days to appear" describes how refunds work; it
  is not a promise to write back.
- **c47**: "It's hard to say from here whether it's the same fault ... Scott will be able to
  tell you on the day" answers the first question of the paragraph; the guarantee question
  is not touched.
- **c53**: the customer's price question sits in a mail that has had no reply since, so it
  is `awaiting-reply` territory, not `unanswered-question`.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.corrierepair.example")
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
    """Command line: regenerate tests/practice52 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / CORPUS_NAME)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
