#!/usr/bin/env python3
"""Regenerate ``tests/practice55/``: a labelled corpus of Oakhurst Tree Care.

A support mailbox of a fictional firm of tree surgeons in the Surrey hills (site surveys and
quotes for felling, pruning and stump grinding, tree preservation order and conservation-area
permissions, hedge-cutting contracts for estates and councils, emergency storm call-outs,
firewood and woodchip sales, reports for insurers and mortgage lenders), written without
looking at the detection heuristics. Audited at ``AS_OF`` = 2026-11-20T17:00:00+00:00 with
the contract defaults (response target 24 h, follow-up window 2 days, close-after 7 days,
handoff limit 2), support domain ``oakhursttrees.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed here).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many labelled unanswered questions
it asks). The script recomputes status and every rule count from those facts and the dates,
and refuses to write when they disagree with the hand-written case labels, when a labelled
question is not verbatim in the customer's own text of that case, or when the written mail
does not parse back and round-trip.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice55_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "oakhursttrees.example"
OFFICE = "Oakhurst Tree Care <office@oakhursttrees.example>"
RULES = mailcraft.RULES
YEAR = 2026

AGENTS = {
    "hannah": ("Hannah Ridley <hannah@oakhursttrees.example>", "thunderbird", """-- 
Hannah Ridley
Office Manager | Oakhurst Tree Care
Holloway Farm Yard, Dunsfold Road, Godalming GU8 4NP
01483 960 214 | storm line (out of hours) 07700 900 418"""),
    "callum": ("Callum Brennan <callum@oakhursttrees.example>", "android", """Callum Brennan
Lead Arborist | Oakhurst Tree Care

Get Outlook for Android"""),
    "priya": ("Priya Seth <priya@oakhursttrees.example>", "outlook", """Priya Seth MArborA
Planning & Consents | Oakhurst Tree Care
Is your tree protected? Check before you prune: https://oakhursttrees.example/tpo-check?utm_source=email
Oakhurst Tree Care Ltd, registered in England no. 08812734"""),
    "gareth": ("Gareth Lloyd <gareth@oakhursttrees.example>", "owa", """Gareth Lloyd
Contracts Manager - Estates & Councils
Oakhurst Tree Care | 01483 960 217

This email and any attachments are confidential and may be legally privileged. If you are
not the intended recipient, please tell us and delete it; do not copy or forward it."""),
    "bex": ("Bex Thornton <bex@oakhursttrees.example>", "apple", """Bex Thornton
Firewood & Woodchip | Oakhurst Tree Care
Order logs online: https://oakhursttrees.example/shop/logs?ref=mail&size=bulk"""),
    "lukas": ("Lukas Becker <lukas@oakhursttrees.example>", "thunderbird_de", """-- 
Lukas Becker
Kundenbetreuung (deutschsprachig) | Oakhurst Tree Care
Tel. +44 1483 960 219
https://oakhursttrees.example/de?ref=signatur"""),
    "celine": ("Céline Roux <celine@oakhursttrees.example>", "apple_fr", """Céline Roux
Clientèle francophone | Oakhurst Tree Care
+44 1483 960 221
https://oakhursttrees.example/fr?utm_source=courriel"""),
    "marta": ("Marta Olivares <marta@oakhursttrees.example>", "gmail_es", """--
Marta Olivares
Atención al cliente en español | Oakhurst Tree Care
+44 1483 960 223"""),
}

