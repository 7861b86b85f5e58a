#!/usr/bin/env python3
"""Regenerate ``tests/practice104/``: a labelled corpus of Marlcombe Timber & Joinery.

A support mailbox of a fictional Devon timber merchant and joinery workshop (cut-to-size
boards, sheet materials, decking and cladding, oak beams, bespoke doors, windows and stairs
from the joinery shop, trade accounts, flatbed and crane deliveries, collections from the
yard, treatment and moisture content, samples, quotes and invoices), written without looking
at the detection heuristics, with many customer questions. Audited at ``AS_OF`` =
2026-11-20T17:00:00+00:00 with the contract defaults (response target 24 h, follow-up window
2 days, close-after 7 days, handoff limit 2), support domain ``marlcombetimber.example``.

Writes

* ``<out>/mailbox/inbox.mbox`` - customer mail and customers' automatic replies (mboxrd),
* ``<out>/mailbox/Sent/``      - Maildir: support replies in ``cur/`` (flag S), helpdesk
  acknowledgements (``Auto-Submitted: auto-replied``) in ``new/``,
* ``<out>/labels.json``        - the labels (format of tests/eval/README.md),
* ``<out>/CASES.md``           - the per-case table generated from the labels.

Every message carries its own facts (role, date, thanks-only, explicit close, chase, promises
with their deadline and the message that kept them, how many questions it leaves unanswered).
The script (with the shared machinery of ``scripts/practice_machinery.py``) recomputes status and
every rule count from those facts and the dates, and refuses to write when they disagree with
the hand-written case labels, or when a labelled question is not verbatim in the customer's
own text of that case.

Deterministic (no clock, no randomness) and standard library only.

Usage: python scripts/make_practice104_corpus.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mailcraft
import practice_machinery
from practice_machinery import C, Case, ack, ag, auto, cu

NAME = "practice104"
SUPPORT_DOMAIN = "marlcombetimber.example"
ORDERS = "Marlcombe Timber Sales <sales@marlcombetimber.example>"

AGENTS = {
    "bryony": ("Bryony Huxtable <bryony@marlcombetimber.example>", "thunderbird", """-- 
Bryony Huxtable
Sales Office & Trade Counter | Marlcombe Timber & Joinery
Station Yard, Marlcombe, Devon | 01632 960418
Cutting lists welcome: https://marlcombetimber.example/cutting-list?ref=sig"""),
    "dan": ("Dan Yeo <dan@marlcombetimber.example>", "outlook", """Dan Yeo
Yard Manager & Deliveries | Marlcombe Timber & Joinery
Crane deliveries need a firm, level 4m x 10m standing area. Not sure? Ask before you book."""),
    "kerensa": ("Kerensa Pascoe <kerensa@marlcombetimber.example>", "owa", """Kerensa Pascoe
Accounts & Credit Control | Marlcombe Timber & Joinery

This e-mail and any attachment are confidential and intended only for the addressee. If you
have received it in error please tell us and delete it. Marlcombe Timber Ltd, reg. no. 04417732."""),
    "gareth": ("Gareth Luxton <gareth@marlcombetimber.example>", "apple", """Gareth Luxton
Joinery Workshop | Marlcombe Timber & Joinery
https://marlcombetimber.example/joinery?from=email"""),
    "lukas": ("Lukas Brenner <lukas@marlcombetimber.example>", "thunderbird_de", """-- 
Lukas Brenner
Kundenbetreuung Deutsch | Marlcombe Timber & Joinery
https://marlcombetimber.example/de?ref=signatur"""),
    "aurelie": ("Aurélie Cadiou <aurelie@marlcombetimber.example>", "apple_fr", """Aurélie Cadiou
Clientèle francophone | Marlcombe Timber & Joinery
+44 1632 960421"""),
    "nuria": ("Nuria Ballester <nuria@marlcombetimber.example>", "gmail_es", """--
Nuria Ballester
Atención al cliente en español | Marlcombe Timber & Joinery
+44 1632 960423"""),
}

ACK = {
    "en": """Hello,

Thank you for contacting Marlcombe Timber & Joinery. This is an automatic reply to let
you know your message has reached us and is logged as {ref}.

The sales office and trade counter are open Monday to Friday 7:30am-5pm and Saturday
8am-12 noon, and we aim to reply within one working day. For changes to a delivery
booked for today, please ring the yard on 01632 960418.

Marlcombe Timber & Joinery, Station Yard, Marlcombe, Devon
https://marlcombetimber.example/contact?ticket={ref}""",
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
    "helpdesk": ["X-Mailer: Marlcombe Desk 2.7"],
}
PROFILE = mailcraft.Profile(support_domain=SUPPORT_DOMAIN, client_headers=CLIENT_HEADERS,
                            support_id_prefix="mt.", outlook_server="CWLP265")
REPLY_PREFIX = {"outlook": "RE: ", "owa": "RE: ", "android": "RE: ", "outlook_de": "AW: "}

COMPANY = practice_machinery.Company(
    name="practice104", title="Marlcombe Timber & Joinery", desk=ORDERS, agents=AGENTS,
    ack=ACK["en"], profile=PROFILE, ticket_prefix="MT-", reply_prefix=REPLY_PREFIX, reply_to_agent=True)


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------

DECKING_QUOTE_PDF = mailcraft.pdf(["Marlcombe Timber & Joinery - Quotation Q-11482",
                                   "Siberian larch decking 28 x 145 SBS, 3.6m and 1.8m: 24m2 + 10%",
                                   "C24 treated joists 47 x 150 x 4.8m: 14",
                                   "Treated posts 100 x 100 x 2.4m: 12",
                                   "Total GBP 1,694.40 inc VAT. Delivery Topsham: free (Thursday run)"])
TRADE_FORM_PDF = mailcraft.pdf(["Trade account application - Chubb Building Services Ltd",
                                "Company no. 09912345, 14 Gold Street, Tiverton EX16",
                                "Trade references: Exe Valley Plumbers Merchants; Culm Roofing Supplies",
                                "Signed: L. Chubb, director"])
DOOR_PHOTO_PNG = mailcraft.png(10, 14, lambda x, y: (120 + 6 * x, 82 + 3 * y, 40))
DOOR_QUOTE_PDF = mailcraft.pdf(["Marlcombe Joinery - Quotation J-2241",
                                "Ledged and braced door, air-dried English oak, 838 x 1952 opening",
                                "Four-pane glazed top, slim DGUs for listed buildings",
                                "Hung on existing frame, oiled: GBP 1,960 inc VAT. Lead time 5 weeks"])
DEPOSIT_PDF = mailcraft.pdf(["Marlcombe Timber Ltd - Invoice INV-77341 (deposit 30%)",
                             "Ashplant Surveying Ltd, 4 Bampton Street, Tiverton EX16 6AA",
                             "13 oak stair treads 1000 x 250 x 32 bullnose; mopstick handrail 3.6m",
                             "Deposit due: GBP 303.48"])
SCHEDULE_PDF = mailcraft.pdf(["Luscombe Property - window board schedule, Regent Court flats 1-6",
                              "31 boards, sapele, bullnose front, depths 180-260mm",
                              "Lengths per opening plus 2 x 40mm horns"])
CUTTING_LIST_PDF = mailcraft.pdf(["Gorman Builders - cutting list, Widdicombe barn, Hatherleigh",
                                  "C24 47 x 200 joists x 38 @ 4.8m; 47 x 100 studs x 120 @ 3.0m",
                                  "Green oak purlins 200 x 225 x 5.4m: 4",
                                  "Plus 45 sheets 18mm OSB3 to price separately"])
ROOF_QUOTE_PDF = mailcraft.pdf(["Marlcombe Timber & Joinery - Quotation Q-11561",
                                "Widdicombe barn roof and floor timbers per Gorman cutting list",
                                "C24 sawn GBP 3,412.00; green oak purlins GBP 1,328.00",
                                "OSB3 18mm x 45 at GBP 21.40 = GBP 963.00 (ex VAT)"])
OAK_BEAM_QUOTE_PDF = mailcraft.pdf(["Marlcombe Timber & Joinery - Angebot Q-11431",
                                    "12 Balken Eiche (green oak) 200 x 200 mm x 4,5 m",
                                    "Spedition Exeter - Allgaeu, 2 Langgut-Paletten",
                                    "Gesamt GBP 4.870,00 inkl. Fracht, Zollpapiere"])
GATE_QUOTE_PDF = mailcraft.pdf(["Marlcombe Joinery - Angebot J-2250",
                                "Zweifluegeliges Gartentor Eiche, 3,2 m x 1,5 m, gerade",
                                "Gestemmt und verzapft, geoelt",
                                "GBP 2.680,00 inkl. MwSt., Lieferung Salcombe inklusive"])
POUTRES_PDF = mailcraft.pdf(["Marlcombe Timber & Joinery - Devis Q-11409",
                             "6 poutres chene vert 225 x 175 mm x 4,8 m",
                             "Livraison camion-grue Okehampton comprise",
                             "Total GBP 1 890,00 TTC. Delai : trois semaines"])
PERGOLA_PNG = mailcraft.png(16, 10, lambda x, y: (230, 225 - 4 * y, 200 - 6 * x))
VENTANAS_PDF = mailcraft.pdf(["Marlcombe Joinery - Presupuesto J-2262",
                              "3 ventanas abatibles pino, pintadas en blanco, doble acristalamiento",
                              "600 x 900 (2), 1200 x 1000 (1)",
                              "Total GBP 2.140,00 IVA incluido. Plazo: seis semanas"])

