#!/usr/bin/env python3
"""Regenerate ``tests/practice53/``: a labelled corpus of Thistledown Upholstery.

A support mailbox of a fictional Edinburgh reupholstery and soft-furnishings workshop
(quotes for re-covering sofas and chairs, fabric samples and sample books, collection and
delivery by the workshop van, foam replacement, curtains and cushions, trade customers such
as cafés, pubs, hotels and a care home), written without looking at the detection
heuristics, with many multi-question customer mails. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``thistledownupholstery.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and a customer's automatic reply (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels,
* ``<out>/README.md``          - what the corpus is and contains (figures computed).

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves
unanswered). The script recomputes status and every rule count from those facts and the
dates, and refuses to write when they disagree with the hand-written case labels, or when a
labelled question is not verbatim in the customer's own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice53_corpus.py [--out DIR]
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
SUPPORT_DOMAIN = "thistledownupholstery.example"
WORKSHOP = "Thistledown Upholstery <workshop@thistledownupholstery.example>"
RULES = mailcraft.RULES
YEAR = 2026
TITLE = "Practice corpus 53: Thistledown Upholstery"

AGENTS = {
    "fenella": ("Fenella Brodie <fenella@thistledownupholstery.example>", "thunderbird", """-- 
Fenella Brodie
Quotes & Estimates | Thistledown Upholstery
Unit 4, Bonnington Mill Yard, Edinburgh EH6 5QG | 0131 496 0527
Book a free home visit: https://thistledownupholstery.example/visit?ref=email"""),
    "callum": ("Callum Ashdown <callum@thistledownupholstery.example>", "outlook", """Callum Ashdown
Collections & Deliveries | Thistledown Upholstery
Van days: Leith & Portobello Tue/Fri, Southside & Morningside Wed, Fife & Borders Thu"""),
    "priya": ("Priya Lockhart <priya@thistledownupholstery.example>", "apple", """Priya Lockhart
Fabrics & Samples | Thistledown Upholstery
Can't find the fabric you want? https://thistledownupholstery.example/fabrics?view=library&src=mail"""),
    "hamish": ("Hamish Greer <hamish@thistledownupholstery.example>", "owa", """Hamish Greer
Trade Accounts | Thistledown Upholstery
0131 496 0530

This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please let us know and delete it. Thistledown Upholstery Ltd, registered in Scotland SC588213."""),
    "sabine": ("Sabine Kröger <sabine@thistledownupholstery.example>", "thunderbird_de", """-- 
Sabine Kröger
Kundenbetreuung auf Deutsch | Thistledown Upholstery
https://thistledownupholstery.example/de?ref=signatur"""),
    "aurelie": ("Aurélie Ménard <aurelie@thistledownupholstery.example>", "apple_fr", """Aurélie Ménard
Clientèle francophone | Thistledown Upholstery
+44 131 496 0533"""),
    "lucia": ("Lucía Ferrer <lucia@thistledownupholstery.example>", "gmail_es", """--
Lucía Ferrer
Atención al cliente en español | Thistledown Upholstery
https://thistledownupholstery.example/es?utm_source=correo"""),
}

ACK = """Hello,

Thanks for contacting Thistledown Upholstery. This is an automatic message to
say we've received your email (reference {ref}).

The workshop office is open Monday to Friday, 8am-4.30pm, and we aim to reply
to every enquiry within one working day. If your question is about a
collection or delivery booked for today, please ring 0131 496 0527.

Thistledown Upholstery, Unit 4, Bonnington Mill Yard, Edinburgh EH6 5QG
https://thistledownupholstery.example/help?ticket={ref}"""

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
    "helpdesk": ["X-Mailer: Thistledown Desk 2.4"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="td.", outlook_server="AM6PR0")
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
    """A reply by support agent ``who`` at ``when`` (Edinburgh time, UTC in November)."""
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
    """The end of ``day`` ("MM-DD") in Edinburgh: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

WINGBACK_PNG = mailcraft.png(12, 16, lambda x, y: (30 + 4 * y, 40 + 2 * x, 90 + 3 * y))
WINGBACK_SIDE_PNG = mailcraft.png(10, 14, lambda x, y: (35 + 5 * x, 45, 100 + 2 * y))
ARM_PNG = mailcraft.png(14, 10, lambda x, y: (90 + 6 * ((x + y) % 4), 110 + 3 * x, 70))
MARK_PNG = mailcraft.png(10, 10, lambda x, y: (200 - 40 * (3 < x < 6 and 3 < y < 6), 190, 170))
SOFA_PNG = mailcraft.png(16, 9, lambda x, y: (160 + 2 * x, 150 - 3 * y, 120))
SOFA_SIDE_PNG = mailcraft.png(9, 9, lambda x, y: (150, 140 + 4 * x, 115 + y))
ROOM_PNG = mailcraft.png(16, 10, lambda x, y: (220 - 5 * y, 210 - 2 * x, 190))
QUOTE_PDF = mailcraft.pdf(["Thistledown Upholstery - Quotation Q-26-1187",
                           "Wingback armchair: strip, re-tie seat springs, re-cover",
                           "Fabric: Rowan plain, colour Navy, 7 m (supplied by us)",
                           "Total GBP 540.00 incl. VAT. Valid 60 days."])
FR_CERT_PDF = mailcraft.pdf(["Thistledown Upholstery - Fire test certificates",
                             "Arran Wool (all colours): BS 5852 ignition sources 0, 1 and crib 5",
                             "Lomond Velvet (all colours): BS 5852 crib 5, no back-coating",
                             "Issued for: Calder House Hotel, Pitlochry"])
CARE_PDF = mailcraft.pdf(["Thistledown Upholstery - Caring for velvet",
                          "Vacuum weekly with a soft brush head, along the pile.",
                          "Blot spills at once with a dry white cloth. Do not rub.",
                          "Keep out of strong sunlight; plump cushions daily."])
INVOICE_PDF = mailcraft.pdf(["Thistledown Upholstery - Invoice TU-20931",
                             "Mrs O. Grant, 7 Learmonth Terrace, Edinburgh EH4",
                             "Re-cover three-seater sofa in Lomond Velvet, Peacock",
                             "Total GBP 1,420.00 - paid in full 30/10/2026"])
BENCH_INVOICE_PDF = mailcraft.pdf(["Thistledown Upholstery - Invoice TU-20877 (reissued)",
                                   "The Anchor Inn, South Queensferry",
                                   "VAT no. GB 294 7710 42",
                                   "Re-cover 3 bench seats in contract vinyl: GBP 690.00 + VAT"])
SUPPLIER_FORM_PDF = mailcraft.pdf(["Strathyre Hotels Group - New supplier form",
                                   "Supplier: ______________________  VAT no: ____________",
                                   "Bank: _______________________  Sort code: __________",
                                   "Payment terms requested: ______"])
SUPPLIER_FORM_DONE_PDF = mailcraft.pdf(["Strathyre Hotels Group - New supplier form",
                                        "Supplier: Thistledown Upholstery Ltd  VAT no: GB 318 4402 19",
                                        "Bank: Lothian Mutual  Sort code: 80-22-60",
                                        "Payment terms requested: 30 days"])

# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

CASES: list[Case] = [
    C("t01-wren-chesterfield-quote", "en", "closed", {},
      "Isla Wren <isla.wren@wrenmail.example>", "gmail", "Re-covering a Chesterfield",
      "Three questions (labour price with own fabric, metres, foam) answered in one reply, out of order; thanks-only close.",
      cu("11-02 09:12", """Hi there,

We've inherited my gran's Chesterfield (three-seater, about 2m long) and it's in a sorry state - the leather is cracked on the arms and the seat has gone baggy. We'd like to have it re-covered, but in fabric rather than leather, probably a wool tweed we've already seen in a shop on Dundas Street.

Roughly what would it cost to re-cover it if we supply our own fabric? I'm also not sure how much to buy - how many metres would you need for something this size? And I was wondering whether you'd redo the seat foam while it's with you, as that's definitely past it.

No rush on any of this, we're just trying to work out a budget.

Thanks very much,
Isla"""),
      ag("fenella", "11-02 11:40", """Hi Isla,

Thanks for getting in touch - Chesterfields are lovely to work on, even tired ones.

Yes, we'd replace the seat foam at the same time; that's the sensible moment to do it. For a three-seater of that length in a plain tweed you'd want 12 metres, or 14 if the fabric has a noticeable check, because of the deep buttoning on the back. With your own fabric the labour comes to £860-£940 depending on what the frame looks like once the leather is off, plus £140 for the new seat foam.

If you'd prefer a fixed figure to a range, I'm happy to come and see it - home visits are free within the city.

Best wishes,
Fenella"""),
      cu("11-02 19:05", """That's really helpful, thank you Fenella. We'll have a think over the weekend!

Isla""", thanks=True)),

    C("t02-harbour-kitchen-banquettes", "en", "closed", {"unanswered-question": 1},
      "Niamh Cairns <niamh@harbourkitchen.example>", "outlook", "Banquette seating - weekend job?",
      "Café banquettes: weekend work and vinyl samples answered; the invoice made out to the limited company, asked as a statement of need, is never acknowledged.",
      cu("11-03 08:05", """Hi,

We run The Harbour Kitchen on the Shore in Leith. Our banquette seating (6 long seat pads and 6 back pads, all in a cream vinyl that has seen better days) needs re-covering before the Christmas parties start.

Is it possible to do the work over a weekend? We really can't close on a weekday in December. Please send us a few vinyl samples in dark green and oxblood so we can see them against the tiles. The invoice will need to be made out to Harbour Kitchen (Leith) Ltd rather than to me, as it's going through the company.

Many thanks
Niamh Cairns
Owner, The Harbour Kitchen
42 The Shore, Leith""", uq=1),
      ag("hamish", "11-03 10:30", """Hi Niamh,

Weekends are fine - we do a fair bit of café work that way. The van can pick the pads up after you close on a Saturday and have them back and fitted by 7am on the Monday.

Priya put five vinyls in the post to you this morning: two greens (Forest and Bottle), two oxbloods and a darker burgundy in case the oxblood reads too brown under your lights. All five are wipe-clean and pass the commercial fire test.

Kind regards,
Hamish""", kind="alt"),
      cu("11-05 12:15", """Samples arrived this morning, thank you - they look great against the tiles. I'll talk it over with my business partner.

Niamh""", thanks=True)),

    C("t03-glenview-bb-foam", "en", "pending", {},
      "Graham Petrie <graham@glenviewbandb.example>", "thunderbird", "Saggy chairs and ottoman",
      "B&B owner's four listed questions answered inline under each quoted line, one with a price for the Borders run.",
      cu("11-16 10:20", """Good morning,