ACK = """Hello,

Thanks for contacting Oakhurst Tree Care. This is an automatic message to let you
know that your enquiry has been logged as {ref}. The office is open Monday to Friday,
8am to 5pm, and we aim to reply within one working day.

If a tree or branch has fallen on a building, a road or a power line, please do not
wait for an email: ring the storm line on 07700 900 418 (power lines: call 105 first).

Oakhurst Tree Care
https://oakhursttrees.example/enquiry?ref={ref}"""

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
    "helpdesk": ["X-Mailer: Oakhurst Enquiries 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="otc.", outlook_server="CWLP12")
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
    """The enquiry system's automatic acknowledgement."""
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

CERT_PDF = mailcraft.pdf(["Arb Insure Ltd - Certificate of Insurance",
                          "Insured: Oakhurst Tree Care Ltd, Godalming",
                          "Public liability GBP 10,000,000 - Employer's liability GBP 10,000,000",
                          "Period: 1 April 2026 to 31 March 2027"])
BEECH_QUOTE_PDF = mailcraft.pdf(["Oakhurst Tree Care - Quotation Q-1203",
                                 "Meadow Cottage, Tuesley Lane: beech T1",
                                 "Crown reduction 2.5m on garage side, tidy storm stub",
                                 "GBP 1,180 + VAT incl. removal of arisings"])
DEVIS_CEDRE_PDF = mailcraft.pdf(["Oakhurst Tree Care - Devis D-1198",
                                 "The Old Forge, Castle Street, Farnham: cedre",
                                 "Allegement de couronne 15%, bois mort",
                                 "1 150 GBP HT, evacuation comprise"])
SCHEDULE_PDF = mailcraft.pdf(["Ewhurst Parish Council - Schedule of sites 2027-2029",
                              "1. Recreation ground: boundary hedge 220m, 12 trees",
                              "2. Churchyard extension: yew and holly hedge 60m",
                              "3-4. B2127 verges at Cranleigh Road: hedges 310m"])
BAG_PNG = mailcraft.png(10, 12, lambda x, y: (120 + 6 * x, 90 + 3 * y, 60))
WORKS_ORDER_PDF = mailcraft.pdf(["Waverley Borough Council - Works Order WBC-7714",
                                 "Summers Road, Farncombe: crown lift to 5.2m over carriageway",
                                 "Trees T1-T11 (lime, plane), framework rates apply"])
PLAN_PNG = mailcraft.png(14, 9, lambda x, y: (200, 200, 200) if (x + y) % 4 else (30, 120, 40))
DEVIS_PEUPLIER_PDF = mailcraft.pdf(["Oakhurst Tree Care - Devis D-1201",
                                    "Brook House, Wonersh: peuplier 20m",
                                    "Abattage par demontage: 1 650 GBP HT",
                                    "Option tronc laisse en billes de 50 cm: 1 490 GBP HT"])
OAKS_QUOTE_PDF = mailcraft.pdf(["Oakhurst Tree Care - Revised quotation Q-1191/2",
                                "Tilford: oaks T1 and T2, crown reduction 20%",
                                "Holly T3 removed from scope",
                                "GBP 2,960 + VAT"])
LENDER_REPORT_PDF = mailcraft.pdf(["Oakhurst Tree Care - Tree report for mortgage purposes",
                                   "6 Pilgrims Way, Guildford - inspected 10 November 2026",
                                   "T1 oak 9.5m from house: good condition, low risk",
                                   "T2 oak 8.0m from house: fair condition, low risk"])
ELM_INVOICE_PDF = mailcraft.pdf(["Oakhurst Tree Care - Invoice INV-30351",
                                 "Fisk Farm: fell dead elm, clear field margin",
                                 "GBP 890 + VAT = GBP 1,068"])
GUTACHTEN_PDF = mailcraft.pdf(["Oakhurst Tree Care - Storm damage statement",
                               "Oak T1, Chiddingfold: failure at sound wood",
                               "No decay or prior defect found at the fracture",
                               "Inspected by C. Brennan, 7 November 2026"])
LETTER_PDF = mailcraft.pdf(["Oakhurst Tree Care - Section 211 notice, corrected letter",
                            "9 Wodeland Avenue, Guildford - ref. 26/T/0381",
                            "T2 sycamore: fell to ground level"])
DRAWINGS_PDF = mailcraft.pdf(["Sallis Planning - Busbridge Lane: site layout rev C",
                              "Plots 1 and 2, access from Busbridge Lane",
                              "Existing trees shown indicatively"])
CALLOUT_INVOICE_PDF = mailcraft.pdf(["Oakhurst Tree Care - Invoice INV-30466",
                                     "Ashworth Farm, Alfold: Sunday emergency call-out",
                                     "2.5 hours, 3 operatives: GBP 322.50 + VAT"])
PRESUPUESTO_PDF = mailcraft.pdf(["Oakhurst Tree Care - Presupuesto P-1210",
                                 "Hurtwood Lane 3, Peaslake: pino 24m",
                                 "Tala por desmontaje: 1.450 GBP + IVA",
                                 "Triturado de tocon: 180 GBP + IVA"])
RAMS_PDF = mailcraft.pdf(["Oakhurst Tree Care - Risk assessment and method statement",
                          "St Mary's C of E Primary, Shalford: horse chestnuts T1-T5",
                          "Exclusion zone 1.5x tree height, banksman at field gate",
                          "Works in school holidays only"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("o01-chiddingfold-birch", "en", "closed", {},
      "Jo Whitcombe <jo.whitcombe@fernbankmail.example>", "gmail", "Leaning birch - quote please",
      "Three questions about a leaning birch answered in one paragraph, back to front; thanks-only reply.",
      cu("11-02 19:48", """Hello,

We've got a silver birch at the bottom of the garden that has started leaning towards the neighbour's shed after all the rain. It's about 12 metres tall I'd guess, maybe a bit more.

How soon could someone come and have a look at it? Is there a charge for the visit? And if it does have to come down, do you take the wood away or is that extra?

We're at 4 Pond Lane, Chiddingfold.

Many thanks,
Jo Whitcombe"""),
      ag("hannah", "11-03 09:12", """Dear Jo,

Thank you for getting in touch. Wood first: taking it away is included in all our felling prices, though plenty of people keep the logs for the stove and we knock a bit off for that. There's nothing to pay for the visit or the quote. Callum, our lead arborist, is in Chiddingfold on Thursday and could be with you at about 9:30 - just say if that time doesn't work.

Kind regards,
Hannah"""),
      cu("11-03 10:05", """Thursday at 9:30 is perfect, thank you. See you then.

Jo""", thanks=True)),

    C("o02-busbridge-oak-tpo", "en", "closed", {"unanswered-question": 1},
      "Martin Okafor <martin.okafor@okafor-family.example>", "outlook", "Oak in back garden - TPO?",
      "TPO check and application answered; how long the council takes is never addressed; a visit is booked.",
      cu("11-03 12:30", """Hi,

We'd like to have the big oak at the back of our garden reduced - it blocks almost all the light to the kitchen from about 2pm. A neighbour mentioned it might have a preservation order on it.

Is the oak covered by a tree preservation order? If it is, could you handle the application to Waverley for us? I'd also like to know roughly how long the council usually takes to decide, as we were hoping to get it done before spring.

Address is 27 Hambledon Road, Busbridge, GU7.

Thanks,
Martin Okafor""", uq=1),
      ag("priya", "11-04 10:05", """Dear Martin,

I've checked the Waverley register: the oak is protected by TPO 14/1987 (it's T3 on the order plan), so any reduction needs consent first.

We can certainly make the application for you. Callum would need to see the tree to write the specification - how much to take off, and where - and we charge £95 for preparing and submitting the application, on top of the work itself. Would you like me to book his visit?

Best regards,
Priya"""),
      cu("11-04 11:30", """Yes please, any weekday morning is fine.

Martin"""),
      ag("hannah", "11-04 14:10", """Dear Martin,

Callum will be with you on Tuesday 10 November at 8:30 to look at the oak.

Kind regards,
Hannah""")),

    C("o03-tuesley-beech-storm", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Sally Pemberton <sallypem@postbox.example>", "iphone", "Beech limb down on fence - URGENT",
      "Sunday storm call-out answered within the hour; the quote promised 'by Wednesday' only comes after a chase the next Monday.",
      cu("11-08 07:12", """Hi, the big beech by our back fence lost a huge limb in the night. It's lying across the fence and has smashed the end of the greenhouse, and there's another piece hanging in the tree above the path.

Is anyone able to come out today? We've kept the children inside. The only way into the back garden is the side gate, which is about 90cm - is that going to be a problem for your equipment?

Sally Pemberton
Meadow Cottage, Tuesley Lane

Sent from my iPhone"""),
      ag("callum", "11-08 07:41", """Hi Sally, a crew of three will be with you by 10. Keep everyone off the path until we've dealt with the hanging piece. 90cm is fine - we'll bring the tracked chipper, it goes through a standard gate.

Callum"""),
      ag("callum", "11-09 16:20", """Hi Sally,

Good to meet you yesterday. To recap: we cleared the limb off the fence and the greenhouse and took down the section that was hung up over the path, so the garden is safe to use again. The rest of the tree is sound, but the break has left a big wound and there's a heavy limb growing out over your neighbour's garage.

I'll price a reduction on that side plus tidying the broken stub, and send you the quote by Wednesday.

Callum""", quote=False, promises=[("11-11", 5)]),
      cu("11-16 09:15", """Hi Callum,

Just checking in - we haven't had the quote for the reduction yet. The neighbour keeps asking when it's going to happen, so it would be good to give him a date.

Thanks,
Sally

Sent from my iPhone""", chase=True),
      ag("hannah", "11-16 11:30", """Hi Sally,

I'm sorry you've had to wait - Callum has been out on storm jobs all week and it got stuck in his drafts. The quote is attached: £1,180 + VAT for the reduction on the garage side and the stub, including taking everything away.

We could do it on Thursday 26 November or Tuesday 1 December. Let me know which suits you and your neighbour.

Kind regards,
Hannah""", attach=[("application/pdf", "Q-1203-Pemberton.pdf", BEECH_QUOTE_PDF)])),

    C("o04-cranleigh-logs-inline", "en", "pending", {},
      "Rob Haskins <rob.haskins@willowmere.example>", "iphone", "Logs",
      "Three firewood questions answered inline with a figure, a yes and a condition; the order that follows is booked.",
      cu("11-16 18:40", """Hi

How much is a bulk bag of seasoned hardwood these days? Do you deliver out to Cranleigh, and can the driver tip it on our drive rather than on the road?

Cheers
Rob

Sent from my iPhone"""),
      ag("bex", "11-17 08:55", """Morning Rob,

> How much is a bulk bag of seasoned hardwood these days?

£95 delivered. Kiln-dried is £125 if you want something that's ready to burn straight away.

> Do you deliver out to Cranleigh

Yep, Cranleigh is inside our free delivery area.

> can the driver tip it on our drive rather than on the road?

As long as the lorry can get onto the drive (3.5 t tipper, 2.3 m wide) he'll drop it wherever you like.

Bex""", quote=False),
      cu("11-17 12:10", """Great, put me down for one seasoned bag please. Any day next week is fine, we're both working from home.

Rob

Sent from my iPhone"""),
      ag("bex", "11-17 14:30", """Done - you're on the Tuesday 24th round, between 8 and 12. The driver takes cards, or we can invoice you afterwards.

Bex""")),

    C("o05-hartsgrove-estate-hedgerows", "en", "closed", {"unanswered-question": 2},
      "Fiona Aldridge <estate.office@hartsgrove-estate.example>", "owa", "Hedgerow cutting contract 2026/27",
      "Estate manager asks five things for a hedge contract; rates, timing and insurance certificate come back, verges and NPTC tickets are skipped.",
      cu("11-02 10:20", """Dear Sir or Madam,

I manage the Hartsgrove Estate near Loxwood. Our previous hedge contractor has retired and we are looking for someone to take on the annual cut from this winter.

There is roughly 1.2 km of mixed native hedgerow along the estate drive and the boundary with Loxwood Road, plus the yew hedges around the walled garden, which are cut by hand.

Could you let me know your rate for the flailing and for the hand-cut yew? We would need all cutting done outside the bird nesting season, so January and February at the latest. Please send a copy of your public liability insurance certificate with any quote, our insurers insist on it. Do you also cut the roadside verges, or is that something we would have to arrange separately? Finally, could you confirm whether your tractor drivers hold the NPTC certificate for hedge cutting?

Kind regards,
Fiona Aldridge
Estate Manager, Hartsgrove Estate""", uq=2),
      ag("gareth", "11-03 09:40", """Dear Fiona,

Thank you for thinking of us for Hartsgrove.

For the native hedgerow we charge £1.45 per metre per face with a tractor-mounted flail, so about £3,480 + VAT for both faces of the 1.2 km. The walled-garden yew is hand work with powered shears at £42 per operative hour; I'd guess two men for two days, but I'd want to walk round it before putting a figure on it.

Timing is no problem: all our estate hedgerow work is scheduled between mid-November and the end of February, well clear of nesting.

Our insurance certificate is attached.

Kind regards,
Gareth""", attach=[("application/pdf", "OakhurstTreeCare-insurance-2026.pdf", CERT_PDF)])),

    C("o06-haslemere-ferienhaus", "de", "closed", {},
      "Sabine Kellermann <s.kellermann@kellermann-muenchen.example>", "gmail_de", "Heckenschnitt Ferienhaus Haslemere",
      "German holiday-home owner in Munich: date, presence and payment from abroad all answered; thanks-only reply.",
      cu("11-05 09:30", """Sehr geehrte Damen und Herren,

wir haben ein Ferienhaus in Haslemere (Weydown Road 12), das wir nur im Sommer nutzen. Die Thujahecke zur Straße hin ist inzwischen so hoch, dass sich der Nachbar beschwert hat.

Wäre es möglich, die Hecke noch im November auf etwa 2 m zu kürzen? Wir sind derzeit in München - müssen wir für den Termin vor Ort sein? Und wie läuft das mit der Bezahlung, wenn wir aus Deutschland überweisen?

Mit freundlichen Grüßen
Sabine Kellermann"""),
      ag("lukas", "11-05 13:15", """Sehr geehrte Frau Kellermann,

vielen Dank für Ihre Anfrage. Die Hecke können wir am Donnerstag, 12. November, auf 2 m einkürzen und seitlich zurückschneiden; das kostet 480 £ zzgl. MwSt., Abfuhr des Schnittguts inklusive. Anwesend müssen Sie nicht sein - es reicht, wenn das Gartentor offen ist.

Die Rechnung kommt nach dem Einsatz per E-Mail, mit IBAN und BIC. Eine Auslandsüberweisung in Pfund ist kein Problem.

Mit freundlichen Grüßen
Lukas Becker"""),
      cu("11-05 15:02", """Vielen Dank, das klingt gut. Das Tor ist offen.

Beste Grüße
S. Kellermann""", thanks=True),
      tz=1),

    C("o07-frith-hill-subsidence", "en", "closed", {"missed-follow-up": 1},
      "Derek Foulkes <derek.foulkes@btmail.example>", "thunderbird", "Arboricultural report for insurance claim",
      "Subsidence report priced; the visit date is deferred with 'I'll get back to you' (no deadline) and never comes; thanks-only reply.",
      cu("11-03 20:15", """Good evening,

Our insurers (Harlow Mutual) have asked for an arboricultural report as part of a subsidence claim. There is a mature oak about 9 m from the back of the house and cracks have appeared in the kitchen extension.

What would a report like that cost, and how quickly could you produce one? The loss adjuster would like it within a month.

Regards,
Derek Foulkes
12 Frith Hill Road, Godalming"""),
      ag("priya", "11-04 09:40", """Dear Derek,

A subsidence report of that kind is £450 + VAT. It covers the tree's species, size and condition, its distance from the foundations and our recommendations, in the format loss adjusters expect.

On timing I need to find out from Callum, who does the root-zone inspections, when he can fit in a visit. Let me check and I'll get back to you with a date.

Kind regards,
Priya""", promises=[("window", None)]),
      cu("11-04 10:02", """Thank you Priya, I'll wait to hear from you.

Derek""", thanks=True)),

    C("o08-farnham-cedre", "fr", "pending", {"customer-chased": 1},
      "Hélène Marchetti <helene.marchetti@orange-mail.example>", "apple_fr", "Devis élagage cèdre",
      "French owner in Farnham: the quote comes but the conservation-area question is ignored until she chases ('je me permets de vous relancer'); then answered.",
      cu("11-10 10:20", """Bonjour,

Nous avons acheté l'année dernière une maison à Farnham (The Old Forge, Castle Street) et le grand cèdre du jardin n'a visiblement pas été entretenu depuis des années. Pourriez-vous nous faire un devis pour un élagage ?

Je voudrais aussi savoir si une autorisation est nécessaire : la maison se trouve dans le secteur protégé du centre-ville.

Cordialement,
Hélène Marchetti"""),
      ag("celine", "11-10 16:05", """Bonjour Madame Marchetti,

Merci pour votre message. Callum, notre arboriste, est passé voir le cèdre depuis la rue cet après-midi : pour un allègement de la couronne et la suppression du bois mort, comptez 1 150 £ HT, évacuation des déchets comprise. Le devis détaillé est en pièce jointe.

Bien cordialement,
Céline Roux""", attach=[("application/pdf", "Devis-D-1198.pdf", DEVIS_CEDRE_PDF)]),
      cu("11-16 09:40", """Bonjour Céline,

Merci pour le devis, qui nous convient. Je me permets de vous relancer au sujet de l'autorisation, car je n'ai pas eu de réponse sur ce point : faut-il faire une demande avant les travaux ? Nous aimerions que ce soit fait avant Noël.

Cordialement,
Hélène Marchetti""", chase=True),
      ag("celine", "11-16 14:20", """Bonjour Madame Marchetti,

Toutes mes excuses, j'aurais dû vous répondre là-dessus dès mon premier message. Oui : en secteur protégé (conservation area), il faut prévenir le council six semaines avant tout élagage. Nous déposons la déclaration pour vous, sans frais supplémentaires ; sauf opposition du council, nous pourrons intervenir à partir du 28 décembre.

Bien cordialement,
Céline Roux"""),
      tz=1),

    C("o09-godalming-leylandii-stumps", "en", "closed", {},
      "Kev Doherty <kevdoherty@quickmail.example>", "gmail", "Stump grinding x3",
      "Stump questions (depth, mess) answered with figures; a rhetorical aside; the follow-up request is booked by the office.",
      cu("11-04 17:55", """Hiya,

Finally got the row of leylandii down along the back fence (why did we ever let the last owner plant them?) and now there are 3 stumps left, about 40-50cm across each.

Can you grind them out? How far down do you go - we want to put a new fence and some raised beds there. Also will it leave a massive mess?

Kev"""),
      ag("callum", "11-05 07:50", """Hi Kev,

Three leylandii stumps that size is £210 all in. We take them 300mm below ground, which is plenty for raised beds, and for the fence just set the new posts either side of the holes.

The grinder leaves a heap of chippings and soil about the size of the stump - we can backfill the holes with it or bag it and take it away for £40 extra.

Callum"""),
      cu("11-05 08:30", """Take it away please. Saturday any good?

Kev"""),
      ag("hannah", "11-05 11:15", """Hi Kev,

Saturday 14th works - Callum will be there about 8 with the stump grinder. I've added the £40 for taking the grindings away, so £250 in total.

Best wishes,
Hannah""")),

    C("o10-ewhurst-parish-tender", "en", "closed",
      {"unanswered-question": 2, "slow-first-response": 1},
      "Alison Tebbit <clerk@ewhurst-pc.example>", "outlook", "Hedge and tree maintenance - request for quotation",
      "Parish clerk's numbered RFQ sent on a Friday afternoon, acknowledged by the robot, answered on Monday: price and certificates only; traffic management and price holding skipped.",
      cu("11-06 14:50", """Dear Oakhurst Tree Care,

Ewhurst Parish Council is seeking quotations for the maintenance of the hedges and trees on parish land for 2027-2029 (three years). A schedule of the sites is attached.

The council's procurement rules require the following, and I would be grateful if you could address each point in your reply:

1. A price per annum for the work on the attached schedule.
2. Confirmation that you can provide signing and traffic management for the two sites on the B2127.
3. Copies of your public liability and employer's liability insurance certificates.
4. Whether you would hold your prices for the three years or apply an annual increase.

The closing date for quotations is 30 November.

Yours faithfully,
Alison Tebbit
Clerk to Ewhurst Parish Council""", uq=2, attach=[("application/pdf", "EPC-schedule-2027-29.pdf", SCHEDULE_PDF)]),
      ack("11-06 14:51"),
      ag("gareth", "11-09 11:05", """Dear Ms Tebbit,

Thank you for inviting us to quote. Based on the schedule, our price is £6,850 + VAT per annum, covering the hedge cuts, the annual inspection of the twelve trees on the recreation ground and the removal of all arisings. Our insurance certificates are attached (public and employer's liability, £10m each).

We look forward to hearing from the council.

Yours sincerely,
Gareth Lloyd""", attach=[("application/pdf", "OakhurstTreeCare-insurance-2026.pdf", CERT_PDF)])),

    C("o11-guildford-asador-lena", "es", "pending", {"missed-follow-up": 1},
      "Javier Montoya <javier@asadorelcastillo.example>", "gmail_es", "Leña de roble para horno",
      "Spanish restaurant owner: moisture question answered with a figure; the pallet price promised for 'mañana' never comes.",
      cu("11-16 11:05", """Hola, buenos días:

Tengo un asador en Guildford (El Castillo, en Chertsey Street) y estamos buscando un proveedor fijo de leña de roble para el horno. Gastamos más o menos un palé por semana.

¿Qué precio tendría el palé de roble? Necesitamos que la leña esté bien seca, por debajo del 20 % de humedad, porque si no el horno no coge temperatura. ¿Me podéis confirmar que la vuestra cumple eso?

Un saludo,
Javier Montoya
Asador El Castillo"""),
      ag("marta", "11-16 15:30", """Hola, Javier:

Gracias por escribirnos. Toda nuestra leña de roble para hornos se seca en secadero y sale por debajo del 18 % de humedad; medimos cada lote con el higrómetro y le podemos mandar la lectura con cada entrega.

El precio por palé depende de la cantidad semanal y tengo que consultarlo con Bex, que lleva las ventas de leña. Mañana le confirmo el precio.

Un saludo,""", promises=[("11-17", None)])),

    C("o12-orchard-way-no-show", "en", "open", {"customer-chased": 1, "awaiting-reply": 1},
      "Neil Featherstone <neil.featherstone@fastnet-mail.example>", "gmail", "Nobody turned up today",
      "Booked crew did not arrive; only the robot answers; the customer chases the next day and still hears nothing.",
      cu("11-17 11:20", """Hello,

We had the felling of the two conifers at 8 Orchard Way booked for today (Hannah confirmed it last week) and nobody has turned up. I took the day off work to be here and moved both cars off the drive.

Can you tell me what happened and when the crew is actually coming?

Neil Featherstone"""),
      ack("11-17 11:21"),
      cu("11-18 16:45", """Still waiting to hear from anyone about this. I've rung the office twice and left messages. Please call me on 07700 900 612.

Neil""", chase=True)),

    C("o13-shalford-school-rams", "en", "pending", {},
      "Duncan Reeve <bursar@st-marys-shalford.example>", "outlook", "Tree works on school field - paperwork",
      "School needs RAMS, insurance, DBS and a half-term date: two attachments and two sentences answer all four.",
      cu("11-17 09:30", """Dear Gareth,

Following your visit last week, the governors have approved the work on the horse chestnuts along the school field. Before we can let your team on site, I need a few things:

- your risk assessment and method statement for the job
- your public liability certificate
- confirmation that everyone on site will have an enhanced DBS check

We'd also like the work done when the children aren't here. Are you able to do it during the February half-term (15-19 February)?

Best regards,
Duncan Reeve
School Business Manager, St Mary's C of E Primary"""),
      ag("gareth", "11-17 14:45", """Dear Duncan,

Good news from the governors - thank you.

The RAMS and our insurance certificate are attached. All three of the crew we'd send (Callum, Josh and Marek) hold current enhanced DBS certificates, and I can bring the originals on the day for your single central record.

I've pencilled the job in for Tuesday 16 and Wednesday 17 February.

Kind regards,
Gareth""", kind="alt", attach=[("application/pdf", "RAMS-StMarys-Shalford.pdf", RAMS_PDF),
                              ("application/pdf", "OakhurstTreeCare-insurance-2026.pdf", CERT_PDF)])),

    C("o14-shere-walnut-s211", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Louise Garnett <louise.garnett@hillcrestview.example>", "apple", "Walnut tree - conservation area",
      "Conservation-area notice: the council acknowledgement promised 'by Friday' never arrives; the neighbour's laurel asked in passing is ignored.",
      cu("11-02 13:10", """Hi Priya,

Thanks for the chat on the phone this morning. As discussed, we'd like the walnut in the front garden thinned and lifted so that it clears the road by 5 m - the bin lorry keeps catching it.

You mentioned you would send the notification to the council for us. Is there anything you need from me for that, like photos or the deeds?

Also, while you're there, can the crew cut back the neighbour's laurel where it hangs over our drive? She's happy for us to do it.

Thanks,
Louise Garnett
2 Church Walk, Shere""", uq=1),
      ag("priya", "11-02 16:20", """Hi Louise,

No photos or deeds needed - Callum's notes and a location plan from us are enough for a section 211 notice. I'll submit it this week and send you the council's acknowledgement with the reference number by Friday. The six weeks run from the day they receive it.

Best wishes,
Priya""", promises=[("11-06", None)])),

    C("o15-slyfield-firma-parkplatz", "de", "pending", {"unanswered-question": 1},
      "Thomas Brandl <t.brandl@brandl-logistik.example>", "outlook_de", "Angebot Heckenschnitt und Baumstümpfe Parkplatz",
      "German firm's UK site: hedge price and stump removal answered; the request to invoice with their VAT number is ignored.",
      cu("11-16 08:15", """Guten Morgen Herr Becker,

wie telefonisch besprochen schicke ich Ihnen die Eckdaten für unseren Standort in Guildford (Slyfield Industrial Estate, Unit 9).

Die Liguster- und Lorbeerhecke um den Mitarbeiterparkplatz (ca. 140 m) soll künftig zweimal im Jahr geschnitten werden. Könnten Sie uns dafür einen Jahrespreis nennen? Außerdem stehen am Parkplatz noch drei Baumstümpfe, über die schon zwei Kollegen gestolpert sind - können Sie die gleich mit entfernen?

Wir bräuchten die Rechnung bitte auf die Brandl Logistik UK Ltd. mit unserer Umsatzsteuer-Identnummer GB 294 1187 06, sonst kann unsere Buchhaltung sie nicht verbuchen.

Mit freundlichen Grüßen
Thomas Brandl
Niederlassungsleiter UK""", uq=1),
      ag("lukas", "11-16 12:40", """Guten Tag Herr Brandl,

vielen Dank für die Unterlagen. Für zwei Schnitte pro Jahr (Juni und Oktober) berechnen wir 1.260 £ netto, Entsorgung des Schnittguts inklusive. Die drei Stümpfe fräsen wir einmalig für 195 £ netto aus; das können wir beim ersten Schnitt miterledigen oder, wenn es wegen der Stolpergefahr eilt, schon nächste Woche.

Mit freundlichen Grüßen
Lukas Becker""")),

    C("o16-bramley-logs-reopened", "en", "closed", {"reopened": 1},
      "Margaret Ellison <m.ellison@ellisonhome.example>", "thunderbird", "Firewood delivery - half a bag?",
      "Short bag of logs put right and marked resolved; the customer comes back with a new problem (logs too long), answered.",
      cu("11-09 10:30", """Hello,

The bulk bag of logs that came on Saturday is only about half full - I've attached a photo. I paid for a full bag. Could you please sort this out?

Margaret Ellison""", attach=[("image/png", "logs.png", BAG_PNG)]),
      ag("bex", "11-09 12:05", """Dear Margaret,

I'm so sorry - you're quite right, that bag has slumped badly and it's well short. Our driver is in Bramley on Wednesday and will drop off a second bag of the same seasoned ash at no charge. I'll mark this one as resolved.

Best wishes,
Bex""", closes=True),
      cu("11-12 15:40", """Dear Bex,

The extra bag came this morning, thank you. However I now find that a lot of the logs are too long for our stove - it only takes 25 cm and these are nearer 30. Do you sell shorter logs, or can these be cut down?

Margaret"""),
      ag("bex", "11-12 16:50", """Dear Margaret,

Our standard logs are 25-30 cm, but we do a 20 cm 'small stove' cut at the same price - next time just mention it when you order. If you put the longest ones to one side, the driver will swap them when he's next in Bramley on Wednesday 18th.

Best wishes,
Bex""")),

    C("o17-farncombe-street-trees", "en", "closed", {"many-handoffs": 1},
      "Ravi Chandran <ravi.chandran@waverley-bc.example>", "outlook", "Street tree works order WBC-7714",
      "Council works order handled by three agents: a same-day promise kept by a colleague, then the parking question answered with a marked-up plan.",
      cu("11-03 08:50", """Good morning,

Please find attached works order WBC-7714 for the crown lifting of eleven street trees on Summers Road, Farncombe, under our framework agreement.

Could you let me know which date your team will be on site, so that we can put out the parking suspension notices? We need at least ten days for those.

Regards,
Ravi Chandran
Tree Officer, Waverley Borough Council""", attach=[("application/pdf", "WBC-7714.pdf", WORKS_ORDER_PDF)]),
      ag("gareth", "11-03 11:30", """Dear Ravi,

Thank you for the order. I've passed it to Hannah, who does our scheduling; she'll confirm the date to you this afternoon.

Kind regards,
Gareth""", promises=[("11-03", 3)]),
      ag("hannah", "11-03 14:10", """Dear Ravi,

We can be on Summers Road on Monday 16 November from 8am; two days should be enough for all eleven trees. That leaves you thirteen days for the suspension notices.

Kind regards,
Hannah"""),
      cu("11-04 09:15", """Thanks Hannah. Will you need the whole length suspended, or only the bays next to the trees?

Ravi"""),
      ag("callum", "11-04 12:40", """Hi Ravi, only the bays beside each tree plus one either side for the MEWP outriggers - I've marked them on the attached plan.

Callum""", attach=[("image/png", "summers-road-bays.png", PLAN_PNG)])),

    C("o18-wonersh-peuplier", "fr", "closed", {},
      "Jean-Baptiste Leroy <jb.leroy@leroy-conseil.example>", "outlook", "Abattage peuplier - demande de devis",
      "French resident (English Outlook): price and leaving the trunk in rings answered with a PDF quote; he chooses an option and gets a date.",
      cu("11-04 18:30", """Bonjour,

Une connaissance m'a donné vos coordonnées en me disant que vous aviez quelqu'un qui parle français, ce qui m'arrange pour les détails techniques.

Nous avons un peuplier d'environ 20 m en fond de parcelle, juste à côté du ruisseau. Il perd de grosses branches à chaque coup de vent et je voudrais le faire abattre. Pourriez-vous me dire combien cela coûterait, et s'il est possible de laisser le tronc sur place en billes pour que je le fende moi-même ?

Bien à vous,
Jean-Baptiste Leroy
Brook House, Wonersh"""),
      ag("celine", "11-05 10:45", """Bonjour Monsieur Leroy,

Callum est passé ce matin, comme convenu au téléphone. Vous trouverez le devis en pièce jointe : abattage par démontage (le peuplier est trop près du ruisseau pour le faire tomber d'un bloc), 1 650 £ HT. Si nous laissons le tronc sur place, coupé en billes de 50 cm, le prix passe à 1 490 £ HT.

Bien cordialement,
Céline Roux""", attach=[("application/pdf", "Devis-D-1201.pdf", DEVIS_PEUPLIER_PDF)]),
      cu("11-05 12:10", """Merci beaucoup, c'est parfait. Je retiens la formule avec les billes laissées sur place.

J.-B. Leroy"""),
      ag("celine", "11-05 14:30", """Merci ! C'est noté : nous interviendrons le mardi 17 novembre à partir de 8 h.

Bien cordialement,
Céline Roux""")),

    C("o19-guildford-comunidad-platanos", "es", "closed", {"unanswered-question": 2},
      "Lucía Ferrer <lferrer@ferrer-administraciones.example>", "gmail_es", "Poda de plátanos - Lindenhurst Court",
      "Spanish property manager asks four things; price and permit answered, the insurance certificate and a Saturday date are not.",
      cu("11-04 10:10", """Buenos días:

Le escribo como administradora de Lindenhurst Court (Portsmouth Road, Guildford), un edificio de 24 viviendas cuyos propietarios son en su mayoría españoles. La junta ha aprobado podar los seis plátanos del aparcamiento, que quitan la luz a los primeros pisos.

Quisiera saber cuánto costaría la poda y si hace falta pedir permiso al ayuntamiento. Por otra parte, les agradecería que nos enviaran una copia de su seguro de responsabilidad civil, ya que la junta lo exige a todos los proveedores. ¿Sería posible además hacer el trabajo un sábado, cuando hay menos coches?

Atentamente,
Lucía Ferrer
Ferrer Administraciones""", uq=2),
      ag("marta", "11-04 15:20", """Buenos días, Lucía:

Gracias por contactar con nosotros. La poda de los seis plátanos (reducción de copa de un 25 % y limpieza de madera muerta) costaría 2.340 £ más IVA, con la retirada de restos incluida.

En cuanto al permiso, he consultado el mapa del council: los árboles no tienen orden de protección ni están en zona de conservación, así que no hace falta ninguna autorización.

Un saludo,"""),
      tz=1),

    C("o20-milford-allotment-woodchip", "en", "open",
      {"missed-follow-up": 1, "customer-chased": 2, "awaiting-reply": 1},
      "Pat Greenaway <secretary@milfordallotments.example>", "gmail", "Woodchip for allotment paths",
      "Allotment society: woodchip terms answered, next delivery dates promised 'tomorrow' never come; two chases, no reply.",
      cu("11-10 20:05", """Hello,

I'm the secretary of Milford Allotment Society. Every winter we put fresh woodchip on the paths between the plots. We used to get it free from the council's contractor, but they've stopped.

Do you ever have loads of woodchip you'd be willing to drop off, and what would you charge? We'd need about three lorry loads over the winter. The gate on Church Road is wide enough for a tipper.

Pat Greenaway
Hon. Secretary, Milford Allotment Society"""),
      ag("bex", "11-11 09:20", """Hi Pat,

We do have woodchip most weeks, mostly from hedge and felling jobs, and we're always glad to find it a good home. A tipper load (roughly 8 cubic metres) is free if it's on our way, or £60 if we have to make a special trip.

Let me check with the yard when the next loads are coming in and I'll let you know tomorrow.

Bex""", promises=[("11-12", None)]),
      cu("11-16 10:30", """Hi Bex,

Any news on the woodchip? The committee would love to get the first load down before the frosts.

Pat""", chase=True),
      cu("11-18 19:15", """Hello again - still waiting to hear about this. Our committee meets on Saturday and I'd like to be able to tell them something.

Pat""", chase=True)),

    C("o21-lime-crown-inline", "en", "pending", {"unanswered-question": 1},
      "Graham Tuck <graham@tuckfamily.example>", "thunderbird", "Lime tree crown reduction - questions",
      "Numbered questions answered inline by the office on the arborist's behalf; the ivy price (item 3) is left out of the inline reply.",
      cu("11-15 21:30", """Hello Callum,

Thanks for coming round on Tuesday. Before we say yes to the quote, a few questions from my wife and me:

1. How much smaller will the tree actually look afterwards? We don't want it to end up looking like a lollipop.
2. Will you need to close the pavement outside while you work?
3. Can you also give us a price for taking the ivy off the trunk?

And a general one - how long will the work take?

Regards,
Graham Tuck""", uq=1),
      ag("hannah", "11-16 12:15", """Hello Graham,

Callum is up a tree in Bramley today, so he's given me his answers to pass on - see below.

> 1. How much smaller will the tree actually look afterwards? We don't want it
> to end up looking like a lollipop.

About 2 m off the height and 1.5 m off the spread, cut back to natural growth points, so it keeps its shape. No lollipop, promise.

> 2. Will you need to close the pavement outside while you work?

No. There'll be cones and a banksman on the pavement whenever anything is coming down, but people can still walk past.

> And a general one - how long will the work take?

One full day with a crew of three.

Best wishes,
Hannah""", quote=False)),

    C("o22-sycamore-date-kept", "en", "pending", {},
      "Anjali Mehta <anjali.mehta@mehta-home.example>", "gmail", "Quote Q-1187 - sycamore felling",
      "Quote accepted; access and neighbours answered, the date promised 'by Thursday' is sent on Wednesday; thanks-only reply.",
      cu("11-16 08:05", """Hi Hannah,

We're happy to go ahead with the quote for felling the sycamore and grinding the stump (Q-1187, £1,340 + VAT).

When would you be able to do it? Also, do we need to be home on the day, and should we tell the neighbours?

Thanks,
Anjali"""),
      ag("hannah", "11-16 09:40", """Hi Anjali,

Thank you, that's great. You don't need to be in as long as the side gate is unlocked. It would be kind to let number 14 know, as we'll be roping the top over their side for a few minutes, but no permission is needed.

I'm waiting for the crew rota for the first week of December and will confirm your date by Thursday.

Best wishes,
Hannah""", promises=[("11-19", 3)]),
      ag("hannah", "11-18 15:05", """Hi Anjali,

As promised - you're down for Wednesday 2 December, with the crew arriving around 8am. The stump will be ground out the same afternoon.

Best wishes,
Hannah""", quote=False),
      cu("11-18 17:20", """Perfect, thanks Hannah!

Anjali""", thanks=True)),

    C("o23-tilford-revised-quote", "en", "closed", {"missed-follow-up": 1},
      "Oliver Brandt <oliver@brandtarchitects.example>", "apple", "Revised quote - 3 trees, Tilford",
      "Architect needs a revised quote; 'Callum will email it tomorrow' is kept by Callum a day late; thanks-only reply.",
      cu("11-04 09:10", """Hi Hannah,

Following Callum's visit, our client would like to drop the felling of the holly from the scope and just do the two oaks. Could you revise the quote accordingly? It needs to go into our planning submission on Monday.

Best,
Oliver Brandt
Brandt Architects"""),
      ag("hannah", "11-04 10:30", """Hi Oliver,

No problem. Callum has the figures for the oaks on his tablet and will email you the revised quote tomorrow.

Best wishes,
Hannah""", promises=[("11-05", 3)]),
      ag("callum", "11-06 17:45", """Hi Oliver, sorry for the delay - revised quote attached, the two oaks only: £2,960 + VAT.

Callum""", attach=[("application/pdf", "Q-1191-rev2.pdf", OAKS_QUOTE_PDF)]),
      cu("11-06 18:30", """Thanks Callum, got it.

Oliver""", thanks=True)),

    C("o24-pilgrims-way-lender-report", "en", "closed", {},
      "Charlotte Wynn <charlotte.wynn@hamptonsbury-estates.example>", "owa", "Tree survey for sale - 6 Pilgrims Way",
      "Estate agent's HTML-only mails (signature 'Thinking of moving?' with a ? URL); report priced, booked and delivered on the day said.",
      cu("11-05 11:40", """Dear Oakhurst,

We are acting on the sale of 6 Pilgrims Way, Guildford. The buyer's mortgage lender has asked for a tree report because of the two large oaks within 10 m of the house.

Could you tell me the cost of a report for the lender and how soon it could be done? Our seller is happy to give access any weekday.

Kind regards,
Charlotte Wynn
Sales Negotiator | Hamptonsbury Estates
Thinking of moving? Book a free valuation: https://hamptonsbury-estates.example/valuation?src=email""", kind="html"),
      ag("priya", "11-05 14:55", """Dear Charlotte,

A tree report for a mortgage lender is £295 + VAT. It covers both oaks, their condition and their likely influence on the building, written so the lender's surveyor can sign it off. Callum can visit on Tuesday 10 November, and the report would be with you on the Thursday.

Kind regards,
Priya""", promises=[("11-12", 5)]),
      cu("11-05 15:30", """Dear Priya,

Tuesday is fine - please go ahead. The seller's mobile number is 07700 900 233.

Kind regards,
Charlotte Wynn
Sales Negotiator | Hamptonsbury Estates
Thinking of moving? Book a free valuation: https://hamptonsbury-estates.example/valuation?src=email""", kind="html"),
      ag("priya", "11-05 16:10", """Dear Charlotte,

Booked for Tuesday 10th at 10am - I've put the seller's number on Callum's job sheet.

Kind regards,
Priya"""),
      ag("priya", "11-12 11:20", """Dear Charlotte,

The report for 6 Pilgrims Way is attached. Both oaks are in fair to good condition and we consider the risk to the building low.

Kind regards,
Priya""", quote=False, attach=[("application/pdf", "TreeReport-6PilgrimsWay.pdf", LENDER_REPORT_PDF)])),

    C("o25-elstead-fichte", "de", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Wolfgang Hirsch <w.hirsch@hirsch-online.example>", "thunderbird_de", "Umgestürzte Fichte - Termin?",
      "German resident, spruce down across the stream: insurance question answered, the date promised 'bis Mittwoch' only comes after 'gibt es schon etwas Neues?'.",
      cu("11-09 08:30", """Hallo Herr Becker,

beim Sturm am Wochenende ist unsere große Fichte am Grundstücksrand umgestürzt. Sie liegt quer über dem Bach, zum Glück nicht auf dem Haus, aber wir kommen so nicht mehr zum Gartenhaus.

Wann könnten Sie kommen, um sie zu zerlegen und abzutransportieren? Und wissen Sie zufällig, ob so etwas normalerweise die Gebäudeversicherung übernimmt?

Viele Grüße
Wolfgang Hirsch
Brookside, Elstead"""),
      ag("lukas", "11-09 11:15", """Hallo Herr Hirsch,

gut, dass niemand zu Schaden gekommen ist. Ob die Versicherung zahlt, hängt von Ihrer Police ab: Meist wird das Entfernen nur übernommen, wenn der Baum ein Gebäude oder einen Zaun beschädigt hat. Wenn Sie möchten, stellen wir Ihnen nach dem Einsatz eine Rechnung mit Schadensbeschreibung aus, die Sie einreichen können.

Unsere Trupps sind nach dem Sturm gut ausgebucht. Ich spreche mit der Einsatzplanung und melde mich bis Mittwoch mit einem Termin bei Ihnen.

Viele Grüße
Lukas Becker""", promises=[("11-11", 4)]),
      cu("11-13 09:05", """Hallo Herr Becker,

gibt es schon etwas Neues wegen des Termins? Die Fichte liegt immer noch im Bach, und der Wasserstand steigt.

Viele Grüße
W. Hirsch""", chase=True),
      ag("lukas", "11-16 08:40", """Hallo Herr Hirsch,

entschuldigen Sie bitte, dass Sie warten mussten. Wir kommen am Mittwoch, 18. November, ab 8 Uhr mit drei Mann und dem Rückewagen. Den Stamm schneiden wir vor Ort und nehmen alles mit, außer Sie möchten das Holz behalten.

Viele Grüße
Lukas Becker""")),

    C("o26-godalming-landlord-three-houses", "en", "pending", {"unanswered-question": 2},
      "Simon Aspinall <simon@aspinall-lettings.example>", "outlook", "Trees at three rental properties",
      "Letting agent's one long paragraph about three houses: the visits, dieback and hedge are handled; separate billing and sending paperwork to him are not.",
      cu("11-17 07:55", """Morning,

I look after a handful of rental houses around Godalming and after last weekend's wind I've had calls from tenants at three of them, so I'm hoping you can help with all three in one go. At 15 Minster Road there's a cherry with a split running down the main trunk and the tenant is worried about it landing on her car - could someone have a look at that one this week? At 41 Peperharow Road the ash at the back is looking very thin and I wondered whether it might have ash dieback, which I gather is a big problem now; if it does, do I have to fell it? The third is 2 Croft Cottages, where the hedge has got completely out of hand and the tenants can't get their bins out, so I'd like it cut back hard. I'd also like to know whether you can bill each property separately, as they belong to different owners. Please send all the paperwork to me rather than to the tenants.

Thanks,
Simon Aspinall
Aspinall Lettings""", uq=2),
      ag("hannah", "11-17 13:20", """Hi Simon,

Callum can look at the cherry at Minster Road on Thursday morning, and as he'll be in Godalming anyway he'll call in at Peperharow Road afterwards to check the ash. If it is dieback he'll tell you how far it's gone - a badly affected ash next to a garden usually does need to come down, but not always straight away.

For Croft Cottages I've booked a hard cut-back for Monday 30 November: £280 + VAT, including taking the cuttings away.

Best wishes,
Hannah""")),

    C("o27-cedar-consent-crane", "en", "pending", {},
      "Helen Corrigan <helen.corrigan@corrigan-mail.example>", "apple", "Cedar removal - consent and crane",
      "Consent granted and crane confirmed; a copy of the decision promised by a date still ahead (24 Nov); crane and road-closure logistics.",
      cu("11-17 10:30", """Hi Priya,

Just checking where we are with the cedar - has the council come back on the felling application yet? And is the crane still booked for the 30th? We need to let the neighbours know about the road.

Thanks,
Helen"""),
      ag("priya", "11-17 15:10", """Hi Helen,

Good news: consent was granted yesterday (ref. WA/2026/1862). The council is posting out the decision notice; I'll forward you the PDF copy as soon as it arrives, by Tuesday 24th at the latest.

The crane is confirmed for Monday 30 November. It arrives at 7am and the road will be closed between your house and the junction until about 3pm. The council's closure notice goes up on the lamp posts a week before.

Best wishes,
Priya""", promises=[("11-24", None)])),

    C("o28-bramley-bois-copeaux", "fr", "closed", {"unanswered-question": 1},
      "Annick Delorme <annick.delorme@laposte-mail.example>", "apple_fr", "Bois de chauffage et copeaux",
      "French customer asks about logs, mulch and a Saturday delivery; the reply gives both prices but not the Saturday.",
      cu("11-05 17:20", """Bonjour,

Je voudrais commander du bois pour la cheminée : combien coûte un grand sac de bois sec, livré à Bramley ? J'aimerais aussi savoir si vous vendez des copeaux de bois pour pailler les massifs, et à quel prix.

Autre chose : pouvez-vous me livrer un samedi ? Je travaille toute la semaine.

Merci d'avance,
Annick Delorme""", uq=1),
      ag("celine", "11-06 09:30", """Bonjour Madame Delorme,

Le grand sac de bois sec (frêne et chêne, environ 1,2 m³) coûte 95 £, livraison comprise à Bramley. Quant aux copeaux, nous les vendons 40 £ le big bag : c'est du broyat de feuillus, parfait pour pailler.

Bien cordialement,
Céline Roux""")),

    C("o29-peaslake-pino-reenvio", "es", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Carmen Villalobos <carmen.villalobos@correo-vl.example>", "gmail_es", "Presupuesto tala de pino",
      "Spanish customer gets only the robot, resends the same mail as a new message the next day; answered on Saturday, quote sent after Monday's visit as said.",
      cu("11-12 10:00", """Hola:

Tenemos un pino muy alto junto a la casa (Hurtwood Lane 3, Peaslake) que se mueve mucho cuando hay viento y nos da miedo. ¿Podrían venir a verlo y darnos un presupuesto para talarlo? También nos gustaría saber si se puede quitar el tocón después, porque queremos poner ahí una caseta.

Gracias,
Carmen Villalobos"""),
      ack("11-12 10:01"),
      cu("11-13 15:10", """Hola:

Les reenvío mi mensaje de ayer porque no he recibido respuesta.

Tenemos un pino muy alto junto a la casa (Hurtwood Lane 3, Peaslake) que se mueve mucho cuando hay viento y nos da miedo. ¿Podrían venir a verlo y darnos un presupuesto para talarlo? También nos gustaría saber si se puede quitar el tocón después, porque queremos poner ahí una caseta.

Gracias,
Carmen Villalobos""", chase=True, parent=0),
      ag("marta", "11-14 09:10", """Hola, Carmen:

Perdone la espera; su primer correo se quedó en la bandeja de otra compañera. Callum, nuestro arborista, puede pasar a ver el pino el lunes 16 a las 11:00 y le enviaremos el presupuesto ese mismo día. Y sí, el tocón se puede triturar hasta unos 30 cm por debajo del suelo, así que podrán poner la caseta encima sin problema.

Un saludo,""", promises=[("11-16", 5)]),
      ag("marta", "11-16 14:30", """Hola, Carmen:

Como le comentó Callum esta mañana, le adjunto el presupuesto: tala por desmontaje 1.450 £ + IVA y triturado del tocón 180 £ + IVA.

Un saludo,""", quote=False, attach=[("application/pdf", "Presupuesto-P-1210.pdf", PRESUPUESTO_PDF)])),

    C("o30-eashing-invoice-self-answered", "en", "closed", {},
      "Bernard Quayle <bernard.quayle@quaylemail.example>", "oldclient", "Invoice INV-30418",
      "An old mail client; a question the customer answers himself, then two invoice questions answered in one paragraph; thanks-only reply.",
      cu("11-05 14:20", """Dear Hannah,

I have your invoice for the hedge work at Lower Eashing. Where do I find the reference you want me to quote on the bank transfer? Ah - I see it now, top right, under the date. Sorry.

Two things I'd like to check, though. The invoice says 2 days, but I understood the crew finished by lunchtime on the second day - is that charged as a full day? And could you confirm that taking the green waste away is included in the total, as it isn't listed separately?

With thanks,
Bernard Quayle"""),
      ag("hannah", "11-05 16:40", """Dear Bernard,

Both fair questions. The crew did finish at about 1pm on the Tuesday, but our hedge prices are per job rather than per day - the "2 days" is only the time on site, and you'd have paid the same if it had taken three. And yes, disposal of the cuttings is part of the £640; future invoices will show it as a separate line so it's clearer.

Best wishes,
Hannah"""),
      cu("11-05 17:02", """That's all clear, thank you.

Bernard""", thanks=True)),

    C("o31-moorcroft-stables-vat", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Tessa Moorcroft <tessa@moorcroftstables.example>", "gmail", "Stump grinding invoice - VAT?",
      "VAT on an invoice deferred 'by Monday' and never answered; the request to pay in two instalments is not addressed.",
      cu("11-04 12:00", """Hi Hannah,

Invoice INV-30377 for the stump grinding at the stables has VAT added at 20%, but the quote Callum gave us didn't mention VAT at all and we're not VAT registered, so it's a bit of a shock. Can you check whether the quote was meant to include VAT?

Also, would it be possible to pay in two instalments, half now and half in December? Winter is a tight time for us with the hay bills.

Thanks,
Tessa Moorcroft
Moorcroft Livery Stables""", uq=1),
      ag("hannah", "11-04 15:30", """Hi Tessa,

I'm sorry about the surprise. Our quotes are normally ex VAT and should say so, but I can't see the wording on the copy we sent you, so I need to look at Callum's original notes before I can say either way. I'll look into it and come back to you by Monday.

Best wishes,
Hannah""", promises=[("11-09", None)])),

    C("o32-surgery-car-park-ooo", "en", "pending", {},
      "Ian Whitlock <ian.whitlock@whitlock-practice.example>", "outlook", "Overhanging branches - surgery car park",
      "Crown lift priced and a Saturday offered; the customer's Outlook out-of-office answers the reply; back in the office he books, and gets a confirmation.",
      cu("11-16 08:10", """Good morning,

The branches of the two horse chestnuts along our surgery car park now hang low enough to scrape the roofs of patients' cars, and one patient has complained about damage to her paintwork.

Could you quote for lifting the crowns to clear the car park? We'd want the work done on a Saturday when the surgery is closed.

Ian Whitlock
Practice Manager, Whitlock Family Practice"""),
      ag("callum", "11-16 13:05", """Hi Ian, I had a look on my way past at lunchtime. Lifting both crowns to 5.2 m over the car park is £540 + VAT including the clear-up. Saturdays are fine - the earliest we have is the 28th.

Callum"""),
      auto("11-16 13:06", """Thank you for your email. I am out of the office until Wednesday 18 November. For urgent matters please contact reception on 01483 960 700.

Ian Whitlock""", quote=False, to="Callum Brennan <callum@oakhursttrees.example>",
           subject="Automatic reply: RE: Overhanging branches - surgery car park",
           hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
      cu("11-18 09:30", """Hi Callum,

Back in the office today. Please book us in for Saturday 28th.

Ian"""),
      ag("hannah", "11-18 11:00", """Dear Ian,

You're booked for Saturday 28 November from 8am. Could you ask staff not to leave cars along the chestnut side on the Friday night?

Kind regards,
Hannah""")),

    C("o33-shere-dead-ash-phone", "en", "pending", {"customer-chased": 1},
      "Mary Houghton <maryhoughton@villagepost.example>", "gmail", "Dead ash tree by the lane",
      "First mail chases a phone call nobody returned; a visit next day and the arborist's verdict with a felling date.",
      cu("11-17 14:10", """Dear Sir/Madam,

I telephoned your office last Tuesday about the dead ash tree on my boundary with Hook Lane, and the lady said someone would ring me back to arrange a visit. Nobody has rung. I am rather worried, as it hangs over the lane and the school bus comes along it twice a day.

Could somebody please contact me?

Mrs M. Houghton
Hook Cottage, Hook Lane, Shere
01483 960 355""", chase=True),
      ag("hannah", "11-17 15:25", """Dear Mrs Houghton,

I'm very sorry - your message was written down but never reached Callum's list. He will be with you tomorrow (Wednesday) at 2pm to look at the ash, and if it needs urgent work we can usually make it safe the same week.

Kind regards,
Hannah"""),
      ag("callum", "11-18 16:00", """Dear Mrs Houghton,

As we discussed this afternoon, the ash is dead and brittle and needs to come down before the winter gales. We'll fell it on Monday 23rd; the lane will be closed from 9 to 3 and I've let the school transport office know. The price is £780 + VAT, as agreed.

Callum""", quote=False)),

    C("o34-hascombe-kaminholz", "de", "pending", {},
      "Renate Vogt <renate.vogt@vogt-family.example>", "gmail_de", "Kaminholz bestellen",
      "German customer orders logs with two questions; one sentence answers both and the delivery is booked.",
      cu("11-18 19:20", """Guten Abend,

eine Nachbarin hat mir Ihr Kaminholz empfohlen. Ich hätte gern zwei Big Bags für den Winter. Ist das Holz trocken genug, um es gleich zu verbrennen? Und liefern Sie auch nach Hascombe?

Viele Grüße
Renate Vogt"""),
      ag("lukas", "11-19 08:45", """Guten Morgen Frau Vogt,

vielen Dank! Unser ofenfertiges Holz ist kammergetrocknet (unter 20 % Restfeuchte) und kann sofort verfeuert werden, und Hascombe liegt in unserem Liefergebiet - zwei Big Bags kosten zusammen 240 £ inklusive Lieferung. Ich habe Sie für Dienstag, den 24. November, vormittags eingeplant.

Viele Grüße
Lukas Becker""")),

    C("o35-bay-stump-patio-roots", "en", "pending", {"unanswered-question": 1},
      "Gemma Pryce <gemma.pryce@prycehouse.example>", "iphone", "Stump + roots under patio",
      "Stump grinding answered; the question about roots under the patio gets an answer about grinding depth instead; the day is booked.",
      cu("11-16 20:10", """Hi,

We had a big bay tree taken down by another firm in the summer but they left the stump, which is right next to our patio. Can you grind it out? The roots seem to be lifting the patio slabs - do you remove the roots running under the patio as well, or is that a job for a landscaper?

Thanks
Gemma

Sent from my iPhone""", uq=1),
      ag("callum", "11-17 07:35", """Hi Gemma, yes no problem - a bay stump that size is £120 and we grind it 300mm below the surface, so you'll be able to lay slabs or turf straight over the spot. Tuesday or Wednesday next week?

Callum"""),
      cu("11-17 08:02", """Wednesday would be great.

G

Sent from my iPhone"""),
      ag("hannah", "11-17 10:20", """Hi Gemma,

Wednesday 25th it is - Callum will be with you at about 1pm.

Best wishes,
Hannah""")),

    C("o36-witley-haie-lauriers", "fr", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Mathieu Garnier <mathieu.garnier@garnier-famille.example>", "thunderbird", "Haie de lauriers - location à Witley",
      "Landlord in Lyon: the date and price promised 'd'ici jeudi' never come; the question about an annual maintenance contract is not addressed.",
      cu("11-12 09:00", """Bonjour,

Je suis propriétaire d'une maison à Witley (Roke Lane) que je loue, et mes locataires se plaignent de la haie de lauriers qui dépasse maintenant les 4 m. Pourriez-vous la tailler à 2,5 m avant l'hiver ? Je ne suis pas sur place, il faudra voir l'accès avec les locataires.

Par ailleurs, est-ce que vous proposez des contrats d'entretien annuels ? Ce serait plus simple pour moi, depuis la France.

Merci,
Mathieu Garnier""", uq=1),
      ag("celine", "11-12 15:40", """Bonjour Monsieur Garnier,

Oui, nous pouvons tailler la haie à 2,5 m avant l'hiver. Je dois d'abord voir avec l'équipe de Callum quel jour elle passe à Witley ; je reviens vers vous d'ici jeudi avec une date et un prix, et nous prendrons ensuite contact avec vos locataires pour l'accès.

Bien cordialement,
Céline Roux""", promises=[("11-19", None)]),
      tz=1),

    C("o37-verge-cleanup-resolved", "en", "closed", {},
      "Peter Langford <peter.langford@langfordmail.example>", "gmail", "Woodchip left on the verge",
      "Clean-up complaint handled the same day, closed with a [Resolved] subject tag; the customer's thanks do not reopen it.",
      cu("11-04 08:15", """Hi,

Your crew cut the hedge along our front on Monday, which looks great, but there's a fair bit of chip and twigs left on the verge and in the drain by our gate. Could someone come back and clear it before it blocks the drain?

Peter Langford"""),
      ag("gareth", "11-04 10:50", """Dear Peter,

Apologies - the team were called away to a storm job before they'd finished clearing up. They're back in your road this afternoon and will sweep the verge and clear the drain then.

Kind regards,
Gareth"""),
      ag("gareth", "11-05 09:00", """Dear Peter,

Josh tells me the verge and the drain by your gate were cleared yesterday at about 4pm. I'm closing this one off, but do reply if anything has been missed.

Kind regards,
Gareth""", quote=False, subject="[Resolved] RE: Woodchip left on the verge", closes=True),
      cu("11-05 09:40", """All clear, thank you - much appreciated.

Peter""", subject="Re: [Resolved] RE: Woodchip left on the verge", thanks=True)),

    C("o38-copper-beech-protected", "en", "pending", {},
      "Alistair Kerr <a.kerr@kerr-design.example>", "apple", "Is my tree protected?",
      "Base64 mail with a 'Planning something?' signature URL; answered with a link to the council map and the conservation-area rules.",
      cu("11-18 12:40", """Hello,

We're planning a small extension and our architect says we need to know whether the copper beech at the front is protected before we submit plans. How do I find out? And if it is protected, can we still prune it ourselves, or does it always need a professional?

Alistair Kerr
Kerr Design Studio
Planning something? See our work at https://kerr-design.example/projects?view=all""", cte="base64"),
      ag("priya", "11-18 16:30", """Dear Alistair,

You can check on the council's map yourself: https://maps.waverley-bc.example/tpo?layer=trees - search for your postcode and protected trees show as green circles. I've looked for you as well: the beech isn't on it, but the house is inside the Godalming conservation area.

That means any pruning or felling needs six weeks' notice to the council first, whoever does it. You don't have to use a professional, but the notice has to describe the work properly and the tree officer will expect it to be done to BS 3998.

Best regards,
Priya""")),

    C("o39-dunsfold-astillas-caballos", "es", "pending", {},
      "Rocío Navarro <rocio@navarro-ecuestre.example>", "gmail_es", "Astillas para la pista de caballos",
      "Spanish riding school: yew-free woodchip and a price for 30 m³ answered.",
      cu("11-17 16:20", """Hola Marta:

Me ha dicho Bex que tú llevas los clientes en español, así que te escribo a ti. Tenemos una pista de caballos en Dunsfold y queremos cubrir los caminos de acceso con astillas. ¿Las astillas llevan hojas o restos de tejo? El tejo es venenoso para los caballos y no nos la podemos jugar. Y necesitaríamos unos 30 m³: ¿cuánto costaría, con el transporte?

Gracias,
Rocío Navarro
Navarro Ecuestre"""),
      ag("marta", "11-18 09:30", """Hola, Rocío:

Para caballos solo servimos astilla seleccionada de frondosas (roble, fresno y haya) de trabajos de tala, nunca de setos, precisamente para que no pueda llevar tejo ni laurel. 30 m³ son cuatro camiones: 340 £ en total, portes incluidos.

Si te parece bien, dime qué día te viene mejor para la primera descarga.

Un saludo,""")),

    C("o40-fisk-farm-elm-logs", "en", "closed", {"unanswered-question": 1},
      "Lorraine Fisk <lorraine.fisk@fiskfarm.example>", "outlook", "Invoice for the dead elm",
      "Invoice sent; the customer's thank-you mail adds a question about buying the elm logs, and the reply only thanks her.",
      cu("11-02 09:20", """Hi Hannah,

Could you send me the invoice for last Thursday's work on the dead elm? I need it for the farm accounts by the end of the month.

Lorraine"""),
      ag("hannah", "11-02 11:00", """Hi Lorraine,

Invoice INV-30351 attached - bank details are at the bottom.

Best wishes,
Hannah""", attach=[("application/pdf", "INV-30351.pdf", ELM_INVOICE_PDF)]),
      cu("11-03 08:45", """Thanks Hannah, all paid this morning. The lads did a cracking job and left the field spotless.

By the way, do you sell the elm logs? Our neighbour is after some for his workshop.

Lorraine""", uq=1),
      ag("hannah", "11-03 09:30", """Thanks Lorraine, payment received - and I'll pass your kind words on to the crew, they'll be chuffed.

Best wishes,
Hannah""")),

    C("o41-busbridge-lane-aia", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Andrew Sallis <andrew.sallis@sallis-consult.example>", "gmail", "Tree report for planning - Busbridge Lane",
      "Planning consultant: the quote promised 'early next week' (said on a Thursday) never comes; whether a summer survey is acceptable is not answered.",
      cu("11-05 10:40", """Hi Priya,

We're submitting a planning application for two houses on the plot at Busbridge Lane and the council wants an arboricultural impact assessment and a tree protection plan. Could you quote for both? Drawings attached.

Also, do you know if the council will accept a report based on a survey done in the summer, or does it have to be a fresh one?

Thanks,
Andrew Sallis
Sallis Planning Consultancy""", uq=1, attach=[("application/pdf", "BusbridgeLane-layout-revC.pdf", DRAWINGS_PDF)]),
      ag("priya", "11-05 15:15", """Hi Andrew,

Thanks for the drawings. I need to go through them with Callum to count how many trees fall within the survey area before I can price it - we'll have the quote with you early next week.

Best regards,
Priya""", promises=[("11-10", None)])),

    C("o42-weekend-roadworks", "en", "closed", {},
      "Joe Baptiste <joe.baptiste@baptistebakes.example>", "android", "Weekend work?",
      "Informal Outlook-for-Android mail; 'do you work weekends?' answered with a Saturday booking; thanks-only reply.",
      cu("11-06 12:05", """Hi do you work weekends? Our road is shut for roadworks mon-fri till xmas so no chance of parking a truck on a weekday. Need the big conifer by the gate taken down, quote was Q-1164.

Joe

Get Outlook for Android"""),
      ag("hannah", "11-06 13:20", """Hi Joe,

We do - Saturdays, 8 till 4. I've put Q-1164 in for Saturday 14 November; the crew will aim to be with you for 8:15.

Best wishes,
Hannah"""),
      cu("11-06 13:40", """Cheers!

Get Outlook for Android""", thanks=True)),

    C("o43-chiddingfold-gutachten", "de", "closed", {"unanswered-question": 1},
      "Claudia Ried <claudia.ried@ried-praxis.example>", "outlook_de", "Gutachten für die Versicherung - Sturmschaden",
      "German owner abroad needs a storm statement for her insurer: statement and price sent, the site photos she asked for are not; thanks-only reply.",
      cu("11-09 11:00", """Sehr geehrter Herr Becker,

vielen Dank für den schnellen Einsatz am Samstag an unserem Haus in Chiddingfold. Meine Gebäudeversicherung verlangt jetzt ein kurzes Gutachten, aus dem hervorgeht, dass die Eiche vor dem Sturm gesund war und der Schaden am Dach nicht auf mangelnde Pflege zurückgeht.

Können Sie so ein Gutachten erstellen, und was kostet es? Könnten Sie außerdem die Fotos, die Ihr Team vor Ort gemacht hat, mitschicken? Die Versicherung möchte Bilder vom Zustand direkt nach dem Sturm.

Mit freundlichen Grüßen
Dr. Claudia Ried""", uq=1),
      ag("lukas", "11-09 14:30", """Sehr geehrte Frau Dr. Ried,

gern. Eine Kurzstellungnahme für die Versicherung kostet 180 £ zzgl. MwSt. Callum hat die Eiche vor Ort untersucht: Der Bruch liegt in gesundem Holz, es gibt keine Anzeichen von Fäule oder Vorschäden. Die Stellungnahme (auf Englisch, wie von britischen Versicherern verlangt) finden Sie im Anhang; den Betrag haben wir auf die Rechnung für den Einsatz am Samstag gesetzt.

Mit freundlichen Grüßen
Lukas Becker""", attach=[("application/pdf", "Storm-statement-Ried.pdf", GUTACHTEN_PDF)]),
      cu("11-09 16:10", """Vielen herzlichen Dank für die schnelle Erledigung!

C. Ried""", thanks=True),
      tz=1),

    C("o44-wodeland-avenue-s211", "en", "closed",
      {"unanswered-question": 2, "slow-first-response": 1},
      "Nadia Rahman <nadia.rahman@guildford-bc.example>", "outlook", "Section 211 notice - 9 Wodeland Avenue",
      "Council tree officer's Friday-afternoon bullet list answered on Monday: two of four points, with a corrected letter; the T4 label and the owner's name are not.",
      cu("11-06 15:30", """Dear Priya,

I'm the case officer for your section 211 notice for the works at 9 Wodeland Avenue (ref. 26/T/0381). Before I can register it, I need a few clarifications:

- The notice says "reduce the lime by 30%". Could you give the reduction in metres instead, for height and spread separately?
- Is the work to the sycamore a fell or a pollard? The form says one and the covering letter the other.
- The location plan shows two trees labelled T4. Which of them is the holly?
- Please also confirm the owner's name, as the notice has the previous owner on it.

I'd be grateful for a reply by Wednesday, as the six weeks can't start until it's registered.

Kind regards,
Nadia Rahman
Tree Officer, Guildford Borough Council""", uq=2),
      ack("11-06 15:31"),
      ag("priya", "11-09 12:10", """Dear Nadia,

Thank you, and apologies for the muddle over the sycamore: it's a fell, and the letter is wrong - a corrected letter is attached.

For the lime, the reduction is 2.5 m off the height and 2 m off the lateral spread, to suitable growth points.

Kind regards,
Priya""", attach=[("application/pdf", "26-T-0381-corrected-letter.pdf", LETTER_PDF)])),

    C("o45-olivos-presupuesto-lunes", "es", "open",
      {"missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Diego Salazar <diego.salazar@salazar-hogar.example>", "gmail_es", "Presupuesto poda de olivos y setos",
      "Spanish customer: pruning timing for potted olives answered; the quote promised 'el lunes' never comes; '¿hay alguna novedad?' goes unanswered.",
      cu("11-12 18:30", """Hola Marta:

Como te comenté por teléfono, en el jardín tenemos dos olivos grandes en maceta, un seto de tejo de unos 25 metros y un magnolio que da demasiada sombra. Queremos podarlo todo antes de Navidad. ¿Me puedes pasar un presupuesto? Y otra cosa: ¿los olivos en maceta se pueden podar ahora en invierno o es mejor esperar a la primavera?

Un abrazo,
Diego"""),
      ag("marta", "11-13 10:15", """Hola, Diego:

Los olivos mejor dejarlos para finales de marzo o abril: si se podan ahora, los cortes quedan expuestos a las heladas. El tejo y el magnolio sí se pueden hacer antes de Navidad sin problema.

Para el presupuesto necesito que Callum vea el magnolio, porque depende mucho de cuánto quieras reducirlo. Hablo con él y te escribo el lunes con el presupuesto.

Un saludo,""", promises=[("11-16", None)]),
      cu("11-19 09:50", """Hola Marta, ¿hay alguna novedad con el presupuesto? Seguimos esperando y se nos echa encima la Navidad.

Diego""", chase=True)),

    C("o46-shamley-green-highways-notice", "en", "pending", {},
      "Hugh Pellew <hugh.pellew@pellew-mail.example>", "gmail", "Fwd: Overhanging vegetation - Notice under Highways Act",
      "Forwarded council notice (its own questions are not the customer's); price and a date inside the deadline given; photos promised after a date still ahead.",
      cu("11-17 12:00", """Hello,

Please see the letter below from the county council. Can you do the work they're asking for, and before their deadline? It's the beech hedge along the front of Oaklands, Shamley Green.

Hugh Pellew

---------- Forwarded message ---------
From: Highways Enforcement <highways.enforcement@surreycc.example>
Date: Thu, 12 Nov 2026 at 10:02
Subject: Overhanging vegetation - Notice under Highways Act
To: <hugh.pellew@pellew-mail.example>

Dear Occupier,

Vegetation from your property is overhanging the footway of Guildford Road and obstructing pedestrians. Under section 154 of the Highways Act 1980 you are required to cut it back to the boundary, to a height of 2.4 m over the footway, within 14 days of this notice.

Why have I received this notice? Our inspectors report obstructions found on routine inspections.
Can I do the work myself? Yes, provided it meets the specification above.

Surrey County Council Highways""", kind="alt"),
      ag("gareth", "11-17 15:30", """Dear Hugh,

Yes - we do a lot of these. Cutting the front face of the beech back to the boundary and lifting it to 2.4 m over the footway is £360 + VAT, and we can do it on Tuesday 24 November, inside the council's 14 days (the notice runs to the 26th). We'll send you photos the same day that you can forward to the council.

Kind regards,
Gareth""", promises=[("11-24", None)])),

    C("o47-rogneuse-largeur", "fr", "closed", {},
      "Élise Fontaine <elise.fontaine@fontaine-paysages.example>", "apple_fr", "Rogneuse de souches - largeur d'accès",
      "One technical question answered with just a figure; acknowledgement-only reply.",
      cu("11-04 13:00", """Bonjour Céline,

Petite question technique avant de confirmer le rendez-vous pour la souche : quelle largeur faut-il pour faire passer votre rogneuse ? Le passage le long de la maison fait à peine 80 cm.

Merci,
Élise Fontaine"""),
      ag("celine", "11-04 14:20", """Bonjour Élise,

78 cm, roues jumelées repliées - ça passe, mais de justesse !

Bien cordialement,
Céline"""),
      cu("11-04 14:35", """Parfait, merci ! Je confirme donc pour mardi.

Élise""", thanks=True)),

    C("o48-holloway-hill-privet", "en", "closed", {},
      "Colin Marsh <colin.marsh@marshfamily.example>", "gmail", "Hedge cutting quote",
      "Privet hedge priced with two dates offered, one chosen and booked (same subject as o49, different customer).",
      cu("11-03 18:20", """Hi,

Could I get a quote for cutting a privet hedge, about 30 m long and 2 m high, both faces plus the top? We're in Godalming (22 Holloway Hill).

Colin Marsh"""),
      ag("hannah", "11-04 08:50", """Hi Colin,

For a privet hedge that size we'd charge £260, tidy-up and disposal included. We have slots on Thursday 12th or Monday 16th - which would you prefer?

Best wishes,
Hannah"""),
      cu("11-04 09:30", """Thursday 12th please.

Colin"""),
      ag("hannah", "11-04 10:15", """Booked - the crew will be with you from 8am on Thursday 12th.

Hannah""")),

    C("o49-milford-beech-hawthorn", "en", "open",
      {"unanswered-question": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Pauline Roper <pauline.roper@roperhome.example>", "outlook", "Hedge cutting quote",
      "Same subject as o48: hedge priced, hawthorn removal and replanting skipped; she chases the missing answer and hears nothing.",
      cu("11-16 10:10", """Hello,

Please could you quote for cutting our beech hedge (approx. 45 m, 1.8 m high) at Milford? Also, how much would it be to take out the old hawthorn at the end of it and replant that section with beech whips?

Kind regards,
Pauline Roper""", uq=1),
      ag("hannah", "11-16 14:00", """Dear Pauline,

The beech hedge cut would be £340, including clearing away the cuttings. We're booking hedge work into early December at the moment.

Best wishes,
Hannah"""),
      cu("11-18 10:00", """Dear Hannah,

Thanks for the hedge price. I didn't get an answer about the hawthorn though - could you let me know what taking it out and replanting would cost? We'd like to do both at once.

Kind regards,
Pauline Roper""", chase=True)),

    C("o50-alfold-willow-power-line", "en", "pending", {},
      "Ben Ashworth <ben@ashworth-farm.example>", "android", "Tree on power line",
      "Sunday emergency: safety advice and call-out rates within half an hour, crew on the way after the DNO isolates; a reply with a References gap; invoice next day.",
      cu("11-15 07:05", """Morning - a willow has come down in the night and is resting on the overhead line to our barn. Lights are still on in the barn. Can you come and get it off today? How much is an emergency call-out on a Sunday?

Ben Ashworth
Ashworth Farm, Alfold

Get Outlook for Android"""),
      ag("callum", "11-15 07:30", """Ben - keep everyone and the animals well away from it and ring UK Power Networks on 105 now; the line may be live even with the lights on. We're not allowed near a line until they've isolated it. Once they have, we can be with you within a couple of hours: Sunday call-out is £180 for the first hour, then £95 an hour.

Callum"""),
      cu("11-15 09:40", """UKPN have been and cut the power. Can you come now?

Ben

Get Outlook for Android""", refs=[1]),
      ag("callum", "11-15 09:52", """On our way, with you by 11.

Callum"""),
      ag("hannah", "11-16 10:00", """Dear Ben,

I hope the barn is back to normal. The invoice for Sunday's call-out is attached: 2.5 hours, £322.50 + VAT.

Best wishes,
Hannah""", quote=False, attach=[("application/pdf", "INV-30466.pdf", CALLOUT_INVOICE_PDF)])),

    C("o51-holly-berries-lost-headers", "en", "closed", {},
      "Yvonne Castle <yvonne.castle@castlefamily.example>", "outlook", "Holly tree - berries for Christmas?",
      "Pruning timing and price answered; her reply lost its threading headers (RE: subject only) and is answered with a January booking.",
      cu("11-09 12:30", """Hello,

We've a big holly by the front door that has grown right over the path. If we have it cut back now, will we lose the berries for Christmas? I'd rather wait until January if it makes a difference. Roughly what would it cost to reduce it by a third?

Yvonne Castle"""),
      ag("callum", "11-09 17:10", """Hi Yvonne, cutting now would take most of this year's berries with it, so January is the better time - it's quieter for us then too. A one-third reduction on a holly that size is around £220 including the clear-up.

Callum"""),
      cu("11-10 08:15", """Thanks Callum, January it is then. Can you put us in the diary for the second week, and do you need us to be in?

Yvonne""", thread=False),
      ag("hannah", "11-10 11:30", """Dear Yvonne,

You're in for Wednesday 13 January. No need to be in - the crew only needs the front path clear.

Best wishes,
Hannah""")),

    C("o52-sycamore-reduce-instead", "en", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Rachel Dunmore <rachel.dunmore@dunmore-mail.example>", "apple", "Sycamore - reduce instead of fell?",
      "Revised quote for a reduction promised 'tomorrow' never sent; the regrowth question is not answered.",
      cu("11-05 19:00", """Hi Callum,

Thanks for the quote to fell the sycamore. We've talked it over and we'd actually rather keep it if we can. Could you price a reduction instead? And is it true that sycamores regrow really quickly after they've been cut back, so we'd be paying for this every couple of years?

Rachel""", uq=1),
      ag("callum", "11-06 08:10", """Hi Rachel, no problem, I'll send you a revised quote for a 30% reduction tomorrow.

Callum""", promises=[("11-07", None)])),

    C("o53-thursley-logs-kindling", "en", "pending", {"unanswered-question": 1},
      "Hazel Norbury <hazel.norbury@norbury-cottage.example>", "apple", "Logs and kindling",
      "Repeat firewood order with kindling booked and priced; whether the driver still takes cash is not answered.",
      cu("11-18 11:15", """Hi Bex,

Could I order another bulk bag of the kiln-dried logs, same as last year? Do you also sell kindling - a couple of nets would be handy. Our old driver always took cash, is that still OK?

Thanks ever so much,
Hazel
Norbury Cottage, Thursley""", uq=1),
      ag("bex", "11-18 14:40", """Hi Hazel,

Lovely to hear from you again! One kiln-dried bulk bag is booked for Monday 23rd, and I've added two nets of kindling at £6 each, so £137 in all.

Bex""")),
]

UNANSWERED: dict[str, list[str]] = {
    "o02-busbridge-oak-tpo": [
        "I'd also like to know roughly how long the council usually takes to decide, as we were hoping to get it done before spring."],
    "o05-hartsgrove-estate-hedgerows": [
        "Do you also cut the roadside verges, or is that something we would have to arrange separately?",
        "Finally, could you confirm whether your tractor drivers hold the NPTC certificate for hedge cutting?"],
    "o10-ewhurst-parish-tender": [
        "Confirmation that you can provide signing and traffic management for the two sites on the B2127.",
        "Whether you would hold your prices for the three years or apply an annual increase."],
    "o14-shere-walnut-s211": [
        "Also, while you're there, can the crew cut back the neighbour's laurel where it hangs over our drive?"],
    "o15-slyfield-firma-parkplatz": [
        "Wir bräuchten die Rechnung bitte auf die Brandl Logistik UK Ltd. mit unserer Umsatzsteuer-Identnummer GB 294 1187 06, sonst kann unsere Buchhaltung sie nicht verbuchen."],
    "o19-guildford-comunidad-platanos": [
        "Por otra parte, les agradecería que nos enviaran una copia de su seguro de responsabilidad civil, ya que la junta lo exige a todos los proveedores.",
        "¿Sería posible además hacer el trabajo un sábado, cuando hay menos coches?"],
    "o21-lime-crown-inline": [
        "Can you also give us a price for taking the ivy off the trunk?"],
    "o26-godalming-landlord-three-houses": [
        "I'd also like to know whether you can bill each property separately, as they belong to different owners.",
        "Please send all the paperwork to me rather than to the tenants."],
    "o28-bramley-bois-copeaux": [
        "Autre chose : pouvez-vous me livrer un samedi ?"],
    "o31-moorcroft-stables-vat": [
        "Also, would it be possible to pay in two instalments, half now and half in December?"],
    "o35-bay-stump-patio-roots": [
        "do you remove the roots running under the patio as well, or is that a job for a landscaper?"],
    "o36-witley-haie-lauriers": [
        "Par ailleurs, est-ce que vous proposez des contrats d'entretien annuels ?"],
    "o40-fisk-farm-elm-logs": [
        "By the way, do you sell the elm logs?"],
    "o41-busbridge-lane-aia": [
        "Also, do you know if the council will accept a report based on a survey done in the summer, or does it have to be a fresh one?"],
    "o43-chiddingfold-gutachten": [
        "Könnten Sie außerdem die Fotos, die Ihr Team vor Ort gemacht hat, mitschicken?"],
    "o44-wodeland-avenue-s211": [
        "The location plan shows two trees labelled T4. Which of them is the holly?",
        "Please also confirm the owner's name, as the notice has the previous owner on it."],
    "o49-milford-beech-hawthorn": [
        "Also, how much would it be to take out the old hawthorn at the end of it and replant that section with beech whips?"],
    "o52-sycamore-reduce-instead": [
        "And is it true that sycamores regrow really quickly after they've been cut back, so we'd be paying for this every couple of years?"],
    "o53-thursley-logs-kindling": [
        "Our old driver always took cash, is that still OK?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The enquiry system's reference for the message ``key`` (stable, derived from the key)."""
    return f"OTC-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=OFFICE, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += o.pop("hdrs", [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
            parent_msg = next((x for x in msgs if x.key == parent), None)
            to = OFFICE if parent_msg is None or parent_msg.role != "agent" else parent_msg.frm
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
        for m in c.msgs:
            if m.uq and m.key == max((x for x in c.msgs if mailcraft.counts_as_customer(x)),
                                     key=lambda x: x.date).key \
                    and not any(a.date > m.date for a in c.msgs if a.role == "agent"):
                out.append(f"{m.key}: a question in the latest unanswered mail is awaiting-reply, not unanswered")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table("Practice corpus 55: Oakhurst Tree Care - cases",
                                 "make_practice55_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, how to run, and the corpus's figures (computed from the cases)."""
    msgs = [m for c in cases for m in c.msgs]
    inbox = [m for m in msgs if m.role in ("customer", "auto")]
    customers = sum(1 for m in msgs if m.role == "customer")
    autos = sum(1 for m in msgs if m.role == "auto")
    replies = sum(1 for m in msgs if m.role == "agent")
    acks = sum(1 for m in msgs if m.role == "ack")
    clean = [c for c in cases if not c.rules]
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found: Counter = Counter()
    for c in cases:
        found.update(c.rules)
    uq_cases = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    lang_text = ", ".join(f"{LANG_NAMES[k]} {langs[k]}" for k in ("en", "de", "fr", "es"))
    rule_text = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    non_en = sum(n for k, n in langs.items() if k != "en")
    contents = textwrap.fill(
        f"{len(cases)} cases, {len(msgs)} messages: {len(inbox)} in the inbox ({customers} customer "
        f"mails and {autos} customer out-of-office reply), {replies} support replies, {acks} robot "
        f"acknowledgements. {len(clean)} clean cases ({round(100 * len(clean) / len(cases))} %). "
        f"Languages: {lang_text} ({non_en} non-English cases, {round(100 * non_en / len(cases))} %). "
        f"Statuses: {statuses['closed']} closed, {statuses['pending']} pending, {statuses['open']} open.",
        width=92)
    findings = textwrap.fill(
        f"Expected findings: {rule_text}. Labelled unanswered questions: "
        f"{found['unanswered-question']} in {uq_cases} cases; customer-chased in {chased_cases} cases.",
        width=92)
    return f"""# Practice corpus 55: Oakhurst Tree Care support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the heuristics have been changed because of its cases, it is no
longer unseen. Generated by `scripts/make_practice55_corpus.py` (README included).

- Company: **Oakhurst Tree Care**, tree surgeons in the Surrey hills: site surveys and quotes
  for felling, pruning and stump grinding; tree preservation order and conservation-area
  notices and applications; hedge-cutting contracts for estates, parish and borough councils;
  emergency storm call-outs; firewood, kindling and woodchip sales; reports for insurers and
  mortgage lenders. Support address `office@oakhursttrees.example`; agents Hannah Ridley
  (office and scheduling), Callum Brennan (lead arborist, answers from Outlook for Android),
  Priya Seth (planning and consents), Gareth Lloyd (estate and council contracts), Bex
  Thornton (firewood and woodchip), Lukas Becker (German-speaking customers), Céline Roux
  (French-speaking) and Marta Olivares (Spanish-speaking), all `@oakhursttrees.example`. An
  enquiry robot (`office@oakhursttrees.example`, `Auto-Submitted: auto-replied`) acknowledges
  a few enquiries with "we aim to reply within one working day" - service-hours text, not a
  commitment.
- Customers are home owners, landlords, estate managers, parish clerks, council tree officers,
  schools, surgeries, architects, estate agents and businesses on `*.example` domains.
  Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain {SUPPORT_DOMAIN}`.

```
python scripts/make_practice55_corpus.py                      # regenerate (deterministic, stdlib only)
python scripts/make_practice55_corpus.py --out /tmp/p55       # ... into another folder
python scripts/evaluate.py --corpus tests/practice55          # accuracy of the current tool
python -m pytest -q tests/test_practice55_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md), including "a question deferred with a promise counts only as that
promise". `CASES.md` is the generated per-case table. Do not edit generated files; edit the
script and rerun it. The script keeps the facts next to each message, recomputes status and
every rule count from them and the dates, and refuses to write when they disagree with the
hand-written labels or when a labelled question is not verbatim in a customer's own text.

## Contents

{contents}

{findings}

## What is in it by design

- Customers ask several things at once: direct questions, indirect ones ("I'd also like to
  know roughly how long...", "Could you let me know your rate...", "Je voudrais aussi savoir
  si...", "Quisiera saber cuánto..."), requests without a question mark ("Please send a copy
  of your public liability insurance certificate...", "Wir bräuchten die Rechnung bitte
  auf..."), numbered and bulleted lists (a parish RFQ, a council officer's clarifications, a
  school's paperwork list), and one long paragraph about three houses.
- Support answers in its own words: out of order in one paragraph, inline under quoted
  questions (a bare figure, a "Yep"), two questions in one sentence, just a figure ("78 cm"),
  a link to the council map, attachments (insurance certificate, RAMS, quotes, a report, an
  invoice, a marked-up plan), or by a colleague.
- Realistic gaps: a secondary question or request skipped, an inline reply that leaves out
  one numbered item, an answer to a neighbouring question (grinding depth for "roots under
  the patio"), a question added to a thank-you mail and answered only with thanks.
- Not questions: a rhetorical aside, a question the customer answers himself, questions
  inside a forwarded council notice, signatures "Thinking of moving?" and "Planning
  something?" with `?` URLs, support signatures with `?` URLs, thanks-only and
  acknowledgement-only mails, a jocular "No lollipop, promise."
- Commitments with deadlines ("by Wednesday", "tomorrow", "by Friday", "by Monday", "early
  next week" said on a Thursday, "bis Mittwoch", "d'ici jeudi", "mañana", "el lunes", no
  deadline = 2-day window): kept on time, kept by a colleague, kept late (missed), never kept,
  and two still ahead at audit time (24 November). Non-promises: visit appointments, delivery
  rounds, crane and road-closure logistics, "future invoices will show it as a separate
  line", "I'll pass your kind words on to the crew".
- Chasing: "Just checking in", "Any news on...?", "still waiting to hear", "Je me permets de
  vous relancer", "gibt es schon etwas Neues...?", "¿hay alguna novedad...?", a word-for-word
  resend as a new mail, a first mail that chases an unreturned phone call, and a re-ask of a
  skipped question.
- Timing and status: robot-only answers, Friday-afternoon mail answered on Monday, an explicit
  close followed by a new problem, a `[Resolved]` subject tag followed by thanks, three agents
  on one case, a customer's Outlook out-of-office (`Auto-Submitted: auto-generated`).
- Mail variety: Gmail (en/de/es), Outlook desktop (en/de), Outlook on the web, Outlook for
  Android, Apple Mail (en/fr), iPhone, Thunderbird (en/de), an old Eudora client;
  top-posted and inline replies; 7bit, quoted-printable, base64, multipart/alternative,
  HTML-only; PDF and PNG attachments; a reply that lost its threading headers, a References
  gap, a resend without threading, two customers with the same subject ("Hedge cutting
  quote"), customers in UTC+1.

## Judgement calls

- **Deferral is not an unanswered question**: o07 (visit date), o11 (pallet price), o25, o29,
  o31 (VAT), o41 (quote), o45, o52 - the deferred question counts only through the promise.
  A second question in the same mail that the reply does not touch is labelled (o31, o41,
  o52).
- **o08**: the skipped authorisation question is re-asked in a chase and then answered, so
  it is not labelled; the chase is.
- **o49**: the hawthorn question skipped in the reply is labelled on the first mail; her
  re-ask is in the latest unanswered mail (awaiting-reply territory) and is a chase.
- **o33**: a first mail can be a chase when it chases a phone call nobody returned.
- **o37**: "They're back in your road this afternoon and will sweep the verge" is work
  scheduling, not a promise to write back, and it was done anyway.
- **o24**: "the report would be with you on the Thursday" is counted as a promise and kept.
- **o27 / o46**: promises whose deadline (Tuesday 24 November) is still ahead at as_of.
- **o21**: "No lollipop, promise." is a joke, not a commitment.
- **o35**: asked whether roots under the patio are removed, the reply says the stump is ground
  300 mm down so slabs or turf can go over the spot - about the stump, not the roots:
  labelled unanswered.
- **o40**: "I'll pass your kind words on to the crew" is not a promise to the customer.
- **o10 / o44**: numbered or bulleted items labelled without their list marker.

## Independence

Written from the brief, tests/eval/README.md (format and conventions), the report contract,
scripts/mailcraft.py, and scripts/make_practice24_corpus.py with its test as a format example
(structure only). Not opened: `happyaudit/`, the README's method/accuracy sections, other
tests, other corpora's cases. All labels were fixed before the single evaluation run and none
was changed after it.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.oakhursttrees.example")
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
        raise SystemExit("refusing to write tests/practice55:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice55:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice55 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice55")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