CASES: list[Case] = [
    C("m01-alcove-shelves", "en", "closed", {},
      "Harriet Penwarden <harriet.penwarden@example.com>", "gmail",
      "Cut to size oak veneered MDF for alcove shelves",
      "Three questions (cut sizes, edge-banding, Saturday collection) answered out of order in one paragraph; the customer confirms and the order is booked.",
      cu("11-03 08:12", """Hi,

I'm putting shelves into the two alcoves either side of our chimney breast and would rather not wrestle full sheets into the car. Could you cut 18mm oak veneered MDF into six pieces at 890 x 280mm? Do you lip or edge-band the front edges, or would I need to do that myself with iron-on veneer? And if I ordered today, would it be ready to collect on Saturday morning?

Thanks,
Harriet Penwarden"""),
      ag("bryony", "11-03 10:05", """Hi Harriet,

Saturday morning is fine - the yard is open 8 till 12 and your pieces would be on the rack behind the trade counter with your name on them. We can edge-band the front edges for you on the panel saw line with matching 22mm oak tape at 80p a metre, which is neater than iron-on and won't lift over a radiator, and 18mm oak veneered MDF at 890 x 280 is no trouble at all: six pieces come out of one 2440 x 1220 sheet with room to spare. The sheet is £64.80, cutting £1.50 a cut, so with the banding you're looking at £82.38 inc VAT all in. Just say the word and I'll put it through.

Bryony"""),
      cu("11-03 12:30", """Lovely - yes please, go ahead with the banding. I'll pay when I collect on Saturday.

Harriet"""),
      ag("bryony", "11-03 13:02", """Done - order MT-40117, ready for Saturday morning.

Bryony"""),
    ),
    C("m02-larch-decking-quote", "en", "closed", {"unanswered-question": 1},
      "Tom Ridd <tom@riddlandscapes.example>", "outlook",
      "Quote - larch decking, approx 24m2",
      "Landscaper's quote request: the PDF quote covers boards, joists and posts and answers the drying question, but the fixings he asked to have added in passing are left off.",
      cu("11-04 07:41", """Morning,

Can you price up the following for a job in Topsham please:

- 24m2 of Siberian larch decking, 28 x 145 smooth both sides, lengths 3.6m if you have them
- 47 x 150 C24 treated joists to suit, 400 centres, area is 5.4m x 4.4m
- 100 x 100 treated posts x 12 at 2.4m

I'll also need the hidden fixing clips and the stainless screws for the clips, please add those to the quote as well so it's all on one.

Are the larch boards kiln dried? Last lot I had from somebody else cupped badly.

Cheers
Tom Ridd
Ridd Landscapes
07700 900318""", uq=1),
      ag("bryony", "11-04 11:20", """Hi Tom,

Quote Q-11482 attached for the larch, joists and posts. For 4.4m x 5.4m at 400 centres you need 14 joists at 4.8m (I've allowed one extra for noggins) and I've priced the boards in 3.6m and 1.8m so you can stagger the joints.

The larch is air dried and then kiln finished to around 16-18%, so it should behave a lot better than green stock. Stack it flat with spacers for a few days on site before you lay it and it'll settle.

Quote's valid 30 days and delivery to Topsham is free on our Thursday flatbed run.

Bryony""", attach=[("application/pdf", "Q-11482 Ridd Landscapes.pdf", DECKING_QUOTE_PDF)]),
      cu("11-04 12:02", """Cheers Bryony, I'll run it past the client and let you know.

Tom""", thanks=True),
    ),
    C("m03-air-dried-oak-mantel", "en", "closed", {"unanswered-question": 1},
      "Gwen Lethbridge <gwen.lethbridge@example.org>", "gmail",
      "Oak beam for fireplace mantel",
      "Asked for the price of an air-dried mantel beam instead of green oak; the joiner quotes the green oak price she already had (and planing), not the air-dried one.",
      cu("11-05 19:48", """Hello,

We're opening up the fireplace in our cottage and want a chunky oak beam as a mantel over the woodburner. The opening is 1.9m so I was thinking a 2.4m length of 200 x 200 to get a good bearing each side.

I see on your website you list green oak at £148 for a 2.4m 200x200. How much would a 2.4m length cost in air-dried oak rather than green? Someone at the pub told me green oak will split and twist over a stove. Also, can you plane and oil it for us, or does it only come rough sawn?

Many thanks
Gwen""", uq=1),
      ag("gareth", "11-06 09:15", """Hi Gwen,

Lovely project. A 2.4m length of 200 x 200 green oak is £148 inc VAT, as on the website, and yes, we can plane all four faces and finish it with hardwax oil in the workshop for £65 - allow about a week for that.

Your friend at the pub isn't wrong: green oak over a woodburner will check (open up along the grain) as it dries, and some people like that look. It won't fall apart, but it will move.

Best wishes
Gareth"""),
      cu("11-06 21:10", """Thanks Gareth, that's helpful. We'll have a think and come back to you.

Gwen""", thanks=True),
    ),
    C("m04-trade-account-inline", "en", "closed", {},
      "Lee Chubb <lee@chubbbuild.example>", "outlook",
      "Trade account application",
      "Builder's three account questions answered inline under each quoted question; the promise that the account number follows by Wednesday is kept by a colleague in accounts.",
      cu("11-02 08:30", """Hi,

We're a small building firm in Tiverton (four of us) and we've started using you a lot for sheet materials, so it makes sense to open a trade account. The application form from your website is attached.

What credit limit would you normally start a new account on?
Is it 30 days end of month or 30 days from invoice?
Do trade prices apply to the joinery shop as well, or only to the yard?

Regards,
Lee Chubb
Director, Chubb Building Services Ltd""", attach=[("application/pdf", "Trade application - Chubb Building Services.pdf", TRADE_FORM_PDF)]),
      ag("bryony", "11-02 14:05", """Hi Lee,

Thanks for the form - answers below.

On 11/2/26 8:30 AM, Lee Chubb wrote:
> What credit limit would you normally start a new account on?

£2,500 to begin with, reviewed after three months of trading.

> Is it 30 days end of month or 30 days from invoice?

30 days end of month.

> Do trade prices apply to the joinery shop as well, or only to the yard?

Both - trade accounts get 10% off bespoke joinery as well.

The references usually take a day or two, so the account should be live by Wednesday; Kerensa in accounts will email you the account number by then.

Bryony""", quote=False, promises=[("11-04", 3)]),
      ag("kerensa", "11-04 09:40", """Dear Lee,

Your trade account is open: account number CHU0142, credit limit £2,500, terms 30 days end of month. Quote the account number at the trade counter or on orders by email and it'll go on account.

Kind regards
Kerensa"""),
    ),
    C("m05-crane-over-wall", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Mark Vosper <markvosper@example.net>", "gmail",
      "Crane delivery - sheet packs over garden wall?",
      "The crane question is deferred to 'by Wednesday' and answered only on Friday after the customer chases; the pallet question is never answered.",
      cu("11-09 09:02", """Hi there,

I've ordered 40 sheets of 18mm OSB3 and 30 sheets of 12.5mm plasterboard for a garage conversion (order MT-40388). Our drive is narrow and there's a 2m stone wall between the lane and the garden. Can your crane lorry lift the packs over the wall and set them down on the lawn? It's about 6m from the kerb to where I'd want them.

Also, will the driver take the pallets back afterwards or are they mine to get rid of?

Mark""", uq=1),
      ag("dan", "11-09 11:30", """Hi Mark,

The crane on our flatbed reaches 8.5m, but what it can lift at that distance depends on the weight of each pack and on whether the lorry can get its legs down in your lane. Let me check with Jago, who drives that round, and I'll come back to you by Wednesday.

Dan""", promises=[("11-11", 4)]),
      cu("11-12 16:20", """Hi Dan,

Any news from the driver about lifting over the wall? Delivery is meant to be Monday and I need to know whether to hire a telehandler instead.

Mark""", chase=True),
      ag("dan", "11-13 08:05", """Morning Mark,

Sorry - Jago's been off most of the week. He went past your place on the way in this morning: the lorry can set up in the lane opposite your gate and the crane will put both packs on the lawn, no problem. Monday stands.

Dan"""),
    ),
    C("m06-oak-front-door", "en", "pending", {},
      "Claire Stapledon <claire.stapledon@example.com>", "iphone",
      "Bespoke oak front door",
      "Joiner answers and asks for measurements and photos; the customer's second mail sends exactly those (not a chase), and the quote follows as a PDF.",
      cu("11-12 18:33", """Hi, we're after a new front door for a listed cottage in Chagford - the conservation officer wants like for like, a ledged and braced oak door with a small glazed panel at the top. Do you make these in your joinery shop? And roughly what would one cost? The frame is staying.

Claire

Sent from my iPhone"""),
      ag("gareth", "11-13 08:50", """Hi Claire,

Yes, we make them - ledged and braced oak doors are most of what we do for listed buildings around the moor. Price depends on size and glazing, but typically £1,400 to £2,200 made and finished, before fitting.

To quote properly could you send me the width and height of the opening inside the frame (three measurements each way, as old frames are rarely square) and a couple of photos of the existing door, front and back?

Gareth"""),
      cu("11-13 20:15", """Hi Gareth, photos attached. Widths 838, 840 and 836mm, heights 1952, 1955 and 1950mm. The glazed panel at the top is four little panes.

Claire

Sent from my iPhone""", attach=[("image/png", "IMG_4471.png", DOOR_PHOTO_PNG)]),
      ag("gareth", "11-16 10:30", """Hi Claire,

Thanks, that's everything I needed. Quote attached: a ledged and braced door in air-dried English oak, four-pane glazed top with slim double-glazed units of the kind approved for listed buildings, hung on your existing frame and oiled - £1,960 inc VAT. Lead time is five weeks from the deposit.

Gareth""", attach=[("application/pdf", "J-2241 Stapledon front door.pdf", DOOR_QUOTE_PDF)]),
    ),
    C("m07-sash-windows-list", "en", "closed", {"unanswered-question": 2},
      "Robert Hext <r.hext@hextarchitects.example>", "owa",
      "Box sash windows - Exeter terrace",
      "Architect's numbered list of four questions; the joiner answers the first two (lead time, glazing) and skips finish and fitting.",
      cu("11-04 13:10", """Good afternoon,

I'm specifying replacement box sash windows for a client's Victorian terrace in St Leonards, Exeter - eight windows, roughly 900 x 1650 each, full schedule to follow. A few questions before I put your joinery shop forward:

1. What is your current lead time for a run of eight?
2. Can you do slim double-glazed units with a putty-line look, or single glazing only?
3. Do they leave the workshop primed only, or fully painted?
4. Do you fit, or supply only?

Kind regards,

Robert Hext RIBA
Hext Architects, 22 Southernhay East, Exeter""", uq=2),
      ag("gareth", "11-05 09:20", """Hello Robert,

Thanks for thinking of us. For eight windows we're currently at nine to ten weeks from signed drawings.

We do slim double-glazed units (14mm, with a putty-line glazing bar profile) that Exeter's conservation team have accepted on several jobs in St Leonards, so that shouldn't be a problem; single glazing with restoration glass is also an option if the officer prefers.

Happy to come and measure once the schedule is through.

Gareth"""),
      cu("11-05 10:02", """Thank you Gareth, very helpful. Schedule to follow next week.

Robert""", thanks=True),
    ),
    C("m08-marine-ply-cuts", "en", "closed", {},
      "Jess Mudge <jessmudge@example.net>", "android",
      "Marine ply cut in half",
      "Van fit-out: answered inline with a bare 'Of course.' and a bare figure.",
      cu("11-10 07:15", """Hi, I'm fitting out a van and need 3 sheets of 12mm marine ply. Could you rip them in half lengthways for me so they fit in my car? How much per cut? I'll be in Thursday afternoon to collect.

Jess

Get Outlook for Android"""),
      ag("bryony", "11-10 08:40", """Hi Jess,

On 11/10/26 7:15 AM, Jess Mudge wrote:
> Could you rip them in half lengthways for me so they fit in my car?

Of course.

> How much per cut?

£1.50.

They'll be on the rack by the trade counter for Thursday afternoon under your name.

Bryony""", quote=False),
    ),
    C("m09-treated-posts-cut-ends", "en", "closed", {},
      "Oliver Blight <oliver.blight@example.com>", "gmail",
      "Green tinge on fence posts",
      "A rhetorical question and a self-answered one around the real question, which is answered with only a link; thanks-only close.",
      cu("11-09 12:40", """Hi,

Picked up 20 treated 75x75 fence posts from you last week. Some are bright green, some almost yellow-brown - who knew pressure treated timber came in so many shades? Anyway, is there anything I should do to the cut ends before they go in the ground? Where's the treatment certificate for the batch? Actually ignore that last one, it's printed on the end tags.

Oliver"""),
      ag("dan", "11-09 14:05", """Hi Oliver,

All in here: https://marlcombetimber.example/guides/treated-timber-cut-ends

Dan"""),
      cu("11-09 14:31", """Perfect, ta.""", thanks=True),
    ),
    C("m10-delivery-slot-handover", "en", "closed", {},
      "Sophie Kingdon <sophie@kingdonbuild.example>", "apple",
      "Delivery slot for Wednesday - Ashburton site",
      "Sales answers the delivery-note request and hands the timing question to the yard manager, who answers it the next day as promised (kept by a colleague); thanks-only.",
      cu("11-09 08:05", """Hi Bryony,

Can you tell me what time Wednesday's delivery to the Ashburton site will arrive? Our banksman is only on site until 1pm. And can the driver bring the delivery note for the joists with him this time - the last one went missing.

Thanks
Sophie Kingdon
Kingdon Build Ltd""", to="Bryony Huxtable <bryony@marlcombetimber.example>"),
      ag("bryony", "11-09 09:10", """Hi Sophie,

I've asked for the delivery note to travel in the cab with the joists, and the driver will hand it to your banksman.

Run times are Dan's department - I've passed your message on and he'll be in touch tomorrow with a slot.

Bryony""", promises=[("11-10", 3)]),
      ag("dan", "11-10 10:20", """Hi Sophie,

You're first drop on Wednesday's run: the lorry leaves the yard at 7 and should be with you by 8:30, well before your banksman goes.

Dan"""),
      cu("11-10 10:45", """Brilliant, thanks both.

Sophie""", thanks=True),
    ),
    C("m11-stair-treads-three-agents", "en", "pending", {"many-handoffs": 1},
      "Peter Ashplant <peter.ashplant@example.org>", "gmail",
      "Oak stair treads and handrail",
      "Sales, the joinery workshop and accounts all reply on one order (three agents); every question is answered and the hand-over promise is kept.",
      cu("11-10 10:15", """Hello,

We'd like 13 oak stair treads, 1000 x 250 x 32mm with a bullnose front edge, and a matching handrail 3.6m long. Can you make these in your workshop? We'll also need it invoiced to my company rather than to me personally - is that ok?

Peter Ashplant"""),
      ag("bryony", "11-10 11:00", """Hi Peter,

Invoicing to your company is fine - just send me the company name and registered address when you order.

Treads and handrail are a workshop job, so I've passed your message to Gareth in the joinery shop and he'll reply with a price.

Bryony""", promises=[("window", 3)]),
      ag("gareth", "11-11 09:30", """Hi Peter,

Yes, we can make those: 13 treads in prime European oak, 32mm, bullnose front edge, sanded ready for finishing, at £68 each, and a 3.6m mopstick handrail in matching oak at £96. About three weeks from order.

Gareth"""),
      cu("11-11 19:00", """Great, please go ahead. The company is Ashplant Surveying Ltd, 4 Bampton Street, Tiverton EX16 6AA. Do you need a deposit?

Peter"""),
      ag("kerensa", "11-12 09:10", """Dear Peter,

I've set the order up under Ashplant Surveying Ltd. Workshop orders take a 30% deposit, which is £303.48 - the invoice is attached and can be paid by card over the phone or by bank transfer.

Kind regards
Kerensa""", attach=[("application/pdf", "INV-77341.pdf", DEPOSIT_PDF)]),
      cu("11-16 08:20", """Deposit paid this morning by bank transfer, reference ASHPLANT.

Peter"""),
      ag("kerensa", "11-16 11:45", """Dear Peter,

Received with thanks - the workshop will start on the treads this week.

Kind regards
Kerensa"""),
    ),
    C("m12-skirting-reopened", "en", "pending", {"reopened": 1},
      "Alan Northcott <alan.northcott@example.net>", "thunderbird",
      "Torus skirting order MT-40211",
      "Answered and explicitly marked as resolved; eleven days later the customer finds the wrong profile in the pack (reopened), and both new questions are answered.",
      cu("11-05 09:30", """Hello,

I ordered 10 lengths of 144mm torus skirting in primed MDF, to collect (MT-40211). When will it be ready? Also can I add 6 lengths of matching architrave to the same order?

Alan Northcott"""),
      ag("bryony", "11-05 10:45", """Hi Alan,

I've added 6 lengths of matching 69mm torus architrave to MT-40211 at £8.40 a length. Everything's ready now, so collect whenever suits - we're open till 5.

I'll mark this one as resolved; just reply if you need anything else.

Bryony""", closes=True),
      cu("11-16 08:55", """Hi Bryony,

I collected on Friday, but when I unwrapped the skirting at home four of the ten lengths are ogee, not torus. Can I bring those four back and swap them? And will the torus still match the architrave, as the architrave was from a different batch?

Alan"""),
      ag("bryony", "11-16 11:20", """Hi Alan,

Sorry about that - the ogee and torus packs sit side by side in the rack. Bring the four back any time and we'll swap them at the counter; I've put four torus lengths aside with your name on. Skirting and architrave come from the same moulding mill on the same profile knives, so they'll match.

Bryony"""),
    ),
    C("m13-invoice-credit-note", "en", "open",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1, "awaiting-reply": 1},
      "Donna Pengelly <accounts@pengellyjoinery.example>", "outlook",
      "Invoice INV-77120 - delivery charged twice",
      "Accounts promise a credit note 'tomorrow' that never comes and ignore the change of invoice address; the customer chases and is still waiting.",
      cu("11-11 10:12", """Hi,

Invoice INV-77120 has the delivery charge on it twice (£45 on line 3 and again on line 9). Could you send a credit note for the duplicate?

Also, could you change the email address your invoices come to? They currently go to Steve, who has left us; please use accounts@pengellyjoinery.example from now on.

Thanks,
Donna Pengelly
Accounts, Pengelly Joinery Ltd""", uq=1),
      ag("kerensa", "11-11 14:30", """Dear Donna,

You're right, the delivery has gone on twice - apologies. I'll raise a credit note for £45 + VAT and send it over tomorrow.

Kind regards
Kerensa""", promises=[("11-12", None)]),
      cu("11-18 09:05", """Hi Kerensa,

I still haven't received the credit note for INV-77120. Our month end is Friday - can you send it today please?

Donna""", chase=True),
    ),
    C("m14-scaffold-boards-fresh", "en", "open", {},
      "Hannah Brimblecombe <hannah.brimblecombe@example.com>", "gmail",
      "Scaffold boards for raised beds",
      "A fresh enquiry on the audit morning with only the helpdesk acknowledgement ('we aim to reply within one working day'): inside the response target.",
      cu("11-20 09:42", """Hi,

Do you sell new scaffold boards (not the reclaimed ones) in 3.9m lengths? I'd like 12 for raised veg beds. Are they treated, and could you deliver to Bovey Tracey on a Saturday?

Thanks,
Hannah"""),
      ack("11-20 09:43"),
    ),
    C("m15-cedar-cladding-weekend", "en", "pending", {"slow-first-response": 1},
      "Ian Westaway <ian.westaway@example.org>", "apple",
      "Cedar cladding for garden office",
      "Sent on Friday afternoon, acknowledged automatically, answered on Monday morning: slow first response; both questions answered.",
      cu("11-13 15:40", """Hello,

I'm building a garden office, 3m x 4m, and want to clad it in western red cedar. What profile would you recommend - shiplap or channel? And what's the price per metre for your 18mm cedar? I'd need roughly 30m2 of coverage.

Regards
Ian Westaway"""),
      ack("11-13 15:41"),
      ag("bryony", "11-16 09:25", """Hi Ian,

Sorry for the wait - your mail came in just as the office was closing for the weekend.

For a garden office I'd go for channel: the shadow gap looks crisp and it sheds water well. Our 18 x 119mm channel WRC is £7.95 per linear metre, and for 30m2 you'd want about 315 linear metres, which includes 10% for waste.

Bryony"""),
    ),
    C("m16-cladding-samples", "en", "closed", {"unanswered-question": 1},
      "Rachel Coombe <rachel@coombedesign.example>", "gmail",
      "Cladding samples please",
      "Samples are sent the same day (a logistics statement, not a promise) but the price list she also asked for never comes; thanks-only when the samples arrive.",
      cu("11-06 11:00", """Hi,

Could you send me samples of your Siberian larch, western red cedar and the charred (shou sugi ban) larch cladding? I'm presenting options to a client on the 16th. Could you also send a price list for the cladding profiles?

Address: Coombe Design, Unit 3, Haldon Business Park, Exeter EX6 7XR.

Thanks,
Rachel Coombe""", uq=1),
      ag("bryony", "11-06 14:10", """Hi Rachel,

Samples of all three went out this afternoon by Royal Mail first class, so they should be with you on Monday. The charred larch sample is sealed but can still mark light fabrics, so handle with care at the presentation!

Bryony"""),
      cu("11-09 11:15", """Samples arrived this morning, thanks - they look great.

Rachel""", thanks=True),
    ),
    C("m17-flooring-moisture-readings", "en", "closed", {},
      "Simon Lerwill <simon@lerwillflooring.example>", "outlook",
      "Moisture content - oak flooring boards",
      "The end-matching question is answered at once; the moisture readings are promised for the next morning and delivered on time; thanks-only.",
      cu("11-02 09:00", """Hi,

Before I fit 40m2 of your 20mm solid oak flooring next week I need the moisture content of the batch - the client's architect wants it recorded. Can you give me readings? Also, is it tongue and grooved on the ends as well as the sides?

Simon Lerwill
Lerwill Flooring"""),
      ag("dan", "11-02 10:30", """Hi Simon,

Yes, it's end-matched - T&G on all four edges.

The batch is in the drying shed; I'll take readings on a few boards first thing tomorrow and email them to you.

Dan""", promises=[("11-03", 3)]),
      ag("dan", "11-03 08:45", """Morning Simon,

Readings from six boards of batch OK-2231: 9.2%, 9.8%, 10.1%, 9.5%, 9.9% and 10.4%, average 9.8%. Let them acclimatise in the room for a week with the heating on before you fit.

Dan"""),
      cu("11-03 09:10", """Perfect, that's what the architect needed. Thanks Dan.""", thanks=True),
    ),
    C("m18-douglas-fir-no-deadline", "en", "closed", {"missed-follow-up": 1},
      "Kate Honeychurch <kate.honeychurch@example.com>", "gmail",
      "Long lengths of Douglas fir?",
      "'Let me check with the sawmill and I'll come back to you' (no deadline, so the two-day window) is never kept; the customer does not chase.",
      cu("11-04 16:10", """Hi,

I'm building a timber frame carport and need four Douglas fir beams, 150 x 300 at 6.5m. Your website only lists up to 6m - can you get longer?

Kate Honeychurch"""),
      ag("bryony", "11-05 08:30", """Hi Kate,

6m is the longest we keep in the yard, but our sawmill in Cornwall cuts longer Douglas fir to order. Let me check with them on 6.5m and a price and I'll come back to you.

Bryony""", promises=[("window", None)]),
    ),
    C("m19-garage-doors-drawings", "en", "pending", {},
      "Nick Parr <nick@parrandsons.example>", "apple",
      "Garage doors - revised drawings",
      "The price question is answered; revised drawings are promised for Tuesday 24 November, a deadline still ahead at the audit time.",
      cu("11-17 10:00", """Hi Gareth,

Client has changed their mind again - they now want the pair of side-hung garage doors with a glazed top third rather than solid boarding. Can you revise the drawings? And does the change affect the price much?

Nick Parr
Parr & Sons Building""", to="Gareth Luxton <gareth@marlcombetimber.example>"),
      ag("gareth", "11-18 08:30", """Hi Nick,

The glazed top third adds £340 to the pair (toughened double-glazed units, beaded in).

I'm in the workshop on a staircase for the rest of the week, so I'll send the revised drawings on Tuesday 24 November.

Gareth""", promises=[("11-24", None)]),
    ),
    C("m20-newton-abbot-delivery", "en", "pending", {},
      "Jenny Tapp <jenny.tapp@tappbuild.example>", "owa",
      "Delivery - Newton Abbot, PO 5531",
      "Three delivery questions answered in logistics terms ('the driver rings every site half an hour before'): no commitments.",
      cu("11-16 14:00", """Hi,

Our PO 5531 (sheet materials and CLS) is due for delivery this week to our site at 12 Wolborough Street, Newton Abbot. Which day is it booked for? The street is narrow - will it come on the big flatbed or something smaller? And could the driver ring ahead?

Thanks
Jenny Tapp
Site Administrator, Tapp Build"""),
      ag("dan", "11-16 15:30", """Hi Jenny,

It's booked on Wednesday's run. It'll come on the 7.5-tonne rigid rather than the crane flatbed, so it'll fit down Wolborough Street, and the driver rings every site half an hour before he arrives. The lorry leaves the yard at 7 and you're third drop, so expect him between 9 and 10.

Dan"""),
    ),
    C("m21-featheredge-resend", "en", "pending", {"customer-chased": 1, "slow-first-response": 1},
      "Matt Cudmore <matt.cudmore@example.net>", "gmail",
      "Featheredge boards - price for 200",
      "No reply for four days, so the customer resends the same mail word for word as a new message without threading headers (a chase); the answer then covers both questions.",
      cu("11-12 08:20", """Hello,

Could you give me a price for 200 lengths of 125mm treated featheredge board at 1.8m, delivered to Crediton? Also do you have 150 x 22 treated gravel boards in 2.4m?

Thanks,
Matt Cudmore"""),
      cu("11-16 07:55", """Hello,

Could you give me a price for 200 lengths of 125mm treated featheredge board at 1.8m, delivered to Crediton? Also do you have 150 x 22 treated gravel boards in 2.4m?

Thanks,
Matt Cudmore""", parent=0, chase=True),
      ag("bryony", "11-16 09:40", """Hi Matt,

Sorry - your first mail got buried under the Friday quotes. 200 x 1.8m of 125mm treated featheredge is 52p a length, so £104 + VAT, and yes, we have 150 x 22 treated gravel boards in 2.4m at £4.20 each. Delivery to Crediton is free over £150, so if you add the gravel boards it goes on free.

Bryony"""),
    ),
    C("m22-green-oak-porch", "en", "closed",
      {"unanswered-question": 1, "customer-chased": 1, "slow-first-response": 1},
      "Graham Dart <graham.dart@dartcarpentry.example>", "outlook",
      "Green oak porch frame - price please",
      "Only the acknowledgement for two days; the carpenter follows up on his own mail, gets full answers on framing, price and lead time, but never the price list he asked for.",
      cu("11-10 10:30", """Hi,

I need a price for green oak for a porch: 3 king post trusses, 2 posts 175x175 at 2.7m and a 225x150 wall plate at 4.2m. Can you cut the joints in the workshop or is it sawn sizes only? How long would it take? And please send me your current green oak price list while you're at it.

Graham Dart
Dart Carpentry""", uq=1),
      ack("11-10 10:31"),
      cu("11-12 09:15", """Just following up on my email below - I still haven't heard anything back and the client wants numbers by Friday.

Graham""", parent=1, chase=True),
      ag("gareth", "11-12 11:40", """Hi Graham,

Apologies - it was sitting in the sales inbox rather than mine. Yes, we can frame the whole porch in the workshop: trusses pegged and test-assembled, posts and plate jointed to suit, ready to raise on site. Sawn sizes only would be about £1,150; framed and pre-assembled, £2,980 + VAT. We're about four weeks out at the moment.

Gareth"""),
    ),
    C("m23-window-boards-out-of-office", "en", "pending", {},
      "Fiona Luscombe <fiona.luscombe@luscombeproperty.example>", "outlook",
      "Window boards and sills for 6 flats",
      "The customer's out-of-office answers the joiner's reply; she sends the schedule he asked for on her return and gets a price for everything (his 'send the schedule and I'll price it' is a conditional offer).",
      cu("11-11 11:00", """Hi,

We're refurbishing six flats and need window boards in sapele (or similar), about 30 in total. Can you supply them cut to length if I send a schedule? Do you do external sills too?

Fiona Luscombe
Luscombe Property Management""", kind="alt"),
      ag("gareth", "11-11 15:30", """Hi Fiona,

Yes to both: we machine window boards and hardwood sills in the workshop. Sapele is fine, or Accoya if you want something that won't move at all. Send the schedule with lengths and depths and whether the boards need a bullnose or square edge, and I'll price it.

Gareth"""),
      auto("11-11 15:31", """Thank you for your email. I am out of the office until Monday 16 November with limited access to email.

For anything urgent please call the office on 01632 960555.

Fiona Luscombe""", quote=False, subject="Automatic reply: Re: Window boards and sills for 6 flats"),
      cu("11-16 09:30", """Hi Gareth,

Schedule attached - 31 window boards, bullnose, in sapele. Could you also price 6 oak sills for the ground floor flats?

Fiona""", attach=[("application/pdf", "Regent Court window boards.pdf", SCHEDULE_PDF)]),
      ag("gareth", "11-17 10:00", """Hi Fiona,

Price for the lot: 31 sapele window boards, bullnosed, £1,245, and 6 oak sills, £504, both + VAT. Three weeks from order.

Gareth"""),
    ),
    C("m24-cls-osb-site-cc", "en", "closed", {"unanswered-question": 1},
      "Wayne Sampson <wayne@sampsonbuild.example>", "gmail",
      "CLS and OSB for Ide job",
      "Site order with the site manager in Cc: delivery, driver's call and the OSB edge are handled, but the request in passing to put PO numbers on invoices is not.",
      cu("11-05 07:10", """Morning,

Need the following delivered to our job at Ide next Tuesday:
60 lengths 38x89 CLS at 3m
25 sheets 18mm OSB3
10 sheets 12mm ply

Gary (cc'd) is running the site, so can your driver ring him rather than me on the day? And can you confirm the OSB is the tongue & groove stuff, not square edge - it's going down as flooring. Oh and please start putting our PO numbers on the invoices, this one is PO-2290.

Wayne Sampson
Sampson Build""", cc="Gary Heard <gary@sampsonbuild.example>", uq=1),
      ag("dan", "11-05 09:00", """Morning Wayne,

Booked for Tuesday at Ide. I've put Gary's number on the delivery ticket so the driver will ring him, not you.

OSB3 comes square edge as standard, so I've switched you to the T&G boards for the flooring - £1.10 a sheet more.

Dan""", cc="Gary Heard <gary@sampsonbuild.example>"),
    ),
    C("m25-loft-panels-lost-headers", "en", "closed", {},
      "Ruth Gidley <ruth.gidley@example.org>", "gmail",
      "Loft boarding - will it fit through the hatch?",
      "The yard's reply lost In-Reply-To/References (Outlook 'RE:' subject only) but answers both questions; thanks-only.",
      cu("11-09 10:00", """Hello,

I want to board my loft. The hatch is 560 x 700mm. Do you sell loft panels small enough to go through it, and how many would I need for about 15 square metres?

Ruth Gidley"""),
      ag("dan", "11-09 13:20", """Hi Ruth,

Yes - our 18mm chipboard loft panels are 1220 x 320mm, so they go through a 560 x 700 hatch easily. Each covers 0.39m2, so for 15m2 you'd need 39 panels; call it 42 to allow for cuts. £6.95 each.

Dan""", thread=False),
      cu("11-09 18:00", """Brilliant, thank you - I'll order online tonight.

Ruth""", thanks=True),
    ),
    C("m26-accoya-shed-doors", "en", "pending", {"missed-follow-up": 1},
      "Chris Endacott <chris.endacott@example.com>", "thunderbird",
      "Accoya for boat shed doors?",
      "Prices for the cutting list promised 'by Friday' arrive on Monday unprompted (missed); the customer's order reply carries References with a gap and its question is answered.",
      cu("11-10 20:00", """Hi,

I'm making a pair of doors for a boat shed at Instow that will take a lot of weather off the estuary. Is Accoya worth the money over iroko for that, and do you stock it in 25mm boards?

Chris Endacott"""),
      ag("bryony", "11-11 09:00", """Hi Chris,

For doors that close to the sea Accoya is hard to beat: it barely moves and it's guaranteed 50 years above ground. Iroko is a good timber too but it moves more and can be oily to glue. We stock 25mm Accoya in 150 and 200mm widths, 3.0 and 4.2m long.

If you send me a cutting list I can price it both ways.

Bryony"""),
      cu("11-11 19:30", """Thanks Bryony. Cutting list below, finished sizes, I'll plane them myself:

4 stiles 95 x 45 x 2100
6 rails 95 x 45 x 780
14 boards 150 x 25 x 2000 (T&G if you can)

Chris"""),
      ag("bryony", "11-12 08:40", """Thanks Chris, got it. I'll get prices for the list in Accoya and iroko to you by Friday.

Bryony""", promises=[("11-13", 5)]),
      ag("bryony", "11-16 09:30", """Hi Chris,

Sorry this is a day late. For your list: Accoya £612 + VAT, iroko £428 + VAT, both machined T&G for the boards and sawn oversize for the stiles and rails so you can plane to finish.

Bryony"""),
      cu("11-16 18:00", """Thanks, let's go with the Accoya. Can I collect it on Saturday morning?

Chris""", refs=[1, 2, 5]),
      ag("bryony", "11-17 08:30", """Hi Chris,

Yes - it'll be ready from 8am on Saturday, paid for at the counter.

Bryony"""),
    ),
    C("m27-barn-package-dubai", "en", "closed", {"unanswered-question": 1},
      "Ben Widdicombe <ben.widdicombe@example.com>", "gmail",
      "Barn conversion near Hatherleigh - timber package",
      "A customer working in Dubai (UTC+4) packs four questions into one long paragraph; purlin sizes, storage and two drops are answered, the payment-currency question is not.",
      cu("11-03 21:15", """Hello,

I'm working in Dubai until the spring but managing the conversion of my parents' old threshing barn near Hatherleigh from here, and my builder (Steve Gorman, you may know him) suggested I get the timber package from you rather than through him, so here goes with everything I'm trying to pin down in one go: we need roughly 2.5 cubic metres of sawn C24 for the new first floor and the stud walls, plus about 40 sheets of 18mm OSB, and the existing roof purlins are being replaced in green oak to match the originals, which are 200 x 225 and up to 5.4m long - is that a size you can supply? I'd also like to know whether you could hold the whole package in your yard and deliver it in two drops, one in January and one in March, because the site has no covered storage and I don't want the C24 sitting out in the rain for two months; and could you also tell me whether you accept payment from an overseas bank account in dirhams or only sterling?

Thanks very much,
Ben Widdicombe""", uq=1),
      ag("bryony", "11-04 08:50", """Hi Ben,

Happy to help - and yes, we know Steve well.

Green oak purlins at 200 x 225 up to 5.4m are no problem; our sawmill cuts those to order in about three weeks. We can hold the package in the covered shed and deliver it in two drops, and we invoice each drop as it goes out, so you're not paying for the March timber in January.

Once Steve sends over his cutting list, a full quote usually takes us two or three days.

Bryony"""),
    ),
    C("m28-fire-doors-bullets", "en", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Paula Hockin <paula.hockin@tamarhomes.example>", "outlook",
      "FD30 fire doors - 14 flats, Plympton",
      "A housing association's bulleted list with a confidentiality disclaimer: certification and seals are answered, installation is not; survey dates promised for 'early next week' (Tuesday) come on Wednesday.",
      cu("11-12 09:00", """Dear Marlcombe team,

We are replacing the flat entrance doors across 14 flats in one of our blocks in Plympton and have been given your name for FD30 fire doors from your joinery shop. Could you help with the following:

- Are your FD30 door sets third-party certificated (Q-Mark, BM TRADA or similar)?
- Can you supply them with intumescent strips and smoke seals fitted?
- Can you provide installation by a certificated installer, or would we need our own contractor?

Kind regards

Paula Hockin
Asset Manager, Tamar Homes

CONFIDENTIALITY: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it; do not copy, use or disclose its contents. Tamar Homes is a registered provider of social housing (no. 4412).""", kind="alt", uq=1),
      ag("gareth", "11-12 14:10", """Dear Paula,

Our FD30 door sets are certificated under the BM TRADA Q-Mark scheme, and each door carries its own label and plug. They leave the workshop with intumescent strips and smoke seals fitted in the frame, and with ironmongery fitted if you choose from our certificated range.

For 14 flats I'd want to survey first. I'll confirm survey dates early next week.

Gareth""", promises=[("11-17", 3)]),
      ag("gareth", "11-18 15:00", """Dear Paula,

Apologies for the delay. I can survey the Plympton block on Tuesday 1 or Wednesday 2 December - let me know which suits.

Gareth"""),
    ),
    C("m29-iroko-offcuts-signature", "en", "closed", {},
      "Darren Cole <darren@colekitchens.example>", "gmail",
      "Iroko offcuts?",
      "A question answered at once; the customer's signature carries 'Need a kitchen fitter in Mid Devon?' and a URL with '?'.",
      cu("11-06 08:20", """Hi,

Do you ever sell iroko offcuts? I need a couple of pieces roughly 600 x 400 x 40 for a chopping block job for a customer.

Darren

-- 
Darren Cole | Cole Kitchens & Joinery
Need a kitchen fitter in Mid Devon? https://colekitchens.example/contact?src=email"""),
      ag("bryony", "11-06 09:30", """Hi Darren,

We keep a bin of hardwood offcuts by the trade counter - at the moment there's iroko, sapele and some beech in it. I've put two iroko pieces aside for you, 650 x 420 x 40 and 600 x 380 x 40, £18 the pair.

Bryony"""),
    ),
    C("m30-staircase-forwarded-html", "en", "closed", {},
      "Helen Rowe <helen.rowe@example.org>", "owa",
      "FW: Staircase spec",
      "HTML-only mail forwarding the architect's spec, whose own questions (to the customer) are in the forwarded part; her one request, a quote, is answered.",
      cu("11-09 14:00", """Hello,

Please see below from our architect. Could you quote for making and fitting the staircase as described? We're in Cheriton Bishop.

Helen Rowe

________________________________
From: Joe Penrose <joe@penrosearchitecture.example>
Sent: Monday, November 9, 2026 11:02 AM
To: Helen Rowe <helen.rowe@example.org>
Subject: Staircase spec

Hi Helen,

Spec for the joiner: straight flight, 13 risers, 2.6m floor to floor, closed strings in oak, 32mm oak treads, painted MDF risers, oak handrail on the wall side and a balustrade with square spindles on the open side.

Can you confirm whether you want the balustrade in oak or painted? And do you still want the cupboard under the stairs?

Joe""", kind="html"),
      ag("gareth", "11-10 09:00", """Hi Helen,

Thanks - Joe's spec is clear. Made in our workshop and fitted, that staircase would be £6,850 inc VAT with an oak balustrade and spindles, or £6,210 with painted spindles and an oak handrail. Lead time is six weeks.

Gareth"""),
    ),
    C("m31-oak-sleepers-weekend", "en", "closed", {"unanswered-question": 1},
      "Sarah Quick <sarah.quick@example.net>", "apple",
      "Oak sleepers for garden steps",
      "Opens with a pleasantry ('Hope you had a good weekend?'); sleepers, cuts and delivery are answered, the indirect question about timber screws is skipped.",
      cu("11-09 08:30", """Hi Bryony,

Hope you had a good weekend? We spoke on the phone on Friday about oak sleepers for garden steps. I'd like 8 new oak sleepers at 2.4m; could you cut 4 of them in half for me? And would you be able to drop them off when the lorry next goes to Dawlish? I'd also like to know if you sell the long timber screws for fixing them together.

Thanks,
Sarah""", to="Bryony Huxtable <bryony@marlcombetimber.example>", uq=1),
      ag("bryony", "11-09 10:10", """Hi Sarah,

Lovely weekend thanks - hope yours was too.

Eight new oak sleepers, 200 x 100 x 2.4m, with four of them cut in half: £42 each plus £1.50 a cut. The lorry's in Dawlish on Thursday mornings, so I've put you on this week's run.

Bryony"""),
    ),
    C("m32-flooring-second-mail", "en", "closed", {"unanswered-question": 1},
      "Tony Yelland <tony.yelland@example.com>", "iphone",
      "Oak flooring order MT-40290",
      "The delivery day is confirmed; a second mail after the case seemed done asks for a later slot and about matching beading, and only the slot is handled.",
      cu("11-04 18:00", """Hi, can you confirm my order MT-40290 (18m2 engineered oak, brushed and oiled) will be delivered on Friday?

Tony

Sent from my iPhone"""),
      ag("dan", "11-05 08:10", """Hi Tony,

Yes - Friday, on the morning run.

Dan"""),
      cu("11-05 08:40", """Great thanks. One more thing - could the driver come after 10 on Friday? School run. And do you sell a matching oak scotia beading to finish the edges? About 45m.

Tony

Sent from my iPhone""", uq=1),
      ag("dan", "11-05 09:30", """Hi Tony,

No problem, I've moved you to the second half of the run, so he'll be with you between 10 and 12.

Dan"""),
    ),
    C("m33-saturday-two-at-once", "en", "closed", {},
      "Lucy Ford <lucy.ford@example.org>", "iphone",
      "Saturday opening",
      "Two questions answered at once ('Yes and yes'); the third is a joke the customer answers herself.",
      cu("11-10 07:00", """Morning! Are you open this Saturday, and can I pick up sheet materials myself from the yard or does it all have to go through the counter first? Also what's the longest board I can get in an estate car with the seats down - just kidding, I'll measure it.

Lucy

Sent from my iPhone"""),
      ag("bryony", "11-10 08:10", """Hi Lucy,

Yes and yes - Saturday 8 till 12, pay at the counter first and then drive round to the yard, where the lads will load you up.

Bryony"""),
    ),
    C("m34-roof-timbers-quote-late", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Steve Gorman <steve@gormanbuilders.example>", "android",
      "Price for roof timbers - Hatherleigh barn",
      "The quote promised 'by Thursday' comes on Friday after a terse chase; it never says whether the price can be held until January.",
      cu("11-09 07:30", """Bryony, cutting list for Ben Widdicombe's barn attached. Can you price it up, and give me your best price on 45 sheets of 18mm OSB3 at the same time? Need it by Thursday latest. Also, is there any chance of holding the price until January when the roof goes on?

Cheers
Steve

Get Outlook for Android""", attach=[("application/pdf", "Widdicombe barn cutting list.pdf", CUTTING_LIST_PDF)], uq=1),
      ag("bryony", "11-09 10:00", """Hi Steve,

Got it - I'll have the quote for the list and the OSB with you by Thursday.

Bryony""", promises=[("11-12", 4)]),
      cu("11-13 07:45", """Bryony, still waiting on this quote - I said Thursday latest. Client's on at me now.

Steve

Get Outlook for Android""", chase=True),
      ag("bryony", "11-13 09:30", """Steve - really sorry, it slipped yesterday. Quote Q-11561 attached: the C24 and green oak purlins as per your list, and 45 sheets of 18mm OSB3 at £21.40 a sheet, all ex VAT.

Bryony""", attach=[("application/pdf", "Q-11561 Gorman Builders.pdf", ROOF_QUOTE_PDF)]),
    ),
    C("m35-back-door-rot", "en", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1},
      "Emma Stoneman <emma.stoneman@example.net>", "gmail",
      "Back door - rot in the bottom rail",
      "Guarantee and visit are answered with a promise to confirm 'by end of day', which never comes; the paint-system question is ignored.",
      cu("11-05 12:10", """Hello,

Your joinery shop made our back door about four years ago (hardwood, painted). The bottom rail has gone soft in one corner. Is this something you'd repair under guarantee, or would you charge? Could someone come and look at it? And what paint system do you recommend for the repair?

Emma Stoneman""", uq=1),
      ag("gareth", "11-05 15:20", """Hi Emma,

Sorry to hear that. Our doors carry a five-year guarantee on the joinery, as long as the paint has been kept up, so it may well be covered. I need to look up the date on your original order - I'll let you know by end of day whether it's within the guarantee, and either way I'll come out and have a look at it myself.

Gareth""", promises=[("11-05", None)]),
    ),
    C("m36-de-zimmerei-eiche", "de", "closed", {"unanswered-question": 1},
      "Florian Hesler <f.hesler@zimmerei-hesler.example>", "gmail_de",
      "Anfrage: englische Eiche, Balken 200 x 200",
      "German carpenters (UTC+1) ask three things; quantity and shipping are answered with a PDF offer, the request to invoice to their VAT number is not.",
      cu("11-03 09:20", """Guten Tag Herr Brenner,

wir sind eine Zimmerei im Allgäu und restaurieren ein Fachwerkhaus für einen englischen Bauherrn, der ausdrücklich englische Eiche möchte. Wir bräuchten 12 Balken 200 x 200 mm in 4,5 m, frisch eingeschnitten (green oak).

Können Sie diese Menge kurzfristig liefern? Wie wird die Ware nach Deutschland verschickt – auf Paletten per Spedition? Außerdem bitte ich Sie, die Rechnung auf unsere USt-IdNr. DE812345678 auszustellen, damit es beim Zoll keine Probleme gibt.

Mit freundlichen Grüßen
Florian Hesler
Zimmerei Hesler GmbH""", tz=1, uq=1),
      ag("lukas", "11-03 13:40", """Sehr geehrter Herr Hesler,

vielen Dank für Ihre Anfrage. Die 12 Balken 200 x 200 mm in 4,5 m können wir innerhalb von zwei Wochen einschneiden lassen; das Holz stammt aus Devon und Somerset.

Der Versand erfolgt gebündelt auf zwei Langgut-Paletten per Spedition ab Exeter, Laufzeit ins Allgäu etwa fünf Werktage. Die Zollpapiere erstellen wir. Das Angebot mit Frachtkosten hängt an.

Mit freundlichen Grüßen
Lukas Brenner""", attach=[("application/pdf", "Angebot Q-11431 Zimmerei Hesler.pdf", OAK_BEAM_QUOTE_PDF)]),
      cu("11-03 15:05", """Vielen Dank, wir besprechen das mit dem Bauherrn und melden uns.

Florian Hesler""", tz=1, thanks=True),
    ),
    C("m37-de-fensterbaenke-warten", "de", "closed",
      {"missed-follow-up": 1, "customer-chased": 1},
      "Sabine Krämer <sabine.kraemer@kraemer-innenausbau.example>", "outlook_de",
      "Eichenfensterbänke – Lieferzeit?",
      "'Ich melde mich morgen' about the lead time is kept only after 'ich warte immer noch auf eine Antwort' four days later.",
      cu("11-09 10:00", """Hallo Herr Brenner,

wir bräuchten für einen Kunden in Totnes fünf Fensterbänke aus Eiche, 40 mm stark, 250 mm tief, Längen 1120, 1120, 940, 940 und 1580 mm. Wie lange dauert die Fertigung? Und können Sie sie geölt liefern?

Viele Grüße
Sabine Krämer
Krämer Innenausbau"""),
      ag("lukas", "11-09 14:00", """Hallo Frau Krämer,

geölt liefern wir gern (Hartwachsöl, zwei Anstriche). Wegen der Fertigungszeit muss ich kurz mit der Werkstatt sprechen – ich melde mich morgen bei Ihnen.

Viele Grüße
Lukas Brenner""", promises=[("11-10", 4)]),
      cu("11-13 08:30", """Hallo Herr Brenner,

ich warte immer noch auf eine Antwort wegen der Lieferzeit. Der Kunde möchte Anfang Dezember einziehen.

Viele Grüße
Sabine Krämer""", chase=True),
      ag("lukas", "11-13 11:00", """Hallo Frau Krämer,

entschuldigen Sie bitte die Verzögerung. Die Werkstatt fertigt die fünf Fensterbänke bis zum 27. November, geölt und verpackt – das reicht für den Einzug Anfang Dezember.

Viele Grüße
Lukas Brenner"""),
    ),
    C("m38-de-thermoesche", "de", "pending", {},
      "Jonas Feldmann <j.feldmann@example.com>", "thunderbird_de",
      "Terrassendielen Thermo-Esche",
      "Two questions (stock, substructure) answered the next morning.",
      cu("11-17 19:00", """Hallo,

haben Sie Terrassendielen aus Thermo-Esche auf Lager? Ich bräuchte ca. 18 m². Und welche Unterkonstruktion empfehlen Sie dafür?

Gruß
Jonas Feldmann"""),
      ag("lukas", "11-18 09:10", """Hallo Herr Feldmann,

ja, Thermo-Esche 26 x 140 mm haben wir in 2,4 und 3,0 m vorrätig; 18 m² sind kein Problem (rund 128 laufende Meter inklusive Verschnitt).

Als Unterkonstruktion empfehle ich Aluminiumprofile oder Hartholz wie Bangkirai, keine Nadelholzlatten: Thermoholz ist etwas spröde und braucht einen Lattenabstand von höchstens 40 cm.

Viele Grüße
Lukas Brenner"""),
    ),
    C("m39-de-gartentor-neues", "de", "pending",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Markus Ebner <markus.ebner@example.org>", "gmail_de",
      "Gartentor aus Eiche für unser Ferienhaus in Salcombe",
      "An Austrian owner (UTC+1) gets a price range and an offer promised 'bis Donnerstag'; it comes the next Tuesday after 'gibt es schon etwas Neues?', and the hardware question is never answered.",
      cu("11-09 18:30", """Sehr geehrte Damen und Herren,

für unser Ferienhaus in Salcombe hätten wir gern ein zweiflügeliges Gartentor aus Eiche, Gesamtbreite 3,2 m, Höhe 1,5 m, oben gerade. Fertigen Sie solche Tore in Ihrer Werkstatt? Was würde das ungefähr kosten? Und könnten Sie uns auch die Beschläge (Bänder, Riegel, Bodenanschlag) mitliefern?

Mit freundlichen Grüßen
Markus Ebner""", tz=1, uq=1),
      ag("lukas", "11-10 10:00", """Sehr geehrter Herr Ebner,

ja, solche Tore fertigt unsere Werkstatt regelmäßig. Für 3,2 x 1,5 m in Eiche liegen wir erfahrungsgemäß zwischen 2.400 und 2.900 £. Ein genaues Angebot schicke ich Ihnen bis Donnerstag.

Mit freundlichen Grüßen
Lukas Brenner""", promises=[("11-12", 4)]),
      cu("11-16 20:00", """Sehr geehrter Herr Brenner,

gibt es schon etwas Neues zu unserem Angebot? Wir sind ab 1. Dezember wieder in Salcombe und würden das gern vorher klären.

Mit freundlichen Grüßen
Markus Ebner""", tz=1, chase=True),
      ag("lukas", "11-17 09:30", """Sehr geehrter Herr Ebner,

anbei das Angebot: zweiflügeliges Tor aus europäischer Eiche, gestemmt und verzapft, geölt, 2.680 £ inkl. MwSt., Lieferung nach Salcombe inklusive. Die Fertigung dauert vier Wochen.

Mit freundlichen Grüßen
Lukas Brenner""", attach=[("application/pdf", "Angebot J-2250 Ebner.pdf", GATE_QUOTE_PDF)]),
    ),
    C("m40-de-brennholz-wartet", "de", "open", {"awaiting-reply": 1},
      "Petra Vogt <petra.vogt@example.net>", "gmail_de",
      "Kammergetrocknetes Brennholz",
      "The first two questions are answered; her order with two new questions has had no reply for two days (awaiting reply, not unanswered).",
      cu("11-12 10:00", """Hallo,

verkaufen Sie auch kammergetrocknetes Brennholz? Wie viel kostet ein Kubikmeter, und liefern Sie nach Exmouth?

Viele Grüße
Petra Vogt"""),
      ag("lukas", "11-12 14:00", """Hallo Frau Vogt,

ja – kammergetrocknetes Hartholz (Esche und Buche, unter 20 % Restfeuchte). Ein Kubikmeter lose geschüttet kostet 165 £; nach Exmouth liefern wir ab 2 m³ kostenlos.

Viele Grüße
Lukas Brenner"""),
      cu("11-18 19:30", """Hallo Herr Brenner,

danke! Ich nehme 2 m³. Können Sie an einem Samstagvormittag liefern? Und kann der Fahrer das Holz in den Schuppen hinter dem Haus bringen, oder wird nur abgekippt?

Viele Grüße
Petra Vogt"""),
    ),
    C("m41-fr-poutres-relance", "fr", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Camille Roussel <camille.roussel@example.com>", "apple_fr",
      "Poutres en chêne pour notre grange",
      "Crane access answered, the quote deferred 'd'ici jeudi' and sent only after 'Je me permets de vous relancer'; the insect-treatment question is never answered.",
      cu("11-04 09:30", """Bonjour Madame Cadiou,

Nous rénovons une grange près d'Okehampton et nous avons besoin de 6 poutres en chêne vert de 225 x 175 mm, longueur 4,8 m. Pourriez-vous nous faire un devis livré ? Est-ce que le camion-grue peut décharger dans un champ (accès par un chemin en terre) ? Je voudrais aussi savoir si vous pouvez traiter les poutres contre les insectes.

Cordialement,
Camille Roussel""", uq=1),
      ag("aurelie", "11-04 15:00", """Bonjour Madame Roussel,

Le camion-grue peut décharger dans un champ si le chemin supporte un poids lourd de 18 tonnes et qu'il est sec ; après de fortes pluies, il faudra décharger à l'entrée du champ.

Pour le devis, je vérifie la disponibilité des longueurs de 4,8 m auprès de notre scierie et je reviens vers vous d'ici jeudi.

Bien cordialement,
Aurélie Cadiou""", promises=[("11-05", 4)]),
      cu("11-09 10:00", """Bonjour Madame Cadiou,

Je me permets de vous relancer au sujet du devis pour les poutres : nous n'avons toujours rien reçu.

Cordialement,
Camille Roussel""", chase=True),
      ag("aurelie", "11-10 09:00", """Bonjour Madame Roussel,

Toutes mes excuses pour ce retard. Vous trouverez ci-joint le devis : 6 poutres en chêne vert 225 x 175 x 4,8 m, 1 890 £ TTC, livraison par camion-grue comprise. Délai : trois semaines.

Bien cordialement,
Aurélie""", attach=[("application/pdf", "Devis Q-11409 Roussel.pdf", POUTRES_PDF)]),
    ),
    C("m42-fr-echantillons", "fr", "closed", {},
      "Julien Morvan <julien.morvan@example.org>", "apple_fr",
      "Échantillons de bardage",
      "Both questions answered (samples posted the same day is logistics); thanks-only.",
      cu("11-05 11:00", """Bonjour,

Est-ce que vous envoyez des échantillons de bardage en mélèze et en cèdre rouge ? Et combien de temps faut-il pour les recevoir à Bideford ?

Merci,
Julien Morvan"""),
      ag("aurelie", "11-05 13:30", """Bonjour Monsieur Morvan,

Oui, bien sûr : les deux échantillons sont partis cet après-midi par Royal Mail, comptez deux jours ouvrés pour Bideford.

Bien cordialement,
Aurélie Cadiou"""),
      cu("11-09 09:45", """Bien reçus ce matin, merci beaucoup !

Julien""", thanks=True),
    ),
    C("m43-fr-escalier-photo", "fr", "pending", {"unanswered-question": 1},
      "Nathalie Guérin <nathalie.guerin@example.net>", "gmail",
      "Escalier en chêne – devis J-2219",
      "Three questions before signing: fitting and lead time answered, the request for a photo of a similar staircase skipped.",
      cu("11-16 09:30", """Bonjour,

Nous avons bien reçu votre devis pour l'escalier en chêne (réf. J-2219), merci. Quelques questions avant de signer : le prix comprend-il la pose ? Quel est le délai de fabrication actuellement ? Et pourriez-vous nous envoyer une photo d'un escalier similaire que vous avez réalisé ?

Bien cordialement,
Nathalie Guérin""", uq=1),
      ag("aurelie", "11-16 15:00", """Bonjour Madame Guérin,

Oui, la pose est comprise dans le prix du devis : deux menuisiers de notre atelier, une journée et demie sur place. Le délai de fabrication est actuellement de six semaines après l'acompte.

Bien cordialement,
Aurélie Cadiou"""),
    ),
    C("m44-fr-compte-pro", "fr", "pending", {},
      "Amélie Fontaine <amelie.fontaine@fontaine-renovation.example>", "gmail",
      "Compte professionnel et tarif contreplaqué",
      "A pleasantry, then two questions: the documents are answered with a link, the volume price is promised for the next day and sent on time.",
      cu("11-16 08:40", """Bonjour Aurélie,

J'espère que vous allez bien ? Je voudrais ouvrir un compte professionnel pour mon entreprise de rénovation. Quels documents faut-il fournir ? Et pouvez-vous m'indiquer votre tarif pour le contreplaqué marine 18 mm, par 20 panneaux ?

Merci,
Amélie Fontaine
Fontaine Rénovation, Barnstaple"""),
      ag("aurelie", "11-16 11:00", """Bonjour Amélie,

Très bien, merci ! Pour ouvrir un compte, il nous faut le formulaire en ligne (https://marlcombetimber.example/trade-account), votre numéro Companies House et deux références fournisseurs.

Pour le contreplaqué marine, je demande le tarif par quantité à ma collègue et je vous le transmets demain.

Aurélie""", promises=[("11-17", 3)]),
      ag("aurelie", "11-17 10:30", """Bonjour Amélie,

Pour 20 panneaux de contreplaqué marine 18 mm (BS 1088, 2440 x 1220) : 78,50 £ HT le panneau au lieu de 86 £.

Aurélie"""),
    ),
    C("m45-fr-lambris-traite", "fr", "closed", {"unanswered-question": 1},
      "Bernard Lefèvre <bernard.lefevre@example.com>", "outlook",
      "Commande de lambris – livraison",
      "The delivery date is confirmed; the indirect question whether the boards are already treated ('Je voudrais savoir si ...') is not answered.",
      cu("11-06 10:00", """Bonjour,

J'ai commandé 35 m² de lambris en pin (commande MT-40305). Pourriez-vous me confirmer la date de livraison ? Je voudrais savoir si les planches sont déjà traitées ou si je dois appliquer un produit avant la pose.

Merci d'avance,
Bernard Lefèvre""", uq=1),
      ag("aurelie", "11-06 14:00", """Bonjour Monsieur Lefèvre,

Votre commande MT-40305 sera livrée le mardi 10 novembre, sur la tournée du matin.

Bien cordialement,
Aurélie Cadiou"""),
    ),
    C("m46-es-pergola-novedad", "es", "open",
      {"customer-chased": 1, "awaiting-reply": 1},
      "Lucía Navarro <lucia.navarro@example.com>", "gmail_es",
      "Pérgola de madera para el jardín",
      "Opens with '¿qué tal?'; the first questions are answered; she sends the drawing with new questions and then chases ('¿Hay alguna novedad? Sigo esperando') with no reply: chased and awaiting reply.",
      cu("11-11 10:00", """Hola Nuria, ¿qué tal?

Queremos construir una pérgola de 3 x 4 m en el jardín. ¿Qué madera nos recomiendas, pino tratado o alerce? ¿Y vendéis kits o hay que comprar las piezas sueltas?

Gracias,
Lucía Navarro"""),
      ag("nuria", "11-11 15:00", """Hola Lucía:

¡Muy bien, gracias! Para una pérgola os recomiendo alerce siberiano: dura mucho sin tratamiento y con los años coge un gris plateado muy bonito.

No vendemos kits, pero a partir de un dibujo con las medidas preparamos la lista de piezas cortadas a medida.

Un saludo,
Nuria"""),
      cu("11-16 09:00", """Hola Nuria:

Te adjunto el dibujo con las medidas. ¿Nos puedes preparar la lista y el precio? ¿Y podéis entregarlo un sábado?

Lucía""", attach=[("image/png", "pergola.png", PERGOLA_PNG)]),
      cu("11-18 18:00", """Hola Nuria:

¿Hay alguna novedad? Sigo esperando el presupuesto de la pérgola.

Lucía""", chase=True),
    ),
    C("m47-es-puertas-lunes", "es", "closed",
      {"unanswered-question": 1, "missed-follow-up": 1, "customer-chased": 1},
      "Javier Ortega <javier.ortega@ortegareformas.example>", "android",
      "Puertas interiores de roble – 9 unidades",
      "A carpenter writing from Spain (UTC+1): 'le escribo el lunes' with the price is kept on Wednesday after he chases; the technical sheet he requested never comes.",
      cu("11-05 11:00", """Buenos días:

Necesito 9 puertas interiores de roble macizo, modelo de 4 paneles, 762 x 1981 mm, para una obra en Plymouth. ¿Las tenéis en stock o hay que fabricarlas? ¿Cuál sería el precio por unidad? Además, por favor, enviadme la ficha técnica con el acabado recomendado.

Saludos,
Javier Ortega
Ortega Reformas""", tz=1, uq=1),
      ag("nuria", "11-05 14:00", """Hola Javier:

Las de 4 paneles en roble macizo no las tenemos en stock: las fabrica nuestro taller a medida. Tengo que confirmar el precio con el taller; le escribo el lunes con el presupuesto.

Un saludo,
Nuria""", promises=[("11-09", 4)]),
      cu("11-11 10:00", """Hola Nuria:

¿Hay alguna novedad con el presupuesto de las puertas? Me dijiste el lunes y todavía no he recibido nada.

Javier""", tz=1, chase=True),
      ag("nuria", "11-11 13:00", """Hola Javier:

Disculpa el retraso. Precio: 9 puertas de roble macizo de 4 paneles, 762 x 1981 mm, 385 £ cada una + IVA, sin herrajes. Plazo de fabricación: cinco semanas.

Nuria"""),
    ),
    C("m48-es-baldas-factura", "es", "closed", {"unanswered-question": 2},
      "Carmen Ibáñez <carmen.ibanez@example.org>", "gmail_es",
      "Tablero de pino para estanterías",
      "Four points in one mail (after the acknowledgement): cutting and collection answered with a price, the lead time and the invoice details skipped.",
      cu("11-12 09:00", """Hola:

Estoy montando un taller de cerámica en Barnstaple y necesito estanterías. Quisiera saber si cortáis tablero alistonado de pino de 28 mm a medida (20 baldas de 1200 x 400). ¿Cuánto tardaríais en tenerlo listo? ¿Se puede recoger en el almacén? Además, por favor, emitid la factura a nombre de mi empresa, Barro Azul Ltd, con el número de IVA GB 123 4567 89.

Gracias,
Carmen Ibáñez""", uq=2),
      ack("11-12 09:01"),
      ag("nuria", "11-12 12:30", """Hola Carmen:

Sí, cortamos tablero alistonado de pino de 28 mm a medida: las 20 baldas de 1200 x 400 salen de 7 tableros y el total es de 412 £ IVA incluido, corte incluido. Podéis recogerlo en el almacén de lunes a sábado; solo tenéis que pasar primero por el mostrador.

Un saludo,
Nuria"""),
    ),
    C("m49-es-viga-chimenea", "es", "closed", {},
      "Diego Castaño <diego.castano@example.net>", "gmail_es",
      "Viga de roble para chimenea",
      "Base64-encoded question answered with both prices; thanks-only.",
      cu("11-02 20:00", """Hola:

¿Tenéis vigas de roble de 150 x 150 para usar de repisa de chimenea? La necesito de 1,8 m. ¿Qué precio tiene?

Saludos,
Diego""", cte="base64"),
      ag("nuria", "11-03 09:00", """Hola Diego:

Sí: roble verde de 150 x 150 en 1,8 m, 96 £ IVA incluido. También la tenemos secada al aire por 138 £, que es la que te recomiendo si va encima de una estufa.

Un saludo,
Nuria"""),
      cu("11-03 10:00", """¡Perfecto, gracias! Paso el sábado a por la secada al aire.

Diego""", cte="base64", thanks=True),
    ),
    C("m50-es-ventanas-presupuesto", "es", "pending", {},
      "Alba Serrano <alba.serrano@example.com>", "iphone",
      "Presupuesto ventanas de madera",
      "Double glazing answered at once; the quote promised for 'mañana' is sent the next day as a PDF.",
      cu("11-17 12:00", """Hola Nuria:

Necesito presupuesto para 3 ventanas abatibles de madera de pino para una casa en Lynton, pintadas en blanco. Medidas: 600 x 900, 600 x 900 y 1200 x 1000. ¿Podríais incluir el doble acristalamiento?

Gracias,
Alba

Enviado desde mi iPhone"""),
      ag("nuria", "11-17 16:00", """Hola Alba:

Sí, van con doble acristalamiento de serie. Le paso las medidas al taller y mañana te mando el presupuesto.

Nuria""", promises=[("11-18", 3)]),
      ag("nuria", "11-18 12:30", """Hola Alba:

Te adjunto el presupuesto: 3 ventanas abatibles de pino, pintadas en blanco, con doble acristalamiento, 2.140 £ IVA incluido. Plazo: seis semanas.

Un saludo,
Nuria""", attach=[("application/pdf", "Presupuesto J-2262 Serrano.pdf", VENTANAS_PDF)]),
    ),
]