We run a small B&B in Peebles and three of the guest armchairs, plus a large ottoman in the lounge, have gone very saggy. I think it's only the foam, the covers are fine. A few questions before I book anything:

What kind of foam do you use for seat cushions?
As it's a guest house, does the replacement foam meet the fire regulations for furniture in rented accommodation?
How long would we be without the chairs?
Do you collect from the Borders or would I need to bring them up?

Regards
Graham Petrie
Glenview B&B, Peebles"""),
      ag("fenella", "11-16 14:45", """Hello Graham,

Answers below.

On 11/16/26 10:20 AM, Graham Petrie wrote:
> What kind of foam do you use for seat cushions?

High-resilience foam (RX39 for seats, a softer grade for backs), wrapped in polyester fibre so the covers sit nicely.

> As it's a guest house, does the replacement foam meet the fire regulations for furniture in rented accommodation?

It does - all our foam is CMHR (combustion modified) and meets the 1988 furniture regulations. The certificate comes with the invoice.

> How long would we be without the chairs?

About a week door to door. The ottoman can stay with you: that one we can do in your lounge in an afternoon.

> Do you collect from the Borders or would I need to bring them up?

Peebles is on our Thursday run - £45 each way for the lot.

Fenella""", quote=False)),

    C("t04-ashby-wingback-photos", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Robert Ashby <r.ashby@ashbyhome.example>", "iphone", "Wingback chair",
      "Quote promised for 'the end of the day tomorrow' arrives six days late, after the customer follows up asking whether the photos came through.",
      cu("11-09 08:50", """Hello,

Attached are a couple of photos of a wingback chair I'd like re-covered. Could you give me a price? It would be in one of your own fabrics, something plain in navy. Also, can you tell from the pictures whether the springs need doing?

Robert Ashby

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", WINGBACK_PNG),
                                ("image/png", "IMG_4472.png", WINGBACK_SIDE_PNG)]),
      ag("fenella", "11-09 13:10", """Dear Robert,

Thank you - the photos are clear enough to work from. I'll go through them with our frame man first thing tomorrow and email you a written quote, springs included, by the end of the day tomorrow.

Kind regards,
Fenella""", promises=[("11-10", 4)]),
      cu("11-13 09:30", """Hi Fenella,

Just following up on the quote for the wingback - did the photos come through all right? I'd like to get it booked in before Christmas if possible.

Robert

Sent from my iPhone""", chase=True),
      ag("fenella", "11-16 10:05", """Dear Robert,

I'm so sorry, this slipped behind a big hotel job last week. Yes, the photos were fine. The quote is attached: £540 for re-covering in our Rowan plain in Navy, which includes re-tying the seat springs - two of them have dropped, you can see it in the second photo. We could collect on 1 December and have it back with you by the 11th.

Kind regards,
Fenella""", attach=[("application/pdf", "Q-26-1187.pdf", QUOTE_PDF)])),

    C("t05-albers-esszimmerstuehle", "de", "closed", {"unanswered-question": 1},
      "Katrin Albers <katrin.albers@albers-post.example>", "gmail_de", "Sechs Esszimmerstühle neu beziehen",
      "German family in Edinburgh: price and fabric question answered; the request to put the invoice in the husband's name is passed over; thanks-only reply.",
      cu("11-04 19:30", """Hallo Frau Kröger,

eine Bekannte hat mir Ihren Namen gegeben - schön, dass ich das auf Deutsch klären kann. Wir haben sechs Esszimmerstühle aus Eiche, bei denen Sitz und Rückenlehne gepolstert sind. Der Bezug ist inzwischen ziemlich fleckig (zwei kleine Kinder ...).

Was würde es ungefähr kosten, alle sechs neu zu beziehen? Kann man dafür einen Stoff aus Ihren Musterbüchern nehmen, oder müssen wir den selbst besorgen? Außerdem bräuchte ich die Rechnung bitte auf den Namen meines Mannes, Dr. Jonas Albers, weil das Konto auf ihn läuft.

Viele Grüße
Katrin Albers""", uq=1),
      ag("sabine", "11-05 09:15", """Liebe Frau Albers,

vielen Dank für Ihre Nachricht - und ja, kleine Kinder und helle Stoffe, das kennen wir.

Für sechs Stühle mit gepolstertem Sitz und Rücken rechnen wir mit etwa 165 £ pro Stuhl, also rund 990 £ für alle sechs, inklusive Stoff aus unseren Musterbüchern. Eigener Stoff geht natürlich auch, dann wird es etwas günstiger. Für Familien mit kleinen Kindern empfehle ich unsere Performance-Stoffe: Die sind fleckabweisend und lassen sich mit Wasser reinigen.

Herzliche Grüße
Sabine Kröger"""),
      cu("11-05 20:10", """Vielen Dank, das klingt gut! Ich schaue mir die Stoffe am Wochenende in Ruhe an.

Katrin Albers""", thanks=True)),

    C("t06-morrow-bay-curtains", "en", "closed", {},
      "Elspeth Morrow <elspeth.morrow@morrowhome.example>", "apple", "Curtains for a bay window",
      "Numbered list of three curtain questions answered in a single paragraph without repeating them.",
      cu("11-05 11:00", """Dear Thistledown,

We've just moved into a flat in Marchmont with an enormous bay (three windows, each with a drop of about 2.8m) and we need curtains before the winter really bites. I have some questions:

1. What's the difference between your blackout and thermal linings, and can you combine them?
2. Do you come out and measure, and is there a charge for that?
3. If we ordered by the end of November, is there any chance of having them up before Christmas?

Many thanks,
Elspeth Morrow"""),
      ag("fenella", "11-05 15:20", """Dear Elspeth,

Bay windows in Marchmont - we know them well, and they're draughty, so good timing.

Blackout lining stops the light; thermal (we use a brushed cotton interlining called bump) is what keeps the heat in. You can have both - bump with a blackout lining behind it is what most people in those flats end up with. Measuring is free within Edinburgh and we always do it ourselves, because bays are never quite square, and anything ordered by 27 November is made and hung by 18 December.

Best wishes,
Fenella""")),

    C("t07-calder-house-dining-chairs", "en", "closed", {"unanswered-question": 1},
      "Moira Stenhouse <m.stenhouse@calderhousehotel.example>", "outlook", "Garden Room dining chairs - 40 no.",
      "Hotel trade job: price and batching answered, fire certificates promised by Wednesday and sent by a colleague on time; the two-stage invoicing request is never addressed.",
      cu("11-09 09:30", """Dear Hamish,

Following our chat at the trade show, we'd like to go ahead with re-covering the 40 dining chairs in the Garden Room. Before I take it to our GM I need a few things nailed down.

What would the price per chair be at that volume, using the Arran wool you showed me? Can the chairs go in batches of ten so the restaurant can stay open? We'll need the fire certificates for both fabrics on our shortlist (Arran wool and the Lomond velvet) for our insurer. And I'd like the invoicing split into two stages - half on the first batch, half at the end - if that's something you can do.

Best regards,
Moira Stenhouse
Operations Manager
Calder House Hotel, Pitlochry""", to="Hamish Greer <hamish@thistledownupholstery.example>", uq=1),
      ag("hamish", "11-09 14:10", """Dear Moira,

Good to hear from you. At 40 chairs in Arran wool we can do £118 per chair, fitted - that's our trade rate less 10 %.

Batches of ten are no problem. The van would take ten on a Monday and bring them back the following Monday when it picks up the next ten, so you'd be done in four weeks with never more than ten chairs missing.

I've asked Priya to send you the fire certificates for the Arran wool and the Lomond velvet; she'll email them to you by Wednesday.

Kind regards,
Hamish""", promises=[("11-11", 3)]),
      ag("priya", "11-11 10:25", """Dear Moira,

Here are the fire certificates for both fabrics on your shortlist, as Hamish mentioned. Both pass BS 5852 crib 5 for contract use; the velvet needs no back-coating and the wool is inherently flame retardant.

Warm regards,
Priya""", attach=[("application/pdf", "fire-certificates-calder-house.pdf", FR_CERT_PDF)])),

    C("t08-pennant-liberty-cushions", "en", "closed", {},
      "Tom Pennant <tom@pennantandco.example>", "gmail", "Cushions from leftover fabric",
      "Short mail with three questions (how many covers, piping, zips) answered with a count and 'both standard'.",
      cu("11-06 13:40", """Hello,

Quick one: I've got 1.5m of a Liberty print left over from a project and I'd love to turn it into cushion covers. How many 45cm covers would that make, and can you pipe the edges? I'd want zips rather than envelope backs.

Tom"""),
      ag("priya", "11-06 16:00", """Hi Tom,

Lovely - Liberty prints make great cushions. 1.5 m gets you four 45 cm covers with the pattern centred (five if you don't mind it off-centre). Piping and concealed zips are both standard on our covers, so that's £34 per cover with both.

Priya""")),

    C("t09-fairbairn-collection-slot", "en", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Duncan Fairbairn <duncan.fairbairn@fairbairnfamily.example>", "outlook", "Corner sofa - next steps",
      "Practical questions answered at once, but the collection slot promised 'by Thursday' comes the following Tuesday after the customer writes that he is still waiting.",
      cu("11-09 18:20", """Hi,

Fenella sent us the quote for our corner sofa last week and we're happy to go ahead. What happens next - when can you collect it? We're on the second floor with a fairly narrow stair, does that cause any problems? Also, should we take the loose cushions off beforehand or leave them on?

Thanks,
Duncan Fairbairn"""),
      ag("callum", "11-10 08:45", """Hi Duncan,

Thanks for confirming. Leave the cushions on - we wrap the whole thing in the flat. A narrow stair is fine: corner sofas come apart at the joint, and we'll send two people.

The van rota for the rest of November is being finalised today, so I'll confirm your collection slot by Thursday.

Regards,
Callum""", promises=[("11-12", 4)]),
      cu("11-16 20:05", """Hi Callum,

I'm still waiting to hear about a collection date. Is it still happening this month? We have family arriving on 19 December and would like the sofa back before then.

Duncan""", chase=True),
      ag("callum", "11-17 09:10", """Hi Duncan,

Apologies - the rota took longer than it should have. We can collect on Tuesday 24 November between 8 and 10am, and it will be back with you on Friday 11 December, well before your visitors arrive.

Regards,
Callum""")),

    C("t10-lindqvist-cat-arm", "en", "closed", {},
      "Jo Lindqvist <jo@lindqvist.example>", "gmail", "Cat vs armchair",
      "Rhetorical question and a question the customer answers herself; the real request (replace one arm panel to match) answered with a price.",
      cu("11-03 21:15", """Hello!

Who knew a nine-month-old cat could destroy a brand new armchair in under a week? The front of the right arm is in shreds (photo attached) but the rest of the chair is perfect.

Could you replace just the front panel of that arm rather than re-covering the whole chair? It would need to match the existing fabric, of course. Where do I even find out what the fabric is called? Oh wait - there's a label under the seat cushion: "Harris Weave, Moss".

Thank you,
Jo""", attach=[("image/png", "arm.png", ARM_PNG)]),
      ag("priya", "11-04 09:05", """Hi Jo,

Poor chair! Yes - we can take off just the arm front and make a new one. Harris Weave in Moss is still in production and we have it in stock, so the match will be exact. It's £95 for the panel, done in the workshop in a day.

You might want a throw over the arms until the cat grows out of it...

Priya""")),

    C("t11-okafor-red-wine", "en", "pending", {"unanswered-question": 1, "slow-first-response": 1},
      "Hannah Okafor <hannah.okafor@okaforhome.example>", "android", "Red wine on the boucle sofa!",
      "Friday-evening stain emergency answered on Monday (slow first response): cleaning advice and the protector answered, the reminder of the exact fabric is not.",
      cu("11-13 17:40", """Hi there,

You re-covered our sofa in a cream boucle back in the summer and we love it. Stupidly, red wine has now happened (a whole glass, don't ask). Is there anything we can use on it ourselves, or should we leave it to a professional cleaner? Could you also remind me which fabric it is exactly, so I can tell the cleaner? And do you offer a stain-protection treatment we could have done afterwards?

Hannah

Sent from Outlook for Android""", uq=1),
      ag("priya", "11-16 09:40", """Hi Hannah,

Sorry to hear it - and sorry for the slow reply, the office is closed at weekends. Please don't rub it, and don't use anything with bleach or oxygen in it: on boucle that spreads the stain and flattens the loops. Blot with cold water only and then get a professional in; we recommend Clearwell in Leith (0131 496 0914), who clean a lot of boucle for us.

Once it's clean we can apply a protector in your home - it's fluorocarbon-free and costs £85 for a three-seater.

Priya""")),

    C("t12-soutar-button-reopened", "en", "closed", {"reopened": 1},
      "Margaret Soutar <m.soutar@soutarmail.example>", "thunderbird", "Button missing on new chair",
      "A lost button fixed by a visit (logistics, not a promise), thanks, explicit close; the customer then reports a seam and asks two things - reopened, both answered.",
      cu("11-02 10:10", """Dear Sir/Madam,

The button-back chair you delivered last Friday has already lost one of its buttons. I'm disappointed, as it was not cheap. Can someone come and fix this, or do I have to bring the chair back to you?

Yours faithfully,
Margaret Soutar"""),
      ag("fenella", "11-02 12:30", """Dear Mrs Soutar,

I'm very sorry - that shouldn't happen on a new job. There's no need to bring it back: Jamie, who did the buttoning, will come to you on Thursday morning between 9 and 11 with a new button and the long needle. It takes ten minutes.

With apologies,
Fenella"""),
      cu("11-05 12:00", """Dear Fenella,

Jamie came this morning and the button is back in place. Thank you for sorting it so quickly.

Margaret Soutar""", thanks=True),
      ag("fenella", "11-05 14:10", """Dear Mrs Soutar,

Thank you for letting us know - I'm glad it's fixed. I'll mark this one as resolved, but do get in touch if anything else comes loose.

Fenella""", closes=True),
      cu("11-11 09:40", """Dear Fenella,

I'm sorry to bother you again. One of the seams on the seat front has started to open, just a couple of centimetres near the piping. Is this covered by your guarantee? And could Jamie look at it when he is next in this area, rather than making a special trip?

Margaret Soutar"""),
      ag("fenella", "11-11 11:20", """Dear Mrs Soutar,

Not a bother at all. Workmanship is guaranteed for two years, so there's no charge. Jamie is in Morningside on Wednesday 18 November and will call in between 2 and 3pm.

Fenella""")),

    C("t13-veitch-gplan-awaiting", "en", "open", {"awaiting-reply": 1},
      "Simon Veitch <simon.veitch@veitchmail.example>", "gmail", "Quote for two G-Plan armchairs",
      "Mid-century armchair enquiry with two questions; only the helpdesk acknowledgement, no human reply for two days.",
      cu("11-18 11:05", """Hello,

I'm looking for a quote to re-cover a pair of G-Plan armchairs from the 1970s in a mustard corduroy. Do you work on mid-century pieces, and would you keep the original wooden arms as they are? I can send photos if that helps.

Best,
Simon Veitch"""),
      ack("11-18 11:06")),

    C("t14-brough-ektorp-fresh", "en", "open", {},
      "Gillian Brough <gillian.brough@broughfamily.example>", "owa", "Loose covers for an IKEA sofa",
      "A fresh enquiry on the audit morning with only the acknowledgement: inside the response target, nothing fires.",
      cu("11-20 09:40", """Hi,

Do you make loose covers for IKEA sofas? Ours is an old Ektorp three-seater and the original covers have worn through on the arms. I'd want something in a heavy linen. How long does it usually take?

Gillian""", kind="alt"),
      ack("11-20 09:41")),

    C("t15-mcbain-meeting-chairs", "en", "closed", {},
      "Rory McBain <rory@mcbainarchitects.example>", "outlook", "Eight meeting-room chairs",
      "Architects' office chairs quoted with a date that meets the deadline; the customer's out-of-office reply follows.",
      cu("11-04 10:00", """Hi Hamish,

We've got eight meeting-room chairs (Danish, 1960s, teak frames) that need new seats and backs. Could you quote for them in a wool felt, grey or charcoal? We'd need them back by mid-December as we have a client presentation in the room. Is that realistic?

Cheers,
Rory McBain
McBain Architects
https://mcbainarchitects.example/projects?filter=residential"""),
      ag("hamish", "11-04 15:30", """Hi Rory,

Eight chairs in a charcoal wool felt (Kvadrat Divina or similar) come to £1,280 + VAT, collection and delivery included. Mid-December is fine as long as we collect by 27 November: they'd be back with you on 10 December.

Kind regards,
Hamish"""),
      auto("11-04 15:31", """Thank you for your email. I'm out of the office until Monday 9 November with limited access to email.

For anything urgent please contact studio@mcbainarchitects.example or call 0131 496 0802.

Rory McBain""", quote=False, subject="Automatic reply: RE: Eight meeting-room chairs")),

    C("t16-shah-headboard-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Priti Shah <priti.shah@shahdesign.example>", "gmail", "Upholstered headboard",
      "No reply for four days, so the customer resends the same mail as a new message (same subject, no threading); answered the same morning.",
      cu("11-12 12:30", """Hi,

I'd like a new headboard made for a super king bed - a simple upholstered panel, 180cm wide and about 120cm high, in a fabric I'd choose from your samples. Could you tell me roughly what that costs? And does it fix to the wall or onto the bed frame?

Thanks,
Priti"""),
      cu("11-16 08:15", """Hi, sending this again as I haven't had a reply - could someone get back to me?

Hi,

I'd like a new headboard made for a super king bed - a simple upholstered panel, 180cm wide and about 120cm high, in a fabric I'd choose from your samples. Could you tell me roughly what that costs? And does it fix to the wall or onto the bed frame?

Thanks,
Priti""", chase=True, parent=0),
      ag("fenella", "11-16 11:00", """Hi Priti,

Sorry - your first email went into our spam folder and I've only just found it. A plain upholstered panel at 180 x 120 cm is £395 in any of our fabrics. The fixing is up to you: we can make it to hang on a wall batten (the neatest option, and it takes the weight off the bed) or with struts that bolt to the bed frame.

Fenella""")),

    C("t17-dunbar-forwarded-order", "en", "closed", {},
      "Caroline Dunbar <caroline@dunbarinteriors.example>", "gmail", "Fwd: Order confirmation SO-55812",
      "Interior designer's HTML-only mail forwards a supplier's order confirmation (its questions are not hers); her two questions are answered.",
      cu("11-05 10:20", """Hi Priya,

Forwarding the confirmation for the fabric for the Ravelston job. Two things: is 9 metres definitely enough for the two slipper chairs with skirts? And is it OK for Osborne's to deliver straight to your workshop? They want a contact name for the delivery.

Caroline

---------- Forwarded message ---------
From: Osborne Fabrics <orders@osbornefabrics.example>
Date: Wed, 4 Nov 2026 at 16:02
Subject: Order confirmation SO-55812
To: <caroline@dunbarinteriors.example>

Thank you for your order.

SO-55812 - Kelso Velvet, colour Heather, 9.0 m at GBP 64.00/m
Despatch: 10 working days

Would you like us to deliver to a different address? Just reply to this email before despatch.
Questions about your order? Visit https://osbornefabrics.example/help?order=SO-55812""", kind="html"),
      ag("priya", "11-05 13:00", """Hi Caroline,

9 m is enough with a little to spare: about 6 m for the two chairs and 2.5 m for the skirts, allowing for the velvet's pile running one way. Yes, send it straight here - goods in is open 8-4 on weekdays, and the contact name is Callum Ashdown.

Priya""")),

    C("t18-ferguson-recliner-arms", "en", "closed", {"unanswered-question": 1},
      "Bill Ferguson <bill.ferguson@fergusonhome.example>", "outlook", "Our recliner sofa - ref TU-4471",
      "Asked to pad the hard arms, the agent answers about softer seat cushions instead; the price question is answered.",
      cu("11-06 09:00", """Hello,

We're having our recliner sofa re-covered by you next month (ref TU-4471). Two things we forgot to mention at the home visit. Can the arms be padded out a bit more? They're quite hard to lean on and my wife finds them uncomfortable. Also, what will the final bill be now that we've gone for the darker fabric?

Thanks
Bill Ferguson""", uq=1),
      ag("fenella", "11-06 11:40", """Dear Bill,

Thanks for the note. With the Rowan charcoal instead of the oatmeal the total comes to £1,345 (it was £1,290 - the charcoal is a slightly dearer fabric).

On comfort: we're replacing the seat foam anyway, and we can make the seat cushions a little softer than the originals if you'd both prefer that - just let me know before the 1st.

Best wishes,
Fenella""")),

    C("t19-buchanan-nursing-chair", "en", "pending", {"unanswered-question": 1},
      "Agnes Buchanan <agnes.buchanan@buchananmail.example>", "apple", "My great-grandmother's nursing chair",
      "A long, personal paragraph hides a question about whether the frame is Victorian; the reply quotes for the velvet and offers a visit but never says.",
      cu("11-17 14:30", """Dear Thistledown team,

I hope you don't mind a long email. I have a small nursing chair that belonged to my great-grandmother, who was a nurse in Dundee, and it came to me when my mother died in the spring. It has been in a damp garage for some years, I'm afraid, and the fabric (a faded pink damask) is torn at the back and the stuffing is coming out of the seat, though the legs are sound and the castors still turn. My daughter thinks it might be quite old, and I'd love to know whether the frame is original Victorian, if you can tell that from looking at it, because we have no paperwork of any kind. I'd like it to be usable again rather than a museum piece, and I've been thinking of a dusty green velvet.

Please quote for re-covering it in velvet, with whatever it needs inside.

With thanks and kind regards,
Agnes Buchanan""", uq=1),
      ag("fenella", "11-17 16:50", """Dear Mrs Buchanan,

What a lovely piece to have inherited - and please don't apologise for the long email. From your description it needs a full traditional re-upholstery: stripping back to the frame, new webbing, re-stuffing the seat with horsehair and fibre, and covering in velvet. For a nursing chair that's usually £420-£480 plus the fabric; our Lomond velvet in Sage would need about 3.5 metres at £38 a metre.

If you'd like a firm figure I can come to you, or you're welcome to bring it into the workshop on any weekday.

Kind regards,
Fenella""")),

    C("t20-wee-bothy-bar-stools", "en", "closed", {},
      "Fiona Laird <fiona@theweebothy.example>", "owa", "Bar stools - matching old vinyl",
      "'Let me check with the mill ... early next week' said on Thursday, kept on Monday with both questions (same vinyl? if not, what?) answered.",
      cu("11-05 08:30", """Morning,

Hope you're all keeping well? We had twelve bar stools done by you in 2023 in a teal faux leather (I think it was called Marine). Four of them have been slashed - long story involving a hen party. Can you still get the same material? If not, what would you suggest that wouldn't look odd next to the other eight?

Thanks,
Fiona Laird
Bar Manager, The Wee Bothy, Grassmarket""", kind="alt"),
      ag("priya", "11-05 10:45", """Hi Fiona,

Oh dear - hen parties are hard on furniture. Marine was a Kensington Vinyl colour and it has since been discontinued. Let me check with the mill whether they have any of the old stock left, and I'll come back to you early next week.

Priya""", promises=[("11-10", 3)]),
      ag("priya", "11-09 14:20", """Hi Fiona,

Good news: the mill found 9 metres of Marine in their warehouse - enough for the four stools with a metre to spare - and I've reserved it for you. Re-covering the four comes to £260 + VAT. If you ever want to redo all twelve, the closest current colour is Kensington Lagoon.

Priya""")),

    C("t21-mackie-revised-quote", "en", "pending", {},
      "Ewan Mackie <ewan.mackie@mackiehome.example>", "gmail", "Armchair quote - change of fabric",
      "Revised quote promised for Monday 23 November, after the audit time: not (yet) a missed follow-up; thanks-only reply.",
      cu("11-18 19:00", """Hi Fenella,

Thanks for the quote for the two armchairs. We've changed our minds about the fabric - could you redo it in the Arran wool instead of the velvet? And would it be cheaper if we dropped the contrast piping?

Ewan"""),
      ag("fenella", "11-19 09:30", """Hi Ewan,

Of course. Dropping the piping saves about £30 a chair. The wool is a different width from the velvet, so I need to recalculate the metres - I'll send you the revised quote on Monday.

Fenella""", promises=[("11-23", None)]),
      cu("11-19 12:05", """Great, thanks - Monday is fine.

Ewan""", thanks=True)),

    C("t22-imrie-memory-foam", "en", "closed", {"missed-follow-up": 1},
      "Lorna Imrie <lorna.imrie@imriemail.example>", "iphone", "Memory foam cushions for my dad's chair",
      "A price to be found out from the foam supplier, no deadline stated: the two-day window passes in silence and the customer never chases.",
      cu("11-11 20:30", """Hi,

We've been told memory foam seat cushions would be a good idea for my dad, who has a bad back. Can you make the cushions for his armchair in memory foam? Is it much more expensive than normal foam?

Lorna

Sent from my iPhone"""),
      ag("fenella", "11-12 09:15", """Hi Lorna,

We can, yes - we usually put a memory foam top layer over a firm base, because memory foam on its own is hard to get up out of if you have a bad back. I'll find out the current price from our foam supplier and get back to you with a figure for both cushions.

Fenella""", promises=[("window", None)])),

    C("t23-dalgleish-colleague-in-touch", "en", "pending", {},
      "Peter Dalgleish <peter@dalgleishhome.example>", "thunderbird", "Window seat cushion and footstools",
      "'Callum ... will be in touch tomorrow' kept by Callum the next morning with a slot; the driver's phone call is process, not a promise.",
      cu("11-16 11:30", """Hi Fenella,

We'd like to go ahead with the quote for the window seat cushion and the two footstools. When can someone pick up the footstools? I'm home on Tuesday and Wednesday next week. The window seat you can measure on the day.

Regards
Peter Dalgleish"""),
      ag("fenella", "11-16 14:00", """Hi Peter,

Wonderful, thank you. I've passed your order to Callum, who plans the van - he'll be in touch tomorrow with a collection time for next Tuesday or Wednesday.

Fenella""", promises=[("11-17", 3)]),
      ag("callum", "11-17 10:10", """Hi Peter,

Fenella has passed on your order. We can collect the footstools and measure the window seat on Wednesday 25 November between 1 and 3pm. The driver rings half an hour before he arrives.

Regards,
Callum""", parent=1)),

    C("t24-ardmore-lodge-january", "en", "pending", {"missed-follow-up": 1, "many-handoffs": 1},
      "Stuart Rennie <stuart.rennie@ardmorelodge.example>", "owa", "Residents' lounge refurbishment - January",
      "Country-house hotel project handled by three agents: transport and the account are sorted, but the full costing promised 'by Wednesday' never comes.",
      cu("11-12 08:40", """Dear all,

Ardmore Lodge is closing for refurbishment from 4 to 22 January and we'd like to use the time to get the residents' lounge done: two large sofas, six armchairs and the curtains for the four windows. Can you fit us in during that window? What would it cost, roughly, and how would the furniture get to you from Callander? I'd also like someone to look at the curtain poles while they're here - two of them are bowing.

Kind regards
Stuart Rennie
General Manager, Ardmore Lodge
A Strathyre Hotels property""", kind="alt", cc="Fraser Low <fraser.low@ardmorelodge.example>"),
      ag("fenella", "11-12 13:20", """Dear Stuart,

Thank you - that's a lovely project, and January is quiet for us, so yes, we can fit it in. I'll come up on Monday to measure and will send you the full costing by Wednesday. Callum will write to you separately about getting everything down to Edinburgh.

Kind regards,
Fenella""", promises=[("11-18", None), ("window", 3)]),
      ag("callum", "11-13 09:00", """Dear Stuart,

Fenella asked me to sort out the transport. For a job this size we'd send the large van with two men on Monday 4 January and bring everything back on Thursday 21 January. The Callander run is £180 each way.

The curtain poles aren't something we do, I'm afraid, but our fitters can take the curtains down and rehang them on whatever you put up.

Regards,
Callum""", parent=1),
      cu("11-16 10:30", """Thanks Callum, that all works.

One more question, which I think is for your accounts people: we'd need a 30-day account rather than paying upfront - is that possible for a job of this size? Our group finance office also needs the attached supplier form filled in before they'll pay anyone new.

Stuart""", kind="alt", attach=[("application/pdf", "Strathyre-new-supplier-form.pdf", SUPPLIER_FORM_PDF)]),
      ag("hamish", "11-16 15:45", """Dear Stuart,

Yes, we can open a 30-day trade account for Ardmore Lodge - I've set it up with a £6,000 limit, which covers January comfortably. The supplier form is filled in and attached.

Kind regards,
Hamish""", attach=[("application/pdf", "Strathyre-new-supplier-form-Thistledown.pdf", SUPPLIER_FORM_DONE_PDF)])),

    C("t25-gow-sample-book", "en", "closed", {"missed-follow-up": 1, "customer-chased": 2},
      "Heather Gow <heather.gow@gowmail.example>", "gmail", "Linen sample book",
      "Update promised 'by Friday' about a sample book; the customer chases twice (the second time replying to her own mail) before it is posted a week late.",
      cu("11-02 13:10", """Hello,

Could you send me your linen sample book? I'm after something for a pair of bedroom chairs - a soft green or a warm grey. My address is 14 Comely Bank Row, Edinburgh EH4 1DU.

Many thanks,
Heather Gow"""),
      ag("priya", "11-02 15:30", """Hi Heather,

All our linen books are out with customers at the moment, but a new batch is due from the mill this week. I'll email you by Friday to let you know it's on its way.

Priya""", promises=[("11-06", 5)]),
      cu("11-09 09:20", """Hi Priya, any news on the linen book?

Heather""", chase=True),
      cu("11-11 19:45", """Hello again,

I'm still waiting to hear about the sample book. I'd really like to order before Christmas, so if the books aren't coming, could you post a few cuttings instead?

Heather""", chase=True, parent=3),
      ag("priya", "11-12 11:00", """Hi Heather,

I'm so sorry for the silence. The mill's delivery was late, but the books arrived yesterday and one went to you first class this morning. I've also tucked in cuttings of the two greens and two greys I think you'll like, so you can hold them up against the chairs straight away.

Priya""")),

    C("t26-caffe-conti-seat-pads", "en", "closed", {},
      "Dario Conti <dario@caffeconti.example>", "thunderbird", "Seat pads for the café",
      "Three short trade questions answered inline with a bare figure, a bare 'Yes.' and a lead time.",
      cu("11-03 16:00", """Hi Hamish,

A few quick ones for our café refurb:

How much per chair for the seat pads only, same vinyl as last time?
Can you do 24 of them?
What's the turnaround?

Dario
Caffè Conti, Stockbridge""", to="Hamish Greer <hamish@thistledownupholstery.example>"),
      ag("hamish", "11-04 08:50", """Hi Dario,

See below.

> How much per chair for the seat pads only, same vinyl as last time?
£42.

> Can you do 24 of them?
Yes.

> What's the turnaround?
Ten working days from collection.

Hamish""", quote=False)),

    C("t27-grant-care-and-invoice", "en", "pending", {},
      "Olivia Grant <olivia.grant@grantfamily.example>", "apple", "Velvet sofa - two small things",
      "Two requests without question marks answered with two attachments and 'Both attached.'",
      cu("11-16 19:30", """Hi,

The sofa came back last week and it looks amazing. Two small things: please send me the care instructions for the velvet, and I need a copy of the invoice for our contents insurance (the original went in the recycling, oops).

Thanks!
Olivia"""),
      ag("fenella", "11-17 09:00", """Hi Olivia,

So glad you like it! Both attached.

Fenella""", attach=[("application/pdf", "caring-for-velvet.pdf", CARE_PDF),
                    ("application/pdf", "TU-20931.pdf", INVOICE_PDF)])),

    C("t28-harcus-fabrics-online", "en", "closed", {},
      "Ben Harcus <ben@harcus.example>", "gmail", "Fabrics + dog",
      "Where to see the ranges and whether anything is dog-proof: answered with two links only.",
      cu("11-04 22:10", """Hey,

Where can I see your fabric ranges online? Also do you have anything that's properly dog-proof - we have a Labrador who treats the sofa as his own.

Ben"""),
      ag("priya", "11-05 09:30", """Hi Ben,

All ranges: https://thistledownupholstery.example/fabrics?range=all
Pet-friendly (tight weave, no loops, washable): https://thistledownupholstery.example/fabrics?filter=pet-friendly

Priya""")),

    C("t29-nisbet-footstool-afterthought", "en", "pending", {"unanswered-question": 2},
      "Claire Nisbet <claire.nisbet@nisbetmail.example>", "outlook", "Armchairs - going ahead",
      "After the booking is done the customer adds two questions (footstool quote, discount for three pieces); the next reply only re-confirms the collection.",
      cu("11-10 12:00", """Hi Fenella,

We'd like to go ahead with re-covering the two armchairs in the Arran wool as quoted. Can the van collect on a Friday? We're both at work the rest of the week.

Claire Nisbet"""),
      ag("fenella", "11-10 15:00", """Hi Claire,

Lovely, thank you. Fridays are fine - I've booked you in for Friday 20 November, between 9 and 11am.

Fenella"""),
      cu("11-16 08:30", """Hi Fenella,

Friday still suits. Oh, and I forgot to ask - could you also quote for the matching footstool? It's about 60cm square with a padded top, same fabric. And is there a discount if we do all three at once?

Claire""", uq=2),
      ag("callum", "11-16 12:10", """Hi Claire,

Just confirming your collection on Friday 20 November between 9 and 11am. If you can, please keep a parking space near the door free - the van is 6 metres long.

Regards,
Callum""")),

    C("t30-coburg-headboard-repair", "en", "closed", {},
      "Kirsty Blyth <kirsty.blyth@thecoburghotel.example>", "owa", "Headboard repair - room 12",
      "Hotel asks whether headboards are repaired; answered with price and visit options; thanks-only reply whose signature contains a '?' URL.",
      cu("11-02 11:15", """Hello,

Could you tell me if you repair headboards as well as re-covering them? One of ours in room 12 has a split seam along the top. It's a standard king size, buttoned, in a grey velvet.

Kind regards,
Kirsty Blyth
Front of House Manager
The Coburg Hotel, Edinburgh
Planning a stay? https://thecoburghotel.example/rooms?utm_source=email&utm_medium=signature"""),
      ag("fenella", "11-02 14:00", """Hi Kirsty,

We do - a split seam on a buttoned headboard is usually a small repair and can be done in the room without taking it off the wall. It's £65 plus a £25 call-out. Jamie could come this Thursday or Friday morning; just let me know which suits housekeeping.

Fenella"""),
      cu("11-02 15:10", """Thanks Fenella, that's great. I'll check with housekeeping and give you a ring to book it in.

Kind regards,
Kirsty Blyth
Front of House Manager
The Coburg Hotel, Edinburgh
Planning a stay? https://thecoburghotel.example/rooms?utm_source=email&utm_medium=signature""", thanks=True)),

    C("t31-kerr-templated-reply", "en", "closed", {"unanswered-question": 2},
      "Douglas Kerr <dkerr@kerrfamily.example>", "gmail", "Re-cover or replace?",
      "Three questions; a templated price-guide reply answers the ballpark only, not the payment plan or how long the fabric lasts.",
      cu("11-03 12:40", """Hello,

I'm trying to decide between re-covering our old three-piece suite and just buying a new one. Could you give me a ballpark figure for re-covering a three-seater sofa and two armchairs? Do you offer any kind of payment plan? And how long does the fabric usually last on a re-covered piece, compared to a new sofa from a shop?

Thanks
Douglas Kerr""", uq=2),
      ag("fenella", "11-03 15:05", """Dear Customer,

Thank you for your enquiry. Our reupholstery prices depend on the size and condition of the piece and the fabric chosen. As a guide, re-covering a three-seater sofa starts from £750 and an armchair from £380, plus fabric. Our full price guide is at https://thistledownupholstery.example/prices?src=reply

For an exact quote, book a free home visit at https://thistledownupholstery.example/visit

Kind regards,
The Thistledown Upholstery team""", sig=False)),

    C("t32-anderson-chaise-time", "en", "pending", {"missed-follow-up": 1},
      "Ruth Anderson <ruth@andersonflowers.example>", "iphone", "Van time tomorrow?",
      "A time for tomorrow's collection promised 'by end of day' and never sent.",
      cu("11-17 08:10", """Hi Callum,

Can you tell me what time the van is coming tomorrow for the chaise? I need to be at the shop by 10.

Ruth

Sent from my iPhone""", to="Callum Ashdown <callum@thistledownupholstery.example>"),
      ag("callum", "11-17 09:30", """Hi Ruth,

The driver is finalising tomorrow's route this afternoon - I'll have a time for you by end of day.

Callum""", promises=[("11-17", None)])),

    C("t33-munro-mark-on-arm", "en", "pending", {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Alasdair Munro <alasdair.munro@munrofarm.example>", "thunderbird", "Mark on the sofa arm",
      "Acknowledged, then 'I'll ... get back to you tomorrow'; the customer chases in a fresh mail without threading headers; a colleague books a visit six days late; whether the mark left the workshop with the sofa is never answered.",
      cu("11-09 07:45", """Hello,

The sofa you delivered on Friday has a mark on the left arm - it looks like oil or grease, about the size of a thumbnail. Was it there before it left the workshop? Can you send someone to look at it, or should I try to clean it myself? Photo attached.

Alasdair Munro
Balerno""", uq=1, attach=[("image/png", "arm-mark.png", MARK_PNG)]),
      ack("11-09 07:46"),
      ag("callum", "11-09 11:30", """Dear Mr Munro,

Sorry about that. Please don't try cleaning it yourself - some cleaners leave a ring on that fabric. I'll look at the van diary and get back to you tomorrow about when someone can come out to you.

Regards,
Callum""", parent=1, promises=[("11-10", 5)]),
      cu("11-13 18:00", """Hello again,

I haven't heard back about the mark on the sofa. Is someone coming out to look at it?

Alasdair Munro""", chase=True, thread=False, quote=False, subject="Mark on the sofa arm"),
      ag("fenella", "11-16 09:20", """Dear Mr Munro,

I'm sorry you've had to write again - Callum has been off this week. Jamie, our senior upholsterer, will come to you on Thursday 19 November in the afternoon to look at the mark and clean it properly.

Fenella""")),

    C("t34-braeburn-care-home", "en", "pending", {"unanswered-question": 2},
      "Janet Rutherford <janet.rutherford@braeburncare.example>", "outlook", "18 lounge chairs - Braeburn House",
      "Care-home manager's dashed list of four: waterproof fabric and the sample chair answered, on-site work and the insurance certificate not.",
      cu("11-17 10:00", """Dear Hamish,

I'm the facilities manager at Braeburn House care home in Musselburgh. We have 18 high-back lounge chairs that need re-covering, and the residents' families have asked us to choose something brighter than the current brown.

A few questions before I can get approval:
- Do you have fabrics that are waterproof but still breathable? Continence is an issue for some of our residents.
- Can the chairs be done on site, or do they have to go to your workshop?
- Would you be able to do a sample chair first so residents can try it?
- Please confirm your public liability insurance - our procurement team will need a copy of the certificate.

Kind regards,
Janet Rutherford
Facilities Manager, Braeburn House""", uq=2, to="Hamish Greer <hamish@thistledownupholstery.example>"),
      ag("hamish", "11-17 15:20", """Dear Janet,

Thank you for thinking of us. For care settings we use Panaz and Crypton fabrics: fully waterproof, vapour-permeable so they don't feel clammy, and they come in much cheerier colours than brown - just say if you'd like a colour card of the brights.

A sample chair is a very good idea and we'd be happy to do one at cost, so the residents can try it and vote.

Kind regards,
Hamish""", kind="alt")),

    C("t35-rahman-bench-pad", "en", "closed", {},
      "Yusuf Rahman <yusuf.rahman@rahmanhome.example>", "outlook", "Seat pad for a dining bench",
      "Base64-encoded mail with two questions (foam depth, ties) answered in the agent's own words.",
      cu("11-06 12:00", """Hello,

Our dining bench (1.6 m long) needs a new seat pad. Would 5 cm foam be thick enough, or should we go for 7.5 cm? And could it be tied on with fabric ties rather than fixed, so we can take it off for cleaning?

Thank you,
Yusuf Rahman""", cte="base64"),
      ag("fenella", "11-06 14:40", """Dear Yusuf,

For a bench you sit on through a whole meal, 5 cm is on the thin side - 7.5 cm is more comfortable without looking bulky. Ties are fine: we'd put four along the back edge and give the cover a zip, so it comes off for washing. £145 all in, with foam and fabric.

Fenella""")),

    C("t36-anchor-inn-resolved", "en", "pending", {"reopened": 1},
      "Lewis Tait <lewis@anchorinnqueensferry.example>", "android", "Invoice for the benches",
      "Invoice reissued under a [Resolved] subject tag; the customer then asks two new things in the same thread - reopened, both answered in one line.",
      cu("11-09 10:00", """Hi Hamish,

Just had the invoice for the pub benches - it's got our old VAT number on it. Can you reissue it with GB 294 7710 42?

Lewis Tait
The Anchor Inn, Queensferry

Sent from Outlook for Android""", to="Hamish Greer <hamish@thistledownupholstery.example>"),
      ag("hamish", "11-09 13:00", """Hi Lewis,

Reissued invoice attached with the correct VAT number. The old one has been cancelled.

Hamish""", subject="[Resolved] RE: Invoice for the benches", closes=True,
         attach=[("application/pdf", "TU-20877-reissued.pdf", BENCH_INVOICE_PDF)]),
      cu("11-17 12:30", """Hi Hamish,

Thanks for that. Hope you had a good weekend? While I've got you - the four stools by the bar are splitting now too. Can you add them to the next collection, and could they go on the same account?

Lewis

Sent from Outlook for Android""", subject="RE: [Resolved] RE: Invoice for the benches"),
      ag("hamish", "11-17 16:10", """Hi Lewis,

Yes to both - the van is at the Anchor on Tuesday 24 November for the stools, and they'll go on your usual account.

Hamish""")),

    C("t37-sutherland-deposit-invoice", "en", "closed", {"unanswered-question": 1},
      "Graeme Sutherland <graeme.sutherland@sutherlandhome.example>", "gmail", "Sofa quote - please go ahead",
      "The weekday question is answered and a slot pencilled in; the bundled request to send the deposit invoice to his wife and copy him is ignored.",
      cu("11-04 17:20", """Hi Fenella,

We're happy with the quote for the sofa, so please book us in. Does the collection have to be on a weekday? And please send the deposit invoice to my wife, Eilidh, at eilidh.sutherland@sutherlandhome.example, and copy me in, as she handles the household payments.

Thanks,
Graeme""", uq=1),
      ag("fenella", "11-05 09:10", """Hi Graeme,

Wonderful, thank you. Collections are weekdays only, I'm afraid - the van doesn't run at weekends - but we can do an early slot, 7:30-8:30am, if that helps with work. I've pencilled you in for Wednesday 18 November.

Fenella""")),

    C("t38-rosenbaum-vorhaenge", "de", "pending", {"unanswered-question": 2},
      "Markus Brandl <m.brandl@hotel-rosenbaum.example>", "outlook_de", "Vorhänge und Fensterbankkissen Frühstücksraum",
      "German-run Edinburgh hotel asks four things; price and matching cushions answered, fire rating and the sample request skipped.",
      cu("11-16 09:00", """Sehr geehrte Frau Kröger,

wir möchten in unserem Frühstücksraum neue Vorhänge und Sitzkissen für die Fensterbank anfertigen lassen. Es geht um vier Fenster (je ca. 1,40 m breit, 2,20 m hoch) und eine Fensterbank von 3,20 m Länge.

Könnten Sie uns ein Angebot für Vorhänge mit Verdunkelungsfutter machen? Wäre es möglich, die Sitzkissen aus demselben Stoff wie die Vorhänge zu nähen? Außerdem würden wir gerne wissen, ob Ihre Stoffe für den gewerblichen Einsatz schwer entflammbar sind. Und bitte schicken Sie uns vorab zwei, drei Stoffmuster in Blau- oder Grüntönen.

Mit freundlichen Grüßen
Markus Brandl
Direktor, Hotel Rosenbaum Edinburgh""", uq=2),
      ag("sabine", "11-16 14:30", """Sehr geehrter Herr Brandl,

vielen Dank für Ihre Anfrage. Vier Vorhänge mit Verdunkelungsfutter in den genannten Maßen liegen bei etwa 1.450 £, je nach Stoff. Die Sitzkissen für die Fensterbank nähen wir selbstverständlich aus demselben Stoff; mit 8 cm Schaumstoff und Keder kämen dafür rund 320 £ hinzu.

Mit freundlichen Grüßen
Sabine Kröger""")),

    C("t39-hoffmann-ohrensessel", "de", "closed", {},
      "Ursula Hoffmann <u.hoffmann@hoffmann-hh.example>", "thunderbird_de", "Ohrensessel in unserem Ferienhaus",
      "Customer writing from Hamburg about a chair in her Fife holiday cottage: collection while away and duration both answered; thanks-only reply.",
      cu("11-05 20:15", """Guten Abend Frau Kröger,

in unserem Ferienhaus in Crail steht ein alter Ohrensessel, den wir gerne neu beziehen lassen würden. Wir sind erst wieder an Weihnachten vor Ort. Ist es möglich, dass Sie den Sessel abholen, während wir nicht da sind? Unsere Nachbarin, Mrs Balfour, hat einen Schlüssel. Und wie lange würde das Ganze dauern?

Herzliche Grüße aus Hamburg
Ursula Hoffmann"""),
      ag("sabine", "11-06 09:40", """Liebe Frau Hoffmann,

das machen wir öfter für Ferienhausbesitzer. Unser Transporter ist donnerstags in Fife, Mrs Balfour müsste nur kurz aufschließen. Rechnen Sie mit etwa drei Wochen, bis der Sessel wieder an seinem Platz steht - vor Weihnachten klappt das also gut, wenn wir ihn bis Ende November abholen.

Herzliche Grüße nach Hamburg
Sabine Kröger"""),
      cu("11-06 18:30", """Wunderbar, vielen Dank! Ich sage Mrs Balfour Bescheid.

Herzliche Grüße
Ursula Hoffmann""", thanks=True), tz=1),

    C("t40-weber-naht-garantie", "de", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Thomas Weber <thomas.weber@weber-edi.example>", "gmail_de", "Naht am Sofakissen",
      "Guarantee confirmed, on-site repair deferred with 'ich melde mich morgen' that is never kept; the washing question is not answered.",
      cu("11-09 12:30", """Hallo Frau Kröger,

Sie haben uns im Sommer das Sofa neu bezogen, und jetzt löst sich an einem Sitzkissen die Naht am Reißverschluss. Fällt das noch unter die Garantie? Muss das Kissen dafür zu Ihnen in die Werkstatt, oder kann man das bei uns zu Hause reparieren? Und lässt sich der Bezug eigentlich waschen, oder nur chemisch reinigen?

Viele Grüße
Thomas Weber""", uq=1),
      ag("sabine", "11-09 15:10", """Hallo Herr Weber,

das tut mir leid! Garantie ist es auf jeden Fall - auf Nähte geben wir zwei Jahre. Ob es vor Ort geht, muss ich mit Jamie aus der Werkstatt klären; ich melde mich morgen bei Ihnen.

Viele Grüße
Sabine Kröger""", promises=[("11-10", None)])),

    C("t41-meier-stoffmengen", "de", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Claudia Meier <claudia.meier@meier-interior.example>", "outlook_de", "Neubezug Sofa und Sessel, Heriot Row",
      "Zurich interior designer: fabric quantities promised 'bis Freitag' arrive the next Tuesday after 'gibt es schon etwas Neues'.",
      cu("11-04 10:00", """Sehr geehrte Damen und Herren,

ich betreue als Innenarchitektin die Einrichtung einer Wohnung in der Heriot Row für einen Kunden aus Zürich. Für das Wohnzimmer müssen zwei Sessel und ein Sofa neu bezogen werden, und zwar mit einem Stoff von Pierre Frey, den ich direkt zu Ihnen liefern lassen würde.

Arbeiten Sie auch mit Stoffen, die der Kunde stellt? Welche Stoffmengen brauchen Sie für ein Dreisitzer-Sofa und zwei Sessel? Fotos und Masse finden Sie im Anhang.

Freundliche Grüsse
Claudia Meier
Meier Interior GmbH, Zürich""", attach=[("image/png", "wohnzimmer-heriot-row.png", ROOM_PNG)]),
      ag("sabine", "11-04 13:20", """Sehr geehrte Frau Meier,

sehr gerne - wir arbeiten regelmäßig mit Stoffen, die Kunden oder Architekten stellen. Die genauen Mengen hängen vom Rapport des Pierre-Frey-Stoffes ab; ich bespreche die Fotos mit unserer Werkstatt und schicke Ihnen die Mengen bis Freitag.

Mit freundlichen Grüßen
Sabine Kröger""", promises=[("11-06", 4)]),
      cu("11-10 09:15", """Sehr geehrte Frau Kröger,

gibt es schon etwas Neues zu den Stoffmengen? Ich müsste den Stoff diese Woche bestellen, sonst wird es vor Weihnachten knapp.

Freundliche Grüsse
Claudia Meier""", chase=True),
      ag("sabine", "11-10 11:30", """Sehr geehrte Frau Meier,

entschuldigen Sie bitte die Verzögerung. Bei einem Rapport von 64 cm brauchen wir für das Sofa 14 m und für die beiden Sessel zusammen 11 m, insgesamt also 25 m, eine kleine Reserve schon eingerechnet.

Mit freundlichen Grüßen
Sabine Kröger"""), tz=1),

    C("t42-durand-fauteuils-crapauds", "fr", "closed", {},
      "Camille Durand <camille.durand@durand-famille.example>", "apple_fr", "Deux fauteuils crapauds",
      "French family in Edinburgh: traditional stuffing and a rough price both answered; thanks-only reply.",
      cu("11-03 18:40", """Bonjour Madame Ménard,

Nous avons rapporté de chez ma grand-mère, en Bretagne, deux fauteuils crapauds que nous aimerions faire recouvrir. Est-ce que vous travaillez sur ce type de sièges, avec le crin et les ressorts à l'ancienne ? Et auriez-vous une idée du prix, à peu près ?

Merci d'avance et bonne soirée,
Camille Durand"""),
      ag("aurelie", "11-04 09:20", """Bonjour Madame Durand,

Avec plaisir : la garniture traditionnelle - crin, ressorts guindés à la main, toile d'embourrure - c'est justement ce que notre atelier préfère. Pour un crapaud refait entièrement, comptez entre 450 et 520 £ par fauteuil, hors tissu ; s'il suffit de changer le tissu, plutôt 260 £.

Bien cordialement,
Aurélie Ménard"""),
      cu("11-04 12:15", """Merci beaucoup, c'est très clair ! Je vous recontacte après les fêtes.

Camille""", thanks=True)),

    C("t43-petit-canard-banquettes", "fr", "pending", {"unanswered-question": 2},
      "Julien Moreau <julien@lepetitcanard.example>", "owa", "Devis banquettes restaurant",
      "Restaurant manager's four questions: price and colour answered, on-site work and payment terms left out.",
      cu("11-17 15:00", """Bonjour,

Je suis le gérant du restaurant Le Petit Canard, à Stockbridge. Nos banquettes en skaï rouge commencent à craquer et je voudrais les faire refaire en janvier, pendant notre fermeture annuelle (du 5 au 19 janvier).

Pourriez-vous me faire un devis pour 14 mètres linéaires de banquette ? Je voudrais aussi savoir si vous pouvez garder la même couleur, le rouge fait partie de notre identité. Est-ce que le travail peut se faire sur place, ou faut-il tout démonter ? Enfin, merci de m'indiquer vos conditions de paiement (acompte, solde).

Cordialement,
Julien Moreau
Le Petit Canard""", uq=2),
      ag("aurelie", "11-18 10:00", """Bonjour Monsieur Moreau,

Merci pour votre message. Pour 14 mètres linéaires en skaï d'aspect cuir, nous sommes à environ 3 900 £ HT. Nous avons dans la gamme Kensington un rouge très proche du vôtre ; si vous le souhaitez, je peux vous en déposer un échantillon au restaurant pour comparer.

Bien cordialement,
Aurélie Ménard""")),

    C("t44-lefebvre-relance-rideaux", "fr", "closed", {"missed-follow-up": 1, "customer-chased": 1},
      "Hélène Lefebvre <helene.lefebvre@lefebvre-lyon.example>", "apple_fr", "Rideaux appartement Bruntsfield",
      "Landlady in Lyon: 'je reviens vers vous d'ici jeudi' with a measuring date, kept only after 'Je me permets de vous relancer' the following Monday.",
      cu("11-02 14:00", """Bonjour,

Nous sommes propriétaires d'un appartement à Édimbourg (Bruntsfield) que nous louons meublé. Les rideaux du salon sont à changer avant l'arrivée de nouveaux locataires le 1er décembre. Pourriez-vous passer prendre les mesures ? L'agence Lauder Lettings a les clés. Et est-il possible de tout faire sans que nous soyons présents ?

Bien à vous,
Hélène Lefebvre"""),
      ag("aurelie", "11-02 16:10", """Bonjour Madame Lefebvre,

Oui, nous pouvons tout à fait nous organiser avec l'agence, cela arrive souvent. Je vois avec Callum quand il peut passer prendre les mesures et je reviens vers vous d'ici jeudi avec une date.

Bien cordialement,
Aurélie Ménard""", promises=[("11-05", 4)]),
      cu("11-09 10:30", """Bonjour Madame Ménard,

Je me permets de vous relancer au sujet des rideaux de l'appartement de Bruntsfield : avez-vous pu fixer une date pour les mesures ? Le temps presse un peu avec l'arrivée des locataires.

Bien à vous,
Hélène Lefebvre""", chase=True),
      ag("aurelie", "11-09 12:00", """Bonjour Madame Lefebvre,

Toutes mes excuses pour ce retard. Callum passera prendre les mesures le mercredi 11 novembre à 10 h, l'agence est prévenue. Les rideaux seront posés le 27 novembre, avant l'arrivée des locataires.

Bien cordialement,
Aurélie Ménard"""), tz=1),

    C("t45-girard-cuir", "fr", "closed", {"unanswered-question": 1},
      "Nicolas Girard <nicolas.girard@girard-mail.example>", "thunderbird", "Réparation canapé cuir",
      "Leather repair answered with a price per panel; the question whether the original leather could just be fed and recoloured is left aside.",
      cu("11-05 11:20", """Bonjour,

Mon canapé en cuir (un Chesterfield des années 90) a plusieurs accrocs sur l'assise. Faites-vous aussi la réparation du cuir, ou seulement le recouvrement complet ? Je voudrais aussi savoir si le cuir d'origine pourrait être simplement nourri et recoloré plutôt que remplacé.

Merci,
Nicolas Girard""", uq=1),
      ag("aurelie", "11-05 15:40", """Bonjour Monsieur Girard,

Oui, nous réparons le cuir : pour quelques accrocs sur l'assise, on remplace en général le panneau concerné, en assortissant la teinte au mieux. Comptez 180 à 250 £ par panneau, selon la taille.

Bien cordialement,
Aurélie Ménard""")),

    C("t46-taberna-ortega-taburetes", "es", "closed", {"unanswered-question": 1},
      "Javier Ortega <javier@tabernaortega.example>", "gmail_es", "Retapizar 30 taburetes",
      "Glasgow tapas bar: price and ten-a-week batches answered; the company registration number on the invoice is never mentioned.",
      cu("11-03 11:00", """Hola Lucía:

Te escribo de la Taberna Ortega, en Glasgow. Tenemos 30 taburetes de barra con el asiento tapizado en polipiel negra, y está ya muy gastada. ¿Cuánto nos costaría retapizarlos todos? ¿Os los podéis llevar de diez en diez para que no nos quedemos sin taburetes? Además, necesitamos que la factura lleve el número de registro de la empresa, SC612044, porque si no nuestra gestoría no la acepta.

Un saludo,
Javier Ortega""", uq=1),
      ag("lucia", "11-03 15:30", """Hola, Javier:

¡Gracias por escribirnos! Retapizar los 30 taburetes en polipiel negra de uso comercial sale a 38 £ cada uno, 1.140 £ en total, IVA aparte. Y sí, nos los podemos llevar de diez en diez: la furgoneta va a Glasgow los lunes, así que en tres semanas estaría todo hecho.

Un saludo,
Lucía""")),

    C("t47-vidal-cojines-banco", "es", "closed", {},
      "Carmen Vidal <carmen.vidal@vidal-correo.example>", "gmail_es", "Cojines para banco de cocina",
      "Made-to-measure cushions: 'Quisiera saber si...' plus two questions, all answered; thanks-only reply.",
      cu("11-05 17:30", """Hola:

Quisiera saber si hacéis cojines a medida para un banco de cocina. El banco mide 1,80 m y querría dos cojines de asiento y tres para el respaldo. ¿Qué relleno me recomendáis para que no se aplasten enseguida? ¿Y cuánto tardaríais?

Muchas gracias,
Carmen Vidal"""),
      ag("lucia", "11-06 09:15", """Hola, Carmen:

Sí, los hacemos a medida. Para el asiento te recomiendo espuma de alta densidad de 8 cm con una capa de fibra por encima: aguanta años sin aplastarse. Para el respaldo, mejor solo fibra, que es más blanda. Los tendrías en unas dos semanas desde que elijas la tela.

Un saludo,
Lucía"""),
      cu("11-06 13:40", """¡Genial, muchas gracias! El sábado me paso por el taller a ver telas.

Carmen""", thanks=True)),

    C("t48-ruiz-arquitectos-hotel", "es", "closed", {"unanswered-question": 1, "missed-follow-up": 1},
      "Alejandro Ruiz <alejandro.ruiz@ruiz-arquitectos.example>", "outlook", "Tapizado cabeceros y butacas - hotel Abercromby Place",
      "Madrid architects: fire certificates answered, the estimate promised with 'le escribo el lunes' never comes, the on-site installation question is skipped.",
      cu("11-05 10:00", """Estimada Lucía:

Le escribo en nombre del estudio Ruiz Arquitectos. Estamos reformando un pequeño hotel en Edimburgo (Abercromby Place) y necesitamos tapizar 22 cabeceros y 12 butacas. Quisiera saber si trabajan con tejidos ignífugos certificados para uso hotelero, y si podrían enviarnos un presupuesto orientativo antes del 20 de noviembre. ¿Podrían indicarnos también si hacen la instalación de los cabeceros en obra?

Un cordial saludo,
Alejandro Ruiz
Ruiz Arquitectos, Madrid""", uq=1),
      ag("lucia", "11-05 13:00", """Estimado Alejandro:

Muchas gracias por contar con nosotros. Sí, todos nuestros tejidos de contract tienen certificado ignífugo para uso hotelero (BS 5852, crib 5), con sus fichas técnicas. Para el presupuesto necesito revisar las medidas con el taller; le escribo el lunes con una cifra orientativa.

Un cordial saludo,
Lucía Ferrer""", promises=[("11-09", None)]), tz=1),

    C("t49-gomez-sofa-metros", "es", "pending", {"missed-follow-up": 1, "customer-chased": 1},
      "Marta Gómez <marta.gomez@gomez-familia.example>", "gmail_es", "Retapizar sofá",
      "Photos requested and sent; 'te escribo mañana con los metros' kept five days late, after '¿hay alguna novedad...? Sigo esperando'.",
      cu("11-10 19:45", """Hola, Lucía:

Os escribo porque queremos retapizar el sofá de tres plazas del salón. Tengo dos dudas: ¿podéis venir a recogerlo a Leith? Y, si nos traemos la tela de España (la hemos visto en una tienda de Valencia), ¿cuántos metros necesitaríais?

Gracias,
Marta"""),
      ag("lucia", "11-11 10:20", """Hola, Marta:

¡Claro! Leith nos pilla muy cerca, la furgoneta pasa los martes y los viernes. Para los metros necesito ver el sofá, aunque sea en fotos: ¿me mandas un par, de frente y de lado?

Un saludo,
Lucía"""),
      cu("11-11 21:00", """Aquí van, una de frente y otra de lado.

Marta""", attach=[("image/png", "sofa-frente.png", SOFA_PNG), ("image/png", "sofa-lado.png", SOFA_SIDE_PNG)]),
      ag("lucia", "11-12 09:30", """¡Gracias por las fotos, Marta! Se las enseño a Jamie en el taller y te escribo mañana con los metros.

Lucía""", promises=[("11-13", 6)]),
      cu("11-17 20:00", """Hola, Lucía, ¿hay alguna novedad con lo de los metros? Sigo esperando para encargar la tela, que tarda unas semanas en llegar desde Valencia.

Marta""", chase=True),
      ag("lucia", "11-18 09:00", """Perdona, Marta, se me pasó por completo. Con esa tela lisa necesitamos 11 metros; si al final elegís la de rayas, 13, para que casen las rayas en los cojines.

Un saludo,
Lucía""")),

    C("t50-green-room-banquette", "en", "open", {"unanswered-question": 2, "customer-chased": 1, "awaiting-reply": 1},
      "Hollie Cranston <hollie@thegreenroomcafe.example>", "gmail", "New café - banquette seating",
      "A numbered list of three: building from scratch answered, drawings and lead time not; a week later the customer writes that she is still waiting, with no reply since.",
      cu("11-10 09:30", """Hi,

We're opening a second café in Bruntsfield in January and want to use you for all the seating. A few questions:

1. Can you build a fixed banquette from scratch, about 5 metres along one wall, or do you only re-cover existing furniture?
2. Do you work from architects' drawings, or would you need to come and measure?
3. What's your lead time at the moment for a new build?

Thanks,
Hollie Cranston
The Green Room Café""", uq=2),
      ag("hamish", "11-10 14:00", """Hi Hollie,

Congratulations on the second café! Yes, we build banquettes from scratch - frame, springs, foam and cover - and 5 metres along one wall is a typical size for us.

Kind regards,
Hamish"""),
      cu("11-18 10:15", """Hi Hamish,

Still waiting to hear back on the drawings and the lead time - our shopfitter needs to know by the end of the month. Could you let me know?

Hollie""", chase=True)),
]