UNANSWERED: dict[str, list[str]] = {
    "m02-larch-decking-quote": [
        "I'll also need the hidden fixing clips and the stainless screws for the clips, please add those to the quote as well so it's all on one."],
    "m03-air-dried-oak-mantel": [
        "How much would a 2.4m length cost in air-dried oak rather than green?"],
    "m05-crane-over-wall": [
        "Also, will the driver take the pallets back afterwards or are they mine to get rid of?"],
    "m07-sash-windows-list": [
        "Do they leave the workshop primed only, or fully painted?",
        "Do you fit, or supply only?"],
    "m13-invoice-credit-note": [
        "Also, could you change the email address your invoices come to?"],
    "m16-cladding-samples": [
        "Could you also send a price list for the cladding profiles?"],
    "m22-green-oak-porch": [
        "And please send me your current green oak price list while you're at it."],
    "m24-cls-osb-site-cc": [
        "Oh and please start putting our PO numbers on the invoices, this one is PO-2290."],
    "m27-barn-package-dubai": [
        "could you also tell me whether you accept payment from an overseas bank account in dirhams or only sterling?"],
    "m28-fire-doors-bullets": [
        "Can you provide installation by a certificated installer, or would we need our own contractor?"],
    "m31-oak-sleepers-weekend": [
        "I'd also like to know if you sell the long timber screws for fixing them together."],
    "m32-flooring-second-mail": [
        "And do you sell a matching oak scotia beading to finish the edges?"],
    "m34-roof-timbers-quote-late": [
        "Also, is there any chance of holding the price until January when the roof goes on?"],
    "m35-back-door-rot": [
        "And what paint system do you recommend for the repair?"],
    "m36-de-zimmerei-eiche": [
        "Außerdem bitte ich Sie, die Rechnung auf unsere USt-IdNr. DE812345678 auszustellen, damit es beim Zoll keine Probleme gibt."],
    "m39-de-gartentor-neues": [
        "Und könnten Sie uns auch die Beschläge (Bänder, Riegel, Bodenanschlag) mitliefern?"],
    "m41-fr-poutres-relance": [
        "Je voudrais aussi savoir si vous pouvez traiter les poutres contre les insectes."],
    "m43-fr-escalier-photo": [
        "Et pourriez-vous nous envoyer une photo d'un escalier similaire que vous avez réalisé ?"],
    "m45-fr-lambris-traite": [
        "Je voudrais savoir si les planches sont déjà traitées ou si je dois appliquer un produit avant la pose."],
    "m47-es-puertas-lunes": [
        "Además, por favor, enviadme la ficha técnica con el acabado recomendado."],
    "m48-es-baldas-factura": [
        "¿Cuánto tardaríais en tenerlo listo?",
        "Además, por favor, emitid la factura a nombre de mi empresa, Barro Azul Ltd, con el número de IVA GB 123 4567 89."],
}


# --------------------------------------------------------------------------------------
# Writing (the machinery is scripts/practice_machinery.py)
# --------------------------------------------------------------------------------------


def write(out: Path) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    practice_machinery.write(out, COMPANY, CASES, UNANSWERED)


def main() -> None:
    """Command line: regenerate tests/practice104 (or ``--out DIR``)."""
    practice_machinery.main(COMPANY, CASES, UNANSWERED, __doc__)


if __name__ == "__main__":
    main()