UNANSWERED: dict[str, list[str]] = {
    "t02-harbour-kitchen-banquettes": [
        "The invoice will need to be made out to Harbour Kitchen (Leith) Ltd rather than to me, as it's going through the company."],
    "t05-albers-esszimmerstuehle": [
        "Außerdem bräuchte ich die Rechnung bitte auf den Namen meines Mannes, Dr. Jonas Albers, weil das Konto auf ihn läuft."],
    "t07-calder-house-dining-chairs": [
        "And I'd like the invoicing split into two stages - half on the first batch, half at the end - if that's something you can do."],
    "t11-okafor-red-wine": [
        "Could you also remind me which fabric it is exactly, so I can tell the cleaner?"],
    "t18-ferguson-recliner-arms": [
        "Can the arms be padded out a bit more?"],
    "t19-buchanan-nursing-chair": [
        "My daughter thinks it might be quite old, and I'd love to know whether the frame is original Victorian, if you can tell that from looking at it, because we have no paperwork of any kind."],
    "t29-nisbet-footstool-afterthought": [
        "Oh, and I forgot to ask - could you also quote for the matching footstool?",
        "And is there a discount if we do all three at once?"],
    "t31-kerr-templated-reply": [
        "Do you offer any kind of payment plan?",
        "And how long does the fabric usually last on a re-covered piece, compared to a new sofa from a shop?"],
    "t33-munro-mark-on-arm": [
        "Was it there before it left the workshop?"],
    "t34-braeburn-care-home": [
        "Can the chairs be done on site, or do they have to go to your workshop?",
        "Please confirm your public liability insurance - our procurement team will need a copy of the certificate."],
    "t37-sutherland-deposit-invoice": [
        "And please send the deposit invoice to my wife, Eilidh, at eilidh.sutherland@sutherlandhome.example, and copy me in, as she handles the household payments."],
    "t38-rosenbaum-vorhaenge": [
        "Außerdem würden wir gerne wissen, ob Ihre Stoffe für den gewerblichen Einsatz schwer entflammbar sind.",
        "Und bitte schicken Sie uns vorab zwei, drei Stoffmuster in Blau- oder Grüntönen."],
    "t40-weber-naht-garantie": [
        "Und lässt sich der Bezug eigentlich waschen, oder nur chemisch reinigen?"],
    "t43-petit-canard-banquettes": [
        "Est-ce que le travail peut se faire sur place, ou faut-il tout démonter ?",
        "Enfin, merci de m'indiquer vos conditions de paiement (acompte, solde)."],
    "t45-girard-cuir": [
        "Je voudrais aussi savoir si le cuir d'origine pourrait être simplement nourri et recoloré plutôt que remplacé."],
    "t46-taberna-ortega-taburetes": [
        "Además, necesitamos que la factura lleve el número de registro de la empresa, SC612044, porque si no nuestra gestoría no la acepta."],
    "t48-ruiz-arquitectos-hotel": [
        "¿Podrían indicarnos también si hacen la instalación de los cabeceros en obra?"],
    "t50-green-room-banquette": [
        "Do you work from architects' drawings, or would you need to come and measure?",
        "What's your lead time at the moment for a new build?"],
}

# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(key: str) -> str:
    """The helpdesk's reference for the message ``key`` (stable, derived from the key)."""
    return f"TU-{int(mailcraft.h(key, 6), 16) % 90000 + 10000}"


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
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=WORKSHOP, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", WORKSHOP),
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
    for name in UNANSWERED:
        if name not in names:
            out.append(f"UNANSWERED names unknown case {name}")
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
            if m.kind == "html" and m.uq:
                out.append(f"{m.key}: a labelled question in an HTML-only message")
    return out


def cases_markdown(cases: list[Case]) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    return mailcraft.cases_table(f"{TITLE} - cases", "make_practice53_corpus.py", rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def readme(cases: list[Case]) -> str:
    """README.md: the company, how to regenerate, and the corpus figures (computed)."""
    msgs = [m for c in cases for m in c.msgs]
    roles = Counter(m.role for m in msgs)
    clean = sum(1 for c in cases if not c.rules)
    langs = Counter(c.lang for c in cases)
    statuses = Counter(c.status for c in cases)
    found = Counter()
    for c in cases:
        found.update(c.rules)
    asking = sum(1 for c in cases if c.uq)
    chased_cases = sum(1 for c in cases if c.rules.get("customer-chased"))
    lang_text = ", ".join(f"{LANG_NAMES[k]} {langs[k]}" for k in ("en", "de", "fr", "es"))
    rule_text = ", ".join(f"{r} {found[r]}" for r in RULES if found[r])
    contents = textwrap.fill(
        f"{len(cases)} cases, {len(msgs)} messages: {roles['customer'] + roles['auto']} in the inbox "
        f"({roles['customer']} customer mails, {roles['auto']} customer out-of-office reply), "
        f"{roles['agent']} support replies, {roles['ack']} helpdesk acknowledgements. {clean} clean "
        f"cases ({round(100 * clean / len(cases))} %). Languages: {lang_text}. Statuses: closed "
        f"{statuses['closed']}, pending {statuses['pending']}, open {statuses['open']}.", 92)
    contents += "\n\n" + textwrap.fill(
        f"Expected findings: {rule_text}. Labelled unanswered questions in {asking} cases; "
        f"chasing in {chased_cases} cases.", 92)
    return f"""# {TITLE} support

A labelled support mailbox written **without looking at the detection heuristics**
(`happyaudit/`) or at any other corpus's cases, so its figure is an unseen one. Use it to
measure, not to tune: once the heuristics have been changed because of its cases, it is no
longer unseen.

- Company: **Thistledown Upholstery**, a reupholstery and soft-furnishings workshop in Leith,
  Edinburgh: quotes for re-covering sofas and chairs, fabric samples and sample books,
  collection and delivery by the workshop van, foam replacement, curtains, cushions and
  headboards, and trade work for cafés, pubs, hotels and a care home. Support address
  `workshop@thistledownupholstery.example`; agents Fenella Brodie (quotes), Callum Ashdown
  (collections and deliveries), Priya Lockhart (fabrics and samples), Hamish Greer (trade
  accounts), Sabine Kröger (German), Aurélie Ménard (French) and Lucía Ferrer (Spanish), all
  `@thistledownupholstery.example`. A helpdesk robot (`Auto-Submitted: auto-replied`)
  acknowledges a few mails with "we aim to reply to every enquiry within one working day" -
  service-hours text, not a commitment.
- Customers are households, landlords, interior designers and trade buyers on `*.example`
  domains. Everything is invented.
- Audit at **as_of = 2026-11-20T17:00:00+00:00** (a Friday) with the contract defaults
  (response target 24 h, follow-up window 2 days, close-after 7 days, handoff limit 2) and
  `--support-domain thistledownupholstery.example`.

```
python scripts/make_practice53_corpus.py                      # regenerate (deterministic, stdlib only)
python scripts/make_practice53_corpus.py --out /tmp/p53       # ... into another folder
python scripts/evaluate.py --corpus tests/practice53          # accuracy of the current tool
python -m pytest -q tests/test_practice53_corpus.py
```

Layout, `labels.json` format and labelling conventions are those of `tests/eval/` (see
tests/eval/README.md); a question deferred with a promise counts only as that promise.
`CASES.md` is the generated per-case table. This README is generated too. Do not edit
generated files; edit the script and rerun it. The script keeps the facts next to each
message, recomputes status and every rule count from them and the dates, and refuses to
write when they disagree with the hand-written labels, when a labelled question is not
verbatim in a customer's own text of the case, or when the written mail does not parse back.

## Contents

{contents}

By design:

- Customer mails ask two to four things in many forms: direct questions, "I was wondering
  whether", "Could you tell me if", "Quisiera saber si", "Je voudrais aussi savoir si",
  requests without a question mark ("Please send us a few vinyl samples", "I need a copy of
  the invoice", "Und bitte schicken Sie uns vorab ..."), statements of need ("The invoice will
  need to be made out to ..."), numbered and dashed lists, one question buried in a long
  personal paragraph (t19), afterthoughts in a later mail (t29).
- Answers in the agents' own words: out of order in one paragraph (t01, t06), inline under
  quoted lines (t03, t26 with a bare figure and "Yes."), two answers in one sentence (t36
  "Yes to both"), attachments only (t27 "Both attached."), links only (t28), by a colleague
  (t07, t23, t24, t33).
- Unanswered questions of the realistic kind: a secondary request skipped (t02, t05, t07,
  t37, t46), a neighbouring question answered instead (t18 seat softness for arm padding), a
  templated reply (t31), half of a list (t34, t38, t43, t50), an afterthought ignored (t29),
  a question left aside next to a promise (t33, t40, t48).
- Not questions: a rhetorical question and a self-answered one (t10), pleasantries ("Hope
  you're all keeping well?", "Hope you had a good weekend?"), a forwarded supplier
  confirmation with its own questions in an HTML-only mail (t17), signatures with "?" URLs
  (t15, t30, Priya's signature), thanks-only mails (t01, t02, t05, t12, t21, t30, t39, t42,
  t47).
- Commitments kept on time (t07 by a colleague, t20 "early next week", t23 "he'll be in touch
  tomorrow"), kept late = missed (t04, t09, t25, t33, t41, t44, t49), never kept (t22 with
  no deadline, t24, t32 "by end of day", t40 "ich melde mich morgen", t48 "le escribo el
  lunes"), a deadline still ahead at audit time (t21, Monday 23 November). Not commitments:
  visits and van dates (t09, t12, t36), "the driver rings half an hour before" (t23),
  conditional offers (t30, t34, t43), the acknowledgement's service-hours text.
- Chasing: "Just following up", "any news on", "I'm still waiting", "I haven't heard back"
  in a fresh mail without threading headers (t33), a resend of the whole mail as a new
  message (t16), a chase replying to the customer's own mail (t25, chasing twice),
  "gibt es schon etwas Neues", "Je me permets de vous relancer", "¿hay alguna novedad...?
  Sigo esperando", and an unanswered chase left open (t50).
- Status and timing: open cases awaiting a reply (t13, t50) and a fresh one inside the
  target (t14), slow first responses over a weekend (t11) and after a lost mail (t16), an
  explicit close followed by a new problem (t12) and a `[Resolved]` subject tag followed by a
  new request (t36), three agents on one case (t24).
- Mail variety: Gmail (en/de/es), Outlook desktop (en/de), Outlook on the web, Outlook for
  Android, Apple Mail (en/fr), iPhone, Thunderbird (en/de); top-posted and inline replies;
  plain 7bit, quoted-printable, base64 (t35), multipart/alternative, HTML-only (t17); PNG
  photos and PDF quotes, certificates, invoices and forms; a customer out-of-office reply
  (t15); customers in UTC+1 (Hamburg, Zurich, Lyon, Madrid); mail addressed to an agent
  directly and a Cc.
"""


def write_files(cases: list[Case], out: Path) -> None:
    """The mailbox, labels.json, CASES.md and README.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, "mx1.thistledownupholstery.example")
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
        raise SystemExit("refusing to write tests/practice53:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit("refusing to write tests/practice53:\n  " + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md", "README.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main() -> None:
    """Command line: regenerate tests/practice53 (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "practice53")
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out}: {len(CASES)} cases, {sum(len(c.msgs) for c in CASES)} messages")


if __name__ == "__main__":
    main()
